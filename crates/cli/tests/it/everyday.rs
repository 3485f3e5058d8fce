//! Everyday use of the command line: CSV wherever there is a table, article text that cannot
//! drive the terminal, search snippets that show the hit, notes for undated articles and the
//! offered terms in a simulation trace.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn detente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .output()
        .expect("the detente binary runs")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A store holding one hostile article: escape sequences inside a quote, and a search term
/// more than a table cell's width into a long sentence (the snippet starts at the sentence).
fn hostile_store(dir: &Path) -> PathBuf {
    let filler =
        "The delegations met again to review the earlier drafts and their annexes. ".repeat(6);
    let text = format!(
        "title: Talks resume\ndate: 2025-03-04\n\n\
         Foreign Minister Lars Berg said: \"We will sign \u{1b}]52;c;ZXZpbA==\u{7}today \u{1b}[2J\u{9b}31mnow.\"\n\n\
         {filler}In a statement that ran on and on about drafts annexes protocols schedules \
         meetings delegations procedures and rules the ministers finally named zanzibarite as \
         the clause they would keep for later review.\n"
    );
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).unwrap();
    std::fs::write(articles.join("talks.txt"), text).unwrap();
    let db = dir.join("ev.db");
    stdout(&detente(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        articles.to_str().unwrap(),
    ]));
    db
}

fn has_terminal_controls(s: &str) -> bool {
    s.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{9b}')
}

#[test]
fn tables_never_print_escape_sequences_from_articles() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_store(dir.path());
    let db = db.to_str().unwrap();
    for args in [
        vec!["quotes", "--db", db],
        vec!["timeline", "--db", db],
        vec!["search", "--db", db, "sign"],
        vec!["actors", "--db", db],
    ] {
        let out = stdout(&detente(&args));
        assert!(!has_terminal_controls(&out), "{args:?} printed {out:?}");
    }
    let quotes = stdout(&detente(&["quotes", "--db", db]));
    assert!(quotes.contains("␛]52"), "{quotes}");
}

#[test]
fn csv_has_a_header_and_one_row_per_record_for_every_table_command() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_store(dir.path());
    let db = db.to_str().unwrap();
    let quotes_json = stdout(&detente(&["quotes", "--db", db, "--format", "json"]));
    let n: usize = serde_json::from_str::<Vec<serde_json::Value>>(&quotes_json)
        .unwrap()
        .len();
    assert!(n >= 1);
    let csv = stdout(&detente(&["quotes", "--db", db, "--format", "csv"]));
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("id,article_id,article,"), "{header}");
    // The quote's text keeps its own bytes in CSV (a data format), quoted by RFC 4180 rules.
    assert!(csv.contains("\u{1b}]52"));
    assert_eq!(csv.split("\r\n").filter(|l| !l.is_empty()).count(), n + 1);
    for cmd in ["actors", "timeline"] {
        let out = stdout(&detente(&[cmd, "--db", db, "--format", "csv"]));
        assert!(out.lines().count() >= 2, "{cmd}: {out}");
    }
    let out = stdout(&detente(&[
        "search",
        "--db",
        db,
        "--format",
        "csv",
        "zanzibarite",
    ]));
    assert!(
        out.starts_with("kind,") && out.contains("zanzibarite"),
        "{out}"
    );

    let scenario = repo().join("examples/labour-2024/scenario.toml");
    let out = stdout(&detente(&[
        "analyze",
        scenario.to_str().unwrap(),
        "--format",
        "csv",
        "--draws",
        "0",
    ]));
    let mut lines = out.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("kind,id,name,issue:") && header.contains("utility:boeing"));
    let width = header.split(',').count();
    assert!(lines.clone().any(|l| l.starts_with("proposal,")));
    assert!(lines.clone().any(|l| l.starts_with("solution,nash,")));
    for l in lines {
        assert_eq!(l.split(',').count(), width, "{l}");
    }
    let scenario = repo().join("examples/ukraine-2025/scenario.toml");
    let out = stdout(&detente(&[
        "forecast",
        scenario.to_str().unwrap(),
        "--model",
        "eum",
        "--format",
        "csv",
    ]));
    assert!(out.starts_with("model,issue,round,actor,position,mean,median\r\n"));
    assert!(out.lines().count() > 10);
}

#[test]
fn search_table_snippet_shows_the_hit() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_store(dir.path());
    let out = stdout(&detente(&[
        "search",
        "--db",
        db.to_str().unwrap(),
        "zanzibarite",
    ]));
    assert!(out.contains("**zanzibarite**"), "{out}");
}

#[test]
fn extract_says_an_undated_article_leaves_relative_dates_unresolved() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("undated.txt");
    std::fs::write(
        &f,
        "Talks\n\nThe envoy said on Tuesday that a deal was close, and talks resume next week.\n",
    )
    .unwrap();
    let o = detente(&["extract", f.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success());
    assert!(
        err.contains("undated.txt") && err.contains("no date") && err.contains("--date"),
        "{err}"
    );
    let o = detente(&["extract", "--date", "2025-03-04", f.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("no date"));
}

#[test]
fn simulate_trace_shows_the_terms_offered() {
    let scenario = repo().join("examples/labour-2024/scenario.toml");
    let out = stdout(&detente(&[
        "simulate",
        scenario.to_str().unwrap(),
        "--trace",
    ]));
    let first = out
        .lines()
        .find(|l| l.trim_start().starts_with("step"))
        .unwrap();
    assert!(
        first.contains("wage_increase=") && first.contains("pension="),
        "{first}"
    );
}

#[test]
fn demo_main_report_links_every_other_report_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo");
    stdout(&detente(&[
        "demo",
        "--out",
        out.to_str().unwrap(),
        "--draws",
        "20",
    ]));
    let main = std::fs::read_to_string(out.join("report.html")).unwrap();
    let mut others = 0;
    for e in std::fs::read_dir(&out).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if name.starts_with("report-") && name.ends_with(".html") {
            others += 1;
            assert!(
                main.contains(&format!("href=\"{name}\"")),
                "report.html does not link {name}"
            );
        }
    }
    assert!(others >= 2, "the demo wrote {others} other reports");
}
