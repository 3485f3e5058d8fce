//! Small closed word lists used across the stages, read from `data/` files that state what
//! belongs in them (see `crate::wordlists`).

pub(crate) use crate::wordlists::{determiners, locatives, modals, name_connectors, scare_cues};

/// The months' names, lower case: a closed class of the calendar, not a heuristic list.
pub(crate) const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays' names, lower case.
pub(crate) const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
