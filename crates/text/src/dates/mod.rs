//! Date and time expressions: finding them and resolving them against the article's date.
//!
//! Conventions (see `docs/extraction.md`): week-level expressions ("last week", "over the
//! weekend") resolve to the month; a bare weekday resolves to the most recent such day on
//! or before the article date, or the next one when the clause puts it ahead ("will meet on
//! Friday", "must answer by Friday"); a counted deadline ("within 50 days", "within three
//! months") resolves to its end; durations, clock times and vague anchors ("days after",
//! "coming weeks", "within a few days") are kept as mentions with no resolution.

use crate::chronology::{same_month_day, Chronology};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::OnceLock;

mod anaphora;
mod holidays;
mod infer;
mod months;
mod periods;
mod published;
mod resolve;
mod tense;
mod weekday;

pub use self::infer::{infer_article_date, infer_article_date_as_of, InferredDate};
use self::resolve::{resolve, Match};

/// The date an article's relative expressions are resolved against, at the precision known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Reference {
    pub fn parse(s: &str) -> Option<Reference> {
        let mut it = s.split('-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: Option<u32> = match it.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day: Option<u32> = match it.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        if let (Some(m), Some(d)) = (month, day) {
            NaiveDate::from_ymd_opt(year, m, d)?;
        }
        Some(Reference { year, month, day })
    }

    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
}

/// Kind of a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Date,
    Weekday,
    Relative,
    Deictic,
    Time,
    Duration,
}

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub kind: DateKind,
    pub resolved: Option<String>,
    /// The name of the resolver that decided it (see `resolve::RESOLVERS`).
    pub rule: &'static str,
}

/// Accepts `YYYY-MM-DD` (optionally followed by a time), `YYYY-MM`, `YYYY`, and
/// `YYYY/MM/DD`; returns the ISO form at the precision given.
pub fn normalise_iso(s: &str) -> Option<String> {
    let s = s.trim();
    let head: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '/')
        .collect();
    let head = head.replace('/', "-");
    let head = head.trim_end_matches('-');
    let r = Reference::parse(head)?;
    if !(1000..=2999).contains(&r.year) {
        return None;
    }
    Some(match (r.month, r.day) {
        (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", r.year, m, d),
        (Some(m), None) => format!("{:04}-{:02}", r.year, m),
        _ => format!("{:04}", r.year),
    })
}

/// A month's name or abbreviation, as written in running text or, all in capitals, in
/// datelines and page headers ("SEPT. 24", "24 MARCH 2026").
const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN\.|FEB\.|MAR\.|APR\.|JUN\.|JUL\.|AUG\.|SEPT?\.|OCT\.|NOV\.|DEC\.|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)";
/// A month's name or its three-letter abbreviation, as hyphenated dates write it.
const MONTH3: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Ninety|Hundred)";

