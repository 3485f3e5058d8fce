//! Extraction throughput on one thread: reads the articles once, then times
//! `Extractor::extract` alone over all of them (several passes, best pass reported).
//! Usage: cargo run --release -p detente-text --features tools --example throughput -- PATH... [--passes N]
use detente_text::{read_paths, Article, Extractor, ReadEvent, ReadOptions};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut passes = 3;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--passes" {
            passes = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    let t0 = Instant::now();
    let articles: Vec<Article> = read_paths(&paths, &ReadOptions::default())
        .filter_map(|e| match e {
            ReadEvent::Article(a) => Some(a),
            ReadEvent::Warning { .. } => None,
        })
        .collect();
    let read_s = t0.elapsed().as_secs_f64();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let ex = Extractor::new();
    let mut best = f64::INFINITY;
    let mut records = 0;
    for _ in 0..passes {
        let t = Instant::now();
        records = 0;
        for a in &articles {
            let ev = ex.extract(a);
            records += ev.quotes.len() + ev.actors.len() + ev.dates.len() + ev.claims.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {:.1} MB, {} records; read {:.1} MB/s; extract {:.1} MB/s (best of {passes}, 1 thread)",
        articles.len(),
        mb,
        records,
        mb / read_s,
        mb / best
    );
}
