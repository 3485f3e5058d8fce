//! Integration tests of model, one binary with a module per behaviour.

mod examples;
mod genius;
mod robustness;
mod validation;
