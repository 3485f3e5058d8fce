//! Forecasts under uncertainty: Monte Carlo over the uncertain inputs (capabilities,
//! positions, saliences), seeded and parallel (rayon). Draw `k` uses its own ChaCha8 stream
//! seeded from (seed, k), so results do not depend on the number of threads.
use crate::{Forecast, ForecastError, ForecastOptions, ModelKind, Stakeholders};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution as _, Normal};
use rayon::prelude::*;
use serde::Serialize;

/// How uncertain one number is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Spread {
    Exact,
    /// Normal noise with this standard deviation.
    Sd(f64),
    /// Uniform in [lo, hi].
    Range(f64, f64),
}

impl Spread {
    fn draw(self, value: f64, rng: &mut ChaCha8Rng) -> f64 {
        match self {
            Spread::Exact => value,
            Spread::Sd(sd) if sd > 0.0 && sd.is_finite() => match Normal::new(value, sd) {
                Ok(n) => n.sample(rng),
                Err(_) => value,
            },
            Spread::Sd(_) => value,
            Spread::Range(lo, hi) if hi > lo => rng.gen_range(lo..=hi),
            Spread::Range(..) => value,
        }
    }
}

/// The uncertainty of every input number of a [`Stakeholders`] table.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    /// Per actor (actor-level capability).
    pub capability: Vec<Spread>,
    /// Per cell (actor-major, like `Stakeholders::cells`); capability of the cell follows
    /// the actor's draw proportionally.
    pub position: Vec<Spread>,
    pub salience: Vec<Spread>,
}

impl Uncertainty {
    /// Relative noise on capabilities and saliences (sd = jitter × value), positions exact.
    pub fn relative(data: &Stakeholders, jitter: f64) -> Self {
        let j = jitter.abs();
        Uncertainty {
            capability: data.capability.iter().map(|c| Spread::Sd(j * c)).collect(),
            position: vec![Spread::Exact; data.cells.len()],
            salience: data
                .cells
                .iter()
                .map(|c| c.map_or(Spread::Exact, |c| Spread::Sd(j * c.salience)))
                .collect(),
        }
    }

    /// One perturbed copy of the table.
    pub fn sample(&self, data: &Stakeholders, rng: &mut ChaCha8Rng) -> Stakeholders {
        let mut out = data.clone();
        let ni = data.n_issues();
        for a in 0..data.n_actors() {
            let c0 = data.capability[a];
            let c1 = self
                .capability
                .get(a)
                .map_or(c0, |s| s.draw(c0, rng))
                .max(c0 * 1e-3)
                .max(1e-9);
            out.capability[a] = c1;
            let factor = if c0 > 0.0 { c1 / c0 } else { 1.0 };
            for i in 0..ni {
                let k = a * ni + i;
                if let Some(cell) = out.cells[k].as_mut() {
                    cell.capability *= factor;
                    let sc = &data.issues[i];
                    let p = self
                        .position
                        .get(k)
                        .map_or(cell.position, |s| s.draw(cell.position, rng));
                    cell.position = p.clamp(sc.lower.min(sc.upper), sc.upper.max(sc.lower));
                    let s = self
                        .salience
                        .get(k)
                        .map_or(cell.salience, |s| s.draw(cell.salience, rng));
                    cell.salience = s.clamp(0.0, 1.0);
                }
            }
            // SMP needs an actor's saliences to total at most 1.
            let total: f64 = (0..ni)
                .filter_map(|i| out.cells[a * ni + i].map(|c| c.salience))
                .sum();
            if total > 1.0 {
                for i in 0..ni {
                    if let Some(c) = out.cells[a * ni + i].as_mut() {
                        c.salience /= total;
                    }
                }
            }
        }
        out
    }
}

/// The distribution of one issue's forecast (the final round's weighted mean) over draws.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Distribution {
    pub draws: usize,
    pub mean: f64,
    pub sd: f64,
    pub q05: f64,
    pub q25: f64,
    pub q50: f64,
    pub q75: f64,
    pub q95: f64,
}

impl Distribution {
    pub fn from_samples(mut v: Vec<f64>) -> Option<Self> {
        v.retain(|x| x.is_finite());
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let mean = v.iter().sum::<f64>() / n as f64;
        let var = v.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n.max(2) - 1) as f64;
        let q = |p: f64| {
            let h = p * (n - 1) as f64;
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            v[lo] + (h - lo as f64) * (v[hi] - v[lo])
        };
        Some(Distribution {
            draws: n,
            mean,
            sd: var.sqrt(),
            q05: q(0.05),
            q25: q(0.25),
            q50: q(0.5),
            q75: q(0.75),
            q95: q(0.95),
        })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct MonteCarloSummary {
    pub draws: usize,
    pub seed: u64,
    /// What varied: "scenario estimates" or "relative jitter".
    pub source: String,
}

/// Final weighted-mean position of each issue for `draws` perturbed inputs.
pub fn final_means(
    kind: ModelKind,
    data: &Stakeholders,
    opts: &ForecastOptions,
    spec: &Uncertainty,
    draws: usize,
    seed: u64,
) -> Result<Vec<Vec<f64>>, ForecastError> {
    let per_draw: Vec<Result<Vec<f64>, ForecastError>> = (0..draws)
        .into_par_iter()
        .map(|k| {
            let mut rng =
                ChaCha8Rng::seed_from_u64(seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let sample = spec.sample(data, &mut rng);
            let mut o = opts.clone();
            o.seed = opts.seed.wrapping_add(k as u64);
            let f = crate::run(kind, &sample, &o)?;
            Ok(f.issues
                .iter()
                .map(|i| i.rounds.last().map_or(f64::NAN, |r| r.mean))
                .collect())
        })
        .collect();
    let mut by_issue = vec![Vec::with_capacity(draws); data.n_issues()];
    for d in per_draw {
        for (i, v) in d?.into_iter().enumerate() {
            if let Some(slot) = by_issue.get_mut(i) {
                slot.push(v);
            }
        }
    }
    Ok(by_issue)
}

/// Adds a distribution of the final position to every issue of `forecast`.
pub fn attach(
    forecast: &mut Forecast,
    kind: ModelKind,
    data: &Stakeholders,
    opts: &ForecastOptions,
    spec: &Uncertainty,
    draws: usize,
    seed: u64,
) -> Result<(), ForecastError> {
    let by_issue = final_means(kind, data, opts, spec, draws, seed)?;
    for (issue, samples) in forecast.issues.iter_mut().zip(by_issue) {
        issue.distribution = Distribution::from_samples(samples);
    }
    let varied = spec.position.iter().any(|s| *s != Spread::Exact);
    forecast.monte_carlo = Some(MonteCarloSummary {
        draws,
        seed,
        source: if varied {
            "scenario estimates"
        } else {
            "capabilities and saliences"
        }
        .to_string(),
    });
    Ok(())
}
