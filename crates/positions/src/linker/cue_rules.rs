//! Rules on single cue words where they stand: a word of the cue lists, or a negation,
//! that takes no side in its place (a bound, a noun naming people, a denied discussion).

use super::CueMark;
use crate::grammar::ConditionKind;
use crate::text::Token;

/// Rule `negation_states_bound`: "no" or "not" before a comparative followed by "than"
/// ("no larger than it was", "not more than two percent", "no later than March", "no
/// fewer than ten") states a bound on an amount or a date, which is what the speaker asks
/// for, not a denial of it. `i` is the negation's token. A comparative is "more", "less",
/// "fewer" or a word of four letters or more ending in "-er"; "than" must follow it.
pub(super) fn negation_states_bound(tokens: &[Token], i: usize) -> bool {
    if !matches!(tokens[i].lower.as_str(), "no" | "not") {
        return false;
    }
    let (Some(comp), Some(than)) = (tokens.get(i + 1), tokens.get(i + 2)) else {
        return false;
    };
    let comparative = matches!(comp.lower.as_str(), "more" | "less" | "fewer")
        || (comp.lower.len() >= 4 && comp.lower.ends_with("er"));
    comparative && than.lower == "than"
}

/// Rule `standard_after_shortfall`: a cue of shortfall ("short of", "fall short of") with a
/// word of the mention at most three words after it names the mention as the standard
/// something else fails to meet ("left the lowest paid short of the £15 rate"): the speaker
/// wants it, so the cue supports the mention. A mention wholly before the cue is what falls
/// short, and stays opposed. `matched` are the mention's words.
pub(super) fn standard_after_shortfall(tokens: &[Token], m: &CueMark, matched: &[usize]) -> bool {
    let end = m.first + m.len;
    m.sign < 0
        && !m.negation
        && m.len >= 2
        && matched.iter().any(|&k| k >= end && k <= end + 3)
        && ((tokens[end - 1].lower == "of" && tokens[end - 2].lower == "short")
            || (tokens[end - 1].lower == "short"
                && tokens.get(end).is_some_and(|t| t.lower == "of")))
}

