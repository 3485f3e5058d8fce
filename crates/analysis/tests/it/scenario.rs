//! End-to-end analysis of small hand-written scenarios.

use detente_analysis::{
    analyze_scenario, robustness, scenario_table, AnalysisOptions, RobustnessConfig,
};
use detente_model::Scenario;

const WAGES: &str = r#"
[meta]
title = "Wage round"

[[parties]]
id = "union"
name = "Union"

[[parties]]
id = "firm"
name = "Firm"

[[issues]]
id = "raise"
range = { min = 0, max = 6, unit = "%", step = 1 }

[[issues]]
id = "hours"
options = ["35", "37", "40"]

[[issues]]
id = "pension"
options = ["none", "small", "large"]

[preferences.union]
weights = { raise = { value = 0.5, sd = 0.1 }, hours = 0.2, pension = 0.3 }
values.raise = { points = [[0, 0.0], [6, 1.0]] }
values.hours = { "35" = 1.0, "37" = 0.6, "40" = 0.0 }
values.pension = { none = 0.0, small = { value = 0.5, range = [0.3, 0.7] }, large = 1.0 }
reservation = { value = 0.35, sd = 0.05 }

[preferences.firm]
weights = { raise = 0.6, hours = 0.3, pension = 0.1 }
values.raise = { points = [[0, 1.0], [3, 0.7], [6, 0.0]] }
values.hours = { "35" = 0.0, "37" = 0.7, "40" = 1.0 }
values.pension = { none = 1.0, small = 0.8, large = 0.0 }
reservation = 0.3

[[proposals]]
id = "firm-offer"
by = "firm"
terms = { raise = 1, hours = "40", pension = "none" }

[[proposals]]
id = "union-claim"
by = "union"
terms = { raise = 5, hours = "35" }

[[proposals]]
id = "no-deal"
no_deal = true
"#;

fn wages() -> Scenario {
    Scenario::from_toml_str(WAGES, "wages.toml").expect("scenario loads")
}

#[test]
fn analysis_of_a_small_scenario() {
    let s = wages();
    let a = analyze_scenario(
        &s,
        &AnalysisOptions {
            draws: 300,
            ..AnalysisOptions::default()
        },
        None,
    )
    .expect("analyses");
    assert_eq!(a.outcome_count, Some(7 * 3 * 3));
    let firm_offer = &a.proposals[0];
    // 0.6 * (1 - 0.1) + 0.3 * 1 + 0.1 * 1 for the firm; 0.5 * 1/6 for the union.
    assert!((firm_offer.utilities[1] - (0.6 * 0.9 + 0.3 + 0.1)).abs() < 1e-9);
    assert!((firm_offer.utilities[0] - 0.5 / 6.0).abs() < 1e-9);
    assert_eq!(firm_offer.acceptable, vec![false, true]);
    // The union's claim leaves the pension open: mean of its options.
    let claim = &a.proposals[1];
    assert_eq!(claim.open_issues, vec!["pension".to_string()]);
    let union_mean = 0.5 * 5.0 / 6.0 + 0.2 + 0.3 * 0.5;
    assert!((claim.utilities[0] - union_mean).abs() < 1e-9);
    assert!(claim.worst_case[0] < claim.utilities[0] && claim.utilities[0] < claim.best_case[0]);
    // No deal gives the reservations.
    assert_eq!(a.proposals[2].utilities, vec![0.35, 0.3]);

    let zone = a.zone_of_agreement.count.expect("exact");
    assert!(zone > 0 && zone < 63);
    let fsize = a.frontier_size.expect("frontier");
    assert!(fsize >= 2);
    assert_eq!(a.solutions.len(), 4);
    for sol in &a.solutions {
        for (u, r) in sol.utilities.iter().zip([0.35, 0.3]) {
            assert!(*u >= r - 1e-9, "{} below a reservation", sol.solution);
        }
    }
    // The firm's offer is not acceptable to the union, yet trades exist that help both.
    let lr = &a.logrolls[0];
    assert!(lr.exhaustive);
    assert!(!lr.trades.is_empty());
    assert!(lr.trades[0].improvements.iter().all(|g| *g >= -1e-9));
    assert!(!lr.trades[0].changes.is_empty());

    let r = a.robustness.as_ref().expect("uncertain numbers present");
    assert_eq!(r.draws, 300);
    assert_eq!(r.uncertain_numbers, 3);
    // The firm's reservation is certain and its utility of its own offer fixed: always accepts.
    assert_eq!(r.proposals[0].acceptance[1], 1.0);
    let total: u64 = r.nash_frequency.iter().map(|f| f.draws).sum::<u64>() + r.nash_undefined;
    assert!(total <= 300);

    let json = serde_json::to_value(&a).expect("serialises");
    assert_eq!(json["schema"], "detente-analysis/1");
    assert_eq!(json["solutions"][0]["solution"], "nash");
    assert!(json["proposals"][1]["terms"]["pension"].is_null());
    assert_eq!(json["proposals"][0]["terms"]["hours"], "40");
}

