//! detente's language toolkit: the pieces of language handling that more than one crate
//! needs, implemented once so that they cannot disagree.
//!
//! [`names`]: reading personal names and deciding when two spellings are one person, for
//! the extractor (mentions within an article) and the store (actors across articles).
pub mod names;
