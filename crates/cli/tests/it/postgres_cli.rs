//! The command line on a PostgreSQL store (`--db postgres://...`), against a real server
//! named by `DETENTE_TEST_POSTGRES` (see docs/scale.md); each test uses a fresh database of
//! its own. Unset, the tests say SKIPPED on standard error and check nothing.

use std::path::Path;
use std::process::{Command, Output};

const ENV: &str = "DETENTE_TEST_POSTGRES";

fn fresh_db(test: &str) -> Option<String> {
    let Ok(url) = std::env::var(ENV) else {
        eprintln!("SKIPPED {test}: {ENV} is not set, so `--db postgres://` was not tested");
        return None;
    };
    let name = format!("detente_cli_{test}");
    Some(
        detente_store::pg::recreate_database(&url, &name)
            .unwrap_or_else(|e| panic!("{ENV}={url}: {e}")),
    )
}

fn detente(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .output()
        .expect("run detente");
    assert!(
        out.status.success(),
        "detente {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// JSON rows without the row ids, which differ between engines.
fn rows_without_ids(out: &Output) -> Vec<serde_json::Value> {
    let mut v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON rows");
    for row in &mut v {
        if let Some(obj) = row.as_object_mut() {
            for k in ["id", "article_id", "speaker_id", "quote_id"] {
                obj.remove(k);
            }
        }
    }
    v
}

#[test]
fn ingest_quotes_actors_and_search_on_postgres_match_sqlite() {
    let Some(url) = fresh_db("same_as_sqlite") else {
        return;
    };
    let Some(url2) = fresh_db("from_evidence") else {
        return;
    };
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles");
    let articles = articles.to_str().expect("utf-8 path");
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = dir.path().join("ref.db");
    let sqlite = sqlite.to_str().expect("utf-8 path");
    detente(&["ingest", "-q", "--db", sqlite, articles]);
    let first = detente(&["ingest", "-q", "--db", &url, articles]);
    assert!(String::from_utf8_lossy(&first.stdout).contains(" 0 already stored"));
    let again = detente(&["ingest", "-q", "--db", &url, articles]);
    assert!(String::from_utf8_lossy(&again.stdout).contains(" 0 new,"));
    // Evidence extracted elsewhere loads into the same store.
    let ev = detente(&["extract", "--with-text", "--format", "jsonl", articles]);
    let ev_file = dir.path().join("ev.jsonl");
    std::fs::write(&ev_file, &ev.stdout).expect("write");
    detente(&[
        "ingest",
        "--evidence",
        "--db",
        &url2,
        ev_file.to_str().expect("utf-8"),
    ]);
    for query in [
        vec!["quotes", "--machine", "--format", "json"],
        vec!["quotes", "--machine", "--format", "json", "--claims"],
        vec![
            "quotes",
            "--machine",
            "--format",
            "json",
            "--speaker",
            "zelensky",
        ],
        vec!["actors", "--machine", "--format", "json"],
    ] {
        let with = |db: &str| {
            let mut args = query.clone();
            args.extend(["--db", db]);
            rows_without_ids(&detente(&args))
        };
        let reference = with(sqlite);
        assert!(!reference.is_empty(), "{query:?} found nothing on SQLite");
        assert_eq!(
            reference,
            with(&url),
            "{query:?}: PostgreSQL differs from SQLite"
        );
        assert_eq!(
            reference,
            with(&url2),
            "{query:?}: the evidence load differs"
        );
    }
    let hits = detente(&["search", "--db", &url, "--format", "json", "ceasefire"]);
    let hits: Vec<serde_json::Value> = serde_json::from_slice(&hits.stdout).expect("JSON");
    assert!(!hits.is_empty());
}

/// `detente ARGS` that must fail; its standard error.
fn detente_fails(args: &[&str], env: &[(&str, &str)]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .envs(env.iter().copied())
        .env_remove("DETENTE_DB")
        .output()
        .expect("run detente");
    assert!(!out.status.success(), "detente {args:?} succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The first row's `key` in a JSON listing.
fn first_key(out: &Output) -> String {
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON rows");
    v[0]["key"].as_str().expect("a key").to_string()
}

#[test]
fn every_store_command_works_on_postgres_as_on_sqlite() {
    let Some(url) = fresh_db("every_command") else {
        return;
    };
    let Some(imported) = fresh_db("every_command_import") else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025");
    let articles = root.join("articles");
    let articles = articles.to_str().expect("utf-8 path");
    let scenario = root.join("scenario.toml");
    let scenario = scenario.to_str().expect("utf-8 path");
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = dir.path().join("ref.db");
    let sqlite = sqlite.to_str().expect("utf-8 path");
    for db in [sqlite, url.as_str()] {
        detente(&["ingest", "-q", "--db", db, articles]);
        // The same corrections on both, by key (row ids differ between engines).
        let quotes = detente(&["quotes", "--db", db, "--format", "json"]);
        let key = first_key(&quotes);
        detente(&["quotes", "reject", "--db", db, &key, "--author", "ann"]);
        let dates = detente(&["timeline", "--db", db, "--dates-only", "--format", "json"]);
        let key = first_key(&dates);
        detente(&[
            "dates",
            "resolve",
            "--db",
            db,
            &key,
            "2020-02-02",
            "--author",
            "ann",
        ]);
    }
    // Output without row ids and without the moment each correction was made.
    fn normalise(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                for k in ["id", "article_id", "speaker_id", "quote_id", "at"] {
                    o.remove(k);
                }
                o.values_mut().for_each(normalise);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(normalise),
            _ => {}
        }
    }
    let same = |args: &[&str]| {
        let with = |db: &str| {
            let mut a: Vec<&str> = args.to_vec();
            a.extend(["--db", db]);
            let mut v: serde_json::Value =
                serde_json::from_slice(&detente(&a).stdout).expect("JSON");
            normalise(&mut v);
            v
        };
        let reference = with(sqlite);
        assert!(
            reference.as_array().is_none_or(|a| !a.is_empty()),
            "{args:?} found nothing on SQLite"
        );
        assert_eq!(reference, with(&url), "{args:?}: PostgreSQL differs");
    };
    same(&["quotes", "--format", "json"]);
    same(&["actors", "--format", "json"]);
    same(&["timeline", "--format", "json"]);
    same(&["timeline", "--machine", "--format", "json"]);
    same(&["positions", "--scenario", scenario, "--format", "json"]);
    let timeline = detente(&["timeline", "--db", &url, "--format", "json"]);
    assert!(String::from_utf8_lossy(&timeline.stdout).contains("2020-02-02"));
    // The log moves from PostgreSQL to another PostgreSQL store and is listed the same.
    let export = detente(&["corrections", "export", "--db", &url]);
    let file = dir.path().join("c.jsonl");
    std::fs::write(&file, &export.stdout).expect("write");
    assert_eq!(String::from_utf8_lossy(&export.stdout).lines().count(), 2);
    detente(&["ingest", "-q", "--db", &imported, articles]);
    detente(&[
        "corrections",
        "import",
        "--db",
        &imported,
        file.to_str().expect("utf-8"),
    ]);
    let list = |db: &str| {
        let out = detente(&["corrections", "export", "--db", db]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(list(&url), list(&imported));
    assert_eq!(
        rows_without_ids(&detente(&["quotes", "--db", &url, "--format", "json"])),
        rows_without_ids(&detente(&["quotes", "--db", &imported, "--format", "json"]))
    );
    // Merging actors by id through the command line.
    let actors = detente(&["actors", "--db", &url, "--format", "json"]);
    let v: Vec<serde_json::Value> = serde_json::from_slice(&actors.stdout).expect("JSON");
    let (keep, other) = (v[0]["id"].to_string(), v[1]["id"].to_string());
    let gone = v[1]["name"].as_str().expect("name").to_string();
    detente(&[
        "actors", "merge", "--db", &url, &keep, &other, "--author", "ann",
    ]);
    let after = detente(&["actors", "--db", &url, "--format", "json"]);
    let after: Vec<serde_json::Value> = serde_json::from_slice(&after.stdout).expect("JSON");
    assert_eq!(after.len() + 1, v.len());
    assert!(after.iter().all(|a| a["name"] != gone.as_str()));
    // DETENTE_DB names the store when --db is not given.
    let by_env = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(["corrections", "list", "--format", "json"])
        .env("DETENTE_DB", &url)
        .output()
        .expect("run");
    assert!(by_env.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&by_env.stdout).expect("JSON");
    assert_eq!(rows.len(), 3);
    // A read-only query on a database with no store in it says so.
    let Some(empty) = fresh_db("every_command_empty") else {
        return;
    };
    let err = detente_fails(&["timeline", "--db", &empty], &[]);
    assert!(err.contains("nothing has been ingested"), "{err}");
}

/// A plain HTTP/1.1 GET (no chunked bodies: the API answers with a length); status, body.
fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("request");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("response");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    assert!(
        !head.to_ascii_lowercase().contains("chunked"),
        "{path}: chunked"
    );
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, body.to_string())
}

/// `detente serve --db DB` on a free port, stopped when dropped.
struct Server(std::process::Child, std::net::SocketAddr);

impl Server {
    fn start(db: &str) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let addr: std::net::SocketAddr = ([127, 0, 0, 1], port).into();
        let child = Command::new(env!("CARGO_BIN_EXE_detente"))
            .args(["serve", "--db", db, "--addr", &addr.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn serve");
        let mut server = Server(child, addr);
        for _ in 0..600 {
            if let Some(status) = server.0.try_wait().expect("try_wait") {
                panic!("detente serve --db {db} exited: {status}");
            }
            if std::net::TcpStream::connect(addr).is_ok() {
                return server;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = server.0.kill();
        panic!("detente serve --db {db} did not listen");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_dashboard_serves_postgres_as_it_serves_sqlite() {
    let Some(url) = fresh_db("serve") else {
        return;
    };
    let articles =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/ukraine-2025/articles");
    let articles = articles.to_str().expect("utf-8 path");
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = dir.path().join("ref.db");
    let sqlite = sqlite.to_str().expect("utf-8 path");
    detente(&["ingest", "-q", "--db", sqlite, articles]);
    detente(&["ingest", "-q", "--db", &url, articles]);
    let (s, p) = (Server::start(sqlite), Server::start(&url));
    fn normalised(body: &str) -> serde_json::Value {
        fn strip(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(o) => {
                    for k in ["id", "article_id", "speaker_id", "quote_id", "at", "score"] {
                        o.remove(k);
                    }
                    o.values_mut().for_each(strip);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
                _ => {}
            }
        }
        let mut v: serde_json::Value = serde_json::from_str(body).expect("JSON");
        strip(&mut v);
        v
    }
    for path in [
        "/api/quotes",
        "/api/quotes?speaker=zelensky",
        "/api/actors",
        "/api/timeline",
        "/api/articles",
    ] {
        let (a, b) = (get(s.1, path), get(p.1, path));
        assert_eq!((a.0, b.0), (200, 200), "{path}: {}", b.1);
        assert_eq!(normalised(&a.1), normalised(&b.1), "{path}");
    }
    // An article page by each engine's own id for the same article.
    let first_id = |addr| {
        let (_, body) = get(addr, "/api/articles");
        let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        let list = v.as_array().cloned().or_else(|| {
            v.as_object()
                .and_then(|o| o.values().find_map(|x| x.as_array().cloned()))
        });
        match &list.expect("a list")[0]["id"] {
            serde_json::Value::String(name) => name.clone(),
            other => other.to_string(),
        }
    };
    let (a, b) = (
        get(s.1, &format!("/api/articles/{}", first_id(s.1))),
        get(p.1, &format!("/api/articles/{}", first_id(p.1))),
    );
    assert_eq!((a.0, b.0), (200, 200));
    assert_eq!(normalised(&a.1), normalised(&b.1));
    // Search answers from each engine's own full-text index.
    let (status, body) = get(p.1, "/api/search?q=ceasefire");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("ceasefire"), "{body}");
    let (status, page) = get(p.1, "/");
    assert_eq!(status, 200);
    assert!(page.contains("Zelensk"), "the page shows the stored quotes");
    // The review desk: the same queue on both engines, and a decision posted to the
    // PostgreSQL server's desk (with its session token, same-origin) takes its item out.
    let (a, b) = (get(s.1, "/api/review"), get(p.1, "/api/review"));
    assert_eq!((a.0, b.0), (200, 200), "{}", b.1);
    let without_merge_choices = |body: &str| {
        // The merge form's choices are (id, name) pairs: ids differ between engines.
        let mut v = normalised(body);
        v.as_object_mut().expect("an object").remove("actors");
        v
    };
    assert_eq!(
        without_merge_choices(&a.1),
        without_merge_choices(&b.1),
        "/api/review"
    );
    let queue: serde_json::Value = serde_json::from_str(&b.1).expect("JSON");
    let key = queue["speakers"][0]["key"]
        .as_str()
        .expect("a statement waits for a look")
        .to_string();
    let (_, review_page) = get(p.1, "/review");
    let token = review_page
        .split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|t| t.split('"').next())
        .expect("the page carries its token")
        .to_string();
    let form = format!(
        "token={token}&target=quote&key={}&field=status&value=rejected",
        key.replace(':', "%3A")
    );
    assert_eq!(
        post_form(p.1, "/review", &form, Some("http://evil.example")).0,
        403
    );
    assert_eq!(
        post_form(p.1, "/review", &form.replace(&token, "0"), None).0,
        403
    );
    assert_eq!(post_form(p.1, "/review", &form, None).0, 303);
    let (_, after) = get(p.1, "/api/review");
    let after: serde_json::Value = serde_json::from_str(&after).expect("JSON");
    assert_eq!(after["corrections"], 1);
    assert!(after["speakers"]
        .as_array()
        .expect("speakers")
        .iter()
        .all(|s| s["key"] != key.as_str()));
    let out = detente(&["corrections", "export", "--db", &url]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(&key));
}

/// A form POST (as the review page sends it), with `origin` as its `Origin` header if
/// given; status and body.
fn post_form(
    addr: std::net::SocketAddr,
    path: &str,
    body: &str,
    origin: Option<&str>,
) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .expect("timeout");
    let origin = origin.map_or(String::new(), |o| format!("Origin: {o}\r\n"));
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\n{origin}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("request");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("response");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, text)
}
