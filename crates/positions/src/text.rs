//! Word tokens with byte offsets, a light suffix stemmer, and clause splitting.
//!
//! Statements are short (a quote or a reported claim), so everything here works on one
//! statement at a time; the only allocation per token is its lowercase form and stem.

/// One word of a statement: `start..end` are byte offsets into the statement text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub lower: String,
    pub stem: String,
    /// The stem's synonym group ([`synonym_class`]), looked up once.
    pub syn: Option<usize>,
}

/// A stretch of a statement that cue words are allowed to reach across: a clause,
/// delimited by sentence ends, semicolons, colons, dashes and contrastive conjunctions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// Byte range in the statement text.
    pub start: usize,
    pub end: usize,
    /// Token index range into the statement's token list.
    pub first: usize,
    pub last: usize,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits text into word tokens. Apostrophes inside a word are kept ("don't" stays one
/// token so that "n't" can be read as a negation); hyphens split ("cease-fire" is two
/// tokens; phrase matching joins neighbours back when a term is written solid).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if !c.is_alphanumeric() {
            chars.next();
            continue;
        }
        let start = i;
        let mut end = i;
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
            } else if (d == '.' || d == ',') && text[start..end].bytes().all(|b| b.is_ascii_digit())
            {
                // "3.5" and "27,000" are one number, not "3" and "5" (a label "5 percent
                // of pay" must not be found in "3.5 percent").
                let mut look = chars.clone();
                look.next();
                match look.peek() {
                    Some(&(_, e)) if e.is_ascii_digit() => {
                        chars.next();
                    }
                    _ => break,
                }
            } else if is_apostrophe(d) {
                // Keep the apostrophe only when a letter follows ("don't", "Russia's").
                let mut look = chars.clone();
                look.next();
                match look.peek() {
                    Some(&(_, e)) if e.is_alphabetic() => {
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        let raw = &text[start..end];
        // Plain ASCII (most words) lowers byte by byte; other text char by char, with the
        // typographic apostrophe made plain.
        let lower: String = if raw.is_ascii() {
            raw.to_ascii_lowercase()
        } else {
            raw.chars()
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect()
        };
        // Possessive "'s" says nothing about meaning: "Russia's" is "Russia".
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        let stem = stem(base);
        out.push(Token {
            start,
            end,
            syn: synonym_class(&stem),
            lower,
            stem,
        });
    }
    out
}

const SUFFIXES: &[(&str, &str)] = &[
    ("izations", ""),
    ("isations", ""),
    ("ization", ""),
    ("isation", ""),
    ("ations", ""),
    ("ation", ""),
    ("itions", ""),
    ("ition", ""),
    ("ements", ""),
    ("ement", ""),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ised", ""),
    ("ized", ""),
    ("ises", ""),
    ("izes", ""),
    ("ise", ""),
    ("ize", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ance", ""),
    ("ence", ""),
    ("able", ""),
    ("ible", ""),
    ("ity", ""),
    ("ian", ""),
    ("ial", ""),
    ("ed", ""),
    ("es", ""),
    ("al", ""),
    ("ly", ""),
    ("ia", ""),
    ("s", ""),
    ("e", ""),
];

/// A deliberately small suffix stemmer: enough to make "recognise", "recognised" and
/// "recognition", or "Russia" and "Russian", meet, without a dictionary. Two rounds so
/// that "neutrality" and "neutral" meet too. Stems never drop below four letters.
pub fn stem(word: &str) -> String {
    let base = irregular(word).unwrap_or(word);
    let mut w = base.to_string();
    if w.chars().any(|c| !c.is_ascii_alphabetic()) {
        return w;
    }
    for _ in 0..2 {
        let mut changed = false;
        for (suf, rep) in SUFFIXES {
            // "allies" is "ally", not "alli" (which is "alliance").
            let min = if *suf == "ies" { 2 } else { 4 };
            if w.len() >= suf.len() + min && w.ends_with(suf) {
                if *suf == "es" && w.ends_with("ies") {
                    continue;
                }
                // "ss" endings ("press", "progress") are not plurals.
                if *suf == "s" && (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) {
                    continue;
                }
                w.truncate(w.len() - suf.len());
                w.push_str(rep);
                // "dropped" / "dropping" are "drop", "committed" is "commit".
                if matches!(*suf, "ed" | "ing") {
                    let b = w.as_bytes();
                    let n = b.len();
                    if n >= 4
                        && b[n - 1] == b[n - 2]
                        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')
                        && !matches!(b[n - 1], b'a' | b'e' | b'i' | b'o' | b'u')
                    {
                        w.truncate(n - 1);
                    }
                }
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    w
}

/// Irregular verb forms that suffix stripping cannot bring together with their base.
fn irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "kept" => "keep",
        "held" => "hold",
        "gave" | "given" => "give",
        "left" => "leave",
        "sought" => "seek",
        "fought" => "fight",
        "won" => "win",
        "lost" => "lose",
        "withdrew" | "withdrawn" => "withdraw",
        "froze" | "frozen" => "freeze",
        "chose" | "chosen" => "choose",
        "took" | "taken" => "take",
        "broke" | "broken" => "break",
        "stood" => "stand",
        "sent" => "send",
        "spoke" | "spoken" => "speak",
        "brought" => "bring",
        "drew" | "drawn" => "draw",
        "met" => "meet",
        "paid" => "pay",
        "struck" => "strike",
        "began" | "begun" => "begin",
        "forgone" | "forwent" => "forgo",
        _ => return None,
    })
}

/// Words that name the same move in a negotiation, so that an option's label is found in
/// a statement that words it differently: "sanctions kept" in "the sanctions stay",
/// "sanctions lifted" in "the restrictions must be removed", "army capped" in "limits on
/// the army". Used to score options only, never to link an issue.
const SYNONYMS: &[&[&str]] = &[
    &["keep", "stay", "remain", "maintain", "retain"],
    &[
        "lift", "remove", "scrap", "abolish", "relief", "ease", "easing",
    ],
    &["restore", "reinstate", "return"],
    &["cap", "limit", "ceiling"],
    &["withdraw", "pull"],
    &["recognise", "recognize", "acknowledge"],
    &["cut", "reduce", "lower"],
    &["increase", "raise"],
];

/// The synonym group a stem belongs to (the index in `SYNONYMS`), if any.
pub fn synonym_class(stem_: &str) -> Option<usize> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<String, usize>> =
        std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            SYNONYMS
                .iter()
                .enumerate()
                .flat_map(|(g, group)| group.iter().map(move |w| (stem(w), g)))
                .collect()
        })
        .get(stem_)
        .copied()
}

