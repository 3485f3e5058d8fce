//! The PostgreSQL engine: the evidence store in a PostgreSQL database, for a team sharing
//! one store from several machines and for bulk loads past one machine's SQLite file.
//!
//! Selected by a `postgres://` or `postgresql://` URL where a path would be given
//! (`postgres://user@host/db`, or `postgresql:///db?host=/var/run/postgresql` for a local
//! socket). Same schema versions as SQLite ([`crate::SCHEMA_VERSION`], migrations in
//! [`schema`]), same guarantees:
//! - an article's identity is the SHA-256 of its text (a unique column): ingesting it again
//!   adds nothing but another source;
//! - a batch is one transaction, so each article is stored whole or not at all;
//! - writers are serialised per batch by a transaction-scoped advisory lock (as SQLite's
//!   write lock serialises them), so that actor merging, which reads the groups a batch
//!   touches, always sees every committed batch; readers are never blocked;
//! - actors are merged by the same rules, in the same code (`aliases::merge_in`), and each
//!   actor's role and side are the majority's, so the result does not depend on the order
//!   articles came in;
//! - full-text search uses stored `tsvector` columns with GIN indexes;
//! - the corrections log is append-only (a trigger refuses updates and deletes) and is
//!   written under the same lock, so several writers share it safely.

mod copy;
mod corrections;
pub(crate) mod query;
pub(crate) mod read;
mod review;
pub(crate) mod schema;
mod write;

use crate::error::{Result, StoreError};
use crate::schema::APPLICATION_ID;
use crate::SCHEMA_VERSION;
use std::sync::{Mutex, MutexGuard};

pub use postgres;

pub use crate::engine::is_postgres_url;

/// The URL as shown in messages: any password replaced by `***`.
pub fn redacted(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, tail) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match auth.rsplit_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or("");
            format!("{scheme}://{name}:***@{host}{tail}")
        }
        _ => url.to_string(),
    }
}

/// `url` with its database replaced by `name` (user, host and query kept):
/// `postgresql://u@/a?host=/tmp` and `b` give `postgresql://u@/b?host=/tmp`. `None` when
/// `url` is not a URL.
pub fn with_database(url: &str, name: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (rest, String::new()),
    };
    let authority = before_query.split('/').next().unwrap_or("");
    Some(format!("{scheme}://{authority}/{name}{query}"))
}

/// Creates database `name` afresh (dropping any database of that name first, whoever is
/// connected to it) on the server of `url`, whose role may create databases, and returns
/// its URL. For test suites and benchmarks that each need an empty database of their own;
/// `name` must be a plain SQL identifier (letters, digits, underscores).
pub fn recreate_database(url: &str, name: &str) -> Result<String> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(StoreError::InvalidDatabaseName { name: name.into() });
    }
    let target =
        with_database(url, name).ok_or_else(|| StoreError::NotAUrl { url: redacted(url) })?;
    let mut admin = postgres::Client::connect(url, postgres::NoTls).map_err(|e| pg_err(url, e))?;
    // One statement at a time: DROP DATABASE cannot run in a multi-statement string.
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        admin.batch_execute(&sql).map_err(|e| pg_err(url, e))?;
    }
    Ok(target)
}

/// The evidence store in a PostgreSQL database. `Send + Sync`: either one connection
/// behind a mutex ([`PgStore::open`], [`PgStore::open_read_only`]: one per writer or
/// worker thread), or a pool of connections that concurrent callers share without waiting
/// for each other ([`PgStore::open_read_only_pooled`], for the dashboard).
pub struct PgStore {
    url: String,
    read_only: bool,
    /// Batches are loaded with `COPY` (the default) rather than row by row.
    copy: std::sync::atomic::AtomicBool,
    client: Conn,
}

type Pool = r2d2_postgres::r2d2::Pool<r2d2_postgres::PostgresConnectionManager<postgres::NoTls>>;
type Pooled = r2d2_postgres::r2d2::PooledConnection<
    r2d2_postgres::PostgresConnectionManager<postgres::NoTls>,
>;

enum Conn {
    One(Box<Mutex<postgres::Client>>),
    Pool(Pool),
}

