//! General attribution, name, quotation-mark, date and claim rules, each checked on a short
//! article written for the test (no names or sentences from the seed corpus).
use crate::rule_kit;

use detente_text::ArticleEvidence;
use rule_kit::{actor, extract_dated as extract, quote};

const LEAD: &str = "Talks between the dock workers and the harbour authority stalled on \
Tuesday after a week of meetings in the port city.\n\n";

#[test]
fn continuation_quote_after_inverted_attribution_keeps_the_speaker() {
    let text = format!(
        "{LEAD}\"The offer on the table is still too low,\" said Marta Oduya. \"We will keep \
talking as long as it takes.\"\n\n\"Nurses cannot staff every ward alone,\" said Hemi Tane, \
the chief negotiator of the Regional Health Workers Union. \"Our members are worn out.\"\n"
    );
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        quote(&ev, "We will keep").speaker.as_deref(),
        Some("Marta Oduya")
    );
    assert_eq!(
        quote(&ev, "Our members are worn").speaker.as_deref(),
        Some("Hemi Tane")
    );
    // The same with single quotation marks.
    let text = format!("{LEAD}'The offer is too low,' said Marta Oduya. 'We will keep talking.'\n");
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        quote(&ev, "We will keep talking").speaker.as_deref(),
        Some("Marta Oduya")
    );
}

#[test]
fn hyphenated_given_names_and_the_surname_he() {
    let text = format!(
        "{LEAD}\"The deal is finished,\" Lee Min-ho, the trade minister, said.\n\n\"We need more \
time,\" Choi Hye-jin, deputy director of the National Planning Office, told a briefing on \
Monday.\n\nThe accord was signed by Moon Jae-in, the South Korean president. Later, Moon met the \
delegation.\n\nThe envoy met He Yadong, a spokesman for the commerce ministry, on Friday.\n"
    );
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        quote(&ev, "The deal is").speaker.as_deref(),
        Some("Lee Min-ho")
    );
    assert_eq!(
        quote(&ev, "We need more").speaker.as_deref(),
        Some("Choi Hye-jin")
    );
    let names: Vec<&str> = ev.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Choi Hye-jin"), "{names:?}");
    assert!(names.contains(&"He Yadong"), "{names:?}");
    assert!(!names.contains(&"Yadong"), "{names:?}");
    assert!(!names.contains(&"Moon"), "{names:?}");
    let moon = ev
        .actors
        .iter()
        .find(|a| a.name == "Moon Jae-in")
        .expect("Moon Jae-in");
    assert!(
        moon.mentions.iter().any(|m| m == "Moon"),
        "{:?}",
        moon.mentions
    );
    // Ordinary hyphenated words stay out of names.
    let ev = extract(
        "The Anti-war coalition met on Monday. Co-founder Maria Lund said the talks failed.\n",
        "2024-12-04",
    );
    assert!(ev
        .actors
        .iter()
        .all(|a| !a.name.contains("Anti-war") && !a.name.contains("Co-founder")));
}

#[test]
fn apostrophe_of_elision_does_not_open_a_quotation() {
    let text = format!(
        "{LEAD}Wages have been frozen since the '90s. 'We will not back down,' said union leader \
Ruth Okafor. Pay last rose in ’09 and again in '15, she added.\n"
    );
    let ev = extract(&text, "2024-12-04");
    let q = quote(&ev, "We will not back down");
    assert_eq!(q.text, "We will not back down,");
    assert_eq!(q.speaker.as_deref(), Some("Ruth Okafor"));
    assert_eq!(ev.quotes.len(), 1, "{:#?}", ev.quotes);
}

#[test]
fn guillemet_paragraph_after_a_sentence_is_body_text() {
    let text = format!(
        "{LEAD}The minister said she would appoint a mediator. Labour Minister Sofie Brandvold \
told parliament: «The government will not impose a settlement.»\n"
    );
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        quote(&ev, "The government will not").speaker.as_deref(),
        Some("Sofie Brandvold")
    );
    assert!(ev.actors.iter().any(|a| a.name == "Sofie Brandvold"));
}

fn resolved(ev: &ArticleEvidence, text: &str) -> Option<String> {
    ev.dates
        .iter()
        .find(|d| d.text == text)
        .unwrap_or_else(|| panic!("no date {text:?} in {:#?}", ev.dates))
        .resolved_iso()
}

#[test]
fn deadlines_resolve_forward_from_the_article_date() {
    // 2024-12-04 is a Wednesday.
    let text = format!(
        "{LEAD}The union must respond within 50 days. A review is due within three months and \
the board meets within 2 weeks. The union must answer by Friday. Talks ended on Friday.\n"
    );
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        resolved(&ev, "within 50 days").as_deref(),
        Some("2025-01-23")
    );
    assert_eq!(
        resolved(&ev, "within three months").as_deref(),
        Some("2025-03")
    );
    assert_eq!(
        resolved(&ev, "within 2 weeks").as_deref(),
        Some("2024-12-18")
    );
    let fridays: Vec<Option<String>> = ev
        .dates
        .iter()
        .filter(|d| d.text == "Friday")
        .map(|d| d.resolved_iso())
        .collect();
    assert_eq!(
        fridays,
        vec![
            Some("2024-12-06".to_string()),
            Some("2024-11-29".to_string())
        ]
    );
    // A vague count stays unresolved.
    let ev = extract(
        "Talks stalled. A deal may come within a few days.\n",
        "2024-12-04",
    );
    assert_eq!(resolved(&ev, "within a few days"), None);
}

