//! Queries on the PostgreSQL engine: statistics, quotes and claims, actors, full-text
//! search and the corrections log. They return the SQLite engine's row types.
//! The analyst's corrections are applied as on SQLite (rejected records left out, values
//! patched by `crate::reviewed`) unless a filter asks for the machine's values.

use super::read::{correction_row, limit_clause, PgLookup, CORRECTION_COLS};
use super::PgStore;
use crate::corrections::{span_key, Correction};
use crate::dates::overlap_conditions;
use crate::error::{Result, StoreError};
use crate::query::like_pattern;
use crate::write::name_key;
use crate::{
    ActorFilter, ActorRow, QuoteFilter, QuoteRow, SearchHit, SearchHitKind, SearchOptions,
    StoreStats,
};
use postgres::types::ToSql;

pub(crate) const SPEECH_COLS: &str = "q.id, q.article_id, ar.name, ar.title, ar.date, ar.source_path, ar.url,
    q.start, q.\"end\", q.text, coalesce(cn.name, q.speaker), coalesce(cn.id, q.speaker_id),
    q.speaker_mention, coalesce(cn.role, ac.role),
    coalesce(q.affiliation, ac.affiliation, cn.affiliation), q.cue, coalesce(q.date, ar.date), ar.content_hash";

pub(crate) const SPEAKER_JOINS: &str = "LEFT JOIN actors ac ON ac.id = q.speaker_id
    LEFT JOIN actors cn ON cn.name_key = coalesce(ac.canonical_key, ac.name_key)";

fn matching_groups(n: usize) -> String {
    format!(
        "(SELECT coalesce(canonical_key, name_key) FROM actors WHERE name_key LIKE ${n}
          UNION SELECT coalesce(x.canonical_key, x.name_key) FROM actor_surfaces s
                JOIN actors x ON x.id = s.actor_id WHERE s.surface_key LIKE ${n})"
    )
}

/// SQL true when the row `{row}` (`article_id`, `start`, `end`) of `target` has been rejected
/// by its latest status correction: PostgreSQL's form of
/// [`crate::corrections::rejected_rows_sql`] (the rejected keys parsed back into article and
/// span once per statement, each row probed against them; no key is built per row). Only
/// keys of that form are parsed, so a malformed key in the log cannot fail the cast.
pub(crate) fn rejected_rows_sql(target: crate::corrections::Target, row: &str) -> String {
    format!(
        "({row}.article_id, {row}.start, {row}.\"end\") IN (
            SELECT ra.id, split_part(substr(rc.key, 66), '-', 1)::bigint,
                   split_part(substr(rc.key, 66), '-', 2)::bigint
              FROM corrections rc JOIN articles ra ON ra.content_hash = substr(rc.key, 1, 64)
             WHERE rc.target = '{t}' AND rc.field = 'status' AND rc.action = 'set'
               AND rc.value = 'rejected' AND rc.key ~ '^[0-9a-f]{{64}}:[0-9]{{1,18}}-[0-9]{{1,18}}$'
               AND rc.id = (SELECT max(id) FROM corrections
                             WHERE target = '{t}' AND key = rc.key AND field = 'status'))",
        t = target.as_str()
    )
}

pub(crate) fn speech_row(r: &postgres::Row) -> std::result::Result<QuoteRow, postgres::Error> {
    let hash: String = r.try_get(17)?;
    let (start, end): (i64, i64) = (r.try_get(7)?, r.try_get(8)?);
    Ok(QuoteRow {
        id: r.try_get(0)?,
        article_id: r.try_get(1)?,
        article: r.try_get(2)?,
        article_title: r.try_get(3)?,
        article_date: r.try_get(4)?,
        source_path: r.try_get(5)?,
        url: r.try_get(6)?,
        start,
        end,
        text: r.try_get(9)?,
        speaker: r.try_get(10)?,
        speaker_id: r.try_get(11)?,
        speaker_mention: r.try_get(12)?,
        speaker_role: r.try_get(13)?,
        affiliation: r.try_get(14)?,
        cue: r.try_get(15)?,
        date: r.try_get(16)?,
        key: span_key(&hash, start, end),
        review: None,
    })
}

