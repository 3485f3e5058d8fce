//! Telling a feed from a page, and reading a feed's items.

use crate::error::FetchError;
use url::Url;

/// What a fetched body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Feed,
    Page,
}

/// Decides whether a body is an RSS/Atom feed, an HTML page, or neither.
///
/// Rule: a declared feed type (`rss`, `atom` or `rdf` in the media type) is a feed and a
/// declared HTML type (`text/html`, `application/xhtml+xml`) a page. A generic or missing
/// type (`application/xml`, `text/xml`, `application/octet-stream`, `text/plain`, none)
/// is decided by the first element of the body: `<rss`, `<feed` or `<rdf:RDF` make a feed,
/// `<html` or `<!DOCTYPE html` a page. Anything else (images, PDF, JSON, prose) is neither.
pub fn classify(url: &str, content_type: &str, bytes: &[u8]) -> Result<BodyKind, FetchError> {
    let ct = content_type;
    if ct.contains("rss") || ct.contains("atom") || ct.contains("rdf") {
        return Ok(BodyKind::Feed);
    }
    if ct == "text/html" || ct == "application/xhtml+xml" {
        return Ok(BodyKind::Page);
    }
    let generic = ct.is_empty()
        || ct == "application/xml"
        || ct == "text/xml"
        || ct == "application/octet-stream"
        || ct == "text/plain";
    if generic {
        if let Some(kind) = sniff(bytes) {
            return Ok(kind);
        }
    }
    Err(FetchError::NotHtml {
        url: url.into(),
        content_type: if ct.is_empty() {
            "no content type".into()
        } else {
            ct.into()
        },
    })
}

/// The kind given by the first element of a markup body, skipping a byte-order mark, the
/// XML declaration, comments and processing instructions.
fn sniff(bytes: &[u8]) -> Option<BodyKind> {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>")?.1.trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->")?.1.trim_start();
        } else {
            break;
        }
    }
    let lower = rest.get(..rest.len().min(16))?.to_ascii_lowercase();
    if lower.starts_with("<rss") || lower.starts_with("<feed") || lower.starts_with("<rdf:rdf") {
        Some(BodyKind::Feed)
    } else if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        Some(BodyKind::Page)
    } else {
        None
    }
}

/// One item of a feed, as far as detente needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedItem {
    /// The item's `guid`/`id` (or, when it has none, one derived from its link and title).
    pub id: String,
    /// The article's address, absolute.
    pub link: Option<String>,
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`, UTC), else the last update's.
    pub date: Option<String>,
    /// HTML or text content carried in the feed itself (used when there is no link).
    pub content: Option<String>,
}

/// The items of an RSS 2.0, RSS 1.0 or Atom feed, in feed order.
pub fn parse_feed(url: &str, bytes: &[u8]) -> Result<Vec<FeedItem>, FetchError> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(url))
        .build()
        .parse(bytes)
        .map_err(|source| FetchError::MalformedFeed {
            url: url.into(),
            source,
        })?;
    let base = Url::parse(url).ok();
    Ok(feed
        .entries
        .into_iter()
        .map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .and_then(|l| absolute(base.as_ref(), &l.href));
            let date = e
                .published
                .or(e.updated)
                .map(|d| d.format("%Y-%m-%d").to_string());
            let content = e
                .content
                .and_then(|c| c.body)
                .or(e.summary.map(|s| s.content))
                .filter(|c| !c.trim().is_empty());
            FeedItem {
                id: e.id,
                link,
                title: e.title.map(|t| t.content.trim().to_string()),
                date,
                content,
            }
        })
        .collect())
}

/// `href` made absolute against the feed's address; only http(s) links are kept.
fn absolute(base: Option<&Url>, href: &str) -> Option<String> {
    let joined = match base {
        Some(b) => b.join(href.trim()).ok()?,
        None => Url::parse(href.trim()).ok()?,
    };
    matches!(joined.scheme(), "http" | "https").then(|| joined.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_types_decide_before_the_body() {
        assert_eq!(
            classify("u", "application/rss+xml", b"").unwrap(),
            BodyKind::Feed
        );
        assert_eq!(
            classify("u", "application/atom+xml", b"").unwrap(),
            BodyKind::Feed
        );
        assert_eq!(classify("u", "text/html", b"").unwrap(), BodyKind::Page);
    }

    #[test]
    fn generic_types_are_sniffed_by_the_first_element() {
        let rss = b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">";
        assert_eq!(classify("u", "text/xml", rss).unwrap(), BodyKind::Feed);
        assert_eq!(
            classify("u", "", b"  <!DOCTYPE html><html>").unwrap(),
            BodyKind::Page
        );
        assert_eq!(
            classify(
                "u",
                "application/xml",
                b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            )
            .unwrap(),
            BodyKind::Feed
        );
    }

    #[test]
    fn other_bodies_are_neither_and_the_error_names_the_url() {
        let e = classify("http://h/x.pdf", "application/pdf", b"%PDF-1.7").unwrap_err();
        assert!(e.to_string().starts_with("http://h/x.pdf:"), "{e}");
        assert!(classify("u", "text/plain", b"Just some prose.").is_err());
        assert!(classify("u", "application/json", b"{}").is_err());
    }

    #[test]
    fn relative_links_are_resolved_and_other_schemes_dropped() {
        let base = Url::parse("http://h:1/feeds/a.xml").ok();
        assert_eq!(
            absolute(base.as_ref(), "../news/1.html").as_deref(),
            Some("http://h:1/news/1.html")
        );
        assert_eq!(absolute(base.as_ref(), "mailto:x@y"), None);
    }
}
