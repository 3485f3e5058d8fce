//! Bueno de Mesquita's expected utility model (EUM) in the formulation of Scholz, Calbert &
//! Smith (2011), round by round, as replicated by jmckib's `bdm-scholz-expected-utility-model`
//! (which reproduces the published mean series 7.390, 7.461, ... exactly).
//!
//! One issue, scalar positions. Each round: risk exponents from danger levels (with every
//! r = 1), then every actor evaluates every other actor's challenge from its own point of
//! view, picks its best offer (confrontation, compromise, capitulation), and all actors move
//! at once. See `docs/forecast.md` for the formulas and the reference's quirks, all of which
//! [`Variant::Reference`] keeps; [`Variant::Paper`] fixes the two that contradict the text of
//! the paper (compromise choice and the capitulation test).
use crate::compromise::issue_items;
use crate::output::{ActorValues, Forecast, IssueForecast, Move, RoundState};
use crate::Stakeholders;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// Follow the reference code (Scholz's replication) and its quirks.
    Reference,
    /// Follow the paper's text: the compromise needing the smallest move wins, and
    /// capitulation fires when EU_ji > 0 > EU_ij with EU_ji < |EU_ij|.
    Paper,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OfferKind {
    Confrontation,
    Compromise,
    Capitulation,
}