impl PgStore {
    pub fn stats(&self) -> Result<StoreStats> {
        let mut c = self.lock()?;
        let row = c
            .query_one(
                "SELECT (SELECT schema_version FROM detente_meta),
                    (SELECT count(*) FROM articles), (SELECT count(*) FROM article_sources),
                    (SELECT count(*) FROM actors WHERE canonical_key IS NULL),
                    (SELECT count(*) FROM quotes), (SELECT count(*) FROM claims),
                    (SELECT count(*) FROM dates),
                    (SELECT coalesce(sum(mention_count), 0)::bigint FROM article_actors),
                    (SELECT coalesce(sum(bytes), 0)::bigint FROM articles),
                    (SELECT min(date) FROM articles), (SELECT max(date) FROM articles)",
                &[],
            )
            .map_err(|e| self.err(e))?;
        let get = |i: usize| row.try_get::<_, i64>(i);
        let out = (|| {
            Ok::<_, postgres::Error>(StoreStats {
                schema_version: get(0)?,
                articles: get(1)?,
                sources: get(2)?,
                actors: get(3)?,
                quotes: get(4)?,
                claims: get(5)?,
                dates: get(6)?,
                mentions: get(7)?,
                text_bytes: get(8)?,
                first_article_date: row.try_get(9)?,
                last_article_date: row.try_get(10)?,
            })
        })();
        out.map_err(|e| self.err(e))
    }

