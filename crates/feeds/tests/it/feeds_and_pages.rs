//! Feeds and pages into the store: dates, sources, idempotence, conditional re-fetches and
//! state that survives a restart.

use crate::common::server::{Reply, Server};
use crate::common::{article_page, atom, rss};
use detente_feeds::{harvest, Client, FetchConfig, HarvestEvent, HarvestOptions, State};
use detente_store::{QuoteFilter, Store};
use detente_text::extract::Extractor;
use std::time::Duration;

pub fn quick_config() -> FetchConfig {
    FetchConfig {
        per_host_interval: Duration::ZERO,
        timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(2),
        ..FetchConfig::default()
    }
}

pub struct Run {
    pub report: detente_feeds::HarvestReport,
    pub problems: Vec<String>,
    pub stored: Vec<detente_feeds::StoredArticle>,
}

/// One pass over `urls` with a fresh client (as a new process would), state from `state`.
pub fn run(store: &Store, state: &std::path::Path, urls: &[String], config: FetchConfig) -> Run {
    let client = Client::new(config);
    let mut st = State::load(state).unwrap();
    let options = HarvestOptions {
        state_path: Some(state.to_path_buf()),
        ..HarvestOptions::default()
    };
    let mut problems = Vec::new();
    let mut stored = Vec::new();
    let report = harvest(
        store,
        &client,
        &Extractor::new(),
        &mut st,
        urls,
        &options,
        &mut |e| match e {
            HarvestEvent::Problem(p) => problems.push(p.to_string()),
            HarvestEvent::Stored(a) => stored.push(a.clone()),
            _ => {}
        },
    )
    .unwrap();
    Run {
        report,
        problems,
        stored,
    }
}

fn rss_server() -> Server {
    let s = Server::start();
    let a = s.url("/news/1.html");
    let b = s.url("/news/2.html");
    s.route(
        "/feed.xml",
        Reply::typed(
            "application/rss+xml",
            &rss(&[
                ("Round one", &a, "Tue, 03 Mar 2026 09:00:00 GMT"),
                ("Round two", &b, "Wed, 04 Mar 2026 18:30:00 +0000"),
            ]),
        )
        .with_etag("\"feed-v1\""),
    );
    s.route("/news/1.html", Reply::html(&article_page(1)));
    s.route("/news/2.html", Reply::html(&article_page(2)));
    s
}

#[test]
fn rss_items_are_stored_with_the_feed_date_and_their_url_as_source() {
    let s = rss_server();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let r = run(
        &store,
        &dir.path().join("state.json"),
        &[s.url("/feed.xml")],
        quick_config(),
    );
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.report.articles_new, 2);
    let arts = store.articles_after(0, None).unwrap();
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].url.as_deref(), Some(s.url("/news/1.html").as_str()));
    assert_eq!(arts[0].source_path, s.url("/news/1.html"));
    assert_eq!(arts[0].date.as_deref(), Some("2026-03-03"));
    assert_eq!(arts[1].date.as_deref(), Some("2026-03-04"));
    assert_eq!(arts[0].title.as_deref(), Some("Quota talks, round 1"));
    // The body came through the HTML reader: no navigation, no aside.
    let detail = store.article(arts[0].id).unwrap().unwrap();
    assert!(detail.text.contains("Delegations from Norway"));
    assert!(!detail.text.contains("football"));
    let quotes = store.quotes(&QuoteFilter::default()).unwrap();
    assert_eq!(quotes.len(), 4, "{quotes:#?}");
}

#[test]
fn atom_entries_are_read_too() {
    let s = Server::start();
    let link = s.url("/a/7.html");
    s.route(
        "/atom",
        Reply::typed(
            "application/atom+xml",
            &atom(&[("Seventh round", &link, "2026-02-27T23:30:00-02:00")]),
        ),
    );
    s.route("/a/7.html", Reply::html(&article_page(7)));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let r = run(
        &store,
        &dir.path().join("s.json"),
        &[s.url("/atom")],
        quick_config(),
    );
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let arts = store.articles_after(0, None).unwrap();
    assert_eq!(arts.len(), 1);
    // 23:30 at UTC-2 is the next day in UTC.
    assert_eq!(arts[0].date.as_deref(), Some("2026-02-28"));
}

