//! A vote as the means of approving something else.

use crate::text::Token;
use std::collections::HashSet;
use std::sync::OnceLock;

fn stems(text: &'static str) -> HashSet<String> {
    crate::lexicon::word_list(text)
        .into_iter()
        .flat_map(|w| crate::text::tokenize(w).into_iter().map(|t| t.stem))
        .collect()
}

/// The stems of `data/ballot_words.txt`.
fn ballot_stems() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| stems(include_str!("../../data/ballot_words.txt")))
}

/// The stems of `data/approval_verbs.txt`.
fn approval_stems() -> &'static HashSet<String> {
    static W: OnceLock<HashSet<String>> = OnceLock::new();
    W.get_or_init(|| stems(include_str!("../../data/approval_verbs.txt")))
}

/// Whether a token is one of the words of `list` (by stem), past and present participles
/// included ("voted", "voting", "endorsed").
fn in_list(list: &HashSet<String>, token: &Token) -> bool {
    if list.contains(&token.stem) {
        return true;
    }
    let lower = token.lower.as_str();
    ["ed", "d", "ing"].iter().any(|suffix| {
        lower.strip_suffix(suffix).is_some_and(|base| {
            [base.to_string(), format!("{base}e")].iter().any(|b| {
                crate::text::tokenize(b)
                    .first()
                    .is_some_and(|t| list.contains(&t.stem))
            })
        })
    })
}

fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "any" | "its" | "their" | "another"
    )
}

/// How far before a ballot word's "in" / "by" an approval verb may stand ("approved by
/// Ukrainians in a vote").
const APPROVAL_REACH: usize = 5;

/// Rule `a_vote_on_something_else_names_no_election`: a ballot word (`data/ballot_words.txt`)
/// names the approval of another thing, not an election, when
/// - "on", "for", "against" or "to" follows it: the thing voted on follows ("Congress would
///   vote on the guarantee", "members voted to accept", "a ballot on the offer");
/// - it is the object of "put to" or "submitted to" ("the deal will be put to a vote");
/// - it follows "in", "by" or "through" (and a determiner) with an approval verb
///   (`data/approval_verbs.txt`) at most five words before ("a zone approved by the
///   residents in a referendum", "ratified by a vote").
///
/// Such a word links no issue alone. Returns whether the token at `i` is so used.
pub(super) fn a_vote_on_something_else_names_no_election(tokens: &[Token], i: usize) -> bool {
    let Some(word) = tokens.get(i) else {
        return false;
    };
    if !in_list(ballot_stems(), word) {
        return false;
    }
    if tokens
        .get(i + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "on" | "for" | "against" | "to"))
    {
        return true;
    }
    let mut j = i;
    while j > 0 && is_determiner(&tokens[j - 1].lower) {
        j -= 1;
    }
    let Some(before) = j.checked_sub(1).map(|p| tokens[p].lower.as_str()) else {
        return false;
    };
    match before {
        "to" => {
            j >= 2 && {
                let verb = tokens[j - 2].lower.as_str();
                matches!(verb, "put" | "puts" | "putting") || verb.starts_with("submit")
            }
        }
        "in" | "by" | "through" => {
            let from = (j - 1).saturating_sub(APPROVAL_REACH);
            tokens[from..j - 1]
                .iter()
                .any(|t| in_list(approval_stems(), t))
        }
        _ => false,
    }
}

/// Drops the targets linked by ballot words alone, each used for the approval of another
/// thing (see `a_vote_on_something_else_names_no_election`).
pub(super) fn drop_votes_on_other_things(tokens: &[Token], targets: &mut Vec<super::Target>) {
    targets.retain(|t| {
        t.anchors.is_empty()
            || !t
                .anchors
                .iter()
                .all(|&i| a_vote_on_something_else_names_no_election(tokens, i))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn other(text: &str, word: &str) -> bool {
        let t = tokenize(text);
        let i = t.iter().position(|x| x.lower == word).expect("word");
        a_vote_on_something_else_names_no_election(&t, i)
    }

    #[test]
    fn a_vote_on_another_thing() {
        assert!(other("the parliament would vote on the treaty", "vote"));
        assert!(other("the members voted to accept the offer", "voted"));
        assert!(other("the deal will be put to a vote next week", "vote"));
        assert!(other(
            "the plan was submitted to a referendum",
            "referendum"
        ));
        assert!(other(
            "the border must be approved by the islanders in a referendum",
            "referendum"
        ));
        assert!(other("the accord was ratified by a vote", "vote"));
        assert!(other("a plan endorsed through a plebiscite", "plebiscite"));
    }

    #[test]
    fn a_vote_that_is_held() {
        assert!(!other(
            "a vote can only be held once the war is over",
            "vote"
        ));
        assert!(!other("we want a referendum within a year", "referendum"));
        assert!(!other(
            "the security of the vote must be guaranteed",
            "vote"
        ));
        assert!(!other(
            "people will go to the polls in a vote in May",
            "vote"
        ));
        // Not a ballot word.
        assert!(!other("the tax was put to the council", "council"));
    }
}
