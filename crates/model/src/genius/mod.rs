//! GENIUS XML import and export (see `docs/genius.md`).
//!
//! GENIUS semantics kept exactly: a discrete option's value is its `evaluation` divided by the
//! largest evaluation of that issue in the profile; integer issues use
//! `clamp(offset + slope * (x - lowerbound), 0, 1)`; real issues `clamp(parameter0 +
//! parameter1 * x, 0, 1)` (or `constant`/`triangular`); weights are kept as written, even when
//! they do not sum to 1 (the scenario is marked `meta.origin = "genius"`, which turns the
//! weight-sum check into a warning).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod export;
mod xml;

pub use export::{export, export_to_dir, GeniusExport};
use xml::{parse_xml, read_file, Element, XmlFile};

use crate::error::GeniusError;
use crate::estimate::Estimate;
use crate::scenario::{
    Issue, IssueDomain, IssueOption, Meta, NumericRange, Party, PiecewiseLinear, Preferences,
    Scenario, ValueFunction,
};

/// GENIUS files larger than this are refused.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// An imported scenario with notes on what was skipped.
#[derive(Debug, Clone)]
pub struct GeniusImport {
    pub scenario: Scenario,
    /// One line per file of a folder that was skipped because it is not a GENIUS domain or
    /// profile (a `pareto.xml` that is CSV, a tournament configuration, ...).
    pub notes: Vec<String>,
}

/// [`import`] without the notes.
pub fn import_paths(paths: &[PathBuf]) -> Result<Scenario, GeniusError> {
    import(paths).map(|i| i.scenario)
}

/// Import a GENIUS domain from a folder (every `*.xml` in it) or from the listed files.
/// Profiles from a folder are taken in file-name order; listed files keep their order.
/// A file found in a folder that is not a GENIUS domain or profile (not UTF-8, not XML, or
/// whose root element is neither `<negotiation_template>` nor `<utility_space>`) is skipped
/// with a note, as NegMAS does; a file named on its own is never skipped: it is an error.
pub fn import(paths: &[PathBuf]) -> Result<GeniusImport, GeniusError> {
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
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
            files.extend(found.into_iter().map(|f| (f, true)));
        } else {
            files.push((p.clone(), false));
        }
    }
    let mut notes = Vec::new();
    let mut parsed = Vec::with_capacity(files.len());
    for (f, in_folder) in &files {
        let name = f.display().to_string();
        let file = read_file(f).and_then(|text| {
            let root = parse_xml(&name, &text)?;
            Ok(XmlFile {
                name: name.clone(),
                text,
                root,
            })
        });
        match (file, in_folder) {
            (Ok(file), _) if kind_of(&file.root).is_some() => parsed.push(file),
            (Ok(file), true) => notes.push(format!(
                "{name}: skipped: root element <{}> is not a GENIUS domain or profile",
                file.root.name
            )),
            (Ok(file), false) => return Err(not_genius(&file)),
            (Err(e @ GeniusError::Io { .. }), _) => return Err(e),
            (Err(e), true) => notes.push(format!("{e}; skipped (not a GENIUS file)")),
            (Err(e), false) => return Err(e),
        }
    }
    Ok(GeniusImport {
        scenario: import_files(parsed)?,
        notes,
    })
}

fn not_genius(file: &XmlFile) -> GeniusError {
    file.format_err(
        file.root.offset,
        format!(
            "root element <{}> is not a GENIUS domain (<negotiation_template>) or profile (<utility_space>)",
            file.root.name
        ),
    )
}

/// Import from in-memory `(file name, XML text)` pairs: one domain file (a
/// `<negotiation_template>` or a utility space without evaluations) and one profile per party.
/// When no domain file is given, the first profile's issues define the domain.
pub fn import_texts(files: &[(String, String)]) -> Result<Scenario, GeniusError> {
    let mut parsed = Vec::with_capacity(files.len());
    for (name, text) in files {
        let root = parse_xml(name, text)?;
        let file = XmlFile {
            name: name.clone(),
            text: text.clone(),
            root,
        };
        if kind_of(&file.root).is_none() {
            return Err(not_genius(&file));
        }
        parsed.push(file);
    }
    import_files(parsed)
}

/// What a GENIUS file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Domain,
    /// An additive profile: weights and evaluations.
    Profile,
    /// A nonlinear utility space (ANAC 2014 hyper-rectangle constraints and the like).
    Nonlinear,
}

