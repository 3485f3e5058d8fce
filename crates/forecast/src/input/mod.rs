//! Stakeholder tables and the file formats users arrive with.
//!
//! - the one-issue stakeholder CSV of the EUM tools: `Actor,Capability,Position,Salience`
//!   (an optional `Issue` column gives several issues);
//! - KTAB's SMP CSV: a title line `name,description,numActors,numDims,`, a header
//!   `Actor,Description,Power,Pstn1,Sal1,...` and one row per actor (trailing commas);
//! - KTAB's SMP XML (`<Scenario>` with `<Actors>`, `<Dimensions>`, `<ModelParameters>`,
//!   `<IdealAdjustment>`);
//! - the exchange model's data files (`#A`/`#P`/`#M`/`#D` rows, tab separated, quoted).
//!
//! [`Stakeholders::read_file`] picks the format from the content (and extension).
use std::fmt;
use std::path::Path;

mod csv;
mod exchange;
mod xml;
use csv::*;
use exchange::*;
use xml::*;

/// An error in an input file, naming the file and, where there is one, line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}:{}: {}", self.file, l, c, self.message),
            (Some(l), None) => write!(f, "{}:{}: {}", self.file, l, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub fn new(
        file: &str,
        line: Option<usize>,
        column: Option<usize>,
        msg: impl Into<String>,
    ) -> Self {
        InputError {
            file: file.to_string(),
            line,
            column,
            message: msg.into(),
        }
    }
}

/// An issue (dimension) and its scale.
#[derive(Clone, Debug, PartialEq)]
pub struct IssueScale {
    pub name: String,
    pub lower: f64,
    pub upper: f64,
}

/// One actor's stance on one issue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stance {
    /// Position in the issue's own units.
    pub position: f64,
    /// Salience in [0, 1].
    pub salience: f64,
    /// Capability (power) of the actor on this issue.
    pub capability: f64,
}

/// KTAB SMP settings carried by its XML files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SmpSettings {
    /// (name, value) pairs of `<ModelParameters>`, e.g. ("VotingRule", "PropCbc").
    pub parameters: Vec<(String, String)>,
    pub seed: Option<u64>,
    /// Ideal adjustment: (adjusting actor, reference actor, rate).
    pub ideal_adjustment: Vec<(usize, usize, f64)>,
}

/// Which format a table was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    StakeholderCsv,
    KtabCsv,
    KtabXml,
    ExchangeData,
    Scenario,
    Built,
}

/// Actors × issues with capability, position and salience; a missing cell means the actor
/// takes no part in that issue.
#[derive(Clone, Debug, PartialEq)]
pub struct Stakeholders {
    pub title: Option<String>,
    pub actors: Vec<String>,
    pub issues: Vec<IssueScale>,
    /// Actor-level capability (the KTAB/EUM notion; for exchange data the mean power).
    pub capability: Vec<f64>,
    /// Actor-major: `cells[a * issues.len() + i]`.
    pub cells: Vec<Option<Stance>>,
    /// Saliences were divided by this factor when read (1 or 100); the exchange model
    /// multiplies it back to work in the file's own units, as its reference does.
    pub salience_scale: f64,
    pub smp: Option<SmpSettings>,
    pub format: SourceFormat,
}

impl Stakeholders {
    pub fn n_actors(&self) -> usize {
        self.actors.len()
    }
    pub fn n_issues(&self) -> usize {
        self.issues.len()
    }
    pub fn cell(&self, actor: usize, issue: usize) -> Option<&Stance> {
        self.cells
            .get(actor * self.issues.len() + issue)
            .and_then(|c| c.as_ref())
    }

    /// Builds a one-issue table from rows of (actor, capability, position, salience in [0,1]).
    /// The scale is the positions' range.
    pub fn one_issue(issue: &str, rows: &[(String, f64, f64, f64)]) -> Self {
        let (lo, hi) = span(rows.iter().map(|r| r.2));
        Stakeholders {
            title: None,
            actors: rows.iter().map(|r| r.0.clone()).collect(),
            issues: vec![IssueScale {
                name: issue.to_string(),
                lower: lo,
                upper: hi,
            }],
            capability: rows.iter().map(|r| r.1).collect(),
            cells: rows
                .iter()
                .map(|r| {
                    Some(Stance {
                        position: r.2,
                        salience: r.3,
                        capability: r.1,
                    })
                })
                .collect(),
            salience_scale: 1.0,
            smp: None,
            format: SourceFormat::Built,
        }
    }

