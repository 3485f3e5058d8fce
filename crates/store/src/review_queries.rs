//! Bounded queries for the dashboard's review desk (`detente-report`'s `server/review`):
//! what changed since the desk last looked (so it can keep what it read between requests),
//! the statements whose speaker needs a look, and single rows by id. None of them reads a
//! whole table on the path of a request that follows a correction; see docs/review.md.

use crate::corrections::{in_force, Correction, Target, COLS};
use crate::error::Result;
use crate::query::{speech_row, QuoteRow, SPEAKER_JOINS, SPEECH_COLS};
use crate::{retry_busy, Store};
use rusqlite::OptionalExtension;
use serde::Serialize;

/// Where the store's evidence and corrections stand: the highest row id of each table the
/// desk reads. Rows are only ever added (corrections) or replaced by new rows with higher
/// ids (re-extracted articles), so a change of evidence or a new correction changes these.
/// On PostgreSQL ids come from sequences when a row is inserted, not when it is committed;
/// every writer takes the writers' lock before it inserts anything, so there too a later
/// commit has higher ids and no commit adds rows below a generation already seen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ReviewGeneration {
    pub articles: i64,
    pub quotes: i64,
    pub claims: i64,
    pub actors: i64,
    pub corrections: i64,
    /// The highest id among corrections of actors (merges, splits, kinds, sides), which
    /// change whose statements need a look and which party a stance is read for.
    pub actor_corrections: i64,
}

impl ReviewGeneration {
    /// The evidence part only (corrections left out).
    pub fn evidence(&self) -> (i64, i64, i64, i64) {
        (self.articles, self.quotes, self.claims, self.actors)
    }
}

/// A mark of what another connection has committed, to tell cheaply (no table read)
/// whether anything may have changed since the mark was taken: two equal marks from the
/// same handle mean nothing was committed in between. Compare marks, nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataVersion {
    /// SQLite's `PRAGMA data_version` of the connection.
    Sqlite(i64),
    /// PostgreSQL's `pg_current_snapshot()`, as text: which transactions are committed
    /// (those below its `xmax` and not in its list of running ones). It changes when any
    /// writing transaction of the cluster starts or ends, so a commit to this database
    /// always changes it (and so may other databases' commits: a harmless extra look).
    Postgres(String),
}

/// Why a statement's speaker needs a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerDoubt {
    /// The extractor found no speaker.
    NoSpeaker,
    /// The speaker is an actor of this kind (an organisation or a country), not a person.
    NotAPerson,
    /// A speaker is named but is no stored actor.
    NotStored,
}

/// A quote or claim whose speaker needs a look, without its text (see
/// [`Store::speech_rows`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeechCandidate {
    pub claim: bool,
    pub id: i64,
    /// `<article SHA-256>:<start>-<end>`.
    pub key: String,
    pub doubt: SpeakerDoubt,
    /// The speaker's kind when [`SpeakerDoubt::NotAPerson`].
    pub kind: Option<String>,
    /// The statement's day range start (its own date, else its article's), for ordering.
    pub date_lo: Option<String>,
}

