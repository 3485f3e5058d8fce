//! Rule `it_after_body_subject`: "it" as the subject of a stance or reporting verb stands
//! for the body, state or document that is the subject of the sentence before.

use super::positions::SENTENCE_CONJUNCTIONS;
use super::*;

impl Extractor {
    /// `it_after_body_subject`: "it" as a subject stands for the body or state that is the
    /// subject of the sentence before (its first mention, within its first four words after
    /// any article) when no person comes between; otherwise nobody (no guess). A sentence
    /// that itself opens with "it" (after "and", "but", "yet" or "so") passes the search to
    /// the one before it, up to three sentences back (`it_continues_an_earlier_it`). A body
    /// the entity stage did not name ("The water authority said ...") or a document ("The
    /// Latvian draft proposes ...") is the subject too, as such a subject of a
    /// stance verb is (`it_after_unnamed_body_subject`).
    pub(crate) fn body_subject_before(
        &self,
        doc: &Doc,
        ents: &Entities,
        a: usize,
        it: usize,
    ) -> Option<(String, String)> {
        let s = doc.sent_of[a];
        if s == 0 || it != a && doc.sent_of[it] != s {
            return None;
        }
        let mut k = s - 1;
        loop {
            let (pa, pb) = doc.sents[k];
            // A person or pronoun inside a quotation is the quotation's, not a subject.
            if ents
                .within(pa, pb)
                .any(|m| matches!(m.kind, MKind::Person(_) | MKind::Pronoun) && !doc.in_quote[m.t0])
            {
                return None;
            }
            let opens = if doc.lower_is(pa, SENTENCE_CONJUNCTIONS) {
                pa + 1
            } else {
                pa
            };
            if opens < pb && doc.lower_is(opens, &["it"]) {
                if k == 0 || s - k >= 3 {
                    return None;
                }
                k -= 1;
                continue;
            }
            let start = doc.skip_determiners(pa, pb);
            let found = ents
                .within(start, (start + 4).min(pb))
                .find(|m| !doc.in_quote[m.t0] && !doc.toks[m.t1 - 1].poss)
                .copied()
                .or_else(|| body_in_opening_apposition(doc, ents, start, pb))
                .or_else(|| possessor_of_opening_document(doc, ents, start, pb));
            if let Some(m) = found {
                let name = match m.kind {
                    MKind::Org(o) => ents.orgs[o].name.clone(),
                    MKind::Country(c) if !self.locative(doc, m.t0) => {
                        ents.countries[c].name.clone()
                    }
                    _ => return None,
                };
                return Some((name, doc.t(it).to_string()));
            }
            // "The water authority said ...": an unnamed body before the sentence's verb.
            let v = (pa..pb)
                .find(|&j| doc.verb_group(&self.lx, j).is_some() || doc.has(j, F_CUE | F_STANCE))?;
            let w0 = self.phrase_before(doc, pa, v);
            if w0 != pa || v <= pa + 1 {
                return None;
            }
            return self.unnamed_official(doc, ents, w0, v);
        }
    }
}

/// `it_after_document_of_a_body`: "The federation's list of demands … calls for …": a
/// sentence that opens with a body or state in the possessive followed, within three words,
/// by a document noun (`data/stance_document_nouns.txt`) has that body as its subject, the
/// document speaking for it. Gives the possessor's mention.
fn possessor_of_opening_document(
    doc: &Doc,
    ents: &Entities,
    start: usize,
    pb: usize,
) -> Option<Mention> {
    let m = ents
        .within(start, (start + 3).min(pb))
        .find(|m| m.t0 == start && doc.toks[m.t1 - 1].poss && !doc.in_quote[m.t0])
        .copied()?;
    let docs = super::subjects::document_nouns();
    (m.t1..(m.t1 + 4).min(pb))
        .any(|k| docs.contains(doc.t(k).to_lowercase().as_str()))
        .then_some(m)
}

#[cfg(test)]
mod tests {
    use super::super::{claim_with_cue as claim, claims_of_test_text as claims, TEST_LEAD as LEAD};
    use crate::records::Claim;

    #[test]
    fn it_stands_for_a_body_in_apposition_or_the_owner_of_a_document() {
        let cs = claims(&format!(
            "{LEAD}Their association, the Ferry Operators Federation, said that fares must \
stay. It proposed a winter timetable.\n\nThe Ferry Operators Federation's plan calls for two \
more berths. It also demands that night crossings stay.\n"
        ));
        let p = claim(&cs, "proposed");
        assert_eq!(p.speaker.as_deref(), Some("Ferry Operators Federation"));
        let d = claim(&cs, "demands");
        assert_eq!(d.speaker.as_deref(), Some("Ferry Operators Federation"));
    }

    #[test]
    fn a_pronoun_inside_a_quotation_does_not_block_it() {
        let cs = claims(&format!(
            "{LEAD}The Ferry Operators Federation called the plan “a timetable that only works when \
it is sunny.” It rejected the new fares.\n"
        ));
        let r = claim(&cs, "rejected");
        assert_eq!(r.speaker.as_deref(), Some("Ferry Operators Federation"));
    }

    #[test]
    fn it_stands_for_the_body_of_the_sentence_before_or_for_nobody() {
        let text = format!(
            "{LEAD}The European Commission met the two delegations on Tuesday. It welcomed \
the new timetable for the vote.\n\nMinister Ilse Varga met the envoys. It welcomed the \
decision to wait.\n"
        );
        let cs = claims(&text);
        let ws: Vec<&Claim> = cs
            .iter()
            .filter(|c| c.cue.as_deref() == Some("welcomed"))
            .collect();
        assert_eq!(ws.len(), 1, "{cs:#?}");
        assert_eq!(ws[0].speaker.as_deref(), Some("European Commission"));
    }
}
