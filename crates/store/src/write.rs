//! Writing articles and their evidence: one transaction per batch, so that a kill at any
//! moment leaves every article either stored with all its evidence or not at all.

use crate::dates::DayRange;
use crate::error::{is_busy, Result, StoreError};
use crate::{sql_err, Store, BUSY_RETRIES};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use detente_evidence::{ActorKind, Article, ArticleEvidence};
use rayon::prelude::*;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// An article with what was extracted from it: the unit that is stored atomically.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleWithEvidence {
    pub article: Article,
    pub evidence: ArticleEvidence,
}

/// What one write did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BatchOutcome {
    /// Articles stored now.
    pub articles_new: u64,
    /// Articles already in the store (same text), possibly under another name.
    pub articles_skipped: u64,
    pub quotes: u64,
    pub claims: u64,
    /// Actor records (one per actor per article).
    pub actors: u64,
    pub dates: u64,
    /// Places in the text where an actor's name or surface form occurs.
    pub mentions: u64,
    /// Records dropped because their span did not fit the article text.
    pub invalid_spans: u64,
}

impl std::ops::AddAssign for BatchOutcome {
    fn add_assign(&mut self, o: BatchOutcome) {
        self.articles_new += o.articles_new;
        self.articles_skipped += o.articles_skipped;
        self.quotes += o.quotes;
        self.claims += o.claims;
        self.actors += o.actors;
        self.dates += o.dates;
        self.mentions += o.mentions;
        self.invalid_spans += o.invalid_spans;
    }
}

/// The key actors are merged under: lower case, runs of white space made one space.
pub(crate) fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            key.extend(c.to_lowercase());
        }
    }
    key
}

pub use detente_evidence::content_hash;

pub(crate) fn article_hash(a: &Article) -> String {
    if a.content_hash.is_empty() {
        content_hash(&a.text)
    } else {
        a.content_hash.clone()
    }
}

pub(crate) fn kind_str(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Country => "country",
    }
}

pub(crate) fn valid_span(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// The sentence around `start..end`, at most about `MAX` bytes either side.
pub(crate) fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    const MAX: usize = 300;
    let bytes = text.as_bytes();
    // A full stop ends a sentence only before a space, a quote mark or the end: not in
    // "4.0" or "U.S.-led".
    let is_stop_at = |i: usize| match bytes[i] {
        b'\n' => true,
        b'.' | b'!' | b'?' => match bytes.get(i + 1) {
            None => true,
            Some(&n) => n.is_ascii_whitespace() || matches!(n, b'"' | b'\'' | b')' | 0xE2),
        },
        _ => false,
    };
    let closing = |c: char| matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | '\u{bb}' | ')');
    let mut lo = start;
    let floor = start.saturating_sub(MAX);
    while lo > floor && !is_stop_at(lo - 1) {
        lo -= 1;
    }
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    // A quote mark right after the previous full stop closes the previous sentence.
    if lo > 0 && is_stop_at(lo - 1) {
        let skipped = text[lo..start]
            .chars()
            .take_while(|&c| closing(c))
            .map(char::len_utf8)
            .sum::<usize>();
        lo += skipped;
    }
    let mut hi = end;
    let ceil = (end + MAX).min(bytes.len());
    while hi < ceil && !is_stop_at(hi) {
        hi += 1;
    }
    if hi < ceil && bytes[hi] != b'\n' && is_stop_at(hi) {
        hi += 1; // keep the full stop and the quote marks that close after it
        hi += text[hi..]
            .chars()
            .take_while(|&c| closing(c))
            .map(char::len_utf8)
            .sum::<usize>();
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    text[lo..hi.max(lo)].trim()
}

#[derive(Clone)]
struct ActorInfo {
    id: i64,
    affiliation: Option<String>,
    has_role: bool,
}

/// What this batch's transaction already wrote, to skip statements that would change
/// nothing.
#[derive(Default)]
struct BatchCache {
    actors: HashMap<String, ActorInfo>,
    surfaces: HashSet<(i64, String)>,
    /// Per actor id: mentions, articles and quotes this batch adds to its counters.
    tallies: HashMap<i64, [i64; 3]>,
}

