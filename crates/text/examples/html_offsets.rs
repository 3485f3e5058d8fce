//! Cost of mapping an HTML article's body offsets to offsets in the page source, next to
//! the cost of parsing the page. Without a path, synthetic pages of about 1 MB are used: a
//! news-like page (navigation, scripts, paragraphs with character references, inline tags
//! and ads between them) and hostile ones (thousands of identical short paragraphs; tables
//! whose text the parser moves; a body found nowhere in the page).
//! For pages given as paths it also checks every body word: the page's bytes its span maps
//! to, decoded by html5ever, must be the word.
//! Usage: cargo run --release -p detente-text --features tools --example html_offsets -- [PAGE.html...]
use detente_text::html::{align_offsets, parse_page, RawOffsetMap};
use std::time::Instant;

fn news_page(target: usize) -> String {
    let words = [
        "delegation",
        "mediator",
        "ceasefire",
        "harbour",
        "proposal",
        "envoy",
        "draft",
        "border",
        "talks",
        "agreement",
        "ministry",
        "quota",
        "Zürich",
        "négociation",
    ];
    let mut page = String::from(
        "<!DOCTYPE html><html><head><title>Talks</title><script>var a = \"<p>x</p>\";</script>\
         <style>p{margin:0}</style></head><body><nav><a href=\"/\">Home</a> <a>World</a></nav>\
         <article><h1>Talks resume at the harbour</h1>\n",
    );
    let mut n = 0usize;
    while page.len() < target {
        page.push_str("<p>&ldquo;");
        for k in 0..40 {
            let w = words[(n * 7 + k * 3) % words.len()];
            match k % 13 {
                3 => page.push_str(&format!("<em>{w}</em> ")),
                7 => page.push_str(&format!("<a href=\"/t/{n}\" title=\"a > b\">{w}</a> ")),
                9 => page.push_str(&format!("{w}&#8217;s ")),
                _ => {
                    page.push_str(w);
                    page.push(' ');
                }
            }
        }
        page.push_str("&rdquo; said the envoy on Tuesday.</p>\n");
        if n.is_multiple_of(5) {
            page.push_str("<div class=\"ad-slot\">Advertisement: talks draft offer</div>\n");
        }
        n += 1;
    }
    page.push_str("</article><footer>Footer</footer></body></html>");
    page
}

fn repeated_paragraphs(target: usize) -> String {
    let mut page = String::from("<html><body>");
    while page.len() < target {
        page.push_str("<p>Share</p><div class=\"share\">Share</div>\n");
    }
    page
}

fn moved_table_text(target: usize) -> String {
    let mut page = String::from("<html><body><p>Intro paragraph of the article here.</p>");
    let mut n = 0;
    while page.len() < target {
        page.push_str(&format!(
            "<table><tr><td>cell {n} of the table</td></tr>text {n} that the parser moves</table>\n"
        ));
        n += 1;
    }
    page
}

fn measure(name: &str, html: &str) {
    let passes = 3;
    let mut parse_s = f64::INFINITY;
    let mut map_s = f64::INFINITY;
    let mut page = parse_page(html);
    let mut map = RawOffsetMap::default();
    for _ in 0..passes {
        let t = Instant::now();
        page = parse_page(html);
        parse_s = parse_s.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        map = page.raw_offsets(html);
        map_s = map_s.min(t.elapsed().as_secs_f64());
    }
    let mb = html.len() as f64 / 1e6;
    println!(
        "{name}: {:.2} MB page, body {:.2} MB, {:.1}% of body bytes aligned; parse_page {:.1} ms, \
         raw_offsets {:.1} ms ({:.0} MB/s of page)",
        mb,
        page.body.len() as f64 / 1e6,
        100.0 * map.aligned_bytes() as f64 / page.body.len().max(1) as f64,
        parse_s * 1e3,
        map_s * 1e3,
        mb / map_s
    );
}

/// Words of the body whose mapped source span reads as the word, and the first misses.
fn check_words(html: &str) {
    let page = parse_page(html);
    let map = page.raw_offsets(html);
    let (mut words, mut good, mut backwards) = (0usize, 0usize, 0usize);
    let mut at = 0;
    let mut last_end = 0;
    for piece in page.body.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        if !word.is_empty() {
            words += 1;
            let (s, e) = map.span_to_raw(at, at + word.len());
            // Words come from the page in order, so a span before the previous one is
            // suspect (a copy of the word elsewhere), unless the parser moved the text.
            if s < last_end {
                backwards += 1;
            }
            last_end = e;
            let doc = scraper::Html::parse_fragment(&html[s..e]);
            let seen: String = doc.root_element().text().collect();
            if seen.split_whitespace().collect::<Vec<_>>().join(" ") == word {
                good += 1;
            } else if words - good <= 5 {
                println!("  miss: {word:?} -> {:?}", &html[s..e.min(s + 80)]);
            }
        }
        at += piece.len();
    }
    println!(
        "  words whose source span reads as the word: {good} of {words} ({:.2}%); \
         {backwards} mapped before the previous word",
        100.0 * good as f64 / words.max(1) as f64
    );
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        let size = 1 << 20;
        measure("news-like", &news_page(size));
        measure("identical short paragraphs", &repeated_paragraphs(size));
        measure("parser-moved table text", &moved_table_text(size));
        // Worst case: a body that is nowhere in the page (every search fails).
        let page = news_page(size);
        let other = parse_page(&moved_table_text(size)).body;
        let t = Instant::now();
        let map = align_offsets(&page, &other);
        println!(
            "unrelated body: {:.2} MB body on a {:.2} MB page, {} bytes aligned; raw_offsets {:.1} ms",
            other.len() as f64 / 1e6,
            page.len() as f64 / 1e6,
            map.aligned_bytes(),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
    for p in paths {
        match std::fs::read(&p) {
            Ok(bytes) => {
                let html = String::from_utf8_lossy(&bytes);
                measure(&p, &html);
                check_words(&html);
            }
            Err(e) => eprintln!("{p}: {e}"),
        }
    }
}
