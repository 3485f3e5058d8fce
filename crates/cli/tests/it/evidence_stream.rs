//! Extraction as a stream (`detente extract -`, `--with-text`) and loading its output
//! (`detente ingest --evidence`): a store loaded from extracted evidence must equal the store
//! that ingesting the articles themselves makes, table by table and record by record.

use rusqlite::Connection;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::*;

fn detente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles")
}

fn ok(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `args` run with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = detente()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start detente");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for detente");
    writer.join().expect("writer thread");
    out
}

/// Generated JSONL articles (with ids, one repeated under another id).
fn generated_jsonl(n: usize) -> String {
    let mut rng = SplitMix(0x0e71_de9c_e000_0017);
    let mut out = String::new();
    let mut first = String::new();
    for i in 0..n {
        let (title, body) = article_text(&mut rng, 3_000_000 + i);
        let date = format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        if i == 0 {
            first = body.clone();
        }
        out.push_str(&format!(
            "{{\"id\": \"gen-{i}\", \"title\": {}, \"date\": \"{date}\", \"text\": {}}}\n",
            json_string(&title),
            json_string(&body)
        ));
    }
    out.push_str(&format!(
        "{{\"id\": \"gen-again\", \"text\": {}}}\n",
        json_string(&first)
    ));
    out
}

fn tables(db: &Path, skip: &[(&str, &str)]) -> BTreeMap<String, Vec<String>> {
    let conn = Connection::open(db).expect("open");
    check_integrity(&conn, db);
    read_tables(&conn, skip)
}

fn assert_same_stores(a: &Path, b: &Path, skip: &[(&str, &str)]) {
    let (ta, tb) = (tables(a, skip), tables(b, skip));
    assert!(
        ta.get("quotes").is_some_and(|q| !q.is_empty()),
        "the reference store holds no quotes: the comparison would prove nothing"
    );
    for (name, rows_a) in &ta {
        assert_eq!(Some(rows_a), tb.get(name), "table {name} differs");
    }
    assert_eq!(ta.len(), tb.len());
}

#[test]
fn evidence_extracted_from_files_loads_into_the_same_store_as_the_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus dir");
    for entry in std::fs::read_dir(examples()).expect("examples") {
        let p = entry.expect("entry").path();
        if p.extension().is_some_and(|e| e != "md") {
            std::fs::copy(&p, corpus.join(p.file_name().expect("name"))).expect("copy");
        }
    }
    std::fs::write(corpus.join("generated.jsonl"), generated_jsonl(40)).expect("write");
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let corpus_s = corpus.to_str().expect("utf-8 path");
    ok(
        detente()
            .args(["ingest", "-q", "--batch", "7", "--db"])
            .arg(&a)
            .arg(corpus_s)
            .output()
            .expect("ingest"),
        "ingest",
    );
    let ev = ok(
        detente()
            .args(["extract", "--with-text", "--format", "jsonl", corpus_s])
            .output()
            .expect("extract"),
        "extract --with-text",
    );
    let ev_file = dir.path().join("evidence.jsonl");
    std::fs::write(&ev_file, &ev.stdout).expect("write evidence");
    ok(
        detente()
            .args(["ingest", "--evidence", "--batch", "5", "--db"])
            .arg(&b)
            .arg(&ev_file)
            .output()
            .expect("ingest --evidence"),
        "ingest --evidence",
    );
    assert_same_stores(&a, &b, &[]);
    // Loading it again adds nothing.
    let again = ok(
        detente()
            .args(["ingest", "--evidence", "--db"])
            .arg(&b)
            .arg(&ev_file)
            .output()
            .expect("ingest --evidence again"),
        "ingest --evidence again",
    );
    assert!(
        String::from_utf8_lossy(&again.stdout).contains(" 0 new,"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    assert_same_stores(&a, &b, &[]);
}

#[test]
fn articles_piped_through_extract_and_ingest_make_the_store_that_ingest_makes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let jsonl = generated_jsonl(60);
    let articles = dir.path().join("articles.jsonl");
    std::fs::write(&articles, &jsonl).expect("write");
    let ev = ok(
        run_with_stdin(&["extract", "--format", "jsonl", "-"], jsonl.as_bytes()),
        "extract -",
    );
    // Deterministic: the same input gives the same bytes.
    let ev2 = run_with_stdin(&["extract", "--format", "jsonl", "-"], jsonl.as_bytes());
    assert_eq!(ev.stdout, ev2.stdout, "extract - is not deterministic");
    // Every record names its article by the SHA-256 of the article's text.
    let mut current = String::new();
    let mut articles_seen = 0;
    for line in String::from_utf8(ev.stdout.clone()).expect("utf-8").lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let hash = v["content_hash"]
            .as_str()
            .expect("content_hash")
            .to_string();
        if v["type"] == "article" {
            articles_seen += 1;
            assert!(v["text"].is_string() && v["source"].is_string(), "{line}");
            current = hash;
        } else {
            assert_eq!(hash, current, "{line}");
        }
    }
    assert_eq!(articles_seen, 61);
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
    ok(
        detente()
            .args(["ingest", "-q", "--db"])
            .arg(&a)
            .arg(&articles)
            .output()
            .expect("ingest"),
        "ingest",
    );
    let b_s = b.to_str().expect("utf-8 path");
    ok(
        run_with_stdin(&["ingest", "--evidence", "--db", b_s, "-"], &ev.stdout),
        "ingest --evidence -",
    );
    // Sources differ by design: `articles.jsonl:N` against `-:N`.
    let skip = [
        ("articles", "source_path"),
        ("article_sources", "source_path"),
    ];
    assert_same_stores(&a, &b, &skip);
}

#[test]
fn an_empty_partition_gives_no_output_and_success() {
    let out = ok(
        run_with_stdin(&["extract", "--format", "jsonl", "-"], b""),
        "extract - on nothing",
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_broken_evidence_stream_is_refused_with_its_line_and_stores_nothing_after_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let jsonl = generated_jsonl(3);
    let ev = ok(
        run_with_stdin(&["extract", "--format", "jsonl", "-"], jsonl.as_bytes()),
        "extract -",
    );
    let mut text = String::from_utf8(ev.stdout).expect("utf-8");
    text.push_str("{\"type\": \"quote\", \"start\": 1\n");
    let bad_line = text.lines().count();
    let file = dir.path().join("ev.jsonl");
    std::fs::write(&file, &text).expect("write");
    let db = dir.path().join("x.db");
    let out = detente()
        .args(["ingest", "--evidence", "--db"])
        .arg(&db)
        .arg(&file)
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("ev.jsonl:{bad_line}:")),
        "no line {bad_line} in: {err}"
    );
    let mixed = detente()
        .args(["extract", "-", "other.txt"])
        .output()
        .expect("run");
    assert!(!mixed.status.success());
}
