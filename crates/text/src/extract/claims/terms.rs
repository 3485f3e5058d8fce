//! Claims, terms of a document: a verb of terms (`data/stance_terms_verbs.txt`: "keeps",
//! "provides for", "sets") whose subject is a document ("The revised offer keeps a two-year
//! structure") reports the position of the document's author, as a stance verb would.

use super::positions::{object_end, verb_group_before, Subject};
use super::*;

/// The forms of the verbs of terms, each with the particle it needs, if any.
fn terms_verbs() -> &'static std::collections::HashMap<String, Option<String>> {
    static W: std::sync::OnceLock<std::collections::HashMap<String, Option<String>>> =
        std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for line in crate::wordlists::entries(include_str!("../../../data/stance_terms_verbs.txt"))
        {
            match line.split_once('+') {
                Some((form, particle)) => {
                    m.insert(form.trim().to_string(), Some(particle.trim().to_string()));
                }
                None => {
                    for w in line.split_whitespace() {
                        m.insert(w.to_string(), None);
                    }
                }
            }
        }
        m
    })
}

/// Whether the token at `k` is a lower-case form of a verb of terms.
pub(crate) fn is_terms_verb(doc: &Doc, k: usize) -> bool {
    doc.toks[k].word && !doc.toks[k].cap && terms_verbs().contains_key(doc.t(k))
}

impl Extractor {
    /// `document_states_its_terms`: a verb of terms at `v` (in sentence `a..b`, with its
    /// particle when it needs one, after any verb group but no modal of speculation) whose
    /// subject, the noun phrase right before that group, is headed by a document noun
    /// (`data/stance_document_nouns.txt`: "The revised offer keeps ...", "The American
    /// draft would have sent ...") reports the position of the document's author, found as
    /// for a document subject of a stance verb (`document_speaks_for_its_author`); the
    /// claim is the verb's object, to the end of its clause, of two words or more. A
    /// document whose author neither it nor an earlier mention names belongs to the speaker
    /// of the latest earlier claim that put it forward (`document_owner_from_earlier_claim`).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn document_terms(
        &self,
        doc: &Doc,
        ents: &Entities,
        a: usize,
        b: usize,
        v: usize,
        earlier: &[FoundClaim],
    ) -> Option<(usize, usize, Subject)> {
        let particle = terms_verbs().get(doc.t(v))?;
        let mut o = v + 1;
        if let Some(p) = particle {
            if o >= b || !doc.lower_is(o, &[p.as_str()]) {
                return None;
            }
            o += 1;
        }
        let group = verb_group_before(&self.lx, doc, a, v);
        if group.maybe || group.be || group.start <= a {
            return None;
        }
        // The head may itself be a stance verb's form ("the offer"), which ends a phrase.
        let h = group.start - 1;
        if !doc.toks[h].word {
            return None;
        }
        let w0 = self.phrase_before(doc, a, h);
        let head = doc.t(h).to_lowercase();
        let singular = head.strip_suffix('s').unwrap_or(&head);
        if !(super::subjects::document_nouns().contains(head.as_str())
            || super::subjects::document_nouns().contains(singular))
        {
            return None;
        }
        let mut subject = self.unnamed_official(doc, ents, w0, group.start)?;
        if subject.0.is_empty() {
            if let Some(owner) = owner_of_earlier_document(earlier, &head) {
                subject.0 = owner;
            }
        }
        let e = object_end(self, doc, o, b);
        let mut e2 = e;
        while e2 > o && !doc.toks[e2 - 1].word {
            e2 -= 1;
        }
        let words = (o..e2).filter(|&k| doc.toks[k].word).count();
        if words < 2 {
            return None;
        }
        Some((o, e2, (subject, "document_speaks_for_its_author")))
    }
}

/// Rule `document_owner_from_earlier_claim`: the speaker of the latest of the `earlier`
/// claims whose text opens with the document noun `head` among its first four words ("put
/// forward a plan to settle the dispute": "a plan ..."), when that speaker is named: who put
/// the document forward is its author.
fn owner_of_earlier_document(earlier: &[FoundClaim], head: &str) -> Option<String> {
    earlier.iter().rev().find_map(|f| {
        let names = f
            .claim
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| w.eq_ignore_ascii_case(head));
        f.claim.speaker.clone().filter(|_| names)
    })
}

#[cfg(test)]
mod tests {
    use super::super::{claim_with_cue as claim, claims_of_test_text as claims, TEST_LEAD as LEAD};

    #[test]
    fn document_states_its_terms() {
        let cs = claims(&format!(
            "{LEAD}The Latvian offer keeps a two-year structure. The draft provides for \
elections within a year.\n"
        ));
        let c = claim(&cs, "keeps");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert_eq!(c.text, "a two-year structure");
        let c = claim(&cs, "provides");
        assert_eq!(c.text, "elections within a year");
        // `document_owner_from_earlier_claim`.
        let cs = claims(&format!(
            "{LEAD}The Dockers Federation on Monday proposed a plan to end the dispute. The \
plan keeps the night shift at four crews.\n"
        ));
        let c = claim(&cs, "keeps");
        assert_eq!(c.speaker.as_deref(), Some("Dockers Federation"));
    }

    #[test]
    fn a_verb_of_terms_needs_a_document_subject() {
        let cs = claims(&format!(
            "{LEAD}The delegates kept a two-year structure. The weather provides for a late \
harvest.\n"
        ));
        assert!(cs
            .iter()
            .all(|c| !matches!(c.cue.as_deref(), Some("kept" | "provides"))));
    }
}
