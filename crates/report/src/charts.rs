//! Charts as inline SVG, built with maud so every label is escaped like any other text.
//!
//! Each function returns one `<svg>` element sized by its `viewBox`, so it scales with the
//! page and prints crisply. Colours come from the Okabe–Ito palette, which stays distinct
//! for the common forms of colour blindness.

use crate::data::{EventView, ForecastView, FrontierView, IssueZopa, RobustnessView, ScenarioView};
use maud::{html, Markup};

/// Okabe–Ito: distinct for the common colour-vision deficiencies.
pub const PALETTE: [&str; 8] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
];

pub fn party_colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// Coordinates with one decimal: enough for screen and print, and keeps the file small.
fn n(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.1}")
    } else {
        "0".to_string()
    }
}

/// A utility in [0, 1] shown as a whole number out of 100.
fn score(u: f64) -> String {
    format!("{:.0}", (u * 100.0).clamp(-1e9, 1e9))
}

fn pct(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).clamp(-1e9, 1e9))
}

/// Rough width of a label at 12px in a sans-serif font; used only to size margins.
fn text_width(s: &str, px: f64) -> f64 {
    s.chars().count() as f64 * px * 0.56
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Sequential blue scale for utilities in [0, 1]; returns fill and a readable text colour.
pub fn heat_colour(u: f64) -> (String, &'static str) {
    let t = if u.is_finite() {
        u.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let lo = (0xf2 as f64, 0xf6 as f64, 0xfc as f64);
    let hi = (0x08 as f64, 0x30 as f64, 0x6b as f64);
    let mix = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    let fill = format!(
        "#{:02x}{:02x}{:02x}",
        mix(lo.0, hi.0),
        mix(lo.1, hi.1),
        mix(lo.2, hi.2)
    );
    (fill, if t > 0.55 { "#ffffff" } else { "#1a1a1a" })
}

/// Proposals (rows) by parties (columns): utility as colour and number, with a mark for
/// whether the proposal clears the party's walk-away point.
pub fn heatmap(s: &ScenarioView) -> Markup {
    let cell_w = 112.0;
    let cell_h = 30.0;
    let label_w = s
        .proposals
        .iter()
        .map(|p| text_width(&truncate(&p.name, 40), 13.0))
        .fold(120.0, f64::max)
        + 16.0;
    let head_h = 44.0;
    let cols = s.parties.len().max(1) as f64;
    let w = label_w + cols * cell_w + 10.0;
    let h = head_h + s.proposals.len() as f64 * cell_h + 10.0;
    html! {
        svg.chart.heatmap xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label="Utility of each proposal for each party" data-chart="heatmap" {
            @for (k, party) in s.parties.iter().enumerate() {
                text x=(n(label_w + (k as f64 + 0.5) * cell_w)) y="20" text-anchor="middle"
                    font-weight="600" font-size="13" { (truncate(&party.name, 15)) }
                @if let Some(r) = party.reservation {
                    text x=(n(label_w + (k as f64 + 0.5) * cell_w)) y="36" text-anchor="middle"
                        font-size="11" fill="#555" { "walk-away " (score(r)) }
                }
            }
            @for (p, prop) in s.proposals.iter().enumerate() {
                @let y = head_h + p as f64 * cell_h;
                text x=(n(label_w - 10.0)) y=(n(y + cell_h / 2.0 + 4.5)) text-anchor="end" font-size="13" {
                    title { (prop.name) } (truncate(&prop.name, 40))
                }
                @for k in 0..s.parties.len() {
                    @let u = s.utility(p, k).unwrap_or(f64::NAN);
                    @let (fill, ink) = heat_colour(u);
                    @let ok = s.is_acceptable(p, k);
                    @let x = label_w + k as f64 * cell_w;
                    g.cell {
                        rect x=(n(x + 1.0)) y=(n(y + 1.0)) width=(n(cell_w - 2.0)) height=(n(cell_h - 2.0))
                            rx="3" fill=(fill) {
                            title {
                                (prop.name) " for " (s.parties[k].name) ": utility "
                                (if u.is_finite() { score(u) } else { "unknown".into() })
                                @match ok { Some(true) => " (acceptable)", Some(false) => " (below walk-away)", None => "" }
                            }
                        }
                        text x=(n(x + cell_w / 2.0 - 6.0)) y=(n(y + cell_h / 2.0 + 4.5)) text-anchor="middle"
                            font-size="13" fill=(ink) {
                            @if u.is_finite() { (score(u)) } @else { "–" }
                        }
                        @match ok {
                            Some(true) => text.mark-ok x=(n(x + cell_w - 14.0)) y=(n(y + cell_h / 2.0 + 5.0))
                                text-anchor="middle" font-size="14" font-weight="700" fill=(ink) { "✓" },
                            Some(false) => text.mark-no x=(n(x + cell_w - 14.0)) y=(n(y + cell_h / 2.0 + 5.0))
                                text-anchor="middle" font-size="14" font-weight="700" fill=(ink) { "✗" },
                            None => {},
                        }
                    }
                }
            }
        }
    }
}

/// One small chart per issue: options down the side, one column per party coloured by the
/// party's value for the option, and a mark on the options inside the zone of possible
/// agreement.
pub fn zopa_issue(s: &ScenarioView, z: &IssueZopa) -> Markup {
    let label_w = z
        .options
        .iter()
        .map(|o| text_width(&truncate(o, 34), 12.0))
        .fold(90.0, f64::max)
        + 10.0;
    let cell_w = 66.0;
    let row_h = if z.options.len() > 8 { 16.0 } else { 22.0 };
    let head = 22.0;
    let mark_w = 26.0;
    let w = mark_w + label_w + s.parties.len() as f64 * cell_w + 4.0;
    let h = head + z.options.len() as f64 * row_h + 4.0;
    let font = if row_h < 20.0 { "10" } else { "11" };
    html! {
        svg.chart.zopa xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label={"How each party values the options on " (z.issue)} data-chart="zopa" {
            @for (k, party) in s.parties.iter().enumerate() {
                text x=(n(mark_w + label_w + (k as f64 + 0.5) * cell_w)) y="15" text-anchor="middle" font-size="11" font-weight="600" {
                    title { (party.name) } (truncate(&party.name, 11))
                }
            }
            @for (o, label) in z.options.iter().enumerate() {
                @let y = head + o as f64 * row_h;
                @let in_zone = z.zone.contains(&o);
                @if in_zone {
                    rect.zone x="0" y=(n(y + 1.0)) width=(n(w)) height=(n(row_h - 2.0)) fill="#009E73" fill-opacity="0.12" {}
                    text x="9" y=(n(y + row_h / 2.0 + 4.0)) text-anchor="middle" font-size="12" font-weight="700" fill="#00734f" {
                        title { "“" (label) "” is part of at least one package every party accepts" } "✓"
                    }
                }
                text x=(n(mark_w + label_w - 8.0)) y=(n(y + row_h / 2.0 + 4.0)) text-anchor="end" font-size=(font) {
                    title { (label) } (truncate(label, 34))
                }
                @for k in 0..s.parties.len() {
                    @let v = z.values.get(o).and_then(|r| r.get(k)).copied().unwrap_or(f64::NAN);
                    @let (fill, ink) = heat_colour(v);
                    @let x = mark_w + label_w + k as f64 * cell_w;
                    rect x=(n(x + 1.0)) y=(n(y + 1.0)) width=(n(cell_w - 2.0)) height=(n(row_h - 2.0)) fill=(fill) {
                        title { (s.parties[k].name) " values “" (label) "” at " (if v.is_finite() { score(v) } else { "?".into() }) " out of 100" }
                    }
                    text x=(n(x + cell_w / 2.0)) y=(n(y + row_h / 2.0 + 3.5)) text-anchor="middle" font-size=(font) fill=(ink) {
                        (if v.is_finite() { score(v) } else { "–".into() })
                    }
                }
            }
        }
    }
}

/// Marker shapes for the bargaining solutions, so they differ by more than colour.
fn solution_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "nash" => ("#D55E00", "Nash"),
        "kalai_smorodinsky" => ("#CC79A7", "Kalai–Smorodinsky"),
        "egalitarian" => ("#009E73", "Egalitarian"),
        "utilitarian" => ("#E69F00", "Utilitarian"),
        _ => ("#000000", "Other"),
    }
}

