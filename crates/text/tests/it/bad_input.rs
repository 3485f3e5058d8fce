//! Bad input never panics and never stops a run: each case gives a warning naming the file
//! (and line), and whatever can be read is still read.
use detente_text::{read_paths, Article, Extractor, ReadEvent, ReadOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

type Warning = (PathBuf, Option<usize>, String);

fn events(paths: &[PathBuf]) -> (Vec<Article>, Vec<Warning>) {
    let mut arts = Vec::new();
    let mut warns = Vec::new();
    for e in read_paths(paths, &ReadOptions::default()) {
        match e {
            ReadEvent::Article(a) => arts.push(a),
            ReadEvent::Warning {
                path,
                line,
                message,
            } => warns.push((path, line, message)),
        }
    }
    (arts, warns)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn empty_file_gives_a_warning_and_no_article() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "empty.txt", b"");
    let (arts, warns) = events(std::slice::from_ref(&p));
    assert!(arts.is_empty());
    assert_eq!(warns.len(), 1);
    assert_eq!(warns[0].0, p);
    assert!(warns[0].2.contains("empty"));
}

#[test]
fn binary_file_is_skipped() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    let p = write(d.path(), "photo.txt", &bytes);
    let (arts, warns) = events(&[p]);
    assert!(arts.is_empty());
    assert!(warns[0].2.contains("binary"));
}

#[test]
fn invalid_utf8_is_read_lossily_with_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "latin1.txt",
        b"Talks resumed.\n\n\"We want peace,\" said envoy Jos\xe9 Ramirez. He added more.\n",
    );
    let (arts, warns) = events(std::slice::from_ref(&p));
    assert_eq!(arts.len(), 1);
    assert!(warns.iter().any(|w| w.0 == p && w.2.contains("UTF-8")));
    let ev = Extractor::new().extract(&arts[0]);
    assert_eq!(ev.quotes.len(), 1);
    assert_eq!(ev.quotes[0].text, "We want peace,");
}

#[test]
fn unbalanced_quote_marks_do_not_swallow_the_article() {
    let d = tempfile::tempdir().unwrap();
    let mut text =
        String::from("Opening line.\n\nThe envoy said \"this will never close and runs on.\n\n");
    for i in 0..50 {
        text.push_str(&format!(
            "Paragraph {i} reports that talks continued without incident.\n\n"
        ));
    }
    text.push_str("\u{201c}Stray curly mark with no end\n\n\u{201d} and a closing mark alone.\n");
    let p = write(d.path(), "unbalanced.txt", text.as_bytes());
    let (arts, _) = events(&[p]);
    let ev = Extractor::new().extract(&arts[0]);
    for q in &ev.quotes {
        assert!(
            !q.text.contains('\n'),
            "quote crossed a paragraph: {:?}",
            q.text
        );
        assert!(q.end - q.start < 200);
    }
}

#[test]
fn html_without_body_is_skipped_with_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "nobody.html",
        b"<html><head><title>Nothing</title></head></html>",
    );
    let q = write(
        d.path(),
        "broken.html",
        b"<html><body><p>Talks <b>resumed <i>today</p></div></span>",
    );
    let (arts, warns) = events(&[p.clone(), q]);
    assert!(warns
        .iter()
        .any(|w| w.0 == p && w.2.contains("no article text")));
    assert_eq!(arts.len(), 1, "broken but non-empty HTML is still read");
    assert!(arts[0].text.contains("Talks resumed today"));
}

#[test]
fn jsonl_broken_lines_are_reported_and_good_lines_read() {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken.jsonl");
    let (arts, warns) = events(&[p]);
    let ids: Vec<&str> = arts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, vec!["a1", "a3"]);
    let lines: Vec<Option<usize>> = warns.iter().map(|w| w.1).collect();
    assert_eq!(lines, vec![Some(2), Some(3), Some(5)]);
    assert_eq!(arts[0].date.as_deref(), Some("2024-05-02"));
    assert!(arts[0].source_path.ends_with("broken.jsonl:1"));
}

#[test]
fn missing_path_is_a_warning() {
    let (arts, warns) = events(&[PathBuf::from("/nonexistent/detente/file.txt")]);
    assert!(arts.is_empty());
    assert_eq!(warns.len(), 1);
}

fn huge_single_line(mb: usize) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("huge.txt");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
    let chunk = "Talks went on and \u{201c}no deal yet,\u{201d} said Anna Berg on Monday while \"quotes open ";
    let mut written = 0;
    while written < mb * 1024 * 1024 {
        f.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len();
    }
    f.flush().unwrap();
    drop(f);
    let (arts, _) = events(&[p]);
    assert_eq!(arts.len(), 1);
    let ev = Extractor::new().extract(&arts[0]);
    assert!(!ev.quotes.is_empty());
    assert!(ev.actors.iter().any(|a| a.name == "Anna Berg"));
}

#[test]
fn twenty_megabyte_single_line() {
    huge_single_line(20);
}

#[test]
#[ignore = "slow in debug builds; run with --release --ignored"]
fn hundred_megabyte_single_line() {
    huge_single_line(100);
}

mod fuzz {
    use detente_text::{Article, Extractor};
    use proptest::prelude::*;

    fn article(text: String) -> Article {
        Article {
            id: "fuzz".into(),
            source_path: "fuzz".into(),
            title: None,
            date: Some("2025-07-24".into()),
            date_inferred: false,
            date_basis: None,
            raw_offsets: None,
            url: None,
            content_hash: String::new(),
            text,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
        /// Any text: no panic, and every span lies on character boundaries inside the text.
        #[test]
        fn never_panics_and_spans_are_valid(parts in proptest::collection::vec(
            prop_oneof![
                Just("\"".to_string()), Just("“".to_string()), Just("”".to_string()),
                Just("«".to_string()), Just("»".to_string()), Just("'".to_string()),
                Just("’s".to_string()), Just("\n".to_string()), Just("\n\n".to_string()),
                Just(" said ".to_string()), Just("Peskov".to_string()), Just("Anna Berg".to_string()),
                Just("the spokesman".to_string()), Just(", ".to_string()), Just(". ".to_string()),
                Just("he".to_string()), Just(" on Tuesday".to_string()), Just("July 23".to_string()),
                Just("U.S.".to_string()), Just("(APU)".to_string()), Just("Ministry of".to_string()),
                "[a-zA-Zé ]{0,12}",
            ],
            0..60,
        )) {
            let text: String = parts.concat();
            let a = article(text);
            let ev = Extractor::new().extract(&a);
            for q in &ev.quotes {
                prop_assert!(q.start <= q.end && q.end <= a.text.len());
                prop_assert_eq!(&a.text[q.start..q.end], q.text.as_str());
            }
            for d in &ev.dates {
                prop_assert_eq!(&a.text[d.start..d.end], d.text.as_str());
            }
            for c in &ev.claims {
                prop_assert_eq!(&a.text[c.start..c.end], c.text.as_str());
            }
        }
    }
}
