//! Typed read queries over the store. All rows serialise with serde, so the CLI's
//! `--format json` and the dashboard's JSON API print them as they are.

use crate::dates::overlap_conditions;
use crate::error::Result;
use crate::reviewed::SqliteLookup;
use crate::{retry_busy, Store};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// Filters for [`Store::quotes`] and [`Store::claims`]. Unset fields do not filter.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct QuoteFilter {
    /// Any part of the speaker's canonical name or of a form they were mentioned under,
    /// case-insensitive ("Peskov", "peskov", "Kremlin spokesman").
    pub speaker: Option<String>,
    /// The speaker's side, case-insensitive exact ("Russia").
    pub affiliation: Option<String>,
    /// On or after this day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), on the quote's date or,
    /// when it has none, its article's.
    pub since: Option<String>,
    /// On or before this day.
    pub until: Option<String>,
    /// Only from this article.
    pub article_id: Option<i64>,
    pub limit: Option<usize>,
    pub offset: usize,
    /// The machine's values only: the analyst's corrections are not applied and rejected
    /// records are kept.
    pub machine: bool,
}

/// A direct quote (or, from [`Store::claims`], a reported claim) with its article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub id: i64,
    pub article_id: i64,
    /// The article's name (file base name or JSONL id).
    pub article: String,
    pub article_title: Option<String>,
    pub article_date: Option<String>,
    pub source_path: String,
    pub url: Option<String>,
    /// Byte span in the article text, `end` exclusive.
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_id: Option<i64>,
    pub speaker_mention: Option<String>,
    pub speaker_role: Option<String>,
    pub affiliation: Option<String>,
    pub cue: Option<String>,
    /// The quote's own date, else the article's.
    pub date: Option<String>,
    /// The stable key corrections use: `<article SHA-256>:<start>-<end>`.
    pub key: String,
    /// Set when a value shown is the analyst's (who, when, why, and the machine's value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::Review>,
}

/// Same shape as a quote: indirect speech with its speaker.
pub type ClaimRow = QuoteRow;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ActorFilter {
    /// Any part of the canonical name or of a surface form, case-insensitive.
    pub name: Option<String>,
    /// Case-insensitive exact.
    pub affiliation: Option<String>,
    /// `person`, `organization` or `country`.
    pub kind: Option<String>,
    pub limit: Option<usize>,
    /// The machine's values only (see [`QuoteFilter::machine`]).
    pub machine: bool,
}

/// An actor merged across all articles by canonical name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// Occurrences of the actor's name and surface forms across all articles.
    pub mention_count: i64,
    /// Articles that name the actor (for a speaker never listed as an actor: that quote
    /// them).
    pub article_count: i64,
    pub quote_count: i64,
    /// Every form the actor was met under.
    pub surfaces: Vec<String>,
    /// Set when a value shown is the analyst's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::Review>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TimelineFilter {
    pub since: Option<String>,
    pub until: Option<String>,
    /// Leave out quotes (dated through their article) and keep only date expressions.
    pub dates_only: bool,
    pub limit: Option<usize>,
    /// The machine's values only (see [`QuoteFilter::machine`]).
    pub machine: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TimelineKind {
    /// A date expression in an article, with its sentence.
    Date,
    /// A quote, dated by itself or its article.
    Quote,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// ISO date at the precision known (`2025`, `2025-06`, `2025-06-02`).
    pub date: String,
    pub kind: TimelineKind,
    pub article_id: i64,
    pub article: String,
    pub article_title: Option<String>,
    pub start: i64,
    pub end: i64,
    /// The date expression ("last Tuesday") or the quote's words.
    pub text: String,
    /// For a date: the sentence it occurs in.
    pub context: Option<String>,
    /// For a quote: its speaker.
    pub speaker: Option<String>,
    /// The stable key corrections use: `<article SHA-256>:<start>-<end>`.
    pub key: String,
    /// Set when a value shown is the analyst's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::Review>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: i64,
    pub name: String,
    pub source_path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub date_inferred: bool,
    /// How an inferred date was found (the expression or known event it rests on).
    pub date_basis: Option<String>,
    pub url: Option<String>,
    pub content_hash: String,
    pub ingested_at: String,
    /// Length of the text in bytes.
    pub bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleActorRow {
    pub actor_id: i64,
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub mention_count: i64,
    /// Set when a value shown is the analyst's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::Review>,
}

/// Where an actor is named in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionRow {
    pub actor_id: i64,
    pub actor: String,
    pub start: i64,
    pub end: i64,
    pub surface: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateRow {
    pub id: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub resolved: Option<String>,
    pub context: String,
    /// Set when a value shown is the analyst's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::Review>,
}

/// One article with its text and every span extracted from it, for highlighting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleDetail {
    pub article: ArticleSummary,
    pub text: String,
    /// Every (name, path) the same text was met under, the first one included.
    pub sources: Vec<(String, String)>,
    pub actors: Vec<ArticleActorRow>,
    pub mentions: Vec<MentionRow>,
    pub quotes: Vec<QuoteRow>,
    pub claims: Vec<ClaimRow>,
    pub dates: Vec<DateRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    pub schema_version: i64,
    pub articles: i64,
    pub sources: i64,
    pub actors: i64,
    pub quotes: i64,
    pub claims: i64,
    pub dates: i64,
    pub mentions: i64,
    pub text_bytes: i64,
    pub first_article_date: Option<String>,
    pub last_article_date: Option<String>,
}

