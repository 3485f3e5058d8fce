//! Integration tests of store, one binary with a module per behaviour.

mod aliases;
mod common;
mod corrections;
#[cfg(feature = "postgres")]
mod engines;
mod limits;
#[cfg(feature = "postgres")]
mod postgres;
mod review_queries;
mod store;

#[cfg(not(feature = "postgres"))]
#[test]
fn postgres_engine_not_built() {
    eprintln!("SKIPPED postgres tests: detente-store was built without its `postgres` feature");
}
