//! What the linker looks for: the scenario's parties, issues and options turned into
//! stemmed terms, and the cue words that decide a polarity.

pub use crate::party_names::gazetteer_party_names;
use crate::party_names::name_head;
use crate::text::FxBuild;
use crate::text::{is_negation, is_stopword, synonym_class, tokenize};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The parts of a scenario the linker needs, as plain data, so the linker works (and is
/// tested) without the model crate or a store. See [`crate::scenario_terms`] for the
/// conversion from a loaded scenario.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScenarioTerms {
    pub parties: Vec<PartyTerms>,
    pub issues: Vec<IssueTerms>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PartyTerms {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The scenario's value (0..=1) of each option for this party: issue id -> option id
    /// -> value. Used only to flag contradictions with what the party's speakers say.
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, f64>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IssueTerms {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub options: Vec<OptionTerms>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OptionTerms {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// Which way a cue word pushes: towards what follows it, or away from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueSense {
    Support,
    Oppose,
    /// Speaks of a subject without taking a side ("discussed", "asked about"): keeps a
    /// mention neutral even when it names an option.
    Topic,
}

/// The words of `data/totality_words.txt` ("full", "complete", "whole", "every").
pub fn totality_words() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| word_list(include_str!("../data/totality_words.txt")))
}

/// For the rule `bare_action_names_its_whole_option`: the indices of `core` (an option
/// label's words) that a totality word of the label (`data/totality_words.txt`) governs
/// and that are words of the issue's name (`issue_name`): the label says the issue's own
/// action or thing done in full ("Full disarmament under international verification" in
/// "Disarmament of Hamas"; "Complete Israeli withdrawal from the whole Strip" in "Israeli
/// withdrawal from Gaza": "withdrawal", not "Strip"). A totality word governs the next
/// content words up to the third, past party names.
pub fn whole_action_words(label: &str, core: &[TermWord], issue_name: &str) -> Vec<usize> {
    let name = name_stems(issue_name);
    let toks = tokenize(label);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !totality_words().contains(&t.lower.as_str()) {
            continue;
        }
        for u in toks[i + 1..].iter().take(3) {
            if totality_words().contains(&u.lower.as_str()) || is_stopword(&u.lower) {
                continue;
            }
            let Some(j) = core.iter().position(|w| w.stem == u.stem) else {
                continue;
            };
            if core[j].party.is_some() {
                continue;
            }
            if name.iter().any(|n| n == &u.stem) && !out.contains(&j) {
                out.push(j);
            }
            break;
        }
    }
    out
}

/// Support and oppose cues, written as they appear in text; matched on stems so that
/// "insists", "insisted" and "insisting" all count. Negations ("not", "never", "n't",
/// "no", "without") are handled apart, by [`crate::text::is_negation`], and flip.
pub fn support_cues() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| word_list(include_str!("../data/support_cues.txt")))
}

/// Words that speak of a subject without taking a side.
pub fn topic_cues() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| word_list(include_str!("../data/topic_cues.txt")))
}

pub fn oppose_cues() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| word_list(include_str!("../data/oppose_cues.txt")))
}

/// The entries of a bundled word list: one a line, `#` starts a comment, blank lines skipped.
pub fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect()
}

/// A cue compiled to stems.
#[derive(Debug, Clone)]
pub struct Cue {
    pub stems: Vec<String>,
    /// Whether each word is a function word ("to", "of", "out"): only function words in
    /// the text may match those, and only content words the rest ("will" is not "willing").
    pub function_words: Vec<bool>,
    /// The words as written, to keep inflections ("insisted") apart from derived nouns
    /// ("agreement" is not "agree").
    pub words: Vec<String>,
    pub sense: CueSense,
}

/// Generic words that should never link a statement to an issue by themselves.
pub fn is_generic(lower: &str) -> bool {
    matches!(
        lower,
        "issue"
            | "issues"
            | "status"
            | "question"
            | "future"
            | "level"
            | "timing"
            | "terms"
            | "term"
            | "arrangement"
            | "arrangements"
            | "matter"
            | "process"
            | "plan"
            | "deal"
            | "agreement"
            | "side"
            | "sides"
            | "party"
            | "parties"
            | "right"
            | "rights"
            | "condition"
            | "conditions"
            | "full"
            | "partial"
            | "current"
            | "new"
            | "immediate"
            | "immediately"
            | "later"
            | "first"
            | "option"
            | "none"
            | "kept"
            | "remain"
            | "remains"
            | "stay"
            | "stays"
            | "must"
            | "need"
            | "recognised"
            | "recognized"
            | "recognition"
            | "recognise"
            | "recognize"
            | "include"
            | "included"
            | "including"
    )
}

