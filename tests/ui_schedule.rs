//! The Schedule mode, driven as a person would: the builder writes the
//! expression, a typed expression moves the builder, AWS's verdict and the
//! reason show, and the next runs appear in the chosen zone.

mod common;

use common::{harness, replace_text};
use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::schedule::builder::{Days, Shape};

#[test]
fn the_builder_and_the_text_follow_each_other() {
    let mut h = harness(AppState::new("{}", &[]));
    h.get_by_label("Schedule").click();
    h.run();
    assert!(h.query_by_label_contains("The rule fires only on events").is_some());
    h.get_by_label("This rule runs on a schedule").click();
    h.run();
    h.get_by_label("On some weekdays at a time").click();
    h.run();
    assert_eq!(h.state().schedule.expression, "cron(0 9 ? * MON,TUE,WED,THU,FRI *)");
    assert!(h.query_by_label("at 09:00, on Monday–Friday (UTC)").is_some());

    replace_text(&mut h, "Expression", "cron(30 7 * * ? *)");
    assert_eq!(h.state().schedule.built.shape, Shape::Daily { hour: 7, minute: 30, days: Days::Every });
    assert!(h.query_by_label("at 07:30, every day (UTC)").is_some());
    assert!(h.state().is_dirty(), "a schedule is an unsaved change");
    assert_eq!(h.state().document().schedule.map(|s| s.expression).as_deref(), Some("cron(30 7 * * ? *)"));

    replace_text(&mut h, "Show times in", "Asia/Seoul");
    assert!(h.query_all_by_label_contains("16:30 KST").count() == 10, "07:30 UTC is 16:30 in Seoul");

    replace_text(&mut h, "Expression", "rate(1 minutes)");
    assert!(h.query_by_label("Parameter ScheduleExpression is not valid.").is_some());
    assert!(h.query_by_label("A rate of 1 takes the singular: minute").is_some());
    assert!(h.query_by_label("Next runs").is_none());
}

#[test]
fn scheduler_runs_in_its_zone_and_accepts_one_off_times() {
    let mut h = harness(AppState::new("{}", &[]));
    h.get_by_label("Schedule").click();
    h.run();
    h.get_by_label("This rule runs on a schedule").click();
    h.run();
    h.get_by_label("EventBridge Scheduler (a time zone)").click();
    h.run();
    replace_text(&mut h, "Time zone (ScheduleExpressionTimezone)", "Europe/Berlin");
    replace_text(&mut h, "Expression", "at(2099-12-31T23:59:00)");
    assert!(h.query_by_label("once, at 2099-12-31 23:59:00 (Europe/Berlin)").is_some());
    assert!(h.query_all_by_label_contains("2099-12-31 22:59 UTC").next().is_some(), "23:59 in Berlin is 22:59 UTC");
    replace_text(&mut h, "Expression", "at(2099-12-31T23:59:00Z)");
    assert!(h.query_by_label("Invalid Schedule Expression at(2099-12-31T23:59:00Z).").is_some());
    // A start date: a rate counts from it; an end date stops it.
    replace_text(&mut h, "Expression", "rate(12 hours)");
    replace_text(&mut h, "Start date (UTC, optional)", "2099-01-01T00:00:00Z");
    replace_text(&mut h, "End date (UTC, optional)", "2099-01-02T00:00:00Z");
    let runs: Vec<String> = h.state().schedule.runs().iter().map(|r| r.utc.clone()).collect();
    assert_eq!(runs, ["2099-01-01 00:00 UTC", "2099-01-01 12:00 UTC", "2099-01-02 00:00 UTC"]);
    replace_text(&mut h, "End date (UTC, optional)", "next year");
    assert!(h.query_by_label_contains("is not a UTC time").is_some());
    assert_eq!(h.state().document().schedule.map(|s| s.start_date).as_deref(), Some("2099-01-01T00:00:00Z"));
}

#[test]
fn the_export_carries_the_windows_schedule() {
    let mut h = harness(AppState::new("{}", &[]));
    h.get_by_label("Schedule").click();
    h.run();
    h.get_by_label("This rule runs on a schedule").click();
    h.run();
    replace_text(&mut h, "Expression", "cron(0 18 ? * MON-FRI *)");
    h.state_mut().handle(rulecraft::app::Command::Export(rulecraft::app::ExportCommand::Open));
    h.state_mut().handle(rulecraft::app::Command::Export(rulecraft::app::ExportCommand::Format(
        rulecraft::export::Format::Terraform,
    )));
    h.run();
    let text = match h.state().export.as_ref().and_then(|d| d.preview()) {
        Some(Ok(exported)) => exported.text.clone(),
        other => panic!("{other:?}"),
    };
    assert!(text.contains(r#"schedule_expression = "cron(0 18 ? * MON-FRI *)""#), "{text}");
    assert!(!text.contains("event_pattern"), "a schedule-only rule has no pattern: {text}");
    replace_text(&mut h, "Expression", "cron(0 19 ? * MON-FRI *)");
    let text = match h.state().export.as_ref().and_then(|d| d.preview()) {
        Some(Ok(exported)) => exported.text.clone(),
        other => panic!("{other:?}"),
    };
    assert!(text.contains("cron(0 19 ? * MON-FRI *)"), "the export follows the schedule: {text}");
}

#[test]
fn a_scheduled_rule_needs_no_pattern() {
    let mut h = harness(AppState::new("", &[]));
    assert!(h.query_by_label_contains("EventBridge needs at least one field").is_some());
    h.state_mut().handle(rulecraft::app::Command::Schedule(rulecraft::app::ScheduleCommand::Enable(true)));
    h.run();
    assert!(h.query_by_label_contains("No pattern: this rule runs on its schedule").is_some());
    assert!(h.query_by_label_contains("EventBridge needs at least one field").is_none());
}
