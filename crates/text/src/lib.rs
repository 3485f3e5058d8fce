//! Reading news articles and extracting evidence from them.
pub mod records;
pub use records::*;
