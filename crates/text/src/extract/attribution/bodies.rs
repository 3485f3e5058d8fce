//! Attribution: bodies named by a common noun ("the ministry", "the union").

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    /// "the company said", "the union said": the body of that kind named last before the
    /// quotation (a company, a union, or for "the government" a country).
    pub(crate) fn body_noun(
        &self,
        doc: &Doc,
        ents: &Entities,
        t0: usize,
        t1: usize,
        before: usize,
    ) -> Option<(String, String)> {
        let h = (t0 + 1..t1).find(|&h| {
            doc.lower_is(h - 1, &["the"])
                && (doc.lower_is(h, crate::wordlists::union_nouns())
                    || doc.lower_is(h, crate::wordlists::company_nouns())
                    || doc.lower_is(h, crate::wordlists::state_nouns()))
                && !doc.toks[h].cap
                && !doc.toks[h].poss
                && (h + 1..t1).all(|k| doc.toks[k].word && !doc.toks[k].cap)
                && t1 - h <= 3
        });
        let Some(h) = h else {
            return body_named_by_its_name_word(doc, ents, t0, t1, before);
        };
        let want_union = doc.lower_is(h, crate::wordlists::union_nouns());
        let want_state = doc.lower_is(h, crate::wordlists::state_nouns());
        // "the company" is first the body the article itself called a company.
        let noun = doc.t(h).to_lowercase();
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before.min(t0));
        let same_kind = ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.t0 + 400 >= before.min(t0))
            .find_map(|m| match m.kind {
                MKind::Org(o) if !doc.in_quote[m.t0] => {
                    let org = &ents.orgs[o];
                    // "the ministry" after "the Russian Foreign Ministry": a state organ
                    // keeps its own name (`the_ministry_named_before`).
                    let organ = want_state
                        && org
                            .name
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(&noun));
                    (org.role.as_deref() == Some(noun.as_str()) || organ).then(|| org.name.clone())
                }
                _ => None,
            });
        let name = match same_kind {
            Some(n) => n,
            None => self.body_named_before(doc, ents, want_union, want_state, before.min(t0))?,
        };
        Some((name, doc.span(h - 1, h + 1).to_string()))
    }

    /// The body of a kind (a union, a company, or with `want_state` a country) named last
    /// before token `before`, within about a page.
    pub(crate) fn body_named_before(
        &self,
        doc: &Doc,
        ents: &Entities,
        want_union: bool,
        want_state: bool,
        before: usize,
    ) -> Option<String> {
        let union_like = |name: &str| {
            name.split_whitespace().any(|w| {
                matches!(
                    w,
                    "Union" | "Workers" | "Guild" | "Federation" | "Association" | "Confederation"
                )
            })
        };
        let lo = before.saturating_sub(400);
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before);
        ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.t0 >= lo)
            .find_map(|m| {
                if doc.in_quote[m.t0] {
                    return None;
                }
                match m.kind {
                    MKind::Country(c) if want_state && !self.locative(doc, m.t0) => {
                        Some(ents.countries[c].name.clone())
                    }
                    MKind::Org(o) if !want_state => {
                        let org = &ents.orgs[o];
                        let known = self.lx.forms.contains_key(org.name.as_str());
                        let is_union = union_like(&org.name)
                            || matches!(
                                org.role.as_deref(),
                                Some("union" | "guild" | "federation")
                            );
                        // `company_is_no_state_organ`: "the company" is never a ministry.
                        let organ = !want_union && state_body(&org.name);
                        (!known && !organ && is_union == want_union).then(|| org.name.clone())
                    }
                    _ => None,
                }
            })
    }

    /// "the hospital's chief executive", "the league's chair", "Councillor NAME": the
    /// nearest body named earlier (within about 400 tokens, outside quotations) whose name
    /// has a word of that kind ("St. Brigid's Medical Center", "Premier League", "Harlow
    /// City Council"); a council member's body is a council, a superintendent's a (school)
    /// district; any other noun names a body the article described by it (its role ends
    /// with the noun: "the bloc's envoy" after "the regional bloc").
    pub(crate) fn body_of_kind(
        &self,
        doc: &Doc,
        ents: &Entities,
        noun: &str,
        before: usize,
    ) -> Option<String> {
        let noun_l = noun.to_lowercase();
        let words: &[&str] = match noun_l.as_str() {
            "hospital" => &["Hospital", "Medical", "Clinic", "Infirmary", "Health"],
            "league" => &["League", "Division", "Liga"],
            "council" | "councillor" | "councilor" | "councilman" | "councilwoman"
            | "councilmember" | "alderman" | "alderwoman" => &["Council"],
            "district" | "superintendent" => &["District"],
            "club" | "team" | "franchise" => &["Club", "FC", "AFC", "CF"],
            "university" => &["University", "College"],
            "school" => &["School", "Academy", "College"],
            "bank" => &["Bank"],
            "charity" => &["Foundation", "Trust", "Fund"],
            "coalition" | "alliance" => &["Coalition", "Alliance"],
            "army" | "military" => &["Army", "Armed", "Military"],
            _ => &[],
        };
        // `body_named_by_its_description`: "the bloc's envoy" after "IGAD, the regional
        // bloc": a body whose own role (the description the article gave it) ends with the
        // noun.
        let described = |org: &OrgAcc| {
            noun_l.len() >= 4
                && org
                    .role
                    .as_deref()
                    .and_then(|r| r.rsplit(' ').next())
                    .is_some_and(|h| h.eq_ignore_ascii_case(&noun_l))
        };
        if words.is_empty() && !ents.orgs.iter().any(described) {
            return None;
        }
        let lo = before.saturating_sub(400);
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before);
        ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.t0 >= lo)
            .find_map(|m| match m.kind {
                MKind::Org(o) if !doc.in_quote[m.t0] => {
                    let org = &ents.orgs[o];
                    // A team named by a plural ("the Riverside Mariners") is a club.
                    let team = words.contains(&"Club") && org.role.as_deref() == Some("team");
                    (team
                        || org.name.split_whitespace().any(|w| words.contains(&w))
                        || described(org))
                    .then(|| org.name.clone())
                }
                _ => None,
            })
    }

    /// Transcripts: `PETRAUSKAS: “...”` — a speaker label (a name, often in capitals)
    /// opening the paragraph and closed by a colon names the speaker of the quotation.
    pub(crate) fn transcript_label(
        &self,
        doc: &Doc,
        ents: &Entities,
        q: &QSpan,
        open_t: usize,
    ) -> Option<(String, String)> {
        let colon = open_t.checked_sub(1)?;
        if !doc.is(colon, ":") {
            return None;
        }
        let mut b = colon;
        while b > 0
            && colon - b < 4
            && doc.para_of[b - 1] == q.para
            && doc.toks[b - 1].word
            && doc.toks[b - 1].cap
        {
            b -= 1;
        }
        if b == colon || !doc.toks[b].para_start {
            return None;
        }
        let label = doc.span(b, colon);
        if label == "A" {
            // A question-and-answer interview: "A:" is the person interviewed, the first
            // person the article names.
            let first = ents.mentions[..ents.sorted]
                .iter()
                .filter(|m| m.t0 < b && !doc.in_quote[m.t0])
                .find_map(|m| match m.kind {
                    MKind::Person(p) => Some(p),
                    _ => None,
                })?;
            return Some((ents.persons[first].name.clone(), label.to_string()));
        }
        if let Some(m) = ents
            .within(b, colon)
            .find(|m| matches!(m.kind, MKind::Person(_) | MKind::Org(_) | MKind::Country(_)))
        {
            let name = match m.kind {
                MKind::Person(p) => ents.persons[p].name.clone(),
                MKind::Org(o) => ents.orgs[o].name.clone(),
                MKind::Country(c) => ents.countries[c].name.clone(),
                _ => return None,
            };
            return Some((name, label.to_string()));
        }
        // An all-capital surname: match it against the people the article names.
        let last = doc.t(colon - 1);
        let given = (colon - b >= 2).then(|| doc.t(b));
        let p = ents.find_person(last, None)?;
        if let (Some(g), Some(pg)) = (given, ents.persons[p].given.as_deref()) {
            if !g.eq_ignore_ascii_case(pg) {
                return None;
            }
        }
        Some((ents.persons[p].name.clone(), label.to_string()))
    }
}

