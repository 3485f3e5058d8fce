//! Spellings of one person merged into one canonical actor, and different people kept apart.
use crate::common;

use common::Builder;
use detente_store::{ActorFilter, ActorRow, ArticleWithEvidence, QuoteFilter, Store};
use detente_text::ActorKind;
use std::collections::HashMap;

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
        "DROP INDEX quotes_timeline; DROP INDEX dates_timeline; CREATE INDEX quotes_date ON quotes(date_lo); CREATE INDEX dates_date ON dates(date_lo);
         DROP TABLE corrections; DROP TABLE actor_side_votes; ALTER TABLE articles DROP COLUMN date_basis; DROP INDEX actors_canonical; ALTER TABLE actors DROP COLUMN canonical_key;
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

/// An article naming one organisation.
fn body(file: &str, name: &str) -> ArticleWithEvidence {
    let text = format!("{name} issued a statement on the talks.");
    Builder::new(file, Some("2025-05-16"), &text)
        .actor(name, ActorKind::Organization, None, None, &[name])
        .build()
}

/// Every name (as a surface) with the canonical actor it is listed under, sorted.
fn assignment(store: &Store) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = store
        .actors(&ActorFilter::default())
        .unwrap()
        .into_iter()
        .flat_map(|a| {
            let name = a.name.clone();
            a.surfaces.into_iter().map(move |s| (s, name.clone()))
        })
        .collect();
    out.sort();
    out
}

/// The canonical actor `name` is listed under.
fn canonical(store: &Store, name: &str) -> String {
    assignment(store)
        .into_iter()
        .find(|(s, _)| s == name)
        .map(|(_, c)| c)
        .unwrap_or_else(|| panic!("{name} not stored"))
}

fn person_articles(names: &[&str]) -> Vec<ArticleWithEvidence> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| quoted(&format!("p{i}.txt"), n, &format!("Statement {i}.")))
        .collect()
}

fn org_articles(names: &[&str]) -> Vec<ArticleWithEvidence> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| body(&format!("o{i}.txt"), n))
        .collect()
}

/// One store holding the articles, written one batch forward and one article a batch in
/// reverse; both must give the same assignment, which is returned with the forward store.
fn both_orders(items: Vec<ArticleWithEvidence>) -> (tempfile::TempDir, Store) {
    let (d, forward) = fresh();
    forward.ingest_batch(&items).unwrap();
    let (_d2, backward) = fresh();
    for item in items.into_iter().rev() {
        backward.ingest_batch(&[item]).unwrap();
    }
    assert_eq!(assignment(&forward), assignment(&backward));
    (d, forward)
}

#[test]
fn given_name_transliterations_are_one_person() {
    let (_d, store) = both_orders(person_articles(&[
        "Volodymyr Zelensky",
        "Vladimir Zelensky",
        "Dmytro Kuleba",
        "Dmitry Kuleba",
        "Oleksandr Syrskyi",
        "Aleksandr Syrsky",
        "Viktor Orban",
        "Viktor Orbán",
        "Mohammed Shia al-Sudani",
        "Muhammad Shia Sudani",
        // Two different people whose names look alike stay apart.
        "Andriy Yermak",
        "Andriy Yermakov",
        "Vladislav Zelensky",
    ]));
    assert_eq!(
        names(&store),
        [
            "Andriy Yermak",
            "Andriy Yermakov",
            "Dmitry Kuleba",
            "Mohammed Shia al-Sudani",
            "Oleksandr Syrskyi",
            "Viktor Orban",
            "Vladislav Zelensky",
            "Volodymyr Zelensky"
        ]
    );
    assert_eq!(canonical(&store, "Vladimir Zelensky"), "Volodymyr Zelensky");
    // Equally long and as often mentioned: the first name key.
    assert_eq!(canonical(&store, "Dmytro Kuleba"), "Dmitry Kuleba");
    assert_eq!(canonical(&store, "Aleksandr Syrsky"), "Oleksandr Syrskyi");
    assert_eq!(
        canonical(&store, "Muhammad Shia Sudani"),
        "Mohammed Shia al-Sudani"
    );
    // Every spelling finds the quotes of all of them.
    assert_eq!(speakers(&store, "Vladimir").len(), 2);
    assert_eq!(speakers(&store, "Kuleba").len(), 2);
}

