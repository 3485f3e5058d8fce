//! Rules for reported positions (issue 13): reporting verbs that take a side only as a
//! frame, a possessive party's wish inside another stance, an option's own words that are
//! not cues, "without" that qualifies, conditions put after their clause, and option
//! evidence that sets an option apart. Sentences written for these tests.
use crate::common;
use detente_positions::{
    Framing, IssueTerms, OptionTerms, PartyTerms, Polarity, ScenarioTerms, Stance, StanceLexicon,
    StanceLinker,
};

fn talks() -> StanceLinker {
    StanceLinker::new(StanceLexicon::new(&common::talks_terms()))
}

fn opt(id: &str, label: &str, keywords: &[&str]) -> OptionTerms {
    OptionTerms {
        id: id.into(),
        label: label.into(),
        keywords: keywords.iter().map(|k| k.to_string()).collect(),
    }
}

/// A scenario with the option shapes these rules are about: a label with a place word that
/// is also an oppose cue ("outside"), labels with a denied rider ("no date"), and a
/// keyword whose words another option's label shares ("lift sanctions").
fn shaped() -> StanceLinker {
    StanceLinker::new(StanceLexicon::new(&ScenarioTerms {
        parties: vec![
            PartyTerms {
                id: "north".into(),
                name: "Northland".into(),
                aliases: vec!["Nordburg".into()],
                ..Default::default()
            },
            PartyTerms {
                id: "south".into(),
                name: "Southland".into(),
                aliases: vec!["Sudport".into()],
                ..Default::default()
            },
        ],
        issues: vec![
            IssueTerms {
                id: "guarantee".into(),
                name: "Security guarantee".into(),
                keywords: vec!["guarantee".into()],
                options: vec![
                    opt(
                        "air",
                        "Guarantee with aircraft based outside the country",
                        &[],
                    ),
                    opt("ground", "Guarantee with troops on the ground", &[]),
                ],
            },
            IssueTerms {
                id: "union".into(),
                name: "Union membership".into(),
                keywords: vec!["union membership".into(), "accession".into()],
                options: vec![
                    opt("open", "Accession path open, no date", &[]),
                    opt("dated", "Accession with a target date", &[]),
                ],
            },
            IssueTerms {
                id: "sanctions".into(),
                name: "Sanctions relief".into(),
                keywords: vec!["sanctions".into()],
                options: vec![
                    opt("kept", "Sanctions stay", &["keep sanctions"]),
                    opt("phased", "Lifted in stages, case by case", &[]),
                    opt("full", "Lifted at once", &["lift sanctions"]),
                ],
            },
        ],
    }))
}

fn framed(l: &StanceLinker, text: &str, frame: &str, affiliation: &str) -> Vec<Stance> {
    l.link_framed(
        text,
        None,
        Some(affiliation),
        &Framing {
            frame: Some(frame),
            ..Framing::default()
        },
    )
}

fn on<'a>(s: &'a [Stance], issue: &str) -> &'a Stance {
    s.iter()
        .find(|x| x.issue == issue)
        .unwrap_or_else(|| panic!("no stance on {issue} in {s:#?}"))
}

#[test]
fn a_threat_or_an_offer_as_the_frame_puts_the_content_forward() {
    for verb in ["threatened", "has threatened", "is threatening"] {
        let s = framed(&talks(), "new sanctions on grain exports", verb, "Kyiv");
        let c = on(&s, "sanctions");
        assert_eq!(c.polarity, Polarity::Supports, "{verb}: {c:?}");
        assert!(c.frame.iter().any(|w| w.starts_with("threat")), "{c:?}");
    }
    for verb in ["offered", "has pledged", "vowed"] {
        let s = framed(&talks(), "an immediate ceasefire", verb, "Moscow");
        let c = on(&s, "ceasefire");
        assert_eq!(
            (c.option.as_deref(), c.polarity),
            (Some("now"), Polarity::Supports),
            "{verb}"
        );
    }
    // "threaten" inside a statement keeps its ordinary reading.
    let s = talks().link(
        "The truce threatens our security, he said.",
        None,
        Some("Kyiv"),
    );
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Rejects);
    // A noun is not the reporting verb: "rejected the offer of" still rejects.
    let s = framed(&talks(), "a ceasefire", "rejected the offer of", "Kyiv");
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Rejects);
}

#[test]
fn a_possessive_partys_wish_inside_a_rejection_is_the_speakers_rejection() {
    let s = framed(
        &talks(),
        "Moscow's demand for an immediate ceasefire",
        "rejected",
        "Kyiv",
    );
    let c = on(&s, "ceasefire");
    assert_eq!(c.polarity, Polarity::Rejects, "{c:?}");
    assert_eq!(c.party.as_deref(), Some("ukraine"));
    assert_eq!(c.reported_by, None);
    // With nothing governing it, the wish is the possessor's.
    let s = talks().link(
        "Moscow's demand is an immediate ceasefire.",
        None,
        Some("Kyiv"),
    );
    let c = on(&s, "ceasefire");
    assert_eq!(c.party.as_deref(), Some("russia"), "{c:?}");
    assert_eq!(c.reported_by.as_deref(), Some("ukraine"));
}

