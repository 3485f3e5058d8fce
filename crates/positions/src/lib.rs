//! Stances from evidence: which scenario issue a quote or claim is about, which option it
//! supports or rejects, for which party, and the words that decided; each party's stated
//! positions over time; contradictions with the scenario's values; scenario drafts.
//!
//! The core ([`StanceLinker`]) works on plain text and a [`ScenarioTerms`] lexicon, so it
//! needs neither a store nor a scenario file; adapters for those sit beside it.

pub mod lexicon;
pub mod linker;
pub mod text;

pub use lexicon::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms, StanceLexicon};
pub use linker::{Polarity, Stance, StanceLinker};
