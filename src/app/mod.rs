//! The desktop window: thin panels over [`AppState`]. The state is plain
//! Rust; only the panels and the window need the `gui` feature.

#[cfg(feature = "gui")]
mod files;
#[cfg(feature = "gui")]
mod highlight;
#[cfg(feature = "gui")]
mod panels;
mod file_state;
pub mod state;
#[cfg(feature = "gui")]
mod theme;

#[cfg(feature = "gui")]
pub use panels::workspace_ui;
pub use state::{Action, Answer, AppState, Command, DialogRequest, EventVerdict, FormSync};

#[cfg(feature = "gui")]
use std::process::ExitCode;

#[cfg(feature = "gui")]
/// The eframe application: the state plus nothing the tests need.
struct RulecraftApp {
    state: AppState,
}

#[cfg(feature = "gui")]
impl eframe::App for RulecraftApp {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        workspace_ui(ui, &mut self.state);
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
    let result = eframe::run_native(
        "Rulecraft",
        options,
        Box::new(|_cc| Ok(Box::new(RulecraftApp { state: AppState::default() }))),
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
