//! Rules read out of infrastructure code, driven as a person would: File →
//! Open of a template lists its rules; a deploy-time part gets a value; the
//! rule opens in the designer with its targets, or its schedule.

mod common;

use common::{harness, replace_text};
use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::app::state::{Command, DocumentCommand};
use std::path::PathBuf;

fn corpus(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/iac-corpus/files").join(path)
}

/// What File → Open does with the file the dialog gave.
fn open(h: &mut egui_kittest::Harness<'static, AppState>, path: PathBuf) {
    h.state_mut().handle(Command::Document(DocumentCommand::OpenNow(path)));
    h.run();
}

#[test]
fn a_template_rule_opens_in_the_designer_with_a_value_for_its_deploy_time_part() {
    let mut h = harness(AppState::default());
    open(&mut h, corpus("apigw-rest-api-eventbridge-sqs-sam/template.yml"));
    assert!(h.query_by_label("Rules in infrastructure code").is_some());
    assert!(h.query_by_label("CloudFormation rule").is_some());
    assert!(h.query_by_label("template.yml:154").is_some());
    assert!(h.query_by_label_contains("the template itself is never changed").is_some());
    // The pattern waits for the account id: a value to test with.
    assert!(h.query_by_label("Only known at deploy time").is_some());
    replace_text(&mut h, "AWS::AccountId", "123456789012");
    h.get_by_label("Open in the designer").click();
    h.run();

    let state = h.state();
    assert!(!state.import.open);
    let pattern = &state.designer.pattern_text;
    assert!(pattern.contains("\"account\": [\"123456789012\"]"), "{pattern}");
    assert!(rulecraft::Pattern::parse(pattern).is_ok(), "{pattern}");
    assert_eq!(state.file.name, "QueueRule");
    // Its target: the queue the template's !GetAtt Queue.Arn names, under a stand-in ARN.
    let targets = &state.targets.targets;
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].id, "Queue");
    assert_eq!(targets[0].kind, rulecraft::target::TargetKind::SqsQueue);
    // Not saved anywhere yet: closing asks, and saving writes a rule file (the template is untouched).
    assert!(state.file.path.is_none());
    assert!(state.is_dirty());
    let notice = state.notice.as_ref().map(ToString::to_string).expect("a notice");
    assert!(notice.contains("template.yml:154"), "{notice}");
}

#[test]
fn a_sam_schedule_opens_as_the_rules_schedule() {
    let mut h = harness(AppState::default());
    open(&mut h, corpus("eventbridge-schedule-to-lambda-sam-java/template.yaml"));
    assert!(h.query_by_label("SAM schedule event").is_some());
    h.get_by_label("Open in the designer").click();
    h.run();
    let schedule = &h.state().schedule;
    assert!(schedule.enabled);
    assert_eq!(schedule.expression, "rate(5 minutes)");
    assert_eq!(schedule.dialect, rulecraft::schedule::Dialect::Scheduler);
    assert_eq!(h.state().targets.targets[0].kind, rulecraft::target::TargetKind::LambdaFunction);
}

#[test]
fn the_list_filters_by_name_file_or_pattern_text() {
    let mut h = harness(AppState::default());
    open(&mut h, corpus("eventbridge-fanout-pattern/main.tf"));
    assert_eq!(h.state().import.listed().count(), 4);
    replace_text(&mut h, "Filter the rules", "rate(5");
    let listed: Vec<String> = h.state().import.listed().map(|(_, r)| r.id.clone()).collect();
    assert_eq!(listed, ["aws_scheduler_schedule.fan_out"]);
    replace_text(&mut h, "Filter the rules", "SNS_TOPIC");
    assert_eq!(h.state().import.listed().count(), 0);
    replace_text(&mut h, "Filter the rules", "notify");
    assert_eq!(h.state().import.listed().count(), 1);
}

#[test]
fn a_folder_joins_a_terraform_rule_with_its_target_in_another_file() {
    let dir = std::env::temp_dir().join(format!("rulecraft-ui-module-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(std::fs::create_dir_all(&dir).is_ok());
    let rules = "resource \"aws_cloudwatch_event_rule\" \"orders\" {\n  name = \"orders\"\n  event_pattern = jsonencode({ source = [\"shop\"] })\n}\n";
    let targets = "resource \"aws_sqs_queue\" \"q\" {\n  name = \"orders\"\n}\n\nresource \"aws_cloudwatch_event_target\" \"to_queue\" {\n  rule = aws_cloudwatch_event_rule.orders.name\n  arn  = aws_sqs_queue.q.arn\n}\n";
    assert!(std::fs::write(dir.join("rules.tf"), rules).is_ok());
    assert!(std::fs::write(dir.join("targets.tf"), targets).is_ok());

    let mut h = harness(AppState::default());
    open(&mut h, dir.clone());
    let shown = h.query_by_label("${aws_sqs_queue.q.arn}").is_some();
    h.get_by_label("Open in the designer").click();
    h.run();
    let _ = std::fs::remove_dir_all(&dir);

    assert!(shown, "the list shows the target from targets.tf");
    let targets = &h.state().targets.targets;
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].kind, rulecraft::target::TargetKind::SqsQueue);
}
