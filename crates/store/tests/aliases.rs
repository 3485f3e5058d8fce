//! Spellings of one person merged into one canonical actor, and different people kept apart.
mod common;

use common::Builder;
use detente_store::{ActorFilter, ActorRow, ArticleWithEvidence, QuoteFilter, Store};
use detente_text::ActorKind;

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    (dir, store)
}

/// An article naming one person (as an actor, under `name`) who is quoted once.
fn quoted(file: &str, name: &str, words: &str) -> ArticleWithEvidence {
    let text = format!("{name} told reporters: \"{words}\" Nothing else was said.");
    Builder::new(file, Some("2025-05-16"), &text)
        .actor(name, ActorKind::Person, None, Some("Somewhere"), &[name])
        .quote(words, Some(name), Some(name), None)
        .build()
}

fn people(store: &Store) -> Vec<ActorRow> {
    store
        .actors(&ActorFilter {
            kind: Some("person".into()),
            ..Default::default()
        })
        .unwrap()
}

fn names(store: &Store) -> Vec<String> {
    let mut n: Vec<String> = people(store).into_iter().map(|a| a.name).collect();
    n.sort();
    n
}

fn speakers(store: &Store, speaker: &str) -> Vec<(String, String)> {
    let mut q: Vec<(String, String)> = store
        .quotes(&QuoteFilter {
            speaker: Some(speaker.into()),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|q| (q.speaker.unwrap_or_default(), q.text))
        .collect();
    q.sort();
    q
}

fn spelling_variants() -> Vec<ArticleWithEvidence> {
    vec![
        quoted("a.txt", "Volodymyr Zelensky", "We want peace."),
        quoted("b.txt", "Volodymyr Zelenskyy", "We need guarantees."),
        quoted("c.txt", "Volodymyr Zelenskiy", "The talks go on."),
        // The most frequent of equally long spellings is the canonical one.
        quoted("c2.txt", "Volodymyr Zelenskyy", "We stay."),
        // One letter apart in a long surname.
        quoted("d.txt", "David Arakhamia", "The delegation is ready."),
        quoted("e.txt", "David Arakhamiya", "We arrived in Istanbul."),
        // Diacritics.
        quoted(
            "f.txt",
            "Recep Tayyip Erdoğan",
            "Turkey will host the talks.",
        ),
        quoted("g.txt", "Recep Tayyip Erdogan", "The doors are open."),
    ]
}

#[test]
fn spelling_variants_become_one_actor() {
    let (_d, store) = fresh();
    store.ingest_batch(&spelling_variants()).unwrap();
    assert_eq!(
        names(&store),
        [
            "David Arakhamiya",
            "Recep Tayyip Erdogan",
            "Volodymyr Zelenskyy"
        ]
    );
    let z = people(&store)
        .into_iter()
        .find(|a| a.name == "Volodymyr Zelenskyy")
        .unwrap();
    assert_eq!((z.article_count, z.quote_count, z.mention_count), (4, 4, 4));
    for spelling in [
        "Volodymyr Zelensky",
        "Volodymyr Zelenskyy",
        "Volodymyr Zelenskiy",
    ] {
        assert!(z.surfaces.iter().any(|s| s == spelling), "{:?}", z.surfaces);
    }
    // Any spelling finds every quote, each under the canonical name.
    for query in ["Zelensky", "Zelenskyy", "zelenskiy"] {
        let found = speakers(&store, query);
        assert_eq!(found.len(), 4, "{query}: {found:?}");
        assert!(found.iter().all(|(s, _)| s == "Volodymyr Zelenskyy"));
    }
    assert_eq!(speakers(&store, "Arakhamia").len(), 2);
    assert_eq!(speakers(&store, "Erdogan").len(), 2);
    assert_eq!(store.stats().unwrap().actors, 3);
}

#[test]
fn merging_does_not_depend_on_order_or_batching_and_ingest_stays_idempotent() {
    let (_d, forward) = fresh();
    forward.ingest_batch(&spelling_variants()).unwrap();
    let (_d2, backward) = fresh();
    for item in spelling_variants().into_iter().rev() {
        backward.ingest_batch(&[item]).unwrap();
    }
    let summary = |s: &Store| -> Vec<(String, i64, i64, i64, Vec<String>)> {
        let mut v: Vec<_> = people(s)
            .into_iter()
            .map(|a| {
                (
                    a.name,
                    a.article_count,
                    a.quote_count,
                    a.mention_count,
                    a.surfaces,
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(summary(&forward), summary(&backward));
    let before = (summary(&forward), forward.stats().unwrap());
    let again = forward.ingest_batch(&spelling_variants()).unwrap();
    assert_eq!(again.articles_new, 0);
    assert_eq!((summary(&forward), forward.stats().unwrap()), before);
}

#[test]
fn a_surname_alone_joins_the_only_person_with_that_surname() {
    let (_d, store) = fresh();
    // The surname alone arrives first, in its own batch; the full name later.
    store
        .ingest_batch(&[quoted("a.txt", "Peskov", "No decision yet.")])
        .unwrap();
    assert_eq!(names(&store), ["Peskov"]);
    store
        .ingest_batch(&[
            quoted("b.txt", "Dmitry Peskov", "Contacts continue."),
            quoted("c.txt", "Sergei Lavrov", "We are open."),
        ])
        .unwrap();
    assert_eq!(names(&store), ["Dmitry Peskov", "Sergei Lavrov"]);
    let found = speakers(&store, "Peskov");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|(s, _)| s == "Dmitry Peskov"), "{found:?}");
    // A spelling variant of the surname alone joins as well.
    store
        .ingest_batch(&[quoted("d.txt", "Lavrovv", "Nothing to add.")])
        .unwrap();
    assert_eq!(names(&store), ["Dmitry Peskov", "Sergei Lavrov"]);
}

#[test]
fn different_people_with_one_surname_stay_apart() {
    let (_d, store) = fresh();
    store
        .ingest_batch(&[
            quoted("a.txt", "Ivan Kovalenko", "First."),
            quoted("b.txt", "Kovalenko", "Second."),
        ])
        .unwrap();
    assert_eq!(names(&store), ["Ivan Kovalenko"]);
    // A second person with that surname: the bare surname no longer says who it is.
    store
        .ingest_batch(&[quoted("c.txt", "Oksana Kovalenko", "Third.")])
        .unwrap();
    assert_eq!(
        names(&store),
        ["Ivan Kovalenko", "Kovalenko", "Oksana Kovalenko"]
    );
    assert_eq!(speakers(&store, "Ivan Kovalenko").len(), 1);
    // Near surnames with different given names are different people (a couple).
    store
        .ingest_batch(&[
            quoted("d.txt", "Volodymyr Zelensky", "Fourth."),
            quoted("e.txt", "Olena Zelenska", "Fifth."),
        ])
        .unwrap();
    assert_eq!(
        names(&store),
        [
            "Ivan Kovalenko",
            "Kovalenko",
            "Oksana Kovalenko",
            "Olena Zelenska",
            "Volodymyr Zelensky"
        ]
    );
    // Short surnames one letter apart are not taken for spelling variants.
    store
        .ingest_batch(&[
            quoted("f.txt", "John Smith", "Sixth."),
            quoted("g.txt", "John Smyth", "Seventh."),
        ])
        .unwrap();
    assert_eq!(people(&store).len(), 7);
    // Organisations are never merged by these rules.
    let text = "Gazprom and Gazprom Neft signed.";
    store
        .ingest_batch(&[Builder::new("h.txt", None, text)
            .actor("Gazprom", ActorKind::Organization, None, None, &["Gazprom"])
            .actor(
                "Gazprom Neft",
                ActorKind::Organization,
                None,
                None,
                &["Gazprom Neft"],
            )
            .build()])
        .unwrap();
    let orgs = store
        .actors(&ActorFilter {
            kind: Some("organization".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(orgs.len(), 2);
}

#[test]
fn a_version_1_store_is_merged_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    Store::open(&path)
        .unwrap()
        .ingest_batch(&spelling_variants())
        .unwrap();
    // Take the file back to schema 1 (no merge columns, no date basis), as an older detente
    // wrote it.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "ALTER TABLE articles DROP COLUMN date_basis; DROP INDEX actors_canonical; ALTER TABLE actors DROP COLUMN canonical_key;
         DROP TABLE actor_name_blocks; DROP TABLE actor_merge_rules; PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let err = Store::open_read_only(&path).unwrap_err();
    assert!(err.to_string().contains("needs upgrading"), "{err}");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.stats().unwrap().schema_version,
        detente_store::SCHEMA_VERSION
    );
    assert_eq!(
        names(&store),
        [
            "David Arakhamiya",
            "Recep Tayyip Erdogan",
            "Volodymyr Zelenskyy"
        ]
    );
    assert_eq!(speakers(&store, "Zelensky").len(), 4);
}
