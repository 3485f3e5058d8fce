//! Which store a command uses: `--db`, else `DETENTE_DB`, else `detente.db` in the current
//! folder (INTERFACE.md's `[--db FILE]`).

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str], db_env: Option<&str>, cwd: &Path) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_detente"));
    c.args(args).current_dir(cwd).env_remove("DETENTE_DB");
    if let Some(v) = db_env {
        c.env("DETENTE_DB", v);
    }
    c.output().expect("run detente")
}

#[test]
fn detente_db_names_the_store_when_db_is_not_given() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles");
    let env_db = dir.path().join("from-env.db");
    let env_db = env_db.to_str().expect("utf-8");
    let out = run(
        &["ingest", "-q", articles.to_str().expect("utf-8")],
        Some(env_db),
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(Path::new(env_db).exists());
    assert!(!dir.path().join("detente.db").exists());
    let quotes = run(&["quotes", "--format", "json"], Some(env_db), dir.path());
    assert!(quotes.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&quotes.stdout).expect("JSON");
    assert!(!rows.is_empty());
    // --db wins over the variable.
    let other = dir.path().join("other.db");
    let out = run(
        &["timeline", "--db", other.to_str().expect("utf-8")],
        Some(env_db),
        dir.path(),
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("other.db"));
}

#[test]
fn without_db_or_detente_db_the_store_is_detente_db_here() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles");
    // Reading a store that does not exist fails, naming it, and creates nothing.
    let out = run(&["quotes"], None, dir.path());
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("detente.db"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
    let out = run(
        &["ingest", "-q", articles.to_str().expect("utf-8")],
        None,
        dir.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("detente.db").exists());
    let quotes = run(&["quotes", "--format", "json"], None, dir.path());
    assert!(quotes.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&quotes.stdout).expect("JSON");
    assert!(!rows.is_empty());
}
