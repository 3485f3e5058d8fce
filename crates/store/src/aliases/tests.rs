//! Unit tests of the merge rules (kept apart from `aliases.rs` for its length).
use super::*;

fn p(name: &str) -> PersonName {
    PersonName::parse(name).unwrap()
}

fn o(name: &str) -> OrgName {
    OrgName::parse(name).unwrap()
}

#[test]
fn long_organisation_names_are_not_merged() {
    assert!(OrgName::parse(&"Union ".repeat(100)).is_none());
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
