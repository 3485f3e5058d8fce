//! Dating undated articles from known events. The texts are written for these tests; the
//! events are a small chronology of their own unless the test is about the bundled one.

use detente_text::dates::infer_article_date;
use detente_text::{read_paths, Article, Chronology, Extractor, ReadEvent, ReadOptions};
use std::sync::Arc;

const TOY: &str = "\
# date\tterms\tsummary
2024-03-12\tVanterra; Ostholm; water treaty; Lake Orma\tVanterra and Ostholm sign the water treaty
2024-05-07\tVanterra; Ostholm; Ilse Marrow; Kessen\tMarrow meets Ostholm's envoy in Kessen
2024-05-14\tVanterra; Ostholm; Kessen; border commission\tThe border commission meets in Kessen
2024-06-20\tPort Aleth; dockers; Harlan Vey; lockout\tPort Aleth locks out its dockers
";

fn toy() -> Chronology {
    Chronology::parse(TOY).expect("toy chronology parses")
}

fn infer(text: &str, c: &Chronology) -> Option<String> {
    infer_article_date(text, c).map(|d| d.date)
}

#[test]
fn a_weekday_and_enough_names_date_the_article_to_the_event() {
    let text = "Envoys sit down again\n\nOn Tuesday, Vanterra's foreign minister Ilse Marrow \
travelled to Kessen for talks with Ostholm's envoy. The meeting lasted four hours.\n";
    let got = infer_article_date(text, &toy()).expect("dated");
    assert_eq!(got.date, "2024-05-07");
    assert!(got.basis.contains("Marrow meets"), "{}", got.basis);
    assert!(got.basis.contains("“Tuesday”"), "{}", got.basis);
}

#[test]
fn speech_reported_later_in_the_week_moves_the_date_forward() {
    let text = "On Tuesday, Ilse Marrow of Vanterra met Ostholm's envoy in Kessen.\n\n\
“We are not there yet,” Marrow said on Thursday.\n";
    assert_eq!(infer(text, &toy()).as_deref(), Some("2024-05-09"));
}

#[test]
fn a_month_day_and_a_name_nearby_give_the_year() {
    let text = "Since the water treaty was signed on March 12th, Ostholm has kept the dams open, \
officials in Vanterra say.\n";
    assert_eq!(infer(text, &toy()).as_deref(), Some("2024-03-12"));
}

