//! Adapters that fill the view model from the scenario, the analysis, the evidence store,
//! the stance linker and the forecasts.

use crate::analyzer::ScenarioAnalyzer;
use crate::data::*;
use crate::ReportError;
use detente_analysis::{
    analyze_scenario, bargaining_solutions, pareto_frontier, scenario_table, AnalysisOptions,
    FrontierLimits, ScenarioAnalysis, ScenarioTable,
};
use detente_model::{Scenario, Uncertainty, ValueFunction};
use detente_positions::positions::StatementKind;
use detente_positions::review::{Reviewed, StanceReview};
use detente_positions::{scenario_terms, Polarity, StanceLexicon, StanceLinker};
use detente_store::{ActorFilter, QuoteFilter, StoreRead, TimelineFilter, TimelineKind};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What to compute for a report.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The two parties of the frontier chart (ids or names); the first two when `None`.
    pub pair: Option<(String, String)>,
    /// Monte Carlo draws for robustness (0 skips it).
    pub draws: u64,
    pub seed: u64,
    /// Most quotes shown in the report (the newest are dropped first... no: the earliest
    /// are kept, in date order).
    pub max_quotes: usize,
    /// Most timeline events drawn.
    pub max_events: usize,
    /// Most articles reproduced in the appendix.
    pub max_articles: usize,
    /// Run the expected-utility forecast when the scenario has stakeholders.
    pub forecast: bool,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            pair: None,
            draws: 2000,
            seed: 42,
            max_quotes: 400,
            max_events: 600,
            max_articles: 60,
            forecast: true,
        }
    }
}

