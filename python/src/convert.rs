//! Results to Python objects: anything `Serialize` becomes dicts, lists, strings, numbers,
//! booleans and `None`, with the field names and order of the JSON the command-line tool
//! prints.

use pyo3::prelude::*;
use serde::Serialize;

/// Any serialisable result as a Python object.
pub fn to_py<'py, T: Serialize + ?Sized>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, v).map_err(|e| {
        pyo3::exceptions::PyRuntimeError::new_err(format!("cannot convert a result: {e}"))
    })
}
