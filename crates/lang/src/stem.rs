//! The one stemmer: a small suffix stemmer that brings inflections and derivations of a
//! word together ("recognise", "recognised", "recognition"; "Russia", "Russian"), and the
//! similarity of two stems when one begins the other.
//!
//! Why not a Snowball (Porter 2) stemmer such as `rust-stemmers`: Snowball keeps
//! "russia"/"russian", "ukraine"/"ukrainian" and "recognise"/"recognition" apart, and the
//! linker of statements to positions relies on them meeting (a party named by its country,
//! an option worded as a verb or as a noun); and it cuts short words too, where this one
//! never leaves a stem under four letters, so short words keep their meaning.

const SUFFIXES: &[(&str, &str)] = &[
    ("izations", ""),
    ("isations", ""),
    ("ization", ""),
    ("isation", ""),
    ("ations", ""),
    ("ation", ""),
    ("itions", ""),
    ("ition", ""),
    ("ements", ""),
    ("ement", ""),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ised", ""),
    ("ized", ""),
    ("ises", ""),
    ("izes", ""),
    ("ise", ""),
    ("ize", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ance", ""),
    ("ence", ""),
    ("able", ""),
    ("ible", ""),
    ("ity", ""),
    ("ian", ""),
    ("ial", ""),
    ("ed", ""),
    ("es", ""),
    ("al", ""),
    ("ly", ""),
    ("ia", ""),
    ("s", ""),
    ("e", ""),
];

/// A deliberately small suffix stemmer: enough to make "recognise", "recognised" and
/// "recognition", or "Russia" and "Russian", meet, without a dictionary. Two rounds so
/// that "neutrality" and "neutral" meet too. Stems never drop below four letters.
pub fn stem(word: &str) -> String {
    let base = irregular(word).unwrap_or(word);
    let mut w = base.to_string();
    if w.chars().any(|c| !c.is_ascii_alphabetic()) {
        return w;
    }
    for _ in 0..2 {
        let mut changed = false;
        for (suf, rep) in SUFFIXES {
            // "allies" is "ally", not "alli" (which is "alliance").
            let min = if *suf == "ies" { 2 } else { 4 };
            if w.len() >= suf.len() + min && w.ends_with(suf) {
                if *suf == "es" && w.ends_with("ies") {
                    continue;
                }
                // "ss" endings ("press", "progress") are not plurals.
                if *suf == "s" && (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) {
                    continue;
                }
                w.truncate(w.len() - suf.len());
                w.push_str(rep);
                // "dropped" / "dropping" are "drop", "committed" is "commit".
                if matches!(*suf, "ed" | "ing") {
                    let b = w.as_bytes();
                    let n = b.len();
                    if n >= 4
                        && b[n - 1] == b[n - 2]
                        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')
                        && !matches!(b[n - 1], b'a' | b'e' | b'i' | b'o' | b'u')
                    {
                        w.truncate(n - 1);
                    }
                }
                changed = true;
                break;
            }
        }
        if !changed {
            break;
        }
    }
    w
}

/// Irregular verb forms that suffix stripping cannot bring together with their base.
fn irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "kept" => "keep",
        "held" => "hold",
        "gave" | "given" => "give",
        "left" => "leave",
        "sought" => "seek",
        "fought" => "fight",
        "won" => "win",
        "lost" => "lose",
        "withdrew" | "withdrawn" => "withdraw",
        "froze" | "frozen" => "freeze",
        "chose" | "chosen" => "choose",
        "took" | "taken" => "take",
        "broke" | "broken" => "break",
        "stood" => "stand",
        "sent" => "send",
        "spoke" | "spoken" => "speak",
        "brought" => "bring",
        "drew" | "drawn" => "draw",
        "met" => "meet",
        "paid" => "pay",
        "struck" => "strike",
        "began" | "begun" => "begin",
        "forgone" | "forwent" => "forgo",
        _ => return None,
    })
}

/// Similarity of two stems: 1 when equal, else, when the shorter one (five letters or
/// more) begins the longer one, the share of the longer one it covers ("membership" /
/// "member" meet). Stems that part ways after a common start do not: "guarantee" /
/// "guarantor" (the pledge and the state giving it), "secure" / "sector".
pub fn stem_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 5 {
        return 0.0;
    }
    // `strip_prefix` rather than slicing: the stems are article words, any script.
    match long.strip_prefix(short) {
        // An agent-noun ending names someone else: "guarantor" is not a "guarantee".
        Some("or" | "er" | "ist") | None => 0.0,
        Some(rest) if false_friend(short, rest) => 0.0,
        Some(_) => short.len() as f64 / long.len() as f64,
    }
}

/// Whether a longer word that begins with a shorter stem is a different word, not a
/// derivation of it. A stem ending in "-ss" followed by "-ion" is one: such nouns come
/// from other verbs ("accession" from "accede", "succession" from "succeed",
/// "procession" from "proceed", "recession" from "recede"), so "access" is not
/// "accession" and "process" is not "procession".
pub fn false_friend(short: &str, rest: &str) -> bool {
    short.ends_with("ss") && rest.starts_with("ion")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("recognise"), stem("recognition"));
        assert_eq!(stem("recognised"), stem("recognized"));
        assert_eq!(stem("russia"), stem("russian"));
        assert_eq!(stem("ukraine"), stem("ukrainian"));
        assert_eq!(stem("neutrality"), stem("neutral"));
        assert_eq!(stem("guarantees"), stem("guarantee"));
        assert_eq!(stem("refused"), stem("refuse"));
        assert_ne!(stem("press"), "pres");
        assert_eq!(stem("dropped"), stem("drop"));
        assert_eq!(stem("committed"), stem("commit"));
        assert_eq!(stem("passed"), stem("pass"));
        assert_eq!(stem("allies"), "ally");
        assert_eq!(stem("withdrew"), stem("withdrawing"));
        // Short words and words with other characters are left alone.
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("3.5"), "3.5");
    }

    #[test]
    fn stem_similarity_takes_any_script() {
        // A shorter stem whose length falls inside a longer word's multi-byte letter.
        assert_eq!(stem_similarity("zurich", "zürich"), 0.0);
        assert_eq!(stem_similarity("won't", "won’t"), 0.0);
        assert!(stem_similarity("über", "überall") > 0.0);
        assert!(stem_similarity("membe", "membership") > 0.0);
        assert_eq!(stem_similarity("guarantee", "guarantor"), 0.0);
        assert_eq!(stem_similarity("zürich", "zürichsee"), 7.0 / 10.0);
    }

    #[test]
    fn stems_must_nest_and_ss_stems_do_not_meet_their_ion_false_friends() {
        assert!(stem_similarity(&stem("membership"), &stem("member")) > 0.0);
        assert_eq!(
            stem_similarity(&stem("guarantees"), &stem("guarantors")),
            0.0
        );
        assert_eq!(stem_similarity(&stem("access"), &stem("accession")), 0.0);
        assert_eq!(stem_similarity(&stem("process"), &stem("procession")), 0.0);
        assert!(stem_similarity(&stem("protect"), &stem("protection")) > 0.0);
    }
}
