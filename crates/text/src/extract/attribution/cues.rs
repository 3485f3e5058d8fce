//! Attribution: the reporting cue next to a quote and the speaker it names.

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn attribution(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        q: &QSpan,
        open_t: usize,
        qt1: usize,
        after_t: usize,
    ) -> Attribution {
        let n = doc.toks.len();
        let mut att = Attribution::default();
        if let Some((name, label)) = self.transcript_label(doc, ents, q, open_t) {
            att.speaker = Some(name);
            att.mention = Some(label);
            att.explicit = true;
            return att;
        }
        let mut after_cue: Option<String> = None;
        let text_q = doc.text[q.start..q.end].trim_end();
        // After the quotation: “...,” X said / “...,” said X.
        // British style puts the full stop outside the marks ('... famine'. She said ...):
        // the sentence ends there just as with a full stop inside.
        let stop_after = doc.text[q.after.min(doc.text.len())..].starts_with('.');
        let ends_open = !(text_q.ends_with('.') || stop_after)
            || q.after < doc.text.len() && doc.text[q.after..].starts_with(',');
        if q.closed && after_t < n && doc.para_of[after_t] == q.para {
            let mut k = after_t;
            let s_end = {
                let mut e = k;
                while e < n
                    && e < k + 30
                    && doc.para_of[e] == q.para
                    && !matches!(doc.t(e), "." | "?" | "!" | "“" | "\"" | "«")
                {
                    e += 1;
                }
                e
            };
            while k < s_end && !doc.toks[k].word {
                k += 1;
            }
            if after_quote_continues_the_sentence(doc, k) {
                k = s_end;
            }
            let cue = (k..s_end.min(k + 8))
                .find(|&c| self.is_cue(doc, c))
                .or_else(|| {
                    // “...,” Kim Ji-ho, deputy director of the planning office, told ...: the
                    // cue follows an apposition closed by a comma.
                    let m = ents
                        .within(k, s_end)
                        .find(|m| m.t0 == k && matches!(m.kind, MKind::Person(_)))?;
                    if !doc.is(m.t1, ",") {
                        return None;
                    }
                    let close = (m.t1 + 1..s_end).find(|&e| doc.is(e, ","))?;
                    Some(close + 1).filter(|&c| c < s_end && self.is_cue(doc, c))
                })
                .or_else(|| role_then_name_before_cue(self, doc, ents, k, s_end));
            if let Some(c) = cue {
                // ".” He indicated that ..." starts a new sentence unless it is just "X said."
                let sentence_start_after = !ends_open && doc.toks[k].cap && {
                    let mut e = c + 1;
                    while e < n && e < c + 3 && doc.toks[e].word && doc.para_of[e] == q.para {
                        e += 1;
                    }
                    !(e >= n || doc.para_of[e] != q.para || matches!(doc.t(e), "." | "!" | "?"))
                };
                if !sentence_start_after {
                    let according =
                        c == k && doc.lower_is(c, &["according"]) && doc.lower_is(c + 1, &["to"]);
                    let found = if c > k {
                        let r = self.speaker_in(doc, ents, subjects, k, c, open_t);
                        let it = r
                            .is_none()
                            .then(|| it_speaks_for_previous_body(self, doc, ents, k, c))
                            .flatten();
                        if it.is_some() {
                            att.rules.push("it_speaks_for_previous_body");
                        }
                        r.or(it)
                    } else if according {
                        // `according_to_names_speaker`: “...,” according to X: the source
                        // named after "according to", up to the next comma.
                        let mut e = c + 2;
                        while e < s_end && doc.t(e) != "," {
                            e += 1;
                        }
                        let r = self
                            .speaker_in(doc, ents, subjects, c + 2, e, open_t)
                            .or_else(|| {
                                let (a, b) = name_apposed_to_role(doc, e, s_end)?;
                                self.speaker_in(doc, ents, subjects, a, b, open_t)
                            })
                            .or_else(|| self.body_noun(doc, ents, c + 2, e, open_t));
                        if r.is_some() {
                            att.rules.push("according_to_names_speaker");
                        }
                        r
                    } else if c + 1 < n
                        && doc.lower_is(c + 1, &["that", "to", "in", "on", "at", "the"])
                    {
                        // "expressing that ..." names nobody; "said the union's general
                        // secretary, NAME" names NAME.
                        let mut e = c + 1;
                        while e < s_end && doc.t(e) != "," {
                            e += 1;
                        }
                        let named = doc
                            .lower_is(c + 1, &["the"])
                            .then(|| role_then_name_after_cue(self, doc, ents, c + 1, e, s_end))
                            .flatten()
                            .and_then(|m| self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t));
                        if named.is_some() {
                            att.rules.push("role_then_name_after_cue");
                        }
                        // `inverted_cue_takes_title`: "“...”, declared the minister at the
                        // end of the meeting": a title or body right after "the".
                        named.or_else(|| {
                            if !doc.lower_is(c + 1, &["the"]) {
                                return None;
                            }
                            let m = ents.within(c + 1, e).find(|m| {
                                m.t0 <= c + 2 && matches!(m.kind, MKind::Title | MKind::Org(_))
                            })?;
                            self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t)
                        })
                    } else {
                        // "said X", up to the next comma.
                        let mut e = c + 1;
                        while e < s_end && doc.t(e) != "," {
                            e += 1;
                        }
                        let named = role_then_name_after_cue(self, doc, ents, c + 1, e, s_end)
                            .and_then(|m| self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t));
                        if named.is_some() {
                            att.rules.push("role_then_name_after_cue");
                        }
                        named
                            .or_else(|| self.speaker_in(doc, ents, subjects, c + 1, e, open_t))
                            .or_else(|| self.body_noun(doc, ents, c + 1, e, open_t))
                            .or_else(|| {
                                // "said its executive vice president, Robert Guenther.": the
                                // name after the role.
                                if e >= s_end || !doc.is(e, ",") {
                                    return None;
                                }
                                let m = ents.within(e + 1, s_end.min(e + 6)).find(|m| {
                                    m.t0 == e + 1 && matches!(m.kind, MKind::Person(_))
                                })?;
                                self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t)
                            })
                    };
                    let found = if c > k {
                        found
                            .or_else(|| self.body_noun(doc, ents, k, c, open_t))
                            .or_else(|| self.document_issuer(doc, ents, k, c))
                    } else {
                        found
                    };
                    after_cue = Some(doc.t(c).to_string());
                    // "..., he says" with no "he" in sight, "..., the official said" with no
                    // such official named: do not guess someone else.
                    let (na, nb) = if c > k {
                        (k, c)
                    } else {
                        let mut e = c + 1;
                        while e < s_end && doc.t(e) != "," {
                            e += 1;
                        }
                        (c + 1, e)
                    };
                    let unknown_title = ents.within(na, nb).any(|m| matches!(m.kind, MKind::Title));
                    // "said one Arab diplomat": someone the writer does not name.
                    let indefinite = c == k
                        && doc.lower_is(
                            c + 1,
                            &[
                                "a", "an", "one", "another", "two", "three", "several", "some",
                            ],
                        );
                    if found.is_none()
                        && (unknown_title
                            || indefinite
                            || unresolved_body_noun(doc, na, nb)
                            || super::documents::document_phrase(doc, na, nb).is_some()
                            || (na..nb).any(|j| {
                                doc.toks[j].word
                                    && (doc.lower_is(j, &["he", "she"])
                                        || (c > k && doc.toks[j].cap))
                            }))
                    {
                        att.blocked = true;
                        self.mention_unnamed_title(doc, subjects, na, nb, &mut att);
                    }
                    if let Some((name, m)) = found {
                        att.cue = after_cue;
                        att.has_cue = true;
                        att.speaker = Some(name);
                        att.mention = Some(m);
                        att.explicit = true;
                        if c > k && (k..c).any(|j| doc.lower_is(j, modals())) {
                            att.hypothetical = true;
                        }
                        return att;
                    }
                }
            }
        }
        // Before the quotation, in the same sentence: X said that “...”, X warned, “...”.
        let s = doc.sent_of[open_t.min(n - 1)];
        let (sa, _) = doc.sents[s];
        let lo = sa.max(open_t.saturating_sub(40));
        let is_cue_at =
            |c: usize| !doc.in_quote[c] && (self.is_cue(doc, c) || doc.lower_is(c, &["according"]));
        let modal_before = |c: usize| (c.saturating_sub(3)..c).any(|j| doc.lower_is(j, modals()));
        let mut cue = (lo..open_t).rev().find(|&c| is_cue_at(c));
        // "A spokesperson said it would not respond to 'noise ...'": a modal cue inside what
        // an earlier cue reports is that speaker's words, not imagined speech.
        if let Some(c) = cue {
            if c >= 2 && modal_before(c) {
                if let Some(c2) = (lo..c).rev().find(|&c2| is_cue_at(c2) && !modal_before(c2)) {
                    cue = Some(c2);
                }
            }
        }
        if let Some(c) = cue {
            att.cue = Some(doc.t(c).to_string());
            att.has_cue = true;
            if c >= 2 && (c.saturating_sub(3)..c).any(|j| doc.lower_is(j, modals())) {
                att.hypothetical = true;
                return att;
            }
            let mut found = None;
            if doc.lower_is(c, &["according"]) {
                let mut e = c + 2;
                while e < open_t && doc.t(e) != "," {
                    e += 1;
                }
                found = self
                    .speaker_in(doc, ents, subjects, c + 1, e, open_t)
                    .or_else(|| {
                        let (a, b) = name_apposed_to_role(doc, e, open_t)?;
                        self.speaker_in(doc, ents, subjects, a, b, open_t)
                    });
                if found.is_some() {
                    att.rules.push("according_to_names_speaker");
                }
            } else {
                // The noun phrase right before the cue, back to a comma or clause start.
                let mut b = c;
                let back = |mut b: usize| {
                    while b > sa
                        && !matches!(doc.t(b - 1), "," | ";" | ":" | "”" | "\"" | "(" | "—")
                        && doc.t(b - 1) != "that"
                        && c - b < 10
                    {
                        b -= 1;
                    }
                    b
                };
                b = back(b);
                // `phrase_keeps_whole_names`: initials in brackets after a name ("the Port
                // Authority (PA) said") and a comma inside a name ("the Ministry of Trade,
                // Industry and Energy said") do not end the phrase.
                if b > sa + 1 && doc.is(b - 1, "(") && c >= b + 2 && doc.is(c - 1, ")") {
                    b = back(b - 1);
                }
                while let Some(m) = ents.within(sa, c).find(|m| m.t0 < b && b < m.t1) {
                    b = m.t0;
                }
                if b == c {
                    if let Some(p) = aside_holding_name_before_cue(doc, sa, c) {
                        found = self.speaker_in(doc, ents, subjects, sa, p, open_t);
                        if found.is_some() {
                            att.rules.push("aside_holding_name_before_cue");
                        }
                    } else {
                        found = name_in_commas_before_cue(doc, ents, sa, c);
                        if found.is_some() {
                            att.rules.push("name_in_commas_before_cue");
                        }
                    }
                }
                if b < c {
                    found = self
                        .speaker_in(doc, ents, subjects, b, c, open_t)
                        .or_else(|| self.body_noun(doc, ents, b, c, open_t))
                        .or_else(|| self.document_issuer(doc, ents, b, c));
                    if found.is_none() {
                        found = organ_in_its_capital(&self.lx, doc, ents, b, c);
                        if found.is_some() {
                            att.rules.push("organ_in_its_capital");
                        }
                    }
                    if found.is_none() {
                        found = its_organ_speaks_for_previous_body(self, doc, ents, b, c);
                        if found.is_some() {
                            att.rules.push("its_organ_speaks_for_previous_body");
                        }
                    }
                    if found.is_none() {
                        found = it_speaks_for_previous_body(self, doc, ents, b, c);
                        if found.is_some() {
                            att.rules.push("it_speaks_for_previous_body");
                        }
                    }
                    if found.is_none() {
                        found = parenthetical_before_cue(doc, sa, b, c).and_then(|(pb, pc)| {
                            self.speaker_in(doc, ents, subjects, pb, pc, open_t)
                                .or_else(|| self.body_noun(doc, ents, pb, pc, open_t))
                        });
                        if found.is_some() {
                            att.rules.push("parenthetical_before_cue");
                        }
                    }
                }
                // `quoted_as_saying`: "KCNA quoted a senior official, NAME, as saying ...":
                // the one quoted speaks, not the outlet quoting.
                if found.is_none() && c >= 2 && doc.lower_is(c - 1, &["as"]) {
                    let lo = sa.max(c.saturating_sub(24));
                    if let Some(qv) = (lo..c - 1)
                        .rev()
                        .find(|&k| doc.lower_is(k, &["quoted", "quotes", "cited", "cites"]))
                    {
                        found = self.speaker_in(doc, ents, subjects, qv + 1, c - 1, open_t);
                        if found.is_some() {
                            att.rules.push("quoted_as_saying");
                        }
                    }
                }
                // Only a subjectless cue ("..., stating that", "while acknowledging") takes the
                // sentence's subject; "Observers described ..." names nobody we know.
                let np_open = doc.t(c).ends_with("ing")
                    || (b..c).all(|k| {
                        doc.lower_is(
                            k,
                            &[
                                "while",
                                "also",
                                "then",
                                "and",
                                "further",
                                "later",
                                "again",
                                "but",
                                "as",
                                "had",
                                "has",
                                "have",
                                "was",
                                "is",
                                "once",
                                "even",
                                "publicly",
                                "repeatedly",
                                "previously",
                            ],
                        )
                    });
                let coordinated = coordinated_cue(doc, b, c);
                let np_open = np_open || coordinated;
                if found.is_none() && np_open {
                    // "..., stating that ...": the subject of the sentence.
                    let ms = ents
                        .within(sa.max(c.saturating_sub(60)), c)
                        .filter(|m| !doc.in_quote[m.t0]);
                    for m in ms {
                        if matches!(m.kind, MKind::Title) && title_before_name(doc, ents, m) {
                            continue;
                        }
                        // "TABE: One of the movements ... published a communiqué saying":
                        // the transcript's label is not the sentence's subject.
                        if super::subject::is_speaker_label(doc, m) {
                            continue;
                        }
                        if matches!(m.kind, MKind::Person(_) | MKind::Title | MKind::Pronoun)
                            && !doc.toks[m.t1 - 1].poss
                        {
                            found = self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t);
                            if found.is_some() {
                                if coordinated {
                                    att.rules.push("coordinated_cue_takes_clause_subject");
                                }
                                break;
                            }
                        }
                    }
                }
                if found.is_none() && np_open {
                    // "The Chinese delegation has issued a statement saying ...", "Calloway,
                    // which owns 11 percent, said ...": a body opening the sentence.
                    // A body's name may run past those first words ("The Ferry Guild of
                    // the Western Isles, a union ..., said").
                    found = ents
                        .within(sa, c)
                        .take_while(|m| m.t0 < sa + 4)
                        .find(|m| {
                            !doc.in_quote[m.t0]
                                && matches!(m.kind, MKind::Org(_) | MKind::Country(_))
                                && (!doc.toks[m.t1 - 1].poss || organ_after_possessor(doc, m.t1))
                                && !modifier_before_role(doc, self, m.t1)
                        })
                        .and_then(|m| {
                            let r = self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t);
                            if r.is_some() && doc.toks[m.t1 - 1].poss {
                                att.rules.push("organ_after_possessor");
                            }
                            r
                        });
                }
                if found.is_none() && np_open {
                    // "One of the movements, the X Council, published a communiqué saying …".
                    found = body_in_opening_apposition(doc, ents, sa, c)
                        .and_then(|m| self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t));
                    if found.is_some() {
                        att.rules.push("body_in_opening_apposition");
                    }
                }
                if found.is_none() && np_open && c > sa + 2 {
                    // "The company said ... and accused the union of “…”": the body a
                    // sentence-opening "the company" stands for.
                    found = self.body_noun(doc, ents, sa, sa + 2, open_t);
                }
                // "Qatar's prime minister, who ..., said": a sentence whose subject is a title
                // we cannot put a name to is not about the last person named.
                let unnamed_title = (sa..c).any(|k| {
                    !doc.in_quote[k]
                        && doc.toks[k].word
                        && !doc.toks[k].cap
                        && self.lx.is_head(&doc.t(k).to_lowercase())
                });
                if found.is_none() && np_open && !unnamed_title {
                    found = subjects
                        .latest_before(s, 2, |_| true)
                        .map(|(_, p)| (ents.persons[p].name.clone(), ents.persons[p].name.clone()));
                }
            }
            match found {
                Some((name, m)) => {
                    att.speaker = Some(name);
                    att.mention = Some(m);
                    att.explicit = true;
                }
                None => att.blocked = true,
            }
            return att;
        }
        let _ = qt1;
        // "Government spokesman David Mencer disagreed: “...”": a colon introduces the words
        // of the sentence's subject even without a reporting verb.
        if open_t > sa && doc.is(open_t - 1, ":") {
            let subject = ents
                .within(sa, open_t - 1)
                .find(|m| {
                    !doc.in_quote[m.t0]
                        && !doc.toks[m.t1 - 1].poss
                        && !modifier_before_role(doc, self, m.t1)
                        && matches!(
                            m.kind,
                            MKind::Person(_) | MKind::Title | MKind::Pronoun | MKind::Org(_)
                        )
                })
                .copied();
            if let Some(m) = subject {
                let direct = self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t);
                let spoken_for = direct
                    .is_none()
                    .then(|| body_spoken_for(doc, ents, &m, open_t - 1))
                    .flatten();
                if spoken_for.is_some() {
                    att.rules.push("body_spoken_for");
                }
                if let Some((name, mention)) = direct.or(spoken_for) {
                    att.speaker = Some(name);
                    att.mention = Some(mention);
                    att.explicit = true;
                    if let Some(v) = open_t.checked_sub(2) {
                        if doc.toks[v].word && !doc.toks[v].cap {
                            att.cue = Some(doc.t(v).to_string());
                        }
                    }
                    return att;
                }
            }
        }
        if after_cue.is_some() {
            att.cue = after_cue;
            att.has_cue = true;
        }
        att
    }
}

