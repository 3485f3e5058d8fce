//! Entities: a person named right after a state office of a country written before the
//! name ("COUNTRY's minister for X, NAME", "The DEMONYM deputy foreign minister who chairs
//! the talks, NAME"), and a person whose role names a kind of body (a union, an
//! association, a league) that the article names only after the person.

use std::sync::OnceLock;

use super::owners::side_is_open;
use super::propagate::{has_words, GOVERNMENT_ROLE_WORDS, NON_STATE_ROLE_WORDS};
use super::*;

/// The most words from the country to the comma before the name.
const MAX_OFFICE_PHRASE: usize = 14;

/// Words of a role that make the office a former one (its holder's side is no longer the
/// country's).
const PAST_OFFICE_WORDS: &[&str] = &["former", "ex", "late", "then", "onetime"];

/// Words that name a cabinet portfolio before "secretary" (`data/cabinet_portfolios.txt`).
fn cabinet_portfolios() -> &'static [&'static str] {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| {
        crate::wordlists::entries(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/cabinet_portfolios.txt"
        )))
    })
}

/// `portfolio_secretary_is_state_office`: a role (in lower case) that holds "secretary"
/// right after a cabinet portfolio (`data/cabinet_portfolios.txt`: "business secretary",
/// "acting labor secretary") is a state office.
pub(crate) fn portfolio_secretary_is_state_office(rl: &str) -> bool {
    let words: Vec<&str> = rl
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words
        .windows(2)
        .any(|p| p[1] == "secretary" && cabinet_portfolios().contains(&p[0]))
}

/// Heads of a body's name that a role may name in lower case ("the players'
/// association's president") to mean the body of the article whose name ends with it.
const BODY_NAME_HEADS: &[&str] = &[
    "union",
    "guild",
    "association",
    "federation",
    "league",
    "party",
    "alliance",
    "movement",
    "front",
    "commission",
    "committee",
    "council",
];

impl Extractor {
    /// `state_office_of_country_before_name`: a person named right after a comma that
    /// closes a role opened by a country in the possessive or a nationality ("COUNTRY's
    /// minister for X, NAME", "The DEMONYM deputy foreign minister who chairs the talks,
    /// NAME"), at most fourteen words long with no other comma, quotation or person, whose
    /// words hold a state office (minister, attorney general, ambassador, ...) and no word
    /// of another kind of body (union, party, opposition, ...) or of a past office
    /// ("former"), belongs to that country. It outranks a side guessed from office words.
    pub(crate) fn state_office_of_country_before_name(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &mut Entities,
    ) {
        let mut found: Vec<(usize, String)> = Vec::new();
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
            if c >= 1 && is_honorific(doc.t(c - 1)) {
                c -= 1;
            }
            if c < 3 || !doc.is(c - 1, ",") {
                continue;
            }
            let comma = c - 1;
            let sa = doc.sents[doc.sent_of[comma]].0;
            let lo = sa.max(comma.saturating_sub(MAX_OFFICE_PHRASE));
            // Back to the start of the phrase: no comma, quotation or person on the way.
            let mut start = comma;
            while start > lo
                && !doc.is(start - 1, ",")
                && !doc.in_quote[start - 1]
                && (doc.toks[start - 1].word || doc.is(start - 1, "-"))
            {
                start -= 1;
            }
            if ents
                .within(start, comma)
                .any(|x| matches!(x.kind, MKind::Person(_) | MKind::Org(_)))
            {
                continue;
            }
            // The country opens the phrase, after an article at most.
            let mut k = start;
            if doc.lower_is(k, &["the", "a", "an"]) {
                k += 1;
            }
            let Some((known, len)) = gaz[k] else { continue };
            let ci = match known {
                Known::Country(ci) => {
                    if !doc.toks[k + len - 1].poss {
                        continue;
                    }
                    ci
                }
                Known::Demonym(ci) => ci,
                _ => continue,
            };
            if k + len >= comma {
                continue;
            }
            let role = doc.span(k + len, comma).to_lowercase();
            let state = GOVERNMENT_ROLE_WORDS.iter().any(|w| has_words(&role, w));
            let other = NON_STATE_ROLE_WORDS.iter().any(|w| has_words(&role, w))
                || PAST_OFFICE_WORDS.iter().any(|w| has_words(&role, w));
            if state && !other {
                found.push((pi, self.lx.countries[ci].clone()));
            }
        }
        ents.give_sides(found, "state_office_of_country_before_name");
    }

    /// `role_names_a_body_named_after`: a person with a role and no side, institution,
    /// owner or analyst's standing, whose role names a kind of body by the head word of a
    /// body's name after "the" or in the possessive at its start ("the union's executive
    /// director", "first vice president of the players' association"), belongs to the body of the article whose name holds
    /// that head word (for "union" and "guild" also "Association", "Federation",
    /// "Workers"), named nearest before the person's first mention outside quotations, or,
    /// when none is named before, first after it (within about a page either way).
    pub(crate) fn role_names_a_body_named_after(&self, doc: &Doc, ents: &mut Entities) {
        let ms = &ents.mentions[..ents.sorted];
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(rl) = p.unsided_role() else {
                continue;
            };
            let Some(noun) = body_head_after_the(&rl) else {
                continue;
            };
            let heads: Vec<String> = match noun {
                "union" | "guild" => ["union", "guild", "association", "federation", "workers"]
                    .iter()
                    .map(|w| w.to_string())
                    .collect(),
                other => vec![other.to_string()],
            };
            let fits = |o: &OrgAcc| {
                o.name
                    .split_whitespace()
                    .any(|w| heads.iter().any(|h| w.eq_ignore_ascii_case(h)))
            };
            let Some(first) = ms
                .iter()
                .position(|m| matches!(m.kind, MKind::Person(x) if x == pi) && !doc.in_quote[m.t0])
            else {
                continue;
            };
            let at = ms[first].t0;
            let body = |m: &Mention| match m.kind {
                MKind::Org(o) if !doc.in_quote[m.t0] && fits(&ents.orgs[o]) => Some(o),
                _ => None,
            };
            let before = ms[..first]
                .iter()
                .rev()
                .take_while(|m| m.t0 + 400 >= at)
                .find_map(body);
            let after = || {
                ms[first..]
                    .iter()
                    .take_while(|m| m.t0 <= at + 400)
                    .find_map(body)
            };
            if let Some(side) = before
                .or_else(after)
                .and_then(|o| self.member_side(&ents.orgs[o]))
            {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "role_names_a_body_named_after");
    }
}

