//! KTAB-style spatial model of politics.
use crate::{Forecast, ForecastError, Stakeholders};
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct SmpDetails {
    pub steps: usize,
    pub fractional_changes: Vec<f64>,
}

pub fn forecast(
    data: &Stakeholders,
    _rounds: usize,
    _seed: u64,
) -> Result<Forecast, ForecastError> {
    Ok(crate::compromise::forecast(data))
}
