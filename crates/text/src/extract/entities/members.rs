//! Entities: people who belong to a body the article names (a company, a union, a
//! university, a charity), read from how the sentence joins the person to the body.

use super::*;

/// `person_before_of_is_no_body_name`: a capitalised run of two or three plain name words
/// (no organisation, title, modifier, place or stop word and no known entity among them)
/// followed by "of" and a body's name is a person of that body ("NAME of the BODY"), not the
/// first part of the body's name; the run `t0..=j` is then not joined to what follows "of".
/// A body's name before "of" holds an organisation word or is one word ("Port of X
/// Authority"), so it is not affected.
pub(crate) fn person_before_of_is_no_body_name(doc: &Doc, gaz: &Gaz, t0: usize, j: usize) -> bool {
    // An honorific or title opening the run ("Dr. Jane Roe of ...") is not part of the name.
    let mut a = t0;
    while a < j && doc.has(a, F_HEAD) {
        a += 1;
    }
    let words = j + 1 - a;
    if !(2..=3).contains(&words) {
        return false;
    }
    (a..=j).all(|k| {
        let t = doc.toks[k];
        t.word
            && t.cap
            && !t.poss
            && gaz[k].is_none()
            && !doc.has(k, F_HEAD | F_MOD | F_ORG | F_PLACE | F_STOP | F_EVENT)
    })
}

/// `body_before_role_noun`: a body the article names (an organisation that is no state
/// organ and no known body with a country or parent) followed by one or two lower-case
/// nouns and then a person's name ("the Harbour Trust campaigner NAME", "Acme Mining
/// geologist NAME") gives the person that body, when no title word was read before the name.
/// The nouns must not be function words, reporting verbs or verb-group words, so a clause
/// boundary ("Acme said today NAME ...") does not count. Returns the body and the nouns.
pub(crate) fn body_before_role_noun(
    doc: &Doc,
    gaz: &Gaz,
    ents: &Entities,
    org_spans: &[(usize, usize, usize)],
    s: usize,
) -> Option<(usize, usize)> {
    let mut k = s;
    while k > 0 && s - k < 2 {
        let j = k - 1;
        let t = doc.toks[j];
        if !t.word
            || t.cap
            || t.poss
            || doc.in_quote[j]
            || doc.has(j, F_STOP | F_CUE | F_VGROUP | F_STANCE)
            || doc.t(j).ends_with("ly")
        {
            break;
        }
        k = j;
    }
    if k == s || k == 0 || doc.sent_of[k] != doc.sent_of[s] {
        return None;
    }
    let &(b0, _, o) = org_spans.iter().find(|x| x.1 == k)?;
    if doc.in_quote[b0] || state_body(&ents.orgs[o].name) {
        return None;
    }
    if let Some((Known::Org(_), _)) = gaz[b0] {
        return None;
    }
    Some((o, k))
}

/// `employer_after_description`: the body a person works for when a short description
/// comes between the preposition and the body's name ("works for the charity NAME", "works
/// for the French aid group NAME", "at the Oslo-based insurer NAME", "for Kenya's NAME"):
/// the organisation mention starting at `o0` or after at most three lower-case words,
/// nationalities, adjectives of seat ("Oslo-based") or a country in the possessive from
/// there (the mark of a plural possessive does not count). Returns the organisation.
pub(crate) fn employer_after_description(
    doc: &Doc,
    gaz: &Gaz,
    ents: &Entities,
    o0: usize,
    end: usize,
) -> Option<usize> {
    let mut k = o0;
    let mut words = 0;
    loop {
        if let Some(o) = ents.within(k, end).find_map(|x| match x.kind {
            MKind::Org(o) if x.t0 == k => Some(o),
            _ => None,
        }) {
            return Some(o);
        }
        if k >= end || words >= 3 {
            return None;
        }
        let t = doc.toks[k];
        if matches!(doc.t(k), "'" | "’") && k > o0 {
            k += 1;
            continue;
        }
        words += 1;
        let nationality = matches!(gaz[k], Some((Known::Demonym(_), 1)))
            || matches!(gaz[k], Some((Known::Country(_), 1)) if t.poss)
            || (t.cap && doc.t(k).ends_with("-based"));
        if !t.word || (t.cap && !nationality) || doc.has(k, F_STOP | F_CUE | F_VGROUP) {
            return None;
        }
        k += 1;
    }
}