/// Words too common to link a statement to anything on their own.
pub fn is_stopword(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "it"
            | "its"
            | "it's"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "their"
            | "they"
            | "them"
            | "we"
            | "our"
            | "us"
            | "i"
            | "my"
            | "me"
            | "you"
            | "your"
            | "he"
            | "his"
            | "him"
            | "she"
            | "her"
            | "which"
            | "who"
            | "whom"
            | "what"
            | "when"
            | "where"
            | "why"
            | "how"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "do"
            | "does"
            | "did"
            | "has"
            | "have"
            | "had"
            | "so"
            | "if"
            | "than"
            | "then"
            | "also"
            | "any"
            | "all"
            | "some"
            | "such"
            | "into"
            | "over"
            | "about"
            | "after"
            | "before"
            | "between"
            | "under"
            | "up"
            | "out"
            | "off"
            | "only"
            | "just"
            | "very"
            | "more"
            | "most"
            | "other"
            | "said"
            | "says"
            | "say"
            | "mr"
            | "ms"
            | "one"
            | "own"
            | "not"
            | "no"
            | "yes"
            | "but"
            | "while"
            | "now"
            | "along"
            | "across"
            | "through"
            | "within"
            | "among"
            | "upon"
            | "onto"
            | "toward"
            | "towards"
            | "around"
            | "beyond"
            | "below"
            | "above"
            | "near"
            | "via"
            | "per"
            | "despite"
            | "until"
            | "since"
    )
}

/// Words that flip the sense of what follows.
pub fn is_negation(lower: &str) -> bool {
    matches!(
        lower,
        "not" | "no" | "never" | "neither" | "nor" | "without" | "cannot" | "none" | "nothing"
    ) || lower.ends_with("n't")
}

