//! Queries over the store: `quotes`, `actors`, `timeline`, `search`. The database is opened
//! read-only, so a query never changes it (and works on a read-only file).
use super::output::Format;
use detente_store::{ActorFilter, QuoteFilter, SearchOptions, Store, TimelineFilter, TimelineKind};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct QuotesArgs {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
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
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The machine's values only: no analyst corrections, rejected records included.
    #[arg(long)]
    pub machine: bool,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Name or part of it, or a form the actor was mentioned under.
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub affiliation: Option<String>,
    /// person, organization or country.
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The machine's values only: no analyst corrections, rejected records included.
    #[arg(long)]
    pub machine: bool,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub until: Option<String>,
    /// Only date expressions, no quotes.
    #[arg(long)]
    pub dates_only: bool,
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
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
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn quotes(a: QuotesArgs) -> anyhow::Result<()> {
    let store = Store::open_read_only(&a.db)?;
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
    let store = Store::open_read_only(&a.db)?;
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
    let store = Store::open_read_only(&a.db)?;
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
    let store = Store::open_read_only(&a.db)?;
    let rows = store.search(
        &a.query,
        &SearchOptions {
            limit: a.limit,
            ..SearchOptions::default()
        },
    )?;
    emit(a.format, &rows, || {
        let mut t = Table::new(&["kind", "article", "date", "match"]);
        for r in &rows {
            let kind = match r.speaker.as_deref() {
                Some(s) => format!("quote ({s})"),
                None => format!("{:?}", r.kind).to_lowercase(),
            };
            t.row(vec![
                kind,
                r.article.clone(),
                r.date.clone().unwrap_or_default(),
                r.snippet.clone(),
            ]);
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

/// Prints rows as one JSON array, JSON lines, or a table. A closed pipe (`| head`) ends
/// the output quietly.
fn emit<T: Serialize>(
    format: Format,
    rows: &[T],
    table: impl FnOnce() -> Table,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, rows)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Jsonl => rows.iter().try_for_each(|r| {
            serde_json::to_writer(&mut out, r)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }),
        Format::Table if rows.is_empty() => writeln!(out, "(nothing matches)"),
        Format::Table => table().write(&mut out),
    };
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// A plain text table; long cells are cut to keep one row per line.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

const MAX_CELL: usize = 72;

impl Table {
    fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_uppercase()).collect(),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        let cells = cells
            .into_iter()
            .map(|c| {
                let c = c.split_whitespace().collect::<Vec<_>>().join(" ");
                if c.chars().count() > MAX_CELL {
                    let mut cut: String = c.chars().take(MAX_CELL - 1).collect();
                    cut.push('…');
                    cut
                } else {
                    c
                }
            })
            .collect();
        self.rows.push(cells);
    }

    fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
            let mut s = String::new();
            for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
                if i + 1 == cells.len() {
                    s.push_str(c);
                } else {
                    s.push_str(c);
                    s.push_str(&" ".repeat(w - c.chars().count() + 2));
                }
            }
            writeln!(out, "{}", s.trim_end())
        };
        line(out, &self.header)?;
        for r in &self.rows {
            line(out, r)?;
        }
        Ok(())
    }
}