pub fn solution_name(kind: &str) -> &'static str {
    solution_style(kind).1
}

fn marker(kind: &str, x: f64, y: f64, colour: &str) -> Markup {
    let r = 7.0;
    match kind {
        "nash" => {
            html! { rect.solution x=(n(x - r)) y=(n(y - r)) width=(n(2.0 * r)) height=(n(2.0 * r)) fill=(colour) stroke="#fff" stroke-width="1.5" {} }
        }
        "kalai_smorodinsky" => html! {
            polygon.solution points={(n(x)) "," (n(y - r - 1.0)) " " (n(x + r + 1.0)) "," (n(y + r)) " " (n(x - r - 1.0)) "," (n(y + r))}
                fill=(colour) stroke="#fff" stroke-width="1.5" {}
        },
        "egalitarian" => html! {
            polygon.solution points={(n(x)) "," (n(y - r - 2.0)) " " (n(x + r + 2.0)) "," (n(y)) " " (n(x)) "," (n(y + r + 2.0)) " " (n(x - r - 2.0)) "," (n(y))}
                fill=(colour) stroke="#fff" stroke-width="1.5" {}
        },
        _ => {
            html! { circle.solution cx=(n(x)) cy=(n(y)) r=(n(r)) fill=(colour) stroke="#fff" stroke-width="1.5" {} }
        }
    }
}

