//! Stage 1, document structure: tokens, sentences, paragraphs, headline and credit
//! paragraphs, and where the article's trailing boilerplate begins.

#![allow(clippy::needless_range_loop)]

use super::*;

pub(crate) const F_HEAD: u16 = 1;
pub(crate) const F_MOD: u16 = 2;
pub(crate) const F_ORG: u16 = 4;
pub(crate) const F_PLACE: u16 = 8;
pub(crate) const F_EVENT: u16 = 16;
pub(crate) const F_CUE: u16 = 32;
pub(crate) const F_STOP: u16 = 128;
/// A stance verb form (`data/stance_verbs.txt`).
pub(crate) const F_STANCE: u16 = 256;
/// A verb-group word (`data/verb_group.txt`).
pub(crate) const F_VGROUP: u16 = 512;

pub(crate) struct Doc<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Token>,
    /// Per token: word-class flags (`F_*`), computed once so that hot loops never allocate.
    pub(crate) flags: Vec<u16>,
    /// Sentence index per token.
    pub(crate) sent_of: Vec<usize>,
    /// Sentence token ranges.
    pub(crate) sents: Vec<(usize, usize)>,
    pub(crate) para_of: Vec<usize>,
    /// Per token: inside a quotation.
    pub(crate) in_quote: Vec<bool>,
    /// Per paragraph: looks like a headline, caption or credit line.
    pub(crate) para_skip: Vec<bool>,
    /// Per paragraph: a link or advertisement line inside the body ([`link_line`]).
    pub(crate) para_link: Vec<bool>,
}

impl<'a> Doc<'a> {
    /// Whether byte `at` of the text lies in a link line inside the body ("READ MORE: …"):
    /// another article's headline, whose dates and names are not this article's.
    pub(crate) fn in_link_line(&self, at: usize) -> bool {
        // The token holding `at`: the last one starting at or before it.
        let k = self.tok_at(at + 1);
        k > 0 && self.para_link[self.para_of[k - 1]]
    }

    /// What verb-group word token `i` is, if it is one (`data/verb_group.txt`).
    pub(crate) fn verb_group(&self, lx: &Lexicon, i: usize) -> Option<VerbGroup> {
        if !self.has(i, F_VGROUP) {
            return None;
        }
        lx.verb_group
            .get(self.t(i).to_lowercase().as_str())
            .copied()
    }

    /// The first token of `t0..t1` after any leading article ("the Unite union" -> "Unite").
    pub(crate) fn skip_determiners(&self, t0: usize, t1: usize) -> usize {
        (t0..t1)
            .find(|&k| !determiners().contains(&self.t(k)))
            .unwrap_or(t1)
    }
    pub(crate) fn has(&self, i: usize, f: u16) -> bool {
        i < self.flags.len() && self.flags[i] & f != 0
    }
    pub(crate) fn t(&self, i: usize) -> &'a str {
        let k = &self.toks[i];
        &self.text[k.start..k.end]
    }
    pub(crate) fn span(&self, t0: usize, t1: usize) -> &'a str {
        &self.text[self.toks[t0].start..self.toks[t1 - 1].end]
    }
    pub(crate) fn is(&self, i: usize, s: &str) -> bool {
        i < self.toks.len() && self.t(i) == s
    }
    pub(crate) fn lower_is(&self, i: usize, set: &[&str]) -> bool {
        let Some(k) = self.toks.get(i).filter(|k| k.word) else {
            return false;
        };
        // Bytes, not `str`: no character-boundary checks in this hot comparison.
        let w = &self.text.as_bytes()[k.start..k.end];
        set.iter()
            .any(|s| s.len() == w.len() && s.as_bytes().eq_ignore_ascii_case(w))
    }
    /// First token at or after byte `b`.
    pub(crate) fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start < b)
    }
}

