//! One store interface over both engines: [`AnyStore`] is opened from a `--db` value (a
//! file path: SQLite; a `postgres://` or `postgresql://` URL: PostgreSQL) and answers every
//! query and write with the same types, so callers never branch on the engine.
//!
//! An enum rather than a trait object: the set of engines is closed and known here, the
//! methods keep their generic and borrowed signatures, and a caller that needs an engine's
//! own API (`Store::path`, say) can still match on it.

use crate::corrections::{ConflictingSides, Target};
use crate::error::{Result, StoreError};
use crate::review_queries::{DataVersion, ReviewGeneration, SpeechCandidate};
use crate::{
    ActorFilter, ActorRow, ArticleDetail, ArticleSummary, ArticleWithEvidence, BatchOutcome,
    ClaimRow, Correction, EvidenceReader, EvidenceReport, EvidenceSink, ImportOutcome, QuoteFilter,
    QuoteRow, SearchHit, SearchOptions, SideCount, Store, StoreStats, TimelineEntry,
    TimelineFilter,
};
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::Path;

/// The evidence store on either engine.
#[derive(Debug)]
pub enum AnyStore {
    /// The embedded default: one SQLite file.
    Sqlite(Store),
    /// A PostgreSQL database shared by a team.
    #[cfg(feature = "postgres")]
    Postgres(crate::pg::PgStore),
}

/// Whether `location` (a `--db` value) names a PostgreSQL database rather than a file.
pub fn is_postgres_url(location: &str) -> bool {
    let lower = location.trim_start().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

macro_rules! on_engine {
    ($self:ident, $s:ident => $e:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $e,
            #[cfg(feature = "postgres")]
            AnyStore::Postgres($s) => $e,
        }
    };
}

impl AnyStore {
    /// Opens (creating or migrating if needed) the store at `location` for reading and
    /// writing: a PostgreSQL URL or an SQLite file path (see [`Store::open`]).
    pub fn open(location: impl AsRef<Path>) -> Result<AnyStore> {
        match postgres_url(location.as_ref())? {
            #[cfg(feature = "postgres")]
            Some(url) => Ok(AnyStore::Postgres(crate::pg::PgStore::open(url)?)),
            #[cfg(not(feature = "postgres"))]
            Some(_) => unreachable!("postgres_url refuses URLs without the feature"),
            None => Ok(AnyStore::Sqlite(Store::open(location)?)),
        }
    }

    /// Opens an existing store for queries only (see [`Store::open_read_only`]).
    pub fn open_read_only(location: impl AsRef<Path>) -> Result<AnyStore> {
        match postgres_url(location.as_ref())? {
            #[cfg(feature = "postgres")]
            Some(url) => Ok(AnyStore::Postgres(crate::pg::PgStore::open_read_only(url)?)),
            #[cfg(not(feature = "postgres"))]
            Some(_) => unreachable!("postgres_url refuses URLs without the feature"),
            None => Ok(AnyStore::Sqlite(Store::open_read_only(location)?)),
        }
    }

    /// Opens an existing store for queries only, for a server with up to `connections`
    /// concurrent readers: on PostgreSQL a pool of that many connections, shared by this
    /// handle and its clones; on SQLite a read-only store (each clone its own connection).
    pub fn open_read_only_pooled(location: impl AsRef<Path>, connections: u32) -> Result<AnyStore> {
        match postgres_url(location.as_ref())? {
            #[cfg(feature = "postgres")]
            Some(url) => Ok(AnyStore::Postgres(
                crate::pg::PgStore::open_read_only_pooled(url, connections)?,
            )),
            #[cfg(not(feature = "postgres"))]
            Some(_) => unreachable!("postgres_url refuses URLs without the feature"),
            None => {
                let _ = connections;
                Ok(AnyStore::Sqlite(Store::open_read_only(location)?))
            }
        }
    }

    /// Another handle on the same store, in the same mode, with its own connection (on a
    /// pooled PostgreSQL store: on the same pool).
    pub fn try_clone(&self) -> Result<AnyStore> {
        Ok(match self {
            AnyStore::Sqlite(s) => AnyStore::Sqlite(s.try_clone()?),
            #[cfg(feature = "postgres")]
            AnyStore::Postgres(s) => AnyStore::Postgres(s.try_clone()?),
        })
    }