/// The Pareto frontier for two parties: every proposal, the frontier as a staircase line,
/// the solution points, and the walk-away lines.
pub fn frontier(f: &FrontierView, name_a: &str, name_b: &str) -> Markup {
    let (w, h) = (640.0, 470.0);
    let (left, right, top, bottom) = (58.0, 190.0, 16.0, 50.0);
    let pw = w - left - right;
    let ph = h - top - bottom;
    let x = |u: f64| left + u.clamp(0.0, 1.0) * pw;
    let y = |u: f64| top + (1.0 - u.clamp(0.0, 1.0)) * ph;
    let line: String = f
        .frontier
        .iter()
        .map(|&(a, b)| format!("{},{}", n(x(a)), n(y(b))))
        .collect::<Vec<_>>()
        .join(" ");
    let ticks = [0.0, 0.25, 0.5, 0.75, 1.0];
    html! {
        svg.chart.frontier xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label={"Pareto frontier for " (name_a) " and " (name_b)} data-chart="frontier" {
            @if let Some((da, db)) = f.disagreement {
                rect.agree-region x=(n(x(da))) y=(n(y(1.0))) width=(n(x(1.0) - x(da))) height=(n(y(db) - y(1.0)))
                    fill="#009E73" fill-opacity="0.08" {
                    title { "Outcomes both " (name_a) " and " (name_b) " prefer to walking away" }
                }
                line x1=(n(x(da))) y1=(n(y(0.0))) x2=(n(x(da))) y2=(n(y(1.0))) stroke="#888" stroke-dasharray="4 3" {}
                line x1=(n(x(0.0))) y1=(n(y(db))) x2=(n(x(1.0))) y2=(n(y(db))) stroke="#888" stroke-dasharray="4 3" {}
            }
            @for t in ticks {
                line x1=(n(x(t))) y1=(n(y(0.0))) x2=(n(x(t))) y2=(n(y(0.0) + 5.0)) stroke="#333" {}
                text x=(n(x(t))) y=(n(y(0.0) + 18.0)) text-anchor="middle" font-size="11" { (score(t)) }
                line x1=(n(x(0.0) - 5.0)) y1=(n(y(t))) x2=(n(x(0.0))) y2=(n(y(t))) stroke="#333" {}
                text x=(n(x(0.0) - 8.0)) y=(n(y(t) + 4.0)) text-anchor="end" font-size="11" { (score(t)) }
            }
            rect x=(n(left)) y=(n(top)) width=(n(pw)) height=(n(ph)) fill="none" stroke="#333" {}
            text x=(n(left + pw / 2.0)) y=(n(h - 10.0)) text-anchor="middle" font-size="13" { "Utility for " (name_a) }
            text x="14" y=(n(top + ph / 2.0)) text-anchor="middle" font-size="13"
                transform={"rotate(-90 14 " (n(top + ph / 2.0)) ")"} { "Utility for " (name_b) }
            @if !f.frontier.is_empty() {
                polyline.frontier-line points=(line) fill="none" stroke="#0072B2" stroke-width="2" {}
                @for &(a, b) in &f.frontier {
                    circle.frontier-point cx=(n(x(a))) cy=(n(y(b))) r="2.5" fill="#0072B2" {}
                }
            }
            @for p in &f.proposals {
                g.proposal {
                    circle cx=(n(x(p.a))) cy=(n(y(p.b))) r="5" fill="#fff" stroke="#333" stroke-width="1.5" {
                        title { (p.label) ": " (name_a) " " (score(p.a)) ", " (name_b) " " (score(p.b)) }
                    }
                    text x=(n(x(p.a) + 7.0)) y=(n(y(p.b) - 6.0)) font-size="11" fill="#333"
                        stroke="#fff" stroke-width="3" paint-order="stroke" { (truncate(&p.label, 22)) }
                }
            }
            @for (i, s) in f.solutions.iter().enumerate() {
                @let (colour, _) = solution_style(&s.kind);
                // Solutions often pick the same package: fan coinciding marks out so each shows.
                @let dup = f.solutions[..i].iter().filter(|o| (x(o.a) - x(s.a)).abs() < 6.0 && (y(o.b) - y(s.b)).abs() < 6.0).count();
                @let (mx, my) = (x(s.a) + dup as f64 * 13.0, y(s.b) - dup as f64 * 13.0);
                g.solution-point {
                    @if dup > 0 { line x1=(n(x(s.a))) y1=(n(y(s.b))) x2=(n(mx)) y2=(n(my)) stroke="#555" stroke-width="1" {} }
                    (marker(&s.kind, mx, my, colour))
                    title { (solution_name(&s.kind)) ": " (s.outcome.join("; ")) " (" (name_a) " " (score(s.a)) ", " (name_b) " " (score(s.b)) ")" }
                }
            }
            // Legend
            @let lx = left + pw + 18.0;
            g.legend font-size="12" {
                line x1=(n(lx)) y1=(n(top + 10.0)) x2=(n(lx + 18.0)) y2=(n(top + 10.0)) stroke="#0072B2" stroke-width="2" {}
                text x=(n(lx + 26.0)) y=(n(top + 14.0)) { "Pareto frontier" }
                circle cx=(n(lx + 9.0)) cy=(n(top + 32.0)) r="5" fill="#fff" stroke="#333" stroke-width="1.5" {}
                text x=(n(lx + 26.0)) y=(n(top + 36.0)) { "Proposal" }
                @for (i, kind) in ["nash", "kalai_smorodinsky", "egalitarian", "utilitarian"].iter().enumerate() {
                    @let (colour, label) = solution_style(kind);
                    @let yy = top + 54.0 + i as f64 * 22.0;
                    (marker(kind, lx + 9.0, yy, colour))
                    text x=(n(lx + 26.0)) y=(n(yy + 4.0)) { (label) }
                }
                @if f.disagreement.is_some() {
                    line x1=(n(lx)) y1=(n(top + 148.0)) x2=(n(lx + 18.0)) y2=(n(top + 148.0)) stroke="#888" stroke-dasharray="4 3" {}
                    text x=(n(lx + 26.0)) y=(n(top + 152.0)) { "Walk-away point" }
                }
            }
        }
    }
}

