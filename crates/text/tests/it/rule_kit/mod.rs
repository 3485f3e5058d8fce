//! What the rule tests share: extracting one short article written for a test, and finding
//! its records. Each test binary uses a part of it.
#![allow(dead_code)]
use detente_text::{Actor, Article, ArticleEvidence, Extractor, Quote};

/// The evidence of `text` as an article dated `date`.
pub fn extract_dated(text: &str, date: &str) -> ArticleEvidence {
    let a = Article {
        id: "t.txt".into(),
        source_path: "t.txt".into(),
        title: None,
        date: Some(date.into()),
        date_inferred: false,
        date_basis: None,
        raw_offsets: None,
        url: None,
        text: text.into(),
        content_hash: String::new(),
    };
    Extractor::new().extract(&a)
}

pub fn quote<'a>(ev: &'a ArticleEvidence, starts: &str) -> &'a Quote {
    ev.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", ev.quotes))
}

pub fn actor<'a>(ev: &'a ArticleEvidence, name: &str) -> &'a Actor {
    ev.actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name:?} in {:#?}", ev.actors))
}

pub fn names(ev: &ArticleEvidence) -> Vec<&str> {
    ev.actors.iter().map(|a| a.name.as_str()).collect()
}
