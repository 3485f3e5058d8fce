//! How parties are named: by their names and aliases, by the gazetteer's forms of a country
//! a party is named as, and by the body noun that heads one of their names; and which
//! names do not count (a workforce named after its employer).

use crate::lexicon::{name_stems, word_list, PartyTerms, StanceLexicon};
use crate::text::tokenize;
use std::collections::HashMap;

/// The body heads of `data/body_heads.txt`, as stems.
fn body_heads() -> &'static std::collections::HashSet<String> {
    static W: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        word_list(include_str!("../data/body_heads.txt"))
            .into_iter()
            .flat_map(|w| tokenize(w).into_iter().map(|t| t.stem))
            .collect()
    })
}

/// The workforce nouns of `data/workforce_nouns.txt`, as stems.
pub(crate) fn workforce_nouns() -> &'static std::collections::HashSet<String> {
    static W: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        word_list(include_str!("../data/workforce_nouns.txt"))
            .into_iter()
            .flat_map(|w| tokenize(w).into_iter().map(|t| t.stem))
            .collect()
    })
}

/// The stems of `data/place_institution_nouns.txt`.
pub(crate) fn place_institution_nouns() -> &'static std::collections::HashSet<String> {
    static W: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        word_list(include_str!("../data/place_institution_nouns.txt"))
            .into_iter()
            .flat_map(|w| tokenize(w).into_iter().map(|t| t.stem))
            .collect()
    })
}

/// The head of a name of two words or more, when it is a body noun: its last word before
/// "of", "for", "on" or "in", else its last word ("council" of "Ashdown Borough Council",
/// "department" of "Department for Communities", "administration" of "Trump
/// administration").
pub(crate) fn name_head(name: &str) -> Option<String> {
    let toks = tokenize(name);
    let cut = toks
        .iter()
        .position(|t| matches!(t.lower.as_str(), "of" | "for" | "on" | "in"))
        .unwrap_or(toks.len());
    if toks.len() < 2 || cut == 0 {
        return None;
    }
    let head = &toks[cut - 1];
    body_heads().contains(&head.stem).then(|| head.stem.clone())
}

/// The countries of the shared gazetteer (`detente_lang::places`): per country, every way
/// of naming it (its names, demonyms and capital), and the country each of its names (not
/// its demonyms or capital) stands for, in lower case.
struct Gazetteer {
    forms: Vec<Vec<String>>,
    by_name: HashMap<String, usize>,
}

fn gazetteer() -> &'static Gazetteer {
    static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        let mut forms = Vec::new();
        let mut by_name = HashMap::new();
        for (c, country) in detente_lang::places::countries().iter().enumerate() {
            for n in country.names() {
                by_name.entry(n.to_lowercase()).or_insert(c);
            }
            let mut f: Vec<String> = country
                .names()
                .map(str::to_string)
                .chain(country.demonyms.iter().cloned())
                .chain(country.capitals.iter().cloned())
                .collect();
            f.sort();
            forms.push(f);
        }
        Gazetteer { forms, by_name }
    })
}

/// Rule `gazetteer_party_names`: a party named (by its name or one of its aliases) exactly
/// as a country of the gazetteer ("Israel", "Egypt", "United States") is also named by
/// every other form of that country: its other names, its demonyms and its capital
/// ("Israeli", "Israelis", "Jerusalem"; "Egyptian", "Cairo"), so that "Israeli officials"
/// or "an Egyptian diplomat" speak for it. A country that names two parties names
/// neither through its other forms. A customs union's party is also named by the forms of
/// its member states ([`union_members`]). Returns the extra names per party.
pub fn gazetteer_party_names(parties: &[PartyTerms]) -> Vec<Vec<String>> {
    let g = gazetteer();
    let countries: Vec<Vec<usize>> = parties
        .iter()
        .map(|p| {
            let mut c: Vec<usize> = std::iter::once(&p.name)
                .chain(&p.aliases)
                .filter_map(|n| {
                    let n = n.trim();
                    let n = n.strip_prefix("the ").unwrap_or(n);
                    g.by_name.get(&n.to_lowercase()).copied()
                })
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        })
        .collect();
    let members = union_members(parties, &countries);
    countries
        .iter()
        .enumerate()
        .map(|(i, cs)| {
            cs.iter()
                .filter(|c| {
                    !countries
                        .iter()
                        .enumerate()
                        .any(|(j, o)| j != i && o.contains(c))
                })
                .chain(&members[i])
                .flat_map(|&c| g.forms[c].iter().cloned())
                .collect()
        })
        .collect()
}

