//! Dates that lean on an earlier date of the text: "the next day", "the following month",
//! "that night", "later that January". Each is resolved from the last date before it that
//! is known at the precision it needs.

use super::resolve::{Match, Verdict};
use super::*;

/// A resolved date at its precision.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Known {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
}

impl Known {
    fn parse(s: &str) -> Option<Known> {
        let r = Reference::parse(s)?;
        Some(match (r.month, r.day) {
            (Some(m), Some(d)) => Known::Day(NaiveDate::from_ymd_opt(r.year, m, d)?),
            (Some(m), None) => Known::Month(r.year, m),
            _ => Known::Year(r.year),
        })
    }
    fn year(self) -> i32 {
        match self {
            Known::Day(d) => d.year(),
            Known::Month(y, _) | Known::Year(y) => y,
        }
    }
    fn month(self) -> Option<u32> {
        match self {
            Known::Day(d) => Some(d.month()),
            Known::Month(_, m) => Some(m),
            Known::Year(_) => None,
        }
    }
}

/// How far back (in bytes) an earlier date still anchors a day, and a month or year.
const DAY_REACH: usize = 1500;
const PERIOD_REACH: usize = 3000;

/// `earlier_date_anaphor`: "that night", "that week", "that January" (after a preposition,
/// "later"/"earlier", a capitalised name, or opening a clause) refer to the period of the last date before them;
/// elsewhere "that" is a conjunction or pronoun ("said that May …") and nothing is found.
pub(crate) fn that_period(m: &Match) -> Verdict {
    let prev = before_words(m.text, m.start, 1);
    let prev = prev.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lo = char_start_at_or_after(m.text, m.start.saturating_sub(3));
    let opens = m.text[lo..m.start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '(' | '\n' | '—' | '–'));
    let after_prep = matches!(
        prev,
        "in" | "on"
            | "by"
            | "during"
            | "until"
            | "till"
            | "from"
            | "since"
            | "later"
            | "earlier"
            | "of"
            | "for"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "within"
            | "at"
    );
    // "took the town that January": after a name, "that" cannot be a conjunction's object.
    let raw_prev = m.text[char_start_at_or_after(m.text, m.start.saturating_sub(40))..m.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let after_name = raw_prev.chars().next().is_some_and(char::is_uppercase) && !opens;
    (after_prep || opens || after_name).then_some((DateKind::Relative, None))
}

/// Resolves one anaphoric expression (`words`, lower case) from the last known date.
fn from_earlier(words: &str, unit: &str, last: Option<Known>) -> Option<String> {
    let last = last?;
    let step: i64 = if words.starts_with("that") {
        0
    } else if words.contains("previous") || words.contains("preceding") {
        -1
    } else {
        1
    };
    let season_first = match unit {
        "spring" => Some(3),
        "summer" => Some(6),
        "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    };
    match unit {
        "day" | "morning" | "afternoon" | "evening" | "night" => match last {
            Known::Day(d) => Some((d + Duration::days(step)).format("%Y-%m-%d").to_string()),
            _ => None,
        },
        "week" => match last {
            Known::Day(d) => Some(month_of(d + Duration::days(7 * step))),
            Known::Month(y, m) if step == 0 => Some(ym(y, m)),
            _ => None,
        },
        "month" => {
            let m = last.month()?;
            let (y, m) = shift_month(last.year(), m, step as i32);
            Some(ym(y, m))
        }
        "year" => Some(format!("{:04}", last.year() as i64 + step)),
        _ if season_first.is_some() => {
            let first = season_first?;
            let y = last.year();
            let y = match (step, last.month()) {
                (0, _) => y,
                (1, Some(m)) if m < first => y,
                (1, _) => y + 1,
                (_, Some(m)) if m > first + 2 => y,
                _ => y - 1,
            };
            Some(format!("{y:04}"))
        }
        month_name => {
            let mo = month_number(month_name)?;
            Some(ym(last.year(), mo))
        }
    }
}

/// `neighbour_day`: "the next day", "the following day" (also morning, evening, night) are
/// the day after the last date resolved to the day before them (within about two
/// paragraphs); "the previous day", "the preceding day" the day before it; "the following
/// week/month/year/spring" the period after the last date known at that precision (week to
/// its month); "the eve of" followed at once by a date is the day before that date.
/// `earlier_date_anaphor` ("that night", "that January") takes the last date's period.
/// Without such a date they stay unresolved. A date resolved this way anchors the next one.
pub(super) fn resolve_neighbour_days(text: &str, out: &mut [FoundDate]) {
    let mut last: Option<(Known, usize)> = None;
    let mut last_day: Option<(Known, usize)> = None;
    for i in 0..out.len() {
        let f = &out[i];
        if f.rule == "neighbour_day" || f.rule == "earlier_date_anaphor" {
            let words = text[f.start..f.end].to_lowercase();
            let unit = words.split_whitespace().last().unwrap_or("").to_string();
            let d = if words.contains("eve") && unit == "of" {
                out.get(i + 1)
                    .filter(|n| text[f.end..n.start].trim().is_empty())
                    .and_then(|n| n.resolved.as_deref())
                    .and_then(Known::parse)
                    .and_then(|k| match k {
                        Known::Day(d) => {
                            Some((d - Duration::days(1)).format("%Y-%m-%d").to_string())
                        }
                        _ => None,
                    })
            } else {
                let daylike = matches!(
                    unit.as_str(),
                    "day" | "morning" | "afternoon" | "evening" | "night" | "week"
                );
                let (anchor, reach) = if daylike {
                    (last_day, DAY_REACH)
                } else {
                    (last, PERIOD_REACH)
                };
                let anchor = anchor
                    .filter(|&(_, e)| e + reach >= f.start)
                    .map(|(k, _)| k);
                from_earlier(&words, &unit, anchor)
            };
            out[i].resolved = d;
        }
        if let Some(k) = out[i].resolved.as_deref().and_then(Known::parse) {
            last = Some((k, out[i].end));
            if matches!(k, Known::Day(_)) {
                last_day = last;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(text: &str, r: &str) -> Vec<(String, Option<String>)> {
        let r = Reference::parse(r).unwrap();
        find_dates(text, 0, text.len(), Some(&r))
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.resolved))
            .collect()
    }

    #[test]
    fn neighbour_periods_follow_the_last_date() {
        let v = res(
            "The mill closed in March 2021. The following month the workers struck, and the next \
             morning after the vote on 9 May 2021 they marched. The following spring a deal came.",
            "2024-06-01",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("March 2021", Some("2021-03")),
                ("The following month", Some("2021-04")),
                ("the next morning", None),
                ("9 May 2021", Some("2021-05-09")),
                ("The following spring", Some("2022")),
            ]
        );
    }

    #[test]
    fn earlier_date_anaphor_after_preposition_or_clause_start() {
        let v = res(
            "Rebels took the town on 3 August 2019. By that night the road was shut; that \
             January, the siege had begun. He said that May would be decisive. They left Tarsk that \
             December.",
            "2024-06-01",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("3 August 2019", Some("2019-08-03")),
                ("that night", Some("2019-08-03")),
                ("that January", Some("2019-01")),
                ("that December", Some("2019-12")),
            ]
        );
    }

    #[test]
    fn month_of_last_year_and_counted_coming_days() {
        let v = res(
            "The pact lapsed in June last year; a vote follows in the next 10 days.",
            "2024-03-01",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![("June last year", Some("2023-06")), ("next 10 days", None)]
        );
    }
}
