//! `detente fetch` and `detente watch` against a server the test starts on 127.0.0.1.

#[path = "../../../feeds/tests/it/common/server.rs"]
mod server;

use server::{dead_url, Reply, Server};
use std::path::Path;
use std::process::Command;

fn detente(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .output()
        .expect("run detente");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A page for these tests: one quote from each side of fictional fishing talks.
fn page(n: usize) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Harbour talks, day {n}</title></head><body>\
         <article><h1>Harbour talks, day {n}</h1>\
         <p>Delegations from Norway and Iceland met for day {n} of the harbour-fee talks.</p>\
         <p>\"Fees must fall by {n} percent before we sign,\" Icelandic negotiator Einar Jonsson said.</p>\
         <p>\"We will not sign a deal that empties our ports,\" Norwegian fisheries minister Kari Holm said.</p>\
         </article></body></html>"
    )
}

fn rss(items: &[(String, &str)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title><link>http://x.invalid/</link><description>d</description>",
    );
    for (link, date) in items {
        s.push_str(&format!(
            "<item><title>t</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate></item>"
        ));
    }
    s.push_str("</channel></rss>");
    s
}

fn serve_feed(s: &Server, days: &[usize]) {
    let items: Vec<(String, &str)> = days
        .iter()
        .map(|d| {
            (
                s.url(&format!("/day/{d}.html")),
                "Mon, 02 Mar 2026 10:00:00 GMT",
            )
        })
        .collect();
    s.route(
        "/rss.xml",
        Reply::typed("application/rss+xml", &rss(&items)).with_etag(&format!("\"{days:?}\"")),
    );
    for d in days {
        s.route(&format!("/day/{d}.html"), Reply::html(&page(*d)));
    }
}

fn db_arg(dir: &Path) -> String {
    dir.join("t.db").display().to_string()
}

#[test]
fn fetch_stores_feed_items_and_a_rerun_adds_nothing() {
    let s = Server::start();
    serve_feed(&s, &[1, 2]);
    let dir = tempfile::tempdir().unwrap();
    let db = db_arg(dir.path());
    let feed = s.url("/rss.xml");
    let args = ["fetch", "--db", &db, "--host-interval", "0", &feed];
    let (ok, out, err) = detente(&args);
    assert!(ok, "{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("new ")).count(),
        2,
        "{out}"
    );
    assert!(out.contains("2026-03-02"), "{out}");
    assert!(out.contains("2 new articles"), "{out}");
    assert!(dir.path().join("t.db.feeds.json").exists());
    s.clear_hits();
    let (ok, out, err) = detente(&args);
    assert!(ok, "{err}");
    assert!(
        out.contains("0 new articles") && out.contains("1 not modified"),
        "{out}"
    );
    assert!(s.hits_on("/day/1.html").is_empty());
    // The stored quotes are there for the other commands.
    let (ok, out, _) = detente(&["quotes", "--db", &db, "--affiliation", "Iceland"]);
    assert!(ok);
    assert!(out.contains("Fees must fall"), "{out}");
}

#[test]
fn fetch_reports_each_bad_url_goes_on_and_exits_non_zero() {
    let s = Server::start();
    s.route("/ok.html", Reply::html(&page(9)));
    s.route(
        "/bad.xml",
        Reply::typed("application/rss+xml", "<rss><channel><item>"),
    );
    s.route("/img.png", Reply::typed("image/png", "\u{89}PNG"));
    let down = dead_url();
    let dir = tempfile::tempdir().unwrap();
    let feeds = dir.path().join("feeds.txt");
    std::fs::write(
        &feeds,
        format!(
            "# test sources\n{} broken feed\n{}\n\n{} an image\n{} good page\n",
            s.url("/bad.xml"),
            down,
            s.url("/img.png"),
            s.url("/ok.html")
        ),
    )
    .unwrap();
    let db = db_arg(dir.path());
    let (ok, out, err) = detente(&[
        "fetch",
        "--db",
        &db,
        "--host-interval",
        "0",
        "--feeds",
        &feeds.display().to_string(),
    ]);
    assert!(!ok);
    for url in [s.url("/bad.xml"), down, s.url("/img.png")] {
        assert!(
            err.lines()
                .any(|l| l.starts_with(&format!("detente: error: {url}"))),
            "{url} not named in:\n{err}"
        );
    }
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.contains("1 new articles"), "{out}");
}

#[test]
fn a_feeds_file_line_that_is_not_a_url_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let feeds = dir.path().join("feeds.txt");
    std::fs::write(&feeds, "# x\nhttp://127.0.0.1:9/a\nnews.example.org/rss\n").unwrap();
    let (ok, _, err) = detente(&[
        "fetch",
        "--db",
        &db_arg(dir.path()),
        "--feeds",
        &feeds.display().to_string(),
    ]);
    assert!(!ok);
    assert!(err.contains("feeds.txt:3:"), "{err}");
    assert!(
        !dir.path().join("t.db").exists(),
        "nothing written on a usage error"
    );
}

