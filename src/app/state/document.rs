//! The open rule as a file: its path, name and description, whether it has
//! unsaved changes, the question asked before they would be lost, crash
//! recovery, recent files, and the native dialogs the window should open.
//! It knows nothing of the designer or the events: the state hands it the
//! document as it would be saved, and applies what it answers
//! ([`DocumentOutcome`]), such as loading another document.

use super::saving::{Job, Writer};
use crate::app::i18n::Message;
use crate::document::{FileKind, RecentFiles, RuleDocument};
use crate::recovery::{Orphan, RecoverySlot, RecoveryStore, Snapshot, now_secs};
use std::path::{Path, PathBuf};

/// Something that would replace or close the current document, so unsaved
/// changes are asked about first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start a new, empty rule.
    New,
    /// Open this file.
    Open(PathBuf),
    /// Ask which file to open, then open it.
    ChooseFileToOpen,
    /// Close the window.
    Close,
    /// Restore the crashed window's work at this index.
    Restore(usize),
    /// Replace the document with a rule read from infrastructure code (not
    /// yet saved anywhere): where it came from (`file:line`), and its parts
    /// still only known at deploy time, if any.
    LoadFound(Box<RuleDocument>, String, Option<String>),
}

/// The answer to "Save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    DontSave,
    /// Stay.
    Cancel,
}

/// A native dialog the window should open (on its own thread).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogRequest {
    /// Choose a rule or pattern file (or infrastructure code) to open.
    OpenRule,
    /// Choose a folder of infrastructure code to list the rules of.
    OpenFolder,
    /// Choose event files (events, JSON Lines archives) to load.
    OpenEvents,
    /// Choose where to save the rule, then do `then`.
    SaveRuleAs {
        /// What follows a successful save.
        then: Option<Action>,
        /// The suggested file name.
        suggested: String,
    },
    /// Choose where to save the pattern alone.
    SavePatternAs {
        /// The suggested file name.
        suggested: String,
    },
    /// Choose where to save an export.
    SaveExport {
        /// The suggested file name.
        suggested: String,
        /// The text to write.
        text: String,
    },
}

/// What the document side is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentCommand {
    /// Do something that would drop unsaved changes: asks first if there are any.
    Guarded(Action),
    /// The answer to "Save changes?".
    Answer(Answer),
    /// Save the rule (asks where if it has no rule file yet).
    Save,
    /// Save the rule to a file the user chooses.
    SaveAs,
    /// Save the rule to this file, then do `then`.
    SaveRuleTo {
        /// The file.
        path: PathBuf,
        /// What follows a successful save.
        then: Option<Action>,
    },
    /// Save only the pattern, to a file the user chooses.
    SavePatternAs,
    /// Save only the pattern to this file.
    SavePatternTo(PathBuf),
    /// Write a text (an export) to this file, atomically.
    WriteFile {
        /// The file.
        path: PathBuf,
        /// The text.
        text: String,
    },
    /// The rule's name or description was edited in place.
    RuleInfoEdited,
    /// Restore the crashed window's work at this index.
    RestoreOrphan(usize),
    /// Throw away the crashed window's work at this index.
    DiscardOrphan(usize),
    /// Close the alert.
    DismissAlert,
    /// Open this file now (unsaved changes were already asked about).
    OpenNow(PathBuf),
    /// Ask for a native dialog.
    Dialog(DialogRequest),
}

/// What a write is for, and so what its success means.
#[derive(Debug)]
pub(super) enum Purpose {
    /// The rule file: the content it saved (without the designer's state),
    /// and what follows a success.
    Rule {
        /// The document's content when the save started.
        content: String,
        /// What to do once saved.
        then: Option<Action>,
    },
    /// Only the pattern.
    Pattern,
    /// An export.
    Export,
}

/// What the rest of the state must do after a document command.
#[derive(Debug)]
pub enum DocumentOutcome {
    /// Nothing.
    Quiet,
    /// Show this in the toolbar.
    Notice(Message),
    /// Replace the document with this one.
    Load {
        /// The document.
        document: Box<RuleDocument>,
        /// Its file, if any.
        path: Option<PathBuf>,
        /// Rule file or plain pattern.
        kind: Option<FileKind>,
        /// The content counted as saved (unsaved changes are measured from it).
        saved_content: String,
        /// The toolbar notice.
        notice: Option<Message>,
    },
    /// List the rules of this infrastructure file or folder.
    Import(PathBuf),
}

