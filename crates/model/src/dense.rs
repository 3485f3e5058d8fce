//! A dense numeric view of a scenario for analysis code: every issue as a list of options,
//! every party's values, weights and reservation as plain arrays.
//!
//! Numeric issues are discretised on a grid: the points `min, min+step, ..., max` when the
//! range has a `step` giving at most [`MAX_GRID_POINTS`] points, otherwise
//! [`DEFAULT_GRID_POINTS`] evenly spaced points; to that grid are added every breakpoint of
//! any party's piecewise-linear function that lies inside the range and every number a
//! proposal names (so each proposal is exactly an outcome of the grid). Points are sorted and
//! deduplicated. An integer issue (`integer = true`) only ever gets integer points: breakpoints
//! between integers are left out and the evenly spaced points are rounded. Exact values at
//! any other number come from [`Scenario::numeric_value`].

use std::collections::BTreeMap;

use crate::estimate::{Estimate, Uncertainty};
use crate::scenario::{IssueDomain, NumericRange, Scenario, Term, ValueFunction};

/// Grid size for numeric issues without a usable `step`.
pub const DEFAULT_GRID_POINTS: usize = 11;
/// Largest grid a `step` may produce; beyond it the default grid is used.
pub const MAX_GRID_POINTS: usize = 1001;

/// One option of an issue in the dense view.
#[derive(Debug, Clone, PartialEq)]
pub struct DenseOption {
    /// The option id (discrete) or the number written in shortest form (numeric).
    pub id: String,
    pub label: String,
    /// The number, for numeric issues.
    pub x: Option<f64>,
}

/// A proposal mapped onto option indices.
#[derive(Debug, Clone, PartialEq)]
pub struct DenseProposal {
    pub id: String,
    pub name: String,
    /// True for the "no deal" proposal (every party gets its reservation).
    pub no_deal: bool,
    /// Per issue: the option index the proposal chooses, or `None` when it leaves the issue open
    /// (or names something unknown; validated scenarios never do).
    pub choices: Vec<Option<usize>>,
}

/// Dense arrays indexed `[party][issue][option]` in scenario order.
#[derive(Debug, Clone, PartialEq)]
pub struct DenseScenario {
    pub parties: Vec<String>,
    pub issues: Vec<String>,
    /// `[issue][option]`.
    pub options: Vec<Vec<DenseOption>>,
    /// `[party][issue][option]`, value in [0, 1] (missing values are 0).
    pub values: Vec<Vec<Vec<f64>>>,
    /// `[party][issue][option]`: uncertainty of each value. For numeric grids it is
    /// interpolated from the two neighbouring breakpoints (see `docs/scenario.md`).
    pub value_uncertainty: Vec<Vec<Vec<Option<Uncertainty>>>>,
    /// `[party][issue]` (missing weights are 0).
    pub weights: Vec<Vec<f64>>,
    pub weight_uncertainty: Vec<Vec<Option<Uncertainty>>>,
    /// `[party]`.
    pub reservations: Vec<f64>,
    pub reservation_uncertainty: Vec<Option<Uncertainty>>,
    pub proposals: Vec<DenseProposal>,
}

impl DenseScenario {
    /// Additive utility of a complete outcome (one option index per issue) for party `p`.
    pub fn utility(&self, p: usize, outcome: &[usize]) -> f64 {
        self.weights[p]
            .iter()
            .zip(&self.values[p])
            .zip(outcome)
            .map(|((w, vals), &o)| w * vals.get(o).copied().unwrap_or(0.0))
            .sum()
    }

    /// Number of complete outcomes (product of option counts), saturating at `u128::MAX`.
    pub fn outcome_count(&self) -> u128 {
        self.options
            .iter()
            .fold(1u128, |acc, o| acc.saturating_mul(o.len() as u128))
    }
}

