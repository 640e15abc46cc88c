//! The window's state, free of egui so tests can drive it without a window.
//!
//! It is split by concern, each in its own file with its own commands:
//! [`designer`] (form, pattern text, undo), [`events`] (samples, own events,
//! archives, loading), [`document`] (the rule as a file, saving, recovery),
//! [`export`] (the export dialog), and here the window's own settings
//! (mode, panels, theme, language, command palette).
//!
//! [`AppState::handle`] applies a [`Command`] and then [`AppState::refresh`]es
//! what is derived ([`analysis`]): the pattern is compiled once per revision
//! and everything else follows from that compile. Panels read the state
//! through `&` getters and send commands; text boxes write into their
//! buffers directly and then say so with a command.

pub mod analysis;
pub mod designer;
pub mod document;
pub mod entry;
pub mod events;
pub mod export;
pub mod import;
pub mod learn;
pub mod lint;
mod saving;
pub mod schedule;
pub mod suggest;
pub mod targets;
pub mod work;

pub use analysis::{Analysis, EventVerdict, FormSync, Summary, Unreadable};
pub use designer::{DesignerCommand, DesignerOutcome, DesignerState};
pub use document::{
    Action, Alert, Answer, DialogRequest, DocumentCommand, DocumentOutcome, FileState, RECOVERY_INTERVAL_SECS,
};
pub use entry::{EntryCommand, EntryComposer};
pub use events::{EventEntry, EventOrigin, EventsCommand, EventsOutcome, EventsState};
pub use export::{ExportCommand, ExportDialog};
pub use import::{ImportCommand, ImportState};
pub use learn::{LearnCommand, LearnState, Progress};
pub use lint::{LintCommand, LintState};
pub use schedule::{ScheduleCommand, ScheduleState};
pub use suggest::{SuggestCommand, SuggestState};
pub use targets::{TargetEdit, TargetPreview, TargetsCommand, TargetsState};

use super::actions::ActionId;
use super::i18n::{Language, Message};
use crate::document::{DesignerState as SavedDesigner, FileKind, RuleDocument, TestEvent};
use crate::export::Format;
use crate::form::Form;
use crate::recovery::RecoveryStore;
use std::path::PathBuf;
use work::{Executor, Wake};

/// A mode of the window: each is a room of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Mode {
    /// Design a pattern and test it against events.
    Design,
    /// Where matched events go and what each target receives.
    Targets,
    /// When the rule fires on a clock.
    Schedule,
    /// Learn the pattern language: lessons and exercises.
    Learn,
}

impl Mode {
    /// Every mode, in the order the mode switch shows them.
    pub const ALL: [Mode; 4] = [Mode::Design, Mode::Targets, Mode::Schedule, Mode::Learn];

    /// Its name's key in the message files.
    #[must_use]
    pub fn label_key(self) -> &'static str {
        match self {
            Mode::Design => "mode-design",
            Mode::Targets => "mode-targets",
            Mode::Schedule => "mode-schedule",
            Mode::Learn => "mode-learn",
        }
    }
}

/// The theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Dark.
    Dark,
    /// Light.
    Light,
}

/// A side panel that can be hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidePanel {
    /// The form (left).
    Form,
    /// The events (right).
    Events,
}

/// The window's settings, kept between runs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The theme.
    pub theme: ThemeChoice,
    /// The language.
    pub language: Language,
    /// Whether the form panel is shown.
    pub form_panel: bool,
    /// Whether the events panel is shown.
    pub events_panel: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self { theme: ThemeChoice::System, language: Language::English, form_panel: true, events_panel: true }
    }
}

/// The command palette: the search as typed, and the row chosen (Enter runs it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Palette {
    /// The search (the palette's text box's buffer).
    pub query: String,
    /// The chosen row among the actions that match.
    pub chosen: usize,
}

/// A text field a shortcut can put the cursor in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// The service search.
    ServiceSearch,
    /// The event filter.
    EventFilter,
    /// The command palette's search.
    PaletteSearch,
    /// The value of the condition being written.
    ConditionValue,
}

/// Something only the window can do, asked for by the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard.
    Copy(String),
    /// Put the cursor in this field.
    Focus(FocusTarget),
}

/// What the window itself is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum WindowCommand {
    /// Run an action of the action table.
    Run(ActionId),
    /// Switch mode.
    SetMode(Mode),
    /// Show the "About samples" window, or close it.
    ShowAbout(bool),
    /// Show or hide the operator reference.
    ShowReference(bool),
    /// Close the command palette.
    ClosePalette,
    /// The palette's search was edited in place: the first match is chosen.
    PaletteQueryEdited,
    /// Move the palette's choice by this many rows, within `matches` rows.
    PaletteMove {
        /// Rows down (negative: up).
        by: isize,
        /// How many actions match the search.
        matches: usize,
    },
    /// Show a message in the toolbar.
    Notice(Message),
    /// Put this on the clipboard and say so.
    Copy {
        /// The text.
        text: String,
        /// What to say.
        notice: Message,
    },
}

