//! Concurrent use of one store: several `detente ingest` processes write the same database
//! at once (different inputs that overlap, in content and in files), while readers query it in
//! a loop: `detente quotes --format json`, and `detente serve`'s `/api/quotes` over plain
//! HTTP. Everything must complete with exit 0, no stderr may
//! mention a locked or busy database, every reader answer must be whole JSON whose quote
//! count never goes down, and the final store must hold exactly what a sequential run of
//! the same ingests holds. Three rounds on fresh stores: a bulk ingest while small ingests
//! (one new article each) arrive; two overlapping ingests; and both together with the
//! server reading too.
//!
//! Records whose stored form legitimately depends on which process met an article or an
//! actor first (an article's first name, an actor's first-seen role or affiliation, and the
//! affiliation a quote borrows from its speaker's actor row) are compared by identity only.

use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SEED: u64 = 0xc0c0_2026_0001;
/// Articles of each writer's own input (plus the shared ones both are given). The second
/// writer has more, so it is still writing when the first one closes its connections.
const ARTICLES_A: usize = 1000;
const ARTICLES_B: usize = 2500;
const SHARED_ARTICLES: usize = 300;
/// Small batches make the two writers interleave many short transactions.
const BATCH: &str = "16";
/// One-article files ingested one by one during a round.
const TRICKLE_FILES: usize = 12;
const READ_INTERVAL: Duration = Duration::from_millis(100);
/// A bound on the whole run, so that a deadlock fails the test rather than hanging it.
const DEADLINE: Duration = Duration::from_secs(240);

use crate::common;
use common::*;

/// Three inputs: `a/` for the first writer, `b/` for the second, `both/` given to both.
/// `b/b.jsonl` also repeats a tenth of `a/a.jsonl`'s texts under other ids.
fn write_corpus(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let mut rng = SplitMix(SEED);
    let (a, b, both) = (dir.join("a"), dir.join("b"), dir.join("both"));
    for d in [&a, &b, &both] {
        std::fs::create_dir_all(d).expect("corpus dir");
    }
    let line = |id: &str, title: &str, date: &str, text: &str| {
        format!(
            "{{\"id\":{},\"title\":{},\"date\":\"{date}\",\"text\":{}}}\n",
            json_string(id),
            json_string(title),
            json_string(text)
        )
    };
    let mut a_lines = String::new();
    let mut b_lines = String::new();
    for i in 0..ARTICLES_A.max(ARTICLES_B) {
        if i < ARTICLES_A {
            let (title, text) = article_text(&mut rng, i);
            let date = format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
            a_lines.push_str(&line(&format!("a-{i}"), &title, &date, &text));
            if i % 10 == 3 {
                b_lines.push_str(&line(&format!("b-copy-of-a-{i}"), &title, &date, &text));
            }
        }
        if i >= ARTICLES_B {
            continue;
        }
        let (title, text) = article_text(&mut rng, 100_000 + i);
        let date = format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        b_lines.push_str(&line(&format!("b-{i}"), &title, &date, &text));
    }
    std::fs::write(a.join("a.jsonl"), a_lines).expect("write");
    std::fs::write(b.join("b.jsonl"), b_lines).expect("write");
    let mut shared = String::new();
    for i in 0..SHARED_ARTICLES {
        let (title, text) = article_text(&mut rng, 200_000 + i);
        shared.push_str(&line(&format!("shared-{i}"), &title, "2023-05-05", &text));
        if i % 40 == 0 {
            std::fs::write(
                both.join(format!("shared-{i}.txt")),
                format!("title: {title}\ndate: 2023-05-06\n\n{text}"),
            )
            .expect("write");
        }
    }
    std::fs::write(both.join("shared.jsonl"), shared).expect("write");
    (a, b, both)
}

/// Columns whose stored value depends on which writer met an article or an actor first:
/// an article's first name and path (all of them are in `article_sources`), an actor's
/// first-seen spelling, kind, role and affiliation, and the affiliation a quote or claim
/// borrows from its speaker's actor row when its article gives none.
const ORDER_DEPENDENT: &[(&str, &str)] = &[
    ("articles", "name"),
    ("articles", "source_path"),
    ("actors", "name"),
    ("actors", "kind"),
    ("actors", "role"),
    ("actors", "affiliation"),
    ("actor_surfaces", "surface"),
    ("quotes", "affiliation"),
    ("claims", "affiliation"),
];

