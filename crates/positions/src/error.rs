use thiserror::Error;

/// What can go wrong reading positions from the evidence store (the linker itself cannot
/// fail: any text, however odd, gives zero or more stances).
#[derive(Debug, Error)]
pub enum PositionsError {
    #[error(transparent)]
    Store(#[from] detente_store::StoreError),
}
