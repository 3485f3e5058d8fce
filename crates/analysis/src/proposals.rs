//! Utilities and acceptability of concrete proposals.

use serde::Serialize;

use crate::table::{UtilityTable, UTILITY_TOLERANCE};

/// What a proposal settles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalTerms {
    /// Option per issue; `None` for an issue the proposal leaves open.
    Deal(Vec<Option<u32>>),
    /// No agreement: every party gets its reservation value.
    NoDeal,
}

/// A proposal's value to every party.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposalEvaluation {
    /// Utility per party. An issue the proposal leaves open contributes the mean of its options'
    /// values (every settlement equally likely); see `worst` and `best` for the spread.
    pub utilities: Vec<f64>,
    /// Utility per party if every open issue were settled at that party's worst option.
    pub worst: Vec<f64>,
    /// ... and at its best option.
    pub best: Vec<f64>,
    /// `utilities[p] >= reservation[p]` (within 1e-9).
    pub acceptable: Vec<bool>,
    /// Acceptable even in the worst case of the open issues.
    pub acceptable_for_sure: Vec<bool>,
    /// Indices of the issues left open.
    pub open_issues: Vec<usize>,
}

impl ProposalEvaluation {
    pub fn acceptable_to_all(&self) -> bool {
        self.acceptable.iter().all(|a| *a)
    }
}

/// Evaluates `terms` for every party of `table`.
pub fn evaluate_proposal(table: &UtilityTable, terms: &ProposalTerms) -> ProposalEvaluation {
    let n = table.parties();
    let r = table.reservations();
    let (utilities, worst, best, open_issues) = match terms {
        ProposalTerms::NoDeal => (r.to_vec(), r.to_vec(), r.to_vec(), Vec::new()),
        ProposalTerms::Deal(choice) => {
            let mut u = vec![0.0; n];
            let mut lo = vec![0.0; n];
            let mut hi = vec![0.0; n];
            let mut open = Vec::new();
            for (i, c) in choice.iter().enumerate() {
                match c {
                    Some(o) => {
                        for p in 0..n {
                            let x = table.partial(p, i, *o as usize);
                            u[p] += x;
                            lo[p] += x;
                            hi[p] += x;
                        }
                    }
                    None => {
                        open.push(i);
                        for p in 0..n {
                            u[p] += table.issue_mean(p, i);
                            lo[p] += table.issue_min(p, i);
                            hi[p] += table.issue_max(p, i);
                        }
                    }
                }
            }
            (u, lo, hi, open)
        }
    };
    let acceptable = (0..n)
        .map(|p| utilities[p] >= r[p] - UTILITY_TOLERANCE)
        .collect();
    let acceptable_for_sure = (0..n)
        .map(|p| worst[p] >= r[p] - UTILITY_TOLERANCE)
        .collect();
    ProposalEvaluation {
        utilities,
        worst,
        best,
        acceptable,
        acceptable_for_sure,
        open_issues,
    }
}