/// What a panel asks the state to do: one variant per concern.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// The designer: form, pattern text, undo.
    Designer(DesignerCommand),
    /// The events.
    Events(EventsCommand),
    /// The rule as a file.
    Document(DocumentCommand),
    /// The export dialog.
    Export(ExportCommand),
    /// The window: actions, mode, notices.
    Window(WindowCommand),
    /// The Learn mode.
    Learn(LearnCommand),
    /// The Targets mode.
    Targets(TargetsCommand),
    /// The Schedule mode.
    Schedule(ScheduleCommand),
    /// The linter's findings in the Design mode.
    Lint(LintCommand),
    /// The `PutEvents` entry composer.
    Entry(EntryCommand),
    /// The rules read out of infrastructure code.
    Import(ImportCommand),
    /// Patterns suggested from events marked "should match" / "should not match".
    Suggest(SuggestCommand),
}

/// Everything the window shows.
#[derive(Debug)]
pub struct AppState {
    /// The mode shown.
    pub mode: Mode,
    /// Settings kept between runs.
    pub settings: Settings,
    /// The Design mode.
    pub designer: DesignerState,
    /// The events the pattern is tested against.
    pub events: EventsState,
    /// The Learn mode.
    pub learn: LearnState,
    /// The Targets mode: the rule's targets and what each receives.
    pub targets: TargetsState,
    /// The Schedule mode: when the rule fires on a clock.
    pub schedule: ScheduleState,
    /// The linter's findings on the pattern.
    pub lint: LintState,
    /// An own event written as a `PutEvents` entry.
    pub entry: EntryComposer,
    /// Rules read out of infrastructure code, after opening such a file.
    pub import: ImportState,
    /// Patterns suggested from marked events.
    pub suggest: SuggestState,
    /// The rule as a file: path, name, unsaved changes, recovery, dialogs.
    pub file: FileState,
    /// The export dialog, while open.
    pub export: Option<ExportDialog>,
    /// A message about the last action, if any.
    pub notice: Option<Message>,
    /// Whether the "About samples" window is open.
    pub about_open: bool,
    /// Whether the operator reference is shown.
    pub reference_open: bool,
    /// The command palette, while it is open.
    pub palette: Option<Palette>,
    /// What only the window can do, for it to take each frame.
    pub effects: Vec<Effect>,
    analysis: Analysis,
    /// The catalog services for the service query: (query, service indices).
    service_hits: (String, Vec<usize>),
    /// What the form offers for the chosen source and detail-types.
    form_lookups: FormLookups,
    /// How many variants the selected event has, for (selected, events revision).
    selected_variants: (Option<(usize, u64)>, usize),
    executor: Executor,
}

/// The fields the form offers for one source and its chosen detail-types,
/// looked up when those change (not every frame).
#[derive(Debug, Default)]
struct FormLookups {
    /// The source, detail-types and events revision they were looked up for.
    key: Option<(Option<String>, Vec<String>, u64)>,
    /// Fields to write conditions on, best first.
    choices: Vec<crate::catalog::FieldChoice>,
    /// Fields whose values the event types' toggles show.
    toggled: Vec<String>,
}

impl FormLookups {
    fn refresh(&mut self, form: &Form, events: &[EventEntry], events_revision: u64) {
        let source = form.source.as_deref().unwrap_or_default();
        let catalogued = source.is_empty() || crate::catalog::catalog().service(source).is_some();
        // Only an application's own source reads the events.
        let events_revision = if catalogued { 0 } else { events_revision };
        if self.key.as_ref().is_some_and(|(source, types, revision)| {
            *source == form.source && *types == form.detail_types && *revision == events_revision
        }) {
            return;
        }
        self.choices = if catalogued {
            crate::catalog::field_choices(source, &form.detail_types)
        } else {
            // An application's own source: the fields its events (own, loaded) have.
            let texts = events.iter().map(|e| &*e.text);
            crate::catalog::observed_field_choices(source, &form.detail_types, texts)
        };
        self.toggled = crate::catalog::catalog()
            .service(source)
            .map(|service| {
                service
                    .detail_types
                    .iter()
                    .filter(|d| form.detail_types.contains(&d.name))
                    .flat_map(|d| d.fields.iter().filter(|f| f.has_toggles()).map(|f| f.path.clone()))
                    .collect()
            })
            .unwrap_or_default();
        self.key = Some((form.source.clone(), form.detail_types.clone(), events_revision));
    }
}

