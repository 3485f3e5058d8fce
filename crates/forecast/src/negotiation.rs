//! Agent-based negotiation.
