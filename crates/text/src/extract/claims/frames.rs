//! Claims, reporting frames that the plain "X said (that) CLAUSE" and "X rejected Y" rules
//! miss: a listener between the verb and the reported clause ("told the mediators it will
//! not ..."), a reporting participle after a comma (", saying the men must ..."), a stance
//! verb with no object ("Israel has refused, saying ..."), a relative pronoun as the subject
//! of a stance verb ("Moscow, which wants a binding ban") and a capitalised plural opening a
//! sentence ("Ministers refuse emergency cash").

#![allow(clippy::needless_range_loop)]

use super::*;

/// Verbs of telling that take a listener before what they report.
const TELLING: &[&str] = &[
    "told", "tell", "tells", "telling", "assured", "assures", "reminded", "reminds", "informed",
    "informs",
];

/// Subject pronouns that open a clause.
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i", "there"];

/// `listener_before_reported_clause`: after a verb of telling at `c` ("told", "assured",
/// "reminded", "informed") and its listener (one to four words with no punctuation: "the
/// mediators", "reporters", "Congress", "his cabinet"), a clause without "that" is reported
/// when it opens with a subject pronoun followed by a verb-group word or a finite verb
/// ("told the mediators it will not allow ..."), or with an article whose noun phrase is
/// followed, within five words, by a verb-group word ("told reporters the talks had
/// stalled"). Returns the clause's first token. A listener followed by "to" ("told him to
/// leave") or by nothing clause-like reports nothing.
pub(crate) fn listener_before_reported_clause(
    lx: &Lexicon,
    doc: &Doc,
    c: usize,
    b: usize,
) -> Option<usize> {
    if !doc.lower_is(c, TELLING) {
        return None;
    }
    for len in 1..=4 {
        let s = c + 1 + len;
        if s + 1 >= b || !(c + 1..s).all(|k| doc.toks[k].word && !doc.in_quote[k]) {
            return None;
        }
        // The listener is not itself a clause's subject pronoun or a verb group.
        if doc.lower_is(c + 1, SUBJECT_PRONOUNS) || doc.verb_group(lx, c + 1).is_some() {
            return None;
        }
        if doc.in_quote[s] || !doc.toks[s].word {
            continue;
        }
        if doc.lower_is(s, SUBJECT_PRONOUNS) {
            let verb_after = doc.verb_group(lx, s + 1).is_some()
                || (!doc.toks[s + 1].cap && doc.has(s + 1, F_STANCE))
                || Extractor::has_finite_verb(doc, s + 1, s + 2);
            if verb_after {
                return Some(s);
            }
            continue;
        }
        if doc.lower_is(s, &["the", "a", "an", "its", "their", "his", "her", "our"]) {
            let verb = (s + 2..(s + 6).min(b)).find(|&k| doc.verb_group(lx, k).is_some());
            if verb.is_some_and(|v| (s + 1..v).all(|k| doc.toks[k].word)) {
                return Some(s);
            }
        }
    }
    None
}

/// Reporting participles that may take a bare clause after a comma (", saying the men
/// must surrender").
pub(crate) const REPORTING_PARTICIPLES: &[&str] =
    &["saying", "adding", "arguing", "insisting", "warning"];

/// `reporting_participle_takes_clause_subject`: a reporting participle right after a comma
/// (", saying ...", ", adding that ...") has no subject of its own: its speaker is the
/// subject of the clause it hangs on, the first person, body or state named from that
/// clause's start (see `clause_subject`). `c` is the participle, `who` the words found
/// between the comma and it (none).
pub(crate) fn participle_after_comma(doc: &Doc, a: usize, c: usize, who: (usize, usize)) -> bool {
    who.0 == who.1 && c > a + 1 && doc.is(c - 1, ",") && doc.t(c).ends_with("ing")
}

/// `objectless_stance_verb_refers_back`: a stance verb with nothing after it but a comma or
/// the sentence end ("Israel has refused.", "Kyiv rejected, saying ...", "Belgium has
/// resisted, warning that ...") takes a side on what the sentence before reported; the
/// verb (with its particle) is then the claim's words. `o` is the token after the verb and
/// its particle.
pub(crate) fn objectless_stance_verb(doc: &Doc, o: usize, b: usize) -> bool {
    o >= b || (!doc.in_quote[o] && matches!(doc.t(o), "," | "." | ";" | "!" | "?"))
}

