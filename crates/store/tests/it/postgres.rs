//! The PostgreSQL engine against a real server, compared with the SQLite engine.
//!
//! The server is named by `DETENTE_TEST_POSTGRES` (a URL whose role may create databases,
//! e.g. `postgresql://detente@/detente_test?host=/tmp/pg`; `.ci/postgres-start.sh` starts
//! a throwaway cluster and prints one). Each test works in a database of its own, created
//! fresh. With the variable unset, every test here says on standard error that it was
//! skipped and checks nothing.

use crate::common::{self, corpus, Builder};
use detente_store::pg::PgStore;
use detente_store::{
    ActorFilter, ArticleWithEvidence, Correction, QuoteFilter, QuoteRow, SearchOptions, Store,
};
use detente_text::{ActorKind, Extractor};

const ENV: &str = "DETENTE_TEST_POSTGRES";

/// A fresh, empty database for one test; `None` (with a note) when no server is given.
pub(crate) fn fresh_db(test: &str) -> Option<String> {
    let Ok(url) = std::env::var(ENV) else {
        eprintln!("SKIPPED {test}: {ENV} is not set, so the PostgreSQL engine was not tested");
        return None;
    };
    let name = format!("detente_it_{test}");
    Some(
        detente_store::pg::recreate_database(&url, &name)
            .unwrap_or_else(|e| panic!("{ENV}={url}: {e}")),
    )
}

/// Articles extracted by the real extractor, plus hand-made ones whose actors the merge
/// rules must join (spellings, a lone surname, an acronym).
pub(crate) fn batches() -> Vec<Vec<ArticleWithEvidence>> {
    let extractor = Extractor::new();
    let mut items: Vec<ArticleWithEvidence> = (0..60)
        .map(|i| {
            let (title, date, text) = corpus::article(i);
            let mut a = common::article(&format!("a{i}"), Some(&date), &text);
            a.title = Some(title);
            let evidence = extractor.extract(&a);
            ArticleWithEvidence {
                article: a,
                evidence,
            }
        })
        .collect();
    let t1 = "Envoy Ingrid Solheim of Norway spoke first. \"The map is not final,\" she said.";
    items.push(
        Builder::new("m1", Some("2024-05-02"), t1)
            .actor(
                "Ingrid Solheim",
                ActorKind::Person,
                Some("envoy"),
                Some("Norway"),
                &["Solheim"],
            )
            .quote(
                "The map is not final,",
                Some("Ingrid Solheim"),
                Some("she"),
                None,
            )
            .build(),
    );
    let t2 = "Solheim repeated the point. The Atlantic Fisheries Council (AFC) agreed.";
    items.push(
        Builder::new("m2", Some("2024-05-03"), t2)
            .actor("Solheim", ActorKind::Person, None, Some("Norway"), &[])
            .actor(
                "Atlantic Fisheries Council",
                ActorKind::Organization,
                None,
                None,
                &[],
            )
            .build(),
    );
    let t3 = "I. Solheim and the AFC met again. \"Quotas first,\" AFC delegates said.";
    items.push(
        Builder::new("m3", Some("2024-05-04"), t3)
            .actor("I. Solheim", ActorKind::Person, Some("envoy"), None, &[])
            .actor("AFC", ActorKind::Organization, None, None, &[])
            .quote("Quotas first,", Some("AFC"), Some("AFC delegates"), None)
            .build(),
    );
    // The same text twice under other names: stored once.
    let mut again = items[0].clone();
    again.article.id = "a0-again".into();
    again.article.source_path = "elsewhere/a0.txt".into();
    items.push(again);
    items.chunks(9).map(<[_]>::to_vec).collect()
}

/// What a quote says, without row ids (which differ between engines and runs).
fn quote_view(q: &QuoteRow) -> String {
    format!(
        "{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}",
        q.key, q.text, q.speaker, q.speaker_role, q.affiliation, q.date, q.cue
    )
}

