//! Entities: names that the role before them shows to be a body's, and bodies named again
//! by their head word.

use super::*;

/// `leader_of_name_is_a_body`: a capitalised name at `t0` right after "of" (or "of the")
/// and a lower-case title of someone who leads, founded or belongs to a body
/// (`data/body_leader_titles.txt`: "the head of NAME", "a founder of NAME") is that body's
/// name, not a person's: people lead bodies, not people. A name in the possessive ("the
/// head of NAME's office") is left to the other rules.
pub(crate) fn leader_of_name_is_a_body(doc: &Doc, t0: usize, t1: usize) -> bool {
    let mut k = t0;
    if k > 0 && doc.lower_is(k - 1, &["the"]) {
        k -= 1;
    }
    if k < 2 || !doc.lower_is(k - 1, &["of"]) {
        return false;
    }
    // "members of the House of Representatives": the run is only part of the name.
    let n = doc.toks.len();
    if t1 + 1 < n && doc.lower_is(t1, &["of", "for", "and"]) && doc.toks[t1 + 1].cap {
        return false;
    }
    let title = k - 2;
    let t = doc.toks[title];
    t.word
        && !t.cap
        && crate::wordlists::body_leader_titles().contains(&doc.t(title))
        && (t0..t1).all(|j| !doc.toks[j].poss && !doc.has(j, F_HEAD))
}

/// `head_word_names_the_body_again`: "the Guild", "the Commission": one capitalised word
/// at `s` that heads organisation names ("Guild", "Union", "Authority"), right after "the"
/// and not followed by more of a name, names again the body of the article whose name holds
/// that word, when exactly one body named before does (the one named last of those that
/// do otherwise). Returns the body.
pub(crate) fn head_word_names_the_body_again(
    doc: &Doc,
    ents: &Entities,
    s: usize,
) -> Option<usize> {
    let n = doc.toks.len();
    if s == 0 || !doc.lower_is(s - 1, &["the"]) || !doc.has(s, F_ORG) || doc.toks[s].allcaps {
        return None;
    }
    if s + 1 < n
        && (doc.toks[s + 1].cap && doc.toks[s + 1].word
            || doc.lower_is(s + 1, &["of", "for", "on"]))
    {
        return None;
    }
    let word = doc.t(s).trim_end_matches("'s").trim_end_matches("’s");
    ents.mentions
        .iter()
        .filter(|m| m.t1 <= s)
        .filter_map(|m| match m.kind {
            MKind::Org(o) if m.t1 - m.t0 >= 2 => Some((m.t0, o)),
            _ => None,
        })
        .filter(|&(_, o)| ents.orgs[o].name.split_whitespace().any(|w| w == word))
        .max()
        .map(|(_, o)| o)
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::actors;
    use crate::records::ActorKind;

    #[test]
    fn head_word_names_the_body_again() {
        let v = actors(
            "The Screen Producers Guild of Ruritania met the writers on Monday. The Guild said \
             it would accept \"credit in all titles\" but not on posters.\n",
        );
        let g = v
            .iter()
            .find(|a| a.name == "Screen Producers Guild of Ruritania");
        assert!(
            g.is_some_and(|g| g.mentions.iter().any(|m| m == "Guild")),
            "{v:#?}"
        );
    }

    #[test]
    fn leader_of_name_is_a_body() {
        let v = actors(
            "Olha Marchenko has spent two years on such files. The head of Nova Nadiya, a \
             charity in Odesa, she was at the border on Friday.\n",
        );
        assert!(
            v.iter()
                .any(|a| a.name == "Nova Nadiya" && a.kind == ActorKind::Organization),
            "{v:#?}"
        );
        assert!(
            v.iter()
                .all(|a| a.name != "Nova Nadiya" || a.kind != ActorKind::Person),
            "{v:#?}"
        );
        // Part of a longer name is no body of its own.
        let v =
            actors("She told members of the House of Delegates on Monday that talks had failed.\n");
        assert!(v.iter().all(|a| a.name != "House"), "{v:#?}");
        // A person after a title that is no leader's stays a person.
        let v = actors("\"No,\" said a spokesman of Governor Ana Ruiz, Tomas Vidal, on Monday.\n");
        assert!(v.iter().any(|a| a.name == "Tomas Vidal"), "{v:#?}");
    }
}
