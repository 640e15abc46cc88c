//! The Targets mode: the rule's targets on the left; in the middle the
//! selected target (id, kind, ARN, what it receives: the transformer's
//! variables and template) and what it receives for the selected event and
//! across every matched event; on the right the events, and the selected
//! event's fields, whose values a click turns into variables.

use crate::app::highlight::{Mark, json_job};
use crate::app::i18n::{tr, tr_args};
use crate::app::messages::{drop_reason, rule_targets_problem, target_kind, target_problem};
use crate::app::state::targets::EVENT_ROWS_LIMIT;
use crate::app::state::{AppState, Command, EventVerdict, EventsCommand, TargetEdit, TargetsCommand};
use crate::app::theme::Palette;
use crate::target::{
    InputChoice, KINDS, MAX_TARGETS, ProblemAt, ProblemKind, RESERVED, Severity, Target, TargetInput, TargetKind,
    TargetProblem, template,
};
use eframe::egui::{self, RichText};

/// The mode's panels.
pub fn targets_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    egui::Panel::left("target list")
        .resizable(true)
        .default_size(230.0)
        .show(ui, |ui| target_list_ui(ui, state, commands, colours));
    let width = ui.available_width();
    egui::Panel::right("target events")
        .resizable(true)
        .default_size((width * 0.3).max(280.0))
        .show(ui, |ui| events_side_ui(ui, state, commands, colours));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("target editor").auto_shrink([false, false]).show(ui, |ui| {
            match state.targets.current() {
                Some(target) => {
                    let target = target.clone();
                    target_editor_ui(ui, state, &target, commands, colours);
                    ui.separator();
                    preview_ui(ui, state, commands, colours);
                }
                None => {
                    ui.add(egui::Label::new(tr("targets-none")).wrap());
                }
            }
        });
    });
}

fn edit(commands: &mut Vec<Command>, edit: TargetEdit) {
    commands.push(Command::Targets(TargetsCommand::Edit(edit)));
}

fn target_list_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong(tr("targets-title"));
    for (index, target) in state.targets.targets.iter().enumerate() {
        let errors =
            state.targets.selected != index && target.problems().iter().any(|p| p.severity() == Severity::Error);
        let chosen = state.targets.selected == index;
        let id = if target.id.is_empty() { "—" } else { target.id.as_str() };
        let label = RichText::new(format!("{id}\n{}", target_kind(target.kind)));
        let label = if errors { label.color(colours.error) } else { label };
        if ui.selectable_label(chosen, label).clicked() {
            commands.push(Command::Targets(TargetsCommand::Select(index)));
        }
    }
    ui.add_space(6.0);
    let room = state.targets.targets.len() < MAX_TARGETS;
    if ui.add_enabled(room, egui::Button::new(tr("targets-add"))).on_hover_text(tr("targets-add-tip")).clicked() {
        commands.push(Command::Targets(TargetsCommand::Add));
    }
    for (_, problem) in &state.targets.preview().rule_problems {
        ui.add_space(6.0);
        ui.add(egui::Label::new(RichText::new(rule_targets_problem(problem)).color(colours.muted).small()).wrap());
    }
}

/// The problems at `at`, each with the text it points at.
fn problems_ui(ui: &mut egui::Ui, problems: &[TargetProblem], at: ProblemAt, text: &str, colours: &Palette) {
    for problem in problems.iter().filter(|p| p.at == at) {
        let colour = if problem.severity() == Severity::Error { colours.error } else { colours.muted };
        let mut message = target_problem(&problem.kind);
        let offending = problem.span.slice(text);
        if !offending.is_empty() && offending != text {
            message.push(' ');
            message.push_str(&tr_args("targets-problem-in", &[("text", offending.into())]));
        }
        ui.add(egui::Label::new(RichText::new(message).color(colour).small()).wrap());
        if let ProblemKind::InvalidPlaceholder { key, .. } = &problem.kind {
            let hint = tr_args("target-problem-invalid-placeholder-hint", &[("key", key.as_str().into())]);
            ui.add(egui::Label::new(RichText::new(hint).color(colours.muted).small()).wrap());
        }
    }
}

