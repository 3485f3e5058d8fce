//! Reading articles from `.txt`, `.html`/`.htm` and `.jsonl` files and folders.
//!
//! Reading never fails as a whole: every problem becomes a [`ReadEvent::Warning`] naming the
//! file (and line for `.jsonl`), and whatever could be read is still returned.

use crate::chronology::Chronology;
use crate::html;
use crate::records::Article;
use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How articles are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Publication date used when a file gives none (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub default_date: Option<String>,
    /// Files (and `.jsonl` lines) longer than this are skipped with a warning.
    pub max_article_bytes: usize,
    /// Known events that date an article with no date of its own.
    pub chronology: Arc<Chronology>,
    /// Map each HTML article's body back to the page source ([`Article::raw_offsets`]).
    /// Off when only body offsets are needed (the store keeps the body), which saves
    /// 15–40% of the page parse.
    pub html_raw_offsets: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            default_date: None,
            max_article_bytes: 256 * 1024 * 1024,
            chronology: Chronology::bundled(),
            html_raw_offsets: true,
        }
    }
}

/// One thing that happened while reading.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadEvent {
    Article(Article),
    Warning {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
}

/// Streams articles from files and folders. Folders are walked recursively in sorted order;
/// `.jsonl` files are read line by line, never loaded whole. Never panics.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> impl Iterator<Item = ReadEvent> {
    let mut files = VecDeque::new();
    let mut pending = VecDeque::new();
    let mut walk = Walk {
        files: &mut files,
        pending: &mut pending,
        seen_folders: HashSet::new(),
    };
    for p in paths {
        walk.collect(p, true);
    }
    ArticleStream {
        files,
        pending,
        jsonl: None,
        opts: opts.clone(),
    }
}

/// Reads JSONL articles from `reader` (standard input, a pipe) exactly as a `.jsonl` file
/// named `name` is read by [`read_paths`]: line by line, the same record form, size limit
/// and warnings, records without an `id` named `NAME:LINE`.
pub fn read_jsonl(
    reader: impl BufRead + Send + 'static,
    name: &Path,
    opts: &ReadOptions,
) -> impl Iterator<Item = ReadEvent> {
    ArticleStream {
        files: VecDeque::new(),
        pending: VecDeque::new(),
        jsonl: Some(JsonlState {
            path: name.to_path_buf(),
            reader: Box::new(reader),
            line_no: 0,
            buf: Vec::new(),
            held: None,
        }),
        opts: opts.clone(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    Html,
    Jsonl,
}

fn kind_of(path: &Path) -> Option<FileKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(FileKind::Text),
        "html" | "htm" | "xhtml" => Some(FileKind::Html),
        "jsonl" | "ndjson" => Some(FileKind::Jsonl),
        _ => None,
    }
}

fn warning(path: &Path, line: Option<usize>, message: impl Into<String>) -> ReadEvent {
    ReadEvent::Warning {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// Where a folder walk puts what it finds.
struct Walk<'a> {
    files: &'a mut VecDeque<PathBuf>,
    pending: &'a mut VecDeque<ReadEvent>,
    /// Folders already walked, by device and inode: a link back to one of them (a loop)
    /// or a second link to it is not walked again.
    seen_folders: HashSet<(u64, u64)>,
}

/// A file's identity on its device; on systems without inodes, nothing is ever the same.
#[cfg(unix)]
fn file_id(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn file_id(_: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

impl Walk<'_> {
    /// Adds `path` (a file, or a folder walked in sorted order). Inside folders only regular
    /// files with an article extension are taken; FIFOs, devices and sockets are skipped
    /// with a note (reading one could block or never end). A path given explicitly is read
    /// whatever it is, through the size-bounded reader.
    fn collect(&mut self, path: &Path, explicit: bool) {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.pending
                    .push_back(warning(path, None, format!("cannot read: {e}")));
                return;
            }
        };
        if meta.is_dir() {
            if let Some(id) = file_id(&meta) {
                if !self.seen_folders.insert(id) {
                    self.pending.push_back(warning(
                        path,
                        None,
                        "a link to a folder already read (a loop or a second link); skipped",
                    ));
                    return;
                }
            }
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => {
                    self.pending
                        .push_back(warning(path, None, format!("cannot list folder: {e}")));
                    return;
                }
            };
            entries.sort();
            for e in entries {
                let hidden = e
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'));
                if hidden {
                    continue;
                }
                if e.is_dir() || kind_of(&e).is_some() {
                    self.collect(&e, false);
                }
            }
        } else if explicit {
            self.files.push_back(path.to_path_buf());
        } else if kind_of(path).is_some() {
            if meta.is_file() {
                self.files.push_back(path.to_path_buf());
            } else {
                self.pending.push_back(warning(
                    path,
                    None,
                    "not a regular file (a FIFO, device or socket); skipped",
                ));
            }
        }
    }
}

