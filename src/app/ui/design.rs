//! The Design mode: the form on the left, the events on the right, and the
//! pattern editor, the heart of the window, in the middle. The side panels
//! are resizable (egui remembers their widths), collapsible from the View
//! menu, and never take the editor's room at small sizes.

use super::widgets::pattern_editor::{Verdict, pattern_editor_ui};
use super::{events_panel, form_panel};
use crate::app::i18n::{tr, tr_args};
use crate::app::state::{AppState, Command, DesignerCommand};
use crate::app::theme::{Palette, spacing};
use eframe::egui;

/// The mode's panels.
pub fn design_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let width = ui.available_width();
    // The form gets at most 28% of the window and the events 36%, so the
    // editor keeps at least 36% however the window is sized or the panels dragged.
    let form_max = (width * spacing::FORM_PANEL_MAX_SHARE).max(spacing::SIDE_PANEL_MIN);
    let events_max = (width * spacing::EVENTS_PANEL_MAX_SHARE).max(spacing::SIDE_PANEL_MIN);
    if state.settings.form_panel {
        egui::Panel::left("form")
            .resizable(true)
            .default_size((width * 0.22).clamp(spacing::SIDE_PANEL_MIN, 400.0))
            .size_range(spacing::SIDE_PANEL_MIN..=form_max.min(520.0))
            .show(ui, |ui| form_panel::form_ui(ui, state, commands, colours));
    }
    if state.settings.events_panel {
        egui::Panel::right("events")
            .resizable(true)
            // Sample names are long: a wide window gives the list more room.
            .default_size((width * if width >= 1600.0 { 0.34 } else { 0.3 }).clamp(spacing::SIDE_PANEL_MIN, 720.0))
            .size_range(spacing::SIDE_PANEL_MIN..=events_max.min(900.0))
            .show(ui, |ui| events_panel::events_ui(ui, state, commands, colours));
    }
    egui::Panel::bottom("findings")
        .resizable(true)
        .default_size((ui.available_height() * 0.3).max(180.0))
        .size_range(80.0..=(ui.available_height() * 0.6).max(120.0))
        .show(ui, |ui| super::findings::findings_ui(ui, state, commands, colours));
    egui::CentralPanel::default().show(ui, |ui| pattern_ui(ui, state, commands, colours));
}

/// The pattern editor with AWS's verdict on the text.
fn pattern_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let empty = state.pattern_is_empty();
    let error = {
        let analysis = state.analysis();
        match (analysis.pattern.as_ref(), analysis.error_position) {
            (Err(e), Some(at)) if !empty => Some((
                tr_args(
                    "pattern-error-at",
                    &[("line", at.line.into()), ("column", at.column.into()), ("message", e.to_string().into())],
                ),
                e.span,
                crate::app::messages::error_hint(&e.kind),
            )),
            _ => None,
        }
    };
    // A new rule is empty, not wrong: a hint, not AWS's error. A valid one
    // with wildcards says its complexity score, and warns between 8 and 10.
    let compiled = state.analysis().pattern.as_ref().as_ref().ok();
    let score = compiled.map_or(0, crate::Pattern::complexity);
    let notice =
        compiled.and_then(crate::Pattern::complexity_notice).map(|n| crate::app::messages::complexity_notice(&n));
    let valid = if empty && state.schedule.enabled {
        // A scheduled rule needs no pattern.
        tr("pattern-empty-scheduled")
    } else if empty {
        tr("pattern-empty")
    } else if score > 0 {
        tr_args("pattern-valid-complexity", &[("score", score.into())])
    } else {
        tr("pattern-valid")
    };
    let underlines = super::findings::underlines(state, colours);
    let verdict = Verdict {
        error: error.as_ref().map(|(m, s, _)| (m.as_str(), *s)),
        hint: error.as_ref().map(|(_, _, h)| h.as_str()).or(notice.as_deref()),
        valid_text: &valid,
        empty,
        underlines: &underlines,
    };
    let changed = pattern_editor_ui(
        ui,
        super::reference::DESIGNER_EDITOR,
        &tr("pattern-label"),
        &mut state.designer.pattern_text,
        &verdict,
        colours,
    );
    if changed {
        commands.push(Command::Designer(DesignerCommand::PatternEdited { at_secs: ui.input(|i| i.time) }));
    }
}
