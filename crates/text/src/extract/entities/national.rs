//! Entities: the country of a body that is neither a state organ nor a party of its own
//! (a union, a company, a university, a broadcaster, a party): where the article puts it.

use super::*;
use std::sync::OnceLock;

/// Words that make a body a party of its own (`data/own_side_body_words.txt`).
fn own_side_body_words() -> &'static [&'static str] {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| {
        crate::wordlists::entries(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/own_side_body_words.txt"
        )))
    })
}

/// `own_side_body`: a body whose name or role (as the article gives it) holds a word of
/// `data/own_side_body_words.txt` (an armed group outside a state's forces, or a body that
/// spans many countries) is a party of its own, not a body of the country it works in.
pub(crate) fn own_side_body(name: &str, role: Option<&str>) -> bool {
    let words = own_side_body_words();
    let has = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && words.contains(&w.to_lowercase().as_str()))
    };
    has(name) || role.is_some_and(has)
}

/// The cities of `data/cities.tsv`, each with its country.
fn cities() -> &'static HashMap<&'static str, &'static str> {
    static L: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    L.get_or_init(|| {
        crate::wordlists::entries(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/cities.tsv"
        )))
        .into_iter()
        .filter_map(|l| l.split_once('|'))
        .map(|(c, k)| (c.trim(), k.trim()))
        .collect()
    })
}

/// `large_city_gives_country`: the country of a large city (`data/cities.tsv`) written as
/// `place` ("Hamburg", "Ho Chi Minh City").
pub(crate) fn city_country(place: &str) -> Option<&'static str> {
    cities().get(place).copied()
}

/// The country of a large city named by up to three words starting at token `k`, with the
/// number of words.
pub(crate) fn city_at(doc: &Doc, k: usize) -> Option<(&'static str, usize)> {
    let n = doc.toks.len();
    (1..=3usize).rev().find_map(|len| {
        let e = k + len;
        if e > n || !(k..e).all(|j| doc.toks[j].word && (doc.toks[j].cap || j > k)) {
            return None;
        }
        city_country(doc.span(k, e)).map(|c| (c, len))
    })
}

/// The legal forms of `data/legal_forms.tsv`, each with its country when one country's law
/// alone uses it.
fn legal_forms() -> &'static [(&'static str, Option<&'static str>)] {
    static L: OnceLock<Vec<(&'static str, Option<&'static str>)>> = OnceLock::new();
    L.get_or_init(|| {
        crate::wordlists::entries(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/legal_forms.tsv"
        )))
        .into_iter()
        .filter_map(|l| {
            let (form, country) = l.split_once('|')?;
            Some((form.trim(), Some(country.trim()).filter(|c| !c.is_empty())))
        })
        .collect()
    })
}

/// The legal form closing a company name of two words or more, with its entry.
fn legal_form_of(name: &str) -> Option<(&str, Option<&'static str>)> {
    let (head, last) = name.trim_end().rsplit_once(' ')?;
    let head = head.trim_end_matches([',', ' ']);
    if head.is_empty() || !head.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    legal_forms()
        .iter()
        .find(|(f, _)| *f == last)
        .map(|(_, c)| (head, *c))
}

/// `legal_form_is_not_the_name`: a company name closed by a legal form of company law
/// outside the English-speaking world (`data/legal_forms.tsv`: "ASA", "GmbH", "S.p.A.")
/// names the company without it; the full form stays one of its mentions.
pub(crate) fn without_legal_form(name: &str) -> &str {
    legal_form_of(name).map_or(name, |(head, _)| head)
}

/// `legal_form_gives_country`: the country whose company law alone uses the legal form
/// closing one of a body's names ("ASA" Norway, "Oyj" Finland).
pub(crate) fn legal_form_country(names: &[String]) -> Option<&'static str> {
    names
        .iter()
        .find_map(|n| legal_form_of(n).and_then(|(_, c)| c))
}

