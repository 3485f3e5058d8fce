//! The analyst's corrections: an append-only log in the `corrections` table (schema 6).
//!
//! A correction names its target by a key that does not depend on row ids, so it survives
//! re-ingesting the same articles into a rebuilt store and a new extractor version:
//!
//! | target | key |
//! | --- | --- |
//! | `quote`, `claim`, `date` | `<article SHA-256>:<start>-<end>` (the machine's byte span) |
//! | `actor` | the canonical actor's normalised name (`name_key`: lower case, one space) |
//! | `stance` | `<quote|claim>:<article SHA-256>:<start>-<end>#<scenario issue id>` |
//!
//! Each row sets one `field` of its target (`action = set`) or withdraws the earlier
//! corrections of that field (`action = undo`). For a (target, key, field) the row with the
//! highest id wins; rows are never updated or deleted (triggers refuse it). Every row keeps
//! the value the machine had when it was written (`machine`), its author, time and note.
//!
//! Corrections are applied when reading (quotes, claims, dates, actors' names and sides,
//! article detail), except actor merges and splits: those change `actors.canonical_key`
//! and are applied again after every ingest batch, in its transaction, so an actor merged
//! by the analyst stays merged when later articles name it. A correction whose target is
//! no longer in the store is kept and listed by [`Store::orphan_corrections`].

use crate::error::{Result, StoreError};
use crate::write::name_key;
use crate::{error::is_busy, sql_err, Store, BUSY_RETRIES};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What a correction is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Actor,
    Quote,
    Claim,
    Date,
    Stance,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Actor => "actor",
            Target::Quote => "quote",
            Target::Claim => "claim",
            Target::Date => "date",
            Target::Stance => "stance",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Target> {
        Some(match s {
            "actor" => Target::Actor,
            "quote" => Target::Quote,
            "claim" => Target::Claim,
            "date" => Target::Date,
            "stance" => Target::Stance,
            _ => return None,
        })
    }

    /// The fields a correction of this target may set.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Target::Actor => &["merge_into", "split", "name", "kind", "role", "affiliation"],
            Target::Quote | Target::Claim => &["status", "speaker", "span"],
            Target::Date => &["status", "resolved"],
            Target::Stance => &["status", "party", "issue", "option", "polarity"],
        }
    }
}

/// Set a field, or withdraw the earlier corrections of it (the machine's value returns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Set,
    Undo,
}

/// One row of the log; also one line of `detente corrections export`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// Row id in this store (not exported meaningfully across stores; ignored on import).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub target: Target,
    pub key: String,
    pub field: String,
    pub action: Action,
    /// The analyst's value; `None` clears the field (e.g. no speaker).
    #[serde(default)]
    pub value: Option<String>,
    /// The machine's value when the correction was made.
    #[serde(default)]
    pub machine: Option<String>,
    pub author: String,
    /// RFC 3339 time the correction was made.
    pub at: String,
    #[serde(default)]
    pub note: Option<String>,
}

impl Correction {
    /// A `set` correction made now.
    pub fn set(
        target: Target,
        key: impl Into<String>,
        field: &str,
        value: Option<String>,
        author: &str,
        note: Option<String>,
    ) -> Correction {
        Correction {
            id: None,
            target,
            key: key.into(),
            field: field.to_string(),
            action: Action::Set,
            value,
            machine: None,
            author: author.to_string(),
            at: now(),
            note,
        }
    }

