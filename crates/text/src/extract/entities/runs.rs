//! Entities: classifying one capitalised run as a person, an organisation or neither.

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    pub(crate) fn classify_run(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        gaz: &Gaz,
        ents: &mut Entities,
        hits: &mut Vec<(usize, usize, usize)>,
    ) {
        let lx = &self.lx;
        let lower = |i: usize| doc.t(i).to_lowercase();
        // A run that is exactly one gazetteer entity is handled elsewhere.
        if let Some((_, len)) = gaz[t0] {
            if t0 + len == t1 {
                return;
            }
        }
        // "BRUSSELS, Feb 11 (Meridian Wire) -": the agency credited in a dateline.
        if dateline_credit(doc, t0, t1 - t0) {
            return;
        }
        // "NAME Scotland said": an organisation's branch named after a place.
        if let Some((s, parent)) = self.branch_of_organisation_at_place(doc, gaz, t0, t1, ents) {
            ents.org_mention(doc.span(s, t1), parent, None, s, t1);
            return;
        }
        if self.subdivision_is_no_person(doc, t0, t1, ents, hits) {
            return;
        }
        if self.org_by_context(doc, t0, t1, gaz, ents) {
            return;
        }
        // "the Guild said": a body named again by its head word.
        let s1 = doc.skip_determiners(t0, t1);
        if t1 == s1 + 1 {
            if let Some(o) = super::led_bodies::head_word_names_the_body_again(doc, ents, s1) {
                let name = doc.t(s1).to_string();
                push_unique(&mut ents.orgs[o].mentions, &name);
                ents.mentions.push(Mention {
                    t0: s1,
                    t1,
                    kind: MKind::Org(o),
                });
                return;
            }
        }
        // "New Zealand Rugby", "Cricket Australia": a national body.
        if let Some((a, b)) =
            super::country_bodies::country_and_common_noun_is_a_body(doc, gaz, t0, t1)
        {
            let name = doc.span(a, b);
            let o = ents.org_mention(name, Some(name.to_string()), None, a, b);
            ents.orgs[o].affiliation_rule = Some("country_and_common_noun_is_a_body");
            return;
        }
        // "the head of NAME": a body's name.
        if gaz[t0].is_none() && super::led_bodies::leader_of_name_is_a_body(doc, t0, t1) {
            ents.org_mention(doc.span(t0, t1), None, None, t0, t1);
            return;
        }
        // "Terminal Operators Rotterdam (TOR)": a name followed by its initials in brackets.
        if t1 + 2 < doc.toks.len()
            && doc.is(t1, "(")
            && doc.toks[t1 + 1].allcaps
            && doc.is(t1 + 2, ")")
            && gaz[t0].is_none()
        {
            let s = doc.skip_determiners(t0, t1);
            let initials: String = (s..t1)
                .filter(|&k| doc.toks[k].cap)
                .filter_map(|k| doc.t(k).chars().next())
                .collect();
            if t1 - s >= 2 && initials == doc.t(t1 + 1) {
                let name = doc.span(s, t1);
                ents.org_mention(name, None, None, s, t1);
                return;
            }
        }
        // Organisation: ends in an organisation word, or has one followed by "of"/"for".
        let mut org_head = None;
        for k in t0..t1 {
            // "Sindicato dos Trabalhadores da Aviação", "Confédération générale du travail":
            // a Romance "of" after the organisation word.
            if doc.has(k, F_ORG)
                && (k + 1 == t1
                    || doc.lower_is(
                        k + 1,
                        &[
                            "of", "for", "on", "de", "del", "dos", "das", "da", "do", "du", "des",
                        ],
                    ))
            {
                org_head = Some(k);
            }
        }
        if let Some(h) = org_head {
            let unit = matches!(
                lower(h).as_str(),
                "brigade" | "battalion" | "regiment" | "division" | "corps"
            );
            let has_digit = (t0..t1).any(|k| doc.toks[k].digit);
            let mut s = t0;
            let mut affiliation = None;
            // Whether the country comes from the body's own name (not "Kenya's").
            let mut country_in_name = false;
            while s < h {
                let w = doc.t(s);
                // "Meanwhile Gallow Foods said", "In Parliament, ...": a linking adverb or a
                // preposition of place opening the sentence is not part of the name.
                let link = s == t0
                    && doc.sents[doc.sent_of[s]].0 == s
                    && (doc.lower_is(s, crate::wordlists::clause_links())
                        || doc.lower_is(s, locatives()));
                if determiners().contains(&w) || link {
                    s += 1;
                    continue;
                }
                if let Some((Known::Demonym(ci) | Known::Country(ci), len)) = gaz[s] {
                    if s + len <= h
                        && !doc.lower_is(s + len, &["of", "for"])
                        && (matches!(gaz[s], Some((Known::Demonym(_), _)))
                            || doc.toks[s + len - 1].poss)
                    {
                        affiliation = Some(lx.countries[ci].clone());
                        s += len;
                        continue;
                    }
                }
                break;
            }
            // `nationality_stays_in_a_body_name`: "Canadian Autoworkers Federation", "British
            // Medical Association": a nationality adjective opening the name of a body that
            // is not a state organ is part of its name (it gives the body's country, unless
            // the body speaks for its members: `members_body_is_its_own_side`);
            // "Russian Foreign Ministry" is the ministry of Russia.
            if s > t0 && affiliation.is_some() {
                let mut b = t0;
                while b < s && determiners().contains(&doc.t(b)) {
                    b += 1;
                }
                let adjective =
                    matches!(gaz[b], Some((Known::Demonym(_), _))) && !doc.toks[s - 1].poss;
                if adjective && b < s && !state_side_body(doc.span(s, t1)) {
                    s = b;
                    country_in_name = true;
                }
            }
            // "its Board of Directors": a body's own organ, not a named organisation.
            let generic = s > 0 && doc.lower_is(s - 1, &["its", "their", "our", "his", "her"]);
            let name_ok = !generic
                && (t1 - s >= 2 || doc.toks[s].allcaps)
                && (!unit || has_digit)
                && (h + 1 < t1
                    || !lx.events.contains(&lower(t1 - 1))
                    || staff_of_a_body_named_like_an_event(doc, s));
            if name_ok {
                let name = doc.span(s, t1);
                if affiliation.is_none() {
                    affiliation = (s..t1).find_map(|k| match gaz[k] {
                        Some((Known::Country(ci) | Known::Demonym(ci) | Known::Capital(ci), _)) => {
                            Some(lx.countries[ci].clone())
                        }
                        _ => None,
                    });
                    country_in_name = affiliation.is_some();
                }
                let own_side = country_in_name
                    && super::member_bodies::members_body_is_its_own_side(name, doc.t(h));
                if own_side {
                    affiliation = Some(name.to_string());
                }
                if affiliation.is_none() && s > 0 {
                    affiliation = self.owner_country(doc, s, gaz);
                }
                // "University of California, Berkeley": a campus after a comma.
                let mut end = t1;
                if end + 2 < doc.toks.len()
                    && doc.is(end, ",")
                    && doc.toks[end + 1].cap
                    && doc.toks[end + 1].word
                    && !doc.toks[end + 2].word
                    && lower(h) == "university"
                {
                    end += 2;
                }
                let name = if end > t1 { doc.span(s, end) } else { name };
                if affiliation.is_none() {
                    // "the Al-Ahram Center ... in Cairo", "Alder Rail, the British maker of".
                    let mut k = end;
                    if doc.is(k, ",") && doc.lower_is(k + 1, &["the", "a", "an"]) {
                        k += 2;
                        if let Some(Some((Known::Demonym(ci), _))) = gaz.get(k) {
                            affiliation = Some(lx.countries[*ci].clone());
                        }
                    } else if doc.is(k, "in") {
                        if let Some(Some((Known::Capital(ci) | Known::Country(ci), _))) =
                            gaz.get(k + 1)
                        {
                            affiliation = Some(lx.countries[*ci].clone());
                        }
                    }
                }
                let known = self.lx.forms.get(name).and_then(|k| match k {
                    Known::Org(oi) => Some(*oi),
                    _ => None,
                });
                let o = match known {
                    Some(oi) => ents.org(
                        &lx.orgs[oi].name,
                        lx.orgs[oi].affiliation.clone(),
                        lx.orgs[oi].role.clone(),
                    ),
                    None => ents.org(name, affiliation, None),
                };
                if own_side && known.is_none() && ents.orgs[o].affiliation.as_deref() == Some(name)
                {
                    ents.orgs[o].affiliation_rule = Some("members_body_is_its_own_side");
                }
                push_unique(&mut ents.orgs[o].mentions, name);
                if s > t0 {
                    push_unique(&mut ents.orgs[o].mentions, doc.span(t0, end));
                }
                ents.mentions.push(Mention {
                    t0: s,
                    t1: end,
                    kind: MKind::Org(o),
                });
                return;
            }
        }
        // "StreamArena", "OpenAI": one word with a capital after three or more small
        // letters is a brand (not "McDonald", "DeSantis", "MacArthur").
        if t1 - t0 == 1 && camel_brand(doc.t(t0)) && gaz[t0].is_none() {
            let name = doc.t(t0);
            ents.org_mention(name, None, None, t0, t1);
            return;
        }
        // "Clearwater School District", "Westlands Water District": a public body, not a
        // place.
        if t1 - t0 >= 3
            && doc.lower_is(t1 - 1, &["district"])
            && doc.lower_is(
                t1 - 2,
                &[
                    "school",
                    "water",
                    "hospital",
                    "fire",
                    "transit",
                    "irrigation",
                    "sanitation",
                    "library",
                    "utility",
                    "park",
                    "conservation",
                ],
            )
        {
            let s = doc.skip_determiners(t0, t1);
            let name = doc.span(s, t1);
            ents.org_mention(name, None, Some("public district".to_string()), s, t1);
            return;
        }
        // "the European Freight Forum welcomed the probe": a body named like an event, since
        // events do not speak.
        if doc.has(t1 - 1, F_EVENT)
            && t1 - t0 >= 2
            && t1 < doc.toks.len()
            && (self.is_cue(doc, t1)
                || doc.lower_is(
                    t1,
                    &[
                        "welcomed",
                        "urged",
                        "criticised",
                        "criticized",
                        "rejected",
                        "demanded",
                    ],
                ))
        {
            let s = doc.skip_determiners(t0, t1);
            if t1 - s >= 2 {
                let name = doc.span(s, t1);
                ents.org_mention(name, None, None, s, t1);
                return;
            }
        }
        if doc.has(t1 - 1, F_PLACE | F_EVENT) {
            return;
        }
        // A quoted slogan or title ("Their banner read “Pay Up”", a report titled “Frozen
        // Conflict, Hot Economy”) is no one's name.
        if doc.in_quote[t0] && quoted_title(doc, t0) {
            return;
        }
        // "the Harbour City Wolves": a team, even with a place word in its name.
        let after_the = (t0 > 0 && doc.lower_is(t0 - 1, &["the"])) || doc.lower_is(t0, &["the"]);
        if after_the && self.team_by_plural(doc, t0, t1, ents) {
            return;
        }
        // A place word followed by a title in the run is part of the title ("District
        // Judge NAME", "County Sheriff NAME"), not a place name.
        if (t0..t1).any(|k| {
            doc.has(k, F_PLACE) && !doc.has(k, F_HEAD) && !(k + 1..t1).any(|j| doc.has(j, F_HEAD))
        }) {
            return;
        }
        // Media outlet named before its staff: "Kyiv Independent journalists".
        if t1 < doc.toks.len()
            && doc.lower_is(
                t1,
                &[
                    "journalists",
                    "reporters",
                    "correspondents",
                    "staff",
                    "editors",
                ],
            )
            && t1 - t0 >= 1
        {
            let name = doc.span(t0, t1);
            let aff = (t0..t1).find_map(|k| match gaz[k] {
                Some((Known::Country(ci) | Known::Capital(ci) | Known::Demonym(ci), _)) => {
                    Some(lx.countries[ci].clone())
                }
                _ => None,
            });
            ents.org_mention(name, aff, Some("news outlet".to_string()), t0, t1);
            return;
        }
        // Person: a trailing sequence of name-like words.
        let plain_cap = |k: usize| {
            k < t1
                && doc.toks[k].word
                && doc.toks[k].cap
                && !doc.toks[k].allcaps
                && !doc.toks[k].digit
                && gaz[k].is_none()
                && !doc.has(k, F_STOP | F_HEAD | F_MOD | F_ORG)
        };
        let name_like = |k: usize| {
            let w = doc.t(k);
            let hyphen_ok = !w.contains('-')
                || w.split('-').enumerate().all(|(i, p)| {
                    p.chars().next().is_some_and(char::is_uppercase)
                        || (i == 0
                            && matches!(p, "al" | "el" | "ad" | "as" | "ash" | "bin" | "ibn"))
                })
                // "Kim You-geun", "Moon Jae-in": a hyphenated given name after a surname;
                // "Ji-woo Park": before one.
                || (k > t0 && plain_cap(k - 1) && hyphenated_given_name(w))
                || (plain_cap(k + 1) && hyphenated_given_name(w));
            // "George W. Bush", "J.D. Vance": initials before a name.
            let initial =
                initials_word(w) && k + 1 < t1 && (plain_cap(k + 1) || initials_word(doc.t(k + 1)));
            // "He Yadong": the surname He, not the pronoun, before a capitalised name.
            let surname_he = w == "He" && plain_cap(k + 1) && !doc.t(k + 1).contains('-');
            // `weekday_as_a_given_name`: "Mr Sunday Oghenekaro": a weekday between an
            // honorific and a capitalised name is a given name.
            let weekday_given = k > 0
                && is_honorific(doc.t(k - 1))
                && plain_cap(k + 1)
                && WEEKDAY_NAMES.contains(&w.to_lowercase().as_str());
            (surname_he
                || weekday_given
                || (doc.toks[k].word
                    && doc.toks[k].cap
                    && (!doc.toks[k].allcaps || initial)
                    && !doc.toks[k].digit
                    && gaz[k].is_none()
                    && !doc.has(k, F_STOP | F_HEAD | F_MOD | F_ORG)))
                && (!w.ends_with('.') || initial)
                && hyphen_ok
                // "They're", "We've": contractions, not names (but "O'Brien", "Salave'a").
                && ![
                    "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "n't", "n’t", "'d", "’d",
                ]
                .iter()
                .any(|c| w.ends_with(c))
        };
        let mut s = t1;
        // `title_word_ending_a_name_is_a_surname`: "Farah Sheikh said", "said Tom Major": a
        // title word closing a run of two or more words, after a name-like word, where a
        // reporting verb right before or after names a speaker (or a title opens the run
        // and a comma closes it), is a surname (titles come before names, not after them).
        let n = doc.toks.len();
        if t1 >= t0 + 2
            && doc.has(t1 - 1, F_HEAD)
            && doc.toks[t1 - 1].cap
            && !doc.toks[t1 - 1].allcaps
            && !doc.toks[t1 - 1].poss
            && gaz[t1 - 1].is_none()
            && name_like(t1 - 2)
            && !doc.has(t1 - 2, F_HEAD)
            && ((t1 < n && self.is_cue(doc, t1))
                || (t0 > 0 && self.is_cue(doc, t0 - 1))
                // "Lawyer Farah Sheikh, who ...": a title opening the run already titles
                // the name.
                || (t1 >= t0 + 3 && doc.has(t0, F_HEAD) && t1 < n && doc.is(t1, ",")))
        {
            s = t1 - 1;
        }
        let particle = |k: usize| {
            !doc.toks[k].cap
                && doc.lower_is(
                    k,
                    &[
                        "von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le",
                        "dos", "das", "do", "bin", "al", "ibn",
                    ],
                )
        };
        loop {
            if s > t0 && name_like(s - 1) && !covered_by_gaz(gaz, s - 1) {
                s -= 1;
                continue;
            }
            // Particles inside a name: "von der" in "Ursula von der Leyen".
            let mut k = s;
            while k > t0 && k + 2 > s && particle(k - 1) {
                k -= 1;
            }
            if k < s && k > t0 && s < t1 && name_like(k - 1) {
                s = k - 1;
                continue;
            }
            break;
        }
        if s == t1 {
            return;
        }
        // Names do not start with connectors.
        while s < t1 && name_connectors().contains(&doc.t(s)) {
            s += 1;
        }
        let len = t1 - s;
        // Particles do not count: "Mohammed bin Abdulrahman Al Thani" is four names.
        let particles = (s..t1).filter(|&k| particle(k)).count();
        if len == 0 || len - particles > 4 {
            return;
        }
        // "Bellamy Logistics chief executive Tomasz Brandt": a name followed by role words
        // and another name is an organisation.
        {
            let mut k = t1;
            let mut roles = 0;
            while k < doc.toks.len() && roles < 4 && doc.toks[k].word && !doc.toks[k].cap && {
                let lw = doc.t(k).to_lowercase();
                lx.is_head(&lw) || lx.mods.contains(&lw)
            } {
                k += 1;
                roles += 1;
            }
            if roles > 0
                && t1 - s >= 2
                && k < doc.toks.len()
                && doc.toks[k].word
                && doc.toks[k].cap
                && !lx.stop.contains(doc.t(k))
                && gaz[k].is_none()
            {
                let name = doc.span(s, t1);
                ents.org_mention(name, None, None, s, t1);
                return;
            }
        }
        // "Peskov said": a lone capitalised word before a reporting verb, unless it is a
        // sentence-initial plural ("Observers described ...").
        let sentence_initial = doc.sents[doc.sent_of[s]].0 == s;
        let cued = t1 < doc.toks.len()
            && self.is_cue(doc, t1)
            && !(sentence_initial && doc.t(s).ends_with('s'));
        let titled = (t0..s).any(|k| {
            let lw = doc.t(k).trim_end_matches('.').to_lowercase();
            lx.is_head(&lw) || is_honorific(&lw)
        }) || (s > 0 && doc.toks[s - 1].word && lx.is_head(&lower(s - 1)));
        if len == 1 && !titled && !cued {
            return;
        }
        // "told the South Wales Argus": a name after "told the" is a news outlet; other
        // untitled names after "the" are not people ("the Kerch Bridge", "the Houthis").
        // "the Comuneros del Sur, a rebel group active along the coast": a group's name.
        if !titled && after_the {
            if let Some((aff, noun)) = self.company_context(doc, gaz, s, t1) {
                let name = doc.span(s, t1);
                ents.org_mention(name, aff, Some(noun.to_string()), s, t1);
                return;
            }
        }
        if !titled && after_the && len > 1 && (t0..s).all(|k| doc.has(k, F_STOP)) {
            if t0 > 1 && doc.lower_is(t0 - 2, &["told"]) {
                let name = doc.span(t0, t1);
                ents.org_mention(name, None, Some("news outlet".to_string()), t0, t1);
            }
            return;
        }
        // "The Houthis said", "the Rapid Support said": a name after the article is a group.
        if len == 1 && !titled && s > 0 && doc.lower_is(s - 1, &["the"]) && doc.t(s).ends_with('s')
        {
            let name = doc.t(s);
            ents.org_mention(name, None, None, s, t1);
            return;
        }
        // "wrote on Truth Social", "in New York and Geneva": places and platforms, not people.
        if !titled && t0 == s {
            // "on the Blue Nile": a preposition and an article before the name.
            let p = if s > 1 && doc.lower_is(s - 1, &["the"]) {
                s - 1
            } else {
                s
            };
            let prev_prep = p > 0
                && doc.lower_is(
                    p - 1,
                    &[
                        "on",
                        "in",
                        "at",
                        "from",
                        "into",
                        "via",
                        "across",
                        "near",
                        "inside",
                        "outside",
                        "throughout",
                        "toward",
                        "towards",
                    ],
                );
            // "A fisherman in Kampot, NAME, said": a name set off by commas after a place
            // and followed by a reporting verb is the speaker, not part of the place.
            let n = doc.toks.len();
            let apposed_speaker = s > 0
                && doc.is(s - 1, ",")
                && t1 + 1 < n
                && doc.is(t1, ",")
                && !doc.toks[t1 + 1].cap
                && (self.is_cue(doc, t1 + 1) || doc.verb_group(lx, t1 + 1).is_some());
            if (prev_prep || self.locative(doc, s))
                && !apposed_speaker
                && !described_person_after_place(doc, s, t1)
                && !self.role_in_place_then_name(doc, s, t1)
            {
                return;
            }
        }
        // "NAME, which is owned by ...": people are "who", not "which".
        if !titled && which_after_name(doc, t1) {
            if doc.sents[doc.sent_of[s]].0 == t0 && len > 1 {
                ents.org_mention(doc.span(s, t1), None, None, s, t1);
            }
            return;
        }
        hits.push((t0, s, t1));
    }
}

