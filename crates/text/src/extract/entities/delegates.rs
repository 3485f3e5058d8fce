//! Entities: a person named after a role that points at a group through an apposition:
//! the head of a delegation ("the head of the DEMONYM delegation, the deputy minister
//! NAME") and a role opened by "its" whose holder is described before the name ("Its
//! president, a former officer named NAME").

use super::owners::{side_is_open, DELEGATION_NOUNS};
use super::*;

/// Words of a role that head a group.
const GROUP_HEAD_WORDS: &[&str] = &[
    "head",
    "leader",
    "chief",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
];

/// The most words an apposition may hold between the comma and the name.
const MAX_APPOSITION: usize = 14;

/// The first token of the name of mention `m` with any capitalised titles written before
/// it in its sentence ("Senator NAME", "Vice Admiral NAME").
fn name_with_titles(doc: &Doc, m: &Mention) -> usize {
    let sa = doc.sents[doc.sent_of[m.t0]].0;
    let mut c = m.t0;
    while c > sa && c + 3 > m.t0 && doc.toks[c - 1].cap && doc.has(c - 1, F_HEAD | F_MOD) {
        c -= 1;
    }
    c
}

/// `apposition_before_name`: the comma that opens the phrase naming a person at token
/// `c`: the comma right before the name, or one before a short description that opens
/// with an article and runs to the name with no other comma, mark, quotation, person or
/// speech verb ("…, the commander known as NAME", "…, an adviser in the ministry named
/// NAME"). Returns the comma and whether a description stands between it and the name.
pub(crate) fn apposition_before_name(
    doc: &Doc,
    ents: &Entities,
    c: usize,
) -> Option<(usize, bool)> {
    if c == 0 {
        return None;
    }
    if doc.is(c - 1, ",") {
        return Some((c - 1, false));
    }
    let sa = doc.sents[doc.sent_of[c]].0;
    let lo = sa.max(c.saturating_sub(MAX_APPOSITION + 1));
    let mut k = c;
    while k > lo {
        k -= 1;
        if doc.in_quote[k] || doc.has(k, F_CUE) {
            return None;
        }
        if doc.is(k, ",") {
            let described = k + 1 < c && doc.lower_is(k + 1, &["a", "an", "the"]);
            let no_person = !ents
                .within(k + 1, c)
                .any(|x| matches!(x.kind, MKind::Person(_)));
            return (described && no_person).then_some((k, true));
        }
        if !doc.toks[k].word && !doc.is(k, "-") && !doc.is(k, "'") && !doc.is(k, "’") {
            return None;
        }
    }
    None
}

impl Extractor {
    /// The side of the group named by the phrase "head of [the] GROUP NOUN" that ends at
    /// token `g` (the group noun: a delegation, a team, negotiators, a mission): a country
    /// or nationality before the noun ("the Peruvian delegation", "Chile's team"), else a
    /// body of the article named right before it ("the Front delegation").
    fn headed_group_side(&self, doc: &Doc, gaz: &Gaz, ents: &Entities, g: usize) -> Option<String> {
        if !doc.lower_is(g, DELEGATION_NOUNS) || doc.lower_is(g, &["government"]) {
            return None;
        }
        let sa = doc.sents[doc.sent_of[g]].0;
        // "head of [the] … NOUN": "of" at most five words before the noun, a head word
        // right before "of".
        let of = (sa.max(g.saturating_sub(6))..g)
            .rev()
            .find(|&k| doc.lower_is(k, &["of"]))?;
        if of == sa || !doc.lower_is(of - 1, GROUP_HEAD_WORDS) {
            return None;
        }
        if let Some(country) = self.country_of_group(doc, gaz, g) {
            return Some(country);
        }
        let o = ents
            .within(of + 1, g)
            .filter(|m| m.t1 == g)
            .find_map(|m| match m.kind {
                MKind::Org(o) => Some(o),
                _ => None,
            })?;
        self.member_side(&ents.orgs[o])
    }

    /// `heads_a_named_delegation`: a person named in apposition to "the head (leader,
    /// chief) of the GROUP delegation (team, negotiators, mission)", right after the comma
    /// or after a short description ("The head of the DEMONYM delegation, a deputy
    /// minister named NAME, …"), belongs to the group's side: the country or nationality
    /// written before the group noun, else the body named there. A group named only as
    /// "the government's" is left to other rules (whose government is not stated).
    pub(crate) fn heads_a_named_delegation(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
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
            let c = name_with_titles(doc, m);
            let Some((comma, _)) = apposition_before_name(doc, ents, c) else {
                continue;
            };
            if comma == 0 {
                continue;
            }
            if let Some(side) = self.headed_group_side(doc, gaz, ents, comma - 1) {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "heads_a_named_delegation");
    }

