//! Entities: persons, their roles and appositions.

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    pub(crate) fn persons_from_hits(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &mut Entities,
        hits: &[(usize, usize, usize)],
    ) {
        let lx = &self.lx;
        // Full names first so that surnames and titles can attach to them.
        let mut order: Vec<&(usize, usize, usize)> = hits.iter().collect();
        order.sort_by_key(|h| (std::cmp::Reverse((h.2 - h.1).min(2)), h.0));
        // Organisation mentions by first token, kept sorted as the loop adds some, so that
        // finding the bodies inside a role is a range lookup, not a scan of every mention
        // (a scan per name made very long articles quadratic).
        let mut org_spans: Vec<(usize, usize, usize)> = ents
            .mentions
            .iter()
            .filter_map(|m| match m.kind {
                MKind::Org(o) => Some((m.t0, m.t1, o)),
                _ => None,
            })
            .collect();
        org_spans.sort_unstable();
        // The dateline's country, read once per article and only if a bare title needs it.
        let dateline = std::cell::OnceCell::new();
        for &&(t0, s, t1) in &order {
            // "Moon Jae-in": a hyphenated given name last means the surname comes first.
            let surname_first = t1 - s == 2 && hyphenated_given_name(doc.t(t1 - 1));
            let (surname, given) = if surname_first {
                (doc.t(s), Some(doc.t(t1 - 1)))
            } else if t1 - s >= 2 {
                (doc.t(t1 - 1), Some(doc.t(s)))
            } else {
                (doc.t(t1 - 1), None)
            };
            let full = doc.span(s, t1);
            // A name the article also uses for an organisation is that organisation.
            if let Some(o) = ents
                .orgs
                .iter()
                .position(|o| o.name == full || o.mentions.iter().any(|m| m == full))
            {
                let present = ents.mentions.iter().any(|m| m.t0 == s && m.t1 == t1);
                if !present {
                    ents.mentions.push(Mention {
                        t0: s,
                        t1,
                        kind: MKind::Org(o),
                    });
                    let at = org_spans.partition_point(|x| *x < (s, t1, o));
                    org_spans.insert(at, (s, t1, o));
                }
                continue;
            }
            let pi = match ents.find_person(surname, given) {
                Some(pi) => pi,
                None => ents.add_person(PersonAcc {
                    name_tokens: t1 - s,
                    name: full.to_string(),
                    surname_key: surname_key(surname),
                    given: given.map(str::to_string),
                    ..Default::default()
                }),
            };
            if t1 - s > ents.persons[pi].name_tokens {
                ents.rename_person(pi, t1 - s, full, given);
            }
            {
                let p = &mut ents.persons[pi];
                push_unique(&mut p.mentions, full);
                if t1 - s == 1 && s > t0 {
                    push_unique(&mut p.mentions, doc.span(t0, t1));
                }
            }
            ents.mentions.push(Mention {
                t0: s,
                t1,
                kind: MKind::Person(pi),
            });
            // Role and side from the words before the name.
            let (mut rs, mut role) = self.role_before(doc, gaz, s);
            // The comma closing a role before the name, also across a title of the name
            // itself ("The African Union's envoy, Dr Amina Keita, ...").
            let comma_at = if s >= 2 && doc.is(s - 1, ",") {
                Some(s - 1)
            } else if t0 < s && t0 >= 2 && doc.is(t0 - 1, ",") {
                Some(t0 - 1)
            } else {
                comma_before_honorific(doc, s)
            };
            if let Some(c) = comma_at {
                if (role.is_none() || rs >= t0) && !doc.toks[t1.min(doc.toks.len() - 1)].word {
                    // "Brazil's chief negotiator, Joao Pereira-Lima, ...".
                    let (rs2, role2) = self.role_before(doc, gaz, c);
                    if role2.is_some() {
                        rs = rs2;
                        role = role2;
                    }
                }
            }
            let rs_end = match comma_at {
                Some(c) if rs < c => c,
                _ => s,
            };
            let mut aff = None;
            let mut aff_rule: Option<&'static str> = None;
            let mut owner = None;
            let mut org_inst = None;
            // "Canadian Autoworkers Federation president NAME": a nationality inside the
            // name of a body that is not a state organ names that body, not the person's
            // side (`nationality_inside_a_body_is_not_a_side`).
            let first = org_spans.partition_point(|x| x.0 < rs);
            let bodies_in_role: Vec<(usize, usize)> = org_spans[first..]
                .iter()
                .take_while(|x| x.0 < rs_end.max(rs))
                .filter(|&&(a, b, o)| {
                    b <= rs_end
                        && !matches!(gaz[a], Some((Known::Org(_), _)))
                        && !state_side_body(&ents.orgs[o].name)
                })
                .map(|&(a, b, _)| (a, b))
                .collect();
            for k in rs..rs_end {
                if bodies_in_role.iter().any(|&(a, b)| a <= k && k < b) {
                    continue;
                }
                match gaz[k] {
                    Some((Known::Country(ci) | Known::Capital(ci) | Known::Demonym(ci), _))
                        if aff.is_none() && !role_scope_is_not_a_side(doc, rs, k) =>
                    {
                        aff = Some(lx.countries[ci].clone())
                    }
                    Some((Known::Org(oi), _)) => {
                        let e = &lx.orgs[oi];
                        let media = e
                            .role
                            .as_deref()
                            .is_some_and(|r| r.contains("news") || r.contains("broadcast"));
                        if media {
                            org_inst = Some(e.name.clone());
                        } else if aff.is_none() {
                            aff = e.affiliation.clone();
                        }
                    }
                    _ => {
                        if doc.toks[k].poss && doc.toks[k].cap && gaz[k].is_none() {
                            owner = Some(doc.t(k).to_string());
                        }
                    }
                }
            }
            if aff.is_none() && org_inst.is_none() {
                // "TOR chairwoman Ingrid Maas", "Hessler's chief executive": a body the
                // article names heads the role; its people are on its side (a state organ's
                // people on its country's).
                let body = ents
                    .within(rs, rs_end)
                    .filter(|m| !matches!(gaz[m.t0], Some((Known::Org(_), _))))
                    .filter(|m| !former_body_is_no_side(doc, rs, m.t0))
                    .find_map(|m| match m.kind {
                        MKind::Org(o) => Some(o),
                        _ => None,
                    });
                if let Some(o) = body {
                    let org = &ents.orgs[o];
                    aff = if state_body(&org.name) {
                        org.affiliation.clone()
                    } else {
                        // An analyst of a body ("Acme Capital economist NAME") works there:
                        // the body is also the analyst's institution.
                        org_inst = Some(org.name.clone());
                        Some(org.name.clone())
                    };
                }
            }
            if aff.is_none() && org_inst.is_none() && role.is_none() {
                if let Some((o, k)) = body_before_role_noun(doc, gaz, ents, &org_spans, s) {
                    let org = &ents.orgs[o];
                    aff = Some(org.name.clone());
                    org_inst = Some(org.name.clone());
                    aff_rule = Some("body_before_role_noun");
                    role = Some(doc.span(k, s).to_string());
                }
            }
            if aff.is_none() && rs < s {
                // "the union's chief negotiator", "Union president Denise Carter", "the
                // company's chief executive": the union or company the article names.
                let noun = (rs..s).find_map(|k| union_or_company_word(doc.t(k)));
                if let Some(want_union) = noun {
                    aff = self.body_named_before(doc, ents, want_union, false, s);
                }
                if aff.is_none() {
                    aff = (rs..s).find_map(|k| self.body_of_kind(doc, ents, doc.t(k), s));
                    if aff.is_some() {
                        aff_rule = Some("role_names_body_kind");
                    }
                }
            }
            if aff.is_none() && rs > 0 && rs < s {
                // `possessive_noun_names_body`: "the bloc's special envoy".
                // The role may start at the possessive ("the association's director").
                let noun = possessive_noun_before_role(doc, rs)
                    .or_else(|| possessive_noun_before_role(doc, rs + 1));
                if let Some(noun) = noun {
                    aff = self.body_of_kind(doc, ents, noun, s);
                    aff_rule = aff.as_ref().map(|_| "possessive_noun_names_body");
                    if aff.is_none() {
                        // `possessive_noun_is_name_head`: "the association's director"
                        // after "the Growers' Association of X".
                        aff = body_with_name_head(doc, ents, noun, s)
                            .and_then(|o| self.member_side(&ents.orgs[o]));
                        aff_rule = aff.as_ref().map(|_| "possessive_noun_is_name_head");
                    }
                }
            }
            if aff.is_none() && rs == s {
                // "NBC's Andrea Mitchell": a media outlet's own person.
                if s > 0 && doc.toks[s - 1].poss {
                    if let Some((Known::Org(oi), _)) = gaz[s - 1] {
                        let e = &lx.orgs[oi];
                        if e.role
                            .as_deref()
                            .is_some_and(|r| r.contains("news") || r.contains("broadcast"))
                        {
                            org_inst = Some(e.name.clone());
                        } else {
                            aff = e.affiliation.clone();
                        }
                    }
                }
                // "Russian dictator Vladimir Putin": a nationality just before the name.
                let mut k = s;
                // Not across a conjunction or "of": "Mher Grigoryan of Armenia and Shahin
                // Mustafayev" says nothing about Mustafayev.
                while k > 0
                    && k + 3 > s
                    && doc.toks[k - 1].word
                    && !doc.lower_is(k - 1, &["and", "or", "of", "for", "with", "to", "by"])
                {
                    k -= 1;
                    if let Some((Known::Demonym(ci) | Known::Country(ci), _)) = gaz[k] {
                        aff = Some(lx.countries[ci].clone());
                        aff_rule = Some("nationality_before_name");
                        break;
                    }
                }
            }
            let (app_role, app_inst, app_aff) = self.apposition(doc, gaz, t1, ents);
            // A member of a body that is not a state organ or a listed body is on that
            // body's side, not its country's.
            let (app_inst, inst_side) = match app_inst {
                Some(o) => {
                    let org = &ents.orgs[o];
                    let own =
                        !state_side_body(&org.name) && !lx.forms.contains_key(org.name.as_str());
                    (
                        Some(org.name.clone()),
                        if own {
                            Some(org.name.clone())
                        } else {
                            org.affiliation.clone()
                        },
                    )
                }
                None => (None, None),
            };
            let mut app_rule: Option<&'static str> = match (&app_aff, &inst_side) {
                (Some(_), _) => Some("apposition_names_side"),
                (None, Some(_)) => Some("apposition_body_side"),
                _ => None,
            };
            let mut app_aff = app_aff.or(inst_side);
            if app_aff.is_none() && app_inst.is_none() && doc.lower_is(t1, &["of", "from"]) {
                // "Teresa Salave'a of Samoa", "Robert Nguyen of the Labour Relations Board",
                // "Ana Ruiz from the Dockers Union".
                let mut k = t1 + 1;
                if doc.lower_is(k, &["the"]) {
                    k += 1;
                }
                if k < doc.toks.len() {
                    if let Some((Known::Country(ci), _)) = gaz[k] {
                        app_aff = Some(lx.countries[ci].clone());
                    } else if let Some(o) =
                        employer_after_description(doc, gaz, ents, k, (k + 8).min(doc.toks.len()))
                    {
                        let org = &ents.orgs[o];
                        app_aff = if state_side_body(&org.name)
                            || matches!(gaz[k], Some((Known::Org(_), _)))
                        {
                            org.affiliation.clone()
                        } else {
                            // "economist NAME of the Centre for X": an analyst's institution.
                            org_inst = org_inst.or_else(|| Some(org.name.clone()));
                            Some(org.name.clone())
                        };
                    }
                }
            }
            if app_aff.is_some() && app_rule.is_none() {
                app_rule = Some("of_country_or_body");
            }
            if aff.is_none() && app_aff.is_none() && app_inst.as_deref().is_some_and(state_body) {
                // "secretary of the National Security and Defence Council": a state organ
                // is not a side; its country is (named nearby, else the article's main one).
                app_aff = self.context_country(doc, gaz, s);
                app_rule = app_aff
                    .as_ref()
                    .map(|_| "state_organ_takes_context_country");
            }
            if aff.is_none() && app_aff.is_none() && app_inst.is_none() {
                // ", the union's chief negotiator,": as above, for a role after the name.
                let noun = app_role.as_deref().and_then(|r| {
                    r.split(|c: char| !c.is_alphanumeric())
                        .find_map(union_or_company_word)
                });
                if let Some(want_union) = noun {
                    app_aff = self.body_named_before(doc, ents, want_union, false, s);
                }
                if app_aff.is_none() {
                    app_aff = app_role.as_deref().and_then(|r| {
                        r.split(|c: char| !c.is_alphanumeric())
                            .find_map(|w| self.body_of_kind(doc, ents, w, s))
                    });
                }
            }
            if app_aff.is_some() && app_rule.is_none() {
                app_rule = Some("role_names_body_kind");
            }
            if aff.is_none() && app_aff.is_none() && rs > 0 && rs < s {
                // "Egypt has been cautious. Its foreign minister, Badr Abdelatty": the body
                // the previous sentence is about.
                if doc.lower_is(rs - 1, &["its", "their"]) {
                    app_aff = self.previous_sentence_body(doc, gaz, ents, rs - 1);
                    app_rule = app_aff
                        .as_ref()
                        .map(|_| "possessive_refers_to_previous_body");
                }
                // "Zelensky said he had instructed his chief of staff, Andriy Yermak": the
                // person named first in the sentence owns the role.
                if owner.is_none() && doc.lower_is(rs - 1, &["his", "her"]) {
                    let sa = doc.sents[doc.sent_of[rs - 1]].0;
                    owner = ents
                        .mentions
                        .iter()
                        .filter(|m| m.t0 >= sa && m.t1 < rs && !doc.in_quote[m.t0])
                        .filter_map(|m| match m.kind {
                            MKind::Person(p) if p != pi => Some((m.t0, p)),
                            _ => None,
                        })
                        .min()
                        .map(|(_, p)| {
                            let name = &ents.persons[p].name;
                            name.rsplit(' ').next().unwrap_or(name).to_string()
                        })
                        .or_else(|| {
                            // A lone surname of someone named before ("Zelensky said he
                            // had instructed his ..."): lone surnames are read after full
                            // names, so it has no mention yet.
                            (sa..rs - 1).find_map(|k| {
                                let tk = &doc.toks[k];
                                let other = tk.word
                                    && tk.cap
                                    && !doc.in_quote[k]
                                    && ents.find_person(doc.t(k), None).is_some_and(|q| q != pi);
                                other.then(|| doc.t(k).to_string())
                            })
                        });
                }
            }
            if aff.is_none() && app_aff.is_none() {
                if let Some(r) = role.as_deref() {
                    // "Prime Minister Nikol Pashinyan": a government title without a country
                    // serves the country the article is about.
                    let rl = r.to_lowercase();
                    // A capitalised "Secretary" is a cabinet post ("Acting Labor Secretary");
                    // a lower-case one may be a party's or a union's.
                    // Heads of state and government are named by bare title whatever the
                    // story's country ("President Donald Trump" in a report from Kyiv): they
                    // take the article's country only when it names no other.
                    let head = rl.starts_with("president")
                        || rl.starts_with("vice president")
                        || rl.starts_with("prime minister")
                        || rl.starts_with("premier");
                    let government = rl.split(' ').any(|w| {
                        matches!(
                            w,
                            "president" | "premier" | "minister" | "chancellor" | "ambassador"
                        )
                    }) || r.split(' ').any(|w| w == "Secretary");
                    let of_body = (rs..s).any(|k| {
                        doc.has(k, F_ORG)
                            || gaz[k].is_some()
                            || (doc.toks[k].poss && doc.toks[k].cap)
                    }) || rl.contains("union")
                        || rl.contains("board")
                        || (rs > 0 && doc.lower_is(rs - 1, &["its", "their"]));
                    // Someone already called another's minister ("Estavia's foreign
                    // minister") is not given the article's main country.
                    let owned = ents.persons[pi].owner.is_some() || owner.is_some();
                    // "Secretary of State Marco Rubio", "the Chancellor, Olaf Scholz": an
                    // office only some countries have, given to the first of them the
                    // article names.
                    if !of_body && !owned {
                        app_aff = self.office_side(gaz, &rl);
                        app_rule = app_aff.as_ref().map(|_| "office_side");
                    }
                    if app_aff.is_none() && government && !of_body && !owned {
                        app_aff = dateline
                            .get_or_init(|| self.dateline_country(doc, gaz))
                            .clone();
                        app_rule = app_aff
                            .as_ref()
                            .map(|_| "government_title_takes_dateline_country");
                    }
                    if app_aff.is_none() && government && !of_body && !owned {
                        app_aff = self.dominant_country(gaz, head);
                        app_rule = app_aff
                            .as_ref()
                            .map(|_| "government_title_takes_dominant_country");
                    }
                }
            }
            let gender = stated_gender(doc.span(t0, s.max(t0 + 1).min(t1)))
                .filter(|_| t0 < s)
                .or_else(|| role.as_deref().and_then(stated_gender))
                .or_else(|| app_role.as_deref().and_then(stated_gender));
            let p = &mut ents.persons[pi];
            if p.female.is_none() {
                p.female = gender;
            }
            let role = role.or(app_role.clone());
            if p.role.is_none() {
                p.role = role.clone();
            }
            let role_words = format!(
                "{} {}",
                role.clone().unwrap_or_default(),
                app_role.unwrap_or_default()
            )
            .to_lowercase();
            if lx.has_analyst_word(&role_words) && !role_words.contains("minister") {
                p.analyst = true;
            }
            if p.affiliation.is_none() {
                p.affiliation_rule = match (&aff, &app_aff) {
                    (Some(_), _) => Some(aff_rule.unwrap_or("side_before_name")),
                    (None, Some(_)) => Some(app_rule.unwrap_or("side_after_name")),
                    _ => None,
                };
                p.affiliation = aff.or(app_aff);
            }
            if p.owner.is_none() {
                p.owner = owner;
            }
            if p.institution.is_none() {
                p.institution = app_inst.or(org_inst);
            }
        }
    }
}

