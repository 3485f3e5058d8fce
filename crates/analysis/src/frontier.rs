//! Exact Pareto frontiers of additive multi-issue outcome spaces, without enumerating the
//! product space.
//!
//! Utilities are additive over independent issues, so the utility vector of an outcome is the
//! sum of one contribution vector per issue: the outcome space's vectors are the Minkowski sum
//! of the per-issue sets. If an outcome is Pareto-optimal, then so is its restriction to any
//! subset of issues within that subset's sum (otherwise replacing that part by a dominating
//! partial outcome would dominate the whole). Hence
//! `frontier(A + B) = frontier(frontier(A) + frontier(B))`, and the frontier can be built issue
//! by issue: keep the frontier of the issues merged so far, add each point of the next issue's
//! frontier, prune dominated sums. Nothing is sampled and nothing that can reach the final
//! frontier is ever dropped.
//!
//! For two parties the pruning is a sorted sweep: the shifted copies of the current frontier are
//! each sorted by the first utility, a k-way merge streams all sums in that order and a point is
//! kept when its second utility beats everything seen before. For three or more parties the sums
//! are pruned by sort-filter-skyline (sort by the sum of utilities, which no dominating point can
//! have smaller, then compare each candidate with the points kept so far).
//!
//! Each kept point remembers which point of the previous step and which option of the merged
//! issue produced it (two `u32`), so one witness outcome per frontier point is rebuilt at the end
//! by walking back through the steps. Points that coincide (within [`UTILITY_TOLERANCE`]) are
//! merged and their outcome counts added, so `multiplicity` says how many outcomes share a
//! frontier vector.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use serde::Serialize;

use crate::error::AnalysisError;
use crate::table::{Outcome, UtilityTable, UTILITY_TOLERANCE};

/// Guards against frontiers too large to hold in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrontierLimits {
    /// Most points (kept frontier points, or candidate sums for three or more parties) held at
    /// any step.
    pub max_points: usize,
    /// Most pairwise dominance tests (three or more parties), a bound on running time: about
    /// 1.5 s per 1e9 on one core.
    pub max_comparisons: u64,
    /// Most bytes held by the points, back-pointers and witness outcomes of one frontier.
    /// `max_points` alone does not bound memory: with thousands of issues each kept point
    /// costs a back-pointer per step and a full outcome at the end.
    pub max_bytes: u64,
}

impl Default for FrontierLimits {
    fn default() -> Self {
        FrontierLimits {
            max_points: 12_000_000,
            max_comparisons: 1_500_000_000,
            max_bytes: 2 << 30,
        }
    }
}

/// One non-dominated utility vector.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrontierPoint {
    /// Utilities in the order of [`ParetoFrontier::parties`].
    pub utilities: Vec<f64>,
    /// One outcome (option index per issue) with these utilities.
    pub outcome: Outcome,
    /// How many outcomes have these utilities (saturates at `u64::MAX`).
    pub multiplicity: u64,
}

/// The exact Pareto frontier of a set of parties: the distinct non-dominated utility vectors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParetoFrontier {
    /// Party indices (into the utility table) the utilities refer to.
    pub parties: Vec<usize>,
    /// Sorted by the first party's utility, descending (then the next party's, descending).
    pub points: Vec<FrontierPoint>,
}

