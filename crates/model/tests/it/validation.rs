//! Error messages name file, line and column; validation reports every problem at once.

use detente_model::{
    Estimate, LoadOptions, Problem, Scenario, ScenarioError, Severity, Term, Uncertainty,
};

const BASE: &str = r#"[meta]
title = "Wage talks"

[[parties]]
id = "firm"
name = "Acme"

[[parties]]
id = "union"
name = "Union"

[[issues]]
id = "wage"
options = ["freeze", "two", "four"]

[[issues]]
id = "hours"
range = { min = 35, max = 40, unit = "hours", step = 1 }

[preferences.firm]
reservation = 0.3
weights = { wage = 0.6, hours = 0.4 }
values.wage = { freeze = 1.0, two = 0.6, four = 0.0 }
values.hours = { points = [[35, 0.0], [40, 1.0]] }

[preferences.union]
reservation = 0.3
weights = { wage = 0.7, hours = 0.3 }
values.wage = { freeze = 0.0, two = 0.5, four = 1.0 }
values.hours = { points = [[35, 1.0], [40, 0.0]] }
"#;

fn err(text: &str) -> ScenarioError {
    match Scenario::from_toml_str(text, "s.toml") {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

/// 1-based line and column of the first occurrence of `needle` in `text`.
fn pos(text: &str, needle: &str) -> (usize, usize) {
    let off = text.find(needle).expect("needle");
    let line = text[..off].matches('\n').count() + 1;
    let col = off - text[..off].rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
    (line, col)
}

#[test]
fn base_is_valid() {
    let s = Scenario::from_toml_str(BASE, "s.toml").unwrap();
    assert_eq!(s.value("firm", "hours", &Term::Number(37.5)), Some(0.5));
    assert_eq!(s.dense().options[1].len(), 6);
}

#[test]
fn unknown_option_in_proposal_points_at_the_value() {
    let text = format!(
        "{BASE}\n[[proposals]]\nid = \"memo\"\nby = \"firm\"\nterms = {{ wage = \"full\", hours = 38 }}\n"
    );
    let e = err(&text);
    let (l, c) = pos(&text, "\"full\"");
    let msg = e.to_string();
    assert!(
        msg.contains(&format!(
            "s.toml:{l}:{c}: proposal \"memo\" names option \"full\" unknown on issue \"wage\" (options: freeze, two, four)"
        )),
        "{msg}"
    );
}

#[test]
fn syntax_errors_have_line_and_column() {
    let text = "[meta]\ntitle = \"x\"\n[[parties]\nid = \"a\"\n";
    let e = err(text);
    assert!(matches!(e, ScenarioError::Syntax { .. }));
    assert!(e.to_string().starts_with("s.toml:3:"), "{e}");

    let text = "[meta]\ntitle = \"unterminated\n";
    assert!(err(text).to_string().starts_with("s.toml:2:"));

    // A typo in a field name is caught with its place.
    let text = BASE.replace(
        "reservation = 0.3\nweights = { wage = 0.7",
        "reservaton = 0.3\nweights = { wage = 0.7",
    );
    let e = err(&text);
    let (l, _) = pos(&text, "reservaton");
    assert!(e.to_string().starts_with(&format!("s.toml:{l}:")), "{e}");
    assert!(e.to_string().contains("reservaton"), "{e}");

    // A wrong type: a string where a number is expected.
    let text = BASE.replace(
        "reservation = 0.3\nweights = { wage = 0.6",
        "reservation = \"high\"\nweights = { wage = 0.6",
    );
    let e = err(&text);
    let (l, _) = pos(&text, "\"high\"");
    assert!(e.to_string().starts_with(&format!("s.toml:{l}:")), "{e}");
}

#[test]
fn many_problems_are_reported_together() {
    let text = r#"[meta]
title = "Broken"
date = "June 2025"

[[parties]]
id = "a"
name = "A"

[[parties]]
id = "a"
name = "A again"

[[parties]]
id = "c"
name = "C"

[[issues]]
id = "x"
options = []

[[issues]]
id = "y"
range = { min = 10, max = 0 }

[[issues]]
id = "z"
options = ["p", "q"]

[preferences.a]
reservation = 1.5
weights = { x = 0.5, y = 0.2, z = 0.1, w = 0.1 }
values.z = { p = 1.2, q = 0.0, r = 0.5 }
values.y = { points = [[5, 0.5], [2, 0.4]] }

[preferences.ghost]
weights = { z = 1.0 }
values.z = { p = 1.0, q = 0.0 }

[[proposals]]
id = "p1"
by = "nobody"
terms = { z = "s", y = 100, v = "p" }
sources = ["missing"]

[[proposals]]
id = "p1"
"#;
    let e = err(text);
    let d = e.diagnostics();
    let has = |f: &dyn Fn(&Problem) -> bool| d.iter().any(|x| f(&x.problem));
    assert!(has(&|p| matches!(p, Problem::BadDate { .. })));
    assert!(has(&|p| matches!(
        p,
        Problem::DuplicateId { kind: "party", .. }
    )));
    assert!(has(&|p| matches!(
        p,
        Problem::DuplicateId {
            kind: "proposal",
            ..
        }
    )));
    assert!(has(&|p| matches!(p, Problem::NoOptions { .. })));
    assert!(has(&|p| matches!(p, Problem::BadRange { .. })));
    assert!(has(
        &|p| matches!(p, Problem::NoPreferences { party } if party == "c")
    ));
    assert!(has(&|p| matches!(
        p,
        Problem::UnknownPartyPreferences { .. }
    )));
    assert!(has(&|p| matches!(
        p,
        Problem::OutOfRange {
            what: "reservation",
            ..
        }
    )));
    assert!(has(&|p| matches!(
        p,
        Problem::OutOfRange { what: "value", .. }
    )));
    assert!(has(
        &|p| matches!(p, Problem::UnknownIssue { issue, .. } if issue == "w")
    ));
    assert!(has(
        &|p| matches!(p, Problem::UnknownIssue { issue, .. } if issue == "v")
    ));
    assert!(has(
        &|p| matches!(p, Problem::UnknownOption { option, .. } if option == "r")
    ));
    assert!(has(
        &|p| matches!(p, Problem::UnknownOption { option, .. } if option == "s")
    ));
    assert!(has(&|p| matches!(p, Problem::WeightSum { .. })));
    assert!(has(&|p| matches!(p, Problem::BadValueFunction { .. })));
    assert!(has(&|p| matches!(p, Problem::UnknownParty { .. })));
    assert!(has(&|p| matches!(p, Problem::UnknownSource { .. })));
    assert!(has(&|p| matches!(p, Problem::NumberOutOfRange { .. })));
    assert!(d.len() >= 18, "{e}");
    // Every diagnostic has a line and column.
    for x in d {
        assert!(x.location.line.is_some(), "{x}");
        assert!(x.location.column.is_some(), "{x}");
    }
    // The duplicate party points at the second definition.
    let dup = d
        .iter()
        .find(|x| matches!(x.problem, Problem::DuplicateId { kind: "party", .. }))
        .unwrap();
    assert_eq!(dup.location.line, Some(10));
}

#[test]
fn weights_not_summing_to_one_suggest_normalize() {
    let text = BASE.replace(
        "weights = { wage = 0.7, hours = 0.3 }",
        "weights = { wage = 0.7, hours = 0.6 }",
    );
    let e = err(&text);
    let msg = e.to_string();
    assert!(msg.contains("sum to 1.3"), "{msg}");
    assert!(msg.contains("--normalize"), "{msg}");
    let loaded = Scenario::from_toml_str_with(
        &text,
        "s.toml",
        LoadOptions {
            normalize_weights: true,
        },
    )
    .unwrap();
    let w = loaded.scenario.weight("union", "wage").unwrap();
    assert!((w - 0.7 / 1.3).abs() < 1e-12);
}

#[test]
fn genius_origin_turns_weight_sum_into_a_warning() {
    let text = BASE
        .replace(
            "title = \"Wage talks\"",
            "title = \"Wage talks\"\norigin = \"genius\"",
        )
        .replace(
            "weights = { wage = 0.7, hours = 0.3 }",
            "weights = { wage = 0.7, hours = 0.31 }",
        );
    let loaded = Scenario::from_toml_str_with(&text, "s.toml", LoadOptions::default()).unwrap();
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].severity, Severity::Warning);
}

