//! Crash safety of `detente ingest`: SIGKILL at random moments, many times, must never
//! corrupt the store, lose an article or duplicate any evidence.
//!
//! A generated corpus (jsonl, txt and html, with quotes, claims and dates, and a few texts
//! repeated under other names) is ingested once without interruption as the reference.
//! Then, in episodes on fresh databases, the same command is started again and again and
//! killed after a random 20–400 ms until a run finishes by itself. After each episode the
//! database must pass `PRAGMA integrity_check`, the FTS5 integrity checks and the foreign-key
//! check, hold every distinct input text exactly once, and hold exactly the reference's
//! evidence records, compared record by record (keyed by content hash and byte span, since
//! row ids differ between runs).
//!
//! The kill moments are drawn from a fixed seed; the test counts only kills that hit a
//! running process and goes on until at least [`MIN_KILLS`] did.

use rusqlite::{Connection, OpenFlags};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MIN_KILLS: usize = 24;
/// Upper bound on episodes, so that a store that never finishes cannot loop forever.
const MAX_EPISODES: usize = 40;
const SEED: u64 = 0x5eed_c0de_2026;

use crate::common;
use common::*;

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Writes the corpus into `dir`; returns how many distinct article texts it holds.
fn write_corpus(dir: &Path, jsonl_articles: usize, txt_files: usize, html_files: usize) -> usize {
    let mut rng = SplitMix(SEED);
    let mut distinct = 0;
    let mut repeated_texts: Vec<String> = Vec::new();
    std::fs::create_dir_all(dir.join("txt")).expect("corpus dir");
    std::fs::create_dir_all(dir.join("html/deeper")).expect("corpus dir");
    for i in 0..txt_files {
        let (title, body) = article_text(&mut rng, 1_000_000 + i);
        let date = format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let text = format!("title: {title}\ndate: {date}\nsource: Generated Wire\n\n{body}");
        if i % 10 == 0 {
            repeated_texts.push(text.clone());
        }
        std::fs::write(dir.join(format!("txt/article-{i:04}.txt")), text).expect("write txt");
        distinct += 1;
    }
    for i in 0..html_files {
        let (title, body) = article_text(&mut rng, 2_000_000 + i);
        let date = format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let paras: String = body
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| format!("<p>{}</p>\n", html_escape(p.trim())))
            .collect();
        let page = format!(
            "<!doctype html><html><head><title>{t}</title>\
             <meta property=\"article:published_time\" content=\"{date}T09:00:00Z\"></head>\
             <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
             <article><h1>{t}</h1>\n{paras}</article>\
             <footer>Subscribe to our newsletter</footer></body></html>",
            t = html_escape(&title)
        );
        let sub = if i % 2 == 0 { "html" } else { "html/deeper" };
        std::fs::write(dir.join(format!("{sub}/page-{i:04}.html")), page).expect("write html");
        distinct += 1;
    }
    // Two jsonl files: most articles, and a second one that also repeats some txt texts
    // (the same article under another name must still be stored once).
    let half = jsonl_articles / 2;
    for (file, range) in [("a.jsonl", 0..half), ("b.jsonl", half..jsonl_articles)] {
        let mut out = String::new();
        for i in range {
            let (title, body) = article_text(&mut rng, i);
            let date = format!("2023-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
            let _ = writeln!(
                out,
                "{{\"id\":\"wire-{i}\",\"title\":{},\"date\":\"{date}\",\"url\":\"https://news.example/{i}\",\"text\":{}}}",
                json_string(&title),
                json_string(&body)
            );
            distinct += 1;
        }
        if file == "b.jsonl" {
            for (k, text) in repeated_texts.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{{\"id\":\"repeat-{k}\",\"title\":\"Repeat\",\"text\":{}}}",
                    json_string(text)
                );
            }
        }
        std::fs::write(dir.join(file), out).expect("write jsonl");
    }
    distinct
}

/// Everything stored, table by table, as sorted records (see [`read_tables`]).
#[derive(Debug, PartialEq, Eq, Default)]
struct Snapshot {
    tables: BTreeMap<String, Vec<String>>,
}

impl Snapshot {
    fn len(&self, table: &str) -> usize {
        self.tables.get(table).map_or(0, Vec::len)
    }

