//! The HTML article reader, on raw bytes: through `read_paths` (binary detection, lossy
//! UTF-8, body, title and date finding) and `html::parse_page` directly. Every article it
//! returns must be well formed: a 64-hex content hash and an ISO date if any.
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
        dir.join(format!("detente-fuzz-{}.html", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = detente_text::html::parse_page(&String::from_utf8_lossy(data));
    let path = scratch_file();
    if std::fs::write(path, data).is_err() {
        return;
    }
    let opts = ReadOptions {
        // No default date, so that the page's own date tags and date inference are exercised.
        default_date: None,
        max_article_bytes: 1 << 20,
        // The bundled chronology and the page-source map are exercised too.
        ..ReadOptions::default()
    };
    for event in read_paths(std::slice::from_ref(path), &opts) {
        if let ReadEvent::Article(a) = event {
            assert_eq!(
                a.content_hash.len(),
                64,
                "content hash {:?}",
                a.content_hash
            );
            if let Some(d) = &a.date {
                assert!(
                    d.len() >= 4 && d.bytes().all(|b| b.is_ascii_digit() || b == b'-'),
                    "article date is not ISO: {d:?}"
                );
            }
        }
    }
});
