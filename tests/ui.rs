//! The window, driven headlessly: find widgets by label, type, read the verdict.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rulecraft::app::{AppState, Verdict, workspace_ui};

fn harness(state: AppState) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(1100.0, 700.0))
        .build_ui_state(|ui, state: &mut AppState| workspace_ui(ui, state), state)
}

#[test]
fn typing_a_pattern_and_an_event_shows_the_verdict() {
    let mut h = harness(AppState::new("", ""));
    h.get_by_label("Pattern").focus();
    h.run();
    h.get_by_label("Pattern").type_text(r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#);
    h.run();
    h.get_by_label("Event").focus();
    h.run();
    h.get_by_label("Event").type_text(r#"{"source": "aws.ec2", "detail": {"state": "running"}}"#);
    h.run();
    assert!(matches!(h.state_mut().verdict(), Verdict::Matched { .. }), "{:?}", h.state_mut().verdict());
    assert!(h.query_by_label("Matched").is_some(), "the verdict line says Matched");
}

#[test]
fn an_invalid_pattern_shows_aws_message_and_line() {
    let mut h = harness(AppState::new("{\n  \"source\": \"aws.ec2\"\n}", "{}"));
    h.run();
    let line = "Invalid pattern at line 2, column 13: Event pattern is not valid. Reason: \"source\" must be an object or an array";
    assert!(h.query_by_label(line).is_some(), "shows {line}");
}

#[test]
fn a_miss_says_why() {
    let mut h = harness(AppState::default());
    h.run();
    assert!(h.query_by_label_contains("Not matched: detail.state is \"pending\"").is_some());
}
