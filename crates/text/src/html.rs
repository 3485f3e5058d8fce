//! Finding the article in a saved news page: body paragraphs, title, publication date.

pub use detente_evidence::offsets::{RawOffsetMap, Run};
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
        w.split(['-', '_'])
            .any(|part| crate::wordlists::html_noise_words().contains(&part))
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

impl Page {
    /// Where each byte of [`Page::body`] came from in `html`, the page this was parsed from.
    pub fn raw_offsets(&self, html: &str) -> RawOffsetMap {
        align_offsets(html, &self.body)
    }
}

/// Aligns `body` (text extracted from `html`) with `html`. Any input is accepted.
///
/// html5ever keeps no source positions, so the body is aligned afterwards with the page's
/// visible text: a light scanner reads the source once (skipping tags, comments and the
/// contents of `script`, `style`, `noscript`, `template` and the like, decoding character
/// references with html5ever's own table) and records where each visible character starts.
/// Each body paragraph is then anchored by searching for its first characters near where
/// the previous one ended (ahead first, then behind: the parser moves some table text; a
/// headline also found in a breadcrumb takes the copy nearer the next paragraph), and
/// walked character by character, whitespace-insensitively; text
/// the body dropped inside a paragraph (a share button, an inline ad) is skipped by searching
/// again for the next words. Body characters that cannot be aligned take their nearest
/// aligned neighbour.
pub fn align_offsets(html: &str, body: &str) -> RawOffsetMap {
    let visible = VisibleText::scan(html);
    let mut aligner = Aligner::new(body, &visible);
    aligner.run();
    RawOffsetMap::from_runs(aligner.out)
}

fn push_run(runs: &mut Vec<Run>, run: Run) {
    if let Some(last) = runs.last_mut() {
        if last.verbatim && run.verbatim && last.at_end() == run.at && last.raw_end() == run.raw {
            last.at_len += run.at_len;
            last.raw_len += run.raw_len;
            return;
        }
    }
    runs.push(run);
}

/// The characters a reader sees, whitespace collapsed to single spaces, with their origin.
struct VisibleText {
    text: String,
    runs: Vec<Run>,
}

/// Elements whose content is not markup to read (raw text, or hidden templates).
const UNREAD_CONTENT: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"title",
    b"textarea",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
];

fn is_html_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

impl VisibleText {
    fn scan(html: &str) -> VisibleText {
        let b = html.as_bytes();
        let mut v = VisibleText {
            text: String::with_capacity(b.len() / 2),
            runs: Vec::new(),
        };
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'<' => match markup_end(b, i) {
                    Markup::Text => {}
                    Markup::Skip(next) => {
                        i = next;
                        continue;
                    }
                    Markup::Plaintext(next) => {
                        // Everything after <plaintext> is text, read as is.
                        let mut j = next;
                        while let Some(c) = html.get(j..).and_then(|s| s.chars().next()) {
                            v.push(c, j, c.len_utf8(), true);
                            j += c.len_utf8();
                        }
                        break;
                    }
                },
                b'&' => {
                    if let Some((c1, c2, len)) = char_ref(html, i) {
                        v.push(c1, i, len, false);
                        if let Some(c2) = c2 {
                            v.push(c2, i, len, false);
                        }
                        i += len;
                        continue;
                    }
                }
                _ => {}
            }
            match html.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => {
                    v.push(c, i, c.len_utf8(), true);
                    i += c.len_utf8();
                }
                None => i += 1, // not on a character boundary: cannot happen, but never loop
            }
        }
        v
    }

    fn push(&mut self, c: char, raw: usize, raw_len: usize, verbatim: bool) {
        if c == '\0' {
            return; // html5ever drops NUL in text
        }
        let (c, verbatim) = if c.is_whitespace() {
            if self.text.is_empty() || self.text.ends_with(' ') {
                return;
            }
            (' ', verbatim && raw_len == 1)
        } else {
            (c, verbatim)
        };
        let from = self.text.len();
        self.text.push(c);
        push_run(
            &mut self.runs,
            Run {
                at: from,
                raw,
                at_len: c.len_utf8(),
                raw_len,
                verbatim,
            },
        );
    }
}

enum Markup {
    /// A `<` that starts no markup.
    Text,
    /// Markup (and any unread element content) ends here.
    Skip(usize),
    /// `<plaintext>`: the rest of the page is text from here.
    Plaintext(usize),
}