    /// `its_role_described_before_name`: a person named after "Its (Their) ROLE, a
    /// DESCRIPTION NAME" ("Its chief executive, a former engineer named NAME, said …"),
    /// with the role at most eight words long and the description as in
    /// [`apposition_before_name`], belongs to the body that "its" refers to (as for
    /// `its_role_names_previous_body`: the first body named before "its" in its sentence,
    /// else in one of the two sentences before). It outranks a side guessed from the
    /// office's words or taken from a body named inside the description (a former
    /// employer).
    pub(crate) fn its_role_described_before_name(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if p.analyst || doc.in_quote[m.t0] || found.iter().any(|(x, _)| *x == pi) {
                continue;
            }
            let c = name_with_titles(doc, m);
            let Some((comma, true)) = apposition_before_name(doc, ents, c) else {
                continue;
            };
            // A side taken from a body inside the description does not stand.
            let from_description = p.affiliation.as_deref().is_some_and(|a| {
                ents.within(comma + 1, c).any(|x| match x.kind {
                    MKind::Org(o) => self.member_side(&ents.orgs[o]).as_deref() == Some(a),
                    _ => false,
                })
            });
            if !(side_is_open(p) || from_description) {
                continue;
            }
            let sa = doc.sents[doc.sent_of[comma]].0;
            let lo = sa.max(comma.saturating_sub(9));
            let Some(its) = (lo..comma)
                .rev()
                .find(|&k| doc.lower_is(k, &["its", "their"]))
            else {
                continue;
            };
            let clean = its + 1 < comma
                && (its + 1..comma).all(|k| !doc.in_quote[k] && doc.toks[k].word)
                && !ents
                    .within(its, comma)
                    .any(|x| matches!(x.kind, MKind::Person(_)));
            if !clean {
                continue;
            }
            let side = self
                .previous_sentence_body(doc, gaz, ents, its)
                .or_else(|| {
                    let si = doc.sent_of[its];
                    (1..=2).find_map(|back| {
                        let (a, b) = doc.sents[si.checked_sub(back)?];
                        self.first_body(doc, gaz, ents, a, b)
                    })
                });
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "its_role_described_before_name");
    }
}

/// Rules whose side is the body "its" was read to refer to from the sentences before,
/// which a body named by its head noun before "its" in the same sentence outranks.
const ITS_FROM_BEFORE_RULES: &[&str] = &[
    "its_role_names_previous_body",
    "possessive_refers_to_previous_body",
];

impl Extractor {
    /// `its_refers_to_body_noun_before`: a person named after "its (their) ROLE," whose
    /// sentence names before "its" a body by the lower-case head noun of its name after
    /// "the" ("The commission's position, set out by its vice-president, NAME" after the
    /// "X Commission"), belongs to that body (the last one named with that head before,
    /// within about a page; to its country or parent for a state organ or a listed body):
    /// "its" refers to the noun of its own sentence before the sentences before. It
    /// outranks a side read from the sentences before.
    pub(crate) fn its_refers_to_body_noun_before(&self, doc: &Doc, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            let from_before = p
                .affiliation_rule
                .is_some_and(|r| ITS_FROM_BEFORE_RULES.contains(&r));
            if !(p.affiliation.is_none() || from_before)
                || doc.in_quote[m.t0]
                || found.iter().any(|(x, _)| *x == pi)
            {
                continue;
            }
            let c = name_with_titles(doc, m);
            if c < 3 || !doc.is(c - 1, ",") {
                continue;
            }
            let sa = doc.sents[doc.sent_of[c]].0;
            let lo = sa.max(c.saturating_sub(10));
            let Some(its) = (lo..c - 1)
                .rev()
                .find(|&k| doc.lower_is(k, &["its", "their"]))
            else {
                continue;
            };
            let side = (sa + 1..its).rev().find_map(|k| {
                let t = &doc.toks[k];
                if !t.word || t.cap || doc.in_quote[k] || !doc.lower_is(k - 1, &["the"]) {
                    return None;
                }
                let noun = doc.t(k).trim_end_matches("'s").trim_end_matches("’s");
                let o = super::members::body_with_name_head(doc, ents, noun, sa)?;
                self.member_side(&ents.orgs[o])
            });
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "its_refers_to_body_noun_before");
    }
}

/// Verbs by which a person heads a group, before "by".
const LED_VERBS: &[&str] = &["led", "headed", "chaired"];

