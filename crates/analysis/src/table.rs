//! The dense numeric core: every party's additive utility over a product of discrete issues,
//! stored as flat arrays so hot loops index plain `f64` slices.

use crate::error::AnalysisError;

/// Utilities of all parties over a finite, multi-issue outcome space.
///
/// Issue `i` has `k_i` options; an outcome picks one option per issue (an index vector, read as a
/// mixed-radix number). Party `p`'s utility of outcome `o` is `Σ_i w[p][i] · v[p][i][o_i]`.
///
/// Layout: options of all issues are numbered consecutively ("flat option index":
/// `offset[i] + o`). `partial[p * total_options + flat]` holds `w[p][i] · v[p][i][o]`, the
/// contribution of that option to the party's utility, so evaluating an outcome is one add per
/// issue and nothing is allocated.
#[derive(Debug, Clone, PartialEq)]
pub struct UtilityTable {
    parties: usize,
    option_counts: Vec<usize>,
    offsets: Vec<usize>,
    total_options: usize,
    weights: Vec<f64>,
    values: Vec<f64>,
    partial: Vec<f64>,
    reservations: Vec<f64>,
}

/// Outcome = one option index per issue.
pub type Outcome = Vec<u32>;

impl UtilityTable {
    /// Builds a table from weights `weights[p][i]`, option values `values[p][i][o]` and
    /// reservation values `reservations[p]`. Values and weights are used as given (no
    /// renormalisation): GENIUS domains whose weights sum to slightly more than 1 keep their
    /// semantics.
    pub fn new(
        option_counts: &[usize],
        weights: &[Vec<f64>],
        values: &[Vec<Vec<f64>>],
        reservations: &[f64],
    ) -> Result<Self, AnalysisError> {
        let parties = reservations.len();
        if parties == 0 {
            return Err(AnalysisError::Shape("no parties".into()));
        }
        if weights.len() != parties || values.len() != parties {
            return Err(AnalysisError::Shape(format!(
                "{} reservations but {} weight rows and {} value rows",
                parties,
                weights.len(),
                values.len()
            )));
        }
        if option_counts.contains(&0) {
            return Err(AnalysisError::Shape("an issue has no options".into()));
        }
        if option_counts.iter().any(|&k| k > u32::MAX as usize) {
            return Err(AnalysisError::Shape("an issue has too many options".into()));
        }
        let mut offsets = Vec::with_capacity(option_counts.len() + 1);
        let mut total = 0usize;
        for &k in option_counts {
            offsets.push(total);
            total += k;
        }
        offsets.push(total);
        let issues = option_counts.len();
        let mut w = vec![0.0; parties * issues];
        let mut v = vec![0.0; parties * total];
        for p in 0..parties {
            if weights[p].len() != issues || values[p].len() != issues {
                return Err(AnalysisError::Shape(format!(
                    "party {p}: {} weights and {} value lists for {issues} issues",
                    weights[p].len(),
                    values[p].len()
                )));
            }
            for i in 0..issues {
                w[p * issues + i] = weights[p][i];
                if values[p][i].len() != option_counts[i] {
                    return Err(AnalysisError::Shape(format!(
                        "party {p}, issue {i}: {} values for {} options",
                        values[p][i].len(),
                        option_counts[i]
                    )));
                }
                for (o, &x) in values[p][i].iter().enumerate() {
                    v[p * total + offsets[i] + o] = x;
                }
            }
        }
        let mut t = UtilityTable {
            parties,
            option_counts: option_counts.to_vec(),
            offsets,
            total_options: total,
            weights: w,
            values: v,
            partial: vec![0.0; parties * total],
            reservations: reservations.to_vec(),
        };
        if let Some(bad) = t
            .weights
            .iter()
            .chain(&t.values)
            .chain(&t.reservations)
            .find(|x| !x.is_finite())
        {
            return Err(AnalysisError::NotFinite(*bad));
        }
        t.recompute_partials();
        Ok(t)
    }

    fn recompute_partials(&mut self) {
        let m = self.issues();
        for p in 0..self.parties {
            for i in 0..m {
                let w = self.weights[p * m + i];
                for f in self.offsets[i]..self.offsets[i + 1] {
                    let idx = p * self.total_options + f;
                    self.partial[idx] = w * self.values[idx];
                }
            }
        }
    }