/// `relative_pronoun_takes_its_antecedent`: "which" or "who" right after a comma and right
/// before a stance verb's group ("Moscow, which wants a legally binding ban", "the union,
/// who have rejected ...") is the verb's subject and stands for the phrase before the
/// comma. Returns the comma's token when the rule applies at `before` (the token before
/// the verb group).
pub(crate) fn relative_pronoun_subject(doc: &Doc, a: usize, before: usize) -> Option<usize> {
    (before > a + 1 && doc.lower_is(before, &["which", "who"]) && doc.is(before - 1, ","))
        .then(|| before - 1)
}

impl Extractor {
    /// For `relative_pronoun_takes_its_antecedent`: a state or capital named right before
    /// the comma is the antecedent even where it reads as a place ("the distinction matters
    /// in Moscow, which wants ..."): a place that wants, rejects or demands is its state.
    pub(crate) fn state_before_relative(
        &self,
        doc: &Doc,
        ents: &Entities,
        a: usize,
        comma: usize,
    ) -> Option<(String, String)> {
        let m = ents.within(a, comma).find(|m| {
            m.t1 == comma && !doc.in_quote[m.t0] && matches!(m.kind, MKind::Country(_))
        })?;
        let MKind::Country(c) = m.kind else {
            return None;
        };
        Some((
            ents.countries[c].name.clone(),
            doc.span(m.t0, m.t1).to_string(),
        ))
    }
}

/// `plural_subject_before_apposition`: a base form after an apposition set off by commas
/// ("Kyiv's negotiators, according to the official, want ...") is a verb when the phrase
/// before the apposition's opening comma ends in a plural subject (see
/// `plural_subject_before_base_form`); `g` is the verb group's first token.
pub(crate) fn plural_subject_before_apposition(
    lx: &Lexicon,
    doc: &Doc,
    a: usize,
    g: usize,
) -> bool {
    if g <= a + 1 || !doc.is(g - 1, ",") {
        return false;
    }
    (a..g - 1)
        .rev()
        .take(25)
        .find(|&k| doc.is(k, ","))
        .is_some_and(|open| super::positions::plural_subject_before(lx, doc, a, open))
}

/// `phrasal_particle_makes_another_verb`: an adverb particle right after a stance verb
/// (`o`, when it is not one of the verb's own particles) makes a phrasal verb of another
/// sense: "called off the talks" (cancelled), "backed down", "pushed back", "gave up". Such
/// a verb reports no position: "off", "up", "back", "out", "away", "down".
pub(crate) fn phrasal_particle_makes_another_verb(doc: &Doc, o: usize, b: usize) -> bool {
    o < b && !doc.in_quote[o] && doc.lower_is(o, &["off", "up", "back", "out", "away", "down"])
}

/// `intensifying_reflexive_is_not_the_subject`: a reflexive right before a verb group
/// starting at `g` ("the plan itself promises", "the ministers themselves have rejected")
/// stresses the subject before it; the subject ends before the reflexive. Returns where
/// the subject's search starts (`g`, or the reflexive's token).
pub(crate) fn skip_intensifying_reflexive(doc: &Doc, a: usize, g: usize) -> usize {
    if g > a + 1
        && doc.lower_is(
            g - 1,
            &[
                "itself",
                "themselves",
                "himself",
                "herself",
                "ourselves",
                "myself",
            ],
        )
        && doc.toks[g - 2].word
    {
        g - 1
    } else {
        g
    }
}

/// `capitalised_plural_opens_sentence`: a plural noun capitalised only because it opens the
/// sentence or headline (`a` is the sentence start, `k` the word: "Ministers refuse
/// emergency cash", "Residents reject ...") is a plural subject, as it is in lower case
/// elsewhere: four letters or more in -s, not -ss, -us or -is, not a possessive, and not
/// a place or people the gazetteer knows ("Athens", "Brussels").
pub(crate) fn capitalised_plural_opens_sentence(
    lx: &Lexicon,
    doc: &Doc,
    a: usize,
    k: usize,
) -> bool {
    if k != a
        || !doc.toks[k].word
        || !doc.toks[k].cap
        || doc.toks[k].poss
        || lx.forms.contains_key(doc.t(k))
    {
        return false;
    }
    let w = doc.t(k).to_lowercase();
    w.len() >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s"))
}

