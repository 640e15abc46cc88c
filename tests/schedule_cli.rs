//! `rulecraft schedule`: AWS's verdict with the reason and a caret, the
//! expression in words, the next runs in UTC and a chosen zone, and JSON.

use std::process::{Command, Output};

fn schedule(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .arg("schedule")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"))
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_valid_cron_says_what_it_means_and_when_it_runs_in_seoul() {
    let output =
        schedule(&["cron(0 0 * * ? *)", "--tz", "Asia/Seoul", "--next", "2", "--after", "2026-01-01T00:00:00Z"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        text(&output),
        "valid: at 00:00, every day (UTC)\n2026-01-02 00:00 UTC   2026-01-02 09:00 KST (Fri)\n2026-01-03 00:00 UTC   2026-01-03 09:00 KST (Sat)\n"
    );
}

#[test]
fn an_invalid_expression_gets_aws_message_the_reason_and_a_caret() {
    let output = schedule(&["rate(1 minutes)"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output),
        "Parameter ScheduleExpression is not valid.\nA rate of 1 takes the singular: minute\n    rate(1 minutes)\n           ^^^^^^^\n"
    );
    let scheduler = schedule(&["at(2021-12-31T23:59:59Z)", "--scheduler"]);
    assert!(
        text(&scheduler).starts_with("Invalid Schedule Expression at(2021-12-31T23:59:59Z).\n"),
        "{}",
        text(&scheduler)
    );
    let zone = schedule(&["rate(5 minutes)", "--tz", "Mars/Olympus"]);
    assert_eq!(zone.status.code(), Some(2));
}

#[test]
fn json_gives_the_verdict_the_description_and_rfc_3339_runs() {
    let output = schedule(&[
        "cron(30 2 * * ? *)",
        "--scheduler",
        "--tz",
        "America/Los_Angeles",
        "--after",
        "2026-03-07T00:00:00Z",
        "--next",
        "3",
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value["valid"], true);
    assert_eq!(value["description"], "at 02:30, every day (America/Los_Angeles)");
    // 02:30 does not exist on 2026-03-08 in Los Angeles: Scheduler skips that day.
    assert_eq!(
        value["next"],
        serde_json::json!(["2026-03-07T10:30:00Z", "2026-03-09T09:30:00Z", "2026-03-10T09:30:00Z"])
    );
    let invalid = schedule(&["cron(0 1 * * * *)", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&invalid.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value["valid"], false);
    assert_eq!(value["message"], "Parameter ScheduleExpression is not valid.");
}