/// A labelled one-line text box; the new text when it changed.
fn text_row(ui: &mut egui::Ui, label_key: &str, value: &str, hint: &str) -> Option<String> {
    let label = ui.label(tr(label_key));
    let mut text = value.to_owned();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(f32::INFINITY)
                .font(egui::TextStyle::Monospace),
        )
        .labelled_by(label.id);
    ui.end_row();
    response.changed().then_some(text)
}

fn target_editor_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    target: &Target,
    commands: &mut Vec<Command>,
    colours: &Palette,
) {
    let problems = &state.targets.preview().problems;
    ui.horizontal(|ui| {
        ui.heading(if target.id.is_empty() { "—" } else { target.id.as_str() });
        if ui.button(tr("targets-remove")).on_hover_text(tr("targets-remove-tip")).clicked() {
            commands.push(Command::Targets(TargetsCommand::Remove(state.targets.selected)));
        }
    });
    egui::Grid::new("target fields").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        if let Some(id) = text_row(ui, "targets-id", &target.id, "") {
            edit(commands, TargetEdit::Id(id));
        }
        let kind_label = ui.label(tr("targets-kind"));
        egui::ComboBox::from_id_salt("target kind")
            .selected_text(target_kind(target.kind))
            .width(260.0)
            .show_ui(ui, |ui| {
                for kind in KINDS {
                    if ui.selectable_label(kind == target.kind, target_kind(kind)).clicked() && kind != target.kind {
                        edit(commands, TargetEdit::Kind(kind));
                    }
                }
            })
            .response
            .labelled_by(kind_label.id);
        ui.end_row();
        if let Some(arn) = text_row(ui, "targets-arn", &target.arn, &target.kind.example_arn()) {
            edit(commands, TargetEdit::Arn(arn));
        }
    });
    problems_ui(ui, problems, ProblemAt::Id, &target.id, colours);
    problems_ui(ui, problems, ProblemAt::Arn, &target.arn, colours);
    let permission = match target.kind {
        TargetKind::LambdaFunction => "target-permission-lambda-function",
        TargetKind::SnsTopic => "target-permission-sns-topic",
        TargetKind::SqsQueue => "target-permission-sqs-queue",
        TargetKind::LogGroup => "target-permission-log-group",
        TargetKind::StateMachine | TargetKind::EventBus | TargetKind::KinesisStream | TargetKind::ApiDestination => {
            "target-permission-role"
        }
    };
    ui.add(egui::Label::new(RichText::new(tr(permission)).color(colours.muted).small()).wrap());
    problems_ui(ui, problems, ProblemAt::Target, "", colours);
    ui.add_space(8.0);
    ui.strong(tr("targets-input"));
    ui.horizontal_wrapped(|ui| {
        let choices = [
            (InputChoice::MatchedEvent, "targets-input-matched-event", "targets-input-matched-event-tip"),
            (InputChoice::Part, "targets-input-part", "targets-input-part-tip"),
            (InputChoice::Constant, "targets-input-constant", "targets-input-constant-tip"),
            (InputChoice::Transformer, "targets-input-transformer", "targets-input-transformer-tip"),
        ];
        for (choice, key, tip) in choices {
            let chosen = target.input.choice() == choice;
            if ui.radio(chosen, tr(key)).on_hover_text(tr(tip)).clicked() && !chosen {
                edit(commands, TargetEdit::Input(choice));
            }
        }
    });
    ui.add_space(4.0);
    match &target.input {
        TargetInput::MatchedEvent => {}
        TargetInput::Part(path) => {
            egui::Grid::new("input path").num_columns(2).show(ui, |ui| {
                if let Some(path) = text_row(ui, "targets-input-path", path, "$.detail") {
                    edit(commands, TargetEdit::InputPath(path));
                }
            });
            problems_ui(ui, problems, ProblemAt::InputPath, path, colours);
        }
        TargetInput::Constant(text) => {
            let label = ui.label(tr("targets-constant"));
            let mut buffer = text.clone();
            if code_editor(ui, &mut buffer, &[], label.id).changed() {
                edit(commands, TargetEdit::Constant(buffer));
            }
            problems_ui(ui, problems, ProblemAt::Constant, text, colours);
        }
        TargetInput::Transformer(transformer) => {
            variables_ui(ui, &transformer.paths, problems, commands, colours);
            ui.add_space(8.0);
            let label = ui.strong(tr("targets-template"));
            let text_colour = ui.visuals().strong_text_color();
            let marks = template_marks(&transformer.template, &transformer.paths, problems, colours, text_colour);
            let mut buffer = transformer.template.clone();
            if code_editor(ui, &mut buffer, &marks, label.id).changed() {
                edit(commands, TargetEdit::Template(buffer));
            }
            problems_ui(ui, problems, ProblemAt::Template, &transformer.template, colours);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr("targets-reserved")).small());
                for name in RESERVED {
                    if ui.small_button(format!("<{name}>")).on_hover_text(tr("targets-reserved-tip")).clicked() {
                        edit(commands, TargetEdit::InsertVariable(name.to_owned()));
                    }
                }
            });
        }
    }
}

