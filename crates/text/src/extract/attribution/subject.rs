//! Attribution: the grammatical subject of each sentence.

#![allow(clippy::needless_range_loop)]

use super::*;

/// For each sentence, the person it is about: the first person named (or resolved from a
/// title or pronoun) outside quotations.
pub(crate) fn sentence_subjects(doc: &Doc, ents: &Entities, ex: &Extractor) -> Vec<Option<usize>> {
    let mut subj: Vec<Option<usize>> = vec![None; doc.sents.len()];
    let mut last: Option<usize> = None;
    let mut mi = 0;
    for (si, &(a, b)) in doc.sents.iter().enumerate() {
        while mi < ents.mentions.len() && ents.mentions[mi].t0 < a {
            mi += 1;
        }
        let mut k = mi;
        // "Diallo's response was brief.": a possessor is the subject only when the sentence
        // names nobody else.
        let mut possessor = None;
        while k < ents.mentions.len() && ents.mentions[k].t0 < b {
            let m = ents.mentions[k];
            k += 1;
            if doc.in_quote[m.t0] || is_speaker_label(doc, &m) {
                continue;
            }
            if doc.toks[m.t1 - 1].poss {
                if let (None, MKind::Person(p)) = (possessor, m.kind) {
                    possessor = Some(p);
                }
                continue;
            }
            // "Skyline chief executive Brian Castellano": a name used as a modifier before
            // role words and another name is not the subject.
            if modifier_before_role(doc, ex, m.t1) {
                continue;
            }
            let p = match m.kind {
                MKind::Person(p) => Some(p),
                MKind::Pronoun => last,
                MKind::Title if title_before_name(doc, ents, &m) => None,
                MKind::Title => ex.resolve_title(doc, ents, m),
                _ => None,
            };
            if p.is_some() {
                subj[si] = p;
                break;
            }
        }
        if subj[si].is_none() {
            subj[si] = possessor;
        }
        if subj[si].is_some() {
            last = subj[si];
        }
    }
    subj
}

/// `speaker_label_is_no_subject`: a name that opens a paragraph and is closed by a colon
/// (`OKELLO:`, `ANNA LUND (HOST):`) labels a transcript's turn; the sentence after it has
/// its own subject, so the label is neither that subject nor a pronoun's antecedent.
pub(crate) fn is_speaker_label(doc: &Doc, m: &Mention) -> bool {
    if !doc.toks[m.t0].para_start {
        return false;
    }
    let n = doc.toks.len();
    let mut k = m.t1;
    if k < n && doc.is(k, "(") {
        k = (k..n.min(k + 5))
            .find(|&j| doc.is(j, ")"))
            .map_or(k, |j| j + 1);
    }
    k < n && doc.is(k, ":")
}

#[cfg(test)]
mod tests {
    use crate::extract::test_speaker as speaker;

    #[test]
    fn speaker_label_is_no_subject() {
        let t = "HOST: What did the hosts say?\n\nOKAFOR: Malaysia's foreign minister, Farah \
                 Ismail, chaired the session. She called the deal \"small steps people can \
                 feel\" on Monday.\n";
        assert_eq!(speaker(t, "small steps").as_deref(), Some("Farah Ismail"));
        let t = "Talks ended.\n\nLena Holm, the envoy, met Ana Berg. According to her, \
                 \"nothing is agreed\".\n";
        assert!(speaker(t, "nothing is agreed").is_some());
    }
}
