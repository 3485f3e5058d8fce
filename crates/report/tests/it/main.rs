//! Integration tests of report, one binary with a module per behaviour.

mod common;
mod downloads;
mod report;
mod server;
mod server_guard;
mod whatsnew;
