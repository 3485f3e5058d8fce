//! `detente simulate` and `detente tournament`.
use super::output::{terminal_safe, PlainFormat as Format};
use anyhow::Context;
use detente_forecast::negotiation::{self, OutcomeSpace, Protocol, Strategy};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct SimulateArgs {
    /// Scenario TOML file.
    pub scenario: PathBuf,
    /// Strategies, one per party in order (boulware, linear, conceder, tit-for-tat,
    /// aspiration, e=NUMBER); the list repeats when shorter than the parties.
    #[arg(long, default_value = "boulware,conceder")]
    pub strategies: String,
    /// Party ids taking part (default: all; two parties use alternating offers, more use a
    /// single-negotiating-text mediator).
    #[arg(long)]
    pub parties: Option<String>,
    /// Deadline in steps (offers and responses).
    #[arg(long, alias = "rounds", default_value_t = 100)]
    pub steps: usize,
    /// Discount factor per unit of negotiation time (e.g. 0.9); none by default.
    #[arg(long)]
    pub discount: Option<f64>,
    /// Seed for the random draws (the same seed gives the same result).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Print every offer.
    #[arg(long)]
    pub trace: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct TournamentArgs {
    /// Scenario TOML file.
    pub scenario: PathBuf,
    /// Strategies to pit against each other, or `all`.
    #[arg(long, default_value = "all")]
    pub strategies: String,
    /// The two party ids (default: the first two).
    #[arg(long)]
    pub parties: Option<String>,
    /// Runs per strategy pair.
    #[arg(long, default_value_t = 10)]
    pub repeats: usize,
    /// Deadline in steps (offers and responses).
    #[arg(long, alias = "rounds", default_value_t = 100)]
    pub steps: usize,
    /// Discount factor per unit of negotiation time (e.g. 0.9); none by default.
    #[arg(long)]
    pub discount: Option<f64>,
    /// Seed for the random draws (the same seed gives the same result).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// The outcome space of a scenario, with each issue's option labels in the space's order
/// (index `[issue][option]`), for showing offered terms.
fn load_space(path: &Path, seed: u64) -> anyhow::Result<(OutcomeSpace, Vec<Vec<String>>)> {
    let sc = detente_model::Scenario::load(path)?;
    let dense = sc.dense();
    if dense.parties.len() < 2 {
        anyhow::bail!(
            "{}: a negotiation needs at least two parties",
            path.display()
        );
    }
    if dense.issues.is_empty() {
        anyhow::bail!(
            "{}: the scenario has no issues to negotiate",
            path.display()
        );
    }
    let labels = dense
        .options
        .iter()
        .map(|opts| opts.iter().map(|o| o.label.clone()).collect())
        .collect();
    Ok((OutcomeSpace::from_dense(&dense, seed), labels))
}

/// The terms of outcome `k` as `issue = option label` pairs.
fn offered_terms(space: &OutcomeSpace, labels: &[Vec<String>], k: usize) -> Vec<(String, String)> {
    space
        .outcome(k)
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let label = labels
                .get(i)
                .and_then(|l| l.get(o as usize))
                .cloned()
                .unwrap_or_default();
            (space.issues.get(i).cloned().unwrap_or_default(), label)
        })
        .collect()
}

fn party_indices(
    space: &OutcomeSpace,
    list: Option<&str>,
    path: &Path,
) -> anyhow::Result<Vec<usize>> {
    match list {
        None => Ok((0..space.parties.len()).collect()),
        Some(l) => l
            .split(',')
            .map(|id| {
                let id = id.trim();
                space.parties.iter().position(|p| p == id).ok_or_else(|| {
                    anyhow::anyhow!(
                        "{}: no party '{id}' (parties: {})",
                        path.display(),
                        space.parties.join(", ")
                    )
                })
            })
            .collect(),
    }
}

fn parse_strategies(s: &str) -> anyhow::Result<Vec<Strategy>> {
    if s.trim().eq_ignore_ascii_case("all") {
        return Ok(Strategy::all());
    }
    s.split(',')
        .filter(|x| !x.trim().is_empty())
        .map(|x| Strategy::parse(x).map_err(anyhow::Error::from))
        .collect()
}

fn check_discount(d: Option<f64>) -> anyhow::Result<()> {
    if let Some(d) = d {
        if !(d > 0.0 && d <= 1.0) {
            anyhow::bail!("--discount must be in (0, 1], got {d}");
        }
    }
    Ok(())
}

