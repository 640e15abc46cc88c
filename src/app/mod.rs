//! The desktop window: thin panels over [`AppState`]. The state is plain
//! Rust; only the panels and the window need the `gui` feature.

#[cfg(feature = "gui")]
mod file_panels;
mod file_state;
#[cfg(feature = "gui")]
mod files;
#[cfg(feature = "gui")]
mod highlight;
#[cfg(feature = "gui")]
mod panels;
mod saving;
pub mod state;
#[cfg(feature = "gui")]
mod theme;

pub use file_state::RECOVERY_INTERVAL_SECS;
#[cfg(feature = "gui")]
pub use panels::workspace_ui;
pub use state::{Action, Answer, AppState, Command, DialogRequest, EventVerdict, FormSync};

#[cfg(feature = "gui")]
use std::process::ExitCode;

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

#[cfg(feature = "gui")]
impl RulecraftApp {
    fn new(context: &eframe::CreationContext<'_>) -> Self {
        let mut state = AppState::default();
        if let Some(recent) = context.storage.and_then(|s| s.get_string(RECENT_FILES_KEY))
            && let Ok(recent) = serde_json::from_str(&recent)
        {
            state.file.recent = recent;
        }
        let egui = context.egui_ctx.clone();
        state.write_in_background(move || egui.request_repaint());
        if let Some(folder) = eframe::storage_dir("rulecraft") {
            state.attach_recovery(&crate::recovery::RecoveryStore::new(folder.join("recovery")));
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
            self.state.handle(Command::Guarded(Action::Close));
        }
        workspace_ui(ui, &mut self.state);
        files::run_requested_dialog(&ctx, &mut self.state);
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
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(state::RECOVERY_INTERVAL_SECS));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(recent) = serde_json::to_string(&self.state.file.recent) {
            storage.set_string(RECENT_FILES_KEY, recent);
        }
    }

    fn on_exit(&mut self) {
        self.state.detach_recovery();
    }
}

/// `NanumGothicCoding` (SIL OFL 1.1, `assets/fonts/`), a monospace font with
/// Hangul: the last fallback, so Korean renders with or without system fonts.
#[cfg(feature = "gui")]
const FALLBACK_FONT: &[u8] = include_bytes!("../../assets/fonts/NanumGothicCoding.ttf");

/// Adds the bundled fallback font to both font families.
#[cfg(feature = "gui")]
pub fn install_fonts(ctx: &eframe::egui::Context) {
    use eframe::egui::{
        FontData, FontFamily,
        epaint::text::{FontInsert, FontPriority, InsertFontFamily},
    };
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
        .collect();
    ctx.add_font(FontInsert::new("NanumGothicCoding", FontData::from_static(FALLBACK_FONT), families));
}

/// Opens the window and runs until it is closed.
#[cfg(feature = "gui")]
#[must_use]
pub fn run_window() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Rulecraft")
            .with_app_id("rulecraft")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([900.0, 560.0]),
        ..Default::default()
    };
    let result = eframe::run_native("Rulecraft", options, Box::new(|context| Ok(Box::new(RulecraftApp::new(context)))));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rulecraft: cannot open the window: {e}");
            eprintln!("(the command line works without a display: rulecraft --help)");
            ExitCode::from(2)
        }
    }
}
