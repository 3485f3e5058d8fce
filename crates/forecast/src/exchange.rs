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

/// The number type of the model: `f64` (default) or exact rationals (`BigRational`), used to
/// check the reference's test values exactly.
pub trait Scalar:
    Clone
    + PartialOrd
    + std::fmt::Debug
    + std::ops::Add<Output = Self>
    + std::ops::Sub<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
    + std::ops::Neg<Output = Self>
{
    /// A number as read from a file (rationals take its shortest decimal form: 0.95 = 95/100).
    fn num(x: f64) -> Self;
    fn to_f64(&self) -> f64;
    fn abs(&self) -> Self {
        if *self < Self::num(0.0) {
            -self.clone()
        } else {
            self.clone()
        }
    }
    fn max(self, other: Self) -> Self {
        if other > self {
            other
        } else {
            self
        }
    }
}

impl Scalar for f64 {
    fn num(x: f64) -> Self {
        x
    }
    fn to_f64(&self) -> f64 {
        *self
    }
    fn abs(&self) -> Self {
        f64::abs(*self)
    }
}

impl Scalar for num_rational::BigRational {
    fn num(x: f64) -> Self {
        decimal_to_rational(x)
    }
    fn to_f64(&self) -> f64 {
        num_traits::ToPrimitive::to_f64(self).unwrap_or(f64::NAN)
    }
}

/// The exact rational of an f64's shortest decimal representation.
fn decimal_to_rational(x: f64) -> num_rational::BigRational {
    use num_bigint::BigInt;
    use num_rational::BigRational;
    if !x.is_finite() {
        return BigRational::from_integer(BigInt::from(0));
    }
    // 15 significant digits: recovers the number as typed in the file even after it was
    // scaled (e.g. a salience of 7 stored as 0.07 and multiplied back by 100).
    let s = format!("{x:.14e}"); // d.dddde±k
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let mant = mant.trim_start_matches('-');
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac}");
    let value: BigInt = digits.parse().unwrap_or_else(|_| BigInt::from(0));
    let shift = exp - frac.len() as i64;
    let ten = BigInt::from(10);
    let r = if shift >= 0 {
        BigRational::from_integer(value * num_traits::pow(ten, shift as usize))
    } else {
        BigRational::new(value, num_traits::pow(ten, (-shift) as usize))
    };
    if neg {
        -r
    } else {
        r
    }
}

/// One side of an exchange.
#[derive(Clone, Debug)]
struct Side<T> {
    actor: usize,
    supply: usize,
    demand: usize,
    /// Own position on the supply issue (may be updated by earlier exchanges).
    supply_pos: T,
    /// Own position on the demand issue.
    demand_pos: T,
    start: T,
    mv: T,
    moves: Vec<T>,
    y: T,
    nbs0: T,
    nbs1: T,
}

#[derive(Clone, Debug)]
struct Candidate<T> {
    i: Side<T>,
    j: Side<T>,
    dp: T,
    dq: T,
    gain: T,
    valid: bool,
    /// (issue, actor, position) of other actors' votes moved by carried-out exchanges.
    updates: Vec<(usize, usize, T)>,
}

/// One round's data: normalised positions, saliences and powers (file units), per issue
/// denominators Σ s·c.
struct Round<'a, T> {
    ni: usize,
    na: usize,
    present: &'a [bool],
    pos: &'a [T],
    sal: &'a [T],
    pow: &'a [T],
    denom: &'a [T],
}

fn zero<T: Scalar>() -> T {
    T::num(0.0)
}

