//! The linter in the Design mode, driven as a person would: findings appear
//! under the editor as the pattern is typed, a fix is one click (and one
//! undo), a pasted pattern is repaired after a preview, the place the
//! pattern goes changes what is allowed, and a finding opens its lesson.

mod common;

use common::{harness, replace_text};
use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::app::state::Mode;

const PRECISE: &str = r#"{
  "source": ["aws.codebuild"],
  "detail-type": ["CodeBuild Build State Change"],
  "account": ["123456789012"],
  "region": ["us-east-1"],
  "detail": {"build-status": ["SUCCEDED"]}
}"#;

#[test]
fn a_misspelt_value_is_fixed_in_one_click_and_undone_in_one() {
    let mut h = harness(AppState::new(PRECISE, &[]));
    h.run();
    assert!(h.query_by_label_contains("did you mean \"SUCCEEDED\"?").is_some());
    assert!(h.query_by_label("Errors: 0 · Warnings: 1 · Advice: 0").is_some());
    h.get_by_label("Replace \"SUCCEDED\" with \"SUCCEEDED\"").click();
    h.run();
    assert!(h.state().designer.pattern_text.contains("\"SUCCEEDED\""));
    assert!(h.query_by_label("No findings: the pattern follows AWS's advice.").is_some());
    h.state_mut().handle(rulecraft::app::state::Command::Designer(rulecraft::app::state::DesignerCommand::Undo));
    h.run();
    assert_eq!(h.state().designer.pattern_text, PRECISE);
}

#[test]
fn typing_a_field_name_wrong_shows_the_finding_with_the_closest_name() {
    let mut h = harness(AppState::new("{}", &[]));
    h.run();
    assert!(h.query_by_label("The linter reads the pattern once there is one.").is_some());
    replace_text(&mut h, "Pattern", &PRECISE.replace("build-status", "build_status").replace("SUCCEDED", "FAILED"));
    assert!(h.query_by_label_contains("did you mean \"build-status\"?").is_some());
    h.get_by_label("Rename build_status to build-status").click();
    h.run();
    assert!(h.state().designer.pattern_text.contains("\"build-status\": [\"FAILED\"]"));
}

#[test]
fn a_pattern_pasted_from_a_page_is_repaired_after_a_preview() {
    let pasted = "{\"source\": \"aws.codebuild\", \"detail\": {\"project-name\": \"x\" # note\n}}";
    let mut h = harness(AppState::new(pasted, &[]));
    h.run();
    let fix = h.query_all_by_label_contains("Repair the pasted text").count();
    if rulecraft::lint::paste::repair(pasted).is_none() {
        // The paste repairs are not in this build: AWS's refusal stands alone.
        assert_eq!(fix, 0);
        return;
    }
    assert_eq!(fix, 1);
    h.get_by_label("Preview").click();
    h.run();
    assert!(h.query_by_label("The pattern after the fix:").is_some());
    assert_eq!(h.state().designer.pattern_text, pasted, "a preview changes nothing");
    h.get_by_label_contains("Repair the pasted text").click();
    h.run();
    let fixed = h.state().designer.pattern_text.clone();
    assert!(rulecraft::Pattern::parse(&fixed).is_ok(), "{fixed}");
}

#[test]
fn the_place_decides_what_is_supported() {
    let wildcard = r#"{"source": ["acme.app"], "detail-type": ["Order"], "account": ["123456789012"], "region": ["eu-west-1"], "detail": {"file": [{"wildcard": "*.csv"}]}}"#;
    let mut h = harness(AppState::new(wildcard, &[]));
    h.run();
    assert!(h.query_by_label("No findings: the pattern follows AWS's advice.").is_some());
    h.get_by_label("Used in").click();
    h.run();
    h.get_by_label("an EventBridge event bus subscriber's filter").click();
    h.run();
    assert!(h.query_by_label_contains("does not support wildcard").is_some());
    assert!(h.query_by_label("Errors: 1 · Warnings: 0 · Advice: 0").is_some());
}

#[test]
fn a_finding_opens_its_lesson() {
    let mut h = harness(AppState::new(r#"{"detail-type": ["Order"]}"#, &[]));
    h.run();
    assert!(h.query_by_label_contains("No source: the rule sees the events").is_some());
    h.query_all_by_label("Lesson: Events and patterns").next().expect("the lesson of no-source").click();
    h.run();
    assert_eq!(h.state().mode, Mode::Learn);
    assert_eq!(h.state().learn.lesson().map(|l| l.id.as_str()), Some("envelope"));
}

#[test]
fn a_fix_is_not_applied_to_text_it_was_not_worked_out_for() {
    let mut h = harness(AppState::new(PRECISE, &[]));
    h.run();
    // The editor changes its text during a frame; the click's command comes after.
    let typed = PRECISE.replace("us-east-1", "eu-west-1");
    h.state_mut().designer.pattern_text.clone_from(&typed);
    h.state_mut().handle(rulecraft::app::state::Command::Lint(rulecraft::app::state::LintCommand::ApplyFix(0)));
    assert_eq!(h.state().designer.pattern_text, typed, "the typed text stays; the stale fix is not made");
}
