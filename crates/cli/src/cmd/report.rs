//! `detente report`.
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub scenario: PathBuf,
    #[arg(long)]
    pub db: Option<PathBuf>,
    #[arg(short = 'o', long, default_value = "report.html")]
    pub output: PathBuf,
}

pub fn run(_a: Args) -> anyhow::Result<()> {
    anyhow::bail!("report is not built yet")
}
