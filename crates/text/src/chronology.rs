//! Known dated events, used to date articles that carry no date of their own.
//!
//! Many saved articles have no date line: "On Tuesday, the envoys met Putin in Moscow"
//! cannot be resolved from the text alone. A reader knows which Tuesday from the news; the
//! [`Chronology`] gives detente that knowledge as data: each event has a date, the names
//! and phrases that identify it, and a one-line summary. An article is anchored to an event
//! when it names enough of the event's terms *and* mentions the event's day in a form that
//! fits it (the same month and day, or the same weekday), near one of those terms. Terms are
//! weighted by how rare they are across the chronology, so "Kushner" says more than "Putin".
//!
//! The bundled table (`data/chronology.tsv`) covers the Russia–Ukraine war and talks and
//! other well-known negotiations; users add their own with [`Chronology::parse`] (a file of
//! the same form, `detente extract --chronology FILE`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, NaiveDate};
use std::sync::{Arc, OnceLock};

const BUNDLED: &str = include_str!("../data/chronology.tsv");

/// One known event.
#[derive(Debug, Clone, PartialEq)]
pub struct ChronologyEvent {
    pub date: NaiveDate,
    /// Names and phrases that identify the event. A term with a capital letter matches
    /// case-sensitively ("Hague"); an all-lowercase term matches in any case ("draft treaty").
    pub terms: Vec<String>,
    pub summary: String,
}

/// A chronology that could not be read or searched.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ChronologyError {
    /// A line of a chronology file (1-based) and what is wrong with it.
    #[error("{line}: {message}")]
    Line { line: usize, message: String },
    /// The terms together are beyond what the matcher can be built for.
    #[error("its terms cannot be searched: {0}")]
    Matcher(String),
}

/// More terms than this on one event cannot help identify it.
const MAX_TERMS_PER_EVENT: usize = 64;

/// A table of dated events with a matcher over all their terms.
#[derive(Debug, Default)]
pub struct Chronology {
    events: Vec<ChronologyEvent>,
    /// The matcher's phrases are the distinct terms (in lower case); phrase `p` is term
    /// `owners[k].1` of event `owners[k].0` for `k` in `owner_start[p]..owner_start[p + 1]`.
    owner_start: Vec<u32>,
    owners: Vec<(u32, u32)>,
    /// Weight of each phrase: rarer phrases across the chronology weigh more.
    phrase_weight: Vec<f64>,
    matcher: Option<AhoCorasick>,
}

/// Where a term was found in an article.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TermHit {
    pub start: usize,
    pub event: usize,
    pub term: usize,
    pub weight: f64,
}

impl Chronology {
    /// The table that ships with detente (shared, parsed once).
    pub fn bundled() -> Arc<Chronology> {
        static BUNDLED_CHRONOLOGY: OnceLock<Arc<Chronology>> = OnceLock::new();
        BUNDLED_CHRONOLOGY
            // The bundled table is checked by a test; a build without it only dates less.
            .get_or_init(|| Arc::new(Chronology::parse(BUNDLED).unwrap_or_default()))
            .clone()
    }

