//! The review desk: `GET /review` lists what most needs an analyst's look (unattributed or
//! non-person speakers, low-confidence stances, stances behind contradictions, actors whose
//! articles give them conflicting sides) with the article text around each span, and one
//! form per decision; `POST /review` records it as a correction (one transaction each) and
//! redirects back. `GET /api/review` gives the same queue as JSON. What the desk keeps
//! between requests, and how a page avoids reading the whole store, is in `queue.rs`;
//! the page and its keyboard keys are in `render.rs`; timings are in docs/review.md.
//!
//! Writes are refused unless (1) the request is same-origin: `Sec-Fetch-Site`, when sent,
//! is `same-origin` or `none`, and `Origin`, when sent, is this server's own origin; and
//! (2) the form carries the session token the page was rendered with. The token is random
//! per server start unless the user passes one explicitly; without an explicit token the
//! desk accepts writes only when the server listens on a loopback address (decided by the
//! caller, see [`ReviewDesk::new`]).

mod queue;
mod render;

pub use queue::{Queue, SpeechItem, StanceItem, StanceStatus};
pub use render::{script_hash, REVIEW_JS};

use super::AppState;
use axum::extract::{Form, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use detente_store::corrections::{Action, Target};
use detente_store::{AnyStore, Correction};
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How many items of each kind the queue shows.
const QUEUE_LIMIT: usize = 25;
/// Stances the linker scored below this are queued for review.
pub const LOW_CONFIDENCE: f64 = 0.5;
/// How long a page waits for a linking it started before it says linking is under way.
pub const LINK_WAIT: Duration = Duration::from_millis(200);

/// What the desk needs: the store to write to, the scenario stances are read against, the
/// session token and whether writes are allowed at all; and what it keeps between requests
/// (see `queue.rs`).
pub struct ReviewDesk {
    db: PathBuf,
    scenario: Option<Arc<detente_model::Scenario>>,
    token: String,
    writable: bool,
    state: Mutex<queue::DeskState>,
    /// The connection corrections are written through, opened at the first one and kept
    /// (dropped after a failed write, so the next one connects again).
    writer: Mutex<Option<AnyStore>>,
    stances: queue::SharedStances,
    link_wait: Duration,
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
            scenario: scenario.map(Arc::new),
            token,
            writable,
            state: Mutex::new(queue::DeskState::default()),
            writer: Mutex::new(None),
            stances: Arc::default(),
            link_wait: LINK_WAIT,
        }
    }

    /// How long a page waits for a stance linking it started (default [`LINK_WAIT`]).
    pub fn with_link_wait(mut self, wait: Duration) -> ReviewDesk {
        self.link_wait = wait;
        self
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// Waits until no stance linking runs (at most `timeout`); whether stances are ready.
    pub fn wait_for_stances(&self, timeout: Duration) -> bool {
        queue::wait_for_linking(self, timeout)
    }

    /// How long the last finished stance linking took.
    pub fn last_linking(&self) -> Option<Duration> {
        queue::last_linking(self)
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

/// The queue as `GET /api/review` gives it, without the HTTP around it.
pub fn review_queue(desk: &ReviewDesk) -> Result<Queue, String> {
    queue::build_queue(desk)
}

/// The review page as `GET /review` renders it (the queue, then the HTML), without the
/// HTTP around it: for benchmarks and callers outside a server.
pub fn review_page(desk: &ReviewDesk) -> Result<String, String> {
    queue::build_queue(desk).map(|q| render::render(desk, &q).into_string())
}

fn desk(state: &AppState) -> Option<Arc<ReviewDesk>> {
    state.review_desk()
}

async fn queue_json(State(state): State<AppState>) -> Response {
    let Some(desk) = desk(&state) else {
        return (StatusCode::NOT_FOUND, "no review desk: serve with --db\n").into_response();
    };
    match tokio::task::spawn_blocking(move || queue::build_queue(&desk)).await {
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
    match tokio::task::spawn_blocking(move || queue::build_queue(&d)).await {
        Ok(Ok(q)) => Html(render::render(&desk, &q).into_string()).into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "the queue failed").into_response(),
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
    /// `undo` withdraws the earlier corrections of the field; anything else sets it.
    #[serde(default)]
    action: Option<String>,
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

/// Records a decision through the desk's writer (each correction one transaction; on
/// PostgreSQL under the writers' lock, so analysts on several servers share the log).
fn apply(desk: &ReviewDesk, d: &Decision) -> Result<i64, String> {
    let mut writer = desk
        .writer
        .lock()
        .map_err(|_| "the review desk's writer lock was poisoned".to_string())?;
    if writer.is_none() {
        *writer = Some(AnyStore::open(&desk.db).map_err(|e| e.to_string())?);
    }
    let store = writer.as_ref().ok_or("the store is not open")?;
    let result = record(store, d);
    if result.is_err() {
        // The connection may be the cause (a database server restarted, say): the next
        // decision connects again (a decision refused for its content costs a reconnect).
        *writer = None;
    }
    result
}

fn record(store: &AnyStore, d: &Decision) -> Result<i64, String> {
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
    if d.action.as_deref() == Some("undo") {
        let c = Correction {
            action: Action::Undo,
            ..Correction::set(target, key, &d.field, None, &author, note)
        };
        return store.correct(&c).map_err(|e| e.to_string());
    }
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
mod tests;
