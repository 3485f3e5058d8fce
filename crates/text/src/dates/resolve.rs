//! One resolver per kind of date expression.
//!
//! The date pattern is one alternation of named groups, so exactly one top-level group
//! matches each expression. [`RESOLVERS`] maps that group to a named function that decides
//! whether the match is a date expression at all and, if so, its kind and resolved value.
//! The resolver's name is kept on the record as the rule that decided it.

use super::months::{bare_month, month_day, month_of_relative_year, month_year, relative_month};
use super::tense::{future_after_date, weekday_ahead};
use super::weekday::{agenda_entry_ahead, coordinated_start, this_weekday};
use super::*;

/// One match of the date pattern, as a resolver sees it.
pub(crate) struct Match<'t, 'c> {
    pub(crate) text: &'t str,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) c: &'c Captures<'t>,
    /// The index in [`RESOLVERS`] of the resolver of the alternative that matched.
    pub(crate) resolver: usize,
    pub(crate) r: Option<&'c Reference>,
    /// The reference as a day, when the reference is known to the day.
    pub(crate) rd: Option<NaiveDate>,
}

impl<'t> Match<'t, '_> {
    pub(super) fn g(&self, name: &str) -> Option<&'t str> {
        self.c.name(name).map(|m| m.as_str())
    }
}

/// `None`: not a date expression after all. `Some((kind, resolved))` otherwise.
pub(crate) type Verdict = Option<(DateKind, Option<String>)>;

/// A named resolver for the expressions matched by one group of the date pattern.
pub(crate) struct Resolver {
    pub(crate) name: &'static str,
    /// The top-level group of the pattern it handles.
    pub(crate) group: &'static str,
    pub(crate) resolve: fn(&Match) -> Verdict,
}

/// The resolvers, one per top-level group of [`pattern`].
pub(crate) const RESOLVERS: &[Resolver] = &[
    Resolver {
        name: "iso_date",
        group: "iso",
        resolve: iso_date,
    },
    Resolver {
        name: "numeric_date",
        group: "numd",
        resolve: numeric_date,
    },
    Resolver {
        name: "named_holiday",
        group: "hol",
        resolve: super::holidays::named_holiday,
    },
    Resolver {
        name: "weekday_month_day",
        group: "wmd",
        resolve: weekday_with_month_day,
    },
    Resolver {
        name: "weekday_day_month",
        group: "wdm",
        resolve: weekday_with_month_day,
    },
    Resolver {
        name: "day_month_year",
        group: "dmy",
        resolve: month_day,
    },
    Resolver {
        name: "hyphenated_day_month_year",
        group: "dmyh",
        resolve: month_day,
    },
    Resolver {
        name: "month_day",
        group: "mdy",
        resolve: month_day,
    },
    Resolver {
        name: "day_month",
        group: "dm",
        resolve: month_day,
    },
    Resolver {
        name: "relative_month",
        group: "rm",
        resolve: relative_month,
    },
    Resolver {
        name: "month_year",
        group: "my",
        resolve: month_year,
    },
    Resolver {
        name: "bare_month",
        group: "mo",
        resolve: bare_month,
    },
    Resolver {
        name: "clock_time",
        group: "time",
        resolve: clock_time,
    },
    Resolver {
        name: "relative_weekday",
        group: "rw",
        resolve: relative_weekday,
    },
    Resolver {
        name: "bare_weekday",
        group: "wd",
        resolve: bare_weekday,
    },
    Resolver {
        name: "deictic_day",
        group: "deic",
        resolve: deictic_day,
    },
    Resolver {
        name: "part_of_month",
        group: "wom",
        resolve: part_of_month,
    },
    Resolver {
        name: "relative_period",
        group: "rel",
        resolve: super::periods::relative_period,
    },
    Resolver {
        name: "end_of_period",
        group: "endof",
        resolve: super::periods::end_of_period,
    },
    Resolver {
        name: "part_of_year",
        group: "poy",
        resolve: super::periods::part_of_year,
    },
    Resolver {
        name: "weekend",
        group: "wkend",
        resolve: super::periods::weekend,
    },
    Resolver {
        name: "season",
        group: "season",
        resolve: super::periods::season,
    },
    Resolver {
        name: "count_ago",
        group: "ago",
        resolve: count_ago,
    },
    Resolver {
        name: "neighbour_day",
        group: "nday",
        resolve: vague_anchor,
    },
    Resolver {
        name: "earlier_date_anaphor",
        group: "that",
        resolve: super::anaphora::that_period,
    },
    Resolver {
        name: "month_of_relative_year",
        group: "mly",
        resolve: month_of_relative_year,
    },
    Resolver {
        name: "vague_anchor",
        group: "anchor",
        resolve: vague_anchor,
    },
    Resolver {
        name: "within_count",
        group: "within",
        resolve: within_count,
    },
    Resolver {
        name: "coming_period",
        group: "coming",
        resolve: vague_anchor,
    },
    Resolver {
        name: "window_or_duration",
        group: "dl",
        resolve: window_or_duration,
    },
    Resolver {
        name: "window_or_duration",
        group: "dur",
        resolve: window_or_duration,
    },
    Resolver {
        name: "bare_year",
        group: "year",
        resolve: bare_year,
    },
];

