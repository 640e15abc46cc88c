//! The Learn mode: the lessons on the left; in the middle the open lesson
//! (explanation, live examples, its exercises) or the open exercise (the
//! task, the pattern editor, each event passing or failing and why, hidden
//! checks by requirement, feedback on a typical mistake, hints, solution).

use super::widgets::pattern_editor::{Verdict, pattern_editor_ui};
use crate::app::i18n::{Language, language, tr, tr_args};
use crate::app::state::{AppState, Command, LearnCommand};
use crate::app::theme::Palette;
use crate::learn::{Lesson, lessons};
use eframe::egui::{self, RichText};

/// The mode's panels.
pub fn learn_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let korean = language() == Language::Korean;
    egui::Panel::left("lessons")
        .resizable(true)
        .default_size(280.0)
        .show(ui, |ui| lesson_list_ui(ui, state, commands, colours, korean));
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(lesson) = state.learn.lesson() else {
            ui.label(tr("learn-no-lessons"));
            return;
        };
        match state.learn.exercise {
            None => lesson_ui(ui, state, lesson, commands, colours, korean),
            Some(index) => exercise_ui(ui, state, lesson, index, commands, colours, korean),
        }
    });
}

fn send(commands: &mut Vec<Command>, command: LearnCommand) {
    commands.push(Command::Learn(command));
}

fn lesson_list_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette, korean: bool) {
    ui.strong(tr("learn-lessons"));
    egui::ScrollArea::vertical().id_salt("lesson list").show(ui, |ui| {
        for (index, lesson) in lessons().iter().enumerate() {
            let solved = (0..lesson.exercises.len()).filter(|&e| state.learn.is_solved(index, e)).count();
            let total = lesson.exercises.len();
            let title = format!("{}. {}", index + 1, lesson.title.get(korean));
            let chosen = state.learn.lesson == index;
            ui.horizontal(|ui| {
                if ui.selectable_label(chosen, title).clicked() {
                    send(commands, LearnCommand::OpenLesson(index));
                }
                let done = tr_args("learn-solved-count", &[("solved", solved.into()), ("total", total.into())]);
                let colour = if solved == total { colours.matched } else { colours.muted };
                ui.label(RichText::new(done).color(colour).small());
            });
        }
        ui.add_space(8.0);
        if ui.small_button(tr("learn-reset-progress")).on_hover_text(tr("learn-reset-progress-tip")).clicked() {
            send(commands, LearnCommand::ResetProgress);
        }
    });
}

fn lesson_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    lesson: &Lesson,
    commands: &mut Vec<Command>,
    colours: &Palette,
    korean: bool,
) {
    egui::ScrollArea::vertical().id_salt("lesson").show(ui, |ui| {
        ui.heading(lesson.title.get(korean));
        ui.add_space(4.0);
        for paragraph in lesson.explanation.get(korean).trim().split("\n\n") {
            ui.add(egui::Label::new(paragraph.trim()).wrap());
            ui.add_space(4.0);
        }
        for (number, example) in lesson.examples.iter().enumerate() {
            ui.separator();
            ui.horizontal_wrapped(|ui| {
                ui.strong(example.caption.get(korean));
                if ui.small_button(tr("learn-try-example")).on_hover_text(tr("learn-try-example-tip")).clicked() {
                    send(commands, LearnCommand::OpenExampleInDesigner(number));
                }
            });
            code_ui(ui, &example.pattern);
            // The stated verdicts are the engine's (tests/lessons.rs checks each), so no frame recomputes them.
            for event in &example.events {
                let (mark, colour) = if event.matches {
                    (tr("verdict-match"), colours.matched)
                } else {
                    (tr("verdict-no-match"), colours.missed)
                };
                egui::CollapsingHeader::new(RichText::new(format!("{mark}  {}", event.name)).color(colour))
                    .id_salt((&lesson.id, &example.pattern, &event.name))
                    .show(ui, |ui| code_ui(ui, &event.event));
            }
        }
        ui.separator();
        ui.strong(tr("learn-exercises"));
        for (index, exercise) in lesson.exercises.iter().enumerate() {
            let mark = if state.learn.is_solved(state.learn.lesson, index) { "✔" } else { "○" };
            if ui.button(format!("{mark}  {}", exercise.task.get(korean))).clicked() {
                send(commands, LearnCommand::OpenExercise(index));
            }
        }
    });
}