    /// Checks the field, the key's shape and the value against the target.
    pub fn validate(&self) -> Result<()> {
        let bad = |reason: String| Err(StoreError::InvalidCorrection { reason });
        if !self.target.fields().contains(&self.field.as_str()) {
            return bad(format!(
                "a {} correction sets one of {}, not {:?}",
                self.target.as_str(),
                self.target.fields().join(", "),
                self.field
            ));
        }
        if self.author.trim().is_empty() {
            return bad("the author is empty".into());
        }
        if chrono::DateTime::parse_from_rfc3339(&self.at).is_err() {
            return bad(format!("time {:?} is not RFC 3339", self.at));
        }
        let key_ok = match self.target {
            Target::Actor => !self.key.is_empty() && name_key(&self.key) == self.key,
            Target::Quote | Target::Claim | Target::Date => parse_span_key(&self.key).is_some(),
            Target::Stance => parse_stance_key(&self.key).is_some(),
        };
        if !key_ok {
            return bad(format!(
                "key {:?} is not a {} key",
                self.key,
                self.target.as_str()
            ));
        }
        if self.action == Action::Undo {
            return Ok(());
        }
        let v = self.value.as_deref();
        let ok = match (self.target, self.field.as_str()) {
            (_, "status") => matches!(v, Some("accepted" | "rejected")),
            (Target::Actor, "merge_into") => {
                v.is_some_and(|k| !k.is_empty() && name_key(k) == k && k != self.key)
            }
            (Target::Actor, "split") => v.is_none(),
            (Target::Actor, "kind") => matches!(v, Some("person" | "organization" | "country")),
            (Target::Actor, "name") => v.is_some_and(|n| !n.trim().is_empty()),
            (_, "span") => v.and_then(parse_span).is_some(),
            (Target::Date, "resolved") => v.is_some_and(|d| crate::DayRange::parse(d).is_some()),
            (Target::Stance, "polarity") => {
                matches!(v, Some("supports" | "rejects" | "neutral"))
            }
            (Target::Stance, "issue") => v.is_some_and(|i| !i.trim().is_empty()),
            (Target::Quote | Target::Claim, "speaker") => v.is_none_or(|k| name_key(k) == k),
            _ => true,
        };
        if !ok {
            return bad(format!(
                "{:?} is not a valid value for {} {}",
                v,
                self.target.as_str(),
                self.field
            ));
        }
        Ok(())
    }
}

/// Who made a displayed value and what the machine had said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// Author, time and note of the latest correction that applies.
    pub author: String,
    pub at: String,
    pub note: Option<String>,
    /// Every corrected field with the analyst's and the machine's values.
    pub fields: Vec<ReviewedField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewedField {
    pub field: String,
    pub value: Option<String>,
    pub machine: Option<String>,
}

impl Review {
    pub(crate) fn add(this: &mut Option<Review>, c: &Correction, machine: Option<String>) {
        let r = this.get_or_insert_with(|| Review {
            author: c.author.clone(),
            at: c.at.clone(),
            note: c.note.clone(),
            fields: Vec::new(),
        });
        if c.at >= r.at {
            r.author.clone_from(&c.author);
            r.at.clone_from(&c.at);
            r.note.clone_from(&c.note);
        }
        r.fields.push(ReviewedField {
            field: c.field.clone(),
            value: c.value.clone(),
            machine,
        });
    }

    /// Records that correction `c` decided a value shown (with the machine's value), for
    /// crates that apply corrections of their own (stances).
    pub fn add_correction(this: &mut Option<Review>, c: &Correction, machine: Option<String>) {
        Review::add(this, c, machine);
    }

