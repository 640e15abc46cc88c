//! The panels. Each reads the state and pushes [`Command`]s; the commands are
//! applied after the frame is drawn, so nothing changes mid-layout.

use super::file_panels::{export_ui, file_dialogs_ui, file_shortcuts, menu_ui, open_shortcut, rule_info_ui};
use super::highlight::{Mark, json_job};
use super::state::{AppState, Command, EventOrigin, EventVerdict, FormSync, decisive_spans};
use super::theme::{Palette, palette};
use crate::catalog::catalog;
use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText, TextEdit};

/// The whole window: toolbar, form (left), events (right), pattern (centre).
pub fn workspace_ui(ui: &mut egui::Ui, state: &mut AppState) {
    state.poll_writes();
    let mut commands = Vec::new();
    if !state.modal_open() {
        file_shortcuts(ui, &mut commands);
        shortcuts(ui, state, &mut commands);
        open_shortcut(ui, &mut commands);
    }
    super::files::receive_events(ui.ctx(), &mut commands);
    let colours = palette(ui.visuals());
    egui::Panel::top("menu").show(ui, |ui| menu_ui(ui, state, &mut commands));
    egui::Panel::top("toolbar").show(ui, |ui| toolbar_ui(ui, state, &mut commands));
    egui::Panel::left("form").resizable(true).default_size(300.0).size_range(220.0..=520.0).show(ui, |ui| {
        form_ui(ui, state, &mut commands, &colours);
    });
    egui::Panel::right("events").resizable(true).default_size(520.0).size_range(320.0..=900.0).show(ui, |ui| {
        events_ui(ui, state, &mut commands, &colours);
    });
    egui::CentralPanel::default().show(ui, |ui| pattern_ui(ui, state, &mut commands, &colours));
    about_samples_ui(ui.ctx(), state);
    export_ui(ui.ctx(), state, &mut commands, &colours);
    file_dialogs_ui(ui.ctx(), state, &mut commands);
    for command in commands {
        state.handle(command);
    }
}

fn shortcuts(ui: &egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let pressed =
        |key: Key, modifiers: Modifiers| ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)));
    if pressed(Key::Z, Modifiers::COMMAND | Modifiers::SHIFT) || pressed(Key::Y, Modifiers::COMMAND) {
        commands.push(Command::Redo);
    } else if pressed(Key::Z, Modifiers::COMMAND) {
        commands.push(Command::Undo);
    }
    if pressed(Key::F, Modifiers::COMMAND | Modifiers::SHIFT) {
        commands.push(Command::Prettify);
    }
    if pressed(Key::C, Modifiers::COMMAND | Modifiers::SHIFT) {
        ui.ctx().copy_text(state.pattern_text.clone());
    }
    if pressed(Key::O, Modifiers::COMMAND | Modifiers::SHIFT) {
        super::files::pick_event_files(ui.ctx());
    }
    if pressed(Key::K, Modifiers::COMMAND) {
        request_focus(ui.ctx(), FocusTarget::ServiceSearch);
    }
    if pressed(Key::L, Modifiers::COMMAND) {
        request_focus(ui.ctx(), FocusTarget::EventFilter);
    }
    // Step through the listed events without leaving the keyboard.
    let step = if pressed(Key::ArrowDown, Modifiers::ALT) {
        1
    } else if pressed(Key::ArrowUp, Modifiers::ALT) {
        -1
    } else {
        0
    };
    if step != 0 {
        let listed = state.listed_events();
        let here = state.selected.and_then(|s| listed.iter().position(|&i| i == s));
        let next = match here {
            Some(at) => at.checked_add_signed(step).filter(|&n| n < listed.len()).unwrap_or(at),
            None => 0,
        };
        if let Some(&index) = listed.get(next) {
            commands.push(Command::SelectEvent(Some(index)));
        }
    }
}

/// Text fields a shortcut can jump to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FocusTarget {
    ServiceSearch,
    EventFilter,
}

fn request_focus(ctx: &egui::Context, target: FocusTarget) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique("rulecraft focus request"), Some(target)));
}

/// Gives the focus to `response` if a shortcut asked for `target`.
fn take_focus_request(response: &egui::Response, target: FocusTarget) {
    let id = egui::Id::unique("rulecraft focus request");
    let wanted = response.ctx.data(|d| d.get_temp::<Option<FocusTarget>>(id)).flatten();
    if wanted == Some(target) {
        response.request_focus();
        response.ctx.data_mut(|d| d.remove::<Option<FocusTarget>>(id));
    }
}

