//! A small hand-built [`ReportData`] used by the tests, the screenshots and the load
//! benchmark before (or without) a real scenario and store. It includes a hostile article
//! on purpose, so every consumer exercises escaping.

use crate::data::*;

/// Text that must never run when shown.
pub const HOSTILE: &str = "The envoy said: \"We reject <script>alert(1)</script> as a basis.\" He called the \"<img src=x onerror=alert(2)>\" plan void.";

pub fn sample_report() -> ReportData {
    let parties = vec![
        party("north", "Northland", 0.45, &[0.5, 0.3, 0.2]),
        party("south", "Southland", 0.40, &[0.2, 0.5, 0.3]),
        party("broker", "Broker Union", 0.30, &[0.3, 0.3, 0.4]),
    ];
    let issues = vec![
        issue(
            "border",
            "Border line",
            &["Current line", "Pre-war line", "Buffer zone"],
        ),
        issue(
            "guarantee",
            "Security guarantee",
            &["None", "Observers", "Treaty"],
        ),
        issue("sanctions", "Sanctions", &["Keep", "Phase out", "Lift"]),
    ];
    let proposals = vec![
        proposal(
            "p1",
            "Freeze and observe",
            &["Current line", "Observers", "Keep"],
        ),
        proposal("p2", "Full withdrawal", &["Pre-war line", "Treaty", "Lift"]),
        proposal(
            "p3",
            "Buffer and treaty",
            &["Buffer zone", "Treaty", "Phase out"],
        ),
        proposal("p4", "Status quo", &["Current line", "None", "Keep"]),
    ];
    let utilities = vec![
        vec![0.62, 0.41, 0.55],
        vec![0.30, 0.88, 0.60],
        vec![0.52, 0.58, 0.71],
        vec![0.80, 0.12, 0.35],
    ];
    let acceptable = utilities
        .iter()
        .map(|row| {
            row.iter()
                .zip(&parties)
                .map(|(u, p)| Some(*u) >= p.reservation)
                .collect()
        })
        .collect();
    let zopa = vec![
        IssueZopa {
            issue: "Border line".into(),
            options: issues[0].options.clone(),
            values: vec![
                vec![1.0, 0.1, 0.6],
                vec![0.0, 1.0, 0.5],
                vec![0.6, 0.6, 1.0],
            ],
            zone: vec![2],
            note: None,
        },
        IssueZopa {
            issue: "Security guarantee".into(),
            options: issues[1].options.clone(),
            values: vec![
                vec![1.0, 0.0, 0.2],
                vec![0.7, 0.4, 0.8],
                vec![0.3, 1.0, 1.0],
            ],
            zone: vec![1],
            note: None,
        },
        IssueZopa {
            issue: "Sanctions".into(),
            options: issues[2].options.clone(),
            values: vec![
                vec![0.0, 1.0, 0.4],
                vec![0.5, 0.5, 0.7],
                vec![1.0, 0.0, 0.6],
            ],
            zone: vec![1],
            note: Some(
                "Northland wants them lifted, Southland kept: phasing out is the middle ground."
                    .into(),
            ),
        },
    ];
    let frontier = FrontierView {
        party_a: "north".into(),
        party_b: "south".into(),
        frontier: vec![
            (0.2, 0.95),
            (0.45, 0.8),
            (0.58, 0.66),
            (0.7, 0.5),
            (0.86, 0.2),
        ],
        proposals: proposals
            .iter()
            .zip(&utilities)
            .map(|(p, u)| LabelledPoint {
                label: p.name.clone(),
                a: u[0],
                b: u[1],
            })
            .collect(),
        solutions: vec![
            sol("nash", "Buffer zone, Treaty, Phase out", 0.58, 0.66),
            sol(
                "kalai_smorodinsky",
                "Buffer zone, Observers, Phase out",
                0.6,
                0.63,
            ),
            sol("egalitarian", "Buffer zone, Observers, Keep", 0.62, 0.6),
            sol("utilitarian", "Pre-war line, Treaty, Phase out", 0.45, 0.8),
        ],
        disagreement: Some((0.45, 0.40)),
        outcomes: 27,
    };
    let robustness = vec![
        robust("Freeze and observe", 0.21),
        robust("Full withdrawal", 0.09),
        robust("Buffer and treaty", 0.64),
        robust("Status quo", 0.01),
    ];
    let articles = vec![
        ArticleView {
            id: "talks.txt".into(),
            title: Some("Talks resume in a neutral capital".into()),
            date: Some("2025-06-02".into()),
            date_basis: None,
            url: None,
            text: "Negotiators met on June 2. \"We will not give up the border,\" the Northland minister Ada Stone said. \
Southland's envoy Bo Reyes said the treaty was \"the only basis for peace.\""
                .into(),
            spans: vec![
                span(19, 25, "date", None),
                span(28, 58, "quote", Some("Ada Stone")),
                span(148, 173, "quote", Some("Bo Reyes")),
            ],
        },
        ArticleView {
            id: "hostile.txt".into(),
            title: Some("<script>alert('title')</script>".into()),
            date: Some("2025-06-09".into()),
            date_basis: Some("“<i>Monday</i>” in the text".into()),
            url: None,
            text: HOSTILE.into(),
            spans: vec![span(17, 64, "quote", Some("<b>Envoy</b>"))],
        },
    ];
    let quotes = vec![
        quote(
            1,
            "talks.txt",
            28,
            58,
            &articles[0].text,
            "Ada Stone",
            "Northland",
            "2025-06-02",
            &["border"],
        ),
        quote(
            2,
            "talks.txt",
            148,
            173,
            &articles[0].text,
            "Bo Reyes",
            "Southland",
            "2025-06-02",
            &["guarantee"],
        ),
        quote(
            3,
            "hostile.txt",
            17,
            64,
            HOSTILE,
            "<b>Envoy</b>",
            "Southland",
            "2025-06-09",
            &[],
        ),
        QuoteView {
            id: 4,
            article: "talks.txt".into(),
            start: 0,
            end: 11,
            text: "Negotiators".into(),
            speaker: Some("Ada Stone".into()),
            affiliation: Some("Northland".into()),
            date: Some("2025-05-20".into()),
            issues: vec!["sanctions".into()],
            ..Default::default()
        },
    ];
    let actors = vec![
        ActorView {
            name: "Ada Stone".into(),
            kind: "person".into(),
            role: Some("foreign minister".into()),
            affiliation: Some("Northland".into()),
            quotes: 2,
            ..Default::default()
        },
        ActorView {
            name: "Bo Reyes".into(),
            kind: "person".into(),
            role: Some("envoy".into()),
            affiliation: Some("Southland".into()),
            quotes: 1,
            ..Default::default()
        },
        ActorView {
            name: "<b>Envoy</b>".into(),
            kind: "person".into(),
            role: Some("<i>role</i>".into()),
            affiliation: Some("Southland".into()),
            quotes: 1,
            ..Default::default()
        },
    ];
    let mut events: Vec<EventView> = quotes
        .iter()
        .map(|q| EventView {
            date: q.date.clone().unwrap_or_default(),
            kind: "quote".into(),
            text: format!("{}: {}", q.speaker.clone().unwrap_or_default(), q.text),
            party: q.affiliation.clone(),
            article: q.article.clone(),
            start: q.start,
            end: q.end,
            ..Default::default()
        })
        .collect();
    events.push(EventView {
        date: "2025-06-02".into(),
        kind: "date".into(),
        text: "Negotiators met on June 2".into(),
        party: None,
        article: "talks.txt".into(),
        start: 19,
        end: 25,
        ..Default::default()
    });
    ReportData {
        title: "Sample negotiation".into(),
        generated: Some("2025-06-10".into()),
        scenario: Some(ScenarioView {
            name: "Northland–Southland talks".into(),
            description: Some("A made-up three-issue negotiation used in tests.".into()),
            parties,
            issues,
            proposals,
            utilities,
            acceptable,
            zopa,
            zone_count: Some(4),
            outcome_count: Some(27),
            frontier: Some(frontier),
            robustness,
            logrolls: vec![LogrollView {
                proposal: "Freeze and observe".into(),
                changes: vec![
                    (
                        "Security guarantee".into(),
                        "Observers".into(),
                        "Treaty".into(),
                    ),
                    ("Sanctions".into(), "Keep".into(), "Phase out".into()),
                ],
                min_gain: 0.04,
            }],
        }),
        evidence: EvidenceView {
            quotes,
            actors,
            events,
            articles,
        },
        forecasts: vec![ForecastView {
            model: "eum".into(),
            issue: "Border line".into(),
            rounds: vec![40.0, 46.0, 51.0, 53.5, 54.0],
            final_positions: vec![("Northland".into(), 30.0), ("Southland".into(), 70.0)],
            scale: (0.0, 100.0),
            scale_ends: "0 = all to Northland ... 100 = all to Southland".into(),
            stated: "54.0 (nearest option: split at the river, at 50)".into(),
        }],
        positions: vec![],
        related: vec![],
    }
}

