//! The list of sources a user follows: URLs (feeds or pages) and, for `watch`, folders.

use crate::error::{FeedsError, Result};
use std::path::{Path, PathBuf};

/// One line of a feeds file: a URL and an optional label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    pub url: String,
    pub label: Option<String>,
    /// 1-based line in the file.
    pub line: usize,
}

/// Reads a feeds file: one feed or page URL per line, optionally followed by white space
/// and a label; blank lines and lines starting with `#` are skipped. A line whose first
/// word is not an http(s) URL is an error naming the file and line.
pub fn read_feeds_file(path: &Path) -> Result<Vec<SourceLine>> {
    let text = std::fs::read_to_string(path).map_err(|source| FeedsError::SourceListIo {
        path: path.to_path_buf(),
        source,
    })?;
    parse_feeds_list(path, &text)
}

/// [`read_feeds_file`] on text already read; `path` is only used in errors.
pub fn parse_feeds_list(path: &Path, text: &str) -> Result<Vec<SourceLine>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (url, label) = match line.split_once(char::is_whitespace) {
            Some((u, l)) => (u, Some(l.trim().to_string()).filter(|l| !l.is_empty())),
            None => (line, None),
        };
        if let Err(e) = crate::client::parse_http_url(url) {
            return Err(FeedsError::SourceList {
                path: path.to_path_buf(),
                line: i + 1,
                message: e.to_string(),
            });
        }
        out.push(SourceLine {
            url: url.to_string(),
            label,
            line: i + 1,
        });
    }
    Ok(out)
}

/// A source given on the command line: an http(s) URL, or else a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Url(String),
    Folder(PathBuf),
}

impl Source {
    /// `http://` and `https://` arguments are URLs; everything else is a path.
    pub fn from_arg(arg: &str) -> Source {
        let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            Source::Url(arg.to_string())
        } else {
            Source::Folder(PathBuf::from(arg))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_file_lines_give_urls_labels_and_skip_comments() {
        let text = "# my feeds\n\nhttp://h/a.xml  Wire service\n  https://h/b.html\n";
        let got = parse_feeds_list(Path::new("f.txt"), text).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].label.as_deref(), Some("Wire service"));
        assert_eq!(got[0].line, 3);
        assert_eq!(got[1].url, "https://h/b.html");
        assert_eq!(got[1].label, None);
    }

    #[test]
    fn a_line_that_is_not_a_url_names_file_and_line() {
        let e = parse_feeds_list(Path::new("f.txt"), "http://h/a\nftp://x/y\n").unwrap_err();
        assert!(e.to_string().starts_with("f.txt:2: "), "{e}");
    }

    #[test]
    fn arguments_are_urls_only_with_an_http_scheme() {
        assert_eq!(
            Source::from_arg("HTTPS://h/x"),
            Source::Url("HTTPS://h/x".into())
        );
        assert_eq!(
            Source::from_arg("news/"),
            Source::Folder(PathBuf::from("news/"))
        );
    }
}
