//! Stokman / van Oosten equal-gain exchange model.
use crate::{Forecast, ForecastError, Stakeholders};
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Exchange {
    pub gain: f64,
    pub i_actor: String,
    pub i_supply_issue: String,
    pub i_move: f64,
    pub j_actor: String,
    pub j_supply_issue: String,
    pub j_move: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExchangeRound {
    pub candidates: usize,
    pub exchanges: Vec<Exchange>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExchangeDetails {
    pub rounds: Vec<ExchangeRound>,
}

pub fn forecast(
    data: &Stakeholders,
    _rounds: usize,
    _seed: u64,
) -> Result<Forecast, ForecastError> {
    Ok(crate::compromise::forecast(data))
}
