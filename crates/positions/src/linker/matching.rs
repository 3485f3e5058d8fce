//! Finding an issue's terms in a clause and choosing the option (steps 1, 2 and 5 of the
//! method in [`super`]).

use crate::lexicon::{phrase_at, StanceLexicon, TermKind, TermWord};
use crate::text::{is_negation, stem_similarity, Token};

use super::*;

/// Where the scenario's term words occur in one statement's tokens, found once per
/// statement from the lexicon's stem index, so that finding a word is a lookup rather than
/// a scan of the tokens comparing stems, and issues none of whose words occur are skipped
/// (see [`StanceLinker::issues_present`]).
pub(super) struct WordHits {
    /// (word id, token index) for every token whose stem meets the word's
    /// (`stem_similarity` above zero), sorted.
    pairs: Vec<(u32, u32)>,
    /// Term words found as two neighbouring tokens written together ("cease" + "fire" as
    /// "ceasefire"); usually none.
    joined: Vec<String>,
    /// The parties the tokens name.
    parties: Vec<usize>,
    /// Per word id: whether it occurs anywhere in the tokens.
    present: Vec<bool>,
}

impl WordHits {
    pub(super) fn new(lex: &StanceLexicon, tokens: &[Token], parties: &[Option<usize>]) -> Self {
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            let s = t.stem.as_str();
            let mut add = |id: u32| {
                if stem_similarity(&lex.word_stems[id as usize], s) > 0.0 {
                    pairs.push((id, i));
                }
            };
            // The same stem, a word's stem that begins this one, or a word's stem that
            // this one begins.
            if let Some(&id) = lex.word_index.get(s) {
                add(id);
            }
            for (k, _) in s.char_indices().filter(|(k, _)| *k >= 5) {
                if let Some(&id) = lex.word_index.get(&s[..k]) {
                    add(id);
                }
            }
            if let Some(ids) = lex.word_prefixes.get(s) {
                for &id in ids {
                    add(id);
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let joined: Vec<String> = tokens
            .windows(2)
            .map(|w| format!("{}{}", w[0].lower, w[1].lower))
            .filter(|j| lex.word_lowers.contains(j))
            .collect();
        let mut p: Vec<usize> = parties.iter().flatten().copied().collect();
        p.sort_unstable();
        p.dedup();
        let mut present = vec![false; lex.word_stems.len()];
        for &(id, _) in &pairs {
            if let Some(x) = present.get_mut(id as usize) {
                *x = true;
            }
        }
        WordHits {
            pairs,
            joined,
            parties: p,
            present,
        }
    }

    /// The first token in `from..to` whose stem meets word `id`.
    fn first(&self, id: u32, from: usize, to: usize) -> Option<usize> {
        if !self.present.get(id as usize).copied().unwrap_or(false) {
            return None;
        }
        let from32 = u32::try_from(from).unwrap_or(u32::MAX);
        let k = self.pairs.partition_point(|&p| p < (id, from32));
        self.pairs
            .get(k)
            .filter(|&&(w, i)| w == id && (i as usize) < to)
            .map(|&(_, i)| i as usize)
    }

    /// Whether word `a` is found at some token in `from..to` and word `b` at the next one.
    fn side_by_side(&self, a: u32, b: u32, from: usize, to: usize) -> bool {
        if !self.present.get(a as usize).copied().unwrap_or(false)
            || !self.present.get(b as usize).copied().unwrap_or(false)
        {
            return false;
        }
        let from32 = u32::try_from(from).unwrap_or(u32::MAX);
        let k = self.pairs.partition_point(|&p| p < (a, from32));
        self.pairs[k..]
            .iter()
            .take_while(|&&(w, i)| w == a && (i as usize) < to)
            .any(|&(_, i)| (i as usize) + 1 < to && self.pairs.binary_search(&(b, i + 1)).is_ok())
    }

    /// Whether [`StanceLinker::find_word`] (with aliases) could find `w` in the tokens.
    fn may_find(&self, w: &TermWord) -> bool {
        self.present.get(w.id as usize).copied().unwrap_or(false)
            || w.party.is_some_and(|p| self.parties.contains(&p))
            || self.joined.contains(&w.lower)
    }
}

impl StanceLinker {
    /// Per issue: whether any word of its terms may occur in the tokens. An issue none of
    /// whose words occur has no target anywhere in them, so the clause pass skips it.
    pub(super) fn issues_present(&self, hits: &WordHits) -> Vec<bool> {
        self.issue_words
            .iter()
            .map(|words| words.iter().any(|w| hits.may_find(w)))
            .collect()
    }

    /// The first place in `tokens[from..to]` where word `w` is found: a token whose stem
    /// meets the word's, or (option scoring, without `aliases`) a synonym of it, or (with
    /// `aliases`) a token naming the party the word names, or two tokens written together
    /// ("cease-fire" for "ceasefire").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn find_word(
        &self,
        w: &TermWord,
        tokens: &[Token],
        parties: &[Option<usize>],
        hits: &WordHits,
        from: usize,
        to: usize,
        aliases: bool,
    ) -> Option<std::ops::Range<usize>> {
        let to = to.min(tokens.len());
        let mut best = hits.first(w.id, from, to);
        if !aliases && w.synonyms.is_some() {
            let end = best.unwrap_or(to);
            if let Some(i) = (from..end).find(|&i| tokens[i].syn == w.synonyms) {
                best = Some(i);
            }
        }
        if aliases && w.party.is_some() {
            let end = best.unwrap_or(to);
            if let Some(i) = (from..end).find(|&i| parties[i] == w.party) {
                best = Some(i);
            }
        }
        // "ceasefire" written "cease-fire" or "cease fire", found only before any other hit.
        if hits.joined.contains(&w.lower) {
            let end = best.unwrap_or(to);
            let joined = (from..end).find(|&i| {
                let t = &tokens[i];
                i + 1 < to
                    && w.lower.len() > t.lower.len()
                    && w.lower.starts_with(&t.lower)
                    && w.lower[t.lower.len()..] == tokens[i + 1].lower
            });
            if let Some(i) = joined {
                return Some(i..i + 2);
            }
        }
        best.map(|i| i..i + 1)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn term_hit(
        &self,
        words: &[TermWord],
        tokens: &[Token],
        parties: &[Option<usize>],
        hits: &WordHits,
        from: usize,
        to: usize,
        aliases: bool,
    ) -> TermHit {
        let mut hit = TermHit {
            all_found: true,
            ..TermHit::default()
        };
        for w in words {
            hit.total_weight += w.weight;
            if w.discriminative && !w.topic {
                hit.discriminative_total += w.weight;
            }
            match self.find_word(w, tokens, parties, hits, from, to, aliases) {
                Some(idx) => {
                    hit.matched_weight += w.weight;
                    if w.key && w.distinctive {
                        hit.any_key = true;
                    }
                    if w.party.is_none() {
                        hit.content_words += 1;
                    }
                    if w.discriminative {
                        hit.any_discriminative = true;
                        hit.discriminative_found += w.weight;
                    }
                    if w.distinctive {
                        hit.any_distinctive = true;
                        hit.distinctive_tokens.extend(idx.clone());
                    }
                    hit.tokens.extend(idx);
                }
                None => hit.all_found = false,
            }
        }
        hit
    }

    /// The places in a clause where an issue is spoken of: one target per cluster of
    /// linking words, so "we will not trade our land ..., and we will not freeze the front
    /// line" gives two targets with their own cues.
    pub(super) fn match_issue(
        &self,
        ii: usize,
        tokens: &[Token],
        parties: &[Option<usize>],
        hits: &WordHits,
        from: usize,
        to: usize,
    ) -> Vec<Target> {
        let issue = &self.lexicon.issues[ii];
        let mut tokens_hit: Vec<usize> = Vec::new();
        let mut phrase_hit: Vec<usize> = Vec::new();
        let mut anchor: Vec<usize> = Vec::new();
        // Whether a term other than a shared one-word keyword fired, and the stems of
        // those that did.
        let mut strong = false;
        let mut weak: Vec<String> = Vec::new();
        for term in &issue.terms {
            // A term none of whose words occur finds nothing.
            if !term.words.iter().any(|w| hits.may_find(w)) {
                continue;
            }
            if let Some(seq) = &term.exact {
                if !phrase_at(tokens, from, to, seq) {
                    continue;
                }
            }
            let hit = self.term_hit(&term.words, tokens, parties, hits, from, to, true);
            if hit.tokens.is_empty() || !party_keyword_together(term, &hit.tokens) {
                continue;
            }
            // A one-word keyword, or the one word found of a name or label, used as a verb
            // on another object ("raise its pension contribution", "to raise the issue",
            // "refused to guarantee the safety of reporters") does not name the issue's
            // subject.
            if hit.tokens.len() == 1 && (!term.whole || term.words.len() == 1) {
                let i = hit.tokens[0];
                let before = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
                let after = tokens.get(i + 1).map(|t| t.lower.as_str());
                let verb = matches!(before, Some("to"))
                    && matches!(
                        after,
                        Some("its" | "their" | "our" | "the" | "his" | "her" | "my" | "your")
                    )
                    || (tokens[i].lower.ends_with("ed")
                        && matches!(after, Some("to" | "by" | "from")));
                if verb || found_only_as_shorter_word(&term.words, &tokens[i]) {
                    continue;
                }
            }
            if !term.whole || term.words.len() == 1 {
                if let Some(i) = super::word_rules::lone_content_word(&hit.tokens, parties) {
                    if hit.tokens.len() > 1 && found_only_as_shorter_word(&term.words, &tokens[i]) {
                        continue;
                    }
                }
            }
            let coverage = hit.matched_weight / hit.total_weight.max(f64::MIN_POSITIVE);
            let fires = if term.whole {
                hit.all_found && (hit.any_distinctive || term.words.iter().all(|w| !w.distinctive))
            } else {
                let need = match term.kind {
                    TermKind::Name => NAME_LINK,
                    _ => LABEL_LINK,
                };
                // One word of a long label ("included") is too little to go on.
                let enough = match term.kind {
                    // A name found in part needs its head or a proper name, unless its head
                    // is generic ("Status of Crimea" is linked by "Crimea").
                    TermKind::Name => {
                        hit.all_found
                            || hit.any_key
                            || !term.words.iter().any(|w| w.key && w.distinctive)
                    }
                    _ => hit.content_words >= 2 || term.words.len() == 1,
                };
                hit.any_distinctive && coverage >= need && enough
            };
            if fires {
                if term.shared {
                    weak.extend(hit.tokens.iter().map(|&i| tokens[i].stem.clone()));
                } else {
                    strong = true;
                }
                if hit.distinctive_tokens.is_empty() {
                    anchor.extend(&hit.tokens);
                } else {
                    anchor.extend(&hit.distinctive_tokens);
                }
            }
            if term.whole || term.kind == TermKind::Name {
                phrase_hit.extend(&hit.tokens);
            }
            tokens_hit.extend(hit.tokens);
        }
        weak.sort_unstable();
        weak.dedup();
        if anchor.is_empty() || (!strong && weak.len() < 2) {
            return Vec::new();
        }
        anchor.sort_unstable();
        anchor.dedup();
        tokens_hit.sort_unstable();
        tokens_hit.dedup();
        let mut clusters: Vec<(usize, usize)> = Vec::new();
        for &a in &anchor {
            match clusters.last_mut() {
                Some((_, last)) if a <= *last + CLUSTER_GAP => *last = a,
                _ => clusters.push((a, a)),
            }
        }
        let mut out = Vec::new();
        for (ci, &(a, b)) in clusters.iter().enumerate() {
            let region_from = if ci == 0 {
                from
            } else {
                clusters[ci - 1].1 + 1
            };
            let region_to = clusters.get(ci + 1).map(|c| c.0).unwrap_or(to);
            let (mut first, mut last) = (a, b);
            // Non-distinctive words (party names, generic words) widen the target only
            // when they sit next to it, so "Ukraine" at the clause start stays outside.
            let mut grew = true;
            while grew {
                grew = false;
                for &i in &tokens_hit {
                    if i >= region_from && i + 2 >= first && i < first {
                        first = i;
                        grew = true;
                    }
                    if i < region_to && i <= last + 2 && i > last {
                        last = i;
                        grew = true;
                    }
                }
            }
            // Option labels match literally: "Kremlin" in a statement is Russia speaking,
            // not the word "Russian" in a label.
            let mut consumed: Vec<usize> = Vec::new();
            let mut option_direct = vec![false; issue.options.len()];
            let mut option_whole: Vec<bool> = Vec::with_capacity(issue.options.len());
            let mut option_scores: Vec<f64> = Vec::with_capacity(issue.options.len());
            let mut option_tokens: Vec<Vec<usize>> = Vec::with_capacity(issue.options.len());
            for (oi, o) in issue.options.iter().enumerate() {
                // The label's words found in this mention's region (also the tie-break).
                let mut found = 0.0;
                let label = if o.core.is_empty() {
                    option_tokens.push(Vec::new());
                    0.0
                } else {
                    let h = self.term_hit(
                        &o.core,
                        tokens,
                        parties,
                        hits,
                        region_from,
                        region_to,
                        false,
                    );
                    option_tokens.push(h.tokens.clone());
                    found = h.discriminative_found;
                    if o.complement.is_some() && !h.tokens.is_empty() {
                        h.matched_weight / h.total_weight.max(f64::MIN_POSITIVE)
                    } else if h.any_discriminative {
                        // Only the words that tell this option from the others count:
                        // "Frozen along the line of contact" is named by "frozen" when
                        // "line of contact" names the issue itself. Topic words count when
                        // found, but a long label is not held against a statement for
                        // leaving them out.
                        let total = if h.discriminative_total > 0.0 {
                            h.discriminative_total
                        } else {
                            h.discriminative_found
                        };
                        (h.discriminative_found / total.max(f64::MIN_POSITIVE)).min(1.0)
                    } else {
                        0.0
                    }
                };
                // Two neighbouring words only this option's label has name it
                // (`lexicon::own_word_pairs`).
                let label = if o.own_pairs.iter().any(|&i| {
                    hits.side_by_side(o.core[i].id, o.core[i + 1].id, region_from, region_to)
                }) {
                    label.max(LABEL_PHRASE)
                } else {
                    label
                };
                // One feature of a label said in full names it
                // (`label_parts::a_named_feature_names_its_option`).
                let parts = &self.label_parts[ii][oi];
                let label = if !parts.is_empty()
                    && super::label_parts::feature_named(parts, &o.core, |w| {
                        self.find_word(w, tokens, parties, hits, region_from, region_to, false)
                            .is_some()
                    }) {
                    label.max(LABEL_PHRASE)
                } else {
                    label
                };
                let mut kw = 0.0f64;
                let mut direct = false;
                // A negated keyword found with its negation ("never be a Palestinian
                // state" for "No Palestinian state").
                let mut negated_found = false;
                for (((k, &negated), exact), &shared) in o
                    .keywords
                    .iter()
                    .zip(&o.keyword_negated)
                    .zip(&o.keyword_exact)
                    .zip(o.keyword_shared.iter().chain(std::iter::repeat(&false)))
                {
                    // A keyword that does not set its option apart counts as just enough to
                    // pick the option, so better-covered distinctive words of another win.
                    let strength = if shared { OPTION_PICK } else { 1.0 };
                    if exact
                        .as_ref()
                        .is_some_and(|seq| !phrase_at(tokens, from, to, seq))
                    {
                        continue;
                    }
                    // A keyword phrase may be spread over the clause ("withdraw from the
                    // parts of the Donetsk region"), as long as part of it is this mention's.
                    let h = self.term_hit(k, tokens, parties, hits, from, to, false);
                    let lo = h.tokens.iter().copied().min().unwrap_or(0);
                    let hi = h.tokens.iter().copied().max().unwrap_or(0);
                    if !h.all_found
                        || !h.tokens.iter().any(|&i| i >= region_from && i < region_to)
                        || hi - lo > KEYWORD_SPREAD
                    {
                        continue;
                    }
                    if !negated {
                        kw = kw.max(strength);
                        direct = true;
                        continue;
                    }
                    // "no NATO" names the option only with its negation: the negation just
                    // before the words ("no", "never join") is part of the phrase, not a cue.
                    let start = h.tokens.iter().copied().min().unwrap_or(region_from);
                    let neg = (start.saturating_sub(3).max(region_from)..start)
                        .rev()
                        .find(|&i| is_negation(&tokens[i].lower))
                        // "Without X, ..." opening a clause sets a condition on X (X is
                        // needed), it does not name "no X".
                        .filter(|&i| !(i == from && tokens[i].lower == "without"))
                        .filter(|&i| super::word_rules::negation_reaches_keyword(tokens, i, start));
                    if let Some(n) = neg {
                        kw = kw.max(strength);
                        direct = true;
                        negated_found = true;
                        consumed.push(n);
                    }
                }
                option_direct[oi] = negated_keyword_names_option(direct, kw, label, negated_found);
                option_whole.push(o.whole_words.iter().any(|&j| {
                    self.find_word(
                        &o.core[j],
                        tokens,
                        parties,
                        hits,
                        region_from,
                        region_to,
                        false,
                    )
                    .is_some()
                }));
                // Among labels covered alike, the one with more of its own words found
                // wins ("higher 401(k) contributions" over "401(k) contributions as
                // before"); an option and its negation still tie.
                option_scores.push(label.max(kw) + TIE_BREAK * found.min(10.0));
            }
            let mut matched: Vec<usize> = tokens_hit
                .iter()
                .copied()
                .filter(|i| *i >= first && *i <= last)
                .collect();
            let mut phrase: Vec<usize> = phrase_hit
                .iter()
                .copied()
                .filter(|i| *i >= first && *i <= last)
                .collect();
            phrase.extend(&consumed);
            matched.extend(consumed);
            out.push(Target {
                issue: ii,
                first,
                last,
                matched,
                anchors: anchor
                    .iter()
                    .copied()
                    .filter(|x| *x >= a && *x <= b)
                    .collect(),
                option_scores,
                option_direct,
                option_tokens,
                option_whole,
                phrase,
                new_thing: super::status_quo::named_as_new(tokens, first),
            });
        }
        out
    }

    /// The option a target points at, and the polarity towards it.
    pub(super) fn pick_option(
        &self,
        target: &Target,
        polarity: Polarity,
    ) -> (Option<usize>, Polarity) {
        let picked = self.pick_option_by_words(target, polarity);
        if picked.0.is_some() || polarity == Polarity::Neutral {
            return picked;
        }
        let labels: Vec<&str> = self.lexicon.issues[target.issue]
            .options
            .iter()
            .map(|o| o.label.as_str())
            .collect();
        match bare_action_names_its_whole_option(&target.option_whole).or_else(|| {
            super::status_quo::a_new_thing_is_the_change_not_the_status_quo(
                target.new_thing,
                &labels,
            )
        }) {
            Some(o) => (Some(o), polarity),
            None => picked,
        }
    }

    fn pick_option_by_words(
        &self,
        target: &Target,
        polarity: Polarity,
    ) -> (Option<usize>, Polarity) {
        let issue = &self.lexicon.issues[target.issue];
        let best = target.option_scores.iter().copied().fold(0.0, f64::max);
        if best <= 0.0 {
            let thing = self
                .thing_named_by_shared_words(target)
                .filter(|_| polarity != Polarity::Neutral);
            return (thing, polarity);
        }
        let tied: Vec<usize> = (0..issue.options.len())
            .filter(|&o| (target.option_scores[o] - best).abs() < 1e-9)
            .collect();
        // An option and its negation share every word, so any of those words found
        // speaks of the pair, and the polarity says which side; other options need
        // their label well covered.
        let pair = matches!(tied.as_slice(), [a, b] if issue.options[*a].complement == Some(*b));
        if best < OPTION_PICK && !pair {
            return (None, polarity);
        }
        match tied.as_slice() {
            [o] => {
                let opt = &issue.options[*o];
                // The polarity so far is towards the label's words; a label that denies
                // them ("None; no foreign forces") is supported by rejecting them.
                let towards = if opt.negated && !target.option_direct[*o] {
                    polarity.flip()
                } else {
                    polarity
                };
                // Rejecting an option whose opposite the scenario also offers is supporting
                // that opposite ("X" / "no X").
                if towards == Polarity::Rejects {
                    if let Some(c) = opt.complement {
                        return (Some(c), Polarity::Supports);
                    }
                }
                (Some(*o), towards)
            }
            [a, b] if issue.options[*a].complement == Some(*b) => {
                let (pos, neg) = if issue.options[*a].negated {
                    (*b, *a)
                } else {
                    (*a, *b)
                };
                match polarity {
                    Polarity::Supports => (Some(pos), Polarity::Supports),
                    Polarity::Rejects => (Some(neg), Polarity::Supports),
                    // Naming the pair without taking a side is a mention of the issue.
                    Polarity::Neutral => (None, Polarity::Neutral),
                }
            }
            _ => (None, polarity),
        }
    }
}

impl StanceLinker {
    /// Rule `shared_words_name_the_thing`: in an issue of two options, a thing and its
    /// absence ("Harbour levy imposed" / "No harbour levy"), the words the two labels
    /// share ("harbour levy") name the thing itself: a statement that names all of them,
    /// and no word of either option alone, speaks of the first option, with the polarity
    /// its cues give ("we support a harbour levy": imposed, supports; "the skippers reject a
    /// harbour levy": imposed, rejects). The absence's words must all be among the thing's.
    pub(super) fn thing_named_by_shared_words(&self, target: &Target) -> Option<usize> {
        let issue = &self.lexicon.issues[target.issue];
        let [a, b] = issue.options.as_slice() else {
            return None;
        };
        let (thing, absence, none_at) = match (a.negated, b.negated) {
            (false, true) => (0, b, 1),
            (true, false) => (1, a, 0),
            _ => return None,
        };
        let thing_stems: Vec<&str> = issue.options[thing]
            .core
            .iter()
            .map(|w| w.stem.as_str())
            .collect();
        let shared = !absence.core.is_empty()
            && absence
                .core
                .iter()
                .all(|w| thing_stems.contains(&w.stem.as_str()));
        let named = target
            .option_tokens
            .get(none_at)
            .is_some_and(|t| t.len() >= absence.core.len());
        (shared && named).then_some(thing)
    }
}

/// Rule `bare_action_names_its_whole_option`: a statement that takes a side on the issue's
/// own action or thing, unqualified ("until Hamas is disarmed", "rejects the disarmament
/// demand") and naming no option by its distinctive words, speaks of that action done in
/// full: the one option whose label puts a totality word before it ("Full disarmament
/// under international verification"; `whole` per option, see
/// `lexicon::whole_action_words`). None when no option, or more than one, says so.
pub(super) fn bare_action_names_its_whole_option(whole: &[bool]) -> Option<usize> {
    let mut it = whole.iter().enumerate().filter(|(_, w)| **w);
    match (it.next(), it.next()) {
        (Some((o, _)), None) => Some(o),
        _ => None,
    }
}

/// Rule `negated_keyword_names_its_option`: an option is named as it stands (its label's
/// denial is not applied again to the polarity) when its best evidence is one of its
/// keywords (`direct`, keyword score `kw` at least the label's `label`), or when a keyword
/// written with a negation was found with that negation (`negated_found`): "there will
/// never be a Palestinian state" names "No Palestinian state" itself, and its negation is
/// part of the phrase, not a cue, even when the label's own words score as high.
pub(super) fn negated_keyword_names_option(
    direct: bool,
    kw: f64,
    label: f64,
    negated_found: bool,
) -> bool {
    (direct && kw >= label) || negated_found
}

/// Rule `shorter_word_links_nothing_alone`: a token that meets a term's word only as a
/// shorter word its stem begins ("member" for "membership", "state" for "statehood",
/// "govern" for "governance") names something else (the members, a state), so found
/// alone it does not link the term; with another of the term's words ("a member of NATO")
/// it still counts. True when some word of `words` has a longer stem beginning with the
/// token's and none has the token's stem.
pub(super) fn found_only_as_shorter_word(words: &[TermWord], token: &Token) -> bool {
    let t = token.stem.as_str();
    !words.iter().any(|w| w.stem == t)
        && words
            .iter()
            .any(|w| w.stem.len() > t.len() && w.stem.starts_with(t))
}

/// Rule: a keyword of several words one of which names a party ("EU tariffs", "Russian
/// assets") is found only with its words together (within one word of each other): the
/// party's name elsewhere in the clause ("the tariff would stay on European goods") says
/// who is concerned, not that the keyword's thing is spoken of.
pub(super) fn party_keyword_together(term: &crate::lexicon::Term, found: &[usize]) -> bool {
    if !term.whole || term.words.len() < 2 || term.words.iter().all(|w| w.party.is_none()) {
        return true;
    }
    let lo = found.iter().copied().min().unwrap_or(0);
    let hi = found.iter().copied().max().unwrap_or(0);
    hi - lo <= term.words.len()
}
