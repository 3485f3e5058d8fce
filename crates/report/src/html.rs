//! The self-contained HTML report: one file, inline CSS and SVG, no scripts.
//!
//! Every section is a separate function so the dashboard can show the same views.

use crate::charts;
use crate::data::{ArticleView, EventView, QuoteView, ReportData, ScenarioView, SpanView};
use crate::findings::headline_findings;
use maud::{html, Markup, PreEscaped, DOCTYPE};
use std::collections::{BTreeMap, HashMap};

pub const STYLE: &str = include_str!("style.css");

/// How articles and spans are linked from quotes and timeline marks.
pub struct Anchors {
    by_article: HashMap<String, usize>,
    titles: HashMap<String, String>,
}

impl Anchors {
    pub fn new(articles: &[ArticleView]) -> Self {
        Anchors {
            by_article: articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.clone(), i))
                .collect(),
            titles: articles
                .iter()
                .filter_map(|a| Some((a.id.clone(), a.title.clone()?)))
                .collect(),
        }
    }

    /// The article's title when known, else its name.
    pub fn title<'a>(&'a self, id: &'a str) -> &'a str {
        self.titles.get(id).map_or(id, String::as_str)
    }

    /// The anchor of an article in the appendix. Built from its index, never from its id,
    /// so no article name ever ends up inside an attribute we did not write.
    pub fn article(&self, id: &str) -> Option<String> {
        self.by_article.get(id).map(|i| format!("art-{i}"))
    }

    pub fn span(&self, id: &str, start: usize, end: usize) -> Option<String> {
        self.by_article
            .get(id)
            .map(|i| format!("art-{i}-{start}-{end}"))
    }
}

/// Article text with the given spans wrapped in `<mark>`, each with an anchor id
/// `{prefix}-{start}-{end}`. Spans that overlap an earlier one, run past the text or cut a
/// UTF-8 character are left unmarked rather than corrupting the text.
pub fn highlighted_text(text: &str, spans: &[SpanView], prefix: &str) -> Markup {
    let mut spans: Vec<&SpanView> = spans
        .iter()
        .filter(|s| {
            s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        })
        .collect();
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut pieces: Vec<(&str, Option<&SpanView>)> = Vec::new();
    let mut at = 0;
    for s in spans {
        if s.start < at {
            continue;
        }
        pieces.push((&text[at..s.start], None));
        pieces.push((&text[s.start..s.end], Some(s)));
        at = s.end;
    }
    pieces.push((&text[at..], None));
    html! {
        @for (piece, span) in pieces {
            @if let Some(s) = span {
                mark class=(match s.kind.as_str() { "quote" => "quote", "claim" => "claim", "date" => "date", _ => "event" })
                    id={(prefix) "-" (s.start) "-" (s.end)}
                    title=(s.speaker.as_deref().map_or_else(|| s.kind.clone(), |sp| format!("{}: {sp}", s.kind))) {
                    (piece)
                }
            } @else {
                (piece)
            }
        }
    }
}

pub fn overview(data: &ReportData) -> Markup {
    let findings = headline_findings(data);
    let e = &data.evidence;
    html! {
        section #overview {
            h2 { "Overview" }
            @if let Some(s) = &data.scenario {
                @if let Some(d) = &s.description { p.lead { (d) } }
            }
            div.cards {
                @if let Some(s) = &data.scenario {
                    div.card { b { (s.parties.len()) } span { "parties" } }
                    div.card { b { (s.issues.len()) } span { "issues under negotiation" } }
                    div.card { b { (s.proposals.len()) } span { "proposals compared" } }
                }
                div.card { b { (e.quotes.len()) } span { "quotes in the evidence" } }
                div.card { b { (e.articles.len()) } span { "articles" } }
            }
            @if !findings.is_empty() {
                h3 { "Headline findings" }
                ul.findings { @for f in &findings { li { (f) } } }
            }
        }
    }
}

/// Options of an issue for a table cell; long numeric grids are summarised.
fn options_text(i: &crate::data::IssueView) -> String {
    match (i.numeric, i.options.first(), i.options.last()) {
        (true, Some(first), Some(last)) if i.options.len() > 6 => {
            format!("a number from {first} to {last}")
        }
        _ => i.options.join(" · "),
    }
}

