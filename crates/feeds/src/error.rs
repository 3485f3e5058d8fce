//! Errors. A [`FetchError`] is about one URL and names it; the run goes on after it. A
//! [`FeedsError`] stops the run (the state file or the store cannot be used).

use std::path::PathBuf;
use std::time::Duration;

/// What went wrong with one URL. Every message names the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url}: not an http(s) URL ({reason})")]
    BadUrl { url: String, reason: String },
    #[error("{url}: cannot connect to the host ({source})")]
    Unreachable {
        url: String,
        #[source]
        source: ureq::Error,
    },
    #[error("{url}: no answer within {after:?} ({source})")]
    Timeout {
        url: String,
        after: Duration,
        #[source]
        source: ureq::Error,
    },
    #[error("{url}: more than {max} redirects (a redirect loop?)")]
    TooManyRedirects { url: String, max: u32 },
    #[error("{url}: the server answered HTTP {status}")]
    Status { url: String, status: u16 },
    #[error(
        "{url}: the body is larger than {limit} bytes (after decompression); not read further"
    )]
    TooLarge { url: String, limit: u64 },
    #[error("{url}: {content_type:?} is neither an HTML page nor an RSS/Atom feed")]
    NotHtml { url: String, content_type: String },
    #[error("{url}: not a valid RSS or Atom feed ({source})")]
    MalformedFeed {
        url: String,
        #[source]
        source: feed_rs::parser::ParseFeedError,
    },
    #[error("{url}: the page has no article text")]
    NoArticleText { url: String },
    #[error("{url}: robots.txt does not allow detente to fetch it")]
    Disallowed { url: String },
    #[error("{url}: {source}")]
    Http {
        url: String,
        #[source]
        source: ureq::Error,
    },
}

impl FetchError {
    /// The URL the error is about.
    pub fn url(&self) -> &str {
        match self {
            FetchError::BadUrl { url, .. }
            | FetchError::Unreachable { url, .. }
            | FetchError::Timeout { url, .. }
            | FetchError::TooManyRedirects { url, .. }
            | FetchError::Status { url, .. }
            | FetchError::TooLarge { url, .. }
            | FetchError::NotHtml { url, .. }
            | FetchError::MalformedFeed { url, .. }
            | FetchError::NoArticleText { url }
            | FetchError::Disallowed { url }
            | FetchError::Http { url, .. } => url,
        }
    }

    /// True when trying again later may succeed (the host is down, slow or failing, or
    /// asks to wait); false when the same answer would come again (not a page, too large,
    /// disallowed, malformed).
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Unreachable { .. }
            | FetchError::Timeout { .. }
            | FetchError::Http { .. } => true,
            FetchError::Status { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }
}

/// What stops a whole run.
#[derive(Debug, thiserror::Error)]
pub enum FeedsError {
    #[error("{path}: {source}")]
    StateIo {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a detente feeds state file ({source}); move it away to start afresh")]
    StateFormat {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("{path}: state file version {found}, this detente reads version {supported}")]
    StateVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{path}:{line}: {message}")]
    SourceList {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {source}")]
    SourceListIo {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] detente_store::StoreError),
}

pub type Result<T, E = FeedsError> = std::result::Result<T, E>;
