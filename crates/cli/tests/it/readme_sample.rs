//! The README's sample output is what the current binary prints: every line of each sample
//! block, in order, is a line of the command's output (samples may leave lines out).

use std::path::Path;
use std::process::Command;

/// `(command line, sample lines)` for every `<!-- sample: detente ... -->` marker followed by a
/// fenced block.
fn samples(readme: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut lines = readme.lines();
    while let Some(l) = lines.next() {
        let Some(cmd) = l
            .trim()
            .strip_prefix("<!-- sample:")
            .and_then(|r| r.strip_suffix("-->"))
        else {
            continue;
        };
        let fence = lines.next().unwrap_or_default();
        assert!(fence.starts_with("```"), "no fenced block after `{l}`");
        let block: Vec<String> = lines
            .by_ref()
            .take_while(|x| !x.starts_with("```"))
            .map(str::to_string)
            .collect();
        out.push((cmd.trim().to_string(), block));
    }
    out
}

/// The sample lines that are not found, in order, among the output lines.
fn missing_in_order(sample: &[String], output: &str) -> Vec<String> {
    let mut rest = output.lines();
    let mut missing = Vec::new();
    for want in sample.iter().filter(|l| !l.trim().is_empty()) {
        if !rest.any(|got| got.trim_end() == want.trim_end()) {
            missing.push(want.clone());
            rest = output.lines();
        }
    }
    missing
}

#[test]
fn readme_samples_are_what_the_binary_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let found = samples(&readme);
    assert!(found.len() >= 2, "the README's sample markers are gone");
    for (cmd, block) in found {
        let mut words = cmd.split_whitespace();
        assert_eq!(words.next(), Some("detente"), "{cmd}");
        // Paths are the repository's; everything a command writes goes to a scratch folder.
        let args: Vec<String> = words
            .map(|w| {
                let p = root.join(w);
                if p.exists() {
                    p.display().to_string()
                } else {
                    w.to_string()
                }
            })
            .collect();
        let scratch = tempfile::tempdir().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_detente"))
            .args(&args)
            .current_dir(scratch.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{cmd} failed");
        let text = String::from_utf8_lossy(&out.stdout);
        let missing = missing_in_order(&block, &text);
        assert!(
            missing.is_empty(),
            "README sample of `{cmd}` differs from the binary's output; lines not found in order:\n{}\n--- output ---\n{text}",
            missing.join("\n")
        );
    }
}

#[test]
fn a_changed_or_reordered_line_is_caught() {
    let out = "a\nb\nc\n";
    let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(missing_in_order(&lines(&["a", "", "c"]), out).is_empty());
    assert_eq!(missing_in_order(&lines(&["a", "x"]), out), ["x"]);
    assert_eq!(missing_in_order(&lines(&["c", "a"]), out), ["a"]);
}
