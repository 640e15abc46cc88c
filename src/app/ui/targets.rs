//! The Targets mode.

use crate::app::state::{AppState, Command};
use crate::app::theme::Palette;
use eframe::egui;

/// The mode's panels.
pub fn targets_ui(ui: &mut egui::Ui, _state: &mut AppState, _commands: &mut Vec<Command>, _colours: &Palette) {
    egui::CentralPanel::default().show(ui, |_ui| {});
}
