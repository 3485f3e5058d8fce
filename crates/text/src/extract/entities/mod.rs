//! Stage 3, entities: the per-article records of persons, organisations and countries,
//! and the mentions that point at them.

#![allow(clippy::needless_range_loop)]

use super::*;

mod after_place;
mod branches;
mod broadcast;
mod country_bodies;
mod delegates;
mod gazetteer;
mod heads;
mod led_bodies;
mod member_bodies;
mod members;
mod national;
mod offices;
mod organisations;
mod organs;
mod owners;
mod persons;
mod portfolio;
mod propagate;
mod runs;
mod sides;
mod state_roles;
mod subdivisions;
mod title_chain;
mod title_owners;
mod word_shapes;

pub(crate) use self::members::*;
pub(crate) use self::national::without_legal_form;
pub(crate) use self::organisations::{acronym_spells_name, bracketed_short_form};
pub(crate) use self::persons::*;
pub(crate) use self::runs::*;
pub(crate) use self::sides::*;
pub(crate) use self::word_shapes::*;

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
    /// The rule that set `affiliation`, for `--explain`.
    pub(crate) affiliation_rule: Option<&'static str>,
}

impl PersonAcc {
    /// The person's role in lower case when the role-based side rules may give the person
    /// a side: the person has a role, and no side, institution, possessor or analyst's
    /// standing yet.
    pub(crate) fn unsided_role(&self) -> Option<String> {
        if self.affiliation.is_some() || self.institution.is_some() || self.owner.is_some() {
            return None;
        }
        if self.analyst {
            return None;
        }
        self.role.as_deref().map(str::to_lowercase)
    }
}

#[derive(Debug, Default)]
pub(crate) struct OrgAcc {
    pub(crate) name: String,
    pub(crate) affiliation: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) mentions: Vec<String>,
    /// The propagation rule that set `affiliation`, if one did, for `--explain`.
    pub(crate) affiliation_rule: Option<&'static str>,
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
    pub(crate) person_index: PersonIndex,
}

impl Entities {
    /// Gives each person of `found` its side, recording `rule` as what decided it (for
    /// `--explain`).
    /// The first token of each person's first mention outside quotations, by person.
    pub(crate) fn first_person_mentions(&self, doc: &Doc) -> Vec<Option<usize>> {
        let mut first: Vec<Option<usize>> = vec![None; self.persons.len()];
        for m in &self.mentions[..self.sorted] {
            if let MKind::Person(p) = m.kind {
                if first[p].is_none() && !doc.in_quote[m.t0] {
                    first[p] = Some(m.t0);
                }
            }
        }
        first
    }

    pub(crate) fn give_sides(&mut self, found: Vec<(usize, String)>, rule: &'static str) {
        for (pi, side) in found {
            let p = &mut self.persons[pi];
            p.affiliation = Some(side);
            p.affiliation_rule = Some(rule);
        }
    }
}

/// Whether `word` is the word right before the surname of a full name of three words or
/// more (`name`, `tokens` words): "Deng" in "Gabriel Deng Majok".
fn middle_name_is(name: &str, tokens: usize, word: &str) -> bool {
    tokens >= 3 && name.split_whitespace().rev().nth(1) == Some(word)
}

/// The first token of a person's mention at `t0` with an honorific before it taken in
/// (", Mr. NAME", ", Dr NAME"): where a comma or role before the name is to be looked for.
pub(crate) fn before_honorific(doc: &Doc, t0: usize) -> usize {
    if t0 >= 2 && doc.is(t0 - 1, ".") && is_honorific(doc.t(t0 - 2)) {
        t0 - 2
    } else if t0 >= 1 && is_honorific(doc.t(t0 - 1)) {
        t0 - 1
    } else {
        t0
    }
}

/// Whether `word` is a personal honorific ("Mr", "Mrs.", "Dr", "H.E.", "Hon." for "the
/// Honourable", "Comrade" as unions and parties of several countries address officers).
pub(crate) fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "dr" | "h.e" | "hon" | "comrade"
    )
}

