//! `detente report`.
use detente_report::adapt::{build_report, ReportOptions};
use std::path::PathBuf;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    detente report --scenario examples/ukraine-2025/scenario.toml -o report.html\n  \
    detente report --scenario scenario.toml --db talks.db --pair russia,ukraine -o report.html\n\n\
    Writes one self-contained HTML file (inline styles and SVG charts, no scripts, nothing \
    loaded from the network) that opens from disk and prints cleanly: overview and headline \
    findings, timeline, who said what, proposals x parties, the Pareto frontier of two \
    parties with the Nash, Kalai-Smorodinsky, egalitarian and utilitarian points, Monte Carlo \
    robustness, forecasts, and the articles with the extracted spans highlighted.")]
pub struct Args {
    /// Scenario TOML file.
    #[arg(long)]
    pub scenario: PathBuf,
    /// Evidence store to draw quotes, the timeline and articles from: an SQLite file or a
    /// PostgreSQL URL; default: $DETENTE_DB when set.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// The HTML file to write (refused if it exists, unless --force).
    #[arg(short = 'o', long, default_value = "report.html")]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// The two parties of the frontier chart, as `a,b` (ids or names); default the first two.
    #[arg(long, value_name = "A,B")]
    pub pair: Option<String>,
    /// Monte Carlo draws for the robustness chart (0 to skip).
    #[arg(long, default_value_t = 2000)]
    pub draws: u64,
    /// Seed for the Monte Carlo draws (the same seed gives the same report).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Most quotes included.
    #[arg(long, default_value_t = 400)]
    pub max_quotes: usize,
    /// Rescale weights that do not sum to 1 instead of failing.
    #[arg(long)]
    pub normalize: bool,
}

pub fn parse_pair(s: Option<&str>) -> anyhow::Result<Option<(String, String)>> {
    let Some(s) = s else { return Ok(None) };
    match s.split_once(',') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
            Ok(Some((a.trim().to_string(), b.trim().to_string())))
        }
        _ => anyhow::bail!(
            "--pair wants two parties separated by a comma, e.g. --pair russia,ukraine (got {s:?})"
        ),
    }
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let db = super::db::optional_location(a.db.as_deref());
    let mut inputs = vec![a.scenario.as_path()];
    inputs.extend(db.as_deref());
    super::files::check_output(&a.output, a.force, &inputs)?;
    let scenario = super::load_scenario(&a.scenario, a.normalize)?;
    let store = match &db {
        Some(db) => Some(super::db::open_read_only(db)?),
        None => None,
    };
    let options = ReportOptions {
        pair: parse_pair(a.pair.as_deref())?,
        draws: a.draws,
        seed: a.seed,
        max_quotes: a.max_quotes,
        ..ReportOptions::default()
    };
    let data = build_report(
        &scenario,
        store.as_ref().map(|s| s as &dyn detente_store::StoreRead),
        &options,
    )?;
    let html = detente_report::render_report(&data);
    super::files::write_atomic(&a.output, html.as_bytes(), a.force, &inputs)?;
    println!("{}", a.output.display());
    Ok(())
}
