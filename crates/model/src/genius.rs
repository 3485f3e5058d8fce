//! GENIUS XML import and export (see `docs/genius.md`).
//!
//! GENIUS semantics kept exactly: a discrete option's value is its `evaluation` divided by the
//! largest evaluation of that issue in the profile; integer issues use
//! `clamp(offset + slope * (x - lowerbound), 0, 1)`; real issues `clamp(parameter0 +
//! parameter1 * x, 0, 1)` (or `constant`/`triangular`); weights are kept as written, even when
//! they do not sum to 1 (the scenario is marked `meta.origin = "genius"`, which turns the
//! weight-sum check into a warning).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::dense::format_number;
use crate::error::{GeniusError, Location};
use crate::estimate::Estimate;
use crate::scenario::{
    Issue, IssueDomain, IssueOption, Meta, NumericRange, Party, PiecewiseLinear, Preferences,
    Scenario, ValueFunction,
};

/// GENIUS files larger than this are refused.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest element nesting accepted (GENIUS files nest 4–5 levels).
const MAX_DEPTH: usize = 256;
/// Integer issues with at most this many values export losslessly as discrete when their
/// value functions are not linear.
const MAX_DISCRETE_EXPORT: f64 = 10_000.0;

/// A minimal element tree: enough for GENIUS files, with byte offsets for error messages.
#[derive(Debug, Clone)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Element>,
    offset: usize,
}

impl Element {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
    fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children
            .iter()
            .filter(move |c| c.name.eq_ignore_ascii_case(name))
    }
    fn child(&self, name: &str) -> Option<&Element> {
        self.children
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }
    /// Every descendant named `name`, depth first, not descending into matches.
    fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for c in &self.children {
            if c.name.eq_ignore_ascii_case(name) {
                out.push(c);
            } else {
                c.find_all(name, out);
            }
        }
    }
}

/// One parsed XML file.
struct XmlFile {
    name: String,
    text: String,
    root: Element,
}

impl XmlFile {
    fn loc(&self, offset: usize) -> Location {
        Location::at_offset(&self.name, &self.text, offset)
    }
    fn format_err(&self, offset: usize, message: impl Into<String>) -> GeniusError {
        GeniusError::Format {
            location: self.loc(offset),
            message: message.into(),
        }
    }
}

fn parse_xml(name: &str, text: &str) -> Result<Element, GeniusError> {
    let xml_err = |offset: u64, message: String| GeniusError::Xml {
        location: Location::at_offset(name, text, offset as usize),
        message,
    };
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let before = markup_start(text, reader.buffer_position());
        let event = reader
            .read_event()
            .map_err(|e| xml_err(reader.error_position(), e.to_string()))?;
        match event {
            Event::DocType(d) => {
                // quick-xml never expands custom entities, but a DOCTYPE declaring them is a
                // sign of an entity-expansion attack or a file this importer cannot honour.
                let decl = String::from_utf8_lossy(d.as_ref()).to_ascii_uppercase();
                if decl.contains("<!ENTITY") || decl.contains("ENTITY") {
                    return Err(xml_err(
                        before,
                        "DOCTYPE declares entities; refused (GENIUS files do not use them)"
                            .to_string(),
                    ));
                }
            }
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(xml_err(
                        before,
                        format!("elements nest deeper than {MAX_DEPTH}"),
                    ));
                }
                let el = element(&e, before, name, text)?;
                stack.push(el);
            }
            Event::Empty(e) => {
                let el = element(&e, before, name, text)?;
                attach(&mut stack, &mut root, el, name, text)?;
            }
            Event::End(_) => {
                let Some(el) = stack.pop() else {
                    return Err(xml_err(
                        before,
                        "closing tag without opening tag".to_string(),
                    ));
                };
                attach(&mut stack, &mut root, el, name, text)?;
            }
            Event::Eof => break,
            Event::Text(t) => {
                // Entity references in text must be known ones; text content is otherwise unused.
                t.unescape()
                    .map_err(|e| xml_err(before, format!("bad text: {e}")))?;
            }
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(GeniusError::Xml {
            location: Location::at_offset(name, text, open.offset),
            message: format!("element <{}> is never closed", open.name),
        });
    }
    root.ok_or_else(|| GeniusError::Xml {
        location: Location::file_only(name),
        message: "no root element".to_string(),
    })
}

