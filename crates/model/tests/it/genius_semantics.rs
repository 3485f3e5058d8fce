//! GENIUS import follows GENIUS's own loader: weights by index (the root objective's ignored),
//! profiles matched to the domain by index, integer issues' options are integers, nonlinear
//! profiles refused plainly, non-GENIUS files in a folder skipped with a note, and attribute
//! parsing that stays linear and bounded.

use detente_model::genius::{import, import_texts};
use detente_model::Term;

const DOMAIN: &str = r#"<negotiation_template><utility_space number_of_issues="2">
<objective index="0" name="d" type="objective" etype="objective">
<issue index="1" name="colour" type="discrete" etype="discrete">
  <item index="1" value="red"/><item index="2" value="blue"/></issue>
<issue index="2" name="size" type="discrete" etype="discrete">
  <item index="1" value="s"/><item index="2" value="l"/></issue>
</objective></utility_space></negotiation_template>"#;

fn profile(weights: &str, issue1_name: &str) -> String {
    format!(
        r#"<utility_space><objective index="0" name="d" type="objective" etype="objective">
<issue index="1" name="{issue1_name}" type="discrete" etype="discrete">
  <item index="1" value="red" evaluation="1"/><item index="2" value="blue" evaluation="2"/></issue>
<issue index="2" name="size" type="discrete" etype="discrete">
  <item index="1" value="s" evaluation="4"/><item index="2" value="l" evaluation="1"/></issue>
{weights}</objective></utility_space>"#
    )
}

#[test]
fn weight_on_the_root_objective_is_ignored() {
    let p = profile(
        r#"<weight index="0" value="1"/><weight index="1" value="0.3"/><weight index="2" value="0.7"/>"#,
        "colour",
    );
    let s = import_texts(&[("d.xml".into(), DOMAIN.into()), ("d_a.xml".into(), p)]).unwrap();
    let w = &s.preferences["a"].weights;
    assert_eq!(w.len(), 2);
    assert!((w["colour"].value - 0.3).abs() < 1e-15);
    assert!((w["size"].value - 0.7).abs() < 1e-15);
}

#[test]
fn profile_issues_are_matched_to_the_domain_by_index_not_name() {
    // The profile calls issue 1 "hue"; GENIUS matches by index, so it is the domain's colour.
    let p = profile(
        r#"<weight index="1" value="0.5"/><weight index="2" value="0.5"/>"#,
        "hue",
    );
    let s = import_texts(&[("d.xml".into(), DOMAIN.into()), ("d_a.xml".into(), p)]).unwrap();
    assert_eq!(s.option_value("a", "colour", "blue"), Some(1.0));
    assert_eq!(s.option_value("a", "colour", "red"), Some(0.5));
}

#[test]
fn profile_issue_index_missing_from_the_domain_is_refused_by_name() {
    let p = profile(r#"<weight index="1" value="1"/>"#, "colour").replace(
        r#"<issue index="2" name="size""#,
        r#"<issue index="7" name="size""#,
    );
    let err = import_texts(&[("d.xml".into(), DOMAIN.into()), ("d_a.xml".into(), p)])
        .unwrap_err()
        .to_string();
    assert!(err.contains("d_a.xml:") && err.contains("index 7"), "{err}");
}

#[test]
fn integer_issue_options_are_exactly_its_integers() {
    // A clamped evaluator whose clamp starts between integers (x = 3.75) must not add 3.75.
    let domain = r#"<negotiation_template><utility_space><objective index="0" name="d">
<issue index="1" name="n" type="integer" lowerbound="0" upperbound="10"/>
<issue index="2" name="m" type="integer" lowerbound="0" upperbound="10"/>
</objective></utility_space></negotiation_template>"#;
    let prof = |offset: &str, slope: &str| {
        format!(
            r#"<utility_space><objective index="0" name="d">
<issue index="1" name="n" type="integer" lowerbound="0" upperbound="10">
<evaluator ftype="linear" offset="{offset}" slope="{slope}"/></issue>
<issue index="2" name="m" type="integer" lowerbound="0" upperbound="10">
<evaluator ftype="linear" offset="0" slope="0.1"/></issue>
<weight index="1" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>"#
        )
    };
    let s = import_texts(&[
        ("d.xml".into(), domain.into()),
        ("d_a.xml".into(), prof("-0.75", "0.2")),
        ("d_b.xml".into(), prof("1", "-0.3")),
    ])
    .unwrap();
    let d = s.dense();
    for opts in &d.options {
        let xs: Vec<f64> = opts.iter().map(|o| o.x.unwrap()).collect();
        assert_eq!(xs, (0..=10).map(f64::from).collect::<Vec<_>>());
    }
    assert_eq!(d.options.iter().map(Vec::len).product::<usize>(), 121);
    // Values at the integers are GENIUS's clamp(offset + slope * (x - lowerbound), 0, 1).
    let v = s.value("a", "n", &Term::Number(4.0)).unwrap();
    assert!((v - 0.05).abs() < 1e-12, "{v}");
}

