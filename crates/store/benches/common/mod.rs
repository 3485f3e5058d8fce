//! The synthetic articles both store benchmarks write: 10 quotes each, from a pool of
//! speakers, with actors and a date.
use detente_store::ArticleWithEvidence;
use detente_text::{Actor, ActorKind, Article, ArticleEvidence, DateMention, Quote};
use std::fmt::Write;

pub const SPEAKERS: usize = 500;
pub const QUOTES_PER_ARTICLE: usize = 10;

pub fn hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Article `i` with ten quotes by ten of the 500 speakers, actors and a date.
pub fn article(i: usize, salt: &str) -> ArticleWithEvidence {
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
            dates: vec![DateMention {
                article: format!("a{i}"),
                start: d,
                end: d + 4,
                text: "June".into(),
                resolved: detente_text::PartialDate::parse(&date[..7]),
            }],
        },
    }
}
