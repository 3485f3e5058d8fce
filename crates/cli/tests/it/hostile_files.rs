//! Folders and files that once hung detente or lost data: link loops, FIFOs and devices,
//! byte-order marks, old Mac line endings, bad header dates, empty JSONL ids.

use std::path::Path;
use std::process::{Command, Output};

fn detente(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run detente")
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

fn article(n: usize) -> String {
    format!(
        "Talks round {n}\n\nThe envoy Ada Stone said: \"We are close to a text on round {n}.\"\n"
    )
}

fn articles_in(db: &Path) -> Vec<(String, Option<String>, Option<String>)> {
    let conn = rusqlite::Connection::open(db).expect("db");
    let mut stmt = conn
        .prepare("SELECT name, title, date FROM articles ORDER BY name")
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query");
    rows.map(|r| r.expect("row")).collect()
}

#[cfg(unix)]
#[test]
fn link_loops_are_followed_once_and_fifos_in_folders_are_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let news = dir.path().join("news");
    std::fs::create_dir_all(news.join("inner")).expect("mkdir");
    std::fs::write(news.join("a.txt"), article(1)).expect("write");
    std::fs::write(news.join("inner/b.txt"), article(2)).expect("write");
    // Two loops: each folder links back to the top.
    std::os::unix::fs::symlink("..", news.join("inner/up")).expect("symlink");
    std::os::unix::fs::symlink(".", news.join("self")).expect("symlink");
    // A FIFO with an article's name: opening it would wait for a writer forever.
    let fifo = news.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let o = detente(&["ingest", "news", "--db", "t.db", "-q"], dir.path());
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("pipe.txt") && err.contains("not a regular file"),
        "{err}"
    );
    assert!(err.contains("already read"), "{err}");
    let stored = articles_in(&dir.path().join("t.db"));
    assert_eq!(stored.len(), 2, "{stored:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn an_endless_device_given_as_an_input_is_read_only_up_to_the_limits() {
    let dir = tempfile::tempdir().expect("tempdir");
    for args in [
        vec!["analyze", "/dev/zero"],
        vec![
            "ingest",
            "/dev/zero",
            "--db",
            "t.db",
            "-q",
            "--max-article-mib",
            "1",
        ],
        vec!["chronology", "--chronology", "/dev/zero"],
        vec!["import-genius", "/dev/zero", "-o", "x.toml"],
    ] {
        let o = detente(&args, dir.path());
        assert!(!o.status.success(), "{args:?}");
        let err = text(&o.stderr);
        assert!(err.contains("/dev/zero"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    assert!(!dir.path().join("t.db").exists());
}

#[test]
fn headers_survive_byte_order_marks_and_cr_line_endings_and_bad_dates_are_warned() {
    let dir = tempfile::tempdir().expect("tempdir");
    let news = dir.path().join("news");
    std::fs::create_dir(&news).expect("mkdir");
    std::fs::write(
        news.join("bom.txt"),
        format!(
            "\u{feff}title: With a mark\ndate: 2025-03-04\n\n{}",
            article(1)
        ),
    )
    .expect("write");
    std::fs::write(
        news.join("mac.txt"),
        format!(
            "title: Old Mac\rdate: 2025-03-05\r\r{}",
            article(2).replace('\n', "\r")
        ),
    )
    .expect("write");
    std::fs::write(
        news.join("baddate.txt"),
        format!("title: Bad date\ndate: 2025-13-45\n\n{}", article(3)),
    )
    .expect("write");
    std::fs::write(
        news.join("feed.jsonl"),
        format!(
            "{}\n",
            serde_json::json!({"id": "", "title": "No id", "date": "soon", "text": article(4)})
        ),
    )
    .expect("write");
    let o = detente(&["ingest", "news", "--db", "t.db", "-q"], dir.path());
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("baddate.txt") && err.contains("2025-13-45"),
        "{err}"
    );
    assert!(
        err.contains("feed.jsonl:1") && err.contains("soon"),
        "{err}"
    );
    let stored = articles_in(&dir.path().join("t.db"));
    let find = |name: &str| stored.iter().find(|a| a.0 == name).cloned();
    assert_eq!(
        find("bom.txt").map(|a| (a.1, a.2)),
        Some((Some("With a mark".into()), Some("2025-03-04".into())))
    );
    assert_eq!(
        find("mac.txt").map(|a| (a.1, a.2)),
        Some((Some("Old Mac".into()), Some("2025-03-05".into())))
    );
    // The record without an id is named after its place, and can be fetched by it.
    assert!(find("feed.jsonl:1").is_some(), "{stored:?}");
    let o = detente(&["quotes", "--db", "t.db", "--format", "json"], dir.path());
    assert!(o.status.success());
}