    /// Where the store is, as shown to the user (a PostgreSQL password hidden).
    pub fn location(&self) -> String {
        match self {
            AnyStore::Sqlite(s) => s.path().display().to_string(),
            #[cfg(feature = "postgres")]
            AnyStore::Postgres(s) => s.display_url(),
        }
    }

    /// The SQLite store, when that is the engine.
    pub fn as_sqlite(&self) -> Option<&Store> {
        match self {
            AnyStore::Sqlite(s) => Some(s),
            #[cfg(feature = "postgres")]
            AnyStore::Postgres(_) => None,
        }
    }

    /// On PostgreSQL, whether batches are loaded with `COPY` (the default) or one `INSERT`
    /// per row (both store the same; kept to measure one against the other). SQLite writes
    /// rows through prepared statements in-process either way.
    pub fn set_copy(&self, copy: bool) {
        match self {
            AnyStore::Sqlite(_) => {
                let _ = copy;
            }
            #[cfg(feature = "postgres")]
            AnyStore::Postgres(s) => s.set_copy(copy),
        }
    }

    pub fn is_writable(&self) -> bool {
        on_engine!(self, s => s.is_writable())
    }

    pub fn stats(&self) -> Result<StoreStats> {
        on_engine!(self, s => s.stats())
    }

    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        on_engine!(self, s => s.quotes(filter))
    }

    pub fn claims(&self, filter: &QuoteFilter) -> Result<Vec<ClaimRow>> {
        on_engine!(self, s => s.claims(filter))
    }

    pub fn actors(&self, filter: &ActorFilter) -> Result<Vec<ActorRow>> {
        on_engine!(self, s => s.actors(filter))
    }

    pub fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineEntry>> {
        on_engine!(self, s => s.timeline(filter))
    }

    pub fn articles(&self, limit: Option<usize>, offset: usize) -> Result<Vec<ArticleSummary>> {
        on_engine!(self, s => s.articles(limit, offset))
    }

    pub fn article_id_by_name(&self, name: &str) -> Result<Option<i64>> {
        on_engine!(self, s => s.article_id_by_name(name))
    }

    pub fn article(&self, id: i64) -> Result<Option<ArticleDetail>> {
        on_engine!(self, s => s.article(id))
    }

    pub fn article_with(&self, id: i64, machine: bool) -> Result<Option<ArticleDetail>> {
        on_engine!(self, s => s.article_with(id, machine))
    }

    pub fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
        on_engine!(self, s => s.search(query, options))
    }

    pub fn last_article_id(&self) -> Result<i64> {
        on_engine!(self, s => s.last_article_id())
    }

    pub fn articles_after(&self, after: i64, limit: Option<usize>) -> Result<Vec<ArticleSummary>> {
        on_engine!(self, s => s.articles_after(after, limit))
    }

    pub fn statements_by_side_after(&self, after: i64) -> Result<Vec<SideCount>> {
        on_engine!(self, s => s.statements_by_side_after(after))
    }

    pub fn correct(&self, c: &Correction) -> Result<i64> {
        on_engine!(self, s => s.correct(c))
    }

    pub fn import_corrections(&self, list: &[Correction]) -> Result<ImportOutcome> {
        on_engine!(self, s => s.import_corrections(list))
    }

    pub fn corrections(&self) -> Result<Vec<Correction>> {
        on_engine!(self, s => s.corrections())
    }

    pub fn corrections_in_force(&self, target: Target) -> Result<HashMap<String, Vec<Correction>>> {
        on_engine!(self, s => s.corrections_in_force(target))
    }

    pub fn orphan_corrections(&self) -> Result<Vec<Correction>> {
        on_engine!(self, s => s.orphan_corrections())
    }

    pub fn speech_key(&self, id: i64, claim: bool) -> Result<Option<String>> {
        on_engine!(self, s => s.speech_key(id, claim))
    }

    pub fn date_key(&self, id: i64) -> Result<Option<String>> {
        on_engine!(self, s => s.date_key(id))
    }

    pub fn actor_key(&self, id: i64) -> Result<Option<String>> {
        on_engine!(self, s => s.actor_key(id))
    }

    pub fn actor_spelling_key(&self, name: &str) -> Result<Option<String>> {
        on_engine!(self, s => s.actor_spelling_key(name))
    }

    pub fn merge_actors(
        &self,
        keep: i64,
        other: i64,
        author: &str,
        note: Option<String>,
    ) -> Result<i64> {
        on_engine!(self, s => s.merge_actors(keep, other, author, note))
    }

    pub fn actors_with_conflicting_sides(&self, limit: usize) -> Result<Vec<ConflictingSides>> {
        on_engine!(self, s => s.actors_with_conflicting_sides(limit))
    }

    /// A mark of what other connections have committed (see [`DataVersion`]): equal marks
    /// from this handle mean nothing was committed in between. No table is read.
    pub fn data_version(&self) -> Result<DataVersion> {
        Ok(match self {
            AnyStore::Sqlite(s) => DataVersion::Sqlite(s.data_version()?),
            #[cfg(feature = "postgres")]
            AnyStore::Postgres(s) => DataVersion::Postgres(s.data_version()?),
        })
    }

    /// The highest row ids of the tables the review desk reads (see [`ReviewGeneration`]).
    pub fn review_generation(&self) -> Result<ReviewGeneration> {
        on_engine!(self, s => s.review_generation())
    }

    /// How many corrections the log holds.
    pub fn corrections_count(&self) -> Result<i64> {
        on_engine!(self, s => s.corrections_count())
    }

    /// Corrections with a row id above `after`, oldest first.
    pub fn corrections_since(&self, after: i64) -> Result<Vec<Correction>> {
        on_engine!(self, s => s.corrections_since(after))
    }

    /// The corrections in force for one key of a target.
    pub fn corrections_in_force_for(&self, target: Target, key: &str) -> Result<Vec<Correction>> {
        on_engine!(self, s => s.corrections_in_force_for(target, key))
    }

    /// Every quote and claim whose speaker needs a look (see [`Store::speech_needing_look`]).
    pub fn speech_needing_look(&self) -> Result<Vec<SpeechCandidate>> {
        on_engine!(self, s => s.speech_needing_look())
    }

    /// Quotes (or claims) by row id, with the analyst's corrections applied.
    pub fn speech_rows(&self, claim: bool, ids: &[i64]) -> Result<Vec<QuoteRow>> {
        on_engine!(self, s => s.speech_rows(claim, ids))
    }

    /// An article's text by row id.
    pub fn article_text(&self, id: i64) -> Result<Option<String>> {
        on_engine!(self, s => s.article_text(id))
    }

    pub fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>> {
        on_engine!(self, s => s.known_hashes(hashes))
    }

    pub fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome> {
        on_engine!(self, s => EvidenceSink::ingest_batch(s, batch))
    }

    /// Stores the articles of an evidence stream (see [`crate::ingest_evidence`]); on
    /// PostgreSQL each batch is loaded with `COPY` (see [`AnyStore::set_copy`]).
    pub fn ingest_evidence<R: BufRead>(
        &self,
        reader: EvidenceReader<R>,
        batch: usize,
        on_batch: &mut dyn FnMut(&EvidenceReport),
    ) -> Result<EvidenceReport> {
        if !self.is_writable() {
            return Err(StoreError::NotWritable {
                operation: "ingesting",
            });
        }
        crate::ingest_evidence(self, reader, batch, on_batch)
    }
}

