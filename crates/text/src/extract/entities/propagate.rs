//! Entities: sides that travel from one record to another once every record is known:
//! a person's organisation named in the role, a head of government's country, a state
//! body's country.

use super::*;

/// Words of a role that make it a state office whose holder serves the country the article
/// is about when nothing else names one.
/// Heads of state and government are left out: a bare "President" is often another
/// country's (`a_bare_head_of_state_is_not_given_another_countrys_side`).
pub(crate) const GOVERNMENT_ROLE_WORDS: &[&str] = &[
    "minister",
    "senator",
    "treasurer",
    "attorney general",
    "government",
    "lawmaker",
    "ambassador",
    // The state's armed forces ("the military's spokesperson", "army chief of staff").
    "military",
    "army",
    "armed forces",
    "navy",
];

/// Words of a role that tie it to a body other than the state (its side is that body's).
pub(crate) const NON_STATE_ROLE_WORDS: &[&str] = &[
    "union",
    "company",
    "party",
    "league",
    "club",
    "association",
    "board",
    "bank",
    "firm",
    "group",
    "movement",
    "rebel",
    "rebels",
    "militia",
    "guerrilla",
    "guerrillas",
    "insurgent",
    "insurgents",
    "opposition",
    "university",
    "institute",
    "federation",
];

/// `state_title_prefix`: a title opened by a capitalised "National", "State", "Federal" or
/// "Government" ("National Conciliator", "State Mediator", "Federal Commissioner") is an
/// office of the state, whatever its head word.
pub(crate) fn state_title_prefix(role: &str) -> bool {
    matches!(
        role.split_whitespace().next(),
        Some("National" | "State" | "Federal" | "Government")
    ) && role.split_whitespace().count() >= 2
}

/// Whether `hay` contains `needle` as whole words.
pub(crate) fn has_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        let inside = |c: char| c.is_alphanumeric() || c == '-';
        !before.is_some_and(inside) && !after.is_some_and(inside)
    })
}

/// `former_body_is_no_side` on a role's text: the role says "former" or "ex" before the
/// body's name `form` ("former Acme Motors executive"), so the person has left that body.
pub(crate) fn former_body_in_role(role: &str, form: &str) -> bool {
    role.find(form).is_some_and(|at| {
        role[..at]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("former") || w.eq_ignore_ascii_case("ex"))
    })
}

/// A state body by its name: a ministry, a department, a national court, legislature or
/// government, the office of a head of state or government ("Department of Health",
/// "Ministry of Trade", "Supreme Court", "Cabinet", "Prime Minister's Office", "the
/// Ombudsman's Office").
pub(crate) fn state_body_by_name(name: &str) -> bool {
    let l = name.to_lowercase();
    // "the Prime Minister's Office", "the Office of the President", "the Ombudsman's
    // Office": the office of a head of state or government, or one named after the
    // public post it serves.
    let head_office = l.contains("office")
        && ["prime minister", "president", "premier", "chancellor"]
            .iter()
            .any(|h| l.contains(h))
        || l.ends_with("'s office")
        || l.ends_with("\u{2019}s office");
    head_office
        || super::organs::state_organ_by_shape(&l)
        || l.starts_with("ministry")
        || l.starts_with("department of")
        || l.ends_with(" ministry")
        || l.ends_with(" department")
        || matches!(
            l.as_str(),
            "supreme court"
                | "constitutional court"
                | "high court"
                | "parliament"
                | "senate"
                | "cabinet"
                | "government"
                | "national assembly"
        )
}

use super::subdivisions::{subdivision_counts, subdivisions};

