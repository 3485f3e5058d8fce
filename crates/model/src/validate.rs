//! Semantic checks of a scenario, collecting every problem rather than stopping at the first.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{Problem, Severity};
use crate::estimate::{Estimate, Uncertainty};
use crate::scenario::{IssueDomain, Scenario, Term, ValueFunction};

/// Weights may miss 1 by this much before validation complains (hand-written decimals).
pub const WEIGHT_SUM_TOLERANCE: f64 = 1e-6;

/// One step of a path into the TOML document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PathSeg {
    Key(String),
    Index(usize),
}

/// A problem and where in the document it sits.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub severity: Severity,
    pub path: Vec<PathSeg>,
    /// Point at the key rather than the value.
    pub at_key: bool,
    pub problem: Problem,
}

fn k(s: &str) -> PathSeg {
    PathSeg::Key(s.to_string())
}

struct Checker {
    findings: Vec<Finding>,
}

impl Checker {
    fn err(&mut self, path: Vec<PathSeg>, problem: Problem) {
        self.findings.push(Finding {
            severity: Severity::Error,
            path,
            at_key: false,
            problem,
        });
    }
    fn err_key(&mut self, path: Vec<PathSeg>, problem: Problem) {
        self.findings.push(Finding {
            severity: Severity::Error,
            path,
            at_key: true,
            problem,
        });
    }
    fn warn(&mut self, path: Vec<PathSeg>, problem: Problem) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            path,
            at_key: false,
            problem,
        });
    }

    /// Checks an estimate: finite, inside `[lo, hi]`, sane uncertainty, known sources.
    #[allow(clippy::too_many_arguments)]
    fn estimate(
        &mut self,
        e: &Estimate,
        path: Vec<PathSeg>,
        context: &str,
        what: &'static str,
        lo: f64,
        hi: f64,
        sources: &BTreeSet<&str>,
    ) {
        if !e.value.is_finite() {
            self.err(
                path.clone(),
                Problem::NotFinite {
                    context: context.to_string(),
                    what,
                },
            );
        } else if e.value < lo || e.value > hi {
            self.err(
                path.clone(),
                Problem::OutOfRange {
                    context: context.to_string(),
                    what,
                    value: e.value,
                    lo,
                    hi,
                },
            );
        }
        match e.uncertainty {
            Some(Uncertainty::Sd(sd)) if !(sd.is_finite() && sd >= 0.0) => self.err(
                path.clone(),
                Problem::BadUncertainty {
                    context: context.to_string(),
                    detail: format!("sd {sd} must be a non-negative number"),
                },
            ),
            Some(Uncertainty::Range { lo: a, hi: b })
                if !(a.is_finite() && b.is_finite() && a <= e.value && e.value <= b) =>
            {
                self.err(
                    path.clone(),
                    Problem::BadUncertainty {
                        context: context.to_string(),
                        detail: format!(
                            "range [{a}, {b}] must be finite and contain the value {}",
                            e.value
                        ),
                    },
                )
            }
            _ => {}
        }
        for s in &e.sources {
            if !sources.contains(s.as_str()) {
                self.err(
                    path.clone(),
                    Problem::UnknownSource {
                        context: context.to_string(),
                        source_id: s.clone(),
                    },
                );
            }
        }
    }

    fn date(&mut self, date: &Option<String>, path: Vec<PathSeg>, context: &str) {
        if let Some(d) = date {
            if !is_iso_date(d) {
                self.err(
                    path,
                    Problem::BadDate {
                        context: context.to_string(),
                        date: d.clone(),
                    },
                );
            }
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            num(y, 4)
                && num(m, 2)
                && num(d, 2)
                && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
                && (1..=31).contains(&d.parse::<u32>().unwrap_or(0))
        }
        _ => false,
    }
}

fn list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = ids.collect();
    if v.is_empty() {
        "none".to_string()
    } else {
        v.join(", ")
    }
}

