//! `Scenario` and `Frontier`: a loaded scenario with its numeric core, and an exact Pareto
//! frontier computed on it.

use std::path::PathBuf;
use std::sync::Arc;

use detente_analysis::scenario_analysis::{NashShare, ProposalRobustness, RobustnessReport};
use detente_analysis::{
    analyze_scenario, bargaining_solutions, pareto_frontier, robustness, scenario_table,
    AnalysisOptions, FrontierLimits, ParetoFrontier, RobustnessConfig, ScenarioTable, Solution,
};
use detente_model::{genius, LoadOptions, Scenario};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::convert::to_py;
use crate::errors;

/// Tolerance for matching a number to a point of a numeric issue's grid.
const GRID_MATCH: f64 = 1e-9;

/// A negotiation scenario: parties, issues with their options, each party's weights, values
/// and walk-away (reservation) utility, proposals and stakeholders.
#[pyclass(module = "detente._detente", name = "Scenario", frozen)]
pub struct PyScenario {
    scenario: Scenario,
    table: Arc<ScenarioTable>,
    warnings: Vec<String>,
    name: String,
}

impl PyScenario {
    fn build(
        py: Python<'_>,
        scenario: Scenario,
        warnings: Vec<String>,
        name: String,
    ) -> PyResult<Self> {
        let table = scenario_table(&scenario).map_err(|e| errors::analysis(py, e))?;
        Ok(PyScenario {
            scenario,
            table: Arc::new(table),
            warnings,
            name,
        })
    }

    fn from_loaded(
        py: Python<'_>,
        r: Result<detente_model::Loaded, detente_model::ScenarioError>,
        name: String,
    ) -> PyResult<Self> {
        let loaded = r.map_err(|e| errors::scenario(py, e))?;
        let warnings = loaded.warnings.iter().map(|w| w.to_string()).collect();
        Self::build(py, loaded.scenario, warnings, name)
    }

    fn party_indices(&self, parties: Option<Vec<String>>) -> PyResult<Vec<usize>> {
        let ids = &self.table.dense.parties;
        match parties {
            None => Ok((0..ids.len()).collect()),
            Some(list) => {
                if list.is_empty() {
                    return Err(errors::value("parties: give at least one party id"));
                }
                let mut out = Vec::with_capacity(list.len());
                for p in list {
                    match ids.iter().position(|x| *x == p) {
                        Some(i) if !out.contains(&i) => out.push(i),
                        Some(_) => {
                            return Err(errors::value(format!("party \"{p}\" is named twice")))
                        }
                        None => {
                            return Err(errors::value(format!(
                                "no party \"{p}\" (parties: {})",
                                ids.join(", ")
                            )))
                        }
                    }
                }
                Ok(out)
            }
        }
    }

