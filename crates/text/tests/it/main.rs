//! Integration tests of text, one binary with a module per behaviour.

mod bad_input;
mod chronology;
mod common;
mod dev1;
mod dev1_rules;
mod dev2;
mod dev2_rules;
mod dev3;
mod explain;
mod extraction;
mod general_rules;
mod html_offsets;
mod rule_kit;