fn sqlite_reference(batches: &[Vec<ArticleWithEvidence>]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("ref.db")).expect("sqlite store");
    for b in batches {
        store.ingest_batch(b).expect("sqlite ingest");
    }
    (dir, store)
}

fn actor_view(store_rows: Vec<detente_store::ActorRow>) -> Vec<String> {
    store_rows
        .into_iter()
        .map(|a| {
            let mut surfaces = a.surfaces;
            surfaces.sort();
            format!(
                "{}|{}|{:?}|{:?}|m{}|a{}|q{}|{}",
                a.name,
                a.kind,
                a.role,
                a.affiliation,
                a.mention_count,
                a.article_count,
                a.quote_count,
                surfaces.join(",")
            )
        })
        .collect()
}

fn machine_quotes() -> QuoteFilter {
    QuoteFilter {
        machine: true,
        ..QuoteFilter::default()
    }
}

fn machine_actors() -> ActorFilter {
    ActorFilter {
        machine: true,
        ..ActorFilter::default()
    }
}

#[test]
fn postgres_holds_what_sqlite_holds() {
    let Some(url) = fresh_db("same_as_sqlite") else {
        return;
    };
    let batches = batches();
    let (_dir, reference) = sqlite_reference(&batches);
    let pg = PgStore::open(&url).expect("open postgres store");
    for b in &batches {
        pg.ingest_batch(b).expect("postgres ingest");
    }
    let (s, p) = (reference.stats().unwrap(), pg.stats().unwrap());
    assert_eq!(format!("{s:?}"), format!("{p:?}"));
    assert!(p.quotes > 50 && p.articles == 63, "{p:?}");
    let sq: Vec<String> = reference
        .quotes(&machine_quotes())
        .unwrap()
        .iter()
        .map(quote_view)
        .collect();
    let pq: Vec<String> = pg
        .quotes(&machine_quotes())
        .unwrap()
        .iter()
        .map(quote_view)
        .collect();
    assert_eq!(sq, pq);
    let sa = actor_view(reference.actors(&machine_actors()).unwrap());
    let pa = actor_view(pg.actors(&machine_actors()).unwrap());
    assert_eq!(sa, pa);
    // The merge rules ran: the three spellings are one actor, the acronym joined its body.
    assert!(
        pa.iter()
            .any(|a| a.starts_with("Ingrid Solheim|") && a.contains("I. Solheim")),
        "{pa:#?}"
    );
    assert!(
        pa.iter()
            .any(|a| a.starts_with("Atlantic Fisheries Council|") && a.contains("AFC")),
        "{pa:#?}"
    );
    // Filters agree too.
    let by_speaker = QuoteFilter {
        speaker: Some("solheim".into()),
        ..machine_quotes()
    };
    let sq: Vec<String> = reference
        .quotes(&by_speaker)
        .unwrap()
        .iter()
        .map(quote_view)
        .collect();
    let pq: Vec<String> = pg
        .quotes(&by_speaker)
        .unwrap()
        .iter()
        .map(quote_view)
        .collect();
    assert_eq!(sq, pq);
    assert_eq!(pq.len(), 1);
    let since = QuoteFilter {
        since: Some("2024-01".into()),
        until: Some("2025-06-30".into()),
        ..machine_quotes()
    };
    let sq: Vec<String> = reference
        .quotes(&since)
        .unwrap()
        .iter()
        .map(quote_view)
        .collect();
    let pq: Vec<String> = pg.quotes(&since).unwrap().iter().map(quote_view).collect();
    assert_eq!(sq, pq);
    assert!(!pq.is_empty());
}