struct JsonlState {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    buf: Vec<u8>,
    /// An article to give after the warning just given about it.
    held: Option<ReadEvent>,
}

struct ArticleStream {
    files: VecDeque<PathBuf>,
    pending: VecDeque<ReadEvent>,
    jsonl: Option<JsonlState>,
    opts: ReadOptions,
}

impl Iterator for ArticleStream {
    type Item = ReadEvent;

    fn next(&mut self) -> Option<ReadEvent> {
        loop {
            if let Some(ev) = self.pending.pop_front() {
                return Some(ev);
            }
            if let Some(state) = self.jsonl.as_mut() {
                match next_jsonl(state, &self.opts) {
                    Some(ev) => return Some(ev),
                    None => {
                        self.jsonl = None;
                        continue;
                    }
                }
            }
            let path = self.files.pop_front()?;
            self.open(&path);
        }
    }
}

impl ArticleStream {
    fn open(&mut self, path: &Path) {
        let kind = kind_of(path).unwrap_or(FileKind::Text);
        if kind == FileKind::Jsonl {
            match File::open(path) {
                Ok(f) => {
                    self.jsonl = Some(JsonlState {
                        path: path.to_path_buf(),
                        reader: Box::new(BufReader::with_capacity(1 << 16, f)),
                        line_no: 0,
                        buf: Vec::new(),
                        held: None,
                    })
                }
                Err(e) => self
                    .pending
                    .push_back(warning(path, None, format!("cannot open: {e}"))),
            }
            return;
        }
        let bytes = match read_limited(path, self.opts.max_article_bytes) {
            Ok(Some(b)) => b,
            Ok(None) => {
                self.pending.push_back(warning(
                    path,
                    None,
                    format!("larger than {} bytes; skipped", self.opts.max_article_bytes),
                ));
                return;
            }
            Err(e) => {
                self.pending
                    .push_back(warning(path, None, format!("cannot read: {e}")));
                return;
            }
        };
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            self.pending
                .push_back(warning(path, None, "empty file; no article"));
            return;
        }
        if looks_binary(&bytes) {
            self.pending
                .push_back(warning(path, None, "binary file (not text); skipped"));
            return;
        }
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                self.pending.push_back(warning(
                    path,
                    None,
                    "invalid UTF-8; read lossily (bad bytes replaced by U+FFFD, so byte offsets \
                     after them refer to the repaired text)",
                ));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        let id = base_name(path);
        let source = path.display().to_string();
        let article = match kind {
            FileKind::Html => {
                let page = html::parse_page(&text);
                if page.body.trim().is_empty() {
                    self.pending.push_back(warning(
                        path,
                        None,
                        "HTML page has no article text; skipped",
                    ));
                    return;
                }
                let raw_offsets = self
                    .opts
                    .html_raw_offsets
                    .then(|| Arc::new(page.raw_offsets(&text)));
                let mut article = make_article(
                    id, source, page.title, page.date, None, page.body, &self.opts,
                );
                article.raw_offsets = raw_offsets;
                article
            }
            _ => {
                let header = parse_text_header(&text);
                if let Some(w) = date_warning(path, None, header.date.as_deref()) {
                    self.pending.push_back(w);
                }
                make_article(
                    id,
                    source,
                    header.title,
                    header.date,
                    header.url,
                    text,
                    &self.opts,
                )
            }
        };
        self.pending.push_back(ReadEvent::Article(article));
    }
}

/// True for the files [`read_paths`] reads from a folder (`.txt`, `.html`, `.jsonl` and
/// their variants), so that a caller watching a folder picks the same files.
pub fn is_article_file(path: &Path) -> bool {
    kind_of(path).is_some()
}

