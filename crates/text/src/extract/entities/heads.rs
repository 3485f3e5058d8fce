//! Entities: the country of a head of state or government, or of a state office, named by
//! a bare title in a story that names several countries.

use super::propagate::{
    has_words, state_title_prefix, GOVERNMENT_ROLE_WORDS, NON_STATE_ROLE_WORDS,
};
use super::*;

/// Sentences on either side of a person's sentence searched for a stated country.
const NEAR_SENTENCES: usize = 2;

/// Words of a formal state name written before the country's name ("the State of",
/// "the Federal Democratic Republic of", "the Kingdom of").
const FORMAL_STATE_WORDS: &[&str] = &[
    "the",
    "of",
    "state",
    "republic",
    "kingdom",
    "federal",
    "democratic",
    "islamic",
    "people's",
    "united",
    "sultanate",
    "principality",
];

impl Extractor {
    /// `head_takes_nearest_country`: a person still without a side, owner, institution or
    /// analyst's standing, whose role is a bare head of state or government ("President",
    /// "Prime Minister", "Premier", "Chancellor") or a state office (minister, senator,
    /// ambassador, ...) naming no other body, serves the country stated nearest to the
    /// person's first mention: in the same sentence, else (state offices only: a bare head
    /// is often another country's) within two sentences on either side in the same
    /// paragraph, else the only country the article names; by token distance, a tie or two
    /// countries joined by "and" name none. A capitalised "Secretary" is a cabinet post. A country named as a place (after "in", a dateline), inside a quotation or after
    /// "with", "to" or "against" is not stated as the person's. Runs after the table of
    /// well-known office holders and the dominant-country rule.
    pub(crate) fn head_takes_nearest_country(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let first = ents.first_person_mentions(doc);
        let mut found = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            if p.affiliation.is_some() || p.institution.is_some() || p.owner.is_some() || p.analyst
            {
                continue;
            }
            let (Some(role), Some(at)) = (p.role.as_deref(), first[pi]) else {
                continue;
            };
            let Some(head) = state_office(role) else {
                continue;
            };
            if let Some(c) = self.nearest_country(doc, gaz, at, head) {
                found.push((pi, c));
            }
        }
        ents.give_sides(found, "head_takes_nearest_country");
    }

    /// The country (index and length in tokens) named at token `k` when it is stated as
    /// someone's side: not a place (after "in", a dateline), not inside a quotation, not
    /// the object of "with", "to" or "against".
    pub(crate) fn country_stated_as_side(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        k: usize,
    ) -> Option<(usize, usize)> {
        let (known, len) = gaz[k]?;
        let ci = match known {
            Known::Country(ci) | Known::Capital(ci) | Known::Demonym(ci) => ci,
            _ => return None,
        };
        let placed = self.locative(doc, k) || dateline_place(doc, k, len);
        // "with the State of X", "to the Republic of X": the words of a formal state name
        // may stand between the preposition and the country.
        let mut b = k;
        while b > 0 && k - b < 6 && doc.lower_is(b - 1, FORMAL_STATE_WORDS) {
            b -= 1;
        }
        let object = b > 0 && doc.lower_is(b - 1, &["with", "to", "against"]);
        (!doc.in_quote[k] && !placed && !object).then_some((ci, len))
    }

    /// The country stated nearest to token `at` (see [`Extractor::head_takes_nearest_country`]).
    fn nearest_country(&self, doc: &Doc, gaz: &Gaz, at: usize, head: bool) -> Option<String> {
        let si = doc.sent_of[at];
        let para = doc.para_of[at];
        let stated = |k: usize| self.country_stated_as_side(doc, gaz, k);
        let nearest = |a: usize, b: usize| -> Option<usize> {
            let mut best: Option<(usize, usize, usize)> = None; // (distance, country, token)
            let mut tie = false;
            let mut k = a;
            while k < b {
                if let Some((ci, len)) = stated(k) {
                    let d = if k + len <= at {
                        at - (k + len)
                    } else {
                        k.saturating_sub(at)
                    };
                    match best {
                        Some((bd, bc, _)) if d == bd && bc != ci => tie = true,
                        Some((bd, _, _)) if d >= bd => {}
                        _ => {
                            best = Some((d, ci, k));
                            tie = false;
                        }
                    }
                    k += len;
                } else {
                    k += 1;
                }
            }
            if tie {
                return None;
            }
            let (_, ci, k) = best?;
            // "Chile and Peru met": countries joined in one phrase are stated alike.
            let len = stated(k).map_or(1, |(_, l)| l);
            let joined = doc.lower_is(k + len, &["and", "or"])
                && stated(k + len + 1).is_some_and(|(o, _)| o != ci)
                || k >= 2
                    && doc.lower_is(k - 1, &["and", "or"])
                    && (k.saturating_sub(4)..k - 1)
                        .any(|j| stated(j).is_some_and(|(o, _)| o != ci));
            (!joined).then_some(ci)
        };
        let (sa, sb) = doc.sents[si];
        if (sa..sb).any(|k| stated(k).is_some()) {
            return nearest(sa, sb).map(|ci| self.lx.countries[ci].clone());
        }
        // A head of state or government named by bare title is often another country's
        // ("said President NAME, who called in from abroad"): only their own sentence counts.
        if head {
            return None;
        }
        let lo_s = si.saturating_sub(NEAR_SENTENCES);
        let hi_s = (si + NEAR_SENTENCES).min(doc.sents.len() - 1);
        let lo = (lo_s..si)
            .find(|&s| doc.para_of[doc.sents[s].0] == para)
            .map_or(sa, |s| doc.sents[s].0);
        let hi = (si + 1..=hi_s)
            .take_while(|&s| doc.para_of[doc.sents[s].0] == para)
            .last()
            .map_or(sb, |s| doc.sents[s].1);
        // Nothing stated nearby: the one country the article names, if it names one.
        let only = match gaz.ranked_countries.as_slice() {
            [(_, ci)] => Some(*ci),
            _ => None,
        };
        nearest(lo, hi)
            .or(only)
            .map(|ci| self.lx.countries[ci].clone())
    }
}

