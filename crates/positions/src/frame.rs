//! What surrounds a statement: the reporting clause that frames it ("rejected", "flatly
//! ruled out", "did not rule out"), the sentences before and after it, and who holds a
//! position stated inside it ("Moscow wants ...", "she wants ...").

use crate::text::{
    is_negation, is_stopword, neighbour_sentences, sentence_around, tokenize, Token,
};
use serde::{Deserialize, Serialize};

/// What the linker may read around a statement besides its own words. All parts are
/// optional: a statement alone is linked on its words.
#[derive(Debug, Clone, Copy, Default)]
pub struct Framing<'a> {
    /// The reporting words that introduce the statement: the attribution verb and its
    /// modifiers ("has flatly rejected", "did not rule out", "insisted"). Their stance
    /// cues act on the whole statement (see [`crate::StanceLinker::link_framed`]).
    pub frame: Option<&'a str>,
    /// The sentence before the statement's sentence, and the one after it.
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// The statement is a direct quote: a third-person pronoun in it ("she wants") is
    /// someone other than the speaker. In a claim (indirect speech) it is the speaker.
    pub quote: bool,
}

/// Where a stance took a part it lacked in the statement itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContextUse {
    /// The issue (and option) was named in the sentence before; the statement gave the cue.
    IssueFromBefore,
    IssueFromAfter,
    /// The statement named the issue; the cue came from the sentence before.
    CueFromBefore,
    CueFromAfter,
}

impl ContextUse {
    /// Which neighbouring sentence was used.
    pub fn is_before(self) -> bool {
        matches!(
            self,
            ContextUse::IssueFromBefore | ContextUse::CueFromBefore
        )
    }
}

/// The reporting frame of a statement found in its article, with the neighbouring sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleContext {
    pub frame: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    /// The words that name the statement's source in its reporting clause, and the phrase
    /// a definite role there stands for earlier in the article (see [`reporting_source`]).
    pub source: Option<String>,
}

/// Particles that belong to a reporting verb ("ruled out", "warned against", "called
/// for", "turned down", "objected to").
fn is_verb_particle(lower: &str) -> bool {
    matches!(lower, "out" | "against" | "for" | "down" | "off" | "to")
}

/// The reporting words of a statement at `start..end` of `article`, whose attribution
/// verb the evidence records as `cue`: the cue word found in the statement's sentence
/// outside the statement (the occurrence nearest to it), with up to three words before it
/// in the same stretch of text (modifiers and auxiliaries: "has flatly", "did not") and
/// a particle after it ("out", "against", "for", "down", "off"). Without the article, or
/// when the cue word is not found there, the cue alone. Also returns the sentences before
/// and after the statement's sentence.
pub fn article_context(
    article: Option<&str>,
    start: usize,
    end: usize,
    cue: Option<&str>,
) -> ArticleContext {
    let cue = cue.map(str::trim).filter(|c| !c.is_empty());
    let Some(text) = article.filter(|t| start <= end && end <= t.len()) else {
        return ArticleContext {
            frame: cue.map(String::from),
            ..ArticleContext::default()
        };
    };
    let (s, e) = sentence_around(text, start, end);
    let (before, after) = neighbour_sentences(text, s, e);
    let nonempty = |x: &str| Some(x.to_string()).filter(|x| !x.is_empty());
    let frame = cue.and_then(|c| {
        reporting_words(text, s.min(start), start, c, true)
            .or_else(|| reporting_words(text, end, e.max(end), c, false))
            .or_else(|| {
                let own = text.get(start..end).unwrap_or_default();
                (!cue_is_the_statements_own_word(own, c)).then(|| c.to_string())
            })
    });
    let source = cue
        .and_then(|c| reporting_source(text, s, e, start, end, c))
        .map(|src| match possessive_role_owner(before, &src) {
            Some(owner) => format!("{src} ({owner})"),
            None => src,
        });
    ArticleContext {
        frame,
        before: nonempty(before),
        after: nonempty(after),
        source,
    }
}

