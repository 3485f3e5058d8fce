//! `detente ingest`.
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Article files or folders (.txt, .html, .htm, .jsonl).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The database file.
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    /// Publication date for articles that carry none (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<String>,
}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("ingest is not built yet")
}
