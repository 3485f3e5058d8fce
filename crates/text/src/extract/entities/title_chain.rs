//! Entities: a chain of titles before a name, as state news agencies write them ("the Deputy
//! Prime Minister of the Republic of Armenia, Chairman of the State Commission on …, NAME").

use super::*;

impl Extractor {
    /// `title_chain_before_name`: a person with neither role nor side whose first mention
    /// follows a comma (and at most an honorific), after one or more comma-separated titles
    /// of at most twelve words each (a title holds a title word of the lexicon; a segment of
    /// capitalised words joined by "and" continues the portfolio of the title before it:
    /// "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"), takes
    /// the first title, from its first capitalised title or modifier word, as role, and the
    /// country that title (with its portfolio) names as side. No segment may hold a
    /// quotation, a reporting verb or another person. A country named by the first title of
    /// a chain of two or more outranks the body of a later title ("Chairman of the Border
    /// Commission"), which is the office the state gave the person.
    pub(crate) fn title_chain_before_name(&self, doc: &Doc, gaz: &Gaz, ents: &mut Entities) {
        let first = ents.first_person_mentions(doc);
        let mut found: Vec<(usize, String, Option<String>)> = Vec::new();
        for (pi, p) in ents.persons.iter().enumerate() {
            if p.analyst {
                continue;
            }
            let Some(t) = first[pi] else { continue };
            let Some((role, side, chained)) = self.title_chain_at(doc, gaz, ents, t) else {
                continue;
            };
            // A state's title first in a chain outranks the body of a later title (which
            // stays the person's institution).
            let open =
                chained && side.is_some() || p.affiliation.is_none() && p.institution.is_none();
            if open && (p.role.is_none() || side.is_some()) {
                found.push((pi, role, side));
            }
        }
        for (pi, role, side) in found {
            let p = &mut ents.persons[pi];
            if p.role.is_none() {
                p.role = Some(role);
            }
            if let Some(side) = side {
                p.affiliation = Some(side);
                p.affiliation_rule = Some("title_chain_before_name");
            }
        }
    }

    /// The role and side a title chain ending right before token `t` gives (see
    /// [`Extractor::title_chain_before_name`]).
    fn title_chain_at(
        &self,
        doc: &Doc,
        gaz: &Gaz,
        ents: &Entities,
        t: usize,
    ) -> Option<(String, Option<String>, bool)> {
        let mut c = t.checked_sub(1)?;
        let honorific = |k: usize| is_honorific(doc.t(k));
        if doc.is(c, ".") && c > 0 && honorific(c - 1) {
            c = c.saturating_sub(2);
        } else if honorific(c) {
            c = c.saturating_sub(1);
        }
        if !doc.is(c, ",") {
            return None;
        }
        let sa = doc.sents[doc.sent_of[t]].0;
        let head_at = |k: usize| self.lx.is_head(&doc.t(k).to_lowercase());
        let portfolio = |a: usize, b: usize| {
            (a..b).all(|k| doc.toks[k].word && (doc.toks[k].cap || doc.lower_is(k, &["and"])))
        };
        // Segments from the nearest back: (start, end) with `end` a comma.
        let mut segs: Vec<(usize, usize)> = Vec::new();
        let mut end = c;
        let mut pending_portfolio = false;
        loop {
            let mut start = end;
            while start > sa
                && end - start < 12
                && !matches!(
                    doc.t(start - 1),
                    "," | "." | ";" | ":" | "“" | "”" | "\"" | "(" | ")" | "«" | "»"
                )
            {
                start -= 1;
            }
            if start == end
                || (start..end).any(|k| doc.in_quote[k] || !doc.toks[k].cap && doc.has(k, F_CUE))
                || ents
                    .within(start, end)
                    .any(|m| matches!(m.kind, MKind::Person(_)))
            {
                break;
            }
            if (start..end).any(head_at) {
                segs.push((start, end));
                pending_portfolio = false;
            } else if portfolio(start, end) && !pending_portfolio && segs.is_empty() {
                // A portfolio's continuation: the title must come in the next segment.
                pending_portfolio = true;
            } else {
                break;
            }
            if start > sa && doc.is(start - 1, ",") {
                end = start - 1;
            } else {
                break;
            }
        }
        let &(a, b) = segs.last()?;
        let r0 = (a..b).find(|&k| doc.toks[k].cap && doc.has(k, F_HEAD | F_MOD))?;
        // The first title runs on through a portfolio continuation that directly follows it.
        let side_end = if segs.len() == 1 { c } else { b };
        let side = (r0..side_end).find_map(|k| match gaz[k] {
            Some((Known::Country(ci) | Known::Demonym(ci), _)) => {
                Some(self.lx.countries[ci].clone())
            }
            _ => None,
        });
        Some((doc.span(r0, b).to_string(), side, segs.len() >= 2))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn title_chain_before_name() {
        let v = actors(
            "YEREVAN, 3 May 2026 - On 3 May, the Deputy Prime Minister of the Republic of \
             Chile, Chairman of the Border Commission, Ana Berg, received the delegation of \
             Peru.\n",
        );
        assert_eq!(side(&v, "Ana Berg"), Some("Chile"));
        let v = actors(
            "Received by the Minister of Foreign Affairs, Regional Cooperation and Chilean \
             Expatriates, Mr. Tomas Vidal, the envoy listened.\n",
        );
        assert_eq!(side(&v, "Tomas Vidal"), Some("Chile"));
        // A verb in the way: no chain.
        let v = actors("Peru said on Monday, after talks in Lima, that Ana Berg would stay.\n");
        assert_eq!(side(&v, "Ana Berg"), None);
    }
}
