//! Claims, subjects that the person and body rules do not name: a time phrase between the
//! subject and the stance verb, an unnamed official ("Ukrainian officials", "the diplomat"),
//! a pronoun opening the reported clause, and a headline's subject.

#![allow(clippy::needless_range_loop)]

use super::*;

const TIME_WORDS: &str = include_str!("../../../data/stance_time_words.txt");
const DOCUMENT_NOUNS: &str = include_str!("../../../data/stance_document_nouns.txt");
const SOURCE_NOUNS: &str = include_str!("../../../data/stance_source_nouns.txt");
const GROUP_NOUNS: &str = include_str!("../../../data/stance_group_nouns.txt");

/// The group and body nouns of `data/stance_group_nouns.txt`.
fn group_nouns() -> &'static FxSet {
    static W: std::sync::OnceLock<FxSet> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        GROUP_NOUNS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

/// The document nouns of `data/stance_document_nouns.txt`.
pub(crate) fn document_nouns() -> &'static FxSet {
    static W: std::sync::OnceLock<FxSet> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        DOCUMENT_NOUNS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

/// The source nouns of `data/stance_source_nouns.txt`.
fn source_nouns() -> &'static FxSet {
    static W: std::sync::OnceLock<FxSet> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        SOURCE_NOUNS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

/// `subject_head_before_post_modifier`: the head of a subject `w0..w1` is its last word, or
/// the word before a post-modifier that opens with "in", "from", "at", "on", "with",
/// "familiar", "close" or "briefed" ("officials in the capital", "people familiar with the
/// talks", "a source close to the ministry").
fn subject_head(doc: &Doc, w0: usize, w1: usize) -> usize {
    (w0 + 1..w1)
        .find(|&k| {
            doc.lower_is(
                k,
                &[
                    "in", "from", "at", "on", "with", "familiar", "close", "briefed",
                ],
            )
        })
        .map_or(w1 - 1, |k| k - 1)
}

/// The time words of `data/stance_time_words.txt`.
fn time_words() -> &'static FxSet {
    static W: std::sync::OnceLock<FxSet> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        TIME_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

fn is_time_word(doc: &Doc, k: usize) -> bool {
    doc.toks[k].word && time_words().contains(doc.t(k).to_lowercase().as_str())
}

/// `time_phrase_before_verb`: where the subject ends when a time phrase stands between it
/// and the verb group starting at `g` ("Russia on Tuesday rejected", "Kyiv last week ruled
/// out", "Hamas in October 2025 offered", "Moscow earlier this month demanded"): the first
/// token of that phrase, or `g` when there is none. The phrase is a time word
/// (`data/stance_time_words.txt`) after "on", "in", "last", "this", "next" or alone, with
/// a number (a day or a year) after it or before it.
pub(crate) fn time_phrase_before(doc: &Doc, a: usize, g: usize) -> usize {
    let mut k = g;
    // A day's or a year's number after the time word ("on December 2", "in October 2025").
    while k > a && doc.toks[k - 1].digit {
        k -= 1;
    }
    if k == a || !is_time_word(doc, k - 1) {
        return g;
    }
    k -= 1;
    // "on 2 December".
    while k > a && doc.toks[k - 1].digit {
        k -= 1;
    }
    if k > a
        && doc.lower_is(
            k - 1,
            &["on", "in", "last", "this", "next", "late", "early"],
        )
    {
        k -= 1;
        if k > a && doc.lower_is(k - 1, &["earlier", "later"]) {
            k -= 1;
        }
    }
    k
}

/// `headline_reports_a_position`: the article's first paragraph, though read as a headline
/// (no names are learnt from it), states positions as the body does ("Kremlin dismisses
/// the zone and insists Kyiv pull out"): its stance verbs are read. Other headline-like
/// paragraphs (captions, credits, links) are not.
pub(crate) fn headline_paragraph(doc: &Doc, a: usize) -> bool {
    doc.para_of[a] == 0
}

