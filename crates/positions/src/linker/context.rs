//! The statement's surroundings: the reporting frame's cues and the neighbouring sentences
//! that may supply the issue or the cue a statement lacks.

use crate::frame::{ContextUse, Framing};
use crate::grammar::{conditions, ConditionKind};
use crate::text::{tokenize, Token};

use super::*;

impl StanceLinker {
    pub(super) fn frame_cue(&self, frame: &str) -> Option<FrameCue> {
        self.frame_cue_as(frame, true)
    }

    /// The stance cues of `frame`; with `reporting`, read as the verb of a reporting
    /// clause: a frame cue (`data/frame_cues.txt`: "threatened", "offered", "pledged")
    /// takes its sense as a frame ([`FrameCues::at`]), over its reading inside a statement.
    pub(super) fn frame_cue_as(&self, frame: &str, reporting: bool) -> Option<FrameCue> {
        let tokens = tokenize(frame);
        let mut marks = self.cue_marks(&tokens);
        if !reporting && !marks.is_empty() {
            // A neighbouring sentence read as a frame: its hypotheses lend no cue.
            hypothesis_lends_no_cue(frame, &tokens, &mut marks);
        }
        if reporting {
            for i in 0..tokens.len() {
                if let Some((len, sign)) = self.frame_cues.at(&tokens, i) {
                    marks.retain(|m| m.first + m.len <= i || m.first >= i + len);
                    marks.push(CueMark {
                        first: i,
                        len,
                        sign,
                        negation: false,
                    });
                }
            }
            marks.sort_by_key(|m| m.first);
        }
        // Only a stance cue frames: a bare negation ("did not say") or a topic word
        // ("discussed") says nothing of a side.
        if !marks.iter().any(|m| !m.negation && m.sign != 0) || marks.iter().any(|m| m.sign == 0) {
            return None;
        }
        let sign = if marks.iter().filter(|m| m.sign < 0).count() % 2 == 1 {
            -1
        } else {
            1
        };
        let words = marks
            .iter()
            .map(|m| frame[tokens[m.first].start..tokens[m.first + m.len - 1].end].to_string())
            .collect();
        Some(FrameCue { sign, words })
    }

    /// Rule: a statement that takes a side (a stance cue of its own, or its frame's) but
    /// names no issue takes the issue from the sentence before it, else the one after,
    /// when that sentence names exactly one issue ("Moscow demands Kyiv leave Donbas.
    /// 'We will never accept that,' he said."). The option is the one the neighbouring
    /// sentence names, taken with the statement's polarity.
    pub(super) fn issue_from_context(
        &self,
        text: &str,
        party: Option<usize>,
        frame: Option<&FrameCue>,
        framing: &Framing,
    ) -> Vec<Stance> {
        let tokens = tokenize(text);
        let mut marks = self.cue_marks(&tokens);
        if marks.iter().any(|m| m.sign == 0) {
            return Vec::new();
        }
        if !marks.is_empty() {
            hypothesis_lends_no_cue(text, &tokens, &mut marks);
        }
        let own: Vec<&CueMark> = marks.iter().filter(|m| m.sign != 0).collect();
        // A denial pointing back ("That will never happen") takes its issue from the
        // sentence before only.
        let denial_only = !own.iter().any(|m| !m.negation) && frame.is_none();
        if denial_only && !denies_what_was_said(&tokens, &marks) {
            return Vec::new();
        }
        let sign = own.iter().filter(|m| m.sign < 0).count() % 2;
        let sign: i8 = if sign == 1 { -1 } else { 1 } * frame.map_or(1, |f| f.sign);
        let polarity = if sign < 0 {
            Polarity::Rejects
        } else {
            Polarity::Supports
        };
        for (ctx, used) in [
            (framing.before, ContextUse::IssueFromBefore),
            (framing.after, ContextUse::IssueFromAfter),
        ] {
            let Some(ctx) = ctx.filter(|_| !denial_only || used.is_before()) else {
                continue;
            };
            if !used.is_before()
                && (anaphor_looks_back(&tokens)
                    || !named_after(&self.frame_cues, framing.frame, &tokens))
            {
                continue;
            }
            let ctoks = tokenize(ctx);
            let cparties = self.party_marks(&ctoks);
            let hits = super::matching::WordHits::new(&self.lexicon, &ctoks, &cparties);
            let present = self.issues_present(&hits);
            let targets: Vec<Target> = (0..self.lexicon.issues.len())
                .filter(|&ii| present[ii])
                .flat_map(|ii| self.match_issue(ii, &ctoks, &cparties, &hits, 0, ctoks.len()))
                .collect();
            let mut issues: Vec<usize> = targets.iter().map(|t| t.issue).collect();
            issues.dedup();
            if issues.len() != 1 {
                continue;
            }
            let target = &targets[0];
            if used.is_before()
                && names_a_thing_of_its_own(&tokens, |t| {
                    super::shared_words::issue_uses_word(&self.issue_words[target.issue], t)
                })
            {
                continue;
            }
            let (option, polarity) = self.pick_option(target, polarity);
            let issue = &self.lexicon.issues[target.issue];
            let cues: Vec<String> = frame
                .map(|f| f.words.clone())
                .unwrap_or_default()
                .into_iter()
                .chain(own.iter().map(|m| {
                    text[tokens[m.first].start..tokens[m.first + m.len - 1].end].to_string()
                }))
                .collect();
            let mut matched = target.matched.clone();
            matched.sort_unstable();
            matched.dedup();
            return vec![Stance {
                issue: issue.id.clone(),
                option: option.map(|o| issue.options[o].id.clone()),
                polarity,
                party: party.map(|i| self.lexicon.parties[i].id.clone()),
                mentioned_parties: Vec::new(),
                cues,
                matched: matched
                    .iter()
                    .map(|&i| ctx[ctoks[i].start..ctoks[i].end].to_string())
                    .collect(),
                start: 0,
                end: text.len(),
                confidence: 0.4,
                frame: frame.map(|f| f.words.clone()).unwrap_or_default(),
                context: Some(used),
                reported_by: None,
            }];
        }
        Vec::new()
    }