#[test]
fn the_latest_anchor_wins_and_relative_dates_follow_it() {
    let text = "Ostholm accuses Vanterra\n\nThe water treaty signed on March 12th is being \
ignored, officials in Ostholm say.\n\nOn Tuesday, Ilse Marrow met Ostholm's envoy in Kessen. \
She said last week that patience was running out.\n";
    let c = Arc::new(toy());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("undated.txt");
    std::fs::write(&path, text).expect("write");
    let opts = ReadOptions {
        chronology: c,
        ..ReadOptions::default()
    };
    let articles: Vec<Article> = read_paths(&[path], &opts)
        .filter_map(|e| match e {
            ReadEvent::Article(a) => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(a.date.as_deref(), Some("2024-05-07"));
    assert!(a.date_inferred);
    assert!(a
        .date_basis
        .as_deref()
        .is_some_and(|b| b.contains("Kessen")));
    let ev = Extractor::new().extract(a);
    let resolved: Vec<(String, Option<String>)> = ev
        .dates
        .iter()
        .map(|d| (a.text[d.start..d.end].to_string(), d.resolved_iso()))
        .collect();
    assert!(
        resolved.contains(&("March 12th".into(), Some("2024-03-12".into()))),
        "{resolved:?}"
    );
    assert!(
        resolved.contains(&("last week".into(), Some("2024-04".into()))),
        "{resolved:?}"
    );
}

#[test]
fn one_name_or_a_future_weekday_is_not_enough() {
    // One term only.
    assert_eq!(infer("On Tuesday, Ostholm closed a dam.\n", &toy()), None);
    // The weekday is ahead of the article.
    let text = "Ilse Marrow of Vanterra will meet Ostholm's envoy in Kessen on Tuesday.\n";
    assert_eq!(infer(text, &toy()), None);
    // A weekday whose events are far from any of the names.
    let text = "On Tuesday, the rains came.\n\nLater, much later, in another part of the \
story entirely, there was news of Vanterra, Ostholm and Ilse Marrow in Kessen.\n";
    assert_eq!(infer(text, &toy()), None);
}

#[test]
fn two_events_that_fit_equally_well_date_nothing() {
    // Both Tuesday events in Kessen name Vanterra, Ostholm and Kessen: no way to choose.
    let text = "On Tuesday, Vanterra and Ostholm officials met in Kessen.\n";
    assert_eq!(infer(text, &toy()), None);
}

#[test]
fn an_anniversary_or_a_later_year_rules_an_event_out() {
    let text = "On the anniversary of March 12th, Vanterra and Ostholm praised the water treaty.\n";
    assert_eq!(infer(text, &toy()), None);
    let text = "In 2025 the water treaty, signed on March 12th between Vanterra and Ostholm, \
was all but forgotten.\n";
    assert_eq!(infer(text, &toy()), None);
}

#[test]
fn a_date_of_its_own_is_never_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dated.txt");
    std::fs::write(
        &path,
        "date: 2024-08-01\n\nOn Tuesday, Ilse Marrow of Vanterra met Ostholm's envoy in Kessen.\n",
    )
    .expect("write");
    let opts = ReadOptions {
        chronology: Arc::new(toy()),
        ..ReadOptions::default()
    };
    let a = read_paths(&[path], &opts)
        .find_map(|e| match e {
            ReadEvent::Article(a) => Some(a),
            _ => None,
        })
        .expect("read");
    assert_eq!(a.date.as_deref(), Some("2024-08-01"));
    assert!(!a.date_inferred);
    assert_eq!(a.date_basis, None);
}

#[test]
fn bundled_events_date_unseen_reports_of_them() {
    let c = Chronology::bundled();
    // Written for this test about the Alaska summit of 15 August 2025 (a Friday).
    let text = "Summit ends without a deal\n\nOn Friday, Trump and Putin met at Joint Base \
Elmendorf-Richardson in Anchorage, Alaska, for nearly three hours.\n";
    assert_eq!(infer(text, &c).as_deref(), Some("2025-08-15"));
    // About the Boeing machinists' vote of 4 November 2024 (a Monday).
    let text = "Members of IAM District 751 voted on Monday to ratify the contract, ending \
a strike that had halted Boeing's 737 production since September.\n";
    assert_eq!(infer(text, &c).as_deref(), Some("2024-11-04"));
    // Nothing in the chronology: a quiet article stays undated.
    let text = "On Tuesday, the village council of Brennick voted to repair the bridge.\n";
    assert_eq!(infer(text, &c), None);
}

#[test]
fn a_user_chronology_extends_the_bundled_one() {
    let merged = Chronology::bundled().merged(&toy()).expect("merges");
    assert_eq!(merged.len(), Chronology::bundled().len() + 4);
    let text = "On Tuesday, Ilse Marrow of Vanterra met Ostholm's envoy in Kessen.\n";
    assert_eq!(infer(text, &merged).as_deref(), Some("2024-05-07"));
}

#[test]
fn a_wire_dateline_is_the_article_date() {
    let none = Chronology::default();
    // The lead's weekday fixes the year: 3 March fell on a Tuesday in 2026.
    let text = "Pay talks resume\n\nLISBON, March 3 (Newswire) - Port workers and employers met \
again on Tuesday, a week after talks broke down in 2025.\n";
    let got = infer_article_date(text, &none).expect("dated");
    assert_eq!(got.date, "2026-03-03");
    assert!(
        got.basis
            .starts_with("dateline “LISBON, March 3 (Newswire)”"),
        "{}",
        got.basis
    );
    // A place with its country, an abbreviated month and a year.
    let text = "KANDALA, Morvania, Sept. 9, 2024 — The two delegations signed nothing on Monday.\n";
    assert_eq!(infer(text, &none).as_deref(), Some("2024-09-09"));
    // No weekday: the latest year the text mentions.
    let text = "OSLO, June 12 (Newswire) - The fisheries deal agreed in 2023 was extended.\n";
    assert_eq!(infer(text, &none).as_deref(), Some("2023-06-12"));
    // An agency without a place.
    let text = "Oct 14 (Newswire) - Negotiators said on Tuesday that a deal was close.\n";
    assert_eq!(infer(text, &none).as_deref(), Some("2025-10-14"));
    // A line starting with a date and a dash but neither place nor agency is not one.
    let text = "Timeline\n\nMarch 3 - talks open.\n";
    assert_eq!(infer(text, &none), None);
    // Not a dateline: a sentence that happens to contain a comma before a date.
    let text = "Talks stalled. In the end, June 12 came and went without a deal.\n";
    assert_eq!(infer(text, &none), None);
}

#[test]
fn a_weekday_before_day_and_month_fixes_the_year() {
    let none = Chronology::default();
    let text = "Talks resumed in Addis Ababa on Monday, 14 July, after a weekend of clashes.\n";
    let got = infer_article_date(text, &none).expect("dated");
    assert_eq!(got.date, "2025-07-14");
    assert_eq!(got.basis, "“Monday, 14 July” in the text");
}

#[test]
fn deadlines_conditions_and_seasons() {
    use detente_text::dates::{find_dates, Reference};
    let text = "We want a fair deal before Thursday. If nothing is agreed by midnight on \
Friday, the strike starts. They agreed to keep talking through Wednesday night. Delegates \
are bracing for Saturday. Talks ended on Monday. Fees rise at the end of July; a vote is \
due next spring, after a summit last autumn.";
    let r = Reference::parse("2026-03-03").expect("date");
    let got: Vec<(String, Option<String>)> = find_dates(text, 0, text.len(), Some(&r))
        .into_iter()
        .map(|d| (text[d.start..d.end].to_string(), d.resolved))
        .collect();
    let want = [
        ("Thursday", "2026-03-05"),
        ("Friday", "2026-03-06"),
        ("Saturday", "2026-03-07"),
        ("Monday", "2026-03-02"),
        ("end of July", "2026-07"),
        ("next spring", "2027"),
        ("last autumn", "2025"),
    ];
    for (t, d) in want {
        assert!(
            got.iter()
                .any(|(gt, gd)| gt == t && gd.as_deref() == Some(d)),
            "{t} -> {d}: {got:?}"
        );
    }
    assert!(got
        .iter()
        .any(|(t, d)| t.starts_with("Wednesday") && d.as_deref() == Some("2026-03-04")));
}

#[test]
fn measures_are_not_dates_and_a_week_of_a_month_is_one() {
    use detente_text::dates::{find_dates, Reference};
    let text = "A 48-hour stoppage and a two-hour meeting. Talks broke off after nine hours. \
Trump set a 50-day deadline and a 30-day cooling-off period follows. Talks open in the last \
week of April.";
    let r = Reference::parse("2026-04-08").expect("date");
    let got: Vec<(String, Option<String>)> = find_dates(text, 0, text.len(), Some(&r))
        .into_iter()
        .map(|d| (text[d.start..d.end].to_string(), d.resolved))
        .collect();
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        vec!["50-day deadline", "30-day", "last week of April"],
        "{got:?}"
    );
    assert_eq!(got[2].1.as_deref(), Some("2026-04"));
}

