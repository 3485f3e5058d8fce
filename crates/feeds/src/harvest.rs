//! One pass over a list of feed and page URLs: fetch what changed, read the articles,
//! extract their evidence and store it through the store's batch writer (idempotent: an
//! article already stored, under any URL, is only recorded as another source).

use crate::client::{Client, Fetched, Validators};
use crate::error::{FeedsError, FetchError};
use crate::feed::{classify, parse_feed, BodyKind, FeedItem};
use crate::state::{SourceState, State};
use detente_store::{ArticleWithEvidence, EvidenceSink};
use detente_text::extract::Extractor;
use detente_text::read::{article_from_html, ReadOptions};
use detente_text::{Article, ArticleEvidence};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How a pass reads and stores.
#[derive(Debug, Clone)]
pub struct HarvestOptions {
    pub read: ReadOptions,
    /// Articles stored per transaction.
    pub batch_articles: usize,
    /// Save the state here after each source (so a kill loses at most one source's work).
    pub state_path: Option<PathBuf>,
}

impl Default for HarvestOptions {
    fn default() -> Self {
        HarvestOptions {
            read: ReadOptions {
                // The store keeps the body; spans into the page source are not needed.
                html_raw_offsets: false,
                ..ReadOptions::default()
            },
            batch_articles: 64,
            state_path: None,
        }
    }
}

/// An article that reached the store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    /// The page's URL (the source kept in the store).
    pub url: String,
    pub title: Option<String>,
    pub date: Option<String>,
    /// False when the same text was already stored (perhaps under another URL).
    pub new: bool,
    pub quotes: usize,
    /// The feed it came from, if any.
    pub feed: Option<String>,
}

/// What happens during a pass, in order.
#[derive(Debug)]
pub enum HarvestEvent<'a> {
    Stored(&'a StoredArticle),
    /// The server said the feed or page has not changed since the last fetch.
    NotModified {
        url: &'a str,
    },
    /// A feed was read: how many items it has and how many were not seen before.
    Feed {
        url: &'a str,
        items: usize,
        new_items: usize,
    },
    /// One URL failed; the pass goes on.
    Problem(&'a FetchError),
}

/// Where the time went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Timings {
    /// Requests, including robots.txt and the per-host pauses.
    pub fetch: Duration,
    /// Reading feeds and pages (HTML parsing) and extracting the evidence.
    pub extract: Duration,
    /// Writing to the store.
    pub store: Duration,
}

/// What a pass did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HarvestReport {
    pub sources: usize,
    pub feeds: usize,
    pub pages: usize,
    pub not_modified: usize,
    /// Feed items skipped because an earlier run handled them.
    pub items_already_seen: usize,
    pub articles_new: u64,
    pub articles_known: u64,
    pub failures: usize,
    pub timings: Timings,
    pub client: crate::client::ClientStats,
}

struct Pending {
    article: Article,
    feed: Option<String>,
}

struct Pass<'a, 'e> {
    store: &'a dyn EvidenceSink,
    client: &'a Client,
    extractor: &'a Extractor,
    options: &'a HarvestOptions,
    on_event: &'a mut (dyn FnMut(HarvestEvent<'_>) + 'e),
    report: HarvestReport,
    pending: Vec<Pending>,
}

