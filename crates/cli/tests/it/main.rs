//! Integration tests of cli, one binary with a module per behaviour.

mod bad_inputs;
mod chronology_cli;
mod common;
mod concurrent_use;
mod crash_safety;
mod everyday;
mod evidence_stream;
mod extract_offsets;
mod feeds_cli;
mod hostile_files;
mod outputs;
mod postgres_cli;
mod readme_sample;
mod review_cli;
mod store_choice;
