//! `detente`: the command-line front end. Thin by design: parse arguments, call the
//! library crates, print. Each subcommand lives in `cmd/<name>.rs` with its own `Args`.

mod cmd;
#[cfg(test)]
mod help_test;

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
    #[command(
        after_help = "Examples:\n  detente extract --format jsonl articles/\n  detente extract --date 2025-07-24 --format table story.txt\n  detente extract feed.jsonl > evidence.jsonl"
    )]
    Extract(cmd::extract::Args),
    /// Store articles and their evidence in the database (idempotent).
    #[command(
        after_help = "Examples:\n  detente ingest articles/\n  detente ingest --db talks.db feed.jsonl more/\n\nRunning it again on the same input adds nothing; a run stopped at any moment is completed by the next."
    )]
    Ingest(cmd::ingest::Args),
    /// Fetch RSS/Atom feeds and article pages into the database (polite, incremental).
    #[command(
        after_help = "Examples:\n  detente fetch --db talks.db https://example.org/world/rss.xml\n  detente fetch --db talks.db --feeds feeds.txt\n\nA re-run asks each URL only whether it changed (state in DB.feeds.json); see docs/feeds.md."
    )]
    Fetch(cmd::fetch::Args),
    /// Follow feeds, pages and folders: store new articles as they appear.
    #[command(
        after_help = "Examples:\n  detente watch --db talks.db --feeds feeds.txt inbox/\n  detente watch --db talks.db --once https://example.org/rss.xml\n\nEach pass prints one line per new article and the new quotes per side since the last pass."
    )]
    Watch(cmd::watch::Args),
    /// The known events that date undated articles.
    #[command(
        after_help = "Examples:\n  detente chronology --grep Istanbul\n  detente chronology --chronology my-events.tsv --format json\n\nAn article with no date of its own is dated by the event it names and dates by weekday or month-day; see docs/extraction.md."
    )]
    Chronology(cmd::chronology::Args),
    /// List stored quotes.
    #[command(
        after_help = "Examples:\n  detente quotes --speaker Peskov\n  detente quotes --db talks.db --affiliation Russia --since 2025-07-01\n  detente quotes --format json > quotes.json\n  detente quotes reject --db talks.db 17 --note \"a headline\"\n  detente quotes speaker --db talks.db 17 \"Marco Rubio\""
    )]
    Quotes(cmd::review::QuotesCmd),
    /// List stored actors.
    #[command(
        after_help = "Examples:\n  detente actors\n  detente actors --db talks.db --affiliation Ukraine --format json\n  detente actors merge --db talks.db 12 40 --note \"same person\"\n  detente actors set --db talks.db 12 --affiliation USA"
    )]
    Actors(cmd::review::ActorsCmd),
    /// Correct a date expression: reject it or set what it means.
    #[command(
        after_help = "Examples:\n  detente dates reject --db talks.db 42\n  detente dates resolve --db talks.db 42 2025-06-02 --note \"the talks' Monday\""
    )]
    Dates(cmd::review::DatesCmd),
    /// Correct a stance read against a scenario (keys from `positions --format json`).
    #[command(
        after_help = "Examples:\n  detente stances reject --db talks.db 'quote:<sha256>:10-80#crimea'\n  detente stances set --db talks.db KEY --polarity rejects"
    )]
    Stances(cmd::review::StancesCmd),
    /// The analyst's corrections: list, export and import as JSONL, orphans.
    #[command(
        after_help = "Examples:\n  detente corrections list --db talks.db\n  detente corrections export --db talks.db > corrections.jsonl\n  detente corrections import --db rebuilt.db corrections.jsonl\n  detente corrections orphans --db rebuilt.db"
    )]
    Corrections(cmd::corrections::CorrectionsCmd),
    /// Dated events and quotes in time order.
    #[command(
        after_help = "Examples:\n  detente timeline\n  detente timeline --db talks.db --since 2025-01-01 --until 2025-12-31"
    )]
    Timeline(cmd::query::TimelineArgs),
    /// Full-text search over articles and quotes.
    #[command(
        after_help = "Examples:\n  detente search \"NATO membership\"\n  detente search --db talks.db 'NEAR(ceasefire Donbas, 5)'"
    )]
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
    #[command(
        after_help = "Examples:\n  detente forecast examples/ukraine-2025/scenario.toml --model eum\n  detente forecast actors.csv --model eum --rounds 10 --format json\n  detente forecast dummyData_3Dim.csv --model smp\n  detente forecast sample_data.txt --model exchange"
    )]
    Forecast(cmd::forecast::Args),
    /// Simulate one negotiation between agents.
    #[command(
        after_help = "Examples:\n  detente simulate examples/labour-2024/scenario.toml\n  detente simulate scenario.toml --format json"
    )]
    Simulate(cmd::simulate::SimulateArgs),
    /// Every strategy against every other, repeated with seeds.
    #[command(
        after_help = "Examples:\n  detente tournament examples/labour-2024/scenario.toml\n  detente tournament scenario.toml --format json"
    )]
    Tournament(cmd::simulate::TournamentArgs),
    /// Each party's stated positions per issue, from the evidence store.
    #[command(
        after_help = "Examples:\n  detente positions --db talks.db --scenario examples/ukraine-2025/scenario.toml\n  detente positions --db talks.db --scenario scenario.toml --party russia --issue nato --format json"
    )]
    Positions(cmd::positions::Args),
    /// Draft a scenario from the evidence store.
    #[command(after_help = "Examples:\n  detente scenario draft --db talks.db -o draft.toml")]
    Scenario(cmd::positions::ScenarioArgs),
    /// Write the self-contained HTML report.
    Report(cmd::report::Args),
    /// Serve the local web dashboard.
    Serve(cmd::serve::Args),
    /// Print shell completions.
    Completions {
        /// The shell to print completions for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Output piped into `head` or `less` that closes early should end detente quietly, as it
/// ends other command-line tools, rather than as a failed write deep in some command.
#[cfg(unix)]
fn quit_quietly_on_closed_pipe() {
    // SAFETY: restoring the default disposition of SIGPIPE at start-up, before any thread
    // exists, has no memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// The error and its causes on one line ("file:line:col: what: why"), leaving out a cause
/// whose text the line already holds (many errors name their source in their own message).
fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

fn main() -> ExitCode {
    #[cfg(unix)]
    quit_quietly_on_closed_pipe();
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
        Command::Fetch(a) => cmd::fetch::run(a),
        Command::Watch(a) => cmd::watch::run(a),
        Command::Chronology(a) => cmd::chronology::run(a),
        Command::Quotes(a) => cmd::review::quotes(a),
        Command::Actors(a) => cmd::review::actors(a),
        Command::Dates(a) => cmd::review::dates(a),
        Command::Stances(a) => cmd::review::stances(a),
        Command::Corrections(a) => cmd::corrections::run(a),
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
            eprintln!("detente: error: {}", one_line(&e));
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_error_line_does_not_repeat_its_cause() {
        let io = std::io::Error::other("disk full");
        let e = anyhow::Error::new(io).context("t.db: disk full");
        assert_eq!(super::one_line(&e), "t.db: disk full");
        let e = anyhow::anyhow!("disk full").context("cannot write r.html");
        assert_eq!(super::one_line(&e), "cannot write r.html: disk full");
    }
}