impl ParetoFrontier {
    pub fn len(&self) -> usize {
        self.points.len()
    }
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

/// `a` is at least as good as `b` for every coordinate, within tolerance.
#[inline]
fn weakly_dominates(a: &[f64], b: &[f64]) -> bool {
    a.iter().zip(b).all(|(x, y)| *x >= *y - UTILITY_TOLERANCE)
}

#[inline]
fn nearly_equal(a: &[f64], b: &[f64]) -> bool {
    a.iter()
        .zip(b)
        .all(|(x, y)| (*x - *y).abs() <= UTILITY_TOLERANCE)
}

/// A set of points being merged: flat coordinates (`d` per point) and outcome counts.
struct PointSet {
    d: usize,
    coords: Vec<f64>,
    counts: Vec<u64>,
}

impl PointSet {
    fn len(&self) -> usize {
        self.counts.len()
    }
    fn point(&self, i: usize) -> &[f64] {
        &self.coords[i * self.d..(i + 1) * self.d]
    }
}

/// Back-pointers of one merge step: for each kept point, the point of the previous step and the
/// option of the merged issue that produced it.
struct Step {
    issue: usize,
    parent: Vec<u32>,
    option: Vec<u32>,
}

/// Non-dominated subset of `points` (indices, sorted as documented on [`ParetoFrontier`]) with
/// counts of coinciding points added up. Works for any dimension; used for per-issue sets and
/// for the candidate sums of three or more parties.
fn skyline(points: &PointSet, comparisons: &mut u64) -> Result<Vec<(usize, u64)>, AnalysisError> {
    let d = points.d;
    let n = points.len();
    let mut order: Vec<usize> = (0..n).collect();
    let sums: Vec<f64> = (0..n).map(|i| points.point(i).iter().sum()).collect();
    order.sort_by(|&a, &b| {
        sums[b]
            .total_cmp(&sums[a])
            .then_with(|| lex_desc(points.point(a), points.point(b)))
    });
    let mut kept: Vec<(usize, u64)> = Vec::new();
    let mut kept_coords: Vec<f64> = Vec::new();
    let limit = *comparisons;
    let mut used = 0u64;
    'candidates: for &c in &order {
        let pc = points.point(c);
        used += kept.len() as u64;
        if used > limit {
            return Err(AnalysisError::TooLarge {
                what: "dominance tests for the frontier",
                needed: used,
                limit,
            });
        }
        for (k, chunk) in kept_coords.chunks_exact(d).enumerate() {
            if weakly_dominates(chunk, pc) {
                if nearly_equal(chunk, pc) {
                    kept[k].1 = kept[k].1.saturating_add(points.counts[c]);
                }
                continue 'candidates;
            }
        }
        kept.push((c, points.counts[c]));
        kept_coords.extend_from_slice(pc);
    }
    kept.sort_by(|a, b| lex_desc(points.point(a.0), points.point(b.0)));
    *comparisons -= used;
    Ok(kept)
}

/// Orders vectors by their first coordinate descending, then the next, and so on.
fn lex_desc(a: &[f64], b: &[f64]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        match y.total_cmp(x) {
            Ordering::Equal => continue,
            o => return o,
        }
    }
    Ordering::Equal
}

/// The per-issue frontier: non-dominated options of `issue` for `parties`, with how many options
/// share each contribution vector. Returns (option ids, point set).
fn issue_frontier(
    table: &UtilityTable,
    parties: &[usize],
    issue: usize,
    comparisons: &mut u64,
) -> Result<(Vec<u32>, PointSet), AnalysisError> {
    let d = parties.len();
    let k = table.options(issue);
    let mut coords = Vec::with_capacity(k * d);
    for o in 0..k {
        for &p in parties {
            coords.push(table.partial(p, issue, o));
        }
    }
    let all = PointSet {
        d,
        coords,
        counts: vec![1; k],
    };
    let kept = skyline(&all, comparisons)?;
    let mut ids = Vec::with_capacity(kept.len());
    let mut out = PointSet {
        d,
        coords: Vec::with_capacity(kept.len() * d),
        counts: Vec::with_capacity(kept.len()),
    };
    for (idx, count) in kept {
        ids.push(idx as u32);
        out.coords.extend_from_slice(all.point(idx));
        out.counts.push(count);
    }
    Ok((ids, out))
}

