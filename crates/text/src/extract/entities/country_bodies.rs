//! Entities: bodies named by a country and a common noun ("New Zealand Rugby").

use super::*;

/// `country_and_common_noun_is_a_body`: a capitalised run `t0..t1` made of a country's
/// name and one more capitalised word, after it or before it ("New Zealand Rugby",
/// "Cricket Australia"), whose lower-case form the article also uses as a noun (after a
/// determiner or a possessive: "the rugby season", "women's cricket"), names
/// a national body (a sport's governing body, a public service): a common noun is no one's
/// given name or surname here. So does such a run that opens the name of a body elsewhere
/// in the article ("New Zealand Rugby" beside "the New Zealand Rugby Players'
/// Association"). Returns the span of the name (determiners skipped).
pub(crate) fn country_and_common_noun_is_a_body(
    doc: &Doc,
    gaz: &Gaz,
    t0: usize,
    t1: usize,
) -> Option<(usize, usize)> {
    let s = doc.skip_determiners(t0, t1);
    if t1 < s + 2 || doc.in_quote[s] {
        return None;
    }
    let country = |j: usize| match gaz[j] {
        Some((Known::Country(_), len)) => Some(len),
        _ => None,
    };
    let word = if country(s).is_some_and(|len| s + len + 1 == t1) {
        t1 - 1
    } else if country(s + 1).is_some_and(|len| s + 1 + len == t1) {
        s
    } else {
        return None;
    };
    let t = doc.toks[word];
    if !t.word || t.allcaps || (t.poss && word + 1 < t1) {
        return None;
    }
    let lower = doc.t(word).to_lowercase();
    let n = doc.toks.len();
    // A noun, not a function word ("From Russia's view", "Now Ukraine"): the lower-case
    // form stands after a determiner or a possessive somewhere ("the rugby", "women's rugby").
    let common = (1..n).any(|k| {
        doc.toks[k].word
            && !doc.toks[k].cap
            && doc.t(k) == lower
            && (doc.lower_is(k - 1, determiners()) || doc.toks[k - 1].poss)
    });
    // "New Zealand Rugby Players' Association" elsewhere: the words open a body's name.
    let len = t1 - s;
    let opens_a_body = (0..n.saturating_sub(len + 1)).any(|k| {
        (0..len).all(|i| doc.t(k + i) == doc.t(s + i))
            && doc.toks[k + len].word
            && doc.toks[k + len].cap
            && (k + len..(k + len + 5).min(n))
                .take_while(|&j| {
                    doc.toks[j].word && doc.toks[j].cap || matches!(doc.t(j), "'" | "’")
                })
                .any(|j| doc.has(j, F_ORG))
    });
    (common || opens_a_body).then_some((s, t1))
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};
    use crate::records::ActorKind;

    #[test]
    fn country_and_common_noun_is_a_body() {
        let v = actors(
            "New Zealand Rugby said on Monday that women's rugby would get more money. \
             Cricket Australia agreed with the plan, and the cricket season opens.\n",
        );
        for name in ["New Zealand Rugby", "Cricket Australia"] {
            assert!(
                v.iter()
                    .any(|a| a.name == name && a.kind == ActorKind::Organization),
                "{name}: {v:#?}"
            );
        }
        assert!(v.iter().all(|a| a.name != "Rugby"), "{v:#?}");
        assert_eq!(side(&v, "New Zealand Rugby"), Some("New Zealand Rugby"));
        let v = actors(
            "Fiji Hockey and the Fiji Hockey Players Union met on Monday. Fiji Hockey said the \
             offer stood.\n",
        );
        assert!(
            v.iter()
                .any(|a| a.name == "Fiji Hockey" && a.kind == ActorKind::Organization),
            "{v:#?}"
        );
        // A function word before a country is no body's name.
        let v = actors(
            "From Russia's view the talks failed. Now Ukraine said it would wait from May.\n",
        );
        assert!(
            v.iter().all(|a| a.kind != ActorKind::Organization),
            "{v:#?}"
        );
        // A surname after a nationality is still a person's when no plain word matches it.
        let v = actors("Canadian Tremblay said on Monday that the deal was dead.\n");
        assert!(
            v.iter().all(|a| a.kind != ActorKind::Organization),
            "{v:#?}"
        );
    }
}