/// A multi-line monospace editor with JSON colours and marks.
fn code_editor(
    ui: &mut egui::Ui,
    text: &mut String,
    marks: &[(std::ops::Range<usize>, Mark)],
    label: egui::Id,
) -> egui::Response {
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = json_job(ui, buffer.as_str(), marks);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    ui.add(
        egui::TextEdit::multiline(text)
            .code_editor()
            .desired_rows(4)
            .desired_width(f32::INFINITY)
            .layouter(&mut layouter),
    )
    .labelled_by(label)
}

/// Known placeholders get a background; the problems' spans an underline.
fn template_marks(
    template: &str,
    paths: &[(String, String)],
    problems: &[TargetProblem],
    colours: &Palette,
    ui_text: egui::Color32,
) -> Vec<(std::ops::Range<usize>, Mark)> {
    let mut marks: Vec<_> = template::placeholders(template)
        .into_iter()
        .filter(|p| RESERVED.contains(&p.name.as_str()) || paths.iter().any(|(k, _)| *k == p.name))
        .map(|p| (p.span.start..p.span.end, Mark::Token { background: colours.satisfied_bg, text: ui_text }))
        .collect();
    for problem in problems.iter().filter(|p| p.at == ProblemAt::Template) {
        let colour = if problem.severity() == Severity::Error { colours.error } else { colours.muted };
        marks.push((problem.span.start..problem.span.end, Mark::Underline(colour)));
    }
    marks
}

fn variables_ui(
    ui: &mut egui::Ui,
    paths: &[(String, String)],
    problems: &[TargetProblem],
    commands: &mut Vec<Command>,
    colours: &Palette,
) {
    ui.strong(tr("targets-variables"));
    ui.label(RichText::new(tr("targets-variables-hint")).color(colours.muted).small());
    let row_height = ui.spacing().interact_size.y;
    egui::Grid::new("variables").num_columns(4).spacing([6.0, 4.0]).striped(true).show(ui, |ui| {
        let name_header = ui.label(RichText::new(tr("targets-variable-name")).small()).id;
        let path_header = ui.label(RichText::new(tr("targets-variable-path")).small()).id;
        ui.end_row();
        for (row, (key, path)) in paths.iter().enumerate() {
            let mut key_text = key.clone();
            let key_box = egui::TextEdit::singleline(&mut key_text).font(egui::TextStyle::Monospace);
            if ui.add_sized([150.0, row_height], key_box).labelled_by(name_header).changed() {
                edit(commands, TargetEdit::PathKey(row, key_text));
            }
            let mut path_text = path.clone();
            let path_box = egui::TextEdit::singleline(&mut path_text).font(egui::TextStyle::Monospace);
            if ui.add_sized([260.0, row_height], path_box).labelled_by(path_header).changed() {
                edit(commands, TargetEdit::Path(row, path_text));
            }
            if ui.small_button(tr("targets-variable-insert")).on_hover_text(tr("targets-variable-insert-tip")).clicked()
            {
                edit(commands, TargetEdit::InsertVariable(key.clone()));
            }
            if ui.small_button("×").on_hover_text(tr("targets-variable-remove-tip")).clicked() {
                edit(commands, TargetEdit::RemovePath(row));
            }
            ui.end_row();
        }
    });
    for (row, (key, path)) in paths.iter().enumerate() {
        problems_ui(ui, problems, ProblemAt::Key(row), key, colours);
        problems_ui(ui, problems, ProblemAt::Path(row), path, colours);
    }
    problems_ui(ui, problems, ProblemAt::Key(crate::target::MAX_PATHS), "", colours);
    if ui.small_button(tr("targets-add-variable")).clicked() {
        edit(commands, TargetEdit::AddPath { key: "value".to_owned(), path: "$.detail".to_owned() });
    }
}

