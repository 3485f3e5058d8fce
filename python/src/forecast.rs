//! `forecast`: the four forecast models on a stakeholder table from a file, CSV text or a
//! scenario.

use std::path::PathBuf;

use detente_forecast::{montecarlo, ForecastOptions, ModelKind, ScaleLabels, Stakeholders};
use pyo3::prelude::*;

use crate::convert::to_py;
use crate::errors;

/// Runs `model` on `data` (and a Monte Carlo of `draws` draws over `uncertainty`, or over
/// `jitter` relative noise on capabilities and saliences when the input carries none). A
/// scenario's `scales` name each scale's ends and the nearest option to every position.
#[allow(clippy::too_many_arguments)]
pub fn run<'py>(
    py: Python<'py>,
    data: &Stakeholders,
    uncertainty: Option<montecarlo::Uncertainty>,
    scales: &[(String, ScaleLabels)],
    model: &str,
    rounds: Option<usize>,
    variant: &str,
    draws: usize,
    seed: u64,
    jitter: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let kind: ModelKind = model.parse().map_err(errors::value)?;
    let paper_variant = match variant.to_ascii_lowercase().as_str() {
        "reference" | "ref" | "default" => false,
        "paper" => true,
        other => {
            return Err(errors::value(format!(
                "unknown variant '{other}' (expected reference or paper)"
            )))
        }
    };
    let opts = ForecastOptions {
        rounds,
        paper_variant,
        seed,
    };
    let result = py.detach(|| {
        let mut forecast = detente_forecast::run(kind, data, &opts)?;
        if draws > 0 {
            let spec = uncertainty
                .unwrap_or_else(|| montecarlo::Uncertainty::relative(data, jitter.unwrap_or(0.1)));
            montecarlo::attach(&mut forecast, kind, data, &opts, &spec, draws, seed)?;
        }
        Ok(forecast)
    });
    let mut forecast = result.map_err(|e| errors::forecast(py, e))?;
    forecast.label_scales(scales);
    to_py(py, &forecast)
}

/// Forecasts where each issue lands with one of the four models (`compromise`, `eum`,
/// `exchange`, `smp`). `source` is a file: a scenario TOML (its stakeholders), a stakeholder
/// CSV (Actor,Capability,Position,Salience), a KTAB CSV/XML or exchange-model data; or give
/// the file's contents as `text` with its `format` (`csv`, `xml` or `dat`). Returns the
/// forecast as `detente forecast --format json` prints it.
#[pyfunction]
#[pyo3(signature = (source = None, model = "compromise", *, text = None, format = "csv", rounds = None, variant = "reference", draws = 0, seed = 1, jitter = None))]
#[allow(clippy::too_many_arguments)]
pub fn forecast<'py>(
    py: Python<'py>,
    source: Option<PathBuf>,
    model: &str,
    text: Option<&str>,
    format: &str,
    rounds: Option<usize>,
    variant: &str,
    draws: usize,
    seed: u64,
    jitter: Option<f64>,
) -> PyResult<Bound<'py, PyAny>> {
    let (data, unc, scales) = match (source, text) {
        (Some(_), Some(_)) => return Err(errors::value("give either a file or text, not both")),
        (None, None) => return Err(errors::value("give a file or text to forecast from")),
        (None, Some(t)) => (
            Stakeholders::parse_bytes("<text>", format, t.as_bytes())
                .map_err(|e| errors::input(py, e))?,
            None,
            Vec::new(),
        ),
        (Some(path), None) => {
            let is_toml = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
            if is_toml {
                let sc =
                    detente_model::Scenario::load(&path).map_err(|e| errors::scenario(py, e))?;
                let (d, u) = detente_forecast::scenario::from_scenario(&sc).ok_or_else(|| {
                    PyErr::new::<errors::ForecastError, _>(format!(
                        "{}: the scenario has no [[stakeholders.actors]] to forecast with (see docs/scenario.md)",
                        path.display()
                    ))
                })?;
                (d, Some(u), detente_forecast::scenario::scale_labels(&sc))
            } else {
                (
                    Stakeholders::read_file(&path).map_err(|e| errors::input(py, e))?,
                    None,
                    Vec::new(),
                )
            }
        }
    };
    run(
        py, &data, unc, &scales, model, rounds, variant, draws, seed, jitter,
    )
}