    /// The option index on `issue` that a Python value names: an option id or label (str), or
    /// a number (a point of a numeric issue's grid, or a discrete option whose id is that
    /// number).
    fn option_index(&self, issue: usize, item: &Bound<'_, PyAny>) -> PyResult<u32> {
        let dense = &self.table.dense;
        let opts = &dense.options[issue];
        let known = || {
            opts.iter()
                .map(|o| o.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Ok(s) = item.cast::<PyString>() {
            let s: String = s.extract()?;
            let s = s.as_str();
            let found = opts
                .iter()
                .position(|o| o.id == s)
                .or_else(|| opts.iter().position(|o| o.label == s));
            return found.map(|k| k as u32).ok_or_else(|| {
                errors::value(format!(
                    "issue \"{}\" has no option \"{s}\" (options: {})",
                    dense.issues[issue],
                    known()
                ))
            });
        }
        if item.is_instance_of::<pyo3::types::PyBool>() {
            return Err(errors::value(format!(
                "issue \"{}\": an option is a str or a number, not a bool",
                dense.issues[issue]
            )));
        }
        if let Ok(x) = item.extract::<f64>() {
            let found = if opts.iter().any(|o| o.x.is_some()) {
                opts.iter().position(|o| {
                    o.x.is_some_and(|v| (v - x).abs() <= GRID_MATCH * v.abs().max(1.0))
                })
            } else {
                let id = if x.fract() == 0.0 && x.abs() < 1e15 {
                    format!("{}", x as i64)
                } else {
                    format!("{x}")
                };
                opts.iter().position(|o| o.id == id)
            };
            return found.map(|k| k as u32).ok_or_else(|| {
                errors::value(format!(
                    "issue \"{}\" has no option {x} (options: {})",
                    dense.issues[issue],
                    known()
                ))
            });
        }
        Err(errors::value(format!(
            "issue \"{}\": an option is a str or a number, not {}",
            dense.issues[issue],
            item.get_type().name()?
        )))
    }

    /// An outcome from a dict (issue id -> option) or a sequence (one option per issue, in
    /// issue order).
    fn parse_outcome(&self, obj: &Bound<'_, PyAny>) -> PyResult<Vec<u32>> {
        let issues = &self.table.dense.issues;
        if let Ok(d) = obj.cast::<PyDict>() {
            for k in d.keys() {
                let k: String = k.extract()?;
                if !issues.contains(&k) {
                    return Err(errors::value(format!(
                        "no issue \"{k}\" (issues: {})",
                        issues.join(", ")
                    )));
                }
            }
            return issues
                .iter()
                .enumerate()
                .map(|(i, id)| match d.get_item(id)? {
                    Some(item) => self.option_index(i, &item),
                    None => Err(errors::value(format!(
                        "the outcome gives no option for issue \"{id}\""
                    ))),
                })
                .collect();
        }
        if obj.is_instance_of::<PyString>() {
            return Err(errors::value(
                "an outcome is a dict (issue -> option) or a sequence of options, not a str",
            ));
        }
        let items: Vec<Bound<'_, PyAny>> = obj.try_iter()?.collect::<PyResult<_>>()?;
        if items.len() != issues.len() {
            return Err(errors::value(format!(
                "an outcome names one option per issue: {} given for {} issues ({})",
                items.len(),
                issues.len(),
                issues.join(", ")
            )));
        }
        items
            .iter()
            .enumerate()
            .map(|(i, item)| self.option_index(i, item))
            .collect()
    }

    fn check_indices(&self, outcome: &[u32]) -> PyResult<()> {
        let counts = self.table.table.option_counts();
        if outcome.len() != counts.len() {
            return Err(errors::value(format!(
                "an outcome has one option index per issue: {} given for {} issues",
                outcome.len(),
                counts.len()
            )));
        }
        for (i, (&o, &k)) in outcome.iter().zip(counts).enumerate() {
            if o as usize >= k {
                return Err(errors::value(format!(
                    "option index {o} is out of range for issue \"{}\" ({k} options)",
                    self.table.dense.issues[i]
                )));
            }
        }
        Ok(())
    }

    fn solutions_for(&self, py: Python<'_>, parties: &[usize]) -> PyResult<Vec<Solution>> {
        let table = self.table.clone();
        let parties = parties.to_vec();
        py.detach(move || {
            let sub = table.table.restrict_parties(&parties)?;
            let all: Vec<usize> = (0..sub.parties()).collect();
            let f = pareto_frontier(&sub, &all, FrontierLimits::default())?;
            Ok(bargaining_solutions(&f, sub.reservations()))
        })
        .map_err(|e| errors::analysis(py, e))
    }

    fn solution_dict<'py>(
        &self,
        py: Python<'py>,
        s: &Solution,
        parties: &[usize],
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("solution", s.kind.id())?;
        d.set_item("title", s.kind.title())?;
        d.set_item("definition", s.kind.definition())?;
        d.set_item("parties", self.party_ids(parties))?;
        d.set_item("utilities", &s.utilities)?;
        d.set_item("gains", &s.gains)?;
        d.set_item("objective", s.objective)?;
        d.set_item("outcome", outcome_dict(py, &self.table, &s.outcome)?)?;
        d.set_item("indices", &s.outcome)?;
        d.set_item("tied_vectors", s.tied_vectors)?;
        d.set_item("tied_outcomes", s.tied_outcomes)?;
        Ok(d)
    }

    fn party_ids(&self, parties: &[usize]) -> Vec<String> {
        parties
            .iter()
            .map(|&p| self.table.dense.parties[p].clone())
            .collect()
    }
}

/// An outcome as a dict issue id -> option id.
fn outcome_dict<'py>(
    py: Python<'py>,
    st: &ScenarioTable,
    outcome: &[u32],
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (i, &o) in outcome.iter().enumerate() {
        d.set_item(
            &st.dense.issues[i],
            st.dense.options[i].get(o as usize).map(|x| x.id.as_str()),
        )?;
    }
    Ok(d)
}

