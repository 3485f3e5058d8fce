//! Tense and direction: whether the clause before a date puts it ahead of or behind the
//! article date.

use super::*;

/// The words of a clause without their punctuation.
fn clause_words(clause: &str) -> Vec<&str> {
    clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words between a verb and the day it governs that say when in the day or period:
/// "by midnight on", "until the end of", "late on".
fn time_filler(w: &str) -> bool {
    matches!(
        w,
        "on" | "at"
            | "the"
            | "end"
            | "close"
            | "of"
            | "midnight"
            | "noon"
            | "morning"
            | "evening"
            | "night"
            | "late"
            | "early"
    )
}

/// The last content word before the date (past prepositions and times of day) is a verb in
/// the past tense, not a participle after "be"/"will"/"to" ("will be held on Friday").
pub(crate) fn governed_by_past_verb(clause: &str) -> bool {
    let words = clause_words(clause);
    let skip = |w: &str| {
        time_filler(w)
            || matches!(
                w,
                "until"
                    | "till"
                    | "by"
                    | "before"
                    | "through"
                    | "into"
                    | "from"
                    | "since"
                    | "last"
                    | "this"
                    | "again"
                    | "only"
            )
    };
    let Some(i) = words.iter().rposition(|w| !skip(w)) else {
        return false;
    };
    let w = words[i];
    let past =
        crate::wordlists::irregular_past().contains(&w) || (w.len() > 3 && w.ends_with("ed"));
    if !past {
        return false;
    }
    // "is expected on Friday", "will be held", "has been postponed": the participle of a
    // passive or a future, not a past event.
    let aux = i.checked_sub(1).map(|j| words[j]).is_some_and(|a| {
        matches!(
            a,
            "be" | "to"
                | "will"
                | "would"
                | "shall"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "being"
                | "is"
                | "are"
                | "am"
                | "been"
                | "has"
                | "have"
        )
    });
    // "postponed until Friday": a past decision about a day still ahead.
    let moved_to = matches!(
        w,
        "postponed"
            | "delayed"
            | "adjourned"
            | "extended"
            | "deferred"
            | "rescheduled"
            | "moved"
            | "pushed"
            | "suspended"
    ) && words[i + 1..]
        .iter()
        .any(|p| matches!(*p, "until" | "till" | "to"));
    !aux && !moved_to
}

/// "is due to travel on Monday", "will meet on Friday", "must answer by Friday": the clause
/// before a bare weekday puts it ahead of the article date.
pub(crate) fn weekday_ahead(text: &str, start: usize) -> bool {
    let clause = clause_before(text, start, 80);
    let clause = format!(" {}", clause.trim_start());
    let future_word = [
        " will ",
        " would ",
        "due to",
        // "the team is due in Isfahan on Monday": an arrival set for the day.
        " is due ",
        " are due ",
        " is expected",
        " are expected",
        "plans to",
        "scheduled",
        " next ",
        "'ll ",
        "’ll ",
        // "agreed to keep talking through Wednesday night"
        " keep ",
        " continue ",
    ]
    .iter()
    .any(|c| clause.contains(c));
    let counterfactual = clause.contains(" had ");
    // "held until Sunday", "arrived on Thursday", "if the talks failed on Monday": the verb
    // the weekday hangs on is in the past, whatever else the clause says.
    if governed_by_past_verb(&clause) {
        return false;
    }
    if scheduled_present(&clause) {
        return true;
    }
    // "If no deal is reached by Friday", "unless they sign on Monday": a condition is ahead.
    let conditional = clause.starts_with(" if ") || clause.starts_with(" unless ");
    // "by midnight on Thursday", "before Thursday", "until the end of Friday": a deadline.
    let words = clause_words(&clause);
    let mut k = words.len();
    while k > 0 && (time_filler(words[k - 1]) || words[k - 1] == "next") {
        k -= 1;
    }
    let deadline = k > 0
        && matches!(words[k - 1], "by" | "before" | "until" | "till")
        && !past_perfect_after_day(text, start);
    // "ahead of Friday's vote", "bracing for Saturday", "set for Monday".
    let awaited = {
        let t = clause.trim_end();
        [
            "ahead of",
            "bracing for",
            "braced for",
            "preparing for",
            "set for",
            "slated for",
            "planned for",
        ]
        .iter()
        .any(|c| t.ends_with(c))
    };
    future_word
        || ((deadline || conditional) && !counterfactual)
        || awaited
        || set_for(text, start, &clause)
        || (to_scheduling_verb(&clause) && !counterfactual)
}

/// `past_perfect_after_deadline`: "By Sunday they had changed their minds": a deadline
/// whose own clause goes on in the past perfect lies behind.
fn past_perfect_after_day(text: &str, start: usize) -> bool {
    let after = after_text(text, day_word_end(text, start), 60);
    let stop = after
        .find(['.', '!', '?', ';', ':', '“', '”', '"'])
        .unwrap_or(after.len());
    after[..stop]
        .split_whitespace()
        .take(4)
        .any(|w| w.eq_ignore_ascii_case("had") || w.ends_with("'d") || w.ends_with("’d"))
}

/// `infinitive_of_a_scheduling_verb`: "directed the committee to reconvene on Monday",
/// "mediator to return Thursday": a scheduling verb (`data/scheduled_verbs.txt`) after
/// "to", right before the day (past times of day), sets an event ahead.
fn to_scheduling_verb(clause: &str) -> bool {
    let words = clause_words(clause);
    let mut k = words.len();
    while k > 0 && time_filler(words[k - 1]) {
        k -= 1;
    }
    k >= 2 && words[k - 2] == "to" && crate::wordlists::scheduled_verbs().contains(&words[k - 1])
}

/// `event_set_for_weekday`: "called a strike for Thursday", "a vote for Monday": "for"
/// right before a weekday names the day an event is set for, which is ahead; not before a
/// possessive ("blamed for Thursday's attack").
fn set_for(text: &str, start: usize, clause: &str) -> bool {
    let after = &text[day_word_end(text, start)..];
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    clause.trim_end().ends_with(" for") && !possessive
}

/// Where the weekday's word that starts at `start` ends.
fn day_word_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    start
        + rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len())
}

