//! A resolved date at the precision the text supports: a year, a month or a day.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// How much of a date the text fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to a year, a month or a day ("in 2025", "in June 2025",
/// "on 2 June 2025"). Written and read as ISO 8601 at that precision (`2025`, `2025-06`,
/// `2025-06-02`), which is its JSON form. Only real dates exist: the month is 1–12 and the
/// day exists in its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: u16,
    /// 0 when only the year is known.
    month: u8,
    /// 0 when only the year or the month is known.
    day: u8,
}

/// Why a string is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADate(pub String);

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            self.0
        )
    }
}

impl std::error::Error for NotADate {}

/// Days in `month` of `year` in the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Gregorian leap years: every fourth, except centuries not divisible by 400.
fn leap_year(year: u16) -> bool {
    let divides = |n: u16| year.rem_euclid(n) == 0;
    divides(4) && (!divides(100) || divides(400))
}

impl PartialDate {
    /// A year (1000–2999, the span news dates fall in).
    pub fn year_only(year: u16) -> Option<PartialDate> {
        (1000..=2999).contains(&year).then_some(PartialDate {
            year,
            month: 0,
            day: 0,
        })
    }

    /// A month of a year.
    pub fn month_of(year: u16, month: u8) -> Option<PartialDate> {
        let y = PartialDate::year_only(year)?;
        (1..=12)
            .contains(&month)
            .then_some(PartialDate { month, ..y })
    }

    /// A day; `None` for a day its month does not have.
    pub fn day_of(year: u16, month: u8, day: u8) -> Option<PartialDate> {
        let m = PartialDate::month_of(year, month)?;
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(PartialDate { day, ..m })
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` exactly.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = b.get(r)?;
            if !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            part.iter().try_fold(0u16, |n, d| {
                n.checked_mul(10)?.checked_add(u16::from(d - b'0'))
            })
        };
        let year = num(0..4)?;
        match b.len() {
            4 => PartialDate::year_only(year),
            7 if b[4] == b'-' => PartialDate::month_of(year, u8::try_from(num(5..7)?).ok()?),
            10 if b[4] == b'-' && b[7] == b'-' => PartialDate::day_of(
                year,
                u8::try_from(num(5..7)?).ok()?,
                u8::try_from(num(8..10)?).ok()?,
            ),
            _ => None,
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, when known.
    pub fn month(&self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// The first day the date covers (1 January for a year, the 1st for a month).
    pub fn first_day(&self) -> (u16, u8, u8) {
        (self.year, self.month.max(1), self.day.max(1))
    }

    /// The last day the date covers (31 December for a year, the month's last day).
    pub fn last_day(&self) -> (u16, u8, u8) {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        (self.year, month, day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl FromStr for PartialDate {
    type Err = NotADate;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s).ok_or_else(|| NotADate(s.to_string()))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_each_precision() {
        for s in ["2025", "2025-06", "2025-06-02", "2024-02-29"] {
            let d = PartialDate::parse(s).unwrap();
            assert_eq!(d.to_string(), s);
        }
        assert_eq!(
            PartialDate::parse("2025-06").map(|d| d.precision()),
            Some(Precision::Month)
        );
        assert_eq!(
            PartialDate::parse("2025").map(|d| d.last_day()),
            Some((2025, 12, 31))
        );
        assert_eq!(
            PartialDate::parse("2023-02").map(|d| d.last_day()),
            Some((2023, 2, 28))
        );
    }

    #[test]
    fn refuses_what_is_no_date() {
        for s in [
            "",
            "25",
            "2025-6",
            "2025-13",
            "2023-02-29",
            "2025-06-31",
            "2025-06-02T10",
            "0999",
            "２０２５",
            "2025/06",
        ] {
            assert_eq!(PartialDate::parse(s), None, "{s}");
        }
    }

    #[test]
    fn json_form_is_the_iso_string() {
        let d: PartialDate = serde_json::from_str("\"2025-06-02\"").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-06-02\"");
        assert!(serde_json::from_str::<PartialDate>("\"June\"").is_err());
        assert!(PartialDate::parse("2025") < PartialDate::parse("2025-01"));
    }
}
