//! `detente demo`: the whole pipeline on the examples built into the binary.
//!
//! Writes the examples to `OUT/examples/`, ingests every example article into
//! `OUT/detente.db`, analyses and forecasts every example scenario, and writes one HTML
//! report per scenario (`OUT/report.html` for the first, Ukraine 2025).
use anyhow::Context;
use detente_analysis::{analyze_scenario, AnalysisOptions, ScenarioAnalysis};
use detente_forecast::{ForecastOptions, ModelKind};
use detente_ingest::{ingest_paths, IngestEvent, IngestOptions};
use detente_model::Scenario;
use detente_report::adapt::{build_report, ReportOptions};
use detente_store::Store;
use detente_text::extract::Extractor;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/examples.rs"));
}

#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  detente demo\n  detente demo --out /tmp/talks\n\n\
    Everything the demo writes goes into the --out folder: the example files, the evidence \
    database (detente.db), the analyses and forecasts as JSON, and the HTML reports."
)]
pub struct Args {
    /// Folder for the demo outputs (database, report, JSON).
    #[arg(long, default_value = "detente-demo")]
    pub out: PathBuf,
    /// Monte Carlo draws for the robustness analysis.
    #[arg(long, default_value_t = 2000)]
    pub draws: u64,
}

/// The scenario whose report is `report.html`; the others get `report-<name>.html`.
const MAIN_EXAMPLE: &str = "ukraine-2025";

pub fn run(args: Args) -> anyhow::Result<()> {
    let out = &args.out;
    let examples = out.join("examples");
    write_examples(&examples)?;
    println!("examples written to {}", examples.display());

    let mut main_report = None;
    // The main example's report is written last, so that it can link every other report.
    let mut pending_main: Option<(detente_report::ReportData, PathBuf)> = None;
    let mut others: Vec<detente_report::RelatedReport> = Vec::new();
    for name in example_names() {
        let scenario_path = examples.join(&name).join("scenario.toml");
        if !scenario_path.is_file() {
            continue;
        }
        let scenario = Scenario::load(&scenario_path)
            .with_context(|| format!("loading {}", scenario_path.display()))?;
        println!();
        println!("{}", scenario.meta.title);
        // Each example keeps its own evidence, so one negotiation's quotes never show up in
        // another's report.
        let db = if name == MAIN_EXAMPLE {
            out.join("detente.db")
        } else {
            out.join(format!("{name}.db"))
        };
        let store = ingest_example(&examples.join(&name).join("articles"), &db)?;
        let options = AnalysisOptions {
            draws: args.draws,
            ..AnalysisOptions::default()
        };
        let analysis = analyze_scenario(&scenario, &options, None)
            .with_context(|| format!("analysing {}", scenario_path.display()))?;
        write_json(&out.join(format!("{name}-analysis.json")), &analysis)?;
        print_summary(&analysis);

        if let Some((stakeholders, _)) = detente_forecast::scenario::from_scenario(&scenario) {
            for kind in [ModelKind::Compromise, ModelKind::Eum] {
                let forecast =
                    detente_forecast::run(kind, &stakeholders, &ForecastOptions::default())
                        .with_context(|| format!("forecasting {}", scenario_path.display()))?;
                let label = format!("{kind:?}").to_lowercase();
                write_json(
                    &out.join(format!("{name}-forecast-{label}.json")),
                    &forecast,
                )?;
                print_forecast(&label, &forecast);
            }
        }

        let report_options = ReportOptions {
            draws: args.draws,
            ..ReportOptions::default()
        };
        let data = build_report(
            &scenario,
            store.as_ref().map(|s| s as &dyn detente_store::StoreRead),
            &report_options,
        )?;
        let report_path = if name == MAIN_EXAMPLE {
            out.join("report.html")
        } else {
            out.join(format!("report-{name}.html"))
        };
        if name == MAIN_EXAMPLE {
            pending_main = Some((data, report_path.clone()));
        } else {
            write_report(&data, &report_path)?;
            others.push(detente_report::RelatedReport {
                title: scenario.meta.title.clone(),
                href: format!("report-{name}.html"),
            });
        }
        println!("  report: {}", report_path.display());
        if name == MAIN_EXAMPLE || main_report.is_none() {
            main_report = Some(report_path);
        }
    }
    if let Some((mut data, path)) = pending_main {
        data.related = others;
        write_report(&data, &path)?;
    }
    if let Some(path) = main_report {
        let shown = path.canonicalize().unwrap_or(path);
        println!("\nOpen the report: {}", shown.display());
    }
    Ok(())
}