    fn counts(&self) -> String {
        self.tables
            .iter()
            .map(|(t, rows)| format!("{} {t}", rows.len()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The first differences per table, for a readable failure.
    fn diff(&self, other: &Snapshot) -> String {
        let mut out = String::new();
        let empty = Vec::new();
        let names: BTreeSet<&String> = self.tables.keys().chain(other.tables.keys()).collect();
        for table in names {
            let count = |rows: &Vec<String>| {
                rows.iter()
                    .fold(BTreeMap::<String, usize>::new(), |mut m, r| {
                        *m.entry(r.clone()).or_default() += 1;
                        m
                    })
            };
            let a = count(self.tables.get(table).unwrap_or(&empty));
            let b = count(other.tables.get(table).unwrap_or(&empty));
            let mut shown = 0;
            for key in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
                let (n, m) = (
                    a.get(key).copied().unwrap_or(0),
                    b.get(key).copied().unwrap_or(0),
                );
                if n != m && shown < 5 {
                    let _ = writeln!(
                        out,
                        "  {table}: {n} in the clean run, {m} in the other: {key}"
                    );
                    shown += 1;
                }
            }
        }
        out
    }
}

/// Checks the database's integrity and reads everything in it.
fn inspect(db: &Path) -> Snapshot {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .unwrap_or_else(|e| panic!("open {}: {e}", db.display()));
    check_integrity(&conn, db);
    let dup_hashes = rows(
        &conn,
        "SELECT content_hash, COUNT(*) FROM articles GROUP BY content_hash HAVING COUNT(*) > 1",
    );
    assert!(
        dup_hashes.is_empty(),
        "articles stored twice: {dup_hashes:?}"
    );
    Snapshot {
        tables: read_tables(&conn, &[]),
    }
}

fn ingest_command(db: &Path, corpus: &Path, batch: usize) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_detente"));
    cmd.arg("ingest")
        .arg("--db")
        .arg(db)
        .arg("--quiet")
        .arg("--batch")
        .arg(batch.to_string())
        .arg(corpus)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    cmd
}

fn run_to_completion(db: &Path, corpus: &Path, batch: usize, err_file: &Path) {
    let status = ingest_command(db, corpus, batch)
        .stderr(std::fs::File::create(err_file).expect("stderr file"))
        .status()
        .expect("spawn detente ingest");
    let stderr = std::fs::read_to_string(err_file).unwrap_or_default();
    assert!(
        status.success(),
        "detente ingest failed ({status}): {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn ingest_survives_repeated_sigkill() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let corpus: PathBuf = scratch.path().join("corpus");
    let distinct = write_corpus(&corpus, 6000, 120, 60);
    let reference_db = scratch.path().join("reference.db");
    let err_file = scratch.path().join("stderr.txt");

    let started = Instant::now();
    run_to_completion(&reference_db, &corpus, 512, &err_file);
    let clean_run = started.elapsed();
    let reference = inspect(&reference_db);
    eprintln!("reference ({clean_run:?}): {}", reference.counts());
    assert_eq!(
        reference.len("articles"),
        distinct,
        "reference run stores each distinct text once"
    );
    assert!(
        reference.len("dates") > 0,
        "the corpus is written to yield dated evidence; none was stored"
    );

    let mut rng = SplitMix(SEED ^ 0xdead_beef);
    let mut kills = 0usize;
    let mut runs = 0usize;
    let mut episodes = 0usize;
    let mut killed_while_partial = 0usize;
    while kills < MIN_KILLS {
        assert!(
            episodes < MAX_EPISODES,
            "{kills} kills after {episodes} episodes"
        );
        episodes += 1;
        let db = scratch.path().join(format!("killed-{episodes}.db"));
        loop {
            // Different batch sizes move the commit points around.
            let batch = [8, 64, 512][rng.below(3) as usize];
            let mut child = ingest_command(&db, &corpus, batch)
                .stderr(std::fs::File::create(&err_file).expect("stderr file"))
                .spawn()
                .expect("spawn detente ingest");
            runs += 1;
            std::thread::sleep(Duration::from_millis(20 + rng.below(381)));
            match child.try_wait().expect("try_wait") {
                Some(status) => {
                    let stderr = std::fs::read_to_string(&err_file).unwrap_or_default();
                    assert!(
                        status.success(),
                        "ingest after kills failed ({status}): {stderr}"
                    );
                    break;
                }
                None => {
                    child.kill().expect("SIGKILL");
                    let status = child.wait().expect("wait");
                    // The process may have finished between try_wait and kill.
                    if status.success() {
                        break;
                    }
                    kills += 1;
                    if let Ok(c) =
                        Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
                    {
                        let n: i64 = c
                            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
                            .unwrap_or(0);
                        if n > 0 && (n as usize) < distinct {
                            killed_while_partial += 1;
                        }
                    }
                }
            }
        }
        // The run that finished by itself is the completion; one more must change nothing.
        run_to_completion(&db, &corpus, 512, &err_file);
        let got = inspect(&db);
        assert!(
            got == reference,
            "episode {episodes} differs from the clean run after {kills} kills:\n  reference: {}\n  killed:    {}\n{}",
            reference.counts(),
            got.counts(),
            reference.diff(&got)
        );
    }
    eprintln!(
        "{kills} SIGKILLs survived ({killed_while_partial} left a partly filled store) in {runs} runs over {episodes} episodes; {:?} in all",
        started.elapsed()
    );
    assert!(
        killed_while_partial >= MIN_KILLS / 4,
        "only {killed_while_partial} kills landed while the store was partly filled: the corpus is too small to test anything"
    );
}
