//! Readers: formats, error messages naming file/line/column, and garbage never panics.
use detente_forecast::{input::SourceFormat, montecarlo, ForecastOptions, ModelKind, Stakeholders};
use proptest::prelude::*;
use std::path::PathBuf;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/forecast")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("note: {} not found; skipped", p.display());
        None
    }
}

#[test]
fn detects_every_reference_format() {
    let cases = [
        ("bdm/ExampleActors.csv", SourceFormat::StakeholderCsv, 10, 1),
        ("bdm/Sultan.csv", SourceFormat::StakeholderCsv, 17, 1),
        ("smp/dummyData_3Dim.csv", SourceFormat::KtabCsv, 7, 3),
        ("smp/SOE-Pol-Comp.csv", SourceFormat::KtabCsv, 13, 2),
        ("smp/dummyData-a080.csv", SourceFormat::KtabCsv, 80, 1),
        ("smp/smpExample.xml", SourceFormat::KtabXml, 5, 3),
        (
            "exchange/sample_data.txt",
            SourceFormat::ExchangeData,
            10,
            6,
        ),
        ("exchange/cop21.csv", SourceFormat::ExchangeData, 15, 13),
        ("exchange/copenhagen.csv", SourceFormat::ExchangeData, 11, 7),
    ];
    for (rel, format, actors, issues) in cases {
        let Some(p) = shared(rel) else { return };
        let s = Stakeholders::read_file(&p).unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(s.format, format, "{rel}");
        assert_eq!((s.n_actors(), s.n_issues()), (actors, issues), "{rel}");
    }
    let Some(p) = shared("smp/dummyData_3Dim.csv") else {
        return;
    };
    let s = Stakeholders::read_file(&p).unwrap();
    assert_eq!(s.actors[0], "SActor-00");
    assert_eq!(s.issues[2].name, "Pstn3");
    assert!((s.cell(0, 0).unwrap().salience - 0.4953).abs() < 1e-12);
}

#[test]
fn missing_coordinate_in_ktab_xml_is_located() {
    let Some(p) = shared("smp/smpExample_HEAD_missing_coordinate.xml") else {
        return;
    };
    let e = Stakeholders::read_file(&p).unwrap_err();
    assert_eq!(e.line, Some(32), "{e}");
    assert!(e.column.is_some());
    assert!(
        e.to_string()
            .contains("smpExample_HEAD_missing_coordinate.xml:32:"),
        "{e}"
    );
    assert!(e.message.contains("Alice"), "{e}");
}

fn parse(text: &str, ext: &str) -> Result<Stakeholders, detente_forecast::InputError> {
    Stakeholders::parse_bytes("t", ext, text.as_bytes())
}

#[test]
fn error_messages_name_line_and_column() {
    let e = parse("Actor,Capability,Position\nA,1,2\n", "csv").unwrap_err();
    assert!(
        e.message.contains("Actor,Capability,Position,Salience"),
        "{e}"
    );
    let e = parse(
        "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,1,2,150\n",
        "csv",
    )
    .unwrap_err();
    assert_eq!((e.line, e.column), (Some(3), Some(7)), "{e}");
    let e = parse("Actor,Capability,Position,Salience\nA,1,2\n", "csv").unwrap_err();
    assert_eq!(e.line, Some(2), "{e}");
    let e = parse(
        "<Scenario><Dimensions><dName>x</dName></Dimensions><Actors>",
        "xml",
    )
    .unwrap_err();
    assert!(e.line.is_some(), "{e}");
    let e = parse(
        "T,d,2,1,\nActor,Description,Power,P1,S1,\nA,a,10,50,\n",
        "csv",
    )
    .unwrap_err();
    assert_eq!(e.line, Some(3), "{e}");
    let e = parse("'#A'\t'x'\n'#D'\t'x'\t'i'\tabc\t1\t1\n", "txt").unwrap_err();
    assert_eq!(e.line, Some(2), "{e}");
    assert!(e.message.contains("abc"), "{e}");
    let e = Stakeholders::parse_bytes("bin", "csv", &[0x00, 0xff, 0x13]).unwrap_err();
    assert!(e.message.contains("binary"), "{e}");
}

#[test]
fn multi_issue_stakeholder_csv_and_mac_line_endings() {
    let t =
        "Issue,Actor,Capability,Position,Salience\rtax,A,1,0,50\rtax,B,1,100,50\rwar,A,1,10,100\r";
    let s = parse(t, "csv").unwrap();
    assert_eq!(s.n_issues(), 2);
    assert!(s.cell(1, 1).is_none());
    for kind in [
        ModelKind::Compromise,
        ModelKind::Eum,
        ModelKind::Exchange,
        ModelKind::Smp,
    ] {
        let f = detente_forecast::run(kind, &s, &ForecastOptions::default()).unwrap();
        assert_eq!(f.issues.len(), 2, "{kind:?}");
    }
}

#[test]
fn monte_carlo_is_seeded_and_spreads() {
    let Some(p) = shared("bdm/ExampleActors.csv") else {
        return;
    };
    let s = Stakeholders::read_file(&p).unwrap();
    let spec = montecarlo::Uncertainty::relative(&s, 0.2);
    let opts = ForecastOptions::default();
    let a = montecarlo::final_means(ModelKind::Compromise, &s, &opts, &spec, 64, 9).unwrap();
    let b = montecarlo::final_means(ModelKind::Compromise, &s, &opts, &spec, 64, 9).unwrap();
    assert_eq!(a, b);
    let d = montecarlo::Distribution::from_samples(a[0].clone()).unwrap();
    assert!(d.sd > 0.0 && d.q05 < d.q50 && d.q50 < d.q95);
    assert!((d.mean - 7.39).abs() < 0.5, "{d:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400), ext in "(csv|xml|txt|)") {
        if let Ok(s) = Stakeholders::parse_bytes("g", &ext, &bytes) {
            for kind in [ModelKind::Compromise, ModelKind::Eum, ModelKind::Exchange, ModelKind::Smp] {
                let o = ForecastOptions { rounds: Some(3), ..Default::default() };
                let _ = detente_forecast::run(kind, &s, &o);
            }
        }
    }

    #[test]
    fn csv_like_garbage_never_panics(rows in proptest::collection::vec("[A-Za-z]{0,3},(-?[0-9]{0,3}(\\.[0-9])?|x),(-?[0-9]{0,3}|nan|inf),([0-9]{0,3}|\\.5)", 0..8)) {
        let text = format!("Actor,Capability,Position,Salience\n{}", rows.join("\n"));
        if let Ok(s) = Stakeholders::parse_bytes("g.csv", "csv", text.as_bytes()) {
            for kind in [ModelKind::Compromise, ModelKind::Eum, ModelKind::Exchange, ModelKind::Smp] {
                let o = ForecastOptions { rounds: Some(3), ..Default::default() };
                let _ = detente_forecast::run(kind, &s, &o);
            }
        }
    }
}
