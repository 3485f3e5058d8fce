//! Floor scores on the third development set, `tests/dev3`: twelve articles on conflicts and
//! diplomacy (peace talks, ceasefires, border commissions, mediation) written and annotated
//! by a helper before the extractor was run on them, in the styles such news comes in:
//! state news agency copy with chains of titles, presidency and ministry readouts, wire,
//! liveblog, radio transcript, interview, analysis, magazine feature, translated copy. The
//! speaker and side rules of session 10 were written on its errors, so these floors guard
//! against regressions; unseen estimates come from the measurement sets (`tests/README.md`).
use crate::common;

#[test]
fn conflict_news_development_set_scores_above_its_floors() {
    let dir = common::set_dir("dev3");
    let evidence = common::extract_all(&dir);
    assert!(evidence.len() >= 12, "development articles not found");
    let s = common::score(&dir, &evidence);
    eprintln!(
        "dev3: quote F1 {:.3}, speaker accuracy {:.3}, actor recall {:.3}, actor precision {:.3}, affiliation {:.3}",
        s.quote_f1, s.speaker_accuracy, s.actor_recall, s.actor_precision, s.affiliation_accuracy
    );
    assert!(s.quote_f1 >= 0.97, "quote F1 {:.3}", s.quote_f1);
    assert!(
        s.speaker_accuracy >= 0.84,
        "speaker accuracy {:.3}",
        s.speaker_accuracy
    );
    assert!(s.actor_recall >= 0.88, "actor recall {:.3}", s.actor_recall);
    assert!(
        s.affiliation_accuracy >= 0.70,
        "affiliation accuracy {:.3}",
        s.affiliation_accuracy
    );
}
