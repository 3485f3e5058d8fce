//! The self-contained report: escaping, charts, and the adapters on the bundled example.

use crate::common;

use detente_report::adapt::{build_report, ReportOptions};
use detente_report::data::{ReportData, SpanView};
use detente_report::html::highlighted_text;
use detente_report::render_report;
use detente_report::sample::sample_report;

fn example_scenario() -> detente_model::Scenario {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/scenario.toml"
    );
    detente_model::Scenario::load(path).expect("bundled example loads")
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let html = render_report(&sample_report());
    assert!(
        !html.contains("<script"),
        "the report must carry no script at all"
    );
    assert!(!html.contains("<img"), "hostile <img> unescaped");
    assert!(!html.contains("<b>Envoy"), "speaker markup unescaped");
    assert!(!html.contains("<i>role"), "role markup unescaped");
    assert!(!html.contains("<i>Monday"), "date basis markup unescaped");
    assert!(html.contains("(inferred from “&lt;i&gt;Monday"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("onerror=alert(2)"), "text shown literally");
    // Nothing is loaded from anywhere.
    assert!(!html.contains(" src=\""));
    assert!(!html.contains("<link"));
    assert!(!html.contains("url("));
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn charts_have_the_marks_the_data_asks_for() {
    let data = sample_report();
    let html = render_report(&data);
    let s = data.scenario.as_ref().expect("scenario");
    assert!(html.matches("<svg").count() >= 6);
    let heat = section(&html, "data-chart=\"heatmap\"");
    assert_eq!(
        heat.matches("<g class=\"cell\">").count(),
        s.proposals.len() * s.parties.len()
    );
    assert_eq!(heat.matches("class=\"mark-no\"").count(), 2);
    let frontier = section(&html, "data-chart=\"frontier\"");
    let f = s.frontier.as_ref().expect("frontier");
    assert_eq!(
        frontier.matches("class=\"frontier-point\"").count(),
        f.frontier.len()
    );
    assert_eq!(
        frontier.matches("<g class=\"proposal\">").count(),
        f.proposals.len()
    );
    assert_eq!(frontier.matches("<g class=\"solution-point\">").count(), 4);
    let robust = section(&html, "data-chart=\"robustness\"");
    assert_eq!(robust.matches("class=\"bar\"").count(), s.robustness.len());
    let timeline = section(&html, "data-chart=\"timeline\"");
    assert_eq!(
        timeline.matches("class=\"event quote\"").count(),
        data.evidence
            .events
            .iter()
            .filter(|e| e.kind == "quote")
            .count()
    );
    assert_eq!(html.matches("data-chart=\"zopa\"").count(), s.zopa.len());
}

/// The markup of the first `<svg>` carrying `marker`.
fn section<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html.find(marker).expect("chart present");
    let start = html[..at].rfind("<svg").expect("svg start");
    let end = html[at..].find("</svg>").expect("svg end") + at;
    &html[start..end]
}

#[test]
fn quotes_link_to_their_spans_in_the_appendix() {
    let html = render_report(&sample_report());
    // Quote 1 of the sample: talks.txt (article 0) bytes 28..58.
    assert!(html.contains("href=\"#art-0-28-58\""));
    assert!(html.contains("id=\"art-0-28-58\""));
    assert!(html.contains("id=\"art-1\""));
}

#[test]
fn empty_report_renders() {
    let html = render_report(&ReportData::default());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("No dated events"));
}

