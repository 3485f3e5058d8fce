//! Date finding and resolution (`detente_text::dates`), without the rest of the extractor
//! (the `quote_extractor` target runs the whole `Extractor`, dates included). The first line
//! of the input is the reference (article) date, tried both as given and through
//! `normalise_iso`; the rest is the text. Checks that spans
//! are real, on character boundaries, and that resolved dates are ISO at some precision.
#![no_main]
use detente_text::dates::{find_dates, infer_article_date, normalise_iso, Reference};
use libfuzzer_sys::fuzz_target;

/// ISO at the precision known: `Y`, `Y-MM` or `Y-MM-DD`, where `Y` is four digits for
/// ordinary years (a nonsense reference date may push it outside 0..=9999: then a sign and
/// more digits, as chrono writes them).
fn check_resolved(r: &str) {
    let body = r.strip_prefix(['-', '+']).unwrap_or(r);
    let mut parts = body.split('-');
    let year = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let ok = year.len() >= 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && rest.len() <= 2
        && rest
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
    assert!(ok, "resolved date {r:?} is not YYYY, YYYY-MM or YYYY-MM-DD");
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (date, text) = input.split_once('\n').unwrap_or(("", &input));
    let normalised = normalise_iso(date);
    if let Some(n) = &normalised {
        check_resolved(n);
    }
    for reference in [
        Reference::parse(date.trim()),
        normalised.as_deref().and_then(Reference::parse),
    ] {
        for f in find_dates(text, 0, text.len(), reference.as_ref()) {
            assert!(
                f.start <= f.end && text.get(f.start..f.end).is_some(),
                "date span {}..{} is not a span of the {}-byte text",
                f.start,
                f.end,
                text.len()
            );
            if let Some(r) = &f.resolved {
                check_resolved(r);
            }
        }
    }
    // With the bundled chronology: dating from known events, datelines and weekdays.
    if let Some(d) = infer_article_date(text, &detente_text::Chronology::bundled()) {
        check_resolved(&d.date);
        assert_eq!(d.date.len(), 10, "an inferred date is a day: {}", d.date);
    }
});
