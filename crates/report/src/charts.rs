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
    let cell_w = 96.0;
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
                    font-weight="600" font-size="13" { (truncate(&party.name, 14)) }
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

/// One strip per issue: options left to right, one row of cells per party coloured by the
/// party's value, the zone of possible agreement outlined.
pub fn zopa(s: &ScenarioView) -> Markup {
    let issues: &[IssueZopa] = &s.zopa;
    let name_w = s
        .parties
        .iter()
        .map(|p| text_width(&truncate(&p.name, 18), 12.0))
        .fold(80.0, f64::max)
        + 12.0;
    let max_opts = issues
        .iter()
        .map(|z| z.options.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let cell_w = (560.0 / max_opts as f64).clamp(56.0, 130.0);
    let row_h = 20.0;
    let block_h = 40.0 + s.parties.len() as f64 * row_h + 14.0;
    let w = name_w + max_opts as f64 * cell_w + 10.0;
    let h = issues.len() as f64 * block_h + 6.0;
    html! {
        svg.chart.zopa xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label="Zone of possible agreement per issue" data-chart="zopa" {
            @for (i, z) in issues.iter().enumerate() {
                @let top = i as f64 * block_h;
                text x="0" y=(n(top + 16.0)) font-weight="600" font-size="13" {
                    (z.issue)
                    @if z.zone.is_empty() { tspan fill="#b00020" font-weight="400" { "  — no option fits a deal all accept" } }
                }
                @for (o, label) in z.options.iter().enumerate() {
                    @let x = name_w + o as f64 * cell_w;
                    text x=(n(x + cell_w / 2.0)) y=(n(top + 33.0)) text-anchor="middle" font-size="11" fill="#333" {
                        title { (label) } (truncate(label, (cell_w / 6.5) as usize))
                    }
                    @for (k, party) in s.parties.iter().enumerate() {
                        @let v = z.values.get(o).and_then(|r| r.get(k)).copied().unwrap_or(f64::NAN);
                        @let (fill, _) = heat_colour(v);
                        rect x=(n(x + 1.0)) y=(n(top + 40.0 + k as f64 * row_h)) width=(n(cell_w - 2.0))
                            height=(n(row_h - 2.0)) fill=(fill) {
                            title { (party.name) " values “" (label) "” at " (if v.is_finite() { score(v) } else { "?".into() }) }
                        }
                    }
                    @if z.zone.contains(&o) {
                        rect.zone x=(n(x)) y=(n(top + 39.0)) width=(n(cell_w)) height=(n(s.parties.len() as f64 * row_h))
                            fill="none" stroke="#009E73" stroke-width="3" rx="2" {
                            title { "“" (label) "” is in the zone of possible agreement" }
                        }
                    }
                }
                @for (k, party) in s.parties.iter().enumerate() {
                    text x=(n(name_w - 8.0)) y=(n(top + 40.0 + k as f64 * row_h + 14.0)) text-anchor="end" font-size="12" {
                        (truncate(&party.name, 18))
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
            @for s in &f.solutions {
                @let (colour, _) = solution_style(&s.kind);
                g.solution-point {
                    (marker(&s.kind, x(s.a), y(s.b), colour))
                    title { (solution_name(&s.kind)) ": " (s.outcome) " (" (name_a) " " (score(s.a)) ", " (name_b) " " (score(s.b)) ")" }
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

fn date_label(day: i64) -> String {
    use chrono::NaiveDate;
    i32::try_from(day)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// Dated events and quotes on a time axis, one lane per party. `href` gives each mark a
/// link target (the quote's place in the appendix), or `None` for no links.
pub fn timeline(events: &[EventView], href: &dyn Fn(&EventView) -> Option<String>) -> Markup {
    let dated: Vec<(i64, &EventView)> = events
        .iter()
        .filter_map(|e| day_number(&e.date).map(|d| (d, e)))
        .collect();
    let mut lanes: Vec<String> = Vec::new();
    for (_, e) in &dated {
        let lane = e.party.clone().unwrap_or_else(|| "Other".to_string());
        if !lanes.contains(&lane) {
            lanes.push(lane);
        }
    }
    // "Other" last, so named sides come first.
    if let Some(i) = lanes.iter().position(|l| l == "Other") {
        let other = lanes.remove(i);
        lanes.push(other);
    }
    let lo = dated.iter().map(|d| d.0).min().unwrap_or(0);
    let hi = dated.iter().map(|d| d.0).max().unwrap_or(1);
    let (lo, hi) = if hi - lo < 2 {
        (lo - 3, hi + 3)
    } else {
        let pad = ((hi - lo) as f64 * 0.03).ceil() as i64;
        (lo - pad, hi + pad)
    };
    let label_w = lanes
        .iter()
        .map(|l| text_width(&truncate(l, 20), 12.0))
        .fold(70.0, f64::max)
        + 14.0;
    let plot_w = 760.0;
    let lane_h = 34.0;
    let w = label_w + plot_w + 44.0;
    let h = 14.0 + lanes.len().max(1) as f64 * lane_h + 36.0;
    let span = (hi - lo).max(1) as f64;
    let x = |d: i64| label_w + (d - lo) as f64 / span * plot_w;
    let ticks: Vec<i64> = (0..=5)
        .map(|i| lo + (span * i as f64 / 5.0) as i64)
        .collect();
    let axis_y = 14.0 + lanes.len().max(1) as f64 * lane_h;
    html! {
        svg.chart.timeline xmlns="http://www.w3.org/2000/svg" viewBox={"0 0 " (n(w)) " " (n(h))} width=(n(w)) height=(n(h))
            role="img" aria-label="Timeline of dated events and quotes by party" data-chart="timeline" {
            @for (i, lane) in lanes.iter().enumerate() {
                @let yy = 14.0 + i as f64 * lane_h;
                rect x=(n(label_w)) y=(n(yy)) width=(n(plot_w)) height=(n(lane_h - 4.0))
                    fill=(if i % 2 == 0 { "#f4f6f9" } else { "#fafbfc" }) {}
                text x=(n(label_w - 8.0)) y=(n(yy + lane_h / 2.0 + 2.0)) text-anchor="end" font-size="12" font-weight="600" { (truncate(lane, 20)) }
            }
            @for t in &ticks {
                line x1=(n(x(*t))) y1="14" x2=(n(x(*t))) y2=(n(axis_y + 4.0)) stroke="#ccc" {}
                text x=(n(x(*t))) y=(n(axis_y + 18.0)) text-anchor="middle" font-size="11" { (date_label(*t)) }
            }
            @for (d, e) in &dated {
                @let lane = e.party.clone().unwrap_or_else(|| "Other".to_string());
                @let li = lanes.iter().position(|l| *l == lane).unwrap_or(0);
                @let colour = party_colour(li);
                @let cy = 14.0 + li as f64 * lane_h + (lane_h - 4.0) / 2.0;
                @let mark = html! {
                    @if e.kind == "quote" {
                        circle.event.quote cx=(n(x(*d))) cy=(n(cy)) r="6" fill=(colour) fill-opacity="0.75" stroke="#fff" {
                            title { (e.date) " — " (truncate(&e.text, 160)) }
                        }
                    } @else {
                        rect.event x=(n(x(*d) - 5.0)) y=(n(cy - 5.0)) width="10" height="10" fill="none" stroke=(colour)
                            stroke-width="2" transform={"rotate(45 " (n(x(*d))) " " (n(cy)) ")"} {
                            title { (e.date) " — " (truncate(&e.text, 160)) }
                        }
                    }
                };
                @if let Some(link) = href(e) { a href=(link) { (mark) } } @else { (mark) }
            }
            @if dated.is_empty() {
                text x=(n(label_w + plot_w / 2.0)) y=(n(14.0 + lane_h / 2.0)) text-anchor="middle" font-size="13" fill="#555" { "No dated events in the evidence." }
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