/// JSON in the editor's font, selectable.
fn code_ui(ui: &mut egui::Ui, text: &str) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.add(egui::Label::new(RichText::new(text).monospace()).wrap());
    });
}

fn exercise_ui(
    ui: &mut egui::Ui,
    state: &mut AppState,
    lesson: &Lesson,
    index: usize,
    commands: &mut Vec<Command>,
    colours: &Palette,
    korean: bool,
) {
    let Some(exercise) = lesson.exercises.get(index) else { return };
    ui.horizontal(|ui| {
        if ui.small_button(tr("learn-back-to-lesson")).clicked() {
            send(commands, LearnCommand::CloseExercise);
        }
        ui.label(RichText::new(lesson.title.get(korean)).color(colours.muted));
    });
    let title =
        tr_args("learn-exercise-title", &[("number", (index + 1).into()), ("count", lesson.exercises.len().into())]);
    ui.heading(title);
    ui.add(egui::Label::new(RichText::new(exercise.task.get(korean)).strong()).wrap());
    let assessment = state.learn.assessment().cloned();
    let solved = assessment.as_ref().is_some_and(crate::learn::Assessment::solved);
    // The results and help on the right, the editor in the middle.
    egui::Panel::right("exercise results").resizable(true).default_size((ui.available_width() * 0.5).max(280.0)).show(
        ui,
        |ui| {
            egui::ScrollArea::vertical().id_salt("exercise results").show(ui, |ui| {
                results_ui(ui, state, exercise, assessment.as_ref(), colours, korean);
                ui.separator();
                help_ui(ui, state, exercise, solved, commands, colours, korean);
            });
        },
    );
    let error = assessment.as_ref().and_then(|a| a.error.as_ref()).map(|e| {
        let at = e.position(&state.learn.pattern_text);
        let message = tr_args(
            "pattern-error-at",
            &[("line", at.line.into()), ("column", at.column.into()), ("message", e.to_string().into())],
        );
        (message, e.span, crate::app::messages::error_hint(&e.kind))
    });
    let empty = state.learn.pattern_text.trim().is_empty() || state.learn.pattern_text.trim() == "{}";
    let valid = if solved { tr("learn-solved") } else { tr("pattern-valid") };
    let verdict = Verdict {
        error: error.as_ref().map(|(m, s, _)| (m.as_str(), *s)),
        hint: error.as_ref().map(|(_, _, h)| h.as_str()),
        valid_text: &valid,
        empty: empty && error.is_none(),
        underlines: &[],
    };
    if pattern_editor_ui(
        ui,
        "learn pattern",
        &tr("learn-your-pattern"),
        &mut state.learn.pattern_text,
        &verdict,
        colours,
    ) {
        send(commands, LearnCommand::PatternEdited);
    }
}