#[test]
fn watch_once_lists_new_articles_and_quotes_per_side_then_only_what_is_new() {
    let s = Server::start();
    serve_feed(&s, &[1]);
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(
        inbox.join("memo.txt"),
        "title: Port memo\ndate: 2026-03-01\n\nIceland asked for a pause. \"We need a week,\" Icelandic negotiator Einar Jonsson said.\n",
    )
    .unwrap();
    let db = db_arg(dir.path());
    let feed = s.url("/rss.xml");
    let inbox_arg = inbox.display().to_string();
    let args = [
        "watch",
        "--db",
        &db,
        "--once",
        "--host-interval",
        "0",
        &feed,
        &inbox_arg,
    ];
    let (ok, out, err) = detente(&args);
    assert!(ok, "{err}");
    let new_lines: Vec<&str> = out.lines().filter(|l| l.starts_with("new ")).collect();
    assert_eq!(new_lines.len(), 2, "{out}");
    assert!(out.contains("Port memo"), "{out}");
    assert!(out.contains("2 new articles"), "{out}");
    assert!(out.contains("Iceland 2 quotes"), "{out}");
    assert!(out.contains("Norway 1 quote"), "{out}");

    // A restart with one new feed item and one new file: only those are reported.
    serve_feed(&s, &[1, 2]);
    std::fs::write(
        inbox.join("memo2.txt"),
        "title: Second memo\ndate: 2026-03-03\n\n\"The ports stay open,\" Norwegian fisheries minister Kari Holm said.\n",
    )
    .unwrap();
    s.clear_hits();
    let (ok, out, err) = detente(&args);
    assert!(ok, "{err}");
    let new_lines: Vec<&str> = out.lines().filter(|l| l.starts_with("new ")).collect();
    assert_eq!(new_lines.len(), 2, "{out}");
    assert!(
        out.contains("Second memo") && !out.contains("Port memo"),
        "{out}"
    );
    assert!(
        out.contains("Norway 2 quotes") && out.contains("Iceland 1 quote"),
        "{out}"
    );
    assert!(
        s.hits_on("/day/1.html").is_empty(),
        "seen items are not fetched again"
    );

    // Nothing changed: nothing new, and no page fetched.
    s.clear_hits();
    let (ok, out, _) = detente(&args);
    assert!(ok);
    assert!(out.contains("0 new articles; no new quotes"), "{out}");
    assert_eq!(
        s.hits().len(),
        2,
        "robots.txt and one conditional feed request"
    );
}

#[test]
fn watch_once_fails_at_the_end_when_a_source_failed() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(
        inbox.join("a.txt"),
        "\"Talks go on,\" Norwegian fisheries minister Kari Holm said.\n",
    )
    .unwrap();
    let down = dead_url();
    let (ok, out, err) = detente(&[
        "watch",
        "--db",
        &db_arg(dir.path()),
        "--once",
        &down,
        &inbox.display().to_string(),
    ]);
    assert!(!ok);
    assert!(err.contains(&down), "{err}");
    assert!(
        out.contains("1 new articles"),
        "the folder was still read: {out}"
    );
}

/// A small scenario for the fishing talks of these tests.
const HARBOUR_SCENARIO: &str = r#"
[meta]
title = "Harbour fees"

[[parties]]
id = "iceland"
name = "Iceland"
aliases = ["Icelandic"]

[[parties]]
id = "norway"
name = "Norway"
aliases = ["Norwegian"]

[[issues]]
id = "fees"
name = "Harbour fees"
keywords = ["fees", "harbour fees", "port fees"]
options = [
  { id = "cut", label = "Fees cut", keywords = ["fees must fall", "lower fees"] },
  { id = "kept", label = "Fees kept", keywords = ["fees stay"] },
]

[preferences.iceland]
reservation = { value = 0.3 }
weights = { fees = 1.0 }
values.fees = { cut = 1.0, kept = 0.0 }

[preferences.norway]
reservation = { value = 0.3 }
weights = { fees = 1.0 }
values.fees = { cut = 0.0, kept = 1.0 }
"#;

#[test]
fn watch_with_a_scenario_sums_up_new_stances_per_party() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("harbour.toml");
    std::fs::write(&scenario, HARBOUR_SCENARIO).unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(
        inbox.join("memo.txt"),
        "title: Fee talks\ndate: 2026-03-01\n\n\"The harbour fees must fall before we sign anything,\" Icelandic negotiator Einar Jonsson said.\n",
    )
    .unwrap();
    let db = db_arg(dir.path());
    let scenario_arg = scenario.display().to_string();
    let inbox_arg = inbox.display().to_string();
    let args = [
        "watch",
        "--db",
        &db,
        "--once",
        "--scenario",
        &scenario_arg,
        &inbox_arg,
    ];
    let (ok, out, err) = detente(&args);
    assert!(ok, "{err}");
    assert!(out.contains("new stances by party: Iceland 1"), "{out}");
    assert!(!out.contains("Norway"), "{out}");
    // Nothing new: no stances either.
    let (ok, out, err) = detente(&args);
    assert!(ok, "{err}");
    assert!(out.contains("no new stances"), "{out}");
}