/// Persons by surname key, by the key with one byte deleted (to find keys one edit away),
/// and by given name.
#[derive(Debug, Default)]
pub(crate) struct PersonIndex {
    by_key: HashMap<Vec<u8>, Vec<usize>, FxBuild>,
    by_deletion: HashMap<(Vec<u8>, usize), Vec<usize>, FxBuild>,
    by_given: HashMap<String, Vec<usize>, FxBuild>,
}

/// `key` without its byte at `i`.
fn delete_at(key: &[u8], i: usize) -> Vec<u8> {
    let mut v = Vec::with_capacity(key.len().saturating_sub(1));
    v.extend_from_slice(&key[..i]);
    v.extend_from_slice(&key[i + 1..]);
    v
}

impl PersonIndex {
    fn add(&mut self, pi: usize, p: &PersonAcc) {
        let key = p.surname_key.as_bytes();
        self.by_key.entry(key.to_vec()).or_default().push(pi);
        if key.len() >= 6 {
            for i in 0..key.len() {
                self.by_deletion
                    .entry((delete_at(key, i), i))
                    .or_default()
                    .push(pi);
            }
        }
        if let Some(g) = &p.given {
            self.by_given.entry(g.clone()).or_default().push(pi);
        }
    }

    /// Every person whose key may be `key` or one byte edit from it, in index order.
    fn surname_candidates(&self, key: &[u8]) -> Vec<usize> {
        let mut out: Vec<usize> = self.by_key.get(key).cloned().unwrap_or_default();
        if key.len() >= 6 {
            for i in 0..=key.len() {
                // A stored key one byte longer, with its byte at `i` deleted.
                if let Some(v) = self.by_deletion.get(&(key.to_vec(), i)) {
                    out.extend_from_slice(v);
                }
            }
            for i in 0..key.len() {
                let d = delete_at(key, i);
                // A stored key one byte shorter, or one byte different at `i`.
                if let Some(v) = self.by_key.get(&d) {
                    out.extend_from_slice(v);
                }
                if let Some(v) = self.by_deletion.get(&(d, i)) {
                    out.extend_from_slice(v);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
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
        let name = without_legal_form(name);
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
            affiliation_rule: None,
        });
        self.orgs.len() - 1
    }

    /// Adds a person and indexes it for [`Entities::find_person`].
    pub(crate) fn add_person(&mut self, p: PersonAcc) -> usize {
        let pi = self.persons.len();
        self.person_index.add(pi, &p);
        self.persons.push(p);
        pi
    }

    /// Gives person `pi` a longer form of its name (and so perhaps a new given name).
    pub(crate) fn rename_person(
        &mut self,
        pi: usize,
        tokens: usize,
        name: &str,
        given: Option<&str>,
    ) {
        let p = &mut self.persons[pi];
        p.name_tokens = tokens;
        p.name = name.to_string();
        p.given = given.map(str::to_string);
        if let Some(g) = given {
            self.person_index
                .by_given
                .entry(g.to_string())
                .or_default()
                .push(pi);
        }
    }

    /// The person an occurrence of `surname` (with `given`, if written) refers to: the first
    /// person whose surname is the same up to one edit (for surnames of six letters or more)
    /// and whose given name, when both are known, agrees ("Deng Majok" agrees with "Gabriel
    /// Deng Majok": the shorter form's first word is the longer name's word before the
    /// surname, as with double surnames and patronymics). Without a given name, a lone word
    /// that is the first word of exactly one person's full name refers to that person.
    /// Looks up an index, so the cost does not grow with the number of persons.
    pub(crate) fn find_person(&self, surname: &str, given: Option<&str>) -> Option<usize> {
        if self.persons.is_empty() {
            return None;
        }
        let key = surname_key(surname);
        let by_surname = self
            .person_index
            .surname_candidates(key.as_bytes())
            .into_iter()
            .find(|&i| {
                let p = &self.persons[i];
                same_surname(&p.surname_key, &key)
                    && match (given, p.given.as_deref()) {
                        (Some(a), Some(b)) => {
                            a == b
                                || edit_distance_le1(a, b)
                                || a.starts_with(b)
                                || b.starts_with(a)
                                || middle_name_is(&p.name, p.name_tokens, a)
                        }
                        _ => true,
                    }
            });
        if by_surname.is_some() || given.is_some() {
            return by_surname;
        }
        // "Li said" after "Li Huidong", "Olumide" after "Olumide Bakare": a lone word that is
        // the first name word of exactly one person (family names come first in Chinese).
        let mut first: Vec<usize> = self
            .person_index
            .by_given
            .get(surname)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| {
                let p = &self.persons[i];
                p.name_tokens >= 2 && p.given.as_deref() == Some(surname)
            })
            .collect();
        first.sort_unstable();
        first.dedup();
        match first.as_slice() {
            [i] => Some(*i),
            _ => None,
        }
    }