/// `role_then_name_after_cue`: after a reporting verb, a phrase holding a lower-case title
/// word and naming no person ("said Santiago's ambassador to Peru", "said the union's
/// general secretary"), closed by a comma right before a person's name, is that person's
/// description: the person speaks, not a possessor, a place or a body inside the phrase.
/// `a..e` is the phrase (`e` the comma); returns the person's mention.
pub(crate) fn role_then_name_after_cue<'e>(
    ex: &Extractor,
    doc: &Doc,
    ents: &'e Entities,
    a: usize,
    e: usize,
    s_end: usize,
) -> Option<&'e Mention> {
    if e >= s_end || !doc.is(e, ",") || e <= a {
        return None;
    }
    let titled = (a..e).any(|k| {
        let t = doc.toks[k];
        t.word && !t.cap && ex.lx.is_head(&doc.t(k).to_lowercase())
    });
    if !titled
        || ents
            .within(a, e)
            .any(|m| matches!(m.kind, MKind::Person(_)))
    {
        return None;
    }
    ents.within(e + 1, s_end.min(e + 6))
        .find(|m| m.t0 == e + 1 && matches!(m.kind, MKind::Person(_)))
}

/// `unresolved_body_noun_blocks_guess`: an attribution to "the federation", "the company"
/// or "the ministry" (the article and a noun for a body: `data/body_nouns.txt`) that no
/// body of the article answers names someone unknown; the speaker of an earlier quotation
/// must not be guessed instead. `a..b` is the attribution's phrase.
pub(crate) fn unresolved_body_noun(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 1..b).any(|h| {
        doc.lower_is(h - 1, &["the"])
            && !doc.toks[h].cap
            && (doc.lower_is(h, crate::wordlists::union_nouns())
                || doc.lower_is(h, crate::wordlists::company_nouns())
                || doc.lower_is(h, crate::wordlists::state_nouns())
                || doc.lower_is(h, crate::wordlists::organ_nouns()))
    })
}

