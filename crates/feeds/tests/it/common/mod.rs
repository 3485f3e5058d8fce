//! Shared by the feeds tests: the local server and feeds and pages written for these tests
//! (fictional talks between Norway and Iceland over fishing quotas).
#![allow(dead_code)]

pub mod server;

const SPEAKERS: &[(&str, &str)] = &[
    ("Norwegian fisheries minister Kari Holm", "Norway"),
    ("Icelandic negotiator Einar Jonsson", "Iceland"),
];

/// An article page, different for every `n`, with one quote from each side.
pub fn article_page(n: usize) -> String {
    let (a, _) = SPEAKERS[n % 2];
    let (b, _) = SPEAKERS[(n + 1) % 2];
    let tonnes = 100 + n * 7;
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quota talks, round {n}</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Quota talks, round {n}</h1>
<p>Delegations from Norway and Iceland met in Tromso for round {n} of the talks on the
mackerel quota, which has been disputed for a decade.</p>
<p>"We can move by {tonnes} tonnes if the monitoring rules are agreed first," {a} said.</p>
<p>"A quota without a share of the northern grounds is not an offer," {b} said after the session.</p>
<p>The next round is planned for the spring.</p>
</article>
<aside class="related">Related: weather, football, markets.</aside>
</body></html>
"#
    )
}

/// RSS 2.0 with the given `(title, link, RFC 2822 date)` items.
pub fn rss(items: &[(&str, &str, &str)]) -> String {
    let mut s = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>North Atlantic desk</title><link>http://example.invalid/</link>
<description>Fisheries negotiations</description>
"#,
    );
    for (title, link, date) in items {
        s.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate></item>\n"
        ));
    }
    s.push_str("</channel></rss>\n");
    s
}

/// Atom with the given `(title, link, RFC 3339 date)` entries.
pub fn atom(items: &[(&str, &str, &str)]) -> String {
    let mut s = String::from(
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quota watch</title><id>urn:detente:test:atom</id>
<updated>2026-03-02T10:00:00Z</updated>
"#,
    );
    for (i, (title, link, date)) in items.iter().enumerate() {
        s.push_str(&format!(
            "<entry><title>{title}</title><id>urn:detente:test:{i}</id><link href=\"{link}\"/><published>{date}</published><updated>{date}</updated></entry>\n"
        ));
    }
    s.push_str("</feed>\n");
    s
}
