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
