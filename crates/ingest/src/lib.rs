//! The ingest pipeline: read articles, extract evidence in parallel, store in batches.
//!
//! The one crate that joins reading and extraction (`detente-text`) to a store engine
//! (`detente-store`, which knows only the evidence records): the store never links the
//! extractor.
//!
//! One reader thread streams articles and groups them into bounded batches (by count and by
//! bytes), skips those already stored, and extracts the rest on the rayon pool; the calling
//! thread writes each batch in one transaction while the next is being extracted. At most
//! three batches exist at once, so memory stays flat however large the input.
//! The library never prints: progress and warnings go to the caller's callback.

use detente_store::{ArticleWithEvidence, BatchOutcome, EvidenceSink, Result, Store, StoreError};
use detente_text::content_hash;
use detente_text::extract::Extractor;
use detente_text::read::{read_paths, ReadEvent, ReadOptions};
use detente_text::{Article, ArticleEvidence};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub read: ReadOptions,
    /// A batch (one transaction) holds at most this many articles...
    pub batch_articles: usize,
    /// ... and at most about this many bytes of text.
    pub batch_bytes: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            read: ReadOptions::default(),
            batch_articles: 512,
            batch_bytes: 4 << 20,
        }
    }
}

/// Running totals, passed to the callback after each stored batch.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestProgress {
    pub articles_read: u64,
    /// Bytes of article text read so far.
    pub bytes_read: u64,
    pub warnings: u64,
    pub stored: BatchOutcome,
    pub elapsed: Duration,
}

pub enum IngestEvent<'a> {
    Progress(&'a IngestProgress),
    /// A problem with one input (a file, or a line of a `.jsonl` file); the run goes on.
    Warning {
        path: &'a Path,
        line: Option<usize>,
        message: &'a str,
    },
}

/// What a whole run did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestReport {
    pub articles_read: u64,
    pub bytes_read: u64,
    pub warnings: u64,
    pub stored: BatchOutcome,
    pub elapsed: Duration,
}

impl IngestReport {
    /// Megabytes (10^6 bytes) of article text per second.
    pub fn mb_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.bytes_read as f64 / 1e6 / secs
        } else {
            0.0
        }
    }
}

