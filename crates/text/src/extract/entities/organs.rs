//! Entities: state organs known by the shape of their name rather than by a listed name
//! ("Federal Ministry of Transport", "Foreign Office", "Government Commission on X",
//! "National Parliament"), and the side of a person whose side was taken from such an
//! organ before the organ's country was known.

use std::sync::OnceLock;

use super::*;

/// Words that name a portfolio before "Office" (`data/office_portfolios.txt`).
fn office_portfolios() -> &'static [&'static str] {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| {
        crate::wordlists::entries(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/office_portfolios.txt"
        )))
    })
}

/// Nouns of a body that, after a capitalised "Government", "State", "National" or
/// "Federal" opening the name, make it an organ of the state.
const STATE_PREFIXED_BODY_NOUNS: &[&str] = &[
    "commission",
    "committee",
    "council",
    "agency",
    "parliament",
    "assembly",
    "legislature",
];

/// `ministry_inside_name`: a name (in lower case) in which "ministry" is followed by "of"
/// or "for" after other words ("federal ministry of transport", "royal ministry for
/// trade") is a ministry with a qualifier, so a state organ.
pub(crate) fn ministry_inside_name(l: &str) -> bool {
    let w: Vec<&str> = l.split_whitespace().collect();
    w.windows(2)
        .enumerate()
        .any(|(i, p)| i >= 1 && p[0] == "ministry" && matches!(p[1], "of" | "for"))
}

/// `office_named_by_portfolio`: a two-word name (in lower case) made of a portfolio word
/// (`data/office_portfolios.txt`) and "office" ("foreign office", "home office") is a
/// government department.
pub(crate) fn office_named_by_portfolio(l: &str) -> bool {
    match l.split_whitespace().collect::<Vec<_>>().as_slice() {
        [p, "office"] => office_portfolios().contains(p),
        _ => false,
    }
}

/// `state_prefixed_body`: a name (in lower case) opened by "government", "state",
/// "national" or "federal" and followed right away by a kind of public body (a
/// commission, committee, council, agency or legislature: "government commission on
/// missing persons", "national parliament", "state commission on border delimitation")
/// is an organ of the state.
pub(crate) fn state_prefixed_body(l: &str) -> bool {
    let mut w = l.split_whitespace();
    matches!(
        w.next(),
        Some("government" | "state" | "national" | "federal")
    ) && w
        .next()
        .is_some_and(|x| STATE_PREFIXED_BODY_NOUNS.contains(&x))
}

/// Whether a name in lower case is a state organ by one of the name shapes of this
/// module.
pub(crate) fn state_organ_by_shape(l: &str) -> bool {
    ministry_inside_name(l)
        || office_named_by_portfolio(l)
        || state_prefixed_body(l)
        || national_court_by_name(l)
}

/// `national_court_by_name`: a name (in lower case) opened by "supreme", "constitutional",
/// "high", "federal", "superior" or "national" and closed by "court" or "tribunal"
/// ("supreme federal court", "high court of justice" is not closed so; "constitutional
/// court") is a state's court: international courts open with "international" or
/// "european" and are listed bodies.
pub(crate) fn national_court_by_name(l: &str) -> bool {
    let w: Vec<&str> = l.split_whitespace().collect();
    w.len() >= 2
        && matches!(
            w[0],
            "supreme" | "constitutional" | "high" | "federal" | "superior" | "national"
        )
        && matches!(w[w.len() - 1], "court" | "tribunal")
}

/// `organ_member_takes_its_parent_side`: a person whose side was set to the name of an
/// organ of the article (a state organ, or an organ of a listed body such as "the AU
/// Mediation Council"), because the organ's own side was not yet known when the person's
/// role was read ("Foreign Office spokesperson NAME"), belongs to the organ's side (its
/// country or parent body) once the article gives the organ one.
pub(crate) fn organ_member_takes_its_parent_side(ents: &mut Entities) {
    let mut found: Vec<(usize, String)> = Vec::new();
    for (pi, p) in ents.persons.iter().enumerate() {
        let Some(side) = p.affiliation.as_deref() else {
            continue;
        };
        let organ = ents.orgs.iter().find(|o| {
            o.name == side
                && (state_body(&o.name)
                    || super::propagate::state_body_by_name(&o.name)
                    || o.affiliation_rule == Some("name_holds_listed_body"))
        });
        if let Some(parent) = organ.and_then(|o| o.affiliation.as_deref()) {
            if parent != side {
                found.push((pi, parent.to_string()));
            }
        }
    }
    ents.give_sides(found, "organ_member_takes_its_parent_side");
}

