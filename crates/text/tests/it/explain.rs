//! `Extractor::extract_explained`: the rules behind each speaker, affiliation and date, on
//! sentences written for this test.
use detente_text::{Article, Extractor};

fn article(text: &str) -> Article {
    Article {
        id: "t".into(),
        source_path: "t".into(),
        title: None,
        date: Some("2025-03-12".into()),
        date_inferred: false,
        date_basis: None,
        url: None,
        content_hash: String::new(),
        raw_offsets: None,
        text: text.into(),
    }
}

#[test]
fn explanation_has_one_entry_per_record_and_names_the_deciding_rules() {
    let a = article(
        "Ports agreement stalls\n\n\
         Norwegian trade minister Sigrid Holm said on Monday that the talks would go on.\n\n\
         “We are not walking away,” Holm told reporters in Oslo. “Not this week.”\n\n\
         The two sides met three days ago.\n",
    );
    let (ev, why) = Extractor::new().extract_explained(&a);
    assert_eq!(why.quotes.len(), ev.quotes.len());
    assert_eq!(why.actors.len(), ev.actors.len());
    assert_eq!(why.dates.len(), ev.dates.len());
    assert_eq!(why.claims.len(), ev.claims.len());
    assert_eq!(
        ev,
        Extractor::new().extract(&a),
        "same evidence with or without reasons"
    );

    let holm = ev
        .actors
        .iter()
        .position(|x| x.name == "Sigrid Holm")
        .expect("Holm is an actor");
    assert_eq!(ev.actors[holm].affiliation.as_deref(), Some("Norway"));
    assert_eq!(why.actors[holm], vec!["side_before_name"]);

    let q = ev
        .quotes
        .iter()
        .position(|q| q.text.starts_with("We are not"))
        .expect("first quote");
    assert_eq!(ev.quotes[q].speaker.as_deref(), Some("Sigrid Holm"));
    assert_eq!(why.quotes[q], vec!["reporting_cue_names_speaker"]);
    let q2 = ev
        .quotes
        .iter()
        .position(|q| q.text.starts_with("Not this"))
        .expect("second half");
    assert_eq!(why.quotes[q2], vec!["continues_previous_quote"]);

    let ago = ev
        .dates
        .iter()
        .position(|d| d.text == "three days ago")
        .expect("date");
    assert_eq!(ev.dates[ago].resolved_iso().as_deref(), Some("2025-03-09"));
    assert_eq!(why.dates[ago], vec!["count_ago"]);
}

#[test]
fn nothing_decided_means_no_rules() {
    let a = article("Quiet day\n\nNothing was said by anyone in the 2 hours of talks.\n");
    let (ev, why) = Extractor::new().extract_explained(&a);
    for (d, r) in ev.dates.iter().zip(&why.dates) {
        assert_eq!(d.resolved.is_none(), r.is_empty(), "{d:?}");
    }
}

#[test]
fn a_reported_position_names_its_stance_and_subject_rules() {
    let a = article(
        "Ferry talks resume\n\n\
         The harbour talks resumed in Bergen on Monday after a month's pause.\n\n\
         Hamas, which runs the southern districts, has rejected the new timetable and \
         demanded a second crossing.\n",
    );
    let (ev, why) = Extractor::new().extract_explained(&a);
    let rules_of = |cue: &str| {
        let i = ev
            .claims
            .iter()
            .position(|c| c.cue.as_deref() == Some(cue))
            .unwrap_or_else(|| panic!("no claim with cue {cue:?}: {:#?}", ev.claims));
        why.claims[i].clone()
    };
    assert_eq!(
        rules_of("rejected"),
        vec![
            "reported_position_after_stance_verb",
            "stance_subject_before_apposition"
        ]
    );
    assert_eq!(
        rules_of("demanded"),
        vec![
            "reported_position_after_stance_verb",
            "shared_subject_after_conjunction"
        ]
    );
}

#[test]
fn session_six_rules_are_named_when_they_decide() {
    let a = article(
        "Ferry strike in Ontario\n\n\
         Ontario ferry crews walked out on Monday. Ontario officials said talks would go on.\n\n\
         Norway's transport ministry, in a post on its website, called the strike \
         \"regrettable but lawful\".\n\n\
         A spokesperson for the Harbour Authority has sent us a statement: \"We will \
         keep the ports open.\"\n\n\
         The Department of Labour will mediate before Christmas.\n",
    );
    let (ev, why) = Extractor::new().extract_explained(&a);
    let quote_rules = |starts: &str| {
        let i = ev
            .quotes
            .iter()
            .position(|q| q.text.starts_with(starts))
            .unwrap_or_else(|| panic!("no quote {starts}: {:#?}", ev.quotes));
        why.quotes[i].clone()
    };
    assert!(quote_rules("regrettable").contains(&"organ_after_possessor"));
    assert!(quote_rules("We will keep").contains(&"body_spoken_for"));
    let dept = ev
        .actors
        .iter()
        .position(|x| x.name == "Department of Labour")
        .expect("department");
    // Norway is the only country named; a state (Ontario) counts only when its own country
    // is the dominant one or none is.
    assert_eq!(ev.actors[dept].affiliation.as_deref(), Some("Norway"));
    assert_eq!(why.actors[dept], vec!["state_body_takes_context_country"]);
    let xmas = ev
        .dates
        .iter()
        .position(|d| d.text == "Christmas")
        .expect("holiday");
    assert_eq!(
        ev.dates[xmas].resolved,
        detente_text::PartialDate::parse("2024-12-25")
    );
    assert_eq!(why.dates[xmas], vec!["named_holiday"]);
}
