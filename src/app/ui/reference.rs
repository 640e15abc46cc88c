//! The operator reference (Help menu, palette): every operator with its
//! syntax and an example, "Insert" to put a template into the pattern at
//! the cursor, and a link to the lesson that teaches it.

use super::widgets::pattern_editor::editor_id;
use crate::app::i18n::tr;
use crate::app::messages::{operator_example, operator_label};
use crate::app::state::{AppState, Command, DesignerCommand, LearnCommand, Mode, WindowCommand};
use crate::form::Operator;
use eframe::egui::{self, RichText};

/// The id salt of the designer's pattern editor.
pub const DESIGNER_EDITOR: &str = "pattern scroll";

/// An `$or` to insert (it is not a condition: it goes where fields go).
const OR_TEMPLATE: &str = r#""$or": [{"field": ["a"]}, {"other": ["b"]}]"#;

/// The reference window, while it is open.
pub fn reference_ui(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    if !state.reference_open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr("reference-title"))
        .open(&mut open)
        .default_size([720.0, 560.0])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            ui.label(RichText::new(tr("reference-intro")).weak());
            egui::ScrollArea::vertical().show(ui, |ui| {
                let rows = Operator::ALL
                    .iter()
                    .map(|o| (operator_label(*o), o.template(), operator_example(*o), o.lesson()))
                    .chain(std::iter::once((tr("reference-or"), OR_TEMPLATE, tr("reference-or-example"), "or")));
                for (name, template, example, lesson) in rows {
                    ui.separator();
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&name);
                        ui.label(RichText::new(template).monospace());
                        let insert = ui.small_button(tr("reference-insert")).on_hover_text(tr("reference-insert-tip"));
                        if insert.clicked() {
                            insert_at_cursor(ui.ctx(), state, template, commands);
                        }
                        if let Some(index) = crate::learn::lessons().iter().position(|l| l.id == lesson)
                            && ui
                                .small_button(tr("reference-lesson"))
                                .on_hover_text(tr("reference-lesson-tip"))
                                .clicked()
                        {
                            commands.push(Command::Window(WindowCommand::SetMode(Mode::Learn)));
                            commands.push(Command::Learn(LearnCommand::OpenLesson(index)));
                        }
                    });
                    ui.add(egui::Label::new(RichText::new(example).weak()).wrap());
                }
            });
        });
    if !open {
        commands.push(Command::Window(WindowCommand::ShowReference(false)));
    }
}

/// Puts `template` into the designer's pattern where its cursor is (at
/// the end when the editor has not had the cursor yet).
fn insert_at_cursor(ctx: &egui::Context, state: &AppState, template: &str, commands: &mut Vec<Command>) {
    let text = &state.designer.pattern_text;
    let cursor = egui::TextEdit::load_state(ctx, editor_id(DESIGNER_EDITOR))
        .and_then(|s| s.cursor.char_range())
        .map(|range| range.primary.index.0);
    let at = cursor.and_then(|chars| text.char_indices().nth(chars).map(|(byte, _)| byte)).unwrap_or(text.len());
    let mut new = String::with_capacity(text.len() + template.len());
    new.push_str(&text[..at]);
    new.push_str(template);
    new.push_str(&text[at..]);
    commands.push(Command::Window(WindowCommand::SetMode(Mode::Design)));
    commands.push(Command::Designer(DesignerCommand::SetPattern(new)));
}
