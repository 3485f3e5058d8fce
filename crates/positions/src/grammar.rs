//! Clause grammar the linker reads: conditions ("only if", "unless", "until"), comparisons,
//! coordination, and the small word classes that end a noun phrase or a cue's reach.

use crate::text::{is_stopword, Token};
/// What a condition inside a clause does to the stances read in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ConditionKind {
    /// "if", "when": a hypothesis; nothing in it is the speaker's stance.
    Plain,
    /// "only if", "provided", "as long as", "as soon as", "once", "on condition that", "in
    /// exchange for": what the speaker makes the main clause depend on, so its content
    /// is demanded when the main clause is positive ("we will sign as long as X") and
    /// refused when it is negative ("as long as X stays, there is no deal").
    Demand,
    /// "unless": the reverse of a demand ("no deal unless X" demands X).
    Unless,
    /// "until": what must happen first ("sanctions stay until X", "not before X").
    Until,
    /// A clause that opens with "without X, ...": X is needed.
    Without,
    /// "instead of", "rather than", "in place of": the alternative set aside
    /// (`alternative_set_aside_is_rejected`).
    Instead,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Condition {
    pub kind: ConditionKind,
    /// Token index of the marker, the first token after it, and the end (exclusive).
    pub marker: usize,
    pub body: usize,
    pub end: usize,
    /// The condition opens the clause ("If X, ...").
    pub fronted: bool,
}

/// The conditions in a clause (token range `first..last`): "only if X", "as long as X",
/// "unless X", ... A condition that opens the clause runs to the first comma; one that
/// follows the main clause runs to the clause's end.
pub(crate) fn conditions(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Vec<Condition> {
    let mut out = Vec::new();
    let low = |i: usize| tokens.get(i).filter(|_| i < last).map(|t| t.lower.as_str());
    let comma_before =
        |i: usize| i > first && text[tokens[i - 1].end..tokens[i].start].contains(',');
    let mut i = first;
    while i < last {
        let w = tokens[i].lower.as_str();
        let found: Option<(ConditionKind, usize)> = match (w, low(i + 1), low(i + 2)) {
            ("only", Some("if" | "when"), _) => Some((ConditionKind::Demand, 2)),
            ("if", _, _) => {
                let only = tokens[first..i].iter().any(|t| t.lower == "only");
                Some((
                    if only {
                        ConditionKind::Demand
                    } else {
                        ConditionKind::Plain
                    },
                    1,
                ))
            }
            ("provided" | "providing", Some("that"), _) => Some((ConditionKind::Demand, 2)),
            ("provided" | "providing", _, _) if i == first || comma_before(i) => {
                Some((ConditionKind::Demand, 1))
            }
            ("as" | "so", Some("long" | "soon"), Some("as")) => Some((ConditionKind::Demand, 3)),
            ("on", Some("condition"), Some("that")) => Some((ConditionKind::Demand, 3)),
            ("in", Some("exchange" | "return"), Some("for")) => Some((ConditionKind::Demand, 3)),
            ("once", n, _)
                if i > first
                    && low(i - 1) != Some("at")
                    && !matches!(n, Some("again" | "more" | "and" | "or")) =>
            {
                Some((ConditionKind::Demand, 1))
            }
            ("once", _, _) if i == first => Some((ConditionKind::Demand, 1)),
            ("instead", Some("of"), _) | ("rather", Some("than"), _) => {
                Some((ConditionKind::Instead, 2))
            }
            ("in", Some("place"), Some("of")) => Some((ConditionKind::Instead, 3)),
            ("not", Some(n), _) if comma_before(i) && i > first + 2 && contrast_follows(n) => {
                Some((ConditionKind::Instead, 1))
            }
            ("unless", _, _) => Some((ConditionKind::Unless, 1)),
            ("until" | "till", _, _) => Some((ConditionKind::Until, 1)),
            ("without", _, _)
                if i == first
                    || (i == first + 1 && matches!(low(first), Some("and" | "but" | "yet"))) =>
            {
                Some((ConditionKind::Without, 1))
            }
            _ => None,
        };
        let Some((kind, len)) = found else {
            i += 1;
            continue;
        };
        let body = (i + len).min(last);
        let fronted = i <= first + 1;
        let mut end = last;
        if kind == ConditionKind::Instead && !fronted {
            // "X rather than Y, ...": the alternative ends at the next comma.
            end = (body..last.saturating_sub(1))
                .find(|&j| text[tokens[j].end..tokens[j + 1].start].contains(','))
                .map_or(last, |j| j + 1);
        }
        if fronted {
            // To the first comma; without one, to where the main clause's subject starts
            // ("Without a shorter week there is no deal").
            for j in body..last.saturating_sub(1) {
                if text[tokens[j].end..tokens[j + 1].start].contains(',') {
                    end = j + 1;
                    break;
                }
                if j > body
                    && matches!(
                        tokens[j + 1].lower.as_str(),
                        "there" | "we" | "i" | "they" | "you" | "he" | "she"
                    )
                {
                    end = j + 1;
                    break;
                }
            }
        }
        out.push(Condition {
            kind,
            marker: i,
            body,
            end,
            fronted,
        });
        i = body;
    }
    out
}

/// Whether the words just before a mention make it a standard of comparison ("the way
/// NATO members do", "like the pension at ..."), not the subject of the statement.
pub(crate) fn compared(
    tokens: &[Token],
    parties: &[Option<usize>],
    from: usize,
    at: usize,
) -> bool {
    let mut k = at;
    // Skip determiners and party names between the marker and the mention.
    while k > from && (is_stopword(&tokens[k - 1].lower) || parties[k - 1].is_some()) {
        if matches!(tokens[k - 1].lower.as_str(), "like" | "unlike") {
            break;
        }
        k -= 1;
    }
    if k == from {
        return false;
    }
    let w = tokens[k - 1].lower.as_str();
    let before = if k >= 2 && k - 2 >= from {
        tokens[k - 2].lower.as_str()
    } else {
        ""
    };
    match w {
        "like" | "unlike" => !matches!(
            before,
            "would"
                | "should"
                | "could"
                | "i'd"
                | "we'd"
                | "they'd"
                | "do"
                | "don't"
                | "i"
                | "we"
                | "they"
                | "you"
        ),
        "way" => before == "the",
        "to" | "with" => matches!(before, "similar" | "akin" | "compared" | "comparable"),
        "on" => matches!(before, "modelled" | "modeled" | "based"),
        _ => false,
    }
}

/// The length of "on the table" / "on the negotiating table" starting at `i`, if there.
pub(crate) fn on_the_table(tokens: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| tokens.get(i + k).map(|t| t.lower.as_str());
    match (w(0), w(1), w(2), w(3)) {
        (Some("on"), Some("the"), Some("table"), _) => Some(3),
        (Some("on"), Some("the"), Some("negotiating"), Some("table")) => Some(4),
        _ => None,
    }
}

/// Rule `contrast_after_comma_names_the_alternative`: ", not Y" after a clause ("wants
/// direct subsidies, not new rules"; "the whole arsenal, not only the rockets") sets Y aside
/// as a contrastive "rather than" does, when the word after "not" (`next`) opens a noun
/// phrase or a prepositional phrase, not a verb ("..., not be delayed", "..., not to
/// mention"), which denies a predicate of its own.
fn contrast_follows(next: &str) -> bool {
    !(is_verb_like(next)
        || matches!(
            next,
            "to" | "least" | "yet" | "that" | "because" | "since" | "even" | "so" | "just"
        )
        || next.ends_with("ing")
        || next.ends_with("ed"))
}

/// Finite verbs and auxiliaries that end a noun phrase.
pub(crate) fn is_verb_like(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "will"
            | "would"
            | "must"
            | "can"
            | "could"
            | "should"
            | "shall"
            | "may"
            | "might"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "said"
            | "says"
    ) || lower.ends_with("n't")
}

