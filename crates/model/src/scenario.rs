//! The scenario: parties, issues, preferences, proposals, stakeholders and sources.
//!
//! The serde layout is the TOML file format documented in `docs/scenario.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::estimate::Estimate;

/// A whole negotiation scenario as written in a scenario file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub parties: Vec<Party>,
    #[serde(default)]
    pub issues: Vec<Issue>,
    /// Keyed by party id.
    #[serde(default)]
    pub preferences: BTreeMap<String, Preferences>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proposals: Vec<Proposal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholders: Option<Stakeholders>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// What the scenario is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// ISO date (`2025`, `2025-06`, `2025-06-02`) the scenario describes; quoted or a bare TOML date.
    #[serde(
        default,
        deserialize_with = "de_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<String>,
    /// Where the scenario came from when it was converted (`"genius"`). GENIUS weights are kept
    /// as written, so for `origin = "genius"` weights that do not sum to 1 are a warning, not an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

/// A side at the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub name: String,
    /// Other names the party goes by in articles ("Moscow", "the Kremlin").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Relative power, used by weighted solutions and forecasts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability: Option<Estimate>,
}

/// One negotiated issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "IssueRepr", into = "IssueRepr")]
pub struct Issue {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Words that link article text to this issue.
    pub keywords: Vec<String>,
    pub domain: IssueDomain,
}

/// What an issue can be settled at.
#[derive(Debug, Clone, PartialEq)]
pub enum IssueDomain {
    /// A list of named options; `ordered` when they run from one extreme to the other.
    Discrete {
        options: Vec<IssueOption>,
        ordered: bool,
    },
    /// A number in a range (e.g. an army cap in thousands of troops).
    Numeric(NumericRange),
}

/// One option of a discrete issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueOption {
    pub id: String,
    #[serde(default)]
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Words that statements use for this option ("join NATO", "neutrality"): they link
    /// quotes to the option when the label's own words are not repeated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

/// The range of a numeric issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumericRange {
    pub min: f64,
    pub max: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Grid spacing for the discretised view; without it the view uses 11 evenly spaced points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<f64>,
    /// True when only whole numbers are meaningful (GENIUS integer issues).
    #[serde(default, skip_serializing_if = "is_false")]
    pub integer: bool,
}

impl Issue {
    pub fn is_numeric(&self) -> bool {
        matches!(self.domain, IssueDomain::Numeric(_))
    }

    /// The options of a discrete issue (empty for numeric issues).
    pub fn options(&self) -> &[IssueOption] {
        match &self.domain {
            IssueDomain::Discrete { options, .. } => options,
            IssueDomain::Numeric(_) => &[],
        }
    }

    pub fn option_index(&self, option_id: &str) -> Option<usize> {
        self.options().iter().position(|o| o.id == option_id)
    }

