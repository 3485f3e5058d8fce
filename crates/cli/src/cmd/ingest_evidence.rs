//! `detente ingest --evidence`: store evidence streams extracted elsewhere (by
//! `detente extract --with-text` or `extract -`, on this machine or a cluster's workers).
use anyhow::Context;
use detente_store::pg::PgStore;
use detente_store::{ingest_evidence, EvidenceReader, EvidenceReport, EvidenceSink, Store};
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
    let (total, name) = if let Some(url) = super::ingest::postgres_url(&args.db) {
        let store = PgStore::open(url)?;
        (fill(&store, args)?, store.display_url())
    } else {
        let created = std::fs::symlink_metadata(&args.db).is_err();
        let store = Store::open(&args.db)?;
        let result = fill(&store, args);
        if result.is_err() && created {
            super::ingest::remove_if_empty(store, &args.db);
        }
        (result?, args.db.display().to_string())
    };
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

fn fill(store: &dyn EvidenceSink, args: &super::ingest::Args) -> anyhow::Result<EvidenceReport> {
    let max_line = args.max_article_mib.saturating_mul(4 << 20);
    let mut total = EvidenceReport::default();
    for p in &args.paths {
        let report = if p.as_os_str() == "-" {
            let reader = EvidenceReader::new("-", std::io::stdin().lock(), max_line);
            ingest_evidence(store, reader, args.batch, &mut |_| {})?
        } else {
            let file =
                std::fs::File::open(p).with_context(|| format!("{}: cannot read", p.display()))?;
            let reader = EvidenceReader::new(
                p.display().to_string(),
                BufReader::with_capacity(1 << 16, file),
                max_line,
            );
            ingest_evidence(store, reader, args.batch, &mut |_| {})?
        };
        total.articles_read += report.articles_read;
        total.bytes_read += report.bytes_read;
        total.stored += report.stored;
    }
    Ok(total)
}
