//! The Stokman / van Oosten exchange model in its "equal gain" form, as implemented by
//! `decide-exchange-model` (Draaijer), whose round-1 candidate exchanges and test values we
//! reproduce (see `docs/forecast.md`).
//!
//! Positions are rescaled to 0–100 per issue. On each issue the expected outcome (NBS) is
//! the power × salience weighted mean. For each pair of issues (p, q), actors on opposite
//! sides of both NBSs can trade: each moves its vote on the issue it cares less about,
//! towards the other, by amounts that shift the NBSs so that both gain the same expected
//! utility. Exchanges are carried out greedily, highest gain first; after each one the
//! remaining exchanges that involve the same actors and issues are recomputed or dropped.
//! At the end of a round the moved votes give the new NBSs, and the next round starts from
//! positions pulled towards those votes: x' = (1 − 0.4(1 − s) − 0.1)·x + (0.4(1 − s) + 0.1)·y.
//!
//! The reference breaks exact ties between gains by a coin flip, so its full runs are not
//! reproducible; ours flips a coin from a seeded generator, so a run is fixed by its seed.
use crate::output::{ActorValues, Forecast, IssueForecast, RoundState};
use crate::{ForecastError, Stakeholders};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

const SALIENCE_WEIGHT: f64 = 0.4;
const FIXED_WEIGHT: f64 = 0.1;

/// A carried-out (or candidate) exchange, in the reference's terms: actor i moves on its
/// supply issue towards j, and j on its supply issue towards i.
#[derive(Clone, Debug, Serialize)]
pub struct Exchange {
    pub gain: f64,
    pub i_actor: String,
    pub i_supply_issue: String,
    /// Start position on the supply issue (0–100 scale).
    pub i_start: f64,
    pub i_move: f64,
    /// New voting position (0–100 scale).
    pub i_y: f64,
    pub j_actor: String,
    pub j_supply_issue: String,
    pub j_start: f64,
    pub j_move: f64,
    pub j_y: f64,
    /// NBS shifts (exchange ratios) on j's and on i's supply issue.
    pub dp: f64,
    pub dq: f64,
    pub is_valid: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExchangeRound {
    /// Candidate exchanges at the start of the round, and how many were valid.
    pub candidates: usize,
    pub valid_candidates: usize,
    /// Exchanges carried out, in order.
    pub exchanges: Vec<Exchange>,
    /// Ties between the highest gains broken by the seeded coin.
    pub ties: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExchangeDetails {
    pub rounds: Vec<ExchangeRound>,
    pub seed: u64,
}

/// One side of an exchange.
#[derive(Clone, Debug)]
struct Side {
    actor: usize,
    supply: usize,
    demand: usize,
    /// Own position on the supply issue (may be updated by earlier exchanges).
    supply_pos: f64,
    /// Own position on the demand issue.
    demand_pos: f64,
    start: f64,
    mv: f64,
    moves: Vec<f64>,
    y: f64,
    nbs0: f64,
    nbs1: f64,
}

#[derive(Clone, Debug)]
struct Candidate {
    i: Side,
    j: Side,
    dp: f64,
    dq: f64,
    gain: f64,
    valid: bool,
    /// (issue, actor, position) of other actors' votes moved by carried-out exchanges.
    updates: Vec<(usize, usize, f64)>,
}

/// One round's data: normalised positions, saliences and powers (file units), per issue
/// denominators Σ s·c.
struct Round<'a> {
    ni: usize,
    na: usize,
    present: &'a [bool],
    pos: &'a [f64],
    sal: &'a [f64],
    pow: &'a [f64],
    denom: &'a [f64],
}

impl Round<'_> {
    fn k(&self, a: usize, i: usize) -> usize {
        a * self.ni + i
    }
    fn sc(&self, a: usize, i: usize) -> f64 {
        let k = self.k(a, i);
        self.sal[k] * self.pow[k]
    }
    /// NBS on `issue` with `updates` applied and `actor` at `position`.
    fn adjusted_nbs(
        &self,
        updates: &[(usize, usize, f64)],
        issue: usize,
        actor: usize,
        position: f64,
    ) -> f64 {
        let d = self.denom[issue];
        if d == 0.0 {
            return 0.0;
        }
        let mut num = 0.0;
        for a in 0..self.na {
            let k = self.k(a, issue);
            if !self.present[k] {
                continue;
            }
            let x = if a == actor {
                position
            } else {
                updates
                    .iter()
                    .rev()
                    .find(|u| u.0 == issue && u.1 == a)
                    .map_or(self.pos[k], |u| u.2)
            };
            num += x * self.sal[k] * self.pow[k];
        }
        num / d
    }
    /// The move of `actor` (from `from`) that puts the (updated) NBS on `issue` at `nbs`.
    fn move_for_nbs(
        &self,
        updates: &[(usize, usize, f64)],
        issue: usize,
        actor: usize,
        from: f64,
        nbs: f64,
    ) -> f64 {
        let mut num = 0.0;
        for a in 0..self.na {
            let k = self.k(a, issue);
            if !self.present[k] {
                continue;
            }
            let x = if a == actor {
                from
            } else {
                updates
                    .iter()
                    .rev()
                    .find(|u| u.0 == issue && u.1 == a)
                    .map_or(self.pos[k], |u| u.2)
            };
            num += x * self.sal[k] * self.pow[k];
        }
        (nbs * self.denom[issue] - num) / self.sc(actor, issue)
    }
    fn supply_sal(&self, s: &Side) -> f64 {
        self.sal[self.k(s.actor, s.supply)]
    }
    fn demand_sal(&self, s: &Side) -> f64 {
        self.sal[self.k(s.actor, s.demand)]
    }
    /// Absolute move → NBS shift on the supply issue.
    fn ratio(&self, s: &Side, delta: f64) -> f64 {
        delta * self.sc(s.actor, s.supply) / self.denom[s.supply]
    }
    /// NBS shift → absolute move on the supply issue.
    fn reverse(&self, s: &Side, ratio: f64) -> f64 {
        ratio * self.denom[s.supply] / self.sc(s.actor, s.supply)
    }
}

