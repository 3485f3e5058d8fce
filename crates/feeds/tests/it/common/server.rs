//! A small HTTP/1.1 server on 127.0.0.1 for the tests: fixed routes, each a reply the test
//! chooses (including the hostile ones: a body that never ends, a stalled body, redirects
//! in a loop), and a record of every request. Nothing leaves the machine. Every loop that
//! sends is bounded in bytes and time, so the server stops by itself.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What a route answers.
#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with this body; with an ETag, a matching `If-None-Match` gets 304.
    Ok {
        content_type: String,
        body: Vec<u8>,
        etag: Option<String>,
        gzip: bool,
    },
    Status(u16),
    /// 302 to this location.
    Redirect(String),
    /// 200 `text/html` without a length, then HTML forever (bounded at 256 MiB / 60 s).
    Endless,
    /// 200 `text/html` with a length, a few bytes, then nothing (bounded at 60 s).
    Stall,
}

impl Reply {
    pub fn html(body: &str) -> Reply {
        Reply::Ok {
            content_type: "text/html; charset=utf-8".into(),
            body: body.as_bytes().to_vec(),
            etag: None,
            gzip: false,
        }
    }
    pub fn typed(content_type: &str, body: &str) -> Reply {
        Reply::Ok {
            content_type: content_type.into(),
            body: body.as_bytes().to_vec(),
            etag: None,
            gzip: false,
        }
    }
    pub fn with_etag(self, tag: &str) -> Reply {
        match self {
            Reply::Ok {
                content_type,
                body,
                gzip,
                ..
            } => Reply::Ok {
                content_type,
                body,
                etag: Some(tag.into()),
                gzip,
            },
            other => other,
        }
    }
}

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    pub headers: HashMap<String, String>,
    pub at: Instant,
}

#[derive(Clone)]
pub struct Server {
    pub base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    hits: Arc<Mutex<Vec<Hit>>>,
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1. It runs until the test binary exits.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("local addr"));
        let server = Server {
            base,
            routes: Arc::new(Mutex::new(HashMap::new())),
            hits: Arc::new(Mutex::new(Vec::new())),
        };
        let s = server.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let s = s.clone();
                std::thread::spawn(move || s.handle(stream));
            }
        });
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn route(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.into(), reply);
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    pub fn hits_on(&self, path: &str) -> Vec<Hit> {
        self.hits().into_iter().filter(|h| h.path == path).collect()
    }

    pub fn clear_hits(&self) {
        self.hits.lock().unwrap().clear();
    }

    fn handle(&self, stream: TcpStream) {
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let Ok(read_half) = stream.try_clone() else {
            return;
        };
        let mut reader = BufReader::new(read_half);
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() {
            return;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut headers = HashMap::new();
        loop {
            let mut h = String::new();
            match reader.read_line(&mut h) {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        self.hits.lock().unwrap().push(Hit {
            path: path.clone(),
            headers: headers.clone(),
            at: Instant::now(),
        });
        let reply = self.routes.lock().unwrap().get(&path).cloned();
        let mut out = stream;
        let _ = match reply {
            None => write_simple(&mut out, 404, "text/plain", b"not found", &[]),
            Some(Reply::Status(code)) => write_simple(&mut out, code, "text/plain", b"status", &[]),
            Some(Reply::Redirect(to)) => {
                write_simple(&mut out, 302, "text/plain", b"", &[("Location", &to)])
            }
            Some(Reply::Ok {
                content_type,
                body,
                etag,
                gzip,
            }) => {
                if etag.is_some() && headers.get("if-none-match") == etag.as_ref() {
                    write_simple(&mut out, 304, &content_type, b"", &[])
                } else {
                    let mut extra: Vec<(&str, &str)> = Vec::new();
                    if let Some(t) = &etag {
                        extra.push(("ETag", t));
                    }
                    let body = if gzip {
                        extra.push(("Content-Encoding", "gzip"));
                        gzip_bytes(&body)
                    } else {
                        body
                    };
                    write_simple(&mut out, 200, &content_type, &body, &extra)
                }
            }
            Some(Reply::Endless) => endless(&mut out),
            Some(Reply::Stall) => stall(&mut out),
        };
    }
}

fn reason(code: u16) -> &'static str {
    match code {
        200 => "OK",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn write_simple(
    out: &mut TcpStream,
    code: u16,
    content_type: &str,
    body: &[u8],
    extra: &[(&str, &str)],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {code} {}\r\nContent-Type: {content_type}\r\nConnection: close\r\n",
        reason(code)
    );
    if code != 304 {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if code != 304 {
        out.write_all(body)?;
    }
    out.flush()
}

fn endless(out: &mut TcpStream) -> std::io::Result<()> {
    out.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>",
    )?;
    let chunk = "<p>The talks went on and on and on.</p>\n".repeat(256);
    let started = Instant::now();
    let mut sent = 0usize;
    while sent < 256 << 20 && started.elapsed() < Duration::from_secs(60) {
        out.write_all(chunk.as_bytes())?;
        sent += chunk.len();
    }
    Ok(())
}

fn stall(out: &mut TcpStream) -> std::io::Result<()> {
    out.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n<html>",
    )?;
    out.flush()?;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(200));
        // A closed connection ends the wait early.
        if out.write_all(b"").is_err() {
            break;
        }
    }
    Ok(())
}

fn gzip_bytes(body: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(body).expect("gzip to memory");
    enc.finish().expect("gzip to memory")
}

/// An address where nothing listens: a port bound and released.
pub fn dead_url() -> String {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = l.local_addr().expect("addr");
    drop(l);
    format!("http://{addr}/feed.xml")
}
