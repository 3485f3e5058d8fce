//! Evidence extraction from one article: actors, direct quotes with speakers, indirect
//! claims and date expressions.
//!
//! The method is rule-based and general: people are found from capitalised word sequences
//! with title words, appositions and reporting cues around them; bundled lists (countries,
//! international bodies, titles, reporting verbs) only help classify what the text names.
//! See `docs/extraction.md` for the rules and their limits.

// Token-indexed parallel arrays are the data layout here; index loops read best.
#![allow(clippy::needless_range_loop)]

use crate::dates::{find_dates, DateKind, Reference};
use crate::lexicon::{tokenize, Known, Lexicon, Token};
use crate::records::{Actor, ActorKind, Article, ArticleEvidence, Claim, DateMention, Quote};
use std::collections::HashMap;

/// Extracts actors, quotes, claims and dates. Build once, share across threads.
#[derive(Debug)]
pub struct Extractor {
    lx: Lexicon,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

const CONNECTORS: &[&str] = &[
    "of", "for", "the", "de", "van", "von", "bin", "al", "da", "del", "di", "la", "le", "du",
    "der", "dos", "das",
];
const DETERMINERS: &[&str] = &["the", "a", "an", "The", "A", "An"];
const TRAILER_STARTS: &[&str] = &[
    "about the author",
    "read also",
    "read more",
    "also read",
    "similar posts",
    "related:",
    "related posts",
    "related articles",
    "image:",
    "photo:",
    "sign up",
    "subscribe",
    "copyright",
    "©",
    "follow us",
    "share this",
    "more from",
    "recommended",
    "most read",
    "media contact",
    "press contact",
    "media enquiries",
    "media inquiries",
    "investor contact",
    "notes to editors",
    "note to editors",
    "for further information",
    "for more information",
    "###",
    "(reporting by",
    "reporting by",
    "additional reporting by",
    "(additional reporting by",
    "editing by",
    "writing by",
    "(writing by",
    "(editing by",
];
const SCARE_CUES: &[&str] = &[
    "so-called",
    "dubbed",
    "titled",
    "entitled",
    "named",
    "term",
    "word",
    "slogan",
    "called",
    // "What Moscow calls a “special military operation”", "the phrase “just and lasting
    // peace”": a term held up for inspection, not someone's words.
    "calls",
    "call",
    "phrase",
    "phrases",
    "expression",
    "label",
    "labelled",
    "labeled",
    "branded",
    "termed",
    "nicknamed",
    "motto",
];
const MODALS: &[&str] = &["may", "might", "could", "would", "should", "must"];
const LOCATIVES: &[&str] = &[
    "in",
    "into",
    "to",
    "across",
    "throughout",
    "inside",
    "near",
    "at",
    "within",
    "toward",
    "towards",
    "via",
    "around",
    "outside",
    "through",
    "across",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MKind {
    Person(usize),
    Org(usize),
    Country(usize),
    Pronoun,
    /// A title phrase ("the spokesman"); resolved to a person by role.
    Title,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    /// Token range.
    t0: usize,
    t1: usize,
    kind: MKind,
}

#[derive(Debug, Default)]
struct PersonAcc {
    name_tokens: usize,
    name: String,
    surname_key: String,
    given: Option<String>,
    role: Option<String>,
    affiliation: Option<String>,
    /// Possessor named in the role ("Putin's aide"): inherits that person's side.
    owner: Option<String>,
    analyst: bool,
    institution: Option<String>,
    mentions: Vec<String>,
    /// From an honorific or a gendered title ("Ms", "Mr", "spokeswoman"); checks `he`/`she`.
    female: Option<bool>,
}

/// Gender stated by an honorific or a gendered role word, if any.
fn stated_gender(words: &str) -> Option<bool> {
    words
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| match w {
            "Ms" | "Mrs" | "Miss" | "Madam" | "Dame" | "Lady" => Some(true),
            "Mr" | "Sir" | "Lord" => Some(false),
            _ => {
                let l = w.to_lowercase();
                if matches!(
                    l.as_str(),
                    "spokeswoman"
                        | "chairwoman"
                        | "congresswoman"
                        | "businesswoman"
                        | "stateswoman"
                ) {
                    Some(true)
                } else if matches!(
                    l.as_str(),
                    "spokesman" | "chairman" | "congressman" | "businessman" | "statesman"
                ) {
                    Some(false)
                } else {
                    None
                }
            }
        })
}

#[derive(Debug, Default)]
struct OrgAcc {
    name: String,
    affiliation: Option<String>,
    role: Option<String>,
    mentions: Vec<String>,
}

#[derive(Debug, Default)]
struct CountryAcc {
    name: String,
    mentions: Vec<String>,
    acting: bool,
}

#[derive(Debug, Clone)]
struct QSpan {
    /// Byte offset of the opening mark.
    open: usize,
    /// Quoted words (marks excluded).
    start: usize,
    end: usize,
    /// Byte offset just after the closing mark (or `end` when unclosed).
    after: usize,
    para: usize,
    closed: bool,
    single: bool,
}

const F_HEAD: u8 = 1;
const F_MOD: u8 = 2;
const F_ORG: u8 = 4;
const F_PLACE: u8 = 8;
const F_EVENT: u8 = 16;
const F_CUE: u8 = 32;
const F_STOP: u8 = 128;

struct Doc<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// Per token: word-class flags (`F_*`), computed once so that hot loops never allocate.
    flags: Vec<u8>,
    /// Sentence index per token.
    sent_of: Vec<usize>,
    /// Sentence token ranges.
    sents: Vec<(usize, usize)>,
    para_of: Vec<usize>,
    /// Per token: inside a quotation.
    in_quote: Vec<bool>,
    /// Per paragraph: looks like a headline, caption or credit line.
    para_skip: Vec<bool>,
}

impl<'a> Doc<'a> {
    /// The first token of `t0..t1` after any leading article ("the Unite union" -> "Unite").
    fn skip_determiners(&self, t0: usize, t1: usize) -> usize {
        (t0..t1)
            .find(|&k| !DETERMINERS.contains(&self.t(k)))
            .unwrap_or(t1)
    }
    fn has(&self, i: usize, f: u8) -> bool {
        i < self.flags.len() && self.flags[i] & f != 0
    }
    fn t(&self, i: usize) -> &'a str {
        let k = &self.toks[i];
        &self.text[k.start..k.end]
    }
    fn span(&self, t0: usize, t1: usize) -> &'a str {
        &self.text[self.toks[t0].start..self.toks[t1 - 1].end]
    }
    fn is(&self, i: usize, s: &str) -> bool {
        i < self.toks.len() && self.t(i) == s
    }
    fn lower_is(&self, i: usize, set: &[&str]) -> bool {
        i < self.toks.len()
            && self.toks[i].word
            && set.iter().any(|s| self.t(i).eq_ignore_ascii_case(s))
    }
    /// First token at or after byte `b`.
    fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start < b)
    }
}

fn surname_key(s: &str) -> String {
    let mut k: String = s
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    // Transliteration variants: Zelenskyy/Zelensky, Zelenskiy.
    for suf in ["yy", "iy", "ii"] {
        if k.len() > 5 && k.ends_with(suf) {
            k.truncate(k.len() - 1);
            k.pop();
            k.push('y');
            break;
        }
    }
    k
}

fn edit_distance_le1(a: &str, b: &str) -> bool {
    // Byte-wise: keys are lower-case, and a multi-byte letter differing counts as more than
    // one edit, which only makes the test stricter.
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut diff) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        diff += 1;
        if diff > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    diff + (a.len() - i) + (b.len() - j) <= 1
}

fn same_surname(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 6 && b.len() >= 6 && edit_distance_le1(a, b))
}

impl Extractor {
    pub fn new() -> Self {
        Extractor {
            lx: Lexicon::load(),
        }
    }

    /// Extracts all evidence from one article. Never panics on any text.
    pub fn extract(&self, article: &Article) -> ArticleEvidence {
        let text = article.text.as_str();
        let body_start = crate::read::parse_text_header(text).body_start;
        let body_end = trailer_start(text, body_start);
        let reference = article.date.as_deref().and_then(Reference::parse);
        let doc = self.build_doc(text, body_start, body_end);
        let quotes = find_quote_spans(text, body_start, body_end);
        let mut doc = doc;
        for q in &quotes {
            let a = doc.tok_at(q.start);
            let b = doc.tok_at(q.end);
            for f in &mut doc.in_quote[a..b] {
                *f = true;
            }
        }
        let mut ents = self.find_entities(&doc);
        let mut out = ArticleEvidence::default();
        let subjects = sentence_subjects(&doc, &ents, self);
        out.quotes = self.attribute_quotes(&doc, &quotes, &mut ents, &subjects, article);
        out.claims = self.find_claims(&doc, &ents, &subjects, article);
        out.actors = ents.into_actors(&article.id, &doc);
        let date_for = article.date.clone();
        for q in &mut out.quotes {
            q.date = date_for.clone();
        }
        for c in &mut out.claims {
            c.date = date_for.clone();
        }
        out.dates = find_dates(text, body_start, body_end, reference.as_ref())
            .into_iter()
            .filter(|f| !hypothetical_date(text, f, &quotes))
            .map(|f| DateMention {
                article: article.id.clone(),
                start: f.start,
                end: f.end,
                text: text[f.start..f.end].to_string(),
                resolved: f.resolved,
            })
            .collect();
        out
    }

    fn build_doc<'a>(&self, text: &'a str, from: usize, to: usize) -> Doc<'a> {
        let mut toks = Vec::new();
        tokenize(text, from, to, &mut toks);
        let n = toks.len();
        let mut para_of = Vec::with_capacity(n);
        let mut para = 0usize;
        for (i, t) in toks.iter().enumerate() {
            if t.para_start && i > 0 {
                para += 1;
            }
            para_of.push(para);
        }
        let npara = para + 1;
        let mut flags = vec![0u8; n];
        let mut buf = String::new();
        for (k, t) in toks.iter().enumerate() {
            if !t.word {
                continue;
            }
            let w = &text[t.start..t.end];
            buf.clear();
            if w.is_ascii() {
                buf.push_str(w);
                buf.make_ascii_lowercase();
            } else {
                buf.extend(w.chars().flat_map(char::to_lowercase));
            }
            let lx = &self.lx;
            let mut f = lx.classes.get(buf.as_str()).copied().unwrap_or(0);
            if buf.ends_with('.') {
                f |= lx
                    .classes
                    .get(buf.trim_end_matches('.'))
                    .copied()
                    .unwrap_or(0);
            }
            if t.cap && lx.stop.contains(w) {
                f |= F_STOP;
            }
            flags[k] = f;
        }
        let mut doc = Doc {
            text,
            flags,
            toks,
            sent_of: vec![0; n],
            sents: Vec::new(),
            para_of,
            in_quote: vec![false; n],
            para_skip: vec![false; npara],
        };
        // Sentences: a full stop, question or exclamation mark (after any closing quotes)
        // followed by a capitalised word or an opening quote; paragraphs always end one.
        let mut s0 = 0;
        let mut i = 0;
        while i < n {
            let para_end = i + 1 == n || doc.para_of[i + 1] != doc.para_of[i];
            let mut end_here = para_end;
            if !end_here && !doc.toks[i].word && matches!(doc.t(i), "." | "?" | "!" | "…") {
                let mut j = i + 1;
                // A straight mark after a space opens the next quotation ('said X. "We ...'),
                // so it belongs to the next sentence, not this one.
                while j < n
                    && matches!(doc.t(j), "”" | "\"" | "’" | "'" | "»" | ")")
                    && doc.para_of[j] == doc.para_of[i]
                    && !(matches!(doc.t(j), "\"" | "'") && doc.toks[j].start > doc.toks[j - 1].end)
                {
                    j += 1;
                }
                if j < n
                    && doc.para_of[j] == doc.para_of[i]
                    && (doc.toks[j].cap
                        || matches!(doc.t(j), "“" | "\"" | "«" | "‘")
                        || (doc.t(j) == "'" && doc.toks[j].start > doc.toks[j - 1].end))
                {
                    i = j - 1;
                    end_here = true;
                }
            }
            if end_here {
                let idx = doc.sents.len();
                for k in s0..=i {
                    doc.sent_of[k] = idx;
                }
                doc.sents.push((s0, i + 1));
                s0 = i + 1;
            }
            i += 1;
        }
        // Headline-like paragraphs (no final punctuation, short, mostly capitalised) and
        // credit lines are not used to discover names.
        let mut p0 = 0;
        while p0 < n {
            let p = doc.para_of[p0];
            let mut p1 = p0;
            while p1 < n && doc.para_of[p1] == p {
                p1 += 1;
            }
            let last = doc.t(p1 - 1);
            let words: Vec<usize> = (p0..p1).filter(|&k| doc.toks[k].word).collect();
            let caps = words.iter().filter(|&&k| doc.toks[k].cap).count();
            // A closing guillemet ends a sentence like ” does; other closers only after a
            // full stop (“... the deal.’”), since headlines often end in a quoted word.
            let ends_sentence = matches!(last, "." | "?" | "!" | "”" | "\"" | "…" | ":" | "»")
                || (matches!(last, "’" | "'" | ")")
                    && p1 >= p0 + 2
                    && matches!(doc.t(p1 - 2), "." | "?" | "!"));
            let credit =
                doc.span(p0, p1).contains("CC BY") || doc.span(p0, p1).contains("Wikimedia");
            // "“…,” said the minister on Tuesday. Share": a sentence ends inside, so a stray
            // word after it does not make the paragraph a headline.
            let sentence_inside = (p0..p1.saturating_sub(1)).any(|k| {
                matches!(doc.t(k), "." | "?" | "!")
                    && doc.toks[k + 1].cap
                    && k >= p0 + 3
                    && doc.toks[k - 1].word
            });
            doc.para_skip[p] = credit
                || (!ends_sentence && !sentence_inside && words.len() <= 25)
                || (words.len() >= 3 && caps * 10 >= words.len() * 7 && words.len() <= 20);
            p0 = p1;
        }
        doc
    }
}

/// Where boilerplate at the end of a page begins (author bio, "Read also", hashtags).
fn trailer_start(text: &str, from: usize) -> usize {
    let half = from + (text.len() - from) / 3;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let l = line.trim().to_lowercase();
        if pos >= half && !l.is_empty() {
            let hashtags = l.split_whitespace().all(|w| w.starts_with('#'));
            // "About Nordvik Minerals": a press release's company boilerplate heading.
            let about = l.starts_with("about ")
                && l.split_whitespace().count() <= 6
                && !l.ends_with(['.', '?', '!', ':', '"', '”']);
            if hashtags || about || TRAILER_STARTS.iter().any(|s| l.starts_with(s)) {
                return pos;
            }
        }
        pos += line.len();
    }
    text.len()
}

fn hypothetical_date(text: &str, f: &crate::dates::FoundDate, quotes: &[QSpan]) -> bool {
    if f.kind != DateKind::Deictic {
        return false;
    }
    let i = quotes.partition_point(|q| q.start <= f.start);
    if i == 0 || quotes[i - 1].end < f.end {
        return false;
    }
    let mut lo = f.start.saturating_sub(40);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = text[lo..f.start].to_lowercase();
    ["can", "could", "will", "would", "may", "might"]
        .iter()
        .any(|m| {
            before
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == *m)
        })
}

fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘')
        }
    }
}

/// "'90s", "'24": two digits after an apostrophe of elision, not an opening quote.
fn elided_year(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b.get(2)
            .is_none_or(|&c| c == b's' || !c.is_ascii_alphanumeric())
}

/// Finds quotation spans paragraph by paragraph. Marks that never close are bounded by
/// their paragraph, so one stray mark cannot swallow the rest of the article.
fn find_quote_spans(text: &str, from: usize, to: usize) -> Vec<QSpan> {
    let mut out = Vec::new();
    let mut para_start = from;
    for (para, line) in text[from..to].split_inclusive('\n').enumerate() {
        let base = para_start;
        para_start += line.len();
        let line_end = base + line.trim_end().len();
        let mut i = base;
        let mut prev: Option<char> = None;
        while i < line_end {
            let Some(c) = text[i..line_end].chars().next() else {
                break;
            };
            let cl = c.len_utf8();
            let next = text[i + cl..line_end].chars().next();
            let opener = match c {
                '“' | '«' | '„' => true,
                '"' => is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace()),
                '‘' | '\'' => {
                    is_open_context(prev)
                        && next.is_some_and(|n| n.is_alphanumeric() || n == '…')
                        && !elided_year(&text[i + cl..line_end])
                }
                _ => false,
            };
            if !opener {
                prev = Some(c);
                i += cl;
                continue;
            }
            let single = matches!(c, '‘' | '\'');
            let start = i + cl;
            let mut j = start;
            let mut close: Option<(usize, usize)> = None;
            let mut pc: Option<char> = None;
            while j < line_end {
                let Some(d) = text[j..line_end].chars().next() else {
                    break;
                };
                let dl = d.len_utf8();
                let dn = text[j + dl..line_end].chars().next();
                let is_close = match c {
                    '“' | '"' | '„' => {
                        matches!(d, '”' | '"' | '“')
                            && (d != '“' || c == '„')
                            && !(d == '"'
                                && pc.is_some_and(char::is_whitespace)
                                && dn.is_some_and(|x| !x.is_whitespace()))
                    }
                    '«' => d == '»',
                    _ => {
                        matches!(d, '’' | '\'')
                            && !dn.is_some_and(char::is_alphanumeric)
                            && pc.is_some_and(|p| !p.is_whitespace())
                            // "the Russians’ demands": a plural possessive, not a close.
                            && !(pc == Some('s') && dn == Some(' ') && text[j + dl..line_end].chars().nth(1).is_some_and(char::is_lowercase))
                    }
                };
                if is_close {
                    close = Some((j, j + dl));
                    break;
                }
                pc = Some(d);
                j += dl;
            }
            match close {
                Some((e, after)) => {
                    if e > start {
                        out.push(QSpan {
                            open: i,
                            start,
                            end: e,
                            after,
                            para,
                            closed: true,
                            single,
                        });
                    }
                    prev = Some('”');
                    i = after;
                }
                None => {
                    if single {
                        // An apostrophe, most likely.
                        prev = Some(c);
                        i += cl;
                        continue;
                    }
                    let e = line_end;
                    if e > start {
                        out.push(QSpan {
                            open: i,
                            start,
                            end: e,
                            after: e,
                            para,
                            closed: false,
                            single,
                        });
                    }
                    i = line_end;
                }
            }
        }
    }
    out
}