/// Runs the resolver of the group that matched; returns its name with its verdict.
pub(crate) fn resolve(m: &Match) -> Option<(&'static str, DateKind, Option<String>)> {
    let rs = RESOLVERS.get(m.resolver)?;
    let (kind, resolved) = (rs.resolve)(m)?;
    Some((rs.name, kind, resolved))
}

/// A full ISO date (`YYYY-MM-DD`) is that day.
fn iso_date(m: &Match) -> Verdict {
    Some((DateKind::Date, normalise_iso(m.g("iso")?)))
}

/// `numeric_date`: a day, month and year in figures ("14.03.2026", "3/14/2026",
/// "2026/03/14": a year first is followed by the month). A part
/// above 12 is the day; with dots the day comes first; with slashes and both parts 12 or
/// less, the order the text uses for the dates it writes out decides (month first when it
/// writes month-day more often than day-month), else the day comes first. A date that
/// does not exist, or a year outside 1900–2100, is no date.
fn numeric_date(m: &Match) -> Verdict {
    let s = m.g("numd")?;
    let parts: Vec<u32> = s.split(['.', '/']).filter_map(|p| p.parse().ok()).collect();
    let [a, b, y] = parts[..] else {
        return None;
    };
    // Year first ("2026/05/12"): year, month, day.
    let (a, b, y) = if a > 31 { (y, b, a) } else { (a, b, y) };
    let (d, mo) = if a > 12 {
        (a, b)
    } else if b > 12 || (!s.contains('.') && writes_month_first(m.text)) {
        (b, a)
    } else {
        (a, b)
    };
    let y = i32::try_from(y)
        .ok()
        .filter(|y| (1900..=2100).contains(y))?;
    Some((DateKind::Date, Some(ymd(y, mo, d)?)))
}

/// The text writes out more of its dates month first ("March 14") than day first
/// ("14 March").
fn writes_month_first(text: &str) -> bool {
    let (mut month_first, mut day_first) = (0, 0);
    for c in date_captures(text) {
        let c = c.caps;
        if c.name("mdy").is_some() || c.name("wmd").is_some() {
            month_first += 1;
        } else if c.name("dmy").is_some() || c.name("dm").is_some() || c.name("wdm").is_some() {
            day_first += 1;
        }
    }
    month_first > day_first
}

/// A weekday with a month and day: the stated year, else the year near the reference in
/// which that month-day falls on that weekday.
fn weekday_with_month_day(m: &Match) -> Verdict {
    let (wd, mo, d, year) = weekday_month_day(m.c)?;
    let y = match year {
        Some(y) => Some(y),
        None => m.r.and_then(|r| weekday_year(mo, d, wd, r)),
    };
    Some((DateKind::Date, y.and_then(|y| ymd(y, mo, d))))
}

/// A clock time is kept as a time mention with no date.
fn clock_time(_: &Match) -> Verdict {
    Some((DateKind::Time, None))
}