impl Scenario {
    pub fn party_index(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.id == id)
    }

    pub fn issue_index(&self, id: &str) -> Option<usize> {
        self.issues.iter().position(|i| i.id == id)
    }

    pub fn party(&self, id: &str) -> Option<&crate::Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn issue(&self, id: &str) -> Option<&crate::Issue> {
        self.issues.iter().find(|i| i.id == id)
    }

    pub fn proposal(&self, id: &str) -> Option<&crate::Proposal> {
        self.proposals.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&crate::Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Weight of `issue` for `party` (point value).
    pub fn weight(&self, party: &str, issue: &str) -> Option<f64> {
        self.preferences
            .get(party)?
            .weights
            .get(issue)
            .map(|e| e.value)
    }

    /// Reservation (walk-away) utility of `party` (point value).
    pub fn reservation(&self, party: &str) -> Option<f64> {
        self.preferences.get(party).map(|p| p.reservation.value)
    }

    /// Value in [0, 1] that `party` gives to settling `issue` at `term` (an option id, or a number
    /// for numeric issues, evaluated exactly on the piecewise-linear function).
    pub fn value(&self, party: &str, issue: &str, term: &Term) -> Option<f64> {
        let iss = self.issue(issue)?;
        match (&iss.domain, term) {
            (IssueDomain::Numeric(_), Term::Number(x)) => self.numeric_value(party, issue, *x),
            (IssueDomain::Discrete { .. }, Term::Option(o)) => self.option_value(party, issue, o),
            (IssueDomain::Discrete { .. }, Term::Number(x)) => {
                let id = format_number(*x);
                self.option_value(party, issue, &id)
            }
            (IssueDomain::Numeric(_), Term::Option(o)) => {
                let x: f64 = o.trim().parse().ok()?;
                self.numeric_value(party, issue, x)
            }
        }
    }

    /// Value of option `option` of discrete `issue` for `party`.
    pub fn option_value(&self, party: &str, issue: &str, option: &str) -> Option<f64> {
        match self.preferences.get(party)?.values.get(issue)? {
            ValueFunction::Discrete(m) => m.get(option).map(|e| e.value),
            ValueFunction::Piecewise(_) => None,
        }
    }

    /// Exact value of number `x` on numeric `issue` for `party`.
    pub fn numeric_value(&self, party: &str, issue: &str, x: f64) -> Option<f64> {
        match self.preferences.get(party)?.values.get(issue)? {
            ValueFunction::Piecewise(f) => f.eval(x),
            ValueFunction::Discrete(_) => None,
        }
    }

    /// Weighted value of the issues `terms` settles, for `party`; issues left open add nothing.
    pub fn partial_utility(&self, party: &str, terms: &BTreeMap<String, Term>) -> Option<f64> {
        let prefs = self.preferences.get(party)?;
        let mut u = 0.0;
        for (issue, term) in terms {
            let w = prefs.weights.get(issue).map(|e| e.value).unwrap_or(0.0);
            if w != 0.0 {
                u += w * self.value(party, issue, term)?;
            }
        }
        Some(u)
    }

    /// The grid a numeric issue is discretised on in [`Scenario::dense`].
    pub fn numeric_grid(&self, issue: &str) -> Vec<f64> {
        let Some(iss) = self.issue(issue) else {
            return Vec::new();
        };
        let Some(range) = iss.range() else {
            return Vec::new();
        };
        let mut grid = base_grid(range);
        let inside = |x: f64| x.is_finite() && x >= range.min && x <= range.max;
        // An integer issue's options are integers: a breakpoint such as 3.75 is not a bid.
        let breakpoint = |x: f64| inside(x) && (!range.integer || x == x.trunc());
        for prefs in self.preferences.values() {
            if let Some(ValueFunction::Piecewise(f)) = prefs.values.get(issue) {
                grid.extend(f.points.iter().map(|p| p.0).filter(|&x| breakpoint(x)));
            }
        }
        for p in &self.proposals {
            if let Some(Term::Number(x)) = p.terms.get(issue) {
                if inside(*x) {
                    grid.push(*x);
                }
            }
        }
        grid.sort_by(f64::total_cmp);
        grid.dedup_by(|a, b| (*a - *b).abs() <= 1e-12 * (1.0 + b.abs()));
        grid
    }

    /// The dense numeric view (see the module docs for how numeric issues are discretised).
    pub fn dense(&self) -> DenseScenario {
        let options: Vec<Vec<DenseOption>> = self
            .issues
            .iter()
            .map(|iss| match &iss.domain {
                IssueDomain::Discrete { options, .. } => options
                    .iter()
                    .map(|o| DenseOption {
                        id: o.id.clone(),
                        label: o.label.clone(),
                        x: None,
                    })
                    .collect(),
                IssueDomain::Numeric(r) => self
                    .numeric_grid(&iss.id)
                    .into_iter()
                    .map(|x| {
                        let id = format_number(x);
                        let label = if r.unit.is_empty() {
                            id.clone()
                        } else {
                            format!("{id} {}", r.unit)
                        };
                        DenseOption {
                            id,
                            label,
                            x: Some(x),
                        }
                    })
                    .collect(),
            })
            .collect();

        let np = self.parties.len();
        let mut values = Vec::with_capacity(np);
        let mut value_uncertainty = Vec::with_capacity(np);
        let mut weights = Vec::with_capacity(np);
        let mut weight_uncertainty = Vec::with_capacity(np);
        let mut reservations = Vec::with_capacity(np);
        let mut reservation_uncertainty = Vec::with_capacity(np);
        let empty = crate::Preferences::default();
        for party in &self.parties {
            let prefs = self.preferences.get(&party.id).unwrap_or(&empty);
            let mut pv = Vec::with_capacity(self.issues.len());
            let mut pu = Vec::with_capacity(self.issues.len());
            let mut pw = Vec::with_capacity(self.issues.len());
            let mut pwu = Vec::with_capacity(self.issues.len());
            for (ii, iss) in self.issues.iter().enumerate() {
                let w = prefs.weights.get(&iss.id);
                pw.push(w.map(|e| e.value).unwrap_or(0.0));
                pwu.push(w.and_then(|e| e.uncertainty));
                let opts = &options[ii];
                let (v, u): (Vec<f64>, Vec<Option<Uncertainty>>) = match prefs.values.get(&iss.id) {
                    Some(ValueFunction::Discrete(m)) => opts
                        .iter()
                        .map(|o| match m.get(&o.id) {
                            Some(e) => (e.value, e.uncertainty),
                            None => (0.0, None),
                        })
                        .unzip(),
                    Some(ValueFunction::Piecewise(f)) => opts
                        .iter()
                        .map(|o| {
                            let x = o.x.unwrap_or(f64::NAN);
                            (
                                f.eval(x).unwrap_or(0.0),
                                interpolated_uncertainty(&f.points, x),
                            )
                        })
                        .unzip(),
                    None => (vec![0.0; opts.len()], vec![None; opts.len()]),
                };
                pv.push(v);
                pu.push(u);
            }
            values.push(pv);
            value_uncertainty.push(pu);
            weights.push(pw);
            weight_uncertainty.push(pwu);
            reservations.push(prefs.reservation.value);
            reservation_uncertainty.push(prefs.reservation.uncertainty);
        }

        let proposals = self
            .proposals
            .iter()
            .map(|p| DenseProposal {
                id: p.id.clone(),
                name: p.name.clone(),
                no_deal: p.no_deal,
                choices: self
                    .issues
                    .iter()
                    .enumerate()
                    .map(|(ii, iss)| {
                        let term = p.terms.get(&iss.id)?;
                        let opts = &options[ii];
                        match term {
                            Term::Option(o) => opts.iter().position(|d| &d.id == o),
                            Term::Number(x) => opts.iter().position(|d| match d.x {
                                Some(dx) => (dx - x).abs() <= 1e-12 * (1.0 + x.abs()),
                                None => d.id == format_number(*x),
                            }),
                        }
                    })
                    .collect(),
            })
            .collect();

        DenseScenario {
            parties: self.parties.iter().map(|p| p.id.clone()).collect(),
            issues: self.issues.iter().map(|i| i.id.clone()).collect(),
            options,
            values,
            value_uncertainty,
            weights,
            weight_uncertainty,
            reservations,
            reservation_uncertainty,
            proposals,
        }
    }
}