/// Entities found in one article.
#[derive(Debug, Default)]
struct Entities {
    persons: Vec<PersonAcc>,
    orgs: Vec<OrgAcc>,
    countries: Vec<CountryAcc>,
    country_index: HashMap<usize, usize>,
    mentions: Vec<Mention>,
    /// Length of the prefix of `mentions` that is sorted by position.
    sorted: usize,
}

impl Entities {
    /// Mentions lying inside tokens `t0..t1` (binary search over the sorted prefix).
    fn within(&self, t0: usize, t1: usize) -> impl Iterator<Item = &Mention> {
        let ms = &self.mentions[..self.sorted];
        let lo = ms.partition_point(|m| m.t0 < t0);
        let hi = ms.partition_point(|m| m.t0 < t1);
        ms[lo..hi.max(lo)].iter().filter(move |m| m.t1 <= t1)
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

impl Entities {
    fn country(&mut self, lx: &Lexicon, idx: usize) -> usize {
        if let Some(&c) = self.country_index.get(&idx) {
            return c;
        }
        let c = self.countries.len();
        self.countries.push(CountryAcc {
            name: lx.countries[idx].clone(),
            ..Default::default()
        });
        self.country_index.insert(idx, c);
        c
    }

    /// The organisation `name` (added if new), mentioned as `name` at tokens `t0..t1`.
    fn org_mention(
        &mut self,
        name: &str,
        affiliation: Option<String>,
        role: Option<String>,
        t0: usize,
        t1: usize,
    ) -> usize {
        let o = self.org(name, affiliation, role);
        push_unique(&mut self.orgs[o].mentions, name);
        self.mentions.push(Mention {
            t0,
            t1,
            kind: MKind::Org(o),
        });
        o
    }

    fn org(&mut self, name: &str, affiliation: Option<String>, role: Option<String>) -> usize {
        if let Some(i) = self
            .orgs
            .iter()
            .position(|o| o.name == name || o.mentions.iter().any(|m| m == name))
        {
            if self.orgs[i].affiliation.is_none() {
                self.orgs[i].affiliation = affiliation;
            }
            return i;
        }
        self.orgs.push(OrgAcc {
            name: name.to_string(),
            affiliation,
            role,
            mentions: Vec::new(),
        });
        self.orgs.len() - 1
    }

    fn find_person(&self, surname: &str, given: Option<&str>) -> Option<usize> {
        if self.persons.is_empty() {
            return None;
        }
        let key = surname_key(surname);
        let by_surname = self.persons.iter().position(|p| {
            same_surname(&p.surname_key, &key)
                && match (given, p.given.as_deref()) {
                    (Some(a), Some(b)) => {
                        a == b || edit_distance_le1(a, b) || a.starts_with(b) || b.starts_with(a)
                    }
                    _ => true,
                }
        });
        if by_surname.is_some() || given.is_some() {
            return by_surname;
        }
        // "Li said" after "Li Huidong", "Olumide" after "Olumide Bakare": a lone word that is
        // the first name word of exactly one person (family names come first in Chinese).
        let mut first = self
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.name_tokens >= 2 && p.given.as_deref() == Some(surname));
        match (first.next(), first.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    fn into_actors(self, article: &str, _doc: &Doc) -> Vec<Actor> {
        let mut out = Vec::new();
        let owners: Vec<(String, Option<String>)> = self
            .persons
            .iter()
            .map(|p| (p.surname_key.clone(), p.affiliation.clone()))
            .collect();
        for p in self.persons {
            let mut affiliation = if p.analyst {
                p.institution.clone()
            } else {
                p.affiliation.clone()
            };
            if affiliation.is_none() && !p.analyst {
                if let Some(o) = &p.owner {
                    let k = surname_key(o);
                    affiliation = owners
                        .iter()
                        .find(|(s, _)| same_surname(s, &k))
                        .and_then(|(_, a)| a.clone());
                }
                if affiliation.is_none() {
                    affiliation = p.institution.clone();
                }
            }
            out.push(Actor {
                article: article.to_string(),
                name: p.name,
                kind: ActorKind::Person,
                role: p.role,
                affiliation,
                mentions: p.mentions,
            });
        }
        for o in self.orgs {
            out.push(Actor {
                article: article.to_string(),
                name: o.name,
                kind: ActorKind::Organization,
                role: o.role,
                affiliation: o.affiliation,
                mentions: o.mentions,
            });
        }
        for c in self.countries {
            if !c.acting {
                continue;
            }
            out.push(Actor {
                article: article.to_string(),
                name: c.name.clone(),
                kind: ActorKind::Country,
                role: None,
                affiliation: Some(c.name),
                mentions: c.mentions,
            });
        }
        out
    }
}

impl Extractor {
    fn gaz_at(&self, doc: &Doc, i: usize) -> Option<(Known, usize)> {
        if !doc.toks[i].word || !(doc.toks[i].cap || doc.toks[i].digit) {
            return None;
        }
        let max = self.lx.max_form_words.min(doc.toks.len() - i);
        let mut key = String::new();
        let mut best = None;
        for len in 1..=max {
            let k = i + len - 1;
            if !doc.toks[k].word || doc.para_of[k] != doc.para_of[i] {
                break;
            }
            if len > 1 {
                key.push(' ');
            }
            key.push_str(doc.t(k));
            if !self.lx.prefixes.contains(key.as_str()) {
                break;
            }
            if let Some(&kn) = self.lx.forms.get(key.as_str()) {
                best = Some((kn, len));
            }
            if doc.toks[k].poss {
                break;
            }
        }
        best
    }

    fn find_entities(&self, doc: &Doc) -> Entities {
        let lx = &self.lx;
        let n = doc.toks.len();
        let mut ents = Entities::default();
        // Gazetteer matches.
        let mut gaz: Vec<Option<(Known, usize)>> = vec![None; n];
        let mut covered = vec![false; n];
        let mut i = 0;
        while i < n {
            if let Some((k, len)) = self.gaz_at(doc, i) {
                // "said Ana Lima", "Maria Paris said": a capital after a given name, where an
                // attribution names a speaker, is a surname.
                if let (Known::Capital(_), 1) = (k, len) {
                    let prev = i.checked_sub(1).filter(|&j| {
                        doc.toks[j].word
                            && doc.toks[j].cap
                            && !doc.has(j, F_HEAD | F_MOD | F_STOP | F_PLACE | F_ORG | F_CUE)
                            && gaz[j].is_none()
                            && doc.sents[doc.sent_of[j]].0 != j
                            && !matches!(
                                doc.t(j),
                                "New"
                                    | "Old"
                                    | "East"
                                    | "West"
                                    | "North"
                                    | "South"
                                    | "Central"
                                    | "Greater"
                                    | "Upper"
                                    | "Lower"
                                    | "Downtown"
                            )
                    });
                    let in_attribution = prev.is_some_and(|j| {
                        (j > 0 && doc.has(j - 1, F_CUE))
                            || (i + 1 < n && (doc.has(i + 1, F_CUE) || doc.t(i + 1) == ","))
                    });
                    if in_attribution {
                        i += 1;
                        continue;
                    }
                }
                gaz[i] = Some((k, len));
                for c in &mut covered[i..i + len] {
                    *c = true;
                }
                i += len;
            } else {
                i += 1;
            }
        }
        let is_conn =
            |i: usize| doc.toks[i].word && !doc.toks[i].cap && CONNECTORS.contains(&doc.t(i));
        // Capitalised runs.
        let mut person_hits: Vec<(usize, usize, usize)> = Vec::new(); // (t0, name_start, t1)
        let mut i = 0;
        while i < n {
            let tk = doc.toks[i];
            let hyphen_adj = ["-based", "-led", "-backed", "-born", "-owned", "-run"]
                .iter()
                .any(|suf| doc.t(i).ends_with(suf));
            let starts = tk.word
                && !hyphen_adj
                && (tk.cap
                    || (tk.digit && i + 1 < n && doc.toks[i + 1].cap && doc.toks[i + 1].word));
            if !starts {
                i += 1;
                continue;
            }
            let p = doc.para_of[i];
            let mut j = i;
            loop {
                // "St. Brigid's Medical Center", "People's Liberation Army", "Professional
                // Footballers' Union": a possessive inside an organisation's name.
                if let Some(e) = possessive_in_org_name(doc, j, i) {
                    j = e;
                    continue;
                }
                if doc.toks[j].poss {
                    j += 1;
                    break;
                }
                let nx = j + 1;
                if nx < n
                    && doc.para_of[nx] == p
                    && doc.toks[nx].word
                    && doc.toks[nx].cap
                    && !doc.t(nx).ends_with("-based")
                {
                    j = nx;
                    continue;
                }
                // Name particles: "Ursula von der Leyen", "Charles de Gaulle".
                let mut pk = nx;
                while pk < n
                    && pk < nx + 2
                    && doc.lower_is(
                        pk,
                        &[
                            "von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le",
                            "dos", "das", "do", "bin", "al", "ibn",
                        ],
                    )
                    && !doc.toks[pk].cap
                {
                    pk += 1;
                }
                if pk > nx
                    && pk < n
                    && doc.toks[pk].word
                    && doc.toks[pk].cap
                    && doc.para_of[pk] == p
                {
                    j = pk;
                    continue;
                }
                // "Center for Political and Strategic Studies", "Ministry of Trade, Industry
                // and Fisheries": a list inside an organisation's name after "of"/"for".
                let named_after_of = (i..=j).any(|k| doc.lower_is(k, &["of", "for", "on"]))
                    && (i..=j).any(|k| doc.has(k, F_ORG));
                let plain_name_word = |k: usize| {
                    k < n
                        && doc.toks[k].word
                        && doc.toks[k].cap
                        && doc.para_of[k] == p
                        && gaz[k].is_none()
                        && !doc.has(k, F_HEAD | F_MOD | F_STOP)
                };
                if named_after_of
                    && nx + 1 < n
                    && (doc.is(nx, "and")
                        || (doc.is(nx, ",")
                            && plain_name_word(nx + 1)
                            && (doc.is(nx + 2, ",") || doc.is(nx + 2, "and"))))
                    && plain_name_word(nx + 1)
                {
                    j = nx + 1;
                    continue;
                }
                // "Intergovernmental Authority on Development".
                if doc.has(j, F_ORG) && doc.is(nx, "on") && plain_name_word(nx + 1) {
                    j = nx + 1;
                    continue;
                }
                // "Port of Rotterdam Authority": "of" inside a name that ends in an
                // organisation word.
                if doc.is(nx, "of") && !doc.toks[j].poss {
                    let mut e = nx + 1;
                    while e < n
                        && e < nx + 4
                        && doc.toks[e].word
                        && doc.toks[e].cap
                        && doc.para_of[e] == p
                    {
                        e += 1;
                    }
                    if e > nx + 2 && doc.has(e - 1, F_ORG) && !doc.toks[e - 1].poss {
                        j = e - 1;
                        continue;
                    }
                }
                // "Metal and Foundry Workers Union": "and" inside an organisation's name.
                if nx + 1 < n && doc.is(nx, "and") && doc.toks[nx + 1].cap && doc.toks[nx + 1].word
                {
                    let mut e = nx + 1;
                    while e < n
                        && e < nx + 6
                        && doc.toks[e].word
                        && doc.toks[e].cap
                        && doc.para_of[e] == p
                    {
                        // "AU Peace and Security Council": a known body may end the name.
                        let tail_ok = match gaz[nx + 1] {
                            None => true,
                            Some((Known::Org(_), l)) => nx + 1 + l == e + 1,
                            _ => false,
                        };
                        if doc.has(e, F_ORG) && tail_ok && gaz[j].is_none() {
                            j = e;
                            break;
                        }
                        e += 1;
                    }
                    if j == e {
                        continue;
                    }
                }
                let has_org_head = (i..=j).any(|k| doc.has(k, F_ORG));
                if has_org_head
                    && nx + 2 < n
                    && is_conn(nx)
                    && doc.t(nx + 1) == "the"
                    && doc.toks[nx + 2].word
                    && doc.toks[nx + 2].cap
                    && doc.para_of[nx + 2] == p
                {
                    j = nx + 2;
                    continue;
                }
                if nx + 1 < n
                    && is_conn(nx)
                    && doc.toks[nx + 1].word
                    && doc.toks[nx + 1].cap
                    && doc.para_of[nx + 1] == p
                {
                    // "of"/"for" joins only inside organisation names; "the" only after them.
                    if has_org_head || doc.t(nx) == "of" && (i..=j).any(|k| doc.has(k, F_HEAD)) {
                        j = nx + 1;
                        continue;
                    }
                    if doc.t(nx) == "the" && nx >= 1 && matches!(doc.t(nx - 1), "for" | "of") {
                        j = nx + 1;
                        continue;
                    }
                }
                j += 1;
                break;
            }
            let (t0, t1) = (i, j);
            i = j;
            if doc.para_skip[p] {
                // Known entities still count in headlines and captions; nothing new is learnt.
                continue;
            }
            self.classify_run(doc, t0, t1, &gaz, &mut ents, &mut person_hits);
        }
        // Gazetteer entities outside organisation names.
        let mut in_org = vec![false; n];
        for m in ents
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MKind::Org(_)))
        {
            for x in &mut in_org[m.t0..m.t1] {
                *x = true;
            }
        }
        for i in 0..n {
            let Some((k, len)) = gaz[i] else { continue };
            if in_org[i] {
                continue;
            }
            let surface = doc.span(i, i + len);
            match k {
                Known::Country(ci) | Known::Capital(ci) => {
                    // "the Minsk agreements", "the UK Takeover Code": a place naming a
                    // document or event, not a government.
                    let mut e = i + len;
                    while e < n && e < i + len + 3 && doc.toks[e].word && doc.toks[e].cap {
                        if doc.has(e, F_EVENT) {
                            break;
                        }
                        e += 1;
                    }
                    if doc.has(e, F_EVENT) {
                        continue;
                    }
                    let c = ents.country(lx, ci);
                    // "(Oslo: NVM)": a stock listing, not the government.
                    let listing = i > 0 && doc.is(i - 1, "(") && doc.is(i + len, ":");
                    let locative = self.locative(doc, i) || dateline_place(doc, i, len) || listing;
                    let mention = !locative || matches!(k, Known::Country(_));
                    if !locative && !doc.para_skip[doc.para_of[i]] {
                        ents.countries[c].acting = true;
                    }
                    if mention {
                        push_unique(&mut ents.countries[c].mentions, surface);
                    }
                    ents.mentions.push(Mention {
                        t0: i,
                        t1: i + len,
                        kind: MKind::Country(c),
                    });
                }
                Known::Org(oi) => {
                    // "whose Commission chairperson", "the AU's Commission": a common word
                    // that is also a known body's short name, here owned by someone else.
                    let owned = i > 0
                        && len == 1
                        && doc.has(i, F_ORG)
                        && (doc.toks[i - 1].poss
                            || doc.lower_is(i - 1, &["whose", "its", "their", "his", "her"]));
                    if owned || dateline_credit(doc, i, len) {
                        continue;
                    }
                    let e = &lx.orgs[oi];
                    let o = ents.org(&e.name, e.affiliation.clone(), e.role.clone());
                    push_unique(&mut ents.orgs[o].mentions, surface);
                    ents.mentions.push(Mention {
                        t0: i,
                        t1: i + len,
                        kind: MKind::Org(o),
                    });
                }
                Known::Demonym(ci) => {
                    // "the Chinese delegation", "the Egyptian government": the state speaking.
                    // "the Qatari foreign ministry" too.
                    let field = usize::from(
                        doc.lower_is(i + len, &["foreign", "defence", "defense", "interior"])
                            && doc.lower_is(i + len + 1, &["ministry", "office"]),
                    );
                    let collective = field == 1
                        || doc.lower_is(
                            i + len,
                            &[
                                "delegation",
                                "government",
                                "side",
                                "authorities",
                                "administration",
                                "negotiators",
                                "leadership",
                                "cabinet",
                                "embassy",
                            ],
                        );
                    // "the Austrian foreign ministry's spokesperson" names a person's side,
                    // not the state acting.
                    // ("the Colombian government's chief negotiator" does name the state.)
                    let owner = doc.toks[(i + len + field).min(n - 1)].poss
                        && !(field == 0 && doc.lower_is(i + len, &["government"]));
                    if collective && !owner && i > 0 && doc.lower_is(i - 1, &["the"]) {
                        let c = ents.country(lx, ci);
                        if !doc.para_skip[doc.para_of[i]] {
                            ents.countries[c].acting = true;
                        }
                        let end = i + len + 1 + field;
                        push_unique(&mut ents.countries[c].mentions, doc.span(i, end));
                        ents.mentions.push(Mention {
                            t0: i,
                            t1: end,
                            kind: MKind::Country(c),
                        });
                    }
                }
            }
        }
        // All-capital names that report or are reported ("FREEDOM reports").
        for i in 0..n {
            let tk = doc.toks[i];
            if !tk.allcaps
                || initials_word(doc.t(i))
                || covered[i]
                || doc.para_skip[doc.para_of[i]]
                || doc.t(i).chars().count() < 3
            {
                continue;
            }
            if i + 1 < n && doc.toks[i + 1].allcaps || i > 0 && doc.toks[i - 1].allcaps {
                continue;
            }
            // "(CBI)": an acronym defined in brackets belongs to the name before it.
            if i > 0 && doc.is(i - 1, "(") && doc.is(i + 1, ")") {
                continue;
            }
            let cue_follows = (i + 1..(i + 3).min(n)).any(|k| doc.has(k, F_CUE));
            if cue_follows {
                ents.org_mention(doc.t(i), None, Some("news outlet".to_string()), i, i + 1);
            }
        }
        // Acronyms given in brackets after an organisation: "Armed Forces of Ukraine (APU)".
        let org_mentions: Vec<Mention> = ents
            .mentions
            .iter()
            .copied()
            .filter(|m| matches!(m.kind, MKind::Org(_)))
            .collect();
        let mut acronyms: HashMap<&str, (usize, usize)> = HashMap::new();
        for m in org_mentions {
            if m.t1 + 2 < n
                && doc.is(m.t1, "(")
                && doc.toks[m.t1 + 1].allcaps
                && doc.is(m.t1 + 2, ")")
            {
                if let MKind::Org(o) = m.kind {
                    let acr = doc.t(m.t1 + 1);
                    push_unique(&mut ents.orgs[o].mentions, acr);
                    acronyms.entry(acr).or_insert((o, m.t1 + 1));
                }
            }
        }
        if !acronyms.is_empty() {
            for k in 0..n {
                if !doc.toks[k].allcaps {
                    continue;
                }
                if let Some(&(o, def)) = acronyms.get(doc.t(k)) {
                    if k != def {
                        ents.mentions.push(Mention {
                            t0: k,
                            t1: k + 1,
                            kind: MKind::Org(o),
                        });
                    }
                }
            }
        }
        // "Danish shipping group Olsen Maritime", "Brandt Fischer, the Hamburg-based
        // carrier,": a name the article calls a company is one in all its mentions.
        let companies: Vec<(&str, Option<String>, &str)> = person_hits
            .iter()
            .filter_map(|&(_, s, t1)| {
                let (aff, noun) = self.company_context(doc, &gaz, s, t1)?;
                Some((doc.span(s, t1), aff, noun))
            })
            .collect();
        if !companies.is_empty() {
            person_hits.retain(|&(_, s, t1)| {
                let full = doc.span(s, t1);
                let Some((_, aff, noun)) = companies.iter().find(|c| c.0 == full) else {
                    return true;
                };
                ents.org_mention(full, aff.clone(), Some((*noun).to_string()), s, t1);
                false
            });
        }
        self.company_short_forms(doc, &gaz, &mut ents);
        ents.mentions
            .sort_by_key(|m| (m.t0, std::cmp::Reverse(m.t1)));
        ents.sorted = ents.mentions.len();
        self.persons_from_hits(doc, &gaz, &mut ents, &person_hits);
        // Single capitalised words that are a known person's surname ("Peskov added").
        let taken: Vec<bool> = {
            let mut v = vec![false; n];
            for m in &ents.mentions {
                for x in &mut v[m.t0..m.t1] {
                    *x = true;
                }
            }
            v
        };
        let initials: Vec<char> = ents
            .persons
            .iter()
            .filter_map(|p| p.surname_key.chars().next())
            .collect();
        for i in 0..n {
            if taken[i]
                || !doc.toks[i].word
                || !doc.toks[i].cap
                || covered[i]
                || doc.t(i).chars().count() < 3
            {
                continue;
            }
            if doc.has(i, F_STOP) {
                continue;
            }
            let initial = doc
                .t(i)
                .chars()
                .next()
                .map(|c| c.to_lowercase().next().unwrap_or(c));
            if !initial.is_some_and(|c| initials.contains(&c)) {
                continue;
            }
            if let Some(pi) = ents.find_person(doc.t(i), None) {
                let mut t0 = i;
                // "Mr. Zelensky", "President Putin": keep the title in the mention.
                while t0 > 0 && doc.toks[t0 - 1].word && doc.toks[t0 - 1].cap && {
                    let w = doc.t(t0 - 1).trim_end_matches('.').to_lowercase();
                    lx.is_head(&w)
                        || lx.mods.contains(&w)
                        || matches!(w.as_str(), "mr" | "mrs" | "ms" | "dr")
                } {
                    t0 -= 1;
                }
                push_unique(&mut ents.persons[pi].mentions, doc.span(t0, i + 1));
                if t0 < i {
                    push_unique(&mut ents.persons[pi].mentions, doc.t(i));
                    if ents.persons[pi].female.is_none() {
                        ents.persons[pi].female = stated_gender(doc.span(t0, i));
                    }
                }
                ents.mentions.push(Mention {
                    t0,
                    t1: i + 1,
                    kind: MKind::Person(pi),
                });
            }
        }
        // Pronouns and title phrases.
        for i in 0..n {
            if !doc.toks[i].word {
                continue;
            }
            let w = doc.t(i);
            let surname_he = w == "He"
                && ents
                    .mentions
                    .iter()
                    .any(|m| matches!(m.kind, MKind::Person(_)) && m.t0 == i);
            if matches!(w, "he" | "He" | "she" | "She") && !surname_he {
                ents.mentions.push(Mention {
                    t0: i,
                    t1: i + 1,
                    kind: MKind::Pronoun,
                });
                continue;
            }
            if DETERMINERS.contains(&w) {
                // the [modifiers] HEAD, not followed by a name.
                let mut k = i + 1;
                let mut last_head = None;
                while k < n && k <= i + 6 && doc.toks[k].word && doc.para_of[k] == doc.para_of[i] {
                    if doc.has(k, F_HEAD) {
                        last_head = Some(k);
                    } else if !(doc.has(k, F_MOD)
                        || gaz[k].is_some()
                        || covered[k]
                        || (doc.toks[k].cap && !doc.has(k, F_STOP)))
                    {
                        break;
                    }
                    k += 1;
                }
                if let Some(h) = last_head {
                    let next_is_name =
                        h + 1 < n && doc.toks[h + 1].word && doc.toks[h + 1].cap && !covered[h + 1];
                    if !next_is_name && !taken[h] {
                        ents.mentions.push(Mention {
                            t0: i,
                            t1: h + 1,
                            kind: MKind::Title,
                        });
                    }
                }
            }
        }
        ents.mentions
            .sort_by_key(|m| (m.t0, std::cmp::Reverse(m.t1)));
        ents.sorted = ents.mentions.len();
        self.employers(doc, &gaz, &mut ents);
        self.known_people(&mut ents);
        ents
    }

    /// Well-known office holders (`known` lines in `data/titles.txt`) whom the article
    /// gives no side: "Vladimir Zelensky said" is Ukraine's. A listed form matches the full
    /// name or its last word; only distinctive surnames are listed.
    fn known_people(&self, ents: &mut Entities) {
        if self.lx.known_people.is_empty() {
            return;
        }
        for p in &mut ents.persons {
            if p.affiliation.is_some() || p.institution.is_some() || p.analyst || p.owner.is_some()
            {
                continue;
            }
            let last = p.name.rsplit(' ').next().unwrap_or("");
            if let Some((_, side)) = self
                .lx
                .known_people
                .iter()
                .find(|(f, _)| *f == p.name || (!f.contains(' ') && f == last))
            {
                p.affiliation = Some(side.clone());
            }
        }
    }

    /// "Mehmet Yildiz, who has worked on prisoner exchanges for the International Committee
    /// of the Red Cross", "Haddad ... is a former diplomat who now works for the Centre for
    /// Humanitarian Dialogue": someone without a side who works for a named body belongs to
    /// it (to its country or side for a state organ or a well-known body). Only in the person's own clause: no other person, quote
    /// or reporting verb in between.
    fn employers(&self, doc: &Doc, gaz: &[Option<(Known, usize)>], ents: &mut Entities) {
        let n = doc.toks.len();
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if p.affiliation.is_some() || p.institution.is_some() || doc.in_quote[m.t0] {
                continue;
            }
            let si = doc.sent_of[m.t0];
            let end = doc.sents[si].1.min(m.t1 + 24).min(n);
            let mut k = m.t1;
            let mut verb = None;
            while k < end {
                if doc.has(k, F_CUE) || doc.in_quote[k] {
                    break;
                }
                // "de la Cruz has spent two years as the Colombian government's chief
                // negotiator": a role with a nationality, in the person's own clause.
                if doc.lower_is(k, &["as"]) && k > m.t1 {
                    let mut r = k + 1;
                    if doc.lower_is(r, &["the", "a", "an"]) {
                        r += 1;
                    }
                    let side = match gaz.get(r).copied().flatten() {
                        Some((Known::Demonym(ci) | Known::Country(ci), len)) => {
                            let h = r + len;
                            let head_near = (h..(h + 4).min(end)).any(|j| doc.has(j, F_HEAD));
                            head_near.then(|| self.lx.countries[ci].clone())
                        }
                        _ => None,
                    };
                    if let Some(side) = side {
                        if !ents
                            .within(m.t1, k)
                            .any(|x| matches!(x.kind, MKind::Person(_)))
                        {
                            found.push((pi, side));
                        }
                    }
                    break;
                }
                if doc.lower_is(
                    k,
                    &[
                        "works", "worked", "work", "working", "serves", "served", "teaches",
                        "taught", "lectures",
                    ],
                ) {
                    verb = Some(k);
                    break;
                }
                // "Okonkwo, who chairs the union's bargaining committee": the union or
                // company the article names.
                if doc.lower_is(k, &["chairs", "leads", "heads", "runs", "represents"])
                    && doc.lower_is(k + 1, &["the"])
                    && k + 2 < n
                    && doc.toks[k + 2].poss
                {
                    let want = match doc.t(k + 2).to_lowercase().as_str() {
                        "union" | "guild" => Some(true),
                        "company" | "firm" | "airline" | "carrier" => Some(false),
                        _ => None,
                    };
                    if let Some(side) =
                        want.and_then(|u| self.body_named_before(doc, ents, u, false, m.t0))
                    {
                        found.push((pi, side));
                    }
                    break;
                }
                k += 1;
            }
            let Some(v) = verb else { continue };
            if ents
                .within(m.t1, v)
                .any(|x| matches!(x.kind, MKind::Person(_)))
            {
                continue;
            }
            let mut k = v + 1;
            let stop = (v + 8).min(end);
            while k < stop && !doc.lower_is(k, &["for", "at", "with"]) {
                k += 1;
            }
            if k >= stop {
                continue;
            }
            let mut o0 = k + 1;
            if doc.lower_is(o0, &["the"]) {
                o0 += 1;
            }
            let org = ents.within(o0, end).find_map(|x| match x.kind {
                MKind::Org(o) if x.t0 == o0 => Some(o),
                _ => None,
            });
            let Some(o) = org else { continue };
            let org = &ents.orgs[o];
            let side = if state_body(&org.name) || self.lx.forms.contains_key(org.name.as_str()) {
                org.affiliation.clone()
            } else {
                Some(org.name.clone())
            };
            if let Some(side) = side {
                found.push((pi, side));
            }
        }
        for (pi, name) in found {
            if ents.persons[pi].institution.is_none() {
                ents.persons[pi].institution = Some(name);
            }
        }
    }

