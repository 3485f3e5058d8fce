//! Unit tests of the merge rules (kept apart from `aliases.rs` for its length).
use super::*;

fn p(name: &str) -> PersonName {
    PersonName::parse(name).unwrap()
}

fn o(name: &str) -> OrgName {
    OrgName::parse(name).unwrap()
}

#[test]
fn stems_and_edits() {
    assert_eq!(p("Zelensky").stem, p("ZELENSKYY").stem);
    assert_eq!(p("Zelenskiy").stem, p("Zelenský").stem);
    assert_eq!(p("Dmitry Peskov").given, p("Dmitriy Peskov").given);
    assert_ne!(p("Olena Zelenska").given, p("Volodymyr Zelensky").given);
    assert!(one_edit_apart("arakhamia", "arakhamiya"));
    assert!(one_edit_apart("abcdef", "abcxef"));
    assert!(!one_edit_apart("abcdef", "abcdef"));
    assert!(!one_edit_apart("abcdef", "abxyef"));
    let king = p("Martin Luther King Jr.");
    assert_eq!(
        (king.surname.as_str(), king.suffix.as_str()),
        ("king", "jr")
    );
    assert!(!p("Donald Trump").same_as(&p("Donald Trump Jr.")));
    assert!(!p("Donald Trump").given_fit(&p("Donald Trump Jr.")));
    assert!(!p("Robert F. Kennedy").given_fit(&p("Robert F. Kennedy Jr.")));
    assert!(p("Robert Kennedy Jr.").given_fit(&p("Robert F. Kennedy Jr.")));
    assert!(p("Kennedy").given_fit(&p("Robert F. Kennedy Jr.")));
    assert!(PersonName::parse("Speaker42 Family42").is_none());
    assert!(PersonName::parse(&"Ab".repeat(500)).is_none());
    assert!(OrgName::parse(&"Union ".repeat(100)).is_none());
}

#[test]
fn given_names_initials_particles() {
    let same = |a: &str, b: &str| p(a).same_as(&p(b));
    assert!(same("Volodymyr Zelensky", "Vladimir Zelensky"));
    assert!(same("Dmytro Kuleba", "Dmitry Kuleba"));
    assert!(same("Oleksandr Syrskyi", "Alexander Syrsky"));
    assert!(same("Serhiy Kyslytsya", "Sergey Kyslytsya"));
    assert!(same("Olena Zelenska", "Yelena Zelenska"));
    assert!(!same("Volodymyr Zelensky", "Vladislav Zelensky"));
    assert!(!same("V. Zelensky", "Volodymyr Zelensky"));
    let vance = p("J.D. Vance");
    assert_eq!(
        vance.given,
        vec![GivenName::Initial('j'), GivenName::Initial('d')]
    );
    assert_eq!(p("JD Vance").given, vance.given);
    assert!(vance.given_fit(&p("James David Vance")));
    assert!(!vance.given_fit(&p("James Vance")));
    assert!(!p("James Vance").given_fit(&vance));
    // All capitals: a short given name is a name, not initials.
    assert_eq!(p("ALI KHAMENEI").given.len(), 1);
    assert!(p("Recep Erdogan").given_fit(&p("Recep Tayyip Erdogan")));
    // Middle names are compared in place: W. is not H.
    assert!(!p("George W. Bush").given_fit(&p("George H. W. Bush")));
    assert!(p("George Bush").given_fit(&p("George H. W. Bush")));
    assert_eq!(
        p("Jean-Pierre Raffarin").given,
        p("Jean Pierre Raffarin").given
    );
    // Particles stay with the surname; the Arabic article is left out.
    let leyen = p("Ursula von der Leyen");
    assert_eq!(
        (leyen.surname.as_str(), leyen.given.len()),
        ("vonderleyen", 1)
    );
    assert_eq!(p("von der Leyen").surname, "vonderleyen");
    assert!(p("von der Leyen").given.is_empty());
    assert_eq!(p("Abdel Fattah el-Sisi").surname, "sisi");
    assert_eq!(p("Abdel Fattah al Sisi").surname, "sisi");
    let thani = p("Mohammed bin Abdulrahman Al Thani");
    assert_eq!((thani.surname.as_str(), thani.given.len()), ("thani", 2));
    assert_eq!(p("Al Gore").given.len(), 1);
    assert_eq!(p("Zelensky's").surname, "zelensky");
}

#[test]
fn transliteration_families_do_not_overlap() {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (row, line) in include_str!("../../data/given_names.txt")
        .lines()
        .enumerate()
    {
        let line = line.split('#').next().unwrap_or_default();
        for word in line.split_whitespace() {
            let stem = surname_stem(&folded_letters(word));
            if let Some(other) = seen.insert(stem.clone(), row) {
                assert_eq!(other, row, "{word} ({stem}) is on two rows");
            }
        }
    }
    assert!(seen.len() > 100);
}

#[test]
fn organisation_names() {
    assert_eq!(o("The IAM").key, o("IAM").key);
    assert_eq!(
        o("Machinists & Aerospace Workers").key,
        o("machinists and aerospace workers").key
    );
    assert_eq!(o("NATO's").acronym.as_deref(), Some("nato"));
    assert_eq!(o("Nato").acronym.as_deref(), Some("nato"));
    assert_eq!(o("U.N.").acronym.as_deref(), Some("un"));
    assert_eq!(o("Gazprom").acronym.as_deref(), Some("gazprom"));
    assert_eq!(o("Eta").acronym, None);
    assert_eq!(o("G7").acronym, None);
    assert_ne!(o("Group of 7").key, o("Group of 77").key);
    assert!(o("Group of 77").initials.is_empty());
    assert_eq!(
        o("the International Association of Machinists").initials,
        ["iaom", "iam"]
    );
    assert_eq!(
        o("International Association of Machinists and Aerospace Workers").initials,
        ["iaomaaw", "iamaw"]
    );
    assert_eq!(o("North Atlantic Treaty Organization").initials, ["nato"]);
}

#[test]
fn one_edit_always_shares_a_block() {
    let pairs = [
        ("Arakhamia", "Arakhamiya"),
        ("Medinsky", "Medinskiy"),
        ("Stoltenberg", "Stoltemberg"),
        ("Kushner", "Kuschner"),
    ];
    for (a, b) in pairs {
        let (a, b) = (p(a), p(b));
        let shared = a.blocks().iter().any(|x| b.blocks().contains(x));
        assert!(shared, "{a:?} {b:?}");
    }
}
