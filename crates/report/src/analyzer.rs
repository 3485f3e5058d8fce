//! Re-running the analysis on numbers a dashboard user changed.

use crate::data::{EditableScenario, ScenarioView};
use crate::ReportError;

/// Recomputes the scenario view after an edit. Implemented by the adapter over the
/// analysis crate; tests use small fakes.
pub trait ScenarioAnalyzer: Send + Sync + 'static {
    /// The scenario's current numbers, for the editor.
    fn editable(&self) -> EditableScenario;
    /// The analysis of the edited numbers. `edit` has passed [`EditableScenario::check`].
    fn analyze(&self, edit: &EditableScenario) -> Result<ScenarioView, ReportError>;
}
