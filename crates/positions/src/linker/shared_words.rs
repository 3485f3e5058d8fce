//! Words two issues share: which of them a mention linked by such a word alone belongs to.

use crate::text::Token;

/// Rule `lone_shared_word_goes_to_the_issue_named_beside_it`: a mention linked by one word
/// alone, when another issue's terms (its name, a keyword or an option label) use that word
/// too and the other issue is linked in the same clause by a word of its own, belongs to
/// the other issue and is dropped: in "asks the island to leave the league, accepting that
/// membership is over", "membership" is the league's, not a second body's; in "a buffer
/// approved in a referendum", "referendum" is the buffer's, not the elections'.
///
/// `mentions` holds each mention's issue and linking words (token indices); `uses(issue,
/// token)` tells whether an issue's terms use the token's word. Returns which mentions to
/// keep.
pub(super) fn lone_shared_word_goes_to_the_issue_named_beside_it(
    mentions: &[(usize, &[usize])],
    uses: impl Fn(usize, usize) -> bool,
) -> Vec<bool> {
    mentions
        .iter()
        .map(|&(issue, anchors)| {
            let [word] = anchors else {
                return true;
            };
            !mentions.iter().any(|&(other, other_anchors)| {
                other != issue
                    && uses(other, *word)
                    && other_anchors.iter().any(|a| a != word && !uses(issue, *a))
            })
        })
        .collect()
}

/// Whether an issue's terms use a token's word: the same stem, and not a party's name
/// (party names are shared by every issue and say nothing of which one is meant).
pub(super) fn issue_uses_word(words: &[crate::lexicon::TermWord], token: &Token) -> bool {
    words
        .iter()
        .any(|w| w.party.is_none() && w.stem == token.stem)
}

#[cfg(test)]
mod tests {
    use crate::{scenario_terms, StanceLexicon, StanceLinker};

    const SCENARIO: &str = r#"
[meta]
title = "Two clubs"
date = "2030-01-01"

[[parties]]
id = "north"
name = "Northland"
capability = 0.5

[[parties]]
id = "south"
name = "Southland"
capability = 0.5

[[issues]]
id = "league"
name = "League membership"
keywords = ["league", "membership"]
options = [
  { id = "joins", label = "Northland joins the league" },
  { id = "stays_out", label = "Northland stays out of the league" },
]

[[issues]]
id = "union"
name = "Customs union membership"
keywords = ["customs union", "membership"]
options = [
  { id = "inside", label = "Northland inside the customs union" },
  { id = "outside", label = "Northland outside the customs union" },
]

[[issues]]
id = "border"
name = "Border zone"
keywords = ["border zone", "buffer"]
options = [
  { id = "vote", label = "A buffer zone subject to a referendum" },
  { id = "kept", label = "The border stays as it is" },
]

[[issues]]
id = "polls"
name = "Elections"
keywords = ["elections", "referendum"]
options = [
  { id = "soon", label = "Elections within a year" },
  { id = "later", label = "Elections after the war" },
]

[preferences.north]
reservation = 0.5
weights = { league = 0.25, union = 0.25, border = 0.25, polls = 0.25 }
[preferences.north.values]
league = { joins = 1.0, stays_out = 0.0 }
union = { inside = 1.0, outside = 0.0 }
border = { vote = 0.0, kept = 1.0 }
polls = { soon = 1.0, later = 0.0 }

[preferences.south]
reservation = 0.5
weights = { league = 0.25, union = 0.25, border = 0.25, polls = 0.25 }
[preferences.south.values]
league = { joins = 0.0, stays_out = 1.0 }
union = { inside = 0.0, outside = 1.0 }
border = { vote = 1.0, kept = 0.0 }
polls = { soon = 0.0, later = 1.0 }
"#;

    fn linker() -> StanceLinker {
        let sc = detente_model::Scenario::from_toml_str(SCENARIO, "two.toml").expect("scenario");
        StanceLinker::new(StanceLexicon::new(&scenario_terms(&sc)))
    }

    fn issues(text: &str) -> Vec<String> {
        let mut v: Vec<String> = linker()
            .link(text, None, None)
            .into_iter()
            .map(|s| s.issue)
            .collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn a_shared_word_goes_to_the_issue_named_beside_it() {
        // "membership" is the league's: the league is named in the same clause.
        let got = issues(
            "Southland is not asking Northland to quit the league for good, only to accept that membership is off the table for years.",
        );
        assert!(got.contains(&"league".to_string()), "{got:?}");
        assert!(!got.contains(&"union".to_string()), "{got:?}");
        // "referendum" is the buffer zone's, not the elections'.
        let got = issues(
            "Northland could accept a buffer along the river if the arrangement is approved in a referendum.",
        );
        assert!(got.contains(&"border".to_string()), "{got:?}");
        assert!(!got.contains(&"polls".to_string()), "{got:?}");
    }

    #[test]
    fn a_shared_word_alone_still_links() {
        // With no other issue named, the word links the issues that use it.
        let got = issues("Northland rejects a referendum this year.");
        assert!(got.contains(&"polls".to_string()), "{got:?}");
        // Each issue named by a word of its own keeps its mention.
        let got = issues(
            "Northland wants elections soon and rejects any buffer, whatever a referendum says.",
        );
        assert!(got.contains(&"polls".to_string()), "{got:?}");
        assert!(got.contains(&"border".to_string()), "{got:?}");
    }

    #[test]
    fn the_rule_on_mentions() {
        use super::lone_shared_word_goes_to_the_issue_named_beside_it as rule;
        // Issue 0 uses tokens 1 and 5; issue 1 uses token 5 only.
        let uses = |issue: usize, tok: usize| match issue {
            0 => tok == 1 || tok == 5,
            _ => tok == 5,
        };
        assert_eq!(rule(&[(0, &[1, 5]), (1, &[5])], uses), vec![true, false]);
        // Issue 0 named by the shared word alone: both keep theirs.
        assert_eq!(rule(&[(0, &[5]), (1, &[5])], uses), vec![true, true]);
    }
}
