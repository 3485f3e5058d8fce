//! The review desk: `GET /review` lists what most needs an analyst's look (unattributed or
//! non-person speakers, low-confidence stances, stances behind contradictions, actors whose
//! articles give them conflicting sides) with the article text around each span, and one
//! form per decision; `POST /review` records it as a correction (one transaction each) and
//! redirects back. `GET /api/review` gives the same queue as JSON. The stances the linker
//! reads are kept between renders while the evidence is unchanged (see `StanceCache`);
//! timings are in docs/review.md.
//!
//! Writes are refused unless (1) the request is same-origin: `Sec-Fetch-Site`, when sent,
//! is `same-origin` or `none`, and `Origin`, when sent, is this server's own origin; and
//! (2) the form carries the session token the page was rendered with. The token is random
//! per server start unless the user passes one explicitly; without an explicit token the
//! desk accepts writes only when the server listens on a loopback address (decided by the
//! caller, see [`ReviewDesk::new`]).

use super::AppState;
use crate::html::STYLE;
use axum::extract::{Form, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use detente_positions::PositionsFilter;
use detente_store::corrections::{Action, ConflictingSides, Target};
use detente_store::{Correction, QuoteFilter, QuoteRow, Store};
use maud::{html, Markup, DOCTYPE};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::Arc;

/// How many items of each kind the queue shows.
const QUEUE_LIMIT: usize = 25;
/// Stances the linker scored below this are queued for review.
pub const LOW_CONFIDENCE: f64 = 0.5;
/// Bytes of article text shown either side of a span.
const CONTEXT_BYTES: usize = 240;

/// What the desk needs: the store to write to, the scenario stances are read against, the
/// session token and whether writes are allowed at all.
pub struct ReviewDesk {
    db: PathBuf,
    scenario: Option<detente_model::Scenario>,
    token: String,
    writable: bool,
    /// The stances worth a look, from the last time every statement was linked, and what
    /// the store held then (see [`StanceCache`]).
    stances: std::sync::Mutex<Option<StanceCache>>,
}

/// Linking every statement against the scenario is the slow part of the queue (seconds on
/// 100,000 statements), so its result is kept while the evidence it was read from is
/// unchanged: the same counts of articles, quotes and claims, and the same number of
/// corrections other than stances set. Deciding a stance does not make it stale: the
/// stances in force are left out of the queue each time the page is built.
struct StanceCache {
    fingerprint: (i64, i64, i64, usize),
    items: Vec<StanceItem>,
}

impl ReviewDesk {
    /// `explicit_token`: the user's token (writes accepted from any address the server
    /// listens on); `None`: a random token, and writes only if `loopback` (the server's
    /// listening address is a loopback one).
    pub fn new(
        db: PathBuf,
        scenario: Option<detente_model::Scenario>,
        explicit_token: Option<String>,
        loopback: bool,
    ) -> ReviewDesk {
        let writable = explicit_token.is_some() || loopback;
        let token = explicit_token.unwrap_or_else(random_token);
        ReviewDesk {
            db,
            scenario,
            token,
            writable,
            stances: std::sync::Mutex::new(None),
        }
    }

    pub fn token(&self) -> &str {
        &self.token
    }
}

fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The desk's routes; without a desk (no store) they answer 404.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/review", get(page).post(write))
        .route("/api/review", get(queue_json))
}

/// One statement waiting for a look, with its surrounding text.
#[derive(Debug, Clone, Serialize)]
pub struct SpeechItem {
    pub claim: bool,
    pub id: i64,
    pub key: String,
    pub speaker: Option<String>,
    pub mention: Option<String>,
    pub text: String,
    pub article: String,
    pub why: String,
    pub before: String,
    pub after: String,
}