/// Parties, issues and proposals as tables (issues down the side, so wide scenarios fit).
pub fn scenario_section(s: &ScenarioView) -> Markup {
    let deals: Vec<&crate::data::ProposalView> =
        s.proposals.iter().filter(|p| !p.no_deal).collect();
    html! {
        section #scenario {
            h2 { "The scenario" }
            h3 { "What each party cares about" }
            p.muted { "How much each party cares about each issue (the weights in a column add up to 100), and the score below which it would rather walk away than accept a deal." }
            table.parties {
                thead { tr { th { "Issue" } @for p in &s.parties { th.num { (p.name) } } } }
                tbody {
                    @for (i, issue) in s.issues.iter().enumerate() { tr {
                        td { (issue.name) }
                        @for p in &s.parties {
                            td.num { @if let Some(w) = p.weights.get(i) { (format!("{:.0}", w * 100.0)) } @else { "–" } }
                        }
                    } }
                    tr.total {
                        td { b { "Walk-away score" } }
                        @for p in &s.parties {
                            td.num { b { @if let Some(r) = p.reservation { (format!("{:.0}", r * 100.0)) } @else { "–" } } }
                        }
                    }
                }
            }
            h3 { "Issues and options" }
            table.issues {
                thead { tr { th { "Issue" } th { "Options" } } }
                tbody { @for i in &s.issues { tr { td { (i.name) } td { (options_text(i)) } } } }
            }
            @if !deals.is_empty() {
                h3 { "Proposals on the table" }
                div.scroll { table.proposals {
                    thead { tr { th { "Issue" } @for p in &deals { th { (p.name) } } } }
                    tbody { @for (i, issue) in s.issues.iter().enumerate() { tr {
                        td { b { (issue.name) } }
                        @for p in &deals { td { (p.choices.get(i).map_or("–", String::as_str)) } }
                    } } }
                } }
            }
        }
    }
}

pub fn timeline_section(data: &ReportData, anchors: &Anchors) -> Markup {
    let href = |e: &EventView| {
        anchors
            .span(&e.article, e.start, e.end)
            .map(|a| format!("#{a}"))
    };
    timeline_section_with(data, &href)
}

/// The timeline with marks linking wherever `href` says.
pub fn timeline_section_with(
    data: &ReportData,
    href: &dyn Fn(&EventView) -> Option<String>,
) -> Markup {
    html! {
        section #timeline {
            h2 { "Timeline" }
            figure {
                (charts::timeline(&data.evidence.events, href))
                figcaption {
                    "Circles are things said (quotes), one row per side; diamonds in the last row are dates the articles mention. "
                    "Hover over a mark to read it; click it to go to the sentence in its article."
                }
            }
        }
    }
}

/// Quotes grouped by speaker, then by the scenario issue they are about.
pub fn who_said_what(data: &ReportData, anchors: &Anchors) -> Markup {
    let issue_name = |id: &str| -> String {
        data.scenario
            .as_ref()
            .and_then(|s| s.issues.iter().find(|i| i.id == id))
            .map_or_else(|| id.to_string(), |i| i.name.clone())
    };
    let mut by_speaker: BTreeMap<String, Vec<&QuoteView>> = BTreeMap::new();
    for q in &data.evidence.quotes {
        let name = q
            .speaker
            .clone()
            .unwrap_or_else(|| "Unattributed".to_string());
        by_speaker.entry(name).or_default().push(q);
    }
    // Most-quoted speakers first; the unattributed last.
    let mut speakers: Vec<(String, Vec<&QuoteView>)> = by_speaker.into_iter().collect();
    speakers.sort_by(|a, b| {
        (a.0 == "Unattributed", std::cmp::Reverse(a.1.len()), &a.0).cmp(&(
            b.0 == "Unattributed",
            std::cmp::Reverse(b.1.len()),
            &b.0,
        ))
    });
    let actor = |name: &str| data.evidence.actors.iter().find(|a| a.name == name);
    html! {
        section #who-said-what {
            h2 { "Who said what" }
            p.muted { "Direct quotes from the articles, grouped by who said them and by the issue they are about. "
                "Each quote links to the exact words in the article it came from (see the appendix)." }
            @if speakers.is_empty() { p { "No quotes in the evidence." } }
            @for (name, quotes) in &speakers {
                div.speaker {
                    h3 { (name) }
                    @if let Some(a) = actor(name) {
                        div.role {
                            @if let Some(r) = &a.role { (r) }
                            @if a.role.is_some() && a.affiliation.is_some() { " · " }
                            @if let Some(f) = &a.affiliation { (f) }
                            (crate::marks::analyst(a.review.as_ref()))
                        }
                    } @else if let Some(f) = quotes.iter().find_map(|q| q.affiliation.as_ref()) {
                        div.role { (f) }
                    }
                    @let groups = group_by_issue(quotes);
                    @for (issue, qs) in &groups {
                        @if groups.len() > 1 || issue.is_some() {
                            h4 { @if let Some(i) = issue { (issue_name(i)) } @else { "Not linked to an issue" } }
                        }
                        @for q in qs { (quote_block(q, anchors)) }
                    }
                }
            }
        }
    }
}

