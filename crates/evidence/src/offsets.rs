//! Where each byte of an HTML article's extracted body came from in the page's source.
//!
//! Records keep spans into [`crate::Article::text`] (the body); a map lets a caller report
//! them as byte offsets into the file as read.

/// Maps byte offsets in an extracted article body to byte offsets in the page's source.
///
/// Built by the reader (`detente_text::html::align_offsets`) as a sorted list of aligned
/// runs; body bytes outside every run take their nearest aligned neighbour, so every answer
/// is a position in the source, never a panic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawOffsetMap {
    /// Aligned stretches of the body, in body order; body bytes outside them are unaligned.
    runs: Vec<Run>,
}

/// `at..at + at_len` (body, or visible text while building) came from
/// `raw..raw + raw_len` in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub at: usize,
    pub raw: usize,
    pub at_len: usize,
    pub raw_len: usize,
    /// Character for character of the same byte lengths (plain text, not a character
    /// reference), so offsets inside carry over one to one; otherwise a single character.
    pub verbatim: bool,
}

impl Run {
    /// End of the run in the body.
    pub fn at_end(&self) -> usize {
        self.at + self.at_len
    }
    /// End of the run in the source.
    pub fn raw_end(&self) -> usize {
        self.raw + self.raw_len
    }
}

impl RawOffsetMap {
    /// A map from runs in body order (as the reader's aligner produces them).
    pub fn from_runs(runs: Vec<Run>) -> RawOffsetMap {
        RawOffsetMap { runs }
    }

    /// The source offset where the body character at `body_offset` starts; an unaligned
    /// offset takes the next aligned character (else the end of the previous one).
    pub fn to_raw(&self, body_offset: usize) -> usize {
        let idx = self.runs.partition_point(|r| r.at <= body_offset);
        if idx > 0 {
            let r = &self.runs[idx - 1];
            if body_offset < r.at_end() {
                return if r.verbatim {
                    r.raw + (body_offset - r.at)
                } else {
                    r.raw
                };
            }
        }
        match (
            self.runs.get(idx),
            idx.checked_sub(1).map(|p| &self.runs[p]),
        ) {
            (Some(next), _) => next.raw,
            (None, Some(prev)) => prev.raw_end(),
            (None, None) => 0,
        }
    }

    /// The source offset where the body character ending at `body_end` ends; an unaligned
    /// one takes the end of the previous aligned character (else the start of the next).
    pub fn end_to_raw(&self, body_end: usize) -> usize {
        let idx = self.runs.partition_point(|r| r.at < body_end);
        if idx > 0 {
            let r = &self.runs[idx - 1];
            if body_end <= r.at_end() && r.verbatim {
                return r.raw + (body_end - r.at);
            }
            return r.raw_end();
        }
        self.runs.first().map_or(0, |r| r.raw)
    }

    /// A body span `start..end` as a source span; never reversed (an unaligned or
    /// inconsistent span becomes empty at its start).
    pub fn span_to_raw(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_raw(start);
        if end <= start {
            return (s, s);
        }
        let e = self.end_to_raw(end);
        (s, e.max(s))
    }

    /// Body bytes that were aligned with the source (the rest use their neighbours).
    pub fn aligned_bytes(&self) -> usize {
        self.runs.iter().map(|r| r.at_len).sum()
    }
}
