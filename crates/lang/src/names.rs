//! Personal names: how a name is read (given names, initials, particles, surname,
//! generation suffix) and when two spellings are one name.
//!
//! The one implementation of name matching in detente: the extractor uses it to join the
//! mentions of a person within an article (`surname_key`, `same_surname`), and the store
//! uses it to merge actors across articles (`PersonName`). Data: transliteration families
//! of given names (`data/given_names.txt`) and surname particles
//! (`data/name_particles.txt`), each with its inclusion rule in its header.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Longer names are no names (extraction gone wrong, hostile input): never merged, which
/// also bounds the work per name (a long surname is filed under one block per letter).
pub const MAX_NAME_CHARS: usize = 200;

/// Surnames longer than this are not compared one edit apart.
pub const MAX_FUZZY_CHARS: usize = 40;

/// Letters and digits of a word in lower case with common Latin diacritics removed; other
/// characters (apostrophes, hyphens, dots) dropped.
pub fn folded_letters(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
            'ĥ' | 'ħ' => 'h',
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ĵ' => 'j',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
            'ŕ' | 'ŗ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
            'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
            'ŵ' => 'w',
            'ý' | 'ÿ' | 'ŷ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            c => c,
        };
        if base.is_alphanumeric() {
            out.push(base);
        }
    }
    out
}

/// The form spelling variants share: doubled letters made single, then a trailing run of
/// `y`/`i` removed (when at least three letters remain), so that Zelensky, Zelenskyy and
/// Zelenskiy, or Dmitry and Dmitriy, become one.
pub fn surname_stem(folded: &str) -> String {
    let mut stem = String::with_capacity(folded.len());
    for c in folded.chars() {
        if !stem.ends_with(c) {
            stem.push(c);
        }
    }
    let trimmed = stem.trim_end_matches(['y', 'i']);
    if trimmed.chars().count() >= 3 {
        trimmed.to_string()
    } else {
        stem
    }
}

/// A word without a possessive ending (`Zelensky's`, `NATO’s`).
pub fn without_possessive(word: &str) -> &str {
    for ending in ["'s", "’s", "'S", "’S"] {
        if let Some(stripped) = word.strip_suffix(ending) {
            if !stripped.is_empty() {
                return stripped;
            }
        }
    }
    word
}