fn group_by_issue<'a>(quotes: &[&'a QuoteView]) -> Vec<(Option<String>, Vec<&'a QuoteView>)> {
    let mut groups: Vec<(Option<String>, Vec<&QuoteView>)> = Vec::new();
    for q in quotes {
        let keys: Vec<Option<String>> = if q.issues.is_empty() {
            vec![None]
        } else {
            q.issues.iter().cloned().map(Some).collect()
        };
        for k in keys {
            match groups.iter_mut().find(|g| g.0 == k) {
                Some(g) => g.1.push(q),
                None => groups.push((k, vec![q])),
            }
        }
    }
    groups.sort_by_key(|g| g.0.is_none());
    for g in &mut groups {
        g.1.sort_by(|a, b| a.date.cmp(&b.date));
    }
    groups
}

fn quote_block(q: &QuoteView, anchors: &Anchors) -> Markup {
    html! {
        blockquote.quote {
            p { "“" (q.text) "”" }
            div.meta {
                @if let Some(d) = &q.date { (d) " · " }
                @if let Some(a) = anchors.article(&q.article) {
                    a href={"#" (a)} { (anchors.title(&q.article)) }
                } @else { (q.article) }
                " · "
                @if let Some(s) = anchors.span(&q.article, q.start, q.end) {
                    a href={"#" (s)} { "bytes " (q.start) "–" (q.end) }
                } @else { "bytes " (q.start) "–" (q.end) }
                (crate::marks::analyst(q.review.as_ref()))
            }
        }
    }
}

pub fn proposals_section(s: &ScenarioView) -> Markup {
    html! {
        section #proposals {
            h2 { "Proposals and parties" }
            @if s.proposals.is_empty() {
                p { "The scenario has no proposals." }
            } @else {
                figure {
                    (charts::heatmap(s))
                    figcaption {
                        "How good each proposal is for each party, on a scale from 0 (the worst possible deal) to 100 (the best). "
                        "Darker cells are better for that party. ✓ means the party prefers the proposal to walking away; "
                        "✗ means it would rather walk away."
                    }
                }
            }
            @if !s.zopa.is_empty() {
                h3 { "Where agreement is possible, issue by issue" }
                figure {
                    div.zopa-grid { @for z in &s.zopa { div { h4 { (z.issue) } (charts::zopa_issue(s, z)) } } }
                    figcaption {
                        "For each issue, how much each party likes each option, from 0 to 100 (darker is better). "
                        "A green ✓ row marks an option that appears in at least one complete package every party prefers to walking away: "
                        "the zone of possible agreement. A single ✓ means any such deal must settle that issue that way; "
                        "no ✓ at all means no package satisfies everyone."
                    }
                }
                @let notes: Vec<_> = s.zopa.iter().filter_map(|z| z.note.as_ref().map(|n| (&z.issue, n))).collect();
                @if !notes.is_empty() {
                    ul { @for (issue, note) in notes { li { b { (issue) } ": " (note) } } }
                }
            }
            @if !s.logrolls.is_empty() {
                h3 { "Trades that help everyone" }
                p.muted { "Starting from a proposal, these changes leave every party better off at once: value the proposal leaves on the table." }
                ul.logrolls { @for l in &s.logrolls { li {
                    "From " b { (l.proposal) } " (every party gains at least " (format!("{:.0}", l.min_gain * 100.0)) " points):"
                    ul { @for (issue, from, to) in &l.changes { li { (issue) ": " span.muted { (from) } " → " (to) } } }
                } } }
            }
        }
    }
}