/// One word of a term (an issue name, keyword, or option label).
#[derive(Debug, Clone)]
pub struct TermWord {
    pub lower: String,
    pub stem: String,
    /// Index of the party this word names ("Russian" names Russia), if any.
    pub party: Option<usize>,
    /// How much finding this word counts towards linking.
    pub weight: f64,
    /// False for generic words and party names: they count, but cannot link alone.
    pub distinctive: bool,
    /// For option labels: false when every option of the issue has the word, so finding
    /// it cannot single one out ("sanctions" in "sanctions lifted" / "sanctions kept").
    pub discriminative: bool,
    /// For option labels: the word also names the issue (in its name or keywords), so a
    /// statement about the issue is likely to use it whatever option it means.
    pub topic: bool,
    /// For issue names: the word is a head noun ("bonus" in "One-off signing bonus") or a
    /// proper name ("Crimea", "NATO"), one of the words that can link a name found only in
    /// part. Always true elsewhere.
    pub key: bool,
    /// The word's synonym group ("stay" for "kept"), for scoring options.
    pub synonyms: Option<usize>,
    /// The word's stem's index in [`StanceLexicon::word_stems`]: the statement's word
    /// hits are looked up by it.
    pub id: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Name,
    Keyword,
    /// An option's label or keyword; the index is the option's.
    Option(usize),
}

