//! Files a command writes: never over an existing file without `--force`, never over one of
//! the command's own inputs, never half-written; a failed first ingest leaves no database.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn detente(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run detente")
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
        .join("scenario.toml")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The scratch folder's file names, sorted (no temporary file may be left).
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn report_refuses_an_existing_file_unless_forced_and_never_its_own_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scenario = dir.path().join("scenario.toml");
    std::fs::copy(example("labour-2024"), &scenario).expect("copy");
    let original = std::fs::read(&scenario).expect("read");
    let out = dir.path().join("report.html");
    std::fs::write(&out, "my own notes").expect("write");
    let args = [
        "report",
        "--scenario",
        "scenario.toml",
        "--draws",
        "0",
        "-o",
        "report.html",
    ];
    let o = detente(&args, dir.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "my own notes");

    let forced: Vec<&str> = args.iter().copied().chain(["--force"]).collect();
    let o = detente(&forced, dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out)
        .expect("read")
        .starts_with("<!DOCTYPE html>"));

    // Its own scenario, even with --force and under another spelling.
    let o = detente(
        &[
            "report",
            "--scenario",
            "scenario.toml",
            "--draws",
            "0",
            "-o",
            "./scenario.toml",
            "--force",
        ],
        dir.path(),
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("input"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&scenario).expect("read"), original);
    assert_eq!(names(dir.path()), ["report.html", "scenario.toml"]);
}

#[test]
fn import_and_export_genius_do_not_replace_files_unless_forced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scenario = dir.path().join("scenario.toml");
    std::fs::copy(example("labour-2024"), &scenario).expect("copy");
    let o = detente(&["export-genius", "scenario.toml", "-o", "g"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let files = names(&dir.path().join("g"));
    assert!(files.len() >= 3, "{files:?}");
    let first = dir.path().join("g").join(&files[0]);
    std::fs::write(&first, "edited by hand").expect("write");
    let o = detente(&["export-genius", "scenario.toml", "-o", "g"], dir.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&first).expect("read"),
        "edited by hand"
    );
    let o = detente(
        &["export-genius", "scenario.toml", "-o", "g", "--force"],
        dir.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_ne!(
        std::fs::read_to_string(&first).expect("read"),
        "edited by hand"
    );

    // Importing back over the user's scenario is refused; over one of the inputs always.
    let before = std::fs::read(&scenario).expect("read");
    let o = detente(&["import-genius", "g", "-o", "scenario.toml"], dir.path());
    assert!(!o.status.success());
    assert_eq!(std::fs::read(&scenario).expect("read"), before);
    let input = format!("g/{}", files[0]);
    let o = detente(&["import-genius", "g", "-o", &input, "--force"], dir.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains("input"), "{}", stderr(&o));
    let o = detente(&["import-genius", "g", "-o", "back.toml"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(names(dir.path()), ["back.toml", "g", "scenario.toml"]);
}

#[test]
fn a_failed_first_ingest_leaves_no_database_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("notes.bin"), [0u8, 159, 146, 150, 0, 1]).expect("write");
    let o = detente(
        &["ingest", "notes.bin", "--db", "talks.db", "-q"],
        dir.path(),
    );
    assert!(!o.status.success());
    assert_eq!(names(dir.path()), ["notes.bin"], "{}", stderr(&o));
}

#[test]
fn scenario_draft_refuses_to_replace_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Talks in Geneva\n\nThe envoy Ada Stone said: \"We want a ceasefire first.\"\n",
    )
    .expect("write");
    let o = detente(&["ingest", "a.txt", "--db", "t.db", "-q"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::write(dir.path().join("draft.toml"), "# mine").expect("write");
    let o = detente(
        &["scenario", "draft", "--db", "t.db", "-o", "draft.toml"],
        dir.path(),
    );
    assert!(!o.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("draft.toml")).expect("read"),
        "# mine"
    );
    let o = detente(
        &["scenario", "draft", "--db", "t.db", "-o", "t.db", "--force"],
        dir.path(),
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("input"), "{}", stderr(&o));
}