/// `possessive_noun_names_body`: a lower-case noun in the possessive right before a role
/// ("the bloc's special envoy", "the cooperative's treasurer") refers back to a body the
/// article named and described by that noun; returns the noun (without the possessive)
/// for [`Extractor::body_of_kind`] to find the body.
pub(crate) fn possessive_noun_before_role<'d>(doc: &'d Doc, rs: usize) -> Option<&'d str> {
    let k = rs.checked_sub(1)?;
    let t = &doc.toks[k];
    if !t.word || t.cap || !t.poss || k == 0 || !doc.lower_is(k - 1, &["the"]) {
        return None;
    }
    let w = doc.t(k);
    Some(
        w.trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches('\'')
            .trim_end_matches('’'),
    )
}

/// `honorific_between_role_and_name`: "Belize's Minister of Foreign Affairs, the Hon.
/// NAME, ...": the comma that closes a role before a name `s` with an honorific (and "the")
/// between them.
fn comma_before_honorific(doc: &Doc, s: usize) -> Option<usize> {
    let mut k = s;
    if k >= 2 && doc.is(k - 1, ".") && is_honorific(doc.t(k - 2)) {
        k -= 2;
    } else if k >= 1 && is_honorific(doc.t(k - 1)) {
        k -= 1;
    } else {
        return None;
    }
    if k >= 1 && doc.lower_is(k - 1, &["the"]) {
        k -= 1;
    }
    (k >= 2 && doc.is(k - 1, ",")).then(|| k - 1)
}

