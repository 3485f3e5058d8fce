//! Claims, reported positions: a stance verb (`data/stance_verbs.txt`) in any form or tense
//! ("has demanded", "is insisting", "rejected", "ruled out", "refuses to") whose subject
//! names a speaker (a person, a title, a pronoun, a body, a state or its capital) reports
//! that speaker's position; the claim is what the verb takes (its object or clause), the cue
//! is the verb.
//!
//! The rules, in order for each stance verb outside quotation marks:
//! 1. [`verb_group_before`]: the auxiliaries, negators and adverbs before the verb; a passive
//!    ("was rejected"), speculation ("could accept") or a bare base form without an
//!    auxiliary ("US support") is no position.
//! 2. The subject, by the first rule that applies: `stance_subject_before_verb` (the noun
//!    phrase ending right before the verb group), `stance_subject_before_apposition` ("Hamas,
//!    which controls the strip, has rejected"), `shared_subject_after_conjunction`
//!    ("rejected the plan and demanded"), `participle_takes_clause_subject` (", insisting
//!    that"), `it_after_body_subject` ("it" after a sentence whose subject is a body),
//!    `lone_name_before_stance_verb` ("Dockwise rejected": a proper name no entity rule read).
//! 3. [`object_end`]: the object runs to the end of the clause; a verb of asking
//!    (`data/stance_request_verbs.txt`) reports a request only, whose content follows "to"
//!    or "for" ("asked the council to lower the tolls": "lower the tolls"), and asks a
//!    question otherwise (`request_states_what_is_asked`).
//! 4. `judgement_of_an_object` (see `judgements.rs`): a verb of judging with a judgement
//!    after its object ("called the plan dangerous") reports a position as a stance verb does.
//! 5. `document_states_its_terms` (see `terms.rs`): a verb of terms whose subject is a
//!    document ("the offer keeps a two-year structure") reports its author's position.
//! 6. `embedded_position_of_named_party`: a stance verb inside what a reported-speech claim
//!    reports ("Peskov said Moscow rejected the plan") is kept only when its subject is
//!    another party than the reporter.

#![allow(clippy::needless_range_loop)]

use super::*;

/// Conjunctions that may open a sentence before its subject ("But it ruled out ...").
pub(crate) const SENTENCE_CONJUNCTIONS: &[&str] = &["and", "but", "yet", "so"];

/// What a verb group before a stance verb says about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct VerbGroupInfo {
    /// First token of the verb group (the verb itself when there is none).
    pub(crate) start: usize,
    pub(crate) be: bool,
    pub(crate) auxiliary: bool,
    pub(crate) maybe: bool,
}

/// `verb_group_before`: the verb group before token `v` within sentence start `a`: the run
/// of auxiliaries, modals, negators and adverbs (`data/verb_group.txt`, at most five words)
/// that ends right before the verb.
pub(crate) fn verb_group_before(lx: &Lexicon, doc: &Doc, a: usize, v: usize) -> VerbGroupInfo {
    let mut info = VerbGroupInfo {
        start: v,
        ..VerbGroupInfo::default()
    };
    let mut g = v;
    while g > a && v - g < 5 && doc.toks[g - 1].word && !doc.toks[g - 1].cap {
        let Some(kind) = doc.verb_group(lx, g - 1) else {
            break;
        };
        match kind {
            VerbGroup::Be => info.be = true,
            VerbGroup::Have | VerbGroup::Do | VerbGroup::Will => info.auxiliary = true,
            VerbGroup::Maybe => info.maybe = true,
            VerbGroup::Not | VerbGroup::Adverb => {}
        }
        g -= 1;
    }
    info.start = g;
    info
}

/// `plural_subject_before_base_form`: a stance verb's base form ("want", "reject",
/// "demand") is a verb, not a noun, when the word before its verb group `g` (within
/// sentence start `a`) is "they" or a plural noun: a lower-case word of four letters or
/// more in -s (not -ss, -us, -is), or a capitalised one after "the" ("Ukrainian officials
/// want", "the mediators reject", "the Europeans demand"). A possessive is no subject.
pub(crate) fn plural_subject_before(lx: &Lexicon, doc: &Doc, a: usize, g: usize) -> bool {
    if g <= a || !doc.toks[g - 1].word || doc.toks[g - 1].poss || doc.in_quote[g - 1] {
        return false;
    }
    if super::frames::capitalised_plural_opens_sentence(lx, doc, a, g - 1) {
        return true;
    }
    let w = doc.t(g - 1).to_lowercase();
    if w == "they" {
        return true;
    }
    let plural = w.len() >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s"));
    plural && (!doc.toks[g - 1].cap || (g - 1 > a && doc.lower_is(g - 2, &["the"])))
}