/// Rule `cue_word_names_workforce`: a one-word cue directly before a workforce noun
/// (`data/workforce_nouns.txt`: "crews", "staff", "workers"), or before "and"/"or" with a
/// workforce noun among the three words after it, is a noun naming the people ("refuse
/// crews", "refuse and street cleaning staff", "its ban workers"), not the verb or
/// judgement the cue list means. `first` is the cue's token.
pub(super) fn cue_word_names_workforce(tokens: &[Token], first: usize, len: usize) -> bool {
    if len != 1 {
        return false;
    }
    let workforce = crate::party_names::workforce_nouns();
    let is_workforce = |k: usize| tokens.get(k).is_some_and(|t| workforce.contains(&t.stem));
    if is_workforce(first + 1) {
        return true;
    }
    tokens
        .get(first + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or"))
        && (first + 2..first + 5).any(is_workforce)
}

/// Rule `denied_discussion_takes_no_side`: a mention whose only stance marks, besides a
/// topic word ("discuss", "talk about", "on the agenda"), are negations ("did not discuss
/// Crimea", "would not talk about the army's size") is a subject not taken up, not one
/// rejected: the negation denies the talking. A stance cue beside the topic word ("ready
/// to discuss", "refused to discuss") still takes its side.
pub(super) fn denied_discussion(scope: &[CueMark]) -> bool {
    scope.iter().any(|m| m.sign == 0) && scope.iter().filter(|m| m.sign != 0).all(|m| m.negation)
}

/// Rule `embedded_question_takes_no_side`: a statement that is an embedded question, one
/// that opens with "whether" ("whether the board would back a ban", reported from "did not
/// say whether ..." or "was asked whether ..."), asks and states no side: its mentions are
/// neutral, whatever cue words the question holds, and no frame or neighbouring sentence
/// lends it one.
pub(super) fn embedded_question(tokens: &[Token]) -> bool {
    tokens.first().is_some_and(|t| t.lower == "whether")
}

/// Rule `alternative_set_aside_is_rejected`: what a statement names after "instead of",
/// "rather than" or "in place of" (to the next comma, or the clause end) is the
/// alternative it sets aside: its content is rejected where the frame supports ("asked
/// the board to cut the toll rather than scrap it", "we want a cap, not a ban, rather than
/// the present rules"), with the sign of its own cues; the main clause's cues do not reach
/// it. Only an option is set aside: a mention of the issue alone (the same issue the main
/// clause speaks of, "55 percent rather than 60") takes no side
/// (`alternative_without_option`).
pub(super) fn alternative_without_option(kind: ConditionKind, option: Option<usize>) -> bool {
    kind == ConditionKind::Instead && option.is_none()
}

/// Rule `second_content_clause_starts_afresh`: "and that" or "but that" opens a second
/// clause that the same verb reports ("said the lump sum was not enough and that a flat
/// payment would do nothing for pensions"): the cues before it belong to the first clause
/// and do not reach a mention after it. Returns where the second clause starts in `gap`
/// (the words between a mention's left limit and the mention).
pub(super) fn second_content_clause(gap: &[Token]) -> Option<usize> {
    (1..gap.len())
        .rev()
        .find(|&i| gap[i].lower == "that" && matches!(gap[i - 1].lower.as_str(), "and" | "but"))
        .map(|i| i + 1)
}

/// Rule `alternative_is_a_mention_of_its_own`: the words of an alternative set aside
/// ("instead of", "rather than", ", not": see `alternative_set_aside_is_rejected`) are
/// matched apart from the rest of the clause, so "give up every rifle, not only the rockets"
/// is two mentions, the one demanded and the one set aside, however close they stand. The
/// token spans of the clause `first..last` to match, cut at each alternative's marker and
/// end.
pub(super) fn spans_apart_from_alternatives(
    conds: &[crate::grammar::Condition],
    first: usize,
    last: usize,
) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = conds
        .iter()
        .filter(|c| c.kind == ConditionKind::Instead)
        .flat_map(|c| [c.marker, c.end])
        .filter(|&k| k > first && k < last)
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut a = first;
    for k in cuts {
        out.push((a, k));
        a = k;
    }
    out.push((a, last));
    out
}

/// The stems of `data/threat_verbs.txt`.
fn threat_stems() -> &'static std::collections::HashSet<String> {
    static W: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        crate::lexicon::word_list(include_str!("../../data/threat_verbs.txt"))
            .into_iter()
            .flat_map(|w| crate::text::tokenize(w).into_iter().map(|t| t.stem))
            .collect()
    })
}

