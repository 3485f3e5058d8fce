//! Statements read with their reporting frame, their neighbouring sentences, and whose
//! position a clause states. Sentences written for these tests.
use crate::common;
use detente_positions::{ContextUse, Framing, Polarity, Stance, StanceLexicon, StanceLinker};

fn linker() -> StanceLinker {
    StanceLinker::new(StanceLexicon::new(&common::talks_terms()))
}

fn framed(text: &str, frame: &str, quote: bool) -> Vec<Stance> {
    linker().link_framed(
        text,
        Some("A. Official"),
        Some("Moscow"),
        &Framing {
            frame: Some(frame),
            quote,
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
fn an_oppose_verb_in_the_frame_rejects_a_neutral_content() {
    for verb in [
        "rejected",
        "rejects",
        "has rejected",
        "ruled out",
        "is ruling out",
        "refused",
    ] {
        let s = framed("a truce along the current line", verb, false);
        let c = on(&s, "ceasefire");
        assert_eq!(c.polarity, Polarity::Rejects, "{verb}: {c:?}");
        assert!(!c.frame.is_empty(), "{verb}: the frame words are kept");
        assert!(
            c.cues.iter().any(|w| verb.contains(w.as_str())),
            "{verb}: {:?}",
            c.cues
        );
    }
}

#[test]
fn a_support_verb_in_the_frame_supports_a_neutral_content() {
    for verb in [
        "demanded",
        "insisted on",
        "welcomed",
        "accepted",
        "called for",
        "is demanding",
    ] {
        let s = framed("an immediate ceasefire", verb, false);
        let c = on(&s, "ceasefire");
        assert_eq!(c.polarity, Polarity::Supports, "{verb}: {c:?}");
        assert_eq!(c.option.as_deref(), Some("now"), "{verb}");
    }
}

#[test]
fn the_frame_multiplies_a_stance_the_content_takes() {
    // "insisted" + "never recognise" still rejects.
    let s = framed(
        "Kyiv will never recognise Crimea as Russian",
        "insisted",
        false,
    );
    assert_eq!(on(&s, "crimea").polarity, Polarity::Rejects);
    // "rejected" + "the sanctions must be lifted" rejects lifting them.
    let s = framed("the sanctions must be lifted", "flatly rejected", false);
    let c = on(&s, "sanctions");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("lifted"), Polarity::Rejects)
    );
    assert!(c.frame.iter().any(|w| w == "rejected"));
}

#[test]
fn a_negated_frame_flips_and_a_neutral_frame_frames_nothing() {
    let s = framed("a truce", "did not rule out", false);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Supports);
    let s = framed("a truce", "said", false);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Neutral);
    assert!(on(&s, "ceasefire").frame.is_empty());
    assert!(linker().frame_polarity("told reporters").is_none());
    assert_eq!(
        linker().frame_polarity("warned against").map(|f| f.0),
        Some(Polarity::Rejects)
    );
}

#[test]
fn a_frame_does_not_turn_a_topic_into_a_side() {
    let s = framed("the ceasefire was discussed at length", "insisted", false);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Neutral);
}

#[test]
fn the_sentence_before_supplies_the_issue_a_statement_lacks() {
    let s = linker().link_framed(
        "We will never accept that.",
        Some("A. Official"),
        Some("Kyiv"),
        &Framing {
            before: Some("Moscow wants the peninsula recognised as Russian."),
            quote: true,
            ..Framing::default()
        },
    );
    let c = on(&s, "crimea");
    assert_eq!(c.context, Some(ContextUse::IssueFromBefore));
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("russian"), Polarity::Rejects)
    );
    assert_eq!(c.party.as_deref(), Some("ukraine"));
}

#[test]
fn an_anaphor_takes_no_issue_from_the_sentence_after() {
    let read = |text: &str| {
        linker().link_framed(
            text,
            None,
            Some("Kyiv"),
            &Framing {
                frame: Some("rejected"),
                after: Some("The truce would have started at midnight."),
                ..Framing::default()
            },
        )
    };
    // "the plan", "it": something named before, not what the next sentence explains.
    for text in ["the plan within hours", "it within hours"] {
        assert!(read(text).is_empty(), "{text}: {:#?}", read(text));
    }
    // A new thing may be explained by the sentence after it.
    let s = read("a new proposal within hours");
    let c = on(&s, "ceasefire");
    assert_eq!(c.context, Some(ContextUse::IssueFromAfter));
    assert_eq!(c.polarity, Polarity::Rejects);
}

#[test]
fn an_embedded_question_takes_no_side() {
    for frame in ["did not say", "declined to say", "insisted"] {
        let s = framed("whether Kyiv would accept a truce", frame, false);
        let c = on(&s, "ceasefire");
        assert_eq!(c.polarity, Polarity::Neutral, "{frame}: {c:?}");
        assert!(c.frame.is_empty(), "{frame}");
    }
    // Nor does a neighbour lend it a cue.
    let s = linker().link_framed(
        "whether the sanctions would stay",
        None,
        Some("Kyiv"),
        &Framing {
            before: Some("Kyiv flatly rejected the proposal on Tuesday."),
            ..Framing::default()
        },
    );
    assert!(s.iter().all(|x| x.polarity == Polarity::Neutral), "{s:#?}");
}

#[test]
fn a_request_in_the_frame_puts_its_content_forward() {
    for verb in ["asked", "has asked", "asks"] {
        let s = framed("an immediate ceasefire", verb, false);
        let c = on(&s, "ceasefire");
        assert_eq!(c.polarity, Polarity::Supports, "{verb}: {c:?}");
    }
    // Inside a statement, asking about a thing takes no side.
    let s = framed("she asked about the truce", "said", false);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Neutral);
}

