//! What stands in front of every route: the Host check, deadlines, limits on connections
//! and header reads, and JSON errors with the security headers whatever layer answered.

use crate::common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::LinearAnalyzer;
use detente_report::analyzer::ScenarioAnalyzer;
use detente_report::data::{ActorView, ArticleView, EventView, QuoteView, ReportData};
use detente_report::sample::sample_report;
use detente_report::server::evidence::{
    ArticleSummary, EvidenceSource, MemoryEvidence, QuoteFilter, SearchHit,
};
use detente_report::server::store_source::StoreEvidence;
use detente_report::server::{router_with_limits, serve, AppState, ServerLimits};
use detente_report::ReportError;
use detente_store::{SearchOptions, StoreError};
use http_body_util::BodyExt;
use serde_json::Value;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

fn state_with(data: ReportData, evidence: Arc<dyn EvidenceSource>) -> AppState {
    let analyzer: Option<Arc<dyn ScenarioAnalyzer>> = data.scenario.clone().map(|base| {
        let a: Arc<dyn ScenarioAnalyzer> = Arc::new(LinearAnalyzer { base });
        a
    });
    AppState::new(data, evidence, analyzer)
}

fn sample_state() -> AppState {
    let data = sample_report();
    let ev = Arc::new(MemoryEvidence::new(data.evidence.clone()));
    state_with(data, ev)
}

fn app(limits: ServerLimits) -> axum::Router {
    router_with_limits(sample_state(), limits)
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    json: Value,
}

async fn send(app: axum::Router, req: Request<Body>) -> Answer {
    let res = app.oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Answer {
        status,
        headers,
        json: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    }
}

fn get_with_host(uri: &str, host: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::HOST, host)
        .body(Body::empty())
        .expect("request")
}

fn post_json(uri: &str, body: String) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request")
}

