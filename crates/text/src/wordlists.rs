//! The bundled closed word lists (`crates/text/data/*.txt`), each loaded once. Every file
//! states in its header what belongs in it; entries are one a line (`KIND ENTRY` in files
//! with kinds), `#` starts a comment line.

use std::sync::OnceLock;

/// The entries of a list file: its non-empty, non-comment lines, trimmed.
pub(crate) fn entries(src: &'static str) -> Vec<&'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The entries of kind `kind` in a file of `KIND ENTRY` lines.
pub(crate) fn entries_of(src: &'static str, kind: &str) -> Vec<&'static str> {
    entries(src)
        .into_iter()
        .filter_map(|l| {
            let (k, e) = l.split_once(char::is_whitespace)?;
            (k == kind).then(|| e.trim())
        })
        .collect()
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal $(, $kind:literal)?) => {
        $(#[$doc])*
        pub(crate) fn $name() -> &'static [&'static str] {
            static L: OnceLock<Vec<&'static str>> = OnceLock::new();
            L.get_or_init(|| {
                let src = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $file));
                list!(@load src $(, $kind)?)
            })
        }
    };
    (@load $src:ident) => { entries($src) };
    (@load $src:ident, $kind:literal) => { entries_of($src, $kind) };
}

list!(
    /// Trailer lines that always end the article (`trailer_markers.txt`, kind `end`).
    trailer_end_markers, "trailer_markers.txt", "end"
);
list!(
    /// Link and advertisement lines (`trailer_markers.txt`, kind `link`).
    trailer_link_markers, "trailer_markers.txt", "link"
);
list!(
    /// Lower-case words inside names (`name_connectors.txt`).
    name_connectors, "name_connectors.txt"
);
list!(
    /// The articles (`determiners.txt`).
    determiners, "determiners.txt"
);
list!(
    /// Words that hold a quotation up as a term (`scare_cues.txt`).
    scare_cues, "scare_cues.txt"
);
list!(
    /// Modals that make speech hypothetical (`modals.txt`).
    modals, "modals.txt"
);
list!(
    /// Prepositions of place (`locatives.txt`).
    locatives, "locatives.txt"
);
list!(
    /// Nouns for a union (`body_nouns.txt`, kind `union`).
    union_nouns, "body_nouns.txt", "union"
);
list!(
    /// Nouns for a company (`body_nouns.txt`, kind `company`).
    company_nouns, "body_nouns.txt", "company"
);
list!(
    /// Nouns for an organ of a state (`body_nouns.txt`, kind `state`).
    state_nouns, "body_nouns.txt", "state"
);
list!(
    /// Nouns for an organ of a state with a name of its own (`body_nouns.txt`, kind `organ`).
    organ_nouns, "body_nouns.txt", "organ"
);
list!(
    /// Business words and legal forms ending company names (`company_words.txt`).
    company_words, "company_words.txt"
);
list!(
    /// Titles only a business gives (`company_offices.txt`).
    company_offices, "company_offices.txt"
);
list!(
    /// Nouns that make a name a company's (`business_nouns.txt`).
    business_nouns, "business_nouns.txt"
);
list!(
    /// Nouns that make a count a time window (`date_window_nouns.txt`).
    date_window_nouns, "date_window_nouns.txt"
);
list!(
    /// Words that make a count a measure (`date_measure_words.txt`).
    date_measure_words, "date_measure_words.txt"
);
list!(
    /// Irregular past forms (`irregular_past.txt`).
    irregular_past, "irregular_past.txt"
);
list!(
    /// Class and id words of page furniture (`html_noise_words.txt`).
    html_noise_words, "html_noise_words.txt"
);
list!(
    /// Conjunctions and linking adverbs joining a second verb to a subject (`clause_links.txt`).
    clause_links, "clause_links.txt"
);
list!(
    /// Abbreviations that keep their full stop (`abbreviations.txt`).
    abbreviations, "abbreviations.txt"
);
list!(
    /// Verbs of scheduled events, in the present (`scheduled_verbs.txt`).
    scheduled_verbs, "scheduled_verbs.txt"
);
list!(
    /// Labels of a first publication date (`publication_labels.txt`, kind `published`).
    publication_labels, "publication_labels.txt", "published"
);
list!(
    /// Labels of a revision date (`publication_labels.txt`, kind `updated`).
    update_labels, "publication_labels.txt", "updated"
);

/// The names of each office (`office_names.txt`): one slice of names per office, each
/// name lower case with single spaces.
pub(crate) fn office_names() -> &'static [Vec<&'static str>] {
    static L: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    L.get_or_init(|| {
        let src = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/office_names.txt"
        ));
        entries(src)
            .into_iter()
            .map(|l| {
                l.split('|')
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .collect()
            })
            .collect()
    })
}

list!(
    /// Heads of the names of bodies that speak for their own members
    /// (`member_body_words.txt`).
    member_body_words, "member_body_words.txt"
);

list!(
    /// Nouns that make a country's name part of a sea's or landform's
    /// (`geographic_features.txt`).
    geographic_features, "geographic_features.txt"
);

list!(
    /// Titles of someone who leads or belongs to a body (`body_leader_titles.txt`).
    body_leader_titles, "body_leader_titles.txt"
);

list!(
    /// A broadcaster's staff in transcripts (`broadcast_words.txt`, kind `staff`).
    broadcast_staff, "broadcast_words.txt", "staff"
);
list!(
    /// Words closing a station's name (`broadcast_words.txt`, kind `station`).
    station_words, "broadcast_words.txt", "station"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_and_kinds_split() {
        for l in [
            trailer_end_markers(),
            trailer_link_markers(),
            name_connectors(),
            determiners(),
            scare_cues(),
            modals(),
            locatives(),
            union_nouns(),
            company_nouns(),
            state_nouns(),
            company_words(),
            business_nouns(),
            date_window_nouns(),
            date_measure_words(),
            irregular_past(),
            html_noise_words(),
            abbreviations(),
            publication_labels(),
            update_labels(),
            scheduled_verbs(),
            clause_links(),
            organ_nouns(),
            company_offices(),
        ] {
            assert!(!l.is_empty());
            assert!(l.iter().all(|e| !e.is_empty()));
        }
        assert!(trailer_end_markers().contains(&"reporting by"));
        assert!(trailer_link_markers().contains(&"read more"));
        assert!(!trailer_end_markers().contains(&"read more"));
        assert!(state_nouns().contains(&"ministry"));
        assert!(!company_nouns().contains(&"ministry"));
        assert!(office_names().iter().all(|o| o.len() >= 2));
        assert!(office_names()
            .iter()
            .any(|o| o.contains(&"president") && o.contains(&"head of state")));
    }
}
