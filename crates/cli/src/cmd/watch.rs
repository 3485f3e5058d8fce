//! `detente watch`: follow feeds, pages and folders; each pass stores what is new, prints
//! one line per new article and what each side said since the last pass.
use super::fetch::{article_line, terminal_safe, WebArgs};
use detente_feeds::folders::changed_files;
use detente_feeds::state::RunMark;
use detente_feeds::{Source, State};
use detente_ingest::{ingest_paths_into, IngestEvent, IngestOptions};
use detente_store::AnyStore;
use detente_text::extract::Extractor;
use detente_text::read::ReadOptions;
use std::path::PathBuf;
use std::time::Duration;

/// New articles listed one by one per pass; past this only their number.
const MAX_LISTED: usize = 200;

#[derive(clap::Args)]
pub struct Args {
    /// Feed or page URLs (http, https) and folders (or files) of articles.
    pub sources: Vec<String>,
    #[command(flatten)]
    pub web: WebArgs,
    /// One pass, then exit (non-zero if anything failed).
    #[arg(long)]
    pub once: bool,
    /// Time between passes: seconds, or with a unit (90s, 15m, 1h).
    #[arg(long, default_value = "15m", value_parser = parse_interval)]
    pub interval: Duration,
    /// A scenario TOML: each pass also sums up the stances each of its parties took in the
    /// new articles (as `detente positions` links them, corrections applied).
    #[arg(long)]
    pub scenario: Option<PathBuf>,
}

/// `90`, `90s`, `15m`, `2h`: at least one second, at most a week.
pub fn parse_interval(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: u64 = num
        .parse()
        .map_err(|_| format!("{s:?}: expected a number of seconds, or 90s, 15m, 1h"))?;
    let secs = match unit {
        "s" => n,
        "m" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        _ => return Err(format!("{s:?}: the unit must be s, m or h")),
    };
    if !(1..=7 * 86_400).contains(&secs) {
        return Err(format!("{s:?}: between 1 second and a week"));
    }
    Ok(Duration::from_secs(secs))
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let mut urls = Vec::new();
    let mut folders = Vec::new();
    for s in &args.sources {
        match Source::from_arg(s) {
            Source::Url(u) => {
                detente_feeds::client::parse_http_url(&u)?;
                urls.push(u);
            }
            Source::Folder(p) => {
                std::fs::metadata(&p)
                    .map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", p.display()))?;
                folders.push(p);
            }
        }
    }
    let urls = args.web.urls(&urls)?;
    if urls.is_empty() && folders.is_empty() {
        anyhow::bail!("nothing to watch: give feed or page URLs, folders, or --feeds FILE");
    }
    let config = args.web.config()?;
    let scenario = match &args.scenario {
        Some(p) => Some(detente_model::Scenario::load(p)?),
        None => None,
    };
    let store = super::db::open(&args.web.db()?)?;
    loop {
        let failures = one_pass(&args, &store, &config, &urls, &folders, scenario.as_ref())?;
        if args.once {
            if failures > 0 {
                anyhow::bail!("{failures} sources failed (each named above)");
            }
            return Ok(());
        }
        std::thread::sleep(args.interval);
    }
}

