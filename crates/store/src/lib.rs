//! The evidence store: articles and what was extracted from them (actors, quotes, claims,
//! dates), each record pointing back to its article and byte span, in one SQLite file.
//!
//! Guarantees (see `docs/store.md`):
//! - an article's identity is the SHA-256 of its text: ingesting it again, under any name,
//!   adds nothing (the other name is kept as an extra source);
//! - an article and all its evidence are written in one transaction, so a kill at any
//!   moment leaves each article either whole or absent, and a rerun completes the work;
//! - WAL journal, a busy timeout and retries let several writers and readers share a file;
//! - a file that is not SQLite, not a detente store, read-only or from a newer detente is
//!   refused with an error naming it, before anything is written.
//!
//! [`AnyStore`] is the one interface over both engines (SQLite's [`Store`], PostgreSQL's
//! `pg::PgStore`), opened from a `--db` value; commands and the dashboard use it.
//!
//! [`Store`] is `Send + Sync`: it keeps one connection behind a mutex; a server that wants
//! parallel reads opens one read-only `Store` per worker (opening is cheap) or calls
//! [`Store::try_clone`].

mod aliases;
pub mod corrections;
mod dates;
pub mod deadline;
mod engine;
mod error;
pub mod evidence;
#[cfg(feature = "postgres")]
pub mod pg;
mod query;
pub mod review_queries;
mod reviewed;
mod schema;
mod search;
mod since;
mod sink;
mod write;

pub use corrections::{ConflictingSides, Correction, ImportOutcome, Review, ReviewedField};
pub use dates::DayRange;
pub use deadline::with_deadline;
pub use engine::{is_postgres_url, AnyStore, StoreRead};
pub use error::{Result, StoreError};
pub use evidence::{ingest_evidence, ArticleRecord, EvidenceReader, EvidenceReport};
pub use query::{
    ActorFilter, ActorRow, ArticleActorRow, ArticleDetail, ArticleSummary, ClaimRow, DateRow,
    MentionRow, QuoteFilter, QuoteRow, StoreStats, TimelineEntry, TimelineFilter, TimelineKind,
};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use search::{SearchHit, SearchHitKind, SearchOptions};
pub use since::SideCount;
pub use sink::EvidenceSink;
pub use write::{ArticleWithEvidence, BatchOutcome};

use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// How long one statement waits for another connection's lock before SQLite reports busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// How many times a busy write transaction is retried (each after a full busy timeout).
const BUSY_RETRIES: u32 = 60;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The evidence store over one SQLite file.
pub struct Store {
    path: PathBuf,
    writable: bool,
    conn: Mutex<Connection>,
    /// Declared after `conn` so that it is dropped after the connection is closed.
    _open: OpenFile,
}

/// How many connections this process has open on each database file.
static OPEN_FILES: Mutex<Vec<(PathBuf, usize)>> = Mutex::new(Vec::new());

/// This process's registration of one open connection on a file.
///
/// The header check reads the file with an ordinary file descriptor, and closing any
/// descriptor on a file drops every POSIX lock this process holds on it, SQLite's included:
/// another process could then take the file for its last user, checkpoint and delete the
/// WAL under a live writer, and corrupt the database. So the file is read only while this
/// process has no connection on it (it was checked when the first one was opened), under
/// the registry's mutex so that no connection opens meanwhile.
struct OpenFile {
    key: PathBuf,
}

impl OpenFile {
    fn register(path: &Path, check_header: bool) -> Result<OpenFile> {
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| {
            let parent = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            match (std::fs::canonicalize(parent), path.file_name()) {
                (Ok(dir), Some(name)) => dir.join(name),
                _ => path.to_path_buf(),
            }
        });
        let mut open = OPEN_FILES
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match open.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => {
                if check_header {
                    check_sqlite_header(path)?;
                }
                open.push((key.clone(), 1));
            }
        }
        Ok(OpenFile { key })
    }
}

