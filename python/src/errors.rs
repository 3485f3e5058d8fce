//! The crates' typed errors as Python exceptions. The message is the error's own `Display`
//! text (the one `detente` prints), and where the error has a place in a file the exception
//! carries it as `file`, `line` and `column` attributes (`None` when not known).

use detente_model::{Diagnostic, Location, Severity};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;

create_exception!(
    detente,
    DetenteError,
    PyException,
    "Base class of every error detente raises."
);
create_exception!(
    detente,
    ScenarioError,
    DetenteError,
    "A scenario file could not be read, parsed or validated."
);
create_exception!(
    detente,
    GeniusError,
    DetenteError,
    "A GENIUS domain could not be read."
);
create_exception!(
    detente,
    AnalysisError,
    DetenteError,
    "An analysis could not be done (shape, limits)."
);
create_exception!(
    detente,
    ForecastError,
    DetenteError,
    "A forecast input could not be read or a model failed."
);
create_exception!(
    detente,
    StoreError,
    DetenteError,
    "The evidence store could not be opened or queried."
);
create_exception!(
    detente,
    TextError,
    DetenteError,
    "Articles could not be read or a chronology file is malformed."
);

/// Builds an exception of type `T` with `message` and the place attributes.
fn raise<T: pyo3::PyTypeInfo>(
    py: Python<'_>,
    message: String,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
) -> PyErr {
    let err = PyErr::new::<T, _>(message);
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short of memory exhaustion;
    // the exception is still raised with its message if it does.
    let _ = value.setattr("file", file);
    let _ = value.setattr("line", line);
    let _ = value.setattr("column", column);
    err
}

fn from_location(loc: &Location) -> (Option<String>, Option<usize>, Option<usize>) {
    (Some(loc.file.clone()), loc.line, loc.column)
}

fn diagnostic_dict<'py>(py: Python<'py>, d: &Diagnostic) -> PyResult<Bound<'py, PyDict>> {
    let x = PyDict::new(py);
    x.set_item("file", &d.location.file)?;
    x.set_item("line", d.location.line)?;
    x.set_item("column", d.location.column)?;
    x.set_item(
        "severity",
        match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
    )?;
    x.set_item("message", d.problem.to_string())?;
    x.set_item("text", d.to_string())?;
    Ok(x)
}

pub fn scenario(py: Python<'_>, e: detente_model::ScenarioError) -> PyErr {
    use detente_model::ScenarioError as E;
    let (file, line, column) = match &e {
        E::Io { file, .. } => (Some(file.clone()), None, None),
        E::Syntax { location, .. } => from_location(location),
        E::Invalid(d) => {
            d.0.iter()
                .find(|d| d.severity == Severity::Error)
                .or(d.0.first())
                .map(|d| from_location(&d.location))
                .unwrap_or((None, None, None))
        }
    };
    let err = raise::<ScenarioError>(py, e.to_string(), file, line, column);
    let diags: Vec<Bound<'_, PyDict>> = e
        .diagnostics()
        .iter()
        .filter_map(|d| diagnostic_dict(py, d).ok())
        .collect();
    let _ = err.value(py).setattr("diagnostics", diags);
    err
}

pub fn genius(py: Python<'_>, e: detente_model::GeniusError) -> PyErr {
    use detente_model::GeniusError as E;
    let (file, line, column) = match &e {
        E::Io { file, .. } => (Some(file.clone()), None, None),
        E::Xml { location, .. } | E::Format { location, .. } => from_location(location),
        E::Inputs(_) | E::Export(_) => (None, None, None),
    };
    raise::<GeniusError>(py, e.to_string(), file, line, column)
}

pub fn analysis(py: Python<'_>, e: detente_analysis::AnalysisError) -> PyErr {
    raise::<AnalysisError>(py, e.to_string(), None, None, None)
}

pub fn forecast(py: Python<'_>, e: detente_forecast::ForecastError) -> PyErr {
    match e {
        detente_forecast::ForecastError::Input(i) => input(py, i),
        other => raise::<ForecastError>(py, other.to_string(), None, None, None),
    }
}

pub fn input(py: Python<'_>, e: detente_forecast::InputError) -> PyErr {
    let (file, line, column) = (Some(e.file.clone()), e.line, e.column);
    raise::<ForecastError>(py, e.to_string(), file, line, column)
}

pub fn store(py: Python<'_>, e: detente_store::StoreError) -> PyErr {
    use detente_store::StoreError as E;
    let (file, line, column) = match &e {
        E::NotADatabase { path }
        | E::ForeignDatabase { path, .. }
        | E::ReadOnly { path }
        | E::Missing { path }
        | E::TooNew { path, .. }
        | E::NeedsUpgrade { path, .. }
        | E::Busy { path }
        | E::SchemaMismatch { path, .. }
        | E::Interrupted { path }
        | E::Sqlite { path, .. }
        | E::Io { path, .. } => (Some(path.display().to_string()), None, None),
        E::BadEvidence {
            input,
            line,
            column,
            ..
        } => (Some(input.clone()), Some(*line), Some(*column)),
        E::InvalidDate { .. }
        | E::InvalidSearch { .. }
        | E::NotWritable { .. }
        | E::InvalidCorrection { .. }
        | E::PostgresPool { .. }
        | E::NoPostgres { .. }
        | E::NotAUrl { .. }
        | E::InvalidDatabaseName { .. } => (None, None, None),
    };
    raise::<StoreError>(py, e.to_string(), file, line, column)
}

pub fn text(py: Python<'_>, message: String, file: Option<String>, line: Option<usize>) -> PyErr {
    raise::<TextError>(py, message, file, line, None)
}

/// A `ValueError` for a bad argument (not a detente error: the caller passed something wrong).
pub fn value(message: impl Into<String>) -> PyErr {
    pyo3::exceptions::PyValueError::new_err(message.into())
}
