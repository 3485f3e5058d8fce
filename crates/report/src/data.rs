//! The view model that both the HTML report and the dashboard render.
//!
//! These are plain serde structs, deliberately independent of the model, analysis, store
//! and forecast crates: the adapters in [`crate::adapt`] fill them, and the renderers only
//! ever see this shape. That keeps rendering testable with hand-built data and lets the JSON
//! API serve exactly what the pages show.

use serde::{Deserialize, Serialize};

/// Everything one report shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportData {
    pub title: String,
    /// When the report was generated (ISO date-time), shown in the footer.
    pub generated: Option<String>,
    pub scenario: Option<ScenarioView>,
    pub evidence: EvidenceView,
    pub forecasts: Vec<ForecastView>,
    /// Stated positions linked to scenario issues, when the positions crate ran.
    pub positions: Vec<PositionView>,
    /// Other reports written alongside this one (the demo's reports on its other examples),
    /// linked from the header.
    #[serde(default)]
    pub related: Vec<RelatedReport>,
}

/// A link to another report written alongside.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RelatedReport {
    pub title: String,
    /// A relative link (the file name of the other report in the same folder).
    pub href: String,
}

/// A scenario and what the analysis says about it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScenarioView {
    pub name: String,
    pub description: Option<String>,
    pub parties: Vec<PartyView>,
    pub issues: Vec<IssueView>,
    pub proposals: Vec<ProposalView>,
    /// `utilities[p][k]`: the utility of proposal `p` for party `k`, in [0, 1].
    pub utilities: Vec<Vec<f64>>,
    /// `acceptable[p][k]`: proposal `p` is at least as good as party `k`'s walk-away point.
    pub acceptable: Vec<Vec<bool>>,
    /// The zone of possible agreement, one entry per issue.
    pub zopa: Vec<IssueZopa>,
    /// Complete packages acceptable to every party (`None`: the exact count ran out of budget).
    #[serde(default)]
    pub zone_count: Option<u64>,
    /// Number of complete packages (`None` beyond 2^64).
    #[serde(default)]
    pub outcome_count: Option<u64>,
    /// The Pareto frontier for one pair of parties, with the bargaining solutions.
    pub frontier: Option<FrontierView>,
    /// Monte Carlo robustness: how often each proposal stays acceptable to every party when
    /// weights and values are perturbed.
    pub robustness: Vec<RobustnessView>,
    /// Trades between issues that leave every party better off than a proposal.
    pub logrolls: Vec<LogrollView>,
}

/// A package that improves on a proposal for every party.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogrollView {
    pub proposal: String,
    /// `(issue, from, to)` in words.
    pub changes: Vec<(String, String, String)>,
    /// The smallest gain any party makes, in [0, 1].
    pub min_gain: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PartyView {
    pub id: String,
    pub name: String,
    /// Utility of the walk-away point (best alternative to agreement), in [0, 1].
    pub reservation: Option<f64>,
    /// `weights[i]`: the importance of issue `i` for this party; sums to 1.
    pub weights: Vec<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IssueView {
    pub id: String,
    pub name: String,
    pub options: Vec<String>,
    /// A numeric issue shown on a grid; its option values follow from a value function.
    #[serde(default)]
    pub numeric: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: String,
    pub name: String,
    /// The option chosen on each issue, in issue order (label), when the proposal is a
    /// full package.
    pub choices: Vec<String>,
    /// The "no deal" outcome: every party gets its walk-away score.
    #[serde(default)]
    pub no_deal: bool,
}

/// Per issue: how each party values each option and which options lie in the zone of
/// possible agreement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IssueZopa {
    pub issue: String,
    pub options: Vec<String>,
    /// `values[o][k]`: party `k`'s value of option `o`, in [0, 1].
    pub values: Vec<Vec<f64>>,
    /// Indices of the options inside the zone of possible agreement.
    pub zone: Vec<usize>,
    /// A plain-language note on the zone (e.g. "empty: Russia and Ukraine share no option").
    pub note: Option<String>,
}

