//! The Learn mode, driven headlessly: pick a lesson, answer an exercise
//! wrongly and see why, take a hint, answer it rightly, come back after a
//! restart to find the progress kept, and take the exercise to the designer.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use rulecraft::app::{AppState, LearnState, Mode};

mod common;
use common::{harness, replace_text};

#[test]
fn a_learner_fails_gets_a_hint_solves_and_finds_the_progress_kept() {
    let mut h = harness(AppState::default());
    h.get_by_label("Learn").click();
    h.run();
    assert_eq!(h.state().mode, Mode::Learn);
    h.get_by_label("1. Events and patterns").click();
    h.run();
    assert!(h.query_by_label_contains("Every EventBridge event has the same envelope").is_some());
    h.get_by_label_contains("Match CodeBuild builds whose build-status is FAILED").click();
    h.run();
    // A wrong answer: the failing event says why, in the explanation engine's words.
    replace_text(&mut h, "Your pattern", r#"{"source": ["aws.codebuild"], "detail": {"build-status": ["SUCCEEDED"]}}"#);
    assert!(h.query_by_label_contains("fail  build failed  (must match)").is_some());
    assert!(h.query_by_label_contains("fail  build succeeded  (must not match)").is_some());
    assert!(h.query_by_label_contains("it matches, but it must not").is_some());
    assert!(h.query_by_label_contains("\"FAILED\"").is_some(), "the miss names the value");
    // A typical mistake gets its feedback; an invalid one AWS's message at its line.
    replace_text(&mut h, "Your pattern", r#"{"source": ["aws.codebuild"], "build-status": ["FAILED"]}"#);
    assert!(h.query_by_label_contains("build-status is not at the top of the event").is_some());
    replace_text(&mut h, "Your pattern", r#"{"source": ["aws.codebuild"], "detail": {"build-status": "FAILED"}}"#);
    assert!(h.query_by_label_contains("Line 1, column").is_some());
    // Hints one at a time.
    assert!(h.query_by_label_contains("build-status is inside detail: the pattern").is_none());
    h.get_by_label("Show a hint (0 of 1 shown)").click();
    h.run();
    assert!(h.query_by_label_contains("build-status is inside detail: the pattern").is_some());
    // The right answer.
    replace_text(&mut h, "Your pattern", r#"{"source": ["aws.codebuild"], "detail": {"build-status": ["FAILED"]}}"#);
    assert!(h.query_all_by_label("Solved!").count() > 0, "it says so");
    assert!(h.state().learn.is_solved(0, 1));
    // After a restart (the window resumes from the saved progress), it is all still there.
    let progress = h.state().learn.progress.clone();
    let mut state = AppState::default();
    state.learn = LearnState::resumed(progress);
    state.mode = Mode::Learn;
    let mut h = harness(state);
    assert!(h.query_all_by_label("Solved!").count() > 0, "back at the solved exercise");
    assert!(h.query_by_label("1/2").is_some(), "the lesson list counts it");
    // Open in designer: the pattern and the events, with the verdicts they should get.
    h.get_by_label("Open in designer").click();
    h.run();
    assert_eq!(h.state().mode, Mode::Design);
    assert!(h.state().designer.pattern_text.contains(r#""build-status": ["FAILED"]"#));
    assert!(h.state().events.events.iter().any(|e| e.name == "build failed"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    // An example of a lesson opens in the designer too, to be played with.
    h.get_by_label("Learn").click();
    h.run();
    h.get_by_label("← Lesson").click();
    h.run();
    h.get_all_by_label("Try it in the designer").nth(1).unwrap_or_else(|| panic!("the second example")).click();
    h.run();
    assert_eq!(h.state().mode, Mode::Design);
    assert!(h.state().designer.pattern_text.contains("SUCCEEDED"), "{}", h.state().designer.pattern_text);
    assert!(h.state().events.events.iter().any(|e| e.name == "Succeeded"));
}
