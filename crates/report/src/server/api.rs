//! The JSON API under `/api/` (documented in `docs/api.md`).

use super::evidence::{equals_ci, segments, QuoteFilter};
use super::AppState;
use crate::data::{EditableScenario, ReportData};
use crate::findings::headline_findings;
use crate::ReportError;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 1000;
/// Longest one search may run (less when the request's own deadline is nearer).
pub const SEARCH_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(5);
/// Searches run at once; more get 503 at once rather than queueing on the threads and
/// connections that the other pages need.
pub const SEARCHES_AT_ONCE: usize = 2;
/// Longest search accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 500;

pub fn error(status: StatusCode, message: &str) -> (StatusCode, Json<Value>) {
    (status, Json(json!({ "error": message })))
}

type ApiResult = Result<Json<Value>, (StatusCode, Json<Value>)>;

fn bad(message: impl AsRef<str>) -> (StatusCode, Json<Value>) {
    error(StatusCode::BAD_REQUEST, message.as_ref())
}

/// Runs a store call on the blocking pool so SQLite never stalls the async workers. The
/// request's deadline goes with it: SQLite work still running then is stopped, so a request
/// answered 408 does not keep a connection busy.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ReportError> + Send + 'static,
) -> Result<T, (StatusCode, Json<Value>)> {
    blocking_until(super::guard::current_deadline(), f).await
}

async fn blocking_until<T: Send + 'static>(
    deadline: Option<std::time::Instant>,
    f: impl FnOnce() -> Result<T, ReportError> + Send + 'static,
) -> Result<T, (StatusCode, Json<Value>)> {
    let run = move || match deadline {
        Some(d) => detente_store::with_deadline(d, f),
        None => f(),
    };
    match tokio::task::spawn_blocking(run).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(ReportError::BadRequest(msg))) => Err(bad(msg)),
        Ok(Err(e @ ReportError::UnknownParty(..))) => Err(bad(e.to_string())),
        Ok(Err(ReportError::TimedOut(msg))) => Err(error(StatusCode::REQUEST_TIMEOUT, &msg)),
        // The posted numbers are what the analysis could not use.
        Ok(Err(e @ (ReportError::Scenario(_) | ReportError::Analysis(_)))) => {
            Err(error(StatusCode::UNPROCESSABLE_ENTITY, &e.to_string()))
        }
        Ok(Err(e)) => {
            tracing::warn!("dashboard query failed: {e}");
            Err(error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()))
        }
        Err(_) => Err(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the query stopped unexpectedly",
        )),
    }
}

fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, (StatusCode, Json<Value>)> {
    q.map(|Query(t)| t)
        .map_err(|e| bad(format!("bad query string: {}", e.body_text())))
}

/// Empty strings from blank form fields mean "no filter".
fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn date_param(name: &str, v: Option<String>) -> Result<Option<String>, (StatusCode, Json<Value>)> {
    let Some(d) = nonempty(v) else {
        return Ok(None);
    };
    let ok = {
        let b = d.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match b.len() {
            4 => digits(0..4),
            7 => digits(0..4) && b[4] == b'-' && digits(5..7),
            10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
            _ => false,
        }
    };
    if ok {
        Ok(Some(d))
    } else {
        Err(bad(format!(
            "`{name}` must be a date: YYYY, YYYY-MM or YYYY-MM-DD"
        )))
    }
}

fn limit_param(v: Option<String>, default: usize) -> Result<usize, (StatusCode, Json<Value>)> {
    match nonempty(v) {
        None => Ok(default),
        Some(s) => s
            .parse::<usize>()
            .map(|n| n.clamp(1, MAX_LIMIT))
            .map_err(|_| bad("`limit` must be a positive whole number")),
    }
}

pub async fn index() -> Json<Value> {
    Json(json!({
        "endpoints": [
            "/api/quotes", "/api/actors", "/api/timeline", "/api/search", "/api/articles",
            "/api/articles/{id}", "/api/scenario", "/api/analysis", "/api/analyze (POST)", "/api/forecast"
        ],
        "docs": "docs/api.md"
    }))
}

