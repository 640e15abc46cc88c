//! The form: the rule's name and description, the service, its event
//! types and the values of their state-like fields, conditions with any
//! operator, and the account and region filters.

use super::take_focus_request;
use crate::app::i18n::{tr, tr_args};
use crate::app::state::{AppState, Command, DesignerCommand, DocumentCommand, FocusTarget, FormSync};
use crate::app::theme::Palette;
use crate::catalog::catalog;
use crate::form::{ConditionAt, DraftTarget};
use eframe::egui::{self, RichText, TextEdit};

/// The form panel.
pub fn form_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let sync = state.analysis().form_sync.clone();
    ui.add_space(4.0);
    rule_info_ui(ui, state, commands);
    ui.separator();
    match &sync {
        FormSync::Follows => {}
        FormSync::CannotShow(reason) => {
            let reason = crate::app::messages::form_limit(reason);
            ui.label(RichText::new(tr_args("form-cannot-show", &[("reason", reason.into())])).color(colours.missed));
            outline_ui(ui, state, colours);
        }
        // An empty pattern (a new rule) is where the form starts, not an error.
        FormSync::PatternInvalid if state.pattern_is_empty() => {}
        FormSync::PatternInvalid => {
            ui.label(RichText::new(tr("form-pattern-invalid")).color(colours.muted));
        }
    }
    let editable = !matches!(sync, FormSync::CannotShow(_));
    ui.add_enabled_ui(editable, |ui| {
        egui::ScrollArea::vertical().id_salt("form scroll").auto_shrink(false).show(ui, |ui| {
            service_ui(ui, state, commands);
            ui.add_space(8.0);
            detail_types_ui(ui, state, commands, colours);
            ui.add_space(8.0);
            conditions_ui(ui, state, commands, colours);
            ui.add_space(8.0);
            filters_ui(ui, state, commands, colours);
        });
    });
}

/// The rule's name and description, at the top of the form.
fn rule_info_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.strong(tr("rule-label"));
        let response = ui
            .add(
                TextEdit::singleline(&mut state.file.name).hint_text(tr("rule-name-hint")).desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .on_hover_text(tr("rule-name-tip"));
        if response.changed() {
            commands.push(Command::Document(DocumentCommand::RuleInfoEdited));
        }
    });
    let label = ui.label(tr("description-label"));
    let response = ui
        .add(
            TextEdit::multiline(&mut state.file.description)
                .hint_text(tr("description-hint"))
                .desired_rows(1)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(Command::Document(DocumentCommand::RuleInfoEdited));
    }
}

/// The pattern's structure, read-only: each `$or` combination and its fields.
fn outline_ui(ui: &mut egui::Ui, state: &AppState, colours: &Palette) {
    let Ok(pattern) = state.analysis().pattern.as_ref() else { return };
    egui::CollapsingHeader::new(tr("outline-title")).default_open(true).show(ui, |ui| {
        for (b, _) in pattern.branches.iter().enumerate() {
            if pattern.branches.len() > 1 {
                let title = tr_args(
                    "outline-combination",
                    &[("number", (b + 1).into()), ("count", pattern.branches.len().into())],
                );
                ui.label(RichText::new(title).strong());
            }
            for field in pattern.branch_fields(b) {
                let conditions: Vec<String> =
                    field.conditions.iter().map(|c| crate::app::messages::describe(&c.matcher)).collect();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&field.path).monospace());
                    ui.label(RichText::new(crate::app::messages::alternatives(&conditions)).color(colours.muted));
                });
            }
        }
    });
}