/// An article from an HTML page that did not come from a file (fetched over HTTP, or a
/// feed item's content): the body found by [`html::parse_page`], `id` and `source` as
/// given, `date` (when given and valid) before the page's own date. `None` when the page
/// has no article text.
pub fn article_from_html(
    id: String,
    source: String,
    url: Option<String>,
    page_html: &str,
    date: Option<&str>,
    opts: &ReadOptions,
) -> Option<Article> {
    let page = html::parse_page(page_html);
    if page.body.trim().is_empty() {
        return None;
    }
    let raw_offsets = opts
        .html_raw_offsets
        .then(|| Arc::new(page.raw_offsets(page_html)));
    let date = date.and_then(crate::dates::normalise_iso).or(page.date);
    let mut article = make_article(id, source, page.title, date, url, page.body, opts);
    article.raw_offsets = raw_offsets;
    Some(article)
}

fn next_jsonl(state: &mut JsonlState, opts: &ReadOptions) -> Option<ReadEvent> {
    if let Some(ev) = state.held.take() {
        return Some(ev);
    }
    loop {
        state.buf.clear();
        state.line_no += 1;
        let limit = opts.max_article_bytes as u64 + 1;
        let read = (&mut state.reader)
            .take(limit)
            .read_until(b'\n', &mut state.buf);
        match read {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                return Some(warning(
                    &state.path,
                    Some(state.line_no),
                    format!("cannot read: {e}"),
                ))
            }
        }
        if state.buf.len() as u64 >= limit && state.buf.last() != Some(&b'\n') {
            // Skip the rest of the over-long line without keeping it in memory.
            let mut sink = Vec::new();
            loop {
                sink.clear();
                match (&mut state.reader)
                    .take(1 << 20)
                    .read_until(b'\n', &mut sink)
                {
                    Ok(0) => break,
                    Ok(_) if sink.last() == Some(&b'\n') => break,
                    Ok(_) => continue,
                    Err(_) => break,
                }
            }
            return Some(warning(
                &state.path,
                Some(state.line_no),
                format!("line longer than {} bytes; skipped", opts.max_article_bytes),
            ));
        }
        let line = String::from_utf8_lossy(&state.buf);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let rec: JsonlRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                return Some(warning(
                    &state.path,
                    Some(state.line_no),
                    format!("not a JSON article record: {e}"),
                ))
            }
        };
        let Some(text) = rec.text.filter(|t| !t.trim().is_empty()) else {
            return Some(warning(
                &state.path,
                Some(state.line_no),
                "record has no \"text\"; skipped",
            ));
        };
        // An empty id would make an article nobody can name: the line's place names it.
        let id = rec
            .id
            .map(|v| match v {
                serde_json::Value::String(s) => s.trim().to_string(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            })
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| format!("{}:{}", base_name(&state.path), state.line_no));
        let source = format!("{}:{}", state.path.display(), state.line_no);
        let article = make_article(id, source, rec.title, rec.date.clone(), rec.url, text, opts);
        if let Some(w) = date_warning(&state.path, Some(state.line_no), rec.date.as_deref()) {
            state.held = Some(ReadEvent::Article(article));
            return Some(w);
        }
        return Some(ReadEvent::Article(article));
    }
}

