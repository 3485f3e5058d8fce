//! `extract` and `extract_files`: evidence records (actors, quotes, claims, dates) from
//! article text, as the dicts `detente extract --format jsonl` prints one per line.

use std::ffi::CString;
use std::path::PathBuf;
use std::sync::Arc;

use detente_text::html::RawOffsetMap;
use detente_text::{
    article_from_text, read_paths, Article, Chronology, Evidence, Extractor, ReadEvent, ReadOptions,
};
use pyo3::prelude::*;
use pyo3::types::PyList;
use serde::Serialize;

use crate::convert::to_py;
use crate::errors;

/// The bundled chronology plus the events of `extra` (a `date<TAB>terms<TAB>summary` file).
fn chronology(py: Python<'_>, extra: Option<PathBuf>) -> PyResult<Arc<Chronology>> {
    let bundled = Chronology::bundled();
    let Some(path) = extra else {
        return Ok(bundled);
    };
    let file = path.display().to_string();
    let src = std::fs::read_to_string(&path).map_err(|e| {
        errors::text(
            py,
            format!("{file}: cannot read: {e}"),
            Some(file.clone()),
            None,
        )
    })?;
    let own = Chronology::parse(&src)
        .map_err(|e| errors::text(py, format!("{file}:{e}"), Some(file.clone()), None))?;
    let merged = bundled
        .merged(&own)
        .map_err(|e| errors::text(py, format!("{file}: {e}"), Some(file.clone()), None))?;
    Ok(Arc::new(merged))
}

fn options(py: Python<'_>, date: Option<String>, extra: Option<PathBuf>) -> PyResult<ReadOptions> {
    if let Some(d) = &date {
        if detente_text::dates::normalise_iso(d).is_none() {
            return Err(errors::value(format!(
                "date {d:?} is not a date (expected YYYY-MM-DD)"
            )));
        }
    }
    Ok(ReadOptions {
        default_date: date,
        chronology: chronology(py, extra)?,
        ..ReadOptions::default()
    })
}

/// The `{"type": "article"}` record that precedes an article's evidence (the fields
/// `detente extract --format jsonl` prints).
#[derive(Serialize)]
struct ArticleRecord {
    #[serde(rename = "type")]
    kind: &'static str,
    article: String,
    title: Option<String>,
    date: Option<String>,
    date_inferred: bool,
    date_basis: Option<String>,
    url: Option<String>,
    bytes: usize,
    content_hash: String,
}

/// One record of the output: an article's metadata or one piece of its evidence.
#[derive(Serialize)]
#[serde(untagged)]
enum Record {
    Article(ArticleRecord),
    Evidence(Evidence),
}

fn article_record(a: &Article) -> Record {
    Record::Article(ArticleRecord {
        kind: "article",
        article: a.id.clone(),
        title: a.title.clone(),
        date: a.date.clone(),
        date_inferred: a.date_inferred,
        date_basis: a.date_basis.clone(),
        url: a.url.clone(),
        bytes: a.text.len(),
        content_hash: a.content_hash.clone(),
    })
}

/// Spans as byte offsets into the file as read (an HTML article's evidence points into its
/// extracted body; its map gives the page-source offsets), as `detente extract` reports them.
fn to_file_offsets(rec: &mut Evidence, map: &RawOffsetMap) {
    let span = match rec {
        Evidence::Quote(q) => Some((&mut q.start, &mut q.end)),
        Evidence::Claim(c) => Some((&mut c.start, &mut c.end)),
        Evidence::Date(d) => Some((&mut d.start, &mut d.end)),
        Evidence::Actor(_) => None,
    };
    if let Some((start, end)) = span {
        (*start, *end) = map.span_to_raw(*start, *end);
    }
}

/// Every record of one article: its article record, then actors, quotes, claims and dates.
fn records(extractor: &Extractor, a: &Article, out: &mut Vec<Record>) {
    out.push(article_record(a));
    for mut rec in extractor.extract(a).records() {
        if let Some(map) = a.raw_offsets.as_deref() {
            to_file_offsets(&mut rec, map);
        }
        out.push(Record::Evidence(rec));
    }
}

fn to_list<'py>(py: Python<'py>, values: &[Record]) -> PyResult<Bound<'py, PyList>> {
    let items = values
        .iter()
        .map(|v| to_py(py, v))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// Evidence from one text held in memory, read like a `.txt` file named `id` (optional
/// `title:`/`date:` header lines; `date` is the publication date that relative dates are
/// resolved against, inferred from the text when neither gives one). Returns the records as
/// dicts: the article record first (`"type": "article"`), then actors, quotes, claims and
/// dates, with UTF-8 byte spans (`start`, `end`) into `text`.
#[pyfunction]
#[pyo3(signature = (text, *, id = "text", date = None, chronology = None))]
pub fn extract<'py>(
    py: Python<'py>,
    text: String,
    id: &str,
    date: Option<String>,
    chronology: Option<PathBuf>,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(py, date, chronology)?;
    let out = py.detach(|| {
        let article = article_from_text(id, text, &opts);
        let mut out = Vec::new();
        records(&Extractor::new(), &article, &mut out);
        out
    });
    to_list(py, &out)
}

/// Evidence from article files and folders (`.txt`, `.html`, `.htm`, `.jsonl`), exactly the
/// records `detente extract --format jsonl` prints (spans of HTML articles are byte offsets
/// into the page source). Unreadable files are reported as Python warnings; reading nothing
/// at all raises `TextError`.
#[pyfunction]
#[pyo3(signature = (paths, *, date = None, chronology = None))]
pub fn extract_files<'py>(
    py: Python<'py>,
    paths: &Bound<'py, PyAny>,
    date: Option<String>,
    chronology: Option<PathBuf>,
) -> PyResult<Bound<'py, PyList>> {
    let paths: Vec<PathBuf> = match paths.extract::<PathBuf>() {
        Ok(p) => vec![p],
        Err(_) => paths
            .extract()
            .map_err(|_| errors::value("give a path (str or os.PathLike) or a list of paths"))?,
    };
    let missing: Vec<String> = paths
        .iter()
        .filter(|p| !p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !missing.is_empty() {
        let first = missing.first().cloned();
        return Err(errors::text(
            py,
            format!("no such file or folder: {}", missing.join(", ")),
            first,
            None,
        ));
    }
    let opts = options(py, date, chronology)?;
    let (out, warnings, articles) = py.detach(|| {
        let extractor = Extractor::new();
        let mut out = Vec::new();
        let mut warnings = Vec::new();
        let mut articles = 0usize;
        for ev in read_paths(&paths, &opts) {
            match ev {
                ReadEvent::Warning {
                    path,
                    line,
                    message,
                } => warnings.push(match line {
                    Some(l) => format!("{}:{l}: {message}", path.display()),
                    None => format!("{}: {message}", path.display()),
                }),
                ReadEvent::Article(a) => {
                    articles += 1;
                    records(&extractor, &a, &mut out);
                }
            }
        }
        (out, warnings, articles)
    });
    let category = py.get_type::<pyo3::exceptions::PyUserWarning>();
    for w in &warnings {
        let msg =
            CString::new(w.replace('\0', "\u{fffd}")).map_err(|e| errors::value(e.to_string()))?;
        PyErr::warn(py, category.as_any(), &msg, 1)?;
    }
    if articles == 0 {
        let names = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>();
        return Err(errors::text(
            py,
            format!(
                "no article could be read from {} ({} warning{})",
                names.join(", "),
                warnings.len(),
                if warnings.len() == 1 { "" } else { "s" }
            ),
            names.first().cloned(),
            None,
        ));
    }
    to_list(py, &out)
}