/// `coordinated_cue_takes_clause_subject`: a reporting verb joined by "and"/"but" to an
/// earlier verb phrase of the same clause ("NAME welcomed the delegates and assured that
/// …", "NAME met the envoys but warned that …") has that clause's subject: the phrase
/// before the cue (`b..c`) ends with the conjunction and opens with a lower-case word that
/// is no article (a verb, not a new subject such as "the union and").
pub(crate) fn coordinated_cue(doc: &Doc, b: usize, c: usize) -> bool {
    c >= b + 3
        && doc.lower_is(c - 1, &["and", "but"])
        && doc.toks[b].word
        && !doc.toks[b].cap
        && !doc.lower_is(
            b,
            &[
                "the", "a", "an", "his", "her", "its", "their", "this", "that",
            ],
        )
        && !(b..c - 1).any(|k| doc.in_quote[k])
}

/// `organ_after_possessor`: "Norway's transport ministry, in a post on its website,
/// called …": a state or body in the possessive followed by at most three lower-case words
/// ending in an organ noun (`data/body_nouns.txt`, kind `organ`) opens the sentence as its
/// subject; the state speaks through its organ.
pub(crate) fn organ_after_possessor(doc: &Doc, t: usize) -> bool {
    (t..(t + 4).min(doc.toks.len()))
        .take_while(|&k| doc.toks[k].word && !doc.toks[k].cap)
        .any(|k| doc.lower_is(k, crate::wordlists::organ_nouns()))
}

