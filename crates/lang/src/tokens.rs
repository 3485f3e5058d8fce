//! The one tokenizer: splits text into word tokens (and, when asked, punctuation marks) as
//! byte spans, in one pass with no allocation per token.
//!
//! Its two users want different word shapes, so the differences are options of the one
//! loop rather than two loops:
//!
//! * the extractor ([`Options::MARKS`] plus its abbreviations) needs every mark as a token
//!   (quotes, full stops and commas delimit sentences and quotations), hyphenated words
//!   whole (a hyphenated surname is one name), the possessive `'s` split off (the name
//!   without it) and the full stop kept on initials and abbreviations (`U.S.`, `Gen.`,
//!   `George W. Bush`), since a sentence does not end there;
//! * the linker of statements to positions ([`Options::WORDS`]) needs words only,
//!   hyphenated words in their parts (a term may be written solid, spaced or hyphenated),
//!   contractions and possessives whole (`n't` is a negation) and numbers whole across a
//!   decimal point or thousands separator (`3.5` is not `5`).
//!
//! Both share what a word character is (a letter or digit of any script), how an
//! apostrophe inside a word is read, and the token's surface flags (capitalised, all
//! capitals, starting with a digit, first of its paragraph).

/// A word or punctuation mark, as a byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// A word (letters or digits), not a mark.
    pub word: bool,
    /// First character is upper case (or a lower-case Arabic article joined by a hyphen to
    /// a capitalised word: such words are name words).
    pub cap: bool,
    /// Two or more letters, all upper case.
    pub allcaps: bool,
    /// Followed directly by a possessive `'s`/`’s` that is not part of the span (only with
    /// [`Options::split_possessive`]).
    pub poss: bool,
    /// Starts with a digit.
    pub digit: bool,
    /// A line break (paragraph end) precedes this token, or it is the first token.
    pub para_start: bool,
}

/// How the tokenizer shapes words; see the module comment for who needs what.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Emit punctuation marks as tokens of their own (`word == false`).
    pub marks: bool,
    /// A hyphen between two word characters joins them into one token.
    pub join_hyphens: bool,
    /// A possessive `'s` or `’s` at the end of a word is left out of the span and marked
    /// with [`Token::poss`]; otherwise it stays in the word like any inner apostrophe.
    pub split_possessive: bool,
    /// A run of digits continues across one `.` or `,` followed by a digit (`3.5`,
    /// `27,000`).
    pub join_numbers: bool,
    /// Keep a word's full stop when the word is an initialism (`U.S.`), a middle initial (a
    /// single capital between spaces and before a capitalised word), a dotted word that
    /// starts with a capital, or an abbreviation for which this returns true.
    pub full_stops: Option<fn(&str) -> bool>,
}

impl Options {
    /// Words only: hyphens split, contractions and possessives stay whole, numbers stay
    /// whole.
    pub const WORDS: Options = Options {
        marks: false,
        join_hyphens: false,
        split_possessive: false,
        join_numbers: true,
        full_stops: None,
    };
    /// Words and marks: hyphenated words whole, possessives split off. Add abbreviations
    /// with [`Options::with_abbreviations`].
    pub const MARKS: Options = Options {
        marks: true,
        join_hyphens: true,
        split_possessive: true,
        join_numbers: false,
        full_stops: None,
    };

    /// These options, keeping full stops of initials, dotted capitalised words and the
    /// abbreviations `is_abbreviation` accepts.
    pub const fn with_abbreviations(self, is_abbreviation: fn(&str) -> bool) -> Options {
        Options {
            full_stops: Some(is_abbreviation),
            ..self
        }
    }
}

/// A letter or digit of any script.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The straight and the typographic apostrophe.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The character at byte `i` of `text[..to]` and its length, if `i < to`.
#[inline]
fn char_at(text: &str, i: usize, to: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if i >= to {
        None
    } else if b < 0x80 {
        Some(b as char)
    } else {
        text[i..to].chars().next()
    }
}

