//! From a loaded scenario to the linker's lexicon.

use crate::lexicon::{IssueTerms, OptionTerms, PartyTerms, ScenarioTerms};
use detente_model::{Scenario, ValueFunction};
use std::collections::BTreeMap;

/// The parties (with aliases and option values), issues (with keywords) and options
/// (with labels) of a scenario. Numeric issues keep their name and keywords and have no
/// options, so statements link to them at the issue level only.
pub fn scenario_terms(s: &Scenario) -> ScenarioTerms {
    ScenarioTerms {
        parties: s
            .parties
            .iter()
            .map(|p| {
                let mut values: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
                if let Some(prefs) = s.preferences.get(&p.id) {
                    for (issue, vf) in &prefs.values {
                        if let ValueFunction::Discrete(m) = vf {
                            values.insert(
                                issue.clone(),
                                m.iter().map(|(o, e)| (o.clone(), e.value)).collect(),
                            );
                        }
                    }
                }
                PartyTerms {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    aliases: p.aliases.clone(),
                    values,
                }
            })
            .collect(),
        issues: s
            .issues
            .iter()
            .map(|i| IssueTerms {
                id: i.id.clone(),
                name: i.name.clone(),
                keywords: i.keywords.clone(),
                options: i
                    .options()
                    .iter()
                    .map(|o| OptionTerms {
                        id: o.id.clone(),
                        label: o.label.clone(),
                        keywords: o.keywords.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}
