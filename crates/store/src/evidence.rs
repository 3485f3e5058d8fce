//! Evidence streams: articles and what was extracted from them as JSON lines, so that
//! extraction can run elsewhere (a cluster's workers, another machine) and the store only
//! loads the result.
//!
//! The stream is what `detente extract --format jsonl --with-text` (and `detente extract -`)
//! prints: for each article, one `{"type":"article", ...}` record carrying the article's
//! metadata, its `text` and its identity `content_hash` (hex SHA-256 of the text), then its
//! evidence records (`actor`, `quote`, `claim`, `date`), each carrying the same
//! `content_hash`. Spans are byte offsets into that `text`.
//!
//! [`EvidenceReader`] reads such a stream one article at a time (memory bounded by one
//! article and its evidence) and checks it: the text's hash must be the one stated, every
//! evidence record must name the article before it. Errors name the input, line and column.

use crate::error::{Result, StoreError};
use crate::write::{content_hash, ArticleWithEvidence, BatchOutcome};
use crate::{EvidenceSink, Store};
use detente_evidence::{Article, ArticleEvidence, Evidence};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read};

/// The article record of an evidence stream.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The article's name (its file's base name, or its `.jsonl` record's `id`).
    pub article: String,
    pub title: Option<String>,
    pub date: Option<String>,
    #[serde(default)]
    pub date_inferred: bool,
    #[serde(default)]
    pub date_basis: Option<String>,
    pub url: Option<String>,
    pub bytes: usize,
    /// Hex SHA-256 of `text`: the article's identity.
    pub content_hash: String,
    /// Where the article was read (`path`, `path:line`, `-:line` for standard input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The text the evidence spans point into; absent in plain `extract` output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl ArticleRecord {
    /// The record for `a`; `with_text` adds the text and the source (what a later
    /// `ingest --evidence` needs).
    pub fn of(a: &Article, with_text: bool) -> ArticleRecord {
        ArticleRecord {
            article: a.id.clone(),
            title: a.title.clone(),
            date: a.date.clone(),
            date_inferred: a.date_inferred,
            date_basis: a.date_basis.clone(),
            url: a.url.clone(),
            bytes: a.text.len(),
            content_hash: if a.content_hash.is_empty() {
                content_hash(&a.text)
            } else {
                a.content_hash.clone()
            },
            source: with_text.then(|| a.source_path.clone()),
            text: with_text.then(|| a.text.clone()),
        }
    }

    /// The record as one JSON object with `"type": "article"` first.
    pub fn to_json(&self) -> serde_json::Value {
        let mut obj = serde_json::Map::new();
        obj.insert("type".into(), "article".into());
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(self) {
            obj.extend(fields);
        }
        serde_json::Value::Object(obj)
    }
}

/// Reads an evidence stream, one article with its evidence at a time.
pub struct EvidenceReader<R> {
    input: String,
    reader: R,
    line_no: usize,
    max_line_bytes: usize,
    buf: Vec<u8>,
    current: Option<ArticleWithEvidence>,
    done: bool,
}

impl<R: BufRead> EvidenceReader<R> {
    /// `input` names the stream in errors (a path, or `-` for standard input). Lines longer
    /// than `max_line_bytes` are an error (an article record holds the whole text).
    pub fn new(input: impl Into<String>, reader: R, max_line_bytes: usize) -> Self {
        EvidenceReader {
            input: input.into(),
            reader,
            line_no: 0,
            max_line_bytes,
            buf: Vec::new(),
            current: None,
            done: false,
        }
    }

    fn bad(&self, column: usize, message: impl Into<String>) -> StoreError {
        StoreError::BadEvidence {
            input: self.input.clone(),
            line: self.line_no,
            column,
            message: message.into(),
        }
    }

