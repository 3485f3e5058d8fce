//! Named holidays (`data/holidays.tsv`): "before Christmas", "after Eid al-Fitr", "by Labor
//! Day". Each name has a rule for its date in a given year; the resolver picks the year.

use super::resolve::{Match, Verdict};
use super::*;

/// How a holiday's date is found for a year.
#[derive(Debug, Clone, PartialEq)]
enum DateRule {
    Fixed(u32, u32),
    /// The Nth (1-based; -1 = last) weekday of a month.
    Nth(i32, Weekday, u32),
    Easter(i64),
    OrthodoxEaster(i64),
    Table(Vec<NaiveDate>),
    /// The name is known but has no single date.
    Unknown,
}

#[derive(Debug, Clone)]
struct Row {
    names: Vec<&'static str>,
    rule: DateRule,
    /// Words naming the country whose day this is; empty: the default row.
    country_words: Vec<&'static str>,
}

fn parse_rule(s: &str) -> Option<DateRule> {
    let mut it = s.split_whitespace();
    let kind = it.next()?;
    Some(match kind {
        "fixed" => {
            let (m, d) = it.next()?.split_once('-')?;
            DateRule::Fixed(m.parse().ok()?, d.parse().ok()?)
        }
        "nth" => {
            let n: i32 = it.next()?.parse().ok()?;
            let wd = weekday_of(it.next()?)?;
            DateRule::Nth(n, wd, it.next()?.parse().ok()?)
        }
        "easter" => DateRule::Easter(it.next()?.parse().ok()?),
        "orthodox_easter" => DateRule::OrthodoxEaster(it.next()?.parse().ok()?),
        "table" => DateRule::Table(
            it.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .collect::<Option<Vec<_>>>()?,
        ),
        "none" => DateRule::Unknown,
        _ => return None,
    })
}

fn rows() -> &'static [Row] {
    static ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let src = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/holidays.tsv"));
        src.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let names = cols.next()?.split('|').map(str::trim).collect();
                let rule = parse_rule(cols.next()?)?;
                let words = cols.next().unwrap_or("-").trim();
                let country_words = if words == "-" {
                    Vec::new()
                } else {
                    words.split(';').map(str::trim).collect()
                };
                Some(Row {
                    names,
                    rule,
                    country_words,
                })
            })
            .collect()
    })
}

/// The alternation of all holiday names for the date pattern, longest first (so that
/// "Orthodox Christmas" wins over "Christmas").
pub(crate) fn names_alternation() -> String {
    let mut names: Vec<&str> = rows()
        .iter()
        .flat_map(|r| r.names.iter().copied())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
        .iter()
        .map(|n| regex::escape(n).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// Western Easter Sunday of `y` (the Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// Orthodox Easter Sunday of `y` (the Julian computus, in Gregorian dates; 1900–2099).
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32).map(|x| x + Duration::days(13))
}

impl DateRule {
    fn in_year(&self, y: i32) -> Option<NaiveDate> {
        match self {
            DateRule::Fixed(m, d) => NaiveDate::from_ymd_opt(y, *m, *d),
            DateRule::Nth(n, wd, m) => {
                if *n > 0 {
                    NaiveDate::from_weekday_of_month_opt(y, *m, *wd, *n as u8)
                } else {
                    (1..=5)
                        .rev()
                        .find_map(|k| NaiveDate::from_weekday_of_month_opt(y, *m, *wd, k))
                }
            }
            DateRule::Easter(off) => easter(y).map(|d| d + Duration::days(*off)),
            DateRule::OrthodoxEaster(off) => orthodox_easter(y).map(|d| d + Duration::days(*off)),
            DateRule::Table(ds) => ds.iter().copied().find(|d| d.year() == y),
            DateRule::Unknown => None,
        }
    }
}

/// Every country word of the table, once, with a searcher over them all.
struct CountryWords {
    words: Vec<&'static str>,
    finder: Option<aho_corasick::AhoCorasick>,
}

fn country_words() -> &'static CountryWords {
    static WORDS: OnceLock<CountryWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&'static str> = rows()
            .iter()
            .flat_map(|r| r.country_words.iter().copied())
            .collect();
        words.sort_unstable();
        words.dedup();
        // Overlapping matches: a country word inside a longer one ("Korea" in "North
        // Korea") is still its own whole word only where its boundaries say so.
        let finder = aho_corasick::AhoCorasick::new(&words).ok();
        CountryWords { words, finder }
    })
}

/// How often each country word of the table occurs in `text` as a whole word (not inside a
/// longer word), indexed as `country_words().words`: one pass over the text for all words.
fn country_word_counts(text: &str) -> Vec<usize> {
    let cw = country_words();
    let mut counts = vec![0; cw.words.len()];
    let Some(finder) = &cw.finder else {
        return counts;
    };
    for m in finder.find_overlapping_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            counts[m.pattern().as_usize()] += 1;
        }
    }
    counts
}

/// The rule for `name` in `text`: among the rows listing the name, the one whose country
/// words the text uses most (whole words), else the default row.
fn rule_for(name: &str, text: &str) -> Option<&'static DateRule> {
    let candidates: Vec<&Row> = rows().iter().filter(|r| r.names.contains(&name)).collect();
    // When the rows agree on the day and one of them is the default, the country cannot
    // change the answer: skip counting country words.
    if let Some((first, rest)) = candidates.split_first() {
        if rest.iter().all(|r| r.rule == first.rule)
            && candidates.iter().any(|r| r.country_words.is_empty())
        {
            return Some(&first.rule);
        }
    }
    let counts = country_word_counts(text);
    let words = &country_words().words;
    let count = |w: &str| words.binary_search(&w).map_or(0, |i| counts[i]);
    let best = candidates
        .iter()
        .filter(|r| !r.country_words.is_empty())
        .map(|r| (r.country_words.iter().map(|w| count(w)).sum::<usize>(), *r))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, r)| r);
    best.or_else(|| {
        candidates
            .iter()
            .find(|r| r.country_words.is_empty())
            .copied()
    })
    .map(|r| &r.rule)
}

