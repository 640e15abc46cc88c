//! The Targets mode, driven as a person would: add a target, check its ARN,
//! build an input transformer by clicking the event's values, see what the
//! target receives change with the selected event, and see a dropped event
//! flagged.

mod common;

use common::{harness, replace_text};
use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::target::TargetInput;

const EC2: &str = r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}"#;

fn click_event(h: &mut egui_kittest::Harness<'static, AppState>, name: &str) {
    h.get_all_by_label(name).next().unwrap_or_else(|| panic!("no event {name}")).click();
    h.run();
}

#[test]
fn a_transformer_built_by_clicking_values_previews_each_event() {
    let mut h = harness(AppState::new(EC2, &[]));
    h.get_by_label("Targets").click();
    h.run();
    assert!(h.query_by_label_contains("No targets yet").is_some());
    h.get_by_label("Add target").click();
    h.run();
    assert_eq!(h.state().targets.targets.len(), 1);

    // A Lambda ARN with a short account is refused, saying which part.
    replace_text(&mut h, "ARN", "arn:aws:lambda:us-east-1:1234:function:notify");
    assert!(h.query_by_label_contains("The account ID must be 12 digits").is_some());
    replace_text(&mut h, "ARN", "arn:aws:lambda:us-east-1:123456789012:function:notify");
    assert!(h.query_by_label_contains("The account ID must be 12 digits").is_none());

    h.get_by_label("Input transformer").click();
    h.run();
    click_event(&mut h, "aws.ec2--EC2-Instance-State-change-Notification--pending");
    // The selected event's state, clicked, becomes a variable with its path.
    h.get_by_label("\"pending\"").click();
    h.run();
    let target = h.state().targets.current().cloned().unwrap_or_default();
    let TargetInput::Transformer(transformer) = &target.input else { panic!("{:?}", target.input) };
    assert_eq!(transformer.paths, vec![("state".to_owned(), "$.detail.state".to_owned())]);
    h.get_by_label("Insert").click();
    h.run();
    assert_eq!(h.state().targets.current().and_then(|t| t.transformer()).map(|t| t.template.as_str()), Some("<state>"));
    assert!(h.query_by_label("✔ Delivered").is_some());
    assert!(h.query_by_label("pending").is_some(), "the preview shows what the target receives");

    click_event(&mut h, "aws.ec2--EC2-Instance-State-change-Notification--stopped");
    assert!(h.query_by_label("stopped").is_some(), "the preview follows the selected event");
    assert!(h.query_by_label("pending").is_none());
    assert!(h.query_by_label_contains("Matched events: 10. Delivered: 10, dropped: 0").is_some());
}

#[test]
fn a_json_template_that_breaks_is_flagged_as_dropped_across_events() {
    let mut h = harness(AppState::new(EC2, &[]));
    h.get_by_label("Targets").click();
    h.run();
    h.get_by_label("Add target").click();
    h.run();
    h.get_by_label("Input transformer").click();
    h.run();
    click_event(&mut h, "aws.ec2--EC2-Instance-State-change-Notification--running");
    h.get_all_by_label("{…}").last().unwrap_or_else(|| panic!("no detail object")).click();
    h.run();
    replace_text(&mut h, "Template (InputTemplate)", r#"{"raw": "<detail>"}"#);
    assert!(h.query_by_label_contains("EventBridge would drop this event silently").is_some());
    assert!(h.query_by_label_contains("<detail> is an object or a list inside quotes").is_some());
    assert!(h.query_by_label_contains("Delivered: 0, dropped: 10").is_some());
    // Take the quotes away: the object is embedded and every event is delivered.
    replace_text(&mut h, "Template (InputTemplate)", r#"{"raw": <detail>}"#);
    assert!(h.query_by_label_contains("EventBridge would drop").is_none());
    assert!(h.query_by_label_contains("Delivered: 10, dropped: 0").is_some());
    // An undeclared placeholder gets AWS's message.
    replace_text(&mut h, "Template (InputTemplate)", r#"{"raw": <nothing>}"#);
    assert!(
        h.query_by_label_contains("InputTemplate for target target-1 contains invalid placeholder nothing.").is_some()
    );
}

#[test]
fn targets_are_saved_with_the_rule_and_unsaved_changes_are_known() {
    let mut h = harness(AppState::new(EC2, &[]));
    assert!(!h.state().is_dirty());
    h.get_by_label("Targets").click();
    h.run();
    h.get_by_label("Add target").click();
    h.run();
    assert!(h.state().is_dirty(), "a new target is an unsaved change");
    let document = h.state().document();
    assert_eq!(document.targets.len(), 1);
    let text = document.to_file_text();
    assert!(text.contains("\"rulecraft\": 2") && text.contains("\"Id\": \"target-1\""), "{text}");
}

#[test]
fn the_export_carries_the_windows_targets_and_the_permission_they_need() {
    let mut h = harness(AppState::new(EC2, &[]));
    h.get_by_label("Targets").click();
    h.run();
    h.get_by_label("Add target").click();
    h.run();
    replace_text(&mut h, "ARN", "arn:aws:lambda:us-east-1:123456789012:function:notify");
    h.state_mut().handle(rulecraft::app::Command::Export(rulecraft::app::ExportCommand::Open));
    h.state_mut().handle(rulecraft::app::Command::Export(rulecraft::app::ExportCommand::Format(
        rulecraft::export::Format::CloudFormationYaml,
    )));
    h.run();
    let text = match h.state().export.as_ref().and_then(|d| d.preview()) {
        Some(Ok(exported)) => exported.text.clone(),
        other => panic!("{other:?}"),
    };
    assert!(text.contains("Targets:") && text.contains("AWS::Lambda::Permission"), "{text}");
    assert!(h.query_by_label_contains("AWS::Lambda::Permission").is_some(), "the dialog shows it");
    // A new target changes the export shown.
    h.get_by_label("Add target").click();
    h.run();
    replace_text(&mut h, "ARN", "arn:aws:sqs:us-east-1:123456789012:jobs");
    let warnings = match h.state().export.as_ref().and_then(|d| d.preview()) {
        Some(Ok(exported)) => exported.warnings.len(),
        other => panic!("{other:?}"),
    };
    assert_eq!(warnings, 1, "the queue needs a policy");
}

#[test]
fn the_schedules_event_is_a_test_event_for_the_targets() {
    let mut h = harness(AppState::new(EC2, &[]));
    h.state_mut().handle(rulecraft::app::Command::Schedule(rulecraft::app::ScheduleCommand::Enable(true)));
    h.get_by_label("Targets").click();
    h.run();
    h.get_by_label("Add target").click();
    h.run();
    h.get_by_label("Part of the event").click();
    h.run();
    replace_text(&mut h, "JSON path", "$.detail-type");
    h.get_by_label("The schedule's event").click();
    h.run();
    assert_eq!(h.state().targets.preview().delivery.as_ref().map(|d| d.text.as_str()), Some("\"Scheduled Event\""));
    assert_eq!(h.query_all_by_label("\"Scheduled Event\"").count(), 2, "the event's field and the preview");
    // It counts among the events the target receives: the 10 EC2 events and the schedule's.
    assert!(h.query_by_label_contains("Matched events: 11.").is_some());
}
