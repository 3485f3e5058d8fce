//! Entities: sides of people whose role points at a body without naming it in full: by a
//! short form in the possessive, or by an office only a business gives.

use super::propagate::{has_words, state_body_by_name};
use super::*;

/// Words of a body's name that make it something other than a business: a union, a
/// league, a party, a court, a school or research body, a public body.
const NOT_BUSINESS_NAME_WORDS: &[&str] = &[
    "Union",
    "Workers",
    "Guild",
    "Federation",
    "Association",
    "Confederation",
    "Syndicate",
    "League",
    "Council",
    "Committee",
    "Commission",
    "Authority",
    "Board",
    "Tribunal",
    "Court",
    "Party",
    "Front",
    "Movement",
    "University",
    "College",
    "Institute",
    "School",
    "Academy",
    "District",
    "Police",
    "Army",
];

/// Roles of a body that make it a news outlet (its people report, they take no side).
const MEDIA_ROLES: &[&str] = &[
    "newspaper",
    "broadcaster",
    "network",
    "channel",
    "daily",
    "magazine",
    "website",
    "outlet",
    "publisher",
    "news agency",
];

/// Words of a role that tie it to a body other than a business.
const NOT_BUSINESS_ROLE_WORDS: &[&str] = &[
    "union",
    "league",
    "party",
    "club",
    "team",
    "association",
    "federation",
    "university",
    "institute",
    "council",
    "government",
    "minister",
    "ministry",
    "state",
];

/// Words of a role that make it a state office (its holder's side is a state).
const STATE_ROLE_WORDS: &[&str] = &[
    "minister",
    "senator",
    "treasurer",
    "attorney",
    "government",
    "lawmaker",
    "ambassador",
    "president",
    "prime",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "envoy",
    "king",
    "emir",
];

impl Extractor {
    /// The side of someone who belongs to organisation `o`: a state organ's or a listed
    /// body's own side (its country or parent, else its name), any other body's name.
    pub(crate) fn member_side(&self, o: &OrgAcc) -> Option<String> {
        let listed = self.lx.forms.contains_key(o.name.as_str());
        if state_body(&o.name) || state_body_by_name(&o.name) || listed {
            o.affiliation.clone().or_else(|| Some(o.name.clone()))
        } else {
            Some(o.name.clone())
        }
    }

