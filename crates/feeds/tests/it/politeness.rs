//! Politeness: a User-Agent that names detente, robots.txt obeyed, a pause between two
//! requests to one host.

use crate::common::article_page;
use crate::common::server::{Reply, Server};
use crate::feeds_and_pages::{quick_config, run};
use detente_feeds::FetchConfig;
use detente_store::Store;
use std::time::Duration;

#[test]
fn requests_carry_a_user_agent_naming_detente() {
    let s = Server::start();
    s.route("/p.html", Reply::html(&article_page(1)));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    run(
        &store,
        &dir.path().join("s.json"),
        &[s.url("/p.html")],
        quick_config(),
    );
    for hit in s.hits() {
        let ua = hit.headers.get("user-agent").cloned().unwrap_or_default();
        assert!(ua.starts_with("detente/"), "{ua:?}");
    }
}

#[test]
fn robots_txt_is_fetched_once_per_host_and_obeyed() {
    let s = Server::start();
    s.route(
        "/robots.txt",
        Reply::typed(
            "text/plain",
            "User-agent: *\nDisallow: /private/\n\nUser-agent: detente\nDisallow: /no-detente/\n",
        ),
    );
    s.route("/private/a.html", Reply::html(&article_page(1)));
    s.route("/no-detente/b.html", Reply::html(&article_page(2)));
    s.route("/open/c.html", Reply::html(&article_page(3)));
    s.route("/open/d.html", Reply::html(&article_page(4)));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let urls = [
        s.url("/no-detente/b.html"),
        s.url("/open/c.html"),
        s.url("/open/d.html"),
    ];
    let r = run(&store, &dir.path().join("s.json"), &urls, quick_config());
    assert_eq!(r.report.failures, 1, "{:?}", r.problems);
    assert!(r.problems[0].contains("robots.txt"), "{:?}", r.problems);
    assert!(s.hits_on("/no-detente/b.html").is_empty());
    assert_eq!(s.hits_on("/robots.txt").len(), 1);
    assert_eq!(r.report.articles_new, 2);
}

#[test]
fn a_robots_txt_group_for_everyone_applies_to_detente_when_it_has_none() {
    let s = Server::start();
    s.route(
        "/robots.txt",
        Reply::typed("text/plain", "User-agent: *\nDisallow: /private/\n"),
    );
    s.route("/private/a.html", Reply::html(&article_page(1)));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let r = run(
        &store,
        &dir.path().join("s.json"),
        &[s.url("/private/a.html")],
        quick_config(),
    );
    assert_eq!(r.report.failures, 1);
    assert!(s.hits_on("/private/a.html").is_empty());
}

#[test]
fn requests_to_one_host_are_spaced_by_the_interval() {
    let s = Server::start();
    for i in 0..3 {
        s.route(&format!("/s/{i}.html"), Reply::html(&article_page(i)));
    }
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let interval = Duration::from_millis(300);
    let urls: Vec<String> = (0..3).map(|i| s.url(&format!("/s/{i}.html"))).collect();
    run(
        &store,
        &dir.path().join("s.json"),
        &urls,
        FetchConfig {
            per_host_interval: interval,
            ..quick_config()
        },
    );
    let hits = s.hits();
    assert_eq!(hits.len(), 4, "robots.txt and three pages");
    for pair in hits.windows(2) {
        // Measured at the server: never sooner than the interval (minus scheduling slack).
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(gap >= interval - Duration::from_millis(20), "{gap:?}");
    }
}
