//! Bulk loading a batch with `COPY ... FROM STDIN BINARY`: one stream per table per batch
//! instead of one statement (one round trip) per row.
//!
//! [`Bulk::start`] copies the batch's articles into a staging table and inserts the new
//! ones with `INSERT ... SELECT ... ON CONFLICT (content_hash) DO NOTHING`, so an article
//! already stored (or twice in the batch) is stored once, as with row inserts; every
//! source is added the same way. The writer then fills [`Bulk`]'s buffers instead of
//! inserting evidence rows, and [`Bulk::finish`] copies them: quotes, claims, dates and the
//! articles' actors straight into their tables (they belong to articles new in this
//! transaction, so nothing can conflict), surfaces and side votes through staging tables
//! whose `INSERT ... SELECT` keeps the upserts' `ON CONFLICT` rules, and the counters in
//! one `UPDATE ... FROM`. Actor upserts stay one statement per name new to the batch: the
//! ids they return are needed by the rows that follow.

use crate::write::{article_hash, ArticleWithEvidence};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use postgres::Transaction;
use std::collections::HashMap;

type PgResult<T> = std::result::Result<T, postgres::Error>;

/// A quote or claim row.
pub(crate) struct SpeechW {
    pub article_id: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_key: Option<String>,
    pub speaker_id: Option<i64>,
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub affiliation: Option<String>,
    pub date: Option<String>,
    pub lo: Option<String>,
    pub hi: Option<String>,
}

pub(crate) struct DateW {
    pub article_id: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub resolved: Option<String>,
    pub lo: Option<String>,
    pub hi: Option<String>,
    pub context: String,
}

pub(crate) struct ArticleActorW {
    pub article_id: i64,
    pub actor_id: i64,
    pub kind: &'static str,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub mentions: i64,
    pub spans: String,
}

