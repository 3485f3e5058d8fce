//! The store on hand-made evidence: identity, atomic batches, queries, search, bad files.
use crate::common;

use common::{sample, Builder};
use detente_store::{
    ActorFilter, QuoteFilter, SearchHitKind, SearchOptions, Store, StoreError, TimelineFilter,
    TimelineKind, SCHEMA_VERSION,
};
use std::path::Path;

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    (dir, store)
}

fn count(path: &Path, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn ingest_is_idempotent_and_identity_is_the_text() {
    let (_d, store) = fresh();
    let first = store.ingest_batch(&sample()).unwrap();
    assert_eq!((first.articles_new, first.articles_skipped), (2, 0));
    assert_eq!(first.quotes, 5);
    assert_eq!(first.claims, 1);
    assert_eq!(first.dates, 3);
    let before = store.stats().unwrap();

    let again = store.ingest_batch(&sample()).unwrap();
    assert_eq!(
        (again.articles_new, again.articles_skipped, again.quotes),
        (0, 2, 0)
    );
    assert_eq!(store.stats().unwrap(), before);

    // The same text under another name and path: stored once, the name kept as a source.
    let mut renamed = sample();
    renamed.truncate(1);
    renamed[0].article.id = "copy-of-kremlin.txt".into();
    renamed[0].article.source_path = "/elsewhere/copy-of-kremlin.txt".into();
    let third = store.ingest_batch(&renamed).unwrap();
    assert_eq!((third.articles_new, third.articles_skipped), (0, 1));
    let after = store.stats().unwrap();
    assert_eq!(after.articles, 2);
    assert_eq!(after.quotes, before.quotes);
    assert_eq!(after.sources, before.sources + 1);
    let id = store
        .article_id_by_name("copy-of-kremlin.txt")
        .unwrap()
        .unwrap();
    assert_eq!(Some(id), store.article_id_by_name("kremlin.txt").unwrap());

    // Duplicates inside one batch are also stored once.
    let (_d2, other) = fresh();
    let mut twice = sample();
    twice.push(twice[0].clone());
    let o = other.ingest_batch(&twice).unwrap();
    assert_eq!((o.articles_new, o.articles_skipped, o.quotes), (2, 1, 5));
}

#[test]
fn a_failing_batch_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = Store::open(&path).unwrap();
    // Make SQLite reject one quote of the second article, after the first article and the
    // second's own row have been written inside the transaction.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER fail BEFORE INSERT ON quotes WHEN new.text = 'Nothing was signed.'
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    )
    .unwrap();
    let err = store.ingest_batch(&sample()).unwrap_err();
    assert!(err.to_string().contains("injected failure"), "{err}");
    for table in [
        "articles",
        "article_sources",
        "actors",
        "quotes",
        "claims",
        "dates",
        "article_actors",
        "actor_surfaces",
        "articles_fts",
    ] {
        assert_eq!(
            count(&path, table),
            0,
            "{table} has rows after a failed batch"
        );
    }
    conn.execute_batch("DROP TRIGGER fail").unwrap();
    let o = store.ingest_batch(&sample()).unwrap();
    assert_eq!(o.articles_new, 2);
    assert_eq!(count(&path, "quotes"), 5);
}

