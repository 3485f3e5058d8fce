//! The review page: the queue as HTML, one small form per decision, and the keyboard keys
//! (a script allowed by its hash in the dashboard's Content-Security-Policy).

use super::{Queue, ReviewDesk, StanceStatus};
use crate::html::STYLE;
use maud::{html, Markup, DOCTYPE};

/// A hidden-field form that posts one decision.
pub(super) fn decision(
    desk: &ReviewDesk,
    target: &str,
    key: &str,
    field: &str,
    value: &str,
    label: &str,
) -> Markup {
    html! {
        form.decide method="post" action="/review" {
            input type="hidden" name="token" value=(desk.token);
            input type="hidden" name="target" value=(target);
            input type="hidden" name="key" value=(key);
            input type="hidden" name="field" value=(field);
            input type="hidden" name="value" value=(value);
            button type="submit" data-action=(format!("{field}:{value}")) { (label) }
        }
    }
}

/// A form with one text input for the value.
fn edit(
    desk: &ReviewDesk,
    target: &str,
    key: &str,
    field: &str,
    placeholder: &str,
    label: &str,
) -> Markup {
    html! {
        form.decide method="post" action="/review" {
            input type="hidden" name="token" value=(desk.token);
            input type="hidden" name="target" value=(target);
            input type="hidden" name="key" value=(key);
            input type="hidden" name="field" value=(field);
            input type="text" name="value" placeholder=(placeholder) aria-label=(label);
            input type="text" name="note" placeholder="note (optional)" aria-label="note";
            button type="submit" data-action=(field) { (label) }
        }
    }
}

/// The keyboard keys of the review page (see [`KEYS_HELP`]). Plain script, no library: it
/// only moves focus, clicks the page's own buttons and submits the page's own forms, which
/// carry the session token; it writes text only with `textContent`.
pub const REVIEW_JS: &str = include_str!("keys.js");

/// `sha256-…` of [`REVIEW_JS`] for the Content-Security-Policy.
pub fn script_hash() -> String {
    use sha2::{Digest, Sha256};
    format!(
        "sha256-{}",
        crate::server::page::base64(&Sha256::digest(REVIEW_JS.as_bytes()))
    )
}

/// The keys, as the help panel lists them.
const KEYS_HELP: [(&str, &str); 7] = [
    ("j / k", "next / previous item"),
    ("a", "accept the focused item"),
    (
        "r",
        "reject the focused item (a stance, or a quote that is not speech)",
    ),
    (
        "e",
        "edit: go to the item's first text box (Enter submits, Esc leaves it)",
    ),
    ("u", "undo your last decision on this page"),
    ("?", "show or hide this help"),
    ("Tab", "buttons and forms, as usual"),
];

fn stance_note(status: &StanceStatus) -> Option<String> {
    match status {
        StanceStatus::NoScenario => Some("Serve with --scenario to review stances.".into()),
        StanceStatus::Ready => None,
        StanceStatus::Linking => Some(
            "Stances are being linked against the scenario in the background (on a large store this takes a while); this page reloads by itself when they are ready. Speakers and actors can be reviewed meanwhile.".into(),
        ),
        StanceStatus::Relinking => Some(
            "The evidence or an actor changed since the stances were linked: they are being linked again in the background. Stances of statements corrected since are hidden until then.".into(),
        ),
        StanceStatus::Failed(e) => Some(format!("Linking the stances failed: {e}")),
    }
}

