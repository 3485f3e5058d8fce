//! Merging the names of one actor into one canonical actor.
//!
//! Every name an extractor produced keeps its own `actors` row (its counters, surfaces and
//! article records stay as written); `actors.canonical_key` points an alias at the
//! canonical actor's `name_key`. The rules use no list of people or bodies; the only data
//! is a table of given-name transliterations (`detente-lang`'s `data/given_names.txt`).
//! How a personal name is read and compared is `detente_lang::names`, shared with the
//! extractor so that the two cannot disagree; this module groups and stores.
//!
//! People (`kind = 'person'`). A name is read as given names (each written out or an
//! initial), a surname (the last word, with particles such as `von der` or `bin` before
//! it, without the Arabic article `al-`/`el-` and a possessive `'s`) and a generation
//! suffix (`Jr.`, `III`). Names with different suffixes are different people (`Donald Trump`,
//! `Donald Trump Jr.`); only a surname alone without a suffix may join a name with one.
//!
//! * Same person, same information: two names whose given names match one for one (a
//!   written-out name matches another spelling of its transliteration family, Volodymyr =
//!   Vladimir, or the same normalised spelling, Dmitry = Dmitriy; an initial matches the
//!   same initial) and whose surnames are equal after [`surname_stem`] (case, diacritics,
//!   doubled letters, a trailing `y`/`i`: Zelensky, Zelenskyy, Zelenskiy), or one edit
//!   apart when both have six to forty letters and the first given name is written out.
//! * Less said, same person: a name that says less than another and agrees with it (its
//!   given names are a prefix of the other's, each equal or an initial of it: `Recep
//!   Erdogan` and `Recep Tayyip Erdogan`, `J.D. Vance` and `James David Vance`, `V.
//!   Zelensky` and `Volodymyr Zelensky`, the surname alone `Peskov` and `Dmitry Peskov`)
//!   joins it when all the names it agrees with belong to one actor; otherwise (`J. Smith`
//!   beside `John Smith` and `Jane Smith`, `George Bush` beside `George W. Bush` and
//!   `George H. W. Bush`) it stays on its own. Surnames equal after the stem are preferred
//!   to surnames one edit apart.
//!
//! Organisations (`kind = 'organization'`):
//!
//! * the same words once case, diacritics, punctuation, a possessive `'s` and a leading
//!   `the` are set aside, with `&` read as `and` (`The IAM` = `IAM`, `Machinists & Aerospace`
//!   = `Machinists and Aerospace`);
//! * an acronym (one word of 2 to 10 letters, in capitals or, from four letters, with only
//!   its first letter in capitals: `NATO`, `Nato`) joins the one organisation whose name's
//!   initials it is, counting every word or skipping `a an and at for in of on the to`
//!   (`IAM`, `International Association of Machinists`); with two or more such
//!   organisations it stays on its own. An acronym is never matched against a prefix of the
//!   initials: `UN` is not `United Nations Security Council`, and so `IAM` is not `the
//!   International Association of Machinists and Aerospace Workers` (IAMAW).
//!
//! The canonical actor of a group is the most complete name (written-out given names count
//! two, initials one; an organisation's full name before its acronym), then the longest,
//! then the most mentioned, then the first name key in order. The assignment is a function
//! of the actors in the store only (not of the order they came in), and it is recomputed
//! inside the writing transaction for every group a batch touches, so ingest stays
//! idempotent and atomic. Groups are found through `actor_name_blocks`: each person is filed
//! under the stem of their surname and, for long surnames, under every stem with one letter
//! deleted, so that two names that may match always share a block; each organisation under
//! its normalised name (`o:`), its initials (`f:`) or, for an acronym, its letters (`a:`);
//! an `a:` block meets the `f:` block of the same letters (and never `f:` meets `f:`, so
//! organisations with the same initials are not drawn into one group without an acronym).
//!
//! `actor_merge_rules` (schema 4) records the version of these rules the stored aliases
//! were computed with; a writer with other rules files and merges the whole store again, in
//! its first batch, so a store never mixes two rule sets.

use detente_lang::names::{folded_letters, without_possessive, PersonName, MAX_NAME_CHARS};
use rusqlite::{params, OptionalExtension, Transaction};
use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The version of the rules in this module; change it whenever a rule or a block changes.
pub(crate) const RULES_VERSION: i64 = 1;

/// Words an acronym usually skips.
fn is_minor_word(folded: &str) -> bool {
    matches!(
        folded,
        "a" | "an" | "and" | "at" | "for" | "in" | "of" | "on" | "the" | "to"
    )
}

/// An organisation's name as the rules compare it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OrgName {
    /// Folded words joined by spaces, without a leading `the`, `&` as `and`.
    key: String,
    /// The letters, when the name is one word that reads as an acronym.
    acronym: Option<String>,
    /// Initials of a name of two words or more: of every word, and without minor words.
    initials: Vec<String>,
}