impl Store {
    /// SQLite's `PRAGMA data_version` on this connection: it changes when another
    /// connection (of this process or another) commits. Cheap: no table is read.
    pub fn data_version(&self) -> Result<i64> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.query_row("PRAGMA data_version", [], |r| r.get(0))
        })
    }

    /// The highest row ids of the tables the review desk reads (each a lookup of the
    /// table's last row).
    pub fn review_generation(&self) -> Result<ReviewGeneration> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.prepare_cached(GENERATION_SQL)?.query_row([], |r| {
                Ok(ReviewGeneration {
                    articles: r.get(0)?,
                    quotes: r.get(1)?,
                    claims: r.get(2)?,
                    actors: r.get(3)?,
                    corrections: r.get(4)?,
                    actor_corrections: r.get(5)?,
                })
            })
        })
    }

    /// How many corrections the log holds.
    pub fn corrections_count(&self) -> Result<i64> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.query_row("SELECT count(*) FROM corrections", [], |r| r.get(0))
        })
    }

    /// Corrections with a row id above `after`, oldest first.
    pub fn corrections_since(&self, after: i64) -> Result<Vec<Correction>> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.prepare_cached(&format!(
                "SELECT {COLS} FROM corrections WHERE id > ?1 ORDER BY id"
            ))?
            .query_map([after], crate::corrections::row)?
            .collect()
        })
    }

    /// The corrections in force for one key of a target (latest per field, undone left
    /// out), from the index.
    pub fn corrections_in_force_for(&self, target: Target, key: &str) -> Result<Vec<Correction>> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            Ok(in_force(&conn, target, [key])?
                .remove(key)
                .unwrap_or_default())
        })
    }

    /// Every quote and claim whose speaker needs a look: none was found, or the speaker's
    /// canonical actor is not a person (after the analyst's kind corrections), most recent
    /// first (by the statement's date, undated last, then newest row). Rejected and
    /// otherwise decided statements are not left out: the caller knows which those are.
    /// Reads only the candidate rows, through the `speaker_id` indexes.
    pub fn speech_needing_look(&self) -> Result<Vec<SpeechCandidate>> {
        let conn = self.lock();
        let mut out = retry_busy(&self.path, || {
            let kinds = KindCorrections::new(&crate::corrections::current(&conn, Target::Actor)?);
            let others =
                serde_json::to_string(&kinds.not_persons()).unwrap_or_else(|_| "[]".into());
            let mut out = Vec::new();
            for claim in [false, true] {
                let sql = candidates_sql(claim, "(SELECT value FROM json_each(?1))");
                let mut stmt = conn.prepare_cached(&sql)?;
                let rows = stmt.query_map([&others], |r| {
                    Ok(CandidateRow {
                        id: r.get(0)?,
                        hash: r.get(1)?,
                        start: r.get(2)?,
                        end: r.get(3)?,
                        date_lo: r.get(4)?,
                        kind: r.get(5)?,
                        group: r.get(6)?,
                        named: r.get(7)?,
                    })
                })?;
                for row in rows {
                    out.extend(kinds.candidate(claim, row?));
                }
            }
            Ok(out)
        })?;
        sort_candidates(&mut out);
        Ok(out)
    }

    /// Quotes (or claims) by row id, in the order asked, with the analyst's corrections
    /// applied; ids no longer stored are skipped.
    pub fn speech_rows(&self, claim: bool, ids: &[i64]) -> Result<Vec<QuoteRow>> {
        let table = if claim { "claims" } else { "quotes" };
        let conn = self.lock();
        retry_busy(&self.path, || {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {SPEECH_COLS} FROM {table} q JOIN articles ar ON ar.id = q.article_id
                 {SPEAKER_JOINS} WHERE q.id = ?1"
            ))?;
            let mut rows = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(r) = stmt.query_row([id], speech_row).optional()? {
                    rows.push(r);
                }
            }
            crate::reviewed::patch_speech(
                &mut crate::reviewed::SqliteLookup(&conn),
                crate::reviewed::speech_target(table),
                &mut rows,
            )?;
            Ok(rows)
        })
    }

    /// An article's text by row id.
    pub fn article_text(&self, id: i64) -> Result<Option<String>> {
        let conn = self.lock();
        retry_busy(&self.path, || {
            conn.prepare_cached("SELECT text FROM articles WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()
        })
    }
}

/// The columns of [`ReviewGeneration`], in its order, each a lookup of a table's last row
/// (the same statement on both engines).
pub(crate) const GENERATION_SQL: &str = "SELECT
    (SELECT coalesce(max(id), 0) FROM articles), (SELECT coalesce(max(id), 0) FROM quotes),
    (SELECT coalesce(max(id), 0) FROM claims), (SELECT coalesce(max(id), 0) FROM actors),
    (SELECT coalesce(max(id), 0) FROM corrections),
    (SELECT coalesce(max(id), 0) FROM corrections WHERE target = 'actor')";

