//! What the window tests share: a headless harness over the designer, set
//! up by the same function the window uses, and replacing the text of a
//! labelled editor the way a person would.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rulecraft::app::{AppState, setup_context, workspace_ui};

/// The designer at 1440×900, set up as the window is, after one frame.
pub fn harness(state: AppState) -> Harness<'static, AppState> {
    sized_harness(state, egui::vec2(1440.0, 900.0))
}

/// The designer at `size`, set up as the window is, after one frame.
pub fn sized_harness(state: AppState, size: egui::Vec2) -> Harness<'static, AppState> {
    built_harness(state, size, true)
}

/// The designer at `size` (see [`sized_harness`]); `accessibility_check`
/// off only where a third-party widget lacks accessible names.
pub fn built_harness(state: AppState, size: egui::Vec2, accessibility_check: bool) -> Harness<'static, AppState> {
    let mut h = Harness::builder()
        .with_size(size)
        .with_accessibility_check(accessibility_check)
        // A command changes the state after its frame: the window draws once more.
        .with_max_steps(8)
        .with_context_setup(setup_context)
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