/// The form a new window starts with.
fn starting_form() -> Form {
    let mut form = Form {
        source: Some("aws.ec2".to_owned()),
        detail_types: vec!["EC2 Instance State-change Notification".to_owned()],
        ..Form::default()
    };
    form.set_values("detail.state", vec!["running".to_owned(), "stopped".to_owned()]);
    form
}

impl Default for AppState {
    fn default() -> Self {
        let form = starting_form();
        let mut state = Self::new(&form.pattern_text(), &[]);
        state.designer.form = form;
        let running =
            state.events.events.iter().position(|e| e.name.contains("Instance-State-change-Notification--running"));
        state.events.select(running);
        state.refresh();
        state.mark_saved();
        state
    }
}

impl AppState {
    /// State with this pattern text, all bundled samples, and these own events.
    #[must_use]
    pub fn new(pattern: &str, own_events: &[(&str, &str)]) -> Self {
        let mut state = Self {
            mode: Mode::Design,
            settings: Settings::default(),
            designer: DesignerState::new(pattern),
            events: EventsState::new(own_events),
            learn: LearnState::default(),
            targets: TargetsState::default(),
            schedule: ScheduleState::default(),
            lint: LintState::default(),
            entry: EntryComposer::default(),
            import: ImportState::default(),
            suggest: SuggestState::default(),
            file: FileState::untitled(),
            export: None,
            notice: None,
            about_open: false,
            reference_open: false,
            palette: None,
            effects: Vec::new(),
            analysis: Analysis::default(),
            service_hits: (String::from("\u{0}"), Vec::new()),
            form_lookups: FormLookups::default(),
            selected_variants: (None, 0),
            executor: Executor::Inline,
        };
        state.refresh();
        state.mark_saved();
        state
    }

    /// Runs long work (loading, matching large sets, saving) on threads
    /// from now on; `wake` is called when a thread has news (repaint).
    pub fn work_in_background(&mut self, wake: Wake) {
        self.executor = Executor::Background(wake.clone());
        self.events.load_in_background(wake.clone());
        self.file.write_in_background(move || wake());
    }

    /// Applies a command, then brings what is derived up to date.
    pub fn handle(&mut self, command: Command) {
        self.apply(command);
        self.refresh();
    }

    /// Applies a command: every concern's commands, each handled once (no
    /// catch-all: a new command that nobody handles does not compile).
    fn apply(&mut self, command: Command) {
        match command {
            Command::Designer(command) => match self.designer.handle(command) {
                DesignerOutcome::Quiet => {}
                DesignerOutcome::FocusValue => self.effects.push(Effect::Focus(FocusTarget::ConditionValue)),
                DesignerOutcome::CannotPrettify(at) => {
                    let at = crate::json::Position::of(&self.designer.pattern_text, at);
                    self.notice =
                        Some(Message::new("notice-cannot-prettify").with("line", at.line).with("column", at.column));
                }
            },
            Command::Events(command) => {
                if command == EventsCommand::CancelLoading {
                    self.analysis.cancel_matching();
                }
                let outcome = self.events.handle(command, &self.analysis.listed);
                self.events_outcome(outcome);
            }
            Command::Document(command) => {
                let revisions = self.revisions();
                let (designer, events, targets) = (&self.designer, &self.events, &self.targets.targets);
                let schedule = &self.schedule;
                let (name, description) = (self.file.name.clone(), self.file.description.clone());
                let build = move || build_document(designer, events, targets, schedule, name, description);
                let outcome = self.file.handle(command, build, revisions);
                self.document_outcome(outcome);
            }
            Command::Export(command) => self.handle_export(command),
            Command::Window(command) => self.handle_window(command),
            Command::Learn(LearnCommand::OpenInDesigner) => self.open_in_designer(None),
            Command::Learn(LearnCommand::OpenExampleInDesigner(example)) => self.open_in_designer(Some(example)),
            Command::Learn(command) => self.learn.handle(command),
            Command::Targets(command) => self.targets.handle(command),
            Command::Schedule(command) => self.schedule.handle(command),
            Command::Lint(command) => self.handle_lint(command),
            Command::Entry(command) => self.handle_entry(command),
            Command::Import(command) => self.handle_import(command),
            Command::Suggest(command) => match command {
                SuggestCommand::Run => self.suggest.start(&self.events.events, &self.executor),
                SuggestCommand::Show(open) => self.suggest.open = open,
                SuggestCommand::Adopt(n) => {
                    if let Some(pattern) = self.suggest.pattern(n).map(str::to_owned) {
                        self.apply(Command::Designer(DesignerCommand::SetPattern(pattern)));
                        self.notice = Some(Message::new("notice-suggestion-adopted"));
                    }
                }
            },
        }
    }