/// Rule `threat_condition_demands_its_avoidance`: an "if" condition on a threat (a threat
/// verb of `data/threat_verbs.txt` among the `frame` words or in the main clause's tokens
/// `main`) states what the threatened side must do to avoid it, so its content is read
/// reversed, as after "unless": "threatened to cut aid if Hamas does not return every body"
/// demands the bodies' return; "warned of tariffs if the tax is imposed" rejects the tax.
/// Returns whether the condition is on a threat.
pub(super) fn threat_condition(frame: &[String], main: &[Token]) -> bool {
    let stems = threat_stems();
    frame
        .iter()
        .flat_map(|f| crate::text::tokenize(f))
        .any(|t| stems.contains(&t.stem))
        || main.iter().any(|t| stems.contains(&t.stem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn at(text: &str, word: &str) -> (Vec<Token>, usize) {
        let t = tokenize(text);
        let i = t
            .iter()
            .position(|x| x.lower == word)
            .expect("word in text");
        (t, i)
    }

    #[test]
    fn bound_after_no_or_not() {
        let (t, i) = at("The fleet must be no larger than it was in 1990.", "no");
        assert!(negation_states_bound(&t, i));
        let (t, i) = at("They will pay not more than two percent.", "not");
        assert!(negation_states_bound(&t, i));
        let (t, i) = at("The vote must be held no later than May.", "no");
        assert!(negation_states_bound(&t, i));
    }

    #[test]
    fn plain_negation_is_no_bound() {
        let (t, i) = at("There will be no larger fleet.", "no");
        assert!(!negation_states_bound(&t, i));
        let (t, i) = at("We want no more war.", "no");
        assert!(!negation_states_bound(&t, i));
        let (t, i) = at("They do not trust the offer.", "not");
        assert!(!negation_states_bound(&t, i));
    }

    #[test]
    fn standard_after_shortfall() {
        let (t, i) = at("the offer left cleaners short of the living wage", "short");
        let m = CueMark {
            first: i,
            len: 2,
            sign: -1,
            negation: false,
        };
        let wage = t.iter().position(|x| x.lower == "living").unwrap_or(0);
        assert!(super::standard_after_shortfall(&t, &m, &[wage, wage + 1]));
        // The offer, before the cue, is what falls short.
        assert!(!super::standard_after_shortfall(&t, &m, &[1]));
    }

    #[test]
    fn cue_before_workforce_noun() {
        let (t, i) = at("The refuse crews walked out at dawn.", "refuse");
        assert!(cue_word_names_workforce(&t, i, 1));
        let (t, i) = at(
            "Refuse and street cleaning staff voted to strike.",
            "refuse",
        );
        assert!(cue_word_names_workforce(&t, i, 1));
    }

    #[test]
    fn cue_as_verb_stays() {
        let (t, i) = at("The crews refuse the new rota.", "refuse");
        assert!(!cue_word_names_workforce(&t, i, 1));
        let (t, i) = at("We refuse and we will keep refusing the offer.", "refuse");
        assert!(!cue_word_names_workforce(&t, i, 1));
    }

    #[test]
    fn a_threat_in_the_frame_or_the_main_clause() {
        assert!(threat_condition(&["has threatened".to_string()], &[]));
        let main = tokenize("the ministry warned that the border would close");
        assert!(threat_condition(&[], &main));
        let main = tokenize("the ministry said the border would open");
        assert!(!threat_condition(&["said".to_string()], &main));
    }

    fn mark(sign: i8, negation: bool) -> CueMark {
        CueMark {
            first: 0,
            len: 1,
            sign,
            negation,
        }
    }

    #[test]
    fn negated_topic_is_no_stance() {
        assert!(denied_discussion(&[mark(-1, true), mark(0, false)]));
        // "ready to discuss": a stance cue beside the topic word.
        assert!(!denied_discussion(&[mark(1, false), mark(0, false)]));
        // "refused to discuss".
        assert!(!denied_discussion(&[mark(-1, false), mark(0, false)]));
        // No topic word: a plain negation.
        assert!(!denied_discussion(&[mark(-1, true)]));
    }

    #[test]
    fn an_embedded_question_opens_with_whether() {
        assert!(embedded_question(&tokenize(
            "whether the board would back a ban on night trains"
        )));
        assert!(!embedded_question(&tokenize(
            "the board would back a ban whether or not the city agrees"
        )));
        assert!(!embedded_question(&[]));
    }

    #[test]
    fn a_second_reported_clause_starts_afresh() {
        let t = tokenize("the toll was not fair and that a ferry pass would help");
        // The gap before "ferry": the cues of the first clause stay behind.
        let ferry = t.iter().position(|x| x.lower == "ferry").expect("ferry");
        let at = second_content_clause(&t[..ferry]).expect("second clause");
        assert_eq!(t[at].lower, "a");
        assert!(!t[at..ferry].iter().any(|x| x.lower == "not"));
        // A "that" with no conjunction before it is the first clause's own.
        let t = tokenize("insisted that a ferry pass would help");
        assert_eq!(second_content_clause(&t), None);
    }

    #[test]
    fn an_alternative_is_matched_apart() {
        let text = "the board wants a cap, not a ban, on night trains";
        let t = tokenize(text);
        let conds = crate::grammar::conditions(text, &t, 0, t.len());
        let spans = spans_apart_from_alternatives(&conds, 0, t.len());
        // "the board wants a cap" | "not a ban" | "on night trains"
        assert_eq!(spans, vec![(0, 5), (5, 8), (8, t.len())]);
        // No alternative: the whole clause.
        let text = "the board wants a cap on night trains";
        let t = tokenize(text);
        let conds = crate::grammar::conditions(text, &t, 0, t.len());
        assert_eq!(
            spans_apart_from_alternatives(&conds, 0, t.len()),
            vec![(0, t.len())]
        );
    }
}