/// One stance waiting for a look.
#[derive(Debug, Clone, Serialize)]
pub struct StanceItem {
    pub key: String,
    pub party: Option<String>,
    pub issue: String,
    pub option: Option<String>,
    pub polarity: String,
    /// The words that decided the polarity (cues, negations, the reporting frame).
    pub cues: Vec<String>,
    pub confidence: f64,
    pub speaker: Option<String>,
    pub clause: String,
    pub text: String,
    pub article: String,
    pub why: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Queue {
    pub speakers: Vec<SpeechItem>,
    pub stances: Vec<StanceItem>,
    pub sides: Vec<ConflictingSides>,
    pub actors: Vec<(i64, String)>,
    pub corrections: usize,
}

/// Whether a statement's speaker needs a look: none was found, or the speaker is not a
/// person (an organisation or a country does not speak by itself, so the extractor probably
/// took the wrong name).
fn speaker_needs_look(
    q: &QuoteRow,
    kind_of: &std::collections::HashMap<i64, String>,
) -> Option<String> {
    match (q.speaker.as_deref(), q.speaker_id) {
        (None, _) => Some("no speaker found".into()),
        (Some(_), Some(id)) => match kind_of.get(&id).map(String::as_str) {
            Some("person") | None => None,
            Some(kind) => Some(format!("speaker is a {kind}, not a person")),
        },
        (Some(_), None) => Some("speaker is not a stored actor".into()),
    }
}

/// `text[start-n..start]` and `text[end..end+n]` on character boundaries.
fn around(text: &str, start: usize, end: usize) -> (String, String) {
    let mut a = start.saturating_sub(CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let before = text.get(a..start).unwrap_or("").to_string();
    let after = text.get(end..b).unwrap_or("").to_string();
    (before, after)
}

/// How many statements the speaker queue reads per query while it looks for items.
const SPEECH_PAGE: usize = 1000;

fn build_queue(desk: &ReviewDesk) -> Result<Queue, String> {
    let store = Store::open_read_only(&desk.db).map_err(|e| e.to_string())?;
    let actors = store
        .actors(&detente_store::ActorFilter::default())
        .map_err(|e| e.to_string())?;
    let kind_of: std::collections::HashMap<i64, String> =
        actors.iter().map(|a| (a.id, a.kind.clone())).collect();
    let mut texts: std::collections::HashMap<i64, String> = std::collections::HashMap::new();
    let mut speakers = Vec::new();
    for claim in [false, true] {
        let wanted = QUEUE_LIMIT * (usize::from(claim) + 1);
        let mut offset = 0;
        'pages: while speakers.len() < wanted {
            let f = QuoteFilter {
                limit: Some(SPEECH_PAGE),
                offset,
                ..QuoteFilter::default()
            };
            let rows = if claim {
                store.claims(&f)
            } else {
                store.quotes(&f)
            }
            .map_err(|e| e.to_string())?;
            let last_page = rows.len() < SPEECH_PAGE;
            offset += rows.len();
            for q in rows {
                if speakers.len() >= wanted {
                    break 'pages;
                }
                if q.review.is_some() {
                    continue;
                }
                let Some(why) = speaker_needs_look(&q, &kind_of) else {
                    continue;
                };
                let text = match texts.entry(q.article_id) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => e.insert(
                        store
                            .article_with(q.article_id, true)
                            .map_err(|e| e.to_string())?
                            .map(|d| d.text)
                            .unwrap_or_default(),
                    ),
                };
                let (before, after) = around(
                    text,
                    usize::try_from(q.start).unwrap_or(0),
                    usize::try_from(q.end).unwrap_or(0),
                );
                speakers.push(SpeechItem {
                    claim,
                    id: q.id,
                    key: q.key,
                    speaker: q.speaker,
                    mention: q.speaker_mention,
                    text: q.text,
                    article: q.article,
                    why,
                    before,
                    after,
                });
            }
            if last_page {
                break;
            }
        }
    }
    let corrections = store.corrections().map_err(|e| e.to_string())?;
    let decided_stances = store
        .corrections_in_force(Target::Stance)
        .map_err(|e| e.to_string())?;
    let mut stances = Vec::new();
    if let Some(sc) = &desk.scenario {
        let stats = store.stats().map_err(|e| e.to_string())?;
        let fingerprint: (i64, i64, i64, usize) = (
            stats.articles,
            stats.quotes,
            stats.claims,
            corrections_changing_stances(&corrections),
        );
        let mut cache = desk
            .stances
            .lock()
            .map_err(|_| "the stance queue's lock was poisoned".to_string())?;
        if cache.as_ref().map(|c| c.fingerprint) != Some(fingerprint) {
            *cache = Some(StanceCache {
                fingerprint,
                items: stance_candidates(&store, sc)?,
            });
        }
        stances = cache
            .as_ref()
            .map(|c| c.items.as_slice())
            .unwrap_or_default()
            .iter()
            .filter(|s| !decided_stances.contains_key(&s.key))
            .take(QUEUE_LIMIT)
            .cloned()
            .collect();
    }
    let sides = store
        .actors_with_conflicting_sides(QUEUE_LIMIT)
        .map_err(|e| e.to_string())?;
    Ok(Queue {
        speakers,
        stances,
        sides,
        actors: actors
            .into_iter()
            .take(200)
            .map(|a| (a.id, a.name))
            .collect(),
        corrections: corrections.len(),
    })
}

