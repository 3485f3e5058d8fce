//! Integration tests of model, one binary with a module per behaviour.

mod examples;
mod genius;
mod genius_semantics;
mod robustness;
mod validation;
