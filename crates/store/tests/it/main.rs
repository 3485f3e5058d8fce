//! Integration tests of store, one binary with a module per behaviour.

mod aliases;
mod common;
mod corrections;
mod ingest;
mod limits;
mod store;