impl Extractor {
    /// `document_provision_opens_sentence`: "Under DOCUMENT, CLAUSE." states what the
    /// document provides, so CLAUSE is the claim of the document's author: a sentence that
    /// opens with "Under" (after an optional "But" or "And") and a noun phrase of at most
    /// eight words, outside quotation marks, ending at a comma in a document noun
    /// (`data/stance_document_nouns.txt`: "Under the council's plan, ..."; "Under the
    /// new offer, ..."), followed by a clause of three words or more. The speaker is the
    /// state or body named in the phrase (its name, not its side), else the author of the
    /// same document named before (`document_keeps_the_owner_named_before`); a document
    /// whose author is named nowhere gives no claim (it would be a position of no party).
    /// The cue is the document noun, so that the words before it name
    /// the source.
    pub(crate) fn document_provisions(
        &self,
        doc: &Doc,
        ents: &Entities,
        article: &Article,
    ) -> Vec<FoundClaim> {
        let mut out = Vec::new();
        for (si, &(a, b)) in doc.sents.iter().enumerate() {
            let u = if doc.lower_is(a, &["but", "and"]) {
                a + 1
            } else {
                a
            };
            if u + 4 >= b || !doc.lower_is(u, &["under"]) || doc.in_quote[u] {
                continue;
            }
            let Some(comma) = (u + 2..(u + 10).min(b)).find(|&k| !doc.toks[k].word) else {
                continue;
            };
            let h = comma - 1;
            let head = doc.t(h).to_lowercase();
            if !doc.is(comma, ",")
                || doc.toks[h].cap
                || !super::subjects::document_nouns().contains(head.as_str())
                || (u + 1..comma).any(|k| doc.in_quote[k])
            {
                continue;
            }
            let mut e = b;
            while e > comma + 1 && !doc.toks[e - 1].word {
                e -= 1;
            }
            if (comma + 1..e).filter(|&k| doc.toks[k].word).count() < 3
                || !partial_quotes_only(doc, comma + 1, e)
            {
                continue;
            }
            let speaker = ents
                .within(u + 1, h)
                .find_map(|m| match m.kind {
                    MKind::Org(o) => Some(ents.orgs[o].name.clone()),
                    MKind::Country(c) => Some(ents.countries[c].name.clone()),
                    _ => None,
                })
                .or_else(|| {
                    // A nationality adjective the entity stage did not take ("the Latvian plan").
                    (u + 1..h).find_map(|k| match self.lx.forms.get(doc.t(k)) {
                        Some(Known::Country(c) | Known::Demonym(c)) => {
                            self.lx.countries.get(*c).cloned()
                        }
                        _ => None,
                    })
                })
                .or_else(|| self.document_owner_before(doc, ents, &head, u));
            if speaker.is_none() {
                continue;
            }
            let (s, e) = (doc.toks[comma + 1].start, claim_end(doc, comma + 1, e - 1));
            out.push(FoundClaim {
                claim: Claim {
                    article: article.id.clone(),
                    start: s,
                    end: e,
                    text: doc.text[s..e].to_string(),
                    speaker,
                    speaker_mention: Some(doc.span(u + 1, comma).to_string()),
                    cue: Some(doc.t(h).to_string()),
                    date: None,
                },
                rules: vec!["document_provision_opens_sentence"],
                cue_tok: h,
                sent: si,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::{claim_with_cue as claim, claims_of_test_text as claims, TEST_LEAD as LEAD};

    #[test]
    fn a_document_opening_the_sentence_provides_the_clause() {
        let cs = claims(&format!(
            "{LEAD}Under the Latvian plan, ferry fees would be halved by June. But under the \
new offer, the crossing would open at night. The Port Authority of Riga's revised plan was \
published. Under the plan, night ferries would be free. Under the bridge, fishermen waited for the \
ferry. Under the plan, yes.\n"
        ));
        let c = claim(&cs, "plan");
        assert_eq!(c.text, "ferry fees would be halved by June");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("night ferries"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Port Authority of Riga"));
        // A document whose author is named neither in it nor before is nobody's claim.
        assert!(
            cs.iter().all(|c| !c.text.contains("open at night")),
            "{cs:#?}"
        );
        // A place is no document; a clause of fewer than three words states nothing.
        assert!(cs.iter().all(|c| !c.text.contains("fishermen")), "{cs:#?}");
        assert_eq!(
            cs.iter()
                .filter(|c| c.cue.as_deref() == Some("plan"))
                .count(),
            2
        );
    }

    #[test]
    fn a_listener_may_stand_between_telling_and_the_clause() {
        let cs = claims(&format!(
            "{LEAD}Latvia has told the envoys it will not reopen the northern crossing. \
Minister Ilse Varga told reporters the ferry fees had doubled since May. Varga told him \
to leave the room.\n"
        ));
        let c = claim(&cs, "told");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert_eq!(c.text, "it will not reopen the northern crossing");
        let c = cs
            .iter()
            .find(|c| c.text.starts_with("the ferry fees"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        assert!(
            cs.iter().all(|c| !c.text.contains("leave the room")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_reporting_participle_speaks_for_the_clause_subject() {
        let cs = claims(&format!(
            "{LEAD}Minister Ilse Varga rejected the new toll, saying the ferries must stay \
free for residents.\n"
        ));
        let c = claim(&cs, "saying");
        assert_eq!(c.speaker.as_deref(), Some("Ilse Varga"));
        assert_eq!(c.text, "the ferries must stay free for residents");
        assert_eq!(claim(&cs, "rejected").text, "the new toll");
    }

    #[test]
    fn a_stance_verb_without_object_is_its_own_claim() {
        let cs = claims(&format!(
            "{LEAD}Estonia proposed a joint patrol of the bridge. Latvia has refused, saying \
the patrol would need a treaty. Latvia has refused to discuss it.\n"
        ));
        let bare = cs
            .iter()
            .find(|c| c.text == "refused")
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(bare.speaker.as_deref(), Some("Latvia"));
        assert_eq!(claim(&cs, "saying").text, "the patrol would need a treaty");
        assert!(cs.iter().any(|c| c.text == "to discuss it"), "{cs:#?}");
    }

    #[test]
    fn which_after_a_comma_is_the_subject_of_a_stance_verb() {
        let cs = claims(&format!(
            "{LEAD}The distinction matters in Riga, which wants a binding treaty on the \
bridge. The treaty, which Estonia drafted, runs to forty pages.\n"
        ));
        let c = claim(&cs, "wants");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert_eq!(c.text, "a binding treaty on the bridge");
    }

    #[test]
    fn claiming_something_asks_for_it_and_a_phrasal_particle_is_another_verb() {
        let cs = claims(&format!(
            "{LEAD}Estonia claims both islands in full. Latvia backed down on the toll.\n"
        ));
        let c = claim(&cs, "claims");
        assert_eq!(c.speaker.as_deref(), Some("Estonia"));
        assert_eq!(c.text, "both islands in full");
        assert!(cs.iter().all(|c| !c.text.contains("toll")), "{cs:#?}");
    }

    #[test]
    fn a_reflexive_after_the_subject_is_skipped() {
        let cs = claims(&format!(
            "{LEAD}The Latvian draft itself promises a toll-free bridge for residents.\n"
        ));
        let c = claim(&cs, "promises");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert_eq!(c.text, "a toll-free bridge for residents");
    }

    #[test]
    fn an_unnamed_official_before_an_interrupting_attribution() {
        let cs = claims(&format!(
            "{LEAD}Latvian negotiators, according to the minister, want the tolls to stay \
until the treaty is signed.\n"
        ));
        let c = claim(&cs, "want");
        assert_eq!(c.speaker.as_deref(), Some("Latvia"));
        assert_eq!(c.text, "the tolls to stay until the treaty is signed");
    }

    #[test]
    fn a_capitalised_plural_opening_a_headline_is_a_subject() {
        let cs = claims(
            "Ministers refuse emergency cash for the ferry line\n\nThe ferry line between \
the two ports closed on Monday after the operator ran out of money.\n",
        );
        let c = claim(&cs, "refuse");
        assert_eq!(c.text, "emergency cash for the ferry line");
        assert_eq!(c.speaker_mention.as_deref(), Some("Ministers"));
        // A name that is a place, not a plural, is not taken this way.
        let cs = claims(&format!("{LEAD}Athens demand was met with silence.\n"));
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("demand")),
            "{cs:#?}"
        );
    }
}