fn service_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let label = ui.strong(tr("service-label"));
    let search = ui
        .add(
            TextEdit::singleline(&mut state.designer.service_query)
                .hint_text(tr("service-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .on_hover_text(tr("service-tip"));
    if search.changed() {
        commands.push(Command::Designer(DesignerCommand::ServiceQueryEdited));
    }
    // Enter picks the first hit.
    if search.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && let Some(&first) = state.service_results().first()
    {
        let source = catalog().services[first].source.clone();
        commands.push(Command::Designer(DesignerCommand::ChooseSource(Some(source))));
    }
    take_focus_request(&search, FocusTarget::ServiceSearch);
    let c = catalog();
    egui::ScrollArea::vertical().id_salt("services").max_height(180.0).show(ui, |ui| {
        for &index in state.service_results() {
            let service = &c.services[index];
            let chosen = state.designer.form.source.as_deref() == Some(service.source.as_str());
            let text = format!("{}  ({})", service.name, service.source);
            let hint = if chosen { tr("service-clear-tip") } else { tr("service-choose-tip") };
            if ui.selectable_label(chosen, text).on_hover_text(hint).clicked() {
                let source = if chosen { None } else { Some(service.source.clone()) };
                commands.push(Command::Designer(DesignerCommand::ChooseSource(source)));
            }
        }
    });
}

fn detail_types_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let form = &state.designer.form;
    let Some(source) = form.source.as_deref() else {
        ui.label(RichText::new(tr("choose-service-first")).color(colours.muted));
        return;
    };
    let Some(service) = catalog().service(source) else {
        ui.label(tr_args("source-not-in-catalog", &[("source", source.into())]));
        return;
    };
    ui.strong(tr("event-types-label"));
    for detail_type in &service.detail_types {
        let mut on = form.detail_types.contains(&detail_type.name);
        let mut text = detail_type.name.clone();
        if !detail_type.verified {
            text.push_str("  ");
            text.push_str(&tr("detail-type-unverified"));
        }
        let mut hint = tr_args("detail-type-samples-tip", &[("count", detail_type.samples.len().into())]);
        if let Some(schema) = &detail_type.schema {
            hint.push_str(&tr_args("detail-type-schema-tip", &[("schema", schema.as_str().into())]));
        }
        if !detail_type.verified {
            hint.push_str(&tr("detail-type-unverified-tip"));
        }
        if ui.checkbox(&mut on, text).on_hover_text(hint).clicked() {
            commands.push(Command::Designer(DesignerCommand::ToggleDetailType(detail_type.name.clone())));
        }
        if !on {
            continue;
        }
        for field in detail_type.fields.iter().filter(|f| f.has_toggles()) {
            ui.indent(&field.path, |ui| {
                let chosen: Vec<&String> =
                    form.fields.iter().filter(|f| f.path == field.path).flat_map(|f| &f.values).collect();
                // "(any)" only when neither a value nor a condition restricts the field.
                let restricted = !chosen.is_empty() || form.conditions.iter().any(|c| c.path == field.path);
                let any = if restricted { String::new() } else { format!("  {}", tr("field-any")) };
                ui.label(RichText::new(format!("{}{any}", field.path)).monospace());
                ui.horizontal_wrapped(|ui| {
                    let kinds: Vec<&str> = field
                        .sources
                        .iter()
                        .filter_map(|s| s["kind"].as_str())
                        .filter(|k| *k != "observed-in-samples")
                        .collect();
                    let documented_by = tr_args("value-documented-tip", &[("kinds", kinds.join(", ").into())]);
                    let groups = [
                        (&field.documented, documented_by),
                        (&field.observed_only, tr("value-observed-tip")),
                        (&field.suggested, tr("value-suggested-tip")),
                    ];
                    for (group, (values, origin)) in groups.iter().enumerate() {
                        for value in *values {
                            let mut on = chosen.contains(&value);
                            let text = if group == 0 { RichText::new(value) } else { RichText::new(value).italics() };
                            if ui.toggle_value(&mut on, text).on_hover_text(origin.as_str()).clicked() {
                                commands.push(Command::Designer(DesignerCommand::ToggleValue {
                                    path: field.path.clone(),
                                    value: value.clone(),
                                }));
                            }
                        }
                    }
                });
            });
        }
    }
}

/// The form's conditions (those on every event, then each `$or` group's
/// alternatives), and the condition being written.
fn conditions_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong(tr("conditions-label"));
    let form = &state.designer.form;
    // Plain values the form holds that no toggle shows (e.g. an "equals"
    // condition on project-name): listed, removable and editable too.
    let toggled = state.toggled_paths();
    let listed_values: Vec<&crate::form::FieldValues> = form
        .fields
        .iter()
        .filter(|f| {
            !f.values.is_empty() && !toggled.contains(&f.path) && !matches!(f.path.as_str(), "account" | "region")
        })
        .collect();
    let listed = !listed_values.is_empty() || !form.conditions.is_empty();
    if listed && !form.any_of.is_empty() {
        ui.label(RichText::new(tr("conditions-every-event")).color(colours.muted));
    }
    for field in listed_values {
        let quoted: Vec<String> = field.values.iter().map(|v| crate::json::write::quote(v)).collect();
        let json = format!("[{}]", quoted.join(", "));
        condition_row_ui(ui, &field.path, &json, colours, commands, &ConditionAt::Values(field.path.clone()), true);
    }
    for (index, condition) in form.conditions.iter().enumerate() {
        let json = format!("[{}]", condition.json);
        condition_row_ui(ui, &condition.path, &json, colours, commands, &ConditionAt::Top(index), true);
    }
    for (group_index, group) in form.any_of.iter().enumerate() {
        or_group_ui(ui, group_index, group, colours, commands);
    }
    ui.add_space(4.0);
    draft_ui(ui, state, commands, colours);
}

