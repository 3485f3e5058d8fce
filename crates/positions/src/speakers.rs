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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_meet_across_spellings_and_roles_have_none() {
        assert_eq!(surname("volodymyr zelenskyy"), surname("zelensky"));
        assert_eq!(surname("a company spokesman"), None);
    }
}