#[test]
fn inferred_article_date_ignores_dates_presented_as_future() {
    use detente_text::dates::infer_article_date;
    let infer =
        |t: &str| infer_article_date(t, &detente_text::Chronology::default()).map(|d| d.date);
    let text = "Workers will get a raise from 1 January 2025, the company said on 3 December \
2024. The new rota applies until 31 March 2025.\n";
    assert_eq!(infer(text).as_deref(), Some("2024-12-03"));
    let text = "Talks resumed on 2 May 2023 and collapsed on 9 May 2023.\n";
    assert_eq!(infer(text).as_deref(), Some("2023-05-09"));
}

#[test]
fn a_claim_needs_a_clause() {
    let text = format!(
        "{LEAD}Chancellor Klaus Vinter warned against a trade war on Monday. Minister Ida Berg \
said the port would reopen soon. Ida Berg insisted Oslo wanted a deal before winter.\n"
    );
    let ev = extract(&text, "2024-12-04");
    let claims: Vec<&str> = ev.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(
        claims.iter().all(|c| !c.starts_with("against")),
        "{claims:?}"
    );
    assert!(
        claims.iter().any(|c| c.starts_with("Oslo wanted a deal")),
        "{claims:?}"
    );
}

#[test]
fn a_state_organ_gives_its_country_not_itself_as_the_side() {
    let text = "Negotiators from Ukraine and Russia met in Istanbul on Tuesday for a second round \
of talks. Ukraine wants a ceasefire first, and Ukraine has said so for months.\n\nRustem Halyk, \
the secretary of the National Security and Defence Council, said the talks would resume.\n\n\
Olena Marchuk, deputy head of the Ukrainian Presidential Office, said the exchange would \
continue.\n\nHemi Tane, the chief negotiator of the National Union of Nurses, said the strike \
would go on. US envoy Steven Marsh said the talks were useful.\n";
    let ev = extract(text, "2024-12-04");
    let aff = |name: &str| {
        ev.actors
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("no actor {name}"))
            .affiliation
            .as_deref()
    };
    assert_eq!(aff("Rustem Halyk"), Some("Ukraine"));
    assert_eq!(aff("Olena Marchuk"), Some("Ukraine"));
    // A union is a side of its own.
    assert_eq!(aff("Hemi Tane"), Some("National Union of Nurses"));
    assert_eq!(aff("Steven Marsh"), Some("United States"));
}

#[test]
fn a_bare_head_of_state_is_not_given_another_countrys_side() {
    // A story from one country quoting another country's president by bare title.
    let text = "Estonia and Latvia resumed talks in Tallinn on Monday. Estonia's envoys said \
Estonia would not cede the valley. \"We will see,\" said President Ada Quell, who called in \
from abroad.\n";
    let ev = extract(text, "2025-06-10");
    assert_eq!(actor(&ev, "Ada Quell").affiliation, None);
    // With one country only, the bare title serves it.
    let text = "Estonia's parliament met on Monday. \"We will see,\" said President Ada Quell. \
Estonia expects an answer soon.\n";
    let ev = extract(text, "2025-06-10");
    assert_eq!(
        actor(&ev, "Ada Quell").affiliation.as_deref(),
        Some("Estonia")
    );
}

#[test]
fn review_cases_split_quotes_capital_surnames_and_stray_words() {
    let text = format!(
        "{LEAD}“We will not sign,” said Kremlin spokesman Dmitry Peskov, “unless the terms \
change completely.”\n\n“Not yet,” said Ana Lima, the union leader, “but soon.”\n\n\
“We will not give up the valley,” said Foreign Minister Andrii Sybiha on Tuesday. Share\n"
    );
    let ev = extract(&text, "2025-06-10");
    for (starts, who) in [
        ("We will not sign", "Dmitry Peskov"),
        ("unless the terms", "Dmitry Peskov"),
        ("Not yet", "Ana Lima"),
        ("but soon", "Ana Lima"),
        ("We will not give up", "Andrii Sybiha"),
    ] {
        assert_eq!(quote(&ev, starts).speaker.as_deref(), Some(who), "{starts}");
    }
    assert_eq!(actor(&ev, "Ana Lima").kind, detente_text::ActorKind::Person);
}

#[test]
fn uncommon_reporting_verbs_name_the_speaker() {
    let text = format!(
        "{LEAD}\"Nobody asked the crews,\" retorted Marta Oduya, the union's secretary.\n\n\
\"The fees were never the problem,\" Hemi Tane fumed after the meeting.\n\n\
Hemi Tane restated that the port would stay open through the winter.\n"
    );
    let ev = extract(&text, "2024-12-04");
    assert_eq!(
        quote(&ev, "Nobody asked").speaker.as_deref(),
        Some("Marta Oduya")
    );
    assert_eq!(
        quote(&ev, "The fees were").speaker.as_deref(),
        Some("Hemi Tane")
    );
    let c = ev
        .claims
        .iter()
        .find(|c| c.cue.as_deref() == Some("restated"))
        .unwrap_or_else(|| panic!("{:#?}", ev.claims));
    assert_eq!(c.speaker.as_deref(), Some("Hemi Tane"));
}

#[test]
fn names_of_plans_and_slogans_in_quotation_marks_are_not_speech() {
    let text = format!(
        "{LEAD}The mayor's \"Harbour of the Future\" plan would move the ferries east, Marta \
Oduya said on Monday.\n\nProtesters outside the hall were chanting \"no fees without a vote\" \
for an hour.\n\n\"The plan is dead,\" said Hemi Tane.\n"
    );
    let ev = extract(&text, "2024-12-04");
    let texts: Vec<&str> = ev.quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(
        !texts.iter().any(|t| t.contains("Harbour of the Future")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("no fees without")),
        "{texts:?}"
    );
    assert_eq!(
        quote(&ev, "The plan is dead").speaker.as_deref(),
        Some("Hemi Tane")
    );
}
