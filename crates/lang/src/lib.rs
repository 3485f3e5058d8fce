//! detente's language toolkit: the pieces of language handling that more than one crate
//! needs, implemented once so that they cannot disagree.
//!
//! [`names`]: reading personal names and deciding when two spellings are one person, for
//! the extractor (mentions within an article) and the store (actors across articles).
//! [`places`]: the countries of the world as news names them, for the extractor and for
//! positions (parties that are countries). [`roles`]: role words (titles, organisations,
//! analysts, offices, known holders), for the extractor and for positions.
pub mod names;
pub mod places;
pub mod roles;
