//! The article's own date as its page prints it: a publication line at the top or the foot
//! of the text ("Published: …", "Posted … | Updated …", a byline with a date, a line that
//! holds only a date, "This report first appeared … on …").

use super::infer::InferredDate;
use super::*;

/// How much of the top of the text is searched: the lines before the body has clearly
/// begun, at most this many lines and bytes.
const HEAD_LINES: usize = 12;
const HEAD_BYTES: usize = 2000;
/// A publication line is short; longer lines are running text.
const MAX_LINE_BYTES: usize = 1000;
/// How much of the foot of the text is searched.
const TAIL_LINES: usize = 4;
const TAIL_BYTES: usize = 1500;
/// Words a label may stand before its date ("Published on Thursday, …", "first appeared in
/// the daily X on …").
const LABEL_REACH_WORDS: usize = 12;
/// Words other than the date, a time and a time zone that a date-only line may hold
/// ("at", "Updated", a place in brackets).
const DATE_LINE_SPARE_WORDS: usize = 3;

/// What a dated line says the date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum LineKind {
    /// "Published …", "Posted …", "By Jane Roe, 5 March 2026", a line of only a date.
    Published,
    /// "Updated …", "Last modified …".
    Updated,
}

/// One publication line found, ranked by where it stands and what it says.
struct Candidate {
    /// Lower is stronger: top before foot, publication before revision.
    rank: (bool, LineKind),
    date: NaiveDate,
    shown: String,
}

/// `publication_line`: a line at the top of the text (before the first paragraph of prose)
/// or among its last lines that labels a full date as the text's publication ("Published",
/// "Posted", "Date", "Broadcast", "first appeared", a byline "By …"), or a line at the top
/// or the foot that holds nothing but a date (with a time, time zone or weekday), gives the article's
/// date. A publication label beats a revision label ("Updated", "Last modified"), and the
/// top beats the foot. In a line of prose a label counts only when its sentence speaks of
/// the text itself ("This report first appeared …"). Never a day after `today`.
pub(super) fn publication_line_date(text: &str, today: NaiveDate) -> Option<InferredDate> {
    let mut best: Option<Candidate> = None;
    for (line, in_head) in head_and_tail_lines(text) {
        for segment in line.split(['|', '·', '•']) {
            let Some(c) = dated_segment(segment, in_head, today) else {
                continue;
            };
            if best.as_ref().is_none_or(|b| c.rank < b.rank) {
                best = Some(c);
            }
        }
    }
    let c = best?;
    Some(InferredDate {
        date: c.date.format("%Y-%m-%d").to_string(),
        basis: format!("publication line “{}”", c.shown),
    })
}

/// The lines of the top of the text (up to and including the first paragraph of prose)
/// and of its foot, each with whether it is at the top.
fn head_and_tail_lines(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut head_end = 0;
    let lines: Vec<&str> = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .collect();
    for (k, &line) in lines.iter().enumerate() {
        let at = line.as_ptr() as usize - text.as_ptr() as usize;
        if at > HEAD_BYTES {
            break;
        }
        out.push((line, true));
        head_end = at + line.len();
        if is_prose(line) && !standfirst_before_date_line(&out, lines.get(k + 1..).unwrap_or(&[])) {
            break;
        }
    }
    let tail: Vec<&str> = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .rev()
        .take(TAIL_LINES)
        .collect();
    for line in tail.into_iter().rev() {
        let at = line.as_ptr() as usize - text.as_ptr() as usize;
        if at >= head_end && at + TAIL_BYTES >= text.len() {
            out.push((line, false));
        }
    }
    out
}

/// `standfirst_before_date_line`: the first paragraph of prose at the top is a standfirst
/// (the summary under a headline) rather than the body's first paragraph when it is one
/// sentence and the line after it, or the two lines after it (a byline, then the date),
/// are short (at most twelve words), are not sentences (no closing full stop) and one of
/// them holds a figure (the date line that pages print after the standfirst); the top of
/// the text then goes on past it.
/// `head` is the top so far, ending with the prose line; `next` the lines after it.
fn standfirst_before_date_line(head: &[(&str, bool)], next: &[&str]) -> bool {
    let prose_lines = head.iter().filter(|(l, _)| is_prose(l)).count();
    let Some(&(line, _)) = head.last() else {
        return false;
    };
    let sentences = line.trim_end_matches(['.', '"', '”']).matches(". ").count();
    let short = |n: &&str| {
        n.len() <= 120 && n.split_whitespace().count() <= 12 && !n.ends_with(['.', '!', '?'])
    };
    let figure = |n: &&str| n.chars().any(|c| c.is_ascii_digit());
    let date_line_within = |k: usize| {
        let lines = &next[..k.min(next.len())];
        lines.len() == k && lines.iter().all(short) && lines.iter().any(figure)
    };
    prose_lines == 1 && sentences == 0 && (date_line_within(1) || date_line_within(2))
}

