//! Learning from the analyst's stance decisions (`detente_positions::learn`), measured by
//! 5-fold cross-validation on the development gold (tests/fixtures/stances.jsonl against
//! the talks scenario, examples-stances.jsonl against examples/ukraine-2025, and
//! other-stances.jsonl against the labour, trade and foundry examples). Each stance the
//! linker proposes is labelled as the analyst would decide it: accepted when the gold holds
//! the same issue, option and polarity, rejected otherwise. Prints the figures quoted in
//! docs/review.md:
//!
//!     cargo test -p detente-positions --test it learn -- --nocapture

use detente_positions::learn::{
    cross_validate, Decided, FeatureSpace, Labelled, StanceReweighter, TrainOptions, KEEP_AT,
};
use detente_positions::{scenario_terms, Polarity, Stance, StanceLexicon, StanceLinker};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");

#[derive(Deserialize)]
struct GoldStance {
    issue: String,
    option: Option<String>,
    polarity: Polarity,
}

#[derive(Deserialize)]
struct GoldStatement {
    #[serde(default)]
    scenario: Option<String>,
    text: String,
    speaker: Option<String>,
    affiliation: Option<String>,
    stances: Vec<GoldStance>,
}

type Tuple = (String, Option<String>, Polarity);

fn scenario_path(name: &str) -> String {
    if name == "talks" {
        format!("{FIXTURES}talks-scenario.toml")
    } else {
        format!(
            "{}/../../examples/{name}/scenario.toml",
            env!("CARGO_MANIFEST_DIR")
        )
    }
}

/// Rejecting "X" is supporting "no X" where the scenario offers both: compare in one form.
fn normalise(lex: &StanceLexicon, issue: &str, option: Option<&str>, pol: Polarity) -> Tuple {
    if let (Some(o), Polarity::Rejects) = (option, pol) {
        if let Some(i) = lex.issues.iter().find(|i| i.id == issue) {
            if let Some(c) = i
                .options
                .iter()
                .find(|x| x.id == o)
                .and_then(|x| x.complement)
            {
                return (
                    issue.into(),
                    Some(i.options[c].id.clone()),
                    Polarity::Supports,
                );
            }
        }
    }
    (issue.into(), option.map(String::from), pol)
}

/// One scenario's statements, the linker's stances on each and the gold tuples.
struct Linked {
    lexicon: StanceLexicon,
    statements: Vec<(String, Vec<Stance>, BTreeSet<Tuple>)>,
}

impl Linked {
    fn accepted(&self, stance: &Stance, gold: &BTreeSet<Tuple>) -> bool {
        gold.contains(&normalise(
            &self.lexicon,
            &stance.issue,
            stance.option.as_deref(),
            stance.polarity,
        ))
    }

    fn labelled(&self) -> Vec<Labelled> {
        let space = FeatureSpace::new(&self.lexicon);
        let mut out = Vec::new();
        for (n, (text, stances, gold)) in self.statements.iter().enumerate() {
            for s in stances {
                out.push(Labelled {
                    features: space.features(s, text, stances.len() - 1),
                    accepted: self.accepted(s, gold),
                    statement: n,
                    linker_score: s.confidence,
                });
            }
        }
        out
    }

    /// Gold stances the linker never proposed (no re-scoring can bring them back).
    fn missed(&self) -> usize {
        self.statements
            .iter()
            .map(|(_, stances, gold)| {
                let got: BTreeSet<Tuple> = stances
                    .iter()
                    .map(|s| normalise(&self.lexicon, &s.issue, s.option.as_deref(), s.polarity))
                    .collect();
                gold.difference(&got).count()
            })
            .sum()
    }
}

/// The statements of `file` per scenario (`default` when a line names none).
fn link_file(file: &str, default: &str) -> BTreeMap<String, Linked> {
    let text = std::fs::read_to_string(format!("{FIXTURES}{file}")).expect("fixture file");
    let mut by: BTreeMap<String, Linked> = BTreeMap::new();
    let mut linkers: BTreeMap<String, StanceLinker> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldStatement =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1));
        let name = g.scenario.clone().unwrap_or_else(|| default.to_string());
        let linker = linkers.entry(name.clone()).or_insert_with(|| {
            let path = scenario_path(&name);
            let sc = detente_model::Scenario::load(&path)
                .unwrap_or_else(|e| panic!("scenario {path}: {e}"));
            StanceLinker::new(StanceLexicon::new(&scenario_terms(&sc)))
        });
        let lexicon = linker.lexicon().clone();
        let stances = linker.link(&g.text, g.speaker.as_deref(), g.affiliation.as_deref());
        let gold = g
            .stances
            .iter()
            .map(|s| normalise(&lexicon, &s.issue, s.option.as_deref(), s.polarity))
            .collect();
        by.entry(name)
            .or_insert_with(|| Linked {
                lexicon,
                statements: Vec::new(),
            })
            .statements
            .push((g.text, stances, gold));
    }
    by
}