/// Rule `cue_is_the_statements_own_word`: a statement whose recorded verb is among its own
/// words and nowhere else in its sentence ("Israel has refused, saying ...": the extractor
/// records the bare verb "refused" as the claim) has no reporting frame: the verb is
/// read once, as the statement's own cue, not a second time as its frame.
pub(crate) fn cue_is_the_statements_own_word(statement: &str, cue: &str) -> bool {
    let cue = cue.to_lowercase();
    tokenize(statement).iter().any(|t| t.lower == cue)
}

/// Rule `source_from_reporting_clause`: the words that name who a statement comes from, read
/// in its sentence outside the statement around the attribution verb `cue`: the words just
/// before the verb back to a punctuation mark (", a senior Ukrainian official said"; "The
/// diplomat also repeated that"), and the words after it to the sentence end ("said Anna
/// Kowal, a member of the Latvian parliament"). A definite role with no name ("the
/// diplomat", "the official") stands for the last phrase earlier in the article that ends
/// in the same noun with a capitalised word among the three before it ("a senior Russian
/// diplomat") or that introduced it with "a"/"an" ("a senior administration official"),
/// which is added. Used for the speaker's party when the evidence gives none.
pub fn reporting_source(
    text: &str,
    s: usize,
    e: usize,
    start: usize,
    end: usize,
    cue: &str,
) -> Option<String> {
    let cue_lower = cue.to_lowercase();
    let stop =
        |gap: &str| gap.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}', '.', '(', ')']);
    // The cue's occurrence nearest the statement, and the stretch it is in.
    let (part_from, part_to, before_statement) = if s < start {
        (s, start, true)
    } else {
        (end, e.max(end), false)
    };
    let part = text.get(part_from..part_to)?;
    let toks = tokenize(part);
    let hit = if before_statement {
        toks.iter().rposition(|t| t.lower == cue_lower)
    } else {
        toks.iter().position(|t| t.lower == cue_lower)
    };
    let hit = match hit {
        Some(h) => h,
        // The cue is on the other side of the statement ("..., the envoy said" after it).
        None if before_statement && e > end => {
            return reporting_source(text, end, e, end, end, cue);
        }
        None => return None,
    };
    let mut words: Vec<&str> = Vec::new();
    let mut k = hit;
    while k > 0 && hit - k < 8 {
        let gap = &part[toks[k - 1].end..toks[k].start];
        let verbs_joined = toks[k - 1].lower == "and"
            && k >= 2
            && part[toks[k - 2].start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if stop(gap) || opens_another_clause(&toks[k - 1].lower) || verbs_joined {
            break;
        }
        k -= 1;
    }
    if k < hit {
        words.push(&part[toks[k].start..toks[hit - 1].end]);
    } else if before_statement {
        let apposition = apposition_before_verb(part, &toks, hit);
        if apposition.is_empty() && verb_shares_sentence_subject(part, &toks, hit) {
            words.extend(opening_name(part));
        }
        words.extend(apposition);
    }
    if !before_statement && hit + 1 < toks.len() {
        let last = (hit + 16).min(toks.len() - 1);
        words.push(&part[toks[hit + 1].start..toks[last].end]);
    }
    let source = words.join(" ").trim().to_string();
    if source.is_empty() {
        return None;
    }
    match role_antecedent(text, part_from, &source) {
        Some(a) => Some(format!("{source} ({a})")),
        None => Some(source),
    }
}

/// Rule `source_is_the_verbs_own_subject`: the words before a reporting verb name its
/// source only back to a word that opens another clause: a complementiser, a relative
/// pronoun or a conjunction joining verbs ("warning that it could face Dutch lawsuits and
/// demanding ...": the source of "demanding" is not "Dutch lawsuits"). "and" counts only
/// after a lower-case word, so that joined names ("Norway and Iceland said") stay.
fn opens_another_clause(lower: &str) -> bool {
    matches!(
        lower,
        "that" | "which" | "who" | "whom" | "while" | "because" | "but" | "if" | "when"
    )
}