/// "last/this/next/past WEEKDAY": the day counted from the reference day in that direction.
fn relative_weekday(m: &Match) -> Verdict {
    let wd = weekday_of(m.g("rw_w")?)?;
    let rel = m.g("rw_r")?.to_ascii_lowercase();
    let res = m.rd.map(|rd| {
        let back = (rd.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64)
            .rem_euclid(7);
        let d = match rel.as_str() {
            "next" => rd + Duration::days((7 - back) % 7 + if back == 0 { 7 } else { 0 }),
            "this" => this_weekday(m, rd, wd),
            _ => rd - Duration::days(if back == 0 { 7 } else { back }),
        };
        d.format("%Y-%m-%d").to_string()
    });
    Some((DateKind::Weekday, res))
}

/// A bare weekday: the nearest such day ahead when its clause is future (a future verb, a
/// deadline, a condition), else the nearest on or before the reference day (the week
/// before when the text just spoke of last week). After "a"/"every"/"each" it is a habit,
/// not a day.
fn bare_weekday(m: &Match) -> Verdict {
    let wd = weekday_of(m.g("wd_w")?)?;
    if matches!(
        before_words(m.text, m.start, 1).as_str(),
        "a" | "every" | "each"
    ) {
        return None;
    }
    let (text, start) = (m.text, coordinated_start(m.text, m.start));
    let future = agenda_entry_ahead(text, m.start, m.end)
        .unwrap_or_else(|| weekday_ahead(text, start) || future_after_date(text, m.start, m.end));
    let res = m.rd.map(|rd| {
        let back = (rd.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64)
            .rem_euclid(7);
        let last_week = {
            let lo = char_start_at_or_after(text, start.saturating_sub(250));
            contains_ascii_ci(&text[lo..start], "last week")
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
    Some((DateKind::Weekday, res))
}

/// `hay` contains `needle` (ASCII, lower case) in any mix of cases, without lower-casing
/// a copy of `hay`.
fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let n = needle.as_bytes();
    !n.is_empty()
        && hay
            .as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n))
}

/// yesterday/today/tonight/tomorrow/last night: the reference day shifted by one or none.
/// Written all in capitals it is a programme or section name, not a day.
fn deictic_day(m: &Match) -> Verdict {
    let s = m.g("deic")?;
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
    let res = match (m.rd, m.r) {
        (Some(d), _) => Some((d + Duration::days(delta)).format("%Y-%m-%d").to_string()),
        (None, Some(r)) => r.month.map(|mo| ym(r.year, mo)),
        _ => None,
    };
    Some((DateKind::Deictic, res))
}

/// A part of a named month ("the first week of M"): that month, at month precision.
fn part_of_month(m: &Match) -> Verdict {
    let mo = month_number(m.g("wom_m")?)?;
    if let Some(y) = m.g("wom_y").and_then(|y| y.parse::<i32>().ok()) {
        return Some((DateKind::Date, Some(ym(y, mo))));
    }
    let res = m.r.and_then(|r| {
        let rm = r.month?;
        Some(ym(if mo > rm + 3 { r.year - 1 } else { r.year }, mo))
    });
    Some((DateKind::Relative, res))
}

/// "N units ago": the reference day moved back (days to the day, weeks to the month,
/// months to the month, years to the year). "N units earlier/later/before/after" count
/// from an event the text names, so they stay unresolved.
fn count_ago(m: &Match) -> Verdict {
    let dir = m.g("ago_d")?.to_ascii_lowercase();
    if dir != "ago" {
        return Some((DateKind::Relative, None));
    }
    let n = num_value(m.g("ago_n")?).unwrap_or(3);
    let unit = m.g("ago_u")?.to_ascii_lowercase();
    let res = m.rd.map(|d| {
        if unit.starts_with("day") {
            (d - Duration::days(n)).format("%Y-%m-%d").to_string()
        } else if unit.starts_with("week") {
            month_of(d - Duration::days(7 * n))
        } else if unit.starts_with("month") {
            let (y, mo) = shift_month(d.year(), d.month(), -(n as i32));
            ym(y, mo)
        } else {
            format!("{:04}", d.year() as i64 - n)
        }
    });
    Some((DateKind::Relative, res))
}

