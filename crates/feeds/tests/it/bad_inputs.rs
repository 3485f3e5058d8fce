//! Hostile and broken sources: each is one clear error naming its URL, never a panic, and
//! the rest of the run goes on.

use crate::common::article_page;
use crate::common::server::{dead_url, Reply, Server};
use crate::feeds_and_pages::{quick_config, run};
use detente_feeds::{Client, FetchConfig, FetchError, Validators};
use detente_store::Store;
use std::time::Duration;

fn one(url: &str, config: FetchConfig) -> FetchError {
    let client = Client::new(config);
    let limit = client.config().max_page_bytes;
    match client.get(url, &Validators::default(), limit) {
        Ok(_) => panic!("{url} should have failed"),
        Err(e) => e,
    }
}

#[test]
fn every_bad_source_is_reported_by_url_and_the_good_one_is_still_stored() {
    let s = Server::start();
    s.route("/good.html", Reply::html(&article_page(1)));
    s.route(
        "/broken.xml",
        Reply::typed(
            "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut",
        ),
    );
    s.route("/endless.html", Reply::Endless);
    s.route("/loop/a", Reply::Redirect("/loop/b".into()));
    s.route("/loop/b", Reply::Redirect("/loop/a".into()));
    s.route(
        "/report.pdf",
        Reply::typed("application/pdf", "%PDF-1.7 not a page"),
    );
    s.route("/gone.html", Reply::Status(404));
    s.route(
        "/empty.html",
        Reply::html("<html><body><nav>menu</nav></body></html>"),
    );
    let down = dead_url();
    let urls = vec![
        s.url("/broken.xml"),
        s.url("/endless.html"),
        s.url("/loop/a"),
        s.url("/report.pdf"),
        s.url("/gone.html"),
        s.url("/empty.html"),
        down.clone(),
        s.url("/good.html"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let config = FetchConfig {
        max_feed_bytes: 1 << 20,
        max_page_bytes: 1 << 20,
        ..quick_config()
    };
    let r = run(&store, &dir.path().join("s.json"), &urls, config);
    assert_eq!(r.report.failures, 7, "{:#?}", r.problems);
    for (url, problem) in urls.iter().zip(&r.problems) {
        assert!(
            problem.starts_with(url.as_str()),
            "{problem} should name {url}"
        );
    }
    let has = |needle: &str| r.problems.iter().any(|p| p.contains(needle));
    assert!(has("not a valid RSS or Atom feed"), "{:#?}", r.problems);
    assert!(has("larger than 1048576 bytes"), "{:#?}", r.problems);
    assert!(has("redirects"), "{:#?}", r.problems);
    assert!(has("\"application/pdf\" is neither"), "{:#?}", r.problems);
    assert!(has("HTTP 404"), "{:#?}", r.problems);
    assert!(has("no article text"), "{:#?}", r.problems);
    assert!(has("cannot connect"), "{:#?}", r.problems);
    assert_eq!(r.report.articles_new, 1);
    assert_eq!(store.articles_after(0, None).unwrap().len(), 1);
}

#[test]
fn a_body_that_stalls_ends_at_the_timeout() {
    let s = Server::start();
    s.route("/slow.html", Reply::Stall);
    let e = one(
        &s.url("/slow.html"),
        FetchConfig {
            timeout: Duration::from_millis(800),
            ..quick_config()
        },
    );
    assert!(matches!(e, FetchError::Timeout { .. }), "{e}");
    assert!(e.is_transient());
    assert!(e.to_string().starts_with(&s.url("/slow.html")));
}

#[test]
fn a_redirect_loop_stops_at_the_redirect_bound() {
    let s = Server::start();
    s.route("/r1", Reply::Redirect("/r2".into()));
    s.route("/r2", Reply::Redirect("/r1".into()));
    let e = one(
        &s.url("/r1"),
        FetchConfig {
            max_redirects: 3,
            ..quick_config()
        },
    );
    assert!(
        matches!(e, FetchError::TooManyRedirects { max: 3, .. }),
        "{e}"
    );
    // robots.txt (404) and the first request plus three redirects: bounded.
    assert!(s.hits().len() <= 5, "{:?}", s.hits().len());
}

#[test]
fn a_redirect_to_a_page_is_followed() {
    let s = Server::start();
    s.route("/short", Reply::Redirect("/long/story.html".into()));
    s.route("/long/story.html", Reply::html(&article_page(5)));
    let client = Client::new(quick_config());
    match client.get(&s.url("/short"), &Validators::default(), 1 << 20) {
        Ok(detente_feeds::client::Fetched::Body(b)) => {
            assert_eq!(b.final_url, s.url("/long/story.html"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_host_that_is_down_fails_a_feed_item_for_a_later_retry() {
    // The feed is fine but its item's host is down: reported, and the feed's validators
    // are not kept, so the next run asks for the feed again and retries the item.
    let s = Server::start();
    let down = dead_url().replace("/feed.xml", "/story.html");
    s.route(
        "/feed.xml",
        Reply::typed(
            "application/rss+xml",
            &crate::common::rss(&[("Later", &down, "Mon, 02 Mar 2026 10:00:00 GMT")]),
        )
        .with_etag("\"v1\""),
    );
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let state = dir.path().join("s.json");
    let r = run(&store, &state, &[s.url("/feed.xml")], quick_config());
    assert_eq!(r.report.failures, 1);
    assert!(r.problems[0].starts_with(&down), "{:?}", r.problems);
    s.clear_hits();
    let again = run(&store, &state, &[s.url("/feed.xml")], quick_config());
    assert_eq!(again.report.failures, 1, "the item is tried again");
    assert!(!s.hits_on("/feed.xml")[0]
        .headers
        .contains_key("if-none-match"));
}

#[test]
fn a_bad_url_is_an_error_not_a_request() {
    let e = one("ftp://127.0.0.1/feed", quick_config());
    assert!(matches!(e, FetchError::BadUrl { .. }), "{e}");
    assert!(e.to_string().starts_with("ftp://127.0.0.1/feed"));
}
