//! The review queue and what the desk keeps between requests.
//!
//! A request after a correction must not read the whole store: the desk keeps (1) the
//! keys of the statements and stances the analyst has decided, updated from the
//! corrections added since it last looked; (2) the statements whose speaker needs a look,
//! the actors for the merge form and the actors with conflicting sides, read again only
//! when the evidence or an actor correction changed; (3) the stances the linker reads
//! against the scenario, linked in a background thread (linking every statement takes
//! seconds to minutes on a large store), so a page never waits for it.
//!
//! Whether anything changed is asked of the engine first, without reading a table (on
//! SQLite `PRAGMA data_version` of the desk's own read connection, which changes when any
//! other connection commits; on PostgreSQL the current snapshot, which changes when any
//! writing transaction starts or ends: see [`DataVersion`]), then of the highest row ids
//! (see [`ReviewGeneration`]), so a correction or an ingest by another process or another
//! analyst's server is seen at the next request. The same code serves both engines through
//! [`AnyStore`].

use super::{ReviewDesk, LOW_CONFIDENCE, QUEUE_LIMIT};
use detente_positions::{PositionsFilter, StanceLexicon, StanceLinker};
use detente_store::corrections::{parse_stance_key, Action, ConflictingSides, Target};
use detente_store::review_queries::{DataVersion, ReviewGeneration, SpeakerDoubt, SpeechCandidate};
use detente_store::AnyStore;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Bytes of article text shown either side of a span.
pub(crate) const CONTEXT_BYTES: usize = 240;
/// How many actors the merge form offers.
const MERGE_CHOICES: usize = 200;

/// One statement waiting for a look, with its surrounding text.
#[derive(Debug, Clone, Serialize)]
pub struct SpeechItem {
    pub claim: bool,
    pub id: i64,
    pub key: String,
    pub speaker: Option<String>,
    pub mention: Option<String>,
    pub text: String,
    pub article: String,
    pub why: String,
    pub before: String,
    pub after: String,
}

/// One stance waiting for a look.
#[derive(Debug, Clone, Serialize)]
pub struct StanceItem {
    pub key: String,
    pub party: Option<String>,
    pub issue: String,
    pub option: Option<String>,
    pub polarity: String,
    /// The words that decided the polarity (cues, negations, the reporting frame).
    pub cues: Vec<String>,
    pub confidence: f64,
    pub speaker: Option<String>,
    pub clause: String,
    pub text: String,
    pub article: String,
    pub why: String,
}

/// Where the stance queue stands.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StanceStatus {
    /// No scenario: no stances to review.
    #[default]
    NoScenario,
    /// Linked against the store as it is now.
    Ready,
    /// Being linked for the first time: no stances to show yet.
    Linking,
    /// Shown from an earlier linking; linking again after an ingest or an actor
    /// correction. Statements corrected since are left out until then.
    Relinking,
    /// Linking failed (the message).
    Failed(String),
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Queue {
    pub speakers: Vec<SpeechItem>,
    pub stances: Vec<StanceItem>,
    pub stance_status: StanceStatus,
    pub sides: Vec<ConflictingSides>,
    pub actors: Vec<(i64, String)>,
    pub corrections: usize,
}

/// What the desk remembers of the store between requests.
#[derive(Default)]
pub(crate) struct DeskState {
    /// The desk's own read connection (its `data_version` tells of other commits).
    reader: Option<AnyStore>,
    data_version: Option<DataVersion>,
    generation: ReviewGeneration,
    corrections: usize,
    /// `quote:<key>`, `claim:<key>`, `stance:<key>` of everything with a correction in
    /// force.
    decided: HashSet<String>,
    /// Statements (`quote:<key>`, `claim:<key>`) corrected since stances were last
    /// linked, with the id of the correction: their stances wait for the next linking.
    touched: HashMap<String, i64>,
    slow: Option<SlowParts>,
}

/// The parts of the queue that need more than a few rows of the store, kept while the
/// evidence and the actor corrections are the same.
struct SlowParts {
    made_for: ((i64, i64, i64, i64), i64),
    candidates: Vec<SpeechCandidate>,
    actors: Vec<(i64, String)>,
    sides: Vec<ConflictingSides>,
}

/// The stances linked in the background, shared with the linking thread.
#[derive(Default)]
pub(crate) struct StanceState {
    ready: Option<Linked>,
    running: bool,
    /// The generation a linking failed on and why; tried again when the store changes.
    failed: Option<(ReviewGeneration, String)>,
    /// Linkings finished so far.
    runs: usize,
}

pub(crate) struct Linked {
    /// The store as it was when the linking started.
    generation: ReviewGeneration,
    items: Vec<StanceItem>,
    pub(crate) took: Duration,
}