impl OfferKind {
    fn name(self) -> &'static str {
        match self {
            OfferKind::Confrontation => "confrontation",
            OfferKind::Compromise => "compromise",
            OfferKind::Capitulation => "capitulation",
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Offer {
    kind: OfferKind,
    from: usize,
    eu_ij: f64,
    eu_ji: f64,
    position: f64,
}

/// The model's state on one issue: plain arrays indexed by actor.
pub struct EumState {
    pub cs: Vec<f64>,
    pub s: Vec<f64>,
    pub x: Vec<f64>,
    pub r: Vec<f64>,
    pub range: f64,
    /// Q, the weight of the status quo (1 in Scholz).
    pub q: f64,
    /// dist[k * n + a] = (|x_k − x_a| / range)^r_k
    dist: Vec<f64>,
    denom: f64,
    /// prob[i * n + j]: probability that i's position beats j's, for the current x and r.
    prob: Vec<f64>,
}

impl EumState {
    pub fn new(c: &[f64], s: &[f64], x: &[f64]) -> Self {
        let n = x.len();
        let (lo, hi) = x
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| {
                (l.min(v), h.max(v))
            });
        let range = if n > 0 && hi > lo { hi - lo } else { 1.0 };
        EumState {
            cs: c.iter().zip(s).map(|(c, s)| c * s).collect(),
            s: s.to_vec(),
            x: x.to_vec(),
            r: vec![1.0; n],
            range,
            q: 1.0,
            dist: vec![0.0; n * n],
            denom: 0.0,
            prob: vec![0.0; n * n],
        }
    }

    fn n(&self) -> usize {
        self.x.len()
    }

    /// Recomputes the distance powers and the all-pairs vote total for the current x and r.
    fn refresh(&mut self) {
        let n = self.n();
        for k in 0..n {
            let (xk, rk) = (self.x[k], self.r[k]);
            for a in 0..n {
                self.dist[k * n + a] = ((xk - self.x[a]).abs() / self.range).powf(rk);
            }
        }
        // Σ_k Σ_a1 Σ_a2 |c_k s_k (d_k(a2) − d_k(a1))|: in the reference's summation order for
        // small tables (bit-for-bit agreement), in O(n log n) per voter from sorted distances
        // for large ones (the same sum up to rounding).
        let mut total = 0.0;
        if n <= 32 {
            for k in 0..n {
                let row = &self.dist[k * n..(k + 1) * n];
                let cs = self.cs[k];
                for &d1 in row {
                    for &d2 in row {
                        total += (cs * (d2 - d1)).abs();
                    }
                }
            }
        } else {
            let mut sorted = vec![0.0; n];
            for k in 0..n {
                sorted.copy_from_slice(&self.dist[k * n..(k + 1) * n]);
                sorted.sort_by(f64::total_cmp);
                let mut pairs = 0.0;
                for (m, &d) in sorted.iter().enumerate() {
                    pairs += d * (2.0 * m as f64 - (n as f64 - 1.0));
                }
                total += 2.0 * self.cs[k].abs() * pairs;
            }
        }
        self.denom = total;
        // P depends only on the two positions: compute it once per pair of distinct
        // positions (actors often share positions) and copy it to the actor pairs.
        let mut reps: Vec<usize> = Vec::new();
        let mut class = vec![0usize; n];
        for i in 0..n {
            class[i] = match reps.iter().position(|&r| self.x[r] == self.x[i]) {
                Some(c) => c,
                None => {
                    reps.push(i);
                    reps.len() - 1
                }
            };
        }
        let u = reps.len();
        let mut dt = vec![0.0; n * n];
        for k in 0..n {
            for a in 0..n {
                dt[a * n + k] = self.dist[k * n + a];
            }
        }
        let mut pu = vec![0.0; u * u];
        for a in 0..u {
            for b in 0..u {
                pu[a * u + b] = self.probability_t(&dt, reps[a], reps[b]);
            }
        }
        for i in 0..n {
            for j in 0..n {
                self.prob[i * n + j] = pu[class[i] * u + class[j]];
            }
        }
    }

    /// Probability that position column `ci` beats `cj` of the transposed distances
    /// `dt[a * n + k] = d_k(a)` (contiguous over voters k).
    fn probability_t(&self, dt: &[f64], ci: usize, cj: usize) -> f64 {
        if self.x[ci] == self.x[cj] || self.denom <= 0.0 {
            return 0.0;
        }
        let n = self.n();
        let di = &dt[ci * n..(ci + 1) * n];
        let dj = &dt[cj * n..(cj + 1) * n];
        let num = if n <= 32 {
            // The reference's summation order (bit-for-bit agreement on small tables).
            let mut num = 0.0;
            for k in 0..n {
                num += (self.cs[k] * (dj[k] - di[k])).max(0.0);
            }
            num
        } else {
            // Four independent partial sums (same value up to rounding, 3-4x faster).
            let mut acc = [0.0f64; 4];
            let chunks = n / 4;
            for c in 0..chunks {
                for l in 0..4 {
                    let k = 4 * c + l;
                    acc[l] += (self.cs[k] * (dj[k] - di[k])).max(0.0);
                }
            }
            for k in 4 * chunks..n {
                acc[0] += (self.cs[k] * (dj[k] - di[k])).max(0.0);
            }
            (acc[0] + acc[1]) + (acc[2] + acc[3])
        };
        num / self.denom
    }

    /// EU to i of challenging j, seen by `p` (whose risk exponent is used throughout).
    fn eu_challenge(&self, p: usize, i: usize, j: usize) -> f64 {
        let prob = self.prob[i * self.n() + j];
        let rp = self.r[p];
        let d = 0.5 * (self.x[i] - self.x[j]).abs() / self.range;
        let u_s = 2.0 - 4.0 * (0.5 - d).powf(rp);
        let u_f = 2.0 - 4.0 * (0.5 + d).powf(rp);
        let u_sq = 2.0 - 4.0 * 0.5f64.powf(rp);
        let sj = self.s[j];
        let resist = sj * (prob * u_s + (1.0 - prob) * u_f);
        let not_resist = (1.0 - sj) * u_s;
        resist + not_resist - self.q * u_sq
    }

    /// Sets every r from the danger levels computed with r = 1.
    pub fn update_risk(&mut self) {
        let n = self.n();
        self.r.iter_mut().for_each(|r| *r = 1.0);
        self.refresh();
        let danger: Vec<f64> = (0..n)
            .map(|i| {
                let mut d = 0.0;
                for j in 0..n {
                    if j != i {
                        d += self.eu_challenge(i, j, i);
                    }
                }
                d
            })
            .collect();
        let max = danger.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let min = danger.iter().cloned().fold(f64::INFINITY, f64::min);
        for i in 0..n {
            let big_r = if max > min {
                (2.0 * danger[i] - max - min) / (max - min)
            } else {
                0.0
            };
            self.r[i] = (1.0 - big_r / 3.0) / (1.0 + big_r / 3.0);
        }
    }

    fn best_offer(&self, i: usize, variant: Variant) -> Option<Offer> {
        let n = self.n();
        let mut best: [Option<(f64, Offer)>; 3] = [None, None, None];
        for j in 0..n {
            if self.x[i] == self.x[j] {
                continue;
            }
            let eu_ij = self.eu_challenge(i, i, j);
            let eu_ji = self.eu_challenge(i, j, i);
            let offer = if eu_ji > eu_ij && eu_ij > 0.0 {
                Some((OfferKind::Confrontation, self.x[j]))
            } else if eu_ji > 0.0 && 0.0 > eu_ij && eu_ji > eu_ij.abs() {
                let concession = (self.x[j] - self.x[i]) * (eu_ij / eu_ji).abs();
                Some((OfferKind::Compromise, self.x[i] + concession))
            } else if variant == Variant::Paper && eu_ji > 0.0 && 0.0 > eu_ij && eu_ji < eu_ij.abs()
            {
                // The reference tests `eu_ji < |eu_ji|` here, which is never true.
                Some((OfferKind::Capitulation, self.x[j]))
            } else {
                None
            };
            let Some((kind, position)) = offer else {
                continue;
            };
            let o = Offer {
                kind,
                from: j,
                eu_ij,
                eu_ji,
                position,
            };
            let key = match (kind, variant) {
                (OfferKind::Compromise, Variant::Reference) => {
                    // The reference ranks compromises by an EU-weighted position rather than
                    // by the size of the move; needed to reproduce the published series.
                    (eu_ij.abs() * self.x[i] + eu_ji.abs() * self.x[j])
                        / (eu_ij.abs() + eu_ji.abs())
                }
                _ => (self.x[i] - position).abs(),
            };
            let slot = kind as usize;
            if best[slot].as_ref().is_none_or(|(k, _)| key < *k) {
                best[slot] = Some((key, o));
            }
        }
        best.into_iter().flatten().next().map(|(_, o)| o)
    }

    /// One round: risk exponents, offers, simultaneous moves. Returns the moves made.
    pub fn step(
        &mut self,
        variant: Variant,
    ) -> Vec<(usize, usize, &'static str, f64, f64, f64, f64)> {
        self.update_risk();
        self.refresh();
        let n = self.n();
        let offers: Vec<Option<Offer>> = (0..n).map(|i| self.best_offer(i, variant)).collect();
        let mut moves = Vec::new();
        for (i, o) in offers.into_iter().enumerate() {
            if let Some(o) = o {
                moves.push((
                    i,
                    o.from,
                    o.kind.name(),
                    self.x[i],
                    o.position,
                    o.eu_ij,
                    o.eu_ji,
                ));
                self.x[i] = o.position;
            }
        }
        moves
    }

    pub fn mean(&self) -> f64 {
        let (mut num, mut den) = (0.0, 0.0);
        for k in 0..self.n() {
            num += self.cs[k] * self.x[k];
            den += self.cs[k];
        }
        if den > 0.0 {
            num / den
        } else {
            self.x.iter().sum::<f64>() / self.n().max(1) as f64
        }
    }

    /// The reference's "median": a greedy scan over the distinct positions in the iteration
    /// order of a CPython set; a position replaces the running median when the risk-neutral
    /// vote for it is positive. Only reported, never fed back.
    pub fn median(&self) -> f64 {
        let order = python_set_order(&self.x);
        let Some(&first) = order.first() else {
            return f64::NAN;
        };
        let mut median = first;
        for &pos in &order[1..] {
            let mut votes = 0.0;
            for k in 0..self.n() {
                let dm = (self.x[k] - median).abs() / self.range;
                let dp = (self.x[k] - pos).abs() / self.range;
                votes += self.cs[k] * (dm - dp);
            }
            if votes > 0.0 {
                median = pos;
            }
        }
        median
    }
}

/// CPython's hash of a float (`_Py_HashDouble`, 64-bit).
fn python_float_hash(v: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if !v.is_finite() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % BITS
    } else {
        BITS - 1 - (((-1 - e) as u32) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        h = -2;
    }
    h
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Iteration order of `{x for x in xs}` in CPython 3 (open addressing with linear probes
/// and perturbation, table resized ×4 when 3/5 full).
fn python_set_order(xs: &[f64]) -> Vec<f64> {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    fn insert(table: &mut [Option<(f64, i64)>], key: f64, hash: i64) -> bool {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for p in 0..=probes {
                match table[i + p] {
                    None => {
                        table[i + p] = Some((key, hash));
                        return true;
                    }
                    Some((k, h)) if h == hash && k == key => return false,
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
    let mut table: Vec<Option<(f64, i64)>> = vec![None; 8];
    let mut used = 0usize;
    for &x in xs {
        let x = if x == 0.0 { 0.0 } else { x }; // -0.0 == 0.0 in a set
        if x.is_nan() {
            continue;
        }
        let h = python_float_hash(x);
        if insert(&mut table, x, h) {
            used += 1;
            let mask = table.len() - 1;
            if used * 5 >= mask * 3 {
                let min_used = if used > 50000 { used * 2 } else { used * 4 };
                let mut size = 8;
                while size <= min_used {
                    size <<= 1;
                }
                let old = std::mem::replace(&mut table, vec![None; size]);
                for (k, h) in old.into_iter().flatten() {
                    insert(&mut table, k, h);
                }
            }
        }
    }
    table.into_iter().flatten().map(|(k, _)| k).collect()
}

/// Result of one issue's run.
pub struct EumRun {
    pub rounds: Vec<RoundState>,
    pub moves: Vec<Move>,
    pub risk_exponents: Vec<ActorValues>,
}

/// Runs the model on one issue's actors: (name, capability, position, salience).
pub fn run_issue(actors: &[(String, f64, f64, f64)], rounds: usize, variant: Variant) -> EumRun {
    let names: Vec<String> = actors.iter().map(|a| a.0.clone()).collect();
    let c: Vec<f64> = actors.iter().map(|a| a.1).collect();
    let x: Vec<f64> = actors.iter().map(|a| a.2).collect();
    let s: Vec<f64> = actors.iter().map(|a| a.3).collect();
    let mut st = EumState::new(&c, &s, &x);
    let snapshot = |st: &EumState, round: usize| RoundState {
        round,
        mean: st.mean(),
        median: st.median(),
        positions: ActorValues(names.iter().cloned().zip(st.x.iter().cloned()).collect()),
    };
    let mut out = EumRun {
        rounds: vec![snapshot(&st, 0)],
        moves: Vec::new(),
        risk_exponents: Vec::new(),
    };
    if actors.len() < 2 {
        return out;
    }
    for round in 1..=rounds {
        let moves = st.step(variant);
        out.risk_exponents.push(ActorValues(
            names.iter().cloned().zip(st.r.iter().cloned()).collect(),
        ));
        for (i, j, kind, from, to, eu_ij, eu_ji) in moves {
            out.moves.push(Move {
                round,
                actor: names[i].clone(),
                kind: kind.to_string(),
                with: names[j].clone(),
                from,
                to,
                figures: vec![("eu_ij".into(), eu_ij), ("eu_ji".into(), eu_ji)],
            });
        }
        out.rounds.push(snapshot(&st, round));
    }
    out
}

/// Runs the model on every issue of the table.
pub fn forecast(data: &Stakeholders, rounds: usize, variant: Variant) -> Forecast {
    let issues = (0..data.n_issues())
        .map(|i| {
            let actors: Vec<(String, f64, f64, f64)> = (0..data.n_actors())
                .filter_map(|a| {
                    data.cell(a, i)
                        .map(|c| (data.actors[a].clone(), c.capability, c.position, c.salience))
                })
                .collect();
            let _ = issue_items; // same actor selection as the compromise model
            let run = run_issue(&actors, rounds, variant);
            IssueForecast {
                scale: None,
                outcome: None,
                issue: data.issues[i].name.clone(),
                rounds: run.rounds,
                moves: run.moves,
                risk_exponents: run.risk_exponents,
                distribution: None,
            }
        })
        .collect();
    let mut f = Forecast::new("eum", issues);
    f.variant = Some(
        match variant {
            Variant::Reference => "reference (Scholz et al. 2011 replication, jmckib)",
            Variant::Paper => "paper (smallest-move compromise, capitulation enabled)",
        }
        .to_string(),
    );
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hash_matches_cpython() {
        // Values from CPython 3: hash(4.0)=4, hash(0.5)=1152921504606846976,
        // hash(8.415932315426764)=959074621832867848, hash(-1.0)=-2.
        assert_eq!(python_float_hash(4.0), 4);
        assert_eq!(python_float_hash(0.5), 1152921504606846976);
        assert_eq!(python_float_hash(-1.0), -2);
        assert_eq!(python_float_hash(8.415932315426764), 959074621832867848);
        assert_eq!(
            python_set_order(&[10.0, 4.0, 7.0, 4.0]),
            vec![10.0, 4.0, 7.0]
        );
    }
}