/// What the `<` at `i` starts, following the HTML tokenizer's states closely enough for text.
fn markup_end(b: &[u8], i: usize) -> Markup {
    let n = b.len();
    match b.get(i + 1).copied() {
        Some(c) if c.is_ascii_alphabetic() => {
            let name_start = i + 1;
            let mut j = name_start;
            while j < n && !is_html_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
                j += 1;
            }
            let name = &b[name_start..j];
            let end = tag_end(b, j);
            if name.eq_ignore_ascii_case(b"plaintext") {
                return Markup::Plaintext(end);
            }
            if UNREAD_CONTENT.iter().any(|t| name.eq_ignore_ascii_case(t)) {
                return Markup::Skip(closing_tag(b, end, name));
            }
            Markup::Skip(end)
        }
        Some(b'/') => match b.get(i + 2).copied() {
            Some(c) if c.is_ascii_alphabetic() => Markup::Skip(tag_end(b, i + 2)),
            Some(b'>') => Markup::Skip(i + 3),
            Some(_) => Markup::Skip(bogus_comment_end(b, i + 2)),
            None => Markup::Text,
        },
        Some(b'!') => {
            if b.get(i + 2..i + 4) == Some(b"--".as_slice()) {
                Markup::Skip(comment_end(b, i + 4))
            } else {
                Markup::Skip(bogus_comment_end(b, i + 2))
            }
        }
        Some(b'?') => Markup::Skip(bogus_comment_end(b, i + 1)),
        _ => Markup::Text,
    }
}

/// End of a tag whose name ends at `j`: past its attributes (quoted values may hold `>`).
fn tag_end(b: &[u8], mut j: usize) -> usize {
    let n = b.len();
    while j < n && !is_html_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    loop {
        while j < n && (is_html_space(b[j]) || b[j] == b'/') {
            j += 1;
        }
        if j >= n {
            return n; // a tag cut off by the end of the page is dropped with the rest
        }
        if b[j] == b'>' {
            return j + 1;
        }
        j += 1; // the name's first character may be anything, even `=`
        while j < n && !is_html_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        while j < n && is_html_space(b[j]) {
            j += 1;
        }
        if j < n && b[j] == b'=' {
            j += 1;
            while j < n && is_html_space(b[j]) {
                j += 1;
            }
            if j < n && (b[j] == b'"' || b[j] == b'\'') {
                let quote = b[j];
                j = match memchr::memchr(quote, &b[j + 1..]) {
                    Some(p) => j + 1 + p + 1,
                    None => return n,
                };
            } else {
                while j < n && !is_html_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
            }
        }
    }
}

/// Start of `</name` (followed by a space, `/` or `>`) at or after `from`, else the end.
fn closing_tag(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from.min(b.len());
    while let Some(p) = memchr::memmem::find(&b[at..], b"</") {
        let start = at + p;
        let name_end = start + 2 + name.len();
        if b.get(start + 2..name_end)
            .is_some_and(|s| s.eq_ignore_ascii_case(name))
            && b.get(name_end)
                .is_some_and(|&c| is_html_space(c) || c == b'/' || c == b'>')
        {
            return start;
        }
        at = start + 2;
    }
    b.len()
}

/// End of a comment whose text starts at `k` (after `<!--`).
fn comment_end(b: &[u8], k: usize) -> usize {
    let n = b.len();
    if b.get(k) == Some(&b'>') {
        return k + 1; // <!-->
    }
    if b.get(k..k + 2) == Some(b"->".as_slice()) {
        return k + 2; // <!--->
    }
    let mut at = k.min(n);
    while let Some(p) = memchr::memmem::find(&b[at..], b"--") {
        let dash = at + p;
        if b.get(dash + 2) == Some(&b'>') {
            return dash + 3;
        }
        if b.get(dash + 2..dash + 4) == Some(b"!>".as_slice()) {
            return dash + 4;
        }
        at = dash + 1;
    }
    n
}

fn bogus_comment_end(b: &[u8], k: usize) -> usize {
    let k = k.min(b.len());
    memchr::memchr(b'>', &b[k..]).map_or(b.len(), |p| k + p + 1)
}

