//! Entities: an organisation's branch named after a place ("ORG PLACE"): one organisation
//! whose side is the organisation, not a place or a person.

use super::*;

/// Lower-case words that may stand right before a clause's subject: conjunctions and the
/// article (a run after "told", "to" or "by" is an object, not a subject).
const SUBJECT_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "as", "that", "the", "so", "yet", "when", "after", "before",
    "because", "although", "though", "if",
];

/// Words that open an apposition after a comma ("X, the union's Welsh arm, said").
const APPOSITION_OPENERS: &[&str] = &["the", "a", "an", "which", "who", "its", "whose"];

impl Extractor {
    /// `branch_of_organisation_at_place`: a capitalised run that is an organisation's name
    /// followed directly by the name of a country (by its name, not a capital or demonym) or
    /// of a first-level subdivision (`data/subdivisions.tsv`), and that ends with that place,
    /// names one organisation: the organisation's branch for the place. The first part is an
    /// organisation when it is a body of `data/organizations.tsv`, a body the article has
    /// already named, a name ending in an organisation word, or one word in capitals (an
    /// acronym) that is not a country's; a name ending in an organisation word that the
    /// article has not named as a body joins the place into one name whose side later rules
    /// decide ("Harbour Air Norway" may be a company's full name). The run must stand as the subject of a clause: it
    /// opens its sentence, or follows a mark or a conjunction, and is followed by a verb (a
    /// reporting cue, a word of a verb group, a past form in -ed), by a possessive, or by a
    /// comma that opens an apposition. So a place inside a longer name (the run does not end
    /// with it) or before a noun (a compound naming talks or a fund) is left alone. The
    /// branch takes its organisation's side: the side a listed body or a body of the article
    /// has, else the organisation itself. Returns the branch's first token and that side,
    /// when known.
    pub(crate) fn branch_of_organisation_at_place(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        t0: usize,
        t1: usize,
        ents: &Entities,
    ) -> Option<(usize, Option<String>)> {
        let s = doc.skip_determiners(t0, t1);
        if t1 < s + 2 || !branch_stands_as_subject(self, doc, s, t1) {
            return None;
        }
        // The place: the shortest tail of the run that is a country or a subdivision.
        let k = (s + 1..t1).find(|&k| {
            matches!(gaz[k], Some((Known::Country(_), len)) if k + len == t1)
                || super::subdivisions::subdivision_spanning(doc, k, t1).is_some()
        })?;
        self.organisation_named(doc, gaz, s, k, ents)
            .map(|parent| (s, parent))
    }

    /// The side of the organisation that tokens `s..k` name: a listed body or a body of the
    /// article (its side if it has one, else its name), or an acronym (the body of the
    /// article whose initials it spells, else the acronym itself); `Some(None)` for a name
    /// that ends in an organisation word but is not known as a body.
    fn organisation_named(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        s: usize,
        k: usize,
        ents: &Entities,
    ) -> Option<Option<String>> {
        match gaz[s] {
            Some((Known::Org(oi), len)) if s + len == k => {
                let o = &self.lx.orgs[oi];
                return Some(Some(
                    o.affiliation.clone().unwrap_or_else(|| o.name.clone()),
                ));
            }
            Some((Known::Org(_), _)) | None => {}
            // A country, capital or nationality is no organisation ("UK Ukraine").
            Some(_) => return None,
        }
        let head = doc.span(s, k);
        if let Some(o) = ents
            .orgs
            .iter()
            .find(|o| o.name == head || o.mentions.iter().any(|m| m == head))
        {
            return Some(Some(
                o.affiliation.clone().unwrap_or_else(|| o.name.clone()),
            ));
        }
        if (s..k).any(|x| !doc.toks[x].word || gaz[x].is_some()) {
            return None;
        }
        if k - s >= 2 && doc.has(k - 1, F_ORG) {
            return Some(None);
        }
        let w = doc.t(s);
        let acronym = k == s + 1
            && w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
            && w.chars().any(char::is_alphabetic);
        if !acronym {
            return None;
        }
        let spelled = ents
            .orgs
            .iter()
            .find(|o| super::organs::acronym_of_name(w, &o.name));
        Some(Some(
            spelled.map_or_else(|| w.to_string(), |o| o.name.clone()),
        ))
    }
}