/// The alternatives of the date pattern, in order of priority: each is one named group
/// (the name of its resolver's group, see `resolve::RESOLVERS`), written for `(?x)` mode.
fn alternatives() -> Vec<String> {
    let holidays = holidays::names_alternation();
    vec![
        r"(?P<iso>(?-u:\b)\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?-u:\b))".to_string(),
        r"(?P<numd>(?-u:\b)(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2})(?-u:\b))".to_string(),
        format!(
            r"(?P<hol>(?-u:\b)(?P<hol_n>{holidays})(?:\s+(?:of\s+)?(?P<hol_y>last|this|next)\s+year)?(?-u:\b))"
        ),
        format!(
            r"(?P<wmd>(?-u:\b)(?P<wmd_w>{WEEKDAY}),?\s+(?P<wmd_m>{MONTH})\s+(?P<wmd_d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<wmd_y>\d{{4}})(?-u:\b))?)"
        ),
        format!(
            r"(?P<wdm>(?-u:\b)(?P<wdm_w>{WEEKDAY}),?\s+(?:the\s+)?(?P<wdm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<wdm_m>{MONTH})(?-u:\b)(?:,?\s+(?P<wdm_y>\d{{4}})(?-u:\b))?)"
        ),
        format!(
            r"(?P<dmyh>(?-u:\b)(?P<dmyh_d>\d{{1,2}})-(?P<dmyh_m>{MONTH3})-(?P<dmyh_y>\d{{4}})(?-u:\b))"
        ),
        format!(
            r"(?P<dmy>(?-u:\b)(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{MONTH}),?\s+(?P<dmy_y>\d{{4}})(?-u:\b))"
        ),
        format!(
            r"(?P<mdy>(?-u:\b)(?P<mdy_m>{MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<mdy_y>\d{{4}})(?-u:\b)|\s+(?:of\s+)?(?P<mdy_ry>last|this|next)\s+year(?-u:\b))?)"
        ),
        format!(
            r"(?P<dm>(?-u:\b)(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{MONTH})(?-u:\b)(?:\s+(?:of\s+)?(?P<dm_ry>last|this|next)\s+year(?-u:\b))?)"
        ),
        format!(
            r"(?P<rm>(?-u:\b)(?P<rm_r>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of)\s*(?P<rm_m>{MONTH})(?-u:\b)(?:\s+(?P<rm_y>\d{{4}})(?-u:\b))?)"
        ),
        r"(?P<mly>(?-u:\b)(?P<mly_m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?P<mly_r>last|this|next)\s+year(?-u:\b))".to_string(),
        format!(
            r"(?P<my>(?-u:\b)(?P<my_m>{MONTH})\s+(?:of\s+)?(?P<my_y>\d{{4}})(?-u:\b))"
        ),
        r"(?P<mo>(?-u:\b)(?P<mo_m>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b))".to_string(),
        r"(?P<time>(?-u:\b)\d{1,2}(?::\d{2})?\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.)(?:\s+local\s+time)?)".to_string(),
        format!(
            r"(?P<rw>(?-u:\b)(?P<rw_r>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<rw_w>{WEEKDAY})(?-u:\b)(?:\s+(?:morning|afternoon|evening|night)(?-u:\b))?)"
        ),
        format!(
            r"(?P<wd>(?-u:\b)(?P<wd_w>{WEEKDAY})(?-u:\b)(?:\s+(?:morning|afternoon|evening|night)(?-u:\b))?)"
        ),
        r"(?P<deic>(?-u:\b)(?i:yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|night)|last\s+night)(?-u:\b))".to_string(),
        format!(
            r"(?P<wom>(?-u:\b)(?i:(?:first|second|third|fourth|last|final|closing|opening)\s+(?:week|days|fortnight|half)\s+of)\s+(?P<wom_m>{MONTH})(?-u:\b)(?:,?\s+(?P<wom_y>\d{{4}})(?-u:\b))?)"
        ),
        r"(?P<rel>(?-u:\b)(?i:(?P<rel_r>this\s+last|this\s+past|last|this|next|past|earlier\s+this|later\s+this|earlier\s+last|late\s+last|early\s+next)\s+(?P<rel_u>week|weekend|month|year))(?-u:\b))".to_string(),
        r"(?P<endof>(?-u:\b)(?i:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?P<endof_r>the|this|next|last)\s+(?P<endof_u>week|month|year))(?-u:\b))".to_string(),
        r"(?P<poy>(?-u:\b)(?i:(?:the\s+)?(?:end|start|beginning|middle|course|(?:first|second|latter)\s+half|(?:first|second|third|fourth|last|final)\s+quarter|spring|summer|autumn|fall|winter)\s+of\s+(?:(?P<poy_y>(?:19|20)[0-9]{2})|(?P<poy_r>next|last|this)\s+year))(?-u:\b))".to_string(),
        r"(?P<wkend>(?-u:\b)(?i:over\s+the\s+weekend|at\s+the\s+weekend)(?-u:\b))".to_string(),
        r"(?P<season>(?-u:\b)(?P<season_r>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Ee]arly|[Ll]ate|[Tt]he)\s+(?P<season_s>spring|summer|autumn|fall|winter)(?-u:\b))".to_string(),
        format!(
            r"(?P<ago>(?-u:\b)(?P<ago_n>{NUM}|an?|a\s+few|several)\s+(?P<ago_u>days?|weeks?|months?|years?)\s+(?P<ago_d>ago|earlier|later|before|after)(?-u:\b))"
        ),
        r"(?P<nday>(?-u:\b)(?:next|following|previous|preceding|same)\s+(?P<nday_u>day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|winter)(?-u:\b)|(?-u:\b)eve\s+of(?-u:\b)|(?-u:\b)day\s+(?:before|after)(?-u:\b))".to_string(),
        r"(?P<that>(?-u:\b)[Tt]hat\s+(?P<that_u>day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b))".to_string(),
        r"(?P<anchor>(?-u:\b)(?:days|hours|weeks|months|years|a\s+week|a\s+day|a\s+month|an\s+hour)\s+(?:after|before|later|earlier)(?-u:\b))".to_string(),
        format!(
            r"(?P<within>(?-u:\b)within\s+(?:(?P<wi_n>{NUM}|a\s+few|an?|several)\s+)?(?P<wi_u>hours?|days?|weeks?|months?|years?)(?-u:\b))"
        ),
        format!(
            r"(?P<coming>(?-u:\b)(?:coming|next\s+few|next(?:\s+{NUM})?)\s+(?:days|weeks|months|fortnight)(?-u:\b))"
        ),
        format!(
            r"(?P<dl>(?-u:\b){NUM}-(?:hour|day|week|month)(?:-(?:window|deadline|ultimatum|period))?(?-u:\b)(?:\s+(?:deadline|ultimatum|window))?)"
        ),
        format!(
            r"(?P<dur>(?-u:\b){NUM}\s+(?:(?:working|business|calendar)\s+)?(?:hours|days|weeks|months)(?-u:\b))"
        ),
        r"(?P<year>(?-u:\b)(?:19|20)\d{2}(?-u:\b))".to_string(),
    ]
}

