//! Entities: a person's side from the holder of another title the role is attached to
//! ("the envoy's deputy", "His spokesperson, NAME").

use super::*;

impl Extractor {
    /// `title_in_possessive_names_its_holder`: a person with no side whose role opens with
    /// a lower-case title noun in the possessive ("the envoy's deputy", "the minister's
    /// spokesman") serves the holder of that title: the side shared by the other people of
    /// the article whose role holds that noun, else the side shared by the bodies whose
    /// name holds it ("the Office of the Special Envoy"), when it is one side.
    pub(crate) fn title_in_possessive_names_its_holder(&self, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            if p.affiliation.is_some() || p.institution.is_some() || p.owner.is_some() {
                continue;
            }
            let Some(role) = p.role.as_deref() else {
                continue;
            };
            let Some((noun, _)) = role.split_once(['\'', '\u{2019}']) else {
                continue;
            };
            if noun.is_empty()
                || noun.contains(' ')
                || !noun.chars().all(char::is_lowercase)
                || !self.lx.is_head(noun)
            {
                continue;
            }
            let has_word = |s: &str| {
                s.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(noun))
            };
            let sides: Vec<&str> = ents
                .persons
                .iter()
                .enumerate()
                .filter(|(j, q)| *j != pi && q.role.as_deref().is_some_and(has_word))
                .filter_map(|(_, q)| q.affiliation.as_deref())
                .collect();
            let sides = if sides.is_empty() {
                ents.orgs
                    .iter()
                    .filter(|o| has_word(&o.name))
                    .filter_map(|o| o.affiliation.as_deref())
                    .collect()
            } else {
                sides
            };
            if let Some(&first) = sides.first() {
                if sides.iter().all(|s| *s == first) {
                    found.push((pi, first.to_string()));
                }
            }
        }
        ents.give_sides(found, "title_in_possessive_names_its_holder");
    }

    /// `his_role_serves_the_person_before`: a person with no side named after a comma that
    /// closes a role opened by "His" or "Her" at the start of a sentence ("His spokesperson,
    /// NAME, said") serves the person the sentence before is about (the first person named
    /// there, outside quotations), and takes that person's side.
    pub(crate) fn his_role_serves_the_person_before(&self, doc: &Doc, ents: &mut Entities) {
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            let p = &ents.persons[pi];
            if p.affiliation.is_some() || p.institution.is_some() || doc.in_quote[m.t0] {
                continue;
            }
            let t0 = before_honorific(doc, m.t0);
            if t0 < 3 || !doc.is(t0 - 1, ",") {
                continue;
            }
            let si = doc.sent_of[m.t0];
            let sa = doc.sents[si].0;
            let opens = doc.lower_is(sa, &["his", "her"])
                && sa + 1 < t0 - 1
                && t0 - 1 - sa <= 6
                && (sa + 1..t0 - 1).all(|k| doc.toks[k].word && !doc.toks[k].cap);
            if !opens || si == 0 {
                continue;
            }
            let (pa, pb) = doc.sents[si - 1];
            let before = ents
                .mentions
                .iter()
                .filter(|x| x.t0 >= pa && x.t1 <= pb && !doc.in_quote[x.t0])
                .filter_map(|x| match x.kind {
                    MKind::Person(q) if q != pi => Some((x.t0, q)),
                    _ => None,
                })
                .min();
            if let Some(side) = before.and_then(|(_, q)| ents.persons[q].affiliation.clone()) {
                found.push((pi, side));
            }
        }
        ents.give_sides(found, "his_role_serves_the_person_before");
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn title_in_possessive_names_its_holder() {
        let v = actors(
            "The UN special envoy Maria Lind met both sides on Monday. The envoy's deputy, \
             Karl Berg, said the talks would go on.\n",
        );
        assert_eq!(side(&v, "Karl Berg"), Some("United Nations"));
    }

    #[test]
    fn his_role_serves_the_person_before() {
        let v = actors(
            "UN envoy Henrik Dahl did not speak to the press on Monday. His spokesperson, \
             Ana Ruiz, said only that a report would follow.\n",
        );
        assert_eq!(side(&v, "Ana Ruiz"), Some("United Nations"));
        // Not across a sentence that opens otherwise.
        let v = actors(
            "UN envoy Henrik Dahl did not speak on Monday. Later, a lawyer, Ana Ruiz, said a \
             report would follow.\n",
        );
        assert_eq!(side(&v, "Ana Ruiz"), None);
    }
}