/// `bare_body_noun_before_name`: a lower-case noun for a business or union right before a
/// capitalised name is the name's description even without an article before it, when the
/// noun follows a preposition or a comma ("workers at carmaker NAME", "a loan from lender
/// NAME", "..., retailer NAME said"): token `k` is the noun.
///
/// Up to two lower-case adjectives or a nationality may stand between ("told public
/// broadcaster NAME", "told Venezuelan state broadcaster NAME"), and "told" counts as such a
/// word before the noun (a listener after "told" is named by what it is).
pub(crate) fn bare_body_noun_before_name(doc: &Doc, gaz: &Gaz, k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < 2 {
        let t = doc.toks[j - 1];
        let adjective = t.word && !t.cap && !t.poss && !doc.has(j - 1, F_STOP | F_CUE | F_VGROUP);
        let nationality = matches!(gaz[j - 1], Some((Known::Demonym(_), 1)));
        if !(adjective || nationality) || doc.lower_is(j - 1, &["told"]) {
            break;
        }
        j -= 1;
    }
    let before = |i: usize| {
        i > 0
            && (doc.lower_is(
                i - 1,
                &[
                    "at", "for", "from", "with", "by", "to", "of", "in", "on", "against", "and",
                    "told",
                ],
            ) || doc.is(i - 1, ","))
    };
    before(k) || (j < k && before(j))
}

/// `body_noun_in_apposition`: a capitalised name of one to three words set off by commas
/// right after a description opened by "the", "a" or a possessive determiner whose
/// lower-case words (at most six) hold a noun for a business, union or other non-state body
/// ("the union, Unify, said", "a charity, Open Doors, runs ...", "the union of dubbing
/// actors, NAME, and", "their association, NAME, has"): the name at `t0..t1` is that body's.
pub(crate) fn body_noun_in_apposition(doc: &Doc, t0: usize, t1: usize) -> bool {
    if t0 < 3 || t1 - t0 > 3 || !doc.is(t0 - 1, ",") || !doc.is(t1, ",") {
        return false;
    }
    let body_noun = |k: usize| {
        let w = doc.t(k).to_lowercase();
        crate::wordlists::business_nouns().contains(&w.as_str())
            || crate::wordlists::union_nouns().contains(&w.as_str())
            || matches!(
                w.as_str(),
                "union" | "party" | "movement" | "coalition" | "alliance" | "association"
            )
    };
    // Back from the comma over the description's lower-case words (a noun with modifiers
    // or an "of" phrase: "the land transport regulator", "the union of dubbing actors") to
    // its determiner; a body noun must be among them.
    let mut k = t0 - 1;
    let mut noun = false;
    while k > 0 && t0 - 1 - k < 7 {
        if doc.lower_is(k - 1, &["the", "a", "an", "their", "its", "our"]) {
            return noun && k < t0 - 1;
        }
        let t = doc.toks[k - 1];
        if !t.word || t.cap || t.poss {
            return false;
        }
        noun = noun || body_noun(k - 1);
        k -= 1;
    }
    false
}

/// `scope_object_in_role`: the last word of a role may be the lower-case object of its
/// scope after "to the" or "for the" ("envoy to the talks", "adviser to the board",
/// "spokesman for the campaign"), so the title before it is still read: token `j` is that
/// word and `end` the end of the role.
pub(crate) fn scope_object_in_role(doc: &Doc, j: usize, end: usize) -> bool {
    let t = doc.toks[j];
    j + 1 == end
        && j >= 2
        && t.word
        && !t.cap
        && !t.poss
        && !doc.has(j, F_STOP | F_CUE | F_VGROUP)
        && doc.lower_is(j - 1, &["the"])
        && doc.lower_is(j - 2, &["to", "for"])
}

