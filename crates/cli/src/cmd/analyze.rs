//! `detente analyze` and `detente validate`.
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use detente_analysis::{analyze_scenario, AnalysisOptions, FrontierLimits, ScenarioAnalysis};
use detente_model::{LoadOptions, Scenario, Severity};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::output::{terminal_safe, Format};

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    detente analyze examples/ukraine-2025/scenario.toml\n  \
    detente analyze scenario.toml --format json --draws 10000 --seed 7\n  \
    detente analyze laptop.toml --format json --draws 0\n\n\
    Reports each proposal's utility and acceptability per party, the zone of possible \
    agreement (overall and per issue), the exact Pareto frontier (all parties, and every pair \
    when there are three or more), the Nash, Kalai-Smorodinsky, egalitarian and utilitarian \
    outcomes with their ties, logrolls that improve on each proposal, and a Monte Carlo over \
    the uncertain numbers. The JSON layout is documented in docs/analysis-json.md.")]
pub struct Args {
    /// Scenario TOML file.
    pub scenario: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Rescale weights that do not sum to 1 instead of failing.
    #[arg(long)]
    pub normalize: bool,
    /// Monte Carlo draws for the robustness analysis (0 to skip).
    #[arg(long, default_value_t = 2000)]
    pub draws: usize,
    /// Seed for the random draws (the same seed gives the same result).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Logrolls listed per proposal.
    #[arg(long, default_value_t = 5)]
    pub logrolls: usize,
    /// Frontier points listed per frontier in JSON (sizes are always exact).
    #[arg(long, default_value_t = 2000)]
    pub max_points: usize,
    /// Print only how long the frontier and Nash point took, and their size/utilities (for
    /// bench/compare_negmas.py).
    #[arg(long, hide = true)]
    pub bench_frontier: bool,
    /// When the exact all-party frontier is beyond its limits (many parties, huge spaces),
    /// sample this many outcomes for an approximate frontier, marked as such in the output.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub sample: usize,
    /// Limit: most points held while building an exact frontier.
    #[arg(long, value_name = "N", default_value_t = FrontierLimits::default().max_points)]
    pub max_frontier_points: usize,
    /// Limit: most memory (MiB) one exact frontier may hold (points, back-pointers, witness
    /// outcomes); past it the frontier is skipped with a note (see --sample).
    #[arg(long, value_name = "MIB", default_value_t = FrontierLimits::default().max_bytes >> 20)]
    pub max_frontier_mib: u64,
    /// Limit: most dominance tests for a frontier of three or more parties (about 1.5 s per 1e9).
    #[arg(long, value_name = "N", default_value_t = FrontierLimits::default().max_comparisons)]
    pub max_comparisons: u64,
    /// Limit: search nodes for each branch-and-bound search (zone of agreement, logrolls,
    /// Nash per Monte Carlo draw).
    #[arg(long, value_name = "N", default_value_t = AnalysisOptions::default().search_node_budget)]
    pub node_budget: u64,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  detente validate examples/ukraine-2025/scenario.toml\n\n\
    Prints every problem with file:line:column; exits non-zero when there is an error."
)]
pub struct ValidateArgs {
    /// Scenario TOML file.
    pub scenario: PathBuf,
    /// Rescale weights that do not sum to 1 instead of failing.
    #[arg(long)]
    pub normalize: bool,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let scenario = super::load_scenario(&a.scenario, a.normalize)?;
    if a.bench_frontier {
        return bench_frontier(&a, &scenario);
    }
    let options = AnalysisOptions {
        draws: a.draws as u64,
        seed: a.seed,
        logrolls_per_proposal: a.logrolls,
        max_listed_points: a.max_points,
        sample: a.sample,
        frontier_limits: FrontierLimits {
            max_points: a.max_frontier_points,
            max_comparisons: a.max_comparisons,
            max_bytes: a.max_frontier_mib.saturating_mul(1 << 20),
        },
        search_node_budget: a.node_budget,
        ..AnalysisOptions::default()
    };
    let bar = ProgressBar::with_draw_target(Some(a.draws as u64), ProgressDrawTarget::hidden());
    bar.set_style(
        ProgressStyle::with_template("Monte Carlo {bar:40} {pos}/{len} draws ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let interactive = std::io::stderr().is_terminal();
    let shown = std::sync::atomic::AtomicBool::new(false);
    let progress = |done: u64, _total: u64| {
        if !interactive {
            return;
        }
        if !shown.load(std::sync::atomic::Ordering::Relaxed)
            && started.elapsed() > Duration::from_secs(1)
            && !shown.swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        bar.set_position(done);
    };
    let analysis = analyze_scenario(&scenario, &options, Some(&progress))
        .with_context(|| format!("cannot analyse {}", a.scenario.display()))?;
    bar.finish_and_clear();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match a.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &analysis)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut out, &analysis)?;
            writeln!(out)?;
        }
        Format::Csv => write_csv(&mut out, &analysis)?,
        Format::Table => {
            let mut text = Vec::new();
            print_table(&mut text, &analysis)?;
            out.write_all(terminal_safe(&String::from_utf8_lossy(&text)).as_bytes())?;
        }
    }
    Ok(())
}

