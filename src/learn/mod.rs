//! Lessons on the event-pattern language: loading them and checking answers.
//!
//! Lessons are data: one TOML file per lesson under `assets/lessons/`,
//! embedded in the binary, every text in English and Korean side by side
//! (`{ en = "...", ko = "..." }`). Events in a lesson may leave out envelope
//! fields; [`complete_event`] fills them in, so every event is one
//! `TestEventPattern` accepts. [`assess`] checks a learner's pattern against
//! an exercise: the visible events, the hidden checks (reported by the
//! requirement they test, never by the event), and the typical mistakes,
//! recognised by what they do rather than by their text.

use crate::pattern::{Pattern, PatternError};

pub mod command;

mod files {
    include!(concat!(env!("OUT_DIR"), "/lesson_files.rs"));
}

/// A text in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English.
    pub en: String,
    /// Korean.
    pub ko: String,
}

impl Text {
    /// The text in Korean when `korean`, else in English.
    #[must_use]
    pub fn get(&self, korean: bool) -> &str {
        if korean { &self.ko } else { &self.en }
    }
}

/// An event with the verdict the lesson says it gets.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledEvent {
    /// A short name for the list.
    pub name: String,
    /// The event (envelope completed when loaded).
    pub event: String,
    /// Whether the pattern matches it (examples) or must match it (exercises).
    pub matches: bool,
}

/// A pattern shown with events, each said to match or not.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// What it shows.
    pub caption: Text,
    /// The pattern.
    pub pattern: String,
    /// The events and whether the pattern matches each.
    #[serde(rename = "event")]
    pub events: Vec<LabelledEvent>,
}

/// A requirement checked on an event the learner does not see.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HiddenCheck {
    /// The requirement in words ("an event in state \"Running\" must not match").
    pub requirement: Text,
    /// The event.
    pub event: String,
    /// Whether it must match.
    pub matches: bool,
}

/// A typical wrong answer and what to tell a learner who gives one like it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mistake {
    /// An example of the mistake. A learner's pattern makes the same mistake
    /// when EventBridge refuses both with the same reason, or when both are
    /// valid and give the same verdict on every event of the exercise.
    pub pattern: String,
    /// What to say.
    pub feedback: Text,
}

/// A task: write a pattern that matches these events and not those.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Stable id within the lesson (progress is kept by it).
    pub id: String,
    /// The task in words.
    pub task: Text,
    /// The pattern the editor starts with (may be empty or broken).
    #[serde(default)]
    pub start: String,
    /// The events the learner sees, each must or must not match.
    #[serde(rename = "event")]
    pub events: Vec<LabelledEvent>,
    /// Checks on events the learner does not see.
    #[serde(rename = "check", default)]
    pub checks: Vec<HiddenCheck>,
    /// Hints, revealed one at a time.
    #[serde(rename = "hint", default)]
    pub hints: Vec<Text>,
    /// A model solution.
    pub solution: String,
    /// Shown after solving: the model solution's reasoning and alternatives.
    pub notes: Text,
    /// Typical wrong answers.
    #[serde(rename = "mistake", default)]
    pub mistakes: Vec<Mistake>,
}

/// One lesson.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable id (progress is kept by it).
    pub id: String,
    /// Title.
    pub title: Text,
    /// The explanation, a few short paragraphs.
    pub explanation: Text,
    /// Live examples.
    #[serde(rename = "example", default)]
    pub examples: Vec<Example>,
    /// Exercises.
    #[serde(rename = "exercise", default)]
    pub exercises: Vec<Exercise>,
}

/// Why a lesson file cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {reason}")]
pub struct LessonError {
    /// The lesson file.
    pub file: String,
    /// What is wrong.
    pub reason: String,
}

