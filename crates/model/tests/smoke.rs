use detente_model::*;

const FILMS: &str = r#"
[meta]
title = "Two friends choose a film"
date = 2025-06-02
[[parties]]
id = "ann"
name = "Ann"
[[parties]]
id = "bob"
name = "Bob"
[[issues]]
id = "film"
options = ["comedy", { id = "drama", label = "A drama" }]
[[issues]]
id = "minutes"
range = { min = 60, max = 180, unit = "minutes", step = 30 }
[preferences.ann]
reservation = { value = 0.2, range = [0.1, 0.3] }
weights = { film = 0.5, minutes = 0.5 }
values.film = { comedy = 1.0, drama = 0.0 }
values.minutes = { points = [[60, 1.0], [180, { value = 0.0, sd = 0.1 }]] }
[preferences.bob]
weights = { film = 0.7, minutes = 0.3 }
values.film = { comedy = 0.3, drama = 1.0 }
values.minutes = { points = [[60, 0.0], [120, 1.0]] }
[[proposals]]
id = "p1"
by = "ann"
terms = { film = "comedy", minutes = 100 }
"#;

#[test]
fn loads_and_round_trips() {
    let s = Scenario::from_toml_str(FILMS, "films.toml").unwrap();
    assert_eq!(s.meta.date.as_deref(), Some("2025-06-02"));
    assert_eq!(s.value("bob", "minutes", &Term::Number(90.0)), Some(0.5));
    let d = s.dense();
    assert_eq!(d.options[1].len(), 6); // 60,90,100,120,150,180
    let text = s.to_toml_string().unwrap();
    let back = Scenario::from_toml_str(&text, "back.toml").unwrap();
    assert_eq!(s, back);
}