/// A Python value as TOML: dicts become tables, lists and tuples arrays, and str, bool, int
/// and float the TOML scalars (floats exactly, without a detour through decimal text).
fn py_to_toml(v: &Bound<'_, PyAny>, name: &str, at: &str) -> PyResult<toml::Value> {
    use pyo3::types::{PyBool, PyFloat, PyInt, PyTuple};
    let here = || {
        if at.is_empty() {
            "the top level".to_string()
        } else {
            at.to_string()
        }
    };
    if let Ok(d) = v.cast::<PyDict>() {
        let mut t = toml::map::Map::new();
        for (k, x) in d.iter() {
            let k: String = k
                .extract()
                .map_err(|_| errors::value(format!("{name}: a key at {} is not a str", here())))?;
            let path = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            t.insert(k, py_to_toml(&x, name, &path)?);
        }
        return Ok(toml::Value::Table(t));
    }
    if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
        let items = v
            .try_iter()?
            .enumerate()
            .map(|(i, x)| py_to_toml(&x?, name, &format!("{}[{i}]", here())))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(toml::Value::Array(items));
    }
    if v.is_instance_of::<PyBool>() {
        return Ok(toml::Value::Boolean(v.extract()?));
    }
    if v.is_instance_of::<PyInt>() {
        return v.extract::<i64>().map(toml::Value::Integer).map_err(|_| {
            errors::value(format!(
                "{name}: the integer at {} does not fit in 64 bits",
                here()
            ))
        });
    }
    if v.is_instance_of::<PyFloat>() {
        return Ok(toml::Value::Float(v.extract()?));
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(toml::Value::String(s.extract()?));
    }
    Err(errors::value(format!(
        "{name}: {} holds a {}, which a scenario cannot (dict, list, str, int, float, bool)",
        here(),
        v.get_type().name()?
    )))
}

fn path_list(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(p) = paths.extract::<PathBuf>() {
        return Ok(vec![p]);
    }
    paths
        .extract::<Vec<PathBuf>>()
        .map_err(|_| errors::value("give a path (str or os.PathLike) or a list of paths"))
}

#[pymethods]
impl PyScenario {
    /// Loads a scenario TOML file (docs/scenario.md). `normalize` rescales weights that do
    /// not sum to 1 instead of failing.
    #[staticmethod]
    #[pyo3(signature = (path, *, normalize = false))]
    fn load(py: Python<'_>, path: PathBuf, normalize: bool) -> PyResult<Self> {
        let opts = LoadOptions {
            normalize_weights: normalize,
        };
        let name = path.display().to_string();
        let r = py.detach(|| Scenario::load_with(&path, opts));
        Self::from_loaded(py, r, name)
    }

    /// Parses scenario TOML text; `name` is the file name used in error messages.
    #[staticmethod]
    #[pyo3(signature = (text, name = "<string>", *, normalize = false))]
    fn from_toml(py: Python<'_>, text: &str, name: &str, normalize: bool) -> PyResult<Self> {
        let opts = LoadOptions {
            normalize_weights: normalize,
        };
        Self::from_loaded(
            py,
            Scenario::from_toml_str_with(text, name, opts),
            name.to_string(),
        )
    }

    /// Builds a scenario from a dict in the layout of the scenario file (the TOML tables as
    /// dicts and lists). It is written as TOML and loaded, so it is validated exactly like a
    /// file; error positions refer to that TOML text (`Scenario.to_toml` of the result shows
    /// the same layout).
    #[staticmethod]
    #[pyo3(signature = (data, name = "<dict>", *, normalize = false))]
    fn from_dict(
        py: Python<'_>,
        data: &Bound<'_, PyDict>,
        name: &str,
        normalize: bool,
    ) -> PyResult<Self> {
        let value = py_to_toml(data.as_any(), name, "")?;
        let toml_text = toml::to_string(&value)
            .map_err(|e| errors::value(format!("{name}: cannot be written as TOML: {e}")))?;
        Self::from_toml(py, &toml_text, name, normalize)
    }

