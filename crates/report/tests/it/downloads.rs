//! The dashboard's CSV downloads: same rows and filters as the JSON endpoints, as an
//! attachment; errors stay JSON.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use detente_report::sample::sample_report;
use detente_report::server::evidence::MemoryEvidence;
use detente_report::server::{router, AppState};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

async fn get(uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let data = sample_report();
    let ev = Arc::new(MemoryEvidence::new(data.evidence.clone()));
    let app = router(AppState::new(data, ev, None));
    let res = app
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn rows(csv: &str) -> Vec<&str> {
    csv.split("\r\n").filter(|l| !l.is_empty()).collect()
}

#[tokio::test]
async fn quotes_csv_has_the_json_rows_and_filters() {
    let (status, headers, body) = get("/api/quotes.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    assert!(headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("quotes.csv"));
    let lines = rows(&body);
    assert!(lines[0].contains("speaker"), "{body}");
    assert_eq!(lines.len(), 1 + 4, "{body}");
    let (_, _, filtered) = get("/api/quotes.csv?speaker=stone").await;
    let lines = rows(&filtered);
    assert_eq!(lines.len(), 1 + 2);
    assert!(lines[1..].iter().all(|l| l.contains("Ada Stone")));
}

#[tokio::test]
async fn every_table_downloads_and_bad_parameters_stay_json_errors() {
    for uri in [
        "/api/actors.csv",
        "/api/timeline.csv",
        "/api/search.csv?q=border",
    ] {
        let (status, headers, body) = get(uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}: {body}");
        assert!(headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        assert!(rows(&body).len() >= 2, "{uri}: {body}");
    }
    let (status, headers, body) = get("/api/quotes.csv?since=yesterday").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    assert!(body.contains("error"));
}
