//! The File menu, the rule's name and description, and the questions the
//! file side asks: "Save changes?", failures to open or save, and work
//! recovered from a crashed window.

use super::state::{Action, Answer, AppState, Command};
use eframe::egui::{self, RichText, TextEdit};

/// The menu bar: File (and its shortcuts' labels) and Export.
pub fn menu_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            let item = |ui: &mut egui::Ui, text: &str, shortcut: &str| {
                let button = egui::Button::new(text);
                let button = if shortcut.is_empty() { button } else { button.shortcut_text(shortcut) };
                ui.add(button).clicked()
            };
            if item(ui, "New rule", "Ctrl+N") {
                commands.push(Command::Guarded(Action::New));
            }
            if item(ui, "Open…", "Ctrl+O") {
                commands.push(Command::Guarded(Action::ChooseFileToOpen));
            }
            ui.menu_button("Open recent", |ui| {
                if state.file.recent.paths().is_empty() {
                    ui.label(RichText::new("No recent files").weak());
                }
                for path in state.file.recent.paths() {
                    let name =
                        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
                    if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                        commands.push(Command::Guarded(Action::Open(path.clone())));
                    }
                }
            });
            ui.separator();
            if item(ui, "Save", "Ctrl+S") {
                commands.push(Command::Save);
            }
            if item(ui, "Save as…", "Ctrl+Shift+S") {
                commands.push(Command::SaveAs);
            }
            if item(ui, "Save pattern as…", "") {
                commands.push(Command::SavePatternAs);
            }
            ui.separator();
            if item(ui, "Export…", "Ctrl+E") {
                commands.push(Command::OpenExport);
            }
            ui.separator();
            if item(ui, "Quit", "Ctrl+Q") {
                commands.push(Command::Guarded(Action::Close));
            }
        });
        if ui
            .button("Export…")
            .on_hover_text("The pattern for CloudFormation, SAM, CDK, Terraform, … (Ctrl+E)")
            .clicked()
        {
            commands.push(Command::OpenExport);
        }
    });
}

/// Shortcuts of the File menu.
pub fn file_shortcuts(ui: &egui::Ui, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let pressed =
        |key: Key, modifiers: Modifiers| ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)));
    if pressed(Key::S, Modifiers::COMMAND | Modifiers::SHIFT) {
        commands.push(Command::SaveAs);
    } else if pressed(Key::S, Modifiers::COMMAND) {
        commands.push(Command::Save);
    }
    if pressed(Key::N, Modifiers::COMMAND) {
        commands.push(Command::Guarded(Action::New));
    }
    if pressed(Key::E, Modifiers::COMMAND) {
        commands.push(Command::OpenExport);
    }
    if pressed(Key::Q, Modifiers::COMMAND) {
        commands.push(Command::Guarded(Action::Close));
    }
}

/// Ctrl+O, checked after Ctrl+Shift+O (open event files) has had its turn.
pub fn open_shortcut(ui: &egui::Ui, commands: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O))) {
        commands.push(Command::Guarded(Action::ChooseFileToOpen));
    }
}

/// The rule's name and description, at the top of the form.
pub fn rule_info_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.strong("Rule");
        let response = ui
            .add(TextEdit::singleline(&mut state.file.name).hint_text("Rule name").desired_width(f32::INFINITY))
            .labelled_by(label.id)
            .on_hover_text("The rule's name; exports use it for the rule and resource names");
        if response.changed() {
            commands.push(Command::RuleInfoEdited);
        }
    });
    let label = ui.label("Description");
    let response = ui
        .add(
            TextEdit::multiline(&mut state.file.description)
                .hint_text("What the rule is for")
                .desired_rows(1)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(Command::RuleInfoEdited);
    }
}

