//! Linking one statement (a quote or a claim) to the scenario: which issues it is about,
//! which option it supports or rejects, and the words that decided.
//!
//! Method, per clause of the statement:
//! 1. find each issue's terms (name, keywords, option labels and keywords; party names
//!    match through any of the party's aliases, so "Kremlin" meets "Russian");
//! 2. an issue is linked when a keyword is found whole, or enough of its name (with its
//!    head or a proper name) or of an option label is found, including at least one word
//!    that is neither generic nor a party name; a one-word keyword another issue also uses
//!    needs support, and one used as a verb on another object does not count;
//! 3. conditions ("only if", "as long as", "unless", "until", an opening "without" or
//!    "if") split the clause into regions that cues do not cross;
//! 4. the cue words around that target (from the previous target, or the clause start, to
//!    the next target or the first comma after it) decide the polarity: each oppose cue
//!    and each negation flips, so "must renounce" rejects and "will never agree to give
//!    up" supports; a condition's content takes its sign from the kind of condition and
//!    the main clause; no cue leaves a neutral mention, unless the clause names exactly
//!    one option, which it then puts forward;
//! 5. the option is the one whose label (or a synonym of its words) or keyword is best
//!    covered; when a label and its negation tie ("NATO membership" / "no NATO
//!    membership"), the polarity picks the one the statement supports;
//! 6. per statement, neutral mentions beside a stance (on the same issue, or in the same
//!    noun phrase as a stance on another) and repeats are dropped.

use crate::frame::{subject_holder, AttitudeVerbs, ContextUse, FrameCues, Framing, Holder};
use crate::grammar::{
    compared, conditions, coordinated, is_subordinator, is_verb_like, on_the_table, ConditionKind,
};
use crate::lexicon::{CueSense, StanceLexicon};
use crate::text::{clauses, is_negation, is_stopword, tokenize, Token};
use serde::{Deserialize, Serialize};

mod ballot;
mod consequence;
mod context;
mod cue_marks;
mod cue_rules;
mod label_parts;
mod matching;
mod outside_voice;
mod removal;
mod shared_words;
mod status_quo;
mod word_rules;

pub use outside_voice::{an_analyst_speaks_for_no_party, outside_voice_takes_no_party_position};

/// Which way a statement leans on an option (or, with no option, on the issue's subject).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Supports,
    Rejects,
    /// The statement is about the issue but takes no side that the words show.
    Neutral,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Supports => "supports",
            Polarity::Rejects => "rejects",
            Polarity::Neutral => "neutral",
        }
    }
    fn flip(self) -> Self {
        match self {
            Polarity::Supports => Polarity::Rejects,
            Polarity::Rejects => Polarity::Supports,
            Polarity::Neutral => Polarity::Neutral,
        }
    }
}

/// One stance found in a statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// Scenario issue id.
    pub issue: String,
    /// Scenario option id, when the words single one out.
    pub option: Option<String>,
    pub polarity: Polarity,
    /// The speaker's party (scenario party id), from their affiliation.
    pub party: Option<String>,
    /// Parties named in the clause ("Kyiv must ..." names Ukraine).
    pub mentioned_parties: Vec<String>,
    /// Cue words and negations that decided the polarity, as written.
    pub cues: Vec<String>,
    /// Words that linked the clause to the issue and option, as written.
    pub matched: Vec<String>,
    /// Byte range of the clause within the statement text.
    pub start: usize,
    pub end: usize,
    /// A rough 0..1 score: higher with a cue word and a well-covered option label.
    pub confidence: f64,
    /// The reporting words whose cues acted on the statement ("rejected", "has flatly
    /// ruled out"); they are also among `cues`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frame: Vec<String>,
    /// Set when the issue or the cue came from a neighbouring sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextUse>,
    /// When the clause states another party's position ("Moscow wants ..."), `party` is
    /// that party and this is the speaker's party, who reported it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<String>,
}

/// The stance cues of a statement's reporting words, combined: their sign and the words.
#[derive(Debug, Clone)]
struct FrameCue {
    sign: i8,
    words: Vec<String>,
}

