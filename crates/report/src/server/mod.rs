//! The local web dashboard: axum on tokio, bound to loopback by default.
//!
//! Pages are rendered with maud (escaped by default) and enhanced by one inline script that
//! only reads the JSON API and builds DOM nodes with `textContent`. Every response carries a
//! Content-Security-Policy that allows that one script (by hash) and nothing else.

mod api;
mod downloads;
pub mod evidence;
mod guard;
mod page;
pub mod review;
pub mod store_source;
pub mod whatsnew;

use crate::analyzer::ScenarioAnalyzer;
use crate::data::ReportData;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use evidence::EvidenceSource;
pub use guard::HostPolicy;
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::time::Duration;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// Largest request body accepted (the scenario editor posts a few kilobytes).
pub const BODY_LIMIT: usize = 1 << 20;
/// Longest a request may take before the server answers 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// Longest a client may take to send a request's headers (an idle connection counts).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Most connections served at once; further ones wait to be accepted. Well under the common
/// limit of 1,024 open files.
pub const MAX_CONNECTIONS: usize = 256;

/// How often the server checks the store for new evidence.
pub const REFRESH_EVERY: Duration = Duration::from_secs(3);

/// What the dashboard shows: live evidence, and the scenario's analysis computed once at
/// start-up (recomputed per request only for edits posted to `/api/analyze`).
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    evidence: Arc<dyn EvidenceSource>,
    /// The scenario part may arrive after the server is up (the analysis takes a while):
    /// pages read a snapshot per request.
    view: std::sync::RwLock<View>,
    csp: HeaderValue,
    /// Searches running now (see `api::search`): bounded so a flood of searches cannot
    /// take every connection and thread from the other pages.
    searches: AtomicUsize,
    /// The review desk (`/review`), when the dashboard serves a store.
    review: std::sync::OnceLock<Arc<review::ReviewDesk>>,
}

#[derive(Clone)]
pub(crate) struct View {
    pub(crate) report: Arc<ReportData>,
    pub(crate) analyzer: Option<Arc<dyn ScenarioAnalyzer>>,
    /// A scenario is being analysed and will replace `report`.
    pub(crate) pending: bool,
}

impl AppState {
    /// `report` supplies the scenario, analysis and forecasts the pages show (its evidence
    /// part feeds the overview's timeline); `evidence` answers the live queries.
    pub fn new(
        report: ReportData,
        evidence: Arc<dyn EvidenceSource>,
        analyzer: Option<Arc<dyn ScenarioAnalyzer>>,
    ) -> Self {
        let csp = format!(
            "default-src 'none'; script-src '{}' '{}'; style-src 'unsafe-inline'; connect-src 'self'; \
             img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            page::script_hash(),
            review::script_hash()
        );
        let csp = HeaderValue::from_str(&csp)
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
        AppState {
            inner: Arc::new(Inner {
                evidence,
                view: std::sync::RwLock::new(View {
                    report: Arc::new(report),
                    analyzer,
                    pending: false,
                }),
                csp,
                searches: AtomicUsize::new(0),
                review: std::sync::OnceLock::new(),
            }),
        }
    }

    /// Marks the scenario as being analysed: pages say so until [`Self::set_view`].
    pub fn set_pending(&self) {
        if let Ok(mut v) = self.inner.view.write() {
            v.pending = true;
        }
    }

    /// Swaps in the analysed scenario (or, with `None`, just clears the pending mark).
    pub fn set_view(
        &self,
        report: Option<ReportData>,
        analyzer: Option<Arc<dyn ScenarioAnalyzer>>,
    ) {
        if let Ok(mut v) = self.inner.view.write() {
            if let Some(r) = report {
                v.report = Arc::new(r);
                v.analyzer = analyzer;
            }
            v.pending = false;
        }
    }

    /// Turns on the review desk (a second call changes nothing).
    pub fn enable_review(&self, desk: review::ReviewDesk) {
        let _ = self.inner.review.set(Arc::new(desk));
    }

    pub(crate) fn review_desk(&self) -> Option<Arc<review::ReviewDesk>> {
        self.inner.review.get().cloned()
    }

    pub(crate) fn evidence(&self) -> Arc<dyn EvidenceSource> {
        Arc::clone(&self.inner.evidence)
    }

    pub(crate) fn view(&self) -> View {
        match self.inner.view.read() {
            Ok(v) => v.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }
}

async fn not_found(req: Request) -> Response {
    if req.uri().path().starts_with("/api/") {
        api::error(StatusCode::NOT_FOUND, "no such API endpoint").into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "404 not found\n",
        )
            .into_response()
    }
}

