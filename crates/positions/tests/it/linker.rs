use crate::common;
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

/// A labour contract in the shape of the examples: nothing here is about war or
/// diplomacy, so the rules below are checked away from the talks vocabulary.
fn labour() -> StanceLinker {
    use detente_positions::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms};
    let opt = |id: &str, label: &str, kw: &[&str]| OptionTerms {
        id: id.into(),
        label: label.into(),
        keywords: kw.iter().map(|k| k.to_string()).collect(),
    };
    StanceLinker::new(StanceLexicon::new(&ScenarioTerms {
        parties: vec![
            PartyTerms {
                id: "firm".into(),
                name: "Acme Steel".into(),
                aliases: vec!["the company".into()],
                ..Default::default()
            },
            PartyTerms {
                id: "union".into(),
                name: "Steelworkers Union".into(),
                aliases: vec!["the union".into()],
                ..Default::default()
            },
        ],
        issues: vec![
            IssueTerms {
                id: "pension".into(),
                name: "Retirement".into(),
                keywords: vec!["pension".into(), "401(k)".into()],
                options: vec![
                    opt("current", "401(k) contributions as before", &[]),
                    opt("higher", "Higher company 401(k) contributions", &[]),
                    opt("restored", "Defined-benefit pension restored", &[]),
                ],
            },
            IssueTerms {
                id: "hours".into(),
                name: "Working week".into(),
                keywords: vec!["working week".into(), "hours".into()],
                options: vec![
                    opt("h38", "38 hours (unchanged)", &["no shorter week"]),
                    opt("h36", "36 hours", &["shorter week"]),
                ],
            },
            IssueTerms {
                id: "bonus".into(),
                name: "One-off signing bonus".into(),
                keywords: vec!["bonus".into()],
                options: vec![],
            },
            IssueTerms {
                id: "pay".into(),
                name: "Pay rise".into(),
                keywords: vec!["raise".into()],
                options: vec![],
            },
            IssueTerms {
                id: "staffing".into(),
                name: "Staffing levels".into(),
                keywords: vec!["crews".into()],
                options: vec![],
            },
            IssueTerms {
                id: "safety".into(),
                name: "Safety".into(),
                keywords: vec!["safety crews".into(), "inspections".into()],
                options: vec![],
            },
        ],
    }))
}

#[test]
fn a_demand_condition_takes_the_main_clause_sign() {
    let l = labour();
    let s = l.link(
        "We will sign only if the defined-benefit pension is restored.",
        None,
        None,
    );
    let p = on(&s, "pension");
    assert_eq!(
        (p.option.as_deref(), p.polarity),
        (Some("restored"), Polarity::Supports)
    );
    assert!(p.cues.iter().any(|c| c == "only"), "{:?}", p.cues);
    // A negative main clause turns the condition into a refusal.
    let s = l.link(
        "As long as the working week stays at 38 hours, there is no deal.",
        None,
        None,
    );
    let h = on(&s, "hours");
    assert_eq!(
        (h.option.as_deref(), h.polarity),
        (Some("h38"), Polarity::Rejects)
    );
    // "Unless X, no": X is demanded. "Without X there is no Y": X is needed.
    let s = l.link(
        "Unless the bonus is doubled, members will vote no.",
        None,
        None,
    );
    assert_eq!(on(&s, "bonus").polarity, Polarity::Supports);
    let s = l.link(
        "Without a cut in working hours there will be no agreement.",
        None,
        None,
    );
    assert_eq!(on(&s, "hours").polarity, Polarity::Supports);
    // The opening "without" is the condition, not the "no" of the keyword "no shorter week".
    let s = l.link("Without a shorter week there is no deal.", None, None);
    let h = on(&s, "hours");
    assert_eq!(
        (h.option.as_deref(), h.polarity),
        (Some("h36"), Polarity::Supports)
    );
}

#[test]
fn a_hypothesis_after_the_main_clause_takes_no_side() {
    let s = labour().link(
        "Members have to ratify first if they want a bigger bonus.",
        None,
        None,
    );
    assert_eq!(on(&s, "bonus").polarity, Polarity::Neutral);
}

#[test]
fn a_name_found_in_part_needs_its_head() {
    // "sign" is only the modifier of "One-off signing bonus".
    let s = labour().link(
        "We will not sign anything that leaves the working week at 38 hours.",
        None,
        None,
    );
    assert!(s.iter().all(|x| x.issue != "bonus"), "{s:#?}");
    let h = on(&s, "hours");
    assert_eq!(
        (h.option.as_deref(), h.polarity),
        (Some("h38"), Polarity::Rejects)
    );
}

