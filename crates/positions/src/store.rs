//! Reading statements (quotes and claims) from the evidence store.

use crate::error::PositionsError;
use crate::positions::{Statement, StatementKind};
use detente_store::{QuoteFilter, QuoteRow, Store};

fn statement(kind: StatementKind, r: QuoteRow) -> Statement {
    Statement {
        kind,
        article: r.article,
        article_title: r.article_title,
        date: r.date.or(r.article_date),
        start: usize::try_from(r.start).unwrap_or(0),
        end: usize::try_from(r.end).unwrap_or(0),
        text: r.text,
        speaker: r.speaker,
        affiliation: r.affiliation,
    }
}

/// Every quote and claim in the store, quotes first, each in date order, with their
/// stable keys, as the analyst corrected them.
pub fn load_statements_with_keys(
    store: &Store,
) -> Result<(Vec<Statement>, Vec<String>), PositionsError> {
    let all = QuoteFilter::default();
    let mut keys = Vec::new();
    let mut out = Vec::new();
    for (kind, rows) in [
        (StatementKind::Quote, store.quotes(&all)?),
        (StatementKind::Claim, store.claims(&all)?),
    ] {
        for r in rows {
            keys.push(r.key.clone());
            out.push(statement(kind, r));
        }
    }
    Ok((out, keys))
}

/// The analyst's stance corrections in force, for statements loaded with
/// [`load_statements_with_keys`].
pub fn stance_review(
    store: &Store,
    statement_keys: Vec<String>,
) -> Result<crate::review::StanceReview, PositionsError> {
    Ok(crate::review::StanceReview {
        statement_keys,
        by_key: store.corrections_in_force(detente_store::corrections::Target::Stance)?,
    })
}

/// Every quote and claim in the store, quotes first, each in date order.
pub fn load_statements(store: &Store) -> Result<Vec<Statement>, PositionsError> {
    let all = QuoteFilter::default();
    let mut out: Vec<Statement> = store
        .quotes(&all)?
        .into_iter()
        .map(|r| statement(StatementKind::Quote, r))
        .collect();
    out.extend(
        store
            .claims(&all)?
            .into_iter()
            .map(|r| statement(StatementKind::Claim, r)),
    );
    Ok(out)
}

/// Every actor in the store, as the scenario draft needs them.
pub fn load_draft_actors(store: &Store) -> Result<Vec<crate::draft::DraftActor>, PositionsError> {
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
pub fn positions_from_store(
    store: &Store,
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