pub(crate) type SharedStances = Arc<(Mutex<StanceState>, Condvar)>;

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn target_prefix(t: Target) -> &'static str {
    t.as_str()
}

impl DeskState {
    /// Brings what the desk remembers up to date with the store; cheap when nothing was
    /// committed since the last request.
    fn sync(&mut self, db: &std::path::Path) -> Result<(), String> {
        if self.reader.is_none() {
            let store = AnyStore::open_read_only(db).map_err(err)?;
            self.data_version = Some(store.data_version().map_err(err)?);
            self.generation = store.review_generation().map_err(err)?;
            self.corrections =
                usize::try_from(store.corrections_count().map_err(err)?).unwrap_or(0);
            self.decided.clear();
            for t in [Target::Quote, Target::Claim, Target::Stance] {
                for key in store.corrections_in_force(t).map_err(err)?.into_keys() {
                    self.decided.insert(format!("{}:{key}", target_prefix(t)));
                }
            }
            self.reader = Some(store);
            return Ok(());
        }
        let Some(store) = self.reader.as_ref() else {
            return Ok(());
        };
        let dv = store.data_version().map_err(err)?;
        if self.data_version.as_ref() == Some(&dv) {
            return Ok(());
        }
        self.data_version = Some(dv);
        let generation = store.review_generation().map_err(err)?;
        if generation.corrections != self.generation.corrections {
            for c in store
                .corrections_since(self.generation.corrections)
                .map_err(err)?
            {
                self.corrections += 1;
                let id = c.id.unwrap_or(generation.corrections);
                match c.target {
                    Target::Quote | Target::Claim | Target::Stance => {
                        let name = format!("{}:{}", target_prefix(c.target), c.key);
                        let in_force = match c.action {
                            Action::Set => true,
                            Action::Undo => !store
                                .corrections_in_force_for(c.target, &c.key)
                                .map_err(err)?
                                .is_empty(),
                        };
                        if c.target != Target::Stance {
                            self.touched.insert(name.clone(), id);
                        }
                        if in_force {
                            self.decided.insert(name);
                        } else {
                            self.decided.remove(&name);
                        }
                    }
                    Target::Actor | Target::Date => {}
                }
            }
        }
        self.generation = generation;
        Ok(())
    }

    /// Reads the slow parts again if the evidence or the actor corrections changed.
    fn slow_parts(&mut self) -> Result<(), String> {
        let made_for = (
            self.generation.evidence(),
            self.generation.actor_corrections,
        );
        let store = self.reader.as_ref().ok_or("the store is not open")?;
        if self.slow.as_ref().map(|s| s.made_for) != Some(made_for) {
            let candidates = store.speech_needing_look().map_err(err)?;
            let actors = store
                .actors(&detente_store::ActorFilter {
                    limit: Some(MERGE_CHOICES),
                    ..detente_store::ActorFilter::default()
                })
                .map_err(err)?
                .into_iter()
                .map(|a| (a.id, a.name))
                .collect();
            let sides = store
                .actors_with_conflicting_sides(QUEUE_LIMIT)
                .map_err(err)?;
            self.slow = Some(SlowParts {
                made_for,
                candidates,
                actors,
                sides,
            });
        }
        Ok(())
    }
}