fn toolbar_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading("Rulecraft");
        ui.separator();
        if ui
            .add_enabled(state.can_undo(), egui::Button::new("Undo"))
            .on_hover_text("Undo the last change to the pattern (Ctrl+Z)")
            .clicked()
        {
            commands.push(Command::Undo);
        }
        if ui.add_enabled(state.can_redo(), egui::Button::new("Redo")).on_hover_text("Redo (Ctrl+Shift+Z)").clicked() {
            commands.push(Command::Redo);
        }
        if ui.button("Prettify").on_hover_text("Re-indent the pattern (Ctrl+Shift+F)").clicked() {
            commands.push(Command::Prettify);
        }
        if ui.button("Copy pattern").on_hover_text("Copy the pattern JSON to the clipboard (Ctrl+Shift+C)").clicked() {
            ui.ctx().copy_text(state.pattern_text.clone());
        }
        ui.separator();
        theme_ui(ui);
        ui.separator();
        if ui.button("About samples…").on_hover_text("Where the bundled events come from, and their licences").clicked()
        {
            state.about_open = true;
        }
        if let Some(notice) = &state.notice {
            ui.separator();
            ui.label(notice);
        }
    });
}

/// The attribution the bundled samples' licences require.
fn about_samples_ui(ctx: &egui::Context, state: &mut AppState) {
    let mut open = state.about_open;
    egui::Window::new("About the sample events").open(&mut open).default_width(640.0).show(ctx, |ui| {
        ui.label(format!(
            "Rulecraft bundles {} events published by AWS, each exactly as published. Their licences ask for this attribution:",
            crate::samples::all().len()
        ));
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            for (line, count) in crate::samples::attributions() {
                ui.label(format!("{line} ({count} event{})", if count == 1 { "" } else { "s" }));
            }
        });
        ui.label("Events from AWS documentation remain under CC BY-SA 4.0. Every event's origin is listed by `rulecraft samples --json`.");
    });
    state.about_open = open;
}

/// Theme choice in words (egui's own switch draws icons from an emoji font
/// Rulecraft does not bundle).
fn theme_ui(ui: &mut egui::Ui) {
    let current = ui.ctx().options(|o| o.theme_preference);
    ui.label("Theme");
    for (choice, name) in [
        (egui::ThemePreference::System, "System"),
        (egui::ThemePreference::Dark, "Dark"),
        (egui::ThemePreference::Light, "Light"),
    ] {
        if ui.selectable_label(current == choice, name).clicked() {
            ui.ctx().set_theme(choice);
        }
    }
}

/// The pattern's structure, read-only: each `$or` combination and its fields.
fn outline_ui(ui: &mut egui::Ui, state: &mut AppState, colours: &Palette) {
    let Ok(pattern) = &state.analysis().pattern else { return };
    egui::CollapsingHeader::new("Pattern structure").default_open(true).show(ui, |ui| {
        for (b, _) in pattern.branches.iter().enumerate() {
            if pattern.branches.len() > 1 {
                ui.label(RichText::new(format!("Combination {} of {}", b + 1, pattern.branches.len())).strong());
            }
            for field in pattern.branch_fields(b) {
                let conditions: Vec<String> =
                    field.conditions.iter().map(|c| crate::explain::describe(&c.matcher)).collect();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&field.path).monospace());
                    ui.label(RichText::new(conditions.join(" or ")).color(colours.muted));
                });
            }
        }
    });
}