/// `which_after_name_is_no_person`: a name followed by "which" (after a comma or not)
/// is a body's or a thing's, not a person's ("NAME, which is owned by ...", "NAME, which
/// said ..."): relative clauses on people open with "who". Opening its sentence, a name of
/// two words or more is then read as a body's (it is what the sentence is about).
pub(crate) fn which_after_name(doc: &Doc, t1: usize) -> bool {
    let n = doc.toks.len();
    let k = if t1 < n && doc.is(t1, ",") {
        t1 + 1
    } else {
        t1
    };
    k < n && doc.is(k, "which")
}

/// `described_person_after_place`: a name set off by commas (tokens `s..t1`) right after a
/// description that opens its sentence (or follows a mark) with an article and ends with a
/// place after "in", "from", "near" or "of" ("A market trader in Lanport, NAME, put it
/// simply: ...", "The owner of a bakery near Old Harbour, NAME, ...") is that described
/// person, not part of the place. At most six lower-case words between the article and the
/// preposition, at most four capitalised words of place; the name has two or three words
/// and a lower-case verb follows its closing comma.
pub(crate) fn described_person_after_place(doc: &Doc, s: usize, t1: usize) -> bool {
    let n = doc.toks.len();
    if s < 4 || !doc.is(s - 1, ",") || t1 + 1 >= n || !doc.is(t1, ",") {
        return false;
    }
    // A given name and a surname (a lone word after a place is more often a state or a
    // region: "a plant in Dayton, Ohio,"), then a verb: a lower-case word that does not
    // open a clause or a list.
    let next = t1 + 1;
    if !(2..=3).contains(&(t1 - s))
        || !doc.toks[next].word
        || doc.toks[next].cap
        || doc.lower_is(
            next,
            &[
                "and", "or", "where", "which", "who", "whose", "the", "a", "an", "in", "on",
            ],
        )
    {
        return false;
    }
    let sa = doc.sents[doc.sent_of[s]].0;
    // Back over the place's capitalised words.
    let mut k = s - 1;
    let mut place = 0;
    while k > sa && doc.toks[k - 1].word && doc.toks[k - 1].cap && place < 4 {
        k -= 1;
        place += 1;
    }
    if place == 0 || k <= sa || !doc.lower_is(k - 1, &["in", "from", "near", "of"]) {
        return false;
    }
    let prep = k - 1;
    let lo = sa.max(prep.saturating_sub(7));
    let Some(a) = (lo..prep)
        .rev()
        .find(|&j| doc.lower_is(j, &["a", "an", "the"]))
    else {
        return false;
    };
    let opens = a == sa || !doc.toks[a - 1].word;
    // The word right after the article may be capitalised: a nationality or a city ("A
    // Cambodian stall owner", "A Lagos trader").
    let described = (a + 1..prep).all(|j| {
        (!doc.toks[j].cap || j == a + 1) && !doc.in_quote[j] && (doc.toks[j].word || doc.is(j, "-"))
    });
    opens && described && a + 1 < prep
}

