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

/// Most words (and phrases) one search may hold: each is a posting-list merge, and a few
/// hundred made one search run for minutes on a large store.
pub const MAX_SEARCH_TERMS: usize = 32;
/// Most `prefix*` words one search may hold: a short prefix expands to thousands of words.
pub const MAX_PREFIX_TERMS: usize = 4;

#[derive(Debug, PartialEq)]
enum Piece {
    Term(String),
    Op(&'static str),
    Open,
    Close,
}

/// Separators between words: whitespace, the syntax characters, and control characters
/// (a NUL or an escape in a query is not part of any word).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '"' | '(' | ')' | ',')
}

/// Counts of what a search asks SQLite to do, checked against the bounds above.
#[derive(Default)]
struct Cost {
    terms: usize,
    prefixes: usize,
}

impl Cost {
    fn add(&mut self, query: &str, prefix: bool) -> Result<()> {
        self.terms += 1;
        if prefix {
            self.prefixes += 1;
        }
        if self.terms > MAX_SEARCH_TERMS {
            return Err(bad(
                query,
                format!("more than {MAX_SEARCH_TERMS} words or phrases; search for fewer"),
            ));
        }
        if self.prefixes > MAX_PREFIX_TERMS {
            return Err(bad(
                query,
                format!("more than {MAX_PREFIX_TERMS} prefix* words; spell some out"),
            ));
        }
        Ok(())
    }
}

/// One word or `"phrase"` at the start of `rest` (after separators), quoted for FTS5, with
/// its trailing `*`; `None` when `rest` starts with something else. A word made only of
/// punctuation yields an empty term, which callers leave out.
fn take_term(query: &str, rest: &mut &str) -> Result<Option<(String, bool)>> {
    let r = rest.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
    if let Some(after) = r.strip_prefix('"') {
        let Some(close) = after.find('"') else {
            return Err(bad(
                query,
                "a double quote opens a phrase that is never closed",
            ));
        };
        let phrase: String = after[..close]
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let mut tail = &after[close + 1..];
        let prefix = tail.starts_with('*');
        if prefix {
            tail = &tail[1..];
        }
        *rest = tail;
        if phrase.trim().is_empty() {
            return Ok(Some((String::new(), false)));
        }
        return Ok(Some((format!("\"{phrase}\""), prefix)));
    }
    let end = r.find(is_separator).unwrap_or(r.len());
    if end == 0 {
        return Ok(None);
    }
    let token = &r[..end];
    *rest = &r[end..];
    let body = token.trim_end_matches('*');
    let prefix = body.len() < token.len();
    if !body.chars().any(char::is_alphanumeric) {
        return Ok(Some((String::new(), false)));
    }
    Ok(Some((format!("\"{body}\""), prefix)))
}

/// `NEAR(word "a phrase" …, N)` after the `NEAR` keyword: the group's words within N
/// tokens of each other (FTS5's default of 10 without N).
fn take_near(query: &str, rest: &mut &str, cost: &mut Cost) -> Result<String> {
    *rest = &rest[1..]; // the '('
    let mut terms = Vec::new();
    let mut distance = None;
    loop {
        *rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
        if let Some(after) = rest.strip_prefix(')') {
            *rest = after;
            break;
        }
        if let Some(after) = rest.strip_prefix(',') {
            let after = after.trim_start();
            let digits = after
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after.len());
            let n: u32 = after[..digits].parse().map_err(|_| {
                bad(
                    query,
                    "NEAR(…, N) wants a whole number of words after the comma",
                )
            })?;
            distance = Some(n);
            *rest = after[digits..].trim_start();
            match rest.strip_prefix(')') {
                Some(after) => {
                    *rest = after;
                    break;
                }
                None => return Err(bad(query, "NEAR(…, N) must end right after N")),
            }
        }
        if rest.is_empty() {
            return Err(bad(query, "a parenthesis is opened and never closed"));
        }
        if rest.starts_with('(') {
            return Err(bad(query, "NEAR(…) holds words and phrases, not groups"));
        }
        match take_term(query, rest)? {
            Some((t, prefix)) => {
                if !t.is_empty() {
                    cost.add(query, prefix)?;
                    terms.push(if prefix { format!("{t}*") } else { t });
                }
            }
            None => return Err(bad(query, "unexpected character inside NEAR(…)")),
        }
    }
    if terms.is_empty() {
        return Err(bad(query, "NEAR(…) has no words"));
    }
    Ok(match distance {
        Some(n) => format!("NEAR({}, {n})", terms.join(" ")),
        None => format!("NEAR({})", terms.join(" ")),
    })
}

