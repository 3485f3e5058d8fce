//! Entities: first-level subdivisions of federations and devolved states
//! (`data/subdivisions.tsv`): the table and its lookups, and the rules that read a
//! subdivision's name in a capitalised run (a subdivision is never a person; "the Bavarian
//! government" is a body of Bavaria).

use super::*;

/// One first-level subdivision of a federation (`data/subdivisions.tsv`).
pub(crate) struct Subdivision {
    pub(crate) name: &'static str,
    /// The name, its other forms and demonyms, each as words.
    pub(crate) forms: Vec<Vec<&'static str>>,
    pub(crate) country: &'static str,
}

pub(crate) fn subdivisions() -> &'static [Subdivision] {
    static S: std::sync::OnceLock<Vec<Subdivision>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let src = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/subdivisions.tsv"
        ));
        src.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('|');
                let name = cols.next()?.trim();
                let demonyms = cols.next().unwrap_or("");
                let country = cols.next()?.trim();
                let forms = std::iter::once(name)
                    .chain(demonyms.split(';').map(str::trim).filter(|d| !d.is_empty()))
                    .map(|f| f.split_whitespace().collect())
                    .collect();
                Some(Subdivision {
                    name,
                    forms,
                    country,
                })
            })
            .collect()
    })
}

/// The country of a state or province of a federation (`data/subdivisions.tsv`) whose name
/// or demonym stands as whole words in `name` ("University of California" → the United
/// States).
pub(crate) fn subdivision_country_in(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    subdivisions()
        .iter()
        .find(|s| {
            s.forms
                .iter()
                .any(|f| !f.is_empty() && words.windows(f.len()).any(|w| w == f.as_slice()))
        })
        .map(|s| s.country)
}

type FirstWords = std::collections::HashMap<
    &'static str,
    Vec<(usize, &'static [&'static str])>,
    crate::lexicon::FxBuild,
>;

/// Each subdivision form's first word, with the subdivisions (index into [`subdivisions`])
/// and forms that start with it: one lookup per capitalised token instead of a scan of the
/// table.
fn subdivision_first_words() -> &'static FirstWords {
    static F: std::sync::OnceLock<FirstWords> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let mut map = FirstWords::default();
        for (si, s) in subdivisions().iter().enumerate() {
            for f in &s.forms {
                if let Some(first) = f.first() {
                    map.entry(*first).or_default().push((si, f.as_slice()));
                }
            }
        }
        map
    })
}

/// The country of the subdivision named at token `i` (by its name or a demonym), with the
/// number of tokens the name takes.
pub(crate) fn subdivision_country_at(doc: &Doc, i: usize) -> Option<(&'static str, usize)> {
    let w = doc.t(i);
    let n = doc.toks.len();
    subdivision_first_words()
        .get(w)?
        .iter()
        .find(|(_, f)| {
            f.len() + i <= n
                && f.iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, x)| doc.t(i + k) == *x)
        })
        .map(|(si, f)| (subdivisions()[*si].country, f.len()))
}

/// The country of a subdivision named by the single word `name`.
pub(crate) fn subdivision_country(name: &str) -> Option<&'static str> {
    subdivision_first_words()
        .get(name)?
        .iter()
        .find(|(_, f)| f.len() == 1)
        .map(|(si, _)| subdivisions()[*si].country)
}

/// How often the article's prose names each subdivision (by name or demonym), by index into
/// [`subdivisions`]; only capitalised tokens are looked at, and a form inside a longer form
/// just counted ("Wales" in "New South Wales", "Saxony" in "Lower Saxony") is not counted
/// again.
pub(crate) fn subdivision_counts(doc: &Doc) -> Vec<(usize, usize)> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    let n = doc.toks.len();
    let mut covered_to = 0;
    for i in 0..n {
        if i < covered_to || !doc.toks[i].cap || !doc.toks[i].word || doc.para_skip[doc.para_of[i]]
        {
            continue;
        }
        let mut matched: Vec<usize> = Vec::new();
        let mut longest = 0;
        for (si, len) in forms_at(doc, i) {
            if len > longest {
                longest = len;
                matched.clear();
            }
            if len == longest && !matched.contains(&si) {
                matched.push(si);
            }
        }
        covered_to = i + longest;
        for si in matched {
            match counts.iter_mut().find(|(x, _)| *x == si) {
                Some((_, c)) => *c += 1,
                None => counts.push((si, 1)),
            }
        }
    }
    counts
}

/// Token `k`'s text without a possessive ending.
fn bare<'a>(doc: &Doc<'a>, k: usize) -> &'a str {
    doc.t(k).trim_end_matches("'s").trim_end_matches("’s")
}