/// Capitalised plurals that end names of places, not of teams or groups.
const PLACE_PLURALS: &[&str] = &[
    "Heights",
    "Islands",
    "Isles",
    "Mountains",
    "Hills",
    "Highlands",
    "Lowlands",
    "Falls",
    "Lakes",
    "Plains",
    "Territories",
    "Emirates",
    "States",
    "Keys",
    "Springs",
    "Gardens",
    "Fields",
    "Docks",
    "Towers",
];

impl Extractor {
    /// `team_by_plural`: "the Riverside Mariners", "the Harbour City Wolves": two to four
    /// capitalised words after "the" that end in a capitalised plural (not a place's, such
    /// as "Heights" or "Islands", and not a word of a title) name a team or a group, an
    /// organisation. Returns whether it recorded one.
    pub(crate) fn team_by_plural(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        ents: &mut Entities,
    ) -> bool {
        let b = doc.skip_determiners(t0, t1);
        let last = doc.t(t1 - 1);
        let plural = last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !last.ends_with("us")
            && !doc.toks[t1 - 1].poss
            && !doc.toks[t1 - 1].allcaps;
        if !(2..=4).contains(&(t1 - b))
            || !plural
            || PLACE_PLURALS.contains(&last)
            || (b..t1).any(|k| {
                !doc.toks[k].word || doc.has(k, F_HEAD | F_MOD | F_EVENT) || doc.toks[k].digit
            })
        {
            return false;
        }
        ents.org_mention(doc.span(b, t1), None, Some("team".to_string()), b, t1);
        true
    }
}

