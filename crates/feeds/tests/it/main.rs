//! Integration tests of detente-feeds, one binary with a module per behaviour. Every test
//! talks to a server it starts on 127.0.0.1.

mod bad_inputs;
mod common;
mod feeds_and_pages;
mod politeness;