/// `role_scope_is_not_a_side`: a country named in a role right after "for" or "to" (at
/// most one determiner or one capitalised word between) is the place the office deals
/// with, not the holder's side: "the bloc's special envoy for Lanmark", "ambassador to
/// Norvia", "Vice Minister for Latin America".
pub(crate) fn role_scope_is_not_a_side(doc: &Doc, rs: usize, k: usize) -> bool {
    let mut j = k;
    // "Vice Minister for Latin America": a capitalised word before the country's form
    // belongs to the place named.
    while j > rs && j + 2 > k && doc.toks[j - 1].word && doc.toks[j - 1].cap {
        j -= 1;
    }
    if j > rs && doc.lower_is(j - 1, &["the"]) {
        j -= 1;
    }
    j > rs && doc.lower_is(j - 1, &["for", "to"])
}

/// `former_body_is_no_side`: a body named in a role after "former" or "ex" ("the former
/// Acme Motors executive") is where the person was, not whose side the person is on now.
/// Only words of the role before the body count (from `rs` to the body's first token `at`).
pub(crate) fn former_body_is_no_side(doc: &Doc, rs: usize, at: usize) -> bool {
    (rs..at).any(|k| doc.lower_is(k, &["former", "ex", "ex-"]))
}

impl Extractor {
    /// The title words right before a name: "Kremlin spokesperson", "Putin's aide",
    /// "US Representative to the UN". Returns the first token and the role text.
    pub(crate) fn role_before(&self, doc: &Doc, gaz: &Gaz, s: usize) -> (usize, Option<String>) {
        let lx = &self.lx;
        let mut k = s;
        let mut has_head = false;
        let limit = s.saturating_sub(8);
        while k > limit {
            let j = k - 1;
            // "Portway Menzies' operations director": the mark of a plural possessive.
            if matches!(doc.t(j), "'" | "’")
                && j > limit
                && doc.toks[j - 1].word
                && doc.toks[j - 1].cap
                && doc.t(j - 1).ends_with('s')
                && doc.toks[j - 1].end == doc.toks[j].start
                && doc.para_of[j] == doc.para_of[s]
            {
                k = j;
                continue;
            }
            if !doc.toks[j].word || doc.para_of[j] != doc.para_of[s] {
                break;
            }
            let lw = doc.t(j).trim_end_matches('.').to_lowercase();
            let head = lx.is_head(&lw);
            // "an aide to President Vladimir Putin": the role before "to" is someone
            // else's; the name's own title ends there.
            if lw == "to" && has_head && j > 0 && lx.is_head(&doc.t(j - 1).to_lowercase()) {
                break;
            }
            let ok = head
                || lx.mods.contains(&lw)
                || lx.analysts.contains(&lw)
                || doc.has(j, F_ORG)
                || gaz[j].is_some()
                || covered_prev(gaz, j)
                || (doc.toks[j].cap && !lx.stop.contains(doc.t(j)))
                // "special envoy for Central Asia", "Minister for Europe": a region in a
                // role's portfolio.
                || (doc.toks[j].cap
                    && matches!(
                        lw.as_str(),
                        "asia" | "europe" | "africa" | "middle" | "central" | "east" | "west"
                            | "north" | "south" | "eastern" | "western" | "northern"
                            | "southern"
                    ))
                || (matches!(lw.as_str(), "of" | "to" | "the" | "for") && j > limit)
                || self.role_field_word(doc, gaz, j)
                || scope_object_in_role(doc, j, s);
            if !ok {
                break;
            }
            has_head |= head;
            k = j;
        }
        while k < s && doc.lower_is(k, &["of", "to", "the", "for", "a", "an"]) {
            k += 1;
        }
        if !has_head || k >= s {
            return (s, None);
        }
        (k, Some(doc.span(k, s).to_string()))
    }