/// The clause before a date puts it ahead: "from", "by", "until" right before it, or a
/// future or scheduling word earlier in the clause.
pub(crate) fn presented_as_future(text: &str, start: usize) -> bool {
    let last = before_words(text, start, 2);
    let mut words = last.split_whitespace().rev();
    let w1 = words.next().unwrap_or("");
    let w2 = words.next().unwrap_or("");
    let intro = |w: &str| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "from" | "by" | "until" | "till" | "starting" | "effective" | "next" | "before"
        )
    };
    if intro(w1) || (matches!(w1, "on" | "in") && intro(w2)) {
        return true;
    }
    let clause = clause_before(text, start, 80);
    let cue_end = [
        " will ",
        "'ll ",
        "’ll ",
        " next ",
        " due ",
        " scheduled ",
        " plans to ",
        " expected ",
    ]
    .iter()
    .filter_map(|c| clause.rfind(c).map(|i| i + c.len()))
    .max();
    cue_end.is_some_and(|e| !past_verb_in(&clause[e..]))
}

/// `past_verb_after_future_cue`: a verb in the past after the future word ("I will repeat
/// what I said in July") governs the date instead; a participle after an auxiliary ("will
/// be held on") does not.
fn past_verb_in(words: &str) -> bool {
    let words = clause_words(words);
    words.iter().enumerate().any(|(i, w)| {
        let past =
            crate::wordlists::irregular_past().contains(w) || (w.len() > 3 && w.ends_with("ed"));
        let aux = i.checked_sub(1).map(|j| words[j]).is_some_and(|a| {
            matches!(
                a,
                "be" | "been"
                    | "being"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "get"
                    | "got"
            )
        });
        past && !aux
    })
}

