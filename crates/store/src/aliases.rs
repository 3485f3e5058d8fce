//! Merging the spellings of one person into one canonical actor.
//!
//! Every name an extractor produced keeps its own `actors` row (its counters, surfaces and
//! article records stay as written); `actors.canonical_key` points an alias at the
//! canonical actor's `name_key`. Two rules, with no list of names:
//!
//! * spelling variants: two person names with the same given name whose surnames are equal
//!   after [`surname_stem`] (case, diacritics, doubled letters, a trailing `y`/`i`:
//!   Zelensky, Zelenskyy, Zelenskiy), or one edit apart when both have six letters or more;
//! * a surname alone (`Peskov`) joins the one full-name person with that surname; with two
//!   or more such people it stays on its own.
//!
//! The canonical actor of a group is the longest full name, then the most mentioned, then
//! the first name key in order. The assignment is a function of the actors in the store
//! only (not of the order they came in), and it is recomputed inside the writing
//! transaction for every group a batch touches, so ingest stays idempotent and atomic.
//! Groups are found through `actor_name_blocks`: each person is filed under the stem of
//! their surname and, for long surnames, under every stem with one letter deleted, so that
//! two names that may match always share a block.

use rusqlite::{params, Transaction};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Letters of a word in lower case with common Latin diacritics removed; other characters
/// (apostrophes, hyphens, dots) dropped.
fn folded_letters(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
            'ĥ' | 'ħ' => 'h',
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ĵ' => 'j',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
            'ŕ' | 'ŗ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
            'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
            'ŵ' => 'w',
            'ý' | 'ÿ' | 'ŷ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            c => c,
        };
        if base.is_alphabetic() {
            out.push(base);
        }
    }
    out
}

/// The form spelling variants share: doubled letters made single, then a trailing run of
/// `y`/`i` removed (when at least three letters remain), so that Zelensky, Zelenskyy and
/// Zelenskiy, or Dmitry and Dmitriy, become one.
fn surname_stem(folded: &str) -> String {
    let mut stem = String::with_capacity(folded.len());
    for c in folded.chars() {
        if !stem.ends_with(c) {
            stem.push(c);
        }
    }
    let trimmed = stem.trim_end_matches(['y', 'i']);
    if trimmed.chars().count() >= 3 {
        trimmed.to_string()
    } else {
        stem
    }
}

/// Generation suffixes that follow a surname.
fn is_suffix(folded: &str) -> bool {
    matches!(folded, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// A person's name split into what the rules compare.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PersonName {
    /// Stem of the first word, when the name has two words or more.
    given: Option<String>,
    /// Letters of the last word (before the suffix), folded.
    surname: String,
    /// `surname_stem(surname)`.
    stem: String,
}

impl PersonName {
    fn parse(name: &str) -> Option<PersonName> {
        // Digits make no personal name ("Agent 47", generated test names): never merged.
        if name.chars().any(|c| c.is_numeric()) {
            return None;
        }
        let mut words: Vec<String> = name
            .split_whitespace()
            .map(folded_letters)
            .filter(|w| !w.is_empty())
            .collect();
        while words.len() > 1 && words.last().is_some_and(|w| is_suffix(w)) {
            words.pop();
        }
        let surname = words.pop()?;
        if surname.chars().count() < 2 {
            return None;
        }
        let given = words.first().map(|g| surname_stem(g));
        let stem = surname_stem(&surname);
        Some(PersonName {
            given,
            surname,
            stem,
        })
    }

    /// Surnames long enough for one edit to count as a spelling variant.
    fn fuzzy(&self) -> bool {
        self.surname.chars().count() >= 6
    }

    /// The blocks this name is filed under: its stem and, for a long surname, the stem
    /// with each letter deleted in turn (two strings one edit apart always share one).
    fn blocks(&self) -> Vec<String> {
        let mut out = vec![format!("={}", self.stem)];
        if self.fuzzy() {
            let chars: Vec<char> = self.stem.chars().collect();
            for skip in 0..chars.len() {
                let variant: String = chars
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != skip)
                    .map(|(_, c)| c)
                    .collect();
                out.push(format!("-{variant}"));
            }
            // The stem itself also meets the deletions of a stem one letter longer.
            out.push(format!("-{}", self.stem));
        }
        out.sort();
        out.dedup();
        out
    }

    fn surname_matches(&self, other: &PersonName, fuzzy: bool) -> bool {
        self.stem == other.stem
            || (fuzzy && self.fuzzy() && other.fuzzy() && one_edit_apart(&self.stem, &other.stem))
    }
}

