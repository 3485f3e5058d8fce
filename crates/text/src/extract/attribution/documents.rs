//! Attribution: a document as the speaker ("the statement said").

use super::*;
use crate::extract::claims::subjects::document_nouns;

/// Sentences before a quotation searched for the document's issuer.
const ISSUER_SENTENCES: usize = 3;

/// The head of a speaker phrase `t0..t1` that names a document by a common noun: "the" (or
/// "the same"/"that"), at most two lower-case words, and a noun of
/// `data/stance_document_nouns.txt` ("the statement", "the joint communiqué"). `None` when
/// the phrase is anything else.
pub(crate) fn document_phrase(doc: &Doc, t0: usize, t1: usize) -> Option<usize> {
    if t1 <= t0 + 1 || t1 - t0 > 4 || !doc.lower_is(t0, &["the", "that", "this"]) {
        return None;
    }
    let h = t1 - 1;
    let words_ok = (t0 + 1..t1).all(|k| doc.toks[k].word && !doc.toks[k].cap && !doc.in_quote[k]);
    (words_ok && document_nouns().contains(doc.t(h).to_lowercase().as_str())).then_some(h)
}

impl Extractor {
    /// `statement_speaks_for_its_issuer`: "“…,” the statement said", "the communiqué
    /// added": a speaker phrase that names a document by a common noun (see
    /// [`document_phrase`]) speaks for whoever issued it: in the latest of the three
    /// sentences before the quotation (its own included) that names a document of the same
    /// noun outside quotation marks, the first person, body or state named before that noun
    /// ("The Ministry of Labour issued a statement on Tuesday."). `None` when no such
    /// sentence names one; the phrase then names someone unknown.
    pub(crate) fn document_issuer(
        &self,
        doc: &Doc,
        ents: &Entities,
        t0: usize,
        t1: usize,
    ) -> Option<(String, String)> {
        let h = document_phrase(doc, t0, t1)?;
        let noun = doc.t(h).to_lowercase();
        let si = doc.sent_of[t0];
        let lo = si.saturating_sub(ISSUER_SENTENCES - 1);
        for s in (lo..=si).rev() {
            let (sa, sb) = doc.sents[s];
            let end = if s == si { t0 } else { sb };
            let Some(k) = (sa..end)
                .rev()
                .find(|&k| !doc.in_quote[k] && doc.t(k).eq_ignore_ascii_case(&noun))
            else {
                continue;
            };
            let issuer = ents
                .within(sa, k)
                .filter(|m| !doc.in_quote[m.t0])
                .find_map(|m| match m.kind {
                    MKind::Person(p) => Some(ents.persons[p].name.clone()),
                    MKind::Org(o) => Some(ents.orgs[o].name.clone()),
                    MKind::Country(c) => Some(ents.countries[c].name.clone()),
                    _ => None,
                });
            return issuer.map(|name| (name, doc.span(t0, t1).to_string()));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_speaker;

    #[test]
    fn statement_speaks_for_its_issuer() {
        let t = "Tarn Mining said its chief, Ada Pell, would speak later. The Ministry of \
                 Labour issued a statement on Tuesday. \u{201c}The deal is fair,\u{201d} the \
                 statement said.\n";
        assert_eq!(
            test_speaker(t, "The deal").as_deref(),
            Some("Ministry of Labour")
        );
    }

    #[test]
    fn a_note_speaks_for_its_authors_body() {
        let t = "\u{201c}We wait,\u{201d} said Ada Pell of Tarn Mining. Analysts at Condor \
                 Capital wrote in a note on Monday that pay would rise. \u{201c}Expect more \
                 strikes,\u{201d} the note said.\n";
        assert_eq!(test_speaker(t, "Expect").as_deref(), Some("Condor Capital"));
    }

    #[test]
    fn a_statement_nobody_issued_names_no_one() {
        let t = "\u{201c}We wait,\u{201d} said Ada Pell of Tarn Mining. \u{201c}The deal is \
                 fair,\u{201d} the statement said.\n";
        assert_eq!(test_speaker(t, "The deal"), None);
    }
}
