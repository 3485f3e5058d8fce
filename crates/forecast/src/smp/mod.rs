//! A spatial model of politics in the style of KTAB's SMP (KAPSARC Toolkit for Behavioral
//! Analysis), written from its published description and source, and checked against its
//! reference logs (see `docs/forecast.md`).
//!
//! Actors have a capability, an ideal point in d dimensions on [0, 1] and a salience per
//! dimension (saliences of an actor total at most 1). One step:
//! 1. utilities: u_i(x) = (1 − δ)(1 + δ·R) with δ the salience-weighted distance of x from
//!    i's ideal and R i's risk attitude; risk attitudes come from how each actor's position
//!    fares in a capability-weighted vote over all positions (risk neutral), scaled to
//!    [−½, 1] ("Mid"), and each actor estimates the others' as (2·r_h + r_i)/3 ("OneThird");
//! 2. every actor i looks for the actor j it most profitably challenges, where the
//!    probability that i beats j adds up i's, j's and every third party's vote
//!    contributions (third parties weigh the "little" three-actor contest, "SemiCommit");
//! 3. i proposes a bargain: both move towards each other on each dimension in proportion to
//!    salience² × win probability² ("S2P2"), rounded to 4 decimals on [0, 1];
//! 4. every actor picks, among its status quo and the bargains it is part of, the one that
//!    a capability-weighted vote over the resulting states favours (Condorcet-style
//!    probabilities, "Conditional"), deterministically (or by drawing, "Stochastic");
//! 5. all move at once; ideals follow positions (or the XML's accommodation matrix).
//!
//! It stops when, after at least 2 steps, the total movement of a step is below 2% of the
//! first step's (or after `max_steps`).
use crate::output::{ActorValues, Forecast, IssueForecast, Move, RoundState};
use crate::{ForecastError, Stakeholders};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

mod params;
mod probability;

pub use params::*;
use probability::*;

/// The model on a fixed set of actors and dimensions; positions on [0, 1].
pub struct SmpModel {
    pub names: Vec<String>,
    pub dims: Vec<String>,
    pub cap: Vec<f64>,
    /// sal[i * d + k]
    pub sal: Vec<f64>,
    pub params: SmpParams,
    /// Accommodation matrix a[i * n + j] (identity: ideals follow positions).
    pub accommodation: Option<Vec<f64>>,
    n: usize,
    d: usize,
    sal_sum: Vec<f64>,
    sal_sq: Vec<f64>,
}

/// One state: positions and ideals, plus the utilities computed on it.
#[derive(Clone)]
pub struct SmpState {
    pub pos: Vec<f64>,
    pub ideal: Vec<f64>,
    pub nra: Vec<f64>,
    /// vdiff[i * n + j]: salience-weighted distance of j's position from i's ideal. Every
    /// actor's estimate of every actor's utility follows from it and the risk attitudes
    /// (computed on demand: storing all n³ estimates would not scale).
    vdiff: Vec<f64>,
}

/// A proposed bargain: initiator, receiver and their new positions.
struct Bargain {
    init: usize,
    rcvr: usize,
    pos_init: Vec<f64>,
    pos_rcvr: Vec<f64>,
}

fn round4(x: f64) -> f64 {
    ((0.5 + x * 10000.0) as i64) as f64 / 10000.0
}

impl SmpModel {
    pub fn new(
        names: Vec<String>,
        dims: Vec<String>,
        cap: Vec<f64>,
        sal: Vec<f64>,
        params: SmpParams,
    ) -> Self {
        let n = names.len();
        let d = dims.len();
        let mut sal_sum = vec![0.0; n];
        let mut sal_sq = vec![0.0; n];
        for i in 0..n {
            for k in 0..d {
                let s = sal[i * d + k];
                sal_sum[i] += s;
                sal_sq[i] += s * s;
            }
        }
        SmpModel {
            names,
            dims,
            cap,
            sal,
            params,
            accommodation: None,
            n,
            d,
            sal_sum,
            sal_sq,
        }
    }