/// `future_verb_after_date`: "the summit on June 12 will decide", "talks on Friday are
/// expected to resume": a future verb among the first four words after the date (before
/// any punctuation) puts it ahead, unless the clause before ties the date to a verb in the
/// past ("the treaty signed on December 20 will take effect").
pub(crate) fn future_after_date(text: &str, start: usize, end: usize) -> bool {
    let after = after_text(text, end, 60);
    let stop = after
        .find(['.', '!', '?', ';', ',', ':', '“', '”', '"'])
        .unwrap_or(after.len());
    let words: Vec<String> = after[..stop]
        .split_whitespace()
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let future = words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).map(String::as_str).unwrap_or("");
        w == "will"
            || w.ends_with("'ll")
            || w.ends_with("’ll")
            || (matches!(w.as_str(), "is" | "are")
                && matches!(
                    next,
                    "due" | "expected" | "scheduled" | "set" | "planned" | "to"
                ))
    });
    future && !governed_by_past_verb(&format!(" {}", clause_before(text, start, 80).trim_start()))
}

/// `scheduled_present`: a clause in the present simple schedules the day it names: it has a
/// scheduling verb in the present ("the truce takes effect at midnight on", "talks resume")
/// or "is"/"are" right before the day ("the deadline is"), and no verb in the past. A
/// scheduling word after a determiner or before "of" is a noun ("the end of", "a vote").
pub(crate) fn scheduled_present(clause: &str) -> bool {
    let words = clause_words(clause);
    let past = |w: &str| {
        crate::wordlists::irregular_past().contains(&w) || (w.len() > 3 && w.ends_with("ed"))
    };
    if words.iter().any(|w| past(w)) {
        return false;
    }
    let mut k = words.len();
    while k > 0 && time_filler(words[k - 1]) {
        k -= 1;
    }
    if k > 0 && matches!(words[k - 1], "is" | "are") {
        return true;
    }
    words.iter().enumerate().any(|(i, w)| {
        let before = i.checked_sub(1).map(|j| words[j]).unwrap_or("");
        let after = words.get(i + 1).copied().unwrap_or("");
        crate::wordlists::scheduled_verbs().contains(w)
            && !crate::wordlists::determiners().contains(&before)
            && !matches!(
                before,
                "its" | "their" | "his" | "her" | "our" | "next" | "last" | "final" | "to"
            )
            && after != "of"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheduled_present_needs_a_present_verb_and_no_past() {
        assert!(scheduled_present(" the levy takes effect at midnight on "));
        assert!(scheduled_present(" negotiators reconvene "));
        assert!(scheduled_present(" the deadline is "));
        assert!(!scheduled_present(" the council met again on "));
        assert!(!scheduled_present(" a ballot that ended on "));
        assert!(!scheduled_present(" at the end of "));
        assert!(!scheduled_present(" they agreed to meet on "));
    }

    #[test]
    fn for_before_a_weekday_sets_an_event_ahead() {
        let t = "The union has called a strike for Thursday.";
        let at = t.find("Thursday").unwrap();
        assert!(weekday_ahead(t, at));
        let t = "The union was blamed for Thursday's strike.";
        let at = t.find("Thursday").unwrap();
        assert!(!weekday_ahead(t, at));
    }

    #[test]
    fn a_deadline_told_in_the_past_perfect_is_behind() {
        let t = "By Sunday they had changed their minds.";
        assert!(!weekday_ahead(t, t.find("Sunday").unwrap()));
        let t = "They must answer by Sunday, the envoy said.";
        assert!(weekday_ahead(t, t.find("Sunday").unwrap()));
    }

    #[test]
    fn an_infinitive_of_a_scheduling_verb_sets_the_day_ahead() {
        let t = "The minister told the board to reconvene on Monday.";
        assert!(weekday_ahead(t, t.find("Monday").unwrap()));
        let t = "The board had agreed to meet on Monday.";
        assert!(!weekday_ahead(t, t.find("Monday").unwrap()));
    }

    #[test]
    fn a_past_verb_after_the_future_word_governs_the_date() {
        let t = "I will repeat what I said in Lisbon in ";
        assert!(!presented_as_future(t, t.len()));
        let t = "The vote will be held on ";
        assert!(presented_as_future(t, t.len()));
    }
}
