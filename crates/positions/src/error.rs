use thiserror::Error;

#[derive(Debug, Error)]
pub enum PositionsError {
    #[error(transparent)]
    Store(#[from] detente_store::StoreError),
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the draft scenario does not load: {0}")]
    Draft(String),
}