/// A problem shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub enum Alert {
    /// A message of the window's own.
    Message(Message),
    /// A file did not open: which, and why.
    OpenFailed(crate::document::OpenError),
    /// A save failed.
    SaveFailed {
        /// The file.
        path: String,
        /// Why.
        problem: crate::files::IoProblem,
        /// Whether it was the rule itself (its work is still open here).
        rule: bool,
    },
}

/// The document's revisions: (pattern, events, name and description,
/// targets, schedule).
pub type Revisions = (u64, u64, u64, u64, u64);

/// The file side of the state.
#[derive(Debug, Default)]
pub struct FileState {
    /// Where the rule is saved, once it is.
    pub path: Option<PathBuf>,
    /// Whether `path` is a rule file or a plain pattern.
    pub kind: Option<FileKind>,
    /// The rule's name (the name box's buffer).
    pub name: String,
    /// The rule's description (the description box's buffer).
    pub description: String,
    /// Recently opened or saved files.
    pub recent: RecentFiles,
    /// Unsaved work of windows that crashed, offered back.
    pub orphans: Vec<Orphan>,
    /// "Save changes?" is being asked, before this action.
    pub prompt: Option<Action>,
    /// A dialog the window should open.
    pub dialog: Option<DialogRequest>,
    /// A problem to show until dismissed (a failed open or save).
    pub alert: Option<Alert>,
    /// Set when the window may close.
    pub close_approved: bool,
    /// The document's content as last saved or opened.
    saved_content: String,
    /// Bumped when the name or description changes.
    info_revision: u64,
    /// Whether the content differs from the saved content, for which revisions.
    dirty: Option<(Revisions, bool)>,
    recovery: Option<RecoverySlot>,
    /// The revisions last written to the recovery file, and when (seconds).
    recovery_written: Option<(Revisions, f64)>,
    /// Where files are written (inline, or on a writer thread).
    pub(super) writer: Writer<Purpose>,
    /// Writes started and not yet finished.
    pub(super) writes_in_flight: usize,
    /// The revisions at which opening another file was approved (nothing
    /// unsaved, or the user said so), while the open dialog is up.
    open_approved_at: Option<Revisions>,
}

/// How often, at most, unsaved work is written to the recovery file.
pub const RECOVERY_INTERVAL_SECS: f64 = 2.0;

impl FileState {
    /// A rule never saved, named "Untitled rule".
    #[must_use]
    pub fn untitled() -> Self {
        Self { name: crate::app::i18n::tr("untitled-rule"), ..Self::default() }
    }

    /// Bumped whenever the name or description changes.
    #[must_use]
    pub fn info_revision(&self) -> u64 {
        self.info_revision
    }

