//! Monte Carlo robustness: redraw every uncertain number, re-evaluate, count.
//!
//! Each draw gets its own ChaCha stream (`seed`, stream = draw index), so results depend on the
//! seed and the number of draws only, never on how rayon splits the work; counts are integers
//! added up, so the reduction order does not matter either.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Normal};
use rayon::prelude::*;
use serde::Serialize;

use crate::error::AnalysisError;
use crate::proposals::{evaluate_proposal, ProposalTerms};
use crate::search::nash_by_search;
use crate::table::{Outcome, UtilityTable};

/// The distribution of one uncertain number.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Spread {
    /// Uniform on `[lo, hi]`.
    Uniform { lo: f64, hi: f64 },
    /// Normal around the point value.
    Normal { sd: f64 },
}

/// Where a drawn number goes. A drawn value replaces the point value by adding
/// `coefficient · (draw − point value)`, which for a piecewise-linear value function moves every
/// grid option in proportion to its interpolation weight on the uncertain breakpoint.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Weight {
        party: usize,
        issue: usize,
    },
    Value {
        party: usize,
        issue: usize,
        option: usize,
        coefficient: f64,
    },
    Reservation {
        party: usize,
    },
}

/// One uncertain number of the scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UncertainNumber {
    pub value: f64,
    pub spread: Spread,
    pub effects: Vec<Effect>,
}

/// Settings of a robustness run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RobustnessConfig {
    pub draws: u64,
    pub seed: u64,
    /// Whether to find the Nash outcome in each draw.
    pub nash: bool,
    /// Branch-and-bound node budget for each draw's Nash search.
    pub nash_node_budget: u64,
}

impl Default for RobustnessConfig {
    fn default() -> Self {
        RobustnessConfig {
            draws: 2000,
            seed: 42,
            nash: true,
            nash_node_budget: 5_000_000,
        }
    }
}

/// How often each outcome was the Nash solution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NashFrequency {
    pub outcome: Outcome,
    pub draws: u64,
    pub share: f64,
}

/// Results of a robustness run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Robustness {
    pub draws: u64,
    pub seed: u64,
    pub uncertain_numbers: usize,
    /// `[proposal][party]`: share of draws in which the party accepts the proposal.
    pub acceptance: Vec<Vec<f64>>,
    /// Per proposal: share of draws in which every party accepts it.
    pub acceptance_by_all: Vec<f64>,
    /// Nash outcomes, most frequent first (ties by outcome).
    pub nash_frequency: Vec<NashFrequency>,
    /// Draws without a Nash outcome (no outcome gives every party a positive gain, or the search
    /// budget ran out).
    pub nash_undefined: u64,
}

#[derive(Default)]
struct Tally {
    accepted: Vec<u64>,
    accepted_by_all: Vec<u64>,
    nash: BTreeMap<Outcome, u64>,
    nash_undefined: u64,
}

impl Tally {
    fn merge(mut self, other: Tally) -> Tally {
        if self.accepted.is_empty() {
            self.accepted = other.accepted;
            self.accepted_by_all = other.accepted_by_all;
        } else if !other.accepted.is_empty() {
            for (a, b) in self.accepted.iter_mut().zip(&other.accepted) {
                *a += b;
            }
            for (a, b) in self.accepted_by_all.iter_mut().zip(&other.accepted_by_all) {
                *a += b;
            }
        }
        for (k, v) in other.nash {
            *self.nash.entry(k).or_insert(0) += v;
        }
        self.nash_undefined += other.nash_undefined;
        self
    }
}

/// Draws one value of `spread` around `value`, clamped to the numbers' meaningful range by the
/// caller.
fn draw(rng: &mut ChaCha8Rng, value: f64, spread: Spread) -> f64 {
    match spread {
        Spread::Uniform { lo, hi } => {
            if hi > lo {
                rng.gen_range(lo..=hi)
            } else {
                lo
            }
        }
        Spread::Normal { sd } => match Normal::new(value, sd.abs()) {
            Ok(d) => d.sample(rng),
            Err(_) => value,
        },
    }
}

