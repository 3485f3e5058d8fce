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

fn span(it: impl Iterator<Item = f64>) -> (f64, f64) {
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
fn split_lines(text: &str) -> Vec<(usize, &str)> {
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
fn split_csv(line: &str) -> Vec<String> {
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
fn field_column(line: &str, k: usize) -> usize {
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

fn parse_num(
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

fn parse_stakeholder_csv(name: &str, lines: &[(usize, &str)]) -> Result<Stakeholders, InputError> {
    let mut it = lines.iter().filter(|(_, l)| !l.trim().is_empty());
    let (hline, header) = it.next().ok_or_else(|| {
        InputError::new(
            name,
            None,
            None,
            "empty file: expected a header Actor,Capability,Position,Salience",
        )
    })?;
    let cols: Vec<String> = split_csv(header)
        .into_iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let find = |names: &[&str]| cols.iter().position(|c| names.contains(&c.as_str()));
    let (Some(ca), Some(cc), Some(cp), Some(cs)) = (
        find(&["actor", "name", "stakeholder"]),
        find(&["capability", "power", "influence", "clout"]),
        find(&["position", "pos"]),
        find(&["salience", "sal"]),
    ) else {
        return Err(InputError::new(
            name,
            Some(*hline),
            None,
            format!(
                "expected a header with columns Actor,Capability,Position,Salience, found '{}'",
                header.trim()
            ),
        ));
    };
    let ci = find(&["issue", "dimension"]);
    let mut issues: Vec<String> = Vec::new();
    let mut actors: Vec<String> = Vec::new();
    let mut rows: Vec<(usize, usize, f64, f64, f64, usize)> = Vec::new(); // actor, issue, cap, pos, sal, line
    for (no, line) in it {
        let f = split_csv(line);
        let need = [ca, cc, cp, cs].into_iter().chain(ci).max().unwrap_or(0);
        if f.len() <= need {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("expected at least {} fields, found {}", need + 1, f.len()),
            ));
        }
        let actor = f[ca].trim().to_string();
        if actor.is_empty() {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, ca)),
                "empty actor name",
            ));
        }
        let cap = parse_num(name, *no, line, cc, &f[cc], "capability")?;
        let pos = parse_num(name, *no, line, cp, &f[cp], "position")?;
        let sal = parse_num(name, *no, line, cs, &f[cs], "salience")?;
        if cap < 0.0 {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, cc)),
                "capability must not be negative",
            ));
        }
        if !(0.0..=100.0).contains(&sal) {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, cs)),
                "salience must be in [0,1] or [0,100]",
            ));
        }
        let issue = ci
            .map(|c| f[c].trim().to_string())
            .unwrap_or_else(|| "issue".to_string());
        let ii = match issues.iter().position(|x| *x == issue) {
            Some(i) => i,
            None => {
                issues.push(issue);
                issues.len() - 1
            }
        };
        let ai = match actors.iter().position(|x| *x == actor) {
            Some(a) => a,
            None => {
                actors.push(actor);
                actors.len() - 1
            }
        };
        if rows.iter().any(|r| r.0 == ai && r.1 == ii) {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("actor '{}' appears twice for the same issue", actors[ai]),
            ));
        }
        rows.push((ai, ii, cap, pos, sal, *no));
    }
    if actors.is_empty() {
        return Err(InputError::new(
            name,
            None,
            None,
            "no actor rows after the header",
        ));
    }
    let scale = if rows.iter().any(|r| r.4 > 1.0) {
        100.0
    } else {
        1.0
    };
    let ni = issues.len();
    let mut cells = vec![None; actors.len() * ni];
    let mut capability = vec![0.0f64; actors.len()];
    for r in &rows {
        cells[r.0 * ni + r.1] = Some(Stance {
            position: r.3,
            salience: r.4 / scale,
            capability: r.2,
        });
        capability[r.0] = capability[r.0].max(r.2);
    }
    let issues = (0..ni)
        .map(|i| {
            let (lo, hi) = span(rows.iter().filter(|r| r.1 == i).map(|r| r.3));
            IssueScale {
                name: issues[i].clone(),
                lower: lo,
                upper: hi,
            }
        })
        .collect();
    Ok(Stakeholders {
        title: None,
        actors,
        issues,
        capability,
        cells,
        salience_scale: scale,
        smp: None,
        format: SourceFormat::StakeholderCsv,
    })
}