/// `text[start-n..start]` and `text[end..end+n]` on character boundaries.
pub(crate) fn around(text: &str, start: usize, end: usize) -> (String, String) {
    let mut a = start.saturating_sub(CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let before = text.get(a..start.min(text.len())).unwrap_or("").to_string();
    let after = text.get(end.min(text.len())..b).unwrap_or("").to_string();
    (before, after)
}

fn why(c: &SpeechCandidate) -> String {
    match c.doubt {
        SpeakerDoubt::NoSpeaker => "no speaker found".into(),
        SpeakerDoubt::NotStored => "speaker is not a stored actor".into(),
        SpeakerDoubt::NotAPerson => format!(
            "speaker is a {}, not a person",
            c.kind.as_deref().unwrap_or("non-person")
        ),
    }
}

/// The queue as the page and `GET /api/review` show it.
pub(crate) fn build_queue(desk: &ReviewDesk) -> Result<Queue, String> {
    let mut state = desk
        .state
        .lock()
        .map_err(|_| "the review desk's lock was poisoned".to_string())?;
    if let Err(e) = state.sync(&desk.db) {
        // A failed read leaves the connection suspect: open it again next time.
        state.reader = None;
        return Err(e);
    }
    state.slow_parts()?;
    let (speakers, sides, actors) = {
        let decided = &state.decided;
        let slow = state.slow.as_ref().ok_or("no queue")?;
        let mut picked: Vec<&SpeechCandidate> = Vec::new();
        for claim in [false, true] {
            picked.extend(
                slow.candidates
                    .iter()
                    .filter(|c| c.claim == claim)
                    .filter(|c| !decided.contains(&format!("{}:{}", speech_target(c.claim), c.key)))
                    .take(QUEUE_LIMIT),
            );
        }
        let picked: Vec<SpeechCandidate> = picked.into_iter().cloned().collect();
        (picked, slow.sides.clone(), slow.actors.clone())
    };
    let store = state.reader.as_ref().ok_or("the store is not open")?;
    let mut items = Vec::with_capacity(speakers.len());
    let mut texts: HashMap<i64, String> = HashMap::new();
    for claim in [false, true] {
        let ids: Vec<i64> = speakers
            .iter()
            .filter(|c| c.claim == claim)
            .map(|c| c.id)
            .collect();
        let by_id: HashMap<i64, &SpeechCandidate> = speakers
            .iter()
            .filter(|c| c.claim == claim)
            .map(|c| (c.id, c))
            .collect();
        for q in store.speech_rows(claim, &ids).map_err(err)? {
            let Some(c) = by_id.get(&q.id) else { continue };
            let text = match texts.entry(q.article_id) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    store
                        .article_text(q.article_id)
                        .map_err(err)?
                        .unwrap_or_default(),
                ),
            };
            let (before, after) = around(
                text,
                usize::try_from(q.start).unwrap_or(0),
                usize::try_from(q.end).unwrap_or(0),
            );
            items.push(SpeechItem {
                claim,
                id: q.id,
                key: q.key,
                speaker: q.speaker,
                mention: q.speaker_mention,
                text: q.text,
                article: q.article,
                why: why(c),
                before,
                after,
            });
        }
    }
    let (stances, stance_status) = stances(desk, &mut state)?;
    Ok(Queue {
        speakers: items,
        stances,
        stance_status,
        sides,
        actors,
        corrections: state.corrections,
    })
}

fn speech_target(claim: bool) -> &'static str {
    if claim {
        "claim"
    } else {
        "quote"
    }
}

/// The stances to show and where linking stands; starts a linking in the background when
/// the linked stances are missing or older than the evidence or the actor corrections.
fn stances(
    desk: &ReviewDesk,
    state: &mut DeskState,
) -> Result<(Vec<StanceItem>, StanceStatus), String> {
    let Some(scenario) = &desk.scenario else {
        state.touched.clear();
        return Ok((Vec::new(), StanceStatus::NoScenario));
    };
    let (lock, cvar) = &*desk.stances;
    let mut st = lock
        .lock()
        .map_err(|_| "the stance queue's lock was poisoned".to_string())?;
    let now = state.generation;
    let current = |l: &Linked| {
        l.generation.evidence() == now.evidence()
            && l.generation.actor_corrections == now.actor_corrections
    };
    let stale = |st: &StanceState, touched: &HashMap<String, i64>| match &st.ready {
        None => true,
        Some(l) => !current(l) || touched.values().any(|id| *id > l.generation.corrections),
    };
    let failed_here = st.failed.as_ref().is_some_and(|(g, _)| *g == now);
    if stale(&st, &state.touched) && !st.running && !failed_here {
        st.running = true;
        st.failed = None;
        let shared = Arc::clone(&desk.stances);
        let db = desk.db.clone();
        let sc = Arc::clone(scenario);
        std::thread::spawn(move || {
            let started = Instant::now();
            let result = link_all(&db, &sc);
            let (lock, cvar) = &*shared;
            if let Ok(mut st) = lock.lock() {
                st.running = false;
                st.runs += 1;
                match result {
                    Ok((generation, items)) => {
                        st.ready = Some(Linked {
                            generation,
                            items,
                            took: started.elapsed(),
                        });
                    }
                    Err(e) => st.failed = Some((now, e)),
                }
            }
            cvar.notify_all();
        });
        // A small store links in a moment: wait a little rather than show an empty list
        // (with stances to show meanwhile, do not wait).
        let deadline = Instant::now() + desk.link_wait;
        while st.running && st.ready.is_none() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            st = cvar
                .wait_timeout(st, left)
                .map_err(|_| "the stance queue's lock was poisoned".to_string())?
                .0;
        }
    }
    if let Some((_, e)) = &st.failed {
        return Ok((Vec::new(), StanceStatus::Failed(e.clone())));
    }
    let Some(linked) = &st.ready else {
        return Ok((Vec::new(), StanceStatus::Linking));
    };
    state
        .touched
        .retain(|_, id| *id > linked.generation.corrections);
    let status = if stale(&st, &state.touched) {
        StanceStatus::Relinking
    } else {
        StanceStatus::Ready
    };
    let items = linked
        .items
        .iter()
        .filter(|s| !state.decided.contains(&format!("stance:{}", s.key)))
        .filter(|s| {
            // A statement corrected since the linking waits for the next one.
            s.key
                .rsplit_once('#')
                .is_none_or(|(statement, _)| !state.touched.contains_key(statement))
        })
        .take(QUEUE_LIMIT)
        .cloned()
        .collect();
    Ok((items, status))
}

