//! An option spoken of by its consequences.

use super::{Polarity, Target};
use crate::text::Token;

/// The polarity of a mention that names one option with no cue: put forward, unless the
/// clause speaks of its consequences (see `a_consequence_of_the_option_warns_against_it`).
pub(super) fn unjudged(tokens: &[Token], clause_first: usize, target: &Target) -> Polarity {
    if a_consequence_of_the_option_warns_against_it(tokens, clause_first, target.first, target.last)
    {
        Polarity::Rejects
    } else {
        Polarity::Supports
    }
}

/// Rule `a_consequence_of_the_option_warns_against_it`: a mention that opens its clause as
/// the subject of a consequence, with no stance cue anywhere in its reach, is warned
/// against, not put forward: "a two-year deal would lock in a pay cut", "a flat tax would
/// only make the wait longer", "the same rate for every grade means pennies for the
/// lowest paid", "a daily cap would simply move the ships to other days". A consequence
/// is a modal ("would", "could", "will", "might") with an optional adverb and then a verb
/// of effect, or "means" / "meant" / "makes" / "made" right after the subject (a short
/// prepositional phrase may come between: "a deal at these rates would ..."). Being and
/// staying are no consequences ("two ranks would be simpler", "the terminals would stay"):
/// judgements there are left to the cue words. The subject may follow "and", "but" or
/// "that" but no other word, apart from its determiners. A reporting aside of at most four
/// words ending in a verb of `data/reporting_asides.txt` may stand between the subject and
/// its verb ("a daily cap, she said, would simply move the ships").
pub(super) fn a_consequence_of_the_option_warns_against_it(
    tokens: &[Token],
    clause_first: usize,
    first: usize,
    last: usize,
) -> bool {
    // The mention opens its clause (or a conjunct), after its determiners only.
    let mut j = first;
    while j > clause_first && is_determiner(&tokens[j - 1].lower) {
        j -= 1;
    }
    if j > clause_first && !matches!(tokens[j - 1].lower.as_str(), "and" | "but" | "that") {
        return false;
    }
    // A short prepositional phrase may qualify the subject before its verb.
    let mut k = after_reporting_aside(tokens, last + 1);
    if tokens.get(k).is_some_and(|t| is_preposition(&t.lower)) {
        let stop = (k + 5).min(tokens.len());
        match (k + 1..stop).find(|&i| is_consequence_head(&tokens[i].lower)) {
            Some(i) => k = after_reporting_aside(tokens, i),
            None => return false,
        }
    }
    let Some(head) = tokens.get(k) else {
        return false;
    };
    match head.lower.as_str() {
        "means" | "meant" | "makes" | "made" => true,
        "would" | "could" | "will" | "might" => {
            let mut v = k + 1;
            while tokens.get(v).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "only" | "simply" | "just" | "merely" | "also" | "effectively"
                )
            }) {
                v += 1;
            }
            tokens.get(v).is_some_and(|t| {
                t.lower.chars().all(char::is_alphabetic)
                    && !matches!(
                        t.lower.as_str(),
                        "be" | "have" | "stay" | "remain" | "keep" | "continue" | "not" | "never"
                    )
            })
        }
        _ => false,
    }
}

/// The reporting aside's verb (`data/reporting_asides.txt`).
fn is_reporting_aside_verb(lower: &str) -> bool {
    static W: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    W.get_or_init(|| {
        crate::lexicon::word_list(include_str!("../../data/reporting_asides.txt"))
            .into_iter()
            .collect()
    })
    .contains(lower)
}

/// The token after a reporting aside of one to four words that starts at `k` and is
/// followed by a consequence head ("..., the mayor said, would ..."); `k` when there is none.
fn after_reporting_aside(tokens: &[Token], k: usize) -> usize {
    (k + 1..(k + 4).min(tokens.len()))
        .find(|&v| {
            is_reporting_aside_verb(&tokens[v].lower)
                && tokens
                    .get(v + 1)
                    .is_some_and(|t| is_consequence_head(&t.lower))
        })
        .map_or(k, |v| v + 1)
}

fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "any" | "every" | "such" | "this" | "that" | "these" | "those"
    )
}

fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "at" | "on" | "for" | "of" | "in" | "with" | "from" | "to" | "across" | "per"
    )
}

fn is_consequence_head(lower: &str) -> bool {
    matches!(
        lower,
        "would" | "could" | "will" | "might" | "means" | "meant" | "makes" | "made"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// Whether the words `subject` (opening at their first occurrence) are warned against.
    fn warns(text: &str, subject: &str) -> bool {
        let tokens = tokenize(text);
        let words: Vec<&str> = subject.split(' ').collect();
        let first = tokens
            .iter()
            .position(|t| t.lower == words[0])
            .expect("subject");
        let last = first + words.len() - 1;
        a_consequence_of_the_option_warns_against_it(&tokens, 0, first, last)
    }

    #[test]
    fn a_consequence_warns() {
        assert!(warns(
            "A harbour levy would drive the ferries away",
            "harbour levy"
        ));
        assert!(warns(
            "A fixed quota on catches would only push prices up",
            "fixed quota"
        ));
        assert!(warns(
            "The flat fee means the smallest boats pay the most",
            "flat fee"
        ));
        assert!(warns(
            "Fares have doubled, and a toll made the trip longer",
            "toll"
        ));
        // A reporting aside between the subject and its verb.
        assert!(warns(
            "A harbour levy, the mayor said, would drive the ferries away",
            "harbour levy"
        ));
    }

    #[test]
    fn no_consequence_no_warning() {
        // Being or staying: judged by cue words, if at all.
        assert!(!warns(
            "A harbour levy would be simpler to collect",
            "harbour levy"
        ));
        assert!(!warns("The old quota would stay in force", "old quota"));
        // Not the clause's subject.
        assert!(!warns(
            "The council says the harbour levy would drive ferries away",
            "harbour levy"
        ));
        // An aside followed by no consequence.
        assert!(!warns(
            "A harbour levy, the mayor said, was on the table",
            "harbour levy"
        ));
        // A verb of its own after the subject.
        assert!(!warns("A harbour levy funds the new quay", "harbour levy"));
    }
}