    /// Reads any supported file, choosing the format from its content and extension.
    pub fn read_file(path: &Path) -> Result<Self, InputError> {
        let name = path.display().to_string();
        let bytes = detente_model::read_bounded(path, detente_model::MAX_SCENARIO_BYTES)
            .map_err(|e| InputError::new(&name, None, None, e.to_string()))?
            .ok_or_else(|| {
                InputError::new(
                    &name,
                    None,
                    None,
                    format!("more than {} bytes", detente_model::MAX_SCENARIO_BYTES),
                )
            })?;
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        Self::parse_bytes(&name, &ext, &bytes)
    }

    /// Parses file content; `ext` is the lower-case extension (may be empty).
    pub fn parse_bytes(name: &str, ext: &str, bytes: &[u8]) -> Result<Self, InputError> {
        if bytes.contains(&0) {
            return Err(InputError::new(
                name,
                None,
                None,
                "binary data, not a text table",
            ));
        }
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            InputError::new(name, Some(line), None, "not valid UTF-8 text")
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = text.trim_start();
        if ext == "xml" || first.starts_with('<') {
            return parse_ktab_xml(name, text);
        }
        if first.starts_with("'#")
            || first.starts_with("#A")
            || first.starts_with("#P")
            || first.starts_with("#D")
            || first.starts_with("#M")
        {
            return parse_exchange(name, text);
        }
        let lines = split_lines(text);
        // KTAB: the header (second non-empty line) starts with Actor and has Description.
        let nonempty: Vec<&(usize, &str)> =
            lines.iter().filter(|(_, l)| !l.trim().is_empty()).collect();
        if let Some((_, second)) = nonempty.get(1) {
            let f = split_csv(second);
            let first_is_header = nonempty
                .first()
                .map(|(_, l)| {
                    split_csv(l)
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case("capability"))
                })
                .unwrap_or(false);
            if !first_is_header
                && f.first().is_some_and(|c| c.eq_ignore_ascii_case("actor"))
                && f.get(1)
                    .is_some_and(|c| c.eq_ignore_ascii_case("description"))
            {
                return parse_ktab_csv(name, &lines);
            }
        }
        parse_stakeholder_csv(name, &lines)
    }
}

pub(super) fn span(it: impl Iterator<Item = f64>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for x in it {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    if hi - lo <= 0.0 {
        return (lo - 1.0, hi + 1.0);
    }
    (lo, hi)
}

/// Lines with their 1-based numbers; `\n`, `\r\n` and a lone `\r` all end a line.
pub(super) fn split_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            out.push((out.len() + 1, &text[start..i]));
            if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < b.len() {
        out.push((out.len() + 1, &text[start..]));
    }
    out
}

/// Splits one CSV line; double quotes group fields ("" is a quote); fields are trimmed.
pub(super) fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(cur.trim().to_string());
                cur.clear();
            }
            _ => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    out
}

/// 1-based column (in characters) of field `k` in a CSV line, for error messages.
pub(super) fn field_column(line: &str, k: usize) -> usize {
    let mut field = 0;
    for (i, c) in line.chars().enumerate() {
        if field == k {
            return i + 1;
        }
        if c == ',' {
            field += 1;
        }
    }
    line.chars().count() + 1
}

pub(super) fn parse_num(
    name: &str,
    line_no: usize,
    line: &str,
    k: usize,
    field: &str,
    what: &str,
) -> Result<f64, InputError> {
    let v: f64 = field.trim().parse().map_err(|_| {
        InputError::new(
            name,
            Some(line_no),
            Some(field_column(line, k)),
            format!("{what}: '{field}' is not a number"),
        )
    })?;
    if !v.is_finite() {
        return Err(InputError::new(
            name,
            Some(line_no),
            Some(field_column(line, k)),
            format!("{what}: '{field}' is not a finite number"),
        ));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cr_only_and_bom_and_percent_salience() {
        let t = "\u{feff}Actor, Capability ,Position,Salience\rA,1,0,50\rB,2,10,100\r";
        let s = Stakeholders::parse_bytes("x.csv", "csv", t.as_bytes()).unwrap();
        assert_eq!(s.actors, vec!["A", "B"]);
        assert_eq!(s.cell(1, 0).unwrap().salience, 1.0);
        assert_eq!(s.cell(0, 0).unwrap().salience, 0.5);
    }

    #[test]
    fn bad_number_names_line_and_column() {
        let t = "Actor,Capability,Position,Salience\nA,1,0,0.5\nB,x,1,0.5\n";
        let e = Stakeholders::parse_bytes("f.csv", "csv", t.as_bytes()).unwrap_err();
        assert_eq!((e.line, e.column), (Some(3), Some(3)));
        assert!(e.to_string().starts_with("f.csv:3:3:"), "{e}");
    }
}
