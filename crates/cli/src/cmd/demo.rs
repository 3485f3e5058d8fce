//! `detente demo`.
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Folder for the demo outputs (database, report, JSON).
    #[arg(long, default_value = "detente-demo")]
    pub out: PathBuf,
}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("demo is not built yet")
}
