//! Attribution: speakers set off by commas before a reporting verb ("…, the union's chief
//! negotiator, NAME, said"; "The ministry, in a statement on its website, said"), and a
//! name set in apposition to a role.

use super::*;

/// `aside_holding_name_before_cue`: "The ministry, in a statement signed by its press
/// director, NAME, said …": when the name set off by commas right before the verb `c`
/// closes an aside that opens with a preposition after the sentence's first phrase, the
/// name signs or delivers the words and the first phrase is the speaker. Gives the comma
/// that closes the first phrase (it starts at `sa`).
pub(crate) fn aside_holding_name_before_cue(doc: &Doc, sa: usize, c: usize) -> Option<usize> {
    let close = c.checked_sub(1).filter(|&k| k > sa && doc.is(k, ","))?;
    let name_open = (sa..close).rev().take(6).find(|&k| doc.is(k, ","))?;
    let first = (sa..name_open).find(|&k| doc.is(k, ","))?;
    let opens_aside = doc.lower_is(
        first + 1,
        &[
            "in", "on", "through", "via", "with", "under", "after", "during",
        ],
    );
    (opens_aside && first > sa && name_open - first <= 16 && !(sa..c).any(|k| doc.in_quote[k]))
        .then_some(first)
}

/// `name_in_commas_before_cue`: "Their adviser, Dr. NAME, told me that ...": a person's name
/// set off by commas right before the reporting verb at `c` is its subject (the words
/// before it describe the person).
pub(crate) fn name_in_commas_before_cue(
    doc: &Doc,
    ents: &Entities,
    sa: usize,
    c: usize,
) -> Option<(String, String)> {
    let comma = c.checked_sub(1)?;
    if comma <= sa || !doc.is(comma, ",") {
        return None;
    }
    let m = ents
        .within(sa, comma)
        .filter(|m| m.t1 == comma && matches!(m.kind, MKind::Person(_)))
        .last()?;
    let MKind::Person(p) = m.kind else {
        return None;
    };
    let mut open = m.t0.checked_sub(1)?;
    if doc.is(open, ".") || doc.toks[open].word && doc.toks[open].cap {
        // A title or honorific the name's mention left out ("Dr.", "General").
        open = open.saturating_sub(if doc.is(open, ".") { 2 } else { 1 });
    }
    (open > sa && doc.is(open, ",")).then(|| {
        (
            ents.persons[p].name.clone(),
            doc.span(m.t0, m.t1).to_string(),
        )
    })
}

/// `role_then_name_before_cue`: “...,” the union's chief negotiator, NAME, said: after a
/// quotation, a role of at most ten words closed by a comma, a person's name closed by a
/// comma, then the reporting verb. Gives the verb's token.
pub(crate) fn role_then_name_before_cue(
    ex: &Extractor,
    doc: &Doc,
    ents: &Entities,
    k: usize,
    s_end: usize,
) -> Option<usize> {
    let c1 = (k..s_end.min(k + 11)).find(|&e| doc.is(e, ","))?;
    if c1 == k || (k..c1).any(|j| ex.is_cue(doc, j)) {
        return None;
    }
    let m = ents
        .within(c1 + 1, s_end)
        .find(|m| m.t0 == c1 + 1 && matches!(m.kind, MKind::Person(_)))?;
    if !doc.is(m.t1, ",") {
        return None;
    }
    Some(m.t1 + 1).filter(|&c| c < s_end && ex.is_cue(doc, c))
}

/// `name_apposed_to_role`: "according to the union's chair, NAME, ...": when the source
/// after "according to" is a role that names nobody and ends at the comma `comma`, the
/// words from there to the next comma (at most six, before `limit`) are the name set in
/// apposition to it. Gives their token range.
pub(crate) fn name_apposed_to_role(
    doc: &Doc,
    comma: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    if comma >= limit || !doc.is(comma, ",") {
        return None;
    }
    let a = comma + 1;
    let b = (a..limit.min(a + 7)).find(|&k| !doc.toks[k].word || doc.in_quote[k])?;
    (b > a && doc.is(b, ",") && doc.toks[a].cap).then_some((a, b))
}

