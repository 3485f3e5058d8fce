//! The analysis of every GENIUS domain with a reference.json reproduces it (outcome count,
//! frontier size, Nash, max-welfare and egalitarian points): the project's own corpus in
//! tests/data/genius_corpus (references from its independent brute_force.py), and the ANAC
//! fixtures in ../shared/fixtures/genius (skipped, with a note, when that folder is absent).

use std::path::PathBuf;

use detente_analysis::{analyze_scenario, AnalysisOptions};

fn fixtures() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/genius");
    dir.is_dir().then_some(dir)
}

fn close(a: &[f64], b: &[f64], tol: f64) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tol)
}

#[test]
fn genius_fixtures_match_reference() {
    let Some(dir) = fixtures() else {
        eprintln!("note: ../shared/fixtures/genius not found; GENIUS reference test skipped");
        return;
    };
    check_folder(&dir);
}

#[test]
fn project_genius_corpus_matches_its_brute_force() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/genius_corpus");
    check_folder(&dir);
}

/// Every subfolder of `dir` with a reference.json agrees with it.
fn check_folder(dir: &std::path::Path) {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture folder readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("reference.json").is_file())
        .collect();
    folders.sort();
    assert!(!folders.is_empty(), "no fixtures with reference.json");
    for folder in folders {
        let name = folder
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let reference: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(folder.join("reference.json")).expect("reference readable"),
        )
        .expect("reference is JSON");
        let scenario =
            detente_model::genius::import_paths(std::slice::from_ref(&folder)).expect("imports");
        let options = AnalysisOptions {
            draws: 0,
            ..AnalysisOptions::default()
        };
        let a = analyze_scenario(&scenario, &options, None).expect("analyses");
        assert_eq!(
            a.outcome_count,
            reference["outcomes"].as_u64(),
            "{name}: outcome count"
        );
        assert_eq!(
            a.frontier_size.map(|x| x as u64),
            reference["frontier_size"].as_u64(),
            "{name}: frontier size"
        );
        let tol = reference["tol"].as_f64().unwrap_or(1e-4);
        for key in ["nash", "max_welfare", "egalitarian"] {
            let want: Vec<f64> = reference["points"][key]
                .as_array()
                .expect("point array")
                .iter()
                .filter_map(|v| v.as_f64())
                .collect();
            let s = a
                .solutions
                .iter()
                .find(|s| s.solution == key)
                .unwrap_or_else(|| panic!("{name}: no {key} solution"));
            let tied = s.ties.iter().any(|t| close(&t.utilities, &want, tol));
            assert!(
                close(&s.utilities, &want, tol) || tied,
                "{name}: {key} gives {:?}, reference {:?}",
                s.utilities,
                want
            );
        }
    }
}
