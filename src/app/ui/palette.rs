//! The command palette (Ctrl+Shift+P): every action of the table, searched
//! by name in the current language; Up and Down choose, Enter runs the
//! chosen one (the first match at first), Escape closes.

use super::{shortcut_label, take_focus_request};
use crate::app::actions::ACTIONS;
use crate::app::i18n::tr;
use crate::app::state::{AppState, Command, FocusTarget, WindowCommand};
use eframe::egui::{self, RichText};

/// The palette, while open.
pub fn palette_ui(ctx: &egui::Context, state: &mut AppState, commands: &mut Vec<Command>) {
    let Some(palette) = state.palette.as_mut() else { return };
    let mut run = None;
    let mut close = false;
    egui::Modal::new(egui::Id::unique("rulecraft command palette")).show(ctx, |ui| {
        ui.set_width(480.0);
        let label = ui.strong(tr("palette-title"));
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut palette.query)
                    .hint_text(tr("palette-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if search.changed() {
            commands.push(Command::Window(WindowCommand::PaletteQueryEdited));
        }
        take_focus_request(&search, FocusTarget::PaletteSearch);
        let found = matching_actions(&palette.query);
        let step = ui.input(|i| {
            isize::from(i.key_pressed(egui::Key::ArrowDown)) - isize::from(i.key_pressed(egui::Key::ArrowUp))
        });
        if step != 0 {
            commands.push(Command::Window(WindowCommand::PaletteMove { by: step, matches: found.len() }));
        }
        ui.separator();
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            if found.is_empty() {
                ui.label(RichText::new(tr("palette-nothing")).weak());
            }
            for (row, (name, id)) in found.iter().enumerate() {
                let mut button = egui::Button::selectable(row == palette.chosen, name.as_str());
                if let Some(keys) = shortcut_label(ui.ctx(), *id) {
                    button = button.shortcut_text(keys);
                }
                let response = ui.add(button);
                if row == palette.chosen {
                    response.scroll_to_me(None);
                }
                if response.clicked() {
                    run = Some(*id);
                }
            }
        });
        if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            run = found.get(palette.chosen).or(found.first()).map(|(_, id)| *id);
        }
        close = ui.input(|i| i.key_pressed(egui::Key::Escape));
    });
    if let Some(id) = run {
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