    pub fn parties(&self) -> usize {
        self.parties
    }
    pub fn issues(&self) -> usize {
        self.option_counts.len()
    }
    pub fn option_counts(&self) -> &[usize] {
        &self.option_counts
    }
    pub fn options(&self, issue: usize) -> usize {
        self.option_counts[issue]
    }
    pub fn reservations(&self) -> &[f64] {
        &self.reservations
    }
    pub fn reservation(&self, party: usize) -> f64 {
        self.reservations[party]
    }
    pub fn weight(&self, party: usize, issue: usize) -> f64 {
        self.weights[party * self.issues() + issue]
    }
    pub fn value(&self, party: usize, issue: usize, option: usize) -> f64 {
        self.values[party * self.total_options + self.offsets[issue] + option]
    }

    /// `w[p][i] · v[p][i][o]`: what choosing option `o` on issue `i` adds to party `p`'s utility.
    #[inline]
    pub fn partial(&self, party: usize, issue: usize, option: usize) -> f64 {
        self.partial[party * self.total_options + self.offsets[issue] + option]
    }

    /// The contributions of all options of `issue` for `party`, indexed by option.
    #[inline]
    pub fn partials(&self, party: usize, issue: usize) -> &[f64] {
        let base = party * self.total_options;
        &self.partial[base + self.offsets[issue]..base + self.offsets[issue + 1]]
    }

    /// Number of outcomes, or `None` when it does not fit in a `u64`.
    pub fn outcome_count(&self) -> Option<u64> {
        self.option_counts
            .iter()
            .try_fold(1u64, |acc, &k| acc.checked_mul(k as u64))
    }

    /// Party `p`'s utility of `outcome`.
    pub fn utility(&self, party: usize, outcome: &[u32]) -> f64 {
        let base = party * self.total_options;
        outcome
            .iter()
            .enumerate()
            .map(|(i, &o)| self.partial[base + self.offsets[i] + o as usize])
            .sum()
    }

    /// Every party's utility of `outcome`, written into `out` (length = parties).
    pub fn utilities_into(&self, outcome: &[u32], out: &mut [f64]) {
        for (p, u) in out.iter_mut().enumerate() {
            *u = self.utility(p, outcome);
        }
    }

    pub fn utilities(&self, outcome: &[u32]) -> Vec<f64> {
        let mut u = vec![0.0; self.parties];
        self.utilities_into(outcome, &mut u);
        u
    }