/// Links every statement in the store against the scenario, as the machine reads them
/// (the analyst's stance decisions are left out at each request, so deciding a stance
/// needs no new linking), and keeps those worth a look, most urgent first: stances behind
/// a contradiction with the scenario, then the least confident (under
/// [`LOW_CONFIDENCE`]), then those with no party. Returns the store's generation as it
/// was before anything was read.
fn link_all(
    db: &std::path::Path,
    sc: &detente_model::Scenario,
) -> Result<(ReviewGeneration, Vec<StanceItem>), String> {
    let store = AnyStore::open_read_only(db).map_err(err)?;
    let generation = store.review_generation().map_err(err)?;
    let linker = StanceLinker::new(StanceLexicon::new(&detente_positions::scenario_terms(sc)));
    let (statements, keys) = detente_positions::load_statements_with_keys(&store).map_err(err)?;
    let review = detente_positions::review::StanceReview {
        statement_keys: keys,
        by_key: HashMap::new(),
    };
    let report = detente_positions::positions::positions_reviewed(
        &linker,
        &statements,
        &PositionsFilter::default(),
        &review,
    );
    Ok((generation, candidates(&report)))
}

/// The stances of a positions report worth a look, most urgent first.
fn candidates(report: &detente_positions::PositionsReport) -> Vec<StanceItem> {
    let contradicted: HashSet<(String, usize)> = report
        .contradictions
        .iter()
        .flat_map(|c| {
            c.citations
                .iter()
                .map(|x| (x.article.clone(), x.clause_start))
        })
        .collect();
    let entries = report
        .parties
        .iter()
        .flat_map(|p| p.issues.iter().flat_map(|i| i.timeline.iter()))
        .chain(report.unattributed.iter());
    let mut stances = Vec::new();
    for e in entries {
        let Some(key) = &e.key else { continue };
        if parse_stance_key(key).is_none() {
            continue;
        }
        let in_contradiction =
            contradicted.contains(&(e.citation.article.clone(), e.citation.clause_start));
        let why = if in_contradiction {
            "behind a contradiction with the scenario".to_string()
        } else if e.confidence < LOW_CONFIDENCE {
            format!("low confidence {:.2}", e.confidence)
        } else if e.party.is_none() {
            "no party".to_string()
        } else {
            continue;
        };
        stances.push(StanceItem {
            key: key.clone(),
            party: e.party.clone(),
            issue: e.issue.clone(),
            option: e.option.clone(),
            polarity: e.polarity.as_str().to_string(),
            cues: e.cues.clone(),
            confidence: e.confidence,
            speaker: e.citation.speaker.clone(),
            clause: e.citation.clause.clone(),
            text: e.citation.text.clone(),
            article: e.citation.article.clone(),
            why,
        });
    }
    // Contradictions first, then the least confident.
    stances.sort_by(|a, b| {
        let c = |s: &StanceItem| !s.why.starts_with("behind");
        c(a).cmp(&c(b)).then(a.confidence.total_cmp(&b.confidence))
    });
    stances
}

/// How many linkings have finished.
#[cfg(test)]
pub(crate) fn linkings(desk: &ReviewDesk) -> usize {
    desk.stances.0.lock().map_or(0, |st| st.runs)
}

/// How long the last linking took, if one finished (for benchmarks and the page).
pub(crate) fn last_linking(desk: &ReviewDesk) -> Option<Duration> {
    let st = desk.stances.0.lock().ok()?;
    st.ready.as_ref().map(|l| l.took)
}

/// Waits until no linking runs (or `timeout` passes); whether stances are ready.
pub(crate) fn wait_for_linking(desk: &ReviewDesk, timeout: Duration) -> bool {
    let (lock, cvar) = &*desk.stances;
    let Ok(mut st) = lock.lock() else {
        return false;
    };
    let deadline = Instant::now() + timeout;
    while st.running {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        match cvar.wait_timeout(st, left) {
            Ok((g, _)) => st = g,
            Err(_) => return false,
        }
    }
    !st.running && st.ready.is_some()
}