fn parse_ktab_csv(name: &str, lines: &[(usize, &str)]) -> Result<Stakeholders, InputError> {
    let mut it = lines.iter().filter(|(_, l)| !l.trim().is_empty());
    let Some((_, title_line)) = it.next() else {
        return Err(InputError::new(name, None, None, "empty file"));
    };
    let title = split_csv(title_line);
    let Some((hno, header)) = it.next() else {
        return Err(InputError::new(name, None, None, "no header line"));
    };
    let mut h = split_csv(header);
    while h.last().is_some_and(|c| c.is_empty()) {
        h.pop();
    }
    if h.len() < 5 || !(h.len() - 3).is_multiple_of(2) {
        return Err(InputError::new(
            name,
            Some(*hno),
            None,
            "KTAB header must be Actor,Description,Power, then a position and a salience column per dimension",
        ));
    }
    let nd = (h.len() - 3) / 2;
    if let Some(declared) = title.get(3).and_then(|s| s.trim().parse::<usize>().ok()) {
        if declared != nd {
            return Err(InputError::new(
                name,
                Some(*hno),
                None,
                format!("the title line declares {declared} dimensions but the header has {nd}"),
            ));
        }
    }
    let issues: Vec<IssueScale> = (0..nd)
        .map(|d| IssueScale {
            name: h[3 + 2 * d].clone(),
            lower: 0.0,
            upper: 100.0,
        })
        .collect();
    let mut actors = Vec::new();
    let mut capability = Vec::new();
    let mut cells = Vec::new();
    for (no, line) in it {
        let f = split_csv(line);
        if f.len() < 3 + 2 * nd {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("expected {} fields (Actor, Description, Power and {} position/salience pairs), found {}", 3 + 2 * nd, nd, f.len()),
            ));
        }
        let actor = f[0].trim().to_string();
        if actor.is_empty() {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(1),
                "empty actor name",
            ));
        }
        let cap = parse_num(name, *no, line, 2, &f[2], "power")?;
        if cap < 0.0 {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, 2)),
                "negative power",
            ));
        }
        let mut total = 0.0;
        for d in 0..nd {
            let p = parse_num(name, *no, line, 3 + 2 * d, &f[3 + 2 * d], "position")?;
            let s = parse_num(name, *no, line, 4 + 2 * d, &f[4 + 2 * d], "salience")?;
            if !(0.0..=100.0).contains(&p) {
                return Err(InputError::new(
                    name,
                    Some(*no),
                    Some(field_column(line, 3 + 2 * d)),
                    "position must be within [0,100]",
                ));
            }
            if !(0.0..=100.0).contains(&s) {
                return Err(InputError::new(
                    name,
                    Some(*no),
                    Some(field_column(line, 4 + 2 * d)),
                    "salience must be within [0,100]",
                ));
            }
            total += s;
            cells.push(Some(Stance {
                position: p,
                salience: s / 100.0,
                capability: cap,
            }));
        }
        if total > 100.0 + 1e-9 {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("total salience {total} exceeds 100%"),
            ));
        }
        actors.push(actor);
        capability.push(cap);
    }
    if actors.is_empty() {
        return Err(InputError::new(name, None, None, "no actor rows"));
    }
    Ok(Stakeholders {
        title: title
            .first()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        actors,
        issues,
        capability,
        cells,
        salience_scale: 100.0,
        smp: None,
        format: SourceFormat::KtabCsv,
    })
}

/// Line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|p| p + 1)
        .unwrap_or(0);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

/// A minimal element tree (names, text, children, byte offset) built with quick-xml.
struct XmlNode {
    name: String,
    text: String,
    children: Vec<XmlNode>,
    offset: usize,
}

impl XmlNode {
    fn child(&self, n: &str) -> Option<&XmlNode> {
        self.children.iter().find(|c| c.name == n)
    }
    fn all<'a>(&'a self, n: &'a str) -> impl Iterator<Item = &'a XmlNode> + 'a {
        self.children.iter().filter(move |c| c.name == n)
    }
}