impl OrgName {
    fn parse(name: &str) -> Option<OrgName> {
        if name.chars().count() > MAX_NAME_CHARS {
            return None;
        }
        let mut raw: Vec<&str> = name
            .split_whitespace()
            .filter(|w| *w == "&" || !folded_letters(w).is_empty())
            .collect();
        if raw.len() > 1 && folded_letters(raw[0]) == "the" {
            raw.remove(0);
        }
        if let Some(last) = raw.last_mut() {
            *last = without_possessive(last);
        }
        let words: Vec<String> = raw
            .iter()
            .map(|w| {
                if *w == "&" {
                    "and".to_string()
                } else {
                    folded_letters(w)
                }
            })
            .collect();
        if words.is_empty() {
            return None;
        }
        let key = words.join(" ");
        // Numbers ("Group of 77", "G7") make no acronym and no initials.
        let digits = name.chars().any(|c| c.is_numeric());
        let mut acronym = None;
        let mut initials = Vec::new();
        if !digits && words.len() == 1 {
            let letters: Vec<char> = raw[0].chars().filter(|c| c.is_alphabetic()).collect();
            let capitals = letters.iter().all(|c| c.is_uppercase());
            let title = letters.len() >= 4
                && letters[0].is_uppercase()
                && letters[1..].iter().all(|c| c.is_lowercase());
            if (2..=10).contains(&letters.len()) && (capitals || title) {
                acronym = Some(words[0].clone());
            }
        } else if !digits {
            let first = |w: &String| w.chars().next();
            let all: String = words.iter().filter_map(first).collect();
            let major: String = words
                .iter()
                .filter(|w| !is_minor_word(w))
                .filter_map(first)
                .collect();
            for letters in [all, major] {
                if letters.chars().count() >= 2 && !initials.contains(&letters) {
                    initials.push(letters);
                }
            }
        }
        Some(OrgName {
            key,
            acronym,
            initials,
        })
    }

    fn blocks(&self) -> Vec<String> {
        let mut out = vec![format!("o:{}", self.key)];
        if let Some(a) = &self.acronym {
            out.push(format!("a:{a}"));
        }
        out.extend(self.initials.iter().map(|i| format!("f:{i}")));
        out
    }
}

/// A name as the merge reads it, by the actor's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ParsedName {
    Person(PersonName),
    Org(OrgName),
}

impl ParsedName {
    fn parse(name: &str, kind: &str) -> Option<ParsedName> {
        match kind {
            "person" => PersonName::parse(name).map(ParsedName::Person),
            "organization" => OrgName::parse(name).map(ParsedName::Org),
            _ => None,
        }
    }

    fn blocks(&self) -> Vec<String> {
        match self {
            ParsedName::Person(p) => p.blocks(),
            ParsedName::Org(o) => o.blocks(),
        }
    }
}

/// One actor as the merge sees it.
struct Member<T> {
    id: i64,
    name_key: String,
    /// Characters of the name as compared (an organisation's without `the`).
    name_chars: usize,
    mention_count: i64,
    canonical_key: Option<String>,
    parsed: T,
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

/// Members filed by block, each block's list in member order.
fn by_block<T>(
    members: &[Member<T>],
    blocks: impl Fn(&T) -> Vec<String>,
) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        for block in blocks(&m.parsed) {
            out.entry(block).or_default().push(i);
        }
    }
    out
}