/// Links statements to a scenario's issues and options. Build once, call [`Self::link`]
/// per statement.
#[derive(Debug, Clone)]
pub struct StanceLinker {
    lexicon: StanceLexicon,
    attitude: AttitudeVerbs,
    frame_cues: FrameCues,
    /// Per issue: the distinct words of its terms, to tell at once whether a statement
    /// can name it (see [`Self::issues_present`]).
    issue_words: Vec<Vec<crate::lexicon::TermWord>>,
    /// Per issue, per option: the features of its label (see [`label_parts`]).
    label_parts: Vec<Vec<Vec<Vec<usize>>>>,
}

#[derive(Debug, Clone, Copy)]
struct CueMark {
    first: usize,
    len: usize,
    /// -1 for an oppose cue or a negation, +1 for a support cue.
    sign: i8,
    negation: bool,
}

#[derive(Debug, Default)]
struct TermHit {
    matched_weight: f64,
    total_weight: f64,
    tokens: Vec<usize>,
    distinctive_tokens: Vec<usize>,
    all_found: bool,
    any_distinctive: bool,
    any_discriminative: bool,
    /// A head or proper name of an issue name was found (see `TermWord::key`).
    any_key: bool,
    /// Words found that are not party names.
    content_words: usize,
    /// Weight of the discriminative words found, and of all of them.
    discriminative_found: f64,
    discriminative_total: f64,
}

#[derive(Debug)]
struct Target {
    issue: usize,
    /// Token span (inclusive) of the issue's words in the statement.
    first: usize,
    last: usize,
    matched: Vec<usize>,
    /// The matched words that come from the issue's name or a keyword (not an option
    /// label's loose description) and negations that are part of a keyword: cue words
    /// among them are the scenario's words, not the speaker's stance ("renounce NATO").
    phrase: Vec<usize>,
    /// The words that linked the issue (not the ones that only widened the span).
    anchors: Vec<usize>,
    option_scores: Vec<f64>,
    /// Per option: its best evidence was one of its keywords (a negated one found with its
    /// negation, "no NATO"), which names the option as it stands: no flip for a label
    /// that denies its words.
    option_direct: Vec<bool>,
    /// Per option: the tokens its label's words were found at.
    option_tokens: Vec<Vec<usize>>,
    /// Per option: a word its label says is done in full (the issue's own action after a
    /// totality word) was found (see `bare_action_names_its_whole_option`).
    option_whole: Vec<bool>,
    /// A novelty word stands right before it (`status_quo::named_as_new`).
    new_thing: bool,
}

const NAME_LINK: f64 = 0.4;
const LABEL_LINK: f64 = 0.6;
const OPTION_PICK: f64 = 0.5;
/// Option score of a label named by two neighbouring words only it has.
const LABEL_PHRASE: f64 = 0.75;
/// How far apart (in tokens) the words of an option keyword may be found.
const KEYWORD_SPREAD: usize = 8;
/// Weight of the words found in an option score, only to break ties.
const TIE_BREAK: f64 = 1e-4;
/// Linking words further apart than this (in tokens) are separate mentions.
const CLUSTER_GAP: usize = 4;

impl StanceLinker {
    pub fn new(lexicon: StanceLexicon) -> Self {
        let issue_words = lexicon
            .issues
            .iter()
            .map(|issue| {
                let mut ws: Vec<crate::lexicon::TermWord> = Vec::new();
                for w in issue.terms.iter().flat_map(|t| t.words.iter()) {
                    if !ws
                        .iter()
                        .any(|x| x.id == w.id && x.party == w.party && x.lower == w.lower)
                    {
                        ws.push(w.clone());
                    }
                }
                ws
            })
            .collect();
        let label_parts = lexicon
            .issues
            .iter()
            .map(|issue| {
                issue
                    .options
                    .iter()
                    .map(|o| label_parts::label_parts(&o.label, &o.core))
                    .collect()
            })
            .collect();
        StanceLinker {
            issue_words,
            label_parts,
            lexicon,
            attitude: AttitudeVerbs::default(),
            frame_cues: FrameCues::default(),
        }
    }

    pub fn lexicon(&self) -> &StanceLexicon {
        &self.lexicon
    }

    /// The stances in one statement. `speaker` and `affiliation` come from the evidence
    /// records (the quote's speaker and that actor's affiliation) and only decide the
    /// party; the text alone decides issues, options and polarity.
    pub fn link(
        &self,
        text: &str,
        speaker: Option<&str>,
        affiliation: Option<&str>,
    ) -> Vec<Stance> {
        self.link_framed(text, speaker, affiliation, &Framing::default())
    }