/// Whether the run `s..t1` stands where a clause's subject does: nothing, a mark or a
/// conjunction before it, and a verb, a possessive or an apposition after it.
fn branch_stands_as_subject(x: &Extractor, doc: &Doc, s: usize, t1: usize) -> bool {
    let before_ok = s == 0
        || doc.sents[doc.sent_of[s]].0 == s
        || !doc.toks[s - 1].word
        || (doc.lower_is(s - 1, SUBJECT_OPENERS) && !doc.toks[s - 1].cap);
    if !before_ok {
        return false;
    }
    if doc.toks[t1 - 1].poss {
        return true;
    }
    let n = doc.toks.len();
    if t1 >= n {
        return false;
    }
    if doc.is(t1, ",") {
        return t1 + 1 < n && doc.lower_is(t1 + 1, APPOSITION_OPENERS);
    }
    super::subdivisions::verb_at(x, doc, t1)
}

#[cfg(test)]
mod tests {
    use crate::extract::test_extract;
    use crate::records::{Actor, ActorKind};

    fn actors(text: &str) -> Vec<Actor> {
        test_extract(text).actors
    }

    fn find<'a>(v: &'a [Actor], name: &str) -> Option<&'a Actor> {
        v.iter().find(|a| a.name == name)
    }

    #[test]
    fn an_acronym_and_a_subdivision_name_one_branch() {
        let v = actors(
            "RMTU Scotland said it would put the offer to its members on Friday. \
             \"It is not enough,\" a spokesperson added.\n",
        );
        let b = find(&v, "RMTU Scotland").expect("branch");
        assert_eq!(b.kind, ActorKind::Organization);
        assert_eq!(b.affiliation.as_deref(), Some("RMTU"));
        assert!(find(&v, "Scotland").is_none(), "{v:#?}");
    }

    #[test]
    fn a_body_of_the_article_and_a_country_name_one_branch() {
        let v = actors(
            "The Harbour Workers Union called a strike across the region. Harbour Workers \
             Union Ireland rejected the deal on Monday, and its members voted to walk out.\n",
        );
        let b = find(&v, "Harbour Workers Union Ireland").expect("branch");
        assert_eq!(b.affiliation.as_deref(), Some("Harbour Workers Union"));
        assert!(find(&v, "Ireland").is_none(), "{v:#?}");
    }

    #[test]
    fn an_apposition_after_the_branch_counts() {
        let v = actors(
            "Talks resumed in Cardiff on Tuesday. TWU Wales, the union's branch for the \
             region, said the offer fell short.\n",
        );
        assert_eq!(
            find(&v, "TWU Wales").and_then(|a| a.affiliation.as_deref()),
            Some("TWU")
        );
    }

    #[test]
    fn a_place_before_a_noun_or_inside_a_name_is_no_branch() {
        // A compound before a noun, and a place inside a longer name.
        let v = actors(
            "The EU Ukraine facility will pay out in March, officials said. The NATO Ukraine \
             Council met on Friday.\n",
        );
        assert!(find(&v, "EU Ukraine").is_none(), "{v:#?}");
        assert!(find(&v, "NATO Ukraine").is_none(), "{v:#?}");
    }

    #[test]
    fn an_object_of_a_verb_is_no_branch() {
        let v = actors("The minister told CNN Ukraine would get more help next year.\n");
        assert!(find(&v, "CNN Ukraine").is_none(), "{v:#?}");
    }

    #[test]
    fn a_given_name_before_a_place_is_no_branch() {
        // "Dana" is neither a listed body, nor one of the article, nor an acronym.
        let v = actors("Dana Ireland said the union would not move.\n");
        assert!(
            v.iter()
                .all(|a| !(a.name == "Dana Ireland" && a.kind == ActorKind::Organization)),
            "{v:#?}"
        );
    }
}
