//! An [`Article`] from text held in memory, for callers that have no file (the Python
//! package's `extract`): the same metadata handling as a `.txt` file read by
//! [`crate::read_paths`] — header lines, first-line title, content hash, the default date of
//! [`ReadOptions`] and, for an undated text, a date inferred from its content.

use crate::read::{make_article, parse_text_header};
use crate::records::Article;
use crate::ReadOptions;

/// The article a `.txt` file named `id` holding `text` would give.
pub fn article_from_text(id: &str, text: String, opts: &ReadOptions) -> Article {
    let header = parse_text_header(&text);
    make_article(
        id.to_string(),
        id.to_string(),
        header.title,
        header.date,
        header.url,
        text,
        opts,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_memory_reads_like_a_txt_file() {
        let text = "title: Talks resume\ndate: 2025-07-23\n\nBody text here.\n".to_string();
        let a = article_from_text("note", text, &ReadOptions::default());
        assert_eq!(a.id, "note");
        assert_eq!(a.title.as_deref(), Some("Talks resume"));
        assert_eq!(a.date.as_deref(), Some("2025-07-23"));
        assert!(!a.date_inferred);
        assert_eq!(a.content_hash.len(), 64);
    }
}