    /// The analyst's value of a field, if corrected.
    pub fn value_of(&self, field: &str) -> Option<&ReviewedField> {
        self.fields.iter().find(|f| f.field == field)
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    pub added: usize,
    /// Lines identical to a correction already in the store (re-imports add nothing).
    pub already_present: usize,
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// `<start>-<end>` with start <= end.
pub fn parse_span(s: &str) -> Option<(i64, i64)> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (a.parse::<i64>().ok()?, b.parse::<i64>().ok()?);
    (0 <= a && a <= b).then_some((a, b))
}

/// `<64 hex>:<start>-<end>` into the hash and the span.
pub fn parse_span_key(key: &str) -> Option<(&str, i64, i64)> {
    let (hash, span) = key.split_once(':')?;
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let (a, b) = parse_span(span)?;
    Some((hash, a, b))
}

/// `<quote|claim>:<hash>:<start>-<end>#<issue>` into the statement target, its span key
/// and the issue.
pub fn parse_stance_key(key: &str) -> Option<(Target, &str, &str)> {
    let (statement, issue) = key.rsplit_once('#')?;
    let (kind, span_key) = statement.split_once(':')?;
    let target = match kind {
        "quote" => Target::Quote,
        "claim" => Target::Claim,
        _ => return None,
    };
    parse_span_key(span_key)?;
    (!issue.is_empty()).then_some((target, span_key, issue))
}

/// The key of a quote, claim or date: article hash and machine span.
pub fn span_key(article_hash: &str, start: i64, end: i64) -> String {
    format!("{article_hash}:{start}-{end}")
}

/// The key of a stance: its statement's kind and key, and the scenario issue.
pub fn stance_key(statement: Target, span_key: &str, issue: &str) -> String {
    format!("{}:{span_key}#{issue}", statement.as_str())
}

pub(crate) const COLS: &str = "id, target, key, field, action, value, machine, author, at, note";

pub(crate) fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Correction> {
    Ok(from_columns(
        r.get(0)?,
        &r.get::<_, String>(1)?,
        r.get(2)?,
        r.get(3)?,
        &r.get::<_, String>(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
    ))
}

/// The corrections in force for a target: the latest row of each (key, field) when it is a
/// `set`, grouped by key, in id order.
pub(crate) fn current(
    conn: &Connection,
    target: Target,
) -> rusqlite::Result<HashMap<String, Vec<Correction>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM corrections WHERE id IN
             (SELECT max(id) FROM corrections WHERE target = ?1 GROUP BY key, field)
           AND action = 'set' ORDER BY id"
    ))?;
    let list = stmt
        .query_map([target.as_str()], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(by_key(list))
}

/// Below this many distinct keys, [`in_force`] looks each key up in the index rather than
/// reading every correction in force for the target.
const KEYED_LOOKUP_MAX: usize = 1024;

/// The corrections in force for (at least) the given keys of a target, as [`current`]
/// gives them. A few keys (one article's quotes, a page of rows) are looked up in the
/// `corrections_current` index, so reading an article costs nothing like loading the
/// whole log; many keys read the log once.
pub(crate) fn in_force<'k>(
    conn: &Connection,
    target: Target,
    keys: impl IntoIterator<Item = &'k str>,
) -> rusqlite::Result<HashMap<String, Vec<Correction>>> {
    in_force_with(
        keys,
        || current(conn, target),
        |wanted| {
            // One statement for all the keys: SQLite probes the index once per key.
            let keys = serde_json::to_string(wanted).unwrap_or_else(|_| "[]".into());
            conn.prepare_cached(&format!(
                "SELECT {COLS} FROM corrections WHERE id IN
                     (SELECT max(id) FROM corrections
                       WHERE target = ?1 AND key IN (SELECT value FROM json_each(?2))
                       GROUP BY key, field)
                   AND action = 'set' ORDER BY id"
            ))?
            .query_map(params![target.as_str(), keys], row)?
            .collect()
        },
    )
}

/// SQL true when the record of `target` whose key is the SQL expression `key_sql` has been
/// rejected by its latest status correction: a lookup per row, for queries over a few rows
/// (one article's). Over many rows use [`rejected_rows_sql`].
#[cfg(feature = "postgres")]
pub(crate) fn rejected_sql(target: Target, key_sql: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM corrections rc WHERE rc.id = (SELECT max(id) FROM corrections
             WHERE target = '{t}' AND key = {key_sql} AND field = 'status')
           AND rc.action = 'set' AND rc.value = 'rejected')",
        t = target.as_str()
    )
}

/// SQL true when the row `{row}` (a quote, claim or date: `article_id`, `start`, `end`) of
/// `target` has been rejected by its latest status correction. The rejected rows are
/// found once per statement (the rejected keys, parsed back into article and span, joined
/// to the articles by hash) and each row is probed against them, so a query over a whole
/// table builds no key per row.
pub(crate) fn rejected_rows_sql(target: Target, row: &str) -> String {
    format!(
        "({row}.article_id, {row}.start, {row}.end) IN (
            SELECT ra.id,
                   CAST(substr(rc.key, 66, instr(substr(rc.key, 66), '-') - 1) AS INTEGER),
                   CAST(substr(rc.key, 66 + instr(substr(rc.key, 66), '-')) AS INTEGER)
              FROM corrections rc JOIN articles ra ON ra.content_hash = substr(rc.key, 1, 64)
             WHERE rc.target = '{t}' AND rc.field = 'status' AND rc.action = 'set'
               AND rc.value = 'rejected'
               AND rc.id = (SELECT max(id) FROM corrections
                             WHERE target = '{t}' AND key = rc.key AND field = 'status'))",
        t = target.as_str()
    )
}

