//! The common forecast shape (see INTERFACE.md) and its readable table.
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::fmt::Write as _;

/// Values per actor, kept in input order and serialised as a JSON object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActorValues(pub Vec<(String, f64)>);

impl ActorValues {
    pub fn get(&self, actor: &str) -> Option<f64> {
        self.0.iter().find(|(a, _)| a == actor).map(|(_, v)| *v)
    }
}

impl Serialize for ActorValues {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// The state of one issue after a round (round 0 is the input).
#[derive(Clone, Debug, Serialize)]
pub struct RoundState {
    pub round: usize,
    /// Capability × salience weighted mean position.
    pub mean: f64,
    pub median: f64,
    pub positions: ActorValues,
}

/// One actor's move in a round, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Move {
    pub round: usize,
    pub actor: String,
    /// `confrontation`, `compromise`, `capitulation` (EUM), `bargain` (SMP), `exchange`.
    pub kind: String,
    /// The other actor of the challenge, bargain or exchange.
    pub with: String,
    pub from: f64,
    pub to: f64,
    /// Model-specific figures (EU_ij/EU_ji for EUM, gain for exchange, ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<(String, f64)>,
}

/// One issue's trajectory.
#[derive(Clone, Debug, Serialize)]
pub struct IssueForecast {
    pub issue: String,
    pub rounds: Vec<RoundState>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<Move>,
    /// EUM: the risk exponent each actor used in round k (index k-1).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub risk_exponents: Vec<ActorValues>,
    /// Monte Carlo distribution of the final position, when computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<crate::montecarlo::Distribution>,
}

/// A model's forecast: one trajectory per issue plus model-specific details.
#[derive(Clone, Debug, Serialize)]
pub struct Forecast {
    pub model: String,
    pub issues: Vec<IssueForecast>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exchange: Option<crate::exchange::ExchangeDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smp: Option<crate::smp::SmpDetails>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monte_carlo: Option<crate::montecarlo::MonteCarloSummary>,
}

impl Forecast {
    pub fn new(model: &str, issues: Vec<IssueForecast>) -> Self {
        Forecast {
            model: model.to_string(),
            issues,
            variant: None,
            notes: Vec::new(),
            exchange: None,
            smp: None,
            monte_carlo: None,
        }
    }

    /// A plain-text table: per issue, the mean/median by round and the final positions.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "model: {}", self.model);
        if let Some(v) = &self.variant {
            let _ = writeln!(out, "variant: {v}");
        }
        for issue in &self.issues {
            let _ = writeln!(out, "\nissue: {}", issue.issue);
            let _ = writeln!(out, "{:>6}  {:>10}  {:>10}", "round", "mean", "median");
            for r in &issue.rounds {
                let _ = writeln!(out, "{:>6}  {:>10.3}  {:>10.3}", r.round, r.mean, r.median);
            }
            if let (Some(first), Some(last)) = (issue.rounds.first(), issue.rounds.last()) {
                let width = last
                    .positions
                    .0
                    .iter()
                    .map(|(a, _)| a.chars().count())
                    .max();
                let w = width.unwrap_or(5).max(5);
                let _ = writeln!(
                    out,
                    "{:<w$}  {:>10}  {:>10}",
                    "actor",
                    "start",
                    format!("round {}", last.round)
                );
                for (a, v) in &last.positions.0 {
                    let start = first.positions.get(a).unwrap_or(f64::NAN);
                    let _ = writeln!(out, "{a:<w$}  {start:>10.3}  {v:>10.3}");
                }
            }
            if !issue.moves.is_empty() {
                let _ = writeln!(out, "moves:");
                for m in &issue.moves {
                    let _ = writeln!(
                        out,
                        "  round {:>3}: {} {} with {}: {:.3} -> {:.3}",
                        m.round, m.actor, m.kind, m.with, m.from, m.to
                    );
                }
            }
            if let Some(d) = &issue.distribution {
                let _ = writeln!(
                    out,
                    "final position over {} draws: mean {:.3}, sd {:.3}, 5% {:.3}, median {:.3}, 95% {:.3}",
                    d.draws, d.mean, d.sd, d.q05, d.q50, d.q95
                );
            }
        }
        if let Some(x) = &self.exchange {
            let _ = writeln!(out, "\nexchanges:");
            for (k, r) in x.rounds.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "  round {}: {} candidates, {} carried out",
                    k + 1,
                    r.candidates,
                    r.exchanges.len()
                );
                for e in r.exchanges.iter().take(10) {
                    let _ = writeln!(
                        out,
                        "    gain {:.4}: {} moves {} {:+.2}; {} moves {} {:+.2}",
                        e.gain,
                        e.i_actor,
                        e.i_supply_issue,
                        e.i_move,
                        e.j_actor,
                        e.j_supply_issue,
                        e.j_move
                    );
                }
            }
        }
        if let Some(s) = &self.smp {
            let _ = writeln!(
                out,
                "\nsteps: {} (fractional change per step: {})",
                s.steps,
                s.fractional_changes
                    .iter()
                    .map(|c| format!("{c:.4}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        for n in &self.notes {
            let _ = writeln!(out, "note: {n}");
        }
        out
    }
}
