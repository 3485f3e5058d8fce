//! Where the dashboard's evidence comes from: a trait the server queries on tokio's
//! blocking pool, an in-memory implementation (tests, the empty store), and filters.

use crate::data::{ActorView, ArticleView, EventView, EvidenceView, QuoteView, SpanView};
use crate::ReportError;
use serde::{Deserialize, Serialize};

/// Filters for `/api/quotes`. All text filters are case-insensitive.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteFilter {
    /// Speaker name or part of it (e.g. a surname).
    pub speaker: Option<String>,
    /// The side the speaker belongs to.
    pub affiliation: Option<String>,
    /// Scenario issue id the quote is linked to.
    pub issue: Option<String>,
    /// ISO dates, inclusive; compared as strings at the precision given.
    pub since: Option<String>,
    pub until: Option<String>,
    /// Words that must appear in the quote.
    pub q: Option<String>,
    pub limit: usize,
}

impl QuoteFilter {
    /// True when the quote passes every filter except `limit`.
    pub fn matches(&self, q: &QuoteView) -> bool {
        contains_ci(q.speaker.as_deref(), self.speaker.as_deref())
            && equals_ci(q.affiliation.as_deref(), self.affiliation.as_deref())
            && self
                .issue
                .as_ref()
                .is_none_or(|i| q.issues.iter().any(|x| x == i))
            && in_range(
                q.date.as_deref(),
                self.since.as_deref(),
                self.until.as_deref(),
            )
            && self.q.as_ref().is_none_or(|words| {
                let text = q.text.to_lowercase();
                words
                    .split_whitespace()
                    .all(|w| text.contains(&w.to_lowercase()))
            })
    }
}

/// Case-insensitive "haystack contains needle"; no needle passes everything, a missing
/// haystack fails any needle.
pub fn contains_ci(hay: Option<&str>, needle: Option<&str>) -> bool {
    match (hay, needle) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(h), Some(n)) => h.to_lowercase().contains(&n.to_lowercase()),
    }
}

pub fn equals_ci(value: Option<&str>, wanted: Option<&str>) -> bool {
    match (value, wanted) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(v), Some(w)) => v.eq_ignore_ascii_case(w) || v.to_lowercase() == w.to_lowercase(),
    }
}

/// Date range check on ISO strings of any precision: "2025-06" is within since "2025-06-01"
/// when compared on the common prefix, so partial dates are not dropped by day filters.
pub fn in_range(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let Some(d) = date else { return false };
    let cmp = |bound: &str| {
        let n = d.len().min(bound.len());
        d.get(..n).unwrap_or(d).cmp(bound.get(..n).unwrap_or(bound))
    };
    since.is_none_or(|s| cmp(s) != std::cmp::Ordering::Less)
        && until.is_none_or(|u| cmp(u) != std::cmp::Ordering::Greater)
}

/// A piece of text for the page, marked or not; the dashboard builds DOM text nodes from
/// these, so it never parses article text as HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextPart {
    pub text: String,
    /// `quote`, `claim`, `date`, `event`, `hit` (search match), or absent for plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Byte offset of this part in the article text.
    pub start: usize,
}

/// Splits `text` at the spans (byte offsets) into marked and plain parts. Overlapping spans,
/// spans past the end and spans that cut a UTF-8 character are skipped.
pub fn segments(text: &str, spans: &[SpanView]) -> Vec<TextPart> {
    let mut sorted: Vec<&SpanView> = spans
        .iter()
        .filter(|s| {
            s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        })
        .collect();
    sorted.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut out = Vec::new();
    let mut at = 0;
    let plain = |from: usize, to: usize, out: &mut Vec<TextPart>| {
        if to > from {
            out.push(TextPart {
                text: text[from..to].to_string(),
                mark: None,
                speaker: None,
                start: from,
            });
        }
    };
    for s in sorted {
        if s.start < at {
            continue;
        }
        plain(at, s.start, &mut out);
        out.push(TextPart {
            text: text[s.start..s.end].to_string(),
            mark: Some(s.kind.clone()),
            speaker: s.speaker.clone(),
            start: s.start,
        });
        at = s.end;
    }
    plain(at, text.len(), &mut out);
    out
}

