//! One module per subcommand (or family of subcommands).
pub mod analyze;
pub mod chronology;
pub mod corrections;
pub mod db;
pub mod demo;
pub mod extract;
pub mod fetch;
pub mod files;
pub mod forecast;
pub mod genius;
pub mod ingest;
pub mod ingest_evidence;
pub mod output;
pub mod positions;
pub mod query;
pub mod report;
pub mod review;
pub mod serve;
pub mod simulate;
pub mod watch;

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

/// The bundled chronology of known events, plus the events in `extra` when given (a file of
/// `date<TAB>terms<TAB>summary` lines, see `docs/extraction.md`).
pub fn load_chronology(
    extra: Option<&Path>,
) -> anyhow::Result<std::sync::Arc<detente_text::Chronology>> {
    let bundled = detente_text::Chronology::bundled();
    let Some(path) = extra else {
        return Ok(bundled);
    };
    let own = read_chronology(path)?;
    let merged = bundled
        .merged(&own)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(std::sync::Arc::new(merged))
}

/// The user's own chronology only (none when `extra` is `None`), without the bundled one.
pub fn load_own_chronology(
    extra: Option<&Path>,
) -> anyhow::Result<std::sync::Arc<detente_text::Chronology>> {
    Ok(std::sync::Arc::new(match extra {
        Some(path) => read_chronology(path)?,
        None => detente_text::Chronology::default(),
    }))
}

fn read_chronology(path: &Path) -> anyhow::Result<detente_text::Chronology> {
    let bytes = detente_model::read_bounded(path, detente_model::MAX_SCENARIO_BYTES)
        .map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", path.display()))?
        .ok_or_else(|| {
            anyhow::anyhow!(
                "{}: more than {} bytes; a chronology is limited to that",
                path.display(),
                detente_model::MAX_SCENARIO_BYTES
            )
        })?;
    let src = String::from_utf8(bytes)
        .map_err(|e| anyhow::anyhow!("{}: not UTF-8 text: {e}", path.display()))?;
    detente_text::Chronology::parse(&src).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))
}
