//! Typed errors of the analysis engine.

/// Why an analysis could not be done.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnalysisError {
    /// The numbers handed to the engine do not fit together (counts, lengths).
    #[error("inconsistent utility table: {0}")]
    Shape(String),
    #[error("a weight, value or reservation is not a finite number ({0})")]
    NotFinite(f64),
    /// An exact computation would need more memory or time than the limit allows.
    #[error("{what}: {needed} exceeds the limit of {limit}")]
    TooLarge {
        what: &'static str,
        needed: u64,
        limit: u64,
    },
    /// An exact frontier would hold more bytes than the limit allows.
    #[error(
        "an exact frontier needs at least {} MiB, more than the limit of {} MiB",
        needed.div_ceil(1 << 20),
        limit / (1 << 20)
    )]
    MemoryLimit { needed: u64, limit: u64 },
    /// The scenario cannot be turned into a utility table.
    #[error("{0}")]
    Scenario(String),
}
