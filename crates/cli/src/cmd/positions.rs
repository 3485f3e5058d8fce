//! `detente positions` and `detente scenario draft`.
use super::output::Format;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub scenario: PathBuf,
    #[arg(long)]
    pub issue: Option<String>,
    #[arg(long)]
    pub party: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct ScenarioArgs {
    /// What to do: `draft` writes a starting scenario from the evidence.
    pub action: String,
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(short = 'o', long)]
    pub output: PathBuf,
}

pub fn run(_a: Args) -> anyhow::Result<()> {
    anyhow::bail!("positions is not built yet")
}
pub fn scenario(_a: ScenarioArgs) -> anyhow::Result<()> {
    anyhow::bail!("scenario draft is not built yet")
}
