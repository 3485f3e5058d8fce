//! `/new`: the articles stored since the browser's last visit, remembered in a cookie.

use crate::common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use detente_report::data::ReportData;
use detente_report::server::evidence::EvidenceSource;
use detente_report::server::store_source::StoreEvidence;
use detente_report::server::{router, AppState};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

async fn get(
    app: axum::Router,
    uri: &str,
    cookie: Option<&str>,
) -> (StatusCode, Option<String>, String) {
    let mut req = Request::get(uri);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = app
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = res.status();
    let set_cookie = res
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (
        status,
        set_cookie,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

#[tokio::test]
async fn new_lists_only_articles_stored_since_the_last_visit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.db");
    let store = detente_store::Store::open(&path).expect("store");
    let first = "Ada Stone said: \"We hold the line.\"";
    common::store_article(
        &store,
        "first-<b>.txt",
        first,
        "2025-06-02",
        &[("Ada Stone", "Northland", "We hold the line.")],
    );
    let ev: Arc<dyn EvidenceSource> = Arc::new(StoreEvidence::open(&path, None).expect("open"));
    let app = router(AppState::new(ReportData::default(), ev, None));

    // First visit: everything is new; the cookie marks article 1 as seen.
    let (s, cookie, body) = get(app.clone(), "/new", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("First visit"), "{body}");
    assert!(
        body.contains("first-&lt;b&gt;.txt"),
        "names are escaped: {body}"
    );
    let cookie = cookie.expect("a cookie");
    assert!(cookie.starts_with("detente_seen=1;"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"));

    let second = "Bo Reyes said: \"Talks go on.\"";
    common::store_article(
        &store,
        "second.txt",
        second,
        "2025-06-03",
        &[("Bo Reyes", "Southland", "Talks go on.")],
    );
    let (_, cookie, body) = get(app.clone(), "/new", Some("detente_seen=1")).await;
    // (The style sheet has ":first-child"; the article's escaped name is what must go.)
    assert!(
        body.contains("second.txt") && !body.contains("first-&lt;b&gt;"),
        "{body}"
    );
    assert!(
        body.contains("Southland") && !body.contains("Northland"),
        "{body}"
    );
    assert!(cookie.expect("cookie").starts_with("detente_seen=2;"));

    let (_, _, body) = get(app.clone(), "/new", Some("detente_seen=2")).await;
    assert!(body.contains("Nothing new."), "{body}");

    let (s, _, json) = get(app, "/api/new?after=1", None).await;
    assert_eq!(s, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["latest"], 2);
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["sides"][0]["side"], "Southland");
}