    /// Whether there are changes since the last save or open (as of the
    /// last refresh).
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.dirty.is_some_and(|(_, dirty)| dirty)
    }

    /// Works out whether `content` (the document without the designer's
    /// state, as file text) differs from what was saved, once per revision.
    pub(super) fn refresh_dirty(&mut self, revisions: Revisions, content: impl FnOnce() -> String) {
        if self.dirty.is_none_or(|(at, _)| at != revisions) {
            let dirty = content() != self.saved_content;
            self.dirty = Some((revisions, dirty));
        }
    }

    /// Marks `content` as what the file holds.
    pub(super) fn mark_saved(&mut self, content: String) {
        self.saved_content = content;
        self.dirty = None;
    }

    /// Whether a modal question or message is up (shortcuts wait for it).
    #[must_use]
    pub fn modal_open(&self) -> bool {
        self.prompt.is_some() || self.alert.is_some() || !self.orphans.is_empty()
    }

    /// The name shown in the title bar: the file's name, or the rule's.
    #[must_use]
    pub fn title_name(&self) -> String {
        match &self.path {
            Some(path) => path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into()),
            None => self.name.clone(),
        }
    }

    /// Connects crash recovery; a failure is returned as a notice.
    pub fn attach_recovery(&mut self, store: &RecoveryStore) -> Option<Message> {
        self.orphans = store.orphans();
        match store.claim() {
            Ok(slot) => {
                self.recovery = Some(slot);
                None
            }
            Err(e) => Some(
                Message::new("notice-recovery-off")
                    .with("folder", store.folder().display().to_string())
                    .with("reason", e.to_string()),
            ),
        }
    }

    /// Ends crash recovery when the window closes cleanly.
    pub(super) fn close_recovery(&mut self) {
        if let Some(slot) = self.recovery.take() {
            slot.close();
        }
    }

    /// When the next autosave may be written (for a close without an answer).
    pub(super) fn next_autosave_time(&self) -> f64 {
        self.recovery_written.map_or(0.0, |(_, at)| at + RECOVERY_INTERVAL_SECS)
    }

    /// Whether a recovery snapshot is due: the work is unsaved, changed
    /// since the last snapshot, and that was [`RECOVERY_INTERVAL_SECS`] ago.
    /// (Once the work is saved, the snapshot is cleared here.)
    pub(super) fn autosave_due(&mut self, now: f64, revisions: Revisions) -> bool {
        if self.recovery.is_none() {
            return false;
        }
        if !self.is_dirty() {
            self.clear_recovery_if_clean();
            return false;
        }
        self.recovery_written.is_none_or(|(written, at)| written != revisions && now - at >= RECOVERY_INTERVAL_SECS)
    }

    /// Writes `document` to the recovery file.
    pub(super) fn autosave(&mut self, now: f64, revisions: Revisions, document: RuleDocument) -> Option<Message> {
        let snapshot = Snapshot { document, path: self.path.clone(), taken_at: now_secs() };
        // After a failure too: try again later rather than every frame.
        self.recovery_written = Some((revisions, now));
        let slot = self.recovery.as_ref()?;
        slot.write(&snapshot).err().map(|e| Message::new("notice-recovery-write-failed").with("reason", e.to_string()))
    }

    /// Applies a document command. `document` is the rule as it would be
    /// saved now; `revisions` says which version of it that is.
    pub(super) fn handle(
        &mut self,
        command: DocumentCommand,
        document: impl FnOnce() -> RuleDocument,
        revisions: Revisions,
    ) -> DocumentOutcome {
        match command {
            DocumentCommand::Guarded(action) => {
                if self.is_dirty() {
                    self.prompt = Some(action);
                    DocumentOutcome::Quiet
                } else {
                    self.perform(action, revisions)
                }
            }
            DocumentCommand::Answer(answer) => {
                let Some(action) = self.prompt.take() else { return DocumentOutcome::Quiet };
                match answer {
                    Answer::Cancel => DocumentOutcome::Quiet,
                    Answer::DontSave => self.perform(action, revisions),
                    Answer::Save => self.save_then(Some(action), &document(), revisions),
                }
            }
            DocumentCommand::Save => self.save_then(None, &document(), revisions),
            DocumentCommand::SaveAs => {
                self.dialog = Some(DialogRequest::SaveRuleAs { then: None, suggested: self.suggested_file_name() });
                DocumentOutcome::Quiet
            }
            DocumentCommand::SaveRuleTo { path, then } => self.save_rule_to(&path, then, &document(), revisions),
            DocumentCommand::SavePatternAs => {
                let suggested = format!("{}.json", file_stem(&self.name));
                self.dialog = Some(DialogRequest::SavePatternAs { suggested });
                DocumentOutcome::Quiet
            }
            DocumentCommand::SavePatternTo(path) => {
                if self.is_own_file(&path) {
                    return DocumentOutcome::Quiet;
                }
                let mut text = document().pattern;
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                self.start_write(Job { path, bytes: text.into_bytes(), purpose: Purpose::Pattern }, revisions)
            }
            DocumentCommand::WriteFile { path, text } => {
                if self.is_own_file(&path) {
                    return DocumentOutcome::Quiet;
                }
                self.start_write(Job { path, bytes: text.into_bytes(), purpose: Purpose::Export }, revisions)
            }
            DocumentCommand::RuleInfoEdited => {
                self.info_revision += 1;
                DocumentOutcome::Quiet
            }
            DocumentCommand::RestoreOrphan(index) if index < self.orphans.len() => {
                self.handle(DocumentCommand::Guarded(Action::Restore(index)), document, revisions)
            }
            DocumentCommand::DiscardOrphan(index) if index < self.orphans.len() => {
                self.orphans.remove(index).discard();
                DocumentOutcome::Quiet
            }
            DocumentCommand::RestoreOrphan(_) | DocumentCommand::DiscardOrphan(_) => DocumentOutcome::Quiet,
            DocumentCommand::DismissAlert => {
                self.alert = None;
                DocumentOutcome::Quiet
            }
            DocumentCommand::OpenNow(path) => {
                // Edits made while the dialog was up are asked about too.
                if self.open_approved_at.take() == Some(revisions) {
                    self.open_path(&path)
                } else {
                    self.handle(DocumentCommand::Guarded(Action::Open(path)), document, revisions)
                }
            }
            DocumentCommand::Dialog(request) => {
                self.dialog = Some(request);
                DocumentOutcome::Quiet
            }
        }
    }

    /// Does `action` (unsaved changes were saved or may be dropped).
    pub(super) fn perform(&mut self, action: Action, revisions: Revisions) -> DocumentOutcome {
        match action {
            Action::New => {
                let document = RuleDocument::untitled(&crate::form::Form::default().pattern_text());
                let document = RuleDocument { name: crate::app::i18n::tr("untitled-rule"), ..document };
                let saved_content = document.to_file_text_without_designer();
                DocumentOutcome::Load {
                    document: Box::new(document),
                    path: None,
                    kind: None,
                    saved_content,
                    // The status line no longer speaks of the last file.
                    notice: Some(Message::new("notice-new-rule")),
                }
            }
            Action::Open(path) => self.open_path(&path),
            Action::ChooseFileToOpen => {
                self.open_approved_at = Some(revisions);
                self.dialog = Some(DialogRequest::OpenRule);
                DocumentOutcome::Quiet
            }
            Action::Close => {
                self.close_approved = true;
                DocumentOutcome::Quiet
            }
            Action::Restore(index) => self.restore(index),
            Action::LoadFound(document, place, unresolved) => {
                let notice = match unresolved {
                    Some(parts) => {
                        Message::new("notice-opened-found-unresolved").with("place", place).with("parts", parts)
                    }
                    None => Message::new("notice-opened-found").with("place", place),
                };
                // Unsaved until saved as a rule file: closing asks first.
                DocumentOutcome::Load {
                    document,
                    path: None,
                    kind: None,
                    saved_content: String::new(),
                    notice: Some(notice),
                }
            }
        }
    }

    /// A crashed window's work, unsaved, tied to the file it came from (as a
    /// rule file or plain pattern, as on disk).
    fn restore(&mut self, index: usize) -> DocumentOutcome {
        if index >= self.orphans.len() {
            return DocumentOutcome::Quiet;
        }
        let orphan = self.orphans.remove(index);
        let snapshot = orphan.snapshot.clone();
        orphan.discard();
        let on_disk = snapshot.path.as_deref().and_then(|p| RuleDocument::open(p).ok());
        let kind = on_disk.as_ref().map(|(_, kind)| *kind);
        let saved_content = on_disk.map(|(d, _)| d.to_file_text_without_designer()).unwrap_or_default();
        DocumentOutcome::Load {
            document: Box::new(snapshot.document),
            path: snapshot.path,
            kind,
            saved_content,
            notice: Some(Message::new("notice-restored")),
        }
    }

    /// Refuses to write over the rule's own file with something that is not
    /// the rule (only its pattern, or an export).
    fn is_own_file(&mut self, path: &Path) -> bool {
        let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        };
        let own = self.path.as_deref().is_some_and(|current| same(current, path));
        if own {
            self.alert = Some(Alert::Message(Message::new("alert-own-file").with("path", path.display().to_string())));
        }
        own
    }

    /// Saves to the known rule file, or asks where; then does `then`.
    fn save_then(&mut self, then: Option<Action>, document: &RuleDocument, revisions: Revisions) -> DocumentOutcome {
        if let (Some(path), Some(FileKind::Rule)) = (&self.path, self.kind) {
            let path = path.clone();
            return self.save_rule_to(&path, then, document, revisions);
        }
        self.dialog = Some(DialogRequest::SaveRuleAs { then, suggested: self.suggested_file_name() });
        DocumentOutcome::Quiet
    }

    /// The file name a save dialog suggests.
    #[must_use]
    pub fn suggested_file_name(&self) -> String {
        format!("{}.rulecraft.json", file_stem(&self.name))
    }

    /// The file name a save dialog suggests for an export with `extension`.
    #[must_use]
    pub fn suggested_export_name(&self, extension: &str) -> String {
        format!("{}.{extension}", file_stem(&self.name))
    }

    /// Saves the rule file, then does `then`; on failure says why and keeps
    /// everything in memory (see [`super::saving`]).
    fn save_rule_to(
        &mut self,
        path: &Path,
        then: Option<Action>,
        document: &RuleDocument,
        revisions: Revisions,
    ) -> DocumentOutcome {
        let content = document.to_file_text_without_designer();
        let bytes = document.to_file_text().into_bytes();
        self.start_write(Job { path: path.to_path_buf(), bytes, purpose: Purpose::Rule { content, then } }, revisions)
    }

    /// Opens a rule or pattern file; a failure leaves the current document as
    /// it was. Infrastructure code (and folders) lists its rules instead.
    fn open_path(&mut self, path: &Path) -> DocumentOutcome {
        if crate::iac::is_infrastructure(path) {
            self.recent.touch(path);
            return DocumentOutcome::Import(path.to_path_buf());
        }
        match RuleDocument::open(path) {
            Ok((document, kind)) => {
                self.recent.touch(path);
                let saved_content = document.to_file_text_without_designer();
                DocumentOutcome::Load {
                    document: Box::new(document),
                    path: Some(path.to_path_buf()),
                    kind: Some(kind),
                    saved_content,
                    notice: Some(Message::new("notice-opened").with("path", path.display().to_string())),
                }
            }
            Err(e) => {
                if matches!(std::fs::metadata(path), Err(ref m) if m.kind() == std::io::ErrorKind::NotFound) {
                    self.recent.forget(path);
                }
                self.alert = Some(Alert::OpenFailed(e));
                DocumentOutcome::Quiet
            }
        }
    }

    /// A document was loaded: its file, name, and what counts as saved.
    pub(super) fn loaded(
        &mut self,
        document: &RuleDocument,
        path: Option<PathBuf>,
        kind: Option<FileKind>,
        saved: String,
    ) {
        self.name.clone_from(&document.name);
        self.description.clone_from(&document.description);
        self.path = path;
        self.kind = kind;
        self.info_revision += 1;
        self.mark_saved(saved);
        if let Some(slot) = &self.recovery {
            slot.clear();
        }
        self.recovery_written = None;
    }

    /// Removes the recovery snapshot once nothing is unsaved (after a save).
    pub(super) fn clear_recovery_if_clean(&mut self) {
        if !self.is_dirty()
            && self.recovery_written.take().is_some()
            && let Some(slot) = &self.recovery
        {
            slot.clear();
        }
    }
}