    /// Rule: a statement that names an issue with no cue at all (and no frame) takes its
    /// side from the sentence before it, else the one after, when that sentence takes a
    /// side (a stance cue) on no issue of its own ("Kyiv rejected the proposal outright.
    /// 'Crimea was, is and will be Ukraine's,' Zelensky said."): the neighbouring
    /// sentence's cues act as the statement's frame.
    pub(super) fn cue_from_context(
        &self,
        text: &str,
        party: Option<usize>,
        framing: &Framing,
    ) -> Option<Vec<Stance>> {
        for (ctx, used) in [
            (framing.before, ContextUse::CueFromBefore),
            (framing.after, ContextUse::CueFromAfter),
        ] {
            let Some(ctx) = ctx else { continue };
            if !self.link_core(ctx, None, None, false).is_empty() {
                continue;
            }
            let Some(f) = self.frame_cue_as(ctx, false) else {
                continue;
            };
            let mut out = self.link_core(text, party, Some(&f), framing.quote);
            if out.iter().all(|s| s.polarity == Polarity::Neutral) {
                continue;
            }
            for s in &mut out {
                s.context = Some(used);
                s.confidence = s.confidence.min(0.5);
            }
            return Some(out);
        }
        None
    }
}

/// Rule `anaphor_looks_back`: a statement that opens with a definite or demonstrative
/// determiner, a possessive determiner or a personal pronoun ("the plan within hours",
/// "that proposal", "its offer", "it will not accept ...") speaks of something already
/// named, so only the sentence before it, never the one after, may supply its issue
/// ([`StanceLinker::issue_from_context`]); a statement that opens with a new thing ("a cap
/// on night flights", "to close the ports") may be explained by the sentence after it.
fn anaphor_looks_back(tokens: &[Token]) -> bool {
    tokens.first().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
                | "it"
                | "they"
                | "he"
                | "she"
                | "we"
                | "i"
        )
    })
}

/// Rule `named_after`: only a statement that introduces a new thing (it opens with an
/// indefinite article: "a new proposal within hours") or that is reported as something
/// its subject offers, threatens, promises, pledges or asks for (a frame cue of
/// `data/frame_cues.txt`: "offered a grant to every household", "threatened to close its
/// ports") may take its issue from the sentence after it: such a statement describes a
/// thing or an act that the next sentence often names ("The scheme ...", "The ban
/// would ..."). A bare judgement or want that names nothing ("less than we hoped",
/// "whatever the others choose") speaks of what came before or of something else; the
/// sentence after it is no guide.
fn named_after(frame_cues: &FrameCues, frame: Option<&str>, tokens: &[Token]) -> bool {
    let new_thing = tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"));
    new_thing
        || frame.is_some_and(|f| {
            let ftoks = tokenize(f);
            (0..ftoks.len()).any(|i| frame_cues.at(&ftoks, i).is_some())
        })
}

/// Rule `names_a_thing_of_its_own`: a statement that opens with an article ("the", "a",
/// "an", "any") and a word that is none of the neighbouring issue's words (`issue_uses`)
/// names a thing of its own ("the offer within hours", "a compromise", "any arrangement
/// that ...", "the money"): it speaks of that thing, so it does not take the issue of the
/// sentence before it. One whose first word after the article is the issue's own ("a cap
/// low enough ..." after a sentence on the army's size) still does.
fn names_a_thing_of_its_own(tokens: &[Token], issue_uses: impl Fn(&Token) -> bool) -> bool {
    tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "any"))
        && tokens.get(1).is_some_and(|t| !issue_uses(t))
}

