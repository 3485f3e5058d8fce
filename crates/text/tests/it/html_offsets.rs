//! Spans of HTML articles are byte offsets into the page as read: for every quote, claim
//! and date found in a page, the page's bytes in `start..end`, with tags stripped and
//! character references decoded (by html5ever, independently of the offset map), are the
//! record's text. Pages are written for these tests (no names or sentences from the corpus).
use detente_text::html::{align_offsets, parse_page, RawOffsetMap};
use detente_text::{read_paths, Article, ArticleEvidence, Extractor, ReadEvent, ReadOptions};
use proptest::prelude::*;

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a reader sees of a piece of page source, decoded by html5ever.
fn visible(source: &str) -> String {
    let doc = scraper::Html::parse_fragment(source);
    squash(&doc.root_element().text().collect::<String>())
}

/// Reads `html` as a `.html` file (CRLF and all), the way `detente extract` does.
fn read_page(html: &str) -> Article {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap();
    let opts = ReadOptions {
        default_date: Some("2025-06-18".into()),
        ..ReadOptions::default()
    };
    let mut articles = read_paths(&[path], &opts).filter_map(|e| match e {
        ReadEvent::Article(a) => Some(a),
        ReadEvent::Warning { .. } => None,
    });
    articles.next().expect("the page is read as an article")
}

/// Every quote, claim and date of the page, as a source span: checked against the source.
/// Returns the evidence so that callers can also check what was found.
fn check_spans(html: &str) -> ArticleEvidence {
    let article = read_page(html);
    let map = article
        .raw_offsets
        .clone()
        .expect("an HTML article carries its offset map");
    let ev = Extractor::new().extract(&article);
    let spans = ev
        .quotes
        .iter()
        .map(|q| ("quote", q.start, q.end, q.text.as_str()))
        .chain(
            ev.claims
                .iter()
                .map(|c| ("claim", c.start, c.end, c.text.as_str())),
        )
        .chain(
            ev.dates
                .iter()
                .map(|d| ("date", d.start, d.end, d.text.as_str())),
        );
    for (kind, start, end, text) in spans {
        assert_eq!(&article.text[start..end], text, "body span of a {kind}");
        let (s, e) = map.span_to_raw(start, end);
        assert!(s <= e && e <= html.len(), "{kind} {text:?}: {s}..{e}");
        assert!(
            html.is_char_boundary(s) && html.is_char_boundary(e),
            "{kind} {text:?}: {s}..{e} splits a character"
        );
        assert_eq!(
            visible(&html[s..e]),
            squash(text),
            "{kind} {text:?} maps to source {:?}",
            &html[s..e]
        );
    }
    ev
}

fn quote_texts(ev: &ArticleEvidence) -> Vec<&str> {
    ev.quotes.iter().map(|q| q.text.as_str()).collect()
}

#[test]
fn character_references_inside_and_around_quotes() {
    let html = r#"<!DOCTYPE html><html><head><title>Harbour talks</title></head>
<body><article>
<h1>Harbour talks resume after a week&#8217;s pause</h1>
<p>&ldquo;We are ready to sign if the pension clause stays,&rdquo; union leader Marta Kowalczyk said on Tuesday.</p>
<p>The port authority&#8217;s director, Henrik Aalto, replied that &#x201C;no clause is final until everything is agreed&#x201D; and that talks would resume on March&nbsp;20.</p>
<p>&#147;Our members have waited long enough,&#148; Kowalczyk said. Talks resume on Friday &amp; both sides expect a deal by April.</p>
</article></body></html>"#;
    let ev = check_spans(html);
    let quotes = quote_texts(&ev);
    assert!(
        quotes.contains(&"We are ready to sign if the pension clause stays,"),
        "{quotes:?}"
    );
    assert!(
        quotes.contains(&"no clause is final until everything is agreed"),
        "{quotes:?}"
    );
    assert!(
        quotes.contains(&"Our members have waited long enough,"),
        "{quotes:?}"
    );
    assert!(ev.dates.len() >= 3, "{:?}", ev.dates);
    // The first quote starts right after `&ldquo;` in the source.
    let q = &ev.quotes[0];
    let article = read_page(html);
    let (s, _) = article
        .raw_offsets
        .as_ref()
        .unwrap()
        .span_to_raw(q.start, q.end);
    assert!(html[..s].ends_with("&ldquo;"), "{:?}", &html[s - 10..s]);
}

