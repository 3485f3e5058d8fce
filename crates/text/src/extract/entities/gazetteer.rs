//! Entities, first pass: gazetteer matches, capitalised name runs, acronyms, known
//! surnames, pronouns and title phrases.

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    pub(crate) fn gaz_at(&self, doc: &Doc, i: usize) -> Option<(Known, usize)> {
        if !doc.toks[i].word || !(doc.toks[i].cap || doc.toks[i].digit) {
            return None;
        }
        let max = self.lx.max_form_words.min(doc.toks.len() - i);
        // The key is built only for forms of two words or more: most tokens end at one.
        let mut key = String::new();
        let mut best = None;
        for len in 1..=max {
            let k = i + len - 1;
            if !doc.toks[k].word || doc.para_of[k] != doc.para_of[i] {
                break;
            }
            let form = if len == 1 {
                doc.t(k)
            } else {
                if len == 2 {
                    key.push_str(doc.t(i));
                }
                key.push(' ');
                key.push_str(doc.t(k));
                key.as_str()
            };
            if !self.lx.prefixes.contains(form) {
                break;
            }
            if let Some(&kn) = self.lx.forms.get(form) {
                best = Some((kn, len));
            }
            if doc.toks[k].poss {
                break;
            }
        }
        best
    }

    pub(crate) fn find_entities(&self, doc: &Doc) -> Entities {
        let lx = &self.lx;
        let n = doc.toks.len();
        let mut ents = Entities::default();
        // Gazetteer matches.
        let mut gaz: Vec<Option<(Known, usize)>> = vec![None; n];
        let mut covered = vec![false; n];
        let mut i = 0;
        while i < n {
            if let Some((k, len)) = self.gaz_at(doc, i) {
                // `capital_after_given_name_is_a_surname`: "said Ana Lima", "Maria Paris
                // said", "correspondent Ana Lima", "Jean Paris, head of ...": a capital after a
                // given name, where an attribution or a role names a person, is a surname.
                if let (Known::Capital(_), 1) = (k, len) {
                    let role_after = role_after_comma(doc, i + 1);
                    let prev = i.checked_sub(1).filter(|&j| {
                        doc.toks[j].word
                            && doc.toks[j].cap
                            && !doc.has(j, F_HEAD | F_MOD | F_STOP | F_PLACE | F_ORG | F_CUE)
                            && gaz[j].is_none()
                            && (doc.sents[doc.sent_of[j]].0 != j || role_after)
                            && !matches!(
                                doc.t(j),
                                "New"
                                    | "Old"
                                    | "East"
                                    | "West"
                                    | "North"
                                    | "South"
                                    | "Central"
                                    | "Greater"
                                    | "Upper"
                                    | "Lower"
                                    | "Downtown"
                            )
                    });
                    // Also after a lower-case role ("correspondent Ana Lima").
                    let in_attribution = prev.is_some_and(|j| {
                        (j > 0 && doc.has(j - 1, F_CUE))
                            || (j > 0 && doc.has(j - 1, F_HEAD) && !doc.toks[j - 1].cap)
                            || (i + 1 < n && (doc.has(i + 1, F_CUE) || doc.t(i + 1) == ","))
                    });
                    if in_attribution {
                        i += 1;
                        continue;
                    }
                }
                // `region_is_no_country`: "Latin America", "Central Asia", "Northern
                // Ireland": a compass or region word before a one-word country form names a
                // region; the whole-name forms ("South Africa", "North Korea") match first.
                if let (Known::Country(_) | Known::Demonym(_), 1) = (k, len) {
                    let region = i > 0
                        && matches!(
                            doc.t(i - 1),
                            "Latin"
                                | "Central"
                                | "Northern"
                                | "Southern"
                                | "Eastern"
                                | "Western"
                                | "Greater"
                                | "Upper"
                                | "Lower"
                                | "New"
                        );
                    if region {
                        i += 1;
                        continue;
                    }
                }
                if let Known::Country(_) | Known::Demonym(_) = k {
                    if part_of_geographic_feature(doc, i, len) {
                        i += len;
                        continue;
                    }
                }
                gaz[i] = Some((k, len));
                for c in &mut covered[i..i + len] {
                    *c = true;
                }
                i += len;
            } else {
                i += 1;
            }
        }
        let gaz = Gaz::new(gaz, &self.lx);
        let is_conn = |i: usize| {
            doc.toks[i].word && !doc.toks[i].cap && name_connectors().contains(&doc.t(i))
        };
        // Capitalised runs.
        let mut person_hits: Vec<(usize, usize, usize)> = Vec::new(); // (t0, name_start, t1)
        let mut i = 0;
        while i < n {
            let tk = doc.toks[i];
            let hyphen_adj = || {
                ["-based", "-led", "-backed", "-born", "-owned", "-run"]
                    .iter()
                    .any(|suf| doc.t(i).ends_with(suf))
            };
            let starts = tk.word
                && (tk.cap
                    || (tk.digit && i + 1 < n && doc.toks[i + 1].cap && doc.toks[i + 1].word))
                && !hyphen_adj();
            if !starts {
                i += 1;
                continue;
            }
            let p = doc.para_of[i];
            let mut j = i;
            loop {
                // "St. Brigid's Medical Center", "People's Liberation Army", "Professional
                // Footballers' Union": a possessive inside an organisation's name.
                if let Some(e) = possessive_in_org_name(doc, j, i) {
                    j = e;
                    continue;
                }
                if doc.toks[j].poss {
                    j += 1;
                    break;
                }
                let nx = j + 1;
                if nx < n
                    && doc.para_of[nx] == p
                    && doc.toks[nx].word
                    && doc.toks[nx].cap
                    && !doc.t(nx).ends_with("-based")
                {
                    j = nx;
                    continue;
                }
                // Name particles: "Ursula von der Leyen", "Charles de Gaulle".
                let mut pk = nx;
                while pk < n
                    && pk < nx + 2
                    && doc.lower_is(
                        pk,
                        &[
                            "von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le",
                            "dos", "das", "do", "bin", "al", "ibn",
                        ],
                    )
                    && !doc.toks[pk].cap
                {
                    pk += 1;
                }
                if pk > nx
                    && pk < n
                    && doc.toks[pk].word
                    && doc.toks[pk].cap
                    && doc.para_of[pk] == p
                {
                    j = pk;
                    continue;
                }
                // "Center for Political and Strategic Studies", "Ministry of Trade, Industry
                // and Fisheries": a list inside an organisation's name after "of"/"for".
                let named_after_of = (i..=j).any(|k| doc.has(k, F_ORG))
                    && (i..=j).any(|k| doc.lower_is(k, &["of", "for", "on"]));
                let plain_name_word = |k: usize| {
                    k < n
                        && doc.toks[k].word
                        && doc.toks[k].cap
                        && doc.para_of[k] == p
                        && gaz[k].is_none()
                        && !doc.has(k, F_HEAD | F_MOD | F_STOP)
                };
                // Portfolio words are list items here ("Ministry of Economy, Trade and
                // Industry"): any capitalised word of no known entity.
                let list_word = |k: usize| {
                    k < n
                        && doc.toks[k].word
                        && doc.toks[k].cap
                        && doc.para_of[k] == p
                        && gaz[k].is_none()
                        && !doc.has(k, F_STOP)
                };
                if named_after_of
                    && nx + 1 < n
                    && (doc.is(nx, "and")
                        || (doc.is(nx, ",")
                            && list_word(nx + 1)
                            && (doc.is(nx + 2, ",") || doc.is(nx + 2, "and"))))
                    && list_word(nx + 1)
                {
                    j = nx + 1;
                    continue;
                }
                // "Intergovernmental Authority on Development".
                if doc.has(j, F_ORG) && doc.is(nx, "on") && plain_name_word(nx + 1) {
                    j = nx + 1;
                    continue;
                }
                // "Port of Rotterdam Authority": "of" inside a name that ends in an
                // organisation word.
                if doc.is(nx, "of")
                    && !doc.toks[j].poss
                    && !person_before_of_is_no_body_name(doc, &gaz, i, j)
                {
                    let mut e = nx + 1;
                    while e < n
                        && e < nx + 4
                        && doc.toks[e].word
                        && doc.toks[e].cap
                        && doc.para_of[e] == p
                    {
                        e += 1;
                    }
                    if e > nx + 2 && doc.has(e - 1, F_ORG) && !doc.toks[e - 1].poss {
                        j = e - 1;
                        continue;
                    }
                }
                // "Metal and Foundry Workers Union": "and" inside an organisation's name; not
                // after a name that already ends in an organisation word ("the Liberal Party
                // and Tarnby Shipping Ltd" are two bodies).
                if nx + 1 < n
                    && doc.is(nx, "and")
                    && doc.toks[nx + 1].cap
                    && doc.toks[nx + 1].word
                    && !(doc.has(j, F_ORG) && j > i)
                {
                    let mut e = nx + 1;
                    while e < n
                        && e < nx + 6
                        && doc.toks[e].word
                        && doc.toks[e].cap
                        && doc.para_of[e] == p
                    {
                        // "AU Peace and Security Council": a known body may end the name.
                        let tail_ok = match gaz[nx + 1] {
                            None => true,
                            Some((Known::Org(_), l)) => nx + 1 + l == e + 1,
                            _ => false,
                        };
                        if doc.has(e, F_ORG) && tail_ok && gaz[j].is_none() {
                            j = e;
                            break;
                        }
                        e += 1;
                    }
                    if j == e {
                        continue;
                    }
                }
                let has_org_head = (i..=j).any(|k| doc.has(k, F_ORG));
                if has_org_head
                    && nx + 2 < n
                    && is_conn(nx)
                    && doc.t(nx + 1) == "the"
                    && doc.toks[nx + 2].word
                    && doc.toks[nx + 2].cap
                    && doc.para_of[nx + 2] == p
                {
                    j = nx + 2;
                    continue;
                }
                if nx + 1 < n
                    && is_conn(nx)
                    && doc.toks[nx + 1].word
                    && doc.toks[nx + 1].cap
                    && doc.para_of[nx + 1] == p
                {
                    // "of"/"for" joins only inside organisation names; "the" only after them.
                    if has_org_head
                        || doc.t(nx) == "of"
                            && (i..=j).any(|k| doc.has(k, F_HEAD))
                            && !person_before_of_is_no_body_name(doc, &gaz, i, j)
                    {
                        j = nx + 1;
                        continue;
                    }
                    if doc.t(nx) == "the" && nx >= 1 && matches!(doc.t(nx - 1), "for" | "of") {
                        j = nx + 1;
                        continue;
                    }
                }
                j += 1;
                break;
            }
            let (t0, t1) = (i, j);
            i = j;
            if doc.para_skip[p] {
                // Known entities still count in headlines and captions; nothing new is learnt.
                continue;
            }
            self.classify_run(doc, t0, t1, &gaz, &mut ents, &mut person_hits);
        }
        // Gazetteer entities outside organisation names.
        let mut in_org = vec![false; n];
        for m in ents
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MKind::Org(_)))
        {
            for x in &mut in_org[m.t0..m.t1] {
                *x = true;
            }
        }
        for i in 0..n {
            let Some((k, len)) = gaz[i] else { continue };
            if in_org[i] {
                continue;
            }
            let surface = doc.span(i, i + len);
            match k {
                Known::Country(ci) | Known::Capital(ci) => {
                    // "the Minsk agreements", "the UK Takeover Code": a place naming a
                    // document or event, not a government.
                    let mut e = i + len;
                    while e < n && e < i + len + 3 && doc.toks[e].word && doc.toks[e].cap {
                        if doc.has(e, F_EVENT) {
                            break;
                        }
                        e += 1;
                    }
                    if doc.has(e, F_EVENT) {
                        continue;
                    }
                    let c = ents.country(lx, ci);
                    // "(Oslo: NVM)": a stock listing, not the government.
                    let listing = i > 0 && doc.is(i - 1, "(") && doc.is(i + len, ":");
                    let locative = self.locative(doc, i) || dateline_place(doc, i, len) || listing;
                    let mention = !locative || matches!(k, Known::Country(_));
                    if !locative && !doc.para_skip[doc.para_of[i]] {
                        ents.countries[c].acting = true;
                    }
                    if mention {
                        push_unique(&mut ents.countries[c].mentions, surface);
                    }
                    ents.mentions.push(Mention {
                        t0: i,
                        t1: i + len,
                        kind: MKind::Country(c),
                    });
                }
                Known::Org(oi) => {
                    // "whose Commission chairperson", "the AU's Commission": a common word
                    // that is also a known body's short name, here owned by someone else.
                    let owned = i > 0
                        && len == 1
                        && doc.has(i, F_ORG)
                        && (doc.toks[i - 1].poss
                            || doc.lower_is(i - 1, &["whose", "its", "their", "his", "her"]));
                    if owned || dateline_credit(doc, i, len) {
                        continue;
                    }
                    let e = &lx.orgs[oi];
                    let o = ents.org(&e.name, e.affiliation.clone(), e.role.clone());
                    push_unique(&mut ents.orgs[o].mentions, surface);
                    ents.mentions.push(Mention {
                        t0: i,
                        t1: i + len,
                        kind: MKind::Org(o),
                    });
                }
                Known::Demonym(ci) => {
                    // "the Chinese delegation", "the Egyptian government": the state speaking.
                    // "the Qatari foreign ministry" too.
                    let field = usize::from(
                        doc.lower_is(i + len, &["foreign", "defence", "defense", "interior"])
                            && doc.lower_is(i + len + 1, &["ministry", "office"]),
                    );
                    let collective = field == 1
                        || doc.lower_is(
                            i + len,
                            &[
                                "delegation",
                                "government",
                                "side",
                                "authorities",
                                "administration",
                                "negotiators",
                                "leadership",
                                "cabinet",
                                "embassy",
                            ],
                        );
                    // "the Austrian foreign ministry's spokesperson" names a person's side,
                    // not the state acting.
                    // ("the Colombian government's chief negotiator" does name the state.)
                    let owner = doc.toks[(i + len + field).min(n - 1)].poss
                        && !(field == 0 && doc.lower_is(i + len, &["government"]));
                    if collective && !owner && i > 0 && doc.lower_is(i - 1, &["the"]) {
                        let c = ents.country(lx, ci);
                        if !doc.para_skip[doc.para_of[i]] {
                            ents.countries[c].acting = true;
                        }
                        let end = i + len + 1 + field;
                        push_unique(&mut ents.countries[c].mentions, doc.span(i, end));
                        ents.mentions.push(Mention {
                            t0: i,
                            t1: end,
                            kind: MKind::Country(c),
                        });
                    }
                }
            }
        }
        // All-capital names that report or are reported ("FREEDOM reports").
        for i in 0..n {
            let tk = doc.toks[i];
            if !tk.allcaps
                || initials_word(doc.t(i))
                || covered[i]
                || in_org[i]
                || doc.para_skip[doc.para_of[i]]
                || doc.t(i).chars().count() < 3
            {
                continue;
            }
            if i + 1 < n && doc.toks[i + 1].allcaps || i > 0 && doc.toks[i - 1].allcaps {
                continue;
            }
            // "(CBI)": an acronym defined in brackets belongs to the name before it.
            if i > 0 && doc.is(i - 1, "(") && doc.is(i + 1, ")") {
                continue;
            }
            let cue_follows = (i + 1..(i + 3).min(n)).any(|k| doc.has(k, F_CUE));
            if cue_follows {
                ents.org_mention(doc.t(i), None, Some("news outlet".to_string()), i, i + 1);
            }
        }
        // "Conseil du Café-Cacao (CCC)": a name its acronym spells is a body's.
        person_hits.retain(|&(t0, s, t1)| {
            let Some(a) = [t0, s]
                .into_iter()
                .find(|&a| acronym_spells_name(doc, a, t1))
            else {
                return true;
            };
            ents.org_mention(doc.span(a, t1), None, None, a, t1);
            false
        });
        // Short forms given in brackets after an organisation: "Armed Forces of Ukraine
        // (APU)", "the Ghana Cocoa Board (Cocobod)".
        let org_mentions: Vec<Mention> = ents
            .mentions
            .iter()
            .copied()
            .filter(|m| matches!(m.kind, MKind::Org(_)))
            .collect();
        let mut acronyms: HashMap<&str, (usize, usize)> = HashMap::new();
        for m in org_mentions {
            if m.t1 + 2 < n
                && doc.is(m.t1, "(")
                && bracketed_short_form(doc, &gaz, m.t1 + 1)
                && doc.is(m.t1 + 2, ")")
            {
                if let MKind::Org(o) = m.kind {
                    let acr = doc.t(m.t1 + 1);
                    push_unique(&mut ents.orgs[o].mentions, acr);
                    acronyms.entry(acr).or_insert((o, m.t1 + 1));
                }
            }
        }
        if !acronyms.is_empty() {
            for k in 0..n {
                if !doc.toks[k].cap {
                    continue;
                }
                if let Some(&(o, def)) = acronyms.get(doc.t(k)) {
                    if k != def {
                        ents.mentions.push(Mention {
                            t0: k,
                            t1: k + 1,
                            kind: MKind::Org(o),
                        });
                    }
                }
            }
        }
        // "Danish shipping group Olsen Maritime", "Brandt Fischer, the Hamburg-based
        // carrier,": a name the article calls a company is one in all its mentions.
        let companies: Vec<(&str, Option<String>, &str)> = person_hits
            .iter()
            .filter_map(|&(_, s, t1)| {
                let (aff, noun) = self.company_context(doc, &gaz, s, t1)?;
                Some((doc.span(s, t1), aff, noun))
            })
            .collect();
        if !companies.is_empty() {
            person_hits.retain(|&(_, s, t1)| {
                let full = doc.span(s, t1);
                let Some((_, aff, noun)) = companies.iter().find(|c| c.0 == full) else {
                    return true;
                };
                ents.org_mention(full, aff.clone(), Some((*noun).to_string()), s, t1);
                false
            });
        }
        self.company_short_forms(doc, &gaz, &mut ents);
        self.state_organs(doc, &gaz, &mut ents);
        ents.mentions
            .sort_by_key(|m| (m.t0, std::cmp::Reverse(m.t1)));
        ents.sorted = ents.mentions.len();
        self.portfolio_is_no_name(doc, &mut person_hits);
        self.persons_from_hits(doc, &gaz, &mut ents, &person_hits);
        // Single capitalised words that are a known person's surname ("Peskov added").
        let taken: Vec<bool> = {
            let mut v = vec![false; n];
            for m in &ents.mentions {
                for x in &mut v[m.t0..m.t1] {
                    *x = true;
                }
            }
            v
        };
        // First letters of surname keys, and of the first of two surnames
        // (`first_of_two_surnames_names_the_person`).
        let initials: Vec<char> = ents
            .persons
            .iter()
            .filter_map(|p| p.surname_key.chars().next())
            .chain(
                ents.persons
                    .iter()
                    .filter(|p| p.name_tokens >= 3)
                    .filter_map(|p| {
                        let w = p.name.split_whitespace().rev().nth(1)?;
                        w.chars().next().and_then(|c| c.to_lowercase().next())
                    }),
            )
            .collect();
        for i in 0..n {
            if taken[i]
                || !doc.toks[i].word
                || !doc.toks[i].cap
                || covered[i]
                || doc.t(i).chars().count() < 3
            {
                continue;
            }
            if doc.has(i, F_STOP) {
                continue;
            }
            let initial = doc
                .t(i)
                .chars()
                .next()
                .map(|c| c.to_lowercase().next().unwrap_or(c));
            if !initial.is_some_and(|c| initials.contains(&c)) {
                continue;
            }
            let alone = !(i + 1 < n && doc.toks[i + 1].word && doc.toks[i + 1].cap);
            let found = ents
                .find_person(doc.t(i), None)
                .or_else(|| alone.then(|| ents.by_first_surname(doc.t(i))).flatten());
            if let Some(pi) = found {
                let mut t0 = i;
                // "Mr. Zelensky", "President Putin": keep the title in the mention.
                while t0 > 0 && doc.toks[t0 - 1].word && doc.toks[t0 - 1].cap && {
                    let w = doc.t(t0 - 1).trim_end_matches('.').to_lowercase();
                    lx.is_head(&w) || lx.mods.contains(&w) || is_honorific(&w)
                } {
                    t0 -= 1;
                }
                push_unique(&mut ents.persons[pi].mentions, doc.span(t0, i + 1));
                if t0 < i {
                    push_unique(&mut ents.persons[pi].mentions, doc.t(i));
                    if ents.persons[pi].female.is_none() {
                        ents.persons[pi].female = stated_gender(doc.span(t0, i));
                    }
                }
                ents.mentions.push(Mention {
                    t0,
                    t1: i + 1,
                    kind: MKind::Person(pi),
                });
            }
        }
        // Pronouns and title phrases.
        for i in 0..n {
            if !doc.toks[i].word {
                continue;
            }
            let w = doc.t(i);
            let surname_he = w == "He"
                && ents
                    .mentions
                    .iter()
                    .any(|m| matches!(m.kind, MKind::Person(_)) && m.t0 == i);
            // "According to him, ...": an object pronoun after "according to" is the source.
            let according_obj = matches!(w, "him" | "her")
                && i >= 2
                && doc.lower_is(i - 1, &["to"])
                && doc.lower_is(i - 2, &["according"]);
            if (matches!(w, "he" | "He" | "she" | "She") && !surname_he) || according_obj {
                ents.mentions.push(Mention {
                    t0: i,
                    t1: i + 1,
                    kind: MKind::Pronoun,
                });
                continue;
            }
            if determiners().contains(&w) {
                // the [modifiers] HEAD, not followed by a name.
                let mut k = i + 1;
                let mut last_head = None;
                while k < n && k <= i + 6 && doc.toks[k].word && doc.para_of[k] == doc.para_of[i] {
                    if doc.has(k, F_HEAD) {
                        last_head = Some(k);
                    } else if !(doc.has(k, F_MOD)
                        || gaz[k].is_some()
                        || covered[k]
                        || (doc.toks[k].cap && !doc.has(k, F_STOP)))
                    {
                        break;
                    }
                    k += 1;
                }
                if let Some(h) = last_head {
                    let next_is_name =
                        h + 1 < n && doc.toks[h + 1].word && doc.toks[h + 1].cap && !covered[h + 1];
                    if !next_is_name && !taken[h] {
                        ents.mentions.push(Mention {
                            t0: i,
                            t1: h + 1,
                            kind: MKind::Title,
                        });
                    }
                }
            }
        }
        ents.mentions
            .sort_by_key(|m| (m.t0, std::cmp::Reverse(m.t1)));
        ents.sorted = ents.mentions.len();
        self.employers(doc, &gaz, &mut ents);
        self.broadcast_staff_take_the_programme(doc, &mut ents);
        self.known_people(&mut ents);
        self.propagate_sides(doc, &gaz, &mut ents);
        ents
    }
}