impl Extractor {
    pub(crate) fn build_doc<'a>(&self, text: &'a str, from: usize, to: usize) -> Doc<'a> {
        let mut toks = Vec::new();
        tokenize(text, from, to, &mut toks);
        let n = toks.len();
        let mut para_of = Vec::with_capacity(n);
        let mut para = 0usize;
        for (i, t) in toks.iter().enumerate() {
            if t.para_start && i > 0 {
                para += 1;
            }
            para_of.push(para);
        }
        let npara = para + 1;
        let mut flags = vec![0u16; n];
        let mut buf = String::new();
        for (k, t) in toks.iter().enumerate() {
            if !t.word {
                continue;
            }
            let w = &text[t.start..t.end];
            buf.clear();
            if w.is_ascii() {
                buf.push_str(w);
                buf.make_ascii_lowercase();
            } else {
                buf.extend(w.chars().flat_map(char::to_lowercase));
            }
            let lx = &self.lx;
            let mut f = lx.classes.get(buf.as_str()).copied().unwrap_or(0);
            if buf.ends_with('.') {
                f |= lx
                    .classes
                    .get(buf.trim_end_matches('.'))
                    .copied()
                    .unwrap_or(0);
            }
            if t.cap && lx.stop.contains(w) {
                f |= F_STOP;
            }
            flags[k] = f;
        }
        let mut doc = Doc {
            text,
            flags,
            toks,
            sent_of: vec![0; n],
            sents: Vec::new(),
            para_of,
            in_quote: vec![false; n],
            para_skip: vec![false; npara],
            para_link: vec![false; npara],
        };
        // Sentences: a full stop, question or exclamation mark (after any closing quotes)
        // followed by a capitalised word or an opening quote; paragraphs always end one.
        let mut s0 = 0;
        let mut i = 0;
        while i < n {
            let para_end = i + 1 == n || doc.para_of[i + 1] != doc.para_of[i];
            let mut end_here = para_end;
            if !end_here && !doc.toks[i].word && matches!(doc.t(i), "." | "?" | "!" | "…") {
                let mut j = i + 1;
                // A straight mark after a space opens the next quotation ('said X. "We ...'),
                // so it belongs to the next sentence, not this one.
                while j < n
                    && matches!(doc.t(j), "”" | "\"" | "’" | "'" | "»" | ")")
                    && doc.para_of[j] == doc.para_of[i]
                    && !(matches!(doc.t(j), "\"" | "'") && doc.toks[j].start > doc.toks[j - 1].end)
                {
                    j += 1;
                }
                if j < n
                    && doc.para_of[j] == doc.para_of[i]
                    && (doc.toks[j].cap
                        || matches!(doc.t(j), "“" | "\"" | "«" | "‘")
                        || (doc.t(j) == "'" && doc.toks[j].start > doc.toks[j - 1].end))
                {
                    i = j - 1;
                    end_here = true;
                }
            }
            if end_here {
                let idx = doc.sents.len();
                for k in s0..=i {
                    doc.sent_of[k] = idx;
                }
                doc.sents.push((s0, i + 1));
                s0 = i + 1;
            }
            i += 1;
        }
        // Headline-like paragraphs (no final punctuation, short, mostly capitalised) and
        // credit lines are not used to discover names.
        let mut p0 = 0;
        while p0 < n {
            let p = doc.para_of[p0];
            let mut p1 = p0;
            while p1 < n && doc.para_of[p1] == p {
                p1 += 1;
            }
            let last = doc.t(p1 - 1);
            let (words, caps) = doc.toks[p0..p1]
                .iter()
                .filter(|t| t.word)
                .fold((0usize, 0usize), |(w, c), t| {
                    (w + 1, c + usize::from(t.cap))
                });
            // A closing guillemet ends a sentence like ” does; other closers only after a
            // full stop (“... the deal.’”), since headlines often end in a quoted word.
            let ends_sentence = matches!(last, "." | "?" | "!" | "”" | "\"" | "…" | ":" | "»")
                || (matches!(last, "’" | "'" | ")")
                    && p1 >= p0 + 2
                    && matches!(doc.t(p1 - 2), "." | "?" | "!"));
            let link = words <= 20 && link_line(&doc.span(p0, p1.min(p0 + 4)).to_lowercase());
            doc.para_link[p] = link;
            let credit = credit_line(doc.span(p0, p1), words) || link;
            // "“…,” said the minister on Tuesday. Share": a sentence ends inside, so a stray
            // word after it does not make the paragraph a headline.
            let sentence_inside = (p0..p1.saturating_sub(1)).any(|k| {
                matches!(doc.t(k), "." | "?" | "!")
                    && doc.toks[k + 1].cap
                    && k >= p0 + 3
                    && doc.toks[k - 1].word
            });
            // `capitalised_sentence_is_prose`: a short paragraph of mostly capitalised words
            // is a headline, unless it ends a sentence with a lower-case word that is no
            // function word in it ("Peru's Deputy Minister for Human Rights, NAME, was
            // cautious."): title case leaves only function words in lower case.
            let lower_content =
                (p0..p1).any(|k| doc.toks[k].word && !doc.toks[k].cap && !doc.has(k, F_STOP));
            let title_case = words >= 3
                && caps * 10 >= words * 7
                && words <= 20
                && !(ends_sentence && lower_content);
            doc.para_skip[p] =
                credit || (!ends_sentence && !sentence_inside && words <= 25) || title_case;
            p0 = p1;
        }
        doc
    }
}