    pub fn range(&self) -> Option<&NumericRange> {
        match &self.domain {
            IssueDomain::Numeric(r) => Some(r),
            IssueDomain::Discrete { .. } => None,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IssueRepr {
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    ordered: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    options: Option<Vec<OptionRepr>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    range: Option<NumericRange>,
}

/// An option is either a bare id (`"yes"`) or a table with id, label and description.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum OptionRepr {
    Id(String),
    Full(IssueOption),
}

impl TryFrom<IssueRepr> for Issue {
    type Error = String;
    fn try_from(r: IssueRepr) -> Result<Self, String> {
        let domain = match (r.options, r.range) {
            (Some(_), Some(_)) => {
                return Err(format!(
                    "issue \"{}\" has both `options` and `range`; give one",
                    r.id
                ))
            }
            (None, None) => {
                return Err(format!(
                    "issue \"{}\" needs `options = [...]` (discrete) or `range = {{ min = .., max = .. }}` (numeric)",
                    r.id
                ))
            }
            (Some(opts), None) => IssueDomain::Discrete {
                options: opts
                    .into_iter()
                    .map(|o| match o {
                        OptionRepr::Id(id) => IssueOption {
                            label: id.clone(),
                            id,
                            description: String::new(),
                            keywords: Vec::new(),
                        },
                        OptionRepr::Full(mut o) => {
                            if o.label.is_empty() {
                                o.label = o.id.clone();
                            }
                            o
                        }
                    })
                    .collect(),
                ordered: r.ordered,
            },
            (None, Some(range)) => IssueDomain::Numeric(range),
        };
        let name = if r.name.is_empty() {
            r.id.clone()
        } else {
            r.name
        };
        Ok(Issue {
            id: r.id,
            name,
            description: r.description,
            keywords: r.keywords,
            domain,
        })
    }
}

impl From<Issue> for IssueRepr {
    fn from(i: Issue) -> Self {
        let (ordered, options, range) = match i.domain {
            IssueDomain::Discrete { options, ordered } => (
                ordered,
                Some(
                    options
                        .into_iter()
                        .map(|o| {
                            if o.label == o.id && o.description.is_empty() {
                                OptionRepr::Id(o.id)
                            } else {
                                OptionRepr::Full(o)
                            }
                        })
                        .collect(),
                ),
                None,
            ),
            IssueDomain::Numeric(r) => (false, None, Some(r)),
        };
        IssueRepr {
            id: i.id,
            name: i.name,
            description: i.description,
            keywords: i.keywords,
            ordered,
            options,
            range,
        }
    }
}

/// One party's preferences: weights, values, walk-away point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    /// Issue id -> importance; should sum to 1 over issues.
    #[serde(default)]
    pub weights: BTreeMap<String, Estimate>,
    /// Issue id -> value of each option (discrete) or a piecewise-linear function (numeric).
    #[serde(default)]
    pub values: BTreeMap<String, ValueFunction>,
    /// Utility of walking away (no deal), in [0, 1].
    #[serde(default)]
    pub reservation: Estimate,
    /// GENIUS discount factor per round, kept for export and simulation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How a party values the settlements of one issue.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ValueFunction {
    /// `{ points = [[x, v], ...] }` for numeric issues.
    Piecewise(PiecewiseLinear),
    /// `{ option_id = value, ... }` for discrete issues.
    Discrete(BTreeMap<String, Estimate>),
}

/// A piecewise-linear value over a numeric issue: points `(x, v)` sorted by x, v in [0, 1];
/// flat beyond the first and last point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PiecewiseLinear {
    pub points: Vec<(f64, Estimate)>,
}

impl PiecewiseLinear {
    /// Value at `x` using the points' point values. `None` when there are no points.
    pub fn eval(&self, x: f64) -> Option<f64> {
        self.eval_with(x, |e| e.value)
    }

    /// Value at `x`, reading each point's value through `value_of` (lets Monte Carlo callers
    /// substitute sampled numbers).
    pub fn eval_with(&self, x: f64, value_of: impl Fn(&Estimate) -> f64) -> Option<f64> {
        let first = self.points.first()?;
        let last = self.points.last()?;
        if x.is_nan() {
            return None;
        }
        if x <= first.0 {
            return Some(value_of(&first.1));
        }
        if x >= last.0 {
            return Some(value_of(&last.1));
        }
        for w in self.points.windows(2) {
            let (x0, ref e0) = w[0];
            let (x1, ref e1) = w[1];
            if x >= x0 && x <= x1 {
                let (v0, v1) = (value_of(e0), value_of(e1));
                if x1 - x0 <= 0.0 {
                    return Some(v1);
                }
                let t = (x - x0) / (x1 - x0);
                return Some(v0 + t * (v1 - v0));
            }
        }
        Some(value_of(&last.1))
    }
}

/// A proposed settlement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// Id of the proposing party (or any actor name when not a party).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(
        default,
        deserialize_with = "de_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Issue id -> the option chosen (or a number for numeric issues). Issues left out are open.
    #[serde(default)]
    pub terms: BTreeMap<String, Term>,
    /// True for the "no deal" outcome: every party gets its reservation value.
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_deal: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// What a proposal says on one issue.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Term {
    Number(f64),
    Option(String),
}

