//! Entities: organisations named by context (companies, bodies, short forms).

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    /// `state_organ_keeps_its_name`: "Ukraine's defence ministry", "the Russian foreign
    /// ministry": a state named in the possessive (by name or capital) or by a nationality
    /// adjective, followed by at most three plain lower-case words of which the last is an
    /// organ noun (`data/body_nouns.txt`, kind `organ`), names an organ of that state: an
    /// organisation named by those words capitalised ("Defence Ministry"; "Defence Ministry
    /// of Ukraine" when another state's organ of that name came first), with the state as
    /// its side and the noun as its role, when it acts there: a reporting or stance verb
    /// follows it (after any verb-group words) or precedes it ("said Ukraine's defence
    /// ministry"). Named in passing ("at the Austrian foreign ministry") it stays a place.
    pub(crate) fn state_organs(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let n = doc.toks.len();
        let organs = crate::wordlists::organ_nouns();
        let plain = |k: usize| {
            doc.toks[k].word
                && !doc.toks[k].cap
                && !doc.toks[k].digit
                && !doc.has(k, F_CUE | F_STANCE | F_STOP)
                && !doc.lower_is(k, crate::wordlists::clause_links())
                && !doc.lower_is(k, name_connectors())
                && !doc.lower_is(k, determiners())
                && doc.verb_group(&self.lx, k).is_none()
        };
        for i in 0..n {
            let Some((k, len)) = gaz[i] else { continue };
            let last = i + len - 1;
            let ci = match k {
                Known::Country(ci) | Known::Capital(ci) if doc.toks[last].poss => ci,
                Known::Demonym(ci) if !doc.toks[last].poss => ci,
                _ => continue,
            };
            let s = i + len;
            let mut h = None;
            let mut e = s;
            while e < n && e < s + 3 && doc.para_of[e] == doc.para_of[i] && plain(e) {
                if doc.lower_is(e, organs) {
                    h = Some(e);
                    break;
                }
                e += 1;
            }
            let Some(h) = h else { continue };
            let mut v = h + 1;
            while v < n && v < h + 5 && doc.toks[v].word && doc.verb_group(&self.lx, v).is_some() {
                v += 1;
            }
            let acts = (v < n && !doc.toks[v].cap && doc.has(v, F_CUE | F_STANCE))
                || (i > 0 && doc.has(i - 1, F_CUE))
                || (i > 1 && doc.has(i - 2, F_CUE) && doc.lower_is(i - 1, &["the"]));
            if !acts {
                continue;
            }
            let words: Vec<String> = (s..=h)
                .map(|k| {
                    let w = doc.t(k);
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                        .unwrap_or_default()
                })
                .collect();
            let country = self.lx.countries[ci].clone();
            let mut name = words.join(" ");
            if ents
                .orgs
                .iter()
                .any(|o| o.name == name && o.affiliation.as_deref() != Some(country.as_str()))
            {
                name = format!("{name} of {country}");
            }
            let role = doc.t(h).to_lowercase();
            ents.org_mention(&name, Some(country), Some(role), i, h + 1);
        }
    }

    /// Later references to a company by the name without its business word or legal form:
    /// "Calloway" for "Calloway Resources plc", "Skyline" for "Skyline Air".
    pub(crate) fn company_short_forms(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let n = doc.toks.len();
        // Full names first: a name found once (by its context) is the same body elsewhere.
        let mut shorts: Vec<(usize, Vec<String>)> = ents
            .orgs
            .iter()
            .enumerate()
            .filter(|(_, o)| o.name.split_whitespace().count() <= 4)
            .map(|(o, org)| (o, org.name.split_whitespace().map(str::to_string).collect()))
            .collect();
        for (o, org) in ents.orgs.iter().enumerate() {
            let words: Vec<&str> = org.name.split_whitespace().collect();
            let mut keep = words.len();
            while keep > 0
                && crate::wordlists::company_words()
                    .contains(&words[keep - 1].to_lowercase().as_str())
            {
                keep -= 1;
            }
            if keep == 0 || keep == words.len() || keep > 3 {
                continue;
            }
            let first = words[0];
            let lw = first.to_lowercase();
            if self.lx.stop.contains(first)
                || self.lx.is_head(&lw)
                || self.lx.forms.contains_key(first)
                || !first.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            shorts.push((o, words[..keep].iter().map(|w| w.to_string()).collect()));
        }
        if shorts.is_empty() {
            return;
        }
        shorts.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        let mut taken = vec![false; n];
        for m in &ents.mentions {
            for x in &mut taken[m.t0..m.t1] {
                *x = true;
            }
        }
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        for (si, (_, words)) in shorts.iter().enumerate() {
            by_first.entry(words[0].as_str()).or_default().push(si);
        }
        for i in 0..n {
            if taken[i] || !doc.toks[i].word || !doc.toks[i].cap || gaz[i].is_some() {
                continue;
            }
            let Some(cands) = by_first.get(doc.t(i)) else {
                continue;
            };
            for &si in cands {
                let (o, words) = &shorts[si];
                let len = words.len();
                if i + len > n || (0..len).any(|d| doc.t(i + d) != words[d] || taken[i + d]) {
                    continue;
                }
                // The short form is the whole name here, not the start of a longer one.
                let e = i + len;
                if e < n && doc.toks[e].word && doc.toks[e].cap && !doc.toks[e - 1].poss {
                    continue;
                }
                let surface = doc.span(i, e);
                push_unique(&mut ents.orgs[*o].mentions, surface);
                ents.mentions.push(Mention {
                    t0: i,
                    t1: e,
                    kind: MKind::Org(*o),
                });
                for x in &mut taken[i..e] {
                    *x = true;
                }
                break;
            }
        }
    }

    /// A name that its context calls an organisation: after a common noun for one ("the
    /// Dutch bank ING", "the law firm Wiersholm", "the broadcaster ERT"), before one ("the
    /// Havenbond union", "the G77 bloc"), or after an analyst's "at" ("an analyst at Cowen").
    pub(crate) fn org_by_context(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        gaz: &Gaz,
        ents: &mut Entities,
    ) -> bool {
        let n = doc.toks.len();
        let mut s = t0;
        while s < t1 && (determiners().contains(&doc.t(s)) || doc.has(s, F_STOP)) {
            s += 1;
        }
        if s >= t1 || t1 - s > 4 || gaz[s].is_some_and(|(_, len)| s + len >= t1) {
            return false;
        }
        if self.lone_body_before_role(doc, gaz, s, t1) {
            ents.org_mention(doc.span(s, t1), None, None, s, t1);
            return true;
        }
        if (s..t1).any(|k| doc.has(k, F_HEAD) || doc.toks[k].poss) {
            return false;
        }
        // Every part a name: "Ouest-France", "G77", not "the Anti-war coalition".
        let name_word = |k: usize| {
            doc.t(k).split('-').all(|p| {
                p.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
        };
        if !(s..t1).all(name_word) {
            return false;
        }
        let lower_at = |k: usize, set: &[&str]| k < n && !doc.toks[k].cap && doc.lower_is(k, set);
        let noun_before = s == t0
            && t0 > 0
            && (crate::wordlists::business_nouns().contains(&doc.t(t0 - 1))
                || lower_at(
                    t0 - 1,
                    &[
                        "bank",
                        "firm",
                        "newspaper",
                        "broadcaster",
                        "agency",
                        "company",
                        "carrier",
                        "airline",
                        "insurer",
                        "network",
                        "channel",
                        "daily",
                        "magazine",
                        "website",
                        "outlet",
                        "lender",
                        "regulator",
                        "watchdog",
                        "tank",
                        "consultancy",
                        "miner",
                        "automaker",
                        "carmaker",
                        "retailer",
                        "publisher",
                        "group",
                        "union",
                        "conglomerate",
                        "giant",
                        "producer",
                        "supplier",
                        "chain",
                        "operator",
                    ],
                ))
            && ((t0.saturating_sub(6)..t0 - 1).any(|k| doc.lower_is(k, &["the", "a", "an"]))
                || bare_body_noun_before_name(doc, gaz, t0 - 1)
                || self.owning_country_before_noun(doc, gaz, t0 - 1).is_some());
        let noun_after = s > t0
            && doc.lower_is(t0, &["the"])
            && lower_at(
                t1,
                &[
                    "union",
                    "bloc",
                    "alliance",
                    "party",
                    "movement",
                    "coalition",
                    "militia",
                    "consortium",
                    "cartel",
                ],
            );
        let apposed = s == t0
            && (body_noun_in_apposition(doc, t0, t1)
                || self.lone_body_before_role(doc, gaz, s, t1));
        let analyst_at = s == t0
            && t0 >= 2
            && doc.is(t0 - 1, "at")
            && self.lx.analysts.contains(&doc.t(t0 - 2).to_lowercase());
        let based = s == t0 && based_adjective_before_name(doc, t0);
        if !(noun_before || noun_after || analyst_at || apposed || based) {
            return false;
        }
        // A place is not an organisation ("an analyst at Kyiv").
        if (s..t1).any(|k| doc.has(k, F_PLACE) || matches!(gaz[k], Some((Known::Capital(_), _)))) {
            return false;
        }
        // "the Austrian hauliers' association NAME": a members' body is its own side
        // (`members_body_is_its_own_side`), wherever its members are.
        let members_noun = noun_before
            && crate::wordlists::member_body_words()
                .contains(&doc.t(t0 - 1).to_lowercase().as_str());
        let affiliation = if members_noun {
            None
        } else if noun_before {
            // "the Dutch bank NAME", "the Oslo-based insurer NAME".
            (t0.saturating_sub(5)..t0)
                .find_map(|k| match gaz[k] {
                    Some((Known::Demonym(ci), _)) => Some(self.lx.countries[ci].clone()),
                    _ => self
                        .based_in(doc, gaz, k)
                        .filter(|_| doc.t(k).ends_with("-based")),
                })
                .or_else(|| self.owning_country_before_noun(doc, gaz, t0 - 1))
        } else if based {
            self.based_in(doc, gaz, t0 - 1)
        } else {
            None
        };
        let name = doc.span(s, t1);
        // The noun says what kind of body it is ("union", "bank").
        let kind = if noun_before {
            Some(doc.t(t0 - 1).to_lowercase())
        } else if noun_after {
            Some(doc.t(t1).to_lowercase())
        } else if apposed {
            Some(doc.t(t0 - 2).to_lowercase())
        } else {
            None
        };
        ents.org_mention(name, affiliation, kind, s, t1);
        true
    }

    pub(crate) fn owner_country(&self, doc: &Doc, s: usize, gaz: &Gaz) -> Option<String> {
        // "Ukraine's Air Force", "Moscow-based Digoria Expert Club".
        let k = s.checked_sub(1)?;
        let w = doc.t(k);
        if let Some((Known::Demonym(ci), 1)) = gaz[k] {
            return Some(self.lx.countries[ci].clone());
        }
        if w.ends_with("-based") {
            if let Some(side) = self.based_in(doc, gaz, k) {
                return Some(side);
            }
        }
        let mut b = k;
        while b > 0 && gaz[b].is_none() && doc.toks[b - 1].word && doc.toks[b - 1].cap {
            b -= 1;
        }
        match gaz[b] {
            Some((Known::Country(ci) | Known::Capital(ci), len))
                if b + len == k + 1 && doc.toks[k].poss =>
            {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        }
    }
}

impl Extractor {
    /// `owning_country_before_body_noun`: a country (or its capital) in the possessive a few
    /// lower-case words before the body noun at `noun` ("Ukraine's state nuclear operator
    /// NAME", "Norway's largest bank NAME") says the named body is that country's: returns
    /// the country.
    pub(crate) fn owning_country_before_noun(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        noun: usize,
    ) -> Option<String> {
        let mut k = noun;
        while k > 0 && noun - k < 4 {
            k -= 1;
            if let Some((Known::Country(ci) | Known::Capital(ci), len)) = gaz[k] {
                return doc.toks[k + len - 1]
                    .poss
                    .then(|| self.lx.countries[ci].clone());
            }
            let t = doc.toks[k];
            if !t.word || t.cap || doc.has(k, F_STOP | F_CUE | F_VGROUP) {
                return None;
            }
        }
        None
    }
}

/// `based_adjective_before_name`: a capitalised name at `t0` right after "the", "a" or "an"
/// and an adjective of seat ("Oslo-based", "Geneva-headquartered") is a body's name: a
/// person is described by a role after the adjective ("a Kyiv-based analyst NAME"), a body
/// by the adjective alone.
pub(crate) fn based_adjective_before_name(doc: &Doc, t0: usize) -> bool {
    t0 >= 2
        && ["-based", "-headquartered"]
            .iter()
            .any(|suf| doc.t(t0 - 1).ends_with(suf))
        && doc.lower_is(t0 - 2, &["the", "a", "an"])
}

impl Extractor {
    /// `apposition_places_body_in_country`: an organisation with no side, named and then
    /// described by a noun phrase in apposition (", the third-largest carmaker in Spain,",
    /// ", a Dutch logistics group,"), belongs to the first country that phrase names (by
    /// name or nationality, not in the possessive), up to the end of the phrase (a comma,
    /// a full stop, a relative pronoun or a conjunction), at most twelve words on.
    pub(crate) fn apposition_places_body_in_country(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &mut Entities,
    ) {
        let n = doc.toks.len();
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Org(o) = m.kind else { continue };
            if ents.orgs[o].affiliation.is_some()
                || found.iter().any(|(x, _)| *x == o)
                || doc.in_quote[m.t0]
                || m.t1 + 2 >= n
                || !doc.is(m.t1, ",")
                || !doc.lower_is(m.t1 + 1, &["a", "an", "the"])
            {
                continue;
            }
            let end = (m.t1 + 14).min(n);
            let mut k = m.t1 + 2;
            while k < end {
                if !doc.toks[k].word
                    || doc.in_quote[k]
                    || doc.lower_is(k, &["that", "which", "who", "whose", "and", "but", "or"])
                {
                    break;
                }
                if let Some((Known::Country(ci) | Known::Demonym(ci), len)) = gaz[k] {
                    if !doc.toks[k + len - 1].poss {
                        found.push((o, self.lx.countries[ci].clone()));
                    }
                    break;
                }
                // ", a Toronto-based insurer", ", a carmaker based in Ohio": a capital or a
                // state or province of a federation gives its country.
                if let Some(side) = self.based_in(doc, gaz, k) {
                    found.push((o, side));
                    break;
                }
                k += 1;
            }
        }
        for (o, side) in found {
            let org = &mut ents.orgs[o];
            org.affiliation = Some(side);
            org.affiliation_rule = Some("apposition_places_body_in_country");
        }
    }

    /// The country of the place named at token `k` as a body's seat: "CAPITAL-based",
    /// "CITY-based" or "STATE-based" in one token, or a capital, a large city
    /// (`data/cities.tsv`) or a state or province of a federation (`data/subdivisions.tsv`)
    /// after "in".
    pub(crate) fn based_in(&self, doc: &Doc, gaz: &Gaz, k: usize) -> Option<String> {
        if let Some(base) = doc.t(k).strip_suffix("-based") {
            if let Some(Known::Capital(ci) | Known::Country(ci)) = self.lx.forms.get(base) {
                return Some(self.lx.countries[*ci].clone());
            }
            if let Some(c) = super::national::city_country(base) {
                return Some(c.to_string());
            }
            return super::subdivisions::subdivision_country(base).map(str::to_string);
        }
        if k > 0 && doc.lower_is(k - 1, &["in"]) && doc.toks[k].cap {
            if let Some((Known::Capital(ci), _)) = gaz[k] {
                return Some(self.lx.countries[ci].clone());
            }
            if let Some((c, _)) = super::national::city_at(doc, k) {
                return Some(c.to_string());
            }
            return super::subdivisions::subdivision_country_at(doc, k).map(|(c, _)| c.to_string());
        }
        None
    }

    /// Whether the name at `s..t1` is used as a company's (or charity's, agency's, club's):
    /// after a business noun (`shipping group Olsen Maritime`, `an agency, Carewell
    /// Staffing`), with one in apposition (`, the Hamburg-based carrier,`), or as the object
    /// of corporate finance (`shares in`, `takeover of`, `bid for`). Returns the country a
    /// nationality before the noun gives, and the noun.
    pub(crate) fn company_context(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        s: usize,
        t1: usize,
    ) -> Option<(Option<String>, &'static str)> {
        let n = doc.toks.len();
        let noun_at = |k: usize| -> Option<&'static str> {
            let t = doc.toks[k];
            if !t.word || t.cap || t.poss {
                return None;
            }
            let w = doc.t(k).to_lowercase();
            crate::wordlists::business_nouns()
                .iter()
                .copied()
                .find(|x| *x == w)
        };
        let side_before = |k: usize| {
            (k.saturating_sub(3)..k).find_map(|j| match gaz[j] {
                Some((Known::Demonym(ci) | Known::Country(ci), _)) => {
                    Some(self.lx.countries[ci].clone())
                }
                _ => None,
            })
        };
        if s >= 1 {
            if let Some(noun) = noun_at(s - 1) {
                return Some((side_before(s - 1), noun));
            }
        }
        if s >= 3 && doc.is(s - 1, ",") && doc.lower_is(s - 3, &["a", "an", "the"]) {
            if let Some(noun) = noun_at(s - 2) {
                return Some((side_before(s - 2), noun));
            }
        }
        if t1 + 2 < n && doc.is(t1, ",") {
            let mut k = t1 + 1;
            if doc.lower_is(k, &["a", "an", "the"]) {
                k += 1;
            }
            let a = k;
            while k < n && k < a + 4 && doc.toks[k].word {
                if let Some(noun) = noun_at(k) {
                    // ", a rebel group active along the coast," but not ", a group leader".
                    let closed = k + 1 < n
                        && (matches!(doc.t(k + 1), "," | "." | ";")
                            || doc.lower_is(k + 1, &["that", "which", "whose"])
                            || (doc.toks[k + 1].word
                                && !doc.toks[k + 1].cap
                                && !doc.has(k + 1, F_HEAD | F_MOD | F_ORG)
                                && !self.lx.analysts.contains(&doc.t(k + 1).to_lowercase())));
                    if closed && k > t1 + 1 && doc.lower_is(t1 + 1, &["a", "an", "the"]) {
                        return Some((side_before(k + 1).filter(|_| k > a), noun));
                    }
                    break;
                }
                k += 1;
            }
        }
        if s >= 2 {
            let finance = (doc.lower_is(s - 1, &["in", "of"])
                && doc.lower_is(s - 2, &["shares", "stake", "takeover", "acquisition"]))
                || (doc.lower_is(s - 1, &["for"]) && doc.lower_is(s - 2, &["bid", "offer"]))
                || (doc.lower_is(s - 1, &["with"]) && doc.lower_is(s - 2, &["merger"]));
            if finance {
                return Some((None, "company"));
            }
        }
        None
    }
}