/// The analysis as CSV: one row per proposal and per bargaining solution, with the option
/// each settles on every issue (empty when open), each party's utility, whether each party
/// accepts (proposals only) and whether all do.
pub fn write_csv(out: &mut impl Write, a: &ScenarioAnalysis) -> std::io::Result<()> {
    let mut header: Vec<String> = vec!["kind".into(), "id".into(), "name".into()];
    header.extend(a.issues.iter().map(|i| format!("issue:{}", i.id)));
    header.extend(a.parties.iter().map(|p| format!("utility:{}", p.id)));
    header.extend(a.parties.iter().map(|p| format!("accepts:{}", p.id)));
    header.push("acceptable_to_all".into());
    detente_report::csv::csv_row(out, &header)?;
    let term = |terms: &[(String, Option<String>)], issue: &str| -> String {
        terms
            .iter()
            .find(|(i, _)| i == issue)
            .and_then(|(_, o)| o.clone())
            .unwrap_or_default()
    };
    for p in &a.proposals {
        let mut row = vec!["proposal".to_string(), p.id.clone(), p.name.clone()];
        row.extend(a.issues.iter().map(|i| term(&p.terms.0, &i.id)));
        row.extend(p.utilities.iter().map(|u| u.to_string()));
        row.extend(p.acceptable.iter().map(|b| b.to_string()));
        row.push(p.acceptable_to_all.to_string());
        detente_report::csv::csv_row(out, &row)?;
    }
    for s in &a.solutions {
        let mut row = vec![
            "solution".to_string(),
            s.solution.to_string(),
            s.title.to_string(),
        ];
        row.extend(a.issues.iter().map(|i| term(&s.outcome.0, &i.id)));
        row.extend(s.utilities.iter().map(|u| u.to_string()));
        row.extend(a.parties.iter().map(|_| String::new()));
        // A bargaining solution is chosen among outcomes acceptable to every party.
        row.push("true".into());
        detente_report::csv::csv_row(out, &row)?;
    }
    Ok(())
}

/// Two-party frontier and Nash point only, timed inside the process so that start-up and
/// loading do not count. Prints one JSON object.
fn bench_frontier(a: &Args, scenario: &Scenario) -> anyhow::Result<()> {
    let st = detente_analysis::scenario_table(scenario)
        .with_context(|| format!("cannot analyse {}", a.scenario.display()))?;
    let parties: Vec<usize> = (0..st.table.parties()).collect();
    let t0 = Instant::now();
    let f = detente_analysis::pareto_frontier(
        &st.table,
        &parties,
        detente_analysis::FrontierLimits::default(),
    )?;
    let s = detente_analysis::bargaining_solutions(&f, st.table.reservations());
    let secs = t0.elapsed().as_secs_f64();
    let nash = s
        .iter()
        .find(|s| s.kind == detente_analysis::SolutionKind::Nash)
        .map(|s| s.utilities.clone());
    println!(
        "{}",
        serde_json::json!({"seconds": secs, "frontier_size": f.len(), "nash": nash,
            "outcomes": st.table.outcome_count()})
    );
    Ok(())
}