    /// Direct quotes matching the filter, in date order (undated last).
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        self.speech("quotes", filter)
    }

    /// Indirect speech matching the filter, in date order (undated last).
    pub fn claims(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        self.speech("claims", filter)
    }

    fn speech(&self, table: &str, f: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        // Two steps, as on SQLite (`crate::query::speech_query`): the ids that pass the
        // filter, ordered and cut to the limit from the statement table alone, then the
        // joins for those rows only.
        let mut sql = format!("SELECT q.id FROM {table} q WHERE true");
        let mut params: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        if let Some(s) = f
            .speaker
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            params.push(Box::new(like_pattern(&name_key(s))));
            let n = params.len();
            let groups = matching_groups(n);
            sql.push_str(&format!(
                " AND (q.speaker_id IN (SELECT m.id FROM actors m
                                       WHERE m.name_key IN {groups} OR m.canonical_key IN {groups})
                       OR (q.speaker_id IS NULL AND q.speaker_mention ILIKE ${n}))"
            ));
        }
        if let Some(a) = f
            .affiliation
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            params.push(Box::new(a.to_lowercase()));
            let n = params.len();
            sql.push_str(&format!(
                " AND (lower(q.affiliation) = ${n}
                       OR (q.affiliation IS NULL AND q.speaker_id IN
                           (SELECT m.id FROM actors m LEFT JOIN actors c ON c.name_key = m.canonical_key
                            WHERE lower(coalesce(m.affiliation, c.affiliation)) = ${n})))"
            ));
        }
        for (cond, value) in overlap_conditions(f.since.as_deref(), f.until.as_deref())? {
            params.push(Box::new(value));
            sql.push_str(&format!(" AND q.{cond} ${}", params.len()));
        }
        if let Some(id) = f.article_id {
            params.push(Box::new(id));
            sql.push_str(&format!(" AND q.article_id = ${}", params.len()));
        }
        let target = crate::reviewed::speech_target(table);
        if !f.machine {
            sql.push_str(" AND NOT ");
            sql.push_str(&rejected_rows_sql(target, "q"));
        }
        // `date_lo` is a full YYYY-MM-DD: every collation orders it as bytes.
        let order = crate::query::speech_order(f.since.is_some() || f.until.is_some());
        sql.push_str(order);
        sql.push_str(&limit_clause(f.limit, f.offset));
        let sql = format!(
            "SELECT {SPEECH_COLS} FROM {table} q JOIN articles ar ON ar.id = q.article_id
             {SPEAKER_JOINS} WHERE q.id IN ({sql}){order}"
        );
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
        let mut client = self.lock()?;
        let rows = client.query(&sql, &refs).map_err(|e| self.err(e))?;
        let mut out = rows
            .iter()
            .map(speech_row)
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        if !f.machine {
            crate::reviewed::patch_speech(&mut PgLookup(&mut client), target, &mut out)
                .map_err(|e| self.err(e))?;
        }
        Ok(out)
    }

    /// One row per canonical actor (aliases' counters summed; articles counted once), most
    /// cited first.
    pub fn actors(&self, filter: &ActorFilter) -> Result<Vec<ActorRow>> {
        let mut sql = String::from(
            "WITH members AS (
                 SELECT coalesce(canonical_key, name_key) AS gk, id, mention_count, quote_count
                 FROM actors),
             grp AS (
                 SELECT gk, count(*) AS n, sum(mention_count)::bigint AS mentions,
                        sum(quote_count)::bigint AS quotes
                 FROM members GROUP BY gk HAVING count(*) > 1),
             listed AS (
             SELECT a.id, a.name, a.kind,
                 coalesce(a.role, (SELECT x.role FROM actors x WHERE x.canonical_key = a.name_key
                     AND x.role IS NOT NULL ORDER BY x.mention_count DESC, x.name_key COLLATE \"C\" LIMIT 1)) AS role,
                 coalesce(a.affiliation, (SELECT x.affiliation FROM actors x WHERE x.canonical_key = a.name_key
                     AND x.affiliation IS NOT NULL ORDER BY x.mention_count DESC, x.name_key COLLATE \"C\" LIMIT 1)) AS affiliation,
                 coalesce(g.mentions, a.mention_count) AS mention_count,
                 CASE WHEN g.gk IS NULL THEN a.article_count ELSE (SELECT count(*) FROM (
                     SELECT aa.article_id FROM article_actors aa JOIN members m ON m.id = aa.actor_id
                         WHERE m.gk = a.name_key
                     UNION SELECT q.article_id FROM quotes q JOIN members m ON m.id = q.speaker_id
                         WHERE m.gk = a.name_key
                     UNION SELECT c.article_id FROM claims c JOIN members m ON m.id = c.speaker_id
                         WHERE m.gk = a.name_key) u) END AS article_count,
                 coalesce(g.quotes, a.quote_count) AS quote_count,
                 (SELECT array_agg(s.surface) FROM actor_surfaces s
                      JOIN members m ON m.id = s.actor_id WHERE m.gk = a.name_key) AS surfaces
             FROM actors a LEFT JOIN grp g ON g.gk = a.name_key
             WHERE a.canonical_key IS NULL",
        );
        let mut params: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        if let Some(n) = filter
            .name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            params.push(Box::new(like_pattern(&name_key(n))));
            sql.push_str(&format!(
                " AND a.name_key IN {}",
                matching_groups(params.len())
            ));
        }
        // The analyst may have corrected kinds and sides: then those filters and the limit
        // apply after the corrections (`reviewed::patch_actors`).
        let kind = filter
            .kind
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let affiliation = filter
            .affiliation
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let in_sql = filter.machine;
        if let Some(k) = kind.filter(|_| in_sql) {
            params.push(Box::new(k.to_lowercase()));
            sql.push_str(&format!(" AND a.kind = ${}", params.len()));
        }
        sql.push_str(") SELECT id, name, kind, role, affiliation, mention_count, article_count, quote_count, surfaces FROM listed a WHERE true");
        if let Some(a) = affiliation.filter(|_| in_sql) {
            params.push(Box::new(a.to_lowercase()));
            sql.push_str(&format!(" AND lower(a.affiliation) = ${}", params.len()));
        }
        sql.push_str(" ORDER BY a.article_count DESC, a.mention_count DESC, a.name COLLATE \"C\"");
        sql.push_str(&limit_clause(filter.limit.filter(|_| in_sql), 0));
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
        let mut client = self.lock()?;
        let rows = client.query(&sql, &refs).map_err(|e| self.err(e))?;
        let read = |r: &postgres::Row| -> std::result::Result<ActorRow, postgres::Error> {
            Ok(ActorRow {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                kind: r.try_get(2)?,
                role: r.try_get(3)?,
                affiliation: r.try_get(4)?,
                mention_count: r.try_get::<_, Option<i64>>(5)?.unwrap_or(0),
                article_count: r.try_get(6)?,
                quote_count: r.try_get::<_, Option<i64>>(7)?.unwrap_or(0),
                surfaces: {
                    // Sorted bytewise and without repeats, as on SQLite.
                    let mut s = r.try_get::<_, Option<Vec<String>>>(8)?.unwrap_or_default();
                    s.sort();
                    s.dedup();
                    s
                },
                review: None,
            })
        };
        let mut out = rows
            .iter()
            .map(read)
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        if !in_sql {
            crate::reviewed::patch_actors(&mut PgLookup(&mut client), &mut out, kind, affiliation)
                .map_err(|e| self.err(e))?;
            if let Some(l) = filter.limit {
                out.truncate(l);
            }
        }
        Ok(out)
    }

    /// Full-text search of articles and quotes with PostgreSQL's text search: `query` in
    /// web-search syntax (words, "quoted phrases", `or`, `-word`), English stemming; best
    /// first. `score` is the negated `ts_rank`, so lower is better as with BM25.
    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
        if query.trim().is_empty() {
            return Err(StoreError::InvalidSearch {
                query: query.to_string(),
                reason: "nothing to search for".into(),
            });
        }
        let marks = format!(
            "StartSel=\"{}\", StopSel=\"{}\", MaxWords=30, MinWords=10",
            options.mark_open.replace('"', ""),
            options.mark_close.replace('"', "")
        );
        let limit = options.limit as i64;
        let mut parts = Vec::new();
        if options.articles {
            parts.push(
                "(SELECT 'article' AS kind, ar.id, ar.name, ar.title, ar.date, NULL::bigint AS qid,
                         NULL::text AS speaker, NULL::bigint AS start, NULL::bigint AS stop,
                         ts_headline('english', left(ar.text, 262144), q, $2) AS snippet,
                         -ts_rank(ar.search, q)::float8 AS score
                  FROM articles ar, websearch_to_tsquery('english', $1) q
                  WHERE ar.search @@ q ORDER BY score, ar.id LIMIT $3)",
            );
        }
        if options.quotes {
            parts.push(
                "(SELECT 'quote' AS kind, ar.id, ar.name, ar.title, coalesce(x.date, ar.date) AS date,
                         x.id AS qid, x.speaker, x.start, x.\"end\" AS stop,
                         ts_headline('english', x.text, q, $2) AS snippet,
                         -ts_rank(x.search, q)::float8 AS score
                  FROM quotes x JOIN articles ar ON ar.id = x.article_id,
                       websearch_to_tsquery('english', $1) q
                  WHERE x.search @@ q ORDER BY score, x.id LIMIT $3)",
            );
        }
        if parts.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT * FROM ({}) hits ORDER BY score, kind, id, qid LIMIT $3",
            parts.join(" UNION ALL ")
        );
        let rows = self
            .lock()?
            .query(&sql, &[&query, &marks, &limit])
            .map_err(|e| self.err(e))?;
        let read = |r: &postgres::Row| -> std::result::Result<SearchHit, postgres::Error> {
            let kind: String = r.try_get(0)?;
            Ok(SearchHit {
                kind: if kind == "article" {
                    SearchHitKind::Article
                } else {
                    SearchHitKind::Quote
                },
                article_id: r.try_get(1)?,
                article: r.try_get(2)?,
                article_title: r.try_get(3)?,
                date: r.try_get(4)?,
                quote_id: r.try_get(5)?,
                speaker: r.try_get(6)?,
                start: r.try_get(7)?,
                end: r.try_get(8)?,
                snippet: r.try_get(9)?,
                score: r.try_get(10)?,
            })
        };
        rows.iter()
            .map(read)
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    /// Every correction, oldest first.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        let rows = self
            .lock()?
            .query(
                &format!("SELECT {CORRECTION_COLS} FROM corrections ORDER BY id"),
                &[],
            )
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(correction_row)
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.err(e))
    }
}
