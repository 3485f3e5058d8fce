//! Claims, judgements of an object: a verb of judging (`data/stance_judging_verbs.txt`:
//! "called", "considers", "described") whose object is followed by a judgement
//! (`data/stance_judgements.txt`: "dangerous", "unrealistic", "fair") reports its subject's
//! position on that object: "Union leaders called the new rota dangerous". A verb of
//! restating (`data/stance_restating_verbs.txt`) with a possessive and a noun of a position
//! ("repeated its demand that") reports the position that follows the noun.

use super::positions::{object_end, plural_subject_before, verb_group_before, Subject};
use super::*;

/// The forms of the verbs of judging, each with whether it is the base form.
fn judging_verbs() -> &'static HashMap<String, bool, FxBuild> {
    static W: std::sync::OnceLock<HashMap<String, bool, FxBuild>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut m = HashMap::default();
        for line in
            crate::wordlists::entries(include_str!("../../../data/stance_judging_verbs.txt"))
                .into_iter()
        {
            for (i, w) in line.split_whitespace().enumerate() {
                m.insert(w.to_string(), i == 0);
            }
        }
        m
    })
}

/// The judgement words of `data/stance_judgements.txt`.
fn judgement_words() -> &'static FxSet {
    static W: std::sync::OnceLock<FxSet> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        crate::wordlists::entries(include_str!("../../../data/stance_judgements.txt"))
            .into_iter()
            .map(str::to_string)
            .collect()
    })
}

/// The verbs of restating and the nouns of a position of
/// `data/stance_restating_verbs.txt`.
fn restating_words() -> &'static (FxSet, FxSet) {
    static W: std::sync::OnceLock<(FxSet, FxSet)> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let (mut verbs, mut nouns) = (FxSet::default(), FxSet::default());
        let mut in_nouns = false;
        for line in
            crate::wordlists::entries(include_str!("../../../data/stance_restating_verbs.txt"))
                .into_iter()
        {
            if line == "= nouns" {
                in_nouns = true;
                continue;
            }
            let set = if in_nouns { &mut nouns } else { &mut verbs };
            set.extend(line.split_whitespace().map(str::to_string));
        }
        (verbs, nouns)
    })
}

/// Whether token `v` is a verb of restating.
pub(crate) fn is_restating_verb(doc: &Doc, v: usize) -> bool {
    restating_words().0.contains(&doc.t(v).to_lowercase())
}

/// `restating_verb_before_that`: a lower-case verb of restating directly followed by
/// "that" ("the envoy repeated that …", "the council reaffirmed that …") reports the clause
/// after "that" as a reporting verb does. Alone these verbs are no reporting cues: before a
/// noun they are adjectives or take a position noun ("repeated warnings", "renewed its
/// call"), which `restated_position` reads.
pub(crate) fn restating_verb_before_that(doc: &Doc, v: usize) -> bool {
    !doc.toks[v].cap && doc.is(v + 1, "that") && is_restating_verb(doc, v)
}

/// Whether token `v` (a lower-case word outside quotation marks, the caller has checked)
/// is a verb of judging, of restating or of terms: one lookup, since the stance loop asks
/// it of every word.
pub(crate) fn is_other_position_verb(doc: &Doc, v: usize) -> bool {
    static W: std::sync::OnceLock<FxSet> = std::sync::OnceLock::new();
    let set = W.get_or_init(|| {
        judging_verbs()
            .keys()
            .chain(restating_words().0.iter())
            .chain(super::terms::terms_verb_forms())
            .cloned()
            .collect()
    });
    set.contains(doc.t(v))
}

impl Extractor {
    /// Rule `judgement_of_an_object`: a verb of judging at `v` (in sentence `a..b`) reports
    /// its subject's position on its object when, within the clause, the object (one to ten
    /// words, no verb, no conjunction or relative pronoun, no punctuation) is followed by a
    /// judgement word ("called the plan dangerous", "consider that date unrealistic",
    /// "described the offer as fair"). Not after a determiner or possessive (a noun: "the
    /// call"), not in the passive or under a modal, and a base form only after an auxiliary
    /// or a plural subject. The claim is the object with its judgement, to the end of the
    /// clause; the subject is found as for a stance verb. Returns the claim's token range.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn judgement_of_an_object(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        b: usize,
        v: usize,
        prev: Option<&(String, String)>,
    ) -> Option<(usize, usize, Subject)> {
        let base = *judging_verbs().get(&doc.t(v).to_lowercase())?;
        if v > a
            && (doc.toks[v - 1].poss
                || doc.lower_is(
                    v - 1,
                    &[
                        "a", "an", "the", "this", "that", "his", "her", "its", "their", "our",
                        "my", "your", "no", "such",
                    ],
                ))
        {
            return None;
        }
        let group = verb_group_before(&self.lx, doc, a, v);
        if group.maybe
            || group.be
            || (base && !group.auxiliary && !plural_subject_before(&self.lx, doc, a, group.start))
        {
            return None;
        }
        let o = v + 1;
        if o >= b || doc.in_quote[o] {
            return None;
        }
        let e = object_end(self, doc, o, b);
        let k = (o + 1..e.min(o + 12)).find(|&k| {
            !doc.in_quote[k] && judgement_words().contains(doc.t(k).to_lowercase().as_str())
        })?;
        let object_ok = (o..k).all(|j| {
            doc.toks[j].word
                && !doc.in_quote[j]
                && doc.verb_group(&self.lx, j).is_none()
                && !(j > o && doc.lower_is(j, &["that", "which", "who", "and", "or", "but", "to"]))
        });
        if !object_ok {
            return None;
        }
        let mut e2 = e;
        while e2 > k + 1 && !doc.toks[e2 - 1].word {
            e2 -= 1;
        }
        let subject = self.stance_subject(doc, ents, subjects, a, group.start, v, false, prev)?;
        Some((o, e2, subject))
    }
}

