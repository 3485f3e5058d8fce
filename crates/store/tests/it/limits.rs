//! Bounds on what one query may cost, and the documented search syntax.
use crate::common;

use common::{sample, Builder};
use detente_store::{with_deadline, SearchOptions, Store, StoreError};
use std::time::{Duration, Instant};

fn filled(articles: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    store.ingest_batch(&sample()).unwrap();
    let batch: Vec<_> = (0..articles)
        .map(|i| {
            let (_, date, text) = common::corpus::article(i);
            Builder::new(&format!("a{i}.txt"), Some(&date), &text).build()
        })
        .collect();
    store.ingest_batch(&batch).unwrap();
    (dir, store)
}

#[test]
fn a_passed_deadline_interrupts_the_query_and_the_store_answers_afterwards() {
    let (_d, store) = filled(300);
    let o = SearchOptions::default();
    let before = store.search("negotiat* OR ceasefire", &o).unwrap();
    assert!(!before.is_empty());
    let past = Instant::now() - Duration::from_millis(1);
    let stopped = with_deadline(past, || store.search("negotiat* OR ceasefire", &o));
    assert!(
        matches!(stopped, Err(StoreError::Interrupted { .. })),
        "{stopped:?}"
    );
    // The connection is usable again once the deadline is gone.
    assert_eq!(
        store.search("negotiat* OR ceasefire", &o).unwrap().len(),
        before.len()
    );
    let later = Instant::now() + Duration::from_secs(600);
    assert!(with_deadline(later, || store.search("ceasefire", &o)).is_ok());
}

#[test]
fn documented_search_syntax_works() {
    let (_d, store) = filled(0);
    let o = SearchOptions::default();
    // NEAR groups and parentheses beside plain words, as docs/store.md shows them.
    assert!(!store
        .search("NEAR(NATO membership, 5)", &o)
        .unwrap()
        .is_empty());
    assert!(!store
        .search("NATO (membership OR guarantees)", &o)
        .unwrap()
        .is_empty());
    assert!(!store
        .search("(ceasefire OR membership) NATO", &o)
        .unwrap()
        .is_empty());
    // A NUL or an escape in a query separates words; it is never an SQLite error.
    assert!(store.search("NATO\0membership", &o).is_ok());
    assert!(store.search("\"NATO\u{1b}membership\"", &o).is_ok());
}

#[test]
fn searches_over_the_term_bounds_are_refused_before_sqlite() {
    let (_d, store) = filled(0);
    let o = SearchOptions::default();
    for flood in [vec!["a*"; 200].join(" "), vec!["peace"; 2000].join(" ")] {
        assert!(
            matches!(
                store.search(&flood, &o),
                Err(StoreError::InvalidSearch { .. })
            ),
            "{}",
            &flood[..20]
        );
    }
}

fn set_version(path: &std::path::Path, v: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&format!("PRAGMA user_version = {v}"))
        .unwrap();
}

#[test]
fn a_hand_edited_schema_version_gets_one_clear_line() {
    for bad in [-1, 1, 3] {
        let (d, store) = filled(0);
        let path = d.path().join("t.db");
        drop(store);
        set_version(&path, bad);
        let err = Store::open(&path).expect_err("refused");
        let text = err.to_string();
        assert!(
            matches!(err, StoreError::SchemaMismatch { .. }),
            "{bad}: {text}"
        );
        assert!(
            text.contains("user_version") && text.contains("t.db"),
            "{text}"
        );
        assert!(text.len() < 500, "{} bytes: {text}", text.len());
        // Nothing was changed: the tables still hold the articles.
        set_version(&path, detente_store::SCHEMA_VERSION);
        assert!(Store::open(&path).unwrap().stats().unwrap().articles > 0);
    }
}
