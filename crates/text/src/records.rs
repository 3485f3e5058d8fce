//! The evidence records, defined in the leaf crate `detente-evidence` and re-exported here
//! so that callers of the extractor need one import.
pub use detente_evidence::dates::{PartialDate, Precision};
pub use detente_evidence::records::*;
