//! `detente positions` and `detente scenario draft`.
use super::output::PlainFormat as Format;
use anyhow::Context;
use detente_positions::{
    draft, load_draft_actors, load_statements, DraftOptions, Polarity, PositionsFilter,
    PositionsReport,
};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The evidence store to read: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Scenario TOML file whose parties and issues the positions are sorted into.
    #[arg(long)]
    pub scenario: PathBuf,
    /// Only this issue (scenario issue id).
    #[arg(long)]
    pub issue: Option<String>,
    /// Only this party (scenario party id).
    #[arg(long)]
    pub party: Option<String>,
    /// `json` prints one object; `jsonl` one stance per line; `table` a readable summary.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct ScenarioArgs {
    /// What to do: `draft` writes a starting scenario from the evidence.
    pub action: String,
    /// The evidence store to read: an SQLite file or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// The scenario TOML to write (refused if it exists, unless --force).
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Title of the drafted scenario.
    #[arg(long, default_value = "Draft scenario")]
    pub title: String,
    /// At most this many parties.
    #[arg(long, default_value_t = 6)]
    pub max_parties: usize,
    /// At most this many issues.
    #[arg(long, default_value_t = 6)]
    pub max_issues: usize,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let scenario = detente_model::Scenario::load(&a.scenario)
        .with_context(|| format!("cannot load scenario {}", a.scenario.display()))?;
    if let Some(i) = &a.issue {
        if !scenario.issues.iter().any(|x| x.id == *i) {
            let known: Vec<&str> = scenario.issues.iter().map(|x| x.id.as_str()).collect();
            anyhow::bail!(
                "{}: no issue \"{i}\" (issues: {})",
                a.scenario.display(),
                known.join(", ")
            );
        }
    }
    if let Some(p) = &a.party {
        if !scenario.parties.iter().any(|x| x.id == *p) {
            let known: Vec<&str> = scenario.parties.iter().map(|x| x.id.as_str()).collect();
            anyhow::bail!(
                "{}: no party \"{p}\" (parties: {})",
                a.scenario.display(),
                known.join(", ")
            );
        }
    }
    let db = super::db::location(a.db.as_deref())?;
    let store = super::db::open_read_only(&db)?;
    // The analyst's corrections (speakers, rejected statements, stance decisions) apply.
    let report = detente_positions::positions_from_store(
        &store,
        &scenario,
        &PositionsFilter {
            issue: a.issue.clone(),
            party: a.party.clone(),
        },
    )?;
    match print_report(&report, a.format) {
        // `detente positions | head` closes the pipe early: not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn print_report(report: &PositionsReport, format: Format) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, report)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for p in &report.parties {
                for i in &p.issues {
                    for e in &i.timeline {
                        serde_json::to_writer(&mut out, e)?;
                        writeln!(out)?;
                    }
                }
            }
            for e in &report.unattributed {
                serde_json::to_writer(&mut out, e)?;
                writeln!(out)?;
            }
        }
        Format::Table => print_table(&mut out, report)?,
    }
    out.flush()
}

fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = super::output::terminal_safe(&flat).into_owned();
    if flat.chars().count() > max {
        let cut: String = flat.chars().take(max.saturating_sub(3)).collect();
        format!("{cut}...")
    } else {
        flat
    }
}

fn print_table(out: &mut impl Write, r: &PositionsReport) -> std::io::Result<()> {
    writeln!(
        out,
        "{} statements read, {} linked to the scenario, {} stances ({} without a known party)",
        r.statements_read,
        r.statements_linked,
        r.stances,
        r.unattributed.len()
    )?;
    for p in &r.parties {
        if p.issues.is_empty() {
            continue;
        }
        writeln!(out, "\n== {} ({})", p.name, p.party)?;
        for i in &p.issues {
            writeln!(out, "  -- {} ({})", i.name, i.issue)?;
            for t in i
                .options
                .iter()
                .filter(|t| t.supports + t.rejects + t.neutral > 0)
            {
                let value = t
                    .scenario_value
                    .map(|v| format!("{v:.2}"))
                    .unwrap_or_else(|| "-".into());
                writeln!(
                    out,
                    "     {:<32} supports {:>2}  rejects {:>2}  neutral {:>2}  scenario value {}",
                    one_line(&t.label, 32),
                    t.supports,
                    t.rejects,
                    t.neutral,
                    value
                )?;
            }
            for e in &i.timeline {
                let what = match (&e.option_label, e.polarity) {
                    (Some(l), pol) => format!("{} \"{}\"", pol.as_str(), l),
                    (None, Polarity::Neutral) => "mentions the issue".to_string(),
                    (None, pol) => format!("{} (no option singled out)", pol.as_str()),
                };
                writeln!(
                    out,
                    "     {:<10} {:<40} {} [{}:{}-{}] \"{}\"{}",
                    e.date.as_deref().unwrap_or("undated"),
                    one_line(&what, 40),
                    e.citation.speaker.as_deref().unwrap_or("unknown speaker"),
                    e.citation.article,
                    e.citation.clause_start,
                    e.citation.clause_end,
                    one_line(&e.citation.clause, 90),
                    if e.cues.is_empty() {
                        String::new()
                    } else {
                        format!("  cues: {}", e.cues.join(", "))
                    }
                )?;
            }
        }
    }
    if !r.contradictions.is_empty() {
        writeln!(out, "\nContradictions with the scenario:")?;
        for c in &r.contradictions {
            writeln!(out, "  ! {}", c.message)?;
            for cite in &c.citations {
                writeln!(
                    out,
                    "      {} [{}:{}-{}] \"{}\"",
                    cite.date.as_deref().unwrap_or("undated"),
                    cite.article,
                    cite.clause_start,
                    cite.clause_end,
                    one_line(&cite.clause, 90)
                )?;
            }
        }
    }
    Ok(())
}

pub fn scenario(a: ScenarioArgs) -> anyhow::Result<()> {
    if a.action != "draft" {
        anyhow::bail!(
            "unknown action \"{}\": the only action is `draft` (detente scenario draft --db FILE -o draft.toml)",
            a.action
        );
    }
    let db = super::db::location(a.db.as_deref())?;
    super::files::check_output(&a.output, a.force, &[&db])?;
    let store = super::db::open_read_only(&db)?;
    let statements = load_statements(&store)?;
    let actors = load_draft_actors(&store)?;
    let d = draft(
        &statements,
        &actors,
        DraftOptions {
            max_parties: a.max_parties,
            max_issues: a.max_issues,
            ..DraftOptions::default()
        },
    );
    let text = d.to_toml(&a.title);
    // Check the draft against the model's own loader before writing it.
    let name = a.output.display().to_string();
    let loaded = detente_model::Scenario::from_toml_str_with(&text, &name, Default::default())
        .map_err(|e| anyhow::anyhow!("internal error: the draft does not load: {e}"))?;
    super::files::write_atomic(&a.output, text.as_bytes(), a.force, &[&db])?;
    println!(
        "wrote {}: {} parties, {} issues, {} sources from {} statements ({} validation warnings); every number is a PLACEHOLDER to finish",
        a.output.display(),
        d.parties.len(),
        d.issues.len(),
        d.sources.len(),
        d.statements,
        loaded.warnings.len()
    );
    Ok(())
}
