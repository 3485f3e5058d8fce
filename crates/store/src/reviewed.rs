//! Applying the analyst's corrections to rows as they are read (see `corrections.rs`).
//! Each patched row keeps the machine's values in its `review`, so nothing the extractor
//! said is lost from view.

use crate::corrections::{current, in_force, parse_span, span_key, Correction, Target};
use crate::query::{ActorRow, ArticleActorRow, DateRow, QuoteRow, TimelineEntry, TimelineKind};
use crate::write::name_key;
use crate::Review;
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;

/// The correction target of a speech table.
pub(crate) fn speech_target(table: &str) -> Target {
    if table == "claims" {
        Target::Claim
    } else {
        Target::Quote
    }
}

pub(crate) struct ActorView {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) role: Option<String>,
    pub(crate) affiliation: Option<String>,
}

/// What applying corrections needs to read from a store, whichever its engine.
pub(crate) trait Lookup {
    type Error;
    /// Every correction in force for a target (see `corrections::current`).
    fn current(&mut self, target: Target) -> Result<HashMap<String, Vec<Correction>>, Self::Error>;
    /// The corrections in force for (at least) these keys of a target (see
    /// `corrections::in_force`).
    fn in_force(
        &mut self,
        target: Target,
        keys: Vec<&str>,
    ) -> Result<HashMap<String, Vec<Correction>>, Self::Error>;
    /// The canonical actor of the spelling with this key.
    fn actor_by_key(&mut self, key: &str) -> Result<Option<ActorView>, Self::Error>;
    fn article_text(&mut self, article_id: i64) -> Result<Option<String>, Self::Error>;
    /// The key of the canonical actor of the actor with this id.
    fn group_key(&mut self, actor_id: i64) -> Result<String, Self::Error>;
}

/// [`Lookup`] on an SQLite connection.
pub(crate) struct SqliteLookup<'a>(pub(crate) &'a Connection);

impl Lookup for SqliteLookup<'_> {
    type Error = rusqlite::Error;

    fn current(&mut self, target: Target) -> rusqlite::Result<HashMap<String, Vec<Correction>>> {
        current(self.0, target)
    }

    fn in_force(
        &mut self,
        target: Target,
        keys: Vec<&str>,
    ) -> rusqlite::Result<HashMap<String, Vec<Correction>>> {
        in_force(self.0, target, keys)
    }

    fn actor_by_key(&mut self, key: &str) -> rusqlite::Result<Option<ActorView>> {
        self.0
            .prepare_cached(
                "SELECT cn.id, cn.name, cn.role, cn.affiliation FROM actors a
                 JOIN actors cn ON cn.name_key = coalesce(a.canonical_key, a.name_key)
                 WHERE a.name_key = ?1",
            )?
            .query_row([key], |r| {
                Ok(ActorView {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    role: r.get(2)?,
                    affiliation: r.get(3)?,
                })
            })
            .optional()
    }

    fn article_text(&mut self, article_id: i64) -> rusqlite::Result<Option<String>> {
        self.0
            .prepare_cached("SELECT text FROM articles WHERE id = ?1")?
            .query_row([article_id], |r| r.get(0))
            .optional()
    }

    fn group_key(&mut self, actor_id: i64) -> rusqlite::Result<String> {
        self.0
            .prepare_cached("SELECT coalesce(canonical_key, name_key) FROM actors WHERE id = ?1")?
            .query_row([actor_id], |r| r.get(0))
    }
}

/// Applies the name, role and side the analyst gave the speaker's actor.
fn apply_actor_fields(
    actors: &HashMap<String, Vec<Correction>>,
    row: &mut QuoteRow,
    review: &mut Option<Review>,
) {
    let Some(speaker) = row.speaker.as_deref() else {
        return;
    };
    let Some(cs) = actors.get(&name_key(speaker)) else {
        return;
    };
    for c in cs {
        let slot = match c.field.as_str() {
            "name" => &mut row.speaker,
            "role" => &mut row.speaker_role,
            "affiliation" => &mut row.affiliation,
            _ => continue,
        };
        let machine = std::mem::replace(slot, c.value.clone());
        Review::add(review, c, machine);
    }
}