    fn handle_entry(&mut self, command: EntryCommand) {
        match command {
            EntryCommand::Show(open) => self.entry.open = open,
            EntryCommand::Edited => self.entry.refresh(),
            EntryCommand::AddToEvents => {
                if let Ok(text) = self.entry.outcome().clone() {
                    let detail_type = self.entry.detail_type.trim().to_owned();
                    let name = super::i18n::tr_args("entry-event-name", &[("detail_type", detail_type.into())]);
                    self.apply(Command::Events(EventsCommand::AddOwnEvent { name, text }));
                }
            }
            EntryCommand::CopyAsCode(language) => {
                let code = crate::putevents::code::code(&[self.entry.entry()], language);
                self.effects.push(Effect::Copy(code));
                self.notice = Some(Message::new("entry-copied").with("language", language.title()));
            }
        }
    }

    fn handle_import(&mut self, command: ImportCommand) {
        match command {
            ImportCommand::Show(open) => self.import.open = open,
            ImportCommand::Select(file, rule) => {
                self.import.selected = Some((file, rule));
            }
            ImportCommand::OpenSelected => {
                let Some(rule) = self.import.selected_rule() else { return };
                let (document, notes) = rule.to_document(&self.import.given_values());
                let place = format!("{}:{}", rule.file.display(), rule.line);
                let unresolved = notes.iter().find_map(|n| match n {
                    crate::iac::Note::Unresolved(parts) => Some(parts.join(", ")),
                    _ => None,
                });
                self.import.closing = true;
                let action = Action::LoadFound(Box::new(document), place, unresolved);
                self.apply(Command::Document(DocumentCommand::Guarded(action)));
            }
        }
    }

    fn handle_lint(&mut self, command: LintCommand) {
        match command {
            LintCommand::SetPlace(place) => self.lint.place = place,
            LintCommand::Preview(index) => self.lint.preview = index,
            LintCommand::ApplyFix(index) => {
                if let Some(fixed) = self.lint.fixed(index, &self.designer.pattern_text) {
                    self.apply(Command::Designer(DesignerCommand::SetPattern(fixed)));
                }
            }
            LintCommand::OpenLesson(index) => {
                let lesson = self.lint.findings().get(index).map(|f| f.rule.lesson());
                if let Some(position) = lesson.and_then(|id| crate::learn::lessons().iter().position(|l| l.id == id)) {
                    self.mode = Mode::Learn;
                    self.learn.handle(LearnCommand::OpenLesson(position));
                }
            }
        }
    }

    /// Takes the open exercise, or an example of the open lesson (the first
    /// when none is named), into the Design mode: the pattern, and the
    /// events as the user's own with the verdicts they should get.
    fn open_in_designer(&mut self, example: Option<usize>) {
        let Some(lesson) = self.learn.lesson() else { return };
        let exercise = self.learn.exercise.filter(|_| example.is_none()).and_then(|index| lesson.exercises.get(index));
        let (pattern, events): (String, Vec<(&str, &str, bool)>) = if let Some(exercise) = exercise {
            let events = exercise.events.iter().map(|e| (e.name.as_str(), e.event.as_str(), e.matches)).collect();
            (self.learn.pattern_text.clone(), events)
        } else {
            let Some(example) = lesson.examples.get(example.unwrap_or(0)) else { return };
            let events = example.events.iter().map(|e| (e.name.as_str(), e.event.as_str(), e.matches)).collect();
            (example.pattern.clone(), events)
        };
        self.events.replace_own(events.iter().map(|(name, text, matches)| EventEntry {
            name: (*name).to_owned(),
            text: (*text).into(),
            origin: EventOrigin::Own,
            expect: Some(if *matches {
                crate::document::Expectation::Match
            } else {
                crate::document::Expectation::NoMatch
            }),
        }));
        self.designer.handle(DesignerCommand::SetPattern(pattern));
        let first_own = self.events.events.iter().position(|e| e.origin == EventOrigin::Own);
        self.events.select(first_own);
        self.mode = Mode::Design;
    }

    fn handle_export(&mut self, command: ExportCommand) {
        match command {
            ExportCommand::Open => {
                if self.export.is_none() {
                    self.export = Some(ExportDialog::new(Format::CloudFormationYaml));
                }
            }
            ExportCommand::Close => self.export = None,
            ExportCommand::Format(format) => {
                if let Some(dialog) = &mut self.export {
                    dialog.format = format;
                }
            }
            ExportCommand::Save => {
                if let Some(dialog) = &self.export
                    && let Some(Ok(exported)) = dialog.preview()
                {
                    let suggested = self.file.suggested_export_name(dialog.format.extension());
                    self.file.dialog = Some(DialogRequest::SaveExport { suggested, text: exported.text.clone() });
                }
            }
        }
    }