impl Extractor {
    /// `its_role_after_name`: "..., said NAME, its chief executive.", "NAME, their
    /// spokeswoman, said ...": a person with no side followed by a comma and a role opened
    /// by "its"/"their" (at most six words, up to a comma or the sentence's end, no other
    /// person) belongs to the body that "its" refers to: the first body or acting state
    /// named before the person in the sentence (a quotation and a reporting verb aside),
    /// else in one of the two sentences before.
    pub(crate) fn its_role_after_name(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let n = doc.toks.len();
        let mut found: Vec<(usize, String, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if p.affiliation.is_some() || p.owner.is_some() || p.institution.is_some() {
                continue;
            }
            let its = m.t1 + 1;
            if its + 1 >= n
                || doc.in_quote[m.t0]
                || !doc.is(m.t1, ",")
                || !doc.lower_is(its, &["its", "their"])
            {
                continue;
            }
            let (_, sb) = doc.sents[doc.sent_of[m.t0]];
            let mut e = its + 1;
            while e < sb.min(its + 8) && doc.toks[e].word && !doc.toks[e].poss {
                e += 1;
            }
            let closed = e >= sb || matches!(doc.t(e), "," | "." | ";");
            let titled = (its + 1..e).any(|k| self.lx.is_head(&doc.t(k).to_lowercase()));
            if !closed || !titled || ents.within(its, e).next().is_some() {
                continue;
            }
            let side = self
                .previous_sentence_body(doc, gaz, ents, m.t0)
                .or_else(|| {
                    let si = doc.sent_of[m.t0];
                    (1..=2).find_map(|back| {
                        let (a, b) = doc.sents[si.checked_sub(back)?];
                        self.first_body(doc, gaz, ents, a, b)
                    })
                });
            if let Some(side) = side {
                found.push((pi, side, doc.span(its + 1, e).to_string()));
            }
        }
        for (pi, side, role) in found {
            let p = &mut ents.persons[pi];
            if p.affiliation.is_none() {
                p.affiliation = Some(side);
                p.affiliation_rule = Some("its_role_after_name");
                if p.role.is_none() {
                    p.role = Some(role);
                }
            }
        }
    }
}