/// The end of an organisation name that continues past a possessive at token `j` (the run
/// started at `t0`): a plural possessive (`Footballers' Union`), a saint's name (`St.
/// Brigid's`), a collective noun (`People's`, `Children's`) or a title followed by an
/// organisation word (`Prime Minister's Office`), followed by capitalised words of which the
/// last is an organisation word.
pub(crate) fn possessive_in_org_name(doc: &Doc, j: usize, t0: usize) -> Option<usize> {
    let n = doc.toks.len();
    let tk = doc.toks[j];
    if !tk.word || !tk.cap {
        return None;
    }
    let next = if tk.poss {
        let saint = j > t0 && doc.lower_is(j - 1, &["st.", "st", "saint"]);
        // A plural in "-men" names a group of people too ("Fishermen's", "Seamen's").
        let collective = doc.lower_is(j, &["people", "children", "women", "men", "workers"])
            || (doc.t(j).len() > 5 && doc.t(j).ends_with("men"));
        // `title_possessive_names_office`: "the Prime Minister's Office", "the Mayor's
        // Office": an office named after the title it serves.
        let office = doc.has(j, F_HEAD)
            && j + 1 < n
            && doc.toks[j + 1].cap
            && doc.has(j + 1, F_ORG)
            && !doc.toks[j + 1].poss;
        if !(saint || collective || office) {
            return None;
        }
        j + 1
    } else {
        let plural = doc.t(j).ends_with('s')
            && j + 1 < n
            && matches!(doc.t(j + 1), "'" | "’")
            && doc.toks[j + 1].start == tk.end;
        if !plural {
            return None;
        }
        j + 2
    };
    let mut e = next;
    let mut last_org = None;
    while e < n
        && e < next + 3
        && doc.toks[e].word
        && doc.toks[e].cap
        && doc.para_of[e] == doc.para_of[j]
    {
        if doc.has(e, F_ORG) {
            last_org = Some(e);
        }
        if doc.toks[e].poss {
            break;
        }
        e += 1;
    }
    last_org
}

