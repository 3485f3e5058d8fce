//! Agent-based negotiation over a scenario's outcome space: the alternating-offers protocol
//! with a deadline and optional discounting, a single-negotiating-text mediator for more
//! than two parties, and tournaments between strategies.
//!
//! Utilities are additive (Σ weight × value, the scenario's own model via
//! `DenseScenario`). The outcome space is enumerated when it has at most
//! [`OutcomeSpace::MAX_OUTCOMES`] outcomes; larger spaces are represented by that many
//! outcomes drawn uniformly with the seed, plus each party's best outcome. Each agent keeps
//! the outcomes sorted by its own utility, so a bid is one binary search.
use detente_model::DenseScenario;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

/// Outcomes (option index per issue) and every party's utility of each.
pub struct OutcomeSpace {
    pub parties: Vec<String>,
    pub issues: Vec<String>,
    pub options: Vec<Vec<String>>,
    n_issues: usize,
    /// outcomes[k * n_issues + i]
    outcomes: Vec<u32>,
    /// util[p * n_outcomes + k]
    util: Vec<f64>,
    pub reservations: Vec<f64>,
    /// True when the space was sampled rather than enumerated.
    pub sampled: bool,
    /// sorted[p]: outcome indices by decreasing utility for p.
    sorted: Vec<Vec<u32>>,
}

impl OutcomeSpace {
    pub const MAX_OUTCOMES: usize = 100_000;

    pub fn n_outcomes(&self) -> usize {
        self.util.len() / self.parties.len().max(1)
    }
    pub fn utility(&self, p: usize, k: usize) -> f64 {
        self.util[p * self.n_outcomes() + k]
    }
    pub fn outcome(&self, k: usize) -> &[u32] {
        &self.outcomes[k * self.n_issues..(k + 1) * self.n_issues]
    }
    /// (issue, option) labels of an outcome.
    pub fn describe(&self, k: usize) -> Vec<(String, String)> {
        self.outcome(k)
            .iter()
            .enumerate()
            .map(|(i, &o)| {
                let option = self
                    .options
                    .get(i)
                    .and_then(|v| v.get(o as usize))
                    .cloned()
                    .unwrap_or_default();
                (self.issues.get(i).cloned().unwrap_or_default(), option)
            })
            .collect()
    }