    /// Largest contribution of `issue` to party `p`.
    pub fn issue_max(&self, party: usize, issue: usize) -> f64 {
        self.partials(party, issue)
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max)
    }

    /// Smallest contribution of `issue` to party `p`.
    pub fn issue_min(&self, party: usize, issue: usize) -> f64 {
        self.partials(party, issue)
            .iter()
            .copied()
            .fold(f64::INFINITY, f64::min)
    }

    /// Mean contribution of `issue` to party `p` (all options equally likely).
    pub fn issue_mean(&self, party: usize, issue: usize) -> f64 {
        let s = self.partials(party, issue);
        s.iter().sum::<f64>() / s.len() as f64
    }

    /// Best utility party `p` can get at all.
    pub fn max_utility(&self, party: usize) -> f64 {
        (0..self.issues()).map(|i| self.issue_max(party, i)).sum()
    }

    /// The same table with only the listed parties, in that order.
    pub fn restrict_parties(&self, keep: &[usize]) -> Result<Self, AnalysisError> {
        if let Some(&bad) = keep.iter().find(|&&p| p >= self.parties) {
            return Err(AnalysisError::Shape(format!("no party {bad}")));
        }
        let m = self.issues();
        let t = self.total_options;
        let mut out = UtilityTable {
            parties: keep.len(),
            option_counts: self.option_counts.clone(),
            offsets: self.offsets.clone(),
            total_options: t,
            weights: Vec::with_capacity(keep.len() * m),
            values: Vec::with_capacity(keep.len() * t),
            partial: Vec::with_capacity(keep.len() * t),
            reservations: keep.iter().map(|&p| self.reservations[p]).collect(),
        };
        for &p in keep {
            out.weights
                .extend_from_slice(&self.weights[p * m..(p + 1) * m]);
            out.values
                .extend_from_slice(&self.values[p * t..(p + 1) * t]);
            out.partial
                .extend_from_slice(&self.partial[p * t..(p + 1) * t]);
        }
        if keep.is_empty() {
            return Err(AnalysisError::Shape("no parties".into()));
        }
        Ok(out)
    }

    /// Mutable access for Monte Carlo draws: weights `[p * issues + i]`, values
    /// `[p * total_options + flat]`, reservations. Call [`UtilityTable::refresh`] afterwards.
    pub(crate) fn raw_mut(&mut self) -> (&mut [f64], &mut [f64], &mut [f64]) {
        (&mut self.weights, &mut self.values, &mut self.reservations)
    }

    /// Read access matching [`UtilityTable::raw_mut`].
    pub(crate) fn raw(&self) -> (&[f64], &[f64], &[f64]) {
        (&self.weights, &self.values, &self.reservations)
    }

    /// Flat index of option `o` of issue `i` (into the per-party value block).
    pub fn flat_index(&self, issue: usize, option: usize) -> usize {
        self.offsets[issue] + option
    }

    pub fn total_options(&self) -> usize {
        self.total_options
    }

    /// Recomputes the cached contributions after the raw numbers changed.
    pub(crate) fn refresh(&mut self) {
        self.recompute_partials();
    }

    /// Decodes the `index`-th outcome in mixed radix (last issue fastest) into `out`.
    pub fn decode_outcome(&self, mut index: u64, out: &mut [u32]) {
        for i in (0..self.issues()).rev() {
            let k = self.option_counts[i] as u64;
            out[i] = (index % k) as u32;
            index /= k;
        }
    }
}

/// Values closer than this are treated as equal: utilities are sums of a few products of numbers
/// in [0, 1], so floating-point noise is around 1e-15 while real differences in any scenario a
/// person writes are far larger.
pub const UTILITY_TOLERANCE: f64 = 1e-9;

/// Objective values (Nash products, minimum gains, sums) closer than this count as ties.
pub const TIE_TOLERANCE: f64 = 1e-12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utilities_are_weighted_sums() {
        let t = UtilityTable::new(
            &[2, 3],
            &[vec![0.25, 0.75], vec![0.5, 0.5]],
            &[
                vec![vec![1.0, 0.0], vec![0.0, 0.5, 1.0]],
                vec![vec![0.0, 1.0], vec![1.0, 0.5, 0.0]],
            ],
            &[0.1, 0.2],
        )
        .expect("valid");
        assert_eq!(t.outcome_count(), Some(6));
        assert!((t.utility(0, &[0, 1]) - (0.25 + 0.375)).abs() < 1e-15);
        assert!((t.utility(1, &[1, 2]) - 0.5).abs() < 1e-15);
        let mut o = [0u32; 2];
        t.decode_outcome(5, &mut o);
        assert_eq!(o, [1, 2]);
        assert!((t.max_utility(1) - 1.0).abs() < 1e-15);
        let r = t.restrict_parties(&[1]).expect("valid");
        assert_eq!(r.parties(), 1);
        assert_eq!(r.reservations(), &[0.2]);
    }

    #[test]
    fn bad_shapes_and_numbers_are_errors() {
        let v = vec![vec![vec![1.0, 0.0]]];
        assert!(UtilityTable::new(&[2], &[vec![1.0]], &v, &[]).is_err());
        assert!(UtilityTable::new(&[3], &[vec![1.0]], &v, &[0.0]).is_err());
        assert!(UtilityTable::new(&[0], &[vec![1.0]], &[vec![vec![]]], &[0.0]).is_err());
        assert!(UtilityTable::new(&[2], &[vec![f64::NAN]], &v, &[0.0]).is_err());
        assert!(UtilityTable::new(&[2], &[vec![1.0]], &v, &[f64::INFINITY]).is_err());
        assert!(UtilityTable::new(&[2], &[vec![1.0, 0.0]], &v, &[0.0]).is_err());
    }
}
