//! Regression tests for the rules added after scoring the second development set
//! (`tests/dev2`): each rule is checked on sentences written for the test, not taken
//! from the development-set or seed articles.
use crate::rule_kit;

use detente_text::{ActorKind, ArticleEvidence};
use rule_kit::{actor, extract_dated, names, quote};

fn extract(text: &str) -> ArticleEvidence {
    extract_dated(text, "2026-04-14")
}

const LEAD: &str = "The talks went into a second week on Monday.\n\n";

#[test]
fn middle_initials_and_initialled_given_names_stay_in_the_name() {
    let ev = extract(&format!(
        "{LEAD}Former President Harry S. Truman was often quoted in the debate. \
The airline's founder, Priya N. Raman, said the offer was fair. \
Senator A.J. Okafor said he would vote against it.\n"
    ));
    let n = names(&ev);
    assert!(n.contains(&"Harry S. Truman"), "{n:?}");
    assert!(n.contains(&"Priya N. Raman"), "{n:?}");
    assert!(n.contains(&"A.J. Okafor"), "{n:?}");
    assert!(
        !n.iter()
            .any(|x| *x == "A.J." || *x == "Harry S" || *x == "Priya N"),
        "{n:?}"
    );
    assert_eq!(actor(&ev, "A.J. Okafor").kind, ActorKind::Person);
}

#[test]
fn possessives_and_plural_possessives_inside_organisation_names() {
    let ev = extract(&format!(
        "{LEAD}Staff at St. Luke's General Hospital joined the stoppage, the Dockers' Union said \
in a statement, and the People's Liberation Front called for calm.\n"
    ));
    let n = names(&ev);
    assert!(n.contains(&"St. Luke's General Hospital"), "{n:?}");
    assert!(n.contains(&"Dockers' Union"), "{n:?}");
    assert!(n.contains(&"People's Liberation Front"), "{n:?}");
    assert!(!n.contains(&"General Hospital"), "{n:?}");
}

#[test]
fn school_and_water_districts_are_bodies() {
    let ev = extract(&format!(
        "{LEAD}The Riverside Unified School District and the Kern Valley Water District both \
objected to the plan.\n"
    ));
    assert_eq!(
        actor(&ev, "Riverside Unified School District").kind,
        ActorKind::Organization
    );
    assert_eq!(
        actor(&ev, "Kern Valley Water District").kind,
        ActorKind::Organization
    );
}

#[test]
fn the_agency_credited_in_a_dateline_is_no_actor() {
    let ev = extract(
        "LISBON, April 14 (Harbour Press Agency) - Ministers met on Tuesday.\n\n\
The talks ended without agreement, Portugal's finance minister, Rui Tavares, said.\n",
    );
    let n = names(&ev);
    assert!(!n.iter().any(|x| x.contains("Harbour")), "{n:?}");
    assert!(n.contains(&"Rui Tavares"), "{n:?}");
}

#[test]
fn companies_named_like_people_are_organisations() {
    let ev = extract(&format!(
        "{LEAD}Norwegian shipping group Lund Hagen agreed to buy Weber Koch, the Bremen-based \
carrier, for $2 billion. Shares in Weber Koch rose 4 percent. Lund Hagen said the deal \
would close in June.\n\nIts chief executive, Marit Solberg, said customers would gain.\n"
    ));
    let lund = actor(&ev, "Lund Hagen");
    assert_eq!(lund.kind, ActorKind::Organization);
    assert_eq!(lund.affiliation.as_deref(), Some("Norway"));
    assert_eq!(actor(&ev, "Weber Koch").kind, ActorKind::Organization);
    assert_eq!(
        actor(&ev, "Marit Solberg").affiliation.as_deref(),
        Some("Lund Hagen")
    );
}

#[test]
fn offices_only_some_countries_have_give_a_side_when_the_article_names_it() {
    let ev = extract(&format!(
        "{LEAD}Secretary of State Dana Whitfield flew to Cairo, where officials from Egypt and \
the United States met. The Chancellor, Jonas Brandauer, said in Berlin that Germany backed \
the plan. Trade Commissioner Elena Marquez said the European Commission would study it.\n"
    ));
    assert_eq!(
        actor(&ev, "Dana Whitfield").affiliation.as_deref(),
        Some("United States")
    );
    assert_eq!(
        actor(&ev, "Jonas Brandauer").affiliation.as_deref(),
        Some("Germany")
    );
    assert_eq!(
        actor(&ev, "Elena Marquez").affiliation.as_deref(),
        Some("European Union")
    );
    // Without the country in the article, no side is guessed.
    let ev = extract(&format!(
        "{LEAD}The Chancellor, Jonas Brandauer, said the plan was sound.\n"
    ));
    assert_eq!(actor(&ev, "Jonas Brandauer").affiliation, None);
}