/// The character reference at `i` (`&amp;`, `&rdquo;`, `&#8217;`, `&#x201C;`, legacy names
/// without `;`) as html5ever decodes it in text: one or two characters and the bytes read.
fn char_ref(html: &str, i: usize) -> Option<(char, Option<char>, usize)> {
    let b = html.as_bytes();
    let n = b.len();
    match b.get(i + 1).copied()? {
        b'#' => {
            let mut j = i + 2;
            let radix = if matches!(b.get(j), Some(b'x' | b'X')) {
                j += 1;
                16
            } else {
                10
            };
            let digits = j;
            let mut value: u32 = 0;
            let mut too_big = false;
            while let Some(d) = b.get(j).and_then(|&c| (c as char).to_digit(radix)) {
                if !too_big {
                    value = value * radix + d;
                    too_big = value > 0x10FFFF;
                }
                j += 1;
            }
            if j == digits {
                return None;
            }
            if b.get(j) == Some(&b';') {
                j += 1;
            }
            Some((numeric_char(value, too_big), None, j - i))
        }
        c if c.is_ascii_alphanumeric() => {
            let mut best = None;
            let mut j = i + 1;
            while j < n && b[j].is_ascii() {
                j += 1;
                // All bytes from i + 1 to j are ASCII, so both ends are char boundaries.
                match markup5ever::data::NAMED_ENTITIES.get(html.get(i + 1..j)?) {
                    Some(&(c1, c2)) => {
                        if c1 != 0 {
                            best = Some((c1, c2, j));
                        }
                    }
                    None => break,
                }
            }
            let (c1, c2, end) = best?;
            let second = if c2 == 0 { None } else { char::from_u32(c2) };
            Some((char::from_u32(c1)?, second, end - i))
        }
        _ => None,
    }
}

fn numeric_char(value: u32, too_big: bool) -> char {
    if too_big || value == 0 || (0xD800..=0xDFFF).contains(&value) {
        return '\u{FFFD}';
    }
    if (0x80..=0x9F).contains(&value) {
        if let Some(Some(c)) = markup5ever::data::C1_REPLACEMENTS.get((value - 0x80) as usize) {
            return *c;
        }
    }
    char::from_u32(value).unwrap_or('\u{FFFD}')
}

/// Bytes of a paragraph's start used to find it in the visible text.
const KEY_BYTES: usize = 40;
/// Shorter keys (a one-word heading) are too common to anchor the paragraphs after them.
const STRONG_KEY_BYTES: usize = 16;
/// How far ahead a paragraph looks for its next words after text the body dropped.
const RESYNC_WINDOW: usize = 1 << 16;
/// A short key (a couple of words) is only looked for this close ahead.
const SHORT_KEY_BYTES: usize = 12;
const SHORT_KEY_WINDOW: usize = 1 << 12;
/// Paragraphs are first looked for this close to where the previous one ended.
const NEAR_WINDOW: usize = 1 << 10;
/// Words skipped, at most, looking for a place to resume inside one paragraph.
const RESYNC_TRIES: usize = 8;

/// Aligns a body with the visible text of its page, emitting body→source runs.
struct Aligner<'a> {
    body: &'a str,
    vis: &'a str,
    vis_runs: &'a [Run],
    /// Index of the visible run last looked up (lookups mostly move forward).
    cursor: usize,
    /// Bytes that substring searches may still scan: keeps hostile pages linear.
    budget: usize,
    out: Vec<Run>,
}

impl<'a> Aligner<'a> {
    fn new(body: &'a str, visible: &'a VisibleText) -> Self {
        Aligner {
            body,
            vis: &visible.text,
            vis_runs: &visible.runs,
            cursor: 0,
            budget: 32 * (visible.text.len() + body.len()) + (1 << 20),
            out: Vec::new(),
        }
    }

    /// Paragraphs (lines) of the body, trimmed, as byte ranges.
    fn paragraphs(&self) -> Vec<(usize, usize)> {
        let mut paras = Vec::new();
        let mut pos = 0;
        for line in self.body.split('\n') {
            let lead = line.len() - line.trim_start().len();
            let kept = line.trim_end().len();
            if kept > lead {
                paras.push((pos + lead, pos + kept));
            }
            pos += line.len() + 1;
        }
        paras
    }

