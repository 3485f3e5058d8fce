#![allow(dead_code)]
use detente_positions::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms};

fn opt(id: &str, label: &str) -> OptionTerms {
    OptionTerms {
        id: id.into(),
        label: label.into(),
        keywords: vec![],
    }
}

/// A small two-party lexicon in the shape of a peace-talks scenario.
pub fn talks_terms() -> ScenarioTerms {
    ScenarioTerms {
        parties: vec![
            PartyTerms {
                id: "russia".into(),
                name: "Russia".into(),
                aliases: vec![
                    "Moscow".into(),
                    "the Kremlin".into(),
                    "Russian Federation".into(),
                ],
                ..Default::default()
            },
            PartyTerms {
                id: "ukraine".into(),
                name: "Ukraine".into(),
                aliases: vec!["Kyiv".into(), "Kiev".into()],
                ..Default::default()
            },
        ],
        issues: vec![
            IssueTerms {
                id: "nato".into(),
                name: "NATO membership".into(),
                keywords: vec!["NATO".into(), "alliance".into()],
                options: vec![
                    opt("join", "NATO membership"),
                    opt("no_nato", "no NATO membership"),
                ],
            },
            IssueTerms {
                id: "crimea".into(),
                name: "Status of Crimea".into(),
                keywords: vec!["Crimea".into(), "peninsula".into()],
                options: vec![
                    opt("russian", "recognised as Russian"),
                    opt("ukrainian", "returned to Ukraine"),
                    opt("frozen", "status deferred"),
                ],
            },
            IssueTerms {
                id: "ceasefire".into(),
                name: "Ceasefire".into(),
                keywords: vec!["ceasefire".into(), "truce".into()],
                options: vec![
                    opt("now", "immediate ceasefire"),
                    opt("after", "ceasefire after a settlement"),
                ],
            },
            IssueTerms {
                id: "sanctions".into(),
                name: "Sanctions relief".into(),
                keywords: vec!["sanctions".into()],
                options: vec![
                    opt("lifted", "sanctions lifted"),
                    opt("kept", "sanctions kept"),
                ],
            },
        ],
    }
}