/// The position of the next `<` at or after `pos` (events are reported after trimmed
/// whitespace, so the raw reader position sits before it).
fn markup_start(text: &str, pos: u64) -> u64 {
    let p = (pos as usize).min(text.len());
    match text.as_bytes()[p..].iter().position(|&b| b == b'<') {
        Some(k) => (p + k) as u64,
        None => pos,
    }
}

fn element(
    e: &BytesStart<'_>,
    offset: u64,
    file: &str,
    text: &str,
) -> Result<Element, GeniusError> {
    let err = |message: String| GeniusError::Xml {
        location: Location::at_offset(file, text, offset as usize),
        message,
    };
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|x| err(format!("bad attribute in <{name}>: {x}")))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a
            .unescape_value()
            .map_err(|x| err(format!("bad value of attribute `{key}` in <{name}>: {x}")))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
        offset: offset as usize,
    })
}

fn attach(
    stack: &mut [Element],
    root: &mut Option<Element>,
    el: Element,
    file: &str,
    text: &str,
) -> Result<(), GeniusError> {
    if let Some(parent) = stack.last_mut() {
        parent.children.push(el);
        Ok(())
    } else if root.is_none() {
        *root = Some(el);
        Ok(())
    } else {
        Err(GeniusError::Xml {
            location: Location::at_offset(file, text, el.offset),
            message: "more than one root element".to_string(),
        })
    }
}

fn read_file(path: &Path) -> Result<String, GeniusError> {
    let file = path.display().to_string();
    let io = |cause| GeniusError::Io {
        file: file.clone(),
        cause,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.len() > MAX_XML_BYTES {
        return Err(GeniusError::Format {
            location: Location::file_only(&file),
            message: format!("file is larger than {MAX_XML_BYTES} bytes"),
        });
    }
    let Some(bytes) = crate::load::read_bounded(path, MAX_XML_BYTES).map_err(io)? else {
        return Err(GeniusError::Format {
            location: Location::file_only(&file),
            message: format!("file is larger than {MAX_XML_BYTES} bytes"),
        });
    };
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or_default();
        GeniusError::Xml {
            location: Location::at_offset(&file, valid, offset),
            message: "file is not valid UTF-8".to_string(),
        }
    })
}

/// Import a GENIUS domain from a folder (every `*.xml` in it) or from the listed files.
/// Profiles from a folder are taken in file-name order; listed files keep their order.
pub fn import_paths(paths: &[PathBuf]) -> Result<Scenario, GeniusError> {
    let mut files: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            let rd = std::fs::read_dir(p).map_err(|cause| GeniusError::Io {
                file: p.display().to_string(),
                cause,
            })?;
            let mut found: Vec<PathBuf> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && f.extension()
                            .is_some_and(|x| x.to_string_lossy().eq_ignore_ascii_case("xml"))
                })
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(GeniusError::Inputs(format!(
                    "{}: no .xml files in this folder",
                    p.display()
                )));
            }
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    let mut texts = Vec::with_capacity(files.len());
    for f in &files {
        texts.push((f.display().to_string(), read_file(f)?));
    }
    import_texts(&texts)
}