fn party(id: &str, name: &str, reservation: f64, weights: &[f64]) -> PartyView {
    PartyView {
        id: id.into(),
        name: name.into(),
        reservation: Some(reservation),
        weights: weights.to_vec(),
    }
}

fn issue(id: &str, name: &str, options: &[&str]) -> IssueView {
    IssueView {
        id: id.into(),
        name: name.into(),
        options: options.iter().map(|s| s.to_string()).collect(),
        numeric: false,
    }
}

fn proposal(id: &str, name: &str, choices: &[&str]) -> ProposalView {
    ProposalView {
        id: id.into(),
        name: name.into(),
        choices: choices.iter().map(|s| s.to_string()).collect(),
        no_deal: false,
    }
}

fn sol(kind: &str, outcome: &str, a: f64, b: f64) -> SolutionPoint {
    SolutionPoint {
        kind: kind.into(),
        outcome: outcome.split(", ").map(str::to_string).collect(),
        a,
        b,
    }
}

fn robust(proposal: &str, p: f64) -> RobustnessView {
    let half = 1.96 * (p * (1.0 - p) / 2000.0).sqrt();
    RobustnessView {
        proposal: proposal.into(),
        probability: p,
        low: (p - half).max(0.0),
        high: (p + half).min(1.0),
        draws: 2000,
    }
}

fn span(start: usize, end: usize, kind: &str, speaker: Option<&str>) -> SpanView {
    SpanView {
        start,
        end,
        kind: kind.into(),
        speaker: speaker.map(str::to_string),
    }
}

#[allow(clippy::too_many_arguments)]
fn quote(
    id: i64,
    article: &str,
    start: usize,
    end: usize,
    text: &str,
    speaker: &str,
    aff: &str,
    date: &str,
    issues: &[&str],
) -> QuoteView {
    QuoteView {
        id,
        article: article.into(),
        start,
        end,
        text: text.get(start..end).unwrap_or_default().to_string(),
        speaker: Some(speaker.into()),
        affiliation: Some(aff.into()),
        date: Some(date.into()),
        issues: issues.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}
