//! `detente analyze` and `detente validate`.
use super::output::Format;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Scenario TOML file.
    pub scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Rescale weights that do not sum to 1 instead of failing.
    #[arg(long)]
    pub normalize: bool,
    /// Monte Carlo draws for the robustness analysis (0 to skip).
    #[arg(long, default_value_t = 2000)]
    pub draws: usize,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

#[derive(clap::Args)]
pub struct ValidateArgs {
    pub scenario: PathBuf,
    #[arg(long)]
    pub normalize: bool,
}

pub fn run(_a: Args) -> anyhow::Result<()> {
    anyhow::bail!("analyze is not built yet")
}
pub fn validate(_a: ValidateArgs) -> anyhow::Result<()> {
    anyhow::bail!("validate is not built yet")
}