/// Rule `headline_plural_subject`: a headline names the actors of its story by what they
/// are ("Unions demand ...", "Drug companies offer ..."), so a plural noun phrase that
/// opens the headline paragraph and ends right before the verb group at `g` is the
/// subject of its stance verb, with no name: one to three words, outside quotation marks,
/// none a verb-group word, the last a plural (four letters or more in -s, not -ss, -us or
/// -is, not a possessive) that is no place or people of the gazetteer. The words are
/// kept as the claim's mention, so that a scenario naming the group decides its party.
pub(crate) fn headline_plural_subject(lx: &Lexicon, doc: &Doc, a: usize, g: usize) -> bool {
    if !headline_paragraph(doc, a) || g <= a || g - a > 3 {
        return false;
    }
    if (a..g).any(|k| {
        !doc.toks[k].word || doc.in_quote[k] || doc.toks[k].poss || doc.verb_group(lx, k).is_some()
    }) {
        return false;
    }
    let last = doc.t(g - 1);
    if lx.forms.contains_key(last) {
        return false;
    }
    let w = last.to_lowercase();
    w.len() >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
}

/// `reported_clause_opens_with_pronoun`: after a reporting cue at `c`, a subject pronoun
/// followed by a verb-group word or a stance verb ("said it would", "says they have",
/// "says it accepts") opens a reported clause, although a bare "it" after a verb is more
/// often its object ("called it").
pub(crate) fn reported_clause_opens_with_pronoun(lx: &Lexicon, doc: &Doc, c: usize) -> bool {
    doc.lower_is(c + 1, &["it", "they", "he", "she", "we", "i"])
        && (doc.verb_group(lx, c + 2).is_some()
            || (c + 2 < doc.toks.len() && !doc.toks[c + 2].cap && doc.has(c + 2, F_STANCE))
            || pronoun_with_past_verb(doc, c + 2))
}

/// Rule `pronoun_with_past_verb_opens_clause`: after a verb of saying and a subject
/// pronoun, a lower-case verb in the past ("said it preferred", "said they felt": a word
/// of five letters or more in -ed, or an irregular past of `data/irregular_past.txt`)
/// opens a reported clause, as an auxiliary does.
fn pronoun_with_past_verb(doc: &Doc, k: usize) -> bool {
    if k >= doc.toks.len() || !doc.toks[k].word || doc.toks[k].cap || doc.in_quote[k] {
        return false;
    }
    let w = doc.t(k);
    (w.len() >= 5 && w.ends_with("ed")) || doc.lower_is(k, crate::wordlists::irregular_past())
}

/// `attribution_ends_with_adjunct`: in "CLAUSE, X said on Monday." or "CLAUSE, X told
/// reporters in the capital after the talks." the words after the reporting cue at `c` (a
/// verb of saying: said, told, added, ...), up to the sentence end `b`, are an adjunct of
/// the attribution (a time, a place, an addressee), not a reported clause: at most ten
/// tokens, none an auxiliary or modal, a past form in -ed, "that" or a quoted word. The
/// speaker `nb..c` between the comma and the cue is a short phrase (at most eight words)
/// with no verb-group word, so a participle after a clause (", accusing X of ...") is not
/// read as an attribution; a speaker set off by commas (`speaker_in_commas_before_cue`,
/// `commas`) may hold its commas and two such phrases.
pub(crate) fn attribution_ends_with_adjunct(
    lx: &Lexicon,
    doc: &Doc,
    nb: usize,
    c: usize,
    b: usize,
) -> bool {
    let commas = (nb..c).any(|k| doc.is(k, ","));
    if !doc.lower_is(
        c,
        &[
            "said",
            "says",
            "told",
            "tells",
            "added",
            "adds",
            "noted",
            "wrote",
            "writes",
            "warned",
            "insisted",
            "argued",
            "stated",
            "announced",
            "confirmed",
            "explained",
        ],
    ) || c < nb + 1
        || c - nb > if commas { 18 } else { 8 }
        || (nb..c).any(|k| {
            !(doc.toks[k].word || commas && doc.is(k, ",")) || doc.verb_group(lx, k).is_some()
        })
    {
        return false;
    }
    let mut e = b;
    while e > c + 1 && !doc.toks[e - 1].word {
        e -= 1;
    }
    if e <= c + 1 || e - (c + 1) > 10 {
        return false;
    }
    (c + 1..e).all(|k| {
        let t = &doc.toks[k];
        let w = doc.t(k).to_lowercase();
        !doc.in_quote[k]
            && (t.word || matches!(w.as_str(), "," | "-" | "'s"))
            && !(t.word && !t.cap && w.len() > 4 && w.ends_with("ed"))
            && !matches!(
                w.as_str(),
                "that"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "should"
                    | "must"
                    | "has"
                    | "have"
                    | "had"
                    | "may"
                    | "might"
                    | "did"
                    | "do"
                    | "does"
                    | "won't"
                    | "cannot"
                    | "shall"
                    | "who"
                    | "which"
            )
    })
}

