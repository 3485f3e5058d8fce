//! Which store a command uses: `--db` (an SQLite file path or a PostgreSQL URL), else the
//! `DETENTE_DB` environment variable, else a usage error naming both. Every command that
//! reads or writes the evidence store opens it through [`open`] or [`open_read_only`], as
//! one `AnyStore` whatever its engine.
use detente_store::AnyStore;
use std::path::{Path, PathBuf};

/// The environment variable naming the store when `--db` is not given.
pub const ENV: &str = "DETENTE_DB";

/// The store named by `--db`, else by `DETENTE_DB` (a path or a PostgreSQL URL).
pub fn location(db: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(db) = db {
        return Ok(db.to_path_buf());
    }
    match std::env::var_os(ENV) {
        Some(v) if !v.is_empty() => Ok(PathBuf::from(v)),
        _ => anyhow::bail!(
            "no evidence store named: pass --db FILE (an SQLite file) or --db postgres://user@host/db, \
             or set {ENV} to one of them"
        ),
    }
}

/// The store named by `--db` or `DETENTE_DB` when either is given (for commands whose store
/// is optional).
pub fn optional_location(db: Option<&Path>) -> Option<PathBuf> {
    location(db).ok()
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