#[derive(Debug, Clone)]
pub struct Term {
    pub words: Vec<TermWord>,
    pub kind: TermKind,
    /// Keywords must be found whole; names and labels may be found in part.
    pub whole: bool,
    /// A one-word keyword that other issues use too ("troops", "withdraw", "freeze"):
    /// too common to link on its own, it needs another of the issue's words beside it.
    pub shared: bool,
    /// For a keyword of several words with one content word ("when it is safe"): the
    /// stems of all its words, which must be found together (see [`exact_phrase`]).
    pub exact: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct CompiledOption {
    pub id: String,
    pub label: String,
    /// The label's words less its negation ("no NATO membership" -> "NATO membership").
    pub core: Vec<TermWord>,
    /// Whole-phrase alternatives to the label from the scenario, less their negation.
    pub keywords: Vec<Vec<TermWord>>,
    /// Per keyword: it is written with a negation ("no NATO", "never join NATO"), so it
    /// names the option only where the text has the negation too.
    pub keyword_negated: Vec<bool>,
    /// Per keyword: the stems it must be found as, whole (see [`exact_phrase`]).
    pub keyword_exact: Vec<Option<Vec<String>>>,
    /// Per keyword: every content word of it belongs to another option's label or names
    /// the issue ("lift sanctions" beside "Lifted in stages"), so finding it does not set
    /// this option apart from that one (see [`keyword_sets_apart`]).
    pub keyword_shared: Vec<bool>,
    pub negated: bool,
    /// The option that says the opposite ("NATO membership" / "no NATO membership").
    pub complement: Option<usize>,
    /// Indices `i` of the label's words such that words `i` and `i + 1` make a pair no
    /// other option's label has (see [`own_word_pairs`]).
    pub own_pairs: Vec<usize>,
    /// Indices of the label's words that name the issue's own action or thing after a
    /// totality word ("disarmament" in "Full disarmament under ..."; see
    /// [`whole_action_words`]).
    pub whole_words: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct CompiledIssue {
    pub id: String,
    pub name: String,
    pub terms: Vec<Term>,
    pub options: Vec<CompiledOption>,
}

#[derive(Debug, Clone)]
pub struct CompiledParty {
    pub id: String,
    pub name: String,
    /// Every way of naming the party (id, name, aliases) as stem sequences, longest first.
    pub names: Vec<Vec<String>>,
    /// The stems of the body nouns that head one of its names of two words or more and no
    /// other party's (see [`StanceLexicon::party_from_name_head`]).
    pub heads: Vec<String>,
}

/// Parties, issues and cues, compiled once per scenario.
#[derive(Debug, Clone)]
pub struct StanceLexicon {
    pub parties: Vec<CompiledParty>,
    pub issues: Vec<CompiledIssue>,
    pub cues: Vec<Cue>,
    /// Cue indices by their first stem, so each token looks at a handful of cues.
    pub cue_index: HashMap<String, Vec<usize>>,
    pub source: ScenarioTerms,
    /// The stems of every term word (names, keywords, labels), once each; a word's `id`
    /// is its index here.
    pub word_stems: Vec<String>,
    /// Stem -> index in `word_stems`.
    pub word_index: HashMap<String, u32, FxBuild>,
    /// Each leading part (five bytes or more, shorter than the stem) of a term word's stem
    /// -> the words whose stem begins with it.
    pub word_prefixes: HashMap<String, Vec<u32>, FxBuild>,
    /// Every term word as written in lower case (to find one written as two tokens).
    pub word_lowers: std::collections::HashSet<String, FxBuild>,
}

fn content_stems(phrase: &str) -> Vec<(String, String)> {
    tokenize(phrase)
        .into_iter()
        .filter(|t| !is_stopword(&t.lower) || is_negation(&t.lower))
        .map(|t| (t.lower, t.stem))
        .collect()
}

pub(crate) fn name_stems(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .into_iter()
        .filter(|t| t.lower != "the")
        .map(|t| t.stem)
        .collect()
}

impl StanceLexicon {
    pub fn new(terms: &ScenarioTerms) -> Self {
        let extra = gazetteer_party_names(&terms.parties);
        let parties: Vec<CompiledParty> = terms
            .parties
            .iter()
            .zip(&extra)
            .map(|(p, extra)| {
                let mut names: Vec<Vec<String>> = std::iter::once(p.id.replace(['_', '-'], " "))
                    .chain(std::iter::once(p.name.clone()))
                    .chain(p.aliases.iter().cloned())
                    .chain(extra.iter().cloned())
                    .map(|n| name_stems(&n))
                    .filter(|n| !n.is_empty())
                    .collect();
                names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
                names.dedup();
                let mut heads: Vec<String> = std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .filter_map(|n| name_head(n))
                    .collect();
                heads.sort_unstable();
                heads.dedup();
                CompiledParty {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    names,
                    heads,
                }
            })
            .collect();
        // A head two parties share names neither.
        let mut parties = parties;
        let all_heads: Vec<Vec<String>> = parties.iter().map(|p| p.heads.clone()).collect();
        for (i, p) in parties.iter_mut().enumerate() {
            p.heads.retain(|h| {
                !all_heads
                    .iter()
                    .enumerate()
                    .any(|(j, o)| j != i && o.contains(h))
            });
        }
        let single_party: HashMap<String, usize> = parties
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                p.names
                    .iter()
                    .filter(|n| n.len() == 1)
                    .map(move |n| (n[0].clone(), i))
            })
            .collect();

        // How many issues use a stem: words shared by many issues link weakly.
        let mut issue_df: HashMap<String, usize> = HashMap::new();
        for issue in &terms.issues {
            let mut seen: Vec<String> = Vec::new();
            let phrases = std::iter::once(issue.name.as_str())
                .chain(issue.keywords.iter().map(String::as_str))
                .chain(issue.options.iter().map(|o| o.label.as_str()))
                .chain(
                    issue
                        .options
                        .iter()
                        .flat_map(|o| o.keywords.iter().map(String::as_str)),
                );
            for ph in phrases {
                for (_, s) in content_stems(ph) {
                    if !seen.contains(&s) {
                        seen.push(s);
                    }
                }
            }
            for s in seen {
                *issue_df.entry(s).or_default() += 1;
            }
        }

        // How many issues use a stem as a thing in their name or keywords: every word of
        // the name, and the head (last word) of each keyword, so "troops" is shared with
        // "foreign troops" but "frozen" is not with "frozen assets". Option labels are long
        // descriptions and say less about what a word is used for.
        let mut keyword_df: HashMap<String, usize> = HashMap::new();
        for issue in &terms.issues {
            let mut seen: Vec<String> = content_stems(&issue.name)
                .into_iter()
                .map(|(_, s)| s)
                .collect();
            for k in &issue.keywords {
                if let Some((_, s)) = content_stems(k).pop() {
                    if !seen.contains(&s) {
                        seen.push(s);
                    }
                }
            }
            seen.sort_unstable();
            seen.dedup();
            for s in seen {
                *keyword_df.entry(s).or_default() += 1;
            }
        }

        let word = |lower: String, stem: String| -> TermWord {
            let party = single_party.get(&stem).copied();
            let generic = is_generic(&lower) || is_negation(&lower);
            let df = issue_df.get(&stem).copied().unwrap_or(1).max(1) as f64;
            let base = if generic {
                0.2
            } else if party.is_some() {
                0.5
            } else {
                1.0
            };
            TermWord {
                party,
                weight: base / df.sqrt(),
                distinctive: !generic && party.is_none(),
                discriminative: true,
                topic: false,
                key: true,
                synonyms: synonym_class(&stem),
                id: 0,
                lower,
                stem,
            }
        };
        let phrase = |p: &str| -> Vec<TermWord> {
            content_stems(p)
                .into_iter()
                .filter(|(l, _)| !is_negation(l))
                .map(|(l, s)| word(l, s))
                .collect()
        };

        let mut issues: Vec<CompiledIssue> = terms
            .issues
            .iter()
            .map(|issue| {
                let mut t = Vec::new();
                let mut name = phrase(&issue.name);
                let keys = name_keys(&issue.name);
                for w in &mut name {
                    w.key = keys.contains(&w.stem);
                }
                if !name.is_empty() {
                    t.push(Term {
                        words: name,
                        kind: TermKind::Name,
                        whole: false,
                        shared: false,
                        exact: None,
                    });
                }
                for k in &issue.keywords {
                    let w = phrase(k);
                    if !w.is_empty() {
                        // Generic words ("recognition") are weak on their own too. A word
                        // the issue's own option labels use ("Frozen along the line") is
                        // the issue's more than another's ("frozen assets").
                        let in_labels = issue
                            .options
                            .iter()
                            .any(|o| content_stems(&o.label).iter().any(|(_, s)| *s == w[0].stem));
                        let shared = w.len() == 1
                            && ((keyword_df.get(&w[0].stem).copied().unwrap_or(1) >= 2
                                && !in_labels)
                                || !w[0].distinctive);
                        t.push(Term {
                            words: w,
                            kind: TermKind::Keyword,
                            whole: true,
                            shared,
                            exact: exact_phrase(k),
                        });
                    }
                }
                let mut options: Vec<CompiledOption> = issue
                    .options
                    .iter()
                    .map(|o| {
                        let label = if o.label.trim().is_empty() {
                            o.id.replace(['_', '-'], " ")
                        } else {
                            o.label.clone()
                        };
                        // A label denies its words when its first part does ("None; no
                        // foreign forces", "army not capped"), not when a rider does
                        // ("Elections soon after signing; no blanket amnesty").
                        let head = label.split([';', ',', '(']).next().unwrap_or("");
                        let negated = tokenize(head).iter().any(|t| is_negation(&t.lower));
                        let mut keywords = o.keywords.clone();
                        if let Some(k) = negated_label_as_keyword(head) {
                            if !keywords.iter().any(|x| x.eq_ignore_ascii_case(&k)) {
                                keywords.push(k);
                            }
                        }
                        let kws: Vec<(Vec<TermWord>, bool, Option<Vec<String>>)> = keywords
                            .iter()
                            .map(|k| {
                                let neg = tokenize(k).iter().any(|t| is_negation(&t.lower));
                                (phrase(k), neg, exact_phrase(k))
                            })
                            .filter(|(k, _, _)| !k.is_empty())
                            .collect();
                        CompiledOption {
                            id: o.id.clone(),
                            core: if negated {
                                phrase(&label)
                            } else {
                                phrase(&affirmed_words(&label))
                            },
                            keyword_negated: kws.iter().map(|(_, n, _)| *n).collect(),
                            keyword_exact: kws.iter().map(|(_, _, e)| e.clone()).collect(),
                            keyword_shared: Vec::new(),
                            own_pairs: Vec::new(),
                            whole_words: Vec::new(),
                            keywords: kws.into_iter().map(|(k, _, _)| k).collect(),
                            label,
                            negated,
                            complement: None,
                        }
                    })
                    .collect();
                for i in 0..options.len() {
                    for j in 0..options.len() {
                        if i != j
                            && options[i].negated != options[j].negated
                            && !options[i].core.is_empty()
                            && same_stems(&options[i].core, &options[j].core)
                        {
                            options[i].complement = Some(j);
                        }
                    }
                }
                for o in &mut options {
                    o.whole_words = whole_action_words(&o.label, &o.core, &issue.name);
                }
                // Words of the issue's name ("sanctions" in "Sanctions stay" under
                // "Sanctions relief") say what is talked about, not which option. Keywords
                // may well name an option ("freeze"), so they stay usable.
                let issue_words: Vec<String> = content_stems(&issue.name)
                    .into_iter()
                    .map(|(_, s)| s)
                    .collect();
                let topic_words: Vec<String> = issue
                    .keywords
                    .iter()
                    .flat_map(|k| content_stems(k).into_iter().map(|(_, s)| s))
                    .chain(issue_words.iter().cloned())
                    .collect();
                // Within an issue, a word every option shares does not tell options apart.
                // An option and its negation count once: they share all their words.
                let groups: Vec<&CompiledOption> = options
                    .iter()
                    .enumerate()
                    .filter(|(i, o)| o.complement.is_none_or(|c| c > *i))
                    .map(|(_, o)| o)
                    .collect();
                let n_groups = groups.len();
                let mut option_df: HashMap<String, usize> = HashMap::new();
                for o in &groups {
                    let mut seen: Vec<&str> = o.core.iter().map(|w| w.stem.as_str()).collect();
                    seen.sort_unstable();
                    seen.dedup();
                    for s in seen {
                        *option_df.entry(s.to_string()).or_default() += 1;
                    }
                }
                for oi in 0..options.len() {
                    let others: Vec<&str> = options
                        .iter()
                        .enumerate()
                        .filter(|(j, o)| {
                            *j != oi
                                && options[oi].complement != Some(*j)
                                && o.complement != Some(oi)
                        })
                        .flat_map(|(_, o)| o.core.iter().map(|w| w.stem.as_str()))
                        .collect();
                    options[oi].keyword_shared = options[oi]
                        .keywords
                        .iter()
                        .map(|k| !keyword_sets_apart(k, &others, &issue_words))
                        .collect();
                }
                let pairs = own_word_pairs(&options);
                for (o, p) in options.iter_mut().zip(pairs) {
                    o.own_pairs = p;
                }
                let n = n_groups.max(1) as f64;
                for (oi, o) in options.iter_mut().enumerate() {
                    for w in &mut o.core {
                        let k = option_df.get(&w.stem).copied().unwrap_or(1).max(1) as f64;
                        w.weight *= (1.0 + n / k).ln() / (1.0 + n).ln().max(f64::MIN_POSITIVE);
                        w.discriminative =
                            (n_groups <= 1 || k < n) && !issue_words.contains(&w.stem);
                        w.topic = topic_words.contains(&w.stem);
                    }
                    if !o.core.is_empty() {
                        t.push(Term {
                            words: o.core.clone(),
                            kind: TermKind::Option(oi),
                            whole: false,
                            shared: false,
                            exact: None,
                        });
                    }
                    for (k, exact) in o.keywords.iter().zip(&o.keyword_exact) {
                        t.push(Term {
                            words: k.clone(),
                            kind: TermKind::Option(oi),
                            whole: true,
                            shared: false,
                            exact: exact.clone(),
                        });
                    }
                }
                CompiledIssue {
                    id: issue.id.clone(),
                    name: issue.name.clone(),
                    terms: t,
                    options,
                }
            })
            .collect();

        // Every term word's stem, once, with an index by stem and by each leading part of
        // five bytes or more (see `WordHits`).
        let mut word_stems: Vec<String> = Vec::new();
        let mut word_index: HashMap<String, u32, FxBuild> = HashMap::default();
        for issue in &mut issues {
            let words = issue
                .terms
                .iter_mut()
                .flat_map(|t| t.words.iter_mut())
                .chain(issue.options.iter_mut().flat_map(|o| {
                    o.core
                        .iter_mut()
                        .chain(o.keywords.iter_mut().flat_map(|k| k.iter_mut()))
                }));
            for w in words {
                let next = u32::try_from(word_stems.len()).unwrap_or(u32::MAX);
                let id = *word_index.entry(w.stem.clone()).or_insert_with(|| {
                    word_stems.push(w.stem.clone());
                    next
                });
                w.id = id;
            }
        }
        let word_lowers: std::collections::HashSet<String, FxBuild> = issues
            .iter()
            .flat_map(|i| i.terms.iter().flat_map(|t| t.words.iter()))
            .map(|w| w.lower.clone())
            .collect();
        let mut word_prefixes: HashMap<String, Vec<u32>, FxBuild> = HashMap::default();
        for (id, stem) in word_stems.iter().enumerate() {
            for (i, _) in stem.char_indices().filter(|(i, _)| *i >= 5) {
                word_prefixes
                    .entry(stem[..i].to_string())
                    .or_default()
                    .push(u32::try_from(id).unwrap_or(u32::MAX));
            }
        }

        let cues: Vec<Cue> = support_cues()
            .iter()
            .map(|c| (c, CueSense::Support))
            .chain(oppose_cues().iter().map(|c| (c, CueSense::Oppose)))
            .chain(topic_cues().iter().map(|c| (c, CueSense::Topic)))
            .map(|(c, sense)| {
                let toks = tokenize(c);
                Cue {
                    function_words: toks.iter().map(|t| is_stopword(&t.lower)).collect(),
                    words: toks.iter().map(|t| t.lower.clone()).collect(),
                    stems: toks.into_iter().map(|t| t.stem).collect(),
                    sense,
                }
            })
            .collect();

        let mut cue_index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, c) in cues.iter().enumerate() {
            if let Some(first) = c.stems.first() {
                cue_index.entry(first.clone()).or_default().push(i);
            }
        }
        StanceLexicon {
            parties,
            issues,
            cues,
            cue_index,
            source: terms.clone(),
            word_stems,
            word_index,
            word_prefixes,
            word_lowers,
        }
    }

    /// The party an actor belongs to, from their affiliation ("Russia", "Russian Foreign
    /// Ministry", "the Kremlin") or, failing that, their own name (a country or body
    /// speaking as itself). Exact names win over names found inside a longer phrase.
    pub fn party_index(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.id == id)
    }
}

