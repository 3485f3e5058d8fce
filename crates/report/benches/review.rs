//! Review desk benchmark: the page `GET /review` renders (queue read from the store, stances
//! linked against the scenario, HTML), on a store of 100,000 quotes with 10,000
//! corrections, with and without a scenario. A plain harness (no criterion): it prints the
//! first render's time (which, with a scenario, links every statement), then the median,
//! p99 and maximum over repeated renders (the linked stances kept, as the server keeps
//! them while the evidence is unchanged); the figures are in docs/review.md.
//!
//!     cargo bench -p detente-report --bench review
//!
//! `REVIEW_BENCH_QUOTES` changes the store's size (default 100,000), `REVIEW_BENCH_RUNS`
//! the renders without a scenario (default 50) and `REVIEW_BENCH_SCENARIO_RUNS` those with
//! one (default 20).

use detente_report::server::review::{review_page, ReviewDesk};
use detente_store::corrections::{stance_key, Target};
use detente_store::{ArticleWithEvidence, Correction, Store};
use detente_text::{Actor, ActorKind, Article, ArticleEvidence, Quote};
use std::fmt::Write;
use std::time::{Duration, Instant};

const QUOTES_PER_ARTICLE: usize = 10;
const SPEAKERS: usize = 500;
/// Statements written for this benchmark; most touch an issue of the example scenario, so
/// the linker has work to do on every one.
const SAYINGS: [&str; 10] = [
    "We are ready to talk about a ceasefire along the present line of contact",
    "The sanctions have to stay until every soldier has gone home",
    "Kyiv should drop its plan to join NATO for good",
    "Nobody here will ever recognise Crimea as Russian",
    "Foreign troops on Ukrainian soil are not acceptable to us",
    "We want an answer on the exchange of prisoners before summer",
    "The delegations will meet again next week",
    "Frozen reserves should pay for rebuilding the cities",
    "Any settlement needs guarantees that hold when tested",
    "The army should stay as large as it is today",
];
const SIDES: [&str; 6] = [
    "Russia",
    "Ukraine",
    "United States",
    "European Union",
    "Turkey",
    "China",
];