    fn locative(&self, doc: &Doc, i: usize) -> bool {
        let mut k = i;
        for _ in 0..5 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let w = doc.t(k);
            if doc.lower_is(k, LOCATIVES) {
                return !doc.lower_is(k, &["to"])
                    || (k > 0
                        && doc.lower_is(
                            k - 1,
                            &[
                                "trip",
                                "visit",
                                "travelled",
                                "traveled",
                                "went",
                                "returned",
                                "flew",
                                "way",
                                "back",
                            ],
                        ));
            }
            if w == "and" || w == "," || w == "the" || doc.toks[k].cap {
                continue;
            }
            return false;
        }
        false
    }

    fn classify_run(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        gaz: &[Option<(Known, usize)>],
        ents: &mut Entities,
        hits: &mut Vec<(usize, usize, usize)>,
    ) {
        let lx = &self.lx;
        let lower = |i: usize| doc.t(i).to_lowercase();
        // A run that is exactly one gazetteer entity is handled elsewhere.
        if let Some((_, len)) = gaz[t0] {
            if t0 + len == t1 {
                return;
            }
        }
        // "BRUSSELS, Feb 11 (Meridian Wire) -": the agency credited in a dateline.
        if dateline_credit(doc, t0, t1 - t0) {
            return;
        }
        if self.org_by_context(doc, t0, t1, gaz, ents) {
            return;
        }
        // "Terminal Operators Rotterdam (TOR)": a name followed by its initials in brackets.
        if t1 + 2 < doc.toks.len()
            && doc.is(t1, "(")
            && doc.toks[t1 + 1].allcaps
            && doc.is(t1 + 2, ")")
            && gaz[t0].is_none()
        {
            let s = doc.skip_determiners(t0, t1);
            let initials: String = (s..t1)
                .filter(|&k| doc.toks[k].cap)
                .filter_map(|k| doc.t(k).chars().next())
                .collect();
            if t1 - s >= 2 && initials == doc.t(t1 + 1) {
                let name = doc.span(s, t1);
                ents.org_mention(name, None, None, s, t1);
                return;
            }
        }
        // Organisation: ends in an organisation word, or has one followed by "of"/"for".
        let mut org_head = None;
        for k in t0..t1 {
            // "Sindicato dos Trabalhadores da Aviação", "Confédération générale du travail":
            // a Romance "of" after the organisation word.
            if doc.has(k, F_ORG)
                && (k + 1 == t1
                    || doc.lower_is(
                        k + 1,
                        &[
                            "of", "for", "on", "de", "del", "dos", "das", "da", "do", "du", "des",
                        ],
                    ))
            {
                org_head = Some(k);
            }
        }
        if let Some(h) = org_head {
            let unit = matches!(
                lower(h).as_str(),
                "brigade" | "battalion" | "regiment" | "division" | "corps"
            );
            let has_digit = (t0..t1).any(|k| doc.toks[k].digit);
            let mut s = t0;
            let mut affiliation = None;
            while s < h {
                let w = doc.t(s);
                if DETERMINERS.contains(&w) {
                    s += 1;
                    continue;
                }
                if let Some((Known::Demonym(ci) | Known::Country(ci), len)) = gaz[s] {
                    if s + len <= h
                        && !doc.lower_is(s + len, &["of", "for"])
                        && (matches!(gaz[s], Some((Known::Demonym(_), _)))
                            || doc.toks[s + len - 1].poss)
                    {
                        affiliation = Some(lx.countries[ci].clone());
                        s += len;
                        continue;
                    }
                }
                break;
            }
            // "its Board of Directors": a body's own organ, not a named organisation.
            let generic = s > 0 && doc.lower_is(s - 1, &["its", "their", "our", "his", "her"]);
            let name_ok = !generic
                && (t1 - s >= 2 || doc.toks[s].allcaps)
                && (!unit || has_digit)
                && (h + 1 < t1 || !lx.events.contains(&lower(t1 - 1)));
            if name_ok {
                let name = doc.span(s, t1);
                if affiliation.is_none() {
                    affiliation = (s..t1).find_map(|k| match gaz[k] {
                        Some((Known::Country(ci) | Known::Demonym(ci) | Known::Capital(ci), _)) => {
                            Some(lx.countries[ci].clone())
                        }
                        _ => None,
                    });
                }
                if affiliation.is_none() && s > 0 {
                    affiliation = self.owner_country(doc, s, gaz);
                }
                // "University of California, Berkeley": a campus after a comma.
                let mut end = t1;
                if end + 2 < doc.toks.len()
                    && doc.is(end, ",")
                    && doc.toks[end + 1].cap
                    && doc.toks[end + 1].word
                    && !doc.toks[end + 2].word
                    && lower(h) == "university"
                {
                    end += 2;
                }
                let name = if end > t1 { doc.span(s, end) } else { name };
                if affiliation.is_none() {
                    // "the Al-Ahram Center ... in Cairo", "Alder Rail, the British maker of".
                    let mut k = end;
                    if doc.is(k, ",") && doc.lower_is(k + 1, &["the", "a", "an"]) {
                        k += 2;
                        if let Some(Some((Known::Demonym(ci), _))) = gaz.get(k) {
                            affiliation = Some(lx.countries[*ci].clone());
                        }
                    } else if doc.is(k, "in") {
                        if let Some(Some((Known::Capital(ci) | Known::Country(ci), _))) =
                            gaz.get(k + 1)
                        {
                            affiliation = Some(lx.countries[*ci].clone());
                        }
                    }
                }
                let known = self.lx.forms.get(name).and_then(|k| match k {
                    Known::Org(oi) => Some(*oi),
                    _ => None,
                });
                let o = match known {
                    Some(oi) => ents.org(
                        &lx.orgs[oi].name,
                        lx.orgs[oi].affiliation.clone(),
                        lx.orgs[oi].role.clone(),
                    ),
                    None => ents.org(name, affiliation, None),
                };
                push_unique(&mut ents.orgs[o].mentions, name);
                if s > t0 {
                    push_unique(&mut ents.orgs[o].mentions, doc.span(t0, end));
                }
                ents.mentions.push(Mention {
                    t0: s,
                    t1: end,
                    kind: MKind::Org(o),
                });
                return;
            }
        }
        // "StreamArena", "OpenAI": one word with a capital after three or more small
        // letters is a brand (not "McDonald", "DeSantis", "MacArthur").
        if t1 - t0 == 1 && camel_brand(doc.t(t0)) && gaz[t0].is_none() {
            let name = doc.t(t0);
            ents.org_mention(name, None, None, t0, t1);
            return;
        }
        // "Clearwater School District", "Westlands Water District": a public body, not a
        // place.
        if t1 - t0 >= 3
            && doc.lower_is(t1 - 1, &["district"])
            && doc.lower_is(
                t1 - 2,
                &[
                    "school",
                    "water",
                    "hospital",
                    "fire",
                    "transit",
                    "irrigation",
                    "sanitation",
                    "library",
                    "utility",
                    "park",
                    "conservation",
                ],
            )
        {
            let s = doc.skip_determiners(t0, t1);
            let name = doc.span(s, t1);
            ents.org_mention(name, None, Some("public district".to_string()), s, t1);
            return;
        }
        // "the European Freight Forum welcomed the probe": a body named like an event, since
        // events do not speak.
        if doc.has(t1 - 1, F_EVENT)
            && t1 - t0 >= 2
            && t1 < doc.toks.len()
            && (self.is_cue(doc, t1)
                || doc.lower_is(
                    t1,
                    &[
                        "welcomed",
                        "urged",
                        "criticised",
                        "criticized",
                        "rejected",
                        "demanded",
                    ],
                ))
        {
            let s = doc.skip_determiners(t0, t1);
            if t1 - s >= 2 {
                let name = doc.span(s, t1);
                ents.org_mention(name, None, None, s, t1);
                return;
            }
        }
        if doc.has(t1 - 1, F_PLACE | F_EVENT) {
            return;
        }
        // A quoted slogan or title ("Their banner read “Pay Up”", a report titled “Frozen
        // Conflict, Hot Economy”) is no one's name.
        if doc.in_quote[t0] && quoted_title(doc, t0) {
            return;
        }
        if (t0..t1).any(|k| doc.has(k, F_PLACE) && !doc.has(k, F_HEAD)) {
            return;
        }
        // Media outlet named before its staff: "Kyiv Independent journalists".
        if t1 < doc.toks.len()
            && doc.lower_is(
                t1,
                &[
                    "journalists",
                    "reporters",
                    "correspondents",
                    "staff",
                    "editors",
                ],
            )
            && t1 - t0 >= 1
        {
            let name = doc.span(t0, t1);
            let aff = (t0..t1).find_map(|k| match gaz[k] {
                Some((Known::Country(ci) | Known::Capital(ci) | Known::Demonym(ci), _)) => {
                    Some(lx.countries[ci].clone())
                }
                _ => None,
            });
            ents.org_mention(name, aff, Some("news outlet".to_string()), t0, t1);
            return;
        }
        // Person: a trailing sequence of name-like words.
        let plain_cap = |k: usize| {
            k < t1
                && doc.toks[k].word
                && doc.toks[k].cap
                && !doc.toks[k].allcaps
                && !doc.toks[k].digit
                && gaz[k].is_none()
                && !doc.has(k, F_STOP | F_HEAD | F_MOD | F_ORG)
        };
        let name_like = |k: usize| {
            let w = doc.t(k);
            let hyphen_ok = !w.contains('-')
                || w.split('-').enumerate().all(|(i, p)| {
                    p.chars().next().is_some_and(char::is_uppercase)
                        || (i == 0
                            && matches!(p, "al" | "el" | "ad" | "as" | "ash" | "bin" | "ibn"))
                })
                // "Kim You-geun", "Moon Jae-in": a hyphenated given name after a surname.
                || (k > t0 && plain_cap(k - 1) && hyphenated_given_name(w));
            // "George W. Bush", "J.D. Vance": initials before a name.
            let initial =
                initials_word(w) && k + 1 < t1 && (plain_cap(k + 1) || initials_word(doc.t(k + 1)));
            // "He Yadong": the surname He, not the pronoun, before a capitalised name.
            let surname_he = w == "He" && plain_cap(k + 1) && !doc.t(k + 1).contains('-');
            (surname_he
                || (doc.toks[k].word
                    && doc.toks[k].cap
                    && (!doc.toks[k].allcaps || initial)
                    && !doc.toks[k].digit
                    && gaz[k].is_none()
                    && !doc.has(k, F_STOP | F_HEAD | F_MOD | F_ORG)))
                && (!w.ends_with('.') || initial)
                && hyphen_ok
                // "They're", "We've": contractions, not names (but "O'Brien", "Salave'a").
                && ![
                    "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "n't", "n’t", "'d", "’d",
                ]
                .iter()
                .any(|c| w.ends_with(c))
        };
        let mut s = t1;
        let particle = |k: usize| {
            !doc.toks[k].cap
                && doc.lower_is(
                    k,
                    &[
                        "von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le",
                        "dos", "das", "do", "bin", "al", "ibn",
                    ],
                )
        };
        loop {
            if s > t0 && name_like(s - 1) && !covered_by_gaz(gaz, s - 1) {
                s -= 1;
                continue;
            }
            // Particles inside a name: "von der" in "Ursula von der Leyen".
            let mut k = s;
            while k > t0 && k + 2 > s && particle(k - 1) {
                k -= 1;
            }
            if k < s && k > t0 && s < t1 && name_like(k - 1) {
                s = k - 1;
                continue;
            }
            break;
        }
        if s == t1 {
            return;
        }
        // Names do not start with connectors.
        while s < t1 && CONNECTORS.contains(&doc.t(s)) {
            s += 1;
        }
        let len = t1 - s;
        // Particles do not count: "Mohammed bin Abdulrahman Al Thani" is four names.
        let particles = (s..t1).filter(|&k| particle(k)).count();
        if len == 0 || len - particles > 4 {
            return;
        }
        // "Bellamy Logistics chief executive Tomasz Brandt": a name followed by role words
        // and another name is an organisation.
        {
            let mut k = t1;
            let mut roles = 0;
            while k < doc.toks.len() && roles < 4 && doc.toks[k].word && !doc.toks[k].cap && {
                let lw = doc.t(k).to_lowercase();
                lx.is_head(&lw) || lx.mods.contains(&lw)
            } {
                k += 1;
                roles += 1;
            }
            if roles > 0
                && t1 - s >= 2
                && k < doc.toks.len()
                && doc.toks[k].word
                && doc.toks[k].cap
                && !lx.stop.contains(doc.t(k))
                && gaz[k].is_none()
            {
                let name = doc.span(s, t1);
                ents.org_mention(name, None, None, s, t1);
                return;
            }
        }
        // "Peskov said": a lone capitalised word before a reporting verb, unless it is a
        // sentence-initial plural ("Observers described ...").
        let sentence_initial = doc.sents[doc.sent_of[s]].0 == s;
        let cued = t1 < doc.toks.len()
            && self.is_cue(doc, t1)
            && !(sentence_initial && doc.t(s).ends_with('s'));
        let titled = (t0..s).any(|k| {
            let lw = doc.t(k).trim_end_matches('.').to_lowercase();
            lx.is_head(&lw) || matches!(lw.as_str(), "mr" | "mrs" | "ms" | "dr")
        }) || (s > 0 && doc.toks[s - 1].word && lx.is_head(&lower(s - 1)));
        if len == 1 && !titled && !cued {
            return;
        }
        // "told the South Wales Argus": a name after "told the" is a news outlet; other
        // untitled names after "the" are not people ("the Kerch Bridge", "the Houthis").
        let after_the = (t0 > 0 && doc.lower_is(t0 - 1, &["the"])) || doc.lower_is(t0, &["the"]);
        // "the Comuneros del Sur, a rebel group active along the coast": a group's name.
        if !titled && after_the {
            if let Some((aff, noun)) = self.company_context(doc, gaz, s, t1) {
                let name = doc.span(s, t1);
                ents.org_mention(name, aff, Some(noun.to_string()), s, t1);
                return;
            }
        }
        if !titled && after_the && len > 1 && (t0..s).all(|k| doc.has(k, F_STOP)) {
            if t0 > 1 && doc.lower_is(t0 - 2, &["told"]) {
                let name = doc.span(t0, t1);
                ents.org_mention(name, None, Some("news outlet".to_string()), t0, t1);
            }
            return;
        }
        // "The Houthis said", "the Rapid Support said": a name after the article is a group.
        if len == 1 && !titled && s > 0 && doc.lower_is(s - 1, &["the"]) && doc.t(s).ends_with('s')
        {
            let name = doc.t(s);
            ents.org_mention(name, None, None, s, t1);
            return;
        }
        // "wrote on Truth Social", "in New York and Geneva": places and platforms, not people.
        if !titled && t0 == s {
            // "on the Blue Nile": a preposition and an article before the name.
            let p = if s > 1 && doc.lower_is(s - 1, &["the"]) {
                s - 1
            } else {
                s
            };
            let prev_prep = p > 0
                && doc.lower_is(
                    p - 1,
                    &[
                        "on",
                        "in",
                        "at",
                        "from",
                        "into",
                        "via",
                        "across",
                        "near",
                        "inside",
                        "outside",
                        "throughout",
                        "toward",
                        "towards",
                    ],
                );
            if prev_prep || self.locative(doc, s) {
                return;
            }
        }
        hits.push((t0, s, t1));
    }

    /// Later references to a company by the name without its business word or legal form:
    /// "Calloway" for "Calloway Resources plc", "Skyline" for "Skyline Air".
    fn company_short_forms(&self, doc: &Doc, gaz: &[Option<(Known, usize)>], ents: &mut Entities) {
        const COMPANY_WORDS: &[&str] = &[
            "partners",
            "capital",
            "resources",
            "minerals",
            "industrie",
            "industries",
            "holdings",
            "group",
            "rail",
            "air",
            "airlines",
            "airways",
            "motors",
            "systems",
            "technologies",
            "logistics",
            "energy",
            "shipping",
            "steel",
            "mining",
            "plc",
            "asa",
            "inc",
            "inc.",
            "ltd",
            "ltd.",
            "llc",
            "gmbh",
            "ag",
            "sa",
            "corp",
            "corp.",
            "corporation",
            "company",
            "investments",
            "ventures",
            "foods",
            "pharmaceuticals",
            "telecom",
            "insurance",
            "securities",
            "labs",
            "electric",
            "chemicals",
            "automotive",
        ];
        let n = doc.toks.len();
        // Full names first: a name found once (by its context) is the same body elsewhere.
        let mut shorts: Vec<(usize, Vec<String>)> = ents
            .orgs
            .iter()
            .enumerate()
            .filter(|(_, o)| o.name.split_whitespace().count() <= 4)
            .map(|(o, org)| (o, org.name.split_whitespace().map(str::to_string).collect()))
            .collect();
        for (o, org) in ents.orgs.iter().enumerate() {
            let words: Vec<&str> = org.name.split_whitespace().collect();
            let mut keep = words.len();
            while keep > 0 && COMPANY_WORDS.contains(&words[keep - 1].to_lowercase().as_str()) {
                keep -= 1;
            }
            if keep == 0 || keep == words.len() || keep > 3 {
                continue;
            }
            let first = words[0];
            let lw = first.to_lowercase();
            if self.lx.stop.contains(first)
                || self.lx.is_head(&lw)
                || self.lx.forms.contains_key(first)
                || !first.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            shorts.push((o, words[..keep].iter().map(|w| w.to_string()).collect()));
        }
        if shorts.is_empty() {
            return;
        }
        shorts.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        let mut taken = vec![false; n];
        for m in &ents.mentions {
            for x in &mut taken[m.t0..m.t1] {
                *x = true;
            }
        }
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        for (si, (_, words)) in shorts.iter().enumerate() {
            by_first.entry(words[0].as_str()).or_default().push(si);
        }
        for i in 0..n {
            if taken[i] || !doc.toks[i].word || !doc.toks[i].cap || gaz[i].is_some() {
                continue;
            }
            let Some(cands) = by_first.get(doc.t(i)) else {
                continue;
            };
            for &si in cands {
                let (o, words) = &shorts[si];
                let len = words.len();
                if i + len > n || (0..len).any(|d| doc.t(i + d) != words[d] || taken[i + d]) {
                    continue;
                }
                // The short form is the whole name here, not the start of a longer one.
                let e = i + len;
                if e < n && doc.toks[e].word && doc.toks[e].cap && !doc.toks[e - 1].poss {
                    continue;
                }
                let surface = doc.span(i, e);
                push_unique(&mut ents.orgs[*o].mentions, surface);
                ents.mentions.push(Mention {
                    t0: i,
                    t1: e,
                    kind: MKind::Org(*o),
                });
                for x in &mut taken[i..e] {
                    *x = true;
                }
                break;
            }
        }
    }

    /// A name that its context calls an organisation: after a common noun for one ("the
    /// Dutch bank ING", "the law firm Wiersholm", "the broadcaster ERT"), before one ("the
    /// Havenbond union", "the G77 bloc"), or after an analyst's "at" ("an analyst at Cowen").
    fn org_by_context(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        gaz: &[Option<(Known, usize)>],
        ents: &mut Entities,
    ) -> bool {
        let n = doc.toks.len();
        let mut s = t0;
        while s < t1 && (DETERMINERS.contains(&doc.t(s)) || doc.has(s, F_STOP)) {
            s += 1;
        }
        if s >= t1 || t1 - s > 4 || gaz[s].is_some_and(|(_, len)| s + len >= t1) {
            return false;
        }
        if (s..t1).any(|k| doc.has(k, F_HEAD) || doc.toks[k].poss) {
            return false;
        }
        // Every part a name: "Ouest-France", "G77", not "the Anti-war coalition".
        let name_word = |k: usize| {
            doc.t(k).split('-').all(|p| {
                p.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
        };
        if !(s..t1).all(name_word) {
            return false;
        }
        let lower_at = |k: usize, set: &[&str]| k < n && !doc.toks[k].cap && doc.lower_is(k, set);
        let noun_before = s == t0
            && t0 > 0
            && lower_at(
                t0 - 1,
                &[
                    "bank",
                    "firm",
                    "newspaper",
                    "broadcaster",
                    "agency",
                    "company",
                    "carrier",
                    "airline",
                    "insurer",
                    "network",
                    "channel",
                    "daily",
                    "magazine",
                    "website",
                    "outlet",
                    "lender",
                    "regulator",
                    "watchdog",
                    "tank",
                    "consultancy",
                    "miner",
                    "automaker",
                    "carmaker",
                    "retailer",
                    "publisher",
                    "group",
                    "union",
                    "conglomerate",
                    "giant",
                    "producer",
                    "supplier",
                    "chain",
                    "operator",
                ],
            )
            && (t0.saturating_sub(6)..t0 - 1).any(|k| doc.lower_is(k, &["the", "a", "an"]));
        let noun_after = s > t0
            && doc.lower_is(t0, &["the"])
            && lower_at(
                t1,
                &[
                    "union",
                    "bloc",
                    "alliance",
                    "party",
                    "movement",
                    "coalition",
                    "militia",
                    "consortium",
                    "cartel",
                ],
            );
        let analyst_at = s == t0
            && t0 >= 2
            && doc.is(t0 - 1, "at")
            && self.lx.analysts.contains(&doc.t(t0 - 2).to_lowercase());
        if !(noun_before || noun_after || analyst_at) {
            return false;
        }
        // A place is not an organisation ("an analyst at Kyiv").
        if (s..t1).any(|k| doc.has(k, F_PLACE) || matches!(gaz[k], Some((Known::Capital(_), _)))) {
            return false;
        }
        let affiliation = if noun_before {
            (t0.saturating_sub(5)..t0).find_map(|k| match gaz[k] {
                Some((Known::Demonym(ci), _)) => Some(self.lx.countries[ci].clone()),
                _ => None,
            })
        } else {
            None
        };
        let name = doc.span(s, t1);
        // The noun says what kind of body it is ("union", "bank").
        let kind = if noun_before {
            Some(doc.t(t0 - 1).to_lowercase())
        } else if noun_after {
            Some(doc.t(t1).to_lowercase())
        } else {
            None
        };
        ents.org_mention(name, affiliation, kind, s, t1);
        true
    }

    fn owner_country(&self, doc: &Doc, s: usize, gaz: &[Option<(Known, usize)>]) -> Option<String> {
        // "Ukraine's Air Force", "Moscow-based Digoria Expert Club".
        let k = s.checked_sub(1)?;
        let w = doc.t(k);
        if let Some((Known::Demonym(ci), 1)) = gaz[k] {
            return Some(self.lx.countries[ci].clone());
        }
        if let Some(base) = w.strip_suffix("-based") {
            if let Some(Known::Capital(ci) | Known::Country(ci)) = self.lx.forms.get(base) {
                return Some(self.lx.countries[*ci].clone());
            }
        }
        let mut b = k;
        while b > 0 && gaz[b].is_none() && doc.toks[b - 1].word && doc.toks[b - 1].cap {
            b -= 1;
        }
        match gaz[b] {
            Some((Known::Country(ci) | Known::Capital(ci), len))
                if b + len == k + 1 && doc.toks[k].poss =>
            {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        }
    }

    fn persons_from_hits(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        ents: &mut Entities,
        hits: &[(usize, usize, usize)],
    ) {
        let lx = &self.lx;
        // Full names first so that surnames and titles can attach to them.
        let mut order: Vec<&(usize, usize, usize)> = hits.iter().collect();
        order.sort_by_key(|h| (std::cmp::Reverse((h.2 - h.1).min(2)), h.0));
        for &&(t0, s, t1) in &order {
            // "Moon Jae-in": a hyphenated given name last means the surname comes first.
            let surname_first = t1 - s == 2 && hyphenated_given_name(doc.t(t1 - 1));
            let (surname, given) = if surname_first {
                (doc.t(s), Some(doc.t(t1 - 1)))
            } else if t1 - s >= 2 {
                (doc.t(t1 - 1), Some(doc.t(s)))
            } else {
                (doc.t(t1 - 1), None)
            };
            let full = doc.span(s, t1);
            // A name the article also uses for an organisation is that organisation.
            if let Some(o) = ents
                .orgs
                .iter()
                .position(|o| o.name == full || o.mentions.iter().any(|m| m == full))
            {
                let present = ents.mentions.iter().any(|m| m.t0 == s && m.t1 == t1);
                if !present {
                    ents.mentions.push(Mention {
                        t0: s,
                        t1,
                        kind: MKind::Org(o),
                    });
                }
                continue;
            }
            let pi = match ents.find_person(surname, given) {
                Some(pi) => pi,
                None => {
                    ents.persons.push(PersonAcc {
                        name_tokens: t1 - s,
                        name: full.to_string(),
                        surname_key: surname_key(surname),
                        given: given.map(str::to_string),
                        ..Default::default()
                    });
                    ents.persons.len() - 1
                }
            };
            {
                let p = &mut ents.persons[pi];
                if t1 - s > p.name_tokens {
                    p.name_tokens = t1 - s;
                    p.name = full.to_string();
                    p.given = given.map(str::to_string);
                }
                push_unique(&mut p.mentions, full);
                if t1 - s == 1 && s > t0 {
                    push_unique(&mut p.mentions, doc.span(t0, t1));
                }
            }
            ents.mentions.push(Mention {
                t0: s,
                t1,
                kind: MKind::Person(pi),
            });
            // Role and side from the words before the name.
            let (mut rs, mut role) = self.role_before(doc, gaz, s);
            // The comma closing a role before the name, also across a title of the name
            // itself ("The African Union's envoy, Dr Amina Keita, ...").
            let comma_at = if s >= 2 && doc.is(s - 1, ",") {
                Some(s - 1)
            } else if t0 < s && t0 >= 2 && doc.is(t0 - 1, ",") {
                Some(t0 - 1)
            } else {
                None
            };
            if let Some(c) = comma_at {
                if (role.is_none() || rs >= t0) && !doc.toks[t1.min(doc.toks.len() - 1)].word {
                    // "Brazil's chief negotiator, Joao Pereira-Lima, ...".
                    let (rs2, role2) = self.role_before(doc, gaz, c);
                    if role2.is_some() {
                        rs = rs2;
                        role = role2;
                    }
                }
            }
            let rs_end = match comma_at {
                Some(c) if rs < c => c,
                _ => s,
            };
            let mut aff = None;
            let mut owner = None;
            let mut org_inst = None;
            for k in rs..rs_end {
                match gaz[k] {
                    Some((Known::Country(ci) | Known::Capital(ci) | Known::Demonym(ci), _))
                        if aff.is_none() =>
                    {
                        aff = Some(lx.countries[ci].clone())
                    }
                    Some((Known::Org(oi), _)) => {
                        let e = &lx.orgs[oi];
                        let media = e
                            .role
                            .as_deref()
                            .is_some_and(|r| r.contains("news") || r.contains("broadcast"));
                        if media {
                            org_inst = Some(e.name.clone());
                        } else if aff.is_none() {
                            aff = e.affiliation.clone();
                        }
                    }
                    _ => {
                        if doc.toks[k].poss && doc.toks[k].cap && gaz[k].is_none() {
                            owner = Some(doc.t(k).to_string());
                        }
                    }
                }
            }
            if aff.is_none() && org_inst.is_none() {
                // "TOR chairwoman Ingrid Maas", "Hessler's chief executive": a body the
                // article names heads the role; its people are on its side (a state organ's
                // people on its country's).
                let body = ents
                    .within(rs, rs_end)
                    .filter(|m| gaz[m.t0].is_none())
                    .find_map(|m| match m.kind {
                        MKind::Org(o) => Some(o),
                        _ => None,
                    });
                if let Some(o) = body {
                    let org = &ents.orgs[o];
                    aff = if state_body(&org.name) {
                        org.affiliation.clone()
                    } else {
                        Some(org.name.clone())
                    };
                }
            }
            if aff.is_none() && rs < s {
                // "the union's chief negotiator", "Union president Denise Carter", "the
                // company's chief executive": the union or company the article names.
                let noun = (rs..s).find_map(|k| {
                    let w = doc.t(k).to_lowercase();
                    match w.as_str() {
                        "union" | "guild" => Some(true),
                        "company" | "firm" | "airline" | "carrier" => Some(false),
                        _ => None,
                    }
                });
                if let Some(want_union) = noun {
                    aff = self.body_named_before(doc, ents, want_union, false, s);
                }
                if aff.is_none() {
                    aff = (rs..s).find_map(|k| self.body_of_kind(doc, ents, doc.t(k), s));
                }
            }
            if aff.is_none() && rs == s {
                // "NBC's Andrea Mitchell": a media outlet's own person.
                if s > 0 && doc.toks[s - 1].poss {
                    if let Some((Known::Org(oi), _)) = gaz[s - 1] {
                        let e = &lx.orgs[oi];
                        if e.role
                            .as_deref()
                            .is_some_and(|r| r.contains("news") || r.contains("broadcast"))
                        {
                            org_inst = Some(e.name.clone());
                        } else {
                            aff = e.affiliation.clone();
                        }
                    }
                }
                // "Russian dictator Vladimir Putin": a nationality just before the name.
                let mut k = s;
                // Not across a conjunction or "of": "Mher Grigoryan of Armenia and Shahin
                // Mustafayev" says nothing about Mustafayev.
                while k > 0
                    && k + 3 > s
                    && doc.toks[k - 1].word
                    && !doc.lower_is(k - 1, &["and", "or", "of", "for", "with", "to", "by"])
                {
                    k -= 1;
                    if let Some((Known::Demonym(ci) | Known::Country(ci), _)) = gaz[k] {
                        aff = Some(lx.countries[ci].clone());
                        break;
                    }
                }
            }
            let (app_role, app_inst, app_aff) = self.apposition(doc, gaz, t1, ents);
            let (app_inst, inst_side) = match app_inst {
                Some(o) => (
                    Some(ents.orgs[o].name.clone()),
                    ents.orgs[o].affiliation.clone(),
                ),
                None => (None, None),
            };
            let mut app_aff = app_aff.or(inst_side);
            if app_aff.is_none() && app_inst.is_none() && doc.is(t1, "of") {
                // "Teresa Salave'a of Samoa", "Robert Nguyen of the Labour Relations Board".
                let mut k = t1 + 1;
                if doc.lower_is(k, &["the"]) {
                    k += 1;
                }
                if k < doc.toks.len() {
                    if let Some((Known::Country(ci), _)) = gaz[k] {
                        app_aff = Some(lx.countries[ci].clone());
                    } else if let Some(o) =
                        ents.within(k, (k + 8).min(doc.toks.len()))
                            .find_map(|m| match m.kind {
                                MKind::Org(o) if m.t0 == k => Some(o),
                                _ => None,
                            })
                    {
                        let org = &ents.orgs[o];
                        app_aff = if state_body(&org.name) || gaz[k].is_some() {
                            org.affiliation.clone()
                        } else {
                            Some(org.name.clone())
                        };
                    }
                }
            }
            if aff.is_none() && app_aff.is_none() && app_inst.as_deref().is_some_and(state_body) {
                // "secretary of the National Security and Defence Council": a state organ
                // is not a side; its country is (named nearby, else the article's main one).
                app_aff = self.context_country(doc, gaz, s);
            }
            if aff.is_none() && app_aff.is_none() && app_inst.is_none() {
                // ", the union's chief negotiator,": as above, for a role after the name.
                let noun = app_role.as_deref().and_then(|r| {
                    r.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
                        match w.to_lowercase().as_str() {
                            "union" | "guild" => Some(true),
                            "company" | "firm" | "airline" | "carrier" => Some(false),
                            _ => None,
                        }
                    })
                });
                if let Some(want_union) = noun {
                    app_aff = self.body_named_before(doc, ents, want_union, false, s);
                }
                if app_aff.is_none() {
                    app_aff = app_role.as_deref().and_then(|r| {
                        r.split(|c: char| !c.is_alphanumeric())
                            .find_map(|w| self.body_of_kind(doc, ents, w, s))
                    });
                }
            }
            if aff.is_none() && app_aff.is_none() && rs > 0 && rs < s {
                // "Egypt has been cautious. Its foreign minister, Badr Abdelatty": the body
                // the previous sentence is about.
                if doc.lower_is(rs - 1, &["its", "their"]) {
                    app_aff = self.previous_sentence_body(doc, gaz, ents, rs - 1);
                }
                // "Zelensky said he had instructed his chief of staff, Andriy Yermak": the
                // person named first in the sentence owns the role.
                if owner.is_none() && doc.lower_is(rs - 1, &["his", "her"]) {
                    let sa = doc.sents[doc.sent_of[rs - 1]].0;
                    owner = ents
                        .mentions
                        .iter()
                        .filter(|m| m.t0 >= sa && m.t1 < rs && !doc.in_quote[m.t0])
                        .filter_map(|m| match m.kind {
                            MKind::Person(p) if p != pi => Some((m.t0, p)),
                            _ => None,
                        })
                        .min()
                        .map(|(_, p)| {
                            let name = &ents.persons[p].name;
                            name.rsplit(' ').next().unwrap_or(name).to_string()
                        });
                }
            }
            if aff.is_none() && app_aff.is_none() {
                if let Some(r) = role.as_deref() {
                    // "Prime Minister Nikol Pashinyan": a government title without a country
                    // serves the country the article is about.
                    let rl = r.to_lowercase();
                    // A capitalised "Secretary" is a cabinet post ("Acting Labor Secretary");
                    // a lower-case one may be a party's or a union's.
                    // Heads of state and government are named by bare title whatever the
                    // story's country ("President Donald Trump" in a report from Kyiv): they
                    // take the article's country only when it names no other.
                    let head = rl.starts_with("president")
                        || rl.starts_with("vice president")
                        || rl.starts_with("prime minister")
                        || rl.starts_with("premier");
                    let government = rl.split(' ').any(|w| {
                        matches!(
                            w,
                            "president" | "premier" | "minister" | "chancellor" | "ambassador"
                        )
                    }) || r.split(' ').any(|w| w == "Secretary");
                    let of_body = (rs..s).any(|k| {
                        doc.has(k, F_ORG)
                            || gaz[k].is_some()
                            || (doc.toks[k].poss && doc.toks[k].cap)
                    }) || rl.contains("union")
                        || rl.contains("board")
                        || (rs > 0 && doc.lower_is(rs - 1, &["its", "their"]));
                    // Someone already called another's minister ("Estavia's foreign
                    // minister") is not given the article's main country.
                    let owned = ents.persons[pi].owner.is_some() || owner.is_some();
                    // "Secretary of State Marco Rubio", "the Chancellor, Olaf Scholz": an
                    // office only some countries have, given to the first of them the
                    // article names.
                    if !of_body && !owned {
                        app_aff = self.office_side(gaz, &rl);
                    }
                    if app_aff.is_none() && government && !of_body && !owned {
                        app_aff = self.dominant_country(gaz, head);
                    }
                }
            }
            let gender = stated_gender(doc.span(t0, s.max(t0 + 1).min(t1)))
                .filter(|_| t0 < s)
                .or_else(|| role.as_deref().and_then(stated_gender))
                .or_else(|| app_role.as_deref().and_then(stated_gender));
            let p = &mut ents.persons[pi];
            if p.female.is_none() {
                p.female = gender;
            }
            let role = role.or(app_role.clone());
            if p.role.is_none() {
                p.role = role.clone();
            }
            let role_words = format!(
                "{} {}",
                role.clone().unwrap_or_default(),
                app_role.unwrap_or_default()
            )
            .to_lowercase();
            if lx.analysts.iter().any(|a| role_words.contains(a.as_str()))
                && !role_words.contains("minister")
            {
                p.analyst = true;
            }
            if p.affiliation.is_none() {
                p.affiliation = aff.or(app_aff);
            }
            if p.owner.is_none() {
                p.owner = owner;
            }
            if p.institution.is_none() {
                p.institution = app_inst.or(org_inst);
            }
        }
    }

    /// The side of a country-specific office (`data/titles.txt`, `office` lines) that
    /// ends the role `rl` (lower case): the first side in the table's order that the
    /// article names (a country, its capital or demonym, or a body on that side).
    fn office_side(&self, gaz: &[Option<(Known, usize)>], rl: &str) -> Option<String> {
        // "Police Commissioner", "High Commissioner for Refugees", "the university's
        // chancellor": other offices with the same word.
        if rl.split(' ').any(|w| {
            matches!(
                w,
                "police" | "high" | "fire" | "county" | "city" | "university"
            )
        }) {
            return None;
        }
        let (_, sides) = self
            .lx
            .offices
            .iter()
            .find(|(p, _)| rl == p || rl.ends_with(&format!(" {p}")))?;
        sides
            .iter()
            .find(|side| {
                gaz.iter().flatten().any(|(k, _)| match k {
                    Known::Country(ci) | Known::Capital(ci) | Known::Demonym(ci) => {
                        self.lx.countries[*ci] == **side
                    }
                    Known::Org(oi) => {
                        let e = &self.lx.orgs[*oi];
                        e.name == **side || e.affiliation.as_deref() == Some(side.as_str())
                    }
                })
            })
            .cloned()
    }

    /// Whether the name at `s..t1` is used as a company's (or charity's, agency's, club's):
    /// after a business noun (`shipping group Olsen Maritime`, `an agency, Carewell
    /// Staffing`), with one in apposition (`, the Hamburg-based carrier,`), or as the object
    /// of corporate finance (`shares in`, `takeover of`, `bid for`). Returns the country a
    /// nationality before the noun gives, and the noun.
    fn company_context(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        s: usize,
        t1: usize,
    ) -> Option<(Option<String>, &'static str)> {
        const NOUNS: &[&str] = &[
            "group",
            "company",
            "firm",
            "carrier",
            "maker",
            "manufacturer",
            "bank",
            "lender",
            "insurer",
            "airline",
            "retailer",
            "broadcaster",
            "charity",
            "agency",
            "conglomerate",
            "operator",
            "supplier",
            "chain",
            "startup",
            "giant",
            "shipper",
            "miner",
            "producer",
            "distributor",
            "developer",
            "publisher",
            "club",
            "streamer",
            "contractor",
        ];
        let n = doc.toks.len();
        let noun_at = |k: usize| -> Option<&'static str> {
            let t = doc.toks[k];
            if !t.word || t.cap || t.poss {
                return None;
            }
            let w = doc.t(k).to_lowercase();
            NOUNS.iter().copied().find(|x| *x == w)
        };
        let side_before = |k: usize| {
            (k.saturating_sub(3)..k).find_map(|j| match gaz[j] {
                Some((Known::Demonym(ci) | Known::Country(ci), _)) => {
                    Some(self.lx.countries[ci].clone())
                }
                _ => None,
            })
        };
        if s >= 1 {
            if let Some(noun) = noun_at(s - 1) {
                return Some((side_before(s - 1), noun));
            }
        }
        if s >= 3 && doc.is(s - 1, ",") && doc.lower_is(s - 3, &["a", "an", "the"]) {
            if let Some(noun) = noun_at(s - 2) {
                return Some((side_before(s - 2), noun));
            }
        }
        if t1 + 2 < n && doc.is(t1, ",") {
            let mut k = t1 + 1;
            if doc.lower_is(k, &["a", "an", "the"]) {
                k += 1;
            }
            let a = k;
            while k < n && k < a + 4 && doc.toks[k].word {
                if let Some(noun) = noun_at(k) {
                    // ", a rebel group active along the coast," but not ", a group leader".
                    let closed = k + 1 < n
                        && (matches!(doc.t(k + 1), "," | "." | ";")
                            || doc.lower_is(k + 1, &["that", "which", "whose"])
                            || (doc.toks[k + 1].word
                                && !doc.toks[k + 1].cap
                                && !doc.has(k + 1, F_HEAD | F_MOD | F_ORG)
                                && !self.lx.analysts.contains(&doc.t(k + 1).to_lowercase())));
                    if closed && k > t1 + 1 && doc.lower_is(t1 + 1, &["a", "an", "the"]) {
                        return Some((side_before(k + 1).filter(|_| k > a), noun));
                    }
                    break;
                }
                k += 1;
            }
        }
        if s >= 2 {
            let finance = (doc.lower_is(s - 1, &["in", "of"])
                && doc.lower_is(s - 2, &["shares", "stake", "takeover", "acquisition"]))
                || (doc.lower_is(s - 1, &["for"]) && doc.lower_is(s - 2, &["bid", "offer"]))
                || (doc.lower_is(s - 1, &["with"]) && doc.lower_is(s - 2, &["merger"]));
            if finance {
                return Some((None, "company"));
            }
        }
        None
    }

    /// The country a state organ belongs to when its name does not say: the last country
    /// named earlier in the sentence, else the country the article names most often.
    fn context_country(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        at: usize,
    ) -> Option<String> {
        let country = |k: usize| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci) | Known::Capital(ci), _)) => Some(ci),
            _ => None,
        };
        let (sa, _) = doc.sents[doc.sent_of[at]];
        if let Some(ci) = (sa..at).rev().find_map(country) {
            return Some(self.lx.countries[ci].clone());
        }
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for k in 0..gaz.len() {
            if let Some(ci) = country(k) {
                *counts.entry(ci).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        match ranked.as_slice() {
            // A tie says nothing about whose organ it is.
            [(n1, _), (n2, _), ..] if n1 == n2 => None,
            [(_, ci), ..] => Some(self.lx.countries[*ci].clone()),
            [] => None,
        }
    }

    /// The country an article is clearly about: named at least twice as often as any other
    /// (in a two-country story a bare "Commerce Secretary" could serve either), or with
    /// `sole`, the only country it names.
    fn dominant_country(&self, gaz: &[Option<(Known, usize)>], sole: bool) -> Option<String> {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for g in gaz.iter().flatten() {
            if let (Known::Country(ci) | Known::Demonym(ci) | Known::Capital(ci), _) = g {
                *counts.entry(*ci).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        match ranked.as_slice() {
            [(n1, ci), (n2, _), ..] if !sole && *n1 >= 2 * n2 => {
                Some(self.lx.countries[*ci].clone())
            }
            [(_, ci)] => Some(self.lx.countries[*ci].clone()),
            _ => None,
        }
    }

    /// The title words right before a name: "Kremlin spokesperson", "Putin's aide",
    /// "US Representative to the UN". Returns the first token and the role text.
    fn role_before(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        s: usize,
    ) -> (usize, Option<String>) {
        let lx = &self.lx;
        let mut k = s;
        let mut has_head = false;
        let limit = s.saturating_sub(8);
        while k > limit {
            let j = k - 1;
            // "Portway Menzies' operations director": the mark of a plural possessive.
            if matches!(doc.t(j), "'" | "’")
                && j > limit
                && doc.toks[j - 1].word
                && doc.toks[j - 1].cap
                && doc.t(j - 1).ends_with('s')
                && doc.toks[j - 1].end == doc.toks[j].start
                && doc.para_of[j] == doc.para_of[s]
            {
                k = j;
                continue;
            }
            if !doc.toks[j].word || doc.para_of[j] != doc.para_of[s] {
                break;
            }
            let lw = doc.t(j).trim_end_matches('.').to_lowercase();
            let head = lx.is_head(&lw);
            // "an aide to President Vladimir Putin": the role before "to" is someone
            // else's; the name's own title ends there.
            if lw == "to" && has_head && j > 0 && lx.is_head(&doc.t(j - 1).to_lowercase()) {
                break;
            }
            let ok = head
                || lx.mods.contains(&lw)
                || lx.analysts.contains(&lw)
                || doc.has(j, F_ORG)
                || gaz[j].is_some()
                || covered_prev(gaz, j)
                || (doc.toks[j].cap && !lx.stop.contains(doc.t(j)))
                // "special envoy for Central Asia", "Minister for Europe": a region in a
                // role's portfolio.
                || (doc.toks[j].cap
                    && matches!(
                        lw.as_str(),
                        "asia" | "europe" | "africa" | "middle" | "central" | "east" | "west"
                            | "north" | "south" | "eastern" | "western" | "northern"
                            | "southern"
                    ))
                || (matches!(lw.as_str(), "of" | "to" | "the" | "for") && j > limit)
                || self.role_field_word(doc, gaz, j);
            if !ok {
                break;
            }
            has_head |= head;
            k = j;
        }
        while k < s && doc.lower_is(k, &["of", "to", "the", "for", "a", "an"]) {
            k += 1;
        }
        if !has_head || k >= s {
            return (s, None);
        }
        (k, Some(doc.span(k, s).to_string()))
    }

    /// The side of the first country or body named (not as a place) in the sentence before
    /// token `at`.
    fn previous_sentence_body(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        ents: &Entities,
        at: usize,
    ) -> Option<String> {
        let si = doc.sent_of[at];
        // "The Front sent its political secretary": within the sentence when "its" is not
        // its first word, else the sentence before.
        let (a, b) = if doc.sents[si].0 < at {
            (doc.sents[si].0, at)
        } else {
            doc.sents[si.checked_sub(1)?]
        };
        let here = self.first_body(doc, gaz, ents, a, b);
        // "“…,” said its director general": nothing named before "its" in this sentence
        // but a quotation; the body is in the sentence before.
        if here.is_none()
            && a < at
            && (a..at).all(|k| doc.in_quote[k] || !doc.toks[k].word || self.is_cue(doc, k))
        {
            let (pa, pb) = doc.sents[si.checked_sub(1)?];
            return self.first_body(doc, gaz, ents, pa, pb);
        }
        here
    }

    fn first_body(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        ents: &Entities,
        a: usize,
        b: usize,
    ) -> Option<String> {
        ents.within(a, b).find_map(|m| match m.kind {
            MKind::Country(c) if !self.locative(doc, m.t0) => Some(ents.countries[c].name.clone()),
            MKind::Org(o) => {
                let org = &ents.orgs[o];
                if gaz[m.t0].is_some() || state_body(&org.name) {
                    org.affiliation.clone()
                } else {
                    Some(org.name.clone())
                }
            }
            _ => None,
        })
    }

    /// A lower-case word naming a minister's field inside a role: after a nationality or a
    /// possessor ("The British fisheries minister", "The European Union's climate
    /// commissioner") or after "for the"/"of the" ("secretary of state for the sea").
    fn role_field_word(&self, doc: &Doc, gaz: &[Option<(Known, usize)>], j: usize) -> bool {
        let t = &doc.toks[j];
        if !t.word || t.cap || j == 0 || !doc.t(j).chars().all(char::is_alphabetic) {
            return false;
        }
        if doc.has(j, F_CUE) || doc.lower_is(j, &["and", "or", "but", "that", "who", "which"]) {
            return false;
        }
        let p = j - 1;
        // After a possessor or a nationality only: "Russia sent presidential aide X" has a
        // verb after a country name.
        let after_owner = doc.toks[p].poss || matches!(gaz[p], Some((Known::Demonym(_), _)));
        if doc.t(j).ends_with("ed") {
            return false;
        }
        let after_for_the =
            j >= 2 && doc.lower_is(p, &["the"]) && doc.lower_is(j - 2, &["for", "of"]);
        after_owner || after_for_the
    }

    /// ", a Swedish economist and fellow at the University of X," after a
    /// name: the role, an institution named in it, and a side.
    fn apposition(
        &self,
        doc: &Doc,
        gaz: &[Option<(Known, usize)>],
        t1: usize,
        ents: &Entities,
    ) -> (Option<String>, Option<usize>, Option<String>) {
        let n = doc.toks.len();
        if t1 + 1 >= n || !doc.is(t1, ",") {
            return (None, None, None);
        }
        let mut a = t1 + 1;
        if doc.lower_is(a, &["a", "an", "the"]) {
            a += 1;
        }
        let mut b = a;
        let mut depth_comma = 0;
        while b < n && b < a + 25 && doc.para_of[b] == doc.para_of[t1] {
            let w = doc.t(b);
            if matches!(w, "." | ";" | ":" | "“" | "”" | "\"" | "(" | ")") {
                break;
            }
            if w == "," {
                // "University of California, Berkeley," keeps going once.
                if depth_comma == 0
                    && b + 2 < n
                    && doc.toks[b + 1].cap
                    && doc.is(b + 2, ",")
                    && (a..b).any(|k| doc.lower_is(k, &["university"]))
                {
                    depth_comma += 1;
                    b += 2;
                    continue;
                }
                break;
            }
            b += 1;
        }
        if b <= a {
            return (None, None, None);
        }
        let has_head = (a..b).any(|k| {
            let w = doc.t(k).to_lowercase();
            self.lx.is_head(&w) || self.lx.analysts.contains(&w)
        });
        // A capitalised apposition is a list of names, unless it is a title after "the"
        // (", the Welsh Secretary,").
        let title_after_the = a > t1 + 1 && doc.lower_is(a - 1, &["the"]);
        // ", a school bus driver for the Clearwater School District,": an occupation the
        // title list does not know, at a named body.
        if !has_head && a > t1 + 1 && doc.lower_is(t1 + 1, &["a", "an"]) && !doc.toks[a].cap {
            let at_body = ents.within(a, b).find_map(|m| match m.kind {
                MKind::Org(o) if m.t0 >= a + 2 => {
                    let p = if doc.lower_is(m.t0 - 1, &["the"]) {
                        m.t0 - 2
                    } else {
                        m.t0 - 1
                    };
                    doc.lower_is(p, &["for", "at", "with"]).then_some(o)
                }
                _ => None,
            });
            if at_body.is_some() {
                return (Some(doc.span(a, b).to_string()), at_body, None);
            }
        }
        if !has_head || doc.toks[a].cap && !title_after_the && !(a..b).any(|k| !doc.toks[k].cap) {
            return (None, None, None);
        }
        let role = doc.span(a, b).to_string();
        let inst = ents.within(a, b).find_map(|m| match m.kind {
            MKind::Org(o) => Some(o),
            _ => None,
        });
        let aff = (a..b).find_map(|k| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci), _)) => {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        });
        (Some(role), inst, aff)
    }
}

