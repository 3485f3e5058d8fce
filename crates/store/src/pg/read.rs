//! Reading articles, the timeline and what is new on the PostgreSQL engine, with the
//! analyst's corrections applied as on SQLite (`crate::reviewed`, through [`PgLookup`]).

use super::PgStore;
use crate::corrections::{
    by_key, from_columns, in_force_with, rejected_sql, span_key, Correction, Target,
};
use crate::dates::overlap_conditions;
use crate::error::Result;
use crate::reviewed::{ActorView, Lookup};
use crate::since::{add_side_count, sort_side_counts};
use crate::{
    ArticleActorRow, ArticleDetail, ArticleSummary, DateRow, QuoteFilter, SideCount, TimelineEntry,
    TimelineFilter, TimelineKind,
};
use postgres::types::ToSql;
use std::collections::HashMap;

type PgResult<T> = std::result::Result<T, postgres::Error>;

pub(crate) const ARTICLE_COLS: &str = "id, name, source_path, title, date, date_inferred, url,
    content_hash, ingested_at, bytes, date_basis";

pub(crate) fn article_row(r: &postgres::Row) -> PgResult<ArticleSummary> {
    Ok(ArticleSummary {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        source_path: r.try_get(2)?,
        title: r.try_get(3)?,
        date: r.try_get(4)?,
        date_inferred: r.try_get(5)?,
        url: r.try_get(6)?,
        content_hash: r.try_get(7)?,
        ingested_at: r.try_get(8)?,
        bytes: r.try_get(9)?,
        date_basis: r.try_get(10)?,
    })
}

pub(crate) use crate::corrections::COLS as CORRECTION_COLS;

pub(crate) fn correction_row(r: &postgres::Row) -> PgResult<Correction> {
    Ok(from_columns(
        r.try_get(0)?,
        r.try_get(1)?,
        r.try_get(2)?,
        r.try_get(3)?,
        r.try_get(4)?,
        r.try_get(5)?,
        r.try_get(6)?,
        r.try_get(7)?,
        r.try_get(8)?,
        r.try_get(9)?,
    ))
}

/// The corrections in force for a target: the latest row of each (key, field) when it is a
/// `set`, grouped by key, in id order (as `corrections::current` on SQLite).
pub(crate) fn current<C: postgres::GenericClient>(
    c: &mut C,
    target: Target,
) -> PgResult<HashMap<String, Vec<Correction>>> {
    let rows = c.query(
        &format!(
            "SELECT {CORRECTION_COLS} FROM corrections WHERE id IN
                 (SELECT max(id) FROM corrections WHERE target = $1 GROUP BY key, field)
               AND action = 'set' ORDER BY id"
        ),
        &[&target.as_str()],
    )?;
    Ok(by_key(
        rows.iter()
            .map(correction_row)
            .collect::<PgResult<Vec<_>>>()?,
    ))
}

/// The corrections in force for (at least) the given keys of a target, as [`current`] gives
/// them, by the rule both engines follow (`corrections::in_force_with`).
pub(crate) fn in_force<C: postgres::GenericClient>(
    c: &mut C,
    target: Target,
    keys: Vec<&str>,
) -> PgResult<HashMap<String, Vec<Correction>>> {
    let c = std::cell::RefCell::new(c);
    in_force_with(
        keys,
        || current(&mut **c.borrow_mut(), target),
        |wanted| {
            (**c.borrow_mut())
                .query(
                    &format!(
                        "SELECT {CORRECTION_COLS} FROM corrections WHERE id IN
                             (SELECT max(id) FROM corrections WHERE target = $1 AND key = ANY($2)
                              GROUP BY key, field)
                           AND action = 'set' ORDER BY id"
                    ),
                    &[&target.as_str(), &wanted],
                )?
                .iter()
                .map(correction_row)
                .collect()
        },
    )
}

/// [`Lookup`] on a PostgreSQL connection.
pub(crate) struct PgLookup<'a>(pub(crate) &'a mut postgres::Client);

