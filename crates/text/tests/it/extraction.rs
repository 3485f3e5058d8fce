//! Hard cases for quote, speaker, actor and date extraction, on articles written for these
//! tests (crates/text/tests/fixtures).
use detente_text::{read_paths, Article, ArticleEvidence, Extractor, ReadEvent, ReadOptions};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read_one(name: &str) -> (Article, ArticleEvidence) {
    let arts: Vec<Article> = read_paths(&[fixture(name)], &ReadOptions::default())
        .filter_map(|e| match e {
            ReadEvent::Article(a) => Some(a),
            ReadEvent::Warning { .. } => None,
        })
        .collect();
    assert_eq!(arts.len(), 1, "{name}");
    let a = arts.into_iter().next().unwrap();
    let ev = Extractor::new().extract(&a);
    (a, ev)
}

fn quote<'a>(ev: &'a ArticleEvidence, starts: &str) -> &'a detente_text::Quote {
    ev.quotes
        .iter()
        .find(|q| q.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no quote starting {starts:?} in {:#?}", ev.quotes))
}

#[test]
fn offsets_point_at_the_quoted_words() {
    for name in ["port_talks.txt", "trade_talks.txt", "ceasefire.html"] {
        let (a, ev) = read_one(name);
        for q in &ev.quotes {
            assert_eq!(&a.text[q.start..q.end], q.text);
            assert!(!q.text.starts_with(['"', '“', '«', '\'']), "{:?}", q.text);
        }
        for d in &ev.dates {
            assert_eq!(&a.text[d.start..d.end], d.text);
        }
    }
}

#[test]
fn interrupted_guillemet_single_and_multi_paragraph_quotes() {
    let (_, ev) = read_one("port_talks.txt");
    let q1 = quote(&ev, "We are not going to accept");
    let q2 = quote(&ev, "Our members have waited");
    assert_eq!(q1.speaker.as_deref(), Some("Ana Kowalczyk"));
    assert_eq!(
        q2.speaker.as_deref(),
        Some("Ana Kowalczyk"),
        "second half of an interrupted quote"
    );
    assert_eq!(q1.cue.as_deref(), Some("told"));
    // Single quotation marks, attributed through a title ("The chief executive").
    let q = quote(&ev, "We remain committed");
    assert_eq!(q.speaker.as_deref(), Some("Tomasz Brandt"));
    // Guillemets with a nested scare quote, attributed through "she".
    let q = quote(&ev, "The so-called");
    assert_eq!(q.speaker.as_deref(), Some("Ana Kowalczyk"));
    assert!(q.text.ends_with("docker,"));
    // A quote running over two paragraphs takes the speaker named at its end.
    let q = quote(&ev, "Our members have made clear");
    assert_eq!(q.speaker.as_deref(), Some("Ana Kowalczyk"));
    assert!(!q.text.contains('\n'));
    // Scare quotes of one word are not quotes; an unclosed mark stops at its paragraph.
    assert!(ev
        .quotes
        .iter()
        .all(|q| q.text != "tense" && q.text != "joke"));
    let q = quote(&ev, "Closed for talks");
    assert_eq!(q.text, "Closed for talks until further notice");
    assert_eq!(q.speaker, None);
}

#[test]
fn actors_roles_and_sides() {
    let (_, ev) = read_one("trade_talks.txt");
    let actor = |n: &str| {
        ev.actors
            .iter()
            .find(|a| a.name == n)
            .unwrap_or_else(|| panic!("no actor {n} in {:#?}", ev.actors))
    };
    assert_eq!(
        actor("Elaine Fortier").affiliation.as_deref(),
        Some("Canada")
    );
    let p = actor("Joao Pereira-Lima");
    assert_eq!(p.affiliation.as_deref(), Some("Brazil"));
    assert!(p.mentions.iter().any(|m| m == "Pereira-Lima"));
    // An analyst belongs to her institution, not to a side.
    assert_eq!(
        actor("Marta Okonkwo").affiliation.as_deref(),
        Some("Lagos Institute of Trade")
    );
    assert!(ev.actors.iter().all(|a| a.name != "Geneva"));
    // "the minister" and "The Brazilian negotiator" resolve by role.
    let q = quote(&ev, "cannot accept quotas");
    assert_eq!(q.speaker.as_deref(), Some("Joao Pereira-Lima"));
    let q = quote(&ev, "There is still a wide gap");
    assert_eq!(q.speaker.as_deref(), Some("Joao Pereira-Lima"));
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn dates_resolve_against_the_header_date() {
    let (a, ev) = read_one("trade_talks.txt");
    assert_eq!(a.date.as_deref(), Some("2023-11-09"));
    assert!(!a.date_inferred);
    let res = |t: &str| {
        ev.dates
            .iter()
            .find(|d| d.text == t)
            .unwrap_or_else(|| panic!("no date {t} in {:#?}", ev.dates))
            .resolved_iso()
    };
    assert_eq!(res("Monday").as_deref(), Some("2023-11-06"));
    assert_eq!(res("next month").as_deref(), Some("2023-12"));
    assert_eq!(res("15 January 2024").as_deref(), Some("2024-01-15"));
    assert_eq!(res("2019").as_deref(), Some("2019"));
}

#[test]
fn html_page_body_only() {
    let (a, ev) = read_one("ceasefire.html");
    assert_eq!(a.date.as_deref(), Some("2024-06-20"));
    assert_eq!(
        a.title.as_deref(),
        Some("Ceasefire talks stall over prisoner lists")
    );
    for junk in [
        "Subscribe today",
        "hidden",
        "Earlier talks",
        "rights reserved",
        "window.ads",
    ] {
        assert!(!a.text.contains(junk), "{junk} leaked into the body");
    }
    assert_eq!(ev.quotes.len(), 2);
    assert!(ev
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Farid Al-Mansouri")));
    assert!(ev.claims.iter().any(|c| c.text.contains("new draft")));
}

#[test]
fn claims_from_indirect_speech() {
    let (_, ev) = read_one("port_talks.txt");
    let c = ev
        .claims
        .iter()
        .find(|c| c.text.starts_with("a deal was possible"))
        .unwrap_or_else(|| panic!("{:#?}", ev.claims));
    assert_eq!(c.speaker.as_deref(), Some("Tomasz Brandt"));
    assert_eq!(c.cue.as_deref(), Some("added"));
}

#[test]
fn extractor_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
}

#[test]
fn another_conflict_people_platforms_and_places() {
    let (_, ev) = read_one("ceasefire_gaza.txt");
    let names: Vec<&str> = ev.actors.iter().map(|a| a.name.as_str()).collect();
    for want in [
        "Benjamin Netanyahu",
        "Karoline Leavitt",
        "Taher al-Nunu",
        "Majed al-Ansari",
        "Antonio Guterres",
        "Hamas",
        "Israel",
        "Qatar",
    ] {
        assert!(names.contains(&want), "missing {want} in {names:?}");
    }
    for not in [
        "Truth Social",
        "Geneva",
        "New York",
        "Gaza City",
        "Sharm el-Sheikh",
        "Middle East",
    ] {
        assert!(!names.contains(&not), "{not} is not an actor: {names:?}");
    }
    let side = |n: &str| {
        ev.actors
            .iter()
            .find(|a| a.name == n)
            .and_then(|a| a.affiliation.clone())
    };
    assert_eq!(side("Benjamin Netanyahu").as_deref(), Some("Israel"));
    assert_eq!(side("Majed al-Ansari").as_deref(), Some("Qatar"));
    let q = quote(&ev, "With God's help");
    assert_eq!(q.speaker.as_deref(), Some("Benjamin Netanyahu"));
    let d = ev
        .dates
        .iter()
        .find(|d| d.text == "Thursday")
        .map(|d| d.resolved_iso());
    assert_eq!(
        d,
        Some(Some("2025-10-09".to_string())),
        "Thursday written on a Thursday is the article day"
    );
}