fn preview_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let preview = state.targets.preview();
    ui.heading(tr("targets-preview-title"));
    match &preview.delivery {
        None => {
            ui.label(RichText::new(tr("targets-event-none")).color(colours.muted));
        }
        Some(delivery) => {
            if !preview.selected_matches {
                ui.add(egui::Label::new(RichText::new(tr("targets-preview-not-matched")).color(colours.muted)).wrap());
            }
            match &delivery.dropped {
                Some(reason) => {
                    ui.add(egui::Label::new(RichText::new(drop_reason(reason)).color(colours.error).strong()).wrap());
                }
                None => {
                    ui.label(RichText::new(format!("✔ {}", tr("targets-preview-delivered"))).color(colours.matched));
                }
            }
            if !delivery.empty.is_empty() {
                let names = delivery.empty.iter().map(|n| format!("<{n}>")).collect::<Vec<_>>().join(", ");
                let text = tr_args("targets-preview-empty", &[("names", names.into())]);
                ui.add(egui::Label::new(RichText::new(text).color(colours.missed)).wrap());
            }
            if !delivery.text.is_empty() {
                let marks = match &delivery.dropped {
                    Some(crate::target::DropReason::NotJson { offset, .. }) => {
                        vec![(*offset..*offset, Mark::Underline(colours.error))]
                    }
                    _ => Vec::new(),
                };
                let job = json_job(ui, &delivery.text, &marks);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.add(egui::Label::new(job).wrap().selectable(true));
                });
            }
        }
    }
    ui.add_space(10.0);
    ui.strong(tr("targets-survey-title"));
    let survey = &preview.survey;
    if preview.matched == 0 {
        ui.label(RichText::new(tr("targets-survey-none")).color(colours.muted));
        return;
    }
    if preview.surveying {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr_args("targets-survey-working", &[("matched", preview.matched.into())]));
        });
        return;
    }
    let summary = tr_args(
        "targets-survey-summary",
        &[
            ("judged", survey.judged.into()),
            ("delivered", survey.delivered.into()),
            ("dropped", survey.dropped.len().into()),
            ("empty", survey.with_empty.len().into()),
        ],
    );
    let colour = if survey.dropped.is_empty() { colours.matched } else { colours.error };
    ui.label(RichText::new(summary).color(colour));
    for (key, indices) in [("targets-survey-dropped", &survey.dropped), ("targets-survey-empty", &survey.with_empty)] {
        if indices.is_empty() {
            continue;
        }
        ui.label(tr(key));
        ui.horizontal_wrapped(|ui| {
            for &index in indices.iter().take(50) {
                let Some(event) = state.events.events.get(index) else {
                    if ui.link(tr("targets-scheduled-event")).clicked() {
                        commands.push(Command::Targets(TargetsCommand::ShowScheduled(true)));
                    }
                    continue;
                };
                if ui.link(&event.name).clicked() {
                    commands.push(Command::Targets(TargetsCommand::ShowScheduled(false)));
                    commands.push(Command::Events(EventsCommand::Select(Some(index))));
                }
            }
        });
    }
}