/// The statements of one table (`claims` when `claim`, else `quotes`) whose speaker may need
/// a look, one [`CandidateRow`] each: those with no stored speaker, and those whose speaker's
/// canonical actor is not a person or is among `listed` (an SQL list of canonical keys whose
/// kind the analyst set to something other than a person, in the engine's dialect). The
/// same statement on both engines.
pub(crate) fn candidates_sql(claim: bool, listed: &str) -> String {
    let table = if claim { "claims" } else { "quotes" };
    format!(
        "SELECT q.id, ar.content_hash, q.start, q.\"end\", q.date_lo, NULL, NULL,
                q.speaker IS NOT NULL
           FROM {table} q JOIN articles ar ON ar.id = q.article_id
          WHERE q.speaker_id IS NULL
         UNION ALL
         SELECT q.id, ar.content_hash, q.start, q.\"end\", q.date_lo, g.kind, g.gk, false
           FROM (SELECT a.id AS aid, cn.kind AS kind, cn.name_key AS gk
                   FROM actors a JOIN actors cn
                     ON cn.name_key = coalesce(a.canonical_key, a.name_key)
                  WHERE cn.kind <> 'person' OR cn.name_key IN {listed}) g
           JOIN {table} q ON q.speaker_id = g.aid
           JOIN articles ar ON ar.id = q.article_id"
    )
}

/// One row of [`candidates_sql`].
pub(crate) struct CandidateRow {
    pub(crate) id: i64,
    pub(crate) hash: String,
    pub(crate) start: i64,
    pub(crate) end: i64,
    pub(crate) date_lo: Option<String>,
    /// The speaker's canonical actor's stored kind (`None`: no stored speaker).
    pub(crate) kind: Option<String>,
    /// The speaker's canonical actor's key (`None`: no stored speaker).
    pub(crate) group: Option<String>,
    /// Whether the extractor named a speaker.
    pub(crate) named: bool,
}

/// The analyst's kind corrections of canonical actors in force: which were made persons
/// and which were made something else.
pub(crate) struct KindCorrections {
    to_person: std::collections::HashSet<String>,
    to_other: std::collections::HashMap<String, String>,
}

impl KindCorrections {
    /// From the actor corrections in force (the latest `kind` of each key counts).
    pub(crate) fn new(actors: &std::collections::HashMap<String, Vec<Correction>>) -> Self {
        let mut out = KindCorrections {
            to_person: Default::default(),
            to_other: Default::default(),
        };
        for (key, cs) in actors {
            let kind = cs
                .iter()
                .rev()
                .find(|c| c.field == "kind")
                .and_then(|c| c.value.clone());
            match kind.as_deref() {
                Some("person") => {
                    out.to_person.insert(key.clone());
                }
                Some(_) => {
                    out.to_other.insert(key.clone(), kind.unwrap_or_default());
                }
                None => {}
            }
        }
        out
    }

    /// The canonical keys the analyst made something other than a person, sorted.
    pub(crate) fn not_persons(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self.to_other.keys().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    /// The candidate a row stands for, with the analyst's kind applied; `None` when the
    /// analyst made its speaker a person.
    pub(crate) fn candidate(&self, claim: bool, row: CandidateRow) -> Option<SpeechCandidate> {
        let kind = match &row.group {
            None => None,
            Some(g) if self.to_person.contains(g) => return None,
            Some(g) => self.to_other.get(g).cloned().or(row.kind),
        };
        Some(SpeechCandidate {
            claim,
            id: row.id,
            key: crate::corrections::span_key(&row.hash, row.start, row.end),
            doubt: match (&kind, row.named) {
                (Some(_), _) => SpeakerDoubt::NotAPerson,
                (None, true) => SpeakerDoubt::NotStored,
                (None, false) => SpeakerDoubt::NoSpeaker,
            },
            kind,
            date_lo: row.date_lo,
        })
    }
}

/// Most recent first: dated before undated, later dates first, then newer rows first.
pub(crate) fn sort_candidates(out: &mut [SpeechCandidate]) {
    out.sort_by(|a, b| {
        b.date_lo
            .is_some()
            .cmp(&a.date_lo.is_some())
            .then_with(|| b.date_lo.cmp(&a.date_lo))
            .then_with(|| b.id.cmp(&a.id))
    });
}
