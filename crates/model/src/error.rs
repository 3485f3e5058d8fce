//! Typed errors for loading, validating and converting scenarios.

use std::fmt;

/// A place in an input file. `line` and `column` are 1-based; `column` counts characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Location {
    pub fn file_only(file: &str) -> Self {
        Location {
            file: file.to_string(),
            line: None,
            column: None,
        }
    }

    /// Location of byte offset `offset` in `text` (clamped to the text).
    pub fn at_offset(file: &str, text: &str, offset: usize) -> Self {
        let (line, column) = line_col(text, offset);
        Location {
            file: file.to_string(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}:{}", self.file, l, c),
            (Some(l), None) => write!(f, "{}:{}", self.file, l),
            _ => write!(f, "{}", self.file),
        }
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found while validating a scenario.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("the scenario defines no {what} (add at least one [[{what}]] table)")]
    Empty { what: &'static str },
    #[error("duplicate {kind} id \"{id}\"")]
    DuplicateId { kind: &'static str, id: String },
    #[error("empty {kind} id")]
    EmptyId { kind: &'static str },
    #[error("issue \"{issue}\" has no options")]
    NoOptions { issue: String },
    #[error("issue \"{issue}\": range min {min} is not below max {max}")]
    BadRange { issue: String, min: f64, max: f64 },
    #[error("issue \"{issue}\": step {step} must be positive and at most the range width")]
    BadStep { issue: String, step: f64 },
    #[error("party \"{party}\" has no preferences (add a [preferences.{party}] table)")]
    NoPreferences { party: String },
    #[error("preferences for \"{party}\" but no party has that id (parties: {known})")]
    UnknownPartyPreferences { party: String, known: String },
    #[error("{context} names issue \"{issue}\", which is not defined (issues: {known})")]
    UnknownIssue {
        context: String,
        issue: String,
        known: String,
    },
    #[error("{context} names option \"{option}\" unknown on issue \"{issue}\" (options: {known})")]
    UnknownOption {
        context: String,
        issue: String,
        option: String,
        known: String,
    },
    #[error("{context} names party \"{party}\", which is not defined (parties: {known})")]
    UnknownParty {
        context: String,
        party: String,
        known: String,
    },
    #[error("{context} cites source \"{source_id}\", which is not in [[sources]]")]
    UnknownSource { context: String, source_id: String },
    #[error(
        "party \"{party}\" gives no weight for issue \"{issue}\" (write 0 if it does not care)"
    )]
    MissingWeight { party: String, issue: String },
    #[error(
        "party \"{party}\": weights sum to {sum} instead of 1 (fix them or load with --normalize)"
    )]
    WeightSum { party: String, sum: f64 },
    #[error("party \"{party}\": weights sum to {sum}, kept as the GENIUS profile wrote them")]
    GeniusWeightSum { party: String, sum: f64 },
    #[error("{context}: {what} {value} is outside [{lo}, {hi}]")]
    OutOfRange {
        context: String,
        what: &'static str,
        value: f64,
        lo: f64,
        hi: f64,
    },
    #[error("{context}: {what} is not a finite number")]
    NotFinite { context: String, what: &'static str },
    #[error("party \"{party}\" gives no value for option \"{option}\" of issue \"{issue}\"")]
    MissingValue {
        party: String,
        issue: String,
        option: String,
    },
    #[error("party \"{party}\" has no values for issue \"{issue}\" although its weight is not 0")]
    MissingValues { party: String, issue: String },
    #[error("party \"{party}\", issue \"{issue}\": {problem}")]
    BadValueFunction {
        party: String,
        issue: String,
        problem: String,
    },
    #[error("{context}: uncertainty {detail}")]
    BadUncertainty { context: String, detail: String },
    #[error(
        "proposal \"{proposal}\": issue \"{issue}\" is numeric, give a number (range {min}..{max})"
    )]
    ExpectedNumber {
        proposal: String,
        issue: String,
        min: f64,
        max: f64,
    },
    #[error("proposal \"{proposal}\": value {value} for issue \"{issue}\" is outside its range {min}..{max}")]
    NumberOutOfRange {
        proposal: String,
        issue: String,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("{context}: date \"{date}\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate { context: String, date: String },
    #[error("stakeholder scale for \"{issue}\": min {min} is not below max {max}")]
    BadScale { issue: String, min: f64, max: f64 },
    #[error("a proposal marked no_deal must not set terms (proposal \"{proposal}\")")]
    NoDealWithTerms { proposal: String },
}

/// A problem together with where it is and how serious it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Location,
    pub problem: Problem,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = match self.severity {
            Severity::Warning => "warning: ",
            Severity::Error => "",
        };
        write!(f, "{}: {}{}", self.location, tag, self.problem)
    }
}

/// All diagnostics of a scenario that failed validation.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self
            .0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        writeln!(
            f,
            "{} problem{} in the scenario:",
            errors,
            if errors == 1 { "" } else { "s" }
        )?;
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Why a scenario could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    /// `cause` is shown in the message and deliberately not exposed as `source()`, so that
    /// error-chain printers do not repeat it.
    #[error("{file}: cannot read: {cause}")]
    Io { file: String, cause: std::io::Error },
    /// The text is not valid TOML, or does not have the scenario's shape.
    #[error("{location}: {message}")]
    Syntax { location: Location, message: String },
    /// The file parsed but is inconsistent; every problem found is listed.
    #[error("{0}")]
    Invalid(Diagnostics),
}

impl ScenarioError {
    /// The diagnostics of an [`ScenarioError::Invalid`] error (empty otherwise).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            ScenarioError::Invalid(d) => &d.0,
            _ => &[],
        }
    }
}

/// Why a GENIUS domain could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum GeniusError {
    /// `cause` is shown in the message and deliberately not exposed as `source()`, so that
    /// error-chain printers do not repeat it.
    #[error("{file}: cannot read: {cause}")]
    Io { file: String, cause: std::io::Error },
    #[error("{location}: malformed XML: {message}")]
    Xml { location: Location, message: String },
    #[error("{location}: {message}")]
    Format { location: Location, message: String },
    #[error("{0}")]
    Inputs(String),
    #[error("cannot export: {0}")]
    Export(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\ncé d\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        // 'é' is two bytes; the space after it is the third character.
        assert_eq!(line_col(t, 6), (2, 3));
        // Inside a multi-byte character and past the end stay in range.
        assert_eq!(line_col(t, 5), (2, 2));
        assert_eq!(line_col(t, 999), (3, 1));
    }
}
