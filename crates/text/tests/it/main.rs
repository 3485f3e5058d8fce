//! Integration tests of text, one binary with a module per behaviour.

mod bad_input;
mod chronology;
mod explain;
mod common;
mod extraction;
mod general_rules;
mod heldout;
mod heldout2;
mod heldout2_rules;
mod heldout_rules;
mod html_offsets;
mod rule_kit;
