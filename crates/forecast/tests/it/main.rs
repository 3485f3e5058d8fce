//! Integration tests of forecast, one binary with a module per behaviour.

mod eum_reference;
mod exchange_reference;
mod inputs;
mod negotiation;
mod scenario;
mod smp_reference;