#[test]
fn a_neighbouring_sentence_naming_two_issues_supplies_none() {
    let s = linker().link_framed(
        "We will never accept that.",
        None,
        Some("Kyiv"),
        &Framing {
            before: Some("Moscow wants Crimea and an end to sanctions."),
            ..Framing::default()
        },
    );
    assert!(s.is_empty(), "{s:#?}");
}

#[test]
fn the_sentence_before_supplies_the_cue_a_neutral_statement_lacks() {
    let s = linker().link_framed(
        "The truce was the main point.",
        None,
        Some("Kyiv"),
        &Framing {
            before: Some("Kyiv flatly rejected the proposal on Tuesday."),
            ..Framing::default()
        },
    );
    let c = on(&s, "ceasefire");
    assert_eq!(c.context, Some(ContextUse::CueFromBefore));
    assert_eq!(c.polarity, Polarity::Rejects);
    // A neighbour that names an issue of its own lends no cue.
    let s = linker().link_framed(
        "The truce was the main point.",
        None,
        Some("Kyiv"),
        &Framing {
            before: Some("Kyiv rejected any talk of the sanctions."),
            ..Framing::default()
        },
    );
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Neutral);
}

#[test]
fn another_partys_wish_is_that_partys_position() {
    let s = linker().link(
        "Moscow wants Crimea recognised as Russian.",
        Some("A. Official"),
        Some("Kyiv"),
    );
    let c = on(&s, "crimea");
    assert_eq!(c.party.as_deref(), Some("russia"), "{s:#?}");
    assert_eq!(c.reported_by.as_deref(), Some("ukraine"));
    // The speaker's own party as subject changes nothing.
    let s = linker().link("Kyiv wants an immediate ceasefire.", None, Some("Kyiv"));
    assert_eq!(on(&s, "ceasefire").party.as_deref(), Some("ukraine"));
    assert_eq!(on(&s, "ceasefire").reported_by, None);
    // A demand of another party ("Russia must ...") is the speaker's.
    let s = linker().link(
        "Russia must lift the sanctions on grain.",
        None,
        Some("Kyiv"),
    );
    assert!(
        s.iter().all(|x| x.party.as_deref() == Some("ukraine")),
        "{s:#?}"
    );
}

#[test]
fn a_third_persons_wish_in_a_quote_is_not_the_speakers() {
    let quote = Framing {
        quote: true,
        ..Framing::default()
    };
    let s = linker().link_framed(
        "She wants an immediate ceasefire. She was never going to get one.",
        Some("A. Official"),
        Some("Moscow"),
        &quote,
    );
    assert!(
        s.iter()
            .all(|x| !(x.option.as_deref() == Some("now") && x.polarity == Polarity::Supports)),
        "{s:#?}"
    );
    // In a claim, "she" is the speaker reported.
    let claim = Framing::default();
    let s = linker().link_framed(
        "she wants an immediate ceasefire",
        Some("A. Official"),
        Some("Moscow"),
        &claim,
    );
    assert_eq!(on(&s, "ceasefire").party.as_deref(), Some("russia"));
}

#[test]
fn parties_are_named_by_their_gazetteer_forms_and_by_the_reporting_source() {
    use detente_positions::{source_party, PartyTerms, ScenarioTerms};
    let terms = ScenarioTerms {
        parties: vec![
            PartyTerms {
                id: "il".into(),
                name: "Israel".into(),
                ..PartyTerms::default()
            },
            PartyTerms {
                id: "med".into(),
                name: "Mediators".into(),
                aliases: vec!["Egypt".into(), "Qatar".into()],
                ..PartyTerms::default()
            },
        ],
        issues: Vec::new(),
    };
    let lex = StanceLexicon::new(&terms);
    // Demonyms and capitals of a party named as a country.
    assert_eq!(lex.party_of(Some("Israeli officials"), None), Some(0));
    assert_eq!(lex.party_of(Some("an Egyptian diplomat"), None), Some(1));
    assert_eq!(lex.party_of(Some("Doha"), None), Some(1));
    // The reporting clause's source words decide when nothing else does; an analyst
    // speaks for no party.
    assert_eq!(
        source_party(&lex, Some("a senior Qatari official")),
        Some(1)
    );
    assert_eq!(source_party(&lex, Some("an Israeli defence analyst")), None);
    assert_eq!(source_party(&lex, None), None);
}

#[test]
fn the_source_of_a_statement_is_read_from_its_reporting_clause() {
    use detente_positions::frame::reporting_source;
    let t = "A senior Latvian diplomat met reporters. \"The toll will stay,\" the diplomat said.";
    let s = t.find("The toll").unwrap_or(0);
    let e = t.find(",\" the").unwrap_or(0);
    let (ss, se) = (t.find("\"The").unwrap_or(0), t.len());
    let src = reporting_source(t, ss, se, s, e, "said").unwrap_or_default();
    assert!(src.starts_with("the diplomat"), "{src}");
    assert!(src.contains("A senior Latvian diplomat"), "{src}");
    // A role introduced with "a" and no capitalised word is found too.
    let t = "The tolls will rise, a senior harbour official said. \"The bridge stays shut,\" the official said.";
    let s = t.find("The bridge").unwrap_or(0);
    let e = t.find(",\" the").unwrap_or(0);
    let (ss, se) = (t.find("\"The").unwrap_or(0), t.len());
    let src = reporting_source(t, ss, se, s, e, "said").unwrap_or_default();
    assert!(src.contains("(a senior harbour official)"), "{src}");
}
