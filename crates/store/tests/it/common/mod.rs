//! Builders for articles with hand-made evidence, so store tests do not depend on the
//! extractor's quality.
#![allow(dead_code)]

pub mod corpus;

use detente_store::ArticleWithEvidence;
use detente_text::{Actor, ActorKind, Article, ArticleEvidence, Claim, DateMention, Quote};

pub fn hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn article(name: &str, date: Option<&str>, text: &str) -> Article {
    Article {
        id: name.to_string(),
        source_path: format!("/corpus/{name}"),
        title: Some(format!("Title of {name}")),
        date: date.map(str::to_string),
        date_inferred: false,
        date_basis: None,
        raw_offsets: None,
        url: None,
        text: text.to_string(),
        content_hash: hash(text),
    }
}

/// Builds evidence by locating the given strings in the text.
pub struct Builder {
    pub article: Article,
    pub evidence: ArticleEvidence,
}

impl Builder {
    pub fn new(name: &str, date: Option<&str>, text: &str) -> Builder {
        Builder {
            article: article(name, date, text),
            evidence: ArticleEvidence::default(),
        }
    }

    fn span(&self, words: &str) -> (usize, usize) {
        let s = self
            .article
            .text
            .find(words)
            .unwrap_or_else(|| panic!("{words:?} not in text"));
        (s, s + words.len())
    }

    pub fn actor(
        mut self,
        name: &str,
        kind: ActorKind,
        role: Option<&str>,
        affiliation: Option<&str>,
        mentions: &[&str],
    ) -> Builder {
        self.evidence.actors.push(Actor {
            article: self.article.id.clone(),
            name: name.into(),
            kind,
            role: role.map(Into::into),
            affiliation: affiliation.map(Into::into),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
        });
        self
    }

    pub fn quote(
        mut self,
        words: &str,
        speaker: Option<&str>,
        mention: Option<&str>,
        date: Option<&str>,
    ) -> Builder {
        let (start, end) = self.span(words);
        self.evidence.quotes.push(Quote {
            article: self.article.id.clone(),
            start,
            end,
            text: words.into(),
            speaker: speaker.map(Into::into),
            speaker_mention: mention.map(Into::into),
            cue: Some("said".into()),
            date: date.map(Into::into),
        });
        self
    }

    pub fn claim(mut self, words: &str, speaker: Option<&str>) -> Builder {
        let (start, end) = self.span(words);
        self.evidence.claims.push(Claim {
            article: self.article.id.clone(),
            start,
            end,
            text: words.into(),
            speaker: speaker.map(Into::into),
            speaker_mention: None,
            cue: Some("said".into()),
            date: None,
        });
        self
    }

    pub fn date(mut self, words: &str, resolved: Option<&str>) -> Builder {
        let (start, end) = self.span(words);
        self.evidence.dates.push(DateMention {
            article: self.article.id.clone(),
            start,
            end,
            text: words.into(),
            resolved: resolved.map(|r| r.parse().expect("a test date")),
        });
        self
    }

    pub fn build(self) -> ArticleWithEvidence {
        ArticleWithEvidence {
            article: self.article,
            evidence: self.evidence,
        }
    }
}

/// Two articles about the same people, on different days.
pub fn sample() -> Vec<ArticleWithEvidence> {
    let a = Builder::new(
        "kremlin.txt",
        Some("2025-07-22"),
        "Kremlin spokesman Dmitry Peskov said on Tuesday: \"We are ready for a third round.\" \
         Peskov added that Moscow wanted guarantees. Ukrainian President Volodymyr Zelensky \
         said: \"Talks must bring a ceasefire.\" NATO membership was not discussed.",
    )
    .actor(
        "Dmitry Peskov",
        ActorKind::Person,
        Some("Kremlin spokesman"),
        Some("Russia"),
        &["Dmitry Peskov", "Peskov"],
    )
    .actor(
        "Volodymyr Zelensky",
        ActorKind::Person,
        Some("President"),
        Some("Ukraine"),
        &["Volodymyr Zelensky"],
    )
    .actor(
        "Russia",
        ActorKind::Country,
        None,
        Some("Russia"),
        &["Moscow", "Kremlin"],
    )
    .quote(
        "We are ready for a third round.",
        Some("Dmitry Peskov"),
        Some("Dmitry Peskov"),
        Some("2025-07-22"),
    )
    .quote(
        "Talks must bring a ceasefire.",
        Some("Volodymyr Zelensky"),
        Some("Volodymyr Zelensky"),
        None,
    )
    .claim("Moscow wanted guarantees", Some("Dmitry Peskov"))
    .date("on Tuesday", Some("2025-07-22"))
    .build();
    let b = Builder::new(
        "istanbul.txt",
        Some("2025-05-16"),
        "Delegations met in Istanbul on 16 May 2025. \"The meeting is over,\" the Kremlin \
         spokesman told reporters. Peskov said: \"Nothing was signed.\" An unnamed official \
         said: \"We will see in June.\"",
    )
    .actor(
        "Dmitry Peskov",
        ActorKind::Person,
        None,
        None,
        &["Peskov", "the Kremlin spokesman"],
    )
    .quote(
        "The meeting is over,",
        Some("Dmitry Peskov"),
        Some("the Kremlin spokesman"),
        None,
    )
    .quote(
        "Nothing was signed.",
        Some("Dmitry Peskov"),
        Some("Peskov"),
        None,
    )
    .quote(
        "We will see in June.",
        None,
        Some("An unnamed official"),
        None,
    )
    .date("16 May 2025", Some("2025-05-16"))
    .date("June", Some("2025-06"))
    .build();
    vec![a, b]
}
