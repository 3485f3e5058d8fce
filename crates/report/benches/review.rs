//! Review desk and report benchmark, on a store of 100,000 quotes with 10,000 corrections.
//! A plain harness (no criterion); the figures are in docs/review.md.
//!
//!     cargo bench -p detente-report --bench review
//!
//! For the review desk (`GET /review` and `GET /api/review` without the HTTP around them),
//! without and with a scenario: the first render on a fresh desk (which, with a scenario,
//! starts linking every statement in the background), how long that linking takes, then
//! p50/p99/max of the page and of the queue as JSON (a) on an unchanged store and (b) each
//! right after a new correction written by another connection (a stance rejected, a quote
//! accepted, a speaker set, in turn), as the desk sees after each decision.
//!
//! For `detente report` (`build_report` + `render_report`, 2,000 Monte Carlo draws as the
//! command's default), the same store with and without its 10,000 corrections, and the
//! evidence part alone (`evidence_view`), to give what applying corrections costs.
//!
//! `REVIEW_BENCH_QUOTES` changes the store's size (default 100,000; corrections are one in
//! ten), `REVIEW_BENCH_RUNS` the renders per measurement (default 100),
//! `REVIEW_BENCH_REPORT_RUNS` the reports per store (default 3), `REVIEW_BENCH_ONLY`
//! `desk` or `report` to run one part.

use detente_report::adapt::{build_report, evidence_view, IssueLinker, ReportOptions};
use detente_report::server::review::{review_page, review_queue, ReviewDesk};
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
fn corrections_over(batch: &[ArticleWithEvidence], n: usize) -> Vec<Correction> {
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

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn summary(times: &mut [Duration]) -> String {
    times.sort();
    format!(
        "p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} runs)",
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.99)),
        ms(times[times.len() - 1]),
        times.len()
    )
}

/// Builds a store of `quotes` quotes in `db`, with one correction per ten quotes unless
/// `corrections` is false.
fn build_store(db: &std::path::Path, quotes: usize, corrections: bool) -> Vec<ArticleWithEvidence> {
    let store = Store::open(db).expect("open");
    let articles: Vec<ArticleWithEvidence> = (0..quotes.div_ceil(QUOTES_PER_ARTICLE))
        .map(article)
        .collect();
    for chunk in articles.chunks(500) {
        store.ingest_batch(chunk).expect("ingest");
    }
    if corrections {
        let list = corrections_over(&articles, quotes / 10);
        store.import_corrections(&list).expect("import");
    }
    articles
}

/// The `i`-th correction written while the desk is open: a stance rejected, a quote
/// accepted, a speaker set, in turn, on quotes from the end of the store backwards (none
/// corrected before).
fn live_correction(articles: &[ArticleWithEvidence], i: usize) -> Correction {
    let a = &articles[articles.len() - 1 - (i / QUOTES_PER_ARTICLE) % articles.len()];
    let q = &a.evidence.quotes[i % QUOTES_PER_ARTICLE];
    let key = format!("{}:{}-{}", a.article.content_hash, q.start, q.end);
    match i % 3 {
        0 => Correction::set(
            Target::Stance,
            stance_key(Target::Quote, &key, "ceasefire"),
            "status",
            Some("rejected".into()),
            "bench",
            None,
        ),
        1 => Correction::set(
            Target::Quote,
            key,
            "status",
            Some("accepted".into()),
            "bench",
            None,
        ),
        _ => Correction::set(
            Target::Quote,
            key,
            "speaker",
            Some("speaker2 family2".into()),
            "bench",
            None,
        ),
    }
}

fn bench_desk(db: &std::path::Path, articles: &[ArticleWithEvidence], runs: usize) {
    let scenario_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/scenario.toml"
    );
    let scenario = detente_model::Scenario::load(scenario_path).expect("example scenario");
    let writer = Store::open(db).expect("open");
    let mut written = 0usize;
    for (name, sc) in [
        ("no scenario", None),
        ("ukraine-2025 scenario", Some(scenario)),
    ] {
        let with_scenario = sc.is_some();
        let desk = ReviewDesk::new(db.to_path_buf(), sc, None, true);
        let t = Instant::now();
        let page = review_page(&desk).expect("page");
        println!(
            "desk, {name}: first render {:.1} ms ({} bytes{})",
            ms(t.elapsed()),
            page.len(),
            if page.contains("data-linking=\"1\"") {
                ", stances being linked in the background"
            } else {
                ""
            }
        );
        if with_scenario {
            let t = Instant::now();
            assert!(
                desk.wait_for_stances(Duration::from_secs(3600)),
                "linking failed"
            );
            println!(
                "desk, {name}: stances linked in the background in {:.1} s (waited {:.1} s after the first render)",
                desk.last_linking().map_or(0.0, |d| d.as_secs_f64()),
                t.elapsed().as_secs_f64()
            );
            let t = Instant::now();
            let page = review_page(&desk).expect("page");
            println!(
                "desk, {name}: first render with stances linked {:.1} ms ({} bytes)",
                ms(t.elapsed()),
                page.len()
            );
        }
        let mut pages = Vec::with_capacity(runs);
        let mut json = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(review_page(&desk).expect("page"));
            pages.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(
                serde_json::to_string(&review_queue(&desk).expect("queue")).expect("json"),
            );
            json.push(t.elapsed());
        }
        println!(
            "desk, {name}, unchanged store: page {}",
            summary(&mut pages)
        );
        println!(
            "desk, {name}, unchanged store: queue JSON {}",
            summary(&mut json)
        );
        let (mut pages, mut json, mut writes) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let c = live_correction(articles, written);
            written += 1;
            let t = Instant::now();
            writer.correct(&c).expect("correct");
            writes.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(review_page(&desk).expect("page"));
            pages.push(t.elapsed());
            let c = live_correction(articles, written);
            written += 1;
            writer.correct(&c).expect("correct");
            let t = Instant::now();
            std::hint::black_box(
                serde_json::to_string(&review_queue(&desk).expect("queue")).expect("json"),
            );
            json.push(t.elapsed());
        }
        println!(
            "desk, {name}, after each new correction: page {}",
            summary(&mut pages)
        );
        println!(
            "desk, {name}, after each new correction: queue JSON {}",
            summary(&mut json)
        );
        println!(
            "desk, {name}: writing one correction {}",
            summary(&mut writes)
        );
        if with_scenario {
            // The quote corrections above start a linking again; let it finish before the
            // report part runs.
            desk.wait_for_stances(Duration::from_secs(3600));
        }
    }
}

