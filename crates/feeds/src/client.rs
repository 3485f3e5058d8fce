//! The HTTP client: one `ureq` agent with timeouts, bounded redirects, a size cap on every
//! body (counted after decompression), gzip, a clear User-Agent, robots.txt and a per-host
//! pause between requests. Blocking and single-threaded by design: a run asks one host
//! for one thing at a time.

use crate::error::FetchError;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use ureq::http::StatusCode;
use ureq::ResponseExt;
use url::Url;

/// The User-Agent product token robots.txt rules are matched against.
pub const ROBOTS_AGENT: &str = "detente";

/// How the client behaves. [`FetchConfig::default`] is the polite setting used by the
/// commands; tests shorten the pauses and timeouts.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub user_agent: String,
    /// Longest a whole request may take: connecting, headers and the whole body.
    pub timeout: Duration,
    /// Longest the connection may take to open.
    pub connect_timeout: Duration,
    /// Redirects followed before giving up (a loop ends here).
    pub max_redirects: u32,
    /// Largest article page read, in bytes after decompression.
    pub max_page_bytes: u64,
    /// Largest feed read, in bytes after decompression.
    pub max_feed_bytes: u64,
    /// Least time between two requests to one host (robots.txt's `Crawl-delay` can make
    /// it longer, up to [`FetchConfig::max_crawl_delay`]).
    pub per_host_interval: Duration,
    /// The longest `Crawl-delay` obeyed; a longer one is cut to this.
    pub max_crawl_delay: Duration,
    /// Fetch and obey each host's robots.txt.
    pub respect_robots: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            user_agent: format!(
                "{ROBOTS_AGENT}/{} (news-following research tool; one request per host at a time)",
                env!("CARGO_PKG_VERSION")
            ),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_redirects: 5,
            max_page_bytes: 5 << 20,
            max_feed_bytes: 10 << 20,
            per_host_interval: Duration::from_secs(1),
            max_crawl_delay: Duration::from_secs(30),
            respect_robots: true,
        }
    }
}

/// `ETag` and `Last-Modified` of a previous answer, sent back so that an unchanged
/// resource costs a `304 Not Modified` and no body.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// A body that was read.
#[derive(Debug, Clone)]
pub struct Body {
    /// Where the body came from after redirects.
    pub final_url: String,
    /// The `Content-Type` header, lower case, without parameters ("" when absent).
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub validators: Validators,
}

/// The answer to a conditional request.
#[derive(Debug, Clone)]
pub enum Fetched {
    NotModified,
    Body(Body),
}

/// Per-run figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ClientStats {
    pub requests: u64,
    pub not_modified: u64,
    pub bytes: u64,
    pub robots_requests: u64,
}

#[derive(Default)]
struct Host {
    last_request: Option<Instant>,
    /// `None` until fetched; `Some(None)` when the host has no usable robots.txt.
    robots: Option<Option<texting_robots::Robot>>,
}

/// The HTTP client. Remembers per host when it was last asked and its robots.txt, for the
/// life of the client (one run, or one `watch` pass).
pub struct Client {
    agent: ureq::Agent,
    config: FetchConfig,
    hosts: Mutex<HashMap<String, Host>>,
    stats: Mutex<ClientStats>,
}

