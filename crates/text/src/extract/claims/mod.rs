//! Stage 5, claims: indirect speech after a reporting verb (`reported_speech_after_cue`),
//! and positions reported with a stance verb (`positions.rs`).

#![allow(clippy::needless_range_loop)]

use super::*;

mod positions;

/// A claim with the rules that decided its speaker and the token of its cue.
pub(crate) struct FoundClaim {
    pub(crate) claim: Claim,
    pub(crate) rules: Vec<&'static str>,
    pub(crate) cue_tok: usize,
    pub(crate) sent: usize,
}

impl Extractor {
    /// A word in `t0..t1` that looks like a finite verb: an auxiliary or modal, or a
    /// lower-case word in -ed or -s (a rough test; the lexicon has no parts of speech).
    pub(crate) fn has_finite_verb(doc: &Doc, t0: usize, t1: usize) -> bool {
        (t0..t1.min(doc.toks.len())).any(|k| {
            let t = &doc.toks[k];
            if !t.word || t.cap {
                return false;
            }
            let w = doc.t(k);
            doc.lower_is(
                k,
                &[
                    "is", "are", "was", "were", "will", "would", "could", "can", "should", "must",
                    "has", "have", "had", "may", "might", "did", "do", "does", "won't", "cannot",
                    "shall",
                ],
            ) || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')) && !w.ends_with("ss"))
        })
    }

    /// Every claim of the article, in text order, with the rules that decided each.
    pub(crate) fn find_claims(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        article: &Article,
    ) -> Vec<(Claim, Vec<&'static str>)> {
        let speech = self.reported_speech_after_cue(doc, ents, subjects, article);
        let positions = self.reported_positions(doc, ents, subjects, article, &speech);
        let mut all: Vec<FoundClaim> = speech.into_iter().chain(positions).collect();
        all.sort_by_key(|f| (f.claim.start, f.claim.end));
        all.into_iter().map(|f| (f.claim, f.rules)).collect()
    }

    /// `reported_speech_after_cue`: "X said (that) CLAUSE." and "CLAUSE, X said.": the
    /// first reporting cue of a sentence without quotation marks, whose subject names a
    /// speaker, reports the clause after it (introduced by "that", or a subject and a
    /// finite verb), or the clause before the comma that precedes the speaker.
    pub(crate) fn reported_speech_after_cue(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        article: &Article,
    ) -> Vec<FoundClaim> {
        let n = doc.toks.len();
        let mut out = Vec::new();
        for (si, &(a, b)) in doc.sents.iter().enumerate() {
            if (a..b).any(|k| doc.in_quote[k]) || b - a < 5 {
                continue;
            }
            // "X said (that) CLAUSE."
            let Some(c) = (a..b).find(|&k| {
                self.is_cue(doc, k)
                    && !doc.lower_is(
                        k,
                        &[
                            "according",
                            "called",
                            "calls",
                            "call",
                            "post",
                            "posts",
                            "note",
                            "state",
                            "states",
                            "report",
                            "reports",
                            "continue",
                            "continues",
                            "continued",
                        ],
                    )
            }) else {
                continue;
            };
            let (clause, who) = if c > a && c + 2 < b {
                let mut s = c + 1;
                // "told a reporter that ..."
                let mut k = s;
                while k < b && k < s + 6 && doc.t(k) != "that" {
                    k += 1;
                }
                let mut nb = c;
                while nb > a && !matches!(doc.t(nb - 1), "," | ";" | ":") && c - nb < 10 {
                    nb -= 1;
                }
                if k < b && doc.t(k) == "that" {
                    s = k + 1;
                } else if nb > a + 3
                    && doc.t(nb - 1) == ","
                    && (c + 1 >= b
                        || matches!(doc.t(c + 1), "," | "." | ";")
                        || (c + 2 < b && doc.t(c + 2) == "," && doc.toks[c + 1].cap))
                {
                    // "CLAUSE, Peskov said Sunday, ...": the words before the speaker.
                    s = a;
                } else if !doc.lower_is(
                    c,
                    &[
                        "said", "says", "say", "added", "adds", "warned", "warns", "insisted",
                        "insists", "argued", "argues", "believes", "believe", "thinks",
                    ],
                ) || doc.lower_is(
                    c + 1,
                    &[
                        "on", "in", "at", "to", "during", "after", "before", "with", "for", "of",
                        "about", "as", "by", "the", "a", "an", "it", "so", "nothing", "against",
                        "over", "from", "into", "off", "up", "out", "through", "without", "under",
                        "amid", "despite", "like", "toward", "towards", "upon", "not",
                    ],
                ) || !Self::has_finite_verb(doc, c + 2, b.min(c + 10))
                {
                    // "warned against a trade war": no clause, so no claim; a bare
                    // complement needs a subject and a verb ("said Moscow wanted ...").
                    continue;
                }
                if s == a {
                    ((a, nb - 1), (nb, c))
                } else {
                    ((s, b), (nb, c))
                }
            } else if c + 2 >= b && c > a + 3 {
                // "CLAUSE, X said." at the end.
                let mut comma = c;
                while comma > a && doc.t(comma - 1) != "," {
                    comma -= 1;
                }
                if comma <= a + 2 {
                    continue;
                }
                ((a, comma - 1), (comma, c))
            } else {
                continue;
            };
            if clause.1 <= clause.0 + 2 || clause.1 > n {
                continue;
            }
            let Some((name, mention)) = self.speaker_in(doc, ents, subjects, who.0, who.1, who.0)
            else {
                continue;
            };
            let mut e = clause.1;
            while e > clause.0 && !doc.toks[e - 1].word {
                e -= 1;
            }
            if e <= clause.0 {
                continue;
            }
            let (s, e) = (doc.toks[clause.0].start, doc.toks[e - 1].end);
            out.push(FoundClaim {
                claim: Claim {
                    article: article.id.clone(),
                    start: s,
                    end: e,
                    text: doc.text[s..e].to_string(),
                    speaker: Some(name),
                    speaker_mention: Some(mention),
                    cue: Some(doc.t(c).to_string()),
                    date: None,
                },
                rules: vec!["reported_speech_after_cue"],
                cue_tok: c,
                sent: si,
            });
        }
        out
    }
}

pub(crate) fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if lead + trail >= t.len() {
        return (s, e);
    }
    (s + lead, e - trail)
}