/// Modal questions and messages of the file side.
pub fn file_dialogs_ui(ctx: &egui::Context, state: &mut AppState, commands: &mut Vec<Command>) {
    if let Some(action) = state.file.prompt.clone() {
        let name = state.file.name.clone();
        egui::Modal::new(egui::Id::unique("rulecraft unsaved")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading("Save changes?");
            let what = match action {
                Action::Close => "before closing",
                Action::New => "before starting a new rule",
                Action::Open(_) | Action::ChooseFileToOpen => "before opening another file",
                Action::Restore(_) => "before restoring the other window's work",
            };
            ui.label(format!("\"{name}\" has changes that are not saved. Save them {what}?"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    commands.push(Command::Answer(Answer::Save));
                }
                if ui.button("Don't save").on_hover_text("Discard the unsaved changes").clicked() {
                    commands.push(Command::Answer(Answer::DontSave));
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    commands.push(Command::Answer(Answer::Cancel));
                }
            });
        });
    } else if let Some(alert) = state.file.alert.clone() {
        egui::Modal::new(egui::Id::unique("rulecraft alert")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Something went wrong");
            ui.label(alert);
            ui.add_space(8.0);
            if ui.button("OK").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                commands.push(Command::DismissAlert);
            }
        });
    } else if let Some(orphan) = state.file.orphans.first() {
        let snapshot = &orphan.snapshot;
        let place = snapshot.path.as_ref().map_or_else(|| "never saved".to_owned(), |p| p.display().to_string());
        let age = crate::recovery::now_secs().saturating_sub(snapshot.taken_at);
        egui::Modal::new(egui::Id::unique("rulecraft recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Recover unsaved work?");
            ui.label(format!(
                "A Rulecraft window closed unexpectedly with unsaved changes to \"{}\" ({place}), last changed {} ago.",
                snapshot.document.name,
                age_text(age)
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Restore").on_hover_text("Open that work here (it stays unsaved until you save)").clicked()
                {
                    commands.push(Command::RestoreOrphan(0));
                }
                if ui.button("Discard").on_hover_text("Throw that work away").clicked() {
                    commands.push(Command::DiscardOrphan(0));
                }
            });
        });
    }
}

fn age_text(secs: u64) -> String {
    match secs {
        0..60 => format!("{secs} s"),
        60..3600 => format!("{} min", secs / 60),
        3600..86_400 => format!("{} h", secs / 3600),
        _ => format!("{} days", secs / 86_400),
    }
}

/// The export dialog: format list, preview, warnings, Copy and Save as.
pub fn export_ui(
    ctx: &egui::Context,
    state: &mut AppState,
    commands: &mut Vec<Command>,
    colours: &super::theme::Palette,
) {
    let Some(current) = state.export.as_ref().map(|d| d.format) else { return };
    let mut open = true;
    egui::Window::new("Export")
        .open(&mut open)
        .default_size([760.0, 560.0])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label("Rule name");
                let response = ui
                    .add(TextEdit::singleline(&mut state.file.name).desired_width(260.0))
                    .labelled_by(label.id)
                    .on_hover_text("Each format turns it into its own kind of name (resource, variable, rule name)");
                if response.changed() {
                    commands.push(Command::RuleInfoEdited);
                }
            });
            ui.separator();
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(190.0);
                    for format in crate::export::Format::ALL {
                        if ui
                            .selectable_label(format == current, format.title())
                            .on_hover_text(format!("rulecraft export --format {}", format.name()))
                            .clicked()
                        {
                            commands.push(Command::ExportFormat(format));
                        }
                    }
                });
                ui.separator();
                ui.vertical(|ui| {
                    let preview = state.export_preview().cloned();
                    match preview {
                        Some(Ok(exported)) => {
                            ui.horizontal(|ui| {
                                if ui.button("Copy").on_hover_text("Copy the text to the clipboard").clicked() {
                                    ui.ctx().copy_text(exported.text.clone());
                                    commands.push(Command::Notice(format!("Copied the {} export", current.title())));
                                }
                                if ui.button("Save as…").on_hover_text("Save the text to a file").clicked() {
                                    commands.push(Command::SaveExport);
                                }
                            });
                            for warning in &exported.warnings {
                                ui.label(RichText::new(format!("Note: {warning}")).color(colours.missed));
                            }
                            egui::ScrollArea::both().id_salt("export preview").auto_shrink(false).show(ui, |ui| {
                                let job = super::highlight::code_job(ui, &exported.text, current.syntax());
                                ui.add(egui::Label::new(job).wrap_mode(egui::TextWrapMode::Extend));
                            });
                        }
                        Some(Err(error)) => {
                            ui.label(RichText::new(format!("Nothing to export: {error}")).color(colours.error));
                        }
                        None => {}
                    }
                });
            });
        });
    let modal_open = state.file.prompt.is_some() || state.file.alert.is_some();
    if !open || (!modal_open && ctx.input(|i| i.key_pressed(egui::Key::Escape))) {
        commands.push(Command::CloseExport);
    }
}