    /// Reads `date<TAB>terms<TAB>summary` lines; terms are separated by `;`. Blank lines and
    /// lines starting with `#` are skipped.
    pub fn parse(src: &str) -> Result<Chronology, ChronologyError> {
        let mut events = Vec::new();
        for (i, raw) in src.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |message: String| ChronologyError::Line {
                line: i + 1,
                message,
            };
            let mut cols = line.split('\t');
            let (Some(date), Some(terms), Some(summary)) = (cols.next(), cols.next(), cols.next())
            else {
                return Err(err(
                    "expected three tab-separated columns: date, terms, summary".into(),
                ));
            };
            let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
                .map_err(|_| err(format!("{:?} is not a date (YYYY-MM-DD)", date.trim())))?;
            let terms: Vec<String> = terms
                .split(';')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            if terms.len() < 2 {
                return Err(err(
                    "an event needs at least two terms (separated by ';')".into()
                ));
            }
            // Two letters identify only as a case-sensitive acronym ("GM", "E3").
            let too_short = |t: &&String| {
                let n = t.chars().count();
                n < 2 || (n == 2 && !t.chars().any(char::is_uppercase))
            };
            if let Some(t) = terms.iter().find(too_short) {
                return Err(err(format!("term {t:?} is too short to identify an event")));
            }
            events.push(ChronologyEvent {
                date,
                terms,
                summary: summary.trim().to_string(),
            });
        }
        Chronology::from_events(events)
    }

    /// A chronology of these events (each keeps at most its first 64 terms).
    pub fn from_events(mut events: Vec<ChronologyEvent>) -> Result<Chronology, ChronologyError> {
        for ev in &mut events {
            ev.terms.truncate(MAX_TERMS_PER_EVENT);
        }
        // One phrase per distinct term, so that one search pass finds every event's terms.
        let mut by_phrase: std::collections::BTreeMap<String, Vec<(u32, u32)>> = Default::default();
        for (e, ev) in events.iter().enumerate() {
            for (t, term) in ev.terms.iter().enumerate() {
                by_phrase
                    .entry(term.to_lowercase())
                    .or_default()
                    .push((e as u32, t as u32));
            }
        }
        // A phrase's weight is its inverse document frequency over events: a name in every
        // other event identifies none of them.
        let n = events.len().max(1) as f64;
        let mut phrases = Vec::with_capacity(by_phrase.len());
        let mut owner_start = Vec::with_capacity(by_phrase.len() + 1);
        let mut owners = Vec::new();
        let mut phrase_weight = Vec::with_capacity(by_phrase.len());
        for (phrase, list) in by_phrase {
            let mut in_events: Vec<u32> = list.iter().map(|&(e, _)| e).collect();
            in_events.dedup();
            phrase_weight.push((1.0 + n / in_events.len() as f64).ln());
            owner_start.push(owners.len() as u32);
            owners.extend(list);
            phrases.push(phrase);
        }
        owner_start.push(owners.len() as u32);
        let matcher = if phrases.is_empty() {
            None
        } else {
            let built = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&phrases)
                .map_err(|e| ChronologyError::Matcher(e.to_string()))?;
            Some(built)
        };
        Ok(Chronology {
            events,
            owner_start,
            owners,
            phrase_weight,
            matcher,
        })
    }

    /// This chronology with `other`'s events added.
    pub fn merged(&self, other: &Chronology) -> Result<Chronology, ChronologyError> {
        let mut events = self.events.clone();
        events.extend(other.events.iter().cloned());
        Chronology::from_events(events)
    }

    pub fn events(&self) -> &[ChronologyEvent] {
        &self.events
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Every whole-word occurrence of an event term in `text`, in order of position.
    pub(crate) fn term_hits(&self, text: &str) -> Vec<TermHit> {
        let Some(ac) = &self.matcher else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut hits = Vec::new();
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let p = m.pattern().as_usize();
            let (lo, hi) = (
                self.owner_start[p] as usize,
                self.owner_start[p + 1] as usize,
            );
            for &(event, term) in &self.owners[lo..hi] {
                let written = &self.events[event as usize].terms[term as usize];
                if written.chars().any(char::is_uppercase) && &bytes[s..e] != written.as_bytes() {
                    continue;
                }
                hits.push(TermHit {
                    start: s,
                    event: event as usize,
                    term: term as usize,
                    weight: self.phrase_weight[p],
                });
            }
        }
        hits
    }

    pub(crate) fn event(&self, i: usize) -> &ChronologyEvent {
        &self.events[i]
    }
}

/// True when the two dates share month and day.
pub(crate) fn same_month_day(d: NaiveDate, month: u32, day: u32) -> bool {
    d.month() == month && d.day() == day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_table_parses_and_is_sorted() {
        let c = Chronology::parse(BUNDLED).expect("bundled chronology parses");
        assert!(c.len() >= 100, "{} events", c.len());
        for w in c.events().windows(2) {
            assert!(w[0].date <= w[1].date, "out of order: {:?}", w[1]);
        }
    }

    #[test]
    fn bad_lines_name_their_line() {
        let e = Chronology::parse("# c\n2025-01-01\tA one; B two\tok\n2025-13-01\tX; Y\tbad\n")
            .unwrap_err();
        assert!(matches!(e, ChronologyError::Line { line: 3, .. }), "{e}");
        assert!(Chronology::parse("2025-01-01\tonly\tone term").is_err());
        assert!(Chronology::parse("2025-01-01 no tabs").is_err());
    }

    #[test]
    fn capitalised_terms_match_case_sensitively_and_whole_words() {
        let c = Chronology::parse("2025-01-01\tHague; draft treaty\ts\n").unwrap();
        let hits = c.term_hits("the hague, The Hague, a DRAFT TREATY, Hagues");
        let found: Vec<usize> = hits.iter().map(|h| h.term).collect();
        assert_eq!(found, vec![0, 1]);
    }
}
