//! `detente ingest --evidence`: store evidence streams extracted elsewhere (by
//! `detente extract --with-text` or `extract -`, on this machine or a cluster's workers).
use anyhow::Context;
use detente_store::{AnyStore, EvidenceReader, EvidenceReport};
use std::io::BufReader;

pub fn run(args: &super::ingest::Args) -> anyhow::Result<()> {
    let stdin = args.paths.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin > 1 {
        anyhow::bail!("`-` (standard input) can be given once");
    }
    for p in args.paths.iter().filter(|p| p.as_os_str() != "-") {
        let meta = std::fs::metadata(p).with_context(|| format!("{}: cannot read", p.display()))?;
        if meta.is_dir() {
            anyhow::bail!(
                "{}: a folder; --evidence takes evidence files (or - for standard input)",
                p.display()
            );
        }
    }
    let db = super::db::location(args.db.as_deref())?;
    let created = !super::db::is_postgres(&db) && std::fs::symlink_metadata(&db).is_err();
    let store = super::db::open(&db)?;
    store.set_copy(!args.row_inserts);
    let name = store.location();
    let result = fill(&store, args);
    if result.is_err() && created {
        super::ingest::remove_if_empty(store, &db);
    }
    let total = result?;
    let s = &total.stored;
    println!(
        "{}: {} articles loaded ({:.1} MB of text): {} new, {} already stored",
        name,
        total.articles_read,
        total.bytes_read as f64 / 1e6,
        s.articles_new,
        s.articles_skipped
    );
    println!(
        "stored {} quotes, {} claims, {} actor records ({} mentions), {} dates",
        s.quotes, s.claims, s.actors, s.mentions, s.dates
    );
    if s.invalid_spans > 0 {
        eprintln!(
            "detente: warning: {} records with spans outside their article were dropped",
            s.invalid_spans
        );
    }
    Ok(())
}

fn fill(store: &AnyStore, args: &super::ingest::Args) -> anyhow::Result<EvidenceReport> {
    let max_line = args.max_article_mib.saturating_mul(4 << 20);
    let mut total = EvidenceReport::default();
    for p in &args.paths {
        let report = if p.as_os_str() == "-" {
            let reader = EvidenceReader::new("-", std::io::stdin().lock(), max_line);
            store.ingest_evidence(reader, args.batch, &mut |_| {})?
        } else {
            let file =
                std::fs::File::open(p).with_context(|| format!("{}: cannot read", p.display()))?;
            let reader = EvidenceReader::new(
                p.display().to_string(),
                BufReader::with_capacity(1 << 16, file),
                max_line,
            );
            store.ingest_evidence(reader, args.batch, &mut |_| {})?
        };
        total.articles_read += report.articles_read;
        total.bytes_read += report.bytes_read;
        total.stored += report.stored;
    }
    Ok(total)
}
