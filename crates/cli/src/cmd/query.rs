//! Queries over the store: `quotes`, `actors`, `timeline`, `search`, on either engine. The
//! store is opened read-only, so a query never changes it (and works on a read-only file).
use super::output::{emit, Format, Table};
use detente_store::{ActorFilter, QuoteFilter, SearchOptions, TimelineFilter, TimelineKind};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct QuotesArgs {
    /// The evidence store to read: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Speaker name or part of it (e.g. a surname), or a form they were mentioned under.
    #[arg(long)]
    pub speaker: Option<String>,
    /// The side the speaker belongs to (e.g. Russia).
    #[arg(long)]
    pub affiliation: Option<String>,
    /// Only quotes dated on or after this day (YYYY-MM-DD); undated quotes take their article's date.
    #[arg(long)]
    pub since: Option<String>,
    /// Only quotes dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Reported speech ("X said that ...") instead of direct quotes.
    #[arg(long)]
    pub claims: bool,
    /// Most rows to print.
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The machine's values only: no analyst corrections, rejected records included.
    #[arg(long)]
    pub machine: bool,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    /// The evidence store to read: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Name or part of it, or a form the actor was mentioned under.
    #[arg(long)]
    pub name: Option<String>,
    /// The side the actor belongs to (e.g. Russia), or part of it.
    #[arg(long)]
    pub affiliation: Option<String>,
    /// person, organization or country.
    #[arg(long)]
    pub kind: Option<String>,
    /// Most rows to print.
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The machine's values only: no analyst corrections, rejected records included.
    #[arg(long)]
    pub machine: bool,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    /// The evidence store to read: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Only entries dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only entries dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Only date expressions, no quotes.
    #[arg(long)]
    pub dates_only: bool,
    /// Most rows to print.
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The machine's values only: no analyst corrections, rejected records included.
    #[arg(long)]
    pub machine: bool,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to search for: all must occur; "a phrase", OR, NOT, (groups) and prefix* work.
    pub query: String,
    /// The evidence store to read: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Most rows to print.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn quotes(a: QuotesArgs) -> anyhow::Result<()> {
    let store = super::db::open_read_only(&super::db::location(a.db.as_deref())?)?;
    let filter = QuoteFilter {
        speaker: a.speaker,
        affiliation: a.affiliation,
        since: a.since,
        until: a.until,
        limit: Some(a.limit),
        machine: a.machine,
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
                analyst(
                    r.speaker
                        .clone()
                        .or_else(|| r.speaker_mention.clone())
                        .unwrap_or_else(|| "?".into()),
                    r.review.as_ref(),
                ),
                r.affiliation.clone().unwrap_or_default(),
                r.text.clone(),
                format!("{}@{}", r.article, r.start),
            ]);
        }
        t
    })
}

pub fn actors(a: ActorsArgs) -> anyhow::Result<()> {
    let store = super::db::open_read_only(&super::db::location(a.db.as_deref())?)?;
    let rows = store.actors(&ActorFilter {
        name: a.name,
        affiliation: a.affiliation,
        kind: a.kind,
        limit: Some(a.limit),
        machine: a.machine,
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
                analyst(r.name.clone(), r.review.as_ref()),
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

pub fn timeline(a: TimelineArgs) -> anyhow::Result<()> {
    let store = super::db::open_read_only(&super::db::location(a.db.as_deref())?)?;
    let rows = store.timeline(&TimelineFilter {
        since: a.since,
        until: a.until,
        dates_only: a.dates_only,
        limit: Some(a.limit),
        machine: a.machine,
    })?;
    emit(a.format, &rows, || {
        let mut t = Table::new(&["date", "what", "article"]);
        for r in &rows {
            let what = match r.kind {
                TimelineKind::Date => r.context.clone().unwrap_or_else(|| r.text.clone()),
                TimelineKind::Quote => format!(
                    "{}: \u{201c}{}\u{201d}",
                    r.speaker.as_deref().unwrap_or("?"),
                    r.text
                ),
            };
            t.row(vec![
                analyst(r.date.clone(), r.review.as_ref()),
                what,
                r.article.clone(),
            ]);
        }
        t
    })
}

pub fn search(a: SearchArgs) -> anyhow::Result<()> {
    let store = super::db::open_read_only(&super::db::location(a.db.as_deref())?)?;
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
            // The snippet is cut around its first marked hit, not at its start.
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

/// A cell whose row the analyst corrected, marked so (details: `--format json`).
fn analyst(cell: String, review: Option<&detente_store::Review>) -> String {
    match review {
        Some(r) => {
            let author: String = r.author.chars().filter(|c| !c.is_control()).collect();
            format!("{cell} [analyst: {author}]")
        }
        None => cell,
    }
}
