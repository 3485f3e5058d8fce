//! The evidence records that extraction produces and the store keeps.
//!
//! These types are the contract between extraction (`detente-text`) and everything after it, and the JSON
//! form printed by `detente extract --format jsonl` (see `../shared/INTERFACE.md`).
//! Offsets are UTF-8 byte offsets into [`Article::text`]: the file as read for `.txt`, the
//! record's `text` for `.jsonl`, and the extracted body for `.html`, whose
//! [`Article::raw_offsets`] maps them back to the page source. A record always points back to
//! the exact bytes it came from.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The identity of an article: hex SHA-256 of its text. Every reader and every store
/// engine computes it here, so that the same text is the same article everywhere.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// One article as read from disk, before extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file's base name, or the record's `id` for `.jsonl` input.
    pub id: String,
    /// Where it was read from (for `.jsonl`: the file and line, `path:line`).
    pub source_path: String,
    pub title: Option<String>,
    /// ISO date (`YYYY-MM-DD`) of publication, when known.
    pub date: Option<String>,
    /// True when `date` was inferred from the content rather than given.
    pub date_inferred: bool,
    /// How an inferred `date` was found: the expression or the known event it rests on.
    #[serde(default)]
    pub date_basis: Option<String>,
    pub url: Option<String>,
    /// The text that offsets refer to: the file as read for `.txt`; the extracted body for
    /// `.html`; the `text` field for `.jsonl`.
    pub text: String,
    /// Hex SHA-256 of `text`: the article's identity in the store.
    pub content_hash: String,
    /// For `.html`: where each byte of `text` (the extracted body) came from in the file, so
    /// that spans can be reported as byte offsets into the file as read. `None` when `text`
    /// is the file itself (`.txt`) or a `.jsonl` field.
    #[serde(skip)]
    pub raw_offsets: Option<std::sync::Arc<crate::offsets::RawOffsetMap>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
}

/// A direct quotation; `start..end` covers the quoted words without the marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Canonical full name of the speaker, or `None` when unknown.
    pub speaker: Option<String>,
    /// How the speaker is referred to in the attribution nearest the quote.
    pub speaker_mention: Option<String>,
    /// The reporting word ("said", "told", "according to"), if any.
    pub cue: Option<String>,
    /// ISO date the words were said, where known (else the article date).
    pub date: Option<String>,
}

/// Indirect speech: "Peskov said that Moscow would ...". `start..end` covers the reported
/// content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub cue: Option<String>,
    pub date: Option<String>,
}

/// A person, organisation or country named in one article, with its surface forms merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub article: String,
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    /// The side the actor belongs to ("Russia", "United States", "NATO"), or `None`.
    pub affiliation: Option<String>,
    pub mentions: Vec<String>,
}

/// A date or time expression; `resolved` is the date it names, at the precision the text
/// supports (JSON: ISO `2025`, `2025-06`, `2025-06-02`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub resolved: Option<crate::dates::PartialDate>,
}

impl DateMention {
    /// The resolved date as ISO text, as the JSON has it.
    pub fn resolved_iso(&self) -> Option<String> {
        self.resolved.map(|d| d.to_string())
    }
}

/// One evidence record, tagged by `type` as in `detente extract --format jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Evidence {
    Quote(Quote),
    Claim(Claim),
    Actor(Actor),
    Date(DateMention),
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleEvidence {
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub actors: Vec<Actor>,
    pub dates: Vec<DateMention>,
}

impl ArticleEvidence {
    /// All records in a stable order: actors, quotes, claims, dates.
    pub fn records(&self) -> impl Iterator<Item = Evidence> + '_ {
        self.actors
            .iter()
            .cloned()
            .map(Evidence::Actor)
            .chain(self.quotes.iter().cloned().map(Evidence::Quote))
            .chain(self.claims.iter().cloned().map(Evidence::Claim))
            .chain(self.dates.iter().cloned().map(Evidence::Date))
    }
}