    /// `first_of_two_surnames_names_the_person`: "Zamudio said" after "Efraín Zamudio
    /// Chávez": a lone capitalised word that is the second-to-last word of exactly one
    /// person's name of three words or more (the first of two surnames, as Spanish and
    /// Portuguese names carry them) and no one's given name or surname. The caller checks
    /// that the word stands alone (no capitalised word after it: "Hollin Airport" is no
    /// mention of a "Stop Hollin Noise").
    pub(crate) fn by_first_surname(&self, word: &str) -> Option<usize> {
        let mut hits =
            self.persons.iter().enumerate().filter(|(_, p)| {
                p.name_tokens >= 3 && middle_name_is(&p.name, p.name_tokens, word)
            });
        let (i, _) = hits.next()?;
        hits.next().is_none().then_some(i)
    }

    /// The actors of the article, each with the rules that decided its affiliation.
    pub(crate) fn into_actors(self, article: &str) -> Vec<(Actor, Vec<&'static str>)> {
        let mut out = Vec::new();
        let owners: Vec<(String, Option<String>)> = self
            .persons
            .iter()
            .map(|p| (p.surname_key.clone(), p.affiliation.clone()))
            .collect();
        for p in self.persons {
            let mut rules = Vec::new();
            let mut affiliation = if p.analyst {
                rules.push("analyst_takes_institution");
                p.institution.clone()
            } else {
                rules.extend(p.affiliation_rule.filter(|_| p.affiliation.is_some()));
                p.affiliation.clone()
            };
            if affiliation.is_none() && !p.analyst {
                if let Some(o) = &p.owner {
                    let k = surname_key(o);
                    affiliation = owners
                        .iter()
                        .find(|(s, _)| same_surname(s, &k))
                        .and_then(|(_, a)| a.clone());
                    if affiliation.is_some() {
                        rules.push("possessor_side");
                    }
                }
                if affiliation.is_none() {
                    affiliation = p.institution.clone();
                    if affiliation.is_some() {
                        rules.push("institution_side");
                    }
                }
            }
            if affiliation.is_none() {
                rules.clear();
            }
            out.push((
                Actor {
                    article: article.to_string(),
                    name: p.name,
                    kind: ActorKind::Person,
                    role: p.role,
                    affiliation,
                    mentions: p.mentions,
                },
                rules,
            ));
        }
        for mut o in self.orgs {
            let rules = if o.affiliation.is_some() {
                vec![o.affiliation_rule.unwrap_or("organisation_side")]
            } else if body_is_its_own_side(&o) {
                o.affiliation = Some(o.name.clone());
                vec!["body_is_its_own_side"]
            } else {
                Vec::new()
            };
            out.push((
                Actor {
                    article: article.to_string(),
                    name: o.name,
                    kind: ActorKind::Organization,
                    role: o.role,
                    affiliation: o.affiliation,
                    mentions: o.mentions,
                },
                rules,
            ));
        }
        for c in self.countries {
            if !c.acting {
                continue;
            }
            out.push((
                Actor {
                    article: article.to_string(),
                    name: c.name.clone(),
                    kind: ActorKind::Country,
                    role: None,
                    affiliation: Some(c.name),
                    mentions: c.mentions,
                },
                vec!["country_is_its_own_side"],
            ));
        }
        out
    }
}