    /// The side of the first country or body named (not as a place) in the sentence before
    /// token `at`.
    pub(crate) fn previous_sentence_body(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &Entities,
        at: usize,
    ) -> Option<String> {
        let si = doc.sent_of[at];
        // "The Front sent its political secretary": within the sentence when "its" is not
        // its first word, else the sentence before.
        let (a, b) = if doc.sents[si].0 < at {
            (doc.sents[si].0, at)
        } else {
            doc.sents[si.checked_sub(1)?]
        };
        let here = self.first_body(doc, gaz, ents, a, b);
        // "“…,” said its director general": nothing named before "its" in this sentence
        // but a quotation; the body is in the sentence before.
        if here.is_none()
            && a < at
            && (a..at).all(|k| doc.in_quote[k] || !doc.toks[k].word || self.is_cue(doc, k))
        {
            let (pa, pb) = doc.sents[si.checked_sub(1)?];
            return self.first_body(doc, gaz, ents, pa, pb);
        }
        here
    }

    pub(crate) fn first_body(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &Entities,
        a: usize,
        b: usize,
    ) -> Option<String> {
        ents.within(a, b).find_map(|m| match m.kind {
            MKind::Country(c) if !self.locative(doc, m.t0) => Some(ents.countries[c].name.clone()),
            MKind::Org(o) => {
                let org = &ents.orgs[o];
                if gaz[m.t0].is_some() || state_body(&org.name) {
                    org.affiliation.clone()
                } else {
                    Some(org.name.clone())
                }
            }
            _ => None,
        })
    }

