//! Speakers' parties learned across statements: a speaker whose affiliation names a party
//! in one statement counts for that party where another statement gives only the name.

use crate::lexicon::StanceLexicon;
use crate::text::{is_stopword, tokenize};
use detente_lang::names::surname_key;
use std::collections::HashMap;

/// Parties of speakers learned across statements (see [`StanceLexicon::speaker_parties`]).
/// A name or surname seen with two different parties is left undecided.
#[derive(Debug, Clone, Default)]
pub struct SpeakerParties {
    by_name: HashMap<String, Option<usize>>,
    by_surname: HashMap<String, Option<usize>>,
}

impl SpeakerParties {
    /// The speaker's party: from the statement's own affiliation and speaker when they
    /// name one, else from the same speaker (full name, then a surname that only one
    /// party's speakers carry) elsewhere.
    pub fn party_of(
        &self,
        lexicon: &StanceLexicon,
        affiliation: Option<&str>,
        speaker: Option<&str>,
    ) -> Option<usize> {
        if let Some(p) = lexicon.party_of(affiliation, speaker) {
            return Some(p);
        }
        let key = speaker_key(speaker?);
        if let Some(p) = self.by_name.get(&key) {
            return *p;
        }
        let sur = surname(&key).unwrap_or(key);
        self.by_surname.get(&sur).copied().flatten()
    }
}

fn speaker_key(name: &str) -> String {
    tokenize(name)
        .into_iter()
        .map(|t| t.lower)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The surname key (`detente_lang::names::surname_key`, shared with the extractor and the
/// store, so that "Zelensky" and "Zelenskyy" meet) of a name of one word, or of the last
/// word of a name of several words none of which is a function word ("Dmitry Peskov");
/// none for a role or a body ("a company spokesman").
fn surname(key: &str) -> Option<String> {
    let words: Vec<&str> = key.split(' ').collect();
    match words.as_slice() {
        [only] => Some(surname_key(only)),
        [.., last] if words.iter().all(|w| !is_stopword(w)) => Some(surname_key(last)),
        _ => None,
    }
}

fn merge(map: &mut HashMap<String, Option<usize>>, key: String, party: usize) {
    map.entry(key)
        .and_modify(|p| {
            if *p != Some(party) {
                *p = None;
            }
        })
        .or_insert(Some(party));
}

impl StanceLexicon {
    /// Learns each speaker's party from the statements where their affiliation (or name)
    /// gives it, so that the same speaker quoted elsewhere with no affiliation ("Medinsky
    /// said ...") still counts for that party. Pairs are (speaker, affiliation).
    pub fn speaker_parties<'a, I>(&self, statements: I) -> SpeakerParties
    where
        I: IntoIterator<Item = (Option<&'a str>, Option<&'a str>)>,
    {
        let mut known = SpeakerParties::default();
        for (speaker, affiliation) in statements {
            let (Some(name), Some(p)) = (speaker, self.party_of(affiliation, speaker)) else {
                continue;
            };
            let key = speaker_key(name);
            if key.is_empty() {
                continue;
            }
            merge(&mut known.by_name, key.clone(), p);
            if let Some(surname) = surname(&key) {
                merge(&mut known.by_surname, surname, p);
            }
        }
        known
    }
}

impl SpeakerParties {
    /// Rule `speaker_party_from_source`: a named speaker (two words or more, each
    /// capitalised: a person's or a body's name) whose statement's affiliation and name
    /// give no party, but whose reporting clause names one ("said Ana Ruiz, the board's
    /// finance director": [`crate::source_party`]), counts for that party in every
    /// statement, as an affiliation would. Triples are (speaker, affiliation, source).
    /// Sources that name an analyst teach nothing; a speaker taught two parties is left
    /// undecided.
    pub fn learn_from_sources<'a, I>(&mut self, lexicon: &StanceLexicon, statements: I)
    where
        I: IntoIterator<Item = (Option<&'a str>, Option<&'a str>, Option<&'a str>)>,
    {
        for (speaker, affiliation, source) in statements {
            let Some(name) = speaker.filter(|n| is_full_name(n)) else {
                continue;
            };
            if lexicon.party_of(affiliation, speaker).is_some() {
                continue;
            }
            let Some(p) = crate::positions::source_party(lexicon, source) else {
                continue;
            };
            let key = speaker_key(name);
            merge(&mut self.by_name, key.clone(), p);
            if let Some(surname) = surname(&key) {
                merge(&mut self.by_surname, surname, p);
            }
        }
    }
}

/// A name of two words or more, each opening with a capital letter ("Ana Ruiz", "Harbour
/// Board"), not a role or a single word that may be a place ("Ireland").
fn is_full_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{PartyTerms, ScenarioTerms};

    #[test]
    fn a_speaker_learns_the_party_its_reporting_clause_names() {
        let lex = StanceLexicon::new(&ScenarioTerms {
            parties: vec![PartyTerms {
                id: "board".into(),
                name: "Northvale Harbour Board".into(),
                aliases: vec!["the board".into()],
                ..Default::default()
            }],
            ..Default::default()
        });
        let mut known = lex.speaker_parties([(Some("Ana Ruiz"), None)]);
        assert_eq!(known.party_of(&lex, None, Some("Ana Ruiz")), None);
        known.learn_from_sources(
            &lex,
            [
                (
                    Some("Ana Ruiz"),
                    None,
                    Some("Ana Ruiz the board's finance director"),
                ),
                // An analyst's clause, and a single-word speaker, teach nothing.
                (
                    Some("Tom Hale"),
                    None,
                    Some("Tom Hale, an analyst who studies the board"),
                ),
                (Some("Northvale"), None, Some("the board")),
            ],
        );
        assert_eq!(known.party_of(&lex, None, Some("Ana Ruiz")), Some(0));
        assert_eq!(known.party_of(&lex, None, Some("Ruiz")), Some(0));
        assert_eq!(known.party_of(&lex, None, Some("Tom Hale")), None);
        assert_eq!(known.party_of(&lex, None, Some("Northvale")), None);
    }

    #[test]
    fn surnames_meet_across_spellings_and_roles_have_none() {
        assert_eq!(surname("volodymyr zelenskyy"), surname("zelensky"));
        assert_eq!(surname("a company spokesman"), None);
    }
}
