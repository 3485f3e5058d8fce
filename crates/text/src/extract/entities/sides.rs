//! Entities: sides (affiliations) of persons and bodies: offices, employers, the
//! countries an article is about.

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    /// Well-known office holders (`known` lines in `detente-lang`'s `data/titles.txt`) whom the article
    /// gives no side: "Vladimir Zelensky said" is Ukraine's. A listed form matches the full
    /// name or its last word; only distinctive surnames are listed.
    pub(crate) fn known_people(&self, ents: &mut Entities) {
        if self.lx.known_people.is_empty() {
            return;
        }
        for p in &mut ents.persons {
            if p.affiliation.is_some() || p.institution.is_some() || p.analyst || p.owner.is_some()
            {
                continue;
            }
            let last = p.name.rsplit(' ').next().unwrap_or("");
            if let Some((_, side)) = self
                .lx
                .known_people
                .iter()
                .find(|(f, _)| *f == p.name || (!f.contains(' ') && f == last))
            {
                p.affiliation = Some(side.clone());
                p.affiliation_rule = Some("known_office_holder");
            }
        }
    }

    /// "Mehmet Yildiz, who has worked on prisoner exchanges for the International Committee
    /// of the Red Cross", "Haddad ... is a former diplomat who now works for the Centre for
    /// Humanitarian Dialogue": someone without a side who works for a named body belongs to
    /// it (to its country or side for a state organ or a well-known body). Only in the person's own clause: no other person, quote
    /// or reporting verb in between.
    pub(crate) fn employers(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let n = doc.toks.len();
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if p.affiliation.is_some() || p.institution.is_some() || doc.in_quote[m.t0] {
                continue;
            }
            let si = doc.sent_of[m.t0];
            let end = doc.sents[si].1.min(m.t1 + 24).min(n);
            let mut k = m.t1;
            let mut verb = None;
            while k < end {
                if doc.has(k, F_CUE) || doc.in_quote[k] {
                    break;
                }
                // "de la Cruz has spent two years as the Colombian government's chief
                // negotiator": a role with a nationality, in the person's own clause.
                if doc.lower_is(k, &["as"]) && k > m.t1 {
                    let mut r = k + 1;
                    if doc.lower_is(r, &["the", "a", "an"]) {
                        r += 1;
                    }
                    let side = match gaz.get(r).copied().flatten() {
                        Some((Known::Demonym(ci) | Known::Country(ci), len)) => {
                            let h = r + len;
                            let head_near = (h..(h + 4).min(end)).any(|j| doc.has(j, F_HEAD));
                            head_near.then(|| self.lx.countries[ci].clone())
                        }
                        _ => None,
                    };
                    if let Some(side) = side {
                        if !ents
                            .within(m.t1, k)
                            .any(|x| matches!(x.kind, MKind::Person(_)))
                        {
                            found.push((pi, side));
                        }
                    }
                    break;
                }
                if doc.lower_is(
                    k,
                    &[
                        "works",
                        "worked",
                        "work",
                        "working",
                        "serves",
                        "served",
                        "teaches",
                        "taught",
                        "lectures",
                        "studies",
                        "studied",
                        "researches",
                        "speaks",
                        "spoke",
                    ],
                ) {
                    verb = Some(k);
                    break;
                }
                // "Okonkwo, who chairs the union's bargaining committee", "who leads the
                // union": the union or company the article names.
                if doc.lower_is(
                    k,
                    &[
                        "chairs",
                        "leads",
                        "heads",
                        "runs",
                        "represents",
                        "led",
                        "headed",
                        "chaired",
                        "joined",
                    ],
                ) && doc.lower_is(k + 1, &["the"])
                    && k + 2 < n
                {
                    if doc.toks[k + 2].cap {
                        if let Some(side) = self.leads_a_named_body(doc, gaz, ents, k + 2, end) {
                            found.push((pi, side));
                        }
                        break;
                    }
                    let noun = doc.t(k + 2);
                    let side = match union_or_company_word(noun) {
                        Some(u) => self.body_named_before(doc, ents, u, false, m.t0),
                        // "who chairs the hospital's patient forum": a body of that kind.
                        None => self.body_of_kind(doc, ents, noun, m.t0),
                    };
                    if let Some(side) = side {
                        found.push((pi, side));
                        break;
                    }
                    // "who heads the legal desk at the insurer NAME": the body after a
                    // preposition further on, as for "works for".
                    verb = Some(k);
                    break;
                }
                k += 1;
            }
            let Some(v) = verb else { continue };
            if ents
                .within(m.t1, v)
                .any(|x| matches!(x.kind, MKind::Person(_)))
            {
                continue;
            }
            let mut k = v + 1;
            let stop = (v + 8).min(end);
            while k < stop && !doc.lower_is(k, &["for", "at", "with"]) {
                k += 1;
            }
            if k >= stop {
                continue;
            }
            let mut o0 = k + 1;
            if doc.lower_is(o0, &["the"]) {
                o0 += 1;
            }
            let Some(o) = employer_after_description(doc, gaz, ents, o0, end) else {
                continue;
            };
            if let Some(side) = self.employer_side(&ents.orgs[o]) {
                found.push((pi, side));
            }
        }
        for (pi, name) in found {
            if ents.persons[pi].institution.is_none() {
                ents.persons[pi].institution = Some(name);
            }
        }
    }

    /// `leads_a_named_body`: "NAME, who heads the Volta Growers Union", "who chairs the
    /// Coastal Policy Forum": someone without a side who leads, chairs, runs or represents
    /// a body named right after the verb belongs to it (to its country or side for a state
    /// organ or a well-known body). `o0` is the first word of the name.
    fn leads_a_named_body(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &Entities,
        o0: usize,
        end: usize,
    ) -> Option<String> {
        let o = employer_after_description(doc, gaz, ents, o0, end)?;
        self.employer_side(&ents.orgs[o])
    }

    /// The side someone takes from the body they work for: a state organ's or a
    /// well-known body's own side, else the body itself.
    fn employer_side(&self, org: &OrgAcc) -> Option<String> {
        if state_body(&org.name) || self.lx.forms.contains_key(org.name.as_str()) {
            org.affiliation.clone()
        } else {
            Some(org.name.clone())
        }
    }

    pub(crate) fn locative(&self, doc: &Doc, i: usize) -> bool {
        let mut k = i;
        for _ in 0..5 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let w = doc.t(k);
            if doc.lower_is(k, locatives()) {
                return !doc.lower_is(k, &["to"])
                    || (k > 0
                        && doc.lower_is(
                            k - 1,
                            &[
                                "trip",
                                "visit",
                                "travelled",
                                "traveled",
                                "went",
                                "returned",
                                "flew",
                                "way",
                                "back",
                            ],
                        ));
            }
            if w == "and" || w == "," || w == "the" || doc.toks[k].cap {
                continue;
            }
            return false;
        }
        false
    }
}