/// `speaker_before_apposition`: when a reporting cue at `c` follows a comma ("X, who leads
/// the union, said ...", "the council's cabinet member, Sue Harding, said ..."), the
/// speaker is not between that comma and the cue: it is the phrase before the comma that
/// opens the apposition (back to the previous comma or the sentence start `a`, at most
/// eight tokens), and, when the apposition is not a relative clause ("who", "which",
/// "whose"), the apposition itself, which may be the name the phrase describes. Returns
/// the apposition's range and the phrase's range.
pub(crate) fn speaker_before_apposition(
    doc: &Doc,
    a: usize,
    c: usize,
) -> Option<((usize, usize), (usize, usize))> {
    if c < a + 3 || !doc.is(c - 1, ",") {
        return None;
    }
    let open = (a..c - 1).rev().take(25).find(|&k| doc.is(k, ","))?;
    if open + 1 >= c - 1 {
        return None;
    }
    let mut start = open;
    while start > a && !matches!(doc.t(start - 1), "," | ";" | ":") && open - start < 8 {
        start -= 1;
    }
    if start == open || (start > a && !matches!(doc.t(start - 1), "," | ";" | ":")) {
        return None;
    }
    Some(((open + 1, c - 1), (start, open)))
}

impl Extractor {
    /// `definite_head_names_body`: a subject "the NOUN" (with at most two lower-case words
    /// between: "the borough council") whose NOUN is the head of an organisation named
    /// earlier in the article, before token `before` ("the council" after "Ashdown Borough
    /// Council", "the department" after "the Department for Communities"), refers back to
    /// that organisation: the one named last. The head of a name is its last word before
    /// "of", "for", "on" or "in", else its last word.
    pub(crate) fn definite_head_names_body(
        &self,
        doc: &Doc,
        ents: &Entities,
        t0: usize,
        t1: usize,
        before: usize,
    ) -> Option<(String, String)> {
        if t1 < t0 + 2 || t1 - t0 > 4 || !doc.lower_is(t0, &["the"]) {
            return None;
        }
        let h = t1 - 1;
        if (t0 + 1..t1).any(|k| !doc.toks[k].word || doc.toks[k].cap || doc.in_quote[k])
            || doc.toks[h].poss
        {
            return None;
        }
        let noun = doc.t(h).to_lowercase();
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before.min(t0));
        ms[..hi].iter().rev().find_map(|m| match m.kind {
            MKind::Org(o) if !doc.in_quote[m.t0] => {
                let name = &ents.orgs[o].name;
                let head = name
                    .split_whitespace()
                    .take_while(|w| !matches!(*w, "of" | "for" | "on" | "in"))
                    .last()?;
                head.eq_ignore_ascii_case(&noun)
                    .then(|| (name.clone(), doc.span(t0, t1).to_string()))
            }
            _ => None,
        })
    }

    /// `unnamed_official_speaks_for_its_side`: a subject `w0..w1` that names no person or
    /// body but ends in a role ("officials", "a senior diplomat", "Ukrainian commanders",
    /// "the negotiator": a head word of `detente-lang`'s `data/titles.txt`, singular or plural) or a document
    /// (`document_speaks_for_its_author`: "the American draft", "the summit statement":
    /// `data/stance_document_nouns.txt`) is a speaker: its side when a state is named in it ("Ukrainian officials" speak for
    /// Ukraine), else unnamed (an empty name: the claim keeps the words as its mention and
    /// no speaker). At most six words, all outside quotation marks, none a person's name.
    /// A subject headed by a group or body noun is a speaker on the same terms
    /// (`unnamed_body_or_group_speaks`, see [`unnamed_body_or_group`]).
    pub(crate) fn unnamed_official(
        &self,
        doc: &Doc,
        ents: &Entities,
        w0: usize,
        w1: usize,
    ) -> Option<(String, String)> {
        // "but one unnamed official": the clause link is not part of the subject.
        let mut w0 = w0;
        while w0 < w1 && doc.lower_is(w0, crate::wordlists::clause_links()) {
            w0 += 1;
        }
        if w1 <= w0 || w1 - w0 > 7 {
            return None;
        }
        if (w0..w1).any(|k| !doc.toks[k].word || doc.in_quote[k]) {
            return None;
        }
        let h = subject_head(doc, w0, w1);
        let head = doc.t(h).to_lowercase();
        let singular = head.strip_suffix('s').unwrap_or(&head);
        // `document_speaks_for_its_author`: "the American draft", "the summit statement".
        let document = document_nouns().contains(singular) || document_nouns().contains(&head);
        // `unnamed_source_speaks_for_its_side`: "a government source", "people familiar
        // with the talks" (`data/stance_source_nouns.txt`).
        let source = source_nouns().contains(head.as_str());
        let group = unnamed_body_or_group(doc, w0, h, &head);
        if let Some(name) = named_body_without_entity(doc, ents, w0, h, w1, &head) {
            return Some((name.clone(), name));
        }
        if doc.toks[h].cap && h > w0 && !(group && capitalised_body_noun_after_the(doc, w0, h))
            || !(self.lx.is_head(&head) || self.lx.is_head(singular) || document || source || group)
        {
            return None;
        }
        if self.lx.analysts.contains(head.as_str()) || self.lx.analysts.contains(singular) {
            return None;
        }
        let mut side = None;
        for m in ents.within(w0, w1) {
            match m.kind {
                MKind::Person(_) => return None,
                MKind::Country(c) if side.is_none() => side = Some(ents.countries[c].name.clone()),
                MKind::Org(o) if side.is_none() => {
                    side = Some(
                        ents.orgs[o]
                            .affiliation
                            .clone()
                            .unwrap_or_else(|| ents.orgs[o].name.clone()),
                    )
                }
                _ => {}
            }
        }
        // A nationality adjective the entity stage did not take as a mention ("Latvian
        // officials").
        let side = side.or_else(|| {
            (w0..w1).find_map(|k| match self.lx.forms.get(doc.t(k)) {
                Some(Known::Country(c) | Known::Demonym(c) | Known::Capital(c)) => {
                    self.lx.countries.get(*c).cloned()
                }
                _ => None,
            })
        });
        let side = side.or_else(|| {
            document
                .then(|| self.document_owner_before(doc, ents, &head, w0))
                .flatten()
        });
        Some((side.unwrap_or_default(), doc.span(w0, w1).to_string()))
    }

    /// Rule `document_keeps_the_owner_named_before`: a document phrase that names no author
    /// ("the new offer", "the plan") stands for the last document earlier in the article
    /// (before token `before`) that ends in the same noun `head` and whose author was named
    /// among the three words before that noun: a state or body the entity stage found, a
    /// capitalised possessive ("the Council's revised plan", "Latvia's draft"), or a
    /// nationality adjective ("the Latvian offer"). Returns that author's name; none when no
    /// earlier document of that noun names one.
    pub(crate) fn document_owner_before(
        &self,
        doc: &Doc,
        ents: &Entities,
        head: &str,
        before: usize,
    ) -> Option<String> {
        (0..before.min(doc.toks.len())).rev().find_map(|k| {
            if !doc.toks[k].word || doc.in_quote[k] || !doc.t(k).eq_ignore_ascii_case(head) {
                return None;
            }
            let mut lo = k;
            while lo > 0 && k - lo < 3 && doc.toks[lo - 1].word {
                lo -= 1;
            }
            if let Some(m) = ents
                .within(lo, k)
                .find(|m| matches!(m.kind, MKind::Org(_) | MKind::Country(_)))
            {
                return Some(match m.kind {
                    MKind::Org(o) => ents.orgs[o].name.clone(),
                    MKind::Country(c) => ents.countries[c].name.clone(),
                    _ => return None,
                });
            }
            if let Some(p) = (lo..k).find(|&j| doc.toks[j].poss && doc.toks[j].cap) {
                // The capitalised name ending at the possessive ("Department of Health").
                let mut f = p;
                while f > 0
                    && p - f < 6
                    && doc.toks[f - 1].word
                    && (doc.toks[f - 1].cap || doc.lower_is(f - 1, &["of", "for"]))
                    && !doc.lower_is(f - 1, &["the"])
                {
                    f -= 1;
                }
                return Some(doc.span(f, p + 1).to_string());
            }
            (lo..k).find_map(|j| match self.lx.forms.get(doc.t(j)) {
                Some(Known::Country(c) | Known::Demonym(c)) => self.lx.countries.get(*c).cloned(),
                _ => None,
            })
        })
    }

    /// Rule `apposition_names_the_body`: "X, the Northvale Dockers Federation, rejected
    /// ...": when the phrase before an apposition names no speaker the rules know (a name
    /// the entity stage did not read), an apposition `m0..m1` that is wholly the name of a
    /// body the entity stage found, after an optional article, names the speaker.
    pub(crate) fn body_apposition(
        &self,
        doc: &Doc,
        ents: &Entities,
        m0: usize,
        m1: usize,
    ) -> Option<(String, String)> {
        let from = if doc.lower_is(m0, &["the", "a", "an"]) {
            m0 + 1
        } else {
            m0
        };
        let m = ents
            .within(from, m1)
            .find(|m| m.t0 == from && m.t1 == m1 && !doc.in_quote[m.t0])?;
        match m.kind {
            MKind::Org(o) => Some((ents.orgs[o].name.clone(), doc.span(m0, m1).to_string())),
            _ => None,
        }
    }

    /// The noun phrase that ends right before token `g`: back over words (no punctuation,
    /// no verb-group word, no relative pronoun, no verb of saying or stance unless it is a
    /// noun by [`capitalised_noun_after_the`]) to at most six words, within sentence start
    /// `a`.
    pub(crate) fn phrase_before(&self, doc: &Doc, a: usize, g: usize) -> usize {
        let mut k = g;
        while k > a
            && g - k < 6
            && doc.toks[k - 1].word
            && doc.verb_group(&self.lx, k - 1).is_none()
            && !doc.lower_is(
                k - 1,
                &["that", "which", "who", "and", "but", "or", "said", "says"],
            )
            && (!doc.has(k - 1, F_CUE | F_STANCE) || capitalised_noun_after_the(doc, a, k - 1))
        {
            k -= 1;
        }
        k
    }
}