/// The end of an organisation name that continues past a possessive at token `j` (the run
/// started at `t0`): a plural possessive (`Footballers' Union`), a saint's name (`St.
/// Brigid's`) or a collective noun (`People's`, `Children's`), followed by capitalised words
/// of which the last is an organisation word.
fn possessive_in_org_name(doc: &Doc, j: usize, t0: usize) -> Option<usize> {
    let n = doc.toks.len();
    let tk = doc.toks[j];
    if !tk.word || !tk.cap {
        return None;
    }
    let next = if tk.poss {
        let saint = j > t0 && doc.lower_is(j - 1, &["st.", "st", "saint"]);
        let collective = doc.lower_is(j, &["people", "children", "women", "men", "workers"]);
        if !(saint || collective) {
            return None;
        }
        j + 1
    } else {
        let plural = doc.t(j).ends_with('s')
            && j + 1 < n
            && matches!(doc.t(j + 1), "'" | "’")
            && doc.toks[j + 1].start == tk.end;
        if !plural {
            return None;
        }
        j + 2
    };
    let mut e = next;
    let mut last_org = None;
    while e < n
        && e < next + 3
        && doc.toks[e].word
        && doc.toks[e].cap
        && doc.para_of[e] == doc.para_of[j]
    {
        if doc.has(e, F_ORG) {
            last_org = Some(e);
        }
        if doc.toks[e].poss {
            break;
        }
        e += 1;
    }
    last_org
}