/// `organ_in_its_capital`: "the ministry of foreign affairs in Ankara said": a phrase
/// `t0..t1` headed by a lower-case organ noun (`data/body_nouns.txt`, kind `organ`: a
/// ministry, department, parliament, …) followed within six words by "in" and a capital (a
/// seat of government of the gazetteer) speaks for that capital's state: a state's organs
/// sit in its own capital (an embassy or mission abroad is no organ noun). Gives the state
/// and the phrase.
pub(crate) fn organ_in_its_capital(
    lx: &Lexicon,
    doc: &Doc,
    ents: &Entities,
    t0: usize,
    t1: usize,
) -> Option<(String, String)> {
    let h = (t0..t1).find(|&k| {
        !doc.toks[k].cap && !doc.in_quote[k] && doc.lower_is(k, crate::wordlists::organ_nouns())
    })?;
    let at = (h + 1..(h + 7).min(t1)).find(|&k| doc.lower_is(k, &["in"]))?;
    let m = ents
        .within(at + 1, t1)
        .find(|m| m.t0 == at + 1 && matches!(m.kind, MKind::Country(_)))?;
    let MKind::Country(c) = m.kind else {
        return None;
    };
    let surface = doc.span(m.t0, m.t1);
    matches!(lx.forms.get(surface), Some(Known::Capital(_)))
        .then(|| (ents.countries[c].name.clone(), doc.span(t0, t1).to_string()))
}