impl<T: Scalar> Round<'_, T> {
    fn k(&self, a: usize, i: usize) -> usize {
        a * self.ni + i
    }
    fn sc(&self, a: usize, i: usize) -> T {
        let k = self.k(a, i);
        self.sal[k].clone() * self.pow[k].clone()
    }
    fn position(&self, updates: &[(usize, usize, T)], issue: usize, a: usize) -> T {
        updates
            .iter()
            .rev()
            .find(|u| u.0 == issue && u.1 == a)
            .map_or_else(|| self.pos[self.k(a, issue)].clone(), |u| u.2.clone())
    }
    /// Σ x·s·c on `issue` with `updates` applied and `actor` at `position`.
    fn weighted_sum(
        &self,
        updates: &[(usize, usize, T)],
        issue: usize,
        actor: usize,
        position: &T,
    ) -> T {
        let mut num = zero::<T>();
        for a in 0..self.na {
            let k = self.k(a, issue);
            if !self.present[k] {
                continue;
            }
            let x = if a == actor {
                position.clone()
            } else {
                self.position(updates, issue, a)
            };
            num = num + x * self.sal[k].clone() * self.pow[k].clone();
        }
        num
    }
    /// NBS on `issue` with `updates` applied and `actor` at `position`.
    fn adjusted_nbs(
        &self,
        updates: &[(usize, usize, T)],
        issue: usize,
        actor: usize,
        position: &T,
    ) -> T {
        let d = self.denom[issue].clone();
        if d == zero() {
            return zero();
        }
        self.weighted_sum(updates, issue, actor, position) / d
    }
    /// The move of `actor` (from `from`) that puts the (updated) NBS on `issue` at `nbs`.
    fn move_for_nbs(
        &self,
        updates: &[(usize, usize, T)],
        issue: usize,
        actor: usize,
        from: &T,
        nbs: &T,
    ) -> T {
        let num = self.weighted_sum(updates, issue, actor, from);
        (nbs.clone() * self.denom[issue].clone() - num) / self.sc(actor, issue)
    }
    fn supply_sal(&self, s: &Side<T>) -> T {
        self.sal[self.k(s.actor, s.supply)].clone()
    }
    fn demand_sal(&self, s: &Side<T>) -> T {
        self.sal[self.k(s.actor, s.demand)].clone()
    }
    /// Absolute move → NBS shift on the supply issue.
    fn ratio(&self, s: &Side<T>, delta: T) -> T {
        delta * self.sc(s.actor, s.supply) / self.denom[s.supply].clone()
    }
    /// NBS shift → absolute move on the supply issue.
    fn reverse(&self, s: &Side<T>, ratio: T) -> T {
        ratio * self.denom[s.supply].clone() / self.sc(s.actor, s.supply)
    }
}

/// The reference's validity test; `None` (its mixed-sign case) counts as invalid.
fn move_valid<T: Scalar>(s: &Side<T>, mv: &T) -> bool {
    let a = mv.abs();
    if a > T::num(100.0) || a <= T::num(1e-10) {
        return false;
    }
    let end = s.supply_pos.clone() + mv.clone();
    if end < zero() || end > T::num(100.0) {
        return false;
    }
    let total = s.moves.iter().cloned().fold(zero::<T>(), |x, y| x + y);
    if total > T::num(100.0) {
        return false;
    }
    let all_neg = s.moves.iter().all(|m| *m < zero());
    let all_pos = s.moves.iter().all(|m| *m > zero());
    !s.moves.is_empty() && (all_neg || all_pos)
}

/// The reference's `expected_utility(actor, first, second)`: |first·s_supply − second·s_demand|.
fn utility<T: Scalar>(r: &Round<T>, s: &Side<T>, first: &T, second: &T) -> T {
    (first.clone() * r.supply_sal(s) - second.clone() * r.demand_sal(s)).abs()
}

