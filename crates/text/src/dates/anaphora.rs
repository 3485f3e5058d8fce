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
    let step: i64 = if words.starts_with("that") || words.contains("same") {
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
/// paragraphs); "the previous day", "the preceding day" the day before it; "the same day"
/// (evening, night) that day itself; "the following
/// week/month/year/spring" the period after the last date known at that precision (week to
/// its month); "the eve of" followed at once by a date is the day before that date.
/// `earlier_date_anaphor` ("that night", "that January") takes the last date's period.
/// Without such a date they stay unresolved. A date resolved this way anchors the next one.
pub(super) fn resolve_neighbour_days(text: &str, out: &mut [FoundDate]) {
    let mut last: Option<(Known, usize)> = None;
    let mut last_day: Option<(Known, usize)> = None;
    for i in 0..out.len() {
        let f = &out[i];
        if matches!(f.rule, "count_ago" | "vague_anchor") && f.resolved.is_none() {
            let words = text[f.start..f.end].to_lowercase();
            if let Some((n, unit, counts_from_event)) = counted_shift(&words) {
                let anchor = if counts_from_event {
                    event_day(text, out, i)
                } else {
                    last.filter(|&(_, e)| e + DAY_REACH >= f.start)
                        .map(|(k, _)| k)
                };
                out[i].resolved = anchor.and_then(|k| shifted(k, n, &unit));
            }
        }
        let f = &out[i];
        if f.rule == "neighbour_day" || f.rule == "earlier_date_anaphor" {
            let words = text[f.start..f.end].to_lowercase();
            let unit = words.split_whitespace().last().unwrap_or("").to_string();
            let d = if unit == "before" || unit == "after" {
                day_before_or_after(text, out, i, last_day, unit == "before")
            } else if words.contains("eve") && unit == "of" {
                let next_date = out
                    .get(i + 1)
                    .filter(|n| text[f.end..n.start].trim().is_empty());
                match next_date {
                    Some(n) => n.resolved.as_deref().and_then(Known::parse),
                    None => event_day(text, out, i).or_else(|| {
                        last_day
                            .filter(|&(_, e)| e + DAY_REACH >= f.start)
                            .map(|(k, _)| k)
                    }),
                }
                .and_then(|k| match k {
                    Known::Day(d) => Some((d - Duration::days(1)).format("%Y-%m-%d").to_string()),
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
        if out[i].rule == "deictic_day" && inside_quotation(text, out[i].start) {
            let spoken = spoken_day(
                &text[out[i].start..out[i].end],
                &out[i],
                told_day(text, out, i),
            );
            if let Some(d) = spoken {
                out[i].resolved = Some(d);
            }
        }
        if let Some(k) = out[i].resolved.as_deref().and_then(Known::parse) {
            last = Some((k, out[i].end));
            if matches!(k, Known::Day(_)) {
                last_day = last;
            }
        }
    }
}

/// `day_before_or_after`: "the day before" / "the day after" on its own ("said in a
/// statement the day before that ...", "The day before, in Tindouf, ...") is the day before
/// or after the last date resolved to the day before it, however far back; followed by a
/// noun phrase ("the day before the vote") it leans on that event's day (see
/// `eve_of_event`).
fn day_before_or_after(
    text: &str,
    out: &[FoundDate],
    i: usize,
    last_day: Option<(Known, usize)>,
    before: bool,
) -> Option<String> {
    let f = &out[i];
    let rest = text[f.end..].trim_start();
    let next_word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if matches!(next_word.as_str(), "tomorrow" | "yesterday") {
        return None;
    }
    let clause_goes_on = next_word.is_empty()
        || matches!(
            next_word.as_str(),
            "that" | "in" | "at" | "on" | "and" | "when" | "but" | "as" | "with" | "to" | "by"
        );
    // No reach limit: on its own, "the day before" always leans on a day the text told.
    let anchor = if clause_goes_on {
        last_day.map(|(k, _)| k)
    } else {
        event_day(text, out, i)
    };
    match anchor? {
        Known::Day(d) => {
            let n = if before { -1 } else { 1 };
            Some((d + Duration::days(n)).format("%Y-%m-%d").to_string())
        }
        _ => None,
    }
}

/// `counted_from_earlier`: "two days later", "a week earlier" count from the last date the
/// text told (days and weeks only from a date known to the day); "three days after the
/// vote", "a month before the deadline" from the day of the
/// event they name (see `eve_of_event`). The count (signed), its unit, and whether it
/// counts from a named event; `None` for a vague count ("days later", "a few weeks after").
fn counted_shift(words: &str) -> Option<(i64, String, bool)> {
    let w: Vec<&str> = words.split_whitespace().collect();
    let [n, unit, dir] = w[..] else {
        return None;
    };
    let n = num_value(n)?;
    let sign = match dir {
        "later" | "after" => 1,
        "earlier" | "before" => -1,
        _ => return None,
    };
    Some((
        sign * n,
        unit.trim_end_matches('s').to_string(),
        matches!(dir, "after" | "before"),
    ))
}

/// `k` moved by `n` units: days and weeks to the day, months to the month, years to the
/// year; hours stay on the day when fewer than a day's worth.
fn shifted(k: Known, n: i64, unit: &str) -> Option<String> {
    match (unit, k) {
        ("hour", Known::Day(d)) if n.abs() < 12 => Some(d.format("%Y-%m-%d").to_string()),
        ("day", Known::Day(d)) => Some((d + Duration::days(n)).format("%Y-%m-%d").to_string()),
        ("week", Known::Day(d)) => Some((d + Duration::days(7 * n)).format("%Y-%m-%d").to_string()),
        ("month", Known::Day(_) | Known::Month(..)) => {
            let (y, m) = shift_month(k.year(), k.month()?, i32::try_from(n).ok()?);
            Some(ym(y, m))
        }
        ("year", _) => Some(format!("{:04}", k.year() as i64 + n)),
        _ => None,
    }
}

/// `eve_takes_its_event`: "the eve of" is one expression with the event it names ("the
/// eve of the handover", "the eve of Tuesday's session"): its span runs over a determiner
/// and up to three words after it (to a mark or a clause word), and a date inside that
/// event phrase ("Tuesday's") is part of the expression, not a date of its own. Runs after
/// the resolution, which reads the phrase and such a date.
pub(super) fn eve_takes_its_event(text: &str, out: &mut Vec<FoundDate>) {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "next",
    ];
    const CLAUSE_WORDS: &[&str] = &["and", "or", "when", "as", "which", "who", "that", "while"];
    let mut drop: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        let f = &out[i];
        if f.rule != "neighbour_day"
            || !text[f.start..f.end]
                .to_ascii_lowercase()
                .ends_with("eve of")
        {
            continue;
        }
        let (mut end, mut pos, mut words, mut only_determiners) = (f.end, f.end, 0, true);
        loop {
            let rest = &text[pos..];
            let spaces = rest.len() - rest.trim_start_matches(' ').len();
            if spaces == 0 {
                break;
            }
            let at = pos + spaces;
            let len = text[at..]
                .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}')))
                .unwrap_or(text.len() - at);
            if len == 0 {
                break;
            }
            let word = text[at..at + len]
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .to_lowercase();
            let determiner = only_determiners && DETERMINERS.contains(&word.as_str());
            if !determiner {
                if CLAUSE_WORDS.contains(&word.as_str()) {
                    break;
                }
                words += 1;
            }
            only_determiners = determiner;
            end = at + len;
            pos = end;
            if words >= 3 {
                break;
            }
        }
        let (f_end, f_i) = (f.end, i);
        // A date running past the phrase ("the eve of March 5") is what the eve leans on.
        let crosses = out
            .iter()
            .any(|g| g.start > f_end && g.start < end && g.end > end);
        if words == 0 || crosses {
            continue;
        }
        for (j, g) in out.iter().enumerate() {
            if j != f_i && g.start >= f_end && g.end <= end {
                drop.push(j);
            }
        }
        out[i].end = end;
    }
    drop.sort_unstable();
    drop.dedup();
    for i in drop.into_iter().rev() {
        out.remove(i);
    }
}

/// `eve_of_event`: "the eve of the talks" is the day before the day the text gives for
/// that event: the nearest date known to the day, before or after (within about four
/// paragraphs) and outside the phrase's own sentence, whose sentence names a word of the
/// event ("talks", "summit", "strike"). `None` when no sentence does.
fn event_day(text: &str, out: &[FoundDate], i: usize) -> Option<Known> {
    let f = &out[i];
    let after = after_text(text, f.end, 60);
    let phrase = after
        .split([',', '.', ';', ':', '!', '?', '\n'])
        .next()
        .unwrap_or("");
    let stems: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .skip_while(|w| {
            matches!(
                w.as_str(),
                "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "next"
            )
        })
        .take(3)
        .filter(|w| w.len() >= 4)
        .map(|w| w.trim_end_matches('s').to_string())
        .collect();
    if stems.is_empty() {
        return None;
    }
    // Only dates within reach, found by their (sorted) starts.
    let lo = out.partition_point(|g| g.start + PERIOD_REACH < f.start);
    let hi = out.partition_point(|g| g.start <= f.start + PERIOD_REACH);
    out[lo..hi]
        .iter()
        .enumerate()
        .filter(|&(j, _)| lo + j != i)
        .filter_map(
            |(_, g)| match g.resolved.as_deref().and_then(Known::parse) {
                Some(Known::Day(d)) => Some((g, d)),
                _ => None,
            },
        )
        .filter(|(g, _)| {
            let sentence = sentence_around(text, g.start);
            // A date in the phrase's own sentence is what the phrase dates ("met on
            // Monday, two days after the raid"), not the event it counts from.
            let own = sentence_around(text, f.start);
            sentence.as_ptr() != own.as_ptr()
                && stems
                    .iter()
                    .any(|s| sentence.to_lowercase().contains(s.as_str()))
        })
        .min_by_key(|(g, _)| g.start.abs_diff(f.start))
        .map(|(_, d)| Known::Day(d))
}

/// The sentence around `at`: from the last sentence end before it to the next one after
/// it (at most 300 bytes either way).
fn sentence_around(text: &str, at: usize) -> &str {
    let lo = char_start_at_or_after(text, at.saturating_sub(300));
    let mut hi = (at + 300).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = text[lo..at]
        .rfind(['.', '!', '?', '\n'])
        .map_or(lo, |k| lo + k + 1);
    let end = text[at..hi]
        .find(['.', '!', '?', '\n'])
        .map_or(hi, |k| at + k);
    &text[start..end]
}

/// The last day told before `out[i]` in the writer's own words (within about two
/// paragraphs): a date or weekday resolved to the day, outside quotations and not itself
/// "today" or "yesterday" (which count from the writing, as the quotation does).
fn told_day(text: &str, out: &[FoundDate], i: usize) -> Option<(Known, usize)> {
    let at = out[i].start;
    out[..i]
        .iter()
        .rev()
        .take_while(|g| g.end + DAY_REACH >= at)
        .filter(|g| g.rule != "deictic_day")
        .filter_map(|g| match g.resolved.as_deref().and_then(Known::parse) {
            Some(k @ Known::Day(_)) => Some((k, g)),
            _ => None,
        })
        .find(|(_, g)| !inside_quotation(text, g.start))
        .map(|(k, g)| (k, g.end))
}

/// `deixis_in_quotation`: "today", "yesterday", "tomorrow" inside a quotation count from
/// the day the words were spoken, which is the last day the text told before them (within
/// about two paragraphs, told in the writer's words by a date or weekday, not inside a
/// quotation and not itself "today" or "yesterday") when that day
/// lies up to six days before the article's own date; otherwise they count from the
/// article's date. The new value, or `None` to keep it.
fn spoken_day(words: &str, f: &FoundDate, last_day: Option<(Known, usize)>) -> Option<String> {
    let words = words.to_lowercase();
    let delta = if words.starts_with("yesterday") || words.starts_with("last") {
        -1
    } else if words.starts_with("tomorrow") {
        1
    } else {
        0
    };
    let reference = match Known::parse(f.resolved.as_deref()?)? {
        Known::Day(d) => d - Duration::days(delta),
        _ => return None,
    };
    let (Known::Day(spoken), end) = last_day? else {
        return None;
    };
    let before = (reference - spoken).num_days();
    (end + DAY_REACH >= f.start && (1..=6).contains(&before)).then(|| {
        (spoken + Duration::days(delta))
            .format("%Y-%m-%d")
            .to_string()
    })
}

/// `at` stands inside a quotation opened earlier in its paragraph (curly quotation marks,
/// or an odd number of straight ones before it).
fn inside_quotation(text: &str, at: usize) -> bool {
    let lo = char_start_at_or_after(text, at.saturating_sub(1500));
    let para = within_paragraph(&text[lo..at]);
    let open = para.rfind('“');
    let close = para.rfind('”');
    match (open, close) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => para.matches('"').count() % 2 == 1,
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
    fn day_before_or_after() {
        let get = |text: &str| {
            res(text, "2026-05-14")
                .into_iter()
                .find(|(t, _)| t.eq_ignore_ascii_case("the day before"))
                .and_then(|(_, r)| r)
        };
        assert_eq!(
            get("The envoy arrived on 12 May. The day before, in the capital, the rebels met.")
                .as_deref(),
            Some("2026-05-11")
        );
        assert_eq!(
            get(
                "The envoy arrived on 12 May. The ministry had said the day before that talks \
                 would go on."
            )
            .as_deref(),
            Some("2026-05-11")
        );
        assert_eq!(
            get("The ministry said the day before that talks would go on."),
            None
        );
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
    fn the_same_day_is_the_last_day_named() {
        let v = res(
            "The board signed on 4 March 2025, and members ratified it the same evening.",
            "2025-06-01",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("4 March 2025", Some("2025-03-04")),
                ("the same evening", Some("2025-03-04")),
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
    fn the_eve_of_an_event_leans_on_the_last_day_told() {
        let v = res(
            "The strike began on 5 October 2026. On the eve of the strike, the board made an offer.",
            "2026-10-14",
        );
        assert_eq!(
            v[1],
            ("the eve of the strike".into(), Some("2026-10-04".into()))
        );
        // The day of the event the phrase names, not merely the last day told.
        let v = res(
            "The talks opened on Monday, 9 March 2026. A raid on 2 March 2026 had angered both \
sides. On the eve of the talks, patrols were doubled.",
            "2026-03-10",
        );
        assert_eq!(
            v[2],
            ("the eve of the talks".into(), Some("2026-03-08".into()))
        );
        // A date inside the event's phrase is part of the expression.
        let v = res(
            "The session is on Tuesday. On the eve of Tuesday's session, the union met.",
            "2026-12-03",
        );
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1].0, "the eve of Tuesday's session");
    }

    #[test]
    fn counts_later_or_after_an_event_lean_on_a_day_told() {
        let v = res(
            "The round opened on 3 March 2026. Two days later the rebels walked out. The vote \
was held on 20 March 2026. Three days before the vote, a truce lapsed. Calm returned weeks \
later, and a few weeks after the war began, nothing had changed.",
            "2026-04-01",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("3 March 2026", Some("2026-03-03")),
                ("Two days later", Some("2026-03-05")),
                ("20 March 2026", Some("2026-03-20")),
                ("Three days before", Some("2026-03-17")),
                ("weeks later", None),
                ("a few weeks after", None),
            ]
        );
    }

    #[test]
    fn a_count_from_an_event_is_not_the_date_of_its_own_sentence() {
        let v = res(
            "The council met on 2 March 2026, two days after a convoy was hit. Talks stalled \
in August 2026. Three weeks later they resumed.",
            "2026-09-11",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(got[1], ("two days after", None));
        assert_eq!(got[3], ("Three weeks later", None));
    }

    #[test]
    fn deixis_in_a_quotation_counts_from_the_day_spoken() {
        // 2026-01-22 is a Thursday.
        let text =
            "The envoys met on Wednesday.\n\n“We settled nothing today,” the mediator said. \
Officials expect a reply today.";
        let v = res(text, "2026-01-22");
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("Wednesday", Some("2026-01-21")),
                ("today", Some("2026-01-21")),
                ("today", Some("2026-01-22")),
            ]
        );
        // A day named inside the quotation is not the day it was spoken.
        let v = res(
            "The summit closed.\n\n“On Tuesday we were apart. Today we agree,” she said.",
            "2026-01-22",
        );
        assert_eq!(v[1].1.as_deref(), Some("2026-01-22"));
        // "Yesterday" in the writer's words is no day of speaking.
        let v = res(
            "The mood is better than yesterday. “Today we agree,” she said.",
            "2026-01-22",
        );
        assert_eq!(v[1].1.as_deref(), Some("2026-01-22"));
        // Spoken on the article's own day: nothing changes.
        let v = res(
            "Talks ended on Thursday. “Today was hard,” she said.",
            "2026-01-22",
        );
        assert_eq!(v[1].1.as_deref(), Some("2026-01-22"));
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
