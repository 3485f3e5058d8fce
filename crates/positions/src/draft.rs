//! A starting scenario drafted from the evidence alone, for a conflict with no scenario
//! yet: parties from the speakers' affiliations, issues from the phrases the statements
//! share, and the statements that back each, with every number a marked placeholder.

use crate::lexicon::{is_generic, oppose_cues, support_cues, topic_cues, StanceLexicon};
use crate::linker::{Polarity, StanceLinker};
use crate::positions::Statement;
use crate::text::{clauses, is_negation, is_stopword, tokenize};
use crate::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// An actor as the draft needs it (the store's merged actor row carries all of this).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftActor {
    pub name: String,
    /// `person`, `organization` or `country`.
    pub kind: String,
    pub affiliation: Option<String>,
    /// Every form the actor was met under.
    pub surfaces: Vec<String>,
}

/// Limits of the draft.
#[derive(Debug, Clone, Copy)]
pub struct DraftOptions {
    pub max_parties: usize,
    pub max_issues: usize,
    pub max_keywords: usize,
    /// Statements cited per issue.
    pub max_sources: usize,
}

impl Default for DraftOptions {
    fn default() -> Self {
        DraftOptions {
            max_parties: 6,
            max_issues: 6,
            max_keywords: 5,
            max_sources: 5,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftParty {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// Statements by the party's speakers.
    pub statements: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftIssue {
    pub id: String,
    pub name: String,
    pub keywords: Vec<String>,
    /// Statements that use the issue's words.
    pub statements: usize,
    pub score: f64,
    /// Ids of the sources (statements) cited.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftSource {
    pub id: String,
    pub article: String,
    pub quote: String,
    pub speaker: Option<String>,
    pub date: Option<String>,
    pub note: String,
}

/// What a party said about an issue in the draft's own terms.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftStance {
    pub party: String,
    pub issue: String,
    pub supports: usize,
    pub rejects: usize,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioDraft {
    pub statements: usize,
    pub parties: Vec<DraftParty>,
    pub issues: Vec<DraftIssue>,
    pub sources: Vec<DraftSource>,
    pub stances: Vec<DraftStance>,
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'n');
    }
    out
}

fn unique(id: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{id}_{n}");
        n += 1;
    }
    candidate
}

fn is_calendar(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Words that say nothing about what is negotiated, however often they occur.
fn is_chatter(lower: &str) -> bool {
    lower.ends_with("ly")
        || matches!(
            lower,
            "talks"
                | "talk"
                | "negotiation"
                | "negotiations"
                | "meeting"
                | "meetings"
                | "president"
                | "minister"
                | "government"
                | "people"
                | "country"
                | "countries"
                | "time"
                | "year"
                | "years"
                | "week"
                | "weeks"
                | "day"
                | "days"
                | "today"
                | "statement"
                | "way"
                | "thing"
                | "things"
                | "lot"
                | "part"
                | "said"
                | "told"
                | "think"
                | "know"
                | "believe"
                | "see"
                | "going"
                | "make"
                | "made"
                | "want"
                | "let"
                | "get"
                | "us"
                | "well"
                | "even"
                | "like"
                | "many"
                | "much"
                | "every"
                | "each"
                | "there"
                | "here"
                | "again"
                | "still"
                | "already"
                | "side"
                | "because"
                | "instead"
                | "always"
                | "never"
                | "continue"
                | "continues"
                | "continued"
                | "however"
                | "another"
                | "without"
                | "through"
                | "during"
                | "against"
                | "within"
                | "towards"
                | "whether"
                | "should"
                | "regarding"
                | "according"
                | "spokesman"
                | "spokesperson"
                | "secretary"
                | "foreign"
                | "deputy"
                | "official"
                | "officials"
                | "prime"
                | "saying"
                | "stated"
                | "added"
                | "noted"
                | "something"
                | "anything"
                | "nothing"
                | "everything"
                | "someone"
                | "everyone"
        )
}

#[derive(Default)]
struct Candidate {
    surfaces: HashMap<String, usize>,
    statements: BTreeSet<usize>,
    parties: BTreeSet<usize>,
    bigram: bool,
    /// Written with a capital inside a sentence at least once (a name: "Crimea", "NATO").
    proper: bool,
    /// Statements in which it is the object of a stance (see [`stance_objects`]), and the
    /// articles and speakers of those statements.
    objects: BTreeSet<usize>,
    object_articles: BTreeSet<String>,
    object_speakers: BTreeSet<String>,
}

/// How far after a stance word its object may run (tokens, within the clause).
const OBJECT_SPAN: usize = 6;

/// Rule: the words a statement demands, offers or rejects are the stance's object: those
/// in the same clause within a few words after a support or oppose cue word ("demanded
/// the withdrawal of troops", "rejects any ceasefire"), and, when the statement's
/// reporting frame itself takes a side ("rejected", "called for"), the opening words of
/// each clause, which the frame governs. Marks each token of `toks` that is such an object.
pub fn stance_objects(
    text: &str,
    toks: &[crate::text::Token],
    heads: &HashSet<String>,
    framed: bool,
) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    for c in clauses(text, toks) {
        if framed {
            for m in out
                .iter_mut()
                .take(c.last.min(c.first + OBJECT_SPAN))
                .skip(c.first)
            {
                *m = true;
            }
        }
        for (i, t) in toks.iter().enumerate().take(c.last).skip(c.first) {
            if heads.contains(&t.stem) {
                let end = c.last.min(i + 1 + OBJECT_SPAN);
                for m in out.iter_mut().take(end).skip(i + 1) {
                    *m = true;
                }
            }
        }
    }
    out
}

impl Candidate {
    fn surface(&self) -> String {
        let mut v: Vec<(&String, &usize)> = self.surfaces.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        v.first().map(|(s, _)| (*s).clone()).unwrap_or_default()
    }
}

/// Drafts parties, issues and sources from statements and actors.
pub fn draft(statements: &[Statement], actors: &[DraftActor], opts: DraftOptions) -> ScenarioDraft {
    // Parties: the affiliations that speak most, countries first.
    let country_names: HashSet<String> = actors
        .iter()
        .filter(|a| a.kind == "country")
        .map(|a| a.name.to_lowercase())
        .collect();
    let mut speaks: HashMap<String, (String, usize)> = HashMap::new();
    for s in statements {
        if let Some(a) = s
            .affiliation
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            let e = speaks
                .entry(a.to_lowercase())
                .or_insert_with(|| (a.to_string(), 0));
            e.1 += 1;
        }
    }
    let ranked: Vec<(String, String, usize, bool)> = speaks
        .into_iter()
        .map(|(k, (name, n))| {
            let country = country_names.contains(&k);
            (k, name, n, country)
        })
        .collect();
    // Countries speak for themselves; other bodies (an alliance, a union, but also the
    // think tank an analyst works for) must be heard about as often as a main side.
    let top = ranked.iter().map(|r| r.2).max().unwrap_or(0);
    let mut ranked: Vec<(String, String, usize, bool)> = ranked
        .into_iter()
        .filter(|(_, _, n, country)| *country || *n >= (top / 4).max(2))
        .collect();
    ranked.sort_by(|a, b| {
        b.3.cmp(&a.3)
            .then(b.2.cmp(&a.2))
            .then_with(|| a.0.cmp(&b.0))
    });
    ranked.truncate(opts.max_parties);
    let mut taken = HashSet::new();
    let parties: Vec<DraftParty> = ranked
        .into_iter()
        .map(|(key, name, n, _)| {
            let mut aliases: BTreeSet<String> = BTreeSet::new();
            for a in actors {
                let same_side = a
                    .affiliation
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(&key));
                let is_it = a.name.eq_ignore_ascii_case(&key);
                // Only the party itself and countries on its side give aliases: an
                // outlet or a brigade on the same side is not a name for the party.
                if is_it || (same_side && a.kind == "country") {
                    for s in std::iter::once(&a.name).chain(&a.surfaces) {
                        if !s.eq_ignore_ascii_case(&name) && s.chars().any(char::is_alphabetic) {
                            aliases.insert(s.clone());
                        }
                    }
                }
            }
            DraftParty {
                id: unique(slug(&name), &mut taken),
                name,
                aliases: aliases.into_iter().take(8).collect(),
                statements: n,
            }
        })
        .collect();

    // A scenario needs two sides; when the evidence names fewer, placeholders stand in.
    let mut parties = parties;
    for letter in ["a", "b"] {
        if parties.len() >= 2 {
            break;
        }
        parties.push(DraftParty {
            id: unique(format!("placeholder_{letter}"), &mut taken),
            name: format!("PLACEHOLDER party {}", letter.to_uppercase()),
            aliases: Vec::new(),
            statements: 0,
        });
    }

    // Party names must not become issues.
    let party_words: HashSet<String> = parties
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .flat_map(|n| tokenize(n).into_iter().map(|t| t.stem))
        .collect();
    let person_words: HashSet<String> = actors
        .iter()
        .filter(|a| a.kind == "person")
        .flat_map(|a| tokenize(&a.name).into_iter().map(|t| t.stem))
        .chain(
            statements
                .iter()
                .filter_map(|s| s.speaker.as_deref())
                .flat_map(|n| tokenize(n).into_iter().map(|t| t.stem)),
        )
        .collect();
    let cue_words: HashSet<String> = support_cues()
        .iter()
        .chain(oppose_cues())
        .chain(topic_cues())
        .flat_map(|c| tokenize(c).into_iter().map(|t| t.stem))
        .collect();
    // The first content word of each support and oppose cue ("demand", "reject", "call").
    let stance_heads: HashSet<String> = support_cues()
        .iter()
        .chain(oppose_cues())
        .filter_map(|c| {
            tokenize(c)
                .into_iter()
                .find(|t| !is_stopword(&t.lower))
                .map(|t| t.stem)
        })
        .collect();
    let frame_linker = StanceLinker::new(StanceLexicon::new(&ScenarioTerms::default()));
    let party_of_statement = |s: &Statement| -> Option<usize> {
        let a = s.affiliation.as_deref()?;
        parties.iter().position(|p| p.name.eq_ignore_ascii_case(a))
    };

    // Candidate terms: noun-like bigrams and capitalised words inside a sentence.
    let mut cands: HashMap<String, Candidate> = HashMap::new();
    for (si, s) in statements.iter().enumerate() {
        let toks = tokenize(&s.text);
        let party = party_of_statement(s);
        let framed = s
            .framing()
            .frame
            .is_some_and(|f| frame_linker.frame_polarity(f).is_some());
        let object = stance_objects(&s.text, &toks, &stance_heads, framed);
        let usable = |i: usize| {
            let t = &toks[i];
            t.lower.len() >= 3
                && t.lower.chars().all(|c| c.is_alphabetic() || c == '\'')
                && !is_stopword(&t.lower)
                && !is_negation(&t.lower)
                && !is_chatter(&t.lower)
                && !is_generic(&t.lower)
                && !cue_words.contains(&t.stem)
                && !party_words.contains(&t.stem)
                && !person_words.contains(&t.stem)
        };
        for c in clauses(&s.text, &toks) {
            for i in c.first..c.last {
                if !usable(i) {
                    continue;
                }
                let t = &toks[i];
                let capital = t.lower != s.text[t.start..t.end] && i > c.first;
                let plain_gap = |j: usize| {
                    s.text[toks[j].end..toks[j + 1].start]
                        .chars()
                        .all(|ch| ch == ' ' || ch == '-')
                };
                let is_object = object[i];
                let mut add = |key: String, surface: String, bigram: bool| {
                    let e = cands.entry(key).or_default();
                    *e.surfaces.entry(surface).or_default() += 1;
                    e.statements.insert(si);
                    if is_object {
                        e.objects.insert(si);
                        e.object_articles.insert(s.article.clone());
                        if let Some(sp) = &s.speaker {
                            e.object_speakers.insert(sp.clone());
                        }
                    }
                    if let Some(p) = party {
                        e.parties.insert(p);
                    }
                    e.bigram = bigram;
                };
                if i + 1 < c.last && usable(i + 1) && plain_gap(i) {
                    let u = &toks[i + 1];
                    add(
                        format!("{} {}", t.stem, u.stem),
                        s.text[t.start..u.end].to_string(),
                        true,
                    );
                }
                if (capital && !is_calendar(&t.lower)) || t.lower.len() >= 6 || is_object {
                    add(t.stem.clone(), s.text[t.start..t.end].to_string(), false);
                    if capital {
                        if let Some(c) = cands.get_mut(&t.stem) {
                            c.proper = true;
                        }
                    }
                }
            }
        }
    }
    let n = statements.len().max(1) as f64;
    let min_df = if statements.len() >= 10 { 2 } else { 1 };
    let mut scored: Vec<(String, f64)> = cands
        .iter()
        .filter(|(_, c)| c.statements.len() >= min_df)
        .map(|(k, c)| {
            let df = c.statements.len() as f64;
            let idf = ((n + 1.0) / df).ln() + 1.0;
            let spread = 1.0 + 0.5 * (c.parties.len().saturating_sub(1)) as f64;
            let kind = if c.bigram { 1.5 } else { 1.0 };
            // What parties demand and reject, across articles and speakers, is what is
            // negotiated: each article and speaker that takes a side on the term counts.
            let demanded = 1.0 + c.object_articles.len() as f64 + c.object_speakers.len() as f64;
            (k.clone(), df * idf * spread * kind * demanded)
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    // Greedy clustering: the best term opens an issue; terms used by mostly the same
    // statements become its keywords.
    let mut used: HashSet<String> = HashSet::new();
    let mut issues: Vec<DraftIssue> = Vec::new();
    let mut issue_statements: Vec<BTreeSet<usize>> = Vec::new();
    let mut issue_ids = HashSet::new();
    for (key, score) in &scored {
        if issues.len() >= opts.max_issues {
            break;
        }
        if used.contains(key) {
            continue;
        }
        let Some(head) = cands.get(key) else { continue };
        // Issues open on a phrase, a name, or a word demanded or rejected in two articles
        // or more; another lone common word only joins as a keyword.
        if !head.bigram && !head.proper && head.object_articles.len() < 2 {
            continue;
        }
        let head_words: Vec<&str> = key.split(' ').collect();
        // A word already inside a chosen issue's phrase is not a new issue.
        if !head.bigram && head_words.iter().any(|w| used.contains(*w)) {
            continue;
        }
        used.insert(key.clone());
        let mut stmts = head.statements.clone();
        let mut keywords = vec![head.surface()];
        for (other, _) in &scored {
            if keywords.len() > opts.max_keywords || used.contains(other) {
                continue;
            }
            let Some(c) = cands.get(other) else { continue };
            let shares_word = other.split(' ').any(|w| head_words.contains(&w));
            let inter = c.statements.intersection(&head.statements).count() as f64;
            let union = c.statements.union(&head.statements).count() as f64;
            let contained = inter / c.statements.len().max(1) as f64;
            if shares_word || (inter >= 2.0 && (inter / union >= 0.34 || contained >= 0.75)) {
                used.insert(other.clone());
                keywords.push(c.surface());
                stmts.extend(c.statements.iter().copied());
            }
        }
        for w in &head_words {
            used.insert((*w).to_string());
        }
        let name = head.surface();
        issues.push(DraftIssue {
            id: unique(slug(&name), &mut issue_ids),
            name,
            keywords,
            statements: stmts.len(),
            score: (*score * 1000.0).round() / 1000.0,
            sources: Vec::new(),
        });
        issue_statements.push(stmts);
    }

    // A scenario needs an issue; with nothing to go on, a placeholder stands in.
    if issues.is_empty() {
        issues.push(DraftIssue {
            id: "placeholder_issue".into(),
            name: "PLACEHOLDER issue".into(),
            keywords: Vec::new(),
            statements: 0,
            score: 0.0,
            sources: Vec::new(),
        });
        issue_statements.push(BTreeSet::new());
    }

    // Sources: the statements behind each issue, the most parties first.
    let mut sources: Vec<DraftSource> = Vec::new();
    let mut source_of: HashMap<usize, String> = HashMap::new();
    for (ii, stmts) in issue_statements.iter().enumerate() {
        let mut chosen: Vec<usize> = stmts.iter().copied().collect();
        chosen.sort_by_key(|&si| (party_of_statement(&statements[si]).is_none(), si));
        chosen.truncate(opts.max_sources);
        for si in chosen {
            let id = source_of
                .entry(si)
                .or_insert_with(|| {
                    let s = &statements[si];
                    let id = format!("s{}", sources.len() + 1);
                    sources.push(DraftSource {
                        id: id.clone(),
                        article: s.article.clone(),
                        quote: s.text.clone(),
                        speaker: s.speaker.clone(),
                        date: s.date.clone(),
                        note: format!("bytes {}..{} of the article", s.start, s.end),
                    });
                    id
                })
                .clone();
            issues[ii].sources.push(id);
        }
    }

    // Stances in the draft's own terms, to tell the analyst who leans which way.
    let terms = draft_terms(&parties, &issues);
    let linker = StanceLinker::new(StanceLexicon::new(&terms));
    let mut tally: BTreeMap<(String, String), DraftStance> = BTreeMap::new();
    for (si, s) in statements.iter().enumerate() {
        for st in linker.link(&s.text, s.speaker.as_deref(), s.affiliation.as_deref()) {
            let Some(p) = st.party.clone() else { continue };
            let yes = match (st.option.as_deref(), st.polarity) {
                (_, Polarity::Neutral) | (None, _) => continue,
                (Some("yes"), Polarity::Supports) | (Some("no"), Polarity::Rejects) => true,
                _ => false,
            };
            let e = tally
                .entry((p.clone(), st.issue.clone()))
                .or_insert_with(|| DraftStance {
                    party: p,
                    issue: st.issue.clone(),
                    supports: 0,
                    rejects: 0,
                    sources: Vec::new(),
                });
            if yes {
                e.supports += 1;
            } else {
                e.rejects += 1;
            }
            if let Some(id) = source_of.get(&si) {
                if !e.sources.contains(id) {
                    e.sources.push(id.clone());
                }
            }
        }
    }

    ScenarioDraft {
        statements: statements.len(),
        parties,
        issues,
        sources,
        stances: tally.into_values().collect(),
    }
}

/// The draft's parties and issues as a lexicon: each issue gets the two placeholder
/// options "<name>" and "no <name>".
fn draft_terms(parties: &[DraftParty], issues: &[DraftIssue]) -> ScenarioTerms {
    ScenarioTerms {
        parties: parties
            .iter()
            .map(|p| PartyTerms {
                id: p.id.clone(),
                name: p.name.clone(),
                aliases: p.aliases.clone(),
                values: BTreeMap::new(),
            })
            .collect(),
        issues: issues
            .iter()
            .map(|i| IssueTerms {
                id: i.id.clone(),
                name: i.name.clone(),
                keywords: i.keywords.clone(),
                options: vec![
                    OptionTerms {
                        id: "yes".into(),
                        label: i.name.clone(),
                        keywords: vec![],
                    },
                    OptionTerms {
                        id: "no".into(),
                        label: format!("no {}", i.name),
                        keywords: vec![],
                    },
                ],
            })
            .collect(),
    }
}

/// A TOML string literal, escaped.
fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn list(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| q(s)).collect();
    format!("[{}]", items.join(", "))
}