/// The kind of a GENIUS file from its element tree, `None` when it is not one. A
/// `<negotiation_template>` is a domain; a `<utility_space>` is nonlinear when it declares
/// `type="nonlinear"` or holds `<ufun>`, `<hyperRectangle>` or `<constraint>` elements (the
/// ANAC 2014 format), a profile when it holds weights, evaluators or item evaluations, and
/// a domain otherwise.
fn kind_of(root: &Element) -> Option<FileKind> {
    if root.name.eq_ignore_ascii_case("negotiation_template") {
        return Some(FileKind::Domain);
    }
    if !root.name.eq_ignore_ascii_case("utility_space") {
        return None;
    }
    let has = |name: &str| {
        let mut v = Vec::new();
        root.find_all(name, &mut v);
        !v.is_empty()
    };
    if root
        .attr("type")
        .is_some_and(|t| t.eq_ignore_ascii_case("nonlinear"))
        || has("ufun")
        || has("hyperRectangle")
        || has("constraint")
    {
        return Some(FileKind::Nonlinear);
    }
    if is_profile(root) {
        Some(FileKind::Profile)
    } else {
        Some(FileKind::Domain)
    }
}

fn import_files(files: Vec<XmlFile>) -> Result<Scenario, GeniusError> {
    let mut domain: Option<XmlFile> = None;
    let mut profiles: Vec<XmlFile> = Vec::new();
    for file in files {
        match kind_of(&file.root) {
            Some(FileKind::Nonlinear) => {
                return Err(file.format_err(
                    file.root.offset,
                    "nonlinear utility space (hyper-rectangle constraints, as in ANAC 2014) is not supported: detente imports additive GENIUS profiles (issue weights times evaluations) only",
                ))
            }
            Some(FileKind::Profile) => profiles.push(file),
            _ => {
                if let Some(d) = &domain {
                    return Err(GeniusError::Inputs(format!(
                        "two domain files ({} and {}); give one domain and its profiles",
                        d.name, file.name
                    )));
                }
                domain = Some(file);
            }
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
    /// The `index` attribute, by which GENIUS matches profiles and weights to issues.
    genius_index: Option<i64>,
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
            genius_index: el.attr("index").and_then(|i| i.trim().parse().ok()),
            option_by_value,
        });
    }
    Ok(out)
}

/// The `index` attribute of a `<weight>` or `<issue>` as GENIUS reads it (an integer).
fn index_attr(file: &XmlFile, el: &Element) -> Result<i64, GeniusError> {
    let raw = el.attr("index").ok_or_else(|| {
        file.format_err(el.offset, format!("<{}> lacks attribute `index`", el.name))
    })?;
    raw.trim().parse().map_err(|_| {
        file.format_err(
            el.offset,
            format!("<{}> index \"{raw}\" is not an integer", el.name),
        )
    })
}

/// The domain issue a profile's `<issue>` belongs to. GENIUS matches by `index` alone and
/// never compares names, so this does too: the domain issue with the same index, whatever its
/// name. A profile issue without an index (GENIUS cannot load it) is matched by name; an index
/// the domain does not have is an error.
fn profile_issue_position(
    file: &XmlFile,
    el: &Element,
    domain: &[DomainIssue],
) -> Result<usize, GeniusError> {
    let name = el.attr("name").unwrap_or_default();
    if el.attr("index").is_some() {
        let idx = index_attr(file, el)?;
        return domain
            .iter()
            .position(|d| d.genius_index == Some(idx))
            .ok_or_else(|| {
                file.format_err(
                    el.offset,
                    format!("issue \"{name}\" has index {idx}, which no issue of the domain has"),
                )
            });
    }
    domain
        .iter()
        .position(|d| d.genius_name == name)
        .ok_or_else(|| {
            file.format_err(
                el.offset,
                format!("issue \"{name}\" has no index and no issue of the domain has its name"),
            )
        })
}

fn read_profile(file: &XmlFile, domain: &[DomainIssue]) -> Result<Preferences, GeniusError> {
    let mut prefs = Preferences::default();
    let mut issue_els = Vec::new();
    file.root.find_all("issue", &mut issue_els);
    for el in &issue_els {
        let name = el.attr("name").unwrap_or_default();
        let pos = profile_issue_position(file, el, domain)?;
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
        let idx = index_attr(file, w)?;
        // GENIUS attaches a weight to the issue with its index and ignores any other (the root
        // objective's, index 0 in the ANAC 2012 Fitness profiles, or an index no issue has).
        let Some(pos) = domain.iter().position(|d| d.genius_index == Some(idx)) else {
            continue;
        };
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