/// One `$or` group: its alternatives, each with its conditions and "And…",
/// and "Another alternative".
fn or_group_ui(
    ui: &mut egui::Ui,
    group_index: usize,
    group: &crate::form::OrGroup,
    colours: &Palette,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = tr_args("or-group-title", &[("number", (group_index + 1).into())]);
        ui.label(RichText::new(title).strong());
        for (alternative_index, alternative) in group.alternatives.iter().enumerate() {
            if alternative_index > 0 {
                ui.label(RichText::new(tr("or-separator")).color(colours.muted).italics());
            }
            ui.horizontal(|ui| {
                let title = tr_args("or-alternative", &[("number", (alternative_index + 1).into())]);
                ui.label(title);
                let target = DraftTarget::Into { group: group_index, alternative: alternative_index };
                if ui.small_button(tr("and-into")).on_hover_text(tr("and-into-tip")).clicked() {
                    commands.push(Command::Designer(DesignerCommand::AimDraft(target)));
                }
            });
            ui.indent(("alternative", group_index, alternative_index), |ui| {
                for (index, condition) in alternative.iter().enumerate() {
                    let at = ConditionAt::Alternative { group: group_index, alternative: alternative_index, index };
                    let json = format!("[{}]", condition.json);
                    condition_row_ui(ui, &condition.path, &json, colours, commands, &at, false);
                }
            });
        }
        if ui.small_button(tr("new-alternative")).on_hover_text(tr("new-alternative-tip")).clicked() {
            commands.push(Command::Designer(DesignerCommand::AimDraft(DraftTarget::NewAlternative(group_index))));
        }
    });
}