#[test]
fn ingest_is_idempotent_and_independent_of_order() {
    let Some(url) = fresh_db("order") else {
        return;
    };
    let Some(url2) = fresh_db("order_reversed") else {
        return;
    };
    let batches = batches();
    let pg = PgStore::open(&url).unwrap();
    for b in &batches {
        pg.ingest_batch(b).unwrap();
    }
    let before = pg.stats().unwrap();
    let mut again = detente_store::BatchOutcome::default();
    for b in &batches {
        again += pg.ingest_batch(b).unwrap();
    }
    assert_eq!(again.articles_new, 0);
    assert_eq!(again.quotes, 0);
    assert_eq!(format!("{before:?}"), format!("{:?}", pg.stats().unwrap()));
    // Another store fed the articles in reverse order holds the same actors.
    let reversed = PgStore::open(&url2).unwrap();
    for b in batches.iter().rev() {
        let mut b = b.clone();
        b.reverse();
        reversed.ingest_batch(&b).unwrap();
    }
    assert_eq!(
        actor_view(pg.actors(&machine_actors()).unwrap()),
        actor_view(reversed.actors(&machine_actors()).unwrap())
    );
}

#[test]
fn concurrent_writers_store_each_article_once() {
    let Some(url) = fresh_db("concurrent") else {
        return;
    };
    let batches = batches();
    PgStore::open(&url).unwrap();
    // Four writers, each with its own connection, all writing every batch.
    std::thread::scope(|scope| {
        for w in 0..4 {
            let (url, batches) = (&url, &batches);
            scope.spawn(move || {
                let store = PgStore::open(url).unwrap();
                for i in 0..batches.len() {
                    store
                        .ingest_batch(&batches[(i + w) % batches.len()])
                        .unwrap();
                }
            });
        }
    });
    let pg = PgStore::open(&url).unwrap();
    let (_dir, reference) = sqlite_reference(&batches);
    let (s, p) = (reference.stats().unwrap(), pg.stats().unwrap());
    assert_eq!(
        (s.articles, s.quotes, s.claims, s.dates, s.actors),
        (p.articles, p.quotes, p.claims, p.dates, p.actors)
    );
    assert_eq!(
        actor_view(reference.actors(&machine_actors()).unwrap()),
        actor_view(pg.actors(&machine_actors()).unwrap())
    );
}

#[test]
fn full_text_search_stems_and_ranks() {
    let Some(url) = fresh_db("search") else {
        return;
    };
    let pg = PgStore::open(&url).unwrap();
    for b in batches() {
        pg.ingest_batch(&b).unwrap();
    }
    // "miracle" finds "miracles" (stemming) in quotes and articles.
    let hits = pg.search("miracle", &SearchOptions::default()).unwrap();
    assert_eq!(hits.len(), 50, "the limit");
    assert!(
        hits.iter().all(|h| h.snippet.contains("**miracles**")),
        "{:?}",
        hits[0]
    );
    assert!(hits.windows(2).all(|w| w[0].score <= w[1].score));
    let quotes_only = SearchOptions {
        articles: false,
        ..SearchOptions::default()
    };
    let hits = pg.search("miracle", &quotes_only).unwrap();
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h.kind == detente_store::SearchHitKind::Quote && h.quote_id.is_some()));
    // A phrase: only quotes holding those words in that order.
    let phrase = pg.search("\"quotas first\"", &quotes_only).unwrap();
    assert_eq!(phrase.len(), 1, "{phrase:?}");
    let none = pg.search("zebra", &SearchOptions::default()).unwrap();
    assert!(none.is_empty());
    assert!(pg.search("  ", &SearchOptions::default()).is_err());
}

