//! The stance cues of a statement's tokens: each cue word or phrase of the lexicon found,
//! with its sense (support, oppose, terms, condition) and reach (see [`CueMark`]).

use super::*;

impl StanceLinker {
    pub(super) fn cue_marks(&self, tokens: &[Token]) -> Vec<CueMark> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut best: Option<(usize, CueSense)> = None;
            let candidates = self
                .lexicon
                .cue_index
                .get(&tokens[i].stem)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            for c in candidates.iter().map(|&ci| &self.lexicon.cues[ci]) {
                let n = c.stems.len();
                if i + n <= tokens.len()
                    && c.stems
                        .iter()
                        .zip(&c.function_words)
                        .zip(&c.words)
                        .zip(&tokens[i..])
                        .all(|(((a, f), w), t)| {
                            // Inflections, not derivations: "insisted" is "insist", but
                            // "work" is not "workable".
                            *a == t.stem
                                && *f == is_stopword(&t.lower)
                                && t.lower.len() <= w.len() + 3
                                && t.lower.len() + 2 >= w.len()
                        })
                    && best.is_none_or(|(l, _)| n > l)
                {
                    best = Some((n, c.sense));
                }
            }
            if let Some((len, sense)) =
                best.filter(|&(len, _)| !cue_rules::cue_word_names_workforce(tokens, i, len))
            {
                out.push(CueMark {
                    first: i,
                    len,
                    sign: match sense {
                        CueSense::Oppose => -1,
                        CueSense::Support => 1,
                        CueSense::Topic => 0,
                    },
                    negation: false,
                });
                i += len;
                continue;
            }
            // "put X on the (negotiating) table", "X remains on the table": offered. ("off
            // the table" and "not on the table" are oppose cues, matched above.)
            if let Some(len) = on_the_table(tokens, i) {
                let offered = tokens[i.saturating_sub(8)..i].iter().any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "put" | "puts" | "putting" | "placed" | "remains" | "remain" | "stays"
                    )
                });
                if offered {
                    out.push(CueMark {
                        first: i,
                        len,
                        sign: 1,
                        negation: false,
                    });
                    i += len;
                    continue;
                }
            }
            let lower = tokens[i].lower.as_str();
            let next = tokens.get(i + 1).map(|t| t.lower.as_str());
            let prev = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
            // Negations that deny nothing: "not only", "has not changed" (a position
            // restated), "for nothing" (without something in return).
            let idiom = matches!(
                (lower, next),
                ("not", Some("only"))
                    | ("no", Some("doubt"))
                    | ("without", Some("delay"))
                    | ("no", Some("matter"))
                    | ("not" | "never", Some("changed" | "change" | "wavered"))
            ) || (lower.ends_with("n't") && matches!(next, Some("changed" | "change")))
                || (prev == Some("for") && lower == "nothing");
            if (is_negation(lower) || lower == "non")
                && !idiom
                && !cue_rules::negation_states_bound(tokens, i)
            {
                out.push(CueMark {
                    first: i,
                    len: 1,
                    sign: -1,
                    negation: true,
                });
            }
            i += 1;
        }
        out
    }
}