impl Extractor {
    /// Runs the side rules that need every record of the article.
    pub(crate) fn propagate_sides(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        self.title_chain_before_name(doc, gaz, ents);
        self.portfolio_title_gives_role(doc, ents);
        self.portfolio_word_joins_role(doc, ents);
        self.apposition_places_body_in_country(doc, gaz, ents);
        self.its_role_names_previous_body(doc, gaz, ents);
        self.its_role_after_name(doc, gaz, ents);
        self.possessor_is_a_body(ents);
        self.role_names_organisation(ents);
        self.company_office_takes_company(doc, ents);
        self.role_takes_body_noun_nearby(doc, ents);
        let subs = subdivision_counts(doc);
        if !subs.is_empty() {
            subdivision_named_in_role_or_name(&subs, ents);
            subdivision_owns_role(&subs, ents);
        }
        let polity = self.dominant_polity(gaz, &subs);
        if let Some(state) = polity.as_deref() {
            guessed_country_yields_to_state(state, ents);
        }
        let leading = polity.clone().or_else(|| self.leading_country(gaz));
        self.government_role_takes_dominant_country(leading.as_deref(), ents);
        self.state_body_takes_context_country(doc, gaz, polity.as_deref(), ents);
        self.body_owns_role_before_name(doc, ents);
        self.leads_a_countrys_delegation(doc, gaz, ents);
        self.heads_a_named_delegation(doc, gaz, ents);
        self.delegation_of_country_led_by(doc, gaz, ents);
        self.its_role_described_before_name(doc, gaz, ents);
        self.its_refers_to_body_noun_before(doc, ents);
        self.state_office_of_country_before_name(doc, gaz, ents);
        self.role_names_a_body_named_after(doc, ents);
        self.role_serves_a_person(ents);
        self.title_in_possessive_names_its_holder(ents);
        self.his_role_serves_the_person_before(doc, ents);
        self.national_body_takes_country(doc, gaz, ents);
        self.head_takes_nearest_country(doc, gaz, ents);
        self.domestic_body_takes_dominant_country(gaz, ents);
        super::organs::organ_member_takes_its_parent_side(ents);
        self.armed_force_of_no_country_is_its_own_side(ents);
    }

    /// `state_named_more_than_its_country`: the polity a story is about: the country named at
    /// least twice as often as any other, or one of its states or provinces when the article
    /// names that state (at least twice) more often than the country itself.
    fn dominant_polity(&self, gaz: &Gaz, subs: &[(usize, usize)]) -> Option<String> {
        let country = self.dominant_country(gaz, false);
        let table = subdivisions();
        let best = subs.iter().max_by_key(|(_, c)| *c).copied();
        if let Some((si, c)) = best {
            let s = &table[si];
            let country_count = gaz
                .ranked_countries
                .iter()
                .find(|(_, ci)| self.lx.countries[*ci] == s.country)
                .map_or(0, |(n, _)| *n);
            let fits = country.as_deref().is_none_or(|d| d == s.country);
            if c >= 2 && c > country_count && fits {
                return Some(s.name.to_string());
            }
        }
        country
    }

    /// `its_role_names_previous_body`: "Its spokesman in the capital, NAME, said …", "In a
    /// statement, its chief counsel, NAME, wrote …": a person with no side named right after
    /// a comma that closes a role opened by "its"/"their" (at most eight words before, no
    /// other person or quotation in between) belongs to the body that "its" refers to: the
    /// first body or acting state named earlier in the sentence, else in one of the two
    /// sentences before.
    pub(crate) fn its_role_names_previous_body(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let mut found: Vec<(usize, String, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if p.affiliation.is_some() || p.owner.is_some() || p.institution.is_some() {
                continue;
            }
            // An honorific may stand between the comma and the name (", Mr. NAME").
            let t0 = before_honorific(doc, m.t0);
            if t0 < 3 || !doc.is(t0 - 1, ",") || doc.in_quote[t0] {
                continue;
            }
            let sa = doc.sents[doc.sent_of[t0]].0;
            let lo = sa.max(t0.saturating_sub(10));
            let Some(its) = (lo..t0 - 1)
                .rev()
                .find(|&k| doc.lower_is(k, &["its", "their"]))
            else {
                continue;
            };
            let clean = (its + 1..t0 - 1).all(|k| !doc.in_quote[k] && doc.t(k) != ",")
                && !ents
                    .within(its, t0)
                    .any(|x| matches!(x.kind, MKind::Person(_)));
            if !clean || its + 1 >= t0 - 1 {
                continue;
            }
            // Nothing before "its" in its own sentence: the body of one of the two sentences
            // before (the nearer first).
            let side = self
                .previous_sentence_body(doc, gaz, ents, its)
                .or_else(|| {
                    let si = doc.sent_of[its];
                    (1..=2).find_map(|back| {
                        let (a, b) = doc.sents[si.checked_sub(back)?];
                        self.first_body(doc, gaz, ents, a, b)
                    })
                });
            if let Some(side) = side {
                found.push((pi, side, doc.span(its + 1, t0 - 1).to_string()));
            }
        }
        for (pi, side, role) in found {
            let p = &mut ents.persons[pi];
            if p.affiliation.is_none() {
                p.affiliation = Some(side);
                p.affiliation_rule = Some("its_role_names_previous_body");
                if p.role.is_none() {
                    p.role = Some(role);
                }
            }
        }
    }

