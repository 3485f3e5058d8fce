//! Bargaining solutions, read off the all-party Pareto frontier.
//!
//! Every solution here is computed over individually rational outcomes (each party's utility at
//! least its reservation value, the disagreement point). Each one either maximises a function
//! that strictly increases when any party gains (Nash product with positive gains, utilitarian
//! sum) or is refined lexicographically (leximin), so an optimum is always a Pareto-optimal
//! vector and scanning the exact frontier is exact. The frontier of individually rational
//! outcomes is the all-party frontier restricted to them (anything dominating an individually
//! rational outcome is individually rational too).

use std::cmp::Ordering;

use serde::Serialize;

use crate::frontier::ParetoFrontier;
use crate::table::{Outcome, TIE_TOLERANCE, UTILITY_TOLERANCE};

/// Which bargaining solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SolutionKind {
    /// Maximises the product of gains over reservation values.
    Nash,
    /// Maximises the smallest gain measured as a share of the party's ideal gain.
    KalaiSmorodinsky,
    /// Maximises the smallest gain (leximin).
    Egalitarian,
    /// Maximises the sum of utilities.
    MaxWelfare,
}

impl SolutionKind {
    pub const ALL: [SolutionKind; 4] = [
        SolutionKind::Nash,
        SolutionKind::KalaiSmorodinsky,
        SolutionKind::Egalitarian,
        SolutionKind::MaxWelfare,
    ];

    /// Stable identifier used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            SolutionKind::Nash => "nash",
            SolutionKind::KalaiSmorodinsky => "kalai_smorodinsky",
            SolutionKind::Egalitarian => "egalitarian",
            SolutionKind::MaxWelfare => "max_welfare",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            SolutionKind::Nash => "Nash bargaining",
            SolutionKind::KalaiSmorodinsky => "Kalai-Smorodinsky",
            SolutionKind::Egalitarian => "egalitarian",
            SolutionKind::MaxWelfare => "utilitarian (max welfare)",
        }
    }

    /// The definition used, in words.
    pub fn definition(self) -> &'static str {
        match self {
            SolutionKind::Nash => {
                "maximises the product of gains (utility minus reservation value) over outcomes \
                 where every gain is >= 0; ties broken by leximin of the gains"
            }
            SolutionKind::KalaiSmorodinsky => {
                "maximises min_p gain_p / (ideal_p - reservation_p), where ideal_p is party p's \
                 best utility among outcomes every party accepts (parties with ideal = \
                 reservation are left out); ties broken by leximin of those ratios"
            }
            SolutionKind::Egalitarian => {
                "maximises the smallest gain over reservation values, then the next smallest \
                 (leximin), over outcomes every party accepts"
            }
            SolutionKind::MaxWelfare => {
                "maximises the sum of utilities over outcomes every party accepts; ties broken \
                 by leximin of the gains"
            }
        }
    }
}

/// A tied optimum other than the chosen one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TiedPoint {
    pub utilities: Vec<f64>,
    pub outcome: Outcome,
    pub multiplicity: u64,
}

/// One bargaining solution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Solution {
    pub kind: SolutionKind,
    pub outcome: Outcome,
    pub utilities: Vec<f64>,
    /// Utility minus reservation value, per party.
    pub gains: Vec<f64>,
    /// The maximised quantity (product, ratio, smallest gain or sum).
    pub objective: f64,
    /// Distinct utility vectors reaching the same objective (within 1e-12), the chosen one included.
    pub tied_vectors: usize,
    /// Outcomes reaching the optimum (sum of multiplicities of the tied vectors; saturating).
    pub tied_outcomes: u64,
    /// The first few other tied vectors.
    pub ties: Vec<TiedPoint>,
}

/// How many tied alternatives to list.
const LISTED_TIES: usize = 5;

