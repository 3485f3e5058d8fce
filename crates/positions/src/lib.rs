//! Stances from evidence: which scenario issue a quote or claim is about, which option it
//! supports or rejects, for which party, and the words that decided; each party's stated
//! positions over time; contradictions with the scenario's values; scenario drafts.
//!
//! The core ([`StanceLinker`]) works on plain text and a [`ScenarioTerms`] lexicon, so it
//! needs neither a store nor a scenario file; adapters for those sit beside it
//! ([`scenario_terms`], [`load_statements`]).
//!
//! ```
//! use detente_positions::*;
//! let terms = ScenarioTerms {
//!     parties: vec![PartyTerms { id: "ru".into(), name: "Russia".into(),
//!                                aliases: vec!["Moscow".into()], ..Default::default() }],
//!     issues: vec![IssueTerms { id: "nato".into(), name: "NATO membership".into(),
//!         keywords: vec!["NATO".into()],
//!         options: vec![OptionTerms { id: "yes".into(), label: "NATO membership".into(), keywords: vec![] },
//!                       OptionTerms { id: "no".into(), label: "no NATO membership".into(), keywords: vec![] }] }],
//! };
//! let linker = StanceLinker::new(StanceLexicon::new(&terms));
//! let s = linker.link("Kyiv must renounce NATO membership.", Some("A. Official"), Some("Moscow"));
//! assert_eq!(s[0].option.as_deref(), Some("no"));
//! assert_eq!(s[0].polarity, Polarity::Supports);
//! assert_eq!(s[0].party.as_deref(), Some("ru"));
//! ```

pub mod draft;
mod error;
pub mod frame;
mod grammar;
pub mod learn;
pub mod lexicon;
pub mod linker;
mod party_names;
pub mod positions;
pub mod review;
mod scenario;
pub mod speakers;
mod store;
pub mod text;

pub use draft::{draft, DraftActor, DraftOptions, ScenarioDraft};
pub use error::PositionsError;
pub use frame::{article_context, ArticleContext, ContextUse, Framing};
pub use learn::{cross_validate, CvFigures, LearnError, StanceReweighter};
pub use lexicon::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms, StanceLexicon};
pub use linker::{Polarity, Stance, StanceLinker};
pub use positions::{
    positions, source_party, Citation, Contradiction, ContradictionKind, IssuePositions,
    OptionTally, PartyPositions, PositionEntry, PositionsFilter, PositionsReport, Statement,
    StatementKind,
};
pub use scenario::scenario_terms;
pub use speakers::SpeakerParties;
pub use store::{
    load_draft_actors, load_statements, load_statements_with_keys, positions_from_store,
    stance_review,
};
