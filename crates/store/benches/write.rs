//! Store benchmark: writing articles with their evidence (extraction excluded).
//!
//!     cargo bench -p detente-store --bench write
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use detente_store::{ArticleWithEvidence, Store};
use detente_text::{Actor, ActorKind, Article, ArticleEvidence, DateMention, Quote};
use std::fmt::Write;

const SPEAKERS: usize = 500;
const QUOTES_PER_ARTICLE: usize = 10;

fn hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Article `i` with ten quotes by ten of the 500 speakers, actors and a date.
fn article(i: usize, salt: &str) -> ArticleWithEvidence {
    let mut text = format!("Round {i} of the talks {salt}\n\n");
    let mut quotes = Vec::new();
    let mut actors = Vec::new();
    for k in 0..QUOTES_PER_ARTICLE {
        let s = (i * 7 + k * 31) % SPEAKERS;
        let name = format!("Speaker{s} Family{s}");
        let words = format!("We propose option {k} on issue {i} and expect an answer by June.");
        write!(text, "Minister {name} said: \"").unwrap();
        let start = text.len();
        text.push_str(&words);
        let end = text.len();
        text.push_str("\" Delegates discussed the proposal at length afterwards. ");
        quotes.push(Quote {
            article: format!("a{i}"),
            start,
            end,
            text: words,
            speaker: Some(name.clone()),
            speaker_mention: Some(name.clone()),
            cue: Some("said".into()),
            date: None,
        });
        actors.push(Actor {
            article: format!("a{i}"),
            name: name.clone(),
            kind: ActorKind::Person,
            role: Some("Minister".into()),
            affiliation: Some(format!("Country{}", s % 20)),
            mentions: vec![name, format!("Family{s}")],
        });
    }
    let d = text.find("June").unwrap_or(0);
    let date = format!("20{:02}-{:02}-{:02}", 20 + i % 6, 1 + i % 12, 1 + i % 28);
    ArticleWithEvidence {
        article: Article {
            id: format!("a{i}"),
            source_path: format!("bench/a{i}.txt"),
            title: Some(format!("Round {i}")),
            date: Some(date.clone()),
            date_inferred: false,
            url: None,
            content_hash: hash(&text),
            text,
        },
        evidence: ArticleEvidence {
            quotes,
            claims: vec![],
            actors,
            dates: vec![DateMention {
                article: format!("a{i}"),
                start: d,
                end: d + 4,
                text: "June".into(),
                resolved: Some(date[..7].to_string()),
            }],
        },
    }
}

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