/// The condition being written: where it goes, field, operator, value, and
/// Add (or Save change while one is being changed).
fn draft_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let designer = &state.designer;
    let title = match &designer.editing {
        Some(_) => tr("editing-condition-label"),
        None => tr("new-condition-label"),
    };
    ui.strong(title);
    if designer.editing.is_none() && designer.draft_target != DraftTarget::AllEvents {
        ui.horizontal_wrapped(|ui| {
            let aim = draft_aim_text(&designer.form, &designer.draft_target);
            ui.label(RichText::new(aim).strong());
            if ui.small_button(tr("draft-aim-reset")).on_hover_text(tr("draft-aim-reset-tip")).clicked() {
                commands.push(Command::Designer(DesignerCommand::AimDraft(DraftTarget::AllEvents)));
            }
        });
    }
    let (designer, choices) = state.designer_and_field_choices();
    let draft = &mut designer.draft;
    ui.horizontal(|ui| {
        let label = ui.label(tr("field-label"));
        ui.add(TextEdit::singleline(&mut draft.path).hint_text("detail.…").desired_width(150.0))
            .labelled_by(label.id)
            .on_hover_text(tr("field-tip"));
        let pick = ui.label(tr("field-pick-label"));
        field_picker_ui(ui, choices, &mut designer.field_query, &mut draft.path, colours)
            .labelled_by(pick.id)
            .on_hover_text(tr("field-pick-tip"));
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr("operator-label"));
        egui::ComboBox::from_id_salt("operator picker")
            .selected_text(crate::app::messages::operator_label(draft.operator))
            .height(400.0)
            .show_ui(ui, |ui| {
                for operator in crate::form::Operator::ALL {
                    let (label, example) = (
                        crate::app::messages::operator_label(operator),
                        crate::app::messages::operator_example(operator),
                    );
                    ui.selectable_value(&mut draft.operator, operator, label).on_hover_text(example);
                }
            })
            .response
            .labelled_by(label.id);
    });
    let mut enter_in_value = false;
    if draft.operator.takes_value() {
        ui.horizontal(|ui| {
            let label = ui.label(tr("value-label"));
            let value = ui
                .add(
                    TextEdit::singleline(&mut draft.value)
                        .hint_text(crate::app::messages::operator_example(draft.operator))
                        .desired_width(ui.available_width()),
                )
                .labelled_by(label.id);
            take_focus_request(&value, FocusTarget::ConditionValue);
            enter_in_value = value.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        });
    }
    let editing = state.designer.editing.is_some();
    match state.designer.draft.check() {
        Ok(condition) => {
            ui.add(egui::Label::new(RichText::new(&condition.json).monospace().color(colours.matched)).wrap());
            ui.horizontal(|ui| {
                let (text, tip) = if editing {
                    (tr("save-condition"), tr("save-condition-tip"))
                } else {
                    (tr("add-condition"), tr("add-condition-tip"))
                };
                // Enter in the value adds it, as the button does.
                if ui.button(text).on_hover_text(tip).clicked() || enter_in_value {
                    commands.push(Command::Designer(DesignerCommand::AddCondition(condition)));
                }
                if editing && ui.button(tr("cancel-edit")).clicked() {
                    commands.push(Command::Designer(DesignerCommand::CancelEdit));
                }
            });
        }
        Err(why) => {
            ui.label(RichText::new(crate::app::messages::draft_error(&why)).color(colours.muted));
            if editing && ui.button(tr("cancel-edit")).clicked() {
                commands.push(Command::Designer(DesignerCommand::CancelEdit));
            }
        }
    }
    if let Some(why) = &state.designer.draft_refused {
        ui.label(RichText::new(crate::app::messages::draft_error(why)).color(colours.missed));
    }
}

/// "or pick": a searchable list of the chosen event types' fields, best
/// first, each with its type and an example value from the samples.
fn field_picker_ui(
    ui: &mut egui::Ui,
    choices: &[crate::catalog::FieldChoice],
    query: &mut String,
    path: &mut String,
    colours: &Palette,
) -> egui::Response {
    egui::ComboBox::from_id_salt("field picker")
        .selected_text("…")
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| {
            ui.set_min_width(380.0);
            if choices.is_empty() {
                ui.label(RichText::new(tr("field-pick-none")).color(colours.muted));
                return;
            }
            let search = ui
                .horizontal(|ui| {
                    let label = ui.label(tr("field-search-label"));
                    ui.add(TextEdit::singleline(query).hint_text(tr("field-search-hint")).desired_width(f32::INFINITY))
                        .labelled_by(label.id)
                })
                .inner;
            if ui.memory(|m| m.focused().is_none()) {
                search.request_focus();
            }
            let needle = query.trim().to_lowercase();
            let mut shown = 0;
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                for choice in choices.iter().filter(|c| needle.is_empty() || c.path.to_lowercase().contains(&needle)) {
                    shown += 1;
                    let mut job = egui::text::LayoutJob::default();
                    let mono = egui::TextStyle::Monospace.resolve(ui.style());
                    let body = egui::TextStyle::Small.resolve(ui.style());
                    job.append(&choice.path, 0.0, egui::TextFormat::simple(mono, ui.visuals().text_color()));
                    let detail = match &choice.example {
                        Some(example) => format!("{}  {example}", choice.kind),
                        None => choice.kind.clone(),
                    };
                    job.append(&detail, 10.0, egui::TextFormat::simple(body, colours.muted));
                    let picked = ui.selectable_label(*path == choice.path, job);
                    let picked =
                        if choice.enumerated { picked.on_hover_text(tr("field-enumerated-tip")) } else { picked };
                    if picked.clicked() {
                        path.clone_from(&choice.path);
                        query.clear();
                        ui.close();
                    }
                }
            });
            if shown == 0 {
                ui.label(RichText::new(tr("field-search-nothing")).color(colours.muted));
            }
        })
        .response
}

