//! The self-contained HTML report and the local web dashboard.
//!
//! Both render one view model, [`data::ReportData`]; [`adapt`] fills it from the scenario,
//! the analysis, the evidence store and the forecasts.

pub mod adapt;
pub mod analyzer;
pub mod charts;
pub mod csv;
pub mod data;
pub mod findings;
pub mod html;
pub mod marks;
pub mod sample;
pub mod server;

pub use data::{RelatedReport, ReportData};
pub use html::render_report;

/// What can go wrong while building a report or serving the dashboard.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0}")]
    Scenario(String),
    /// The request itself is wrong (a bad search expression or date); the server answers 400.
    #[error("{0}")]
    BadRequest(String),
    #[error("evidence store: {0}")]
    Store(String),
    /// The work ran past the request's deadline and was stopped; the server answers 408.
    #[error("{0}")]
    TimedOut(String),
    #[error("analysis: {0}")]
    Analysis(String),
    #[error("no party called `{0}` in the scenario (parties: {1})")]
    UnknownParty(String, String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}