/// The customs unions of `data/customs_unions.tsv`: each union's names in lower case and
/// its member states as gazetteer countries.
fn customs_unions() -> &'static [(Vec<String>, Vec<usize>)] {
    static U: std::sync::OnceLock<Vec<(Vec<String>, Vec<usize>)>> = std::sync::OnceLock::new();
    U.get_or_init(|| {
        let g = gazetteer();
        include_str!("../data/customs_unions.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (names, members) = l.split_once('|')?;
                let names = names.split(';').map(|n| n.trim().to_lowercase()).collect();
                let members = members
                    .split(';')
                    .filter_map(|m| g.by_name.get(&m.trim().to_lowercase()).copied())
                    .collect();
                Some((names, members))
            })
            .collect()
    })
}

/// Rule `member_state_speaks_for_its_union`: a party named (by its name or an alias) as a
/// customs union of `data/customs_unions.tsv` (the European Union, Mercosur, …), which
/// negotiates for its members, is also named by each member state that no party names
/// (`countries`: the gazetteer countries each party is named as) and that no other such
/// party has as a member: "Belgium has resisted" and "the German foreign minister" speak
/// for a party "European Union" unless the scenario names Belgium or Germany. Returns the
/// member countries per party.
fn union_members(parties: &[PartyTerms], countries: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let unions = customs_unions();
    let of_party: Vec<Vec<usize>> = parties
        .iter()
        .map(|p| {
            let names: Vec<String> = std::iter::once(&p.name)
                .chain(&p.aliases)
                .map(|n| {
                    let n = n.trim().to_lowercase();
                    n.strip_prefix("the ").map(str::to_string).unwrap_or(n)
                })
                .collect();
            let mut ms: Vec<usize> = unions
                .iter()
                .filter(|(un, _)| un.iter().any(|u| names.contains(u)))
                .flat_map(|(_, m)| m.iter().copied())
                .collect();
            ms.sort_unstable();
            ms.dedup();
            ms
        })
        .collect();
    of_party
        .iter()
        .enumerate()
        .map(|(i, ms)| {
            ms.iter()
                .copied()
                .filter(|c| {
                    !countries.iter().any(|o| o.contains(c))
                        && !of_party
                            .iter()
                            .enumerate()
                            .any(|(j, o)| j != i && o.contains(c))
                })
                .collect()
        })
        .collect()
}

impl StanceLexicon {
    /// The party an affiliation or a speaker's name names: one of its names whole, else
    /// the longest name found inside (rule `workforce_is_not_its_employer`: not one
    /// followed by a workforce noun, `data/workforce_nouns.txt`: "council workers" are not
    /// the council; rule `place_in_an_institution_name_is_no_party`: not one right after
    /// "NOUN of" for an institution of `data/place_institution_nouns.txt`: the "University
    /// of Barcelona" is not Barcelona), else the head of one of its names ([`Self::party_from_name_head`]).
    pub fn party_of(&self, affiliation: Option<&str>, speaker: Option<&str>) -> Option<usize> {
        if let Some(i) = speaker.and_then(|s| self.party_named_whole(s)) {
            return Some(i);
        }
        for text in [affiliation, speaker].into_iter().flatten() {
            let stems = name_stems(text);
            if stems.is_empty() {
                continue;
            }
            if let Some(i) = self.parties.iter().position(|p| p.names.contains(&stems)) {
                return Some(i);
            }
            let workforce = workforce_nouns();
            let institutions = place_institution_nouns();
            let mut best: Option<(usize, usize)> = None;
            for (i, p) in self.parties.iter().enumerate() {
                for n in &p.names {
                    if stems.windows(n.len()).enumerate().any(|(k, w)| {
                        w == n.as_slice()
                            && stems
                                .get(k + n.len())
                                .is_none_or(|next| !workforce.contains(next))
                            // `place_in_an_institution_name_is_no_party`.
                            && !(k >= 2
                                && stems[k - 1] == "of"
                                && institutions.contains(&stems[k - 2]))
                    }) && best.is_none_or(|(_, len)| n.len() > len)
                    {
                        best = Some((i, n.len()));
                    }
                }
            }
            if let Some((i, _)) = best {
                return Some(i);
            }
        }
        [affiliation, speaker]
            .into_iter()
            .flatten()
            .find_map(|text| self.party_from_name_head(text))
    }