/// Whether `role` is a bare head of state or government (`Some(true)`) or a state office
/// that names no other body (`Some(false)`; see [`Extractor::head_takes_nearest_country`]).
fn state_office(role: &str) -> Option<bool> {
    // "President X's son-in-law" is someone else's title.
    if role.contains("'s") || role.contains("’s") {
        return None;
    }
    let rl = role.to_lowercase();
    let head = ["president", "prime minister", "premier", "chancellor"]
        .iter()
        .any(|h| rl.starts_with(h));
    // A capitalised "Secretary" is a cabinet post ("Health Cabinet Secretary"); a lower-case
    // one may be a union's or a party's.
    let cabinet = role.split_whitespace().any(|w| w == "Secretary");
    let state = head
        || cabinet
        || state_title_prefix(role)
        || GOVERNMENT_ROLE_WORDS.iter().any(|w| has_words(&rl, w));
    let other = NON_STATE_ROLE_WORDS.iter().any(|w| has_words(&rl, w))
        || rl.contains(" of ")
        || role
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().all(|c| c.is_uppercase() || c == '-') && w.len() >= 2);
    (state && !other).then_some(head)
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_country_after_with_and_a_formal_state_name_is_no_side() {
        let v = actors(
            "Chile reaffirmed its commitment to talks with the Republic of Peru, the \
             Ministry of Fisheries announced on Monday.\n",
        );
        assert_eq!(side(&v, "Ministry of Fisheries"), Some("Chile"));
    }

    #[test]
    fn a_bare_head_takes_the_country_stated_nearest() {
        let v = actors(
            "Norland and Vestria met in Geneva on Monday. Vestria's delegation left early.\n\n\
             The deal would have to wait until Norland changed its law. Justice Minister Oda \
             Lind has promised a vote, but not before 2027.\n",
        );
        assert_eq!(side(&v, "Oda Lind"), None, "no country of the gazetteer");
        let v = actors(
            "Chile and Peru met in Geneva on Monday. Peru's delegation left early.\n\n\
             The deal would have to wait until Chile changed its law. Justice Minister Oda \
             Lind has promised a vote, but not before 2027.\n",
        );
        assert_eq!(side(&v, "Oda Lind"), Some("Chile"));
        let v = actors(
            "Chile and Peru met in Geneva on Monday. Peru's delegation left early.\n\n\
             The deal would have to wait until Chile changed its law. Prime Minister Oda \
             Lind has promised a vote, but not before 2027.\n",
        );
        assert_eq!(
            side(&v, "Oda Lind"),
            None,
            "a bare head only by its own sentence"
        );
    }

    #[test]
    fn a_country_in_the_same_sentence_wins() {
        let v = actors(
            "Chile and Peru met on Monday. Peru said little.\n\n\"We are ready,\" said \
             President Oda Lind, whose Chilean government tabled the plan.\n",
        );
        assert_eq!(side(&v, "Oda Lind"), Some("Chile"));
    }

    #[test]
    fn a_country_met_with_or_a_place_is_not_the_heads() {
        let v = actors(
            "Chile and Peru met on Monday.\n\nPresident Oda Lind met with Peru's envoys in \
             Lima, the capital.\n",
        );
        assert_eq!(side(&v, "Oda Lind"), None);
    }

    #[test]
    fn an_office_of_another_body_takes_no_country() {
        let v = actors(
            "Chile and Peru met on Monday. Peru said little.\n\nChile's unions were angry. \
             Union president Oda Lind said so.\n",
        );
        assert_ne!(side(&v, "Oda Lind"), Some("Chile"));
    }

    #[test]
    fn a_cabinet_secretary_in_a_one_country_story_is_its() {
        let v = actors(
            "Kenya's doctors extended their strike on Tuesday.\n\nHealth Cabinet Secretary \
             Mary Wanjiru said the offer was fair.\n",
        );
        assert_eq!(side(&v, "Mary Wanjiru"), Some("Kenya"));
    }
}
