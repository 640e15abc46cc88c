//! The command palette (Ctrl+Shift+P): every action of the table, searched
//! by name in the current language; Enter runs the first, Escape closes.

use super::{shortcut_label, take_focus_request};
use crate::app::actions::ACTIONS;
use crate::app::i18n::tr;
use crate::app::state::{AppState, Command, FocusTarget, WindowCommand};
use eframe::egui::{self, RichText};

/// The palette, while open.
pub fn palette_ui(ctx: &egui::Context, state: &mut AppState, commands: &mut Vec<Command>) {
    let Some(query) = state.palette.as_mut() else { return };
    let mut chosen = None;
    let mut close = false;
    egui::Modal::new(egui::Id::unique("rulecraft command palette")).show(ctx, |ui| {
        ui.set_width(480.0);
        let label = ui.strong(tr("palette-title"));
        let search = ui
            .add(egui::TextEdit::singleline(query).hint_text(tr("palette-hint")).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        take_focus_request(&search, FocusTarget::PaletteSearch);
        let found = matching_actions(query);
        ui.separator();
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            if found.is_empty() {
                ui.label(RichText::new(tr("palette-nothing")).weak());
            }
            for (name, id) in &found {
                let mut button = egui::Button::new(name.as_str()).frame(false);
                if let Some(keys) = shortcut_label(ui.ctx(), *id) {
                    button = button.shortcut_text(keys);
                }
                if ui.add(button).clicked() {
                    chosen = Some(*id);
                }
            }
        });
        if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            chosen = found.first().map(|(_, id)| *id);
        }
        close = ui.input(|i| i.key_pressed(egui::Key::Escape));
    });
    if let Some(id) = chosen {
        commands.push(Command::Window(WindowCommand::ClosePalette));
        commands.push(Command::Window(WindowCommand::Run(id)));
    } else if close {
        commands.push(Command::Window(WindowCommand::ClosePalette));
    }
}

/// The actions whose name (in the current language) contains every word of
/// `query`, in the table's order.
fn matching_actions(query: &str) -> Vec<(String, crate::app::actions::ActionId)> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    ACTIONS
        .iter()
        .map(|a| (tr(a.key), a.id))
        .filter(|(name, _)| {
            let name = name.to_lowercase();
            words.iter().all(|w| name.contains(w.as_str()))
        })
        .collect()
}
