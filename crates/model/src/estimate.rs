//! Numbers that carry an uncertainty and the sources that justify them.

use serde::{Deserialize, Serialize};

/// How uncertain an estimated number is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Uncertainty {
    /// The true number lies somewhere in `[lo, hi]` (sampled uniformly by Monte Carlo users).
    Range { lo: f64, hi: f64 },
    /// Normal noise with this standard deviation around the point value.
    Sd(f64),
}

impl Uncertainty {
    /// Lower and upper bound of a plausible interval: the range itself, or ±2 standard deviations.
    pub fn interval(&self, value: f64) -> (f64, f64) {
        match *self {
            Uncertainty::Range { lo, hi } => (lo, hi),
            Uncertainty::Sd(sd) => (value - 2.0 * sd, value + 2.0 * sd),
        }
    }
}

/// An estimated number: a point value, an optional uncertainty, the sources it rests on and a note.
///
/// In TOML it is either a bare number (`0.2`) or a table
/// (`{ value = 0.2, sd = 0.05, source = "tass-0602" }`, `{ value = 0.2, range = [0.1, 0.3] }`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "EstimateRepr", into = "EstimateRepr")]
pub struct Estimate {
    pub value: f64,
    pub uncertainty: Option<Uncertainty>,
    /// Ids of entries in the scenario's `[[sources]]`.
    pub sources: Vec<String>,
    pub note: Option<String>,
}

impl Estimate {
    /// A certain number with no sources.
    pub fn exact(value: f64) -> Self {
        Estimate {
            value,
            uncertainty: None,
            sources: Vec::new(),
            note: None,
        }
    }

    pub fn with_sd(value: f64, sd: f64) -> Self {
        Estimate {
            uncertainty: Some(Uncertainty::Sd(sd)),
            ..Estimate::exact(value)
        }
    }

    pub fn with_range(value: f64, lo: f64, hi: f64) -> Self {
        Estimate {
            uncertainty: Some(Uncertainty::Range { lo, hi }),
            ..Estimate::exact(value)
        }
    }

    /// Plausible interval (see [`Uncertainty::interval`]); `(value, value)` when certain.
    pub fn interval(&self) -> (f64, f64) {
        match &self.uncertainty {
            Some(u) => u.interval(self.value),
            None => (self.value, self.value),
        }
    }
}

impl Default for Estimate {
    fn default() -> Self {
        Estimate::exact(0.0)
    }
}

impl From<f64> for Estimate {
    fn from(value: f64) -> Self {
        Estimate::exact(value)
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum EstimateRepr {
    Bare(f64),
    Full(EstimateTable),
}

// Hand-written so that a wrong type says what is expected instead of naming an internal enum.
impl<'de> Deserialize<'de> for EstimateRepr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = EstimateRepr;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number or a table like { value = 0.5, sd = 0.1 }")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(EstimateRepr::Bare(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(EstimateRepr::Bare(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(EstimateRepr::Bare(v as f64))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                EstimateTable::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(EstimateRepr::Full)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EstimateTable {
    value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sd: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    range: Option<[f64; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

impl TryFrom<EstimateRepr> for Estimate {
    type Error = String;
    fn try_from(r: EstimateRepr) -> Result<Self, String> {
        match r {
            EstimateRepr::Bare(v) => Ok(Estimate::exact(v)),
            EstimateRepr::Full(t) => {
                let uncertainty = match (t.sd, t.range) {
                    (Some(_), Some(_)) => {
                        return Err("give either `sd` or `range`, not both".to_string())
                    }
                    (Some(sd), None) => Some(Uncertainty::Sd(sd)),
                    (None, Some([lo, hi])) => Some(Uncertainty::Range { lo, hi }),
                    (None, None) => None,
                };
                let mut sources = Vec::new();
                if let Some(s) = t.source {
                    sources.push(s);
                }
                sources.extend(t.sources);
                Ok(Estimate {
                    value: t.value,
                    uncertainty,
                    sources,
                    note: t.note,
                })
            }
        }
    }
}

impl From<Estimate> for EstimateRepr {
    fn from(e: Estimate) -> Self {
        if e.uncertainty.is_none() && e.sources.is_empty() && e.note.is_none() {
            return EstimateRepr::Bare(e.value);
        }
        let (sd, range) = match e.uncertainty {
            Some(Uncertainty::Sd(sd)) => (Some(sd), None),
            Some(Uncertainty::Range { lo, hi }) => (None, Some([lo, hi])),
            None => (None, None),
        };
        let (source, sources) = if e.sources.len() == 1 {
            (e.sources.into_iter().next(), Vec::new())
        } else {
            (None, e.sources)
        };
        EstimateRepr::Full(EstimateTable {
            value: e.value,
            sd,
            range,
            source,
            sources,
            note: e.note,
        })
    }
}
