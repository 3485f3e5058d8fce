//! Stage 3, entities: the per-article records of persons, organisations and countries,
//! and the mentions that point at them.

#![allow(clippy::needless_range_loop)]

use super::*;

mod gazetteer;
mod organisations;
mod persons;
mod runs;
mod sides;

pub(crate) use self::persons::*;
pub(crate) use self::runs::*;
pub(crate) use self::sides::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MKind {
    Person(usize),
    Org(usize),
    Country(usize),
    Pronoun,
    /// A title phrase ("the spokesman"); resolved to a person by role.
    Title,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    /// Token range.
    pub(crate) t0: usize,
    pub(crate) t1: usize,
    pub(crate) kind: MKind,
}

#[derive(Debug, Default)]
pub(crate) struct PersonAcc {
    pub(crate) name_tokens: usize,
    pub(crate) name: String,
    pub(crate) surname_key: String,
    pub(crate) given: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) affiliation: Option<String>,
    /// Possessor named in the role ("Putin's aide"): inherits that person's side.
    pub(crate) owner: Option<String>,
    pub(crate) analyst: bool,
    pub(crate) institution: Option<String>,
    pub(crate) mentions: Vec<String>,
    /// From an honorific or a gendered title ("Ms", "Mr", "spokeswoman"); checks `he`/`she`.
    pub(crate) female: Option<bool>,
}

#[derive(Debug, Default)]
pub(crate) struct OrgAcc {
    pub(crate) name: String,
    pub(crate) affiliation: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) mentions: Vec<String>,
}

#[derive(Debug, Default)]
pub(crate) struct CountryAcc {
    pub(crate) name: String,
    pub(crate) mentions: Vec<String>,
    pub(crate) acting: bool,
}

/// Entities found in one article.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub(crate) persons: Vec<PersonAcc>,
    pub(crate) orgs: Vec<OrgAcc>,
    pub(crate) countries: Vec<CountryAcc>,
    pub(crate) country_index: HashMap<usize, usize>,
    pub(crate) mentions: Vec<Mention>,
    /// Length of the prefix of `mentions` that is sorted by position.
    pub(crate) sorted: usize,
}

impl Entities {
    /// Mentions lying inside tokens `t0..t1` (binary search over the sorted prefix).
    pub(crate) fn within(&self, t0: usize, t1: usize) -> impl Iterator<Item = &Mention> {
        let ms = &self.mentions[..self.sorted];
        let lo = ms.partition_point(|m| m.t0 < t0);
        let hi = ms.partition_point(|m| m.t0 < t1);
        ms[lo..hi.max(lo)].iter().filter(move |m| m.t1 <= t1)
    }
}

pub(crate) fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

impl Entities {
    pub(crate) fn country(&mut self, lx: &Lexicon, idx: usize) -> usize {
        if let Some(&c) = self.country_index.get(&idx) {
            return c;
        }
        let c = self.countries.len();
        self.countries.push(CountryAcc {
            name: lx.countries[idx].clone(),
            ..Default::default()
        });
        self.country_index.insert(idx, c);
        c
    }

    /// The organisation `name` (added if new), mentioned as `name` at tokens `t0..t1`.
    pub(crate) fn org_mention(
        &mut self,
        name: &str,
        affiliation: Option<String>,
        role: Option<String>,
        t0: usize,
        t1: usize,
    ) -> usize {
        let o = self.org(name, affiliation, role);
        push_unique(&mut self.orgs[o].mentions, name);
        self.mentions.push(Mention {
            t0,
            t1,
            kind: MKind::Org(o),
        });
        o
    }

    pub(crate) fn org(
        &mut self,
        name: &str,
        affiliation: Option<String>,
        role: Option<String>,
    ) -> usize {
        if let Some(i) = self
            .orgs
            .iter()
            .position(|o| o.name == name || o.mentions.iter().any(|m| m == name))
        {
            if self.orgs[i].affiliation.is_none() {
                self.orgs[i].affiliation = affiliation;
            }
            return i;
        }
        self.orgs.push(OrgAcc {
            name: name.to_string(),
            affiliation,
            role,
            mentions: Vec::new(),
        });
        self.orgs.len() - 1
    }

    pub(crate) fn find_person(&self, surname: &str, given: Option<&str>) -> Option<usize> {
        if self.persons.is_empty() {
            return None;
        }
        let key = surname_key(surname);
        let by_surname = self.persons.iter().position(|p| {
            same_surname(&p.surname_key, &key)
                && match (given, p.given.as_deref()) {
                    (Some(a), Some(b)) => {
                        a == b || edit_distance_le1(a, b) || a.starts_with(b) || b.starts_with(a)
                    }
                    _ => true,
                }
        });
        if by_surname.is_some() || given.is_some() {
            return by_surname;
        }
        // "Li said" after "Li Huidong", "Olumide" after "Olumide Bakare": a lone word that is
        // the first name word of exactly one person (family names come first in Chinese).
        let mut first = self
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.name_tokens >= 2 && p.given.as_deref() == Some(surname));
        match (first.next(), first.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    pub(crate) fn into_actors(self, article: &str, _doc: &Doc) -> Vec<Actor> {
        let mut out = Vec::new();
        let owners: Vec<(String, Option<String>)> = self
            .persons
            .iter()
            .map(|p| (p.surname_key.clone(), p.affiliation.clone()))
            .collect();
        for p in self.persons {
            let mut affiliation = if p.analyst {
                p.institution.clone()
            } else {
                p.affiliation.clone()
            };
            if affiliation.is_none() && !p.analyst {
                if let Some(o) = &p.owner {
                    let k = surname_key(o);
                    affiliation = owners
                        .iter()
                        .find(|(s, _)| same_surname(s, &k))
                        .and_then(|(_, a)| a.clone());
                }
                if affiliation.is_none() {
                    affiliation = p.institution.clone();
                }
            }
            out.push(Actor {
                article: article.to_string(),
                name: p.name,
                kind: ActorKind::Person,
                role: p.role,
                affiliation,
                mentions: p.mentions,
            });
        }
        for o in self.orgs {
            out.push(Actor {
                article: article.to_string(),
                name: o.name,
                kind: ActorKind::Organization,
                role: o.role,
                affiliation: o.affiliation,
                mentions: o.mentions,
            });
        }
        for c in self.countries {
            if !c.acting {
                continue;
            }
            out.push(Actor {
                article: article.to_string(),
                name: c.name.clone(),
                kind: ActorKind::Country,
                role: None,
                affiliation: Some(c.name),
                mentions: c.mentions,
            });
        }
        out
    }
}