#[test]
fn party_without_preferences_and_missing_values() {
    let text = BASE.replace(
        "values.wage = { freeze = 0.0, two = 0.5, four = 1.0 }\n",
        "values.wage = { freeze = 0.0, four = 1.0 }\n",
    ) + "\n[[parties]]\nid = \"state\"\nname = \"Ministry\"\n";
    let e = err(&text);
    let d = e.diagnostics();
    assert!(d
        .iter()
        .any(|x| matches!(&x.problem, Problem::MissingValue { option, .. } if option == "two")));
    let np = d
        .iter()
        .find(|x| matches!(x.problem, Problem::NoPreferences { .. }))
        .unwrap();
    let (l, _) = pos(&text, "id = \"state\"");
    assert_eq!(np.location.line, Some(l));
}

#[test]
fn uncertainty_forms_are_checked_and_kept() {
    let text = BASE.replace(
        "reservation = 0.3\nweights = { wage = 0.6, hours = 0.4 }",
        "reservation = { value = 0.3, range = [0.2, 0.4] }\nweights = { wage = { value = 0.6, sd = 0.05 }, hours = 0.4 }",
    );
    let s = Scenario::from_toml_str(&text, "s.toml").unwrap();
    let p = &s.preferences["firm"];
    assert_eq!(
        p.reservation.uncertainty,
        Some(Uncertainty::Range { lo: 0.2, hi: 0.4 })
    );
    assert_eq!(p.weights["wage"], Estimate::with_sd(0.6, 0.05));
    let d = s.dense();
    assert_eq!(d.weight_uncertainty[0][0], Some(Uncertainty::Sd(0.05)));

    let bad = BASE.replace(
        "reservation = 0.3\nweights = { wage = 0.6",
        "reservation = { value = 0.3, range = [0.5, 0.6] }\nweights = { wage = 0.6",
    );
    assert!(err(&bad)
        .to_string()
        .contains("must be finite and contain the value"));
    let both = BASE.replace(
        "reservation = 0.3\nweights = { wage = 0.6",
        "reservation = { value = 0.3, sd = 0.1, range = [0.2, 0.4] }\nweights = { wage = 0.6",
    );
    let e = err(&both);
    assert!(matches!(e, ScenarioError::Syntax { .. }), "{e}");
}

