//! "Suggest a pattern", driven as a person would: bundled events marked
//! "match" and "no match" under their names, the suggestion window's
//! recommended candidate with its reasons, adopted in one click and undone
//! in one.

#[expect(dead_code, reason = "this test types nowhere, so the shared text helper goes unused")]
mod common;

use common::harness;
use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::app::state::suggest::Outcome;

fn click_event(h: &mut egui_kittest::Harness<'static, AppState>, name: &str) {
    h.get_all_by_label(name).next().unwrap_or_else(|| panic!("no event {name}")).click();
    h.run();
}

/// Marks the selected event ("match" or "no match", as the row under its name says).
fn mark(h: &mut egui_kittest::Harness<'static, AppState>, verdict: &str) {
    h.get_all_by_label(verdict).last().unwrap_or_else(|| panic!("no {verdict} mark")).click();
    h.run();
}

#[test]
fn marked_samples_give_a_pattern_that_is_adopted_and_undone() {
    let mut h = harness(AppState::default());
    let before = h.state().designer.pattern_text.clone();
    for (name, verdict) in [
        ("aws.ec2--EC2-Instance-State-change-Notification--stopped", "match"),
        ("aws.ec2--EC2-Instance-State-change-Notification--terminated", "match"),
        ("aws.ec2--EC2-Instance-State-change-Notification--running", "no match"),
        ("aws.ec2--EC2-Instance-State-change-Notification--pending", "no match"),
    ] {
        click_event(&mut h, name);
        mark(&mut h, verdict);
    }
    h.get_by_label("Suggest a pattern…").click();
    h.run();
    assert!(h.query_by_label("Suggested patterns").is_some());
    assert!(h.query_by_label("Recommended").is_some());
    let Some(Outcome::Proposals(proposals)) = &h.state().suggest.outcome else { panic!("no proposals") };
    let recommended = proposals[0].candidate.pattern.clone();
    assert!(recommended.contains("\"state\": [\"stopped\", \"terminated\"]"), "{recommended}");
    // Why the state condition is there, and what it turns away.
    let reason = "detail.state: every event that should match has \"stopped\", \"terminated\". It turns away 2 that should not match";
    assert!(h.query_all_by_label_contains(reason).next().is_some());

    h.get_all_by_label("Use this pattern").next().expect("a Use button").click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, recommended);
    // Undo brings back the pattern before.
    h.state_mut().handle(rulecraft::app::state::Command::Designer(rulecraft::app::state::DesignerCommand::Undo));
    h.run();
    assert_eq!(h.state().designer.pattern_text, before);
}