/// Groups of members, each group's members ascending, groups by their first member.
fn groups(parent: &mut [usize]) -> Vec<Vec<usize>> {
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..parent.len() {
        by_root.entry(find(parent, i)).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = by_root.into_values().collect();
    out.sort_unstable();
    out
}

/// For each member, the index of its group's canonical member: the highest `rank`.
fn canonical_of<T, K: Ord>(
    members: &[Member<T>],
    parent: &mut [usize],
    rank: impl Fn(&Member<T>) -> K,
) -> Vec<usize> {
    let mut best: HashMap<usize, usize> = HashMap::new();
    for i in 0..members.len() {
        let root = find(parent, i);
        let key = |j: usize| {
            let m = &members[j];
            (rank(m), m.name_chars, m.mention_count, Reverse(&m.name_key))
        };
        match best.get(&root) {
            Some(&cur) if key(i) <= key(cur) => {}
            _ => {
                best.insert(root, i);
            }
        }
    }
    (0..members.len()).map(|i| best[&find(parent, i)]).collect()
}

/// For each person, the index of its group's canonical member.
fn canonical_people(members: &[Member<PersonName>]) -> Vec<usize> {
    let n = members.len();
    let mut parent: Vec<usize> = (0..n).collect();
    // Only names sharing a block can match: compared block by block, not all pairs (a
    // migration merges every person of the store at once).
    let filed = by_block(members, PersonName::blocks);
    let mut blocks: Vec<&Vec<usize>> = filed.values().collect();
    blocks.sort_unstable();
    for list in &blocks {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if members[i].parsed.same_as(&members[j].parsed) {
                    union(&mut parent, i, j);
                }
            }
        }
    }
    // Names that say less join the one actor of the names that say more and agree with
    // them. The most complete names decide first, so that a less complete name finds
    // them already merged (`V. Zelensky` onto `Volodymyr Zelensky` before `Zelensky`
    // looks at both); a group never joins a name as complete as itself, so the order
    // among equally complete groups does not matter.
    let mut pending = groups(&mut parent);
    pending.sort_by_key(|g| Reverse(members[g[0]].parsed.specificity()));
    for group in pending {
        let level = members[group[0]].parsed.specificity();
        let mut exact: BTreeSet<usize> = BTreeSet::new();
        let mut near: BTreeSet<usize> = BTreeSet::new();
        for &i in &group {
            let p = &members[i].parsed;
            for block in p.blocks() {
                for &j in filed.get(&block).into_iter().flatten() {
                    let q = &members[j].parsed;
                    if q.specificity() <= level || !p.given_fit(q) {
                        continue;
                    }
                    if p.stem == q.stem {
                        exact.insert(j);
                    } else if p.surname_matches(q, true) {
                        near.insert(j);
                    }
                }
            }
        }
        let chosen = if exact.is_empty() { near } else { exact };
        let roots: BTreeSet<usize> = chosen.iter().map(|&j| find(&mut parent, j)).collect();
        if roots.len() == 1 {
            if let Some(&root) = roots.first() {
                union(&mut parent, root, group[0]);
            }
        }
    }
    canonical_of(members, &mut parent, |m| m.parsed.specificity())
}

/// For each organisation, the index of its group's canonical member.
fn canonical_orgs(members: &[Member<OrgName>]) -> Vec<usize> {
    let n = members.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        let first = *by_key.entry(m.parsed.key.as_str()).or_insert(i);
        union(&mut parent, first, i);
    }
    let filed = by_block(members, OrgName::blocks);
    // Full names never join each other through an acronym, so the groups an acronym
    // chooses among are settled before any acronym joins.
    for group in groups(&mut parent) {
        let Some(letters) = &members[group[0]].parsed.acronym else {
            continue;
        };
        let roots: BTreeSet<usize> = filed
            .get(&format!("f:{letters}"))
            .into_iter()
            .flatten()
            .map(|&j| find(&mut parent, j))
            .collect();
        if roots.len() == 1 {
            if let Some(&root) = roots.first() {
                union(&mut parent, root, group[0]);
            }
        }
    }
    canonical_of(members, &mut parent, |m| m.parsed.acronym.is_none())
}

/// Recomputes the merge of every actor the given ones share a group with. Runs inside the
/// writer's transaction.
pub(crate) fn update(tx: &Transaction<'_>, touched: &HashSet<i64>) -> rusqlite::Result<()> {
    let rules: i64 = tx
        .prepare_cached("SELECT version FROM actor_merge_rules")?
        .query_row([], |r| r.get(0))?;
    if rules != RULES_VERSION {
        return rebuild_all(tx);
    }
    merge(tx, touched)
}

/// What the merge reads and writes, so that each engine (SQLite here, PostgreSQL in `pg`)
/// runs the same rules inside its own writing transaction.
pub(crate) trait AliasTables {
    type Error;
    /// The actor's name and kind, when it is a person or an organisation.
    fn named(&mut self, id: i64) -> Result<Option<(String, String)>, Self::Error>;
    /// Files the actor under a block (nothing when it is already there).
    fn add_block(&mut self, block: &str, id: i64) -> Result<(), Self::Error>;
    /// The actors sharing a block with this one (an acronym's `a:` block meets the `f:`
    /// block of the same letters; `f:` blocks do not meet each other).
    fn neighbours(&mut self, id: i64) -> Result<Vec<i64>, Self::Error>;
    /// name, name_key, kind, mention_count, canonical_key.
    #[allow(clippy::type_complexity)]
    fn load(
        &mut self,
        id: i64,
    ) -> Result<(String, String, String, i64, Option<String>), Self::Error>;
    fn set_canonical(&mut self, id: i64, key: Option<&str>) -> Result<(), Self::Error>;
}

struct SqliteAliases<'a, 'c>(&'a Transaction<'c>);

impl AliasTables for SqliteAliases<'_, '_> {
    type Error = rusqlite::Error;

    fn named(&mut self, id: i64) -> rusqlite::Result<Option<(String, String)>> {
        self.0
            .prepare_cached(
                "SELECT name, kind FROM actors WHERE id = ?1 AND kind IN ('person', 'organization')",
            )?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
    }