#[test]
fn a_lone_first_name_word_of_one_person_is_that_person() {
    let ev = extract(&format!(
        "{LEAD}Beijing sent its special envoy for Central Asia, Wang Jianhua, to the signing. \
Wang said the river belonged to everyone.\n"
    ));
    let wang = actor(&ev, "Wang Jianhua");
    assert!(
        wang.mentions.iter().any(|m| m == "Wang"),
        "{:?}",
        wang.mentions
    );
    assert_eq!(wang.affiliation.as_deref(), Some("China"));
    assert_eq!(
        ev.actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .count(),
        1,
        "{:?}",
        names(&ev)
    );
}

#[test]
fn an_aide_to_a_president_does_not_give_the_president_the_aides_title() {
    let ev = extract(&format!(
        "{LEAD}Marat Sadykov, an aide to President Timur Aliyev, said the offer stood.\n"
    ));
    assert_eq!(
        actor(&ev, "Timur Aliyev").role.as_deref(),
        Some("President")
    );
}

#[test]
fn working_for_a_named_body_gives_the_side() {
    let ev = extract(&format!(
        "{LEAD}We spoke to Ilse Brandt, who has worked on ceasefire monitoring for the Nordic \
Mediation Institute. Carlos Mendes, a ferry pilot for the Lagos Harbour Authority, said \
little had changed.\n"
    ));
    assert_eq!(
        actor(&ev, "Ilse Brandt").affiliation.as_deref(),
        Some("Nordic Mediation Institute")
    );
    assert_eq!(
        actor(&ev, "Carlos Mendes").affiliation.as_deref(),
        Some("Lagos Harbour Authority")
    );
}

#[test]
fn the_hospital_and_the_league_are_the_bodies_of_that_kind_named_before() {
    let ev = extract(&format!(
        "{LEAD}Nurses at Mercy Valley Medical Center voted to strike. The hospital's chief \
executive, Oren Katz, said he regretted the vote.\n"
    ));
    assert_eq!(
        actor(&ev, "Oren Katz").affiliation.as_deref(),
        Some("Mercy Valley Medical Center")
    );
}

#[test]
fn accused_is_a_reporting_verb() {
    let ev = extract(&format!(
        "{LEAD}The opposition leader Tomasz Wrona accused the minister of “selling the coast \
for a handshake”.\n"
    ));
    assert_eq!(
        quote(&ev, "selling the coast").speaker.as_deref(),
        Some("Tomasz Wrona")
    );
}

#[test]
fn a_modal_inside_reported_speech_does_not_make_the_quotation_imagined() {
    let ev = extract(&format!(
        "{LEAD}A spokeswoman for the Harbour Pilots Guild said it would not respond to “idle \
talk from the owners' lawyers”.\n"
    ));
    assert!(
        ev.quotes.iter().any(|q| q.text.starts_with("idle talk")),
        "{:?}",
        ev.quotes
    );
}

#[test]
fn a_group_named_after_the_with_a_group_noun_in_apposition_is_an_organisation() {
    let ev = extract(&format!(
        "{LEAD}Talks with the Hijos del Monte, a rebel group active in the highlands, resumed \
in Quito. The Colombian government's chief negotiator, Lucia Pardo, said progress was slow.\n"
    ));
    assert_eq!(actor(&ev, "Hijos del Monte").kind, ActorKind::Organization);
    assert_eq!(
        actor(&ev, "Lucia Pardo").affiliation.as_deref(),
        Some("Colombia")
    );
}

