//! The menu bar, made from the action table: each menu lists its actions
//! with their shortcuts as this platform writes them (Cmd on macOS).

use super::{action_tip, shortcut_label};
use crate::app::actions::{ACTIONS, ActionId, Menu};
use crate::app::i18n::tr;
use crate::app::state::{Action, AppState, Command, DocumentCommand, ExportCommand, WindowCommand};
use eframe::egui::{self, RichText};

/// The menus, in order, with their title keys.
const MENUS: [(Menu, &str); 5] = [
    (Menu::File, "menu-file"),
    (Menu::Edit, "menu-edit"),
    (Menu::View, "menu-view"),
    (Menu::Events, "menu-events"),
    (Menu::Help, "menu-help"),
];

/// The menu bar, and the Export… button beside it.
pub fn menu_bar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (menu, title) in MENUS {
            ui.menu_button(tr(title), |ui| menu_items_ui(ui, menu, state, commands));
        }
        if ui.button(tr("action-export")).on_hover_text(action_tip(ui.ctx(), ActionId::Export)).clicked() {
            commands.push(Command::Export(ExportCommand::Open));
        }
    });
}

fn menu_items_ui(ui: &mut egui::Ui, menu: Menu, state: &AppState, commands: &mut Vec<Command>) {
    for action in ACTIONS.iter().filter(|a| a.menu == menu) {
        if action.separator_before {
            ui.separator();
        }
        let mut button = egui::Button::new(tr(action.key));
        if let Some(keys) = shortcut_label(ui.ctx(), action.id) {
            button = button.shortcut_text(keys);
        }
        let enabled = match action.id {
            ActionId::Undo => state.designer.can_undo(),
            ActionId::Redo => state.designer.can_redo(),
            ActionId::CancelEventWork => state.events.loading.is_some() || state.analysis().matching().is_some(),
            _ => true,
        };
        if ui.add_enabled(enabled, button).on_hover_text(tr(&format!("{}-tip", action.key))).clicked() {
            commands.push(Command::Window(WindowCommand::Run(action.id)));
        }
        if action.id == ActionId::Open {
            recent_files_ui(ui, state, commands);
        }
    }
}

fn recent_files_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.menu_button(tr("menu-open-recent"), |ui| {
        if state.file.recent.paths().is_empty() {
            ui.label(RichText::new(tr("menu-no-recent-files")).weak());
        }
        for path in state.file.recent.paths() {
            let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
            if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                commands.push(Command::Document(DocumentCommand::Guarded(Action::Open(path.clone()))));
            }
        }
    });
}