#[test]
fn inline_tags_inside_quotes() {
    let html = r#"<html><body><main>
<p>&ldquo;The offer is <em>not</em> what we asked for, and <a href="/docs/offer.pdf" title="a > b">the members</a> will decide,&rdquo; Marta Kowalczyk said on Wednesday.</p>
<p>Henrik Aalto told reporters: “We have <strong>moved</strong> twice since <span class="when">Monday</span>, and we will not move again.”</p>
</main></body></html>"#;
    let ev = check_spans(html);
    let quotes = quote_texts(&ev);
    assert!(
        quotes.contains(&"The offer is not what we asked for, and the members will decide,"),
        "{quotes:?}"
    );
    assert!(
        quotes.contains(&"We have moved twice since Monday, and we will not move again."),
        "{quotes:?}"
    );
}

#[test]
fn navigation_scripts_and_hidden_text_before_the_body() {
    let html = r#"<!DOCTYPE html>
<html><head>
<script>var teaser = "“Our teams will patrol both sides,” said Nobody on Friday.";</script>
<style>p::before { content: "“Mission chief said”"; }</style>
</head><body>
<nav><a href="/">Home</a> › <a href="/world">World</a> › Ceasefire monitors arrive in the valley</nav>
<noscript>“Please enable scripts,” said the site on Monday.</noscript>
<template><p>“Our teams will patrol both sides of the line,” said a template on Sunday.</p></template>
<!-- “Our teams will patrol both sides of the line,” said an old comment. -->
<div class="share-bar">Share “Our teams will patrol” on social</div>
<main>
<h1>Ceasefire monitors arrive in the valley</h1>
<p>The first monitors reached the valley on Thursday, two days after the truce began.</p>
<script>document.write("“Our teams will patrol both sides of the line,” said a script.");</script>
<p>“Our teams will patrol both sides of the line,” mission chief Lena Haugen said.</p>
<aside class="related">“Our teams will patrol both sides of the line,” said an aside.</aside>
<p>Haugen said the next report was due within 14 days.</p>
</main>
<footer>“All rights reserved,” said the publisher in 2024.</footer>
</body></html>"#;
    let ev = check_spans(html);
    let article = read_page(html);
    let map = article.raw_offsets.as_ref().unwrap();
    let q = ev
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Our teams will patrol"))
        .expect("the mission chief's quote");
    // The quote maps to the paragraph in <main>, not to any of the hidden copies.
    let (s, _) = map.span_to_raw(q.start, q.end);
    let main = html.find("<main>").unwrap();
    let paragraph = main + html[main..].find("<p>“Our teams").unwrap();
    assert!(s > main && s == paragraph + "<p>“".len(), "{s}");
    // The headline maps to the <h1>, not to the breadcrumb in <nav>.
    let h1 = html.find("<h1>").unwrap() + "<h1>".len();
    assert_eq!(map.to_raw(0), h1);
    assert!(
        ev.dates.iter().any(|d| d.text == "Thursday"),
        "{:?}",
        ev.dates
    );
}

#[test]
fn non_ascii_text() {
    let html = "<html><body><article>\
<p>«Nous ne céderons pas sur la pêche», a déclaré la ministre Élodie Marchand le 12 mai 2025.</p>\
<p>“Мы готовы продолжить переговоры в Женеве,” said the envoy Pavel Sidorov on 14 May 2025.</p>\
<p>“The quota for Zürich-registered boats 🚢 must change before the season,” said Élodie Marchand on Friday.</p>\
<p>„Wir bleiben am Tisch“, sagte Jürgen Weiß am Montag.</p>\
</article></body></html>";
    let ev = check_spans(html);
    let quotes = quote_texts(&ev);
    assert!(
        quotes.contains(&"Мы готовы продолжить переговоры в Женеве,"),
        "{quotes:?}"
    );
    assert!(
        quotes
            .iter()
            .any(|q| q.contains("🚢") && q.starts_with("The quota")),
        "{quotes:?}"
    );
    assert!(
        ev.dates.iter().any(|d| d.text == "14 May 2025"),
        "{:?}",
        ev.dates
    );
}

#[test]
fn crlf_line_endings_and_wrapped_paragraphs() {
    let lines = [
        "<!DOCTYPE html>",
        "<html><head><title>Dam talks</title></head>",
        "<body>",
        "<article>",
        "<p>\u{201c}We will",
        "   return to the table",
        " next week,\u{201d} the mediator, Omar Haddad, said on Monday.</p>",
        "<p>The upstream delegation said it had",
        "  submitted new figures on 2 June 2025.</p>",
        "<p>\u{201c}The figures",
        "do not add up,\u{201d} said Leyla Demir, the downstream negotiator.</p>",
        "</article>",
        "</body></html>",
    ];
    let html = lines.join("\r\n");
    let ev = check_spans(&html);
    let quotes = quote_texts(&ev);
    assert!(
        quotes.contains(&"We will return to the table next week,"),
        "{quotes:?}"
    );
    assert!(quotes.contains(&"The figures do not add up,"), "{quotes:?}");
    assert!(
        ev.dates.iter().any(|d| d.text == "2 June 2025"),
        "{:?}",
        ev.dates
    );
}