/// The form: service, detail-types, and values of state-like fields.
fn form_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let sync = state.analysis().form_sync.clone();
    ui.add_space(4.0);
    rule_info_ui(ui, state, commands);
    ui.separator();
    match &sync {
        FormSync::Follows => {}
        FormSync::CannotShow(reason) => {
            ui.label(
                RichText::new(format!(
                    "The form cannot show this pattern: {reason}. Edit the JSON; the form is read-only."
                ))
                .color(colours.missed),
            );
            outline_ui(ui, state, colours);
        }
        FormSync::PatternInvalid => {
            ui.label(
                RichText::new("The pattern text is invalid; the form shows the last valid pattern. Changing the form replaces the text (Undo brings it back).")
                    .color(colours.muted),
            );
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

fn service_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    let label = ui.strong("Service");
    let search = ui
        .add(
            TextEdit::singleline(&mut state.service_query)
                .hint_text("Search services, events, fields")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .on_hover_text("Name, source (aws.ec2), event type or field; typos are forgiven (Ctrl+K)");
    take_focus_request(&search, FocusTarget::ServiceSearch);
    let c = catalog();
    let shown = state.service_results().to_vec();
    egui::ScrollArea::vertical().id_salt("services").max_height(180.0).show(ui, |ui| {
        for index in shown {
            let service = &c.services[index];
            let chosen = state.form.source.as_deref() == Some(service.source.as_str());
            let text = format!("{}  ({})", service.name, service.source);
            let hint =
                if chosen { "Click again to clear the service" } else { "Use this service as the pattern's source" };
            if ui.selectable_label(chosen, text).on_hover_text(hint).clicked() {
                commands.push(Command::ChooseSource(if chosen { None } else { Some(service.source.clone()) }));
            }
        }
    });
}

fn detail_types_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let Some(source) = state.form.source.as_deref() else {
        ui.label(RichText::new("Choose a service to see its events.").color(colours.muted));
        return;
    };
    let Some(service) = catalog().service(source) else {
        ui.label(format!("{source} is not in the catalog."));
        return;
    };
    ui.strong("Event types");
    for detail_type in &service.detail_types {
        let mut on = state.form.detail_types.contains(&detail_type.name);
        let mut text = detail_type.name.clone();
        if !detail_type.verified {
            text.push_str("  (unverified)");
        }
        let samples = detail_type.samples.len();
        let mut hint = format!("{samples} bundled sample{}", if samples == 1 { "" } else { "s" });
        if let Some(schema) = &detail_type.schema {
            hint.push_str("; schema registry: ");
            hint.push_str(schema);
        }
        if !detail_type.verified {
            hint.push_str("; no published event confirms this name");
        }
        let response = ui.checkbox(&mut on, text).on_hover_text(hint);
        if response.clicked() {
            commands.push(Command::ToggleDetailType(detail_type.name.clone()));
        }
        if !on {
            continue;
        }
        for field in
            detail_type.fields.iter().filter(|f| f.is_enumerated() || !f.observed.is_empty() || !f.suggested.is_empty())
        {
            ui.indent(&field.path, |ui| {
                let chosen: Vec<&String> =
                    state.form.fields.iter().filter(|f| f.path == field.path).flat_map(|f| &f.values).collect();
                let any = if chosen.is_empty() { "  (any)" } else { "" };
                ui.label(RichText::new(format!("{}{any}", field.path)).monospace());
                ui.horizontal_wrapped(|ui| {
                    let kinds: Vec<&str> = field
                        .sources
                        .iter()
                        .filter_map(|s| s["kind"].as_str())
                        .filter(|k| *k != "observed-in-samples")
                        .collect();
                    let documented_by = format!("documented ({})", kinds.join(", "));
                    let groups = [
                        (&field.documented, ""),
                        (&field.observed_only, "seen in samples, not documented"),
                        (&field.suggested, "suggested, not documented"),
                    ];
                    for (values, why) in groups {
                        for value in values {
                            let mut on = chosen.contains(&value);
                            let text =
                                if why.is_empty() { RichText::new(value) } else { RichText::new(value).italics() };
                            let origin = if why.is_empty() { documented_by.as_str() } else { why };
                            let response = ui.toggle_value(&mut on, text).on_hover_text(origin);
                            if response.clicked() {
                                commands.push(Command::ToggleValue { path: field.path.clone(), value: value.clone() });
                            }
                        }
                    }
                });
            });
        }
    }
}

/// The form's conditions, and "Add condition" with an operator picker.
fn conditions_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong("Conditions");
    for (index, condition) in state.form.conditions.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&condition.path).monospace());
            ui.label(RichText::new(&condition.json).monospace().color(colours.muted));
            if ui.small_button("Remove").on_hover_text("Remove this condition").clicked() {
                commands.push(Command::RemoveCondition(index));
            }
        });
    }
    ui.label("New condition");
    // Fields of the chosen event types, to pick from.
    let fields: Vec<String> = state
        .form
        .source
        .as_deref()
        .and_then(|s| catalog().service(s))
        .map(|service| {
            let mut paths: Vec<String> = service
                .detail_types
                .iter()
                .filter(|d| state.form.detail_types.contains(&d.name))
                .flat_map(|d| d.schema_fields.iter().filter(|f| f.kind != "object").map(|f| f.path.clone()))
                .collect();
            paths.sort();
            paths.dedup();
            paths
        })
        .unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label("Field");
        ui.add(TextEdit::singleline(&mut state.draft.path).hint_text("detail.…").desired_width(150.0))
            .labelled_by(label.id)
            .on_hover_text("Dotted path of the event field, e.g. detail.instance-id");
        let pick = ui.label("or pick");
        egui::ComboBox::from_id_salt("field picker")
            .selected_text("…")
            .show_ui(ui, |ui| {
                for path in &fields {
                    if ui.selectable_label(state.draft.path == *path, path).clicked() {
                        state.draft.path.clone_from(path);
                    }
                }
            })
            .response
            .labelled_by(pick.id)
            .on_hover_text("Fields of the chosen event types, from the schema registry");
    });
    ui.horizontal(|ui| {
        let label = ui.label("Operator");
        egui::ComboBox::from_id_salt("operator picker")
            .selected_text(state.draft.operator.label())
            .show_ui(ui, |ui| {
                for operator in crate::form::Operator::ALL {
                    ui.selectable_value(&mut state.draft.operator, operator, operator.label())
                        .on_hover_text(operator.example());
                }
            })
            .response
            .labelled_by(label.id);
    });
    if state.draft.operator.takes_value() {
        ui.horizontal(|ui| {
            let label = ui.label("Value");
            ui.add(
                TextEdit::singleline(&mut state.draft.value)
                    .hint_text(state.draft.operator.example())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
    }
    match state.draft.check() {
        Ok(condition) => {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&condition.json).monospace().color(colours.matched));
                if ui.button("Add condition").on_hover_text("Add this condition to the pattern").clicked() {
                    commands.push(Command::AddCondition(condition));
                    state.draft.value.clear();
                }
            });
        }
        Err(why) => {
            ui.label(RichText::new(why).color(colours.muted));
        }
    }
}

