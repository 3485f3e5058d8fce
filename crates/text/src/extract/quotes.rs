//! Stage 2, quote spans: quotation marks paired paragraph by paragraph.

#![allow(clippy::needless_range_loop)]

use super::*;

#[derive(Debug, Clone)]
pub(crate) struct QSpan {
    /// Byte offset of the opening mark.
    pub(crate) open: usize,
    /// Quoted words (marks excluded).
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Byte offset just after the closing mark (or `end` when unclosed).
    pub(crate) after: usize,
    pub(crate) para: usize,
    pub(crate) closed: bool,
    pub(crate) single: bool,
}

pub(crate) fn hypothetical_date(text: &str, f: &crate::dates::FoundDate, quotes: &[QSpan]) -> bool {
    if f.kind != DateKind::Deictic {
        return false;
    }
    let i = quotes.partition_point(|q| q.start <= f.start);
    if i == 0 || quotes[i - 1].end < f.end {
        return false;
    }
    let mut lo = f.start.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..f.start].to_lowercase();
    ["can", "could", "will", "would", "may", "might"]
        .iter()
        .any(|m| {
            before
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == *m)
        })
}

pub(crate) fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘')
        }
    }
}

/// "'90s", "'24": two digits after an apostrophe of elision, not an opening quote.
pub(crate) fn elided_year(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b.get(2)
            .is_none_or(|&c| c == b's' || !c.is_ascii_alphanumeric())
}

/// Finds quotation spans paragraph by paragraph. Marks that never close are bounded by
/// their paragraph, so one stray mark cannot swallow the rest of the article.
pub(crate) fn find_quote_spans(text: &str, from: usize, to: usize) -> Vec<QSpan> {
    let mut out = Vec::new();
    let mut para_start = from;
    for (para, line) in text[from..to].split_inclusive('\n').enumerate() {
        let base = para_start;
        para_start += line.len();
        let line_end = base + line.trim_end().len();
        let mut i = base;
        let mut prev: Option<char> = None;
        while i < line_end {
            let Some(c) = text[i..line_end].chars().next() else {
                break;
            };
            let cl = c.len_utf8();
            let next = text[i + cl..line_end].chars().next();
            let opener = match c {
                '“' | '«' | '„' => true,
                '"' => is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace()),
                '‘' | '\'' => {
                    is_open_context(prev)
                        && next.is_some_and(|n| n.is_alphanumeric() || n == '…')
                        && !elided_year(&text[i + cl..line_end])
                }
                _ => false,
            };
            if !opener {
                prev = Some(c);
                i += cl;
                // Skip to the next byte that can begin an opening mark (`"`, `'`, or the
                // first byte of “ ‘ „ «); every character before it is no opener, and the
                // last of them is the one before the mark.
                let next_mark = text.as_bytes()[i..line_end]
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2))
                    .map_or(line_end, |s| i + s);
                if next_mark > i {
                    prev = text[i..next_mark].chars().next_back();
                    i = next_mark;
                }
                continue;
            }
            let single = matches!(c, '‘' | '\'');
            let start = i + cl;
            let mut j = start;
            let mut close: Option<(usize, usize)> = None;
            let mut pc: Option<char> = None;
            while j < line_end {
                let Some(d) = text[j..line_end].chars().next() else {
                    break;
                };
                let dl = d.len_utf8();
                let dn = text[j + dl..line_end].chars().next();
                let is_close = match c {
                    '“' | '"' | '„' => {
                        matches!(d, '”' | '"' | '“')
                            && (d != '“' || c == '„')
                            && !(d == '"'
                                && pc.is_some_and(char::is_whitespace)
                                && dn.is_some_and(|x| !x.is_whitespace()))
                    }
                    '«' => d == '»',
                    _ => {
                        matches!(d, '’' | '\'')
                            && !dn.is_some_and(char::is_alphanumeric)
                            && pc.is_some_and(|p| !p.is_whitespace())
                            // "the Russians’ demands": a plural possessive, not a close.
                            && !(pc == Some('s') && dn == Some(' ') && text[j + dl..line_end].chars().nth(1).is_some_and(char::is_lowercase))
                    }
                };
                if is_close {
                    close = Some((j, j + dl));
                    break;
                }
                pc = Some(d);
                j += dl;
            }
            match close {
                Some((e, after)) => {
                    if e > start {
                        out.push(QSpan {
                            open: i,
                            start,
                            end: e,
                            after,
                            para,
                            closed: true,
                            single,
                        });
                    }
                    prev = Some('”');
                    i = after;
                }
                None => {
                    if single {
                        // An apostrophe, most likely.
                        prev = Some(c);
                        i += cl;
                        continue;
                    }
                    let e = line_end;
                    if e > start {
                        out.push(QSpan {
                            open: i,
                            start,
                            end: e,
                            after: e,
                            para,
                            closed: false,
                            single,
                        });
                    }
                    i = line_end;
                }
            }
        }
    }
    out
}

/// The quotation around token `k` is short and every word in it is capitalised: a title or
/// slogan.
pub(crate) fn quoted_title(doc: &Doc, k: usize) -> bool {
    let mut a = k;
    while a > 0 && doc.in_quote[a - 1] && doc.para_of[a - 1] == doc.para_of[k] {
        a -= 1;
    }
    let mut b = k;
    while b < doc.toks.len() && doc.in_quote[b] && doc.para_of[b] == doc.para_of[k] {
        b += 1;
    }
    let words: Vec<usize> = (a..b).filter(|&i| doc.toks[i].word).collect();
    words.len() <= 8
        && words
            .iter()
            .all(|&i| doc.toks[i].cap || doc.toks[i].digit || doc.lower_is(i, name_connectors()))
}