/// A comma at `c` followed by a role ("head of", "a spokeswoman for", "the mayor"): the
/// words before the comma are a person's name (`capital_after_given_name_is_a_surname`).
fn role_after_comma(doc: &Doc, c: usize) -> bool {
    let n = doc.toks.len();
    c + 1 < n
        && doc.is(c, ",")
        && (doc.has(c + 1, F_HEAD)
            || (doc.lower_is(c + 1, &["a", "an", "the"])
                && (c + 2..(c + 5).min(n)).any(|k| doc.has(k, F_HEAD))))
}

/// `geographic_feature_is_no_country`: a country's name or nationality at `i..i + len`
/// followed by a capitalised feature noun of `data/geographic_features.txt` ("Indian
/// Ocean", "South China Sea", "Korean Peninsula"), or after such a noun and "of" ("Gulf of
/// Guinea", "Sea of Japan"), names a sea, a waterway or a landform, not the state.
pub(crate) fn part_of_geographic_feature(doc: &Doc, i: usize, len: usize) -> bool {
    let feature = |k: usize| {
        k < doc.toks.len()
            && doc.toks[k].word
            && doc.toks[k].cap
            && crate::wordlists::geographic_features().contains(&doc.t(k))
    };
    let after = !doc.toks[i + len - 1].poss && feature(i + len);
    let before = i >= 2 && doc.is(i - 1, "of") && feature(i - 2);
    after || before
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn capital_after_given_name_is_a_surname() {
        let v = actors(
            "Our correspondent Teresa Lima was outside the building on Monday. Jean Paris, \
             head of the shippers' council, said the port was shut.\n",
        );
        for name in ["Teresa Lima", "Jean Paris"] {
            assert!(v.iter().any(|a| a.name == name), "{name}: {v:#?}");
        }
        for country in ["Peru", "France"] {
            assert!(v.iter().all(|a| a.name != country), "{country}: {v:#?}");
        }
        // A capital after a place word stays a place.
        let v = actors("Inflation in Greater Paris, the statistics office said, was high.\n");
        assert!(v.iter().all(|a| a.name != "Greater Paris"), "{v:#?}");
    }

    #[test]
    fn first_of_two_surnames_names_the_person() {
        let v = actors(
            "Growers' leader Efrain Zamudio Chavez said the price was too low. Ana Ruiz \
             disagreed. Zamudio is less hopeful than she is.\n",
        );
        let p = v.iter().find(|a| a.name == "Efrain Zamudio Chavez");
        assert!(
            p.is_some_and(|p| p.mentions.iter().any(|m| m == "Zamudio")),
            "{v:#?}"
        );
        assert!(v.iter().all(|a| a.name != "Zamudio"), "{v:#?}");
        // Not a word that opens a longer name.
        let v = actors(
            "Stop Hollin Noise said on Monday the plan was wrong. Hollin Airport said it was \
             right.\n",
        );
        assert!(
            v.iter().all(|a| a.mentions.iter().all(|m| m != "Hollin")),
            "{v:#?}"
        );
    }

    #[test]
    fn portfolio_words_are_items_of_a_ministry_name() {
        let v =
            actors("The Ministry of Economy, Trade and Industry said on Monday it would act.\n");
        assert!(
            v.iter()
                .any(|a| a.name == "Ministry of Economy, Trade and Industry"),
            "{v:#?}"
        );
        assert!(v.iter().all(|a| a.name != "Industry"), "{v:#?}");
    }

    #[test]
    fn geographic_feature_is_no_country() {
        let v = actors(
            "The Indian Ocean Tuna Commission said on Monday that catches fell. Patrols in \
             the South China Sea and the Gulf of Guinea were stepped up.\n",
        );
        assert_eq!(
            side(&v, "Indian Ocean Tuna Commission"),
            Some("Indian Ocean Tuna Commission")
        );
        for country in ["India", "China", "Guinea"] {
            assert!(v.iter().all(|a| a.name != country), "{country}: {v:#?}");
        }
        // The state itself is still read.
        let v = actors("China said on Monday the sea lanes were open.\n");
        assert!(v.iter().any(|a| a.name == "China"), "{v:#?}");
    }
}