/// `its_organ_speaks_for_previous_body`: "Its foreign ministry said …", "Their army said":
/// an organ noun (`data/body_nouns.txt`, kind `organ`) after "its"/"their", with at most two
/// lower-case words between, speaks for the body or state that "its" refers to (named
/// earlier in the sentence, else in the sentence before).
pub(crate) fn its_organ_speaks_for_previous_body(
    ex: &Extractor,
    doc: &Doc,
    ents: &Entities,
    b: usize,
    c: usize,
) -> Option<(String, String)> {
    let its = (b..c).find(|&k| doc.lower_is(k, &["its", "their"]))?;
    let organ =
        (its + 1..c.min(its + 4)).find(|&k| doc.lower_is(k, crate::wordlists::organ_nouns()))?;
    if !(its + 1..organ).all(|k| doc.toks[k].word && !doc.toks[k].cap) || organ + 1 != c {
        return None;
    }
    let name = body_named_before(ex, doc, ents, its)?;
    Some((name, doc.span(its, organ + 1).to_string()))
}

/// `it_speaks_for_previous_body`: "It said …", "“…,” it said": "it" as the whole phrase
/// before a reporting verb stands for the body or state named first earlier in its
/// sentence, else in the sentence before (a body that spoke, not a person).
pub(crate) fn it_speaks_for_previous_body(
    ex: &Extractor,
    doc: &Doc,
    ents: &Entities,
    b: usize,
    c: usize,
) -> Option<(String, String)> {
    if c != b + 1 || !doc.lower_is(b, &["it"]) {
        return None;
    }
    let name = body_named_before(ex, doc, ents, b)?;
    Some((name, doc.t(b).to_string()))
}

