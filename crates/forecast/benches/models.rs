//! Speed targets (issue 7): SMP on KTAB's 80-actor input to convergence < 1 s on one core,
//! the 13-actor SOE-Pol-Comp case < 10 ms, EUM with 100 actors × 10 rounds < 100 ms,
//! and alternating-offers negotiation steps per second.
use criterion::{criterion_group, criterion_main, Criterion};
use detente_forecast::{eum, smp, Stakeholders};
use std::path::PathBuf;
use std::time::Duration;

fn smp_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference/forecast/smp")
}

fn bench_smp(c: &mut Criterion) {
    for (name, file) in [
        ("smp_soe_pol_comp", "SOE-Pol-Comp.csv"),
        ("smp_dummy_a080", "dummyData-a080.csv"),
    ] {
        let path = smp_dir().join(file);
        let Ok(data) = Stakeholders::read_file(&path) else {
            eprintln!("note: {} not found; {name} skipped", path.display());
            continue;
        };
        let mut g = c.benchmark_group(name);
        g.sample_size(10).measurement_time(Duration::from_secs(5));
        g.bench_function("to_convergence", |b| {
            b.iter(|| smp::forecast(&data, 100, 1).map(|f| f.smp.map(|s| s.steps)))
        });
        g.finish();
    }
}

/// 100 actors on one issue, deterministic pseudo-random inputs; positions on a 0–100
/// integer scale (as in the published data sets) or all distinct.
fn eum_actors(n: usize, distinct: bool) -> Vec<(String, f64, f64, f64)> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| {
            let c = 0.05 + next();
            let x = next() * 100.0;
            let x = if distinct { x } else { x.round() };
            (format!("A{i}"), c, x, 0.1 + 0.9 * next())
        })
        .collect()
}

fn bench_eum(c: &mut Criterion) {
    let mut g = c.benchmark_group("eum_100_actors");
    g.sample_size(10);
    for (name, distinct) in [("integer_positions", false), ("distinct_positions", true)] {
        let actors = eum_actors(100, distinct);
        g.bench_function(name, |b| {
            b.iter(|| {
                eum::run_issue(&actors, 10, eum::Variant::Reference)
                    .rounds
                    .len()
            })
        });
    }
    g.finish();
}

/// A GENIUS-sized domain (5 issues × 4 options, 1024 outcomes) with opposed parties.
fn bench_negotiation(c: &mut Criterion) {
    use detente_forecast::negotiation::{tournament, OutcomeSpace, Protocol, Strategy};
    use detente_model::{DenseOption, DenseScenario};
    let ni = 5;
    let no = 4;
    let opts = || {
        (0..no)
            .map(|k| DenseOption {
                id: format!("o{k}"),
                label: format!("o{k}"),
                x: None,
            })
            .collect()
    };
    let up: Vec<f64> = (0..no).map(|k| k as f64 / (no - 1) as f64).collect();
    let down: Vec<f64> = up.iter().rev().cloned().collect();
    let d = DenseScenario {
        parties: vec!["a".into(), "b".into()],
        issues: (0..ni).map(|i| format!("i{i}")).collect(),
        options: (0..ni).map(|_| opts()).collect(),
        values: vec![vec![up.clone(); ni], vec![down.clone(); ni]],
        value_uncertainty: vec![vec![vec![None; no]; ni]; 2],
        weights: vec![
            vec![0.3, 0.25, 0.2, 0.15, 0.1],
            vec![0.1, 0.15, 0.2, 0.25, 0.3],
        ],
        weight_uncertainty: vec![vec![None; ni]; 2],
        reservations: vec![0.0, 0.0],
        reservation_uncertainty: vec![None; 2],
        proposals: Vec::new(),
    };
    let space = OutcomeSpace::from_dense(&d, 1);
    let all = Strategy::all();
    let mut g = c.benchmark_group("negotiation");
    g.sample_size(10);
    g.bench_function("tournament_5x5_strategies_x20_runs_200_steps", |b| {
        b.iter(|| {
            tournament(
                &space,
                [0, 1],
                &all,
                &Protocol {
                    steps: 200,
                    discount: None,
                },
                20,
                1,
                &mut |_, _| {},
            )
            .total_steps
        })
    });
    g.finish();
}

criterion_group!(benches, bench_smp, bench_eum, bench_negotiation);
criterion_main!(benches);
