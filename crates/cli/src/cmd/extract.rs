//! `detente extract`.
use super::output::Format;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Article files or folders (.txt, .html, .htm, .jsonl).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The articles' publication date (YYYY-MM-DD), used to resolve relative dates.
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("extract is not built yet")
}