/// Rule `unnamed_body_or_group_speaks`: a subject whose head `h` (lower case `head`) is a
/// body noun (`data/stance_group_nouns.txt`: "the government", "the county council", "the
/// airport") names a speaker without a name, when it is short (at most four words from
/// `w0`) and has no "of", conjunction or relative pronoun before the head: "the Faroese
/// government said", "the county council has rejected". A capitalised head after the first word is part of a
/// name the entity stage reads ("the County Council"), not this rule's, except a body noun
/// alone after "the" ([`capitalised_body_noun_after_the`]).
fn unnamed_body_or_group(doc: &Doc, w0: usize, h: usize, head: &str) -> bool {
    h >= w0
        && h - w0 < 4
        && group_nouns().contains(head)
        && (h == w0 || !doc.toks[h].cap || capitalised_body_noun_after_the(doc, w0, h))
        && (w0..h).all(|k| !doc.lower_is(k, &["of", "and", "or", "who", "which", "that"]))
}

/// Rule `capitalised_noun_after_the`: a word at `k` (within sentence start `a`) that is
/// capitalised and follows "the" is a noun ("the State", "the Report"), never a verb of
/// saying or stance, whatever word lists it is in.
fn capitalised_noun_after_the(doc: &Doc, a: usize, k: usize) -> bool {
    k > a && doc.toks[k].cap && doc.lower_is(k - 1, &["the"])
}

