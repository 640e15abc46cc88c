//! The panels. Each reads the state and edits its texts; nothing else.

use super::state::{AppState, Verdict};
use eframe::egui::{self, Color32, RichText, TextEdit};

/// Colours for verdicts, chosen to read on both light and dark backgrounds.
fn verdict_colour(verdict: &Verdict, dark: bool) -> Color32 {
    match (verdict, dark) {
        (Verdict::Matched { .. }, true) => Color32::from_rgb(0x6c, 0xd6, 0x8a),
        (Verdict::Matched { .. }, false) => Color32::from_rgb(0x1a, 0x7f, 0x37),
        (Verdict::NotMatched { .. }, true) => Color32::from_rgb(0xf0, 0xb4, 0x50),
        (Verdict::NotMatched { .. }, false) => Color32::from_rgb(0x9a, 0x5b, 0x00),
        (_, true) => Color32::from_rgb(0xff, 0x7b, 0x72),
        (_, false) => Color32::from_rgb(0xcf, 0x22, 0x2e),
    }
}

/// The whole window: verdict bar at the bottom, pattern and event side by side.
pub fn workspace_ui(ui: &mut egui::Ui, state: &mut AppState) {
    egui::Panel::bottom("verdict").show(ui, |ui| verdict_ui(ui, state));
    egui::CentralPanel::default().show(ui, |ui| {
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                if editor_ui(left, "Pattern", &mut state.pattern_text) {
                    state.texts_changed();
                }
                if editor_ui(right, "Event", &mut state.event_text) {
                    state.texts_changed();
                }
            }
        });
    });
}

/// A labelled code editor filling its column; returns whether the text changed.
fn editor_ui(ui: &mut egui::Ui, title: &str, text: &mut String) -> bool {
    let label = ui.heading(title);
    let mut changed = false;
    let size = ui.available_size();
    egui::ScrollArea::both().id_salt(title).auto_shrink(false).max_height(size.y).show(ui, |ui| {
        let editor = TextEdit::multiline(text)
            .code_editor()
            .min_size(size)
            .desired_width(f32::INFINITY)
            .hint_text(format!("{title} JSON"));
        changed = ui.add(editor).labelled_by(label.id).changed();
    });
    changed
}

/// The verdict line.
fn verdict_ui(ui: &mut egui::Ui, state: &mut AppState) {
    let dark = ui.visuals().dark_mode;
    let verdict = state.verdict();
    let colour = verdict_colour(verdict, dark);
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        // A painted marker, not a glyph: it needs no font to show.
        let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
        ui.painter().circle_filled(rect.center(), 6.0, colour);
        ui.label(RichText::new(verdict.summary()).color(colour).size(15.0).strong());
    });
    ui.add_space(4.0);
}