/// Finds a party by id or by name (case-insensitive); the error lists the parties.
pub fn resolve_party(scenario: &Scenario, key: &str) -> Result<usize, ReportError> {
    let k = key.trim();
    scenario
        .parties
        .iter()
        .position(|p| p.id == k)
        .or_else(|| {
            scenario
                .parties
                .iter()
                .position(|p| p.id.eq_ignore_ascii_case(k) || p.name.eq_ignore_ascii_case(k))
        })
        .ok_or_else(|| {
            ReportError::UnknownParty(
                k.to_string(),
                scenario
                    .parties
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })
}

fn pair_indices(
    scenario: &Scenario,
    pair: Option<&(String, String)>,
) -> Result<Option<(usize, usize)>, ReportError> {
    match pair {
        Some((a, b)) => {
            let (ia, ib) = (resolve_party(scenario, a)?, resolve_party(scenario, b)?);
            if ia == ib {
                return Err(ReportError::Scenario(format!(
                    "--pair needs two different parties, got `{a}` twice"
                )));
            }
            Ok(Some((ia, ib)))
        }
        None if scenario.parties.len() >= 2 => Ok(Some((0, 1))),
        None => Ok(None),
    }
}

/// Wilson score interval (95%) for a share observed in `n` draws.
pub fn wilson_interval(p: f64, n: u64) -> (f64, f64) {
    if n == 0 || !p.is_finite() {
        return (0.0, 1.0);
    }
    let z = 1.959_963_984_540_054_f64;
    let n = n as f64;
    let p = p.clamp(0.0, 1.0);
    let denom = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / denom;
    let half = z * ((p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt()) / denom;
    // Rounding can put the ends a hair inside the share at 0 or 1.
    ((centre - half).clamp(0.0, p), (centre + half).clamp(p, 1.0))
}

fn solution_kind(id: &str) -> String {
    match id {
        "max_welfare" => "utilitarian".to_string(),
        other => other.to_string(),
    }
}

/// Option labels of an outcome given as option indices per issue.
fn outcome_words(st: &ScenarioTable, outcome: &[u32]) -> Vec<String> {
    st.dense
        .options
        .iter()
        .zip(outcome)
        .map(|(opts, &o)| {
            opts.get(o as usize)
                .map_or_else(|| "?".to_string(), |x| x.label.clone())
        })
        .collect()
}

/// Keeps at most `max` points of a sorted polyline, always including both ends.
fn thin<T: Copy>(points: &[T], max: usize) -> Vec<T> {
    if points.len() <= max || max < 2 {
        return points.to_vec();
    }
    let step = (points.len() - 1) as f64 / (max - 1) as f64;
    (0..max)
        .map(|i| points[((i as f64 * step).round() as usize).min(points.len() - 1)])
        .collect()
}

/// The frontier of two parties with their two-party bargaining solutions.
fn pair_frontier(
    st: &ScenarioTable,
    analysis: &ScenarioAnalysis,
    a: usize,
    b: usize,
) -> Result<FrontierView, ReportError> {
    let f = pareto_frontier(&st.table, &[a, b], FrontierLimits::default())
        .map_err(|e| ReportError::Analysis(e.to_string()))?;
    let mut points: Vec<(f64, f64)> = f
        .points
        .iter()
        .filter_map(|p| Some((*p.utilities.first()?, *p.utilities.get(1)?)))
        .collect();
    points.sort_by(|x, y| x.0.total_cmp(&y.0).then(y.1.total_cmp(&x.1)));
    let solutions = bargaining_solutions(&f, st.table.reservations())
        .into_iter()
        .filter_map(|s| {
            Some(SolutionPoint {
                kind: solution_kind(s.kind.id()),
                outcome: outcome_words(st, &s.outcome),
                a: *s.utilities.first()?,
                b: *s.utilities.get(1)?,
            })
        })
        .collect();
    let proposals = analysis
        .proposals
        .iter()
        .filter_map(|p| {
            Some(LabelledPoint {
                label: p.name.clone(),
                a: *p.utilities.get(a)?,
                b: *p.utilities.get(b)?,
            })
        })
        .collect();
    Ok(FrontierView {
        party_a: st.dense.parties[a].clone(),
        party_b: st.dense.parties[b].clone(),
        frontier: thin(&points, 800),
        proposals,
        solutions,
        disagreement: Some((st.table.reservation(a), st.table.reservation(b))),
        outcomes: st
            .table
            .outcome_count()
            .map_or(usize::MAX, |c| usize::try_from(c).unwrap_or(usize::MAX)),
    })
}

fn logroll_views(st: &ScenarioTable, analysis: &ScenarioAnalysis) -> Vec<LogrollView> {
    let label = |issue: &str, option: &str| -> String {
        st.dense
            .issues
            .iter()
            .position(|i| i == issue)
            .and_then(|i| st.dense.options[i].iter().find(|o| o.id == option))
            .map_or_else(|| option.to_string(), |o| o.label.clone())
    };
    let issue_name = |issue: &str| -> String {
        analysis
            .issues
            .iter()
            .find(|i| i.id == issue)
            .map_or_else(|| issue.to_string(), |i| i.name.clone())
    };
    let mut out = Vec::new();
    for lr in &analysis.logrolls {
        let Some(best) = lr.trades.first() else {
            continue;
        };
        let Some(prop) = analysis.proposals.iter().find(|p| p.id == lr.proposal) else {
            continue;
        };
        if prop.no_deal || best.changes.is_empty() {
            continue;
        }
        out.push(LogrollView {
            proposal: prop.name.clone(),
            changes: best
                .changes
                .iter()
                .map(|c| {
                    (
                        issue_name(&c.issue),
                        c.from
                            .as_deref()
                            .map_or_else(|| "open".to_string(), |f| label(&c.issue, f)),
                        label(&c.issue, &c.to),
                    )
                })
                .collect(),
            min_gain: best.min_improvement,
        });
    }
    out
}

/// The scenario's numbers and analysis as the report shows them.
pub fn scenario_view(
    scenario: &Scenario,
    options: &ReportOptions,
) -> Result<ScenarioView, ReportError> {
    let analysis_options = AnalysisOptions {
        draws: options.draws,
        seed: options.seed,
        pair_frontiers: false,
        ..AnalysisOptions::default()
    };
    build_view(scenario, &analysis_options, options.pair.as_ref())
}

fn build_view(
    scenario: &Scenario,
    analysis_options: &AnalysisOptions,
    pair: Option<&(String, String)>,
) -> Result<ScenarioView, ReportError> {
    let pair = pair_indices(scenario, pair)?;
    let st = scenario_table(scenario).map_err(|e| ReportError::Analysis(e.to_string()))?;
    let analysis = analyze_scenario(scenario, analysis_options, None)
        .map_err(|e| ReportError::Analysis(e.to_string()))?;
    let parties: Vec<PartyView> = analysis
        .parties
        .iter()
        .enumerate()
        .map(|(k, p)| PartyView {
            id: p.id.clone(),
            name: p.name.clone(),
            reservation: Some(p.reservation),
            weights: st.dense.weights.get(k).cloned().unwrap_or_default(),
        })
        .collect();
    let issues: Vec<IssueView> = analysis
        .issues
        .iter()
        .map(|i| IssueView {
            id: i.id.clone(),
            name: i.name.clone(),
            options: i.options.iter().map(|o| o.label.clone()).collect(),
            numeric: i.numeric,
        })
        .collect();
    let proposals: Vec<ProposalView> = analysis
        .proposals
        .iter()
        .map(|p| ProposalView {
            id: p.id.clone(),
            name: p.name.clone(),
            no_deal: p.no_deal,
            choices: analysis
                .issues
                .iter()
                .map(|issue| {
                    if p.no_deal {
                        return "no deal".to_string();
                    }
                    match p.terms.0.iter().find(|(i, _)| *i == issue.id) {
                        Some((_, Some(o))) => issue
                            .options
                            .iter()
                            .find(|x| x.id == *o)
                            .map_or_else(|| o.clone(), |x| x.label.clone()),
                        _ => "open".to_string(),
                    }
                })
                .collect(),
        })
        .collect();
    let zone = &analysis.zone_of_agreement;
    let zopa: Vec<IssueZopa> = analysis
        .issues
        .iter()
        .enumerate()
        .map(|(i, issue)| {
            let iz = zone.issues.iter().find(|z| z.issue == issue.id);
            let (ids, note) = match iz {
                Some(z) => match &z.agreement_options {
                    Some(ids) => (ids.clone(), None),
                    None => (
                        z.reachable_options.clone(),
                        Some("the exact search ran out of budget; outlined are the options with which every party can still reach its walk-away score".to_string()),
                    ),
                },
                None => (Vec::new(), None),
            };
            IssueZopa {
                issue: issue.name.clone(),
                options: issue.options.iter().map(|o| o.label.clone()).collect(),
                values: (0..issue.options.len())
                    .map(|o| {
                        (0..parties.len())
                            .map(|k| {
                                st.dense
                                    .values
                                    .get(k)
                                    .and_then(|v| v.get(i))
                                    .and_then(|v| v.get(o))
                                    .copied()
                                    .unwrap_or(0.0)
                            })
                            .collect()
                    })
                    .collect(),
                zone: issue
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| ids.contains(&o.id))
                    .map(|(k, _)| k)
                    .collect(),
                note,
            }
        })
        .collect();
    let frontier = match pair {
        Some((a, b)) => Some(pair_frontier(&st, &analysis, a, b)?),
        None => None,
    };
    let robustness = analysis
        .robustness
        .as_ref()
        .map(|r| {
            r.proposals
                .iter()
                .map(|p| {
                    let (low, high) = wilson_interval(p.acceptance_by_all, r.draws);
                    RobustnessView {
                        proposal: analysis
                            .proposals
                            .iter()
                            .find(|x| x.id == p.proposal)
                            .map_or_else(|| p.proposal.clone(), |x| x.name.clone()),
                        probability: p.acceptance_by_all,
                        low,
                        high,
                        draws: usize::try_from(r.draws).unwrap_or(usize::MAX),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(ScenarioView {
        name: if scenario.meta.title.is_empty() {
            "Untitled scenario".to_string()
        } else {
            scenario.meta.title.clone()
        },
        description: Some(scenario.meta.description.clone()).filter(|d| !d.trim().is_empty()),
        utilities: analysis
            .proposals
            .iter()
            .map(|p| p.utilities.clone())
            .collect(),
        acceptable: analysis
            .proposals
            .iter()
            .map(|p| p.acceptable.clone())
            .collect(),
        parties,
        issues,
        proposals,
        zopa,
        zone_count: zone.count,
        outcome_count: analysis.outcome_count,
        frontier,
        robustness,
        logrolls: logroll_views(&st, &analysis),
    })
}

/// Forecasts from the scenario's stakeholder table (expected-utility model), if it has one.
pub fn forecast_views(scenario: &Scenario) -> Vec<ForecastView> {
    let Some((table, _)) = detente_forecast::scenario::from_scenario(scenario) else {
        return Vec::new();
    };
    let opts = detente_forecast::ForecastOptions::default();
    let Ok(mut forecast) = detente_forecast::run(detente_forecast::ModelKind::Eum, &table, &opts)
    else {
        return Vec::new();
    };
    forecast.label_scales(&detente_forecast::scenario::scale_labels(scenario));
    forecast
        .issues
        .iter()
        .map(|f| {
            let scale = table
                .issues
                .iter()
                .find(|s| s.name == f.issue)
                .map_or((0.0, 100.0), |s| (s.lower, s.upper));
            let issue = scenario
                .issue(&f.issue)
                .map_or_else(|| f.issue.clone(), |i| i.name.clone());
            ForecastView {
                model: "expected utility (EUM)".to_string(),
                issue,
                rounds: f.rounds.iter().map(|r| r.mean).collect(),
                final_positions: f
                    .rounds
                    .last()
                    .map(|r| r.positions.0.clone())
                    .unwrap_or_default(),
                scale,
                scale_ends: f.scale.as_ref().map(|s| s.ends()).unwrap_or_default(),
                stated: match (&f.scale, &f.outcome) {
                    (Some(s), Some(o)) => s.describe(o.position),
                    (None, Some(o)) => format!("{:.1}", o.position),
                    _ => String::new(),
                },
            }
        })
        .collect()
}

fn to_usize(x: i64) -> usize {
    usize::try_from(x).unwrap_or(0)
}

fn store_err(e: impl std::fmt::Display) -> ReportError {
    ReportError::Store(e.to_string())
}

/// Links quotes to scenario issues and records the stances; shared by the report and the
/// dashboard so both show the same links.
pub struct IssueLinker {
    linker: StanceLinker,
    party_names: HashMap<String, String>,
    issue_names: HashMap<String, String>,
    option_labels: HashMap<(String, String), String>,
}

impl IssueLinker {
    pub fn new(scenario: &Scenario) -> Self {
        let terms = scenario_terms(scenario);
        IssueLinker {
            linker: StanceLinker::new(StanceLexicon::new(&terms)),
            party_names: scenario
                .parties
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            issue_names: scenario
                .issues
                .iter()
                .map(|i| (i.id.clone(), i.name.clone()))
                .collect(),
            option_labels: scenario
                .issues
                .iter()
                .flat_map(|i| {
                    i.options()
                        .iter()
                        .map(|o| ((i.id.clone(), o.id.clone()), o.label.clone()))
                })
                .collect(),
        }
    }

    /// The scenario party (name) a speaker belongs to, from the affiliation or name.
    pub fn party_of(&self, affiliation: Option<&str>, speaker: Option<&str>) -> Option<String> {
        let lex = self.linker.lexicon();
        lex.party_of(affiliation, speaker)
            .and_then(|i| lex.parties.get(i))
            .map(|p| self.party_names.get(&p.id).cloned().unwrap_or(p.id.clone()))
    }

    /// Sets `quote.issues` and returns the stances that take a side.
    pub fn link(&self, quote: &mut QuoteView) -> Vec<PositionView> {
        self.link_reviewed(quote, &StanceReview::default())
    }

    /// [`Self::link`] with the analyst's stance corrections applied (rejected stances left
    /// out, changed ones marked as the analyst's).
    pub fn link_reviewed(&self, quote: &mut QuoteView, review: &StanceReview) -> Vec<PositionView> {
        let stances = review.apply_key(
            quote.key.as_deref(),
            StatementKind::Quote,
            self.linker.link(
                &quote.text,
                quote.speaker.as_deref(),
                quote.affiliation.as_deref(),
            ),
        );
        let mut issues: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for Reviewed {
            stance: s,
            key,
            review,
        } in stances
        {
            if !issues.contains(&s.issue) {
                issues.push(s.issue.clone());
            }
            if s.polarity == Polarity::Neutral {
                continue;
            }
            out.push(PositionView {
                party: s
                    .party
                    .as_ref()
                    .map(|p| self.party_names.get(p).cloned().unwrap_or(p.clone()))
                    .or_else(|| quote.affiliation.clone())
                    .unwrap_or_else(|| "unknown side".to_string()),
                issue: self
                    .issue_names
                    .get(&s.issue)
                    .cloned()
                    .unwrap_or(s.issue.clone()),
                option: s.option.as_ref().map(|o| {
                    self.option_labels
                        .get(&(s.issue.clone(), o.clone()))
                        .cloned()
                        .unwrap_or(o.clone())
                }),
                polarity: s.polarity.as_str().to_string(),
                date: quote.date.clone(),
                speaker: quote.speaker.clone(),
                quote: quote.text.clone(),
                article: quote.article.clone(),
                start: quote.start,
                end: quote.end,
                cues: s.cues.clone(),
                key,
                review,
            });
        }
        quote.issues = issues;
        out
    }
}

pub fn quote_view(r: &detente_store::QuoteRow) -> QuoteView {
    QuoteView {
        id: r.id,
        article: r.article.clone(),
        start: to_usize(r.start),
        end: to_usize(r.end),
        text: r.text.clone(),
        speaker: r.speaker.clone(),
        affiliation: r.affiliation.clone(),
        date: r.date.clone(),
        issues: Vec::new(),
        key: Some(r.key.clone()),
        review: r.review.clone(),
    }
}

pub fn article_view(d: &detente_store::ArticleDetail) -> ArticleView {
    let mut spans: Vec<SpanView> = Vec::new();
    for q in &d.quotes {
        spans.push(SpanView {
            start: to_usize(q.start),
            end: to_usize(q.end),
            kind: "quote".into(),
            speaker: q.speaker.clone(),
        });
    }
    for c in &d.claims {
        spans.push(SpanView {
            start: to_usize(c.start),
            end: to_usize(c.end),
            kind: "claim".into(),
            speaker: c.speaker.clone(),
        });
    }
    for x in &d.dates {
        spans.push(SpanView {
            start: to_usize(x.start),
            end: to_usize(x.end),
            kind: "date".into(),
            speaker: None,
        });
    }
    spans.sort_by_key(|s| s.start);
    ArticleView {
        id: d.article.name.clone(),
        title: d.article.title.clone(),
        date: d.article.date.clone(),
        date_basis: d
            .article
            .date_basis
            .clone()
            .filter(|_| d.article.date_inferred),
        url: d.article.url.clone(),
        text: d.text.clone(),
        spans,
    }
}

/// The evidence part of a report, read from a store. With a `linker`, quotes are linked
/// to scenario issues, timeline lanes are scenario parties, and stances are returned.
pub fn evidence_view<S: StoreRead + ?Sized>(
    store: &S,
    linker: Option<&IssueLinker>,
    options: &ReportOptions,
) -> Result<(EvidenceView, Vec<PositionView>), ReportError> {
    let rows = store
        .quotes(&QuoteFilter {
            limit: Some(options.max_quotes),
            ..QuoteFilter::default()
        })
        .map_err(store_err)?;
    let mut positions = Vec::new();
    let mut quotes: Vec<QuoteView> = rows.iter().map(quote_view).collect();
    if let Some(l) = linker {
        let review = StanceReview {
            statement_keys: Vec::new(),
            by_key: store
                .corrections_in_force(detente_store::corrections::Target::Stance)
                .map_err(store_err)?,
        };
        for q in &mut quotes {
            positions.extend(l.link_reviewed(q, &review));
        }
    }
    let actors: Vec<ActorView> = store
        .actors(&ActorFilter {
            limit: Some(2000),
            ..ActorFilter::default()
        })
        .map_err(store_err)?
        .into_iter()
        .map(|a| ActorView {
            name: a.name,
            kind: a.kind,
            role: a.role,
            affiliation: a.affiliation,
            quotes: to_usize(a.quote_count),
            review: a.review,
        })
        .collect();
    let affiliation_of: HashMap<&str, Option<&str>> = actors
        .iter()
        .map(|a| (a.name.as_str(), a.affiliation.as_deref()))
        .collect();
    let side = |speaker: Option<&str>| -> Option<String> {
        let aff = speaker.and_then(|s| affiliation_of.get(s).copied().flatten());
        match linker {
            Some(l) => l.party_of(aff, speaker).or_else(|| aff.map(str::to_string)),
            None => aff.map(str::to_string),
        }
    };
    let events: Vec<EventView> = store
        .timeline(&TimelineFilter {
            limit: Some(options.max_events),
            ..TimelineFilter::default()
        })
        .map_err(store_err)?
        .into_iter()
        .filter(|e| !e.date.is_empty())
        .map(|e| {
            let is_quote = e.kind == TimelineKind::Quote;
            EventView {
                date: e.date.clone(),
                kind: if is_quote { "quote" } else { "date" }.to_string(),
                text: match (&e.speaker, &e.context) {
                    (Some(s), _) if is_quote => format!("{s}: “{}”", e.text),
                    (_, Some(c)) => c.clone(),
                    _ => e.text.clone(),
                },
                party: if is_quote {
                    side(e.speaker.as_deref())
                } else {
                    None
                },
                article: e.article.clone(),
                start: to_usize(e.start),
                end: to_usize(e.end),
                review: e.review.clone(),
            }
        })
        .collect();
    // The appendix holds the articles the quotes and events cite, in first-cited order.
    let mut wanted: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for name in quotes
        .iter()
        .map(|q| q.article.as_str())
        .chain(events.iter().map(|e| e.article.as_str()))
    {
        if seen.insert(name) {
            wanted.push(name.to_string());
        }
    }
    let mut articles = Vec::new();
    for name in wanted.iter().take(options.max_articles) {
        if let Some(id) = store.article_id_by_name(name).map_err(store_err)? {
            if let Some(d) = store.article(id).map_err(store_err)? {
                articles.push(article_view(&d));
            }
        }
    }
    Ok((
        EvidenceView {
            quotes,
            actors,
            events,
            articles,
        },
        positions,
    ))
}

/// The whole report: the scenario's analysis and forecasts, and the evidence when a store
/// is given.
pub fn build_report(
    scenario: &Scenario,
    store: Option<&dyn StoreRead>,
    options: &ReportOptions,
) -> Result<ReportData, ReportError> {
    let view = scenario_view(scenario, options)?;
    let forecasts = if options.forecast {
        forecast_views(scenario)
    } else {
        Vec::new()
    };
    let (evidence, positions) = match store {
        Some(s) => {
            let linker = IssueLinker::new(scenario);
            evidence_view(s, Some(&linker), options)?
        }
        None => (EvidenceView::default(), Vec::new()),
    };
    Ok(ReportData {
        title: view.name.clone(),
        generated: Some(chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string()),
        scenario: Some(view),
        evidence,
        forecasts,
        positions,
        related: Vec::new(),
    })
}

/// Re-runs the analysis on edited numbers, for the dashboard's scenario view.
pub struct ModelAnalyzer {
    scenario: Scenario,
    editable: EditableScenario,
    options: AnalysisOptions,
    pair: Option<(String, String)>,
}

impl ModelAnalyzer {
    /// Interactive analysis keeps each request short: fewer draws and search nodes than the
    /// report, no logroll search beyond one trade per proposal.
    pub fn new(scenario: Scenario, pair: Option<(String, String)>) -> Result<Self, ReportError> {
        let st = scenario_table(&scenario).map_err(|e| ReportError::Analysis(e.to_string()))?;
        let issues: Vec<IssueView> = st
            .dense
            .issues
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let issue = scenario.issue(id);
                IssueView {
                    id: id.clone(),
                    name: issue.map_or_else(|| id.clone(), |x| x.name.clone()),
                    options: st.dense.options[i]
                        .iter()
                        .map(|o| o.label.clone())
                        .collect(),
                    numeric: issue.is_some_and(|x| x.is_numeric()),
                }
            })
            .collect();
        let parties = st
            .dense
            .parties
            .iter()
            .enumerate()
            .map(|(k, id)| EditableParty {
                id: id.clone(),
                name: scenario
                    .party(id)
                    .map_or_else(|| id.clone(), |p| p.name.clone()),
                reservation: st.dense.reservations[k],
                weights: st.dense.weights[k].clone(),
                values: st.dense.values[k].clone(),
            })
            .collect();
        // Validate the pair now so a bad `--pair` fails at start-up, not per request.
        pair_indices(&scenario, pair.as_ref())?;
        Ok(ModelAnalyzer {
            editable: EditableScenario {
                issues,
                parties,
                pair: None,
            },
            scenario,
            options: AnalysisOptions {
                draws: 300,
                logrolls_per_proposal: 1,
                search_node_budget: 2_000_000,
                pair_frontiers: false,
                max_listed_points: 0,
                ..AnalysisOptions::default()
            },
            pair,
        })
    }

    /// The scenario with the edited numbers written back. Uncertainty ranges move with
    /// their value, so the Monte Carlo explores around the new number.
    fn apply(&self, edit: &EditableScenario) -> Scenario {
        let mut s = self.scenario.clone();
        let shift = |e: &mut detente_model::Estimate, v: f64| {
            let d = v - e.value;
            e.value = v;
            if let Some(Uncertainty::Range { lo, hi }) = &mut e.uncertainty {
                *lo = (*lo + d).clamp(0.0, 1.0);
                *hi = (*hi + d).clamp(0.0, 1.0);
            }
        };
        for p in &edit.parties {
            let Some(prefs) = s.preferences.get_mut(&p.id) else {
                continue;
            };
            shift(&mut prefs.reservation, p.reservation);
            let total: f64 = p.weights.iter().sum();
            for (i, issue) in edit.issues.iter().enumerate() {
                let w = p.weights.get(i).copied().unwrap_or(0.0) / total.max(f64::MIN_POSITIVE);
                match prefs.weights.get_mut(&issue.id) {
                    Some(e) => shift(e, w),
                    None if w > 0.0 => {
                        prefs
                            .weights
                            .insert(issue.id.clone(), detente_model::Estimate::exact(w));
                    }
                    None => {}
                }
                // Numeric issues keep their value functions: grid values are derived.
                if issue.numeric {
                    continue;
                }
                let Some(model_issue) = self.scenario.issue(&issue.id) else {
                    continue;
                };
                let Some(vals) = p.values.get(i) else {
                    continue;
                };
                let entry = prefs
                    .values
                    .entry(issue.id.clone())
                    .or_insert_with(|| ValueFunction::Discrete(BTreeMap::new()));
                if let ValueFunction::Discrete(map) = entry {
                    for (o, opt) in model_issue.options().iter().enumerate() {
                        let Some(&v) = vals.get(o) else { continue };
                        match map.get_mut(&opt.id) {
                            Some(e) => shift(e, v),
                            None => {
                                map.insert(opt.id.clone(), detente_model::Estimate::exact(v));
                            }
                        }
                    }
                }
            }
        }
        s
    }
}

impl ScenarioAnalyzer for ModelAnalyzer {
    fn editable(&self) -> EditableScenario {
        self.editable.clone()
    }

    fn analyze(&self, edit: &EditableScenario) -> Result<ScenarioView, ReportError> {
        let scenario = self.apply(edit);
        let pair = edit.pair.clone().or_else(|| self.pair.clone());
        build_view(&scenario, &self.options, pair.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_interval_brackets_the_share() {
        let (lo, hi) = wilson_interval(0.5, 2000);
        assert!(lo < 0.5 && hi > 0.5 && hi - lo < 0.05);
        let (lo, hi) = wilson_interval(0.0, 100);
        assert!(lo.abs() < 1e-12);
        assert!(hi > 0.0 && hi < 0.05);
        assert_eq!(wilson_interval(0.3, 0), (0.0, 1.0));
    }

    #[test]
    fn thinning_keeps_ends() {
        let v: Vec<usize> = (0..1000).collect();
        let t = thin(&v, 10);
        assert_eq!(t.len(), 10);
        assert_eq!(t[0], 0);
        assert_eq!(t[9], 999);
    }
}
