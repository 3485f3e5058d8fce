//! Stage 5, claims: indirect speech after a reporting verb (`reported_speech_after_cue`),
//! and positions reported with a stance verb (`positions.rs`).

#![allow(clippy::needless_range_loop)]

use super::*;

mod frames;
mod it_subject;
mod judgements;
mod lone_names;
mod positions;
pub(crate) mod subjects;
mod terms;

use self::frames::*;
use self::subjects::*;

/// A claim with the rules that decided its speaker and the token of its cue.
pub(crate) struct FoundClaim {
    pub(crate) claim: Claim,
    pub(crate) rules: Vec<&'static str>,
    pub(crate) cue_tok: usize,
    pub(crate) sent: usize,
}

/// Auxiliaries and modals: a phrase holding one is a clause, not a speaker's name or role.
const CLAUSE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "should", "must", "has", "have",
    "had", "may", "might", "did", "do", "does", "won't", "cannot", "shall",
];

/// `speaker_in_commas_before_cue`: "CLAUSE, its president, NAME, said.", "CLAUSE, NAME, the
/// board's chair, said.": when a comma stands right before the reporting verb `c`, the
/// speaker is the part set off by commas before it, together with the part before that
/// when one of the two opens with a capital (a name) and the other with a lower-case
/// determiner or possessive (a role). Each part has at most eight words, no auxiliary or
/// modal, no reporting verb and no quotation mark. The reported clause ends at the comma
/// before the speaker. The caller applies it only when no clause follows the verb. Gives the
/// speaker's first token.
fn speaker_in_commas_before_cue(doc: &Doc, a: usize, c: usize) -> Option<usize> {
    let close = c.checked_sub(1).filter(|&k| k > a && doc.is(k, ","))?;
    let part_open = |end: usize| -> Option<usize> {
        let open = (end.saturating_sub(9).max(a)..end)
            .rev()
            .find(|&k| doc.is(k, ","))?;
        let words = open + 1..end;
        (open + 1 < end
            && words
                .clone()
                .all(|k| !doc.in_quote[k] && !doc.lower_is(k, CLAUSE_VERBS) && !doc.has(k, F_CUE))
            && words.clone().any(|k| doc.toks[k].word))
        .then_some(open)
    };
    let opens_with_role = |k: usize| !doc.toks[k].cap && doc.lower_is(k, ROLE_DETERMINERS);
    let p1 = part_open(close)?;
    let mut start = p1 + 1;
    if let Some(p2) = part_open(p1) {
        let (first, second) = (p2 + 1, p1 + 1);
        if (doc.toks[first].cap && opens_with_role(second))
            || (opens_with_role(first) && doc.toks[second].cap)
        {
            start = first;
        }
    }
    (start > a + 3).then_some(start)
}

/// `cue_after_modal_is_main_verb`: a reporting word right after a modal ("would add
/// capacity", "will state its case", "could note") is the main verb of the clause it stands
/// in, not the reporting verb of what follows, unless "that" or a comma comes next ("would
/// add that …").
fn cue_after_modal_is_main_verb(lx: &Lexicon, doc: &Doc, k: usize) -> bool {
    k > 0
        && matches!(
            doc.verb_group(lx, k - 1),
            Some(VerbGroup::Will | VerbGroup::Maybe)
        )
        && !(doc.is(k + 1, "that") || doc.is(k + 1, ","))
}

/// Lower-case words that open a role set off by commas ("its president", "the union's
/// leader", "a former envoy").
const ROLE_DETERMINERS: &[&str] = &[
    "its", "their", "his", "her", "our", "the", "a", "an", "one", "another", "former",
];

