//! A thing named as new: the option of change, beside the status quo.

use crate::text::Token;
use std::collections::HashSet;
use std::sync::OnceLock;

fn words(text: &'static str) -> HashSet<&'static str> {
    crate::lexicon::word_list(text).into_iter().collect()
}

/// The words of `data/novelty_words.txt`.
fn novelty_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| words(include_str!("../../data/novelty_words.txt")))
}

/// The words of `data/status_quo_words.txt`.
fn status_quo_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| words(include_str!("../../data/status_quo_words.txt")))
}

/// Whether the word right before a mention's first word (`first`) is a novelty word
/// (`data/novelty_words.txt`): "the new rota", "the proposed levy".
pub(super) fn named_as_new(tokens: &[Token], first: usize) -> bool {
    first
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| novelty_words().contains(t.lower.as_str()))
}

/// Rule `a_new_thing_is_the_change_not_the_status_quo`: an issue with two options, one of
/// which keeps what is in force (its label has a word of `data/status_quo_words.txt`:
/// "Current five-day rota kept") and the other not, named with a novelty word before it
/// and no option's own words ("rejected the new rota", "backs the proposed levy"), names
/// the other option, the change: a stance on "the new X" is a stance on changing X.
/// `labels` are the option labels; returns the option of change.
pub(super) fn a_new_thing_is_the_change_not_the_status_quo(
    named_as_new: bool,
    labels: &[&str],
) -> Option<usize> {
    if !named_as_new || labels.len() != 2 {
        return None;
    }
    let keeps: Vec<bool> = labels
        .iter()
        .map(|l| {
            crate::text::tokenize(l)
                .iter()
                .any(|t| status_quo_words().contains(t.lower.as_str()))
        })
        .collect();
    match keeps.as_slice() {
        [true, false] => Some(1),
        [false, true] => Some(0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn a_new_thing_named() {
        let t = tokenize("the council rejected the new timetable");
        let at = t.iter().position(|x| x.lower == "timetable").unwrap_or(0);
        assert!(named_as_new(&t, at));
        let t = tokenize("the council rejected the timetable");
        let at = t.iter().position(|x| x.lower == "timetable").unwrap_or(0);
        assert!(!named_as_new(&t, at));
        assert!(!named_as_new(&t, 0));
    }

    #[test]
    fn the_change_beside_the_status_quo() {
        let labels = ["Timetable with evening trains", "Current timetable kept"];
        assert_eq!(
            a_new_thing_is_the_change_not_the_status_quo(true, &labels),
            Some(0)
        );
        assert_eq!(
            a_new_thing_is_the_change_not_the_status_quo(false, &labels),
            None
        );
        // No status quo among the options, or two of them.
        let labels = ["Toll of two euros", "Toll of five euros"];
        assert_eq!(
            a_new_thing_is_the_change_not_the_status_quo(true, &labels),
            None
        );
        let labels = ["Existing bridge kept", "Current ferry kept"];
        assert_eq!(
            a_new_thing_is_the_change_not_the_status_quo(true, &labels),
            None
        );
        // More than two options: which change is meant is not said.
        let labels = ["Current fare kept", "Fare up 5%", "Fare up 10%"];
        assert_eq!(
            a_new_thing_is_the_change_not_the_status_quo(true, &labels),
            None
        );
    }
}