#[test]
fn the_words_of_the_option_named_are_not_cues() {
    let s = framed(
        &shaped(),
        "a guarantee with aircraft based outside the country",
        "offered",
        "Nordburg",
    );
    let c = on(&s, "guarantee");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("air"), Polarity::Supports),
        "{c:?}"
    );
}

#[test]
fn a_without_after_the_mention_qualifies_it() {
    let s = framed(
        &shaped(),
        "that the accession path stays open, without a fixed date",
        "insisted",
        "Sudport",
    );
    let c = on(&s, "union");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("open"), Polarity::Supports),
        "{c:?}"
    );
    // Before the mention, "without" still denies it.
    let s = shaped().link(
        "We will sign without union membership.",
        None,
        Some("Sudport"),
    );
    assert_eq!(on(&s, "union").polarity, Polarity::Rejects);
}

#[test]
fn a_denied_rider_speaks_for_the_option_that_has_it() {
    let s = shaped().link("We want a date for accession.", None, Some("Sudport"));
    let c = on(&s, "union");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("dated"), Polarity::Supports),
        "{c:?}"
    );
}

#[test]
fn a_keyword_shared_with_another_label_yields_to_the_words_that_set_it_apart() {
    let s = shaped().link(
        "We are ready to lift sanctions case by case.",
        None,
        Some("Nordburg"),
    );
    let c = on(&s, "sanctions");
    assert_eq!(c.option.as_deref(), Some("phased"), "{c:?}");
    // Alone, the keyword still names its option.
    let s = shaped().link("We want them to lift sanctions.", None, Some("Nordburg"));
    assert_eq!(on(&s, "sanctions").option.as_deref(), Some("full"));
}

#[test]
fn a_condition_put_after_its_clause_states_a_demand() {
    let s = talks().link(
        "The sanctions can be lifted if Kyiv renounces NATO membership.",
        None,
        Some("Moscow"),
    );
    let c = on(&s, "nato");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("no_nato"), Polarity::Supports),
        "{s:#?}"
    );
    // One that speaks of the other side's wish states their interest, not a term.
    let s = talks().link(
        "The sanctions can be lifted if Kyiv wants NATO membership.",
        None,
        Some("Moscow"),
    );
    assert_eq!(on(&s, "nato").polarity, Polarity::Neutral, "{s:#?}");
}

#[test]
fn a_word_of_an_issue_used_as_a_verb_on_another_object_links_nothing() {
    let s = framed(
        &shaped(),
        "to guarantee the safety of the reporters",
        "refused",
        "Nordburg",
    );
    assert!(s.iter().all(|x| x.issue != "guarantee"), "{s:#?}");
    // As the thing itself it links.
    let s = framed(
        &shaped(),
        "a guarantee for the country",
        "refused",
        "Nordburg",
    );
    assert_eq!(on(&s, "guarantee").polarity, Polarity::Rejects);
}

#[test]
fn only_stances_decided_by_words_raise_a_contradiction() {
    use detente_positions::{positions, PositionsFilter, Statement};
    let mut terms = common::talks_terms();
    terms.parties[1]
        .values
        .entry("sanctions".into())
        .or_default()
        .insert("lifted".into(), 0.1);
    let linker = StanceLinker::new(StanceLexicon::new(&terms));
    let statement = |text: &str| Statement {
        article: "a.txt".into(),
        end: text.len(),
        text: text.into(),
        affiliation: Some("Kyiv".into()),
        ..Statement::default()
    };
    // Named alone, the option is read as put forward, but that is no ground for a flag.
    let plain = [statement("The sanctions lifted, the talks went on.")];
    let r = positions(&linker, &plain, &PositionsFilter::default());
    let tally = r
        .parties
        .iter()
        .filter(|p| p.party == "ukraine")
        .flat_map(|p| &p.issues)
        .flat_map(|i| &i.options)
        .find(|o| o.option == "lifted")
        .expect("a tally for the option");
    assert_eq!(tally.supports, 1, "{r:#?}");
    assert!(r.contradictions.is_empty(), "{:#?}", r.contradictions);
    // A cue decides: the flag is raised.
    let cued = [statement("We demand that the sanctions be lifted.")];
    let r = positions(&linker, &cued, &PositionsFilter::default());
    assert_eq!(r.contradictions.len(), 1, "{:#?}", r.contradictions);
    assert_eq!(r.contradictions[0].option, "lifted");
}
