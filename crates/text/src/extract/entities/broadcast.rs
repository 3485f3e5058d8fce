//! Entities: the staff of a broadcast transcript (its presenter and correspondents) and the
//! programme or station they work for.

use super::*;

use crate::wordlists::{broadcast_staff, station_words};

/// `transcript_names_its_programme`: an article whose first three lines call it a
/// transcript is a broadcast's; its programme or station is a header line of those that is
/// a capitalised name closed by a station word ("Kalahari Public Radio"), else the title's
/// words before a dash or bar ("THE ASIA HOUR - transcript": "The Asia Hour", written in
/// capitals only for show).
pub(crate) fn transcript_programme(text: &str) -> Option<String> {
    let head: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .collect();
    if !head.iter().any(|l| l.to_lowercase().contains("transcript")) {
        return None;
    }
    let station = head.iter().find(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        words.len() >= 2
            && words.len() <= 6
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && words
                .last()
                .is_some_and(|w| station_words().contains(&w.to_lowercase().as_str()))
            && !l.to_lowercase().contains("transcript")
    });
    if let Some(s) = station {
        return Some(title_case_if_shouted(s));
    }
    let title = head.first()?;
    let (name, rest) = title
        .split_once(" - ")
        .or_else(|| title.split_once(" \u{2013} "))
        .or_else(|| title.split_once(" | "))?;
    if !rest.to_lowercase().contains("transcript") || name.split_whitespace().count() > 6 {
        return None;
    }
    Some(title_case_if_shouted(name.trim()))
}

/// "THE ASIA HOUR" → "The Asia Hour"; a name in mixed case is kept.
fn title_case_if_shouted(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

impl Extractor {
    /// `broadcast_staff_take_the_programme`: in a transcript (see [`transcript_programme`]),
    /// a speaker label "ROLE (NAME):" opening a paragraph with a staff role ("PRESENTER
    /// (NOOR AZIZAH):") names a person of the programme, and "our correspondent NAME" (a
    /// place and a comma may stand between) is the programme's too.
    pub(crate) fn broadcast_staff_take_the_programme(&self, doc: &Doc, ents: &mut Entities) {
        let Some(programme) = transcript_programme(doc.text) else {
            return;
        };
        let n = doc.toks.len();
        // Labels: ROLE ( NAME ) :
        for k in 0..n {
            let t = doc.toks[k];
            if !t.para_start
                || !t.allcaps
                || !broadcast_staff().contains(&doc.t(k).to_lowercase().as_str())
            {
                continue;
            }
            if k + 3 >= n || !doc.is(k + 1, "(") {
                continue;
            }
            let Some(close) = (k + 2..(k + 7).min(n)).find(|&j| doc.is(j, ")")) else {
                continue;
            };
            if close == k + 2 || close + 1 >= n || !doc.is(close + 1, ":") {
                continue;
            }
            if !(k + 2..close).all(|j| doc.toks[j].word && doc.toks[j].cap) {
                continue;
            }
            let raw = doc.span(k + 2, close);
            let name = title_case_if_shouted(raw);
            let words: Vec<&str> = name.split_whitespace().collect();
            let Some(&last) = words.last() else { continue };
            let given = (words.len() >= 2).then(|| words[0].to_string());
            let pi = match ents.find_person(last, given.as_deref()) {
                Some(pi) => pi,
                None => ents.add_person(PersonAcc {
                    name_tokens: words.len(),
                    name: name.clone(),
                    surname_key: surname_key(last),
                    given,
                    ..Default::default()
                }),
            };
            let p = &mut ents.persons[pi];
            push_unique(&mut p.mentions, raw);
            if p.role.is_none() {
                p.role = Some(doc.t(k).to_lowercase());
            }
            if p.affiliation.is_none() {
                p.affiliation = Some(programme.clone());
                p.affiliation_rule = Some("broadcast_staff_take_the_programme");
            }
            // A journalist's side is their institution.
            if p.institution.is_none() {
                p.institution = Some(programme.clone());
            }
        }
        // "Our correspondent NAME", "our correspondent in Buea, NAME".
        let mut found: Vec<(usize, String)> = Vec::new();
        for m in &ents.mentions[..ents.sorted] {
            let MKind::Person(pi) = m.kind else { continue };
            if ents.persons[pi].affiliation.is_some() {
                continue;
            }
            let lo = m.t0.saturating_sub(6);
            let staff = (lo..m.t0).any(|k| {
                k > 0
                    && doc.lower_is(k - 1, &["our"])
                    && broadcast_staff().contains(&doc.t(k).to_lowercase().as_str())
                    && (k + 1..m.t0).all(|j| !doc.is(j, "."))
            });
            if staff {
                found.push((pi, programme.clone()));
            }
        }
        for (pi, _) in &found {
            let p = &mut ents.persons[*pi];
            if p.institution.is_none() {
                p.institution = Some(programme.clone());
            }
        }
        ents.give_sides(found, "broadcast_staff_take_the_programme");
    }
}

#[cfg(test)]
mod tests {
    use super::transcript_programme;
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn transcript_names_its_programme() {
        assert_eq!(
            transcript_programme("THE RIVER HOUR - transcript\n\nBroadcast Monday\n").as_deref(),
            Some("The River Hour")
        );
        assert_eq!(
            transcript_programme("MORNING EDITION - TRANSCRIPT\nLakeside Public Radio\n")
                .as_deref(),
            Some("Lakeside Public Radio")
        );
        assert_eq!(
            transcript_programme("Talks resume\n\nBy a reporter\n"),
            None
        );
    }

    #[test]
    fn broadcast_staff_take_the_programme() {
        let v = actors(
            "THE RIVER HOUR - transcript\n\nPRESENTER (ANNA LUND): Talks resumed today. Our \
             correspondent Karl Berg was there. Karl, what happened?\n\nBERG: The sides met for \
             an hour.\n",
        );
        assert_eq!(side(&v, "Anna Lund"), Some("The River Hour"));
        assert_eq!(side(&v, "Karl Berg"), Some("The River Hour"));
    }
}
