//! Which store a command uses: `--db`, else `DETENTE_DB`, else a usage error naming both.

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
fn without_db_or_detente_db_commands_say_how_to_name_a_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles");
    for args in [
        vec!["quotes"],
        vec!["timeline"],
        vec!["ingest", articles.to_str().expect("utf-8")],
        vec!["corrections", "list"],
        vec!["actors", "merge", "1", "2"],
    ] {
        let out = run(&args, None, dir.path());
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--db") && err.contains("DETENTE_DB"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("dir").count(),
        0,
        "nothing was created"
    );
}
