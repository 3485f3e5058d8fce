//! Months named without a full date: a month and day, a month and year, a bare month, and
//! "early/late/last/next" months. Without a year, the year comes from the sentence (a year it
//! named, a later month it is joined to) or from the direction of the clause.

use super::resolve::{Match, Verdict};
use super::tense::{future_after_date, presented_as_future};
use super::*;

/// `hyphenated_day_month_year` (also handled here): "24-Sep-2026", the day, the month's
/// name or abbreviation and the year joined by hyphens, as web pages print their dates.
///
/// A month and day (with or without a year). Without a year: the year its sentence named
/// before it (`year_named_earlier_in_sentence`); the next such day when the clause presents
/// it as ahead (a deadline, a future verb or a present scheduling verb), else the nearest year that
/// does not put it more than about three months after the reference.
pub(super) fn month_day(m: &Match) -> Verdict {
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
    let stated = m
        .g(yg)
        .and_then(|y| y.parse().ok())
        .or(relative_year)
        .or_else(|| year_named_earlier_in_sentence(m.text, m.start));
    let y = match (stated, m.rd) {
        (Some(y), _) => Some(y),
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
pub(super) fn relative_month(m: &Match) -> Verdict {
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
pub(super) fn month_of_relative_year(m: &Match) -> Verdict {
    let mo = month_number(m.g("mly_m")?)?;
    let shift = match m.g("mly_r")? {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    Some((DateKind::Date, m.r.map(|r| ym(r.year + shift, mo))))
}

/// A month with a year is that month.
pub(super) fn month_year(m: &Match) -> Verdict {
    let mo = month_number(m.g("my_m")?)?;
    let y: i32 = m.g("my_y")?.parse().ok()?;
    Some((DateKind::Date, Some(ym(y, mo))))
}

/// A month name alone counts only after a temporal preposition ("in", "since", "by", ...);
/// it is the month in the reference year unless that puts it more than three months ahead,
/// or its next occurrence when the clause puts it ahead (`month_ahead`), or its last
/// occurrence before the reference month when a past verb governs it
/// (`past_verb_takes_last_occurrence`).
pub(super) fn bare_month(m: &Match) -> Verdict {
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
            | "between"
    );
    let attributive = prep == "the" && names_an_event(m.text, m.end);
    // `coordinated_month`: "in November and December", "between April and September": a
    // month joined by "and", "or" or "to" to a month right before it.
    // The month before must itself follow a preposition of time ("every March and July"
    // is a habit, not two dates).
    let three = before_words(m.text, m.start, 3);
    let three: Vec<&str> = three.split(' ').collect();
    let coordinated = matches!(prep.as_str(), "and" | "or" | "to")
        && three.len() == 3
        && crate::extract::lists::MONTH_NAMES.contains(&three[1].trim_end_matches(','))
        && matches!(
            three[0],
            "in" | "between" | "from" | "until" | "by" | "since" | "during" | "before" | "after"
        );
    if !(temporal || attributive || coordinated) {
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

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::first_date_of_test_text as one;

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
    fn bare_month_needs_a_preposition() {
        assert!(one("March forward, the crowd chanted.", "2025-06-01").is_none());
        let (rule, _, res) = one("The plant closed in March.", "2025-06-01").unwrap();
        assert_eq!((rule, res.as_deref()), ("bare_month", Some("2025-03")));
    }

    #[test]
    fn coordinated_month() {
        let text = "Water flows between April and September. Power comes in May or June. \
                    Talks and December plans differ. It fills every March and July.";
        let v = find_dates(text, 0, text.len(), Reference::parse("2026-03-01").as_ref());
        let got: Vec<&str> = v.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(got, vec!["April", "September", "May", "June"]);
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
}