    /// The next line's record, `None` at the end of the stream.
    fn next_record(&mut self) -> Result<Option<(serde_json::Value, String)>> {
        loop {
            self.buf.clear();
            self.line_no += 1;
            let limit = self.max_line_bytes as u64 + 1;
            let n = (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut self.buf)
                .map_err(|source| StoreError::Io {
                    path: self.input.clone().into(),
                    source,
                })?;
            if n == 0 {
                return Ok(None);
            }
            if self.buf.len() as u64 >= limit && self.buf.last() != Some(&b'\n') {
                return Err(self.bad(1, format!("line longer than {} bytes", self.max_line_bytes)));
            }
            let line = std::str::from_utf8(&self.buf)
                .map_err(|e| self.bad(e.valid_up_to() + 1, "not UTF-8"))?
                .trim();
            if line.is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| self.bad(e.column().max(1), format!("not JSON: {e}")))?;
            let kind = value
                .get("type")
                .and_then(|t| t.as_str())
                .ok_or_else(|| self.bad(1, "record has no \"type\""))?
                .to_string();
            return Ok(Some((value, kind)));
        }
    }

    fn read_next(&mut self) -> Result<Option<ArticleWithEvidence>> {
        while let Some((value, kind)) = self.next_record()? {
            if kind == "article" {
                let rec: ArticleRecord = serde_json::from_value(value)
                    .map_err(|e| self.bad(1, format!("bad article record: {e}")))?;
                let Some(text) = rec.text else {
                    return Err(self.bad(
                        1,
                        "article record has no \"text\" (extract with --with-text, or from \
                         standard input, to make a stream that can be ingested)",
                    ));
                };
                let hash = content_hash(&text);
                if hash != rec.content_hash {
                    return Err(self.bad(
                        1,
                        format!(
                            "content_hash {} is not the SHA-256 of the record's text ({hash})",
                            rec.content_hash
                        ),
                    ));
                }
                let article = Article {
                    id: rec.article,
                    source_path: rec.source.unwrap_or_else(|| self.input.clone()),
                    title: rec.title,
                    date: rec.date,
                    date_inferred: rec.date_inferred,
                    date_basis: rec.date_basis,
                    url: rec.url,
                    text,
                    content_hash: hash,
                    raw_offsets: None,
                };
                let next = ArticleWithEvidence {
                    article,
                    evidence: ArticleEvidence::default(),
                };
                if let Some(done) = self.current.replace(next) {
                    return Ok(Some(done));
                }
                continue;
            }
            let stated = value
                .get("content_hash")
                .and_then(|h| h.as_str())
                .map(str::to_string);
            let Some(current) = self
                .current
                .as_ref()
                .map(|c| c.article.content_hash.clone())
            else {
                return Err(self.bad(1, format!("a {kind} record before any article record")));
            };
            match stated {
                Some(h) if h == current => {}
                Some(h) => {
                    return Err(self.bad(
                        1,
                        format!("{kind} record names article {h}, but follows article {current}"),
                    ))
                }
                None => return Err(self.bad(1, format!("{kind} record has no \"content_hash\""))),
            }
            let record: Evidence = serde_json::from_value(value)
                .map_err(|e| self.bad(1, format!("bad {kind} record: {e}")))?;
            let Some(item) = self.current.as_mut() else {
                continue;
            };
            let ev = &mut item.evidence;
            match record {
                Evidence::Actor(a) => ev.actors.push(a),
                Evidence::Quote(q) => ev.quotes.push(q),
                Evidence::Claim(c) => ev.claims.push(c),
                Evidence::Date(d) => ev.dates.push(d),
            }
        }
        Ok(self.current.take())
    }
}