/// What recording corrections needs of a write transaction, whichever its engine: the
/// steps are the engine's, the order and the bookkeeping ([`record_one`], [`record_all`])
/// are shared.
pub(crate) trait CorrectionWriter {
    type Error;
    /// Adds `c` unless an identical correction is stored; whether it was added.
    fn insert(&mut self, c: &Correction) -> std::result::Result<bool, Self::Error>;
    /// Applies the actor merges and splits in force again, after re-running the merge
    /// rules when `undo` (an undone merge or split may leave groups the rules would join).
    fn restructure(&mut self, undo: bool) -> std::result::Result<(), Self::Error>;
    /// The id of the latest correction of `c`'s target, key and field.
    fn latest_id(&mut self, c: &Correction) -> std::result::Result<i64, Self::Error>;
}

/// Records one correction, applying it at once when it merges or splits actors; the id of
/// its field's latest correction.
pub(crate) fn record_one<W: CorrectionWriter>(
    w: &mut W,
    c: &Correction,
) -> std::result::Result<i64, W::Error> {
    w.insert(c)?;
    if is_structural(c) {
        w.restructure(c.action == Action::Undo)?;
    }
    w.latest_id(c)
}

/// Records every correction of `list` not already stored, then applies merges and splits
/// once if any was among them.
pub(crate) fn record_all<W: CorrectionWriter>(
    w: &mut W,
    list: &[Correction],
) -> std::result::Result<ImportOutcome, W::Error> {
    let mut out = ImportOutcome::default();
    let (mut structural, mut undo) = (false, false);
    for c in list {
        if w.insert(c)? {
            out.added += 1;
            structural |= is_structural(c);
            undo |= is_structural(c) && c.action == Action::Undo;
        } else {
            out.already_present += 1;
        }
    }
    if structural {
        w.restructure(undo)?;
    }
    Ok(out)
}

/// Checks every correction of an import before anything is written, naming the first bad
/// one by its place in the list.
pub(crate) fn validate_all(list: &[Correction]) -> Result<()> {
    for (i, c) in list.iter().enumerate() {
        c.validate().map_err(|e| StoreError::InvalidCorrection {
            reason: format!("correction {}: {e}", i + 1),
        })?;
    }
    Ok(())
}

/// The correction that merges actor `other` into `keep` (ids as `actors` lists them), given
/// how to find an actor's canonical key by id; refused when either is missing or both are
/// already one actor.
pub(crate) fn merge_correction(
    keep: i64,
    other: i64,
    author: &str,
    note: Option<String>,
    mut actor_key: impl FnMut(i64) -> Result<Option<String>>,
) -> Result<Correction> {
    let missing = |id: i64| StoreError::InvalidCorrection {
        reason: format!("no actor has id {id}"),
    };
    let keep_key = actor_key(keep)?.ok_or_else(|| missing(keep))?;
    let other_key = actor_key(other)?.ok_or_else(|| missing(other))?;
    if keep_key == other_key {
        return Err(StoreError::InvalidCorrection {
            reason: format!("actors {keep} and {other} are already one actor"),
        });
    }
    let mut c = Correction::set(
        Target::Actor,
        other_key.clone(),
        "merge_into",
        Some(keep_key),
        author,
        note,
    );
    c.machine = Some(other_key);
    Ok(c)
}