impl Client {
    pub fn new(config: FetchConfig) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .user_agent(config.user_agent.as_str())
            .timeout_global(Some(config.timeout))
            .timeout_connect(Some(config.connect_timeout))
            .max_redirects(config.max_redirects)
            .max_redirects_will_error(true)
            .http_status_as_error(false)
            .https_only(false)
            .build()
            .into();
        Client {
            agent,
            config,
            hosts: Mutex::new(HashMap::new()),
            stats: Mutex::new(ClientStats::default()),
        }
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    pub fn stats(&self) -> ClientStats {
        *self.stats.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Fetches `url` (an article page or a feed; `limit` caps the body), politely: robots.txt
    /// first, then the host's pause, then a conditional GET with `validators`.
    pub fn get(
        &self,
        url: &str,
        validators: &Validators,
        limit: u64,
    ) -> Result<Fetched, FetchError> {
        let parsed = parse_http_url(url)?;
        if self.config.respect_robots && !self.robots_allow(&parsed, url)? {
            return Err(FetchError::Disallowed { url: url.into() });
        }
        self.wait_turn(&parsed);
        let mut request = self.agent.get(url);
        if let Some(etag) = &validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(modified) = &validators.last_modified {
            request = request.header("If-Modified-Since", modified);
        }
        let result = request.call();
        self.bump(|s| s.requests += 1);
        let mut response = result.map_err(|e| self.classify(url, e))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            self.bump(|s| s.not_modified += 1);
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(FetchError::Status {
                url: url.into(),
                status: status.as_u16(),
            });
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type")
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        let new_validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let final_url = response.get_uri().to_string();
        let bytes = response
            .body_mut()
            .with_config()
            .limit(limit)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
                    url: url.into(),
                    limit,
                },
                other => self.classify(url, other),
            })?;
        self.bump(|s| s.bytes += bytes.len() as u64);
        Ok(Fetched::Body(Body {
            final_url,
            content_type,
            bytes,
            validators: new_validators,
        }))
    }

    fn bump(&self, f: impl FnOnce(&mut ClientStats)) {
        f(&mut self.stats.lock().unwrap_or_else(|p| p.into_inner()));
    }

    fn classify(&self, url: &str, e: ureq::Error) -> FetchError {
        match e {
            ureq::Error::TooManyRedirects => FetchError::TooManyRedirects {
                url: url.into(),
                max: self.config.max_redirects,
            },
            ureq::Error::Timeout(_) => FetchError::Timeout {
                url: url.into(),
                after: self.config.timeout,
                source: e,
            },
            ureq::Error::BodyExceedsLimit(limit) => FetchError::TooLarge {
                url: url.into(),
                limit,
            },
            ureq::Error::HostNotFound | ureq::Error::ConnectionFailed => FetchError::Unreachable {
                url: url.into(),
                source: e,
            },
            ureq::Error::Io(ref io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::ConnectionRefused
                        | std::io::ErrorKind::ConnectionReset
                        | std::io::ErrorKind::ConnectionAborted
                        | std::io::ErrorKind::NotConnected
                        | std::io::ErrorKind::AddrNotAvailable
                ) =>
            {
                FetchError::Unreachable {
                    url: url.into(),
                    source: e,
                }
            }
            ureq::Error::Io(ref io) if io.kind() == std::io::ErrorKind::TimedOut => {
                FetchError::Timeout {
                    url: url.into(),
                    after: self.config.timeout,
                    source: e,
                }
            }
            other => FetchError::Http {
                url: url.into(),
                source: other,
            },
        }
    }

    /// Sleeps until this host's pause since the last request to it is over.
    fn wait_turn(&self, url: &Url) {
        let key = host_key(url);
        let pause = {
            let hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
            let host = hosts.get(&key);
            let crawl_delay = host
                .and_then(|h| h.robots.as_ref())
                .and_then(|r| r.as_ref())
                .and_then(|r| r.delay)
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d).min(self.config.max_crawl_delay))
                .unwrap_or_default();
            let interval = self.config.per_host_interval.max(crawl_delay);
            host.and_then(|h| h.last_request)
                .map(|last| interval.saturating_sub(last.elapsed()))
                .unwrap_or_default()
        };
        if !pause.is_zero() {
            std::thread::sleep(pause);
        }
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts.entry(key).or_default().last_request = Some(Instant::now());
    }

    /// Whether robots.txt lets [`ROBOTS_AGENT`] fetch `url`. The file is fetched once per
    /// host: a 4xx answer (no robots.txt) allows everything; a body that is not a valid
    /// robots.txt allows everything; a 5xx answer or no answer means the host cannot be
    /// asked now, reported as an error for `original`.
    fn robots_allow(&self, url: &Url, original: &str) -> Result<bool, FetchError> {
        let key = host_key(url);
        let known = {
            let hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
            hosts.get(&key).and_then(|h| h.robots.as_ref()).map(|r| {
                r.as_ref()
                    .map(|robot| robot.allowed(url.as_str()))
                    .unwrap_or(true)
            })
        };
        if let Some(allowed) = known {
            return Ok(allowed);
        }
        let robots_url = format!("{key}/robots.txt");
        self.wait_turn(url);
        self.bump(|s| s.robots_requests += 1);
        let robot = match self.agent.get(&robots_url).call() {
            Ok(mut response) => {
                let status = response.status();
                if status.is_success() {
                    let body = response
                        .body_mut()
                        .with_config()
                        .limit(512 * 1024)
                        .read_to_vec()
                        .map_err(|e| self.classify(original, e))?;
                    texting_robots::Robot::new(ROBOTS_AGENT, &body).ok()
                } else if status.is_client_error() {
                    None
                } else {
                    return Err(FetchError::Status {
                        url: original.into(),
                        status: status.as_u16(),
                    });
                }
            }
            // A robots.txt that redirects in circles counts as absent.
            Err(ureq::Error::TooManyRedirects) => None,
            Err(e) => return Err(self.classify(original, e)),
        };
        let allowed = robot
            .as_ref()
            .map(|r| r.allowed(url.as_str()))
            .unwrap_or(true);
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts.entry(key).or_default().robots = Some(robot);
        Ok(allowed)
    }
}

/// `scheme://host[:port]`: the unit robots.txt and the per-host pause apply to.
fn host_key(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// Parses `url` and accepts only `http` and `https` with a host.
pub fn parse_http_url(url: &str) -> Result<Url, FetchError> {
    let parsed = Url::parse(url).map_err(|e| FetchError::BadUrl {
        url: url.into(),
        reason: e.to_string(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(FetchError::BadUrl {
            url: url.into(),
            reason: format!(
                "scheme {:?} (only http and https are fetched)",
                parsed.scheme()
            ),
        });
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_are_accepted() {
        assert!(parse_http_url("https://example.org/a").is_ok());
        assert!(parse_http_url("http://127.0.0.1:8080/feed.xml").is_ok());
        assert!(matches!(
            parse_http_url("file:///etc/passwd"),
            Err(FetchError::BadUrl { .. })
        ));
        assert!(matches!(
            parse_http_url("not a url"),
            Err(FetchError::BadUrl { .. })
        ));
    }

    #[test]
    fn host_key_keeps_scheme_and_port() {
        let u = Url::parse("http://127.0.0.1:8080/x/y?z").unwrap();
        assert_eq!(host_key(&u), "http://127.0.0.1:8080");
        let u = Url::parse("https://Example.org/x").unwrap();
        assert_eq!(host_key(&u), "https://example.org");
    }
}