    /// Salience-weighted distance between actor i's view from `from` and point `to`.
    fn bv_diff(&self, i: usize, from: &[f64], to: &[f64]) -> f64 {
        let mut ds = 0.0;
        for k in 0..self.d {
            let x = (from[k] - to[k]) * self.sal[i * self.d + k];
            ds += x * x;
        }
        if self.sal_sq[i] > 0.0 {
            (ds / self.sal_sq[i]).sqrt()
        } else {
            0.0
        }
    }

    fn bs_util(sd: f64, r: f64) -> f64 {
        if sd <= 1.0 {
            (1.0 - sd) * (1.0 + sd * r)
        } else {
            (1.0 - sd) * (1.0 + r)
        }
    }

    fn est_nra(&self, rh: f64, ri: f64) -> f64 {
        match self.params.risk_adjust {
            RiskAdjust::Full => ri,
            RiskAdjust::TwoThirds => (rh + 2.0 * ri) / 3.0,
            RiskAdjust::Half => (rh + ri) / 2.0,
            RiskAdjust::OneThird => (2.0 * rh + ri) / 3.0,
            RiskAdjust::None => rh,
        }
    }

    pub fn initial_state(&self, pos: Vec<f64>) -> SmpState {
        let mut s = SmpState {
            ideal: pos.clone(),
            pos,
            nra: vec![0.0; self.n],
            vdiff: Vec::new(),
        };
        self.set_utilities(&mut s, &mut PceScratch::default());
        s
    }

    /// Risk attitudes and every actor's estimate of every actor's utilities.
    fn set_utilities(&self, s: &mut SmpState, sc: &mut PceScratch) {
        let (n, d) = (self.n, self.d);
        let mut vdiff = vec![0.0; n * n];
        for i in 0..n {
            for j in 0..n {
                vdiff[i * n + j] =
                    self.bv_diff(i, &s.ideal[i * d..(i + 1) * d], &s.pos[j * d..(j + 1) * d]);
            }
        }
        let rn: Vec<f64> = vdiff.iter().map(|&v| Self::bs_util(v, 0.0)).collect();
        option_probs(
            n,
            n,
            &self.cap,
            &rn,
            n,
            self.params.voting,
            self.params.victory,
            self.params.pce,
            sc,
        );
        let (pmin, pmax) =
            sc.p.iter()
                .fold((1.0f64, 0.0f64), |(a, b), &p| (a.min(p), b.max(p)));
        s.nra =
            sc.p.iter()
                .map(|&p| {
                    if pmax - pmin <= 1e-15 {
                        return 0.0;
                    }
                    match self.params.risk_range {
                        RiskRange::Min => (p - pmin) / (pmax - pmin),
                        RiskRange::Mid => (3.0 * p - (pmax + 2.0 * pmin)) / (2.0 * (pmax - pmin)),
                        RiskRange::Max => (2.0 * p - (pmax + pmin)) / (pmax - pmin),
                    }
                })
                .collect();
        s.vdiff = vdiff;
    }

    #[inline]
    fn au(&self, s: &SmpState, h: usize, i: usize, j: usize) -> f64 {
        let rhi = self.est_nra(s.nra[h], s.nra[i]);
        Self::bs_util(s.vdiff[i * self.n + j], rhi)
    }

