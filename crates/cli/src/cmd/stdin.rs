//! Standard input read as a `.jsonl` file of articles.
//!
//! The article reader (`detente_text::read_paths`) streams `.jsonl` files line by line and
//! knows a file's kind by its extension. A link named `stdin.jsonl` to this process's
//! standard input, in a fresh private folder, lets it read standard input the same way
//! (the same record form, size limits and warnings) without holding more than a line.
//! Records without an `id` are named `stdin.jsonl:LINE`; sources read `-:LINE`.
use anyhow::Context;
use detente_text::Article;
use std::path::{Path, PathBuf};

pub struct StdinJsonl {
    dir: PathBuf,
    link: PathBuf,
}

impl StdinJsonl {
    #[cfg(unix)]
    pub fn new() -> anyhow::Result<StdinJsonl> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "detente-stdin-{}-{nanos}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir(&dir)
            .with_context(|| format!("{}: cannot create a folder", dir.display()))?;
        let link = dir.join("stdin.jsonl");
        let made = StdinJsonl { dir, link };
        std::os::unix::fs::symlink("/dev/stdin", &made.link)
            .with_context(|| format!("{}: cannot link standard input", made.link.display()))?;
        Ok(made)
    }

    #[cfg(not(unix))]
    pub fn new() -> anyhow::Result<StdinJsonl> {
        anyhow::bail!("reading articles from standard input (`-`) needs a Unix system")
    }

    pub fn path(&self) -> &Path {
        &self.link
    }

    /// Gives an article read through the link the source `-:LINE`.
    pub fn rename(&self, a: &mut Article) {
        let prefix = self.link.display().to_string();
        if let Some(line) = a.source_path.strip_prefix(&prefix) {
            a.source_path = format!("-{line}");
        }
    }
}

impl Drop for StdinJsonl {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.link);
        let _ = std::fs::remove_dir(&self.dir);
    }
}
