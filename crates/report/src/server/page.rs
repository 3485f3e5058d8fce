//! The dashboard page: the report's views rendered on the server, plus live panels filled
//! by one inline script from the JSON API.

use super::AppState;
use crate::data::{EventView, ReportData};
use crate::html::{self, Anchors, STYLE};
use axum::extract::State;
use axum::response::Html;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use sha2::{Digest, Sha256};

pub const APP_JS: &str = include_str!("app.js");

/// `sha256-…` source expression for the Content-Security-Policy: only this exact script runs.
pub fn script_hash() -> String {
    format!("sha256-{}", base64(&Sha256::digest(APP_JS.as_bytes())))
}

pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Article links in the dashboard are fragments the script understands:
/// `#a:<percent-encoded id>:<start>`.
pub fn article_fragment(id: &str, start: usize) -> String {
    let mut s = String::from("#a:");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            s.push(char::from(b));
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s.push_str(&format!(":{start}"));
    s
}

const DASHBOARD_CSS: &str = r#"
.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; margin: 10px 0 6px; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); gap: 2px; }
.filters input, .filters select { font: inherit; font-size: 0.95rem; padding: 5px 8px; border: 1px solid #b9c0ca; border-radius: 4px; background: #fff; color: var(--ink); }
.filters input[type=search] { min-width: 18em; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.chips button { font: inherit; font-size: 0.88rem; border: 1px solid #b9c0ca; background: #fff; border-radius: 14px; padding: 3px 12px; cursor: pointer; color: var(--ink); }
.chips button[aria-pressed=true] { background: var(--accent); border-color: var(--accent); color: #fff; }
#status { min-height: 1.4em; color: var(--muted); font-size: 0.9rem; }
#status.error { color: var(--no); }
table.quotes td.quote { max-width: 34em; }
table.quotes td.date { white-space: nowrap; }
ul.hits { list-style: none; padding: 0; }
ul.hits li { padding: 6px 0; border-bottom: 1px solid var(--line); }
mark.hit { background: #ffe08a; }
#article-view[hidden] { display: none; }
.editor { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 14px; }
.editor fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px 12px; }
.editor legend { font-weight: 600; padding: 0 4px; }
.editor .row { display: grid; grid-template-columns: 1fr 5em; gap: 6px; align-items: center; margin: 3px 0; font-size: 0.9rem; }
.editor .row input { width: 5em; font: inherit; padding: 2px 4px; }
.editor details { margin: 6px 0; font-size: 0.9rem; }
.editor summary { cursor: pointer; color: var(--accent); }
.editor h5 { margin: 10px 0 2px; font-size: 0.85rem; color: var(--muted); }
table.utilities td.cell { text-align: center; font-variant-numeric: tabular-nums; }
p.notice { background: #fff3b0; border: 1px solid #e6c200; padding: 8px 12px; border-radius: 6px; }
button.link { background: none; border: none; color: var(--accent); text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
"#;

pub async fn dashboard(State(state): State<AppState>) -> Html<String> {
    Html(render(&state).into_string())
}

fn render(state: &AppState) -> Markup {
    let snapshot = state.view();
    let data: &ReportData = &snapshot.report;
    let anchors = Anchors::new(&data.evidence.articles);
    let scenario = data.scenario.as_ref();
    let editable = snapshot.analyzer.is_some() && scenario.is_some();
    let href = |e: &EventView| Some(article_fragment(&e.article, e.start));
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (data.title) " — detente dashboard" }
                link rel="icon" href="data:,";
                style { (PreEscaped(STYLE)) (PreEscaped(DASHBOARD_CSS)) }
            }
            body data-editable=(if editable { "true" } else { "false" }) {
                header.top { div.wrap {
                    h1 { (data.title) }
                    p {
                        @if let Some(s) = scenario { "Scenario: " (s.name) " · " }
                        "Live dashboard: search the evidence, filter the quotes, try different numbers."
                    }
                } }
                nav.toc { ul {
                    li { a href="#overview" { "Overview" } }
                    li { a href="#evidence" { "Quotes & search" } }
                    li { a href="#timeline" { "Timeline" } }
                    @if scenario.is_some() { li { a href="#scenario" { "The scenario" } } }
                    @if scenario.is_some() { li { a href="#proposals" { "Proposals × parties" } } }
                    @if scenario.is_some_and(|s| s.frontier.is_some()) { li { a href="#frontier" { "Pareto frontier" } } }
                    @if scenario.is_some_and(|s| !s.robustness.is_empty()) { li { a href="#robustness" { "Robustness" } } }
                    @if !data.forecasts.is_empty() { li { a href="#forecast" { "Forecasts" } } }
                    @if editable { li { a href="#editor" { "Try different numbers" } } }
                    li { a href="/new" { "New since last visit" } }
                } }
                main {
                    @if snapshot.pending {
                        p.notice { "The scenario is still being analysed; reload this page in a few seconds to see the charts. Quotes and search work already." }
                    }
                    (html::overview(data))
                    section #evidence {
                        h2 { "Quotes and search" }
                        p.muted { "Search every article and quote, or narrow the table of quotes by side, speaker, issue and date. "
                            "Click “article” to read a quote in context." }
                        div.filters {
                            label { "Search articles and quotes"
                                input #f-q type="search" placeholder="e.g. ceasefire" autocomplete="off" maxlength="200"; }
                            label { "Speaker" select #f-speaker { option value="" { "All speakers" } } }
                            @if let Some(s) = scenario {
                                @if !s.issues.is_empty() {
                                    label { "Issue" select #f-issue {
                                        option value="" { "All issues" }
                                        @for i in &s.issues { option value=(i.id) { (i.name) } }
                                    } }
                                }
                            }
                            label { "From" input #f-since type="date"; }
                            label { "To" input #f-until type="date"; }
                        }
                        div.chips #f-party role="group" aria-label="Filter by side" {
                            button type="button" data-party="" aria-pressed="true" { "All sides" }
                        }
                        div #status role="status" aria-live="polite" {}
                        div #search-results {}
                        p.muted.downloads { "Download as CSV: "
                            a href="/api/quotes.csv?limit=1000" download="quotes.csv" { "quotes" } " · "
                            a href="/api/actors.csv" download="actors.csv" { "actors" } " · "
                            a href="/api/timeline.csv?limit=1000" download="timeline.csv" { "timeline" }
                        }
                        table.quotes #quotes-table {
                            thead { tr { th { "Date" } th { "Speaker" } th { "Side" } th { "Quote" } th { "Source" } } }
                            tbody {}
                        }
                    }
                    section #article-view hidden {
                        h2 #article-title { "Article" }
                        div.muted #article-meta {}
                        p.muted.legend-inline {
                            span { mark.quote { "quote" } } span { mark.claim { "reported speech" } } span { mark.date { "date" } }
                        }
                        div.article { div.body #article-body {} }
                    }
                    (html::timeline_section_with(data, &href))
                    @if let Some(s) = scenario {
                        (html::scenario_section(s))
                        (html::proposals_section(s))
                        (html::frontier_section(s))
                        (html::robustness_section(s))
                    }
                    (html::forecast_section(data))
                    (html::positions_section(data, &anchors))
                    @if editable {
                        section #editor {
                            h2 { "Try different numbers" }
                            p.muted { "Change how much a party cares about an issue, how it rates an option, or where it walks away. "
                                "The analysis is recomputed on the server as you type." }
                            h3 { "Result" }
                            ul.findings #editor-findings {}
                            div.scroll { table.utilities #editor-table {} }
                            figure.narrow #editor-figure {}
                            h3 { "The numbers" }
                            div.editor #editor-form {}
                        }
                    }
                    footer { "detente dashboard · serving on this computer only" }
                }
                script { (PreEscaped(APP_JS)) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn fragments_encode_everything_but_safe_bytes() {
        assert_eq!(
            article_fragment("a b\"<x>.txt", 7),
            "#a:a%20b%22%3Cx%3E.txt:7"
        );
    }
}