    /// h's estimate of the probability that i beats j and of k's expected utility change
    /// from i challenging j.
    fn prob_edu_challenge(
        &self,
        s: &SmpState,
        h: usize,
        k: usize,
        i: usize,
        j: usize,
    ) -> (f64, f64) {
        let vr = self.params.voting;
        let uii = self.au(s, h, i, i);
        let uij = self.au(s, h, i, j);
        let uji = self.au(s, h, j, i);
        let ujj = self.au(s, h, j, j);
        let eu_sq = self.au(s, h, k, i) + self.au(s, h, k, j);
        let u_ij = 2.0 * self.au(s, h, k, i);
        let u_ji = 2.0 * self.au(s, h, k, j);
        let sj = self.sal_sum[j];
        let ci = vote(vr, self.sal_sum[i] * self.cap[i], uii, uij);
        let cj = vote(vr, sj * self.cap[j], uji, ujj);
        let mut chij = 1e-10;
        let mut chji = 1e-10;
        if ci > 0.0 {
            chij += ci;
        }
        if ci < 0.0 {
            chji -= ci;
        }
        if cj > 0.0 {
            chij += cj;
        }
        if cj < 0.0 {
            chji -= cj;
        }
        let (base_i, base_j) = (chij, chji);
        for m in 0..self.n {
            if m == i || m == j {
                continue;
            }
            let wm = self.sal_sum[m] * self.cap[m];
            let umi = self.au(s, h, m, i);
            let umj = self.au(s, h, m, j);
            let umm = self.au(s, h, m, m);
            let cm = vote(vr, wm, umi, umj);
            let cni = if cm > 0.0 { base_i + cm } else { base_i };
            let cnj = if cm < 0.0 { base_j - cm } else { base_j };
            let pin = cni / (cni + cnj);
            let pjn = 1.0 - pin;
            let (ik_def_j, j_def_ik, i_def_jk, jk_def_i) = match self.params.third_party {
                ThirdParty::Full => (3.0 * umi, 3.0 * umj, 3.0 * umi, 3.0 * umj),
                ThirdParty::Semi => (
                    umi + umi + umm,
                    umj + umj + umj,
                    umi + umi + umi,
                    umj + umj + umm,
                ),
                ThirdParty::No => (
                    umi + umi + umm,
                    umj + umj + umm,
                    umi + umi + umm,
                    umj + umj + umm,
                ),
            };
            let u_ik_j = pin * ik_def_j + pjn * j_def_ik;
            let u_i_jk = pin * i_def_jk + pjn * jk_def_i;
            let v = vote(vr, wm, u_ik_j, u_i_jk);
            if v > 0.0 {
                chij += v;
            }
            if v < 0.0 {
                chji -= v;
            }
        }
        let phij = chij / (chij + chji);
        let phji = chji / (chij + chji);
        let eu_contest = phij * u_ij + phji * u_ji;
        let eu_chlg = (1.0 - sj) * u_ij + sj * eu_contest;
        (phij, eu_chlg - eu_sq)
    }

    fn interpolate(
        &self,
        i: usize,
        j: usize,
        pi: &[f64],
        pj: &[f64],
        prob_i: f64,
        prob_j: f64,
    ) -> (Vec<f64>, Vec<f64>) {
        let d = self.d;
        let mut bi = vec![0.0; d];
        let mut bj = vec![0.0; d];
        for k in 0..d {
            let (tik, sik) = (pi[k], self.sal[i * d + k]);
            let (tjk, sjk) = (pj[k], self.sal[j * d + k]);
            match self.params.interp {
                Interp::S1P1 | Interp::S2P2 => {
                    let e = if self.params.interp == Interp::S1P1 {
                        1
                    } else {
                        2
                    };
                    let wik = sik.powi(e) * prob_i.powi(e);
                    let wjk = sjk.powi(e) * prob_j.powi(e);
                    let min_w = 1e-6;
                    bi[k] = round4(((wik + min_w) * tik + wjk * tjk) / (wik + min_w + wjk));
                    bj[k] = round4((wik * tik + (min_w + wjk) * tjk) / (wik + min_w + wjk));
                }
                Interp::S2PMax => {
                    let di = (prob_j - prob_i).max(0.0);
                    let dj = (prob_i - prob_j).max(0.0);
                    let (si2, sj2) = (sik * sik, sjk * sjk);
                    let min_w = 1e-6;
                    let dik = (di * sj2) / (di * sj2 + min_w + (1.0 - di) * si2);
                    let djk = (dj * si2) / (dj * si2 + min_w + (1.0 - dj) * sj2);
                    bi[k] = tik + dik * (tjk - tik);
                    bj[k] = tjk + djk * (tik - tjk);
                }
            }
        }
        (bi, bj)
    }

