//! The compromise model: on each issue the forecast is the capability × salience weighted
//! mean of the positions (Achen's compromise model, the read-out most forecasting tools
//! use); the weighted median is reported beside it.
use crate::output::{ActorValues, Forecast, IssueForecast, RoundState};
use crate::Stakeholders;

/// Σ c·s·x / Σ c·s; falls back to the unweighted mean when no actor carries weight.
pub fn weighted_mean(items: &[(f64, f64)]) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    for &(x, w) in items {
        num += w * x;
        den += w;
    }
    if den > 0.0 {
        num / den
    } else if items.is_empty() {
        f64::NAN
    } else {
        items.iter().map(|p| p.0).sum::<f64>() / items.len() as f64
    }
}

/// The smallest position at which the cumulative weight reaches half of the total (the
/// position a weighted majority cannot move in either direction). Unweighted when no actor
/// carries weight.
pub fn weighted_median(items: &[(f64, f64)]) -> f64 {
    if items.is_empty() {
        return f64::NAN;
    }
    let mut v: Vec<(f64, f64)> = items.to_vec();
    let total: f64 = v.iter().map(|p| p.1).sum();
    if total <= 0.0 {
        for p in &mut v {
            p.1 = 1.0;
        }
    }
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = v.iter().map(|p| p.1).sum();
    let mut acc = 0.0;
    for &(x, w) in &v {
        acc += w;
        if acc >= total / 2.0 - 1e-12 * total {
            return x;
        }
    }
    v[v.len() - 1].0
}

/// (position, c·s weight) of every actor present on an issue.
pub(crate) fn issue_items(data: &Stakeholders, issue: usize) -> Vec<(String, f64, f64)> {
    (0..data.n_actors())
        .filter_map(|a| {
            data.cell(a, issue).map(|c| {
                (
                    data.actors[a].clone(),
                    c.position,
                    c.capability * c.salience,
                )
            })
        })
        .collect()
}

/// The single-round forecast of every issue.
pub fn forecast(data: &Stakeholders) -> Forecast {
    let issues = (0..data.n_issues())
        .map(|i| {
            let items = issue_items(data, i);
            let xw: Vec<(f64, f64)> = items.iter().map(|t| (t.1, t.2)).collect();
            IssueForecast {
                scale: None,
                outcome: None,
                issue: data.issues[i].name.clone(),
                rounds: vec![RoundState {
                    round: 0,
                    mean: weighted_mean(&xw),
                    median: weighted_median(&xw),
                    positions: ActorValues(items.into_iter().map(|t| (t.0, t.1)).collect()),
                }],
                moves: Vec::new(),
                risk_exponents: Vec::new(),
                distribution: None,
            }
        })
        .collect();
    Forecast::new("compromise", issues)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed() {
        // weights 0.08*0.8=0.064 at 4, 0.16*0.6=0.096 at 10, 0.05*0.1=0.005 at 7
        let xw = [(4.0, 0.064), (10.0, 0.096), (7.0, 0.005)];
        let m = weighted_mean(&xw);
        assert!((m - (0.256 + 0.96 + 0.035) / 0.165).abs() < 1e-12);
        assert_eq!(weighted_median(&xw), 10.0);
        assert_eq!(weighted_median(&[(1.0, 1.0), (2.0, 1.0), (3.0, 1.0)]), 2.0);
    }
}