/// `acronym_of_name`: a word of two or more capitals (`acr`) is the short form of a
/// body's name when it spells the initials of the name's capitalised words ("ACCC" for
/// "Australian Competition and Consumer Commission").
pub(crate) fn acronym_of_name(acr: &str, name: &str) -> bool {
    if acr.chars().count() < 2 || !acr.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials == acr
}

/// Words of a name that make a body an armed force.
const ARMED_FORCE_WORDS: &[&str] = &["Army", "Forces", "Militia", "Brigades"];

impl Extractor {
    /// `armed_force_of_no_country_is_its_own_side`: an armed force (its name holds "Army",
    /// "Forces", "Militia" or "Brigades") to which no rule gave a country, and whose name
    /// holds no country or nationality, is a party of its own (an armed group named after
    /// a region or a cause: "the Delta Army", "the Rapid Action Forces"), not a side
    /// unknown.
    pub(crate) fn armed_force_of_no_country_is_its_own_side(&self, ents: &mut Entities) {
        for o in &mut ents.orgs {
            let words: Vec<&str> = o.name.split_whitespace().collect();
            if o.affiliation.is_some()
                || !words.iter().any(|w| ARMED_FORCE_WORDS.contains(w))
                || self.lx.forms.contains_key(o.name.as_str())
            {
                continue;
            }
            let national = words.iter().any(|w| {
                let w = w.trim_end_matches("'s").trim_end_matches("’s");
                matches!(
                    self.lx.forms.get(w),
                    Some(Known::Country(_) | Known::Demonym(_) | Known::Capital(_))
                )
            }) || words.iter().any(|w| {
                matches!(
                    *w,
                    "National" | "Armed" | "Defence" | "Defense" | "Federal" | "Royal" | "State"
                )
            });
            if !national {
                o.affiliation = Some(o.name.clone());
                o.affiliation_rule = Some("armed_force_of_no_country_is_its_own_side");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn national_court_by_name() {
        assert!(super::national_court_by_name("supreme federal court"));
        assert!(super::national_court_by_name("constitutional court"));
        assert!(!super::national_court_by_name(
            "international court of justice"
        ));
        assert!(!super::national_court_by_name("federal reserve"));
    }

    use super::*;
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_member_of_an_organ_of_a_listed_body_takes_the_body() {
        let v = actors(
            "The AU Mediation Council met in Addis Ababa on Monday. AU Mediation Council \
             spokesperson Ada Frost said talks would resume.\n",
        );
        assert_eq!(side(&v, "Ada Frost"), Some("African Union"));
    }

    #[test]
    fn an_armed_force_of_no_country_is_its_own_side() {
        let v = actors(
            "Fighting between the Delta Army and government troops went on. The Delta Army \
             said on Monday that it held the bridge.\n",
        );
        assert_eq!(side(&v, "Delta Army"), Some("Delta Army"));
    }

    #[test]
    fn acronyms_spell_capitalised_initials() {
        assert!(acronym_of_name("CTC", "Coastal Trade and Commerce"));
        assert!(!acronym_of_name("CT", "Coastal Trade Commission"));
        assert!(!acronym_of_name("Ctc", "Coastal Trade Commission"));
    }

    #[test]
    fn name_shapes_of_state_organs() {
        assert!(ministry_inside_name("federal ministry of transport"));
        assert!(!ministry_inside_name("ministry of sound"));
        assert!(office_named_by_portfolio("foreign office"));
        assert!(!office_named_by_portfolio("box office"));
        assert!(!office_named_by_portfolio("foreign office workers"));
        assert!(state_prefixed_body("government commission on river rights"));
        assert!(state_prefixed_body("national parliament"));
        assert!(!state_prefixed_body("national farmers union"));
        assert!(!state_prefixed_body("state street bank"));
    }

    #[test]
    fn an_organ_by_its_shape_takes_the_country_of_its_sentence() {
        let v = actors(
            "Norway and Iceland met on Monday. Norway's Federal Ministry of Fisheries said \
             the quota would fall.\n",
        );
        assert_eq!(side(&v, "Federal Ministry of Fisheries"), Some("Norway"));
    }

    #[test]
    fn a_spokesperson_of_an_organ_takes_its_country() {
        let v = actors(
            "Islamabad freed twelve sailors on Monday, Pakistan's Foreign Office said. \
             Foreign Office spokesperson Nadia Qureshi said it was a gesture.\n",
        );
        assert_eq!(side(&v, "Foreign Office"), Some("Pakistan"));
        assert_eq!(side(&v, "Nadia Qureshi"), Some("Pakistan"));
    }
}
