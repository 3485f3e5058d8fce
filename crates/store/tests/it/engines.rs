//! One interface, two engines: every read of `AnyStore` gives the same answer on SQLite and
//! PostgreSQL for the same articles and the same corrections (rejections, speakers, dates,
//! actor merges), the corrections log moves between engines by export and import, and
//! several writers share the PostgreSQL log. Needs `DETENTE_TEST_POSTGRES` (see
//! `postgres.rs`); unset, each test says SKIPPED and checks nothing.

use crate::postgres::{batches, fresh_db};
use detente_store::corrections::Target;
use detente_store::{
    ActorFilter, AnyStore, ArticleDetail, Correction, QuoteFilter, StoreRead, TimelineFilter,
};

/// Both engines holding the same batches, opened through the one interface.
fn both(test: &str) -> Option<(tempfile::TempDir, AnyStore, AnyStore, String)> {
    let url = fresh_db(test)?;
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite = AnyStore::open(dir.path().join("ref.db")).expect("sqlite");
    let pg = AnyStore::open(&url).expect("postgres");
    assert!(
        matches!(pg, AnyStore::Postgres(_)),
        "a URL opens PostgreSQL"
    );
    for b in batches() {
        sqlite.ingest_batch(&b).expect("sqlite ingest");
        pg.ingest_batch(&b).expect("postgres ingest");
    }
    Some((dir, sqlite, pg, url))
}

/// Everything a reader sees, as text without row ids (which differ between engines).
fn view(s: &dyn StoreRead) -> Vec<String> {
    let mut out = Vec::new();
    for q in s.quotes(&QuoteFilter::default()).unwrap() {
        out.push(format!(
            "quote {}|{}|{:?}|{:?}|{:?}|{:?}|{}",
            q.key,
            q.text,
            q.speaker,
            q.speaker_role,
            q.affiliation,
            q.date,
            q.review.map(|r| r.author).unwrap_or_default()
        ));
    }
    for q in s.claims(&QuoteFilter::default()).unwrap() {
        out.push(format!("claim {}|{:?}", q.key, q.speaker));
    }
    for a in s.actors(&ActorFilter::default()).unwrap() {
        out.push(format!(
            "actor {}|{}|{:?}|{:?}|m{}|a{}|q{}|{}|{}",
            a.name,
            a.kind,
            a.role,
            a.affiliation,
            a.mention_count,
            a.article_count,
            a.quote_count,
            a.surfaces.join(","),
            a.review.is_some()
        ));
    }
    for t in s.timeline(&TimelineFilter::default()).unwrap() {
        out.push(format!(
            "timeline {}|{:?}|{}|{}|{:?}|{}",
            t.date,
            t.kind,
            t.key,
            t.text,
            t.speaker,
            t.review.is_some()
        ));
    }
    for a in s.articles(Some(20), 3).unwrap() {
        out.push(format!(
            "article {}|{:?}|{}",
            a.name, a.date, a.content_hash
        ));
    }
    for side in s.statements_by_side_after(10).unwrap() {
        out.push(format!("side {side:?}"));
    }
    out.push(format!("stats {:?}", s.stats().unwrap()));
    out
}

fn detail(s: &dyn StoreRead, name: &str) -> String {
    let id = s.article_id_by_name(name).unwrap().expect("article stored");
    let ArticleDetail {
        article,
        text,
        sources,
        actors,
        mentions,
        quotes,
        claims,
        dates,
    } = s.article(id).unwrap().expect("article read");
    format!(
        "{}|{}|{sources:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
        article.content_hash,
        text.len(),
        actors
            .iter()
            .map(|a| (&a.name, &a.role, &a.affiliation, a.mention_count))
            .collect::<Vec<_>>(),
        mentions
            .iter()
            .map(|m| (&m.actor, m.start, m.end))
            .collect::<Vec<_>>(),
        quotes
            .iter()
            .map(|q| (&q.key, &q.speaker))
            .collect::<Vec<_>>(),
        claims.iter().map(|q| &q.key).collect::<Vec<_>>(),
        dates
            .iter()
            .map(|d| (d.start, &d.resolved))
            .collect::<Vec<_>>(),
    )
}