/// `body_is_its_own_side`: an organisation for which the article states no country or
/// parent, and which is not a state organ (whose side is a state the article may simply
/// not name), is a party of its own: a union, a company, a league, a movement; so is an
/// armed force whose name marks it as outside a state's forces ("Kachin Independence
/// Army", `data/own_side_body_words.txt`).
fn body_is_its_own_side(o: &OrgAcc) -> bool {
    o.affiliation.is_none()
        && (!state_side_body(&o.name) || national::own_side_body(&o.name, o.role.as_deref()))
}

/// The gazetteer matches of one article (per token: the entity starting there and its
/// length in tokens), with what the side rules ask of the whole article computed once, so
/// that a per-person question costs the same whatever the article's length.
#[derive(Debug)]
pub(crate) struct Gaz {
    at: Vec<Option<(Known, usize)>>,
    /// Countries named (by name, capital or demonym), most often first; ties by index,
    /// higher first.
    pub(crate) ranked_countries: Vec<(usize, usize)>,
    /// The sides the article names: countries (by name, capital or demonym), known bodies
    /// and the sides of known bodies.
    pub(crate) named_sides: FxSet,
}

impl Gaz {
    pub(crate) fn new(at: Vec<Option<(Known, usize)>>, lx: &Lexicon) -> Gaz {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        let mut named_sides = FxSet::default();
        for (k, _) in at.iter().flatten() {
            match k {
                Known::Country(ci) | Known::Demonym(ci) | Known::Capital(ci) => {
                    *counts.entry(*ci).or_default() += 1;
                    named_sides.insert(lx.countries[*ci].clone());
                }
                Known::Org(oi) => {
                    let e = &lx.orgs[*oi];
                    named_sides.insert(e.name.clone());
                    if let Some(a) = &e.affiliation {
                        named_sides.insert(a.clone());
                    }
                }
            }
        }
        let mut ranked_countries: Vec<(usize, usize)> =
            counts.into_iter().map(|(c, n)| (n, c)).collect();
        ranked_countries.sort_unstable_by(|a, b| b.cmp(a));
        Gaz {
            at,
            ranked_countries,
            named_sides,
        }
    }
}

