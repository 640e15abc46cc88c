//! The Schedule mode: on the left whether the rule runs on a clock, who runs
//! it and the builder of common cases; in the middle the expression (AWS's
//! verdict, the reason at the field), what it means, and the next runs in
//! UTC and in the zone the user reads times in.

use crate::app::highlight::{Mark, json_job};
use crate::app::i18n::{tr, tr_args};
use crate::app::messages::{month, schedule_description, schedule_reason, weekday};
use crate::app::state::{AppState, Command, ScheduleCommand};
use crate::app::theme::Palette;
use crate::schedule::builder::{Built, Days, Shape};
use crate::schedule::{Dialect, Schedule, Unit};
use eframe::egui::{self, RichText};

/// The mode's panels.
pub fn schedule_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    egui::Panel::left("schedule builder").resizable(true).default_size(360.0).show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("schedule builder").show(ui, |ui| builder_ui(ui, state, commands));
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("schedule").auto_shrink([false, false]).show(ui, |ui| {
            expression_ui(ui, state, commands, colours);
        });
    });
}

/// The ordinals' message keys, first to fifth.
const ORDINALS: [&str; 5] = ["ordinal-1", "ordinal-2", "ordinal-3", "ordinal-4", "ordinal-5"];

fn send(commands: &mut Vec<Command>, command: ScheduleCommand) {
    commands.push(Command::Schedule(command));
}

fn builder_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let schedule = &state.schedule;
    ui.strong(tr("schedule-title"));
    let mut enabled = schedule.enabled;
    if ui.checkbox(&mut enabled, tr("schedule-enable")).on_hover_text(tr("schedule-enable-tip")).changed() {
        send(commands, ScheduleCommand::Enable(enabled));
    }
    if !schedule.enabled {
        return;
    }
    ui.add_space(6.0);
    ui.label(tr("schedule-kind"));
    for (dialect, key, tip) in [
        (Dialect::Rule, "schedule-kind-rule", "schedule-kind-rule-tip"),
        (Dialect::Scheduler, "schedule-kind-scheduler", "schedule-kind-scheduler-tip"),
    ] {
        if ui.radio(schedule.dialect == dialect, tr(key)).on_hover_text(tr(tip)).clicked()
            && schedule.dialect != dialect
        {
            send(commands, ScheduleCommand::Dialect(dialect));
        }
    }
    ui.separator();
    ui.strong(tr("schedule-builder"));
    if !schedule.builder_follows {
        ui.add(egui::Label::new(RichText::new(tr("schedule-builder-custom")).small()).wrap());
    }
    let built = schedule.built.clone();
    let mut next = built.clone();
    let shapes: [(&str, Shape); 5] = [
        ("schedule-shape-every", Shape::Every { value: 5, unit: Unit::Minute }),
        ("schedule-shape-daily", Shape::Daily { hour: 9, minute: 0, days: Days::Every }),
        ("schedule-shape-weekdays", Shape::Daily { hour: 9, minute: 0, days: Days::Weekdays(vec![2, 3, 4, 5, 6]) }),
        ("schedule-shape-last-day", Shape::LastDayOfMonth { hour: 9, minute: 0 }),
        ("schedule-shape-nth-weekday", Shape::NthWeekday { nth: 1, weekday: 2, hour: 9, minute: 0 }),
    ];
    // No shape is chosen while the builder cannot show the expression.
    let current = if schedule.builder_follows { shape_index(&built.shape) } else { usize::MAX };
    for (index, (key, shape)) in shapes.into_iter().enumerate() {
        if ui.radio(current == index, tr(key)).clicked() && current != index {
            next = Built { shape, months: Vec::new(), years: None };
        }
    }
    ui.add_space(6.0);
    if let (Some(hour), Some(minute)) = shape_fields_ui(ui, &mut next.shape) {
        calendar_ui(ui, hour, minute, &mut next.months, &mut next.years);
    }
    if next != built {
        send(commands, ScheduleCommand::Build(next));
    }
}

