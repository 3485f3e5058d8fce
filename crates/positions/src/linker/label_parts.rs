//! Rule `a_named_feature_names_its_option`: an option label written as a list of features
//! ("Lifted in stages, case by case, with snap-back"; "Ukraine keeps what it holds; line
//! frozen") is named by any one of its features said in full, not only by a share of the
//! whole label, which a long list drowns.

use crate::lexicon::TermWord;
use crate::text::{is_negation, tokenize};

/// The parts of an option label, as indices into its `core` words: the label split at
/// commas, semicolons and an opening parenthesis. A part with a negation ("not by
/// Ukraine", "no blanket amnesty") says what the option leaves out and is not a feature;
/// a label of one part has none (its words are scored as the whole label already).
pub(super) fn label_parts(label: &str, core: &[TermWord]) -> Vec<Vec<usize>> {
    let pieces: Vec<&str> = label
        .split([',', ';', '('])
        .filter(|p| !p.trim().is_empty())
        .collect();
    if pieces.len() < 2 {
        return Vec::new();
    }
    let stems: Vec<(Vec<String>, bool)> = pieces
        .iter()
        .map(|p| {
            let toks = tokenize(p);
            let negated = toks.iter().any(|t| is_negation(&t.lower));
            (toks.into_iter().map(|t| t.stem).collect(), negated)
        })
        .collect();
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); pieces.len()];
    let mut at = 0;
    for (j, w) in core.iter().enumerate() {
        if let Some(k) = (at..stems.len()).find(|&k| stems[k].0.contains(&w.stem)) {
            parts[k].push(j);
            at = k;
        }
    }
    parts
        .into_iter()
        .zip(&stems)
        .filter(|(p, (_, negated))| !negated && !p.is_empty())
        .map(|(p, _)| p)
        .collect()
}

/// Whether one feature of a label (see [`label_parts`]) is named in full: at least two of
/// its distinct words tell the option apart (discriminative words that neither name the issue nor a
/// party), and every one of those is `found`. A feature of one such word ("Elections when
/// martial law ends": only "ends") is too little to go on.
pub(super) fn feature_named(
    parts: &[Vec<usize>],
    core: &[TermWord],
    mut found: impl FnMut(&TermWord) -> bool,
) -> bool {
    parts.iter().any(|p| {
        let mut telling: Vec<&TermWord> = p
            .iter()
            .filter_map(|&j| core.get(j))
            .filter(|w| w.discriminative && !w.topic && w.party.is_none())
            .collect();
        telling.sort_by(|a, b| a.stem.cmp(&b.stem));
        telling.dedup_by(|a, b| a.stem == b.stem);
        telling.len() >= 2 && telling.into_iter().all(&mut found)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<TermWord> {
        tokenize(text)
            .into_iter()
            .filter(|t| !crate::text::is_stopword(&t.lower))
            .map(|t| TermWord {
                lower: t.lower.clone(),
                stem: t.stem.clone(),
                party: None,
                weight: 1.0,
                distinctive: true,
                discriminative: true,
                topic: false,
                key: true,
                synonyms: None,
                id: 0,
            })
            .collect()
    }

    #[test]
    fn a_label_splits_into_its_features() {
        let label = "Tolls cut in steps, town by town, with a review";
        let core = words(label);
        let parts = label_parts(label, &core);
        assert_eq!(parts.len(), 3);
        let first: Vec<&str> = parts[0].iter().map(|&j| core[j].lower.as_str()).collect();
        assert_eq!(first, ["tolls", "cut", "steps"]);
        // One part: no features apart from the label.
        let label = "Tolls cut at once";
        assert!(label_parts(label, &words(label)).is_empty());
    }

    #[test]
    fn a_negated_part_is_no_feature() {
        let label = "Port stays open at night; no new berth";
        let core = words(label);
        let parts = label_parts(label, &core);
        assert_eq!(parts.len(), 1);
    }

    #[test]
    fn a_feature_is_named_by_all_its_telling_words() {
        let label = "Tolls cut in steps, town by town";
        let mut core = words(label);
        // "tolls" names the issue: it tells no option apart.
        for w in &mut core {
            w.topic = w.lower == "tolls";
        }
        let parts = label_parts(label, &core);
        let said = ["cut", "steps"];
        assert!(feature_named(&parts, &core, |w| said.contains(&w.lower.as_str())));
        let said = ["steps"];
        assert!(!feature_named(&parts, &core, |w| said.contains(&w.lower.as_str())));
        // "town by town": one telling word, said twice.
        let said = ["town"];
        assert!(!feature_named(&parts, &core, |w| said.contains(&w.lower.as_str())));
    }
}
