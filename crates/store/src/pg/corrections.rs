//! The corrections log on the PostgreSQL engine: recording, importing, listing and the
//! keys of stored records, as `crate::corrections` on SQLite. Every write takes the
//! writers' advisory lock in its transaction, so several analysts (and ingests) share the
//! log safely; the log is append-only (a trigger refuses updates and deletes).

use super::read::current;
use super::{PgStore, WRITE_LOCK};
use crate::corrections::{
    action_str, group_conflicting_sides, merge_correction, record_all, record_one, span_key,
    target_exists_with, validate_all, ConflictingSides, Correction, CorrectionWriter,
    ImportOutcome, Target,
};
use crate::error::{Result, StoreError};
use crate::schema::APPLICATION_ID;
use crate::write::name_key;
use postgres::{GenericClient, Transaction};
use std::collections::HashMap;

type PgResult<T> = std::result::Result<T, postgres::Error>;

/// Adds `c` unless an identical correction is stored; whether it was added.
fn insert(tx: &mut Transaction<'_>, c: &Correction) -> PgResult<bool> {
    let action = action_str(c.action);
    let exists = tx.query_opt(
        "SELECT id FROM corrections WHERE target = $1 AND key = $2 AND field = $3
         AND action = $4 AND value IS NOT DISTINCT FROM $5 AND author = $6 AND at = $7 LIMIT 1",
        &[
            &c.target.as_str(),
            &c.key,
            &c.field,
            &action,
            &c.value,
            &c.author,
            &c.at,
        ],
    )?;
    if exists.is_some() {
        return Ok(false);
    }
    tx.execute(
        "INSERT INTO corrections(target, key, field, action, value, machine, author, at, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            &c.target.as_str(),
            &c.key,
            &c.field,
            &action,
            &c.value,
            &c.machine,
            &c.author,
            &c.at,
            &c.note,
        ],
    )?;
    Ok(true)
}

/// [`CorrectionWriter`] on a PostgreSQL write transaction (under the writers' lock).
struct PgWriter<'a, 't>(&'a mut Transaction<'t>);

impl CorrectionWriter for PgWriter<'_, '_> {
    type Error = postgres::Error;

    fn insert(&mut self, c: &Correction) -> PgResult<bool> {
        insert(self.0, c)
    }

    fn restructure(&mut self, undo: bool) -> PgResult<()> {
        if undo {
            super::write::rebuild_aliases(self.0)?;
        }
        super::write::apply_actor_corrections(self.0)
    }

    fn latest_id(&mut self, c: &Correction) -> PgResult<i64> {
        self.0
            .query_one(
                "SELECT max(id) FROM corrections WHERE target = $1 AND key = $2 AND field = $3",
                &[&c.target.as_str(), &c.key, &c.field],
            )?
            .try_get(0)
    }
}

