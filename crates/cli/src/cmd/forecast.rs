//! `detente forecast`.
use super::output::Format;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A scenario TOML, a stakeholder CSV (Actor,Capability,Position,Salience), a KTAB CSV/XML,
    /// or an exchange-model data file.
    pub input: PathBuf,
    #[arg(long, default_value = "compromise")]
    pub model: String,
    /// Rounds for the round-based models.
    #[arg(long)]
    pub rounds: Option<usize>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(_a: Args) -> anyhow::Result<()> {
    anyhow::bail!("forecast is not built yet")
}
