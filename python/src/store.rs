//! `Store`: read access to a detente evidence store (the SQLite file `detente ingest` writes).

use std::path::PathBuf;

use detente_store::{ActorFilter, QuoteFilter, SearchOptions, Store, TimelineFilter};
use pyo3::prelude::*;

use crate::convert::to_py;
use crate::errors;

/// An evidence store opened read-only. Every query returns a list of dicts with the fields
/// of the JSON API (docs/api.md, docs/store.md); dates are ISO at any precision.
#[pyclass(module = "detente._detente", name = "Store", frozen)]
pub struct PyStore {
    store: Store,
}

impl PyStore {
    fn article_id(
        &self,
        py: Python<'_>,
        article: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Option<i64>> {
        let Some(a) = article else { return Ok(None) };
        if let Ok(id) = a.extract::<i64>() {
            return Ok(Some(id));
        }
        let name: String = a
            .extract()
            .map_err(|_| errors::value("article: give its name (str) or numeric store id (int)"))?;
        let id = self
            .store
            .article_id_by_name(&name)
            .map_err(|e| errors::store(py, e))?;
        // An unknown name matches nothing, like an unknown id.
        Ok(Some(id.unwrap_or(-1)))
    }
}

#[pymethods]
impl PyStore {
    /// Opens the store at `path` read-only; a missing file, a file that is not a detente
    /// store or one from a newer detente raises `StoreError` naming the file.
    #[new]
    fn new(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        let store = py
            .detach(|| Store::open_read_only(&path))
            .map_err(|e| errors::store(py, e))?;
        Ok(PyStore { store })
    }

    #[getter]
    fn path(&self) -> String {
        self.store.path().display().to_string()
    }

    /// Counts of articles, actors, quotes, claims and dates.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let s = py
            .detach(|| self.store.stats())
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &s)
    }

    /// Direct quotes in date order. `speaker`: any part of the speaker's name or of a form
    /// they were mentioned under, case-insensitive; `affiliation`: the speaker's side,
    /// case-insensitive exact; `since`/`until`: inclusive dates; `article`: name or id.
    #[pyo3(signature = (*, speaker = None, affiliation = None, since = None, until = None, article = None, limit = None, offset = 0))]
    #[allow(clippy::too_many_arguments)]
    fn quotes<'py>(
        &self,
        py: Python<'py>,
        speaker: Option<String>,
        affiliation: Option<String>,
        since: Option<String>,
        until: Option<String>,
        article: Option<&Bound<'py, PyAny>>,
        limit: Option<usize>,
        offset: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let filter = QuoteFilter {
            speaker,
            affiliation,
            since,
            until,
            article_id: self.article_id(py, article)?,
            limit,
            offset,
            // The analyst's corrections apply, as on the command line.
            ..QuoteFilter::default()
        };
        let rows = py
            .detach(|| self.store.quotes(&filter))
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &rows)
    }

    /// Reported claims (indirect speech), with the same filters as `quotes`.
    #[pyo3(signature = (*, speaker = None, affiliation = None, since = None, until = None, article = None, limit = None, offset = 0))]
    #[allow(clippy::too_many_arguments)]
    fn claims<'py>(
        &self,
        py: Python<'py>,
        speaker: Option<String>,
        affiliation: Option<String>,
        since: Option<String>,
        until: Option<String>,
        article: Option<&Bound<'py, PyAny>>,
        limit: Option<usize>,
        offset: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let filter = QuoteFilter {
            speaker,
            affiliation,
            since,
            until,
            article_id: self.article_id(py, article)?,
            limit,
            offset,
            // The analyst's corrections apply, as on the command line.
            ..QuoteFilter::default()
        };
        let rows = py
            .detach(|| self.store.claims(&filter))
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &rows)
    }

    /// Actors merged across articles, most mentioned first. `kind`: `person`,
    /// `organization` or `country`.
    #[pyo3(signature = (*, name = None, affiliation = None, kind = None, limit = None))]
    fn actors<'py>(
        &self,
        py: Python<'py>,
        name: Option<String>,
        affiliation: Option<String>,
        kind: Option<String>,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let filter = ActorFilter {
            name,
            affiliation,
            kind,
            limit,
            ..ActorFilter::default()
        };
        let rows = py
            .detach(|| self.store.actors(&filter))
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &rows)
    }

    /// Dated quotes and date expressions in date order.
    #[pyo3(signature = (*, since = None, until = None, dates_only = false, limit = None))]
    fn timeline<'py>(
        &self,
        py: Python<'py>,
        since: Option<String>,
        until: Option<String>,
        dates_only: bool,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let filter = TimelineFilter {
            since,
            until,
            dates_only,
            limit,
            ..TimelineFilter::default()
        };
        let rows = py
            .detach(|| self.store.timeline(&filter))
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &rows)
    }

    /// Stored articles, newest first.
    #[pyo3(signature = (*, limit = None, offset = 0))]
    fn articles<'py>(
        &self,
        py: Python<'py>,
        limit: Option<usize>,
        offset: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let rows = py
            .detach(|| self.store.articles(limit, offset))
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &rows)
    }

    /// One article with its text and evidence, by name or numeric id; `None` when unknown.
    fn article<'py>(
        &self,
        py: Python<'py>,
        article: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let Some(id) = self.article_id(py, Some(article))? else {
            return Ok(None);
        };
        let detail = py
            .detach(|| self.store.article(id))
            .map_err(|e| errors::store(py, e))?;
        detail.map(|d| to_py(py, &d)).transpose()
    }

    /// Full-text search over article text and quotes, best matches first: words,
    /// `"exact phrases"`, `OR`, `NOT`, `prefix*`.
    #[pyo3(signature = (query, *, limit = 50))]
    fn search<'py>(
        &self,
        py: Python<'py>,
        query: &str,
        limit: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = SearchOptions {
            limit,
            ..SearchOptions::default()
        };
        let hits = py
            .detach(|| self.store.search(query, &options))
            .map_err(|e| errors::store(py, e))?;
        to_py(py, &hits)
    }

    fn __repr__(&self) -> String {
        format!("<detente.Store {}>", self.store.path().display())
    }
}