    /// A lower-case word naming a minister's field inside a role: after a nationality or a
    /// possessor ("The British fisheries minister", "The European Union's climate
    /// commissioner") or after "for the"/"of the" ("secretary of state for the sea").
    pub(crate) fn role_field_word(&self, doc: &Doc, gaz: &Gaz, j: usize) -> bool {
        let t = &doc.toks[j];
        if !t.word || t.cap || j == 0 || !doc.t(j).chars().all(char::is_alphabetic) {
            return false;
        }
        if doc.has(j, F_CUE) || doc.lower_is(j, &["and", "or", "but", "that", "who", "which"]) {
            return false;
        }
        let p = j - 1;
        // After a possessor or a nationality only: "Russia sent presidential aide X" has a
        // verb after a country name.
        let after_owner = doc.toks[p].poss || matches!(gaz[p], Some((Known::Demonym(_), _)));
        if doc.t(j).ends_with("ed") {
            return false;
        }
        let after_for_the =
            j >= 2 && doc.lower_is(p, &["the"]) && doc.lower_is(j - 2, &["for", "of"]);
        after_owner || after_for_the
    }

    /// ", a Swedish economist and fellow at the University of X," after a
    /// name: the role, an institution named in it, and a side.
    pub(crate) fn apposition(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        t1: usize,
        ents: &Entities,
    ) -> (Option<String>, Option<usize>, Option<String>) {
        let n = doc.toks.len();
        // "NAME, 41, a nurse at …": an age between commas comes before the apposition.
        let t1 = if t1 + 3 < n
            && doc.is(t1, ",")
            && doc.toks[t1 + 1].digit
            && doc.t(t1 + 1).len() <= 3
            && doc.is(t1 + 2, ",")
        {
            t1 + 2
        } else {
            t1
        };
        if t1 + 1 >= n || !doc.is(t1, ",") {
            return (None, None, None);
        }
        let mut a = t1 + 1;
        if doc.lower_is(a, &["a", "an", "the"]) {
            a += 1;
        } else if apposition_opens_with_a_verb(doc, a) {
            return (None, None, None);
        }
        let mut b = a;
        let mut depth_comma = 0;
        while b < n && b < a + 25 && doc.para_of[b] == doc.para_of[t1] {
            let w = doc.t(b);
            if matches!(w, "." | ";" | ":" | "“" | "”" | "\"" | "(" | ")") {
                break;
            }
            if w == "," {
                // "University of California, Berkeley," keeps going once.
                if depth_comma == 0
                    && b + 2 < n
                    && doc.toks[b + 1].cap
                    && doc.is(b + 2, ",")
                    && (a..b).any(|k| doc.lower_is(k, &["university"]))
                {
                    depth_comma += 1;
                    b += 2;
                    continue;
                }
                break;
            }
            b += 1;
        }
        if b <= a {
            return (None, None, None);
        }
        // `apposition_holds_a_clause`: "NAME, the envoy heard the minister repeat ...": a
        // title word followed by a verb (not a participle before "by") makes a clause.
        if (a..b.saturating_sub(1)).any(|k| {
            self.lx.is_head(&doc.t(k).to_lowercase())
                && apposition_opens_with_a_verb(doc, k + 1)
                && !doc.lower_is(k + 2, &["by"])
        }) {
            return (None, None, None);
        }
        let has_head = (a..b).any(|k| {
            let w = doc.t(k).to_lowercase();
            self.lx.is_head(&w) || self.lx.analysts.contains(&w)
        });
        // A capitalised apposition is a list of names, unless it is a title after "the"
        // (", the Welsh Secretary,").
        let title_after_the = a > t1 + 1 && doc.lower_is(a - 1, &["the"]);
        // ", a school bus driver for the Clearwater School District,": an occupation the
        // title list does not know, at a named body.
        if !has_head && a > t1 + 1 && doc.lower_is(t1 + 1, &["a", "an"]) && !doc.toks[a].cap {
            let at_body = ents.within(a, b).find_map(|m| match m.kind {
                MKind::Org(o) if m.t0 >= a + 2 => {
                    let p = if doc.lower_is(m.t0 - 1, &["the"]) {
                        m.t0 - 2
                    } else {
                        m.t0 - 1
                    };
                    doc.lower_is(p, &["for", "at", "with"]).then_some(o)
                }
                _ => None,
            });
            if at_body.is_some() {
                return (Some(doc.span(a, b).to_string()), at_body, None);
            }
        }
        if !has_head || doc.toks[a].cap && !title_after_the && !(a..b).any(|k| !doc.toks[k].cap) {
            return (None, None, None);
        }
        let role = doc.span(a, b).to_string();
        let inst = ents.within(a, b).find_map(|m| match m.kind {
            MKind::Org(o) => Some(o),
            _ => None,
        });
        // A nationality inside the name of a body that is not a state organ names that
        // body ("president of the Canadian Autoworkers Federation").
        let in_body = |k: usize| {
            // All mentions, not only the sorted prefix: organisations are found first.
            ents.mentions.iter().any(|m| {
                m.t0 >= a
                    && m.t1 <= b
                    && m.t0 <= k
                    && k < m.t1
                    && !matches!(gaz[m.t0], Some((Known::Org(_), _)))
                    && matches!(m.kind, MKind::Org(o) if !state_side_body(&ents.orgs[o].name))
            })
        };
        let aff = (a..b).filter(|&k| !in_body(k)).find_map(|k| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci), _)) => {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        });
        (Some(role), inst, aff)
    }
}