/// `link_line_inside_body`: a line that starts with a link or advertisement marker
/// (`data/trailer_markers.txt`, kind `link`: "READ MORE: …", "Related: …"), given in lower
/// case.
pub(crate) fn link_line(lower: &str) -> bool {
    crate::wordlists::trailer_link_markers()
        .iter()
        .any(|m| lower.starts_with(m))
}

/// A line of prose: at least twelve words, ending with a full stop, question or
/// exclamation mark or a closing quotation mark.
fn prose_line(line: &str) -> bool {
    let t = line.trim_end();
    t.split_whitespace().count() >= 12 && t.ends_with(['.', '?', '!', '”', '"', '’', '»'])
}

/// `real_trailer_ends_body`: where boilerplate at the end of a page begins, searched in the
/// last two thirds of the text: a line of hashtags, a short "About X" heading, or a line
/// that starts with an end marker (`data/trailer_markers.txt`, kind `end`: author notes,
/// credits, contacts, subscription prompts). A link line ([`link_line`]) ends the article
/// only when no line of prose follows it before the next end marker: a link inside the
/// body does not cut the rest of the article off.
pub(crate) fn trailer_start(text: &str, from: usize) -> usize {
    let half = from + (text.len() - from) / 3;
    // (position, line, kind): 0 other, 2 link line, 3 end of the article; whether a line is
    // prose is asked only after a link line.
    let mut lines: Vec<(usize, &str, u8)> = Vec::new();
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let here = pos;
        pos += line.len();
        if here < half || line.trim().is_empty() {
            continue;
        }
        let trimmed = line.trim();
        let l = lower_head(trimmed);
        // Lower-casing changes neither white space nor these marks, so the checks on words
        // and on the last character read the line as written.
        let hashtags = trimmed.split_whitespace().all(|w| w.starts_with('#'));
        // "About Nordvik Minerals": a press release's company boilerplate heading.
        let about = l.starts_with("about ")
            && trimmed.split_whitespace().count() <= 6
            && !trimmed.ends_with(['.', '?', '!', ':', '"', '”']);
        let kind = if hashtags
            || about
            || crate::wordlists::trailer_end_markers()
                .iter()
                .any(|s| l.starts_with(s))
        {
            3
        } else if link_line(&l) && !prose_line(line) {
            2
        } else {
            0
        };
        lines.push((here, line, kind));
    }
    for (i, &(p, _, kind)) in lines.iter().enumerate() {
        match kind {
            3 => return p,
            2 => {
                let prose_follows = lines[i + 1..]
                    .iter()
                    .take_while(|(_, _, k)| *k != 3)
                    .any(|(_, l, k)| *k == 0 && prose_line(l));
                if !prose_follows {
                    return p;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// The start of a line in lower case, long enough for every marker `trailer_start` looks
/// for at the start of a line (the whole line when it is not plain ASCII, whose lower case
/// may change its length): lines at the end of a page can be long, and only their start is
/// compared.
fn lower_head(line: &str) -> std::borrow::Cow<'_, str> {
    static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let longest = *LONGEST.get_or_init(|| {
        crate::wordlists::trailer_end_markers()
            .iter()
            .chain(crate::wordlists::trailer_link_markers())
            .map(|m| m.len())
            .chain(["about ".len()])
            .max()
            .unwrap_or(0)
    });
    if line.is_ascii() {
        std::borrow::Cow::Owned(line[..line.len().min(longest)].to_ascii_lowercase())
    } else {
        std::borrow::Cow::Owned(line.to_lowercase())
    }
}

/// "DUBAI, July 21 (Reuters) -": the agency credited in a dateline is the publisher, not an
/// actor in the story.
pub(crate) fn dateline_credit(doc: &Doc, i: usize, len: usize) -> bool {
    if i == 0 || !doc.is(i - 1, "(") || !doc.is(i + len, ")") {
        return false;
    }
    let mut p0 = i;
    while p0 > 0 && doc.para_of[p0 - 1] == doc.para_of[i] {
        p0 -= 1;
    }
    i - p0 <= 8 && doc.toks[p0].allcaps
}

/// "OSLO, Norway - ...": the place in a dateline opening a paragraph is where the story
/// was filed, not a government acting.
pub(crate) fn dateline_place(doc: &Doc, i: usize, len: usize) -> bool {
    let mut p0 = i;
    while p0 > 0 && doc.para_of[p0 - 1] == doc.para_of[i] {
        p0 -= 1;
    }
    if i - p0 > 4 || !doc.toks[p0].allcaps {
        return false;
    }
    if !(p0..i).all(|k| doc.toks[k].cap || doc.is(k, ",")) {
        return false;
    }
    let e = i + len;
    e < doc.toks.len()
        && (matches!(doc.t(e), "-" | "–" | "—" | "(" | ",")
            || doc.toks[e].digit
            || doc.lower_is(e, MONTH_NAMES))
}

/// Credit and licence markers, lower case (`data/credit_markers.txt`).
fn credit_markers() -> &'static [String] {
    static MARKERS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    MARKERS.get_or_init(|| {
        include_str!("../../data/credit_markers.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    })
}

/// A picture credit or licence line: a paragraph of at most 40 words that contains a
/// credit or licence marker (a credit label with its colon or "by", a licence name or
/// mark; `data/credit_markers.txt`).
pub(crate) fn credit_line(paragraph: &str, words: usize) -> bool {
    if words > 40 {
        return false;
    }
    // One Aho–Corasick pass for all markers instead of one substring search per marker.
    static FINDER: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let l = paragraph.to_lowercase();
    match FINDER.get_or_init(|| aho_corasick::AhoCorasick::new(credit_markers()).ok()) {
        Some(finder) => finder.is_match(&l),
        None => credit_markers().iter().any(|m| l.contains(m.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_a_link_line_are_not_the_articles() {
        let para = "The two delegations met on Tuesday to discuss the harbour fees and the \
schedule of the ferries for the coming season.";
        let text = format!("{para}\n\nREAD MORE: Ferry fares to rise from July\n\n{para}\n");
        let ev = crate::extract::test_extract(&text);
        let days: Vec<&str> = ev.dates.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(days, vec!["Tuesday", "Tuesday"]);
    }

    #[test]
    fn a_link_line_inside_the_body_does_not_end_it() {
        let para = "The two delegations will meet again next week to discuss the harbour \
fees and the schedule of the ferries.";
        let text = format!(
            "{para}\n\n{para}\n\nREAD MORE: Why the harbour matters\n\n{para}\n\nRelated: \
Ferry strike ends\nHarbour fees rise again\n"
        );
        let cut = trailer_start(&text, 0);
        assert!(text[..cut].contains("READ MORE"));
        assert!(text[cut..].starts_with("Related:"), "{:?}", &text[cut..]);
        // An end marker ends it even with prose after it.
        let text = format!("{para}\n\n{para}\n\nReporting by Ana Ruiz\n\n{para}\n");
        assert!(text[trailer_start(&text, 0)..].starts_with("Reporting by"));
    }

    #[test]
    fn link_lines_are_recognised_by_their_marker() {
        assert!(link_line("read more: why the harbour matters"));
        assert!(link_line("related: ferry strike ends"));
        assert!(!link_line("the ferry company read the statement"));
    }

    #[test]
    fn credit_line_needs_a_marker_and_a_short_paragraph() {
        assert!(credit_line(
            "Harbour cranes at dawn (Photo: A. Berg / Agency)",
            8
        ));
        assert!(credit_line(
            "The mayor in 2019. Licensed under CC BY-SA 3.0.",
            9
        ));
        assert!(credit_line("Image courtesy of the city archive", 6));
        assert!(!credit_line(
            "The mayor said the photo was taken in 2019.",
            9
        ));
        let long = "Photo: ".to_string() + &"word ".repeat(45);
        assert!(!credit_line(&long, 46));
    }

    #[test]
    fn capitalised_sentence_is_prose() {
        let ev = crate::extract::test_extract(
            "Talks went on.\n\nPeru's Deputy Minister for Human Rights, Rosa Quispe, was \
             cautious.\n\nPeace Talks Resume In Lima After Long Pause\n",
        );
        assert!(ev.actors.iter().any(|a| a.name == "Rosa Quispe"), "{ev:#?}");
        assert!(
            !ev.actors.iter().any(|a| a.name.contains("Lima After")),
            "{ev:#?}"
        );
    }
}
