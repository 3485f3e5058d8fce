//! Store benchmark: queries over 100,000 quotes.
//!
//!     cargo bench -p detente-store --bench queries
use criterion::{criterion_group, criterion_main, Criterion};
use detente_store::{ActorFilter, QuoteFilter, SearchOptions, Store};

mod common;
use common::*;

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("bench.db")).expect("open");
    let articles = 100_000 / QUOTES_PER_ARTICLE;
    for chunk in (0..articles).collect::<Vec<_>>().chunks(500) {
        let batch: Vec<_> = chunk.iter().map(|&i| article(i, "")).collect();
        store.ingest_batch(&batch).expect("ingest");
    }
    let stats = store.stats().expect("stats");
    assert_eq!(stats.quotes, 100_000);

    let mut g = c.benchmark_group("query_100k_quotes");
    let by_speaker = QuoteFilter {
        speaker: Some("family42".into()),
        ..Default::default()
    };
    g.bench_function("quotes_by_speaker_surname", |b| {
        b.iter(|| store.quotes(&by_speaker).expect("query"))
    });
    let by_full = QuoteFilter {
        speaker: Some("Speaker42 Family42".into()),
        ..Default::default()
    };
    g.bench_function("quotes_by_speaker_full_name", |b| {
        b.iter(|| store.quotes(&by_full).expect("query"))
    });
    let by_aff = QuoteFilter {
        affiliation: Some("country7".into()),
        limit: Some(1000),
        ..Default::default()
    };
    g.bench_function("quotes_by_affiliation_limit_1000", |b| {
        b.iter(|| store.quotes(&by_aff).expect("query"))
    });
    let by_date = QuoteFilter {
        since: Some("2023-04-01".into()),
        until: Some("2023-04-30".into()),
        ..Default::default()
    };
    g.bench_function("quotes_in_one_month", |b| {
        b.iter(|| store.quotes(&by_date).expect("query"))
    });
    g.bench_function("actors_all", |b| {
        b.iter(|| store.actors(&ActorFilter::default()).expect("query"))
    });
    let opts = SearchOptions {
        limit: 20,
        ..Default::default()
    };
    g.bench_function("search_phrase", |b| {
        b.iter(|| {
            store
                .search("\"option 3 on issue\"", &opts)
                .expect("search")
        })
    });
    g.finish();
}

criterion_group!(query_benches, benches);
criterion_main!(query_benches);