impl Extractor {
    /// The country of a group noun at token `g` (a delegation, a team, a mission) named
    /// before it ("the DEMONYM delegation", "COUNTRY's team") or right after it with "from"
    /// or "of" ("a delegation from the Republic of X"), within `end`.
    fn country_around_group(&self, doc: &Doc, gaz: &Gaz, g: usize, end: usize) -> Option<String> {
        if !doc.lower_is(g, DELEGATION_NOUNS) || doc.lower_is(g, &["government"]) {
            return None;
        }
        if let Some(c) = self.country_of_group(doc, gaz, g) {
            return Some(c);
        }
        if g + 1 >= end || !doc.lower_is(g + 1, &["from", "of"]) {
            return None;
        }
        // "from [the] [Republic of] COUNTRY": at most four words on.
        (g + 2..end.min(g + 6)).find_map(|k| match gaz[k] {
            Some((Known::Country(ci), len)) if k + len <= end => {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        })
    }

    /// `delegation_of_country_led_by`: a person named as the first person after "led
    /// (headed, chaired) by", at most twelve words on in the same sentence with at most one
    /// comma and no quotation between ("… led by the Chief Mediator of the Talks, Ambassador
    /// NAME"), where the verb follows a delegation, team or mission of a country ("a
    /// delegation from the Republic of X led by", "the DEMONYM delegation led by"),
    /// belongs to that country. It outranks a side guessed from office words.
    pub(crate) fn delegation_of_country_led_by(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
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
            let lo = sa.max(m.t0.saturating_sub(13));
            let Some(by) = (lo..m.t0)
                .rev()
                .find(|&k| doc.lower_is(k, &["by"]) && k > sa && doc.lower_is(k - 1, LED_VERBS))
            else {
                continue;
            };
            let commas = (by..m.t0).filter(|&k| doc.is(k, ",")).count();
            let clean = commas <= 1
                && (by..m.t0).all(|k| !doc.in_quote[k])
                && !ents
                    .within(by, m.t0)
                    .any(|x| matches!(x.kind, MKind::Person(_)));
            if !clean {
                continue;
            }
            let verb = by - 1;
            let glo = sa.max(verb.saturating_sub(8));
            let side = (glo..verb)
                .rev()
                .find_map(|g| self.country_around_group(doc, gaz, g, verb));
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "delegation_of_country_led_by");
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn the_head_of_a_countrys_delegation_in_apposition() {
        let v = actors(
            "Peru and Chile resumed talks in Lima on Monday. The head of the Peruvian \
             delegation, a deputy minister for fisheries named Tomas Quispe, asked for a \
             pause. The head of Chile's delegation, Senator Ana Fuentes, said little.\n",
        );
        assert_eq!(side(&v, "Tomas Quispe"), Some("Peru"));
        assert_eq!(side(&v, "Ana Fuentes"), Some("Chile"));
    }

    #[test]
    fn the_head_of_a_bodys_delegation_belongs_to_the_body() {
        let v = actors(
            "The Harbour Pilots Guild met port owners on Monday. The head of the Harbour \
             Pilots Guild delegation, the veteran pilot known as Rhys Morgan, walked out.\n",
        );
        assert_eq!(side(&v, "Rhys Morgan"), Some("Harbour Pilots Guild"));
    }

    #[test]
    fn a_delegation_from_a_country_led_by_a_titled_person() {
        let v = actors(
            "The president received on Monday a delegation from the Republic of Chile led \
             by the chief mediator of the fisheries talks, Ambassador Ana Fuentes.\n",
        );
        assert_eq!(side(&v, "Ana Fuentes"), Some("Chile"));
    }

    #[test]
    fn its_refers_to_the_body_noun_of_its_sentence() {
        let v = actors(
            "Officials of the Delta Basin Commission met the Upland Farmers Forum in May.\n\n\
             \"Nobody moved,\" said Ines Moreau, a fellow at the Upland Farmers Forum.\n\n\
             The commission's view, set out by its deputy chair, Tomas Berg, is that the \
             quota must fall.\n",
        );
        assert_eq!(side(&v, "Tomas Berg"), Some("Delta Basin Commission"));
    }

    #[test]
    fn its_role_described_before_the_name() {
        let v = actors(
            "The Lakeside Growers Cooperative said on Monday that the offer was too low. Its \
             president, a former Coast Guard officer named Ivo Brandt, said members would \
             vote.\n",
        );
        assert_eq!(side(&v, "Ivo Brandt"), Some("Lakeside Growers Cooperative"));
    }
}
