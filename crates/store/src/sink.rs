//! Where evidence is written: the one write interface every store engine offers to the
//! ingest pipeline (`detente-ingest`) and to `ingest --evidence`.

use crate::error::Result;
use crate::write::{ArticleWithEvidence, BatchOutcome};
use crate::Store;
use std::collections::HashSet;

/// Where ingest writes: a store engine (SQLite's [`Store`], PostgreSQL's `pg::PgStore`).
pub trait EvidenceSink: Sync {
    /// Which of these content hashes are already stored.
    fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>>;
    /// Stores a batch in one transaction (see [`Store::ingest_batch`]).
    fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome>;
}

impl EvidenceSink for Store {
    fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>> {
        Store::known_hashes(self, hashes)
    }
    fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome> {
        Store::ingest_batch(self, batch)
    }
}

#[cfg(feature = "postgres")]
impl EvidenceSink for crate::pg::PgStore {
    fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>> {
        crate::pg::PgStore::known_hashes(self, hashes)
    }
    fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome> {
        crate::pg::PgStore::ingest_batch(self, batch)
    }
}
