//! Exact searches over the outcome space by depth-first branch and bound.
//!
//! Issues are visited in a fixed order; at each node every party's utility so far plus the most
//! (least) the remaining issues can still add bounds what any completion can reach. A subtree is
//! cut only when the bound proves it cannot contain what is sought, and a subtree in which every
//! completion qualifies is counted in one step, so results are exact. Each search has a node
//! budget; when it runs out the result says so instead of guessing.

use serde::Serialize;

use crate::table::{Outcome, UtilityTable, UTILITY_TOLERANCE};

/// Issue order and per-depth bounds shared by the searches.
struct Bounds {
    /// Issues in visiting order.
    order: Vec<usize>,
    /// `suffix_max[t * n + p]`: most party `p` can still gain from issues `order[t..]`.
    suffix_max: Vec<f64>,
    suffix_min: Vec<f64>,
    /// Outcomes in the subtree below depth `t` (saturating).
    suffix_count: Vec<u64>,
    /// Per issue: options in visiting order (most total contribution first).
    option_order: Vec<Vec<u32>>,
}

impl Bounds {
    fn new(table: &UtilityTable) -> Self {
        let n = table.parties();
        let m = table.issues();
        let spread = |i: usize| -> f64 {
            (0..n)
                .map(|p| table.issue_max(p, i) - table.issue_min(p, i))
                .sum()
        };
        let mut order: Vec<usize> = (0..m).collect();
        // Issues that matter most first: bounds tighten fastest.
        order.sort_by(|&a, &b| spread(b).total_cmp(&spread(a)).then(a.cmp(&b)));
        let mut suffix_max = vec![0.0; (m + 1) * n];
        let mut suffix_min = vec![0.0; (m + 1) * n];
        let mut suffix_count = vec![1u64; m + 1];
        for t in (0..m).rev() {
            let i = order[t];
            for p in 0..n {
                suffix_max[t * n + p] = suffix_max[(t + 1) * n + p] + table.issue_max(p, i);
                suffix_min[t * n + p] = suffix_min[(t + 1) * n + p] + table.issue_min(p, i);
            }
            suffix_count[t] = suffix_count[t + 1].saturating_mul(table.options(i) as u64);
        }
        let option_order = (0..m)
            .map(|i| {
                let mut o: Vec<u32> = (0..table.options(i) as u32).collect();
                let score =
                    |o: u32| -> f64 { (0..n).map(|p| table.partial(p, i, o as usize)).sum() };
                o.sort_by(|&a, &b| score(b).total_cmp(&score(a)).then(a.cmp(&b)));
                o
            })
            .collect();
        Bounds {
            order,
            suffix_max,
            suffix_min,
            suffix_count,
            option_order,
        }
    }
}

/// The zone of possible agreement: outcomes every party accepts (utility >= reservation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementZone {
    /// Outcomes acceptable to every party; `None` when the search ran out of budget.
    pub count: Option<u64>,
    /// Per party: smallest and largest utility among those outcomes (`None` if none or unknown).
    pub utility_ranges: Option<Vec<(f64, f64)>>,
    /// Per issue and option: does the option appear in at least one outcome every party accepts?
    /// `None` when the search ran out of budget.
    pub agreement_options: Option<Vec<Vec<bool>>>,
    /// Per issue and option: for every party, choosing this option still leaves the party able to
    /// reach its reservation value with the best options on the other issues (a necessary
    /// condition, checked party by party; always computed).
    pub reachable_options: Vec<Vec<bool>>,
    /// Search nodes visited.
    pub nodes: u64,
}

