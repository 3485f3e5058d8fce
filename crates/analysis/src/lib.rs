//! The negotiation analysis engine of detente.
//!
//! The numeric core ([`UtilityTable`]) holds every party's additive utility over a product of
//! discrete issues as flat arrays. On it:
//! - [`evaluate_proposal`]: utilities and acceptability of proposals;
//! - [`agreement_zone`]: the zone of possible agreement, counted exactly by branch and bound;
//! - [`pareto_frontier`]: exact Pareto frontiers for any set of parties, built issue by issue
//!   without enumerating the product space (see the `frontier` module docs for why it is exact);
//! - [`bargaining_solutions`]: Nash, Kalai–Smorodinsky, egalitarian and utilitarian outcomes;
//! - [`logrolls`]: trades that leave every party better off than a proposal;
//! - [`robustness`]: seeded, parallel Monte Carlo over the uncertain numbers.
//!
//! [`analyze_scenario`] runs all of it on a [`detente_model::Scenario`] and returns a
//! serialisable [`ScenarioAnalysis`] (JSON schema in `docs/analysis-json.md`).
//!
//! The library never prints; long runs report through a progress callback.

// Hot loops index several flat arrays with the same party/issue index; iterator chains over one
// of them would hide that symmetry without making anything safer.
#![allow(clippy::needless_range_loop)]

pub mod error;
pub mod frontier;
pub mod proposals;
pub mod robustness;
pub mod sampled;
pub mod scenario_analysis;
pub mod search;
pub mod solutions;
pub mod table;

pub use error::AnalysisError;
pub use frontier::{
    brute_force_frontier, pareto_frontier, FrontierLimits, FrontierPoint, ParetoFrontier,
};
pub use proposals::{evaluate_proposal, ProposalEvaluation, ProposalTerms};
pub use robustness::{
    robustness, Effect, NashFrequency, Robustness, RobustnessConfig, Spread, UncertainNumber,
};
pub use sampled::sampled_frontier;
pub use scenario_analysis::{
    analyze_scenario, scenario_table, AnalysisOptions, ScenarioAnalysis, ScenarioTable, SCHEMA,
};
pub use search::{
    agreement_zone, logrolls, maximize_monotone, nash_by_search, AgreementZone, Logroll,
    LogrollSearch,
};
pub use solutions::{bargaining_solutions, Solution, SolutionKind, TiedPoint};
pub use table::{Outcome, UtilityTable, TIE_TOLERANCE, UTILITY_TOLERANCE};
