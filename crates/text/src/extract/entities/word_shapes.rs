//! Entities: predicates on the shape of one word or of the gazetteer around it (brands
//! written in camel case, initials, hyphenated given names, words a gazetteer match covers).

use super::*;

/// A single word like "StreamArena": starts with a capital, and a later capital follows a
/// run of at least three lower-case letters.
pub(crate) fn camel_brand(w: &str) -> bool {
    let mut chars = w.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut lower_run = 0;
    for c in chars {
        if c.is_lowercase() {
            lower_run += 1;
        } else if c.is_uppercase() {
            if lower_run >= 3 {
                return true;
            }
            lower_run = 0;
        } else {
            return false;
        }
    }
    false
}

/// Initials standing for given names: "J.D.", "W.", "K.".
pub(crate) fn initials_word(w: &str) -> bool {
    let mut chars = w.chars();
    let mut n = 0;
    loop {
        match (chars.next(), chars.next()) {
            (Some(c), Some('.')) if c.is_uppercase() => n += 1,
            (None, _) => return n > 0,
            _ => return false,
        }
    }
}

/// "You-geun", "Jae-in", "Ji-won": a romanised Korean or Chinese given name, two short
/// syllables joined by a hyphen, only the first capitalised. Common English prefixes
/// ("Anti-war", "Co-founder") are excluded.
pub(crate) fn hyphenated_given_name(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let short = |p: &str| (2..=5).contains(&p.chars().count());
    let mut ac = a.chars();
    a.chars().all(char::is_alphabetic)
        && b.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        && ac.next().is_some_and(char::is_uppercase)
        && ac.all(char::is_lowercase)
        && short(a)
        && short(b)
        && !matches!(
            a.to_lowercase().as_str(),
            "anti"
                | "pro"
                | "non"
                | "ex"
                | "co"
                | "vice"
                | "self"
                | "post"
                | "pre"
                | "well"
                | "long"
                | "short"
                | "semi"
                | "multi"
                | "inter"
                | "cross"
                | "re"
                | "mid"
                | "over"
                | "under"
                | "all"
                | "full"
                | "half"
                | "high"
                | "low"
                | "so"
        )
}

pub(crate) fn covered_by_gaz(gaz: &Gaz, k: usize) -> bool {
    covered_prev(gaz, k) || gaz[k].is_some()
}

pub(crate) fn covered_prev(gaz: &Gaz, k: usize) -> bool {
    (k.saturating_sub(6)..k).any(|j| gaz[j].is_some_and(|(_, len)| j + len > k))
}