/// A single word like "StreamArena": starts with a capital, and a later capital follows a
/// run of at least three lower-case letters.
fn camel_brand(w: &str) -> bool {
    let mut chars = w.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut lower_run = 0;
    for c in chars {
        if c.is_lowercase() {
            lower_run += 1;
        } else if c.is_uppercase() {
            if lower_run >= 3 {
                return true;
            }
            lower_run = 0;
        } else {
            return false;
        }
    }
    false
}

/// Initials standing for given names: "J.D.", "W.", "K.".
fn initials_word(w: &str) -> bool {
    let mut chars = w.chars();
    let mut n = 0;
    loop {
        match (chars.next(), chars.next()) {
            (Some(c), Some('.')) if c.is_uppercase() => n += 1,
            (None, _) => return n > 0,
            _ => return false,
        }
    }
}

/// The quotation around token `k` is short and every word in it is capitalised: a title or
/// slogan.
fn quoted_title(doc: &Doc, k: usize) -> bool {
    let mut a = k;
    while a > 0 && doc.in_quote[a - 1] && doc.para_of[a - 1] == doc.para_of[k] {
        a -= 1;
    }
    let mut b = k;
    while b < doc.toks.len() && doc.in_quote[b] && doc.para_of[b] == doc.para_of[k] {
        b += 1;
    }
    let words: Vec<usize> = (a..b).filter(|&i| doc.toks[i].word).collect();
    words.len() <= 8
        && words
            .iter()
            .all(|&i| doc.toks[i].cap || doc.toks[i].digit || doc.lower_is(i, CONNECTORS))
}