/// Counts and describes the outcomes every party accepts.
pub fn agreement_zone(table: &UtilityTable, node_budget: u64) -> AgreementZone {
    let n = table.parties();
    let m = table.issues();
    let r = table.reservations();
    let reachable_options: Vec<Vec<bool>> = (0..m)
        .map(|i| {
            (0..table.options(i))
                .map(|o| {
                    (0..n).all(|p| {
                        table.max_utility(p) - table.issue_max(p, i) + table.partial(p, i, o)
                            >= r[p] - UTILITY_TOLERANCE
                    })
                })
                .collect()
        })
        .collect();
    let b = Bounds::new(table);
    let mut z = ZoneSearch {
        table,
        b: &b,
        prefix: vec![0.0; (m + 1) * n],
        choice: vec![0; m],
        count: 0,
        ranges: vec![(f64::INFINITY, f64::NEG_INFINITY); n],
        marks: (0..m).map(|i| vec![false; table.options(i)]).collect(),
        nodes: 0,
        budget: node_budget,
        out_of_budget: false,
    };
    z.visit(0);
    let exact = !z.out_of_budget;
    AgreementZone {
        count: exact.then_some(z.count),
        utility_ranges: (exact && z.count > 0).then_some(z.ranges),
        agreement_options: exact.then_some(z.marks),
        reachable_options,
        nodes: z.nodes,
    }
}

struct ZoneSearch<'a> {
    table: &'a UtilityTable,
    b: &'a Bounds,
    prefix: Vec<f64>,
    choice: Vec<u32>,
    count: u64,
    ranges: Vec<(f64, f64)>,
    marks: Vec<Vec<bool>>,
    nodes: u64,
    budget: u64,
    out_of_budget: bool,
}

impl ZoneSearch<'_> {
    fn visit(&mut self, t: usize) {
        if self.out_of_budget {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.budget {
            self.out_of_budget = true;
            return;
        }
        let n = self.table.parties();
        let r = self.table.reservations();
        let mut all_sure = true;
        for p in 0..n {
            let u = self.prefix[t * n + p];
            if u + self.b.suffix_max[t * n + p] < r[p] - UTILITY_TOLERANCE {
                return;
            }
            if u + self.b.suffix_min[t * n + p] < r[p] - UTILITY_TOLERANCE {
                all_sure = false;
            }
        }
        if all_sure {
            // Every completion is acceptable to everyone.
            self.count = self.count.saturating_add(self.b.suffix_count[t]);
            for p in 0..n {
                let u = self.prefix[t * n + p];
                let lo = u + self.b.suffix_min[t * n + p];
                let hi = u + self.b.suffix_max[t * n + p];
                let range = &mut self.ranges[p];
                range.0 = range.0.min(lo);
                range.1 = range.1.max(hi);
            }
            for s in 0..t {
                self.marks[self.b.order[s]][self.choice[s] as usize] = true;
            }
            for s in t..self.b.order.len() {
                self.marks[self.b.order[s]]
                    .iter_mut()
                    .for_each(|x| *x = true);
            }
            return;
        }
        let i = self.b.order[t];
        for k in 0..self.b.option_order[i].len() {
            let o = self.b.option_order[i][k];
            for p in 0..n {
                self.prefix[(t + 1) * n + p] =
                    self.prefix[t * n + p] + self.table.partial(p, i, o as usize);
            }
            self.choice[t] = o;
            self.visit(t + 1);
        }
    }
}

/// A trade that leaves every party at least as well off as a reference and someone better off.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Logroll {
    pub outcome: Outcome,
    pub utilities: Vec<f64>,
    /// Utility minus the reference's utility, per party.
    pub improvements: Vec<f64>,
    /// The smallest improvement (the ranking key).
    pub min_improvement: f64,
    /// Product of the improvements (second key).
    pub improvement_product: f64,
    /// Issues whose option differs from the reference (an open issue counts as changed).
    pub changed_issues: usize,
}

/// Outcomes that Pareto-dominate a reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogrollSearch {
    /// Best first: largest smallest improvement, then largest product of improvements, then
    /// fewest issues changed.
    pub trades: Vec<Logroll>,
    /// False when the node budget ran out (the list is then the best found, not proven best).
    pub exhaustive: bool,
    pub nodes: u64,
}

