//! Claims, judgements of an object: a verb of judging (`data/stance_judging_verbs.txt`:
//! "called", "considers", "described") whose object is followed by a judgement
//! (`data/stance_judgements.txt`: "dangerous", "unrealistic", "fair") reports its subject's
//! position on that object: "Union leaders called the new rota dangerous".

use super::positions::{object_end, plural_subject_before, verb_group_before, Subject};
use super::*;

/// The forms of the verbs of judging, each with whether it is the base form.
fn judging_verbs() -> &'static std::collections::HashMap<String, bool> {
    static W: std::sync::OnceLock<std::collections::HashMap<String, bool>> =
        std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for line in include_str!("../../../data/stance_judging_verbs.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
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
        include_str!("../../../data/stance_judgements.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

/// Whether token `v` is a verb of judging (any form), outside quotation marks.
pub(crate) fn is_judging_verb(doc: &Doc, v: usize) -> bool {
    !doc.in_quote[v] && !doc.toks[v].cap && judging_verbs().contains_key(&doc.t(v).to_lowercase())
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
        subjects: &[Option<usize>],
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

#[cfg(test)]
mod tests {
    use crate::records::Claim;

    fn claims(text: &str) -> Vec<Claim> {
        super::super::claims_of_test_text(text)
    }

    const LEAD: &str = "Delegations from both sides met in Geneva on Monday for a third round of \
talks on the border.\n\n";

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
}