pub fn frontier_section(s: &ScenarioView) -> Markup {
    let Some(f) = &s.frontier else {
        return html! {};
    };
    let a = s.party_name(&f.party_a);
    let b = s.party_name(&f.party_b);
    html! {
        section #frontier {
            h2 { "Best possible deals for " (a) " and " (b) }
            figure.narrow {
                (charts::frontier(f, &a, &b))
                figcaption {
                    "Every possible deal placed by how good it is for " (a) " (left to right) and for " (b) " (bottom to top). "
                    "The blue line is the Pareto frontier: deals where neither side can gain without the other losing. "
                    "Circles are the proposals on the table; a proposal below the line leaves value unclaimed. "
                    "The coloured marks are four classic fair-division answers. "
                    @if f.disagreement.is_some() { "Deals in the shaded corner beat walking away for both. " }
                    "Out of " (f.outcomes) " possible deals, " (f.frontier.len()) " are on the frontier."
                }
            }
            @if !f.solutions.is_empty() {
                @let same = f.solutions.windows(2).all(|w| w[0].outcome == w[1].outcome);
                table.solutions {
                    thead { tr { th { "Solution" } th { "What it means" } th.num { (a) } th.num { (b) } } }
                    tbody { @for x in &f.solutions { tr {
                        td { (charts::solution_name(&x.kind)) }
                        td.muted { (solution_meaning(&x.kind)) }
                        td.num { (format!("{:.0}", x.a * 100.0)) }
                        td.num { (format!("{:.0}", x.b * 100.0)) }
                    } } }
                }
                h3 { @if same { "The package all four solutions pick" } @else { "The packages they pick" } }
                div.scroll { table.packages {
                    thead { tr {
                        th { "Issue" }
                        @if same { th { "Package" } } @else { @for x in &f.solutions { th { (charts::solution_name(&x.kind)) } } }
                    } }
                    tbody { @for (i, issue) in s.issues.iter().enumerate() { tr {
                        td { b { (issue.name) } }
                        @if same {
                            td { (f.solutions[0].outcome.get(i).map_or("–", String::as_str)) }
                        } @else {
                            @for x in &f.solutions { td { (x.outcome.get(i).map_or("–", String::as_str)) } }
                        }
                    } } }
                } }
            }
        }
    }
}

fn solution_meaning(kind: &str) -> &'static str {
    match kind {
        "nash" => "maximises the product of both sides' gains over walking away",
        "kalai_smorodinsky" => "gives each side the same share of the most it could hope for",
        "egalitarian" => "gives both sides the same gain over walking away",
        "utilitarian" => "maximises the sum of both sides' scores",
        _ => "",
    }
}

pub fn robustness_section(s: &ScenarioView) -> Markup {
    if s.robustness.is_empty() {
        return html! {};
    }
    let draws = s.robustness.first().map_or(0, |r| r.draws);
    html! {
        section #robustness {
            h2 { "How robust are the proposals?" }
            figure {
                (charts::robustness(&s.robustness))
                figcaption {
                    "The weights and values in a scenario are estimates. We redrew them at random " (draws) " times around the analyst's figures "
                    "and counted how often each proposal stayed acceptable to every party. The bar is that share; "
                    "the black whisker is the range it would likely fall in with unlimited simulations (95% interval)."
                }
            }
        }
    }
}

pub fn forecast_section(data: &ReportData) -> Markup {
    if data.forecasts.is_empty() {
        return html! {};
    }
    html! {
        section #forecast {
            h2 { "Forecasts" }
            p.muted { "Where models of group decision-making expect each issue to land. Each line follows the weighted average position round by round; grey dots are the actors' final positions." }
            @for f in &data.forecasts {
                figure.narrow {
                    h3 { (f.issue) " — " (f.model) }
                    (charts::forecast(f))
                    figcaption {
                        "Starts at " (format!("{:.1}", f.rounds.first().copied().unwrap_or(0.0)))
                        " and ends at " (format!("{:.1}", f.rounds.last().copied().unwrap_or(0.0)))
                        " after " (f.rounds.len().saturating_sub(1)) " rounds."
                        @if !f.scale_ends.is_empty() { " Scale: " (f.scale_ends) "." }
                        @if !f.stated.is_empty() { " Forecast: " (f.stated) "." }
                    }
                }
            }
        }
    }
}