fn hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Article `i`: ten quotes; one in ten has no speaker, one in ten an organisation's.
fn article(i: usize) -> ArticleWithEvidence {
    let mut text = format!("Talks, day {i}\n\n");
    let (mut quotes, mut actors) = (Vec::new(), Vec::new());
    for k in 0..QUOTES_PER_ARTICLE {
        let s = (i * 7 + k * 31) % SPEAKERS;
        let words = format!("{} (day {i}, point {k}).", SAYINGS[(i + k) % SAYINGS.len()]);
        let (speaker, kind) = match k {
            3 => (None, ActorKind::Person),
            7 => (Some(format!("Ministry{s}")), ActorKind::Organization),
            _ => (Some(format!("Speaker{s} Family{s}")), ActorKind::Person),
        };
        let _ = write!(text, "{} said: \"", speaker.as_deref().unwrap_or("Someone"));
        let start = text.len();
        text.push_str(&words);
        let end = text.len();
        text.push_str("\" The meeting went on. ");
        if let Some(name) = &speaker {
            actors.push(Actor {
                article: format!("a{i}"),
                name: name.clone(),
                kind,
                role: None,
                affiliation: Some(SIDES[s % SIDES.len()].to_string()),
                mentions: vec![name.clone()],
            });
        }
        quotes.push(Quote {
            article: format!("a{i}"),
            start,
            end,
            text: words,
            speaker: speaker.clone(),
            speaker_mention: speaker,
            cue: Some("said".into()),
            date: None,
        });
    }
    ArticleWithEvidence {
        article: Article {
            id: format!("a{i}"),
            source_path: format!("bench/a{i}.txt"),
            title: Some(format!("Talks, day {i}")),
            date: Some(format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
            date_inferred: false,
            date_basis: None,
            raw_offsets: None,
            url: None,
            content_hash: hash(&text),
            text,
        },
        evidence: ArticleEvidence {
            quotes,
            claims: vec![],
            actors,
            dates: vec![],
        },
    }
}

/// `n` corrections over the stored quotes: accepted quotes, set speakers and rejected
/// stances in turn, one per quote from the first on.
fn corrections(batch: &[ArticleWithEvidence], n: usize) -> Vec<Correction> {
    let mut out = Vec::with_capacity(n);
    for a in batch {
        for q in &a.evidence.quotes {
            if out.len() == n {
                return out;
            }
            let key = format!("{}:{}-{}", a.article.content_hash, q.start, q.end);
            let c = match out.len() % 3 {
                0 => Correction::set(
                    Target::Quote,
                    key,
                    "status",
                    Some("accepted".into()),
                    "bench",
                    None,
                ),
                1 => Correction::set(
                    Target::Quote,
                    key,
                    "speaker",
                    Some("speaker1 family1".into()),
                    "bench",
                    Some("heard on the tape".into()),
                ),
                _ => Correction::set(
                    Target::Stance,
                    stance_key(Target::Quote, &key, "ceasefire"),
                    "status",
                    Some("rejected".into()),
                    "bench",
                    None,
                ),
            };
            out.push(c);
        }
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// Where a render's time goes: each store read the queue made before it read in pages,
/// timed once after one warm-up call.
fn breakdown(db: &std::path::Path) {
    let store = Store::open_read_only(db).expect("open");
    let time = |name: &str, f: &dyn Fn() -> usize| {
        f();
        let t = Instant::now();
        let n = f();
        println!(
            "  {name}: {:.1} ms ({n} rows)",
            t.elapsed().as_secs_f64() * 1e3
        );
    };
    println!("breakdown:");
    let all = detente_store::QuoteFilter::default();
    time("quotes (all, corrections applied)", &|| {
        store.quotes(&all).expect("quotes").len()
    });
    time("actors (all)", &|| {
        store
            .actors(&detente_store::ActorFilter::default())
            .expect("actors")
            .len()
    });
    time("corrections (all)", &|| {
        store.corrections().expect("corrections").len()
    });
    time("actors with conflicting sides", &|| {
        store
            .actors_with_conflicting_sides(25)
            .expect("sides")
            .len()
    });
}

fn main() {
    let env = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let quotes = env("REVIEW_BENCH_QUOTES", 100_000);
    let plain_runs = env("REVIEW_BENCH_RUNS", 50).max(1);
    let scenario_runs = env("REVIEW_BENCH_SCENARIO_RUNS", 20).max(1);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("review.db");
    let store = Store::open(&db).expect("open");
    let started = Instant::now();
    let articles: Vec<ArticleWithEvidence> = (0..quotes.div_ceil(QUOTES_PER_ARTICLE))
        .map(article)
        .collect();
    for chunk in articles.chunks(500) {
        store.ingest_batch(chunk).expect("ingest");
    }
    let list = corrections(&articles, quotes / 10);
    store.import_corrections(&list).expect("import");
    let stats = store.stats().expect("stats");
    println!(
        "store: {} quotes, {} corrections, built in {:.1} s",
        stats.quotes,
        store.corrections().expect("corrections").len(),
        started.elapsed().as_secs_f64()
    );
    drop(store);
    let scenario_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/scenario.toml"
    );
    let scenario = detente_model::Scenario::load(scenario_path).expect("example scenario");
    breakdown(&db);
    for (name, sc, runs) in [
        ("no scenario", None, plain_runs),
        ("ukraine-2025 scenario", Some(scenario), scenario_runs),
    ] {
        let desk = ReviewDesk::new(db.clone(), sc, None, true);
        let t = Instant::now();
        let page = review_page(&desk).expect("page");
        println!(
            "review page, {name}: first render {:.1} ms (with a scenario, every statement is linked)",
            t.elapsed().as_secs_f64() * 1e3
        );
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            let page = review_page(&desk).expect("page");
            times.push(t.elapsed());
            std::hint::black_box(page);
        }
        times.sort();
        println!(
            "review page, {name}: {} bytes; {runs} renders: median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            page.len(),
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            times[times.len() - 1].as_secs_f64() * 1e3,
        );
    }
}
