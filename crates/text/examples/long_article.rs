//! Extraction time against article length: generated articles of 1, 2, 4, 8 and 16 MB
//! (one article each) that name many titled office holders, countries, quotes and dates,
//! the shape that made extraction quadratic (issue 15). Linear extraction shows as a
//! constant MB/s across the sizes.
//! Usage: cargo run --release -p detente-text --features tools --example long_article -- [MAX_MB]
use detente_text::{Article, Extractor};
use std::time::Instant;

const GIVEN: &[&str] = &[
    "Amara", "Bruno", "Celia", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kira", "Luis", "Mira", "Nadia", "Oskar", "Petra", "Rafael", "Sofia", "Tomas", "Vera",
];
const SYLLABLE: &[&str] = &[
    "ka", "lo", "mer", "van", "dri", "tes", "bor", "nik", "sol", "ran", "pel", "gu", "zan", "tor",
    "mil", "sen",
];
const TITLES: &[&str] = &[
    "Foreign Secretary",
    "Chancellor",
    "Secretary of State",
    "Defence Minister",
    "Prime Minister",
    "Commissioner",
    "spokeswoman",
    "Ambassador",
];
const PLACES: &[&str] = &[
    "Germany", "France", "Kenya", "Brazil", "Japan", "India", "Canada",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A surname made of three syllables from a counter: many distinct people.
fn surname(i: usize) -> String {
    let n = SYLLABLE.len();
    let mut s = String::new();
    for k in [i % n, (i / n) % n, (i / (n * n)) % n] {
        s.push_str(SYLLABLE[k]);
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

fn article(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    text.push_str("Talks resume in Geneva\n\n");
    let mut i = 0usize;
    while text.len() < bytes {
        let (g, s) = (GIVEN[i % GIVEN.len()], surname(i));
        let title = TITLES[i % TITLES.len()];
        let place = PLACES[i % PLACES.len()];
        let day = DAYS[i % DAYS.len()];
        text.push_str(&format!(
            "{place}'s {title} {g} {s} said on {day} that the talks would continue. \
             “We expect an answer by March {d},” {s} told reporters, adding that the \
             delegation from {place} would stay for three more days.\n\n\
             Asked about the proposal, she said the government had rejected it in 2024.\n\n",
            d = 1 + i % 28
        ));
        i += 1;
    }
    text
}

fn main() {
    let max_mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(16);
    let ex = Extractor::new();
    println!(
        "{:>6} {:>10} {:>9} {:>8}",
        "MB", "seconds", "MB/s", "records"
    );
    let mut mb = 1;
    while mb <= max_mb {
        let text = article(mb * 1_000_000);
        let a = Article {
            id: format!("generated-{mb}mb"),
            source_path: String::new(),
            title: None,
            date: Some("2025-06-04".to_string()),
            date_inferred: false,
            date_basis: None,
            url: None,
            content_hash: String::new(),
            raw_offsets: None,
            text,
        };
        let t = Instant::now();
        let ev = ex.extract(&a);
        let s = t.elapsed().as_secs_f64();
        let records = ev.quotes.len() + ev.actors.len() + ev.claims.len() + ev.dates.len();
        let real_mb = a.text.len() as f64 / 1e6;
        println!("{real_mb:>6.1} {s:>10.2} {:>9.1} {records:>8}", real_mb / s);
        mb *= 2;
    }
}
