//! What stands in front of every route: the Host check against DNS rebinding, the request's
//! deadline (which also stops the SQLite work it started), the security headers and a JSON
//! body on every error, whichever layer produced it (408 from the timeout, 413 from the body
//! limit, 405 from the router).

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

tokio::task_local! {
    /// When the request being answered on this task must be finished.
    static DEADLINE: Instant;
}

/// The current request's deadline, for work handed to another thread (see
/// [`detente_store::with_deadline`]); `None` outside a request.
/// How long after a request's 408 the SQLite work it started is interrupted.
const INTERRUPT_AFTER_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(50);

pub(crate) fn current_deadline() -> Option<Instant> {
    DEADLINE.try_with(|d| *d).ok()
}

/// Host names the dashboard answers to.
///
/// A page on another site can make a browser send requests here by pointing its own domain
/// at 127.0.0.1 (DNS rebinding); the browser then sends that domain in `Host`. So only
/// `localhost` names, loopback addresses, the address the server is bound to and names the
/// user listed (`--allow-host`) are answered. Any IP address is also accepted when the
/// server listens on all interfaces (0.0.0.0 or ::): rebinding needs a domain name, and an
/// address typed by the user is what such a server is for. A request without any `Host`
/// (HTTP/1.0 tools; browsers always send one) is answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostPolicy {
    names: Vec<String>,
    any_address: bool,
}

impl HostPolicy {
    /// The policy for a server bound to `bound` (when known) plus the user's `extra` hosts
    /// (`name` or `name:port`).
    pub fn new(bound: Option<IpAddr>, extra: &[String]) -> Self {
        let mut names: Vec<String> = ["localhost", "127.0.0.1", "::1"]
            .into_iter()
            .map(str::to_string)
            .collect();
        if let Some(ip) = bound {
            names.push(ip.to_string());
        }
        names.extend(extra.iter().map(|h| host_name(h)));
        names.sort();
        names.dedup();
        HostPolicy {
            names,
            any_address: bound.is_some_and(|ip| ip.is_unspecified()),
        }
    }

    /// Whether a request with this `Host` value is answered.
    pub fn allows(&self, host: &str) -> bool {
        let name = host_name(host);
        if name == "localhost" || name.ends_with(".localhost") {
            return true;
        }
        if self.any_address && name.parse::<IpAddr>().is_ok() {
            return true;
        }
        self.names.contains(&name)
    }
}

/// The host part of a `Host` value, lower-cased, without port, brackets or final dot.
fn host_name(host: &str) -> String {
    let host = host.trim();
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else if host.matches(':').count() > 1 {
        // A bare IPv6 address (only from --allow-host; a Host header brackets it).
        host
    } else {
        host.split(':').next().unwrap_or("")
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// What the guard needs, built once per router.
#[derive(Clone)]
pub(crate) struct Guard {
    pub(crate) hosts: Arc<HostPolicy>,
    pub(crate) csp: HeaderValue,
    pub(crate) request_timeout: Duration,
}

/// Largest error body from an inner layer that is carried into the JSON message.
const ERROR_TEXT_LIMIT: usize = 4096;

pub(crate) async fn guard(State(g): State<Guard>, req: Request, next: Next) -> Response {
    let host = req
        .uri()
        .authority()
        .map(|a| a.as_str().to_string())
        .or_else(|| {
            req.headers()
                .get(header::HOST)
                .map(|h| String::from_utf8_lossy(h.as_bytes()).into_owned())
        });
    let mut res = match host {
        Some(h) if !g.hosts.allows(&h) => json_error(
            StatusCode::FORBIDDEN,
            &format!(
                "this dashboard does not answer to the host `{}` (a guard against DNS \
                 rebinding); open it as http://localhost:PORT/ or start it with \
                 --allow-host {}",
                host_name(&h),
                host_name(&h)
            ),
        ),
        _ => {
            // The timeout layer answers 408 at `request_timeout`; the work it abandons is
            // interrupted a moment later, so an interrupted query never races the 408 with
            // an early (empty) 200.
            let deadline = Instant::now() + g.request_timeout + INTERRUPT_AFTER_TIMEOUT;
            let res = DEADLINE.scope(deadline, next.run(req)).await;
            json_errors(res).await
        }
    };
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, g.csp.clone());
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn json_error(status: StatusCode, message: &str) -> Response {
    super::api::error(status, message).into_response()
}

/// Gives an error response that is not JSON yet (a timeout, a body limit, a method the
/// route does not take) the API's `{"error": ...}` body, keeping its status.
async fn json_errors(res: Response) -> Response {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return res;
    }
    let (parts, body) = res.into_parts();
    let text = axum::body::to_bytes(body, ERROR_TEXT_LIMIT)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let message = match status {
        StatusCode::REQUEST_TIMEOUT => format!(
            "the request took longer than its time limit and was stopped{}",
            if text.is_empty() {
                String::new()
            } else {
                format!(" ({text})")
            }
        ),
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is larger than the server accepts \
                                          (see --max-body-kib)"
            .to_string(),
        StatusCode::METHOD_NOT_ALLOWED => "this path does not take that method".to_string(),
        _ if !text.is_empty() => text,
        _ => status
            .canonical_reason()
            .unwrap_or("request failed")
            .to_string(),
    };
    let mut out = json_error(status, &message);
    // Keep headers such as Allow or Retry-After; the body's own are replaced.
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_policy_answers_loopback_names_the_bound_address_and_listed_hosts() {
        let p = HostPolicy::new(
            Some("127.0.0.1".parse().unwrap()),
            &["Desk.Lan:9000".into()],
        );
        for ok in [
            "localhost",
            "localhost:8080",
            "LOCALHOST.",
            "app.localhost:1",
            "127.0.0.1:8080",
            "[::1]:8080",
            "desk.lan",
            "desk.lan:8080",
        ] {
            assert!(p.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:8080",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "10.0.0.5:8080",
            "",
        ] {
            assert!(!p.allows(bad), "{bad}");
        }
    }

    #[test]
    fn a_server_on_all_interfaces_also_answers_addresses_but_not_names() {
        let p = HostPolicy::new(Some("0.0.0.0".parse().unwrap()), &[]);
        assert!(p.allows("192.168.1.20:8080"));
        assert!(p.allows("[fe80::1]:8080"));
        assert!(!p.allows("rebind.example:8080"));
    }
}
