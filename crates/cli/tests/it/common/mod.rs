//! Shared by the crash-safety and concurrent-use tests: a deterministic generator of
//! news-like articles (quotes, claims, dates), the encoders that write them as files, and
//! the generic reading and checking of a store that both compare against a clean run.
#![allow(dead_code)]

use rusqlite::Connection;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

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

/// Reads every ordinary table of the store (not the full-text index's shadow tables) as
/// sorted records that do not depend on row ids: `id` and `ingested_at` are left out, an
/// `article_id` becomes the article's content hash, an `actor_id`/`speaker_id` the actor's
/// name key. Read generically so that a column or table added to the schema is compared
/// too. `skip` lists `(table, column)` pairs left out as well.
pub fn read_tables(conn: &Connection, skip: &[(&str, &str)]) -> BTreeMap<String, Vec<String>> {
    let tables: Vec<String> = {
        let mut stmt = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
                 AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name",
            )
            .expect("list tables");
        let names = stmt.query_map([], |r| r.get(0)).expect("list tables");
        names.collect::<Result<_, _>>().expect("list tables")
    };
    for needed in ["articles", "quotes", "claims", "dates", "actors"] {
        assert!(
            tables.iter().any(|t| t == needed),
            "no table {needed} in {tables:?}"
        );
    }
    let mut out = BTreeMap::new();
    for table in tables {
        let columns: Vec<String> = {
            let mut stmt = conn
                .prepare(&format!("PRAGMA table_info({table})"))
                .expect("table_info");
            let names = stmt.query_map([], |r| r.get(1)).expect("table_info");
            names.collect::<Result<_, _>>().expect("table_info")
        };
        let select: Vec<String> = columns
            .iter()
            .filter(|c| !matches!(c.as_str(), "id" | "ingested_at"))
            .filter(|c| !skip.contains(&(table.as_str(), c.as_str())))
            .map(|c| match c.as_str() {
                "article_id" => {
                    "'article=' || (SELECT content_hash FROM articles WHERE id = t.article_id)"
                        .to_string()
                }
                "actor_id" | "speaker_id" => format!(
                    "'{c}=' || coalesce((SELECT name_key FROM actors WHERE id = t.{c}), 'NULL')"
                ),
                _ => format!("'{c}=' || quote(t.\"{c}\")"),
            })
            .collect();
        if select.is_empty() {
            continue;
        }
        let sql = format!("SELECT {} FROM \"{table}\" t", select.join(", "));
        out.insert(table, rows(conn, &sql));
    }
    out
}

/// Runs the integrity checks that apply to a detente store: SQLite's own, foreign keys,
/// and FTS5's check of each full-text index against its content table.
pub fn check_integrity(conn: &Connection, db: &Path) {
    let integrity = rows(conn, "PRAGMA integrity_check");
    assert_eq!(
        integrity,
        vec!["ok|".to_string()],
        "{}: integrity_check",
        db.display()
    );
    let fk = rows(conn, "PRAGMA foreign_key_check");
    assert!(
        fk.is_empty(),
        "{}: foreign keys broken: {fk:?}",
        db.display()
    );
    let fts: Vec<String> = {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")
            .expect("list fts");
        let names = stmt.query_map([], |r| r.get(0)).expect("list fts");
        names.collect::<Result<_, _>>().expect("list fts")
    };
    for t in fts {
        conn.execute(
            &format!("INSERT INTO {t}({t}) VALUES('integrity-check')"),
            [],
        )
        .unwrap_or_else(|e| panic!("{}: {t} integrity-check: {e}", db.display()));
    }
}

pub fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    let n = stmt.column_count();
    let mut out: Vec<String> = stmt
        .query_map([], |r| {
            let mut s = String::new();
            for i in 0..n {
                match r.get::<_, rusqlite::types::Value>(i)? {
                    rusqlite::types::Value::Text(t) => s.push_str(&t),
                    v => {
                        let _ = write!(s, "{v:?}");
                    }
                }
                s.push('|');
            }
            Ok(s)
        })
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    // Sorted but not deduplicated: a duplicated record must show up as a difference.
    out.sort();
    out
}
