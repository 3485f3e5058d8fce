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
            let max = |t: &str| {
                conn.prepare_cached(&format!("SELECT coalesce(max(id), 0) FROM {t}"))?
                    .query_row([], |r| r.get::<_, i64>(0))
            };
            Ok(ReviewGeneration {
                articles: max("articles")?,
                quotes: max("quotes")?,
                claims: max("claims")?,
                actors: max("actors")?,
                corrections: max("corrections")?,
                actor_corrections: conn
                    .prepare_cached(
                        "SELECT coalesce(max(id), 0) FROM corrections WHERE target = 'actor'",
                    )?
                    .query_row([], |r| r.get(0))?,
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
            let kinds = crate::corrections::current(&conn, Target::Actor)?;
            // Canonical keys whose kind the analyst set: person or not.
            let mut to_person: Vec<String> = Vec::new();
            let mut to_other: Vec<(String, String)> = Vec::new();
            for (key, cs) in &kinds {
                if let Some(v) = cs
                    .iter()
                    .rev()
                    .find(|c| c.field == "kind")
                    .and_then(|c| c.value.clone())
                {
                    if v == "person" {
                        to_person.push(key.clone());
                    } else {
                        to_other.push((key.clone(), v));
                    }
                }
            }
            let mut out = Vec::new();
            for (claim, table) in [(false, "quotes"), (true, "claims")] {
                let sql = format!(
                    "SELECT q.id, ar.content_hash, q.start, q.end, q.date_lo, NULL, NULL,
                            q.speaker IS NOT NULL
                       FROM {table} q JOIN articles ar ON ar.id = q.article_id
                      WHERE q.speaker_id IS NULL
                     UNION ALL
                     SELECT q.id, ar.content_hash, q.start, q.end, q.date_lo, g.kind, g.gk, 0
                       FROM (SELECT a.id AS aid, cn.kind AS kind, cn.name_key AS gk
                               FROM actors a JOIN actors cn
                                 ON cn.name_key = coalesce(a.canonical_key, a.name_key)
                              WHERE cn.kind <> 'person' OR cn.name_key IN
                                    (SELECT value FROM json_each(?1))) g
                       JOIN {table} q ON q.speaker_id = g.aid
                       JOIN articles ar ON ar.id = q.article_id"
                );
                let others = serde_json::to_string(
                    &to_other.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
                )
                .unwrap_or_else(|_| "[]".into());
                let mut stmt = conn.prepare_cached(&sql)?;
                let rows = stmt.query_map([others], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, bool>(7)?,
                    ))
                })?;
                for row in rows {
                    let (id, hash, start, end, date_lo, kind, group, named) = row?;
                    let kind = match group {
                        None => None,
                        Some(g) => {
                            if to_person.contains(&g) {
                                continue;
                            }
                            match to_other.iter().find(|(k, _)| *k == g) {
                                Some((_, v)) => Some(v.clone()),
                                None => kind,
                            }
                        }
                    };
                    out.push(SpeechCandidate {
                        claim,
                        id,
                        key: crate::corrections::span_key(&hash, start, end),
                        doubt: match (&kind, named) {
                            (Some(_), _) => SpeakerDoubt::NotAPerson,
                            (None, true) => SpeakerDoubt::NotStored,
                            (None, false) => SpeakerDoubt::NoSpeaker,
                        },
                        kind,
                        date_lo,
                    });
                }
            }
            Ok(out)
        })?;
        out.sort_by(|a, b| {
            b.date_lo
                .is_some()
                .cmp(&a.date_lo.is_some())
                .then_with(|| b.date_lo.cmp(&a.date_lo))
                .then_with(|| b.id.cmp(&a.id))
        });
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