/// Rule `apposition_before_verb`: a sentence that opens with a name and its role set off
/// by commas just before the reporting verb ("The harbour board's finance director, Ana
/// Ruiz, said ..."; "Ana Ruiz, the board's finance director, said ...") names its source
/// in both phrases: the one from the sentence start to the first comma and the one between
/// the commas, each of at most ten words with no other punctuation. The opening phrase
/// must start as a noun phrase does (a determiner, a possessive, or a capitalised word
/// that is no function word), not as a clause ("When talks stalled, ..."). `part` starts
/// at the sentence start; `verb` is the reporting verb's token.
fn apposition_before_verb<'a>(part: &'a str, toks: &[Token], verb: usize) -> Vec<&'a str> {
    let gap = |i: usize| &part[toks[i - 1].end..toks[i].start];
    let clean = |g: &str| !g.contains([';', ':', '"', '\u{201c}', '\u{201d}', '.', '(', ')']);
    if verb < 2 || gap(verb).trim() != "," || !part[..toks[0].start].trim().is_empty() {
        return Vec::new();
    }
    let commas: Vec<usize> = (1..verb).filter(|&i| gap(i).contains(',')).collect();
    let [second] = commas.as_slice() else {
        return Vec::new();
    };
    let (opening, enclosed) = (0..*second, *second..verb);
    if opening.len() > 10
        || enclosed.len() > 10
        || !(1..verb).all(|i| clean(gap(i)) && (i == *second || !gap(i).contains(',')))
    {
        return Vec::new();
    }
    let first = &toks[0];
    let opens_noun_phrase = matches!(
        first.lower.as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    ) || first.lower.ends_with("'s")
        || !is_stopword(&first.lower);
    if !opens_noun_phrase {
        return Vec::new();
    }
    vec![
        &part[toks[opening.start].start..toks[opening.end - 1].end],
        &part[toks[enclosed.start].start..toks[enclosed.end - 1].end],
    ]
}

/// Rule `adverb_between_role_and_verb_is_skipped`: an adverb between a role and its verb
/// ("the diplomat also said", "the official later repeated") is not the role's noun: a
/// word in -ly or one of the short adverbs of time and addition that stand there.
fn is_adverb_before_verb(lower: &str) -> bool {
    (lower.len() > 4 && lower.ends_with("ly"))
        || matches!(
            lower,
            "also"
                | "again"
                | "later"
                | "then"
                | "now"
                | "still"
                | "further"
                | "too"
                | "once"
                | "meanwhile"
                | "already"
                | "since"
                | "soon"
        )
}

