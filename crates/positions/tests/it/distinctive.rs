//! Option evidence by distinctive words, on the example scenario, with sentences written
//! for these tests.
use detente_positions::{scenario_terms, Polarity, StanceLexicon, StanceLinker};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/ukraine-2025/scenario.toml"
);

fn linker() -> StanceLinker {
    let sc = detente_model::Scenario::load(EXAMPLE).expect("example scenario");
    StanceLinker::new(StanceLexicon::new(&scenario_terms(&sc)))
}

fn issues(l: &StanceLinker, text: &str) -> Vec<String> {
    l.link(text, None, None)
        .into_iter()
        .map(|s| s.issue)
        .collect()
}

#[test]
fn one_content_word_of_a_longer_keyword_does_not_link() {
    let l = linker();
    // "when it is safe" is a keyword of the elections issue; "safe" alone is not it.
    assert!(!issues(&l, "The grain corridor must be safe for ships.").contains(&"elections".into()));
    assert!(issues(
        &l,
        "A vote can only be held when it is safe for soldiers to take part."
    )
    .contains(&"elections".into()));
}

#[test]
fn a_stems_false_friend_does_not_link() {
    let l = linker();
    // "access" is not "accession" (EU membership).
    assert!(
        !issues(&l, "Kyiv wants access to the Black Sea ports.").contains(&"eu_membership".into())
    );
    assert!(issues(&l, "Kyiv wants accession to the EU by 2030.").contains(&"eu_membership".into()));
}

#[test]
fn a_phrase_of_one_option_rejects_that_option() {
    let l = linker();
    let s = l.link(
        "We reject any freeze along the line of contact.",
        None,
        None,
    );
    let f = s
        .iter()
        .find(|x| x.issue == "south_line")
        .expect("south_line stance");
    assert_eq!(
        (f.option.as_deref(), f.polarity),
        (Some("frozen"), Polarity::Rejects)
    );
}

#[test]
fn a_keyword_that_starts_with_a_condition_marker_is_read_without_panic() {
    // "once a ceasefire" is an elections keyword; "once" also opens a condition.
    let l = linker();
    let s = l.link("Kyiv will hold a vote once a ceasefire holds.", None, None);
    assert!(s.iter().any(|x| x.issue == "elections"), "{s:#?}");
}

#[test]
fn a_negation_in_a_content_clause_does_not_deny_the_mention() {
    let l = linker();
    let s = l.link(
        "Kyiv wants security guarantees that the invasion will not be repeated.",
        None,
        None,
    );
    let g = s
        .iter()
        .find(|x| x.issue == "security_guarantees")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(g.polarity, Polarity::Supports, "{s:#?}");
    // A stance cue after the negation in that clause still counts.
    let s = l.link(
        "These are security guarantees that we will never accept.",
        None,
        None,
    );
    let g = s
        .iter()
        .find(|x| x.issue == "security_guarantees")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(g.polarity, Polarity::Rejects, "{s:#?}");
}

#[test]
fn two_words_only_one_label_has_side_by_side_name_that_option() {
    // "free economic zone" is a stretch of one long Donbas label only.
    let l = linker();
    let s = l.link(
        "We reject the free economic zone that Washington keeps proposing.",
        None,
        None,
    );
    let d = s
        .iter()
        .find(|x| x.issue == "donbas")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(
        (d.option.as_deref(), d.polarity),
        (Some("free_economic_zone"), Polarity::Rejects),
        "{s:#?}"
    );
}

/// A scenario with one issue whose options are a thing and its absence.
fn levy_linker() -> StanceLinker {
    use detente_positions::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms};
    let option = |id: &str, label: &str| OptionTerms {
        id: id.into(),
        label: label.into(),
        keywords: Vec::new(),
    };
    StanceLinker::new(StanceLexicon::new(&ScenarioTerms {
        parties: vec![PartyTerms {
            id: "port".into(),
            name: "Port of Calder".into(),
            ..Default::default()
        }],
        issues: vec![IssueTerms {
            id: "levy".into(),
            name: "Harbour levy on visiting trawlers".into(),
            keywords: vec!["harbour levy".into()],
            options: vec![
                option("imposed", "Harbour levy imposed"),
                option("none", "No harbour levy"),
            ],
        }],
    }))
}

#[test]
fn the_words_a_thing_and_its_absence_share_name_the_thing() {
    let l = levy_linker();
    let stance = |text: &str| {
        l.link(text, None, None)
            .into_iter()
            .find(|s| s.issue == "levy")
            .map(|s| (s.option, s.polarity))
    };
    assert_eq!(
        stance("We support a harbour levy on the trawlers."),
        Some((Some("imposed".into()), Polarity::Supports))
    );
    assert_eq!(
        stance("The skippers reject a harbour levy on their boats."),
        Some((Some("imposed".into()), Polarity::Rejects))
    );
    // The absence's own label, with its negation, names the absence
    // (`short_negated_label_is_a_keyword`).
    assert_eq!(
        stance("There must be no harbour levy on small boats."),
        Some((Some("none".into()), Polarity::Supports))
    );
}

/// A scenario whose one issue is an action that options take in part or in full.
fn dredging_linker() -> StanceLinker {
    use detente_positions::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms};
    let option = |id: &str, label: &str| OptionTerms {
        id: id.into(),
        label: label.into(),
        keywords: Vec::new(),
    };
    StanceLinker::new(StanceLexicon::new(&ScenarioTerms {
        parties: vec![PartyTerms {
            id: "port".into(),
            name: "Port of Calder".into(),
            ..Default::default()
        }],
        issues: vec![IssueTerms {
            id: "dredging".into(),
            name: "Dredging of the estuary".into(),
            keywords: vec!["dredging".into(), "dredged".into()],
            options: vec![
                option("none", "Channel left as it is, sandbanks kept"),
                option("partial", "Only the shipping lane deepened, banks kept"),
                option(
                    "full",
                    "Full dredging of the estuary under river board control",
                ),
            ],
        }],
    }))
}

#[test]
fn a_bare_action_with_a_side_names_the_option_that_does_it_in_full() {
    let l = dredging_linker();
    let stance = |text: &str| {
        l.link(text, None, None)
            .into_iter()
            .find(|s| s.issue == "dredging")
            .map(|s| (s.option, s.polarity))
    };
    assert_eq!(
        stance("The ferry company insists the estuary must be dredged before winter."),
        Some((Some("full".into()), Polarity::Supports))
    );
    assert_eq!(
        stance("The anglers reject any dredging of the estuary."),
        Some((Some("full".into()), Polarity::Rejects))
    );
    // An option's own words still decide.
    assert_eq!(
        stance("We want only the shipping lane deepened and the banks kept."),
        Some((Some("partial".into()), Polarity::Supports))
    );
    // Spoken of without a side: no option.
    assert_eq!(
        stance("The dredging was discussed on Monday."),
        Some((None, Polarity::Neutral))
    );
}
