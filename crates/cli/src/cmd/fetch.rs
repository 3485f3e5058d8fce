//! `detente fetch`: feeds and article pages from the web into the store, politely and
//! incrementally (the state file makes a re-run cost one conditional request per URL).
use anyhow::Context;
use detente_feeds::{
    harvest, Client, FetchConfig, HarvestEvent, HarvestOptions, HarvestReport, State,
};
use detente_store::AnyStore;
use detente_text::extract::Extractor;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Options shared by `fetch` and `watch`.
#[derive(clap::Args, Clone)]
pub struct WebArgs {
    /// A file of feed or page URLs, one per line, each optionally followed by a label;
    /// `#` starts a comment line.
    #[arg(long, value_name = "FILE")]
    pub feeds: Option<PathBuf>,
    /// The database file (created if missing) or a PostgreSQL URL; default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// What was fetched already (ETags, feed items seen); default: DB.feeds.json beside an
    /// SQLite file (required with a PostgreSQL store).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Least seconds between two requests to one host (robots.txt's Crawl-delay may ask
    /// for more, up to 30 s).
    #[arg(long, value_name = "SECS", default_value_t = 1.0)]
    pub host_interval: f64,
    /// Longest one request may take, in seconds, body included.
    #[arg(long, value_name = "SECS", default_value_t = 30.0)]
    pub timeout: f64,
    /// Redirects followed before a URL is given up.
    #[arg(long, default_value_t = 5)]
    pub max_redirects: u32,
    /// Largest page read, in MiB (feeds may be twice this).
    #[arg(long, value_name = "MIB", default_value_t = 5)]
    pub max_page_mib: u64,
}

impl WebArgs {
    /// The store named by `--db` or `DETENTE_DB`.
    pub fn db(&self) -> anyhow::Result<PathBuf> {
        super::db::location(self.db.as_deref())
    }

    pub fn state_path(&self) -> anyhow::Result<PathBuf> {
        if let Some(s) = &self.state {
            return Ok(s.clone());
        }
        let db = self.db()?;
        if super::db::is_postgres(&db) {
            anyhow::bail!(
                "--state FILE is needed with a PostgreSQL store (the state file of what was fetched lives on this machine)"
            );
        }
        Ok(detente_feeds::default_state_path(&db))
    }

    pub fn config(&self) -> anyhow::Result<FetchConfig> {
        let secs = |name: &str, v: f64| {
            if v.is_finite() && (0.0..=86_400.0).contains(&v) {
                Ok(Duration::from_secs_f64(v))
            } else {
                Err(anyhow::anyhow!(
                    "--{name} {v}: expected seconds between 0 and 86400"
                ))
            }
        };
        let timeout = secs("timeout", self.timeout)?;
        if timeout.is_zero() {
            anyhow::bail!("--timeout must be more than 0 seconds");
        }
        let page = self.max_page_mib.clamp(1, 1024) << 20;
        Ok(FetchConfig {
            timeout,
            connect_timeout: timeout.min(Duration::from_secs(10)),
            per_host_interval: secs("host-interval", self.host_interval)?,
            max_redirects: self.max_redirects.min(50),
            max_page_bytes: page,
            max_feed_bytes: page.saturating_mul(2),
            ..FetchConfig::default()
        })
    }

    /// The URLs to fetch: `urls`, then the feeds file's.
    pub fn urls(&self, urls: &[String]) -> anyhow::Result<Vec<String>> {
        let mut all: Vec<String> = urls.to_vec();
        if let Some(f) = &self.feeds {
            all.extend(
                detente_feeds::read_feeds_file(f)?
                    .into_iter()
                    .map(|l| l.url),
            );
        }
        Ok(all)
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Feed (RSS 2.0, Atom) or article page URLs.
    pub urls: Vec<String>,
    #[command(flatten)]
    pub web: WebArgs,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let urls = args.web.urls(&args.urls)?;
    if urls.is_empty() {
        anyhow::bail!("nothing to fetch: give URLs or --feeds FILE");
    }
    for u in &urls {
        detente_feeds::client::parse_http_url(u)?;
    }
    let config = args.web.config()?;
    let state_path = args.web.state_path()?;
    let mut state = State::load(&state_path)?;
    let store = super::db::open(&args.web.db()?)?;
    let report = pass(&store, config, &mut state, &state_path, &urls, true)?;
    println!(
        "{}: {} sources ({} feeds, {} pages, {} not modified): {} new articles, {} already stored, {} failed",
        terminal_safe(&store.location()),
        report.sources,
        report.feeds,
        report.pages,
        report.not_modified,
        report.articles_new,
        report.articles_known,
        report.failures
    );
    if report.failures > 0 {
        anyhow::bail!("{} URLs failed (each named above)", report.failures);
    }
    Ok(())
}

/// One harvest pass, printing one line per new article (when `print_new`) and one error
/// line per failed URL.
pub fn pass(
    store: &AnyStore,
    config: FetchConfig,
    state: &mut State,
    state_path: &Path,
    urls: &[String],
    print_new: bool,
) -> anyhow::Result<HarvestReport> {
    let client = Client::new(config);
    let options = HarvestOptions {
        state_path: Some(state_path.to_path_buf()),
        ..HarvestOptions::default()
    };
    let report = harvest(
        store,
        &client,
        &Extractor::new(),
        state,
        urls,
        &options,
        &mut |event| match event {
            HarvestEvent::Stored(a) if a.new && print_new => {
                println!(
                    "{}",
                    article_line(a.date.as_deref(), a.title.as_deref(), &a.url)
                );
            }
            HarvestEvent::Problem(e) => {
                eprintln!("detente: error: {}", terminal_safe(&format!("{e}")));
            }
            _ => {}
        },
    )
    .with_context(|| format!("fetching into {}", store.location()))?;
    Ok(report)
}

/// `new  DATE  TITLE  SOURCE`, with control characters from the page made harmless.
pub fn article_line(date: Option<&str>, title: Option<&str>, source: &str) -> String {
    format!(
        "new  {:<10}  {}  {}",
        terminal_safe(date.unwrap_or("undated")),
        terminal_safe(&clip(title.unwrap_or("(no title)"), 80)),
        terminal_safe(source)
    )
}

/// Text from the web printed on a terminal: control characters (escape sequences, line
/// breaks) become spaces.
pub fn terminal_safe(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_output_loses_escape_sequences() {
        assert_eq!(terminal_safe("a\u{1b}[31mb\nc"), "a [31mb c");
    }

    #[test]
    fn long_titles_are_clipped() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
