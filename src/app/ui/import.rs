//! The rules found in infrastructure code: a list (name, kind, `file:line`,
//! pattern or schedule, targets), the selected rule's deploy-time parts with
//! a value box each, and "Open in the designer".

use crate::app::i18n::{tr, tr_args};
use crate::app::state::{AppState, Command, ImportCommand};
use crate::app::theme::Palette;
use crate::iac::{FoundRule, Kind, command::target_summary};
use eframe::egui::{self, RichText, TextEdit};

/// A kind's name in the chosen language.
fn kind_name(kind: Kind) -> String {
    tr(match kind {
        Kind::CfnRule => "import-kind-cfn-rule",
        Kind::SamEventBridgeRule => "import-kind-sam-eventbridge-rule",
        Kind::SamSchedule => "import-kind-sam-schedule",
        Kind::SchedulerSchedule => "import-kind-scheduler-schedule",
        Kind::Pipe => "import-kind-pipe",
        Kind::ServerlessEventBridge => "import-kind-serverless-eventbridge",
        Kind::ServerlessSchedule => "import-kind-serverless-schedule",
        Kind::TfRule => "import-kind-tf-rule",
        Kind::TfScheduler => "import-kind-tf-scheduler",
    })
}

/// The pattern (compact) or the schedule, for the list.
fn what(rule: &FoundRule) -> String {
    rule.summary().unwrap_or_else(|| tr("import-no-pattern"))
}

/// `text` cut to `chars` characters with an ellipsis.
fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(chars).collect();
    out.push('…');
    out
}

/// A file's path as shown: relative to what was opened when inside it.
fn shown_path(state: &AppState, rule: &FoundRule) -> String {
    // Inside the folder opened, or beside the file opened.
    let relative = state.import.base.as_deref().and_then(|b| rule.file.strip_prefix(b).ok()).unwrap_or(&rule.file);
    format!("{}:{}", relative.display(), rule.line)
}

/// Draws the list while it is open.
pub fn import_ui(ctx: &egui::Context, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    if !state.import.open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr("import-title"))
        .open(&mut open)
        .default_size([980.0, 620.0])
        .resizable(true)
        .show(ctx, |ui| body_ui(ui, state, commands, colours));
    if !open {
        commands.push(Command::Import(ImportCommand::Show(false)));
    }
}

fn body_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    if let Some(source) = &state.import.source {
        ui.label(RichText::new(source.display().to_string()).monospace());
    }
    ui.label(RichText::new(tr("import-note")).color(colours.muted));
    if state.import.is_loading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr("import-reading"));
        });
        return;
    }
    let problems = state.import.problems();
    if !problems.is_empty() {
        ui.label(RichText::new(tr("import-problems")).color(colours.warning).strong());
        for problem in &problems {
            ui.label(RichText::new(problem).color(colours.warning).monospace());
        }
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr("import-filter"));
        ui.add(TextEdit::singleline(&mut state.import.filter).hint_text(tr("import-filter-hint")).desired_width(280.0))
            .labelled_by(label.id);
        let total = state.import.rules().count();
        let shown = state.import.listed().count();
        let files = state.import.files.iter().filter(|(_, f)| !f.rules.is_empty()).count();
        ui.label(
            RichText::new(tr_args(
                "import-count",
                &[("shown", shown.into()), ("total", total.into()), ("files", files.into())],
            ))
            .color(colours.muted),
        );
    });
    if state.import.rules().next().is_none() {
        ui.label(tr("import-none"));
        return;
    }
    ui.separator();
    list_ui(ui, state, commands);
    ui.separator();
    selected_ui(ui, state, commands, colours);
}

