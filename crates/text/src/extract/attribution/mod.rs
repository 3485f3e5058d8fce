//! Stage 4, attribution: each quote gets a speaker from its cue, the clause subject or
//! coreference.

#![allow(clippy::needless_range_loop)]

use super::*;

mod bodies;
mod commas;
mod coreference;
mod cues;
mod documents;
mod subject;

pub(crate) use self::bodies::organ_in_its_capital;
pub(crate) use self::commas::*;
pub(crate) use self::subject::*;

/// Attribution found for a quotation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Attribution {
    pub(crate) speaker: Option<String>,
    pub(crate) mention: Option<String>,
    pub(crate) cue: Option<String>,
    /// A speaker was stated (not inherited from context).
    pub(crate) explicit: bool,
    /// A reporting cue ties the quotation to someone in its own sentence.
    pub(crate) has_cue: bool,
    pub(crate) hypothetical: bool,
    /// The attribution names someone we cannot resolve: do not guess from context.
    pub(crate) blocked: bool,
    /// The rules that decided the speaker, for `--explain`.
    pub(crate) rules: Vec<&'static str>,
}

/// Whether a speaker phrase is a bare title ("the president") whose head word is in the
/// roles of two or more people of the article, so that `title_takes_latest_holder` chose
/// among them (for `--explain`).
fn title_fits_several(ents: &Entities, mention: &str) -> bool {
    let mut words = mention.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return false;
    }
    let Some(head) = mention.rsplit(' ').next().map(str::to_lowercase) else {
        return false;
    };
    ents.persons
        .iter()
        .filter(|p| {
            p.role.as_deref().is_some_and(|r| {
                r.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| w == head)
            })
        })
        .count()
        >= 2
}

/// `quoted_name_is_not_speech`: a quotation inside a sentence (right after a word that is
/// not a reporting cue: "Trump's “Board of Peace”", "a “Coalition of the Willing”") whose
/// words are all capitalised or name connectors, at most eight, with no sentence
/// punctuation inside, is the name of a plan, body, title or slogan, not someone's words.
pub(crate) fn quoted_name(
    doc: &Doc,
    ex: &Extractor,
    open_t: usize,
    qt0: usize,
    qt1: usize,
) -> bool {
    if open_t == 0 || qt0 >= qt1 || qt0 >= doc.toks.len() {
        return false;
    }
    let before = open_t - 1;
    if !doc.toks[before].word || doc.in_quote[before] || ex.is_cue(doc, before) {
        return false;
    }
    let punct = (qt0..qt1.min(doc.toks.len()))
        .any(|k| matches!(doc.t(k), "." | "," | "!" | "?" | ";" | ":"));
    !punct && quoted_title(doc, qt0)
}

impl Extractor {
    pub(crate) fn is_cue(&self, doc: &Doc, k: usize) -> bool {
        // "told state television": a cue word right after a cue is a noun or adjective,
        // unless that cue is itself a noun after a determiner ("the note said").
        if k > 0
            && doc.has(k - 1, F_CUE)
            && doc.toks[k - 1].word
            && !doc.toks[k - 1].cap
            && !(k >= 2 && doc.lower_is(k - 2, NOUN_DETERMINERS))
        {
            return false;
        }
        if !doc.has(k, F_CUE) || doc.toks[k].cap {
            return false;
        }
        // "a note", "the report": a noun, not a reporting verb.
        let after_determiner = k > 0 && doc.lower_is(k - 1, NOUN_DETERMINERS);
        !after_determiner && !cue_word_modifies_title(doc, k) && !infinitive_with_object(doc, k)
    }