/// The shape's own fields; the hour and minute when it has a time of day.
fn shape_fields_ui<'s>(ui: &mut egui::Ui, shape: &'s mut Shape) -> (Option<&'s mut u32>, Option<&'s mut u32>) {
    match shape {
        Shape::Every { value, unit } => {
            ui.horizontal(|ui| {
                let label = ui.label(tr("schedule-every"));
                ui.add(egui::DragValue::new(value).range(1..=10_000)).labelled_by(label.id);
                for (u, key) in [
                    (Unit::Minute, "schedule-unit-minutes"),
                    (Unit::Hour, "schedule-unit-hours"),
                    (Unit::Day, "schedule-unit-days"),
                ] {
                    if ui.selectable_label(*unit == u, tr(key)).clicked() {
                        *unit = u;
                    }
                }
            });
            (None, None)
        }
        Shape::Daily { hour, minute, days } => {
            if let Days::Weekdays(selected) = days {
                ui.label(tr("schedule-on-days"));
                ui.horizontal_wrapped(|ui| {
                    for day in [2, 3, 4, 5, 6, 7, 1] {
                        let mut on = selected.contains(&day);
                        if ui.checkbox(&mut on, weekday(day)).changed() {
                            if on {
                                selected.push(day);
                                selected.sort_unstable();
                            } else if selected.len() > 1 {
                                selected.retain(|d| *d != day);
                            }
                        }
                    }
                });
            }
            (Some(hour), Some(minute))
        }
        Shape::LastDayOfMonth { hour, minute } => (Some(hour), Some(minute)),
        Shape::NthWeekday { nth, weekday: day, hour, minute } => {
            ui.horizontal(|ui| {
                let which = ui.label(tr("schedule-which"));
                let nth_label = |n: u32| match n.checked_sub(1).and_then(|i| ORDINALS.get(i as usize)) {
                    Some(key) => tr(key),
                    None => tr("schedule-nth-last"),
                };
                egui::ComboBox::from_id_salt("nth")
                    .selected_text(nth_label(*nth))
                    .show_ui(ui, |ui| {
                        for n in [1, 2, 3, 4, 5, 0] {
                            ui.selectable_value(nth, n, nth_label(n));
                        }
                    })
                    .response
                    .labelled_by(which.id);
                egui::ComboBox::from_id_salt("weekday")
                    .selected_text(weekday(*day))
                    .show_ui(ui, |ui| {
                        for d in 1..=7 {
                            ui.selectable_value(day, d, weekday(d));
                        }
                    })
                    .response
                    .labelled_by(which.id);
            });
            (Some(hour), Some(minute))
        }
    }
}

/// The time of day, and the months and years a cron shape is limited to.
fn calendar_ui(
    ui: &mut egui::Ui,
    hour: &mut u32,
    minute: &mut u32,
    months: &mut Vec<u32>,
    years: &mut Option<(u32, u32)>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(tr("schedule-at"));
        ui.add(egui::DragValue::new(hour).range(0..=23)).labelled_by(label.id);
        ui.label(":");
        ui.add(egui::DragValue::new(minute).range(0..=59)).labelled_by(label.id);
    });
    ui.label(tr("schedule-months"));
    ui.horizontal_wrapped(|ui| {
        for m in 1..=12 {
            let mut on = months.contains(&m);
            if ui.checkbox(&mut on, month(m)).changed() {
                if on {
                    months.push(m);
                    months.sort_unstable();
                } else {
                    months.retain(|x| *x != m);
                }
            }
        }
    });
    ui.horizontal(|ui| {
        let mut limited = years.is_some();
        let checkbox = ui.checkbox(&mut limited, tr("schedule-years")).on_hover_text(tr("schedule-years-tip"));
        if checkbox.changed() {
            *years = limited.then_some((2026, 2027));
        }
        if let Some((first, last)) = years {
            ui.add(egui::DragValue::new(first).range(1970..=2199)).labelled_by(checkbox.id);
            ui.label("–");
            ui.add(egui::DragValue::new(last).range(1970..=2199)).labelled_by(checkbox.id);
            *last = (*last).max(*first);
        }
    });
}

fn shape_index(shape: &Shape) -> usize {
    match shape {
        Shape::Every { .. } => 0,
        Shape::Daily { days: Days::Every, .. } => 1,
        Shape::Daily { .. } => 2,
        Shape::LastDayOfMonth { .. } => 3,
        Shape::NthWeekday { .. } => 4,
    }
}