/// Envelope fields an event gets when the lesson leaves them out, in the
/// order EventBridge writes them.
const ENVELOPE: [(&str, &str); 9] = [
    ("version", r#""0""#),
    ("id", r#""6a7e8feb-b491-4cf7-a9f1-bf3703467718""#),
    ("detail-type", r#""Lesson Event""#),
    ("source", r#""acme.lessons""#),
    ("account", r#""111122223333""#),
    ("time", r#""2026-11-29T09:00:00Z""#),
    ("region", r#""us-east-1""#),
    ("resources", "[]"),
    ("detail", "{}"),
];

/// The event with every envelope field it lacks filled in (in EventBridge's
/// order, its own fields after), laid out two-space indented.
pub fn complete_event(text: &str) -> Result<String, String> {
    let tree = crate::json::parse(text).map_err(|e| format!("the event is not JSON: {e}"))?;
    let crate::json::NodeKind::Object(members) = &tree.kind else {
        return Err("the event is not a JSON object".to_owned());
    };
    let mut parts: Vec<String> = Vec::new();
    for (key, default) in ENVELOPE {
        let value = members.iter().rev().find(|m| m.key == key).map_or(default, |m| m.value.span.slice(text));
        parts.push(format!("{}: {value}", crate::json::write::quote(key)));
    }
    for member in members.iter().filter(|m| !ENVELOPE.iter().any(|(k, _)| *k == m.key)) {
        parts.push(format!("{}: {}", crate::json::write::quote(&member.key), member.value.span.slice(text)));
    }
    let compact = format!("{{{}}}", parts.join(", "));
    let tree = crate::json::parse(&compact).map_err(|e| e.to_string())?;
    Ok(crate::json::write::pretty(&tree))
}

/// Reads one lesson file and completes its events.
pub fn parse_lesson(file: &str, text: &str) -> Result<Lesson, LessonError> {
    let error = |reason: String| LessonError { file: file.to_owned(), reason };
    let mut lesson: Lesson = toml::from_str(text).map_err(|e| error(e.to_string()))?;
    let complete = |event: &mut String, place: &str| -> Result<(), LessonError> {
        *event = complete_event(event).map_err(|e| error(format!("{place}: {e}")))?;
        Ok(())
    };
    for (e, example) in lesson.examples.iter_mut().enumerate() {
        for event in &mut example.events {
            complete(&mut event.event, &format!("example {} event {}", e + 1, event.name))?;
        }
    }
    for exercise in &mut lesson.exercises {
        for event in &mut exercise.events {
            complete(&mut event.event, &format!("exercise {} event {}", exercise.id, event.name))?;
        }
        for (c, check) in exercise.checks.iter_mut().enumerate() {
            complete(&mut check.event, &format!("exercise {} check {}", exercise.id, c + 1))?;
        }
    }
    Ok(lesson)
}

/// Every bundled lesson, in order, or the first file that cannot be read.
pub fn load_all() -> Result<Vec<Lesson>, LessonError> {
    files::LESSON_FILES.iter().map(|(file, text)| parse_lesson(file, text)).collect()
}

/// Every bundled lesson, loaded once (a broken file is a build-time
/// mistake the tests catch; here it leaves the list without it).
pub fn lessons() -> &'static [Lesson] {
    static LESSONS: std::sync::OnceLock<Vec<Lesson>> = std::sync::OnceLock::new();
    LESSONS
        .get_or_init(|| files::LESSON_FILES.iter().filter_map(|(file, text)| parse_lesson(file, text).ok()).collect())
}

/// The key under which the window saves the Learn mode's progress.
pub const PROGRESS_KEY: &str = "learn_progress";

/// The folder where the window keeps its state (eframe's storage folder
/// for the app id `rulecraft`): `$XDG_DATA_HOME/rulecraft` or
/// `~/.local/share/rulecraft`, `~/Library/Application Support/rulecraft`,
/// `%APPDATA%\rulecraft\data`.
#[must_use]
pub fn window_storage_dir() -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    if cfg!(target_os = "windows") {
        return std::env::var_os("APPDATA").map(|d| PathBuf::from(d).join("rulecraft").join("data"));
    }
    if cfg!(target_os = "macos") {
        return std::env::home_dir().map(|h| h.join("Library").join("Application Support").join("rulecraft"));
    }
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::home_dir().map(|h| h.join(".local").join("share")))
        .map(|p| p.join("rulecraft"))
}

/// The exercises the window has recorded as solved (`lesson-id/exercise-id`),
/// if it has saved any progress.
#[must_use]
pub fn saved_progress() -> Option<std::collections::BTreeSet<String>> {
    #[derive(serde::Deserialize)]
    struct Saved {
        #[serde(default)]
        solved: std::collections::BTreeSet<String>,
    }
    let text = std::fs::read_to_string(window_storage_dir()?.join("app.ron")).ok()?;
    let stored: std::collections::HashMap<String, String> = ron::from_str(&text).ok()?;
    serde_json::from_str::<Saved>(stored.get(PROGRESS_KEY)?).ok().map(|s| s.solved)
}

/// How one visible event fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventResult {
    /// Whether the pattern matched it.
    pub matched: bool,
    /// Whether that is what the exercise asks.
    pub passed: bool,
}

/// A learner's pattern against an exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// Why EventBridge refuses the pattern, if it does.
    pub error: Option<PatternError>,
    /// Each visible event, in order (empty when the pattern is refused).
    pub events: Vec<EventResult>,
    /// The hidden checks that fail, by index.
    pub failed_checks: Vec<usize>,
    /// The typical mistake the pattern makes, by index.
    pub mistake: Option<usize>,
}

impl Assessment {
    /// Whether the exercise is solved: valid, every visible event and every hidden check as asked.
    #[must_use]
    pub fn solved(&self) -> bool {
        self.error.is_none() && self.events.iter().all(|e| e.passed) && self.failed_checks.is_empty()
    }
}

/// The verdicts of `pattern` on every event of the exercise (visible, then hidden).
fn verdicts(pattern: &Pattern, exercise: &Exercise) -> Vec<bool> {
    let mut matcher = crate::EventMatcher::new(pattern);
    exercise
        .events
        .iter()
        .map(|e| e.event.as_str())
        .chain(exercise.checks.iter().map(|c| c.event.as_str()))
        .map(|event| matcher.matches(event).unwrap_or(false))
        .collect()
}

/// Checks `pattern_text` against `exercise`.
#[must_use]
pub fn assess(exercise: &Exercise, pattern_text: &str) -> Assessment {
    let compiled = Pattern::parse(pattern_text);
    let mistake_like = |wrong: &str, learner: &Result<Pattern, PatternError>| match (Pattern::parse(wrong), learner) {
        (Err(a), Err(b)) => a.reason() == b.reason(),
        (Ok(a), Ok(b)) => verdicts(&a, exercise) == verdicts(b, exercise),
        _ => false,
    };
    let pattern = match compiled {
        Err(error) => {
            let learner = Err(error.clone());
            let mistake = exercise.mistakes.iter().position(|m| mistake_like(&m.pattern, &learner));
            return Assessment { error: Some(error), events: Vec::new(), failed_checks: Vec::new(), mistake };
        }
        Ok(pattern) => pattern,
    };
    let all = verdicts(&pattern, exercise);
    let (visible, hidden) = all.split_at(exercise.events.len());
    let events = visible
        .iter()
        .zip(&exercise.events)
        .map(|(&matched, event)| EventResult { matched, passed: matched == event.matches })
        .collect();
    let failed_checks = hidden
        .iter()
        .zip(&exercise.checks)
        .enumerate()
        .filter(|(_, (got, c))| **got != c.matches)
        .map(|(i, _)| i)
        .collect();
    let mut assessment = Assessment { error: None, events, failed_checks, mistake: None };
    if !assessment.solved() {
        let learner = Ok(pattern);
        assessment.mistake = exercise.mistakes.iter().position(|m| mistake_like(&m.pattern, &learner));
    }
    assessment
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_get_the_envelope_they_lack_in_eventbridge_order() {
        let Ok(event) = complete_event(r#"{"detail": {"state": "running"}, "source": "aws.ec2", "extra": 1}"#) else {
            panic!()
        };
        assert!(crate::envelope::check(&event).is_ok(), "{event}");
        let order: Vec<usize> = ["\"version\"", "\"source\"", "\"account\"", "\"detail\"", "\"extra\""]
            .iter()
            .filter_map(|k| event.find(k))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]) && order.len() == 5, "{event}");
        assert!(event.contains(r#""source": "aws.ec2""#));
        assert!(complete_event("[1]").is_err());
    }

    #[test]
    fn an_answer_is_judged_on_visible_events_hidden_checks_and_typical_mistakes() {
        let file = r#"
id = "t"
title = { en = "T", ko = "T" }
explanation = { en = "E", ko = "E" }
[[exercise]]
id = "failed"
task = { en = "Failed builds", ko = "실패한 빌드" }
solution = '{"detail": {"build-status": ["FAILED"]}}'
notes = { en = "N", ko = "N" }
[[exercise.event]]
name = "failed"
event = '{"detail": {"build-status": "FAILED"}}'
matches = true
[[exercise.event]]
name = "succeeded"
event = '{"detail": {"build-status": "SUCCEEDED"}}'
matches = false
[[exercise.check]]
requirement = { en = "a build in state \"failed\" (lower case) must not match", ko = "소문자 failed는 일치하면 안 됨" }
event = '{"detail": {"build-status": "failed"}}'
matches = false
[[exercise.mistake]]
pattern = '{"detail": {"build-status": "FAILED"}}'
feedback = { en = "Values go in an array", ko = "값은 배열 안에" }
[[exercise.mistake]]
pattern = '{"detail": {"build-status": [{"equals-ignore-case": "failed"}]}}'
feedback = { en = "Case matters here", ko = "대소문자" }
"#;
        let Ok(lesson) = parse_lesson("t.toml", file) else { panic!("{:?}", parse_lesson("t.toml", file)) };
        let exercise = &lesson.exercises[0];
        assert!(assess(exercise, &exercise.solution).solved());
        let bare = assess(exercise, r#"{"detail": {"build-status": "STOPPED"}}"#);
        assert!(bare.error.is_some() && bare.mistake == Some(0), "same refusal, other text: {bare:?}");
        let any_case = assess(exercise, r#"{"detail": {"build-status": [{"equals-ignore-case": "Failed"}]}}"#);
        assert_eq!((any_case.events.iter().all(|e| e.passed), any_case.failed_checks.as_slice()), (true, &[0][..]));
        assert_eq!(any_case.mistake, Some(1), "same verdicts as the listed mistake");
        assert!(!any_case.solved());
        let empty = assess(exercise, "{}");
        assert!(empty.error.is_some() && empty.mistake.is_none());
    }
}
