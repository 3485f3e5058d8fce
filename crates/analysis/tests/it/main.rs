//! Integration tests of analysis, one binary with a module per behaviour.

mod genius_reference;
mod properties;
mod scenario;