#[test]
fn a_second_run_asks_conditionally_and_fetches_no_page_again() {
    let s = rss_server();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let state = dir.path().join("state.json");
    let feed = s.url("/feed.xml");
    run(&store, &state, std::slice::from_ref(&feed), quick_config());
    s.clear_hits();
    let again = run(&store, &state, std::slice::from_ref(&feed), quick_config());
    assert_eq!(again.report.not_modified, 1);
    assert_eq!(again.report.articles_new, 0);
    let feed_hits = s.hits_on("/feed.xml");
    assert_eq!(feed_hits.len(), 1);
    assert_eq!(
        feed_hits[0]
            .headers
            .get("if-none-match")
            .map(String::as_str),
        Some("\"feed-v1\"")
    );
    assert!(s.hits_on("/news/1.html").is_empty());
    assert!(s.hits_on("/news/2.html").is_empty());
}

#[test]
fn a_changed_feed_fetches_only_its_new_items_after_a_restart() {
    let s = rss_server();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let db = dir.path().join("t.db");
    let feed = s.url("/feed.xml");
    {
        let store = Store::open(&db).unwrap();
        run(&store, &state, std::slice::from_ref(&feed), quick_config());
    }
    // The feed gains an item; the process is gone and a new one starts from the files.
    let (a, c) = (s.url("/news/1.html"), s.url("/news/3.html"));
    s.route(
        "/feed.xml",
        Reply::typed(
            "application/rss+xml",
            &rss(&[
                ("Round three", &c, "Thu, 05 Mar 2026 08:00:00 GMT"),
                ("Round one", &a, "Tue, 03 Mar 2026 09:00:00 GMT"),
            ]),
        )
        .with_etag("\"feed-v2\""),
    );
    s.route("/news/3.html", Reply::html(&article_page(3)));
    s.clear_hits();
    let store = Store::open(&db).unwrap();
    let r = run(&store, &state, std::slice::from_ref(&feed), quick_config());
    assert_eq!(r.report.articles_new, 1);
    assert_eq!(r.report.items_already_seen, 1);
    assert_eq!(s.hits_on("/news/3.html").len(), 1);
    assert!(s.hits_on("/news/1.html").is_empty());
    assert_eq!(store.articles_after(0, None).unwrap().len(), 3);
}

#[test]
fn the_same_article_under_two_urls_is_stored_once() {
    let s = Server::start();
    s.route("/p/a.html", Reply::html(&article_page(11)));
    s.route("/p/b.html", Reply::html(&article_page(11)));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let r = run(
        &store,
        &dir.path().join("s.json"),
        &[s.url("/p/a.html"), s.url("/p/b.html")],
        quick_config(),
    );
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.report.articles_new, 1);
    assert_eq!(r.report.articles_known, 1);
    assert_eq!(store.articles_after(0, None).unwrap().len(), 1);
    assert!(!r.stored[1].new);
}

#[test]
fn gzip_bodies_are_decompressed() {
    let s = Server::start();
    s.route(
        "/z.html",
        Reply::Ok {
            content_type: "text/html".into(),
            body: article_page(21).into_bytes(),
            etag: None,
            gzip: true,
        },
    );
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let r = run(
        &store,
        &dir.path().join("s.json"),
        &[s.url("/z.html")],
        quick_config(),
    );
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.report.articles_new, 1);
    let hit = &s.hits_on("/z.html")[0];
    assert!(hit
        .headers
        .get("accept-encoding")
        .is_some_and(|v| v.contains("gzip")));
}

#[test]
fn new_statements_are_counted_per_side() {
    let s = rss_server();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let before = store.last_article_id().unwrap();
    run(
        &store,
        &dir.path().join("s.json"),
        &[s.url("/feed.xml")],
        quick_config(),
    );
    let sides = store.statements_by_side_after(before).unwrap();
    let total: u64 = sides.iter().map(|s| s.quotes).sum();
    assert_eq!(total, 4, "{sides:?}");
    for side in ["Norway", "Iceland"] {
        let n = sides.iter().find(|s| s.side.as_deref() == Some(side));
        assert_eq!(n.map(|s| s.quotes), Some(2), "{side}: {sides:?}");
    }
    assert!(store
        .statements_by_side_after(store.last_article_id().unwrap())
        .unwrap()
        .is_empty());
}