impl<R: BufRead> Iterator for EvidenceReader<R> {
    type Item = Result<ArticleWithEvidence>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.read_next() {
            Ok(Some(item)) => Some(Ok(item)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// What loading one or more evidence streams did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EvidenceReport {
    pub articles_read: u64,
    pub bytes_read: u64,
    pub stored: BatchOutcome,
}

impl Store {
    /// Stores the articles of an evidence stream with their evidence (see
    /// [`ingest_evidence`]).
    pub fn ingest_evidence<R: BufRead>(
        &self,
        reader: EvidenceReader<R>,
        batch: usize,
        on_batch: &mut dyn FnMut(&EvidenceReport),
    ) -> Result<EvidenceReport> {
        if !self.is_writable() {
            return Err(StoreError::NotWritable {
                operation: "ingesting",
            });
        }
        ingest_evidence(self, reader, batch, on_batch)
    }
}

/// Stores the articles of an evidence stream with their evidence into any engine, not
/// extracting anything, `batch` articles (at most about 4 MiB of text) per transaction:
/// the same idempotence and actor merging as [`crate::ingest_paths`]. Stops at the first
/// malformed line (batches before it stay stored, so a corrected stream loaded again
/// completes the work).
pub fn ingest_evidence<R: BufRead>(
    sink: &dyn EvidenceSink,
    reader: EvidenceReader<R>,
    batch: usize,
    on_batch: &mut dyn FnMut(&EvidenceReport),
) -> Result<EvidenceReport> {
    let mut report = EvidenceReport::default();
    let mut pending: Vec<ArticleWithEvidence> = Vec::new();
    let mut pending_bytes = 0usize;
    let flush = |pending: &mut Vec<ArticleWithEvidence>, report: &mut EvidenceReport| {
        if pending.is_empty() {
            return Ok(());
        }
        let outcome = sink.ingest_batch(pending)?;
        report.stored += outcome;
        pending.clear();
        Ok::<(), StoreError>(())
    };
    for item in reader {
        let item = item?;
        report.articles_read += 1;
        report.bytes_read += item.article.text.len() as u64;
        pending_bytes += item.article.text.len();
        pending.push(item);
        if pending.len() >= batch.max(1) || pending_bytes >= 4 << 20 {
            flush(&mut pending, &mut report)?;
            pending_bytes = 0;
            on_batch(&report);
        }
    }
    flush(&mut pending, &mut report)?;
    on_batch(&report);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(lines: &[String]) -> EvidenceReader<std::io::Cursor<Vec<u8>>> {
        EvidenceReader::new(
            "s",
            std::io::Cursor::new(lines.join("\n").into_bytes()),
            1 << 20,
        )
    }

    fn article_line(text: &str) -> String {
        serde_json::json!({"type": "article", "article": "a", "title": null, "date": null,
            "url": null, "bytes": text.len(), "content_hash": content_hash(text), "text": text})
        .to_string()
    }

    #[test]
    fn articles_come_back_with_their_own_evidence() {
        let (t1, t2) = ("First text here.", "Second text.");
        let date = serde_json::json!({"type": "date", "article": "a", "start": 0, "end": 5,
            "text": "First", "resolved": null, "content_hash": content_hash(t1)});
        let lines = vec![article_line(t1), date.to_string(), article_line(t2)];
        let items: Vec<_> = stream(&lines).collect::<Result<_>>().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].article.text, t1);
        assert_eq!(items[0].evidence.dates.len(), 1);
        assert!(items[1].evidence.dates.is_empty());
    }

    #[test]
    fn a_record_under_the_wrong_article_is_refused_with_its_line() {
        let date = serde_json::json!({"type": "date", "article": "a", "start": 0, "end": 1,
            "text": "x", "resolved": null, "content_hash": content_hash("other")});
        let lines = vec![article_line("Some text."), date.to_string()];
        let err = stream(&lines).find_map(|r| r.err()).unwrap();
        let msg = err.to_string();
        assert!(msg.starts_with("s:2:1:"), "{msg}");
        assert!(msg.contains("follows article"), "{msg}");
    }

    #[test]
    fn a_text_that_does_not_match_its_hash_is_refused() {
        let mut rec: serde_json::Value = serde_json::from_str(&article_line("Text.")).unwrap();
        rec["text"] = "Changed.".into();
        let err = stream(&[rec.to_string()]).find_map(|r| r.err()).unwrap();
        assert!(err.to_string().contains("is not the SHA-256"), "{err}");
    }

    #[test]
    fn an_article_record_without_text_cannot_be_ingested() {
        let mut rec: serde_json::Value = serde_json::from_str(&article_line("Text.")).unwrap();
        rec.as_object_mut().unwrap().remove("text");
        let err = stream(&[rec.to_string()]).find_map(|r| r.err()).unwrap();
        assert!(err.to_string().contains("--with-text"), "{err}");
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let lines = vec![article_line("Text."), "{\"type\": ".to_string()];
        let err = stream(&lines).find_map(|r| r.err()).unwrap();
        assert!(err.to_string().starts_with("s:2:"), "{err}");
    }
}