impl ScenarioDraft {
    /// The draft as a scenario file (`docs/scenario.md`), with every number an analyst
    /// must set marked `PLACEHOLDER`.
    pub fn to_toml(&self, title: &str) -> String {
        let mut o = String::new();
        o.push_str("# Scenario DRAFTED FROM EVIDENCE by `detente scenario draft`.\n");
        o.push_str(
            "# Parties come from the speakers' affiliations, issues from the phrases their\n",
        );
        o.push_str(
            "# statements share. Every weight, value and reservation below is a PLACEHOLDER\n",
        );
        o.push_str(
            "# (note = \"PLACEHOLDER ...\"): replace them, rename issues, and edit the two\n",
        );
        o.push_str("# placeholder options of each issue before analysing.\n\n");
        o.push_str("[meta]\n");
        o.push_str(&format!("title = {}\n", q(title)));
        o.push_str(&format!(
            "description = {}\n\n",
            q(&format!(
                "Draft from {} statements: {} parties, {} issues. Placeholders to finish.",
                self.statements,
                self.parties.len(),
                self.issues.len()
            ))
        ));
        for p in &self.parties {
            o.push_str("[[parties]]\n");
            o.push_str(&format!("id = {}\nname = {}\n", q(&p.id), q(&p.name)));
            if !p.aliases.is_empty() {
                o.push_str(&format!("aliases = {}\n", list(&p.aliases)));
            }
            o.push_str(&format!(
                "# {} statement(s) by its speakers\n\n",
                p.statements
            ));
        }
        for i in &self.issues {
            o.push_str("[[issues]]\n");
            o.push_str(&format!("id = {}\nname = {}\n", q(&i.id), q(&i.name)));
            o.push_str(&format!(
                "description = {}\n",
                q(&format!(
                    "PLACEHOLDER: drafted from {} statement(s); evidence: {}",
                    i.statements,
                    i.sources.join(", ")
                ))
            ));
            o.push_str(&format!("keywords = {}\n", list(&i.keywords)));
            o.push_str(&format!(
                "options = [\n  {{ id = \"yes\", label = {}, description = \"PLACEHOLDER option\" }},\n  {{ id = \"no\", label = {}, description = \"PLACEHOLDER option\" }},\n]\n\n",
                q(&i.name),
                q(&format!("no {}", i.name))
            ));
        }
        let n = self.issues.len();
        for p in &self.parties {
            o.push_str(&format!("[preferences.{}]\n", p.id));
            o.push_str("reservation = { value = 0.3, note = \"PLACEHOLDER: value of no deal\" }\n");
            if let Some(share) = 1000usize.checked_div(n) {
                o.push_str("weights = { ");
                // Equal weights that sum to exactly 1: the last issue takes the remainder.
                let each = share as f64 / 1000.0;
                let parts: Vec<String> = self
                    .issues
                    .iter()
                    .enumerate()
                    .map(|(k, i)| {
                        let w = if k + 1 == n {
                            1.0 - each * (n - 1) as f64
                        } else {
                            each
                        };
                        let cites: Vec<String> = self
                            .stances
                            .iter()
                            .filter(|s| s.party == p.id && s.issue == i.id)
                            .flat_map(|s| s.sources.iter().cloned())
                            .collect();
                        let src = if cites.is_empty() {
                            String::new()
                        } else {
                            format!(", sources = {}", list(&cites))
                        };
                        format!(
                            "{} = {{ value = {:.3}, note = \"PLACEHOLDER weight\"{} }}",
                            i.id, w, src
                        )
                    })
                    .collect();
                o.push_str(&parts.join(", "));
                o.push_str(" }\n");
            }
            for i in &self.issues {
                let stance = self
                    .stances
                    .iter()
                    .find(|s| s.party == p.id && s.issue == i.id);
                let said = match stance {
                    Some(s) => format!(
                        "PLACEHOLDER; its speakers support this in {} and reject it in {} statement(s)",
                        s.supports, s.rejects
                    ),
                    None => "PLACEHOLDER; no stated stance found".to_string(),
                };
                let said_no = match stance {
                    Some(s) => format!(
                        "PLACEHOLDER; its speakers support this in {} and reject it in {} statement(s)",
                        s.rejects, s.supports
                    ),
                    None => "PLACEHOLDER; no stated stance found".to_string(),
                };
                o.push_str(&format!(
                    "values.{} = {{ yes = {{ value = 0.5, note = {} }}, no = {{ value = 0.5, note = {} }} }}\n",
                    i.id,
                    q(&said),
                    q(&said_no)
                ));
            }
            o.push('\n');
        }
        for s in &self.sources {
            o.push_str("[[sources]]\n");
            o.push_str(&format!(
                "id = {}\narticle = {}\nquote = {}\n",
                q(&s.id),
                q(&s.article),
                q(&s.quote)
            ));
            if let Some(sp) = &s.speaker {
                o.push_str(&format!("speaker = {}\n", q(sp)));
            }
            if let Some(d) = s.date.as_deref().filter(|d| is_iso_date(d)) {
                o.push_str(&format!("date = {}\n", q(d)));
            }
            o.push_str(&format!("note = {}\n\n", q(&s.note)));
        }
        o
    }
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads() -> HashSet<String> {
        ["demand", "reject"]
            .iter()
            .map(|w| crate::text::stem(w))
            .collect()
    }

    #[test]
    fn the_words_after_a_stance_word_are_its_object() {
        let t = "The union demanded higher pensions for retired workers. Talks resume Monday.";
        let toks = tokenize(t);
        let obj = stance_objects(t, &toks, &heads(), false);
        let marked: Vec<&str> = toks
            .iter()
            .zip(&obj)
            .filter(|(_, o)| **o)
            .map(|(t, _)| t.lower.as_str())
            .collect();
        assert_eq!(
            marked,
            vec!["higher", "pensions", "for", "retired", "workers"]
        );
    }

    #[test]
    fn a_stance_frame_makes_each_clause_opening_an_object() {
        let t = "a truce along the current line";
        let toks = tokenize(t);
        assert!(stance_objects(t, &toks, &heads(), false).iter().all(|o| !o));
        assert!(stance_objects(t, &toks, &heads(), true)[1]);
    }
}