/// A paragraph of running prose: long, or ending a sentence after many words.
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words >= 30 || (words >= 15 && line.ends_with(['.', '"', '”']))
}

/// A full date in `segment` that a label or the segment's shape makes a publication date.
fn dated_segment(segment: &str, in_head: bool, today: NaiveDate) -> Option<Candidate> {
    let segment = segment.trim();
    if segment.len() > MAX_LINE_BYTES {
        return None;
    }
    let (start, end, date) = full_days_in(segment)
        .into_iter()
        .find(|(_, _, d)| *d <= today)?;
    let before = &segment[..start];
    let kind = if let Some(kind) = label_before(before) {
        if is_prose(segment) && !speaks_of_itself(before) {
            return None;
        }
        kind
    } else if (in_head && is_byline(segment)) || only_a_date(segment, start, end) {
        LineKind::Published
    } else {
        return None;
    };
    let shown: String = segment.chars().take(80).collect();
    Some(Candidate {
        rank: (!in_head, kind),
        date,
        shown,
    })
}

/// The kind of the last publication or revision label in `before` (the part of a line
/// before its date), when at most [`LABEL_REACH_WORDS`] words stand between it and the date.
fn label_before(before: &str) -> Option<LineKind> {
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let lo = words.len().saturating_sub(LABEL_REACH_WORDS + 2);
    let tail = &words[lo..];
    let labels = crate::wordlists::publication_labels()
        .iter()
        .map(|l| (l, LineKind::Published))
        .chain(
            crate::wordlists::update_labels()
                .iter()
                .map(|l| (l, LineKind::Updated)),
        );
    let mut found: Option<(usize, LineKind)> = None;
    for (label, kind) in labels {
        let lw: Vec<&str> = label.split_whitespace().collect();
        if let Some(i) = (0..=tail.len().saturating_sub(lw.len()))
            .rev()
            .find(|&i| tail.len() >= lw.len() && tail[i..i + lw.len()] == lw[..])
        {
            let end = i + lw.len();
            if tail.len() - end <= LABEL_REACH_WORDS && found.is_none_or(|(e, _)| end > e) {
                found = Some((end, kind));
            }
        }
    }
    found.map(|(_, k)| k)
}

/// The sentence before a label speaks of the text itself: "This report …", "This interview
/// has been …" ("the report" may be another text the article cites).
fn speaks_of_itself(before: &str) -> bool {
    let sentence = before.rsplit(['.', '!', '?']).next().unwrap_or("");
    let words: Vec<String> = sentence
        .split_whitespace()
        .take(3)
        .map(|w| w.to_lowercase())
        .collect();
    matches!(words.first().map(String::as_str), Some("this"))
        && words.get(1).is_some_and(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "article"
                    | "report"
                    | "story"
                    | "interview"
                    | "piece"
                    | "transcript"
                    | "column"
                    | "version"
                    | "translation"
                    | "text"
                    | "analysis"
                    | "dispatch"
                    | "briefing"
                    | "newsletter"
                    | "episode"
                    | "programme"
                    | "program"
            )
        })
}

/// A byline: "By Jane Roe, 5 March 2026", "By Jane Roe | Staff Writer".
fn is_byline(segment: &str) -> bool {
    segment.starts_with("By ") || segment.starts_with("BY ")
}

/// The segment holds nothing but its date, times of day, a time zone and at most
/// [`DATE_LINE_SPARE_WORDS`] other words.
fn only_a_date(segment: &str, start: usize, end: usize) -> bool {
    let rest = format!("{} {}", &segment[..start], &segment[end..]);
    let mut spare = 0;
    for w in rest.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let weekday =
            weekday_of(w).is_some() && (w.len() <= 4 || w.to_ascii_lowercase().ends_with("day"));
        if w.is_empty() || weekday || is_clock_word(w) {
            continue;
        }
        if w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        spare += 1;
    }
    spare <= DATE_LINE_SPARE_WORDS
}

/// A time of day or its marks: "17:40", "6.15pm", "PM", "a.m", and time-zone
/// abbreviations (two to five capitals: "CET", "GMT", "EST").
fn is_clock_word(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    let digits_and_marks = lower
        .trim_end_matches("am")
        .trim_end_matches("pm")
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | 'h'));
    let zone = (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    (digits_and_marks && lower.chars().any(|c| c.is_ascii_digit()))
        || matches!(
            lower.as_str(),
            "am" | "pm" | "a.m" | "p.m" | "a" | "m" | "p"
        )
        || zone
}

