//! The linter in the Design mode: the findings on the pattern as it stands,
//! where the pattern is used, and which finding's fix is being previewed.
//! Worked out when the pattern, the targets or the place change, never per
//! frame.

use crate::lint::{Context, Finding, Place, lint};
use crate::target::Target;

/// What the findings panel is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintCommand {
    /// Where the pattern is used.
    SetPlace(Place),
    /// Apply the fix of this finding (an undoable edit of the pattern).
    ApplyFix(usize),
    /// Show what this finding's fix would make of the pattern (or stop).
    Preview(Option<usize>),
    /// Open the lesson that explains this finding.
    OpenLesson(usize),
}

/// The findings and what they were worked out from.
#[derive(Debug, Default)]
pub struct LintState {
    /// Where the pattern is used.
    pub place: Place,
    /// The finding whose fix is previewed.
    pub preview: Option<usize>,
    findings: Vec<Finding>,
    /// The pattern text the findings are about (their spans point into it).
    linted: String,
    /// (pattern revision, targets revision, place) of `findings`.
    key: Option<(u64, u64, Place)>,
}

impl LintState {
    /// The findings, most severe first (as of the last refresh).
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Lints the pattern again when it, the targets or the place changed.
    pub(super) fn refresh(&mut self, pattern: &str, pattern_revision: u64, targets: &[Target], targets_revision: u64) {
        let key = (pattern_revision, targets_revision, self.place);
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        self.preview = None;
        let empty = pattern.trim().is_empty() || pattern.trim() == "{}";
        self.findings = if empty { Vec::new() } else { lint(pattern, &Context { place: self.place, targets }) };
        pattern.clone_into(&mut self.linted);
    }

    /// Whether the findings are about `pattern` as it is now (the editor
    /// changes its text during a frame, before the findings follow).
    #[must_use]
    pub fn is_about(&self, pattern: &str) -> bool {
        self.linted == pattern
    }

    /// The pattern text with finding `index`'s fix applied; none when the
    /// findings are about another text.
    #[must_use]
    pub fn fixed(&self, index: usize, pattern: &str) -> Option<String> {
        if !self.is_about(pattern) {
            return None;
        }
        self.findings.get(index)?.fix.as_ref().map(|fix| fix.apply(pattern))
    }
}