    /// `possessor_is_a_body`: a person with no side whose role is owned by a capitalised
    /// word in the possessive ("Acme's chief executive") that is no person of the article
    /// but a word of an organisation's name or of a form it was mentioned by, or the initials
    /// of its name ("ACME's president" for the Acme Crane Makers Exchange), belongs to
    /// that organisation (to its country or parent for a state organ or a listed body).
    pub(crate) fn possessor_is_a_body(&self, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            if p.affiliation.is_some() || p.institution.is_some() || p.analyst {
                continue;
            }
            let Some(owner) = p.owner.as_deref() else {
                continue;
            };
            let key = surname_key(owner);
            let a_person = ents
                .persons
                .iter()
                .enumerate()
                .any(|(j, q)| j != pi && same_surname(&q.surname_key, &key));
            if a_person {
                continue;
            }
            let body = ents
                .orgs
                .iter()
                .find(|o| {
                    std::iter::once(&o.name)
                        .chain(o.mentions.iter())
                        .any(|f| has_words(f, owner))
                })
                .or_else(|| {
                    // "ACME's president": the initials of a body's name.
                    ents.orgs
                        .iter()
                        .find(|o| super::organs::acronym_of_name(owner, &o.name))
                });
            if let Some(side) = body.and_then(|o| self.member_side(o)) {
                found.push((pi, side));
            } else if body.is_none() && self.unknown_possessor_is_a_body(owner) {
                found.push((pi, owner.to_string()));
            }
        }
        ents.give_sides(found, "possessor_is_a_body");
    }

    /// `unknown_possessor_is_a_body`: the possessor of a role that is one capitalised word
    /// no table knows (no country, capital, people or listed body of the gazetteer, no
    /// well-known office holder, no stop word) and no person of the article bears
    /// ("Marelco's head of labour policy", "Dockwise's chief negotiator") names the body the
    /// role belongs to: the person's side is that name. (The caller has checked that no
    /// person of the article has that surname and no organisation that word.)
    fn unknown_possessor_is_a_body(&self, owner: &str) -> bool {
        let one_word = !owner.contains(' ') && owner.chars().count() >= 3;
        one_word
            && owner.chars().next().is_some_and(char::is_uppercase)
            && !self.lx.forms.contains_key(owner)
            && !self.lx.stop.contains(owner)
            && !self
                .lx
                .known_people
                .iter()
                .any(|(f, _)| f == owner || f.rsplit(' ').next() == Some(owner))
    }

    /// Whether organisation `o` may be a business: not a listed body, a state organ, a
    /// union, a league, a party, a court, a school or research body or a news outlet.
    fn business_like(&self, o: &OrgAcc) -> bool {
        if self.lx.forms.contains_key(o.name.as_str())
            || state_body(&o.name)
            || state_body_by_name(&o.name)
        {
            return false;
        }
        if o.name
            .split_whitespace()
            .any(|w| NOT_BUSINESS_NAME_WORDS.contains(&w))
        {
            return false;
        }
        let role = o.role.as_deref().unwrap_or("").to_lowercase();
        !(role == "public district"
            || MEDIA_ROLES.iter().any(|m| has_words(&role, m))
            || NOT_BUSINESS_ROLE_WORDS.iter().any(|w| has_words(&role, w)))
    }

    /// `company_office_takes_company`: a person with no side, owner or institution whose
    /// role is an office only a business gives (`data/company_offices.txt`: "chief
    /// executive", "managing partner", "founder") and names no other kind of body works
    /// for the business the article names nearest before the person's first mention
    /// (outside quotations, within about a page), else the first one named after it.
    pub(crate) fn company_office_takes_company(&self, doc: &Doc, ents: &mut Entities) {
        let offices = crate::wordlists::company_offices();
        let ms = &ents.mentions[..ents.sorted];
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(rl) = p.unsided_role() else {
                continue;
            };
            if !offices.iter().any(|o| has_words(&rl, o))
                || NOT_BUSINESS_ROLE_WORDS.iter().any(|w| has_words(&rl, w))
            {
                continue;
            }
            let Some(first) = ms
                .iter()
                .position(|m| matches!(m.kind, MKind::Person(x) if x == pi) && !doc.in_quote[m.t0])
            else {
                continue;
            };
            let at = ms[first].t0;
            let business = |m: &Mention| match m.kind {
                MKind::Org(o) if !doc.in_quote[m.t0] && self.business_like(&ents.orgs[o]) => {
                    Some(o)
                }
                _ => None,
            };
            let before = ms[..first]
                .iter()
                .rev()
                .take_while(|m| m.t0 + 400 >= at)
                .find_map(business);
            let after = || {
                ms[first..]
                    .iter()
                    .take_while(|m| m.t0 <= at + 400)
                    .find_map(business)
            };
            if let Some(o) = before.or_else(after) {
                found.push((pi, ents.orgs[o].name.clone()));
            }
        }
        ents.give_sides(found, "company_office_takes_company");
    }
}

impl Extractor {
    /// `role_takes_body_noun_nearby`: a person with a role that is no state office and
    /// names no political side of its own (opposition, party), and no side, owner or
    /// institution, whose first mention outside quotations comes after "the NOUN" or
    /// "the NOUN's" for a kind of body ("the union", "the company", "the league", "the
    /// council") in the same sentence or the one before (outside quotations, nearest
    /// first), belongs to the body of that kind the article named last before.
    pub(crate) fn role_takes_body_noun_nearby(&self, doc: &Doc, ents: &mut Entities) {
        let ms = &ents.mentions[..ents.sorted];
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(rl) = p.unsided_role() else {
                continue;
            };
            if STATE_ROLE_WORDS.iter().any(|w| has_words(&rl, w)) {
                continue;
            }
            // "opposition leader", "party chairman": a political side of its own.
            if ["opposition", "party"].iter().any(|w| has_words(&rl, w)) {
                continue;
            }
            let Some(m) = ms
                .iter()
                .find(|m| matches!(m.kind, MKind::Person(x) if x == pi) && !doc.in_quote[m.t0])
            else {
                continue;
            };
            let si = doc.sent_of[m.t0];
            let lo = doc.sents[si.saturating_sub(1)].0;
            let side = (lo + 1..m.t0).rev().find_map(|k| {
                if doc.in_quote[k] || !doc.lower_is(k - 1, &["the"]) || doc.toks[k].cap {
                    return None;
                }
                let w = doc.t(k);
                match union_or_company_word(w) {
                    Some(want_union) => self.body_named_before(doc, ents, want_union, false, k),
                    None => self.body_of_kind(doc, ents, w, k),
                }
            });
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "role_takes_body_noun_nearby");
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::records::Actor;