/// How many corrections can change which stances the linker's reading gives, other than by
/// deciding one stance: every correction but a stance's `set` (an undo brings a stance
/// back).
fn corrections_changing_stances(corrections: &[Correction]) -> usize {
    corrections
        .iter()
        .filter(|c| !(c.target == Target::Stance && c.action == Action::Set))
        .count()
}

/// Every stance worth a look, most urgent first: those behind a contradiction with the
/// scenario, then the least confident (under [`LOW_CONFIDENCE`]), then those with no party;
/// stances the analyst already decided are left out.
fn stance_candidates(
    store: &Store,
    sc: &detente_model::Scenario,
) -> Result<Vec<StanceItem>, String> {
    let report = detente_positions::positions_from_store(store, sc, &PositionsFilter::default())
        .map_err(|e| e.to_string())?;
    let contradicted: std::collections::HashSet<(String, usize)> = report
        .contradictions
        .iter()
        .flat_map(|c| {
            c.citations
                .iter()
                .map(|x| (x.article.clone(), x.clause_start))
        })
        .collect();
    let entries = report
        .parties
        .iter()
        .flat_map(|p| p.issues.iter().flat_map(|i| i.timeline.iter()))
        .chain(report.unattributed.iter());
    let mut stances = Vec::new();
    for e in entries {
        let Some(key) = &e.key else { continue };
        if e.review.is_some() {
            continue;
        }
        let in_contradiction =
            contradicted.contains(&(e.citation.article.clone(), e.citation.clause_start));
        let why = if in_contradiction {
            "behind a contradiction with the scenario".to_string()
        } else if e.confidence < LOW_CONFIDENCE {
            format!("low confidence {:.2}", e.confidence)
        } else if e.party.is_none() {
            "no party".to_string()
        } else {
            continue;
        };
        stances.push(StanceItem {
            key: key.clone(),
            party: e.party.clone(),
            issue: e.issue.clone(),
            option: e.option.clone(),
            polarity: e.polarity.as_str().to_string(),
            cues: e.cues.clone(),
            confidence: e.confidence,
            speaker: e.citation.speaker.clone(),
            clause: e.citation.clause.clone(),
            text: e.citation.text.clone(),
            article: e.citation.article.clone(),
            why,
        });
    }
    // Contradictions first, then the least confident.
    stances.sort_by(|a, b| {
        let c = |s: &StanceItem| !s.why.starts_with("behind");
        c(a).cmp(&c(b)).then(a.confidence.total_cmp(&b.confidence))
    });
    Ok(stances)
}

