//! Watched folders: which article files are new or changed since the last pass, judged by
//! size and modification time kept in the state. Only those are read again; the store's
//! ingest (which skips texts already stored) does the rest.

use crate::state::{FileStamp, State};
use detente_text::read::is_article_file;
use std::path::{Path, PathBuf};

/// A folder that could not be listed, or a file whose metadata could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanProblem {
    pub path: PathBuf,
    pub message: String,
}

/// The article files under `folders` (recursively, hidden entries skipped, sorted) whose
/// size or modification time differ from the state's record, with their new stamps. A
/// path given that is a file counts as an article file whatever its extension.
pub fn changed_files(
    folders: &[PathBuf],
    state: &State,
) -> (Vec<(PathBuf, FileStamp)>, Vec<ScanProblem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for folder in folders {
        walk(folder, true, &mut found, &mut problems);
    }
    found.sort();
    found.dedup();
    let changed = found
        .into_iter()
        .filter_map(|path| match std::fs::metadata(&path) {
            Ok(meta) => {
                let stamp = FileStamp::of(&meta);
                (state.files.get(&path) != Some(&stamp)).then_some((path, stamp))
            }
            Err(e) => {
                problems.push(ScanProblem {
                    path,
                    message: format!("cannot read: {e}"),
                });
                None
            }
        })
        .collect();
    (changed, problems)
}

fn walk(path: &Path, explicit: bool, out: &mut Vec<PathBuf>, problems: &mut Vec<ScanProblem>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            problems.push(ScanProblem {
                path: path.to_path_buf(),
                message: format!("cannot read: {e}"),
            });
            return;
        }
    };
    if !meta.is_dir() {
        if explicit || is_article_file(path) {
            out.push(path.to_path_buf());
        }
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(rd) => rd,
        Err(e) => {
            problems.push(ScanProblem {
                path: path.to_path_buf(),
                message: format!("cannot list folder: {e}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if !hidden {
            walk(&p, false, out, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_new_or_changed_article_files_are_returned() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("sub").join("b.html");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(&a, "one").unwrap();
        std::fs::write(&b, "<p>two</p>").unwrap();
        std::fs::write(dir.path().join("c.png"), "x").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "x").unwrap();
        let mut state = State::default();
        let (changed, problems) = changed_files(&[dir.path().to_path_buf()], &state);
        assert!(problems.is_empty());
        let paths: Vec<&PathBuf> = changed.iter().map(|(p, _)| p).collect();
        assert_eq!(paths, vec![&a, &b]);
        for (p, s) in changed {
            state.files.insert(p, s);
        }
        assert!(changed_files(&[dir.path().to_path_buf()], &state)
            .0
            .is_empty());
        std::fs::write(&a, "one, longer now").unwrap();
        let (changed, _) = changed_files(&[dir.path().to_path_buf()], &state);
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].0, a);
    }

    #[test]
    fn a_missing_folder_is_a_problem_not_a_panic() {
        let (changed, problems) = changed_files(
            &[PathBuf::from("/nonexistent/detente-folder")],
            &State::default(),
        );
        assert!(changed.is_empty());
        assert_eq!(problems.len(), 1);
    }
}