/// "DUBAI, July 21 (Reuters) -": the agency credited in a dateline is the publisher, not an
/// actor in the story.
fn dateline_credit(doc: &Doc, i: usize, len: usize) -> bool {
    if i == 0 || !doc.is(i - 1, "(") || !doc.is(i + len, ")") {
        return false;
    }
    let mut p0 = i;
    while p0 > 0 && doc.para_of[p0 - 1] == doc.para_of[i] {
        p0 -= 1;
    }
    i - p0 <= 8 && doc.toks[p0].allcaps
}

/// "OSLO, Norway - ...": the place in a dateline opening a paragraph is where the story
/// was filed, not a government acting.
fn dateline_place(doc: &Doc, i: usize, len: usize) -> bool {
    let mut p0 = i;
    while p0 > 0 && doc.para_of[p0 - 1] == doc.para_of[i] {
        p0 -= 1;
    }
    if i - p0 > 4 || !doc.toks[p0].allcaps {
        return false;
    }
    if !(p0..i).all(|k| doc.toks[k].cap || doc.is(k, ",")) {
        return false;
    }
    let e = i + len;
    e < doc.toks.len()
        && (matches!(doc.t(e), "-" | "–" | "—" | "(" | ",")
            || doc.toks[e].digit
            || doc.lower_is(
                e,
                &[
                    "january",
                    "february",
                    "march",
                    "april",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                ],
            ))
}

/// A government organ rather than a party of its own (a union, an association, a company):
/// "National Security Council", "Ministry of Defence", "Presidential Office".
fn state_body(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    has(&[
        "National",
        "Ministry",
        "Presidential",
        "Government",
        "Parliament",
        "Federal",
        "Cabinet",
        "Defence",
        "Defense",
        "Armed",
        "Army",
        "Navy",
        "Foreign",
        "Interior",
    ]) && !has(&[
        "Union",
        "Association",
        "Federation",
        "Confederation",
        "Party",
        "Workers",
        "Chamber",
        "Company",
        "Corporation",
        "Group",
        "League",
        "Alliance",
        "Front",
        "Movement",
        "Coalition",
        "Guild",
        "Congress",
    ])
}

/// "You-geun", "Jae-in", "Ji-won": a romanised Korean or Chinese given name, two short
/// syllables joined by a hyphen, only the first capitalised. Common English prefixes
/// ("Anti-war", "Co-founder") are excluded.
fn hyphenated_given_name(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let short = |p: &str| (2..=5).contains(&p.chars().count());
    let mut ac = a.chars();
    a.chars().all(char::is_alphabetic)
        && b.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        && ac.next().is_some_and(char::is_uppercase)
        && ac.all(char::is_lowercase)
        && short(a)
        && short(b)
        && !matches!(
            a.to_lowercase().as_str(),
            "anti"
                | "pro"
                | "non"
                | "ex"
                | "co"
                | "vice"
                | "self"
                | "post"
                | "pre"
                | "well"
                | "long"
                | "short"
                | "semi"
                | "multi"
                | "inter"
                | "cross"
                | "re"
                | "mid"
                | "over"
                | "under"
                | "all"
                | "full"
                | "half"
                | "high"
                | "low"
                | "so"
        )
}

fn covered_by_gaz(gaz: &[Option<(Known, usize)>], k: usize) -> bool {
    covered_prev(gaz, k) || gaz[k].is_some()
}

fn covered_prev(gaz: &[Option<(Known, usize)>], k: usize) -> bool {
    (k.saturating_sub(6)..k).any(|j| gaz[j].is_some_and(|(_, len)| j + len > k))
}

/// "The African Union's envoy, Dr Amina Keita, ...": a title phrase in apposition before a
/// name stands for that name, not for some other holder of a similar title.
fn title_before_name(doc: &Doc, ents: &Entities, m: &Mention) -> bool {
    if !doc.is(m.t1, ",") {
        return false;
    }
    ents.within(m.t1 + 1, (m.t1 + 5).min(doc.toks.len()))
        .next()
        .is_some_and(|p| matches!(p.kind, MKind::Person(_)))
}

/// A mention ending at `t1` followed by lower-case role words and a capitalised name
/// ("Skyline chief executive Brian Castellano", "Putin aide Yuri Ushakov").
fn modifier_before_role(doc: &Doc, ex: &Extractor, t1: usize) -> bool {
    let n = doc.toks.len();
    let mut k = t1;
    while k < n && k < t1 + 4 && doc.toks[k].word && !doc.toks[k].cap && {
        let lw = doc.t(k).to_lowercase();
        ex.lx.is_head(&lw) || ex.lx.mods.contains(&lw)
    } {
        k += 1;
    }
    k > t1 && k < n && doc.toks[k].word && doc.toks[k].cap && !ex.lx.stop.contains(doc.t(k))
}

