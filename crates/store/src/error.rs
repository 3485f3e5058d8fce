//! Errors of the evidence store. Every variant that concerns a file names it, so the CLI can
//! print one clear line without adding context of its own.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: not an SQLite database (the file exists but its header is not SQLite's); nothing was changed", path.display())]
    NotADatabase { path: PathBuf },

    #[error("{}: an SQLite database, but not a detente evidence store ({reason}); nothing was changed", path.display())]
    ForeignDatabase { path: PathBuf, reason: String },

    #[error("{}: the database file is read-only; nothing was changed (make it writable or pass another --db)", path.display())]
    ReadOnly { path: PathBuf },

    #[error("{}: no database here (run `detente ingest --db {}` first)", path.display(), path.display())]
    Missing { path: PathBuf },

    #[error("{}: the database has schema version {found}, newer than the {supported} this detente knows; use a newer detente", path.display())]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("{}: the database has schema version {found} and needs upgrading to {supported}; open it for writing once (e.g. `detente ingest`)", path.display())]
    NeedsUpgrade {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("{}: the database says schema version {found}, which does not match its tables ({reason}); was `PRAGMA user_version` edited? Set it back to the version that wrote the file, or ingest again into a new database; nothing was changed", path.display())]
    SchemaMismatch {
        path: PathBuf,
        found: i64,
        reason: String,
    },

    #[error("{}: the database is busy (another process held its write lock for too long); try again", path.display())]
    Busy { path: PathBuf },

    #[error("{}: the query ran past its time limit and was stopped; narrow it (fewer or longer words) and try again", path.display())]
    Interrupted { path: PathBuf },

    #[error("{}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("invalid {what} date {value:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    InvalidDate { what: &'static str, value: String },

    #[error("invalid search {query:?}: {reason}")]
    InvalidSearch { query: String, reason: String },

    #[error("invalid correction: {reason}")]
    InvalidCorrection { reason: String },

    #[error("{input}:{line}:{column}: {message}")]
    BadEvidence {
        input: String,
        line: usize,
        column: usize,
        message: String,
    },

    #[cfg(feature = "postgres")]
    #[error("{url}: {message}")]
    Postgres {
        url: String,
        /// The server's message (with its detail and hint) or the client's.
        message: String,
        #[source]
        source: postgres::Error,
    },

    #[error("{url}: not a URL (scheme://user@host/database)")]
    NotAUrl { url: String },

    #[error("`{name}` is not a plain database name (letters, digits and underscores)")]
    InvalidDatabaseName { name: String },

    #[error("{url}: no connection from the pool: {message}")]
    PostgresPool { url: String, message: String },

    #[error("{url}: this detente was built without the PostgreSQL engine (the `postgres` cargo feature of detente-store)")]
    NoPostgres { url: String },

    #[error("the store is opened read-only; {operation} needs a writable store")]
    NotWritable { operation: &'static str },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether an error is SQLite saying that another connection holds a lock; such errors are
/// retried rather than reported.
pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

pub(crate) fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase
    )
}
