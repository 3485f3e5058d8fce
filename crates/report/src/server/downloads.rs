//! CSV downloads of the dashboard's tables: `/api/quotes.csv`, `/api/actors.csv`,
//! `/api/timeline.csv` and `/api/search.csv` take the same parameters as their JSON
//! counterparts (so the same filters and limits apply), answer with the same rows as CSV
//! (`crate::csv`: a header row, then one row per record) and are offered as a file download.
//! Errors stay the JSON errors of the JSON endpoints.

use super::api;
use super::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// Largest JSON answer turned into CSV (the endpoints' own limits keep answers far below it).
const MAX_JSON_BYTES: usize = 64 * 1024 * 1024;

/// The download routes, merged into the dashboard's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/quotes.csv", get(quotes))
        .route("/api/actors.csv", get(actors))
        .route("/api/timeline.csv", get(timeline))
        .route("/api/search.csv", get(search))
}

async fn quotes(
    state: State<AppState>,
    params: Result<Query<api::QuoteParams>, QueryRejection>,
) -> Response {
    as_csv(api::quotes(state, params).await.into_response(), "quotes").await
}

async fn actors(
    state: State<AppState>,
    params: Result<Query<api::ActorParams>, QueryRejection>,
) -> Response {
    as_csv(api::actors(state, params).await.into_response(), "actors").await
}

async fn timeline(
    state: State<AppState>,
    params: Result<Query<api::TimelineParams>, QueryRejection>,
) -> Response {
    as_csv(api::timeline(state, params).await.into_response(), "events").await
}

async fn search(
    state: State<AppState>,
    params: Result<Query<api::SearchParams>, QueryRejection>,
) -> Response {
    as_csv(api::search(state, params).await.into_response(), "hits").await
}

/// The rows under `key` of a successful JSON answer as a CSV attachment named `<key>.csv`;
/// any other answer is passed on unchanged.
async fn as_csv(json: Response, key: &str) -> Response {
    if json.status() != StatusCode::OK {
        return json;
    }
    let fail =
        |message: &str| api::error(StatusCode::INTERNAL_SERVER_ERROR, message).into_response();
    let Ok(bytes) = axum::body::to_bytes(json.into_body(), MAX_JSON_BYTES).await else {
        return fail("the answer is too large to convert to CSV");
    };
    let records = match crate::csv::records_under(&bytes, key) {
        Ok(Some(r)) => r,
        Ok(None) => return fail("the answer holds no rows"),
        Err(e) => return fail(&format!("cannot read the answer: {e}")),
    };
    let mut csv = Vec::new();
    if let Err(e) = crate::csv::write_records(&mut csv, &records) {
        return fail(&format!("cannot write CSV: {e}"));
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{key}.csv\""),
            ),
        ],
        csv,
    )
        .into_response()
}
