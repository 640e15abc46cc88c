//! The export dialog: the chosen format and the export of the current rule,
//! made again only when the pattern, targets, name, description or format changes.

use crate::export::{ExportError, Exported, Format, Rule};

/// What the export dialog is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportCommand {
    /// Open the dialog.
    Open,
    /// Close it.
    Close,
    /// Show the export in this format.
    Format(Format),
    /// Ask where to save the export shown.
    Save,
}

/// What an export was made from: (pattern revision, targets revision,
/// format, name, description).
type ExportKey = (u64, u64, Format, String, String);

/// The export dialog, while open.
#[derive(Debug)]
pub struct ExportDialog {
    /// The format shown.
    pub format: Format,
    cached: Option<(ExportKey, Result<Exported, ExportError>)>,
}

impl ExportDialog {
    /// A dialog showing `format`.
    #[must_use]
    pub fn new(format: Format) -> Self {
        Self { format, cached: None }
    }

    /// The export shown, as of the last refresh.
    #[must_use]
    pub fn preview(&self) -> Option<&Result<Exported, ExportError>> {
        self.cached.as_ref().map(|(_, e)| e)
    }

    /// Exports again if what it is made from changed.
    pub(super) fn refresh(&mut self, rule: &Rule<'_>, revisions: (u64, u64)) {
        let key = (revisions.0, revisions.1, self.format, rule.name.to_owned(), rule.description.to_owned());
        if self.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            self.cached = Some((key, crate::export::export(rule, self.format)));
        }
    }
}