/// One connection, held for one operation: the store's own, or one taken from the pool.
pub(crate) enum ConnGuard<'a> {
    One(MutexGuard<'a, postgres::Client>),
    Pool(Box<Pooled>),
}

impl std::ops::Deref for ConnGuard<'_> {
    type Target = postgres::Client;
    fn deref(&self) -> &postgres::Client {
        match self {
            ConnGuard::One(c) => c,
            ConnGuard::Pool(c) => c,
        }
    }
}

impl std::ops::DerefMut for ConnGuard<'_> {
    fn deref_mut(&mut self) -> &mut postgres::Client {
        match self {
            ConnGuard::One(c) => c,
            ConnGuard::Pool(c) => c,
        }
    }
}

/// Makes each pooled connection's session read-only when the pool opens it, and bounds
/// each of its statements to [`POOLED_STATEMENT_TIMEOUT`] (a dashboard request gives up
/// sooner; this stops the server's work on a query nobody waits for any more).
#[derive(Debug)]
struct ReadOnlySession;

impl r2d2_postgres::r2d2::CustomizeConnection<postgres::Client, postgres::Error>
    for ReadOnlySession
{
    fn on_acquire(&self, conn: &mut postgres::Client) -> std::result::Result<(), postgres::Error> {
        conn.batch_execute(SESSION)?;
        conn.batch_execute(READ_ONLY)?;
        conn.batch_execute(&format!(
            "SET statement_timeout = '{POOLED_STATEMENT_TIMEOUT}'"
        ))
    }
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("url", &redacted(&self.url))
            .finish()
    }
}

impl PgStore {
    /// Connects and brings the schema to [`SCHEMA_VERSION`] (creating it in an empty
    /// database). Refuses a database whose tables are not a detente store's, or from a
    /// newer detente, before changing anything.
    pub fn open(url: &str) -> Result<PgStore> {
        let mut client = connect(url)?;
        migrate(&mut client, url)?;
        Ok(PgStore {
            url: url.to_string(),
            read_only: false,
            copy: true.into(),
            client: Conn::One(Box::new(Mutex::new(client))),
        })
    }

