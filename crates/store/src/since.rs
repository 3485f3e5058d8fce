//! What is new since a moment: article ids only grow (articles are never deleted), so "new
//! since" is "id above the highest id seen then". Used by `detente watch` and the
//! dashboard's "new since your last visit".

use crate::error::Result;
use crate::query::{article_row, ARTICLE_COLS, SPEAKER_JOINS};
use crate::{retry_busy, ArticleSummary, Store};
use serde::Serialize;

/// Direct quotes and reported claims counted for one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideCount {
    /// The speakers' side (affiliation); `None` for speakers with no known side.
    pub side: Option<String>,
    pub quotes: u64,
    pub claims: u64,
}

impl Store {
    /// The highest article id in the store (0 when it is empty).
    pub fn last_article_id(&self) -> Result<i64> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
                r.get(0)
            })
        })
    }

    /// Articles stored after the one with id `after`, oldest first, at most `limit`.
    pub fn articles_after(&self, after: i64, limit: Option<usize>) -> Result<Vec<ArticleSummary>> {
        let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        let sql = format!("SELECT {ARTICLE_COLS} FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2");
        let conn = self.lock();
        retry_busy(&self.path, || {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params![after, limit], article_row)?;
            rows.collect()
        })
    }

    /// Quotes and claims in the articles stored after the one with id `after`, counted per
    /// side of the speaker (as `detente quotes` reports it), most quotes first.
    pub fn statements_by_side_after(&self, after: i64) -> Result<Vec<SideCount>> {
        let count = |table: &str| {
            format!(
                "SELECT coalesce(q.affiliation, ac.affiliation, cn.affiliation) AS side, count(*)
                 FROM {table} q {SPEAKER_JOINS} WHERE q.article_id > ?1 GROUP BY side"
            )
        };
        let conn = self.lock();
        let mut sides: Vec<SideCount> = Vec::new();
        for (table, is_quote) in [("quotes", true), ("claims", false)] {
            let rows: Vec<(Option<String>, u64)> = retry_busy(&self.path, || {
                let mut stmt = conn.prepare_cached(&count(table))?;
                let rows = stmt.query_map([after], |r| Ok((r.get(0)?, r.get(1)?)))?;
                rows.collect()
            })?;
            for (side, n) in rows {
                add_side_count(&mut sides, side, n, is_quote);
            }
        }
        sort_side_counts(&mut sides);
        Ok(sides)
    }
}

/// Adds `n` quotes (or claims) of `side` to the counts.
pub(crate) fn add_side_count(
    sides: &mut Vec<SideCount>,
    side: Option<String>,
    n: u64,
    is_quote: bool,
) {
    let i = match sides.iter().position(|s| s.side == side) {
        Some(i) => i,
        None => {
            sides.push(SideCount {
                side,
                quotes: 0,
                claims: 0,
            });
            sides.len() - 1
        }
    };
    if is_quote {
        sides[i].quotes += n;
    } else {
        sides[i].claims += n;
    }
}

/// Most quotes first, then most claims, the unknown side after known ones, then by name.
pub(crate) fn sort_side_counts(sides: &mut [SideCount]) {
    sides.sort_by(|a, b| {
        (b.quotes, b.claims, a.side.is_none())
            .cmp(&(a.quotes, a.claims, b.side.is_none()))
            .then_with(|| a.side.cmp(&b.side))
    });
}