/// `staff_of_a_body_named_like_an_event`: a name ending in a word that names events as
/// well as bodies ("Forum") is a body's when a lower-case title noun holds a post in it:
/// "a senior fellow at the Coastal Security Forum", "director of the Harbour Forum" (events
/// employ no one). `s` is the name's first word.
pub(crate) fn staff_of_a_body_named_like_an_event(doc: &Doc, s: usize) -> bool {
    let mut k = s;
    if k > 0 && doc.lower_is(k - 1, &["the"]) {
        k -= 1;
    }
    k >= 2 && doc.lower_is(k - 1, &["at", "of"]) && doc.has(k - 2, F_HEAD) && !doc.toks[k - 2].cap
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn nationality_stays_in_the_name_of_a_body_and_its_members_take_the_body() {
        let v = actors(
            "\"We will not sign,\" said Ines Arbeloa, president of the Spanish Dockers \
             Federation, on Monday.\n",
        );
        assert_eq!(side(&v, "Ines Arbeloa"), Some("Spanish Dockers Federation"));
        // A members' body is its own side (`members_body_is_its_own_side`).
        assert_eq!(
            side(&v, "Spanish Dockers Federation"),
            Some("Spanish Dockers Federation")
        );
    }

    #[test]
    fn names_after_a_place_title_or_with_a_hyphenated_given_name_are_people() {
        let v = actors(
            "The case went to US District Judge Carla Benedetti on Monday. \"We will read \
             every line,\" the group's president, Ji-woo Park, told us. A fisherman in \
             Kampot, Sok Dara, said he was worried.\n",
        );
        for name in ["Carla Benedetti", "Ji-woo Park", "Sok Dara"] {
            assert!(v.iter().any(|a| a.name == name), "{name}: {v:#?}");
        }
    }

    #[test]
    fn title_word_ending_a_name_is_a_surname() {
        let v = actors("The contract was weak, Farah Sheikh said on Monday.\n");
        assert!(v.iter().any(|a| a.name == "Farah Sheikh"), "{v:#?}");
        let v = actors("Lawyer Farah Sheikh, who advised both sides, said the deal was weak.\n");
        assert!(v.iter().any(|a| a.name == "Farah Sheikh"), "{v:#?}");
        // A title before a name stays a title.
        let v = actors("The contract was weak, Sheikh Tamim said on Monday.\n");
        assert!(
            v.iter()
                .all(|a| a.name != "Sheikh Tamim" || a.role.is_some()),
            "{v:#?}"
        );
    }

    #[test]
    fn weekday_as_a_given_name() {
        let v = actors(
            "Its President, Comrade Sunday Oghenekaro, called the ultimatum \"a threat\" on \
             Monday.\n",
        );
        assert!(v.iter().any(|a| a.name == "Sunday Oghenekaro"), "{v:#?}");
    }

    #[test]
    fn which_after_name_is_no_person() {
        let v = actors(
            "Coral Coast Milling, which is owned by a Singapore group, said it had made \
             \"a final offer\" on Monday. Ana Ruiz, who leads the growers, said the offer was low.\n",
        );
        assert!(
            v.iter().any(|a| a.name == "Coral Coast Milling"
                && a.kind == crate::records::ActorKind::Organization),
            "{v:#?}"
        );
        assert!(v.iter().any(|a| a.name == "Ana Ruiz"), "{v:#?}");
    }

    #[test]
    fn team_by_plural() {
        let v = actors(
            "The Riverside Mariners beat the Harbour City Wolves on Sunday. Fans of the \
             Golan Heights club cheered.\n",
        );
        for name in ["Riverside Mariners", "Harbour City Wolves"] {
            assert!(v.iter().any(|a| a.name == name), "{name}: {v:#?}");
        }
        assert!(!v.iter().any(|a| a.name.contains("Heights")), "{v:#?}");
    }

    #[test]
    fn a_linking_adverb_opening_the_sentence_is_not_part_of_a_body_name() {
        let v = actors("Meanwhile Tessaly Foods said it would wait.\n");
        assert!(v.iter().any(|a| a.name == "Tessaly Foods"), "{v:#?}");
    }

    #[test]
    fn described_person_after_place() {
        let ev = crate::extract::test_extract(
            "BERGEN, May 2 (Wire) - Fishing talks resumed on Thursday.\n\nMinister Ola Berg \
             said the talks were \"useful\".\n\nA fish-processing plant owner in Tromso, Kari \
             Lunde, put the stakes more simply: \"If the quota goes, my town goes.\"\n\nThe \
             plant in Dayton, Ohio, closed in May.\n",
        );
        assert!(ev.actors.iter().any(|a| a.name == "Kari Lunde"));
        assert!(!ev.actors.iter().any(|a| a.name == "Ohio"));
        let q = ev
            .quotes
            .iter()
            .find(|q| q.text.starts_with("If the"))
            .expect("quote");
        assert_eq!(q.speaker.as_deref(), Some("Kari Lunde"));
    }

    #[test]
    fn staff_of_a_body_named_like_an_event() {
        let v = actors(
            "\"Nobody moved,\" said Kofi Mensah, a senior fellow at the Coastal Security Forum \
             in Accra. Delegates spoke at the Harbour Forum on Monday.\n",
        );
        assert!(
            v.iter().any(|a| a.name == "Coastal Security Forum"),
            "{v:#?}"
        );
        assert!(!v.iter().any(|a| a.name == "Harbour Forum"), "{v:#?}");
    }

    #[test]
    fn title_possessive_names_office() {
        let ev = crate::extract::test_extract(
            "The Prime Minister's Office said the talks had been \"cordial and detailed.\"\n",
        );
        assert_eq!(
            ev.quotes.first().and_then(|q| q.speaker.as_deref()),
            Some("Prime Minister's Office"),
            "{:#?}",
            ev
        );
    }

    #[test]
    fn a_preposition_opening_the_sentence_is_not_part_of_a_body_name() {
        let v = actors(
            "In Parliament, the opposition asked for a vote. At Tessaly Foods the mood was calm.\n",
        );
        assert!(!v.iter().any(|a| a.name.starts_with("In ")), "{v:#?}");
        assert!(v.iter().any(|a| a.name == "Tessaly Foods"), "{v:#?}");
    }
}