/// The phrase earlier in `text` (before byte `before`) that a definite role ("the
/// diplomat", "this official") stands for: the last one ending in the same lower-case noun
/// with a capitalised word among the three words before it ("a senior Russian diplomat"),
/// or that introduces it with "a" or "an" among them ("a senior administration official":
/// rule `definite_role_refers_to_its_introduction`).
fn role_antecedent(text: &str, before: usize, source: &str) -> Option<String> {
    let toks = tokenize(source);
    let det = toks.first()?;
    if !matches!(det.lower.as_str(), "the" | "this" | "that") || toks.len() > 4 {
        return None;
    }
    let head = toks
        .iter()
        .skip(1)
        .take_while(|t| {
            source[t.start..t.end]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        })
        .filter(|t| !is_adverb_before_verb(&t.lower))
        .last()?;
    let earlier = tokenize(text.get(..before)?);
    (0..earlier.len()).rev().find_map(|i| {
        if earlier[i].lower != head.lower || i == 0 {
            return None;
        }
        // The three words before, within the same sentence and phrase.
        let mut from = i;
        while from > 0
            && i - from < 3
            && !text[earlier[from - 1].end..earlier[from].start].contains(['.', '\n', ','])
        {
            from -= 1;
        }
        let capitalised = (from.max(1)..i).any(|j| {
            text[earlier[j].start..earlier[j].end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
                && !text[earlier[j - 1].end..earlier[j].start].contains(['.', '\n'])
        });
        let introduced = (from..i).any(|j| {
            matches!(earlier[j].lower.as_str(), "a" | "an")
                && !text[earlier[j].end..earlier[i].start].contains(['.', '\n', ','])
        });
        let from = (from..i)
            .find(|&j| matches!(earlier[j].lower.as_str(), "a" | "an"))
            .filter(|_| !capitalised)
            .unwrap_or(from);
        (capitalised || introduced).then(|| text[earlier[from].start..earlier[i].end].to_string())
    })
}

/// Rule `possessive_role_names_previous_subject`: a source that opens with "its" or "their"
/// and a role in lower case ("Its chief executive, Ana Ruiz"; "their spokesman") belongs
/// to the body that opens the sentence before: the name there, a run of capitalised words
/// (with "of", "for", "and", "the" inside it and an optional leading "The"), followed by a
/// comma or a verb ("The Harbour Board of Northvale, which runs the port, ..."). Returns
/// that name; none when the sentence before opens otherwise (a clause, a pronoun, a lower-
/// case noun), as the owner is then not stated plainly.
fn possessive_role_owner(before: &str, source: &str) -> Option<String> {
    let toks = tokenize(source);
    let (first, role) = (toks.first()?, toks.get(1)?);
    let lower_case = |t: &Token, text: &str| {
        text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    if !matches!(first.lower.as_str(), "its" | "their") || !lower_case(role, source) {
        return None;
    }
    opening_name(before).map(str::to_string)
}

/// The name that opens `sentence` as its subject: a run of capitalised words (with "of",
/// "for", "and", "the" inside it and an optional leading "The"), followed by a comma or a
/// lower-case word ("The Harbour Board of Northvale, which ...", "Dockers United
/// rejected ..."); none when the sentence opens otherwise (a clause, a pronoun, a
/// lower-case noun).
fn opening_name(sentence: &str) -> Option<&str> {
    let lower_case = |t: &Token| {
        sentence[t.start..t.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    let prev = tokenize(sentence);
    let mut k = usize::from(prev.first().is_some_and(|t| t.lower == "the"));
    let name_from = k;
    let mut last = None;
    while let Some(t) = prev.get(k) {
        let gap = k
            .checked_sub(1)
            .map_or("", |p| &sentence[prev[p].end..t.start]);
        if !gap.trim().is_empty() {
            break;
        }
        let opening_function_word = is_stopword(&t.lower) && k == name_from;
        if !(lower_case(t) || opening_function_word) {
            last = Some(k);
        } else if !(k > name_from && matches!(t.lower.as_str(), "of" | "for" | "and" | "the")) {
            break;
        }
        k += 1;
    }
    let last = last?;
    // The name must end where the subject does: at a comma or before a lower-case word.
    let after = prev.get(last + 1)?;
    let gap = &sentence[prev[last].end..after.start];
    if !(gap.contains(',') || gap.trim().is_empty() && lower_case(after)) {
        return None;
    }
    Some(&sentence[prev[name_from].start..prev[last].end])
}

/// Rule `participle_or_joined_verb_takes_sentence_subject`: a reporting verb that has no
/// subject of its own before it, being a participle after a comma ("..., saying the fees
/// must fall") or a verb joined by "and"/"but" ("rejected the toll but offered a cap"),
/// has the subject of its sentence, named by the name that opens it ([`opening_name`]).
/// `part` runs from the sentence start to the statement; `verb` is the verb's token.
fn verb_shares_sentence_subject(part: &str, toks: &[Token], verb: usize) -> bool {
    let Some(prev) = verb.checked_sub(1) else {
        return false;
    };
    let participle =
        toks[verb].lower.ends_with("ing") && part[toks[prev].end..toks[verb].start].contains(',');
    participle || matches!(toks[prev].lower.as_str(), "and" | "but")
}

/// Rule `modifiers_stop_at_a_conjunction`: the modifiers of a reporting verb (auxiliaries
/// and adverbs: "has flatly", "did not") never reach back across a coordinating
/// conjunction: in "called the plan unfair and demanded a vote", the words before "and"
/// belong to another verb with its own object, so their cues ("unfair") do not frame what
/// "demanded" reports.
fn joins_clauses(lower: &str) -> bool {
    matches!(lower, "and" | "but" | "or" | "yet")
}

/// The cue word with its modifiers in `text[from..to]` (see [`article_context`]); the
/// occurrence nearest the statement: the last one before it (`before_statement`) or the
/// first one after.
fn reporting_words(
    text: &str,
    from: usize,
    to: usize,
    cue: &str,
    before_statement: bool,
) -> Option<String> {
    let part = text.get(from..to)?;
    let toks = tokenize(part);
    let cue_lower = cue.to_lowercase();
    let mut hits = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.lower == cue_lower);
    let (k, _) = if before_statement {
        hits.next_back()?
    } else {
        hits.next()?
    };
    // Modifiers: up to three words before, in the same stretch (no punctuation between),
    // and not across a conjunction (`modifiers_stop_at_a_conjunction`).
    let mut first = k;
    while first > 0 && k - first < 3 {
        let gap = &part[toks[first - 1].end..toks[first].start];
        if gap.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}', '.'])
            || joins_clauses(&toks[first - 1].lower)
        {
            break;
        }
        first -= 1;
    }
    let mut last = k;
    if let Some(next) = toks.get(k + 1) {
        let gap = &part[toks[k].end..next.start];
        if is_verb_particle(&next.lower) && gap.trim().is_empty() {
            last = k + 1;
        }
    }
    Some(part[toks[first].start..toks[last].end].to_string())
}

/// Who holds a stance stated in a clause: the speaker, a party named as the subject of an
/// attitude verb, or someone else the statement describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Speaker,
    Party(usize),
    /// A party named in the possessive before an attitude noun ("Moscow's demand that
    /// ...", "Kyiv's call for ..."): the wish is that party's, but when another stance
    /// governs the noun ("Kyiv rejected Moscow's demand that ...") the stance on the content
    /// is that other one's, and the linker gives it to the speaker.
    Possessor(usize),
    /// A third person in a quote ("she wants a seat"): not the speaker, and no party.
    Other,
}

/// Attitude verbs (`data/attitude_verbs.txt`), compiled to stems.
#[derive(Debug, Clone)]
pub struct AttitudeVerbs {
    entries: Vec<Vec<String>>,
}

const ATTITUDE_VERBS: &str = include_str!("../data/attitude_verbs.txt");

impl Default for AttitudeVerbs {
    fn default() -> Self {
        AttitudeVerbs {
            entries: ATTITUDE_VERBS
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| tokenize(l).into_iter().map(|t| t.stem).collect())
                .collect(),
        }
    }
}