/// Canonical actors with more than one side, most disputed first, at most `limit`, from
/// rows of (canonical id, name, side, articles) ordered by id and then by articles, most
/// first (as both engines' statement gives them).
pub(crate) fn group_conflicting_sides(
    rows: impl IntoIterator<Item = (i64, String, String, i64)>,
    limit: usize,
) -> Vec<ConflictingSides> {
    let mut out: Vec<ConflictingSides> = Vec::new();
    for (id, name, value, n) in rows {
        match out.last_mut() {
            Some(last) if last.id == id => last.sides.push((value, n)),
            _ => out.push(ConflictingSides {
                id,
                name,
                sides: vec![(value, n)],
            }),
        }
    }
    out.retain(|c| c.sides.len() > 1);
    out.sort_by_key(|c| std::cmp::Reverse(c.sides.iter().map(|s| s.1).sum::<i64>()));
    out.truncate(limit);
    out
}

/// Whether the target of `c` is in the store, given how to look up a span of a table
/// (`quotes`, `claims`, `dates`: article hash, start, end) and an actor's key.
pub(crate) fn target_exists_with<E>(
    c: &Correction,
    mut span: impl FnMut(&str, &str, i64, i64) -> std::result::Result<bool, E>,
    mut actor: impl FnMut(&str) -> std::result::Result<bool, E>,
) -> std::result::Result<bool, E> {
    let mut speech = |table: &str, key: &str| match parse_span_key(key) {
        Some((hash, start, end)) => span(table, hash, start, end),
        None => Ok(false),
    };
    match c.target {
        Target::Quote => speech("quotes", &c.key),
        Target::Claim => speech("claims", &c.key),
        Target::Date => speech("dates", &c.key),
        Target::Stance => match parse_stance_key(&c.key) {
            Some((Target::Claim, k, _)) => speech("claims", k),
            Some((_, k, _)) => speech("quotes", k),
            None => Ok(false),
        },
        Target::Actor => Ok(actor(&c.key)?
            && match (c.field.as_str(), c.value.as_deref()) {
                ("merge_into", Some(keep)) => actor(keep)?,
                _ => true,
            }),
    }
}

/// The corrections in force for `keys` of a target, with the rule both engines follow:
/// the distinct keys, each looked up (`keyed`) when there are at most
/// [`KEYED_LOOKUP_MAX`], else the whole log read once (`all`).
pub(crate) fn in_force_with<'k, E>(
    keys: impl IntoIterator<Item = &'k str>,
    all: impl FnOnce() -> std::result::Result<HashMap<String, Vec<Correction>>, E>,
    keyed: impl FnOnce(&[&'k str]) -> std::result::Result<Vec<Correction>, E>,
) -> std::result::Result<HashMap<String, Vec<Correction>>, E> {
    let mut wanted: Vec<&str> = keys.into_iter().collect();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.len() > KEYED_LOOKUP_MAX {
        return all();
    }
    if wanted.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(by_key(keyed(&wanted)?))
}

/// Corrections grouped by key, each group in the order given.
pub(crate) fn by_key(
    list: impl IntoIterator<Item = Correction>,
) -> HashMap<String, Vec<Correction>> {
    let mut out: HashMap<String, Vec<Correction>> = HashMap::new();
    for c in list {
        out.entry(c.key.clone()).or_default().push(c);
    }
    out
}

/// A correction from its stored columns (`target` and `action` as stored).
#[allow(clippy::too_many_arguments)]
pub(crate) fn from_columns(
    id: i64,
    target: &str,
    key: String,
    field: String,
    action: &str,
    value: Option<String>,
    machine: Option<String>,
    author: String,
    at: String,
    note: Option<String>,
) -> Correction {
    Correction {
        id: Some(id),
        // Rows are validated on the way in; anything else would be a foreign edit.
        target: Target::parse(target).unwrap_or(Target::Actor),
        key,
        field,
        action: if action == "undo" {
            Action::Undo
        } else {
            Action::Set
        },
        value,
        machine,
        author,
        at,
        note,
    }
}

pub(crate) fn action_str(a: Action) -> &'static str {
    match a {
        Action::Set => "set",
        Action::Undo => "undo",
    }
}

/// Whether a correction changes which actors are merged.
fn is_structural(c: &Correction) -> bool {
    c.target == Target::Actor && matches!(c.field.as_str(), "merge_into" | "split")
}

