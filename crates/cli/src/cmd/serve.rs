//! `detente serve`.
use super::load_scenario;
use super::report::parse_pair;
use anyhow::Context;
use detente_report::adapt::{build_report, IssueLinker, ModelAnalyzer, ReportOptions};
use detente_report::analyzer::ScenarioAnalyzer;
use detente_report::data::ReportData;
use detente_report::server::evidence::EvidenceSource;
use detente_report::server::store_source::StoreEvidence;
use detente_report::server::{serve_blocking, AppState, ServerLimits};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    detente serve --db talks.db --scenario examples/ukraine-2025/scenario.toml\n  \
    detente serve --db talks.db --addr 127.0.0.1:9000\n\n\
    Serves the dashboard on this computer only (127.0.0.1) unless --addr says otherwise: the \
    report's views plus live search, filters, an article view and a scenario editor that \
    re-runs the analysis. The JSON API under /api/ is documented in docs/api.md. A database \
    that does not exist yet is served as empty and picked up once something is ingested.")]
pub struct Args {
    /// The evidence store the dashboard shows: an SQLite file or a PostgreSQL URL;
    /// default: $DETENTE_DB.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Scenario TOML file to analyse on the dashboard.
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    /// Address to listen on; loopback by default.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// The two parties of the frontier chart, as `a,b` (ids or names).
    #[arg(long, value_name = "A,B")]
    pub pair: Option<String>,
    /// Monte Carlo draws for the robustness chart shown at start (0 to skip).
    #[arg(long, default_value_t = 1000)]
    pub draws: u64,
    /// Rescale weights that do not sum to 1 instead of failing.
    #[arg(long)]
    pub normalize: bool,
    /// Largest request body accepted, in KiB (larger requests get 413).
    #[arg(long, value_name = "KIB", default_value_t = 1024)]
    pub max_body_kib: usize,
    /// Seconds a request may take before the server answers 408 (store work it started
    /// is stopped then too).
    #[arg(long, value_name = "SECS", default_value_t = 20)]
    pub request_timeout: u64,
    /// Also answer requests naming this host (repeatable). Only localhost names and the
    /// bound address are answered otherwise, against DNS rebinding.
    #[arg(long, value_name = "HOST")]
    pub allow_host: Vec<String>,
    /// Most connections served at once; further ones wait.
    #[arg(long, value_name = "N", default_value_t = detente_report::server::MAX_CONNECTIONS)]
    pub max_connections: usize,
    /// Token the review desk (/review) requires with every correction. Without it the
    /// token is random per start and corrections are taken only on a loopback --addr.
    #[arg(long, value_name = "TOKEN")]
    pub review_token: Option<String>,
}

/// Whether `addr` (HOST:PORT) listens on this computer only.
fn is_loopback(addr: &str) -> bool {
    match addr.parse::<std::net::SocketAddr>() {
        Ok(a) => a.ip().is_loopback(),
        Err(_) => addr.rsplit_once(':').is_some_and(|(h, _)| h == "localhost"),
    }
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let pair = parse_pair(a.pair.as_deref())?;
    let scenario = match &a.scenario {
        Some(p) => Some(load_scenario(p, a.normalize)?),
        None => None,
    };
    let db = super::db::location(a.db.as_deref())?;
    if super::db::is_postgres(&db) {
        // A database with nothing in it yet gets the schema, so that it is served as empty.
        drop(super::db::open(&db)?);
    }
    let evidence = StoreEvidence::open(&db, scenario.as_ref().map(IssueLinker::new))
        .with_context(|| format!("cannot serve the evidence in {}", super::db::display(&db)))?;
    if !evidence.is_open() {
        eprintln!(
            "detente: {} does not exist yet; serving an empty store (it is picked up once `detente ingest --db {}` runs)",
            db.display(),
            db.display()
        );
    }
    let options = ReportOptions {
        pair: pair.clone(),
        draws: a.draws,
        max_quotes: 300,
        ..ReportOptions::default()
    };
    // The page starts with the evidence alone; the scenario's analysis (seconds on a large
    // scenario) runs beside the server and is swapped in when done.
    let title = scenario
        .as_ref()
        .map(|s| s.meta.title.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Evidence".to_string());
    let first = {
        let store = super::db::open_read_only(&db).ok();
        let linker = scenario.as_ref().map(IssueLinker::new);
        let evidence = match &store {
            Some(s) => detente_report::adapt::evidence_view(s, linker.as_ref(), &options)?.0,
            None => Default::default(),
        };
        ReportData {
            title,
            evidence,
            ..ReportData::default()
        }
    };
    let analyzer: Option<Arc<dyn ScenarioAnalyzer>> = match &scenario {
        Some(sc) => Some(Arc::new(ModelAnalyzer::new(sc.clone(), pair)?)),
        None => None,
    };
    let evidence: Arc<dyn EvidenceSource> = Arc::new(evidence);
    let state = AppState::new(first, evidence, None);
    if a.review_token.as_deref().is_some_and(|t| t.len() < 16) {
        anyhow::bail!("--review-token must be at least 16 characters");
    }
    state.enable_review(detente_report::server::review::ReviewDesk::new(
        db.clone(),
        scenario.clone(),
        a.review_token.clone(),
        is_loopback(&a.addr),
    ));
    if let Some(sc) = scenario {
        state.set_pending();
        let bg = state.clone();
        let db = db.clone();
        std::thread::spawn(move || {
            let store = super::db::open_read_only(&db).ok();
            match build_report(
                &sc,
                store.as_ref().map(|s| s as &dyn detente_store::StoreRead),
                &options,
            ) {
                Ok(data) => bg.set_view(Some(data), analyzer),
                Err(e) => {
                    eprintln!("detente: the scenario analysis failed: {e}");
                    bg.set_view(None, None);
                }
            }
        });
    }
    let limits = ServerLimits {
        body_bytes: a.max_body_kib.saturating_mul(1024),
        request_timeout: std::time::Duration::from_secs(a.request_timeout.max(1)),
        max_connections: a.max_connections.max(1),
        allowed_hosts: a.allow_host.clone(),
        ..ServerLimits::default()
    };
    serve_blocking(state, &a.addr, limits, |addr| {
        eprintln!("detente: dashboard on http://{addr}/, review desk on http://{addr}/review (Ctrl-C to stop)");
    })?;
    Ok(())
}
