//! Forecasts of where collective decisions land, and agent-based negotiation.
//!
//! Models (each checked against a peer implementation, see `docs/forecast.md`):
//! - [`compromise`]: capability × salience weighted mean and weighted median;
//! - [`eum`]: Bueno de Mesquita's expected utility model as formulated by Scholz et al. (2011);
//! - [`exchange`]: Stokman / van Oosten equal-gain vote-exchange model;
//! - [`smp`]: a spatial model of politics in the style of KTAB's SMP.
//!
//! All of them read a [`Stakeholders`] table (see [`input`] for the file formats) and
//! return a [`Forecast`]. [`montecarlo`] runs any of them over perturbed inputs, and
//! [`negotiation`] simulates alternating-offers bargaining between agents.

// Index loops over several parallel arrays are the clearest form of the numeric kernels.
#![allow(clippy::needless_range_loop)]

pub mod compromise;
pub mod eum;
pub mod exchange;
pub mod input;
pub mod montecarlo;
pub mod negotiation;
mod output;
pub mod scenario;
pub mod smp;

pub use input::{InputError, IssueScale, Stakeholders, Stance};
pub use output::{
    ActorOutcome, ActorValues, Forecast, IssueForecast, Move, Outcome, RoundState, ScaleLabels,
    ScaleOption,
};

/// Which forecast model to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelKind {
    Compromise,
    Eum,
    Exchange,
    Smp,
}

impl std::str::FromStr for ModelKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "compromise" | "mean" | "median" => Ok(Self::Compromise),
            "eum" | "bdm" | "expected-utility" => Ok(Self::Eum),
            "exchange" | "stokman" => Ok(Self::Exchange),
            "smp" | "ktab" | "spatial" => Ok(Self::Smp),
            other => Err(format!(
                "unknown model '{other}' (expected compromise, eum, exchange or smp)"
            )),
        }
    }
}

/// Options shared by the models; each model reads the ones it understands.
#[derive(Clone, Debug, Default)]
pub struct ForecastOptions {
    /// Rounds for the round-based models (EUM default 10, exchange default 10, SMP: run to
    /// convergence, at most this many steps; default 100).
    pub rounds: Option<usize>,
    /// Follow the published paper instead of the reference implementation's quirks.
    pub paper_variant: bool,
    /// Seed for the models with random steps (exchange tie-breaking, stochastic SMP).
    pub seed: u64,
}

/// Errors from the models themselves (bad input is an [`InputError`]).
#[derive(Debug, thiserror::Error)]
pub enum ForecastError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("{0}")]
    Model(String),
    #[error(
        "unknown strategy '{0}' (boulware, linear, conceder, tit-for-tat, aspiration, e=NUMBER)"
    )]
    UnknownStrategy(String),
    #[error("unknown SMP parameter {0}")]
    UnknownSmpParameter(String),
    #[error("unknown value '{value}' for SMP parameter {name}")]
    BadSmpParameter { name: String, value: String },
}

/// Runs one model on a stakeholder table.
pub fn run(
    kind: ModelKind,
    data: &Stakeholders,
    opts: &ForecastOptions,
) -> Result<Forecast, ForecastError> {
    let mut forecast = match kind {
        ModelKind::Compromise => compromise::forecast(data),
        ModelKind::Eum => {
            let variant = if opts.paper_variant {
                eum::Variant::Paper
            } else {
                eum::Variant::Reference
            };
            eum::forecast(data, opts.rounds.unwrap_or(10), variant)
        }
        ModelKind::Exchange => exchange::forecast(data, opts.rounds.unwrap_or(10), opts.seed)?,
        ModelKind::Smp => smp::forecast(data, opts.rounds.unwrap_or(100), opts.seed)?,
    };
    // Every model states its forecast on the input's scale; a scenario's words for the
    // scale are added by the caller ([`Forecast::label_scales`] with
    // [`scenario::scale_labels`]).
    let scales: Vec<(String, ScaleLabels)> = data
        .issues
        .iter()
        .map(|s| {
            (
                s.name.clone(),
                ScaleLabels {
                    min: s.lower,
                    max: s.upper,
                    ..ScaleLabels::default()
                },
            )
        })
        .collect();
    forecast.label_scales(&scales);
    Ok(forecast)
}