/// `apposition_opens_with_a_verb`: the words after "NAME," that open with a lower-case verb
/// (a reporting or stance verb, a verb-group word, an irregular past or a past form in
/// "-ed" that is no title word) are the sentence's predicate ("TITLE, NAME, received the
/// delegation ..."), not a description of the name.
pub(crate) fn apposition_opens_with_a_verb(doc: &Doc, a: usize) -> bool {
    let Some(t) = doc.toks.get(a) else {
        return false;
    };
    if !t.word || t.cap {
        return false;
    }
    let w = doc.t(a);
    doc.has(a, F_CUE | F_VGROUP | F_STANCE)
        || crate::wordlists::irregular_past().contains(&w)
        || (w.len() > 4 && w.ends_with("ed") && !doc.has(a, F_HEAD | F_MOD))
}

/// "The African Union's envoy, Dr Amina Keita, ...": a title phrase in apposition before a
/// name stands for that name, not for some other holder of a similar title.
pub(crate) fn title_before_name(doc: &Doc, ents: &Entities, m: &Mention) -> bool {
    if !doc.is(m.t1, ",") {
        return false;
    }
    ents.within(m.t1 + 1, (m.t1 + 5).min(doc.toks.len()))
        .next()
        .is_some_and(|p| matches!(p.kind, MKind::Person(_)))
}