#[test]
fn malformed_page() {
    let html = "<html><body><div id=main><p>“Unclosed paragraphs are common,” said editor Rosa Lind on Tuesday.
<p>A stray < sign, a bare & ampersand and &notanentity; appear, said Lind on 3 June 2024.
<p>“Attributes <a href=x title='say “hi” > there'>can hold quotes</a>,” Lind said.
<b><i>“Misnested tags still read,” said Lind on Wednesday.</b></i>
<table><tr><td>“Cells count too,” Lind said on Friday.</td></tr>“Stray table text moves,” Lind said.</table>
<p>“Text after a broken table is still here,” said Lind on Thursday.
<!-- an unterminated comment “Never shown,” said Nobody.";
    let ev = check_spans(html);
    let quotes = quote_texts(&ev);
    for expected in [
        "Unclosed paragraphs are common,",
        "Attributes can hold quotes,",
        "Misnested tags still read,",
        "Cells count too,",
        "Text after a broken table is still here,",
    ] {
        assert!(quotes.contains(&expected), "{expected:?} in {quotes:?}");
    }
    assert!(!quotes.iter().any(|q| q.contains("Never shown")));
}

/// The map on its own: entity runs, a two-character reference, unalignable body text.
#[test]
fn map_answers_are_positions_in_the_source() {
    let html = "<p>A&amp;B &NotEqualTilde; caf\u{e9} &#0; &#x110000;</p><p>tail</p>";
    let page = parse_page(html);
    let map = page.raw_offsets(html);
    assert_eq!(
        page.body,
        "A&B \u{2242}\u{338} caf\u{e9} \u{fffd} \u{fffd}\n\ntail"
    );
    assert_eq!(map.span_to_raw(0, 3), (3, 10)); // A&amp;B
    let amp = page.body.find('&').unwrap();
    assert_eq!(map.span_to_raw(amp, amp + 1), (4, 9)); // &amp;
    let tail = page.body.find("tail").unwrap();
    let (s, e) = map.span_to_raw(tail, tail + 4);
    assert_eq!(&html[s..e], "tail");
    // A body the page does not contain: answers are still positions in the source.
    let odd = align_offsets(html, "nothing like it\n\nat all");
    for b in 0..=23 {
        let r = odd.to_raw(b);
        assert!(r <= html.len() && html.is_char_boundary(r));
    }
    assert_eq!(RawOffsetMap::default().span_to_raw(3, 9), (0, 0));
}

/// Page-like garbage: tags, attributes, comments, references, quotes, text and raw bytes.
fn page_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<article>".to_string()),
        Just("<nav>".to_string()),
        Just("</nav>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<style>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<a href=\"x>y\" title='".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<br>".to_string()),
        Just("<plaintext>".to_string()),
        Just("<".to_string()),
        Just("&".to_string()),
        Just("&amp;".to_string()),
        Just("&ldquo;".to_string()),
        Just("&#8217;".to_string()),
        Just("&#x1F6A2".to_string()),
        Just("&#99999999999;".to_string()),
        Just("&notin".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just(" said Anna Berg on Monday. ".to_string()),
        "[a-zA-Z \u{e9}\u{416}\u{1F600}.,\"'<>&;#/=!-]{0,24}",
        proptest::collection::vec(any::<u8>(), 0..12)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Any page, and any body at all: no panic, and every answer is a character boundary
    /// of the page, with spans never reversed.
    #[test]
    fn mapping_garbage_never_panics(
        pieces in proptest::collection::vec(page_piece(), 0..60),
        stray_body in "[a-z \u{e9}\u{1F600}\n]{0,40}",
    ) {
        let html: String = pieces.concat();
        let page = parse_page(&html);
        for body in [page.body.as_str(), stray_body.as_str()] {
            let map = align_offsets(&html, body);
            let bounds: Vec<usize> = (0..=body.len()).filter(|&b| body.is_char_boundary(b)).collect();
            for (k, &s) in bounds.iter().enumerate() {
                let r = map.to_raw(s);
                prop_assert!(r <= html.len() && html.is_char_boundary(r));
                for &e in &bounds[k..bounds.len().min(k + 4)] {
                    let (rs, re) = map.span_to_raw(s, e);
                    prop_assert!(rs <= re && re <= html.len());
                    prop_assert!(html.is_char_boundary(rs) && html.is_char_boundary(re));
                }
            }
        }
    }
}