impl<T: Scalar> Candidate<T> {
    fn new(r: &Round<T>, a: usize, b: usize, p: usize, q: usize) -> Self {
        let s = |x: usize, i: usize| r.sal[r.k(x, i)].clone();
        // The actor that cares relatively less about p supplies on p.
        // (The reference compares the ratios in 28-digit decimals, where equal ratios such
        // as 0.75/0.45 and 0.5/0.3 compare equal; a relative tolerance does the same here.)
        let positive = s(a, q) > zero() && s(b, q) > zero();
        let swap = positive && {
            let (ra, rb) = (s(a, p) / s(a, q), s(b, p) / s(b, q));
            ra < rb.clone() - T::num(1e-12) * rb.abs()
        };
        let (ia, ja) = if swap { (b, a) } else { (a, b) };
        let side = |actor: usize, supply: usize, demand: usize| Side {
            actor,
            supply,
            demand,
            supply_pos: r.pos[r.k(actor, supply)].clone(),
            demand_pos: r.pos[r.k(actor, demand)].clone(),
            start: r.pos[r.k(actor, supply)].clone(),
            mv: zero(),
            moves: Vec::new(),
            y: zero(),
            nbs0: zero(),
            nbs1: zero(),
        };
        let mut c = Candidate {
            i: side(ia, q, p),
            j: side(ja, p, q),
            dp: zero(),
            dq: zero(),
            gain: zero(),
            valid: true,
            updates: Vec::new(),
        };
        c.calculate(r);
        c
    }

    fn calculate(&mut self, r: &Round<T>) {
        let (i, j) = (&mut self.i, &mut self.j);
        // First try moving j fully to i's position on p.
        let full_j = (i.demand_pos.clone() - j.supply_pos.clone()).abs();
        self.dp = r.ratio(j, full_j.clone());
        self.dq = (r.supply_sal(j) + r.demand_sal(i)) / (r.demand_sal(j) + r.supply_sal(i))
            * self.dp.clone();
        i.mv = r.reverse(i, self.dq.clone());
        j.mv = full_j;
        let full_i = (j.demand_pos.clone() - i.supply_pos.clone()).abs();
        if i.mv.abs() > full_i {
            self.dq = r.ratio(i, full_i.clone());
            self.dp = (r.supply_sal(i) + r.demand_sal(j)) / (r.demand_sal(i) + r.supply_sal(j))
                * self.dq.clone();
            i.mv = full_i;
            j.mv = r.reverse(j, self.dp.clone());
        }
        if i.supply_pos > j.demand_pos {
            i.mv = -i.mv.clone();
        }
        if j.supply_pos > i.demand_pos {
            j.mv = -j.mv.clone();
        }
        i.moves.push(i.mv.clone());
        j.moves.push(j.mv.clone());
        i.y = i.supply_pos.clone() + i.mv.clone();
        j.y = j.supply_pos.clone() + j.mv.clone();
        self.gain = utility(r, i, &self.dq, &self.dp);
        self.valid = move_valid(i, &i.mv) && move_valid(j, &j.mv);
        if self.gain < T::num(1e-10) {
            self.valid = false;
        }
        if !self.valid {
            return;
        }
        self.check_nbs(r, true);
        self.check_nbs(r, false);
        self.valid = move_valid(&self.i, &self.i.mv) && move_valid(&self.j, &self.j.mv);
    }

    /// Cuts the moves back when the supplier's move would push the NBS past the demanding
    /// actor's position (`first`: check side i, else side j).
    fn check_nbs(&mut self, r: &Round<T>, first: bool) {
        let (me, other) = if first {
            (&mut self.i, &mut self.j)
        } else {
            (&mut self.j, &mut self.i)
        };
        me.nbs0 = r.adjusted_nbs(&self.updates, me.supply, me.actor, &me.supply_pos);
        me.nbs1 = r.adjusted_nbs(&self.updates, me.supply, me.actor, &me.y);
        let x = other.demand_pos.clone();
        let a = x.clone() - me.nbs0.clone();
        let b = x.clone() - me.nbs1.clone();
        if (a >= zero() && b >= zero()) || (a <= zero() && b <= zero()) {
            return;
        }
        let delta = r
            .move_for_nbs(&self.updates, me.supply, me.actor, &me.supply_pos, &x)
            .abs();
        let ratio_me = r.ratio(me, delta.clone());
        let ratio_other = (r.supply_sal(me) + r.demand_sal(other))
            / (r.demand_sal(me) + r.supply_sal(other))
            * ratio_me.clone();
        other.mv = r.reverse(other, ratio_other.clone()).abs();
        me.mv = delta;
        if other.supply_pos > me.demand_pos {
            other.mv = -other.mv.clone();
        }
        if me.supply_pos > other.demand_pos {
            me.mv = -me.mv.clone();
        }
        other.moves.pop();
        me.moves.pop();
        other.moves.push(other.mv.clone());
        me.moves.push(me.mv.clone());
        other.y = other.supply_pos.clone() + other.mv.clone();
        me.y = me.supply_pos.clone() + me.mv.clone();
        self.gain = utility(r, other, &ratio_other, &ratio_me);
        me.nbs1 = r.adjusted_nbs(&self.updates, me.supply, me.actor, &me.y);
        self.valid = move_valid(other, &other.mv) && move_valid(me, &me.mv);
        self.dp = ratio_me;
        self.dq = ratio_other;
    }

