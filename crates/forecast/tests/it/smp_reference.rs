//! SMP against KTAB's reference logs (../shared/reference/forecast/smp).
use detente_forecast::{smp, Stakeholders};
use std::path::PathBuf;

fn smp_dir() -> Option<PathBuf> {
    let d =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference/forecast/smp");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("note: {} not found; reference test skipped", d.display());
        None
    }
}

/// (actor, dimension, values per state) from an expected_*_position_history.csv.
fn history(path: &std::path::Path) -> Vec<(String, String, Vec<f64>)> {
    let text = std::fs::read_to_string(path).expect("reference file");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (
                f[0].trim().to_string(),
                f[1].trim().to_string(),
                f[2..].iter().map(|x| x.trim().parse().unwrap()).collect(),
            )
        })
        .collect()
}

/// Compares every state (or only the final one) with the logged one-decimal positions.
fn check(input: &str, expected: &str, every_state: bool) {
    let Some(d) = smp_dir() else { return };
    let data = Stakeholders::read_file(&d.join(input)).expect("reads");
    let f = smp::forecast(&data, 100, 1).expect("runs");
    let want = history(&d.join(expected));
    let states = want[0].2.len();
    let got_states = f.issues[0].rounds.len();
    assert_eq!(got_states, states, "{input}: states");
    let mut worst: f64 = 0.0;
    for (actor, dim, values) in &want {
        let issue = f
            .issues
            .iter()
            .find(|i| &i.issue == dim)
            .expect("dimension");
        let range = if every_state {
            0..values.len()
        } else {
            values.len() - 1..values.len()
        };
        for t in range {
            let have = issue.rounds[t].positions.get(actor).expect("actor");
            worst = worst.max((have - values[t]).abs());
            assert!(
                (have - values[t]).abs() <= 0.051,
                "{input}: {actor} {dim} state {t}: {have:.4} vs {}",
                values[t]
            );
        }
    }
    eprintln!("{input}: {got_states} states, worst difference {worst:.4}");
}

#[test]
fn dummy_data_3dim_matches_every_state() {
    check(
        "dummyData_3Dim.csv",
        "expected_dummyData_3Dim_position_history.csv",
        true,
    );
}

#[test]
fn soe_pol_comp_matches_every_state() {
    check(
        "SOE-Pol-Comp.csv",
        "expected_SOE-Pol-Comp_position_history.csv",
        true,
    );
}

#[test]
fn first_round_risk_attitudes_match_log() {
    let Some(d) = smp_dir() else { return };
    let data = Stakeholders::read_file(&d.join("dummyData_3Dim.csv")).unwrap();
    let f = smp::forecast(&data, 100, 1).unwrap();
    let r = &f.smp.as_ref().unwrap().risk_attitudes[0];
    let want = [-0.500, -0.459, -0.499, -0.274, 1.000, -0.232, -0.430];
    for (k, w) in want.iter().enumerate() {
        assert!(
            (r.0[k].1 - w).abs() < 6e-4,
            "actor {k}: {} vs {w}",
            r.0[k].1
        );
    }
}

/// The logged "winning probability" of each actor's position in every state (4 decimals).
fn check_win_probabilities(input: &str, expected: &str) {
    let Some(d) = smp_dir() else { return };
    let data = Stakeholders::read_file(&d.join(input)).unwrap();
    let f = smp::forecast(&data, 100, 1).unwrap();
    let w = &f.smp.as_ref().unwrap().win_probabilities;
    let text = std::fs::read_to_string(d.join(expected)).unwrap();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split(',').collect();
        let actor = cells[0].trim();
        for (t, v) in cells[1..].iter().enumerate() {
            let want: f64 = v.trim().parse().unwrap();
            let have = w[t].get(actor).unwrap();
            assert!(
                (have - want).abs() <= 5.1e-5,
                "{input} {actor} state {t}: {have:.5} vs {want}"
            );
        }
    }
}

#[test]
fn win_probabilities_match_logs() {
    check_win_probabilities(
        "dummyData_3Dim.csv",
        "expected_dummyData_3Dim_winprob_history.csv",
    );
    check_win_probabilities(
        "SOE-Pol-Comp.csv",
        "expected_SOE-Pol-Comp_winprob_history.csv",
    );
}

#[test]
fn stochastic_xml_case_runs_and_converges() {
    let Some(d) = smp_dir() else { return };
    let data = Stakeholders::read_file(&d.join("smpExample.xml")).unwrap();
    for seed in 1..4 {
        let f = smp::forecast(&data, 100, seed).unwrap();
        let s = f.smp.as_ref().unwrap();
        assert!(
            s.steps >= 2 && s.steps < 100,
            "seed {seed}: {} steps",
            s.steps
        );
        assert!(s.fractional_changes.last().is_some_and(|&c| c < 0.02));
        assert!(f.notes.iter().any(|n| n.contains("stochastic")));
        for i in &f.issues {
            for (_, x) in &i.rounds.last().unwrap().positions.0 {
                assert!((0.0..=100.0).contains(x));
            }
        }
    }
}
