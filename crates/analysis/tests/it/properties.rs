//! Property tests on small random domains, checked against brute force.
#![allow(clippy::needless_range_loop)]

use detente_analysis::{
    agreement_zone, bargaining_solutions, logrolls, maximize_monotone, nash_by_search,
    pareto_frontier, FrontierLimits, SolutionKind, UtilityTable, UTILITY_TOLERANCE,
};
use proptest::prelude::*;

/// A small domain as plain numbers: values on a coarse grid so that ties really happen.
#[derive(Debug, Clone)]
struct Domain {
    counts: Vec<usize>,
    weights: Vec<Vec<f64>>,
    values: Vec<Vec<Vec<f64>>>,
    reservations: Vec<f64>,
}

impl Domain {
    fn table(&self) -> UtilityTable {
        UtilityTable::new(
            &self.counts,
            &self.weights,
            &self.values,
            &self.reservations,
        )
        .expect("valid domain")
    }
}

fn domain() -> impl Strategy<Value = Domain> {
    (2usize..=4, prop::collection::vec(1usize..=4, 1..=4)).prop_flat_map(|(n, counts)| {
        let m = counts.len();
        let total: usize = counts.iter().sum();
        (
            prop::collection::vec(prop::collection::vec(1u8..=3, m), n),
            prop::collection::vec(prop::collection::vec(0u8..=4, total), n),
            prop::collection::vec(0u8..=3, n),
        )
            .prop_map(move |(w, v, r)| {
                let weights = w
                    .iter()
                    .map(|row| {
                        let s: f64 = row.iter().map(|&x| x as f64).sum();
                        row.iter().map(|&x| x as f64 / s).collect()
                    })
                    .collect();
                let values = v
                    .iter()
                    .map(|row| {
                        let mut k = 0;
                        counts
                            .iter()
                            .map(|&c| {
                                let out = row[k..k + c].iter().map(|&x| x as f64 / 4.0).collect();
                                k += c;
                                out
                            })
                            .collect()
                    })
                    .collect();
                Domain {
                    counts: counts.clone(),
                    weights,
                    values,
                    reservations: r.iter().map(|&x| x as f64 * 0.15).collect(),
                }
            })
    })
}

fn all_outcomes(t: &UtilityTable) -> Vec<Vec<u32>> {
    let total = t.outcome_count().expect("small") as usize;
    let mut out = Vec::with_capacity(total);
    let mut o = vec![0u32; t.issues()];
    for k in 0..total {
        t.decode_outcome(k as u64, &mut o);
        out.push(o.clone());
    }
    out
}

fn weakly_dominates(a: &[f64], b: &[f64]) -> bool {
    a.iter().zip(b).all(|(x, y)| *x >= *y - UTILITY_TOLERANCE)
}
fn equal(a: &[f64], b: &[f64]) -> bool {
    a.iter()
        .zip(b)
        .all(|(x, y)| (*x - *y).abs() <= UTILITY_TOLERANCE)
}
fn dominates(a: &[f64], b: &[f64]) -> bool {
    weakly_dominates(a, b) && !equal(a, b)
}

fn project(u: &[f64], parties: &[usize]) -> Vec<f64> {
    parties.iter().map(|&p| u[p]).collect()
}