/// The date pattern: a multi-pattern searcher over its alternatives (which finds each
/// expression and the alternative that matched, without captures), and one capturing
/// regex per alternative, run only where that alternative matched.
struct DatePattern {
    finder: regex_automata::meta::Regex,
    groups: Vec<Regex>,
    /// For each alternative, its index in `resolve::RESOLVERS`.
    resolver: Vec<usize>,
}

/// The lazy DFA cache of the date finder, per thread. The pattern is large (every
/// alternative, case-insensitive month and weekday names), and news text of many kinds
/// visits more of its states than the default 2 MiB hold: the cache was then cleared and
/// rebuilt over and over, and building states cost more than searching.
const FINDER_CACHE: usize = 16 << 20;

fn date_pattern() -> &'static DatePattern {
    static RE: OnceLock<DatePattern> = OnceLock::new();
    RE.get_or_init(|| {
        let alts: Vec<String> = alternatives()
            .into_iter()
            // ASCII digits only: Unicode `\d` (every script's digits) multiplies the lazy
            // DFA's states, and the resolvers parse ASCII digits alone anyway.
            .map(|a| format!("(?x){}", a.replace(r"\d", "[0-9]")))
            .collect();
        let finder = regex_automata::meta::Builder::new()
            .configure(regex_automata::meta::Config::new().hybrid_cache_capacity(FINDER_CACHE))
            .build_many(&alts)
            .unwrap_or_else(|e| panic!("date pattern is valid: {e}"));
        let groups: Vec<Regex> = alts
            .iter()
            .map(|a| Regex::new(a).unwrap_or_else(|e| panic!("date pattern is valid: {e}")))
            .collect();
        let resolver = groups
            .iter()
            .map(|g| {
                let name = g.capture_names().flatten().next().unwrap_or("");
                resolve::RESOLVERS
                    .iter()
                    .position(|r| r.group == name)
                    .unwrap_or_else(|| panic!("alternative {name} has a resolver"))
            })
            .collect();
        DatePattern {
            finder,
            groups,
            resolver,
        }
    })
}

/// One expression the date pattern found: the captures of the alternative that matched
/// (group 0 is the whole expression) and the index of its resolver.
pub(crate) struct DateCaps<'t> {
    pub(crate) caps: Captures<'t>,
    pub(crate) resolver: usize,
}

/// The date expressions in `text`, left to right, as one alternation of the alternatives
/// would find them (leftmost first, the earlier alternative winning at one position).
fn date_captures(text: &str) -> impl Iterator<Item = DateCaps<'_>> + '_ {
    let p = date_pattern();
    p.finder.find_iter(text).filter_map(move |m| {
        let i = m.pattern().as_usize();
        // The alternative that won matches at this start, so its own leftmost match from
        // here is the same span.
        let caps = p.groups[i].captures_at(text, m.start())?;
        debug_assert_eq!(
            caps.get(0).map(|g| (g.start(), g.end())),
            Some((m.start(), m.end()))
        );
        Some(DateCaps {
            caps,
            resolver: p.resolver[i],
        })
    })
}