/// Account and region filters, comma-separated.
fn filters_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong("Accounts and regions");
    for (title, path, hint) in [("Account", "account", "123456789012, ..."), ("Region", "region", "us-east-1, ...")] {
        ui.horizontal(|ui| {
            let label = ui.label(title);
            let buffer = if path == "account" { &mut state.account_input } else { &mut state.region_input };
            let tip = if path == "account" {
                "Only events from these AWS accounts (12 digits each), comma-separated; empty for any"
            } else {
                "Only events from these regions, comma-separated; empty for any"
            };
            let response = ui
                .add(TextEdit::singleline(buffer).hint_text(hint).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .on_hover_text(tip);
            if response.changed() {
                commands.push(Command::SetValues { path: path.to_owned(), values: super::state::split_values(buffer) });
            }
        });
    }
    if let Some(problem) = super::state::check_accounts(&super::state::split_values(&state.account_input)) {
        ui.label(RichText::new(problem).color(colours.missed));
    }
}

/// The pattern editor: highlighted JSON, AWS's message and an underline on errors.
fn pattern_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let (error, error_span) = {
        let analysis = state.analysis();
        match (&analysis.pattern, analysis.error_position) {
            (Err(e), Some(at)) => (Some(format!("Line {}, column {}: {e}", at.line, at.column)), Some(e.span)),
            _ => (None, None),
        }
    };
    let label = ui.strong("Pattern");
    match &error {
        Some(message) => ui.label(RichText::new(message).color(colours.error)),
        None => ui.label(RichText::new("Valid pattern").color(colours.matched)),
    };
    let marks: Vec<_> = error_span.map(|s| (s.start..s.end, Mark::Underline(colours.error))).into_iter().collect();
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = json_job(ui, buffer.as_str(), &marks);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let size = ui.available_size();
    let lines = state.pattern_text.split('\n').count().max(1);
    egui::ScrollArea::both().id_salt("pattern scroll").auto_shrink(false).show(ui, |ui| {
        ui.horizontal_top(|ui| {
            // Line numbers in a gutter, in the editor's font so rows line up.
            let numbers: Vec<String> = (1..=lines).map(|n| format!("{n:>3}")).collect();
            let numbers = numbers.join("\n");
            let gutter = egui::Label::new(RichText::new(numbers).monospace().color(colours.muted)).selectable(false);
            ui.add_space(2.0);
            ui.vertical(|ui| {
                ui.add_space(2.0);
                ui.add(gutter);
            });
            let editor = TextEdit::multiline(&mut state.pattern_text)
                .code_editor()
                .min_size(egui::vec2(size.x - 40.0, size.y))
                .desired_width(f32::INFINITY)
                .hint_text("Pattern JSON")
                .layouter(&mut layouter);
            if ui.add(editor).labelled_by(label.id).changed() {
                commands.push(Command::PatternEdited { at_secs: ui.input(|i| i.time) });
            }
        });
    });
}

