//! Each party's stated positions per issue over time, from linked statements, and where
//! they contradict the scenario's values.

use crate::frame::{ContextUse, Framing};
use crate::lexicon::StanceLexicon;
use crate::linker::{Polarity, Stance, StanceLinker};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether a statement was quoted directly or reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    #[default]
    Quote,
    Claim,
}

/// One quote or claim, with what is needed to cite it. Offsets are UTF-8 byte offsets into
/// the article text; `text` is `article_text[start..end]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub kind: StatementKind,
    pub article: String,
    #[serde(default)]
    pub article_title: Option<String>,
    /// ISO date the words were said, else the article's date.
    #[serde(default)]
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub affiliation: Option<String>,
    /// The attribution verb as the evidence records it ("said", "rejected").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// The reporting words around that verb in the article ("has flatly rejected"), when
    /// the article was read (see [`crate::frame::article_context`]); else `cue` frames.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<String>,
    /// The sentence before the statement's sentence and the one after, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The words naming the statement's source in its reporting clause ("a senior
    /// Ukrainian official"), when the article was read (see
    /// [`crate::frame::reporting_source`]): they decide the party when the speaker and
    /// affiliation do not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Statement {
    /// What the linker may read around the statement.
    pub fn framing(&self) -> Framing<'_> {
        Framing {
            // With no reporting words read, the cue frames, unless it is the statement's own
            // word (`cue_is_the_statements_own_word`: it is read once, inside).
            frame: self.frame.as_deref().or_else(|| {
                self.cue
                    .as_deref()
                    .filter(|c| !crate::frame::cue_is_the_statements_own_word(&self.text, c))
            }),
            before: self.before.as_deref(),
            after: self.after.as_deref(),
            quote: self.kind == StatementKind::Quote,
        }
    }
}

/// Where a stance was read: the statement and the clause inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub kind: StatementKind,
    pub article: String,
    pub article_title: Option<String>,
    pub date: Option<String>,
    pub speaker: Option<String>,
    /// The whole quote or claim.
    pub text: String,
    /// Its byte span in the article.
    pub start: usize,
    pub end: usize,
    /// The clause the stance was read from, and its byte span in the article.
    pub clause: String,
    pub clause_start: usize,
    pub clause_end: usize,
    /// When the issue or the cue came from a neighbouring sentence: which, and that
    /// sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextUse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_text: Option<String>,
}

/// One stance with its citation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PositionEntry {
    pub date: Option<String>,
    pub issue: String,
    pub option: Option<String>,
    pub option_label: Option<String>,
    pub polarity: Polarity,
    pub party: Option<String>,
    pub cues: Vec<String>,
    pub matched: Vec<String>,
    /// The reporting words that acted on the statement ("rejected"), also in `cues`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frame: Vec<String>,
    /// The party of the speaker who reported another party's position, when `party` is
    /// the party whose wish or refusal the statement describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
    pub confidence: f64,
    pub citation: Citation,
    /// The stance's stable key (statement key and issue), when read from a store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Set when the analyst decided part of this stance (who, when, the machine's values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<detente_store::Review>,
}

/// How often a party's speakers supported or rejected one option, next to the scenario's
/// value for it. Rejecting "X" counts as supporting "no X" and the other way round when
/// the scenario offers both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptionTally {
    pub option: String,
    pub label: String,
    pub supports: usize,
    pub rejects: usize,
    pub neutral: usize,
    /// The party's value for the option in the scenario, if it gives one.
    pub scenario_value: Option<f64>,
    /// `supports` or `rejects` when every statement taking a side went one way.
    pub stated: Option<Polarity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuePositions {
    pub issue: String,
    pub name: String,
    pub options: Vec<OptionTally>,
    /// Stances on the issue in date order (undated last).
    pub timeline: Vec<PositionEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyPositions {
    pub party: String,
    pub name: String,
    pub issues: Vec<IssuePositions>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContradictionKind {
    /// The scenario values the option at or above [`HIGH_VALUE`]; the party's speakers
    /// reject it in every statement that takes a side.
    ValuedButRejected,
    /// The scenario values the option at or below [`LOW_VALUE`]; the party's speakers
    /// support it in every statement that takes a side.
    LowValuedButSupported,
}

pub const HIGH_VALUE: f64 = 0.5;
pub const LOW_VALUE: f64 = 0.2;

/// A place where what a party says and what the scenario assumes disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    pub kind: ContradictionKind,
    pub party: String,
    pub issue: String,
    pub option: String,
    pub option_label: String,
    pub scenario_value: f64,
    /// Statements that took a side on the option (all the same way).
    pub statements: usize,
    pub message: String,
    pub citations: Vec<Citation>,
}

/// Everything `detente positions` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PositionsReport {
    pub statements_read: usize,
    /// Statements with at least one stance.
    pub statements_linked: usize,
    pub stances: usize,
    pub parties: Vec<PartyPositions>,
    /// Stances whose speaker could not be matched to a scenario party.
    pub unattributed: Vec<PositionEntry>,
    pub contradictions: Vec<Contradiction>,
}