    /// The actors of `text`.
    pub(crate) fn actors(text: &str) -> Vec<Actor> {
        crate::extract::test_extract(text).actors
    }

    /// The side of actor `name` (which must exist).
    pub(crate) fn side<'a>(actors: &'a [Actor], name: &str) -> Option<&'a str> {
        actors
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("no actor {name} in {actors:#?}"))
            .affiliation
            .as_deref()
    }

    #[test]
    fn role_takes_the_body_a_noun_names_nearby() {
        let v = actors(
            "The Coastal Rugby League fined two clubs on Monday. The league said fines would \
             rise next season. Commissioner Adele Frost said she had no choice.\n",
        );
        assert_eq!(side(&v, "Adele Frost"), Some("Coastal Rugby League"));
    }

    #[test]
    fn union_only_offices_take_the_union() {
        let v = actors(
            "The Rail Maintenance Union called a strike on Monday. \"We are ready,\" said \
             shop steward Callum Reid.\n",
        );
        assert_eq!(side(&v, "Callum Reid"), Some("Rail Maintenance Union"));
    }

    #[test]
    fn council_member_takes_the_council() {
        let v = actors(
            "The Brackley Town Council voted on the depot plan on Monday. \"This is a bad \
             deal,\" said Councillor Hana Pike.\n",
        );
        assert_eq!(side(&v, "Hana Pike"), Some("Brackley Town Council"));
    }

    #[test]
    fn a_body_without_a_stated_country_is_its_own_side() {
        let v = actors("The Harbour Pilots Association rejected the offer on Monday.\n");
        assert_eq!(
            side(&v, "Harbour Pilots Association"),
            Some("Harbour Pilots Association")
        );
    }

    #[test]
    fn unknown_possessor_is_a_body() {
        let v = actors(
            "Pay talks resumed in Rivel. Marelco's head of labour policy, Oskar Lind, said \
             the offer was fair.\n",
        );
        assert_eq!(side(&v, "Oskar Lind"), Some("Marelco"));
    }

    #[test]
    fn possessor_is_a_body_by_a_word_of_its_name() {
        let v = actors(
            "Talks between Brenford Logistics and the drivers broke down on Monday. \
             Brenford's chief executive, Olga Marsh, said the offer was final.\n",
        );
        assert_eq!(side(&v, "Olga Marsh"), Some("Brenford Logistics"));
    }

    #[test]
    fn possessor_is_a_body_by_its_initials() {
        let v = actors(
            "Talks between the Harbour Pilots Guild and the port broke down on Monday. \
             HPG's president and chief executive, Olga Marsh, said the offer was final.\n",
        );
        assert_eq!(side(&v, "Olga Marsh"), Some("Harbour Pilots Guild"));
    }

    #[test]
    fn possessor_that_is_a_person_is_not_a_body() {
        let v = actors(
            "Lena Okafor met the Okafor Family Foundation on Monday. Okafor's chief of \
             staff, Olga Marsh, said nothing.\n",
        );
        assert_ne!(side(&v, "Olga Marsh"), Some("Okafor Family Foundation"));
    }

    #[test]
    fn company_office_takes_the_business_named_before() {
        let v = actors(
            "Drivers struck against Quillon Logistics on Monday. \"We have made our best \
             offer,\" said chief executive Rosa Delacroix.\n",
        );
        assert_eq!(side(&v, "Rosa Delacroix"), Some("Quillon Logistics"));
    }

    #[test]
    fn company_office_skips_unions_and_public_bodies() {
        let v = actors(
            "The Ferry Workers Union met the Ministry of Transport on Monday. \"No deal,\" said \
             managing director Paul Okeke.\n",
        );
        assert_eq!(side(&v, "Paul Okeke"), None);
    }

    #[test]
    fn an_opposition_role_takes_no_company_nearby() {
        let v = actors(
            "Northline Rail said it would hire 300 workers. The company said the line was \
             ready. Opposition leader Tomas Zarins said the deal was a waste of money.\n",
        );
        assert_ne!(side(&v, "Tomas Zarins"), Some("Northline Rail"));
    }
}
