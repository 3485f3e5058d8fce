//! `detente extract`: evidence records from articles, no database.
use super::output::{terminal_safe, PlainFormat as Format};
use anyhow::{bail, Context};
use detente_store::ArticleRecord;
use detente_text::html::RawOffsetMap;
use detente_text::{
    read_paths, Article, ArticleEvidence, Evidence, Explanation, Extractor, ReadEvent, ReadOptions,
};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// A bundled table that `extract --without` can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Bundled {
    Chronology,
    OfficeHolders,
}

#[derive(clap::Args)]
pub struct Args {
    /// Article files or folders (.txt, .html, .htm, .jsonl), or `-` alone: JSONL articles
    /// (the `.jsonl` article form) from standard input, read one at a time, with the text in
    /// each article record (as --with-text).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The articles' publication date (YYYY-MM-DD), used to resolve relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format: evidence as JSON lines (the default) or a table for reading.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Extra known events (date<TAB>terms<TAB>summary lines) for dating undated articles.
    #[arg(long, value_name = "FILE")]
    pub chronology: Option<PathBuf>,
    /// For each speaker, affiliation and resolved date, the names of the rules that decided
    /// it (a "rules" array in jsonl; an indented line in table form).
    #[arg(long)]
    pub explain: bool,
    /// Leave out bundled knowledge, to see what the text alone gives: `chronology` (known
    /// events that date undated articles; a --chronology FILE still applies) or
    /// `office-holders` (the table of heads of state and government and foreign ministers
    /// that gives a named holder their side). Repeatable.
    #[arg(long, value_enum, value_name = "TABLE")]
    pub without: Vec<Bundled>,
    /// Put each article's text and source in its article record and its content_hash in
    /// every evidence record, with spans into that text (HTML: the extracted body), so that
    /// `detente ingest --evidence` can store the output without extracting again.
    #[arg(long)]
    pub with_text: bool,
}