/// A file name made from a rule name: unsafe characters become `-`.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') { c } else { '-' })
        .collect();
    let stem = stem.trim_matches(['.', ' ']);
    if stem.is_empty() { "rule".to_owned() } else { stem.to_owned() }
}

// ---------------------------------------------------------------- writes

impl FileState {
    /// Whether a write has not finished yet.
    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.writes_in_flight > 0
    }

    /// The outcomes of finished writes.
    pub(super) fn poll_writes(&mut self, revisions: Revisions) -> Vec<DocumentOutcome> {
        self.writer
            .finished()
            .into_iter()
            .map(|(job, result)| {
                self.writes_in_flight = self.writes_in_flight.saturating_sub(1);
                self.finish_write(job, result, revisions)
            })
            .collect()
    }

    /// Starts a write; inline writers finish it at once.
    pub(super) fn start_write(&mut self, job: Job<Purpose>, revisions: Revisions) -> DocumentOutcome {
        if let Some((job, result)) = self.writer.start(job) {
            return self.finish_write(job, result, revisions);
        }
        self.writes_in_flight += 1;
        DocumentOutcome::Notice(Message::new("notice-saving"))
    }

    fn finish_write(
        &mut self,
        job: Job<Purpose>,
        result: Result<(), crate::files::IoProblem>,
        revisions: Revisions,
    ) -> DocumentOutcome {
        let Job { path, purpose, .. } = job;
        let shown = path.display().to_string();
        match (purpose, result) {
            (Purpose::Rule { content, then }, Ok(())) => {
                self.path = Some(path.clone());
                self.kind = Some(FileKind::Rule);
                self.recent.touch(&path);
                self.mark_saved(content);
                match then {
                    Some(action) => match self.perform(action, revisions) {
                        DocumentOutcome::Quiet => {
                            DocumentOutcome::Notice(Message::new("notice-saved").with("path", shown))
                        }
                        other => other,
                    },
                    None => DocumentOutcome::Notice(Message::new("notice-saved").with("path", shown)),
                }
            }
            (Purpose::Rule { .. }, Err(problem)) => {
                self.alert = Some(Alert::SaveFailed { path: shown, problem, rule: true });
                DocumentOutcome::Quiet
            }
            (Purpose::Pattern, Ok(())) => {
                DocumentOutcome::Notice(Message::new("notice-saved-pattern").with("path", shown))
            }
            (Purpose::Export, Ok(())) => DocumentOutcome::Notice(Message::new("notice-saved").with("path", shown)),
            (Purpose::Pattern | Purpose::Export, Err(problem)) => {
                self.alert = Some(Alert::SaveFailed { path: shown, problem, rule: false });
                DocumentOutcome::Quiet
            }
        }
    }

    /// Writes files on a writer thread from now on.
    pub fn write_in_background(&mut self, wake: impl Fn() + Send + 'static) {
        self.writer = Writer::background(wake);
    }
}
