//! Entities: the portfolio of a role ("Minister of Social Affairs and Health", "Director of
//! Press and Public Relations") is part of the role, not a person's name.

use super::*;

impl Extractor {
    /// `portfolio_is_no_name`: capitalised words of a role's portfolio are not a person. A
    /// portfolio follows "HEAD of" or "HEAD for" (a role head of the lexicon) and may join
    /// several capitalised runs with "and". A name run that starts a portfolio is dropped
    /// when "and" and a capitalised word follow it or when it has fewer than three words and
    /// a comma closes it ("Minister for Human Rights, NAME"), and keeps only its last two words (the
    /// person named after the portfolio: "Minister of Fisheries Maren Solli") when it has
    /// three or more; a name run that follows "and" inside a portfolio keeps its last two
    /// words when it has three or more ("… and Trade Maren Solli"), and is dropped
    /// otherwise ("… and Public Affairs, Ms. Ada Oyelaran"). A run that starts after
    /// capitalised portfolio words the title took ("Minister of Foreign Affairs") counts
    /// from the portfolio's first word; a run after a comma that closes a portfolio and
    /// followed by "and" and a capitalised word continues the list ("Minister of Foreign
    /// Affairs, African Cooperation and ...") and is dropped.
    pub(crate) fn portfolio_is_no_name(&self, doc: &Doc, hits: &mut Vec<(usize, usize, usize)>) {
        hits.retain_mut(|h| {
            let (_, s, t1) = *h;
            // "Minister of Foreign Affairs": the run may start after capitalised portfolio
            // words the title took ("Foreign"); they count as the portfolio's start.
            let mut j = s;
            while j > 0 && j + 3 > s && doc.toks[j - 1].word && doc.toks[j - 1].cap {
                j -= 1;
            }
            if j < s && self.starts_portfolio(doc, j) {
                if and_capitalised(doc, t1) || t1 - j < 3 || t1 - s < 2 {
                    return false;
                }
                *h = (t1 - 2, t1 - 2, t1);
                return true;
            }
            // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates": a
            // run after a comma that closes a portfolio, with "and" and more capitalised
            // words after it, lists the portfolio on.
            if s >= 2 && doc.is(s - 1, ",") && and_capitalised(doc, t1) {
                let mut k = s - 1;
                while k > 0 && k + 6 > s && doc.toks[k - 1].word && doc.toks[k - 1].cap {
                    k -= 1;
                }
                if k < s - 1 && (k..s - 1).any(|j| self.starts_portfolio(doc, j)) {
                    return false;
                }
            }
            if self.starts_portfolio(doc, s) {
                // "Deputy Minister for Human Rights, NAME": a short run closed by a comma is
                // the portfolio; the name follows the comma.
                if and_capitalised(doc, t1) || (t1 - s < 3 && doc.is(t1, ",")) {
                    return false;
                }
                if t1 - s >= 3 {
                    *h = (t1 - 2, t1 - 2, t1);
                }
                return true;
            }
            if self.inside_portfolio_after_and(doc, s) {
                if t1 - s < 3 {
                    return false;
                }
                *h = (t1 - 2, t1 - 2, t1);
            }
            true
        });
    }

    /// Token `k` opens a capitalised run right after "HEAD of" or "HEAD for".
    fn starts_portfolio(&self, doc: &Doc, k: usize) -> bool {
        k >= 2
            && doc.lower_is(k - 1, &["of", "for"])
            && doc.toks[k - 2].word
            && self
                .lx
                .is_head(&doc.t(k - 2).trim_end_matches('.').to_lowercase())
    }

    /// Token `s` follows "and" that itself follows a capitalised run opening a portfolio.
    fn inside_portfolio_after_and(&self, doc: &Doc, s: usize) -> bool {
        if s < 2 || !doc.lower_is(s - 1, &["and"]) {
            return false;
        }
        let mut j = s - 1;
        while j > 0 && doc.toks[j - 1].word && doc.toks[j - 1].cap {
            j -= 1;
        }
        j < s - 1 && self.starts_portfolio(doc, j)
    }
}

/// Token `t1` is "and" followed by a capitalised word.
fn and_capitalised(doc: &Doc, t1: usize) -> bool {
    t1 + 1 < doc.toks.len()
        && doc.lower_is(t1, &["and"])
        && doc.toks[t1 + 1].word
        && doc.toks[t1 + 1].cap
}

#[cfg(test)]
mod tests {
    use crate::extract::test_extract;

    fn people(text: &str) -> Vec<String> {
        test_extract(text)
            .actors
            .into_iter()
            .filter(|a| a.kind == detente_evidence::ActorKind::Person)
            .map(|a| a.name)
            .collect()
    }

    #[test]
    fn a_portfolio_after_a_modifier_names_no_one() {
        let got =
            people("The Minister of Foreign Affairs of Chile, Anna Berg, met the envoy on Monday.");
        assert_eq!(got, vec!["Anna Berg".to_string()]);
        let got = people("Minister of Foreign Affairs Anna Berg said the talks would go on.");
        assert_eq!(got, vec!["Anna Berg".to_string()]);
        let got = people(
            "The Minister of Foreign Affairs, Regional Cooperation and Trade, Anna Berg, met \
             the envoy.",
        );
        assert_eq!(got, vec!["Anna Berg".to_string()]);
    }

    #[test]
    fn a_short_portfolio_closed_by_a_comma_names_no_one() {
        let got = people("Peru's Deputy Minister for Human Rights, Rosa Quispe, was cautious.");
        assert_eq!(got, vec!["Rosa Quispe".to_string()]);
    }

    #[test]
    fn a_portfolio_joined_by_and_names_no_one() {
        let got = people(
            "The Minister of Fisheries and Trade Maren Solli told the council that the quota would stand.",
        );
        assert_eq!(got, vec!["Maren Solli".to_string()]);
        let got = people(
            "The Minister of Fisheries Maren Solli told the council that the quota would stand.",
        );
        assert_eq!(got, vec!["Maren Solli".to_string()]);
        let got = people(
            "The board, in a note signed by its Director of Budget and Public Affairs, Ms. Ada Oyelaran, said the offer was final.",
        );
        assert!(
            !got.iter()
                .any(|n| n.contains("Affairs") || n.contains("Budget")),
            "{got:?}"
        );
        assert!(got.iter().any(|n| n.contains("Oyelaran")), "{got:?}");
    }
}
