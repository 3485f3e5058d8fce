//! Personal names in an article: gender stated by honorifics; surname keys and spelling
//! variants from `detente_lang::names`.

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

/// Name keys and spelling variants come from the one shared implementation, so that the
/// extractor and the store's merging cannot disagree.
pub(crate) use detente_lang::names::{one_edit_apart, same_surname, surname_key};

/// Two words equal or one edit apart (given names as written).
pub(crate) fn edit_distance_le1(a: &str, b: &str) -> bool {
    a == b || one_edit_apart(a, b)
}