/// `object_end`: where the object or clause a stance verb takes ends, from token `o` within
/// sentence end `b`: at a semicolon, colon, dash or bracket; at a comma that introduces a
/// quotation, a participle of saying or stance (", saying", ", calling it"), or an
/// attribution (", a spokesman said"); at "and"/"but"/"while" followed within three words
/// by another stance or reporting verb (a second position of the same subject).
pub(crate) fn object_end(ex: &Extractor, doc: &Doc, o: usize, b: usize) -> usize {
    let verb_at =
        |k: usize| k < b && !doc.in_quote[k] && !doc.toks[k].cap && doc.has(k, F_STANCE | F_CUE);
    let mut k = o;
    while k < b {
        if !doc.in_quote[k] {
            let t = doc.t(k);
            if matches!(t, ";" | ":" | "—" | "–" | "(") {
                return k;
            }
            if t == "," {
                let next = k + 1;
                if next < b
                    && (matches!(doc.t(next), "“" | "\"" | "«" | "‘")
                        || (doc.t(next).ends_with("ing") && verb_at(next))
                        || finite_stance_verb_after_comma(doc, next, b)
                        || doc.lower_is(next, &["according"])
                        || (next..(next + 6).min(b)).any(|j| ex.is_cue(doc, j) && !doc.in_quote[j]))
                {
                    return k;
                }
            }
            if doc.lower_is(k, &["and", "but", "while", "whereas"])
                && (k + 1..(k + 4).min(b)).any(verb_at)
            {
                return k;
            }
        }
        k += 1;
    }
    b
}

/// `shared_subject_after_comma`: a stance verb in a finite form ("-s", "-ed": "offers",
/// "rejected") right after a comma, outside quotation marks and lower case, opens a second
/// predicate of the same subject ("Airport rejects night ban, offers cap"; "the union
/// rejected the offer, demanded a new ballot"): the object before it ends at the comma, and
/// the verb takes the subject of the position before it in the sentence.
/// `a_question_states_no_position`: a stance verb inside an embedded question ("Asked
/// whether the government would accept a truce, …", "… did not say whether Kyiv would
/// reject it") states nobody's position: "whether", or "Asked if", stands between the
/// sentence start `a` and the verb `v` with no comma between it and the verb.
fn inside_a_question(doc: &Doc, a: usize, v: usize) -> bool {
    let Some(q) = (a..v).rev().find(|&k| {
        doc.lower_is(k, &["whether"])
            || doc.lower_is(k, &["if"]) && k > a && doc.lower_is(k - 1, &["asked"])
    }) else {
        return false;
    };
    !(q..v).any(|k| doc.is(k, ","))
}