/// Utilities for two parties: the frontier, every proposal and the solution points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FrontierView {
    /// Party ids of the horizontal and vertical axes.
    pub party_a: String,
    pub party_b: String,
    /// Pareto-optimal outcomes, `(u_a, u_b)`, sorted by `u_a`.
    pub frontier: Vec<(f64, f64)>,
    /// Every named proposal, placed by its utilities.
    pub proposals: Vec<LabelledPoint>,
    /// Nash, Kalai–Smorodinsky, egalitarian, utilitarian.
    pub solutions: Vec<SolutionPoint>,
    /// The disagreement point (each party's walk-away utility).
    pub disagreement: Option<(f64, f64)>,
    /// How many outcomes there are in total (the frontier is a subset).
    pub outcomes: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LabelledPoint {
    pub label: String,
    pub a: f64,
    pub b: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SolutionPoint {
    /// `nash`, `kalai_smorodinsky`, `egalitarian`, `utilitarian`.
    pub kind: String,
    /// The outcome it picks: the option label on each issue, in issue order.
    pub outcome: Vec<String>,
    pub a: f64,
    pub b: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RobustnessView {
    pub proposal: String,
    /// Share of draws in which the proposal was acceptable to every party.
    pub probability: f64,
    /// A 95% interval for that share.
    pub low: f64,
    pub high: f64,
    pub draws: usize,
}

/// One forecast of where one issue lands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ForecastView {
    pub model: String,
    pub issue: String,
    /// The weighted mean position per round (round 0 is the input).
    pub rounds: Vec<f64>,
    /// Each actor's position in the last round.
    pub final_positions: Vec<(String, f64)>,
    /// The scale of positions (e.g. 0..100), for drawing.
    pub scale: (f64, f64),
    /// What the scale's ends mean and the forecast in the scenario's words ("63.0
    /// (nearest option: ..., at 60)"); empty when the scenario gives no words.
    #[serde(default)]
    pub scale_ends: String,
    #[serde(default)]
    pub stated: String,
}

/// Everything from the evidence store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EvidenceView {
    pub quotes: Vec<QuoteView>,
    pub actors: Vec<ActorView>,
    pub events: Vec<EventView>,
    pub articles: Vec<ArticleView>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteView {
    pub id: i64,
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub affiliation: Option<String>,
    pub date: Option<String>,
    /// Scenario issues the quote is about (issue ids), from the positions analysis.
    pub issues: Vec<String>,
    /// The stable key corrections use (`<article SHA-256>:<start>-<end>`), from a store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Set when a value shown is the analyst's correction (who, when, why, the machine's value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<detente_store::Review>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorView {
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub quotes: usize,
    /// Set when a value shown is the analyst's correction (who, when, why, the machine's value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<detente_store::Review>,
}

/// A dated event on the timeline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventView {
    /// ISO date, at the precision known (`2025`, `2025-06`, `2025-06-02`).
    pub date: String,
    /// `event`, `date` or `quote`.
    pub kind: String,
    pub text: String,
    /// The side involved, where known.
    pub party: Option<String>,
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// Set when a value shown is the analyst's correction (who, when, why, the machine's value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<detente_store::Review>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleView {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    /// When `date` was inferred from the text: what it rests on.
    #[serde(default)]
    pub date_basis: Option<String>,
    pub url: Option<String>,
    pub text: String,
    /// Extracted spans to highlight, byte offsets into `text`.
    pub spans: Vec<SpanView>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SpanView {
    pub start: usize,
    pub end: usize,
    /// `quote`, `claim`, `date`, `event`.
    pub kind: String,
    /// Who said it, for quotes and claims.
    pub speaker: Option<String>,
}

/// A party's stated position on an issue, linked to the quote that states it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PositionView {
    pub party: String,
    pub issue: String,
    pub option: Option<String>,
    /// `supports`, `rejects` or `neutral`.
    pub polarity: String,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub quote: String,
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// The words that decided the polarity (cue words, negations, condition markers and the
    /// reporting frame's stance words), as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// The stance's stable key (statement key and issue id), from a store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Set when a value shown is the analyst's correction (who, when, why, the machine's value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<detente_store::Review>,
}

impl ScenarioView {
    pub fn party_name(&self, id: &str) -> String {
        self.parties
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    /// Utility of proposal `p` for party `k`, if both exist.
    pub fn utility(&self, p: usize, k: usize) -> Option<f64> {
        self.utilities.get(p).and_then(|row| row.get(k)).copied()
    }

    pub fn is_acceptable(&self, p: usize, k: usize) -> Option<bool> {
        self.acceptable.get(p).and_then(|row| row.get(k)).copied()
    }
}

/// The numbers a dashboard user may change, sent to and from `/api/scenario` and
/// `/api/analyze`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EditableScenario {
    /// Issues and their options, in order (read-only context for the editor).
    pub issues: Vec<IssueView>,
    pub parties: Vec<EditableParty>,
    /// The two parties for the frontier chart (ids); the first two when absent.
    #[serde(default)]
    pub pair: Option<(String, String)>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EditableParty {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// Walk-away utility in [0, 1].
    pub reservation: f64,
    /// `weights[i]`: importance of issue `i`; rescaled to sum to 1 before analysis.
    pub weights: Vec<f64>,
    /// `values[i][o]`: value of option `o` of issue `i`, in [0, 1].
    pub values: Vec<Vec<f64>>,
}

impl EditableScenario {
    /// Checks shapes and ranges against the issues; returns a message naming the first
    /// offending field.
    pub fn check(&self) -> Result<(), String> {
        if self.parties.is_empty() {
            return Err("no parties".into());
        }
        for p in &self.parties {
            let at = |what: &str| format!("party `{}`: {what}", p.id);
            if !(0.0..=1.0).contains(&p.reservation) {
                return Err(at("reservation must be between 0 and 1"));
            }
            if p.weights.len() != self.issues.len() {
                return Err(at(&format!(
                    "{} weights for {} issues",
                    p.weights.len(),
                    self.issues.len()
                )));
            }
            if p.weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
                return Err(at("weights must be finite and not negative"));
            }
            let sum = p.weights.iter().sum::<f64>();
            if sum <= 0.0 {
                return Err(at("weights must not all be zero"));
            }
            // As in the scenario file: numbers too large to add up are refused, not
            // rescaled into NaN.
            if !sum.is_finite() {
                return Err(at("weights are too large (their sum overflows)"));
            }
            if p.values.len() != self.issues.len() {
                return Err(at(&format!(
                    "values for {} issues, expected {}",
                    p.values.len(),
                    self.issues.len()
                )));
            }
            for (i, (vals, issue)) in p.values.iter().zip(&self.issues).enumerate() {
                if vals.len() != issue.options.len() {
                    return Err(at(&format!(
                        "issue {i} (`{}`) has {} options but {} values",
                        issue.id,
                        issue.options.len(),
                        vals.len()
                    )));
                }
                if vals.iter().any(|v| !(0.0..=1.0).contains(v)) {
                    return Err(at(&format!(
                        "values of issue `{}` must be between 0 and 1",
                        issue.id
                    )));
                }
            }
        }
        if let Some((a, b)) = &self.pair {
            if a == b {
                return Err(format!(
                    "`pair` needs two different parties, got `{a}` twice"
                ));
            }
        }
        Ok(())
    }
}
