//! Full-text search (FTS5) over article text and quotes.
//!
//! User input is translated into FTS5 syntax rather than passed through: words and
//! phrases are quoted, so punctuation ("U.S.", "Kyiv-Moscow") cannot be read as syntax,
//! while `"phrases"`, `AND`/`OR`/`NOT`, parentheses and `prefix*` keep their meaning. What
//! cannot be made valid (an unclosed quote, a dangling `OR`) is a clear error.

use crate::error::{Result, StoreError};
use crate::{retry_busy, Store};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchOptions {
    pub limit: usize,
    /// Put around each matched word in snippets (the caller escapes for HTML first).
    pub mark_open: String,
    pub mark_close: String,
    pub articles: bool,
    pub quotes: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 50,
            mark_open: "**".into(),
            mark_close: "**".into(),
            articles: true,
            quotes: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchHitKind {
    Article,
    Quote,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub kind: SearchHitKind,
    pub article_id: i64,
    pub article: String,
    pub article_title: Option<String>,
    pub date: Option<String>,
    pub quote_id: Option<i64>,
    pub speaker: Option<String>,
    /// The quote's byte span in the article (quotes only).
    pub start: Option<i64>,
    pub end: Option<i64>,
    /// The matching passage with matched words between the marks.
    pub snippet: String,
    /// BM25 relevance: lower is better.
    pub score: f64,
}

fn bad(query: &str, reason: impl Into<String>) -> StoreError {
    StoreError::InvalidSearch {
        query: query.to_string(),
        reason: reason.into(),
    }
}

#[derive(Debug, PartialEq)]
enum Piece {
    Term(String),
    Op(&'static str),
    Open,
    Close,
}

/// Translates a user's search into an FTS5 MATCH expression.
pub(crate) fn fts_expression(query: &str) -> Result<String> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut rest = query;
    let mut depth = 0usize;
    let is_sep = |c: char| c.is_whitespace() || matches!(c, '"' | '(' | ')');
    loop {
        rest = rest.trim_start();
        let Some(c) = rest.chars().next() else { break };
        match c {
            '"' => {
                let Some(close) = rest[1..].find('"') else {
                    return Err(bad(
                        query,
                        "a double quote opens a phrase that is never closed",
                    ));
                };
                let phrase = &rest[1..1 + close];
                rest = &rest[close + 2..];
                let prefix = rest.starts_with('*');
                if prefix {
                    rest = &rest[1..];
                }
                if !phrase.trim().is_empty() {
                    pieces.push(Piece::Term(format!(
                        "\"{phrase}\"{}",
                        if prefix { "*" } else { "" }
                    )));
                }
            }
            '(' => {
                depth += 1;
                pieces.push(Piece::Open);
                rest = &rest[1..];
            }
            ')' => {
                if depth == 0 {
                    return Err(bad(query, "a closing parenthesis has no opening one"));
                }
                depth -= 1;
                pieces.push(Piece::Close);
                rest = &rest[1..];
            }
            _ => {
                let end = rest.find(is_sep).unwrap_or(rest.len());
                let token = &rest[..end];
                rest = &rest[end..];
                match token {
                    "AND" => pieces.push(Piece::Op("AND")),
                    "OR" => pieces.push(Piece::Op("OR")),
                    "NOT" => pieces.push(Piece::Op("NOT")),
                    _ => {
                        let body = token.trim_end_matches('*');
                        let prefix = body.len() < token.len();
                        // A word made only of punctuation has no tokens: leave it out.
                        if body.chars().any(char::is_alphanumeric) {
                            pieces.push(Piece::Term(format!(
                                "\"{body}\"{}",
                                if prefix { "*" } else { "" }
                            )));
                        }
                    }
                }
            }
        }
    }
    if depth != 0 {
        return Err(bad(query, "a parenthesis is opened and never closed"));
    }
    // Operators need something on both sides.
    let mut prev_operand = false;
    let mut any_term = false;
    for (i, p) in pieces.iter().enumerate() {
        match p {
            Piece::Op(op) => {
                let next_operand = matches!(pieces.get(i + 1), Some(Piece::Term(_) | Piece::Open));
                if !prev_operand || !next_operand {
                    return Err(bad(query, format!("{op} needs words on both sides")));
                }
                prev_operand = false;
            }
            Piece::Term(_) => {
                any_term = true;
                prev_operand = true;
            }
            Piece::Open => {
                if matches!(pieces.get(i + 1), Some(Piece::Close)) {
                    return Err(bad(query, "empty parentheses"));
                }
                prev_operand = false;
            }
            Piece::Close => prev_operand = true,
        }
    }
    if !any_term {
        return Err(bad(query, "nothing to search for (no words)"));
    }
    let mut out = String::new();
    for p in &pieces {
        if !out.is_empty() && !out.ends_with('(') && *p != Piece::Close {
            out.push(' ');
        }
        match p {
            Piece::Term(t) => out.push_str(t),
            Piece::Op(o) => out.push_str(o),
            Piece::Open => out.push('('),
            Piece::Close => out.push(')'),
        }
    }
    Ok(out)
}

fn search_articles(
    conn: &Connection,
    expr: &str,
    o: &SearchOptions,
) -> rusqlite::Result<Vec<SearchHit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.name, a.title, a.date, snippet(articles_fts, 1, ?2, ?3, '…', 24),
                bm25(articles_fts)
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?4",
    )?;
    let rows = stmt.query_map(
        rusqlite::params![expr, o.mark_open, o.mark_close, o.limit as i64],
        |r| {
            Ok(SearchHit {
                kind: SearchHitKind::Article,
                article_id: r.get(0)?,
                article: r.get(1)?,
                article_title: r.get(2)?,
                date: r.get(3)?,
                quote_id: None,
                speaker: None,
                start: None,
                end: None,
                snippet: r.get(4)?,
                score: r.get(5)?,
            })
        },
    )?;
    rows.collect()
}