/// `%part%` for LIKE, with the wildcards in `part` taken literally.
pub(crate) fn like_pattern(part: &str) -> String {
    let mut p = String::with_capacity(part.len() + 2);
    p.push('%');
    for c in part.trim().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

fn limit_clause(limit: Option<usize>, offset: usize) -> String {
    let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
    format!(" LIMIT {limit} OFFSET {offset}")
}

pub(crate) const SPEECH_COLS: &str = "q.id, q.article_id, ar.name, ar.title, ar.date, ar.source_path, ar.url,
    q.start, q.end, q.text, coalesce(cn.name, q.speaker), coalesce(cn.id, q.speaker_id),
    q.speaker_mention, coalesce(cn.role, ac.role),
    coalesce(q.affiliation, ac.affiliation, cn.affiliation), q.cue, coalesce(q.date, ar.date), ar.content_hash";

/// The speaker's own actor row `ac` and its canonical actor `cn` (itself when it is no alias).
pub(crate) const SPEAKER_JOINS: &str = "LEFT JOIN actors ac ON ac.id = q.speaker_id
    LEFT JOIN actors cn ON cn.name_key = coalesce(ac.canonical_key, ac.name_key)";

/// The canonical keys of the actors whose name or a surface form matches LIKE `?{n}`.
fn matching_groups(n: usize) -> String {
    format!(
        "(SELECT coalesce(canonical_key, name_key) FROM actors WHERE name_key LIKE ?{n} ESCAPE '\\'
          UNION SELECT coalesce(x.canonical_key, x.name_key) FROM actor_surfaces s
                JOIN actors x ON x.id = s.actor_id WHERE s.surface_key LIKE ?{n} ESCAPE '\\')"
    )
}

pub(crate) fn speech_row(r: &Row<'_>) -> rusqlite::Result<QuoteRow> {
    Ok(QuoteRow {
        id: r.get(0)?,
        article_id: r.get(1)?,
        article: r.get(2)?,
        article_title: r.get(3)?,
        article_date: r.get(4)?,
        source_path: r.get(5)?,
        url: r.get(6)?,
        start: r.get(7)?,
        end: r.get(8)?,
        text: r.get(9)?,
        speaker: r.get(10)?,
        speaker_id: r.get(11)?,
        speaker_mention: r.get(12)?,
        speaker_role: r.get(13)?,
        affiliation: r.get(14)?,
        cue: r.get(15)?,
        date: r.get(16)?,
        key: crate::corrections::span_key(&r.get::<_, String>(17)?, r.get(7)?, r.get(8)?),
        review: None,
    })
}

struct SpeechQuery {
    sql: String,
    params: Vec<Value>,
    target: crate::corrections::Target,
    machine: bool,
}

/// The order of quotes and claims: by day range start, undated last, then by place. A
/// filter on dates keeps dated rows only, and then leaves the "undated last" term out so the
/// `(date_lo, article_id, start)` index gives the order and a limit stops the scan early.
pub(crate) fn speech_order(dated_only: bool) -> &'static str {
    if dated_only {
        " ORDER BY q.date_lo, q.article_id, q.start"
    } else {
        " ORDER BY q.date_lo IS NULL, q.date_lo, q.article_id, q.start"
    }
}

