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

/// 100 actors on one issue, deterministic pseudo-random inputs.
fn eum_actors(n: usize) -> Vec<(String, f64, f64, f64)> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| {
            (
                format!("A{i}"),
                0.05 + next(),
                (next() * 100.0).round(),
                0.1 + 0.9 * next(),
            )
        })
        .collect()
}

fn bench_eum(c: &mut Criterion) {
    let actors = eum_actors(100);
    let mut g = c.benchmark_group("eum_100_actors");
    g.sample_size(10);
    g.bench_function("10_rounds", |b| {
        b.iter(|| {
            eum::run_issue(&actors, 10, eum::Variant::Reference)
                .rounds
                .len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench_smp, bench_eum);
criterion_main!(benches);