    /// Connects for queries only: the database must hold a detente store at
    /// [`SCHEMA_VERSION`] (nothing is created or migrated), and every transaction of this
    /// connection is read-only, so nothing can change through it.
    pub fn open_read_only(url: &str) -> Result<PgStore> {
        let mut client = connect(url)?;
        let place = || std::path::PathBuf::from(redacted(url));
        let has_meta: bool = client
            .query_one("SELECT to_regclass('detente_meta') IS NOT NULL", &[])
            .and_then(|r| r.try_get(0))
            .map_err(|e| pg_err(url, e))?;
        if !has_meta {
            return Err(StoreError::ForeignDatabase {
                path: place(),
                reason: "it has no detente tables: nothing has been ingested into it".into(),
            });
        }
        let row = client
            .query_one(
                "SELECT application_id, schema_version FROM detente_meta",
                &[],
            )
            .map_err(|e| pg_err(url, e))?;
        let app: i64 = row.try_get(0).map_err(|e| pg_err(url, e))?;
        let version: i64 = row.try_get(1).map_err(|e| pg_err(url, e))?;
        if app != APPLICATION_ID {
            return Err(StoreError::ForeignDatabase {
                path: place(),
                reason: format!("detente_meta names application {app:#x}"),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: place(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < SCHEMA_VERSION {
            return Err(StoreError::NeedsUpgrade {
                path: place(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        client
            .batch_execute(READ_ONLY)
            .map_err(|e| pg_err(url, e))?;
        Ok(PgStore {
            url: url.to_string(),
            read_only: true,
            copy: true.into(),
            client: Conn::One(Box::new(Mutex::new(client))),
        })
    }

    /// A read-only store (checked as [`PgStore::open_read_only`] does) whose operations
    /// each take a connection from a pool of at most `max` (opened as needed, kept open,
    /// checked before reuse), so concurrent readers run in parallel. Its clones share the
    /// pool.
    pub fn open_read_only_pooled(url: &str, max: u32) -> Result<PgStore> {
        drop(PgStore::open_read_only(url)?);
        let config: postgres::Config = url.parse().map_err(|e| pg_err(url, e))?;
        let manager = r2d2_postgres::PostgresConnectionManager::new(config, postgres::NoTls);
        let pool = r2d2_postgres::r2d2::Pool::builder()
            .max_size(max.max(1))
            .min_idle(Some(1))
            .connection_customizer(Box::new(ReadOnlySession))
            .build(manager)
            .map_err(|e| StoreError::PostgresPool {
                url: redacted(url),
                message: e.to_string(),
            })?;
        Ok(PgStore {
            url: url.to_string(),
            read_only: true,
            copy: true.into(),
            client: Conn::Pool(pool),
        })
    }

    /// Another connection to the same database (migrations already done); for a pooled
    /// store, another handle on the same pool.
    pub fn try_clone(&self) -> Result<PgStore> {
        if let Conn::Pool(pool) = &self.client {
            return Ok(PgStore {
                url: self.url.clone(),
                read_only: self.read_only,
                copy: self.copy_enabled().into(),
                client: Conn::Pool(pool.clone()),
            });
        }
        let mut client = connect(&self.url)?;
        if self.read_only {
            client
                .batch_execute(READ_ONLY)
                .map_err(|e| pg_err(&self.url, e))?;
        }
        Ok(PgStore {
            url: self.url.clone(),
            read_only: self.read_only,
            copy: self.copy_enabled().into(),
            client: Conn::One(Box::new(Mutex::new(client))),
        })
    }

    /// Whether batches are written with `COPY` (default) or one statement per row (kept to
    /// measure one against the other; both store the same).
    pub fn set_copy(&self, copy: bool) {
        self.copy.store(copy, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn copy_enabled(&self) -> bool {
        self.copy.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether this connection may write (not opened with [`PgStore::open_read_only`]).
    pub fn is_writable(&self) -> bool {
        !self.read_only
    }

    /// The URL as shown in messages (password hidden).
    pub fn display_url(&self) -> String {
        redacted(&self.url)
    }

    /// A connection for one operation. From a pool this waits (at most r2d2's connection
    /// timeout, 30 s) for a free connection, and fails if none can be had (the server down,
    /// say).
    pub(crate) fn lock(&self) -> Result<ConnGuard<'_>> {
        match &self.client {
            Conn::One(m) => Ok(ConnGuard::One(
                m.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
            )),
            Conn::Pool(p) => p.get().map(|c| ConnGuard::Pool(Box::new(c))).map_err(|e| {
                StoreError::PostgresPool {
                    url: redacted(&self.url),
                    message: e.to_string(),
                }
            }),
        }
    }

    pub(crate) fn err(&self, e: postgres::Error) -> StoreError {
        pg_err(&self.url, e)
    }
}

pub(crate) fn pg_err(url: &str, e: postgres::Error) -> StoreError {
    let message = match e.as_db_error() {
        Some(db) => {
            let mut m = format!("{}: {}", db.severity(), db.message());
            if let Some(d) = db.detail() {
                m.push_str(&format!(" ({d})"));
            }
            if let Some(h) = db.hint() {
                m.push_str(&format!("; hint: {h}"));
            }
            m
        }
        None => match std::error::Error::source(&e) {
            Some(cause) => cause.to_string(),
            None => e.to_string(),
        },
    };
    StoreError::Postgres {
        url: redacted(url),
        message,
        source: e,
    }
}

/// The longest a pooled (dashboard) connection's statement may run.
pub const POOLED_STATEMENT_TIMEOUT: &str = "30s";

/// What every session of the store sets first. No just-in-time compilation: the planner
/// turns it on for statements whose estimated cost is high, and the store's are often so
/// on paper (correlated subqueries that never run) while they read a few rows; at 100,000
/// articles it took 70 of the 112 ms of `detente actors` on a 13-actor store.
const SESSION: &str = "SET jit = off";

/// A connection to `url` with the store's session settings.
fn connect(url: &str) -> Result<postgres::Client> {
    let mut client = postgres::Client::connect(url, postgres::NoTls).map_err(|e| pg_err(url, e))?;
    client.batch_execute(SESSION).map_err(|e| pg_err(url, e))?;
    Ok(client)
}

/// Makes every later transaction of a session read-only.
const READ_ONLY: &str = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";

/// The lock every writing transaction takes first (released at its end).
pub(crate) const WRITE_LOCK: &str = "SELECT pg_advisory_xact_lock($1)";

fn migrate(client: &mut postgres::Client, url: &str) -> Result<()> {
    let mut tx = client.transaction().map_err(|e| pg_err(url, e))?;
    tx.execute(WRITE_LOCK, &[&APPLICATION_ID])
        .map_err(|e| pg_err(url, e))?;
    let has_meta: bool = tx
        .query_one("SELECT to_regclass('detente_meta') IS NOT NULL", &[])
        .and_then(|r| r.try_get(0))
        .map_err(|e| pg_err(url, e))?;
    let version: i64 = if has_meta {
        let row = tx
            .query_one(
                "SELECT application_id, schema_version FROM detente_meta",
                &[],
            )
            .map_err(|e| pg_err(url, e))?;
        let app: i64 = row.try_get(0).map_err(|e| pg_err(url, e))?;
        if app != APPLICATION_ID {
            return Err(StoreError::ForeignDatabase {
                path: redacted(url).into(),
                reason: format!("detente_meta names application {app:#x}"),
            });
        }
        row.try_get(1).map_err(|e| pg_err(url, e))?
    } else {
        let clash: Option<String> = tx
            .query_opt(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = current_schema()
                   AND table_name IN ('articles', 'actors', 'quotes', 'corrections') LIMIT 1",
                &[],
            )
            .map_err(|e| pg_err(url, e))?
            .map(|r| r.get(0));
        if let Some(table) = clash {
            return Err(StoreError::ForeignDatabase {
                path: redacted(url).into(),
                reason: format!("it has a table {table} but no detente_meta"),
            });
        }
        tx.batch_execute(
            "CREATE TABLE detente_meta (application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL)",
        )
        .map_err(|e| pg_err(url, e))?;
        tx.execute(
            "INSERT INTO detente_meta VALUES ($1, 0)",
            &[&APPLICATION_ID],
        )
        .map_err(|e| pg_err(url, e))?;
        0
    };
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: redacted(url).into(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == SCHEMA_VERSION {
        return tx.commit().map_err(|e| pg_err(url, e));
    }
    let start = usize::try_from(version).unwrap_or(0);
    for sql in schema::MIGRATIONS.get(start..).unwrap_or_default() {
        tx.batch_execute(sql).map_err(|e| pg_err(url, e))?;
    }
    if start < 4 {
        // As for SQLite: a store from before the merge rules is merged now.
        write::rebuild_aliases(&mut tx).map_err(|e| pg_err(url, e))?;
    }
    tx.execute(
        "UPDATE detente_meta SET schema_version = $1",
        &[&SCHEMA_VERSION],
    )
    .map_err(|e| pg_err(url, e))?;
    tx.commit().map_err(|e| pg_err(url, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths_and_passwords_hidden() {
        assert!(is_postgres_url("postgres://u@h/db"));
        assert!(is_postgres_url("postgresql:///db?host=/run/postgresql"));
        assert!(!is_postgres_url("postgres.db"));
        assert!(!is_postgres_url("./postgresql://x"));
        assert_eq!(
            redacted("postgres://ann:secret@db.example/news"),
            "postgres://ann:***@db.example/news"
        );
        assert_eq!(redacted("postgres://ann@h/db"), "postgres://ann@h/db");
    }

    #[test]
    fn another_database_keeps_user_host_and_query() {
        assert_eq!(
            with_database("postgresql://u@/a?host=/tmp/pg", "b").as_deref(),
            Some("postgresql://u@/b?host=/tmp/pg")
        );
        assert_eq!(
            with_database("postgres://u:pw@h:5433/a", "b").as_deref(),
            Some("postgres://u:pw@h:5433/b")
        );
        assert_eq!(
            with_database("postgres://h", "b").as_deref(),
            Some("postgres://h/b")
        );
        assert_eq!(with_database("talks.db", "b"), None);
    }

    #[test]
    fn only_plain_names_are_created() {
        for bad in ["", "x; DROP TABLE y", "a-b", "naïve"] {
            assert!(matches!(
                recreate_database("postgres://nobody@127.0.0.1:1/x", bad),
                Err(StoreError::InvalidDatabaseName { .. })
            ));
        }
    }
}
