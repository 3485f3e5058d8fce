//! Entities: a person's side from the body that owns the role written before the name.

use super::*;

/// Whether `p` has no side yet, or only one guessed from office words (which the rules of
/// this module outrank).
pub(super) fn side_is_open(p: &PersonAcc) -> bool {
    p.affiliation.is_none()
        || p.affiliation_rule
            .is_some_and(|r| GUESSED_SIDE_RULES.contains(&r))
}

/// Rules whose side is a guess from an office's words alone, which a body named as the
/// owner of the person's role outranks.
const GUESSED_SIDE_RULES: &[&str] = &[
    "office_side",
    "government_title_takes_dominant_country",
    "government_title_takes_dateline_country",
    "government_role_takes_dominant_country",
];

/// `description_from_body_before_name`: a person named right after a short description
/// that opens the sentence or follows a mark, with an article, and ends with a body after "from",
/// "at" or "with" ("An observer from the Lakeside Policy Institute, NAME, said", "A
/// lawyer with Dunmore Legal Aid, NAME, ...") belongs to that body (to its country or
/// parent for a state organ or a listed body). Returns the body ending at the comma.
fn description_from_body_before(doc: &Doc, ents: &Entities, comma: usize) -> Option<usize> {
    let sa = doc.sents[doc.sent_of[comma]].0;
    let (b0, o) = ents
        .within(sa, comma)
        .filter(|m| m.t1 == comma)
        .find_map(|m| match m.kind {
            MKind::Org(o) => Some((m.t0, o)),
            _ => None,
        })?;
    let mut p = b0;
    if p > sa && doc.lower_is(p - 1, &["the"]) {
        p -= 1;
    }
    if p == sa || !doc.lower_is(p - 1, &["from", "at", "with"]) {
        return None;
    }
    // Back from the preposition to the article opening the description: at most five
    // words, all lower case, none of them a quotation or a person.
    let lo = sa.max((p - 1).saturating_sub(6));
    let a = (lo..p - 1)
        .rev()
        .find(|&k| doc.lower_is(k, &["a", "an", "the"]))?;
    // It opens the sentence or follows a mark (a comma, a dash after a time stamp).
    let opens = a == sa || !doc.toks[a - 1].word;
    let clean = (a + 1..p - 1).all(|k| doc.toks[k].word && !doc.toks[k].cap && !doc.in_quote[k]);
    (opens && clean).then_some(o)
}

impl Extractor {
    /// The body owning a role that ends right before token `comma` (a comma before a
    /// name): a body in the possessive ("the UN's special envoy", "Acme's counsel", or by
    /// the initials of its name: "ACME's president and chief executive") or a
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
                // "ACME's president": a body named before by the initials of its name.
                let w = doc.t(k).trim_end_matches("'s").trim_end_matches("’s");
                return ends_here(k + 1).or_else(|| {
                    ents.orgs
                        .iter()
                        .position(|o| super::organs::acronym_of_name(w, &o.name))
                });
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
        let mut from_body: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if !side_is_open(p)
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
            if let Some(o) = self.role_owner_before(doc, ents, c - 1) {
                if let Some(side) = self.member_side(&ents.orgs[o]) {
                    found.push((pi, side));
                }
            } else if let Some(o) = description_from_body_before(doc, ents, c - 1) {
                if let Some(side) = self.member_side(&ents.orgs[o]) {
                    from_body.push((pi, side));
                }
            }
        }
        ents.give_sides(found, "body_owns_role_before_name");
        ents.give_sides(from_body, "description_from_body_before_name");
    }
}

/// Nouns for a group that speaks for a state at talks or in office: a delegation, a team,
/// a government.
pub(super) const DELEGATION_NOUNS: &[&str] = &[
    "delegation",
    "delegations",
    "team",
    "negotiators",
    "government",
    "mission",
];

/// Verbs by which a person heads a group.
const LEAD_VERBS: &[&str] = &["led", "leads", "headed", "heads", "chaired", "chairs"];

/// Role heads of people who serve another person.
const SERVING_ROLES: &[&str] = &[
    "aide",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "chief of staff",
    "deputy",
    "press secretary",
];

