//! Scenario TOML: parse, validate, build the dense view and write it back out.
//! Any input must give a scenario or a typed error, never a panic.
#![no_main]
use detente_model::{LoadOptions, Scenario, MAX_SCENARIO_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() as u64 > MAX_SCENARIO_BYTES {
        return;
    }
    // Invalid UTF-8 is refused by `Scenario::load` before parsing; only text reaches TOML.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for normalize_weights in [false, true] {
        let options = LoadOptions { normalize_weights };
        if let Ok(loaded) = Scenario::from_toml_str_with(text, "fuzz.toml", options) {
            let scenario = loaded.scenario;
            let _ = scenario.validate("fuzz.toml");
            let dense = scenario.dense();
            let _ = dense.outcome_count();
            if let Ok(written) = scenario.to_toml_string() {
                let _ = Scenario::from_toml_str(&written, "roundtrip.toml");
            }
        }
    }
});