impl EvidenceSink for AnyStore {
    fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>> {
        AnyStore::known_hashes(self, hashes)
    }
    fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome> {
        AnyStore::ingest_batch(self, batch)
    }
}

/// The PostgreSQL URL in `location`, if it is one; an error for a URL when this build has
/// no PostgreSQL engine.
fn postgres_url(location: &Path) -> Result<Option<&str>> {
    let Some(text) = location.to_str().filter(|t| is_postgres_url(t)) else {
        return Ok(None);
    };
    if cfg!(feature = "postgres") {
        Ok(Some(text.trim_start()))
    } else {
        Err(StoreError::NoPostgres {
            url: text.to_string(),
        })
    }
}

/// The reading half of the store's API, implemented by both engines and by [`AnyStore`]:
/// what analysis code (positions, the report) takes, so that it works on any engine and
/// on an engine's own store type alike.
pub trait StoreRead: Sync {
    fn stats(&self) -> Result<StoreStats>;
    fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>>;
    fn claims(&self, filter: &QuoteFilter) -> Result<Vec<ClaimRow>>;
    fn actors(&self, filter: &ActorFilter) -> Result<Vec<ActorRow>>;
    fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineEntry>>;
    fn articles(&self, limit: Option<usize>, offset: usize) -> Result<Vec<ArticleSummary>>;
    fn article_id_by_name(&self, name: &str) -> Result<Option<i64>>;
    fn article(&self, id: i64) -> Result<Option<ArticleDetail>>;
    fn article_with(&self, id: i64, machine: bool) -> Result<Option<ArticleDetail>>;
    fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>>;
    fn last_article_id(&self) -> Result<i64>;
    fn articles_after(&self, after: i64, limit: Option<usize>) -> Result<Vec<ArticleSummary>>;
    fn statements_by_side_after(&self, after: i64) -> Result<Vec<SideCount>>;
    fn corrections(&self) -> Result<Vec<Correction>>;
    fn corrections_in_force(&self, target: Target) -> Result<HashMap<String, Vec<Correction>>>;
    fn orphan_corrections(&self) -> Result<Vec<Correction>>;
    fn actors_with_conflicting_sides(&self, limit: usize) -> Result<Vec<ConflictingSides>>;
}

