//! `quotes`, `actors` and `search` on a PostgreSQL store (`--db postgres://...`): the same
//! tables and formats as on SQLite (`query.rs`), from `detente_store::pg::PgStore`. The
//! values are the machine's (with the analyst's actor merges and splits); the other
//! corrections are not yet applied when reading from PostgreSQL.
use super::output::{emit, Table};
use super::query::{ActorsArgs, QuotesArgs, SearchArgs};
use detente_store::pg::PgStore;
use detente_store::{ActorFilter, QuoteFilter, SearchOptions};

/// The URL when a query's `--db` names a PostgreSQL database.
pub fn url(db: &std::path::Path) -> Option<&str> {
    super::ingest::postgres_url(db)
}

pub fn quotes(a: QuotesArgs) -> anyhow::Result<()> {
    let store = PgStore::open(url(&a.db).unwrap_or_default())?;
    let filter = QuoteFilter {
        speaker: a.speaker,
        affiliation: a.affiliation,
        since: a.since,
        until: a.until,
        limit: Some(a.limit),
        machine: true,
        ..QuoteFilter::default()
    };
    let rows = if a.claims {
        store.claims(&filter)?
    } else {
        store.quotes(&filter)?
    };
    emit(a.format, &rows, || {
        let mut t = Table::new(&["date", "speaker", "affiliation", "quote", "article"]);
        for r in &rows {
            t.row(vec![
                r.date.clone().unwrap_or_default(),
                r.speaker
                    .clone()
                    .or_else(|| r.speaker_mention.clone())
                    .unwrap_or_else(|| "?".into()),
                r.affiliation.clone().unwrap_or_default(),
                r.text.clone(),
                format!("{}@{}", r.article, r.start),
            ]);
        }
        t
    })
}

pub fn actors(a: ActorsArgs) -> anyhow::Result<()> {
    let store = PgStore::open(url(&a.db).unwrap_or_default())?;
    let rows = store.actors(&ActorFilter {
        name: a.name,
        affiliation: a.affiliation,
        kind: a.kind,
        limit: Some(a.limit),
        machine: true,
    })?;
    emit(a.format, &rows, || {
        let mut t = Table::new(&[
            "name",
            "kind",
            "role",
            "affiliation",
            "mentions",
            "articles",
            "quotes",
        ]);
        for r in &rows {
            t.row(vec![
                r.name.clone(),
                r.kind.clone(),
                r.role.clone().unwrap_or_default(),
                r.affiliation.clone().unwrap_or_default(),
                r.mention_count.to_string(),
                r.article_count.to_string(),
                r.quote_count.to_string(),
            ]);
        }
        t
    })
}

pub fn search(a: SearchArgs) -> anyhow::Result<()> {
    let store = PgStore::open(url(&a.db).unwrap_or_default())?;
    let options = SearchOptions {
        limit: a.limit,
        ..SearchOptions::default()
    };
    let rows = store.search(&a.query, &options)?;
    emit(a.format, &rows, || {
        let mut t = Table::new(&["kind", "article", "date", "match"]);
        for r in &rows {
            let kind = match r.speaker.as_deref() {
                Some(s) => format!("quote ({s})"),
                None => format!("{:?}", r.kind).to_lowercase(),
            };
            t.row_focused(
                vec![
                    kind,
                    r.article.clone(),
                    r.date.clone().unwrap_or_default(),
                    r.snippet.clone(),
                ],
                Some(&options.mark_open),
            );
        }
        t
    })
}