/// Exact Pareto frontier of the whole outcome space for `parties` (indices into `table`; any
/// number, in any order; the utilities of each point follow that order).
pub fn pareto_frontier(
    table: &UtilityTable,
    parties: &[usize],
    limits: FrontierLimits,
) -> Result<ParetoFrontier, AnalysisError> {
    if parties.is_empty() {
        return Err(AnalysisError::Shape(
            "a frontier needs at least one party".into(),
        ));
    }
    if let Some(&bad) = parties.iter().find(|&&p| p >= table.parties()) {
        return Err(AnalysisError::Shape(format!("no party {bad}")));
    }
    let d = parties.len();
    let mut comparisons = limits.max_comparisons;
    let mut per_issue: Vec<(usize, Vec<u32>, PointSet)> = Vec::with_capacity(table.issues());
    for i in 0..table.issues() {
        let (ids, set) = issue_frontier(table, parties, i, &mut comparisons)?;
        per_issue.push((i, ids, set));
    }
    // Issues whose frontier is a single point only shift everything; merging small frontiers
    // first keeps the intermediate frontiers (and the work per step) small for longest.
    per_issue.sort_by_key(|(i, ids, _)| (ids.len(), *i));

    let mut current = PointSet {
        d,
        coords: vec![0.0; d],
        counts: vec![1],
    };
    let mut steps: Vec<Step> = Vec::with_capacity(per_issue.len());
    let mut step_bytes: u64 = 0;
    for (issue, ids, set) in &per_issue {
        if d > 2 {
            // The candidate sums of the next merge, before they are formed.
            let candidates = current.len() as u64 * set.len() as u64;
            check_bytes(step_bytes + candidates * point_bytes(d), limits)?;
        }
        let (next, parent, option) = if d == 2 {
            merge_two(&current, ids, set, limits)?
        } else {
            merge_many(&current, ids, set, limits, &mut comparisons)?
        };
        step_bytes += parent.len() as u64 * STEP_BYTES_PER_POINT;
        check_bytes(step_bytes + next.len() as u64 * point_bytes(d), limits)?;
        steps.push(Step {
            issue: *issue,
            parent,
            option,
        });
        current = next;
    }

    // The witnesses: one full outcome per point, beside everything held so far.
    let witness_bytes =
        current.len() as u64 * (table.issues() as u64 * 4 + d as u64 * 8 + FRONTIER_POINT_OVERHEAD);
    check_bytes(step_bytes + witness_bytes, limits)?;
    let mut points = Vec::with_capacity(current.len());
    let mut outcome = vec![0u32; table.issues()];
    for idx in 0..current.len() {
        let mut t = idx;
        for step in steps.iter().rev() {
            outcome[step.issue] = step.option[t];
            t = step.parent[t] as usize;
        }
        // Recompute in the table's own summation order so a point's utilities are exactly what
        // evaluating its outcome gives.
        let utilities = parties
            .iter()
            .map(|&p| table.utility(p, &outcome))
            .collect();
        points.push(FrontierPoint {
            utilities,
            outcome: outcome.clone(),
            multiplicity: current.counts[idx],
        });
    }
    points.sort_by(|a, b| lex_desc(&a.utilities, &b.utilities));
    Ok(ParetoFrontier {
        parties: parties.to_vec(),
        points,
    })
}

/// Back-pointer bytes per kept point of one merge step (`parent` and `option`, `u32` each).
const STEP_BYTES_PER_POINT: u64 = 8;
/// A [`FrontierPoint`]'s own size and its two vectors' headers, besides their contents.
const FRONTIER_POINT_OVERHEAD: u64 = 8 + 2 * 24;

/// Bytes of one point of a [`PointSet`] with `d` coordinates (coordinates and count).
fn point_bytes(d: usize) -> u64 {
    d as u64 * 8 + 8
}

/// Rule: a frontier is refused, rather than exhausting memory, once the bytes it would hold
/// pass [`FrontierLimits::max_bytes`].
fn check_bytes(needed: u64, limits: FrontierLimits) -> Result<(), AnalysisError> {
    if needed > limits.max_bytes {
        return Err(AnalysisError::MemoryLimit {
            needed,
            limit: limits.max_bytes,
        });
    }
    Ok(())
}

/// Heap entry for the two-party k-way merge: the next unread sum of one shifted copy.
struct Cursor {
    x: f64,
    y: f64,
    list: u32,
    pos: u32,
}

