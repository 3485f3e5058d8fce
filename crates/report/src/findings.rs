//! Headline findings in plain sentences, derived only from the view model.

use crate::charts::solution_name;
use crate::data::{EvidenceView, ReportData, ScenarioView};

fn list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// 2138400 -> "2,138,400".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn score(u: f64) -> String {
    format!("{:.0}", u * 100.0)
}

/// The sentences that open the report, most important first.
pub fn headline_findings(data: &ReportData) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = &data.scenario {
        scenario_findings(s, &mut out);
    }
    evidence_findings(&data.evidence, &mut out);
    if let Some(f) = data.forecasts.first() {
        if let (Some(first), Some(last)) = (f.rounds.first(), f.rounds.last()) {
            out.push(format!(
                "The {} forecast for {} moves the weighted mean position from {first:.1} to {last:.1} over {} rounds.",
                f.model,
                f.issue,
                f.rounds.len().saturating_sub(1)
            ));
        }
    }
    out
}

fn scenario_findings(s: &ScenarioView, out: &mut Vec<String>) {
    let np = s.parties.len();
    if s.proposals.is_empty() || np == 0 {
        out.push(format!(
            "The scenario has {np} parties and {} issues but no proposals to compare.",
            s.issues.len()
        ));
    } else {
        let deals = s.proposals.iter().filter(|p| !p.no_deal).count();
        let all: Vec<String> = s
            .proposals
            .iter()
            .enumerate()
            .filter(|(_, prop)| !prop.no_deal)
            .filter(|(p, _)| (0..np).all(|k| s.is_acceptable(*p, k) == Some(true)))
            .map(|(_, prop)| prop.name.clone())
            .collect();
        if all.is_empty() {
            out.push(format!(
                "None of the {deals} proposals is acceptable to all {np} parties."
            ));
        } else {
            out.push(format!(
                "{} of {deals} proposals {} acceptable to every party: {}.",
                all.len(),
                if all.len() == 1 { "is" } else { "are" },
                list(&all)
            ));
        }
        // The proposal that treats the worst-off party best.
        let best = (0..s.proposals.len())
            .filter(|&p| !s.proposals[p].no_deal)
            .filter_map(|p| {
                let min = (0..np)
                    .filter_map(|k| s.utility(p, k))
                    .fold(f64::INFINITY, f64::min);
                min.is_finite().then_some((p, min))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((p, min)) = best {
            out.push(format!(
                "{} leaves the worst-off party best placed: no party scores it below {}.",
                s.proposals[p].name,
                score(min)
            ));
        }
        // Which party rejects the most.
        let rejections: Vec<usize> = (0..np)
            .map(|k| {
                (0..s.proposals.len())
                    .filter(|&p| !s.proposals[p].no_deal && s.is_acceptable(p, k) == Some(false))
                    .count()
            })
            .collect();
        if let Some((k, &r)) = rejections.iter().enumerate().max_by_key(|(_, r)| **r) {
            if r > 0 {
                out.push(format!(
                    "{} is the hardest to satisfy: {r} of {deals} proposals fall below its walk-away point.",
                    s.parties[k].name
                ));
            }
        }
    }
    if let Some(f) = &s.frontier {
        let a = s.party_name(&f.party_a);
        let b = s.party_name(&f.party_b);
        let (ka, kb) = (
            s.parties.iter().position(|p| p.id == f.party_a),
            s.parties.iter().position(|p| p.id == f.party_b),
        );
        if let (Some(ka), Some(kb)) = (ka, kb) {
            let both: Vec<String> = s
                .proposals
                .iter()
                .enumerate()
                .filter(|(_, prop)| !prop.no_deal)
                .filter(|(p, _)| {
                    s.is_acceptable(*p, ka) == Some(true) && s.is_acceptable(*p, kb) == Some(true)
                })
                .map(|(_, prop)| prop.name.clone())
                .collect();
            if !s.proposals.is_empty() {
                out.push(if both.is_empty() {
                    format!("No proposal on the table is acceptable to both {a} and {b}.")
                } else {
                    format!("Acceptable to both {a} and {b}: {}.", list(&both))
                });
            }
        }
        if let Some(nash) = f.solutions.iter().find(|x| x.kind == "nash") {
            out.push(format!(
                "Bargaining between {a} and {b} alone, the Nash solution gives {a} {} and {b} {} out of 100 (the package is listed under the Pareto frontier chart).",
                score(nash.a),
                score(nash.b)
            ));
        }
        let nash = f.solutions.iter().find(|x| x.kind == "nash");
        let all_same = f.solutions.len() > 1
            && f.solutions.iter().all(|x| {
                score(x.a) == score(f.solutions[0].a) && score(x.b) == score(f.solutions[0].b)
            });
        if all_same && nash.is_some() {
            out.push(format!(
                "The Kalai–Smorodinsky, egalitarian and utilitarian rules give {a} and {b} the same scores as Nash: the fair-division answers agree."
            ));
        }
        let others: Vec<String> = f
            .solutions
            .iter()
            .filter(|_| !all_same)
            .filter(|x| x.kind != "nash")
            .map(|x| {
                format!(
                    "{} ({a} {}, {b} {})",
                    solution_name(&x.kind),
                    score(x.a),
                    score(x.b)
                )
            })
            .collect();
        if !others.is_empty() {
            out.push(format!("Other fair-division points: {}.", list(&others)));
        }
        if !f.frontier.is_empty() {
            let on: Vec<String> = f
                .proposals
                .iter()
                .filter(|p| !p.label.is_empty())
                .filter(|p| {
                    f.frontier
                        .iter()
                        .any(|q| (q.0 - p.a).abs() < 1e-9 && (q.1 - p.b).abs() < 1e-9)
                })
                .map(|p| p.label.clone())
                .collect();
            if !f.proposals.is_empty() {
                out.push(if on.is_empty() {
                    format!("Every proposal on the table leaves value unclaimed for {a} and {b}: none lies on their Pareto frontier.")
                } else {
                    format!("On the Pareto frontier for {a} and {b}: {}.", list(&on))
                });
            }
        }
    }
    zone_findings(s, out);
    let no_deal: Vec<&str> = s
        .proposals
        .iter()
        .filter(|p| p.no_deal)
        .map(|p| p.name.as_str())
        .collect();
    if let Some(r) = s
        .robustness
        .iter()
        .filter(|r| !no_deal.contains(&r.proposal.as_str()))
        .max_by(|a, b| a.probability.total_cmp(&b.probability))
    {
        out.push(format!(
            "Under uncertain weights and values, {} stays acceptable to all parties most often: in {:.0}% of {} simulations (95% interval {:.0}–{:.0}%).",
            r.proposal,
            r.probability * 100.0,
            r.draws,
            r.low * 100.0,
            r.high * 100.0
        ));
    }
    if !s.logrolls.is_empty() {
        let names: Vec<String> = s.logrolls.iter().map(|l| l.proposal.clone()).collect();
        out.push(format!(
            "Each of these proposals can be improved for every party at once by trading across issues: {}.",
            list(&names)
        ));
    }
}

fn zone_findings(s: &ScenarioView, out: &mut Vec<String>) {
    match (s.zone_count, s.outcome_count) {
        (Some(0), _) => out.push(
            "No complete package of options is acceptable to every party: the zone of possible agreement is empty, so any deal needs someone to move their walk-away point."
                .to_string(),
        ),
        (Some(c), Some(t)) if t > 0 => out.push(format!(
            "{} of {} possible packages ({:.1}%) are acceptable to every party.",
            thousands(c),
            thousands(t),
            c as f64 / t as f64 * 100.0
        )),
        _ => {}
    }
    if s.zone_count == Some(0) {
        return;
    }
    let narrow: Vec<String> = s
        .zopa
        .iter()
        .filter(|z| z.zone.len() == 1 && z.options.len() > 1)
        .filter_map(|z| {
            Some(format!(
                "{} must be “{}”",
                z.issue,
                z.options.get(z.zone[0])?
            ))
        })
        .collect();
    if !narrow.is_empty() {
        out.push(format!(
            "In every package all parties accept, {}.",
            list(&narrow)
        ));
    }
    let empty: Vec<String> = s
        .zopa
        .iter()
        .filter(|z| z.zone.is_empty())
        .map(|z| z.issue.clone())
        .collect();
    if s.zone_count.is_none() && !empty.is_empty() {
        out.push(format!(
            "On {} of {} issues no option was found in a package acceptable to all: {}.",
            empty.len(),
            s.zopa.len(),
            list(&empty)
        ));
    }
}

/// How far before the earliest article a dated quote or event may lie and still count towards
/// the evidence's date range: reports recall the weeks before them, not years.
const RANGE_LOOKBACK_DAYS: i64 = 92;

/// The first and last date of the evidence, as shown in the headline. When the articles carry
/// publication dates, only quote and event dates from [`RANGE_LOOKBACK_DAYS`] before the
/// earliest article up to the latest article count: a year mentioned in passing ("since
/// 2014"), a target year ("by 2030") or a deadline after the last report ("within 100 days")
/// says what the articles talk about, not when the evidence was gathered. The articles' own
/// dates always count. Without any article date, every quote and event date counts.
pub fn evidence_date_range(e: &EvidenceView) -> Option<(String, String)> {
    use crate::charts::day_number;
    let article_days: Vec<(i64, &str)> = e
        .articles
        .iter()
        .filter_map(|a| a.date.as_deref())
        .filter_map(|d| day_number(d).map(|n| (n, d)))
        .collect();
    let window = match (
        article_days.iter().map(|x| x.0).min(),
        article_days.iter().map(|x| x.0).max(),
    ) {
        (Some(lo), Some(hi)) => Some((lo - RANGE_LOOKBACK_DAYS, hi)),
        _ => None,
    };
    let mut dates: Vec<(i64, &str)> = e
        .quotes
        .iter()
        .filter_map(|q| q.date.as_deref())
        .chain(e.events.iter().map(|x| x.date.as_str()))
        .filter_map(|d| day_number(d).map(|n| (n, d)))
        .filter(|(n, _)| window.is_none_or(|(lo, hi)| *n >= lo && *n <= hi))
        .chain(article_days.iter().copied())
        .collect();
    dates.sort_unstable();
    let first = dates.first()?;
    let last = dates.last()?;
    Some((first.1.to_string(), last.1.to_string()))
}

fn evidence_findings(e: &EvidenceView, out: &mut Vec<String>) {
    if e.quotes.is_empty() && e.events.is_empty() {
        return;
    }
    let mut speakers: Vec<&str> = e
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .collect();
    speakers.sort_unstable();
    speakers.dedup();
    let span = match evidence_date_range(e) {
        Some((a, b)) if a != b => format!(", dated {a} to {b}"),
        Some((a, _)) => format!(", dated {a}"),
        None => String::new(),
    };
    out.push(format!(
        "The evidence holds {} quotes from {} named speakers in {} articles{span}.",
        e.quotes.len(),
        speakers.len(),
        e.articles.len()
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{ArticleView, EventView, QuoteView};

    fn event(date: &str) -> EventView {
        EventView {
            date: date.into(),
            kind: "date".into(),
            ..EventView::default()
        }
    }

    #[test]
    fn date_range_ignores_years_in_passing_and_targets() {
        let e = EvidenceView {
            articles: vec![
                ArticleView {
                    date: Some("2025-07-20".into()),
                    ..ArticleView::default()
                },
                ArticleView {
                    date: Some("2025-07-24".into()),
                    ..ArticleView::default()
                },
            ],
            quotes: vec![QuoteView {
                date: Some("2025-07-22".into()),
                ..QuoteView::default()
            }],
            events: vec![
                event("2014"),
                event("2030"),
                event("2025-10-30"),
                event("2025-06-02"),
            ],
            ..EvidenceView::default()
        };
        assert_eq!(
            evidence_date_range(&e),
            Some(("2025-06-02".into(), "2025-07-24".into()))
        );
        // Without article dates every date counts.
        let undated = EvidenceView {
            articles: vec![ArticleView::default()],
            ..e.clone()
        };
        assert_eq!(
            evidence_date_range(&undated),
            Some(("2014".into(), "2030".into()))
        );
    }

    #[test]
    fn findings_follow_the_data() {
        let mut data = crate::sample::sample_report();
        let f = headline_findings(&data);
        assert!(
            f.iter()
                .any(|x| x.starts_with("2 of 4 proposals are acceptable")),
            "{f:?}"
        );
        assert!(f.iter().any(|x| x.contains("Other fair-division points")));
        let s = data.scenario.as_mut().unwrap();
        let fr = s.frontier.as_mut().unwrap();
        for x in &mut fr.solutions {
            (x.a, x.b) = (0.581, 0.661);
        }
        for row in &mut s.acceptable {
            row[1] = false;
        }
        let f = headline_findings(&data);
        assert!(f.iter().any(|x| x.contains("same scores as Nash")), "{f:?}");
        assert!(!f.iter().any(|x| x.contains("Other fair-division points")));
        assert!(
            f.iter().any(|x| x.starts_with("None of the 4 proposals")),
            "{f:?}"
        );
        assert!(f
            .iter()
            .any(|x| x.starts_with("No proposal on the table is acceptable to both")));
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(list(&["a".into()]), "a");
        assert_eq!(list(&["a".into(), "b".into()]), "a and b");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b, and c");
        assert_eq!(thousands(2138400), "2,138,400");
        assert_eq!(thousands(999), "999");
    }
}
