//! Attribution: titles and pronouns resolved to persons.

#![allow(clippy::needless_range_loop)]

use super::*;

impl Extractor {
    pub(crate) fn resolve_title(&self, doc: &Doc, ents: &Entities, m: Mention) -> Option<usize> {
        let words: Vec<String> = (m.t0..m.t1)
            .filter(|&k| doc.toks[k].word && !determiners().contains(&doc.t(k)))
            .map(|k| doc.t(k).to_lowercase())
            .collect();
        let head = words.last()?;
        let syn = |w: &str| -> &'static str {
            match w {
                "spokesman" | "spokeswoman" | "spokesperson" => "spokes",
                "aide" | "adviser" | "advisor" => "adviser",
                _ => "",
            }
        };
        let demonym_country = (m.t0..m.t1).find_map(|k| match self.lx.forms.get(doc.t(k)) {
            Some(Known::Demonym(ci) | Known::Country(ci)) => Some(self.lx.countries[*ci].clone()),
            _ => None,
        });
        let mut best: Option<(usize, usize)> = None;
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(role) = &p.role else { continue };
            let role_l = role.to_lowercase();
            let rwords: Vec<&str> = role_l
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            let head_ok = rwords
                .iter()
                .any(|w| w == head || (!syn(head).is_empty() && syn(w) == syn(head)));
            if !head_ok {
                continue;
            }
            let mut score = 2;
            for w in &words[..words.len() - 1] {
                if rwords.iter().any(|r| r == w) {
                    score += 1;
                }
            }
            if let (Some(dc), Some(a)) = (&demonym_country, &p.affiliation) {
                if dc == a {
                    score += 1;
                } else {
                    continue;
                }
            }
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, pi));
            }
        }
        best.map(|(_, p)| p)
    }

    /// The person a mention in `t0..t1` stands for, preferring people over titles, titles
    /// over pronouns, pronouns over organisations and countries.
    pub(crate) fn speaker_in(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        t0: usize,
        t1: usize,
        before: usize,
    ) -> Option<(String, String)> {
        // "a spokesperson for the Chinese embassy in Bangkok": a place is not the speaker.
        let ms: Vec<&Mention> = ents
            .within(t0, t1)
            .filter(|m| !doc.in_quote[m.t0])
            .filter(|m| !(matches!(m.kind, MKind::Country(_)) && self.locative(doc, m.t0)))
            .collect();
        let rank = |m: &&Mention| match m.kind {
            MKind::Person(_) => 5,
            MKind::Title => 4,
            MKind::Pronoun => 3,
            MKind::Org(_) => 2,
            MKind::Country(_) => 1,
        };
        let mut ms = ms;
        ms.sort_by_key(|m| std::cmp::Reverse((rank(m), m.t1)));
        // "A spokesman for the Port Authority said": a title that names nobody we know falls
        // back to the body it speaks for.
        for best in ms {
            let surface = doc.span(best.t0, best.t1).to_string();
            let name = match best.kind {
                MKind::Person(p) => Some(ents.persons[p].name.clone()),
                MKind::Title if indefinite_title_names_someone_new(doc, best) => None,
                MKind::Title => self
                    .resolve_title(doc, ents, *best)
                    .map(|p| ents.persons[p].name.clone()),
                MKind::Pronoun => {
                    let p = self.pronoun_referent(doc, ents, subjects, best.t0, before)?;
                    Some(ents.persons[p].name.clone())
                }
                MKind::Org(o) => Some(ents.orgs[o].name.clone()),
                MKind::Country(c) => Some(ents.countries[c].name.clone()),
            };
            if let Some(name) = name {
                return Some((name, surface));
            }
        }
        None
    }

    pub(crate) fn pronoun_referent(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &[Option<usize>],
        at: usize,
        before: usize,
    ) -> Option<usize> {
        let s = doc.sent_of[at];
        let (a, _) = doc.sents[s];
        // "she" is not someone called "Mr" or "spokesman", nor "he" a "Ms".
        let want = match doc.t(at) {
            "she" | "She" => Some(true),
            "he" | "He" => Some(false),
            _ => None,
        };
        let fits = |p: usize| match (want, ents.persons[p].female) {
            (Some(w), Some(f)) => w == f,
            _ => true,
        };
        // A person named earlier in the same sentence, outside quotations.
        let limit = before.min(at);
        for m in ents.within(a, limit) {
            if !doc.in_quote[m.t0] {
                match m.kind {
                    MKind::Person(p) if fits(p) => return Some(p),
                    MKind::Title => {
                        if let Some(p) = self.resolve_title(doc, ents, *m).filter(|&p| fits(p)) {
                            return Some(p);
                        }
                    }
                    _ => {}
                }
            }
        }
        (0..s)
            .rev()
            .take(6)
            .find_map(|k| subjects[k].filter(|&p| fits(p)))
    }
}

/// `indefinite_title_names_someone_new`: a bare title opened by an indefinite article or a
/// count ("a spokesman for the ministry", "one official", "another aide") introduces someone
/// the writer does not name; it never refers back to a person named before (a speaker phrase
/// falls back to the body it names, if any: "a spokesman for the Port Authority"). A title
/// with a modifier ("a Kremlin spokesman") may still be the one person holding that office.
pub(crate) fn indefinite_title_names_someone_new(doc: &Doc, m: &Mention) -> bool {
    doc.lower_is(m.t0, &["a", "an", "one", "another"]) && m.t1 - m.t0 <= 2
}

#[cfg(test)]
mod tests {
    use crate::extract::test_extract;

    #[test]
    fn indefinite_title_names_someone_new() {
        let ev = test_extract(
            "Ferry crews walked off the job on Monday.\n\n\"We are not moving,\" said \
             transport spokeswoman Grete Nilsen of the opposition.\n\nA spokesman for the \
             Harbour Authority said the offer remained 'fair and generous'.\n",
        );
        let q = ev
            .quotes
            .iter()
            .find(|q| q.text.starts_with("fair and"))
            .expect("quote");
        assert_eq!(q.speaker.as_deref(), Some("Harbour Authority"));
    }
}
