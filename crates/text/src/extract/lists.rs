//! Small closed word lists used across the stages, read from `data/` files that state what
//! belongs in them (see `crate::wordlists`).

pub(crate) use crate::wordlists::{determiners, locatives, modals, name_connectors, scare_cues};