/// Bounds on what one request and one client may cost, and who may ask.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerLimits {
    /// Largest request body accepted, in bytes (413 above).
    pub body_bytes: usize,
    /// Longest a request may take before the server answers 408; store work it started is
    /// stopped then too.
    pub request_timeout: Duration,
    /// Longest a client may take to send a request's headers before its connection closes.
    pub header_read_timeout: Duration,
    /// Most connections served at once.
    pub max_connections: usize,
    /// Host names answered besides localhost and the bound address (`--allow-host`).
    pub allowed_hosts: Vec<String>,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            body_bytes: BODY_LIMIT,
            request_timeout: REQUEST_TIMEOUT,
            header_read_timeout: HEADER_READ_TIMEOUT,
            max_connections: MAX_CONNECTIONS,
            allowed_hosts: Vec::new(),
        }
    }
}

/// The whole application, ready to serve or to test with `tower::ServiceExt::oneshot`.
pub fn router(state: AppState) -> Router {
    router_with_limits(state, ServerLimits::default())
}

pub fn router_with_limits(state: AppState, limits: ServerLimits) -> Router {
    router_for(state, &limits, None)
}

/// The application for a server bound to `bound` (whose address is then an allowed host).
fn router_for(state: AppState, limits: &ServerLimits, bound: Option<std::net::IpAddr>) -> Router {
    let guard = guard::Guard {
        hosts: Arc::new(HostPolicy::new(bound, &limits.allowed_hosts)),
        csp: state.inner.csp.clone(),
        request_timeout: limits.request_timeout,
    };
    Router::new()
        .route("/", get(page::dashboard))
        .route("/api", get(api::index))
        .route("/api/", get(api::index))
        .route("/api/quotes", get(api::quotes))
        .route("/api/actors", get(api::actors))
        .route("/api/timeline", get(api::timeline))
        .route("/api/search", get(api::search))
        .route("/api/articles", get(api::articles))
        .route("/api/articles/:id", get(api::article))
        .route("/api/scenario", get(api::scenario))
        .route("/api/analysis", get(api::analysis))
        .route("/api/analyze", post(api::analyze))
        .route("/api/forecast", get(api::forecast))
        .merge(review::routes())
        .merge(downloads::routes())
        .route("/new", get(whatsnew::page))
        .route("/api/new", get(whatsnew::api))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
        // Outermost, so that the 408 and 413 above get headers and a JSON body too.
        .layer(middleware::from_fn_with_state(guard, guard::guard))
        .with_state(state)
}

/// Binds `addr` and serves until Ctrl-C. `ready` is called with the bound address (useful
/// with port 0).
pub async fn serve(
    state: AppState,
    addr: &str,
    limits: ServerLimits,
    ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), crate::ReportError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| crate::ReportError::Io {
            path: format!("cannot listen on {addr} (--addr wants HOST:PORT, e.g. 127.0.0.1:8080)"),
            source,
        })?;
    let local = listener
        .local_addr()
        .map_err(|source| crate::ReportError::Io {
            path: addr.to_string(),
            source,
        })?;
    ready(local);
    // Pick up articles ingested while the dashboard runs.
    let evidence = Arc::clone(&state.inner.evidence);
    let refresher = tokio::spawn(async move {
        loop {
            let ev = Arc::clone(&evidence);
            if let Ok(Err(e)) = tokio::task::spawn_blocking(move || ev.refresh()).await {
                tracing::warn!("refreshing the evidence failed: {e}");
            }
            tokio::time::sleep(REFRESH_EVERY).await;
        }
    });
    let app = router_for(state, &limits, Some(local.ip()));
    accept_loop(listener, app, &limits).await;
    refresher.abort();
    Ok(())
}

/// Serves connections until Ctrl-C: at most `limits.max_connections` at once (further ones
/// wait in the listen queue), each closed when its client takes longer than
/// `limits.header_read_timeout` to send a request's headers (an idle keep-alive connection
/// included).
async fn accept_loop(listener: tokio::net::TcpListener, app: Router, limits: &ServerLimits) {
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let header_timeout = limits.header_read_timeout;
    let shutdown = tokio::signal::ctrl_c();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = Arc::clone(&permits).acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            _ = &mut shutdown => break,
        };
        let stream = tokio::select! {
            r = listener.accept() => match r {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was
                    // accepted: wait a moment rather than spin.
                    tracing::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout);
            if let Err(e) = http.serve_connection(io, service).await {
                tracing::debug!("connection ended: {e}");
            }
            drop(permit);
        });
    }
}

/// [`serve`] on its own multi-threaded runtime, for callers without one (the CLI).
pub fn serve_blocking(
    state: AppState,
    addr: &str,
    limits: ServerLimits,
    ready: impl FnOnce(std::net::SocketAddr),
) -> Result<(), crate::ReportError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| crate::ReportError::Io {
            path: "async runtime".to_string(),
            source,
        })?;
    runtime.block_on(serve(state, addr, limits, ready))
}