/// Finds the `top` best outcomes that dominate `base` utilities (per party). `reference` is the
/// reference outcome per issue (`None` for an issue it leaves open) used to count changes.
pub fn logrolls(
    table: &UtilityTable,
    base: &[f64],
    reference: &[Option<u32>],
    top: usize,
    node_budget: u64,
) -> LogrollSearch {
    let n = table.parties();
    let m = table.issues();
    let b = Bounds::new(table);
    let mut s = LogrollFinder {
        table,
        b: &b,
        base,
        reference,
        top,
        prefix: vec![0.0; (m + 1) * n],
        choice: vec![0; m],
        found: Vec::with_capacity(top + 1),
        nodes: 0,
        budget: node_budget,
        out_of_budget: false,
    };
    if top > 0 {
        s.visit(0);
    }
    LogrollSearch {
        trades: s.found,
        exhaustive: !s.out_of_budget,
        nodes: s.nodes,
    }
}

struct LogrollFinder<'a> {
    table: &'a UtilityTable,
    b: &'a Bounds,
    base: &'a [f64],
    reference: &'a [Option<u32>],
    top: usize,
    prefix: Vec<f64>,
    choice: Vec<u32>,
    found: Vec<Logroll>,
    nodes: u64,
    budget: u64,
    out_of_budget: bool,
}

impl LogrollFinder<'_> {
    fn threshold(&self) -> Option<f64> {
        (self.found.len() >= self.top).then(|| self.found[self.found.len() - 1].min_improvement)
    }

    fn visit(&mut self, t: usize) {
        if self.out_of_budget {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.budget {
            self.out_of_budget = true;
            return;
        }
        let n = self.table.parties();
        let mut bound = f64::INFINITY;
        for p in 0..n {
            let best = self.prefix[t * n + p] + self.b.suffix_max[t * n + p] - self.base[p];
            if best < -UTILITY_TOLERANCE {
                return;
            }
            bound = bound.min(best);
        }
        if let Some(th) = self.threshold() {
            if bound < th - UTILITY_TOLERANCE {
                return;
            }
        }
        let m = self.b.order.len();
        if t == m {
            self.leaf();
            return;
        }
        let i = self.b.order[t];
        for k in 0..self.b.option_order[i].len() {
            let o = self.b.option_order[i][k];
            for p in 0..n {
                self.prefix[(t + 1) * n + p] =
                    self.prefix[t * n + p] + self.table.partial(p, i, o as usize);
            }
            self.choice[t] = o;
            self.visit(t + 1);
        }
    }

    fn leaf(&mut self) {
        let m = self.b.order.len();
        let mut outcome = vec![0u32; m];
        for t in 0..m {
            outcome[self.b.order[t]] = self.choice[t];
        }
        let utilities = self.table.utilities(&outcome);
        let improvements: Vec<f64> = utilities
            .iter()
            .zip(self.base)
            .map(|(u, b)| u - b)
            .collect();
        if improvements.iter().any(|x| *x < -UTILITY_TOLERANCE)
            || improvements.iter().all(|x| *x <= UTILITY_TOLERANCE)
        {
            return;
        }
        let min_improvement = improvements.iter().copied().fold(f64::INFINITY, f64::min);
        let improvement_product = improvements.iter().map(|x| x.max(0.0)).product();
        let changed_issues = outcome
            .iter()
            .zip(self.reference)
            .filter(|(o, r)| **r != Some(**o))
            .count();
        let cand = Logroll {
            outcome,
            utilities,
            improvements,
            min_improvement,
            improvement_product,
            changed_issues,
        };
        let pos = self
            .found
            .iter()
            .position(|f| better(&cand, f))
            .unwrap_or(self.found.len());
        if pos < self.top {
            self.found.insert(pos, cand);
            self.found.truncate(self.top);
        }
    }
}

