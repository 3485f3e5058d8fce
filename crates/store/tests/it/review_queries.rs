//! The review desk's bounded queries: which statements need a look, what changed since a
//! generation, and rejections applied over whole tables and single articles alike. The
//! desk's queries run on both engines through `AnyStore` (PostgreSQL when
//! `DETENTE_TEST_POSTGRES` names a server, see `postgres.rs`).

use crate::common::Builder;
use detente_store::corrections::{span_key, Action, Target};
use detente_store::review_queries::DataVersion;
use detente_store::review_queries::SpeakerDoubt;
use detente_store::{
    AnyStore, ArticleWithEvidence, Correction, QuoteFilter, Store, TimelineFilter,
};
use detente_text::ActorKind;

const TEXT: &str = "The Ministry said: \"Prices will fall.\" Someone shouted: \"No deal today.\" Mia Stone said on 4 May: \"We stay.\"";

fn article() -> ArticleWithEvidence {
    Builder::new("r.txt", Some("2025-05-04"), TEXT)
        .actor(
            "Ministry",
            ActorKind::Organization,
            None,
            None,
            &["Ministry"],
        )
        .actor(
            "Mia Stone",
            ActorKind::Person,
            None,
            Some("Ukraine"),
            &["Mia Stone"],
        )
        .quote(
            "Prices will fall.",
            Some("Ministry"),
            Some("Ministry"),
            None,
        )
        .quote("No deal today.", None, None, None)
        .quote("We stay.", Some("Mia Stone"), Some("Mia Stone"), None)
        .date("4 May", Some("2025-05-04"))
        .build()
}

fn key_of(words: &str) -> String {
    let s = TEXT.find(words).unwrap() as i64;
    span_key(&crate::common::hash(TEXT), s, s + words.len() as i64)
}

fn set(target: Target, key: String, field: &str, value: &str) -> Correction {
    Correction::set(target, key, field, Some(value.into()), "ann", None)
}

/// Where a test's store is: an SQLite file in `dir`, and a fresh PostgreSQL database when
/// the build has the engine and a server is named (else a SKIPPED note).
fn locations(dir: &std::path::Path, test: &str) -> Vec<String> {
    let sqlite = dir.join("t.db").to_string_lossy().into_owned();
    #[cfg(feature = "postgres")]
    let postgres = crate::postgres::fresh_db(test);
    #[cfg(not(feature = "postgres"))]
    let postgres = {
        eprintln!("SKIPPED {test} on PostgreSQL: built without the `postgres` feature");
        None
    };
    std::iter::once(sqlite).chain(postgres).collect()
}

#[test]
fn speech_needing_look_lists_missing_and_non_person_speakers_and_follows_kind_corrections() {
    let dir = tempfile::tempdir().unwrap();
    for db in locations(dir.path(), "speech_needing_look") {
        speech_needing_look_on(&AnyStore::open(&db).unwrap());
    }
}

fn speech_needing_look_on(store: &AnyStore) {
    store.ingest_batch(&[article()]).unwrap();
    let found = store.speech_needing_look().unwrap();
    let mut doubts: Vec<(String, SpeakerDoubt)> =
        found.iter().map(|c| (c.key.clone(), c.doubt)).collect();
    doubts.sort_by(|a, b| a.0.cmp(&b.0));
    let mut want = vec![
        (key_of("Prices will fall."), SpeakerDoubt::NotAPerson),
        (key_of("No deal today."), SpeakerDoubt::NoSpeaker),
    ];
    want.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(doubts, want);
    // The analyst says the ministry's name is a person's: it leaves the list; and says
    // Mia Stone is an organisation: her quote joins it.
    store
        .correct(&set(Target::Actor, "ministry".into(), "kind", "person"))
        .unwrap();
    store
        .correct(&set(
            Target::Actor,
            "mia stone".into(),
            "kind",
            "organization",
        ))
        .unwrap();
    let keys: Vec<(String, Option<String>)> = store
        .speech_needing_look()
        .unwrap()
        .into_iter()
        .map(|c| (c.key, c.kind))
        .collect();
    assert!(!keys.iter().any(|(k, _)| *k == key_of("Prices will fall.")));
    assert!(keys.contains(&(key_of("We stay."), Some("organization".into()))));
}

#[test]
fn generations_and_new_corrections_are_seen_without_reading_tables() {
    let dir = tempfile::tempdir().unwrap();
    for db in locations(dir.path(), "generations") {
        generations_on(&db);
    }
}

