//! No input, however broken, makes loading or importing panic.

use detente_model::genius::import_texts;
use detente_model::Scenario;
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "[meta]\n",
    "title = \"t\"\n",
    "[[parties]]\n",
    "id = \"a\"\n",
    "id = \"b\"\n",
    "name = \"A\"\n",
    "[[issues]]\n",
    "options = [\"x\", \"y\"]\n",
    "options = []\n",
    "range = { min = 0, max = 10, step = 0 }\n",
    "range = { min = 5, max = 5 }\n",
    "range = { min = -1e308, max = 1e308, step = 1e-308 }\n",
    "[preferences.a]\n",
    "[preferences.b]\n",
    "weights = { x = 1.0 }\n",
    "weights = { a = nan }\n",
    "reservation = inf\n",
    "values.a = { points = [[0, 1.0], [10, 0.0]] }\n",
    "values.a = { points = [] }\n",
    "values.a = { x = 0.5, y = { value = 1, sd = -1 } }\n",
    "[[proposals]]\n",
    "terms = { a = 5, b = \"x\" }\n",
    "no_deal = true\n",
    "[stakeholders]\n",
    "[[stakeholders.actors]]\n",
    "capability = 3\n",
    "positions = { a = { position = 500, salience = 2 } }\n",
    "[stakeholders.scales.a]\n",
    "min = 100\n",
    "date = 2025-13-45\n",
    "\u{0}\u{ff}\"\"\"",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let _ = Scenario::from_toml_str(&s, "fuzz.toml");
    }

    #[test]
    fn scenario_like_text_never_panics(idx in proptest::collection::vec(0..FRAGMENTS.len(), 0..40)) {
        let text: String = idx.iter().map(|&i| FRAGMENTS[i]).collect();
        if let Ok(s) = Scenario::from_toml_str(&text, "fuzz.toml") {
            let d = s.dense();
            prop_assert_eq!(d.parties.len(), s.parties.len());
            let _ = detente_model::genius::export(&s);
        }
    }

    #[test]
    fn arbitrary_xml_never_panics(s in "[<>/=\"a-z &;!\\[\\]?-]{0,300}") {
        let _ = import_texts(&[("f.xml".to_string(), s)]);
    }
}