    /// Rule `own_name_before_affiliation`: a speaker whose whole name is one of a party's
    /// names (or aliases) is that party speaking, whatever affiliation the evidence gives
    /// it: a body's affiliation is often only the country it sits in ("the Growers'
    /// Federation", affiliated to its country, is the party "Growers' Federation").
    pub fn party_named_whole(&self, speaker: &str) -> Option<usize> {
        let stems = name_stems(speaker);
        if stems.is_empty() {
            return None;
        }
        self.parties.iter().position(|p| p.names.contains(&stems))
    }

    /// Rule `party_from_content_subject`: the party that the reported content opens with as
    /// its subject, before an auxiliary, a modal or an adverb ("[said] the board would
    /// press for a ban", "Northvale officials are studying a levy"): the party whose
    /// position the statement reports, used when the speaker's own party is unknown. A
    /// subject joining several actors ("A and B will ...") or longer than four words
    /// names none.
    pub fn party_of_content_subject(&self, text: &str) -> Option<usize> {
        let toks = tokenize(text);
        let from = toks.iter().position(|t| t.lower != "that")?;
        let verb = (from + 1..toks.len().min(from + 5)).find(|&j| {
            crate::frame::is_between_subject_and_verb(&toks[j].lower)
                || matches!(
                    toks[j].lower.as_str(),
                    "could" | "should" | "must" | "can" | "may" | "might" | "shall"
                )
        })?;
        if toks[from..verb]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "and" | "or" | "nor" | "both" | "neither"))
        {
            return None;
        }
        self.party_of(Some(&text[toks[from].start..toks[verb - 1].end]), None)
    }

    /// Rule `party_from_name_head`: a body noun (`data/body_heads.txt`) that heads one of
    /// a party's names of two words or more, and no other party's, names that party when
    /// the text uses it as a common noun: written in lower case, or capitalised only as
    /// the text's first word, and not followed by a workforce noun ("the council", "a
    /// council spokeswoman", "a senior administration official" for a party named
    /// "Ashdown Borough Council" or aliased "Trump administration"; not "council workers",
    /// nor "the Security Council", another body's name).
    pub fn party_from_name_head(&self, text: &str) -> Option<usize> {
        let toks = tokenize(text);
        let workforce = workforce_nouns();
        toks.iter().enumerate().find_map(|(k, t)| {
            let first_char = text[t.start..].chars().next()?;
            if first_char.is_uppercase() && k > 0 {
                return None;
            }
            if toks.get(k + 1).is_some_and(|n| workforce.contains(&n.stem)) {
                return None;
            }
            self.parties.iter().position(|p| p.heads.contains(&t.stem))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::{PartyTerms, ScenarioTerms, StanceLexicon};

    fn labour_parties() -> StanceLexicon {
        let party = |id: &str, name: &str, aliases: &[&str]| PartyTerms {
            id: id.into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        };
        StanceLexicon::new(&ScenarioTerms {
            parties: vec![
                party(
                    "harbour_authority",
                    "Northvale Harbour Board",
                    &["Harbour Board"],
                ),
                party("dockers", "Dockers Federation", &["the federation"]),
                party("northvale", "City of Northvale", &["city administration"]),
            ],
            ..Default::default()
        })
    }

    #[test]
    fn member_state_speaks_for_its_union() {
        let party = |id: &str, name: &str, aliases: &[&str]| PartyTerms {
            id: id.into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        };
        let lex = StanceLexicon::new(&ScenarioTerms {
            parties: vec![
                party("bloc", "European Union", &["EU"]),
                party("paris", "France", &[]),
                party("norway", "Norway", &[]),
            ],
            ..Default::default()
        });
        let id = |i: Option<usize>| i.map(|i| lex.parties[i].id.as_str());
        assert_eq!(id(lex.party_of(Some("Belgium"), None)), Some("bloc"));
        assert_eq!(
            id(lex.party_of(None, Some("the German foreign minister"))),
            Some("bloc")
        );
        // A member the scenario names speaks for itself; a state outside the union is no
        // member.
        assert_eq!(id(lex.party_of(Some("France"), None)), Some("paris"));
        assert_eq!(id(lex.party_of(Some("Canada"), None)), None);
        // Not without a union party.
        let lex = StanceLexicon::new(&ScenarioTerms {
            parties: vec![party("norway", "Norway", &[])],
            ..Default::default()
        });
        assert_eq!(lex.party_of(Some("Belgium"), None), None);
    }

    #[test]
    fn a_body_noun_heading_a_party_name_names_that_party() {
        let lex = labour_parties();
        let id = |i: Option<usize>| i.map(|i| lex.parties[i].id.as_str());
        assert_eq!(
            id(lex.party_of(None, Some("a board spokeswoman"))),
            Some("harbour_authority")
        );
        assert_eq!(
            id(lex.party_of(None, Some("Federation officials"))),
            Some("dockers")
        );
        assert_eq!(
            id(lex.party_of(None, Some("a senior administration official"))),
            Some("northvale")
        );
        // Another body's name, and a word that heads no party's name, name none.
        assert_eq!(id(lex.party_of(None, Some("the Port Health Board"))), None);
        assert_eq!(id(lex.party_of(None, Some("the ministry"))), None);
    }

    #[test]
    fn the_subject_of_the_content_names_its_holder() {
        let lex = labour_parties();
        let id = |i: Option<usize>| i.map(|i| lex.parties[i].id.as_str());
        assert_eq!(
            id(lex.party_of_content_subject("the board would press for higher fees")),
            Some("harbour_authority")
        );
        assert_eq!(
            id(lex.party_of_content_subject("that the Dockers Federation will not sign")),
            Some("dockers")
        );
        // No party as subject, two actors, or a party only later in the clause.
        assert_eq!(
            lex.party_of_content_subject("the group would accept a levy"),
            None
        );
        assert_eq!(
            lex.party_of_content_subject("the board and the federation will meet"),
            None
        );
        assert_eq!(
            lex.party_of_content_subject("fees will rise unless the board agrees"),
            None
        );
    }

    #[test]
    fn place_in_an_institution_name_is_no_party() {
        let lex = StanceLexicon::new(&ScenarioTerms {
            parties: vec![PartyTerms {
                id: "city".into(),
                name: "Northvale".into(),
                aliases: vec!["Northvale City Council".into()],
                ..Default::default()
            }],
            ..Default::default()
        });
        let id = |i: Option<usize>| i.map(|i| lex.parties[i].id.as_str());
        assert_eq!(
            id(lex.party_of(Some("University of Northvale"), None)),
            None
        );
        assert_eq!(id(lex.party_of(Some("Port of Northvale"), None)), None);
        assert_eq!(
            id(lex.party_of(Some("Government of Northvale"), None)),
            Some("city")
        );
    }

    #[test]
    fn a_workforce_is_not_its_employer() {
        let lex = labour_parties();
        let id = |i: Option<usize>| i.map(|i| lex.parties[i].id.as_str());
        assert_eq!(id(lex.party_of(None, Some("Harbour Board workers"))), None);
        assert_eq!(id(lex.party_of(None, Some("board staff"))), None);
        assert_eq!(
            id(lex.party_of(Some("Northvale Harbour Board"), None)),
            Some("harbour_authority")
        );
    }
}
