use crate::common;
use detente_positions::{
    draft, positions, ContradictionKind, DraftActor, DraftOptions, PositionsFilter, StanceLexicon,
    StanceLinker, Statement, StatementKind,
};

fn st(article: &str, date: &str, start: usize, text: &str, speaker: &str, aff: &str) -> Statement {
    Statement {
        kind: StatementKind::Quote,
        article: article.into(),
        article_title: None,
        date: Some(date.into()),
        start,
        end: start + text.len(),
        text: text.into(),
        speaker: Some(speaker.into()),
        affiliation: Some(aff.into()),
        ..Statement::default()
    }
}

fn statements() -> Vec<Statement> {
    vec![
        st(
            "b.txt",
            "2025-06-02",
            40,
            "Kyiv must give up NATO membership for good.",
            "Ivan Petrov",
            "Russia",
        ),
        st(
            "a.txt",
            "2025-05-01",
            10,
            "We will never accept sanctions lifted as a reward.",
            "Olena Koval",
            "Ukraine",
        ),
        st(
            "c.txt",
            "2025-07-09",
            0,
            "An immediate ceasefire is unacceptable to Moscow.",
            "Ivan Petrov",
            "Russia",
        ),
        st(
            "c.txt",
            "2025-07-09",
            90,
            "The weather was fine.",
            "Ivan Petrov",
            "Russia",
        ),
        st(
            "d.txt",
            "2025-07-10",
            5,
            "Delegates discussed the truce.",
            "Anna Berg",
            "Reuters",
        ),
    ]
}

#[test]
fn positions_group_by_party_and_issue_in_date_order() {
    let mut terms = common::talks_terms();
    // The scenario says Russia could live with an immediate ceasefire.
    terms.parties[0].values.insert(
        "ceasefire".into(),
        [("now".to_string(), 0.7), ("after".to_string(), 1.0)].into(),
    );
    let linker = StanceLinker::new(StanceLexicon::new(&terms));
    let r = positions(&linker, &statements(), &PositionsFilter::default());
    assert_eq!(r.statements_read, 5);
    assert_eq!(r.statements_linked, 4);
    let russia = r
        .parties
        .iter()
        .find(|p| p.party == "russia")
        .expect("russia");
    let issues: Vec<&str> = russia.issues.iter().map(|i| i.issue.as_str()).collect();
    assert_eq!(issues, ["nato", "ceasefire"]);
    let nato = &russia.issues[0];
    let e = &nato.timeline[0];
    assert_eq!(e.option.as_deref(), Some("no_nato"));
    assert_eq!(e.citation.article, "b.txt");
    assert_eq!((e.citation.start, e.citation.clause_start), (40, 40));
    // The tally counts "supports no NATO membership" as rejecting "NATO membership".
    let join = nato
        .options
        .iter()
        .find(|t| t.option == "join")
        .expect("join");
    assert_eq!((join.supports, join.rejects), (0, 1));
    // Unknown affiliation: kept apart.
    assert_eq!(r.unattributed.len(), 1);
    assert_eq!(
        r.unattributed[0].citation.speaker.as_deref(),
        Some("Anna Berg")
    );
    // Value 0.7 for an option rejected in every statement: flagged, with its citation.
    assert_eq!(r.contradictions.len(), 1, "{:#?}", r.contradictions);
    let c = &r.contradictions[0];
    assert_eq!(
        (c.kind, c.party.as_str(), c.option.as_str()),
        (ContradictionKind::ValuedButRejected, "russia", "now")
    );
    assert_eq!(c.citations[0].article, "c.txt");
}

#[test]
fn filters_and_json_shape() {
    let linker = StanceLinker::new(StanceLexicon::new(&common::talks_terms()));
    let r = positions(
        &linker,
        &statements(),
        &PositionsFilter {
            issue: Some("sanctions".into()),
            party: Some("ukraine".into()),
        },
    );
    assert_eq!(r.parties.len(), 1);
    assert_eq!(r.parties[0].issues.len(), 1);
    assert!(r.unattributed.is_empty());
    let v = serde_json::to_value(&r).expect("serialises");
    let e = &v["parties"][0]["issues"][0]["timeline"][0];
    assert_eq!(e["polarity"], "rejects");
    assert_eq!(e["option"], "lifted");
    for k in [
        "article",
        "date",
        "text",
        "start",
        "end",
        "clause",
        "clause_start",
        "clause_end",
        "speaker",
        "kind",
    ] {
        assert!(e["citation"].get(k).is_some(), "citation lacks {k}");
    }
    assert!(v["contradictions"].is_array());

    // Nothing relevant: still a complete object.
    let empty = positions(&linker, &[], &PositionsFilter::default());
    let v = serde_json::to_value(&empty).expect("serialises");
    assert_eq!(v["statements_read"], 0);
    assert_eq!(v["parties"].as_array().map(Vec::len), Some(2));
}