impl Extractor {
    /// Rule `restated_position`: a verb of restating at `v` (in sentence `a..b`; "repeated",
    /// "renewed") followed by a possessive ("its", "their", "the union's") and a noun of a
    /// position (the base form of a stance verb: "demand", "call", "offer"; or "opposition",
    /// "rejection", ...) reports the position that follows the noun's "that", "for" or "to",
    /// to the end of the clause ("repeated its demand that the target be dropped": "the
    /// target be dropped"), with the subject found as for a stance verb. Not under a modal
    /// nor in the passive. Returns the claim's token range.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn restated_position(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        a: usize,
        b: usize,
        v: usize,
        prev: Option<&(String, String)>,
    ) -> Option<(usize, usize, Subject)> {
        let (verbs, nouns) = restating_words();
        if !verbs.contains(&doc.t(v).to_lowercase()) || v + 4 >= b {
            return None;
        }
        let owner = doc.lower_is(v + 1, &["its", "their", "his", "her", "our"])
            || (doc.toks[v + 1].poss && !doc.in_quote[v + 1]);
        let noun = doc.t(v + 2).to_lowercase();
        let noun = noun.strip_suffix('s').map_or(noun.as_str(), |n| {
            if self.lx.stance_bases.contains(n) || nouns.contains(n) {
                n
            } else {
                noun.as_str()
            }
        });
        if !owner
            || doc.in_quote[v + 2]
            || !(self.lx.stance_bases.contains(noun) || nouns.contains(noun))
            || !doc.lower_is(v + 3, &["that", "for", "to"])
        {
            return None;
        }
        let group = verb_group_before(&self.lx, doc, a, v);
        if group.maybe || group.be {
            return None;
        }
        let o = v + 4;
        let e = object_end(self, doc, o, b);
        let mut e2 = e;
        while e2 > o && !doc.toks[e2 - 1].word {
            e2 -= 1;
        }
        if (o..e2).filter(|&k| doc.toks[k].word).count() < 2 {
            return None;
        }
        let subject = self.stance_subject(doc, ents, subjects, a, group.start, v, false, prev)?;
        Some((o, e2, subject))
    }
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
    fn a_restating_verb_before_that_reports_the_clause() {
        let cs = claims(&format!(
            "{LEAD}The envoy also repeated that the garrison must leave the valley before \
any vote. Despite repeated appeals the crossing stayed shut for a week.\n"
        ));
        let c = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("repeated"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(c.text, "the garrison must leave the valley before any vote");
        assert_eq!(c.speaker_mention.as_deref(), Some("The envoy"));
        // Before a noun the verb is an adjective: no claim.
        assert!(
            !cs.iter().any(|c| c.text.contains("crossing stayed shut")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_judgement_of_an_object_states_a_position() {
        let cs = claims(&format!(
            "{LEAD}Latvian officials called the new border fee dangerous. The port authority \
has described the timetable as fair. The ministry considered the offer on Tuesday.\n"
        ));
        let fee = cs
            .iter()
            .find(|c| c.cue.as_deref() == Some("called"))
            .unwrap_or_else(|| panic!("{cs:#?}"));
        assert_eq!(fee.text, "the new border fee dangerous");
        assert_eq!(fee.speaker.as_deref(), Some("Latvia"));
        assert!(
            cs.iter().any(|c| c.cue.as_deref() == Some("described")
                && c.text == "the timetable as fair"
                && c.speaker_mention.as_deref() == Some("The port authority")),
            "{cs:#?}"
        );
        // No judgement after the object: no position.
        assert!(
            cs.iter().all(|c| c.cue.as_deref() != Some("considered")),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_judging_verb_as_a_noun_or_in_the_passive_states_nothing() {
        let cs = claims(&format!(
            "{LEAD}The plan was called dangerous by the opposition. Their call for a fair \
deal went unanswered. The minister may consider the offer fair.\n"
        ));
        assert!(
            cs.iter()
                .all(|c| !matches!(c.cue.as_deref(), Some("called" | "call" | "consider"))),
            "{cs:#?}"
        );
    }

    #[test]
    fn a_restated_position_is_what_follows_its_noun() {
        let cs = claims(&format!(
            "{LEAD}The port authority also repeated its demand that the ferry fares be \
frozen. Latvian officials renewed their call for a joint patrol on the river. The minister \
repeated his remarks about the weather.\n"
        ));
        assert!(
            cs.iter().any(|c| c.cue.as_deref() == Some("repeated")
                && c.text == "the ferry fares be frozen"
                && c.speaker_mention.as_deref() == Some("The port authority")),
            "{cs:#?}"
        );
        assert!(
            cs.iter().any(|c| c.cue.as_deref() == Some("renewed")
                && c.text == "a joint patrol on the river"
                && c.speaker.as_deref() == Some("Latvia")),
            "{cs:#?}"
        );
        // "remarks" is no noun of a position.
        assert!(cs.iter().all(|c| !c.text.contains("weather")), "{cs:#?}");
    }
}
