//! Role words (`data/titles.txt`, whose header says what each kind of line holds): the
//! heads and modifiers of people's titles, heads of organisation names, words that mark
//! places and events, roles that speak for an institution rather than a country, offices
//! only some countries have, and known office holders.
//!
//! One reading of the table for the extractor (titles, organisations, sides) and for
//! positions (analysts speak for no party).

use crate::data_lines;
use std::sync::OnceLock;

/// The lines of `data/titles.txt`, by kind, lower case where the kind is a word list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleWords {
    /// `head NOUN`: the head of a person's title ("minister").
    pub heads: Vec<String>,
    /// `mod WORD`: a word that modifies a title ("deputy").
    pub mods: Vec<String>,
    /// `analyst NOUN`: roles whose side is their institution, not their country.
    pub analysts: Vec<String>,
    /// `org NOUN`: heads of organisation names ("ministry").
    pub org_heads: Vec<String>,
    /// `place WORD`: words that mark a place.
    pub places: Vec<String>,
    /// `event WORD`: words that mark an event.
    pub events: Vec<String>,
    /// `office PHRASE<TAB>SIDES`: offices only some countries have, with those countries in
    /// order of preference (phrase lower case).
    pub offices: Vec<(String, Vec<String>)>,
    /// `known FORMS<TAB>SIDE`: known office holders, each written form with its side.
    pub known_holders: Vec<(String, String)>,
}

/// The bundled role words.
pub fn role_words() -> &'static RoleWords {
    static WORDS: OnceLock<RoleWords> = OnceLock::new();
    WORDS.get_or_init(|| parse_role_words(include_str!("../data/titles.txt")))
}

fn parse_role_words(src: &str) -> RoleWords {
    let mut w = RoleWords::default();
    let list = |s: &str| -> Vec<String> {
        s.split(';')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    };
    for line in data_lines(src) {
        let Some((kind, rest)) = line.split_once(' ') else {
            continue;
        };
        match kind {
            "known" => {
                if let Some((forms, side)) = rest.split_once('\t') {
                    for f in list(forms) {
                        w.known_holders.push((f, side.trim().to_string()));
                    }
                }
            }
            "office" => {
                if let Some((phrase, sides)) = rest.split_once('\t') {
                    w.offices.push((phrase.trim().to_lowercase(), list(sides)));
                }
            }
            _ => {
                let word = rest.trim().to_lowercase();
                match kind {
                    "head" => w.heads.push(word),
                    "mod" => w.mods.push(word),
                    "analyst" => w.analysts.push(word),
                    "org" => w.org_heads.push(word),
                    "place" => w.places.push(word),
                    "event" => w.events.push(word),
                    _ => {}
                }
            }
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_go_to_their_kind() {
        let w = parse_role_words(
            "# c\nhead Envoy\nanalyst political scientist\noffice lord mayor\tAtlantis; Mu\nknown Quill;Q. Quill\tAtlantis\nodd line\n",
        );
        assert_eq!(w.heads, ["envoy"]);
        assert_eq!(w.analysts, ["political scientist"]);
        assert_eq!(
            w.offices,
            [(
                "lord mayor".to_string(),
                vec!["Atlantis".to_string(), "Mu".to_string()]
            )]
        );
        assert_eq!(w.known_holders.len(), 2);
        assert_eq!(
            w.known_holders[1],
            ("Q. Quill".to_string(), "Atlantis".to_string())
        );
    }

    #[test]
    fn the_bundled_table_has_every_kind() {
        let w = role_words();
        for (kind, n) in [
            ("head", w.heads.len()),
            ("analyst", w.analysts.len()),
            ("office", w.offices.len()),
            ("known", w.known_holders.len()),
        ] {
            assert!(n > 5, "{kind}: {n}");
        }
    }
}