#[test]
fn a_shared_one_word_keyword_needs_support() {
    let l = labour();
    // "crews" is a keyword of staffing, and the head of "safety crews" of another issue.
    let s = l.link("The crews were tired after the night shift.", None, None);
    assert!(s.is_empty(), "{s:#?}");
    let s = l.link(
        "We want more crews, and staffing levels must rise.",
        None,
        None,
    );
    assert!(s.iter().any(|x| x.issue == "staffing"), "{s:#?}");
}

#[test]
fn ties_go_to_the_label_with_more_words_found() {
    let s = labour().link(
        "Restoring the pension is off the table, but we are open to higher 401(k) contributions.",
        None,
        None,
    );
    assert!(s
        .iter()
        .any(|x| x.option.as_deref() == Some("restored") && x.polarity == Polarity::Rejects));
    assert!(s
        .iter()
        .any(|x| x.option.as_deref() == Some("higher") && x.polarity == Polarity::Supports));
}

#[test]
fn a_negated_keyword_needs_its_negation() {
    use detente_positions::{IssueTerms, OptionTerms, ScenarioTerms};
    let terms = ScenarioTerms {
        parties: vec![],
        issues: vec![IssueTerms {
            id: "nato".into(),
            name: "NATO membership".into(),
            keywords: vec!["NATO".into()],
            options: vec![
                OptionTerms {
                    id: "open".into(),
                    label: "The door stays open".into(),
                    keywords: vec!["join NATO".into()],
                },
                OptionTerms {
                    id: "barred".into(),
                    label: "Membership ruled out by treaty".into(),
                    keywords: vec!["no NATO".into()],
                },
            ],
        }],
    };
    let l = StanceLinker::new(StanceLexicon::new(&terms));
    let s = l.link("Regarding NATO, the talks went nowhere.", None, None);
    assert_eq!(on(&s, "nato").option, None);
    let s = l.link("Our demand is simple: no NATO.", None, None);
    let n = on(&s, "nato");
    assert_eq!(
        (n.option.as_deref(), n.polarity),
        (Some("barred"), Polarity::Supports)
    );
}

#[test]
fn synonyms_name_options_and_a_lone_option_is_put_forward() {
    let l = linker();
    let s = l.link("The sanctions will stay in place.", None, Some("EU"));
    let x = on(&s, "sanctions");
    assert_eq!(
        (x.option.as_deref(), x.polarity),
        (Some("kept"), Polarity::Supports)
    );
    // ... but not when it is only talked about.
    let s = l.link("Delegates discussed keeping the sanctions.", None, None);
    assert_eq!(on(&s, "sanctions").polarity, Polarity::Neutral);
}

#[test]
fn without_denies_only_what_follows_it() {
    let s = linker().link(
        "Kyiv would not accept any ceasefire agreed without it.",
        None,
        None,
    );
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Rejects);
}

#[test]
fn comparisons_and_restated_positions_take_no_side() {
    let mut terms = common::talks_terms();
    terms.issues.push(detente_positions::IssueTerms {
        id: "guarantees".into(),
        name: "Security guarantees".into(),
        keywords: vec!["security guarantees".into()],
        options: vec![],
    });
    let l = StanceLinker::new(StanceLexicon::new(&terms));
    let s = l.link(
        "We want security guarantees that work the way NATO membership does.",
        None,
        None,
    );
    assert!(s.iter().all(|x| x.issue != "nato"), "{s:#?}");
    assert_eq!(on(&s, "guarantees").polarity, Polarity::Supports);
    let s = l.link(
        "Our position on sanctions has not changed: they must be lifted.",
        None,
        None,
    );
    // "has not changed" restates a position; it denies nothing.
    assert_eq!(on(&s, "sanctions").polarity, Polarity::Neutral);
    let s = l.link(
        "Our members will accept nothing less than an immediate unconditional ceasefire.",
        None,
        None,
    );
    assert_eq!(on(&s, "ceasefire").polarity, Polarity::Supports);
}

#[test]
fn a_keyword_used_as_a_verb_on_another_object_does_not_link() {
    let l = labour();
    let s = l.link(
        "The company offered to raise its pension contribution.",
        None,
        None,
    );
    assert!(s.iter().all(|x| x.issue != "pay"), "{s:#?}");
    assert_eq!(on(&s, "pension").polarity, Polarity::Supports);
    let s = l.link("A raise below inflation is a pay cut.", None, None);
    assert!(s.iter().any(|x| x.issue == "pay"), "{s:#?}");
}

#[test]
fn put_on_the_table_offers_and_off_the_table_refuses() {
    let l = labour();
    let s = l.link(
        "We have put a bigger bonus on the table, and that is our final offer.",
        None,
        None,
    );
    assert_eq!(on(&s, "bonus").polarity, Polarity::Supports);
    let s = l.link("A bigger bonus is off the table.", None, None);
    assert_eq!(on(&s, "bonus").polarity, Polarity::Rejects);
}