/// Applies speaker, span and status corrections of quotes or claims, and the corrections of
/// their speakers' actors. Rejected rows were already left out by the query. Only the
/// corrections of these rows' keys and speakers are read (see [`in_force`]).
pub(crate) fn patch_speech<L: Lookup>(
    conn: &mut L,
    target: Target,
    rows: &mut [QuoteRow],
) -> Result<(), L::Error> {
    let own = conn.in_force(target, rows.iter().map(|r| r.key.as_str()).collect())?;
    let mut found_actor: HashMap<String, Option<ActorView>> = HashMap::new();
    let mut reviews: Vec<Option<Review>> = Vec::with_capacity(rows.len());
    for row in rows.iter_mut() {
        let mut review = None;
        for c in own.get(&row.key).into_iter().flatten() {
            match c.field.as_str() {
                "speaker" => {
                    let machine = row.speaker.clone();
                    let found = match c.value.as_deref() {
                        Some(k) => {
                            if !found_actor.contains_key(k) {
                                found_actor.insert(k.to_string(), conn.actor_by_key(k)?);
                            }
                            found_actor.get(k).and_then(Option::as_ref)
                        }
                        None => None,
                    };
                    row.speaker_mention = None;
                    match found {
                        Some(a) => {
                            row.speaker = Some(a.name.clone());
                            row.speaker_id = Some(a.id);
                            row.speaker_role.clone_from(&a.role);
                            row.affiliation.clone_from(&a.affiliation);
                        }
                        None => {
                            // Cleared, or an actor this store does not hold: the name as given.
                            row.speaker = c.value.clone();
                            row.speaker_id = None;
                            row.speaker_role = None;
                            row.affiliation = None;
                        }
                    }
                    Review::add(&mut review, c, machine);
                }
                "span" => {
                    let Some((a, b)) = c.value.as_deref().and_then(parse_span) else {
                        continue;
                    };
                    let text = conn.article_text(row.article_id)?;
                    let words = text
                        .as_deref()
                        .and_then(|t| t.get(usize::try_from(a).ok()?..usize::try_from(b).ok()?));
                    if let Some(words) = words {
                        let machine = Some(format!("{}-{}", row.start, row.end));
                        row.text = words.to_string();
                        row.start = a;
                        row.end = b;
                        Review::add(&mut review, c, machine);
                    }
                }
                _ => Review::add(&mut review, c, None),
            }
        }
        reviews.push(review);
    }
    let speaker_keys: Vec<String> = rows
        .iter()
        .filter_map(|r| r.speaker.as_deref().map(name_key))
        .collect();
    let actors = conn.in_force(
        Target::Actor,
        speaker_keys.iter().map(String::as_str).collect(),
    )?;
    for (row, mut review) in rows.iter_mut().zip(reviews) {
        apply_actor_fields(&actors, row, &mut review);
        row.review = review;
    }
    Ok(())
}

/// Applies name, kind, role and side corrections to listed actors and marks actors the
/// analyst merged others into; then keeps the rows matching `kind` and `affiliation`.
pub(crate) fn patch_actors<L: Lookup>(
    conn: &mut L,
    rows: &mut Vec<ActorRow>,
    kind: Option<&str>,
    affiliation: Option<&str>,
) -> Result<(), L::Error> {
    let actors = conn.current(Target::Actor)?;
    let mut merged_into: HashMap<&str, Vec<&Correction>> = HashMap::new();
    for c in actors.values().flatten() {
        if let (Some(keep), "merge_into") = (c.value.as_deref(), c.field.as_str()) {
            merged_into.entry(keep).or_default().push(c);
        }
    }
    for row in rows.iter_mut() {
        let key = name_key(&row.name);
        let mut review = None;
        for c in merged_into.get(key.as_str()).into_iter().flatten() {
            Review::add(&mut review, c, Some(c.key.clone()));
        }
        for c in actors.get(&key).into_iter().flatten() {
            match c.field.as_str() {
                "name" => {
                    if let Some(v) = &c.value {
                        let machine = std::mem::replace(&mut row.name, v.clone());
                        Review::add(&mut review, c, Some(machine));
                    }
                }
                "kind" => {
                    if let Some(v) = &c.value {
                        let machine = std::mem::replace(&mut row.kind, v.clone());
                        Review::add(&mut review, c, Some(machine));
                    }
                }
                "role" => {
                    let machine = std::mem::replace(&mut row.role, c.value.clone());
                    Review::add(&mut review, c, machine);
                }
                "affiliation" => {
                    let machine = std::mem::replace(&mut row.affiliation, c.value.clone());
                    Review::add(&mut review, c, machine);
                }
                _ => {}
            }
        }
        row.review = review;
    }
    rows.retain(|r| {
        kind.is_none_or(|k| r.kind.eq_ignore_ascii_case(k))
            && affiliation.is_none_or(|a| {
                r.affiliation
                    .as_deref()
                    .is_some_and(|x| x.to_lowercase() == a.to_lowercase())
            })
    });
    Ok(())
}

