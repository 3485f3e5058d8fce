//! `detente corrections list|export|import|orphans`: the analyst's correction log as JSONL,
//! so a team can share and version it and re-apply it to a store rebuilt from the same
//! articles (see `docs/review.md`).
use super::output::Format;
use anyhow::{bail, Context};
use clap::Subcommand;
use detente_store::Correction;
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// The longest line an import accepts (a correction is a few hundred bytes).
const MAX_LINE: usize = 1 << 20;

#[derive(clap::Args)]
pub struct CorrectionsCmd {
    #[command(subcommand)]
    pub action: CorrectionsAction,
}

#[derive(clap::Args)]
pub struct ReadArgs {
    /// The evidence store: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Output form.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Subcommand)]
pub enum CorrectionsAction {
    /// Every correction, oldest first.
    List(ReadArgs),
    /// Every correction as JSON lines on stdout.
    Export {
        /// The evidence store: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// Add the corrections of a JSONL export (all in one transaction; repeats are skipped).
    Import {
        /// The evidence store: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
        #[arg(long)]
        db: Option<PathBuf>,
        /// The JSONL file of corrections (as `export` writes it).
        file: PathBuf,
    },
    /// Corrections whose target is no longer in the store (kept, never dropped).
    Orphans(ReadArgs),
}

pub fn run(cmd: CorrectionsCmd) -> anyhow::Result<()> {
    match cmd.action {
        CorrectionsAction::List(a) => {
            let store = super::db::open_read_only(&super::db::location(a.db.as_deref())?)?;
            print(a.format, &store.corrections()?)
        }
        CorrectionsAction::Orphans(a) => {
            let store = super::db::open_read_only(&super::db::location(a.db.as_deref())?)?;
            let orphans = store.orphan_corrections()?;
            if a.format == Format::Table {
                eprintln!("{} orphaned correction(s)", orphans.len());
            }
            print(a.format, &orphans)
        }
        CorrectionsAction::Export { db } => {
            let store = super::db::open_read_only(&super::db::location(db.as_deref())?)?;
            let mut list = store.corrections()?;
            for c in &mut list {
                c.id = None;
            }
            print(Format::Jsonl, &list)
        }
        CorrectionsAction::Import { db, file } => {
            let list = read_jsonl(&file)?;
            let db = super::db::location(db.as_deref())?;
            if !super::db::is_postgres(&db) && !db.exists() {
                bail!(
                    "{}: no database here (run `detente ingest --db {}` first)",
                    db.display(),
                    db.display()
                );
            }
            let store = super::db::open(&db)?;
            let out = store
                .import_corrections(&list)
                .with_context(|| format!("{}", file.display()))?;
            eprintln!(
                "imported {} correction(s) from {} ({} already present); `detente corrections orphans` lists any whose target is not in this store",
                out.added,
                file.display(),
                out.already_present
            );
            Ok(())
        }
    }
}

/// Reads corrections, one JSON object a line; an error names the file, line and column.
fn read_jsonl(path: &PathBuf) -> anyhow::Result<Vec<Correction>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut reader = std::io::BufReader::new(file);
    let mut out = Vec::new();
    let mut line = String::new();
    let mut n = 0usize;
    loop {
        line.clear();
        let read = std::io::Read::take(&mut reader, MAX_LINE as u64 + 1)
            .read_line(&mut line)
            .with_context(|| format!("{}:{}: cannot read", path.display(), n + 1))?;
        if read == 0 {
            break;
        }
        n += 1;
        if line.len() > MAX_LINE {
            bail!("{}:{n}: line longer than {MAX_LINE} bytes", path.display());
        }
        if line.trim().is_empty() {
            continue;
        }
        let c: Correction = serde_json::from_str(&line)
            .map_err(|e| anyhow::anyhow!("{}:{n}:{}: {e}", path.display(), e.column()))?;
        c.validate()
            .map_err(|e| anyhow::anyhow!("{}:{n}: {e}", path.display()))?;
        out.push(c);
    }
    Ok(out)
}

fn print(format: Format, rows: &[Correction]) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, rows)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Jsonl => rows.iter().try_for_each(|r| {
            serde_json::to_writer(&mut out, r)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }),
        Format::Csv => detente_report::csv::write_csv(&mut out, rows),
        Format::Table if rows.is_empty() => writeln!(out, "(no corrections)"),
        Format::Table => rows.iter().try_for_each(|c| {
            let what = match c.action {
                detente_store::corrections::Action::Set => {
                    format!("{} = {}", c.field, c.value.as_deref().unwrap_or("(none)"))
                }
                detente_store::corrections::Action::Undo => format!("undo {}", c.field),
            };
            writeln!(
                out,
                "{:>5}  {}  {}  {}  {}  {}{}",
                c.id.unwrap_or(0),
                clean(&c.at),
                clean(&c.author),
                c.target.as_str(),
                clean(&c.key),
                clean(&what),
                c.note
                    .as_deref()
                    .map(|n| format!("  ({})", clean(n)))
                    .unwrap_or_default()
            )
        }),
    };
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