/// A mention ending at `t1` followed by lower-case role words and a capitalised name
/// ("Skyline chief executive Brian Castellano", "Putin aide Yuri Ushakov").
pub(crate) fn modifier_before_role(doc: &Doc, ex: &Extractor, t1: usize) -> bool {
    let n = doc.toks.len();
    let mut k = t1;
    while k < n && k < t1 + 4 && doc.toks[k].word && !doc.toks[k].cap && {
        let lw = doc.t(k).to_lowercase();
        ex.lx.is_head(&lw) || ex.lx.mods.contains(&lw)
    } {
        k += 1;
    }
    k > t1 && k < n && doc.toks[k].word && doc.toks[k].cap && !ex.lx.stop.contains(doc.t(k))
}

/// A body whose people serve a state rather than the body itself: a state organ by its
/// words or by its name ("Ministry of Trade", "Department of Health", "Supreme Court"), or
/// an armed or police force ("Ukrainian Air Force", "Coast Guard"), but not a union or
/// association of its members ("Police Officers Association").
pub(crate) fn state_side_body(name: &str) -> bool {
    let words = || name.split_whitespace();
    let members = words().any(|w| {
        matches!(
            w,
            "Union" | "Association" | "Federation" | "Confederation" | "Guild"
        )
    });
    state_body(name)
        || super::propagate::state_body_by_name(name)
        || !members
            && words().any(|w| {
                matches!(
                    w,
                    "Force" | "Forces" | "Military" | "Police" | "Guard" | "Gendarmerie"
                )
            })
}

