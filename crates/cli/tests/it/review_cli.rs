//! The review commands: `actors merge`, `quotes reject`, `corrections export|import|orphans`,
//! and an import of 10,000 corrections killed with SIGKILL at random moments, which must
//! leave an intact store holding all of the import's transaction or none of it.

use crate::common::{check_integrity, SplitMix};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const SEED: u64 = 0x00c0_2ec7;

fn detente(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .output()
        .expect("run detente")
}

fn small_store(dir: &Path) -> String {
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).unwrap();
    std::fs::write(
        articles.join("a.txt"),
        "title: Talks\ndate: 2025-05-16\n\nForeign Minister Ann Hartley said: \"We will not sign this deal.\" \
         Envoy Bo Lind told reporters: \"Kyiv wants a lasting peace.\"\n",
    )
    .unwrap();
    let db = dir.join("t.db").to_string_lossy().into_owned();
    let out = detente(&["ingest", "--db", &db, &articles.to_string_lossy()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn count(db: &str) -> i64 {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("SELECT count(*) FROM corrections", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn hostile_import_lines_are_refused_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_store(dir.path());
    let file = dir.path().join("c.jsonl");
    std::fs::write(
        &file,
        "{\"target\":\"actor\",\"key\":\"ann\",\"field\":\"role\",\"action\":\"set\",\"value\":\"x\",\"author\":\"a\",\"at\":\"2026-01-01T00:00:00Z\"}\n{not json\n",
    )
    .unwrap();
    let out = detente(&[
        "corrections",
        "import",
        "--db",
        &db,
        &file.to_string_lossy(),
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("c.jsonl:2:"), "{err}");
    assert_eq!(count(&db), 0, "nothing of a refused file is stored");
}

#[test]
fn an_import_killed_at_any_moment_stores_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_store(dir.path());
    let file = dir.path().join("many.jsonl");
    let mut lines = String::new();
    for i in 0..10_000 {
        lines.push_str(&format!(
            "{{\"target\":\"quote\",\"key\":\"{:064x}:{}-{}\",\"field\":\"status\",\"action\":\"set\",\"value\":\"rejected\",\"author\":\"bulk\",\"at\":\"2026-01-01T00:00:00Z\",\"note\":\"n{i}\"}}\n",
            i, i, i + 5
        ));
    }
    std::fs::write(&file, lines).unwrap();
    // A pristine copy: an import that finished before its kill is undone by restoring it,
    // so every attempt starts from nothing stored.
    let pristine = dir.path().join("pristine.db");
    std::fs::copy(&db, &pristine).unwrap();
    // How long a whole import takes here, so that the kills land inside one on a fast
    // machine and a slow one alike; when an import still beats its kill (a loaded machine
    // varies), the next kill comes sooner.
    let started = std::time::Instant::now();
    let out = detente(&[
        "corrections",
        "import",
        "--db",
        &db,
        &file.to_string_lossy(),
    ]);
    assert!(out.status.success());
    let mut bound_ms = (started.elapsed().as_millis() as u64).max(2) * 9 / 10;
    let restore = || {
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{db}{side}"));
        }
        std::fs::copy(&pristine, &db).unwrap();
    };
    restore();
    let mut rng = SplitMix(SEED);
    let mut killed = 0;
    for _ in 0..24 {
        if killed >= 4 {
            break;
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_detente"))
            .args([
                "corrections",
                "import",
                "--db",
                &db,
                &file.to_string_lossy(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(1 + rng.below(bound_ms.max(1))));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed += 1;
        } else {
            bound_ms /= 2;
        }
        let _ = child.wait();
        let n = count(&db);
        assert!(
            n == 0 || n == 10_000,
            "a killed import left {n} corrections"
        );
        let conn = Connection::open(&db).unwrap();
        check_integrity(&conn, Path::new(&db));
        drop(conn);
        if n == 10_000 {
            restore();
        }
    }
    // Whatever happened, one more import completes it and a repeat adds nothing.
    let out = detente(&[
        "corrections",
        "import",
        "--db",
        &db,
        &file.to_string_lossy(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(count(&db), 10_000);
    eprintln!("{killed} import(s) killed while running");
    assert!(
        killed > 0,
        "no kill hit a running import: the test proved nothing"
    );
    let orphans = detente(&["corrections", "orphans", "--db", &db, "--format", "jsonl"]);
    assert_eq!(
        String::from_utf8_lossy(&orphans.stdout).lines().count(),
        10_000,
        "none of them has a target here"
    );
}

#[test]
fn a_merge_and_a_rejection_show_as_the_analysts_and_carry_to_a_rebuilt_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_store(dir.path());
    let actors = detente(&[
        "actors", "--db", &db, "--kind", "person", "--format", "json",
    ]);
    let list: serde_json::Value = serde_json::from_slice(&actors.stdout).unwrap();
    let ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].to_string())
        .collect();
    assert!(ids.len() >= 2, "{list}");
    let out = detente(&[
        "actors",
        "merge",
        "--db",
        &db,
        &ids[0],
        &ids[1],
        "--author",
        "<b>eve</b>",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let quotes: serde_json::Value =
        serde_json::from_slice(&detente(&["quotes", "--db", &db, "--format", "json"]).stdout)
            .unwrap();
    let first = quotes[0]["id"].to_string();
    assert!(detente(&["quotes", "reject", "--db", &db, &first])
        .status
        .success());
    let after: serde_json::Value =
        serde_json::from_slice(&detente(&["quotes", "--db", &db, "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(
        after.as_array().unwrap().len() + 1,
        quotes.as_array().unwrap().len()
    );
    let table = String::from_utf8_lossy(&detente(&["actors", "--db", &db]).stdout).into_owned();
    assert!(table.contains("[analyst: <b>eve</b>]"), "{table}");
    let export = detente(&["corrections", "export", "--db", &db]);
    let file = dir.path().join("c.jsonl");
    std::fs::write(&file, &export.stdout).unwrap();
    let rebuilt = dir.path().join("r.db").to_string_lossy().into_owned();
    let articles = dir.path().join("articles").to_string_lossy().into_owned();
    assert!(detente(&["ingest", "--db", &rebuilt, &articles])
        .status
        .success());
    assert!(detente(&[
        "corrections",
        "import",
        "--db",
        &rebuilt,
        &file.to_string_lossy()
    ])
    .status
    .success());
    let again: serde_json::Value =
        serde_json::from_slice(&detente(&["quotes", "--db", &rebuilt, "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(
        again.as_array().unwrap().len(),
        after.as_array().unwrap().len()
    );
    let orphans = detente(&[
        "corrections",
        "orphans",
        "--db",
        &rebuilt,
        "--format",
        "jsonl",
    ]);
    assert!(
        orphans.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&orphans.stdout)
    );
}