pub(crate) fn is_subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "because"
            | "so"
            | "when"
            | "if"
            | "until"
            | "unless"
            | "since"
            | "as"
    )
}

/// Whether the words between two targets join them ("X and Y", "X, as well as the end
/// of Y") rather than start a new statement ("X, and Kyiv will ..."): a conjunction first,
/// a short gap, no auxiliary verb and no party as a new subject.
pub(crate) fn coordinated(gap: &[Token], parties: &[Option<usize>]) -> bool {
    let Some(first) = gap.first() else {
        return true;
    };
    let conj = matches!(
        first.lower.as_str(),
        "and" | "or" | "nor" | "plus" | "as" | "including" | "notably" | "especially" | "such"
    );
    conj && gap.len() <= 5
        && parties.iter().all(Option::is_none)
        && gap.iter().all(|t| {
            !matches!(
                t.lower.as_str(),
                "will"
                    | "would"
                    | "must"
                    | "can"
                    | "could"
                    | "should"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "we"
                    | "they"
                    | "he"
                    | "she"
                    | "i"
                    | "it"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn instead(text: &str) -> Vec<(usize, usize)> {
        let t = tokenize(text);
        conditions(text, &t, 0, t.len())
            .into_iter()
            .filter(|c| c.kind == ConditionKind::Instead)
            .map(|c| (c.body, c.end))
            .collect()
    }

    #[test]
    fn the_alternative_set_aside_runs_to_the_next_comma() {
        // "they asked for a cap rather than a ban, and ..."
        let text = "they asked for a cap rather than a ban, and the city agreed";
        assert_eq!(instead(text), vec![(7, 9)]);
        assert_eq!(instead("a ferry pass instead of the toll").len(), 1);
        assert_eq!(instead("a ferry pass in place of the toll").len(), 1);
    }

    #[test]
    fn a_contrast_after_a_comma_names_the_alternative() {
        assert_eq!(
            instead("the board wants a cap on fares, not a ban").len(),
            1
        );
        // A verb after "not" denies a predicate of its own.
        for text in [
            "the board wants a cap on fares, not be told what to do",
            "the board wants a cap on fares, not least for the elderly",
            "the board wants a cap on fares, not to mention a ban",
        ] {
            assert!(instead(text).is_empty(), "{text}");
        }
        // A "not" with no comma before it is a plain negation.
        assert!(instead("the board does not want a ban").is_empty());
    }
}
