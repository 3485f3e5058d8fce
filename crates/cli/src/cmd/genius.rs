//! `detente import-genius` and `detente export-genius`.
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ImportArgs {
    /// A folder holding the domain XML and the profiles, or the files themselves.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    #[arg(short = 'o', long)]
    pub output: PathBuf,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    pub scenario: PathBuf,
    #[arg(short = 'o', long)]
    pub output: PathBuf,
}

pub fn import(_a: ImportArgs) -> anyhow::Result<()> {
    anyhow::bail!("import-genius is not built yet")
}
pub fn export(_a: ExportArgs) -> anyhow::Result<()> {
    anyhow::bail!("export-genius is not built yet")
}
