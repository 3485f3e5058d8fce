//! Reading statements (quotes and claims) from the evidence store.

use crate::error::PositionsError;
use crate::positions::{Statement, StatementKind};
use detente_store::{QuoteFilter, QuoteRow, StoreRead};
use std::collections::HashMap;

fn statement(kind: StatementKind, r: QuoteRow, article_text: Option<&str>) -> Statement {
    let start = usize::try_from(r.start).unwrap_or(0);
    let end = usize::try_from(r.end).unwrap_or(0);
    let mut ctx = crate::frame::article_context(article_text, start, end, r.cue.as_deref());
    if r.speaker.is_none() {
        ctx.source = unnamed_source(ctx.source, r.speaker_mention.as_deref());
    }
    Statement {
        kind,
        article: r.article,
        article_title: r.article_title,
        date: r.date.or(r.article_date),
        start,
        end,
        text: r.text,
        speaker: r.speaker,
        affiliation: r.affiliation,
        cue: r.cue,
        frame: ctx.frame,
        before: ctx.before,
        after: ctx.after,
        source: ctx.source,
    }
}

/// Rule `mention_names_an_unnamed_source`: a statement with no speaker whose reporting
/// clause names its source by a bare pronoun, or not at all, takes as its source the words
/// the extractor resolved that pronoun to ("he" after "The minister said ...": "The
/// minister"), so that a scenario naming the office decides its party. A mention that is
/// itself a pronoun adds nothing.
fn unnamed_source(source: Option<String>, mention: Option<&str>) -> Option<String> {
    // A pronoun, alone or with lower-case words after it ("he also").
    let pronoun = |w: &str| {
        let mut words = w.split_whitespace();
        words.next().is_some_and(|first| {
            matches!(
                first.to_lowercase().as_str(),
                "he" | "she" | "they" | "it" | "we" | "i"
            )
        }) && words.all(|x| x.chars().next().is_some_and(char::is_lowercase))
    };
    if source.as_deref().is_some_and(|s| !pronoun(s)) {
        return source;
    }
    mention
        .filter(|m| !m.trim().is_empty() && !pronoun(m))
        .map(str::to_string)
        .or(source)
}

/// Every quote and claim in the store, quotes first, each in date order, with their
/// stable keys, as the analyst corrected them; each with its reporting words and
/// neighbouring sentences read from its article.
pub fn load_statements_with_keys<S: StoreRead + ?Sized>(
    store: &S,
) -> Result<(Vec<Statement>, Vec<String>), PositionsError> {
    let all = QuoteFilter::default();
    let quotes = store.quotes(&all)?;
    let claims = store.claims(&all)?;
    let mut texts: HashMap<i64, Option<String>> = HashMap::new();
    for r in quotes.iter().chain(&claims) {
        if let std::collections::hash_map::Entry::Vacant(e) = texts.entry(r.article_id) {
            e.insert(store.article(r.article_id)?.map(|a| a.text));
        }
    }
    let mut keys = Vec::with_capacity(quotes.len() + claims.len());
    let mut out = Vec::with_capacity(quotes.len() + claims.len());
    for (kind, rows) in [
        (StatementKind::Quote, quotes),
        (StatementKind::Claim, claims),
    ] {
        for r in rows {
            keys.push(r.key.clone());
            let text = texts.get(&r.article_id).and_then(Option::as_deref);
            out.push(statement(kind, r, text));
        }
    }
    Ok((out, keys))
}

/// The analyst's stance corrections in force, for statements loaded with
/// [`load_statements_with_keys`].
pub fn stance_review<S: StoreRead + ?Sized>(
    store: &S,
    statement_keys: Vec<String>,
) -> Result<crate::review::StanceReview, PositionsError> {
    Ok(crate::review::StanceReview {
        statement_keys,
        by_key: store.corrections_in_force(detente_store::corrections::Target::Stance)?,
    })
}

/// Every quote and claim in the store, quotes first, each in date order, each with its
/// reporting words and neighbouring sentences read from its article.
pub fn load_statements<S: StoreRead + ?Sized>(store: &S) -> Result<Vec<Statement>, PositionsError> {
    Ok(load_statements_with_keys(store)?.0)
}

/// Every actor in the store, as the scenario draft needs them.
pub fn load_draft_actors<S: StoreRead + ?Sized>(
    store: &S,
) -> Result<Vec<crate::draft::DraftActor>, PositionsError> {
    Ok(store
        .actors(&detente_store::ActorFilter::default())?
        .into_iter()
        .map(|a| crate::draft::DraftActor {
            name: a.name,
            kind: a.kind,
            affiliation: a.affiliation,
            surfaces: a.surfaces,
        })
        .collect())
}

/// The whole `detente positions` report in one call: every statement in the store linked
/// to the scenario, grouped by party and issue, with contradictions. For the report and
/// the dashboard.
pub fn positions_from_store<S: StoreRead + ?Sized>(
    store: &S,
    scenario: &detente_model::Scenario,
    filter: &crate::positions::PositionsFilter,
) -> Result<crate::positions::PositionsReport, PositionsError> {
    let linker = crate::linker::StanceLinker::new(crate::lexicon::StanceLexicon::new(
        &crate::scenario::scenario_terms(scenario),
    ));
    let (statements, keys) = load_statements_with_keys(store)?;
    let review = stance_review(store, keys)?;
    Ok(crate::positions::positions_reviewed(
        &linker,
        &statements,
        filter,
        &review,
    ))
}

#[cfg(test)]
mod tests {
    use super::unnamed_source;

    #[test]
    fn mention_names_an_unnamed_source() {
        let src = |s: Option<&str>, m: Option<&str>| unnamed_source(s.map(str::to_string), m);
        assert_eq!(
            src(Some("he"), Some("The harbour master")).as_deref(),
            Some("The harbour master")
        );
        assert_eq!(
            src(None, Some("The harbour master")).as_deref(),
            Some("The harbour master")
        );
        assert_eq!(
            src(Some("the board"), Some("The harbour master")).as_deref(),
            Some("the board")
        );
        assert_eq!(src(Some("she"), Some("she")).as_deref(), Some("she"));
        assert_eq!(
            src(Some("He also"), Some("The harbour master")).as_deref(),
            Some("The harbour master")
        );
        assert_eq!(src(None, None), None);
    }
}