/// The frontier of `parties` agrees with brute force: points are non-dominated, every outcome is
/// dominated by or equal to a point, sizes and multiplicities match.
fn check_frontier(t: &UtilityTable, parties: &[usize]) -> Result<(), TestCaseError> {
    let f = pareto_frontier(t, parties, FrontierLimits::default()).expect("frontier");
    let vecs: Vec<Vec<f64>> = all_outcomes(t)
        .iter()
        .map(|o| project(&t.utilities(o), parties))
        .collect();
    for pt in &f.points {
        let own = project(&t.utilities(&pt.outcome), parties);
        prop_assert!(
            equal(&own, &pt.utilities),
            "witness outcome has other utilities"
        );
        for v in &vecs {
            prop_assert!(
                !dominates(v, &pt.utilities),
                "frontier point {:?} dominated by {:?}",
                pt.utilities,
                v
            );
        }
        let same = vecs.iter().filter(|v| equal(v, &pt.utilities)).count() as u64;
        prop_assert_eq!(same, pt.multiplicity);
    }
    for v in &vecs {
        prop_assert!(f.points.iter().any(|p| weakly_dominates(&p.utilities, v)));
    }
    // Distinct non-dominated vectors by brute force.
    let mut brute: Vec<Vec<f64>> = Vec::new();
    for v in &vecs {
        if vecs.iter().any(|w| dominates(w, v)) || brute.iter().any(|b| equal(b, v)) {
            continue;
        }
        brute.push(v.clone());
    }
    prop_assert_eq!(brute.len(), f.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn frontier_matches_brute_force(d in domain()) {
        let t = d.table();
        let all: Vec<usize> = (0..t.parties()).collect();
        check_frontier(&t, &all)?;
        // Every pair: the two-party sweep.
        check_frontier(&t, &[0, 1])?;
        check_frontier(&t, &[t.parties() - 1, 0])?;
    }

    #[test]
    fn zone_matches_brute_force(d in domain()) {
        let t = d.table();
        let r = t.reservations();
        let z = agreement_zone(&t, u64::MAX);
        let acceptable: Vec<Vec<u32>> = all_outcomes(&t)
            .into_iter()
            .filter(|o| t.utilities(o).iter().zip(r).all(|(u, r)| *u >= *r - UTILITY_TOLERANCE))
            .collect();
        prop_assert_eq!(z.count, Some(acceptable.len() as u64));
        let marks = z.agreement_options.expect("exact");
        for i in 0..t.issues() {
            for o in 0..t.options(i) {
                let seen = acceptable.iter().any(|a| a[i] as usize == o);
                prop_assert_eq!(marks[i][o], seen);
                // The per-party bound is a necessary condition.
                if seen {
                    prop_assert!(z.reachable_options[i][o]);
                }
            }
        }
    }

    #[test]
    fn solutions_are_optimal_and_nash_search_agrees(d in domain()) {
        let t = d.table();
        let r = t.reservations().to_vec();
        let all: Vec<usize> = (0..t.parties()).collect();
        let f = pareto_frontier(&t, &all, FrontierLimits::default()).expect("frontier");
        let sols = bargaining_solutions(&f, &r);
        let rational: Vec<Vec<f64>> = all_outcomes(&t)
            .iter()
            .map(|o| t.utilities(o))
            .filter(|u| u.iter().zip(&r).all(|(u, r)| *u >= *r - UTILITY_TOLERANCE))
            .collect();
        prop_assert_eq!(sols.is_empty(), rational.is_empty());
        let n = t.parties();
        let ideal: Vec<f64> = (0..n)
            .map(|p| rational.iter().map(|u| u[p] - r[p]).fold(0.0, f64::max))
            .collect();
        for s in &sols {
            let best = rational
                .iter()
                .map(|u| {
                    let g: Vec<f64> = u.iter().zip(&r).map(|(u, r)| (u - r).max(0.0)).collect();
                    match s.kind {
                        SolutionKind::Nash => g.iter().product(),
                        SolutionKind::MaxWelfare => u.iter().sum(),
                        SolutionKind::Egalitarian => g.iter().copied().fold(f64::INFINITY, f64::min),
                        SolutionKind::KalaiSmorodinsky => (0..n)
                            .filter(|&p| ideal[p] > UTILITY_TOLERANCE)
                            .map(|p| g[p] / ideal[p])
                            .fold(1.0, f64::min),
                    }
                })
                .fold(f64::NEG_INFINITY, f64::max);
            prop_assert!((best - s.objective).abs() <= 1e-9, "{:?}: {} vs brute {}", s.kind, s.objective, best);
            // Branch and bound without the frontier reaches the same optimum.
            let objective = |u: &[f64]| -> f64 {
                let g = u.iter().zip(&r).map(|(u, r)| (u - r).max(0.0));
                match s.kind {
                    SolutionKind::MaxWelfare => u.iter().sum(),
                    SolutionKind::Egalitarian => g.fold(f64::INFINITY, f64::min),
                    _ => g.product(),
                }
            };
            if s.kind != SolutionKind::KalaiSmorodinsky {
                let (_, v) = maximize_monotone(&t, &objective, u64::MAX).expect("rational outcomes exist");
                prop_assert!((v - best).abs() <= 1e-9, "{:?} by search: {} vs {}", s.kind, v, best);
            }
        }
        if let Some(nash) = sols.iter().find(|s| s.kind == SolutionKind::Nash) {
            if nash.objective > 1e-9 {
                let (_, u) = nash_by_search(&t, u64::MAX, None).expect("positive Nash exists");
                let prod: f64 = u.iter().zip(&r).map(|(u, r)| u - r).product();
                prop_assert!((prod - nash.objective).abs() <= 1e-9);
            }
        }
    }

    #[test]
    fn logrolls_dominate_and_the_best_is_best(d in domain(), pick in 0u64..1000) {
        let t = d.table();
        let outs = all_outcomes(&t);
        let base_outcome = outs[(pick as usize) % outs.len()].clone();
        let base = t.utilities(&base_outcome);
        let reference: Vec<Option<u32>> = base_outcome.iter().map(|&o| Some(o)).collect();
        let found = logrolls(&t, &base, &reference, 3, u64::MAX);
        prop_assert!(found.exhaustive);
        for tr in &found.trades {
            prop_assert!(dominates(&tr.utilities, &base));
        }
        let best = outs
            .iter()
            .map(|o| t.utilities(o))
            .filter(|u| dominates(u, &base))
            .map(|u| u.iter().zip(&base).map(|(a, b)| a - b).fold(f64::INFINITY, f64::min))
            .fold(f64::NEG_INFINITY, f64::max);
        match found.trades.first() {
            Some(tr) => prop_assert!((tr.min_improvement - best).abs() <= 1e-9),
            None => prop_assert!(best == f64::NEG_INFINITY),
        }
    }

    #[test]
    fn results_do_not_depend_on_issue_or_party_order(d in domain(), rot in 0usize..4) {
        let t = d.table();
        let n = d.reservations.len();
        let m = d.counts.len();
        // Reverse the issues and rotate the parties.
        let issue_perm: Vec<usize> = (0..m).rev().collect();
        let party_perm: Vec<usize> = (0..n).map(|k| (k + rot) % n).collect();
        let e = Domain {
            counts: issue_perm.iter().map(|&i| d.counts[i]).collect(),
            weights: party_perm.iter().map(|&p| issue_perm.iter().map(|&i| d.weights[p][i]).collect()).collect(),
            values: party_perm.iter().map(|&p| issue_perm.iter().map(|&i| d.values[p][i].clone()).collect()).collect(),
            reservations: party_perm.iter().map(|&p| d.reservations[p]).collect(),
        };
        let u = e.table();
        let all: Vec<usize> = (0..n).collect();
        let f1 = pareto_frontier(&t, &all, FrontierLimits::default()).expect("frontier");
        let f2 = pareto_frontier(&u, &all, FrontierLimits::default()).expect("frontier");
        prop_assert_eq!(f1.len(), f2.len());
        // Same set of vectors once parties are mapped back.
        for p in &f2.points {
            let mut back = vec![0.0; n];
            for (k, &orig) in party_perm.iter().enumerate() {
                back[orig] = p.utilities[k];
            }
            prop_assert!(f1.points.iter().any(|q| equal(&q.utilities, &back)));
        }
        let s1 = bargaining_solutions(&f1, t.reservations());
        let s2 = bargaining_solutions(&f2, u.reservations());
        prop_assert_eq!(s1.len(), s2.len());
        for (a, b) in s1.iter().zip(&s2) {
            prop_assert!((a.objective - b.objective).abs() <= 1e-9);
            prop_assert_eq!(a.tied_vectors, b.tied_vectors);
            let mut back = vec![0.0; n];
            for (k, &orig) in party_perm.iter().enumerate() {
                back[orig] = b.utilities[k];
            }
            // Exactly tied optima may be picked differently (with symmetric parties no order-free
            // choice exists), but the permuted choice must be one of the original's optima.
            let among = equal(&a.utilities, &back) || a.ties.iter().any(|t| equal(&t.utilities, &back));
            prop_assert!(among, "{:?}: {:?} vs {:?}", a.kind, a.utilities, back);
        }
        prop_assert_eq!(agreement_zone(&t, u64::MAX).count, agreement_zone(&u, u64::MAX).count);
    }

    #[test]
    fn nash_of_a_symmetric_domain_is_symmetric(
        counts in prop::collection::vec(1usize..=4, 1..=4),
        seed_values in prop::collection::vec(0u8..=4, 16),
        seed_weights in prop::collection::vec(1u8..=3, 4),
        r in 0u8..=3,
    ) {
        // Party 1 sees each issue mirrored (option o is worth what option k-1-o is to party 0),
        // with the same weights and reservation: swapping the parties maps the domain onto itself.
        let m = counts.len();
        let ws: f64 = seed_weights[..m].iter().map(|&x| x as f64).sum();
        let w: Vec<f64> = seed_weights[..m].iter().map(|&x| x as f64 / ws).collect();
        let mut k = 0;
        let v0: Vec<Vec<f64>> = counts
            .iter()
            .map(|&c| {
                let out = (0..c).map(|j| seed_values[(k + j) % 16] as f64 / 4.0).collect();
                k += c;
                out
            })
            .collect();
        let v1: Vec<Vec<f64>> = v0.iter().map(|v| v.iter().rev().copied().collect()).collect();
        let res = r as f64 * 0.1;
        let t = UtilityTable::new(&counts, &[w.clone(), w], &[v0, v1], &[res, res]).expect("valid");
        let f = pareto_frontier(&t, &[0, 1], FrontierLimits::default()).expect("frontier");
        let sols = bargaining_solutions(&f, t.reservations());
        if let Some(nash) = sols.iter().find(|s| s.kind == SolutionKind::Nash) {
            let (a, b) = (nash.utilities[0], nash.utilities[1]);
            // The mirror image is also optimal: equal to the point itself or a tie.
            let mirrored = [b, a];
            let is_self = equal(&mirrored, &nash.utilities);
            let is_tie = f.points.iter().any(|p| {
                equal(&p.utilities, &mirrored)
                    && ((p.utilities[0] - res) * (p.utilities[1] - res) - nash.objective).abs() <= 1e-12
            });
            prop_assert!(is_self || is_tie);
            prop_assert!(nash.tied_vectors >= 1);
            if !is_self {
                prop_assert!(nash.tied_vectors >= 2);
            }
            // The chosen point is the fair one when a symmetric optimum exists (leximin tie-break).
            let symmetric_optimum = f.points.iter().any(|p| {
                (p.utilities[0] - p.utilities[1]).abs() <= UTILITY_TOLERANCE
                    && ((p.utilities[0] - res).max(0.0) * (p.utilities[1] - res).max(0.0) - nash.objective).abs() <= 1e-12
            });
            if symmetric_optimum {
                prop_assert!((a - b).abs() <= UTILITY_TOLERANCE);
            }
        }
    }
}
