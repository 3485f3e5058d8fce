//! A deterministic synthetic news corpus (written for these tests): varied names, quotes,
//! reporting verbs and dates, so the real reader and extractor have something to find.
#![allow(dead_code)]

const PEOPLE: &[(&str, &str, &str)] = &[
    ("Maria Lindqvist", "foreign minister", "Sweden"),
    ("Tomas Okafor", "chief negotiator", "Nigeria"),
    ("Helena Vargas", "UN envoy", "United Nations"),
    ("Arjun Mehta", "defence secretary", "India"),
    ("Claire Dubois", "spokeswoman", "France"),
    ("Kenji Watanabe", "ambassador", "Japan"),
];
const PLACES: &[&str] = &["Geneva", "Doha", "Vienna", "Oslo", "Nairobi", "Jakarta"];
const CUES: &[&str] = &["said", "told reporters", "added", "warned", "stated"];
const TOPICS: &[&str] = &[
    "a ceasefire along the river",
    "the exchange of prisoners",
    "access for humanitarian convoys",
    "the status of the border crossings",
    "a timetable for elections",
    "sanctions relief in stages",
];
const MONTHS: &[&str] = &["January", "March", "May", "June", "September", "November"];

/// Article `i` as (title, date, text); texts differ for every `i`.
pub fn article(i: usize) -> (String, String, String) {
    let p = PEOPLE[i % PEOPLE.len()];
    let q = PEOPLE[(i / 7 + 3) % PEOPLE.len()];
    let place = PLACES[i % PLACES.len()];
    let topic = TOPICS[(i / 3) % TOPICS.len()];
    let cue = CUES[i % CUES.len()];
    let month = MONTHS[(i / 11) % MONTHS.len()];
    let day = 1 + i % 28;
    let year = 2022 + i % 4;
    let date = format!("{year}-{:02}-{:02}", 1 + i % 12, 1 + (i * 7) % 28);
    let title = format!("Talks in {place} turn to {topic} (report {i})");
    let text = format!(
        "{title}\n\n\
         Negotiators met in {place} on {day} {month} {year} for round {i} of the talks. \
         {role} {name} {cue}: \"We came here to agree on {topic}, and we will not leave \
         without a text.\" The {role2} of {aff2}, {name2}, answered that any deal \
         needed guarantees. \"Nobody should expect miracles by Friday,\" {name2} said. \
         Last week the delegations exchanged drafts, and a further meeting is planned \
         within 30 days. Observers noted that {aff} had softened its position on {topic} \
         since {month} {year2}. Case number {i} was logged by the secretariat.\n",
        role = capitalise(p.1),
        name = p.0,
        aff = p.2,
        role2 = q.1,
        name2 = q.0,
        aff2 = q.2,
        year2 = year - 1,
    );
    (title, date, text)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// One JSON line for article `i`.
pub fn jsonl_line(i: usize) -> String {
    let (title, date, text) = article(i);
    serde_json::json!({ "id": format!("a{i}"), "title": title, "date": date, "url": null, "text": text })
        .to_string()
}

/// Writes articles `range` as one `.jsonl` file.
pub fn write_jsonl(path: &std::path::Path, range: std::ops::Range<usize>) {
    let mut s = String::new();
    for i in range {
        s.push_str(&jsonl_line(i));
        s.push('\n');
    }
    std::fs::write(path, s).unwrap();
}