pub(crate) fn validate(s: &Scenario) -> Vec<Finding> {
    let mut c = Checker {
        findings: Vec::new(),
    };
    let source_ids: BTreeSet<&str> = s.sources.iter().map(|x| x.id.as_str()).collect();
    let party_list = list(s.parties.iter().map(|p| p.id.as_str()));
    let issue_list = list(s.issues.iter().map(|i| i.id.as_str()));
    let issues: BTreeMap<&str, &crate::Issue> =
        s.issues.iter().map(|i| (i.id.as_str(), i)).collect();
    let genius = s.meta.origin.as_deref() == Some("genius");

    c.date(&s.meta.date, vec![k("meta"), k("date")], "meta");
    if s.parties.is_empty() {
        c.err(vec![], Problem::Empty { what: "parties" });
    }
    if s.issues.is_empty() {
        c.err(vec![], Problem::Empty { what: "issues" });
    }

    // Ids: non-empty and unique per kind.
    let ids = |kind: &'static str, table: &str, it: Vec<&str>, c: &mut Checker| {
        let mut seen = BTreeSet::new();
        for (i, id) in it.into_iter().enumerate() {
            let path = vec![k(table), PathSeg::Index(i), k("id")];
            if id.trim().is_empty() {
                c.err(path, Problem::EmptyId { kind });
            } else if !seen.insert(id) {
                c.err(
                    path,
                    Problem::DuplicateId {
                        kind,
                        id: id.to_string(),
                    },
                );
            }
        }
    };
    ids(
        "party",
        "parties",
        s.parties.iter().map(|p| p.id.as_str()).collect(),
        &mut c,
    );
    ids(
        "issue",
        "issues",
        s.issues.iter().map(|p| p.id.as_str()).collect(),
        &mut c,
    );
    ids(
        "proposal",
        "proposals",
        s.proposals.iter().map(|p| p.id.as_str()).collect(),
        &mut c,
    );
    ids(
        "source",
        "sources",
        s.sources.iter().map(|p| p.id.as_str()).collect(),
        &mut c,
    );

    for (pi, party) in s.parties.iter().enumerate() {
        if let Some(cap) = &party.capability {
            c.estimate(
                cap,
                vec![k("parties"), PathSeg::Index(pi), k("capability")],
                &format!("party \"{}\"", party.id),
                "capability",
                0.0,
                f64::INFINITY,
                &source_ids,
            );
        }
        if !s.preferences.contains_key(&party.id) {
            c.err(
                vec![k("parties"), PathSeg::Index(pi), k("id")],
                Problem::NoPreferences {
                    party: party.id.clone(),
                },
            );
        }
    }

    for (ii, issue) in s.issues.iter().enumerate() {
        let ipath = || vec![k("issues"), PathSeg::Index(ii)];
        match &issue.domain {
            IssueDomain::Discrete { options, .. } => {
                if options.is_empty() {
                    let mut p = ipath();
                    p.push(k("options"));
                    c.err(
                        p,
                        Problem::NoOptions {
                            issue: issue.id.clone(),
                        },
                    );
                }
                let mut seen = BTreeSet::new();
                for (oi, o) in options.iter().enumerate() {
                    let mut p = ipath();
                    p.extend([k("options"), PathSeg::Index(oi)]);
                    if o.id.trim().is_empty() {
                        c.err(p, Problem::EmptyId { kind: "option" });
                    } else if !seen.insert(o.id.as_str()) {
                        c.err(
                            p,
                            Problem::DuplicateId {
                                kind: "option",
                                id: format!("{}/{}", issue.id, o.id),
                            },
                        );
                    }
                }
            }
            IssueDomain::Numeric(r) => {
                let mut p = ipath();
                p.push(k("range"));
                if !(r.min.is_finite()
                    && r.max.is_finite()
                    && r.min < r.max
                    && (r.max - r.min).is_finite())
                {
                    c.err(
                        p.clone(),
                        Problem::BadRange {
                            issue: issue.id.clone(),
                            min: r.min,
                            max: r.max,
                        },
                    );
                }
                if let Some(step) = r.step {
                    if !(step.is_finite() && step > 0.0 && step <= (r.max - r.min).abs()) {
                        c.err(
                            p,
                            Problem::BadStep {
                                issue: issue.id.clone(),
                                step,
                            },
                        );
                    }
                }
            }
        }
    }

    for (party_id, prefs) in &s.preferences {
        let ppath = || vec![k("preferences"), k(party_id)];
        if s.party(party_id).is_none() {
            c.err_key(
                vec![k("preferences"), k(party_id)],
                Problem::UnknownPartyPreferences {
                    party: party_id.clone(),
                    known: party_list.clone(),
                },
            );
        }
        let ctx = format!("preferences of \"{party_id}\"");
        c.estimate(
            &prefs.reservation,
            {
                let mut p = ppath();
                p.push(k("reservation"));
                p
            },
            &ctx,
            "reservation",
            0.0,
            1.0,
            &source_ids,
        );
        if let Some(d) = prefs.discount {
            if !(d.is_finite() && d > 0.0 && d <= 1.0) {
                let mut p = ppath();
                p.push(k("discount"));
                c.err(
                    p,
                    Problem::OutOfRange {
                        context: ctx.clone(),
                        what: "discount factor",
                        value: d,
                        lo: 0.0,
                        hi: 1.0,
                    },
                );
            }
        }
        // Weights.
        let mut sum = 0.0;
        for (issue_id, w) in &prefs.weights {
            let mut p = ppath();
            p.extend([k("weights"), k(issue_id)]);
            if !issues.contains_key(issue_id.as_str()) {
                c.err_key(
                    p.clone(),
                    Problem::UnknownIssue {
                        context: format!("weights of \"{party_id}\""),
                        issue: issue_id.clone(),
                        known: issue_list.clone(),
                    },
                );
            }
            c.estimate(
                w,
                p,
                &format!("weight of \"{party_id}\" on \"{issue_id}\""),
                "weight",
                0.0,
                1.0,
                &source_ids,
            );
            sum += w.value;
        }
        for issue in &s.issues {
            if !prefs.weights.contains_key(&issue.id) {
                let mut p = ppath();
                p.push(k("weights"));
                c.err(
                    p,
                    Problem::MissingWeight {
                        party: party_id.clone(),
                        issue: issue.id.clone(),
                    },
                );
            }
        }
        if sum.is_finite() && (sum - 1.0).abs() > WEIGHT_SUM_TOLERANCE && !prefs.weights.is_empty()
        {
            let mut p = ppath();
            p.push(k("weights"));
            let (party, sum) = (party_id.clone(), (sum * 1e9).round() / 1e9);
            if genius {
                c.warn(p, Problem::GeniusWeightSum { party, sum });
            } else {
                c.err(p, Problem::WeightSum { party, sum });
            }
        }
        // Values.
        for (issue_id, vf) in &prefs.values {
            let mut vpath = ppath();
            vpath.extend([k("values"), k(issue_id)]);
            let Some(issue) = issues.get(issue_id.as_str()) else {
                c.err_key(
                    vpath,
                    Problem::UnknownIssue {
                        context: format!("values of \"{party_id}\""),
                        issue: issue_id.clone(),
                        known: issue_list.clone(),
                    },
                );
                continue;
            };
            let bad = |problem: String| Problem::BadValueFunction {
                party: party_id.clone(),
                issue: issue_id.clone(),
                problem,
            };
            match (&issue.domain, vf) {
                (IssueDomain::Discrete { options, .. }, ValueFunction::Discrete(m)) => {
                    let known = list(options.iter().map(|o| o.id.as_str()));
                    for (opt, e) in m {
                        let mut p = vpath.clone();
                        p.push(k(opt));
                        if issue.option_index(opt).is_none() {
                            c.err_key(
                                p.clone(),
                                Problem::UnknownOption {
                                    context: format!("values of \"{party_id}\""),
                                    issue: issue_id.clone(),
                                    option: opt.clone(),
                                    known: known.clone(),
                                },
                            );
                        }
                        c.estimate(
                            e,
                            p,
                            &format!("value of \"{party_id}\" for {issue_id}/{opt}"),
                            "value",
                            0.0,
                            1.0,
                            &source_ids,
                        );
                    }
                    for o in options {
                        if !m.contains_key(&o.id) {
                            c.err(
                                vpath.clone(),
                                Problem::MissingValue {
                                    party: party_id.clone(),
                                    issue: issue_id.clone(),
                                    option: o.id.clone(),
                                },
                            );
                        }
                    }
                }
                (IssueDomain::Numeric(r), ValueFunction::Piecewise(f)) => {
                    let mut ppts = vpath.clone();
                    ppts.push(k("points"));
                    if f.points.is_empty() {
                        c.err(ppts.clone(), bad("`points` is empty".to_string()));
                    }
                    for (i, (x, e)) in f.points.iter().enumerate() {
                        let mut p = ppts.clone();
                        p.push(PathSeg::Index(i));
                        if !x.is_finite() || *x < r.min || *x > r.max {
                            c.err(
                                p.clone(),
                                bad(format!(
                                    "point x = {x} is outside the issue range {}..{}",
                                    r.min, r.max
                                )),
                            );
                        }
                        if i > 0 && f.points[i - 1].0 >= *x {
                            c.err(
                                p.clone(),
                                bad(format!(
                                    "points must be sorted by x with no repeats ({} then {x})",
                                    f.points[i - 1].0
                                )),
                            );
                        }
                        c.estimate(
                            e,
                            p,
                            &format!("value of \"{party_id}\" on {issue_id} at {x}"),
                            "value",
                            0.0,
                            1.0,
                            &source_ids,
                        );
                    }
                }
                (IssueDomain::Discrete { .. }, ValueFunction::Piecewise(_)) => c.err(
                    vpath,
                    bad(
                        "the issue is discrete: give `{ option = value, ... }`, not `points`"
                            .to_string(),
                    ),
                ),
                (IssueDomain::Numeric(_), ValueFunction::Discrete(_)) => c.err(
                    vpath,
                    bad("the issue is numeric: give `points = [[x, value], ...]`".to_string()),
                ),
            }
        }
        for issue in &s.issues {
            let w = prefs.weights.get(&issue.id).map(|e| e.value).unwrap_or(0.0);
            if w != 0.0 && !prefs.values.contains_key(&issue.id) {
                let mut p = ppath();
                p.push(k("values"));
                c.err(
                    p,
                    Problem::MissingValues {
                        party: party_id.clone(),
                        issue: issue.id.clone(),
                    },
                );
            }
        }
    }

    for (pi, prop) in s.proposals.iter().enumerate() {
        let ppath = || vec![k("proposals"), PathSeg::Index(pi)];
        let ctx = format!("proposal \"{}\"", prop.id);
        c.date(
            &prop.date,
            {
                let mut p = ppath();
                p.push(k("date"));
                p
            },
            &ctx,
        );
        if let Some(by) = &prop.by {
            let is_actor = s
                .stakeholders
                .as_ref()
                .is_some_and(|st| st.actors.iter().any(|a| &a.id == by));
            if s.party(by).is_none() && !is_actor {
                let mut p = ppath();
                p.push(k("by"));
                c.err(
                    p,
                    Problem::UnknownParty {
                        context: ctx.clone(),
                        party: by.clone(),
                        known: party_list.clone(),
                    },
                );
            }
        }
        if prop.no_deal && !prop.terms.is_empty() {
            let mut p = ppath();
            p.push(k("terms"));
            c.err(
                p,
                Problem::NoDealWithTerms {
                    proposal: prop.id.clone(),
                },
            );
        }
        for src in &prop.sources {
            if !source_ids.contains(src.as_str()) {
                let mut p = ppath();
                p.push(k("sources"));
                c.err(
                    p,
                    Problem::UnknownSource {
                        context: ctx.clone(),
                        source_id: src.clone(),
                    },
                );
            }
        }
        for (issue_id, term) in &prop.terms {
            let mut tpath = ppath();
            tpath.extend([k("terms"), k(issue_id)]);
            let Some(issue) = issues.get(issue_id.as_str()) else {
                c.err_key(
                    tpath,
                    Problem::UnknownIssue {
                        context: ctx.clone(),
                        issue: issue_id.clone(),
                        known: issue_list.clone(),
                    },
                );
                continue;
            };
            match (&issue.domain, term) {
                (IssueDomain::Discrete { options, .. }, t) => {
                    let id = match t {
                        Term::Option(o) => o.clone(),
                        Term::Number(x) => crate::dense::format_number(*x),
                    };
                    if issue.option_index(&id).is_none() {
                        c.err(
                            tpath,
                            Problem::UnknownOption {
                                context: ctx.clone(),
                                issue: issue_id.clone(),
                                option: id,
                                known: list(options.iter().map(|o| o.id.as_str())),
                            },
                        );
                    }
                }
                (IssueDomain::Numeric(r), Term::Number(x)) => {
                    if !x.is_finite() || *x < r.min || *x > r.max {
                        c.err(
                            tpath,
                            Problem::NumberOutOfRange {
                                proposal: prop.id.clone(),
                                issue: issue_id.clone(),
                                value: *x,
                                min: r.min,
                                max: r.max,
                            },
                        );
                    }
                }
                (IssueDomain::Numeric(r), Term::Option(_)) => c.err(
                    tpath,
                    Problem::ExpectedNumber {
                        proposal: prop.id.clone(),
                        issue: issue_id.clone(),
                        min: r.min,
                        max: r.max,
                    },
                ),
            }
        }
    }

    for (si, src) in s.sources.iter().enumerate() {
        c.date(
            &src.date,
            vec![k("sources"), PathSeg::Index(si), k("date")],
            &format!("source \"{}\"", src.id),
        );
    }

    if let Some(st) = &s.stakeholders {
        for (issue_id, scale) in &st.scales {
            let p = vec![k("stakeholders"), k("scales"), k(issue_id)];
            if !(scale.min.is_finite() && scale.max.is_finite() && scale.min < scale.max) {
                c.err(
                    p.clone(),
                    Problem::BadScale {
                        issue: issue_id.clone(),
                        min: scale.min,
                        max: scale.max,
                    },
                );
            }
            if let Some(issue) = issues.get(issue_id.as_str()) {
                for (opt, pos) in &scale.options {
                    let mut op = p.clone();
                    op.extend([k("options"), k(opt)]);
                    if issue.option_index(opt).is_none() {
                        c.err_key(
                            op.clone(),
                            Problem::UnknownOption {
                                context: format!("stakeholder scale of \"{issue_id}\""),
                                issue: issue_id.clone(),
                                option: opt.clone(),
                                known: list(issue.options().iter().map(|o| o.id.as_str())),
                            },
                        );
                    }
                    if !pos.is_finite() || *pos < scale.min || *pos > scale.max {
                        c.err(
                            op,
                            Problem::OutOfRange {
                                context: format!("stakeholder scale of \"{issue_id}\""),
                                what: "option position",
                                value: *pos,
                                lo: scale.min,
                                hi: scale.max,
                            },
                        );
                    }
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (ai, actor) in st.actors.iter().enumerate() {
            let apath = || vec![k("stakeholders"), k("actors"), PathSeg::Index(ai)];
            if actor.id.trim().is_empty() {
                let mut p = apath();
                p.push(k("id"));
                c.err(p, Problem::EmptyId { kind: "actor" });
            } else if !seen.insert(actor.id.as_str()) {
                let mut p = apath();
                p.push(k("id"));
                c.err(
                    p,
                    Problem::DuplicateId {
                        kind: "actor",
                        id: actor.id.clone(),
                    },
                );
            }
            let ctx = format!("stakeholder \"{}\"", actor.id);
            c.estimate(
                &actor.capability,
                {
                    let mut p = apath();
                    p.push(k("capability"));
                    p
                },
                &ctx,
                "capability",
                0.0,
                f64::INFINITY,
                &source_ids,
            );
            for (issue_id, pos) in &actor.positions {
                let mut p = apath();
                p.extend([k("positions"), k(issue_id)]);
                let scale = st.scales.get(issue_id).cloned().unwrap_or_default();
                if !issues.contains_key(issue_id.as_str()) && !st.scales.contains_key(issue_id) {
                    c.err_key(
                        p.clone(),
                        Problem::UnknownIssue {
                            context: ctx.clone(),
                            issue: issue_id.clone(),
                            known: list(
                                s.issues
                                    .iter()
                                    .map(|i| i.id.as_str())
                                    .chain(st.scales.keys().map(|x| x.as_str())),
                            ),
                        },
                    );
                }
                let mut pp = p.clone();
                pp.push(k("position"));
                c.estimate(
                    &pos.position,
                    pp,
                    &format!("{ctx} on \"{issue_id}\""),
                    "position",
                    scale.min,
                    scale.max,
                    &source_ids,
                );
                p.push(k("salience"));
                c.estimate(
                    &pos.salience,
                    p,
                    &format!("{ctx} on \"{issue_id}\""),
                    "salience",
                    0.0,
                    1.0,
                    &source_ids,
                );
            }
        }
    }

    c.findings
}

impl Scenario {
    /// Rescale each party's weights so they sum to 1 (parties whose weights sum to 0 are left
    /// alone). Uncertainties scale with them.
    pub fn normalize_weights(&mut self) {
        for prefs in self.preferences.values_mut() {
            let sum: f64 = prefs.weights.values().map(|w| w.value).sum();
            if sum.is_finite() && sum > 0.0 {
                for w in prefs.weights.values_mut() {
                    w.value /= sum;
                    w.uncertainty = w.uncertainty.map(|u| match u {
                        Uncertainty::Sd(sd) => Uncertainty::Sd(sd / sum),
                        Uncertainty::Range { lo, hi } => Uncertainty::Range {
                            lo: lo / sum,
                            hi: hi / sum,
                        },
                    });
                }
            }
        }
    }
}
