//! An approximate frontier from sampled outcomes, for spaces too large to solve exactly.
//!
//! Used only when the exact all-party frontier exceeds its limits and the user asked for it
//! (`analyze --sample N`): the result is marked as sampled everywhere it appears, because a
//! non-dominated point among samples need not be Pareto-optimal in the whole space.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::table::{Outcome, UtilityTable, UTILITY_TOLERANCE};

/// The non-dominated points among `samples` uniformly drawn outcomes (plus `extra` outcomes,
/// e.g. the proposals), sorted by the first party's utility, descending.
pub fn sampled_frontier(
    table: &UtilityTable,
    samples: usize,
    seed: u64,
    extra: &[Outcome],
) -> Vec<(Vec<f64>, Outcome)> {
    let n = table.parties();
    let counts = table.option_counts().to_vec();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut candidates: Vec<(Vec<f64>, Outcome)> = Vec::with_capacity(samples + extra.len());
    for o in extra {
        candidates.push((table.utilities(o), o.clone()));
    }
    for _ in 0..samples {
        let outcome: Outcome = counts
            .iter()
            .map(|&k| rng.gen_range(0..k.max(1)) as u32)
            .collect();
        let mut u = vec![0.0; n];
        table.utilities_into(&outcome, &mut u);
        candidates.push((u, outcome));
    }
    // Sort-filter-skyline: a point that dominates another has a larger sum, so it comes first.
    candidates.sort_by(|a, b| {
        let sa: f64 = a.0.iter().sum();
        let sb: f64 = b.0.iter().sum();
        sb.total_cmp(&sa)
    });
    let mut kept: Vec<(Vec<f64>, Outcome)> = Vec::new();
    for c in candidates {
        let covered = kept.iter().any(|k| {
            k.0.iter()
                .zip(&c.0)
                .all(|(a, b)| *a >= *b - UTILITY_TOLERANCE)
        });
        if !covered {
            kept.push(c);
        }
    }
    kept.sort_by(|a, b| b.0[0].total_cmp(&a.0[0]));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sampled_points_are_mutually_non_dominated_and_include_extras() {
        // Two parties with opposed values on two issues of three options.
        let up = vec![0.0, 0.5, 1.0];
        let down = vec![1.0, 0.5, 0.0];
        let table = UtilityTable::new(
            &[3, 3],
            &[vec![0.5, 0.5], vec![0.5, 0.5]],
            &[vec![up.clone(), up], vec![down.clone(), down]],
            &[0.0, 0.0],
        );
        let Ok(table) = table else { panic!("table") };
        let extra = vec![vec![2u32, 2]];
        let points = sampled_frontier(&table, 200, 7, &extra);
        assert!(points.iter().any(|p| p.1 == vec![2, 2]));
        for a in &points {
            for b in &points {
                let dominates = a.0.iter().zip(&b.0).all(|(x, y)| x >= y)
                    && a.0.iter().zip(&b.0).any(|(x, y)| x > y);
                assert!(!dominates, "{:?} dominates {:?}", a.0, b.0);
            }
        }
        // Same seed, same answer.
        assert_eq!(points, sampled_frontier(&table, 200, 7, &extra));
    }
}
