//! Integration tests of store, one binary with a module per behaviour.

mod aliases;
mod common;
mod ingest;
mod limits;
mod store;
