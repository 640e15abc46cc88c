//! What the window tests share: a headless harness over the designer, and
//! replacing the text of a labelled editor the way a person would.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rulecraft::app::{AppState, install_fonts, workspace_ui};

/// The designer at 1440×900 with Rulecraft's fonts, after one frame.
pub fn harness(state: AppState) -> Harness<'static, AppState> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, state: &mut AppState| workspace_ui(ui, state), state);
    h.run();
    h
}

/// Replaces the text of the editor labelled `label`: focus, select all, type.
pub fn replace_text(h: &mut Harness<'static, AppState>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}
