//! `rulecraft learn`: the lessons and the learner's progress in a terminal,
//! and `rulecraft learn check` to check an answer written in one's own
//! editor, with the feedback the window gives.

use super::{Assessment, assess, load_all};
use std::collections::BTreeSet;
use std::io::Write;

/// What `rulecraft learn` is asked to do.
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
pub enum LearnAction {
    /// Check an answer: exit 0 when it solves the exercise, 1 when not.
    Check {
        /// The lesson: its number (1, 2, ...) or id.
        lesson: String,
        /// The exercise: its number in the lesson or its id.
        exercise: String,
        /// The file holding the pattern.
        pattern_file: std::path::PathBuf,
    },
}

/// How `rulecraft learn` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LearnFormat {
    /// Lines for people.
    #[default]
    Text,
    /// Every lesson and exercise with its id and title in both languages.
    Json,
}

/// Runs `rulecraft learn`; `solved` is the window's saved progress
/// (`lesson-id/exercise-id`). Returns the exit code.
pub fn run(
    action: Option<LearnAction>,
    format: LearnFormat,
    korean: bool,
    solved: &BTreeSet<String>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let lessons = match load_all() {
        Ok(lessons) => lessons,
        Err(e) => {
            writeln!(err, "rulecraft: a bundled lesson cannot be read: {e}").ok();
            return 2;
        }
    };
    match action {
        None if format == LearnFormat::Json => {
            let list: Vec<serde_json::Value> = lessons
                .iter()
                .enumerate()
                .map(|(n, lesson)| {
                    let exercises: Vec<serde_json::Value> = lesson
                        .exercises
                        .iter()
                        .map(|e| {
                            serde_json::json!({
                                "id": e.id,
                                "title": {"en": e.task.en, "ko": e.task.ko},
                                "solved": solved.contains(&format!("{}/{}", lesson.id, e.id)),
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "number": n + 1,
                        "id": lesson.id,
                        "title": {"en": lesson.title.en, "ko": lesson.title.ko},
                        "exercises": exercises,
                    })
                })
                .collect();
            writeln!(out, "{}", serde_json::Value::Array(list)).ok();
            0
        }
        None => {
            for (n, lesson) in lessons.iter().enumerate() {
                let done =
                    lesson.exercises.iter().filter(|e| solved.contains(&format!("{}/{}", lesson.id, e.id))).count();
                writeln!(
                    out,
                    "{:>2}. {} ({}) {done}/{}",
                    n + 1,
                    lesson.title.get(korean),
                    lesson.id,
                    lesson.exercises.len()
                )
                .ok();
            }
            0
        }
        Some(LearnAction::Check { lesson, exercise, pattern_file }) => {
            let Some(lesson) = find(&lessons, &lesson, |l, n| l.id == n) else {
                writeln!(err, "rulecraft: no lesson {lesson:?}; `rulecraft learn` lists them").ok();
                return 2;
            };
            let Some(exercise) = find(&lesson.exercises, &exercise, |e, n| e.id == n) else {
                writeln!(err, "rulecraft: lesson {} has no exercise {exercise:?}", lesson.id).ok();
                return 2;
            };
            let pattern = match crate::files::read_text(&pattern_file, crate::files::Expected::RuleOrPattern) {
                Ok(text) => text,
                Err(e) => {
                    writeln!(err, "rulecraft: {}: {e}", pattern_file.display()).ok();
                    return 2;
                }
            };
            let assessment = assess(exercise, &pattern);
            report(exercise, &pattern, &assessment, korean, out);
            u8::from(!assessment.solved())
        }
    }
}

/// The item numbered `key` (from 1) or with that id.
fn find<'a, T>(items: &'a [T], key: &str, has_id: impl Fn(&T, &str) -> bool) -> Option<&'a T> {
    match key.parse::<usize>() {
        Ok(number) => number.checked_sub(1).and_then(|i| items.get(i)),
        Err(_) => items.iter().find(|item| has_id(item, key)),
    }
}

/// What the window shows, as lines: each event passing or failing and why,
/// the hidden checks that fail, a typical mistake's advice, and the verdict.
fn report(exercise: &super::Exercise, pattern: &str, assessment: &Assessment, korean: bool, out: &mut impl Write) {
    if let Some(error) = &assessment.error {
        writeln!(out, "invalid: {}: {error}", error.position(pattern)).ok();
    }
    let compiled = crate::Pattern::parse(pattern).ok();
    for (event, result) in exercise.events.iter().zip(&assessment.events) {
        let want = if event.matches { "must match" } else { "must not match" };
        if result.passed {
            writeln!(out, "pass: {} ({want})", event.name).ok();
            continue;
        }
        let why = if result.matched {
            "it matches, but it must not".to_owned()
        } else {
            compiled
                .as_ref()
                .and_then(|p| crate::explain::explain(p, &event.event).ok())
                .map(|e| e.miss_reasons().join("; "))
                .unwrap_or_default()
        };
        writeln!(out, "fail: {} ({want}): {why}", event.name).ok();
    }
    for &check in &assessment.failed_checks {
        if let Some(check) = exercise.checks.get(check) {
            writeln!(out, "hidden check fails: {}", check.requirement.get(korean)).ok();
        }
    }
    if let Some(mistake) = assessment.mistake.and_then(|m| exercise.mistakes.get(m)) {
        writeln!(out, "advice: {}", mistake.feedback.get(korean)).ok();
    }
    if assessment.solved() {
        writeln!(out, "solved: {}", exercise.notes.get(korean)).ok();
    } else {
        writeln!(out, "not solved yet").ok();
    }
}