fn events_side_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong(tr("targets-events-title"));
    let verdicts = &state.analysis().verdicts;
    let matched = verdicts.iter().filter(|v| **v == EventVerdict::Matched).count();
    let total = state.events.events.len();
    ui.label(
        RichText::new(tr_args("targets-events-matched", &[("matched", matched.into()), ("total", total.into())]))
            .color(colours.muted)
            .small(),
    );
    if state.schedule.enabled {
        let chosen = state.targets.show_scheduled;
        ui.horizontal(|ui| {
            ui.label(RichText::new("⏰").color(colours.matched));
            let row = ui.selectable_label(chosen, tr("targets-scheduled-event"));
            if row.on_hover_text(tr("targets-scheduled-event-tip")).clicked() {
                commands.push(Command::Targets(TargetsCommand::ShowScheduled(!chosen)));
            }
        });
    }
    let listed = state.listed_events();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::vertical().id_salt("target event list").max_height(ui.available_height() * 0.35).show_rows(
        ui,
        row_height,
        listed.len(),
        |ui, rows| {
            for &index in &listed[rows] {
                let Some(event) = state.events.events.get(index) else { continue };
                let hit = verdicts.get(index) == Some(&EventVerdict::Matched);
                let mark = if hit {
                    RichText::new("✔").color(colours.matched)
                } else {
                    RichText::new("·").color(colours.muted)
                };
                ui.horizontal(|ui| {
                    ui.label(mark);
                    let chosen = !state.targets.show_scheduled && state.events.selected == Some(index);
                    if ui.selectable_label(chosen, &event.name).clicked() {
                        commands.push(Command::Targets(TargetsCommand::ShowScheduled(false)));
                        commands.push(Command::Events(EventsCommand::Select(Some(index))));
                    }
                });
            }
        },
    );
    ui.separator();
    ui.strong(tr("targets-event-title"));
    let rows = &state.targets.preview().event_rows;
    if rows.is_empty() {
        ui.label(RichText::new(tr("targets-event-none")).color(colours.muted));
        return;
    }
    let input = state.targets.current().map(|t| t.input.choice());
    ui.label(RichText::new(tr("targets-event-hint")).color(colours.muted).small());
    if rows.len() >= EVENT_ROWS_LIMIT {
        ui.label(RichText::new(tr_args("targets-event-more", &[("count", EVENT_ROWS_LIMIT.into())])).small());
    }
    // Only the rows in view are laid out: a large event stays quick to draw.
    let row_height = ui.spacing().interact_size.y;
    let scroll = egui::ScrollArea::vertical().id_salt("target event fields").auto_shrink([false, false]);
    scroll.show_rows(ui, row_height, rows.len(), |ui, range| {
        for row in &rows[range] {
            ui.horizontal(|ui| {
                ui.add_space(f32::from(u8::try_from(row.depth).unwrap_or(u8::MAX)) * 14.0);
                ui.label(RichText::new(format!("{}:", row.label)).monospace().color(colours.muted));
                let text = row.value.clone().unwrap_or_else(|| if row.list { "[…]" } else { "{…}" }.to_owned());
                let clickable =
                    row.path.is_some() && matches!(input, Some(InputChoice::Transformer | InputChoice::Part));
                let button = egui::Button::new(RichText::new(text).monospace()).small();
                let response = ui.add_enabled(clickable, button);
                if let Some(path) = &row.path
                    && response.on_hover_text(path).clicked()
                {
                    let command = match input {
                        Some(InputChoice::Part) => TargetEdit::InputPath(path.clone()),
                        _ => TargetEdit::AddPath { key: row.key.clone(), path: path.clone() },
                    };
                    edit(commands, command);
                }
            });
        }
    });
}