    /// Imports a GENIUS domain: a folder holding the domain XML and one profile per party, or
    /// the files themselves (docs/genius.md).
    #[staticmethod]
    fn from_genius(py: Python<'_>, paths: &Bound<'_, PyAny>) -> PyResult<Self> {
        let paths = path_list(paths)?;
        let name = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let scenario = py
            .detach(|| genius::import_paths(&paths))
            .map_err(|e| errors::genius(py, e))?;
        Self::build(py, scenario, Vec::new(), name)
    }

    /// The scenario as TOML text (the file format).
    fn to_toml(&self) -> PyResult<String> {
        self.scenario
            .to_toml_string()
            .map_err(|e| errors::value(format!("cannot write the scenario as TOML: {e}")))
    }

    /// The scenario as a dict in the layout of the file format.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.scenario)
    }

    #[getter]
    fn name(&self) -> &str {
        &self.name
    }
    #[getter]
    fn title(&self) -> &str {
        &self.scenario.meta.title
    }
    /// Warnings from loading (e.g. GENIUS weights that do not sum to 1).
    #[getter]
    fn warnings(&self) -> Vec<String> {
        self.warnings.clone()
    }
    /// Party ids, in scenario order (the order of every utility list).
    #[getter]
    fn parties(&self) -> Vec<String> {
        self.table.dense.parties.clone()
    }
    #[getter]
    fn party_names(&self) -> Vec<String> {
        self.scenario
            .parties
            .iter()
            .map(|p| p.name.clone())
            .collect()
    }
    /// Issue ids, in scenario order.
    #[getter]
    fn issues(&self) -> Vec<String> {
        self.table.dense.issues.clone()
    }
    /// Option ids per issue (numeric issues: the points of their analysis grid).
    #[getter]
    fn options(&self) -> Vec<Vec<String>> {
        self.table
            .dense
            .options
            .iter()
            .map(|o| o.iter().map(|x| x.id.clone()).collect())
            .collect()
    }
    #[getter]
    fn option_labels(&self) -> Vec<Vec<String>> {
        self.table
            .dense
            .options
            .iter()
            .map(|o| o.iter().map(|x| x.label.clone()).collect())
            .collect()
    }
    /// `weights[party][issue]`.
    #[getter]
    fn weights(&self) -> Vec<Vec<f64>> {
        self.table.dense.weights.clone()
    }
    /// `values[party][issue][option]`, each in [0, 1].
    #[getter]
    fn values(&self) -> Vec<Vec<Vec<f64>>> {
        self.table.dense.values.clone()
    }
    /// Each party's walk-away utility.
    #[getter]
    fn reservations(&self) -> Vec<f64> {
        self.table.dense.reservations.clone()
    }
    /// Proposal ids.
    #[getter]
    fn proposals(&self) -> Vec<String> {
        self.table
            .dense
            .proposals
            .iter()
            .map(|p| p.id.clone())
            .collect()
    }
    /// Number of complete outcomes (product of option counts).
    #[getter]
    fn outcome_count(&self) -> u128 {
        self.table.dense.outcome_count()
    }

    fn __repr__(&self) -> String {
        format!(
            "<detente.Scenario {:?}: {} parties, {} issues, {} outcomes>",
            if self.scenario.meta.title.is_empty() {
                &self.name
            } else {
                &self.scenario.meta.title
            },
            self.table.dense.parties.len(),
            self.table.dense.issues.len(),
            self.table.dense.outcome_count()
        )
    }

    /// Every party's utility of one outcome: a dict issue id -> option, or a sequence of
    /// options in issue order (option ids or labels; numbers for numeric issues).
    fn utility(&self, outcome: &Bound<'_, PyAny>) -> PyResult<Vec<f64>> {
        let o = self.parse_outcome(outcome)?;
        Ok(self.table.table.utilities(&o))
    }

    /// Utilities of many outcomes (each as for `utility`): one list per outcome.
    fn utilities(&self, py: Python<'_>, outcomes: &Bound<'_, PyAny>) -> PyResult<Vec<Vec<f64>>> {
        let parsed: Vec<Vec<u32>> = outcomes
            .try_iter()?
            .map(|o| self.parse_outcome(&o?))
            .collect::<PyResult<_>>()?;
        let table = self.table.clone();
        Ok(py.detach(move || parsed.iter().map(|o| table.table.utilities(o)).collect()))
    }

    /// Utilities of outcomes given as option indices (one int per issue).
    fn utilities_of_indices(
        &self,
        py: Python<'_>,
        indices: Vec<Vec<u32>>,
    ) -> PyResult<Vec<Vec<f64>>> {
        for o in &indices {
            self.check_indices(o)?;
        }
        let table = self.table.clone();
        Ok(py.detach(move || indices.iter().map(|o| table.table.utilities(o)).collect()))
    }

    /// The exact Pareto frontier of `parties` (ids; default all) over the whole outcome
    /// space, without enumerating it. The GIL is released while it is computed.
    #[pyo3(signature = (parties = None, *, max_points = None, max_comparisons = None))]
    fn frontier(
        &self,
        py: Python<'_>,
        parties: Option<Vec<String>>,
        max_points: Option<usize>,
        max_comparisons: Option<u64>,
    ) -> PyResult<PyFrontier> {
        let idx = self.party_indices(parties)?;
        let mut limits = FrontierLimits::default();
        if let Some(m) = max_points {
            limits.max_points = m;
        }
        if let Some(m) = max_comparisons {
            limits.max_comparisons = m;
        }
        let table = self.table.clone();
        let f = py
            .detach(|| pareto_frontier(&table.table, &idx, limits))
            .map_err(|e| errors::analysis(py, e))?;
        Ok(PyFrontier {
            party_ids: self.party_ids(&idx),
            frontier: f,
            table: self.table.clone(),
        })
    }

    /// The Nash, Kalai-Smorodinsky, egalitarian and utilitarian outcomes of bargaining
    /// between `parties` (ids; default all), keyed by solution id. Empty when no outcome is
    /// acceptable to all of them.
    #[pyo3(signature = (parties = None))]
    fn solutions<'py>(
        &self,
        py: Python<'py>,
        parties: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let idx = self.party_indices(parties)?;
        let sols = self.solutions_for(py, &idx)?;
        let d = PyDict::new(py);
        for s in &sols {
            d.set_item(s.kind.id(), self.solution_dict(py, s, &idx)?)?;
        }
        Ok(d)
    }

    /// The Nash bargaining solution between `parties` (default all), or `None` when no
    /// outcome is acceptable to all of them.
    #[pyo3(signature = (parties = None))]
    fn nash<'py>(
        &self,
        py: Python<'py>,
        parties: Option<Vec<String>>,
    ) -> PyResult<Option<Bound<'py, PyDict>>> {
        let idx = self.party_indices(parties)?;
        let sols = self.solutions_for(py, &idx)?;
        sols.iter()
            .find(|s| s.kind == detente_analysis::SolutionKind::Nash)
            .map(|s| self.solution_dict(py, s, &idx))
            .transpose()
    }

    /// Monte Carlo over the scenario's uncertain numbers (ranges and standard deviations):
    /// per proposal the share of draws in which each party, and every party, accepts; and how
    /// often each outcome is the Nash solution. Seeded and reproducible; runs in parallel with
    /// the GIL released.
    #[pyo3(signature = (draws = 2000, seed = 42, *, nash = true, node_budget = 2_000_000))]
    fn robustness<'py>(
        &self,
        py: Python<'py>,
        draws: u64,
        seed: u64,
        nash: bool,
        node_budget: u64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let st = self.table.clone();
        let config = RobustnessConfig {
            draws,
            seed,
            nash,
            nash_node_budget: node_budget,
        };
        let r = py
            .detach(|| robustness(&st.table, &st.uncertain, &st.proposals, config, None))
            .map_err(|e| errors::analysis(py, e))?;
        let report = RobustnessReport {
            draws: r.draws,
            seed: r.seed,
            uncertain_numbers: r.uncertain_numbers,
            proposals: st
                .dense
                .proposals
                .iter()
                .enumerate()
                .map(|(j, dp)| ProposalRobustness {
                    proposal: dp.id.clone(),
                    acceptance: r.acceptance[j].clone(),
                    acceptance_by_all: r.acceptance_by_all[j],
                })
                .collect(),
            nash_frequency: r
                .nash_frequency
                .iter()
                .map(|f| NashShare {
                    outcome: st.outcome_terms(&f.outcome),
                    draws: f.draws,
                    share: f.share,
                })
                .collect(),
            nash_undefined: r.nash_undefined,
        };
        let out = to_py(py, &report)?;
        out.set_item("parties", self.table.dense.parties.clone())?;
        Ok(out)
    }

    /// The whole analysis `detente analyze --format json` prints (docs/analysis-json.md), as
    /// a dict. The GIL is released while it runs.
    #[pyo3(signature = (*, draws = 2000, seed = 42, logrolls = 5, max_points = 2000, sample = 0, pair_frontiers = true))]
    #[allow(clippy::too_many_arguments)] // keyword arguments of the Python method
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        draws: u64,
        seed: u64,
        logrolls: usize,
        max_points: usize,
        sample: usize,
        pair_frontiers: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = AnalysisOptions {
            draws,
            seed,
            logrolls_per_proposal: logrolls,
            max_listed_points: max_points,
            sample,
            pair_frontiers,
            ..AnalysisOptions::default()
        };
        let a = py
            .detach(|| analyze_scenario(&self.scenario, &options, None))
            .map_err(|e| errors::analysis(py, e))?;
        to_py(py, &a)
    }

    /// A forecast from the scenario's `[[stakeholders.actors]]` (see `detente.forecast`).
    #[pyo3(signature = (model = "compromise", *, rounds = None, variant = "reference", draws = 0, seed = 1))]
    fn forecast<'py>(
        &self,
        py: Python<'py>,
        model: &str,
        rounds: Option<usize>,
        variant: &str,
        draws: usize,
        seed: u64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (data, unc) = detente_forecast::scenario::from_scenario(&self.scenario)
            .ok_or_else(|| {
                PyErr::new::<errors::ForecastError, _>(format!(
                    "{}: the scenario has no [[stakeholders.actors]] to forecast with (see docs/scenario.md)",
                    self.name
                ))
            })?;
        crate::forecast::run(
            py,
            &data,
            Some(unc),
            &detente_forecast::scenario::scale_labels(&self.scenario),
            model,
            rounds,
            variant,
            draws,
            seed,
            None,
        )
    }
}