fn search_quotes(
    conn: &Connection,
    expr: &str,
    o: &SearchOptions,
) -> rusqlite::Result<Vec<SearchHit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT q.article_id, a.name, a.title, coalesce(q.date, a.date), q.id, q.speaker,
                q.start, q.end, snippet(quotes_fts, 0, ?2, ?3, '…', 32), bm25(quotes_fts)
         FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
              JOIN articles a ON a.id = q.article_id
         WHERE quotes_fts MATCH ?1 ORDER BY rank LIMIT ?4",
    )?;
    let rows = stmt.query_map(
        rusqlite::params![expr, o.mark_open, o.mark_close, o.limit as i64],
        |r| {
            Ok(SearchHit {
                kind: SearchHitKind::Quote,
                article_id: r.get(0)?,
                article: r.get(1)?,
                article_title: r.get(2)?,
                date: r.get(3)?,
                quote_id: Some(r.get(4)?),
                speaker: r.get(5)?,
                start: Some(r.get(6)?),
                end: Some(r.get(7)?),
                snippet: r.get(8)?,
                score: r.get(9)?,
            })
        },
    )?;
    rows.collect()
}

impl Store {
    /// Full-text search over article text (and titles) and quotes, best matches first.
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
        let expr = fts_expression(query)?;
        let conn = self.lock();
        let map = |e: StoreError| match e {
            StoreError::Sqlite {
                source: rusqlite::Error::SqliteFailure(_, Some(msg)),
                ..
            } if msg.starts_with("fts5") => bad(query, msg),
            e => e,
        };
        let mut hits = Vec::new();
        if options.articles {
            hits.extend(
                retry_busy(&self.path, || search_articles(&conn, &expr, options)).map_err(map)?,
            );
        }
        if options.quotes {
            hits.extend(
                retry_busy(&self.path, || search_quotes(&conn, &expr, options)).map_err(map)?,
            );
        }
        hits.sort_by(|a, b| a.score.total_cmp(&b.score));
        hits.truncate(options.limit);
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::fts_expression;

    #[test]
    fn translation() {
        assert_eq!(
            fts_expression("NATO membership").unwrap(),
            r#""NATO" "membership""#
        );
        assert_eq!(
            fts_expression(r#""NATO membership""#).unwrap(),
            r#""NATO membership""#
        );
        assert_eq!(
            fts_expression("U.S. OR Kyiv-Moscow").unwrap(),
            r#""U.S." OR "Kyiv-Moscow""#
        );
        assert_eq!(
            fts_expression("(a OR b) negotiat*").unwrap(),
            r#"("a" OR "b") "negotiat"*"#
        );
        assert_eq!(fts_expression("cease - fire").unwrap(), r#""cease" "fire""#);
        for bad in [
            r#""NATO"#,
            "OR",
            "NATO OR",
            "AND peace",
            "(peace",
            "peace)",
            "()",
            "",
            "  ",
            "- .",
        ] {
            assert!(fts_expression(bad).is_err(), "{bad:?}");
        }
    }
}
