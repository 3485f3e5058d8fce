//! The review desk on both engines: the queue, decisions posted by the page, several
//! desks (servers) sharing one PostgreSQL store.

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

const PG_ENV: &str = "DETENTE_TEST_POSTGRES";

/// Where a test's store lives: an SQLite file in a temporary folder, or a fresh database of
/// the PostgreSQL server named by `DETENTE_TEST_POSTGRES` (as the store's tests use it).
enum Place {
    Sqlite(tempfile::TempDir),
    Postgres(String),
}

impl Place {
    fn location(&self) -> PathBuf {
        match self {
            Place::Sqlite(dir) => dir.path().join("r.db"),
            Place::Postgres(url) => PathBuf::from(url),
        }
    }
}

/// The places a test runs on: SQLite always; PostgreSQL when `DETENTE_TEST_POSTGRES` names
/// a server (a database `detente_desk_<test>` created fresh there), else a SKIPPED note.
fn places(test: &str) -> Vec<Place> {
    let mut out = vec![Place::Sqlite(tempfile::tempdir().expect("temp dir"))];
    match fresh_postgres(test) {
        Some(url) => out.push(Place::Postgres(url)),
        None => eprintln!("SKIPPED {test} on PostgreSQL: {PG_ENV} is not set"),
    }
    out
}

fn fresh_postgres(test: &str) -> Option<String> {
    let url = std::env::var(PG_ENV).ok()?;
    let name = format!("detente_desk_{test}");
    Some(
        detente_store::pg::recreate_database(&url, &name)
            .unwrap_or_else(|e| panic!("{PG_ENV}={url}: {e}")),
    )
}

fn scenario() -> detente_model::Scenario {
    detente_model::Scenario::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/ukraine-2025/scenario.toml"
    ))
    .expect("example scenario")
}

/// A store built from two articles written for this test: a quote that names Crimea
/// (the linker reads a stance there) and one whose speaker is an organisation.
fn desk_on_a_small_store(place: &Place) -> (ReviewDesk, AnyStore) {
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
    let db = place.location();
    let store = AnyStore::open(&db).expect("store");
    store.ingest_batch(&batch).expect("ingest");
    (ReviewDesk::new(db, Some(scenario()), None, true), store)
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
    for place in places("decided_items") {
        decided_items_leave_the_queue_on(&place);
    }
}

fn decided_items_leave_the_queue_on(place: &Place) {
    let (desk, store) = desk_on_a_small_store(place);
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
    let place = Place::Sqlite(tempfile::tempdir().expect("temp dir"));
    let (desk, _store) = desk_on_a_small_store(&place);
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
    for place in places("undo_posted") {
        an_undo_posted_by_the_page_brings_the_item_back_on(&place);
    }
}

fn an_undo_posted_by_the_page_brings_the_item_back_on(place: &Place) {
    let (desk, _store) = desk_on_a_small_store(place);
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

/// Two servers' desks on one store, four analysts posting at once through them: every
/// decision is stored once, each desk sees the other's at its next request, and both
/// agree on the queue.
#[test]
fn desks_on_one_store_share_decisions_posted_at_once() {
    for place in places("shared_desks") {
        desks_share_decisions_on(&place);
    }
}

fn desks_share_decisions_on(place: &Place) {
    let (first, _store) = desk_on_a_small_store(place);
    let second = ReviewDesk::new(place.location(), Some(scenario()), None, true);
    let before = review_queue(&second).expect("queue");
    let keys: Vec<String> = before.speakers.iter().map(|s| s.key.clone()).collect();
    assert!(!keys.is_empty(), "a statement waits for a look");
    let desks = [&first, &second];
    let per_analyst = 10;
    std::thread::scope(|scope| {
        for analyst in 0..4 {
            let desk = desks[analyst % 2];
            let keys = &keys;
            scope.spawn(move || {
                for i in 0..per_analyst {
                    let d = Decision {
                        token: desk.token.clone(),
                        target: "quote".into(),
                        key: keys[(analyst + i) % keys.len()].clone(),
                        field: "status".into(),
                        value: Some(if i % 2 == 0 { "accepted" } else { "rejected" }.into()),
                        note: Some(format!("decision {i}")),
                        // Each decision its own author: two identical ones made within the
                        // same millisecond would be one correction.
                        author: Some(format!("analyst {analyst} #{i}")),
                        action: None,
                    };
                    apply(desk, &d).expect("a decision is recorded");
                }
            });
        }
    });
    let store = AnyStore::open_read_only(place.location()).expect("reader");
    let log = store.corrections().expect("log");
    assert_eq!(log.len(), 4 * per_analyst, "each decision stored once");
    for analyst in 0..4 {
        let mine: Vec<_> = log
            .iter()
            .filter(|c| c.author.starts_with(&format!("analyst {analyst} #")))
            .collect();
        assert_eq!(mine.len(), per_analyst, "analyst {analyst}");
    }
    let (a, b) = (
        review_queue(&first).expect("queue"),
        review_queue(&second).expect("queue"),
    );
    assert_eq!((a.corrections, b.corrections), (40, 40));
    for q in [&a, &b] {
        assert!(
            q.speakers.iter().all(|s| !keys.contains(&s.key)),
            "decided statements left the queue"
        );
    }
}
