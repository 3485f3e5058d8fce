//! "New since your last visit": `/new` lists the articles stored since the browser last
//! looked (and what each side said in them); `/api/new?after=ID` gives the same as JSON.
//! The last visit is a cookie holding the highest article id seen (article ids only grow),
//! so the server keeps no per-user state. The cookie is `SameSite=Strict` and `HttpOnly`.

use super::page::article_fragment;
use super::AppState;
use crate::html::STYLE;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use maud::{html, PreEscaped, DOCTYPE};
use serde::{Deserialize, Serialize};

/// The cookie that remembers the last visit.
pub const COOKIE: &str = "detente_seen";
/// Articles listed at most.
pub const LIMIT: usize = 500;

/// An article stored since the mark.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewArticle {
    /// The article's name (as in `/api/articles/:id`).
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub ingested_at: String,
}

/// Statements by one side in the new articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewBySide {
    pub side: Option<String>,
    pub quotes: u64,
    pub claims: u64,
}

/// What is new after an article id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewSince {
    /// The highest article id now: the next visit's mark.
    pub latest: i64,
    pub articles: Vec<NewArticle>,
    pub sides: Vec<NewBySide>,
}

/// The mark in the request's cookie (0, everything, when there is none or it is not a
/// number).
pub fn seen_mark(headers: &HeaderMap) -> i64 {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .and_then(|(_, v)| v.parse::<i64>().ok())
        .filter(|n| *n >= 0)
        .unwrap_or(0)
}

async fn load(state: &AppState, after: i64) -> Result<NewSince, Response> {
    let evidence = state.evidence();
    tokio::task::spawn_blocking(move || evidence.new_since(after, LIMIT))
        .await
        .map_err(|_| (StatusCode::INTERNAL_SERVER_ERROR, "the query failed").into_response())?
        .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response())
}

/// `GET /new`: the page, and the cookie moved to now.
pub async fn page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let after = seen_mark(&headers);
    let new = match load(&state, after).await {
        Ok(n) => n,
        Err(r) => return r,
    };
    let first_visit = after == 0;
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "New since your last visit — detente" }
                link rel="icon" href="data:,";
                style { (PreEscaped(STYLE)) }
            }
            body { main {
                h1 { "New since your last visit" }
                p { a href="/" { "← dashboard" } }
                @if first_visit {
                    p.muted { "First visit from this browser: everything stored is listed. Next time only what came in after now." }
                }
                @if new.articles.is_empty() {
                    p { "Nothing new." }
                } @else {
                    p { (new.articles.len()) " new articles"
                        @if new.articles.len() >= LIMIT { " (the first " (LIMIT) " shown)" } "." }
                    @if !new.sides.is_empty() {
                        h2 { "Who said what" }
                        table { thead { tr { th { "Side" } th { "Quotes" } th { "Reported" } } }
                            tbody { @for s in &new.sides { tr {
                                td { (s.side.as_deref().unwrap_or("side unknown")) }
                                td { (s.quotes) } td { (s.claims) }
                            } } } }
                    }
                    h2 { "Articles" }
                    ul #new-articles { @for a in &new.articles { li {
                        (a.date.as_deref().unwrap_or("undated")) " · "
                        a href=(format!("/{}", article_fragment(&a.id, 0))) { (a.title.as_deref().unwrap_or(&a.id)) }
                        @if let Some(u) = &a.url { " · " span.muted { (u) } }
                    } } }
                }
            } }
        }
    };
    let mut response = Html(markup.into_string()).into_response();
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly",
        new.latest
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    response
}

#[derive(Deserialize)]
pub struct AfterQuery {
    #[serde(default)]
    after: i64,
}

/// `GET /api/new?after=ID`: JSON, no cookie.
pub async fn api(State(state): State<AppState>, Query(q): Query<AfterQuery>) -> Response {
    match load(&state, q.after.max(0)).await {
        Ok(n) => Json(n).into_response(),
        Err(r) => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_is_read_from_the_cookie_and_junk_is_zero() {
        let mut h = HeaderMap::new();
        assert_eq!(seen_mark(&h), 0);
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; detente_seen=42; c=d"),
        );
        assert_eq!(seen_mark(&h), 42);
        h.insert(header::COOKIE, HeaderValue::from_static("detente_seen=-3"));
        assert_eq!(seen_mark(&h), 0);
        h.insert(header::COOKIE, HeaderValue::from_static("detente_seen=x"));
        assert_eq!(seen_mark(&h), 0);
    }
}
