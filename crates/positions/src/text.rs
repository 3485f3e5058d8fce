//! Word tokens with byte offsets, their stems (the tokenizer and the stemmer are
//! `detente_lang`'s, shared with the extractor), and clause splitting.
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

/// Splits a statement into word tokens with the shared tokenizer
/// ([`detente_lang::tokens::words`]): apostrophes inside a word are kept ("don't" stays one
/// token so that "n't" can be read as a negation); hyphens split ("cease-fire" is two
/// tokens; phrase matching joins neighbours back when a term is written solid); numbers
/// stay whole ("3.5", "27,000"). Each token carries its lower-case form, its stem
/// ([`stem`], without a possessive "'s": "Russia's" is "Russia") and its synonym group.
pub fn tokenize(text: &str) -> Vec<Token> {
    detente_lang::tokens::words(text)
        .into_iter()
        .map(|w| {
            let lower = detente_lang::tokens::lower_word(&text[w.start..w.end]);
            let stem = stem(lower.strip_suffix("'s").unwrap_or(&lower));
            Token {
                start: w.start,
                end: w.end,
                syn: synonym_class(&stem),
                lower,
                stem,
            }
        })
        .collect()
}

pub use detente_lang::stem::{false_friend, stem, stem_similarity};

/// Words that name the same move in a negotiation, so that an option's label is found in
/// a statement that words it differently: "sanctions kept" in "the sanctions stay",
/// "sanctions lifted" in "the restrictions must be removed", "army capped" in "limits on
/// the army". Used to score options only, never to link an issue.
const SYNONYMS: &[&[&str]] = &[
    &[
        "keep", "stay", "remain", "maintain", "retain", "renew", "prolong",
    ],
    &[
        "lift", "remove", "scrap", "abolish", "relief", "ease", "easing",
    ],
    &["restore", "reinstate", "return"],
    &["cap", "limit", "ceiling"],
    &["withdraw", "pull"],
    &["recognise", "recognize", "acknowledge"],
    &["cut", "reduce", "lower"],
    &["increase", "raise"],
    &["more", "further", "additional", "extra"],
    &["bar", "ban", "prohibit", "forbid"],
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
    fn synonyms_of_more_and_of_barring_share_a_group() {
        let syn = |w: &str| tokenize(w)[0].syn;
        assert!(syn("further").is_some() && syn("further") == syn("more"));
        assert!(syn("banned").is_some() && syn("banned") == syn("barred"));
        assert_ne!(syn("more"), syn("barred"));
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