#[test]
fn quote_filters() {
    let (_d, store) = fresh();
    store.ingest_batch(&sample()).unwrap();
    let q = |f: QuoteFilter| store.quotes(&f).unwrap();
    let all = q(QuoteFilter::default());
    assert_eq!(all.len(), 5);
    // Date order: May before July; the quote dated by its article takes the article's date.
    assert!(all.windows(2).all(|w| w[0].date <= w[1].date), "{all:#?}");

    let peskov = q(QuoteFilter {
        speaker: Some("peskov".into()),
        ..Default::default()
    });
    assert_eq!(peskov.len(), 3);
    assert!(peskov
        .iter()
        .all(|r| r.speaker.as_deref() == Some("Dmitry Peskov")));
    // A surface form also finds the speaker, and so does a mention on an unattributed quote.
    let spokesman = q(QuoteFilter {
        speaker: Some("Kremlin Spokesman".into()),
        ..Default::default()
    });
    assert_eq!(spokesman.len(), 3);
    let unnamed = q(QuoteFilter {
        speaker: Some("unnamed".into()),
        ..Default::default()
    });
    assert_eq!(unnamed.len(), 1);
    assert_eq!(unnamed[0].speaker, None);
    // LIKE wildcards in input are literal.
    assert!(q(QuoteFilter {
        speaker: Some("%".into()),
        ..Default::default()
    })
    .is_empty());

    let russia = q(QuoteFilter {
        affiliation: Some("russia".into()),
        ..Default::default()
    });
    assert_eq!(
        russia.len(),
        3,
        "Peskov's affiliation comes from the first article"
    );
    let ukraine = q(QuoteFilter {
        affiliation: Some("Ukraine".into()),
        ..Default::default()
    });
    assert_eq!(ukraine.len(), 1);
    assert_eq!(ukraine[0].speaker_role.as_deref(), Some("President"));

    let july = q(QuoteFilter {
        since: Some("2025-07-01".into()),
        ..Default::default()
    });
    assert_eq!(july.len(), 2);
    let may = q(QuoteFilter {
        until: Some("2025-05".into()),
        ..Default::default()
    });
    assert_eq!(may.len(), 3);
    let both = q(QuoteFilter {
        speaker: Some("Peskov".into()),
        since: Some("2025-05-16".into()),
        until: Some("2025-05-16".into()),
        ..Default::default()
    });
    assert_eq!(both.len(), 2);
    let limited = q(QuoteFilter {
        limit: Some(2),
        ..Default::default()
    });
    assert_eq!(limited.len(), 2);
    assert!(matches!(
        store.quotes(&QuoteFilter {
            since: Some("July".into()),
            ..Default::default()
        }),
        Err(StoreError::InvalidDate { .. })
    ));

    // Spans point at the quoted words.
    let detail = store.article(peskov[0].article_id).unwrap().unwrap();
    for r in &peskov {
        let d = store.article(r.article_id).unwrap().unwrap();
        assert_eq!(&d.text[r.start as usize..r.end as usize], r.text);
    }
    assert!(!detail.mentions.is_empty());

    let claims = store
        .claims(&QuoteFilter {
            speaker: Some("Peskov".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(claims.len(), 1);
}

#[test]
fn actors_are_merged_across_articles() {
    let (_d, store) = fresh();
    store.ingest_batch(&sample()).unwrap();
    let actors = store.actors(&ActorFilter::default()).unwrap();
    let peskov = actors.iter().find(|a| a.name == "Dmitry Peskov").unwrap();
    assert_eq!(peskov.article_count, 2);
    assert_eq!(peskov.quote_count, 3);
    assert_eq!(peskov.role.as_deref(), Some("Kremlin spokesman"));
    assert_eq!(peskov.affiliation.as_deref(), Some("Russia"));
    // "Dmitry Peskov" + "Peskov" in the first article, "Peskov" + "the Kremlin spokesman"
    // in the second: whole words only, the longest form winning where forms overlap.
    assert_eq!(peskov.mention_count, 4);
    assert!(peskov
        .surfaces
        .contains(&"the Kremlin spokesman".to_string()));
    assert_eq!(
        actors[0].name, "Dmitry Peskov",
        "most widely reported first"
    );

    let russia = store
        .actors(&ActorFilter {
            affiliation: Some("Russia".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(russia.len(), 2);
    let countries = store
        .actors(&ActorFilter {
            kind: Some("country".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(countries.len(), 1);
    assert_eq!(countries[0].name, "Russia");
    let by_surface = store
        .actors(&ActorFilter {
            name: Some("moscow".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_surface.len(), 1);
}

#[test]
fn timeline_is_in_date_order() {
    let (_d, store) = fresh();
    store.ingest_batch(&sample()).unwrap();
    let all = store.timeline(&TimelineFilter::default()).unwrap();
    assert_eq!(all.len(), 3 + 5);
    let firsts: Vec<&str> = all.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(firsts[0], "2025-05-16");
    assert!(all.iter().any(|e| e.kind == TimelineKind::Date
        && e.text == "June"
        && e.context.as_deref() == Some("An unnamed official said: \"We will see in June.\"")));
    let dates_only = store
        .timeline(&TimelineFilter {
            dates_only: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(dates_only.len(), 3);
    let summer = store
        .timeline(&TimelineFilter {
            since: Some("2025-06-10".into()),
            ..Default::default()
        })
        .unwrap();
    // "June" (a month) overlaps; the July date and the two July quotes.
    assert_eq!(summer.len(), 4, "{summer:#?}");
    // A limit gives the first entries of the unlimited timeline, with and without a
    // range (each table is cut to the limit before the two are merged).
    let key = |e: &detente_store::TimelineEntry| (e.date.clone(), e.kind, e.start, e.text.clone());
    for since in [None, Some("2025-06-10")] {
        let unlimited = store
            .timeline(&TimelineFilter {
                since: since.map(String::from),
                ..Default::default()
            })
            .unwrap();
        for limit in 1..=unlimited.len() + 1 {
            let cut = store
                .timeline(&TimelineFilter {
                    since: since.map(String::from),
                    limit: Some(limit),
                    ..Default::default()
                })
                .unwrap();
            let want: Vec<_> = unlimited.iter().take(limit).map(key).collect();
            assert_eq!(
                cut.iter().map(key).collect::<Vec<_>>(),
                want,
                "{since:?} {limit}"
            );
        }
    }
}

#[test]
fn full_text_search() {
    let (_d, store) = fresh();
    store.ingest_batch(&sample()).unwrap();
    let o = SearchOptions::default();
    let hits = store.search("NATO membership", &o).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, SearchHitKind::Article);
    assert!(hits[0].snippet.contains("**NATO**"), "{}", hits[0].snippet);

    let hits = store.search("\"third round\"", &o).unwrap();
    assert!(hits
        .iter()
        .any(|h| h.kind == SearchHitKind::Quote && h.speaker.as_deref() == Some("Dmitry Peskov")));
    // Stemming: "signing" finds "signed".
    assert!(!store.search("signing", &o).unwrap().is_empty());
    // Punctuation is not syntax.
    assert!(store.search("U.S.-brokered", &o).unwrap().is_empty());
    assert!(!store
        .search("ceasefire OR guarantees", &o)
        .unwrap()
        .is_empty());
    for bad in ["\"NATO", "OR", "(peace", "NATO AND"] {
        assert!(
            matches!(store.search(bad, &o), Err(StoreError::InvalidSearch { .. })),
            "{bad}"
        );
    }
}

#[test]
fn invalid_spans_are_dropped_not_stored() {
    let (_d, store) = fresh();
    let mut item = Builder::new("x.txt", None, "Zoë said: \"Yes.\"")
        .quote("Yes.", Some("Zoë"), None, None)
        .build();
    let mut bad = item.evidence.quotes[0].clone();
    bad.start = 3; // inside "ë"
    item.evidence.quotes.push(bad);
    let mut past_end = item.evidence.quotes[0].clone();
    past_end.end = 1000;
    item.evidence.quotes.push(past_end);
    let o = store.ingest_batch(&[item]).unwrap();
    assert_eq!((o.quotes, o.invalid_spans), (1, 2));
}

#[test]
fn not_sqlite_file_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let content = b"these are my notes, not a database\n".repeat(200);
    std::fs::write(&path, &content).unwrap();
    for result in [Store::open(&path), Store::open_read_only(&path)] {
        let err = result.unwrap_err();
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
        assert!(err.to_string().contains("notes.db"), "{err}");
    }
    assert_eq!(std::fs::read(&path).unwrap(), content);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "files were created beside it: {names:?}");
}

#[test]
fn read_only_file_is_refused_for_writing_and_readable_for_queries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.db");
    {
        let store = Store::open(&path).unwrap();
        store.ingest_batch(&sample()).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
    assert!(err.to_string().contains("ro.db"));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.quotes(&QuoteFilter::default()).unwrap().len(), 5);
    assert!(matches!(
        reader.ingest_batch(&sample()),
        Err(StoreError::NotWritable { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn schema_version_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    Store::open(&path).unwrap();
    assert_eq!(
        Store::open(&path).unwrap().stats().unwrap().schema_version,
        SCHEMA_VERSION
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 1))
        .unwrap();
    for result in [Store::open(&path), Store::open_read_only(&path)] {
        let err = result.unwrap_err();
        assert!(
            matches!(err, StoreError::TooNew { found, .. } if found == SCHEMA_VERSION + 1),
            "{err}"
        );
        assert!(err.to_string().contains("v.db"));
    }

    // Another program's SQLite file is not taken over.
    let other = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE mine(x); INSERT INTO mine VALUES (1);")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&other).unwrap();
    assert!(matches!(
        Store::open(&other),
        Err(StoreError::ForeignDatabase { .. })
    ));
    assert_eq!(std::fs::read(&other).unwrap(), before);

    // Querying a file that does not exist does not create it.
    let missing = dir.path().join("missing.db");
    assert!(matches!(
        Store::open_read_only(&missing),
        Err(StoreError::Missing { .. })
    ));
    assert!(!missing.exists());
}

#[test]
fn store_is_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Store>();
    let (_d, store) = fresh();
    store.ingest_batch(&sample()).unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| assert_eq!(store.quotes(&QuoteFilter::default()).unwrap().len(), 5));
        }
    });
}

#[test]
fn article_detail_has_every_span() {
    let (_d, store) = fresh();
    store.ingest_batch(&sample()).unwrap();
    let list = store.articles(None, 0).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, "kremlin.txt", "newest first");
    let d = store.article(list[0].id).unwrap().unwrap();
    assert_eq!(d.article.bytes as usize, d.text.len());
    assert_eq!(
        d.sources,
        vec![("kremlin.txt".to_string(), "/corpus/kremlin.txt".to_string())]
    );
    assert_eq!((d.quotes.len(), d.claims.len(), d.dates.len()), (2, 1, 1));
    assert!(d.quotes.windows(2).all(|w| w[0].start <= w[1].start));
    for m in &d.mentions {
        assert_eq!(&d.text[m.start as usize..m.end as usize], m.surface);
    }
    let surfaces: Vec<&str> = d.mentions.iter().map(|m| m.surface.as_str()).collect();
    assert_eq!(
        surfaces,
        [
            "Kremlin",
            "Dmitry Peskov",
            "Peskov",
            "Moscow",
            "Volodymyr Zelensky"
        ]
    );
    assert_eq!(
        d.dates[0].context,
        "Kremlin spokesman Dmitry Peskov said on Tuesday: \"We are ready for a third round.\""
    );
    assert!(store.article(9999).unwrap().is_none());
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.quotes, s.claims, s.dates), (2, 5, 1, 3));
    assert_eq!(
        s.mentions,
        d.mentions.len() as i64 + 2,
        "two more in the other article"
    );
    assert_eq!(s.first_article_date.as_deref(), Some("2025-05-16"));
}

#[test]
fn an_actors_side_is_what_most_articles_say_whatever_the_order() {
    use detente_text::ActorKind;
    let art = |name: &str, side: &str| {
        Builder::new(
            name,
            Some("2025-08-16"),
            &format!("{name}: Ada Quell spoke."),
        )
        .actor(
            "Ada Quell",
            ActorKind::Person,
            Some("President"),
            Some(side),
            &["Ada Quell"],
        )
        .build()
    };
    let sides = ["Norland", "Sudmark", "Norland"];
    let mut seen = Vec::new();
    for order in [[0, 1, 2], [1, 0, 2], [1, 2, 0]] {
        let (_dir, store) = fresh();
        for i in order {
            store
                .ingest_batch(&[art(&format!("a{i}.txt"), sides[i])])
                .unwrap();
        }
        let actors = store.actors(&ActorFilter::default()).unwrap();
        let ada = actors
            .iter()
            .find(|a| a.name == "Ada Quell")
            .expect("stored");
        seen.push(ada.affiliation.clone());
    }
    assert_eq!(seen, vec![Some("Norland".to_string()); 3]);
}