pub fn run(mut args: Args) -> anyhow::Result<()> {
    let from_stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if from_stdin && args.paths.len() > 1 {
        bail!("`-` (JSONL articles from standard input) cannot be mixed with files or folders");
    }
    if from_stdin {
        if args.format == Format::Table {
            bail!("`-` writes evidence for ingest: use --format jsonl");
        }
        args.with_text = true;
    }
    let mut missing = Vec::new();
    for p in args.paths.iter().filter(|_| !from_stdin) {
        if !p.exists() {
            missing.push(p.display().to_string());
        }
    }
    if !missing.is_empty() {
        bail!("no such file or folder: {}", missing.join(", "));
    }
    if let Some(d) = &args.date {
        if detente_text::dates::normalise_iso(d).is_none() {
            bail!("--date {d:?} is not a date (expected YYYY-MM-DD)");
        }
    }
    let opts = ReadOptions {
        default_date: args.date.clone(),
        chronology: if args.without.contains(&Bundled::Chronology) {
            super::load_own_chronology(args.chronology.as_deref())?
        } else {
            super::load_chronology(args.chronology.as_deref())?
        },
        // With the text in the output, spans point into that text.
        html_raw_offsets: !args.with_text,
        ..ReadOptions::default()
    };
    let extractor = if args.without.contains(&Bundled::OfficeHolders) {
        Extractor::without_office_holders()
    } else {
        Extractor::new()
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut articles = 0usize;
    let mut warnings = 0usize;
    if args.format == Format::Table {
        writeln!(
            out,
            "{:<8} {:<28} {:<26} text",
            "type", "article", "who / resolved"
        )?;
    }
    // Standard input is read as a `.jsonl` file named `-` (records without an id: `-:LINE`).
    let events: Box<dyn Iterator<Item = ReadEvent>> = if from_stdin {
        Box::new(detente_text::read::read_jsonl(
            std::io::BufReader::new(std::io::stdin()),
            std::path::Path::new("-"),
            &opts,
        ))
    } else {
        Box::new(read_paths(&args.paths, &opts))
    };
    for ev in events {
        match ev {
            ReadEvent::Warning {
                path,
                line,
                message,
            } => {
                warnings += 1;
                match line {
                    Some(l) => eprintln!("warning: {}:{l}: {message}", path.display()),
                    None => eprintln!("warning: {}: {message}", path.display()),
                }
            }
            ReadEvent::Article(a) => {
                articles += 1;
                let (ev, why) = extractor.extract_explained(&a);
                if let Some(note) = undated_note(&a, &ev) {
                    eprintln!("{note}");
                }
                if args.format != Format::Table {
                    print_article(&mut out, &a, args.with_text)
                        .context("cannot write to standard output")?;
                }
                let why = args.explain.then_some(&why);
                let hash = args.with_text.then_some(a.content_hash.as_str());
                print_evidence(
                    &mut out,
                    &ev,
                    why,
                    a.raw_offsets.as_deref(),
                    args.format,
                    hash,
                )
                .context("cannot write to standard output")?;
            }
        }
    }
    out.flush().context("cannot write to standard output")?;
    // An empty partition of a larger input is not an error.
    if articles == 0 && !from_stdin {
        bail!(
            "no article could be read from {} ({} warning{})",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            warnings,
            if warnings == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// The note printed when an article has no date (none given, none in its header or metadata,
/// none inferred from the chronology) and so some of its date expressions stay unresolved;
/// `None` when the article has a date or every date expression resolved without one.
fn undated_note(a: &Article, ev: &ArticleEvidence) -> Option<String> {
    if a.date.is_some() {
        return None;
    }
    let unresolved: Vec<&str> = ev
        .dates
        .iter()
        .filter(|d| d.resolved.is_none())
        .map(|d| d.text.as_str())
        .collect();
    if unresolved.is_empty() {
        return None;
    }
    Some(format!(
        "note: {}: the article has no date, so {} relative date{} (such as \"{}\") stay{} unresolved; \
         give its publication date with --date YYYY-MM-DD (or a `date:` header line in a .txt file)",
        terminal_safe(&a.id),
        unresolved.len(),
        if unresolved.len() == 1 { "" } else { "s" },
        terminal_safe(unresolved[0]),
        if unresolved.len() == 1 { "s" } else { "" },
    ))
}

fn clip(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = terminal_safe(&flat).into_owned();
    if flat.chars().count() <= n {
        flat
    } else {
        let mut t: String = flat.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// One `{"type":"article"}` record before an article's evidence: its metadata, and whether
/// the date that relative dates were resolved against was given or inferred from the text.
/// With `with_text`, the record also carries the article's text and source
/// ([`detente_store::ArticleRecord`]).
fn print_article(out: &mut impl Write, a: &Article, with_text: bool) -> std::io::Result<()> {
    let record = ArticleRecord::of(a, with_text).to_json();
    serde_json::to_writer(&mut *out, &record)?;
    writeln!(out)
}

/// Spans as byte offsets into the file as read: an HTML article's evidence points into its
/// extracted body, so its spans go through the article's map to the page source (the
/// `text` field stays the clean body text).
fn to_file_offsets(rec: &mut Evidence, map: &RawOffsetMap) {
    let span = match rec {
        Evidence::Quote(q) => Some((&mut q.start, &mut q.end)),
        Evidence::Claim(c) => Some((&mut c.start, &mut c.end)),
        Evidence::Date(d) => Some((&mut d.start, &mut d.end)),
        Evidence::Actor(_) => None,
    };
    if let Some((start, end)) = span {
        (*start, *end) = map.span_to_raw(*start, *end);
    }
}

/// Rule names per record, in the order of [`ArticleEvidence::records`].
fn rules_in_record_order(why: &Explanation) -> impl Iterator<Item = &Vec<&'static str>> {
    why.actors
        .iter()
        .chain(&why.quotes)
        .chain(&why.claims)
        .chain(&why.dates)
}

fn print_evidence(
    out: &mut impl Write,
    ev: &ArticleEvidence,
    why: Option<&Explanation>,
    raw_offsets: Option<&RawOffsetMap>,
    format: Format,
    content_hash: Option<&str>,
) -> std::io::Result<()> {
    let mut rules = why.map(rules_in_record_order);
    for mut rec in ev.records() {
        if let Some(map) = raw_offsets {
            to_file_offsets(&mut rec, map);
        }
        let rec_rules = rules.as_mut().and_then(Iterator::next);
        if format != Format::Table {
            if rec_rules.is_none() && content_hash.is_none() {
                serde_json::to_writer(&mut *out, &rec)?;
            } else {
                let mut v = serde_json::to_value(&rec).map_err(std::io::Error::other)?;
                if let Some(obj) = v.as_object_mut() {
                    if let Some(r) = rec_rules {
                        obj.insert("rules".to_string(), serde_json::json!(r));
                    }
                    if let Some(h) = content_hash {
                        obj.insert("content_hash".to_string(), h.into());
                    }
                }
                serde_json::to_writer(&mut *out, &v)?;
            }
            writeln!(out)?;
            continue;
        }
        let (kind, article, who, text) = match &rec {
            Evidence::Quote(q) => (
                "quote",
                &q.article,
                q.speaker.clone().unwrap_or_default(),
                q.text.clone(),
            ),
            Evidence::Claim(c) => (
                "claim",
                &c.article,
                c.speaker.clone().unwrap_or_default(),
                c.text.clone(),
            ),
            Evidence::Actor(a) => (
                "actor",
                &a.article,
                format!("{:?}", a.kind).to_lowercase(),
                format!(
                    "{} [{}] {}",
                    a.name,
                    a.affiliation.clone().unwrap_or_default(),
                    a.role.clone().unwrap_or_default()
                ),
            ),
            Evidence::Date(d) => (
                "date",
                &d.article,
                d.resolved_iso().unwrap_or_default(),
                d.text.clone(),
            ),
        };
        writeln!(
            out,
            "{:<8} {:<28} {:<26} {}",
            kind,
            clip(article, 28),
            clip(&who, 26),
            clip(&text, 90)
        )?;
        if let Some(r) = rec_rules.filter(|r| !r.is_empty()) {
            writeln!(out, "{:<8} rules: {}", "", r.join(", "))?;
        }
    }
    Ok(())
}