impl PartialEq for Cursor {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cursor {}
impl PartialOrd for Cursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cursor {
    // Max-heap: largest x first, then largest y, then lowest list for determinism.
    fn cmp(&self, other: &Self) -> Ordering {
        self.x
            .total_cmp(&other.x)
            .then_with(|| self.y.total_cmp(&other.y))
            .then_with(|| other.list.cmp(&self.list))
    }
}

type Merged = (PointSet, Vec<u32>, Vec<u32>);

/// Two parties: stream all sums `current[t] + issue[j]` in order of decreasing first utility and
/// keep the staircase of increasing second utility.
fn merge_two(
    current: &PointSet,
    ids: &[u32],
    issue: &PointSet,
    limits: FrontierLimits,
) -> Result<Merged, AnalysisError> {
    let n = current.len();
    let mut heap = BinaryHeap::with_capacity(issue.len());
    for j in 0..issue.len() {
        let (ox, oy) = (issue.coords[2 * j], issue.coords[2 * j + 1]);
        heap.push(Cursor {
            x: current.coords[0] + ox,
            y: current.coords[1] + oy,
            list: j as u32,
            pos: 0,
        });
    }
    let mut xs: Vec<f64> = Vec::new();
    let mut ys: Vec<f64> = Vec::new();
    let mut counts: Vec<u64> = Vec::new();
    let mut parent: Vec<u32> = Vec::new();
    let mut option: Vec<u32> = Vec::new();
    while let Some(c) = heap.pop() {
        let j = c.list as usize;
        let t = c.pos as usize;
        let count = current.counts[t].saturating_mul(issue.counts[j]);
        match ys.last() {
            Some(&last_y) if c.y <= last_y + UTILITY_TOLERANCE => {
                let last_x = xs[xs.len() - 1];
                if c.y >= last_y - UTILITY_TOLERANCE && c.x >= last_x - UTILITY_TOLERANCE {
                    let k = counts.len() - 1;
                    counts[k] = counts[k].saturating_add(count);
                }
                // Otherwise dominated by the last kept point.
            }
            _ => {
                // Better second utility than anything kept; a kept point with (nearly) the same
                // first utility is now dominated.
                while let Some(&last_x) = xs.last() {
                    if last_x <= c.x + UTILITY_TOLERANCE {
                        xs.pop();
                        ys.pop();
                        counts.pop();
                        parent.pop();
                        option.pop();
                    } else {
                        break;
                    }
                }
                if xs.len() >= limits.max_points {
                    return Err(AnalysisError::TooLarge {
                        what: "two-party frontier points",
                        needed: xs.len() as u64 + 1,
                        limit: limits.max_points as u64,
                    });
                }
                xs.push(c.x);
                ys.push(c.y);
                counts.push(count);
                parent.push(t as u32);
                option.push(ids[j]);
            }
        }
        if t + 1 < n {
            let (ox, oy) = (issue.coords[2 * j], issue.coords[2 * j + 1]);
            heap.push(Cursor {
                x: current.coords[2 * (t + 1)] + ox,
                y: current.coords[2 * (t + 1) + 1] + oy,
                list: c.list,
                pos: (t + 1) as u32,
            });
        }
    }
    let mut coords = Vec::with_capacity(xs.len() * 2);
    for (x, y) in xs.iter().zip(&ys) {
        coords.push(*x);
        coords.push(*y);
    }
    Ok((
        PointSet {
            d: 2,
            coords,
            counts,
        },
        parent,
        option,
    ))
}

/// Any number of parties: form all sums, prune with the skyline.
fn merge_many(
    current: &PointSet,
    ids: &[u32],
    issue: &PointSet,
    limits: FrontierLimits,
    comparisons: &mut u64,
) -> Result<Merged, AnalysisError> {
    let d = current.d;
    let needed = current.len() as u64 * issue.len() as u64;
    if needed > limits.max_points as u64 {
        return Err(AnalysisError::TooLarge {
            what: "frontier candidate points",
            needed,
            limit: limits.max_points as u64,
        });
    }
    let n = needed as usize;
    let mut cand = PointSet {
        d,
        coords: Vec::with_capacity(n * d),
        counts: Vec::with_capacity(n),
    };
    for t in 0..current.len() {
        let base = current.point(t);
        for j in 0..issue.len() {
            let add = issue.point(j);
            cand.coords.extend(base.iter().zip(add).map(|(a, b)| a + b));
            cand.counts
                .push(current.counts[t].saturating_mul(issue.counts[j]));
        }
    }
    let kept = skyline(&cand, comparisons)?;
    let mut next = PointSet {
        d,
        coords: Vec::with_capacity(kept.len() * d),
        counts: Vec::with_capacity(kept.len()),
    };
    let mut parent = Vec::with_capacity(kept.len());
    let mut option = Vec::with_capacity(kept.len());
    let k = issue.len();
    for (idx, count) in kept {
        next.coords.extend_from_slice(cand.point(idx));
        next.counts.push(count);
        parent.push((idx / k) as u32);
        option.push(ids[idx % k]);
    }
    Ok((next, parent, option))
}

/// Brute-force frontier by enumerating every outcome; for tests and tiny spaces.
pub fn brute_force_frontier(
    table: &UtilityTable,
    parties: &[usize],
) -> Result<ParetoFrontier, AnalysisError> {
    let total = table.outcome_count().ok_or(AnalysisError::TooLarge {
        what: "outcomes to enumerate",
        needed: u64::MAX,
        limit: 1 << 24,
    })?;
    if total > 1 << 24 {
        return Err(AnalysisError::TooLarge {
            what: "outcomes to enumerate",
            needed: total,
            limit: 1 << 24,
        });
    }
    let d = parties.len();
    let mut set = PointSet {
        d,
        coords: Vec::with_capacity(total as usize * d),
        counts: vec![1; total as usize],
    };
    let mut outcome = vec![0u32; table.issues()];
    for idx in 0..total {
        table.decode_outcome(idx, &mut outcome);
        for &p in parties {
            set.coords.push(table.utility(p, &outcome));
        }
    }
    let mut unlimited = u64::MAX;
    let kept = skyline(&set, &mut unlimited)?;
    let points = kept
        .into_iter()
        .map(|(idx, count)| {
            table.decode_outcome(idx as u64, &mut outcome);
            FrontierPoint {
                utilities: set.point(idx).to_vec(),
                outcome: outcome.clone(),
                multiplicity: count,
            }
        })
        .collect();
    Ok(ParetoFrontier {
        parties: parties.to_vec(),
        points,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(values: &[Vec<Vec<f64>>]) -> UtilityTable {
        let counts: Vec<usize> = values[0].iter().map(|v| v.len()).collect();
        let n = values.len();
        let m = counts.len();
        let weights = vec![vec![1.0 / m as f64; m]; n];
        UtilityTable::new(&counts, &weights, values, &vec![0.0; n]).expect("valid")
    }

    #[test]
    fn two_issue_trade_off() {
        // Issue 0: A wants option 0, B option 1. Issue 1 the same. Both options on each issue are
        // on the per-issue frontier; the sums give 3 distinct vectors (the two mixed outcomes
        // coincide), all non-dominated.
        let t = table(&[
            vec![vec![1.0, 0.0], vec![1.0, 0.0]],
            vec![vec![0.0, 1.0], vec![0.0, 1.0]],
        ]);
        let f = pareto_frontier(&t, &[0, 1], FrontierLimits::default()).expect("frontier");
        let u: Vec<Vec<f64>> = f.points.iter().map(|p| p.utilities.clone()).collect();
        assert_eq!(u, vec![vec![1.0, 0.0], vec![0.5, 0.5], vec![0.0, 1.0]]);
        assert_eq!(f.points[1].multiplicity, 2);
        assert_eq!(f.points.iter().map(|p| p.multiplicity).sum::<u64>(), 4);
    }

    #[test]
    fn dominated_options_are_pruned_and_duplicates_counted() {
        // Option 2 is dominated for both parties; options 0 and 1 are identical.
        let t = table(&[vec![vec![0.8, 0.8, 0.1]], vec![vec![0.6, 0.6, 0.5]]]);
        let f = pareto_frontier(&t, &[0, 1], FrontierLimits::default()).expect("frontier");
        assert_eq!(f.len(), 1);
        assert_eq!(f.points[0].multiplicity, 2);
        let f3 = pareto_frontier(&t, &[0, 1, 0], FrontierLimits::default()).expect("frontier");
        assert_eq!(f3.len(), 1);
    }

    #[test]
    fn one_party_frontier_is_its_best_outcomes() {
        let t = table(&[vec![vec![0.2, 1.0, 1.0], vec![0.5, 0.1]]]);
        let f = pareto_frontier(&t, &[0], FrontierLimits::default()).expect("frontier");
        assert_eq!(f.len(), 1);
        assert!((f.points[0].utilities[0] - 0.75).abs() < 1e-12);
        assert_eq!(f.points[0].multiplicity, 2);
    }

    #[test]
    fn limits_are_enforced_not_ignored() {
        let t = table(&[
            vec![
                vec![1.0, 0.5, 0.0],
                vec![1.0, 0.4, 0.0],
                vec![1.0, 0.3, 0.0],
            ],
            vec![
                vec![0.0, 0.5, 1.0],
                vec![0.0, 0.6, 1.0],
                vec![0.0, 0.7, 1.0],
            ],
            vec![
                vec![0.3, 0.9, 0.2],
                vec![0.1, 0.2, 0.9],
                vec![0.5, 0.5, 0.4],
            ],
        ]);
        let tiny = FrontierLimits {
            max_points: 2,
            max_comparisons: u64::MAX,
            ..FrontierLimits::default()
        };
        assert!(matches!(
            pareto_frontier(&t, &[0, 1], tiny),
            Err(AnalysisError::TooLarge { .. })
        ));
        assert!(matches!(
            pareto_frontier(&t, &[0, 1, 2], tiny),
            Err(AnalysisError::TooLarge { .. })
        ));
        let few_tests = FrontierLimits {
            max_points: 1000,
            max_comparisons: 3,
            ..FrontierLimits::default()
        };
        assert!(matches!(
            pareto_frontier(&t, &[0, 1, 2], few_tests),
            Err(AnalysisError::TooLarge { .. })
        ));
        assert!(pareto_frontier(&t, &[], FrontierLimits::default()).is_err());
        assert!(pareto_frontier(&t, &[3], FrontierLimits::default()).is_err());
    }

    #[test]
    fn a_frontier_over_its_byte_limit_is_refused_and_within_it_computed() {
        // Two parties with opposed values on many issues: every step keeps several points,
        // and every witness is a full outcome.
        let share = |i: usize| (i as f64 * 0.37).fract();
        let a: Vec<Vec<f64>> = (0..40).map(|i| vec![1.0, share(i), 0.0]).collect();
        let b: Vec<Vec<f64>> = (0..40).map(|i| vec![0.0, 1.0 - share(i), 1.0]).collect();
        let t = table(&[a, b]);
        let full = pareto_frontier(&t, &[0, 1], FrontierLimits::default()).expect("frontier");
        let small = FrontierLimits {
            max_bytes: 4096,
            ..FrontierLimits::default()
        };
        match pareto_frontier(&t, &[0, 1], small) {
            Err(AnalysisError::MemoryLimit { needed, limit }) => {
                assert_eq!(limit, 4096);
                assert!(needed > limit);
            }
            other => panic!("expected a memory limit, got {other:?}"),
        }
        // Just enough for the result: the witnesses alone take this much.
        let witnesses = full.len() as u64 * (40 * 4 + 16 + FRONTIER_POINT_OVERHEAD);
        let roomy = FrontierLimits {
            max_bytes: witnesses * 4,
            ..FrontierLimits::default()
        };
        assert_eq!(pareto_frontier(&t, &[0, 1], roomy).expect("fits"), full);
    }
}