/// Rule `hypothesis_lends_no_cue`: when a statement that names no issue takes its side as a
/// whole (its issue from a neighbouring sentence), or a neighbouring sentence lends its cue
/// to a statement that has none, the cue words inside a plain "if"
/// condition are a hypothesis, not the speaker's stance ("threatened to close its ports
/// if the islands do not lower their quota": the threat is for the closure, the "not"
/// belongs to the hypothesis). They are removed from `marks`.
fn hypothesis_lends_no_cue(text: &str, tokens: &[Token], marks: &mut Vec<CueMark>) {
    let conds = conditions(text, tokens, 0, tokens.len());
    marks.retain(|m| {
        !conds
            .iter()
            .any(|c| c.kind == ConditionKind::Plain && m.first >= c.marker && m.first < c.end)
    });
}

/// Rule `denied_event_takes_a_side`: a statement whose subject points back ("that",
/// "this", "it") and that denies it will happen ("That will never happen", "This is not
/// going to happen", "It won't happen") refuses what the sentence before it reported, so
/// its negation is a stance cue even though it names no issue of its own.
fn denies_what_was_said(tokens: &[Token], marks: &[CueMark]) -> bool {
    let points_back = tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "that" | "this" | "it"));
    points_back
        && tokens.len() <= 8
        && marks.iter().any(|m| {
            m.negation
                && tokens[m.first + m.len..]
                    .iter()
                    .take(4)
                    .any(|t| t.lower.starts_with("happen"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_denied_event_pointing_back_takes_a_side() {
        let mark = |tokens: &[Token]| {
            let i = tokens
                .iter()
                .position(|t| matches!(t.lower.as_str(), "not" | "never" | "won't"))
                .expect("negation");
            vec![CueMark {
                first: i,
                len: 1,
                sign: -1,
                negation: true,
            }]
        };
        for text in [
            "That will never happen",
            "This is not going to happen, believe me",
        ] {
            let t = tokenize(text);
            assert!(denies_what_was_said(&t, &mark(&t)), "{text}");
        }
        // A subject of its own, or a negation of something else, does not point back.
        for text in ["The vote will not happen soon", "That is not what we said"] {
            let t = tokenize(text);
            assert!(!denies_what_was_said(&t, &mark(&t)), "{text}");
        }
    }

    #[test]
    fn a_hypothesis_keeps_its_negation() {
        let text = "threatened to shut the border if the neighbours do not pay";
        let tokens = tokenize(text);
        let not = tokens.iter().position(|t| t.lower == "not").expect("not");
        let mut marks = vec![CueMark {
            first: not,
            len: 1,
            sign: -1,
            negation: true,
        }];
        hypothesis_lends_no_cue(text, &tokens, &mut marks);
        assert!(marks.is_empty());
    }

    #[test]
    fn a_negation_outside_the_hypothesis_stays() {
        let text = "will not shut the border if the neighbours pay";
        let tokens = tokenize(text);
        let mut marks = vec![CueMark {
            first: 1,
            len: 1,
            sign: -1,
            negation: true,
        }];
        hypothesis_lends_no_cue(text, &tokens, &mut marks);
        assert_eq!(marks.len(), 1);
    }

    #[test]
    fn a_new_thing_an_offer_or_a_threat_is_named_after() {
        let cues = FrameCues::default();
        let plain = tokenize("far lower than we wanted");
        assert!(named_after(&cues, Some("the council offered"), &plain));
        assert!(named_after(&cues, Some("has threatened"), &plain));
        assert!(!named_after(&cues, Some("the union wants"), &plain));
        assert!(!named_after(&cues, Some("rejected"), &plain));
        assert!(!named_after(&cues, None, &plain));
        let new = tokenize("a new levy on visitors");
        assert!(named_after(&cues, Some("rejected"), &new));
    }

    #[test]
    fn a_thing_of_its_own_keeps_its_own_issue() {
        let levy = |t: &Token| t.lower == "levy";
        assert!(names_a_thing_of_its_own(
            &tokenize("the offer within hours"),
            levy
        ));
        assert!(names_a_thing_of_its_own(&tokenize("a compromise"), levy));
        assert!(!names_a_thing_of_its_own(
            &tokenize("a levy far too low"),
            levy
        ));
        assert!(!names_a_thing_of_its_own(&tokenize("resisted"), levy));
        assert!(!names_a_thing_of_its_own(
            &tokenize("That will never happen"),
            levy
        ));
    }

    #[test]
    fn an_anaphor_looks_back() {
        for text in [
            "the plan within hours",
            "That proposal, on Friday",
            "its offer of a truce",
            "it will not accept foreign patrols",
        ] {
            assert!(anaphor_looks_back(&tokenize(text)), "{text}");
        }
        for text in [
            "a cap on the tolls",
            "to close the ports",
            "any truce before May",
        ] {
            assert!(!anaphor_looks_back(&tokenize(text)), "{text}");
        }
    }
}
