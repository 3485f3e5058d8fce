//! Alternating offers, mediator and tournament on a small hand-made domain.
use detente_forecast::negotiation::{self, OutcomeSpace, Protocol, Strategy};
use detente_model::{DenseOption, DenseScenario};

/// Two parties, two issues of three options; opposed on the first, the second matters to B.
fn domain() -> DenseScenario {
    let opts = |n: usize| {
        (0..n)
            .map(|k| DenseOption {
                id: format!("o{k}"),
                label: format!("o{k}"),
                x: None,
            })
            .collect()
    };
    DenseScenario {
        parties: vec!["a".into(), "b".into()],
        issues: vec!["price".into(), "delivery".into()],
        options: vec![opts(3), opts(3)],
        values: vec![
            vec![vec![1.0, 0.5, 0.0], vec![0.5, 0.5, 0.5]],
            vec![vec![0.0, 0.5, 1.0], vec![0.0, 0.5, 1.0]],
        ],
        value_uncertainty: vec![vec![vec![None; 3]; 2]; 2],
        weights: vec![vec![0.8, 0.2], vec![0.5, 0.5]],
        weight_uncertainty: vec![vec![None; 2]; 2],
        reservations: vec![0.2, 0.2],
        reservation_uncertainty: vec![None; 2],
        proposals: Vec::new(),
    }
}

#[test]
fn outcome_space_and_nash_point() {
    let s = OutcomeSpace::from_dense(&domain(), 1);
    assert_eq!(s.n_outcomes(), 9);
    assert!(!s.sampled);
    // Nash: maximise (ua-0.2)(ub-0.2). Delivery (free for A) goes to B's o2; then price o0
    // gives 0.7 x 0.3 = 0.21 and price o1 gives 0.3 x 0.55 = 0.165.
    let n = s.nash_point().unwrap();
    assert!(
        (n[0] - 0.9).abs() < 1e-12 && (n[1] - 0.5).abs() < 1e-12,
        "{n:?}"
    );
}

#[test]
fn boulware_gets_more_than_conceder() {
    let s = OutcomeSpace::from_dense(&domain(), 1);
    let p = Protocol {
        steps: 60,
        discount: None,
    };
    let r = negotiation::alternating_offers(
        &s,
        [0, 1],
        [
            Strategy::parse("boulware").unwrap(),
            Strategy::parse("conceder").unwrap(),
        ],
        &p,
        true,
    );
    assert!(r.agreement);
    let r2 = negotiation::alternating_offers(
        &s,
        [0, 1],
        [
            Strategy::parse("conceder").unwrap(),
            Strategy::parse("boulware").unwrap(),
        ],
        &p,
        false,
    );
    assert!(r2.agreement);
    assert!(
        r.utilities[0] > r2.utilities[0],
        "{:?} vs {:?}",
        r.utilities,
        r2.utilities
    );
    let bb = negotiation::alternating_offers(
        &s,
        [0, 1],
        [Strategy::parse("boulware").unwrap(); 2],
        &p,
        false,
    );
    let cc = negotiation::alternating_offers(
        &s,
        [0, 1],
        [Strategy::parse("conceder").unwrap(); 2],
        &p,
        false,
    );
    assert!(
        bb.steps > cc.steps,
        "two Boulware agents hold out longer: {} vs {}",
        bb.steps,
        cc.steps
    );
    assert!(!r.trace.is_empty());
    // Every agreement beats both reservations.
    assert!(r.utilities.iter().all(|&u| u >= 0.2));
}

#[test]
fn discounting_lowers_late_agreements() {
    let s = OutcomeSpace::from_dense(&domain(), 1);
    let st = [Strategy::parse("boulware").unwrap(); 2];
    let plain = negotiation::alternating_offers(
        &s,
        [0, 1],
        st,
        &Protocol {
            steps: 50,
            discount: None,
        },
        false,
    );
    let disc = negotiation::alternating_offers(
        &s,
        [0, 1],
        st,
        &Protocol {
            steps: 50,
            discount: Some(0.5),
        },
        false,
    );
    assert!(plain.agreement && disc.agreement);
    assert!(disc.utilities[0] < plain.utilities[0]);
}

#[test]
fn tournament_covers_every_pair_and_reports_progress() {
    let s = OutcomeSpace::from_dense(&domain(), 1);
    let all = Strategy::all();
    let mut calls = 0;
    let t = negotiation::tournament(&s, [0, 1], &all, &Protocol::default(), 4, 7, &mut |_, _| {
        calls += 1
    });
    assert_eq!(t.pairings.len(), all.len() * all.len());
    assert_eq!(calls, all.len() * all.len());
    assert!(
        t.pairings.iter().all(|p| p.agreement_rate > 0.0),
        "{:?}",
        t.pairings
    );
    let again =
        negotiation::tournament(&s, [0, 1], &all, &Protocol::default(), 4, 7, &mut |_, _| {});
    assert_eq!(t.total_steps, again.total_steps);
}

#[test]
fn mediator_reaches_an_acceptable_text() {
    let s = OutcomeSpace::from_dense(&domain(), 1);
    let r = negotiation::single_text(
        &s,
        &[Strategy::parse("linear").unwrap()],
        &Protocol::default(),
        3,
    );
    assert!(r.agreement);
    assert!(r.utilities.iter().all(|&u| u >= 0.2));
}

#[test]
fn strategy_names_parse() {
    assert!(Strategy::parse("e=0.5").is_ok());
    assert!(Strategy::parse("nonsense").is_err());
    assert!(Strategy::parse("e=-1").is_err());
}
