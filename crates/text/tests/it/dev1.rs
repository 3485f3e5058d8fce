//! Floor scores on the first development set's articles in `tests/dev1` (written for this project, in
//! outlets, domains and quotation styles the extractor was not developed on; gold made by
//! hand before the extractor was run on them). Scoring is in `common/mod.rs`.
//!
//! Set `HELDOUT_DUMP=FILE` to also write the predictions as `detente extract --format
//! jsonl` records, for the Python scorer.
use crate::common;

#[test]
fn first_development_set_scores_above_its_floors() {
    let dir = common::set_dir("dev1");
    let evidence = common::extract_all(&dir);
    assert!(evidence.len() >= 10, "development articles not found");
    if let Ok(path) = std::env::var("HELDOUT_DUMP") {
        common::dump(&path, &evidence);
    }
    let s = common::score(&dir, &evidence);
    eprintln!(
        "dev1: quote F1 {:.3}, speaker accuracy {:.3}, actor recall {:.3}, actor precision {:.3}",
        s.quote_f1, s.speaker_accuracy, s.actor_recall, s.actor_precision
    );
    assert!(s.quote_f1 >= 0.97, "quote F1 {:.3}", s.quote_f1);
    assert!(
        s.speaker_accuracy >= 0.93,
        "speaker accuracy {:.3}",
        s.speaker_accuracy
    );
    assert!(s.actor_recall >= 0.95, "actor recall {:.3}", s.actor_recall);
    assert!(
        s.actor_precision >= 0.96,
        "actor precision {:.3}",
        s.actor_precision
    );
}
