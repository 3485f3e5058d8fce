mod common;
use detente_positions::{Polarity, Stance, StanceLexicon, StanceLinker};

fn linker() -> StanceLinker {
    StanceLinker::new(StanceLexicon::new(&common::talks_terms()))
}

fn on<'a>(s: &'a [Stance], issue: &str) -> &'a Stance {
    s.iter()
        .find(|x| x.issue == issue)
        .unwrap_or_else(|| panic!("no stance on {issue} in {s:#?}"))
}

#[test]
fn renouncing_membership_supports_its_negation() {
    let s = linker().link(
        "Ukraine must renounce its NATO membership ambitions for good.",
        Some("Dmitry Peskov"),
        Some("Russia"),
    );
    let n = on(&s, "nato");
    assert_eq!(n.option.as_deref(), Some("no_nato"));
    assert_eq!(n.polarity, Polarity::Supports);
    assert_eq!(n.party.as_deref(), Some("russia"));
    assert!(n.cues.iter().any(|c| c == "renounce"), "{:?}", n.cues);
    assert!(n.mentioned_parties.contains(&"ukraine".to_string()));
}

#[test]
fn never_recognise_rejects_the_option() {
    let s = linker().link(
        "We will never recognise Crimea as Russian territory.",
        Some("Volodymyr Zelensky"),
        Some("Ukraine"),
    );
    let c = on(&s, "crimea");
    assert_eq!(c.option.as_deref(), Some("russian"));
    assert_eq!(c.polarity, Polarity::Rejects);
    assert_eq!(c.party.as_deref(), Some("ukraine"));
    assert!(c.cues.iter().any(|w| w == "never"));
}

#[test]
fn aliases_name_the_party_and_match_label_words() {
    let l = linker();
    // "Kremlin" in the affiliation is an alias of Russia.
    let s = l.link(
        "The peninsula belongs to Moscow and that is final.",
        None,
        Some("the Kremlin"),
    );
    let c = on(&s, "crimea");
    assert_eq!(c.party.as_deref(), Some("russia"));
    // A ministry inside a longer affiliation phrase still finds its country.
    assert_eq!(
        l.lexicon()
            .party_of(Some("Russian Foreign Ministry"), None)
            .map(|i| l.lexicon().parties[i].id.as_str()),
        Some("russia")
    );
    assert_eq!(l.lexicon().party_of(Some("Reuters"), None), None);
}

#[test]
fn double_negation_and_cue_chains() {
    let l = linker();
    let s = l.link(
        "Kyiv will never agree to give up Crimea.",
        None,
        Some("Ukraine"),
    );
    // "never agree to give up": negation x support x oppose = supports keeping it Ukrainian,
    // but with no option label covered this stays at the issue level.
    let c = on(&s, "crimea");
    assert_eq!(c.polarity, Polarity::Supports);
    let s = l.link("We do not reject a truce.", None, None);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Supports);
    let s = l.link("We refuse to accept any truce now.", None, None);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Rejects);
}

#[test]
fn multi_issue_sentence_keeps_scopes_apart() {
    let s = linker().link(
        "We reject NATO membership for Ukraine, but we are ready to discuss an immediate ceasefire.",
        None,
        Some("Russia"),
    );
    let n = on(&s, "nato");
    assert_eq!(
        (n.option.as_deref(), n.polarity),
        (Some("no_nato"), Polarity::Supports)
    );
    let c = on(&s, "ceasefire");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("now"), Polarity::Supports)
    );
}

#[test]
fn coordination_carries_the_cue() {
    let s = linker().link(
        "Moscow demands recognition of Crimea and the lifting of sanctions.",
        None,
        None,
    );
    assert_eq!(on(&s, "crimea").polarity, Polarity::Supports);
    assert_eq!(on(&s, "sanctions").polarity, Polarity::Supports);
}

#[test]
fn predicate_after_the_target() {
    let s = linker().link(
        "Any ceasefire after a settlement is unacceptable.",
        None,
        None,
    );
    let c = on(&s, "ceasefire");
    assert_eq!(
        (c.option.as_deref(), c.polarity),
        (Some("after"), Polarity::Rejects)
    );
}