/// `parenthetical_before_cue`: "The Dockers' Guild, a group that speaks for 900 crews, said
/// …", "The ministry, in a post on its website, called …": when the words right before a
/// reporting verb are an apposition or a prepositional aside set off by commas (they open
/// with an article or a preposition), the speaker is the noun phrase before that aside. Gives
/// the token range of that phrase (back to the previous comma or the sentence start).
pub(crate) fn parenthetical_before_cue(
    doc: &Doc,
    sa: usize,
    b: usize,
    c: usize,
) -> Option<(usize, usize)> {
    if b <= sa + 1 || !doc.is(b - 1, ",") || c <= b {
        return None;
    }
    let aside = doc.lower_is(
        b,
        &[
            "a", "an", "the", "in", "on", "at", "with", "after", "during", "through", "via",
            "which", "who", "whose", "one", "its", "their",
        ],
    );
    // The aside closes with a comma right before the verb (", said"), or runs up to it.
    if !aside {
        return None;
    }
    let end = b - 1;
    let mut start = end;
    while start > sa
        && !matches!(doc.t(start - 1), "," | ";" | ":" | "”" | "\"" | "(" | "—")
        && end - start < 10
    {
        start -= 1;
    }
    (start < end).then_some((start, end))
}

/// `body_in_opening_apposition` (for `it_after_body_in_apposition` and subjectless cues):
/// "Their association, the FDMA, said …": a sentence whose opening noun phrase (at most five words) is followed by a body or state set off by
/// commas names that body as its subject. Gives the body's mention.
pub(crate) fn body_in_opening_apposition(
    doc: &Doc,
    ents: &Entities,
    start: usize,
    pb: usize,
) -> Option<Mention> {
    let c1 = (start + 1..(start + 6).min(pb)).find(|&k| doc.is(k, ","))?;
    let c2 = (c1 + 2..(c1 + 8).min(pb)).find(|&k| doc.is(k, ","))?;
    ents.within(c1 + 1, c2)
        .find(|m| {
            m.t1 == c2 && !doc.in_quote[m.t0] && matches!(m.kind, MKind::Org(_) | MKind::Country(_))
        })
        .copied()
}

#[cfg(test)]
mod tests {
    use crate::extract::test_speaker as speaker;

    #[test]
    fn body_in_opening_apposition() {
        let t = "Talks resumed on Monday.\n\nOne of the groups, the Northvale Dockers Federation, \
published a letter on Monday saying it would attend \"without conditions.\"\n";
        assert_eq!(
            speaker(t, "without").as_deref(),
            Some("Northvale Dockers Federation")
        );
    }

    #[test]
    fn aside_holding_name_before_cue() {
        let t = "Talks resumed on Monday.\n\nThe Northvale Harbour Board, in a statement signed by its \
press director, Ms. Ilse Varga, said the tolls were \"fair and final.\"\n";
        assert_eq!(
            speaker(t, "fair and").as_deref(),
            Some("Northvale Harbour Board")
        );
    }

    #[test]
    fn name_in_commas_before_cue() {
        let t = "Talks resumed on Monday.\n\nThe rebels were not there. Their adviser, Dr. Omar \
                 Haddad, told reporters that they were \"ready for a ceasefire\".\n";
        assert_eq!(speaker(t, "ready for").as_deref(), Some("Omar Haddad"));
    }

    #[test]
    fn role_then_name_before_cue() {
        let t = "Nurses walked out on Monday. Lena Berg of the nurses' union said they would \
                 \"stay out\".\n\n\"We went as far as the budget allows,\" the employers' \
                 director of negotiations for the hospital sector, Markus Rantala, said in a \
                 statement.\n";
        assert_eq!(
            speaker(t, "We went as far").as_deref(),
            Some("Markus Rantala")
        );
    }

    #[test]
    fn name_apposed_to_role() {
        let t = "The Green Left party wants a rent freeze.\n\nAccording to the party's group \
                 chair, Lena Holm, that condition \"is not negotiable.\"\n\nRents rose again \
                 in May, according to the housing office's director, Per Lund, who called it \
                 \"the worst year\".\n";
        assert_eq!(
            speaker(t, "is not negotiable").as_deref(),
            Some("Lena Holm")
        );
    }

    #[test]
    fn parenthetical_before_cue() {
        let t = "Talks on the ferry contract resumed on Monday.\n\nThe Dockers Guild, a group \
                 that speaks for 900 crews, said the offer was \"an insult to every deckhand\".\n\n\
                 Norway's transport ministry, in a post on its website, called the offer \
                 \"fair and final\".\n";
        assert_eq!(speaker(t, "an insult").as_deref(), Some("Dockers Guild"));
        assert_eq!(speaker(t, "fair and final").as_deref(), Some("Norway"));
    }
}