/// True when `a` and `b` differ by exactly one substitution, insertion or deletion.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        prefix < short.len() && short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// One person actor as the merge sees it.
struct Member {
    id: i64,
    name_key: String,
    name_chars: usize,
    mention_count: i64,
    canonical_key: Option<String>,
    parsed: PersonName,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// For each member, the index of its group's canonical member.
fn canonical_members(members: &[Member]) -> Vec<usize> {
    let n = members.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // Only names sharing a block can match: compared block by block, not all pairs (a
    // migration merges every person of the store at once).
    let mut by_block: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        for block in m.parsed.blocks() {
            by_block.entry(block).or_default().push(i);
        }
    }
    let mut blocks: Vec<&Vec<usize>> = by_block.values().collect();
    blocks.sort_unstable();
    for list in &blocks {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                let (a, b) = (&members[i].parsed, &members[j].parsed);
                if a.given.is_some() && a.given == b.given && a.surname_matches(b, true) {
                    union(&mut parent, i, j);
                }
            }
        }
    }
    // Surnames alone, grouped by stem, join the unique full-name person they fit: an
    // exact stem first, else one edit away.
    let mut alone: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in (0..n).filter(|&i| members[i].parsed.given.is_none()) {
        alone
            .entry(members[i].parsed.stem.as_str())
            .or_default()
            .push(i);
    }
    let mut stems: Vec<&str> = alone.keys().copied().collect();
    stems.sort_unstable();
    for stem in stems {
        let group = &alone[stem];
        let probe = &members[group[0]].parsed;
        let mut candidates: Vec<usize> = probe
            .blocks()
            .iter()
            .filter_map(|b| by_block.get(b))
            .flatten()
            .copied()
            .filter(|&j| members[j].parsed.given.is_some())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut target = None;
        for fuzzy in [false, true] {
            let roots: BTreeSet<usize> = candidates
                .iter()
                .filter(|&&j| probe.surname_matches(&members[j].parsed, fuzzy))
                .map(|&j| find(&mut parent, j))
                .collect();
            if !roots.is_empty() {
                if roots.len() == 1 {
                    target = roots.first().copied();
                }
                break;
            }
        }
        for &i in group {
            union(&mut parent, group[0], i);
        }
        if let Some(t) = target {
            union(&mut parent, t, group[0]);
        }
    }
    let mut best: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let root = find(&mut parent, i);
        let better = |cur: usize| {
            let (a, b) = (&members[i], &members[cur]);
            (a.parsed.given.is_some(), a.name_chars, a.mention_count)
                .cmp(&(b.parsed.given.is_some(), b.name_chars, b.mention_count))
                .then_with(|| b.name_key.cmp(&a.name_key))
                .is_gt()
        };
        match best.get(&root) {
            Some(&cur) if !better(cur) => {}
            _ => {
                best.insert(root, i);
            }
        }
    }
    (0..n).map(|i| best[&find(&mut parent, i)]).collect()
}

