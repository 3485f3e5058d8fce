//! Whose position: a statement by a named voice that is no scenario party.

use super::{Polarity, Stance};

/// Words that stand for a speaker without naming one; a speaker field holding only one of
/// them names nobody.
const NAMELESS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "one", "someone", "somebody",
];

/// Whether a statement's speaker is named: a person or a body ("Maria Lopez", "the
/// Pharmacy Union"), not empty and not a bare pronoun.
fn speaker_is_named(speaker: Option<&str>) -> bool {
    speaker.is_some_and(|s| {
        let s = s.trim();
        !s.is_empty() && !NAMELESS.contains(&s.to_lowercase().as_str())
    })
}

/// Rule `outside_voice_takes_no_party_position`: a statement whose speaker is named (or
/// whose source words name an analyst or an expert: `analyst_source`) and whom neither
/// the speaker, the affiliation, the reporting source nor the statement's subject ties
/// to any scenario party (`party_found` false) is an outside voice: an analyst, an
/// academic, a body that does not negotiate. What it wants or judges is no party's
/// position, so its stances that take a side and have no party of their own are dropped;
/// its neutral mentions stay, unattributed. An unnamed source ("a spokesperson said", "the
/// plan offers") keeps its stances, unattributed: its party may be the one the article is
/// about.
pub fn outside_voice_takes_no_party_position(
    speaker: Option<&str>,
    analyst_source: bool,
    party_found: bool,
) -> bool {
    !party_found && (analyst_source || speaker_is_named(speaker))
}

/// Rule `an_analyst_speaks_for_no_party`: a statement whose source words name an analyst
/// or an expert (`analyst_source`: "a military analyst at a Kyiv institute", "an economist
/// at the university") gives that person's judgement, not a party's position, whatever
/// country or institution the speaker is tied to: its stances that take a side are
/// dropped; its neutral mentions stay.
pub fn an_analyst_speaks_for_no_party(stances: &mut Vec<Stance>, analyst_source: bool) {
    if analyst_source {
        stances.retain(|st| st.polarity == Polarity::Neutral);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_analyst_with_no_party_is_an_outside_voice() {
        // "Dr Ana Ruiz, an economist at a university, said the levy would work."
        assert!(outside_voice_takes_no_party_position(
            Some("Ana Ruiz"),
            true,
            false
        ));
        // "The Retailers' Federation, which is not at the table, said it backed the cap."
        assert!(outside_voice_takes_no_party_position(
            Some("Retailers' Federation"),
            false,
            false
        ));
    }

    #[test]
    fn an_unnamed_source_or_a_party_is_not() {
        // "A spokesperson said the union would not accept the offer."
        assert!(!outside_voice_takes_no_party_position(None, false, false));
        // "'We will not sign,' she said" with no speaker carried over.
        assert!(!outside_voice_takes_no_party_position(
            Some("she"),
            false,
            false
        ));
        // A minister of a scenario party.
        assert!(!outside_voice_takes_no_party_position(
            Some("Ana Ruiz"),
            false,
            true
        ));
    }

    #[test]
    fn an_unnamed_analyst_is_an_outside_voice() {
        // "A transport analyst said a daily limit was the simplest rule."
        assert!(outside_voice_takes_no_party_position(None, true, false));
    }

    fn stance(polarity: Polarity, party: Option<&str>) -> Stance {
        Stance {
            issue: "cap".into(),
            option: None,
            polarity,
            party: party.map(str::to_string),
            mentioned_parties: Vec::new(),
            cues: Vec::new(),
            matched: Vec::new(),
            start: 0,
            end: 0,
            confidence: 0.5,
            frame: Vec::new(),
            context: None,
            reported_by: None,
        }
    }

    #[test]
    fn an_analyst_keeps_only_neutral_mentions() {
        // "Olga Marchenko, a defence analyst in Kyiv, said a smaller army would not be
        // safe": tied to Ukraine by her city, yet no Ukrainian position.
        let mut stances = vec![
            stance(Polarity::Rejects, Some("ukraine")),
            stance(Polarity::Neutral, Some("ukraine")),
        ];
        an_analyst_speaks_for_no_party(&mut stances, true);
        assert_eq!(stances.len(), 1);
        assert_eq!(stances[0].polarity, Polarity::Neutral);
        // A minister's words keep their sides.
        let mut stances = vec![stance(Polarity::Rejects, Some("ukraine"))];
        an_analyst_speaks_for_no_party(&mut stances, false);
        assert_eq!(stances.len(), 1);
    }
}