fn base_grid(r: &NumericRange) -> Vec<f64> {
    if !(r.min.is_finite() && r.max.is_finite()) || r.max < r.min {
        return Vec::new();
    }
    if r.max == r.min {
        return vec![r.min];
    }
    if let Some(step) = r.step {
        if step.is_finite() && step > 0.0 {
            let n = ((r.max - r.min) / step + 1e-9).floor();
            if n.is_finite() && n + 1.0 <= MAX_GRID_POINTS as f64 {
                let n = n as usize;
                let mut g: Vec<f64> = (0..=n).map(|k| r.min + step * k as f64).collect();
                if g.last().is_some_and(|&l| l < r.max) {
                    g.push(r.max);
                }
                return g;
            }
        }
    }
    if r.integer && r.max - r.min < MAX_GRID_POINTS as f64 {
        let (lo, hi) = (r.min.ceil() as i64, r.max.floor() as i64);
        return (lo..=hi).map(|k| k as f64).collect();
    }
    let n = DEFAULT_GRID_POINTS - 1;
    let mut g: Vec<f64> = (0..=n)
        .map(|k| r.min + (r.max - r.min) * k as f64 / n as f64)
        .collect();
    if r.integer {
        // Too many integers to list: the evenly spaced points rounded to integers inside.
        g = g
            .into_iter()
            .map(f64::round)
            .filter(|x| *x >= r.min && *x <= r.max)
            .collect();
        g.dedup();
    }
    g
}

