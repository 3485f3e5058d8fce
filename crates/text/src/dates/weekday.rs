//! Weekday rules that look beyond the clause before the day: the week of the reference
//! ("this Friday"), weekdays joined in a run ("Thursday and Friday"), and schedule entries
//! ("- Tuesday: …").

use super::resolve::Match;
use super::tense::weekday_ahead;
use super::*;

/// `this_weekday`: "this Friday" is that day of the reference's week (Monday to Sunday),
/// a week later when its clause is future and the day has passed, a week earlier when a
/// verb in the past governs it and the day is still ahead.
pub(super) fn this_weekday(m: &Match, rd: NaiveDate, wd: Weekday) -> NaiveDate {
    let monday = rd - Duration::days(rd.weekday().num_days_from_monday() as i64);
    let d = monday + Duration::days(wd.num_days_from_monday() as i64);
    let clause = format!(" {}", clause_before(m.text, m.start, 80).trim_start());
    if d < rd && weekday_ahead(m.text, m.start) {
        d + Duration::days(7)
    } else if d > rd && super::tense::governed_by_past_verb(&clause) {
        d - Duration::days(7)
    } else {
        d
    }
}

/// `agenda_entry`: a weekday that opens a line (after any list mark) and is followed by a
/// colon heads an entry of a schedule or a diary; the entry's own clause gives the
/// direction: ahead when it is in the present of a scheduled event or has a future word,
/// behind otherwise. `None` when the weekday heads no such entry.
pub(super) fn agenda_entry_ahead(text: &str, start: usize, end: usize) -> Option<bool> {
    let lo = char_start_at_or_after(text, start.saturating_sub(8));
    let lead = match text[lo..start].rfind('\n') {
        Some(i) => &text[lo + i + 1..start],
        None if lo == 0 => &text[..start],
        None => return None,
    };
    if !lead
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '–' | '—' | '·'))
    {
        return None;
    }
    let entry = text[end..].trim_start().strip_prefix(':')?;
    let clause = entry
        .split(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let clause = format!(" {} ", clause.trim());
    Some(
        super::tense::scheduled_present(&clause)
            || [" will ", " to be ", " due ", " expected "]
                .iter()
                .any(|c| clause.contains(c)),
    )
}

/// `coordinated_weekday`: a weekday joined to weekdays before it ("Thursday and Friday",
/// "Monday, Tuesday or Wednesday") shares the first one's clause; the start of that first
/// weekday (or `start` itself when nothing is joined to it).
pub(super) fn coordinated_start(text: &str, start: usize) -> usize {
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let mut s = start;
    loop {
        let lo = char_start_at_or_after(text, s.saturating_sub(24));
        let before = text[lo..s].trim_end();
        let joined = before
            .strip_suffix(" and")
            .or_else(|| before.strip_suffix(" or"))
            .or_else(|| before.strip_suffix(','))
            .map(|b| b.trim_end().trim_end_matches(',').trim_end());
        let Some(prev) =
            joined.and_then(|b| NAMES.iter().find(|n| b.ends_with(*n)).map(|n| (b, n)))
        else {
            return s;
        };
        let (b, name) = prev;
        s = lo + b.len() - name.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, r: &str) -> Option<Option<String>> {
        let r = Reference::parse(r);
        find_dates(text, 0, text.len(), r.as_ref())
            .into_iter()
            .next()
            .map(|f| f.resolved)
    }

    #[test]
    fn a_weekday_coordinated_with_another_shares_its_clause() {
        // 2025-06-04 is a Wednesday.
        let text = "Stoppages planned for Thursday and Friday were called off.";
        let v = find_dates(text, 0, text.len(), Reference::parse("2025-06-04").as_ref());
        let got: Vec<_> = v.iter().map(|f| f.resolved.as_deref()).collect();
        assert_eq!(got, vec![Some("2025-06-05"), Some("2025-06-06")]);
        assert_eq!(coordinated_start(text, 35), 22);
    }

    #[test]
    fn an_agenda_entry_takes_the_direction_of_its_own_clause() {
        // 2026-02-06 is a Friday.
        let text = "Coming up\n\n- Tuesday: the assembly debates the budget.\n- Thursday: ministers meet in Hanoi.\n";
        let v = find_dates(text, 0, text.len(), Reference::parse("2026-02-06").as_ref());
        let got: Vec<_> = v.iter().map(|f| f.resolved.as_deref()).collect();
        assert_eq!(got, vec![Some("2026-02-10"), Some("2026-02-12")]);
        let text = "The week in review\n\nTuesday: the assembly passed the budget.\n";
        let v = find_dates(text, 0, text.len(), Reference::parse("2026-02-06").as_ref());
        assert_eq!(v[0].resolved.as_deref(), Some("2026-02-03"));
    }

    #[test]
    fn this_weekday_is_in_the_reference_week() {
        // 2025-06-04 is a Wednesday.
        let res = one(
            "The board said the cuts would start this Friday.",
            "2025-06-04",
        )
        .unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-06"));
        let res = one("The board met this Monday.", "2025-06-04").unwrap();
        assert_eq!(res.as_deref(), Some("2025-06-02"));
    }
}
