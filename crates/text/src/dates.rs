//! Date and time expressions: finding them and resolving them against the article's date.
//!
//! Conventions (see `docs/extraction.md`): week-level expressions ("last week", "over the
//! weekend") resolve to the month; a bare weekday resolves to the most recent such day on
//! or before the article date, or the next one when the clause puts it ahead ("will meet on
//! Friday", "must answer by Friday"); a counted deadline ("within 50 days", "within three
//! months") resolves to its end; durations, clock times and vague anchors ("days after",
//! "coming weeks", "within a few days") are kept as mentions with no resolution.

use crate::chronology::{same_month_day, Chronology};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::OnceLock;

/// The date an article's relative expressions are resolved against, at the precision known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Reference {
    pub fn parse(s: &str) -> Option<Reference> {
        let mut it = s.split('-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: Option<u32> = match it.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day: Option<u32> = match it.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        if let (Some(m), Some(d)) = (month, day) {
            NaiveDate::from_ymd_opt(year, m, d)?;
        }
        Some(Reference { year, month, day })
    }

    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
}

/// Kind of a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Date,
    Weekday,
    Relative,
    Deictic,
    Time,
    Duration,
}

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub kind: DateKind,
    pub resolved: Option<String>,
}

/// Accepts `YYYY-MM-DD` (optionally followed by a time), `YYYY-MM`, `YYYY`, and
/// `YYYY/MM/DD`; returns the ISO form at the precision given.
pub fn normalise_iso(s: &str) -> Option<String> {
    let s = s.trim();
    let head: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '/')
        .collect();
    let head = head.replace('/', "-");
    let head = head.trim_end_matches('-');
    let r = Reference::parse(head)?;
    if !(1000..=2999).contains(&r.year) {
        return None;
    }
    Some(match (r.month, r.day) {
        (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", r.year, m, d),
        (Some(m), None) => format!("{:04}-{:02}", r.year, m),
        _ => format!("{:04}", r.year),
    })
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Ninety|Hundred)";

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let p = format!(
            r"(?x)
            (?P<iso>(?-u:\b)\d{{4}}-\d{{2}}-\d{{2}}(?-u:\b))
          | (?P<wmd>(?-u:\b)(?P<wmd_w>{WEEKDAY}),?\s+(?P<wmd_m>{MONTH})\s+(?P<wmd_d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<wmd_y>\d{{4}})(?-u:\b))?)
          | (?P<wdm>(?-u:\b)(?P<wdm_w>{WEEKDAY}),?\s+(?:the\s+)?(?P<wdm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<wdm_m>{MONTH})(?-u:\b)(?:,?\s+(?P<wdm_y>\d{{4}})(?-u:\b))?)
          | (?P<dmy>(?-u:\b)(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{MONTH}),?\s+(?P<dmy_y>\d{{4}})(?-u:\b))
          | (?P<mdy>(?-u:\b)(?P<mdy_m>{MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<mdy_y>\d{{4}})(?-u:\b))?)
          | (?P<dm>(?-u:\b)(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{MONTH})(?-u:\b))
          | (?P<rm>(?-u:\b)(?P<rm_r>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of)\s*(?P<rm_m>{MONTH})(?-u:\b)(?:\s+(?P<rm_y>\d{{4}})(?-u:\b))?)
          | (?P<my>(?-u:\b)(?P<my_m>{MONTH})\s+(?:of\s+)?(?P<my_y>\d{{4}})(?-u:\b))
          | (?P<mo>(?-u:\b)(?P<mo_m>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b))
          | (?P<time>(?-u:\b)\d{{1,2}}(?::\d{{2}})?\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?:\s+local\s+time)?)
          | (?P<rw>(?-u:\b)(?P<rw_r>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<rw_w>{WEEKDAY})(?-u:\b)(?:\s+(?:morning|afternoon|evening|night)(?-u:\b))?)
          | (?P<wd>(?-u:\b)(?P<wd_w>{WEEKDAY})(?-u:\b)(?:\s+(?:morning|afternoon|evening|night)(?-u:\b))?)
          | (?P<deic>(?-u:\b)(?i:yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|night)|last\s+night)(?-u:\b))
          | (?P<wom>(?-u:\b)(?i:(?:first|second|third|fourth|last|final|closing|opening)\s+(?:week|days|fortnight|half)\s+of)\s+(?P<wom_m>{MONTH})(?-u:\b)(?:,?\s+(?P<wom_y>\d{{4}})(?-u:\b))?)
          | (?P<rel>(?-u:\b)(?i:(?P<rel_r>this\s+last|this\s+past|last|this|next|past|earlier\s+this|later\s+this|earlier\s+last|late\s+last|early\s+next)\s+(?P<rel_u>week|weekend|month|year))(?-u:\b))
          | (?P<endof>(?-u:\b)(?i:(?:the\s+)?end\s+of\s+(?P<endof_r>the|this|next|last)\s+(?P<endof_u>week|month|year))(?-u:\b))
          | (?P<wkend>(?-u:\b)(?i:over\s+the\s+weekend|at\s+the\s+weekend)(?-u:\b))
          | (?P<season>(?-u:\b)(?P<season_r>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Ee]arly|[Ll]ate)\s+(?P<season_s>spring|summer|autumn|fall|winter)(?-u:\b))
          | (?P<ago>(?-u:\b)(?P<ago_n>{NUM}|an?|a\s+few|several)\s+(?P<ago_u>days?|weeks?|months?|years?)\s+(?P<ago_d>ago|earlier|later|before|after)(?-u:\b))
          | (?P<anchor>(?-u:\b)(?:days|hours|weeks|months|years|a\s+week|a\s+day|a\s+month|an\s+hour)\s+(?:after|before|later|earlier)(?-u:\b))
          | (?P<within>(?-u:\b)within\s+(?:(?P<wi_n>{NUM}|a\s+few|several)\s+)?(?P<wi_u>hours?|days?|weeks?|months?|years?)(?-u:\b))
          | (?P<coming>(?-u:\b)(?:coming|next\s+few|next)\s+(?:days|weeks|months|fortnight)(?-u:\b))
          | (?P<dl>(?-u:\b){NUM}-(?:hour|day|week|month)(?:-(?:window|deadline|ultimatum|period))?(?-u:\b)(?:\s+(?:deadline|ultimatum|window))?)
          | (?P<dur>(?-u:\b){NUM}\s+(?:(?:working|business|calendar)\s+)?(?:hours|days|weeks|months)(?-u:\b))
          | (?P<year>(?-u:\b)(?:19|20)\d{{2}}(?-u:\b))
        "
        );
        Regex::new(&p).unwrap_or_else(|e| panic!("date pattern is valid: {e}"))
    })
}

