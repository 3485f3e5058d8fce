//! Integration tests of the ingest pipeline, one binary with a module per behaviour.

mod pipeline;

/// The synthetic corpus the store's own tests use, shared rather than copied.
#[path = "../../../store/tests/it/common/corpus.rs"]
mod corpus;
