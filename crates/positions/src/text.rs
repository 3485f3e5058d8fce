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
        let lower: String = raw
            .chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        // Possessive "'s" says nothing about meaning: "Russia's" is "Russia".
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        let stem = stem(base);
        out.push(Token {
            start,
            end,
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
        Some(_) => short.len() as f64 / long.len() as f64,
    }
}

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
    fn clauses_split_at_contrast() {
        let t = "We reject the plan, but we are ready to talk. Next sentence";
        let toks = tokenize(t);
        let c = clauses(t, &toks);
        assert_eq!(c.len(), 3);
        assert_eq!(&t[c[0].start..c[0].end], "We reject the plan");
    }
}