fn expression_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let schedule = &state.schedule;
    if !schedule.enabled {
        ui.add(egui::Label::new(tr("schedule-off")).wrap());
        return;
    }
    let label = ui.strong(tr("schedule-expression"));
    let marks = match schedule.verdict() {
        Some(Err(e)) => vec![(e.span.start..e.span.end, Mark::Underline(colours.error))],
        _ => Vec::new(),
    };
    let mut text = schedule.expression.clone();
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = json_job(ui, buffer.as_str(), &marks);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .font(egui::TextStyle::Monospace)
                .desired_width(f32::INFINITY)
                .layouter(&mut layouter),
        )
        .labelled_by(label.id);
    if response.changed() {
        send(commands, ScheduleCommand::ExpressionEdited(text));
    }
    let zone_name = if schedule.dialect == Dialect::Scheduler && !schedule.timezone.is_empty() {
        schedule.timezone.clone()
    } else {
        "UTC".to_owned()
    };
    match schedule.verdict() {
        Some(Err(e)) => {
            ui.label(RichText::new(&e.aws_message).color(colours.error).strong());
            ui.add(egui::Label::new(RichText::new(schedule_reason(&e.reason)).color(colours.error)).wrap());
        }
        Some(Ok(_)) => {
            ui.label(RichText::new(format!("✔ {}", tr("schedule-valid"))).color(colours.matched));
            if let Some(description) = schedule.description() {
                let means = tr_args(
                    "schedule-means",
                    &[("description", schedule_description(&description).into()), ("zone", zone_name.as_str().into())],
                );
                ui.add(egui::Label::new(RichText::new(means).heading()).wrap());
            }
        }
        None => {}
    }
    ui.add_space(8.0);
    settings_ui(ui, schedule, commands, colours);
    runs_ui(ui, schedule, colours);
}

/// The next runs in UTC and the display zone, and what they count from.
fn runs_ui(ui: &mut egui::Ui, schedule: &crate::app::state::ScheduleState, colours: &Palette) {
    let runs = schedule.runs();
    if runs.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.strong(tr("schedule-next-runs"));
    egui::Grid::new("schedule runs").num_columns(2).striped(true).spacing([24.0, 4.0]).show(ui, |ui| {
        ui.label(RichText::new(tr("schedule-runs-utc")).small());
        ui.label(
            RichText::new(tr_args("schedule-runs-local", &[("zone", schedule.display_zone.as_str().into())])).small(),
        );
        ui.end_row();
        for run in runs {
            ui.label(RichText::new(&run.utc).monospace());
            ui.label(RichText::new(format!("{} ({})", run.local, weekday(run.weekday))).monospace());
            ui.end_row();
        }
    });
    let note = match (schedule.verdict(), schedule.dialect) {
        (Some(Ok(Schedule::Rate { .. })), _) => "schedule-rate-note",
        (_, Dialect::Rule) => "schedule-utc-note",
        (_, Dialect::Scheduler) => "schedule-dst-note",
    };
    ui.add(egui::Label::new(RichText::new(tr(note)).color(colours.muted).small()).wrap());
}

/// Scheduler's zone, dates and window, and the zone times are shown in.
fn settings_ui(
    ui: &mut egui::Ui,
    schedule: &crate::app::state::ScheduleState,
    commands: &mut Vec<Command>,
    colours: &Palette,
) {
    egui::Grid::new("schedule zones").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        if schedule.dialect == Dialect::Scheduler {
            let label = ui.label(tr("schedule-zone"));
            let mut zone = schedule.timezone.clone();
            if ui
                .add(egui::TextEdit::singleline(&mut zone).hint_text(tr("schedule-runs-utc")))
                .labelled_by(label.id)
                .changed()
            {
                send(commands, ScheduleCommand::Timezone(zone));
            }
            ui.end_row();
            for (key, value, command) in [
                (
                    "schedule-start-date",
                    &schedule.start_date,
                    ScheduleCommand::StartDate as fn(String) -> ScheduleCommand,
                ),
                ("schedule-end-date", &schedule.end_date, ScheduleCommand::EndDate),
            ] {
                let label = ui.label(tr(key));
                let mut text = value.clone();
                let field = egui::TextEdit::singleline(&mut text)
                    .hint_text("2026-12-01T00:00:00Z")
                    .font(egui::TextStyle::Monospace);
                if ui.add(field).labelled_by(label.id).changed() {
                    send(commands, command(text));
                }
                ui.end_row();
            }
            let label = ui.label(tr("schedule-flexible"));
            let mut window = schedule.flexible_window.map(|m| m.to_string()).unwrap_or_default();
            if ui.add(egui::TextEdit::singleline(&mut window).desired_width(80.0)).labelled_by(label.id).changed() {
                send(commands, ScheduleCommand::FlexibleWindow(window.trim().parse().ok()));
            }
            ui.end_row();
        }
        let label = ui.label(tr("schedule-display-zone"));
        let mut zone = schedule.display_zone.clone();
        if ui.add(egui::TextEdit::singleline(&mut zone)).labelled_by(label.id).changed() {
            send(commands, ScheduleCommand::DisplayZone(zone));
        }
        ui.end_row();
    });
    if let Some(date) = schedule.date_problem() {
        ui.label(RichText::new(tr_args("schedule-date-unknown", &[("date", date.into())])).color(colours.error));
    }
    if let Some(zone) = schedule.zone_problem() {
        ui.label(RichText::new(tr_args("schedule-zone-unknown", &[("zone", zone.into())])).color(colours.error));
    }
}