use proptest::strategy::Strategy as _;

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    /// Statements come from articles: any script, any punctuation, no panic.
    #[test]
    fn any_text_links_without_panicking(
        words in proptest::collection::vec(
            proptest::prop_oneof![
                "[A-Za-z]{1,9}",
                "\\PC{1,6}",
                proptest::sample::select(vec![
                    "NATO", "won’t", "Zürich", "never", "only if", "membership", "Crimea",
                    "“", "”", "«", "—", ",", ".", "ü", "ß", "ці", "東京",
                ]).prop_map(String::from),
            ],
            0..40,
        )
    ) {
        let text = words.join(" ");
        let _ = linker().link(&text, Some("Anna Berg"), Some("Zürich"));
    }
}

#[test]
fn member_states_are_not_membership() {
    // "member" is a shorter word than "membership": alone it names the members.
    let s = linker().link(
        "Belgium demanded that other member states share the legal risk.",
        None,
        Some("Belgium"),
    );
    assert!(s.iter().all(|x| x.issue != "nato"), "{s:#?}");
    // With another of the issue's words it still links.
    let s = linker().link(
        "Ukraine will never become a member of NATO.",
        Some("Dmitry Peskov"),
        Some("Russia"),
    );
    assert!(s.iter().any(|x| x.issue == "nato"), "{s:#?}");
}

#[test]
fn a_negated_keyword_found_with_its_negation_supports_its_option() {
    use detente_positions::{IssueTerms, OptionTerms, ScenarioTerms};
    let mut terms = ScenarioTerms::default();
    terms.issues.push(IssueTerms {
        id: "port".into(),
        name: "Free port status".into(),
        keywords: vec!["free port".into()],
        options: vec![
            OptionTerms {
                id: "none".into(),
                label: "No free port".into(),
                keywords: vec!["no free port".into(), "never be a free port".into()],
            },
            OptionTerms {
                id: "zone".into(),
                label: "Free port for ten years".into(),
                ..Default::default()
            },
        ],
    });
    let l = StanceLinker::new(StanceLexicon::new(&terms));
    let s = l.link(
        "The minister said there will never be a free port here.",
        None,
        None,
    );
    let p = on(&s, "port");
    assert_eq!(p.option.as_deref(), Some("none"), "{s:#?}");
    assert_eq!(p.polarity, Polarity::Supports, "{s:#?}");
}

#[test]
fn the_alternative_set_aside_is_rejected() {
    // "rather than": the main clause's stance does not reach the alternative, which is
    // set aside.
    let s = linker().link(
        "Kyiv wants an immediate ceasefire this week rather than a ceasefire after a settlement.",
        Some("A. Official"),
        Some("Kyiv"),
    );
    let now = s.iter().find(|x| x.option.as_deref() == Some("now"));
    assert_eq!(now.map(|x| x.polarity), Some(Polarity::Supports), "{s:#?}");
    let after = s.iter().find(|x| x.option.as_deref() == Some("after"));
    assert_eq!(after.map(|x| x.polarity), Some(Polarity::Rejects), "{s:#?}");
    // ", not Y": the negation belongs to Y only.
    let s = linker().link(
        "Kyiv wants an immediate ceasefire, not a ceasefire after a settlement.",
        Some("A. Official"),
        Some("Kyiv"),
    );
    let now = s.iter().find(|x| x.option.as_deref() == Some("now"));
    assert_eq!(now.map(|x| x.polarity), Some(Polarity::Supports), "{s:#?}");
    let after = s.iter().find(|x| x.option.as_deref() == Some("after"));
    assert_eq!(after.map(|x| x.polarity), Some(Polarity::Rejects), "{s:#?}");
}

#[test]
fn a_second_reported_clause_keeps_its_own_cues() {
    // "not" belongs to the first clause; the second rejects the truce by its own words.
    let s = linker().link(
        "the sanctions were not enough and that an immediate ceasefire would do nothing for peace",
        Some("A. Official"),
        Some("Kyiv"),
    );
    let c = on(&s, "ceasefire");
    assert_eq!(c.polarity, Polarity::Rejects, "{s:#?}");
    assert!(!c.cues.iter().any(|w| w == "not"), "{:?}", c.cues);
}

#[test]
fn an_alternative_set_aside_close_to_the_main_mention_is_its_own() {
    // One mention before the rule ("sanctions kept rather than lifted" picked "lifted").
    let s = linker().link(
        "We want the sanctions kept rather than lifted.",
        Some("A. Official"),
        Some("Kyiv"),
    );
    let kept = s.iter().find(|x| x.option.as_deref() == Some("kept"));
    assert_eq!(kept.map(|x| x.polarity), Some(Polarity::Supports), "{s:#?}");
    assert!(
        !s.iter()
            .any(|x| x.option.as_deref() == Some("lifted") && x.polarity == Polarity::Supports),
        "{s:#?}"
    );
}