/// Robustness: one bar per proposal with its 95% interval as a whisker.
pub fn robustness(rows: &[RobustnessView]) -> Markup {
    let label_w = rows
        .iter()
        .map(|r| text_width(&truncate(&r.proposal, 40), 12.0))
        .fold(100.0, f64::max)
        + 14.0;
    let bar_w = 420.0;
    let row_h = 28.0;
    let w = label_w + bar_w + 60.0;
    let h = 30.0 + rows.len() as f64 * row_h + 26.0;
    let x = |v: f64| label_w + v.clamp(0.0, 1.0) * bar_w;
    html! {
        svg.chart.robustness xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label="Share of simulations in which each proposal is acceptable to all parties" data-chart="robustness" {
            @for t in [0.0, 0.25, 0.5, 0.75, 1.0] {
                line x1=(n(x(t))) y1="22" x2=(n(x(t))) y2=(n(h - 22.0)) stroke="#ddd" {}
                text x=(n(x(t))) y=(n(h - 6.0)) text-anchor="middle" font-size="11" { (pct(t)) }
            }
            @for (i, r) in rows.iter().enumerate() {
                @let yy = 26.0 + i as f64 * row_h;
                text x=(n(label_w - 8.0)) y=(n(yy + 15.0)) text-anchor="end" font-size="12" {
                    title { (r.proposal) } (truncate(&r.proposal, 40))
                }
                rect.bar x=(n(x(0.0))) y=(n(yy + 3.0)) width=(n(x(r.probability) - x(0.0))) height="16" fill="#56B4E9" {
                    title { (r.proposal) ": acceptable to all in " (pct(r.probability)) " of " (r.draws) " simulations (95% interval " (pct(r.low)) "–" (pct(r.high)) ")" }
                }
                line.interval x1=(n(x(r.low))) y1=(n(yy + 11.0)) x2=(n(x(r.high))) y2=(n(yy + 11.0)) stroke="#1a1a1a" stroke-width="1.5" {}
                line x1=(n(x(r.low))) y1=(n(yy + 5.0)) x2=(n(x(r.low))) y2=(n(yy + 17.0)) stroke="#1a1a1a" stroke-width="1.5" {}
                line x1=(n(x(r.high))) y1=(n(yy + 5.0)) x2=(n(x(r.high))) y2=(n(yy + 17.0)) stroke="#1a1a1a" stroke-width="1.5" {}
                text x=(n(x(r.high.max(r.probability)) + 6.0)) y=(n(yy + 15.0)) font-size="11" fill="#333" { (pct(r.probability)) }
            }
        }
    }
}