    pub fn from_dense(d: &DenseScenario, seed: u64) -> Self {
        let np = d.parties.len();
        let ni = d.issues.len();
        let sizes: Vec<usize> = d.options.iter().map(|o| o.len().max(1)).collect();
        let total = d.outcome_count();
        let mut outcomes: Vec<u32> = Vec::new();
        let sampled = total > Self::MAX_OUTCOMES as u128;
        if !sampled {
            let n = total as usize;
            outcomes.reserve(n * ni);
            let mut cur = vec![0u32; ni];
            for _ in 0..n {
                outcomes.extend_from_slice(&cur);
                for i in (0..ni).rev() {
                    cur[i] += 1;
                    if (cur[i] as usize) < sizes[i] {
                        break;
                    }
                    cur[i] = 0;
                }
            }
        } else {
            // Each party's best outcome, then uniform draws.
            for p in 0..np {
                for i in 0..ni {
                    let best = (0..sizes[i])
                        .max_by(|&a, &b| {
                            let va = d.values[p][i].get(a).copied().unwrap_or(0.0);
                            let vb = d.values[p][i].get(b).copied().unwrap_or(0.0);
                            va.total_cmp(&vb)
                        })
                        .unwrap_or(0);
                    outcomes.push(best as u32);
                }
            }
            let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x005e_ed0f_0ac0);
            while outcomes.len() < Self::MAX_OUTCOMES * ni {
                for &s in &sizes {
                    outcomes.push(rng.gen_range(0..s) as u32);
                }
            }
        }
        let n = outcomes.len().checked_div(ni).unwrap_or(1);
        let mut util = vec![0.0; np * n];
        for p in 0..np {
            for k in 0..n {
                let mut u = 0.0;
                for i in 0..ni {
                    let o = outcomes[k * ni + i] as usize;
                    u += d.weights[p][i] * d.values[p][i].get(o).copied().unwrap_or(0.0);
                }
                util[p * n + k] = u;
            }
        }
        let sorted = (0..np)
            .map(|p| {
                let mut idx: Vec<u32> = (0..n as u32).collect();
                idx.sort_by(|&a, &b| util[p * n + b as usize].total_cmp(&util[p * n + a as usize]));
                idx
            })
            .collect();
        OutcomeSpace {
            parties: d.parties.clone(),
            issues: d.issues.clone(),
            options: d
                .options
                .iter()
                .map(|o| o.iter().map(|x| x.id.clone()).collect())
                .collect(),
            n_issues: ni,
            outcomes,
            util,
            reservations: d.reservations.clone(),
            sampled,
            sorted,
        }
    }

    /// The outcome with the lowest utility ≥ `target` for `p` (its best one if none).
    fn bid_at(&self, p: usize, target: f64) -> usize {
        let s = &self.sorted[p];
        let n = self.n_outcomes();
        // sorted by decreasing utility: find the last index with utility ≥ target.
        let cnt = s.partition_point(|&k| self.util[p * n + k as usize] >= target);
        s[cnt.saturating_sub(1)] as usize
    }

    fn best_utility(&self, p: usize) -> f64 {
        self.sorted[p]
            .first()
            .map_or(0.0, |&k| self.utility(p, k as usize))
    }

    /// The Nash bargaining point over the outcomes: maximises Π (u_p − r_p) among outcomes
    /// every party prefers to its reservation. Returns the utilities, or `None`.
    pub fn nash_point(&self) -> Option<Vec<f64>> {
        let np = self.parties.len();
        let mut best: Option<(f64, usize)> = None;
        for k in 0..self.n_outcomes() {
            let mut prod = 1.0;
            let mut ok = true;
            for p in 0..np {
                let gain = self.utility(p, k) - self.reservations[p];
                if gain < 0.0 {
                    ok = false;
                    break;
                }
                prod *= gain;
            }
            if ok && best.is_none_or(|(b, _)| prod > b) {
                best = Some((prod, k));
            }
        }
        best.map(|(_, k)| (0..np).map(|p| self.utility(p, k)).collect())
    }
}

/// A negotiation strategy.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Strategy {
    /// Time-dependent concession (Faratin et al. 1998): target(t) = u_max − (u_max − r)·t^(1/e).
    /// Boulware e = 0.2, linear e = 1, Conceder e = 2.
    TimeDependent { e: f64 },
    /// Relative tit-for-tat: concedes as much (in its own utility) as the opponent has
    /// conceded since its first offer, and at least as much as a Boulware agent (e = 0.2).
    TitForTat,
    /// Aspiration level: starts at u_max and lowers its aspiration by a fixed fraction of the
    /// distance to the reservation after each of its own offers.
    Aspiration { rate: f64 },
}

impl Strategy {
    pub fn name(&self) -> String {
        match *self {
            Strategy::TimeDependent { e } if (e - 0.2).abs() < 1e-9 => "boulware".into(),
            Strategy::TimeDependent { e } if (e - 1.0).abs() < 1e-9 => "linear".into(),
            Strategy::TimeDependent { e } if (e - 2.0).abs() < 1e-9 => "conceder".into(),
            Strategy::TimeDependent { e } => format!("time-dependent(e={e})"),
            Strategy::TitForTat => "tit-for-tat".into(),
            Strategy::Aspiration { .. } => "aspiration".into(),
        }
    }