/// Files the given actors under their blocks and recomputes the canonical actor of every
/// group they belong to. Runs inside the writer's transaction.
pub(crate) fn update(tx: &Transaction<'_>, touched: &HashSet<i64>) -> rusqlite::Result<()> {
    let mut ids: Vec<i64> = touched.iter().copied().collect();
    ids.sort_unstable();
    let mut person =
        tx.prepare_cached("SELECT name FROM actors WHERE id = ?1 AND kind = 'person'")?;
    let mut add_block = tx.prepare_cached(
        "INSERT OR IGNORE INTO actor_name_blocks(block, actor_id) VALUES (?1, ?2)",
    )?;
    let mut frontier: Vec<i64> = Vec::new();
    for id in ids {
        let mut rows = person.query([id])?;
        let Some(row) = rows.next()? else { continue };
        let name: String = row.get(0)?;
        if let Some(parsed) = PersonName::parse(&name) {
            for block in parsed.blocks() {
                add_block.execute(params![block, id])?;
            }
            frontier.push(id);
        }
    }
    if frontier.is_empty() {
        return Ok(());
    }
    // Everything reachable through shared blocks: the group's membership then does not
    // depend on which of its actors this batch happened to touch.
    let mut neighbours = tx.prepare_cached(
        "SELECT DISTINCT b2.actor_id FROM actor_name_blocks b1
         JOIN actor_name_blocks b2 ON b2.block = b1.block WHERE b1.actor_id = ?1",
    )?;
    let mut seen: HashSet<i64> = frontier.iter().copied().collect();
    while let Some(id) = frontier.pop() {
        let found = neighbours.query_map([id], |r| r.get::<_, i64>(0))?;
        for other in found {
            let other = other?;
            if seen.insert(other) {
                frontier.push(other);
            }
        }
    }
    let mut all: Vec<i64> = seen.into_iter().collect();
    all.sort_unstable();
    let mut load = tx.prepare_cached(
        "SELECT name, name_key, mention_count, canonical_key FROM actors WHERE id = ?1",
    )?;
    let mut members = Vec::with_capacity(all.len());
    for id in all {
        let (name, name_key, mention_count, canonical_key): (String, String, i64, Option<String>) =
            load.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        if let Some(parsed) = PersonName::parse(&name) {
            members.push(Member {
                id,
                name_key,
                name_chars: name.chars().count(),
                mention_count,
                canonical_key,
                parsed,
            });
        }
    }
    let canon = canonical_members(&members);
    let mut set = tx.prepare_cached("UPDATE actors SET canonical_key = ?2 WHERE id = ?1")?;
    for (i, m) in members.iter().enumerate() {
        let want = (canon[i] != i).then(|| members[canon[i]].name_key.clone());
        if want != m.canonical_key {
            set.execute(params![m.id, want])?;
        }
    }
    Ok(())
}

/// Files every person actor and merges the whole store (the migration to schema 2).
pub(crate) fn rebuild_all(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let ids: HashSet<i64> = tx
        .prepare("SELECT id FROM actors WHERE kind = 'person'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    update(tx, &ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str) -> PersonName {
        PersonName::parse(name).unwrap()
    }

    #[test]
    fn stems_and_edits() {
        assert_eq!(p("Zelensky").stem, p("ZELENSKYY").stem);
        assert_eq!(p("Zelenskiy").stem, p("Zelenský").stem);
        assert_eq!(p("Dmitry Peskov").given, p("Dmitriy Peskov").given);
        assert_ne!(p("Olena Zelenska").given, p("Volodymyr Zelensky").given);
        assert!(one_edit_apart("arakhamia", "arakhamiya"));
        assert!(one_edit_apart("abcdef", "abcxef"));
        assert!(!one_edit_apart("abcdef", "abcdef"));
        assert!(!one_edit_apart("abcdef", "abxyef"));
        assert_eq!(p("Martin Luther King Jr.").surname, "king");
        assert!(PersonName::parse("Speaker42 Family42").is_none());
    }

    #[test]
    fn one_edit_always_shares_a_block() {
        let pairs = [
            ("Arakhamia", "Arakhamiya"),
            ("Medinsky", "Medinskiy"),
            ("Stoltenberg", "Stoltemberg"),
            ("Kushner", "Kuschner"),
        ];
        for (a, b) in pairs {
            let (a, b) = (p(a), p(b));
            let shared = a.blocks().iter().any(|x| b.blocks().contains(x));
            assert!(shared, "{a:?} {b:?}");
        }
    }
}