/// The reference's validity test; `None` (its mixed-sign case) counts as invalid.
fn move_valid(s: &Side, mv: f64) -> bool {
    if mv.abs() > 100.0 || mv.abs() <= 1e-10 {
        return false;
    }
    let end = s.supply_pos + mv;
    if !(0.0..=100.0).contains(&end) {
        return false;
    }
    if s.moves.iter().sum::<f64>() > 100.0 {
        return false;
    }
    let lo = s.moves.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = s.moves.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    (lo < 0.0 && hi < 0.0) || (lo > 0.0 && hi > 0.0)
}

/// Gain of `s` for NBS shifts `ratio_supply` on its own supply issue (as the reference's
/// `expected_utility(actor, demand_ratio, supply_ratio)`: |d·s_supply − r·s_demand|).
fn utility(r: &Round, s: &Side, first: f64, second: f64) -> f64 {
    (first * r.supply_sal(s) - second * r.demand_sal(s)).abs()
}

impl Candidate {
    fn new(r: &Round, a: usize, b: usize, p: usize, q: usize) -> Candidate {
        let s = |x: usize, i: usize| r.sal[r.k(x, i)];
        // The actor that cares relatively less about p supplies on p.
        // (The reference compares the ratios in 28-digit decimals, where equal ratios such
        // as 0.75/0.45 and 0.5/0.3 compare equal; a relative tolerance does the same here.)
        let (ra, rb) = (s(a, p) / s(a, q), s(b, p) / s(b, q));
        let (ia, ja) = if s(a, q) > 0.0 && s(b, q) > 0.0 && ra < rb - 1e-12 * rb.abs() {
            (b, a)
        } else {
            (a, b)
        };
        let side = |actor: usize, supply: usize, demand: usize| Side {
            actor,
            supply,
            demand,
            supply_pos: r.pos[r.k(actor, supply)],
            demand_pos: r.pos[r.k(actor, demand)],
            start: r.pos[r.k(actor, supply)],
            mv: 0.0,
            moves: Vec::new(),
            y: 0.0,
            nbs0: 0.0,
            nbs1: 0.0,
        };
        let mut c = Candidate {
            i: side(ia, q, p),
            j: side(ja, p, q),
            dp: 0.0,
            dq: 0.0,
            gain: 0.0,
            valid: true,
            updates: Vec::new(),
        };
        c.calculate(r);
        c
    }