/// The words of an issue name that can link it when it is found only in part: the head of
/// each coordinated part (its last content word before a preposition: "bonus" in "One-off
/// signing bonus", "status" in "Status of Crimea") and proper names (capitalised after the
/// first word, or written in capitals: "Crimea", "NATO"). A modifier alone ("signing",
/// "industrial") says too little: "we will not sign" is not about a signing bonus.
fn name_keys(name: &str) -> Vec<String> {
    let toks = tokenize(name);
    let mut keys = Vec::new();
    let mut last_content: Option<String> = None;
    let mut in_complement = false;
    for (i, t) in toks.iter().enumerate() {
        let raw = &name[t.start..t.end];
        let caps = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && raw.chars().all(|c| !c.is_lowercase());
        let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
        if caps || (capitalised && i > 0) {
            keys.push(t.stem.clone());
        }
        let w = t.lower.as_str();
        if matches!(w, "and" | "or") {
            if let Some(h) = last_content.take() {
                keys.push(h);
            }
            in_complement = false;
        } else if matches!(
            w,
            "of" | "on"
                | "for"
                | "in"
                | "to"
                | "with"
                | "from"
                | "over"
                | "under"
                | "between"
                | "by"
                | "against"
                | "within"
                | "after"
                | "before"
        ) {
            if let Some(h) = last_content.take() {
                keys.push(h);
            }
            in_complement = true;
        } else if !in_complement && (!is_stopword(w) || is_negation(w)) {
            last_content = Some(t.stem.clone());
        }
    }
    if let Some(h) = last_content {
        keys.push(h);
    }
    keys
}

