//! Stakeholders from a detente scenario (`[[stakeholders.actors]]`), with the uncertainty of
//! their estimates for Monte Carlo.
use crate::input::{IssueScale, SourceFormat, Stakeholders, Stance};
use crate::montecarlo::{Spread, Uncertainty};
use crate::output::{ScaleLabels, ScaleOption};
use detente_model::{Estimate, Scenario};

fn spread(e: &Estimate) -> Spread {
    match e.uncertainty {
        None => Spread::Exact,
        Some(detente_model::Uncertainty::Sd(sd)) => Spread::Sd(sd),
        Some(detente_model::Uncertainty::Range { lo, hi }) => Spread::Range(lo, hi),
    }
}

/// The scenario's stakeholder table (one forecast issue per issue any actor has a position
/// on, in order of first appearance in `[[issues]]`, then the others by name), or `None`
/// when the scenario has no stakeholders.
pub fn from_scenario(sc: &Scenario) -> Option<(Stakeholders, Uncertainty)> {
    let st = sc.stakeholders.as_ref()?;
    if st.actors.is_empty() {
        return None;
    }
    let mut issue_ids: Vec<String> = sc
        .issues
        .iter()
        .map(|i| i.id.clone())
        .filter(|id| st.actors.iter().any(|a| a.positions.contains_key(id)))
        .collect();
    for a in &st.actors {
        for id in a.positions.keys() {
            if !issue_ids.contains(id) {
                issue_ids.push(id.clone());
            }
        }
    }
    let issues: Vec<IssueScale> = issue_ids
        .iter()
        .map(|id| {
            let (lo, hi) = st.scales.get(id).map_or((0.0, 100.0), |s| (s.min, s.max));
            IssueScale {
                name: id.clone(),
                lower: lo,
                upper: hi,
            }
        })
        .collect();
    let ni = issues.len();
    let mut cells = Vec::with_capacity(st.actors.len() * ni);
    let mut unc = Uncertainty {
        capability: Vec::new(),
        position: Vec::new(),
        salience: Vec::new(),
    };
    for a in &st.actors {
        unc.capability.push(spread(&a.capability));
        for id in &issue_ids {
            match a.positions.get(id) {
                Some(p) => {
                    cells.push(Some(Stance {
                        position: p.position.value,
                        salience: p.salience.value.clamp(0.0, 1.0),
                        capability: a.capability.value.max(0.0),
                    }));
                    unc.position.push(spread(&p.position));
                    unc.salience.push(spread(&p.salience));
                }
                None => {
                    cells.push(None);
                    unc.position.push(Spread::Exact);
                    unc.salience.push(Spread::Exact);
                }
            }
        }
    }
    let data = Stakeholders {
        title: Some(sc.meta.title.clone()).filter(|t| !t.is_empty()),
        actors: st
            .actors
            .iter()
            .map(|a| {
                if a.name.is_empty() {
                    a.id.clone()
                } else {
                    a.name.clone()
                }
            })
            .collect(),
        issues,
        capability: st
            .actors
            .iter()
            .map(|a| a.capability.value.max(0.0))
            .collect(),
        cells,
        salience_scale: 1.0,
        smp: None,
        format: SourceFormat::Scenario,
    };
    Some((data, unc))
}

/// Each issue's scale in the scenario's words (`[stakeholders.scales.ISSUE]`): its ends
/// (`low`, `high`) and the options placed on it, labelled as the issue's `[[issues]]`
/// entry labels them. Issues with no scale entry get the default 0..100 with no words.
pub fn scale_labels(sc: &Scenario) -> Vec<(String, ScaleLabels)> {
    let Some(st) = sc.stakeholders.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (id, s) in &st.scales {
        let issue = sc.issue(id);
        let mut options: Vec<ScaleOption> = s
            .options
            .iter()
            .map(|(oid, &position)| {
                let label = issue
                    .and_then(|i| i.options().iter().find(|o| o.id == *oid))
                    .map(|o| o.label.clone())
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| oid.clone());
                ScaleOption {
                    id: oid.clone(),
                    label,
                    position,
                }
            })
            .collect();
        options.sort_by(|a, b| a.position.total_cmp(&b.position));
        out.push((
            id.clone(),
            ScaleLabels {
                min: s.min,
                max: s.max,
                low: s.low.clone(),
                high: s.high.clone(),
                options,
            },
        ));
    }
    out
}