impl Extractor {
    /// `nationality_before_body`: the country of a nationality or country named in the
    /// words right before a body's mention, with only lower-case words between them and
    /// the name, in the same sentence and outside quotations ("the Dutch dockworkers'
    /// union NAME", "Korean steelmaker NAME"), or inside the body's own name ("Bank of
    /// Freedonia", "Chilean Copper Commission"), not in the possessive.
    pub(crate) fn nationality_before_body(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        t0: usize,
        t1: usize,
    ) -> Option<String> {
        let country = |k: usize| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci), len)) if !doc.toks[k + len - 1].poss => {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        };
        if let Some(c) = (t0..t1).find_map(country) {
            return Some(c);
        }
        // "the Port of Osaka Authority": a large city inside the name.
        if let Some((c, _)) = (t0..t1).find_map(|k| city_at(doc, k).filter(|(_, l)| k + l <= t1)) {
            return Some(c.to_string());
        }
        let sa = doc.sents[doc.sent_of[t0]].0;
        let mut k = t0;
        while k > sa && k + 5 > t0 {
            k -= 1;
            if doc.in_quote[k] {
                return None;
            }
            if let Some(c) = country(k) {
                return Some(c);
            }
            let t = doc.toks[k];
            if !t.word || t.cap {
                return None;
            }
        }
        None
    }

    /// `national_body_takes_country`: an organisation the article gives no side, that is
    /// no state organ (whose side the state rules decide), no listed body (whose side the
    /// table gives) and no party of its own ([`own_side_body`]), belongs to the country
    /// where the article puts it: a nationality or country right before its first mention
    /// or in its name ([`Extractor::nationality_before_body`]), a large city in its name,
    /// or the legal form closing its name. The story's main country alone is no evidence:
    /// a body that speaks in the story is often a party of its own there, and the stance
    /// linker reads its side as its party (giving it the story's country cost party
    /// accuracy on stance sets).
    pub(crate) fn national_body_takes_country(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let mut first: Vec<Option<(usize, usize)>> = vec![None; ents.orgs.len()];
        for m in &ents.mentions[..ents.sorted] {
            if let MKind::Org(o) = m.kind {
                if first[o].is_none() && !doc.in_quote[m.t0] {
                    first[o] = Some((m.t0, m.t1));
                }
            }
        }
        for (oi, o) in ents.orgs.iter_mut().enumerate() {
            if o.affiliation.is_none() {
                // A body inside a listed body ("the AU Peace and Security Council", "the
                // Council of Ministers of IGAD") is on the listed body's side.
                let listed = first[oi].and_then(|(t0, t1)| listed_body_in_name(doc, gaz, t0, t1));
                if let Some(oi) = listed {
                    if let Some(side) = self.lx.orgs[oi].affiliation.clone() {
                        o.affiliation = Some(side);
                        o.affiliation_rule = Some("name_holds_listed_body");
                        continue;
                    }
                }
            }
            if o.affiliation.is_some()
                || state_side_body(&o.name)
                || self.lx.forms.contains_key(o.name.as_str())
                || own_side_body(&o.name, o.role.as_deref())
            {
                continue;
            }
            let stated =
                first[oi].and_then(|(t0, t1)| self.nationality_before_body(doc, gaz, t0, t1));
            if let Some(c) = stated {
                o.affiliation = Some(c);
                o.affiliation_rule = Some("nationality_before_body");
            } else if let Some(c) = legal_form_country(&o.mentions) {
                o.affiliation = Some(c.to_string());
                o.affiliation_rule = Some("legal_form_gives_country");
            }
        }
    }
}

