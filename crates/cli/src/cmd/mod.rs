//! One module per subcommand (or family of subcommands).
pub mod analyze;
pub mod demo;
pub mod extract;
pub mod forecast;
pub mod genius;
pub mod ingest;
pub mod output;
pub mod positions;
pub mod query;
pub mod report;
pub mod serve;
pub mod simulate;

use detente_model::{LoadOptions, Scenario};
use std::path::Path;

/// Loads a scenario for a command, printing its warnings (e.g. weights renormalised by
/// `--normalize`) on stderr.
pub fn load_scenario(path: &Path, normalize: bool) -> anyhow::Result<Scenario> {
    let loaded = Scenario::load_with(
        path,
        LoadOptions {
            normalize_weights: normalize,
        },
    )
    // The model's errors already name the file (and line and column); their Display includes
    // the underlying cause, so the chain is not repeated.
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    for w in &loaded.warnings {
        eprintln!("{w}");
    }
    Ok(loaded.scenario)
}