    /// `boulware`, `linear`, `conceder`, `tit-for-tat`, `aspiration`, or `e=0.5`.
    pub fn parse(s: &str) -> Result<Strategy, crate::ForecastError> {
        let t = s.trim().to_ascii_lowercase();
        Ok(match t.as_str() {
            "boulware" => Strategy::TimeDependent { e: 0.2 },
            "linear" => Strategy::TimeDependent { e: 1.0 },
            "conceder" => Strategy::TimeDependent { e: 2.0 },
            "tit-for-tat" | "titfortat" | "tft" => Strategy::TitForTat,
            "aspiration" => Strategy::Aspiration { rate: 0.05 },
            _ => match t.strip_prefix("e=").and_then(|x| x.parse::<f64>().ok()) {
                Some(e) if e > 0.0 && e.is_finite() => Strategy::TimeDependent { e },
                _ => return Err(crate::ForecastError::UnknownStrategy(s.to_string())),
            },
        })
    }

    pub fn all() -> Vec<Strategy> {
        vec![
            Strategy::TimeDependent { e: 0.2 },
            Strategy::TimeDependent { e: 1.0 },
            Strategy::TimeDependent { e: 2.0 },
            Strategy::TitForTat,
            Strategy::Aspiration { rate: 0.05 },
        ]
    }
}

/// One agent's state during a negotiation.
struct Agent {
    party: usize,
    strategy: Strategy,
    u_max: f64,
    floor: f64,
    aspiration: f64,
    first_received: Option<f64>,
    last_received: Option<f64>,
}

impl Agent {
    fn new(space: &OutcomeSpace, party: usize, strategy: Strategy) -> Self {
        let u_max = space.best_utility(party);
        let floor = space
            .reservations
            .get(party)
            .copied()
            .unwrap_or(0.0)
            .min(u_max);
        Agent {
            party,
            strategy,
            u_max,
            floor,
            aspiration: u_max,
            first_received: None,
            last_received: None,
        }
    }

    /// Target utility at relative time t ∈ [0, 1].
    fn target(&self, t: f64) -> f64 {
        let span = self.u_max - self.floor;
        match self.strategy {
            Strategy::TimeDependent { e } => self.u_max - span * t.clamp(0.0, 1.0).powf(1.0 / e),
            Strategy::TitForTat => {
                let conceded = match (self.first_received, self.last_received) {
                    (Some(f), Some(l)) => (l - f).max(0.0),
                    _ => 0.0,
                };
                // Never slower than a Boulware schedule, so that two tit-for-tat agents
                // (each waiting for the other) still close before the deadline.
                let boulware = self.u_max - span * t.clamp(0.0, 1.0).powf(5.0);
                (self.u_max - conceded).min(boulware).max(self.floor)
            }
            Strategy::Aspiration { .. } => self.aspiration,
        }
    }

    fn receive(&mut self, u: f64) {
        if self.first_received.is_none() {
            self.first_received = Some(u);
        }
        self.last_received = Some(u);
    }

    fn after_offer(&mut self) {
        if let Strategy::Aspiration { rate } = self.strategy {
            self.aspiration -= rate * (self.aspiration - self.floor);
        }
    }
}

/// Settings of one negotiation.
#[derive(Clone, Debug)]
pub struct Protocol {
    /// Deadline in steps (one offer or response per step).
    pub steps: usize,
    /// Utilities of an agreement at relative time t are multiplied by discount^t.
    pub discount: Option<f64>,
}

impl Default for Protocol {
    fn default() -> Self {
        Protocol {
            steps: 100,
            discount: None,
        }
    }
}

/// The result of one negotiation.
#[derive(Clone, Debug, Serialize)]
pub struct NegotiationResult {
    pub strategies: Vec<String>,
    pub agreement: bool,
    /// Steps taken (offers and responses).
    pub steps: usize,
    /// Utility of the agreement for each party (discounted when discounting is on); the
    /// reservation utilities when there is none.
    pub utilities: Vec<f64>,
    /// The agreed outcome as (issue, option).
    pub outcome: Vec<(String, String)>,
    /// Offers made, as (step, party, outcome index); kept when asked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trace: Vec<(usize, usize, usize)>,
}

fn discounted(u: f64, proto: &Protocol, t: f64) -> f64 {
    match proto.discount {
        Some(d) if d > 0.0 && d < 1.0 => u * d.powf(t),
        _ => u,
    }
}

