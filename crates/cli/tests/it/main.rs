//! Integration tests of cli, one binary with a module per behaviour.

mod bad_inputs;
mod chronology_cli;
mod common;
mod concurrent_use;
mod crash_safety;
mod extract_offsets;
mod feeds_cli;
