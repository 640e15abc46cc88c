//! The open rule as a file: its path, name and description, whether it has
//! unsaved changes, the question asked before they would be lost, crash
//! recovery, recent files, and the native dialogs the window should open.
//! Like the rest of the state it knows nothing of egui; the window opens the
//! dialogs it asks for and sends back what the user chose as commands.

use super::saving::{Job, Purpose};
use super::state::{AppState, Command, EventEntry, EventOrigin};
use crate::document::{DesignerState, FileKind, RecentFiles, RuleDocument, TestEvent};
use crate::export::{ExportError, ExportOptions, Exported, Format};
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
    /// Choose a rule or pattern file to open.
    OpenRule,
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

/// The file side of the state.
#[derive(Debug, Default)]
pub struct FileState {
    /// Where the rule is saved, once it is.
    pub path: Option<PathBuf>,
    /// Whether `path` is a rule file or a plain pattern.
    pub kind: Option<FileKind>,
    /// The rule's name.
    pub name: String,
    /// The rule's description.
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
    pub alert: Option<String>,
    /// Set when the window may close.
    pub close_approved: bool,
    /// The document's content as last saved or opened.
    saved_content: String,
    /// Bumped when the name or description changes.
    info_revision: u64,
    /// Whether the content differs from the saved content, and for which revisions.
    dirty_cache: Option<((u64, u64, u64), bool)>,
    recovery: Option<RecoverySlot>,
    /// The revisions last written to the recovery file, and when (seconds).
    recovery_written: Option<(Revisions, f64)>,
    /// Where files are written (inline, or on a writer thread).
    pub(super) writer: super::saving::Writer,
    /// Writes started and not yet finished.
    pub(super) writes_in_flight: usize,
    /// The revisions at which opening another file was approved (nothing
    /// unsaved, or the user said so), while the open dialog is up.
    open_approved_at: Option<Revisions>,
}

/// The document's revisions: (pattern, events, name and description).
type Revisions = (u64, u64, u64);

/// The export dialog: the chosen format and the export of the current
/// pattern, made again only when the pattern, name or format changes.
#[derive(Debug)]
pub struct ExportDialog {
    /// The format shown.
    pub format: Format,
    cached: Option<(ExportKey, Result<Exported, ExportError>)>,
}

/// What an export was made from: (pattern revision, format, name, description).
type ExportKey = (u64, Format, String, String);

/// How often, at most, unsaved work is written to the recovery file.
pub const RECOVERY_INTERVAL_SECS: f64 = 2.0;

impl FileState {
    /// A rule never saved, named "Untitled rule".
    #[must_use]
    pub fn untitled() -> Self {
        Self { name: "Untitled rule".to_owned(), ..Self::default() }
    }
}

impl AppState {
    /// Connects crash recovery: claims this window's recovery file and
    /// collects unsaved work that crashed windows left behind.
    pub fn attach_recovery(&mut self, store: &RecoveryStore) {
        self.file.orphans = store.orphans();
        match store.claim() {
            Ok(slot) => self.file.recovery = Some(slot),
            Err(e) => {
                self.notice = Some(format!("Crash recovery is off: cannot write to {}: {e}", store.folder().display()));
            }
        }
    }

    /// Ends crash recovery when the window closes: nothing is left behind,
    /// unless unsaved work is being closed without the user's answer (as
    /// macOS's Cmd+Q does): then the snapshot stays, to be offered at the
    /// next start.
    pub fn detach_recovery(&mut self) {
        if self.is_dirty() && !self.file.close_approved {
            let now = self.file.recovery_written.map_or(0.0, |(_, at)| at + RECOVERY_INTERVAL_SECS);
            self.autosave(now);
            return;
        }
        if let Some(slot) = self.file.recovery.take() {
            slot.close();
        }
    }

    /// The rule as a document, as it would be saved.
    #[must_use]
    pub fn document(&self) -> RuleDocument {
        let mut document = self.document_content();
        document.designer = Some(DesignerState {
            form: self.form.clone(),
            service_query: self.service_query.clone(),
            event_filter: self.event_filter.clone(),
            selected_event: self.selected.and_then(|i| self.events.get(i)).map(|e| e.name.clone()),
        });
        document
    }