impl Lookup for PgLookup<'_> {
    type Error = postgres::Error;

    fn current(&mut self, target: Target) -> PgResult<HashMap<String, Vec<Correction>>> {
        current(self.0, target)
    }

    fn in_force(
        &mut self,
        target: Target,
        keys: Vec<&str>,
    ) -> PgResult<HashMap<String, Vec<Correction>>> {
        in_force(self.0, target, keys)
    }

    fn actor_by_key(&mut self, key: &str) -> PgResult<Option<ActorView>> {
        let row = self.0.query_opt(
            "SELECT cn.id, cn.name, cn.role, cn.affiliation FROM actors a
             JOIN actors cn ON cn.name_key = coalesce(a.canonical_key, a.name_key)
             WHERE a.name_key = $1",
            &[&key],
        )?;
        row.map(|r| {
            Ok(ActorView {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                role: r.try_get(2)?,
                affiliation: r.try_get(3)?,
            })
        })
        .transpose()
    }

    fn article_text(&mut self, article_id: i64) -> PgResult<Option<String>> {
        self.0
            .query_opt("SELECT text FROM articles WHERE id = $1", &[&article_id])?
            .map(|r| r.try_get(0))
            .transpose()
    }

    fn group_key(&mut self, actor_id: i64) -> PgResult<String> {
        self.0
            .query_one(
                "SELECT coalesce(canonical_key, name_key) FROM actors WHERE id = $1",
                &[&actor_id],
            )?
            .try_get(0)
    }
}

/// `LIMIT n OFFSET m` (no limit when `None`).
pub(crate) fn limit_clause(limit: Option<usize>, offset: usize) -> String {
    match limit {
        Some(l) => format!(" LIMIT {l} OFFSET {offset}"),
        None => format!(" OFFSET {offset}"),
    }
}

/// The SQL key of a span row `x` of article `ar`, as corrections name it.
pub(crate) const SPAN_KEY_SQL: &str = "ar.content_hash || ':' || x.start || '-' || x.\"end\"";

impl PgStore {
    /// Dated date expressions and quotes in date order (see `Store::timeline`).
    pub fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineEntry>> {
        let mut cond = String::new();
        let mut params: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        for (c, value) in overlap_conditions(filter.since.as_deref(), filter.until.as_deref())? {
            params.push(Box::new(value));
            cond.push_str(&format!(" AND x.{c} ${}", params.len()));
        }
        let not_rejected = |t| {
            if filter.machine {
                String::new()
            } else {
                format!(" AND NOT {}", rejected_sql(t, SPAN_KEY_SQL))
            }
        };
        let not_rejected_date = not_rejected(Target::Date);
        let not_rejected_quote = not_rejected(Target::Quote);
        let dates = format!(
            "SELECT x.resolved AS d, x.date_lo AS lo, 0 AS kind, x.article_id, ar.name, ar.title,
                    x.start, x.\"end\", x.text, x.context, NULL::text AS speaker, ar.content_hash
             FROM dates x JOIN articles ar ON ar.id = x.article_id
             WHERE x.date_lo IS NOT NULL{cond}{not_rejected_date}"
        );
        let quotes = format!(
            "SELECT coalesce(x.date, ar.date), x.date_lo, 1, x.article_id, ar.name, ar.title,
                    x.start, x.\"end\", x.text, NULL, x.speaker, ar.content_hash
             FROM quotes x JOIN articles ar ON ar.id = x.article_id
             WHERE x.date_lo IS NOT NULL{cond}{not_rejected_quote}"
        );
        // `date_lo` is always a full YYYY-MM-DD, which every collation orders as bytes, so
        // the ordering can use the `date_lo` indexes; with a limit each part is cut first.
        let part = |sql: String| match filter.limit {
            Some(l) => format!("({sql} ORDER BY x.date_lo, x.article_id, x.start LIMIT {l})"),
            None => sql,
        };
        let union = if filter.dates_only {
            part(dates)
        } else {
            format!("{} UNION ALL {}", part(dates), part(quotes))
        };
        let sql = format!(
            "SELECT * FROM ({union}) t ORDER BY lo, article_id, start, kind{}",
            limit_clause(filter.limit, 0)
        );
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
        let mut client = self.lock()?;
        let rows = client.query(&sql, &refs).map_err(|e| self.err(e))?;
        let read = |r: &postgres::Row| -> PgResult<TimelineEntry> {
            let kind: i32 = r.try_get(2)?;
            let (start, end): (i64, i64) = (r.try_get(6)?, r.try_get(7)?);
            Ok(TimelineEntry {
                date: r.try_get::<_, Option<String>>(0)?.unwrap_or_default(),
                kind: if kind == 0 {
                    TimelineKind::Date
                } else {
                    TimelineKind::Quote
                },
                article_id: r.try_get(3)?,
                article: r.try_get(4)?,
                article_title: r.try_get(5)?,
                start,
                end,
                text: r.try_get(8)?,
                context: r.try_get(9)?,
                speaker: r.try_get(10)?,
                key: span_key(&r.try_get::<_, String>(11)?, start, end),
                review: None,
            })
        };
        let mut out = rows
            .iter()
            .map(read)
            .collect::<PgResult<Vec<_>>>()
            .map_err(|e| self.err(e))?;
        if !filter.machine {
            crate::reviewed::patch_timeline(&mut PgLookup(&mut client), &mut out)
                .map_err(|e| self.err(e))?;
        }
        Ok(out)
    }