    pub(crate) fn attribute_quotes(
        &self,
        doc: &Doc,
        quotes: &[QSpan],
        ents: &mut Entities,
        subjects: &Subjects,
        article: &Article,
    ) -> Vec<(Quote, Vec<&'static str>)> {
        let n = doc.toks.len();
        let mut out: Vec<(Quote, Vec<&'static str>)> = Vec::new();
        let mut prev: Option<(usize, Attribution, usize)> = None; // (para, attribution, quote end)
        let mut pending_continued: Vec<usize> = Vec::new();
        for (qi, q) in quotes.iter().enumerate() {
            let qt0 = doc.tok_at(q.start);
            let qt1 = doc.tok_at(q.end);
            let open_t = doc.tok_at(q.open);
            if open_t >= n {
                continue;
            }
            let mut q = q.clone();
            q.para = doc.para_of[open_t];
            let q = &q;
            let after_t = doc.tok_at(q.after);
            let text = &doc.text[q.start..q.end];
            let words = text.split_whitespace().count();
            if qt0 >= n || words == 0 {
                continue;
            }
            // Scare quotes and titles.
            let before_words: Vec<String> = (open_t.saturating_sub(2)..open_t)
                .filter(|&k| doc.toks[k].word)
                .map(|k| doc.t(k).to_lowercase())
                .collect();
            if before_words
                .iter()
                .any(|w| scare_cues().contains(&w.as_str()))
                && words <= 6
            {
                continue;
            }
            if quoted_name(doc, self, open_t, qt0, qt1) {
                continue;
            }
            let mut att = self.attribution(doc, ents, subjects, q, open_t, qt1, after_t);
            if att.speaker.is_some() {
                att.rules.push(if att.has_cue {
                    "reporting_cue_names_speaker"
                } else {
                    "attribution_without_cue"
                });
                if att
                    .mention
                    .as_deref()
                    .is_some_and(|m| title_fits_several(ents, m))
                {
                    att.rules.push("title_takes_latest_holder");
                }
            }
            if att.hypothetical {
                continue;
            }
            if q.single && words < 3 {
                continue;
            }
            if words <= 2 && !(att.has_cue && att.explicit && att.speaker.is_some()) {
                continue;
            }
            let title_case = words <= 6
                && text.split_whitespace().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                });
            if title_case && !att.has_cue && words < 3 {
                continue;
            }
            // “A,” said Kremlin spokesman Dmitry Peskov, “B.”: the attribution between the two
            // halves of one sentence names the speaker of both.
            if let Some((pp, pa, pe)) = prev.as_ref() {
                // The previous quotation's closing mark (the token before the first one
                // after it): when that quotation ends a sentence, the next token opens
                // another one.
                let pe_t = doc.tok_at(*pe).saturating_sub(1).min(open_t);
                let one_sentence = *pp == q.para
                    && pe_t < n
                    && doc.sent_of[pe_t] == doc.sent_of[open_t.min(n - 1)];
                let cue_between = (pe_t..open_t).any(|k| self.is_cue(doc, k));
                if one_sentence && cue_between && pa.speaker.is_some() && !pa.blocked {
                    att.rules = vec!["split_sentence_shares_cue"];
                    att.speaker = pa.speaker.clone();
                    att.mention = pa.mention.clone();
                    att.cue = att.cue.take().or_else(|| pa.cue.clone());
                }
            }
            if !att.explicit && !att.blocked {
                let own = self
                    .in_their_words(doc, ents, subjects, open_t)
                    .map(|x| (x, "in_their_words_names_speaker"))
                    .or_else(|| {
                        self.own_sentence_subject(doc, ents, subjects, open_t)
                            .map(|x| (x, "own_sentence_subject_names_speaker"))
                    });
                if let Some(((name, mention), rule)) = own {
                    att.rules = vec![rule];
                    att.speaker = Some(name);
                    att.mention = Some(mention);
                    att.explicit = true;
                }
            }
            if !att.explicit && !att.blocked {
                // Continuation of the previous quotation ("..." she said. "..."), or a
                // quotation attributed by context.
                let near = prev
                    .as_ref()
                    .is_some_and(|(p, _, e)| q.para <= p + 1 && doc.tok_at(*e) + 40 >= open_t);
                if let (true, Some((_, pa, _))) = (near, prev.as_ref()) {
                    if pa.speaker.is_some() {
                        att.rules = vec!["continues_previous_quote"];
                        att.speaker = pa.speaker.clone();
                        att.mention = pa.mention.clone();
                        if att.cue.is_none() {
                            att.cue = pa.cue.clone();
                        }
                    }
                }
                // The second half of “A,” he says. “B.” where "he" named nobody: no guess.
                let after_unknown = near
                    && prev
                        .as_ref()
                        .is_some_and(|(p, pa, _)| *p == q.para && pa.blocked);
                let starts_sentence = doc.sents[doc.sent_of[open_t.min(n - 1)]].0 == open_t;
                if att.speaker.is_none() && starts_sentence && !after_unknown {
                    let s = doc.sent_of[open_t.min(n - 1)];
                    if let Some(p) = subjects[s]
                        .or_else(|| subjects.latest_before(s, 3, |_| true).map(|(_, p)| p))
                    {
                        att.rules = vec!["sentence_subject_in_context"];
                        att.speaker = Some(ents.persons[p].name.clone());
                        att.mention =
                            Some(ents.persons[p].mentions.last().cloned().unwrap_or_default());
                    }
                }
            }
            if let (Some(name), Some(m)) = (&att.speaker, &att.mention) {
                if let Some(p) = ents.persons.iter_mut().find(|p| &p.name == name) {
                    if !matches!(m.as_str(), "he" | "He" | "she" | "She") {
                        let mut m = m.as_str();
                        for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
                            if let Some(rest) = m.strip_prefix(d) {
                                m = rest;
                            }
                        }
                        push_unique(&mut p.mentions, m);
                    }
                }
            }
            // A quotation running on into the next paragraph takes the speaker found later.
            let next_open = quotes
                .get(qi + 1)
                .map(|nq| doc.tok_at(nq.open))
                .filter(|&t| t < n);
            if !q.closed
                && next_open.is_some_and(|t| doc.para_of[t] == q.para + 1 && doc.toks[t].para_start)
            {
                pending_continued.push(out.len());
            } else if att.speaker.is_some() {
                for idx in pending_continued.drain(..) {
                    let (sp, rules) = &mut out[idx];
                    if sp.speaker.is_none() || sp.cue.is_none() {
                        *rules = vec!["quote_runs_into_next_paragraph"];
                        sp.speaker = att.speaker.clone();
                        sp.speaker_mention = att.mention.clone();
                        sp.cue = att.cue.clone();
                    }
                }
            }
            let (s, e) = trim_span(doc.text, q.start, q.end);
            let rules = if att.speaker.is_some() {
                att.rules.clone()
            } else {
                Vec::new()
            };
            out.push((
                Quote {
                    article: article.id.clone(),
                    start: s,
                    end: e,
                    text: doc.text[s..e].to_string(),
                    speaker: att.speaker.clone(),
                    speaker_mention: att.mention.clone(),
                    cue: att.cue.clone(),
                    date: None,
                },
                rules,
            ));
            prev = Some((q.para, att, q.after));
        }
        out
    }
}

