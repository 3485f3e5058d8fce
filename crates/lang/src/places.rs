//! The countries of the world as news names them: each sovereign state's names, demonyms
//! and capital (`data/countries.tsv`, whose header states what is included).
//!
//! One table, read once here, for the extractor (which finds countries, demonyms and
//! capitals standing for governments) and for positions (which names a party that is a
//! country by all of its forms).

use crate::data_lines;
use std::sync::OnceLock;

/// One country of `data/countries.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// The canonical name ("United States").
    pub name: String,
    /// Other names English news uses for it alone ("US", "America").
    pub other_names: Vec<String>,
    /// Adjectives and plural nouns ("American", "Americans").
    pub demonyms: Vec<String>,
    /// The capital, when news uses it for the government ("Washington").
    pub capitals: Vec<String>,
}

impl Country {
    /// Its canonical name, then its other names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.other_names.iter().map(String::as_str))
    }
}

/// Every country of the bundled table, in file order.
pub fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| parse_countries(include_str!("../data/countries.tsv")))
}

/// Reads `name|other names|demonyms|capital` lines, lists separated by `;`.
fn parse_countries(src: &str) -> Vec<Country> {
    let mut out = Vec::new();
    for line in data_lines(src) {
        let cols: Vec<&str> = line.split('|').collect();
        let Some(name) = cols.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
            continue;
        };
        let list = |i: usize| -> Vec<String> {
            cols.get(i)
                .map(|c| {
                    c.split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default()
        };
        out.push(Country {
            name: name.to_string(),
            other_names: list(1),
            demonyms: list(2),
            capitals: list(3),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_split_into_names_demonyms_and_capitals() {
        let c = parse_countries(
            "# header\nFreedonia|Fredonia;FR|Freedonian;Freedonians|Port Liberty\nSylvania|||\n",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0].names().collect::<Vec<_>>(),
            ["Freedonia", "Fredonia", "FR"]
        );
        assert_eq!(c[0].demonyms, ["Freedonian", "Freedonians"]);
        assert_eq!(c[0].capitals, ["Port Liberty"]);
        assert!(c[1].other_names.is_empty() && c[1].capitals.is_empty());
    }

    #[test]
    fn the_bundled_table_has_every_state_once() {
        let all = countries();
        assert!(all.len() > 150, "{}", all.len());
        let mut names: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len());
    }
}
