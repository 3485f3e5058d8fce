//! The analyst's decisions about stances (accept, reject, change party, issue, option or
//! polarity), applied to the linker's stances before they are gathered into positions and
//! contradictions. A stance is named by its statement's stable key and the scenario issue
//! the linker gave it (`detente_store::corrections::stance_key`), so decisions survive a
//! rebuilt store and a new linker; see `docs/review.md`.

use crate::linker::{Polarity, Stance};
use crate::positions::StatementKind;
use detente_store::corrections::{stance_key, Target};
use detente_store::{Correction, Review};
use std::collections::HashMap;

/// Stance corrections in force, by stance key, and each statement's stable key.
#[derive(Debug, Clone, Default)]
pub struct StanceReview {
    /// `<article SHA-256>:<start>-<end>` of each statement, in the order statements are
    /// passed to [`crate::positions::positions_reviewed`]; empty means no keys are known.
    pub statement_keys: Vec<String>,
    pub by_key: HashMap<String, Vec<Correction>>,
}

/// A stance after review: its key and, when the analyst decided anything, who and what.
pub struct Reviewed {
    pub stance: Stance,
    pub key: Option<String>,
    pub review: Option<Review>,
}

fn polarity(s: &str) -> Option<Polarity> {
    match s {
        "supports" => Some(Polarity::Supports),
        "rejects" => Some(Polarity::Rejects),
        "neutral" => Some(Polarity::Neutral),
        _ => None,
    }
}

impl StanceReview {
    /// Applies the corrections of statement `index` to its stances; rejected stances are
    /// left out.
    pub fn apply(&self, index: usize, kind: StatementKind, stances: Vec<Stance>) -> Vec<Reviewed> {
        self.apply_key(
            self.statement_keys.get(index).map(String::as_str),
            kind,
            stances,
        )
    }

    /// [`Self::apply`] for a statement given by its key (`None`: no key known, nothing
    /// applies).
    pub fn apply_key(
        &self,
        statement_key: Option<&str>,
        kind: StatementKind,
        stances: Vec<Stance>,
    ) -> Vec<Reviewed> {
        let target = match kind {
            StatementKind::Quote => Target::Quote,
            StatementKind::Claim => Target::Claim,
        };
        let mut out = Vec::with_capacity(stances.len());
        for mut st in stances {
            let Some(sk) = statement_key else {
                out.push(Reviewed {
                    stance: st,
                    key: None,
                    review: None,
                });
                continue;
            };
            let key = stance_key(target, sk, &st.issue);
            let mut review = None;
            let mut rejected = false;
            for c in self.by_key.get(&key).into_iter().flatten() {
                let machine = match c.field.as_str() {
                    "status" => {
                        rejected = c.value.as_deref() == Some("rejected");
                        None
                    }
                    "party" => std::mem::replace(&mut st.party, c.value.clone()),
                    "option" => std::mem::replace(&mut st.option, c.value.clone()),
                    "issue" => match &c.value {
                        Some(v) => Some(std::mem::replace(&mut st.issue, v.clone())),
                        None => continue,
                    },
                    "polarity" => match c.value.as_deref().and_then(polarity) {
                        Some(p) => {
                            Some(std::mem::replace(&mut st.polarity, p).as_str().to_string())
                        }
                        None => continue,
                    },
                    _ => continue,
                };
                Review::add_correction(&mut review, c, machine);
            }
            if !rejected {
                out.push(Reviewed {
                    stance: st,
                    key: Some(key),
                    review,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stance(issue: &str) -> Stance {
        Stance {
            issue: issue.into(),
            option: Some("yes".into()),
            polarity: Polarity::Supports,
            party: Some("ua".into()),
            mentioned_parties: vec![],
            cues: vec![],
            matched: vec![],
            start: 0,
            end: 4,
            confidence: 0.4,
            frame: vec![],
            context: None,
            reported_by: None,
        }
    }

    #[test]
    fn rejected_stances_leave_and_changed_fields_keep_the_machine_value() {
        let sk = format!("{}:0-10", "ab".repeat(32));
        let mut r = StanceReview {
            statement_keys: vec![sk.clone()],
            ..StanceReview::default()
        };
        let k1 = stance_key(Target::Quote, &sk, "crimea");
        let k2 = stance_key(Target::Quote, &sk, "nato");
        r.by_key.insert(
            k1,
            vec![Correction::set(
                Target::Stance,
                "x",
                "status",
                Some("rejected".into()),
                "ann",
                None,
            )],
        );
        r.by_key.insert(
            k2.clone(),
            vec![Correction::set(
                Target::Stance,
                "x",
                "polarity",
                Some("rejects".into()),
                "ann",
                Some("negated".into()),
            )],
        );
        let out = r.apply(
            0,
            StatementKind::Quote,
            vec![stance("crimea"), stance("nato")],
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].stance.polarity, Polarity::Rejects);
        assert_eq!(out[0].key.as_deref(), Some(k2.as_str()));
        let review = out[0]
            .review
            .as_ref()
            .map(|r| (r.author.as_str(), r.fields[0].machine.as_deref()));
        assert_eq!(review, Some(("ann", Some("supports"))));
        // A claim with the same span is another statement: nothing applies.
        let out = r.apply(0, StatementKind::Claim, vec![stance("crimea")]);
        assert!(out[0].review.is_none());
    }
}