/// Alternating offers between two parties (`first` opens).
pub fn alternating_offers(
    space: &OutcomeSpace,
    parties: [usize; 2],
    strategies: [Strategy; 2],
    proto: &Protocol,
    keep_trace: bool,
) -> NegotiationResult {
    let mut agents = [
        Agent::new(space, parties[0], strategies[0]),
        Agent::new(space, parties[1], strategies[1]),
    ];
    let steps = proto.steps.max(2);
    let mut trace = Vec::new();
    let mut offer: Option<usize> = None;
    let mut turn = 0usize;
    for step in 0..steps {
        let t = step as f64 / (steps - 1) as f64;
        let me = &mut agents[turn];
        if let Some(k) = offer {
            let u = space.utility(me.party, k);
            me.receive(u);
            // Accept when the offer is at least what I would ask for now (AC_next).
            let next_t = ((step + 1) as f64 / (steps - 1) as f64).min(1.0);
            let ask = me.target(next_t).max(me.floor);
            if u >= ask - 1e-12 && u >= me.floor - 1e-12 {
                let utilities = parties
                    .iter()
                    .map(|&p| discounted(space.utility(p, k), proto, t))
                    .collect();
                return NegotiationResult {
                    strategies: strategies.iter().map(|s| s.name()).collect(),
                    agreement: true,
                    steps: step + 1,
                    utilities,
                    outcome: space.describe(k),
                    trace,
                };
            }
        }
        let target = me.target(t).max(me.floor);
        let k = space.bid_at(me.party, target);
        me.after_offer();
        if keep_trace {
            trace.push((step, me.party, k));
        }
        offer = Some(k);
        turn = 1 - turn;
    }
    NegotiationResult {
        strategies: strategies.iter().map(|s| s.name()).collect(),
        agreement: false,
        steps,
        utilities: parties.iter().map(|&p| space.reservations[p]).collect(),
        outcome: Vec::new(),
        trace,
    }
}

/// Single negotiating text for any number of parties: the mediator proposes a change of one
/// issue of the current text; each party accepts a change that does not lower its utility,
/// or, later in the negotiation, one that keeps it above its current target. The text is
/// an agreement when every party prefers it to its reservation at the deadline.
pub fn single_text(
    space: &OutcomeSpace,
    strategies: &[Strategy],
    proto: &Protocol,
    seed: u64,
) -> NegotiationResult {
    let np = space.parties.len();
    let agents: Vec<Agent> = (0..np)
        .map(|p| {
            let s = strategies.get(p % strategies.len().max(1)).copied();
            Agent::new(space, p, s.unwrap_or(Strategy::TimeDependent { e: 1.0 }))
        })
        .collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let n = space.n_outcomes();
    // Start from the outcome that maximises the least utility gain (a neutral text).
    let mut text = (0..n)
        .max_by(|&a, &b| {
            let ga = (0..np)
                .map(|p| space.utility(p, a) - space.reservations[p])
                .fold(f64::INFINITY, f64::min);
            let gb = (0..np)
                .map(|p| space.utility(p, b) - space.reservations[p])
                .fold(f64::INFINITY, f64::min);
            ga.total_cmp(&gb)
        })
        .unwrap_or(0);
    let steps = proto.steps.max(2);
    let mut step = 0;
    while step < steps {
        let t = step as f64 / (steps - 1) as f64;
        let candidate = rng.gen_range(0..n);
        step += 1;
        let all_accept = agents.iter().all(|a| {
            let now = space.utility(a.party, text);
            let new = space.utility(a.party, candidate);
            new >= now || new >= a.target(t).max(a.floor)
        });
        if all_accept {
            text = candidate;
        }
    }
    let agreement = (0..np).all(|p| space.utility(p, text) >= space.reservations[p]);
    NegotiationResult {
        strategies: agents.iter().map(|a| a.strategy.name()).collect(),
        agreement,
        steps,
        utilities: (0..np)
            .map(|p| {
                if agreement {
                    discounted(space.utility(p, text), proto, 1.0)
                } else {
                    space.reservations[p]
                }
            })
            .collect(),
        outcome: if agreement {
            space.describe(text)
        } else {
            Vec::new()
        },
        trace: Vec::new(),
    }
}

