//! The pattern editor: highlighted JSON with line numbers, AWS's message
//! above it and an underline at the error. Lines do not wrap (they scroll
//! sideways), so the line numbers always line up. Used by the designer, and
//! by any mode that needs a pattern typed.

use crate::app::highlight::{Mark, json_job};
use crate::app::theme::Palette;
use crate::json::Span;
use eframe::egui::{self, RichText, TextEdit};

/// What the editor shows above the text: AWS's message at a place, or that
/// the pattern is valid.
pub struct Verdict<'a> {
    /// The message (AWS's words, with line and column), or none when valid.
    pub error: Option<(&'a str, Span)>,
    /// A plain-language hint under the message, in the chosen language.
    pub hint: Option<&'a str>,
    /// What to say when it is valid (or empty).
    pub valid_text: &'a str,
    /// The pattern is empty: `valid_text` is a hint, shown quietly.
    pub empty: bool,
    /// More underlines (the linter's findings), each in its severity's colour.
    pub underlines: &'a [(Span, egui::Color32)],
}

/// The id of the editor drawn with `id_salt` (for its cursor).
#[must_use]
pub fn editor_id(id_salt: &str) -> egui::Id {
    egui::Id::unique(("pattern editor", id_salt))
}

/// Lines of room the verdict above the editor always takes.
const VERDICT_LINES: f32 = 3.0;

/// Draws the editor; returns whether the text changed.
pub fn pattern_editor_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    text: &mut String,
    verdict: &Verdict<'_>,
    colours: &Palette,
) -> bool {
    let label = ui.strong(label);
    // The verdict has room for a two-line message and a hint whether or not
    // there is one, so the editor does not jump under the mouse while typing.
    let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    ui.vertical(|ui| {
        ui.set_min_height(line * VERDICT_LINES);
        let (text, colour) = match verdict.error {
            Some((message, _)) => (message, colours.error),
            None if verdict.empty => (verdict.valid_text, colours.muted),
            None => (verdict.valid_text, colours.matched),
        };
        ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
        if let Some(hint) = verdict.hint {
            ui.add(egui::Label::new(RichText::new(hint).color(colours.muted)).wrap());
        }
    });
    let marks: Vec<_> = verdict
        .error
        .map(|(_, s)| (s.start..s.end, Mark::Underline(colours.error)))
        .into_iter()
        .chain(verdict.underlines.iter().map(|(s, colour)| (s.start..s.end, Mark::Underline(*colour))))
        .collect();
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, _wrap_width: f32| {
        let mut job = json_job(ui, buffer.as_str(), &marks);
        // No wrapping: a long line scrolls, and line numbers stay in step.
        job.wrap.max_width = f32::INFINITY;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let size = ui.available_size();
    let lines = text.split('\n').count().max(1);
    let mut changed = false;
    egui::ScrollArea::both().id_salt(id_salt).auto_shrink(false).show(ui, |ui| {
        ui.horizontal_top(|ui| {
            // Line numbers in a gutter, in the editor's font so rows line up.
            let numbers: Vec<String> = (1..=lines).map(|n| format!("{n:>3}")).collect();
            let gutter =
                egui::Label::new(RichText::new(numbers.join("\n")).monospace().color(colours.muted)).selectable(false);
            ui.add_space(2.0);
            ui.vertical(|ui| {
                ui.add_space(2.0);
                ui.add(gutter);
            });
            let editor = TextEdit::multiline(text)
                .id(editor_id(id_salt))
                .code_editor()
                .min_size(egui::vec2((size.x - 40.0).max(120.0), size.y))
                .desired_width(f32::INFINITY)
                .layouter(&mut layouter);
            changed = ui.add(editor).labelled_by(label.id).changed();
        });
    });
    changed
}
