//! Integration tests of positions, one binary with a module per behaviour.

mod common;
mod evaluation;
mod frame;
mod linker;
mod report;
