//! ISO dates at the precision the text supports (`2025`, `2025-06`, `2025-06-02`) as day
//! ranges, so that range filters treat "June 2025" as overlapping "since 2025-06-15".

use crate::error::{Result, StoreError};
use serde::Serialize;

/// The first and last day a partial ISO date covers, as `YYYY-MM-DD` strings (the last day
/// of a month is written `-31` whatever the month: the strings only ever get compared).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayRange {
    pub first: String,
    pub last: String,
}

impl DayRange {
    /// The days a resolved date covers.
    pub fn of(date: detente_evidence::PartialDate) -> DayRange {
        let iso = |(y, m, d): (u16, u8, u8)| format!("{y:04}-{m:02}-{d:02}");
        DayRange {
            first: iso(date.first_day()),
            last: iso(date.last_day()),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, ignoring anything after the day (a time).
    pub fn parse(s: &str) -> Option<DayRange> {
        let s = s.trim();
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)?;
        match b.len() {
            4 => Some(DayRange {
                first: format!("{year:04}-01-01"),
                last: format!("{year:04}-12-31"),
            }),
            7 if b[4] == b'-' => {
                let month = digits(5..7).filter(|m| (1..=12).contains(m))?;
                Some(DayRange {
                    first: format!("{year:04}-{month:02}-01"),
                    last: format!("{year:04}-{month:02}-31"),
                })
            }
            n if n >= 10 && b[4] == b'-' && b[7] == b'-' => {
                if n > 10 && b[10].is_ascii_digit() {
                    return None;
                }
                let month = digits(5..7).filter(|m| (1..=12).contains(m))?;
                let day = digits(8..10).filter(|d| (1..=31).contains(d))?;
                let d = format!("{year:04}-{month:02}-{day:02}");
                Some(DayRange {
                    first: d.clone(),
                    last: d,
                })
            }
            _ => None,
        }
    }

    /// Parses a user-supplied filter bound, with an error naming it.
    pub(crate) fn parse_bound(what: &'static str, s: &str) -> Result<DayRange> {
        DayRange::parse(s).ok_or_else(|| StoreError::InvalidDate {
            what,
            value: s.to_string(),
        })
    }
}

/// What a row's day range (`date_lo`..`date_hi`) must meet to overlap the user's
/// `--since` and `--until` bounds, as (column and comparison, value) pairs for the engine
/// to bind: starts no later than `until`'s last day, ends no earlier than `since`'s first,
/// and, so that the `date_lo` indexes can be used, starts no earlier than New Year's Day of
/// `since`'s year (a year is the coarsest precision a range has, so a range that overlaps
/// `since` cannot start before it).
pub(crate) fn overlap_conditions(
    since: Option<&str>,
    until: Option<&str>,
) -> Result<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    if let Some(s) = since {
        let first = DayRange::parse_bound("--since", s)?.first;
        out.push(("date_lo >=", format!("{}-01-01", &first[..4])));
        out.push(("date_hi >=", first));
    }
    if let Some(u) = until {
        out.push(("date_lo <=", DayRange::parse_bound("--until", u)?.last));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::DayRange;

    #[test]
    fn overlap_bounds_name_the_year_start_for_the_index() {
        let c = super::overlap_conditions(Some("2025-06"), Some("2025-07-04")).unwrap();
        assert_eq!(
            c,
            vec![
                ("date_lo >=", "2025-01-01".to_string()),
                ("date_hi >=", "2025-06-01".to_string()),
                ("date_lo <=", "2025-07-04".to_string()),
            ]
        );
        assert!(super::overlap_conditions(None, None).unwrap().is_empty());
        assert!(super::overlap_conditions(Some("June"), None).is_err());
    }

    #[test]
    fn precisions() {
        let r = DayRange::parse("2025").unwrap();
        assert_eq!(
            (r.first.as_str(), r.last.as_str()),
            ("2025-01-01", "2025-12-31")
        );
        let r = DayRange::parse("2025-06").unwrap();
        assert_eq!(
            (r.first.as_str(), r.last.as_str()),
            ("2025-06-01", "2025-06-31")
        );
        let r = DayRange::parse("2025-06-02T10:00:00Z").unwrap();
        assert_eq!(
            (r.first.as_str(), r.last.as_str()),
            ("2025-06-02", "2025-06-02")
        );
        for bad in [
            "",
            "25",
            "2025-13",
            "2025-6-1",
            "June 2",
            "2025-06-32",
            "20255",
            "2025-06-021",
        ] {
            assert!(DayRange::parse(bad).is_none(), "{bad}");
        }
    }
}