impl AttitudeVerbs {
    /// Whether an attitude verb starts at token `i` ("wants", "has rejected" at "rejected",
    /// "ruled out").
    pub fn at(&self, tokens: &[Token], i: usize) -> bool {
        self.entries.iter().any(|e| {
            i + e.len() <= tokens.len() && e.iter().zip(&tokens[i..]).all(|(s, t)| *s == t.stem)
        })
    }
}

/// Frame cues (`data/frame_cues.txt`): reporting verbs with their sense as a frame, compiled
/// to stems.
#[derive(Debug, Clone)]
pub struct FrameCues {
    entries: Vec<(Vec<String>, i8)>,
}

const FRAME_CUES: &str = include_str!("../data/frame_cues.txt");

impl Default for FrameCues {
    fn default() -> Self {
        FrameCues {
            entries: crate::lexicon::word_list(FRAME_CUES)
                .into_iter()
                .filter_map(|l| {
                    let (sense, verb) = l.split_once(':')?;
                    let sign = match sense.trim() {
                        "support" => 1,
                        "oppose" => -1,
                        _ => return None,
                    };
                    Some((tokenize(verb).into_iter().map(|t| t.stem).collect(), sign))
                })
                .filter(|(v, _): &(Vec<String>, i8)| !v.is_empty())
                .collect(),
        }
    }
}