    fn calculate(&mut self, r: &Round) {
        let (i, j) = (&mut self.i, &mut self.j);
        // First try moving j fully to i's position on p.
        let full_j = (i.demand_pos - j.supply_pos).abs();
        self.dp = r.ratio(j, full_j);
        self.dq =
            (r.supply_sal(j) + r.demand_sal(i)) / (r.demand_sal(j) + r.supply_sal(i)) * self.dp;
        i.mv = r.reverse(i, self.dq);
        j.mv = full_j;
        let full_i = (j.demand_pos - i.supply_pos).abs();
        if i.mv.abs() > full_i {
            self.dq = r.ratio(i, full_i);
            self.dp =
                (r.supply_sal(i) + r.demand_sal(j)) / (r.demand_sal(i) + r.supply_sal(j)) * self.dq;
            i.mv = full_i;
            j.mv = r.reverse(j, self.dp);
        }
        if i.supply_pos > j.demand_pos {
            i.mv = -i.mv;
        }
        if j.supply_pos > i.demand_pos {
            j.mv = -j.mv;
        }
        i.moves.push(i.mv);
        j.moves.push(j.mv);
        i.y = i.supply_pos + i.mv;
        j.y = j.supply_pos + j.mv;
        let eui = utility(r, i, self.dq, self.dp);
        self.gain = eui;
        self.valid = move_valid(i, i.mv) && move_valid(j, j.mv);
        if self.gain < 1e-10 {
            self.valid = false;
        }
        if !self.valid {
            return;
        }
        self.check_nbs(r, true);
        self.check_nbs(r, false);
        self.valid = move_valid(&self.i, self.i.mv) && move_valid(&self.j, self.j.mv);
    }

    /// Cuts the moves back when the supplier's move would push the NBS past the demanding
    /// actor's position (`first`: check side i, else side j).
    fn check_nbs(&mut self, r: &Round, first: bool) {
        let (me, other) = if first {
            (&mut self.i, &mut self.j)
        } else {
            (&mut self.j, &mut self.i)
        };
        me.nbs0 = r.adjusted_nbs(&self.updates, me.supply, me.actor, me.supply_pos);
        me.nbs1 = r.adjusted_nbs(&self.updates, me.supply, me.actor, me.y);
        let x = other.demand_pos;
        if (x - me.nbs0 >= 0.0 && x - me.nbs1 >= 0.0) || (x - me.nbs0 <= 0.0 && x - me.nbs1 <= 0.0)
        {
            return;
        }
        let delta = r
            .move_for_nbs(&self.updates, me.supply, me.actor, me.supply_pos, x)
            .abs();
        let ratio_me = r.ratio(me, delta);
        let ratio_other = (r.supply_sal(me) + r.demand_sal(other))
            / (r.demand_sal(me) + r.supply_sal(other))
            * ratio_me;
        other.mv = r.reverse(other, ratio_other).abs();
        me.mv = delta;
        if other.supply_pos > me.demand_pos {
            other.mv = -other.mv;
        }
        if me.supply_pos > other.demand_pos {
            me.mv = -me.mv;
        }
        other.moves.pop();
        me.moves.pop();
        other.moves.push(other.mv);
        me.moves.push(me.mv);
        other.y = other.supply_pos + other.mv;
        me.y = me.supply_pos + me.mv;
        self.gain = utility(r, other, ratio_other, ratio_me);
        me.nbs1 = r.adjusted_nbs(&self.updates, me.supply, me.actor, me.y);
        self.valid = move_valid(other, other.mv) && move_valid(me, me.mv);
        self.dp = ratio_me;
        self.dq = ratio_other;
    }

    /// Recomputes this exchange after `done` was carried out; returns nothing, updates
    /// `valid`.
    fn recalculate(&mut self, r: &Round, done: &Candidate) {
        let same_supply = |a: &Side, b: &Side| a.actor == b.actor && a.supply == b.supply;
        let same_demand = |a: &Side, b: &Side| a.actor == b.actor && a.demand == b.demand;
        let mut inv_i = false;
        let mut inv_j = false;
        for d in [&done.i, &done.j] {
            if !inv_i && same_supply(&self.i, d) {
                self.i.supply_pos = d.y;
                self.i.moves.push(d.moves.last().copied().unwrap_or(0.0));
                inv_i = true;
            }
        }
        for d in [&done.i, &done.j] {
            if !inv_j && same_supply(&self.j, d) {
                self.j.supply_pos = d.y;
                self.j.moves.push(d.moves.last().copied().unwrap_or(0.0));
                inv_j = true;
            }
        }
        let mut recalc = inv_i || inv_j;
        if recalc {
            self.i.moves.pop();
            self.j.moves.pop();
        }
        // Votes moved by `done` on issues this exchange demands.
        for (demander, mover) in [(&done.j, &done.i), (&done.i, &done.j)] {
            if same_demand(demander, &self.j) || same_demand(demander, &self.i) {
                let issue = demander.demand;
                let prev = self
                    .updates
                    .iter()
                    .rev()
                    .find(|u| u.0 == issue && u.1 == mover.actor)
                    .map(|u| u.2);
                let value = match prev {
                    Some(upd) => {
                        if mover.start <= upd {
                            if upd < mover.y {
                                upd
                            } else {
                                mover.y
                            }
                        } else if upd > mover.y {
                            upd
                        } else {
                            mover.y
                        }
                    }
                    None => mover.y,
                };
                self.updates.push((issue, mover.actor, value));
                if !recalc {
                    self.i.moves.pop();
                    self.j.moves.pop();
                    recalc = true;
                }
            }
        }
        if recalc {
            self.calculate(r);
        }
    }

