//! The evidence extractor on an article built from arbitrary text. The first line of the
//! input is the article's date (any string: the extractor must cope with nonsense dates),
//! the rest its text. Every record must point at a real span of the text, on character
//! boundaries, and a quote's or claim's `text` must be what that span holds (or lie inside
//! it, for texts that were tidied).
#![no_main]
use detente_text::extract::Extractor;
use detente_text::Article;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::new)
}

fn check_span(kind: &str, text: &str, start: usize, end: usize) {
    assert!(
        start <= end && text.get(start..end).is_some(),
        "{kind} span {start}..{end} is not a span of the {}-byte text",
        text.len()
    );
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (date, text) = input.split_once('\n').unwrap_or(("", &input));
    let date = date.trim();
    let article = Article {
        id: "fuzz".to_string(),
        source_path: "fuzz.txt".to_string(),
        title: None,
        date: (!date.is_empty()).then(|| date.to_string()),
        date_inferred: false,
        date_basis: None,
        raw_offsets: None,
        url: None,
        text: text.to_string(),
        content_hash: String::new(),
    };
    let ev = extractor().extract(&article);
    let t = article.text.as_str();
    for q in &ev.quotes {
        check_span("quote", t, q.start, q.end);
    }
    for c in &ev.claims {
        check_span("claim", t, c.start, c.end);
    }
    for d in &ev.dates {
        check_span("date", t, d.start, d.end);
        assert_eq!(&t[d.start..d.end], d.text, "a date's text is its span");
    }
    for a in &ev.actors {
        assert!(!a.name.trim().is_empty(), "an actor without a name");
    }
    let _ = ev.records().count();
});