fn actor(name: &str, kind: &str, aff: Option<&str>) -> DraftActor {
    DraftActor {
        name: name.into(),
        kind: kind.into(),
        affiliation: aff.map(String::from),
        surfaces: vec![name.into()],
    }
}

#[test]
fn draft_loads_with_the_model_and_finds_shared_phrases() {
    let texts = [
        ("Russia", "Any security guarantees must include Russia as a guarantor."),
        ("Ukraine", "Without security guarantees there is no point in signing."),
        ("Ukraine", "We need security guarantees from our partners, and grain exports through the Black Sea."),
        ("Russia", "The grain exports will resume once the port restrictions end."),
        ("Ukraine", "Grain exports are a humanitarian matter."),
        ("Russia", "Security guarantees for one side only are unacceptable."),
        ("United States", "Washington is ready to discuss security guarantees."),
    ];
    let statements: Vec<Statement> = texts
        .iter()
        .enumerate()
        .map(|(i, (aff, t))| {
            st(
                &format!("n{i}.txt"),
                "2025-03-01",
                0,
                t,
                "Someone Else",
                aff,
            )
        })
        .collect();
    let actors = vec![
        actor("Russia", "country", None),
        actor("Ukraine", "country", None),
        actor("United States", "country", None),
        actor("Moscow", "country", Some("Russia")),
    ];
    let d = draft(&statements, &actors, DraftOptions::default());
    let party_ids: Vec<&str> = d.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(party_ids, ["russia", "ukraine", "united_states"]);
    assert!(d.parties[0].aliases.contains(&"Moscow".to_string()));
    let names: Vec<&str> = d.issues.iter().map(|i| i.name.as_str()).collect();
    assert!(names.contains(&"security guarantees"), "{names:?}");
    assert!(names.contains(&"grain exports"), "{names:?}");
    let sg = d
        .issues
        .iter()
        .find(|i| i.name == "security guarantees")
        .expect("issue");
    assert_eq!(sg.statements, 5);
    assert!(!sg.sources.is_empty());

    let text = d.to_toml("Test draft");
    assert!(text.contains("PLACEHOLDER"));
    let loaded =
        detente_model::Scenario::from_toml_str_with(&text, "draft.toml", Default::default())
            .unwrap_or_else(|e| panic!("draft does not load: {e}\n{text}"));
    assert_eq!(loaded.scenario.parties.len(), 3);
    assert_eq!(loaded.scenario.sources.len(), d.sources.len());
}

#[test]
fn draft_from_nothing_still_loads() {
    let d = draft(&[], &[], DraftOptions::default());
    assert_eq!(d.parties.len(), 2);
    assert_eq!(d.issues.len(), 1, "one placeholder issue");
    assert!(d.issues[0].name.contains("PLACEHOLDER"));
    let text = d.to_toml("Empty");
    detente_model::Scenario::from_toml_str_with(&text, "draft.toml", Default::default())
        .unwrap_or_else(|e| panic!("{e}\n{text}"));
}

#[test]
fn a_speaker_quoted_without_affiliation_keeps_the_party_given_elsewhere() {
    let linker = StanceLinker::new(StanceLexicon::new(&common::talks_terms()));
    let mut all = statements();
    let mut bare = st(
        "e.txt",
        "2025-08-01",
        0,
        "Sanctions relief is unacceptable.",
        "Petrov",
        "",
    );
    bare.affiliation = None;
    all.push(bare);
    let mut other = st(
        "f.txt",
        "2025-08-02",
        0,
        "Kyiv will never give up the alliance.",
        "Olena Koval",
        "",
    );
    other.affiliation = None;
    all.push(other);
    let r = positions(&linker, &all, &PositionsFilter::default());
    let party_of = |article: &str| {
        r.parties
            .iter()
            .find(|p| {
                p.issues
                    .iter()
                    .any(|i| i.timeline.iter().any(|e| e.citation.article == article))
            })
            .map(|p| p.party.as_str())
    };
    // "Petrov" alone: the surname of a Russian speaker elsewhere.
    assert_eq!(party_of("e.txt"), Some("russia"));
    // The same full name as a Ukrainian speaker elsewhere.
    assert_eq!(party_of("f.txt"), Some("ukraine"));
    assert!(r
        .unattributed
        .iter()
        .all(|e| e.citation.article != "e.txt" && e.citation.article != "f.txt"));
}