/// Whether a word of a role ties it to a union (`Some(true)`: "union", "guild", and the
/// offices only a union has: "steward", "organiser", "convenor") or to a company
/// (`Some(false)`: "company", "firm", "airline", "carrier").
pub(crate) fn union_or_company_word(w: &str) -> Option<bool> {
    match w.to_lowercase().as_str() {
        "union" | "guild" | "steward" | "stewards" | "organiser" | "organizer" | "convenor"
        | "convener" => Some(true),
        "company" | "firm" | "airline" | "carrier" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_union_of_police_officers_is_its_own_side() {
        assert!(super::state_side_body("Riverside Police"));
        assert!(!super::state_side_body(
            "Riverside Police Officers Association"
        ));
        let v = actors(
            "The Riverside Police Officers Association urged the council to reject any cut \
             on Monday.\n",
        );
        assert_eq!(
            side(&v, "Riverside Police Officers Association"),
            Some("Riverside Police Officers Association")
        );
    }

    #[test]
    fn a_body_after_from_is_the_side() {
        let v = actors("\"We are ready,\" said Ana Ruiz from the Dockers Federation on Monday.\n");
        assert_eq!(side(&v, "Ana Ruiz"), Some("Dockers Federation"));
    }

    #[test]
    fn an_age_before_the_apposition_is_skipped() {
        let v = actors(
            "\"Nobody wants this,\" said Mira Kovac, 38, a porter at the Dunmore General \
             Hospital.\n",
        );
        assert_eq!(side(&v, "Mira Kovac"), Some("Dunmore General Hospital"));
    }

    #[test]
    fn role_scope_is_not_a_side() {
        let v = actors(
            "\"We need a ceasefire first,\" said the bloc's special envoy for Sudan, Amal \
             Haddad, on Friday.\n",
        );
        assert_ne!(side(&v, "Amal Haddad"), Some("Sudan"));
    }

    #[test]
    fn region_is_no_country() {
        let v =
            actors("Peru's delegation was led by Vice Minister for Latin America Rosa Quispe.\n");
        assert_ne!(side(&v, "Rosa Quispe"), Some("United States"));
    }

    #[test]
    fn honorific_between_role_and_name() {
        let v = actors(
            "Talks went on. Chile's Minister of Mining, the Hon. Ana Soto, called the offer \
             \"fair and final.\"\n",
        );
        assert_eq!(side(&v, "Ana Soto"), Some("Chile"));
    }

    #[test]
    fn the_militarys_spokesperson_serves_the_leading_country() {
        let v = actors(
            "Peru and the rebels met in Lima. Peru's army held the line; Bolivia watched. \
             The military's spokesperson, General Rosa Quispe, said the deal would hold.\n",
        );
        assert_eq!(side(&v, "Rosa Quispe"), Some("Peru"));
    }

    #[test]
    fn former_body_is_no_side() {
        let v = actors(
            "The Dunmore Rowing League rejected the offer. Its negotiator, the former Acme \
             Motors executive Tina Ward, said the talks were \"stuck\".\n",
        );
        assert_ne!(side(&v, "Tina Ward"), Some("Acme Motors"));
    }

    #[test]
    fn his_role_owned_by_a_lone_surname_before() {
        let v = actors(
            "KYIV, May 2 (Wire) - Talks resumed on Thursday.\n\nOn Monday, Vladimir Zelensky \
             said Ukraine was ready for \"a real peace.\" Zelensky said he had asked his chief \
             of staff, Andriy Yermak, to lead the delegation.\n",
        );
        assert_eq!(side(&v, "Andriy Yermak"), Some("Ukraine"));
    }

    #[test]
    fn apposition_opens_with_a_verb() {
        let v = actors(
            "The Deputy Prime Minister of Norland, Ola Berg, received the delegation of \
             Chile led by its trade minister on Monday.\n",
        );
        let a = v.iter().find(|a| a.name == "Ola Berg");
        assert!(
            a.is_some_and(|a| a.role.as_deref().is_none_or(|r| !r.contains("received"))),
            "{v:#?}"
        );
        let v = actors(
            "Received by Minister Ola Berg, the envoy heard the minister repeat the plan.\n",
        );
        let a = v.iter().find(|a| a.name == "Ola Berg");
        assert!(
            a.is_some_and(|a| a.role.as_deref().is_none_or(|r| !r.contains("heard"))),
            "{v:#?}"
        );
    }
}