/// `name_holds_listed_body`: the listed body (`data/organizations.tsv`) whose name or short
/// form is part of the name of a body at tokens `t0..t1` without being all of it ("AU" in
/// "the AU Peace and Security Council", "IGAD" in "the Council of Ministers of IGAD"): the
/// body is one of that body's organs, on its side. A one-word form that is no acronym
/// ("Commission" for the European Commission) is a common head of names, not that body, in
/// a longer name ("State Commission on Border Delimitation").
/// A body whose name says it is a company (it ends in a business word or a legal form of
/// `data/company_words.txt`), a university or college, or a political party.
fn domestic_body_kind(name: &str) -> bool {
    let Some(last) = name.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_end_matches(['.', ',']).to_lowercase();
    let words: Vec<&str> = name.split_whitespace().collect();
    crate::wordlists::company_words().contains(&last.as_str())
        || last == "party"
        || words
            .iter()
            .any(|w| matches!(*w, "University" | "College" | "Université" | "Universidad"))
}

impl Extractor {
    /// `domestic_body_takes_dominant_country`: a company, a university or college, or a
    /// political party (by its name: see [`domestic_body_kind`]) for which the article states
    /// no country, parent or side, and which is neither a state organ, a listed body nor a
    /// party of its own (`own_side_body`), belongs to the federation whose state or province
    /// its name holds ("University of California"), else to the country the article names at least
    /// twice as often as any other (or the only one it names): such bodies are named in
    /// stories about their own country. Runs after every rule that reads a stated country.
    pub(crate) fn domestic_body_takes_dominant_country(&self, gaz: &Gaz, ents: &mut Entities) {
        let dominant = self.dominant_country(gaz, false);
        for o in &mut ents.orgs {
            if o.affiliation.is_some()
                || !domestic_body_kind(&o.name)
                || state_side_body(&o.name)
                || self.lx.forms.contains_key(o.name.as_str())
                || own_side_body(&o.name, o.role.as_deref())
            {
                continue;
            }
            // "University of California": a state of a federation in the name.
            if let Some(c) = super::subdivisions::subdivision_country_in(&o.name) {
                o.affiliation = Some(c.to_string());
                o.affiliation_rule = Some("subdivision_named_in_role_or_name");
                continue;
            }
            let Some(country) = &dominant else { continue };
            o.affiliation = Some(country.clone());
            o.affiliation_rule = Some("domestic_body_takes_dominant_country");
        }
    }
}