/// Uncertainty of the interpolated value at `x`: standard deviations interpolate linearly when
/// both neighbours give one; ranges (a standard deviation counts as ±2 sd, none as a point)
/// interpolate their bounds otherwise.
fn interpolated_uncertainty(points: &[(f64, Estimate)], x: f64) -> Option<Uncertainty> {
    let first = points.first()?;
    let last = points.last()?;
    if x.is_nan() {
        return None;
    }
    if x <= first.0 {
        return first.1.uncertainty;
    }
    if x >= last.0 {
        return last.1.uncertainty;
    }
    let w = points.windows(2).find(|w| x >= w[0].0 && x <= w[1].0)?;
    let (x0, e0) = (w[0].0, &w[0].1);
    let (x1, e1) = (w[1].0, &w[1].1);
    if e0.uncertainty.is_none() && e1.uncertainty.is_none() {
        return None;
    }
    let t = if x1 > x0 { (x - x0) / (x1 - x0) } else { 1.0 };
    if let (Some(Uncertainty::Sd(a)), Some(Uncertainty::Sd(b))) = (e0.uncertainty, e1.uncertainty) {
        return Some(Uncertainty::Sd(a + t * (b - a)));
    }
    let (lo0, hi0) = e0.interval();
    let (lo1, hi1) = e1.interval();
    Some(Uncertainty::Range {
        lo: lo0 + t * (lo1 - lo0),
        hi: hi0 + t * (hi1 - hi0),
    })
}

/// Shortest decimal form of a number, without a trailing `.0` for whole numbers.
pub(crate) fn format_number(x: f64) -> String {
    if x.is_finite() && x == x.trunc() && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::PiecewiseLinear;

    fn range(min: f64, max: f64, step: Option<f64>) -> NumericRange {
        NumericRange {
            min,
            max,
            unit: String::new(),
            step,
            integer: false,
        }
    }

    #[test]
    fn base_grid_forms() {
        assert_eq!(
            base_grid(&range(0.0, 10.0, Some(5.0))),
            vec![0.0, 5.0, 10.0]
        );
        // A step that does not divide the width still ends at max.
        assert_eq!(
            base_grid(&range(0.0, 10.0, Some(4.0))),
            vec![0.0, 4.0, 8.0, 10.0]
        );
        assert_eq!(base_grid(&range(0.0, 1.0, None)).len(), DEFAULT_GRID_POINTS);
        // Too fine a step falls back to the default grid.
        assert_eq!(
            base_grid(&range(0.0, 1.0, Some(1e-6))).len(),
            DEFAULT_GRID_POINTS
        );
        assert!(base_grid(&range(1.0, 0.0, None)).is_empty());
        assert!(base_grid(&range(f64::NAN, 0.0, None)).is_empty());
    }

    #[test]
    fn piecewise_evaluation_is_flat_outside() {
        let f = PiecewiseLinear {
            points: vec![(10.0, Estimate::exact(0.2)), (20.0, Estimate::exact(1.0))],
        };
        assert_eq!(f.eval(0.0), Some(0.2));
        assert_eq!(f.eval(15.0), Some(0.6000000000000001));
        assert_eq!(f.eval(30.0), Some(1.0));
        assert_eq!(f.eval(f64::NAN), None);
        assert_eq!(PiecewiseLinear { points: vec![] }.eval(1.0), None);
    }

    #[test]
    fn uncertainty_interpolates() {
        let pts = vec![
            (0.0, Estimate::with_sd(0.0, 0.1)),
            (10.0, Estimate::with_sd(1.0, 0.3)),
            (20.0, Estimate::with_range(0.5, 0.4, 0.6)),
        ];
        match interpolated_uncertainty(&pts, 5.0) {
            Some(Uncertainty::Sd(sd)) => assert!((sd - 0.2).abs() < 1e-12),
            other => panic!("{other:?}"),
        }
        // Between an sd (±2 sd interval [0.4, 1.6]) and a range [0.4, 0.6].
        match interpolated_uncertainty(&pts, 15.0) {
            Some(Uncertainty::Range { lo, hi }) => {
                assert!((lo - 0.4).abs() < 1e-12);
                assert!((hi - 1.1).abs() < 1e-12);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            interpolated_uncertainty(&[(0.0, Estimate::exact(1.0))], 3.0),
            None
        );
    }

    #[test]
    fn numbers_format_without_trailing_zero() {
        assert_eq!(format_number(600.0), "600");
        assert_eq!(format_number(37.5), "37.5");
        assert_eq!(format_number(-2.0), "-2");
    }
}