/// For each sentence, the person it is about: the first person named (or resolved from a
/// title or pronoun) outside quotations.
fn sentence_subjects(doc: &Doc, ents: &Entities, ex: &Extractor) -> Vec<Option<usize>> {
    let mut subj: Vec<Option<usize>> = vec![None; doc.sents.len()];
    let mut last: Option<usize> = None;
    let mut mi = 0;
    for (si, &(a, b)) in doc.sents.iter().enumerate() {
        while mi < ents.mentions.len() && ents.mentions[mi].t0 < a {
            mi += 1;
        }
        let mut k = mi;
        // "Diallo's response was brief.": a possessor is the subject only when the sentence
        // names nobody else.
        let mut possessor = None;
        while k < ents.mentions.len() && ents.mentions[k].t0 < b {
            let m = ents.mentions[k];
            k += 1;
            if doc.in_quote[m.t0] {
                continue;
            }
            if doc.toks[m.t1 - 1].poss {
                if let (None, MKind::Person(p)) = (possessor, m.kind) {
                    possessor = Some(p);
                }
                continue;
            }
            // "Skyline chief executive Brian Castellano": a name used as a modifier before
            // role words and another name is not the subject.
            if modifier_before_role(doc, ex, m.t1) {
                continue;
            }
            let p = match m.kind {
                MKind::Person(p) => Some(p),
                MKind::Pronoun => last,
                MKind::Title if title_before_name(doc, ents, &m) => None,
                MKind::Title => ex.resolve_title(doc, ents, m),
                _ => None,
            };
            if p.is_some() {
                subj[si] = p;
                break;
            }
        }
        if subj[si].is_none() {
            subj[si] = possessor;
        }
        if subj[si].is_some() {
            last = subj[si];
        }
    }
    subj
}

/// Attribution found for a quotation.
#[derive(Debug, Clone, Default)]
struct Attribution {
    speaker: Option<String>,
    mention: Option<String>,
    cue: Option<String>,
    /// A speaker was stated (not inherited from context).
    explicit: bool,
    /// A reporting cue ties the quotation to someone in its own sentence.
    has_cue: bool,
    hypothetical: bool,
    /// The attribution names someone we cannot resolve: do not guess from context.
    blocked: bool,
}