#[test]
fn a_body_named_like_an_event_that_acts_is_an_organisation() {
    let ev = extract(&format!(
        "{LEAD}The Baltic Grain Forum welcomed the decision.\n\n\
“Farmers have waited long enough,” said its chairman, Aivars Ozols.\n"
    ));
    assert_eq!(
        actor(&ev, "Baltic Grain Forum").kind,
        ActorKind::Organization
    );
    assert_eq!(
        actor(&ev, "Aivars Ozols").affiliation.as_deref(),
        Some("Baltic Grain Forum")
    );
    // An event stays an event.
    let ev = extract(&format!(
        "{LEAD}Delegates met at the Baltic Grain Forum in Riga.\n"
    ));
    assert!(
        !names(&ev).contains(&"Baltic Grain Forum"),
        "{:?}",
        names(&ev)
    );
}

#[test]
fn someone_who_chairs_the_unions_committee_is_on_the_unions_side() {
    let ev = extract(&format!(
        "{LEAD}Members of the Allied Bakery Workers Union stopped work at dawn. Rosa Quintero, \
who chairs the union's strike committee, said they would stay out.\n"
    ));
    assert_eq!(
        actor(&ev, "Rosa Quintero").affiliation.as_deref(),
        Some("Allied Bakery Workers Union")
    );
}

#[test]
fn well_known_office_holders_take_their_side_only_when_the_article_gives_none() {
    let ev = extract(&format!(
        "{LEAD}On Monday, Recep Tayyip Erdogan said the corridor would reopen. Maria Lopez, a \
spokeswoman for the Mexican government, said Claudia Sheinbaum would attend.\n"
    ));
    assert_eq!(
        actor(&ev, "Recep Tayyip Erdogan").affiliation.as_deref(),
        Some("Turkey")
    );
    assert_eq!(
        actor(&ev, "Claudia Sheinbaum").affiliation.as_deref(),
        Some("Mexico")
    );
    // A side the article states wins over the table.
    let ev = extract(&format!(
        "{LEAD}The Canadian engineer Hamid Putin said the bridge was safe.\n"
    ));
    assert_eq!(
        actor(&ev, "Hamid Putin").affiliation.as_deref(),
        Some("Canada")
    );
}

#[test]
fn his_chief_of_staff_is_on_the_side_of_the_person_named_first() {
    let ev = extract(&format!(
        "{LEAD}Estonian President Alar Karis said he had asked his chief of staff, Mari Tamm, \
to lead the delegation.\n"
    ));
    assert_eq!(
        actor(&ev, "Mari Tamm").affiliation.as_deref(),
        Some("Estonia")
    );
}

#[test]
fn a_camel_case_brand_is_an_organisation_but_a_mc_name_is_a_person() {
    let ev = extract(&format!(
        "{LEAD}One broadcaster, PitchVision, said it would hold back its payment. Senator \
Ron DeSantis and Mayor Ellen McDonald said nothing.\n"
    ));
    assert_eq!(actor(&ev, "PitchVision").kind, ActorKind::Organization);
    assert_eq!(actor(&ev, "Ron DeSantis").kind, ActorKind::Person);
    assert_eq!(actor(&ev, "Ellen McDonald").kind, ActorKind::Person);
}

#[test]
fn romance_of_particles_inside_organisation_names_and_teaching_at_a_body() {
    let ev = extract(&format!(
        "{LEAD}The Sindicato dos Estivadores do Porto called a strike. Its president, Rui \
Almeida, said the port would close. Ana Costa, who teaches at the Porto Institute of \
Maritime Law, said the strike was legal.\n"
    ));
    let n = names(&ev);
    assert!(n.contains(&"Sindicato dos Estivadores do Porto"), "{n:?}");
    assert_eq!(
        actor(&ev, "Rui Almeida").affiliation.as_deref(),
        Some("Sindicato dos Estivadores do Porto")
    );
    assert_eq!(
        actor(&ev, "Ana Costa").affiliation.as_deref(),
        Some("Porto Institute of Maritime Law")
    );
}

#[test]
fn the_company_that_opens_a_sentence_speaks_in_its_later_clauses() {
    let ev = extract(&format!(
        "{LEAD}Staff at the ferry operator were told by the public broadcaster NTV that pay \
talks had failed, and the logistics company Marlow Freight confirmed it.\n\n\
The company said in a statement that it had offered 4 percent, and accused the union of \
“blackmailing the islands”.\n"
    ));
    assert_eq!(
        quote(&ev, "blackmailing").speaker.as_deref(),
        Some("Marlow Freight")
    );
}
