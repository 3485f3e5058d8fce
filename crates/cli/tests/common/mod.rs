//! Shared by the crash-safety and concurrent-use tests: a deterministic generator of
//! news-like articles (quotes, claims, dates) and the encoders that write them as files.
#![allow(dead_code)]

use std::fmt::Write as _;

/// Small deterministic generator (SplitMix64): the tests need no `rand` dependency.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

pub const GIVEN: &[&str] = &[
    "Amina", "Lars", "Mei", "Diego", "Olga", "Samir", "Ingrid", "Kofi", "Rania", "Tomas", "Yuki",
    "Pedro",
];
pub const FAMILY: &[&str] = &[
    "Osei",
    "Berg",
    "Tanaka",
    "Ruiz",
    "Petrova",
    "Haddad",
    "Lindqvist",
    "Mensah",
    "Khalil",
    "Novak",
    "Sato",
    "Alves",
];
pub const COUNTRIES: &[&str] = &[
    "Norway", "Ghana", "Japan", "Chile", "Jordan", "Canada", "Kenya", "Peru",
];
pub const ROLES: &[&str] = &[
    "foreign minister",
    "spokesman",
    "chief negotiator",
    "special envoy",
    "deputy prime minister",
];
pub const CUES: &[&str] = &["said", "told reporters", "added", "warned", "stated"];
pub const WHEN: &[&str] = &[
    "on Tuesday",
    "last week",
    "yesterday",
    "earlier this month",
    "on 14 March 2024",
    "in 2019",
    "on June 2",
];
pub const MONTHS: &[&str] = &["January", "March", "May", "July", "September", "November"];
pub const TOPICS: &[&str] = &[
    "the water-sharing accord",
    "a ceasefire along the border",
    "prisoner exchanges",
    "the fishing quota",
    "grain shipments through the strait",
    "the customs union",
];

/// One generated article body: a dated lead, a direct quote with its speaker, an indirect
/// claim, an interrupted quote and a deadline, with `n` woven in so every text is distinct.
pub fn article_text(rng: &mut SplitMix, n: usize) -> (String, String) {
    let speaker = format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY));
    let surname = speaker.split(' ').nth(1).unwrap_or("").to_string();
    let other = format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY));
    let country = rng.pick(COUNTRIES);
    let topic = rng.pick(TOPICS);
    let title = format!("Round {n} of talks on {topic}");
    let mut t = String::new();
    let _ = write!(
        t,
        "Delegations from {country} and {} met {} for round {n} of talks on {topic}.\n\n",
        rng.pick(COUNTRIES),
        rng.pick(WHEN)
    );
    let _ = write!(
        t,
        "\u{201c}We will not sign anything that ignores item {n},\u{201d} {country}'s {} {speaker} {}.\n\n",
        rng.pick(ROLES),
        rng.pick(CUES)
    );
    let _ = write!(
        t,
        "{other}, the mediator, said that both sides would meet again within {} days.\n\n",
        2 + rng.below(60)
    );
    let _ = write!(
        t,
        "\"There is progress,\" {surname} added, \"but the text of clause {} is still open.\"\n\n",
        n % 97
    );
    let _ = writeln!(
        t,
        "The previous round ended on {} {} {}.",
        1 + rng.below(28),
        rng.pick(MONTHS),
        2020 + rng.below(6)
    );
    (title, t)
}

pub fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
