//! Writing the files a command produces: never over a file the user did not give up
//! (`--force`), never over one of the command's own inputs, and never half-written.
use anyhow::{bail, Context};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Refuses to write `output` when it names an existing file and `force` is off, or when it
/// is the same file as one of `inputs` (whatever the spelling: compared by device and
/// inode). Call it before the command's work, so a refusal costs nothing; [`write_atomic`]
/// checks again when writing.
pub fn check_output(output: &Path, force: bool, inputs: &[&Path]) -> anyhow::Result<()> {
    let meta = match std::fs::metadata(output) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot check {}", output.display())),
    };
    if meta.is_dir() {
        bail!(
            "{} is a folder; give the file to write, e.g. {}",
            output.display(),
            output.join("out").display()
        );
    }
    for input in inputs {
        if same_file(output, input) {
            bail!(
                "{} is also an input of this command ({}); write the output elsewhere",
                output.display(),
                input.display()
            );
        }
    }
    if !force {
        bail!(
            "{} already exists; pass --force to replace it, or choose another output",
            output.display()
        );
    }
    Ok(())
}

/// Whether two paths name the same file (device and inode on Unix; canonical paths
/// elsewhere). A path that cannot be examined is not the same as anything.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// Writes `bytes` to `output` all at once or not at all: into a new file beside it, flushed
/// to disk, then renamed into place. A full disk or a kill leaves any earlier file whole and
/// no partial one. Without `force`, an `output` that appeared meanwhile is not replaced.
pub fn write_atomic(
    output: &Path,
    bytes: &[u8],
    force: bool,
    inputs: &[&Path],
) -> anyhow::Result<()> {
    check_output(output, force, inputs)?;
    let tmp = temporary_beside(output)?;
    let written = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write {}", output.display()));
    }
    let placed = if force {
        std::fs::rename(&tmp, output)
    } else {
        place_without_replacing(&tmp, output)
    };
    if let Err(e) = placed {
        let _ = std::fs::remove_file(&tmp);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            bail!(
                "{} appeared while detente was working; pass --force to replace it",
                output.display()
            );
        }
        return Err(e).with_context(|| format!("cannot write {}", output.display()));
    }
    sync_parent(output);
    Ok(())
}

/// Moves `tmp` to `output` unless `output` exists: a hard link fails if it does, which a
/// rename would not; where links are not supported, a check then a rename.
fn place_without_replacing(tmp: &Path, output: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(tmp, output) {
        Ok(()) => {
            let _ = std::fs::remove_file(tmp);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            if output.exists() {
                return Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
            }
            std::fs::rename(tmp, output)
        }
    }
}

/// A name for a new file in `output`'s folder (so the rename stays on one file system).
fn temporary_beside(output: &Path) -> anyhow::Result<PathBuf> {
    let name = output
        .file_name()
        .with_context(|| format!("{} does not name a file", output.display()))?;
    let dir = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        bail!(
            "cannot write {}: the folder {} does not exist",
            output.display(),
            dir.display()
        );
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    Ok(dir.join(format!(
        ".{}.{}-{nanos}.detente-tmp",
        name.to_string_lossy(),
        std::process::id()
    )))
}

/// Makes the rename itself durable; failure only weakens durability, so it is ignored.
fn sync_parent(output: &Path) {
    #[cfg(unix)]
    if let Some(dir) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = output;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_existing_files_without_force_and_inputs_always() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("r.html");
        write_atomic(&out, b"one", false, &[]).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"one");
        let err = write_atomic(&out, b"two", false, &[]).unwrap_err();
        assert!(err.to_string().contains("--force"), "{err}");
        assert_eq!(std::fs::read(&out).unwrap(), b"one");
        write_atomic(&out, b"two", true, &[]).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        // The same file under another spelling is still an input.
        let other = dir.path().join(".").join("r.html");
        let err = write_atomic(&out, b"three", true, &[&other]).unwrap_err();
        assert!(err.to_string().contains("input"), "{err}");
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        // Nothing but the output is left in the folder.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }
}
