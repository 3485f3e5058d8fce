//! The evidence boundary: the records extraction produces and every later stage reads.
//!
//! A leaf crate with no language handling in it, so that the store, positions and report
//! use the records without linking the extractor (`detente-text`). Its JSON forms are the
//! contract of `detente extract --format jsonl` (see `../shared/INTERFACE.md`).
pub mod dates;
pub mod offsets;
pub mod records;

pub use dates::{PartialDate, Precision};
pub use offsets::RawOffsetMap;
pub use records::*;