/// The documented headers and a JSON `{"error": ...}` body.
fn assert_locked_down_error(a: &Answer, what: &str) {
    for h in [
        header::CONTENT_SECURITY_POLICY,
        header::X_CONTENT_TYPE_OPTIONS,
        header::REFERRER_POLICY,
        header::X_FRAME_OPTIONS,
        header::CACHE_CONTROL,
    ] {
        assert!(a.headers.contains_key(&h), "{what}: no {h}");
    }
    assert!(
        a.json["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{what}: body {:?}",
        a.json
    );
}

#[tokio::test]
async fn a_foreign_host_header_is_refused_with_403() {
    // DNS rebinding: the browser sends the attacker's domain as Host.
    for host in [
        "rebind.example:8080",
        "127.0.0.1.nip.io",
        "localhost.evil.example",
    ] {
        let a = send(
            app(ServerLimits::default()),
            get_with_host("/api/quotes", host),
        )
        .await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{host}");
        assert_locked_down_error(&a, host);
        assert!(a.json["error"]
            .as_str()
            .unwrap_or("")
            .contains("--allow-host"));
    }
    for host in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080"] {
        let a = send(
            app(ServerLimits::default()),
            get_with_host("/api/quotes", host),
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{host}");
    }
    // A host the user listed is answered.
    let listed = ServerLimits {
        allowed_hosts: vec!["desk.lan".into()],
        ..ServerLimits::default()
    };
    let a = send(app(listed), get_with_host("/", "desk.lan:8080")).await;
    assert_eq!(a.status, StatusCode::OK);
}

#[tokio::test]
async fn timeouts_limits_and_wrong_methods_answer_json_with_security_headers() {
    // 408: a request past its deadline.
    let (probe, _) = Probe::with_flag(Work::Sleep);
    let app408 = router_with_limits(
        state_with(ReportData::default(), probe),
        ServerLimits {
            request_timeout: Duration::from_millis(100),
            ..ServerLimits::default()
        },
    );
    let a = send(app408, get_with_host("/api/actors", "localhost")).await;
    assert_eq!(a.status, StatusCode::REQUEST_TIMEOUT);
    assert_locked_down_error(&a, "408");
    // 413: a body over the limit.
    let small = ServerLimits {
        body_bytes: 64,
        ..ServerLimits::default()
    };
    let a = send(app(small), post_json("/api/analyze", "x".repeat(200))).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_locked_down_error(&a, "413");
    // 405 and 404 from the router itself, 422/400 from the body parser.
    let a = send(
        app(ServerLimits::default()),
        post_json("/api/quotes", "{}".into()),
    )
    .await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_locked_down_error(&a, "405");
    let a = send(
        app(ServerLimits::default()),
        get_with_host("/nowhere", "localhost"),
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
    assert_locked_down_error(&a, "404");
    let a = send(
        app(ServerLimits::default()),
        post_json("/api/analyze", "{\"parties\": 3}".into()),
    )
    .await;
    assert!(a.status.is_client_error(), "{}", a.status);
    assert_locked_down_error(&a, "bad body");
    let a = send(
        app(ServerLimits::default()),
        get_with_host("/api/search?limit=x", "localhost"),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert_locked_down_error(&a, "400");
}

#[tokio::test]
async fn client_mistakes_in_analyze_are_client_errors_not_500() {
    let scen = send(
        app(ServerLimits::default()),
        get_with_host("/api/scenario", "localhost"),
    )
    .await;
    let editable = scen.json["editable"].clone();
    let first = editable["parties"][0]["id"].clone();
    // A pair naming one party twice.
    let mut twice = editable.clone();
    twice["pair"] = Value::from(vec![first.clone(), first]);
    let a = send(
        app(ServerLimits::default()),
        post_json("/api/analyze", twice.to_string()),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{:?}", a.json);
    assert!(a.json["error"].as_str().unwrap_or("").contains("twice"));
    // Weights whose sum overflows: refused as the scenario file refuses them.
    let mut huge = editable.clone();
    let n = huge["parties"][0]["weights"].as_array().map_or(0, Vec::len);
    huge["parties"][0]["weights"] = Value::from(vec![1.7e308; n.max(2)]);
    let a = send(
        app(ServerLimits::default()),
        post_json("/api/analyze", huge.to_string()),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{:?}", a.json);
    // A number beyond f64 in the JSON itself.
    let text = editable
        .to_string()
        .replacen("\"reservation\":", "\"reservation\":1e999,\"x\":", 1);
    let a = send(
        app(ServerLimits::default()),
        post_json("/api/analyze", text),
    )
    .await;
    assert!(a.status.is_client_error(), "{}", a.status);
}

#[tokio::test]
async fn a_nul_or_a_flood_of_terms_in_a_search_is_a_400_or_an_answer_never_a_500() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.db");
    let store = detente_store::Store::open(&path).expect("store");
    common::store_article(
        &store,
        "a.txt",
        "Ada Stone said: \"We will hold the line.\"",
        "2025-06-02",
        &[("Ada Stone", "Northland", "We will hold the line.")],
    );
    let ev = Arc::new(StoreEvidence::open(&path, None).expect("open"));
    let app = router_with_limits(
        state_with(ReportData::default(), ev),
        ServerLimits::default(),
    );
    let a = send(
        app.clone(),
        get_with_host("/api/search?q=hold%00line", "localhost"),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{:?}", a.json);
    let flood = vec!["a*"; 150].join("+");
    let a = send(
        app.clone(),
        get_with_host(&format!("/api/search?q={flood}"), "localhost"),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{:?}", a.json);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_work_stops_when_its_request_times_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.db");
    let store = detente_store::Store::open(&path).expect("store");
    for i in 0..300 {
        let text = format!("Ada Stone said: \"We will hold the line number {i}.\"");
        common::store_article(&store, &format!("a{i}.txt"), &text, "2025-06-02", &[]);
    }
    drop(store);
    let (probe, stopped) = Probe::with_flag(Work::SearchUntilStopped(path));
    let app = router_with_limits(
        state_with(ReportData::default(), probe),
        ServerLimits {
            request_timeout: Duration::from_millis(200),
            ..ServerLimits::default()
        },
    );
    let a = send(app, get_with_host("/api/actors", "localhost")).await;
    assert_eq!(a.status, StatusCode::REQUEST_TIMEOUT);
    // The abandoned work was interrupted by SQLite, not left to run (it gives up by itself
    // only after a minute).
    let mut waited = 0;
    while !stopped.load(Ordering::Acquire) && waited < 600 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        waited += 1;
    }
    assert!(stopped.load(Ordering::Acquire), "the query ran on");
}

enum Work {
    Sleep,
    /// Searches the store at this path again and again until one is interrupted.
    SearchUntilStopped(std::path::PathBuf),
}

/// Evidence whose `actors` does slow work; everything else is empty.
struct Probe {
    inner: MemoryEvidence,
    work: Work,
    stopped: Arc<AtomicBool>,
}

impl Probe {
    fn with_flag(work: Work) -> (Arc<dyn EvidenceSource>, Arc<AtomicBool>) {
        let stopped = Arc::new(AtomicBool::new(false));
        let p = Probe {
            inner: MemoryEvidence::default(),
            work,
            stopped: Arc::clone(&stopped),
        };
        (Arc::new(p), stopped)
    }
}

impl EvidenceSource for Probe {
    fn quotes(&self, f: &QuoteFilter) -> Result<Vec<QuoteView>, ReportError> {
        self.inner.quotes(f)
    }
    fn actors(&self, _: Option<&str>) -> Result<Vec<ActorView>, ReportError> {
        match &self.work {
            Work::Sleep => std::thread::sleep(Duration::from_secs(3)),
            Work::SearchUntilStopped(path) => {
                let store = detente_store::Store::open_read_only(path).expect("store");
                let start = std::time::Instant::now();
                while start.elapsed() < Duration::from_secs(60) {
                    let r = store.search("line OR hold OR stone", &SearchOptions::default());
                    if matches!(r, Err(StoreError::Interrupted { .. })) {
                        self.stopped.store(true, Ordering::Release);
                        break;
                    }
                }
            }
        }
        Ok(Vec::new())
    }
    fn timeline(
        &self,
        since: Option<&str>,
        until: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EventView>, ReportError> {
        self.inner.timeline(since, until, limit)
    }
    fn search(&self, q: &str, limit: usize) -> Result<Vec<SearchHit>, ReportError> {
        self.inner.search(q, limit)
    }
    fn article(&self, id: &str) -> Result<Option<ArticleView>, ReportError> {
        self.inner.article(id)
    }
    fn articles(&self) -> Result<Vec<ArticleSummary>, ReportError> {
        self.inner.articles()
    }
}

/// Starts the real server on a free loopback port; returns its address.
async fn start(limits: ServerLimits) -> std::net::SocketAddr {
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let _ = serve(sample_state(), "127.0.0.1:0", limits, move |addr| {
            let _ = tx.send(addr);
        })
        .await;
    });
    rx.await.expect("server started")
}

/// Sends a GET and reads the whole answer on a blocking socket.
fn http_get(stream: &mut std::net::TcpStream, host: &str) -> std::io::Result<String> {
    write!(
        stream,
        "GET /api/forecast HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )?;
    let mut out = String::new();
    stream.read_to_string(&mut out)?;
    Ok(out)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_are_closed_after_the_header_timeout() {
    let addr = start(ServerLimits {
        header_read_timeout: Duration::from_millis(200),
        ..ServerLimits::default()
    })
    .await;
    let closed = tokio::task::spawn_blocking(move || {
        let mut idle = std::net::TcpStream::connect(addr).expect("connect");
        // Half a request line, then nothing: the server must hang up, not wait forever.
        idle.write_all(b"GET / HT").expect("write");
        idle.set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        // An answer or none, then end of stream; a read timeout means it stayed open.
        let mut rest = Vec::new();
        idle.read_to_end(&mut rest).is_ok()
    })
    .await
    .expect("join");
    assert!(closed, "the half-sent connection stayed open");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_over_the_cap_wait_until_one_closes() {
    let addr = start(ServerLimits {
        max_connections: 1,
        header_read_timeout: Duration::from_secs(600),
        ..ServerLimits::default()
    })
    .await;
    let (held, later) = tokio::task::spawn_blocking(move || {
        let idle = std::net::TcpStream::connect(addr).expect("connect");
        // Let the server accept the first one before the second arrives.
        std::thread::sleep(Duration::from_millis(100));
        let mut second = std::net::TcpStream::connect(addr).expect("connect");
        second
            .set_read_timeout(Some(Duration::from_millis(300)))
            .expect("timeout");
        write!(
            second,
            "GET /api/forecast HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .expect("write");
        let mut buf = [0u8; 64];
        // While the first connection holds the only place, the second is not served.
        let held = second.read(&mut buf).is_err();
        drop(idle);
        second
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("timeout");
        let mut out = String::new();
        let _ = second.read_to_string(&mut out);
        (held, out)
    })
    .await
    .expect("join");
    assert!(held, "a connection over the cap was served");
    assert!(later.starts_with("HTTP/1.1 200"), "{later}");
    // And a foreign Host on a real socket is refused.
    let answer = tokio::task::spawn_blocking(move || {
        let mut s = std::net::TcpStream::connect(addr).expect("connect");
        http_get(&mut s, "rebind.example")
    })
    .await
    .expect("join")
    .expect("answer");
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
}