/// Generation suffixes that follow a surname.
pub fn is_suffix(folded: &str) -> bool {
    matches!(folded, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// Words that belong to the surname they precede (`von der Leyen`, `bin Salman`, `Le Pen`):
/// the lines of `data/name_particles.txt`.
pub fn is_particle(folded: &str) -> bool {
    static PARTICLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    PARTICLES
        .get_or_init(|| {
            include_str!("../data/name_particles.txt")
                .lines()
                .map(|l| l.split('#').next().unwrap_or_default().trim())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .contains(folded)
}

/// The Arabic article, written or left out before a surname (`al-Sisi`, `el-Sisi`, `Sisi`).
pub fn is_article(folded: &str) -> bool {
    matches!(folded, "al" | "el")
}

pub fn starts_lowercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Given names whose spellings are one name in another transliteration
/// (`data/given_names.txt`), keyed by [`surname_stem`] of each spelling, valued by the stem
/// of the row's first spelling.
pub fn given_name_families() -> &'static HashMap<String, String> {
    static FAMILIES: OnceLock<HashMap<String, String>> = OnceLock::new();
    FAMILIES.get_or_init(|| {
        let mut map = HashMap::new();
        for line in include_str!("../data/given_names.txt").lines() {
            let row = line.split('#').next().unwrap_or_default();
            let mut stems = row
                .split_whitespace()
                .map(|w| surname_stem(&folded_letters(w)));
            if let Some(head) = stems.next() {
                for stem in stems {
                    map.insert(stem, head.clone());
                }
                map.insert(head.clone(), head);
            }
        }
        map
    })
}

/// One given name as written: in full, or as an initial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GivenName {
    /// Written out: its transliteration family (else its stem) and its first letter.
    Full {
        family: String,
        first: char,
    },
    Initial(char),
}

impl GivenName {
    /// How much the name says: a written-out name more than an initial.
    pub fn weight(&self) -> u32 {
        match self {
            GivenName::Full { .. } => 2,
            GivenName::Initial(_) => 1,
        }
    }

    /// True when `self` says nothing that `other` contradicts or lacks.
    pub fn fits(&self, other: &GivenName) -> bool {
        match (self, other) {
            (GivenName::Full { family: a, .. }, GivenName::Full { family: b, .. }) => a == b,
            (GivenName::Initial(a), GivenName::Initial(b)) => a == b,
            (GivenName::Initial(a), GivenName::Full { first, .. }) => a == first,
            (GivenName::Full { .. }, GivenName::Initial(_)) => false,
        }
    }

    /// The given names one written word holds: `J.D.` and `JD` are two initials (the latter
    /// only in a name not written all in capitals), `Jean-Pierre` two names.
    pub fn parse_word(word: &str, all_caps: bool, out: &mut Vec<GivenName>) {
        for piece in word.split(['-', '‐']) {
            let letters = folded_letters(piece);
            let count = letters.chars().count();
            if count == 0 {
                continue;
            }
            let dotted_initials = piece.contains('.')
                && piece
                    .split('.')
                    .all(|s| folded_letters(s).chars().count() <= 1);
            let capital_initials = !all_caps
                && count <= 3
                && piece
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            if count == 1 || dotted_initials || capital_initials {
                out.extend(letters.chars().map(GivenName::Initial));
            } else {
                let stem = surname_stem(&letters);
                let family = given_name_families().get(&stem).cloned().unwrap_or(stem);
                let first = letters.chars().next().unwrap_or_default();
                out.push(GivenName::Full { family, first });
            }
        }
    }
}

/// A person's name split into what the rules compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// Given names in order (first name, then middle names); empty for a surname alone.
    pub given: Vec<GivenName>,
    /// Letters of the surname with its particles, folded.
    pub surname: String,
    /// `surname_stem(surname)`.
    pub stem: String,
    /// Generation suffixes (`jr`, `iii`), folded, space-separated; empty for none.
    pub suffix: String,
}

impl PersonName {
    pub fn parse(name: &str) -> Option<PersonName> {
        // Digits make no personal name ("Agent 47", generated test names): never merged.
        if name.chars().any(|c| c.is_numeric()) || name.chars().count() > MAX_NAME_CHARS {
            return None;
        }
        let all_caps = !name.chars().any(char::is_lowercase);
        let mut words: Vec<&str> = name
            .split_whitespace()
            .filter(|w| !folded_letters(w).is_empty())
            .collect();
        let mut suffixes: Vec<String> = Vec::new();
        while words.len() > 1 && words.last().is_some_and(|w| is_suffix(&folded_letters(w))) {
            suffixes.extend(words.pop().map(folded_letters));
        }
        suffixes.reverse();
        let last = without_possessive(words.pop()?);
        let mut surname = folded_letters(last);
        if let Some(rest) = ["al-", "el-", "Al-", "El-"]
            .iter()
            .find_map(|article| last.strip_prefix(article))
        {
            let rest = folded_letters(rest);
            if rest.chars().count() >= 3 {
                surname = rest;
            }
        }
        // Particles before the surname are part of it, except a capitalised first word,
        // which is a given name (Al Gore, Van Morrison).
        while let Some(&word) = words.last() {
            let folded = folded_letters(word);
            let attached = is_particle(&folded) || is_article(&folded);
            if !attached || (words.len() == 1 && !starts_lowercase(word)) {
                break;
            }
            if is_particle(&folded) {
                surname.insert_str(0, &folded);
            }
            words.pop();
        }
        if surname.chars().count() < 2 {
            return None;
        }
        let mut given = Vec::new();
        for (i, word) in words.iter().enumerate() {
            // Connectors inside the given names (`Mohammed bin Abdulrahman`) say nothing.
            let folded = folded_letters(word);
            if (is_particle(&folded) || is_article(&folded)) && (i > 0 || starts_lowercase(word)) {
                continue;
            }
            GivenName::parse_word(word, all_caps, &mut given);
        }
        let stem = surname_stem(&surname);
        Some(PersonName {
            given,
            surname,
            stem,
            suffix: suffixes.join(" "),
        })
    }

    /// How much the name says about its given names.
    pub fn specificity(&self) -> u32 {
        self.given.iter().map(GivenName::weight).sum()
    }

    /// Surnames long enough for one edit to count as a spelling variant.
    pub fn fuzzy(&self) -> bool {
        (MIN_FUZZY..=MAX_FUZZY_CHARS).contains(&self.surname.chars().count())
    }

    /// The blocks this name is filed under: its stem and, for a long surname, the stem
    /// with each letter deleted in turn (two strings one edit apart always share one).
    pub fn blocks(&self) -> Vec<String> {
        let mut out = vec![format!("={}", self.stem)];
        if self.fuzzy() {
            let chars: Vec<char> = self.stem.chars().collect();
            for skip in 0..chars.len() {
                let variant: String = chars
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != skip)
                    .map(|(_, c)| c)
                    .collect();
                out.push(format!("-{variant}"));
            }
            // The stem itself also meets the deletions of a stem one letter longer.
            out.push(format!("-{}", self.stem));
        }
        out.sort();
        out.dedup();
        out
    }

    pub fn surname_matches(&self, other: &PersonName, fuzzy: bool) -> bool {
        self.stem == other.stem
            || (fuzzy && self.fuzzy() && other.fuzzy() && one_edit_apart(&self.stem, &other.stem))
    }

    /// Both names say the same, up to spelling.
    pub fn same_as(&self, other: &PersonName) -> bool {
        if self.suffix != other.suffix {
            return false;
        }
        if self.given.is_empty() || other.given.is_empty() {
            return self.given.is_empty() && other.given.is_empty() && self.stem == other.stem;
        }
        let written_out = matches!(self.given[0], GivenName::Full { .. });
        self.given.len() == other.given.len()
            && self
                .given
                .iter()
                .zip(&other.given)
                .all(|(a, b)| a.fits(b) && b.fits(a))
            && self.surname_matches(other, written_out)
    }

    /// Everything this name says about given names `other` says too (prefix, initials),
    /// with the same generation suffix unless this is a surname alone without one.
    pub fn given_fit(&self, other: &PersonName) -> bool {
        (self.suffix == other.suffix || (self.given.is_empty() && self.suffix.is_empty()))
            && self.given.len() <= other.given.len()
            && self.given.iter().zip(&other.given).all(|(a, b)| a.fits(b))
    }
}

/// True when `a` and `b` differ by exactly one substitution, insertion or deletion.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        prefix < short.len() && short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// The key a surname is compared under: its letters folded ([`folded_letters`]: case,
/// diacritics, punctuation) and reduced to [`surname_stem`] (doubled letters, a trailing
/// `y`/`i` run), without a possessive ending. Spellings of one surname share a key.
pub fn surname_key(surname: &str) -> String {
    surname_stem(&folded_letters(without_possessive(surname)))
}

/// Surname keys that name one surname: equal, or one edit apart when both have at least
/// six letters (shorter surnames differ in one letter too often to be spelling variants).
pub fn same_surname(a: &str, b: &str) -> bool {
    let fuzzy = |k: &str| (MIN_FUZZY..=MAX_FUZZY_CHARS).contains(&k.chars().count());
    a == b || (fuzzy(a) && fuzzy(b) && one_edit_apart(a, b))
}

/// Fewest letters a surname needs for one edit to count as a spelling variant.
const MIN_FUZZY: usize = 6;

#[cfg(test)]
mod tests;