enum Message {
    Warning {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
    Batch {
        items: Vec<ArticleWithEvidence>,
        articles: u64,
        bytes: u64,
    },
}

/// Reads `paths`, extracts evidence from every article not yet stored and stores it.
/// Running it again on the same input stores nothing new. Stops at the first store error
/// (everything committed before it stays); input problems are warnings, not errors.
pub fn ingest_paths(
    store: &Store,
    paths: &[PathBuf],
    extractor: &Extractor,
    options: &IngestOptions,
    on_event: &mut dyn FnMut(IngestEvent<'_>),
) -> Result<IngestReport> {
    if !store.is_writable() {
        return Err(StoreError::NotWritable {
            operation: "ingesting",
        });
    }
    let lookup = Store::open_read_only(store.path())?;
    ingest_paths_into(store, &lookup, paths, extractor, options, on_event)
}

/// [`ingest_paths`] into any engine: `lookup` (its own connection, used from the reading
/// thread) tells which articles are stored already; `store` writes.
pub fn ingest_paths_into(
    store: &dyn EvidenceSink,
    lookup: &dyn EvidenceSink,
    paths: &[PathBuf],
    extractor: &Extractor,
    options: &IngestOptions,
    on_event: &mut dyn FnMut(IngestEvent<'_>),
) -> Result<IngestReport> {
    let started = Instant::now();
    let mut progress = IngestProgress::default();
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = sync_channel::<Message>(1);
        let producer = scope.spawn(move || produce(lookup, paths, extractor, options, &tx));
        let mut failure = None;
        for message in rx {
            match message {
                Message::Warning {
                    path,
                    line,
                    message,
                } => {
                    progress.warnings += 1;
                    on_event(IngestEvent::Warning {
                        path: &path,
                        line,
                        message: &message,
                    });
                }
                Message::Batch {
                    items,
                    articles,
                    bytes,
                } => {
                    match store.ingest_batch(&items) {
                        Ok(outcome) => progress.stored += outcome,
                        Err(e) => {
                            failure = Some(e);
                            break;
                        }
                    }
                    progress.articles_read += articles;
                    progress.bytes_read += bytes;
                    progress.elapsed = started.elapsed();
                    on_event(IngestEvent::Progress(&progress));
                }
            }
        }
        // `rx` is gone here, so a producer blocked on sending wakes up and stops.
        let produced = match producer.join() {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        match failure {
            Some(e) => Err(e),
            None => produced,
        }
    })?;
    progress.elapsed = started.elapsed();
    Ok(IngestReport {
        articles_read: progress.articles_read,
        bytes_read: progress.bytes_read,
        warnings: progress.warnings,
        stored: progress.stored,
        elapsed: progress.elapsed,
    })
}

fn produce(
    lookup: &dyn EvidenceSink,
    paths: &[PathBuf],
    extractor: &Extractor,
    options: &IngestOptions,
    tx: &std::sync::mpsc::SyncSender<Message>,
) -> Result<()> {
    let mut pending: Vec<Article> = Vec::new();
    let mut pending_bytes = 0usize;
    for event in read_paths(paths, &options.read) {
        match event {
            ReadEvent::Warning {
                path,
                line,
                message,
            } => {
                if tx
                    .send(Message::Warning {
                        path,
                        line,
                        message,
                    })
                    .is_err()
                {
                    return Ok(());
                }
            }
            ReadEvent::Article(mut article) => {
                if article.content_hash.is_empty() {
                    article.content_hash = content_hash(&article.text);
                }
                pending_bytes += article.text.len();
                pending.push(article);
                if pending.len() >= options.batch_articles.max(1)
                    || pending_bytes >= options.batch_bytes
                {
                    let batch = std::mem::take(&mut pending);
                    pending_bytes = 0;
                    if !send_batch(lookup, batch, extractor, tx)? {
                        return Ok(());
                    }
                }
            }
        }
    }
    if !pending.is_empty() {
        send_batch(lookup, pending, extractor, tx)?;
    }
    Ok(())
}

/// Extracts what is new in `batch` and hands it to the writer. Returns false when the
/// writer has stopped listening.
fn send_batch(
    lookup: &dyn EvidenceSink,
    batch: Vec<Article>,
    extractor: &Extractor,
    tx: &std::sync::mpsc::SyncSender<Message>,
) -> Result<bool> {
    let articles = batch.len() as u64;
    let bytes: u64 = batch.iter().map(|a| a.text.len() as u64).sum();
    let hashes: Vec<&str> = batch.iter().map(|a| a.content_hash.as_str()).collect();
    let known = lookup.known_hashes(&hashes)?;
    let mut seen: HashSet<String> = HashSet::new();
    let results: Vec<std::result::Result<ArticleWithEvidence, Box<Article>>> = batch
        .into_par_iter()
        .map(|mut article| {
            // Already stored: the writer only records this name as another source, so the
            // text is not needed (articles are never deleted, so it cannot have gone).
            if known.contains(&article.content_hash) {
                article.text.clear();
                return Ok(ArticleWithEvidence {
                    article,
                    evidence: ArticleEvidence::default(),
                });
            }
            // A bug in the extractor must not end the run or store a half-done article:
            // the article is left out, so a fixed extractor stores it on a later run.
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                extractor.extract(&article)
            })) {
                Ok(evidence) => Ok(ArticleWithEvidence { article, evidence }),
                Err(_) => Err(Box::new(article)),
            }
        })
        .collect();
    let mut kept = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(mut item) => {
                // The same text twice in one batch: the second is only another source.
                if !seen.insert(item.article.content_hash.clone()) {
                    item.evidence = ArticleEvidence::default();
                }
                kept.push(item);
            }
            Err(article) => {
                let msg = Message::Warning {
                    path: PathBuf::from(&article.source_path),
                    line: None,
                    message: format!(
                        "extraction failed on article {:?}; it was not stored",
                        article.id
                    ),
                };
                if tx.send(msg).is_err() {
                    return Ok(false);
                }
            }
        }
    }
    Ok(tx
        .send(Message::Batch {
            items: kept,
            articles,
            bytes,
        })
        .is_ok())
}