/// "days after", "coming weeks": a vague span, kept with no resolution.
fn vague_anchor(_: &Match) -> Verdict {
    Some((DateKind::Relative, None))
}

/// "within N days|weeks|months|years" (also "within a week"): the deadline's end counted
/// from the reference day;
/// vague counts ("a few", "several") stay unresolved.
fn within_count(m: &Match) -> Verdict {
    let n = m
        .g("wi_n")
        .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()) || !w.contains(' '))
        .and_then(num_value);
    let unit = m.g("wi_u")?.to_ascii_lowercase();
    let res = match (m.rd, n) {
        (Some(d), Some(n)) if (1..=3660).contains(&n) => {
            if unit.starts_with("day") {
                Some((d + Duration::days(n)).format("%Y-%m-%d").to_string())
            } else if unit.starts_with("week") {
                Some((d + Duration::days(7 * n)).format("%Y-%m-%d").to_string())
            } else if unit.starts_with("month") {
                let (y, mo) = shift_month(d.year(), d.month(), n as i32);
                Some(ym(y, mo))
            } else if unit.starts_with("year") {
                Some(format!("{:04}", d.year() as i64 + n))
            } else {
                None
            }
        }
        _ => None,
    };
    Some((DateKind::Relative, res))
}

/// A count of hours/days/weeks/months: a hyphenated count that qualifies a noun other than
/// a window word measures that noun and is dropped; a count after a measuring word or
/// before "-old"/"-long"/"of" is a measure and dropped; otherwise it is kept as a duration
/// with no date.
fn window_or_duration(m: &Match) -> Verdict {
    let (text, start, end) = (m.text, m.start, m.end);
    let before = before_words(text, start, 2);
    let after = after_text(text, end, 6);
    let matched = &text[start..end];
    if m.g("dl").is_some() && matched.ends_with(['r', 'y', 'k', 'h']) {
        let ahead = after_text(text, end, 24);
        let next: String = ahead
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_lowercase();
        if !next.is_empty()
            && ahead.starts_with(' ')
            && !crate::wordlists::date_window_nouns()
                .iter()
                .any(|w| next.starts_with(w))
        {
            return None;
        }
    }
    if before.split_whitespace().last().is_some_and(|w| {
        crate::wordlists::date_measure_words()
            .contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
    }) {
        return None;
    }
    if after.starts_with("-old")
        || after.starts_with("-long")
        || after.starts_with(" old")
        || after.starts_with(" of ")
    {
        return None;
    }
    Some((DateKind::Duration, None))
}

