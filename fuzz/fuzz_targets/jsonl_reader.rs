//! The JSONL article reader on raw bytes (through a scratch file, since `read_paths` reads
//! files): broken lines become warnings with line numbers, good lines articles; never a panic.
#![no_main]
use detente_text::read::{read_paths, ReadEvent, ReadOptions};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn scratch_file() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        dir.join(format!("detente-fuzz-{}.jsonl", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let path = scratch_file();
    if std::fs::write(path, data).is_err() {
        return;
    }
    // The limit is small so that the "line too long" path is reachable.
    let opts = ReadOptions {
        default_date: None,
        max_article_bytes: 4096,
        ..ReadOptions::default()
    };
    // The same bytes as a user's chronology file: errors, never a panic.
    let _ = detente_text::Chronology::parse(&String::from_utf8_lossy(data));
    let lines = data.split(|&b| b == b'\n').count();
    let mut articles = 0usize;
    for event in read_paths(std::slice::from_ref(path), &opts) {
        match event {
            ReadEvent::Article(a) => {
                articles += 1;
                assert_eq!(a.content_hash.len(), 64);
            }
            ReadEvent::Warning { line: Some(l), .. } => {
                assert!(l >= 1 && l <= lines, "warning on line {l} of {lines}");
            }
            ReadEvent::Warning { .. } => {}
        }
    }
    assert!(articles <= lines, "{articles} articles from {lines} lines");
});
