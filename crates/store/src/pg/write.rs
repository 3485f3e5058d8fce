//! Writing into PostgreSQL: the same steps as `crate::write` (one transaction per batch,
//! articles keyed by content hash, actors upserted by name key, side votes, counters, merge,
//! the analyst's merges and splits), in PostgreSQL's dialect.

use super::copy::{ArticleActorW, Bulk, DateW, SpeechW};
use super::{PgStore, WRITE_LOCK};
use crate::aliases::{merge_in, AliasTables, RULES_VERSION};
use crate::dates::DayRange;
use crate::error::Result;
use crate::schema::APPLICATION_ID;
use crate::write::{
    article_hash, kind_str, mention_spans, name_key, sentence_around, valid_span,
    ArticleWithEvidence, BatchOutcome, Mentions,
};
use detente_evidence::ActorKind;
use postgres::Transaction;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

type PgResult<T> = std::result::Result<T, postgres::Error>;

#[derive(Clone)]
struct ActorInfo {
    id: i64,
    affiliation: Option<String>,
    has_role: bool,
}

/// Statements prepared once per batch: each SQL text costs a round trip to prepare, which
/// would otherwise double the round trips of every row written.
type Stmts = HashMap<&'static str, postgres::Statement>;

fn prep(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    sql: &'static str,
) -> PgResult<postgres::Statement> {
    if let Some(s) = stmts.get(sql) {
        return Ok(s.clone());
    }
    let s = tx.prepare(sql)?;
    stmts.insert(sql, s.clone());
    Ok(s)
}

#[derive(Default)]
struct BatchCache {
    stmts: Stmts,
    actors: HashMap<String, ActorInfo>,
    surfaces: HashSet<(i64, String)>,
    tallies: HashMap<i64, [i64; 3]>,
}

impl PgStore {
    /// Which of these content hashes are already stored.
    pub fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>> {
        let list: Vec<&str> = hashes.to_vec();
        let rows = self
            .lock()?
            .query(
                "SELECT content_hash FROM articles WHERE content_hash = ANY($1)",
                &[&list],
            )
            .map_err(|e| self.err(e))?;
        Ok(rows.iter().map(|r| r.get::<_, String>(0)).collect())
    }

    /// Stores a batch of articles with their evidence in one transaction (see
    /// `Store::ingest_batch`): all of it or, on any error, none of it.
    pub fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome> {
        if !self.is_writable() {
            return Err(crate::StoreError::NotWritable {
                operation: "ingesting",
            });
        }
        let ingested_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mentions: Vec<Mentions> = batch.par_iter().map(mention_spans).collect();
        let mut client = self.lock()?;
        let mut tx = client.transaction().map_err(|e| self.err(e))?;
        let copy = self.copy_enabled();
        let outcome =
            write_batch(&mut tx, batch, &mentions, &ingested_at, copy).map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(outcome)
    }
}

