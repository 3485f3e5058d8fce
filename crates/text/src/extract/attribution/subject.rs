//! Attribution: the grammatical subject of each sentence.

#![allow(clippy::needless_range_loop)]

use super::*;

/// For each sentence, the person it is about (see [`sentence_subjects`]), and whether its
/// subject is someone the article does not name (see [`unnamed_title_is_the_subject`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct Subjects {
    person: Vec<Option<usize>>,
    /// The words of an unnamed subject ("The prime minister"), as a token range.
    unnamed: Vec<Option<(usize, usize)>>,
}

impl std::ops::Deref for Subjects {
    type Target = [Option<usize>];
    fn deref(&self) -> &[Option<usize>] {
        &self.person
    }
}

impl Subjects {
    /// The subject of the latest of the `take` sentences before sentence `s` whose subject
    /// is a person that `fits`, as (sentence, person); none when a sentence in between has
    /// an unnamed subject (a "he" after "The prime minister said ..." is the prime minister,
    /// not someone named earlier: no guess).
    pub(crate) fn latest_before(
        &self,
        s: usize,
        take: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        for k in (0..s).rev().take(take) {
            if self.unnamed[k].is_some() {
                return None;
            }
            if let Some(p) = self.person[k].filter(|&p| fits(p)) {
                return Some((k, p));
            }
        }
        None
    }

    /// The words of the unnamed subject that [`Subjects::latest_before`] stops at, if it
    /// stops at one.
    pub(crate) fn unnamed_before(&self, s: usize, take: usize) -> Option<(usize, usize)> {
        for k in (0..s).rev().take(take) {
            if let Some(span) = self.unnamed[k] {
                return Some(span);
            }
            if self.person[k].is_some() {
                return None;
            }
        }
        None
    }
}

/// For each sentence, the person it is about: the first person named (or resolved from a
/// title or pronoun) outside quotations.
pub(crate) fn sentence_subjects(doc: &Doc, ents: &Entities, ex: &Extractor) -> Subjects {
    let mut subj: Vec<Option<usize>> = vec![None; doc.sents.len()];
    let mut unnamed = vec![None; doc.sents.len()];
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
        let mut first_title = None;
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
            if matches!(m.kind, MKind::Title) && first_title.is_none() {
                first_title = Some(m);
            }
        }
        if subj[si].is_none() {
            subj[si] = possessor;
        }
        if subj[si].is_none() {
            unnamed[si] = first_title
                .filter(|m| unnamed_title_is_the_subject(doc, a, m))
                .map(|m| (a, m.t1));
        }
        if subj[si].is_some() {
            last = subj[si];
        } else if unnamed[si].is_some() {
            last = None;
        }
    }
    Subjects {
        person: subj,
        unnamed,
    }
}

/// `unnamed_title_is_the_subject`: a sentence that names no person as its subject but opens
/// with a definite title nobody in the article could be found for ("The prime minister
/// welcomed the decision ...", "The union's general secretary said ...") is about someone
/// the article does not name; a pronoun after it refers to that person, not to someone named
/// before it. The sentence opens with "the" and the title.
fn unnamed_title_is_the_subject(doc: &Doc, a: usize, m: &Mention) -> bool {
    doc.lower_is(a, &["the"]) && (m.t0 == a || m.t0 == a + 1)
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

    #[test]
    fn unnamed_title_is_the_subject() {
        // The pronoun follows a sentence about an unnamed office holder: no guess.
        let t = "Talks ended in Rivel on Monday.\n\nGuild chair Oskar Lind said the offer was \
                 too small. The prime minister welcomed the vote and told reporters the fund \
                 would stay. \"We will not reopen the fund,\" he said.\n";
        assert_eq!(speaker(t, "We will not reopen"), None);
        // With no unnamed subject in between, the pronoun keeps its antecedent.
        let t = "Talks ended in Rivel on Monday.\n\nGuild chair Oskar Lind said the offer was \
                 too small. Voting closes in May. \"We will not reopen the fund,\" he said.\n";
        assert_eq!(
            speaker(t, "We will not reopen").as_deref(),
            Some("Oskar Lind")
        );
    }
}