/// The review page as `GET /review` renders it (the queue read from the store, then the
/// HTML), without the HTTP around it: for benchmarks and callers outside a server.
pub fn review_page(desk: &ReviewDesk) -> Result<String, String> {
    build_queue(desk).map(|q| render(desk, &q).into_string())
}

fn desk(state: &AppState) -> Option<Arc<ReviewDesk>> {
    state.review_desk()
}

async fn queue_json(State(state): State<AppState>) -> Response {
    let Some(desk) = desk(&state) else {
        return (StatusCode::NOT_FOUND, "no review desk: serve with --db\n").into_response();
    };
    match tokio::task::spawn_blocking(move || build_queue(&desk)).await {
        Ok(Ok(q)) => axum::Json(q).into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "the queue failed").into_response(),
    }
}

async fn page(State(state): State<AppState>) -> Response {
    let Some(desk) = desk(&state) else {
        return (StatusCode::NOT_FOUND, "no review desk: serve with --db\n").into_response();
    };
    let d = Arc::clone(&desk);
    match tokio::task::spawn_blocking(move || build_queue(&d)).await {
        Ok(Ok(q)) => Html(render(&desk, &q).into_string()).into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "the queue failed").into_response(),
    }
}

/// A hidden-field form that posts one decision.
fn decision(
    desk: &ReviewDesk,
    target: &str,
    key: &str,
    field: &str,
    value: &str,
    label: &str,
) -> Markup {
    html! {
        form.decide method="post" action="/review" {
            input type="hidden" name="token" value=(desk.token);
            input type="hidden" name="target" value=(target);
            input type="hidden" name="key" value=(key);
            input type="hidden" name="field" value=(field);
            input type="hidden" name="value" value=(value);
            button type="submit" data-action=(format!("{field}:{value}")) { (label) }
        }
    }
}

/// A form with one text input for the value.
fn edit(
    desk: &ReviewDesk,
    target: &str,
    key: &str,
    field: &str,
    placeholder: &str,
    label: &str,
) -> Markup {
    html! {
        form.decide method="post" action="/review" {
            input type="hidden" name="token" value=(desk.token);
            input type="hidden" name="target" value=(target);
            input type="hidden" name="key" value=(key);
            input type="hidden" name="field" value=(field);
            input type="text" name="value" placeholder=(placeholder) aria-label=(label);
            input type="text" name="note" placeholder="note (optional)" aria-label="note";
            button type="submit" data-action=(field) { (label) }
        }
    }
}