/// Splits a statement into clauses. A clause ends at a sentence end, a semicolon, a colon,
/// a dash, or before a contrastive conjunction ("but", "however", "whereas", "while",
/// "although", "though", "yet"), because cue words rarely reach across those.
pub fn clauses(text: &str, tokens: &[Token]) -> Vec<Clause> {
    let mut out = Vec::new();
    if tokens.is_empty() {
        return out;
    }
    let mut first = 0usize;
    for i in 0..tokens.len() {
        let boundary_after = if i + 1 < tokens.len() {
            let gap = &text[tokens[i].end..tokens[i + 1].start];
            let hard = gap.contains(['.', '!', '?', ';', ':', '\u{2014}', '\u{2013}'])
                || gap.contains(" - ");
            let soft = matches!(
                tokens[i + 1].lower.as_str(),
                "but" | "however" | "whereas" | "while" | "although" | "though" | "yet"
            );
            hard || soft
        } else {
            true
        };
        if boundary_after {
            out.push(Clause {
                start: tokens[first].start,
                end: tokens[i].end,
                first,
                last: i + 1,
            });
            first = i + 1;
        }
    }
    out
}

/// Similarity of two stems: 1 when equal, else, when the shorter one (five letters or
/// more) begins the longer one, the share of the longer one it covers ("membership" /
/// "member" meet). Stems that part ways after a common start do not: "guarantee" /
/// "guarantor" (the pledge and the state giving it), "secure" / "sector".
pub fn stem_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 5 {
        return 0.0;
    }
    // `strip_prefix` rather than slicing: the stems are article words, any script.
    match long.strip_prefix(short) {
        // An agent-noun ending names someone else: "guarantor" is not a "guarantee".
        Some("or" | "er" | "ist") | None => 0.0,
        Some(rest) if false_friend(short, rest) => 0.0,
        Some(_) => short.len() as f64 / long.len() as f64,
    }
}

/// Whether a longer word that begins with a shorter stem is a different word, not a
/// derivation of it. A stem ending in "-ss" followed by "-ion" is one: such nouns come
/// from other verbs ("accession" from "accede", "succession" from "succeed",
/// "procession" from "proceed", "recession" from "recede"), so "access" is not
/// "accession" and "process" is not "procession".
pub fn false_friend(short: &str, rest: &str) -> bool {
    short.ends_with("ss") && rest.starts_with("ion")
}

/// The byte range of the sentence around `start..end` in `text`: back to the previous
/// sentence end (".", "!", "?" followed by white space, or a line break) and forward to
/// the next one. Used to read the reporting clause and the neighbouring sentences of a
/// statement; abbreviations ("Mr.") may cut a sentence short, which only narrows what is
/// read.
pub fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = floor_boundary(text, start.min(text.len()));
    let end = floor_boundary(text, end.min(text.len()).max(start));
    let bytes = text.as_bytes();
    let is_end = |i: usize| -> bool {
        // A sentence ends after byte i when it is a terminator followed by space (or a
        // closing quote and space), or is a line break.
        match bytes[i] {
            b'\n' => true,
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                    j += 1;
                }
                j >= bytes.len() || bytes[j].is_ascii_whitespace()
            }
            _ => false,
        }
    };
    let mut s = start;
    while s > 0 && !is_end(s - 1) {
        s -= 1;
    }
    let mut e = end;
    // The statement itself may end with its own full stop.
    while e < bytes.len() && !(e > start && is_end(e - 1)) {
        e += 1;
    }
    let s = ceil_boundary(text, s);
    let e = floor_boundary(text, e);
    let trimmed = text[s..e].trim_start();
    let s = e - text[s..e].len() + (text[s..e].len() - trimmed.len());
    (s, e.max(s))
}

