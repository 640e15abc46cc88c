//! The desktop window: thin panels over [`AppState`]. The state, the action
//! table and the message layer are plain Rust; only the panels and the
//! window need the `gui` feature (egui).

pub mod actions;
#[cfg(feature = "gui")]
pub mod files;
#[cfg(feature = "gui")]
mod highlight;
pub mod i18n;
pub mod messages;
pub mod state;
#[cfg(feature = "gui")]
mod theme;
#[cfg(feature = "gui")]
mod ui;

pub use state::{
    Action, Answer, AppState, Command, DesignerCommand, DialogRequest, DocumentCommand, EventOrigin, EventVerdict,
    EventsCommand, ExportCommand, FormSync, LearnCommand, LearnState, Mode, RECOVERY_INTERVAL_SECS, ScheduleCommand,
    TargetEdit, TargetsCommand, WindowCommand,
};
#[cfg(feature = "gui")]
pub use ui::{setup_context, workspace_ui};

#[cfg(feature = "gui")]
use std::process::ExitCode;

/// Files to open with the window (`rulecraft open RULE EVENTS...`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenFiles {
    /// A rule or pattern file to open.
    pub rule: Option<std::path::PathBuf>,
    /// Event files to load, as if dropped.
    pub events: Vec<std::path::PathBuf>,
}

impl OpenFiles {
    /// The first rule or pattern file among `paths` (checked by reading it),
    /// and the rest as event files.
    #[must_use]
    pub fn from_paths(paths: Vec<std::path::PathBuf>) -> Self {
        let (rule, events) = crate::document::split_rule_and_events(paths);
        Self { rule, events }
    }
}

#[cfg(feature = "gui")]
/// The eframe application: the state, plus what only a real window has:
/// native dialogs, the title bar, closing, and the clock for autosave.
struct RulecraftApp {
    state: AppState,
    /// The title last sent to the window.
    title: String,
}

/// Where the recent-files list is kept in eframe's storage.
#[cfg(feature = "gui")]
const RECENT_FILES_KEY: &str = "recent_files";

/// Where the settings (theme, language, panels) are kept in eframe's storage.
#[cfg(feature = "gui")]
const SETTINGS_KEY: &str = "settings";

/// Where the Learn mode's progress is kept in eframe's storage.
#[cfg(feature = "gui")]
const LEARN_PROGRESS_KEY: &str = crate::learn::PROGRESS_KEY;

#[cfg(feature = "gui")]
impl RulecraftApp {
    fn new(context: &eframe::CreationContext<'_>, open: OpenFiles) -> Self {
        setup_context(&context.egui_ctx);
        let storage = context.storage;
        // The language comes first, so everything made below speaks it: the
        // one chosen before, or at first start the system's.
        let settings = storage
            .and_then(|s| s.get_string(SETTINGS_KEY))
            .and_then(|s| serde_json::from_str::<state::Settings>(&s).ok());
        let language = settings.as_ref().map_or_else(i18n::Language::of_system, |s| s.language);
        i18n::set_language(language);
        let mut state = AppState::default();
        if let Some(settings) = settings {
            state.settings = settings;
        }
        state.set_language(language);
        if let Some(recent) = storage.and_then(|s| s.get_string(RECENT_FILES_KEY))
            && let Ok(recent) = serde_json::from_str(&recent)
        {
            state.file.recent = recent;
        }
        if let Some(progress) = storage.and_then(|s| s.get_string(LEARN_PROGRESS_KEY))
            && let Ok(progress) = serde_json::from_str(&progress)
        {
            state.learn = state::LearnState::resumed(progress);
        }
        let egui = context.egui_ctx.clone();
        state.work_in_background(std::sync::Arc::new(move || egui.request_repaint()));
        if let Some(folder) = eframe::storage_dir("rulecraft") {
            state.attach_recovery(&crate::recovery::RecoveryStore::new(folder.join("recovery")));
        }
        if let Some(rule) = open.rule {
            state.handle(Command::Document(DocumentCommand::Guarded(Action::Open(rule))));
        }
        if !open.events.is_empty() {
            state.handle(Command::Events(EventsCommand::LoadFiles(open.events)));
        }
        Self { state, title: String::new() }
    }
}

#[cfg(feature = "gui")]
impl eframe::App for RulecraftApp {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        use eframe::egui::ViewportCommand;
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.file.close_approved {
            // Unsaved changes are asked about first; the answer closes the window.
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.state.handle(Command::Document(DocumentCommand::Guarded(Action::Close)));
        }
        workspace_ui(ui, &mut self.state);
        if self.state.file.dialog.is_some() {
            files::open_requested_dialog(&ctx, &mut self.state, files::native_dialogs_available());
        }
        self.state.autosave(ctx.input(|i| i.time));
        let title = self.state.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.state.file.close_approved {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        if self.state.is_dirty() {
            // Wake up for the next autosave even if nothing else happens.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(RECOVERY_INTERVAL_SECS));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(recent) = serde_json::to_string(&self.state.file.recent) {
            storage.set_string(RECENT_FILES_KEY, recent);
        }
        if let Ok(settings) = serde_json::to_string(&self.state.settings) {
            storage.set_string(SETTINGS_KEY, settings);
        }
        if let Ok(progress) = serde_json::to_string(&self.state.learn.progress) {
            storage.set_string(LEARN_PROGRESS_KEY, progress);
        }
    }

    fn on_exit(&mut self) {
        self.state.detach_recovery();
    }
}

/// Rulecraft's icon (`assets/icon/rulecraft.png`, 256×256).
#[cfg(feature = "gui")]
const APP_ICON: &[u8] = include_bytes!("../../assets/icon/rulecraft.png");

/// Opens the window (with `open`'s files) and runs until it is closed.
#[cfg(feature = "gui")]
#[must_use]
pub fn run_window(open: OpenFiles) -> ExitCode {
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title("Rulecraft")
        .with_app_id("rulecraft")
        .with_inner_size([1440.0, 900.0])
        .with_min_inner_size([900.0, 560.0]);
    // The window's and task bar's icon (on Linux, the desktop entry's too).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(APP_ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    let result = eframe::run_native(
        "Rulecraft",
        options,
        Box::new(move |context| Ok(Box::new(RulecraftApp::new(context, open)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rulecraft: cannot open the window: {e}");
            eprintln!("(the command line works without a display: rulecraft --help)");
            ExitCode::from(2)
        }
    }
}
