//! The analyst's corrections: applied when reading, kept across re-ingest, a rebuilt store
//! and a changed extractor, orphans listed rather than dropped.

use crate::common::Builder;
use detente_store::corrections::{span_key, Action, Target};
use detente_store::{
    ActorFilter, ArticleWithEvidence, Correction, QuoteFilter, Store, TimelineFilter,
};
use detente_text::ActorKind;

const TEXT_A: &str = "Ann Hartley told reporters: \"We will not sign this.\" Later, on 3 May, Bo Lind said: \"Kyiv wants peace.\" MINISTRY OF PEACE";
const TEXT_B: &str = "Farmer Ann Hartley said: \"The harvest is lost.\" Nothing else.";

fn article_a() -> ArticleWithEvidence {
    Builder::new("a.txt", Some("2025-05-16"), TEXT_A)
        .actor(
            "Ann Hartley",
            ActorKind::Person,
            None,
            Some("Ukraine"),
            &["Ann Hartley"],
        )
        .actor(
            "Bo Lind",
            ActorKind::Person,
            None,
            Some("USA"),
            &["Bo Lind"],
        )
        .quote(
            "We will not sign this.",
            Some("Ann Hartley"),
            Some("Ann Hartley"),
            None,
        )
        .quote("Kyiv wants peace.", Some("Bo Lind"), Some("Bo Lind"), None)
        .claim("MINISTRY OF PEACE", Some("Bo Lind"))
        .date("3 May", Some("2025-05-03"))
        .build()
}

fn article_b() -> ArticleWithEvidence {
    Builder::new("b.txt", Some("2025-05-17"), TEXT_B)
        .actor(
            "Farmer Hartley",
            ActorKind::Person,
            None,
            Some("Ukraine"),
            &["Farmer Ann Hartley"],
        )
        .quote(
            "The harvest is lost.",
            Some("Farmer Hartley"),
            Some("Farmer Ann Hartley"),
            None,
        )
        .build()
}

fn key_of(text: &str, words: &str) -> String {
    let s = text.find(words).unwrap() as i64;
    span_key(&crate::common::hash(text), s, s + words.len() as i64)
}

