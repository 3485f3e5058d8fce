//! Every shipped example loads, validates and has the content its README promises.

use std::path::{Path, PathBuf};

use detente_model::{IssueDomain, Scenario, Term};

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn load(name: &str) -> Scenario {
    let path = examples_dir().join(name).join("scenario.toml");
    Scenario::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_example_loads() {
    let mut found = 0;
    for entry in std::fs::read_dir(examples_dir()).unwrap() {
        let dir = entry.unwrap().path();
        let file = dir.join("scenario.toml");
        if file.is_file() {
            let s = Scenario::load(&file).unwrap_or_else(|e| panic!("{e}"));
            assert!(!s.proposals.is_empty(), "{}", file.display());
            assert!(!s.sources.is_empty(), "{}", file.display());
            // Every cited source exists (validation checks it) and every source is cited.
            let text = std::fs::read_to_string(&file).unwrap();
            for src in &s.sources {
                assert!(
                    text.matches(&format!("\"{}\"", src.id)).count() >= 2,
                    "{}: source {} is never cited",
                    file.display(),
                    src.id
                );
            }
            found += 1;
        }
    }
    assert!(found >= 3, "expected at least three example scenarios");
}

#[test]
fn ukraine_example_has_the_required_content() {
    let s = load("ukraine-2025");
    for p in ["russia", "ukraine", "united_states", "european_union"] {
        assert!(s.party(p).is_some(), "party {p}");
    }
    let aliases = |p: &str| s.party(p).unwrap().aliases.clone();
    assert!(aliases("russia").iter().any(|a| a == "the Kremlin"));
    assert!(aliases("ukraine").iter().any(|a| a == "Kyiv"));
    assert!(aliases("united_states").iter().any(|a| a == "Washington"));
    assert!(aliases("european_union").iter().any(|a| a == "Brussels"));
    for i in [
        "crimea",
        "donbas",
        "south_line",
        "nato",
        "army_cap",
        "security_guarantees",
        "sanctions",
        "eu_membership",
        "assets",
        "elections",
    ] {
        let issue = s.issue(i).unwrap_or_else(|| panic!("issue {i}"));
        assert!(!issue.keywords.is_empty(), "keywords of {i}");
    }
    assert!(matches!(
        s.issue("army_cap").unwrap().domain,
        IssueDomain::Numeric(_)
    ));
    assert!(s
        .issue("donbas")
        .unwrap()
        .options()
        .iter()
        .any(|o| o.label.contains("demilitarised")));
    for p in [
        "memo-2025",
        "us-28-points",
        "plan-20-points",
        "istanbul-2022",
        "no-deal",
    ] {
        assert!(s.proposal(p).is_some(), "proposal {p}");
    }
    assert_eq!(
        s.proposal("us-28-points").unwrap().terms.get("army_cap"),
        Some(&Term::Number(600.0))
    );
    assert_eq!(
        s.proposal("plan-20-points").unwrap().terms.get("army_cap"),
        Some(&Term::Number(800.0))
    );
    let st = s.stakeholders.as_ref().unwrap();
    assert!(st
        .actors
        .iter()
        .any(|a| a.role.as_deref() == Some("mediator")));
    // The walk-away points make the analysis interesting: some proposal is acceptable to some
    // parties and not to others.
    let d = s.dense();
    let mut mixed = false;
    for prop in d.proposals.iter().filter(|p| !p.no_deal) {
        if prop.choices.iter().any(|c| c.is_none()) {
            continue;
        }
        let oks: Vec<bool> = (0..d.parties.len())
            .map(|p| {
                let outcome: Vec<usize> = prop.choices.iter().map(|c| c.unwrap_or(0)).collect();
                d.utility(p, &outcome) >= d.reservations[p]
            })
            .collect();
        mixed |= oks.iter().any(|&x| x) && oks.iter().any(|&x| !x);
    }
    assert!(mixed);
}

#[test]
fn examples_survive_a_toml_round_trip() {
    for name in ["ukraine-2025", "labour-2024", "trade-2025", "foundry-2024"] {
        let s = load(name);
        let text = s.to_toml_string().unwrap();
        let back = Scenario::from_toml_str(&text, "back.toml").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s, back, "{name}");
    }
}

#[test]
fn the_example_in_docs_scenario_md_loads() {
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/scenario.md");
    let Ok(text) = std::fs::read_to_string(&doc) else {
        eprintln!("note: {} not found; skipped", doc.display());
        return;
    };
    let start = text.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let end = start + text[start..].find("```").expect("end of block");
    let s = Scenario::from_toml_str(&text[start..end], "docs/scenario.md")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.parties.len(), 2);
    assert!(s.stakeholders.is_some());
}

#[test]
fn stakeholder_helpers() {
    let s = load("ukraine-2025");
    let st = s.stakeholders.as_ref().unwrap();
    let ids = st.issue_ids();
    assert!(ids.contains(&"crimea".to_string()));
    let scale = st.scale("crimea");
    assert_eq!(scale.option_position("recognised"), Some(100.0));
    assert_eq!(scale.nearest_option(57.0), Some("de_facto"));
    assert_eq!(st.scale("no-such-issue").max, 100.0);
    assert!(st.actor("turkey").is_some());
    let labour = load("labour-2024");
    let w = labour.stakeholders.as_ref().unwrap().scale("wage_increase");
    assert_eq!((w.min, w.max), (0.0, 45.0));
    assert!((w.normalise(36.0) - 0.8).abs() < 1e-12);
}

#[test]
fn scenario_serialises_to_json_for_reports() {
    let s = load("ukraine-2025");
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["parties"][0]["id"], "russia");
    // Bare numbers stay numbers; uncertain ones become tables.
    assert!(json["preferences"]["russia"]["values"]["crimea"]["ukrainian"].is_number());
    assert!(json["preferences"]["russia"]["weights"]["crimea"]["sd"].is_number());
    assert_eq!(json["proposals"][2]["terms"]["army_cap"], 600.0);
}