/// One full-text search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// `article` or `quote`.
    pub kind: String,
    pub article: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub speaker: Option<String>,
    /// A short excerpt around the match, split into plain and `hit` parts.
    pub snippet: Vec<TextPart>,
}

/// A short listing of an article, for `/api/articles`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub quotes: usize,
}

/// Everything the dashboard asks of the evidence. Implementations are synchronous; the
/// server calls them on the blocking pool.
pub trait EvidenceSource: Send + Sync + 'static {
    fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteView>, ReportError>;
    /// The quotes as a JSON array, and how many. Sources that keep quotes serialised
    /// override this to skip the per-request serialisation of the hot path.
    fn quotes_json(&self, filter: &QuoteFilter) -> Result<(usize, String), ReportError> {
        let q = self.quotes(filter)?;
        let json = serde_json::to_string(&q).map_err(|e| ReportError::Store(e.to_string()))?;
        Ok((q.len(), json))
    }
    fn actors(&self, affiliation: Option<&str>) -> Result<Vec<ActorView>, ReportError>;
    fn timeline(
        &self,
        since: Option<&str>,
        until: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EventView>, ReportError>;
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, ReportError>;
    fn article(&self, id: &str) -> Result<Option<ArticleView>, ReportError>;
    fn articles(&self) -> Result<Vec<ArticleSummary>, ReportError>;
    /// True when [`Self::quotes_json`] answers from memory in microseconds, so the server
    /// may call it on the async worker instead of handing it to the blocking pool.
    fn quotes_in_memory(&self) -> bool {
        false
    }
    /// Articles stored after the one with store id `after` (at most `limit`, oldest first),
    /// the statements per side in them, and the highest id now (`/new`).
    fn new_since(
        &self,
        _after: i64,
        _limit: usize,
    ) -> Result<super::whatsnew::NewSince, ReportError> {
        Ok(super::whatsnew::NewSince::default())
    }
    /// Picks up changes in the underlying data; the server calls it every few seconds.
    fn refresh(&self) -> Result<(), ReportError> {
        Ok(())
    }
}

/// Evidence held in memory: the hand-built data of tests, or an empty store.
#[derive(Debug, Clone, Default)]
pub struct MemoryEvidence {
    pub evidence: EvidenceView,
}

impl MemoryEvidence {
    pub fn new(evidence: EvidenceView) -> Self {
        MemoryEvidence { evidence }
    }
}

/// Excerpt of `text` around the first match of any of `words` (case-insensitive), with the
/// matches marked. Offsets stay on character boundaries.
pub fn snippet(text: &str, words: &[String], radius: usize) -> Option<Vec<TextPart>> {
    let alternatives: Vec<String> = words
        .iter()
        .filter(|w| !w.is_empty())
        .map(|w| regex::escape(w))
        .collect();
    if alternatives.is_empty() {
        return None;
    }
    let re = regex::RegexBuilder::new(&alternatives.join("|"))
        .case_insensitive(true)
        .size_limit(1 << 20)
        .build()
        .ok()?;
    let hits: Vec<(usize, usize)> = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let first = hits.first()?.0;
    let mut lo = first.saturating_sub(radius);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (first + radius).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let spans: Vec<SpanView> = hits
        .into_iter()
        .filter(|&(s, e)| s >= lo && e <= hi)
        .map(|(s, e)| SpanView {
            start: s - lo,
            end: e - lo,
            kind: "hit".into(),
            speaker: None,
        })
        .collect();
    let mut parts = segments(&text[lo..hi], &spans);
    for p in &mut parts {
        p.start += lo;
    }
    Some(parts)
}

impl EvidenceSource for MemoryEvidence {
    fn quotes_in_memory(&self) -> bool {
        true
    }

    fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteView>, ReportError> {
        Ok(self
            .evidence
            .quotes
            .iter()
            .filter(|q| filter.matches(q))
            .take(filter.limit)
            .cloned()
            .collect())
    }

