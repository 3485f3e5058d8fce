//! Rules on how far a word found in a statement reaches: a negation that belongs to a verb
//! rather than to a negated keyword, and a shorter word beside party names.

use crate::text::Token;

/// Rule `verbal_negation_negates_its_verb`: "not", "never" and "-n't" negate the verb that
/// follows them. Such a negation is part of a keyword written with a negation ("no NATO",
/// "never join NATO") only when nothing but forms of "be", articles, "any" or "ever" stand
/// between it and the keyword's first word found ("there will never be a state", "will not
/// join NATO"); with another word between ("will not back the bid for NATO membership",
/// "would not delete the goal"), it negates that word, and the keyword is named as it
/// stands. A nominal negation ("no", "without", "none") reaches over adjectives to its noun
/// ("no new runway") and always belongs to the keyword. `neg` is the negation's token and
/// `start` the keyword's first word found, after it.
pub(super) fn negation_reaches_keyword(tokens: &[Token], neg: usize, start: usize) -> bool {
    let lower = tokens[neg].lower.as_str();
    let verbal = matches!(lower, "not" | "never" | "cannot") || lower.ends_with("n't");
    if !verbal {
        return true;
    }
    tokens[neg + 1..start].iter().all(|t| {
        matches!(
            t.lower.as_str(),
            "be" | "being" | "been" | "a" | "an" | "the" | "any" | "ever"
        )
    })
}

/// Rule `lone_content_word_beside_party_names`: the one word of a term found besides party
/// names (a nationality or a bloc's name around "member") is the term's only content found: the
/// rules for a single word found apply to it (see `shorter_word_links_nothing_alone`: "a
/// member of the Danish delegation" names no membership of a bloc). Returns that token, when
/// exactly one of `found` names no party.
pub(super) fn lone_content_word(found: &[usize], parties: &[Option<usize>]) -> Option<usize> {
    let mut content = found
        .iter()
        .copied()
        .filter(|&i| parties.get(i).is_some_and(Option::is_none));
    match (content.next(), content.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn at(t: &[Token], w: &str) -> usize {
        t.iter().position(|x| x.lower == w).unwrap_or(0)
    }

    #[test]
    fn a_verbal_negation_before_its_own_verb() {
        let t = tokenize("the council will not back a ban on night flights");
        assert!(!negation_reaches_keyword(&t, at(&t, "not"), at(&t, "ban")));
        let t = tokenize("there will never be a toll on the bridge");
        assert!(negation_reaches_keyword(
            &t,
            at(&t, "never"),
            at(&t, "toll")
        ));
        let t = tokenize("the city won't raise the fare");
        assert!(negation_reaches_keyword(
            &t,
            at(&t, "won't"),
            at(&t, "raise")
        ));
    }

    #[test]
    fn a_nominal_negation_reaches_its_noun() {
        let t = tokenize("no new runway should be built");
        assert!(negation_reaches_keyword(&t, at(&t, "no"), at(&t, "runway")));
    }

    #[test]
    fn the_one_word_besides_party_names() {
        let t = tokenize("a senior member of the Danish delegation");
        let mut parties = vec![None; t.len()];
        let danish = at(&t, "danish");
        parties[danish] = Some(0);
        let member = at(&t, "member");
        assert_eq!(lone_content_word(&[member, danish], &parties), Some(member));
        let delegation = at(&t, "delegation");
        assert_eq!(lone_content_word(&[member, delegation], &parties), None);
        assert_eq!(lone_content_word(&[danish], &parties), None);
    }
}