#[derive(Deserialize)]
pub struct QuoteParams {
    speaker: Option<String>,
    affiliation: Option<String>,
    /// Same as `affiliation`: the dashboard calls sides "parties".
    party: Option<String>,
    issue: Option<String>,
    since: Option<String>,
    until: Option<String>,
    q: Option<String>,
    limit: Option<String>,
}

pub async fn quotes(
    State(state): State<AppState>,
    params: Result<Query<QuoteParams>, QueryRejection>,
) -> Result<Response, (StatusCode, Json<Value>)> {
    let p = query(params)?;
    let filter = QuoteFilter {
        speaker: nonempty(p.speaker),
        affiliation: nonempty(p.affiliation).or(nonempty(p.party)),
        issue: nonempty(p.issue),
        since: date_param("since", p.since)?,
        until: date_param("until", p.until)?,
        q: nonempty(p.q),
        limit: limit_param(p.limit, DEFAULT_LIMIT)?,
    };
    let ev = state.inner.evidence.clone();
    // The in-memory index answers in microseconds: a hand-off to the blocking pool would
    // cost more than the query. SQLite (before the index is ready) goes to the pool.
    let (count, array) = if ev.quotes_in_memory() {
        match ev.quotes_json(&filter) {
            Ok(v) => v,
            Err(e) => return Err(error(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string())),
        }
    } else {
        blocking(move || ev.quotes_json(&filter)).await?
    };
    // Same shape as the other list endpoints, assembled from the pre-serialised quotes.
    let body = format!("{{\"count\":{count},\"quotes\":{array}}}");
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct ActorParams {
    affiliation: Option<String>,
    party: Option<String>,
}

pub async fn actors(
    State(state): State<AppState>,
    params: Result<Query<ActorParams>, QueryRejection>,
) -> ApiResult {
    let p = query(params)?;
    let aff = nonempty(p.affiliation).or(nonempty(p.party));
    let ev = state.inner.evidence.clone();
    let actors = blocking(move || ev.actors(aff.as_deref())).await?;
    Ok(Json(json!({ "count": actors.len(), "actors": actors })))
}

#[derive(Deserialize)]
pub struct TimelineParams {
    since: Option<String>,
    until: Option<String>,
    party: Option<String>,
    limit: Option<String>,
}

pub async fn timeline(
    State(state): State<AppState>,
    params: Result<Query<TimelineParams>, QueryRejection>,
) -> ApiResult {
    let p = query(params)?;
    let since = date_param("since", p.since)?;
    let until = date_param("until", p.until)?;
    let limit = limit_param(p.limit, MAX_LIMIT)?;
    let party = nonempty(p.party);
    let ev = state.inner.evidence.clone();
    let events = blocking(move || {
        // Ask for more than `limit` when the party filter will drop some afterwards.
        let fetch = if party.is_some() {
            MAX_LIMIT * 10
        } else {
            limit
        };
        let mut events = ev.timeline(since.as_deref(), until.as_deref(), fetch)?;
        if let Some(party) = &party {
            events.retain(|e| equals_ci(e.party.as_deref(), Some(party)));
        }
        events.truncate(limit);
        Ok(events)
    })
    .await?;
    Ok(Json(json!({ "count": events.len(), "events": events })))
}

#[derive(Deserialize)]
pub struct SearchParams {
    q: Option<String>,
    limit: Option<String>,
}

pub async fn search(
    State(state): State<AppState>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> ApiResult {
    let p = query(params)?;
    let Some(q) = nonempty(p.q) else {
        return Err(bad("`q` (the words to search for) is required"));
    };
    if q.len() > MAX_QUERY_BYTES {
        return Err(bad(format!("`q` is longer than {MAX_QUERY_BYTES} bytes")));
    }
    let limit = limit_param(p.limit, 50)?;
    let Some(_slot) = SearchSlot::take(&state.inner.searches) else {
        return Err(error(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many searches are running; try again in a moment",
        ));
    };
    let own = std::time::Instant::now() + SEARCH_TIME_LIMIT;
    let deadline = super::guard::current_deadline().map_or(own, |d| d.min(own));
    let ev = state.inner.evidence.clone();
    let hits = blocking_until(Some(deadline), move || ev.search(&q, limit)).await?;
    Ok(Json(json!({ "count": hits.len(), "hits": hits })))
}

/// One of the [`SEARCHES_AT_ONCE`] places, given back when dropped (also when the request
/// is abandoned at its deadline; the search itself stops by then too).
struct SearchSlot<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> SearchSlot<'a> {
    fn take(running: &'a std::sync::atomic::AtomicUsize) -> Option<Self> {
        use std::sync::atomic::Ordering;
        running
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < SEARCHES_AT_ONCE).then_some(n + 1)
            })
            .ok()
            .map(|_| SearchSlot(running))
    }
}