impl Extractor {
    /// The country of a group named by a nationality or a country (possessive or not)
    /// within three words before the group noun at `g` ("the Thai delegation", "Serbia's
    /// negotiating team").
    pub(super) fn country_of_group(&self, doc: &Doc, gaz: &Gaz, g: usize) -> Option<String> {
        if !doc.lower_is(g, DELEGATION_NOUNS) {
            return None;
        }
        (g.saturating_sub(3)..g).rev().find_map(|k| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci), len)) if k + len <= g => {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        })
    }

    /// `leads_a_countrys_delegation`: a person said to lead a country's delegation, team or
    /// government belongs to that country: "the DEMONYM delegation, led by NAME", "COUNTRY's
    /// delegation was headed by NAME" (at most eight words from the noun to "led by", no
    /// other name or quotation between) or "NAME, who led the DEMONYM delegation".
    pub(crate) fn leads_a_countrys_delegation(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let n = doc.toks.len();
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if !side_is_open(p)
                || p.analyst
                || doc.in_quote[m.t0]
                || found.iter().any(|(x, _)| *x == pi)
            {
                continue;
            }
            let sa = doc.sents[doc.sent_of[m.t0]].0;
            let mut c = m.t0;
            while c > sa && c + 2 > m.t0 && doc.toks[c - 1].cap && doc.has(c - 1, F_HEAD | F_MOD) {
                c -= 1;
            }
            let mut side = None;
            if c >= sa + 3 && doc.lower_is(c - 1, &["by"]) && doc.lower_is(c - 2, LEAD_VERBS) {
                let lo = sa.max((c - 2).saturating_sub(8));
                let mut g = c - 2;
                while g > lo && side.is_none() {
                    g -= 1;
                    if doc.in_quote[g]
                        || ents
                            .within(g, g + 1)
                            .any(|x| matches!(x.kind, MKind::Person(_)))
                    {
                        break;
                    }
                    side = self.country_of_group(doc, gaz, g);
                }
            }
            let mut k = m.t1;
            if side.is_none() && k + 3 < n && doc.is(k, ",") && doc.lower_is(k + 1, &["who"]) {
                k += 2;
                if doc.lower_is(k, LEAD_VERBS) {
                    let end = (k + 6).min(n);
                    side = (k + 1..end).find_map(|g| self.country_of_group(doc, gaz, g));
                }
            }
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "leads_a_countrys_delegation");
    }

    /// `role_serves_a_person`: a person with no side whose role is a service to another
    /// person of the article ("an aide to President NAME", "adviser to NAME", "NAME's
    /// spokesperson" is handled by the possessor rule) takes that person's side: the role
    /// opens with a serving office (an aide, adviser, spokesperson, envoy, chief of staff)
    /// followed by "to"/"of"/"for" and ends with the other person's surname.
    pub(crate) fn role_serves_a_person(&self, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(rl) = p.unsided_role() else {
                continue;
            };
            let serves = SERVING_ROLES.iter().any(|r| {
                [" to ", " of ", " for "]
                    .iter()
                    .any(|prep| rl.contains(&format!("{r}{prep}")))
            });
            if !serves {
                continue;
            }
            let last = p
                .role
                .as_deref()
                .unwrap_or("")
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            if !last.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let key = surname_key(last);
            let side = ents
                .persons
                .iter()
                .enumerate()
                .find(|(j, q)| *j != pi && same_surname(&q.surname_key, &key))
                .and_then(|(_, q)| q.affiliation.clone());
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "role_serves_a_person");
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
    fn a_body_by_its_initials_owns_the_role() {
        let v = actors(
            "The Harbour Pilots Guild wrote to the port on Monday. In the letter, HPG's \
             president and chief executive, Olga Marsh, said pilots would stop work.\n",
        );
        assert_eq!(side(&v, "Olga Marsh"), Some("Harbour Pilots Guild"));
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
    fn the_leader_of_a_countrys_delegation_is_on_its_side() {
        let v = actors(
            "Talks resumed in Geneva. The Peruvian delegation, led by Vice Admiral Tomas \
             Quispe, asked for a pause. Chile's team was headed by Ana Fuentes.\n\n\
             Rosa Vidal, who led the Bolivian delegation, said little.\n",
        );
        assert_eq!(side(&v, "Tomas Quispe"), Some("Peru"));
        assert_eq!(side(&v, "Ana Fuentes"), Some("Chile"));
        assert_eq!(side(&v, "Rosa Vidal"), Some("Bolivia"));
    }

    #[test]
    fn an_aide_takes_the_side_of_the_person_served() {
        let v = actors(
            "Vladimir Putin met envoys on Monday. Oleg Marin, an aide to President Vladimir \
             Putin, said the meeting was useful.\n",
        );
        assert_eq!(side(&v, "Oleg Marin"), Some("Russia"));
    }

    #[test]
    fn another_person_between_owner_and_name_blocks_the_rule() {
        let v = actors("The AU's envoy met Omar Keita's deputy, Lina Dabo, on Monday.\n");
        assert_ne!(side(&v, "Lina Dabo"), Some("African Union"));
    }

    #[test]
    fn description_from_body_before_name() {
        let v = actors(
            "Delegates argued over the fund until late.\n\n14:10 - A negotiator from the \
             Coastal Towns Alliance, Mara Lindo, says the mood is better than yesterday.\n",
        );
        assert_eq!(side(&v, "Mara Lindo"), Some("Coastal Towns Alliance"));
    }
}
