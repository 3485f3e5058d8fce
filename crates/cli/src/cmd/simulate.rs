//! `detente simulate` and `detente tournament`.
use super::output::Format;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct SimulateArgs {
    pub scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct TournamentArgs {
    pub scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn simulate(_a: SimulateArgs) -> anyhow::Result<()> {
    anyhow::bail!("simulate is not built yet")
}
pub fn tournament(_a: TournamentArgs) -> anyhow::Result<()> {
    anyhow::bail!("tournament is not built yet")
}