/// The last body named before token `before` (within about 400 tokens, outside
/// quotations) whose name's head (its last capitalised word before a connector:
/// "Institute" in "Institute for Border Studies", "Council" in "District Council") is
/// `noun`, compared without case.
pub(crate) fn body_with_name_head(
    doc: &Doc,
    ents: &Entities,
    noun: &str,
    before: usize,
) -> Option<usize> {
    let lo = before.saturating_sub(400);
    let ms = &ents.mentions[..ents.sorted];
    let hi = ms.partition_point(|m| m.t0 < before);
    ms[..hi]
        .iter()
        .rev()
        .take_while(|m| m.t0 >= lo)
        .find_map(|m| match m.kind {
            MKind::Org(o) if !doc.in_quote[m.t0] => {
                let head = ents.orgs[o]
                    .name
                    .split_whitespace()
                    .take_while(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
                    .last();
                head.is_some_and(|w| w.eq_ignore_ascii_case(noun))
                    .then_some(o)
            }
            _ => None,
        })
}

impl Extractor {
    /// `lone_body_before_role`: a single capitalised word at `s..t1` (of three letters or
    /// more, or an acronym of two) that is no known entity, title, place, function word or
    /// month, no listed office holder, never written after another capitalised word in the
    /// article (so no one's surname) nor before one (so no short form of a longer name), and
    /// no city or state of the bundled tables, used as the owner of a role held by a named
    /// person, is a body's name: "Oxfam's policy director, NAME" (lower-case words with a
    /// title word, a comma and a name) or "Oxfam's chair NAME" (lower-case words ending in a
    /// title word, then a name of two words or more). The owner is in the possessive, or is
    /// an acronym, or the title is a spokesperson's ("Oxfam spokeswoman NAME").
    pub(crate) fn lone_body_before_role(&self, doc: &Doc, gaz: &Gaz, s: usize, t1: usize) -> bool {
        let n = doc.toks.len();
        if t1 != s + 1 || t1 + 2 >= n {
            return false;
        }
        let t = doc.toks[s];
        let w = doc.t(s);
        if !t.word
            || !t.cap
            || w.len() < if t.allcaps { 2 } else { 3 }
            || gaz[s].is_some()
            || doc.in_quote[s]
            || doc.has(
                s,
                F_HEAD | F_MOD | F_STOP | F_PLACE | F_CUE | F_EVENT | F_ORG,
            )
        {
            return false;
        }
        let lw = w.to_lowercase();
        if MONTH_NAMES.contains(&lw.as_str())
            || WEEKDAY_NAMES.contains(&lw.as_str())
            || self
                .lx
                .known_people
                .iter()
                .any(|(f, _)| f.rsplit(' ').next() == Some(w))
        {
            return false;
        }
        let plain = |k: usize| {
            k < n
                && doc.toks[k].word
                && !doc.toks[k].cap
                && !doc.toks[k].poss
                && !doc.has(k, F_STOP | F_CUE | F_VGROUP)
        };
        let head = |k: usize| self.lx.is_head(&doc.t(k).to_lowercase());
        let name_at = |k: usize, min: usize| {
            (k..(k + min).min(n)).count() == min
                && (k..k + min).all(|j| j < n && doc.toks[j].word && doc.toks[j].cap)
        };
        let mut e = t1;
        while e < n && e < t1 + 3 && plain(e) {
            e += 1;
        }
        if e == t1 || !(t1..e).any(head) {
            return false;
        }
        // The possessive, an acronym, or a spokesperson's title (a body's office): "Kerr
        // aide NAME" without them is too often a person's.
        let spokes = doc.t(e - 1).to_lowercase().starts_with("spokes");
        let shaped = (t.poss || t.allcaps || spokes)
            && (doc.is(e, ",") && name_at(e + 1, 2) || head(e - 1) && name_at(e, 2));
        if !shaped {
            return false;
        }
        // The scans of the whole article run only for the rare word that fits the shape.
        let surname = (1..n).any(|k| {
            doc.t(k) == w
                && doc.toks[k - 1].word
                && doc.toks[k - 1].cap
                && doc.para_of[k - 1] == doc.para_of[k]
        });
        // "Brenford's chief executive" after "Brenford Logistics": a short form of a longer
        // name (`possessor_is_a_body` reads it).
        let part_of_longer = (0..n - 1).any(|k| {
            doc.t(k) == w && !doc.toks[k].poss && doc.toks[k + 1].word && doc.toks[k + 1].cap
        });
        // A place is no body ("Busan's port chief", "Ontario's premier").
        let place = super::national::city_country(w).is_some()
            || super::subdivisions::subdivision_country(w).is_some();
        // "ACCC commissioner NAME" in a story that also writes out the Australian
        // Competition and Consumer Commission: the short form of that name, read there.
        let short_form = t.allcaps && acronym_of_a_run(doc, w);
        !surname && !part_of_longer && !place && !short_form
    }
}

/// Whether the letters of the acronym `acr` are the initials, in order, of a run of
/// capitalised words somewhere in the article (lower-case connectors such as "and", "of"
/// skipped, hyphenated parts counted).
fn acronym_of_a_run(doc: &Doc, acr: &str) -> bool {
    let want: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
    let n = doc.toks.len();
    (0..n).any(|s| {
        let mut got: Vec<char> = Vec::new();
        let mut k = s;
        while k < n && got.len() < want.len() && doc.toks[k].word {
            let t = doc.toks[k];
            if t.cap && !t.allcaps {
                for part in doc.t(k).split('-') {
                    got.extend(part.chars().next().filter(|c| c.is_uppercase()));
                }
                if !want.starts_with(&got) {
                    return false;
                }
            } else if !(k > s && (name_connectors().contains(&doc.t(k)) || doc.t(k) == "and")) {
                return false;
            }
            k += 1;
        }
        got == want
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_named_person_of_a_body_is_no_part_of_its_name() {
        let v = actors(
            "\"The wards are full,\" said Jenna Crowley of St. Anselm's Hospital on Monday.\n\n\
             Dr. Omar Reyes of the Larkfield Medical Centre said the same.\n",
        );
        assert_eq!(side(&v, "Jenna Crowley"), Some("St. Anselm's Hospital"));
        assert_eq!(side(&v, "Omar Reyes"), Some("Larkfield Medical Centre"));
        assert!(v.iter().all(|a| !a.name.contains(" of St.")), "{v:#?}");
    }

    #[test]
    fn employer_after_description() {
        // "of the" and a description before the body's name.
        let v = actors(
            "Carla Rossi of the Italian hauliers' federation Fenatrans said the queues were \
             longer on Monday.\n",
        );
        assert_eq!(side(&v, "Carla Rossi"), Some("Fenatrans"));
        // A relative clause: a post held at a body named after a preposition.
        let v = actors(
            "\"Premiums will rise,\" said Nils Dahl, who heads the marine desk at the \
             Oslo-based insurer Fjordvern Marine, on Monday.\n",
        );
        assert_eq!(side(&v, "Nils Dahl"), Some("Fjordvern Marine"));
        // Nothing after the preposition names a body.
        let v =
            actors("\"No,\" said Nils Dahl, who heads the marine desk at the port, on Monday.\n");
        assert_eq!(side(&v, "Nils Dahl"), None);
    }

    #[test]
    fn a_body_of_one_word_before_of_keeps_its_name() {
        let v = actors("Dockers at the Port of Varna Authority stopped work on Monday.\n");
        assert!(
            v.iter().any(|a| a.name == "Port of Varna Authority"),
            "{v:#?}"
        );
    }

    #[test]
    fn a_body_before_a_role_noun_gives_the_person_its_side() {
        let v = actors(
            "The Millbrook Heritage Trust opposes the road. \"It is vandalism,\" said \
             Millbrook Heritage Trust campaigner Paula Greer on Monday.\n",
        );
        assert_eq!(side(&v, "Paula Greer"), Some("Millbrook Heritage Trust"));
    }

    #[test]
    fn an_analyst_named_after_a_body_works_there() {
        let v = actors(
            "Shares fell on Monday. Dunmore Capital economist Fergal Boyd said the fall \
             would not last.\n",
        );
        assert_eq!(side(&v, "Fergal Boyd"), Some("Dunmore Capital"));
    }

    #[test]
    fn a_clause_between_body_and_name_gives_no_side() {
        let v = actors(
            "A spokesman for the Tarrow Dockers Union told reporters Ivan Petrov had \
             resigned.\n",
        );
        assert_eq!(side(&v, "Ivan Petrov"), None);
    }

    #[test]
    fn someone_who_works_for_a_described_body_belongs_to_it() {
        let v = actors(
            "Rosa Lindgren, who works for the charity Families First Foundation, said families \
             were hungry. Tom Hale, who works for the British aid group Helping Hands \
             Trust, agreed.\n",
        );
        assert_eq!(
            side(&v, "Rosa Lindgren"),
            Some("Families First Foundation"),
            "{v:#?}"
        );
        assert_eq!(side(&v, "Tom Hale"), Some("Helping Hands Trust"));
    }

    #[test]
    fn a_bare_business_noun_names_a_company() {
        let v = actors(
            "Workers at carmaker Torvane walked out on Monday. Torvane spokeswoman Ella \
             Ruiz said the company regretted it.\n",
        );
        assert!(v.iter().any(|a| a.name == "Torvane"), "{v:#?}");
        assert_eq!(side(&v, "Ella Ruiz"), Some("Torvane"));
    }

    #[test]
    fn a_body_after_a_described_noun_in_apposition() {
        let v = actors(
            "The union of dubbing actors, VOCIA, and the producers met on Monday. Prices are \
             set by the land transport regulator, TRANSREG, every month. Growers, through \
             their association, AGROVA, asked for more.\n",
        );
        for name in ["VOCIA", "TRANSREG", "AGROVA"] {
            assert!(v.iter().any(|a| a.name == name), "{name}: {v:#?}");
        }
        let v = actors("Ana Ruiz told public broadcaster RTVX on Monday that talks were over.\n");
        assert!(v.iter().any(|a| a.name == "RTVX"), "{v:#?}");
    }

    #[test]
    fn a_body_named_in_apposition_to_its_noun() {
        let v = actors(
            "The union, Workright, said talks would go on. Its general secretary, Dai \
             Morgan, called the offer poor.\n",
        );
        assert!(v.iter().any(|a| a.name == "Workright"), "{v:#?}");
        assert_eq!(side(&v, "Dai Morgan"), Some("Workright"));
    }

    #[test]
    fn an_analyst_of_a_body_named_after_of_works_there() {
        let v = actors(
            "\"It will not last,\" said economist Nora Flint of the Centre for Wage \
             Studies on Monday.\n",
        );
        assert_eq!(side(&v, "Nora Flint"), Some("Centre for Wage Studies"));
    }

    #[test]
    fn a_role_ending_in_its_scope_keeps_its_possessor() {
        let v = actors(
            "\"We came to settle,\" said Oslo's envoy to the talks, Ingrid Berg, on \
             Monday. Sweden and Norway disagree.\n",
        );
        assert_eq!(side(&v, "Ingrid Berg"), Some("Norway"));
    }

    #[test]
    fn its_role_after_name() {
        let v = actors(
            "The Coastal Ferrymen's Association, which speaks for 300 crews, rejected the \
             plan.\n\n\"It is the worst offer in years,\" said Ruth Ames, its chief \
             executive.\n",
        );
        assert!(
            v.iter().any(|a| a.name == "Coastal Ferrymen's Association"),
            "{v:#?}"
        );
        assert_eq!(
            side(&v, "Ruth Ames"),
            Some("Coastal Ferrymen's Association")
        );
    }

    #[test]
    fn possessive_noun_is_name_head() {
        let v = actors(
            "The Northern Association of Pear Growers wrote to the ministry on Monday. \
             \"We cannot wait,\" said the association's director, Tomas Rivas.\n",
        );
        assert_eq!(
            side(&v, "Tomas Rivas"),
            Some("Northern Association of Pear Growers")
        );
        // No body with that head: no side from the possessive.
        let v = actors(
            "Growers wrote to the ministry on Monday. \"We cannot wait,\" said the \
             association's director, Tomas Rivas.\n",
        );
        assert_eq!(side(&v, "Tomas Rivas"), None);
    }

    #[test]
    fn member_body_noun_before_name() {
        let v = actors(
            "Talks with the employers' association Kustverk Norge broke down on Monday. \
             Kustverk Norge said it would not raise its offer.\n",
        );
        let a = v.iter().find(|a| a.name == "Kustverk Norge");
        assert!(
            a.is_some_and(|a| a.kind == crate::records::ActorKind::Organization),
            "{v:#?}"
        );
    }

    #[test]
    fn lone_body_before_role() {
        let v = actors(
            "Aid is not arriving, Brightaid's policy director, Ruth Gale, said on Monday. \
             Brightaid campaigner Will Moss agreed.\n",
        );
        assert!(v.iter().any(|a| a.name == "Brightaid"), "{v:#?}");
        assert_eq!(side(&v, "Ruth Gale"), Some("Brightaid"));
        let v = actors("Fjordlag's chair Anna Berg said the offer fell short on Monday.\n");
        assert_eq!(side(&v, "Anna Berg"), Some("Fjordlag"));
        let v =
            actors("Talks stalled. Portwell spokesman Rui Matos said on Monday the offer stood.\n");
        assert_eq!(side(&v, "Rui Matos"), Some("Portwell"));
        let v = actors("KT's director of negotiations, Mika Rantala, said the offer was final.\n");
        assert_eq!(side(&v, "Mika Rantala"), Some("KT"));
        // The short form of a name the article writes out is not a body of its own.
        let v = actors(
            "The Regional Transport Board blocked the deal. RTB commissioner Ana Vidal said on \
             Monday the case was closed.\n",
        );
        assert!(v.iter().all(|a| a.name != "RTB"), "{v:#?}");
        let v =
            actors("Senator Tom Kerr spoke on Monday. Kerr aide Ann Lowe said he would vote no.\n");
        assert!(
            v.iter().all(|a| a.name != "Kerr"),
            "a surname is no body: {v:#?}"
        );
    }
}
