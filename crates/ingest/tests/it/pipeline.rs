//! The whole ingest pipeline with the real reader and extractor: broken input, reruns,
//! concurrent writers, and kills at random moments.
use crate::corpus;
use detente_ingest::{ingest_paths, IngestEvent, IngestOptions, IngestReport};
use detente_store::Store;
use detente_text::extract::Extractor;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn ingest(
    db: &Path,
    paths: &[PathBuf],
    batch: usize,
) -> (IngestReport, Vec<(PathBuf, Option<usize>, String)>) {
    let store = Store::open(db).unwrap();
    let options = IngestOptions {
        batch_articles: batch,
        ..IngestOptions::default()
    };
    let mut warnings = Vec::new();
    let report = ingest_paths(&store, paths, &Extractor::new(), &options, &mut |e| {
        if let IngestEvent::Warning {
            path,
            line,
            message,
        } = e
        {
            warnings.push((path.to_path_buf(), line, message.to_string()));
        }
    })
    .unwrap();
    (report, warnings)
}

/// Every stored record, keyed by article text hash, in a canonical order: two stores with
/// the same dump hold the same evidence, nothing missing or doubled.
fn dump(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT a.content_hash || ' quote ' || x.start || ' ' || x.end || ' ' || coalesce(x.speaker, '') FROM quotes x JOIN articles a ON a.id = x.article_id
             UNION ALL SELECT a.content_hash || ' claim ' || x.start || ' ' || x.end FROM claims x JOIN articles a ON a.id = x.article_id
             UNION ALL SELECT a.content_hash || ' date ' || x.start || ' ' || x.end || ' ' || coalesce(x.resolved, '') FROM dates x JOIN articles a ON a.id = x.article_id
             UNION ALL SELECT a.content_hash || ' actor ' || c.name || ' ' || x.mention_count || ' ' || x.spans FROM article_actors x JOIN articles a ON a.id = x.article_id JOIN actors c ON c.id = x.actor_id
             UNION ALL SELECT content_hash || ' article' FROM articles
             UNION ALL SELECT 'counters ' || name || ' ' || kind || ' ' || mention_count || ' ' || article_count || ' ' || quote_count FROM actors
             ORDER BY 1",
        )
        .unwrap();
    let rows = stmt.query_map([], |r| r.get(0)).unwrap();
    rows.collect::<rusqlite::Result<Vec<String>>>().unwrap()
}

fn integrity_ok(db: &Path) -> bool {
    // A kill before the child created the file leaves nothing to check.
    if !db.exists() {
        return true;
    }
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    if version == 0 {
        return ok == "ok"; // killed before the schema was committed
    }
    let fts: rusqlite::Result<usize> = conn.execute(
        "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')",
        [],
    );
    ok == "ok" && fts.is_ok()
}

#[test]
fn jsonl_with_broken_lines_still_ingests_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mixed.jsonl");
    let lines = [
        corpus::jsonl_line(0),
        "{\"id\": \"cut\", \"text\": \"half a rec".to_string(),
        corpus::jsonl_line(1),
        String::new(),
        "not json at all".to_string(),
        corpus::jsonl_line(2),
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let db = dir.path().join("t.db");
    let (report, warnings) = ingest(&db, &[file], 2);
    assert_eq!(report.stored.articles_new, 3);
    assert_eq!(report.warnings as usize, warnings.len());
    let lines_warned: Vec<Option<usize>> = warnings.iter().map(|w| w.1).collect();
    assert!(
        lines_warned.contains(&Some(2)) && lines_warned.contains(&Some(5)),
        "{warnings:?}"
    );
    assert!(warnings.iter().all(|w| w.0.ends_with("mixed.jsonl")));
    assert_eq!(
        Store::open_read_only(&db)
            .unwrap()
            .stats()
            .unwrap()
            .articles,
        3
    );
}

#[test]
fn rerun_and_renamed_copies_add_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    corpus::write_jsonl(&input.join("a.jsonl"), 0..40);
    let (_, _, text) = corpus::article(1000);
    std::fs::write(input.join("one.txt"), &text).unwrap();
    std::fs::write(input.join("same-text-other-name.txt"), &text).unwrap();
    let db = dir.path().join("t.db");
    let (first, _) = ingest(&db, std::slice::from_ref(&input), 8);
    assert_eq!((first.articles_read, first.stored.articles_new), (42, 41));
    let before = dump(&db);
    let (second, _) = ingest(&db, &[input], 8);
    assert_eq!(
        (second.stored.articles_new, second.stored.articles_skipped),
        (0, 42)
    );
    assert_eq!(dump(&db), before);
    let stats = Store::open_read_only(&db).unwrap().stats().unwrap();
    assert_eq!((stats.articles, stats.sources), (41, 42));
}

#[test]
fn two_writers_and_a_reader_share_one_database() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    corpus::write_jsonl(&a, 0..240);
    corpus::write_jsonl(&b, 120..360); // overlaps a by half
    let db = dir.path().join("shared.db");
    Store::open(&db).unwrap();
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        let wa = s.spawn(|| ingest(&db, std::slice::from_ref(&a), 7).0);
        let wb = s.spawn(|| ingest(&db, std::slice::from_ref(&b), 5).0);
        let reader = s.spawn(|| {
            let mut reads = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                let store = Store::open_read_only(&db).unwrap();
                store.stats().unwrap();
                store.quotes(&Default::default()).unwrap();
                reads += 1;
            }
            reads
        });
        let (ra, rb) = (wa.join().unwrap(), wb.join().unwrap());
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(reader.join().unwrap() > 0);
        assert_eq!(ra.stored.articles_new + rb.stored.articles_new, 360);
        assert_eq!(ra.stored.articles_skipped + rb.stored.articles_skipped, 120);
    });
    let clean = dir.path().join("clean.db");
    ingest(&clean, &[a, b], 64);
    assert_eq!(dump(&db), dump(&clean));
    assert!(integrity_ok(&db));
}

const CHILD_DB: &str = "DETENTE_INGEST_TEST_CHILD_DB";
const CHILD_INPUT: &str = "DETENTE_INGEST_TEST_CHILD_INPUT";

/// The child side of `kills_at_random_moments_lose_nothing`: does nothing in a normal run.
#[test]
fn crash_child() {
    let (Some(db), Some(input)) = (std::env::var_os(CHILD_DB), std::env::var_os(CHILD_INPUT))
    else {
        return;
    };
    ingest(Path::new(&db), &[PathBuf::from(input)], 32);
}

#[test]
fn kills_at_random_moments_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    corpus::write_jsonl(&input, 0..6000);
    let db = dir.path().join("killed.db");
    let exe = std::env::current_exe().unwrap();
    // A fixed pseudo-random sequence of delays, so a failure can be replayed.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut killed_mid_run = 0;
    for _ in 0..12 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(10 + seed % 150);
        let mut child = std::process::Command::new(&exe)
            .args([
                "--exact",
                "pipeline::crash_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DB, &db)
            .env(CHILD_INPUT, &input)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        assert!(integrity_ok(&db), "database damaged after a kill");
    }
    assert!(
        killed_mid_run >= 6,
        "only {killed_mid_run} kills landed during a run"
    );
    let (last, _) = ingest(&db, std::slice::from_ref(&input), 32);
    assert_eq!(
        last.stored.articles_new + last.stored.articles_skipped,
        6000
    );
    let clean = dir.path().join("clean.db");
    ingest(&clean, &[input], 32);
    assert_eq!(dump(&db), dump(&clean));
    assert!(integrity_ok(&db));
}