    /// Actor a's utility of the state after bargain b (average over the n positions).
    fn bargain_util(&self, s: &SmpState, a: usize, b: &Bargain) -> f64 {
        let n = self.n;
        let d = self.d;
        let ra = self.est_nra(s.nra[a], s.nra[a]);
        let row = s.vdiff[a * n..(a + 1) * n]
            .iter()
            .map(|&v| Self::bs_util(v, ra));
        let mut u = 0.0;
        if b.init == b.rcvr {
            for x in row {
                u += x;
            }
        } else {
            let ideal = &s.ideal[a * d..(a + 1) * d];
            u += Self::bs_util(self.bv_diff(a, ideal, &b.pos_init), s.nra[a]);
            u += Self::bs_util(self.bv_diff(a, ideal, &b.pos_rcvr), s.nra[a]);
            for (m, x) in row.enumerate() {
                if m != b.init && m != b.rcvr {
                    u += x;
                }
            }
        }
        u / n as f64
    }

    /// One step: challenges, bargains, choices, moves. Returns the new state and the moves
    /// (actor, partner).
    pub fn step(&self, s: &SmpState, rng: &mut ChaCha8Rng) -> (SmpState, Vec<(usize, usize)>) {
        let (n, d) = (self.n, self.d);
        let mut sc = PceScratch::default();
        // bargains[k]: indices into `all` of the bargains actor k is part of (SQ first).
        let mut all: Vec<Bargain> = Vec::with_capacity(2 * n);
        let mut lists: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, list) in lists.iter_mut().enumerate() {
            all.push(Bargain {
                init: i,
                rcvr: i,
                pos_init: Vec::new(),
                pos_rcvr: Vec::new(),
            });
            list.push(all.len() - 1);
        }
        for i in 0..n {
            let mut best: Option<(usize, f64, f64)> = None;
            for j in 0..n {
                if j == i {
                    continue;
                }
                let (p, edu) = self.prob_edu_challenge(s, i, i, i, j);
                if edu > 1e-5 && best.is_none_or(|b| edu > b.2) {
                    best = Some((j, p, edu));
                }
            }
            let Some((j, p_iij, _)) = best else { continue };
            let pi = &s.pos[i * d..(i + 1) * d];
            let pj = &s.pos[j * d..(j + 1) * d];
            let (bi, bj) = self.interpolate(i, j, pi, pj, p_iij, 1.0 - p_iij);
            let push = |b: Bargain, all: &mut Vec<Bargain>, lists: &mut Vec<Vec<usize>>| {
                all.push(b);
                lists[i].push(all.len() - 1);
                lists[j].push(all.len() - 1);
            };
            match self.params.bargain {
                BargainModel::InitOnly => push(
                    Bargain {
                        init: i,
                        rcvr: j,
                        pos_init: bi,
                        pos_rcvr: bj,
                    },
                    &mut all,
                    &mut lists,
                ),
                BargainModel::InitRcvr | BargainModel::PowerWeighted => {
                    let (p_jij, _) = self.prob_edu_challenge(s, j, i, i, j);
                    let (ci, cj) = self.interpolate(i, j, pi, pj, p_jij, 1.0 - p_jij);
                    if self.params.bargain == BargainModel::InitRcvr {
                        push(
                            Bargain {
                                init: i,
                                rcvr: j,
                                pos_init: bi,
                                pos_rcvr: bj,
                            },
                            &mut all,
                            &mut lists,
                        );
                        push(
                            Bargain {
                                init: i,
                                rcvr: j,
                                pos_init: ci,
                                pos_rcvr: cj,
                            },
                            &mut all,
                            &mut lists,
                        );
                    } else {
                        // KTAB weighs j's view by i's capability times j's salience total.
                        let wi = self.cap[i] * self.sal_sum[i];
                        let wj = self.cap[i] * self.sal_sum[j];
                        let mix = |a: &[f64], b: &[f64]| -> Vec<f64> {
                            a.iter()
                                .zip(b)
                                .map(|(x, y)| (wi * x + wj * y) / (wi + wj))
                                .collect()
                        };
                        push(
                            Bargain {
                                init: i,
                                rcvr: j,
                                pos_init: mix(&bi, &ci),
                                pos_rcvr: mix(&bj, &cj),
                            },
                            &mut all,
                            &mut lists,
                        );
                    }
                }
            }
        }
        let mut next_pos = s.pos.clone();
        let mut moves = Vec::new();
        let mut u = Vec::new();
        for k in 0..n {
            let list = &lists[k];
            let nb = list.len();
            u.clear();
            u.resize(n * nb, 0.0);
            for a in 0..n {
                for (m, &bidx) in list.iter().enumerate() {
                    u[a * nb + m] = self.bargain_util(s, a, &all[bidx]);
                }
            }
            option_probs(
                n,
                nb,
                &self.cap,
                &u,
                nb,
                self.params.voting,
                self.params.victory,
                self.params.pce,
                &mut sc,
            );
            let chosen = if self.params.stochastic {
                let x: f64 = rng.gen();
                let mut acc = 0.0;
                let mut c = nb - 1;
                for (m, &p) in sc.p.iter().enumerate() {
                    acc += p;
                    if x < acc {
                        c = m;
                        break;
                    }
                }
                c
            } else {
                let mut best = 0;
                let mut bv = -1.0;
                for (m, &p) in sc.p.iter().enumerate() {
                    if p.abs() > bv {
                        bv = p.abs();
                        best = m;
                    }
                }
                best
            };
            let b = &all[list[chosen]];
            if b.init != b.rcvr {
                let (newp, partner) = if b.init == k {
                    (&b.pos_init, b.rcvr)
                } else {
                    (&b.pos_rcvr, b.init)
                };
                if newp.as_slice() != &s.pos[k * d..(k + 1) * d] {
                    moves.push((k, partner));
                }
                next_pos[k * d..(k + 1) * d].copy_from_slice(newp);
            }
        }
        let mut ideal = next_pos.clone();
        if let Some(acc) = &self.accommodation {
            for i in 0..n {
                let mut total = 0.0;
                let mut v = vec![0.0; d];
                for j in 0..n {
                    let a = acc[i * n + j];
                    total += a;
                    for k in 0..d {
                        v[k] += a * next_pos[j * d + k];
                    }
                }
                let lag = 1.0 - total.min(1.0);
                for k in 0..d {
                    ideal[i * d + k] = v[k] + lag * s.ideal[i * d + k];
                }
            }
        }
        let mut s2 = SmpState {
            pos: next_pos,
            ideal,
            nra: vec![0.0; n],
            vdiff: Vec::new(),
        };
        self.set_utilities(&mut s2, &mut sc);
        (s2, moves)
    }

    /// Σ_i ‖x_i − y_i‖ (Euclidean, on the [0, 1] scale).
    pub fn state_distance(&self, a: &SmpState, b: &SmpState) -> f64 {
        let d = self.d;
        (0..self.n)
            .map(|i| {
                (0..d)
                    .map(|k| {
                        let x = a.pos[i * d + k] - b.pos[i * d + k];
                        x * x
                    })
                    .sum::<f64>()
                    .sqrt()
            })
            .sum()
    }

    /// Probability that each actor's position prevails (positions within 0.001 of each other
    /// count as one; each actor judges by its own utilities).
    pub fn win_probabilities(&self, s: &SmpState) -> Vec<f64> {
        let (n, d) = (self.n, self.d);
        let mut uniq: Vec<usize> = Vec::new();
        let mut class = vec![0usize; n];
        for i in 0..n {
            let found = uniq.iter().position(|&k| {
                (0..d)
                    .map(|c| (s.pos[i * d + c] - s.pos[k * d + c]).powi(2))
                    .sum::<f64>()
                    .sqrt()
                    < 1e-3
            });
            class[i] = match found {
                Some(u) => u,
                None => {
                    uniq.push(i);
                    uniq.len() - 1
                }
            };
        }
        let m = uniq.len();
        let mut u = vec![0.0; n * m];
        for i in 0..n {
            for (c, &k) in uniq.iter().enumerate() {
                u[i * m + c] = self.au(s, i, i, k);
            }
        }
        let mut sc = PceScratch::default();
        option_probs(
            n,
            m,
            &self.cap,
            &u,
            m,
            self.params.voting,
            self.params.victory,
            self.params.pce,
            &mut sc,
        );
        class.iter().map(|&c| sc.p[c]).collect()
    }
}