fn listed_body_in_name(doc: &Doc, gaz: &Gaz, t0: usize, t1: usize) -> Option<usize> {
    (t0..t1).find_map(|k| match gaz[k] {
        Some((Known::Org(oi), len))
            if !(k == t0 && k + len >= t1) && (len >= 2 || doc.toks[k].allcaps) =>
        {
            Some(oi)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::{legal_form_country, own_side_body, without_legal_form};
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn domestic_body_takes_dominant_country() {
        let v = actors(
            "Danish councillors met in Odense. Denmark's budget rules and Denmark's \
             municipalities were the subject. The Liberal Party and Tarnby Shipping Ltd \
             backed the plan. So did the Volta Workers Union and the University of Odense.\n",
        );
        assert_eq!(side(&v, "Liberal Party"), Some("Denmark"));
        assert_eq!(side(&v, "Tarnby Shipping Ltd"), Some("Denmark"));
        assert_eq!(side(&v, "University of Odense"), Some("Denmark"));
        assert_eq!(side(&v, "Volta Workers Union"), Some("Volta Workers Union"));
    }

    #[test]
    fn armed_and_international_bodies_are_their_own_side() {
        assert!(own_side_body("Northern Liberation Front", None));
        assert!(own_side_body("Ashwood Brigades", None));
        assert!(own_side_body("Tallow Coalition", Some("rebel group")));
        assert!(own_side_body("Global Fund for Wetlands", None));
        assert!(!own_side_body("Riverside Teachers Union", Some("union")));
        assert!(!own_side_body("Frontier Airways", None), "whole words only");
        let v = actors(
            "The Tallow Independence Army has not joined the talks, and the army of Peru \
             said it would \"wait and see.\"\n",
        );
        assert_eq!(
            side(&v, "Tallow Independence Army"),
            Some("Tallow Independence Army")
        );
    }

    #[test]
    fn a_large_city_in_a_bodys_name_or_seat_gives_its_country() {
        assert_eq!(super::city_country("Hamburg"), Some("Germany"));
        assert_eq!(super::city_country("Springfield"), None);
        let v = actors(
            "Dockers at the Port of Busan Authority stopped work. Japan and Japan's ports \
             were calm. \"We are ready,\" the Port of Busan Authority said.\n\n\
             Keller Lines, a Hamburg-based carrier, said it would wait.\n",
        );
        assert_eq!(side(&v, "Port of Busan Authority"), Some("South Korea"));
        assert_eq!(side(&v, "Keller Lines"), Some("Germany"));
    }

    #[test]
    fn foreign_legal_forms_leave_the_name() {
        assert_eq!(without_legal_form("Fjellstad Kraft ASA"), "Fjellstad Kraft");
        assert_eq!(without_legal_form("Keller Bau GmbH"), "Keller Bau");
        assert_eq!(without_legal_form("Brightwater Inc."), "Brightwater Inc.");
        assert_eq!(without_legal_form("GmbH"), "GmbH");
        assert_eq!(
            legal_form_country(&["Fjellstad Kraft ASA".to_string()]),
            Some("Norway")
        );
        assert_eq!(legal_form_country(&["Keller Bau GmbH".to_string()]), None);
    }

    #[test]
    fn a_company_named_with_its_legal_form_is_one_company() {
        let v = actors(
            "Fjellstad Kraft ASA agreed to buy a rival on Monday. \"We are pleased,\" said \
             Fjellstad Kraft chief executive Eirik Moe.\n",
        );
        assert_eq!(side(&v, "Fjellstad Kraft"), Some("Norway"));
        assert_eq!(side(&v, "Eirik Moe"), Some("Fjellstad Kraft"));
    }

    #[test]
    fn an_organ_of_a_listed_body_is_on_its_side() {
        let v = actors(
            "The AU Mediation Council met in Addis Ababa on Monday. \"We want calm,\" the \
             AU Mediation Council said in a statement.\n",
        );
        assert_eq!(side(&v, "AU Mediation Council"), Some("African Union"));
    }

    #[test]
    fn the_storys_country_alone_is_no_side_for_a_body() {
        let v = actors(
            "Teachers in Norway walked out on Monday. \"We are underpaid,\" said the \
             Fjordlane Teachers Union. The Norwegian government said talks would resume.\n\n\
             Norway's education minister, Kari Holm, said pay was fair.\n",
        );
        assert_eq!(
            side(&v, "Fjordlane Teachers Union"),
            Some("Fjordlane Teachers Union")
        );
    }

    #[test]
    fn a_nationality_before_the_body_wins_over_the_storys_country() {
        let v = actors(
            "Norway and Norway's ministers met in Oslo. Norway said little. The Swedish \
             shipping firm Hamnfolket said it would sue. \"It is late,\" Hamnfolket said.\n",
        );
        assert_eq!(side(&v, "Hamnfolket"), Some("Sweden"));
        // A members' body is its own side wherever its members are.
        let v = actors(
            "Norway said little. The Swedish dockworkers' union Hamnfolket said it would \
             strike. \"It is late,\" Hamnfolket said.\n",
        );
        assert_eq!(side(&v, "Hamnfolket"), Some("Hamnfolket"));
    }

    #[test]
    fn a_rebel_front_keeps_its_own_name() {
        let v = actors(
            "Chad's army clashed with the Sahel Liberation Front on Monday. Chad said the \
             talks were over. \"We will fight,\" the Sahel Liberation Front said.\n",
        );
        assert_eq!(
            side(&v, "Sahel Liberation Front"),
            Some("Sahel Liberation Front")
        );
    }

    #[test]
    fn a_common_head_inside_a_name_is_no_listed_body() {
        let v = actors(
            "Chile's State Commission on Border Delimitation met on Monday. The AU Peace and \
             Security Council met too.\n",
        );
        assert_ne!(
            side(&v, "State Commission on Border Delimitation"),
            Some("European Union")
        );
    }
}
