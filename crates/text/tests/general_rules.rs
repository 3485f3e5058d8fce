//! General attribution, name, quotation-mark, date and claim rules, each checked on a short
//! article written for the test (no names or sentences from the seed corpus).
use detente_text::{Article, ArticleEvidence, Extractor, Quote};

fn extract(text: &str, date: &str) -> ArticleEvidence {
    let a = Article {
        id: "t.txt".into(),
        source_path: "t.txt".into(),
        title: None,
        date: Some(date.into()),
        date_inferred: false,
        url: None,
        text: text.into(),
        content_hash: String::new(),
    };
    Extractor::new().extract(&a)
}

fn quote<'a>(ev: &'a ArticleEvidence, starts: &str) -> &'a Quote {
    ev.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", ev.quotes))
}

const LEAD: &str = "Talks between the dock workers and the harbour authority stalled on \
Tuesday after a week of meetings in the port city.\n\n";

#[test]
fn continuation_quote_after_inverted_attribution_keeps_the_speaker() {
    let text = format!(
        "{LEAD}\"The offer on the table is still too low,\" said Marta Oduya. \"We will keep \
talking as long as it takes.\"\n\n\"Nurses cannot staff every ward alone,\" said Hemi Tane, \
the chief negotiator of the Regional Health Workers Union. \"Our members are worn out.\"\n"
    );
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        quote(&ev, "We will keep").speaker.as_deref(),
        Some("Marta Oduya")
    );
    assert_eq!(
        quote(&ev, "Our members are worn").speaker.as_deref(),
        Some("Hemi Tane")
    );
}
