//! Claims, terms of a document: a verb of terms (`data/stance_terms_verbs.txt`: "keeps",
//! "provides for", "sets") whose subject is a document ("The revised offer keeps a two-year
//! structure") reports the position of the document's author, as a stance verb would.

use super::positions::{object_end, verb_group_before, Subject};
use super::*;

/// The forms of the verbs of terms, each with the particle it needs, if any.
fn terms_verbs() -> &'static HashMap<String, Option<String>, FxBuild> {
    static W: std::sync::OnceLock<HashMap<String, Option<String>, FxBuild>> =
        std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut m = HashMap::default();
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

/// Every form of the verbs of terms.
pub(crate) fn terms_verb_forms() -> impl Iterator<Item = &'static String> {
    terms_verbs().keys()
}

/// Whether the token at `k` is a lower-case form of a verb of terms.
pub(crate) fn is_terms_verb(doc: &Doc, k: usize) -> bool {
    doc.toks[k].word && !doc.toks[k].cap && terms_verbs().contains_key(doc.t(k))
}

impl Extractor {
    /// Whether a noun phrase headed by a document noun ends right before token `end`
    /// (within sentence start `a`).
    pub(crate) fn document_phrase_ends_at(&self, doc: &Doc, a: usize, end: usize) -> bool {
        end > a && doc.toks[end - 1].word && {
            let head = doc.t(end - 1).to_lowercase();
            let singular = head.strip_suffix('s').unwrap_or(&head);
            super::subjects::document_nouns().contains(head.as_str())
                || super::subjects::document_nouns().contains(singular)
        }
    }

    /// `document_states_its_terms`: a verb of terms at `v` (in sentence `a..b`, with its
    /// particle when it needs one, after any verb group but no modal of speculation) whose
    /// subject, the noun phrase right before that group, is headed by a document noun
    /// (`data/stance_document_nouns.txt`: "The revised offer keeps ...", "The American
    /// draft would have sent ...") reports the position of the document's author, found as
    /// for a document subject of a stance verb (`document_speaks_for_its_author`); the
    /// claim is the verb's object, to the end of its clause, of two words or more. A
    /// document whose author neither it nor an earlier mention names belongs to the speaker
    /// of the latest earlier claim that put it forward (`document_owner_from_earlier_claim`).
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
        // "The proposal, presented by the mayor, would close ...": the head before the
        // apposition.
        let mut end = group.start;
        let mut apposition = None;
        if doc.is(end - 1, ",") {
            let close = end - 1;
            let open = (a..close).rev().take(25).find(|&k| doc.is(k, ","))?;
            apposition = Some((open, close));
            end = open;
        }
        let h = end.checked_sub(1).filter(|&h| h >= a && doc.toks[h].word)?;
        let w0 = self.phrase_before(doc, a, h);
        let head = doc.t(h).to_lowercase();
        let singular = head.strip_suffix('s').unwrap_or(&head);
        if !(super::subjects::document_nouns().contains(head.as_str())
            || super::subjects::document_nouns().contains(singular))
        {
            return None;
        }
        let mut subject = self.unnamed_official(doc, ents, w0, end)?;
        if subject.0.is_empty() {
            let owner = apposition
                .and_then(|(open, close)| author_in_apposition(doc, ents, open, close))
                .or_else(|| owner_of_earlier_document(earlier, &head));
            if let Some(owner) = owner {
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

/// Rule `document_author_in_apposition`: an apposition `open..close` (between commas) after
/// a document that opens with a past participle and "by" ("The offer, tabled by the
/// Harbour Pilots' Guild at the second round, ...", "the plan, drawn up by Norway, ...")
/// names the document's author: the body, state or person named right after "by" (after
/// "the" at most).
pub(crate) fn author_in_apposition(
    doc: &Doc,
    ents: &Entities,
    open: usize,
    close: usize,
) -> Option<String> {
    let by = (open + 2..(open + 4).min(close)).find(|&k| doc.lower_is(k, &["by"]))?;
    let participle = doc.t(by - 1).to_lowercase();
    if doc.toks[by - 1].cap || !(participle.ends_with("ed") || participle.ends_with("en")) {
        return None;
    }
    let m = ents
        .within(by + 1, close)
        .find(|m| m.t0 <= by + 2 && !doc.toks[m.t1 - 1].poss)?;
    match m.kind {
        MKind::Org(o) => Some(ents.orgs[o].name.clone()),
        MKind::Country(c) => Some(ents.countries[c].name.clone()),
        MKind::Person(p) => Some(ents.persons[p].name.clone()),
        _ => None,
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
        // `document_author_in_apposition`.
        let cs = claims(&format!(
            "{LEAD}The proposal, drafted by the Dockers Federation last week, would close the \
night shift.\n"
        ));
        let c = claim(&cs, "close");
        assert_eq!(c.speaker.as_deref(), Some("Dockers Federation"));
        assert_eq!(c.text, "the night shift");
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
