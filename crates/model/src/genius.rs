//! GENIUS XML import and export (see docs/genius.md).