/// The sentences just before and just after the sentence `s..e` of `text` (empty when
/// there is none), trimmed.
pub fn neighbour_sentences(text: &str, s: usize, e: usize) -> (&str, &str) {
    let head = text.get(..s).unwrap_or("").trim_end();
    let before = if head.is_empty() {
        ""
    } else {
        // The last character of the previous sentence (its full stop).
        let p = head.len() - head.chars().next_back().map_or(1, char::len_utf8);
        let (bs, be) = sentence_around(text, p, p);
        text.get(bs..be.min(s)).unwrap_or("").trim()
    };
    let after = if e >= text.len() {
        ""
    } else {
        let rest = text.get(e..).unwrap_or("");
        let lead = rest.len() - rest.trim_start().len();
        let (as_, ae) = sentence_around(text, e + lead, e + lead);
        text.get(as_.max(e)..ae).unwrap_or("").trim()
    };
    (before, after)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

pub use detente_lang::hash::{FxBuild, FxHasher};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("recognise"), stem("recognition"));
        assert_eq!(stem("recognised"), stem("recognized"));
        assert_eq!(stem("russia"), stem("russian"));
        assert_eq!(stem("ukraine"), stem("ukrainian"));
        assert_eq!(stem("neutrality"), stem("neutral"));
        assert_eq!(stem("guarantees"), stem("guarantee"));
        assert_eq!(stem("refused"), stem("refuse"));
        assert_ne!(stem("press"), "pres");
        assert_eq!(stem("dropped"), stem("drop"));
        assert_eq!(stem("committed"), stem("commit"));
        assert_eq!(stem("passed"), stem("pass"));
    }

    #[test]
    fn stem_similarity_takes_any_script() {
        // A shorter stem whose length falls inside a longer word's multi-byte letter.
        assert_eq!(stem_similarity("zurich", "zürich"), 0.0);
        assert_eq!(stem_similarity("won't", "won’t"), 0.0);
        assert!(stem_similarity("über", "überall") > 0.0);
        assert!(stem_similarity("membe", "membership") > 0.0);
        assert_eq!(stem_similarity("guarantee", "guarantor"), 0.0);
        assert_eq!(stem_similarity("zürich", "zürichsee"), 7.0 / 10.0);
    }

    #[test]
    fn tokens_keep_byte_offsets_and_contractions() {
        let t = "Kyiv won’t cede Donbas’s towns";
        let toks = tokenize(t);
        assert_eq!(toks[1].lower, "won't");
        assert!(is_negation(&toks[1].lower));
        assert_eq!(&t[toks[3].start..toks[3].end], "Donbas’s");
        assert_eq!(toks[3].stem, stem("donbas"));
    }

    #[test]
    fn numbers_stay_whole_and_stems_must_nest() {
        let t = "a 3.5 percent offer, 27,000 jobs; end.";
        let toks = tokenize(t);
        assert_eq!(toks[1].lower, "3.5");
        assert_eq!(toks[4].lower, "27,000");
        assert_eq!(toks.last().map(|t| t.lower.as_str()), Some("end"));
        assert!(stem_similarity(&stem("membership"), &stem("member")) > 0.0);
        assert_eq!(
            stem_similarity(&stem("guarantees"), &stem("guarantors")),
            0.0
        );
    }

    #[test]
    fn ss_stems_do_not_meet_their_ion_false_friends() {
        assert_eq!(stem_similarity(&stem("access"), &stem("accession")), 0.0);
        assert_eq!(stem_similarity(&stem("process"), &stem("procession")), 0.0);
        assert!(stem_similarity(&stem("member"), &stem("membership")) > 0.0);
        assert!(stem_similarity(&stem("protect"), &stem("protection")) > 0.0);
    }

    #[test]
    fn sentences_around_a_span_and_their_neighbours() {
        let t = "Talks resumed on Monday. \"We will never give up,\" the envoy said. Crimea was not discussed.";
        let q = t.find("We will").unwrap_or(0);
        let (s, e) = sentence_around(t, q, q + 10);
        assert_eq!(&t[s..e], "\"We will never give up,\" the envoy said.");
        let (b, a) = neighbour_sentences(t, s, e);
        assert_eq!(b, "Talks resumed on Monday.");
        assert_eq!(a, "Crimea was not discussed.");
        let (b, a) = neighbour_sentences("Only one.", 0, 9);
        assert_eq!((b, a), ("", ""));
    }

    #[test]
    fn clauses_split_at_contrast() {
        let t = "We reject the plan, but we are ready to talk. Next sentence";
        let toks = tokenize(t);
        let c = clauses(t, &toks);
        assert_eq!(c.len(), 3);
        assert_eq!(&t[c[0].start..c[0].end], "We reject the plan");
    }
}
