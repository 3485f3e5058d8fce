//! Store benchmark: writing articles with their evidence (extraction excluded).
//!
//!     cargo bench -p detente-store --bench write
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use detente_store::{ArticleWithEvidence, Store};
use detente_text::Article;

mod common;
use common::*;

fn benches(c: &mut Criterion) {
    // Writing only (extraction excluded), into one store: bytes of article text per second. Articles are the seed corpus (when
    // ../shared is there) run through the real extractor, made distinct by a last line.
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("bench.db")).expect("open");
    let mut g = c.benchmark_group("write");
    let seeds =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut texts: Vec<String> = std::fs::read_dir(&seeds)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    if texts.is_empty() {
        texts = (0..5)
            .map(|i| article(i, "seedless").article.text)
            .collect();
    }
    let extractor = detente_text::extract::Extractor::new();
    let mut round = 0usize;
    let mut make_batch = move || -> Vec<ArticleWithEvidence> {
        round += 1;
        (0..100)
            .map(|i| {
                let text = format!("{}\n(round {round} copy {i})\n", texts[i % texts.len()]);
                let article = Article {
                    id: format!("w{round}-{i}"),
                    source_path: format!("bench/w{round}-{i}.txt"),
                    title: None,
                    date: Some("2025-07-22".into()),
                    date_inferred: false,
                    date_basis: None,
                    raw_offsets: None,
                    url: None,
                    content_hash: hash(&text),
                    text,
                };
                let evidence = extractor.extract(&article);
                ArticleWithEvidence { article, evidence }
            })
            .collect()
    };
    let sample = make_batch();
    let bytes: usize = sample.iter().map(|a| a.article.text.len()).sum();
    let records: usize = sample
        .iter()
        .map(|a| {
            a.evidence.quotes.len()
                + a.evidence.claims.len()
                + a.evidence.actors.len()
                + a.evidence.dates.len()
        })
        .sum();
    eprintln!(
        "write batch: 100 articles, {:.2} MB, {records} records",
        bytes as f64 / 1e6
    );
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("ingest_batch_100_seed_articles", |b| {
        b.iter_batched(
            &mut make_batch,
            |batch| store.ingest_batch(&batch).expect("ingest"),
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(write_benches, benches);
criterion_main!(write_benches);