    fn handle_window(&mut self, command: WindowCommand) {
        match command {
            WindowCommand::Run(action) => self.run(action),
            WindowCommand::SetMode(mode) => self.mode = mode,
            WindowCommand::ShowAbout(open) => self.about_open = open,
            WindowCommand::ShowReference(open) => self.reference_open = open,
            WindowCommand::ClosePalette => self.palette = None,
            WindowCommand::PaletteQueryEdited => {
                if let Some(palette) = &mut self.palette {
                    palette.chosen = 0;
                }
            }
            WindowCommand::PaletteMove { by, matches } => {
                if let Some(palette) = &mut self.palette {
                    let last = matches.saturating_sub(1);
                    palette.chosen = palette.chosen.saturating_add_signed(by).min(last);
                }
            }
            WindowCommand::Notice(message) => self.notice = Some(message),
            WindowCommand::Copy { text, notice } => {
                self.effects.push(Effect::Copy(text));
                self.notice = Some(notice);
            }
        }
    }

    /// Runs an action of the action table.
    fn run(&mut self, action: ActionId) {
        let command = match action {
            ActionId::NewRule => Command::Document(DocumentCommand::Guarded(Action::New)),
            ActionId::Open => Command::Document(DocumentCommand::Guarded(Action::ChooseFileToOpen)),
            ActionId::OpenFolder => Command::Document(DocumentCommand::Dialog(DialogRequest::OpenFolder)),
            ActionId::Save => Command::Document(DocumentCommand::Save),
            ActionId::SaveAs => Command::Document(DocumentCommand::SaveAs),
            ActionId::SavePatternAs => Command::Document(DocumentCommand::SavePatternAs),
            ActionId::Export => Command::Export(ExportCommand::Open),
            ActionId::Quit => Command::Document(DocumentCommand::Guarded(Action::Close)),
            ActionId::Undo => Command::Designer(DesignerCommand::Undo),
            ActionId::Redo => Command::Designer(DesignerCommand::Redo),
            ActionId::Prettify => Command::Designer(DesignerCommand::Prettify),
            ActionId::CopyPattern => Command::Window(WindowCommand::Copy {
                text: self.designer.pattern_text.clone(),
                notice: Message::new("notice-copied-pattern"),
            }),
            ActionId::NextEvent => Command::Events(EventsCommand::Step(1)),
            ActionId::PreviousEvent => Command::Events(EventsCommand::Step(-1)),
            ActionId::OpenEventFiles => Command::Document(DocumentCommand::Dialog(DialogRequest::OpenEvents)),
            ActionId::CancelEventWork => Command::Events(EventsCommand::CancelLoading),
            ActionId::AboutSamples => Command::Window(WindowCommand::ShowAbout(true)),
            ActionId::OperatorReference => Command::Window(WindowCommand::ShowReference(true)),
            ActionId::ModeDesign => Command::Window(WindowCommand::SetMode(Mode::Design)),
            ActionId::ModeLearn => Command::Window(WindowCommand::SetMode(Mode::Learn)),
            ActionId::ModeTargets => Command::Window(WindowCommand::SetMode(Mode::Targets)),
            ActionId::ModeSchedule => Command::Window(WindowCommand::SetMode(Mode::Schedule)),
            ActionId::FocusServiceSearch => {
                self.mode = Mode::Design;
                self.effects.push(Effect::Focus(FocusTarget::ServiceSearch));
                return;
            }
            ActionId::FocusEventFilter => {
                self.mode = Mode::Design;
                self.effects.push(Effect::Focus(FocusTarget::EventFilter));
                return;
            }
            ActionId::CommandPalette => {
                self.palette = Some(Palette::default());
                self.effects.push(Effect::Focus(FocusTarget::PaletteSearch));
                return;
            }
            ActionId::ToggleFormPanel => {
                self.settings.form_panel = !self.settings.form_panel;
                return;
            }
            ActionId::ToggleEventsPanel => {
                self.settings.events_panel = !self.settings.events_panel;
                return;
            }
            ActionId::ThemeSystem => {
                self.settings.theme = ThemeChoice::System;
                return;
            }
            ActionId::ThemeDark => {
                self.settings.theme = ThemeChoice::Dark;
                return;
            }
            ActionId::ThemeLight => {
                self.settings.theme = ThemeChoice::Light;
                return;
            }
            ActionId::LanguageEnglish => {
                self.set_language(Language::English);
                return;
            }
            ActionId::LanguageKorean => {
                self.set_language(Language::Korean);
                return;
            }
        };
        self.apply(command);
    }