fn better(a: &Logroll, b: &Logroll) -> bool {
    if a.min_improvement > b.min_improvement + UTILITY_TOLERANCE {
        return true;
    }
    if a.min_improvement < b.min_improvement - UTILITY_TOLERANCE {
        return false;
    }
    if a.improvement_product > b.improvement_product * (1.0 + 1e-9) + 1e-15 {
        return true;
    }
    if a.improvement_product < b.improvement_product * (1.0 - 1e-9) - 1e-15 {
        return false;
    }
    (a.changed_issues, &a.outcome) < (b.changed_issues, &b.outcome)
}

/// The Nash bargaining outcome by branch and bound (maximises the sum of log gains over outcomes
/// where every party gains strictly). Returns `None` when no such outcome exists or the budget
/// ran out. Used for Monte Carlo draws, where building the whole frontier each time would be
/// wasteful. `hint` (e.g. the Nash outcome of the point estimates) seeds the incumbent.
///
/// Two bounds cut the tree, and the smaller is used: each party's best completion on its own
/// (`Σ ln(best gain_p)`), and the tangent of the concave logarithm at the incumbent's gains
/// `g⁰`: `Σ ln g_p ≤ Σ (ln g⁰_p − 1 + g_p / g⁰_p)`, whose right side is a weighted sum of
/// utilities and so is maximised issue by issue. The tangent bound is tight near the optimum,
/// which is what makes opposed (zero-sum-like) domains tractable.
pub fn nash_by_search(
    table: &UtilityTable,
    node_budget: u64,
    hint: Option<&[u32]>,
) -> Option<(Outcome, Vec<f64>)> {
    let n = table.parties();
    let m = table.issues();
    let b = Bounds::new(table);
    let mut s = NashFinder {
        table,
        b: &b,
        prefix: vec![0.0; (m + 1) * n],
        choice: vec![0; m],
        best: f64::NEG_INFINITY,
        best_choice: None,
        lambda: vec![0.0; n],
        tangent_const: 0.0,
        tangent_suffix: vec![0.0; m + 1],
        nodes: 0,
        budget: node_budget,
        out_of_budget: false,
    };
    if let Some(h) = hint.filter(|h| h.len() == m) {
        let mut choice = vec![0u32; m];
        let mut valid = true;
        for t in 0..m {
            let o = h[b.order[t]];
            valid &= (o as usize) < table.options(b.order[t]);
            choice[t] = o;
        }
        if valid {
            let u = table.utilities(h);
            let r = table.reservations();
            if u.iter().zip(r).all(|(u, r)| u - r > UTILITY_TOLERANCE) {
                s.set_incumbent(&u, choice);
            }
        }
    }
    s.visit(0);
    if s.out_of_budget {
        return None;
    }
    let choice = s.best_choice?;
    let mut outcome = vec![0u32; m];
    for t in 0..m {
        outcome[b.order[t]] = choice[t];
    }
    let u = table.utilities(&outcome);
    Some((outcome, u))
}

struct NashFinder<'a> {
    table: &'a UtilityTable,
    b: &'a Bounds,
    prefix: Vec<f64>,
    choice: Vec<u32>,
    best: f64,
    best_choice: Option<Vec<u32>>,
    /// `1 / g⁰_p` of the incumbent.
    lambda: Vec<f64>,
    /// `Σ_p (ln g⁰_p − 1 − λ_p r_p)`.
    tangent_const: f64,
    /// `tangent_suffix[t]`: `Σ_{s ≥ t} max_o Σ_p λ_p · partial(p, order[s], o)`.
    tangent_suffix: Vec<f64>,
    nodes: u64,
    budget: u64,
    out_of_budget: bool,
}