/// Ingests an example's articles (if it has any) into its own database.
fn write_report(data: &detente_report::ReportData, path: &Path) -> anyhow::Result<()> {
    let html = detente_report::render_report(data);
    // The demo's folder is its own: a rerun replaces its files, each whole.
    super::files::write_atomic(path, html.as_bytes(), true, &[])
}

fn ingest_example(articles: &Path, db: &Path) -> anyhow::Result<Option<Store>> {
    if !articles.is_dir() {
        return Ok(None);
    }
    let store = Store::open(db)?;
    let mut warnings = Vec::new();
    ingest_paths(
        &store,
        &[articles.to_path_buf()],
        &Extractor::new(),
        &IngestOptions::default(),
        &mut |event| {
            if let IngestEvent::Warning {
                path,
                line,
                message,
            } = event
            {
                warnings.push(match line {
                    Some(l) => format!("{}:{l}: {message}", path.display()),
                    None => format!("{}: {message}", path.display()),
                });
            }
        },
    )
    .with_context(|| format!("ingesting {} into {}", articles.display(), db.display()))?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let stats = store.stats()?;
    println!(
        "  evidence: {} articles, {} actors, {} quotes, {} claims, {} dates in {}",
        stats.articles,
        stats.actors,
        stats.quotes,
        stats.claims,
        stats.dates,
        db.display()
    );
    Ok(Some(store))
}

/// Example folder names, the main example first.
fn example_names() -> Vec<String> {
    let mut names: Vec<String> = embedded::EXAMPLES
        .iter()
        .filter_map(|(rel, _)| rel.split('/').next().map(str::to_string))
        .filter(|n| !n.contains('.'))
        .collect();
    names.sort();
    names.dedup();
    names.sort_by_key(|n| n != MAIN_EXAMPLE);
    names
}

fn write_examples(dir: &Path) -> anyhow::Result<()> {
    for (rel, bytes) in embedded::EXAMPLES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        super::files::write_atomic(&path, bytes, true, &[])?;
    }
    Ok(())
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    super::files::write_atomic(path, text.as_bytes(), true, &[])
}

fn print_summary(a: &ScenarioAnalysis) {
    let names: Vec<&str> = a.parties.iter().map(|p| p.name.as_str()).collect();
    println!(
        "  {} parties, {} issues, {} outcomes, {} proposals",
        a.parties.len(),
        a.issues.len(),
        a.outcome_count
            .map_or_else(|| "more than 2^64".to_string(), |n| n.to_string()),
        a.proposals.len()
    );
    for p in &a.proposals {
        let who: Vec<&str> = names
            .iter()
            .zip(&p.acceptable)
            .filter(|(_, ok)| **ok)
            .map(|(n, _)| *n)
            .collect();
        let verdict = if p.no_deal {
            "the walk-away baseline (no agreement)".to_string()
        } else if p.acceptable_to_all {
            "acceptable to all".to_string()
        } else if who.is_empty() {
            "acceptable to none".to_string()
        } else {
            format!("acceptable to {}", who.join(", "))
        };
        println!("  {:<40} {verdict}", truncate(&p.name, 40));
    }
    match a.zone_of_agreement.count {
        Some(0) => println!("  zone of possible agreement: empty"),
        Some(n) => println!("  zone of possible agreement: {n} outcomes"),
        None => {}
    }
    if let Some(n) = a.frontier_size {
        println!("  Pareto frontier: {n} points");
    }
    for s in a.solutions.iter().filter(|s| s.solution == "nash") {
        let u: Vec<String> = names
            .iter()
            .zip(&s.utilities)
            .map(|(n, u)| format!("{n} {u:.2}"))
            .collect();
        println!("  Nash solution: {}", u.join(", "));
    }
}

fn print_forecast(label: &str, f: &detente_forecast::Forecast) {
    let finals: Vec<String> = f
        .issues
        .iter()
        .filter_map(|i| {
            i.rounds
                .last()
                .map(|r| format!("{} {:.1}", i.issue, r.mean))
        })
        .collect();
    println!("  forecast ({label}): {}", finals.join(", "));
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