pub fn validate(a: ValidateArgs) -> anyhow::Result<()> {
    let options = LoadOptions {
        normalize_weights: a.normalize,
    };
    match Scenario::load_with(&a.scenario, options) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                println!("{w}");
            }
            let s = &loaded.scenario;
            println!(
                "{}: ok ({} parties, {} issues, {} proposals{})",
                a.scenario.display(),
                s.parties.len(),
                s.issues.len(),
                s.proposals.len(),
                if loaded.warnings.is_empty() {
                    String::new()
                } else {
                    format!(", {} warnings", loaded.warnings.len())
                }
            );
            Ok(())
        }
        Err(e) => {
            let diags = e.diagnostics();
            if diags.is_empty() {
                anyhow::bail!("{e}");
            }
            for d in diags {
                println!("{d}");
            }
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            anyhow::bail!(
                "{}: {} error{} (see above)",
                a.scenario.display(),
                errors,
                if errors == 1 { "" } else { "s" }
            )
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn fmt_u(x: f64) -> String {
    format!("{x:.3}")
}

/// Prints an analysis as the readable report `detente analyze` shows (also used by `demo`).
pub fn print_table(out: &mut impl Write, a: &ScenarioAnalysis) -> anyhow::Result<()> {
    let names: Vec<&str> = a.parties.iter().map(|p| p.id.as_str()).collect();
    let col = names.iter().map(|n| n.len()).max().unwrap_or(0).max(7) + 2;
    if !a.title.is_empty() {
        writeln!(out, "{}", a.title)?;
        writeln!(out, "{}", "=".repeat(a.title.chars().count()))?;
    }
    writeln!(
        out,
        "{}, {}, {} outcomes",
        count(a.parties.len(), "party", "parties"),
        count(a.issues.len(), "issue", "issues"),
        a.outcome_count
            .map(|c| c.to_string())
            .unwrap_or_else(|| "more than 2^64".into())
    )?;
    writeln!(out)?;
    writeln!(out, "Walk-away (reservation) values")?;
    for p in &a.parties {
        writeln!(
            out,
            "  {:<w$} {}  (best possible {})",
            p.id,
            fmt_u(p.reservation),
            fmt_u(p.best_possible),
            w = col
        )?;
    }

    if !a.proposals.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "Proposals: utility per party (+ accepts: at or above its walk-away value, - rejects)"
        )?;
        let pw = a
            .proposals
            .iter()
            .map(|p| p.id.chars().count())
            .max()
            .unwrap_or(8)
            .max(8)
            + 2;
        write!(out, "  {:<pw$}", "proposal")?;
        for n in &names {
            write!(out, "{:>col$}", n)?;
        }
        writeln!(out, "  all")?;
        for p in &a.proposals {
            write!(out, "  {:<pw$}", p.id)?;
            for (u, ok) in p.utilities.iter().zip(&p.acceptable) {
                write!(
                    out,
                    "{:>col$}",
                    format!("{}{}", fmt_u(*u), if *ok { "+" } else { "-" })
                )?;
            }
            let mut extra = String::new();
            if !p.open_issues.is_empty() {
                extra.push_str(&format!("  (open: {})", p.open_issues.join(", ")));
            }
            if p.pareto_improvable == Some(true) && !p.no_deal {
                extra.push_str("  [improvable]");
            }
            writeln!(
                out,
                "  {}{}",
                if p.acceptable_to_all { "yes" } else { "no" },
                extra
            )?;
        }
    }

    writeln!(out)?;
    let z = &a.zone_of_agreement;
    match (z.count, z.share) {
        (Some(c), Some(s)) => writeln!(
            out,
            "Zone of possible agreement: {c} outcomes acceptable to every party ({:.2}% of all)",
            s * 100.0
        )?,
        (Some(c), None) => writeln!(
            out,
            "Zone of possible agreement: {c} outcomes acceptable to every party"
        )?,
        _ => writeln!(
            out,
            "Zone of possible agreement: too large to count exactly (see notes)"
        )?,
    }
    if let Some(r) = &z.utility_ranges {
        for (n, [lo, hi]) in names.iter().zip(r) {
            writeln!(
                out,
                "  {:<w$} utility {} .. {}",
                n,
                fmt_u(*lo),
                fmt_u(*hi),
                w = col
            )?;
        }
    }
    if z.count != Some(0) {
        writeln!(
            out,
            "  options on each issue that appear in some acceptable outcome:"
        )?;
        for (iz, issue) in z.issues.iter().zip(&a.issues) {
            let opts = iz
                .agreement_options
                .as_ref()
                .unwrap_or(&iz.reachable_options);
            let text = if opts.is_empty() {
                "(none)".to_string()
            } else if opts.len() == issue.options.len() {
                "any".to_string()
            } else {
                opts.join(", ")
            };
            writeln!(out, "    {}: {}", iz.issue, text)?;
        }
    }

    writeln!(out)?;
    match &a.frontier {
        Some(f) => writeln!(
            out,
            "Pareto frontier (all parties): {}, {}",
            count(
                f.size,
                "distinct utility vector",
                "distinct utility vectors"
            ),
            outcome_total(f.outcomes)
        )?,
        None => match &a.sampled_frontier {
            Some(sf) => writeln!(
                out,
                "Pareto frontier (all parties): too large to compute exactly; {} non-dominated \
                 among {} sampled outcomes (approximate)",
                count(sf.points.len(), "point", "points"),
                sf.samples
            )?,
            None => writeln!(
                out,
                "Pareto frontier (all parties): not computed (see notes; --sample N approximates it)"
            )?,
        },
    }
    for f in &a.pair_frontiers {
        writeln!(
            out,
            "  {} / {}: {} points",
            f.parties.first().map(String::as_str).unwrap_or(""),
            f.parties.get(1).map(String::as_str).unwrap_or(""),
            f.size
        )?;
    }

    if !a.solutions.is_empty() {
        writeln!(out)?;
        writeln!(out, "Bargaining solutions (utilities per party)")?;
        write!(out, "  {:<28}", "solution")?;
        for n in &names {
            write!(out, "{:>col$}", n)?;
        }
        writeln!(out, "  ties")?;
        for s in &a.solutions {
            write!(out, "  {:<28}", s.title)?;
            for u in &s.utilities {
                write!(out, "{:>col$}", fmt_u(*u))?;
            }
            writeln!(out, "  {}", s.tied_outcomes.saturating_sub(1))?;
            let terms: Vec<String> = s
                .outcome
                .0
                .iter()
                .map(|(i, o)| format!("{i}={}", o.as_deref().unwrap_or("?")))
                .collect();
            writeln!(out, "      {}", terms.join("  "))?;
        }
    }

    let any_trades = a.logrolls.iter().any(|l| !l.trades.is_empty());
    if any_trades {
        writeln!(out)?;
        writeln!(
            out,
            "Logrolls: trades that leave every party at least as well off"
        )?;
        for l in &a.logrolls {
            let Some(best) = l.trades.first() else {
                continue;
            };
            let changes: Vec<String> = best
                .changes
                .iter()
                .map(|c| {
                    format!(
                        "{}: {} -> {}",
                        c.issue,
                        c.from.as_deref().unwrap_or("(open)"),
                        c.to
                    )
                })
                .collect();
            let gains: Vec<String> = best
                .improvements
                .iter()
                .map(|g| format!("{g:+.3}"))
                .collect();
            writeln!(
                out,
                "  from {}: gains [{}]{}",
                l.proposal,
                gains.join(", "),
                if l.exhaustive {
                    ""
                } else {
                    " (search cut short)"
                }
            )?;
            for c in changes {
                writeln!(out, "      {c}")?;
            }
        }
    }

    if let Some(r) = &a.robustness {
        writeln!(out)?;
        writeln!(
            out,
            "Robustness: {} over {} (seed {})",
            count(r.draws as usize, "Monte Carlo draw", "Monte Carlo draws"),
            count(r.uncertain_numbers, "uncertain number", "uncertain numbers"),
            r.seed
        )?;
        let pw = r
            .proposals
            .iter()
            .map(|p| p.proposal.chars().count())
            .max()
            .unwrap_or(8)
            .max(8)
            + 2;
        write!(out, "  {:<pw$}", "P(accept)")?;
        for n in &names {
            write!(out, "{:>col$}", n)?;
        }
        writeln!(out, "{:>8}", "all")?;
        for p in &r.proposals {
            write!(out, "  {:<pw$}", p.proposal)?;
            for x in &p.acceptance {
                write!(out, "{:>col$}", format!("{:.0}%", x * 100.0))?;
            }
            writeln!(out, "{:>8}", format!("{:.0}%", p.acceptance_by_all * 100.0))?;
        }
        if !r.nash_frequency.is_empty() {
            writeln!(out, "  Nash outcome across draws:")?;
            for f in r.nash_frequency.iter().take(3) {
                let terms: Vec<String> = f
                    .outcome
                    .0
                    .iter()
                    .map(|(i, o)| format!("{i}={}", o.as_deref().unwrap_or("?")))
                    .collect();
                writeln!(out, "    {:>5.1}%  {}", f.share * 100.0, terms.join("  "))?;
            }
        }
    }

    if !a.notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "Notes")?;
        for n in &a.notes {
            writeln!(out, "  - {n}")?;
        }
    }
    Ok(())
}

/// A count of outcomes that saturates at `u64::MAX` (multiplicities are summed saturating):
/// the saturated value is a lower bound, and is said to be one.
fn outcome_total(n: u64) -> String {
    if n == u64::MAX {
        format!("at least {n} outcomes (the count saturated)")
    } else {
        count(n as usize, "outcome", "outcomes")
    }
}

#[cfg(test)]
mod tests {
    use super::outcome_total;

    #[test]
    fn a_saturated_outcome_count_is_shown_as_a_lower_bound() {
        assert_eq!(outcome_total(3), "3 outcomes");
        assert!(outcome_total(u64::MAX).starts_with("at least 18446744073709551615"));
    }
}
