//! The windows over the mode: "Save changes?", alerts, work recovered from
//! a crashed window, the export dialog and "About the sample events".

use crate::app::i18n::{tr, tr_args};
use crate::app::state::{Action, Answer, AppState, Command, DocumentCommand, ExportCommand, WindowCommand};
use crate::app::theme::Palette;
use eframe::egui::{self, RichText, TextEdit};

/// Modal questions and messages of the file side.
pub fn file_dialogs_ui(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    let send = |commands: &mut Vec<Command>, command| commands.push(Command::Document(command));
    if let Some(action) = &state.file.prompt {
        egui::Modal::new(egui::Id::unique("rulecraft unsaved")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(tr("save-changes-title"));
            let when = match action {
                Action::Close => "save-changes-before-closing",
                Action::New => "save-changes-before-new",
                Action::Open(_) | Action::ChooseFileToOpen | Action::LoadFound(..) => "save-changes-before-opening",
                Action::Restore(_) => "save-changes-before-restoring",
            };
            ui.label(tr_args(when, &[("name", state.file.name.as_str().into())]));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr("answer-save")).clicked() {
                    send(commands, DocumentCommand::Answer(Answer::Save));
                }
                if ui.button(tr("answer-dont-save")).on_hover_text(tr("answer-dont-save-tip")).clicked() {
                    send(commands, DocumentCommand::Answer(Answer::DontSave));
                }
                if ui.button(tr("answer-cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    send(commands, DocumentCommand::Answer(Answer::Cancel));
                }
            });
        });
    } else if let Some(alert) = &state.file.alert {
        egui::Modal::new(egui::Id::unique("rulecraft alert")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr("alert-title"));
            ui.label(crate::app::messages::alert(alert));
            ui.add_space(8.0);
            if ui.button(tr("alert-ok")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                send(commands, DocumentCommand::DismissAlert);
            }
        });
    } else if let Some(orphan) = state.file.orphans.first() {
        let snapshot = &orphan.snapshot;
        let place = snapshot.path.as_ref().map_or_else(|| tr("recover-never-saved"), |p| p.display().to_string());
        let age = crate::recovery::now_secs().saturating_sub(snapshot.taken_at);
        egui::Modal::new(egui::Id::unique("rulecraft recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr("recover-title"));
            ui.label(tr_args(
                "recover-text",
                &[
                    ("name", snapshot.document.name.as_str().into()),
                    ("place", place.into()),
                    ("age", age_text(age).into()),
                ],
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr("recover-restore")).on_hover_text(tr("recover-restore-tip")).clicked() {
                    send(commands, DocumentCommand::RestoreOrphan(0));
                }
                if ui.button(tr("recover-discard")).on_hover_text(tr("recover-discard-tip")).clicked() {
                    send(commands, DocumentCommand::DiscardOrphan(0));
                }
            });
        });
    }
}

fn age_text(secs: u64) -> String {
    let (key, n) = match secs {
        0..60 => ("age-seconds", secs),
        60..3600 => ("age-minutes", secs / 60),
        3600..86_400 => ("age-hours", secs / 3600),
        _ => ("age-days", secs / 86_400),
    };
    tr_args(key, &[("n", n.into())])
}

/// The export dialog: format list, preview, warnings, Copy and Save as.
pub fn export_ui(ctx: &egui::Context, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let Some(current) = state.export.as_ref().map(|d| d.format) else { return };
    let mut open = true;
    egui::Window::new(tr("export-title"))
        .open(&mut open)
        .default_size([760.0, 560.0])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(tr("export-rule-name"));
                let response = ui
                    .add(TextEdit::singleline(&mut state.file.name).desired_width(260.0))
                    .labelled_by(label.id)
                    .on_hover_text(tr("export-rule-name-tip"));
                if response.changed() {
                    commands.push(Command::Document(DocumentCommand::RuleInfoEdited));
                }
            });
            ui.separator();
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(190.0);
                    for format in crate::export::Format::ALL {
                        let tip = tr_args("export-format-tip", &[("name", format.name().into())]);
                        let title = if format == crate::export::Format::JsonCompact {
                            tr("export-format-json-one-line")
                        } else {
                            format.title().to_owned()
                        };
                        if ui.selectable_label(format == current, title).on_hover_text(tip).clicked() {
                            commands.push(Command::Export(ExportCommand::Format(format)));
                        }
                    }
                });
                ui.separator();
                ui.vertical(|ui| export_preview_ui(ui, state, current, commands, colours));
            });
        });
    if !open || (!state.modal_open() && ctx.input(|i| i.key_pressed(egui::Key::Escape))) {
        commands.push(Command::Export(ExportCommand::Close));
    }
}

fn export_preview_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    format: crate::export::Format,
    commands: &mut Vec<Command>,
    colours: &Palette,
) {
    match state.export.as_ref().and_then(|d| d.preview()) {
        Some(Ok(exported)) => {
            ui.horizontal(|ui| {
                if ui.button(tr("export-copy")).on_hover_text(tr("export-copy-tip")).clicked() {
                    let notice = crate::app::i18n::Message::new("notice-copied-export").with("format", format.title());
                    commands.push(Command::Window(WindowCommand::Copy { text: exported.text.clone(), notice }));
                }
                if ui.button(tr("export-save-as")).on_hover_text(tr("export-save-as-tip")).clicked() {
                    commands.push(Command::Export(ExportCommand::Save));
                }
            });
            for warning in &exported.warnings {
                let text =
                    tr_args("export-warning", &[("warning", crate::app::messages::export_warning(warning).into())]);
                ui.add(egui::Label::new(RichText::new(text).color(colours.missed)).wrap());
            }
            egui::ScrollArea::both().id_salt("export preview").auto_shrink(false).show(ui, |ui| {
                let job = crate::app::highlight::code_job(ui, &exported.text, format.syntax());
                ui.add(egui::Label::new(job).wrap_mode(egui::TextWrapMode::Extend));
            });
        }
        Some(Err(error)) => {
            let text = tr_args("export-nothing", &[("error", error.to_string().into())]);
            ui.label(RichText::new(text).color(colours.error));
        }
        None => {}
    }
}

/// The attribution the bundled samples' licences require.
pub fn about_samples_ui(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    let mut open = state.about_open;
    // Centred in the window's content, never over the menu bar.
    egui::Window::new(tr("about-samples-title"))
        .open(&mut open)
        .default_width(640.0)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            ui.label(tr_args("about-samples-text", &[("count", crate::samples::all().len().into())]));
            // The licence note before the list, so it is never scrolled or cut off.
            ui.label(tr("about-samples-licence"));
            ui.separator();
            egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                for (line, count) in crate::samples::attributions() {
                    ui.label(tr_args("about-samples-line", &[("line", line.into()), ("count", count.into())]));
                }
            });
        });
    if open != state.about_open {
        commands.push(Command::Window(WindowCommand::ShowAbout(open)));
    }
}
