//! Entities: a person named after a role and the place the role is held in.

use super::*;

impl Extractor {
    /// `role_in_place_then_name`: a name `s..t1` of two or three words set off by a comma
    /// right after a place ("in Hesse", "from Lyon": one to three capitalised words after
    /// "in", "from" or "at") that follows a lower-case role within three words, itself
    /// right after a reporting verb and at most a determiner ("said its spokesman in Hesse,
    /// NAME.", "told the union's organiser in Leeds, NAME, that ..."), is the person who
    /// spoke, not part of the place. The name closes the sentence or a comma follows it.
    pub(crate) fn role_in_place_then_name(&self, doc: &Doc, s: usize, t1: usize) -> bool {
        let n = doc.toks.len();
        if !(2..=3).contains(&(t1 - s)) || s < 5 || !doc.is(s - 1, ",") {
            return false;
        }
        if t1 < n && !(doc.is(t1, ".") || doc.is(t1, ",")) {
            return false;
        }
        // Back over the place.
        let mut k = s - 1;
        let mut place = 0;
        while k > 0 && doc.toks[k - 1].word && doc.toks[k - 1].cap && place < 3 {
            k -= 1;
            place += 1;
        }
        if place == 0 || k == 0 || !doc.lower_is(k - 1, &["in", "from", "at"]) {
            return false;
        }
        // Back over the role to its head and the reporting verb before it.
        let p = k - 1;
        let lo = p.saturating_sub(4);
        let Some(head) = (lo..p)
            .rev()
            .find(|&j| doc.has(j, F_HEAD) && !doc.toks[j].cap)
        else {
            return false;
        };
        let mut b = head;
        while b > 0
            && head - b < 3
            && doc.toks[b - 1].word
            && !doc.toks[b - 1].cap
            && !doc.has(b - 1, F_CUE)
        {
            b -= 1;
        }
        b > 0 && doc.has(b - 1, F_CUE) && self.is_cue(doc, b - 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::offices::tests::actors;

    #[test]
    fn role_in_place_then_name() {
        let v = actors(
            "\"Two days is not enough,\" said its spokesman in Hesse, Wolfgang Reuter-Kling.\n",
        );
        assert!(
            v.iter().any(|a| a.name == "Wolfgang Reuter-Kling"),
            "{v:#?}"
        );
        // A place after a place stays a place.
        let v = actors("The plant is in Dayton, Ohio Valley.\n");
        assert!(v.iter().all(|a| a.name != "Ohio Valley"), "{v:#?}");
    }
}
