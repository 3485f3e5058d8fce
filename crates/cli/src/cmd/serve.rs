//! `detente serve`.
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "detente.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub scenario: Option<PathBuf>,
    /// Address to listen on; loopback by default.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
}

pub fn run(_a: Args) -> anyhow::Result<()> {
    anyhow::bail!("serve is not built yet")
}
