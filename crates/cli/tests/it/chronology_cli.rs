//! `detente chronology`, and `--chronology` dating an undated article through `extract`.
use std::process::Command;

fn detente(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_detente"))
        .args(args)
        .output()
        .expect("run detente");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn lists_and_filters_the_bundled_events() {
    let (ok, all, _) = detente(&["chronology", "--format", "json"]);
    assert!(ok);
    let all: Vec<serde_json::Value> = serde_json::from_str(&all).expect("JSON");
    assert!(all.len() > 100);
    let (ok, some, _) = detente(&["chronology", "--grep", "istanbul", "--format", "json"]);
    assert!(ok);
    let some: Vec<serde_json::Value> = serde_json::from_str(&some).expect("JSON");
    assert!(!some.is_empty() && some.len() < all.len());
    for e in &some {
        assert!(e.to_string().to_lowercase().contains("istanbul"), "{e}");
    }
}

#[test]
fn a_user_event_dates_an_undated_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let events = dir.path().join("events.tsv");
    std::fs::write(
        &events,
        "2021-04-06\tHalvar Quist; Sorn Bay; fishing accord\tQuist signs the Sorn Bay fishing accord\n",
    )
    .expect("write");
    let article = dir.path().join("undated.txt");
    std::fs::write(
        &article,
        "Accord signed\n\nOn Tuesday, Halvar Quist signed the Sorn Bay fishing accord. \
“It took ten years,” Quist said on Wednesday. Talks resume next month.\n",
    )
    .expect("write");
    let (ok, out, err) = detente(&[
        "extract",
        "--chronology",
        events.to_str().expect("utf-8 path"),
        article.to_str().expect("utf-8 path"),
    ]);
    assert!(ok, "{err}");
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let art = records
        .iter()
        .find(|r| r["type"] == "article")
        .expect("article record");
    // The event was on a Tuesday; speech reported on the Wednesday after dates the article.
    assert_eq!(art["date"], "2021-04-07");
    assert_eq!(art["date_inferred"], true);
    assert!(art["date_basis"]
        .as_str()
        .is_some_and(|b| b.contains("Sorn Bay fishing accord")));
    let resolved: Vec<&str> = records
        .iter()
        .filter(|r| r["type"] == "date")
        .filter_map(|r| r["resolved"].as_str())
        .collect();
    assert!(resolved.contains(&"2021-04-06"), "{resolved:?}");
    assert!(resolved.contains(&"2021-05"), "{resolved:?}");
    // Without the user's event the article stays undated.
    let (ok, out, _) = detente(&["extract", article.to_str().expect("utf-8 path")]);
    assert!(ok);
    assert!(out.contains("\"date\":null"), "{out}");
}

/// `extract --without` leaves out a bundled table, so a figure can be measured with and
/// without it: a known holder's side and a known event's date come only from the tables.
#[test]
fn without_leaves_out_bundled_tables() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("undated.txt");
    std::fs::write(
        &article,
        "Fleet loses its flagship\n\nThe cruiser Moskva of the Black Sea Fleet sank on Thursday. \
“We will answer,” Lavrov said.\n",
    )
    .expect("write");
    let path = article.to_str().expect("utf-8 path");
    let records = |extra: &[&str]| -> Vec<serde_json::Value> {
        let mut args = vec!["extract"];
        args.extend_from_slice(extra);
        args.push(path);
        let (ok, out, err) = detente(&args);
        assert!(ok, "{err}");
        out.lines()
            .map(|l| serde_json::from_str(l).expect("JSON line"))
            .collect()
    };
    let side = |recs: &[serde_json::Value]| {
        recs.iter()
            .find(|r| r["type"] == "actor" && r["name"] == "Lavrov")
            .map(|r| r["affiliation"].clone())
    };
    let dated = |recs: &[serde_json::Value]| {
        recs.iter()
            .find(|r| r["type"] == "article")
            .map(|r| r["date"].clone())
    };
    let full = records(&[]);
    assert_eq!(side(&full), Some(serde_json::json!("Russia")));
    assert!(dated(&full).is_some_and(|d| d.is_string()), "{full:?}");
    let bare = records(&["--without", "office-holders", "--without", "chronology"]);
    assert_eq!(side(&bare), Some(serde_json::Value::Null));
    assert!(dated(&bare).is_some_and(|d| d.is_null()), "{bare:?}");
    let (ok, _, err) = detente(&["extract", "--without", "almanac", path]);
    assert!(!ok && err.contains("almanac"), "{err}");
}