pub fn positions_section(data: &ReportData, anchors: &Anchors) -> Markup {
    if data.positions.is_empty() {
        return html! {};
    }
    html! {
        section #positions {
            h2 { "Stated positions" }
            p.muted { "What each side said about each issue, as found in the quotes." }
            table.positions {
                thead { tr { th { "Party" } th { "Issue" } th { "Stance" } th { "Date" } th { "Quote" } } }
                tbody { @for p in &data.positions { tr {
                    td { (p.party) }
                    td { (p.issue) }
                    td { span class=(match p.polarity.as_str() { "supports" => "ok", "rejects" => "no", _ => "muted" }) { (p.polarity) }
                         @if let Some(o) = &p.option { " " (o) }
                         (crate::marks::analyst(p.review.as_ref()))
                         @if !p.cues.is_empty() { br; span.muted.cues { "decided by: " (p.cues.join(", ")) } } }
                    td { (p.date.as_deref().unwrap_or("")) }
                    td {
                        "“" (p.quote) "”"
                        @if let Some(s) = &p.speaker { span.muted { " — " (s) } }
                        @if let Some(a) = anchors.span(&p.article, p.start, p.end) { " " a href={"#" (a)} { "source" } }
                    }
                } } }
            }
        }
    }
}

pub fn articles_appendix(data: &ReportData) -> Markup {
    let arts = &data.evidence.articles;
    if arts.is_empty() {
        return html! {};
    }
    html! {
        section #articles {
            h2 { "Appendix: the articles" }
            p.muted.legend-inline {
                span { mark.quote { "quote" } } span { mark.claim { "reported speech" } } span { mark.date { "date" } }
            }
            @for (i, a) in arts.iter().enumerate() {
                article.article id={"art-" (i)} {
                    h3 { (a.title.as_deref().unwrap_or(&a.id)) }
                    div.muted {
                        (a.id)
                        @if let Some(d) = &a.date {
                            " · " (d)
                            @if let Some(b) = &a.date_basis { " (inferred from " (b) ")" }
                        }
                        @if let Some(u) = &a.url { " · " span.url { (u) } }
                    }
                    div.body { (highlighted_text(&a.text, &a.spans, &format!("art-{i}"))) }
                }
            }
        }
    }
}

/// The whole report as one HTML document.
pub fn render_report(data: &ReportData) -> String {
    let anchors = Anchors::new(&data.evidence.articles);
    let has_scenario = data.scenario.is_some();
    let has_frontier = data.scenario.as_ref().is_some_and(|s| s.frontier.is_some());
    let has_robust = data
        .scenario
        .as_ref()
        .is_some_and(|s| !s.robustness.is_empty());
    let doc = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // Nothing in this file may load or run anything: a second line of defence
                // behind escaping, for article text we do not control.
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                meta name="generator" content="detente";
                title { (data.title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header.top { div.wrap {
                    h1 { (data.title) }
                    @if let Some(s) = &data.scenario { p { "Scenario: " (s.name) } }
                    @if !data.related.is_empty() {
                        p.related { "Other reports: "
                            @for (i, r) in data.related.iter().enumerate() {
                                @if i > 0 { " · " }
                                a href=(r.href) { (r.title) }
                            }
                        }
                    }
                } }
                nav.toc { ul {
                    li { a href="#overview" { "Overview" } }
                    li { a href="#timeline" { "Timeline" } }
                    li { a href="#who-said-what" { "Who said what" } }
                    @if has_scenario { li { a href="#scenario" { "The scenario" } } }
                    @if has_scenario { li { a href="#proposals" { "Proposals × parties" } } }
                    @if has_frontier { li { a href="#frontier" { "Pareto frontier" } } }
                    @if has_robust { li { a href="#robustness" { "Robustness" } } }
                    @if !data.forecasts.is_empty() { li { a href="#forecast" { "Forecasts" } } }
                    @if !data.positions.is_empty() { li { a href="#positions" { "Positions" } } }
                    @if !data.evidence.articles.is_empty() { li { a href="#articles" { "Articles" } } }
                } }
                main {
                    (overview(data))
                    (timeline_section(data, &anchors))
                    (who_said_what(data, &anchors))
                    @if let Some(s) = &data.scenario {
                        (scenario_section(s))
                        (proposals_section(s))
                        (frontier_section(s))
                        (robustness_section(s))
                    }
                    (forecast_section(data))
                    (positions_section(data, &anchors))
                    (articles_appendix(data))
                    footer {
                        "Made with detente"
                        @if let Some(g) = &data.generated { " on " (g) }
                        ". Scores are from the scenario's own figures; they are only as good as those estimates."
                    }
                }
            }
        }
    };
    doc.into_string()
}
