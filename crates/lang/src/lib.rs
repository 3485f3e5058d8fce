//! detente's language toolkit: the pieces of language handling that more than one crate
//! needs, implemented once so that they cannot disagree.
//!
//! [`hash`]: the Fx hash for per-token lookups. [`names`]: reading personal names and deciding when two spellings are one person, for
//! the extractor (mentions within an article) and the store (actors across articles).
//! [`places`]: the countries of the world as news names them, for the extractor and for
//! positions (parties that are countries). [`roles`]: role words (titles, organisations,
//! analysts, offices, known holders), for the extractor and for positions. [`tokens`]: the
//! tokenizer (words and marks as byte spans, shaped by options) and [`stem`]: the suffix
//! stemmer, for the extractor and for positions.
pub mod hash;
pub mod names;
pub mod places;
pub mod roles;
pub mod stem;
pub mod tokens;

/// Non-empty, non-comment (`#`) lines of a bundled data file, trimmed: the one reading of
/// the data files' common shape.
pub fn data_lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
