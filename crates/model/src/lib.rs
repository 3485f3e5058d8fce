//! detente's scenario model: parties, issues, preferences, proposals, stakeholders and sources,
//! loaded from TOML (`docs/scenario.md`) or converted from GENIUS XML (`docs/genius.md`).
//!
//! ```
//! let text = r#"
//! [meta]
//! title = "Two friends choose a film"
//! [[parties]]
//! id = "ann"
//! name = "Ann"
//! [[parties]]
//! id = "bob"
//! name = "Bob"
//! [[issues]]
//! id = "film"
//! options = ["comedy", "drama"]
//! [preferences.ann]
//! weights = { film = 1.0 }
//! values.film = { comedy = 1.0, drama = 0.0 }
//! [preferences.bob]
//! weights = { film = 1.0 }
//! values.film = { comedy = 0.3, drama = 1.0 }
//! "#;
//! let s = detente_model::Scenario::from_toml_str(text, "films.toml").unwrap();
//! assert_eq!(s.value("bob", "film", &detente_model::Term::Option("comedy".into())), Some(0.3));
//! ```

mod dense;
mod error;
mod estimate;
pub mod genius;
mod load;
mod scenario;
mod validate;

pub use dense::{DenseOption, DenseScenario, DEFAULT_GRID_POINTS, MAX_GRID_POINTS};
pub use error::{
    line_col, Diagnostic, Diagnostics, GeniusError, Location, Problem, ScenarioError, Severity,
};
pub use estimate::{Estimate, Uncertainty};
pub use load::{read_bounded, LoadOptions, Loaded, MAX_SCENARIO_BYTES};
pub use scenario::{
    Actor, ActorPosition, Issue, IssueDomain, IssueOption, Meta, NumericRange, Party,
    PiecewiseLinear, PositionScale, Preferences, Proposal, Scenario, Source, Stakeholders, Term,
    ValueFunction,
};