impl Extractor {
    /// A word in `t0..t1` that looks like a finite verb: an auxiliary or modal, a
    /// lower-case word in -ed or -s, or an irregular past (`data/irregular_past.txt`: "the
    /// offer still left the lowest paid short") not right after a determiner ("the left")
    /// (a rough test; the lexicon has no parts of speech).
    pub(crate) fn has_finite_verb(doc: &Doc, t0: usize, t1: usize) -> bool {
        (t0..t1.min(doc.toks.len())).any(|k| {
            let t = &doc.toks[k];
            if !t.word || t.cap {
                return false;
            }
            let w = doc.t(k);
            doc.lower_is(k, CLAUSE_VERBS)
                || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')) && !w.ends_with("ss"))
                || (doc.lower_is(k, crate::wordlists::irregular_past())
                    && !(k > 0 && doc.lower_is(k - 1, NOUN_DETERMINERS)))
        })
    }

    /// Every claim of the article, in text order, with the rules that decided each.
    pub(crate) fn find_claims(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        article: &Article,
    ) -> Vec<(Claim, Vec<&'static str>)> {
        let mut speech = self.reported_speech_after_cue(doc, ents, subjects, article);
        speech.extend(self.according_to_source(doc, ents, subjects, article));
        speech.extend(self.document_provisions(doc, ents, article));
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
        subjects: &Subjects,
        article: &Article,
    ) -> Vec<FoundClaim> {
        let n = doc.toks.len();
        let mut out = Vec::new();
        for (si, &(a, b)) in doc.sents.iter().enumerate() {
            if b - a < 5 || !partial_quotes_only(doc, a, b) {
                continue;
            }
            // "X said (that) CLAUSE."
            let Some(c) = (a..b).find(|&k| {
                !doc.in_quote[k]
                    && (self.is_cue(doc, k) || judgements::restating_verb_before_that(doc, k))
                    && !cue_after_modal_is_main_verb(&self.lx, doc, k)
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
            // "X said: “…”": the words are the quotation's, not a claim.
            if (c + 1..(c + 3).min(b)).any(|k| doc.in_quote[k]) {
                continue;
            }
            let mut rules: Vec<&'static str> = Vec::new();
            if !self.is_cue(doc, c) {
                rules.push("restating_verb_before_that");
            }
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
                // Only when nothing after the verb can be the reported clause.
                let clause_after =
                    (c + 1..b).any(|k| doc.is(k, "that")) || Self::has_finite_verb(doc, c + 1, b);
                if nb == c && !clause_after {
                    if let Some(start) = speaker_in_commas_before_cue(doc, a, c) {
                        rules.push("speaker_in_commas_before_cue");
                        nb = start;
                    }
                }
                if k < b && doc.t(k) == "that" {
                    s = k + 1;
                } else if nb > a + 3
                    && doc.t(nb - 1) == ","
                    && (c + 1 >= b
                        || matches!(doc.t(c + 1), "," | "." | ";")
                        || (c + 2 < b && doc.t(c + 2) == "," && doc.toks[c + 1].cap)
                        || attribution_ends_with_adjunct(&self.lx, doc, nb, c, b))
                {
                    // "CLAUSE, Peskov said Sunday, ...": the words before the speaker.
                    if !(c + 1 >= b
                        || matches!(doc.t(c + 1), "," | "." | ";")
                        || (c + 2 < b && doc.t(c + 2) == "," && doc.toks[c + 1].cap))
                    {
                        rules.push("attribution_ends_with_adjunct");
                    }
                    s = a;
                } else if let Some(s2) = listener_before_reported_clause(&self.lx, doc, c, b) {
                    rules.push("listener_before_reported_clause");
                    s = s2;
                } else if !(doc.lower_is(
                    c,
                    &[
                        "said", "says", "say", "added", "adds", "warned", "warns", "insisted",
                        "insists", "argued", "argues", "believes", "believe", "thinks",
                    ],
                ) || doc.lower_is(c, REPORTING_PARTICIPLES) && doc.is(c - 1, ","))
                    || (doc.lower_is(
                        c + 1,
                        &[
                            "on", "in", "at", "to", "during", "after", "before", "with", "for",
                            "of", "about", "as", "by", "the", "a", "an", "it", "so", "nothing",
                            "against", "over", "from", "into", "off", "up", "out", "through",
                            "without", "under", "amid", "despite", "like", "toward", "towards",
                            "upon", "not",
                        ],
                    ) && !self.reported_clause_opens_with_article(doc, ents, c, b)
                        && !reported_clause_opens_with_pronoun(&self.lx, doc, c))
                    || !Self::has_finite_verb(doc, c + 2, b.min(c + 10))
                {
                    // "warned against a trade war": no clause, so no claim; a bare
                    // complement needs a subject and a verb ("said Moscow wanted ...").
                    continue;
                }
                if s == a {
                    // `interrupted_attribution_reports_both_parts`: "A zone policed by
                    // foreigners, the diplomat said, would only ...": the words after the
                    // attribution, when they open with a verb-group word, finish the
                    // clause before it; the claim runs over both.
                    let after = if doc.is(c + 1, ",") {
                        c + 2
                    } else if doc.is(c + 2, ",") {
                        c + 3
                    } else {
                        b
                    };
                    if after < b
                        && !doc.toks[after].cap
                        && doc.verb_group(&self.lx, after).is_some()
                    {
                        rules.push("interrupted_attribution_reports_both_parts");
                        ((a, b), (nb, c))
                    } else {
                        ((a, nb - 1), (nb, c))
                    }
                } else {
                    ((s, b), (nb, c))
                }
            } else if c + 2 >= b && c > a + 3 {
                // "CLAUSE, X said." at the end.
                let mut comma = c;
                while comma > a && doc.t(comma - 1) != "," {
                    comma -= 1;
                }
                if comma == c {
                    if let Some(start) = speaker_in_commas_before_cue(doc, a, c) {
                        rules.push("speaker_in_commas_before_cue");
                        comma = start;
                    }
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
            rules.insert(0, "reported_speech_after_cue");
            // `speaker_before_apposition`: "X, who leads the union, said ...".
            // The verb group before the cue ("X, for its part, has said") is not the
            // speaker either.
            let mut verb_start = who.1;
            while verb_start > who.0 && doc.verb_group(&self.lx, verb_start - 1).is_some() {
                verb_start -= 1;
            }
            let apposition = if who.0 == verb_start {
                speaker_before_apposition(doc, a, verb_start)
            } else {
                None
            };
            if apposition.is_some() {
                rules.push("speaker_before_apposition");
            }
            let who = apposition.map_or(who, |(_, phrase)| phrase);
            // A name set off by commas (`speaker_in_commas_before_cue`) is the person named
            // in its role and name phrases.
            let in_commas = rules
                .contains(&"speaker_in_commas_before_cue")
                .then_some(who);
            let found = apposition
                .filter(|&((m0, _), _)| !doc.lower_is(m0, &["who", "which", "whose"]))
                .map(|(m, _)| m)
                .or(in_commas)
                .and_then(|(m0, m1)| {
                    let ms = ents.within(m0, m1);
                    ms.filter(|m| matches!(m.kind, MKind::Person(_)))
                        .find_map(|m| self.speaker_in(doc, ents, subjects, m.t0, m.t1, m.t0))
                })
                .or_else(|| self.speaker_in(doc, ents, subjects, who.0, who.1, who.0))
                .or_else(|| {
                    let s = self.pronoun_for_unnamed_title(doc, subjects, who.0, who.1)?;
                    rules.push("pronoun_after_unnamed_subject");
                    Some(s)
                })
                .or_else(|| {
                    // "it said", "But it said".
                    let it = if who.1 == who.0 + 2
                        && doc.lower_is(who.0, positions::SENTENCE_CONJUNCTIONS)
                    {
                        who.0 + 1
                    } else {
                        who.0
                    };
                    if who.1 != it + 1 || !doc.lower_is(it, &["it"]) {
                        return None;
                    }
                    let s = self.body_subject_before(doc, ents, a, it)?;
                    rules.push("it_after_body_subject");
                    Some(s)
                })
                .or_else(|| {
                    let s = self.body_noun(doc, ents, who.0, who.1, who.0)?;
                    rules.push("body_noun_names_speaker");
                    Some(s)
                })
                .or_else(|| {
                    let s = self.definite_head_names_body(doc, ents, who.0, who.1, who.0)?;
                    rules.push("definite_head_names_body");
                    Some(s)
                })
                .or_else(|| {
                    let s = self.conjoined_cue_subject(doc, ents, subjects, a, who.0, who.1)?;
                    rules.push("conjoined_cue_takes_clause_subject");
                    Some(s)
                })
                // "Their association, the FDMA, said": a body in the apposition names the
                // speaker before an unnamed role does.
                .or_else(|| {
                    let ((m0, m1), _) = apposition?;
                    let s = self.body_apposition(doc, ents, m0, m1)?;
                    rules.push("apposition_names_the_body");
                    Some(s)
                })
                .or_else(|| {
                    let mut w1 = who.1;
                    while w1 > who.0 && doc.verb_group(&self.lx, w1 - 1).is_some() {
                        w1 -= 1;
                    }
                    let s = self.unnamed_official(doc, ents, who.0, w1)?;
                    rules.push("unnamed_official_speaks_for_its_side");
                    Some(s)
                })
                .or_else(|| {
                    if !participle_after_comma(doc, a, c, who) {
                        return None;
                    }
                    let s = self.clause_subject(doc, ents, subjects, a, c - 1)?;
                    rules.push("reporting_participle_takes_clause_subject");
                    Some(s)
                });
            let Some((name, mention)) = found else {
                continue;
            };
            if (clause.0..clause.1).any(|k| doc.in_quote[k]) {
                rules.push("reported_clause_may_hold_a_partial_quote");
            }
            // "X said: “…”", "X said that “…”": the words are the quotation's, not a claim.
            if (c + 1..(c + 3).min(b)).any(|k| doc.in_quote[k])
                || doc.in_quote[clause.0]
                || matches!(doc.t(clause.0), "“" | "\"" | "«" | "‘" | "'")
            {
                continue;
            }
            let mut e = clause.1;
            while e > clause.0 && !doc.toks[e - 1].word {
                e -= 1;
            }
            if e <= clause.0 {
                continue;
            }
            let (s, e) = (doc.toks[clause.0].start, claim_end(doc, clause.0, e - 1));
            out.push(FoundClaim {
                claim: Claim {
                    article: article.id.clone(),
                    start: s,
                    end: e,
                    text: doc.text[s..e].to_string(),
                    speaker: Some(name).filter(|n| !n.is_empty()),
                    speaker_mention: Some(mention),
                    cue: Some(doc.t(c).to_string()),
                    date: None,
                },
                rules,
                cue_tok: c,
                sent: si,
            });
        }
        out
    }
}

/// `reported_clause_may_hold_a_partial_quote`: a sentence is searched for indirect speech
/// when it does not open with a quotation and quoted words are fewer than half of its
/// words ("She said the offer was “a start” and no more"): the quotation is a record of its
/// own, the sentence around it reports the rest.
pub(crate) fn partial_quotes_only(doc: &Doc, a: usize, b: usize) -> bool {
    let first = (a..b).find(|&k| doc.toks[k].word);
    if first.is_none_or(|k| doc.in_quote[k]) {
        return false;
    }
    let (mut quoted, mut words) = (0, 0);
    for k in a..b {
        if doc.toks[k].word {
            words += 1;
            if doc.in_quote[k] {
                quoted += 1;
            }
        }
    }
    quoted * 2 < words
}

impl Extractor {
    /// `according_to_names_source`: "According to X, CLAUSE." and "CLAUSE, according to X.":
    /// the clause is X's claim when X names a speaker (a person, title, body or state; a
    /// document names none).
    pub(crate) fn according_to_source(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        article: &Article,
    ) -> Vec<FoundClaim> {
        let mut out = Vec::new();
        for (si, &(a, b)) in doc.sents.iter().enumerate() {
            if b - a < 6 || !partial_quotes_only(doc, a, b) {
                continue;
            }
            let Some(c) = (a..b.saturating_sub(2)).find(|&k| {
                doc.has(k, F_CUE)
                    && !doc.in_quote[k]
                    && doc.lower_is(k, &["according"])
                    && doc.lower_is(k + 1, &["to"])
            }) else {
                continue;
            };
            let (src, clause) = if c == a {
                let Some(comma) = (c + 2..(c + 14).min(b)).find(|&k| doc.is(k, ",")) else {
                    continue;
                };
                ((c + 2, comma), (comma + 1, b))
            } else if doc.is(c - 1, ",") {
                let e = (c + 2..b)
                    .find(|&k| matches!(doc.t(k), "," | "." | ";" | "!" | "?"))
                    .unwrap_or(b);
                // "A, according to X, B": the source interrupts the clause; not taken.
                if e < b && !matches!(doc.t(e), "." | "!" | "?") {
                    continue;
                }
                ((c + 2, e), (a, c - 1))
            } else {
                continue;
            };
            if src.1 <= src.0 || src.1 - src.0 > 12 {
                continue;
            }
            let Some((name, mention)) = self
                .speaker_in(doc, ents, subjects, src.0, src.1, src.0)
                .or_else(|| self.body_noun(doc, ents, src.0, src.1, src.0))
            else {
                continue;
            };
            let mut e = clause.1;
            while e > clause.0 && !doc.toks[e - 1].word {
                e -= 1;
            }
            if (clause.0..e).filter(|&k| doc.toks[k].word).count() < 3 {
                continue;
            }
            let (s, e) = (doc.toks[clause.0].start, claim_end(doc, clause.0, e - 1));
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
                rules: vec!["according_to_names_source"],
                cue_tok: c,
                sent: si,
            });
        }
        out
    }

    /// `reported_clause_opens_with_article`: "X said the talks would resume": after a
    /// reporting cue at `c`, an article opens the reported clause's subject unless a person
    /// or a title starts there ("…, said the minister"); the caller still asks for a
    /// finite verb after it.
    pub(crate) fn reported_clause_opens_with_article(
        &self,
        doc: &Doc,
        ents: &Entities,
        c: usize,
        b: usize,
    ) -> bool {
        doc.lower_is(c + 1, &["the", "a", "an"])
            && !ents
                .within(c + 1, (c + 6).min(b))
                .any(|m| m.t0 <= c + 2 && matches!(m.kind, MKind::Person(_) | MKind::Title))
    }

    /// `conjoined_cue_takes_clause_subject`: "X ruled out a vote, but noted that …": a cue
    /// whose subject slot `w0..w1` (after a comma) holds only clause links
    /// (`data/clause_links.txt`) and verb-group words has the subject of the clause it
    /// joins, the first person, body or state named from the sentence start `a`.
    pub(crate) fn conjoined_cue_subject(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        w0: usize,
        w1: usize,
    ) -> Option<(String, String)> {
        if w0 <= a || !doc.is(w0 - 1, ",") || w1 <= w0 {
            return None;
        }
        let links = crate::wordlists::clause_links();
        let only_links = (w0..w1).all(|k| {
            doc.toks[k].word && (doc.lower_is(k, links) || doc.verb_group(&self.lx, k).is_some())
        });
        if !only_links || !doc.lower_is(w0, links) {
            return None;
        }
        self.clause_subject(doc, ents, subjects, a, w0 - 1)
    }
}

/// The end of a claim's last word, taking in a closing quotation mark right after it when
/// the claim opened a quotation it has not closed ("… was “nearly done”").
pub(crate) fn claim_end(doc: &Doc, first: usize, last: usize) -> usize {
    let end = doc.toks[last].end;
    let opens = (first..=last)
        .filter(|&k| matches!(doc.t(k), "“" | "«"))
        .count();
    let closes = (first..=last)
        .filter(|&k| matches!(doc.t(k), "”" | "»"))
        .count();
    let straight = (first..=last).filter(|&k| doc.t(k) == "\"").count();
    let next = last + 1;
    if next < doc.toks.len()
        && ((opens > closes && matches!(doc.t(next), "”" | "»"))
            || (straight % 2 == 1 && doc.t(next) == "\""))
    {
        return doc.toks[next].end;
    }
    end
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

/// The claim whose cue is `cue` (for the rule tests of this stage).
#[cfg(test)]
pub(crate) fn claim_with_cue<'a>(
    cs: &'a [crate::records::Claim],
    cue: &str,
) -> &'a crate::records::Claim {
    cs.iter()
        .find(|c| c.cue.as_deref() == Some(cue))
        .unwrap_or_else(|| panic!("no claim with cue {cue:?} in {cs:#?}"))
}