/// The events: summary, list with verdicts, the selected event and why.
fn events_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let summary = state.summary();
    ui.strong("Events");
    ui.label(summary);
    let filter_label = ui.label("Filter");
    let filter = ui
        .add(TextEdit::singleline(&mut state.event_filter).hint_text("Filter by name").desired_width(f32::INFINITY))
        .labelled_by(filter_label.id)
        .on_hover_text("Show only events whose name contains this (Ctrl+L); Alt+Up/Down steps through the list");
    take_focus_request(&filter, FocusTarget::EventFilter);
    let listed = state.listed_events();
    let verdicts = state.analysis().verdicts.clone();
    egui::ScrollArea::both().id_salt("event list").max_height(ui.available_height() * 0.35).auto_shrink(false).show(
        ui,
        |ui| {
            for index in listed {
                let event = &state.events[index];
                let (mark, colour) = match verdicts.get(index) {
                    Some(EventVerdict::Matched) => ("match", colours.matched),
                    Some(EventVerdict::NotMatched) => ("no match", colours.missed),
                    Some(EventVerdict::Unreadable(_)) => ("unreadable", colours.error),
                    _ => ("", colours.muted),
                };
                let expectation = match (event.expect, verdicts.get(index)) {
                    (Some(expect), Some(EventVerdict::Matched)) => Some((expect, expect.met_by(true))),
                    (Some(expect), Some(EventVerdict::NotMatched)) => Some((expect, expect.met_by(false))),
                    _ => None,
                };
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{mark:>10}")).monospace().color(colour));
                    let own = if event.origin == EventOrigin::Own { "(yours) " } else { "" };
                    let selected = state.selected == Some(index);
                    let hint = match &event.origin {
                        EventOrigin::Sample { source, detail_type } => {
                            format!("Bundled sample: {source}, \"{detail_type}\"")
                        }
                        EventOrigin::Own => "Your event: select it to edit it".to_owned(),
                    };
                    if ui.selectable_label(selected, format!("{own}{}", event.name)).on_hover_text(hint).clicked() {
                        commands.push(Command::SelectEvent(Some(index)));
                    }
                    match expectation {
                        Some((_, true)) => {
                            ui.label(RichText::new("as expected").color(colours.matched));
                        }
                        Some((expect, false)) => {
                            ui.label(
                                RichText::new(format!("expected {}", expect.label())).color(colours.error).strong(),
                            );
                        }
                        None => {}
                    }
                });
            }
        },
    );
    ui.separator();
    add_event_ui(ui, state, commands);
    ui.separator();
    selected_event_ui(ui, state, commands, colours);
}

/// The verdict the user expects of their event (saved with the rule and
/// checked by `rulecraft test RULEFILE`), and its removal.
fn expectation_ui(
    ui: &mut egui::Ui,
    index: usize,
    current: Option<crate::document::Expectation>,
    commands: &mut Vec<Command>,
) {
    use crate::document::Expectation;
    ui.horizontal(|ui| {
        ui.label("Expected verdict");
        for (choice, text, hint) in [
            (None, "none", "No expectation: the verdict is only shown"),
            (Some(Expectation::Match), "match", "The pattern must match this event"),
            (Some(Expectation::NoMatch), "no match", "The pattern must not match this event"),
        ] {
            if ui.selectable_label(current == choice, text).on_hover_text(hint).clicked() && current != choice {
                commands.push(Command::SetExpectation { index, expect: choice });
            }
        }
        ui.separator();
        if ui.small_button("Remove event").on_hover_text("Remove this event from your events").clicked() {
            commands.push(Command::RemoveEvent(index));
        }
    });
}

