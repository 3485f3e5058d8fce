//! The native part of the Python package `detente` (`detente._detente`): thin PyO3 bindings
//! over the library crates. Every computation is the crates' own; this crate converts
//! arguments and results, releases the GIL around long work (`Python::detach`) and turns the
//! crates' typed errors into Python exceptions carrying the same messages.

use pyo3::prelude::*;

mod convert;
mod errors;
mod forecast;
mod scenario;
mod store;
mod text;

#[pymodule]
fn _detente(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DetenteError", py.get_type::<errors::DetenteError>())?;
    m.add("ScenarioError", py.get_type::<errors::ScenarioError>())?;
    m.add("GeniusError", py.get_type::<errors::GeniusError>())?;
    m.add("AnalysisError", py.get_type::<errors::AnalysisError>())?;
    m.add("ForecastError", py.get_type::<errors::ForecastError>())?;
    m.add("StoreError", py.get_type::<errors::StoreError>())?;
    m.add("TextError", py.get_type::<errors::TextError>())?;
    m.add_class::<scenario::PyScenario>()?;
    m.add_class::<scenario::PyFrontier>()?;
    m.add_class::<store::PyStore>()?;
    m.add_function(wrap_pyfunction!(forecast::forecast, m)?)?;
    m.add_function(wrap_pyfunction!(text::extract, m)?)?;
    m.add_function(wrap_pyfunction!(text::extract_files, m)?)?;
    Ok(())
}