impl Drop for SearchSlot<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

pub async fn articles(State(state): State<AppState>) -> ApiResult {
    let ev = state.inner.evidence.clone();
    let list = blocking(move || ev.articles()).await?;
    Ok(Json(json!({ "count": list.len(), "articles": list })))
}

pub async fn article(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let ev = state.inner.evidence.clone();
    let found = blocking(move || ev.article(&id)).await?;
    match found {
        Some(a) => {
            let parts = segments(&a.text, &a.spans);
            Ok(Json(json!({ "article": a, "segments": parts })))
        }
        None => Err(error(StatusCode::NOT_FOUND, "no such article")),
    }
}

fn no_scenario() -> (StatusCode, Json<Value>) {
    error(
        StatusCode::NOT_FOUND,
        "no scenario loaded (start the server with --scenario FILE)",
    )
}

pub async fn scenario(State(state): State<AppState>) -> ApiResult {
    let snapshot = state.view();
    let Some(view) = &snapshot.report.scenario else {
        return Err(no_scenario());
    };
    let editable = snapshot.analyzer.as_ref().map(|a| a.editable());
    Ok(Json(json!({ "scenario": view, "editable": editable })))
}

fn analysis_json(view: &crate::data::ScenarioView) -> Value {
    let findings = headline_findings(&ReportData {
        scenario: Some(view.clone()),
        ..ReportData::default()
    });
    json!({ "analysis": view, "findings": findings })
}

pub async fn analysis(State(state): State<AppState>) -> ApiResult {
    match &state.view().report.scenario {
        Some(view) => Ok(Json(analysis_json(view))),
        None => Err(no_scenario()),
    }
}

pub async fn analyze(
    State(state): State<AppState>,
    body: Result<Json<EditableScenario>, JsonRejection>,
) -> Response {
    let edit = match body {
        Ok(Json(e)) => e,
        Err(e) => return error(e.status(), &e.body_text()).into_response(),
    };
    let Some(analyzer) = state.view().analyzer else {
        return no_scenario().into_response();
    };
    if let Err(msg) = edit.check() {
        return bad(msg).into_response();
    }
    let base = analyzer.editable();
    if base.parties.len() != edit.parties.len()
        || base.issues.len() != edit.issues.len()
        || base
            .parties
            .iter()
            .zip(&edit.parties)
            .any(|(a, b)| a.id != b.id)
    {
        return bad("the parties and issues must match the loaded scenario (change numbers only)")
            .into_response();
    }
    match blocking(move || analyzer.analyze(&edit)).await {
        Ok(view) => Json(analysis_json(&view)).into_response(),
        Err(e) => e.into_response(),
    }
}

pub async fn forecast(State(state): State<AppState>) -> Json<Value> {
    Json(json!({ "forecasts": state.view().report.forecasts }))
}
