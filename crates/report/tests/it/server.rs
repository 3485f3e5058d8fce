//! The dashboard's routes, driven in-process with `tower::ServiceExt::oneshot`.

use crate::common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::LinearAnalyzer;
use detente_report::analyzer::ScenarioAnalyzer;
use detente_report::data::{EvidenceView, ReportData};
use detente_report::sample::sample_report;
use detente_report::server::evidence::{EvidenceSource, MemoryEvidence};
use detente_report::server::store_source::StoreEvidence;
use detente_report::server::{router, AppState, BODY_LIMIT};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::Arc;
use tower::ServiceExt;

fn app_with(data: ReportData, evidence: Arc<dyn EvidenceSource>) -> axum::Router {
    let analyzer: Option<Arc<dyn ScenarioAnalyzer>> = data.scenario.clone().map(|base| {
        let a: Arc<dyn ScenarioAnalyzer> = Arc::new(LinearAnalyzer { base });
        a
    });
    router(AppState::new(data, evidence, analyzer))
}

fn app() -> axum::Router {
    let data = sample_report();
    let ev = Arc::new(MemoryEvidence::new(data.evidence.clone()));
    app_with(data, ev)
}

async fn send(
    app: axum::Router,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app.oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

async fn get(app: axum::Router, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
}

async fn get_json(uri: &str) -> (StatusCode, Value) {
    let (status, _, body) = get(app(), uri).await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

fn post_json(uri: &str, body: String) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test]
async fn dashboard_page_is_escaped_and_locked_down() {
    let (status, headers, body) = get(app(), "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<!DOCTYPE html>"));
    assert!(!body.contains("<script>alert"), "hostile script unescaped");
    assert!(!body.contains("<img src=x"), "hostile img unescaped");
    assert!(!body.contains("<b>Envoy</b>"), "speaker name unescaped");
    assert!(body.contains("&lt;b&gt;Envoy&lt;/b&gt;") || body.contains("Envoy"));
    // Exactly one script: ours, allowed by hash in the CSP.
    assert_eq!(body.matches("<script").count(), 1);
    let csp = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(csp.contains("script-src 'sha256-"), "{csp}");
    assert!(csp.contains("default-src 'none'"));
    assert_eq!(
        headers
            .get(header::X_CONTENT_TYPE_OPTIONS)
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    assert!(body.matches("<svg").count() >= 5, "charts missing");
}

#[tokio::test]
async fn quotes_filter_by_speaker_party_issue_and_date() {
    let (s, all) = get_json("/api/quotes").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(all["count"], 4);
    let (_, by_speaker) = get_json("/api/quotes?speaker=stone").await;
    assert_eq!(by_speaker["count"], 2);
    assert!(by_speaker["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|q| q["speaker"] == "Ada Stone"));
    let (_, by_party) = get_json("/api/quotes?party=southland").await;
    assert_eq!(by_party["count"], 2);
    let (_, by_issue) = get_json("/api/quotes?issue=border").await;
    assert_eq!(by_issue["count"], 1);
    let (_, since) = get_json("/api/quotes?since=2025-06-03").await;
    assert_eq!(since["count"], 1);
    let (_, until) = get_json("/api/quotes?until=2025-05").await;
    assert_eq!(until["count"], 1);
    let (_, words) = get_json("/api/quotes?q=BORDER").await;
    assert_eq!(words["count"], 1);
    let (_, limited) = get_json("/api/quotes?limit=1").await;
    assert_eq!(limited["count"], 1);
    let (_, blank) = get_json("/api/quotes?speaker=&party=").await;
    assert_eq!(blank["count"], 4, "blank form fields do not filter");
}

#[tokio::test]
async fn bad_parameters_are_400_with_a_message() {
    for uri in [
        "/api/quotes?since=yesterday",
        "/api/quotes?limit=abc",
        "/api/quotes?until=2025-6-1",
        "/api/search",
        "/api/timeline?since=x",
    ] {
        let (s, v) = get_json(uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}");
        assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{uri}");
    }
}

#[tokio::test]
async fn empty_evidence_still_answers_json() {
    let app = app_with(
        ReportData::default(),
        Arc::new(MemoryEvidence::new(EvidenceView::default())),
    );
    for uri in [
        "/api/quotes",
        "/api/actors",
        "/api/timeline",
        "/api/articles",
        "/api/forecast",
    ] {
        let (s, _, body) = get(app.clone(), uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        let v: Value = serde_json::from_str(&body).expect("json");
        assert!(v.is_object(), "{uri}");
    }
    let (s, _, _) = get(app.clone(), "/").await;
    assert_eq!(s, StatusCode::OK);
    // No scenario loaded: the scenario endpoints say so with 404.
    let (s, _, _) = get(app.clone(), "/api/scenario").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _, _) = send(app, post_json("/api/analyze", "{}".into())).await;
    assert!(s.is_client_error());
}

#[tokio::test]
async fn unknown_paths_and_traversal_are_404() {
    for uri in [
        "/no/such/page",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/static/../../etc/passwd",
        "/api/nothing",
        "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/articles/%2Fetc%2Fpasswd",
    ] {
        let (s, _, body) = get(app(), uri).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{uri}");
        assert!(!body.contains("root:"), "{uri}");
    }
    let (_, v) = get_json("/api/nothing").await;
    assert!(v["error"].is_string());
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let big = format!(
        "{{\"parties\":[],\"issues\":[],\"pad\":\"{}\"}}",
        "x".repeat(BODY_LIMIT + 10)
    );
    let (s, _, _) = send(app(), post_json("/api/analyze", big)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn analyze_recomputes_from_edited_numbers() {
    let (s, scen) = get_json("/api/scenario").await;
    assert_eq!(s, StatusCode::OK);
    let mut edit = scen["editable"].clone();
    // Southland now walks away from anything below 99: every proposal fails for it.
    edit["parties"][1]["reservation"] = Value::from(0.99);
    let (s, _, body) = send(app(), post_json("/api/analyze", edit.to_string())).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: Value = serde_json::from_str(&body).expect("json");
    let acceptable = v["analysis"]["acceptable"].as_array().expect("rows");
    assert!(acceptable.iter().all(|row| row[1] == false));
    assert!(v["findings"].as_array().is_some_and(|f| !f.is_empty()));

    // Out-of-range and mis-shaped numbers are refused.
    let mut bad = scen["editable"].clone();
    bad["parties"][0]["weights"][0] = Value::from(-1.0);
    let (s, _, body) = send(app(), post_json("/api/analyze", bad.to_string())).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{body}");
    let mut bad = scen["editable"].clone();
    bad["parties"][0]["values"][0] = Value::from(vec![0.5]);
    let (s, _, _) = send(app(), post_json("/api/analyze", bad.to_string())).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _, _) = send(app(), post_json("/api/analyze", "{not json".into())).await;
    assert!(s.is_client_error());
}

#[tokio::test]
async fn article_text_comes_back_as_plain_segments() {
    let (s, v) = get_json("/api/articles/hostile.txt").await;
    assert_eq!(s, StatusCode::OK);
    let joined: String = v["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(joined, detente_report::sample::HOSTILE);
    assert!(v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["mark"] == "quote"));
    let (s, _) = get_json("/api/articles/missing.txt").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn search_marks_hits() {
    let (s, v) = get_json("/api/search?q=treaty").await;
    assert_eq!(s, StatusCode::OK);
    let hits = v["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["snippet"]
        .as_array()
        .is_some_and(|parts| parts.iter().any(|p| p["mark"] == "hit"))));
}

#[tokio::test]
async fn store_backed_quotes_follow_the_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.db");
    // Missing file: served empty, then picked up once written.
    let ev = Arc::new(StoreEvidence::open(&path, None).expect("open"));
    assert!(!ev.is_open());
    let app = app_with(ReportData::default(), ev.clone());
    let (s, _, body) = get(app.clone(), "/api/quotes").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("\"count\":0"));

    let store = detente_store::Store::open(&path).expect("store");
    let text = "Ada Stone said: \"We will hold the line <script>alert(1)</script>.\" Bo Reyes said: \"Talks go on.\"";
    common::store_article(
        &store,
        "a.txt",
        text,
        "2025-06-02",
        &[
            (
                "Ada Stone",
                "Northland",
                "We will hold the line <script>alert(1)</script>.",
            ),
            ("Bo Reyes", "Southland", "Talks go on."),
        ],
    );
    // Before the index is built, answers come from SQLite; after, from the index: the same,
    // the timeline's parties (the speakers' sides) included.
    let fresh = Arc::new(StoreEvidence::open(&path, None).expect("reopen"));
    let (_, _, before) = get(
        app_with(ReportData::default(), fresh.clone()),
        "/api/quotes?speaker=reyes",
    )
    .await;
    let (_, _, timeline_before) =
        get(app_with(ReportData::default(), fresh), "/api/timeline").await;
    ev.refresh().expect("refresh");
    assert!(ev.is_open());
    let (_, _, after) = get(app.clone(), "/api/quotes?speaker=reyes").await;
    assert_eq!(before, after);
    let (_, _, timeline_after) = get(app.clone(), "/api/timeline").await;
    assert_eq!(timeline_before, timeline_after);
    assert!(
        timeline_after.contains("\"party\":\"Southland\""),
        "{timeline_after}"
    );
    assert!(after.contains("Talks go on."));
    let (_, _, body) = get(app.clone(), "/api/quotes?speaker=STONE").await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["count"], 1);
    assert_eq!(v["quotes"][0]["speaker"], "Ada Stone");
    let (_, _, body) = get(app.clone(), "/api/quotes?affiliation=southland").await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["count"], 1);
    let (s, _, body) = get(app.clone(), "/api/articles/a.txt").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Talks go on."));
    let (s, _, body) = get(app.clone(), "/api/search?q=line").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert!(body.contains("\"hit\""));
    let (s, _, _) = get(app.clone(), "/api/search?q=%22unclosed").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _, body) = get(app, "/api/timeline").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("2025-06-02"));
}

#[test]
fn a_file_that_is_not_a_store_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("junk.db");
    std::fs::write(&path, b"this is not sqlite at all, just text").expect("write");
    let err = StoreEvidence::open(&path, None).err().expect("error");
    assert!(err.to_string().contains("junk.db"), "{err}");
}
