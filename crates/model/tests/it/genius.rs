//! GENIUS import/export: the shared fixtures (when present) and the crate's own numeric files.

use std::path::{Path, PathBuf};

use detente_model::genius::{export, import_paths, import_texts};
use detente_model::{GeniusError, Scenario, Term};

fn fixtures_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/genius");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} is absent; GENIUS fixture tests skipped",
            dir.display()
        );
        None
    }
}

fn json_number(v: &serde_json::Value, key: &str) -> f64 {
    v.get(key).and_then(|x| x.as_f64()).unwrap_or(f64::NAN)
}

/// Utility vectors of every outcome (brute force; the fixtures have at most a few thousand).
fn all_utilities(s: &Scenario) -> Vec<Vec<f64>> {
    let d = s.dense();
    let sizes: Vec<usize> = d.options.iter().map(|o| o.len()).collect();
    let mut out = Vec::new();
    let mut idx = vec![0usize; sizes.len()];
    loop {
        out.push((0..d.parties.len()).map(|p| d.utility(p, &idx)).collect());
        let mut k = 0;
        loop {
            if k == sizes.len() {
                return out;
            }
            idx[k] += 1;
            if idx[k] < sizes[k] {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
    }
}

#[test]
fn fixtures_import_with_reference_counts_and_points() {
    let Some(dir) = fixtures_dir() else { return };
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(folders.len() >= 6, "expected six fixture folders");
    for folder in folders {
        let reference: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(folder.join("reference.json")).unwrap())
                .unwrap();
        let s = import_paths(std::slice::from_ref(&folder)).unwrap();
        // Party order follows the reference's profile order (file-name order).
        let profiles: Vec<String> = reference["profiles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().trim_end_matches(".xml").to_string())
            .collect();
        let names: Vec<String> = s.parties.iter().map(|p| p.name.clone()).collect();
        assert_eq!(names, profiles, "{}", folder.display());
        let d = s.dense();
        assert_eq!(
            d.outcome_count(),
            reference["outcomes"].as_u64().unwrap() as u128,
            "{}",
            folder.display()
        );
        // The imported scenario loads back through the TOML loader.
        let text = s.to_toml_string().unwrap();
        let back = Scenario::from_toml_str(&text, "imported.toml").unwrap();
        assert_eq!(back, s);

        // GENIUS semantics: the reference max-welfare point is reproduced by brute force.
        let tol = json_number(&reference, "tol");
        let utils = all_utilities(&s);
        let best = utils
            .iter()
            .max_by(|a, b| {
                a.iter()
                    .sum::<f64>()
                    .partial_cmp(&b.iter().sum::<f64>())
                    .unwrap()
            })
            .unwrap();
        let want: Vec<f64> = reference["points"]["max_welfare"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect();
        let got_sum: f64 = best.iter().sum();
        let want_sum: f64 = want.iter().sum();
        assert!(
            (got_sum - want_sum).abs() <= tol,
            "{}: welfare {got_sum} vs {want_sum}",
            folder.display()
        );
        // And the Nash product.
        let nash_want: f64 = reference["points"]["nash"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .product();
        let nash_got = utils
            .iter()
            .map(|u| u.iter().product::<f64>())
            .fold(f64::NEG_INFINITY, f64::max);
        assert!(
            (nash_got - nash_want).abs() <= 10.0 * tol,
            "{}: nash product {nash_got} vs {nash_want}",
            folder.display()
        );
    }
}

#[test]
fn laptop_keeps_weights_that_sum_above_one() {
    let Some(dir) = fixtures_dir() else { return };
    let s = import_paths(&[dir.join("Laptop")]).unwrap();
    let sum: f64 = s.preferences["buyer_utility"]
        .weights
        .values()
        .map(|w| w.value)
        .sum();
    assert!(sum > 1.0);
    assert_eq!(s.meta.origin.as_deref(), Some("genius"));
    assert_eq!(s.preferences["buyer_utility"].discount, Some(0.42441038));
    // Best outcome for the buyer: 1.000052 as in the reference.
    let utils = all_utilities(&s);
    let best = utils.iter().map(|u| u[0]).fold(f64::NEG_INFINITY, f64::max);
    assert!((best - 1.000052).abs() < 1e-6, "{best}");
}

fn numeric_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/genius_numeric")
}

#[test]
fn integer_and_real_issues() {
    let s = import_paths(&[numeric_dir()]).unwrap();
    assert_eq!(
        s.parties.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["landlord", "tenant"]
    );
    let months = s.issue("months").unwrap();
    let r = months.range().unwrap();
    assert!(r.integer && r.min == 6.0 && r.max == 24.0);
    // Integer: offset + slope * (x - lowerbound).
    let v = s.value("landlord", "months", &Term::Number(12.0)).unwrap();
    assert!((v - 0.4).abs() < 1e-12, "{v}");
    // Real: parameter0 + parameter1 * x.
    let v = s
        .value("tenant", "deposit_share", &Term::Number(0.5))
        .unwrap();
    assert!((v - 0.6).abs() < 1e-12, "{v}");
    // Discrete with an escaped ampersand, divided by the largest evaluation.
    let pets = s.issue("pets").unwrap();
    assert_eq!(pets.options()[1].label, "cats & dogs");
    assert_eq!(
        s.option_value("landlord", "pets", &pets.options()[1].id),
        Some(0.25)
    );
    assert_eq!(s.reservation("landlord"), Some(0.25));
    assert_eq!(s.preferences["tenant"].discount, None);
    assert_eq!(s.dense().options[0].len(), 19);
}

#[test]
fn clamped_linear_evaluator_becomes_exact_piecewise() {
    let domain = r#"<negotiation_template><utility_space><objective name="d">
<issue index="1" name="n" type="integer" lowerbound="0" upperbound="10"/>
</objective></utility_space></negotiation_template>"#;
    let prof = r#"<utility_space><objective name="d">
<issue index="1" name="n" type="integer" lowerbound="0" upperbound="10">
<evaluator ftype="linear" offset="-0.5" slope="0.25"/></issue>
<weight index="1" value="1"/></objective></utility_space>"#;
    let s = import_texts(&[
        ("d.xml".into(), domain.into()),
        ("d_a.xml".into(), prof.into()),
    ])
    .unwrap();
    for x in 0..=10 {
        let want = (-0.5 + 0.25 * x as f64).clamp(0.0, 1.0);
        let got = s.value("a", "n", &Term::Number(x as f64)).unwrap();
        assert!((got - want).abs() < 1e-12, "x={x}: {got} vs {want}");
    }
}

fn utilities_equal(a: &Scenario, b: &Scenario) {
    let ua = all_utilities(a);
    let ub = all_utilities(b);
    assert_eq!(ua.len(), ub.len());
    for (x, y) in ua.iter().zip(&ub) {
        for (p, q) in x.iter().zip(y) {
            assert!((p - q).abs() <= 1e-12, "{p} vs {q}");
        }
    }
    for p in &a.parties {
        assert_eq!(a.reservation(&p.id), b.reservation(&p.id));
    }
}

#[test]
fn export_round_trip_keeps_utilities() {
    let tmp = tempfile::tempdir().unwrap();
    let mut cases = vec![import_paths(&[numeric_dir()]).unwrap()];
    if let Some(dir) = fixtures_dir() {
        for f in ["Laptop", "Dinner", "ItexvsCypress"] {
            cases.push(import_paths(&[dir.join(f)]).unwrap());
        }
    }
    for (i, s) in cases.iter().enumerate() {
        let out = tmp.path().join(format!("case{i}"));
        let (written, _notes) = detente_model::genius::export_to_dir(s, &out).unwrap();
        assert_eq!(written.len(), s.parties.len() + 1);
        let back = import_paths(&written).unwrap();
        assert_eq!(back.parties.len(), s.parties.len());
        utilities_equal(s, &back);
        // Names survive for parties whose profile names carry the domain prefix.
        assert_eq!(back.issues.len(), s.issues.len());
    }
}

#[test]
fn native_scenario_exports_with_utilities_preserved() {
    // Values whose best option is below 1 and a non-linear numeric issue.
    let text = r#"
[meta]
title = "Film night"
[[parties]]
id = "ann"
name = "Ann"
[[parties]]
id = "bob"
name = "Bob"
[[issues]]
id = "film"
options = ["comedy", "drama"]
[[issues]]
id = "minutes"
range = { min = 60, max = 180, step = 60 }
[preferences.ann]
reservation = 0.1
weights = { film = 0.5, minutes = 0.5 }
values.film = { comedy = 0.8, drama = 0.2 }
values.minutes = { points = [[60, 1.0], [120, 0.9], [180, 0.0]] }
[preferences.bob]
weights = { film = 0.6, minutes = 0.4 }
values.film = { comedy = 0.0, drama = 0.0 }
values.minutes = { points = [[60, 0.0], [180, 1.0]] }
"#;
    let s = Scenario::from_toml_str(text, "film.toml").unwrap();
    let ex = export(&s).unwrap();
    assert!(!ex.notes.is_empty());
    let mut files = vec![ex.domain.clone()];
    files.extend(ex.profiles.iter().cloned());
    let back = import_texts(&files).unwrap();
    utilities_equal(&s, &back);
}

#[test]
fn malformed_xml_reports_line_and_column() {
    let bad = "<utility_space>\n  <objective>\n    <issue name=\"a\">\n  </objective>\n</utility_space>\n";
    let err = import_texts(&[("bad.xml".into(), bad.into())]).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, GeniusError::Xml { .. }), "{msg}");
    assert!(msg.starts_with("bad.xml:4:"), "{msg}");

    let unclosed = "<utility_space>\n<objective>\n";
    let msg = import_texts(&[("u.xml".into(), unclosed.into())])
        .unwrap_err()
        .to_string();
    assert!(msg.starts_with("u.xml:"), "{msg}");

    let badnum = "<utility_space><objective>\n<issue index=\"1\" name=\"a\" type=\"discrete\">\n<item value=\"x\" evaluation=\"lots\"/></issue>\n<weight index=\"1\" value=\"1\"/></objective></utility_space>";
    let msg = import_texts(&[("n.xml".into(), badnum.into())])
        .unwrap_err()
        .to_string();
    assert!(msg.starts_with("n.xml:3:1"), "{msg}");
    assert!(msg.contains("not a number"), "{msg}");
}

#[test]
fn entity_declarations_are_refused() {
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<utility_space><objective><issue index="1" name="&lol2;" type="discrete"><item value="a" evaluation="1"/></issue><weight index="1" value="1"/></objective></utility_space>"#;
    let err = import_texts(&[("bomb.xml".into(), bomb.into())]).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("bomb.xml:2:"), "{msg}");
    assert!(msg.contains("entities"), "{msg}");

    // An unknown entity reference without a DOCTYPE is an error, not expanded.
    let unknown = r#"<utility_space><objective><issue index="1" name="&ext;" type="discrete"><item value="a" evaluation="1"/></issue><weight index="1" value="1"/></objective></utility_space>"#;
    assert!(import_texts(&[("e.xml".into(), unknown.into())]).is_err());
}

#[test]
fn inputs_without_profiles_are_rejected() {
    let domain = r#"<negotiation_template><utility_space><objective><issue index="1" name="a" type="discrete"><item value="x"/></issue></objective></utility_space></negotiation_template>"#;
    let err = import_texts(&[("d.xml".into(), domain.into())]).unwrap_err();
    assert!(matches!(err, GeniusError::Inputs(_)), "{err}");
}