    fn report(&self, data: &Stakeholders) -> Exchange {
        Exchange {
            gain: self.gain,
            i_actor: data.actors[self.i.actor].clone(),
            i_supply_issue: data.issues[self.i.supply].name.clone(),
            i_start: self.i.supply_pos,
            i_move: self.i.mv,
            i_y: self.i.y,
            j_actor: data.actors[self.j.actor].clone(),
            j_supply_issue: data.issues[self.j.supply].name.clone(),
            j_start: self.j.supply_pos,
            j_move: self.j.mv,
            j_y: self.j.y,
            dp: self.dp,
            dq: self.dq,
            is_valid: self.valid,
        }
    }
}

/// Maximum expected utilities of both sides of an exchange (the bounds the randomised
/// variant draws gains from): (eu_max of side i, eu_max of side j).
fn maximum_utility(r: &Round, c: &Candidate) -> (f64, f64) {
    let (i, j) = (&c.i, &c.j);
    let i_opt = i.demand_pos == i.y;
    let j_opt = j.demand_pos == j.y;
    let adj_i = r.adjusted_nbs(
        &c.updates,
        i.supply,
        i.actor,
        if i_opt { i.y } else { j.demand_pos },
    );
    let adj_j = r.adjusted_nbs(
        &c.updates,
        j.supply,
        j.actor,
        if j_opt { j.y } else { i.demand_pos },
    );
    let di = (i.nbs0 - adj_i).abs();
    let dj = (j.nbs0 - adj_j).abs();
    let loss_1 = dj * r.supply_sal(j);
    let gain_2 = dj * r.demand_sal(i);
    let loss_2 = di * r.supply_sal(i);
    let gain_1 = di * r.demand_sal(j);
    let util_i = gain_1 - loss_1;
    let util_j = gain_2 - loss_2;
    let mut overwrite = None;
    if i_opt && util_i > 0.0 {
        overwrite = Some(gain_2 - (loss_1 / r.demand_sal(j)) * r.supply_sal(i));
    }
    if j_opt && util_j > 0.0 {
        overwrite = Some(gain_1 - (loss_2 / r.demand_sal(i)) * r.supply_sal(j));
    }
    // `actor` is the side whose demand gain is smaller.
    let (actor_is_j, gain, loss) = if gain_2 > gain_1 {
        (true, gain_1, loss_2)
    } else {
        (false, gain_2, loss_1)
    };
    let (a, o) = if actor_is_j { (j, i) } else { (i, j) };
    let s = r.supply_sal(a) / (r.supply_sal(a) + r.demand_sal(o));
    let d_u1 = loss / (s * r.demand_sal(o));
    let d_u2 = gain / (s * r.supply_sal(a));
    let eu_other = match overwrite {
        Some(v) if v != 0.0 => v,
        _ => s * r.demand_sal(o) * d_u2 - loss,
    };
    let eu_actor = gain - s * r.supply_sal(a) * d_u1;
    if actor_is_j {
        (eu_other, eu_actor)
    } else {
        (eu_actor, eu_other)
    }
}

/// The exchange model's inputs on the 0–100 scale.
pub struct ExchangeModel {
    ni: usize,
    na: usize,
    present: Vec<bool>,
    pos: Vec<f64>,
    sal: Vec<f64>,
    pow: Vec<f64>,
}

/// A round's outcome.
pub struct RoundOutcome {
    pub candidates: Vec<Exchange>,
    pub realized: Vec<Exchange>,
    pub ties: usize,
    /// Voting positions after the round (0–100), per cell.
    pub voting: Vec<f64>,
    /// Start positions of the next round.
    pub next: Vec<f64>,
    /// NBS per issue on the voting positions.
    pub nbs: Vec<f64>,
    /// (eu_max i, eu_max j) of each candidate, in candidate order.
    pub eu_max: Vec<(f64, f64)>,
}