/// Every subdivision form that starts at token `i` (index into [`subdivisions`], length in
/// tokens); a possessive may close the form ("Bavaria's", "New South Wales's").
fn forms_at<'d>(doc: &'d Doc<'_>, i: usize) -> impl Iterator<Item = (usize, usize)> + 'd {
    let n = doc.toks.len();
    subdivision_first_words()
        .get(bare(doc, i))
        .into_iter()
        .flatten()
        .filter(move |(_, f)| {
            f.len() + i <= n
                && f.iter().enumerate().skip(1).all(|(k, x)| {
                    bare(doc, i + k) == *x && (k + 1 == f.len() || !doc.toks[i + k].poss)
                })
                && (f.len() == 1 || !doc.toks[i].poss)
        })
        .map(|(si, f)| (*si, f.len()))
}

/// The subdivision whose form is exactly tokens `t0..t1` (a possessive may close it).
pub(crate) fn subdivision_spanning(
    doc: &Doc,
    t0: usize,
    t1: usize,
) -> Option<&'static Subdivision> {
    if t1 <= t0 {
        return None;
    }
    forms_at(doc, t0)
        .find(|(_, len)| t0 + len == t1)
        .map(|(si, _)| &subdivisions()[si])
}

/// Lower-case words that, after a subdivision's name or demonym, name its government.
const GOVERNMENT_WORDS: &[&str] = &[
    "government",
    "authorities",
    "administration",
    "cabinet",
    "executive",
];

impl Extractor {
    /// `subdivision_is_no_person`: a capitalised run that is exactly the name or demonym of a
    /// subdivision (after any article) is never a person. It names the subdivision's
    /// government when a word for one follows (`subdivision_government_is_a_body`), and the
    /// subdivision acting as a party when it is no place (`subdivision_acts_as_a_party`). A
    /// lone word that is also a word of a person's name met earlier in the article is left
    /// to the person rules (a surname shared with a place). Returns whether the run was
    /// handled.
    pub(crate) fn subdivision_is_no_person(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        ents: &mut Entities,
        hits: &[(usize, usize, usize)],
    ) -> bool {
        let s = doc.skip_determiners(t0, t1);
        let Some(sub) = subdivision_spanning(doc, s, t1) else {
            return false;
        };
        if t1 == s + 1 {
            let w = doc.t(s);
            // Every earlier person hit is a name (a run that is only this word never became
            // one): "Mayor Ines Bremen", "Sheikh Bremen".
            let in_a_name = hits.iter().any(|&(_, a, b)| (a..b).any(|k| doc.t(k) == w));
            if in_a_name {
                return false;
            }
        }
        let side = Some(sub.name.to_string());
        if let Some(end) = subdivision_government_is_a_body(doc, t1) {
            ents.org_mention(doc.span(s, end), side, None, s, end);
        } else if self.subdivision_acts_as_a_party(doc, sub, s, t1) {
            let o = ents.org_mention(sub.name, side, None, s, t1);
            push_unique(&mut ents.orgs[o].mentions, doc.span(s, t1));
        }
        true
    }

    /// `subdivision_acts_as_a_party`: a subdivision named by its name (tokens `s..t1`, not
    /// a demonym), not as a place (no locative preposition before it) and not as an owner
    /// ("Ontario's premier"), that is the subject of a verb right after it, or after a time
    /// phrase of "on" and one capitalised word ("Manitoba on Friday told the court"), acts
    /// as a party through its government: a body whose side is itself. After an auxiliary
    /// ("has", "will", "is") the verb group must end in a reporting, stance or past verb
    /// ("has refused"), since "Ohio has the most votes" only describes the place.
    fn subdivision_acts_as_a_party(
        &self,
        doc: &Doc,
        sub: &Subdivision,
        s: usize,
        t1: usize,
    ) -> bool {
        let by_name = sub.forms.first().is_some_and(|f| {
            f.len() == t1 - s && (s..t1).zip(f.iter()).all(|(k, w)| bare(doc, k) == *w)
        });
        if !by_name || self.locative(doc, s) {
            return false;
        }
        // "Ontario's premier": an owner only; the office holder is the party.
        if doc.toks[t1 - 1].poss {
            return false;
        }
        let mut k = t1;
        if doc.lower_is(k, &["on"]) && k + 1 < doc.toks.len() && doc.toks[k + 1].cap {
            k += 2;
        }
        // "Ohio has the most votes", "Bavaria is the largest state": a form of "be" or
        // "have" describes the place; it acts when the verb group ends in a verb that
        // reports or takes a stance ("has refused", "will appeal").
        if doc.verb_group(&self.lx, k).is_some() {
            let mut v = k;
            while v < doc.toks.len() && v < k + 3 && doc.verb_group(&self.lx, v).is_some() {
                v += 1;
            }
            let w = doc.t(v.min(doc.toks.len() - 1));
            return v < doc.toks.len()
                && !doc.toks[v].cap
                && (self.is_cue(doc, v)
                    || doc.has(v, F_STANCE)
                    || (w.len() >= 5 && w.ends_with("ed")));
        }
        verb_at(self, doc, k)
    }
}

