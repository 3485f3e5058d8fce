//! GENIUS XML export (see `docs/genius.md`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::slug;
use crate::dense::format_number;
use crate::error::GeniusError;
use crate::scenario::{IssueDomain, PiecewiseLinear, Preferences, Scenario, ValueFunction};

/// Integer issues with at most this many values export losslessly as discrete when their
/// value functions are not linear.
const MAX_DISCRETE_EXPORT: f64 = 10_000.0;

/// GENIUS XML ready to write: the domain file and one profile per party.
#[derive(Debug, Clone)]
pub struct GeniusExport {
    /// `(file name, XML)`.
    pub domain: (String, String),
    /// `(file name, XML)` per party, in scenario order.
    pub profiles: Vec<(String, String)>,
    /// What could not be expressed exactly in GENIUS (dropped uncertainty, discretised issues).
    pub notes: Vec<String>,
}

fn esc(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// The `f64` in shortest round-trip form.
fn fnum(x: f64) -> String {
    format!("{x:?}")
}

/// How one issue is written to GENIUS.
enum ExportIssue {
    Discrete {
        /// `(GENIUS item value, option id, x for discretised numeric issues)`.
        items: Vec<(String, String, Option<f64>)>,
    },
    Integer {
        lo: f64,
        hi: f64,
    },
    Real {
        lo: f64,
        hi: f64,
    },
}

/// Convert a scenario to GENIUS XML. Utilities are preserved exactly: a discrete issue's
/// weight is multiplied by the party's largest value on it (GENIUS divides evaluations by
/// their maximum); numeric issues whose value functions are linear over the whole range become
/// integer/real issues with linear evaluators; other numeric issues are written as discrete
/// issues on the grid of [`Scenario::dense`] (noted in [`GeniusExport::notes`]).
pub fn export(scenario: &Scenario) -> Result<GeniusExport, GeniusError> {
    if scenario.parties.is_empty() || scenario.issues.is_empty() {
        return Err(GeniusError::Export(
            "the scenario needs at least one party and one issue".to_string(),
        ));
    }
    let mut notes = Vec::new();
    let dense = scenario.dense();
    let stem = {
        let s = slug(&scenario.meta.title);
        if s.is_empty() {
            "scenario".to_string()
        } else {
            s
        }
    };

    // Decide each issue's GENIUS form.
    let mut names_used = BTreeSet::new();
    let mut forms = Vec::new();
    let mut names = Vec::new();
    for (ii, iss) in scenario.issues.iter().enumerate() {
        let name = if names_used.insert(iss.name.clone()) {
            iss.name.clone()
        } else {
            names_used.insert(iss.id.clone());
            iss.id.clone()
        };
        names.push(name);
        let form = match &iss.domain {
            IssueDomain::Discrete { options, .. } => {
                let mut labels = BTreeSet::new();
                let dup = options.iter().any(|o| !labels.insert(o.label.as_str()));
                ExportIssue::Discrete {
                    items: options
                        .iter()
                        .map(|o| {
                            let v = if dup { o.id.clone() } else { o.label.clone() };
                            (v, o.id.clone(), None)
                        })
                        .collect(),
                }
            }
            IssueDomain::Numeric(r) => {
                let linear = scenario.parties.iter().all(|p| {
                    match scenario
                        .preferences
                        .get(&p.id)
                        .and_then(|pr| pr.values.get(&iss.id))
                    {
                        Some(ValueFunction::Piecewise(f)) => is_linear_on(f, r.min, r.max),
                        _ => true,
                    }
                });
                let integral = r.integer && r.min == r.min.trunc() && r.max == r.max.trunc();
                if linear && integral {
                    ExportIssue::Integer {
                        lo: r.min,
                        hi: r.max,
                    }
                } else if linear && !r.integer {
                    ExportIssue::Real {
                        lo: r.min,
                        hi: r.max,
                    }
                } else {
                    let xs: Vec<f64> = if r.integer && r.max - r.min <= MAX_DISCRETE_EXPORT {
                        let (lo, hi) = (r.min.ceil() as i64, r.max.floor() as i64);
                        (lo..=hi).map(|k| k as f64).collect()
                    } else {
                        dense.options[ii].iter().filter_map(|o| o.x).collect()
                    };
                    notes.push(format!(
                        "issue \"{}\": value functions are not linear; written as a discrete issue with {} values",
                        iss.id,
                        xs.len()
                    ));
                    ExportIssue::Discrete {
                        items: xs
                            .into_iter()
                            .map(|x| (format_number(x), format_number(x), Some(x)))
                            .collect(),
                    }
                }
            }
        };
        forms.push(form);
    }

    // Domain file.
    let mut d = String::new();
    d.push_str("<negotiation_template>\n");
    d.push_str(&format!(
        "<utility_space number_of_issues=\"{}\">\n",
        scenario.issues.len()
    ));
    d.push_str(&format!(
        "<objective description=\"\" etype=\"objective\" index=\"0\" name=\"{}\" type=\"objective\">\n",
        esc(&scenario.meta.title)
    ));
    for (ii, form) in forms.iter().enumerate() {
        let idx = ii + 1;
        let name = esc(&names[ii]);
        match form {
            ExportIssue::Discrete { items } => {
                d.push_str(&format!("    <issue etype=\"discrete\" index=\"{idx}\" name=\"{name}\" type=\"discrete\" vtype=\"discrete\">\n"));
                for (k, (value, _, _)) in items.iter().enumerate() {
                    let v = esc(value);
                    d.push_str(&format!(
                        "        <item index=\"{}\" value=\"{v}\" cost=\"0\" description=\"{v}\">\n        </item>\n",
                        k + 1
                    ));
                }
                d.push_str("    </issue>\n");
            }
            ExportIssue::Integer { lo, hi } => d.push_str(&format!(
                "    <issue etype=\"integer\" index=\"{idx}\" name=\"{name}\" type=\"integer\" vtype=\"integer\" lowerbound=\"{}\" upperbound=\"{}\">\n    </issue>\n",
                format_number(*lo),
                format_number(*hi)
            )),
            ExportIssue::Real { lo, hi } => d.push_str(&format!(
                "    <issue etype=\"real\" index=\"{idx}\" name=\"{name}\" type=\"real\" vtype=\"real\">\n        <range lowerbound=\"{}\" upperbound=\"{}\"></range>\n    </issue>\n",
                fnum(*lo),
                fnum(*hi)
            )),
        }
    }
    d.push_str("</objective>\n</utility_space>\n</negotiation_template>\n");

    // Profiles.
    let empty = Preferences::default();
    let mut profiles = Vec::new();
    let mut dropped_uncertainty = false;
    for party in &scenario.parties {
        let prefs = scenario.preferences.get(&party.id).unwrap_or(&empty);
        let mut x = String::new();
        x.push_str("<utility_space>\n");
        x.push_str(&format!(
            "    <reservation value=\"{}\" />\n",
            fnum(prefs.reservation.value)
        ));
        x.push_str(&format!(
            "<objective index=\"0\" etype=\"objective\" type=\"objective\" description=\"\" name=\"{}\">\n",
            esc(&scenario.meta.title)
        ));
        let mut weights = Vec::new();
        for (ii, iss) in scenario.issues.iter().enumerate() {
            let idx = ii + 1;
            let name = esc(&names[ii]);
            let w = prefs.weights.get(&iss.id);
            dropped_uncertainty |= w.is_some_and(|e| e.uncertainty.is_some());
            let w = w.map(|e| e.value).unwrap_or(0.0);
            let vf = prefs.values.get(&iss.id);
            match &forms[ii] {
                ExportIssue::Discrete { items } => {
                    let vals: Vec<f64> = items
                        .iter()
                        .map(|(_, oid, xv)| match (vf, xv) {
                            (Some(ValueFunction::Discrete(m)), None) => {
                                let e = m.get(oid);
                                dropped_uncertainty |= e.is_some_and(|e| e.uncertainty.is_some());
                                e.map(|e| e.value).unwrap_or(0.0)
                            }
                            (Some(ValueFunction::Piecewise(f)), Some(xv)) => {
                                f.eval(*xv).unwrap_or(0.0)
                            }
                            _ => 0.0,
                        })
                        .collect();
                    let max = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    let (evals, weight) = if max > 0.0 {
                        (vals, w * max)
                    } else {
                        (vec![1.0; items.len()], 0.0)
                    };
                    x.push_str(&format!("<issue index=\"{idx}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"{name}\">\n"));
                    for (k, ((value, _, _), ev)) in items.iter().zip(&evals).enumerate() {
                        x.push_str(&format!(
                            "<item index=\"{}\" value=\"{}\" cost=\"0\" evaluation=\"{}\">\n</item>\n",
                            k + 1,
                            esc(value),
                            fnum(*ev)
                        ));
                    }
                    x.push_str("</issue>\n");
                    weights.push(weight);
                }
                ExportIssue::Integer { lo, hi } | ExportIssue::Real { lo, hi } => {
                    let f = match vf {
                        Some(ValueFunction::Piecewise(f)) => Some(f),
                        _ => None,
                    };
                    let (flo, fhi) = match f {
                        Some(f) => (f.eval(*lo).unwrap_or(0.0), f.eval(*hi).unwrap_or(0.0)),
                        None => (0.0, 0.0),
                    };
                    let slope = (fhi - flo) / (hi - lo);
                    if let ExportIssue::Integer { .. } = forms[ii] {
                        x.push_str(&format!(
                            "<issue index=\"{idx}\" etype=\"integer\" type=\"integer\" vtype=\"integer\" name=\"{name}\" lowerbound=\"{}\" upperbound=\"{}\">\n<evaluator ftype=\"linear\" offset=\"{}\" slope=\"{}\">\n</evaluator>\n</issue>\n",
                            format_number(*lo), format_number(*hi), fnum(flo), fnum(slope)
                        ));
                    } else {
                        let p0 = flo - slope * lo;
                        x.push_str(&format!(
                            "<issue index=\"{idx}\" etype=\"real\" type=\"real\" vtype=\"real\" name=\"{name}\">\n<range lowerbound=\"{}\" upperbound=\"{}\">\n</range>\n<evaluator ftype=\"linear\" parameter0=\"{}\" parameter1=\"{}\">\n</evaluator>\n</issue>\n",
                            fnum(*lo), fnum(*hi), fnum(p0), fnum(slope)
                        ));
                    }
                    weights.push(w);
                }
            }
        }
        for (ii, w) in weights.iter().enumerate() {
            x.push_str(&format!(
                "<weight index=\"{}\" value=\"{}\">\n</weight>\n",
                ii + 1,
                fnum(*w)
            ));
        }
        x.push_str("</objective>\n");
        if let Some(df) = prefs.discount {
            x.push_str(&format!(
                "<discount_factor value=\"{}\">\n</discount_factor>\n",
                fnum(df)
            ));
        }
        x.push_str("</utility_space>\n");
        dropped_uncertainty |= prefs.reservation.uncertainty.is_some();
        profiles.push((format!("{stem}_{}.xml", party.id), x));
    }
    if dropped_uncertainty {
        notes.push("uncertainty ranges and standard deviations are not part of GENIUS; only point values were written".to_string());
    }
    Ok(GeniusExport {
        domain: (format!("{stem}_domain.xml"), d),
        profiles,
        notes,
    })
}

/// Whether `f` is one straight line over `[lo, hi]` (checked at every breakpoint and both ends).
fn is_linear_on(f: &PiecewiseLinear, lo: f64, hi: f64) -> bool {
    let (Some(a), Some(b)) = (f.eval(lo), f.eval(hi)) else {
        return false;
    };
    if hi <= lo {
        return false;
    }
    f.points
        .iter()
        .map(|p| p.0)
        .filter(|&x| x > lo && x < hi)
        .all(|x| {
            let expect = a + (b - a) * (x - lo) / (hi - lo);
            f.eval(x).is_some_and(|v| (v - expect).abs() <= 1e-12)
        })
}

/// Write [`export`]'s files into `dir` (created if missing); returns the paths written and notes.
pub fn export_to_dir(
    scenario: &Scenario,
    dir: &Path,
) -> Result<(Vec<PathBuf>, Vec<String>), GeniusError> {
    let ex = export(scenario)?;
    std::fs::create_dir_all(dir).map_err(|cause| GeniusError::Io {
        file: dir.display().to_string(),
        cause,
    })?;
    let mut written = Vec::new();
    for (name, xml) in std::iter::once(&ex.domain).chain(ex.profiles.iter()) {
        let path = dir.join(name);
        std::fs::write(&path, xml).map_err(|cause| GeniusError::Io {
            file: path.display().to_string(),
            cause,
        })?;
        written.push(path);
    }
    Ok((written, ex.notes))
}
