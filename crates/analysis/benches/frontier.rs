//! Speed goals of the analysis engine (benchmarks, not tests):
//! - two-party exact frontier + Nash point, 12 issues x 10 options (1e12 outcomes): < 2 s;
//! - all-party frontier, 4 parties, 1e6 outcomes (6 issues x 10 options): < 5 s.
//!
//! Run: `cargo bench -p detente-analysis --bench frontier`.

use criterion::{criterion_group, criterion_main, Criterion};
use detente_analysis::{bargaining_solutions, pareto_frontier, FrontierLimits, UtilityTable};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Random additive domain: uniform option values with each issue's best option worth 1, random
/// weights summing to 1, reservation 0.
fn random_table(parties: usize, issues: usize, options: usize, seed: u64) -> UtilityTable {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let counts = vec![options; issues];
    let mut weights = Vec::new();
    let mut values = Vec::new();
    for _ in 0..parties {
        let w: Vec<f64> = (0..issues).map(|_| rng.gen_range(0.05..1.0)).collect();
        let s: f64 = w.iter().sum();
        weights.push(w.iter().map(|x| x / s).collect::<Vec<f64>>());
        values.push(
            (0..issues)
                .map(|_| {
                    let v: Vec<f64> = (0..options).map(|_| rng.gen_range(0.0..1.0)).collect();
                    let mx = v.iter().copied().fold(0.0, f64::max);
                    v.iter().map(|x| x / mx).collect()
                })
                .collect::<Vec<Vec<f64>>>(),
        );
    }
    UtilityTable::new(&counts, &weights, &values, &vec![0.0; parties]).expect("valid table")
}

/// Opposed domain: on every issue the second party's values mirror the first's (`1 - v`), the
/// third and fourth parties' are independent; every option of every issue is then on the per-issue
/// frontier, the hard case for the merge.
fn opposed_table(parties: usize, issues: usize, options: usize, seed: u64) -> UtilityTable {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let counts = vec![options; issues];
    let mut weights = Vec::new();
    for _ in 0..parties {
        let w: Vec<f64> = (0..issues).map(|_| rng.gen_range(0.05..1.0)).collect();
        let s: f64 = w.iter().sum();
        weights.push(w.iter().map(|x| x / s).collect::<Vec<f64>>());
    }
    let mut values: Vec<Vec<Vec<f64>>> = vec![Vec::new(); parties];
    for _ in 0..issues {
        let base: Vec<f64> = (0..options).map(|_| rng.gen_range(0.0..1.0)).collect();
        for (p, row) in values.iter_mut().enumerate() {
            row.push(match p {
                0 => base.clone(),
                1 => base.iter().map(|b| 1.0 - b).collect(),
                _ => (0..options).map(|_| rng.gen_range(0.0..1.0)).collect(),
            });
        }
    }
    UtilityTable::new(&counts, &weights, &values, &vec![0.0; parties]).expect("valid table")
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("frontier");
    g.sample_size(10);
    let two = random_table(2, 12, 10, 7);
    g.bench_function("two_party_12x10_frontier_and_nash", |b| {
        b.iter(|| {
            let f = pareto_frontier(&two, &[0, 1], FrontierLimits::default()).expect("frontier");
            let s = bargaining_solutions(&f, two.reservations());
            (f.len(), s.len())
        })
    });
    let four = random_table(4, 6, 10, 11);
    g.bench_function("four_party_1e6_all_party_frontier", |b| {
        b.iter(|| {
            pareto_frontier(&four, &[0, 1, 2, 3], FrontierLimits::default())
                .expect("frontier")
                .len()
        })
    });
    let two_opposed = opposed_table(2, 12, 10, 5);
    g.bench_function("two_party_12x10_opposed_frontier_and_nash", |b| {
        b.iter(|| {
            let f = pareto_frontier(&two_opposed, &[0, 1], FrontierLimits::default())
                .expect("frontier");
            let s = bargaining_solutions(&f, two_opposed.reservations());
            (f.len(), s.len())
        })
    });
    let four_opposed = opposed_table(4, 6, 10, 5);
    g.bench_function("four_party_1e6_opposed_all_party_frontier", |b| {
        b.iter(|| {
            pareto_frontier(&four_opposed, &[0, 1, 2, 3], FrontierLimits::default())
                .expect("frontier")
                .len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
