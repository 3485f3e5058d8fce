//! Bundled word lists (countries, international bodies, titles, reporting verbs) and the
//! shape of the tokens the extractor works on (the tokenizer itself is `detente_lang::tokens`). The lists help; names of people are found from the
//! text itself.

use std::collections::{HashMap, HashSet};

pub use detente_lang::hash::{FxBuild, FxHasher};
pub type FxSet = HashSet<String, FxBuild>;

const ORGANIZATIONS: &str = include_str!("../data/organizations.tsv");
const CUES: &str = include_str!("../data/cues.txt");
const STOPWORDS: &str = include_str!("../data/stopwords.txt");
const STANCE_VERBS: &str = include_str!("../data/stance_verbs.txt");
const VERB_GROUP: &str = include_str!("../data/verb_group.txt");
const STANCE_ADJECTIVES: &str = include_str!("../data/stance_adjectives.txt");

/// What a gazetteer surface form refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// A country by name (index into `countries`).
    Country(usize),
    /// A capital or seat of government used for the country's government.
    Capital(usize),
    /// An adjective or plural noun of nationality.
    Demonym(usize),
    Org(usize),
}

/// What a word of a verb group is (`data/verb_group.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbGroup {
    Be,
    Have,
    Do,
    Will,
    /// A modal of possibility: what follows is speculation.
    Maybe,
    Not,
    Adverb,
}

#[derive(Debug, Clone)]
pub struct OrgEntry {
    pub name: String,
    pub affiliation: Option<String>,
    pub role: Option<String>,
}

#[derive(Debug)]
pub struct Lexicon {
    pub countries: Vec<String>,
    pub orgs: Vec<OrgEntry>,
    /// Surface form (as written) -> entity; the key is the words joined by one space.
    pub forms: HashMap<String, Known, FxBuild>,
    /// Longest form in words.
    pub max_form_words: usize,
    /// Every leading word sequence of a form ("United", "United Arab", ...).
    pub prefixes: FxSet,
    pub heads: FxSet,
    pub mods: FxSet,
    pub analysts: FxSet,
    pub org_heads: FxSet,
    pub places: FxSet,
    pub events: FxSet,
    /// Offices that only some countries have ("secretary of state", "chancellor"), lower
    /// case, longest first, each with the sides that have it in order of preference.
    pub offices: Vec<(String, Vec<String>)>,
    /// Well-known office holders by distinctive surname or full name -> their side.
    pub known_people: Vec<(String, String)>,
    pub cues: FxSet,
    /// Forms of stance verbs (`data/stance_verbs.txt`), lower case.
    pub stance_verbs: FxSet,
    /// Stance verb forms with particles that belong to them ("ruled" + "out", "insisted"
    /// + "on"), and whether the verb states a position only with one of them.
    pub stance_particles: HashMap<String, (Vec<String>, bool), FxBuild>,
    /// The base form of each stance verb (the first form of its line).
    pub stance_bases: FxSet,
    /// Adjectives that state a position after "be" (`data/stance_adjectives.txt`).
    pub stance_adjectives: FxSet,
    /// Words of a verb group between subject and main verb (`data/verb_group.txt`).
    pub verb_group: HashMap<String, VerbGroup, FxBuild>,
    pub stop: FxSet,
    /// Lower-case word -> class bits (`CLASS_*`), one lookup per token.
    pub classes: HashMap<String, u16, FxBuild>,
    /// Finds any analyst word inside a text in one pass ([`Lexicon::has_analyst_word`]).
    analyst_finder: Option<aho_corasick::AhoCorasick>,
}

pub const CLASS_HEAD: u16 = 1;
pub const CLASS_MOD: u16 = 2;
pub const CLASS_ORG: u16 = 4;
pub const CLASS_PLACE: u16 = 8;
pub const CLASS_EVENT: u16 = 16;
pub const CLASS_CUE: u16 = 32;
pub const CLASS_ANALYST: u16 = 64;
/// A verb that reports a position (`data/stance_verbs.txt`).
pub const CLASS_STANCE: u16 = 256;
/// A word of a verb group (`data/verb_group.txt`).
pub const CLASS_VGROUP: u16 = 512;