/// `body_named_by_its_name_word`: "the institute said", "the commission said": "the" and a
/// lower-case noun (the last word of the phrase `t0..t1`, at most two lower-case words
/// after "the") that is the head of the name (its last word before a connector) of a body the article named before `before`
/// (within about 400 tokens, outside quotations): the last such body ("the Institute for
/// Border Studies", then "the institute").
fn body_named_by_its_name_word(
    doc: &Doc,
    ents: &Entities,
    t0: usize,
    t1: usize,
    before: usize,
) -> Option<(String, String)> {
    let h = t1.checked_sub(1)?;
    let the = (t0..h).rev().take(3).find(|&k| doc.lower_is(k, &["the"]))?;
    let plain = |k: usize| doc.toks[k].word && !doc.toks[k].cap && !doc.toks[k].poss;
    if the < t0 || !(the + 1..t1).all(plain) || doc.t(h).len() < 4 {
        return None;
    }
    let o = body_with_name_head(doc, ents, doc.t(h), before.min(t0))?;
    Some((ents.orgs[o].name.clone(), doc.span(the, t1).to_string()))
}

#[cfg(test)]
mod tests {
    use crate::records::Actor;

    fn side(text: &str, name: &str) -> Option<String> {
        crate::extract::test_extract(text)
            .actors
            .into_iter()
            .find(|a: &Actor| a.name == name)
            .and_then(|a| a.affiliation)
    }

    #[test]
    fn body_named_by_its_name_word() {
        let ev = crate::extract::test_extract(
            "The Harwick Institute for Border Studies praised the deal on Monday. \"Others \
             should follow,\" the institute said.\n",
        );
        let speaker = |start: &str| {
            ev.quotes
                .iter()
                .find(|q| q.text.starts_with(start))
                .and_then(|q| q.speaker.clone())
        };
        assert_eq!(
            speaker("Others").as_deref(),
            Some("Harwick Institute for Border Studies")
        );
        let ev = crate::extract::test_extract(
            "The Ministry of Lands was silent on Monday. \"Trade will flow,\" the company \
             said.\n",
        );
        assert_eq!(ev.quotes[0].speaker, None, "a ministry is no company");
    }

    #[test]
    fn organ_in_its_capital() {
        let ev = crate::extract::test_extract(
            "Talks on the river resumed on Monday.\n\nThe ministry of water in Ankara said the dam \
would \"share every drop\" with its neighbours. A spokesman for the embassy in Ankara said \
the talks were \"useful\".\n",
        );
        let speaker = |start: &str| {
            ev.quotes
                .iter()
                .find(|q| q.text.starts_with(start))
                .and_then(|q| q.speaker.clone())
        };
        assert_eq!(speaker("share").as_deref(), Some("Turkey"));
        assert_ne!(speaker("useful").as_deref(), Some("Turkey"));
    }

    #[test]
    fn a_coalition_noun_names_the_coalition() {
        let text = "The Coalition for Fair Tolls sued the city on Monday. \"It is theft,\" the \
             coalition's president, Ruth Abara, said.\n";
        assert_eq!(
            side(text, "Ruth Abara").as_deref(),
            Some("Coalition for Fair Tolls")
        );
    }

    #[test]
    fn body_named_by_its_description() {
        // ECOWAS is listed as a "West African regional bloc".
        let text = "Talks resumed in Accra under ECOWAS on Monday. \"We need a ceasefire \
             first,\" the bloc's special envoy, Omar Lutz, said on Friday.\n";
        assert_eq!(side(text, "Omar Lutz").as_deref(), Some("ECOWAS"));
    }
}