    /// The stances in one statement read with what surrounds it (see [`Framing`]):
    /// - the reporting words' cues act on the statement as a whole
    ///   ([`Self::frame_polarity`]);
    /// - a neighbouring sentence supplies the issue or the cue the statement lacks
    ///   ([`Self::issue_from_context`], [`Self::cue_from_context`]);
    /// - a clause whose attitude verb has another party as subject states that party's
    ///   position, and one whose subject is a third person in a quote is dropped
    ///   ([`subject_holder`]).
    pub fn link_framed(
        &self,
        text: &str,
        speaker: Option<&str>,
        affiliation: Option<&str>,
        framing: &Framing,
    ) -> Vec<Stance> {
        let party = self.lexicon.party_of(affiliation, speaker);
        let frame = framing.frame.and_then(|f| self.frame_cue(f));
        let mut out = self.link_core(text, party, frame.as_ref(), framing.quote);
        if cue_rules::embedded_question(&tokenize(text)) {
            return out;
        }
        if out.is_empty() {
            out = self.issue_from_context(text, party, frame.as_ref(), framing);
        } else if frame.is_none()
            && out
                .iter()
                .all(|s| s.polarity == Polarity::Neutral && s.cues.is_empty())
        {
            if let Some(better) = self.cue_from_context(text, party, framing) {
                out = better;
            }
        }
        out
    }

    /// The sign the reporting words give a statement, and the words that gave it. Rule:
    /// the reporting clause's own stance cues ("rejected", "ruled out", "refused",
    /// "warned against" oppose; "insisted", "demanded", "welcomed", "accepted", "called
    /// for" support), each negation flipping ("did not rule out" supports), act on the
    /// reported content as a cue before it would: neutral mentions take the frame's side,
    /// and a stance the content takes itself is multiplied by it ("rejected" + "Kyiv must
    /// withdraw" rejects the withdrawal; "insisted" + "we will never recognise" still
    /// rejects). Reporting words with no stance cue ("said", "told") frame nothing.
    pub fn frame_polarity(&self, frame: &str) -> Option<(Polarity, Vec<String>)> {
        self.frame_cue(frame).map(|f| {
            (
                if f.sign < 0 {
                    Polarity::Rejects
                } else {
                    Polarity::Supports
                },
                f.words,
            )
        })
    }