#[test]
fn highlighting_never_breaks_text() {
    let text = "Зеленський said «мир» — “peace” 🕊 now";
    // Every span over every pair of byte offsets, valid or not.
    for start in 0..text.len() + 2 {
        for end in [start, start + 1, start + 3, text.len(), text.len() + 5] {
            let spans = vec![
                SpanView {
                    start,
                    end,
                    kind: "quote".into(),
                    speaker: Some("<x>".into()),
                },
                SpanView {
                    start: 2,
                    end: 9,
                    kind: "date".into(),
                    speaker: None,
                },
            ];
            let html = highlighted_text(text, &spans, "p").into_string();
            let plain = strip_tags(&html);
            assert_eq!(plain, text, "spans {start}..{end}");
            assert!(!html.contains("<x>"));
        }
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn the_bundled_example_makes_a_full_report() {
    let scenario = example_scenario();
    let dir = tempfile::tempdir().expect("tempdir");
    let store = detente_store::Store::open(dir.path().join("e.db")).expect("store");
    let text = "Talks resumed. The minister said: \"We reject <script>alert(1)</script> as a basis for talks.\" He called the \"<img src=x onerror=alert(2)>\" offer void.";
    common::store_article(
        &store,
        "h.txt",
        text,
        "2025-07-01",
        &[(
            "Sergei Lavrov",
            "Russia",
            "We reject <script>alert(1)</script> as a basis for talks.",
        )],
    );
    let options = ReportOptions {
        draws: 200,
        ..ReportOptions::default()
    };
    let data = build_report(&scenario, Some(&store), &options).expect("report");
    let s = data.scenario.as_ref().expect("scenario view");
    assert_eq!(s.utilities.len(), s.proposals.len());
    assert!(s.utilities.iter().all(|row| row.len() == s.parties.len()));
    assert!(s
        .utilities
        .iter()
        .flatten()
        .all(|u| (0.0..=1.0 + 1e-9).contains(u)));
    let f = s
        .frontier
        .as_ref()
        .expect("frontier of the first two parties");
    assert_eq!(f.party_a, scenario.parties[0].id);
    assert!(!f.frontier.is_empty());
    // No frontier point dominates another.
    for p in &f.frontier {
        assert!(!f
            .frontier
            .iter()
            .any(|q| q.0 > p.0 + 1e-9 && q.1 > p.1 + 1e-9));
    }
    assert!(!s.robustness.is_empty());
    assert!(s
        .robustness
        .iter()
        .all(|r| r.low <= r.probability && r.probability <= r.high));
    assert_eq!(data.evidence.quotes.len(), 1);
    assert_eq!(data.evidence.articles.len(), 1);
    let html = render_report(&data);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    assert!(html.matches("<svg").count() >= 4);
    assert!(html.contains("Pareto frontier"));
}

#[test]
fn pair_must_name_two_parties() {
    let scenario = example_scenario();
    let bad = ReportOptions {
        pair: Some(("nobody".into(), scenario.parties[0].id.clone())),
        draws: 0,
        ..ReportOptions::default()
    };
    let err = build_report(&scenario, None, &bad).expect_err("error");
    assert!(err.to_string().contains("nobody"), "{err}");
    let by_name = ReportOptions {
        pair: Some((
            scenario.parties[1].name.to_uppercase(),
            scenario.parties[0].id.clone(),
        )),
        draws: 0,
        ..ReportOptions::default()
    };
    let data = build_report(&scenario, None, &by_name).expect("names work too");
    let f = data.scenario.and_then(|s| s.frontier).expect("frontier");
    assert_eq!(f.party_a, scenario.parties[1].id);
}

#[test]
fn a_stated_position_shows_the_words_that_decided_its_polarity() {
    let mut data = sample_report();
    data.positions.push(detente_report::data::PositionView {
        party: "Northland".into(),
        issue: "Border crossing".into(),
        option: Some("Open both ways".into()),
        polarity: "rejects".into(),
        quote: "the reopening of the crossing".into(),
        article: "a.txt".into(),
        cues: vec!["flatly rejected".into(), "<b>not</b>".into()],
        ..Default::default()
    });
    let html = render_report(&data);
    assert!(
        html.contains("decided by: flatly rejected, &lt;b&gt;not&lt;/b&gt;"),
        "the deciding words are shown, escaped"
    );
}