#[test]
fn a_weekday_after_a_past_verb_is_behind() {
    use detente_text::dates::{find_dates, Reference};
    // 2025-06-11 is a Wednesday.
    let r = Reference::parse("2025-06-11").expect("date");
    let cases = [
        (
            "The ceasefire held until Sunday, when shelling resumed.",
            "2025-06-08",
        ),
        ("The strike continued until Friday.", "2025-06-06"),
        (
            "If the talks failed on Monday, nobody said so.",
            "2025-06-09",
        ),
        (
            "Delegates who would later sign the deal arrived on Thursday.",
            "2025-06-05",
        ),
        ("A vote is expected on Friday.", "2025-06-13"),
        ("The hearing was postponed until Monday.", "2025-06-16"),
        ("Talks will be held on Friday.", "2025-06-13"),
        ("Talks must end by midnight on Thursday.", "2025-06-12"),
    ];
    for (text, want) in cases {
        let got: Vec<Option<String>> = find_dates(text, 0, text.len(), Some(&r))
            .into_iter()
            .filter(|d| text[d.start..d.end].ends_with("day"))
            .map(|d| d.resolved)
            .collect();
        assert_eq!(got, vec![Some(want.to_string())], "{text}");
    }
}

#[test]
fn a_starting_year_does_not_pin_the_weekday_year() {
    use detente_text::dates::infer_article_date_as_of;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let none = Chronology::default();
    let got = |t: &str| infer_article_date_as_of(t, &none, today).map(|d| d.date);
    // July 23 fell on a Wednesday in 2014, 2019 and 2025.
    assert_eq!(
        got("Crimea has been occupied since 2014. Talks ended on Wednesday, July 23.").as_deref(),
        Some("2025-07-23")
    );
    assert_eq!(
        got("In 2014 the talks ended on Wednesday, July 23.").as_deref(),
        Some("2014-07-23")
    );
    // Speech reported after the anchor never moves the date past today.
    let c = Chronology::parse("2026-11-27\tAlda Renn; Sorvik\tRenn visits Sorvik\n").expect("ok");
    let text = "On Friday, Alda Renn arrived in Sorvik. “Good talks,” Renn said on Monday.\n";
    assert_eq!(
        infer_article_date_as_of(text, &c, today)
            .map(|d| d.date)
            .as_deref(),
        Some("2026-11-27")
    );
}

#[test]
fn deadlines_ahead_habits_and_programme_names() {
    use detente_text::dates::{find_dates, Reference};
    let text = "WORLD TONIGHT - TRANSCRIPT. The regulator has until June 24 and 90 working days \
in all. Players vote over the next fortnight, before the end of the month. She meets them \
usually on a Sunday night; they met on Friday morning. When I spoke to him in May he was \
calm. The talks begin on March 28 and last five days.";
    let r = Reference::parse("2026-02-11").expect("date");
    let got: Vec<(String, Option<String>)> = find_dates(text, 0, text.len(), Some(&r))
        .into_iter()
        .map(|d| (text[d.start..d.end].to_string(), d.resolved))
        .collect();
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert!(!texts.iter().any(|t| t.contains("TONIGHT")), "{got:?}");
    assert!(!texts.contains(&"Sunday night"), "{got:?}");
    assert!(!texts.contains(&"five days"), "{got:?}");
    for want in [
        ("June 24", Some("2026-06-24")),
        ("90 working days", None),
        ("next fortnight", None),
        ("end of the month", Some("2026-02")),
        ("Friday morning", Some("2026-02-06")),
        ("May", Some("2026-05")),
    ] {
        assert!(
            got.iter()
                .any(|(t, r)| t.ends_with(want.0) && r.as_deref() == want.1),
            "{want:?} in {got:?}"
        );
    }
}
