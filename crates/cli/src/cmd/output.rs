//! Output shared by the commands: the format switch, the one function that makes untrusted
//! text safe for a terminal, plain text tables and CSV.
use std::borrow::Cow;
use std::io::Write;

use clap::ValueEnum;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Aligned columns for reading.
    #[default]
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A header row, then one row per record (RFC 4180 quoting).
    Csv,
}

/// The formats of commands whose output is not one table (no CSV).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum PlainFormat {
    /// Text for reading.
    #[default]
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// Text from articles (or any file) made safe to print on a terminal: every control character
/// other than newline and tab (C0 including ESC, BEL and CR, DEL, C1 such as the 8-bit CSI and
/// OSC introducers) and every bidirectional override or isolate (which can hide or reorder
/// text) is replaced by a visible stand-in: C0 by its Unicode control picture (ESC → `␛`), DEL
/// by `␡`, the others by `�`. Nothing an article contains can then move the cursor, change
/// colours, set the window title, write the clipboard (OSC 52) or ring the bell.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_neutralising) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if !needs_neutralising(c) {
                    c
                } else if (c as u32) < 0x20 {
                    char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
                } else if c == '\u{7F}' {
                    '\u{2421}'
                } else {
                    '\u{FFFD}'
                }
            })
            .collect(),
    )
}

fn needs_neutralising(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A plain text table; long cells are cut to keep one row per line, every cell is made
/// [`terminal_safe`].
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// The widest a table cell gets, in characters.
pub const MAX_CELL: usize = 72;

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_uppercase()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.row_focused(cells, None);
    }

    /// A row whose cells are cut around the first occurrence of `focus` (when a cell holds
    /// it) instead of at their start, so that a search hit stays in view.
    pub fn row_focused(&mut self, cells: Vec<String>, focus: Option<&str>) {
        let cells = cells
            .into_iter()
            .map(|c| {
                let flat = c.split_whitespace().collect::<Vec<_>>().join(" ");
                let safe = terminal_safe(&flat).into_owned();
                let at = focus
                    .and_then(|f| safe.find(f))
                    .map(|b| safe[..b].chars().count());
                fit_cell(&safe, at, MAX_CELL)
            })
            .collect();
        self.rows.push(cells);
    }

    pub fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
            let mut s = String::new();
            for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
                s.push_str(c);
                if i + 1 < cells.len() {
                    s.push_str(&" ".repeat(w - c.chars().count() + 2));
                }
            }
            writeln!(out, "{}", s.trim_end())
        };
        line(out, &self.header)?;
        for r in &self.rows {
            line(out, r)?;
        }
        Ok(())
    }
}

/// `s` cut to at most `max` characters. Without a focus the start is kept; with a focus (a
/// character index) the window is centred on it, and each cut end is marked with `…`.
pub fn fit_cell(s: &str, focus: Option<usize>, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    if n <= max || max < 3 {
        return if n <= max {
            s.to_string()
        } else {
            chars[..max].iter().collect()
        };
    }
    let focus = focus.unwrap_or(0).min(n);
    // Window start so that the focus sits in the middle, clamped to the text.
    let mut start = focus.saturating_sub(max / 2).min(n - max);
    if focus == 0 {
        start = 0;
    }
    let mut end = start + max;
    let cut_left = start > 0;
    let cut_right = end < n;
    // Room for the ellipses inside the window.
    if cut_left {
        start += 1;
    }
    if cut_right {
        end -= 1;
    }
    let mut out = String::new();
    if cut_left {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if cut_right {
        out.push('…');
    }
    out
}

/// Writes rows as one JSON array, JSON lines, CSV or a table. A closed pipe (`| head`) ends
/// the output quietly.
pub fn emit<T: Serialize>(
    format: Format,
    rows: &[T],
    table: impl FnOnce() -> Table,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, rows)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Jsonl => rows.iter().try_for_each(|r| {
            serde_json::to_writer(&mut out, r)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }),
        Format::Csv => detente_report::csv::write_csv(&mut out, rows),
        Format::Table if rows.is_empty() => writeln!(out, "(nothing matches)"),
        Format::Table => table().write(&mut out),
    };
    quiet_on_closed_pipe(written.and_then(|()| out.flush()))
}

/// A write error other than a closed pipe.
pub fn quiet_on_closed_pipe(r: std::io::Result<()>) -> anyhow::Result<()> {
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_safe_neutralises_escapes_and_keeps_text() {
        let hostile = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[31mred\r\u{9b}2J\u{7f}\u{202e}x";
        let safe = terminal_safe(hostile);
        assert!(!safe.chars().any(needs_neutralising), "{safe}");
        assert_eq!(safe, "a␛]52;c;ZXZpbA==␇b␛[31mred␍�2J␡�x");
        assert!(matches!(terminal_safe("line\n\ttab é"), Cow::Borrowed(_)));
    }

    #[test]
    fn fit_cell_centres_on_the_focus() {
        let s: String = (0..200).map(|i| if i == 150 { 'X' } else { '.' }).collect();
        let cut = fit_cell(&s, Some(150), 40);
        assert_eq!(cut.chars().count(), 40);
        assert!(cut.starts_with('…') && cut.ends_with('…'));
        let at = cut.chars().position(|c| c == 'X').unwrap();
        assert!((15..=25).contains(&at), "{cut}");
        // Without a focus the start is kept.
        assert!(fit_cell(&s, None, 40).starts_with("...."));
        // A focus near the end keeps the end.
        let tail = fit_cell(&s, Some(199), 40);
        assert!(tail.starts_with('…') && !tail.ends_with('…'));
    }
}