/// Where the draft goes, in words.
fn draft_aim_text(form: &crate::form::Form, target: &DraftTarget) -> String {
    match target {
        DraftTarget::AllEvents => tr("draft-aim-all"),
        DraftTarget::OrWith(at) => {
            let path = form.condition(at).map(|c| c.path).unwrap_or_default();
            tr_args("draft-aim-or-with", &[("path", path.into())])
        }
        DraftTarget::NewAlternative(group) => tr_args("draft-aim-new-alternative", &[("number", (group + 1).into())]),
        DraftTarget::Into { group, alternative } => {
            tr_args("draft-aim-into", &[("number", (group + 1).into()), ("alternative", (alternative + 1).into())])
        }
    }
}

/// One condition of the form: Change, Remove (and "Or…" for a condition
/// on every event), then its field and JSON, wrapped to the panel's width.
fn condition_row_ui(
    ui: &mut egui::Ui,
    path: &str,
    json: &str,
    colours: &Palette,
    commands: &mut Vec<Command>,
    at: &ConditionAt,
    can_fork: bool,
) {
    ui.horizontal(|ui| {
        if ui.small_button(tr("edit-condition")).on_hover_text(tr("edit-condition-tip")).clicked() {
            commands.push(Command::Designer(DesignerCommand::EditCondition(at.clone())));
        }
        if ui.small_button(tr("remove-condition")).on_hover_text(tr("remove-condition-tip")).clicked() {
            commands.push(Command::Designer(DesignerCommand::RemoveCondition(at.clone())));
        }
        if can_fork && ui.small_button(tr("or-with")).on_hover_text(tr("or-with-tip")).clicked() {
            commands.push(Command::Designer(DesignerCommand::AimDraft(DraftTarget::OrWith(at.clone()))));
        }
        ui.add(egui::Label::new(RichText::new(path).monospace()).truncate()).on_hover_text(path);
    });
    // The JSON on its own line, wrapped to the panel's width (the row never widens the panel).
    ui.indent(("condition json", path, json), |ui| {
        ui.add(egui::Label::new(RichText::new(json).monospace().color(colours.muted)).wrap());
    });
}

/// Account and region filters, comma-separated.
fn filters_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong(tr("filters-label"));
    for path in ["account", "region"] {
        ui.horizontal(|ui| {
            let label = ui.label(tr(&format!("filter-{path}-label")));
            let designer = &mut state.designer;
            let buffer = if path == "account" { &mut designer.account_input } else { &mut designer.region_input };
            let hint = if path == "account" { "123456789012, ..." } else { "us-east-1, ..." };
            let response = ui
                .add(TextEdit::singleline(buffer).hint_text(hint).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .on_hover_text(tr(&format!("filter-{path}-tip")));
            if response.changed() {
                commands.push(Command::Designer(DesignerCommand::FilterEdited(path)));
            }
        });
    }
    let accounts = crate::form::split_values(&state.designer.account_input);
    let bad = crate::form::bad_account_ids(&accounts);
    if !bad.is_empty() {
        ui.label(
            RichText::new(tr_args("accounts-need-12-digits", &[("ids", bad.join(", ").into())])).color(colours.missed),
        );
    }
}