/// The first char boundary at or after `i` (clamped to the text).
fn char_start_at_or_after(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The clause ending at `start`, in lower case: at most `reach` bytes back, cut at the last
/// sentence or clause mark or quotation mark.
fn clause_before(text: &str, start: usize, reach: usize) -> String {
    let lo = char_start_at_or_after(text, start.saturating_sub(reach));
    text[lo..start]
        .rsplit(['.', '!', '?', ';', ',', '”', '"'])
        .next()
        .unwrap_or("")
        .to_lowercase()
}

fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.');
    let key: String = m.chars().take(3).collect::<String>().to_ascii_lowercase();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

fn weekday_of(s: &str) -> Option<Weekday> {
    let key: String = s.chars().take(3).collect::<String>().to_ascii_lowercase();
    Some(match key.as_str() {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string())
}

fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn num_value(s: &str) -> Option<i64> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let n = match s.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" | "a few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    Some(n)
}

/// Year for a month-day without a year: the reference year, or the year before when that
/// would put the date more than about three months after the reference.
fn year_for(month: u32, day: u32, r: &Reference) -> i32 {
    match (r.date(), NaiveDate::from_ymd_opt(r.year, month, day)) {
        (Some(rd), Some(d)) if d > rd + Duration::days(92) => r.year - 1,
        (None, _) => match r.month {
            Some(rm) if month > rm + 3 => r.year - 1,
            _ => r.year,
        },
        _ => r.year,
    }
}

fn weekday_year(month: u32, day: u32, wd: Weekday, r: &Reference) -> Option<i32> {
    let base = year_for(month, day, r);
    [base, base - 1, base + 1]
        .into_iter()
        .find(|&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd))
}

fn month_of(d: NaiveDate) -> String {
    ym(d.year(), d.month())
}

fn shift_month(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

/// Finds date expressions in `text[range]`, resolving against `reference`.
pub fn find_dates(
    text: &str,
    from: usize,
    to: usize,
    reference: Option<&Reference>,
) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let slice = &text[from..to];
    for caps in pattern().captures_iter(slice) {
        let Some(m) = caps.get(0) else { continue };
        let (start, end) = (from + m.start(), from + m.end());
        if let Some((kind, resolved)) = classify(text, start, end, &caps, reference) {
            out.push(FoundDate {
                start,
                end,
                kind,
                resolved,
            });
        }
    }
    out
}

fn before_words(text: &str, start: usize, n: usize) -> String {
    let lo = char_start_at_or_after(text, start.saturating_sub(40));
    let words: Vec<&str> = text[lo..start].split_whitespace().collect();
    let k = words.len().saturating_sub(n);
    words[k..].join(" ").to_ascii_lowercase()
}

fn after_text(text: &str, end: usize, n: usize) -> &str {
    let mut hi = (end + n).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    &text[end..hi]
}

/// "Wednesday, July 23" or "Monday, 14 July" (with an optional year): weekday, month, day.
fn weekday_month_day(c: &Captures) -> Option<(Weekday, u32, u32, Option<i32>)> {
    let (w, m, d, y) = if c.name("wmd").is_some() {
        ("wmd_w", "wmd_m", "wmd_d", "wmd_y")
    } else if c.name("wdm").is_some() {
        ("wdm_w", "wdm_m", "wdm_d", "wdm_y")
    } else {
        return None;
    };
    let wd = weekday_of(c.name(w)?.as_str())?;
    let month = month_number(c.name(m)?.as_str())?;
    let day: u32 = c.name(d)?.as_str().parse().ok()?;
    let year = c.name(y).and_then(|y| y.as_str().parse().ok());
    Some((wd, month, day, year))
}

