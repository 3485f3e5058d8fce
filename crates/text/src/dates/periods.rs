//! Resolvers for named periods counted from the article's date: "last week", "the end of
//! the month", "over the weekend", "next spring".

use super::resolve::{Match, Verdict};
use super::*;

/// "last/this/next week|weekend|month|year": weeks resolve to their month, months to the
/// month, years to the year, shifted in the direction the qualifier gives.
pub(super) fn relative_period(m: &Match) -> Verdict {
    let rel = m.g("rel_r")?.to_ascii_lowercase();
    let rel = rel.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = m.g("rel_u")?.to_ascii_lowercase();
    let past = rel.contains("last") || rel.contains("past");
    let next = rel.starts_with("next") || rel.starts_with("early next");
    let rd = m.rd;
    let res = m.r.and_then(|r| match unit.as_str() {
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
                r.month.map(|mo| ym(r.year, mo))
            }
        }
        "month" => r.month.map(|mo| {
            let (y, mo) = shift_month(
                r.year,
                mo,
                if next {
                    1
                } else if past && !rel.starts_with("this") {
                    -1
                } else {
                    0
                },
            );
            ym(y, mo)
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
    Some((DateKind::Relative, res))
}

/// "the end of the/this/next/last week|month|year": that period, counted from the reference.
pub(super) fn end_of_period(m: &Match) -> Verdict {
    let rel = m.g("endof_r")?.to_ascii_lowercase();
    let unit = m.g("endof_u")?.to_ascii_lowercase();
    let shift: i32 = match rel.as_str() {
        "next" => 1,
        "last" => -1,
        _ => 0,
    };
    let rd = m.rd;
    let res = m.r.and_then(|r| match unit.as_str() {
        "year" => Some(format!("{:04}", r.year + shift)),
        "week" => rd.map(|d| month_of(d + Duration::days(7 * shift as i64))),
        _ => r.month.map(|mo| {
            let (y, mo) = shift_month(r.year, mo, shift);
            ym(y, mo)
        }),
    });
    Some((DateKind::Relative, res))
}

/// `part_of_year`: "the end of 2028", "the summer of 2027", "the first quarter of next
/// year": a part of a year named by its number or relative to the reference year is that
/// year (the expression as a whole, its part not narrowed further).
pub(super) fn part_of_year(m: &Match) -> Verdict {
    if let Some(y) = m.g("poy_y") {
        return Some((DateKind::Date, Some(y.to_string())));
    }
    let shift: i32 = match m.g("poy_r")?.to_ascii_lowercase().as_str() {
        "next" => 1,
        "last" => -1,
        _ => 0,
    };
    Some((
        DateKind::Relative,
        m.r.map(|r| format!("{:04}", r.year + shift)),
    ))
}

/// "over/at the weekend": the month of the last Saturday on or before the reference day.
pub(super) fn weekend(m: &Match) -> Verdict {
    let res = match m.rd {
        Some(d) => {
            let back = (d.weekday().num_days_from_monday() as i64 + 2) % 7; // to Saturday
            Some(month_of(d - Duration::days(back)))
        }
        None => m.r.and_then(|r| r.month.map(|mo| ym(r.year, mo))),
    };
    Some((DateKind::Relative, res))
}

/// "last/this/next/early/late SEASON": the year of that season; winter straddles two
/// years, so only its year of start is certain for "this"/"next". "the SEASON": see
/// [`the_season_is_a_time`].
pub(super) fn season(m: &Match) -> Verdict {
    let rel = m.g("season_r")?.to_ascii_lowercase();
    let (first, last) = match m.g("season_s")? {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "autumn" | "fall" => (9, 11),
        _ => (12, 12),
    };
    if rel == "the" && !the_season_is_a_time(m) {
        return None;
    }
    let since = before_words(m.text, m.start, 1) == "since";
    let res = m.r.and_then(|r| {
        let rm = r.month?;
        let y = match rel.as_str() {
            // "since the spring" in February: the spring before.
            "the" if since && first > rm => r.year - 1,
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
    Some((DateKind::Relative, res))
}

/// `the_season_after_a_preposition`: "the spring", "the summer" is a time only after a
/// preposition that bounds or crosses a period ("since the spring", "through the summer",
/// "before the winter") and not before "of" ("the fall of the government"); "during" or
/// "in the winter" is mostly habitual ("during the winter, when the plants run low"). It
/// is the season of the article's year (the one before, after "since", when that season
/// has not begun yet).
fn the_season_is_a_time(m: &Match) -> bool {
    let prep = before_words(m.text, m.start, 1);
    matches!(
        prep.as_str(),
        "since" | "through" | "throughout" | "before" | "after" | "until" | "till" | "by"
    ) && !after_text(m.text, m.end, 4).starts_with(" of")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, r: &str) -> Vec<(String, Option<String>)> {
        find_dates(text, 0, text.len(), Reference::parse(r).as_ref())
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.resolved))
            .collect()
    }

    #[test]
    fn part_of_year_is_one_expression() {
        let got = found(
            "The lease ends at the end of 2028; work starts in the first quarter of next year.",
            "2026-07-10",
        );
        assert_eq!(
            got,
            vec![
                ("the end of 2028".to_string(), Some("2028".to_string())),
                (
                    "the first quarter of next year".to_string(),
                    Some("2027".to_string())
                ),
            ]
        );
    }

    #[test]
    fn the_season_after_a_preposition_is_a_time() {
        let got = found(
            "The mediator has worked with them since the spring and wants a deal before the winter.",
            "2026-07-10",
        );
        assert_eq!(
            got,
            vec![
                ("the spring".to_string(), Some("2026".to_string())),
                ("the winter".to_string(), Some("2026".to_string())),
            ]
        );
        assert!(found(
            "After the fall of the cabinet, the summer was quiet.",
            "2026-07-10"
        )
        .is_empty());
        assert_eq!(
            found("They have talked since the summer.", "2026-02-10"),
            vec![("the summer".to_string(), Some("2025".to_string()))]
        );
    }
}