fn add_event_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui
            .button("Open event files…")
            .on_hover_text(
                ".json (one event), .jsonl/.ndjson (one per line); or drop files on the window (Ctrl+Shift+O)",
            )
            .clicked()
        {
            super::files::pick_event_files(ui.ctx());
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Paste an event");
        ui.add(
            TextEdit::singleline(&mut state.paste_text)
                .hint_text("{ \"source\": ... }")
                .desired_width(ui.available_width() - 70.0),
        )
        .labelled_by(label.id)
        .on_hover_text("Paste one event's JSON, then Add; it is judged like the samples");
        if ui
            .add_enabled(!state.paste_text.trim().is_empty(), egui::Button::new("Add"))
            .on_hover_text("Add the pasted event to your events")
            .clicked()
        {
            let count = state.events.iter().filter(|e| e.origin == EventOrigin::Own).count();
            commands.push(Command::AddOwnEvent {
                name: format!("pasted event {}", count + 1),
                text: state.paste_text.clone(),
            });
            state.paste_text.clear();
        }
    });
}

fn selected_event_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let Some(index) = state.selected else {
        ui.label(RichText::new("Select an event to see why it matches or not.").color(colours.muted));
        return;
    };
    let explanation = state.analysis().explanation.clone();
    let verdict = state.analysis().verdicts.get(index).cloned();
    let Some(event) = state.events.get(index) else { return };
    ui.strong(&event.name);
    if event.origin == EventOrigin::Own {
        expectation_ui(ui, index, event.expect, commands);
    }
    match (&verdict, &explanation) {
        (Some(EventVerdict::Unreadable(why)), _) => {
            ui.label(RichText::new(format!("Unreadable: {why}")).color(colours.error));
        }
        (_, Some(explanation)) => {
            let (text, colour) =
                if explanation.matched { ("Matched", colours.matched) } else { ("Not matched", colours.missed) };
            ui.label(RichText::new(text).color(colour).strong());
            for (b, branch) in explanation.branches.iter().enumerate() {
                if explanation.branches.len() > 1 {
                    let verdict = if branch.matched { "matches" } else { "does not match" };
                    ui.label(RichText::new(format!("$or combination {}: {verdict}", b + 1)).strong());
                }
                for field in &branch.fields {
                    let allowed: Vec<&str> = field.conditions.iter().map(|c| c.description.as_str()).collect();
                    let (mark, colour) = if field.matched { ("yes", colours.matched) } else { ("no ", colours.missed) };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(mark).monospace().color(colour));
                        ui.label(RichText::new(&field.path).monospace());
                        ui.label(allowed.join(" or "));
                    });
                    if let Some(reason) = &field.reason {
                        ui.label(RichText::new(format!("      {reason}")).color(colours.missed));
                    }
                }
                if let Some(reason) = &branch.reason {
                    ui.label(RichText::new(reason).color(colours.missed));
                }
            }
        }
        _ => {}
    }
    let marks: Vec<_> = explanation
        .as_ref()
        .map(decisive_spans)
        .unwrap_or_default()
        .into_iter()
        .map(|(span, ok)| {
            (span.start..span.end, Mark::Background(if ok { colours.satisfied_bg } else { colours.failed_bg }))
        })
        .collect();
    let own = event.origin == EventOrigin::Own;
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = json_job(ui, buffer.as_str(), &marks);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    egui::ScrollArea::both().id_salt("event view").auto_shrink(false).show(ui, |ui| {
        if own {
            // The user's own events can be edited; each change is judged again.
            let label = ui.label(RichText::new("Your event (editable; its verdict follows)").color(colours.muted));
            let Some(event) = state.events.get_mut(index) else { return };
            let editor =
                TextEdit::multiline(&mut event.text).code_editor().desired_width(f32::INFINITY).layouter(&mut layouter);
            if ui.add(editor).labelled_by(label.id).changed() {
                commands.push(Command::EventEdited(index));
            }
        } else {
            let job = json_job(ui, &state.events[index].text, &marks);
            ui.add(egui::Label::new(job).wrap_mode(egui::TextWrapMode::Extend));
        }
    });
}