fn classify(
    text: &str,
    start: usize,
    end: usize,
    c: &Captures,
    r: Option<&Reference>,
) -> Option<(DateKind, Option<String>)> {
    let g = |name: &str| c.name(name).map(|m| m.as_str());
    let rd = r.and_then(Reference::date);
    if let Some(iso) = g("iso") {
        return Some((DateKind::Date, normalise_iso(iso)));
    }
    if let Some((wd, m, d, year)) = weekday_month_day(c) {
        let y = match year {
            Some(y) => Some(y),
            None => r.and_then(|r| weekday_year(m, d, wd, r)),
        };
        return Some((DateKind::Date, y.and_then(|y| ymd(y, m, d))));
    }
    for (grp, mg, dg, yg) in [
        ("dmy", "dmy_m", "dmy_d", "dmy_y"),
        ("mdy", "mdy_m", "mdy_d", "mdy_y"),
        ("dm", "dm_m", "dm_d", ""),
    ] {
        if g(grp).is_some() {
            let mname = g(mg)?;
            let m = month_number(mname)?;
            let d: u32 = g(dg)?.parse().ok()?;
            if d == 0 || d > 31 {
                return None;
            }
            // "May 5" is a date, but "may 5" is not: month names are capitalised.
            let y = match (g(yg).and_then(|y| y.parse().ok()), rd) {
                (Some(y), _) => Some(y),
                // "until June 24", "by 3 March": a deadline is the next such day.
                (None, Some(rd)) if presented_as_future(text, start) => {
                    let this_year = NaiveDate::from_ymd_opt(rd.year(), m, d);
                    Some(if this_year.is_some_and(|x| x >= rd) {
                        rd.year()
                    } else {
                        rd.year() + 1
                    })
                }
                (None, _) => r.map(|r| year_for(m, d, r)),
            };
            return Some((DateKind::Date, y.and_then(|y| ymd(y, m, d))));
        }
    }
    if g("rm").is_some() {
        let m = month_number(g("rm_m")?)?;
        let rel = g("rm_r")?.to_ascii_lowercase();
        if let Some(y) = g("rm_y").and_then(|y| y.parse::<i32>().ok()) {
            return Some((DateKind::Date, Some(ym(y, m))));
        }
        let res = r.and_then(|r| {
            let rm = r.month?;
            let y = match rel.as_str() {
                "last" => {
                    if m < rm {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                "next" => {
                    if m > rm {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
                _ => r.year,
            };
            Some(ym(y, m))
        });
        return Some((DateKind::Relative, res));
    }
    if g("my").is_some() {
        let m = month_number(g("my_m")?)?;
        let y: i32 = g("my_y")?.parse().ok()?;
        return Some((DateKind::Date, Some(ym(y, m))));
    }
    if let Some(mo) = c.name("mo") {
        let prep = before_words(text, mo.start() + start - mo.start(), 1);
        if !matches!(
            prep.as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "from"
                | "of"
                | "during"
                | "before"
                | "after"
                | "through"
        ) {
            return None;
        }
        let m = month_number(g("mo_m")?)?;
        let res = r.and_then(|r| {
            let rm = r.month?;
            Some(ym(if m > rm + 3 { r.year - 1 } else { r.year }, m))
        });
        return Some((DateKind::Date, res));
    }
    if g("time").is_some() {
        return Some((DateKind::Time, None));
    }
    if g("rw").is_some() {
        let wd = weekday_of(g("rw_w")?)?;
        let rel = g("rw_r")?.to_ascii_lowercase();
        let res = rd.map(|rd| {
            let back = (rd.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                .rem_euclid(7);
            let d = match rel.as_str() {
                "next" => rd + Duration::days((7 - back) % 7 + if back == 0 { 7 } else { 0 }),
                "this" => rd - Duration::days(back),
                _ => rd - Duration::days(if back == 0 { 7 } else { back }),
            };
            d.format("%Y-%m-%d").to_string()
        });
        return Some((DateKind::Weekday, res));
    }
    if g("wd").is_some() {
        let wd = weekday_of(g("wd_w")?)?;
        // "usually on a Sunday night", "every Friday": a habit, not a day.
        if matches!(
            before_words(text, start, 1).as_str(),
            "a" | "every" | "each"
        ) {
            return None;
        }
        let future = weekday_ahead(text, start);
        let res = rd.map(|rd| {
            let back = (rd.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                .rem_euclid(7);
            // "... weighed in last week ... she said Thursday": a day of that week, not today.
            let last_week = {
                let lo = char_start_at_or_after(text, start.saturating_sub(250));
                text[lo..start].to_lowercase().contains("last week")
            };
            if last_week && !future && back == 0 {
                (rd - Duration::days(7)).format("%Y-%m-%d").to_string()
            } else if future {
                let fwd = (7 - back) % 7;
                (rd + Duration::days(fwd)).format("%Y-%m-%d").to_string()
            } else {
                (rd - Duration::days(back)).format("%Y-%m-%d").to_string()
            }
        });
        return Some((DateKind::Weekday, res));
    }
    if let Some(s) = g("deic") {
        // "WORLD TONIGHT - TRANSCRIPT": a programme's name in capitals, not a day.
        if s.chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
        {
            return None;
        }
        let s = s.to_ascii_lowercase();
        let delta = if s.starts_with("yesterday") || s.starts_with("last") {
            -1
        } else if s.starts_with("tomorrow") {
            1
        } else {
            0
        };
        if s.contains("night") && s.starts_with("this") {
            return Some((DateKind::Deictic, None));
        }
        let res = match (rd, r) {
            (Some(d), _) => Some((d + Duration::days(delta)).format("%Y-%m-%d").to_string()),
            (None, Some(r)) => r.month.map(|m| ym(r.year, m)),
            _ => None,
        };
        return Some((DateKind::Deictic, res));
    }
    if g("rel").is_some() {
        let rel = g("rel_r")?.to_ascii_lowercase();
        let rel = rel.split_whitespace().collect::<Vec<_>>().join(" ");
        let unit = g("rel_u")?.to_ascii_lowercase();
        let past = rel.contains("last") || rel.contains("past");
        let next = rel.starts_with("next") || rel.starts_with("early next");
        let res = r.and_then(|r| match unit.as_str() {
            "week" | "weekend" => {
                if let Some(d) = rd {
                    let d = if next {
                        d + Duration::days(7)
                    } else if past {
                        d - Duration::days(7)
                    } else {
                        d
                    };
                    Some(month_of(d))
                } else {
                    r.month.map(|m| ym(r.year, m))
                }
            }
            "month" => r.month.map(|m| {
                let (y, m) = shift_month(
                    r.year,
                    m,
                    if next {
                        1
                    } else if past && !rel.starts_with("this") {
                        -1
                    } else {
                        0
                    },
                );
                ym(y, m)
            }),
            _ => Some(format!(
                "{:04}",
                if next {
                    r.year + 1
                } else if past && !rel.starts_with("this") {
                    r.year - 1
                } else {
                    r.year
                }
            )),
        });
        return Some((DateKind::Relative, res));
    }
    if g("season").is_some() {
        // A season is a year's span of months: "next spring" is the coming one; winter
        // straddles two years, so only its year of start is certain for "this"/"next".
        let rel = g("season_r")?.to_ascii_lowercase();
        let (first, last) = match g("season_s")? {
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" | "fall" => (9, 11),
            _ => (12, 12),
        };
        let res = r.and_then(|r| {
            let rm = r.month?;
            let y = match rel.as_str() {
                "next" => {
                    if rm < first {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
                "last" | "past" => {
                    if first == 12 {
                        return None;
                    }
                    if rm > last {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                _ => r.year,
            };
            Some(format!("{y:04}"))
        });
        return Some((DateKind::Relative, res));
    }
    if g("endof").is_some() {
        // "before the end of the month": that month (or year), counted from the article.
        let rel = g("endof_r")?.to_ascii_lowercase();
        let unit = g("endof_u")?.to_ascii_lowercase();
        let shift: i32 = match rel.as_str() {
            "next" => 1,
            "last" => -1,
            _ => 0,
        };
        let res = r.and_then(|r| match unit.as_str() {
            "year" => Some(format!("{:04}", r.year + shift)),
            "week" => rd.map(|d| month_of(d + Duration::days(7 * shift as i64))),
            _ => r.month.map(|m| {
                let (y, m) = shift_month(r.year, m, shift);
                ym(y, m)
            }),
        });
        return Some((DateKind::Relative, res));
    }
    if g("wkend").is_some() {
        let res = match rd {
            Some(d) => {
                let back = (d.weekday().num_days_from_monday() as i64 + 2) % 7; // to Saturday
                Some(month_of(d - Duration::days(back)))
            }
            None => r.and_then(|r| r.month.map(|m| ym(r.year, m))),
        };
        return Some((DateKind::Relative, res));
    }
    if g("ago").is_some() {
        let dir = g("ago_d")?.to_ascii_lowercase();
        if dir != "ago" {
            return Some((DateKind::Relative, None));
        }
        let n = num_value(g("ago_n")?).unwrap_or(3);
        let unit = g("ago_u")?.to_ascii_lowercase();
        let res = rd.map(|d| {
            if unit.starts_with("day") {
                (d - Duration::days(n)).format("%Y-%m-%d").to_string()
            } else if unit.starts_with("week") {
                month_of(d - Duration::days(7 * n))
            } else if unit.starts_with("month") {
                let (y, m) = shift_month(d.year(), d.month(), -(n as i32));
                ym(y, m)
            } else {
                format!("{:04}", d.year() as i64 - n)
            }
        });
        return Some((DateKind::Relative, res));
    }
    if g("within").is_some() {
        // "within 50 days": the deadline's end, counted from the article date; days and
        // weeks at day precision, months at month precision. Vague counts stay unresolved.
        let n = g("wi_n")
            .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()) || !w.contains(' '))
            .and_then(num_value);
        let unit = g("wi_u")?.to_ascii_lowercase();
        let res = match (rd, n) {
            (Some(d), Some(n)) if (1..=3660).contains(&n) => {
                if unit.starts_with("day") {
                    Some((d + Duration::days(n)).format("%Y-%m-%d").to_string())
                } else if unit.starts_with("week") {
                    Some((d + Duration::days(7 * n)).format("%Y-%m-%d").to_string())
                } else if unit.starts_with("month") {
                    let (y, m) = shift_month(d.year(), d.month(), n as i32);
                    Some(ym(y, m))
                } else if unit.starts_with("year") {
                    Some(format!("{:04}", d.year() as i64 + n))
                } else {
                    None
                }
            }
            _ => None,
        };
        return Some((DateKind::Relative, res));
    }
    if g("anchor").is_some() || g("coming").is_some() {
        return Some((DateKind::Relative, None));
    }
    if g("wom").is_some() {
        // "the last week of April": the month, at the precision the text gives.
        let m = month_number(g("wom_m")?)?;
        if let Some(y) = g("wom_y").and_then(|y| y.parse::<i32>().ok()) {
            return Some((DateKind::Date, Some(ym(y, m))));
        }
        let res = r.and_then(|r| {
            let rm = r.month?;
            Some(ym(if m > rm + 3 { r.year - 1 } else { r.year }, m))
        });
        return Some((DateKind::Relative, res));
    }
    if g("dl").is_some() || g("dur").is_some() {
        let before = before_words(text, start, 2);
        let after = after_text(text, end, 6);
        // "a 48-hour stoppage", "a two-hour meeting": the hyphenated form measures the noun
        // it qualifies; only a window ("50-day deadline", "30-day cooling-off period") is a
        // date expression.
        let matched = &text[start..end];
        if g("dl").is_some() && matched.ends_with(['r', 'y', 'k', 'h']) {
            let ahead = after_text(text, end, 24);
            let next: String = ahead
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect::<String>()
                .to_lowercase();
            let window = [
                "deadline",
                "ultimatum",
                "window",
                "period",
                "cooling-off",
                "grace",
                "countdown",
                "truce",
                "ceasefire",
                "cease-fire",
                "pause",
                "moratorium",
                "notice",
            ];
            if !next.is_empty()
                && ahead.starts_with(' ')
                && !window.iter().any(|w| next.starts_with(w))
            {
                return None;
            }
        }
        let approx = [
            "approximately",
            "about",
            "around",
            "nearly",
            "almost",
            "than",
            "several",
            "for",
            "lasted",
            "to",
            "from",
            "by",
            "of",
            "over",
            "some",
            "least",
            "the",
            // "broke off after nine hours": how long the talks ran.
            "after",
            // "last five days", "the last three weeks": a span measured, not a date.
            "last",
        ];
        if before
            .split_whitespace()
            .last()
            .is_some_and(|w| approx.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        {
            return None;
        }
        if after.starts_with("-old")
            || after.starts_with("-long")
            || after.starts_with(" old")
            || after.starts_with(" of ")
        {
            return None;
        }
        return Some((DateKind::Duration, None));
    }
    if let Some(y) = g("year") {
        let after = after_text(text, end, 3);
        if after.starts_with(',') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if after.starts_with(|c: char| {
            c == '%' || c == '-' || c == '.' && after[1..].starts_with(|c: char| c.is_ascii_digit())
        }) {
            return None;
        }
        let prev = text[..start].chars().next_back();
        if prev.is_some_and(|c| c == '$' || c == '#' || c == '-' || c == '.' || c == ',') {
            return None;
        }
        let _ = start;
        return Some((DateKind::Date, Some(y.to_string())));
    }
    None
}

/// Irregular past forms common in news reporting (regular ones end in "-ed").
const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "held",
    "was",
    "were",
    "came",
    "went",
    "began",
    "broke",
    "fell",
    "rose",
    "sent",
    "gave",
    "took",
    "made",
    "ran",
    "left",
    "got",
    "kept",
    "spoke",
    "wrote",
    "struck",
    "fought",
    "brought",
    "sought",
    "won",
    "lost",
    "flew",
    "drove",
    "saw",
    "knew",
    "thought",
    "found",
    "led",
    "read",
    "set",
    "put",
    "cut",
    "hit",
    "quit",
    "shut",
    "spent",
    "stood",
    "sat",
    "paid",
    "laid",
    "sold",
    "bought",
    "taught",
    "caught",
    "felt",
    "heard",
    "meant",
    "began",
    "became",
    "chose",
    "froze",
    "stole",
    "woke",
    "drew",
    "grew",
    "threw",
    "withdrew",
    "overtook",
    "undertook",
    "forgave",
    "forbade",
    "did",
    "had",
];

/// The words of a clause without their punctuation.
fn clause_words(clause: &str) -> Vec<&str> {
    clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words between a verb and the day it governs that say when in the day or period:
/// "by midnight on", "until the end of", "late on".
fn time_filler(w: &str) -> bool {
    matches!(
        w,
        "on" | "at"
            | "the"
            | "end"
            | "close"
            | "of"
            | "midnight"
            | "noon"
            | "morning"
            | "evening"
            | "night"
            | "late"
            | "early"
    )
}

/// The last content word before the date (past prepositions and times of day) is a verb in
/// the past tense, not a participle after "be"/"will"/"to" ("will be held on Friday").
fn governed_by_past_verb(clause: &str) -> bool {
    let words = clause_words(clause);
    let skip = |w: &str| {
        time_filler(w)
            || matches!(
                w,
                "until"
                    | "till"
                    | "by"
                    | "before"
                    | "through"
                    | "into"
                    | "from"
                    | "since"
                    | "last"
                    | "this"
                    | "again"
                    | "only"
            )
    };
    let Some(i) = words.iter().rposition(|w| !skip(w)) else {
        return false;
    };
    let w = words[i];
    let past = IRREGULAR_PAST.contains(&w) || (w.len() > 3 && w.ends_with("ed"));
    if !past {
        return false;
    }
    // "is expected on Friday", "will be held", "has been postponed": the participle of a
    // passive or a future, not a past event.
    let aux = i.checked_sub(1).map(|j| words[j]).is_some_and(|a| {
        matches!(
            a,
            "be" | "to"
                | "will"
                | "would"
                | "shall"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "being"
                | "is"
                | "are"
                | "am"
                | "been"
                | "has"
                | "have"
        )
    });
    // "postponed until Friday": a past decision about a day still ahead.
    let moved_to = matches!(
        w,
        "postponed"
            | "delayed"
            | "adjourned"
            | "extended"
            | "deferred"
            | "rescheduled"
            | "moved"
            | "pushed"
            | "suspended"
    ) && words[i + 1..]
        .iter()
        .any(|p| matches!(*p, "until" | "till" | "to"));
    !aux && !moved_to
}

/// "is due to travel on Monday", "will meet on Friday", "must answer by Friday": the clause
/// before a bare weekday puts it ahead of the article date.
fn weekday_ahead(text: &str, start: usize) -> bool {
    let clause = clause_before(text, start, 80);
    let clause = format!(" {}", clause.trim_start());
    let future_word = [
        " will ",
        " would ",
        "due to",
        " is expected",
        " are expected",
        "plans to",
        "scheduled",
        " next ",
        "'ll ",
        "’ll ",
        // "agreed to keep talking through Wednesday night"
        " keep ",
        " continue ",
    ]
    .iter()
    .any(|c| clause.contains(c));
    let counterfactual = clause.contains(" had ");
    // "held until Sunday", "arrived on Thursday", "if the talks failed on Monday": the verb
    // the weekday hangs on is in the past, whatever else the clause says.
    if governed_by_past_verb(&clause) {
        return false;
    }
    // "If no deal is reached by Friday", "unless they sign on Monday": a condition is ahead.
    let conditional = clause.starts_with(" if ") || clause.starts_with(" unless ");
    // "by midnight on Thursday", "before Thursday", "until the end of Friday": a deadline.
    let words = clause_words(&clause);
    let mut k = words.len();
    while k > 0 && (time_filler(words[k - 1]) || words[k - 1] == "next") {
        k -= 1;
    }
    let deadline = k > 0 && matches!(words[k - 1], "by" | "before" | "until" | "till");
    // "ahead of Friday's vote", "bracing for Saturday", "set for Monday".
    let awaited = {
        let t = clause.trim_end();
        [
            "ahead of",
            "bracing for",
            "braced for",
            "preparing for",
            "set for",
            "slated for",
            "planned for",
        ]
        .iter()
        .any(|c| t.ends_with(c))
    };
    future_word || ((deadline || conditional) && !counterfactual) || awaited
}

/// The clause before a date puts it ahead: "from", "by", "until" right before it, or a
/// future or scheduling word earlier in the clause.
fn presented_as_future(text: &str, start: usize) -> bool {
    let last = before_words(text, start, 2);
    let mut words = last.split_whitespace().rev();
    let w1 = words.next().unwrap_or("");
    let w2 = words.next().unwrap_or("");
    let intro = |w: &str| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "from" | "by" | "until" | "till" | "starting" | "effective" | "next" | "before"
        )
    };
    if intro(w1) || (matches!(w1, "on" | "in") && intro(w2)) {
        return true;
    }
    let clause = clause_before(text, start, 80);
    [
        " will ",
        "'ll ",
        "’ll ",
        " next ",
        " due ",
        " scheduled ",
        " plans to ",
        " expected ",
    ]
    .iter()
    .any(|c| clause.contains(c))
}

/// An article date worked out from the article's own content.
#[derive(Debug, Clone, PartialEq)]
pub struct InferredDate {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What the date rests on, for the reader: the expression, or the known event matched.
    pub basis: String,
}

/// One way the text pins down a day.
struct DayAnchor {
    date: NaiveDate,
    basis: String,
    /// Found through a bare weekday and a known event: the article is from that week.
    by_weekday: bool,
}

/// A month-day or weekday mention without a year, as the chronology needs it.
struct PartialMention {
    start: usize,
    end: usize,
    month_day: Option<(u32, u32)>,
    weekday: Option<Weekday>,
}

/// Infers an article's date from its content, in order of evidence:
/// a weekday with a month and day that fits one recent year ("Wednesday, July 23"); the
/// latest fully specified date mentioned; or a known event from `chronology` that the text
/// names and dates by month-day or weekday ("On Tuesday, the envoys met Putin in Moscow").
/// The latest such day is the article's date, moved forward when the text reports speech on
/// a later weekday of the same week ("Ushakov said on Wednesday"). `None` when nothing fits.
pub fn infer_article_date(text: &str, chronology: &Chronology) -> Option<InferredDate> {
    infer_article_date_as_of(text, chronology, chrono::Utc::now().date_naive())
}

/// [`infer_article_date`] as if today were `today`: no inferred date is later than it.
pub fn infer_article_date_as_of(
    text: &str,
    chronology: &Chronology,
    today: NaiveDate,
) -> Option<InferredDate> {
    let (found, mentions) = dated_and_partial(text);
    let mut anchors: Vec<DayAnchor> = Vec::new();
    let mut max_year: Option<i32> = None;
    // "occupied since 2014": a starting point, not the article's own year.
    let mut since_only = true;
    // "a raise from 1 January 2025", "talks will resume on 3 March": dates the text puts
    // ahead of its own time say nothing about when it was written.
    for f in found.iter().filter(|f| !presented_as_future(text, f.start)) {
        if let Some(r) = f.resolved.as_deref() {
            if let Some(y) = r.get(0..4).and_then(|y| y.parse::<i32>().ok()) {
                if y <= today.year() {
                    let starting = matches!(
                        before_words(text, f.start, 1).as_str(),
                        "since" | "from" | "after"
                    );
                    match max_year {
                        Some(m) if y < m => {}
                        Some(m) if y == m => since_only &= starting,
                        _ => {
                            max_year = Some(y);
                            since_only = starting;
                        }
                    }
                }
            }
            if r.len() == 10 {
                if let Ok(d) = NaiveDate::parse_from_str(r, "%Y-%m-%d") {
                    if d <= today {
                        anchors.push(DayAnchor {
                            date: d,
                            basis: format!("“{}” in the text", &text[f.start..f.end]),
                            by_weekday: false,
                        });
                    }
                }
            }
        }
    }
    if let Some(d) = dateline_date(text, &mentions, max_year, today) {
        return Some(d);
    }
    // Weekday + month + day without a year: the first year at or after the latest year
    // mentioned (or within the last decade) whose calendar fits.
    for m in &mentions {
        let (Some((mo, d)), Some(wd)) = (m.month_day, m.weekday) else {
            continue;
        };
        let lo = max_year.unwrap_or(today.year() - 10);
        let years: Vec<i32> = (lo..=today.year())
            .filter(|&y| {
                NaiveDate::from_ymd_opt(y, mo, d).is_some_and(|x| x.weekday() == wd && x <= today)
            })
            .collect();
        // The year the text names is usually its own; a starting point ("since 2014") or
        // no year at all leaves the latest year that fits.
        let pick = if max_year.is_some() && !since_only {
            years.first()
        } else {
            years.last()
        };
        if let Some(x) = pick.and_then(|&y| NaiveDate::from_ymd_opt(y, mo, d)) {
            anchors.push(DayAnchor {
                date: x,
                basis: format!("“{}” in the text", &text[m.start..m.end]),
                by_weekday: false,
            });
        }
    }
    anchors.extend(chronology_anchors(
        text, &mentions, chronology, max_year, today,
    ));
    let best = anchors.iter().max_by_key(|a| (a.date, !a.by_weekday))?;
    let mut date = best.date;
    let mut basis = best.basis.clone();
    if best.by_weekday {
        if let Some(later) = later_reporting_day(text, &mentions, best.date, today) {
            basis = format!(
                "{basis}; “{}” reports a later day",
                &text[later.1.start..later.1.end]
            );
            date = later.0;
        }
    }
    Some(InferredDate {
        date: date.format("%Y-%m-%d").to_string(),
        basis,
    })
}

fn dateline_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let p = format!(
            r"(?m)^[\t ]*(?P<place>\p{{Lu}}[\p{{L}}.'’ -]{{1,40}}(?:,[\t ]*\p{{Lu}}[\p{{L}}.'’ -]{{1,30}})?,[\t ]+)?(?P<m>{MONTH})[\t ]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?[\t ]+(?P<y>\d{{4}}))?[\t ]*(?P<agency>\([^)\n]{{1,40}}\)[\t ]*)?(?:--|-|–|—)"
        );
        Regex::new(&p).unwrap_or_else(|e| panic!("dateline pattern is valid: {e}"))
    })
}

/// A wire-style dateline at the top ("ROTTERDAM, March 3 (Wire) -", "KYIV, Ukraine, Dec. 3
/// (AP) —", "Dec 3 (Reuters) -") is the article's own date. Without a year, the year is the one in which the
/// first past weekday the text mentions falls closest before (a lead's "on Tuesday" is
/// usually the dateline's day), the latest such; without a weekday, the latest year the
/// text mentions. Never a day after today.
fn dateline_date(
    text: &str,
    mentions: &[PartialMention],
    max_year: Option<i32>,
    today: NaiveDate,
) -> Option<InferredDate> {
    let mut head = text.len().min(1200);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    // "Dec 3 (Reuters) -" needs its agency, "KYIV, Dec 3 -" its place: a line that merely
    // starts with a date and a dash is not enough.
    let caps = dateline_pattern()
        .captures_iter(&text[..head])
        .find(|c| c.name("place").is_some() || c.name("agency").is_some())?;
    let all = caps.get(0)?;
    let m = month_number(caps.name("m")?.as_str())?;
    let d: u32 = caps.name("d")?.as_str().parse().ok()?;
    let shown = text[all.start()..all.end()]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'));
    if let Some(y) = caps.name("y").and_then(|y| y.as_str().parse::<i32>().ok()) {
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        return Some(InferredDate {
            date: date.format("%Y-%m-%d").to_string(),
            basis: format!("dateline “{shown}”"),
        });
    }
    let lo = max_year.unwrap_or(today.year() - 10);
    let candidates = (lo..=today.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .filter(|x| *x <= today);
    let first_weekday = mentions
        .iter()
        .find(|p| p.month_day.is_none() && p.start >= all.end())
        .and_then(|p| p.weekday.map(|w| (w, p)));
    let (date, why) = match first_weekday {
        Some((wd, p)) => {
            let gap = |x: &NaiveDate| {
                (x.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64)
                    .rem_euclid(7)
            };
            // Closest fit first, then the latest year.
            let best = candidates.min_by_key(|x| (gap(x), std::cmp::Reverse(*x)))?;
            (best, format!("; year from “{}”", &text[p.start..p.end]))
        }
        None => {
            let y = max_year?;
            let x = NaiveDate::from_ymd_opt(y, m, d).filter(|x| *x <= today)?;
            (x, format!("; year from the latest year mentioned, {y}"))
        }
    };
    Some(InferredDate {
        date: date.format("%Y-%m-%d").to_string(),
        basis: format!("dateline “{shown}”{why}"),
    })
}

/// One pass over the text for what inference needs: the expressions that carry a year
/// (resolved without a reference) and the month-days and weekdays without one.
fn dated_and_partial(text: &str) -> (Vec<FoundDate>, Vec<PartialMention>) {
    const YEAR_GROUPS: [&str; 9] = [
        "iso", "wmd_y", "wdm_y", "dmy_y", "mdy_y", "my_y", "rm_y", "wom_y", "year",
    ];
    let mut found = Vec::new();
    let mut mentions = Vec::new();
    for caps in pattern().captures_iter(text) {
        let Some(all) = caps.get(0) else { continue };
        let (start, end) = (all.start(), all.end());
        if YEAR_GROUPS.iter().any(|g| caps.name(g).is_some()) {
            if let Some((kind, resolved)) = classify(text, start, end, &caps, None) {
                found.push(FoundDate {
                    start,
                    end,
                    kind,
                    resolved,
                });
            }
        } else if let Some(m) = partial_mention(text, start, end, &caps) {
            mentions.push(m);
        }
    }
    (found, mentions)
}

/// A month-day or weekday without a year that the text presents as past.
fn partial_mention(
    text: &str,
    start: usize,
    end: usize,
    caps: &Captures,
) -> Option<PartialMention> {
    {
        let name = |n: &str| caps.name(n).map(|m| m.as_str());
        let mention = if let Some((wd, m, d, None)) = weekday_month_day(caps) {
            PartialMention {
                start,
                end,
                month_day: Some((m, d)),
                weekday: Some(wd),
            }
        } else if (caps.name("mdy").is_some() && caps.name("mdy_y").is_none())
            || caps.name("dm").is_some()
        {
            let (m, d) = if caps.name("dm").is_some() {
                ("dm_m", "dm_d")
            } else {
                ("mdy_m", "mdy_d")
            };
            PartialMention {
                start,
                end,
                month_day: name(m)
                    .and_then(month_number)
                    .zip(name(d).and_then(|d| d.parse().ok())),
                weekday: None,
            }
        } else if caps.name("wd").is_some() {
            if weekday_ahead(text, start) {
                return None;
            }
            PartialMention {
                start,
                end,
                month_day: None,
                weekday: name("wd").and_then(weekday_of),
            }
        } else {
            return None;
        };
        if presented_as_future(text, start) || near_anniversary(text, start) {
            return None;
        }
        Some(mention)
    }
}

/// "the anniversary of February 24", "marking May 9": a date recalled, not the news.
fn near_anniversary(text: &str, start: usize) -> bool {
    let lo = char_start_at_or_after(text, start.saturating_sub(60));
    let before = text[lo..start].to_lowercase();
    before.contains("anniversary") || before.contains("marking") || before.contains("commemorat")
}

/// The paragraph around `at`, at most `reach` bytes either side.
fn paragraph_around(text: &str, at: usize, reach: usize) -> (usize, usize) {
    let lo = char_start_at_or_after(text, at.saturating_sub(reach));
    let mut hi = (at + reach).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = text[lo..at].rfind('\n').map_or(lo, |i| lo + i + 1);
    let end = text[at..hi].find('\n').map_or(hi, |i| at + i);
    (start, end)
}

/// Days pinned down by known events: an event counts when the text names enough of its
/// terms, mentions its day (same month-day, or same weekday) in a paragraph that names one
/// of them, and it is not older than a year the text mentions as past. Each mention takes
/// its best-scoring event, and only when no event of another date scores nearly as well.
fn chronology_anchors(
    text: &str,
    mentions: &[PartialMention],
    chronology: &Chronology,
    max_year: Option<i32>,
    today: NaiveDate,
) -> Vec<DayAnchor> {
    if chronology.is_empty() || mentions.is_empty() {
        return Vec::new();
    }
    let hits = chronology.term_hits(text);
    if hits.is_empty() {
        return Vec::new();
    }
    // Distinct terms found per event, and their summed weight.
    let mut found: std::collections::HashMap<usize, Vec<(usize, f64)>> = Default::default();
    for h in &hits {
        let terms = found.entry(h.event).or_default();
        if !terms.iter().any(|&(t, _)| t == h.term) {
            terms.push((h.term, h.weight));
        }
    }
    let mut out = Vec::new();
    for m in mentions {
        let (lo, hi) = paragraph_around(text, m.start, 400);
        let first = hits.partition_point(|h| h.start < lo);
        let near: Vec<usize> = hits[first..]
            .iter()
            .take_while(|h| h.start < hi)
            .map(|h| h.event)
            .collect();
        let mut scored: Vec<(f64, usize, bool)> = Vec::new();
        for (&e, terms) in &found {
            let ev = chronology.event(e);
            if ev.date > today || max_year.is_some_and(|y| ev.date.year() < y) {
                continue;
            }
            if !near.contains(&e) {
                continue;
            }
            let by_day = m
                .month_day
                .is_some_and(|(mo, d)| same_month_day(ev.date, mo, d));
            let by_weekday =
                m.month_day.is_none() && m.weekday.is_some_and(|w| ev.date.weekday() == w);
            // A month-day is one day in a year; a weekday one in seven, so it needs more.
            let needed = if by_day { 2 } else { 3 };
            if (by_day || by_weekday) && terms.len() >= needed.min(ev.terms.len()) {
                let score: f64 = terms.iter().map(|&(_, w)| w).sum();
                scored.push((score, e, by_weekday));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let Some(&(score, e, by_weekday)) = scored.first() else {
            continue;
        };
        let date = chronology.event(e).date;
        if scored
            .iter()
            .skip(1)
            .any(|&(s, o, _)| chronology.event(o).date != date && s >= 0.9 * score)
        {
            continue;
        }
        let ev = chronology.event(e);
        let names: Vec<&str> = found[&e]
            .iter()
            .map(|&(t, _)| ev.terms[t].as_str())
            .collect();
        out.push(DayAnchor {
            date,
            basis: format!(
                "known event of {}: {} (the text says “{}” and names {})",
                date.format("%Y-%m-%d"),
                ev.summary,
                &text[m.start..m.end],
                names.join(", ")
            ),
            by_weekday,
        });
    }
    out
}

/// "Ushakov said on Wednesday", after a Tuesday event: speech reported one to three days
/// after the anchored day, which the article then cannot predate.
fn later_reporting_day<'m>(
    text: &str,
    mentions: &'m [PartialMention],
    anchor: NaiveDate,
    today: NaiveDate,
) -> Option<(NaiveDate, &'m PartialMention)> {
    let mut best: Option<(NaiveDate, &PartialMention)> = None;
    for m in mentions.iter().filter(|m| m.month_day.is_none()) {
        let Some(wd) = m.weekday else { continue };
        let ahead = (wd.num_days_from_monday() as i64
            - anchor.weekday().num_days_from_monday() as i64)
            .rem_euclid(7);
        if !(1..=3).contains(&ahead) {
            continue;
        }
        let lo = char_start_at_or_after(text, m.start.saturating_sub(40));
        let before = text[lo..m.start].to_lowercase();
        let reported = [
            "said on",
            "told reporters on",
            "said late on",
            "stated on",
            "announced on",
            "confirmed on",
            "added on",
            "wrote on",
            "said ",
            "told reporters ",
        ]
        .iter()
        .any(|c| before.trim_end().ends_with(c.trim_end()));
        if !reported {
            continue;
        }
        let d = anchor + Duration::days(ahead);
        if d > today {
            continue;
        }
        if best.is_none_or(|(b, _)| d > b) {
            best = Some((d, m));
        }
    }
    best
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
    fn absolute_and_weekday_dates() {
        let v = res(
            "Talks on Wednesday, July 23 followed the June 2 round; the invasion in February 2022 and 15 April 2022.",
            "2025-07-24",
        );
        assert_eq!(
            v[0],
            ("Wednesday, July 23".into(), Some("2025-07-23".into()))
        );
        assert_eq!(v[1], ("June 2".into(), Some("2025-06-02".into())));
        assert_eq!(v[2], ("February 2022".into(), Some("2022-02".into())));
        assert_eq!(v[3], ("15 April 2022".into(), Some("2022-04-15".into())));
    }

    #[test]
    fn relative_dates() {
        let v = res(
            "He spoke on Sunday and last week; yesterday, earlier this month and last March.",
            "2025-07-24",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("Sunday", Some("2025-07-20")),
                ("last week", Some("2025-07")),
                ("yesterday", Some("2025-07-23")),
                ("earlier this month", Some("2025-07")),
                ("last March", Some("2025-03")),
            ]
        );
    }

    #[test]
    fn deadlines_kept_measures_dropped() {
        let v = res(
            "a 50-day deadline, within 50 days, a talk of approximately five hours, a three-year-long war, a 12-year-old",
            "2025-07-24",
        );
        let texts: Vec<_> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["50-day deadline", "within 50 days"]);
    }

    #[test]
    fn infers_year_from_weekday() {
        let none = Chronology::default();
        let got = infer_article_date(
            "Since the invasion in February 2022 ... talks on Wednesday, July 23 ended.",
            &none,
        );
        assert_eq!(got.map(|d| d.date).as_deref(), Some("2025-07-23"));
        assert_eq!(infer_article_date("No dates at all.", &none), None);
    }

    #[test]
    fn normalises_iso_forms() {
        assert_eq!(
            normalise_iso("2025-07-23T10:00:00Z").as_deref(),
            Some("2025-07-23")
        );
        assert_eq!(normalise_iso("2025-07").as_deref(), Some("2025-07"));
        assert_eq!(normalise_iso("2025/7/3").as_deref(), Some("2025-07-03"));
        assert_eq!(normalise_iso("July"), None);
    }
}
