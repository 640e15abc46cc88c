//! `rulecraft transform`: standard output is exactly what the target
//! receives; exit 1 with the reason when EventBridge would drop the event,
//! 2 with AWS's message when AWS would refuse the target.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn transform(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .arg("transform")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-transform-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    format!("file://{}", path.display())
}

const EVENT: &str = r#"{"version": "0", "id": "e1", "detail-type": "EC2 Instance State-change Notification", "source": "aws.ec2", "account": "111122223333", "time": "2026-01-01T00:00:00Z", "region": "eu-west-1", "resources": [], "detail": {"instance-id": "i-0abc", "state": "stopped", "tags": {"team": "core"}}}"#;

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_bare_transformer_prints_exactly_what_the_target_receives() {
    let dir = scratch("bare");
    let transformer = write(
        &dir,
        "t.json",
        r#"{"InputPathsMap": {"instance": "$.detail.instance-id", "state": "$.detail.state"}, "InputTemplate": "\"<instance> is <state> (rule <aws.events.rule-name>, <aws.events.event.ingestion-time>)\""}"#,
    );
    let event = write(&dir, "e.json", EVENT);
    let output = transform(&[
        "--input-transformer",
        &transformer,
        "--event",
        &event,
        "--ingestion-time",
        "2026-01-01T00:00:02Z",
        "--rule-name",
        "stops",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), r#""i-0abc is stopped (rule stops, 2026-01-01T00:00:02Z)""#);
    let inline =
        transform(&["--input-transformer", r#"{"InputTemplate": "{\"e\": <aws.events.event>}"}"#, "--event", EVENT]);
    assert_eq!(
        stdout(&inline),
        r#"{"e": {"id":"e1","account":"111122223333","detailType":"EC2 Instance State-change Notification","time":"2026-01-01T00:00:00Z","source":"aws.ec2","region":"eu-west-1","resources":[],"version":"0"}}"#
    );
}

#[test]
fn a_dropped_event_exits_1_and_says_why() {
    let output = transform(&[
        "--input-transformer",
        r#"{"InputPathsMap": {"tags": "$.detail.tags"}, "InputTemplate": "{\"tags\": \"<tags>\"}"}"#,
        "--event",
        EVENT,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains("EventBridge would drop this event silently") && stderr(&output).contains("<tags>"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_refused_target_exits_2_with_aws_message() {
    let output = transform(&[
        "--input-transformer",
        r#"{"InputTemplate": "{\"x\": <notdefinedkey>}"}"#,
        "--event",
        EVENT,
        "--target",
        "Target1",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("InputTemplate for target Target1 contains invalid placeholder notdefinedkey."),
        "{}",
        stderr(&output)
    );
    let broken = transform(&["--input-transformer", "{\"InputTemplate\": ", "--event", EVENT]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(stderr(&broken).contains("--input-transformer: line 1"), "{}", stderr(&broken));
}

fn rule_file(dir: &Path, targets: &str) -> String {
    let text = format!(
        r#"{{"rulecraft": 2, "name": "ec2-stops", "pattern": "{{\"source\": [\"aws.ec2\"], \"detail\": {{\"state\": [\"stopped\"]}}}}", "targets": {targets}}}"#
    );
    let path = dir.join("rule.json");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

#[test]
fn a_rules_targets_each_print_what_they_receive() {
    let dir = scratch("rule");
    let rule = rule_file(
        &dir,
        r#"[{"Id": "log", "Kind": "log-group", "Arn": "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/events/stops", "InputPath": "$.detail.tags"},
            {"Id": "page", "Kind": "sns-topic", "Arn": "arn:aws:sns:eu-west-1:111122223333:pager", "InputTransformer": {"InputPathsMap": {"i": "$.detail.instance-id"}, "InputTemplate": "\"<i> stopped\""}}]"#,
    );
    let both = transform(&["--rule", &rule, "--event", EVENT]);
    assert_eq!(both.status.code(), Some(0), "{}", stderr(&both));
    assert_eq!(
        stdout(&both),
        "== log (CloudWatch Logs log group) ==\n{\"team\":\"core\"}\n== page (SNS topic) ==\n\"i-0abc stopped\"\n"
    );
    let one = transform(&["--rule", &rule, "--event", EVENT, "--target", "page"]);
    assert_eq!(stdout(&one), "\"i-0abc stopped\"");
    let unknown = transform(&["--rule", &rule, "--event", EVENT, "--target", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("its targets: log, page"), "{}", stderr(&unknown));
    let running = EVENT.replace("stopped", "running");
    let missed = transform(&["--rule", &rule, "--event", &running]);
    assert_eq!(missed.status.code(), Some(1));
    assert!(stderr(&missed).contains("does not match the rule's pattern"), "{}", stderr(&missed));
}

#[test]
fn a_target_with_two_inputs_is_refused_with_aws_message() {
    let dir = scratch("two");
    let rule = rule_file(
        &dir,
        r#"[{"Id": "q1", "Arn": "arn:aws:sqs:eu-west-1:111122223333:jobs", "Input": "{}", "InputPath": "$.detail"}]"#,
    );
    let output = transform(&["--rule", &rule, "--event", EVENT]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("Only one of Input, InputPath, or InputTransformer must be provided for target q1."),
        "{}",
        stderr(&output)
    );
}