/// The end of the run of word characters starting at byte `j` of `text[..to]`; clears
/// `digits_only` when the run holds anything but ASCII digits. Plain ASCII is read byte by
/// byte, other text char by char.
#[inline]
fn word_run_end(text: &str, mut j: usize, to: usize, digits_only: &mut bool) -> usize {
    let bytes = text.as_bytes();
    while j < to {
        let b = bytes[j];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            *digits_only &= b.is_ascii_digit();
            j += 1;
        } else {
            match text[j..to].chars().next() {
                Some(ch) if ch.is_alphanumeric() => {
                    *digits_only = false;
                    j += ch.len_utf8();
                }
                _ => break,
            }
        }
    }
    j
}

/// Splits `text[from..to]` into tokens shaped by `opts`, into `out` (cleared first).
pub fn tokenize(text: &str, from: usize, to: usize, opts: &Options, out: &mut Vec<Token>) {
    out.clear();
    // About one token in five bytes of news text: one allocation for most articles.
    out.reserve(to.saturating_sub(from) / 5);
    let bytes = text.as_bytes();
    let mut i = from;
    let mut para_start = true;
    while let Some(c) = char_at(text, i, to) {
        let cl = c.len_utf8();
        if c == '\n' {
            para_start = true;
            i += cl;
            continue;
        }
        if !is_word_char(c) {
            if opts.marks && !c.is_whitespace() {
                out.push(Token {
                    start: i,
                    end: i + cl,
                    word: false,
                    cap: false,
                    allcaps: false,
                    poss: false,
                    digit: false,
                    para_start,
                });
                para_start = false;
            }
            i += cl;
            continue;
        }
        let start = i;
        let mut j = i;
        let mut poss = false;
        let mut end;
        // Only digits so far: a number may continue across "." or ",".
        let mut digits_only = true;
        loop {
            j = word_run_end(text, j, to, &mut digits_only);
            end = j;
            let Some(ch) = char_at(text, j, to) else {
                break;
            };
            let after = j + ch.len_utf8();
            let next = char_at(text, after, to);
            let next_is_word = next.is_some_and(is_word_char);
            if opts.join_numbers
                && digits_only
                && (ch == '.' || ch == ',')
                && next.is_some_and(|n| n.is_ascii_digit())
            {
                digits_only = false;
                j = after;
                continue;
            }
            if ch == '-' && next_is_word && opts.join_hyphens {
                digits_only = false;
                j = after;
                continue;
            }
            if is_apostrophe(ch) {
                if opts.split_possessive
                    && next == Some('s')
                    && !char_at(text, after + 1, to).is_some_and(is_word_char)
                {
                    poss = true;
                    j = after + 1;
                    break;
                }
                if next_is_word {
                    digits_only = false;
                    j = after;
                    continue;
                }
                // Plural possessive ("the allies’ demands"): the mark is not part of the word.
                break;
            }
            if ch == '.' {
                if let Some(is_abbreviation) = opts.full_stops {
                    let w = &text[start..j];
                    let single = j - start <= 4 && {
                        let mut cs = w.chars();
                        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
                    };
                    // "U.S.", "U.N.": a capital, a full stop, a capital, a full stop.
                    let initialism = single
                        && next.is_some_and(char::is_uppercase)
                        && bytes.get(after + 1) == Some(&b'.');
                    if initialism {
                        j = after;
                        continue;
                    }
                    // A middle initial: one capital letter, a full stop, one space and a
                    // capitalised word, after a space.
                    let middle_initial = single
                        && bytes.get(after) == Some(&b' ')
                        && char_at(text, after + 1, to).is_some_and(char::is_uppercase)
                        && start > 0
                        && bytes.get(start - 1) == Some(&b' ');
                    if middle_initial
                        || is_abbreviation(w)
                        || (w.contains('.') && w.chars().next().is_some_and(char::is_uppercase))
                    {
                        end = after;
                        j = after;
                    }
                }
            }
            break;
        }
        let w = &text[start..end];
        let first = w.chars().next().unwrap_or(' ');
        out.push(Token {
            start,
            end,
            word: true,
            cap: first.is_uppercase() || arabic_article_name(w),
            allcaps: all_capitals(w),
            poss,
            digit: first.is_ascii_digit(),
            para_start,
        });
        para_start = false;
        i = j.max(start + first.len_utf8());
    }
}

/// Whether a word is a lower-case Arabic article joined by a hyphen to a capitalised word
/// ("al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-" before a capital): a name word.
fn arabic_article_name(w: &str) -> bool {
    const ARTICLES: [&str; 7] = ["al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-"];
    w.as_bytes().get(1..4).is_some_and(|b| b.contains(&b'-'))
        && ARTICLES.iter().any(|p| {
            w.strip_prefix(p)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        })
}