/// The same corrections, made through the interface by row ids each engine gives.
fn correct(s: &AnyStore) {
    let quotes = s.quotes(&QuoteFilter::default()).unwrap();
    let rejected = quotes[0].id;
    let key = s.speech_key(rejected, false).unwrap().expect("quote key");
    assert_eq!(key, quotes[0].key);
    s.correct(&Correction::set(
        Target::Quote,
        key,
        "status",
        Some("rejected".into()),
        "ann",
        None,
    ))
    .unwrap();
    let respoken = &quotes[1];
    s.correct(&Correction::set(
        Target::Quote,
        respoken.key.clone(),
        "speaker",
        s.actor_spelling_key("Claire Dubois").unwrap(),
        "ann",
        Some("the minister said it".into()),
    ))
    .unwrap();
    let timeline = s
        .timeline(&TimelineFilter {
            dates_only: true,
            ..TimelineFilter::default()
        })
        .unwrap();
    s.correct(&Correction::set(
        Target::Date,
        timeline[0].key.clone(),
        "resolved",
        Some("2020-01-01".into()),
        "ann",
        None,
    ))
    .unwrap();
    let actors = s.actors(&ActorFilter::default()).unwrap();
    let id_of = |name: &str| actors.iter().find(|a| a.name == name).expect(name).id;
    s.merge_actors(
        id_of("Claire Dubois"),
        id_of("Maria Lindqvist"),
        "ann",
        None,
    )
    .unwrap();
    assert!(s
        .merge_actors(id_of("Claire Dubois"), 0, "ann", None)
        .is_err());
}

#[test]
fn every_read_agrees_across_engines_with_corrections_applied() {
    let Some((_dir, sqlite, pg, _)) = both("engines_agree") else {
        return;
    };
    assert_eq!(view(&sqlite), view(&pg), "before corrections");
    assert_eq!(detail(&sqlite, "a3"), detail(&pg, "a3"));
    correct(&sqlite);
    correct(&pg);
    let (s, p) = (view(&sqlite), view(&pg));
    assert_eq!(s, p, "after corrections");
    assert!(p.iter().any(|l| l.starts_with("timeline 2020-01-01|")));
    assert!(!p.iter().any(|l| l.starts_with("actor Maria Lindqvist|")));
    assert!(p
        .iter()
        .any(|l| l.starts_with("quote ") && l.ends_with("|ann")));
    for name in ["a0", "a1", "a7", "m1"] {
        assert_eq!(detail(&sqlite, name), detail(&pg, name), "{name}");
    }
    // The machine's values are still there underneath.
    let machine = QuoteFilter {
        machine: true,
        ..QuoteFilter::default()
    };
    assert_eq!(
        sqlite.quotes(&machine).unwrap().len(),
        pg.quotes(&machine).unwrap().len()
    );
    assert_eq!(
        pg.quotes(&machine).unwrap().len(),
        pg.quotes(&QuoteFilter::default()).unwrap().len() + 1,
        "the rejected quote is left out of the corrected view only"
    );
    let force = |s: &AnyStore| {
        let mut v: Vec<String> = s
            .corrections_in_force(Target::Quote)
            .unwrap()
            .into_values()
            .flatten()
            .map(|c| format!("{}|{}|{:?}", c.key, c.field, c.value))
            .collect();
        v.sort();
        v
    };
    assert_eq!(force(&sqlite), force(&pg));
    assert_eq!(
        sqlite.last_article_id().unwrap(),
        pg.last_article_id().unwrap()
    );
    assert_eq!(
        sqlite.actors_with_conflicting_sides(10).unwrap().len(),
        pg.actors_with_conflicting_sides(10).unwrap().len()
    );
}

