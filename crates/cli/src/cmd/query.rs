//! Queries over the store: `quotes`, `actors`, `timeline`, `search`.
use super::output::Format;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct QuotesArgs {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Speaker name or part of it (e.g. a surname).
    #[arg(long)]
    pub speaker: Option<String>,
    /// The side the speaker belongs to (e.g. Russia).
    #[arg(long)]
    pub affiliation: Option<String>,
    /// Only quotes dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only quotes dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub affiliation: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to search for (FTS5 syntax: phrases in quotes, OR, NEAR).
    pub query: String,
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn quotes(_a: QuotesArgs) -> anyhow::Result<()> {
    anyhow::bail!("quotes is not built yet")
}
pub fn actors(_a: ActorsArgs) -> anyhow::Result<()> {
    anyhow::bail!("actors is not built yet")
}
pub fn timeline(_a: TimelineArgs) -> anyhow::Result<()> {
    anyhow::bail!("timeline is not built yet")
}
pub fn search(_a: SearchArgs) -> anyhow::Result<()> {
    anyhow::bail!("search is not built yet")
}