    /// The body text from `i` used as a search key: up to [`KEY_BYTES`], within `end`.
    fn key(&self, i: usize, end: usize) -> &'a str {
        self.key_of(i, end, KEY_BYTES)
    }

    fn key_of(&self, i: usize, end: usize, bytes: usize) -> &'a str {
        let mut e = i.saturating_add(bytes).min(end).min(self.body.len());
        while e > i && !self.body.is_char_boundary(e) {
            e -= 1;
        }
        self.body.get(i..e).unwrap_or("").trim_end()
    }

    fn find(&mut self, key: &str, from: usize, to: usize) -> Option<usize> {
        let to = to.min(self.vis.len());
        if key.is_empty() || from >= to || self.budget == 0 {
            return None;
        }
        let to = to.min(from.saturating_add(self.budget));
        let found = memchr::memmem::find(&self.vis.as_bytes()[from..to], key.as_bytes());
        // Charged for what a search reads: up to its match, or all of it.
        let read = found.map_or(to - from, |p| (p + key.len()).min(to - from));
        self.budget -= read;
        found.map(|p| from + p)
    }

    fn rfind(&mut self, key: &str, from: usize, to: usize) -> Option<usize> {
        let to = to.min(self.vis.len());
        if key.is_empty() || from >= to || self.budget == 0 {
            return None;
        }
        let from = from.max(to.saturating_sub(self.budget));
        let found = memchr::memmem::rfind(&self.vis.as_bytes()[from..to], key.as_bytes());
        self.budget -= found.map_or(to - from, |p| to - from - p);
        found.map(|p| from + p)
    }

    /// The copy of `key` nearest `from`: searched ahead, then behind, in growing windows.
    fn find_near(&mut self, key: &str, from: usize) -> Option<usize> {
        let end = self.vis.len();
        let overlap = key.len().saturating_sub(1);
        let (mut ahead, mut behind) = (from, from); // searched so far: behind..ahead
        let mut window = NEAR_WINDOW;
        loop {
            let ahead_to = from.saturating_add(window).min(end);
            if ahead_to > ahead {
                if let Some(a) = self.find(key, ahead.saturating_sub(overlap).max(from), ahead_to) {
                    return Some(a);
                }
                ahead = ahead_to;
            }
            let behind_from = from.saturating_sub(window);
            if behind_from < behind {
                let to = behind.saturating_add(overlap).min(from);
                if let Some(a) = self.rfind(key, behind_from, to) {
                    return Some(a);
                }
                behind = behind_from;
            }
            if ahead >= end && behind == 0 {
                return None;
            }
            window = window.saturating_mul(8);
        }
    }

    fn run(&mut self) {
        let paras = self.paragraphs();
        let n = paras.len();
        let keys: Vec<&'a str> = paras.iter().map(|&(s, e)| self.key(s, e)).collect();
        let mut anchors: Vec<Option<usize>> = vec![None; n];

        // Distinctive paragraph starts, in order: each looked for where the previous one
        // ended, in windows growing eightfold, ahead first, then as far behind (the parser
        // moves some text: table text it foster-parents lands before the table).
        let mut from = 0usize;
        for k in 0..n {
            let key = keys[k];
            if key.len() < STRONG_KEY_BYTES {
                continue;
            }
            if let Some(a) = self.find_near(key, from) {
                anchors[k] = Some(a);
                let (start, end) = paras[k];
                from = from.max((a + (end - start)).min(self.vis.len()));
            }
        }
        // A paragraph also found later, before the next one, as fully: take the later copy
        // (a headline repeated in a breadcrumb before the article).
        let mut hi = self.vis.len();
        for k in (0..n).rev() {
            let Some(a) = anchors[k] else { continue };
            if let Some(c) = self.rfind(keys[k], a + keys[k].len(), hi) {
                if self.matched_len(paras[k], c) >= self.matched_len(paras[k], a) {
                    anchors[k] = Some(c);
                }
            }
            hi = anchors[k].unwrap_or(hi);
        }
        // Short paragraphs before the first anchor: the nearest copy before what follows
        // (navigation before the article holds the same words earlier).
        let first = anchors.iter().position(Option::is_some).unwrap_or(n);
        let mut hi = anchors
            .get(first)
            .copied()
            .flatten()
            .unwrap_or(self.vis.len());
        for k in (0..first).rev() {
            if let Some(a) = self.rfind(keys[k], 0, hi) {
                anchors[k] = Some(a);
                hi = a;
            }
        }

        let mut next_anchor = vec![self.vis.len(); n];
        let mut next = self.vis.len();
        for k in (0..n).rev() {
            next_anchor[k] = next;
            if let Some(a) = anchors[k] {
                next = a;
            }
        }
        let mut j = 0;
        for k in 0..n {
            let hi = next_anchor[k];
            let start = match anchors[k] {
                Some(a) => a,
                None => self.find(keys[k], j, hi).unwrap_or(j),
            };
            j = self.walk(paras[k], start);
        }
    }

    /// Body bytes of a paragraph that match the visible text from `j` before a difference.
    fn matched_len(&self, para: (usize, usize), j: usize) -> usize {
        let (mut i, end) = para;
        let mut j = j;
        let vis = self.vis.as_bytes();
        let mut matched = 0;
        while i < end {
            let Some(c) = self.body.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            while vis.get(j) == Some(&b' ') {
                j += 1;
            }
            if self.vis.get(j..).and_then(|s| s.chars().next()) != Some(c) {
                break;
            }
            matched += c.len_utf8();
            i += c.len_utf8();
            j += c.len_utf8();
        }
        matched
    }

    /// Aligns one paragraph starting at visible offset `j`; returns where it ended.
    fn walk(&mut self, para: (usize, usize), j: usize) -> usize {
        let (mut i, end) = para;
        let mut j = j;
        while i < end {
            let Some(c) = self.body.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            if c.is_whitespace() {
                if self.vis.as_bytes().get(j) == Some(&b' ') {
                    self.emit(i, len, j, 1);
                    j += 1;
                }
                i += len;
                continue;
            }
            while self.vis.as_bytes().get(j) == Some(&b' ') {
                j += 1;
            }
            if self.vis.get(j..).and_then(|s| s.chars().next()) == Some(c) {
                self.emit(i, len, j, len);
                i += len;
                j += len;
                continue;
            }
            match self.resync(i, end, j) {
                Some((ni, nj)) => {
                    i = ni;
                    j = nj;
                }
                None => break,
            }
        }
        j
    }

    /// After a difference at body `i` / visible `j`: the next place, a few words on at most,
    /// where the body's text is found again ahead. The search may pass the next paragraph's
    /// anchor: the parser can move text (table text it foster-parents ends up before the
    /// table), and the nearest copy ahead is the likeliest.
    fn resync(&mut self, mut i: usize, end: usize, j: usize) -> Option<(usize, usize)> {
        let to = j.saturating_add(RESYNC_WINDOW);
        for _ in 0..RESYNC_TRIES {
            let key = self.key(i, end);
            if key.is_empty() {
                return None;
            }
            if let Some(p) = self.find(key, j, to) {
                return Some((i, p));
            }
            // Pages that drop words every few words (inline notes, link pop-ups) leave no
            // long key intact: a couple of words, close by, will do.
            let short = self.key_of(i, end, SHORT_KEY_BYTES);
            if short.len() < key.len() {
                if let Some(p) = self.find(short, j, j.saturating_add(SHORT_KEY_WINDOW)) {
                    return Some((i, p));
                }
            }
            // Skip this word and the spaces after it.
            let rest = self.body.get(i..end)?;
            let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let after = &rest[word..];
            i += word + (after.len() - after.trim_start().len());
        }
        None
    }

    /// Body character `i..i + len` is visible character `j..j + vis_len`.
    fn emit(&mut self, i: usize, len: usize, j: usize, vis_len: usize) {
        let Some(r) = self.vis_run_at(j) else { return };
        let (raw, raw_len, verbatim) = if r.verbatim {
            (r.raw + (j - r.at), vis_len, len == vis_len)
        } else {
            (r.raw, r.raw_len, false)
        };
        push_run(
            &mut self.out,
            Run {
                at: i,
                raw,
                at_len: len,
                raw_len,
                verbatim,
            },
        );
    }

    fn vis_run_at(&mut self, j: usize) -> Option<Run> {
        let runs = self.vis_runs;
        let contains = |r: &Run| r.at <= j && j < r.at_end();
        for k in [self.cursor, self.cursor + 1] {
            if let Some(r) = runs.get(k).filter(|r| contains(r)) {
                self.cursor = k;
                return Some(*r);
            }
        }
        let k = runs.partition_point(|r| r.at <= j).checked_sub(1)?;
        let r = runs.get(k).filter(|r| contains(r))?;
        self.cursor = k;
        Some(*r)
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
