//! The `PutEvents` entry composer: a small window beside the events, where an
//! own event is written as the application sends it, with the event the bus
//! delivers (or AWS's error for the entry, at its field) and the pattern's
//! verdict on it, one click from the own events or the clipboard as code.

use crate::app::i18n::{tr, tr_args};
use crate::app::state::{AppState, Command, EntryCommand};
use crate::app::theme::Palette;
use crate::putevents::code::Language;
use crate::putevents::{Bus, Field};
use eframe::egui::{self, RichText, TextEdit};

/// Draws the composer when it is open.
pub fn entry_ui(ctx: &egui::Context, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    if !state.entry.open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr("entry-title")).open(&mut open).default_width(760.0).resizable(true).show(ctx, |ui| {
        ui.columns(2, |columns| {
            fields_ui(&mut columns[0], state, commands, colours);
            outcome_ui(&mut columns[1], state, commands, colours);
        });
    });
    if !open {
        commands.push(Command::Entry(EntryCommand::Show(false)));
    }
}

/// A field's label, in the error colour when AWS complains about that field.
fn field_label(ui: &mut egui::Ui, key: &str, at_fault: bool, colours: &Palette) -> egui::Response {
    if at_fault { ui.label(RichText::new(tr(key)).color(colours.error).strong()) } else { ui.label(tr(key)) }
}

/// A one-line field; whether it was edited.
fn line_ui(ui: &mut egui::Ui, key: &str, at_fault: bool, text: &mut String, colours: &Palette) -> bool {
    let label = field_label(ui, key, at_fault, colours);
    ui.add(TextEdit::singleline(text).desired_width(f32::INFINITY)).labelled_by(label.id).changed()
}

/// The entry's fields, each a text box; the one AWS complains about is marked.
fn fields_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let at_fault = state.entry.outcome().as_ref().err().and_then(|e| e.field);
    let fault = |field: Field| at_fault == Some(field);
    let composer = &mut state.entry;
    let mut edited = line_ui(ui, "entry-source", fault(Field::Source), &mut composer.source, colours);
    edited |= line_ui(ui, "entry-detail-type", fault(Field::DetailType), &mut composer.detail_type, colours);
    let label = field_label(ui, "entry-detail", fault(Field::Detail), colours);
    edited |= ui
        .add(TextEdit::multiline(&mut composer.detail).code_editor().desired_rows(8).desired_width(f32::INFINITY))
        .labelled_by(label.id)
        .changed();
    let label = field_label(ui, "entry-resources", matches!(at_fault, Some(Field::Resources(_))), colours);
    edited |= ui
        .add(TextEdit::multiline(&mut composer.resources).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(label.id)
        .changed();
    edited |= line_ui(ui, "entry-time", fault(Field::Time), &mut composer.time, colours);
    edited |= line_ui(ui, "entry-bus", fault(Field::EventBusName), &mut composer.bus, colours);
    if edited {
        commands.push(Command::Entry(EntryCommand::Edited));
    }
}

/// AWS's error, or the delivered event with the pattern's verdict; then the actions.
fn outcome_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    match state.entry.outcome() {
        Err(refusal) => {
            let code = refusal.code.clone().unwrap_or_else(|| tr("entry-sdk-check"));
            let field = refusal.field.map_or_else(String::new, |f| f.to_string());
            let headline = if refusal.whole_call {
                tr_args("entry-refused", &[("code", code.into())])
            } else {
                tr_args("entry-error", &[("code", code.into()), ("field", field.into())])
            };
            ui.label(RichText::new(headline).color(colours.error).strong());
            ui.label(RichText::new(&refusal.message).color(colours.error));
        }
        Ok(event) => {
            let (text, colour) = match state.analysis().pattern.as_ref() {
                Ok(pattern) if crate::matches(pattern, event).unwrap_or(false) => {
                    (tr("entry-matches"), colours.matched)
                }
                Ok(_) => (tr("entry-misses"), colours.missed),
                Err(_) => (tr("entry-pattern-invalid"), colours.muted),
            };
            ui.label(RichText::new(text).color(colour).strong());
            let label = ui.label(RichText::new(tr("entry-delivered")).color(colours.muted));
            // Read-only, in the editor's font: the layout's indentation stays, and it can be selected and copied.
            egui::ScrollArea::vertical().id_salt("delivered").max_height(260.0).show(ui, |ui| {
                let mut text = event.as_str();
                ui.add(TextEdit::multiline(&mut text).code_editor().desired_width(f32::INFINITY)).labelled_by(label.id);
            });
        }
    }
    // EventBridge accepts events for a bus that does not exist, and drops them.
    let entry = state.entry.entry();
    let note = match crate::putevents::bus(&entry) {
        Bus::Default => None,
        Bus::Named(name) => Some(tr_args("entry-bus-named", &[("name", name.into())])),
        Bus::Arn { name, account, region } => Some(tr_args(
            "entry-bus-arn",
            &[("name", name.into()), ("account", account.into()), ("region", region.into())],
        )),
    };
    if let Some(note) = note {
        ui.label(RichText::new(note).color(colours.warning));
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let addable = state.entry.outcome().is_ok();
        if ui.add_enabled(addable, egui::Button::new(tr("entry-add"))).on_hover_text(tr("entry-add-tip")).clicked() {
            commands.push(Command::Entry(EntryCommand::AddToEvents));
        }
        ui.label(tr("entry-copy"));
        for language in Language::ALL {
            if ui.button(language.title()).clicked() {
                commands.push(Command::Entry(EntryCommand::CopyAsCode(language)));
            }
        }
    });
}
