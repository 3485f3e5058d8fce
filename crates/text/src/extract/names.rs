//! Personal names: surname keys, spelling variants and gender stated by honorifics.

#![allow(clippy::needless_range_loop)]

/// Gender stated by an honorific or a gendered role word, if any.
pub(crate) fn stated_gender(words: &str) -> Option<bool> {
    words
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| match w {
            "Ms" | "Mrs" | "Miss" | "Madam" | "Dame" | "Lady" => Some(true),
            "Mr" | "Sir" | "Lord" => Some(false),
            _ => {
                let l = w.to_lowercase();
                if matches!(
                    l.as_str(),
                    "spokeswoman"
                        | "chairwoman"
                        | "congresswoman"
                        | "businesswoman"
                        | "stateswoman"
                ) {
                    Some(true)
                } else if matches!(
                    l.as_str(),
                    "spokesman" | "chairman" | "congressman" | "businessman" | "statesman"
                ) {
                    Some(false)
                } else {
                    None
                }
            }
        })
}

pub(crate) fn surname_key(s: &str) -> String {
    let mut k: String = s
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    // Transliteration variants: Zelenskyy/Zelensky, Zelenskiy.
    for suf in ["yy", "iy", "ii"] {
        if k.len() > 5 && k.ends_with(suf) {
            k.truncate(k.len() - 1);
            k.pop();
            k.push('y');
            break;
        }
    }
    k
}

pub(crate) fn edit_distance_le1(a: &str, b: &str) -> bool {
    // Byte-wise: keys are lower-case, and a multi-byte letter differing counts as more than
    // one edit, which only makes the test stricter.
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut diff) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        diff += 1;
        if diff > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    diff + (a.len() - i) + (b.len() - j) <= 1
}

pub(crate) fn same_surname(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 6 && b.len() >= 6 && edit_distance_le1(a, b))
}
