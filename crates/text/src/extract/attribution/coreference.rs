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
        // "the head of state", "the head of the foreign ministry": the words after "of"
        // belong to the office's name.
        let mut phrase = words.join(" ");
        if doc.lower_is(m.t1, &["of"]) {
            for k in m.t1..(m.t1 + 5).min(doc.toks.len()) {
                if !doc.toks[k].word || doc.in_quote[k] {
                    break;
                }
                phrase.push(' ');
                phrase.push_str(&doc.t(k).to_lowercase());
            }
        }
        let title_offices = offices_named(&phrase);
        let mut scored: Vec<(usize, usize)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            let Some(role) = &p.role else { continue };
            let role_l = role.to_lowercase();
            // `title_names_the_same_office`: "the head of state" for a President.
            let same_office = title_offices != 0 && offices_named(&role_l) & title_offices != 0;
            let rwords: Vec<&str> = role_l
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            let head_ok = rwords
                .iter()
                .any(|w| w == head || (!syn(head).is_empty() && syn(w) == syn(head)));
            if !head_ok && !same_office {
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
            // `indefinite_title_shares_a_modifier`: "a State Department spokesperson" is a
            // holder of that office only if the person's role shares a word besides the head.
            if score == 2 && doc.lower_is(m.t0, &["a", "an", "one", "another"]) {
                continue;
            }
            scored.push((score, pi));
        }
        if scored.is_empty() {
            if let Some(c) = self.delegation_of_title(doc, m) {
                let cands: Vec<usize> = (0..ents.persons.len())
                    .filter(|&p| ents.persons[p].affiliation.as_deref() == Some(c.as_str()))
                    .collect();
                return match cands.as_slice() {
                    [] => None,
                    [one] => Some(*one),
                    _ => self.title_takes_latest_holder(doc, ents, &cands, m.t0),
                };
            }
        }
        let top = scored.iter().map(|(s, _)| *s).max()?;
        let tied: Vec<usize> = scored
            .iter()
            .filter(|(s, _)| *s == top)
            .map(|(_, p)| *p)
            .collect();
        match tied.as_slice() {
            [one] => Some(*one),
            _ => self.title_takes_latest_holder(doc, ents, &tied, m.t0),
        }
    }

    /// `head_of_a_countrys_delegation`: "the head of the Azerbaijani delegation", "the leader
    /// of Peru's negotiating team": a title headed by "head", "chief" or "leader" and
    /// followed by "of" a country's (or nationality's) delegation, team or negotiators
    /// stands for a person on that country's side (the one named last before it when
    /// several are). Gives the country.
    fn delegation_of_title(&self, doc: &Doc, m: Mention) -> Option<String> {
        let last = m.t1.checked_sub(1)?;
        if !doc.lower_is(last, &["head", "chief", "leader"]) || !doc.lower_is(m.t1, &["of"]) {
            return None;
        }
        let n = doc.toks.len();
        let end = (m.t1 + 1..n.min(m.t1 + 6))
            .find(|&k| doc.lower_is(k, &["delegation", "team", "negotiators", "side"]))?;
        (m.t1 + 1..end).find_map(|k| match self.lx.forms.get(doc.t(k)) {
            Some(Known::Demonym(ci) | Known::Country(ci)) => Some(self.lx.countries[*ci].clone()),
            _ => None,
        })
    }

    /// `title_takes_latest_holder`: a bare title that fits several people equally well
    /// ("the president" in a story naming two presidents) stands for the one mentioned last
    /// before it, outside quotations: by name, or by a title with a nationality that is
    /// only theirs ("the Norvian president"). When the latest mentions of two of them share
    /// a sentence, or none of them was mentioned before, the title is ambiguous and names
    /// nobody.
    fn title_takes_latest_holder(
        &self,
        doc: &Doc,
        ents: &Entities,
        candidates: &[usize],
        at: usize,
    ) -> Option<usize> {
        let mut latest: Vec<(usize, usize)> = Vec::new();
        for m in ents.within(0, at) {
            if doc.in_quote[m.t0] {
                continue;
            }
            let holder = match m.kind {
                MKind::Person(pi) if candidates.contains(&pi) => Some(pi),
                MKind::Title => {
                    let dc = (m.t0..m.t1).find_map(|k| match self.lx.forms.get(doc.t(k)) {
                        Some(Known::Demonym(ci) | Known::Country(ci)) => Some(ci),
                        _ => None,
                    });
                    let mut fits = candidates.iter().filter(|&&pi| {
                        dc.is_some_and(|ci| {
                            ents.persons[pi].affiliation.as_deref()
                                == Some(self.lx.countries[*ci].as_str())
                        })
                    });
                    match (fits.next(), fits.next()) {
                        (Some(&pi), None) => Some(pi),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(pi) = holder {
                match latest.iter_mut().find(|(_, p)| *p == pi) {
                    Some(e) => e.0 = e.0.max(m.t0),
                    None => latest.push((m.t0, pi)),
                }
            }
        }
        latest.sort_unstable_by(|a, b| b.cmp(a));
        match latest.as_slice() {
            [] => None,
            [(_, pi)] => Some(*pi),
            [(t1, pi), (t2, _), ..] => (doc.sent_of[*t1] != doc.sent_of[*t2]).then_some(*pi),
        }
    }

    /// The person a mention in `t0..t1` stands for, preferring people over titles, titles
    /// over pronouns, pronouns over organisations and countries.
    pub(crate) fn speaker_in(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
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
        self.possessive_pronoun_office(doc, ents, subjects, t0, t1, before)
    }

    /// `pronoun_after_unnamed_subject`: a subject pronoun ("he", "she") at `t0..t1` whose
    /// antecedent search stops at a sentence about an unnamed office holder (see
    /// `unnamed_title_is_the_subject`: "The prime minister welcomed the vote. He said ...")
    /// stands for that person: no speaker name, the title's words as the mention, so that a
    /// scenario naming the office decides the party.
    pub(crate) fn pronoun_for_unnamed_title(
        &self,
        doc: &Doc,
        subjects: &Subjects,
        t0: usize,
        t1: usize,
    ) -> Option<(String, String)> {
        if t1 != t0 + 1 || !doc.lower_is(t0, &["he", "she"]) {
            return None;
        }
        let (m0, m1) = subjects.unnamed_before(doc.sent_of[t0], 6)?;
        Some((String::new(), doc.span(m0, m1).to_string()))
    }

    /// A quotation whose speaker phrase `na..nb` holds a "he" or "she" that stands for an
    /// unnamed office holder (see [`Self::pronoun_for_unnamed_title`]) keeps the title's
    /// words as its mention, with no speaker name.
    pub(crate) fn mention_unnamed_title(
        &self,
        doc: &Doc,
        subjects: &Subjects,
        na: usize,
        nb: usize,
        att: &mut Attribution,
    ) {
        let he = (na..nb).find(|&j| doc.lower_is(j, &["he", "she"]));
        if let Some((_, m)) =
            he.and_then(|j| self.pronoun_for_unnamed_title(doc, subjects, j, j + 1))
        {
            att.mention = Some(m);
            att.rules.push("pronoun_after_unnamed_subject");
        }
    }

    /// `his_office_speaks_for_him`: a speaker phrase that is "his" or "her" and a noun for
    /// those who speak for a person ("his office", "her spokesman", "his aides", "her
    /// camp") speaks for the person the pronoun refers to.
    fn possessive_pronoun_office(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        t0: usize,
        t1: usize,
        before: usize,
    ) -> Option<(String, String)> {
        let k = (t0..t1).find(|&k| doc.lower_is(k, &["his", "her"]))?;
        let noun_ok = k + 1 < t1
            && doc.lower_is(
                k + 1,
                &[
                    "office",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "aide",
                    "aides",
                    "camp",
                    "team",
                    "press",
                ],
            );
        if !noun_ok || (k + 2..t1).any(|j| doc.toks[j].word && !doc.lower_is(j, &["secretary"])) {
            return None;
        }
        let p = self.pronoun_referent(doc, ents, subjects, k, before)?;
        Some((ents.persons[p].name.clone(), doc.span(k, k + 2).to_string()))
    }

    pub(crate) fn pronoun_referent(
        &self,
        doc: &Doc,
        ents: &Entities,
        subjects: &Subjects,
        at: usize,
        before: usize,
    ) -> Option<usize> {
        let s = doc.sent_of[at];
        let (a, _) = doc.sents[s];
        // "she" is not someone called "Mr" or "spokesman", nor "he" a "Ms".
        let want = match doc.t(at) {
            "she" | "She" | "her" | "Her" => Some(true),
            "he" | "He" | "him" | "his" | "His" => Some(false),
            _ => None,
        };
        let fits = |p: usize| match (want, ents.persons[p].female) {
            (Some(w), Some(f)) => w == f,
            _ => true,
        };
        // A person named earlier in the same sentence, outside quotations.
        let limit = before.min(at);
        for m in ents.within(a, limit) {
            if !doc.in_quote[m.t0] && !is_speaker_label(doc, m) {
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
        let (k, p) = subjects.latest_before(s, 6, fits)?;
        if unknown_gender_subject_competes(doc, ents, want, k, p) {
            return None;
        }
        Some(p)
    }
}

/// `unknown_gender_subject_competes`: a "he" or "she" resolved to the subject `p` of an
/// earlier sentence `k` whose gender nothing states, while another person of that sentence
/// has the pronoun's gender stated (an honorific or a gendered title) (outside what the sentence reports after a reporting verb or
/// "that", and not as a possessor), has two candidates: the pronoun names nobody rather
/// than guess.
pub(crate) fn unknown_gender_subject_competes(
    doc: &Doc,
    ents: &Entities,
    want: Option<bool>,
    k: usize,
    p: usize,
) -> bool {
    let Some(w) = want else { return false };
    if ents.persons[p].female.is_some() {
        return false;
    }
    let (a, b) = doc.sents[k];
    // Someone inside what the sentence reports ("X suggested that Y ...") is no candidate.
    let reported = (a..b).find(|&j| doc.has(j, F_CUE) || doc.lower_is(j, &["that"]));
    ents.within(a, reported.unwrap_or(b)).any(|m| {
        !doc.in_quote[m.t0]
            && !doc.toks[m.t1 - 1].poss
            && matches!(m.kind, MKind::Person(q) if q != p && ents.persons[q].female == Some(w))
    })
}

/// `indefinite_title_names_someone_new`: a bare title opened by an indefinite article or a
/// count ("a spokesman for the ministry", "one official", "another aide") introduces someone
/// the writer does not name; it never refers back to a person named before (a speaker phrase
/// falls back to the body it names, if any: "a spokesman for the Port Authority"). A title
/// with a modifier ("a Kremlin spokesman") may still be the one person holding that office.
pub(crate) fn indefinite_title_names_someone_new(doc: &Doc, m: &Mention) -> bool {
    doc.lower_is(m.t0, &["a", "an", "one", "another"]) && m.t1 - m.t0 <= 2
}

/// The offices of `data/office_names.txt` that the lower-case phrase names, as a bit set
/// (bit `i` for the `i`-th office): a name counts when its words occur in the phrase in
/// order, "the" ignored.
pub(crate) fn offices_named(phrase: &str) -> u64 {
    let words: Vec<&str> = phrase
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && *w != "the")
        .collect();
    let mut set = 0u64;
    for (i, names) in crate::wordlists::office_names().iter().enumerate().take(64) {
        let hit = names.iter().any(|name| {
            let nw: Vec<&str> = name.split(' ').filter(|w| *w != "the").collect();
            !nw.is_empty() && words.windows(nw.len()).any(|w| w == nw.as_slice())
        });
        if hit {
            set |= 1 << i;
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use crate::extract::test_extract;

    #[test]
    fn indefinite_title_shares_a_modifier() {
        let ev = test_extract(
            "Kevin Mora, a spokesperson for the Islanders' Committee, called the deal \
             \"a betrayal.\"\n\nA State Department spokesperson said last week that \
             Washington \"supports the agreement.\"\n\nA Kremlin spokesman, Dmitry Orlov, \
             spoke next. A Kremlin spokesman said the plan was \"premature.\"\n",
        );
        assert_ne!(
            speaker_of(&ev, "supports").as_deref(),
            Some("Kevin Mora"),
            "{:#?}",
            ev.quotes
        );
        assert_eq!(
            speaker_of(&ev, "premature").as_deref(),
            Some("Dmitry Orlov")
        );
    }

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

    fn speaker_of(ev: &crate::records::ArticleEvidence, start: &str) -> Option<String> {
        ev.quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .expect("quote")
            .speaker
            .clone()
    }

    #[test]
    fn title_takes_latest_holder() {
        let ev = test_extract(
            "The leaders of Chile and Peru met in Lima on Tuesday.\n\nChilean President \
             Tomas Ibarra arrived first. Later, Peruvian President Rosa Quispe joined him.\n\n\
             \"We want a port deal,\" the Peruvian president said.\n\n\"It will take time,\" \
             the president added after lunch.\n",
        );
        assert_eq!(
            speaker_of(&ev, "It will take").as_deref(),
            Some("Rosa Quispe")
        );
        let a = crate::extract::test_article(
            "LIMA, May 2 (Wire) - The leaders of Chile and Peru met in Lima on \
                   Thursday to discuss a port deal.\n\nChilean President Tomas Ibarra met \
                   Peruvian President Rosa Quispe at the palace. Quispe left early.\n\n\"It \
                   will take time,\" the president said.\n",
        );
        let (ev, why) = crate::Extractor::new().extract_explained(&a);
        let i = ev
            .quotes
            .iter()
            .position(|q| q.text.starts_with("It will"))
            .expect("quote");
        assert_eq!(ev.quotes[i].speaker.as_deref(), Some("Rosa Quispe"));
        assert!(why.quotes[i].contains(&"title_takes_latest_holder"));
    }

    #[test]
    fn unknown_gender_subject_competes() {
        let ev = crate::extract::test_extract(
            "Kerry Adebayo met Ms. Helen Moss on Monday.\n\n\"Nothing is settled,\" she \
             added.\n\nRobin Hale suggested that Ms. Ada Lee would resign.\n\n\"It is \
             over,\" she added.\n",
        );
        assert_eq!(speaker_of(&ev, "Nothing"), None, "two candidates");
        assert_eq!(
            speaker_of(&ev, "It is over").as_deref(),
            Some("Robin Hale"),
            "someone inside what is reported does not compete"
        );
    }

    #[test]
    fn title_with_two_holders_in_one_sentence_names_nobody() {
        let ev = test_extract(
            "Chilean President Tomas Ibarra greeted Peruvian President Rosa Quispe in Lima on \
             Tuesday.\n\n\"We want a port deal,\" the president said.\n",
        );
        assert_eq!(speaker_of(&ev, "We want"), None);
    }

    #[test]
    fn head_of_a_countrys_delegation() {
        let ev = test_extract(
            "LIMA, 3 May 2026 - On 3 May, the Foreign Minister of Chile, Ana Berg, received \
             the Peruvian Deputy Foreign Minister, Tomas Vidal.\n\nThe head of the Peruvian \
             delegation thanked the hosts. According to him, \"the maps are ready.\"\n",
        );
        let who = |t: &str| {
            ev.quotes
                .iter()
                .find(|q| q.text.starts_with(t))
                .and_then(|q| q.speaker.clone())
        };
        assert_eq!(who("the maps").as_deref(), Some("Tomas Vidal"));
    }

    #[test]
    fn title_names_the_same_office() {
        let ev = test_extract(
            "JUBA, 3 May 2026 - President Ana Berg met the envoy on Monday.\n\n\"The door \
             is open,\" the Head of State said.\n",
        );
        let q = ev
            .quotes
            .iter()
            .find(|q| q.text.starts_with("The door"))
            .expect("quote");
        assert_eq!(q.speaker.as_deref(), Some("Ana Berg"));
    }

    #[test]
    fn his_office_speaks_for_him() {
        let t = "Prime Minister Ana Berg met the mediators on Monday.\n\nHer office said the \
                 delegation would return \"only when the hostages are freed\".\n";
        assert_eq!(
            crate::extract::test_speaker(t, "only when").as_deref(),
            Some("Ana Berg")
        );
    }
}