    /// `role_names_organisation`: a person with no side, or one guessed from office words
    /// alone ("commissioner"), whose role names an organisation of the article, by its name
    /// or a form it was mentioned by ("the SPLM-IO's deputy spokesperson", "Acme Corp chief
    /// legal officer", or by the initials of its name: "ACME commissioner"), belongs to it: to its country or parent for
    /// a state organ or a listed body with a side, else to the organisation itself. The
    /// longest name found wins. A guessed side stays when the organisation is a state organ
    /// whose country is not known yet.
    pub(crate) fn role_names_organisation(&self, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            if !super::owners::side_is_open(p) || p.institution.is_some() || p.owner.is_some() {
                continue;
            }
            let guessed = p.affiliation.is_some();
            let Some(role) = p.role.as_deref() else {
                continue;
            };
            let best = ents
                .orgs
                .iter()
                .filter_map(|o| {
                    std::iter::once(o.name.as_str())
                        .chain(o.mentions.iter().map(String::as_str))
                        .filter(|f| f.len() >= 2 && has_words(role, f))
                        .filter(|f| !former_body_in_role(role, f))
                        .map(str::len)
                        .max()
                        .map(|l| (l, o))
                })
                .max_by_key(|(l, _)| *l)
                .map(|(_, o)| o)
                .or_else(|| {
                    // "ACME commissioner": a word in capitals that spells a body's initials.
                    role.split_whitespace().find_map(|w| {
                        let w = w.trim_end_matches("'s").trim_end_matches("’s");
                        ents.orgs
                            .iter()
                            .find(|o| super::organs::acronym_of_name(w, &o.name))
                    })
                });
            let Some(o) = best else { continue };
            // A side guessed from office words yields to a named body, but not to a state
            // organ whose country is not known yet (the guess is usually that country).
            let organ = state_body(&o.name) || state_body_by_name(&o.name);
            if guessed && organ && o.affiliation.is_none() {
                continue;
            }
            if let Some(side) = self.member_side(o) {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "role_names_organisation");
    }

    /// `government_role_takes_dominant_country`: a person with no side and no owner whose
    /// role is a state office below head of state or government (minister, senator, treasurer,
    /// attorney general, government spokesperson, a portfolio secretary, ...) and names no
    /// other body (union, party, company, opposition, ...) serves the country the article names at least twice
    /// as often as any other. Runs after the table of well-known office holders, so a
    /// foreign leader the table knows keeps their own country.
    pub(crate) fn government_role_takes_dominant_country(
        &self,
        polity: Option<&str>,
        ents: &mut Entities,
    ) {
        let Some(country) = polity else {
            return;
        };
        for p in &mut ents.persons {
            if p.affiliation.is_some() || p.institution.is_some() || p.owner.is_some() || p.analyst
            {
                continue;
            }
            let Some(role) = p.role.as_deref() else {
                continue;
            };
            let rl = role.to_lowercase();
            let head = ["president", "prime minister", "premier", "chancellor"]
                .iter()
                .any(|h| rl.starts_with(h));
            let state = !head
                && (GOVERNMENT_ROLE_WORDS.iter().any(|w| has_words(&rl, w))
                    || state_title_prefix(role)
                    || super::state_roles::portfolio_secretary_is_state_office(&rl));
            let other = NON_STATE_ROLE_WORDS.iter().any(|w| has_words(&rl, w))
                || role
                    .split_whitespace()
                    .skip(1)
                    .any(|w| w.chars().all(|c| c.is_uppercase() || c == '-') && w.len() >= 2);
            if state && !other {
                p.affiliation = Some(country.to_string());
                p.affiliation_rule = Some("government_role_takes_dominant_country");
            }
        }
    }