/// Writes one batch: row by row with prepared statements, or (`copy`) with the articles,
/// their sources and every evidence row loaded by binary `COPY` (`super::copy`), the actor
/// upserts alone staying one statement per new name. Both give the same store.
fn write_batch(
    tx: &mut Transaction<'_>,
    batch: &[ArticleWithEvidence],
    mentions: &[Mentions],
    ingested_at: &str,
    copy: bool,
) -> PgResult<BatchOutcome> {
    tx.execute(WRITE_LOCK, &[&APPLICATION_ID])?;
    let mut outcome = BatchOutcome::default();
    let mut cache = BatchCache::default();
    let mut bulk = if copy {
        Some(Bulk::start(tx, batch, ingested_at)?)
    } else {
        None
    };
    for (item, mentions) in batch.iter().zip(mentions) {
        write_article(
            tx,
            item,
            ingested_at,
            mentions,
            &mut cache,
            &mut outcome,
            bulk.as_mut(),
        )?;
    }
    let mut tallies: Vec<(i64, [i64; 3])> = cache.tallies.iter().map(|(k, v)| (*k, *v)).collect();
    tallies.sort_unstable();
    match bulk {
        Some(bulk) => bulk.finish(tx, &tallies)?,
        None => {
            let bump = tx.prepare(
                "UPDATE actors SET mention_count = mention_count + $2,
                     article_count = article_count + $3, quote_count = quote_count + $4
                 WHERE id = $1",
            )?;
            for (id, [m, a, q]) in &tallies {
                tx.execute(&bump, &[id, m, a, q])?;
            }
        }
    }
    let touched: HashSet<i64> = cache.actors.values().map(|a| a.id).collect();
    update_aliases(tx, &touched)?;
    let mut ids: Vec<i64> = touched.into_iter().collect();
    ids.sort_unstable();
    tx.execute(
        "UPDATE actors SET
             role = coalesce((SELECT v.value FROM actor_side_votes v
                 WHERE v.actor_id = actors.id AND v.field = 'role'
                 ORDER BY v.articles DESC, v.mentions DESC, v.value COLLATE \"C\" LIMIT 1), role),
             affiliation = coalesce((SELECT v.value FROM actor_side_votes v
                 WHERE v.actor_id = actors.id AND v.field = 'affiliation'
                 ORDER BY v.articles DESC, v.mentions DESC, v.value COLLATE \"C\" LIMIT 1), affiliation)
         WHERE id = ANY($1)",
        &[&ids],
    )?;
    apply_actor_corrections(tx)?;
    Ok(outcome)
}

fn upsert_actor(
    tx: &mut Transaction<'_>,
    stmts: &mut Stmts,
    name: &str,
    key: &str,
    kind: ActorKind,
    role: Option<&str>,
    affiliation: Option<&str>,
) -> PgResult<ActorInfo> {
    let stmt = prep(
        tx,
        stmts,
        "INSERT INTO actors(name, name_key, kind, role, affiliation) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT(name_key) DO UPDATE SET
             role = coalesce(actors.role, excluded.role),
             affiliation = coalesce(actors.affiliation, excluded.affiliation)
         RETURNING id, affiliation, role IS NOT NULL",
    )?;
    let row = tx.query_one(
        &stmt,
        &[&name.trim(), &key, &kind_str(kind), &role, &affiliation],
    )?;
    Ok(ActorInfo {
        id: row.try_get(0)?,
        affiliation: row.try_get(1)?,
        has_role: row.try_get(2)?,
    })
}

fn write_article(
    tx: &mut Transaction<'_>,
    item: &ArticleWithEvidence,
    ingested_at: &str,
    mentions: &Mentions,
    cache: &mut BatchCache,
    outcome: &mut BatchOutcome,
    mut bulk: Option<&mut Bulk>,
) -> PgResult<()> {
    let a = &item.article;
    let ev = &item.evidence;
    let text = a.text.as_str();
    let hash = article_hash(a);
    let article_id = match bulk.as_deref_mut() {
        // The batch's articles and sources are stored already (`Bulk::start`).
        Some(b) => match b.new_ids.remove(&hash) {
            Some(id) => id,
            None => {
                outcome.articles_skipped += 1;
                return Ok(());
            }
        },
        None => {
            let insert_article = prep(
                tx,
                &mut cache.stmts,
                "INSERT INTO articles(content_hash, name, source_path, title, date, date_inferred, url, text, bytes, ingested_at, date_basis)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                 ON CONFLICT(content_hash) DO NOTHING RETURNING id",
            )?;
            let inserted = tx.query_opt(
                &insert_article,
                &[
                    &hash,
                    &a.id,
                    &a.source_path,
                    &a.title,
                    &a.date,
                    &a.date_inferred,
                    &a.url,
                    &text,
                    &(text.len() as i64),
                    &ingested_at,
                    &a.date_basis,
                ],
            )?;
            let add_source = prep(
                tx,
                &mut cache.stmts,
                "INSERT INTO article_sources(article_id, name, source_path) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
            )?;
            let Some(row) = inserted else {
                let existing: i64 = tx
                    .query_one("SELECT id FROM articles WHERE content_hash = $1", &[&hash])?
                    .try_get(0)?;
                tx.execute(&add_source, &[&existing, &a.id, &a.source_path])?;
                outcome.articles_skipped += 1;
                return Ok(());
            };
            let article_id: i64 = row.try_get(0)?;
            tx.execute(&add_source, &[&article_id, &a.id, &a.source_path])?;
            article_id
        }
    };
    outcome.articles_new += 1;

    let mut local: HashMap<String, (ActorInfo, Option<&str>)> = HashMap::new();
    let mut order: Vec<(String, &detente_evidence::Actor)> = Vec::new();
    let add_surface = prep(
        tx,
        &mut cache.stmts,
        "INSERT INTO actor_surfaces(actor_id, surface_key, surface) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
    )?;
    for actor in &ev.actors {
        let key = name_key(&actor.name);
        if key.is_empty() {
            outcome.invalid_spans += 1;
            continue;
        }
        let info = match cache.actors.get(&key) {
            Some(known)
                if (known.has_role || actor.role.is_none())
                    && (known.affiliation.is_some() || actor.affiliation.is_none()) =>
            {
                known.clone()
            }
            _ => upsert_actor(
                tx,
                &mut cache.stmts,
                &actor.name,
                &key,
                actor.kind,
                actor.role.as_deref(),
                actor.affiliation.as_deref(),
            )?,
        };
        for surface in actor.mentions.iter().chain(std::iter::once(&actor.name)) {
            let skey = name_key(surface);
            if !skey.is_empty() && cache.surfaces.insert((info.id, skey.clone())) {
                match bulk.as_deref_mut() {
                    Some(b) => b.surfaces.push((info.id, skey, surface.trim().to_string())),
                    None => {
                        tx.execute(&add_surface, &[&info.id, &skey, &surface.trim()])?;
                    }
                }
            }
        }
        cache.actors.insert(key.clone(), info.clone());
        if !local.contains_key(&key) {
            order.push((key.clone(), actor));
        }
        local.insert(key, (info, actor.affiliation.as_deref()));
    }

    let add_article_actor = prep(
        tx,
        &mut cache.stmts,
        "INSERT INTO article_actors(article_id, actor_id, kind, role, affiliation, mention_count, spans)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT(article_id, actor_id) DO UPDATE SET
             role = coalesce(article_actors.role, excluded.role),
             affiliation = coalesce(article_actors.affiliation, excluded.affiliation)",
    )?;
    let vote = prep(
        tx,
        &mut cache.stmts,
        "INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
         VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT(actor_id, field, value) DO UPDATE SET
             articles = actor_side_votes.articles + 1,
             mentions = actor_side_votes.mentions + excluded.mentions",
    )?;
    for (key, actor) in &order {
        let id = local[key].0.id;
        let (spans, found) = mentions.get(key).map_or(("", 0), |(s, n)| (s.as_str(), *n));
        outcome.mentions += found as u64;
        let n = found.max(1);
        for (field, value) in [("role", &actor.role), ("affiliation", &actor.affiliation)] {
            if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                match bulk.as_deref_mut() {
                    Some(b) => b.votes.push((id, field, v.to_string(), n)),
                    None => {
                        tx.execute(&vote, &[&id, &field, &v, &n])?;
                    }
                }
            }
        }
        match bulk.as_deref_mut() {
            Some(b) => b.article_actors.push(ArticleActorW {
                article_id,
                actor_id: id,
                kind: kind_str(actor.kind),
                role: actor.role.clone(),
                affiliation: actor.affiliation.clone(),
                mentions: n,
                spans: spans.to_string(),
            }),
            None => {
                tx.execute(
                    &add_article_actor,
                    &[
                        &article_id,
                        &id,
                        &kind_str(actor.kind),
                        &actor.role,
                        &actor.affiliation,
                        &n,
                        &spans,
                    ],
                )?;
            }
        }
        outcome.actors += 1;
        let t = cache.tallies.entry(id).or_default();
        t[0] += n;
        t[1] += 1;
    }

    let range = |own: Option<&str>| -> (Option<String>, Option<String>) {
        own.and_then(DayRange::parse)
            .or_else(|| a.date.as_deref().and_then(DayRange::parse))
            .map_or((None, None), |r| (Some(r.first), Some(r.last)))
    };

    let mut quoted: Vec<(i64, bool)> = Vec::new();
    let statements = [
        (
            "INSERT INTO quotes(article_id, start, \"end\", text, speaker, speaker_key, speaker_id, speaker_mention, cue, affiliation, date, date_lo, date_hi)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            true,
        ),
        (
            "INSERT INTO claims(article_id, start, \"end\", text, speaker, speaker_key, speaker_id, speaker_mention, cue, affiliation, date, date_lo, date_hi)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            false,
        ),
    ];
    for (sql, is_quote) in statements {
        let stmt = prep(tx, &mut cache.stmts, sql)?;
        // Claims have a quote's fields: both are written by the same loop.
        let claims_as_quotes: Vec<detente_evidence::Quote>;
        let speech: &[detente_evidence::Quote] = if is_quote {
            &ev.quotes
        } else {
            claims_as_quotes = ev
                .claims
                .iter()
                .map(|c| detente_evidence::Quote {
                    article: c.article.clone(),
                    start: c.start,
                    end: c.end,
                    text: c.text.clone(),
                    speaker: c.speaker.clone(),
                    speaker_mention: c.speaker_mention.clone(),
                    cue: c.cue.clone(),
                    date: c.date.clone(),
                })
                .collect();
            &claims_as_quotes
        };
        for q in speech {
            let (start, end, said, speaker, mention, cue, date) = (
                q.start,
                q.end,
                q.text.as_str(),
                q.speaker.as_deref(),
                &q.speaker_mention,
                &q.cue,
                q.date.as_deref(),
            );
            if !valid_span(text, start, end) {
                outcome.invalid_spans += 1;
                continue;
            }
            let (key, speaker_id, aff) = resolve(tx, speaker, &local, cache)?;
            if let Some(id) = speaker_id {
                quoted.push((id, is_quote));
            }
            let (lo, hi) = range(date);
            if let Some(b) = bulk.as_deref_mut() {
                let row = SpeechW {
                    article_id,
                    start: start as i64,
                    end: end as i64,
                    text: said.to_string(),
                    speaker: speaker.map(|s| s.trim().to_string()),
                    speaker_key: key,
                    speaker_id,
                    mention: mention.clone(),
                    cue: cue.clone(),
                    affiliation: aff,
                    date: date.map(str::to_string),
                    lo,
                    hi,
                };
                if is_quote {
                    b.quotes.push(row);
                    outcome.quotes += 1;
                } else {
                    b.claims.push(row);
                    outcome.claims += 1;
                }
                continue;
            }
            tx.execute(
                &stmt,
                &[
                    &article_id,
                    &(start as i64),
                    &(end as i64),
                    &said,
                    &speaker.map(str::trim),
                    &key,
                    &speaker_id,
                    mention,
                    cue,
                    &aff,
                    &date,
                    &lo,
                    &hi,
                ],
            )?;
            if is_quote {
                outcome.quotes += 1;
            } else {
                outcome.claims += 1;
            }
        }
    }

    let add_date = prep(
        tx,
        &mut cache.stmts,
        "INSERT INTO dates(article_id, start, \"end\", text, resolved, date_lo, date_hi, context)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )?;
    for d in &ev.dates {
        if !valid_span(text, d.start, d.end) {
            outcome.invalid_spans += 1;
            continue;
        }
        let r = d.resolved.map(DayRange::of);
        let (lo, hi) = r.map_or((None, None), |r| (Some(r.first), Some(r.last)));
        let resolved = d.resolved_iso();
        if let Some(b) = bulk.as_deref_mut() {
            b.dates.push(DateW {
                article_id,
                start: d.start as i64,
                end: d.end as i64,
                text: d.text.clone(),
                resolved,
                lo,
                hi,
                context: sentence_around(text, d.start, d.end).to_string(),
            });
            outcome.dates += 1;
            continue;
        }
        tx.execute(
            &add_date,
            &[
                &article_id,
                &(d.start as i64),
                &(d.end as i64),
                &d.text,
                &resolved,
                &lo,
                &hi,
                &sentence_around(text, d.start, d.end),
            ],
        )?;
        outcome.dates += 1;
    }
    let named: HashSet<i64> = local.values().map(|(info, _)| info.id).collect();
    let mut counted: HashSet<i64> = HashSet::new();
    for (id, is_quote) in quoted {
        let t = cache.tallies.entry(id).or_default();
        if is_quote {
            t[2] += 1;
        }
        if !named.contains(&id) && counted.insert(id) {
            t[1] += 1;
        }
    }
    Ok(())
}

/// The speaker of a quote or claim: the article's actor of that name, else the store's.
#[allow(clippy::type_complexity)]
fn resolve(
    tx: &mut Transaction<'_>,
    name: Option<&str>,
    local: &HashMap<String, (ActorInfo, Option<&str>)>,
    cache: &mut BatchCache,
) -> PgResult<(Option<String>, Option<i64>, Option<String>)> {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok((None, None, None));
    };
    let key = name_key(name);
    if let Some((info, aff)) = local.get(&key) {
        // The side this article gives; the store's merged side is applied when
        // reading (it changes as articles arrive, so storing it here would make a
        // record depend on what was stored before and in which batch).
        let aff = aff.map(str::to_string);
        return Ok((Some(key), Some(info.id), aff));
    }
    if let Some(info) = cache.actors.get(&key) {
        return Ok((Some(key), Some(info.id), None));
    }
    let info = upsert_actor(
        tx,
        &mut cache.stmts,
        name,
        &key,
        ActorKind::Person,
        None,
        None,
    )?;
    cache.actors.insert(key.clone(), info.clone());
    Ok((Some(key), Some(info.id), None))
}

/// The merge tables in a PostgreSQL transaction.
struct PgAliases<'a, 'b>(&'a mut Transaction<'b>, Stmts);

impl PgAliases<'_, '_> {
    fn st(&mut self, sql: &'static str) -> PgResult<postgres::Statement> {
        prep(self.0, &mut self.1, sql)
    }
}

impl AliasTables for PgAliases<'_, '_> {
    type Error = postgres::Error;

    fn named(&mut self, id: i64) -> PgResult<Option<(String, String)>> {
        let st = self.st(
            "SELECT name, kind FROM actors WHERE id = $1 AND kind IN ('person', 'organization')",
        )?;
        let row = self.0.query_opt(&st, &[&id])?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    fn add_block(&mut self, block: &str, id: i64) -> PgResult<()> {
        let st = self.st(
            "INSERT INTO actor_name_blocks(block, actor_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )?;
        self.0.execute(&st, &[&block, &id])?;
        Ok(())
    }

    fn neighbours(&mut self, id: i64) -> PgResult<Vec<i64>> {
        let st = self.st("SELECT DISTINCT b2.actor_id FROM actor_name_blocks b1
             JOIN actor_name_blocks b2 ON b2.block = CASE substr(b1.block, 1, 2)
                 WHEN 'a:' THEN 'f:' || substr(b1.block, 3)
                 WHEN 'f:' THEN 'a:' || substr(b1.block, 3)
                 ELSE b1.block END
             WHERE b1.actor_id = $1")?;
        let rows = self.0.query(&st, &[&id])?;
        rows.iter().map(|r| r.try_get(0)).collect()
    }

    fn load(&mut self, id: i64) -> PgResult<(String, String, String, i64, Option<String>)> {
        let st = self.st(
            "SELECT name, name_key, kind, mention_count, canonical_key FROM actors WHERE id = $1",
        )?;
        let r = self.0.query_one(&st, &[&id])?;
        Ok((
            r.try_get(0)?,
            r.try_get(1)?,
            r.try_get(2)?,
            r.try_get(3)?,
            r.try_get(4)?,
        ))
    }

    fn set_canonical(&mut self, id: i64, key: Option<&str>) -> PgResult<()> {
        let st = self.st("UPDATE actors SET canonical_key = $2 WHERE id = $1")?;
        self.0.execute(&st, &[&id, &key])?;
        Ok(())
    }
}

fn update_aliases(tx: &mut Transaction<'_>, touched: &HashSet<i64>) -> PgResult<()> {
    let rules: i64 = tx
        .query_one("SELECT version FROM actor_merge_rules", &[])?
        .try_get(0)?;
    if rules != RULES_VERSION {
        return rebuild_aliases(tx);
    }
    merge_in(&mut PgAliases(tx, Stmts::new()), touched)
}

/// Files and merges every person and organisation again (a migration, or changed rules).
pub(crate) fn rebuild_aliases(tx: &mut Transaction<'_>) -> PgResult<()> {
    tx.batch_execute(
        "DELETE FROM actor_name_blocks;
         UPDATE actors SET canonical_key = NULL WHERE canonical_key IS NOT NULL;",
    )?;
    let ids: HashSet<i64> = tx
        .query(
            "SELECT id FROM actors WHERE kind IN ('person', 'organization')",
            &[],
        )?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<PgResult<_>>()?;
    merge_in(&mut PgAliases(tx, Stmts::new()), &ids)?;
    tx.execute(
        "UPDATE actor_merge_rules SET version = $1",
        &[&RULES_VERSION],
    )?;
    Ok(())
}

/// The analyst's actor merges and splits in force, applied to `canonical_key` in the order
/// they were made (as `corrections::apply_actor_corrections` does for SQLite).
pub(crate) fn apply_actor_corrections(tx: &mut Transaction<'_>) -> PgResult<()> {
    let rows = tx.query(
        "SELECT key, field, value FROM corrections WHERE id IN
             (SELECT max(id) FROM corrections WHERE target = 'actor'
              AND field IN ('merge_into', 'split') GROUP BY key, field)
           AND action = 'set' ORDER BY id",
        &[],
    )?;
    for r in rows {
        let (key, field, value): (String, String, Option<String>) =
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        if field == "merge_into" {
            let Some(keep) = value else { continue };
            let group = "SELECT coalesce(canonical_key, name_key) FROM actors WHERE name_key = $1";
            let root: Option<String> = tx.query_opt(group, &[&keep])?.map(|r| r.get(0));
            let other: Option<String> = tx.query_opt(group, &[&key])?.map(|r| r.get(0));
            if let (Some(root), Some(other)) = (root, other) {
                if root != other {
                    tx.execute(
                        "UPDATE actors SET canonical_key = $1
                         WHERE (name_key = $2 OR canonical_key = $2) AND name_key <> $1",
                        &[&root, &other],
                    )?;
                }
            }
        } else {
            tx.execute(
                "UPDATE actors SET canonical_key = NULL WHERE name_key = $1 AND canonical_key IS NOT NULL",
                &[&key],
            )?;
        }
    }
    Ok(())
}