/// The body or state a pronoun at token `t` stands for: the one named first earlier in
/// its sentence, else the one named first in the sentence before.
fn body_named_before(ex: &Extractor, doc: &Doc, ents: &Entities, t: usize) -> Option<String> {
    let si = doc.sent_of[t];
    let (sa, _) = doc.sents[si];
    let near = (sa < t)
        .then(|| ex.first_named_body(doc, ents, sa, t))
        .flatten();
    near.or_else(|| {
        let (a, z) = doc.sents[si.checked_sub(1)?];
        ex.first_named_body(doc, ents, a, z)
    })
}

/// `body_spoken_for`: "A spokesperson for the Port Authority has sent a statement: “…”": an
/// unnamed title followed by "for"/"of"/"at"/"from" and a body or state speaks for it.
pub(crate) fn body_spoken_for(
    doc: &Doc,
    ents: &Entities,
    m: &Mention,
    limit: usize,
) -> Option<(String, String)> {
    if !matches!(m.kind, MKind::Title) || !doc.lower_is(m.t1, &["for", "of", "at", "from"]) {
        return None;
    }
    let x = ents
        .within(m.t1 + 1, limit)
        .find(|x| x.t0 <= m.t1 + 2 && matches!(x.kind, MKind::Org(_) | MKind::Country(_)))?;
    let name = match x.kind {
        MKind::Org(o) => ents.orgs[o].name.clone(),
        MKind::Country(ci) => ents.countries[ci].name.clone(),
        _ => return None,
    };
    Some((name, doc.span(x.t0, x.t1).to_string()))
}

