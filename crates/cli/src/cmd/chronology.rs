//! `detente chronology`: the known events that date undated articles.
use super::output::PlainFormat as Format;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Only events whose terms or summary contain this text (any case).
    #[arg(long)]
    pub grep: Option<String>,
    /// Add the events of this file (date<TAB>terms<TAB>summary lines) to the bundled ones.
    #[arg(long, value_name = "FILE")]
    pub chronology: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let chronology = super::load_chronology(args.chronology.as_deref())?;
    let needle = args.grep.as_deref().map(str::to_lowercase);
    let events: Vec<_> = chronology
        .events()
        .iter()
        .filter(|e| {
            needle.as_deref().is_none_or(|n| {
                e.summary.to_lowercase().contains(n)
                    || e.terms.iter().any(|t| t.to_lowercase().contains(n))
            })
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Table => {
            for e in &events {
                writeln!(out, "{}  {}", e.date, e.summary)?;
                writeln!(out, "            terms: {}", e.terms.join("; "))?;
            }
            writeln!(out, "{} of {} events", events.len(), chronology.len())?;
        }
        Format::Json | Format::Jsonl => {
            let rows: Vec<_> = events
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "date": e.date.to_string(),
                        "terms": e.terms,
                        "summary": e.summary,
                    })
                })
                .collect();
            if args.format == Format::Json {
                serde_json::to_writer_pretty(&mut out, &rows)?;
                writeln!(out)?;
            } else {
                for r in rows {
                    serde_json::to_writer(&mut out, &r)?;
                    writeln!(out)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}