/// The first char boundary at or after `i` (clamped to the text).
fn char_start_at_or_after(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The clause ending at `start`, in lower case: at most `reach` bytes back, cut at the last
/// sentence or clause mark or quotation mark. A full stop that the shared tokenizer keeps on
/// a word (initials such as "a.m." or "U.S.", abbreviations such as "Gen.") does not end
/// the clause.
fn clause_before(text: &str, start: usize, reach: usize) -> String {
    let lo = char_start_at_or_after(text, start.saturating_sub(reach));
    let para = within_paragraph(&text[lo..start]);
    // Marks other than the full stop always end a clause; only a full stop after the last
    // of them needs the tokenizer to tell a sentence's end from an initial's.
    let base = para
        .rfind(['!', '?', ';', ',', '”', '"'])
        .map_or(start - para.len(), |i| {
            start - para.len() + i + para[i..].chars().next().map_or(1, char::len_utf8)
        });
    if !text[base..start].contains('.') {
        return text[base..start].to_lowercase();
    }
    let mut tokens = Vec::new();
    crate::lexicon::tokenize(text, base, start, &mut tokens);
    // A full stop right after a one-letter word is an initial's ("a.m.", "p.m."), even
    // where the tokenizer keeps only capitalised initials.
    let initial_stop = |k: usize| {
        k > 0 && tokens[k - 1].word && tokens[k - 1].end == tokens[k].start && {
            let w = &text[tokens[k - 1].start..tokens[k - 1].end];
            w.chars().count() == 1
        }
    };
    let cut = (0..tokens.len())
        .rev()
        .find(|&k| {
            let t = &tokens[k];
            let mark = &text[t.start..t.end];
            !t.word
                && matches!(mark, "." | "!" | "?" | ";" | "," | "”" | "\"")
                && !(mark == "." && initial_stop(k))
        })
        .map_or(base, |k| tokens[k].end);
    text[cut..start].to_lowercase()
}

fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.');
    let key: String = m.chars().take(3).collect::<String>().to_ascii_lowercase();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

fn weekday_of(s: &str) -> Option<Weekday> {
    let key: String = s.chars().take(3).collect::<String>().to_ascii_lowercase();
    Some(match key.as_str() {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string())
}

fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn num_value(s: &str) -> Option<i64> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let n = match s.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" | "a few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    Some(n)
}

/// Year for a month-day without a year: the reference year, or the year before when that
/// would put the date more than about three months after the reference.
fn year_for(month: u32, day: u32, r: &Reference) -> i32 {
    match (r.date(), NaiveDate::from_ymd_opt(r.year, month, day)) {
        (Some(rd), Some(d)) if d > rd + Duration::days(92) => r.year - 1,
        (None, _) => match r.month {
            Some(rm) if month > rm + 3 => r.year - 1,
            _ => r.year,
        },
        _ => r.year,
    }
}

fn weekday_year(month: u32, day: u32, wd: Weekday, r: &Reference) -> Option<i32> {
    let base = year_for(month, day, r);
    [base, base - 1, base + 1]
        .into_iter()
        .find(|&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd))
}

fn month_of(d: NaiveDate) -> String {
    ym(d.year(), d.month())
}

fn shift_month(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

/// Finds date expressions in `text[range]`, resolving against `reference`.
pub fn find_dates(
    text: &str,
    from: usize,
    to: usize,
    reference: Option<&Reference>,
) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let slice = &text[from..to];
    for caps in date_captures(slice) {
        let Some(m) = caps.caps.get(0) else { continue };
        let (start, end) = (from + m.start(), from + m.end());
        if inside_hyphenated_word(text, start) {
            continue;
        }
        if let Some((rule, kind, resolved)) = classify(text, start, end, &caps, reference) {
            if rule == "bare_weekday" && weekday_inside_a_name(text, start, end) {
                continue;
            }
            // "the next day": the article is part of the expression (matched after it, so
            // that the pattern does not start at every "the").
            let start = if rule == "neighbour_day" {
                let Some(s) = start.checked_sub(4).filter(|&s| {
                    text.get(s..start)
                        .is_some_and(|t| t.eq_ignore_ascii_case("the "))
                }) else {
                    continue;
                };
                s
            } else {
                start
            };
            out.push(FoundDate {
                start,
                end,
                kind,
                resolved,
                rule,
            });
        }
    }
    anaphora::resolve_neighbour_days(text, &mut out);
    anaphora::eve_takes_its_event(text, &mut out);
    out
}