impl Extractor {
    /// `in_their_words_names_speaker`: a quotation in a sentence that opens with "In his
    /// words", "In her words", "In their words" or "His words were:" (no reporting verb) is the words of the
    /// person the possessive refers to: the subject of that sentence or of one of the three
    /// before it whose stated gender fits ("his" is no "Ms", "her" no "Mr").
    pub(crate) fn in_their_words(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        open_t: usize,
    ) -> Option<(String, String)> {
        let n = doc.toks.len();
        if open_t >= n {
            return None;
        }
        let s = doc.sent_of[open_t];
        let (sa0, _) = doc.sents[s];
        // "In his words, “...”" or "His words were: “...”".
        let in_form = doc.lower_is(sa0, &["in"]);
        let poss = if in_form { sa0 + 1 } else { sa0 };
        if poss + 2 > open_t
            || !doc.lower_is(poss, &["his", "her", "their"])
            || !doc.lower_is(poss + 1, &["words", "view"])
            || !(in_form || doc.lower_is(poss + 2, &["were", "are", "was"]) && poss + 3 < open_t)
        {
            return None;
        }
        let want = match doc.t(poss).to_lowercase().as_str() {
            "his" => Some(false),
            "her" => Some(true),
            _ => None,
        };
        let fits = |p: usize| match (want, ents.persons[p].female) {
            (Some(w), Some(f)) => w == f,
            _ => true,
        };
        let (_, p) = subjects.latest_before(s, 3, fits)?;
        Some((ents.persons[p].name.clone(), doc.t(poss).to_string()))
    }