/// The result of a full run.
pub struct SmpRun {
    pub states: Vec<SmpState>,
    pub fractional_changes: Vec<f64>,
    pub moves: Vec<Vec<(usize, usize)>>,
}

/// Runs to convergence (or `max_steps`).
pub fn run_model(model: &SmpModel, pos0: Vec<f64>) -> SmpRun {
    let mut rng = ChaCha8Rng::seed_from_u64(model.params.seed);
    let mut states = vec![model.initial_state(pos0)];
    let mut fractional_changes = Vec::new();
    let mut moves = Vec::new();
    let mut iter = 0;
    loop {
        iter += 1;
        let (s2, mv) = match states.last() {
            Some(last) => model.step(last, &mut rng),
            None => break,
        };
        states.push(s2);
        moves.push(mv);
        let d01 = model.state_distance(&states[0], &states[1]) + 1e-4;
        let dxy = model.state_distance(&states[iter], &states[iter - 1]);
        let ratio = dxy / d01;
        fractional_changes.push(ratio);
        if iter >= model.params.max_steps
            || (iter >= model.params.min_steps && ratio < model.params.stop_ratio)
        {
            break;
        }
    }
    SmpRun {
        states,
        fractional_changes,
        moves,
    }
}

/// Builds the model from a stakeholder table: positions rescaled to [0, 1] per issue,
/// saliences in [0, 1] (an actor's are scaled down to total 1 if they exceed it; an actor
/// missing from an issue gets salience 0 there and the scale's midpoint).
pub fn model_from(
    data: &Stakeholders,
    max_steps: usize,
    seed: u64,
) -> Result<(SmpModel, Vec<f64>, Vec<String>), ForecastError> {
    let n = data.n_actors();
    let d = data.n_issues();
    if n < 2 || d == 0 {
        return Err(ForecastError::Model(
            "the spatial model needs at least 2 actors and 1 issue".into(),
        ));
    }
    let mut notes = Vec::new();
    let mut params = SmpParams {
        max_steps: max_steps.max(1),
        seed,
        ..SmpParams::default()
    };
    let mut accommodation = None;
    if let Some(settings) = &data.smp {
        for (k, v) in &settings.parameters {
            params.apply(k, v)?;
        }
        if let Some(s) = settings.seed {
            if params.stochastic {
                notes.push(format!(
                    "stochastic state transitions use detente's own generator seeded with {seed}; KTAB's seed {s} cannot reproduce its draws"
                ));
            }
        }
        if !settings.ideal_adjustment.is_empty() {
            let mut a = vec![0.0; n * n];
            for &(i, j, r) in &settings.ideal_adjustment {
                if i < n && j < n {
                    a[i * n + j] = r;
                }
            }
            accommodation = Some(a);
        }
    }
    let mut pos = vec![0.0; n * d];
    let mut sal = vec![0.0; n * d];
    for a in 0..n {
        let mut total = 0.0;
        for i in 0..d {
            let sc = &data.issues[i];
            let span = sc.upper - sc.lower;
            match data.cell(a, i) {
                Some(c) => {
                    pos[a * d + i] = if span > 0.0 {
                        ((c.position - sc.lower) / span).clamp(0.0, 1.0)
                    } else {
                        0.5
                    };
                    sal[a * d + i] = c.salience.clamp(0.0, 1.0);
                }
                None => pos[a * d + i] = 0.5,
            }
            total += sal[a * d + i];
        }
        if total > 1.0 {
            notes.push(format!(
                "saliences of '{}' total {total:.3}; scaled to 1",
                data.actors[a]
            ));
            for i in 0..d {
                sal[a * d + i] /= total;
            }
        }
        if total <= 0.0 {
            for i in 0..d {
                sal[a * d + i] = 1e-6;
            }
        }
    }
    let cap: Vec<f64> = data
        .capability
        .iter()
        .map(|&c| if c > 0.0 { c } else { 1e-9 })
        .collect();
    let mut model = SmpModel::new(
        data.actors.clone(),
        data.issues.iter().map(|i| i.name.clone()).collect(),
        cap,
        sal,
        params,
    );
    model.accommodation = accommodation;
    Ok((model, pos, notes))
}

