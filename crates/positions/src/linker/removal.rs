//! Judgements of a thing that a statement wants removed.

use super::CueMark;
use crate::text::{is_stopword, synonym_class, Token};

/// Rule `judging_the_thing_removed_backs_its_removal`: an oppose cue that qualifies the
/// object of a word of removal ("the lifting of all illegal sanctions", "scrap this unfair
/// levy", "removed the unjustified tariff") judges the thing removed, so it backs the
/// removal instead of opposing it: its sign turns to support. The cue must stand in the
/// removal's object, after nothing but "of" and determiners, and be followed by a word of that
/// object (an attributive word, not a predicate: "lifting them is unfair" keeps its sign).
/// Words of removal are those of the synonym group of "lift" (`text::SYNONYMS`).
pub(super) fn judging_the_thing_removed_backs_its_removal(tokens: &[Token], marks: &mut [CueMark]) {
    let removal = synonym_class("lift");
    if removal.is_none() {
        return;
    }
    for m in marks.iter_mut() {
        if m.sign >= 0 || m.negation || m.first == 0 {
            continue;
        }
        // The object goes on after the cue.
        let after = tokens.get(m.first + m.len);
        if after.is_none_or(|t| is_stopword(&t.lower) || !t.lower.chars().any(char::is_alphabetic))
        {
            continue;
        }
        // Back over function words to the word of removal.
        let mut j = m.first;
        let mut steps = 0;
        while j > 0 && steps < 4 {
            j -= 1;
            steps += 1;
            let t = &tokens[j];
            if synonym_class(&t.stem) == removal {
                m.sign = 1;
                break;
            }
            if !determiner_or_of(&t.lower) {
                break;
            }
        }
    }
}

/// "of" and the determiners that may open a removal's object ("the lifting of all ...").
fn determiner_or_of(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "the"
            | "a"
            | "an"
            | "all"
            | "any"
            | "every"
            | "such"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "their"
            | "our"
            | "his"
            | "her"
            | "my"
            | "your"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn signs(text: &str, cue: &str) -> i8 {
        let tokens = tokenize(text);
        let i = tokens
            .iter()
            .position(|t| t.lower == cue)
            .expect("cue word");
        let mut marks = vec![CueMark {
            first: i,
            len: 1,
            sign: -1,
            negation: false,
        }];
        judging_the_thing_removed_backs_its_removal(&tokens, &mut marks);
        marks[0].sign
    }

    #[test]
    fn a_judgement_of_the_thing_removed_backs_the_removal() {
        assert_eq!(
            signs(
                "The growers want the removal of the unfair quota on wheat",
                "unfair"
            ),
            1
        );
        assert_eq!(
            signs("They call for lifting all illegal export bans", "illegal"),
            1
        );
        assert_eq!(
            signs(
                "The ministry will scrap this discriminatory fee next year",
                "discriminatory"
            ),
            1
        );
    }

    #[test]
    fn other_oppose_cues_keep_their_sign() {
        // A predicate, not a word of the removed thing's name.
        assert_eq!(signs("Lifting the quota now would be unfair", "unfair"), -1);
        // No word of removal before it.
        assert_eq!(
            signs("The growers reject the unfair quota on wheat", "unfair"),
            -1
        );
        // Content words between the removal and the cue: the cue is not in its object.
        assert_eq!(
            signs("Removing the quota leaves unfair prices in place", "unfair"),
            -1
        );
        // A judgement of the removal itself, after a copula.
        assert_eq!(signs("The removal was an illegal step", "illegal"), -1);
    }
}