    /// Speaks `language` from now on.
    pub fn set_language(&mut self, language: Language) {
        self.settings.language = language;
        super::i18n::set_language(language);
    }

    fn events_outcome(&mut self, outcome: EventsOutcome) {
        match outcome {
            EventsOutcome::Quiet => {}
            EventsOutcome::Added { count, problems, archive } => {
                let key = match (archive, problems.is_empty()) {
                    (false, true) => "notice-added-events",
                    (true, true) => "notice-added-archive",
                    (_, false) => "notice-added-with-problems",
                };
                self.notice = Some(
                    Message::new(key)
                        .with("count", count)
                        .with("problems", problems.len())
                        .with("list", problems.join("; ")),
                );
            }
            EventsOutcome::Cancelled(count) => {
                self.notice = Some(Message::new("notice-loading-cancelled").with("count", count));
            }
            EventsOutcome::Duplicated(name) => {
                self.notice = Some(Message::new("notice-duplicated").with("name", name));
            }
            EventsOutcome::VariantsAdded { of, count } => {
                self.notice = Some(Message::new("notice-variants-added").with("name", of).with("count", count));
            }
        }
    }

    fn document_outcome(&mut self, outcome: DocumentOutcome) {
        match outcome {
            DocumentOutcome::Quiet => {}
            DocumentOutcome::Notice(message) => self.notice = Some(message),
            DocumentOutcome::Load { document, path, kind, saved_content, notice } => {
                if std::mem::take(&mut self.import.closing) {
                    self.import.open = false;
                }
                self.load_document(&document, path, kind, saved_content);
                if notice.is_some() {
                    self.notice = notice;
                }
            }
            DocumentOutcome::Import(path) => {
                self.notice = Some(Message::new("notice-reading-rules").with("path", path.display().to_string()));
                self.import.start(path, &self.executor);
                self.import.select_first();
            }
        }
    }

    /// Replaces the document: pattern (undo history starts afresh), own
    /// events, name, description and the designer's state.
    fn load_document(&mut self, document: &RuleDocument, path: Option<PathBuf>, kind: Option<FileKind>, saved: String) {
        self.events.replace_own(document.events.iter().map(|e| EventEntry {
            name: e.name.clone(),
            text: e.event.as_str().into(),
            origin: EventOrigin::Own,
            expect: e.expect,
        }));
        self.file.loaded(document, path, kind, saved);
        self.targets.replace(document.targets.clone());
        self.schedule.replace(document.schedule.as_ref());
        let designer = document.designer.clone().unwrap_or_default();
        self.designer.service_query = designer.service_query;
        self.events.filter = designer.event_filter;
        self.designer.reset(document.pattern.clone(), designer.form);
        let selected = designer
            .selected_event
            .and_then(|name| self.events.events.iter().position(|e| e.name == name))
            .or_else(|| self.events.events.iter().position(|e| e.origin == EventOrigin::Own));
        self.events.select(selected);
    }

    /// Brings everything derived up to date: compiles the pattern if it
    /// changed, lets the form follow it, judges events, and works out the
    /// list, the summary, unsaved changes and the export preview. Called
    /// after every command, and every frame (threads may have news).
    pub fn refresh(&mut self) {
        self.import.poll();
        self.suggest.poll();
        if self.events.loading.is_some() {
            let outcome = self.events.poll_loading();
            self.events_outcome(outcome);
        }
        let revisions = self.revisions();
        for outcome in self.file.poll_writes(revisions) {
            self.document_outcome(outcome);
        }
        let inputs = analysis::Inputs {
            pattern_text: &self.designer.pattern_text,
            pattern_revision: self.designer.revision(),
            events: &self.events.events,
            events_revision: self.events.revision(),
            total_bytes: self.events.total_bytes(),
            selected: self.events.selected,
            filter: &self.events.filter,
            source: self.designer.form.source.as_deref(),
            detail_types: &self.designer.form.detail_types,
            executor: &self.executor,
            loading: self.events.loading.is_some(),
        };
        let recompiled = self.analysis.refresh(&inputs);
        // The analysis read the form back when it compiled: the designer takes that one.
        if recompiled
            && self.designer.take_form_follow_request()
            && let Some(form) = self.analysis.take_read_form()
        {
            self.designer.follow(form);
        }
        if self.service_hits.0 != self.designer.service_query {
            let mut services: Vec<usize> = Vec::new();
            for hit in crate::catalog::catalog().search(&self.designer.service_query) {
                if !services.contains(&hit.service) {
                    services.push(hit.service);
                }
            }
            self.service_hits = (self.designer.service_query.clone(), services);
        }
        self.form_lookups.refresh(&self.designer.form, &self.events.events, self.events.revision());
        let selected = self.events.selected.map(|index| (index, self.events.revision()));
        if self.selected_variants.0 != selected {
            let count = selected
                .and_then(|(index, _)| self.events.events.get(index))
                .map_or(0, |event| crate::variants::variants(&event.text).len());
            self.selected_variants = (selected, count);
        }
        if self.mode == Mode::Targets {
            self.refresh_targets_preview();
        }
        self.lint.refresh(
            &self.designer.pattern_text,
            self.designer.revision(),
            &self.targets.targets,
            self.targets.revision(),
        );
        let revisions = self.revisions();
        let (designer, events, file, targets) = (&self.designer, &self.events, &mut self.file, &self.targets.targets);
        let schedule = &self.schedule;
        let (name, description) = (file.name.clone(), file.description.clone());
        file.refresh_dirty(revisions, || {
            build_document(designer, events, targets, schedule, name, description).to_file_text()
        });
        file.clear_recovery_if_clean();
        if let Some(dialog) = &mut self.export {
            let schedule = self.schedule.saved();
            let rule = crate::export::Rule {
                name: &self.file.name,
                description: &self.file.description,
                pattern: &self.designer.pattern_text,
                targets: &self.targets.targets,
                schedule: schedule.as_ref(),
            };
            // The targets' and the schedule's revisions move one key.
            let others = self.targets.revision().wrapping_add(self.schedule.revision().wrapping_mul(1 << 32));
            dialog.refresh(&rule, (self.designer.revision(), others));
        }
    }