#[derive(serde::Deserialize)]
struct JsonlRecord {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// A warning for a date given in a file's metadata that is not a date, which is then
/// ignored (the article is dated from its text or the default instead).
fn date_warning(path: &Path, line: Option<usize>, date: Option<&str>) -> Option<ReadEvent> {
    let d = date.map(str::trim).filter(|d| !d.is_empty())?;
    if crate::dates::normalise_iso(d).is_some() {
        return None;
    }
    let shown: String = d
        .chars()
        .take(40)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    Some(warning(
        path,
        line,
        format!("date {shown:?} is not YYYY-MM-DD, YYYY-MM or YYYY; ignored"),
    ))
}

pub(crate) fn make_article(
    id: String,
    source_path: String,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    text: String,
    opts: &ReadOptions,
) -> Article {
    let date = opts
        .default_date
        .as_deref()
        .and_then(crate::dates::normalise_iso)
        .or_else(|| date.as_deref().and_then(crate::dates::normalise_iso));
    let content_hash = crate::records::content_hash(&text);
    let title = title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .or_else(|| first_line_title(&text));
    let mut article = Article {
        id,
        source_path,
        title,
        date,
        date_inferred: false,
        date_basis: None,
        raw_offsets: None,
        url,
        text,
        content_hash,
    };
    if article.date.is_none() {
        if let Some(d) = crate::dates::infer_article_date(&article.text, &opts.chronology) {
            article.date = Some(d.date);
            article.date_inferred = true;
            article.date_basis = Some(d.basis);
        }
    }
    article
}

fn base_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn read_limited(path: &Path, max: usize) -> std::io::Result<Option<Vec<u8>>> {
    let f = File::open(path)?;
    let mut buf = Vec::new();
    f.take(max as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > max {
        return Ok(None);
    }
    Ok(Some(buf))
}

/// NUL bytes or many control characters in the first 8 KiB mean the file is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

/// Metadata from `key: value` lines at the top of a `.txt` file (ended by a blank line).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TextHeader {
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Byte offset where the body starts (0 when there is no header).
    pub body_start: usize,
}

const HEADER_KEYS: &[&str] = &[
    "title",
    "date",
    "source",
    "url",
    "author",
    "byline",
    "published",
    "id",
];

/// The lines of `text`, each with its ending, whichever ending the file uses: `\n`,
/// `\r\n` or a lone `\r` (old Mac files).
fn lines_with_endings(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
            Some(i)
                if rest.as_bytes()[i] == b'\r' && rest.as_bytes().get(i + 1) == Some(&b'\n') =>
            {
                i + 2
            }
            Some(i) => i + 1,
            None => rest.len(),
        };
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// Parses optional header lines (`title:`, `date:`, `source:`, ...) followed by a blank line.
/// A byte-order mark before the first line is skipped (offsets stay those of the text);
/// lines may end in `\n`, `\r\n` or `\r`.
pub fn parse_text_header(text: &str) -> TextHeader {
    let mut h = TextHeader::default();
    let bom = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut pos = bom;
    let mut seen = 0;
    #[allow(clippy::explicit_counter_loop)] // `seen` is read after the loop
    for line in lines_with_endings(&text[bom..]) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if seen > 0 {
                h.body_start = pos + line.len();
            }
            break;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            break;
        };
        let key = key.trim().to_ascii_lowercase();
        if !HEADER_KEYS.contains(&key.as_str()) {
            break;
        }
        let value = value.trim().to_string();
        match key.as_str() {
            "title" => h.title = Some(value),
            "date" | "published" => h.date = Some(value),
            "source" => h.source = Some(value),
            "url" => h.url = Some(value),
            _ => {}
        }
        seen += 1;
        pos += line.len();
    }
    if h.body_start == 0 {
        // Header lines must be closed by a blank line; otherwise they are body text.
        return TextHeader::default();
    }
    h
}

/// A short first line (no final full stop) is the title.
fn first_line_title(text: &str) -> Option<String> {
    let body = &text[parse_text_header(text).body_start..];
    let line = lines_with_endings(body)
        .map(|l| l.trim().trim_start_matches('\u{feff}'))
        .find(|l| !l.is_empty())?;
    let words = line.split_whitespace().count();
    if line.len() <= 200 && words <= 25 && !line.ends_with('.') {
        Some(line.to_string())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_give_metadata_and_body_start() {
        let t = "title: Talks resume\ndate: 2025-07-23\nsource: Wire\n\nBody text here.\n";
        let h = parse_text_header(t);
        assert_eq!(h.title.as_deref(), Some("Talks resume"));
        assert_eq!(h.date.as_deref(), Some("2025-07-23"));
        assert_eq!(&t[h.body_start..], "Body text here.\n");
    }

    #[test]
    fn header_after_a_byte_order_mark_or_with_cr_only_lines() {
        let t = "\u{feff}title: Talks resume\ndate: 2025-07-23\n\nBody.\n";
        let h = parse_text_header(t);
        assert_eq!(h.title.as_deref(), Some("Talks resume"));
        assert_eq!(&t[h.body_start..], "Body.\n");
        let t = "title: Talks resume\rdate: 2025-07-23\r\rBody.\r";
        let h = parse_text_header(t);
        assert_eq!(h.date.as_deref(), Some("2025-07-23"));
        assert_eq!(&t[h.body_start..], "Body.\r");
        let t = "title: Talks\r\ndate: 2025\r\n\r\nBody.";
        assert_eq!(&t[parse_text_header(t).body_start..], "Body.");
        assert_eq!(
            first_line_title("\u{feff}Short title\rBody goes on here."),
            Some("Short title".to_string())
        );
    }

    #[test]
    fn lines_keep_their_endings() {
        let v: Vec<&str> = lines_with_endings("a\r\nb\rc\nd").collect();
        assert_eq!(v, ["a\r\n", "b\r", "c\n", "d"]);
    }

    #[test]
    fn no_header_when_first_line_is_prose() {
        let t = "Title line\nSecond line: not a header\n\nBody";
        assert_eq!(parse_text_header(t).body_start, 0);
    }
}