    fn link_core(
        &self,
        text: &str,
        party_index: Option<usize>,
        frame: Option<&FrameCue>,
        quote: bool,
    ) -> Vec<Stance> {
        let party = party_index.map(|i| self.lexicon.parties[i].id.clone());
        let frame_sign = frame.map_or(1, |f| f.sign);
        let tokens = tokenize(text);
        if tokens.is_empty() {
            return Vec::new();
        }
        let parties = self.party_marks(&tokens);
        let mut cues = self.cue_marks(&tokens);
        removal::judging_the_thing_removed_backs_its_removal(&tokens, &mut cues);
        let hits = matching::WordHits::new(&self.lexicon, &tokens, &parties);
        let present = self.issues_present(&hits);
        let asked = cue_rules::embedded_question(&tokens);
        let mut out = Vec::new();
        for clause in clauses(text, &tokens) {
            let conds = conditions(text, &tokens, clause.first, clause.last);
            // An alternative set aside is a mention of its own, even close to the main one
            // (`alternative_is_a_mention_of_its_own`).
            let spans = cue_rules::spans_apart_from_alternatives(&conds, clause.first, clause.last);
            let mut targets: Vec<Target> = (0..self.lexicon.issues.len())
                .filter(|&ii| present[ii])
                .flat_map(|ii| {
                    spans
                        .iter()
                        .flat_map(|&(a, b)| self.match_issue(ii, &tokens, &parties, &hits, a, b))
                        .collect::<Vec<_>>()
                })
                .collect();
            ballot::drop_votes_on_other_things(&tokens, &mut targets);
            // A target whose linking words all belong to a stronger target of another
            // issue is that issue's echo ("membership" in "NATO membership" is not also
            // EU membership).
            let anchors: Vec<Vec<usize>> = targets.iter().map(|t| t.anchors.clone()).collect();
            let mut keep = vec![true; targets.len()];
            for a in 0..targets.len() {
                for b in 0..targets.len() {
                    if a != b
                        && targets[a].issue != targets[b].issue
                        && anchors[b].len() > anchors[a].len()
                        && anchors[a].iter().all(|x| anchors[b].contains(x))
                    {
                        keep[a] = false;
                    }
                }
            }
            let mentions: Vec<(usize, &[usize])> = targets
                .iter()
                .zip(&anchors)
                .map(|(t, a)| (t.issue, a.as_slice()))
                .collect();
            let shared = shared_words::lone_shared_word_goes_to_the_issue_named_beside_it(
                &mentions,
                |ii, i| shared_words::issue_uses_word(&self.issue_words[ii], &tokens[i]),
            );
            let mut k = keep.iter().zip(shared);
            targets.retain(|_| k.next().is_none_or(|(a, b)| *a && b));
            targets.sort_by_key(|t| (t.first, t.last));
            let mentioned: Vec<String> = {
                let mut m: Vec<usize> = parties[clause.first..clause.last]
                    .iter()
                    .flatten()
                    .copied()
                    .collect();
                m.sort_unstable();
                m.dedup();
                m.into_iter()
                    .map(|i| self.lexicon.parties[i].id.clone())
                    .collect()
            };
            // Conditions split a clause into regions: cues do not cross between the main
            // clause and a condition, and a condition's content takes its sign from the
            // kind of condition and from the main clause (see `ConditionKind`).
            let region = |i: usize| -> Option<usize> {
                conds.iter().rposition(|c| i >= c.marker && i < c.end)
            };
            // Comparisons ("the way NATO members do") are dropped when something else in
            // the clause is the subject.
            if targets.len() > 1 {
                let keep: Vec<bool> = targets
                    .iter()
                    .map(|t| !compared(&tokens, &parties, clause.first, t.first))
                    .collect();
                if keep.iter().any(|k| *k) {
                    let mut k = keep.iter();
                    targets.retain(|_| k.next().copied().unwrap_or(true));
                }
            }
            // Pass 1: each target's own cues, left (from the previous target or the clause
            // start), inside, and right (up to a comma, a conjunction or a subordinate clause).
            let mut scopes: Vec<Vec<CueMark>> = Vec::with_capacity(targets.len());
            let mut lefts: Vec<usize> = Vec::with_capacity(targets.len());
            for (ti, target) in targets.iter().enumerate() {
                let r = region(target.first);
                let mut left = if ti > 0 && targets[ti - 1].last < target.first {
                    targets[ti - 1].last + 1
                } else {
                    clause.first
                };
                if let Some(c) = r {
                    // A mention that starts at the condition's marker ("once a ceasefire"
                    // as a keyword) keeps its own start.
                    left = left.max(conds[c].body).min(target.first);
                }
                // A reason or a time clause ("because ...", "since ...") is not what the
                // verb before it governs.
                if let Some(p) = tokens[left..target.first].iter().rposition(|t| {
                    matches!(
                        t.lower.as_str(),
                        "because" | "since" | "whereas" | "after" | "before"
                    )
                }) {
                    left += p + 1;
                }
                // "X was not enough and that Y would ...": a second reported clause.
                if let Some(p) = cue_rules::second_content_clause(&tokens[left..target.first]) {
                    left += p;
                }
                let right_limit = targets
                    .get(ti + 1)
                    .map(|n| n.first.max(target.last + 1))
                    .unwrap_or(clause.last)
                    .min(clause.last);
                let mut right = target.last + 1;
                while right < right_limit {
                    let later = right > target.last + 1;
                    let comma = text[tokens[right - 1].end..tokens[right].start].contains(',');
                    // "..., calling it too costly": a participle after a comma is a new
                    // predication, about the speaker's reasons, not the target.
                    if comma && (later || tokens[right].lower.ends_with("ing")) {
                        break;
                    }
                    if region(right) != r {
                        break;
                    }
                    // "X, against which ...": the preposition belongs to the relative clause.
                    let relative_next = tokens
                        .get(right + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "which" | "whom"));
                    if relative_next
                        || (later && is_subordinator(&tokens[right].lower))
                        || matches!(tokens[right].lower.as_str(), "and" | "or" | "nor" | "but")
                    {
                        break;
                    }
                    right += 1;
                }
                let marker = r.map(|c| conds[c].marker);
                let label_words = self.label_words(target);
                let in_scope = |m: &CueMark| {
                    let inside = (m.first >= left && m.first < target.first)
                        || (m.first > target.first && m.first < target.last)
                        || (m.first > target.last && m.first < right);
                    // "without" governs what follows it: in "any deal reached without
                    // it" the deal is not denied (see `without_qualifies`).
                    let without_after = without_qualifies(&tokens, m, target.first);
                    let content =
                        negation_in_content_clause(&tokens, &cues, m, target.first, right);
                    inside
                        && !content
                        && region(m.first) == r
                        && Some(m.first) != marker
                        && !without_after
                        && !(m.first..m.first + m.len).any(|i| target.phrase.contains(&i))
                        && !(m.first..m.first + m.len).any(|i| label_words.contains(&i))
                        // A negation inside a label's words ("non-sensitive products") is
                        // part of what is named.
                        && !(m.negation && target.matched.contains(&m.first))
                };
                scopes.push(
                    cues.iter()
                        .copied()
                        .filter(in_scope)
                        .map(|m| {
                            if cue_rules::standard_after_shortfall(&tokens, &m, &target.matched) {
                                CueMark { sign: 1, ..m }
                            } else {
                                m
                            }
                        })
                        .collect(),
                );
                lefts.push(left);
            }
            // Pass 2: coordination. "We reject X and Y" carries "reject" on to Y; "X and Y
            // are unacceptable" carries "unacceptable" back to X.
            for ti in 1..targets.len() {
                let (left, first) = (lefts[ti], targets[ti].first);
                // "X, including Y and Z": Y and Z are part of X and share its stance.
                let gap_from = targets[ti - 1].last + 1;
                let listed = gap_from < first
                    && first - gap_from <= 12
                    && (matches!(
                        tokens[first - 1].lower.as_str(),
                        "including" | "notably" | "especially" | "particularly"
                    ) || (first >= 2
                        && tokens[first - 2].lower == "such"
                        && tokens[first - 1].lower == "as"));
                if listed && scopes[ti].is_empty() && !scopes[ti - 1].is_empty() {
                    scopes[ti] = scopes[ti - 1].clone();
                    continue;
                }
                if left > first || !coordinated(&tokens[left..first], &parties[left..first]) {
                    continue;
                }
                let has_left = scopes[ti].iter().any(|m| m.first < first);
                let prev_has = !scopes[ti - 1].is_empty();
                if !has_left && prev_has {
                    let prev_last = targets[ti - 1].last;
                    let mut inherited: Vec<CueMark> = scopes[ti - 1]
                        .iter()
                        .copied()
                        .filter(|m| m.first < prev_last)
                        .collect();
                    inherited.extend(scopes[ti].iter().copied());
                    scopes[ti] = inherited;
                } else if !prev_has && !scopes[ti].is_empty() {
                    let last = targets[ti].last;
                    let right: Vec<CueMark> = scopes[ti]
                        .iter()
                        .copied()
                        .filter(|m| m.first > last)
                        .collect();
                    scopes[ti - 1] = right;
                }
            }
            let clause_start = out.len();
            // Token span and region of each stance pushed for this clause.
            let mut spans: Vec<(usize, usize, Option<usize>)> = Vec::new();
            let sign_of = |marks: &mut dyn Iterator<Item = &CueMark>| -> i8 {
                if marks.filter(|m| m.sign < 0).count() % 2 == 1 {
                    -1
                } else {
                    1
                }
            };
            // The main clause's sign, for conditions: "there is no deal" is negative.
            let main_sign = frame_sign
                * sign_of(
                    &mut cues
                        .iter()
                        .filter(|m| m.first >= clause.first && m.first < clause.last)
                        .filter(|m| region(m.first).is_none() && m.sign != 0),
                );
            let question = asked || text[clause.end..].trim_start().starts_with('?');
            for (ti, target) in targets.iter().enumerate() {
                let scope = &scopes[ti];
                let polar =
                    scope.iter().any(|m| m.sign != 0) && !cue_rules::denied_discussion(scope);
                let inner = sign_of(&mut scope.iter());
                let r = region(target.first);
                let to_polarity = |sign: i8| {
                    if sign < 0 {
                        Polarity::Rejects
                    } else {
                        Polarity::Supports
                    }
                };
                // The frame acts on the main clause (see `frame_polarity`), not on a
                // mention only spoken of ("discussed") or asked about.
                let topic = scope.iter().any(|m| m.sign == 0);
                let framed = frame.is_some() && r.is_none() && !topic && !question;
                let polarity = match r.map(|c| conds[c].kind) {
                    _ if asked => Polarity::Neutral,
                    None if framed => to_polarity(frame_sign * inner),
                    None if !polar => Polarity::Neutral,
                    None => to_polarity(inner),
                    // "If Kyiv drops its bid, many things become possible": a condition
                    // put first is offered as a trade; one put after ("X if it wants Y")
                    // states the other side's interest.
                    // A condition on a threat: what avoids it is demanded
                    // (`cue_rules::threat_condition`).
                    Some(ConditionKind::Plain)
                        if cue_rules::threat_condition(
                            frame.map(|f| f.words.as_slice()).unwrap_or(&[]),
                            &main_tokens(&tokens, clause.first, clause.last, &conds),
                        ) =>
                    {
                        to_polarity(-main_sign * inner)
                    }
                    Some(ConditionKind::Plain) if conds[r.unwrap_or(0)].fronted => {
                        to_polarity(main_sign * inner)
                    }
                    Some(ConditionKind::Plain)
                        if self.condition_states_demand(&tokens, &conds[r.unwrap_or(0)]) =>
                    {
                        to_polarity(main_sign * inner)
                    }
                    Some(ConditionKind::Plain) => Polarity::Neutral,
                    Some(ConditionKind::Demand) => to_polarity(main_sign * inner),
                    Some(ConditionKind::Unless) => to_polarity(-main_sign * inner),
                    Some(ConditionKind::Until | ConditionKind::Without) => to_polarity(inner),
                    Some(ConditionKind::Instead) => to_polarity(-frame_sign * inner),
                };
                let (mut option, mut polarity) = self.pick_option(target, polarity);
                if r.is_some_and(|c| cue_rules::alternative_without_option(conds[c].kind, option)) {
                    polarity = Polarity::Neutral;
                }
                // A clause that names one option and says nothing against it puts it
                // forward: "the sanctions will stay", "Crimea would be left for talks".
                // Not in a question, a hypothesis, or beside "discussed" / "asked about".
                if polarity == Polarity::Neutral
                    && scope.is_empty()
                    && r.is_none()
                    && !question
                    && self.single_option(target)
                {
                    let towards = consequence::unjudged(&tokens, clause.first, target);
                    (option, polarity) = self.pick_option(target, towards);
                }
                let issue = &self.lexicon.issues[target.issue];
                let frame_words: Vec<String> = frame
                    .filter(|_| {
                        framed
                            || matches!(
                                r.map(|c| conds[c].kind),
                                Some(ConditionKind::Demand | ConditionKind::Unless)
                            )
                    })
                    .map(|f| f.words.clone())
                    .unwrap_or_default();
                let mut cue_words: Vec<String> = frame_words
                    .iter()
                    .cloned()
                    .chain(
                        r.map(|c| conds[c].marker)
                            .into_iter()
                            .map(|i| text[tokens[i].start..tokens[i].end].to_string()),
                    )
                    .chain(scope.iter().map(|m| {
                        text[tokens[m.first].start..tokens[m.first + m.len - 1].end].to_string()
                    }))
                    .collect();
                cue_words.dedup();
                let mut matched = target.matched.clone();
                matched.sort_unstable();
                matched.dedup();
                let matched_words: Vec<String> = matched
                    .iter()
                    .map(|&i| text[tokens[i].start..tokens[i].end].to_string())
                    .collect();
                let option_cover = option.map(|o| target.option_scores[o]).unwrap_or(0.0);
                // Whose position: an attitude verb governing the mention whose subject is
                // another party ("Moscow wants ...") or, in a quote, a third person.
                let holder = scope
                    .iter()
                    .rev()
                    .filter(|m| m.first < target.last && m.sign != 0 && !m.negation)
                    .find(|m| self.attitude.at(&tokens, m.first))
                    .map_or(Holder::Speaker, |m| {
                        match subject_holder(&tokens, &parties, clause.first, m.first, quote) {
                            // "rejected Moscow's demand that ...": the wish is governed by
                            // another stance (the frame's, or a cue before it), whose
                            // holder the speaker is (see `Holder::Possessor`).
                            Holder::Possessor(_)
                                if framed
                                    || scope.iter().any(|o| {
                                        o.first < m.first && o.sign != 0 && !o.negation
                                    }) =>
                            {
                                Holder::Speaker
                            }
                            Holder::Possessor(p) => Holder::Party(p),
                            h => h,
                        }
                    });
                let (holder_party, reported_by) = match holder {
                    Holder::Speaker => (party.clone(), None),
                    Holder::Party(p) | Holder::Possessor(p) if Some(p) == party_index => {
                        (party.clone(), None)
                    }
                    Holder::Possessor(p) => {
                        (Some(self.lexicon.parties[p].id.clone()), party.clone())
                    }
                    Holder::Party(p) => (Some(self.lexicon.parties[p].id.clone()), party.clone()),
                    Holder::Other => continue,
                };
                let confidence = (0.4
                    + if frame_words.iter().any(|_| true) || scope.iter().any(|m| !m.negation) {
                        0.3
                    } else if scope.is_empty() {
                        0.0
                    } else {
                        0.2
                    }
                    + 0.3 * option_cover.min(1.0))
                .min(1.0);
                spans.push((target.first, target.last, r));
                out.push(Stance {
                    issue: issue.id.clone(),
                    option: option.map(|o| issue.options[o].id.clone()),
                    polarity,
                    party: holder_party,
                    mentioned_parties: mentioned.clone(),
                    cues: cue_words,
                    matched: matched_words,
                    start: clause.start,
                    end: clause.end,
                    confidence,
                    frame: frame_words,
                    context: None,
                    reported_by,
                });
            }
            // An issue-level stance adds nothing beside an option-level one on the same
            // issue in the same clause.
            let here: Vec<Stance> = out.drain(clause_start..).collect();
            // A neutral mention inside the same noun phrase as a stance on another issue
            // describes that stance's subject ("the deployment of armed forces from NATO
            // states, even as peacekeepers, is unacceptable"; "a duty on our cars would be
            // a disaster"): nothing is said about it.
            let same_phrase = |a: usize, b: usize| -> bool {
                let ((_, a_last, ra), (b_first, _, rb)) = if spans[a].0 <= spans[b].0 {
                    (spans[a], spans[b])
                } else {
                    (spans[b], spans[a])
                };
                if ra != rb || b_first <= a_last || b_first - a_last > 7 {
                    return false;
                }
                let gap = a_last + 1..b_first;
                !gap.clone().any(|i| is_verb_like(&tokens[i].lower))
                    && !cues.iter().any(|m| gap.contains(&m.first))
                    && !text[tokens[a_last].end..tokens[b_first].start].contains([';', ':'])
            };
            let modifier: Vec<bool> = (0..here.len())
                .map(|a| {
                    here[a].polarity == Polarity::Neutral
                        && (0..here.len()).any(|b| {
                            here[b].issue != here[a].issue
                                && here[b].polarity != Polarity::Neutral
                                && same_phrase(a, b)
                        })
                })
                .collect();
            for (k, st) in here.iter().enumerate() {
                if modifier[k] {
                    continue;
                }
                let redundant = st.option.is_none()
                    && here
                        .iter()
                        .any(|o| o.issue == st.issue && o.option.is_some());
                let repeated = out[clause_start..].iter().any(|o| {
                    o.issue == st.issue && o.option == st.option && o.polarity == st.polarity
                });
                if !redundant && !repeated {
                    out.push(st.clone());
                }
            }
        }
        // Across the statement: a neutral mention of an issue adds nothing beside a stance
        // on it, nor does a repeated stance.
        let polar: Vec<String> = out
            .iter()
            .filter(|s| s.polarity != Polarity::Neutral)
            .map(|s| s.issue.clone())
            .collect();
        let mut seen: Vec<(String, Option<String>, Polarity)> = Vec::new();
        out.retain(|s| {
            if s.polarity == Polarity::Neutral && polar.contains(&s.issue) {
                return false;
            }
            let key = (s.issue.clone(), s.option.clone(), s.polarity);
            if seen.contains(&key) {
                return false;
            }
            seen.push(key);
            true
        });
        out
    }

    /// Rule: an "if" condition put after its main clause states a demand ("the sanctions
    /// will be lifted if Kyiv renounces its bid": the renunciation is demanded), as one put
    /// first does, unless it speaks of the other side's wish or readiness ("... if it wants
    /// a deal", "if they are serious about peace"), which states their interest, not a
    /// term: an attitude verb or "serious" within the condition's first four words.
    fn condition_states_demand(&self, tokens: &[Token], c: &crate::grammar::Condition) -> bool {
        let end = c.end.min(c.body + 4).min(tokens.len());
        !(c.body..end).any(|i| self.attitude.at(tokens, i) || tokens[i].lower == "serious")
    }

    /// Rule: the words of the one option a mention singles out are that option's name, not
    /// the speaker's cue: in "a guarantee with aircraft based outside the country" the
    /// option "aircraft based outside" is named, and "outside" (an oppose cue elsewhere)
    /// takes no side; in "we back a ban on night flights" the option "ban on night
    /// flights" is supported. Returns the tokens of that option's label words found, or
    /// none when no single option stands out.
    fn label_words(&self, target: &Target) -> Vec<usize> {
        if !self.single_option(target) {
            return Vec::new();
        }
        let best = target.option_scores.iter().copied().fold(0.0, f64::max);
        target
            .option_scores
            .iter()
            .position(|&x| (x - best).abs() < 1e-9)
            .and_then(|o| target.option_tokens.get(o).cloned())
            .unwrap_or_default()
    }

    /// Whether the words of a target single out one option (not an option and its
    /// negation, which only the polarity tells apart).
    fn single_option(&self, target: &Target) -> bool {
        let best = target.option_scores.iter().copied().fold(0.0, f64::max);
        if best < OPTION_PICK {
            return false;
        }
        target
            .option_scores
            .iter()
            .filter(|&&x| (x - best).abs() < 1e-9)
            .count()
            == 1
    }

    /// Which party, if any, each token names (multi-word names such as "the White House"
    /// mark every word).
    fn party_marks(&self, tokens: &[Token]) -> Vec<Option<usize>> {
        let mut marks = vec![None; tokens.len()];
        let mut i = 0;
        while i < tokens.len() {
            let mut best: Option<(usize, usize)> = None;
            for (pi, p) in self.lexicon.parties.iter().enumerate() {
                for n in &p.names {
                    if i + n.len() <= tokens.len()
                        && n.iter().zip(&tokens[i..]).all(|(a, t)| *a == t.stem)
                        && best.is_none_or(|(_, l)| n.len() > l)
                    {
                        best = Some((pi, n.len()));
                    }
                }
            }
            match best {
                Some((pi, len)) => {
                    for m in &mut marks[i..i + len] {
                        *m = Some(pi);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        marks
    }
}

/// Rule `negation_in_a_content_clause`: a negation after a mention, inside a clause that
/// "that", "which" or "who" opens after the mention's start, denies an event the clause
/// describes ("guarantees that the army will not return", "a promise that it will never
/// invade": the guarantees and the promise are asked for), not the mention. It still counts
/// when a stance cue follows it in that clause, before `right`, the end of the mention's
/// reach ("a plan that we will never accept").
fn negation_in_content_clause(
    tokens: &[Token],
    cues: &[CueMark],
    m: &CueMark,
    target_first: usize,
    right: usize,
) -> bool {
    if !m.negation || m.first <= target_first {
        return false;
    }
    let opened = (target_first + 1..m.first)
        .any(|k| matches!(tokens[k].lower.as_str(), "that" | "which" | "who"));
    opened
        && !cues
            .iter()
            .any(|c| c.first > m.first && c.first < right && c.sign != 0 && !c.negation)
}

/// The tokens of a clause `first..last` outside its conditions.
fn main_tokens(
    tokens: &[Token],
    first: usize,
    last: usize,
    conds: &[crate::grammar::Condition],
) -> Vec<Token> {
    (first..last.min(tokens.len()))
        .filter(|&i| !conds.iter().any(|c| i >= c.marker && i < c.end))
        .map(|i| tokens[i].clone())
        .collect()
}

/// Rule: a "without" after the start of a mention governs only what follows it, a detail
/// of the mention ("a path to membership that stays open, without a fixed date"; "any
/// deal reached without it"), and does not deny the mention itself. A "without" before
/// the mention ("a deal without sanctions relief") still denies it.
fn without_qualifies(tokens: &[Token], m: &CueMark, target_first: usize) -> bool {
    m.negation && m.first > target_first && tokens[m.first].lower == "without"
}

impl Polarity {
    /// The polarity towards an option's complement.
    pub fn towards_complement(self) -> Self {
        self.flip()
    }
}