/// Restricts a report to one issue and/or one party.
#[derive(Debug, Clone, Default)]
pub struct PositionsFilter {
    pub issue: Option<String>,
    pub party: Option<String>,
}

fn citation(s: &Statement, st: &Stance) -> Citation {
    let clause = s.text.get(st.start..st.end).unwrap_or("").to_string();
    Citation {
        kind: s.kind,
        article: s.article.clone(),
        article_title: s.article_title.clone(),
        date: s.date.clone(),
        speaker: s.speaker.clone(),
        text: s.text.clone(),
        start: s.start,
        end: s.end,
        clause,
        clause_start: s.start + st.start,
        clause_end: s.start + st.end,
        context: st.context,
        context_text: st.context.and_then(|c| {
            if c.is_before() {
                s.before.clone()
            } else {
                s.after.clone()
            }
        }),
    }
}

fn date_key(d: &Option<String>) -> (bool, &str) {
    (d.is_none(), d.as_deref().unwrap_or_default())
}

/// Rule: a contradiction with the scenario is raised only on stances whose side some words
/// decided (a cue, a negation, a frame or a condition: `cues` not empty). A clause that
/// only names one option, read as putting it forward ("the tariff would stay"), counts in
/// the tallies but is too weak to tell an analyst the scenario is wrong; on the development
/// sets such stances made most of the wrong flags.
fn flag_evidence(e: &PositionEntry) -> bool {
    !e.cues.is_empty()
}

/// The stances of one statement, each with its holder's party: the speaker's (from the
/// affiliation, the name, or the same speaker elsewhere: `speakers`), unless the statement
/// gives the position to another party.
fn link_statement(
    linker: &StanceLinker,
    speakers: &crate::speakers::SpeakerParties,
    s: &Statement,
) -> Vec<Stance> {
    let lex = linker.lexicon();
    let mut stances = linker.link_framed(
        &s.text,
        s.speaker.as_deref(),
        s.affiliation.as_deref(),
        &s.framing(),
    );
    crate::linker::an_analyst_speaks_for_no_party(&mut stances, names_analyst(s.source.as_deref()));
    // A speaker quoted here without an affiliation may have one elsewhere.
    if stances.iter().any(|st| st.party.is_none()) {
        let party = speakers
            .party_of(lex, s.affiliation.as_deref(), s.speaker.as_deref())
            .or_else(|| source_party(lex, s.source.as_deref()))
            .or_else(|| {
                (!names_analyst(s.source.as_deref()))
                    .then(|| lex.party_of_content_subject(&s.text))
                    .flatten()
            })
            .map(|i| lex.parties[i].id.clone());
        if crate::linker::outside_voice_takes_no_party_position(
            s.speaker.as_deref(),
            names_analyst(s.source.as_deref()),
            party.is_some(),
        ) {
            stances.retain(|st| st.party.is_some() || st.polarity == Polarity::Neutral);
        }
        for st in &mut stances {
            if st.party.is_none() {
                st.party.clone_from(&party);
            } else if st.reported_by.is_none() && party.as_ref() != st.party.as_ref() {
                // Another party's position, reported by this speaker.
                st.reported_by.clone_from(&party);
            }
        }
    }
    stances
}