impl NashFinder<'_> {
    fn set_incumbent(&mut self, utilities: &[f64], choice: Vec<u32>) {
        let r = self.table.reservations();
        let n = self.table.parties();
        self.best = utilities.iter().zip(r).map(|(u, r)| (u - r).ln()).sum();
        self.best_choice = Some(choice);
        self.tangent_const = 0.0;
        for p in 0..n {
            let g = utilities[p] - r[p];
            self.lambda[p] = 1.0 / g;
            self.tangent_const += g.ln() - 1.0 - self.lambda[p] * r[p];
        }
        let m = self.b.order.len();
        self.tangent_suffix[m] = 0.0;
        for t in (0..m).rev() {
            let i = self.b.order[t];
            let best = (0..self.table.options(i))
                .map(|o| {
                    (0..n)
                        .map(|p| self.lambda[p] * self.table.partial(p, i, o))
                        .sum::<f64>()
                })
                .fold(f64::NEG_INFINITY, f64::max);
            self.tangent_suffix[t] = self.tangent_suffix[t + 1] + best;
        }
    }

    fn visit(&mut self, t: usize) {
        if self.out_of_budget {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.budget {
            self.out_of_budget = true;
            return;
        }
        let n = self.table.parties();
        let r = self.table.reservations();
        let mut bound = 0.0;
        for p in 0..n {
            let g = self.prefix[t * n + p] + self.b.suffix_max[t * n + p] - r[p];
            if g <= UTILITY_TOLERANCE {
                return;
            }
            bound += g.ln();
        }
        if self.best_choice.is_some() {
            let mut tangent = self.tangent_const + self.tangent_suffix[t];
            for p in 0..n {
                tangent += self.lambda[p] * self.prefix[t * n + p];
            }
            bound = bound.min(tangent);
        }
        if bound < self.best + 1e-12 {
            return;
        }
        let m = self.b.order.len();
        if t == m {
            // At a leaf the first bound is the exact objective.
            let u: Vec<f64> = (0..n).map(|p| self.prefix[t * n + p]).collect();
            let choice = self.choice.clone();
            self.set_incumbent(&u, choice);
            return;
        }
        let i = self.b.order[t];
        for k in 0..self.b.option_order[i].len() {
            let o = self.b.option_order[i][k];
            for p in 0..n {
                self.prefix[(t + 1) * n + p] =
                    self.prefix[t * n + p] + self.table.partial(p, i, o as usize);
            }
            self.choice[t] = o;
            self.visit(t + 1);
        }
    }
}

/// Maximises `objective(utilities)` over outcomes every party accepts, by branch and bound.
/// `objective` must not decrease when any utility grows (true of sums, products of gains and
/// minimum gains), so its value at "prefix + the most each party can still gain" bounds a
/// subtree. Returns the first optimum found and its value; `None` when no outcome is acceptable
/// to all or the budget ran out. Ties are not enumerated.
pub fn maximize_monotone(
    table: &UtilityTable,
    objective: &dyn Fn(&[f64]) -> f64,
    node_budget: u64,
) -> Option<(Outcome, f64)> {
    let n = table.parties();
    let m = table.issues();
    let b = Bounds::new(table);
    let mut s = MonotoneFinder {
        table,
        b: &b,
        objective,
        prefix: vec![0.0; (m + 1) * n],
        scratch: vec![0.0; n],
        choice: vec![0; m],
        best: f64::NEG_INFINITY,
        best_choice: None,
        nodes: 0,
        budget: node_budget,
        out_of_budget: false,
    };
    s.visit(0);
    if s.out_of_budget {
        return None;
    }
    let choice = s.best_choice?;
    let mut outcome = vec![0u32; m];
    for t in 0..m {
        outcome[b.order[t]] = choice[t];
    }
    Some((outcome, s.best))
}

struct MonotoneFinder<'a> {
    table: &'a UtilityTable,
    b: &'a Bounds,
    objective: &'a dyn Fn(&[f64]) -> f64,
    prefix: Vec<f64>,
    scratch: Vec<f64>,
    choice: Vec<u32>,
    best: f64,
    best_choice: Option<Vec<u32>>,
    nodes: u64,
    budget: u64,
    out_of_budget: bool,
}

