//! Entities: bodies that speak for their own members.

use super::*;

/// `members_body_is_its_own_side`: a body whose name is headed by a member-body word
/// (`data/member_body_words.txt`: a union, an association, a federation or league of firms
/// or clubs, a chamber, a guild) and that is no state organ speaks for its members. It is a
/// party of its own even when its name holds a country or a nationality, which only says
/// where its members are: `head` is the head word of the name `name`.
pub(crate) fn members_body_is_its_own_side(name: &str, head: &str) -> bool {
    let head = head.to_lowercase();
    crate::wordlists::member_body_words().contains(&head.as_str())
        && !state_side_body(name)
        && !super::propagate::state_body_by_name(name)
}

#[cfg(test)]
mod tests {
    use super::members_body_is_its_own_side;
    use crate::extract::entities::offices::tests::{actors, side};

    #[test]
    fn a_union_named_after_its_country_is_its_own_side() {
        let v = actors(
            "The Kenya Dock Workers Union said on Monday its members would strike. \
             \"Enough,\" said union leader Tomas Varga.\n",
        );
        assert_eq!(
            side(&v, "Kenya Dock Workers Union"),
            Some("Kenya Dock Workers Union")
        );
        assert_eq!(side(&v, "Tomas Varga"), Some("Kenya Dock Workers Union"));
    }

    #[test]
    fn a_guild_of_a_country_and_a_national_association_are_their_own_sides() {
        let v = actors(
            "The Screen Guild of Canada rejected the draft on Friday. The Mexican Association \
             of Apple Growers backed it.\n",
        );
        assert_eq!(
            side(&v, "Screen Guild of Canada"),
            Some("Screen Guild of Canada")
        );
        assert_eq!(
            side(&v, "Mexican Association of Apple Growers"),
            Some("Mexican Association of Apple Growers")
        );
    }

    #[test]
    fn a_state_organ_keeps_its_country() {
        assert!(!members_body_is_its_own_side(
            "Ministry of Labour",
            "ministry"
        ));
        assert!(!members_body_is_its_own_side(
            "Ruritania Border Police",
            "police"
        ));
        assert!(members_body_is_its_own_side(
            "Ruritania Hauliers Federation",
            "Federation"
        ));
    }
}