/// Translates a user's search into an FTS5 MATCH expression, refusing one that would cost
/// more than [`MAX_SEARCH_TERMS`] words or [`MAX_PREFIX_TERMS`] prefixes.
pub(crate) fn fts_expression(query: &str) -> Result<String> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut rest = query;
    let mut depth = 0usize;
    let mut cost = Cost::default();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
        let Some(c) = rest.chars().next() else { break };
        match c {
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
            ',' => rest = &rest[1..],
            _ => {
                let end = rest.find(is_separator).unwrap_or(rest.len());
                let keyword = &rest[..end];
                if keyword == "NEAR" && rest[end..].starts_with('(') {
                    rest = &rest[end..];
                    pieces.push(Piece::Term(take_near(query, &mut rest, &mut cost)?));
                    continue;
                }
                if let Some(op) = ["AND", "OR", "NOT"].into_iter().find(|o| *o == keyword) {
                    pieces.push(Piece::Op(op));
                    rest = &rest[end..];
                    continue;
                }
                if let Some((t, prefix)) = take_term(query, &mut rest)? {
                    if !t.is_empty() {
                        cost.add(query, prefix)?;
                        pieces.push(Piece::Term(if prefix { format!("{t}*") } else { t }));
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
    for (i, p) in pieces.iter().enumerate() {
        if !out.is_empty() && !out.ends_with('(') && *p != Piece::Close {
            out.push(' ');
        }
        // FTS5 joins plain words by AND implicitly, but not a group with its neighbour:
        // `a (b OR c)` is a syntax error there, so the AND is written out.
        let prev = i.checked_sub(1).and_then(|j| pieces.get(j));
        let joins_group = matches!(
            (prev, p),
            (Some(Piece::Close), Piece::Term(_) | Piece::Open)
                | (Some(Piece::Term(_)), Piece::Open)
        );
        if joins_group {
            out.push_str("AND ");
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
            r#"("a" OR "b") AND "negotiat"*"#
        );
        assert_eq!(
            fts_expression("peace (a OR b)").unwrap(),
            r#""peace" AND ("a" OR "b")"#
        );
        assert_eq!(
            fts_expression("NEAR(ceasefire Donbas, 5)").unwrap(),
            r#"NEAR("ceasefire" "Donbas", 5)"#
        );
        assert_eq!(
            fts_expression(r#"peace NEAR("cease fire" Donbas)"#).unwrap(),
            r#""peace" NEAR("cease fire" "Donbas")"#
        );
        // Control characters separate words (a NUL is not part of any word).
        assert_eq!(fts_expression("pe\0ace").unwrap(), r#""pe" "ace""#);
        assert_eq!(fts_expression("\"pe\0ace\"").unwrap(), r#""pe ace""#);
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
            "NEAR(a b, x)",
            "NEAR()",
            "NEAR(a (b))",
            "NEAR(a b",
        ] {
            assert!(fts_expression(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn searches_beyond_the_cost_bounds_are_refused() {
        let words = vec!["w"; super::MAX_SEARCH_TERMS].join(" ");
        assert!(fts_expression(&words).is_ok());
        assert!(fts_expression(&format!("{words} w")).is_err());
        let prefixes = ["ab*"; super::MAX_PREFIX_TERMS].join(" ");
        assert!(fts_expression(&prefixes).is_ok());
        assert!(fts_expression(&format!("{prefixes} cd*")).is_err());
        // The flood that held the dashboard: a few hundred prefix terms under 500 bytes.
        assert!(fts_expression(&vec!["a*"; 200].join(" ")).is_err());
    }
}