/// Rule `pronoun_speaker_continues`: a statement with no speaker whose reporting clause
/// names its source by a bare "he" or "she" ("'We will not sign,' he added") continues the
/// statement just before it in the same article (none between, at most `PRONOUN_REACH`
/// bytes apart; a statement embedded in an earlier one counts as that one): it takes that
/// statement's speaker and affiliation, for its party. Returns,
/// per statement, the statement to link in its place.
pub fn pronoun_speakers_continue(statements: &[Statement]) -> Vec<Option<Statement>> {
    const PRONOUN_REACH: usize = 600;
    let mut by_article: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, s) in statements.iter().enumerate() {
        by_article.entry(s.article.as_str()).or_default().push(i);
    }
    let mut out = vec![None; statements.len()];
    for idx in by_article.values_mut() {
        idx.sort_by_key(|&i| statements[i].start);
        for w in 1..idx.len() {
            let s = &statements[idx[w]];
            let pronoun = s
                .source
                .as_deref()
                .is_some_and(|src| matches!(src.trim().to_lowercase().as_str(), "he" | "she"));
            if s.speaker.is_some() || !pronoun {
                continue;
            }
            // A statement embedded in an earlier one ("Moscow wants ..." inside "Moscow
            // wants ..., a negotiator said") is not a turn of its own: take the outer one.
            let mut p = w - 1;
            while p > 0 && {
                let (inner, outer) = (&statements[idx[p]], &statements[idx[p - 1]]);
                outer.start <= inner.start && inner.end <= outer.end
            } {
                p -= 1;
            }
            let prev = &statements[idx[p]];
            if prev.speaker.is_some() && prev.end <= s.start && s.start - prev.end <= PRONOUN_REACH
            {
                let mut c = s.clone();
                c.speaker.clone_from(&prev.speaker);
                c.affiliation.clone_from(&prev.affiliation);
                out[idx[w]] = Some(c);
            }
        }
    }
    out
}

/// Rule `party_from_reporting_source`: a statement whose speaker and affiliation name no
/// party takes the party named in the words of its reporting clause that name its source
/// ("a senior Ukrainian official said", "the diplomat" standing for "a senior Russian
/// diplomat"), unless they name an analyst or an expert (the `analyst` words of the shared role
/// table, `detente_lang::roles`), who speaks for no party.
pub fn source_party(lex: &StanceLexicon, source: Option<&str>) -> Option<usize> {
    let source = source?;
    if names_analyst(Some(source)) {
        return None;
    }
    lex.party_of(Some(source), None)
}

/// Whether the words naming a statement's source name an analyst or an expert.
fn names_analyst(source: Option<&str>) -> bool {
    let analysts = analyst_words();
    source.is_some_and(|source| {
        crate::text::tokenize(source)
            .iter()
            .any(|t| analysts.contains(t.lower.as_str()))
    })
}

/// The `analyst` role words of the shared role table (`detente_lang::roles`).
fn analyst_words() -> &'static std::collections::HashSet<String> {
    static W: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        detente_lang::roles::role_words()
            .analysts
            .iter()
            .filter_map(|w| w.split_whitespace().last())
            .map(str::to_string)
            .collect()
    })
}

/// Links every statement and gathers the stances by party and issue.
pub fn positions(
    linker: &StanceLinker,
    statements: &[Statement],
    filter: &PositionsFilter,
) -> PositionsReport {
    positions_reviewed(
        linker,
        statements,
        filter,
        &crate::review::StanceReview::default(),
    )
}

