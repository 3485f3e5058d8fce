//! Time limits on store work: a caller (the dashboard, for one request) sets a deadline for
//! the calls it makes on this thread, and SQLite stops any statement still running when the
//! deadline passes, so an abandoned request does not keep a connection busy.
//!
//! The deadline is per thread because the connection's progress handler runs on the thread
//! that executes the statement, which is the thread that called the store.

use std::cell::Cell;
use std::time::Instant;

/// SQLite virtual-machine steps between two looks at the clock.
const STEPS_PER_CHECK: i32 = 1_000;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Runs `f` with store work on this thread limited to end by `deadline`: a statement still
/// running then is interrupted and its call fails with [`crate::StoreError::Interrupted`].
/// Nested calls keep the earlier of the two deadlines.
pub fn with_deadline<T>(deadline: Instant, f: impl FnOnce() -> T) -> T {
    let previous = DEADLINE.with(Cell::get);
    let effective = previous.map_or(deadline, |p| p.min(deadline));
    DEADLINE.with(|d| d.set(Some(effective)));
    struct Restore(Option<Instant>);
    impl Drop for Restore {
        fn drop(&mut self) {
            DEADLINE.with(|d| d.set(self.0));
        }
    }
    let _restore = Restore(previous);
    f()
}

/// Whether this thread's deadline (if any) has passed.
fn passed() -> bool {
    DEADLINE
        .with(Cell::get)
        .is_some_and(|d| Instant::now() >= d)
}

/// Installs the handler that interrupts a statement once this thread's deadline passes.
pub(crate) fn install(conn: &rusqlite::Connection) {
    conn.progress_handler(STEPS_PER_CHECK, Some(passed));
}

/// Whether an SQLite error is the interruption caused by a passed deadline.
pub(crate) fn is_interrupt(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn deadline_applies_inside_and_is_restored_after() {
        assert!(!passed());
        let past = Instant::now();
        with_deadline(past, || assert!(passed()));
        assert!(!passed());
        let later = Instant::now() + Duration::from_secs(3600);
        with_deadline(later, || {
            assert!(!passed());
            // An inner, earlier deadline wins; an inner, later one does not extend it.
            with_deadline(past, || assert!(passed()));
            assert!(!passed());
        });
    }
}