#[test]
fn corrections_move_between_engines_and_orphans_are_found() {
    let Some((_dir, sqlite, pg, url)) = both("engines_import") else {
        return;
    };
    correct(&sqlite);
    let mut log = sqlite.corrections().unwrap();
    for c in &mut log {
        c.id = None;
    }
    // A correction whose quote no store holds: kept, listed as an orphan.
    log.push(Correction::set(
        Target::Quote,
        format!("{}:0-4", "ab".repeat(32)),
        "status",
        Some("rejected".into()),
        "bo",
        None,
    ));
    let out = pg.import_corrections(&log).unwrap();
    assert_eq!((out.added, out.already_present), (log.len(), 0));
    let again = pg.import_corrections(&log).unwrap();
    assert_eq!((again.added, again.already_present), (0, log.len()));
    sqlite.import_corrections(&log).unwrap();
    assert_eq!(view(&sqlite), view(&pg));
    let orphans = |s: &AnyStore| s.orphan_corrections().unwrap().len();
    assert_eq!((orphans(&sqlite), orphans(&pg)), (1, 1));
    // A read-only PostgreSQL handle (and its clones) reads and refuses to write.
    let ro = AnyStore::open_read_only(&url).unwrap().try_clone().unwrap();
    assert!(!ro.is_writable());
    assert_eq!(view(&ro), view(&pg));
    assert!(ro.import_corrections(&log).is_err());
    assert_eq!(pg.corrections().unwrap().len(), log.len());
}

#[test]
fn several_writers_share_the_postgres_corrections_log() {
    let Some((_dir, _sqlite, pg, _)) = both("engines_writers") else {
        return;
    };
    let keys: Vec<String> = pg
        .quotes(&QuoteFilter::default())
        .unwrap()
        .into_iter()
        .map(|q| q.key)
        .take(40)
        .collect();
    assert_eq!(keys.len(), 40);
    // Four analysts on their own connections, each rejecting ten quotes and all accepting
    // the same one, at once.
    std::thread::scope(|scope| {
        for w in 0..4 {
            let (pg, keys) = (&pg, &keys);
            scope.spawn(move || {
                let store = pg.try_clone().unwrap();
                for k in &keys[w * 10..w * 10 + 10] {
                    let c = Correction::set(
                        Target::Quote,
                        k.clone(),
                        "status",
                        Some("rejected".into()),
                        &format!("analyst{w}"),
                        None,
                    );
                    store.correct(&c).unwrap();
                }
            });
        }
    });
    let log = pg.corrections().unwrap();
    assert_eq!(log.len(), 40);
    let mut ids: Vec<i64> = log.iter().filter_map(|c| c.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 40);
    let rejected = pg.corrections_in_force(Target::Quote).unwrap();
    assert_eq!(rejected.len(), 40);
    assert!(keys.iter().all(|k| rejected.contains_key(k)));
    let shown = pg.quotes(&QuoteFilter::default()).unwrap();
    assert!(shown.iter().all(|q| !rejected.contains_key(&q.key)));
}

#[test]
fn a_pooled_postgres_store_serves_concurrent_readers_and_refuses_writes() {
    let Some((_dir, _sqlite, pg, url)) = both("engines_pool") else {
        return;
    };
    let pooled = AnyStore::open_read_only_pooled(&url, 3).unwrap();
    let expected = view(&pg);
    // Eight readers on three connections, each through its own clone of the handle.
    std::thread::scope(|scope| {
        for _ in 0..8 {
            let (pooled, expected) = (&pooled, &expected);
            scope.spawn(move || {
                let mine = pooled.try_clone().unwrap();
                assert_eq!(&view(&mine), expected);
            });
        }
    });
    assert!(!pooled.is_writable());
    let c = Correction::set(
        Target::Actor,
        "claire dubois",
        "role",
        Some("minister".into()),
        "ann",
        None,
    );
    assert!(pooled.correct(&c).is_err());
    assert!(pooled.ingest_batch(&batches()[0]).is_err());
    assert!(pg.corrections().unwrap().is_empty());
}
