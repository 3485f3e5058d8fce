//! Integration tests of positions, one binary with a module per behaviour.

mod common;
mod distinctive;
mod draft_recovery;
mod evaluation;
mod frame;
mod learn;
mod linker;
mod report;
mod reported;
