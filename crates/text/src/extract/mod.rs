//! Evidence extraction from one article: actors, direct quotes with speakers, indirect
//! claims and date expressions.
//!
//! The method is rule-based and general: people are found from capitalised word sequences
//! with title words, appositions and reporting cues around them; bundled lists (countries,
//! international bodies, titles, reporting verbs) only help classify what the text names.
//! See `docs/extraction.md` for the rules and their limits.

// Token-indexed parallel arrays are the data layout here; index loops read best.
#![allow(clippy::needless_range_loop)]

use crate::dates::{find_dates, DateKind, Reference};
use crate::lexicon::{tokenize, FxBuild, FxSet, Known, Lexicon, Token, VerbGroup};
use crate::records::{
    Actor, ActorKind, Article, ArticleEvidence, Claim, DateMention, PartialDate, Quote,
};
use std::collections::HashMap;

mod attribution;
mod claims;
mod entities;
pub(crate) mod lists;
mod names;
mod quotes;
mod structure;

use self::attribution::*;
use self::claims::*;
use self::entities::*;
use self::lists::*;
use self::names::*;
use self::quotes::*;
use self::structure::*;

/// Why each record came out as it did: per record (in the order of [`ArticleEvidence`]'s
/// lists), the names of the rules that decided its speaker, affiliation or resolved date.
/// Empty where nothing was decided (no speaker, no affiliation, no resolution).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Explanation {
    pub quotes: Vec<Vec<&'static str>>,
    pub claims: Vec<Vec<&'static str>>,
    pub actors: Vec<Vec<&'static str>>,
    pub dates: Vec<Vec<&'static str>>,
}

/// Extracts actors, quotes, claims and dates. Build once, share across threads.
#[derive(Debug)]
pub struct Extractor {
    lx: Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    pub fn new() -> Self {
        Extractor {
            lx: Lexicon::load(),
        }
    }

    /// An extractor without the bundled table of known office holders
    /// (`detente-lang`'s `data/titles.txt`, `known` lines): people's sides then come from the text alone.
    /// For measuring what the table adds (every evidence figure is reported with and
    /// without it), and for users who want no knowledge beyond the article.
    pub fn without_office_holders() -> Self {
        let mut lx = Lexicon::load();
        lx.known_people.clear();
        Extractor { lx }
    }

    /// Extracts all evidence from one article. Never panics on any text.
    pub fn extract(&self, article: &Article) -> ArticleEvidence {
        self.extract_explained(article).0
    }

    /// [`Extractor::extract`], with the rules that decided each record.
    pub fn extract_explained(&self, article: &Article) -> (ArticleEvidence, Explanation) {
        let text = article.text.as_str();
        let body_start = crate::read::parse_text_header(text).body_start;
        let body_end = trailer_start(text, body_start);
        let reference = article.date.as_deref().and_then(Reference::parse);
        let doc = self.build_doc(text, body_start, body_end);
        let quotes = find_quote_spans(text, body_start, body_end);
        let mut doc = doc;
        for q in &quotes {
            let a = doc.tok_at(q.start);
            let b = doc.tok_at(q.end);
            for f in &mut doc.in_quote[a..b] {
                *f = true;
            }
        }
        let mut ents = self.find_entities(&doc);
        let mut out = ArticleEvidence::default();
        let mut why = Explanation::default();
        let subjects = sentence_subjects(&doc, &ents, self);
        (out.quotes, why.quotes) = self
            .attribute_quotes(&doc, &quotes, &mut ents, &subjects, article)
            .into_iter()
            .unzip();
        (out.claims, why.claims) = self
            .find_claims(&doc, &ents, &subjects, article)
            .into_iter()
            .unzip();
        let mut actors = ents.into_actors(&article.id);
        let aliases = initials_join_their_body(&mut actors);
        (out.actors, why.actors) = actors.into_iter().unzip();
        if !aliases.is_empty() {
            let canonical = |s: &mut Option<String>| {
                if let Some((_, to)) = aliases.iter().find(|(from, _)| Some(from) == s.as_ref()) {
                    *s = Some(to.clone());
                }
            };
            out.quotes
                .iter_mut()
                .for_each(|q| canonical(&mut q.speaker));
            out.claims
                .iter_mut()
                .for_each(|c| canonical(&mut c.speaker));
        }
        let date_for = article.date.clone();
        for q in &mut out.quotes {
            q.date = date_for.clone();
        }
        for c in &mut out.claims {
            c.date = date_for.clone();
        }
        (out.dates, why.dates) = find_dates(text, body_start, body_end, reference.as_ref())
            .into_iter()
            .filter(|f| !hypothetical_date(text, f, &quotes) && !doc.in_link_line(f.start))
            .map(|f| {
                let resolved = f.resolved.as_deref().and_then(PartialDate::parse);
                let rules = match resolved {
                    Some(_) => vec![f.rule],
                    None => Vec::new(),
                };
                let d = DateMention {
                    article: article.id.clone(),
                    start: f.start,
                    end: f.end,
                    text: text[f.start..f.end].to_string(),
                    resolved,
                };
                (d, rules)
            })
            .unzip();
        (out, why)
    }
}

/// The evidence of `text` as an article dated 2024-05-02, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn test_extract(text: &str) -> ArticleEvidence {
    Extractor::new().extract(&test_article(text))
}

/// The speaker of the quotation of `text` that starts with `starts` (which must exist), for
/// the rules' unit tests.
#[cfg(test)]
pub(crate) fn test_speaker(text: &str, starts: &str) -> Option<String> {
    let ev = test_extract(text);
    ev.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote {starts} in {:#?}", ev.quotes))
        .speaker
        .clone()
}

/// `text` as an article dated 2024-05-02, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn test_article(text: &str) -> Article {
    Article {
        id: "t.txt".into(),
        source_path: "t.txt".into(),
        title: None,
        date: Some("2024-05-02".into()),
        date_inferred: false,
        date_basis: None,
        raw_offsets: None,
        url: None,
        text: text.into(),
        content_hash: String::new(),
    }
}
