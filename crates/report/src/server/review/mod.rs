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
use detente_store::{Correction, Store};
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

    /// The queue once the background linking has finished.
    fn linked_queue(desk: &ReviewDesk) -> Queue {
        review_queue(desk).expect("queue");
        assert!(desk.wait_for_stances(Duration::from_secs(60)), "linking");
        let q = review_queue(desk).expect("queue");
        assert_eq!(q.stance_status, StanceStatus::Ready);
        q
    }

    #[test]
    fn decided_items_leave_the_queue_and_an_undo_brings_a_stance_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (desk, store) = desk_on_a_small_store(dir.path());
        let q = linked_queue(&desk);
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
        let linkings = queue::linkings(&desk);
        let reject = Correction::set(
            Target::Stance,
            crimea.clone(),
            "status",
            Some("rejected".into()),
            "t",
            None,
        );
        store.correct(&reject).expect("reject");
        let q = review_queue(&desk).expect("queue");
        assert!(
            q.stances.iter().all(|s| s.key != crimea),
            "rejected stance queued"
        );
        assert_eq!(q.stance_status, StanceStatus::Ready);
        let undo = Correction {
            action: Action::Undo,
            ..Correction::set(Target::Stance, crimea.clone(), "status", None, "t", None)
        };
        store.correct(&undo).expect("undo");
        let q = review_queue(&desk).expect("queue");
        assert!(
            q.stances.iter().any(|s| s.key == crimea),
            "undone stance not back"
        );
        assert_eq!(
            queue::linkings(&desk),
            linkings,
            "deciding or undoing a stance needs no new linking"
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
        let q = review_queue(&desk).expect("queue");
        assert!(
            q.speakers.iter().all(|s| s.key != speech),
            "accepted quote queued"
        );
        assert_eq!(q.corrections, 3);
        assert!(review_page(&desk)
            .expect("page")
            .contains("3 correction(s)"));
        // A corrected statement is linked again, in the background.
        let q = linked_queue(&desk);
        assert_eq!(queue::linkings(&desk), linkings + 1);
        assert!(q.stances.iter().any(|s| s.key == crimea));
    }

    #[test]
    fn a_large_linking_does_not_hold_the_page() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (desk, _store) = desk_on_a_small_store(dir.path());
        let desk = desk.with_link_wait(Duration::ZERO);
        let page = review_page(&desk).expect("page");
        // The page came back at once: either linking was still under way (and it says so,
        // with the speakers already listed), or it had just finished.
        assert!(page.contains("Sanctions relief"));
        if !page.contains("data-linking=\"1\"") {
            assert!(desk.wait_for_stances(Duration::ZERO));
        }
        assert!(desk.wait_for_stances(Duration::from_secs(60)));
        assert!(review_page(&desk).expect("page").contains("crimea"));
    }

    #[test]
    fn an_undo_posted_by_the_page_brings_the_item_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (desk, _store) = desk_on_a_small_store(dir.path());
        let q = linked_queue(&desk);
        let key = q.speakers[0].key.clone();
        let post = |action: Option<&str>| Decision {
            token: desk.token.clone(),
            target: "quote".into(),
            key: key.clone(),
            field: "status".into(),
            value: Some("rejected".into()),
            note: None,
            author: None,
            action: action.map(str::to_string),
        };
        apply(&desk, &post(None)).expect("reject");
        assert!(review_queue(&desk)
            .expect("queue")
            .speakers
            .iter()
            .all(|s| s.key != key));
        apply(&desk, &post(Some("undo"))).expect("undo");
        assert!(review_queue(&desk)
            .expect("queue")
            .speakers
            .iter()
            .any(|s| s.key == key));
    }

    #[test]
    fn context_cuts_on_character_boundaries() {
        let t = "é".repeat(300) + "QUOTE" + &"ü".repeat(300);
        let s = 600;
        let (b, a) = queue::around(&t, s, s + 5);
        assert!(b.ends_with('é') && a.starts_with('ü'));
        assert!(b.len() <= queue::CONTEXT_BYTES + 1 && a.len() <= queue::CONTEXT_BYTES + 1);
    }
}