/// `named_holiday`: a holiday's name is that holiday's date in the year nearest the
/// reference: the occurrence closest to the reference day (or month), the later one after
/// "next", the earlier one after "last", and the stated year's after "of last/this/next
/// year". A name followed by another capitalised word is part of another name ("Easter
/// Island") and no date. Unresolved without a reference, for a name with no single date,
/// or outside the years its calendar covers.
pub(crate) fn named_holiday(m: &Match) -> Verdict {
    let name = m.c.name("hol_n")?.as_str();
    let after = after_text(m.text, m.end, 3);
    if after.starts_with(' ') && after[1..].chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let rule = rule_for(name, m.text);
    let Some((rule, r)) = rule.zip(m.r) else {
        return Some((DateKind::Date, None));
    };
    let prev = before_words(m.text, m.start, 1);
    let year_word = m.c.name("hol_y").map(|y| y.as_str().to_ascii_lowercase());
    let pick = match year_word.as_deref() {
        Some(w) => {
            let y = r.year
                + match w {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
            rule.in_year(y)
        }
        None => {
            // The reference as a day (mid-month when only the month is known).
            let rd =
                m.rd.or_else(|| NaiveDate::from_ymd_opt(r.year, r.month?, 15))
                    .or_else(|| NaiveDate::from_ymd_opt(r.year, 7, 1))?;
            let around: Vec<NaiveDate> = (rd.year() - 1..=rd.year() + 1)
                .filter_map(|y| rule.in_year(y))
                .collect();
            match prev.as_str() {
                "next" => around.into_iter().find(|d| *d > rd),
                "last" => around.into_iter().rev().find(|d| *d < rd),
                _ => around
                    .into_iter()
                    .min_by_key(|d| (*d - rd).num_days().abs()),
            }
        }
    };
    Some((
        DateKind::Date,
        pick.map(|d| d.format("%Y-%m-%d").to_string()),
    ))
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
    fn computus() {
        assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(easter(2025), NaiveDate::from_ymd_opt(2025, 4, 20));
        assert_eq!(orthodox_easter(2024), NaiveDate::from_ymd_opt(2024, 5, 5));
        assert_eq!(orthodox_easter(2023), NaiveDate::from_ymd_opt(2023, 4, 16));
    }

    #[test]
    fn named_holiday_takes_nearest_occurrence() {
        // Two months after the holiday: the one just past; two months before: the coming one.
        assert_eq!(
            res("Staff have quit steadily since Christmas.", "2024-02-20"),
            vec![("Christmas".into(), Some("2023-12-25".into()))]
        );
        assert_eq!(
            res("Both sides hope to settle before Christmas.", "2024-10-20"),
            vec![("Christmas".into(), Some("2024-12-25".into()))]
        );
        // Rules by weekday of a month and by Easter.
        assert_eq!(
            res("Camps open after Labor Day.", "2023-07-10"),
            vec![("Labor Day".into(), Some("2023-09-04".into()))]
        );
        assert_eq!(
            res("The shops shut on Good Friday.", "2024-03-20"),
            vec![("Good Friday".into(), Some("2024-03-29".into()))]
        );
        // The longer name wins; the stated year counts.
        assert_eq!(
            res("Nobody worked on Orthodox Christmas.", "2024-01-20"),
            vec![("Orthodox Christmas".into(), Some("2024-01-07".into()))]
        );
        assert_eq!(
            res("It began on May Day of last year.", "2024-06-01"),
            vec![("May Day of last year".into(), Some("2023-05-01".into()))]
        );
    }

    #[test]
    fn country_words_count_whole_words_only() {
        let words = &country_words().words;
        let counts = country_word_counts("North Korean envoys met Koreans; Korea's team left.");
        let n = |w: &str| words.binary_search(&w).map(|i| counts[i]).unwrap_or(99);
        // "Korean" inside "North Korean" is a whole word too; "Koreans" is not "Korean".
        assert_eq!(n("North Korean"), 1);
        assert_eq!(n("Korean"), 1);
        assert_eq!(n("Korea"), 1);
        assert_eq!(n("Seoul"), 0);
    }

    #[test]
    fn named_holiday_needs_the_country_when_days_differ() {
        let v = res(
            "Farmers in Punjab, India, plan a march on Independence Day.",
            "2024-08-01",
        );
        assert_eq!(
            v.last().cloned(),
            Some(("Independence Day".into(), Some("2024-08-15".into())))
        );
        let v = res(
            "The parade on Independence Day was cancelled.",
            "2024-08-01",
        );
        assert_eq!(v, vec![("Independence Day".into(), None)]);
        // Rows by country for other names kept on different days.
        let v = res(
            "Turkish officials marked Republic Day in Ankara.",
            "2026-11-02",
        );
        assert_eq!(
            v.last().cloned(),
            Some(("Republic Day".into(), Some("2026-10-29".into())))
        );
        let v = res(
            "Talks in Accra paused for Independence Day, Ghana's officials said.",
            "2026-03-01",
        );
        assert_eq!(
            v.last().cloned(),
            Some(("Independence Day".into(), Some("2026-03-06".into())))
        );
        assert_eq!(
            res("Traders left after Ash Wednesday.", "2026-03-01"),
            vec![("Ash Wednesday".into(), Some("2026-02-18".into()))]
        );
        // Part of another name: no date.
        assert!(res("Flights to Easter Island resumed.", "2024-08-01").is_empty());
    }
}
