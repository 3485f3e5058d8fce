//! Following a negotiation as it happens: RSS 2.0 / Atom feeds and article pages fetched
//! over HTTP(S), politely, into the evidence store; and the state that lets a re-run or a
//! restarted `watch` ask only for what is new.
//!
//! - [`client`]: the HTTP client (timeouts, bounded redirects, size caps after gzip, a clear
//!   User-Agent, robots.txt, a pause per host, conditional requests).
//! - [`feed`]: telling a feed from a page, and reading feed items.
//! - [`harvest`]: one pass over URLs into the store through its batch writer.
//! - [`folders`]: which article files under watched folders changed since the last pass.
//! - [`state`]: the JSON state file.
//!
//! The library never prints: every failure of one URL is a [`FetchError`] naming it,
//! passed to the caller's callback while the pass goes on.

pub mod client;
mod error;
pub mod feed;
pub mod folders;
pub mod harvest;
pub mod sources;
pub mod state;

pub use client::{Client, FetchConfig, Validators};
pub use error::{FeedsError, FetchError, Result};
pub use harvest::{harvest, HarvestEvent, HarvestOptions, HarvestReport, StoredArticle, Timings};
pub use sources::{read_feeds_file, Source, SourceLine};
pub use state::{default_state_path, State};