pub(super) fn render(desk: &ReviewDesk, q: &Queue) -> Markup {
    let linking = matches!(
        q.stance_status,
        StanceStatus::Linking | StanceStatus::Relinking
    );
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Review desk — detente" }
                style { (maud::PreEscaped(STYLE)) }
                style { (maud::PreEscaped(
                    "form.decide{display:inline-block;margin:2px 6px 2px 0} mark{background:#ffe58a} \
                     .item{border-left:4px solid var(--accent);padding:4px 10px;margin:10px 0} .why{color:#a33} \
                     .item:focus{outline:3px solid #1a5fb4;outline-offset:2px;background:#eef4fc} \
                     kbd{border:1px solid #999;border-radius:3px;padding:0 4px;font-size:90%} \
                     #keys-help dt{float:left;width:5em} #keys-help dd{margin-left:6em}"
                )) }
            }
            body data-linking=(if linking { "1" } else { "0" }) {
                main {
                    h1 { "Review desk" }
                    p.muted {
                        "What most needs a look first. Every decision is stored as a correction (who, when, the machine's value) and applies at once to quotes, actors, timeline, positions and the report. "
                        (q.corrections) " correction(s) so far."
                        @if !desk.writable { strong { " Read-only: this server listens beyond loopback without an explicit --review-token." } }
                    }
                    p.muted #keys-hint { "Keys: " kbd { "j" } "/" kbd { "k" } " move, " kbd { "a" } " accept, " kbd { "r" } " reject, "
                        kbd { "e" } " edit, " kbd { "u" } " undo, " kbd { "?" } " help." }
                    section #keys-help role="note" aria-label="Keyboard keys" hidden {
                        h2 { "Keys" }
                        dl { @for (k, what) in KEYS_HELP { dt { kbd { (k) } } dd { (what) } } }
                    }
                    p #undo-line hidden {
                        span #undo-text {}
                        " "
                        form.decide #undo-form method="post" action="/review" {
                            input type="hidden" name="token" value=(desk.token);
                            input type="hidden" name="action" value="undo";
                            input type="hidden" name="target" value="";
                            input type="hidden" name="key" value="";
                            input type="hidden" name="field" value="";
                            button type="submit" data-action="undo" { "Undo (u)" }
                        }
                    }
                    section #merge {
                        h2 { "Merge actors" }
                        form.decide #merge-form method="post" action="/review" {
                            input type="hidden" name="token" value=(desk.token);
                            input type="hidden" name="target" value="actor";
                            input type="hidden" name="field" value="merge_into";
                            label { "keep " select name="value" { @for (id, n) in &q.actors { option value=(id) { (n) " (#" (id) ")" } } } }
                            label { " merge into it " select name="key" { @for (id, n) in &q.actors { option value=(id) { (n) " (#" (id) ")" } } } }
                            input type="text" name="note" placeholder="note (optional)" aria-label="note";
                            button type="submit" data-action="merge" { "Merge" }
                        }
                    }
                    section #stances {
                        h2 { "Stances" }
                        @if let Some(note) = stance_note(&q.stance_status) { p.muted #stance-status { (note) } }
                        @for s in &q.stances {
                            div.item.stance tabindex="0" data-key=(s.key) data-target="stance"
                                aria-label=(format!("stance: {} {} {}", s.party.as_deref().unwrap_or("no party"), s.polarity, s.option.as_deref().unwrap_or(&s.issue))) {
                                div.why { (s.why) }
                                div { strong { (s.party.as_deref().unwrap_or("no party")) } " " (s.polarity) " "
                                      (s.option.as_deref().unwrap_or("(no option)")) " on " (s.issue)
                                      " — " (s.speaker.as_deref().unwrap_or("?")) ", " (s.article) }
                                blockquote { "“" (s.text) "”" }
                                div.muted { "read from: " mark { (s.clause) } }
                                @if !s.cues.is_empty() { div.muted { "decided by: " (s.cues.join(", ")) } }
                                (decision(desk, "stance", &s.key, "status", "accepted", "Accept"))
                                (decision(desk, "stance", &s.key, "status", "rejected", "Reject"))
                                @for p in ["supports", "rejects", "neutral"] {
                                    @if p != s.polarity { (decision(desk, "stance", &s.key, "polarity", p, &format!("Make it {p}"))) }
                                }
                                (edit(desk, "stance", &s.key, "party", "party id", "Set party"))
                                (edit(desk, "stance", &s.key, "option", "option id", "Set option"))
                            }
                        }
                    }
                    section #speakers {
                        h2 { "Speakers" }
                        @if q.speakers.is_empty() { p.muted { "Nothing to look at." } }
                        @for s in &q.speakers {
                            @let target = if s.claim { "claim" } else { "quote" };
                            div.item.speech tabindex="0" data-key=(s.key) data-target=(target)
                                aria-label=(format!("{target} #{}: {}", s.id, s.why)) {
                                div.why { (s.why) }
                                div { (target) " #" (s.id) " in " (s.article) " — speaker: "
                                      strong { (s.speaker.as_deref().or(s.mention.as_deref()).unwrap_or("none")) } }
                                p.context { (s.before) mark { (s.text) } (s.after) }
                                (decision(desk, target, &s.key, "status", "accepted", "Accept"))
                                (decision(desk, target, &s.key, "status", "rejected", "Reject (not speech)"))
                                (edit(desk, target, &s.key, "speaker", "actor name", "Set speaker"))
                            }
                        }
                    }
                    section #sides {
                        h2 { "Actors with conflicting sides" }
                        @if q.sides.is_empty() { p.muted { "None." } }
                        @for c in &q.sides {
                            div.item.sides tabindex="0" data-target="actor" aria-label=(format!("actor {}: conflicting sides", c.name)) {
                                strong { (c.name) } " (#" (c.id) "): "
                                @for (side, n) in &c.sides { (side) " in " (n) " article(s); " }
                                @let id = c.id.to_string();
                                @for (side, _) in &c.sides { (decision(desk, "actor", &id, "affiliation", side, &format!("Side: {side}"))) }
                                (edit(desk, "actor", &id, "affiliation", "side", "Set side"))
                            }
                        }
                    }
                }
                script { (maud::PreEscaped(REVIEW_JS)) }
            }
        }
    }
}