/// Rule `capitalised_body_noun_after_the`: a body noun written with a capital right after
/// "the" and alone ("the State", "the Government", "the Association") is the body by its
/// kind, as British and Irish usage writes it, not part of a longer name: the subject is
/// the two words `w0..=h` and nothing else.
fn capitalised_body_noun_after_the(doc: &Doc, w0: usize, h: usize) -> bool {
    h == w0 + 1 && doc.lower_is(w0, &["the"]) && doc.toks[h].cap && !doc.toks[h].poss
}

/// Rule `named_body_without_entity`: a subject `w0..w1` whose every word is capitalised
/// (after an optional "the") and whose last word `h` is a body noun
/// (`data/stance_group_nouns.txt`: "Hollin Airport", "Kessel University") names that body
/// when the entity stage found no mention in it: its name is the speaker (without "the").
/// At least two capitalised words, so a bare "Council" opening a sentence is not a name.
fn named_body_without_entity(
    doc: &Doc,
    ents: &Entities,
    w0: usize,
    h: usize,
    w1: usize,
    head: &str,
) -> Option<String> {
    let n0 = if doc.lower_is(w0, &["the"]) {
        w0 + 1
    } else {
        w0
    };
    let named = h + 1 == w1
        && h > n0
        && group_nouns().contains(head)
        && (n0..=h).all(|k| doc.toks[k].word && doc.toks[k].cap && !doc.toks[k].poss)
        && ents.within(w0, w1).next().is_none();
    named.then(|| doc.span(n0, w1).to_string())
}

