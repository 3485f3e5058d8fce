//! GENIUS XML import from in-memory files. The input is split at NUL bytes into up to four
//! files (a domain and its profiles, in any order), so the fuzzer can also reach the checks
//! that compare profiles with their domain. Any input must give a scenario or a typed error.
#![no_main]
use detente_model::genius;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = Vec::new();
    for (i, part) in data.split(|&b| b == 0).take(4).enumerate() {
        // `import_paths` refuses invalid UTF-8 before parsing; only text reaches the parser.
        let Ok(text) = std::str::from_utf8(part) else {
            return;
        };
        files.push((format!("part{i}.xml"), text.to_string()));
    }
    if let Ok(scenario) = genius::import_texts(&files) {
        let _ = scenario.validate("imported.toml");
        let _ = scenario.dense();
        // An imported scenario must also export again (or say why it cannot).
        let _ = genius::export(&scenario);
    }
});
