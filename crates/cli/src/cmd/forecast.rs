//! `detente forecast`.
use super::output::{terminal_safe, Format};
use anyhow::Context;
use detente_forecast::{montecarlo, ForecastOptions, ModelKind, ScaleLabels, Stakeholders};
use detente_report::csv::csv_row;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A scenario TOML (its [stakeholders]), a stakeholder CSV (Actor,Capability,Position,Salience),
    /// a KTAB CSV/XML, or an exchange-model data file (#A/#P/#M/#D rows).
    pub input: PathBuf,
    /// compromise | eum | exchange | smp
    #[arg(long, default_value = "compromise")]
    pub model: String,
    /// Rounds for the round-based models (EUM and exchange: rounds to run, default 10;
    /// SMP: the most steps before it stops, default 100, it stops earlier on convergence).
    #[arg(long)]
    pub rounds: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// `reference` follows the peer implementation the model is checked against (default);
    /// `paper` follows the published text where they differ (see docs/forecast.md).
    #[arg(long, default_value = "reference")]
    pub variant: String,
    /// Monte Carlo draws over the uncertain inputs (0 = point forecast only).
    #[arg(long, default_value_t = 0)]
    pub draws: usize,
    /// Seed for Monte Carlo draws and the models' random tie-breaking.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Relative uncertainty of capabilities and saliences for the Monte Carlo draws when
    /// the input carries none (e.g. 0.1 = ±10% standard deviation).
    #[arg(long)]
    pub jitter: Option<f64>,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let kind: ModelKind = a.model.parse().map_err(|e: String| anyhow::anyhow!(e))?;
    let paper_variant = match a.variant.to_ascii_lowercase().as_str() {
        "reference" | "ref" | "default" => false,
        "paper" => true,
        other => anyhow::bail!("unknown --variant '{other}' (expected reference or paper)"),
    };
    let (data, uncertainty, scales) = read_input(&a.input)?;
    let opts = ForecastOptions {
        rounds: a.rounds,
        paper_variant,
        seed: a.seed,
    };
    let mut forecast = detente_forecast::run(kind, &data, &opts)
        .with_context(|| format!("{}: {} model", a.input.display(), a.model))?;
    if a.draws > 0 {
        let jitter = a.jitter.unwrap_or(0.1);
        let spec = uncertainty.unwrap_or_else(|| montecarlo::Uncertainty::relative(&data, jitter));
        montecarlo::attach(&mut forecast, kind, &data, &opts, &spec, a.draws, a.seed)
            .with_context(|| format!("{}: Monte Carlo", a.input.display()))?;
    }
    // The scenario's words for each scale's ends and options, and the nearest option to
    // every forecast position.
    forecast.label_scales(&scales);
    match a.format {
        Format::Json | Format::Jsonl => println!("{}", serde_json::to_string(&forecast)?),
        Format::Csv => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            super::output::quiet_on_closed_pipe(
                write_csv(&mut out, &forecast).and_then(|()| out.flush()),
            )?;
        }
        Format::Table => print!("{}", terminal_safe(&forecast.to_table())),
    }
    Ok(())
}

/// The forecast as CSV: one row per issue, round and actor with the actor's position and the
/// round's weighted mean and median.
fn write_csv(out: &mut impl Write, f: &detente_forecast::Forecast) -> std::io::Result<()> {
    csv_row(
        out,
        &[
            "model", "issue", "round", "actor", "position", "mean", "median",
        ],
    )?;
    for issue in &f.issues {
        for r in &issue.rounds {
            for (actor, position) in &r.positions.0 {
                csv_row(
                    out,
                    &[
                        f.model.clone(),
                        issue.issue.clone(),
                        r.round.to_string(),
                        actor.clone(),
                        position.to_string(),
                        r.mean.to_string(),
                        r.median.to_string(),
                    ],
                )?;
            }
        }
    }
    Ok(())
}

/// A stakeholder table, the uncertainty of its estimates (scenarios only) and each issue's
/// scale words.
type ForecastInput = (
    Stakeholders,
    Option<montecarlo::Uncertainty>,
    Vec<(String, ScaleLabels)>,
);

/// Reads a stakeholder table from any supported file; scenario TOML files give their
/// stakeholders, the uncertainty of their estimates and their scales' words.
fn read_input(path: &std::path::Path) -> anyhow::Result<ForecastInput> {
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if is_toml {
        let sc = detente_model::Scenario::load(path)?;
        let (data, unc) = detente_forecast::scenario::from_scenario(&sc).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: the scenario has no [[stakeholders.actors]] to forecast with (see docs/scenario.md)",
                path.display()
            )
        })?;
        return Ok((
            data,
            Some(unc),
            detente_forecast::scenario::scale_labels(&sc),
        ));
    }
    Ok((Stakeholders::read_file(path)?, None, Vec::new()))
}