#[test]
fn the_corrections_log_merges_actors_and_stays_append_only() {
    let Some(url) = fresh_db("corrections") else {
        return;
    };
    let pg = PgStore::open(&url).unwrap();
    for b in batches() {
        pg.ingest_batch(&b).unwrap();
    }
    let names = |pg: &PgStore| -> Vec<String> {
        pg.actors(&machine_actors())
            .unwrap()
            .into_iter()
            .map(|a| a.name)
            .collect()
    };
    assert!(names(&pg).contains(&"Maria Lindqvist".to_string()));
    let merge = Correction::set(
        detente_store::corrections::Target::Actor,
        "maria lindqvist",
        "merge_into",
        Some("claire dubois".into()),
        "tester",
        Some("same office".into()),
    );
    let id = pg.correct(&merge).unwrap();
    assert_eq!(
        pg.correct(&merge).unwrap(),
        id,
        "the same correction twice is stored once"
    );
    let after = names(&pg);
    assert!(!after.contains(&"Maria Lindqvist".to_string()), "{after:?}");
    assert!(after.contains(&"Claire Dubois".to_string()));
    // The merge holds for articles ingested later.
    let extra = corpus::article(500);
    let mut a = common::article("late", Some(&extra.1), &extra.2);
    a.title = Some(extra.0);
    let evidence = Extractor::new().extract(&a);
    pg.ingest_batch(&[ArticleWithEvidence {
        article: a,
        evidence,
    }])
    .unwrap();
    assert!(!names(&pg).contains(&"Maria Lindqvist".to_string()));
    let log = pg.corrections().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].note.as_deref(), Some("same office"));
    let mut raw = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let refused = raw.execute("UPDATE corrections SET author = 'x'", &[]);
    assert!(refused.is_err(), "an update of the log was accepted");
    assert!(raw.execute("DELETE FROM corrections", &[]).is_err());
}

#[test]
fn a_database_of_another_program_is_refused() {
    let Some(url) = fresh_db("foreign") else {
        return;
    };
    let mut raw = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    raw.batch_execute("CREATE TABLE articles (id int)").unwrap();
    let err = PgStore::open(&url).unwrap_err().to_string();
    assert!(err.contains("not a detente evidence store"), "{err}");
    // Nothing was created beside it.
    let meta: bool = raw
        .query_one("SELECT to_regclass('detente_meta') IS NOT NULL", &[])
        .unwrap()
        .get(0);
    assert!(!meta);
}

/// Every row of every table (the moment of ingest and the search vectors aside), ids
/// included, in a stable order.
fn dump(url: &str) -> Vec<String> {
    let mut raw = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let mut out = Vec::new();
    for table in [
        "articles",
        "article_sources",
        "actors",
        "actor_surfaces",
        "article_actors",
        "actor_side_votes",
        "actor_name_blocks",
        "quotes",
        "claims",
        "dates",
    ] {
        let rows = raw
            .query(
                &format!(
                    "SELECT (to_jsonb(t) - 'ingested_at' - 'search')::text FROM {table} t ORDER BY 1"
                ),
                &[],
            )
            .unwrap();
        // The generated articles report no indirect speech.
        assert!(
            rows.is_empty() == (table == "claims"),
            "{table}: {}",
            rows.len()
        );
        out.extend(
            rows.iter()
                .map(|r| format!("{table} {}", r.get::<_, String>(0))),
        );
    }
    out
}

#[test]
fn copy_and_row_inserts_store_the_same_rows() {
    let (Some(by_copy), Some(by_rows)) = (fresh_db("load_copy"), fresh_db("load_rows")) else {
        return;
    };
    let mut batches = batches();
    // A batch holding an article twice under two names, and one stored by an earlier batch.
    let mut again = batches[0][..2].to_vec();
    again.push(batches[0][0].clone());
    again[2].article.id = "same text, other name".into();
    again[2].article.source_path = "elsewhere/a0.txt".into();
    batches.push(again);
    let copy = PgStore::open(&by_copy).unwrap();
    let rows = PgStore::open(&by_rows).unwrap();
    rows.set_copy(false);
    for b in &batches {
        let (c, r) = (copy.ingest_batch(b).unwrap(), rows.ingest_batch(b).unwrap());
        assert_eq!(format!("{c:?}"), format!("{r:?}"));
    }
    assert_eq!(dump(&by_copy), dump(&by_rows));
    assert_eq!(
        copy.stats().unwrap().sources,
        rows.stats().unwrap().articles + 1
    );
}
