//! The real `rulecraft` binary: output, exit codes, error reports.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const ENVELOPE: &str = r#""id": "1", "account": "123456789012", "time": "2024-01-01T00:00:00Z", "region": "us-east-1", "detail-type": "EC2 Instance State-change Notification""#;

fn rulecraft(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"));
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(text.as_bytes()).unwrap_or_else(|e| panic!("stdin: {e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("wait: {e}"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ec2_event(state: &str) -> String {
    format!(r#"{{{ENVELOPE}, "source": "aws.ec2", "detail": {{"state": "{state}"}}}}"#)
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn test_event_pattern_prints_the_result_like_the_aws_cli() {
    let pattern = r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#;
    let yes = rulecraft(&["test-event-pattern", "--event-pattern", pattern, "--event", &ec2_event("running")], None);
    assert_eq!((stdout(&yes).trim(), yes.status.code()), ("{\"Result\": true}", Some(0)));
    let no = rulecraft(&["test-event-pattern", "--event-pattern", pattern, "--event", &ec2_event("stopped")], None);
    assert_eq!((stdout(&no).trim(), no.status.code()), ("{\"Result\": false}", Some(0)));
}

#[test]
fn test_event_pattern_reads_files() {
    let dir = temp_dir("files");
    let (p, e) = (dir.join("p.json"), dir.join("e.json"));
    std::fs::write(&p, r#"{"detail": {"state": [{"anything-but": "stopped"}]}}"#).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&e, ec2_event("running")).unwrap_or_else(|e| panic!("{e}"));
    let out = rulecraft(
        &[
            "test-event-pattern",
            "--event-pattern",
            &format!("file://{}", p.display()),
            "--event",
            &format!("file://{}", e.display()),
        ],
        None,
    );
    assert_eq!(stdout(&out).trim(), "{\"Result\": true}");
    let missing = rulecraft(&["test-event-pattern", "--event-pattern", "file:///no/such/file", "--event", "{}"], None);
    assert_eq!(missing.status.code(), Some(252));
    assert!(stderr(&missing).contains("Unable to load paramfile file:///no/such/file"), "{}", stderr(&missing));
}

#[test]
fn an_invalid_pattern_gets_aws_error_line_and_location() {
    let out = rulecraft(
        &[
            "test-event-pattern",
            "--event-pattern",
            "{\"detail\": {\"n\": [{\"numeric\": [\">\", 0, \">\", 5]}]}}",
            "--event",
            &ec2_event("x"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(254));
    let err = stderr(&out);
    assert!(err.contains("An error occurred (InvalidEventPatternException) when calling the TestEventPattern operation: Event pattern is not valid. Reason: Bad numeric range operator: >\n"), "{err}");
    assert!(err.contains("line 1, column 40"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn an_event_without_its_envelope_is_rejected_like_aws() {
    let out = rulecraft(
        &["test-event-pattern", "--event-pattern", "{\"source\": [\"a\"]}", "--event", "{\"source\": \"a\"}"],
        None,
    );
    assert_eq!(out.status.code(), Some(254));
    assert!(
        stderr(&out).contains(
            "(ValidationException) when calling the TestEventPattern operation: Parameter Event is not valid."
        )
    );
    assert!(stderr(&out).contains("id, account, time, region, detail-type"));
}

#[test]
fn bad_arguments_say_so() {
    let out = rulecraft(&["test-event-pattern", "--event", "{}"], None);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("--event-pattern"), "{}", stderr(&out));
    let unknown = rulecraft(&["frobnicate"], None);
    assert_ne!(unknown.status.code(), Some(0));
}

#[test]
fn batch_test_reports_each_event_and_carries_on() {
    let dir = temp_dir("batch");
    let pattern = dir.join("pattern.json");
    std::fs::write(&pattern, r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let events = dir.join("events");
    std::fs::create_dir_all(&events).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(events.join("a.json"), ec2_event("running")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(events.join("b.jsonl"), format!("{}\n{{broken\n{}\n", ec2_event("stopped"), ec2_event("running")))
        .unwrap_or_else(|e| panic!("{e}"));
    let p = pattern.display().to_string();
    let out = rulecraft(&["test", "--pattern", &p, &events.display().to_string()], None);
    let text = stdout(&out);
    assert!(text.contains("a.json: matched"), "{text}");
    assert!(
        text.contains("b.jsonl:1: no match: detail.state is \"stopped\"; the pattern allows \"running\""),
        "{text}"
    );
    assert!(text.contains("b.jsonl:2: unreadable: 1:2:"), "{text}");
    assert!(text.contains("b.jsonl:3: matched"), "{text}");
    assert!(text.ends_with("2 matched, 1 did not match, 1 unreadable\n"), "{text}");
    assert_eq!(out.status.code(), Some(2), "unreadable input fails the run");

    let quiet = rulecraft(
        &["test", "--pattern", &p, "--quiet", "-"],
        Some(&format!("{}\n{}\n", ec2_event("running"), ec2_event("running"))),
    );
    assert_eq!((stdout(&quiet).as_str(), quiet.status.code()), ("2 matched, 0 did not match, 0 unreadable\n", Some(0)));

    let expect = rulecraft(
        &["test", "--pattern", &p, "--quiet", "--expect", "match", "-"],
        Some(&format!("{}\n{}\n", ec2_event("running"), ec2_event("stopped"))),
    );
    assert_eq!(expect.status.code(), Some(1));
    let expect_no = rulecraft(
        &["test", "--pattern", &p, "--quiet", "--expect", "no-match", "-"],
        Some(&format!("{}\n", ec2_event("stopped"))),
    );
    assert_eq!(expect_no.status.code(), Some(0));
}

#[test]
fn batch_test_explains_and_writes_json() {
    let dir = temp_dir("json");
    let pattern = dir.join("pattern.json");
    std::fs::write(&pattern, r#"{"detail": {"state": ["running", {"prefix": "stop"}]}}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let p = pattern.display().to_string();
    let out = rulecraft(
        &["test", "--pattern", &p, "--format", "json", "--explain", "-"],
        Some(&format!("{}\n", ec2_event("stopping"))),
    );
    let first = stdout(&out).lines().next().map(str::to_owned).unwrap_or_default();
    let record: serde_json::Value = serde_json::from_str(&first).unwrap_or_else(|e| panic!("{e}: {first}"));
    assert_eq!(record["matched"], true);
    assert_eq!(record["conditions"][1]["condition"], r#"{"prefix": "stop"}"#);
    assert_eq!(record["conditions"][1]["values"][0], r#""stopping""#);
    let text = rulecraft(&["test", "--pattern", &p, "--explain", "-"], Some(&format!("{}\n", ec2_event("stopping"))));
    assert!(
        stdout(&text).contains("✓ detail.state: a string starting with \"stop\" (by \"stopping\")"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn check_points_at_the_error_with_a_caret() {
    let dir = temp_dir("check");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\n  \"detail\": {\n    \"state\": [{\"prefix\": 5}]\n  }\n}\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = rulecraft(&["check", &bad.display().to_string()], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "{}:3:26: Event pattern is not valid. Reason: prefix match pattern must be a string\n",
            bad.display()
        )),
        "{text}"
    );
    assert!(text.ends_with("    \"state\": [{\"prefix\": 5}]\n                         ^\n"), "{text:?}");
    let good = dir.join("good.json");
    std::fs::write(&good, "{\"source\": [\"aws.ec2\"]}").unwrap_or_else(|e| panic!("{e}"));
    let ok = rulecraft(&["check", &good.display().to_string()], None);
    assert_eq!((stdout(&ok).as_str(), ok.status.code()), ("ok\n", Some(0)));
    let missing = rulecraft(&["check", "/no/such/pattern.json"], None);
    assert_eq!(missing.status.code(), Some(2));
    let binary = dir.join("binary.json");
    std::fs::write(&binary, b"{\"a\": [\"\xff\"]}").unwrap_or_else(|e| panic!("{e}"));
    let out = rulecraft(&["check", &binary.display().to_string()], None);
    assert_eq!(out.status.code(), Some(2));
    // One reader and one set of messages for the command line and the window (issue 10).
    assert!(stderr(&out).ends_with("it is not UTF-8 text (an invalid byte at offset 8)\n"), "{}", stderr(&out));
}

/// A rule file whose own events expect the given verdicts.
fn rule_file(dir: &std::path::Path, expectations: &[(&str, &str, Option<&str>)]) -> String {
    let events: Vec<serde_json::Value> = expectations
        .iter()
        .map(|(name, state, expect)| {
            let mut event = serde_json::json!({"name": name, "event": ec2_event(state)});
            if let Some(expect) = expect {
                event["expect"] = serde_json::json!(expect);
            }
            event
        })
        .collect();
    let rule = serde_json::json!({
        "rulecraft": 1,
        "name": "EC2 running",
        "pattern": "{\"source\": [\"aws.ec2\"], \"detail\": {\"state\": [\"running\"]}}",
        "events": events,
    });
    let path = dir.join("rule.rulecraft.json");
    std::fs::write(&path, rule.to_string()).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

#[test]
fn test_runs_a_rule_files_own_events_against_their_expected_verdicts() {
    let dir = temp_dir("rulefile");
    let all_good = rule_file(
        &dir,
        &[
            ("running one", "running", Some("match")),
            ("stopped one", "stopped", Some("no-match")),
            ("free", "pending", None),
        ],
    );
    let o = rulecraft(&["test", &all_good], None);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("running one: matched, as expected"), "{out}");
    assert!(out.contains("stopped one: no match, as expected"), "{out}");
    assert!(out.contains(
        "EC2 running: 3 events: 2 as expected, 0 not as expected, 1 without an expected verdict, 0 unreadable"
    ));

    let one_wrong = rule_file(&dir, &[("stopped but expected to match", "stopped", Some("match"))]);
    let o = rulecraft(&["test", &one_wrong], None);
    assert_eq!(o.status.code(), Some(1), "a verdict not as expected fails CI");
    assert!(
        stdout(&o).contains(r#"stopped but expected to match: no match, but expected match (detail.state is "stopped"; the pattern allows "running")"#),
        "{}",
        stdout(&o)
    );

    let o = rulecraft(&["test", &all_good, "--expect", "match"], None);
    assert_eq!(o.status.code(), Some(2), "--expect does not apply to a rule file");
    assert!(stderr(&o).contains("a rule file carries its own events and expected verdicts"), "{}", stderr(&o));

    let plain = dir.join("plain.json");
    std::fs::write(&plain, r#"{"source": ["aws.ec2"]}"#).unwrap_or_else(|e| panic!("{e}"));
    let o = rulecraft(&["test", &plain.display().to_string()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is a plain pattern, not a rule file"), "{}", stderr(&o));
}

#[test]
fn export_writes_each_format_on_stdout() {
    let dir = temp_dir("export");
    let pattern = dir.join("ec2.json");
    std::fs::write(&pattern, r#"{"source": ["aws.ec2"], "detail": {"state": ["on"], "id": [{"prefix": "i-"}]}}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let path = pattern.display().to_string();
    let o = rulecraft(&["export", "--format", "cloudformation-yaml", &path, "--name", "EC2 watcher"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let yaml = stdout(&o);
    assert!(yaml.contains("  Ec2Watcher:\n    Type: AWS::Events::Rule\n"), "{yaml}");
    assert!(yaml.contains("          state:\n            - \"on\"\n"), "YAML 1.1 would read a bare on as true: {yaml}");
    let o = rulecraft(&["export", "--format", "cdk-ts", &path], None);
    assert!(stdout(&o).contains("id: events.Match.prefix('i-'),"), "{}", stdout(&o));
    assert!(stdout(&o).contains("new events.Rule(this, 'Ec2'"), "the file's name names the rule: {}", stdout(&o));
    for format in [
        "json",
        "json-compact",
        "cloudformation-json",
        "sam",
        "cdk-python",
        "terraform",
        "serverless",
        "pulumi-ts",
        "aws-cli",
        "aws-cli-powershell",
    ] {
        let o = rulecraft(&["export", "--format", format, &path], None);
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        assert!(stdout(&o).contains("aws.ec2"), "{format}");
    }
    let o = rulecraft(&["export", "--format", "yaml", &path], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("[possible values: json, json-compact, cloudformation-yaml"), "{}", stderr(&o));

    let invalid = dir.join("invalid.json");
    std::fs::write(&invalid, "{\"source\": \"aws.ec2\"}").unwrap_or_else(|e| panic!("{e}"));
    let o = rulecraft(&["export", "--format", "terraform", &invalid.display().to_string()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).contains("Event pattern is not valid. Reason: \"source\" must be an object or an array"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn export_writes_a_rule_files_schedule_and_refuses_an_invalid_one() {
    let dir = temp_dir("export-schedule");
    let file = dir.join("nightly.rulecraft.json");
    let rule = |expression: &str| {
        format!(
            r#"{{"rulecraft": 2, "name": "Nightly", "pattern": "", "schedule": {{"expression": "{expression}", "kind": "rule"}}}}"#
        )
    };
    std::fs::write(&file, rule("cron(0/5 9-17 ? * MON-FRI *)")).unwrap_or_else(|e| panic!("{e}"));
    let path = file.display().to_string();
    let o = rulecraft(&["export", "--format", "terraform", &path], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("schedule_expression = \"cron(0/5 9-17 ? * MON-FRI *)\""), "{}", stdout(&o));
    assert!(!stdout(&o).contains("event_pattern"), "a schedule alone has no pattern: {}", stdout(&o));
    std::fs::write(&file, rule("rate(5 minute)")).unwrap_or_else(|e| panic!("{e}"));
    let o = rulecraft(&["export", "--format", "terraform", &path], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).contains(
            "the schedule expression is not valid (line 1, column 8): Parameter ScheduleExpression is not valid."
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_rule_file_with_one_event_says_one_event() {
    // Issue 12: "1 events".
    let dir = temp_dir("plural");
    let path = rule_file(&dir, &[("only", "running", Some("match"))]);
    let out = rulecraft(&["test", &path], None);
    assert!(stdout(&out).contains(": 1 event: 1 as expected"), "{}", stdout(&out));
}
