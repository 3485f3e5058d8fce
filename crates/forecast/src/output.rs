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
    /// The scale positions are on: its ends and options in the scenario's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<ScaleLabels>,
    /// The forecast stated: where the issue lands and the nearest option to it and to
    /// each actor's final position (see [`Forecast::state_outcomes`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// One option of an issue at its place on the issue's scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleOption {
    pub id: String,
    /// The option's label as the scenario writes it (its id when it has none).
    pub label: String,
    pub position: f64,
}

/// An issue's scale in the user's words: its ends and what they mean, and the options
/// placed on it. Ends without words are left empty (a CSV input names none).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ScaleLabels {
    pub min: f64,
    pub max: f64,
    /// What the low end (`min`) means, as the scenario labels it.
    pub low: String,
    /// What the high end (`max`) means.
    pub high: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ScaleOption>,
}

impl ScaleLabels {
    /// The option placed nearest to `x` on the scale (the lower one on a tie); none when
    /// the scale places no options or `x` is not a number.
    pub fn nearest(&self, x: f64) -> Option<&ScaleOption> {
        if !x.is_finite() {
            return None;
        }
        self.options
            .iter()
            .min_by(|a, b| (a.position - x).abs().total_cmp(&(b.position - x).abs()))
    }

    /// "63.0 (nearest: Russia's de facto control, at 60)" style text for a position.
    pub fn describe(&self, x: f64) -> String {
        match self.nearest(x) {
            Some(o) => format!(
                "{x:.1} (nearest option: {}, at {})",
                o.label,
                trim_num(o.position)
            ),
            None => format!("{x:.1}"),
        }
    }

    /// "0 = returned to Ukraine ... 100 = recognised as Russian".
    pub fn ends(&self) -> String {
        let end = |v: f64, w: &str| {
            if w.is_empty() {
                trim_num(v)
            } else {
                format!("{} = {w}", trim_num(v))
            }
        };
        format!(
            "{} ... {}",
            end(self.min, &self.low),
            end(self.max, &self.high)
        )
    }
}

fn trim_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// The forecast a model states for one issue.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// The forecast position: the capability × salience weighted mean of the final round
    /// (for the compromise model, its single round).
    pub position: f64,
    /// How `position` was read from the model's output.
    pub basis: String,
    /// The option nearest to `position`, when the scale places options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest_option: Option<ScaleOption>,
    /// Each actor's final position and the option nearest to it.
    pub actors: Vec<ActorOutcome>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorOutcome {
    pub actor: String,
    pub position: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nearest_option: Option<String>,
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
    /// Gives each issue its scale (`scales` by issue name; an issue not listed keeps the
    /// one it has) and states every issue's outcome against it.
    pub fn label_scales(&mut self, scales: &[(String, ScaleLabels)]) {
        for issue in &mut self.issues {
            if let Some((_, s)) = scales.iter().find(|(n, _)| *n == issue.issue) {
                issue.scale = Some(s.clone());
            }
        }
        self.state_outcomes();
    }

    /// States each issue's forecast: the weighted mean of the final round, with the option
    /// nearest to it and to each actor's final position on the issue's scale.
    pub fn state_outcomes(&mut self) {
        for issue in &mut self.issues {
            let Some(last) = issue.rounds.last() else {
                continue;
            };
            let near = |x: f64| issue.scale.as_ref().and_then(|s| s.nearest(x)).cloned();
            issue.outcome = Some(Outcome {
                position: last.mean,
                basis: if issue.rounds.len() == 1 {
                    "capability x salience weighted mean of the positions".to_string()
                } else {
                    format!(
                        "capability x salience weighted mean after round {}",
                        last.round
                    )
                },
                nearest_option: near(last.mean),
                actors: last
                    .positions
                    .0
                    .iter()
                    .map(|(a, x)| ActorOutcome {
                        actor: a.clone(),
                        position: *x,
                        nearest_option: near(*x).map(|o| o.id),
                    })
                    .collect(),
            });
        }
    }

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
            if let Some(s) = &issue.scale {
                let _ = writeln!(out, "scale: {}", s.ends());
            }
            if let Some(o) = &issue.outcome {
                let text = match &issue.scale {
                    Some(s) => s.describe(o.position),
                    None => format!("{:.1}", o.position),
                };
                let _ = writeln!(out, "forecast: {text} [{}]", o.basis);
            }
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
                    let near = issue
                        .scale
                        .as_ref()
                        .and_then(|s| s.nearest(*v))
                        .map(|o| format!("  nearest: {}", o.label))
                        .unwrap_or_default();
                    let _ = writeln!(out, "{a:<w$}  {start:>10.3}  {v:>10.3}{near}");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scale() -> ScaleLabels {
        ScaleLabels {
            min: 0.0,
            max: 100.0,
            low: "nothing changes".into(),
            high: "everything changes".into(),
            options: vec![
                ScaleOption {
                    id: "a".into(),
                    label: "Option A".into(),
                    position: 0.0,
                },
                ScaleOption {
                    id: "b".into(),
                    label: "Option B".into(),
                    position: 40.0,
                },
                ScaleOption {
                    id: "c".into(),
                    label: "Option C".into(),
                    position: 100.0,
                },
            ],
        }
    }

    #[test]
    fn the_nearest_option_is_the_closest_placed_one() {
        let s = scale();
        assert_eq!(s.nearest(19.0).map(|o| o.id.as_str()), Some("a"));
        assert_eq!(s.nearest(21.0).map(|o| o.id.as_str()), Some("b"));
        assert_eq!(s.nearest(75.0).map(|o| o.id.as_str()), Some("c"));
        assert!(s.nearest(f64::NAN).is_none());
        assert_eq!(s.describe(75.0), "75.0 (nearest option: Option C, at 100)");
        assert_eq!(s.describe(63.0), "63.0 (nearest option: Option B, at 40)");
        assert_eq!(s.ends(), "0 = nothing changes ... 100 = everything changes");
        assert_eq!(
            ScaleLabels {
                min: 0.0,
                max: 7.5,
                ..Default::default()
            }
            .ends(),
            "0 ... 7.5"
        );
    }

    #[test]
    fn outcomes_name_the_nearest_option_for_each_actor() {
        let mut f = Forecast::new(
            "compromise",
            vec![IssueForecast {
                issue: "x".into(),
                rounds: vec![RoundState {
                    round: 0,
                    mean: 30.0,
                    median: 40.0,
                    positions: ActorValues(vec![("p".into(), 90.0), ("q".into(), 10.0)]),
                }],
                moves: Vec::new(),
                risk_exponents: Vec::new(),
                distribution: None,
                scale: None,
                outcome: None,
            }],
        );
        f.label_scales(&[("x".into(), scale())]);
        let o = f.issues[0].outcome.as_ref().expect("outcome stated");
        assert_eq!(o.position, 30.0);
        assert_eq!(o.nearest_option.as_ref().map(|n| n.id.as_str()), Some("b"));
        let near: Vec<_> = o.actors.iter().map(|a| a.nearest_option.clone()).collect();
        assert_eq!(near, vec![Some("c".to_string()), Some("a".to_string())]);
    }
}