impl PgStore {
    /// Runs `f` in one transaction under the writers' lock.
    fn write_tx<T>(
        &self,
        operation: &'static str,
        f: impl FnOnce(&mut Transaction<'_>) -> PgResult<T>,
    ) -> Result<T> {
        if !self.is_writable() {
            return Err(StoreError::NotWritable { operation });
        }
        let mut client = self.lock()?;
        let mut tx = client.transaction().map_err(|e| self.err(e))?;
        let value = (|| {
            tx.execute(WRITE_LOCK, &[&APPLICATION_ID])?;
            f(&mut tx)
        })()
        .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(value)
    }

    /// Records one correction (applying it at once when it merges or splits actors) in one
    /// transaction under the writers' lock. An identical correction already in the log is
    /// not added again. Returns the id of the field's latest correction.
    pub fn correct(&self, c: &Correction) -> Result<i64> {
        c.validate()?;
        self.write_tx("correcting", |tx| record_one(&mut PgWriter(tx), c))
    }

    /// Adds corrections made elsewhere (an export), all in one transaction: either every
    /// one is stored or none is. Corrections identical to stored ones are skipped.
    pub fn import_corrections(&self, list: &[Correction]) -> Result<ImportOutcome> {
        validate_all(list)?;
        self.write_tx("importing corrections", |tx| {
            record_all(&mut PgWriter(tx), list)
        })
    }

    /// The corrections of one target in force now (latest per field, undone left out).
    pub fn corrections_in_force(&self, target: Target) -> Result<HashMap<String, Vec<Correction>>> {
        current(&mut *self.lock()?, target).map_err(|e| self.err(e))
    }

    /// Corrections whose target is not in the store (see `Store::orphan_corrections`).
    pub fn orphan_corrections(&self) -> Result<Vec<Correction>> {
        let all = self.corrections()?;
        let mut client = self.lock()?;
        let mut out = Vec::new();
        for c in &all {
            if !target_exists(&mut *client, c).map_err(|e| self.err(e))? {
                out.push(c.clone());
            }
        }
        Ok(out)
    }

    /// The stable key of a stored quote (or claim) by row id, with the article hash.
    pub fn speech_key(&self, id: i64, claim: bool) -> Result<Option<String>> {
        let table = if claim { "claims" } else { "quotes" };
        self.row_key(
            &format!(
                "SELECT a.content_hash, q.start, q.\"end\" FROM {table} q
                 JOIN articles a ON a.id = q.article_id WHERE q.id = $1"
            ),
            id,
        )
    }

    /// The stable key of a stored date expression by row id.
    pub fn date_key(&self, id: i64) -> Result<Option<String>> {
        self.row_key(
            "SELECT a.content_hash, d.start, d.\"end\" FROM dates d
             JOIN articles a ON a.id = d.article_id WHERE d.id = $1",
            id,
        )
    }

    fn row_key(&self, sql: &str, id: i64) -> Result<Option<String>> {
        self.lock()?
            .query_opt(sql, &[&id])
            .and_then(|r| {
                r.map(|r| {
                    Ok(span_key(
                        &r.try_get::<_, String>(0)?,
                        r.try_get(1)?,
                        r.try_get(2)?,
                    ))
                })
                .transpose()
            })
            .map_err(|e| self.err(e))
    }

    /// The key of the canonical actor that the actor with this id belongs to.
    pub fn actor_key(&self, id: i64) -> Result<Option<String>> {
        self.lock()?
            .query_opt(
                "SELECT coalesce(canonical_key, name_key) FROM actors WHERE id = $1",
                &[&id],
            )
            .and_then(|r| r.map(|r| r.try_get(0)).transpose())
            .map_err(|e| self.err(e))
    }

    /// The key of the spelling with this name (which may be an alias), if stored.
    pub fn actor_spelling_key(&self, name: &str) -> Result<Option<String>> {
        let key = name_key(name);
        self.lock()?
            .query_opt("SELECT name_key FROM actors WHERE name_key = $1", &[&key])
            .and_then(|r| r.map(|r| r.try_get(0)).transpose())
            .map_err(|e| self.err(e))
    }

    /// Merges the actor `other` (and every spelling merged with it) into `keep`, as the
    /// analyst's correction. Both are ids as `actors` lists them.
    pub fn merge_actors(
        &self,
        keep: i64,
        other: i64,
        author: &str,
        note: Option<String>,
    ) -> Result<i64> {
        let c = merge_correction(keep, other, author, note, |id| self.actor_key(id))?;
        self.correct(&c)
    }

    /// Canonical actors whose spellings' articles name more than one affiliation, most
    /// disputed first (see `Store::actors_with_conflicting_sides`).
    pub fn actors_with_conflicting_sides(&self, limit: usize) -> Result<Vec<ConflictingSides>> {
        let rows = self
            .lock()?
            .query(
                "SELECT cn.id, cn.name, v.value, sum(v.articles)::bigint FROM actor_side_votes v
                 JOIN actors a ON a.id = v.actor_id
                 JOIN actors cn ON cn.name_key = coalesce(a.canonical_key, a.name_key)
                 WHERE v.field = 'affiliation'
                   AND NOT EXISTS (
                     SELECT 1 FROM corrections c
                     WHERE c.id = (SELECT max(c2.id) FROM corrections c2
                                   WHERE c2.target = 'actor' AND c2.key = cn.name_key
                                     AND c2.field = 'affiliation')
                       AND c.action = 'set')
                 GROUP BY cn.id, cn.name, v.value
                 ORDER BY cn.id, sum(v.articles) DESC, v.value COLLATE \"C\"",
                &[],
            )
            .map_err(|e| self.err(e))?;
        let rows = rows
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
            .collect::<PgResult<Vec<(i64, String, String, i64)>>>()
            .map_err(|e| self.err(e))?;
        Ok(group_conflicting_sides(rows, limit))
    }
}

fn target_exists<C: GenericClient>(client: &mut C, c: &Correction) -> PgResult<bool> {
    // Both lookups need the client: one at a time, through a cell.
    let client = std::cell::RefCell::new(client);
    target_exists_with(
        c,
        |table, hash, start, end| {
            let sql = format!(
                "SELECT 1 FROM {table} x JOIN articles a ON a.id = x.article_id
                 WHERE a.content_hash = $1 AND x.start = $2 AND x.\"end\" = $3 LIMIT 1"
            );
            Ok(client
                .borrow_mut()
                .query_opt(&sql, &[&hash, &start, &end])?
                .is_some())
        },
        |key| {
            Ok(client
                .borrow_mut()
                .query_opt("SELECT 1 FROM actors WHERE name_key = $1", &[&key])?
                .is_some())
        },
    )
}
