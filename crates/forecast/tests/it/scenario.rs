//! Stakeholders from a scenario TOML, with uncertainty for Monte Carlo.
use detente_forecast::{montecarlo, run, scenario, ForecastOptions, ModelKind};

const TOML: &str = r#"
[meta]
title = "Pay round"

[[parties]]
id = "firm"
name = "Firm"

[[parties]]
id = "union"
name = "Union"

[[issues]]
id = "wage"
name = "Wage"
range = { min = 0, max = 10, unit = "%" }

[preferences.firm]
weights = { wage = 1.0 }
reservation = 0.2
values.wage = { points = [[0, 1.0], [10, 0.0]] }

[preferences.union]
weights = { wage = 1.0 }
reservation = 0.2
values.wage = { points = [[0, 0.0], [10, 1.0]] }

[stakeholders.scales.wage]
min = 0
max = 10

[[stakeholders.actors]]
id = "firm"
capability = 60
positions = { wage = { position = 2, salience = 0.8 } }

[[stakeholders.actors]]
id = "union"
capability = { value = 40, range = [30, 50] }
positions = { wage = { position = 8, salience = { value = 0.9, sd = 0.05 } } }

[[stakeholders.actors]]
id = "ministry"
role = "mediator"
capability = 10
positions = { wage = { position = 5, salience = 0.3 } }
"#;

#[test]
fn forecasts_from_scenario_stakeholders() {
    let sc = match detente_model::Scenario::from_toml_str(TOML, "pay.toml") {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    let (data, unc) = scenario::from_scenario(&sc).expect("stakeholders");
    assert_eq!(data.actors, vec!["firm", "union", "ministry"]);
    assert_eq!(data.issues[0].name, "wage");
    assert_eq!((data.issues[0].lower, data.issues[0].upper), (0.0, 10.0));
    let f = run(ModelKind::Compromise, &data, &ForecastOptions::default()).unwrap();
    let want = (60.0 * 0.8 * 2.0 + 40.0 * 0.9 * 8.0 + 10.0 * 0.3 * 5.0) / (48.0 + 36.0 + 3.0);
    assert!((f.issues[0].rounds[0].mean - want).abs() < 1e-12);
    for kind in [ModelKind::Eum, ModelKind::Smp, ModelKind::Exchange] {
        let f = run(kind, &data, &ForecastOptions::default()).unwrap();
        let last = f.issues[0].rounds.last().unwrap();
        assert!((0.0..=10.0).contains(&last.mean), "{kind:?}: {}", last.mean);
    }
    assert!(matches!(
        unc.capability[1],
        montecarlo::Spread::Range(30.0, 50.0)
    ));
    let mut f = run(ModelKind::Smp, &data, &ForecastOptions::default()).unwrap();
    montecarlo::attach(
        &mut f,
        ModelKind::Smp,
        &data,
        &ForecastOptions::default(),
        &unc,
        50,
        3,
    )
    .unwrap();
    let d = f.issues[0].distribution.as_ref().unwrap();
    assert_eq!(d.draws, 50);
    assert!(d.sd > 0.0 && d.q05 <= d.q95);
}

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/ukraine-2025/scenario.toml"
);

#[test]
fn every_model_states_its_forecast_in_the_scenarios_words() {
    let sc = detente_model::Scenario::load(EXAMPLE).expect("example scenario loads");
    let (data, _) = scenario::from_scenario(&sc).expect("example has stakeholders");
    let labels = scenario::scale_labels(&sc);
    for kind in [ModelKind::Compromise, ModelKind::Eum] {
        let mut f = run(kind, &data, &ForecastOptions::default()).expect("model runs");
        f.label_scales(&labels);
        let crimea = f
            .issues
            .iter()
            .find(|i| i.issue == "crimea")
            .expect("crimea forecast");
        let scale = crimea.scale.as_ref().expect("crimea scale");
        assert_eq!(scale.low, "returned to Ukraine");
        assert_eq!(scale.high, "recognised as Russian");
        let o = crimea.outcome.as_ref().expect("stated outcome");
        let near = o.nearest_option.as_ref().expect("nearest option");
        // The nearest option is the one whose place is closest to the forecast.
        for opt in &scale.options {
            assert!((near.position - o.position).abs() <= (opt.position - o.position).abs());
        }
        // Labelled with the option's label from [[issues]], not its id.
        assert_ne!(near.label, near.id);
        assert_eq!(o.actors.len(), crimea.rounds[0].positions.0.len());
        let table = f.to_table();
        assert!(table.contains("scale: 0 = returned to Ukraine ... 100 = recognised as Russian"));
        assert!(table.contains("forecast: "), "{table}");
        assert!(table.contains(&format!("nearest option: {}", near.label)));
        let json = serde_json::to_value(&f).expect("json");
        assert!(json["issues"][0]["outcome"]["position"].is_number());
    }
}

#[test]
fn a_csv_scale_states_the_forecast_with_numeric_ends() {
    let sc = detente_model::Scenario::from_toml_str(TOML, "pay.toml").expect("scenario");
    let (data, _) = scenario::from_scenario(&sc).expect("stakeholders");
    let f = run(ModelKind::Compromise, &data, &ForecastOptions::default()).expect("runs");
    let wage = &f.issues[0];
    let scale = wage.scale.as_ref().expect("scale from the input's bounds");
    assert_eq!((scale.min, scale.max), (0.0, 10.0));
    assert!(wage
        .outcome
        .as_ref()
        .is_some_and(|o| o.nearest_option.is_none()));
    assert!(f.to_table().contains("scale: 0 ... 10"));
}
