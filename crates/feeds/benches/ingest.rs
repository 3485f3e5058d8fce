//! 1,000 feed items and their pages from a local server into a fresh store, with the time
//! split into fetch, extract and store; then the same run again, when every feed answers
//! 304 Not Modified. Run: `cargo bench -p detente-feeds --bench ingest`.
//! Pages and feeds are the integration tests' (written for the project); the server runs
//! on 127.0.0.1 and stops with the process.

#[path = "../tests/it/common/mod.rs"]
mod common;

use common::server::{Reply, Server};
use detente_feeds::{harvest, Client, FetchConfig, HarvestOptions, State};
use detente_store::Store;
use detente_text::extract::Extractor;
use std::time::{Duration, Instant};

const FEEDS: usize = 10;
const ITEMS_PER_FEED: usize = 100;

fn main() {
    let s = Server::start();
    let mut urls = Vec::new();
    let mut page_bytes = 0usize;
    for f in 0..FEEDS {
        let mut items = Vec::new();
        for i in 0..ITEMS_PER_FEED {
            let n = f * ITEMS_PER_FEED + i;
            let page = common::article_page(n);
            page_bytes += page.len();
            s.route(&format!("/p/{n}.html"), Reply::html(&page));
            items.push((
                format!("Round {n}"),
                s.url(&format!("/p/{n}.html")),
                format!("Mon, {:02} Mar 2026 10:00:00 GMT", 1 + n % 28),
            ));
        }
        let refs: Vec<(&str, &str, &str)> = items
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        s.route(
            &format!("/feed/{f}.xml"),
            Reply::typed("application/rss+xml", &common::rss(&refs)).with_etag(&format!("\"{f}\"")),
        );
        urls.push(s.url(&format!("/feed/{f}.xml")));
    }
    let dir = std::env::temp_dir().join(format!("detente-feeds-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = dir.join("bench.db");
    let state_path = dir.join("state.json");
    let store = Store::open(&db).expect("open store");
    let config = FetchConfig {
        per_host_interval: Duration::ZERO,
        ..FetchConfig::default()
    };
    let extractor = Extractor::new();
    let options = HarvestOptions {
        state_path: Some(state_path.clone()),
        ..HarvestOptions::default()
    };
    println!(
        "{FEEDS} RSS feeds x {ITEMS_PER_FEED} items = {} pages ({:.1} MB of HTML), one host, no pause",
        FEEDS * ITEMS_PER_FEED,
        page_bytes as f64 / 1e6
    );
    for run in ["first run", "second run"] {
        let mut state = State::load(&state_path).expect("state");
        let client = Client::new(config.clone());
        let started = Instant::now();
        let report = harvest(
            &store,
            &client,
            &extractor,
            &mut state,
            &urls,
            &options,
            &mut |_| {},
        )
        .expect("harvest");
        let total = started.elapsed();
        let t = report.timings;
        println!(
            "{run}: {:.2} s total: fetch {:.2} s, extract {:.2} s, store {:.2} s; {} requests, {} not modified, {} new articles, {} failures",
            total.as_secs_f64(),
            t.fetch.as_secs_f64(),
            t.extract.as_secs_f64(),
            t.store.as_secs_f64(),
            report.client.requests + report.client.robots_requests,
            report.not_modified,
            report.articles_new,
            report.failures
        );
        if run == "first run" {
            println!(
                "  per article: {:.2} ms ({:.0} articles/s)",
                total.as_secs_f64() * 1e3 / report.articles_new.max(1) as f64,
                report.articles_new as f64 / total.as_secs_f64()
            );
        }
    }
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