/// The store reads of the report's evidence part, each timed once after a warm-up call.
fn report_breakdown(store: &Store, options: &ReportOptions) {
    let time = |name: &str, f: &dyn Fn() -> usize| {
        f();
        let t = Instant::now();
        let n = f();
        println!("  {name}: {:.1} ms ({n} rows)", ms(t.elapsed()));
    };
    time("quotes", &|| {
        store
            .quotes(&detente_store::QuoteFilter {
                limit: Some(options.max_quotes),
                ..Default::default()
            })
            .expect("quotes")
            .len()
    });
    time("stance corrections", &|| {
        store
            .corrections_in_force(Target::Stance)
            .expect("stances")
            .len()
    });
    time("actors", &|| {
        store
            .actors(&detente_store::ActorFilter {
                limit: Some(2000),
                ..Default::default()
            })
            .expect("actors")
            .len()
    });
    time("timeline", &|| {
        store
            .timeline(&detente_store::TimelineFilter {
                limit: Some(options.max_events),
                ..Default::default()
            })
            .expect("timeline")
            .len()
    });
    time("60 articles", &|| {
        (1..=60)
            .filter_map(|id| store.article(id).expect("article"))
            .count()
    });
}

fn bench_report(dir: &std::path::Path, quotes: usize, runs: usize) {
    let scenario_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/scenario.toml"
    );
    let scenario = detente_model::Scenario::load(scenario_path).expect("example scenario");
    let options = ReportOptions::default();
    let linker = IssueLinker::new(&scenario);
    let stores: Vec<Store> = [false, true]
        .into_iter()
        .map(|corrections| {
            let db = dir.join(format!("report-{corrections}.db"));
            build_store(&db, quotes, corrections);
            Store::open_read_only(&db).expect("open")
        })
        .collect();
    for store in &stores {
        println!(
            "report breakdown, {} corrections:",
            store.corrections().expect("corrections").len()
        );
        report_breakdown(store, &options);
    }
    // The two stores in turn, so that the machine's other work weighs on both alike.
    let mut whole = [Vec::new(), Vec::new()];
    let mut evidence = [Vec::new(), Vec::new()];
    let mut rendering = [Vec::new(), Vec::new()];
    for _ in 0..runs {
        for (i, store) in stores.iter().enumerate() {
            let t = Instant::now();
            let data = build_report(&scenario, Some(store), &options).expect("report");
            let built = t.elapsed();
            std::hint::black_box(detente_report::render_report(&data));
            whole[i].push(t.elapsed());
            rendering[i].push(t.elapsed() - built);
            let t = Instant::now();
            std::hint::black_box(evidence_view(store, Some(&linker), &options).expect("evidence"));
            evidence[i].push(t.elapsed());
        }
    }
    let mut medians = Vec::new();
    for (i, store) in stores.iter().enumerate() {
        let n = store.corrections().expect("corrections").len();
        println!(
            "report, {n} corrections: whole report {}",
            summary(&mut whole[i])
        );
        println!(
            "report, {n} corrections: evidence part {}",
            summary(&mut evidence[i])
        );
        println!(
            "report, {n} corrections: HTML rendering {}",
            summary(&mut rendering[i])
        );
        medians.push((percentile(&whole[i], 0.5), percentile(&evidence[i], 0.5)));
    }
    let (w0, e0) = medians[0];
    let (w1, e1) = medians[1];
    let extra = ms(w1) - ms(w0);
    let extra_e = ms(e1) - ms(e0);
    println!(
        "report (medians): corrections add {extra:.1} ms to the whole report ({:.1}% of its {:.1} ms) and {extra_e:.1} ms to the evidence part ({:.1}% of the whole report)",
        100.0 * extra / ms(w1),
        ms(w1),
        100.0 * extra_e / ms(w1),
    );
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
    let runs = env("REVIEW_BENCH_RUNS", 100).max(1);
    let report_runs = env("REVIEW_BENCH_REPORT_RUNS", 3).max(1);
    let only = std::env::var("REVIEW_BENCH_ONLY").unwrap_or_default();
    let dir = tempfile::tempdir().expect("temp dir");
    if only != "report" {
        let db = dir.path().join("review.db");
        let started = Instant::now();
        let articles = build_store(&db, quotes, true);
        let store = Store::open_read_only(&db).expect("open");
        println!(
            "store: {} quotes, {} corrections, built in {:.1} s",
            store.stats().expect("stats").quotes,
            store.corrections().expect("corrections").len(),
            started.elapsed().as_secs_f64()
        );
        drop(store);
        breakdown(&db);
        bench_desk(&db, &articles, runs);
    }
    if only != "desk" {
        bench_report(dir.path(), quotes, report_runs);
    }
}