    /// The analysis of the current texts (as of the last refresh).
    #[must_use]
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// Indices of the events to list, in order (as of the last refresh).
    #[must_use]
    pub fn listed_events(&self) -> &[usize] {
        &self.analysis.listed
    }

    /// Whether the pattern is still empty (`{}` or nothing): a new rule,
    /// shown with a hint rather than as an error.
    #[must_use]
    pub fn pattern_is_empty(&self) -> bool {
        let mut significant = self.designer.pattern_text.chars().filter(|c| !c.is_whitespace());
        match significant.next() {
            None => true,
            Some('{') => significant.next() == Some('}') && significant.next().is_none(),
            Some(_) => false,
        }
    }

    /// The events panel's summary, in the current language.
    #[must_use]
    pub fn summary(&self) -> String {
        let count = |n: usize| super::i18n::Arg::from(n);
        match self.analysis.summary {
            Summary::NoVerdicts if self.pattern_is_empty() => super::i18n::tr("summary-empty-pattern"),
            Summary::NoVerdicts => super::i18n::tr("summary-no-verdicts"),
            Summary::Loading { events } => super::i18n::tr_args("summary-loading", &[("events", count(events))]),
            Summary::Matching { done, total } => {
                super::i18n::tr_args("summary-matching", &[("done", count(done)), ("total", count(total))])
            }
            Summary::All { matched, total } => {
                super::i18n::tr_args("summary-all", &[("matched", count(matched)), ("total", count(total))])
            }
            Summary::Relevant { matched, relevant, all_matched, total } => super::i18n::tr_args(
                "summary-relevant",
                &[
                    ("matched", count(matched)),
                    ("relevant", count(relevant)),
                    ("allMatched", count(all_matched)),
                    ("total", count(total)),
                ],
            ),
        }
    }

    /// The catalog services matching the service query, best first.
    #[must_use]
    pub fn service_results(&self) -> &[usize] {
        &self.service_hits.1
    }

    /// Fields of the chosen event types to write conditions on, best first.
    #[must_use]
    pub fn field_choices(&self) -> &[crate::catalog::FieldChoice] {
        &self.form_lookups.choices
    }

    /// The designer to edit, beside the fields it may pick from.
    pub fn designer_and_field_choices(&mut self) -> (&mut DesignerState, &[crate::catalog::FieldChoice]) {
        (&mut self.designer, &self.form_lookups.choices)
    }

    /// How many variants "Add variants" would add for the event at `index`
    /// (known for the selected event).
    #[must_use]
    pub fn variant_count(&self, index: usize) -> usize {
        match self.selected_variants {
            (Some((selected, _)), count) if selected == index => count,
            _ => 0,
        }
    }

    /// Fields whose values the chosen event types' toggles show.
    #[must_use]
    pub fn toggled_paths(&self) -> &[String] {
        &self.form_lookups.toggled
    }

    /// The notice in the current language.
    #[must_use]
    pub fn notice_text(&self) -> Option<String> {
        self.notice.as_ref().map(Message::text)
    }