/// Rule: in an option label whose first part affirms ("Accession path open, no date",
/// "Elections soon after signing; no blanket amnesty", "recognised de facto by the US,
/// not by Ukraine"), the words a later part denies are what the option leaves out, not
/// evidence for it: a statement that names them ("a date", "an amnesty") speaks for the
/// options that have them. Returns the label without each negated stretch (from the
/// negation to the end of its part, parts being separated by commas and semicolons).
pub fn affirmed_words(label: &str) -> String {
    let mut out = String::new();
    for (k, part) in label.split_inclusive([',', ';']).enumerate() {
        let toks = tokenize(part);
        let cut = if k == 0 {
            None
        } else {
            toks.iter().position(|t| is_negation(&t.lower))
        };
        match cut {
            Some(i) => {
                out.push_str(&part[..toks[i].start]);
                if let Some(sep) = part.chars().last().filter(|c| matches!(c, ',' | ';')) {
                    out.push(sep);
                }
            }
            None => out.push_str(part),
        }
    }
    out
}

/// Rule: an option keyword sets its option apart from the issue's other options only when
/// one of its content words is neither a word of another option's label nor a word that
/// names the issue: "lift sanctions" for "Lifted at once" says "lifted", which "Lifted in
/// stages" says too, so it cannot outweigh the words that set "in stages" apart; "keep
/// sanctions" for "Sanctions stay" can.
pub fn keyword_sets_apart(keyword: &[TermWord], others: &[&str], topic: &[String]) -> bool {
    keyword
        .iter()
        .any(|w| !others.contains(&w.stem.as_str()) && !topic.contains(&w.stem))
}