    fn add_block(&mut self, block: &str, id: i64) -> rusqlite::Result<()> {
        self.0
            .prepare_cached(
                "INSERT OR IGNORE INTO actor_name_blocks(block, actor_id) VALUES (?1, ?2)",
            )?
            .execute(params![block, id])
            .map(|_| ())
    }

    fn neighbours(&mut self, id: i64) -> rusqlite::Result<Vec<i64>> {
        let mut stmt = self.0.prepare_cached(
            "SELECT DISTINCT b2.actor_id FROM actor_name_blocks b1
             JOIN actor_name_blocks b2 ON b2.block = CASE substr(b1.block, 1, 2)
                 WHEN 'a:' THEN 'f:' || substr(b1.block, 3)
                 WHEN 'f:' THEN 'a:' || substr(b1.block, 3)
                 ELSE b1.block END
             WHERE b1.actor_id = ?1",
        )?;
        let found = stmt.query_map([id], |r| r.get::<_, i64>(0))?;
        found.collect()
    }

    fn load(&mut self, id: i64) -> rusqlite::Result<(String, String, String, i64, Option<String>)> {
        self.0
            .prepare_cached(
                "SELECT name, name_key, kind, mention_count, canonical_key FROM actors WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
    }

    fn set_canonical(&mut self, id: i64, key: Option<&str>) -> rusqlite::Result<()> {
        self.0
            .prepare_cached("UPDATE actors SET canonical_key = ?2 WHERE id = ?1")?
            .execute(params![id, key])
            .map(|_| ())
    }
}

fn merge(tx: &Transaction<'_>, touched: &HashSet<i64>) -> rusqlite::Result<()> {
    merge_in(&mut SqliteAliases(tx), touched)
}

/// Files the given actors under their blocks and recomputes the canonical actor of every
/// group they belong to.
pub(crate) fn merge_in<D: AliasTables>(db: &mut D, touched: &HashSet<i64>) -> Result<(), D::Error> {
    let mut ids: Vec<i64> = touched.iter().copied().collect();
    ids.sort_unstable();
    let mut frontier: Vec<i64> = Vec::new();
    for id in ids {
        let Some((name, kind)) = db.named(id)? else {
            continue;
        };
        if let Some(parsed) = ParsedName::parse(&name, &kind) {
            for block in parsed.blocks() {
                db.add_block(&block, id)?;
            }
            frontier.push(id);
        }
    }
    if frontier.is_empty() {
        return Ok(());
    }
    // Everything reachable through shared blocks: the group's membership then does not
    // depend on which of its actors this batch happened to touch.
    let mut seen: HashSet<i64> = frontier.iter().copied().collect();
    while let Some(id) = frontier.pop() {
        for other in db.neighbours(id)? {
            if seen.insert(other) {
                frontier.push(other);
            }
        }
    }
    let mut all: Vec<i64> = seen.into_iter().collect();
    all.sort_unstable();
    let mut people = Vec::new();
    let mut orgs = Vec::new();
    for id in all {
        let (name, name_key, kind, mention_count, canonical_key) = db.load(id)?;
        match ParsedName::parse(&name, &kind) {
            Some(ParsedName::Person(parsed)) => people.push(Member {
                id,
                name_key,
                name_chars: name.chars().count(),
                mention_count,
                canonical_key,
                parsed,
            }),
            Some(ParsedName::Org(parsed)) => orgs.push(Member {
                id,
                name_key,
                name_chars: parsed.key.chars().count(),
                mention_count,
                canonical_key,
                parsed,
            }),
            None => {}
        }
    }
    let canon = canonical_people(&people);
    store_canonical(db, &people, &canon)?;
    let canon = canonical_orgs(&orgs);
    store_canonical(db, &orgs, &canon)
}

/// Writes the canonical keys that changed.
fn store_canonical<T, D: AliasTables>(
    db: &mut D,
    members: &[Member<T>],
    canon: &[usize],
) -> Result<(), D::Error> {
    for (i, m) in members.iter().enumerate() {
        let want = (canon[i] != i).then(|| members[canon[i]].name_key.clone());
        if want != m.canonical_key {
            db.set_canonical(m.id, want.as_deref())?;
        }
    }
    Ok(())
}

/// Files every person and organisation again and merges the whole store: the migration
/// from schema 1, and the first write under changed rules.
pub(crate) fn rebuild_all(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(
        "DELETE FROM actor_name_blocks;
         UPDATE actors SET canonical_key = NULL WHERE canonical_key IS NOT NULL;",
    )?;
    let ids: HashSet<i64> = tx
        .prepare("SELECT id FROM actors WHERE kind IN ('person', 'organization')")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    merge(tx, &ids)?;
    tx.execute(
        "UPDATE actor_merge_rules SET version = ?1",
        params![RULES_VERSION],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests;