impl FrameCues {
    /// A frame cue starting at token `i` ("threatened", "has offered" at "offered"): its
    /// length in tokens and its sign as a frame. Rule: only a verb form counts ("threatened",
    /// "offers", "is offering"), not the noun after a determiner ("the offer", "a threat").
    pub fn at(&self, tokens: &[Token], i: usize) -> Option<(usize, i8)> {
        let det = i.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].lower.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
            )
        });
        if det {
            return None;
        }
        self.entries.iter().find_map(|(e, sign)| {
            (i + e.len() <= tokens.len() && e.iter().zip(&tokens[i..]).all(|(s, t)| *s == t.stem))
                .then_some((e.len(), *sign))
        })
    }
}

/// Words that may stand between a subject and its verb: auxiliaries, negations and
/// adverbs of manner or time ("Moscow has repeatedly rejected", "they do not want").
pub(crate) fn is_between_subject_and_verb(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "do"
            | "does"
            | "did"
            | "also"
            | "still"
            | "now"
            | "already"
            | "again"
            | "always"
            | "clearly"
            | "openly"
            | "publicly"
            | "repeatedly"
            | "reportedly"
            | "flatly"
            | "firmly"
            | "just"
    ) || is_negation(lower)
        || lower.ends_with("ly") && lower.len() > 4
}