#[test]
fn monte_carlo_does_not_depend_on_thread_count() {
    let s = wages();
    let st = scenario_table(&s).expect("table");
    let config = RobustnessConfig {
        draws: 400,
        seed: 9,
        ..RobustnessConfig::default()
    };
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool")
            .install(|| robustness(&st.table, &st.uncertain, &st.proposals, config, None))
            .expect("runs")
    };
    let one = run(1);
    let three = run(3);
    assert_eq!(one, three);
    let other_seed = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("pool")
        .install(|| {
            robustness(
                &st.table,
                &st.uncertain,
                &st.proposals,
                RobustnessConfig { seed: 10, ..config },
                None,
            )
        })
        .expect("runs");
    assert_ne!(one.nash_frequency, other_seed.nash_frequency);
}

#[test]
fn progress_is_reported_to_the_end() {
    let s = wages();
    let st = scenario_table(&s).expect("table");
    let seen = std::sync::atomic::AtomicU64::new(0);
    let cb = |done: u64, total: u64| {
        assert_eq!(total, 50);
        seen.fetch_max(done, std::sync::atomic::Ordering::Relaxed);
    };
    robustness(
        &st.table,
        &st.uncertain,
        &st.proposals,
        RobustnessConfig {
            draws: 50,
            ..RobustnessConfig::default()
        },
        Some(&cb),
    )
    .expect("runs");
    assert_eq!(seen.load(std::sync::atomic::Ordering::Relaxed), 50);
}

#[test]
fn empty_zone_gives_no_solutions_and_says_so() {
    let text = WAGES
        .replace(
            "reservation = { value = 0.35, sd = 0.05 }",
            "reservation = 0.99",
        )
        .replace("reservation = 0.3\n", "reservation = 0.99\n");
    let s = Scenario::from_toml_str(&text, "wages.toml").expect("loads");
    let a = analyze_scenario(
        &s,
        &AnalysisOptions {
            draws: 0,
            ..AnalysisOptions::default()
        },
        None,
    )
    .expect("analyses");
    assert_eq!(a.zone_of_agreement.count, Some(0));
    assert!(a.solutions.is_empty());
    assert!(a
        .notes
        .iter()
        .any(|n| n.contains("no outcome is acceptable")));
}

#[test]
fn solutions_without_the_frontier_match_the_frontier_ones() {
    let s = wages();
    let base = AnalysisOptions {
        draws: 0,
        ..AnalysisOptions::default()
    };
    let with = analyze_scenario(&s, &base, None).expect("analyses");
    let without = analyze_scenario(
        &s,
        &AnalysisOptions {
            frontier_limits: detente_analysis::FrontierLimits {
                max_points: 1,
                max_comparisons: u64::MAX,
                ..detente_analysis::FrontierLimits::default()
            },
            ..base
        },
        None,
    )
    .expect("analyses");
    assert!(without.frontier.is_none());
    assert_eq!(without.solutions.len(), 4);
    for (a, b) in with.solutions.iter().zip(&without.solutions) {
        assert_eq!(a.solution, b.solution);
        assert!(
            (a.objective - b.objective).abs() < 1e-9,
            "{}: {} vs {}",
            a.solution,
            a.objective,
            b.objective
        );
        assert_eq!(b.tied_vectors, 0);
    }
}