fn insert(tx: &Transaction<'_>, c: &Correction) -> rusqlite::Result<bool> {
    let exists: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM corrections WHERE target = ?1 AND key = ?2 AND field = ?3
             AND action = ?4 AND value IS ?5 AND author = ?6 AND at = ?7 LIMIT 1",
        )?
        .query_row(
            params![
                c.target.as_str(),
                c.key,
                c.field,
                action_str(c.action),
                c.value,
                c.author,
                c.at
            ],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO corrections(target, key, field, action, value, machine, author, at, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        c.target.as_str(),
        c.key,
        c.field,
        action_str(c.action),
        c.value,
        c.machine,
        c.author,
        c.at,
        c.note
    ])?;
    Ok(true)
}

/// Applies the actor merges and splits in force to `actors.canonical_key`. Runs after the
/// alias rules in every write transaction, and after every correction of an actor.
///
/// Merges are applied in the order they were made: "merge B into A" points B's whole
/// current group at A's group root (following earlier merges), so chains and later rule
/// changes end in one group. A split makes the named spelling canonical on its own again.
/// A merge whose actors are not in the store does nothing (it is listed as an orphan).
pub(crate) fn apply_actor_corrections(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let cur = current(tx, Target::Actor)?;
    let mut all: Vec<&Correction> = cur
        .values()
        .flatten()
        .filter(|c| is_structural(c))
        .collect();
    if all.is_empty() {
        return Ok(());
    }
    all.sort_by_key(|c| c.id);
    let mut group_of = tx.prepare_cached(
        "SELECT coalesce(canonical_key, name_key) FROM actors WHERE name_key = ?1",
    )?;
    let mut point = tx.prepare_cached(
        "UPDATE actors SET canonical_key = ?1
         WHERE (name_key = ?2 OR canonical_key = ?2) AND name_key <> ?1",
    )?;
    let mut unpoint = tx.prepare_cached(
        "UPDATE actors SET canonical_key = NULL WHERE name_key = ?1 AND canonical_key IS NOT NULL",
    )?;
    for c in all {
        match c.field.as_str() {
            "merge_into" => {
                let Some(keep) = c.value.as_deref() else {
                    continue;
                };
                let root: Option<String> = group_of.query_row([keep], |r| r.get(0)).optional()?;
                let other: Option<String> =
                    group_of.query_row([&c.key], |r| r.get(0)).optional()?;
                if let (Some(root), Some(other)) = (root, other) {
                    if root != other {
                        point.execute(params![root, other])?;
                    }
                }
            }
            _ => {
                unpoint.execute([&c.key])?;
            }
        }
    }
    Ok(())
}

/// [`CorrectionWriter`] on an SQLite write transaction.
struct SqliteWriter<'a, 'c>(&'a Transaction<'c>);

impl CorrectionWriter for SqliteWriter<'_, '_> {
    type Error = rusqlite::Error;

    fn insert(&mut self, c: &Correction) -> rusqlite::Result<bool> {
        insert(self.0, c)
    }

    fn restructure(&mut self, undo: bool) -> rusqlite::Result<()> {
        if undo {
            crate::aliases::rebuild_all(self.0)?;
        }
        apply_actor_corrections(self.0)
    }

    fn latest_id(&mut self, c: &Correction) -> rusqlite::Result<i64> {
        self.0.query_row(
            "SELECT max(id) FROM corrections WHERE target = ?1 AND key = ?2 AND field = ?3",
            params![c.target.as_str(), c.key, c.field],
            |r| r.get(0),
        )
    }
}