pub fn simulate(a: SimulateArgs) -> anyhow::Result<()> {
    check_discount(a.discount)?;
    let (space, labels) = load_space(&a.scenario, a.seed)?;
    let parties = party_indices(&space, a.parties.as_deref(), &a.scenario)?;
    let strategies = parse_strategies(&a.strategies)?;
    if strategies.is_empty() {
        anyhow::bail!("--strategies is empty");
    }
    if parties.len() < 2 {
        anyhow::bail!("a negotiation needs at least two parties");
    }
    let proto = Protocol {
        steps: a.steps,
        discount: a.discount,
    };
    let result = if parties.len() == 2 {
        let s = [strategies[0], strategies[1 % strategies.len()]];
        negotiation::alternating_offers(&space, [parties[0], parties[1]], s, &proto, a.trace)
    } else {
        if parties.len() != space.parties.len() {
            anyhow::bail!("the mediated negotiation takes every party of the scenario");
        }
        negotiation::single_text(&space, &strategies, &proto, a.seed)
    };
    match a.format {
        Format::Json | Format::Jsonl => {
            let v = serde_json::json!({
                "protocol": if parties.len() == 2 { "alternating-offers" } else { "single-negotiating-text" },
                "parties": parties.iter().map(|&p| space.parties[p].clone()).collect::<Vec<_>>(),
                "outcomes": space.n_outcomes(),
                "sampled_outcome_space": space.sampled,
                "result": result,
                "offers": result.trace.iter().map(|&(step, p, k)| serde_json::json!({
                    "step": step,
                    "party": space.parties[p],
                    "terms": offered_terms(&space, &labels, k)
                        .into_iter()
                        .map(|(i, o)| (i, serde_json::Value::String(o)))
                        .collect::<serde_json::Map<String, serde_json::Value>>(),
                    "utilities": parties.iter().map(|&q| space.utility(q, k)).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            });
            println!("{}", serde_json::to_string(&v)?);
        }
        Format::Table => {
            println!(
                "{} between {} ({} outcomes{})",
                if parties.len() == 2 {
                    "alternating offers"
                } else {
                    "single negotiating text"
                },
                parties
                    .iter()
                    .map(|&p| space.parties[p].as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                space.n_outcomes(),
                if space.sampled { ", sampled" } else { "" }
            );
            for (k, &p) in parties.iter().enumerate() {
                println!(
                    "  {:<20} {:<14} utility {:.3}",
                    space.parties[p],
                    result.strategies.get(k).cloned().unwrap_or_default(),
                    result.utilities.get(k).copied().unwrap_or(f64::NAN)
                );
            }
            if result.agreement {
                println!("agreement after {} steps:", result.steps);
                for (issue, option) in &result.outcome {
                    println!("  {issue} = {option}");
                }
            } else {
                println!("no agreement by the deadline ({} steps)", result.steps);
            }
            for (step, p, k) in &result.trace {
                let us: Vec<String> = parties
                    .iter()
                    .map(|&q| format!("{:.3}", space.utility(q, *k)))
                    .collect();
                let terms: Vec<String> = offered_terms(&space, &labels, *k)
                    .into_iter()
                    .map(|(i, o)| format!("{i}={o}"))
                    .collect();
                println!(
                    "{}",
                    terminal_safe(&format!(
                        "  step {step:>4}: {} offers {} ({})",
                        space.parties[*p],
                        terms.join(", "),
                        us.join(", ")
                    ))
                );
            }
        }
    }
    Ok(())
}

pub fn tournament(a: TournamentArgs) -> anyhow::Result<()> {
    check_discount(a.discount)?;
    let (space, _) = load_space(&a.scenario, a.seed)?;
    let parties = party_indices(&space, a.parties.as_deref(), &a.scenario)?;
    if parties.len() < 2 {
        anyhow::bail!("a tournament needs two parties");
    }
    let strategies = parse_strategies(&a.strategies)?;
    if strategies.is_empty() {
        anyhow::bail!("--strategies is empty");
    }
    let proto = Protocol {
        steps: a.steps,
        discount: a.discount,
    };
    let total = (strategies.len() * strategies.len()) as u64;
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} pairings {elapsed}")
            .context("progress bar template")?,
    );
    let start = std::time::Instant::now();
    let result = negotiation::tournament(
        &space,
        [parties[0], parties[1]],
        &strategies,
        &proto,
        a.repeats,
        a.seed,
        &mut |done, _| bar.set_position(done as u64),
    );
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    match a.format {
        Format::Json | Format::Jsonl => println!("{}", serde_json::to_string(&result)?),
        Format::Table => {
            println!(
                "{} vs {}: {} outcomes{}, Nash point {}",
                result.parties[0],
                result.parties[1],
                result.outcomes,
                if result.sampled_outcome_space {
                    " (sampled)"
                } else {
                    ""
                },
                result
                    .nash_point
                    .as_ref()
                    .map(|n| format!("({:.3}, {:.3})", n[0], n[1]))
                    .unwrap_or_else(|| "none".into())
            );
            println!(
                "{:<14} {:<14} {:>6} {:>9} {:>9} {:>7} {:>9}",
                "first", "second", "agree", "u first", "u second", "steps", "to Nash"
            );
            for p in &result.pairings {
                println!(
                    "{:<14} {:<14} {:>5.0}% {:>9.3} {:>9.3} {:>7.1} {:>9}",
                    p.first,
                    p.second,
                    100.0 * p.agreement_rate,
                    p.mean_utility_first,
                    p.mean_utility_second,
                    p.mean_steps,
                    p.mean_nash_distance
                        .map(|d| format!("{d:.3}"))
                        .unwrap_or_else(|| "-".into())
                );
            }
            println!(
                "{} negotiation steps in {:.3} s ({:.0} steps/s)",
                result.total_steps,
                secs,
                result.total_steps as f64 / secs.max(1e-9)
            );
        }
    }
    Ok(())
}
