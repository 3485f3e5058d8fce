//! Helpers shared by the integration tests.
#![allow(dead_code)]

use detente_report::analyzer::ScenarioAnalyzer;
use detente_report::data::{EditableParty, EditableScenario, ScenarioView};
use detente_report::ReportError;
use detente_store::{ArticleWithEvidence, Store};
use detente_text::{Actor, ActorKind, Article, ArticleEvidence, Quote};
use sha2::{Digest, Sha256};

/// Additive utilities over the sample's proposals: enough to check that edits reach the
/// analysis and come back.
pub struct LinearAnalyzer {
    pub base: ScenarioView,
}

impl ScenarioAnalyzer for LinearAnalyzer {
    fn editable(&self) -> EditableScenario {
        EditableScenario {
            issues: self.base.issues.clone(),
            parties: self
                .base
                .parties
                .iter()
                .enumerate()
                .map(|(k, p)| EditableParty {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    reservation: p.reservation.unwrap_or(0.0),
                    weights: p.weights.clone(),
                    values: self
                        .base
                        .zopa
                        .iter()
                        .map(|z| z.values.iter().map(|row| row[k]).collect())
                        .collect(),
                })
                .collect(),
            pair: None,
        }
    }

    fn analyze(&self, edit: &EditableScenario) -> Result<ScenarioView, ReportError> {
        let mut view = self.base.clone();
        view.utilities = view
            .proposals
            .iter()
            .map(|prop| {
                edit.parties
                    .iter()
                    .map(|p| {
                        let total: f64 = p.weights.iter().sum();
                        prop.choices
                            .iter()
                            .enumerate()
                            .map(|(i, c)| {
                                let o = edit.issues[i]
                                    .options
                                    .iter()
                                    .position(|x| x == c)
                                    .unwrap_or(0);
                                p.weights[i] / total * p.values[i][o]
                            })
                            .sum()
                    })
                    .collect()
            })
            .collect();
        view.acceptable = view
            .utilities
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&edit.parties)
                    .map(|(u, p)| *u >= p.reservation)
                    .collect()
            })
            .collect();
        for (v, p) in view.parties.iter_mut().zip(&edit.parties) {
            v.reservation = Some(p.reservation);
        }
        Ok(view)
    }
}

pub fn article(name: &str, text: &str, date: &str) -> Article {
    Article {
        id: name.to_string(),
        source_path: name.to_string(),
        title: Some(format!("Title of {name}")),
        date: Some(date.to_string()),
        date_inferred: false,
        date_basis: None,
        raw_offsets: None,
        url: None,
        text: text.to_string(),
        content_hash: format!("{:x}", Sha256::digest(text.as_bytes())),
    }
}

pub fn quote(article: &str, text: &str, words: &str, speaker: &str, date: &str) -> Quote {
    let start = text.find(words).expect("words in text");
    Quote {
        article: article.to_string(),
        start,
        end: start + words.len(),
        text: words.to_string(),
        speaker: Some(speaker.to_string()),
        speaker_mention: speaker.split_whitespace().last().map(str::to_string),
        cue: Some("said".into()),
        date: Some(date.to_string()),
    }
}

pub fn actor(article: &str, name: &str, affiliation: &str) -> Actor {
    Actor {
        article: article.to_string(),
        name: name.to_string(),
        kind: ActorKind::Person,
        role: Some("minister".into()),
        affiliation: Some(affiliation.to_string()),
        mentions: vec![name.to_string()],
    }
}

/// Stores one article with one quote per (speaker, affiliation, words) triple.
pub fn store_article(
    store: &Store,
    name: &str,
    text: &str,
    date: &str,
    said: &[(&str, &str, &str)],
) {
    let mut evidence = ArticleEvidence::default();
    for (speaker, aff, words) in said {
        evidence
            .quotes
            .push(quote(name, text, words, speaker, date));
        if !evidence.actors.iter().any(|a| a.name == *speaker) {
            evidence.actors.push(actor(name, speaker, aff));
        }
    }
    store
        .ingest_batch(&[ArticleWithEvidence {
            article: article(name, text, date),
            evidence,
        }])
        .expect("ingest");
}