/// Fetches every URL in `urls` (each a feed or an article page), stores what is new and
/// updates `state`. A URL that fails is reported through `on_event` and the pass goes on;
/// only a store or state-file failure ends it.
pub fn harvest(
    store: &dyn EvidenceSink,
    client: &Client,
    extractor: &Extractor,
    state: &mut State,
    urls: &[String],
    options: &HarvestOptions,
    on_event: &mut dyn FnMut(HarvestEvent<'_>),
) -> Result<HarvestReport, FeedsError> {
    let mut pass = Pass {
        store,
        client,
        extractor,
        options,
        on_event,
        report: HarvestReport::default(),
        pending: Vec::new(),
    };
    let mut done: HashSet<&str> = HashSet::new();
    for url in urls {
        if !done.insert(url.as_str()) {
            continue;
        }
        pass.report.sources += 1;
        let previous = state.source(url).cloned().unwrap_or_default();
        let updated = pass.source(url, previous)?;
        if let Some(updated) = updated {
            state.sources.insert(url.clone(), updated);
            if let Some(path) = &options.state_path {
                state.save(path)?;
            }
        }
    }
    pass.report.client = client.stats();
    Ok(pass.report)
}

impl Pass<'_, '_> {
    fn problem(&mut self, e: &FetchError) {
        self.report.failures += 1;
        (self.on_event)(HarvestEvent::Problem(e));
    }

    fn fetch(&mut self, url: &str, v: &Validators, limit: u64) -> Result<Fetched, FetchError> {
        let t = Instant::now();
        let r = self.client.get(url, v, limit);
        self.report.timings.fetch += t.elapsed();
        r
    }

    /// Handles one feed or page. Returns its new state, or `None` to keep the old one.
    fn source(
        &mut self,
        url: &str,
        previous: SourceState,
    ) -> Result<Option<SourceState>, FeedsError> {
        let limit = self.client.config().max_feed_bytes;
        let now = || chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let body = match self.fetch(url, &previous.validators, limit) {
            Ok(Fetched::NotModified) => {
                self.report.not_modified += 1;
                (self.on_event)(HarvestEvent::NotModified { url });
                return Ok(Some(SourceState {
                    checked_at: Some(now()),
                    ..previous
                }));
            }
            Ok(Fetched::Body(b)) => b,
            Err(e) => {
                self.problem(&e);
                return Ok(None);
            }
        };
        let kind = match classify(url, &body.content_type, &body.bytes) {
            Ok(k) => k,
            Err(e) => {
                self.problem(&e);
                return Ok(None);
            }
        };
        match kind {
            BodyKind::Page => {
                self.report.pages += 1;
                let html = String::from_utf8_lossy(&body.bytes);
                match self.read_page(url, &html, None) {
                    Ok(article) => self.pending.push(Pending {
                        article,
                        feed: None,
                    }),
                    Err(e) => {
                        self.problem(&e);
                        return Ok(None);
                    }
                }
                self.flush()?;
                Ok(Some(SourceState {
                    validators: body.validators,
                    checked_at: Some(now()),
                    seen: Vec::new(),
                }))
            }
            BodyKind::Feed => {
                self.report.feeds += 1;
                let t = Instant::now();
                let items = parse_feed(url, &body.bytes);
                self.report.timings.extract += t.elapsed();
                let items = match items {
                    Ok(items) => items,
                    Err(e) => {
                        self.problem(&e);
                        return Ok(None);
                    }
                };
                let seen_before: HashSet<&str> = previous.seen.iter().map(String::as_str).collect();
                let new_items = items
                    .iter()
                    .filter(|i| !seen_before.contains(i.id.as_str()))
                    .count();
                (self.on_event)(HarvestEvent::Feed {
                    url,
                    items: items.len(),
                    new_items,
                });
                self.report.items_already_seen += items.len() - new_items;
                let mut seen = Vec::with_capacity(items.len());
                let mut retry_later = false;
                for item in &items {
                    if seen_before.contains(item.id.as_str()) {
                        seen.push(item.id.clone());
                        continue;
                    }
                    match self.read_item(url, item) {
                        Ok(Some(article)) => {
                            self.pending.push(Pending {
                                article,
                                feed: Some(url.to_string()),
                            });
                            seen.push(item.id.clone());
                        }
                        Ok(None) => seen.push(item.id.clone()),
                        Err(e) => {
                            // A lasting failure is reported once; a passing one (host
                            // down, slow, 5xx) is tried again on the next pass.
                            if e.is_transient() {
                                retry_later = true;
                            } else {
                                seen.push(item.id.clone());
                            }
                            self.problem(&e);
                        }
                    }
                    if self.pending.len() >= self.options.batch_articles.max(1) {
                        self.flush()?;
                    }
                }
                self.flush()?;
                Ok(Some(SourceState {
                    // Keeping the old validators makes the next pass read the feed again
                    // and retry the items that failed for now.
                    validators: if retry_later {
                        previous.validators
                    } else {
                        body.validators
                    },
                    checked_at: Some(now()),
                    seen,
                }))
            }
        }
    }

    /// The article a feed item points to: its page when it has a link, else the content
    /// carried in the feed. `Ok(None)` for an item with neither.
    fn read_item(
        &mut self,
        feed_url: &str,
        item: &FeedItem,
    ) -> Result<Option<Article>, FetchError> {
        if let Some(link) = &item.link {
            let limit = self.client.config().max_page_bytes;
            let body = match self.fetch(link, &Validators::default(), limit)? {
                Fetched::Body(b) => b,
                // Not asked conditionally, so a 304 is the server's mistake: nothing to read.
                Fetched::NotModified => return Ok(None),
            };
            if classify(link, &body.content_type, &body.bytes)? != BodyKind::Page {
                return Err(FetchError::NotHtml {
                    url: link.clone(),
                    content_type: body.content_type,
                });
            }
            let html = String::from_utf8_lossy(&body.bytes);
            let mut article = self.read_page(link, &html, item.date.as_deref())?;
            if article.title.is_none() {
                article.title.clone_from(&item.title);
            }
            return Ok(Some(article));
        }
        let Some(content) = &item.content else {
            return Ok(None);
        };
        let id = format!("{feed_url}#{}", item.id);
        let mut article = self.read_page(&id, content, item.date.as_deref())?;
        article.url = Some(feed_url.to_string());
        if item.title.is_some() {
            article.title.clone_from(&item.title);
        }
        Ok(Some(article))
    }

    fn read_page(
        &mut self,
        url: &str,
        html: &str,
        date: Option<&str>,
    ) -> Result<Article, FetchError> {
        let t = Instant::now();
        let article = article_from_html(
            url.to_string(),
            url.to_string(),
            Some(url.to_string()),
            html,
            date,
            &self.options.read,
        );
        self.report.timings.extract += t.elapsed();
        article.ok_or_else(|| FetchError::NoArticleText { url: url.into() })
    }

    /// Extracts the evidence of the pending articles not yet stored and stores them in one
    /// transaction.
    fn flush(&mut self) -> Result<(), FeedsError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        let t = Instant::now();
        let hashes: Vec<&str> = batch
            .iter()
            .map(|p| p.article.content_hash.as_str())
            .collect();
        let known = self.store.known_hashes(&hashes)?;
        self.report.timings.store += t.elapsed();
        let t = Instant::now();
        let extractor = self.extractor;
        let mut items: Vec<(ArticleWithEvidence, bool, Option<String>)> = batch
            .into_par_iter()
            .map(|p| {
                let mut article = p.article;
                let is_new = !known.contains(&article.content_hash);
                let evidence = if is_new {
                    extractor.extract(&article)
                } else {
                    // Only recorded as another source: the text is not needed.
                    article.text.clear();
                    ArticleEvidence::default()
                };
                (ArticleWithEvidence { article, evidence }, is_new, p.feed)
            })
            .collect();
        // The same text twice in one batch: the second is only another source.
        let mut in_batch = HashSet::new();
        for (item, is_new, _) in &mut items {
            if !in_batch.insert(item.article.content_hash.clone()) {
                item.evidence = ArticleEvidence::default();
                *is_new = false;
            }
        }
        self.report.timings.extract += t.elapsed();
        let t = Instant::now();
        let to_store: Vec<ArticleWithEvidence> = items.iter().map(|(a, _, _)| a.clone()).collect();
        let outcome = self.store.ingest_batch(&to_store)?;
        self.report.timings.store += t.elapsed();
        self.report.articles_new += outcome.articles_new;
        self.report.articles_known += outcome.articles_skipped;
        for (item, is_new, feed) in items {
            let stored = StoredArticle {
                url: item.article.source_path.clone(),
                title: item.article.title.clone(),
                date: item.article.date.clone(),
                new: is_new,
                quotes: item.evidence.quotes.len(),
                feed,
            };
            (self.on_event)(HarvestEvent::Stored(&stored));
        }
        Ok(())
    }
}
