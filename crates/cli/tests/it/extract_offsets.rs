//! `detente extract` gives spans as UTF-8 byte offsets into the file as read: for HTML pages
//! the bytes `start..end` of the page, with tags stripped and character references decoded,
//! are the record's text; for text files they are the text itself.

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a reader sees of a piece of page source (html5ever decodes it).
fn visible(source: &str) -> String {
    squash(&detente_text::html::parse_page(source).body)
}

fn files() -> Vec<PathBuf> {
    let mut files = vec![root().join("crates/text/tests/fixtures/ceasefire.html")];
    let examples = root().join("examples/ukraine-2025/articles");
    let mut listed: Vec<PathBuf> = std::fs::read_dir(&examples)
        .expect("the example articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "html" || x == "htm" || x == "txt")
        })
        .collect();
    listed.sort();
    files.extend(listed);
    files
}

#[test]
fn every_span_points_into_the_file_as_read() {
    let files = files();
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .arg("extract")
        .args(["--format", "jsonl"])
        .args(&files)
        .output()
        .expect("run detente extract");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let by_name: HashMap<String, String> = files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(p).unwrap())
        })
        .collect();
    let mut checked: HashMap<String, usize> = HashMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let rec: Value = serde_json::from_str(line).unwrap();
        let (Some(start), Some(end)) = (rec["start"].as_u64(), rec["end"].as_u64()) else {
            continue;
        };
        let (start, end) = (start as usize, end as usize);
        let name = rec["article"].as_str().unwrap();
        let text = rec["text"].as_str().unwrap();
        let file = &by_name[name];
        assert!(start <= end && end <= file.len(), "{name}: {line}");
        // The scorer decodes the file and needs both offsets on character starts.
        assert!(
            file.is_char_boundary(start) && file.is_char_boundary(end),
            "{name}: {start}..{end} splits a character: {line}"
        );
        let source = &file[start..end];
        if name.ends_with(".html") || name.ends_with(".htm") {
            assert_eq!(
                visible(source),
                squash(text),
                "{name}: {line} covers {source:?}"
            );
        } else {
            assert_eq!(source, text, "{name}: {line}");
        }
        *checked.entry(name.to_string()).or_default() += 1;
    }
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy();
        assert!(
            checked.get(name.as_ref()).copied().unwrap_or(0) >= 2,
            "{name}: too few spans checked ({checked:?})"
        );
    }
}
