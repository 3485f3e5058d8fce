//! `detente ingest`: read articles, extract evidence, store both (idempotent, resumable).
use anyhow::Context;
use detente_ingest::{ingest_paths_into, IngestEvent, IngestOptions};
use detente_store::{AnyStore, DayRange, EvidenceSink};
use detente_text::extract::Extractor;
use detente_text::read::ReadOptions;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::time::Duration;

/// Warnings printed one by one; past this only their number is reported.
const MAX_PRINTED_WARNINGS: u64 = 50;

#[derive(clap::Args)]
pub struct Args {
    /// Article files or folders (.txt, .html, .htm, .jsonl); with --evidence, evidence
    /// files or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The inputs are evidence streams (`detente extract --with-text`, or `extract -`):
    /// store them as they are, without extracting again.
    #[arg(long)]
    pub evidence: bool,
    /// The database file (created if missing), or a PostgreSQL database's URL
    /// (postgres://user@host/db, postgresql:///db?host=/run/postgresql); default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Publication date for articles that carry none (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
    /// Articles per transaction (a kill loses at most the batch being written).
    #[arg(long, default_value_t = 512)]
    pub batch: usize,
    /// Do not show the progress spinner.
    #[arg(long, short)]
    pub quiet: bool,
    /// Articles larger than this many MiB are skipped with a warning.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub max_article_mib: usize,
    /// PostgreSQL: write one INSERT per row instead of loading each batch with COPY (both
    /// store the same; for measuring one against the other).
    #[arg(long)]
    pub row_inserts: bool,
    /// Extra known events (date<TAB>terms<TAB>summary lines) for dating undated articles.
    #[arg(long, value_name = "FILE")]
    pub chronology: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    if let Some(d) = &args.date {
        if DayRange::parse(d).is_none() {
            anyhow::bail!("--date {d:?}: expected YYYY-MM-DD (or YYYY-MM, YYYY)");
        }
    }
    if args.evidence {
        return super::ingest_evidence::run(&args);
    }
    // A mistyped path is a usage error, found before the database is created or touched.
    for p in &args.paths {
        std::fs::metadata(p).with_context(|| format!("{}: cannot read", p.display()))?;
    }
    let extractor = Extractor::new();
    let options = IngestOptions {
        read: ReadOptions {
            default_date: args.date.clone(),
            max_article_bytes: args.max_article_mib.saturating_mul(1 << 20),
            chronology: super::load_chronology(args.chronology.as_deref())?,
            // The store keeps the extracted body and offsets into it.
            html_raw_offsets: false,
        },
        batch_articles: args.batch.max(1),
        ..IngestOptions::default()
    };
    let db = super::db::location(args.db.as_deref())?;
    let created = !super::db::is_postgres(&db) && std::fs::symlink_metadata(&db).is_err();
    let store = super::db::open(&db)?;
    store.set_copy(!args.row_inserts);
    let result = store
        .try_clone()
        .map_err(anyhow::Error::from)
        .and_then(|lookup| {
            fill(
                &store,
                &lookup,
                &store.location(),
                &args,
                &extractor,
                &options,
            )
        });
    if result.is_err() && created {
        remove_if_empty(store, &db);
    }
    result
}

/// Removes a store this run created when nothing was stored in it, so a failed first
/// ingest leaves no empty database behind (with its WAL and shared-memory files).
pub(crate) fn remove_if_empty(store: AnyStore, db: &std::path::Path) {
    let empty = store.stats().is_ok_and(|s| s.articles == 0);
    drop(store);
    if !empty {
        return;
    }
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(name));
    }
}

fn fill(
    store: &dyn EvidenceSink,
    lookup: &dyn EvidenceSink,
    db_name: &str,
    args: &Args,
    extractor: &Extractor,
    options: &IngestOptions,
) -> anyhow::Result<()> {
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new_spinner()
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar.set_message("reading…");
    let mut printed = 0u64;
    let report = ingest_paths_into(
        store,
        lookup,
        &args.paths,
        extractor,
        options,
        &mut |event| match event {
            IngestEvent::Progress(p) => {
                let secs = p.elapsed.as_secs_f64().max(1e-9);
                bar.set_message(format!(
                    "{} articles ({} new), {:.1} MB, {:.1} MB/s",
                    p.articles_read,
                    p.stored.articles_new,
                    p.bytes_read as f64 / 1e6,
                    p.bytes_read as f64 / 1e6 / secs
                ));
            }
            IngestEvent::Warning {
                path,
                line,
                message,
            } => {
                printed += 1;
                if printed <= MAX_PRINTED_WARNINGS {
                    let at = line.map_or(String::new(), |l| format!(":{l}"));
                    bar.suspend(|| {
                        eprintln!("detente: warning: {}{at}: {message}", path.display())
                    });
                }
            }
        },
    );
    bar.finish_and_clear();
    let report = report?;
    if report.warnings > MAX_PRINTED_WARNINGS {
        eprintln!(
            "detente: warning: {} more warnings not shown",
            report.warnings - MAX_PRINTED_WARNINGS
        );
    }
    if report.articles_read == 0 {
        let paths: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        anyhow::bail!(
            "no article could be read from {} ({} warnings above)",
            paths.join(", "),
            report.warnings
        );
    }
    let s = &report.stored;
    println!(
        "{}: {} articles read ({:.1} MB in {:.1} s, {:.1} MB/s): {} new, {} already stored",
        db_name,
        report.articles_read,
        report.bytes_read as f64 / 1e6,
        report.elapsed.as_secs_f64(),
        report.mb_per_second(),
        s.articles_new,
        s.articles_skipped
    );
    println!(
        "stored {} quotes, {} claims, {} actor records ({} mentions), {} dates; {} warnings",
        s.quotes, s.claims, s.actors, s.mentions, s.dates, report.warnings
    );
    if s.invalid_spans > 0 {
        eprintln!(
            "detente: warning: {} records with spans outside their article were dropped",
            s.invalid_spans
        );
    }
    Ok(())
}