#[test]
fn initials_join_the_one_person_they_fit() {
    let (_d, store) = both_orders(person_articles(&[
        "J.D. Vance",
        "JD Vance",
        "James David Vance",
        "J. Vance",
        "V. Zelensky",
        "Volodymyr Zelensky",
        "Vladimir Zelensky",
        "Zelensky",
        // Two Smiths whose given names start with J: the initial says neither.
        "J. Smith",
        "John Smith",
        "Jane Smith",
        "P. Smith",
        "Peter Smith",
    ]));
    assert_eq!(
        names(&store),
        [
            "J. Smith",
            "James David Vance",
            "Jane Smith",
            "John Smith",
            "Peter Smith",
            "Volodymyr Zelensky"
        ]
    );
    for alias in ["J.D. Vance", "JD Vance", "J. Vance"] {
        assert_eq!(canonical(&store, alias), "James David Vance");
    }
    assert_eq!(canonical(&store, "V. Zelensky"), "Volodymyr Zelensky");
    assert_eq!(canonical(&store, "Zelensky"), "Volodymyr Zelensky");
    assert_eq!(canonical(&store, "P. Smith"), "Peter Smith");
    assert_eq!(speakers(&store, "James David Vance").len(), 4);
}

#[test]
fn an_initial_with_two_candidates_stays_alone_until_one_is_left() {
    let (_d, store) = fresh();
    store
        .ingest_batch(&person_articles(&["V. Zelensky", "Volodymyr Zelensky"]))
        .unwrap();
    assert_eq!(canonical(&store, "V. Zelensky"), "Volodymyr Zelensky");
    // A second V. Zelensky arrives: the initial no longer says who it is.
    store
        .ingest_batch(&[quoted("x.txt", "Vadym Zelensky", "Another one.")])
        .unwrap();
    assert_eq!(canonical(&store, "V. Zelensky"), "V. Zelensky");
    assert_eq!(
        names(&store),
        ["V. Zelensky", "Vadym Zelensky", "Volodymyr Zelensky"]
    );
}

#[test]
fn middle_names_join_when_they_fit_one_person() {
    let (_d, store) = both_orders(person_articles(&[
        "Recep Tayyip Erdoğan",
        "Recep Erdogan",
        "Erdogan",
        "Mahmoud Ali Youssouf",
        "Mahmoud Youssouf",
        // Two people whose names differ only in a middle initial.
        "George W. Bush",
        "George H. W. Bush",
        "George Bush",
        "Bush",
        // Particles belong to the surname; the Arabic article may be left out.
        "Ursula von der Leyen",
        "von der Leyen",
        "Abdel Fattah el-Sisi",
        "Abdel Fattah al-Sisi",
        "Sisi",
        // A generation suffix marks another person.
        "Donald Trump",
        "Donald Trump Jr.",
        "Robert F. Kennedy Jr.",
        "Robert Kennedy Jr.",
    ]));
    assert_eq!(
        names(&store),
        [
            "Abdel Fattah al-Sisi",
            "Bush",
            "Donald Trump",
            "Donald Trump Jr.",
            "George Bush",
            "George H. W. Bush",
            "George W. Bush",
            "Mahmoud Ali Youssouf",
            "Recep Tayyip Erdoğan",
            "Robert F. Kennedy Jr.",
            "Ursula von der Leyen"
        ]
    );
    assert_eq!(canonical(&store, "Erdogan"), "Recep Tayyip Erdoğan");
    assert_eq!(canonical(&store, "Recep Erdogan"), "Recep Tayyip Erdoğan");
    assert_eq!(canonical(&store, "von der Leyen"), "Ursula von der Leyen");
    assert_eq!(canonical(&store, "Sisi"), "Abdel Fattah al-Sisi");
}

