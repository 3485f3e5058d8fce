//! Rules `lone_name_before_stance_verb` and `acronym_after_the_before_stance_verb`: a proper
//! name the entity stage did not read, alone as the subject of a stance verb ("Dockwise
//! rejected ...", "Marelco also backed ...", "The FDMA welcomed ...").

use super::*;

/// `lone_name_before_stance_verb`: the word at sentence start `a`, when it is the whole
/// subject of the verb group starting at `g` (`g == a + 1`), names the speaker when it is a
/// proper name the entity stage did not read: a capitalised word outside quotation marks,
/// no possessive, no stop word (`data/stopwords.txt`), no verb-group word, that the article
/// never writes in lower case, and either writes capitalised again where no sentence starts
/// (outside the headline paragraph) or does not end in "s". A plural common noun opening a
/// sentence ("Critics rejected ...", "Residents demanded ...") is written nowhere else or
/// in lower case, so it names nobody; a singular count noun needs a determiner, so it
/// seldom stands alone before a verb. Returns the word.
pub(crate) fn lone_name_before(lx: &Lexicon, doc: &Doc, a: usize, g: usize) -> Option<String> {
    if g != a + 1 || a >= doc.toks.len() {
        return None;
    }
    let t = &doc.toks[a];
    let w = doc.t(a);
    if !t.word
        || !t.cap
        || t.poss
        || t.digit
        || doc.in_quote[a]
        || w.chars().count() < 2
        || lx.stop.contains(w)
        || doc.verb_group(lx, a).is_some()
    {
        return None;
    }
    let lower = w.to_lowercase();
    let mut proper = false;
    for k in 0..doc.toks.len() {
        if k == a || !doc.toks[k].word || doc.t(k).len() != w.len() {
            continue;
        }
        let x = doc.t(k);
        if x == w {
            let opens_sentence = doc.sents[doc.sent_of[k]].0 == k;
            if !opens_sentence && doc.para_of[k] != 0 {
                proper = true;
            }
        } else if x.to_lowercase() == lower && !doc.toks[k].cap {
            return None;
        }
    }
    let plural = lower.ends_with('s') && !lower.ends_with("ss");
    (proper || !plural).then(|| w.to_string())
}

/// `acronym_after_the_before_stance_verb`: "The FDMA welcomed …": a sentence that opens
/// with "The" and one word of two to six capital letters (no digit, no title word of the
/// role table, outside quotation marks) before the verb group at `g` names an organisation
/// by its initials, which the entity stage may not know. Returns the word.
pub(crate) fn acronym_after_the(lx: &Lexicon, doc: &Doc, a: usize, g: usize) -> Option<String> {
    if g != a + 2 || !doc.is(a, "The") || doc.in_quote[a + 1] {
        return None;
    }
    let w = doc.t(a + 1);
    let n = w.chars().count();
    ((2..=6).contains(&n)
        && w.chars().all(|ch| ch.is_ascii_uppercase())
        && !lx.heads.contains(&w.to_lowercase()))
    .then(|| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::{claim_with_cue as claim, claims_of_test_text as claims, TEST_LEAD as LEAD};

    #[test]
    fn lone_name_before_stance_verb() {
        let cs = claims(&format!(
            "{LEAD}Talks resumed at the port on Monday. Dockwise rejected the new rota. \
Pay for Dockwise crews was not discussed.\n"
        ));
        let c = claim(&cs, "rejected");
        assert_eq!(c.speaker.as_deref(), Some("Dockwise"));
        assert_eq!(c.text, "the new rota");
        // A name that is no plural needs no second mention; one before an apposition
        // counts too.
        let cs = claims(&format!(
            "{LEAD}Talks resumed at the port on Monday. Marelco, by contrast, has rejected \
the new rota.\n"
        ));
        assert_eq!(claim(&cs, "rejected").speaker.as_deref(), Some("Marelco"));
    }

    #[test]
    fn acronym_after_the_before_stance_verb() {
        let cs = claims(&format!(
            "{LEAD}The FDMA welcomed the new rota but insisted that night shifts stay paid.\n"
        ));
        assert_eq!(claim(&cs, "welcomed").speaker.as_deref(), Some("FDMA"));
        // A capitalised word that is no acronym is left to the other rules.
        let cs = claims(&format!("{LEAD}The Fdma welcomed the new rota.\n"));
        assert!(
            cs.iter().all(|c| c.speaker.as_deref() != Some("Fdma")),
            "{cs:#?}"
        );
    }

    #[test]
    fn pronoun_after_unnamed_subject() {
        // "He" after a sentence about an unnamed office holder: that office, not the person
        // named before it.
        let cs = claims(&format!(
            "{LEAD}Union leader Arne Vik said the rota was unsafe. The foreign minister welcomed the \
vote. He rejected the new rota.\n"
        ));
        let c = claim(&cs, "rejected");
        assert_eq!(c.speaker, None);
        assert_eq!(c.speaker_mention.as_deref(), Some("The foreign minister"));
    }

    #[test]
    fn it_after_body_subject() {
        // "it" after a conjunction, an earlier "it", and an unnamed body.
        let cs = claims(&format!(
            "{LEAD}The water authority said it could live with a small levy. It gave no \
figure. But it ruled out a second toll.\n"
        ));
        let c = claim(&cs, "ruled");
        assert_eq!(c.speaker, None);
        assert_eq!(c.speaker_mention.as_deref(), Some("The water authority"));
        // "it" after a document subject speaks for the document's author.
        let cs = claims(&format!(
            "{LEAD}The Latvian draft proposes a new toll on the bridge. It also demands a \
ferry pass for residents.\n"
        ));
        assert_eq!(claim(&cs, "demands").speaker.as_deref(), Some("Latvia"));
    }

    #[test]
    fn a_common_noun_opening_the_sentence_names_nobody() {
        // Written in lower case elsewhere: a common noun.
        let cs = claims(&format!(
            "{LEAD}Talks resumed at the port on Monday. Dockers rejected the new rota. \
Some dockers stayed home.\n"
        ));
        assert!(cs
            .iter()
            .all(|c| c.cue.as_deref() != Some("rejected") || c.speaker.is_none()));
        // A plural written nowhere else: no evidence it is a name.
        let cs = claims(&format!(
            "{LEAD}Talks resumed at the port on Monday. Critics rejected the new rota.\n"
        ));
        assert!(cs
            .iter()
            .all(|c| c.cue.as_deref() != Some("rejected") || c.speaker.is_none()));
    }
}