    fn actors(&self, affiliation: Option<&str>) -> Result<Vec<ActorView>, ReportError> {
        Ok(self
            .evidence
            .actors
            .iter()
            .filter(|a| equals_ci(a.affiliation.as_deref(), affiliation))
            .cloned()
            .collect())
    }

    fn timeline(
        &self,
        since: Option<&str>,
        until: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EventView>, ReportError> {
        let mut ev: Vec<EventView> = self
            .evidence
            .events
            .iter()
            .filter(|e| in_range(Some(&e.date), since, until))
            .cloned()
            .collect();
        ev.sort_by(|a, b| a.date.cmp(&b.date));
        ev.truncate(limit);
        Ok(ev)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, ReportError> {
        let words: Vec<String> = query
            .split_whitespace()
            .map(|w| w.trim_matches('"').to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut hits = Vec::new();
        for a in &self.evidence.articles {
            let lower = a.text.to_lowercase();
            if words.iter().all(|w| lower.contains(w.as_str())) {
                if let Some(snip) = snippet(&a.text, &words, 80) {
                    hits.push(SearchHit {
                        kind: "article".into(),
                        article: a.id.clone(),
                        title: a.title.clone(),
                        date: a.date.clone(),
                        speaker: None,
                        snippet: snip,
                    });
                }
            }
        }
        for q in &self.evidence.quotes {
            let lower = q.text.to_lowercase();
            if words.iter().all(|w| lower.contains(w.as_str())) {
                if let Some(snip) = snippet(&q.text, &words, 120) {
                    hits.push(SearchHit {
                        kind: "quote".into(),
                        article: q.article.clone(),
                        title: None,
                        date: q.date.clone(),
                        speaker: q.speaker.clone(),
                        snippet: snip,
                    });
                }
            }
        }
        hits.truncate(limit);
        Ok(hits)
    }

    fn article(&self, id: &str) -> Result<Option<ArticleView>, ReportError> {
        Ok(self.evidence.articles.iter().find(|a| a.id == id).cloned())
    }

    fn articles(&self) -> Result<Vec<ArticleSummary>, ReportError> {
        Ok(self
            .evidence
            .articles
            .iter()
            .map(|a| ArticleSummary {
                id: a.id.clone(),
                title: a.title.clone(),
                date: a.date.clone(),
                quotes: self
                    .evidence
                    .quotes
                    .iter()
                    .filter(|q| q.article == a.id)
                    .count(),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_fall_inside_day_ranges() {
        assert!(in_range(
            Some("2025-06"),
            Some("2025-06-01"),
            Some("2025-06-30")
        ));
        assert!(in_range(Some("2025-06-15"), Some("2025-06"), None));
        assert!(!in_range(Some("2025-05-31"), Some("2025-06-01"), None));
        assert!(!in_range(None, Some("2025"), None));
        assert!(in_range(None, None, None));
    }

    #[test]
    fn segments_skip_bad_spans_and_keep_all_text() {
        let text = "ab «cd» ef";
        let spans = vec![
            SpanView {
                start: 3,
                end: 9,
                kind: "quote".into(),
                speaker: None,
            },
            SpanView {
                start: 4,
                end: 6,
                kind: "date".into(),
                speaker: None,
            }, // overlaps
            SpanView {
                start: 4,
                end: 99,
                kind: "date".into(),
                speaker: None,
            }, // past end
        ];
        let parts = segments(text, &spans);
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(parts.iter().filter(|p| p.mark.is_some()).count(), 1);
    }

    #[test]
    fn snippet_marks_matches() {
        let parts = snippet(
            "The ceasefire held; a second ceasefire followed.",
            &["ceasefire".into()],
            30,
        )
        .unwrap();
        assert!(
            parts
                .iter()
                .filter(|p| p.mark.as_deref() == Some("hit"))
                .count()
                >= 1
        );
        assert!(snippet("nothing here", &["ceasefire".into()], 30).is_none());
    }
}