use detente_lang::data_lines;

impl Lexicon {
    pub fn load() -> Lexicon {
        let mut lx = Lexicon {
            countries: Vec::new(),
            orgs: Vec::new(),
            forms: HashMap::default(),
            max_form_words: 1,
            prefixes: FxSet::default(),
            heads: FxSet::default(),
            mods: FxSet::default(),
            analysts: FxSet::default(),
            org_heads: FxSet::default(),
            places: FxSet::default(),
            events: FxSet::default(),
            offices: Vec::new(),
            known_people: Vec::new(),
            cues: FxSet::default(),
            stance_verbs: FxSet::default(),
            stance_particles: HashMap::default(),
            stance_bases: FxSet::default(),
            stance_adjectives: FxSet::default(),
            verb_group: HashMap::default(),
            stop: FxSet::default(),
            classes: HashMap::default(),
            analyst_finder: None,
        };
        for country in detente_lang::places::countries() {
            let idx = lx.countries.len();
            lx.countries.push(country.name.clone());
            for n in country.names() {
                lx.add_form(n, Known::Country(idx));
            }
            for d in &country.demonyms {
                lx.add_form(d, Known::Demonym(idx));
            }
            for c in &country.capitals {
                lx.add_form(c, Known::Capital(idx));
            }
        }
        for line in data_lines(ORGANIZATIONS) {
            let cols: Vec<&str> = line.split('|').collect();
            let Some(name) = cols.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
                continue;
            };
            let aff = cols.get(2).map(|s| s.trim()).unwrap_or("");
            let affiliation = match aff {
                "" => None,
                "-" => Some(name.to_string()),
                a => Some(a.to_string()),
            };
            let role = cols
                .get(3)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            let idx = lx.orgs.len();
            lx.orgs.push(OrgEntry {
                name: name.to_string(),
                affiliation,
                role,
            });
            lx.add_form(name, Known::Org(idx));
            if let Some(aliases) = cols.get(1) {
                for a in aliases.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                    lx.add_form(a, Known::Org(idx));
                }
            }
        }
        let roles = detente_lang::roles::role_words();
        lx.known_people.extend(roles.known_holders.iter().cloned());
        lx.offices.extend(roles.offices.iter().cloned());
        for (set, words) in [
            (&mut lx.heads, &roles.heads),
            (&mut lx.mods, &roles.mods),
            (&mut lx.analysts, &roles.analysts),
            (&mut lx.org_heads, &roles.org_heads),
            (&mut lx.places, &roles.places),
            (&mut lx.events, &roles.events),
        ] {
            set.extend(words.iter().cloned());
        }
        lx.offices.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        for line in data_lines(CUES) {
            for w in line.split_whitespace() {
                lx.cues.insert(w.to_lowercase());
            }
        }
        for line in data_lines(STANCE_VERBS) {
            let (forms, particles, required) = match line.split_once(['+', '?']) {
                Some((f, p)) => (f, p, line.contains('+')),
                None => (line, "", false),
            };
            let particles: Vec<String> = particles
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            if let Some(base) = forms.split_whitespace().next() {
                lx.stance_bases.insert(base.to_lowercase());
            }
            for w in forms.split_whitespace() {
                let w = w.to_lowercase();
                if !particles.is_empty() {
                    lx.stance_particles
                        .insert(w.clone(), (particles.clone(), required));
                }
                lx.stance_verbs.insert(w);
            }
        }
        for line in data_lines(STANCE_ADJECTIVES) {
            lx.stance_adjectives.insert(line.to_lowercase());
        }
        for line in data_lines(VERB_GROUP) {
            let Some((kind, word)) = line.split_once(' ') else {
                continue;
            };
            let kind = match kind {
                "be" => VerbGroup::Be,
                "have" => VerbGroup::Have,
                "do" => VerbGroup::Do,
                "will" => VerbGroup::Will,
                "maybe" => VerbGroup::Maybe,
                "not" => VerbGroup::Not,
                "adv" => VerbGroup::Adverb,
                _ => continue,
            };
            let word = word.trim().to_lowercase();
            // The typographic apostrophe spells the same contraction.
            if word.contains('\'') {
                lx.verb_group.insert(word.replace('\'', "’"), kind);
            }
            lx.verb_group.insert(word, kind);
        }
        for line in data_lines(STOPWORDS) {
            for w in line.split_whitespace() {
                lx.stop.insert(w.to_string());
            }
        }
        let sets: [(&FxSet, u16); 9] = [
            (&lx.heads, CLASS_HEAD),
            (&lx.mods, CLASS_MOD),
            (&lx.org_heads, CLASS_ORG),
            (&lx.places, CLASS_PLACE),
            (&lx.events, CLASS_EVENT),
            (&lx.cues, CLASS_CUE),
            (&lx.analysts, CLASS_ANALYST),
            (&lx.stance_verbs, CLASS_STANCE),
            (&lx.stance_adjectives, CLASS_STANCE),
        ];
        let mut classes: HashMap<String, u16, FxBuild> = HashMap::default();
        for (set, bit) in sets {
            for w in set {
                *classes.entry(w.clone()).or_insert(0) |= bit;
            }
        }
        for w in lx.verb_group.keys() {
            *classes.entry(w.clone()).or_insert(0) |= CLASS_VGROUP;
        }
        lx.classes = classes;
        lx.analyst_finder = aho_corasick::AhoCorasick::new(&lx.analysts).ok();
        lx
    }

    /// Whether any analyst word (`analysts`) occurs in `text`, anywhere (as a substring).
    pub fn has_analyst_word(&self, text: &str) -> bool {
        match &self.analyst_finder {
            Some(finder) => finder.is_match(text),
            None => self.analysts.iter().any(|a| text.contains(a.as_str())),
        }
    }

    fn add_form(&mut self, form: &str, k: Known) {
        let words: Vec<&str> = form.split_whitespace().collect();
        let key = words.join(" ");
        self.max_form_words = self.max_form_words.max(words.len());
        for i in 1..=words.len() {
            self.prefixes.insert(words[..i].join(" "));
        }
        self.forms.entry(key).or_insert(k);
    }

    pub fn is_head(&self, lower: &str) -> bool {
        self.heads.contains(lower)
    }
}

