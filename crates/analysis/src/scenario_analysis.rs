//! The whole analysis of a [`Scenario`], as one serialisable value with a stable JSON schema
//! (`docs/analysis-json.md`).

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use detente_model::{DenseScenario, Scenario, Uncertainty};

use crate::error::AnalysisError;
use crate::frontier::{pareto_frontier, FrontierLimits, ParetoFrontier};
use crate::proposals::{evaluate_proposal, ProposalTerms};
use crate::robustness::{robustness, Effect, RobustnessConfig, Spread, UncertainNumber};
use crate::sampled::sampled_frontier;
use crate::search::{agreement_zone, logrolls};
use crate::solutions::{bargaining_solutions, SolutionKind};
use crate::table::{Outcome, UtilityTable};

/// Version tag of the JSON layout; bumped only on incompatible changes.
pub const SCHEMA: &str = "detente-analysis/1";

/// Knobs of [`analyze_scenario`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnalysisOptions {
    /// Monte Carlo draws (0 skips the robustness analysis).
    pub draws: u64,
    pub seed: u64,
    /// Logrolls listed per proposal.
    pub logrolls_per_proposal: usize,
    /// Node budget of each branch-and-bound search (zone of agreement, logrolls, Nash per draw).
    pub search_node_budget: u64,
    pub frontier_limits: FrontierLimits,
    /// Frontier points listed in the JSON per frontier (the size is always exact).
    pub max_listed_points: usize,
    /// Also compute the frontier of every pair of parties (when there are three or more).
    pub pair_frontiers: bool,
    /// Outcomes to sample for an approximate frontier when the exact all-party frontier is
    /// beyond its limits (0: no sampling; the output then only says the frontier was skipped).
    pub sample: usize,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            draws: 2000,
            seed: 42,
            logrolls_per_proposal: 5,
            search_node_budget: 20_000_000,
            frontier_limits: FrontierLimits::default(),
            max_listed_points: 2000,
            pair_frontiers: true,
            sample: 0,
        }
    }
}

/// An outcome written as issue id -> option id, in issue order.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeTerms(pub Vec<(String, Option<String>)>);