/// One cell of a tournament: a strategy pair over its repetitions.
#[derive(Clone, Debug, Serialize)]
pub struct PairingStats {
    pub first: String,
    pub second: String,
    pub runs: usize,
    pub agreement_rate: f64,
    pub mean_utility_first: f64,
    pub mean_utility_second: f64,
    pub mean_steps: f64,
    /// Mean Euclidean distance from the Nash point in utility space (agreements only).
    pub mean_nash_distance: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TournamentResult {
    pub parties: [String; 2],
    pub outcomes: usize,
    pub sampled_outcome_space: bool,
    pub nash_point: Option<Vec<f64>>,
    pub pairings: Vec<PairingStats>,
    /// Total negotiation steps simulated.
    pub total_steps: usize,
}

/// Every strategy against every other (both orders), `repeats` times each. Repetitions vary
/// who opens (odd repetitions swap the opener) and the deadline by up to ±10% (seeded), so
/// that deterministic strategies are not measured at a single deadline only.
pub fn tournament(
    space: &OutcomeSpace,
    parties: [usize; 2],
    strategies: &[Strategy],
    proto: &Protocol,
    repeats: usize,
    seed: u64,
    progress: &mut dyn FnMut(usize, usize),
) -> TournamentResult {
    let nash = space.nash_point();
    let total = strategies.len() * strategies.len();
    let mut pairings = Vec::with_capacity(total);
    let mut total_steps = 0;
    let mut done = 0;
    for (a, &sa) in strategies.iter().enumerate() {
        for (b, &sb) in strategies.iter().enumerate() {
            let mut rng =
                ChaCha8Rng::seed_from_u64(seed ^ ((a * 131 + b) as u64).wrapping_mul(0x9E37_79B9));
            let (mut agreements, mut u0, mut u1, mut st, mut dist, mut nd) =
                (0, 0.0, 0.0, 0.0, 0.0, 0);
            for r in 0..repeats.max(1) {
                let jitter = 1.0 + 0.1 * (2.0 * rng.gen::<f64>() - 1.0);
                let p = Protocol {
                    steps: ((proto.steps as f64) * jitter).round().max(2.0) as usize,
                    discount: proto.discount,
                };
                let res = if r % 2 == 0 {
                    alternating_offers(space, parties, [sa, sb], &p, false)
                } else {
                    let mut x =
                        alternating_offers(space, [parties[1], parties[0]], [sb, sa], &p, false);
                    x.utilities.swap(0, 1);
                    x
                };
                total_steps += res.steps;
                st += res.steps as f64;
                u0 += res.utilities[0];
                u1 += res.utilities[1];
                if res.agreement {
                    agreements += 1;
                    if let Some(n) = &nash {
                        let d0 = res.utilities[0] - n[parties[0]];
                        let d1 = res.utilities[1] - n[parties[1]];
                        dist += (d0 * d0 + d1 * d1).sqrt();
                        nd += 1;
                    }
                }
            }
            let runs = repeats.max(1);
            pairings.push(PairingStats {
                first: sa.name(),
                second: sb.name(),
                runs,
                agreement_rate: agreements as f64 / runs as f64,
                mean_utility_first: u0 / runs as f64,
                mean_utility_second: u1 / runs as f64,
                mean_steps: st / runs as f64,
                mean_nash_distance: if nd > 0 { Some(dist / nd as f64) } else { None },
            });
            done += 1;
            progress(done, total);
        }
    }
    TournamentResult {
        parties: [
            space.parties[parties[0]].clone(),
            space.parties[parties[1]].clone(),
        ],
        outcomes: space.n_outcomes(),
        sampled_outcome_space: space.sampled,
        nash_point: nash.map(|n| vec![n[parties[0]], n[parties[1]]]),
        pairings,
        total_steps,
    }
}