/// A first paragraph that sets the scene for the rule tests of this stage.
#[cfg(test)]
pub(crate) const TEST_LEAD: &str = "Delegations from both sides met in Geneva on Monday for \
a third round of talks on the border.\n\n";

/// The claims of `text` as one article dated 2025-03-05 (for the rule tests of this stage).
#[cfg(test)]
pub(crate) fn claims_of_test_text(text: &str) -> Vec<crate::records::Claim> {
    let a = crate::records::Article {
        id: "t.txt".into(),
        source_path: "t.txt".into(),
        title: None,
        date: Some("2025-03-05".into()),
        date_inferred: false,
        date_basis: None,
        url: None,
        text: text.into(),
        content_hash: String::new(),
        raw_offsets: None,
    };
    crate::Extractor::new().extract(&a).claims
}

#[cfg(test)]
mod tests {
    use crate::records::{Article, Claim};
    use crate::Extractor;

    fn claims(text: &str) -> Vec<Claim> {
        super::claims_of_test_text(text)
    }

    #[test]
    fn a_speaker_set_off_by_commas_ends_the_reported_clause() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
The ferry board turned down the fee. It would still accept a smaller charge in winter, its \
chair, Liga Ozola, said on Tuesday. Fares will rise in spring, Janis Berzs, the board's \
finance director, said.\n";
        let cs = claims(text);
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("It would still"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.text, "It would still accept a smaller charge in winter");
        assert_eq!(c.speaker.as_deref(), Some("Liga Ozola"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("Fares"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.text, "Fares will rise in spring");
        assert_eq!(c.speaker.as_deref(), Some("Janis Berzs"));
    }

    #[test]
    fn a_reporting_word_after_a_modal_is_the_main_verb() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
A second berth would add room for only a few years, the port's planning chief, Liga Ozola, \
said.\n";
        let cs = claims(text);
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("A second berth"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.text, "A second berth would add room for only a few years");
        assert_eq!(c.speaker.as_deref(), Some("Liga Ozola"));
    }