macro_rules! impl_store_read {
    ($t:ty) => {
        impl StoreRead for $t {
            fn stats(&self) -> Result<StoreStats> {
                <$t>::stats(self)
            }
            fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
                <$t>::quotes(self, filter)
            }
            fn claims(&self, filter: &QuoteFilter) -> Result<Vec<ClaimRow>> {
                <$t>::claims(self, filter)
            }
            fn actors(&self, filter: &ActorFilter) -> Result<Vec<ActorRow>> {
                <$t>::actors(self, filter)
            }
            fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineEntry>> {
                <$t>::timeline(self, filter)
            }
            fn articles(&self, limit: Option<usize>, offset: usize) -> Result<Vec<ArticleSummary>> {
                <$t>::articles(self, limit, offset)
            }
            fn article_id_by_name(&self, name: &str) -> Result<Option<i64>> {
                <$t>::article_id_by_name(self, name)
            }
            fn article(&self, id: i64) -> Result<Option<ArticleDetail>> {
                <$t>::article(self, id)
            }
            fn article_with(&self, id: i64, machine: bool) -> Result<Option<ArticleDetail>> {
                <$t>::article_with(self, id, machine)
            }
            fn search(&self, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
                <$t>::search(self, query, options)
            }
            fn last_article_id(&self) -> Result<i64> {
                <$t>::last_article_id(self)
            }
            fn articles_after(
                &self,
                after: i64,
                limit: Option<usize>,
            ) -> Result<Vec<ArticleSummary>> {
                <$t>::articles_after(self, after, limit)
            }
            fn statements_by_side_after(&self, after: i64) -> Result<Vec<SideCount>> {
                <$t>::statements_by_side_after(self, after)
            }
            fn corrections(&self) -> Result<Vec<Correction>> {
                <$t>::corrections(self)
            }
            fn corrections_in_force(
                &self,
                target: Target,
            ) -> Result<HashMap<String, Vec<Correction>>> {
                <$t>::corrections_in_force(self, target)
            }
            fn orphan_corrections(&self) -> Result<Vec<Correction>> {
                <$t>::orphan_corrections(self)
            }
            fn actors_with_conflicting_sides(&self, limit: usize) -> Result<Vec<ConflictingSides>> {
                <$t>::actors_with_conflicting_sides(self, limit)
            }
        }
    };
}

impl_store_read!(Store);
#[cfg(feature = "postgres")]
impl_store_read!(crate::pg::PgStore);
impl_store_read!(AnyStore);
