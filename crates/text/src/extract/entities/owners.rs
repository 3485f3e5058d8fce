//! Entities: a person's side from the body that owns the role written before the name.

use super::*;

/// Rules whose side is a guess from an office's words alone, which a body named as the
/// owner of the person's role outranks.
const GUESSED_SIDE_RULES: &[&str] = &[
    "office_side",
    "government_title_takes_dominant_country",
    "government_role_takes_dominant_country",
];

impl Extractor {
    /// The body owning a role that ends right before token `comma` (a comma before a
    /// name): a body in the possessive ("the UN's special envoy", "Acme's counsel") or a
    /// body followed by "whose" ("the League, whose deputy chair"), at most ten words
    /// before in the same sentence, with no other person, comma or quotation between the
    /// owner and the comma.
    fn role_owner_before(&self, doc: &Doc, ents: &Entities, comma: usize) -> Option<usize> {
        let sa = doc.sents[doc.sent_of[comma]].0;
        let lo = sa.max(comma.saturating_sub(10));
        let mut k = comma;
        while k > lo {
            k -= 1;
            if doc.in_quote[k] || doc.is(k, ",") && !doc.lower_is(k + 1, &["whose"]) {
                return None;
            }
            if ents
                .within(k, k + 1)
                .any(|m| matches!(m.kind, MKind::Person(_)))
            {
                return None;
            }
            let ends_here = |end: usize| {
                ents.within(sa, end)
                    .filter(|m| m.t1 == end)
                    .find_map(|m| match m.kind {
                        MKind::Org(o) => Some(o),
                        _ => None,
                    })
            };
            if doc.lower_is(k, &["whose"]) {
                let end = if k > sa && doc.is(k - 1, ",") {
                    k - 1
                } else {
                    k
                };
                return ends_here(end);
            }
            if doc.toks[k].poss && doc.toks[k].cap {
                return ends_here(k + 1);
            }
        }
        None
    }

    /// `body_owns_role_before_name`: a person named right after a comma that closes a role
    /// owned by a body ("the UN's special envoy, NAME", "the League, whose deputy chair,
    /// NAME", see [`Extractor::role_owner_before`]), with at most a title between the comma
    /// and the name, belongs to that body (to its country or parent for a state organ or a
    /// listed body). It outranks a side guessed from the office's words alone.
    pub(crate) fn body_owns_role_before_name(&self, doc: &Doc, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            let guessed = p
                .affiliation_rule
                .is_some_and(|r| GUESSED_SIDE_RULES.contains(&r));
            if (p.affiliation.is_some() && !guessed)
                || p.analyst
                || p.institution.is_some()
                || doc.in_quote[m.t0]
                || found.iter().any(|(x, _)| *x == pi)
            {
                continue;
            }
            let mut c = m.t0;
            while c > 0 && c + 2 > m.t0 && doc.toks[c - 1].cap && doc.has(c - 1, F_HEAD) {
                c -= 1;
            }
            if c < 2 || !doc.is(c - 1, ",") {
                continue;
            }
            let Some(o) = self.role_owner_before(doc, ents, c - 1) else {
                continue;
            };
            if let Some(side) = self.member_side(&ents.orgs[o]) {
                found.push((pi, side));
            }
        }
        for (pi, side) in found {
            let p = &mut ents.persons[pi];
            p.affiliation = Some(side);
            p.affiliation_rule = Some("body_owns_role_before_name");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_listed_body_in_the_possessive_owns_the_role() {
        let v = actors(
            "Greece and Turkey met again. The UN's special adviser on the island, Marta \
             Lindqvist, said talks would go on. Greece said it was ready.\n",
        );
        assert_eq!(side(&v, "Marta Lindqvist"), Some("United Nations"));
    }

    #[test]
    fn a_body_before_whose_owns_the_role() {
        let v = actors(
            "The talks were hosted by the Harbour Pilots Guild, whose deputy chair, Tomas \
             Berg, welcomed the offer.\n",
        );
        assert_eq!(side(&v, "Tomas Berg"), Some("Harbour Pilots Guild"));
    }

    #[test]
    fn another_person_between_owner_and_name_blocks_the_rule() {
        let v = actors("The AU's envoy met Omar Keita's deputy, Lina Dabo, on Monday.\n");
        assert_ne!(side(&v, "Lina Dabo"), Some("African Union"));
    }
}
