//! Finding the article in a saved news page: body paragraphs, title, publication date.

use scraper::{ElementRef, Html, Node, Selector};

/// What is kept of an HTML page.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub date: Option<String>,
    /// Paragraphs of the article body, separated by blank lines.
    pub body: String,
}

const SKIP_TAGS: &[&str] = &[
    "nav", "aside", "footer", "header", "script", "style", "noscript", "form", "iframe", "svg",
    "button", "template", "figure", "select", "menu",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "article",
    "main",
    "td",
    "dd",
    "dt",
    "figcaption",
    "br",
    "tr",
    "ul",
    "ol",
    "table",
];

/// Class or id words that mark page furniture rather than the article.
const NOISE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsor",
    "sponsored",
    "promo",
    "banner",
    "related",
    "comments",
    "comment",
    "share",
    "sharing",
    "social",
    "newsletter",
    "cookie",
    "cookies",
    "subscribe",
    "sidebar",
    "menu",
    "breadcrumb",
    "footer",
    "header",
    "nav",
    "popup",
    "modal",
    "recommended",
    "outbrain",
    "taboola",
    "byline-share",
    "paywall",
    "signup",
];

fn sel(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

fn is_noise(el: &ElementRef) -> bool {
    let v = el.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    if matches!(
        v.attr("role"),
        Some("navigation" | "complementary" | "banner" | "contentinfo")
    ) {
        return true;
    }
    let mut words = v
        .attr("class")
        .unwrap_or("")
        .split_whitespace()
        .chain(v.attr("id"));
    words.any(|w| {
        let w = w.to_ascii_lowercase();
        w.split(['-', '_']).any(|part| NOISE_WORDS.contains(&part))
    })
}

/// Parses a page; never fails (broken HTML is repaired by the parser).
pub fn parse_page(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut page = Page {
        title: find_title(&doc),
        date: find_date(&doc),
        ..Page::default()
    };
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .filter_map(|s| sel(s))
        .find_map(|s| {
            // The article element with the most text wins (pages may have teaser articles).
            doc.select(&s)
                .filter(|e| !is_noise(e))
                .max_by_key(|e| e.text().map(str::len).sum::<usize>())
        });
    let mut out = String::new();
    if let Some(root) = root {
        collect_text(root, &mut out);
    } else {
        collect_text(doc.root_element(), &mut out);
    }
    page.body = normalise_blocks(&out);
    page
}

fn collect_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_noise(&child_el) {
                    continue;
                }
                let block = BLOCK_TAGS.contains(&e.name());
                if block {
                    out.push_str("\n\n");
                }
                collect_text(child_el, out);
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => {} // comments, doctype, processing instructions
        }
    }
}

/// Collapses whitespace inside paragraphs and keeps one blank line between them.
fn normalise_blocks(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for block in raw.split("\n\n") {
        let mut first = true;
        let mut para = String::new();
        for w in block.split_whitespace() {
            if !first {
                para.push(' ');
            }
            para.push_str(w);
            first = false;
        }
        if para.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&para);
    }
    out
}

fn meta_content(doc: &Html, selector: &str) -> Option<String> {
    let s = sel(selector)?;
    doc.select(&s)
        .filter_map(|e| e.value().attr("content"))
        .map(|c| c.trim().to_string())
        .find(|c| !c.is_empty())
}

fn find_title(doc: &Html) -> Option<String> {
    if let Some(t) = meta_content(doc, r#"meta[property="og:title"]"#) {
        return Some(t);
    }
    for s in ["article h1", "h1", "title"] {
        let Some(s) = sel(s) else { continue };
        if let Some(e) = doc.select(&s).next() {
            let t = e.text().collect::<Vec<_>>().join(" ");
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                return Some(t);
            }
        }
    }
    None
}

fn find_date(doc: &Html) -> Option<String> {
    for m in [
        r#"meta[property="article:published_time"]"#,
        r#"meta[name="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="publish-date"]"#,
        r#"meta[name="dc.date"]"#,
        r#"meta[name="DC.date.issued"]"#,
    ] {
        if let Some(d) = meta_content(doc, m).and_then(|c| crate::dates::normalise_iso(&c)) {
            return Some(d);
        }
    }
    if let Some(s) = sel(r#"script[type="application/ld+json"]"#) {
        for e in doc.select(&s) {
            let raw: String = e.text().collect();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) {
                if let Some(d) = json_ld_date(&v) {
                    return Some(d);
                }
            }
        }
    }
    if let Some(s) = sel("time[datetime]") {
        for e in doc.select(&s) {
            if let Some(d) = e
                .value()
                .attr("datetime")
                .and_then(crate::dates::normalise_iso)
            {
                return Some(d);
            }
        }
    }
    None
}

fn json_ld_date(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(d) = map
                .get("datePublished")
                .and_then(|d| d.as_str())
                .and_then(crate::dates::normalise_iso)
            {
                return Some(d);
            }
            map.values().find_map(json_ld_date)
        }
        serde_json::Value::Array(items) => items.iter().find_map(json_ld_date),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_navigation_scripts_and_ads() {
        let html = r#"<html><head><title>T</title>
        <meta property="article:published_time" content="2025-07-23T10:00:00Z"></head>
        <body><nav><a>Home</a> <a>World</a></nav>
        <div class="ad-slot">Buy now</div><script>var x = "quoted";</script>
        <article><h1>Headline here</h1><p>First paragraph.</p><!-- a comment -->
        <aside>Related story</aside><p>Second   paragraph.</p></article>
        <footer>Copyright</footer></body></html>"#;
        let p = parse_page(html);
        assert_eq!(p.date.as_deref(), Some("2025-07-23"));
        assert_eq!(
            p.body,
            "Headline here\n\nFirst paragraph.\n\nSecond paragraph."
        );
    }

    #[test]
    fn json_ld_and_time_dates() {
        let html = r#"<html><head><script type="application/ld+json">
        {"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00+01:00"}</script></head>
        <body><p>Text.</p></body></html>"#;
        assert_eq!(parse_page(html).date.as_deref(), Some("2024-03-05"));
        let html = r#"<body><time datetime="2023-01-02">Jan 2</time><p>Text.</p></body>"#;
        assert_eq!(parse_page(html).date.as_deref(), Some("2023-01-02"));
    }

    #[test]
    fn page_without_body_text() {
        assert_eq!(
            parse_page("<html><head><title>x</title></head></html>").body,
            ""
        );
    }
}