#[test]
fn organisation_variants_and_acronyms() {
    let (_d, store) = both_orders(org_articles(&[
        "International Association of Machinists",
        "the International Association of Machinists",
        "IAM",
        "Women's Rights Network",
        "Womens Rights Network",
        "Metal & Foundry Workers",
        "Metal and Foundry Workers",
        "NATO",
        "North Atlantic Treaty Organization",
        // Initials of two organisations: the acronym stays alone.
        "AU",
        "African Union",
        "Arab Union",
        // A prefix of the initials is not an acronym of the name.
        "UN",
        "United Nations Security Council",
        "Group of 7",
        "Group of 77",
    ]));
    let orgs: Vec<String> = {
        let mut v: Vec<String> = store
            .actors(&ActorFilter {
                kind: Some("organization".into()),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|a| a.name)
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        orgs,
        [
            "AU",
            "African Union",
            "Arab Union",
            "Group of 7",
            "Group of 77",
            "International Association of Machinists",
            "Metal & Foundry Workers",
            "North Atlantic Treaty Organization",
            "UN",
            "United Nations Security Council",
            "Women's Rights Network"
        ]
    );
    assert_eq!(
        canonical(&store, "IAM"),
        "International Association of Machinists"
    );
    assert_eq!(
        canonical(&store, "NATO"),
        "North Atlantic Treaty Organization"
    );
}

#[test]
fn an_acronym_is_not_a_prefix_of_initials_and_not_shared() {
    let (_d, store) = fresh();
    store
        .ingest_batch(&org_articles(&[
            "IAM",
            "the International Association of Machinists and Aerospace Workers",
        ]))
        .unwrap();
    assert_eq!(canonical(&store, "IAM"), "IAM");
    store
        .ingest_batch(&[body("a.txt", "International Association of Machinists")])
        .unwrap();
    assert_eq!(
        canonical(&store, "IAM"),
        "International Association of Machinists"
    );
    // A second organisation with those initials: the acronym is split off again.
    store
        .ingest_batch(&[body("b.txt", "Institute of Applied Mathematics")])
        .unwrap();
    assert_eq!(canonical(&store, "IAM"), "IAM");
    assert_eq!(store.stats().unwrap().actors, 4);
}

#[test]
fn a_store_merged_under_older_rules_is_merged_again_by_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let items = || {
        let mut v = person_articles(&["Vladimir Zelensky", "Volodymyr Zelensky", "V. Zelensky"]);
        v.extend(org_articles(&[
            "IAM",
            "International Association of Machinists",
        ]));
        v
    };
    let expected = {
        let store = Store::open(&path).unwrap();
        store.ingest_batch(&items()).unwrap();
        assignment(&store)
    };
    assert_eq!(expected.iter().filter(|(s, c)| s != c).count(), 3);
    // As a schema 3 store holds it: no merge rules version, no organisation blocks,
    // the aliases of the old rules (none of these).
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP INDEX quotes_timeline; DROP INDEX dates_timeline; CREATE INDEX quotes_date ON quotes(date_lo); CREATE INDEX dates_date ON dates(date_lo);
         DROP TABLE corrections; DROP TABLE actor_side_votes; DROP TABLE actor_merge_rules; DELETE FROM actor_name_blocks;
         UPDATE actors SET canonical_key = NULL; PRAGMA user_version = 3;",
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    store
        .ingest_batch(&[quoted("z.txt", "Someone Else", "Unrelated.")])
        .unwrap();
    let mut now = assignment(&store);
    now.retain(|(s, _)| s != "Someone Else");
    assert_eq!(now, expected);
}