/// Each visible event passing or failing (and why), the hidden checks that
/// fail, and feedback on a typical mistake.
fn results_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    exercise: &crate::learn::Exercise,
    assessment: Option<&crate::learn::Assessment>,
    colours: &Palette,
    korean: bool,
) {
    ui.strong(tr("learn-events"));
    for (index, event) in exercise.events.iter().enumerate() {
        let want = if event.matches { tr("learn-must-match") } else { tr("learn-must-not-match") };
        let result = assessment.and_then(|a| a.events.get(index));
        let (mark, colour) = match result {
            Some(r) if r.passed => (tr("learn-pass"), colours.matched),
            Some(_) => (tr("learn-fail"), colours.missed),
            None => ("·".to_owned(), colours.muted),
        };
        let header = RichText::new(format!("{mark}  {}  ({want})", event.name)).color(colour);
        egui::CollapsingHeader::new(header).id_salt(("learn event", index)).show(ui, |ui| code_ui(ui, &event.event));
        if let Some(result) = result.filter(|r| !r.passed) {
            let why = if result.matched {
                vec![tr("learn-matched-but-must-not")]
            } else {
                state.learn.explanation(index).map(miss_reasons).unwrap_or_default()
            };
            for reason in why {
                ui.add(egui::Label::new(RichText::new(format!("    {reason}")).color(colours.missed)).wrap());
            }
        }
    }
    let Some(assessment) = assessment else { return };
    for &check in &assessment.failed_checks {
        if let Some(check) = exercise.checks.get(check) {
            let text = tr_args("learn-hidden-check-fails", &[("requirement", check.requirement.get(korean).into())]);
            ui.add(egui::Label::new(RichText::new(text).color(colours.missed)).wrap());
        }
    }
    if assessment.error.is_none() && assessment.events.iter().all(|e| e.passed) && !assessment.failed_checks.is_empty()
    {
        ui.label(RichText::new(tr("learn-hidden-checks-note")).color(colours.muted));
    }
    if let Some(mistake) = assessment.mistake.and_then(|m| exercise.mistakes.get(m)) {
        ui.add_space(4.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(mistake.feedback.get(korean)).strong()).wrap());
        });
    }
}

/// The explanation's reasons for a miss, in the chosen language.
fn miss_reasons(explanation: &crate::explain::Explanation) -> Vec<String> {
    let Some(branch) = explanation.deciding_branch() else { return Vec::new() };
    let fields = branch.fields.iter().filter_map(|f| f.reason.as_ref()).map(crate::app::messages::miss_reason);
    fields.chain(branch.reason.iter().map(crate::app::messages::branch_reason)).collect()
}

/// Hints one at a time, the solution, and after solving the notes.
fn help_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    exercise: &crate::learn::Exercise,
    solved: bool,
    commands: &mut Vec<Command>,
    colours: &Palette,
    korean: bool,
) {
    let learn = &state.learn;
    if solved {
        ui.label(RichText::new(tr("learn-solved")).color(colours.matched).strong());
        ui.add(egui::Label::new(exercise.notes.get(korean)).wrap());
        ui.label(tr("learn-model-solution"));
        code_ui(ui, &exercise.solution);
        let next = learn.exercise.map(|i| i + 1).filter(|&i| learn.lesson().is_some_and(|l| i < l.exercises.len()));
        let has_next_lesson = learn.lesson + 1 < lessons().len();
        if let Some(next) = next {
            if ui.button(tr("learn-next-exercise")).clicked() {
                send(commands, LearnCommand::OpenExercise(next));
            }
        } else if has_next_lesson && ui.button(tr("learn-next-lesson")).clicked() {
            send(commands, LearnCommand::OpenLesson(learn.lesson + 1));
        }
    } else {
        for hint in exercise.hints.iter().take(learn.hints_shown) {
            ui.add(egui::Label::new(RichText::new(format!("💡 {}", hint.get(korean)))).wrap());
        }
        let left = exercise.hints.len().saturating_sub(learn.hints_shown);
        if left > 0 {
            let text = tr_args(
                "learn-show-hint",
                &[("shown", learn.hints_shown.into()), ("total", exercise.hints.len().into())],
            );
            if ui.button(text).clicked() {
                send(commands, LearnCommand::RevealHint);
            }
        }
        if learn.solution_shown {
            ui.label(tr("learn-model-solution"));
            code_ui(ui, &exercise.solution);
        } else {
            let tip = if learn.solution_offered() { tr("learn-stuck") } else { tr("learn-show-solution-tip") };
            if ui.button(tr("learn-show-solution")).on_hover_text(tip).clicked() {
                send(commands, LearnCommand::ShowSolution);
            }
            if learn.solution_offered() {
                ui.label(RichText::new(tr("learn-stuck")).color(colours.muted));
            }
        }
    }
    ui.add_space(8.0);
    if ui.button(tr("learn-open-in-designer")).on_hover_text(tr("learn-open-in-designer-tip")).clicked() {
        send(commands, LearnCommand::OpenInDesigner);
    }
}