/// Runs the model on a stakeholder table: one issue per dimension.
pub fn forecast(
    data: &Stakeholders,
    max_steps: usize,
    seed: u64,
) -> Result<Forecast, ForecastError> {
    let (model, pos0, notes) = model_from(data, max_steps, seed)?;
    let run = run_model(&model, pos0);
    let (n, d) = (model.n, model.d);
    let to_units = |i: usize, x: f64| {
        let sc = &data.issues[i];
        sc.lower + x * (sc.upper - sc.lower)
    };
    let mut issues = Vec::with_capacity(d);
    for i in 0..d {
        let mut rounds = Vec::with_capacity(run.states.len());
        for (t, s) in run.states.iter().enumerate() {
            let mut xw = Vec::with_capacity(n);
            let mut positions = Vec::with_capacity(n);
            for a in 0..n {
                let x = to_units(i, s.pos[a * d + i]);
                positions.push((model.names[a].clone(), x));
                if let Some(c) = data.cell(a, i) {
                    xw.push((x, c.capability * c.salience));
                }
            }
            rounds.push(RoundState {
                round: t,
                mean: crate::compromise::weighted_mean(&xw),
                median: crate::compromise::weighted_median(&xw),
                positions: ActorValues(positions),
            });
        }
        let mut moves = Vec::new();
        for (t, mv) in run.moves.iter().enumerate() {
            for &(a, partner) in mv {
                let from = to_units(i, run.states[t].pos[a * d + i]);
                let to = to_units(i, run.states[t + 1].pos[a * d + i]);
                if from != to {
                    moves.push(Move {
                        round: t + 1,
                        actor: model.names[a].clone(),
                        kind: "bargain".into(),
                        with: model.names[partner].clone(),
                        from,
                        to,
                        figures: Vec::new(),
                    });
                }
            }
        }
        issues.push(IssueForecast {
            scale: None,
            outcome: None,
            issue: data.issues[i].name.clone(),
            rounds,
            moves,
            risk_exponents: Vec::new(),
            distribution: None,
        });
    }
    let named =
        |v: &[f64]| ActorValues(model.names.iter().cloned().zip(v.iter().cloned()).collect());
    let details = SmpDetails {
        steps: run.states.len() - 1,
        fractional_changes: run.fractional_changes.clone(),
        risk_attitudes: run.states.iter().map(|s| named(&s.nra)).collect(),
        win_probabilities: run
            .states
            .iter()
            .map(|s| named(&model.win_probabilities(s)))
            .collect(),
        parameters: format!("{:?}", model.params),
    };
    let mut f = Forecast::new("smp", issues);
    f.smp = Some(details);
    f.notes = notes;
    Ok(f)
}
