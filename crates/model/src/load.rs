//! Reading scenario files: TOML parsing, validation, and mapping problems to line:column.

use std::path::Path;

use crate::error::{Diagnostic, Diagnostics, Location, ScenarioError, Severity};
use crate::scenario::Scenario;
use crate::validate::{validate, Finding, PathSeg};

/// Scenario files larger than this are refused (a scenario is hand-written; anything bigger is a mistake).
pub const MAX_SCENARIO_BYTES: u64 = 64 * 1024 * 1024;

/// Options for loading a scenario.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Rescale each party's weights to sum to 1 before validating (`--normalize`).
    pub normalize_weights: bool,
}

/// A loaded scenario with the warnings validation found.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub scenario: Scenario,
    pub warnings: Vec<Diagnostic>,
}

impl Scenario {
    /// Parse and validate scenario TOML. `file_name` is used in error messages.
    pub fn from_toml_str(text: &str, file_name: &str) -> Result<Scenario, ScenarioError> {
        Self::from_toml_str_with(text, file_name, LoadOptions::default()).map(|l| l.scenario)
    }

    /// Like [`Scenario::from_toml_str`], with options, also returning warnings.
    pub fn from_toml_str_with(
        text: &str,
        file_name: &str,
        options: LoadOptions,
    ) -> Result<Loaded, ScenarioError> {
        let mut scenario: Scenario = toml::from_str(text).map_err(|e| {
            let location = match e.span() {
                Some(span) => Location::at_offset(file_name, text, span.start),
                None => Location::file_only(file_name),
            };
            ScenarioError::Syntax {
                location,
                message: e.message().trim_end().to_string(),
            }
        })?;
        if options.normalize_weights {
            scenario.normalize_weights();
        }
        let findings = validate(&scenario);
        let diags = locate_findings(text, file_name, findings);
        finish(scenario, diags)
    }

    /// Read, parse and validate a scenario file.
    pub fn load(path: impl AsRef<Path>) -> Result<Scenario, ScenarioError> {
        Self::load_with(path, LoadOptions::default()).map(|l| l.scenario)
    }

    /// Like [`Scenario::load`], with options, also returning warnings.
    pub fn load_with(
        path: impl AsRef<Path>,
        options: LoadOptions,
    ) -> Result<Loaded, ScenarioError> {
        let path = path.as_ref();
        let file = path.display().to_string();
        let io = |cause| ScenarioError::Io {
            file: file.clone(),
            cause,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.len() > MAX_SCENARIO_BYTES {
            return Err(ScenarioError::Syntax {
                location: Location::file_only(&file),
                message: format!(
                    "file is {} bytes; scenario files are limited to {} bytes",
                    meta.len(),
                    MAX_SCENARIO_BYTES
                ),
            });
        }
        // The size above is what the file system says; a device or a pipe says 0 and may
        // never end, so the read itself is bounded too.
        let Some(bytes) = read_bounded(path, MAX_SCENARIO_BYTES).map_err(io)? else {
            return Err(ScenarioError::Syntax {
                location: Location::file_only(&file),
                message: format!(
                    "more than {MAX_SCENARIO_BYTES} bytes; scenario files are limited to that"
                ),
            });
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            ScenarioError::Syntax {
                location: Location::at_offset(&file, valid, offset),
                message: "file is not valid UTF-8".to_string(),
            }
        })?;
        Self::from_toml_str_with(&text, &file, options)
    }

    /// Validate an in-memory scenario (e.g. one built by the GENIUS importer); locations name
    /// only `file_name`.
    pub fn validate(&self, file_name: &str) -> Vec<Diagnostic> {
        validate(self)
            .into_iter()
            .map(|f| Diagnostic {
                severity: f.severity,
                location: Location::file_only(file_name),
                problem: f.problem,
            })
            .collect()
    }

    /// Serialise to scenario TOML (the inverse of [`Scenario::from_toml_str`]).
    pub fn to_toml_string(&self) -> Result<String, toml::ser::Error> {
        toml::to_string(self)
    }
}

fn finish(scenario: Scenario, diags: Vec<Diagnostic>) -> Result<Loaded, ScenarioError> {
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return Err(ScenarioError::Invalid(Diagnostics(diags)));
    }
    Ok(Loaded {
        scenario,
        warnings: diags,
    })
}

fn locate_findings(text: &str, file: &str, findings: Vec<Finding>) -> Vec<Diagnostic> {
    let doc = toml_edit::ImDocument::parse(text.to_string()).ok();
    findings
        .into_iter()
        .map(|f| {
            let offset = doc
                .as_ref()
                .and_then(|d| locate(d.as_item(), &f.path, f.at_key));
            let location = match offset {
                Some(o) => Location::at_offset(file, text, o),
                None => Location::file_only(file),
            };
            Diagnostic {
                severity: f.severity,
                location,
                problem: f.problem,
            }
        })
        .collect()
}

/// Byte offset of the item at `path` (its key when `at_key`), falling back to the nearest
/// ancestor that has a position.
fn locate(root: &toml_edit::Item, path: &[PathSeg], at_key: bool) -> Option<usize> {
    let mut item = root;
    let mut best: Option<usize> = None;
    for (i, seg) in path.iter().enumerate() {
        let last = i + 1 == path.len();
        let next = match seg {
            PathSeg::Key(k) => {
                if last && at_key {
                    if let Some(off) = key_offset(item, k) {
                        return Some(off);
                    }
                }
                item.get(k.as_str())
            }
            PathSeg::Index(n) => item.get(*n),
        };
        match next {
            Some(n) => {
                item = n;
                if let Some(span) = n.span() {
                    best = Some(span.start);
                } else if let PathSeg::Key(k) = seg {
                    // Tables declared with a `[header]` have no value span; their key does.
                    if let Some(off) = parent_key_offset(root, &path[..i], k) {
                        best = Some(off);
                    }
                }
            }
            None => return best,
        }
    }
    best
}

fn parent_key_offset(root: &toml_edit::Item, parent: &[PathSeg], key: &str) -> Option<usize> {
    let mut item = root;
    for seg in parent {
        item = match seg {
            PathSeg::Key(k) => item.get(k.as_str())?,
            PathSeg::Index(n) => item.get(*n)?,
        };
    }
    key_offset(item, key)
}

fn key_offset(item: &toml_edit::Item, key: &str) -> Option<usize> {
    let k = match item {
        toml_edit::Item::Table(t) => t.key(key),
        toml_edit::Item::Value(toml_edit::Value::InlineTable(t)) => t.key(key),
        _ => None,
    }?;
    k.span().map(|s| s.start)
}

/// Reads a whole file of at most `max` bytes; `None` when it holds more. Unlike a size check
/// on metadata, this also bounds devices and pipes (`/dev/zero` reports size 0 and never
/// ends), reading at most `max + 1` bytes.
pub fn read_bounded(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Ok(None);
    }
    Ok(Some(bytes))
}

#[cfg(test)]
mod bounded_tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn an_endless_device_is_read_only_up_to_the_bound() {
        let r = super::read_bounded(std::path::Path::new("/dev/zero"), 1000).unwrap();
        assert!(r.is_none());
    }

    #[test]
    fn a_small_file_is_read_whole() {
        let dir = std::env::temp_dir().join(format!("detente-bounded-{}", std::process::id()));
        std::fs::write(&dir, b"abc").unwrap();
        assert_eq!(super::read_bounded(&dir, 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(super::read_bounded(&dir, 2).unwrap(), None);
        let _ = std::fs::remove_file(&dir);
    }
}