fn parse_xml_tree(name: &str, text: &str) -> Result<XmlNode, InputError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<XmlNode> = vec![XmlNode {
        name: String::new(),
        text: String::new(),
        children: Vec::new(),
        offset: 0,
    }];
    loop {
        let pos = reader.buffer_position() as usize;
        let ev = reader.read_event().map_err(|e| {
            let (l, c) = line_col(text, reader.error_position() as usize);
            InputError::new(name, Some(l), Some(c), format!("malformed XML: {e}"))
        })?;
        match ev {
            Event::Start(s) => stack.push(XmlNode {
                name: String::from_utf8_lossy(s.local_name().as_ref()).to_string(),
                text: String::new(),
                children: Vec::new(),
                offset: pos,
            }),
            Event::Empty(s) => {
                let node = XmlNode {
                    name: String::from_utf8_lossy(s.local_name().as_ref()).to_string(),
                    text: String::new(),
                    children: Vec::new(),
                    offset: pos,
                };
                if let Some(top) = stack.last_mut() {
                    top.children.push(node);
                }
            }
            Event::Text(t) => {
                let s = t.unescape().map_err(|e| {
                    let (l, c) = line_col(text, pos);
                    InputError::new(name, Some(l), Some(c), format!("bad XML text: {e}"))
                })?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::End(_) => {
                if stack.len() < 2 {
                    let (l, c) = line_col(text, pos);
                    return Err(InputError::new(
                        name,
                        Some(l),
                        Some(c),
                        "unbalanced closing tag",
                    ));
                }
                if let Some(node) = stack.pop() {
                    if let Some(top) = stack.last_mut() {
                        top.children.push(node);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        let (l, c) = line_col(text, text.len());
        return Err(InputError::new(
            name,
            Some(l),
            Some(c),
            "unexpected end of file: unclosed element",
        ));
    }
    let mut root = stack.pop().map(|r| r.children).unwrap_or_default();
    if root.len() != 1 {
        return Err(InputError::new(
            name,
            None,
            None,
            "expected exactly one root element",
        ));
    }
    Ok(root.remove(0))
}

fn parse_ktab_xml(name: &str, text: &str) -> Result<Stakeholders, InputError> {
    let root = parse_xml_tree(name, text)?;
    let at = |n: &XmlNode| line_col(text, n.offset);
    let err = |n: &XmlNode, msg: String| {
        let (l, c) = at(n);
        InputError::new(name, Some(l), Some(c), msg)
    };
    if root.name != "Scenario" {
        return Err(err(
            &root,
            format!(
                "expected a KTAB <Scenario> root element, found <{}>",
                root.name
            ),
        ));
    }
    let num = |n: &XmlNode, what: &str| -> Result<f64, InputError> {
        let t = n.text.trim();
        if t.is_empty() {
            return Err(err(n, format!("empty <{}> ({what})", n.name)));
        }
        t.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| err(n, format!("<{}> ({what}): '{t}' is not a number", n.name)))
    };
    let dims_node = root
        .child("Dimensions")
        .ok_or_else(|| err(&root, "missing <Dimensions>".into()))?;
    let issues: Vec<IssueScale> = dims_node
        .all("dName")
        .map(|d| IssueScale {
            name: d.text.trim().to_string(),
            lower: 0.0,
            upper: 100.0,
        })
        .collect();
    if issues.is_empty() {
        return Err(err(dims_node, "no <dName> in <Dimensions>".into()));
    }
    let nd = issues.len();
    let actors_node = root
        .child("Actors")
        .ok_or_else(|| err(&root, "missing <Actors>".into()))?;
    let mut actors = Vec::new();
    let mut capability = Vec::new();
    let mut cells = Vec::new();
    for a in actors_node.all("Actor") {
        let aname = a
            .child("name")
            .map(|n| n.text.trim().to_string())
            .filter(|n| !n.is_empty())
            .ok_or_else(|| err(a, "actor without <name>".into()))?;
        let capn = a
            .child("capability")
            .ok_or_else(|| err(a, format!("actor '{aname}' has no <capability>")))?;
        let cap = num(capn, "capability")?;
        let pos_node = a
            .child("Position")
            .ok_or_else(|| err(a, format!("actor '{aname}' has no <Position>")))?;
        let sal_node = a
            .child("Salience")
            .ok_or_else(|| err(a, format!("actor '{aname}' has no <Salience>")))?;
        let pos: Vec<&XmlNode> = pos_node.all("dCoord").collect();
        let sal: Vec<&XmlNode> = sal_node.all("dSal").collect();
        if pos.len() != nd {
            return Err(err(
                pos_node,
                format!(
                    "actor '{aname}': {} coordinates for {nd} dimensions",
                    pos.len()
                ),
            ));
        }
        if sal.len() != nd {
            return Err(err(
                sal_node,
                format!(
                    "actor '{aname}': {} saliences for {nd} dimensions",
                    sal.len()
                ),
            ));
        }
        let mut total = 0.0;
        for d in 0..nd {
            let p = num(pos[d], &format!("coordinate {} of actor '{aname}'", d + 1))?;
            let s = num(sal[d], &format!("salience {} of actor '{aname}'", d + 1))?;
            if !(0.0..=100.0).contains(&p) {
                return Err(err(
                    pos[d],
                    format!("actor '{aname}': coordinate {p} outside [0,100]"),
                ));
            }
            if !(0.0..=100.0).contains(&s) {
                return Err(err(
                    sal[d],
                    format!("actor '{aname}': salience {s} outside [0,100]"),
                ));
            }
            total += s;
            cells.push(Some(Stance {
                position: p,
                salience: s / 100.0,
                capability: cap,
            }));
        }
        if total > 100.0 + 1e-9 {
            return Err(err(
                sal_node,
                format!("actor '{aname}': total salience {total} exceeds 100"),
            ));
        }
        actors.push(aname);
        capability.push(cap);
    }
    if actors.is_empty() {
        return Err(err(actors_node, "no <Actor> elements".into()));
    }
    let mut settings = SmpSettings::default();
    if let Some(mp) = root.child("ModelParameters") {
        for p in &mp.children {
            settings
                .parameters
                .push((p.name.clone(), p.text.trim().to_string()));
        }
    }
    if let Some(s) = root.child("prngSeed") {
        settings.seed = s.text.trim().parse::<u64>().ok();
    }
    if let Some(ia) = root.child("IdealAdjustment") {
        for pair in ia.all("iaPair") {
            let who = |tag: &str| -> Result<usize, InputError> {
                let n = pair
                    .child(tag)
                    .or_else(|| {
                        if tag == "referencePos" {
                            pair.child("referencedPosition")
                        } else {
                            None
                        }
                    })
                    .ok_or_else(|| err(pair, format!("<iaPair> without <{tag}>")))?;
                actors
                    .iter()
                    .position(|a| a == n.text.trim())
                    .ok_or_else(|| err(n, format!("unknown actor '{}'", n.text.trim())))
            };
            let i = who("adjustingIdeal")?;
            let j = who("referencePos")?;
            let rate_node = pair
                .child("adjust")
                .ok_or_else(|| err(pair, "<iaPair> without <adjust>".into()))?;
            let rate = num(rate_node, "adjust")?;
            if !(0.0..=1.0).contains(&rate) {
                return Err(err(rate_node, format!("adjustment {rate} outside [0,1]")));
            }
            settings.ideal_adjustment.push((i, j, rate));
        }
    }
    Ok(Stakeholders {
        title: root.child("name").map(|n| n.text.trim().to_string()),
        actors,
        issues,
        capability,
        cells,
        salience_scale: 100.0,
        smp: Some(settings),
        format: SourceFormat::KtabXml,
    })
}

/// Splits an exchange-data row: tab, semicolon or comma separated, fields optionally in
/// single or double quotes.
fn split_exchange_row(line: &str) -> Vec<String> {
    let sep = if line.contains('\t') {
        '\t'
    } else if line.contains(';') {
        ';'
    } else {
        ','
    };
    line.split(sep)
        .map(|f| {
            let t = f.trim();
            let t = t
                .strip_prefix('\'')
                .and_then(|x| x.strip_suffix('\''))
                .or_else(|| t.strip_prefix('"').and_then(|x| x.strip_suffix('"')))
                .unwrap_or(t);
            t.trim().to_string()
        })
        .collect()
}

fn parse_exchange(name: &str, text: &str) -> Result<Stakeholders, InputError> {
    let mut actors: Vec<String> = Vec::new();
    let mut issues: Vec<(String, Option<f64>, Option<f64>)> = Vec::new();
    let mut rows: Vec<(usize, usize, f64, f64, f64)> = Vec::new();
    let lines = split_lines(text);
    let issue_index = |issues: &mut Vec<(String, Option<f64>, Option<f64>)>, n: &str| match issues
        .iter()
        .position(|x| x.0 == n)
    {
        Some(i) => i,
        None => {
            issues.push((n.to_string(), None, None));
            issues.len() - 1
        }
    };
    for (no, line) in &lines {
        if line.trim().is_empty() {
            continue;
        }
        let f = split_exchange_row(line);
        let tag = f.first().map(|s| s.as_str()).unwrap_or("");
        let need = |k: usize| -> Result<(), InputError> {
            if f.len() < k {
                Err(InputError::new(
                    name,
                    Some(*no),
                    None,
                    format!("{tag} row needs {k} fields, found {}", f.len()),
                ))
            } else {
                Ok(())
            }
        };
        let number = |k: usize, what: &str| -> Result<f64, InputError> {
            f[k].parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| {
                    InputError::new(
                        name,
                        Some(*no),
                        None,
                        format!("{what}: '{}' is not a number", f[k]),
                    )
                })
        };
        match tag {
            "#A" => {
                need(2)?;
                if !actors.contains(&f[1]) {
                    actors.push(f[1].clone());
                }
            }
            "#P" => {
                need(2)?;
                issue_index(&mut issues, &f[1]);
            }
            "#M" => {
                need(3)?;
                let v = number(2, "issue bound")?;
                let i = issue_index(&mut issues, &f[1]);
                let e = &mut issues[i];
                e.1 = Some(e.1.map_or(v, |x: f64| x.min(v)));
                e.2 = Some(e.2.map_or(v, |x: f64| x.max(v)));
            }
            "#D" => {
                need(6)?;
                let a = match actors.iter().position(|x| *x == f[1]) {
                    Some(a) => a,
                    None => {
                        actors.push(f[1].clone());
                        actors.len() - 1
                    }
                };
                let i = issue_index(&mut issues, &f[2]);
                let p = number(3, "position")?;
                let s = number(4, "salience")?;
                let c = number(5, "power")?;
                if s < 0.0 || c < 0.0 {
                    return Err(InputError::new(
                        name,
                        Some(*no),
                        None,
                        "salience and power must not be negative",
                    ));
                }
                if rows.iter().any(|r| r.0 == a && r.1 == i) {
                    return Err(InputError::new(
                        name,
                        Some(*no),
                        None,
                        format!("actor '{}' has two rows for issue '{}'", f[1], f[2]),
                    ));
                }
                rows.push((a, i, p, s, c));
            }
            t if t.starts_with('#') => {} // comments and other record types
            _ => {
                return Err(InputError::new(
                    name,
                    Some(*no),
                    Some(1),
                    format!(
                        "expected a #A, #P, #M or #D row, found '{}'",
                        line.chars().take(40).collect::<String>()
                    ),
                ))
            }
        }
    }
    if rows.is_empty() {
        return Err(InputError::new(
            name,
            None,
            None,
            "no #D (actor, issue, position, salience, power) rows",
        ));
    }
    let scale = if rows.iter().any(|r| r.3 > 1.0) {
        100.0
    } else {
        1.0
    };
    let ni = issues.len();
    let mut cells = vec![None; actors.len() * ni];
    let mut capsum = vec![(0.0, 0usize); actors.len()];
    for r in &rows {
        cells[r.0 * ni + r.1] = Some(Stance {
            position: r.2,
            salience: r.3 / scale,
            capability: r.4,
        });
        capsum[r.0].0 += r.4;
        capsum[r.0].1 += 1;
    }
    let issues = issues
        .into_iter()
        .enumerate()
        .map(|(i, (n, lo, hi))| {
            let (dlo, dhi) = (0.0, 100.0);
            let (lo, hi) = match (lo, hi) {
                (Some(l), Some(h)) if h > l => (l, h),
                _ => {
                    let (l, h) = span(rows.iter().filter(|r| r.1 == i).map(|r| r.2));
                    (l.min(dlo), h.max(dhi))
                }
            };
            IssueScale {
                name: n,
                lower: lo,
                upper: hi,
            }
        })
        .collect();
    Ok(Stakeholders {
        title: None,
        actors,
        issues,
        capability: capsum
            .iter()
            .map(|(s, n)| if *n > 0 { s / *n as f64 } else { 0.0 })
            .collect(),
        cells,
        salience_scale: scale,
        smp: None,
        format: SourceFormat::ExchangeData,
    })
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
