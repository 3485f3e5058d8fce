//! One resolver per kind of date expression.
//!
//! The date pattern is one alternation of named groups, so exactly one top-level group
//! matches each expression. [`RESOLVERS`] maps that group to a named function that decides
//! whether the match is a date expression at all and, if so, its kind and resolved value.
//! The resolver's name is kept on the record as the rule that decided it.

use super::tense::{future_after_date, presented_as_future, weekday_ahead};
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

/// `hyphenated_day_month_year` (also handled here): "24-Sep-2026", the day, the month's
/// name or abbreviation and the year joined by hyphens, as web pages print their dates.
///
/// A month and day (with or without a year). Without a year: the year its sentence named
/// before it (`year_named_earlier_in_sentence`); the next such day when the clause presents
/// it as ahead (a deadline, a future verb or a present scheduling verb), else the nearest year that
/// does not put it more than about three months after the reference.
fn month_day(m: &Match) -> Verdict {
    let (mg, dg, yg, ryg) = if m.g("dmy").is_some() {
        ("dmy_m", "dmy_d", "dmy_y", "")
    } else if m.g("dmyh").is_some() {
        ("dmyh_m", "dmyh_d", "dmyh_y", "")
    } else if m.g("mdy").is_some() {
        ("mdy_m", "mdy_d", "mdy_y", "mdy_ry")
    } else {
        ("dm_m", "dm_d", "", "dm_ry")
    };
    // "July 14 last year", "3 March next year": the year is the reference's, shifted.
    let relative_year = m.g(ryg).and_then(|w| {
        let shift = match w {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        m.r.map(|r| r.year + shift)
    });
    let mo = month_number(m.g(mg)?)?;
    let d: u32 = m.g(dg)?.parse().ok()?;
    if d == 0 || d > 31 {
        return None;
    }
    let y = match (m.g(yg).and_then(|y| y.parse().ok()).or(relative_year), m.rd) {
        (Some(y), _) => Some(y),
        (None, _) if year_named_earlier_in_sentence(m.text, m.start).is_some() => {
            year_named_earlier_in_sentence(m.text, m.start)
        }
        (None, Some(rd))
            if presented_as_future(m.text, m.start)
                || future_after_date(m.text, m.start, m.end)
                || schedules_the_date(m) =>
        {
            let this_year = NaiveDate::from_ymd_opt(rd.year(), mo, d);
            Some(if this_year.is_some_and(|x| x >= rd) {
                rd.year()
            } else {
                rd.year() + 1
            })
        }
        (None, Some(rd)) if told_as_past(m) => Some(past_year_of(mo, d, rd)),
        (None, _) => m.r.map(|r| year_for(mo, d, r)),
    };
    Some((DateKind::Date, y.and_then(|y| ymd(y, mo, d))))
}

/// `past_verb_takes_last_occurrence`: a date without a year that a verb in the past governs
/// ("the accord signed on 20 April", "talks collapsed in May") lies on or before the article
/// date: its last occurrence, not a coming one.
fn told_as_past(m: &Match) -> bool {
    let clause = clause_before(m.text, m.start, 80);
    // "closed in May", "fell during March": the preposition of a month stands between.
    let clause = clause.trim_end();
    let clause = ["in", "during", "throughout"]
        .iter()
        .find_map(|p| {
            clause
                .strip_suffix(p)
                .filter(|c| c.is_empty() || c.ends_with(' '))
        })
        .unwrap_or(clause);
    super::tense::governed_by_past_verb(&format!(" {} ", clause.trim()))
}

/// The year of the last occurrence of a month-day on or before `rd`.
fn past_year_of(mo: u32, d: u32, rd: NaiveDate) -> i32 {
    match NaiveDate::from_ymd_opt(rd.year(), mo, d) {
        Some(x) if x > rd => rd.year() - 1,
        _ => rd.year(),
    }
}

/// A month qualified as last/next/this/early/late/mid: the month in the year the qualifier
/// points to (the stated year when there is one).
fn relative_month(m: &Match) -> Verdict {
    let mo = month_number(m.g("rm_m")?)?;
    let rel = m.g("rm_r")?.to_ascii_lowercase();
    if let Some(y) = m.g("rm_y").and_then(|y| y.parse::<i32>().ok()) {
        return Some((DateKind::Date, Some(ym(y, mo))));
    }
    let res = m.r.and_then(|r| {
        let rm = r.month?;
        let y = match rel.as_str() {
            "last" => {
                if mo < rm {
                    r.year
                } else {
                    r.year - 1
                }
            }
            "next" => {
                if mo > rm {
                    r.year
                } else {
                    r.year + 1
                }
            }
            // "early", "late", "mid", "the end of": the reference year's month, or the
            // next occurrence when a present scheduling verb puts it ahead.
            _ if mo < rm && schedules_the_date(m) => r.year + 1,
            _ => r.year,
        };
        Some(ym(y, mo))
    });
    Some((DateKind::Relative, res))
}

/// "June last year", "March of next year": the month in the year before, of, or after the
/// reference.
fn month_of_relative_year(m: &Match) -> Verdict {
    let mo = month_number(m.g("mly_m")?)?;
    let shift = match m.g("mly_r")? {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    Some((DateKind::Date, m.r.map(|r| ym(r.year + shift, mo))))
}

/// A month with a year is that month.
fn month_year(m: &Match) -> Verdict {
    let mo = month_number(m.g("my_m")?)?;
    let y: i32 = m.g("my_y")?.parse().ok()?;
    Some((DateKind::Date, Some(ym(y, mo))))
}

/// A month name alone counts only after a temporal preposition ("in", "since", "by", ...);
/// it is the month in the reference year unless that puts it more than three months ahead,
/// or its next occurrence when the clause puts it ahead (`month_ahead`), or its last
/// occurrence before the reference month when a past verb governs it
/// (`past_verb_takes_last_occurrence`).
fn bare_month(m: &Match) -> Verdict {
    let prep = before_words(m.text, m.start, 1);
    let temporal = matches!(
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
            | "for"
            | "into"
    );
    let attributive = prep == "the" && names_an_event(m.text, m.end);
    if !(temporal || attributive) {
        return None;
    }
    let mo = month_number(m.g("mo_m")?)?;
    if let Some(y) = year_named_earlier_in_sentence(m.text, m.start)
        .or_else(|| year_of_joined_month(m.text, m.end))
    {
        return Some((DateKind::Date, Some(ym(y, mo))));
    }
    let res =
        m.r.and_then(|r| Some(ym(month_year_by_clause(m, mo, r.month?, r.year), mo)));
    Some((DateKind::Date, res))
}

/// `month_before_a_noun`: "the July session", "the September round": a month between
/// "the" and a word in lower case dates the event that word names.
fn names_an_event(text: &str, end: usize) -> bool {
    let after = after_text(text, end, 24);
    after.starts_with(' ')
        && after
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| w.len() > 2 && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// The year of a month named without one, from its clause: the next occurrence when the
/// clause puts it ahead (`month_ahead`; also after "for" or "into": "set for September",
/// "extended into July"), else the reference year unless that puts it more
/// than three months ahead or a past verb governs it (`past_verb_takes_last_occurrence`).
fn month_year_by_clause(m: &Match, mo: u32, rm: u32, ry: i32) -> i32 {
    // "pencilled in for September", "extend the ban into July": an event set for, or a
    // state carried into, a month.
    let set_for_month = matches!(before_words(m.text, m.start, 1).as_str(), "for" | "into");
    let ahead = (presented_as_future(m.text, m.start)
        || future_after_date(m.text, m.start, m.end)
        || schedules_the_date(m)
        || set_for_month)
        && !super::tense::governed_by_past_verb(&format!(
            " {}",
            clause_before(m.text, m.start, 80).trim_start()
        ));
    if ahead {
        month_ahead_year(mo, rm, ry)
    } else if mo > rm + 3 || (mo > rm && told_as_past(m)) {
        ry - 1
    } else {
        ry
    }
}

/// `scheduled_present_date`: a clause in the present simple of a scheduling verb puts the
/// date it names ahead ("the season opens on 1 October", "free agency opens in late
/// January"): see `tense::scheduled_present`.
fn schedules_the_date(m: &Match) -> bool {
    let clause = clause_before(m.text, m.start, 80);
    super::tense::scheduled_present(&format!(" {} ", clause.trim()))
}

/// `month_ahead`: a month the clause puts ahead ("a raise from July", "talks will resume in
/// March") is its next occurrence: this year's unless it has already passed.
fn month_ahead_year(mo: u32, ref_month: u32, ref_year: i32) -> i32 {
    if mo >= ref_month {
        ref_year
    } else {
        ref_year + 1
    }
}

/// `year_named_earlier_in_sentence`: a month or month-day without a year in a sentence that has already
/// named one year (and only one, not as a starting point: "since 2014") within the same
/// paragraph is in that year ("the 2019 accord, signed in March, …").
fn year_named_earlier_in_sentence(text: &str, start: usize) -> Option<i32> {
    let lo = char_start_at_or_after(text, start.saturating_sub(160));
    let before = within_paragraph(&text[lo..start]);
    let sentence = before.rsplit(['.', '!', '?']).next().unwrap_or("");
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut years = words.iter().enumerate().filter_map(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let y: i32 = w.parse().ok().filter(|_| w.len() == 4)?;
        ((1900..2100).contains(&y)).then_some((i, y))
    });
    let (i, y) = years.next()?;
    if years.next().is_some() {
        return None;
    }
    let prev = i.checked_sub(1).map(|k| words[k].to_ascii_lowercase());
    (!matches!(prev.as_deref(), Some("since" | "from" | "until" | "by"))).then_some(y)
}

/// `joined_months_share_the_year`: a month joined by "and", "or", "to", "through" or a
/// dash to a later month that carries a year ("November and December 2019", "from March
/// to May 2024") is in that year. `end` is where the first month ends.
fn year_of_joined_month(text: &str, end: usize) -> Option<i32> {
    let after = after_text(text, end, 40);
    let mut words = after
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    if !matches!(
        words.next()?.to_ascii_lowercase().as_str(),
        "and" | "or" | "to" | "through" | "-" | "–" | "—"
    ) {
        return None;
    }
    month_number(words.next()?)?;
    let mut w = words.next()?;
    // "November 3 and December 5, 2019": a day of the second month may come first.
    if w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()) {
        w = words.next()?;
    }
    let w = w.trim_end_matches(|c: char| !c.is_ascii_digit());
    let y: i32 = w.parse().ok().filter(|_| w.len() == 4)?;
    (1900..2100).contains(&y).then_some(y)
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

    fn one(text: &str, r: &str) -> Option<(&'static str, DateKind, Option<String>)> {
        let r = Reference::parse(r);
        let found = find_dates(text, 0, text.len(), r.as_ref());
        found
            .into_iter()
            .next()
            .map(|f| (f.rule, f.kind, f.resolved))
    }

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
    fn month_day_without_year_takes_the_nearest_past_year() {
        let (rule, _, res) = one("The board met on July 3 to vote.", "2025-01-10").unwrap();
        assert_eq!(rule, "month_day");
        assert_eq!(res.as_deref(), Some("2024-07-03"));
    }

    #[test]
    fn past_verb_takes_last_occurrence() {
        let (_, _, res) = one(
            "The accord was signed on April 20 in the capital.",
            "2026-03-04",
        )
        .unwrap();
        assert_eq!(res.as_deref(), Some("2025-04-20"));
        let (_, _, res) = one("The two sides signed on April 20.", "2026-03-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-04-20"));
        let (_, _, res) = one("The plant closed in May.", "2026-03-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-05"));
        let (_, _, res) = one("The plant reopens in May.", "2026-03-04").unwrap();
        assert_eq!(res.as_deref(), Some("2026-05"));
    }

    #[test]
    fn month_day_presented_as_a_deadline_is_ahead() {
        let (_, _, res) = one("Bids are open until January 5 next year.", "2025-12-20").unwrap();
        assert_eq!(res.as_deref(), Some("2026-01-05"));
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
    fn bare_month_needs_a_preposition() {
        assert!(one("March forward, the crowd chanted.", "2025-06-01").is_none());
        let (rule, _, res) = one("The plant closed in March.", "2025-06-01").unwrap();
        assert_eq!((rule, res.as_deref()), ("bare_month", Some("2025-03")));
    }

    #[test]
    fn year_named_earlier_in_sentence_dates_a_bare_month() {
        let text =
            "The 2019 accord, signed in March, lapsed. Since 2014 the mine has shut in March.";
        let v = find_dates(text, 0, text.len(), Reference::parse("2025-06-01").as_ref());
        let got: Vec<_> = v
            .iter()
            .filter(|f| f.rule == "bare_month")
            .map(|f| f.resolved.as_deref())
            .collect();
        assert_eq!(got, vec![Some("2019-03"), Some("2025-03")]);
    }

    #[test]
    fn a_month_before_a_noun_dates_its_event() {
        let text = "At the end of the September round, both sides signed. The May Day march and the June, too.";
        let v = find_dates(text, 0, text.len(), Reference::parse("2026-11-01").as_ref());
        let got: Vec<_> = v
            .iter()
            .filter(|f| f.rule == "bare_month")
            .map(|f| (&text[f.start..f.end], f.resolved.as_deref()))
            .collect();
        assert_eq!(got, vec![("September", Some("2026-09"))]);
    }

    #[test]
    fn a_month_set_for_or_carried_into_is_ahead() {
        let (_, _, res) = one(
            "A second round is pencilled in for September.",
            "2026-05-04",
        )
        .unwrap();
        assert_eq!(res.as_deref(), Some("2026-09"));
        let (_, _, res) = one(
            "Nurses extend the overtime ban into February.",
            "2026-10-04",
        )
        .unwrap();
        assert_eq!(res.as_deref(), Some("2027-02"));
    }

    #[test]
    fn a_month_day_with_a_relative_year() {
        let (_, _, res) = one("It left with effect from July 14 last year.", "2026-03-09").unwrap();
        assert_eq!(res.as_deref(), Some("2025-07-14"));
        let (_, _, res) = one("The levy ends on 3 March next year.", "2026-03-09").unwrap();
        assert_eq!(res.as_deref(), Some("2027-03-03"));
    }

    #[test]
    fn a_month_day_takes_the_year_named_earlier_in_its_sentence() {
        let text = "The longest strike, in 2022, ran from February 14 to October 14.";
        let v = find_dates(text, 0, text.len(), Reference::parse("2026-08-20").as_ref());
        let got: Vec<_> = v
            .iter()
            .filter(|f| f.rule == "month_day")
            .map(|f| f.resolved.as_deref())
            .collect();
        assert_eq!(got, vec![Some("2022-02-14"), Some("2022-10-14")]);
    }

    #[test]
    fn a_month_joined_to_a_later_month_with_a_year_shares_it() {
        let text =
            "The vote of November and December 2019 was binding. Talks ran from March to May 2024.";
        let v = find_dates(text, 0, text.len(), Reference::parse("2026-06-01").as_ref());
        let got: Vec<_> = v
            .iter()
            .filter(|f| f.rule == "bare_month")
            .map(|f| f.resolved.as_deref())
            .collect();
        assert_eq!(got, vec![Some("2019-11"), Some("2024-03")]);
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
    fn a_scheduling_verb_in_the_present_puts_a_date_ahead() {
        let (_, _, res) = one(
            "The harvest season, which opens on 1 October, sets the floor price.",
            "2026-06-10",
        )
        .unwrap();
        assert_eq!(res.as_deref(), Some("2026-10-01"));
        let (_, _, res) = one("Trading normally resumes in late January.", "2026-12-08").unwrap();
        assert_eq!(res.as_deref(), Some("2027-01"));
        // A past verb keeps the month behind.
        let (_, _, res) = one("Trading resumed in late January.", "2026-12-08").unwrap();
        assert_eq!(res.as_deref(), Some("2026-01"));
    }

    #[test]
    fn a_month_put_ahead_is_its_next_occurrence() {
        let (_, _, res) = one("Fares rise by 4 percent from July.", "2026-03-18").unwrap();
        assert_eq!(res.as_deref(), Some("2026-07"));
        let (_, _, res) = one("The plant will reopen in February.", "2026-10-02").unwrap();
        assert_eq!(res.as_deref(), Some("2027-02"));
        let (_, _, res) = one("Prices rose from July onwards.", "2026-03-18").unwrap();
        assert_eq!(res.as_deref(), Some("2025-07"));
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
