//! Extraction throughput on one thread: reads the articles once, then times
//! `Extractor::extract` alone over all of them (several passes, best pass reported). On
//! Linux it also reports the best pass per CPU-second of this thread (from
//! `/proc/thread-self/schedstat`), which a loaded machine's preemption does not lower.
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
    let mut best_cpu = f64::INFINITY;
    let mut records = 0;
    for _ in 0..passes {
        let cpu0 = thread_cpu_seconds();
        let t = Instant::now();
        records = 0;
        for a in &articles {
            let ev = ex.extract(a);
            records += ev.quotes.len() + ev.actors.len() + ev.dates.len() + ev.claims.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
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
    if best_cpu.is_finite() {
        println!(
            "extract {:.1} MB per CPU-second (best of {passes})",
            mb / best_cpu
        );
    }
}

/// The CPU time this thread has run, in seconds (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