/// The exact Pareto frontier of some parties: distinct non-dominated utility vectors, each
/// with one outcome reaching it and the number of outcomes that do.
#[pyclass(module = "detente._detente", name = "Frontier", frozen)]
pub struct PyFrontier {
    party_ids: Vec<String>,
    frontier: ParetoFrontier,
    table: Arc<ScenarioTable>,
}

#[pymethods]
impl PyFrontier {
    /// Party ids the utilities refer to, in order.
    #[getter]
    fn parties(&self) -> Vec<String> {
        self.party_ids.clone()
    }
    /// One utility list per point (sorted by the first party's utility, descending).
    #[getter]
    fn utilities(&self) -> Vec<Vec<f64>> {
        self.frontier
            .points
            .iter()
            .map(|p| p.utilities.clone())
            .collect()
    }
    /// One outcome per point, as option indices (one per issue).
    #[getter]
    fn indices(&self) -> Vec<Vec<u32>> {
        self.frontier
            .points
            .iter()
            .map(|p| p.outcome.clone())
            .collect()
    }
    /// One outcome per point, as a dict issue id -> option id.
    #[getter]
    fn outcomes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .frontier
            .points
            .iter()
            .map(|p| outcome_dict(py, &self.table, &p.outcome))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// How many outcomes reach each point.
    #[getter]
    fn multiplicities(&self) -> Vec<u64> {
        self.frontier
            .points
            .iter()
            .map(|p| p.multiplicity)
            .collect()
    }
    /// The points as records: `{"utilities": [...], "outcome": {...}, "outcomes": n}`.
    fn to_records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .frontier
            .points
            .iter()
            .map(|p| {
                let d = PyDict::new(py);
                d.set_item("utilities", &p.utilities)?;
                d.set_item("outcome", outcome_dict(py, &self.table, &p.outcome)?)?;
                d.set_item("outcomes", p.multiplicity)?;
                Ok(d)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    fn __len__(&self) -> usize {
        self.frontier.len()
    }
    fn __repr__(&self) -> String {
        format!(
            "<detente.Frontier of {}: {} points>",
            self.party_ids.join(", "),
            self.frontier.len()
        )
    }
}