#[test]
fn nonlinear_profile_is_refused_plainly() {
    let domain = r#"<negotiation_template><utility_space><objective index="0" name="d">
<issue index="1" name="i1" type="integer" lowerbound="0" upperbound="9"/>
</objective></utility_space></negotiation_template>"#;
    let prof = r#"<utility_space type="nonlinear"><objective index="0" name="d">
<issue index="1" name="i1" type="integer" lowerbound="0" upperbound="9"/></objective>
<ufun type="SUM_FUNCTION" weight="1" aggregation="sum"><ufun type="HYPERRECTANGLE_FUNCTION">
<hyperRectangle utility_function_value="42"><INCLUDES index="1" min="2" max="5"/></hyperRectangle>
</ufun></ufun></utility_space>"#;
    let err = import_texts(&[
        ("d.xml".into(), domain.into()),
        ("d_a.xml".into(), prof.into()),
    ])
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("d_a.xml:")
            && err.contains("nonlinear utility space")
            && err.contains("not supported"),
        "{err}"
    );
}

#[test]
fn folder_import_skips_files_that_are_not_genius_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("d.xml"), DOMAIN).unwrap();
    std::fs::write(
        dir.path().join("d_a.xml"),
        profile(
            r#"<weight index="1" value="0.5"/><weight index="2" value="0.5"/>"#,
            "colour",
        ),
    )
    .unwrap();
    std::fs::write(dir.path().join("pareto.xml"), "0.1,0.9\n0.5,0.5\n").unwrap();
    std::fs::write(
        dir.path().join("tournament.xml"),
        "<multilateralTournamentsConfiguration><tournaments/></multilateralTournamentsConfiguration>",
    )
    .unwrap();
    let got = import(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(got.scenario.parties.len(), 1);
    assert_eq!(got.notes.len(), 2, "{:?}", got.notes);
    assert!(got.notes.iter().any(|n| n.contains("pareto.xml")));
    assert!(got.notes.iter().any(
        |n| n.contains("tournament.xml") && n.contains("multilateralTournamentsConfiguration")
    ));
    // Named on its own, a non-GENIUS file is an error, not a skip.
    let err = import(&[dir.path().join("d.xml"), dir.path().join("tournament.xml")])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("tournament.xml") && err.contains("not a GENIUS"),
        "{err}"
    );
}

#[test]
fn many_attributes_on_one_element_parse_and_duplicates_are_refused() {
    // 200,000 attributes: quick-xml's own duplicate check would compare every pair.
    let mut attrs = String::new();
    for k in 0..200_000 {
        attrs.push_str(&format!(" a{k}=\"1\""));
    }
    let domain = format!(
        r#"<negotiation_template><utility_space><objective index="0" name="d">
<issue index="1" name="n" type="integer" lowerbound="0" upperbound="3"{attrs}/>
</objective></utility_space></negotiation_template>"#
    );
    let prof = r#"<utility_space><objective index="0" name="d">
<issue index="1" name="n" type="integer" lowerbound="0" upperbound="3">
<evaluator ftype="linear" offset="0" slope="0.25"/></issue>
<weight index="1" value="1"/></objective></utility_space>"#;
    let s = import_texts(&[("d.xml".into(), domain), ("d_a.xml".into(), prof.into())]).unwrap();
    assert_eq!(s.issues.len(), 1);
    let dup = r#"<utility_space><issue index="1" index="2"/></utility_space>"#;
    let err = import_texts(&[("x.xml".into(), dup.into())])
        .unwrap_err()
        .to_string();
    assert!(err.contains("appears twice"), "{err}");
}

#[test]
fn a_huge_attribute_is_refused_before_it_is_copied() {
    let big = "x".repeat(1 << 20);
    let domain = format!(
        r#"<negotiation_template><utility_space><objective index="0" name="{big}"/></utility_space></negotiation_template>"#
    );
    let err = import_texts(&[("d.xml".into(), domain)])
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("d.xml:1:") && err.contains("longer than"),
        "{err}"
    );
}