impl Drop for OpenFile {
    fn drop(&mut self) {
        let mut open = OPEN_FILES
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(i) = open.iter().position(|(k, _)| *k == self.key) {
            open[i].1 -= 1;
            if open[i].1 == 0 {
                open.swap_remove(i);
            }
        }
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("writable", &self.writable)
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) a store for reading and writing, migrating its schema
    /// to [`SCHEMA_VERSION`]. Refuses, without writing anything, a file that is read-only,
    /// not SQLite, another program's database, or from a newer detente.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let exists = match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                return Err(StoreError::Io {
                    path,
                    source: std::io::Error::other("is a folder, not a database file"),
                })
            }
            // Checked by hand because SQLite would quietly fall back to read-only, and
            // because root ignores permission bits when opening.
            Ok(meta) if meta.permissions().readonly() => return Err(StoreError::ReadOnly { path }),
            Ok(_) => true,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(source) => return Err(StoreError::Io { path, source }),
        };
        let open_file = OpenFile::register(&path, exists)?;
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| sql_err(&path, e))?;
        if conn
            .is_readonly(rusqlite::DatabaseName::Main)
            .unwrap_or(true)
        {
            return Err(StoreError::ReadOnly { path });
        }
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| sql_err(&path, e))?;
        deadline::install(&conn);
        let version = check_identity(&conn, &path)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        retry_busy(&path, || {
            conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
                .map(|_| ())
        })?;
        conn.execute_batch(
            "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8192;
             PRAGMA cache_size=-32768;",
        )
        .map_err(|e| sql_err(&path, e))?;
        let mut conn = conn;
        if version < SCHEMA_VERSION {
            migrate(&mut conn, &path)?;
        }
        Ok(Store {
            path,
            writable: true,
            conn: Mutex::new(conn),
            _open: open_file,
        })
    }

    /// Opens an existing store for queries only (`SQLITE_OPEN_READ_ONLY`): nothing in the
    /// file can change through it.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                return Err(StoreError::Io {
                    path,
                    source: std::io::Error::other("is a folder, not a database file"),
                })
            }
            Ok(meta) if meta.len() == 0 => {
                return Err(StoreError::ForeignDatabase {
                    path,
                    reason: "the file is empty: nothing has been ingested into it".into(),
                })
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::Missing { path })
            }
            Err(source) => return Err(StoreError::Io { path, source }),
        }
        let open_file = OpenFile::register(&path, true)?;
        let (conn, version) = match open_read_only_connection(&path, false) {
            Ok(found) => found,
            // A WAL database needs its `-shm` file, which a read-only folder cannot hold:
            // such a store (a CD, a read-only share) is opened as immutable instead.
            Err(StoreError::Sqlite {
                source: rusqlite::Error::SqliteFailure(f, _),
                ..
            }) if matches!(
                f.code,
                rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly
            ) =>
            {
                open_read_only_connection(&path, true)?
            }
            Err(e) => return Err(e),
        };
        if version == 0 {
            return Err(StoreError::ForeignDatabase {
                path,
                reason: "it has no detente tables: nothing has been ingested into it".into(),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < SCHEMA_VERSION {
            return Err(StoreError::NeedsUpgrade {
                path,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(Store {
            path,
            writable: false,
            conn: Mutex::new(conn),
            _open: open_file,
        })
    }

    /// Another handle on the same file, in the same mode, with its own connection.
    pub fn try_clone(&self) -> Result<Store> {
        if self.writable {
            Store::open(&self.path)
        } else {
            Store::open_read_only(&self.path)
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_writable(&self) -> bool {
        self.writable
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic in another thread while holding the lock cannot leave the connection in a
        // half-done state that matters: an open transaction is rolled back on drop.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        sql_err(&self.path, e)
    }
}

/// A read-only connection on `path` and the store's schema version. `immutable` tells
/// SQLite that nothing changes the file while it is open, so it needs no `-shm` or lock
/// files beside it (and sees no later writes).
fn open_read_only_connection(path: &Path, immutable: bool) -> Result<(Connection, i64)> {
    let conn = if immutable {
        Connection::open_with_flags(
            format!("file:{}?immutable=1", uri_path(path)),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
    } else {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    }
    .map_err(|e| sql_err(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| sql_err(path, e))?;
    deadline::install(&conn);
    let version = check_identity(&conn, path)?;
    Ok((conn, version))
}

/// `path` as the path part of an SQLite `file:` URI: `%`, `?` and `#` are escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn sql_err(path: &Path, e: rusqlite::Error) -> StoreError {
    if error::is_not_a_database(&e) {
        StoreError::NotADatabase {
            path: path.to_path_buf(),
        }
    } else if deadline::is_interrupt(&e) {
        StoreError::Interrupted {
            path: path.to_path_buf(),
        }
    } else if error::is_busy(&e) {
        StoreError::Busy {
            path: path.to_path_buf(),
        }
    } else {
        StoreError::Sqlite {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

/// Runs `f` again while SQLite reports the database busy or locked.
pub(crate) fn retry_busy<T>(path: &Path, mut f: impl FnMut() -> rusqlite::Result<T>) -> Result<T> {
    let mut attempt = 0;
    loop {
        match f() {
            Ok(v) => return Ok(v),
            Err(e) if error::is_busy(&e) && attempt < BUSY_RETRIES => {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(20 * u64::from(attempt.min(10))));
            }
            Err(e) => return Err(sql_err(path, e)),
        }
    }
}

/// Refuses a non-empty file whose first bytes are not SQLite's header, before SQLite
/// opens it (so nothing, not even a journal, is created beside it).
fn check_sqlite_header(path: &Path) -> Result<()> {
    let mut file = std::fs::File::open(path).map_err(|source| StoreError::Io {
        path: path.into(),
        source,
    })?;
    let mut head = [0u8; 16];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.into(),
                    source,
                })
            }
        }
    }
    if got == 0 || (got == head.len() && &head == SQLITE_MAGIC) {
        Ok(())
    } else {
        Err(StoreError::NotADatabase { path: path.into() })
    }
}

/// Checks that the file is a detente store (or empty) and returns its schema version.
fn check_identity(conn: &Connection, path: &Path) -> Result<i64> {
    let read = |sql: &str| retry_busy(path, || conn.query_row(sql, [], |r| r.get::<_, i64>(0)));
    let app_id = read("PRAGMA application_id")?;
    let version = read("PRAGMA user_version")?;
    if app_id == schema::APPLICATION_ID {
        if version < 0 {
            return Err(StoreError::SchemaMismatch {
                path: path.into(),
                found: version,
                reason: "no detente writes a negative version".into(),
            });
        }
        return Ok(version);
    }
    if app_id != 0 {
        return Err(StoreError::ForeignDatabase {
            path: path.into(),
            reason: format!("its application id is {app_id:#x}"),
        });
    }
    let tables = read("SELECT count(*) FROM sqlite_master")?;
    if version != 0 || tables != 0 {
        return Err(StoreError::ForeignDatabase {
            path: path.into(),
            reason: format!("it holds {tables} schema objects of another program"),
        });
    }
    Ok(0)
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let mut attempt = 0;
    loop {
        let tx = match conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate) {
            Ok(tx) => tx,
            Err(e) if error::is_busy(&e) && attempt < BUSY_RETRIES => {
                attempt += 1;
                continue;
            }
            Err(e) => return Err(sql_err(path, e)),
        };
        // Re-read under the write lock: another process may have migrated meanwhile.
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| sql_err(path, e))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.into(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let start = usize::try_from(version).unwrap_or(0);
        for sql in schema::MIGRATIONS.get(start..).unwrap_or_default() {
            // A migration that does not apply means the version was not the tables' own:
            // say so in one line rather than show SQLite's complaint about a statement.
            tx.execute_batch(sql).map_err(|e| match e {
                // SQLITE_ERROR: a table or column already there, or missing.
                rusqlite::Error::SqliteFailure(f, Some(msg))
                | rusqlite::Error::SqlInputError { error: f, msg, .. }
                    if f.code == rusqlite::ErrorCode::Unknown =>
                {
                    StoreError::SchemaMismatch {
                        path: path.into(),
                        found: version,
                        reason: msg.chars().take(120).collect(),
                    }
                }
                e => sql_err(path, e),
            })?;
        }
        // Schemas 2 and 4 merge actors' names: a store written before them is merged again
        // here, under the current rules (schema 4 records which rules made the aliases).
        if start < 4 {
            aliases::rebuild_all(&tx).map_err(|e| sql_err(path, e))?;
        }
        tx.execute_batch(&format!(
            "PRAGMA application_id = {}; PRAGMA user_version = {};",
            schema::APPLICATION_ID,
            SCHEMA_VERSION
        ))
        .map_err(|e| sql_err(path, e))?;
        return tx.commit().map_err(|e| sql_err(path, e));
    }
}

#[cfg(test)]
mod read_only_tests {
    use super::*;

    #[test]
    fn an_immutable_connection_reads_a_wal_store_without_its_side_files() {
        let dir = std::env::temp_dir().join(format!("detente ro?#% {}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.db");
        drop(Store::open(&path).unwrap());
        for extra in ["t.db-wal", "t.db-shm"] {
            let _ = std::fs::remove_file(dir.join(extra));
        }
        let (conn, version) = open_read_only_connection(&path, true).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        drop(conn);
        assert!(!dir.join("t.db-shm").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
