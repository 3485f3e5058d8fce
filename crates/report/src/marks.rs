//! The mark beside a value the analyst corrected: who, when, why, and (on demand, in a
//! `<details>` that needs no script) the machine's value it replaced. Everything is
//! interpolated through maud, so hostile names and notes are inert text.

use detente_store::Review;
use maud::{html, Markup};

/// `✎ analyst <author>`, opening to the time, the note and each field's machine value.
pub fn analyst(review: Option<&Review>) -> Markup {
    let Some(r) = review else {
        return html! {};
    };
    html! {
        details.analyst {
            summary { "✎ analyst: " (r.author) }
            div.muted {
                (r.at)
                @if let Some(n) = &r.note { " — " (n) }
            }
            ul {
                @for f in &r.fields {
                    li {
                        (f.field) ": "
                        strong { (f.value.as_deref().unwrap_or("(none)")) }
                        " (machine: " (f.machine.as_deref().unwrap_or("(none)")) ")"
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_store::ReviewedField;

    #[test]
    fn hostile_author_and_note_are_escaped() {
        let r = Review {
            author: "<img src=x onerror=alert(1)>".into(),
            at: "2026-01-01T00:00:00Z".into(),
            note: Some("</details><script>alert(2)</script>".into()),
            fields: vec![ReviewedField {
                field: "speaker".into(),
                value: Some("<b>x</b>".into()),
                machine: None,
            }],
        };
        let html = analyst(Some(&r)).into_string();
        assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>x"));
        assert!(html.contains("&lt;script&gt;"));
        assert_eq!(analyst(None).into_string(), "");
    }
}
