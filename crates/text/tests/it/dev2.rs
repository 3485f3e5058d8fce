//! Floor scores on the second development set, `tests/dev2`: ten articles written and
//! annotated by a different helper before the extractor was run on them (a nurses' strike,
//! a merger review, a prisoner exchange, a hostage release, a peace process, a players'
//! union deal, a water treaty, US diplomacy; local paper, wire, broadcast transcript,
//! magazine feature, Q&A, blog, analysis). The rules were later fixed on what failed here,
//! so these floors guard against regressions; the blind figures are in
//! `docs/extraction.md`. Scoring is in `common/mod.rs`.
//!
//! Set `HELDOUT_DUMP=FILE` to also write the predictions as `detente extract --format
//! jsonl` records, for the Python scorer.
use crate::common;

#[test]
fn second_development_set_scores_above_its_floors() {
    let dir = common::set_dir("dev2");
    let evidence = common::extract_all(&dir);
    assert!(evidence.len() >= 8, "development articles not found");
    if let Ok(path) = std::env::var("HELDOUT_DUMP") {
        common::dump(&path, &evidence);
    }
    let s = common::score(&dir, &evidence);
    eprintln!(
        "dev2: quote F1 {:.3}, speaker accuracy {:.3}, actor recall {:.3}, actor precision {:.3}, affiliation {:.3}",
        s.quote_f1, s.speaker_accuracy, s.actor_recall, s.actor_precision, s.affiliation_accuracy
    );
    assert!(s.quote_f1 >= 0.98, "quote F1 {:.3}", s.quote_f1);
    assert!(
        s.speaker_accuracy >= 0.94,
        "speaker accuracy {:.3}",
        s.speaker_accuracy
    );
    assert!(s.actor_recall >= 0.93, "actor recall {:.3}", s.actor_recall);
    assert!(
        s.actor_precision >= 0.97,
        "actor precision {:.3}",
        s.actor_precision
    );
    // 0.82 until the table of well-known office holders followed its stated inclusion rule
    // (heads of state and government and foreign ministers only): the aides and envoys this
    // set names lost the side the table gave them, which the rule no longer allows.
    // 0.83 since the side rules for union, company and local-body people (0.837).
    assert!(
        s.affiliation_accuracy >= 0.83,
        "affiliation accuracy {:.3}",
        s.affiliation_accuracy
    );
}