impl Serialize for OutcomeTerms {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartySummary {
    pub id: String,
    pub name: String,
    pub reservation: f64,
    /// Best utility the party can get from any outcome.
    pub best_possible: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionSummary {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssueSummary {
    pub id: String,
    pub name: String,
    pub numeric: bool,
    pub options: Vec<OptionSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposalReport {
    pub id: String,
    pub name: String,
    pub no_deal: bool,
    /// Issue id -> option id, `null` for an issue left open.
    pub terms: OutcomeTerms,
    pub open_issues: Vec<String>,
    /// Per party (order of `parties`); open issues count at the mean of their options' values.
    pub utilities: Vec<f64>,
    /// Per party: utility with every open issue at the party's worst / best option.
    pub worst_case: Vec<f64>,
    pub best_case: Vec<f64>,
    /// Per party: utility >= reservation.
    pub acceptable: Vec<bool>,
    pub acceptable_to_all: bool,
    /// Per party: acceptable even with open issues at that party's worst option.
    pub acceptable_for_sure: Vec<bool>,
    /// True when another outcome gives every party at least as much and someone more.
    pub pareto_improvable: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IssueZone {
    pub issue: String,
    /// Options that appear in at least one outcome every party accepts (`null`: search budget
    /// exhausted).
    pub agreement_options: Option<Vec<String>>,
    /// Options with which every party can still reach its reservation value given the best
    /// options on the other issues (a necessary condition, party by party).
    pub reachable_options: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ZoneReport {
    /// Outcomes every party accepts (`null` when the exact count ran out of budget).
    pub count: Option<u64>,
    pub exact: bool,
    /// Share of all outcomes.
    pub share: Option<f64>,
    /// Per party: [lowest, highest] utility within the zone.
    pub utility_ranges: Option<Vec<[f64; 2]>>,
    pub issues: Vec<IssueZone>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrontierPointReport {
    pub utilities: Vec<f64>,
    pub outcome: OutcomeTerms,
    /// Outcomes with these utilities.
    pub outcomes: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrontierReport {
    /// Party ids the utilities refer to, in order.
    pub parties: Vec<String>,
    /// Distinct non-dominated utility vectors (exact).
    pub size: usize,
    /// Outcomes on the frontier (saturating).
    pub outcomes: u64,
    /// The first `max_listed_points` points, by the first party's utility descending.
    pub points: Vec<FrontierPointReport>,
    pub truncated: bool,
}

/// An approximate frontier: non-dominated among `samples` random outcomes (and the
/// proposals), not necessarily Pareto-optimal in the whole space.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SampledFrontierReport {
    pub parties: Vec<String>,
    pub samples: usize,
    pub seed: u64,
    pub points: Vec<FrontierPointReport>,
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieReport {
    pub utilities: Vec<f64>,
    pub outcome: OutcomeTerms,
    pub outcomes: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SolutionReport {
    /// `nash`, `kalai_smorodinsky`, `egalitarian` or `max_welfare`.
    pub solution: &'static str,
    pub title: &'static str,
    pub definition: &'static str,
    pub utilities: Vec<f64>,
    pub gains: Vec<f64>,
    pub objective: f64,
    pub outcome: OutcomeTerms,
    /// Distinct utility vectors achieving the optimum (1 = unique).
    pub tied_vectors: usize,
    /// Outcomes achieving the optimum.
    pub tied_outcomes: u64,
    pub ties: Vec<TieReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub issue: String,
    /// `null` when the proposal left the issue open.
    pub from: Option<String>,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TradeReport {
    pub utilities: Vec<f64>,
    pub improvements: Vec<f64>,
    pub min_improvement: f64,
    pub improvement_product: f64,
    pub changes: Vec<Change>,
    pub outcome: OutcomeTerms,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogrollReport {
    pub proposal: String,
    /// False when the search budget ran out (trades are then the best found).
    pub exhaustive: bool,
    pub trades: Vec<TradeReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposalRobustness {
    pub proposal: String,
    /// Per party: share of draws in which the party accepts.
    pub acceptance: Vec<f64>,
    pub acceptance_by_all: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NashShare {
    pub outcome: OutcomeTerms,
    pub draws: u64,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RobustnessReport {
    pub draws: u64,
    pub seed: u64,
    pub uncertain_numbers: usize,
    pub proposals: Vec<ProposalRobustness>,
    /// The most frequent Nash outcomes (at most 10).
    pub nash_frequency: Vec<NashShare>,
    pub nash_undefined: u64,
}

/// Everything `detente analyze` reports. Field order is the JSON order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioAnalysis {
    pub schema: &'static str,
    pub title: String,
    pub parties: Vec<PartySummary>,
    pub issues: Vec<IssueSummary>,
    /// Number of complete outcomes (`null` beyond 2^64).
    pub outcome_count: Option<u64>,
    pub proposals: Vec<ProposalReport>,
    pub zone_of_agreement: ZoneReport,
    /// Size of the all-party Pareto frontier (distinct utility vectors); `null` if too large.
    pub frontier_size: Option<usize>,
    pub frontier: Option<FrontierReport>,
    /// Only when the exact frontier was too large and sampling was asked for: the
    /// non-dominated points among sampled outcomes and the proposals. Approximate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampled_frontier: Option<SampledFrontierReport>,
    /// Frontiers of every pair of parties (only with three or more parties).
    pub pair_frontiers: Vec<FrontierReport>,
    pub solutions: Vec<SolutionReport>,
    pub logrolls: Vec<LogrollReport>,
    pub robustness: Option<RobustnessReport>,
    /// How open issues, tolerances and limits were handled, and anything skipped.
    pub notes: Vec<String>,
}

/// The numeric core of a scenario plus the names needed to describe results.
pub struct ScenarioTable {
    pub dense: DenseScenario,
    pub table: UtilityTable,
    pub proposals: Vec<ProposalTerms>,
    pub uncertain: Vec<UncertainNumber>,
}

impl ScenarioTable {
    /// Writes an outcome with issue and option ids.
    pub fn outcome_terms(&self, outcome: &[u32]) -> OutcomeTerms {
        OutcomeTerms(
            self.dense
                .issues
                .iter()
                .zip(outcome)
                .enumerate()
                .map(|(i, (id, &o))| (id.clone(), self.option_id(i, o)))
                .collect(),
        )
    }

    fn option_id(&self, issue: usize, option: u32) -> Option<String> {
        self.dense.options[issue]
            .get(option as usize)
            .map(|o| o.id.clone())
    }
}

fn spread(u: &Uncertainty) -> Option<Spread> {
    match *u {
        Uncertainty::Range { lo, hi } if lo.is_finite() && hi.is_finite() && lo <= hi => {
            Some(Spread::Uniform { lo, hi })
        }
        Uncertainty::Sd(sd) if sd.is_finite() && sd > 0.0 => Some(Spread::Normal { sd }),
        _ => None,
    }
}

/// Builds the numeric core from a scenario: numeric issues on the model's grid
/// ([`Scenario::dense`]), proposals mapped to option indices.
pub fn scenario_table(scenario: &Scenario) -> Result<ScenarioTable, AnalysisError> {
    let dense = scenario.dense();
    if dense.parties.is_empty() {
        return Err(AnalysisError::Scenario(
            "the scenario has no parties".into(),
        ));
    }
    if dense.issues.is_empty() {
        return Err(AnalysisError::Scenario("the scenario has no issues".into()));
    }
    if let Some(i) = dense.options.iter().position(|o| o.is_empty()) {
        return Err(AnalysisError::Scenario(format!(
            "issue \"{}\" has no options",
            dense.issues[i]
        )));
    }
    let counts: Vec<usize> = dense.options.iter().map(|o| o.len()).collect();
    let table = UtilityTable::new(&counts, &dense.weights, &dense.values, &dense.reservations)?;
    for p in &dense.proposals {
        if p.choices.len() != counts.len()
            || p.choices
                .iter()
                .zip(&counts)
                .any(|(c, &k)| c.is_some_and(|o| o >= k))
        {
            return Err(AnalysisError::Scenario(format!(
                "proposal \"{}\" does not map onto the issues' options",
                p.id
            )));
        }
    }
    let proposals = dense
        .proposals
        .iter()
        .map(|p| {
            if p.no_deal {
                ProposalTerms::NoDeal
            } else {
                ProposalTerms::Deal(p.choices.iter().map(|c| c.map(|o| o as u32)).collect())
            }
        })
        .collect();
    let mut uncertain = Vec::new();
    for p in 0..dense.parties.len() {
        for i in 0..dense.issues.len() {
            if let Some(s) = dense.weight_uncertainty[p][i].as_ref().and_then(spread) {
                uncertain.push(UncertainNumber {
                    value: dense.weights[p][i],
                    spread: s,
                    effects: vec![Effect::Weight { party: p, issue: i }],
                });
            }
            for o in 0..counts[i] {
                if let Some(s) = dense.value_uncertainty[p][i][o].as_ref().and_then(spread) {
                    uncertain.push(UncertainNumber {
                        value: dense.values[p][i][o],
                        spread: s,
                        effects: vec![Effect::Value {
                            party: p,
                            issue: i,
                            option: o,
                            coefficient: 1.0,
                        }],
                    });
                }
            }
        }
        if let Some(s) = dense.reservation_uncertainty[p].as_ref().and_then(spread) {
            uncertain.push(UncertainNumber {
                value: dense.reservations[p],
                spread: s,
                effects: vec![Effect::Reservation { party: p }],
            });
        }
    }
    Ok(ScenarioTable {
        dense,
        table,
        proposals,
        uncertain,
    })
}

fn frontier_report(st: &ScenarioTable, f: &ParetoFrontier, max_listed: usize) -> FrontierReport {
    FrontierReport {
        parties: f
            .parties
            .iter()
            .map(|&p| st.dense.parties[p].clone())
            .collect(),
        size: f.len(),
        outcomes: f
            .points
            .iter()
            .fold(0u64, |a, p| a.saturating_add(p.multiplicity)),
        points: f
            .points
            .iter()
            .take(max_listed)
            .map(|p| FrontierPointReport {
                utilities: p.utilities.clone(),
                outcome: st.outcome_terms(&p.outcome),
                outcomes: p.multiplicity,
            })
            .collect(),
        truncated: f.len() > max_listed,
    }
}

/// The proposals that settle every issue, as outcomes (seeds for a sampled frontier).
fn complete_proposals(st: &ScenarioTable) -> Vec<Outcome> {
    st.proposals
        .iter()
        .filter_map(|p| match p {
            ProposalTerms::Deal(terms) => terms.iter().copied().collect::<Option<Vec<u32>>>(),
            ProposalTerms::NoDeal => None,
        })
        .collect()
}

/// Runs every analysis on `scenario`. `progress(done, total)` reports Monte Carlo draws.
pub fn analyze_scenario(
    scenario: &Scenario,
    options: &AnalysisOptions,
    progress: Option<&(dyn Fn(u64, u64) + Sync)>,
) -> Result<ScenarioAnalysis, AnalysisError> {
    let st = scenario_table(scenario)?;
    let table = &st.table;
    let n = table.parties();
    let mut notes = vec![
        "utilities closer than 1e-9 are treated as equal; objective values closer than 1e-12 \
         count as ties"
            .to_string(),
        "an issue a proposal leaves open counts at the mean of its options' values (every \
         settlement equally likely); worst_case and best_case give the range"
            .to_string(),
    ];
    if st.dense.issues.len() != scenario.issues.len() {
        notes.push("issue count differs from the scenario".into());
    }
    if scenario.issues.iter().any(|i| i.is_numeric()) {
        notes.push(
            "numeric issues are analysed on a grid (range step or 11 points, plus every \
             breakpoint and every number a proposal names)"
                .into(),
        );
    }

    let parties = (0..n)
        .map(|p| {
            let id = &st.dense.parties[p];
            PartySummary {
                id: id.clone(),
                name: scenario
                    .party(id)
                    .map(|x| x.name.clone())
                    .unwrap_or_else(|| id.clone()),
                reservation: table.reservation(p),
                best_possible: table.max_utility(p),
            }
        })
        .collect();
    let issues = st
        .dense
        .issues
        .iter()
        .enumerate()
        .map(|(i, id)| IssueSummary {
            id: id.clone(),
            name: scenario
                .issue(id)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| id.clone()),
            numeric: scenario.issue(id).is_some_and(|x| x.is_numeric()),
            options: st.dense.options[i]
                .iter()
                .map(|o| OptionSummary {
                    id: o.id.clone(),
                    label: o.label.clone(),
                })
                .collect(),
        })
        .collect();

    // Frontier and solutions.
    let all: Vec<usize> = (0..n).collect();
    let frontier = match pareto_frontier(table, &all, options.frontier_limits) {
        Ok(f) => Some(f),
        Err(e) => {
            if options.sample > 0 {
                notes.push(format!(
                    "all-party frontier too large to compute exactly ({e}); `sampled_frontier` \
                     holds the non-dominated points among {} sampled outcomes and the \
                     proposals: an approximation",
                    options.sample
                ));
            } else {
                notes.push(format!(
                    "all-party frontier skipped: {e}; run with --sample N for an approximate \
                     frontier from N sampled outcomes"
                ));
            }
            None
        }
    };
    let sampled_frontier = (frontier.is_none() && options.sample > 0).then(|| {
        let points = sampled_frontier(
            table,
            options.sample,
            options.seed,
            &complete_proposals(&st),
        );
        SampledFrontierReport {
            parties: st.dense.parties.clone(),
            samples: options.sample,
            seed: options.seed,
            truncated: points.len() > options.max_listed_points,
            points: points
                .into_iter()
                .take(options.max_listed_points)
                .map(|(utilities, outcome)| FrontierPointReport {
                    utilities,
                    outcome: st.outcome_terms(&outcome),
                    outcomes: 1,
                })
                .collect(),
        }
    });
    let solutions: Vec<SolutionReport> = match &frontier {
        Some(f) => bargaining_solutions(f, table.reservations())
            .into_iter()
            .map(|s| SolutionReport {
                solution: s.kind.id(),
                title: s.kind.title(),
                definition: s.kind.definition(),
                utilities: s.utilities,
                gains: s.gains,
                objective: s.objective,
                outcome: st.outcome_terms(&s.outcome),
                tied_vectors: s.tied_vectors,
                tied_outcomes: s.tied_outcomes,
                ties: s
                    .ties
                    .iter()
                    .map(|t| TieReport {
                        utilities: t.utilities.clone(),
                        outcome: st.outcome_terms(&t.outcome),
                        outcomes: t.multiplicity,
                    })
                    .collect(),
            })
            .collect(),
        None => {
            let found = solutions_by_search(table, options.search_node_budget);
            if !found.is_empty() {
                notes.push(format!(
                    "solutions found by branch and bound without the frontier ({}); their ties \
                     were not enumerated (tied_vectors = 0)",
                    found
                        .iter()
                        .map(|(k, _, _)| k.id())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            found
                .into_iter()
                .map(|(kind, outcome, objective)| {
                    let utilities = table.utilities(&outcome);
                    let gains: Vec<f64> = utilities
                        .iter()
                        .zip(table.reservations())
                        .map(|(u, r)| u - r)
                        .collect();
                    SolutionReport {
                        solution: kind.id(),
                        title: kind.title(),
                        definition: kind.definition(),
                        objective,
                        gains,
                        utilities,
                        outcome: st.outcome_terms(&outcome),
                        tied_vectors: 0,
                        tied_outcomes: 0,
                        ties: Vec::new(),
                    }
                })
                .collect()
        }
    };
    if frontier.is_some() && solutions.is_empty() {
        notes.push(
            "no outcome is acceptable to every party, so there are no bargaining solutions".into(),
        );
    }
    let mut pair_frontiers = Vec::new();
    if options.pair_frontiers && n >= 3 {
        for a in 0..n {
            for b in a + 1..n {
                match pareto_frontier(table, &[a, b], options.frontier_limits) {
                    Ok(f) => {
                        pair_frontiers.push(frontier_report(&st, &f, options.max_listed_points))
                    }
                    Err(e) => notes.push(format!(
                        "frontier of {} and {} skipped: {e}",
                        st.dense.parties[a], st.dense.parties[b]
                    )),
                }
            }
        }
    }

    // Proposals.
    let proposals: Vec<ProposalReport> = st
        .proposals
        .iter()
        .zip(&st.dense.proposals)
        .map(|(terms, dp)| {
            let e = evaluate_proposal(table, terms);
            let term_list = match terms {
                ProposalTerms::Deal(c) => OutcomeTerms(
                    st.dense
                        .issues
                        .iter()
                        .zip(c)
                        .enumerate()
                        .map(|(i, (id, o))| (id.clone(), o.and_then(|o| st.option_id(i, o))))
                        .collect(),
                ),
                ProposalTerms::NoDeal => OutcomeTerms(Vec::new()),
            };
            let pareto_improvable = frontier.as_ref().map(|f| {
                f.points.iter().any(|pt| {
                    pt.utilities
                        .iter()
                        .zip(&e.utilities)
                        .all(|(a, b)| *a >= *b - crate::UTILITY_TOLERANCE)
                        && pt
                            .utilities
                            .iter()
                            .zip(&e.utilities)
                            .any(|(a, b)| *a > *b + crate::UTILITY_TOLERANCE)
                })
            });
            ProposalReport {
                id: dp.id.clone(),
                name: if dp.name.is_empty() {
                    dp.id.clone()
                } else {
                    dp.name.clone()
                },
                no_deal: dp.no_deal,
                terms: term_list,
                open_issues: e
                    .open_issues
                    .iter()
                    .map(|&i| st.dense.issues[i].clone())
                    .collect(),
                acceptable_to_all: e.acceptable_to_all(),
                utilities: e.utilities,
                worst_case: e.worst,
                best_case: e.best,
                acceptable: e.acceptable,
                acceptable_for_sure: e.acceptable_for_sure,
                pareto_improvable,
            }
        })
        .collect();

    // Zone of agreement.
    let z = agreement_zone(table, options.search_node_budget);
    let ids = |i: usize, marks: &[bool]| -> Vec<String> {
        marks
            .iter()
            .enumerate()
            .filter(|(_, m)| **m)
            .filter_map(|(o, _)| st.option_id(i, o as u32))
            .collect()
    };
    if z.count.is_none() {
        notes.push(format!(
            "zone of agreement: exact count stopped after {} search nodes",
            options.search_node_budget
        ));
    }
    let outcome_count = table.outcome_count();
    let zone_of_agreement = ZoneReport {
        count: z.count,
        exact: z.count.is_some(),
        share: match (z.count, outcome_count) {
            (Some(c), Some(t)) if t > 0 => Some(c as f64 / t as f64),
            _ => None,
        },
        utility_ranges: z
            .utility_ranges
            .as_ref()
            .map(|r| r.iter().map(|&(a, b)| [a, b]).collect()),
        issues: (0..table.issues())
            .map(|i| IssueZone {
                issue: st.dense.issues[i].clone(),
                agreement_options: z.agreement_options.as_ref().map(|m| ids(i, &m[i])),
                reachable_options: ids(i, &z.reachable_options[i]),
            })
            .collect(),
    };

    // Logrolls.
    let mut logroll_reports = Vec::new();
    if options.logrolls_per_proposal > 0 {
        for ((terms, dp), pr) in st.proposals.iter().zip(&st.dense.proposals).zip(&proposals) {
            let reference: Vec<Option<u32>> = match terms {
                ProposalTerms::Deal(c) => c.clone(),
                ProposalTerms::NoDeal => vec![None; table.issues()],
            };
            let found = logrolls(
                table,
                &pr.utilities,
                &reference,
                options.logrolls_per_proposal,
                options.search_node_budget,
            );
            logroll_reports.push(LogrollReport {
                proposal: dp.id.clone(),
                exhaustive: found.exhaustive,
                trades: found
                    .trades
                    .iter()
                    .map(|t| TradeReport {
                        utilities: t.utilities.clone(),
                        improvements: t.improvements.clone(),
                        min_improvement: t.min_improvement,
                        improvement_product: t.improvement_product,
                        changes: t
                            .outcome
                            .iter()
                            .enumerate()
                            .filter(|(i, o)| reference[*i] != Some(**o))
                            .map(|(i, &o)| Change {
                                issue: st.dense.issues[i].clone(),
                                from: reference[i].and_then(|r| st.option_id(i, r)),
                                to: st.option_id(i, o).unwrap_or_default(),
                            })
                            .collect(),
                        outcome: st.outcome_terms(&t.outcome),
                    })
                    .collect(),
            });
        }
    }

    // Robustness.
    let robustness_report = if options.draws == 0 {
        None
    } else if st.uncertain.is_empty() {
        notes.push("robustness skipped: the scenario gives no uncertainty (range or sd)".into());
        None
    } else {
        let r = robustness(
            table,
            &st.uncertain,
            &st.proposals,
            RobustnessConfig {
                draws: options.draws,
                seed: options.seed,
                nash: true,
                // Per draw; a draw whose search runs out counts as undefined.
                nash_node_budget: options.search_node_budget.min(2_000_000),
            },
            progress,
        )?;
        Some(RobustnessReport {
            draws: r.draws,
            seed: r.seed,
            uncertain_numbers: r.uncertain_numbers,
            proposals: st
                .dense
                .proposals
                .iter()
                .enumerate()
                .map(|(j, dp)| ProposalRobustness {
                    proposal: dp.id.clone(),
                    acceptance: r.acceptance[j].clone(),
                    acceptance_by_all: r.acceptance_by_all[j],
                })
                .collect(),
            nash_frequency: r
                .nash_frequency
                .iter()
                .take(10)
                .map(|f| NashShare {
                    outcome: st.outcome_terms(&f.outcome),
                    draws: f.draws,
                    share: f.share,
                })
                .collect(),
            nash_undefined: r.nash_undefined,
        })
    };

    Ok(ScenarioAnalysis {
        schema: SCHEMA,
        title: scenario.meta.title.clone(),
        parties,
        issues,
        outcome_count,
        proposals,
        zone_of_agreement,
        frontier_size: frontier.as_ref().map(|f| f.len()),
        frontier: frontier
            .as_ref()
            .map(|f| frontier_report(&st, f, options.max_listed_points)),
        sampled_frontier,
        pair_frontiers,
        solutions,
        logrolls: logroll_reports,
        robustness: robustness_report,
        notes,
    })
}

/// The value a solution maximises (`ideal` is needed for Kalai–Smorodinsky only).
fn objective_of(kind: SolutionKind, u: &[f64], r: &[f64], ideal: Option<&[f64]>) -> f64 {
    let gains = u.iter().zip(r).map(|(u, r)| (u - r).max(0.0));
    match kind {
        SolutionKind::Nash => gains.product(),
        SolutionKind::MaxWelfare => u.iter().sum(),
        SolutionKind::Egalitarian => gains.fold(f64::INFINITY, f64::min),
        SolutionKind::KalaiSmorodinsky => match ideal {
            Some(ideal) => gains
                .zip(ideal.iter().zip(r))
                .filter(|(_, (i, r))| **i - **r > crate::UTILITY_TOLERANCE)
                .map(|(g, (i, r))| g / (i - r))
                .fold(1.0, f64::min),
            None => f64::NAN,
        },
    }
}

/// The four solutions by branch and bound over the outcome space, for when the frontier is too
/// large to build. Exact optima (first found among ties); a solution whose search runs out of
/// budget is left out.
fn solutions_by_search(
    table: &UtilityTable,
    budget: u64,
) -> Vec<(SolutionKind, crate::table::Outcome, f64)> {
    let r = table.reservations().to_vec();
    let n = table.parties();
    let mut out = Vec::new();
    if let Some((o, u)) = crate::search::nash_by_search(table, budget, None) {
        let v = objective_of(SolutionKind::Nash, &u, &r, None);
        out.push((SolutionKind::Nash, o, v));
    }
    // Ideal point over outcomes every party accepts.
    let ideal: Option<Vec<f64>> = (0..n)
        .map(|p| crate::search::maximize_monotone(table, &|u: &[f64]| u[p], budget).map(|x| x.1))
        .collect();
    if let Some(ideal) = ideal {
        let ks = |u: &[f64]| objective_of(SolutionKind::KalaiSmorodinsky, u, &r, Some(&ideal));
        if let Some((o, v)) = crate::search::maximize_monotone(table, &ks, budget) {
            out.push((SolutionKind::KalaiSmorodinsky, o, v));
        }
    }
    for kind in [SolutionKind::Egalitarian, SolutionKind::MaxWelfare] {
        let f = |u: &[f64]| objective_of(kind, u, &r, None);
        if let Some((o, v)) = crate::search::maximize_monotone(table, &f, budget) {
            out.push((kind, o, v));
        }
    }
    out
}