/// Words that may join the capitalised words of a portfolio ("Minister of Social Affairs
/// and Health").
const PORTFOLIO_JOINERS: &[&str] = &["of", "for", "and", "the", "&"];

impl Extractor {
    /// `portfolio_title_gives_role`: a person with no role and no side whose first mention
    /// outside quotations comes right after a capitalised title with a portfolio ("HEAD of
    /// PORTFOLIO": a role head of the lexicon followed by "of" or "for" and capitalised words,
    /// "Minister of Social Affairs and Health NAME", "Minister of Planning, NAME"), at most
    /// ten words long, holds that title as role, so that the role rules read it.
    pub(crate) fn portfolio_title_gives_role(&self, doc: &Doc, ents: &mut Entities) {
        let firsts = ents.first_person_mentions(doc);
        for (pi, first) in firsts.into_iter().enumerate() {
            let p = &ents.persons[pi];
            let Some(t0) = first else { continue };
            if p.role.is_some() || p.affiliation.is_some() || t0 < 3 {
                continue;
            }
            let end = if doc.is(t0 - 1, ",") { t0 - 1 } else { t0 };
            let sa = doc.sents[doc.sent_of[t0]].0;
            let lo = sa.max(end.saturating_sub(10));
            let mut k = end;
            let mut head = None;
            while k > lo {
                k -= 1;
                let t = &doc.toks[k];
                let joiner = doc.lower_is(k, PORTFOLIO_JOINERS);
                if doc.in_quote[k] || !t.word || !(t.cap || joiner) {
                    break;
                }
                if t.cap
                    && k + 1 < end
                    && doc.lower_is(k + 1, &["of", "for"])
                    && self.lx.is_head(&doc.t(k).to_lowercase())
                {
                    head = Some(k);
                }
            }
            let Some(h) = head else { continue };
            // The portfolio holds at least one capitalised word after "of"/"for".
            if !(h + 2..end).any(|j| doc.toks[j].cap) {
                continue;
            }
            ents.persons[pi].role = Some(doc.span(h, end).to_string());
        }
    }
}

