//! `detente`: the command-line front end. Thin by design: parse arguments, call the
//! library crates, print. Each subcommand lives in `cmd/<name>.rs` with its own `Args`.

mod cmd;

use clap::{CommandFactory, Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "detente",
    version,
    about = "Follow negotiations from news reports to the deals that could work",
    long_about = "detente reads news articles into an evidence store (actors, quotes, dates, \
                  claims, each pointing back to its article and byte span), analyses \
                  negotiation scenarios (utilities, zone of agreement, exact Pareto frontier, \
                  bargaining solutions, logrolls, Monte Carlo robustness), forecasts where \
                  collective decisions land, simulates bargaining, and reports it all as one \
                  HTML page or a local dashboard.",
    after_help = "Examples:\n  detente demo\n  detente extract --format jsonl articles/\n  \
                  detente ingest --db talks.db articles/\n  detente quotes --db talks.db --speaker Peskov\n  \
                  detente analyze examples/ukraine-2025/scenario.toml\n  \
                  detente report --scenario scenario.toml --db talks.db -o report.html"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole pipeline on the bundled examples and write the report.
    Demo(cmd::demo::Args),
    /// Extract evidence records from articles (no database).
    Extract(cmd::extract::Args),
    /// Store articles and their evidence in the database (idempotent).
    Ingest(cmd::ingest::Args),
    /// List stored quotes.
    Quotes(cmd::query::QuotesArgs),
    /// List stored actors.
    Actors(cmd::query::ActorsArgs),
    /// Dated events and quotes in time order.
    Timeline(cmd::query::TimelineArgs),
    /// Full-text search over articles and quotes.
    Search(cmd::query::SearchArgs),
    /// Analyse a scenario: utilities, acceptability, zone of agreement, Pareto frontier, solutions.
    Analyze(cmd::analyze::Args),
    /// Check a scenario file and report every problem found.
    Validate(cmd::analyze::ValidateArgs),
    /// Convert a GENIUS domain (domain XML + preference profiles) into a scenario.
    ImportGenius(cmd::genius::ImportArgs),
    /// Write a scenario as GENIUS XML (domain + one profile per party).
    ExportGenius(cmd::genius::ExportArgs),
    /// Forecast where collective decisions land (compromise, eum, exchange, smp).
    Forecast(cmd::forecast::Args),
    /// Simulate one negotiation between agents.
    Simulate(cmd::simulate::SimulateArgs),
    /// Every strategy against every other, repeated with seeds.
    Tournament(cmd::simulate::TournamentArgs),
    /// Each party's stated positions per issue, from the evidence store.
    Positions(cmd::positions::Args),
    /// Draft a scenario from the evidence store.
    Scenario(cmd::positions::ScenarioArgs),
    /// Write the self-contained HTML report.
    Report(cmd::report::Args),
    /// Serve the local web dashboard.
    Serve(cmd::serve::Args),
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DETENTE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Demo(a) => cmd::demo::run(a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Quotes(a) => cmd::query::quotes(a),
        Command::Actors(a) => cmd::query::actors(a),
        Command::Timeline(a) => cmd::query::timeline(a),
        Command::Search(a) => cmd::query::search(a),
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Validate(a) => cmd::analyze::validate(a),
        Command::ImportGenius(a) => cmd::genius::import(a),
        Command::ExportGenius(a) => cmd::genius::export(a),
        Command::Forecast(a) => cmd::forecast::run(a),
        Command::Simulate(a) => cmd::simulate::simulate(a),
        Command::Tournament(a) => cmd::simulate::tournament(a),
        Command::Positions(a) => cmd::positions::run(a),
        Command::Scenario(a) => cmd::positions::scenario(a),
        Command::Report(a) => cmd::report::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "detente",
                &mut std::io::stdout(),
            );
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // `{:#}` prints the whole context chain on one line: "file:line:col: what".
            eprintln!("detente: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