/// Per actor name key: where the actor's forms occur, as "start-end" pairs joined by
/// commas, and how many there are.
pub(crate) type Mentions = HashMap<String, (String, i64)>;

/// Finds the actors' names and surface forms in the text: whole words only, the longest
/// form winning where forms overlap, each form belonging to the first actor that has it.
pub(crate) fn mention_spans(item: &ArticleWithEvidence) -> Mentions {
    let text = item.article.text.as_str();
    let mut patterns: Vec<&str> = Vec::new();
    let mut owners: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for actor in &item.evidence.actors {
        let key = name_key(&actor.name);
        if key.is_empty() {
            continue;
        }
        for surface in std::iter::once(&actor.name).chain(actor.mentions.iter()) {
            let s = surface.trim();
            if !s.is_empty() && seen.insert(s) {
                patterns.push(s);
                owners.push(key.clone());
            }
        }
    }
    let mut found = Mentions::new();
    if patterns.is_empty() || text.is_empty() {
        return found;
    }
    let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&patterns)
    else {
        return found;
    };
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if word(text[..s].chars().next_back()) || word(text[e..].chars().next()) {
            continue;
        }
        let (list, n) = found
            .entry(owners[m.pattern().as_usize()].clone())
            .or_default();
        if !list.is_empty() {
            list.push(',');
        }
        list.push_str(&format!("{s}-{e}"));
        *n += 1;
    }
    found
}

impl Store {
    /// Which of these content hashes are already stored.
    pub fn known_hashes(&self, hashes: &[&str]) -> Result<HashSet<String>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached("SELECT 1 FROM articles WHERE content_hash = ?1")
            .map_err(|e| self.err(e))?;
        let mut known = HashSet::new();
        for h in hashes {
            let found = crate::retry_busy(&self.path, || stmt.exists([h]))?;
            if found {
                known.insert((*h).to_string());
            }
        }
        Ok(known)
    }

    /// Stores a batch of articles with their evidence in one transaction. Articles whose
    /// text is already stored are skipped (their name and path are recorded as another
    /// source). If anything fails, nothing of the batch is stored.
    pub fn ingest_batch(&self, batch: &[ArticleWithEvidence]) -> Result<BatchOutcome> {
        if !self.writable {
            return Err(StoreError::NotWritable {
                operation: "ingesting",
            });
        }
        let ingested_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        // Text searching needs no database: done in parallel, before taking the write lock.
        let mentions: Vec<Mentions> = batch.par_iter().map(mention_spans).collect();
        let mut conn = self.lock();
        let mut attempt = 0;
        loop {
            let tx = match conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            {
                Ok(tx) => tx,
                Err(e) if is_busy(&e) && attempt < BUSY_RETRIES => {
                    attempt += 1;
                    continue;
                }
                Err(e) => return Err(sql_err(&self.path, e)),
            };
            let result = write_batch(&tx, batch, &mentions, &ingested_at)
                .and_then(|o| tx.commit().map(|()| o));
            match result {
                Ok(outcome) => return Ok(outcome),
                // The transaction was dropped, so rolled back: start the batch again.
                Err(e) if is_busy(&e) && attempt < BUSY_RETRIES => attempt += 1,
                Err(e) => return Err(sql_err(&self.path, e)),
            }
        }
    }
}

