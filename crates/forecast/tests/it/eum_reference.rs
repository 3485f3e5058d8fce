//! EUM against jmckib's Scholz replication (../shared/reference/forecast/bdm).
use detente_forecast::{eum, Stakeholders};
use std::path::PathBuf;

fn bdm_dir() -> Option<PathBuf> {
    let d =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference/forecast/bdm");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("note: {} not found; reference test skipped", d.display());
        None
    }
}

fn read_csv(path: &std::path::Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).expect("reference file");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(|f| f.trim().to_string()).collect())
        .collect()
}

fn run_example(rounds: usize) -> Option<detente_forecast::Forecast> {
    let d = bdm_dir()?;
    let data = Stakeholders::read_file(&d.join("ExampleActors.csv")).expect("reads");
    Some(eum::forecast(&data, rounds, eum::Variant::Reference))
}

#[test]
fn means_medians_and_positions_match_reference() {
    let Some(f) = run_example(10) else { return };
    let d = bdm_dir().unwrap();
    let rows = read_csv(&d.join("expected_jmckib_positions_by_round.csv"));
    let header = &rows[0];
    let rounds = &f.issues[0].rounds;
    assert_eq!(rounds.len(), rows.len() - 1);
    for row in &rows[1..] {
        let k: usize = row[0].parse().unwrap();
        let got = &rounds[k];
        let mean: f64 = row[1].parse().unwrap();
        let median: f64 = row[2].parse().unwrap();
        assert!(
            (got.mean - mean).abs() < 1e-9,
            "round {k}: mean {} vs {mean}",
            got.mean
        );
        assert!(
            (got.median - median).abs() < 1e-9,
            "round {k}: median {} vs {median}",
            got.median
        );
        for (c, name) in header.iter().enumerate().skip(3) {
            let want: f64 = row[c].parse().unwrap();
            let have = got.positions.get(name).unwrap();
            assert!(
                (have - want).abs() < 1e-9,
                "round {k} {name}: {have} vs {want}"
            );
        }
    }
}

#[test]
fn moves_and_risk_exponents_match_reference() {
    let Some(f) = run_example(10) else { return };
    let d = bdm_dir().unwrap();
    let issue = &f.issues[0];
    let moves = read_csv(&d.join("expected_jmckib_moves_by_round.csv"));
    assert_eq!(issue.moves.len(), moves.len() - 1, "number of moves");
    for row in &moves[1..] {
        let round: usize = row[0].parse().unwrap();
        let m = issue
            .moves
            .iter()
            .find(|m| m.round == round && m.actor == row[1])
            .unwrap_or_else(|| panic!("no move for {} in round {round}", row[1]));
        assert_eq!(m.kind, row[2]);
        assert_eq!(m.with, row[3]);
        let eu_ij: f64 = row[4].parse().unwrap();
        let eu_ji: f64 = row[5].parse().unwrap();
        let to: f64 = row[6].parse().unwrap();
        assert!((m.figures[0].1 - eu_ij).abs() < 1e-9);
        assert!((m.figures[1].1 - eu_ji).abs() < 1e-9);
        assert!((m.to - to).abs() < 1e-9);
    }
    let risk = read_csv(&d.join("expected_jmckib_risk_exponents_by_round.csv"));
    for row in &risk[1..] {
        let round: usize = row[0].parse().unwrap();
        for (c, name) in risk[0].iter().enumerate().skip(1) {
            let want: f64 = row[c].parse().unwrap();
            let have = issue.risk_exponents[round - 1].get(name).unwrap();
            assert!(
                (have - want).abs() < 1e-9,
                "round {round} r_{name}: {have} vs {want}"
            );
        }
    }
}

#[test]
fn sultan_never_moves() {
    let Some(d) = bdm_dir() else { return };
    let data = Stakeholders::read_file(&d.join("Sultan.csv")).expect("reads");
    let f = eum::forecast(&data, 10, eum::Variant::Reference);
    let issue = &f.issues[0];
    assert!(issue.moves.is_empty(), "{:?}", issue.moves.first());
    for r in &issue.rounds {
        assert!((r.mean - 13.619912134884823).abs() < 1e-9);
    }
}

#[test]
fn paper_variant_differs_where_the_quirk_matters() {
    let Some(f) = run_example(4) else { return };
    let d = bdm_dir().unwrap();
    let data = Stakeholders::read_file(&d.join("ExampleActors.csv")).unwrap();
    let p = eum::forecast(&data, 4, eum::Variant::Paper);
    // Round 4: the reference's compromise rule sends Belgium to the Netherlands' side.
    let reference_belgium = f.issues[0].rounds[4].positions.get("Belgium").unwrap();
    let paper_belgium = p.issues[0].rounds[4].positions.get("Belgium").unwrap();
    assert!((reference_belgium - 4.800881140632622).abs() < 1e-9);
    assert!(
        paper_belgium > 5.0,
        "paper variant keeps the smallest move: {paper_belgium}"
    );
}