/// Two or more letters, every letter upper case.
fn all_capitals(w: &str) -> bool {
    let mut letters = 0usize;
    if w.is_ascii() {
        for &b in w.as_bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
    } else {
        for c in w.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// The word tokens of `text` (no marks), shaped by [`Options::WORDS`].
pub fn words(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize(text, 0, text.len(), &Options::WORDS, &mut out);
    out
}

/// A word in lower case with the typographic apostrophe made plain, so that "Won’t" and
/// "won't" are one word. Plain ASCII lowers byte by byte.
pub fn lower_word(raw: &str) -> String {
    if raw.is_ascii() {
        raw.to_ascii_lowercase()
    } else {
        raw.chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str, opts: &Options) -> Vec<String> {
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), opts, &mut v);
        v.iter().map(|k| t[k.start..k.end].to_string()).collect()
    }

    fn abbreviation(w: &str) -> bool {
        matches!(w, "Gen" | "Maj" | "Dr")
    }

    const MARKS: Options = Options::MARKS.with_abbreviations(abbreviation);

    #[test]
    fn marks_mode_keeps_initials_and_splits_possessives() {
        let t = "The U.K. minister met Chile’s envoy, Dr. Ana P. Ruiz, and the rebels' chief.";
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &MARKS, &mut v);
        let s: Vec<&str> = v.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            s,
            [
                "The", "U.K.", "minister", "met", "Chile", "envoy", ",", "Dr.", "Ana", "P.",
                "Ruiz", ",", "and", "the", "rebels", "'", "chief", "."
            ]
        );
        assert!(v[4].poss && !v[3].poss);
        assert!(v[1].allcaps && v[1].cap && !v[2].cap);
    }

    #[test]
    fn marks_mode_joins_hyphens_and_splits_numbers() {
        assert_eq!(
            spans("a cease-fire at 3.5 per cent", &MARKS),
            ["a", "cease-fire", "at", "3", ".", "5", "per", "cent"]
        );
        // A hyphen before a space is a mark of its own.
        assert_eq!(spans("pre- and post", &MARKS), ["pre", "-", "and", "post"]);
    }

    #[test]
    fn words_mode_splits_hyphens_and_keeps_numbers_and_contractions() {
        let t = "A cease-fire won’t cost 27,000 jobs or 3.5 per cent of Peru's pay.";
        assert_eq!(
            spans(t, &Options::WORDS),
            [
                "A", "cease", "fire", "won’t", "cost", "27,000", "jobs", "or", "3.5", "per",
                "cent", "of", "Peru's", "pay"
            ]
        );
        // Without whole numbers the separator splits.
        let split = Options {
            join_numbers: false,
            ..Options::WORDS
        };
        assert_eq!(spans("3.5", &split), ["3", "5"]);
        // A number ends at a second separator once it holds one.
        assert_eq!(spans("1,000,000", &Options::WORDS), ["1,000", "000"]);
    }

    #[test]
    fn paragraph_starts_and_surface_flags() {
        let t = "NATO said\n\nal-Sadr and 5G";
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &MARKS, &mut v);
        assert!(v[0].para_start && v[0].allcaps && v[0].cap);
        assert!(!v[1].para_start);
        assert!(v[2].para_start && v[2].cap && !v[2].allcaps);
        assert!(!v[3].cap);
        assert!(v[4].digit && !v[4].allcaps);
    }

    #[test]
    fn a_range_is_tokenized_alone_and_any_script_is_read() {
        let t = "Δήμος Αθηναίων — Zürich’s mayor";
        let from = t.find('Z').unwrap_or(0);
        assert_eq!(spans(&t[from..], &MARKS), ["Zürich", "mayor"]);
        let mut v = Vec::new();
        tokenize(t, 0, from, &MARKS, &mut v);
        let s: Vec<&str> = v.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(s, ["Δήμος", "Αθηναίων", "—"]);
    }

    #[test]
    fn lower_word_makes_apostrophes_plain() {
        assert_eq!(lower_word("Won’t"), "won't");
        assert_eq!(lower_word("KYIV"), "kyiv");
        assert_eq!(words("Ukraine’s")[0].end, "Ukraine’s".len());
    }
}