/// `weekday_as_a_given_name`: a weekday between two capitalised words in mid-sentence
/// ("Comrade Sunday Oghenekaro") is part of a name, not a day: the word before it is
/// capitalised and does not open its sentence, and a capitalised word follows it.
fn weekday_inside_a_name(text: &str, start: usize, end: usize) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let next_capitalised = text[end..].strip_prefix(' ').is_some_and(capitalised);
    let before = text[..start].strip_suffix(' ').unwrap_or("");
    let word_start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let prev = &before[word_start..];
    let opens_sentence = before[..word_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | '“' | '"' | '‘' | '\'' | '(' | '«' | '—' | '–' | '-'
            )
        });
    next_capitalised && !prev.is_empty() && capitalised(prev) && !opens_sentence
}

/// `hyphenated_word_is_whole`: an expression that starts in lower case right after a
/// hyphen joined to a letter is the tail of a compound ("thirty-six hours" holds no "six
/// hours"); a capitalised one ("pre-Christmas") is a name of its own.
fn inside_hyphenated_word(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    let starts_lower = text[start..].chars().next().is_some_and(char::is_lowercase);
    starts_lower && before.next() == Some('-') && before.next().is_some_and(char::is_alphabetic)
}

/// `paragraph_bounds_clause`: a blank line ends every clause, so the words of an earlier
/// paragraph (a headline, a byline, the paragraph before) never govern a date: the part of
/// `before` (text that ends where a date starts) after its last blank line.
fn within_paragraph(before: &str) -> &str {
    match before.rfind("\n\n").or_else(|| before.rfind("\n\r\n")) {
        Some(i) => &before[i + 2..],
        None => before,
    }
}

fn before_words(text: &str, start: usize, n: usize) -> String {
    let lo = char_start_at_or_after(text, start.saturating_sub(40));
    let words: Vec<&str> = within_paragraph(&text[lo..start])
        .split_whitespace()
        .collect();
    let k = words.len().saturating_sub(n);
    words[k..].join(" ").to_ascii_lowercase()
}

fn after_text(text: &str, end: usize, n: usize) -> &str {
    let mut hi = (end + n).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    &text[end..hi]
}

/// "Wednesday, July 23" or "Monday, 14 July" (with an optional year): weekday, month, day.
fn weekday_month_day(c: &Captures) -> Option<(Weekday, u32, u32, Option<i32>)> {
    let (w, m, d, y) = if c.name("wmd").is_some() {
        ("wmd_w", "wmd_m", "wmd_d", "wmd_y")
    } else if c.name("wdm").is_some() {
        ("wdm_w", "wdm_m", "wdm_d", "wdm_y")
    } else {
        return None;
    };
    let wd = weekday_of(c.name(w)?.as_str())?;
    let month = month_number(c.name(m)?.as_str())?;
    let day: u32 = c.name(d)?.as_str().parse().ok()?;
    let year = c.name(y).and_then(|y| y.as_str().parse().ok());
    Some((wd, month, day, year))
}

/// Decides one match of the date pattern with the resolver of its group.
fn classify(
    text: &str,
    start: usize,
    end: usize,
    c: &DateCaps,
    r: Option<&Reference>,
) -> Option<(&'static str, DateKind, Option<String>)> {
    resolve(&Match {
        text,
        start,
        end,
        c: &c.caps,
        resolver: c.resolver,
        r,
        rd: r.and_then(Reference::date),
    })
}