impl Extractor {
    /// The first body or acting state named in tokens `a..b` outside quotations (places
    /// excluded), by its record name.
    pub(crate) fn first_named_body(
        &self,
        doc: &Doc,
        ents: &Entities,
        a: usize,
        b: usize,
    ) -> Option<String> {
        ents.within(a, b).find_map(|m| {
            if doc.in_quote[m.t0] {
                return None;
            }
            match m.kind {
                MKind::Country(c) if !self.locative(doc, m.t0) => {
                    Some(ents.countries[c].name.clone())
                }
                MKind::Org(o) => Some(ents.orgs[o].name.clone()),
                _ => None,
            }
        })
    }
}

/// `after_quote_continues_the_sentence`: the words right after a quotation belong to the
/// writer's sentence, not to an attribution, when they open with a preposition ("“…” of
/// the country's claim") or with an indefinite noun that a new clause describes ("“…,” a
/// charge the ministry called …", "an offer Moscow rejected"). `k` is the first word after
/// the closing mark.
fn after_quote_continues_the_sentence(doc: &Doc, k: usize) -> bool {
    if k >= doc.toks.len() {
        return false;
    }
    if doc.lower_is(
        k,
        &[
            "of", "for", "on", "at", "from", "with", "about", "into", "over", "than", "by",
        ],
    ) {
        return true;
    }
    doc.lower_is(k, &["a", "an"])
        && k + 2 < doc.toks.len()
        && doc.toks[k + 1].word
        && !doc.toks[k + 1].cap
        && !doc.has(k + 1, F_HEAD | F_MOD | F_ORG)
        && (doc.lower_is(k + 2, &["the", "that", "which"]) || doc.toks[k + 2].cap)
}