fn snapshot(db: &Path) -> BTreeMap<String, Vec<String>> {
    // Read-write only so that FTS5's integrity-check command can run; nothing is changed.
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .unwrap_or_else(|e| panic!("open {}: {e}", db.display()));
    check_integrity(&conn, db);
    read_tables(&conn, ORDER_DEPENDENT)
}

fn counts(s: &BTreeMap<String, Vec<String>>) -> String {
    s.iter()
        .map(|(t, r)| format!("{} {t}", r.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn detente() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_detente"));
    cmd.env("RUST_BACKTRACE", "0").stdin(Stdio::null());
    cmd
}

/// Runs a command to its end, returning (success, stdout, stderr).
fn output(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().expect("spawn detente");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ingest(db: &Path, inputs: &[&Path]) -> Command {
    let mut cmd = detente();
    cmd.arg("ingest")
        .arg("--db")
        .arg(db)
        .arg("--quiet")
        .args(["--batch", BATCH]);
    cmd.args(inputs);
    cmd
}

/// Words that mean a writer or reader hit a lock it should have waited for.
fn mentions_lock(stderr: &str) -> bool {
    let s = stderr.to_ascii_lowercase();
    s.contains("database is locked") || s.contains("database is busy") || s.contains("sqlite_busy")
}

/// A plain HTTP/1.1 GET; returns (status, body), decoding a chunked body.
fn http_get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    if !chunked {
        return Ok((status, body.to_string()));
    }
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    Ok((status, out))
}

/// The number of records in a JSON answer: an array, or an object holding one.
fn json_len(body: &str) -> Result<usize, String> {
    let v: serde_json::Value =
        serde_json::from_str(body).map_err(|e| format!("{e}: {}", &body[..body.len().min(200)]))?;
    match &v {
        serde_json::Value::Array(a) => Ok(a.len()),
        serde_json::Value::Object(o) => o
            .values()
            .find_map(|x| x.as_array().map(Vec::len))
            .ok_or_else(|| format!("no array in {}", &body[..body.len().min(200)])),
        _ => Err(format!("not an array: {}", &body[..body.len().min(200)])),
    }
}

/// Starts `detente serve` on a free loopback port; its stderr goes to `err_file`.
fn start_server(db: &Path, err_file: &Path) -> (Child, SocketAddr) {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let mut child = detente()
        .arg("serve")
        .arg("--db")
        .arg(db)
        .arg("--addr")
        .arg(addr.to_string())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(err_file).expect("stderr file"))
        .spawn()
        .expect("spawn detente serve");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if let Some(status) = child.try_wait().expect("try_wait") {
            let err = std::fs::read_to_string(err_file).unwrap_or_default();
            panic!("detente serve exited at start ({status}): {err}");
        }
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return (child, addr);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("detente serve did not listen on {addr} within 60 s");
}

/// One concurrent round: what runs at once on a fresh store.
struct Round {
    name: &'static str,
    /// Ingest processes started together, each with its inputs.
    writers: Vec<Vec<PathBuf>>,
    /// Small files ingested one after another, a process each, while the writers run, as
    /// new articles arriving during a bulk import would be.
    trickle: Vec<PathBuf>,
    /// Whether `detente serve` reads the store too (over HTTP) during the round.
    server: bool,
}

#[test]
fn writers_and_readers_share_one_store() {
    let scratch = tempfile::tempdir().expect("tempdir");
    let (a, b, both) = write_corpus(&scratch.path().join("corpus"));
    let small = scratch.path().join("small");
    std::fs::create_dir_all(&small).expect("small dir");
    let mut trickle = Vec::new();
    for i in 0..TRICKLE_FILES {
        let f = small.join(format!("late-{i:02}.txt"));
        std::fs::write(
            &f,
            format!(
                "title: Late item {i}\ndate: 2024-05-{:02}\n\n\"Point {i} is settled,\" said Lena Hoff, the mediator, on Monday.\n",
                1 + i % 28
            ),
        )
        .expect("write");
        trickle.push(f);
    }
    let rounds = [
        // A server keeps a connection open all along, and that can hide lock mistakes in
        // the writers; so the first two rounds run without it.
        Round {
            name: "bulk ingest while small ingests arrive",
            writers: vec![vec![a.clone(), b.clone(), both.clone()]],
            trickle: trickle.clone(),
            server: false,
        },
        Round {
            name: "two overlapping ingests",
            writers: vec![vec![a.clone(), both.clone()], vec![b.clone(), both.clone()]],
            trickle: Vec::new(),
            server: false,
        },
        Round {
            name: "two overlapping ingests, small ingests and the server",
            writers: vec![vec![a.clone(), both.clone()], vec![b.clone(), both.clone()]],
            trickle: trickle[..TRICKLE_FILES / 2].to_vec(),
            server: true,
        },
    ];
    for (i, round) in rounds.iter().enumerate() {
        run_round(i + 1, round, scratch.path());
    }
}

fn run_round(number: usize, round: &Round, scratch: &Path) {
    let label = format!("round {number} ({})", round.name);
    let seed_article = scratch.join("seed.txt");
    std::fs::write(
        &seed_article,
        "title: Opening\ndate: 2024-01-08\n\n\"Talks open today,\" said the mediator Hana Lindgren on Monday.\n",
    )
    .expect("write");

    // The sequential reference: the same ingests one after the other.
    let sequential = scratch.join(format!("sequential-{number}.db"));
    let mut steps: Vec<Vec<&Path>> = vec![vec![&seed_article]];
    steps.extend(
        round
            .writers
            .iter()
            .map(|w| w.iter().map(PathBuf::as_path).collect()),
    );
    steps.extend(round.trickle.iter().map(|f| vec![f.as_path()]));
    for inputs in &steps {
        let (ok, _, err) = output(&mut ingest(&sequential, inputs));
        assert!(ok, "{label}: sequential ingest failed: {err}");
    }
    let reference = snapshot(&sequential);
    eprintln!("{label}: sequential: {}", counts(&reference));
    assert!(
        reference["quotes"].len() > 100,
        "the corpus is written to yield quotes"
    );

    // The store exists before the readers start, as it would for a running dashboard.
    let db = scratch.join(format!("shared-{number}.db"));
    let (ok, _, err) = output(&mut ingest(&db, &[&seed_article]));
    assert!(ok, "{label}: first ingest failed: {err}");
    let server_err = scratch.join(format!("serve-{number}.err"));
    let server = round.server.then(|| start_server(&db, &server_err));
    let writing = Arc::new(AtomicBool::new(true));
    let started = Instant::now();

    let mut writers = Vec::new();
    for (w, inputs) in round.writers.iter().enumerate() {
        let err_file = scratch.join(format!("writer-{number}-{w}.err"));
        let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        let child = ingest(&db, &inputs)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&err_file).expect("stderr file"))
            .spawn()
            .expect("spawn writer");
        writers.push((child, err_file));
    }
    let trickle = {
        let (files, db) = (round.trickle.clone(), db.clone());
        std::thread::spawn(move || -> Result<usize, String> {
            for f in &files {
                let (ok, _, err) = output(&mut ingest(&db, &[f]));
                if !ok || mentions_lock(&err) || err.contains("panicked") {
                    return Err(format!("small ingest of {} failed: {err}", f.display()));
                }
                std::thread::sleep(Duration::from_millis(40));
            }
            Ok(files.len())
        })
    };
    let cli_reader = {
        let writing = Arc::clone(&writing);
        let db = db.clone();
        std::thread::spawn(move || -> Result<(usize, usize), String> {
            let (mut reads, mut last) = (0usize, 0usize);
            loop {
                // Read once more after the writers finish, so that the last answer is final.
                let last_round = !writing.load(Ordering::SeqCst);
                let (ok, out, err) = output(
                    detente()
                        .arg("quotes")
                        .arg("--db")
                        .arg(&db)
                        .args(["--format", "json", "--limit", "1000000"]),
                );
                if !ok || mentions_lock(&err) || err.contains("panicked") {
                    return Err(format!("detente quotes failed after {reads} reads: {err}"));
                }
                let n =
                    json_len(&out).map_err(|e| format!("detente quotes printed bad JSON: {e}"))?;
                if n < last {
                    return Err(format!(
                        "quotes went from {last} to {n}: a reader saw a partial write"
                    ));
                }
                last = n;
                reads += 1;
                if last_round {
                    return Ok((reads, last));
                }
                // A polling reader, as a script or a dashboard would be: between reads the
                // file has no reader, which is when a writer's lock mistakes show.
                std::thread::sleep(READ_INTERVAL);
            }
        })
    };
    let http_reader = server.as_ref().map(|(_, addr)| {
        let (writing, addr) = (Arc::clone(&writing), *addr);
        std::thread::spawn(move || -> Result<usize, String> {
            let mut reads = 0usize;
            loop {
                let last_round = !writing.load(Ordering::SeqCst);
                let (status, body) =
                    http_get(addr, "/api/quotes").map_err(|e| format!("GET /api/quotes: {e}"))?;
                if status != 200 {
                    return Err(format!("GET /api/quotes: status {status}: {body}"));
                }
                json_len(&body).map_err(|e| format!("GET /api/quotes: bad JSON: {e}"))?;
                reads += 1;
                if last_round {
                    return Ok(reads);
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    });

    let mut statuses = Vec::new();
    for (mut child, err_file) in writers {
        let status = loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                break status;
            }
            if started.elapsed() > DEADLINE {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{label}: a writer is still running after {DEADLINE:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        statuses.push((status, err_file));
    }
    let trickled = trickle
        .join()
        .expect("trickle thread")
        .unwrap_or_else(|e| panic!("{label}: {e}"));
    let writers_done = started.elapsed();
    writing.store(false, Ordering::SeqCst);
    let (cli_reads, final_quotes) = cli_reader
        .join()
        .expect("reader thread")
        .unwrap_or_else(|e| panic!("{label}: {e}"));
    let http_reads = http_reader.map(|h| {
        h.join()
            .expect("http thread")
            .unwrap_or_else(|e| panic!("{label}: {e}"))
    });
    if let Some((mut child, _)) = server {
        let _ = child.kill();
        let _ = child.wait();
        let err = std::fs::read_to_string(&server_err).unwrap_or_default();
        assert!(
            !mentions_lock(&err) && !err.contains("panicked"),
            "{label}: detente serve: {err}"
        );
    }
    for (w, (status, err_file)) in statuses.iter().enumerate() {
        let err = std::fs::read_to_string(err_file).unwrap_or_default();
        assert!(
            status.success(),
            "{label}: writer {w} failed ({status}): {err}"
        );
        assert!(
            !mentions_lock(&err),
            "{label}: writer {w} hit a lock: {err}"
        );
        assert!(!err.contains("panicked"), "{label}: writer {w}: {err}");
    }
    eprintln!(
        "{label}: writers done in {writers_done:?}; {trickled} small ingests, {cli_reads} CLI reads, {} HTTP reads",
        http_reads.map_or("no".to_string(), |n| n.to_string())
    );

    let got = snapshot(&db);
    let mut problems = String::new();
    for (table, rows) in &reference {
        let other = got.get(table).cloned().unwrap_or_default();
        if *rows != other {
            let missing: Vec<_> = rows.iter().filter(|r| !other.contains(r)).take(3).collect();
            let extra: Vec<_> = other.iter().filter(|r| !rows.contains(r)).take(3).collect();
            let _ = writeln!(
                problems,
                "  {table}: {} sequential, {} concurrent; missing {missing:?}; extra {extra:?}",
                rows.len(),
                other.len()
            );
        }
    }
    assert!(
        problems.is_empty(),
        "{label}: the concurrent store differs from the sequential one:\n{problems}"
    );
    assert_eq!(
        final_quotes,
        got["quotes"].len(),
        "{label}: the last CLI read saw every quote"
    );
}
