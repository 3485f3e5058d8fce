//! The state file: what was already fetched, so that a re-run or a restarted `watch` asks
//! only for what is new. JSON, written to a temporary file beside it and renamed over it,
//! so a kill never leaves half a state.

use crate::client::Validators;
use crate::error::{FeedsError, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The format version this build reads and writes.
pub const STATE_VERSION: u32 = 1;

/// Everything remembered between runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// Per feed or page URL.
    #[serde(default)]
    pub sources: BTreeMap<String, SourceState>,
    /// Per article file under a watched folder: its size and modification time when it
    /// was last ingested.
    #[serde(default)]
    pub files: BTreeMap<PathBuf, FileStamp>,
    /// The end of the last `watch` pass.
    #[serde(default)]
    pub last_run: Option<RunMark>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceState {
    /// Sent back as `If-None-Match` / `If-Modified-Since`.
    #[serde(default, flatten)]
    pub validators: Validators,
    /// When the URL was last fetched (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_at: Option<String>,
    /// For a feed: the ids of items already handled that were in its last version (items
    /// that left the feed are forgotten, so this stays as long as the feed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seen: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub len: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when unknown).
    pub modified_ns: u128,
}

impl FileStamp {
    pub fn of(meta: &std::fs::Metadata) -> FileStamp {
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        FileStamp {
            len: meta.len(),
            modified_ns,
        }
    }
}

/// Where the last `watch` pass ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunMark {
    /// RFC 3339.
    pub at: String,
    /// The highest article id in the store then: articles above it are new since.
    pub last_article_id: i64,
}

impl State {
    /// Reads the state file; a missing file is an empty state. A file that is not a state
    /// file, or from a newer detente, is an error naming it (it is never overwritten).
    pub fn load(path: &Path) -> Result<State> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(State {
                    version: STATE_VERSION,
                    ..State::default()
                })
            }
            Err(source) => {
                return Err(FeedsError::StateIo {
                    path: path.into(),
                    source,
                })
            }
        };
        let state: State =
            serde_json::from_str(&text).map_err(|source| FeedsError::StateFormat {
                path: path.into(),
                source,
            })?;
        if state.version != STATE_VERSION {
            return Err(FeedsError::StateVersion {
                path: path.into(),
                found: state.version,
                supported: STATE_VERSION,
            });
        }
        Ok(state)
    }

    /// Writes the state atomically (temporary file, flushed, renamed over `path`).
    pub fn save(&self, path: &Path) -> Result<()> {
        let io = |source| FeedsError::StateIo {
            path: path.into(),
            source,
        };
        let json = serde_json::to_vec_pretty(self).map_err(|e| io(std::io::Error::other(e)))?;
        let mut tmp_name = path.as_os_str().to_owned();
        tmp_name.push(".tmp");
        let tmp = PathBuf::from(tmp_name);
        let mut file = std::fs::File::create(&tmp).map_err(io)?;
        file.write_all(&json).map_err(io)?;
        file.write_all(b"\n").map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        std::fs::rename(&tmp, path).map_err(io)
    }

    pub fn source(&self, url: &str) -> Option<&SourceState> {
        self.sources.get(url)
    }
}

/// The state file used with a store when none is named: `DB.feeds.json` beside it.
pub fn default_state_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".feeds.json");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_survives_a_save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let mut s = State::load(&path).unwrap();
        assert_eq!(s.version, STATE_VERSION);
        s.sources.insert(
            "http://h/f.xml".into(),
            SourceState {
                validators: Validators {
                    etag: Some("\"v1\"".into()),
                    last_modified: None,
                },
                checked_at: None,
                seen: vec!["a".into()],
            },
        );
        s.last_run = Some(RunMark {
            at: "2026-01-01T00:00:00Z".into(),
            last_article_id: 7,
        });
        s.save(&path).unwrap();
        assert_eq!(State::load(&path).unwrap(), s);
    }

    #[test]
    fn a_foreign_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, "not json").unwrap();
        let e = State::load(&path).unwrap_err();
        assert!(e.to_string().contains("s.json"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not json");
    }

    #[test]
    fn default_state_sits_beside_the_store() {
        assert_eq!(
            default_state_path(Path::new("/x/detente.db")),
            PathBuf::from("/x/detente.db.feeds.json")
        );
    }
}
