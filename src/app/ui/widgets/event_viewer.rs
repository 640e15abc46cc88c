//! The event viewer: an event's JSON, highlighted, with the values that
//! decided its verdict marked (green when satisfied, red when not); the
//! user's own events are editable in it.

use crate::app::highlight::{Mark, json_job};
use crate::app::theme::Palette;
use crate::json::Span;
use eframe::egui::{self, TextEdit};

/// Marks for the deciding values: `(span, satisfied)`.
fn marks(deciding: &[(Span, bool)], colours: &Palette) -> Vec<(std::ops::Range<usize>, Mark)> {
    deciding
        .iter()
        .map(|(span, ok)| {
            (span.start..span.end, Mark::Background(if *ok { colours.satisfied_bg } else { colours.failed_bg }))
        })
        .collect()
}

/// Shows `text` read-only. An event written on one line (as JSON Lines
/// archives hold them) wraps; a laid-out one keeps its lines.
pub fn event_viewer_ui(ui: &mut egui::Ui, id_salt: &str, text: &str, deciding: &[(Span, bool)], colours: &Palette) {
    let marks = marks(deciding, colours);
    let one_line = !text.trim_end().contains('\n');
    let wrap = if one_line { egui::TextWrapMode::Wrap } else { egui::TextWrapMode::Extend };
    egui::ScrollArea::both().id_salt(id_salt).auto_shrink(false).show(ui, |ui| {
        let job = json_job(ui, text, &marks);
        ui.add(egui::Label::new(job).wrap_mode(wrap));
    });
}

/// An editor for `buffer`, labelled `label`; returns whether it changed.
pub fn event_editor_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    buffer: &mut String,
    deciding: &[(Span, bool)],
    colours: &Palette,
) -> bool {
    let marks = marks(deciding, colours);
    let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = json_job(ui, text.as_str(), &marks);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut changed = false;
    egui::ScrollArea::both().id_salt(id_salt).auto_shrink(false).show(ui, |ui| {
        let label = ui.label(egui::RichText::new(label).color(colours.muted));
        let editor = TextEdit::multiline(buffer).code_editor().desired_width(f32::INFINITY).layouter(&mut layouter);
        changed = ui.add(editor).labelled_by(label.id).changed();
    });
    changed
}