fn people(store: &Store) -> Vec<String> {
    let mut n: Vec<String> = store
        .actors(&ActorFilter {
            kind: Some("person".into()),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    n.sort();
    n
}

fn id_of(store: &Store, name: &str) -> i64 {
    store
        .actors(&ActorFilter::default())
        .unwrap()
        .into_iter()
        .find(|a| a.name == name)
        .map(|a| a.id)
        .unwrap()
}

fn quote(store: &Store, words: &str) -> Option<detente_store::QuoteRow> {
    store
        .quotes(&QuoteFilter::default())
        .unwrap()
        .into_iter()
        .find(|q| q.text == words)
}

#[test]
fn a_merge_holds_for_articles_ingested_later_and_survives_reingest() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    store.ingest_batch(&[article_a()]).unwrap();
    // The later article brings a spelling the rules do not merge.
    store.ingest_batch(&[article_b()]).unwrap();
    assert_eq!(people(&store), ["Ann Hartley", "Bo Lind", "Farmer Hartley"]);
    let keep = id_of(&store, "Ann Hartley");
    let other = id_of(&store, "Farmer Hartley");
    store
        .merge_actors(keep, other, "ann", Some("same farmer".into()))
        .unwrap();
    assert_eq!(people(&store), ["Ann Hartley", "Bo Lind"]);
    let q = quote(&store, "The harvest is lost.").unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Ann Hartley"));
    // Ingesting again (and another batch that touches the actor) keeps the merge.
    store.ingest_batch(&[article_a(), article_b()]).unwrap();
    let c = Builder::new(
        "c.txt",
        Some("2025-05-18"),
        "Farmer Hartley said: \"Rain.\"",
    )
    .actor(
        "Farmer Hartley",
        ActorKind::Person,
        None,
        None,
        &["Farmer Hartley"],
    )
    .quote(
        "Rain.",
        Some("Farmer Hartley"),
        Some("Farmer Hartley"),
        None,
    )
    .build();
    store.ingest_batch(&[c]).unwrap();
    assert_eq!(people(&store), ["Ann Hartley", "Bo Lind"]);
    assert_eq!(
        quote(&store, "Rain.").unwrap().speaker.as_deref(),
        Some("Ann Hartley")
    );
    let kept = store
        .actors(&ActorFilter::default())
        .unwrap()
        .into_iter()
        .find(|a| a.name == "Ann Hartley")
        .unwrap();
    assert_eq!(
        kept.review.as_ref().map(|r| r.author.as_str()),
        Some("ann"),
        "the merge is marked as the analyst's"
    );
    // Undoing is a new correction: the rules' grouping returns, the log keeps both rows.
    let mut undo = Correction::set(
        Target::Actor,
        "farmer hartley",
        "merge_into",
        None,
        "ann",
        None,
    );
    undo.action = Action::Undo;
    store.correct(&undo).unwrap();
    assert_eq!(people(&store), ["Ann Hartley", "Bo Lind", "Farmer Hartley"]);
    assert_eq!(store.corrections().unwrap().len(), 2);
}

#[test]
fn corrections_apply_when_reading_and_the_machine_value_stays_visible() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    store.ingest_batch(&[article_a()]).unwrap();
    let all = QuoteFilter::default();
    assert_eq!(store.claims(&all).unwrap().len(), 1);
    let slogan = key_of(TEXT_A, "MINISTRY OF PEACE");
    store
        .correct(&Correction::set(
            Target::Claim,
            slogan,
            "status",
            Some("rejected".into()),
            "ann",
            Some("a heading".into()),
        ))
        .unwrap();
    assert!(
        store.claims(&all).unwrap().is_empty(),
        "a rejected claim leaves the list"
    );
    let machine = QuoteFilter {
        machine: true,
        ..Default::default()
    };
    assert_eq!(
        store.claims(&machine).unwrap().len(),
        1,
        "and stays visible on demand"
    );

    let k = key_of(TEXT_A, "Kyiv wants peace.");
    store
        .correct(&Correction::set(
            Target::Quote,
            k,
            "speaker",
            Some("ann hartley".into()),
            "ann",
            None,
        ))
        .unwrap();
    let q = quote(&store, "Kyiv wants peace.").unwrap();
    assert_eq!(
        (q.speaker.as_deref(), q.affiliation.as_deref()),
        (Some("Ann Hartley"), Some("Ukraine"))
    );
    let r = q.review.unwrap();
    assert_eq!(
        r.value_of("speaker").and_then(|f| f.machine.as_deref()),
        Some("Bo Lind")
    );
    // The speaker filter still finds the machine's speaker only in machine mode.
    let m = store
        .quotes(&machine)
        .unwrap()
        .into_iter()
        .find(|q| q.text == "Kyiv wants peace.")
        .unwrap();
    assert_eq!(m.speaker.as_deref(), Some("Bo Lind"));

    let bo = store.actor_key(id_of(&store, "Bo Lind")).unwrap().unwrap();
    store
        .correct(&Correction::set(
            Target::Actor,
            bo,
            "affiliation",
            Some("Russia".into()),
            "ann",
            None,
        ))
        .unwrap();
    let listed = store
        .actors(&ActorFilter {
            affiliation: Some("russia".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        listed.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
        ["Bo Lind"]
    );

    let d = key_of(TEXT_A, "3 May");
    store
        .correct(&Correction::set(
            Target::Date,
            d,
            "resolved",
            Some("2024-05-03".into()),
            "ann",
            None,
        ))
        .unwrap();
    let dates: Vec<String> = store
        .timeline(&TimelineFilter {
            dates_only: true,
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|e| e.date)
        .collect();
    assert_eq!(dates, ["2024-05-03"]);
    let id = store.article_id_by_name("a.txt").unwrap().unwrap();
    let detail = store.article(id).unwrap().unwrap();
    assert!(detail.claims.is_empty());
    assert_eq!(detail.dates[0].resolved.as_deref(), Some("2024-05-03"));
}

#[test]
fn a_rebuilt_store_takes_the_exported_corrections_and_lists_orphans() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::open(dir.path().join("a.db")).unwrap();
    first.ingest_batch(&[article_a(), article_b()]).unwrap();
    first
        .merge_actors(
            id_of(&first, "Ann Hartley"),
            id_of(&first, "Farmer Hartley"),
            "ann",
            None,
        )
        .unwrap();
    let slogan = key_of(TEXT_A, "MINISTRY OF PEACE");
    first
        .correct(&Correction::set(
            Target::Claim,
            slogan.clone(),
            "status",
            Some("rejected".into()),
            "ann",
            None,
        ))
        .unwrap();
    let exported = first.corrections().unwrap();

    // A new extractor version: the heading is no longer read as a claim, and the quote's
    // span changed by one byte.
    let changed = Builder::new("a.txt", Some("2025-05-16"), TEXT_A)
        .actor(
            "Ann Hartley",
            ActorKind::Person,
            None,
            Some("Ukraine"),
            &["Ann Hartley"],
        )
        .quote(
            "We will not sign this",
            Some("Ann Hartley"),
            Some("Ann Hartley"),
            None,
        )
        .build();
    let rebuilt = Store::open(dir.path().join("b.db")).unwrap();
    rebuilt.ingest_batch(&[changed, article_b()]).unwrap();
    let out = rebuilt.import_corrections(&exported).unwrap();
    assert_eq!((out.added, out.already_present), (2, 0));
    assert_eq!(people(&rebuilt), ["Ann Hartley"]);
    let orphans = rebuilt.orphan_corrections().unwrap();
    assert_eq!(
        orphans.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(),
        [slogan.as_str()]
    );
    // Importing again adds nothing; nothing was dropped.
    assert_eq!(rebuilt.import_corrections(&exported).unwrap().added, 0);
    assert_eq!(rebuilt.corrections().unwrap().len(), 2);
}

#[test]
fn invalid_corrections_are_refused_whole_and_the_log_cannot_be_edited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = Store::open(&path).unwrap();
    store.ingest_batch(&[article_a()]).unwrap();
    let good = Correction::set(
        Target::Quote,
        key_of(TEXT_A, "Kyiv wants peace."),
        "status",
        Some("accepted".into()),
        "ann",
        None,
    );
    let bad = Correction::set(
        Target::Date,
        key_of(TEXT_A, "3 May"),
        "resolved",
        Some("May-ish".into()),
        "ann",
        None,
    );
    let err = store.import_corrections(&[good.clone(), bad]).unwrap_err();
    assert!(err.to_string().contains("correction 2"), "{err}");
    assert!(store.corrections().unwrap().is_empty(), "all or nothing");
    store.correct(&good).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("DELETE FROM corrections", []).is_err());
    assert!(conn
        .execute("UPDATE corrections SET value = 'rejected'", [])
        .is_err());
}

