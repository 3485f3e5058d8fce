//! Writes a synthetic evidence store for the dashboard load benchmark:
//! `cargo run --release -p detente-report --features tools --example make_load_store -- OUT.db [QUOTES]`.
//! Articles of 100 quotes each, 400 speakers on 8 sides, dates over two years; the text is
//! generated, so offsets and spans are exact.
use detente_store::{ArticleWithEvidence, Store};
use detente_text::{Actor, ActorKind, Article, ArticleEvidence, Quote};
use sha2::{Digest, Sha256};

const SIDES: [&str; 8] = [
    "Russia",
    "Ukraine",
    "United States",
    "European Union",
    "NATO",
    "China",
    "Turkey",
    "United Nations",
];
const WORDS: [&str; 24] = [
    "ceasefire",
    "border",
    "guarantee",
    "sanctions",
    "talks",
    "troops",
    "treaty",
    "referendum",
    "security",
    "withdrawal",
    "elections",
    "reconstruction",
    "monitoring",
    "prisoners",
    "corridor",
    "energy",
    "grain",
    "sovereignty",
    "neutrality",
    "amnesty",
    "assets",
    "aid",
    "deadline",
    "framework",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "load.db".into());
    let total: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let _ = std::fs::remove_file(&out);
    let store = Store::open(&out)?;
    let per_article = 100;
    let speakers: Vec<(String, &str)> = (0..400)
        .map(|i| {
            (
                format!("Speaker{i:03} Surname{i:03}"),
                SIDES[i % SIDES.len()],
            )
        })
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut batch = Vec::new();
    let articles = total.div_ceil(per_article);
    for a in 0..articles {
        let name = format!("load-{a:05}.txt");
        let day = a % 700;
        let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new(day as u64)))
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "2024-01-01".into());
        let mut text = format!("Report number {a}\n\n");
        let mut ev = ArticleEvidence::default();
        for _ in 0..per_article.min(total - a * per_article) {
            let (speaker, side) = &speakers[(next() % speakers.len() as u64) as usize];
            let words: Vec<&str> = (0..8)
                .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
                .collect();
            let said = format!(
                "The {} is about {} and {}",
                words[0],
                words[1..5].join(" "),
                words[5..].join(" ")
            );
            text.push_str(&format!("{speaker} said: \""));
            let start = text.len();
            text.push_str(&said);
            let end = text.len();
            text.push_str("\".\n");
            ev.quotes.push(Quote {
                article: name.clone(),
                start,
                end,
                text: said,
                speaker: Some(speaker.clone()),
                speaker_mention: speaker.split_whitespace().last().map(str::to_string),
                cue: Some("said".into()),
                date: Some(date.clone()),
            });
            if !ev.actors.iter().any(|x| x.name == *speaker) {
                ev.actors.push(Actor {
                    article: name.clone(),
                    name: speaker.clone(),
                    kind: ActorKind::Person,
                    role: Some("official".into()),
                    affiliation: Some((*side).to_string()),
                    mentions: vec![speaker.clone()],
                });
            }
        }
        batch.push(ArticleWithEvidence {
            article: Article {
                id: name.clone(),
                source_path: name,
                title: Some(format!("Report number {a}")),
                date: Some(date),
                date_inferred: false,
                date_basis: None,
                raw_offsets: None,
                url: None,
                content_hash: format!("{:x}", Sha256::digest(text.as_bytes())),
                text,
            },
            evidence: ev,
        });
        if batch.len() == 50 {
            store.ingest_batch(&batch)?;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        store.ingest_batch(&batch)?;
    }
    let stats = store.stats()?;
    println!(
        "{out}: {} articles, {} quotes, {} actors",
        stats.articles, stats.quotes, stats.actors
    );
    Ok(())
}