#[test]
fn numeric_terms_and_open_issues() {
    let text = format!(
        "{BASE}\n[[proposals]]\nid = \"p\"\nterms = {{ hours = 37.5 }}\n[[proposals]]\nid = \"q\"\nterms = {{ hours = \"long\" }}\n"
    );
    let e = err(&text);
    assert!(e
        .diagnostics()
        .iter()
        .any(|x| matches!(x.problem, Problem::ExpectedNumber { .. })));
    let ok = format!("{BASE}\n[[proposals]]\nid = \"p\"\nterms = {{ hours = 37.5 }}\n");
    let s = Scenario::from_toml_str(&ok, "s.toml").unwrap();
    let d = s.dense();
    // 37.5 joins the grid so the proposal is an exact outcome; wage is left open.
    assert_eq!(d.proposals[0].choices[0], None);
    let k = d.proposals[0].choices[1].unwrap();
    assert_eq!(d.options[1][k].x, Some(37.5));
    assert_eq!(d.values[0][1][k], 0.5);
}

#[test]
fn empty_file_is_rejected_with_a_reason() {
    let e = err("");
    assert!(e.to_string().contains("no parties"), "{e}");
}

#[test]
fn load_reports_missing_file_and_bad_utf8() {
    let e = Scenario::load("/nonexistent/scenario.toml").unwrap_err();
    assert!(e
        .to_string()
        .starts_with("/nonexistent/scenario.toml: cannot read"));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(&p, b"[meta]\ntitle = \"caf\xe9\"\n").unwrap();
    let e = Scenario::load(&p).unwrap_err().to_string();
    assert!(e.contains("bad.toml:2:"), "{e}");
    assert!(e.contains("UTF-8"), "{e}");
}