    #[test]
    fn an_irregular_past_makes_a_reported_clause() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
Union leader Liga Ozola said 4 per cent still left the night crews short.\n";
        let cs = claims(text);
        assert!(
            cs.iter()
                .any(|c| c.text == "4 per cent still left the night crews short"),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_clause_after_said_may_open_with_an_article() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
Minister Anna Kowal said the ferries would run again by June. The fees will stay as they \
are, said the minister on Tuesday.\n";
        let cs = claims(text);
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the ferries"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Anna Kowal"));
        assert!(
            cs.iter().all(|c| !c.text.starts_with("the minister")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_ministry_keeps_its_own_name_with_its_state_as_side() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
Latvia's transport ministry rejected the new timetable on Tuesday. The ministry said in a \
statement that the ferries must keep their winter slots.\n\nOfficials met at the Estonian \
foreign ministry on Friday.\n";
        let a = Article {
            id: "t.txt".into(),
            source_path: "t.txt".into(),
            title: None,
            date: Some("2025-03-05".into()),
            date_inferred: false,
            date_basis: None,
            url: None,
            text: text.into(),
            content_hash: String::new(),
            raw_offsets: None,
        };
        let ev = Extractor::new().extract(&a);
        let rejected = ev
            .claims
            .iter()
            .find(|c| c.cue.as_deref() == Some("rejected"))
            .unwrap_or_else(|| panic!("{:#?}", ev.claims));
        assert_eq!(rejected.speaker.as_deref(), Some("Transport Ministry"));
        let said = ev
            .claims
            .iter()
            .find(|c| c.cue.as_deref() == Some("said"))
            .unwrap_or_else(|| panic!("{:#?}", ev.claims));
        assert_eq!(said.speaker.as_deref(), Some("Transport Ministry"));
        assert_eq!(said.text, "the ferries must keep their winter slots");
        let m = ev
            .actors
            .iter()
            .find(|a| a.name == "Transport Ministry")
            .unwrap_or_else(|| panic!("{:#?}", ev.actors));
        assert_eq!(m.affiliation.as_deref(), Some("Latvia"));
        // "It said" after a sentence whose subject is the ministry.
        let text2 = format!(
            "{text}\nLatvia's transport ministry accused the operators of delay. \
It said the ferries had been late all winter.\n"
        );
        let a2 = Article {
            text: text2,
            ..a.clone()
        };
        let ev2 = Extractor::new().extract(&a2);
        let it = ev2
            .claims
            .iter()
            .find(|c| c.text.starts_with("the ferries had been"))
            .unwrap_or_else(|| panic!("{:#?}", ev2.claims));
        assert_eq!(it.speaker.as_deref(), Some("Transport Ministry"));
        let acc = ev2
            .claims
            .iter()
            .find(|c| c.cue.as_deref() == Some("accused"))
            .unwrap_or_else(|| panic!("{:#?}", ev2.claims));
        assert_eq!(acc.text, "the operators of delay");
        // Named in passing, a ministry is a place, not an actor.
        assert!(ev.actors.iter().all(|a| a.name != "Foreign Ministry"));
    }

    #[test]
    fn according_to_names_the_source_of_the_clause() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
According to Minister Anna Kowal, the ferries will run again by June. The fees will rise in \
the spring, according to the European Commission. According to the draft, the port would \
close at night.\n";
        let cs = claims(text);
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the ferries"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Anna Kowal"));
        assert_eq!(c.text, "the ferries will run again by June");
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("The fees"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("European Commission"));
        assert!(
            cs.iter().all(|c| !c.text.starts_with("the port")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_partial_quotation_does_not_hide_the_reported_clause() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
Minister Anna Kowal said the new timetable was “a first step” and no more. Kowal said: \
“The ferries will run again.”\n";
        let cs = claims(text);
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the new timetable"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Anna Kowal"));
        assert!(
            cs.iter().all(|c| !c.text.contains("ferries will run")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_cue_after_but_takes_the_subject_of_the_clause() {
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
Prime Minister Anna Kowal has not ruled out a referendum on the deal, but noted that \
parliament must approve the text first. The vote is due in June.\n";
        let cs = claims(text);
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("noted"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Anna Kowal"));
        assert_eq!(c.text, "parliament must approve the text first");
        // A comma followed by someone else's name is not a conjoined cue.
        let text = "The harbour talks resumed in Riga on Monday after a break of a month.\n\n\
Prime Minister Anna Kowal has not ruled out a referendum on the deal, but one unnamed \
official noted that parliament must approve the text first.\n";
        let cs = claims(text);
        assert!(
            cs.iter()
                .all(|c| c.cue.as_deref() != Some("noted") || c.speaker.is_none()),
            "{cs:#?}"
        );
    }
}