/// The forms of the verbs of asking (`data/stance_request_verbs.txt`).
fn request_verbs() -> &'static [&'static str] {
    static L: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        crate::wordlists::entries(include_str!("../../../data/stance_request_verbs.txt"))
            .into_iter()
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// `request_states_what_is_asked`: a verb of asking (`data/stance_request_verbs.txt`)
/// reports a position only as a request: "to" or "for" within the first eight words after
/// it (from `o`, within sentence end `b`), before any comma or quotation ("asked the
/// council to raise pay", "asks for a rise"), and no question word right after the verb
/// ("asked whether", "asked about", "asked what"). A "that" clause right after the verb is
/// the request's content ("asked that every ship be plugged in",
/// `request_states_what_is_asked`). Returns where the request's content starts (after
/// "to", "for" or "that"), `None` when the verb asks a question; `Some(o)` for any other
/// stance verb.
fn request_content(doc: &Doc, v: usize, o: usize, b: usize) -> Option<usize> {
    if !request_verbs().contains(&doc.t(v).to_lowercase().as_str()) {
        return Some(o);
    }
    if o == v + 2 && doc.lower_is(v + 1, &["that"]) && o < b {
        return Some(o);
    }
    if o >= b
        || doc.lower_is(
            o,
            &[
                "whether", "if", "about", "what", "how", "why", "who", "whom", "when", "where",
                "which",
            ],
        )
    {
        return None;
    }
    (o..(o + 8).min(b))
        .take_while(|&k| !doc.in_quote[k] && !doc.is(k, ","))
        .find(|&k| doc.lower_is(k, &["to", "for"]))
        .map(|k| k + 1)
        .filter(|&k| k < b)
}

fn finite_stance_verb_after_comma(doc: &Doc, k: usize, b: usize) -> bool {
    if k >= b || doc.in_quote[k] || doc.toks[k].cap || !doc.has(k, F_STANCE) {
        return false;
    }
    let w = doc.t(k);
    (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed")
}

/// A subject and the rule that found it.
pub(crate) type Subject = ((String, String), &'static str);

impl Extractor {
    /// `reported_position_after_stance_verb`: the positions reported in the article's
    /// sentences by stance verbs (see the module documentation for the rules). `speech` are
    /// the reported-speech claims already found: their cue words are not taken again.
    pub(crate) fn reported_positions(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        article: &Article,
        speech: &[FoundClaim],
    ) -> Vec<FoundClaim> {
        let mut out = Vec::new();
        for (si, &(a, b)) in doc.sents.iter().enumerate() {
            if b < a + 4 || (doc.para_skip[doc.para_of[a]] && !headline_paragraph(doc, a)) {
                continue;
            }
            let mut prev: Option<(String, String)> = None;
            let mut covered_to = a;
            for v in a..b {
                // The cheap tests first: this runs for every word of every sentence.
                if v < covered_to
                    || doc.in_quote[v]
                    || doc.toks[v].cap
                    || !doc.toks[v].word
                    || !(doc.has(v, F_STANCE) || super::judgements::is_other_position_verb(doc, v))
                    || speech.iter().any(|f| f.cue_tok == v)
                {
                    continue;
                }
                let mut judgement = false;
                let Some(found) = self
                    .position_at(doc, ents, subjects, a, b, v, prev.as_ref())
                    .or_else(|| {
                        judgement = true;
                        self.judgement_of_an_object(doc, ents, subjects, a, b, v, prev.as_ref())
                            .or_else(|| {
                                self.restated_position(doc, ents, subjects, a, b, v, prev.as_ref())
                            })
                            .or_else(|| self.document_terms(doc, ents, a, b, v, &out))
                            .map(|(o, e, s)| (o, e, s, false))
                    })
                else {
                    continue;
                };
                let (claim_start, claim_end, (speaker, rule), objectless) = found;
                // A position inside what someone else's reported speech reports.
                let mut rules = vec!["reported_position_after_stance_verb", rule];
                if judgement && super::terms::is_terms_verb(doc, v) && !doc.has(v, F_STANCE) {
                    rules[0] = "document_states_its_terms";
                } else if judgement {
                    rules[0] = if super::judgements::is_restating_verb(doc, v) {
                        "restated_position"
                    } else {
                        "judgement_of_an_object"
                    };
                }
                if objectless {
                    rules.push("objectless_stance_verb_refers_back");
                }
                if let Some(outer) = speech.iter().find(|f| {
                    f.sent == si
                        && f.claim.start <= doc.toks[v].start
                        && doc.toks[v].end <= f.claim.end
                }) {
                    // `embedded_position_of_unnamed_subject`: "she said members would
                    // reject the offer": a subject that names nobody (an unnamed group or
                    // role) is part of what the outer speaker reports, not a speaker.
                    if outer.claim.speaker.as_deref() == Some(speaker.0.as_str())
                        || speaker.0.is_empty()
                    {
                        continue;
                    }
                    rules.push("embedded_position_of_named_party");
                }
                let (s, e) = (
                    doc.toks[claim_start].start,
                    super::claim_end(doc, claim_start, claim_end - 1),
                );
                prev = Some(speaker.clone());
                covered_to = claim_end;
                out.push(FoundClaim {
                    claim: Claim {
                        article: article.id.clone(),
                        start: s,
                        end: e,
                        text: doc.text[s..e].to_string(),
                        speaker: Some(speaker.0).filter(|n| !n.is_empty()),
                        speaker_mention: Some(speaker.1),
                        cue: Some(doc.t(v).to_string()),
                        date: None,
                    },
                    rules,
                    cue_tok: v,
                    sent: si,
                });
            }
        }
        out
    }

    /// The position a stance verb at `v` (in sentence `a..b`) reports: the object's token
    /// range and the subject, or `None` when the verb reports no position of a speaker.
    #[allow(clippy::too_many_arguments)]
    fn position_at(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        b: usize,
        v: usize,
        prev: Option<&(String, String)>,
    ) -> Option<(usize, usize, Subject, bool)> {
        let form = doc.t(v).to_lowercase();
        // "a demand", "its offer", "Russia's demands": a noun.
        if v > a
            && (doc.toks[v - 1].poss
                || doc.lower_is(
                    v - 1,
                    &[
                        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
                        "their", "our", "my", "your", "any", "no", "such",
                    ],
                ))
        {
            return None;
        }
        if inside_a_question(doc, a, v) {
            return None;
        }
        let mut o = v + 1;
        if let Some((particles, required)) = self.lx.stance_particles.get(form.as_str()) {
            if o < b && particles.iter().any(|p| doc.lower_is(o, &[p.as_str()])) {
                o += 1;
            } else if *required {
                return None;
            }
        }
        if o == v + 1 && super::frames::phrasal_particle_makes_another_verb(doc, o, b) {
            return None;
        }
        let group = verb_group_before(&self.lx, doc, a, v);
        let participle = form.ends_with("ing");
        // `stance_adjective_after_be`: "is ready to", "is opposed to", "is against".
        let adjective = group.be && self.lx.stance_adjectives.contains(form.as_str());
        if adjective {
            if group.maybe {
                return None;
            }
        } else if !self.lx.stance_verbs.contains(form.as_str())
            || group.maybe
            || (group.be && !participle)
            || (self.lx.stance_bases.contains(form.as_str())
                && !group.auxiliary
                && !plural_subject_before(&self.lx, doc, a, group.start)
                && !super::frames::plural_subject_before_apposition(&self.lx, doc, a, group.start))
            || doc.lower_is(o, &["by"])
        {
            return None;
        }
        // "offered instead a scheme", "rejected again the plan": an adverb of the verb group
        // after the verb is not the object.
        while o + 1 < b && doc.verb_group(&self.lx, o) == Some(VerbGroup::Adverb) {
            o += 1;
        }
        if o < b && doc.lower_is(o, &["that"]) {
            o += 1;
        }
        let asked = request_content(doc, v, o, b)?;
        let requested = asked != o;
        o = asked;
        let e = object_end(self, doc, o, b);
        let mut e2 = e;
        while e2 > o && !doc.toks[e2 - 1].word {
            e2 -= 1;
        }
        // "what the union wants would force …": the verb ends a relative clause.
        if !requested && o < b && doc.verb_group(&self.lx, o).is_some() {
            return None;
        }
        let words = (o..e2).filter(|&k| doc.toks[k].word).count();
        // `objectless_stance_verb_refers_back` (see [`super::frames::objectless_stance_verb`]):
        // the verb and its particle are the claim.
        let objectless = words == 0
            && !adjective
            && !participle
            && super::frames::objectless_stance_verb(doc, o, b);
        if !objectless && (words == 0 || (words == 1 && !doc.toks[o].cap)) {
            return None;
        }
        let subject =
            self.stance_subject(doc, ents, subjects, a, group.start, v, participle, prev)?;
        if objectless {
            return Some((v, o, (subject.0, subject.1), true));
        }
        Some((o, e2, subject, false))
    }

    /// The subject of the stance verb at `v`, whose verb group starts at `g`, by the first
    /// subject rule that applies (see the module documentation).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn stance_subject(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        g: usize,
        v: usize,
        participle: bool,
        prev: Option<&(String, String)>,
    ) -> Option<Subject> {
        let g = super::frames::skip_intensifying_reflexive(doc, a, g);
        if g == a {
            return None;
        }
        let before = g - 1;
        if let Some(comma) = super::frames::relative_pronoun_subject(doc, a, before) {
            return self
                .subject_ending_at(doc, ents, subjects, a, comma)
                .or_else(|| self.state_before_relative(doc, ents, a, comma))
                .map(|s| (s, "relative_pronoun_takes_its_antecedent"));
        }
        if doc.is(before, ",") {
            // `shared_subject_after_comma` (see [`finite_stance_verb_after_comma`]).
            if let Some(p) = prev
                .filter(|_| !participle && g == v && finite_stance_verb_after_comma(doc, v, v + 1))
            {
                return Some((p.clone(), "shared_subject_after_comma"));
            }
            if participle && g == v {
                return self
                    .clause_subject(doc, ents, subjects, a, before)
                    .map(|s| (s, "participle_takes_clause_subject"));
            }
            // "Hamas, which controls the strip, has rejected": the noun phrase before the
            // comma that opens the apposition.
            let open = (a..before).rev().take(25).find(|&k| doc.is(k, ","))?;
            if let Some(author) = super::terms::author_in_apposition(doc, ents, open, before)
                .filter(|_| self.document_phrase_ends_at(doc, a, open))
            {
                let mention = doc
                    .span(self.phrase_before(doc, a, open - 1), open)
                    .to_string();
                return Some(((author, mention), "document_author_in_apposition"));
            }
            let named = self.subject_ending_at(doc, ents, subjects, a, open);
            if named.as_ref().is_none_or(|(name, _)| name.is_empty()) {
                if let Some(s) = self.name_in_commas_after_role(doc, ents, subjects, open, before) {
                    return Some((s, "name_in_commas_after_role"));
                }
            }
            return named
                .map(|s| (s, "stance_subject_before_apposition"))
                .or_else(|| {
                    // "Kyiv's negotiators, according to the official, want ...": an
                    // unnamed official before the apposition.
                    let k = self.phrase_before(doc, a, open);
                    self.unnamed_official(doc, ents, k, open)
                        .map(|s| (s, "stance_subject_before_apposition"))
                })
                .or_else(|| {
                    self.body_apposition(doc, ents, open + 1, before)
                        .map(|s| (s, "apposition_names_the_body"))
                })
                .or_else(|| {
                    super::lone_names::lone_name_before(&self.lx, doc, a, open)
                        .map(|w| ((w.clone(), w), "lone_name_before_stance_verb"))
                });
        }
        if doc.lower_is(before, &["and", "but"]) {
            if let Some(p) = prev {
                return Some((p.clone(), "shared_subject_after_conjunction"));
            }
            // "X said the talks had failed, but rejected …": the clause's subject; with no
            // comma ("EU extends sanctions and vows ..."), the sentence's.
            let comma = (a..before)
                .rev()
                .find(|&k| doc.is(k, ","))
                .unwrap_or(before);
            return self
                .clause_subject(doc, ents, subjects, a, comma)
                .map(|s| (s, "shared_subject_after_conjunction"));
        }
        let it_opens = before == a
            || !doc.toks[before - 1].word
            || (before == a + 1 && doc.lower_is(a, SENTENCE_CONJUNCTIONS));
        if doc.lower_is(before, &["it"]) && it_opens {
            return self
                .body_subject_before(doc, ents, a, before)
                .map(|s| (s, "it_after_body_subject"));
        }
        let t = time_phrase_before(doc, a, g);
        if t < g {
            if let Some(s) = self.subject_ending_at(doc, ents, subjects, a, t) {
                return Some((s, "time_phrase_before_verb"));
            }
        }
        self.subject_ending_at(doc, ents, subjects, a, g)
            .map(|s| (s, "stance_subject_before_verb"))
            .or_else(|| {
                let k = self.phrase_before(doc, a, t);
                self.unnamed_official(doc, ents, k, t)
                    .map(|s| (s, "unnamed_official_speaks_for_its_side"))
            })
            .or_else(|| {
                super::subjects::headline_plural_subject(&self.lx, doc, a, t).then(|| {
                    (
                        (String::new(), doc.span(a, t).to_string()),
                        "headline_plural_subject",
                    )
                })
            })
            .or_else(|| {
                super::lone_names::lone_name_before(&self.lx, doc, a, t)
                    .map(|w| ((w.clone(), w), "lone_name_before_stance_verb"))
            })
            .or_else(|| {
                super::lone_names::acronym_after_the(&self.lx, doc, a, t).map(|w| {
                    (
                        (w.clone(), format!("The {w}")),
                        "acronym_after_the_before_stance_verb",
                    )
                })
            })
    }

    /// `name_in_commas_after_role`: "The health minister, NAME, rejected …": when the subject
    /// before the commas `open`..`close` names nobody (a title or a role), a person's name
    /// that fills the commas is the subject.
    fn name_in_commas_after_role(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        open: usize,
        close: usize,
    ) -> Option<(String, String)> {
        let m = ents
            .within(open + 1, close)
            .find(|m| m.t0 == open + 1 && m.t1 == close && matches!(m.kind, MKind::Person(_)))?;
        self.speaker_in(doc, ents, subjects, m.t0, m.t1, close)
    }

    /// `stance_subject_before_verb`: the speaker named by a mention that ends right before
    /// token `g` (a person, title, pronoun, body or state; a capital is its state), or by
    /// "the ministry"/"the company"-like nouns there; a singular nationality adjective
    /// ("Ukrainian demands") is a modifier, not a subject.
    fn subject_ending_at(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        g: usize,
    ) -> Option<(String, String)> {
        let lo = a.max(g.saturating_sub(12));
        let m = ents
            .within(lo, g)
            .filter(|m| m.t1 == g && !doc.in_quote[m.t0] && !doc.toks[m.t1 - 1].poss)
            .min_by_key(|m| m.t0)
            .copied();
        if let Some(m) = m {
            let last = doc.t(m.t1 - 1);
            if m.t1 - m.t0 == 1
                && matches!(self.lx.forms.get(last), Some(Known::Demonym(_)))
                && !last.ends_with('s')
            {
                return None;
            }
            return self
                .speaker_in(doc, ents, subjects, m.t0, m.t1, g)
                .or_else(|| self.pronoun_for_unnamed_title(doc, subjects, m.t0, m.t1));
        }
        let d = (lo..g).rev().find(|&k| doc.lower_is(k, &["the"]))?;
        self.body_noun(doc, ents, d, g, g)
            .or_else(|| self.definite_head_names_body(doc, ents, d, g, g))
    }

    /// `participle_takes_clause_subject`: ", insisting that ...": the subject of the clause
    /// the participle hangs on, the first person, body or state named outside quotation
    /// marks from the start of that clause (after the last ", but"/", and"/";" before the
    /// comma, else the sentence start; not a possessor, not a place after a preposition).
    pub(crate) fn clause_subject(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        comma: usize,
    ) -> Option<(String, String)> {
        let a = (a + 1..comma)
            .rev()
            .find(|&k| {
                doc.is(k, ";")
                    || (doc.is(k - 1, ",")
                        && doc.lower_is(k, &["but", "and", "while", "whereas", "yet"]))
            })
            .map_or(a, |k| k + 1);
        let m = ents
            .within(a, comma)
            .find(|m| {
                !doc.in_quote[m.t0]
                    && !doc.toks[m.t1 - 1].poss
                    && !modifier_before_role(doc, self, m.t1)
                    && (!matches!(m.kind, MKind::Country(_)) || !self.locative(doc, m.t0))
            })
            .copied()?;
        self.speaker_in(doc, ents, subjects, m.t0, m.t1, comma)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{claim_with_cue as claim, claims_of_test_text as claims, TEST_LEAD as LEAD};
    use crate::records::Claim;

    #[test]
    fn a_second_stance_verb_after_a_comma_shares_the_subject() {
        let cs = claims(&format!(
            "{LEAD}Minister Ilse Varga rejected the toll on the bridge, offered a ferry \
pass instead.\n"
        ));
        let r = claim(&cs, "rejected");
        assert_eq!(r.text, "the toll on the bridge");
        let o = claim(&cs, "offered");
        assert_eq!(o.speaker.as_deref(), Some("Ilse Varga"));
        assert_eq!(o.text, "a ferry pass instead");
    }

    #[test]
    fn a_participle_after_a_comma_is_not_a_second_predicate() {
        let cs = claims(&format!(
            "{LEAD}Minister Ilse Varga rejected the toll, calling it a tax on the poor.\n"
        ));
        assert!(cs
            .iter()
            .all(|c| c.cue.as_deref() != Some("calling")
                || c.speaker.as_deref() == Some("Ilse Varga")));
        assert_eq!(claim(&cs, "rejected").text, "the toll");
    }

    #[test]
    fn every_tense_of_a_stance_verb_reports_a_position() {
        let text = format!(
            "{LEAD}Minister Ilse Varga has demanded the withdrawal of all heavy weapons from \
the valley. Negotiator Tomas Rinne is insisting on a written guarantee. Varga rejected the \
draft map on Tuesday. Rinne ruled out any truce before the spring. Varga offered to reopen \
the northern crossing. Rinne refuses to discuss the dam.\n"
        );
        let cs = claims(&text);
        let c = claim(&cs, "demanded");
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        assert_eq!(
            c.text,
            "the withdrawal of all heavy weapons from the valley"
        );
        let c = claim(&cs, "insisting");
        assert_eq!(c.speaker.as_deref(), Some("Tomas Rinne"));
        assert_eq!(c.text, "a written guarantee");
        assert_eq!(
            claim(&cs, "rejected").text,
            "the draft map on Tuesday",
            "{cs:#?}"
        );
        let c = claim(&cs, "ruled");
        assert_eq!(c.text, "any truce before the spring");
        assert_eq!(c.speaker.as_deref(), Some("Tomas Rinne"));
        assert_eq!(
            claim(&cs, "offered").text,
            "to reopen the northern crossing"
        );
        assert_eq!(claim(&cs, "refuses").text, "to discuss the dam");
    }

    #[test]
    fn a_request_states_what_is_asked() {
        let text = format!(
            "{LEAD}Minister Ilse Varga on Monday asked the river board to lower the tolls on \
the bridge. Negotiator Tomas Rinne has asked for a written guarantee of free passage. \
Varga also asked whether the ferry would keep running. Rinne asked about the dam.\n"
        );
        let cs = claims(&text);
        let asked: Vec<&Claim> = cs
            .iter()
            .filter(|c| c.cue.as_deref() == Some("asked"))
            .collect();
        let by = |who: &str| {
            asked
                .iter()
                .find(|c| c.speaker.as_deref() == Some(who))
                .unwrap_or_else(|| panic!("no request by {who} in {cs:#?}"))
        };
        assert_eq!(by("Ilse Varga").text, "lower the tolls on the bridge");
        assert_eq!(
            by("Tomas Rinne").text,
            "a written guarantee of free passage"
        );
        // A question asks; it requests nothing.
        assert!(
            asked
                .iter()
                .all(|c| !c.text.contains("ferry") && !c.text.contains("dam")),
            "{asked:#?}"
        );
        // A "that" clause is what is asked.
        let cs = claims(&format!(
            "{LEAD}Minister Ilse Varga asked that every ferry be fitted with a second engine.\n"
        ));
        assert_eq!(
            claim(&cs, "asked").text,
            "every ferry be fitted with a second engine"
        );
    }

    #[test]
    fn states_capitals_and_bodies_report_positions() {
        let text = format!(
            "{LEAD}Moscow has called for a freeze along the current line. The Kremlin \
threatened new tariffs on grain from the south. NATO welcomed the proposal for joint \
patrols. Hamas proposed a prisoner exchange in three stages.\n"
        );
        let cs = claims(&text);
        assert_eq!(claim(&cs, "called").speaker.as_deref(), Some("Russia"));
        assert_eq!(claim(&cs, "called").text, "a freeze along the current line");
        assert_eq!(claim(&cs, "threatened").speaker.as_deref(), Some("Kremlin"));
        assert_eq!(claim(&cs, "welcomed").speaker.as_deref(), Some("NATO"));
        assert_eq!(claim(&cs, "proposed").speaker.as_deref(), Some("Hamas"));
    }

    #[test]
    fn an_adjective_of_readiness_or_opposition_after_be_states_a_position() {
        let text = format!(
            "{LEAD}Minister Ilse Varga is ready to reopen the northern crossing. Hamas \
remains opposed to the clause. The union is firmly against the new rota. The bridge is open \
to traffic again.\n"
        );
        let cs = claims(&text);
        let c = claim(&cs, "ready");
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        assert_eq!(c.text, "to reopen the northern crossing");
        let c = claim(&cs, "opposed");
        assert_eq!(c.speaker.as_deref(), Some("Hamas"));
        assert_eq!(c.text, "to the clause");
        // Without "be", "opposed" is the verb.
        let cs2 = claims(&format!("{LEAD}Hamas opposed the clause on Monday.\n"));
        assert_eq!(claim(&cs2, "opposed").text, "the clause on Monday");
        // A bridge names no speaker.
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("open")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_question_states_no_position() {
        let ev = crate::extract::test_extract(
            "Asked whether the government would accept a truce, Ana Berg said nothing. The \
             ministry did not say whether Norland would reject the plan.\n",
        );
        assert!(
            ev.claims
                .iter()
                .all(|c| c.text != "a truce" && c.text != "the plan"),
            "{:#?}",
            ev.claims
        );
    }

    #[test]
    fn nouns_passives_and_speculation_are_not_positions() {
        let text = format!(
            "{LEAD}The demand for a buffer zone came from Moscow. The draft was rejected by \
the assembly on Friday. Analysts think Ankara could accept a smaller zone. Russia's demands \
remain unchanged. Turkish support for the plan has grown. Moscow called the talks useful.\n"
        );
        let cs = claims(&text);
        assert!(cs.is_empty(), "{cs:#?}");
    }

    #[test]
    fn a_name_in_commas_after_a_role_is_the_subject() {
        let cs = claims(&format!(
            "{LEAD}The fisheries minister, Aino Virtanen, rejected the quota on Monday.\n"
        ));
        let c = claim(&cs, "rejected");
        assert_eq!(c.speaker.as_deref(), Some("Aino Virtanen"));
        assert_eq!(c.text, "the quota on Monday");
    }

    #[test]
    fn a_subject_across_an_apposition_and_a_conjunction() {
        let text = format!(
            "{LEAD}Hamas, which runs the southern districts, has rejected the disarmament \
clause and demanded guarantees for its officials. The ministry of the interior in Ankara \
issued a statement on Sunday, insisting that the crossings stay closed.\n"
        );
        let cs = claims(&text);
        let c = claim(&cs, "rejected");
        assert_eq!(c.speaker.as_deref(), Some("Hamas"));
        assert_eq!(c.text, "the disarmament clause");
        let c = claim(&cs, "demanded");
        assert_eq!(c.speaker.as_deref(), Some("Hamas"));
        assert_eq!(c.text, "guarantees for its officials");
    }

    #[test]
    fn a_participle_takes_the_subject_of_its_own_clause() {
        let text = format!(
            "{LEAD}Brussels drafted a compromise in May, but Ankara walked out before the \
vote, accusing Brussels of bias against its fishermen. The ratios the union wants would \
close two ferry lines.\n"
        );
        let cs = claims(&text);
        let c = claim(&cs, "accusing");
        assert_eq!(c.speaker.as_deref(), Some("Turkey"));
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("wants")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_base_form_after_a_plural_subject_is_a_verb() {
        let text = format!(
            "{LEAD}Latvian officials reject the new toll on the bridge. The toll demand was \
dropped in May.\n"
        );
        let cs = claims(&text);
        let c = claim(&cs, "reject");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert_eq!(c.text, "the new toll on the bridge");
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("demand")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_position_inside_reported_speech_is_kept_for_another_party_only() {
        let text = format!(
            "{LEAD}Spokesman Arvo Lind said Moscow rejected the draft map outright. Arvo Lind \
said he rejected the plan for a buffer zone. Arvo Lind said members would reject the new \
map.\n"
        );
        let cs = claims(&text);
        let rej: Vec<&Claim> = cs
            .iter()
            .filter(|c| c.cue.as_deref() == Some("rejected"))
            .collect();
        assert_eq!(rej.len(), 1, "{cs:#?}");
        assert_eq!(rej[0].speaker.as_deref(), Some("Russia"));
        assert_eq!(rej[0].text, "the draft map outright");
        // An unnamed group inside the reported clause is no speaker of its own.
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("reject")),
            "{cs:#?}"
        );
    }

    #[test]
    fn the_object_ends_before_a_participle_a_quotation_or_an_attribution() {
        let text = format!(
            "{LEAD}Minister Ilse Varga rejected the plan, calling it a trap for the valley. \
Negotiator Tomas Rinne demanded a new map, a spokesman said.\n"
        );
        let cs = claims(&text);
        assert_eq!(claim(&cs, "rejected").text, "the plan");
        assert_eq!(claim(&cs, "demanded").text, "a new map");
    }
}