    /// `own_sentence_subject_names_speaker`: a quotation inside a sentence with no reporting
    /// cue ("NAME termed the offer “...”", "The Harbour Union, a group of 400 pilots, called
    /// the deal “...”") is the words of that sentence's subject: a person or body named
    /// first in it outside quotations and not in the possessive, opening the sentence (after
    /// at most a determiner) or closing a description that opens it ("A ferry captain from
    /// the north, NAME, put it this way: “...”"). Not for a quotation that opens its
    /// sentence (that is `sentence_subject_in_context`'s).
    pub(crate) fn own_sentence_subject(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        open_t: usize,
    ) -> Option<(String, String)> {
        let n = doc.toks.len();
        if open_t >= n {
            return None;
        }
        let s = doc.sent_of[open_t];
        let (sa, _) = doc.sents[s];
        if sa >= open_t {
            return None;
        }
        let m = ents.within(sa, open_t).find(|m| {
            !doc.in_quote[m.t0] && !matches!(m.kind, MKind::Country(_) | MKind::Pronoun)
        })?;
        if doc.toks[m.t1 - 1].poss || m.t1 >= open_t {
            return None;
        }
        let opens = m.t0 == sa || (m.t0 == sa + 1 && doc.lower_is(sa, &["the"]));
        let closes_description = m.t0 >= sa + 3
            && doc.is(m.t0 - 1, ",")
            && doc.lower_is(sa, &["a", "an", "the"])
            && !(sa + 1..m.t0 - 1).any(|k| doc.is(k, ",") || doc.in_quote[k]);
        if !(opens || closes_description) {
            return None;
        }
        let surface = doc.span(m.t0, m.t1).to_string();
        match m.kind {
            MKind::Person(p) if subjects[s] == Some(p) => {
                Some((ents.persons[p].name.clone(), surface))
            }
            MKind::Org(o) => Some((ents.orgs[o].name.clone(), surface)),
            _ => None,
        }
    }
}

/// `cue_word_modifies_title`: a reporting word in its bare form right before a lower-case
/// title ("the union's state secretary", "a report author") is a modifier of that title,
/// not a verb; inflected forms stay verbs ("said spokesman Tom Reyes").
pub(crate) fn cue_word_modifies_title(doc: &Doc, k: usize) -> bool {
    let w = doc.t(k).to_lowercase();
    let inflected = w.ends_with("ed")
        || w.ends_with('s')
        || w.ends_with("ing")
        || matches!(w.as_str(), "said" | "told" | "wrote" | "thought" | "spoke");
    !inflected
        && k + 1 < doc.toks.len()
        && doc.toks[k + 1].word
        && !doc.toks[k + 1].cap
        && doc.has(k + 1, F_HEAD)
}

/// Articles, demonstratives and possessives: a cue word after one is a noun ("the note",
/// "its statement"), and after "to" one opens the infinitive's object.
pub(crate) const NOUN_DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "his", "her", "its", "their", "our", "my", "your",
];

/// `infinitive_with_object`: a cue word after "to" with a determiner after it ("ready to
/// continue the process “…”", "declined to note the offer") is an infinitive with its
/// object, not the reporting verb of what follows. `k` is the cue word.
fn infinitive_with_object(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.lower_is(k - 1, &["to"]) && doc.lower_is(k + 1, NOUN_DETERMINERS)
}

#[cfg(test)]
mod tests {
    use crate::extract::test_speaker;

    #[test]
    fn infinitive_with_object() {
        let t = "The minister, Ada Pell, spoke first. She stressed that the Norwegian side was \
                 ready to continue the process \u{201c}on the basis of the old maps.\u{201d}\n";
        assert_eq!(test_speaker(t, "on the basis").as_deref(), Some("Ada Pell"));
    }

    #[test]
    fn a_quotation_that_ends_a_sentence_shares_no_cue_with_the_next_sentence() {
        let t = "Tarn Mining said it had \u{201c}listened.\u{201d} Its chief executive, Ada \
                 Pell, added that prices \u{201c}leave no room for more.\u{201d}\n";
        assert_eq!(test_speaker(t, "leave").as_deref(), Some("Ada Pell"));
    }

    #[test]
    fn split_sentence_shares_cue() {
        let t = "\u{201c}We are close,\u{201d} said union leader Ada Pell, \u{201c}but not \
                 there.\u{201d}\n";
        assert_eq!(test_speaker(t, "but not").as_deref(), Some("Ada Pell"));
    }
}