    /// Recomputes this exchange after `done` was carried out; updates `valid`.
    fn recalculate(&mut self, r: &Round<T>, done: &Candidate<T>) {
        let same_supply = |a: &Side<T>, b: &Side<T>| a.actor == b.actor && a.supply == b.supply;
        let same_demand = |a: &Side<T>, b: &Side<T>| a.actor == b.actor && a.demand == b.demand;
        let mut inv_i = false;
        let mut inv_j = false;
        for d in [&done.i, &done.j] {
            if !inv_i && same_supply(&self.i, d) {
                self.i.supply_pos = d.y.clone();
                self.i
                    .moves
                    .push(d.moves.last().cloned().unwrap_or_else(zero));
                inv_i = true;
            }
        }
        for d in [&done.i, &done.j] {
            if !inv_j && same_supply(&self.j, d) {
                self.j.supply_pos = d.y.clone();
                self.j
                    .moves
                    .push(d.moves.last().cloned().unwrap_or_else(zero));
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
                    .map(|u| u.2.clone());
                let value = match prev {
                    Some(upd) => {
                        if mover.start <= upd {
                            if upd < mover.y {
                                upd
                            } else {
                                mover.y.clone()
                            }
                        } else if upd > mover.y {
                            upd
                        } else {
                            mover.y.clone()
                        }
                    }
                    None => mover.y.clone(),
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
            gain: self.gain.to_f64(),
            i_actor: data.actors[self.i.actor].clone(),
            i_supply_issue: data.issues[self.i.supply].name.clone(),
            i_start: self.i.supply_pos.to_f64(),
            i_move: self.i.mv.to_f64(),
            i_y: self.i.y.to_f64(),
            j_actor: data.actors[self.j.actor].clone(),
            j_supply_issue: data.issues[self.j.supply].name.clone(),
            j_start: self.j.supply_pos.to_f64(),
            j_move: self.j.mv.to_f64(),
            j_y: self.j.y.to_f64(),
            dp: self.dp.to_f64(),
            dq: self.dq.to_f64(),
            is_valid: self.valid,
        }
    }
}

/// Maximum expected utilities of both sides of an exchange (the bounds the randomised
/// variant draws gains from): (eu_max of side i, eu_max of side j).
fn maximum_utility<T: Scalar>(r: &Round<T>, c: &Candidate<T>) -> (T, T) {
    let (i, j) = (&c.i, &c.j);
    let i_opt = i.demand_pos == i.y;
    let j_opt = j.demand_pos == j.y;
    let adj_i = r.adjusted_nbs(
        &c.updates,
        i.supply,
        i.actor,
        if i_opt { &i.y } else { &j.demand_pos },
    );
    let adj_j = r.adjusted_nbs(
        &c.updates,
        j.supply,
        j.actor,
        if j_opt { &j.y } else { &i.demand_pos },
    );
    let di = (i.nbs0.clone() - adj_i).abs();
    let dj = (j.nbs0.clone() - adj_j).abs();
    let loss_1 = dj.clone() * r.supply_sal(j);
    let gain_2 = dj * r.demand_sal(i);
    let loss_2 = di.clone() * r.supply_sal(i);
    let gain_1 = di * r.demand_sal(j);
    let util_i = gain_1.clone() - loss_1.clone();
    let util_j = gain_2.clone() - loss_2.clone();
    let mut overwrite = None;
    if i_opt && util_i > zero() {
        overwrite = Some(gain_2.clone() - (loss_1.clone() / r.demand_sal(j)) * r.supply_sal(i));
    }
    if j_opt && util_j > zero() {
        overwrite = Some(gain_1.clone() - (loss_2.clone() / r.demand_sal(i)) * r.supply_sal(j));
    }
    // `actor` is the side whose demand gain is smaller.
    let (actor_is_j, gain, loss) = if gain_2 > gain_1 {
        (true, gain_1, loss_2)
    } else {
        (false, gain_2, loss_1)
    };
    let (a, o) = if actor_is_j { (j, i) } else { (i, j) };
    let s = r.supply_sal(a) / (r.supply_sal(a) + r.demand_sal(o));
    let d_u1 = loss.clone() / (s.clone() * r.demand_sal(o));
    let d_u2 = gain.clone() / (s.clone() * r.supply_sal(a));
    let eu_other = match overwrite {
        Some(v) if v != zero() => v,
        _ => s.clone() * r.demand_sal(o) * d_u2 - loss,
    };
    let eu_actor = gain - s * r.supply_sal(a) * d_u1;
    if actor_is_j {
        (eu_other, eu_actor)
    } else {
        (eu_actor, eu_other)
    }
}

/// The exchange model's inputs on the 0–100 scale.
pub struct ExchangeModel<T = f64> {
    ni: usize,
    na: usize,
    present: Vec<bool>,
    pos: Vec<T>,
    sal: Vec<T>,
    pow: Vec<T>,
}

/// A round's outcome.
pub struct RoundOutcome<T = f64> {
    pub candidates: Vec<Exchange>,
    /// Gain of each candidate, in the model's number type.
    pub gains: Vec<T>,
    pub realized: Vec<Exchange>,
    pub ties: usize,
    /// Voting positions after the round (0–100), per cell.
    pub voting: Vec<T>,
    /// Start positions of the next round.
    pub next: Vec<T>,
    /// NBS per issue on the voting positions.
    pub nbs: Vec<T>,
    /// (eu_max i, eu_max j) of each candidate, in candidate order.
    pub eu_max: Vec<(T, T)>,
}

impl<T: Scalar> ExchangeModel<T> {
    /// From a stakeholder table: positions normalised to 0–100 on the issue's scale,
    /// saliences back in the file's units (the reference works with them as read).
    pub fn new(data: &Stakeholders) -> Self {
        let (na, ni) = (data.n_actors(), data.n_issues());
        let mut m = ExchangeModel {
            ni,
            na,
            present: vec![false; na * ni],
            pos: vec![zero(); na * ni],
            sal: vec![zero(); na * ni],
            pow: vec![zero(); na * ni],
        };
        for a in 0..na {
            for i in 0..ni {
                if let Some(c) = data.cell(a, i) {
                    let sc = &data.issues[i];
                    let k = a * ni + i;
                    m.present[k] = true;
                    m.pos[k] = if sc.upper > sc.lower {
                        // As the reference: (x − lower) × (100 / (upper − lower)).
                        (T::num(c.position) - T::num(sc.lower))
                            * (T::num(100.0) / (T::num(sc.upper) - T::num(sc.lower)))
                    } else {
                        T::num(c.position)
                    };
                    // Saliences back in file units (the table stores them divided by 1 or 100).
                    m.sal[k] = T::num(c.salience * data.salience_scale);
                    m.pow[k] = T::num(c.capability);
                }
            }
        }
        m
    }

    /// Whether every present cell has positive salience and power (needed for exact
    /// arithmetic, where a division by zero is an error rather than an infinity).
    pub fn all_positive(&self) -> bool {
        (0..self.present.len())
            .all(|k| !self.present[k] || (self.sal[k] > zero() && self.pow[k] > zero()))
    }

    pub fn positions(&self) -> &[T] {
        &self.pos
    }

    pub fn nbs(&self, pos: &[T]) -> Vec<T> {
        (0..self.ni)
            .map(|i| {
                let (mut num, mut den) = (zero::<T>(), zero::<T>());
                for a in 0..self.na {
                    let k = a * self.ni + i;
                    if self.present[k] {
                        num = num + pos[k].clone() * self.sal[k].clone() * self.pow[k].clone();
                        den = den + self.sal[k].clone() * self.pow[k].clone();
                    }
                }
                if den == zero() {
                    zero()
                } else {
                    num / den
                }
            })
            .collect()
    }

    /// Runs one round from positions `pos` (0–100).
    pub fn round(&self, data: &Stakeholders, pos: &[T], rng: &mut ChaCha8Rng) -> RoundOutcome<T> {
        let (na, ni) = (self.na, self.ni);
        let denom: Vec<T> = (0..ni)
            .map(|i| {
                (0..na)
                    .filter(|&a| self.present[a * ni + i])
                    .fold(zero::<T>(), |acc, a| {
                        acc + self.sal[a * ni + i].clone() * self.pow[a * ni + i].clone()
                    })
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
        let mut list: Vec<Candidate<T>> = Vec::new();
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
        let gains: Vec<T> = list.iter().map(|c| c.gain.clone()).collect();
        let eu_max: Vec<(T, T)> = list.iter().map(|c| maximum_utility(&r, c)).collect();
        let mut realized: Vec<Candidate<T>> = Vec::new();
        let mut ties = 0;
        while !list.is_empty() {
            list.sort_by(|a, b| {
                b.gain
                    .partial_cmp(&a.gain)
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            let mut top = list.remove(0);
            if let Some(next) = list.first() {
                let tol = T::num(1e-12) * top.gain.abs().max(T::num(1.0));
                if (top.gain.clone() - next.gain.clone()).abs() < tol {
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
            voting[c.i.actor * ni + c.i.supply] = c.i.y.clone();
            voting[c.j.actor * ni + c.j.supply] = c.j.y.clone();
        }
        let nbs_after = self.nbs(&voting);
        let mut next = voting.clone();
        for c in &realized {
            for s in [&c.i, &c.j] {
                let sal = self.sal[s.actor * ni + s.supply].clone();
                let w = (T::num(1.0) - sal) * T::num(SALIENCE_WEIGHT);
                let fw = T::num(FIXED_WEIGHT);
                next[s.actor * ni + s.supply] = w.clone() * s.y.clone()
                    + fw.clone() * s.y.clone()
                    + (T::num(1.0) - w - fw) * s.start.clone();
            }
        }
        RoundOutcome {
            candidates,
            gains,
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
    let model: ExchangeModel<f64> = ExchangeModel::new(data);
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
            scale: None,
            outcome: None,
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
    let model: ExchangeModel<f64> = ExchangeModel::new(data);
    let mut rng = ChaCha8Rng::seed_from_u64(0);
    model.round(data, &model.pos.clone(), &mut rng)
}

/// Round 1 in exact rational arithmetic (inputs taken as the decimals written in the file).
/// Needs positive saliences and powers.
pub fn first_round_exact(
    data: &Stakeholders,
) -> Result<RoundOutcome<num_rational::BigRational>, ForecastError> {
    let model: ExchangeModel<num_rational::BigRational> = ExchangeModel::new(data);
    if !model.all_positive() {
        return Err(ForecastError::Model(
            "exact arithmetic needs positive saliences and powers".into(),
        ));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(0);
    Ok(model.round(data, &model.pos.clone(), &mut rng))
}