    /// The document without the designer's state: what "unsaved" is about.
    fn document_content(&self) -> RuleDocument {
        RuleDocument {
            name: self.file.name.clone(),
            description: self.file.description.clone(),
            pattern: self.pattern_text.clone(),
            events: self
                .events
                .iter()
                .filter(|e| e.origin == EventOrigin::Own)
                .map(|e| TestEvent { name: e.name.clone(), expect: e.expect, event: e.text.clone() })
                .collect(),
            designer: None,
        }
    }

    /// Whether there are changes since the last save or open.
    pub fn is_dirty(&mut self) -> bool {
        let key = self.revisions();
        if let Some((cached, dirty)) = self.file.dirty_cache
            && cached == key
        {
            return dirty;
        }
        let dirty = self.document_content().to_file_text() != self.file.saved_content;
        self.file.dirty_cache = Some((key, dirty));
        dirty
    }

    fn revisions(&self) -> Revisions {
        (self.pattern_revision(), self.events_revision(), self.file.info_revision)
    }

    /// Whether a modal question or message is up (shortcuts wait for it).
    #[must_use]
    pub fn modal_open(&self) -> bool {
        self.file.prompt.is_some() || self.file.alert.is_some() || !self.file.orphans.is_empty()
    }

    /// The window title: the file (or rule) name, `*` first when unsaved.
    pub fn window_title(&mut self) -> String {
        let name = match &self.file.path {
            Some(path) => path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into()),
            None => self.file.name.clone(),
        };
        let mark = if self.is_dirty() { "*" } else { "" };
        format!("{mark}{name} — Rulecraft")
    }

    /// Marks the current content as saved (e.g. at start-up).
    pub fn mark_saved(&mut self) {
        self.file.saved_content = self.document_content().to_file_text();
        self.file.dirty_cache = None;
    }

    /// Writes unsaved work to the recovery file, at most every
    /// [`RECOVERY_INTERVAL_SECS`]; removes it once the work is saved.
    /// Called every frame with a steady clock.
    pub fn autosave(&mut self, now: f64) {
        if self.file.recovery.is_none() {
            return;
        }
        if !self.is_dirty() {
            if self.file.recovery_written.take().is_some()
                && let Some(slot) = &self.file.recovery
            {
                slot.clear();
            }
            return;
        }
        let revisions = self.revisions();
        if self
            .file
            .recovery_written
            .is_some_and(|(written, at)| written == revisions || now - at < RECOVERY_INTERVAL_SECS)
        {
            return;
        }
        let snapshot = Snapshot { document: self.document(), path: self.file.path.clone(), taken_at: now_secs() };
        let Some(slot) = &self.file.recovery else { return };
        if let Err(e) = slot.write(&snapshot) {
            self.notice = Some(format!("Cannot write the recovery file: {e}"));
        }
        // After a failure too: try again later rather than every frame.
        self.file.recovery_written = Some((revisions, now));
    }

    /// Applies a file command; see [`Command`].
    pub(super) fn handle_file(&mut self, command: Command) {
        match command {
            Command::Guarded(action) => {
                if self.is_dirty() {
                    self.file.prompt = Some(action);
                } else {
                    self.perform(action);
                }
            }
            Command::Answer(answer) => {
                let Some(action) = self.file.prompt.take() else { return };
                match answer {
                    Answer::Cancel => {}
                    Answer::DontSave => self.perform(action),
                    Answer::Save => self.save_then(Some(action)),
                }
            }
            Command::Save => self.save_then(None),
            Command::SaveAs => {
                self.file.dialog =
                    Some(DialogRequest::SaveRuleAs { then: None, suggested: self.suggested_file_name() });
            }
            Command::SaveRuleTo { path, then } => self.save_rule_to(&path, then),
            Command::SavePatternAs => {
                let suggested = format!("{}.json", file_stem(&self.file.name));
                self.file.dialog = Some(DialogRequest::SavePatternAs { suggested });
            }
            Command::SavePatternTo(path) if !self.is_own_file(&path) => {
                let mut text = self.pattern_text.clone();
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                self.start_write(Job { path, bytes: text.into_bytes(), purpose: Purpose::Pattern });
            }
            Command::WriteFile { path, text } if !self.is_own_file(&path) => {
                self.start_write(Job { path, bytes: text.into_bytes(), purpose: Purpose::Export });
            }
            Command::RuleInfoEdited => self.file.info_revision += 1,
            Command::RestoreOrphan(index) if index < self.file.orphans.len() => {
                self.handle_file(Command::Guarded(Action::Restore(index)));
            }
            Command::DiscardOrphan(index) if index < self.file.orphans.len() => {
                self.file.orphans.remove(index).discard();
            }
            Command::DismissAlert => self.file.alert = None,
            Command::OpenNow(path) => {
                // Edits made while the dialog was up are asked about too.
                if self.file.open_approved_at.take() == Some(self.revisions()) {
                    self.open_path(&path);
                } else {
                    self.handle_file(Command::Guarded(Action::Open(path)));
                }
            }
            Command::OpenExport if self.export.is_none() => {
                self.export = Some(ExportDialog { format: Format::CloudFormationYaml, cached: None });
            }
            Command::CloseExport => self.export = None,
            Command::ExportFormat(format) => {
                if let Some(dialog) = &mut self.export {
                    dialog.format = format;
                }
            }
            Command::SaveExport => {
                if let Some(Ok(exported)) = self.export_preview() {
                    let text = exported.text.clone();
                    if let Some(format) = self.export.as_ref().map(|d| d.format) {
                        let suggested = format!("{}.{}", file_stem(&self.file.name), format.extension());
                        self.file.dialog = Some(DialogRequest::SaveExport { suggested, text });
                    }
                }
            }
            _ => {}
        }
    }

    /// The export of the current pattern in the dialog's format.
    pub fn export_preview(&mut self) -> Option<&Result<Exported, ExportError>> {
        let revision = self.pattern_revision();
        let dialog = self.export.as_mut()?;
        let key = (revision, dialog.format, self.file.name.clone(), self.file.description.clone());
        if dialog.cached.as_ref().is_none_or(|(k, _)| *k != key) {
            let options = ExportOptions { name: self.file.name.clone(), description: self.file.description.clone() };
            let exported = crate::export::export(&self.pattern_text, dialog.format, &options);
            dialog.cached = Some((key, exported));
        }
        dialog.cached.as_ref().map(|(_, e)| e)
    }

    /// Does `action` (unsaved changes were saved or may be dropped).
    pub(super) fn perform(&mut self, action: Action) {
        match action {
            Action::New => {
                let document = RuleDocument::untitled(&crate::form::Form::default().pattern_text());
                self.load_document(&document, None, None);
            }
            Action::Open(path) => self.open_path(&path),
            Action::ChooseFileToOpen => {
                self.file.open_approved_at = Some(self.revisions());
                self.file.dialog = Some(DialogRequest::OpenRule);
            }
            Action::Close => self.file.close_approved = true,
            Action::Restore(index) => self.restore(index),
        }
    }

    /// Replaces the document with a crashed window's work, unsaved, tied to
    /// the file it came from (as a rule file or plain pattern, as on disk).
    fn restore(&mut self, index: usize) {
        if index >= self.file.orphans.len() {
            return;
        }
        let orphan = self.file.orphans.remove(index);
        let snapshot = orphan.snapshot.clone();
        let on_disk = snapshot.path.as_deref().and_then(|p| RuleDocument::open(p).ok());
        let kind = on_disk.as_ref().map(|(_, kind)| *kind);
        self.load_document(&snapshot.document, snapshot.path.clone(), kind);
        self.file.saved_content = on_disk.map(|(d, _)| d.to_file_text_without_designer()).unwrap_or_default();
        self.file.dirty_cache = None;
        orphan.discard();
        self.notice = Some("Restored unsaved work from a window that closed unexpectedly".to_owned());
    }

    /// Refuses to write over the rule's own file with something that is not
    /// the rule (only its pattern, or an export).
    fn is_own_file(&mut self, path: &Path) -> bool {
        let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        };
        let own = self.file.path.as_deref().is_some_and(|current| same(current, path));
        if own {
            self.file.alert = Some(format!(
                "{} is this rule's own file: writing only the pattern or an export there would drop its name, description and events. Choose another file.",
                path.display()
            ));
        }
        own
    }

    /// Saves to the known rule file, or asks where; then does `then`.
    fn save_then(&mut self, then: Option<Action>) {
        match (&self.file.path, self.file.kind) {
            (Some(path), Some(FileKind::Rule)) => {
                let path = path.clone();
                self.save_rule_to(&path, then);
            }
            _ => {
                self.file.dialog = Some(DialogRequest::SaveRuleAs { then, suggested: self.suggested_file_name() });
            }
        }
    }

    fn suggested_file_name(&self) -> String {
        format!("{}.rulecraft.json", file_stem(&self.file.name))
    }

    /// Saves the rule file, then does `then`; on failure says why and keeps
    /// everything in memory (see [`super::saving`]).
    fn save_rule_to(&mut self, path: &Path, then: Option<Action>) {
        let document = self.document();
        let content = document.to_file_text_without_designer();
        let bytes = document.to_file_text().into_bytes();
        self.start_write(Job { path: path.to_path_buf(), bytes, purpose: Purpose::Rule { content, then } });
    }

    /// The content `content` is now what the file holds: unsaved changes are
    /// measured from it, and the recovery snapshot goes once nothing is unsaved.
    pub(super) fn saved_as(&mut self, content: String) {
        self.file.saved_content = content;
        self.file.dirty_cache = None;
        if !self.is_dirty() {
            if let Some(slot) = &self.file.recovery {
                slot.clear();
            }
            self.file.recovery_written = None;
        }
    }

    /// Opens a rule or pattern file; a failure leaves the current document as it was.
    fn open_path(&mut self, path: &Path) {
        match RuleDocument::open(path) {
            Ok((document, kind)) => {
                self.load_document(&document, Some(path.to_path_buf()), Some(kind));
                self.file.recent.touch(path);
                self.notice = Some(format!("Opened {}", path.display()));
            }
            Err(e) => {
                if matches!(std::fs::metadata(path), Err(ref m) if m.kind() == std::io::ErrorKind::NotFound) {
                    self.file.recent.forget(path);
                }
                self.file.alert = Some(e.to_string());
            }
        }
    }

    /// Replaces the document: pattern (undo history starts afresh), own
    /// events, name, description and the designer's state.
    fn load_document(&mut self, document: &RuleDocument, path: Option<PathBuf>, kind: Option<FileKind>) {
        self.events.retain(|e| e.origin != EventOrigin::Own);
        self.events.extend(document.events.iter().map(|e| EventEntry {
            name: e.name.clone(),
            text: e.event.clone(),
            origin: EventOrigin::Own,
            expect: e.expect,
        }));
        self.file.name.clone_from(&document.name);
        self.file.description.clone_from(&document.description);
        self.file.path = path;
        self.file.kind = kind;
        self.file.info_revision += 1;
        let designer = document.designer.clone().unwrap_or_default();
        self.form = designer.form;
        self.service_query = designer.service_query;
        self.event_filter = designer.event_filter;
        self.reset_pattern(document.pattern.clone());
        self.selected = designer
            .selected_event
            .and_then(|name| self.events.iter().position(|e| e.name == name))
            .or_else(|| self.events.iter().position(|e| e.origin == EventOrigin::Own));
        self.file.saved_content = document.to_file_text_without_designer();
        self.file.dirty_cache = None;
        if let Some(slot) = &self.file.recovery {
            slot.clear();
        }
        self.file.recovery_written = None;
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