/// The rules as rows; a click selects one. Only the rows in view are laid
/// out, so a folder of thousands of rules stays quick to draw.
fn list_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    use egui_extras::{Column, TableBuilder};
    let listed: Vec<((usize, usize), &FoundRule)> = state.import.listed().collect();
    let row_height = ui.spacing().interact_size.y;
    ui.scope(|ui| {
        // One line per rule. The name, kind and place columns fit their text
        // (up to a share of the width, the rest cut off: the selected rule's
        // name and place are shown whole under the list); the pattern and
        // the targets are cut with an ellipsis. Every column can be dragged.
        let width = ui.available_width();
        let whole = |ui: &mut egui::Ui, text: RichText| ui.add(egui::Label::new(text).extend());
        let cut_to_fit = |ui: &mut egui::Ui, text: RichText| ui.add(egui::Label::new(text).truncate());
        TableBuilder::new(ui)
            .id_salt("found-rules")
            .striped(true)
            .max_scroll_height(300.0)
            .auto_shrink([false, true])
            .column(Column::auto().at_most(width * 0.3).clip(true).resizable(true))
            .column(Column::auto().at_most(width * 0.2).clip(true).resizable(true))
            .column(Column::auto().at_most(width * 0.2).clip(true).resizable(true))
            .column(Column::initial(width * 0.3).at_least(120.0).clip(true).resizable(true))
            .column(Column::remainder().clip(true))
            .header(row_height, |mut header| {
                for key in
                    ["import-col-name", "import-col-kind", "import-col-where", "import-col-what", "import-col-targets"]
                {
                    header.col(|ui| {
                        ui.label(RichText::new(tr(key)).strong());
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, listed.len(), |mut row| {
                    let Some(&(at, rule)) = listed.get(row.index()) else { return };
                    row.col(|ui| {
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                        let selected = state.import.selected == Some(at);
                        if ui.selectable_label(selected, rule.display_name()).on_hover_text(&rule.id).clicked() {
                            commands.push(Command::Import(ImportCommand::Select(at.0, at.1)));
                        }
                    });
                    row.col(|ui| {
                        whole(ui, RichText::new(kind_name(rule.kind)));
                    });
                    row.col(|ui| {
                        whole(ui, RichText::new(shown_path(state, rule)).monospace());
                    });
                    row.col(|ui| {
                        let what = what(rule);
                        cut_to_fit(ui, RichText::new(cut(&what, 200)).monospace()).on_hover_text(what);
                    });
                    row.col(|ui| {
                        let targets: Vec<String> = rule.targets.iter().map(target_summary).collect();
                        cut_to_fit(ui, RichText::new(cut(&targets.join(", "), 200)));
                    });
                });
            });
    });
}

/// The selected rule: its pattern or schedule in full, a value box for each
/// deploy-time part, and the button that opens it.
fn selected_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let Some(rule) = state.import.selected_rule() else { return };
    let heading = format!("{} — {}", rule.display_name(), shown_path(state, rule));
    let text = rule.pattern_text().unwrap_or_else(|| what(rule));
    let heading = ui.label(RichText::new(heading).strong());
    let placeholders = state.import.placeholders();
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical().id_salt("found-pattern").max_height(200.0).show(&mut columns[0], |ui| {
            // Read-only, in the editor's font, so it can be selected and copied.
            let mut shown = text.as_str();
            ui.add(TextEdit::multiline(&mut shown).code_editor().desired_width(f32::INFINITY)).labelled_by(heading.id);
        });
        let ui = &mut columns[1];
        if !placeholders.is_empty() {
            ui.label(RichText::new(tr("import-unresolved-title")).color(colours.warning).strong());
            ui.label(RichText::new(tr("import-unresolved-help")).color(colours.muted));
            egui::Grid::new("placeholders").num_columns(2).show(ui, |ui| {
                for placeholder in &placeholders {
                    let name = placeholder.name().unwrap_or_else(|| placeholder.text.clone());
                    let label = ui
                        .label(RichText::new(&name).monospace().color(colours.warning))
                        .on_hover_text(&placeholder.text);
                    ui.add(TextEdit::singleline(state.import.value_mut(&placeholder.text)).desired_width(200.0))
                        .labelled_by(label.id);
                    ui.end_row();
                }
            });
        }
    });
    if ui.button(tr("import-open")).on_hover_text(tr("import-open-tip")).clicked() {
        commands.push(Command::Import(ImportCommand::OpenSelected));
    }
}
