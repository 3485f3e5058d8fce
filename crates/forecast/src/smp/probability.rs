//! Votes, contests and the probability that each option prevails: the arithmetic every SMP
//! step repeats, on plain arrays with scratch buffers reused across calls.
use super::params::{PceModel, VictoryModel, VotingRule};

pub(super) fn vote(vr: VotingRule, w: f64, ui: f64, uj: f64) -> f64 {
    let du = ui - uj;
    match vr {
        VotingRule::Binary => w * (du / 1e-8).clamp(-1.0, 1.0),
        VotingRule::PropBin => w * (0.8 * du + 0.2 * (du / 1e-8).clamp(-1.0, 1.0)),
        VotingRule::Prop => w * du,
        VotingRule::PropCbc => w * (0.5 * du + 0.5 * du * du * du),
        VotingRule::Cubic => w * du * du * du,
        VotingRule::ASymProsp => {
            if du < 0.0 {
                w * du
            } else if du > 0.0 {
                2.0 * w * du / 3.0
            } else {
                0.0
            }
        }
    }
}

pub(super) fn victory_pair(vpm: VictoryModel, s1: f64, s2: f64) -> (f64, f64) {
    let (x1, x2) = match vpm {
        VictoryModel::Linear => (s1, s2),
        VictoryModel::Square => (s1 * s1, s2 * s2),
        VictoryModel::Quartic => (s1.powi(4), s2.powi(4)),
        VictoryModel::Octic => (s1.powi(8), s2.powi(8)),
        VictoryModel::Binary => {
            let t = 1.10;
            if s1 >= t * s2 {
                (1.0, 1e-6)
            } else if s2 >= t * s1 {
                (1e-6, 1.0)
            } else {
                let r = s1 / (s1 + s2);
                let p = (r * (t + 1.0) - 1.0) / (t - 1.0);
                (p, 1.0 - p)
            }
        }
    };
    let s = x1 + x2;
    if s > 0.0 {
        (x1 / s, x2 / s)
    } else {
        (0.5, 0.5)
    }
}

/// Scratch buffers for the option-probability computations (no allocation per call).
#[derive(Default)]
pub(super) struct PceScratch {
    pub(super) coal: Vec<f64>,
    pub(super) vict: Vec<f64>,
    pub(super) p: Vec<f64>,
    pub(super) q: Vec<f64>,
    pub(super) chlg: Vec<f64>,
}

/// Probability of each of `m` options prevailing, given actor weights `w` (n) and
/// utilities `u[k * stride + o]` of option o to actor k. Result in `sc.p[..m]`.
#[allow(clippy::too_many_arguments)]
pub(super) fn option_probs(
    n: usize,
    m: usize,
    w: &[f64],
    u: &[f64],
    stride: usize,
    vr: VotingRule,
    vpm: VictoryModel,
    pce: PceModel,
    sc: &mut PceScratch,
) {
    let min_c = 1e-8;
    sc.coal.clear();
    sc.coal.resize(m * m, 0.0);
    for i in 0..m {
        for j in 0..i {
            let (mut cij, mut cji) = (min_c, min_c);
            for k in 0..n {
                let v = vote(vr, w[k], u[k * stride + i], u[k * stride + j]);
                if v > 0.0 {
                    cij += v;
                }
                if v < 0.0 {
                    cji -= v;
                }
            }
            sc.coal[i * m + j] = cij;
            sc.coal[j * m + i] = cji;
        }
        sc.coal[i * m + i] = min_c;
    }
    sc.vict.clear();
    sc.vict.resize(m * m, 0.0);
    for i in 0..m {
        for j in 0..i {
            let (a, b) = victory_pair(vpm, sc.coal[i * m + j], sc.coal[j * m + i]);
            sc.vict[i * m + j] = a;
            sc.vict[j * m + i] = b;
        }
        sc.vict[i * m + i] = 0.5;
    }
    sc.p.clear();
    match pce {
        PceModel::Conditional => {
            for i in 0..m {
                let mut pi = 1.0;
                for j in 0..m {
                    pi *= sc.vict[i * m + j];
                }
                sc.p.push(pi);
            }
            let s: f64 = sc.p.iter().sum();
            if s > 0.0 {
                sc.p.iter_mut().for_each(|x| *x /= s);
            } else {
                sc.p.iter_mut().for_each(|x| *x = 1.0 / m as f64);
            }
        }
        PceModel::MarkovUniform | PceModel::MarkovIncentive => {
            sc.p.resize(m, 1.0 / m as f64);
            sc.q.clear();
            sc.q.resize(m, 0.0);
            let incentive = pce == PceModel::MarkovIncentive;
            if incentive {
                // chlg[i * m + j]: probability that i challenges when j is the favourite.
                sc.chlg.clear();
                sc.chlg.resize(m * m, 0.0);
                for j in 0..m {
                    let mut col = 0.0;
                    for k in 0..m {
                        col += sc.coal[k * m + j] * sc.vict[k * m + j]
                            + if k == j { 1e-10 } else { 0.0 };
                    }
                    for i in 0..m {
                        let inc = sc.coal[i * m + j] * sc.vict[i * m + j]
                            + if i == j { 1e-10 } else { 0.0 };
                        sc.chlg[i * m + j] = inc / col;
                    }
                }
            }
            let tol = if incentive { 1e-8 } else { 1e-6 };
            for _ in 0..1000 {
                let mut change: f64 = 0.0;
                for i in 0..m {
                    let mut qi = 0.0;
                    for j in 0..m {
                        if incentive {
                            let cij = sc.p[i] * sc.chlg[j * m + i];
                            let cji = sc.p[j] * sc.chlg[i * m + j];
                            qi += sc.vict[i * m + j] * (cij + cji);
                        } else {
                            qi += sc.vict[i * m + j] * (sc.p[i] + sc.p[j]);
                        }
                    }
                    if !incentive {
                        qi /= m as f64;
                    }
                    sc.q[i] = qi;
                    change = change.max((qi - sc.p[i]).abs());
                }
                for i in 0..m {
                    sc.p[i] = (sc.p[i] + sc.q[i]) / 2.0;
                }
                if change <= tol {
                    break;
                }
            }
        }
    }
}