impl ExchangeModel {
    /// From a stakeholder table: positions normalised to 0–100 on the issue's scale,
    /// saliences back in the file's units (the reference works with them as read).
    pub fn new(data: &Stakeholders) -> Self {
        let (na, ni) = (data.n_actors(), data.n_issues());
        let mut m = ExchangeModel {
            ni,
            na,
            present: vec![false; na * ni],
            pos: vec![0.0; na * ni],
            sal: vec![0.0; na * ni],
            pow: vec![0.0; na * ni],
        };
        for a in 0..na {
            for i in 0..ni {
                if let Some(c) = data.cell(a, i) {
                    let sc = &data.issues[i];
                    let k = a * ni + i;
                    m.present[k] = true;
                    m.pos[k] = if sc.upper > sc.lower {
                        (c.position - sc.lower) * (100.0 / (sc.upper - sc.lower))
                    } else {
                        c.position
                    };
                    m.sal[k] = c.salience * data.salience_scale;
                    m.pow[k] = c.capability;
                }
            }
        }
        m
    }

    pub fn nbs(&self, pos: &[f64]) -> Vec<f64> {
        (0..self.ni)
            .map(|i| {
                let (mut num, mut den) = (0.0, 0.0);
                for a in 0..self.na {
                    let k = a * self.ni + i;
                    if self.present[k] {
                        num += pos[k] * self.sal[k] * self.pow[k];
                        den += self.sal[k] * self.pow[k];
                    }
                }
                if den == 0.0 {
                    0.0
                } else {
                    num / den
                }
            })
            .collect()
    }

    /// Runs one round from positions `pos` (0–100).
    pub fn round(&self, data: &Stakeholders, pos: &[f64], rng: &mut ChaCha8Rng) -> RoundOutcome {
        let (na, ni) = (self.na, self.ni);
        let denom: Vec<f64> = (0..ni)
            .map(|i| {
                (0..na)
                    .filter(|&a| self.present[a * ni + i])
                    .map(|a| self.sal[a * ni + i] * self.pow[a * ni + i])
                    .sum()
            })
            .collect();
        let r = Round {
            ni,
            na,
            present: &self.present,
            pos,
            sal: &self.sal,
            pow: &self.pow,
            denom: &denom,
        };
        let nbs = self.nbs(pos);
        let left: Vec<bool> = (0..na * ni).map(|k| pos[k] <= nbs[k % ni]).collect();
        let mut list: Vec<Candidate> = Vec::new();
        for p in 0..ni {
            for q in p + 1..ni {
                let mut groups: [Vec<usize>; 4] = Default::default();
                for a in 0..na {
                    if self.present[a * ni + p] && self.present[a * ni + q] {
                        let g = left[a * ni + p] as usize | (left[a * ni + q] as usize) << 1;
                        groups[g].push(a);
                    }
                }
                for (g1, g2) in [(0, 3), (1, 2)] {
                    for &a in &groups[g1] {
                        for &b in &groups[g2] {
                            list.push(Candidate::new(&r, a, b, p, q));
                        }
                    }
                }
            }
        }
        let candidates: Vec<Exchange> = list.iter().map(|c| c.report(data)).collect();
        let eu_max: Vec<(f64, f64)> = list.iter().map(|c| maximum_utility(&r, c)).collect();
        let mut realized: Vec<Candidate> = Vec::new();
        let mut ties = 0;
        while !list.is_empty() {
            list.sort_by(|a, b| b.gain.total_cmp(&a.gain));
            let mut top = list.remove(0);
            if let Some(next) = list.first() {
                let tol = 1e-12 * top.gain.abs().max(1.0);
                if (top.gain - next.gain).abs() < tol {
                    ties += 1;
                    if rng.gen::<f64>() >= 0.5 {
                        let second = list.remove(0);
                        list.push(top);
                        top = second;
                    }
                }
            }
            if !top.valid {
                continue;
            }
            let mut kept = Vec::with_capacity(list.len());
            for mut c in list.drain(..) {
                if c.valid {
                    c.recalculate(&r, &top);
                    if c.valid {
                        kept.push(c);
                    }
                }
            }
            list = kept;
            realized.push(top);
        }
        let mut voting = pos.to_vec();
        for c in &realized {
            voting[c.i.actor * ni + c.i.supply] = c.i.y;
            voting[c.j.actor * ni + c.j.supply] = c.j.y;
        }
        let nbs_after = self.nbs(&voting);
        let mut next = voting.clone();
        for c in &realized {
            for s in [&c.i, &c.j] {
                let sal = self.sal[s.actor * ni + s.supply];
                let w = (1.0 - sal) * SALIENCE_WEIGHT;
                next[s.actor * ni + s.supply] =
                    w * s.y + FIXED_WEIGHT * s.y + (1.0 - w - FIXED_WEIGHT) * s.start;
            }
        }
        RoundOutcome {
            candidates,
            realized: realized.iter().map(|c| c.report(data)).collect(),
            ties,
            voting,
            next,
            nbs: nbs_after,
            eu_max,
        }
    }
}