fn render(desk: &ReviewDesk, q: &Queue) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Review desk — detente" }
                style { (maud::PreEscaped(STYLE)) }
                style { (maud::PreEscaped(
                    "form.decide{display:inline-block;margin:2px 6px 2px 0} mark{background:#ffe58a} \
                     .item{border-left:4px solid var(--accent);padding:4px 10px;margin:10px 0} .why{color:#a33}"
                )) }
            }
            body {
                main {
                    h1 { "Review desk" }
                    p.muted {
                        "What most needs a look first. Every decision is stored as a correction (who, when, the machine's value) and applies at once to quotes, actors, timeline, positions and the report. "
                        (q.corrections) " correction(s) so far."
                        @if !desk.writable { strong { " Read-only: this server listens beyond loopback without an explicit --review-token." } }
                    }
                    section #merge {
                        h2 { "Merge actors" }
                        form.decide #merge-form method="post" action="/review" {
                            input type="hidden" name="token" value=(desk.token);
                            input type="hidden" name="target" value="actor";
                            input type="hidden" name="field" value="merge_into";
                            label { "keep " select name="value" { @for (id, n) in &q.actors { option value=(id) { (n) " (#" (id) ")" } } } }
                            label { " merge into it " select name="key" { @for (id, n) in &q.actors { option value=(id) { (n) " (#" (id) ")" } } } }
                            input type="text" name="note" placeholder="note (optional)" aria-label="note";
                            button type="submit" data-action="merge" { "Merge" }
                        }
                    }
                    section #stances {
                        h2 { "Stances" }
                        @if desk.scenario.is_none() { p.muted { "Serve with --scenario to review stances." } }
                        @for s in &q.stances {
                            div.item.stance data-key=(s.key) {
                                div.why { (s.why) }
                                div { strong { (s.party.as_deref().unwrap_or("no party")) } " " (s.polarity) " "
                                      (s.option.as_deref().unwrap_or("(no option)")) " on " (s.issue)
                                      " — " (s.speaker.as_deref().unwrap_or("?")) ", " (s.article) }
                                blockquote { "“" (s.text) "”" }
                                div.muted { "read from: " mark { (s.clause) } }
                                @if !s.cues.is_empty() { div.muted { "decided by: " (s.cues.join(", ")) } }
                                (decision(desk, "stance", &s.key, "status", "accepted", "Accept"))
                                (decision(desk, "stance", &s.key, "status", "rejected", "Reject"))
                                @for p in ["supports", "rejects", "neutral"] {
                                    @if p != s.polarity { (decision(desk, "stance", &s.key, "polarity", p, &format!("Make it {p}"))) }
                                }
                                (edit(desk, "stance", &s.key, "party", "party id", "Set party"))
                                (edit(desk, "stance", &s.key, "option", "option id", "Set option"))
                            }
                        }
                    }
                    section #speakers {
                        h2 { "Speakers" }
                        @if q.speakers.is_empty() { p.muted { "Nothing to look at." } }
                        @for s in &q.speakers {
                            @let target = if s.claim { "claim" } else { "quote" };
                            div.item.speech data-key=(s.key) {
                                div.why { (s.why) }
                                div { (target) " #" (s.id) " in " (s.article) " — speaker: "
                                      strong { (s.speaker.as_deref().or(s.mention.as_deref()).unwrap_or("none")) } }
                                p.context { (s.before) mark { (s.text) } (s.after) }
                                (decision(desk, target, &s.key, "status", "accepted", "Accept"))
                                (decision(desk, target, &s.key, "status", "rejected", "Reject (not speech)"))
                                (edit(desk, target, &s.key, "speaker", "actor name", "Set speaker"))
                            }
                        }
                    }
                    section #sides {
                        h2 { "Actors with conflicting sides" }
                        @if q.sides.is_empty() { p.muted { "None." } }
                        @for c in &q.sides {
                            div.item.sides {
                                strong { (c.name) } " (#" (c.id) "): "
                                @for (side, n) in &c.sides { (side) " in " (n) " article(s); " }
                                @let id = c.id.to_string();
                                @for (side, _) in &c.sides { (decision(desk, "actor", &id, "affiliation", side, &format!("Side: {side}"))) }
                                (edit(desk, "actor", &id, "affiliation", "side", "Set side"))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A decision posted by the page.
#[derive(Debug, Deserialize)]
pub struct Decision {
    token: String,
    target: String,
    key: String,
    field: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    author: Option<String>,
}

/// Whether the request comes from this server's own pages. `Sec-Fetch-Site`, when sent
/// (every current browser sends it, and no page script can set it), must say `same-origin`
/// (or `none`, typed by the user). `Origin`, when sent, must be `http://<Host>`, except that
/// `null` is accepted beside `Sec-Fetch-Site: same-origin`: the server's pages carry
/// `Referrer-Policy: no-referrer`, under which a browser sends `Origin: null` with its own
/// forms. A browser sends at least one of the two headers on every cross-site POST.
pub fn same_origin(headers: &HeaderMap) -> bool {
    let get = |h: &str| headers.get(h).and_then(|v| v.to_str().ok());
    let site = get("sec-fetch-site");
    if let Some(site) = site {
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    match (get("origin"), get(header::HOST.as_str())) {
        (Some("null"), _) => site == Some("same-origin"),
        (Some(origin), Some(host)) => origin == format!("http://{host}"),
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// Compares two tokens in time that does not depend on where they differ.
fn token_matches(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn apply(desk: &ReviewDesk, d: &Decision) -> Result<i64, String> {
    let store = Store::open(&desk.db).map_err(|e| e.to_string())?;
    let author = d
        .author
        .clone()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| "analyst".into());
    let note = d.note.clone().filter(|n| !n.trim().is_empty());
    let value = d.value.clone().filter(|v| !v.trim().is_empty());
    let actor_key = |id: &str| -> Result<String, String> {
        let n: i64 = id
            .trim()
            .parse()
            .map_err(|_| format!("{id:?} is not an actor id"))?;
        store
            .actor_key(n)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("no actor has id {n}"))
    };
    let target = match d.target.as_str() {
        "actor" => Target::Actor,
        "quote" => Target::Quote,
        "claim" => Target::Claim,
        "date" => Target::Date,
        "stance" => Target::Stance,
        other => return Err(format!("unknown target {other:?}")),
    };
    if target == Target::Actor && d.field == "merge_into" {
        let keep: i64 = value
            .as_deref()
            .unwrap_or("")
            .parse()
            .map_err(|_| "the actor to keep is not an id".to_string())?;
        let other: i64 = d
            .key
            .parse()
            .map_err(|_| "the actor to merge is not an id".to_string())?;
        return store
            .merge_actors(keep, other, &author, note)
            .map_err(|e| e.to_string());
    }
    let key = if target == Target::Actor {
        actor_key(&d.key)?
    } else {
        d.key.clone()
    };
    let value = match (target, d.field.as_str(), value) {
        (Target::Quote | Target::Claim, "speaker", Some(name)) => Some(
            store
                .actor_spelling_key(&name)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| format!("no actor named {name:?}"))?,
        ),
        (_, _, v) => v,
    };
    let c = Correction::set(target, key, &d.field, value, &author, note);
    store.correct(&c).map_err(|e| e.to_string())
}

async fn write(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(d): Form<Decision>,
) -> Response {
    let Some(desk) = desk(&state) else {
        return (StatusCode::NOT_FOUND, "no review desk: serve with --db\n").into_response();
    };
    if !desk.writable {
        return (StatusCode::FORBIDDEN, "this server takes no corrections: it listens beyond loopback without an explicit token\n").into_response();
    }
    if !same_origin(&headers) {
        return (StatusCode::FORBIDDEN, "cross-site request refused\n").into_response();
    }
    if !token_matches(&d.token, &desk.token) {
        return (
            StatusCode::FORBIDDEN,
            "missing or wrong session token (reload the review page)\n",
        )
            .into_response();
    }
    match tokio::task::spawn_blocking(move || apply(&desk, &d)).await {
        Ok(Ok(_)) => Redirect::to("/review").into_response(),
        Ok(Err(e)) => (StatusCode::BAD_REQUEST, format!("{e}\n")).into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "the correction failed\n").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_posts_are_refused() {
        assert!(same_origin(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080"),
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://evil.example")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!same_origin(&headers(&[(
            "origin",
            "http://127.0.0.1:8080"
        )])));
        assert!(
            same_origin(&headers(&[("host", "127.0.0.1:8080")])),
            "no browser headers: a script, which needs the token"
        );
        // Under `Referrer-Policy: no-referrer` a browser's own form posts `Origin: null`.
        assert!(same_origin(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "null"),
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "null"),
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(
            !same_origin(&headers(&[("host", "127.0.0.1:8080"), ("origin", "null")])),
            "a null origin (a sandboxed frame, say) without Sec-Fetch-Site"
        );
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(token_matches("abcd", "abcd"));
        assert!(!token_matches("abcd", "abce"));
        assert!(!token_matches("abc", "abcd"));
    }

    /// A store built from two articles written for this test: a quote that names Crimea
    /// (the linker reads a stance there) and one whose speaker is an organisation.
    fn desk_on_a_small_store(dir: &std::path::Path) -> (ReviewDesk, Store) {
        let texts = [
            // A Ukrainian speaker supporting an option the scenario values low for Ukraine:
            // the stance is queued behind a contradiction.
            ("t1", "Talks resume\n\nGENEVA, 2 June 2025 - Ukrainian envoy Ivan Horak said: \"Crimea must be recognised as Russian before we sign.\"\n"),
            ("t2", "Second day\n\nGENEVA, 3 June 2025 - \"Sanctions relief has to come first,\" the Kremlin said in a statement.\n"),
        ];
        let ex = detente_text::Extractor::new();
        let batch: Vec<detente_store::ArticleWithEvidence> = texts
            .iter()
            .map(|(id, t)| {
                let article = detente_text::article_from_text(
                    id,
                    t.to_string(),
                    &detente_text::ReadOptions::default(),
                );
                let evidence = ex.extract(&article);
                detente_store::ArticleWithEvidence { article, evidence }
            })
            .collect();
        let db = dir.join("r.db");
        let store = Store::open(&db).expect("store");
        store.ingest_batch(&batch).expect("ingest");
        let sc = detente_model::Scenario::load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/ukraine-2025/scenario.toml"
        ))
        .expect("example scenario");
        (ReviewDesk::new(db, Some(sc), None, true), store)
    }

    #[test]
    fn decided_items_leave_the_queue_and_an_undo_brings_a_stance_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (desk, store) = desk_on_a_small_store(dir.path());
        let q = build_queue(&desk).expect("queue");
        let crimea = q
            .stances
            .iter()
            .find(|s| s.issue == "crimea")
            .expect("a Crimea stance is queued")
            .key
            .clone();
        let speech = q
            .speakers
            .iter()
            .find(|s| s.text.contains("Sanctions relief"))
            .expect("the organisation's quote is queued")
            .key
            .clone();
        let linked = desk
            .stances
            .lock()
            .expect("lock")
            .as_ref()
            .map(|c| c.fingerprint);
        let reject = Correction::set(
            Target::Stance,
            crimea.clone(),
            "status",
            Some("rejected".into()),
            "t",
            None,
        );
        store.correct(&reject).expect("reject");
        let q = build_queue(&desk).expect("queue");
        assert!(
            q.stances.iter().all(|s| s.key != crimea),
            "rejected stance queued"
        );
        assert_eq!(
            desk.stances
                .lock()
                .expect("lock")
                .as_ref()
                .map(|c| c.fingerprint),
            linked,
            "deciding a stance needs no new linking"
        );
        let undo = Correction {
            action: Action::Undo,
            ..Correction::set(Target::Stance, crimea.clone(), "status", None, "t", None)
        };
        store.correct(&undo).expect("undo");
        let q = build_queue(&desk).expect("queue");
        assert!(
            q.stances.iter().any(|s| s.key == crimea),
            "undone stance not back"
        );
        store
            .correct(&Correction::set(
                Target::Quote,
                speech.clone(),
                "status",
                Some("accepted".into()),
                "t",
                None,
            ))
            .expect("accept");
        let q = build_queue(&desk).expect("queue");
        assert!(
            q.speakers.iter().all(|s| s.key != speech),
            "accepted quote queued"
        );
        assert_eq!(q.corrections, 3);
        assert!(review_page(&desk)
            .expect("page")
            .contains("3 correction(s)"));
    }

    #[test]
    fn context_cuts_on_character_boundaries() {
        let t = "é".repeat(300) + "QUOTE" + &"ü".repeat(300);
        let s = 600;
        let (b, a) = around(&t, s, s + 5);
        assert!(b.ends_with('é') && a.starts_with('ü'));
        assert!(b.len() <= CONTEXT_BYTES + 1 && a.len() <= CONTEXT_BYTES + 1);
    }
}