/// Applies resolved-date corrections to dates and speaker corrections to quotes, then puts
/// the entries back in date order.
pub(crate) fn patch_timeline<L: Lookup>(
    conn: &mut L,
    rows: &mut [TimelineEntry],
) -> Result<(), L::Error> {
    let keys = |kind: TimelineKind| {
        rows.iter()
            .filter(move |r| r.kind == kind)
            .map(|r| r.key.as_str())
    };
    let dates = conn.in_force(Target::Date, keys(TimelineKind::Date).collect())?;
    let quotes = conn.in_force(Target::Quote, keys(TimelineKind::Quote).collect())?;
    if dates.is_empty() && quotes.is_empty() {
        return Ok(());
    }
    for row in rows.iter_mut() {
        let mut review = None;
        let own = match row.kind {
            TimelineKind::Date => &dates,
            TimelineKind::Quote => &quotes,
        };
        for c in own.get(&row.key).into_iter().flatten() {
            match (row.kind, c.field.as_str()) {
                (TimelineKind::Date, "resolved") => {
                    if let Some(v) = &c.value {
                        let machine = std::mem::replace(&mut row.date, v.clone());
                        Review::add(&mut review, c, Some(machine));
                    }
                }
                (TimelineKind::Quote, "speaker") => {
                    let machine = row.speaker.clone();
                    row.speaker = match c.value.as_deref() {
                        Some(k) => Some(conn.actor_by_key(k)?.map_or(k.to_string(), |a| a.name)),
                        None => None,
                    };
                    Review::add(&mut review, c, machine);
                }
                _ => Review::add(&mut review, c, None),
            }
        }
        row.review = review;
    }
    rows.sort_by(|a, b| {
        let first = |d: &str| crate::DayRange::parse(d).map(|r| r.first);
        first(&a.date).cmp(&first(&b.date))
    });
    Ok(())
}

/// Applies corrections to an article's dates (rejected ones removed) and actors.
pub(crate) fn patch_article<L: Lookup>(
    conn: &mut L,
    hash: &str,
    actors: &mut [ArticleActorRow],
    dates: &mut Vec<DateRow>,
) -> Result<(), L::Error> {
    let date_keys: Vec<String> = dates
        .iter()
        .map(|d| span_key(hash, d.start, d.end))
        .collect();
    let date_fixes = conn.in_force(Target::Date, date_keys.iter().map(String::as_str).collect())?;
    dates.retain_mut(|d| {
        let mut review = None;
        for c in date_fixes
            .get(&span_key(hash, d.start, d.end))
            .into_iter()
            .flatten()
        {
            match (c.field.as_str(), c.value.as_deref()) {
                ("status", Some("rejected")) => return false,
                ("resolved", Some(v)) => {
                    let machine = d.resolved.replace(v.to_string());
                    Review::add(&mut review, c, machine);
                }
                _ => Review::add(&mut review, c, None),
            }
        }
        d.review = review;
        true
    });
    if actors.is_empty() {
        return Ok(());
    }
    let keys: Vec<String> = actors
        .iter()
        .map(|a| conn.group_key(a.actor_id))
        .collect::<Result<_, _>>()?;
    let actor_fixes = conn.in_force(Target::Actor, keys.iter().map(String::as_str).collect())?;
    if actor_fixes.is_empty() {
        return Ok(());
    }
    for (a, key) in actors.iter_mut().zip(&keys) {
        let mut review = None;
        for c in actor_fixes.get(key).into_iter().flatten() {
            let slot = match c.field.as_str() {
                "role" => &mut a.role,
                "affiliation" => &mut a.affiliation,
                "name" => {
                    if let Some(v) = &c.value {
                        let machine = std::mem::replace(&mut a.name, v.clone());
                        Review::add(&mut review, c, Some(machine));
                    }
                    continue;
                }
                _ => continue,
            };
            let machine = std::mem::replace(slot, c.value.clone());
            Review::add(&mut review, c, machine);
        }
        a.review = review;
    }
    Ok(())
}