impl Extractor {
    /// `portfolio_word_joins_role`: a person with no side whose role is the bare word
    /// "secretary" and whose first mention outside quotations follows that word (with a
    /// comma between at most) right after a cabinet portfolio (`data/cabinet_portfolios.txt`:
    /// "the business secretary, NAME") holds "PORTFOLIO secretary" as role.
    pub(crate) fn portfolio_word_joins_role(&self, doc: &Doc, ents: &mut Entities) {
        let firsts = ents.first_person_mentions(doc);
        for (pi, first) in firsts.into_iter().enumerate() {
            let p = &ents.persons[pi];
            let Some(t0) = first else { continue };
            if p.affiliation.is_some()
                || !p
                    .role
                    .as_deref()
                    .is_some_and(|r| r.eq_ignore_ascii_case("secretary"))
            {
                continue;
            }
            let mut k = t0;
            if k >= 1 && doc.is(k - 1, ",") {
                k -= 1;
            }
            if k < 2 || !doc.lower_is(k - 1, &["secretary"]) {
                continue;
            }
            let field = doc.t(k - 2).to_lowercase();
            if doc.toks[k - 2].word && cabinet_portfolios().contains(&field.as_str()) {
                ents.persons[pi].role = Some(format!("{field} secretary"));
            }
        }
    }
}

/// The head word of a body's name (`BODY_NAME_HEADS`) that a lower-case role names after
/// "the", with at most one word between ("the union's …", "… of the players'
/// association").
fn body_head_after_the(role: &str) -> Option<&'static str> {
    // (word, whether it is in the possessive)
    let words: Vec<(&str, bool)> = role
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            let poss = w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
            let bare = w
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(|c: char| !c.is_alphanumeric());
            (bare, poss)
        })
        .collect();
    words.iter().enumerate().find_map(|(i, (w, poss))| {
        let head = BODY_NAME_HEADS.iter().find(|h| *h == w)?;
        // "union's executive director": a role that opens with the body in the
        // possessive (its "the" was left out of the role).
        let opens = i == 0 && *poss;
        let after_the = (i >= 1 && words[i - 1].0 == "the") || (i >= 2 && words[i - 2].0 == "the");
        (opens || after_the).then_some(*head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_countrys_minister_before_the_name() {
        let v = actors(
            "Talks on the reef resumed on Monday. Fiji's minister for maritime affairs, Losa \
             Tamani, said the map was clear. The Tongan deputy foreign minister who chairs \
             the panel, Sione Vake, was cautious.\n",
        );
        assert_eq!(side(&v, "Losa Tamani"), Some("Fiji"));
        assert_eq!(side(&v, "Sione Vake"), Some("Tonga"));
    }

    #[test]
    fn a_former_minister_or_a_party_office_is_not_the_countrys() {
        let v = actors(
            "Talks on the reef resumed on Monday. Fiji's former minister for maritime \
             affairs, Losa Tamani, said the map was clear.\n",
        );
        assert_ne!(side(&v, "Losa Tamani"), Some("Fiji"));
    }

    #[test]
    fn a_portfolio_title_before_the_name_is_a_state_role() {
        let v = actors(
            "Nurses in Finland walked out. Finland's hospitals and Finland's clinics were \
             closed. Minister of Social Affairs and Health Liisa Korpela said the state would \
             not pay more.\n",
        );
        assert_eq!(side(&v, "Liisa Korpela"), Some("Finland"));
    }

    #[test]
    fn a_portfolio_secretary_is_a_state_office() {
        assert!(portfolio_secretary_is_state_office(
            "the business secretary"
        ));
        assert!(portfolio_secretary_is_state_office(
            "acting labor secretary"
        ));
        assert!(!portfolio_secretary_is_state_office(
            "general secretary of the union"
        ));
        assert!(!portfolio_secretary_is_state_office("press secretary"));
        let v = actors(
            "Britain's rail network is short of parts, and Britain's suppliers are \
             worried. The transport secretary, Alan Pike, said he would intervene.\n",
        );
        assert_eq!(side(&v, "Alan Pike"), Some("United Kingdom"));
    }

    #[test]
    fn head_words_of_bodies_after_the() {
        assert_eq!(
            body_head_after_the("the union's executive director"),
            Some("union")
        );
        assert_eq!(
            body_head_after_the("first vice president of the players' association"),
            Some("association")
        );
        assert_eq!(
            body_head_after_the("union's chief negotiator"),
            Some("union")
        );
        assert_eq!(body_head_after_the("union organiser"), None);
    }

    #[test]
    fn the_unions_officer_takes_the_union_named_after() {
        let v = actors(
            "Talks went on past midnight.\n\nIda Lund, the union's executive director, said \
             the gap was wide.\n\nThe Harbour Porters Association and the port owners \
             must agree by Friday.\n",
        );
        assert_eq!(side(&v, "Ida Lund"), Some("Harbour Porters Association"));
    }
}