/// Redraws `table`'s uncertain numbers into `scratch` (a copy of `table`).
fn perturb(
    base: &UtilityTable,
    scratch: &mut UtilityTable,
    numbers: &[UncertainNumber],
    rng: &mut ChaCha8Rng,
) {
    let m = base.issues();
    let t = base.total_options();
    let n = base.parties();
    let (bw, bv, br) = base.raw();
    let (w, v, r) = scratch.raw_mut();
    w.copy_from_slice(bw);
    v.copy_from_slice(bv);
    r.copy_from_slice(br);
    for u in numbers {
        let delta = draw(rng, u.value, u.spread) - u.value;
        for e in &u.effects {
            match *e {
                Effect::Weight { party, issue } => w[party * m + issue] += delta,
                Effect::Value {
                    party,
                    issue,
                    option,
                    coefficient,
                } => v[party * t + base.flat_index(issue, option)] += coefficient * delta,
                Effect::Reservation { party } => r[party] += delta,
            }
        }
    }
    for x in v.iter_mut() {
        *x = x.clamp(0.0, 1.0);
    }
    for x in r.iter_mut() {
        *x = x.clamp(0.0, 1.0);
    }
    // Weights stay non-negative and keep the point estimate's total.
    for p in 0..n {
        let row = &mut w[p * m..(p + 1) * m];
        row.iter_mut().for_each(|x| *x = x.max(0.0));
        let s: f64 = row.iter().sum();
        if s > 0.0 {
            let k = bw[p * m..(p + 1) * m].iter().sum::<f64>() / s;
            row.iter_mut().for_each(|x| *x *= k);
        }
    }
    scratch.refresh();
}

/// Runs the Monte Carlo. `progress(done, total)` is called from worker threads as draws finish.
pub fn robustness(
    table: &UtilityTable,
    numbers: &[UncertainNumber],
    proposals: &[ProposalTerms],
    config: RobustnessConfig,
    progress: Option<&(dyn Fn(u64, u64) + Sync)>,
) -> Result<Robustness, AnalysisError> {
    for u in numbers {
        for e in &u.effects {
            let ok = match *e {
                Effect::Weight { party, issue } => {
                    party < table.parties() && issue < table.issues()
                }
                Effect::Value {
                    party,
                    issue,
                    option,
                    ..
                } => {
                    party < table.parties()
                        && issue < table.issues()
                        && option < table.options(issue)
                }
                Effect::Reservation { party } => party < table.parties(),
            };
            if !ok {
                return Err(AnalysisError::Shape(format!(
                    "uncertain number refers to a missing party, issue or option: {e:?}"
                )));
            }
        }
    }
    let n = table.parties();
    let np = proposals.len();
    let base_nash = if config.nash {
        nash_by_search(table, config.nash_node_budget, None).map(|(o, _)| o)
    } else {
        None
    };
    let done = AtomicU64::new(0);
    let total = config.draws;
    let tally = (0..config.draws)
        .into_par_iter()
        .fold(
            || (Tally::default(), table.clone()),
            |(mut tally, mut scratch), k| {
                if tally.accepted.is_empty() {
                    tally.accepted = vec![0; np * n];
                    tally.accepted_by_all = vec![0; np];
                }
                let mut rng = ChaCha8Rng::seed_from_u64(config.seed);
                rng.set_stream(k);
                perturb(table, &mut scratch, numbers, &mut rng);
                for (j, terms) in proposals.iter().enumerate() {
                    let e = evaluate_proposal(&scratch, terms);
                    for p in 0..n {
                        if e.acceptable[p] {
                            tally.accepted[j * n + p] += 1;
                        }
                    }
                    if e.acceptable_to_all() {
                        tally.accepted_by_all[j] += 1;
                    }
                }
                if config.nash {
                    match nash_by_search(&scratch, config.nash_node_budget, base_nash.as_deref()) {
                        Some((o, _)) => *tally.nash.entry(o).or_insert(0) += 1,
                        None => tally.nash_undefined += 1,
                    }
                }
                let d = done.fetch_add(1, Ordering::Relaxed) + 1;
                if let Some(f) = progress {
                    f(d, total);
                }
                (tally, scratch)
            },
        )
        .map(|(t, _)| t)
        .reduce(Tally::default, Tally::merge);
    let draws = config.draws.max(1) as f64;
    let acceptance = (0..np)
        .map(|j| {
            (0..n)
                .map(|p| tally.accepted.get(j * n + p).copied().unwrap_or(0) as f64 / draws)
                .collect()
        })
        .collect();
    let acceptance_by_all = (0..np)
        .map(|j| tally.accepted_by_all.get(j).copied().unwrap_or(0) as f64 / draws)
        .collect();
    let mut nash_frequency: Vec<NashFrequency> = tally
        .nash
        .into_iter()
        .map(|(outcome, c)| NashFrequency {
            outcome,
            draws: c,
            share: c as f64 / draws,
        })
        .collect();
    nash_frequency.sort_by(|a, b| {
        b.draws
            .cmp(&a.draws)
            .then_with(|| a.outcome.cmp(&b.outcome))
    });
    Ok(Robustness {
        draws: config.draws,
        seed: config.seed,
        uncertain_numbers: numbers.len(),
        acceptance,
        acceptance_by_all,
        nash_frequency,
        nash_undefined: tally.nash_undefined,
    })
}