impl<'de> Deserialize<'de> for Term {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Term;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an option id (a string) or a number")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Term, E> {
                Ok(Term::Number(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Term, E> {
                Ok(Term::Number(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Term, E> {
                Ok(Term::Number(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Term, E> {
                Ok(Term::Option(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for ValueFunction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let table = BTreeMap::<String, toml::Value>::deserialize(d).map_err(|e| {
            D::Error::custom(format!(
                "{e}; values are a table: {{ option = value, ... }} or {{ points = [[x, value], ...] }}"
            ))
        })?;
        if table.len() == 1 && table.contains_key("points") {
            let value = toml::Value::Table(table.into_iter().collect());
            return PiecewiseLinear::deserialize(value)
                .map(ValueFunction::Piecewise)
                .map_err(|e| D::Error::custom(format!("points: {}", e.message().trim_end())));
        }
        let mut out = BTreeMap::new();
        for (k, v) in table {
            let e = Estimate::deserialize(v).map_err(|e| {
                D::Error::custom(format!("option \"{k}\": {}", e.message().trim_end()))
            })?;
            out.insert(k, e);
        }
        Ok(ValueFunction::Discrete(out))
    }
}

/// A piece of evidence that numbers and proposals cite by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Article id in the evidence store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(
        default,
        deserialize_with = "de_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Inputs for forecasting models (compromise, EUM, exchange, spatial bargaining).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Stakeholders {
    /// Issue id -> the numeric scale positions are measured on. Issues without an entry use
    /// 0..100. An issue here need not be in `[[issues]]` (forecast-only issues).
    #[serde(default)]
    pub scales: BTreeMap<String, PositionScale>,
    #[serde(default)]
    pub actors: Vec<Actor>,
}

/// The scale positions on one issue are measured on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionScale {
    #[serde(default = "zero")]
    pub min: f64,
    #[serde(default = "hundred")]
    pub max: f64,
    /// What the low end means.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub low: String,
    /// What the high end means.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub high: String,
    /// Option id -> position on the scale (discrete issues), to turn forecasts back into options.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, f64>,
}

impl Default for PositionScale {
    fn default() -> Self {
        PositionScale {
            min: 0.0,
            max: 100.0,
            low: String::new(),
            high: String::new(),
            options: BTreeMap::new(),
        }
    }
}

/// An actor for forecasting: a party or anyone else with influence (mediator, ally).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// A party id when the actor is a party; otherwise its own id.
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// "party", "mediator", "ally", ... free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub capability: Estimate,
    /// Issue id -> position and salience.
    #[serde(default)]
    pub positions: BTreeMap<String, ActorPosition>,
}

/// An actor's stance on one issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorPosition {
    /// On the issue's scale.
    pub position: Estimate,
    /// How much the actor cares, in [0, 1].
    pub salience: Estimate,
}

impl Stakeholders {
    /// The scale of `issue` (0..100 when none is given).
    pub fn scale(&self, issue: &str) -> PositionScale {
        self.scales.get(issue).cloned().unwrap_or_default()
    }

    /// Issue ids that actors take positions on, in first-seen order (scales first).
    pub fn issue_ids(&self) -> Vec<String> {
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        let from_scales = self.scales.keys();
        let from_actors = self.actors.iter().flat_map(|a| a.positions.keys());
        for id in from_scales.chain(from_actors) {
            if seen.insert(id.as_str()) {
                out.push(id.clone());
            }
        }
        out
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

impl PositionScale {
    /// Position of a discrete option on this scale, when mapped.
    pub fn option_position(&self, option: &str) -> Option<f64> {
        self.options.get(option).copied()
    }

    /// The mapped option closest to `position` (ties: the first in id order).
    pub fn nearest_option(&self, position: f64) -> Option<&str> {
        self.options
            .iter()
            .filter(|(_, p)| p.is_finite())
            .min_by(|a, b| (a.1 - position).abs().total_cmp(&(b.1 - position).abs()))
            .map(|(k, _)| k.as_str())
    }

    /// `position` rescaled to [0, 1] (0 at `min`, 1 at `max`).
    pub fn normalise(&self, position: f64) -> f64 {
        if self.max > self.min {
            (position - self.min) / (self.max - self.min)
        } else {
            0.0
        }
    }
}

fn zero() -> f64 {
    0.0
}
fn hundred() -> f64 {
    100.0
}
fn is_false(b: &bool) -> bool {
    !*b
}

/// Accepts `"2025-06-02"` or a bare TOML date `2025-06-02`.
fn de_opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum DateRepr {
        Text(String),
        Toml(toml::value::Datetime),
    }
    Ok(match Option::<DateRepr>::deserialize(d)? {
        None => None,
        Some(DateRepr::Text(s)) => Some(s),
        Some(DateRepr::Toml(dt)) => Some(dt.to_string()),
    })
}