use detente_lang::tokens::Options;
pub use detente_lang::tokens::Token;

/// The extractor's token shape: marks are tokens, hyphenated words whole, possessives split
/// off, full stops kept on initials and on the abbreviations of `data/abbreviations.txt`.
const EXTRACTOR_TOKENS: Options = Options::MARKS.with_abbreviations(is_abbreviation);

fn is_abbreviation(w: &str) -> bool {
    static SET: std::sync::OnceLock<HashSet<&'static str, FxBuild>> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::wordlists::abbreviations().iter().copied().collect())
        .contains(w)
}

/// Splits `text[from..to]` into tokens with the shared tokenizer (`detente_lang::tokens`)
/// shaped for extraction. One pass, no allocation per token.
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    detente_lang::tokens::tokenize(text, from, to, &EXTRACTOR_TOKENS, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<(String, bool)> {
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &mut v);
        v.iter()
            .map(|k| (t[k.start..k.end].to_string(), k.poss))
            .collect()
    }

    #[test]
    fn tokens_keep_initialisms_and_split_possessives() {
        let w = words("U.S. envoy met Russia’s Putin's aide, Maj. Gen. Freuding. Don’t");
        let texts: Vec<&str> = w.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "U.S.", "envoy", "met", "Russia", "Putin", "aide", ",", "Maj.", "Gen.", "Freuding",
                ".", "Don’t"
            ]
        );
        assert!(w[3].1 && w[4].1);
    }

    #[test]
    fn lexicon_loads() {
        let lx = Lexicon::load();
        assert!(lx.countries.len() >= 190);
        assert!(matches!(lx.forms.get("Kremlin"), Some(Known::Org(_))));
        assert!(matches!(lx.forms.get("Kyiv"), Some(Known::Capital(_))));
        assert!(matches!(lx.forms.get("NATO"), Some(Known::Org(_))));
        assert!(lx.cues.contains("scoffed"));
    }
}