fn write_batch(
    tx: &Transaction<'_>,
    batch: &[ArticleWithEvidence],
    mentions: &[Mentions],
    ingested_at: &str,
) -> rusqlite::Result<BatchOutcome> {
    let mut outcome = BatchOutcome::default();
    let mut cache = BatchCache::default();
    let last = |table: &str| {
        tx.query_row(
            &format!("SELECT coalesce(max(id), 0) FROM {table}"),
            [],
            |r| r.get::<_, i64>(0),
        )
    };
    let (last_article, last_quote) = (last("articles")?, last("quotes")?);
    for (item, mentions) in batch.iter().zip(mentions) {
        write_article(tx, item, ingested_at, mentions, &mut cache, &mut outcome)?;
    }
    // Actor counters, kept up to date in the same transaction so that listing actors
    // does not aggregate millions of rows.
    let mut bump = tx.prepare_cached(
        "UPDATE actors SET mention_count = mention_count + ?2, article_count = article_count + ?3,
                           quote_count = quote_count + ?4 WHERE id = ?1",
    )?;
    for (id, [mentions, articles, quotes]) in &cache.tallies {
        bump.execute(params![id, mentions, articles, quotes])?;
    }
    // Spellings of one person merged, after the counters (the canonical spelling is the
    // most mentioned one among equally long names).
    let touched: HashSet<i64> = cache.actors.values().map(|a| a.id).collect();
    crate::aliases::update(tx, &touched)?;
    // An actor's role and side are what most of its articles say (then the most mentions,
    // then the name), so that they do not depend on which article came first.
    let mut settle = tx.prepare_cached(
        "UPDATE actors SET
             role = coalesce((SELECT value FROM actor_side_votes
                 WHERE actor_id = ?1 AND field = 'role'
                 ORDER BY articles DESC, mentions DESC, value LIMIT 1), role),
             affiliation = coalesce((SELECT value FROM actor_side_votes
                 WHERE actor_id = ?1 AND field = 'affiliation'
                 ORDER BY articles DESC, mentions DESC, value LIMIT 1), affiliation)
         WHERE id = ?1",
    )?;
    let mut ids: Vec<i64> = touched.iter().copied().collect();
    ids.sort_unstable();
    for id in ids {
        settle.execute([id])?;
    }
    // The analyst's merges and splits hold over the rules, for new articles too.
    crate::corrections::apply_actor_corrections(tx)?;
    // Index what this batch added (ids only grow: the write lock is ours).
    tx.prepare_cached(
        "INSERT INTO articles_fts(rowid, title, text)
         SELECT id, coalesce(title, ''), text FROM articles WHERE id > ?1",
    )?
    .execute([last_article])?;
    tx.prepare_cached(
        "INSERT INTO quotes_fts(rowid, text, speaker)
         SELECT id, text, coalesce(speaker, '') FROM quotes WHERE id > ?1",
    )?
    .execute([last_quote])?;
    Ok(outcome)
}

fn upsert_actor(
    tx: &Transaction<'_>,
    name: &str,
    key: &str,
    kind: ActorKind,
    role: Option<&str>,
    affiliation: Option<&str>,
) -> rusqlite::Result<ActorInfo> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO actors(name, name_key, kind, role, affiliation) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(name_key) DO UPDATE SET
             role = coalesce(actors.role, excluded.role),
             affiliation = coalesce(actors.affiliation, excluded.affiliation)
         RETURNING id, affiliation, role IS NOT NULL",
    )?;
    stmt.query_row(
        params![name.trim(), key, kind_str(kind), role, affiliation],
        |r| {
            Ok(ActorInfo {
                id: r.get(0)?,
                affiliation: r.get(1)?,
                has_role: r.get(2)?,
            })
        },
    )
}