/// What one batch writes by `COPY`.
#[derive(Default)]
pub(crate) struct Bulk {
    /// Content hash → id of each article this batch stored (taken by its first occurrence).
    pub new_ids: HashMap<String, i64>,
    pub surfaces: Vec<(i64, String, String)>,
    pub votes: Vec<(i64, &'static str, String, i64)>,
    pub article_actors: Vec<ArticleActorW>,
    pub quotes: Vec<SpeechW>,
    pub claims: Vec<SpeechW>,
    pub dates: Vec<DateW>,
}

/// Session-local staging tables, emptied at every commit (and gone with a rollback).
const STAGING: &str = "
CREATE TEMP TABLE IF NOT EXISTS detente_stage_articles (
    pos BIGINT NOT NULL, content_hash TEXT NOT NULL, name TEXT NOT NULL,
    source_path TEXT NOT NULL, title TEXT, date TEXT, date_inferred BOOLEAN NOT NULL,
    url TEXT, text TEXT NOT NULL, bytes BIGINT NOT NULL, date_basis TEXT
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS detente_stage_surfaces (
    actor_id BIGINT NOT NULL, surface_key TEXT NOT NULL, surface TEXT NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS detente_stage_votes (
    actor_id BIGINT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, mentions BIGINT NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS detente_stage_tallies (
    actor_id BIGINT NOT NULL, mentions BIGINT NOT NULL, articles BIGINT NOT NULL,
    quotes BIGINT NOT NULL
) ON COMMIT DELETE ROWS;
";

/// Copies `rows` into `table(columns)` in one binary `COPY`.
fn copy_rows<T>(
    tx: &mut Transaction<'_>,
    table: &str,
    columns: &str,
    types: &[Type],
    rows: &[T],
    values: impl Fn(&T, &mut dyn FnMut(&[&(dyn ToSql + Sync)]) -> PgResult<()>) -> PgResult<()>,
) -> PgResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let sink = tx.copy_in(&format!("COPY {table} ({columns}) FROM STDIN BINARY"))?;
    let mut writer = BinaryCopyInWriter::new(sink, types);
    for row in rows {
        values(row, &mut |v| writer.write(v))?;
    }
    writer.finish()?;
    Ok(())
}

impl Bulk {
    /// Stores the batch's new articles and every source; returns the buffers to fill.
    pub(crate) fn start(
        tx: &mut Transaction<'_>,
        batch: &[ArticleWithEvidence],
        ingested_at: &str,
    ) -> PgResult<Bulk> {
        tx.batch_execute(STAGING)?;
        let rows: Vec<(i64, String, &ArticleWithEvidence)> = batch
            .iter()
            .enumerate()
            .map(|(i, item)| (i as i64, article_hash(&item.article), item))
            .collect();
        use Type as T;
        copy_rows(
            tx,
            "detente_stage_articles",
            "pos, content_hash, name, source_path, title, date, date_inferred, url, text, bytes, date_basis",
            &[T::INT8, T::TEXT, T::TEXT, T::TEXT, T::TEXT, T::TEXT, T::BOOL, T::TEXT, T::TEXT, T::INT8, T::TEXT],
            &rows,
            |(pos, hash, item), write| {
                let a = &item.article;
                write(&[
                    pos,
                    hash,
                    &a.id,
                    &a.source_path,
                    &a.title,
                    &a.date,
                    &a.date_inferred,
                    &a.url,
                    &a.text,
                    &(a.text.len() as i64),
                    &a.date_basis,
                ])
            },
        )?;
        // New articles in batch order (the first of equal texts), as row inserts number them.
        let inserted = tx.query(
            "INSERT INTO articles(content_hash, name, source_path, title, date, date_inferred,
                                  url, text, bytes, ingested_at, date_basis)
             SELECT content_hash, name, source_path, title, date, date_inferred, url, text,
                    bytes, $1, date_basis
             FROM (SELECT DISTINCT ON (content_hash) * FROM detente_stage_articles
                   ORDER BY content_hash, pos) first
             ORDER BY pos
             ON CONFLICT (content_hash) DO NOTHING
             RETURNING id, content_hash",
            &[&ingested_at],
        )?;
        let mut bulk = Bulk::default();
        for r in &inserted {
            bulk.new_ids.insert(r.try_get(1)?, r.try_get(0)?);
        }
        tx.execute(
            "INSERT INTO article_sources(article_id, name, source_path)
             SELECT ar.id, s.name, s.source_path FROM detente_stage_articles s
             JOIN articles ar ON ar.content_hash = s.content_hash
             ORDER BY s.pos
             ON CONFLICT DO NOTHING",
            &[],
        )?;
        Ok(bulk)
    }

    /// Copies the buffered rows and adds the counters.
    pub(crate) fn finish(
        self,
        tx: &mut Transaction<'_>,
        tallies: &[(i64, [i64; 3])],
    ) -> PgResult<()> {
        use Type as T;
        copy_rows(
            tx,
            "detente_stage_surfaces",
            "actor_id, surface_key, surface",
            &[T::INT8, T::TEXT, T::TEXT],
            &self.surfaces,
            |(id, key, surface), write| write(&[id, key, surface]),
        )?;
        tx.batch_execute(
            "INSERT INTO actor_surfaces(actor_id, surface_key, surface)
             SELECT actor_id, surface_key, surface FROM detente_stage_surfaces
             ON CONFLICT DO NOTHING",
        )?;
        copy_rows(
            tx,
            "article_actors",
            "article_id, actor_id, kind, role, affiliation, mention_count, spans",
            &[
                T::INT8,
                T::INT8,
                T::TEXT,
                T::TEXT,
                T::TEXT,
                T::INT8,
                T::TEXT,
            ],
            &self.article_actors,
            |r, write| {
                write(&[
                    &r.article_id,
                    &r.actor_id,
                    &r.kind,
                    &r.role,
                    &r.affiliation,
                    &r.mentions,
                    &r.spans,
                ])
            },
        )?;
        copy_rows(
            tx,
            "detente_stage_votes",
            "actor_id, field, value, mentions",
            &[T::INT8, T::TEXT, T::TEXT, T::INT8],
            &self.votes,
            |(id, field, value, n), write| write(&[id, field, value, n]),
        )?;
        tx.batch_execute(
            "INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
             SELECT actor_id, field, value, count(*), sum(mentions)
             FROM detente_stage_votes GROUP BY actor_id, field, value
             ON CONFLICT (actor_id, field, value) DO UPDATE SET
                 articles = actor_side_votes.articles + excluded.articles,
                 mentions = actor_side_votes.mentions + excluded.mentions",
        )?;
        for (table, rows) in [("quotes", &self.quotes), ("claims", &self.claims)] {
            copy_rows(
                tx,
                table,
                "article_id, start, \"end\", text, speaker, speaker_key, speaker_id, speaker_mention, cue, affiliation, date, date_lo, date_hi",
                &[T::INT8, T::INT8, T::INT8, T::TEXT, T::TEXT, T::TEXT, T::INT8, T::TEXT, T::TEXT, T::TEXT, T::TEXT, T::TEXT, T::TEXT],
                rows,
                |q, write| {
                    write(&[
                        &q.article_id,
                        &q.start,
                        &q.end,
                        &q.text,
                        &q.speaker,
                        &q.speaker_key,
                        &q.speaker_id,
                        &q.mention,
                        &q.cue,
                        &q.affiliation,
                        &q.date,
                        &q.lo,
                        &q.hi,
                    ])
                },
            )?;
        }
        copy_rows(
            tx,
            "dates",
            "article_id, start, \"end\", text, resolved, date_lo, date_hi, context",
            &[
                T::INT8,
                T::INT8,
                T::INT8,
                T::TEXT,
                T::TEXT,
                T::TEXT,
                T::TEXT,
                T::TEXT,
            ],
            &self.dates,
            |d, write| {
                write(&[
                    &d.article_id,
                    &d.start,
                    &d.end,
                    &d.text,
                    &d.resolved,
                    &d.lo,
                    &d.hi,
                    &d.context,
                ])
            },
        )?;
        copy_rows(
            tx,
            "detente_stage_tallies",
            "actor_id, mentions, articles, quotes",
            &[T::INT8, T::INT8, T::INT8, T::INT8],
            tallies,
            |(id, [m, a, q]), write| write(&[id, m, a, q]),
        )?;
        tx.batch_execute(
            "UPDATE actors SET mention_count = actors.mention_count + t.mentions,
                 article_count = actors.article_count + t.articles,
                 quote_count = actors.quote_count + t.quotes
             FROM detente_stage_tallies t WHERE actors.id = t.actor_id",
        )?;
        Ok(())
    }
}