impl Extractor {
    fn resolve_title(&self, doc: &Doc, ents: &Entities, m: Mention) -> Option<usize> {
        let words: Vec<String> = (m.t0..m.t1)
            .filter(|&k| doc.toks[k].word && !DETERMINERS.contains(&doc.t(k)))
            .map(|k| doc.t(k).to_lowercase())
            .collect();
        let head = words.last()?;
        let syn = |w: &str| -> &'static str {
            match w {
                "spokesman" | "spokeswoman" | "spokesperson" => "spokes",
                "aide" | "adviser" | "advisor" => "adviser",
                _ => "",
            }
        };
        let demonym_country = (m.t0..m.t1).find_map(|k| match self.lx.forms.get(doc.t(k)) {
            Some(Known::Demonym(ci) | Known::Country(ci)) => Some(self.lx.countries[*ci].clone()),
            _ => None,
        });
        let mut best: Option<(usize, usize)> = None;
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(role) = &p.role else { continue };
            let role_l = role.to_lowercase();
            let rwords: Vec<&str> = role_l
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            let head_ok = rwords
                .iter()
                .any(|w| w == head || (!syn(head).is_empty() && syn(w) == syn(head)));
            if !head_ok {
                continue;
            }
            let mut score = 2;
            for w in &words[..words.len() - 1] {
                if rwords.iter().any(|r| r == w) {
                    score += 1;
                }
            }
            if let (Some(dc), Some(a)) = (&demonym_country, &p.affiliation) {
                if dc == a {
                    score += 1;
                } else {
                    continue;
                }
            }
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, pi));
            }
        }
        best.map(|(_, p)| p)
    }

    /// The person a mention in `t0..t1` stands for, preferring people over titles, titles
    /// over pronouns, pronouns over organisations and countries.
    fn speaker_in(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        t0: usize,
        t1: usize,
        before: usize,
    ) -> Option<(String, String)> {
        // "a spokesperson for the Chinese embassy in Bangkok": a place is not the speaker.
        let ms: Vec<&Mention> = ents
            .within(t0, t1)
            .filter(|m| !doc.in_quote[m.t0])
            .filter(|m| !(matches!(m.kind, MKind::Country(_)) && self.locative(doc, m.t0)))
            .collect();
        let rank = |m: &&Mention| match m.kind {
            MKind::Person(_) => 5,
            MKind::Title => 4,
            MKind::Pronoun => 3,
            MKind::Org(_) => 2,
            MKind::Country(_) => 1,
        };
        let mut ms = ms;
        ms.sort_by_key(|m| std::cmp::Reverse((rank(m), m.t1)));
        // "A spokesman for the Port Authority said": a title that names nobody we know falls
        // back to the body it speaks for.
        for best in ms {
            let surface = doc.span(best.t0, best.t1).to_string();
            let name = match best.kind {
                MKind::Person(p) => Some(ents.persons[p].name.clone()),
                MKind::Title => self
                    .resolve_title(doc, ents, *best)
                    .map(|p| ents.persons[p].name.clone()),
                MKind::Pronoun => {
                    let p = self.pronoun_referent(doc, ents, subjects, best.t0, before)?;
                    Some(ents.persons[p].name.clone())
                }
                MKind::Org(o) => Some(ents.orgs[o].name.clone()),
                MKind::Country(c) => Some(ents.countries[c].name.clone()),
            };
            if let Some(name) = name {
                return Some((name, surface));
            }
        }
        None
    }

    fn pronoun_referent(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        at: usize,
        before: usize,
    ) -> Option<usize> {
        let s = doc.sent_of[at];
        let (a, _) = doc.sents[s];
        // "she" is not someone called "Mr" or "spokesman", nor "he" a "Ms".
        let want = match doc.t(at) {
            "she" | "She" => Some(true),
            "he" | "He" => Some(false),
            _ => None,
        };
        let fits = |p: usize| match (want, ents.persons[p].female) {
            (Some(w), Some(f)) => w == f,
            _ => true,
        };
        // A person named earlier in the same sentence, outside quotations.
        let limit = before.min(at);
        for m in ents.within(a, limit) {
            if !doc.in_quote[m.t0] {
                match m.kind {
                    MKind::Person(p) if fits(p) => return Some(p),
                    MKind::Title => {
                        if let Some(p) = self.resolve_title(doc, ents, *m).filter(|&p| fits(p)) {
                            return Some(p);
                        }
                    }
                    _ => {}
                }
            }
        }
        (0..s)
            .rev()
            .take(6)
            .find_map(|k| subjects[k].filter(|&p| fits(p)))
    }

    fn is_cue(&self, doc: &Doc, k: usize) -> bool {
        // "told state television": a cue word right after a cue is a noun or adjective.
        if k > 0 && doc.has(k - 1, F_CUE) && doc.toks[k - 1].word && !doc.toks[k - 1].cap {
            return false;
        }
        // "a note", "the report": a noun, not a reporting verb.
        let after_determiner = k > 0
            && doc.lower_is(
                k - 1,
                &[
                    "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my",
                    "your",
                ],
            );
        doc.has(k, F_CUE) && !doc.toks[k].cap && !after_determiner
    }

    fn attribute_quotes(
        &self,
        doc: &Doc,
        quotes: &[QSpan],
        ents: &mut Entities,
        subjects: &[Option<usize>],
        article: &Article,
    ) -> Vec<Quote> {
        let n = doc.toks.len();
        let mut out: Vec<Quote> = Vec::new();
        let mut prev: Option<(usize, Attribution, usize)> = None; // (para, attribution, quote end)
        let mut pending_continued: Vec<usize> = Vec::new();
        for (qi, q) in quotes.iter().enumerate() {
            let qt0 = doc.tok_at(q.start);
            let qt1 = doc.tok_at(q.end);
            let open_t = doc.tok_at(q.open);
            if open_t >= n {
                continue;
            }
            let mut q = q.clone();
            q.para = doc.para_of[open_t];
            let q = &q;
            let after_t = doc.tok_at(q.after);
            let text = &doc.text[q.start..q.end];
            let words = text.split_whitespace().count();
            if qt0 >= n || words == 0 {
                continue;
            }
            // Scare quotes and titles.
            let before_words: Vec<String> = (open_t.saturating_sub(2)..open_t)
                .filter(|&k| doc.toks[k].word)
                .map(|k| doc.t(k).to_lowercase())
                .collect();
            if before_words
                .iter()
                .any(|w| SCARE_CUES.contains(&w.as_str()))
                && words <= 6
            {
                continue;
            }
            let mut att = self.attribution(doc, ents, subjects, q, open_t, qt1, after_t);
            if att.hypothetical {
                continue;
            }
            if q.single && words < 3 {
                continue;
            }
            if words <= 2 && !(att.has_cue && att.explicit && att.speaker.is_some()) {
                continue;
            }
            let title_case = words <= 6
                && text.split_whitespace().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                });
            if title_case && !att.has_cue && words < 3 {
                continue;
            }
            // “A,” said Kremlin spokesman Dmitry Peskov, “B.”: the attribution between the two
            // halves of one sentence names the speaker of both.
            if let Some((pp, pa, pe)) = prev.as_ref() {
                let pe_t = doc.tok_at(*pe).min(open_t);
                let one_sentence = *pp == q.para
                    && pe_t < n
                    && doc.sent_of[pe_t] == doc.sent_of[open_t.min(n - 1)];
                let cue_between = (pe_t..open_t).any(|k| self.is_cue(doc, k));
                if one_sentence && cue_between && pa.speaker.is_some() && !pa.blocked {
                    att.speaker = pa.speaker.clone();
                    att.mention = pa.mention.clone();
                    att.cue = att.cue.take().or_else(|| pa.cue.clone());
                }
            }
            if !att.explicit && !att.blocked {
                // Continuation of the previous quotation ("..." she said. "..."), or a
                // quotation attributed by context.
                let near = prev
                    .as_ref()
                    .is_some_and(|(p, _, e)| q.para <= p + 1 && doc.tok_at(*e) + 40 >= open_t);
                if let (true, Some((_, pa, _))) = (near, prev.as_ref()) {
                    if pa.speaker.is_some() {
                        att.speaker = pa.speaker.clone();
                        att.mention = pa.mention.clone();
                        if att.cue.is_none() {
                            att.cue = pa.cue.clone();
                        }
                    }
                }
                // The second half of “A,” he says. “B.” where "he" named nobody: no guess.
                let after_unknown = near
                    && prev
                        .as_ref()
                        .is_some_and(|(p, pa, _)| *p == q.para && pa.blocked);
                let starts_sentence = doc.sents[doc.sent_of[open_t.min(n - 1)]].0 == open_t;
                if att.speaker.is_none() && starts_sentence && !after_unknown {
                    let s = doc.sent_of[open_t.min(n - 1)];
                    if let Some(p) =
                        subjects[s].or_else(|| (0..s).rev().take(3).find_map(|k| subjects[k]))
                    {
                        att.speaker = Some(ents.persons[p].name.clone());
                        att.mention =
                            Some(ents.persons[p].mentions.last().cloned().unwrap_or_default());
                    }
                }
            }
            if let (Some(name), Some(m)) = (&att.speaker, &att.mention) {
                if let Some(p) = ents.persons.iter_mut().find(|p| &p.name == name) {
                    if !matches!(m.as_str(), "he" | "He" | "she" | "She") {
                        let mut m = m.as_str();
                        for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
                            if let Some(rest) = m.strip_prefix(d) {
                                m = rest;
                            }
                        }
                        push_unique(&mut p.mentions, m);
                    }
                }
            }
            // A quotation running on into the next paragraph takes the speaker found later.
            let next_open = quotes
                .get(qi + 1)
                .map(|nq| doc.tok_at(nq.open))
                .filter(|&t| t < n);
            if !q.closed
                && next_open.is_some_and(|t| doc.para_of[t] == q.para + 1 && doc.toks[t].para_start)
            {
                pending_continued.push(out.len());
            } else if att.speaker.is_some() {
                for idx in pending_continued.drain(..) {
                    let sp: &mut Quote = &mut out[idx];
                    if sp.speaker.is_none() || sp.cue.is_none() {
                        sp.speaker = att.speaker.clone();
                        sp.speaker_mention = att.mention.clone();
                        sp.cue = att.cue.clone();
                    }
                }
            }
            let (s, e) = trim_span(doc.text, q.start, q.end);
            out.push(Quote {
                article: article.id.clone(),
                start: s,
                end: e,
                text: doc.text[s..e].to_string(),
                speaker: att.speaker.clone(),
                speaker_mention: att.mention.clone(),
                cue: att.cue.clone(),
                date: None,
            });
            prev = Some((q.para, att, q.after));
        }
        out
    }

    /// "the company said", "the union said": the body of that kind named last before the
    /// quotation (a company, a union, or for "the government" a country).
    fn body_noun(
        &self,
        doc: &Doc,
        ents: &Entities,
        t0: usize,
        t1: usize,
        before: usize,
    ) -> Option<(String, String)> {
        const UNION_NOUNS: &[&str] = &["union", "guild", "federation"];
        const COMPANY_NOUNS: &[&str] = &[
            "company",
            "firm",
            "airline",
            "carrier",
            "group",
            "bank",
            "carmaker",
            "automaker",
            "bidder",
            "insurer",
            "lender",
            "operator",
            "miner",
            "manufacturer",
        ];
        const STATE_NOUNS: &[&str] = &["government", "ministry", "administration"];
        let h = (t0 + 1..t1).find(|&h| {
            doc.lower_is(h - 1, &["the"])
                && (doc.lower_is(h, UNION_NOUNS)
                    || doc.lower_is(h, COMPANY_NOUNS)
                    || doc.lower_is(h, STATE_NOUNS))
                && !doc.toks[h].cap
                && !doc.toks[h].poss
                && (h + 1..t1).all(|k| doc.toks[k].word && !doc.toks[k].cap)
                && t1 - h <= 3
        })?;
        let want_union = doc.lower_is(h, UNION_NOUNS);
        let want_state = doc.lower_is(h, STATE_NOUNS);
        // "the company" is first the body the article itself called a company.
        let noun = doc.t(h).to_lowercase();
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before.min(t0));
        let same_kind = ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.t0 + 400 >= before.min(t0))
            .find_map(|m| match m.kind {
                MKind::Org(o) if !doc.in_quote[m.t0] => {
                    let org = &ents.orgs[o];
                    (org.role.as_deref() == Some(noun.as_str())).then(|| org.name.clone())
                }
                _ => None,
            });
        let name = match same_kind {
            Some(n) => n,
            None => self.body_named_before(doc, ents, want_union, want_state, before.min(t0))?,
        };
        Some((name, doc.span(h - 1, h + 1).to_string()))
    }

    /// The body of a kind (a union, a company, or with `want_state` a country) named last
    /// before token `before`, within about a page.
    fn body_named_before(
        &self,
        doc: &Doc,
        ents: &Entities,
        want_union: bool,
        want_state: bool,
        before: usize,
    ) -> Option<String> {
        let union_like = |name: &str| {
            name.split_whitespace().any(|w| {
                matches!(
                    w,
                    "Union" | "Workers" | "Guild" | "Federation" | "Association" | "Confederation"
                )
            })
        };
        let lo = before.saturating_sub(400);
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before);
        ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.t0 >= lo)
            .find_map(|m| {
                if doc.in_quote[m.t0] {
                    return None;
                }
                match m.kind {
                    MKind::Country(c) if want_state && !self.locative(doc, m.t0) => {
                        Some(ents.countries[c].name.clone())
                    }
                    MKind::Org(o) if !want_state => {
                        let org = &ents.orgs[o];
                        let known = self.lx.forms.contains_key(org.name.as_str());
                        let is_union = union_like(&org.name)
                            || matches!(
                                org.role.as_deref(),
                                Some("union" | "guild" | "federation")
                            );
                        (!known && is_union == want_union).then(|| org.name.clone())
                    }
                    _ => None,
                }
            })
    }

    /// "the hospital's chief executive", "the league's chair": the nearest body named
    /// earlier (within about 400 tokens, outside quotations) whose name has a word of that
    /// kind ("St. Brigid's Medical Center", "Premier League").
    fn body_of_kind(
        &self,
        doc: &Doc,
        ents: &Entities,
        noun: &str,
        before: usize,
    ) -> Option<String> {
        let words: &[&str] = match noun.to_lowercase().as_str() {
            "hospital" => &["Hospital", "Medical", "Clinic", "Infirmary", "Health"],
            "league" => &["League", "Division", "Liga"],
            "club" => &["Club", "FC", "AFC", "CF"],
            "university" => &["University", "College"],
            "school" => &["School", "Academy", "College"],
            "bank" => &["Bank"],
            "charity" => &["Foundation", "Trust", "Fund"],
            _ => return None,
        };
        let lo = before.saturating_sub(400);
        let ms = &ents.mentions[..ents.sorted];
        let hi = ms.partition_point(|m| m.t0 < before);
        ms[..hi]
            .iter()
            .rev()
            .take_while(|m| m.t0 >= lo)
            .find_map(|m| match m.kind {
                MKind::Org(o) if !doc.in_quote[m.t0] => {
                    let org = &ents.orgs[o];
                    org.name
                        .split_whitespace()
                        .any(|w| words.contains(&w))
                        .then(|| org.name.clone())
                }
                _ => None,
            })
    }

    /// Transcripts: `PETRAUSKAS: “...”` — a speaker label (a name, often in capitals)
    /// opening the paragraph and closed by a colon names the speaker of the quotation.
    fn transcript_label(
        &self,
        doc: &Doc,
        ents: &Entities,
        q: &QSpan,
        open_t: usize,
    ) -> Option<(String, String)> {
        let colon = open_t.checked_sub(1)?;
        if !doc.is(colon, ":") {
            return None;
        }
        let mut b = colon;
        while b > 0
            && colon - b < 4
            && doc.para_of[b - 1] == q.para
            && doc.toks[b - 1].word
            && doc.toks[b - 1].cap
        {
            b -= 1;
        }
        if b == colon || !doc.toks[b].para_start {
            return None;
        }
        let label = doc.span(b, colon);
        if label == "A" {
            // A question-and-answer interview: "A:" is the person interviewed, the first
            // person the article names.
            let first = ents.mentions[..ents.sorted]
                .iter()
                .filter(|m| m.t0 < b && !doc.in_quote[m.t0])
                .find_map(|m| match m.kind {
                    MKind::Person(p) => Some(p),
                    _ => None,
                })?;
            return Some((ents.persons[first].name.clone(), label.to_string()));
        }
        if let Some(m) = ents
            .within(b, colon)
            .find(|m| matches!(m.kind, MKind::Person(_) | MKind::Org(_) | MKind::Country(_)))
        {
            let name = match m.kind {
                MKind::Person(p) => ents.persons[p].name.clone(),
                MKind::Org(o) => ents.orgs[o].name.clone(),
                MKind::Country(c) => ents.countries[c].name.clone(),
                _ => return None,
            };
            return Some((name, label.to_string()));
        }
        // An all-capital surname: match it against the people the article names.
        let last = doc.t(colon - 1);
        let given = (colon - b >= 2).then(|| doc.t(b));
        let p = ents.find_person(last, None)?;
        if let (Some(g), Some(pg)) = (given, ents.persons[p].given.as_deref()) {
            if !g.eq_ignore_ascii_case(pg) {
                return None;
            }
        }
        Some((ents.persons[p].name.clone(), label.to_string()))
    }

    #[allow(clippy::too_many_arguments)]
    fn attribution(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        q: &QSpan,
        open_t: usize,
        qt1: usize,
        after_t: usize,
    ) -> Attribution {
        let n = doc.toks.len();
        let mut att = Attribution::default();
        if let Some((name, label)) = self.transcript_label(doc, ents, q, open_t) {
            att.speaker = Some(name);
            att.mention = Some(label);
            att.explicit = true;
            return att;
        }
        let mut after_cue: Option<String> = None;
        let text_q = doc.text[q.start..q.end].trim_end();
        // After the quotation: “...,” X said / “...,” said X.
        // British style puts the full stop outside the marks ('... famine'. She said ...):
        // the sentence ends there just as with a full stop inside.
        let stop_after = doc.text[q.after.min(doc.text.len())..].starts_with('.');
        let ends_open = !(text_q.ends_with('.') || stop_after)
            || q.after < doc.text.len() && doc.text[q.after..].starts_with(',');
        if q.closed && after_t < n && doc.para_of[after_t] == q.para {
            let mut k = after_t;
            let s_end = {
                let mut e = k;
                while e < n
                    && e < k + 30
                    && doc.para_of[e] == q.para
                    && !matches!(doc.t(e), "." | "?" | "!" | "“" | "\"" | "«")
                {
                    e += 1;
                }
                e
            };
            while k < s_end && !doc.toks[k].word {
                k += 1;
            }
            let cue = (k..s_end.min(k + 8))
                .find(|&c| self.is_cue(doc, c))
                .or_else(|| {
                    // “...,” Kim Ji-ho, deputy director of the planning office, told ...: the
                    // cue follows an apposition closed by a comma.
                    let m = ents
                        .within(k, s_end)
                        .find(|m| m.t0 == k && matches!(m.kind, MKind::Person(_)))?;
                    if !doc.is(m.t1, ",") {
                        return None;
                    }
                    let close = (m.t1 + 1..s_end).find(|&e| doc.is(e, ","))?;
                    Some(close + 1).filter(|&c| c < s_end && self.is_cue(doc, c))
                });
            if let Some(c) = cue {
                // ".” He indicated that ..." starts a new sentence unless it is just "X said."
                let sentence_start_after = !ends_open && doc.toks[k].cap && {
                    let mut e = c + 1;
                    while e < n && e < c + 3 && doc.toks[e].word && doc.para_of[e] == q.para {
                        e += 1;
                    }
                    !(e >= n || doc.para_of[e] != q.para || matches!(doc.t(e), "." | "!" | "?"))
                };
                if !sentence_start_after {
                    let found = if c > k {
                        self.speaker_in(doc, ents, subjects, k, c, open_t)
                    } else if c + 1 < n
                        && doc.lower_is(c + 1, &["that", "to", "in", "on", "at", "the"])
                    {
                        // "expressing that ..." names nobody.
                        None
                    } else {
                        // "said X", up to the next comma.
                        let mut e = c + 1;
                        while e < s_end && doc.t(e) != "," {
                            e += 1;
                        }
                        self.speaker_in(doc, ents, subjects, c + 1, e, open_t)
                            .or_else(|| self.body_noun(doc, ents, c + 1, e, open_t))
                            .or_else(|| {
                                // "said its executive vice president, Robert Guenther.": the
                                // name after the role.
                                if e >= s_end || !doc.is(e, ",") {
                                    return None;
                                }
                                let m = ents.within(e + 1, s_end.min(e + 6)).find(|m| {
                                    m.t0 == e + 1 && matches!(m.kind, MKind::Person(_))
                                })?;
                                self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t)
                            })
                    };
                    let found = if c > k {
                        found.or_else(|| self.body_noun(doc, ents, k, c, open_t))
                    } else {
                        found
                    };
                    after_cue = Some(doc.t(c).to_string());
                    // "..., he says" with no "he" in sight, "..., the official said" with no
                    // such official named: do not guess someone else.
                    let (na, nb) = if c > k {
                        (k, c)
                    } else {
                        let mut e = c + 1;
                        while e < s_end && doc.t(e) != "," {
                            e += 1;
                        }
                        (c + 1, e)
                    };
                    let unknown_title = ents.within(na, nb).any(|m| matches!(m.kind, MKind::Title));
                    // "said one Arab diplomat": someone the writer does not name.
                    let indefinite = c == k
                        && doc.lower_is(
                            c + 1,
                            &[
                                "a", "an", "one", "another", "two", "three", "several", "some",
                            ],
                        );
                    if found.is_none()
                        && (unknown_title
                            || indefinite
                            || (na..nb).any(|j| {
                                doc.toks[j].word
                                    && (doc.lower_is(j, &["he", "she"])
                                        || (c > k && doc.toks[j].cap))
                            }))
                    {
                        att.blocked = true;
                    }
                    if let Some((name, m)) = found {
                        att.cue = after_cue;
                        att.has_cue = true;
                        att.speaker = Some(name);
                        att.mention = Some(m);
                        att.explicit = true;
                        if c > k && (k..c).any(|j| doc.lower_is(j, MODALS)) {
                            att.hypothetical = true;
                        }
                        return att;
                    }
                }
            }
        }
        // Before the quotation, in the same sentence: X said that “...”, X warned, “...”.
        let s = doc.sent_of[open_t.min(n - 1)];
        let (sa, _) = doc.sents[s];
        let lo = sa.max(open_t.saturating_sub(40));
        let is_cue_at =
            |c: usize| !doc.in_quote[c] && (self.is_cue(doc, c) || doc.lower_is(c, &["according"]));
        let modal_before = |c: usize| (c.saturating_sub(3)..c).any(|j| doc.lower_is(j, MODALS));
        let mut cue = (lo..open_t).rev().find(|&c| is_cue_at(c));
        // "A spokesperson said it would not respond to 'noise ...'": a modal cue inside what
        // an earlier cue reports is that speaker's words, not imagined speech.
        if let Some(c) = cue {
            if c >= 2 && modal_before(c) {
                if let Some(c2) = (lo..c).rev().find(|&c2| is_cue_at(c2) && !modal_before(c2)) {
                    cue = Some(c2);
                }
            }
        }
        if let Some(c) = cue {
            att.cue = Some(doc.t(c).to_string());
            att.has_cue = true;
            if c >= 2 && (c.saturating_sub(3)..c).any(|j| doc.lower_is(j, MODALS)) {
                att.hypothetical = true;
                return att;
            }
            let mut found = None;
            if doc.lower_is(c, &["according"]) {
                let mut e = c + 2;
                while e < open_t && doc.t(e) != "," {
                    e += 1;
                }
                found = self.speaker_in(doc, ents, subjects, c + 1, e, open_t);
            } else {
                // The noun phrase right before the cue, back to a comma or clause start.
                let mut b = c;
                while b > sa
                    && !matches!(doc.t(b - 1), "," | ";" | ":" | "”" | "\"" | "(" | "—")
                    && doc.t(b - 1) != "that"
                    && c - b < 10
                {
                    b -= 1;
                }
                if b < c {
                    found = self
                        .speaker_in(doc, ents, subjects, b, c, open_t)
                        .or_else(|| self.body_noun(doc, ents, b, c, open_t));
                }
                // Only a subjectless cue ("..., stating that", "while acknowledging") takes the
                // sentence's subject; "Observers described ..." names nobody we know.
                let np_open = doc.t(c).ends_with("ing")
                    || (b..c).all(|k| {
                        doc.lower_is(
                            k,
                            &[
                                "while",
                                "also",
                                "then",
                                "and",
                                "further",
                                "later",
                                "again",
                                "but",
                                "as",
                                "had",
                                "has",
                                "have",
                                "was",
                                "is",
                                "once",
                                "even",
                                "publicly",
                                "repeatedly",
                                "previously",
                            ],
                        )
                    });
                if found.is_none() && np_open {
                    // "..., stating that ...": the subject of the sentence.
                    let ms = ents
                        .within(sa.max(c.saturating_sub(60)), c)
                        .filter(|m| !doc.in_quote[m.t0]);
                    for m in ms {
                        if matches!(m.kind, MKind::Title) && title_before_name(doc, ents, m) {
                            continue;
                        }
                        if matches!(m.kind, MKind::Person(_) | MKind::Title | MKind::Pronoun)
                            && !doc.toks[m.t1 - 1].poss
                        {
                            found = self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t);
                            if found.is_some() {
                                break;
                            }
                        }
                    }
                }
                if found.is_none() && np_open {
                    // "The Chinese delegation has issued a statement saying ...", "Calloway,
                    // which owns 11 percent, said ...": a body opening the sentence.
                    found = ents
                        .within(sa, (sa + 4).min(c))
                        .find(|m| {
                            !doc.in_quote[m.t0]
                                && matches!(m.kind, MKind::Org(_) | MKind::Country(_))
                                && !doc.toks[m.t1 - 1].poss
                                && !modifier_before_role(doc, self, m.t1)
                        })
                        .and_then(|m| self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t));
                }
                if found.is_none() && np_open && c > sa + 2 {
                    // "The company said ... and accused the union of “…”": the body a
                    // sentence-opening "the company" stands for.
                    found = self.body_noun(doc, ents, sa, sa + 2, open_t);
                }
                // "Qatar's prime minister, who ..., said": a sentence whose subject is a title
                // we cannot put a name to is not about the last person named.
                let unnamed_title = (sa..c).any(|k| {
                    !doc.in_quote[k]
                        && doc.toks[k].word
                        && !doc.toks[k].cap
                        && self.lx.is_head(&doc.t(k).to_lowercase())
                });
                if found.is_none() && np_open && !unnamed_title {
                    found = subjects[..s]
                        .iter()
                        .rev()
                        .take(2)
                        .flatten()
                        .next()
                        .map(|&p| (ents.persons[p].name.clone(), ents.persons[p].name.clone()));
                }
            }
            match found {
                Some((name, m)) => {
                    att.speaker = Some(name);
                    att.mention = Some(m);
                    att.explicit = true;
                }
                None => att.blocked = true,
            }
            return att;
        }
        let _ = qt1;
        // "Government spokesman David Mencer disagreed: “...”": a colon introduces the words
        // of the sentence's subject even without a reporting verb.
        if open_t > sa && doc.is(open_t - 1, ":") {
            let subject = ents
                .within(sa, open_t - 1)
                .find(|m| {
                    !doc.in_quote[m.t0]
                        && !doc.toks[m.t1 - 1].poss
                        && !modifier_before_role(doc, self, m.t1)
                        && matches!(
                            m.kind,
                            MKind::Person(_) | MKind::Title | MKind::Pronoun | MKind::Org(_)
                        )
                })
                .copied();
            if let Some(m) = subject {
                if let Some((name, mention)) =
                    self.speaker_in(doc, ents, subjects, m.t0, m.t1, open_t)
                {
                    att.speaker = Some(name);
                    att.mention = Some(mention);
                    att.explicit = true;
                    if let Some(v) = open_t.checked_sub(2) {
                        if doc.toks[v].word && !doc.toks[v].cap {
                            att.cue = Some(doc.t(v).to_string());
                        }
                    }
                    return att;
                }
            }
        }
        if after_cue.is_some() {
            att.cue = after_cue;
            att.has_cue = true;
        }
        att
    }

    /// A word in `t0..t1` that looks like a finite verb: an auxiliary or modal, or a
    /// lower-case word in -ed or -s (a rough test; the lexicon has no parts of speech).
    fn has_finite_verb(doc: &Doc, t0: usize, t1: usize) -> bool {
        (t0..t1.min(doc.toks.len())).any(|k| {
            let t = &doc.toks[k];
            if !t.word || t.cap {
                return false;
            }
            let w = doc.t(k);
            doc.lower_is(
                k,
                &[
                    "is", "are", "was", "were", "will", "would", "could", "can", "should", "must",
                    "has", "have", "had", "may", "might", "did", "do", "does", "won't", "cannot",
                    "shall",
                ],
            ) || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')) && !w.ends_with("ss"))
        })
    }

    fn find_claims(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        article: &Article,
    ) -> Vec<Claim> {
        let n = doc.toks.len();
        let mut out = Vec::new();
        for &(a, b) in &doc.sents {
            if (a..b).any(|k| doc.in_quote[k]) || b - a < 5 {
                continue;
            }
            // "X said (that) CLAUSE."
            let Some(c) = (a..b).find(|&k| {
                self.is_cue(doc, k)
                    && !doc.lower_is(
                        k,
                        &[
                            "according",
                            "called",
                            "calls",
                            "call",
                            "post",
                            "posts",
                            "note",
                            "state",
                            "states",
                            "report",
                            "reports",
                            "continue",
                            "continues",
                            "continued",
                        ],
                    )
            }) else {
                continue;
            };
            let (clause, who) = if c > a && c + 2 < b {
                let mut s = c + 1;
                // "told a reporter that ..."
                let mut k = s;
                while k < b && k < s + 6 && doc.t(k) != "that" {
                    k += 1;
                }
                let mut nb = c;
                while nb > a && !matches!(doc.t(nb - 1), "," | ";" | ":") && c - nb < 10 {
                    nb -= 1;
                }
                if k < b && doc.t(k) == "that" {
                    s = k + 1;
                } else if nb > a + 3
                    && doc.t(nb - 1) == ","
                    && (c + 1 >= b
                        || matches!(doc.t(c + 1), "," | "." | ";")
                        || (c + 2 < b && doc.t(c + 2) == "," && doc.toks[c + 1].cap))
                {
                    // "CLAUSE, Peskov said Sunday, ...": the words before the speaker.
                    s = a;
                } else if !doc.lower_is(
                    c,
                    &[
                        "said", "says", "say", "added", "adds", "warned", "warns", "insisted",
                        "insists", "argued", "argues", "believes", "believe", "thinks",
                    ],
                ) || doc.lower_is(
                    c + 1,
                    &[
                        "on", "in", "at", "to", "during", "after", "before", "with", "for", "of",
                        "about", "as", "by", "the", "a", "an", "it", "so", "nothing", "against",
                        "over", "from", "into", "off", "up", "out", "through", "without", "under",
                        "amid", "despite", "like", "toward", "towards", "upon", "not",
                    ],
                ) || !Self::has_finite_verb(doc, c + 2, b.min(c + 10))
                {
                    // "warned against a trade war": no clause, so no claim; a bare
                    // complement needs a subject and a verb ("said Moscow wanted ...").
                    continue;
                }
                if s == a {
                    ((a, nb - 1), (nb, c))
                } else {
                    ((s, b), (nb, c))
                }
            } else if c + 2 >= b && c > a + 3 {
                // "CLAUSE, X said." at the end.
                let mut comma = c;
                while comma > a && doc.t(comma - 1) != "," {
                    comma -= 1;
                }
                if comma <= a + 2 {
                    continue;
                }
                ((a, comma - 1), (comma, c))
            } else {
                continue;
            };
            if clause.1 <= clause.0 + 2 || clause.1 > n {
                continue;
            }
            let Some((name, mention)) = self.speaker_in(doc, ents, subjects, who.0, who.1, who.0)
            else {
                continue;
            };
            let mut e = clause.1;
            while e > clause.0 && !doc.toks[e - 1].word {
                e -= 1;
            }
            if e <= clause.0 {
                continue;
            }
            let (s, e) = (doc.toks[clause.0].start, doc.toks[e - 1].end);
            out.push(Claim {
                article: article.id.clone(),
                start: s,
                end: e,
                text: doc.text[s..e].to_string(),
                speaker: Some(name),
                speaker_mention: Some(mention),
                cue: Some(doc.t(c).to_string()),
                date: None,
            });
        }
        out
    }
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if lead + trail >= t.len() {
        return (s, e);
    }
    (s + lead, e - trail)
}
