//! The review desk's bounded queries on the PostgreSQL engine (see `crate::review_queries`,
//! whose row types, candidate statement and candidate rules these share): what changed
//! since the desk last looked, the statements whose speaker needs a look, single rows by id.

use super::query::{speech_row, SPEAKER_JOINS, SPEECH_COLS};
use super::read::{correction_row, current, in_force, PgLookup, CORRECTION_COLS};
use super::PgStore;
use crate::corrections::{Correction, Target};
use crate::error::Result;
use crate::review_queries::{
    candidates_sql, sort_candidates, CandidateRow, KindCorrections, ReviewGeneration,
    SpeechCandidate, GENERATION_SQL,
};
use crate::QuoteRow;

type PgResult<T> = std::result::Result<T, postgres::Error>;

impl PgStore {
    /// The committed transactions as this connection sees them now (see
    /// [`crate::review_queries::DataVersion::Postgres`]). No table is read.
    pub fn data_version(&self) -> Result<String> {
        self.lock()?
            .query_one("SELECT pg_current_snapshot()::text", &[])
            .and_then(|r| r.try_get(0))
            .map_err(|e| self.err(e))
    }

    /// The highest row ids of the tables the review desk reads (see
    /// `Store::review_generation`), in one statement.
    pub fn review_generation(&self) -> Result<ReviewGeneration> {
        let row = self
            .lock()?
            .query_one(GENERATION_SQL, &[])
            .map_err(|e| self.err(e))?;
        let get = |i: usize| row.try_get::<_, i64>(i);
        (|| -> PgResult<ReviewGeneration> {
            Ok(ReviewGeneration {
                articles: get(0)?,
                quotes: get(1)?,
                claims: get(2)?,
                actors: get(3)?,
                corrections: get(4)?,
                actor_corrections: get(5)?,
            })
        })()
        .map_err(|e| self.err(e))
    }

    /// How many corrections the log holds.
    pub fn corrections_count(&self) -> Result<i64> {
        self.lock()?
            .query_one("SELECT count(*) FROM corrections", &[])
            .and_then(|r| r.try_get(0))
            .map_err(|e| self.err(e))
    }

    /// Corrections with a row id above `after`, oldest first.
    pub fn corrections_since(&self, after: i64) -> Result<Vec<Correction>> {
        let rows = self
            .lock()?
            .query(
                &format!("SELECT {CORRECTION_COLS} FROM corrections WHERE id > $1 ORDER BY id"),
                &[&after],
            )
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(correction_row)
            .collect::<PgResult<_>>()
            .map_err(|e| self.err(e))
    }

    /// The corrections in force for one key of a target (latest per field, undone left
    /// out), from the index.
    pub fn corrections_in_force_for(&self, target: Target, key: &str) -> Result<Vec<Correction>> {
        Ok(in_force(&mut *self.lock()?, target, vec![key])
            .map_err(|e| self.err(e))?
            .remove(key)
            .unwrap_or_default())
    }

    /// Every quote and claim whose speaker needs a look (see
    /// `Store::speech_needing_look`: the same statement and rules).
    pub fn speech_needing_look(&self) -> Result<Vec<SpeechCandidate>> {
        let mut client = self.lock()?;
        let mut out = (|| -> PgResult<Vec<SpeechCandidate>> {
            let kinds = KindCorrections::new(&current(&mut *client, Target::Actor)?);
            let listed = kinds.not_persons();
            let mut out = Vec::new();
            for claim in [false, true] {
                let sql = candidates_sql(claim, "(SELECT unnest($1::text[]))");
                for r in client.query(&sql, &[&listed])? {
                    let row = CandidateRow {
                        id: r.try_get(0)?,
                        hash: r.try_get(1)?,
                        start: r.try_get(2)?,
                        end: r.try_get(3)?,
                        date_lo: r.try_get(4)?,
                        kind: r.try_get(5)?,
                        group: r.try_get(6)?,
                        named: r.try_get(7)?,
                    };
                    out.extend(kinds.candidate(claim, row));
                }
            }
            Ok(out)
        })()
        .map_err(|e| self.err(e))?;
        sort_candidates(&mut out);
        Ok(out)
    }

    /// Quotes (or claims) by row id, in the order asked, with the analyst's corrections
    /// applied; ids no longer stored are skipped.
    pub fn speech_rows(&self, claim: bool, ids: &[i64]) -> Result<Vec<QuoteRow>> {
        let table = if claim { "claims" } else { "quotes" };
        let mut client = self.lock()?;
        let mut rows = (|| -> PgResult<Vec<QuoteRow>> {
            let stmt = client.prepare(&format!(
                "SELECT {SPEECH_COLS} FROM {table} q JOIN articles ar ON ar.id = q.article_id
                 {SPEAKER_JOINS} WHERE q.id = $1"
            ))?;
            let mut rows = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(r) = client.query_opt(&stmt, &[id])? {
                    rows.push(speech_row(&r)?);
                }
            }
            Ok(rows)
        })()
        .map_err(|e| self.err(e))?;
        crate::reviewed::patch_speech(
            &mut PgLookup(&mut client),
            crate::reviewed::speech_target(table),
            &mut rows,
        )
        .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// An article's text by row id.
    pub fn article_text(&self, id: i64) -> Result<Option<String>> {
        use crate::reviewed::Lookup;
        let mut client = self.lock()?;
        PgLookup(&mut client)
            .article_text(id)
            .map_err(|e| self.err(e))
    }
}