impl std::ops::Deref for Gaz {
    type Target = [Option<(Known, usize)>];
    fn deref(&self) -> &Self::Target {
        &self.at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(names: &[(&str, Option<&str>)]) -> Entities {
        let mut e = Entities::default();
        for (surname, given) in names {
            e.add_person(PersonAcc {
                name_tokens: 1 + usize::from(given.is_some()),
                name: surname.to_string(),
                surname_key: surname_key(surname),
                given: given.map(str::to_string),
                ..Default::default()
            });
        }
        e
    }

    #[test]
    fn find_person_takes_the_words_before_the_surname() {
        let mut e = Entities::default();
        e.add_person(PersonAcc {
            name_tokens: 3,
            name: "Gabriel Deng Majok".to_string(),
            surname_key: surname_key("Majok"),
            given: Some("Gabriel".to_string()),
            ..Default::default()
        });
        assert_eq!(e.find_person("Majok", Some("Deng")), Some(0));
        assert_eq!(e.find_person("Majok", Some("Akol")), None);
    }

    #[test]
    fn find_person_matches_long_surnames_one_edit_apart() {
        let e = with(&[("Okonkwo", None), ("Haldorsen", Some("Ingrid"))]);
        // Substitution, insertion and deletion of one letter in a surname of 6+ letters.
        assert_eq!(e.find_person("Okonkwa", None), Some(0));
        assert_eq!(e.find_person("Okonkwoo", None), Some(0));
        assert_eq!(e.find_person("Okonko", None), Some(0));
        assert_eq!(e.find_person("Haldorson", Some("Ingrid")), Some(1));
        assert_eq!(e.find_person("Haldorsen", Some("Marta")), None);
    }

    #[test]
    fn find_person_keeps_short_surnames_exact() {
        let e = with(&[("Lund", None)]);
        assert_eq!(e.find_person("Lund", None), Some(0));
        assert_eq!(e.find_person("Land", None), None);
    }

    #[test]
    fn find_person_prefers_the_first_person_added() {
        let e = with(&[("Petrenko", None), ("Petrenka", None)]);
        assert_eq!(e.find_person("Petrenka", None), Some(0));
    }

    #[test]
    fn lone_given_name_refers_to_its_only_bearer() {
        let mut e = with(&[("Bakare", Some("Olumide")), ("Adeyemi", Some("Tunde"))]);
        assert_eq!(e.find_person("Olumide", None), Some(0));
        e.add_person(PersonAcc {
            name_tokens: 2,
            name: "Olumide Eze".into(),
            surname_key: surname_key("Eze"),
            given: Some("Olumide".into()),
            ..Default::default()
        });
        assert_eq!(
            e.find_person("Olumide", None),
            None,
            "two bearers: no guess"
        );
    }
}

/// `initials_join_their_body`: an organisation record named by initials that another
/// organisation record lists among its mentions ("the Harbour Workers Union (HWU)", then
/// "HWU said") is that organisation: its mentions join the named record, and sides and
/// speakers given as the initials take the full name. Returns the (initials, full name)
/// pairs merged.
pub(crate) fn initials_join_their_body(
    actors: &mut Vec<(Actor, Vec<&'static str>)>,
) -> Vec<(String, String)> {
    let mut aliases: Vec<(String, String)> = Vec::new();
    let orgs: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].0.kind == ActorKind::Organization)
        .collect();
    let mut drop = vec![false; actors.len()];
    for &a in &orgs {
        let short = actors[a].0.name.clone();
        let owner = orgs.iter().copied().find(|&b| {
            b != a && !drop[b] && actors[b].0.name != short && actors[b].0.mentions.contains(&short)
        });
        if let Some(b) = owner {
            let extra: Vec<String> = actors[a].0.mentions.clone();
            let side = actors[a].0.affiliation.clone();
            let target = &mut actors[b].0;
            for m in extra {
                if !target.mentions.contains(&m) {
                    target.mentions.push(m);
                }
            }
            if target.affiliation.is_none() {
                target.affiliation = side;
            }
            drop[a] = true;
            aliases.push((short, actors[b].0.name.clone()));
        }
    }
    if aliases.is_empty() {
        return aliases;
    }
    let mut i = 0;
    actors.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
    for (actor, _) in actors.iter_mut() {
        if let Some((_, to)) = aliases
            .iter()
            .find(|(from, _)| Some(from) == actor.affiliation.as_ref())
        {
            actor.affiliation = Some(to.clone());
        }
    }
    aliases
}

#[cfg(test)]
mod initials_tests {
    use crate::extract::test_extract;

    #[test]
    fn initials_join_their_body() {
        let ev = test_extract(
            "The Harbour Workers Union (HWU) rejected the offer on Monday.\n\nHWU said the \
             offer was \"not even close\", HWU state secretary Arne Dahl added.\n",
        );
        let orgs: Vec<_> = ev
            .actors
            .iter()
            .filter(|a| a.name.contains("HWU"))
            .collect();
        assert!(orgs.is_empty(), "{orgs:#?}");
        let dahl = ev
            .actors
            .iter()
            .find(|a| a.name == "Arne Dahl")
            .expect("Dahl");
        assert_eq!(dahl.affiliation.as_deref(), Some("Harbour Workers Union"));
    }
}