/// Days since the common era for an ISO date at any precision ("2025", "2025-06",
/// "2025-06-02"); partial dates fall on the first day of their period.
pub fn day_number(date: &str) -> Option<i64> {
    use chrono::{Datelike, NaiveDate};
    let mut parts = date.trim().splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next().map_or(Ok(1), str::parse).ok()?;
    let d: u32 = parts
        .next()
        .map_or(Ok(1), |s| s.get(..2).unwrap_or(s).parse())
        .ok()?;
    NaiveDate::from_ymd_opt(y, m, d).map(|nd| i64::from(nd.num_days_from_ce()))
}

#[cfg(test)]
fn date_label(day: i64) -> String {
    date_of(day).map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

fn date_of(day: i64) -> Option<chrono::NaiveDate> {
    i32::try_from(day)
        .ok()
        .and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
}

/// Tick positions and labels for a day range: years, months, weeks or days, at most ~8.
fn date_ticks(lo: i64, hi: i64) -> Vec<(i64, String)> {
    use chrono::Datelike;
    let (Some(a), Some(b)) = (date_of(lo), date_of(hi)) else {
        return Vec::new();
    };
    let span = hi - lo;
    let mut ticks = Vec::new();
    if span > 3 * 365 {
        let step = ((b.year() - a.year()) / 7 + 1).max(1);
        let mut y = a.year() + 1;
        while y <= b.year() {
            if let Some(d) = chrono::NaiveDate::from_ymd_opt(y, 1, 1) {
                ticks.push((i64::from(d.num_days_from_ce()), y.to_string()));
            }
            y += step;
        }
    } else if span > 100 {
        let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
        let step = (months / 7 + 1).max(1);
        let (mut y, mut m) = (a.year(), a.month() as i32 + 1);
        loop {
            if m > 12 {
                y += 1;
                m -= 12;
            }
            let Some(d) = chrono::NaiveDate::from_ymd_opt(y, m as u32, 1) else {
                break;
            };
            let day = i64::from(d.num_days_from_ce());
            if day > hi {
                break;
            }
            ticks.push((day, d.format("%b %Y").to_string()));
            m += step;
        }
    } else {
        let step = (span / 7).max(1);
        let mut day = lo + step / 2;
        while day <= hi {
            if let Some(d) = date_of(day) {
                ticks.push((day, d.format("%-d %b %Y").to_string()));
            }
            day += step;
        }
    }
    ticks
}

/// Dated events and quotes on a time axis: one lane per side for quotes, one lane for other
/// dated events. The axis covers the quotes and the central 80% of the other dates; the
/// rest are counted under the chart rather than squashing it. `href` gives each mark a link
/// target, or `None` for no link.
pub fn timeline(events: &[EventView], href: &dyn Fn(&EventView) -> Option<String>) -> Markup {
    const DATES_LANE: &str = "Dates mentioned";
    let dated: Vec<(i64, &EventView)> = events
        .iter()
        .filter_map(|e| day_number(&e.date).map(|d| (d, e)))
        .collect();
    let lane_of = |e: &EventView| -> String {
        if e.kind == "quote" {
            e.party.clone().unwrap_or_else(|| "Others".to_string())
        } else {
            DATES_LANE.to_string()
        }
    };
    let mut lanes: Vec<String> = Vec::new();
    for (_, e) in &dated {
        let lane = lane_of(e);
        if !lanes.contains(&lane) {
            lanes.push(lane);
        }
    }
    lanes.sort_by_key(|l| (l == DATES_LANE, l == "Others", l.clone()));
    let mut days: Vec<i64> = dated.iter().map(|d| d.0).collect();
    days.sort_unstable();
    let pct = |q: f64| -> i64 {
        days.get(((days.len().saturating_sub(1)) as f64 * q).round() as usize)
            .copied()
            .unwrap_or(0)
    };
    let quote_days: Vec<i64> = dated
        .iter()
        .filter(|(_, e)| e.kind == "quote")
        .map(|d| d.0)
        .collect();
    // Centre on what was said when there are quotes; otherwise on the middle 80% of dates.
    let (lo, hi) = match (quote_days.iter().min(), quote_days.iter().max()) {
        (Some(&a), Some(&b)) => {
            let margin = ((b - a) / 4).max(45);
            (a - margin, b + margin)
        }
        _ if days.len() >= 10 => (pct(0.1), pct(0.9)),
        _ => (
            days.first().copied().unwrap_or(0),
            days.last().copied().unwrap_or(1),
        ),
    };
    let outside: Vec<i64> = days
        .iter()
        .copied()
        .filter(|d| *d < lo || *d > hi)
        .collect();
    let (lo, hi) = if hi - lo < 6 {
        (lo - 3, hi + 3)
    } else {
        let pad = ((hi - lo) as f64 * 0.03).ceil() as i64;
        (lo - pad, hi + pad)
    };
    let label_w = lanes
        .iter()
        .map(|l| text_width(&truncate(l, 22), 13.5))
        .fold(70.0, f64::max)
        + 14.0;
    let plot_w = 760.0;
    let lane_h = 40.0;
    let w = label_w + plot_w + 44.0;
    let axis_y = 14.0 + lanes.len().max(1) as f64 * lane_h;
    let h = axis_y + if outside.is_empty() { 30.0 } else { 48.0 };
    let span = (hi - lo).max(1) as f64;
    let x = |d: i64| label_w + (d - lo) as f64 / span * plot_w;
    // Marks that fall on the same spot of a lane are stacked up and down.
    let mut crowd: std::collections::HashMap<(usize, i64), usize> =
        std::collections::HashMap::new();
    let marks: Vec<(f64, f64, usize, &EventView)> = dated
        .iter()
        .filter(|(d, _)| *d >= lo && *d <= hi)
        .map(|(d, e)| {
            let li = lanes.iter().position(|l| *l == lane_of(e)).unwrap_or(0);
            let k = crowd.entry((li, (x(*d) / 6.0) as i64)).or_insert(0);
            let offset = match *k % 5 {
                0 => 0.0,
                1 => -8.0,
                2 => 8.0,
                3 => -14.0,
                _ => 14.0,
            };
            *k += 1;
            let cy = 14.0 + li as f64 * lane_h + (lane_h - 4.0) / 2.0 + offset;
            (x(*d), cy, li, *e)
        })
        .collect();
    html! {
        svg.chart.timeline xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label="Timeline of dated events and quotes by party" data-chart="timeline" {
            @for (i, lane) in lanes.iter().enumerate() {
                @let yy = 14.0 + i as f64 * lane_h;
                rect x=(n(label_w)) y=(n(yy)) width=(n(plot_w)) height=(n(lane_h - 4.0))
                    fill=(if i % 2 == 0 { "#f4f6f9" } else { "#fafbfc" }) {}
                text x=(n(label_w - 8.0)) y=(n(yy + lane_h / 2.0 + 2.0)) text-anchor="end" font-size="12" font-weight="600" { (truncate(lane, 22)) }
            }
            @for (t, label) in date_ticks(lo, hi) {
                line x1=(n(x(t))) y1="14" x2=(n(x(t))) y2=(n(axis_y + 4.0)) stroke="#d0d4da" {}
                text x=(n(x(t))) y=(n(axis_y + 18.0)) text-anchor="middle" font-size="11" { (label) }
            }
            @for (mx, my, li, e) in &marks {
                @let colour = if lanes[*li] == DATES_LANE { "#555555" } else { party_colour(*li) };
                @let mark = html! {
                    @if e.kind == "quote" {
                        circle.event.quote cx=(n(*mx)) cy=(n(*my)) r="5.5" fill=(colour) fill-opacity="0.8" stroke="#fff" {
                            title { (e.date) " — " (truncate(&e.text, 200)) }
                        }
                    } @else {
                        rect.event x=(n(mx - 4.5)) y=(n(my - 4.5)) width="9" height="9" fill="#fff" stroke=(colour)
                            stroke-width="1.5" transform={"rotate(45 " (n(*mx)) " " (n(*my)) ")"} {
                            title { (e.date) " — " (truncate(&e.text, 200)) }
                        }
                    }
                };
                @if let Some(link) = href(e) { a href=(link) { (mark) } } @else { (mark) }
            }
            @if dated.is_empty() {
                text x=(n(label_w + plot_w / 2.0)) y=(n(14.0 + lane_h / 2.0)) text-anchor="middle" font-size="13" fill="#555" { "No dated events in the evidence." }
            }
            @if !outside.is_empty() {
                @let first = outside.iter().min().copied().and_then(date_of).map(|d| d.format("%Y").to_string()).unwrap_or_default();
                @let last = outside.iter().max().copied().and_then(date_of).map(|d| d.format("%Y").to_string()).unwrap_or_default();
                text x=(n(label_w)) y=(n(h - 6.0)) font-size="11" fill="#555" {
                    (outside.len()) " further dated mention" @if outside.len() != 1 { "s" }
                    " (" (first) @if first != last { "–" (last) } ") lie outside this window and are not drawn."
                }
            }
        }
    }
}

/// A forecast: the weighted mean position per round, on the issue's scale.
pub fn forecast(f: &ForecastView) -> Markup {
    let (w, h) = (560.0, 220.0);
    let (left, right, top, bottom) = (48.0, 16.0, 14.0, 36.0);
    let pw = w - left - right;
    let ph = h - top - bottom;
    let (lo, hi) = if f.scale.1 > f.scale.0 {
        f.scale
    } else {
        (0.0, 100.0)
    };
    let rounds = f.rounds.len().max(2) - 1;
    let x = |i: usize| left + i as f64 / rounds as f64 * pw;
    let y = |v: f64| top + (1.0 - ((v - lo) / (hi - lo)).clamp(0.0, 1.0)) * ph;
    let line: String = f
        .rounds
        .iter()
        .enumerate()
        .map(|(i, &v)| format!("{},{}", n(x(i)), n(y(v))))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        svg.chart.forecast xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label={"Forecast for " (f.issue)} data-chart="forecast" {
            rect x=(n(left)) y=(n(top)) width=(n(pw)) height=(n(ph)) fill="none" stroke="#333" {}
            @for t in [0.0, 0.5, 1.0] {
                @let v = lo + t * (hi - lo);
                text x=(n(left - 6.0)) y=(n(y(v) + 4.0)) text-anchor="end" font-size="11" { (n(v)) }
            }
            text x=(n(left)) y=(n(h - 18.0)) text-anchor="middle" font-size="11" { "0" }
            text x=(n(left + pw)) y=(n(h - 18.0)) text-anchor="middle" font-size="11" { (rounds) }
            text x=(n(left + pw / 2.0)) y=(n(h - 4.0)) text-anchor="middle" font-size="12" { "Round" }
            @for (name, v) in &f.final_positions {
                circle.actor cx=(n(left + pw - 4.0)) cy=(n(y(*v))) r="3" fill="#999" {
                    title { (name) ": " (n(*v)) }
                }
            }
            polyline.forecast-line points=(line) fill="none" stroke="#D55E00" stroke-width="2" {}
            @for (i, v) in f.rounds.iter().enumerate() {
                circle.round cx=(n(x(i))) cy=(n(y(*v))) r="3" fill="#D55E00" {
                    title { "Round " (i) ": " (n(*v)) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_respect_precision() {
        let d = day_number("2025-06-02").unwrap();
        assert_eq!(day_number("2025-06"), Some(d - 1));
        assert!(day_number("2025").unwrap() < d);
        assert_eq!(day_number("2025-13-01"), None);
        assert_eq!(day_number("soon"), None);
        assert_eq!(date_label(d), "2025-06-02");
    }

    #[test]
    fn heat_colour_is_clamped_and_readable() {
        assert_eq!(heat_colour(-3.0), heat_colour(0.0));
        assert_eq!(heat_colour(0.9).1, "#ffffff");
        assert_eq!(heat_colour(0.1).1, "#1a1a1a");
        assert_eq!(heat_colour(f64::NAN), heat_colour(0.0));
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("Zelenskyy–Putin", 5), "Zele…");
        assert_eq!(truncate("абв", 3), "абв");
    }
}