fn generations_on(db: &str) {
    let store = AnyStore::open(db).unwrap();
    store.ingest_batch(&[article()]).unwrap();
    let reader = AnyStore::open_read_only(db).unwrap();
    assert_eq!(
        matches!(reader.data_version().unwrap(), DataVersion::Sqlite(_)),
        matches!(store, AnyStore::Sqlite(_))
    );
    let (v0, g0) = (
        reader.data_version().unwrap(),
        reader.review_generation().unwrap(),
    );
    if matches!(store, AnyStore::Sqlite(_)) {
        // PostgreSQL's mark also moves with other databases' commits on the cluster (other
        // tests run beside this one), so "unchanged" is only promised for SQLite.
        assert_eq!(reader.data_version().unwrap(), v0, "nothing committed");
    }
    let id = store
        .correct(&set(
            Target::Quote,
            key_of("We stay."),
            "status",
            "accepted",
        ))
        .unwrap();
    assert_ne!(
        reader.data_version().unwrap(),
        v0,
        "another connection committed"
    );
    let g1 = reader.review_generation().unwrap();
    assert_eq!(g1.evidence(), g0.evidence());
    assert_eq!(g1.corrections, id);
    assert_eq!(g1.actor_corrections, g0.actor_corrections);
    let new = reader.corrections_since(g0.corrections).unwrap();
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].key, key_of("We stay."));
    let mut undo = Correction::set(
        Target::Quote,
        key_of("We stay."),
        "status",
        None,
        "ann",
        None,
    );
    undo.action = Action::Undo;
    store.correct(&undo).unwrap();
    assert!(reader
        .corrections_in_force_for(Target::Quote, &key_of("We stay."))
        .unwrap()
        .is_empty());
    let a = store
        .correct(&set(Target::Actor, "mia stone".into(), "role", "envoy"))
        .unwrap();
    assert_eq!(reader.review_generation().unwrap().actor_corrections, a);
    assert_eq!(reader.corrections_count().unwrap(), 3);
    // Rows by id with the analyst's corrections applied, and an article's text.
    let mine = reader
        .speech_needing_look()
        .unwrap()
        .into_iter()
        .find(|c| c.key == key_of("No deal today."))
        .expect("a statement without a speaker");
    let rows = reader.speech_rows(false, &[mine.id, -1]).unwrap();
    assert_eq!(rows.len(), 1, "an id not stored is skipped");
    assert_eq!(rows[0].text, "No deal today.");
    assert_eq!(
        reader.article_text(rows[0].article_id).unwrap().as_deref(),
        Some(TEXT)
    );
    let v = reader.data_version().unwrap();
    assert_eq!(reader.data_version().unwrap(), v, "nothing committed");
}

#[test]
fn rejections_apply_over_whole_tables_and_single_articles_and_undo_restores() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    store.ingest_batch(&[article()]).unwrap();
    let all = QuoteFilter::default();
    let quotes = |store: &Store| -> Vec<String> {
        store
            .quotes(&all)
            .unwrap()
            .into_iter()
            .map(|q| q.text)
            .collect()
    };
    let in_article = |store: &Store| -> Vec<String> {
        let id = store.quotes(&all).unwrap()[0].article_id;
        store
            .article(id)
            .unwrap()
            .unwrap()
            .quotes
            .into_iter()
            .map(|q| q.text)
            .collect()
    };
    let dated = |store: &Store| store.timeline(&TimelineFilter::default()).unwrap().len();
    let timeline_before = dated(&store);
    store
        .correct(&set(
            Target::Quote,
            key_of("No deal today."),
            "status",
            "rejected",
        ))
        .unwrap();
    // A later correction of another field leaves the rejection in force.
    store
        .correct(&set(
            Target::Quote,
            key_of("No deal today."),
            "speaker",
            "mia stone",
        ))
        .unwrap();
    store
        .correct(&set(Target::Date, key_of("4 May"), "status", "rejected"))
        .unwrap();
    assert!(!quotes(&store).contains(&"No deal today.".to_string()));
    assert!(!in_article(&store).contains(&"No deal today.".to_string()));
    assert_eq!(quotes(&store).len(), 2);
    assert_eq!(
        dated(&store),
        timeline_before - 2,
        "the quote and the date leave the timeline"
    );
    // Accepting after rejecting: the latest status wins.
    store
        .correct(&set(
            Target::Quote,
            key_of("No deal today."),
            "status",
            "accepted",
        ))
        .unwrap();
    assert_eq!(quotes(&store).len(), 3);
    assert_eq!(in_article(&store).len(), 3);
    store
        .correct(&set(
            Target::Quote,
            key_of("No deal today."),
            "status",
            "rejected",
        ))
        .unwrap();
    let mut undo = Correction::set(
        Target::Quote,
        key_of("No deal today."),
        "status",
        None,
        "ann",
        None,
    );
    undo.action = Action::Undo;
    store.correct(&undo).unwrap();
    assert_eq!(quotes(&store).len(), 3, "undone rejection");
    assert_eq!(in_article(&store).len(), 3);
}