/// A four-digit year from 1900 to 2099, unless it is part of a number, an amount, a
/// percentage, a range or a code.
fn bare_year(m: &Match) -> Verdict {
    let y = m.g("year")?;
    let (text, start, end) = (m.text, m.start, m.end);
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
    Some((DateKind::Date, Some(y.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::first_date_of_test_text as one;

    #[test]
    fn every_group_of_the_pattern_has_one_resolver() {
        let names = date_pattern()
            .groups
            .iter()
            .flat_map(|g| g.capture_names().flatten())
            .collect::<Vec<_>>();
        for rs in RESOLVERS {
            assert!(names.contains(&rs.group), "{} has no group", rs.group);
        }
        for g in [
            "iso", "wmd", "wdm", "dmy", "mdy", "dm", "rm", "my", "mo", "time", "rw", "wd",
        ] {
            assert_eq!(RESOLVERS.iter().filter(|r| r.group == g).count(), 1, "{g}");
        }
    }

    #[test]
    fn iso_date_is_that_day() {
        let (rule, _, res) = one("signed on 2024-02-29 in the capital", "2025-01-01").unwrap();
        assert_eq!((rule, res.as_deref()), ("iso_date", Some("2024-02-29")));
        let (_, _, res) = one("Updated 2024-02-29T17:05:00+01:00", "2025-01-01").unwrap();
        assert_eq!(res.as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn numeric_date_reads_the_order_the_text_uses() {
        let (rule, _, res) = one("Filed 14.03.2026 by the clerk.", "2026-04-01").unwrap();
        assert_eq!((rule, res.as_deref()), ("numeric_date", Some("2026-03-14")));
        let (_, _, res) = one("Signed 03/04/2026 in Lyon on 2 April.", "2026-04-09").unwrap();
        assert_eq!(res.as_deref(), Some("2026-04-03"));
        let (_, _, res) = one("Signed 03/04/2026, after April 2 and May 1.", "2026-04-09").unwrap();
        assert_eq!(res.as_deref(), Some("2026-03-04"));
        let (_, _, res) = one("Form 3/14/2026 was sent.", "2026-04-09").unwrap();
        assert_eq!(res.as_deref(), Some("2026-03-14"));
        assert!(one("Code 31/31/2026 is invalid.", "2026-04-09").is_none());
        let (_, _, res) = one("Posted on 2026/05/12 at 07:15", "2026-06-01").unwrap();
        assert_eq!(res.as_deref(), Some("2026-05-12"));
    }

    #[test]
    fn abbreviated_months_without_a_full_stop() {
        let (_, _, res) = one("Posted 28 Apr 2026 at noon.", "2026-05-01").unwrap();
        assert_eq!(res.as_deref(), Some("2026-04-28"));
        let (_, _, res) = one("Filed Jun 3, 2026.", "2026-06-05").unwrap();
        assert_eq!(res.as_deref(), Some("2026-06-03"));
    }

    #[test]
    fn hyphenated_day_month_year_is_that_day() {
        let (rule, _, res) = one("Filed 07-Nov-2025 • Revised 08-Nov-2025", "2026-01-01").unwrap();
        assert_eq!(
            (rule, res.as_deref()),
            ("hyphenated_day_month_year", Some("2025-11-07"))
        );
        assert!(one("part 7-Nov-20255 of the code", "2026-01-01").is_none());
    }

    #[test]
    fn months_in_capitals_as_page_headers_print_them() {
        let (_, _, res) = one("PUBLISHED SEPT. 24, 2026 BY THE DESK", "2026-10-01").unwrap();
        assert_eq!(res.as_deref(), Some("2026-09-24"));
        let (_, _, res) = one("Filed 24 MARCH 2026.", "2026-10-01").unwrap();
        assert_eq!(res.as_deref(), Some("2026-03-24"));
        // "MAY" in capitals is more often the verb of a headline than the month.
        assert!(one("WE MAY 3 TIMES", "2026-10-01").is_none());
    }

    #[test]
    fn a_future_verb_after_the_date_puts_it_ahead() {
        let (rule, _, res) =
            one("The summit on June 12 will decide the route.", "2025-08-05").expect("a date");
        assert_eq!(rule, "month_day");
        assert_eq!(res.as_deref(), Some("2026-06-12"));
        let (_, _, res) =
            one("The talks on Friday are expected to resume.", "2025-03-05").expect("a date");
        assert_eq!(res.as_deref(), Some("2025-03-07"));
        // Tied to a past verb before it, the date stays behind.
        let (_, _, res) = one(
            "The treaty signed on June 12 will take effect in the autumn.",
            "2025-08-05",
        )
        .expect("a date");
        assert_eq!(res.as_deref(), Some("2025-06-12"));
    }

    #[test]
    fn the_next_day_and_the_eve_follow_the_date_they_lean_on() {
        let r = Reference::parse("2025-03-05");
        let text = "The envoys met on Monday and met again the next day. A vote was held on \
2 March; the previous day, the talks had stalled. Talks on the eve of 20 March failed. \
Officials left the following day. A next day flight is booked.";
        let found = find_dates(text, 0, text.len(), r.as_ref());
        let get = |t: &str| {
            found
                .iter()
                .find(|f| &text[f.start..f.end] == t)
                .unwrap_or_else(|| panic!("no {t:?} in {found:?}"))
                .resolved
                .clone()
        };
        assert_eq!(get("the next day").as_deref(), Some("2025-03-04"));
        assert_eq!(get("the previous day").as_deref(), Some("2025-03-01"));
        assert!(found.iter().all(|f| &text[f.start..f.end] != "next day"));
        assert_eq!(get("the eve of").as_deref(), Some("2025-03-19"));
        assert_eq!(get("the following day").as_deref(), Some("2025-03-21"));
        // With no day before it, nothing to lean on.
        let text = "Officials left the following day.";
        let found = find_dates(text, 0, text.len(), r.as_ref());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].resolved, None);
    }

    #[test]
    fn bare_weekday_in_a_future_clause_is_ahead_else_behind() {
        // 2025-06-04 is a Wednesday.
        let (_, _, ahead) = one("The council will vote on Friday.", "2025-06-04").unwrap();
        assert_eq!(ahead.as_deref(), Some("2025-06-06"));
        let (_, _, behind) = one("The council voted on Friday.", "2025-06-04").unwrap();
        assert_eq!(behind.as_deref(), Some("2025-05-30"));
    }

    #[test]
    fn present_tense_schedule_puts_a_weekday_ahead() {
        // 2025-06-04 is a Wednesday.
        let (_, _, res) = one(
            "The levy takes effect at midnight on Saturday.",
            "2025-06-04",
        )
        .unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-07"));
        let (_, _, res) = one("Negotiators reconvene Monday in Geneva.", "2025-06-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-09"));
        let (_, _, res) = one("Negotiators met Monday in Geneva.", "2025-06-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-02"));
    }

    #[test]
    fn a_clock_time_with_full_stops_keeps_the_clause_whole() {
        // 2025-06-03 is a Tuesday; "a.m." does not end the clause, so "would" governs.
        let friday = |text: &str| {
            let r = Reference::parse("2025-06-03");
            find_dates(text, 0, text.len(), r.as_ref())
                .into_iter()
                .find(|f| &text[f.start..f.end] == "Friday")
                .and_then(|f| f.resolved)
        };
        assert_eq!(
            friday("The guild said it would halt the ferries from 6 a.m. on Friday.").as_deref(),
            Some("2025-06-06")
        );
        assert_eq!(
            friday("The guild halted the ferries at 6 a.m. on Friday.").as_deref(),
            Some("2025-05-30")
        );
    }

    #[test]
    fn habitual_weekday_is_not_a_date() {
        assert!(one("The market opens every Sunday.", "2025-06-04").is_none());
    }

    #[test]
    fn deictic_day_in_capitals_is_a_name() {
        assert!(one("NEWS TONIGHT", "2025-06-04").is_none());
        let (rule, _, res) = one("The mayor resigned yesterday.", "2025-06-04").unwrap();
        assert_eq!((rule, res.as_deref()), ("deictic_day", Some("2025-06-03")));
    }

    #[test]
    fn count_ago_moves_back_and_earlier_stays_open() {
        let (_, _, res) = one("The ferry sank three days ago.", "2025-06-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-01"));
        let (_, _, open) = one("It had sunk two days earlier.", "2025-06-04").unwrap();
        assert_eq!(open, None);
    }

    #[test]
    fn measured_spans_are_not_dates() {
        assert!(one("The strike lasted for 12 days.", "2025-06-04").is_none());
        assert!(one("a 10-hour shift at the plant", "2025-06-04").is_none());
        let (rule, kind, _) = one("a 30-day deadline for the reply", "2025-06-04").unwrap();
        assert_eq!((rule, kind), ("window_or_duration", DateKind::Duration));
    }

    #[test]
    fn within_count_is_the_deadline_end() {
        let (_, _, res) = one("Pay must be restored within 10 days.", "2025-06-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-14"));
        let (_, _, res) = one("A reply is due within a week.", "2025-06-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-11"));
    }

    #[test]
    fn bare_year_inside_numbers_is_not_a_year() {
        assert!(one("It cost $2025 in fees.", "2025-06-04").is_none());
        assert!(one("a 2020-21 season", "2025-06-04").is_none());
        let (rule, _, res) = one("The law passed in 1998.", "2025-06-04").unwrap();
        assert_eq!((rule, res.as_deref()), ("bare_year", Some("1998")));
    }
}