#[cfg(test)]
mod tests {

    use crate::extract::test_speaker as speaker;

    #[test]
    fn a_transcript_label_is_not_the_subject_of_a_subjectless_cue() {
        let t = "HOST: What did the rebels say?\n\nOKAFOR: One of the movements, the Coastal \
                 Liberation Council, published a communiqué saying it would attend \u{201c}without preconditions but without \
                 illusions.\u{201d}\n";
        assert_ne!(speaker(t, "without").as_deref(), Some("Okafor"));
    }

    #[test]
    fn after_quote_continues_the_sentence() {
        let t = "Chile's foreign minister, Ana Soto, spoke on Monday. Soto said the protocol \
                 \u{201c}gives away nothing\u{201d} of Chile's claim.\n";
        assert_eq!(speaker(t, "gives away").as_deref(), Some("Ana Soto"));
        let t = "The minister, Ana Soto, accused Lima of \u{201c}choosing Paris,\u{201d} a charge \
                 the Ministry of Foreign Affairs called \u{201c}unworthy of a reply.\u{201d}\n";
        assert_eq!(speaker(t, "choosing").as_deref(), Some("Ana Soto"));
        let t = "\u{201c}We are close,\u{201d} a senior official said on Monday.\n";
        assert_eq!(speaker(t, "We are close").as_deref(), None);
    }

    #[test]
    fn role_then_name_after_cue() {
        let t = "Oslo and Bergen argued on Monday. \"We came to settle,\" said Norway's envoy \
                 to the talks, Ingrid Berg. \"It is late,\" said the union's general \
                 secretary, Tom Reed.\n";
        assert_eq!(speaker(t, "We came"), Some("Ingrid Berg".to_string()));
        assert_eq!(speaker(t, "It is late"), Some("Tom Reed".to_string()));
    }

    #[test]
    fn unresolved_body_noun_blocks_guess() {
        let t = "\"We are ready,\" said Mayor Ana Lopez. Fishing crews met later. \"Our \
                 boats stay in port,\" the federation said.\n";
        assert_eq!(speaker(t, "We are ready"), Some("Ana Lopez".to_string()));
        assert_eq!(speaker(t, "Our"), None);
    }

    #[test]
    fn coordinated_cue_takes_clause_subject() {
        let t = "Talks opened on Monday.\n\nThe Chilean trade minister, Rosa Vidal, greeted \
                 the envoys and promised that Santiago would offer \"every facility\" to them.\n";
        assert_eq!(speaker(t, "every").as_deref(), Some("Rosa Vidal"));
    }

    #[test]
    fn phrase_keeps_whole_names_and_cue_word_modifies_title() {
        let t = "Ferry talks broke down on Monday.\n\nThe Ministry of Fisheries, Coasts and \
                 Harbours (MFCH) said in a release that both sides had \"narrowed the gaps\".\n\n\
                 'Crews leave every month,' union state secretary Arne Dahl said.\n";
        assert_eq!(
            speaker(t, "narrowed").as_deref(),
            Some("Ministry of Fisheries, Coasts and Harbours")
        );
        assert_eq!(speaker(t, "Crews leave").as_deref(), Some("Arne Dahl"));
    }

    #[test]
    fn its_organ_speaks_for_previous_body() {
        let t = "Norway welcomed the ferry deal on Monday. Its transport ministry said that Oslo \
                 \"will hold every side to its word\".\n";
        assert_eq!(speaker(t, "will hold").as_deref(), Some("Norway"));
    }