    /// Articles, newest first.
    pub fn articles(&self, limit: Option<usize>, offset: usize) -> Result<Vec<ArticleSummary>> {
        // Dated articles come from the `date` index newest first, undated ones after them
        // (ISO dates order the same in every collation); each part is cut to the page.
        let sql = match limit {
            Some(l) => {
                let n = l.saturating_add(offset);
                format!(
                    "SELECT {ARTICLE_COLS} FROM (
                         (SELECT *, 0 AS undated FROM articles WHERE date IS NOT NULL
                          ORDER BY date DESC, id LIMIT {n})
                         UNION ALL
                         (SELECT *, 1 FROM articles WHERE date IS NULL ORDER BY id LIMIT {n})) a
                     ORDER BY undated, date DESC, id{}",
                    limit_clause(limit, offset)
                )
            }
            None => format!(
                "SELECT {ARTICLE_COLS} FROM articles ORDER BY date IS NULL, date DESC, id{}",
                limit_clause(limit, offset)
            ),
        };
        let rows = self.lock()?.query(&sql, &[]).map_err(|e| self.err(e))?;
        rows.iter()
            .map(article_row)
            .collect::<PgResult<_>>()
            .map_err(|e| self.err(e))
    }

    /// The id of the first article stored under this name (file name or JSONL id).
    pub fn article_id_by_name(&self, name: &str) -> Result<Option<i64>> {
        self.lock()?
            .query_opt(
                "SELECT article_id FROM article_sources WHERE name = $1 ORDER BY article_id LIMIT 1",
                &[&name],
            )
            .and_then(|r| r.map(|r| r.try_get(0)).transpose())
            .map_err(|e| self.err(e))
    }

    /// One article with its text and all spans (see `Store::article`).
    pub fn article(&self, id: i64) -> Result<Option<ArticleDetail>> {
        self.article_with(id, false)
    }

    /// [`PgStore::article`], with `machine` the machine's values only.
    pub fn article_with(&self, id: i64, machine: bool) -> Result<Option<ArticleDetail>> {
        let found = {
            let mut c = self.lock()?;
            let sql = format!("SELECT {ARTICLE_COLS}, text FROM articles WHERE id = $1");
            c.query_opt(&sql, &[&id])
                .and_then(|r| {
                    r.map(|r| Ok((article_row(&r)?, r.try_get::<_, String>(11)?)))
                        .transpose()
                })
                .map_err(|e| self.err(e))?
        };
        let Some((article, text)) = found else {
            return Ok(None);
        };
        let by_article = QuoteFilter {
            article_id: Some(id),
            machine,
            ..QuoteFilter::default()
        };
        let mut quotes = self.quotes(&by_article)?;
        let mut claims = self.claims(&by_article)?;
        quotes.sort_by_key(|q| q.start);
        claims.sort_by_key(|q| q.start);
        let mut client = self.lock()?;
        let detail = (|| -> PgResult<_> {
            let sources = client
                .query(
                    "SELECT name, source_path FROM article_sources WHERE article_id = $1 ORDER BY id",
                    &[&id],
                )?
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
                .collect::<PgResult<Vec<(String, String)>>>()?;
            let actors = client
                .query(
                    "SELECT a.id, a.name, aa.kind, coalesce(aa.role, a.role),
                            coalesce(aa.affiliation, a.affiliation), aa.mention_count
                     FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
                     WHERE aa.article_id = $1 ORDER BY aa.mention_count DESC, a.name COLLATE \"C\"",
                    &[&id],
                )?
                .iter()
                .map(|r| {
                    Ok(ArticleActorRow {
                        actor_id: r.try_get(0)?,
                        name: r.try_get(1)?,
                        kind: r.try_get(2)?,
                        role: r.try_get(3)?,
                        affiliation: r.try_get(4)?,
                        mention_count: r.try_get(5)?,
                        review: None,
                    })
                })
                .collect::<PgResult<Vec<_>>>()?;
            let spans = client
                .query(
                    "SELECT aa.actor_id, a.name, aa.spans FROM article_actors aa
                     JOIN actors a ON a.id = aa.actor_id WHERE aa.article_id = $1",
                    &[&id],
                )?
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
                .collect::<PgResult<Vec<(i64, String, String)>>>()?;
            let dates = client
                .query(
                    "SELECT id, start, \"end\", text, resolved, context FROM dates
                     WHERE article_id = $1 ORDER BY start",
                    &[&id],
                )?
                .iter()
                .map(|r| {
                    Ok(DateRow {
                        id: r.try_get(0)?,
                        start: r.try_get(1)?,
                        end: r.try_get(2)?,
                        text: r.try_get(3)?,
                        resolved: r.try_get(4)?,
                        context: r.try_get(5)?,
                        review: None,
                    })
                })
                .collect::<PgResult<Vec<_>>>()?;
            Ok((sources, actors, spans, dates))
        })();
        let (sources, mut actors, spans, mut dates) = detail.map_err(|e| self.err(e))?;
        if !machine {
            crate::reviewed::patch_article(
                &mut PgLookup(&mut client),
                &article.content_hash,
                &mut actors,
                &mut dates,
            )
            .map_err(|e| self.err(e))?;
        }
        let mentions = crate::query::mentions_of(&text, spans);
        Ok(Some(ArticleDetail {
            article,
            text,
            sources,
            actors,
            mentions,
            quotes,
            claims,
            dates,
        }))
    }

    /// The highest article id in the store (0 when it is empty).
    pub fn last_article_id(&self) -> Result<i64> {
        self.lock()?
            .query_one("SELECT coalesce(max(id), 0)::bigint FROM articles", &[])
            .and_then(|r| r.try_get(0))
            .map_err(|e| self.err(e))
    }

    /// Articles stored after the one with id `after`, oldest first, at most `limit`.
    pub fn articles_after(&self, after: i64, limit: Option<usize>) -> Result<Vec<ArticleSummary>> {
        let sql = format!(
            "SELECT {ARTICLE_COLS} FROM articles WHERE id > $1 ORDER BY id{}",
            limit_clause(limit, 0)
        );
        let rows = self
            .lock()?
            .query(&sql, &[&after])
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(article_row)
            .collect::<PgResult<_>>()
            .map_err(|e| self.err(e))
    }

    /// Quotes and claims in the articles stored after the one with id `after`, counted per
    /// side of the speaker, most quotes first.
    pub fn statements_by_side_after(&self, after: i64) -> Result<Vec<SideCount>> {
        let mut sides: Vec<SideCount> = Vec::new();
        let mut client = self.lock()?;
        for (table, is_quote) in [("quotes", true), ("claims", false)] {
            let sql = format!(
                "SELECT coalesce(q.affiliation, ac.affiliation, cn.affiliation) AS side, count(*)
                 FROM {table} q {} WHERE q.article_id > $1 GROUP BY side",
                super::query::SPEAKER_JOINS
            );
            let rows = client.query(&sql, &[&after]).map_err(|e| self.err(e))?;
            for r in &rows {
                let side: Option<String> = r.try_get(0).map_err(|e| self.err(e))?;
                let n: i64 = r.try_get(1).map_err(|e| self.err(e))?;
                add_side_count(&mut sides, side, u64::try_from(n).unwrap_or(0), is_quote);
            }
        }
        sort_side_counts(&mut sides);
        Ok(sides)
    }
}