impl Store {
    /// Runs `f` in one `BEGIN IMMEDIATE` transaction, retried while the database is busy.
    fn write_tx<T>(
        &self,
        operation: &'static str,
        mut f: impl FnMut(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        if !self.writable {
            return Err(StoreError::NotWritable { operation });
        }
        let mut conn = self.lock();
        let mut attempt = 0;
        loop {
            let tx = match conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            {
                Ok(tx) => tx,
                Err(e) if is_busy(&e) && attempt < BUSY_RETRIES => {
                    attempt += 1;
                    continue;
                }
                Err(e) => return Err(sql_err(&self.path, e)),
            };
            match f(&tx).and_then(|v| tx.commit().map(|()| v)) {
                Ok(v) => return Ok(v),
                Err(e) if is_busy(&e) && attempt < BUSY_RETRIES => attempt += 1,
                Err(e) => return Err(sql_err(&self.path, e)),
            }
        }
    }

    /// Records one correction (and applies it if it merges or splits actors), in one
    /// transaction. Returns its id, or the id of an identical correction already stored.
    pub fn correct(&self, c: &Correction) -> Result<i64> {
        c.validate()?;
        self.write_tx("correcting", |tx| record_one(&mut SqliteWriter(tx), c))
    }

    /// Adds corrections made elsewhere (an export), all in one transaction: either every
    /// one is stored or none is. Corrections identical to stored ones are skipped.
    pub fn import_corrections(&self, list: &[Correction]) -> Result<ImportOutcome> {
        validate_all(list)?;
        self.write_tx("importing corrections", |tx| {
            record_all(&mut SqliteWriter(tx), list)
        })
    }

    /// Every correction, oldest first.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        let conn = self.lock();
        crate::retry_busy(&self.path, || {
            conn.prepare_cached(&format!("SELECT {COLS} FROM corrections ORDER BY id"))?
                .query_map([], row)?
                .collect()
        })
    }

    /// The corrections of one target key in force now (latest per field, undone left out).
    pub fn corrections_in_force(&self, target: Target) -> Result<HashMap<String, Vec<Correction>>> {
        let conn = self.lock();
        crate::retry_busy(&self.path, || current(&conn, target))
    }

    /// Corrections whose target is not in the store: the article or span is gone (another
    /// extractor no longer finds it), or no actor has the name. Nothing is ever dropped:
    /// an orphan stays in the log and applies again if its target comes back.
    pub fn orphan_corrections(&self) -> Result<Vec<Correction>> {
        let all = self.corrections()?;
        let conn = self.lock();
        crate::retry_busy(&self.path, || {
            let mut out = Vec::new();
            for c in &all {
                if !target_exists(&conn, c)? {
                    out.push(c.clone());
                }
            }
            Ok(out)
        })
    }

    /// The stable key of a stored quote (or claim) by row id, with the article hash.
    pub fn speech_key(&self, id: i64, claim: bool) -> Result<Option<String>> {
        let table = if claim { "claims" } else { "quotes" };
        self.row_key(&format!(
            "SELECT a.content_hash, q.start, q.end FROM {table} q JOIN articles a ON a.id = q.article_id WHERE q.id = ?1"
        ), id)
    }

    /// The stable key of a stored date expression by row id.
    pub fn date_key(&self, id: i64) -> Result<Option<String>> {
        self.row_key(
            "SELECT a.content_hash, d.start, d.end FROM dates d JOIN articles a ON a.id = d.article_id WHERE d.id = ?1",
            id,
        )
    }