    #[test]
    fn body_spoken_for() {
        let t = "Ferry talks ended on Monday.\n\nA spokesperson for the Harbour Authority has \
                 sent us a statement: \"We welcome the progress made today.\"\n";
        assert_eq!(
            speaker(t, "We welcome").as_deref(),
            Some("Harbour Authority")
        );
    }

    #[test]
    fn long_name_of_a_body_opening_the_sentence() {
        let t = "Talks on the ferry contract resumed on Monday.\n\nMinister Ola Berg left \
                 early.\n\nThe Ferry Guild of the Western Isles, a union that has represented \
                 the deck crews of the islands since 1950, said the offer was \"far too \
                 little\" for its members.\n";
        assert_eq!(
            speaker(t, "far too").as_deref(),
            Some("Ferry Guild of the Western Isles")
        );
    }

    #[test]
    fn in_their_words_names_speaker() {
        let t = "BERGEN, May 2 (Wire) - Fishing talks resumed on Thursday.\n\nNorwegian \
                 fisheries minister Ola Berg spoke to reporters after the session. The \
                 Directorate of Fisheries said the talks were \"useful\" and \"frank\".\n\nIn \
                 his words, the other side was \"stalling on every single point\".\n";
        assert_eq!(speaker(t, "stalling").as_deref(), Some("Ola Berg"));
    }

    #[test]
    fn own_sentence_subject_names_speaker() {
        let t = "BERGEN, May 2 (Wire) - Fishing talks resumed on Thursday.\n\nThe Directorate \
                 of Fisheries said the talks had been \"useful and frank\".\n\nThe Icelandic \
                 minister, Jon Gudmundsson, put the matter more bluntly to this newspaper: \"an \
                 insult to our crews\".\n";
        assert_eq!(speaker(t, "an insult").as_deref(), Some("Jon Gudmundsson"));
    }

    #[test]
    fn termed_is_a_reporting_verb() {
        let t = "BERGEN, May 2 (Wire) - Fishing talks resumed on Thursday.\n\nThe Directorate \
                 of Fisheries said the talks had been \"useful and frank\".\n\nIn Reykjavik, \
                 the Icelandic minister, Jon Gudmundsson, termed the offer \"an insult to our \
                 crews and their families\".\n";
        assert_eq!(speaker(t, "an insult").as_deref(), Some("Jon Gudmundsson"));
    }

    #[test]
    fn inverted_cue_takes_title() {
        let t = "Rabat, 2 May 2026 - The envoy was received by Foreign Minister Omar Idrissi.\n\n\
                 «We negotiate the details, not the principle», declared the minister at the \
                 end of the meeting.\n";
        assert_eq!(speaker(t, "We negotiate").as_deref(), Some("Omar Idrissi"));
    }

    #[test]
    fn quoted_as_saying() {
        let t = "Talks stalled on Monday.\n\nState media quoted a senior official, Kim Sol, as \
                 saying the North had \"no interest in talks\".\n";
        assert_eq!(speaker(t, "no interest").as_deref(), Some("Kim Sol"));
    }

    #[test]
    fn according_to_names_speaker() {
        let t = "BERGEN, May 2 (Wire) - Fishing talks resumed on Thursday.\n\nThe Directorate \
                 of Coastal Affairs (DCA) said the talks had been \"useful\".\n\nMinister Ola \
                 Berg left early.\n\nThe two sides will meet again \"before the end of the \
                 season,\" according to DCA, after the holiday.\n";
        assert_eq!(
            speaker(t, "before the end").as_deref(),
            Some("Directorate of Coastal Affairs")
        );
    }

    #[test]
    fn it_speaks_for_previous_body() {
        let t = "RIGA, May 2 (Wire) - Latvia and Estonia signed a rail deal on Thursday.\n\nThe \
                 Latvian Rail Authority said the line would \"change the region\". It said work \
                 would begin \"before the first snow\".\n\nMinister Ola Berg left early.\n\n\
                 The Harbour Pilots Association rejected the plan. \"We were not asked,\" it \
                 said.\n";
        assert_eq!(
            speaker(t, "before the first").as_deref(),
            Some("Latvian Rail Authority")
        );
        assert_eq!(
            speaker(t, "We were not").as_deref(),
            Some("Harbour Pilots Association")
        );
    }
}