/// Runs `rounds` rounds; ties between top gains are broken by a ChaCha8 coin seeded with `seed`.
pub fn forecast(data: &Stakeholders, rounds: usize, seed: u64) -> Result<Forecast, ForecastError> {
    let model = ExchangeModel::new(data);
    let (na, ni) = (model.na, model.ni);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let to_units = |i: usize, x: f64| {
        let sc = &data.issues[i];
        if sc.upper > sc.lower {
            sc.lower + x * (sc.upper - sc.lower) / 100.0
        } else {
            x
        }
    };
    let snapshot = |pos: &[f64], nbs: &[f64], i: usize, round: usize| {
        let mut xw = Vec::new();
        let mut positions = Vec::new();
        for a in 0..na {
            let k = a * ni + i;
            if model.present[k] {
                let x = to_units(i, pos[k]);
                positions.push((data.actors[a].clone(), x));
                xw.push((x, model.sal[k] * model.pow[k]));
            }
        }
        RoundState {
            round,
            mean: to_units(i, nbs[i]),
            median: crate::compromise::weighted_median(&xw),
            positions: ActorValues(positions),
        }
    };
    let mut pos = model.pos.clone();
    let nbs0 = model.nbs(&pos);
    let mut issues: Vec<IssueForecast> = (0..ni)
        .map(|i| IssueForecast {
            issue: data.issues[i].name.clone(),
            rounds: vec![snapshot(&pos, &nbs0, i, 0)],
            moves: Vec::new(),
            risk_exponents: Vec::new(),
            distribution: None,
        })
        .collect();
    let mut details = ExchangeDetails {
        rounds: Vec::new(),
        seed,
    };
    for round in 1..=rounds {
        let out = model.round(data, &pos, &mut rng);
        for (i, issue) in issues.iter_mut().enumerate() {
            issue.rounds.push(snapshot(&out.voting, &out.nbs, i, round));
        }
        for e in &out.realized {
            for (actor, issue_name, start, mv, y, partner) in [
                (
                    &e.i_actor,
                    &e.i_supply_issue,
                    e.i_start,
                    e.i_move,
                    e.i_y,
                    &e.j_actor,
                ),
                (
                    &e.j_actor,
                    &e.j_supply_issue,
                    e.j_start,
                    e.j_move,
                    e.j_y,
                    &e.i_actor,
                ),
            ] {
                if let Some(i) = data.issues.iter().position(|s| &s.name == issue_name) {
                    issues[i].moves.push(crate::Move {
                        round,
                        actor: actor.clone(),
                        kind: "exchange".into(),
                        with: partner.clone(),
                        from: to_units(i, start),
                        to: to_units(i, y),
                        figures: vec![("gain".into(), e.gain), ("move_0_100".into(), mv)],
                    });
                }
            }
        }
        let done = out.realized.is_empty();
        details.rounds.push(ExchangeRound {
            candidates: out.candidates.len(),
            valid_candidates: out.candidates.iter().filter(|c| c.is_valid).count(),
            exchanges: out.realized,
            ties: out.ties,
        });
        pos = out.next;
        if done {
            break;
        }
    }
    let mut f = Forecast::new("exchange", issues);
    if ni < 2 {
        f.notes.push(
            "one issue: vote exchanges need at least two issues, so none are possible".into(),
        );
    }
    f.exchange = Some(details);
    Ok(f)
}

/// Round-1 candidates with their eu_max bounds, for inspection and tests.
pub fn first_round(data: &Stakeholders) -> RoundOutcome {
    let model = ExchangeModel::new(data);
    let mut rng = ChaCha8Rng::seed_from_u64(0);
    model.round(data, &model.pos.clone(), &mut rng)
}