/// One pass; returns how many sources or files failed.
fn one_pass(
    args: &Args,
    store: &AnyStore,
    config: &detente_feeds::FetchConfig,
    urls: &[String],
    folders: &[PathBuf],
    scenario: Option<&detente_model::Scenario>,
) -> anyhow::Result<usize> {
    let state_path = args.web.state_path()?;
    // Read afresh each pass: the state may have been changed by a `fetch` meanwhile.
    let mut state = State::load(&state_path)?;
    let since = match &state.last_run {
        Some(mark) => mark.clone(),
        None => RunMark {
            at: "the start of this run".into(),
            last_article_id: store.last_article_id()?,
        },
    };
    let mut failures = 0;
    if !urls.is_empty() {
        let report =
            super::fetch::pass(store, config.clone(), &mut state, &state_path, urls, false)?;
        failures += report.failures;
    }
    if !folders.is_empty() {
        failures += ingest_folders(store, &mut state, folders)?;
        state.save(&state_path)?;
    }
    let new = store.articles_after(since.last_article_id, None)?;
    for a in new.iter().take(MAX_LISTED) {
        let source = a.url.as_deref().unwrap_or(&a.source_path);
        println!(
            "{}",
            article_line(a.date.as_deref(), a.title.as_deref(), source)
        );
    }
    if new.len() > MAX_LISTED {
        println!("... and {} more new articles", new.len() - MAX_LISTED);
    }
    let sides = store.statements_by_side_after(since.last_article_id)?;
    let said: Vec<String> = sides
        .iter()
        .filter(|s| s.quotes + s.claims > 0)
        .map(|s| {
            format!(
                "{} {} quote{}{}",
                terminal_safe(s.side.as_deref().unwrap_or("side unknown")),
                s.quotes,
                if s.quotes == 1 { "" } else { "s" },
                if s.claims > 0 {
                    format!(" +{} reported", s.claims)
                } else {
                    String::new()
                }
            )
        })
        .collect();
    println!(
        "since {}: {} new articles; {}",
        terminal_safe(&since.at),
        new.len(),
        if said.is_empty() {
            "no new quotes".to_string()
        } else {
            format!("new quotes by side: {}", said.join(", "))
        }
    );
    if let Some(sc) = scenario {
        let names: std::collections::HashSet<&str> = new.iter().map(|a| a.name.as_str()).collect();
        let report = detente_positions::positions_from_store(
            store,
            sc,
            &detente_positions::PositionsFilter::default(),
        )?;
        println!("{}", stance_summary(&report, &names));
    }
    state.last_run = Some(RunMark {
        at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        last_article_id: store.last_article_id()?,
    });
    state.save(&state_path)?;
    Ok(failures)
}

/// Ingests the article files under `folders` that are new or changed since the state's
/// record, and records them. Returns the number of problems reported.
fn ingest_folders(
    store: &AnyStore,
    state: &mut State,
    folders: &[PathBuf],
) -> anyhow::Result<usize> {
    let (changed, problems) = changed_files(folders, state);
    let failures = problems.len();
    for p in &problems {
        eprintln!(
            "detente: error: {}: {}",
            terminal_safe(&p.path.display().to_string()),
            p.message
        );
    }
    if changed.is_empty() {
        return Ok(failures);
    }
    let paths: Vec<PathBuf> = changed.iter().map(|(p, _)| p.clone()).collect();
    let options = IngestOptions {
        read: ReadOptions {
            html_raw_offsets: false,
            ..ReadOptions::default()
        },
        ..IngestOptions::default()
    };
    let lookup = store.try_clone()?;
    ingest_paths_into(
        store,
        &lookup,
        &paths,
        &Extractor::new(),
        &options,
        &mut |e| {
            if let IngestEvent::Warning {
                path,
                line,
                message,
            } = e
            {
                let at = line.map_or(String::new(), |l| format!(":{l}"));
                eprintln!(
                    "detente: warning: {}{at}: {message}",
                    terminal_safe(&path.display().to_string())
                );
            }
        },
    )?;
    // Recorded only after the store has them; a file that warned (empty, binary) is
    // recorded too, so its warning is not repeated every pass until it changes.
    for (path, stamp) in changed {
        state.files.insert(path, stamp);
    }
    Ok(failures)
}

/// One line: the stances each party took in the articles named in `new`, by polarity.
fn stance_summary(
    report: &detente_positions::PositionsReport,
    new: &std::collections::HashSet<&str>,
) -> String {
    use detente_positions::Polarity;
    let mut parts = Vec::new();
    for p in &report.parties {
        let (mut sup, mut rej, mut neu) = (0, 0, 0);
        for e in p.issues.iter().flat_map(|i| &i.timeline) {
            if !new.contains(e.citation.article.as_str()) {
                continue;
            }
            match e.polarity {
                Polarity::Supports => sup += 1,
                Polarity::Rejects => rej += 1,
                Polarity::Neutral => neu += 1,
            }
        }
        if sup + rej + neu > 0 {
            parts.push(format!(
                "{} {} ({sup} supporting, {rej} rejecting{})",
                terminal_safe(&p.name),
                sup + rej + neu,
                if neu > 0 {
                    format!(", {neu} neutral")
                } else {
                    String::new()
                }
            ));
        }
    }
    if parts.is_empty() {
        "no new stances on the scenario's issues".to_string()
    } else {
        format!("new stances by party: {}", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_take_seconds_or_a_unit() {
        assert_eq!(parse_interval("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_interval("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_interval("2h"), Ok(Duration::from_secs(7200)));
        assert!(parse_interval("0").is_err());
        assert!(parse_interval("5d").is_err());
        assert!(parse_interval("soon").is_err());
    }
}