/// The rule, kind and value of the first date in `text` read against reference `r` (for
/// the resolvers' tests).
#[cfg(test)]
fn first_date_of_test_text(
    text: &str,
    r: &str,
) -> Option<(&'static str, DateKind, Option<String>)> {
    let r = Reference::parse(r);
    find_dates(text, 0, text.len(), r.as_ref())
        .into_iter()
        .next()
        .map(|f| (f.rule, f.kind, f.resolved))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(text: &str, r: &str) -> Vec<(String, Option<String>)> {
        let r = Reference::parse(r).unwrap();
        find_dates(text, 0, text.len(), Some(&r))
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.resolved))
            .collect()
    }

    #[test]
    fn a_closing_curly_quote_ends_the_clause_before_a_date() {
        let v = res(
            "The “last offer” the board tabled on Friday was refused.",
            "2026-03-04",
        );
        assert_eq!(
            v,
            vec![("Friday".to_string(), Some("2026-02-27".to_string()))]
        );
    }

    #[test]
    fn a_weekday_inside_a_name_is_no_date() {
        let v = res(
            "Its president, Comrade Sunday Adeyemo, spoke. On Sunday Adeyemo left; talks on Sunday Ended.",
            "2026-03-02",
        );
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["Sunday", "Sunday"], "{v:?}");
    }

    #[test]
    fn the_tail_of_a_hyphenated_number_is_no_duration() {
        let v = res(
            "Forty-two days of talks; pre-Christmas talks; six days.",
            "2026-03-02",
        );
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert!(!texts.contains(&"two days"), "{texts:?}");
        assert!(
            texts.contains(&"Christmas") && texts.contains(&"six days"),
            "{texts:?}"
        );
    }

    #[test]
    fn absolute_and_weekday_dates() {
        let v = res(
            "Talks on Wednesday, July 23 followed the June 2 round; the invasion in February 2022 and 15 April 2022.",
            "2025-07-24",
        );
        assert_eq!(
            v[0],
            ("Wednesday, July 23".into(), Some("2025-07-23".into()))
        );
        assert_eq!(v[1], ("June 2".into(), Some("2025-06-02".into())));
        assert_eq!(v[2], ("February 2022".into(), Some("2022-02".into())));
        assert_eq!(v[3], ("15 April 2022".into(), Some("2022-04-15".into())));
    }

    #[test]
    fn relative_dates() {
        let v = res(
            "He spoke on Sunday and last week; yesterday, earlier this month and last March.",
            "2025-07-24",
        );
        let got: Vec<_> = v.iter().map(|(t, r)| (t.as_str(), r.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("Sunday", Some("2025-07-20")),
                ("last week", Some("2025-07")),
                ("yesterday", Some("2025-07-23")),
                ("earlier this month", Some("2025-07")),
                ("last March", Some("2025-03")),
            ]
        );
    }

    #[test]
    fn deadlines_kept_measures_dropped() {
        let v = res(
            "a 50-day deadline, within 50 days, a talk of approximately five hours, a three-year-long war, a 12-year-old",
            "2025-07-24",
        );
        let texts: Vec<_> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["50-day deadline", "within 50 days"]);
    }

    #[test]
    fn infers_year_from_weekday() {
        let none = Chronology::default();
        let got = infer_article_date(
            "Since the invasion in February 2022 ... talks on Wednesday, July 23 ended.",
            &none,
        );
        assert_eq!(got.map(|d| d.date).as_deref(), Some("2025-07-23"));
        assert_eq!(infer_article_date("No dates at all.", &none), None);
    }

    #[test]
    fn paragraph_bounds_clause() {
        // A headline that speaks of what comes next does not make the byline's date future.
        let none = Chronology::default();
        let got = infer_article_date(
            "Unions and employers to meet again next month\n\nPosted: 2024-03-05 10:00\n\nThe two sides parted on Tuesday.",
            &none,
        );
        assert_eq!(got.map(|d| d.date).as_deref(), Some("2024-03-05"));
        assert_eq!(within_paragraph("next round\n\nPosted "), "Posted ");
        assert_eq!(
            within_paragraph("the talks will resume on "),
            "the talks will resume on "
        );
    }

    #[test]
    fn normalises_iso_forms() {
        assert_eq!(
            normalise_iso("2025-07-23T10:00:00Z").as_deref(),
            Some("2025-07-23")
        );
        assert_eq!(normalise_iso("2025-07").as_deref(), Some("2025-07"));
        assert_eq!(normalise_iso("2025/7/3").as_deref(), Some("2025-07-03"));
        assert_eq!(normalise_iso("July"), None);
    }
}