/// Quotes or claims are chosen in two steps: the ids of the rows that pass the filter, in
/// order and cut to the limit, from the statement table and its indexes alone; then the
/// joins to articles and actors for those rows only. Joining first made every matching row
/// (166,559 of a prolific speaker's at 10^6 articles) pay four lookups before the sort kept
/// fifty.
fn speech_query(table: &str, f: &QuoteFilter) -> Result<SpeechQuery> {
    let mut sql = format!("SELECT q.id FROM {table} q WHERE 1");
    let mut params: Vec<Value> = Vec::new();
    if let Some(s) = f
        .speaker
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        params.push(Value::Text(like_pattern(&crate::write::name_key(s))));
        let n = params.len();
        // Every spelling of a matching person: the whole group of their canonical actor.
        let groups = matching_groups(n);
        sql.push_str(&format!(
            " AND (q.speaker_id IN (SELECT m.id FROM actors m
                                   WHERE m.name_key IN {groups} OR m.canonical_key IN {groups})
                   OR (q.speaker_id IS NULL AND q.speaker_mention LIKE ?{n} ESCAPE '\\'))"
        ));
    }
    if let Some(a) = f
        .affiliation
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        params.push(Value::Text(a.to_string()));
        let n = params.len();
        sql.push_str(&format!(
            " AND (q.affiliation = ?{n} COLLATE NOCASE
                   OR (q.affiliation IS NULL AND q.speaker_id IN
                       (SELECT m.id FROM actors m LEFT JOIN actors c ON c.name_key = m.canonical_key
                        WHERE coalesce(m.affiliation, c.affiliation) = ?{n} COLLATE NOCASE)))"
        ));
    }
    for (cond, value) in overlap_conditions(f.since.as_deref(), f.until.as_deref())? {
        params.push(Value::Text(value));
        sql.push_str(&format!(" AND q.{cond} ?{}", params.len()));
    }
    if let Some(id) = f.article_id {
        params.push(Value::Integer(id));
        sql.push_str(&format!(" AND q.article_id = ?{}", params.len()));
    }
    if !f.machine {
        let target = crate::reviewed::speech_target(table);
        sql.push_str(" AND NOT ");
        sql.push_str(&crate::corrections::rejected_rows_sql(target, "q"));
    }
    let order = speech_order(f.since.is_some() || f.until.is_some());
    sql.push_str(order);
    sql.push_str(&limit_clause(f.limit, f.offset));
    let sql = format!(
        "SELECT {SPEECH_COLS} FROM {table} q JOIN articles ar ON ar.id = q.article_id
         {SPEAKER_JOINS} WHERE q.id IN ({sql}){order}"
    );
    Ok(SpeechQuery {
        sql,
        params,
        target: crate::reviewed::speech_target(table),
        machine: f.machine,
    })
}

fn run_speech(conn: &Connection, q: &SpeechQuery) -> rusqlite::Result<Vec<QuoteRow>> {
    let mut stmt = conn.prepare_cached(&q.sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(q.params.iter()), speech_row)?;
    let mut rows: Vec<QuoteRow> = rows.collect::<rusqlite::Result<_>>()?;
    if !q.machine {
        crate::reviewed::patch_speech(&mut SqliteLookup(conn), q.target, &mut rows)?;
    }
    Ok(rows)
}