/// Whether token `k` is a lower-case verb that can follow a clause's subject: a reporting
/// cue, a word of a verb group ("will", "has"), a stance verb, or a past form in -ed.
pub(crate) fn verb_at(x: &Extractor, doc: &Doc, k: usize) -> bool {
    if k >= doc.toks.len() || !doc.toks[k].word || doc.toks[k].cap {
        return false;
    }
    let w = doc.t(k);
    x.is_cue(doc, k)
        || doc.verb_group(&x.lx, k).is_some()
        || doc.has(k, F_STANCE)
        || (w.len() >= 5 && w.ends_with("ed"))
}

/// `subdivision_government_is_a_body`: a subdivision's name or demonym ending at token `t1`
/// (exclusive) followed by a lower-case word for a government ("the Bavarian government",
/// "Quebec authorities", "the Catalan executive") names that government, a body of the
/// subdivision. Returns the end of the body's name.
fn subdivision_government_is_a_body(doc: &Doc, t1: usize) -> Option<usize> {
    let ok = t1 < doc.toks.len()
        && !doc.toks[t1 - 1].poss
        && doc.toks[t1].word
        && !doc.toks[t1].cap
        && doc.lower_is(t1, GOVERNMENT_WORDS);
    ok.then_some(t1 + 1)
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};
    use crate::records::ActorKind;

    #[test]
    fn a_subdivision_is_never_a_person() {
        let v = actors(
            "Wales said it would not sign the deal. Northern Ireland said it would wait. \
             Bavaria said nothing.\n",
        );
        for name in ["Wales", "Northern Ireland", "Bavaria"] {
            assert!(
                v.iter()
                    .all(|a| a.name != name || a.kind != ActorKind::Person),
                "{name}: {v:#?}"
            );
        }
        assert_eq!(side(&v, "Wales"), Some("Wales"));
    }

    #[test]
    fn a_subdivision_described_does_not_act() {
        let v = actors(
            "Saxony has the oldest population in the country. Thuringia has refused the \
             plan, officials said.\n",
        );
        assert!(v.iter().all(|a| a.name != "Saxony"), "{v:#?}");
        assert_eq!(side(&v, "Thuringia"), Some("Thuringia"));
    }

    #[test]
    fn subdivision_government_is_a_body() {
        let v = actors(
            "Teachers in Saxony walked out on Monday. The Saxon government said the offer \
             stood, and Catalan authorities said they were watching.\n",
        );
        assert_eq!(side(&v, "Saxon government"), Some("Saxony"));
        assert_eq!(side(&v, "Catalan authorities"), Some("Catalonia"));
    }

    #[test]
    fn a_devolved_government_and_its_minister_take_the_subdivision() {
        let v = actors(
            "Nurses in Scotland will strike next week. The Scottish Government said the \
             offer was final. \"We have gone as far as we can,\" the Scottish health \
             secretary, Morag Dunn, said. Scotland's unions disagreed.\n",
        );
        assert_eq!(side(&v, "Scottish Government"), Some("Scotland"));
        assert_eq!(side(&v, "Morag Dunn"), Some("Scotland"));
    }

    #[test]
    fn a_surname_shared_with_a_place_stays_a_person() {
        let v = actors(
            "Mayor Elena Bremen opened the bridge on Monday. \"It took ten years,\" Bremen \
             said.\n",
        );
        assert!(
            v.iter()
                .any(|a| a.name == "Elena Bremen" && a.kind == ActorKind::Person),
            "{v:#?}"
        );
        let v =
            actors("Sheikh Sabah opened the session on Monday. \"We are patient,\" Sabah said.\n");
        assert!(
            v.iter()
                .all(|a| a.name != "Sabah" || a.kind == ActorKind::Person),
            "{v:#?}"
        );
    }

    #[test]
    fn a_form_inside_a_longer_one_counts_once() {
        let v = actors(
            "Nurses in New South Wales walked out. New South Wales hospitals are full. \
             \"We are ready to talk,\" the New South Wales health minister, Ada Pike, said.\n",
        );
        assert_eq!(side(&v, "Ada Pike"), Some("New South Wales"));
    }
}