/// Rule `label_phrase_names_option`: two neighbouring words of an option's label, at
/// least one of them neither generic nor a party's name, that no other option's label has
/// side by side ("free economic" and "economic zone" in "pull-back into a demilitarised
/// free economic zone ...") name that option when a statement has them side by side, however
/// long the rest of the label: a long label is rarely echoed whole. An option and its
/// negation share their words and are told apart by the polarity. Returns, per option, the
/// index of the first word of each such pair.
pub fn own_word_pairs(options: &[CompiledOption]) -> Vec<Vec<usize>> {
    let pairs_of = |o: &CompiledOption| -> Vec<(String, String)> {
        o.core
            .windows(2)
            .map(|w| (w[0].stem.clone(), w[1].stem.clone()))
            .collect()
    };
    options
        .iter()
        .enumerate()
        .map(|(oi, o)| {
            (0..o.core.len().saturating_sub(1))
                .filter(|&i| {
                    let (a, b) = (&o.core[i], &o.core[i + 1]);
                    let pair = (a.stem.clone(), b.stem.clone());
                    (a.distinctive || b.distinctive)
                        && a.stem != b.stem
                        && options.iter().enumerate().all(|(j, other)| {
                            j == oi
                                || o.complement == Some(j)
                                || other.complement == Some(oi)
                                || !pairs_of(other).contains(&pair)
                        })
                })
                .collect()
        })
        .collect()
}