/// `acronym_spells_name`: a capitalised run `s..t1` followed by an all-capital word of two
/// or more letters in brackets whose letters are, in order, the initials of the run's
/// capitalised words and hyphenated parts (lower-case connectors skipped) is an
/// organisation's name given with its short form ("Conseil du Café-Cacao (CCC)", "Board of
/// Control for Cricket in India (BCCI)"): people are not given acronyms that spell them.
pub(crate) fn acronym_spells_name(doc: &Doc, s: usize, t1: usize) -> bool {
    let n = doc.toks.len();
    if t1 + 2 >= n || !doc.is(t1, "(") || !doc.is(t1 + 2, ")") || !doc.toks[t1 + 1].allcaps {
        return false;
    }
    let acr: Vec<char> = doc
        .t(t1 + 1)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if acr.len() < 2 {
        return false;
    }
    let initials: Vec<char> = (s..t1)
        .filter(|&k| doc.toks[k].word && doc.toks[k].cap)
        .flat_map(|k| doc.t(k).split('-'))
        .filter_map(|part| part.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials.len() >= 2 && initials == acr
}

/// `bracketed_short_form`: the word in brackets right after an organisation's name is its
/// short form when it is all capitals ("(APU)") or one capitalised word that is no place,
/// state or known body ("the Ghana Cocoa Board (Cocobod)").
pub(crate) fn bracketed_short_form(doc: &Doc, gaz: &Gaz, k: usize) -> bool {
    let t = doc.toks[k];
    t.allcaps
        || (t.word
            && t.cap
            && !t.poss
            && gaz[k].is_none()
            && !doc.has(k, F_PLACE)
            && doc.t(k).chars().count() >= 3
            && super::national::city_country(doc.t(k)).is_none())
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn apposition_places_body_in_country() {
        let v = actors(
            "Workers walked out at Torvane Motors on Monday. Torvane Motors, the largest \
             carmaker in Portugal, said the strike was illegal.\n",
        );
        assert_eq!(side(&v, "Torvane Motors"), Some("Portugal"));
        let v = actors(
            "Nurses struck at Callow Health Systems, a Manitoba-based hospital operator, on \
             Monday.\n",
        );
        assert_eq!(side(&v, "Callow Health Systems"), Some("Canada"));
    }

    #[test]
    fn owning_country_before_body_noun() {
        let v = actors(
            "The head of Norway's state power utility Vannkraft told reporters on Monday that \
             prices would rise.\n",
        );
        assert_eq!(side(&v, "Vannkraft"), Some("Norway"));
        assert!(
            v.iter()
                .all(|a| a.name != "Vannkraft" || a.kind != crate::records::ActorKind::Person),
            "{v:#?}"
        );
    }

    #[test]
    fn based_adjective_before_name() {
        let v = actors(
            "The plan is fragile, said Ana Costa, a researcher at the Lisbon-based Instituto \
             Atlantico, on Monday.\n",
        );
        assert_eq!(side(&v, "Instituto Atlantico"), Some("Portugal"));
        let v = actors("Premiums rose, the Oslo-based insurer Fjordvern Marine said on Monday.\n");
        assert_eq!(side(&v, "Fjordvern Marine"), Some("Norway"));
        // A role after the adjective describes a person.
        let v =
            actors("The Kyiv-based analyst Olena Hrytsenko said on Monday the talks were over.\n");
        assert!(v.iter().all(|a| a.name != "Olena Hrytsenko" || a.kind == crate::records::ActorKind::Person), "{v:#?}");
    }

    #[test]
    fn acronym_spells_name() {
        let v = actors(
            "Talks opened on Monday between Ghana and Senegal's Conseil du Riz-Paddy (CRP). \
             The CRP's director of marketing, Lena Obi, said the offer was too low.\n",
        );
        assert!(v.iter().any(|a| a.name == "Conseil du Riz-Paddy"), "{v:#?}");
        assert!(side(&v, "Lena Obi").is_some(), "{v:#?}");
        // A person's name followed by a party's letters in brackets stays a person.
        let v = actors("Mary Jones (SNP) said the vote was lost.\n");
        assert!(
            v.iter()
                .any(|a| a.name == "Mary Jones" && a.kind == crate::records::ActorKind::Person),
            "{v:#?}"
        );
    }

    #[test]
    fn bracketed_short_form() {
        let v = actors(
            "The Harbour Pilots Board (Pilotboard) rejected the offer on Monday. \
             Pilotboard's chief executive, Arne Dahl, said talks were over.\n",
        );
        assert_eq!(side(&v, "Arne Dahl"), Some("Harbour Pilots Board"));
    }
}