/// The full dates (day, month and year) written in `s`, in order, with their spans.
fn full_days_in(s: &str) -> Vec<(usize, usize, NaiveDate)> {
    let mut out = Vec::new();
    for caps in date_captures(s) {
        let Some(all) = caps.caps.get(0) else {
            continue;
        };
        let Some((_, _, Some(r))) = classify(s, all.start(), all.end(), &caps, None) else {
            continue;
        };
        if let Ok(d) = NaiveDate::parse_from_str(&r, "%Y-%m-%d") {
            out.push((all.start(), all.end(), d));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        let today = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        publication_line_date(text, today).map(|d| d.date)
    }

    #[test]
    fn date_line_after_a_standfirst() {
        let t = "Ferry crews walk out\nThe operator pulled its offer after a month of talks, leaving the islands without boats for the week ahead.\nMarch 14, 2026 / 9:10 AM\n\nThe crews voted on Friday to stay out. Talks on 20 March 2026 are planned.\n";
        assert_eq!(date(t).as_deref(), Some("2026-03-14"));
        // A byline may stand between the standfirst and its date line.
        let t = "Ferry crews walk out\nHARSTAD - The operator pulled its offer after a month of talks, leaving the islands without boats for the week ahead.\n\nIsland Desk\nMarch 14, 2026\n\nThe crews voted on Friday to stay out.\n";
        assert_eq!(date(t).as_deref(), Some("2026-03-14"));
        // A lead of two sentences is the body: a short dated line after it is not read.
        let t = "Ferry crews walk out\nThe crews stopped work on Friday. The operator had pulled its offer after a month of talks with them.\nMarch 20, 2026\n\nThe union met.\n\nThe board met.\n\nThe crews met.\n\nThe islands waited.\n";
        assert_eq!(date(t), None);
    }

    #[test]
    fn date_only_line_at_the_foot() {
        let t = "Ferry crews walk out\n\nThe crews stopped work on Friday after the operator pulled its offer, and the union said the crews would stay out until the board tabled a new one.\n\n14 March 2026\n";
        assert_eq!(date(t).as_deref(), Some("2026-03-14"));
        let t = "Ferry crews walk out\n\nThe crews stopped work on Friday after the operator pulled its offer, and the union said the crews would stay out until the board tabled a new one.\n\nPhoto of the crews on the quay taken on 14 March 2026\n";
        assert_eq!(date(t), None);
    }

    #[test]
    fn labelled_line_at_the_top() {
        let t = "Ferry crews accept a new offer\n\nBy Tomas Lind\nPublished: 14 Mar 2026, 09:10 GMT\n\nThe crews voted on Friday. A ballot follows on Monday, May 4 2026.\n";
        assert_eq!(date(t).as_deref(), Some("2026-03-14"));
        let t = "Posted : 2026-09-02 11:00 | Updated : 2026-09-03 08:00\n\nThe union met.";
        assert_eq!(date(t).as_deref(), Some("2026-09-02"));
    }

    #[test]
    fn publication_beats_revision_and_top_beats_foot() {
        let t = "Updated June 3 2026 - 5:00pm\nFirst published June 2 2026\n\nBody of the text goes here, as prose.";
        assert_eq!(date(t).as_deref(), Some("2026-06-02"));
        let t = "Updated 3 June 2026\n\nThe ferry union and the operator met again on Tuesday and agreed to keep talking about the rota.\n\nThis article was first published on 1 June 2026.";
        assert_eq!(date(t).as_deref(), Some("2026-06-03"));
    }

    #[test]
    fn a_line_of_only_a_date_and_a_byline_with_a_date() {
        let t =
            "Harbour talks resume\n\nWednesday 9 September 2026, 14:05 BST\n\nThe port reopened.";
        assert_eq!(date(t).as_deref(), Some("2026-09-09"));
        let t =
            "Harbour talks resume\nBy Ana Ruiz, Staff Writer | Sep. 9, 2026\n\nThe port reopened.";
        assert_eq!(date(t).as_deref(), Some("2026-09-09"));
        let t = "GULF LETTER | No. 12 | Friday, 4 December 2026\n\nThe port reopened.";
        assert_eq!(date(t).as_deref(), Some("2026-12-04"));
    }

    #[test]
    fn a_date_in_the_body_or_a_headline_is_no_publication_line() {
        // A headline that names a future day, and prose that cites another text's date.
        let t = "Strike called for 12 October 2026 at the docks\n\nThe report, published on 3 March 2026 by the ministry, found that wages had fallen for years across the sector.\n";
        assert_eq!(date(t), None);
    }

    #[test]
    fn prose_counts_when_it_speaks_of_the_text_itself() {
        let t = "Talks in Lima\n\nTranslated from the Portuguese. This report first appeared in the weekly Folha do Norte on Monday, 2 March 2026, and is reproduced with permission.\n\nThe round closed.";
        assert_eq!(date(t).as_deref(), Some("2026-03-02"));
        let t = "The body of the piece.\n\nThis interview was recorded on 5 May 2026 and has been edited.";
        assert_eq!(date(t), None);
        let t = "The body of the piece.\n\nThis interview was first published on 5 May 2026.";
        assert_eq!(date(t).as_deref(), Some("2026-05-05"));
    }

    #[test]
    fn never_after_today() {
        let t = "Published: 4 March 2031\n\nThe body.";
        assert_eq!(date(t), None);
    }
}