    /// `state_body_takes_context_country`: a state body named without its country
    /// ("the Department of Health", "the Supreme Court", "the Ministry of Trade") belongs to
    /// the last country stated as a side (not a place, not the object of "with", "to" or
    /// "against") before its first mention in its sentence, else (a ministry or department)
    /// to the state of a federation the story is about, else (a ministry or department) to
    /// the country of the dateline, else to the country the article names at least twice as
    /// often as any other.
    pub(crate) fn state_body_takes_context_country(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        polity: Option<&str>,
        ents: &mut Entities,
    ) {
        let firsts: Vec<(usize, usize)> = ents.mentions[..ents.sorted]
            .iter()
            .filter_map(|m| match m.kind {
                MKind::Org(o) => Some((o, m.t0)),
                _ => None,
            })
            .collect();
        for oi in 0..ents.orgs.len() {
            let o = &ents.orgs[oi];
            if o.affiliation.is_some() || !state_body_by_name(&o.name) {
                continue;
            }
            let Some(&(_, t0)) = firsts.iter().find(|(x, _)| *x == oi) else {
                continue;
            };
            let (sa, _) = doc.sents[doc.sent_of[t0]];
            // A country met with, written to or placed ("talks with X", "in X") is not
            // the body's.
            let in_sentence = (sa..t0).rev().find_map(|k| {
                self.country_stated_as_side(doc, gaz, k)
                    .map(|(ci, _)| self.lx.countries[ci].clone())
            });
            // A national court or legislature is the country's even in a story about a state.
            let national = !o.name.to_lowercase().starts_with("department")
                && !o.name.to_lowercase().contains("ministry");
            // A ministry or department in a story about a state of a federation is that
            // state's; in any other story, the country of the dateline or the one the story
            // is about.
            let side = in_sentence.or_else(|| {
                if national {
                    self.dominant_country(gaz, false)
                } else {
                    polity.map(str::to_string).or_else(|| {
                        self.dateline_country(doc, gaz)
                            .or_else(|| self.dominant_country(gaz, false))
                    })
                }
            });
            if side.is_some() {
                ents.orgs[oi].affiliation_rule = Some("state_body_takes_context_country");
            }
            ents.orgs[oi].affiliation = side;
        }
    }
}

/// `guessed_country_yields_to_state`: in a story about a state or province of a
/// federation (named more often than its country, see `state_named_more_than_its_country`),
/// a person whose side was guessed from a government title alone as that state's country
/// ("Health Minister NAME" in a story about one state) belongs to the state: a bare
/// minister there is the state's.
fn guessed_country_yields_to_state(state: &str, ents: &mut Entities) {
    let Some(country) = subdivisions()
        .iter()
        .find(|s| s.name == state)
        .map(|s| s.country)
    else {
        return;
    };
    for p in &mut ents.persons {
        let guessed = p.affiliation_rule.is_some_and(|r| {
            matches!(
                r,
                "government_title_takes_dominant_country"
                    | "government_title_takes_dateline_country"
                    | "government_role_takes_dominant_country"
            )
        });
        if guessed && p.affiliation.as_deref() == Some(country) {
            p.affiliation = Some(state.to_string());
            p.affiliation_rule = Some("guessed_country_yields_to_state");
        }
    }
}

/// `subdivision_named_in_role_or_name`: a person whose role, or an organisation whose name,
/// names a state or province of a federation that the article names ("the Ontario health
/// minister", "Tasmanian Industrial Commission") belongs to that state, when it has no side
/// yet, only the state's country, or (for a person) a country guessed from a government
/// title alone. A role that also names another kind of body ("the union's Scottish
/// secretary", `NON_STATE_ROLE_WORDS`) gives no state, nor does a body that is a party of
/// its own (`own_side_body`: an armed group named after its region).
fn subdivision_named_in_role_or_name(subs: &[(usize, usize)], ents: &mut Entities) {
    let table = subdivisions();
    let find = |text: &str| {
        subs.iter()
            .map(|(si, _)| &table[*si])
            .find(|s| s.forms.iter().any(|f| has_words(text, &f.join(" "))))
    };
    for p in &mut ents.persons {
        let Some(role) = p.role.as_deref() else {
            continue;
        };
        // "the union's Scottish secretary": a role that names another kind of body is that
        // body's, not the state's.
        let rl = role.to_lowercase();
        if NON_STATE_ROLE_WORDS.iter().any(|w| has_words(&rl, w)) {
            continue;
        }
        if let Some(s) = find(role) {
            // A country guessed from a government title alone yields to the state the
            // role names.
            let guessed = p.affiliation_rule.is_some_and(|r| {
                matches!(
                    r,
                    "government_title_takes_dominant_country"
                        | "government_title_takes_dateline_country"
                        | "government_role_takes_dominant_country"
                )
            });
            if p.affiliation.is_none() || p.affiliation.as_deref() == Some(s.country) || guessed {
                p.affiliation = Some(s.name.to_string());
                p.affiliation_rule = Some("subdivision_named_in_role_or_name");
            }
        }
    }
    // In a body's name the state comes first ("Ontario Power Authority") or closes it
    // ("Department of Health of Victoria"); "Court for the District of Alaska" is federal.
    let in_name = |name: &str| {
        subs.iter().map(|(si, _)| &table[*si]).find(|s| {
            s.forms.iter().any(|f| {
                let f = f.join(" ");
                (name.starts_with(&f) && has_words(name, &f))
                    || (name.ends_with(&format!(" of {f}")) && !name.contains(" for "))
            })
        })
    };
    for o in &mut ents.orgs {
        // "the Sinaloa Cartel": an armed group named after its region is its own party.
        if super::national::own_side_body(&o.name, o.role.as_deref()) {
            continue;
        }
        if let Some(s) = in_name(&o.name) {
            if o.affiliation.is_none() || o.affiliation.as_deref() == Some(s.country) {
                o.affiliation = Some(s.name.to_string());
                o.affiliation_rule = Some("subdivision_named_in_role_or_name");
            }
        }
    }
}

