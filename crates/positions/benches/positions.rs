//! `positions` over 100,000 statements against the example scenario (target: under 2 s).
//!
//!     cargo bench -p detente-positions --bench positions
//!
//! The statements are the texts of the evaluation fixtures (quotes and claims in the style
//! of news reports, most of them on the example scenario's issues), repeated with varied
//! speakers, dates, articles and neighbouring sentences until there are 100,000.
use criterion::{criterion_group, criterion_main, Criterion};
use detente_positions::{
    positions, scenario_terms, PositionsFilter, StanceLexicon, StanceLinker, Statement,
    StatementKind,
};

const N: usize = 100_000;

fn statements() -> Vec<Statement> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let mut texts: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    for f in [
        "examples-stances.jsonl",
        "stances.jsonl",
        "other-stances.jsonl",
        "holdout-stances.jsonl",
    ] {
        let Ok(body) = std::fs::read_to_string(format!("{dir}{f}")) else {
            continue;
        };
        for line in body.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let text = v["text"].as_str().unwrap_or_default().to_string();
            let speaker = v["speaker"].as_str().map(String::from);
            let aff = v["affiliation"].as_str().map(String::from);
            texts.push((text, speaker, aff));
        }
    }
    assert!(!texts.is_empty(), "fixtures missing");
    let cues = [
        "said",
        "rejected",
        "insisted",
        "told reporters",
        "ruled out",
        "welcomed",
    ];
    (0..N)
        .map(|i| {
            let (text, speaker, affiliation) = texts[i % texts.len()].clone();
            let before = texts[(i + 7) % texts.len()].0.clone();
            Statement {
                kind: if i % 3 == 0 {
                    StatementKind::Claim
                } else {
                    StatementKind::Quote
                },
                article: format!("a{}.txt", i / 20),
                article_title: None,
                date: Some(format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
                start: 0,
                end: text.len(),
                text,
                speaker,
                affiliation,
                cue: Some(cues[i % cues.len()].to_string()),
                frame: None,
                before: Some(before),
                after: None,
                source: None,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/scenario.toml"
    );
    let scenario = detente_model::Scenario::load(path).expect("example scenario");
    let linker = StanceLinker::new(StanceLexicon::new(&scenario_terms(&scenario)));
    let st = statements();
    let mut g = c.benchmark_group("positions");
    g.sample_size(10);
    g.bench_function("positions_100k_statements_example_scenario", |b| {
        b.iter(|| positions(&linker, &st, &PositionsFilter::default()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