fn all_sets() -> Vec<(String, Linked)> {
    let mut out: Vec<(String, Linked)> = Vec::new();
    for (file, default) in [
        ("stances.jsonl", "talks"),
        ("examples-stances.jsonl", "ukraine-2025"),
        ("other-stances.jsonl", "ukraine-2025"),
    ] {
        for (name, l) in link_file(file, default) {
            out.push((format!("{name} ({file})"), l));
        }
    }
    out
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn reweighting_from_decisions_measured_by_cross_validation() {
    let opts = TrainOptions::default();
    let (mut pooled_before, mut pooled_after) = ((0, 0, 0), (0, 0, 0));
    let mut measured = 0;
    let mut talks_model_accuracy = 0.0;
    let mut talks_keep_all_accuracy = 0.0;
    eprintln!("scenario | stances (accepted) | accuracy: keep all / linker ≥ {KEEP_AT} / model ≥ {KEEP_AT} | AUC pooled linker / model | AUC per fold linker / model (folds) | stance F1 before / after");
    for (name, l) in all_sets() {
        let data = l.labelled();
        let statements = l.statements.len();
        let Ok(cv) = cross_validate(&data, 5, opts) else {
            eprintln!("{name}: {statements} statements, too few to cross-validate");
            continue;
        };
        let missed = l.missed();
        let before = (cv.accepted, cv.stances - cv.accepted, missed);
        let after = (
            cv.model_kept_accepted,
            cv.model_kept_rejected,
            missed + cv.accepted - cv.model_kept_accepted,
        );
        eprintln!(
            "{name} | {} ({}) | {:.3} / {:.3} / {:.3} | {} / {} | {} / {} ({}) | {:.3} / {:.3}",
            cv.stances,
            cv.accepted,
            cv.accuracy_keep_all,
            cv.accuracy_linker,
            cv.accuracy_model,
            cv.auc_linker.map_or("–".into(), |a| format!("{a:.3}")),
            cv.auc_model.map_or("–".into(), |a| format!("{a:.3}")),
            cv.auc_linker_per_fold
                .map_or("–".into(), |a| format!("{a:.3}")),
            cv.auc_model_per_fold
                .map_or("–".into(), |a| format!("{a:.3}")),
            cv.auc_folds,
            f1(before.0, before.1, before.2),
            f1(after.0, after.1, after.2),
        );
        for (p, x) in [(&mut pooled_before, before), (&mut pooled_after, after)] {
            p.0 += x.0;
            p.1 += x.1;
            p.2 += x.2;
        }
        if cv.auc_linker.is_some() && cv.auc_model.is_some() {
            measured += 1;
        }
        if name.starts_with("talks") {
            talks_model_accuracy = cv.accuracy_model;
            talks_keep_all_accuracy = cv.accuracy_keep_all;
        }
        // Held-out probabilities are probabilities, one per stance.
        assert_eq!(cv.held_out.len(), data.len());
        assert!(cv.held_out.iter().all(|p| (0.0..=1.0).contains(p)));
    }
    let fb = f1(pooled_before.0, pooled_before.1, pooled_before.2);
    let fa = f1(pooled_after.0, pooled_after.1, pooled_after.2);
    eprintln!("all sets, stance F1 before {fb:.3}, after {fa:.3}");
    assert!(measured >= 2, "at least two scenarios were measured");
    // With tens of decisions per scenario the model does not beat the linker's own score
    // (docs/review.md; the figures move with every linker change): these bounds catch a
    // change that makes re-weighting clearly worse than not re-weighting.
    assert!(
        fa >= fb - 0.05,
        "stance F1 after re-weighting {fa:.3}, before {fb:.3}"
    );
    assert!(
        talks_model_accuracy >= talks_keep_all_accuracy - 0.1,
        "talks accuracy {talks_model_accuracy:.3}"
    );
}

#[test]
fn reweigher_replaces_scores_and_drops_below_the_bar() {
    let sets = link_file("stances.jsonl", "talks");
    let l = &sets["talks"];
    let decided: Vec<Decided> = l
        .statements
        .iter()
        .flat_map(|(text, stances, gold)| {
            stances.iter().map(move |s| Decided {
                stance: s,
                statement: text,
                siblings: stances.len() - 1,
                accepted: l.accepted(s, gold),
            })
        })
        .collect();
    assert!(decided.iter().any(|d| d.accepted) && decided.iter().any(|d| !d.accepted));
    let rw = StanceReweighter::train(&l.lexicon, &decided, TrainOptions::default())
        .expect("both classes present");
    let (text, stances, _) = &l.statements[0];
    let space = FeatureSpace::new(&l.lexicon);
    assert_eq!(space.names().len(), space.len());
    assert_eq!(space.features(&stances[0], text, 0).len(), space.len());
    let mut kept = stances.clone();
    rw.reweigh(text, &mut kept, false);
    assert_eq!(kept.len(), stances.len());
    assert!(kept.iter().all(|s| (0.0..=1.0).contains(&s.confidence)));
    // On its own training set the model keeps more accepted than rejected stances.
    let (mut acc, mut rej) = (0, 0);
    for (text, stances, gold) in &l.statements {
        let mut s = stances.clone();
        rw.reweigh(text, &mut s, true);
        assert!(s.iter().all(|x| x.confidence >= KEEP_AT));
        for x in &s {
            if l.accepted(x, gold) {
                acc += 1;
            } else {
                rej += 1;
            }
        }
    }
    assert!(acc > rej, "kept {acc} accepted and {rej} rejected");
}

#[test]
fn too_few_statements_are_refused() {
    let data = vec![Labelled {
        features: vec![1.0],
        accepted: true,
        statement: 0,
        linker_score: 0.5,
    }];
    assert!(cross_validate(&data, 5, TrainOptions::default()).is_err());
}