/// `subdivision_owns_role`: a role that opens with a state or province of a federation
/// the article names, in the possessive ("Quebec's energy minister", "New South Wales's
/// Minister for Roads"), is an office of that state: its holder belongs to the state,
/// whatever side the words after the possessive suggested (a body or portfolio the role
/// also names is part of the state's government).
fn subdivision_owns_role(subs: &[(usize, usize)], ents: &mut Entities) {
    let table = subdivisions();
    for p in &mut ents.persons {
        let Some(role) = p.role.as_deref() else {
            continue;
        };
        let owner = subs.iter().map(|(si, _)| &table[*si]).find(|s| {
            s.forms.iter().any(|f| {
                let f = f.join(" ");
                role.strip_prefix(f.as_str())
                    .is_some_and(|rest| rest.starts_with("'s ") || rest.starts_with("’s "))
            })
        });
        if let Some(s) = owner {
            if p.affiliation.as_deref() != Some(s.name) {
                p.affiliation = Some(s.name.to_string());
                p.affiliation_rule = Some("subdivision_owns_role");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::offices::tests::side;
    use crate::records::Actor;

    fn actors(text: &str) -> Vec<Actor> {
        crate::extract::test_extract(text).actors
    }

    #[test]
    fn government_role_takes_leading_country() {
        let v = actors(
            "Colombia and the rebels met in Caracas. Venezuela hosted them; Colombia's \
             negotiators arrived late. The head of the government delegation, Rosa Quintero, \
             said Colombia would wait.\n",
        );
        assert_eq!(side(&v, "Rosa Quintero"), Some("Colombia"));
    }

    #[test]
    fn a_country_met_with_is_not_a_state_bodys() {
        let v = actors(
            "Chile on Monday proposed border talks with Peru, the Ministry of Defence \
             said.\n",
        );
        assert_eq!(side(&v, "Ministry of Defence"), Some("Chile"));
    }

    #[test]
    fn a_bare_minister_in_a_state_story_is_the_states() {
        let v = actors(
            "Paramedics in Queensland walked off the job. Queensland hospitals were full and \
             Queensland unions were angry. Health Minister Dana Pike said the offer was fair. \
             Australia's federal government stayed out.\n",
        );
        assert_eq!(side(&v, "Dana Pike"), Some("Queensland"));
    }

    #[test]
    fn state_named_more_than_its_country_gives_its_officials_and_bodies() {
        let v = actors(
            "Ontario nurses walked out on Tuesday. \"We are not moving,\" said Health Minister \
             Dana Whitlock. The Department of Labour said it would mediate. The Ontarian \
             Employment Tribunal will hear the case. Ontario's budget is tight, and Ontario \
             hospitals are full.\n",
        );
        assert_eq!(side(&v, "Dana Whitlock"), Some("Ontario"));
        assert_eq!(side(&v, "Department of Labour"), Some("Ontario"));
        assert_eq!(side(&v, "Ontarian Employment Tribunal"), Some("Ontario"));
    }

    #[test]
    fn government_role_takes_dominant_country_unless_a_body_is_named() {
        let v = actors(
            "Norway and its neighbours met in Oslo. Norway wants a deal, Norwegian officials \
             said. \"We are close,\" said Treasurer Ola Brekke. \"We are not,\" said union \
             secretary Kari Lunde.\n",
        );
        assert_eq!(side(&v, "Ola Brekke"), Some("Norway"));
        assert_ne!(side(&v, "Kari Lunde"), Some("Norway"));
    }

    #[test]
    fn its_role_names_previous_body() {
        let v = actors(
            "The Harbour Pilots Association walked out of the talks on Monday. Its spokesman in \
             the capital, Tomas Ferreira, said the offer was an insult. In a letter, its \
             treasurer, Ines Okafor, asked for patience.\n",
        );
        assert_eq!(
            side(&v, "Tomas Ferreira"),
            Some("Harbour Pilots Association")
        );
        assert_eq!(side(&v, "Ines Okafor"), Some("Harbour Pilots Association"));
    }

    #[test]
    fn role_names_organisation_of_the_article() {
        let v = actors(
            "The Harbour Pilots Association rejected the offer on Monday. \"It is an insult,\" \
             said Harbour Pilots Association secretary Tomas Ferreira.\n",
        );
        assert_eq!(
            side(&v, "Tomas Ferreira"),
            Some("Harbour Pilots Association")
        );
    }

    #[test]
    fn a_body_named_in_the_role_outranks_an_office_guess() {
        let v = actors(
            "The Coastal Trade Commission blocked the merger on Monday. \"The market \
             would shrink,\" CTC commissioner Ada Frost said.\n",
        );
        assert_eq!(side(&v, "Ada Frost"), Some("Coastal Trade Commission"));
    }

    #[test]
    fn whole_words_only() {
        assert!(has_words("deputy spokesperson of the KLF-R", "KLF-R"));
        assert!(!has_words("KLF-Revival spokesman", "KLF"));
        assert!(state_body_by_name("Department of Fisheries"));
        assert!(state_body_by_name("Supreme Court"));
        assert!(!state_body_by_name("Dockworkers Union"));
    }

    #[test]
    fn an_armed_group_named_after_a_state_is_its_own_party() {
        let v = actors(
            "Fighters of the Durango Liberation Front attacked a convoy in Durango on Monday. \
             The Durango Liberation Front said the convoy had entered its territory.\n",
        );
        assert_eq!(
            side(&v, "Durango Liberation Front"),
            Some("Durango Liberation Front")
        );
    }

    #[test]
    fn subdivision_owns_role() {
        let v = actors(
            "Ontario and Quebec disagree over the river. Ontario wants a new dam. \
             Quebec's Minister for Water Supply, Claire Dube, said the plan was \"reckless\". \
             Quebec will appeal.\n",
        );
        assert_eq!(side(&v, "Claire Dube"), Some("Quebec"));
    }

    #[test]
    fn a_former_body_in_a_role_is_found() {
        assert!(former_body_in_role(
            "former Acme Motors executive",
            "Acme Motors"
        ));
        assert!(former_body_in_role(
            "ex-Acme Motors executive",
            "Acme Motors"
        ));
        assert!(!former_body_in_role("Acme Motors executive", "Acme Motors"));
    }

    #[test]
    fn state_title_prefix_is_a_state_office() {
        let v = actors(
            "Finland's nurses and Finnish employers met again on Monday. Finland's budget is \
             tight.\n\nNational Conciliator Aino Lehto said the gap was narrow.\n",
        );
        assert_eq!(side(&v, "Aino Lehto"), Some("Finland"));
        assert!(super::state_title_prefix("State Mediator"));
        assert!(!super::state_title_prefix("National"));
        assert!(!super::state_title_prefix("union president"));
    }

    #[test]
    fn its_role_names_previous_body_after_an_honorific() {
        let v = actors(
            "The envoy met the leadership of the Coastal Liberation Front. Its coordinator with \
             the mission, Mr. Omar Salem, repeated its demand.\n",
        );
        assert_eq!(side(&v, "Omar Salem"), Some("Coastal Liberation Front"));
    }

    #[test]
    fn the_armys_spokesman_takes_the_armed_forces() {
        let v = actors(
            "The Norland Armed Forces shelled the town. The army's spokesman, Colonel Ivo \
             Brand, denied it.\n",
        );
        assert!(side(&v, "Ivo Brand").is_some(), "{v:#?}");
    }
}
