//! Store benchmark: queries over 100,000 quotes.
//!
//!     cargo bench -p detente-store --bench queries
use criterion::{criterion_group, criterion_main, Criterion};
use detente_store::{ActorFilter, ArticleWithEvidence, QuoteFilter, SearchOptions, Store};
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
