//! The command line on a PostgreSQL store (`--db postgres://...`), against a real server
//! named by `DETENTE_TEST_POSTGRES` (see docs/scale.md); each test uses a fresh database of
//! its own. Unset, the tests say SKIPPED on standard error and check nothing.

use std::path::Path;
use std::process::{Command, Output};

const ENV: &str = "DETENTE_TEST_POSTGRES";

fn fresh_db(test: &str) -> Option<String> {
    let Ok(url) = std::env::var(ENV) else {
        eprintln!("SKIPPED {test}: {ENV} is not set, so `--db postgres://` was not tested");
        return None;
    };
    let name = format!("detente_cli_{test}");
    let mut admin = postgres::Client::connect(&url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("{ENV}={url}: cannot connect: {e}"));
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        admin
            .batch_execute(&sql)
            .unwrap_or_else(|e| panic!("{sql}: {e:?}"));
    }
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let (before, query) = match rest.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (rest, String::new()),
    };
    let authority = before.split('/').next().unwrap_or("");
    Some(format!("{scheme}://{authority}/{name}{query}"))
}

fn detente(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .output()
        .expect("run detente");
    assert!(
        out.status.success(),
        "detente {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// JSON rows without the row ids, which differ between engines.
fn rows_without_ids(out: &Output) -> Vec<serde_json::Value> {
    let mut v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON rows");
    for row in &mut v {
        if let Some(obj) = row.as_object_mut() {
            for k in ["id", "article_id", "speaker_id", "quote_id"] {
                obj.remove(k);
            }
        }
    }
    v
}

#[test]
fn ingest_quotes_actors_and_search_on_postgres_match_sqlite() {
    let Some(url) = fresh_db("same_as_sqlite") else {
        return;
    };
    let Some(url2) = fresh_db("from_evidence") else {
        return;
    };
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles");
    let articles = articles.to_str().expect("utf-8 path");
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = dir.path().join("ref.db");
    let sqlite = sqlite.to_str().expect("utf-8 path");
    detente(&["ingest", "-q", "--db", sqlite, articles]);
    let first = detente(&["ingest", "-q", "--db", &url, articles]);
    assert!(String::from_utf8_lossy(&first.stdout).contains(" 0 already stored"));
    let again = detente(&["ingest", "-q", "--db", &url, articles]);
    assert!(String::from_utf8_lossy(&again.stdout).contains(" 0 new,"));
    // Evidence extracted elsewhere loads into the same store.
    let ev = detente(&["extract", "--with-text", "--format", "jsonl", articles]);
    let ev_file = dir.path().join("ev.jsonl");
    std::fs::write(&ev_file, &ev.stdout).expect("write");
    detente(&[
        "ingest",
        "--evidence",
        "--db",
        &url2,
        ev_file.to_str().expect("utf-8"),
    ]);
    for query in [
        vec!["quotes", "--machine", "--format", "json"],
        vec!["quotes", "--machine", "--format", "json", "--claims"],
        vec![
            "quotes",
            "--machine",
            "--format",
            "json",
            "--speaker",
            "zelensky",
        ],
        vec!["actors", "--machine", "--format", "json"],
    ] {
        let with = |db: &str| {
            let mut args = query.clone();
            args.extend(["--db", db]);
            rows_without_ids(&detente(&args))
        };
        let reference = with(sqlite);
        assert!(!reference.is_empty(), "{query:?} found nothing on SQLite");
        assert_eq!(
            reference,
            with(&url),
            "{query:?}: PostgreSQL differs from SQLite"
        );
        assert_eq!(
            reference,
            with(&url2),
            "{query:?}: the evidence load differs"
        );
    }
    let hits = detente(&["search", "--db", &url, "--format", "json", "ceasefire"]);
    let hits: Vec<serde_json::Value> = serde_json::from_slice(&hits.stdout).expect("JSON");
    assert!(!hits.is_empty());
}
