//! Which store a command uses: `--db` (an SQLite file path or a PostgreSQL URL), else the
//! `DETENTE_DB` environment variable, else `detente.db` in the current folder (the default
//! INTERFACE.md gives `[--db FILE]`). Every command that
//! reads or writes the evidence store opens it through [`open`] or [`open_read_only`], as
//! one `AnyStore` whatever its engine.
use detente_store::AnyStore;
use std::path::{Path, PathBuf};

/// The environment variable naming the store when `--db` is not given.
pub const ENV: &str = "DETENTE_DB";

/// The store used when neither `--db` nor `DETENTE_DB` names one.
pub const DEFAULT: &str = "detente.db";

/// The store named by `--db`, else by `DETENTE_DB` (a path or a PostgreSQL URL), else
/// [`DEFAULT`].
pub fn location(db: Option<&Path>) -> anyhow::Result<PathBuf> {
    Ok(optional_location(db).unwrap_or_else(|| PathBuf::from(DEFAULT)))
}

/// The store named by `--db` or `DETENTE_DB` when either is given (for commands whose store
/// is optional, such as `report`, which reads no store unless one is named).
pub fn optional_location(db: Option<&Path>) -> Option<PathBuf> {
    if let Some(db) = db {
        return Some(db.to_path_buf());
    }
    std::env::var_os(ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Whether `db` names a PostgreSQL database rather than a file.
pub fn is_postgres(db: &Path) -> bool {
    db.to_str().is_some_and(detente_store::is_postgres_url)
}

/// How `db` is shown in messages (a PostgreSQL password hidden).
pub fn display(db: &Path) -> String {
    match db.to_str() {
        Some(s) if detente_store::is_postgres_url(s) => detente_store::pg::redacted(s),
        _ => db.display().to_string(),
    }
}

/// Opens the store for reading and writing (created or migrated when needed).
pub fn open(db: &Path) -> anyhow::Result<AnyStore> {
    Ok(AnyStore::open(db)?)
}

/// Opens an existing store for queries only.
pub fn open_read_only(db: &Path) -> anyhow::Result<AnyStore> {
    Ok(AnyStore::open_read_only(db)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_db_wins_and_urls_are_told_from_files() {
        let p = Path::new("talks.db");
        assert_eq!(location(Some(p)).unwrap(), p);
        assert!(is_postgres(Path::new(
            "postgresql:///news?host=/run/postgresql"
        )));
        assert!(!is_postgres(p));
        assert_eq!(
            display(Path::new("postgres://ann:secret@db.example/news")),
            "postgres://ann:***@db.example/news"
        );
    }
}