/// Import from in-memory `(file name, XML text)` pairs: one domain file (a
/// `<negotiation_template>` or a utility space without evaluations) and one profile per party.
/// When no domain file is given, the first profile's issues define the domain.
pub fn import_texts(files: &[(String, String)]) -> Result<Scenario, GeniusError> {
    let mut domain: Option<XmlFile> = None;
    let mut profiles: Vec<XmlFile> = Vec::new();
    for (name, text) in files {
        let root = parse_xml(name, text)?;
        let file = XmlFile {
            name: name.clone(),
            text: text.clone(),
            root,
        };
        if is_profile(&file.root) {
            profiles.push(file);
        } else if let Some(d) = &domain {
            return Err(GeniusError::Inputs(format!(
                "two domain files ({} and {}); give one domain and its profiles",
                d.name, file.name
            )));
        } else {
            domain = Some(file);
        }
    }
    if profiles.is_empty() {
        return Err(GeniusError::Inputs(
            "no preference profile among the inputs (a profile is a <utility_space> with weights and evaluations)"
                .to_string(),
        ));
    }
    let domain_file = domain.as_ref().unwrap_or(&profiles[0]);
    let issues = read_domain(domain_file)?;

    let domain_stem = domain
        .as_ref()
        .map(|d| file_stem(&d.name))
        .unwrap_or_default();
    let mut scenario = Scenario {
        meta: Meta {
            title: if domain_stem.is_empty() {
                "GENIUS domain".to_string()
            } else {
                domain_stem.trim_end_matches("_domain").to_string()
            },
            description: format!(
                "Imported from GENIUS: domain {}; profiles {}.",
                domain
                    .as_ref()
                    .map(|d| file_base(&d.name))
                    .unwrap_or("(none)"),
                profiles
                    .iter()
                    .map(|p| file_base(&p.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            date: None,
            origin: Some("genius".to_string()),
        },
        issues: issues.iter().map(|d| d.issue.clone()).collect(),
        ..Scenario::default()
    };

    let mut used_ids = BTreeSet::new();
    for prof in &profiles {
        let stem = file_stem(&prof.name);
        let id = unique(party_id(&stem, &domain_stem), &mut used_ids);
        let prefs = read_profile(prof, &issues)?;
        scenario.parties.push(Party {
            id: id.clone(),
            name: stem.clone(),
            aliases: Vec::new(),
            capability: None,
        });
        scenario.preferences.insert(id, prefs);
    }
    Ok(scenario)
}

fn is_profile(root: &Element) -> bool {
    if root.name.eq_ignore_ascii_case("negotiation_template") {
        return false;
    }
    let mut weights = Vec::new();
    root.find_all("weight", &mut weights);
    let mut items = Vec::new();
    root.find_all("item", &mut items);
    let mut evaluators = Vec::new();
    root.find_all("evaluator", &mut evaluators);
    !weights.is_empty()
        || !evaluators.is_empty()
        || items.iter().any(|i| i.attr("evaluation").is_some())
}

fn file_base(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

fn file_stem(name: &str) -> String {
    let base = file_base(name);
    match base.rfind('.') {
        Some(i) if i > 0 => base[..i].to_string(),
        _ => base.to_string(),
    }
}

/// A party id from a profile file name: the domain's name prefix removed, then slugged.
fn party_id(stem: &str, domain_stem: &str) -> String {
    let mut rest = stem;
    let short = domain_stem.trim_end_matches("_domain");
    for prefix in [domain_stem, short] {
        if !prefix.is_empty() && stem.len() > prefix.len() && stem.starts_with(prefix) {
            let tail = stem[prefix.len()..].trim_start_matches(['_', '-', ' ', '.']);
            if !tail.is_empty() {
                rest = tail;
                break;
            }
        }
    }
    let s = slug(rest);
    if s.is_empty() {
        "party".to_string()
    } else {
        s
    }
}

/// Lower-case ASCII letters, digits and single underscores.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

fn unique(base: String, used: &mut BTreeSet<String>) -> String {
    let base = if base.is_empty() {
        "x".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

/// An issue of the domain with how GENIUS names it.
struct DomainIssue {
    issue: Issue,
    genius_name: String,
    genius_index: Option<String>,
    /// Option id by GENIUS item value.
    option_by_value: BTreeMap<String, String>,
}

fn num(file: &XmlFile, el: &Element, key: &str) -> Result<f64, GeniusError> {
    let raw = el.attr(key).ok_or_else(|| {
        file.format_err(el.offset, format!("<{}> lacks attribute `{key}`", el.name))
    })?;
    let v: f64 = raw.trim().parse().map_err(|_| {
        file.format_err(
            el.offset,
            format!(
                "<{}> attribute `{key}` = \"{raw}\" is not a number",
                el.name
            ),
        )
    })?;
    if !v.is_finite() {
        return Err(file.format_err(
            el.offset,
            format!("<{}> attribute `{key}` is not finite", el.name),
        ));
    }
    Ok(v)
}

fn issue_kind(el: &Element) -> String {
    el.attr("type")
        .or_else(|| el.attr("etype"))
        .or_else(|| el.attr("vtype"))
        .unwrap_or("discrete")
        .to_ascii_lowercase()
}

/// Bounds of an integer or real issue: attributes on the issue or a `<range>` child.
fn bounds(file: &XmlFile, el: &Element) -> Result<(f64, f64), GeniusError> {
    let holder = if el.attr("lowerbound").is_some() {
        el
    } else {
        el.child("range").ok_or_else(|| {
            file.format_err(
                el.offset,
                "numeric issue needs `lowerbound`/`upperbound` or a <range> child",
            )
        })?
    };
    let lo = num(file, holder, "lowerbound")?;
    let hi = num(file, holder, "upperbound")?;
    if lo >= hi {
        return Err(file.format_err(
            holder.offset,
            format!("lowerbound {lo} is not below upperbound {hi}"),
        ));
    }
    Ok((lo, hi))
}

fn read_domain(file: &XmlFile) -> Result<Vec<DomainIssue>, GeniusError> {
    let mut issue_els = Vec::new();
    file.root.find_all("issue", &mut issue_els);
    if issue_els.is_empty() {
        return Err(file.format_err(file.root.offset, "no <issue> elements"));
    }
    let mut used = BTreeSet::new();
    let mut out = Vec::new();
    for el in issue_els {
        let gname = el
            .attr("name")
            .map(str::to_string)
            .unwrap_or_else(|| format!("issue{}", out.len() + 1));
        let id = unique(slug(&gname), &mut used);
        let kind = issue_kind(el);
        let mut option_by_value = BTreeMap::new();
        let domain = match kind.as_str() {
            "discrete" => {
                let mut opt_used = BTreeSet::new();
                let mut options = Vec::new();
                for item in el.children_named("item") {
                    let value = item
                        .attr("value")
                        .ok_or_else(|| file.format_err(item.offset, "<item> lacks `value`"))?;
                    if option_by_value.contains_key(value) {
                        return Err(file.format_err(
                            item.offset,
                            format!("issue \"{gname}\" lists item \"{value}\" twice"),
                        ));
                    }
                    let oid = unique(slug(value), &mut opt_used);
                    option_by_value.insert(value.to_string(), oid.clone());
                    options.push(IssueOption {
                        id: oid,
                        label: value.to_string(),
                        description: item
                            .attr("description")
                            .filter(|d| *d != value)
                            .unwrap_or_default()
                            .to_string(),
                        keywords: Vec::new(),
                    });
                }
                if options.is_empty() {
                    return Err(file.format_err(el.offset, format!("issue \"{gname}\" has no items")));
                }
                IssueDomain::Discrete {
                    options,
                    ordered: false,
                }
            }
            "integer" => {
                let (lo, hi) = bounds(file, el)?;
                IssueDomain::Numeric(NumericRange {
                    min: lo.round(),
                    max: hi.round(),
                    unit: String::new(),
                    step: Some(1.0),
                    integer: true,
                })
            }
            "real" => {
                let (lo, hi) = bounds(file, el)?;
                IssueDomain::Numeric(NumericRange {
                    min: lo,
                    max: hi,
                    unit: String::new(),
                    step: None,
                    integer: false,
                })
            }
            other => {
                return Err(file.format_err(
                    el.offset,
                    format!("issue \"{gname}\" has unsupported type \"{other}\" (discrete, integer and real are supported)"),
                ))
            }
        };
        out.push(DomainIssue {
            issue: Issue {
                id,
                name: gname.clone(),
                description: String::new(),
                keywords: Vec::new(),
                domain,
            },
            genius_name: gname,
            genius_index: el.attr("index").map(str::to_string),
            option_by_value,
        });
    }
    Ok(out)
}

fn read_profile(file: &XmlFile, domain: &[DomainIssue]) -> Result<Preferences, GeniusError> {
    let mut prefs = Preferences::default();
    let mut issue_els = Vec::new();
    file.root.find_all("issue", &mut issue_els);
    // Profile issue index -> domain issue position, to resolve <weight index=..>.
    let mut by_index: BTreeMap<String, usize> = BTreeMap::new();
    for el in &issue_els {
        let name = el.attr("name").unwrap_or_default();
        let pos = domain
            .iter()
            .position(|d| d.genius_name == name)
            .or_else(|| {
                let idx = el.attr("index")?;
                domain
                    .iter()
                    .position(|d| d.genius_index.as_deref() == Some(idx))
            })
            .ok_or_else(|| {
                file.format_err(el.offset, format!("issue \"{name}\" is not in the domain"))
            })?;
        if let Some(idx) = el.attr("index") {
            by_index.insert(idx.trim().to_string(), pos);
        }
        let d = &domain[pos];
        let vf = match &d.issue.domain {
            IssueDomain::Discrete { options, .. } => {
                let mut raw: BTreeMap<String, f64> = BTreeMap::new();
                for item in el.children_named("item") {
                    let value = item.attr("value").unwrap_or_default();
                    let oid = d.option_by_value.get(value).ok_or_else(|| {
                        file.format_err(
                            item.offset,
                            format!("item \"{value}\" of issue \"{name}\" is not in the domain"),
                        )
                    })?;
                    let ev = match item.attr("evaluation") {
                        Some(_) => num(file, item, "evaluation")?,
                        None => 0.0,
                    };
                    raw.insert(oid.clone(), ev);
                }
                let max = raw.values().copied().fold(f64::NEG_INFINITY, f64::max);
                let values = options
                    .iter()
                    .map(|o| {
                        let ev = raw.get(&o.id).copied().unwrap_or(0.0);
                        let v = if max > 0.0 { ev / max } else { 0.0 };
                        (o.id.clone(), Estimate::exact(v))
                    })
                    .collect();
                ValueFunction::Discrete(values)
            }
            IssueDomain::Numeric(r) => {
                let ev = el.child("evaluator").ok_or_else(|| {
                    file.format_err(
                        el.offset,
                        format!("numeric issue \"{name}\" has no <evaluator>"),
                    )
                })?;
                let ftype = ev.attr("ftype").unwrap_or("linear").to_ascii_lowercase();
                let mut affine = None;
                let mut breaks = Vec::new();
                let f: Box<dyn Fn(f64) -> f64> = match (r.integer, ftype.as_str()) {
                    (true, "linear") => {
                        let slope = num(file, ev, "slope")?;
                        let offset = num(file, ev, "offset")?;
                        let lo = r.min;
                        affine = Some((offset - slope * lo, slope));
                        Box::new(move |x| (offset + slope * (x - lo)).clamp(0.0, 1.0))
                    }
                    (false, "linear") => {
                        let p0 = num(file, ev, "parameter0")?;
                        let p1 = num(file, ev, "parameter1")?;
                        affine = Some((p0, p1));
                        Box::new(move |x| (p0 + p1 * x).clamp(0.0, 1.0))
                    }
                    (_, "constant") => {
                        let c = match ev.attr("parameter0") {
                            Some(_) => num(file, ev, "parameter0")?,
                            None => num(file, ev, "offset")?,
                        };
                        Box::new(move |_| c)
                    }
                    (false, "triangular") => {
                        let a = num(file, ev, "parameter0")?;
                        let b = num(file, ev, "parameter1")?;
                        let top = num(file, ev, "parameter2")?;
                        breaks = vec![a, b, top];
                        Box::new(move |x| triangular(x, a, b, top))
                    }
                    (_, other) => {
                        return Err(file.format_err(
                            ev.offset,
                            format!(
                                "evaluator ftype \"{other}\" is not supported for issue \"{name}\""
                            ),
                        ))
                    }
                };
                ValueFunction::Piecewise(piecewise_of(&*f, r, &breaks, affine))
            }
        };
        prefs.values.insert(d.issue.id.clone(), vf);
    }

    let mut weights = Vec::new();
    file.root.find_all("weight", &mut weights);
    for w in weights {
        let idx = w.attr("index").unwrap_or_default().trim().to_string();
        let pos = by_index
            .get(&idx)
            .copied()
            .or_else(|| {
                domain
                    .iter()
                    .position(|d| d.genius_index.as_deref().map(str::trim) == Some(idx.as_str()))
            })
            .ok_or_else(|| {
                file.format_err(
                    w.offset,
                    format!("<weight index=\"{idx}\"> matches no issue"),
                )
            })?;
        let v = num(file, w, "value")?;
        prefs
            .weights
            .insert(domain[pos].issue.id.clone(), Estimate::exact(v));
    }
    for d in domain {
        prefs
            .weights
            .entry(d.issue.id.clone())
            .or_insert_with(|| Estimate::exact(0.0));
        if !prefs.values.contains_key(&d.issue.id) {
            if let IssueDomain::Discrete { options, .. } = &d.issue.domain {
                prefs.values.insert(
                    d.issue.id.clone(),
                    ValueFunction::Discrete(
                        options
                            .iter()
                            .map(|o| (o.id.clone(), Estimate::exact(0.0)))
                            .collect(),
                    ),
                );
            }
        }
    }

    let mut res = Vec::new();
    file.root.find_all("reservation", &mut res);
    if let Some(r) = res.first() {
        prefs.reservation = Estimate::exact(num(file, r, "value")?);
    }
    let mut disc = Vec::new();
    file.root.find_all("discount_factor", &mut disc);
    if let Some(d) = disc.first() {
        let v = num(file, d, "value")?;
        // GENIUS treats 0 and values outside (0, 1] as "no discounting".
        if v > 0.0 && v <= 1.0 {
            prefs.discount = Some(v);
        }
    }
    Ok(prefs)
}

fn triangular(x: f64, lo: f64, hi: f64, top: f64) -> f64 {
    if x < lo || x > hi {
        0.0
    } else if x < top {
        if top > lo {
            (x - lo) / (top - lo)
        } else {
            1.0
        }
    } else if hi > top {
        (hi - x) / (hi - top)
    } else {
        1.0
    }
}

/// Exact piecewise-linear form of a clamped-affine or triangular function on the issue range:
/// points at the range ends, at `extra` breaks and, for an affine `a + b x` (`affine`), where
/// it reaches 0 or 1 (where clamping starts).
fn piecewise_of(
    f: &dyn Fn(f64) -> f64,
    r: &NumericRange,
    extra: &[f64],
    affine: Option<(f64, f64)>,
) -> PiecewiseLinear {
    let (lo, hi) = (r.min, r.max);
    let mut xs = vec![lo, hi];
    xs.extend(extra.iter().copied().filter(|&x| x > lo && x < hi));
    if let Some((a, b)) = affine {
        if b != 0.0 {
            for level in [0.0, 1.0] {
                let x = (level - a) / b;
                if x.is_finite() && x > lo && x < hi {
                    xs.push(x);
                }
            }
        }
    }
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    PiecewiseLinear {
        points: xs.into_iter().map(|x| (x, Estimate::exact(f(x)))).collect(),
    }
}

/// GENIUS XML ready to write: the domain file and one profile per party.
#[derive(Debug, Clone)]
pub struct GeniusExport {
    /// `(file name, XML)`.
    pub domain: (String, String),
    /// `(file name, XML)` per party, in scenario order.
    pub profiles: Vec<(String, String)>,
    /// What could not be expressed exactly in GENIUS (dropped uncertainty, discretised issues).
    pub notes: Vec<String>,
}

fn esc(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// The `f64` in shortest round-trip form.
fn fnum(x: f64) -> String {
    format!("{x:?}")
}

/// How one issue is written to GENIUS.
enum ExportIssue {
    Discrete {
        /// `(GENIUS item value, option id, x for discretised numeric issues)`.
        items: Vec<(String, String, Option<f64>)>,
    },
    Integer {
        lo: f64,
        hi: f64,
    },
    Real {
        lo: f64,
        hi: f64,
    },
}

/// Convert a scenario to GENIUS XML. Utilities are preserved exactly: a discrete issue's
/// weight is multiplied by the party's largest value on it (GENIUS divides evaluations by
/// their maximum); numeric issues whose value functions are linear over the whole range become
/// integer/real issues with linear evaluators; other numeric issues are written as discrete
/// issues on the grid of [`Scenario::dense`] (noted in [`GeniusExport::notes`]).
pub fn export(scenario: &Scenario) -> Result<GeniusExport, GeniusError> {
    if scenario.parties.is_empty() || scenario.issues.is_empty() {
        return Err(GeniusError::Export(
            "the scenario needs at least one party and one issue".to_string(),
        ));
    }
    let mut notes = Vec::new();
    let dense = scenario.dense();
    let stem = {
        let s = slug(&scenario.meta.title);
        if s.is_empty() {
            "scenario".to_string()
        } else {
            s
        }
    };

    // Decide each issue's GENIUS form.
    let mut names_used = BTreeSet::new();
    let mut forms = Vec::new();
    let mut names = Vec::new();
    for (ii, iss) in scenario.issues.iter().enumerate() {
        let name = if names_used.insert(iss.name.clone()) {
            iss.name.clone()
        } else {
            names_used.insert(iss.id.clone());
            iss.id.clone()
        };
        names.push(name);
        let form = match &iss.domain {
            IssueDomain::Discrete { options, .. } => {
                let mut labels = BTreeSet::new();
                let dup = options.iter().any(|o| !labels.insert(o.label.as_str()));
                ExportIssue::Discrete {
                    items: options
                        .iter()
                        .map(|o| {
                            let v = if dup { o.id.clone() } else { o.label.clone() };
                            (v, o.id.clone(), None)
                        })
                        .collect(),
                }
            }
            IssueDomain::Numeric(r) => {
                let linear = scenario.parties.iter().all(|p| {
                    match scenario
                        .preferences
                        .get(&p.id)
                        .and_then(|pr| pr.values.get(&iss.id))
                    {
                        Some(ValueFunction::Piecewise(f)) => is_linear_on(f, r.min, r.max),
                        _ => true,
                    }
                });
                let integral = r.integer && r.min == r.min.trunc() && r.max == r.max.trunc();
                if linear && integral {
                    ExportIssue::Integer {
                        lo: r.min,
                        hi: r.max,
                    }
                } else if linear && !r.integer {
                    ExportIssue::Real {
                        lo: r.min,
                        hi: r.max,
                    }
                } else {
                    let xs: Vec<f64> = if r.integer && r.max - r.min <= MAX_DISCRETE_EXPORT {
                        let (lo, hi) = (r.min.ceil() as i64, r.max.floor() as i64);
                        (lo..=hi).map(|k| k as f64).collect()
                    } else {
                        dense.options[ii].iter().filter_map(|o| o.x).collect()
                    };
                    notes.push(format!(
                        "issue \"{}\": value functions are not linear; written as a discrete issue with {} values",
                        iss.id,
                        xs.len()
                    ));
                    ExportIssue::Discrete {
                        items: xs
                            .into_iter()
                            .map(|x| (format_number(x), format_number(x), Some(x)))
                            .collect(),
                    }
                }
            }
        };
        forms.push(form);
    }

    // Domain file.
    let mut d = String::new();
    d.push_str("<negotiation_template>\n");
    d.push_str(&format!(
        "<utility_space number_of_issues=\"{}\">\n",
        scenario.issues.len()
    ));
    d.push_str(&format!(
        "<objective description=\"\" etype=\"objective\" index=\"0\" name=\"{}\" type=\"objective\">\n",
        esc(&scenario.meta.title)
    ));
    for (ii, form) in forms.iter().enumerate() {
        let idx = ii + 1;
        let name = esc(&names[ii]);
        match form {
            ExportIssue::Discrete { items } => {
                d.push_str(&format!("    <issue etype=\"discrete\" index=\"{idx}\" name=\"{name}\" type=\"discrete\" vtype=\"discrete\">\n"));
                for (k, (value, _, _)) in items.iter().enumerate() {
                    let v = esc(value);
                    d.push_str(&format!(
                        "        <item index=\"{}\" value=\"{v}\" cost=\"0\" description=\"{v}\">\n        </item>\n",
                        k + 1
                    ));
                }
                d.push_str("    </issue>\n");
            }
            ExportIssue::Integer { lo, hi } => d.push_str(&format!(
                "    <issue etype=\"integer\" index=\"{idx}\" name=\"{name}\" type=\"integer\" vtype=\"integer\" lowerbound=\"{}\" upperbound=\"{}\">\n    </issue>\n",
                format_number(*lo),
                format_number(*hi)
            )),
            ExportIssue::Real { lo, hi } => d.push_str(&format!(
                "    <issue etype=\"real\" index=\"{idx}\" name=\"{name}\" type=\"real\" vtype=\"real\">\n        <range lowerbound=\"{}\" upperbound=\"{}\"></range>\n    </issue>\n",
                fnum(*lo),
                fnum(*hi)
            )),
        }
    }
    d.push_str("</objective>\n</utility_space>\n</negotiation_template>\n");

    // Profiles.
    let empty = Preferences::default();
    let mut profiles = Vec::new();
    let mut dropped_uncertainty = false;
    for party in &scenario.parties {
        let prefs = scenario.preferences.get(&party.id).unwrap_or(&empty);
        let mut x = String::new();
        x.push_str("<utility_space>\n");
        x.push_str(&format!(
            "    <reservation value=\"{}\" />\n",
            fnum(prefs.reservation.value)
        ));
        x.push_str(&format!(
            "<objective index=\"0\" etype=\"objective\" type=\"objective\" description=\"\" name=\"{}\">\n",
            esc(&scenario.meta.title)
        ));
        let mut weights = Vec::new();
        for (ii, iss) in scenario.issues.iter().enumerate() {
            let idx = ii + 1;
            let name = esc(&names[ii]);
            let w = prefs.weights.get(&iss.id);
            dropped_uncertainty |= w.is_some_and(|e| e.uncertainty.is_some());
            let w = w.map(|e| e.value).unwrap_or(0.0);
            let vf = prefs.values.get(&iss.id);
            match &forms[ii] {
                ExportIssue::Discrete { items } => {
                    let vals: Vec<f64> = items
                        .iter()
                        .map(|(_, oid, xv)| match (vf, xv) {
                            (Some(ValueFunction::Discrete(m)), None) => {
                                let e = m.get(oid);
                                dropped_uncertainty |= e.is_some_and(|e| e.uncertainty.is_some());
                                e.map(|e| e.value).unwrap_or(0.0)
                            }
                            (Some(ValueFunction::Piecewise(f)), Some(xv)) => {
                                f.eval(*xv).unwrap_or(0.0)
                            }
                            _ => 0.0,
                        })
                        .collect();
                    let max = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    let (evals, weight) = if max > 0.0 {
                        (vals, w * max)
                    } else {
                        (vec![1.0; items.len()], 0.0)
                    };
                    x.push_str(&format!("<issue index=\"{idx}\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"{name}\">\n"));
                    for (k, ((value, _, _), ev)) in items.iter().zip(&evals).enumerate() {
                        x.push_str(&format!(
                            "<item index=\"{}\" value=\"{}\" cost=\"0\" evaluation=\"{}\">\n</item>\n",
                            k + 1,
                            esc(value),
                            fnum(*ev)
                        ));
                    }
                    x.push_str("</issue>\n");
                    weights.push(weight);
                }
                ExportIssue::Integer { lo, hi } | ExportIssue::Real { lo, hi } => {
                    let f = match vf {
                        Some(ValueFunction::Piecewise(f)) => Some(f),
                        _ => None,
                    };
                    let (flo, fhi) = match f {
                        Some(f) => (f.eval(*lo).unwrap_or(0.0), f.eval(*hi).unwrap_or(0.0)),
                        None => (0.0, 0.0),
                    };
                    let slope = (fhi - flo) / (hi - lo);
                    if let ExportIssue::Integer { .. } = forms[ii] {
                        x.push_str(&format!(
                            "<issue index=\"{idx}\" etype=\"integer\" type=\"integer\" vtype=\"integer\" name=\"{name}\" lowerbound=\"{}\" upperbound=\"{}\">\n<evaluator ftype=\"linear\" offset=\"{}\" slope=\"{}\">\n</evaluator>\n</issue>\n",
                            format_number(*lo), format_number(*hi), fnum(flo), fnum(slope)
                        ));
                    } else {
                        let p0 = flo - slope * lo;
                        x.push_str(&format!(
                            "<issue index=\"{idx}\" etype=\"real\" type=\"real\" vtype=\"real\" name=\"{name}\">\n<range lowerbound=\"{}\" upperbound=\"{}\">\n</range>\n<evaluator ftype=\"linear\" parameter0=\"{}\" parameter1=\"{}\">\n</evaluator>\n</issue>\n",
                            fnum(*lo), fnum(*hi), fnum(p0), fnum(slope)
                        ));
                    }
                    weights.push(w);
                }
            }
        }
        for (ii, w) in weights.iter().enumerate() {
            x.push_str(&format!(
                "<weight index=\"{}\" value=\"{}\">\n</weight>\n",
                ii + 1,
                fnum(*w)
            ));
        }
        x.push_str("</objective>\n");
        if let Some(df) = prefs.discount {
            x.push_str(&format!(
                "<discount_factor value=\"{}\">\n</discount_factor>\n",
                fnum(df)
            ));
        }
        x.push_str("</utility_space>\n");
        dropped_uncertainty |= prefs.reservation.uncertainty.is_some();
        profiles.push((format!("{stem}_{}.xml", party.id), x));
    }
    if dropped_uncertainty {
        notes.push("uncertainty ranges and standard deviations are not part of GENIUS; only point values were written".to_string());
    }
    Ok(GeniusExport {
        domain: (format!("{stem}_domain.xml"), d),
        profiles,
        notes,
    })
}

/// Whether `f` is one straight line over `[lo, hi]` (checked at every breakpoint and both ends).
fn is_linear_on(f: &PiecewiseLinear, lo: f64, hi: f64) -> bool {
    let (Some(a), Some(b)) = (f.eval(lo), f.eval(hi)) else {
        return false;
    };
    if hi <= lo {
        return false;
    }
    f.points
        .iter()
        .map(|p| p.0)
        .filter(|&x| x > lo && x < hi)
        .all(|x| {
            let expect = a + (b - a) * (x - lo) / (hi - lo);
            f.eval(x).is_some_and(|v| (v - expect).abs() <= 1e-12)
        })
}

/// Write [`export`]'s files into `dir` (created if missing); returns the paths written and notes.
pub fn export_to_dir(
    scenario: &Scenario,
    dir: &Path,
) -> Result<(Vec<PathBuf>, Vec<String>), GeniusError> {
    let ex = export(scenario)?;
    std::fs::create_dir_all(dir).map_err(|cause| GeniusError::Io {
        file: dir.display().to_string(),
        cause,
    })?;
    let mut written = Vec::new();
    for (name, xml) in std::iter::once(&ex.domain).chain(ex.profiles.iter()) {
        let path = dir.join(name);
        std::fs::write(&path, xml).map_err(|cause| GeniusError::Io {
            file: path.display().to_string(),
            cause,
        })?;
        written.push(path);
    }
    Ok((written, ex.notes))
}
