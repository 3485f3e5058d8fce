//! Inferring an article's date from its content and a chronology of known events.

use super::tense::{presented_as_future, weekday_ahead};
use super::*;

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
/// "Today" is the latest calendar day anywhere: a day ahead of UTC's date, since places
/// up to fourteen hours east of Greenwich already date their papers tomorrow.
pub fn infer_article_date(text: &str, chronology: &Chronology) -> Option<InferredDate> {
    let utc = chrono::Utc::now().date_naive();
    let today = utc.succ_opt().unwrap_or(utc);
    infer_article_date_as_of(text, chronology, today)
}

/// [`infer_article_date`] as if today were `today`: no inferred date is later than it.
pub fn infer_article_date_as_of(
    text: &str,
    chronology: &Chronology,
    today: NaiveDate,
) -> Option<InferredDate> {
    if let Some(d) = super::published::publication_line_date(text, today) {
        return Some(d);
    }
    let (found, mentions) = dated_and_partial(text);
    let mut anchors: Vec<DayAnchor> = Vec::new();
    let mut max_year: Option<i32> = None;
    // "occupied since 2014": a starting point, not the article's own year.
    let mut since_only = true;
    // "a raise from 1 January 2025", "talks will resume on 3 March": dates the text puts
    // ahead of its own time say nothing about when it was written.
    // "the new council takes office on 1 January": so does a present scheduling verb.
    let ahead = |f: &&FoundDate| {
        presented_as_future(text, f.start)
            || super::tense::scheduled_present(&format!(
                " {} ",
                clause_before(text, f.start, 80).trim()
            ))
    };
    for f in found.iter().filter(|f| !ahead(f)) {
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
            r"(?m)^[\t ]*(?P<place>\p{{Lu}}[\p{{L}}.'’ -]{{1,40}}(?:,[\t ]*\p{{Lu}}[\p{{L}}.'’ -]{{1,30}})?(?:,[\t ]+|[\t ]+(?P<paren>\()))?(?:(?P<m>{MONTH})[\t ]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[\t ]+(?P<m2>{MONTH}))(?:,?[\t ]+(?P<y>\d{{4}}))?(?:\)[\t ]*)?[\t ]*(?:[\t ]*(?P<agency>\([^)\n]{{1,40}}\)[\t ]*)?(?:--|-|–|—|:)|\.?[\t ]*(?P<slash>/[^/\n]{{1,30}}/))"
        );
        Regex::new(&p).unwrap_or_else(|e| panic!("dateline pattern is valid: {e}"))
    })
}

/// A wire-style dateline at the top ("ROTTERDAM, March 3 (Wire) -", "KYIV, Ukraine, Dec. 3
/// (AP) —", "Dec 3 (Reuters) -", "LAGOS, 3 March:", "OSLO, March 3. /Agency/.", "GENEVA
/// (3 March 2026) –") is the
/// article's own date. Without a year, the year is the one in which the
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
    let caps = dateline_pattern().captures_iter(&text[..head]).find(|c| {
        c.name("place").is_some() || c.name("agency").is_some() || c.name("slash").is_some()
    })?;
    let all = caps.get(0)?;
    let m = month_number(caps.name("m").or_else(|| caps.name("m2"))?.as_str())?;
    let d: u32 = caps
        .name("d")
        .or_else(|| caps.name("d2"))?
        .as_str()
        .parse()
        .ok()?;
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
    const YEAR_GROUPS: [&str; 11] = [
        "iso", "numd", "wmd_y", "wdm_y", "dmy_y", "dmyh_y", "mdy_y", "my_y", "rm_y", "wom_y",
        "year",
    ];
    let mut found = Vec::new();
    let mut mentions = Vec::new();
    for caps in date_captures(text) {
        let Some(all) = caps.caps.get(0) else {
            continue;
        };
        let (start, end) = (all.start(), all.end());
        if YEAR_GROUPS.iter().any(|g| caps.caps.name(g).is_some()) {
            if let Some((rule, kind, resolved)) = classify(text, start, end, &caps, None) {
                found.push(FoundDate {
                    start,
                    end,
                    kind,
                    resolved,
                    rule,
                });
            }
        } else if let Some(m) = partial_mention(text, start, end, &caps.caps) {
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

    fn infer(text: &str) -> Option<String> {
        let today = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        infer_article_date_as_of(text, &Chronology::default(), today).map(|d| d.date)
    }

    #[test]
    fn a_scheduled_date_does_not_date_the_article() {
        let t = "Talks ended on Tuesday, 18 November 2025, without a mayor. The new council takes office on 1 January 2026.";
        let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let got = infer_article_date_as_of(t, &Chronology::default(), today).map(|d| d.date);
        assert_eq!(got.as_deref(), Some("2025-11-18"));
    }

    #[test]
    fn dateline_with_day_before_month_or_an_agency_between_slashes() {
        // 2026-03-03 is a Tuesday.
        let t = "Grain corridor talks resume\n\nLAGOS, 3 March: Envoys met on Tuesday to restart talks on the corridor, officials said.";
        assert_eq!(infer(t).as_deref(), Some("2026-03-03"));
        let t = "OSLO, March 3. /Nordwire/. Envoys met on Tuesday, the ministry said.";
        assert_eq!(infer(t).as_deref(), Some("2026-03-03"));
        let t = "KRAKOW, 3 March 2026 (Wire) – Envoys met again.";
        assert_eq!(infer(t).as_deref(), Some("2026-03-03"));
        let t = "Body opens review\n\nGENEVA (3 March 2026) – The review opened in April 2025 and closed on 2 May 2025.";
        assert_eq!(infer(t).as_deref(), Some("2026-03-03"));
        // A clause that opens a sentence is no dateline.
        let t = "On Tuesday, March 3 the envoys met; a later round on 9 March 2026 failed.";
        assert_eq!(infer(t).as_deref(), Some("2026-03-09"));
    }

    #[test]
    fn publication_line_beats_a_later_date_in_the_text() {
        let t = "Ferry strike set for May\n\nUpdated April 21 2026 - 4:10pm\n\nCrews will walk out from Monday, May 4, the union said on Tuesday, after talks failed.\n";
        assert_eq!(infer(t).as_deref(), Some("2026-04-21"));
    }
}