/// An actor whose articles give two sides needs a look until the analyst sets its side; an
/// undo of that side puts it back in the queue.
#[test]
fn a_side_set_by_the_analyst_settles_conflicting_sides() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("s.db")).unwrap();
    let one = |name: &str, side: &str, text: &str| {
        Builder::new(name, Some("2025-05-16"), text)
            .actor(
                "Ann Hartley",
                ActorKind::Person,
                None,
                Some(side),
                &["Ann Hartley"],
            )
            .build()
    };
    store
        .ingest_batch(&[
            one("x.txt", "Ukraine", "Ann Hartley spoke first in Geneva."),
            one("y.txt", "Poland", "Ann Hartley spoke again in Oslo."),
        ])
        .unwrap();
    let queue = |s: &Store| -> Vec<String> {
        s.actors_with_conflicting_sides(10)
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect()
    };
    assert_eq!(queue(&store), ["Ann Hartley"]);
    let mut side = Correction::set(
        Target::Actor,
        "ann hartley",
        "affiliation",
        Some("Ukraine".into()),
        "ann",
        None,
    );
    store.correct(&side).unwrap();
    assert!(queue(&store).is_empty(), "the analyst decided it");
    side.action = Action::Undo;
    side.value = None;
    store.correct(&side).unwrap();
    assert_eq!(queue(&store), ["Ann Hartley"]);
}
