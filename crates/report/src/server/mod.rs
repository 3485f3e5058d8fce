//! The local web dashboard: axum on tokio, bound to loopback by default.
//!
//! Pages are rendered with maud (escaped by default) and enhanced by one inline script that
//! only reads the JSON API and builds DOM nodes with `textContent`. Every response carries a
//! Content-Security-Policy that allows that one script (by hash) and nothing else.

mod api;
mod downloads;
pub mod evidence;
mod page;
pub mod store_source;

use crate::analyzer::ScenarioAnalyzer;
use crate::data::ReportData;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use evidence::EvidenceSource;
use std::sync::Arc;
use std::time::Duration;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// Largest request body accepted (the scenario editor posts a few kilobytes).
pub const BODY_LIMIT: usize = 1 << 20;
/// Longest a request may take before the server answers 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

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
            "default-src 'none'; script-src '{}'; style-src 'unsafe-inline'; connect-src 'self'; \
             img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            page::script_hash()
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

    pub(crate) fn view(&self) -> View {
        match self.inner.view.read() {
            Ok(v) => v.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }
}

async fn security_headers(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, state.inner.csp.clone());
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
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

/// The whole application, ready to serve or to test with `tower::ServiceExt::oneshot`.
/// Bounds on what one request may cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ServerLimits {
    /// Largest request body accepted, in bytes (413 above).
    pub body_bytes: usize,
    /// Longest a request may take before the server answers 408.
    pub request_timeout: Duration,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            body_bytes: BODY_LIMIT,
            request_timeout: REQUEST_TIMEOUT,
        }
    }
}

pub fn router(state: AppState) -> Router {
    router_with_limits(state, ServerLimits::default())
}

pub fn router_with_limits(state: AppState, limits: ServerLimits) -> Router {
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
        .merge(downloads::routes())
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(RequestBodyLimitLayer::new(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.request_timeout,
        ))
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
    let result = axum::serve(listener, router_with_limits(state, limits))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|source| crate::ReportError::Io {
            path: addr.to_string(),
            source,
        });
    refresher.abort();
    result
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