    /// Whether there are changes since the last save or open.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.file.is_dirty()
    }

    /// Whether a modal question or message is up (shortcuts wait for it).
    #[must_use]
    pub fn modal_open(&self) -> bool {
        self.file.modal_open()
    }

    /// The window title: the file (or rule) name, `*` first when unsaved.
    #[must_use]
    pub fn window_title(&self) -> String {
        let unsaved = if self.is_dirty() { "yes" } else { "no" };
        super::i18n::tr_args("window-title", &[("unsaved", unsaved.into()), ("name", self.file.title_name().into())])
    }

    /// The rule as a document, as it would be saved (with the designer's state).
    #[must_use]
    pub fn document(&self) -> RuleDocument {
        let mut document = build_document(
            &self.designer,
            &self.events,
            &self.targets.targets,
            &self.schedule,
            self.file.name.clone(),
            self.file.description.clone(),
        );
        document.designer = Some(SavedDesigner {
            form: self.designer.form.clone(),
            service_query: self.designer.service_query.clone(),
            event_filter: self.events.filter.clone(),
            selected_event: self.events.selected.and_then(|i| self.events.events.get(i)).map(|e| e.name.clone()),
        });
        document
    }

    /// Marks the current content as saved (e.g. at start-up).
    pub fn mark_saved(&mut self) {
        let content = build_document(
            &self.designer,
            &self.events,
            &self.targets.targets,
            &self.schedule,
            self.file.name.clone(),
            self.file.description.clone(),
        )
        .to_file_text();
        self.file.mark_saved(content);
        self.refresh();
    }

    /// Works out what the selected target receives (the Targets mode only:
    /// the other modes do not show it).
    fn refresh_targets_preview(&mut self) {
        let verdicts = &self.analysis.verdicts;
        let matched = |i: usize| verdicts.get(i) == Some(&EventVerdict::Matched);
        let progress = self.analysis.matching().map_or(0, |(done, _)| done as u64);
        let now = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        let scheduled = self.schedule.scheduled_event(&self.file.name);
        let inputs = targets::PreviewInputs {
            events: &self.events.events,
            matched: &matched,
            events_revision: self.events.revision(),
            selected_event: self.events.selected,
            verdicts_seen: self
                .designer
                .revision()
                .wrapping_mul(1 << 32)
                .wrapping_add(progress)
                .wrapping_add(self.schedule.revision().wrapping_mul(1 << 20)),
            rule_name: &self.file.name,
            now: &now,
            executor: &self.executor,
            scheduled: scheduled.as_deref(),
        };
        self.targets.refresh(&inputs);
    }

    fn revisions(&self) -> document::Revisions {
        (
            self.designer.revision(),
            self.events.revision(),
            self.file.info_revision(),
            self.targets.revision(),
            self.schedule.revision(),
        )
    }

    /// Connects crash recovery: claims this window's recovery file and
    /// collects unsaved work that crashed windows left behind.
    pub fn attach_recovery(&mut self, store: &RecoveryStore) {
        if let Some(problem) = self.file.attach_recovery(store) {
            self.notice = Some(problem);
        }
    }

    /// Ends crash recovery when the window closes: nothing is left behind,
    /// unless unsaved work is being closed without the user's answer (as
    /// macOS's Cmd+Q does): then the snapshot stays, to be offered at the
    /// next start.
    pub fn detach_recovery(&mut self) {
        if self.is_dirty() && !self.file.close_approved {
            let now = self.file.next_autosave_time();
            self.autosave(now);
            return;
        }
        self.file.close_recovery();
    }

    /// Writes unsaved work to the recovery file, at most every
    /// [`RECOVERY_INTERVAL_SECS`]; removes it once the work is saved.
    /// Called every frame with a steady clock.
    pub fn autosave(&mut self, now: f64) {
        let revisions = self.revisions();
        let problem = if self.file.autosave_due(now, revisions) {
            let snapshot = self.document();
            self.file.autosave(now, revisions, snapshot)
        } else {
            None
        };
        if let Some(problem) = problem {
            self.notice = Some(problem);
        }
    }

    /// Whether a write has not finished yet.
    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.file.is_saving()
    }
}

/// The document without the designer's state: what "unsaved" is about.
fn build_document(
    designer: &DesignerState,
    events: &EventsState,
    targets: &[crate::target::Target],
    schedule: &ScheduleState,
    name: String,
    description: String,
) -> RuleDocument {
    RuleDocument {
        name,
        description,
        pattern: designer.pattern_text.clone(),
        events: events
            .events
            .iter()
            .filter(|e| e.origin == EventOrigin::Own)
            .map(|e| TestEvent { name: e.name.clone(), expect: e.expect, event: e.text.to_string() })
            .collect(),
        targets: targets.to_vec(),
        schedule: schedule.saved(),
        designer: None,
    }
}

#[cfg(test)]
mod tests;