#[test]
fn plain_mention_is_neutral_and_unrelated_text_links_nothing() {
    let l = linker();
    let s = l.link("Delegations discussed Crimea for two hours.", None, None);
    assert_eq!(on(&s, "crimea").polarity, Polarity::Neutral);
    assert!(l
        .link("Do not hope for wonders from the weather.", None, None)
        .is_empty());
    assert!(l.link("", None, None).is_empty());
    assert!(l.link("\u{0}\u{1}<script>", None, None).is_empty());
}

#[test]
fn generic_words_alone_do_not_link() {
    // "status" appears in an issue name but says nothing by itself.
    let s = linker().link("The status of the talks is unclear.", None, None);
    assert!(s.iter().all(|x| x.issue != "crimea"), "{s:#?}");
}

#[test]
fn spans_point_into_the_statement() {
    let t = "We reject sanctions; we want a truce.";
    let s = linker().link(t, None, None);
    for st in &s {
        assert!(st.start < st.end && st.end <= t.len());
    }
    assert_eq!(
        &t[on(&s, "sanctions").start..on(&s, "sanctions").end],
        "We reject sanctions"
    );
}

#[test]
fn negated_label_without_its_opposite() {
    use detente_positions::{IssueTerms, OptionTerms, ScenarioTerms};
    let opt = |id: &str, label: &str| OptionTerms {
        id: id.into(),
        label: label.into(),
        keywords: vec![],
    };
    let terms = ScenarioTerms {
        parties: vec![],
        issues: vec![IssueTerms {
            id: "guarantees".into(),
            name: "Security guarantees".into(),
            keywords: vec!["peacekeepers".into(), "guarantees".into()],
            options: vec![
                opt("none", "None; no foreign forces"),
                opt("treaty", "A treaty of guarantor states"),
            ],
        }],
    };
    let l = StanceLinker::new(StanceLexicon::new(&terms));
    let s = l.link(
        "Foreign forces acting as peacekeepers are unacceptable.",
        None,
        None,
    );
    let g = on(&s, "guarantees");
    assert_eq!(
        (g.option.as_deref(), g.polarity),
        (Some("none"), Polarity::Supports)
    );
    let s = l.link("We welcome foreign forces as peacekeepers.", None, None);
    let g = on(&s, "guarantees");
    assert_eq!(
        (g.option.as_deref(), g.polarity),
        (Some("none"), Polarity::Rejects)
    );
}

#[test]
fn derived_nouns_are_not_cues_and_will_is_not_willing() {
    let l = linker();
    let s = l.link("The agreement on sanctions was signed.", None, None);
    assert_eq!(on(&s, "sanctions").polarity, Polarity::Neutral, "{s:#?}");
    let s = l.link("The truce will hold, observers think.", None, None);
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Neutral, "{s:#?}");
    // Inflected cues still count.
    let s = l.link("Moscow insisted on sanctions relief.", None, None);
    assert_eq!(on(&s, "sanctions").polarity, Polarity::Supports, "{s:#?}");
}

#[test]
fn long_and_odd_statements_do_not_break_it() {
    let l = linker();
    let long = "Moscow rejects NATO membership and sanctions and any truce in Crimea ".repeat(2000);
    let s = l.link(&long, None, Some("Russia"));
    assert!(!s.is_empty());
    for st in &s {
        assert!(st.start < st.end && st.end <= long.len());
        assert!(long.is_char_boundary(st.start) && long.is_char_boundary(st.end));
    }
    for odd in [
        "’’’",
        "n't",
        "- - -",
        "ﬁ NATO’s ‘membership’ — no.",
        "Kyiv\u{200b}NATO",
        "🙂 truce 🙂",
    ] {
        for st in l.link(odd, None, None) {
            assert!(odd.is_char_boundary(st.start) && odd.is_char_boundary(st.end));
        }
    }
}