impl MonotoneFinder<'_> {
    fn visit(&mut self, t: usize) {
        if self.out_of_budget {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.budget {
            self.out_of_budget = true;
            return;
        }
        let n = self.table.parties();
        let r = self.table.reservations();
        for p in 0..n {
            let ub = self.prefix[t * n + p] + self.b.suffix_max[t * n + p];
            if ub < r[p] - UTILITY_TOLERANCE {
                return;
            }
            self.scratch[p] = ub;
        }
        let bound = (self.objective)(&self.scratch);
        if self.best_choice.is_some() && bound < self.best + 1e-12 {
            return;
        }
        let m = self.b.order.len();
        if t == m {
            // At a leaf the bound is the objective itself.
            self.best = bound;
            self.best_choice = Some(self.choice.clone());
            return;
        }
        let i = self.b.order[t];
        for k in 0..self.b.option_order[i].len() {
            let o = self.b.option_order[i][k];
            for p in 0..n {
                self.prefix[(t + 1) * n + p] =
                    self.prefix[t * n + p] + self.table.partial(p, i, o as usize);
            }
            self.choice[t] = o;
            self.visit(t + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two parties with opposed values on three issues of three options, reservations 0.4.
    fn opposed() -> UtilityTable {
        let a = vec![vec![1.0, 0.5, 0.0]; 3];
        let b = vec![vec![0.0, 0.5, 1.0]; 3];
        UtilityTable::new(
            &[3, 3, 3],
            &[vec![0.5, 0.3, 0.2], vec![0.2, 0.3, 0.5]],
            &[a, b],
            &[0.4, 0.4],
        )
        .expect("valid")
    }

    #[test]
    fn zone_budget_exhaustion_is_reported_not_guessed() {
        let t = opposed();
        let full = agreement_zone(&t, u64::MAX);
        assert!(full.count.is_some_and(|c| c > 0 && c < 27));
        let cut = agreement_zone(&t, 3);
        assert_eq!(cut.count, None);
        assert_eq!(cut.agreement_options, None);
        assert_eq!(cut.utility_ranges, None);
        assert_eq!(cut.reachable_options, full.reachable_options);
    }

    #[test]
    fn logrolls_from_a_poor_deal_trade_across_issues() {
        let t = opposed();
        // Both parties get the middle option everywhere: 0.5 each. Party 0 cares most about
        // issue 0 and party 1 about issue 2, so giving each its own priority beats it.
        let middle = [1u32, 1, 1];
        let base = t.utilities(&middle);
        let reference: Vec<Option<u32>> = middle.iter().map(|&o| Some(o)).collect();
        let found = logrolls(&t, &base, &reference, 3, u64::MAX);
        assert!(found.exhaustive);
        let best = &found.trades[0];
        assert_eq!(best.outcome[0], 0);
        assert_eq!(best.outcome[2], 2);
        assert!(best.min_improvement > 0.0);
        let cut = logrolls(&t, &base, &reference, 3, 2);
        assert!(!cut.exhaustive);
    }

    #[test]
    fn nash_search_finds_the_logroll_and_respects_hints() {
        let t = opposed();
        let (o, u) = nash_by_search(&t, u64::MAX, None).expect("positive gains exist");
        let (o2, u2) = nash_by_search(&t, u64::MAX, Some(&[1, 1, 1])).expect("same");
        assert_eq!(u, u2);
        assert_eq!(o[0], 0);
        assert_eq!(o2[2], 2);
        // Nobody can gain: no Nash outcome.
        let hopeless = UtilityTable::new(
            &[2],
            &[vec![1.0], vec![1.0]],
            &[vec![vec![1.0, 0.0]], vec![vec![0.0, 1.0]]],
            &[0.5, 0.5],
        )
        .expect("valid");
        assert!(nash_by_search(&hopeless, u64::MAX, None).is_none());
    }
}