impl Store {
    /// Direct quotes matching the filter, in date order (undated last).
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        let q = speech_query("quotes", filter)?;
        let conn = self.lock();
        retry_busy(&self.path, || run_speech(&conn, &q))
    }

    /// Reported claims (indirect speech) matching the filter, in date order.
    pub fn claims(&self, filter: &QuoteFilter) -> Result<Vec<ClaimRow>> {
        let q = speech_query("claims", filter)?;
        let conn = self.lock();
        retry_busy(&self.path, || run_speech(&conn, &q))
    }

    /// Actors merged across articles, most widely reported first.
    pub fn actors(&self, filter: &ActorFilter) -> Result<Vec<ActorRow>> {
        // One row per canonical actor; an actor with aliases sums their counters, except
        // articles, which are counted once however many spellings an article uses.
        let mut sql = String::from(
            "WITH grp AS (
                 SELECT coalesce(canonical_key, name_key) AS gk, count(*) AS n,
                        sum(mention_count) AS mentions, sum(quote_count) AS quotes
                 FROM actors GROUP BY gk HAVING n > 1),
             listed AS (
             SELECT a.id, a.name, a.kind,
                coalesce(a.role, (SELECT x.role FROM actors x WHERE x.canonical_key = a.name_key
                                  AND x.role IS NOT NULL ORDER BY x.mention_count DESC, x.name_key LIMIT 1)) AS role,
                coalesce(a.affiliation, (SELECT x.affiliation FROM actors x WHERE x.canonical_key = a.name_key
                                  AND x.affiliation IS NOT NULL ORDER BY x.mention_count DESC, x.name_key LIMIT 1)) AS affiliation,
                coalesce(g.mentions, a.mention_count) AS mention_count,
                CASE WHEN g.gk IS NULL THEN a.article_count ELSE (SELECT count(*) FROM (
                    SELECT aa.article_id FROM article_actors aa JOIN actors x ON x.id = aa.actor_id
                        WHERE x.name_key = a.name_key OR x.canonical_key = a.name_key
                    UNION SELECT q.article_id FROM quotes q JOIN actors x ON x.id = q.speaker_id
                        WHERE x.name_key = a.name_key OR x.canonical_key = a.name_key
                    UNION SELECT c.article_id FROM claims c JOIN actors x ON x.id = c.speaker_id
                        WHERE x.name_key = a.name_key OR x.canonical_key = a.name_key)) END AS article_count,
                coalesce(g.quotes, a.quote_count) AS quote_count,
                CASE WHEN g.gk IS NULL
                    THEN (SELECT group_concat(surface, char(31)) FROM actor_surfaces s WHERE s.actor_id = a.id)
                    ELSE (SELECT group_concat(s.surface, char(31)) FROM actor_surfaces s JOIN actors x ON x.id = s.actor_id
                          WHERE x.name_key = a.name_key OR x.canonical_key = a.name_key) END AS surfaces
             FROM actors a LEFT JOIN grp g ON g.gk = a.name_key
             WHERE a.canonical_key IS NULL",
        );
        let mut params: Vec<Value> = Vec::new();
        if let Some(n) = filter
            .name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            params.push(Value::Text(like_pattern(&crate::write::name_key(n))));
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
            params.push(Value::Text(k.to_lowercase()));
            sql.push_str(&format!(" AND a.kind = ?{}", params.len()));
        }
        sql.push_str(") SELECT id, name, kind, role, affiliation, mention_count, article_count, quote_count, surfaces FROM listed a WHERE 1");
        if let Some(a) = affiliation.filter(|_| in_sql) {
            params.push(Value::Text(a.to_string()));
            sql.push_str(&format!(
                " AND a.affiliation = ?{} COLLATE NOCASE",
                params.len()
            ));
        }
        sql.push_str(" ORDER BY a.article_count DESC, a.mention_count DESC, a.name");
        sql.push_str(&limit_clause(filter.limit.filter(|_| in_sql), 0));
        let conn = self.lock();
        let mut rows = retry_busy(&self.path, || {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
                let surfaces: Option<String> = r.get(8)?;
                let mut surfaces: Vec<String> = surfaces
                    .map(|s| s.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default();
                surfaces.sort();
                surfaces.dedup();
                Ok(ActorRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    role: r.get(3)?,
                    affiliation: r.get(4)?,
                    mention_count: r.get(5)?,
                    article_count: r.get(6)?,
                    quote_count: r.get(7)?,
                    surfaces,
                    review: None,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        if !in_sql {
            retry_busy(&self.path, || {
                crate::reviewed::patch_actors(
                    &mut SqliteLookup(&conn),
                    &mut rows,
                    kind,
                    affiliation,
                )
            })?;
            if let Some(l) = filter.limit {
                rows.truncate(l);
            }
        }
        Ok(rows)
    }

    /// Dated date expressions and quotes in date order.
    pub fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineEntry>> {
        let mut cond = String::new();
        let mut params: Vec<Value> = Vec::new();
        for (c, value) in overlap_conditions(filter.since.as_deref(), filter.until.as_deref())? {
            params.push(Value::Text(value));
            cond.push_str(&format!(" AND x.{c} ?{}", params.len()));
        }
        let not_rejected = |t| {
            if filter.machine {
                String::new()
            } else {
                format!(" AND NOT {}", crate::corrections::rejected_rows_sql(t, "x"))
            }
        };
        let not_rejected_date = not_rejected(crate::corrections::Target::Date);
        let not_rejected_quote = not_rejected(crate::corrections::Target::Quote);
        let dates = format!(
            "SELECT x.resolved AS d, x.date_lo AS lo, 0 AS kind, x.article_id, ar.name, ar.title,
                    x.start, x.end, x.text, x.context, NULL AS speaker, ar.content_hash
             FROM dates x JOIN articles ar ON ar.id = x.article_id
             WHERE x.date_lo IS NOT NULL{cond}{not_rejected_date}"
        );
        let quotes = format!(
            "SELECT coalesce(x.date, ar.date), x.date_lo, 1, x.article_id, ar.name, ar.title,
                    x.start, x.end, x.text, NULL, x.speaker, ar.content_hash
             FROM quotes x JOIN articles ar ON ar.id = x.article_id
             WHERE x.date_lo IS NOT NULL{cond}{not_rejected_quote}"
        );
        // With a limit each part is cut to it first, in the order of its
        // (date_lo, article_id, start) index, so neither part is read past the limit.
        let part = |sql: String| match filter.limit {
            Some(_) => format!(
                "SELECT * FROM ({sql} ORDER BY x.date_lo, x.article_id, x.start{})",
                limit_clause(filter.limit, 0)
            ),
            None => sql,
        };
        let mut sql = if filter.dates_only {
            part(dates)
        } else {
            format!("{} UNION ALL {}", part(dates), part(quotes))
        };
        sql.push_str(" ORDER BY lo, 4, 7, kind");
        sql.push_str(&limit_clause(filter.limit, 0));
        let conn = self.lock();
        let mut rows = retry_busy(&self.path, || {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
                let kind: i64 = r.get(2)?;
                Ok(TimelineEntry {
                    date: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    kind: if kind == 0 {
                        TimelineKind::Date
                    } else {
                        TimelineKind::Quote
                    },
                    article_id: r.get(3)?,
                    article: r.get(4)?,
                    article_title: r.get(5)?,
                    start: r.get(6)?,
                    end: r.get(7)?,
                    text: r.get(8)?,
                    context: r.get(9)?,
                    speaker: r.get(10)?,
                    key: crate::corrections::span_key(
                        &r.get::<_, String>(11)?,
                        r.get(6)?,
                        r.get(7)?,
                    ),
                    review: None,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()
        })?;
        if !filter.machine {
            retry_busy(&self.path, || {
                crate::reviewed::patch_timeline(&mut SqliteLookup(&conn), &mut rows)
            })?;
        }
        Ok(rows)
    }

    /// Articles, newest first.
    pub fn articles(&self, limit: Option<usize>, offset: usize) -> Result<Vec<ArticleSummary>> {
        let sql = format!(
            "SELECT {ARTICLE_COLS} FROM articles ORDER BY date IS NULL, date DESC, id{}",
            limit_clause(limit, offset)
        );
        let conn = self.lock();
        retry_busy(&self.path, || {
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map([], article_row)?;
            rows.collect()
        })
    }

    /// The id of the first article stored under this name (file name or JSONL id).
    pub fn article_id_by_name(&self, name: &str) -> Result<Option<i64>> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.prepare_cached(
                "SELECT article_id FROM article_sources WHERE name = ?1 ORDER BY article_id LIMIT 1",
            )?
            .query_row([name], |r| r.get(0))
            .optional()
        })
    }

    /// One article with its text and all spans, or `None` if there is no such id. The
    /// analyst's corrections are applied (rejected records left out).
    pub fn article(&self, id: i64) -> Result<Option<ArticleDetail>> {
        self.article_with(id, false)
    }

    /// [`Store::article`], with `machine` the machine's values only.
    pub fn article_with(&self, id: i64, machine: bool) -> Result<Option<ArticleDetail>> {
        let conn = self.lock();
        let found = retry_busy(&self.path, || {
            // `text` follows the summary columns.
            let sql = format!("SELECT {ARTICLE_COLS}, text FROM articles WHERE id = ?1");
            conn.prepare_cached(&sql)?
                .query_row([id], |r| Ok((article_row(r)?, r.get::<_, String>(11)?)))
                .optional()
        })?;
        let Some((article, text)) = found else {
            return Ok(None);
        };
        let detail = retry_busy(&self.path, || {
            let sources = conn
                .prepare_cached(
                    "SELECT name, source_path FROM article_sources WHERE article_id = ?1 ORDER BY id",
                )?
                .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let actors = conn
                .prepare_cached(
                    "SELECT a.id, a.name, aa.kind, coalesce(aa.role, a.role), coalesce(aa.affiliation, a.affiliation), aa.mention_count
                     FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
                     WHERE aa.article_id = ?1 ORDER BY aa.mention_count DESC, a.name",
                )?
                .query_map([id], |r| {
                    Ok(ArticleActorRow {
                        actor_id: r.get(0)?,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                        role: r.get(3)?,
                        affiliation: r.get(4)?,
                        mention_count: r.get(5)?,
                        review: None,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let spans = conn
                .prepare_cached(
                    "SELECT aa.actor_id, a.name, aa.spans FROM article_actors aa
                     JOIN actors a ON a.id = aa.actor_id WHERE aa.article_id = ?1",
                )?
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let dates = conn
                .prepare_cached(
                    "SELECT id, start, end, text, resolved, context FROM dates WHERE article_id = ?1 ORDER BY start",
                )?
                .query_map([id], |r| {
                    Ok(DateRow {
                        id: r.get(0)?,
                        start: r.get(1)?,
                        end: r.get(2)?,
                        text: r.get(3)?,
                        resolved: r.get(4)?,
                        context: r.get(5)?,
                        review: None,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((sources, actors, spans, dates))
        })?;
        let by_article = QuoteFilter {
            article_id: Some(id),
            machine,
            ..QuoteFilter::default()
        };
        let (quotes, claims) = {
            let q = speech_query("quotes", &by_article)?;
            let c = speech_query("claims", &by_article)?;
            let mut quotes = retry_busy(&self.path, || run_speech(&conn, &q))?;
            let mut claims = retry_busy(&self.path, || run_speech(&conn, &c))?;
            quotes.sort_by_key(|q| q.start);
            claims.sort_by_key(|q| q.start);
            (quotes, claims)
        };
        let (sources, mut actors, spans, mut dates) = detail;
        if !machine {
            retry_busy(&self.path, || {
                crate::reviewed::patch_article(
                    &mut SqliteLookup(&conn),
                    &article.content_hash,
                    &mut actors,
                    &mut dates,
                )
            })?;
        }
        let mentions = mentions_of(&text, spans);
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

    /// Counts of everything stored.
    pub fn stats(&self) -> Result<StoreStats> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
            let (first, last) =
                conn.query_row("SELECT min(date), max(date) FROM articles", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            Ok(StoreStats {
                schema_version: count("PRAGMA user_version")?,
                articles: count("SELECT count(*) FROM articles")?,
                sources: count("SELECT count(*) FROM article_sources")?,
                actors: count("SELECT count(*) FROM actors WHERE canonical_key IS NULL")?,
                quotes: count("SELECT count(*) FROM quotes")?,
                claims: count("SELECT count(*) FROM claims")?,
                dates: count("SELECT count(*) FROM dates")?,
                mentions: count("SELECT coalesce(sum(mention_count), 0) FROM article_actors")?,
                text_bytes: count("SELECT coalesce(sum(bytes), 0) FROM articles")?,
                first_article_date: first,
                last_article_date: last,
            })
        })
    }
}

/// The mentions of each (actor id, actor name, `start-end,...` spans) in `text`, in text
/// order; spans that do not fit the text are left out.
pub(crate) fn mentions_of(text: &str, spans: Vec<(i64, String, String)>) -> Vec<MentionRow> {
    let mut mentions = Vec::new();
    for (actor_id, actor, list) in spans {
        for pair in list.split(',').filter(|p| !p.is_empty()) {
            let Some((s, e)) = pair.split_once('-') else {
                continue;
            };
            let (Ok(start), Ok(end)) = (s.parse::<usize>(), e.parse::<usize>()) else {
                continue;
            };
            let Some(surface) = text.get(start..end) else {
                continue;
            };
            mentions.push(MentionRow {
                actor_id,
                actor: actor.clone(),
                start: start as i64,
                end: end as i64,
                surface: surface.to_string(),
            });
        }
    }
    mentions.sort_by_key(|m| m.start);
    mentions
}

pub(crate) const ARTICLE_COLS: &str =
    "id, name, source_path, title, date, date_inferred, url, content_hash, ingested_at, bytes, date_basis";

pub(crate) fn article_row(r: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: r.get(0)?,
        name: r.get(1)?,
        source_path: r.get(2)?,
        title: r.get(3)?,
        date: r.get(4)?,
        date_inferred: r.get(5)?,
        url: r.get(6)?,
        content_hash: r.get(7)?,
        ingested_at: r.get(8)?,
        bytes: r.get(9)?,
        date_basis: r.get(10)?,
    })
}