/// Computes the four solutions from an all-party frontier (`frontier.parties` must list every
/// party of the table, in any order; `reservations` follow the table's party order). Returns an
/// empty list when no outcome is acceptable to every party.
pub fn bargaining_solutions(frontier: &ParetoFrontier, reservations: &[f64]) -> Vec<Solution> {
    let d = frontier.parties.len();
    let r: Vec<f64> = frontier.parties.iter().map(|&p| reservations[p]).collect();
    let rational: Vec<usize> = (0..frontier.points.len())
        .filter(|&k| {
            frontier.points[k]
                .utilities
                .iter()
                .zip(&r)
                .all(|(u, r)| *u >= *r - UTILITY_TOLERANCE)
        })
        .collect();
    if rational.is_empty() {
        return Vec::new();
    }
    let gains: Vec<Vec<f64>> = rational
        .iter()
        .map(|&k| {
            frontier.points[k]
                .utilities
                .iter()
                .zip(&r)
                .map(|(u, r)| (u - r).max(0.0))
                .collect()
        })
        .collect();
    let mut ideal = vec![f64::NEG_INFINITY; d];
    for g in &gains {
        for (i, x) in g.iter().enumerate() {
            ideal[i] = ideal[i].max(*x);
        }
    }
    SolutionKind::ALL
        .iter()
        .map(|&kind| {
            // (primary objective, refinement vector) per rational point.
            let scored: Vec<(f64, Vec<f64>)> = gains
                .iter()
                .map(|g| match kind {
                    SolutionKind::Nash => (g.iter().product(), sorted(g.clone())),
                    SolutionKind::MaxWelfare => (
                        g.iter().zip(&r).map(|(g, r)| g + r).sum(),
                        sorted(g.clone()),
                    ),
                    SolutionKind::Egalitarian => {
                        let s = sorted(g.clone());
                        (s[0], s)
                    }
                    SolutionKind::KalaiSmorodinsky => {
                        let ratios: Vec<f64> = g
                            .iter()
                            .zip(&ideal)
                            .filter(|(_, i)| **i > UTILITY_TOLERANCE)
                            .map(|(g, i)| g / i)
                            .collect();
                        let s = sorted(ratios);
                        (s.first().copied().unwrap_or(1.0), s)
                    }
                })
                .collect();
            let best = scored.iter().map(|s| s.0).fold(f64::NEG_INFINITY, f64::max);
            let tied: Vec<usize> = (0..scored.len())
                .filter(|&k| scored[k].0 >= best - TIE_TOLERANCE)
                .collect();
            // Leximin among the tied; the frontier's own order breaks remaining ties.
            let mut chosen = tied[0];
            for &k in &tied[1..] {
                if leximin_cmp(&scored[k].1, &scored[chosen].1) == Ordering::Greater {
                    chosen = k;
                }
            }
            let point = &frontier.points[rational[chosen]];
            let tied_outcomes = tied.iter().fold(0u64, |acc, &k| {
                acc.saturating_add(frontier.points[rational[k]].multiplicity)
            });
            let ties = tied
                .iter()
                .filter(|&&k| k != chosen)
                .take(LISTED_TIES)
                .map(|&k| {
                    let p = &frontier.points[rational[k]];
                    TiedPoint {
                        utilities: p.utilities.clone(),
                        outcome: p.outcome.clone(),
                        multiplicity: p.multiplicity,
                    }
                })
                .collect();
            Solution {
                kind,
                outcome: point.outcome.clone(),
                utilities: point.utilities.clone(),
                gains: gains[chosen].clone(),
                objective: scored[chosen].0,
                tied_vectors: tied.len(),
                tied_outcomes,
                ties,
            }
        })
        .collect()
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

/// Compares ascending-sorted vectors lexicographically with tolerance.
fn leximin_cmp(a: &[f64], b: &[f64]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if *x > *y + UTILITY_TOLERANCE {
            return Ordering::Greater;
        }
        if *x < *y - UTILITY_TOLERANCE {
            return Ordering::Less;
        }
    }
    Ordering::Equal
}