fn write_article(
    tx: &Transaction<'_>,
    item: &ArticleWithEvidence,
    ingested_at: &str,
    mentions: &Mentions,
    cache: &mut BatchCache,
    outcome: &mut BatchOutcome,
) -> rusqlite::Result<()> {
    let a = &item.article;
    let ev = &item.evidence;
    let text = a.text.as_str();
    let hash = article_hash(a);
    let inserted: Option<i64> = tx
        .prepare_cached(
            "INSERT INTO articles(content_hash, name, source_path, title, date, date_inferred, url, text, bytes, ingested_at, date_basis)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT(content_hash) DO NOTHING RETURNING id",
        )?
        .query_row(
            params![hash, a.id, a.source_path, a.title, a.date, a.date_inferred, a.url, text, text.len() as i64, ingested_at, a.date_basis],
            |r| r.get(0),
        )
        .optional()?;
    let mut add_source = tx.prepare_cached(
        "INSERT OR IGNORE INTO article_sources(article_id, name, source_path) VALUES (?1, ?2, ?3)",
    )?;
    let Some(article_id) = inserted else {
        let existing: i64 = tx
            .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
            .query_row([&hash], |r| r.get(0))?;
        add_source.execute(params![existing, a.id, a.source_path])?;
        outcome.articles_skipped += 1;
        return Ok(());
    };
    add_source.execute(params![article_id, a.id, a.source_path])?;
    outcome.articles_new += 1;

    // Actors of this article, merged into the store's canonical actors by name.
    let mut local: HashMap<String, (ActorInfo, Option<&str>)> = HashMap::new();
    let mut order: Vec<(String, &detente_evidence::Actor)> = Vec::new();
    let mut add_surface = tx.prepare_cached(
        "INSERT OR IGNORE INTO actor_surfaces(actor_id, surface_key, surface) VALUES (?1, ?2, ?3)",
    )?;
    for actor in &ev.actors {
        let key = name_key(&actor.name);
        if key.is_empty() {
            outcome.invalid_spans += 1;
            continue;
        }
        // An actor already written in this batch needs writing again only to fill in a
        // role or affiliation it lacks.
        let info = match cache.actors.get(&key) {
            Some(known)
                if (known.has_role || actor.role.is_none())
                    && (known.affiliation.is_some() || actor.affiliation.is_none()) =>
            {
                known.clone()
            }
            _ => upsert_actor(
                tx,
                &actor.name,
                &key,
                actor.kind,
                actor.role.as_deref(),
                actor.affiliation.as_deref(),
            )?,
        };
        for surface in actor.mentions.iter().chain(std::iter::once(&actor.name)) {
            let skey = name_key(surface);
            if !skey.is_empty() && cache.surfaces.insert((info.id, skey.clone())) {
                add_surface.execute(params![info.id, skey, surface.trim()])?;
            }
        }
        cache.actors.insert(key.clone(), info.clone());
        if !local.contains_key(&key) {
            order.push((key.clone(), actor));
        }
        local.insert(key, (info, actor.affiliation.as_deref()));
    }

    let mut add_article_actor = tx.prepare_cached(
        "INSERT INTO article_actors(article_id, actor_id, kind, role, affiliation, mention_count, spans)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(article_id, actor_id) DO UPDATE SET
             role = coalesce(article_actors.role, excluded.role),
             affiliation = coalesce(article_actors.affiliation, excluded.affiliation)",
    )?;
    let mut vote = tx.prepare_cached(
        "INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
         VALUES (?1, ?2, ?3, 1, ?4)
         ON CONFLICT(actor_id, field, value) DO UPDATE SET
             articles = articles + 1, mentions = mentions + excluded.mentions",
    )?;
    for (key, actor) in &order {
        let id = local[key].0.id;
        let (spans, found) = mentions.get(key).map_or(("", 0), |(s, n)| (s.as_str(), *n));
        outcome.mentions += found as u64;
        let n = found.max(1);
        for (field, value) in [("role", &actor.role), ("affiliation", &actor.affiliation)] {
            if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                vote.execute(params![id, field, v, n])?;
            }
        }
        add_article_actor.execute(params![
            article_id,
            id,
            kind_str(actor.kind),
            actor.role,
            actor.affiliation,
            n,
            spans
        ])?;
        outcome.actors += 1;
        let t = cache.tallies.entry(id).or_default();
        t[0] += n;
        t[1] += 1;
    }

    // The speaker of a quote or claim: the article's actor of that name, else the store's.
    let mut resolve =
        |name: Option<&str>| -> rusqlite::Result<(Option<String>, Option<i64>, Option<String>)> {
            let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
                return Ok((None, None, None));
            };
            let key = name_key(name);
            if let Some((info, aff)) = local.get(&key) {
                // The side this article gives; the store's merged side is applied when
                // reading (it changes as articles arrive, so storing it here would make a
                // record depend on what was stored before and in which batch).
                let aff = aff.map(str::to_string);
                return Ok((Some(key), Some(info.id), aff));
            }
            if let Some(info) = cache.actors.get(&key) {
                return Ok((Some(key), Some(info.id), None));
            }
            let info = upsert_actor(tx, name, &key, ActorKind::Person, None, None)?;
            cache.actors.insert(key.clone(), info.clone());
            Ok((Some(key), Some(info.id), None))
        };

    let range = |own: Option<&str>| -> (Option<String>, Option<String>) {
        own.and_then(DayRange::parse)
            .or_else(|| a.date.as_deref().and_then(DayRange::parse))
            .map_or((None, None), |r| (Some(r.first), Some(r.last)))
    };

    // Speakers met in this article's quotes (true) and claims (false).
    let mut quoted: Vec<(i64, bool)> = Vec::new();
    let mut add_quote = tx.prepare_cached(
        "INSERT INTO quotes(article_id, start, end, text, speaker, speaker_key, speaker_id, speaker_mention, cue, affiliation, date, date_lo, date_hi)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for q in &ev.quotes {
        if !valid_span(text, q.start, q.end) {
            outcome.invalid_spans += 1;
            continue;
        }
        let (key, speaker_id, aff) = resolve(q.speaker.as_deref())?;
        if let Some(id) = speaker_id {
            quoted.push((id, true));
        }
        let (lo, hi) = range(q.date.as_deref());
        add_quote.execute(params![
            article_id,
            q.start as i64,
            q.end as i64,
            q.text,
            q.speaker.as_deref().map(str::trim),
            key,
            speaker_id,
            q.speaker_mention,
            q.cue,
            aff,
            q.date,
            lo,
            hi
        ])?;
        outcome.quotes += 1;
    }

    let mut add_claim = tx.prepare_cached(
        "INSERT INTO claims(article_id, start, end, text, speaker, speaker_key, speaker_id, speaker_mention, cue, affiliation, date, date_lo, date_hi)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for c in &ev.claims {
        if !valid_span(text, c.start, c.end) {
            outcome.invalid_spans += 1;
            continue;
        }
        let (key, speaker_id, aff) = resolve(c.speaker.as_deref())?;
        if let Some(id) = speaker_id {
            quoted.push((id, false));
        }
        let (lo, hi) = range(c.date.as_deref());
        add_claim.execute(params![
            article_id,
            c.start as i64,
            c.end as i64,
            c.text,
            c.speaker.as_deref().map(str::trim),
            key,
            speaker_id,
            c.speaker_mention,
            c.cue,
            aff,
            c.date,
            lo,
            hi
        ])?;
        outcome.claims += 1;
    }

    let mut add_date = tx.prepare_cached(
        "INSERT INTO dates(article_id, start, end, text, resolved, date_lo, date_hi, context)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for d in &ev.dates {
        if !valid_span(text, d.start, d.end) {
            outcome.invalid_spans += 1;
            continue;
        }
        let r = d.resolved.map(DayRange::of);
        let (lo, hi) = r.map_or((None, None), |r| (Some(r.first), Some(r.last)));
        add_date.execute(params![
            article_id,
            d.start as i64,
            d.end as i64,
            d.text,
            d.resolved_iso(),
            lo,
            hi,
            sentence_around(text, d.start, d.end)
        ])?;
        outcome.dates += 1;
    }
    // A speaker the article quotes without listing them as an actor: the article counts
    // for them too.
    let named: HashSet<i64> = local.values().map(|(info, _)| info.id).collect();
    let mut counted: HashSet<i64> = HashSet::new();
    for (id, is_quote) in quoted {
        let t = cache.tallies.entry(id).or_default();
        if is_quote {
            t[2] += 1;
        }
        if !named.contains(&id) && counted.insert(id) {
            t[1] += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_context() {
        let t = "First one. Talks resume on June 2 in Geneva. Last.";
        let s = t.find("June 2").unwrap();
        assert_eq!(
            sentence_around(t, s, s + 6),
            "Talks resume on June 2 in Geneva."
        );
        let t = "Version 4.0 of the U.S. plan. Signed on June 2 in Geneva.";
        let s = t.find("June 2").unwrap();
        assert_eq!(sentence_around(t, s, s + 6), "Signed on June 2 in Geneva.");
        let t = "Ünïcödé before June 2 and after";
        let s = t.find("June 2").unwrap();
        assert_eq!(sentence_around(t, s, s + 6), t);
    }

    #[test]
    fn keys() {
        assert_eq!(name_key("  Dmitry   PESKOV "), "dmitry peskov");
        assert_eq!(content_hash("").len(), 64);
    }
}