/// The holder of the stance an attitude verb at token `verb` expresses: the subject just
/// before it (past auxiliaries, negations and adverbs). A party name as subject ("Moscow
/// wants", "the Kremlin has rejected") holds it; a third-person pronoun ("she", "he",
/// "they") holds it in a quote, where it is not the speaker; anything else (including
/// "we" and "I") leaves it to the speaker.
pub fn subject_holder(
    tokens: &[Token],
    parties: &[Option<usize>],
    clause_first: usize,
    verb: usize,
    quote: bool,
) -> Holder {
    let mut j = verb;
    while j > clause_first && is_between_subject_and_verb(&tokens[j - 1].lower) {
        j -= 1;
    }
    if j == clause_first {
        return Holder::Speaker;
    }
    let subject = &tokens[j - 1];
    if let Some(p) = parties[j - 1] {
        // "the US demand", "a Russian proposal": a party name after a determiner modifies
        // the attitude noun, as a possessive does.
        let mut k = j - 1;
        while k > clause_first && parties[k - 1] == Some(p) {
            k -= 1;
        }
        let determiner = k > clause_first
            && matches!(
                tokens[k - 1].lower.as_str(),
                "the" | "a" | "an" | "this" | "that" | "any" | "every" | "its" | "their"
            );
        let possessive =
            determiner || subject.lower.ends_with("'s") || subject.lower.ends_with("s'");
        return if possessive {
            Holder::Possessor(p)
        } else {
            Holder::Party(p)
        };
    }
    if quote && matches!(subject.lower.as_str(), "he" | "she" | "they") {
        return Holder::Other;
    }
    Holder::Speaker
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverb_between_role_and_verb_is_skipped() {
        let t =
            "A senior Latvian envoy met reporters. The envoy also repeated that the toll must go.";
        let (ss, s) = (
            t.find("The envoy").unwrap_or(0),
            t.find("the toll").unwrap_or(0),
        );
        let src = reporting_source(t, ss, t.len(), s, t.len() - 1, "repeated").unwrap_or_default();
        assert!(src.contains("(A senior Latvian envoy)"), "{src}");
        assert!(is_adverb_before_verb("later") && is_adverb_before_verb("repeatedly"));
        assert!(!is_adverb_before_verb("envoy") && !is_adverb_before_verb("ally"));
    }

    #[test]
    fn a_verb_that_is_the_statement_frames_nothing() {
        let t = "Estonia proposed a joint patrol. Latvia has refused, saying it needs a treaty.";
        let s = t.find("refused").unwrap_or(0);
        let c = article_context(Some(t), s, s + "refused".len(), Some("refused"));
        assert_eq!(c.frame, None);
        assert_eq!(
            c.before.as_deref(),
            Some("Estonia proposed a joint patrol.")
        );
        // The verb outside the statement still frames it.
        let s = t.find("it needs").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("refused"));
        assert_eq!(c.frame.as_deref(), Some("Latvia has refused"));
        // Neither inside nor outside: the cue alone, as before.
        let c = article_context(Some(t), s, t.len() - 1, Some("warned"));
        assert_eq!(c.frame.as_deref(), Some("warned"));
    }

    #[test]
    fn reporting_words_keep_modifiers_and_particles() {
        let t = "Officials met on Monday. Moscow has flatly ruled out a ceasefire until Kyiv withdraws. More talks follow.";
        let s = t.find("a ceasefire").unwrap_or(0);
        let e = t.find(". More").unwrap_or(0);
        let c = article_context(Some(t), s, e, Some("ruled"));
        assert_eq!(c.frame.as_deref(), Some("Moscow has flatly ruled out"));
        assert_eq!(c.before.as_deref(), Some("Officials met on Monday."));
        assert_eq!(c.after.as_deref(), Some("More talks follow."));
    }

    #[test]
    fn the_source_is_the_verbs_own_subject() {
        let t = "The port has balked, warning that it could face Dutch lawsuits and demanding that others pay.";
        let s = t.find("others pay").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("demanding"));
        assert_eq!(c.source, None);
        let t = "Norway and Iceland said the quota was too high.";
        let s = t.find("the quota").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("said"));
        assert_eq!(c.source.as_deref(), Some("Norway and Iceland"));
    }

    #[test]
    fn an_opening_appositive_role_belongs_to_the_source() {
        let t = "Talks stalled. The harbour board's finance director, Ana Ruiz, said the fees would rise. Later.";
        let s = t.find("the fees").unwrap_or(0);
        let e = t.find(". Later").unwrap_or(0);
        let c = article_context(Some(t), s, e, Some("said"));
        assert_eq!(
            c.source.as_deref(),
            Some("The harbour board's finance director Ana Ruiz")
        );
        let t = "Ana Ruiz, the harbour board's finance director, said the fees would rise.";
        let s = t.find("the fees").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("said"));
        assert_eq!(
            c.source.as_deref(),
            Some("Ana Ruiz the harbour board's finance director")
        );
        // A clause before the name is not a role describing it.
        let t = "When talks stalled, Ana Ruiz, a director, said the fees would rise.";
        let s = t.find("the fees").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("said"));
        assert_eq!(c.source, None);
    }

    #[test]
    fn its_role_belongs_to_the_body_opening_the_sentence_before() {
        let t = "The Harbour Board of Northvale, which runs the port, objected. Its finance director, Ana Ruiz, said the fees would rise.";
        let s = t.find("the fees").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("said"));
        assert_eq!(
            c.source.as_deref(),
            Some("Its finance director Ana Ruiz (Harbour Board of Northvale)")
        );
        assert_eq!(
            possessive_role_owner("Dockers United rejected the offer.", "their spokesman"),
            Some("Dockers United".to_string())
        );
        // A sentence before that opens with a clause, a pronoun or a common noun states no
        // owner; a source without "its"/"their" and a role takes none.
        for before in [
            "When the talks stalled, the board objected.",
            "It objected to the fees.",
            "The board objected to the fees.",
        ] {
            assert_eq!(
                possessive_role_owner(before, "Its chairman"),
                None,
                "{before}"
            );
        }
        assert_eq!(
            possessive_role_owner("Dockers United objected.", "Ana Ruiz"),
            None
        );
        assert_eq!(
            possessive_role_owner("Dockers United objected.", "Its"),
            None
        );
    }

    #[test]
    fn a_participle_or_joined_verb_has_the_sentence_subject() {
        let t = "Dockers United rejected the toll, saying the fees must fall.";
        let s = t.find("the fees").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("saying"));
        assert_eq!(c.source.as_deref(), Some("Dockers United"));
        let t = "The Harbour Board rejected the toll but offered a cap on fees.";
        let s = t.find("a cap").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("offered"));
        assert_eq!(c.source.as_deref(), Some("Harbour Board"));
        // A sentence that opens with a clause names no subject this way.
        let t = "When the talks stalled, the board objected, saying the fees must fall.";
        let s = t.find("the fees").unwrap_or(0);
        let c = article_context(Some(t), s, t.len() - 1, Some("saying"));
        assert_eq!(c.source, None);
    }

    #[test]
    fn reporting_words_stop_at_a_conjunction() {
        let t = "The board called the toll unfair and demanded a vote on the fees. Later.";
        let s = t.find("a vote").unwrap_or(0);
        let e = t.find(". Later").unwrap_or(0);
        let c = article_context(Some(t), s, e, Some("demanded"));
        assert_eq!(c.frame.as_deref(), Some("demanded"));
        let t = "The board has not rejected the fees. Later.";
        let s = t.find("the fees").unwrap_or(0);
        let e = t.find(". Later").unwrap_or(0);
        let c = article_context(Some(t), s, e, Some("rejected"));
        assert_eq!(c.frame.as_deref(), Some("board has not rejected"));
    }

    #[test]
    fn reporting_words_after_a_quote_stop_at_punctuation() {
        let t = "\"We will not sign,\" the minister said, rejecting the offer.";
        let e = t.find(",\"").unwrap_or(0);
        let c = article_context(Some(t), 1, e, Some("said"));
        assert_eq!(c.frame.as_deref(), Some("the minister said"));
    }

    #[test]
    fn without_the_article_the_cue_alone_frames() {
        let c = article_context(None, 0, 0, Some("rejected"));
        assert_eq!(c.frame.as_deref(), Some("rejected"));
        assert_eq!(c.before, None);
    }

    #[test]
    fn frame_cues_are_verbs_with_their_sense_as_a_frame() {
        let f = FrameCues::default();
        let t = tokenize("Washington has threatened");
        assert_eq!(f.at(&t, 2), Some((1, 1)));
        let t = tokenize("the ministry offered");
        assert_eq!(f.at(&t, 2), Some((1, 1)));
        // A noun after a determiner is not the reporting verb.
        let t = tokenize("rejected the offer");
        assert_eq!(f.at(&t, 2), None);
        let t = tokenize("said");
        assert_eq!(f.at(&t, 0), None);
    }

    #[test]
    fn a_party_or_a_quoted_third_person_holds_an_attitude() {
        let verbs = AttitudeVerbs::default();
        let t = tokenize("Moscow has repeatedly rejected the plan");
        let parties = vec![Some(0), None, None, None, None, None];
        assert!(verbs.at(&t, 3));
        assert_eq!(subject_holder(&t, &parties, 0, 3, true), Holder::Party(0));
        let t = tokenize("She wants a seat on the board");
        let none = vec![None; t.len()];
        assert!(verbs.at(&t, 1));
        assert_eq!(subject_holder(&t, &none, 0, 1, true), Holder::Other);
        // In a claim, "she" is the speaker reported.
        assert_eq!(subject_holder(&t, &none, 0, 1, false), Holder::Speaker);
        let t = tokenize("We do not want a freeze");
        assert_eq!(subject_holder(&t, &none, 0, 3, true), Holder::Speaker);
        // A possessive names the party whose wish an attitude noun is.
        let t = tokenize("rejected Moscow's demand for a buffer zone");
        let parties = vec![None, Some(0), None, None, None, None, None];
        assert!(verbs.at(&t, 2));
        assert_eq!(
            subject_holder(&t, &parties, 0, 2, false),
            Holder::Possessor(0)
        );
        // Modals are not attitude verbs: "Russia must withdraw" is the speaker's demand.
        let t = tokenize("Russia must withdraw");
        assert!(!verbs.at(&t, 1));
    }
}