/// [`positions`] with the analyst's stance corrections applied after linking.
pub fn positions_reviewed(
    linker: &StanceLinker,
    statements: &[Statement],
    filter: &PositionsFilter,
    review: &crate::review::StanceReview,
) -> PositionsReport {
    let lex: &StanceLexicon = linker.lexicon();
    let mut entries: Vec<PositionEntry> = Vec::new();
    let mut linked = 0usize;
    let mut speakers = lex.speaker_parties(
        statements
            .iter()
            .map(|s| (s.speaker.as_deref(), s.affiliation.as_deref())),
    );
    speakers.learn_from_sources(
        lex,
        statements.iter().map(|s| {
            (
                s.speaker.as_deref(),
                s.affiliation.as_deref(),
                s.source.as_deref(),
            )
        }),
    );
    // Statements are linked independently, so in parallel; the order of the results is the
    // statements' order, so the report does not depend on the number of threads.
    use rayon::prelude::*;
    let continued = pronoun_speakers_continue(statements);
    let linked_stances: Vec<Vec<Stance>> = statements
        .par_iter()
        .zip(continued.par_iter())
        .map(|(s, c)| link_statement(linker, &speakers, c.as_ref().unwrap_or(s)))
        .collect();
    for ((index, s), stances) in statements.iter().enumerate().zip(linked_stances) {
        let before = entries.len();
        for crate::review::Reviewed {
            stance: st,
            key,
            review,
        } in review.apply(index, s.kind, stances)
        {
            if filter.issue.as_ref().is_some_and(|i| *i != st.issue) {
                continue;
            }
            let option_label = st.option.as_ref().and_then(|o| {
                lex.issues
                    .iter()
                    .find(|i| i.id == st.issue)
                    .and_then(|i| i.options.iter().find(|x| x.id == *o))
                    .map(|x| x.label.clone())
            });
            entries.push(PositionEntry {
                date: s.date.clone(),
                issue: st.issue.clone(),
                option: st.option.clone(),
                option_label,
                polarity: st.polarity,
                party: st.party.clone(),
                cues: st.cues.clone(),
                matched: st.matched.clone(),
                frame: st.frame.clone(),
                reported_by: st.reported_by.clone(),
                confidence: st.confidence,
                citation: citation(s, &st),
                key,
                review,
            });
        }
        if entries.len() > before {
            linked += 1;
        }
    }
    entries.sort_by(|a, b| {
        date_key(&a.date)
            .cmp(&date_key(&b.date))
            .then_with(|| a.citation.article.cmp(&b.citation.article))
            .then_with(|| a.citation.clause_start.cmp(&b.citation.clause_start))
    });
    let stances = entries.len();

    let mut unattributed = Vec::new();
    let mut by_party: BTreeMap<String, Vec<PositionEntry>> = BTreeMap::new();
    for e in entries {
        match &e.party {
            Some(p) => by_party.entry(p.clone()).or_default().push(e),
            None => unattributed.push(e),
        }
    }
    if filter.party.is_some() {
        unattributed.clear();
    }

    let mut parties = Vec::new();
    let mut contradictions = Vec::new();
    for (pi, party) in lex.parties.iter().enumerate() {
        if filter.party.as_ref().is_some_and(|p| *p != party.id) {
            continue;
        }
        let mine = by_party.remove(&party.id).unwrap_or_default();
        let values = lex
            .source
            .parties
            .get(pi)
            .map(|p| &p.values)
            .cloned()
            .unwrap_or_default();
        let mut issues = Vec::new();
        // The party's stances by issue, moved (in date order) rather than copied.
        let mut by_issue: Vec<Vec<PositionEntry>> = vec![Vec::new(); lex.issues.len()];
        for e in mine {
            if let Some(k) = lex.issues.iter().position(|i| i.id == e.issue) {
                by_issue[k].push(e);
            }
        }
        for (issue, timeline) in lex.issues.iter().zip(by_issue) {
            if timeline.is_empty() {
                continue;
            }
            let mut options = Vec::new();
            for opt in &issue.options {
                let complement = opt.complement.map(|c| issue.options[c].id.as_str());
                let mut t = OptionTally {
                    option: opt.id.clone(),
                    label: opt.label.clone(),
                    supports: 0,
                    rejects: 0,
                    neutral: 0,
                    scenario_value: values.get(&issue.id).and_then(|m| m.get(&opt.id)).copied(),
                    stated: None,
                };
                // Indices in `timeline` of the statements a flag would cite.
                let mut cites: Vec<usize> = Vec::new();
                // Stances whose polarity words decided (see `flag_evidence`): supports, rejects.
                let (mut cued_s, mut cued_r) = (0usize, 0usize);
                for (k, e) in timeline.iter().enumerate() {
                    let Some(o) = e.option.as_deref() else {
                        continue;
                    };
                    let direct = o == opt.id;
                    let via_complement = complement == Some(o);
                    let pol = match (direct, via_complement) {
                        (true, _) => e.polarity,
                        (false, true) => match e.polarity {
                            Polarity::Supports => Polarity::Rejects,
                            Polarity::Rejects => Polarity::Supports,
                            Polarity::Neutral => continue,
                        },
                        _ => continue,
                    };
                    match pol {
                        Polarity::Supports => t.supports += 1,
                        Polarity::Rejects => t.rejects += 1,
                        Polarity::Neutral => t.neutral += 1,
                    }
                    if pol != Polarity::Neutral && flag_evidence(e) {
                        cites.push(k);
                        match pol {
                            Polarity::Supports => cued_s += 1,
                            _ => cued_r += 1,
                        }
                    }
                }
                t.stated = match (t.supports, t.rejects) {
                    (s, 0) if s > 0 => Some(Polarity::Supports),
                    (0, r) if r > 0 => Some(Polarity::Rejects),
                    _ => None,
                };
                let cued = match (cued_s, cued_r) {
                    (s, 0) if s > 0 => Some(Polarity::Supports),
                    (0, r) if r > 0 => Some(Polarity::Rejects),
                    _ => None,
                };
                if let Some(v) = t.scenario_value.filter(|_| cued == t.stated) {
                    let kind = match t.stated {
                        Some(Polarity::Rejects) if v >= HIGH_VALUE => {
                            Some(ContradictionKind::ValuedButRejected)
                        }
                        Some(Polarity::Supports) if v <= LOW_VALUE => {
                            Some(ContradictionKind::LowValuedButSupported)
                        }
                        _ => None,
                    };
                    if let Some(kind) = kind {
                        let n = cued_s + cued_r;
                        let message = match kind {
                            ContradictionKind::ValuedButRejected => format!(
                                "the scenario gives {} a value of {v:.2} for \"{}\" on {}, but its speakers reject it in all {n} statement(s) that take a side",
                                party.name, opt.label, issue.name
                            ),
                            ContradictionKind::LowValuedButSupported => format!(
                                "the scenario gives {} a value of only {v:.2} for \"{}\" on {}, but its speakers support it in all {n} statement(s) that take a side",
                                party.name, opt.label, issue.name
                            ),
                        };
                        let citations: Vec<Citation> = cites
                            .iter()
                            .take(5)
                            .map(|&k| timeline[k].citation.clone())
                            .collect();
                        contradictions.push(Contradiction {
                            kind,
                            party: party.id.clone(),
                            issue: issue.id.clone(),
                            option: opt.id.clone(),
                            option_label: opt.label.clone(),
                            scenario_value: v,
                            statements: n,
                            message,
                            citations,
                        });
                    }
                }
                options.push(t);
            }
            issues.push(IssuePositions {
                issue: issue.id.clone(),
                name: issue.name.clone(),
                options,
                timeline,
            });
        }
        parties.push(PartyPositions {
            party: party.id.clone(),
            name: party.name.clone(),
            issues,
        });
    }

    PositionsReport {
        statements_read: statements.len(),
        statements_linked: linked,
        stances,
        parties,
        unattributed,
        contradictions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(start: usize, speaker: Option<&str>, source: Option<&str>) -> Statement {
        Statement {
            article: "a.txt".into(),
            start,
            end: start + 40,
            speaker: speaker.map(String::from),
            affiliation: speaker.map(|_| "Harbour Board".to_string()),
            source: source.map(String::from),
            ..Default::default()
        }
    }

    #[test]
    fn a_cue_that_is_the_statement_frames_nothing() {
        let mut s = statement(0, Some("Latvia"), None);
        s.text = "refused".into();
        s.cue = Some("refused".into());
        assert_eq!(s.framing().frame, None);
        s.text = "the toll must go".into();
        assert_eq!(s.framing().frame, Some("refused"));
    }

    #[test]
    fn a_pronoun_source_continues_the_statement_before() {
        let mut inner = statement(10, Some("Port of Calder"), None);
        inner.affiliation = Some("Port of Calder".into());
        inner.end = 40;
        let s = vec![
            statement(0, Some("Ana Ruiz"), Some("Ana Ruiz")),
            // "the port wants ...", embedded in Ruiz's statement.
            inner,
            statement(60, None, Some("she")),
            // Too far from the one before, and a source of its own.
            statement(2000, None, Some("she")),
            statement(2060, None, Some("a fisherman")),
        ];
        let c = pronoun_speakers_continue(&s);
        let continued = c[2].as_ref().expect("continued");
        assert_eq!(continued.speaker.as_deref(), Some("Ana Ruiz"));
        assert_eq!(continued.affiliation.as_deref(), Some("Harbour Board"));
        assert!(c[0].is_none() && c[1].is_none() && c[3].is_none() && c[4].is_none());
    }
}