/// A small deterministic generator (xorshift), so that the property test needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Names that interact under every rule, for the property test.
const POOL_PEOPLE: &[&str] = &[
    "Volodymyr Zelensky",
    "Vladimir Zelensky",
    "Volodymyr Zelenskyy",
    "V. Zelensky",
    "Zelensky",
    "Vadym Zelensky",
    "Olena Zelenska",
    "O. Zelenska",
    "J.D. Vance",
    "JD Vance",
    "James David Vance",
    "James Vance",
    "J. Vance",
    "Jane Vance",
    "Vance",
    "George Bush",
    "George W. Bush",
    "George H. W. Bush",
    "G. Bush",
    "Bush",
    "Recep Erdogan",
    "Recep Tayyip Erdoğan",
    "Erdogan",
    "Andriy Yermak",
    "Andrei Yermak",
    "Andriy Yermakov",
    "A. Yermak",
    "Yermak",
    "Dmytro Kuleba",
    "Dmitry Kuleba",
    "Kuleba",
    "Donald Trump",
    "Donald J. Trump",
    "Donald Trump Jr.",
    "Trump",
];

const POOL_ORGS: &[&str] = &[
    "IAM",
    "International Association of Machinists",
    "the International Association of Machinists",
    "Institute of Applied Mathematics",
    "International Association of Machinists and Aerospace Workers",
    "NATO",
    "North Atlantic Treaty Organization",
    "UN",
    "United Nations",
    "United Nations Security Council",
];

/// Pairs that are different people or bodies: never in one group, whatever else is stored.
const NEVER_TOGETHER: &[(&str, &str)] = &[
    ("Andriy Yermak", "Andriy Yermakov"),
    ("George W. Bush", "George H. W. Bush"),
    ("Volodymyr Zelensky", "Vadym Zelensky"),
    ("Volodymyr Zelensky", "Olena Zelenska"),
    ("James Vance", "Jane Vance"),
    ("Donald Trump", "Donald Trump Jr."),
    ("Donald J. Trump", "Donald Trump Jr."),
    (
        "International Association of Machinists",
        "Institute of Applied Mathematics",
    ),
    (
        "IAM",
        "International Association of Machinists and Aerospace Workers",
    ),
    ("UN", "United Nations Security Council"),
    ("United Nations", "United Nations Security Council"),
];

#[test]
fn random_name_sets_merge_the_same_in_any_order_and_batching() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut aliases = 0;
    for case in 0..24 {
        let mut items: Vec<ArticleWithEvidence> = Vec::new();
        for (i, name) in POOL_PEOPLE.iter().enumerate() {
            if rng.below(10) < 6 {
                items.push(quoted(&format!("p{i}.txt"), name, &format!("Said {i}.")));
            }
        }
        for (i, name) in POOL_ORGS.iter().enumerate() {
            if rng.below(10) < 6 {
                items.push(body(&format!("o{i}.txt"), name));
            }
        }
        let (_d, reference) = fresh();
        reference.ingest_batch(&items).unwrap();
        let expected = assignment(&reference);
        aliases += expected.iter().filter(|(s, c)| s != c).count();
        // Shuffled, in random batches.
        for i in (1..items.len()).rev() {
            items.swap(i, rng.below(i + 1));
        }
        let (_d2, shuffled) = fresh();
        let mut rest = &items[..];
        while !rest.is_empty() {
            let take = 1 + rng.below(rest.len().min(4));
            shuffled.ingest_batch(&rest[..take]).unwrap();
            rest = &rest[take..];
        }
        assert_eq!(assignment(&shuffled), expected, "case {case}");
        // Ingesting everything again changes nothing.
        shuffled.ingest_batch(&items).unwrap();
        assert_eq!(assignment(&shuffled), expected, "case {case}, twice");
        let group: HashMap<&str, &str> = expected
            .iter()
            .map(|(s, c)| (s.as_str(), c.as_str()))
            .collect();
        for (a, b) in NEVER_TOGETHER {
            if let (Some(x), Some(y)) = (group.get(a), group.get(b)) {
                assert_ne!(x, y, "case {case}: {a} and {b} merged");
            }
        }
    }
    // The cases do merge (199 aliases in all), not only keep apart.
    assert!(aliases > 100, "{aliases}");
}