#[cfg(test)]
mod tests {
    use crate::records::Claim;

    fn claims(text: &str) -> Vec<Claim> {
        super::super::claims_of_test_text(text)
    }

    const LEAD: &str = "Delegations from both sides met in Geneva on Monday for a third round of \
talks on the border.\n\n";

    #[test]
    fn a_time_phrase_may_stand_between_subject_and_stance_verb() {
        let cs = claims(&format!(
            "{LEAD}Latvia on Tuesday rejected a proposal to close the northern crossing. \
Estonia last week ruled out any new tolls on the bridge.\n"
        ));
        let r = cs.iter().find(|c| c.cue.as_deref() == Some("rejected"));
        assert_eq!(
            r.and_then(|c| c.speaker.as_deref()),
            Some("Latvia"),
            "{cs:#?}"
        );
        let r = cs.iter().find(|c| c.cue.as_deref() == Some("ruled"));
        assert_eq!(
            r.and_then(|c| c.speaker.as_deref()),
            Some("Estonia"),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_named_body_the_entities_missed_is_its_own_speaker() {
        let cs = claims(&format!(
            "{LEAD}Kessel Airport has rejected a ban on night flights. Kessel Airport told \
the inquiry that it needed a second runway.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("rejected"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Kessel Airport"));
        assert_eq!(c.text, "a ban on night flights");
        assert!(
            cs.iter().any(|c| c.text.starts_with("it needed")
                && c.speaker.as_deref() == Some("Kessel Airport")),
            "{cs:#?}"
        );
    }

    #[test]
    fn unnamed_officials_speak_for_their_side_or_for_nobody_named() {
        let cs = claims(&format!(
            "{LEAD}Latvian officials say they could accept a smaller toll only if the ferries \
keep running. A senior diplomat said the bridge would stay closed until spring. A defence \
analyst said the toll would never be paid.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("they could accept"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the bridge would stay"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker, None);
        assert_eq!(c.speaker_mention.as_deref(), Some("A senior diplomat"));
        // An analyst speaks for nobody.
        assert!(
            cs.iter().all(|c| !c.text.contains("never be paid")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_document_speaks_for_the_state_named_in_it() {
        let cs = claims(&format!(
            "{LEAD}The Latvian draft had called for a toll of five euros on the bridge. The \
summit statement said the crossing would stay open at night.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("called"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the crossing would stay"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker, None);
        assert_eq!(c.speaker_mention.as_deref(), Some("The summit statement"));
    }

    #[test]
    fn a_pronoun_with_a_verb_opens_the_reported_clause() {
        let cs = claims(&format!(
            "{LEAD}Latvia says it will keep the crossing closed until the tolls are cut. \
Minister Ilse Varga called it a fair offer.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("says"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert!(c.text.starts_with("it will keep"));
        // A stance verb after the pronoun opens the clause too.
        let cs = claims(&format!(
            "{LEAD}Estonia says it rejects the ferry toll unless the bridge reopens.\n"
        ));
        assert!(
            cs.iter()
                .any(|c| c.text.starts_with("it rejects the ferry toll")
                    && c.speaker.as_deref() == Some("Estonia")),
            "{cs:#?}"
        );
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("called")),
            "{cs:#?}"
        );
    }

    #[test]
    fn an_interrupted_attribution_reports_both_parts() {
        let cs = claims(&format!(
            "{LEAD}Minister Ilse Varga spoke after the talks. A toll paid in euros, Varga \
said, would only reward the smugglers.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("said"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert!(c.text.starts_with("A toll paid in euros"), "{cs:#?}");
        assert!(c.text.ends_with("reward the smugglers"), "{cs:#?}");
    }

    #[test]
    fn an_attribution_may_end_with_a_time_or_place() {
        let cs = claims(&format!(
            "{LEAD}The ferries will keep running through the winter, the Latvian transport \
ministry said on Thursday. Tolls will rise next year, Ilse Varga told reporters in Riga \
after the meeting. The bridge stays shut, Ilse Varga said prices would rise.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("The ferries will keep"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert!(c.text.ends_with("through the winter"), "{cs:#?}");
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("Tolls will rise"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        // A clause after the cue is what is reported, not an adjunct.
        assert!(
            cs.iter()
                .all(|c| !c.text.starts_with("The bridge stays shut")),
            "{cs:#?}"
        );
    }

    #[test]
    fn unnamed_sources_and_officials_with_a_place_speak_for_their_side() {
        let cs = claims(&format!(
            "{LEAD}The tolls will stay, a Latvian government source said. Officials in Riga \
have said they will reopen the bridge in May. The crossing is safe, people familiar with \
the talks said.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("The tolls will stay"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("they will reopen"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("The crossing is safe"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker, None);
        assert_eq!(
            c.speaker_mention.as_deref(),
            Some("people familiar with the talks")
        );
    }

    #[test]
    fn the_speaker_stands_before_an_apposition() {
        let cs = claims(&format!(
            "{LEAD}Ilse Varga, who leads the Latvian delegation, said the tolls would be cut. \
The port's harbour master, Janis Ozols, said the ferries would run at night. Ilse Varga, \
for her part, has said the bridge would reopen in May.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the bridge would reopen"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the tolls would be cut"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the ferries would run"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Janis Ozols"));
    }

    #[test]
    fn a_definite_head_refers_back_to_the_body_named_before() {
        let cs = claims(&format!(
            "{LEAD}Riverside District Council and the Harbour Workers Union met on Monday.\n\n\
The council insists that a 2 percent rise is all it can pay. The district has rejected \
the claim.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("insists"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Riverside District Council"));
        // "the district" is no head of a name before it.
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("rejected")),
            "{cs:#?}"
        );
    }

    #[test]
    fn the_headline_states_a_position() {
        let cs = claims(
            "Latvia rejects ferry toll and insists Estonia reopen the bridge\n\nDelegations met \
in Riga on Monday for a third round of talks on the border.\n",
        );
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("rejects"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert!(
            cs.iter().any(|c| c.cue.as_deref() == Some("insists")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_plural_opening_the_headline_is_its_subject() {
        let cs = claims(
            "Ferry operators reject toll rise\n\nThe ferry line \
between the two ports closed on Monday.\n\nHarbour pilots demand a new contract, the \
union said.\n",
        );
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("reject"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker, None);
        assert_eq!(c.speaker_mention.as_deref(), Some("Ferry operators"));
        // Outside the headline a plural group is not taken this way.
        assert!(
            cs.iter()
                .all(|c| c.speaker_mention.as_deref() != Some("Harbour pilots")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_pronoun_with_a_past_verb_opens_the_reported_clause() {
        let cs = claims(&format!(
            "{LEAD}Latvia said it preferred a toll on lorries to a toll on cars. Estonia \
said they felt the fees were too high.\n"
        ));
        for text in ["it preferred a toll on lorries", "they felt the fees"] {
            assert!(
                cs.iter().any(|c| c.text.starts_with(text)),
                "{text}: {cs:#?}"
            );
        }
    }

    #[test]
    fn an_apposition_that_names_a_body_names_the_speaker() {
        let cs = claims(&format!(
            "{LEAD}Dokkar, the Northvale Dockers Federation, rejected the new timetable. \
Dokkar, the Northvale Dockers Federation, said it wanted a cap on night fees. Maritex, the \
largest shipping firm in the port, rejected the fee schedule.\n"
        ));
        for text in ["the new timetable", "it wanted a cap"] {
            let c = cs
                .iter()
                .find(|c| c.text.starts_with(text))
                .unwrap_or_else(|| panic!("{text}: {cs:#?}"));
            assert_eq!(c.speaker.as_deref(), Some("Northvale Dockers Federation"));
        }
        // An apposition that is no body's name names nobody; the lone name before it does
        // (`lone_name_before_stance_verb`).
        assert!(
            cs.iter()
                .filter(|c| c.text.contains("fee schedule"))
                .all(|c| c.speaker.as_deref() == Some("Maritex")),
            "{cs:#?}"
        );
    }

    #[test]
    fn unnamed_bodies_speak() {
        let cs = claims(&format!(
            "{LEAD}The toll would be a tax on the poor, the district council said in a \
statement. The port authority has rejected the new timetable. Residents say the ferries \
must keep running.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("The toll would be"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker, None);
        assert_eq!(c.speaker_mention.as_deref(), Some("the district council"));
        assert!(
            cs.iter().any(|c| c.cue.as_deref() == Some("rejected")
                && c.speaker_mention.as_deref() == Some("The port authority")),
            "{cs:#?}"
        );
        // A group of people by place is not a body.
        assert!(
            cs.iter()
                .all(|c| !c.text.contains("ferries must keep running")),
            "{cs:#?}"
        );
        // The firms of one side of a market, named by their kind, negotiate as one.
        let cs = claims(&format!(
            "{LEAD}The ferry operators have rejected the new timetable.\n"
        ));
        assert!(
            cs.iter().any(|c| c.cue.as_deref() == Some("rejected")
                && c.speaker_mention.as_deref() == Some("The ferry operators")),
            "{cs:#?}"
        );
    }

    #[test]
    fn trade_bodies_and_the_state_speak_by_their_kind() {
        let cs = claims(&format!(
            "{LEAD}The federation rejected the new quota for small boats. The State has \
rejected a fixed date for the review. The Regional Water Board rejected the tariff.\n"
        ));
        for mention in ["The federation", "The State"] {
            assert!(
                cs.iter().any(|c| c.cue.as_deref() == Some("rejected")
                    && c.speaker.is_none()
                    && c.speaker_mention.as_deref() == Some(mention)),
                "{mention}: {cs:#?}"
            );
        }
        // A capitalised body noun at the end of a longer name is not this rule's.
        assert!(
            cs.iter().all(
                |c| c.speaker_mention.as_deref() != Some("The Regional Water Board")
                    || c.speaker.is_some()
            ),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_group_noun_inside_a_longer_phrase_is_no_speaker() {
        // "the ferries" is the subject of "must", not of the reporting verb; and a group
        // noun after "of" is not the subject's head.
        let cs = claims(&format!(
            "{LEAD}A spokesman for a group of residents said nothing. The head of the \
council rejected the plan.\n"
        ));
        assert!(
            cs.iter()
                .all(|c| c.speaker_mention.as_deref() != Some("The head of the council")),
            "{cs:#?}"
        );
    }
}