impl Extractor {
    /// The side of a country-specific office (`detente-lang`'s `data/titles.txt`, `office` lines) that
    /// ends the role `rl` (lower case): the first side in the table's order that the
    /// article names (a country, its capital or demonym, or a body on that side).
    pub(crate) fn office_side(&self, gaz: &Gaz, rl: &str) -> Option<String> {
        // "Police Commissioner", "High Commissioner for Refugees", "the university's
        // chancellor": other offices with the same word.
        if rl.split(' ').any(|w| {
            matches!(
                w,
                "police" | "high" | "fire" | "county" | "city" | "university"
            )
        }) {
            return None;
        }
        let (_, sides) = self
            .lx
            .offices
            .iter()
            .find(|(p, _)| rl == p || rl.ends_with(&format!(" {p}")))?;
        sides
            .iter()
            .find(|side| gaz.named_sides.contains(side.as_str()))
            .cloned()
    }
}

impl Extractor {
    /// The country a state organ belongs to when its name does not say: the last country
    /// named earlier in the sentence, else the country the article names most often.
    pub(crate) fn context_country(&self, doc: &Doc, gaz: &Gaz, at: usize) -> Option<String> {
        let country = |k: usize| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci) | Known::Capital(ci), _)) => Some(ci),
            _ => None,
        };
        let (sa, _) = doc.sents[doc.sent_of[at]];
        if let Some(ci) = (sa..at).rev().find_map(country) {
            return Some(self.lx.countries[ci].clone());
        }
        let ranked = &gaz.ranked_countries;
        match ranked.as_slice() {
            // A tie says nothing about whose organ it is.
            [(n1, _), (n2, _), ..] if n1 == n2 => None,
            [(_, ci), ..] => Some(self.lx.countries[*ci].clone()),
            [] => None,
        }
    }

    /// The country an article is clearly about: named at least twice as often as any other
    /// (in a two-country story a bare "Commerce Secretary" could serve either), or with
    /// `sole`, the only country it names.
    /// `government_role_takes_leading_country`: the country the article names most often,
    /// at least twice and more often than any other: whose government a bare government
    /// title ("the government spokesman", "the head of the government delegation") serves
    /// when no country dominates the story.
    pub(crate) fn leading_country(&self, gaz: &Gaz) -> Option<String> {
        match gaz.ranked_countries.as_slice() {
            [(n1, ci), (n2, _), ..] if *n1 >= 2 && n1 > n2 => Some(self.lx.countries[*ci].clone()),
            [(n1, ci)] if *n1 >= 1 => Some(self.lx.countries[*ci].clone()),
            _ => None,
        }
    }

    /// `government_title_takes_dateline_country`: the country whose capital opens the
    /// article's dateline ("SEOUL, Sept 10 (Wire) -"), when the article names that country
    /// again outside the dateline: a bare government title ("Defence Minister NAME") in a
    /// report filed from a capital is that government's, whichever country the story
    /// names most.
    pub(crate) fn dateline_country(&self, doc: &Doc, gaz: &Gaz) -> Option<String> {
        let (i, ci) = gaz
            .at
            .iter()
            .enumerate()
            .find_map(|(i, k)| match k {
                Some((Known::Capital(ci), len)) if dateline_place(doc, i, *len) => Some((i, *ci)),
                _ => None,
            })
            .or_else(|| self.capital_in_capitals_dateline(doc))?;
        let again = gaz.at.iter().enumerate().any(|(k, x)| {
            k != i
                && matches!(x, Some((Known::Country(c) | Known::Capital(c) | Known::Demonym(c), _)) if *c == ci)
        });
        again.then(|| self.lx.countries[ci].clone())
    }

    /// A dateline written in capitals ("SEOUL, Sept 10 -", "NEW DELHI (Wire) -"): the first
    /// paragraph of the body that opens with up to three words in capitals before a comma,
    /// a dash or a bracket, read as a capital of the gazetteer. Gives the first token and the
    /// capital's country.
    fn capital_in_capitals_dateline(&self, doc: &Doc) -> Option<(usize, usize)> {
        let p0 = (0..doc.toks.len())
            .take(400)
            .find(|&k| (k == 0 || doc.para_of[k - 1] != doc.para_of[k]) && doc.toks[k].allcaps)?;
        let mut e = p0;
        while e < doc.toks.len() && e < p0 + 3 && doc.toks[e].allcaps && doc.toks[e].word {
            e += 1;
        }
        if e == p0 || e >= doc.toks.len() || !matches!(doc.t(e), "," | "-" | "–" | "—" | "(") {
            return None;
        }
        let name = (p0..e)
            .map(|k| {
                let w = doc.t(k);
                let mut cs = w.chars();
                cs.next()
                    .map(|f| f.to_string() + &cs.as_str().to_lowercase())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ");
        match self.lx.forms.get(name.as_str()) {
            Some(Known::Capital(ci)) => Some((p0, *ci)),
            _ => None,
        }
    }

    pub(crate) fn dominant_country(&self, gaz: &Gaz, sole: bool) -> Option<String> {
        let ranked = &gaz.ranked_countries;
        match ranked.as_slice() {
            [(n1, ci), (n2, _), ..] if !sole && *n1 >= 2 * n2 => {
                Some(self.lx.countries[*ci].clone())
            }
            [(_, ci)] => Some(self.lx.countries[*ci].clone()),
            _ => None,
        }
    }
}

/// A government organ rather than a party of its own (a union, an association, a company):
/// "National Security Council", "Ministry of Defence", "Presidential Office".
pub(crate) fn state_body(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    has(&[
        "National",
        "Ministry",
        "Presidential",
        "Government",
        "Parliament",
        "Federal",
        "Cabinet",
        "Defence",
        "Defense",
        "Armed",
        "Army",
        "Navy",
        "Foreign",
        "Interior",
    ]) && !has(&[
        "Union",
        "Association",
        "Federation",
        "Confederation",
        "Party",
        "Workers",
        "Chamber",
        "Company",
        "Corporation",
        "Group",
        "League",
        "Alliance",
        "Front",
        "Movement",
        "Coalition",
        "Guild",
        "Congress",
    ])
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn government_title_takes_dateline_country() {
        // The story names Latvia most, but it is filed from Tallinn: a bare minister is
        // Estonia's.
        let text = "TALLINN, March 3 (Baltic Wire) - Estonia offered Latvia talks on the ferry \
line. Latvia has not replied; Riga said Latvian crews would wait. Latvian ports stay open.\n\n\
\"We are ready,\" Transport Minister Aino Tamm said.\n";
        let v = actors(text);
        assert_eq!(side(&v, "Aino Tamm"), Some("Estonia"));
        // Without a dateline the most named country is taken.
        let v = actors(&text.replace("TALLINN, March 3 (Baltic Wire) - ", ""));
        assert_eq!(side(&v, "Aino Tamm"), Some("Latvia"));
    }

    #[test]
    fn who_chairs_the_body_of_a_kind_named_before() {
        let v = actors(
            "Porters at the Dunmore General Hospital walked out. \"It's a disgrace,\" said \
             Elin Moss, who chairs the hospital's patient forum.\n",
        );
        assert_eq!(side(&v, "Elin Moss"), Some("Dunmore General Hospital"));
    }

    #[test]
    fn who_heads_a_named_body_belongs_to_it() {
        let v = actors(
            "\"We will wait,\" said Efua Sam, who heads the Volta Growers Union. \"We will \
             not,\" said Kofi Dade, who chairs the Ministry of Fisheries of Ghana.\n",
        );
        assert_eq!(side(&v, "Efua Sam"), Some("Volta Growers Union"));
        assert_eq!(side(&v, "Kofi Dade"), Some("Ghana"));
    }

    #[test]
    fn who_studies_a_subject_at_a_named_body_belongs_to_it() {
        let v = actors(
            "Ines Moreau, who studies coastal trade at the Brenton Policy Institute, expects \
             a compromise.\n",
        );
        assert_eq!(side(&v, "Ines Moreau"), Some("Brenton Policy Institute"));
    }
}