    fn row_key(&self, sql: &str, id: i64) -> Result<Option<String>> {
        let conn = self.lock();
        crate::retry_busy(&self.path, || {
            conn.prepare_cached(sql)?
                .query_row([id], |r| {
                    Ok(span_key(&r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()
        })
    }

    /// The key of the canonical actor that the actor with this id belongs to (an alias's
    /// id gives its canonical actor's key).
    pub fn actor_key(&self, id: i64) -> Result<Option<String>> {
        let conn = self.lock();
        crate::retry_busy(&self.path, || {
            conn.prepare_cached(
                "SELECT coalesce(canonical_key, name_key) FROM actors WHERE id = ?1",
            )?
            .query_row([id], |r| r.get(0))
            .optional()
        })
    }

    /// The key of the spelling with this name (which may be an alias), if stored.
    pub fn actor_spelling_key(&self, name: &str) -> Result<Option<String>> {
        let key = name_key(name);
        let conn = self.lock();
        crate::retry_busy(&self.path, || {
            conn.prepare_cached("SELECT name_key FROM actors WHERE name_key = ?1")?
                .query_row([&key], |r| r.get(0))
                .optional()
        })
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
}

/// An actor whose articles give it more than one side, for the review queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictingSides {
    /// The canonical actor's id (as `actors` lists it).
    pub id: i64,
    pub name: String,
    /// Each side with the number of articles that give it, most first.
    pub sides: Vec<(String, i64)>,
}

impl Store {
    /// Canonical actors whose spellings' articles name more than one affiliation: the
    /// majority side shown may be wrong. Actors whose side the analyst has set (their latest
    /// `affiliation` correction is a `set`, not an undo) are decided and left out.
    /// Most-disputed (most articles) first.
    pub fn actors_with_conflicting_sides(&self, limit: usize) -> Result<Vec<ConflictingSides>> {
        let conn = self.lock();
        let rows: Vec<(i64, String, String, i64)> = crate::retry_busy(&self.path, || {
            conn.prepare_cached(
                "SELECT cn.id, cn.name, v.value, sum(v.articles) FROM actor_side_votes v
                 JOIN actors a ON a.id = v.actor_id
                 JOIN actors cn ON cn.name_key = coalesce(a.canonical_key, a.name_key)
                 WHERE v.field = 'affiliation'
                   AND NOT EXISTS (
                     SELECT 1 FROM corrections c
                     WHERE c.id = (SELECT max(c2.id) FROM corrections c2
                                   WHERE c2.target = 'actor' AND c2.key = cn.name_key
                                     AND c2.field = 'affiliation')
                       AND c.action = 'set')
                 GROUP BY cn.id, v.value ORDER BY cn.id, sum(v.articles) DESC, v.value",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect()
        })?;
        Ok(group_conflicting_sides(rows, limit))
    }
}

fn target_exists(conn: &Connection, c: &Correction) -> rusqlite::Result<bool> {
    target_exists_with(
        c,
        |table, hash, start, end| {
            conn.prepare_cached(&format!(
                "SELECT 1 FROM {table} x JOIN articles a ON a.id = x.article_id
                 WHERE a.content_hash = ?1 AND x.start = ?2 AND x.end = ?3 LIMIT 1"
            ))?
            .query_row(params![hash, start, end], |_| Ok(()))
            .optional()
            .map(|o| o.is_some())
        },
        |key| {
            conn.prepare_cached("SELECT 1 FROM actors WHERE name_key = ?1")?
                .query_row([key], |_| Ok(()))
                .optional()
                .map(|o| o.is_some())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn span_keys_round_trip_and_reject_malformed() {
        let k = span_key(H, 3, 10);
        assert_eq!(parse_span_key(&k), Some((H, 3, 10)));
        assert_eq!(parse_span_key("abc:1-2"), None);
        assert_eq!(parse_span_key(&format!("{H}:5-2")), None);
        let s = stance_key(Target::Claim, &k, "nato");
        assert_eq!(
            parse_stance_key(&s),
            Some((Target::Claim, k.as_str(), "nato"))
        );
        assert_eq!(parse_stance_key(&format!("date:{k}#x")), None);
    }

    #[test]
    fn validation_checks_field_key_and_value() {
        let ok = Correction::set(
            Target::Quote,
            span_key(H, 0, 4),
            "status",
            Some("rejected".into()),
            "ann",
            None,
        );
        assert!(ok.validate().is_ok());
        let mut bad = ok.clone();
        bad.field = "polarity".into();
        assert!(bad.validate().is_err());
        let mut bad = ok.clone();
        bad.value = Some("maybe".into());
        assert!(bad.validate().is_err());
        let merge = Correction::set(
            Target::Actor,
            "ann hartley",
            "merge_into",
            Some("Ann".into()),
            "ann",
            None,
        );
        assert!(
            merge.validate().is_err(),
            "the kept actor's key must be normalised"
        );
        let selfmerge = Correction::set(
            Target::Actor,
            "ann",
            "merge_into",
            Some("ann".into()),
            "ann",
            None,
        );
        assert!(selfmerge.validate().is_err());
        let mut undo = ok.clone();
        undo.action = Action::Undo;
        undo.value = None;
        assert!(undo.validate().is_ok());
    }
}