fn same_stems(a: &[TermWord], b: &[TermWord]) -> bool {
    let mut x: Vec<&str> = a.iter().map(|w| w.stem.as_str()).collect();
    let mut y: Vec<&str> = b.iter().map(|w| w.stem.as_str()).collect();
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

/// Rule `short_negated_label_is_a_keyword`: an option label whose first part is a
/// negation and a short phrase ("No landing ban", "No new runway", "Never any levy") names
/// its option where a text has that phrase with its negation ("said no new runway should
/// be built"), as a keyword written with a negation does: it is one, implied by the label.
/// Short: one to four content words after the negation. Returns the label's first part.
pub(crate) fn negated_label_as_keyword(head: &str) -> Option<String> {
    let toks = tokenize(head);
    let first = toks.first()?;
    let content = toks[1..].iter().filter(|t| !is_stopword(&t.lower)).count();
    (is_negation(&first.lower) && (1..=4).contains(&content)).then(|| head.trim().to_string())
}

/// Stems of a phrase, as the matcher sees them (exposed for the draft builder).
pub fn phrase_stems(p: &str) -> Vec<String> {
    content_stems(p).into_iter().map(|(_, s)| s).collect()
}

/// Rule: a keyword written with several words but only one content word ("when it is
/// safe", "on the table") names its subject only as a whole; its content word alone is
/// one word of the keyword, not the keyword ("the corridor must be safe" is not "when it
/// is safe"). Returns the stems of all its words, to be found in order and next to each
/// other ([`phrase_at`]); none for a one-word keyword, a keyword of two content words or
/// more (found by its content words), or one written with a negation (found with its
/// negation by the option scorer).
pub fn exact_phrase(keyword: &str) -> Option<Vec<String>> {
    let toks = tokenize(keyword);
    let content = toks.iter().filter(|t| !is_stopword(&t.lower)).count();
    if toks.len() < 2 || content != 1 || toks.iter().any(|t| is_negation(&t.lower)) {
        return None;
    }
    Some(toks.into_iter().map(|t| t.stem).collect())
}

/// Whether the stems `seq` occur in order, next to each other, in `tokens[from..to]`.
pub fn phrase_at(tokens: &[crate::text::Token], from: usize, to: usize, seq: &[String]) -> bool {
    let to = to.min(tokens.len());
    if seq.is_empty() || from >= to || to - from < seq.len() {
        return false;
    }
    (from..=to - seq.len()).any(|i| seq.iter().zip(&tokens[i..]).all(|(s, t)| *s == t.stem))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_totality_word_marks_the_issues_own_action_in_a_label() {
        use super::*;
        let core = |label: &str| -> Vec<TermWord> {
            content_stems(label)
                .into_iter()
                .map(|(lower, stem)| TermWord {
                    party: None,
                    weight: 1.0,
                    distinctive: true,
                    discriminative: true,
                    topic: false,
                    key: true,
                    synonyms: None,
                    id: 0,
                    lower,
                    stem,
                })
                .collect()
        };
        let label = "Full dredging of the channel under port supervision";
        let c = core(label);
        let w = whole_action_words(label, &c, "Dredging of the harbour");
        assert_eq!(w.len(), 1);
        assert_eq!(c[w[0]].lower, "dredging");
        // A word outside the issue's name is not its action.
        let label = "Ships leave the whole harbour";
        assert!(whole_action_words(label, &core(label), "Dredging of the channel").is_empty());
        // No totality word, nothing.
        let label = "Partial dredging";
        assert!(whole_action_words(label, &core(label), "Dredging of the harbour").is_empty());
    }

    #[test]
    fn a_short_negated_label_is_its_own_keyword() {
        use super::negated_label_as_keyword as k;
        assert_eq!(k("No harbour levy").as_deref(), Some("No harbour levy"));
        assert_eq!(
            k("Never any levy on boats").as_deref(),
            Some("Never any levy on boats")
        );
        // Not a negation first, nothing after it, or too long to be one phrase.
        assert_eq!(k("Harbour levy imposed"), None);
        assert_eq!(k("None"), None);
        assert_eq!(k("No levy, toll, fee or charge on small boats"), None);
    }

    use super::*;

    #[test]
    fn words_a_label_denies_in_a_later_part_are_not_its_evidence() {
        assert_eq!(affirmed_words("Path open, no date").trim(), "Path open,");
        assert!(!affirmed_words("Vote soon after signing; no blanket amnesty").contains("amnesty"));
        assert!(
            affirmed_words("Control recognised by the US, not by Ukraine, for now")
                .contains("for now")
        );
        // The first part is the label's own claim: its negation is handled as a negated
        // label, not cut here.
        assert_eq!(affirmed_words("No shorter week"), "No shorter week");
        assert_eq!(
            affirmed_words("Lifted in stages, case by case"),
            "Lifted in stages, case by case"
        );
    }

    #[test]
    fn a_keyword_with_one_content_word_is_found_only_whole() {
        let seq = exact_phrase("when it is safe").unwrap_or_default();
        assert_eq!(seq.len(), 4);
        let t = tokenize("elections will be held when it is safe to vote");
        assert!(phrase_at(&t, 0, t.len(), &seq));
        let t = tokenize("the corridor must be safe for civilians");
        assert!(!phrase_at(&t, 0, t.len(), &seq));
        assert_eq!(exact_phrase("frozen assets"), None);
        assert_eq!(exact_phrase("no NATO"), None);
        assert_eq!(exact_phrase("NATO"), None);
    }
}
