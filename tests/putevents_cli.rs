//! `rulecraft put-events`: the AWS CLI's response on standard output (exit 0
//! even when entries fail), AWS's refusal of a whole request on standard
//! error (exit 254), unreadable entries (exit 2), and `--emit` piped into
//! `rulecraft test`. Each case AWS recorded is here with AWS's message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn put_events(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .arg("put-events")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-put-events-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    format!("file://{}", path.display())
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The recorded tests' source and detail-type (LocalStack `test_events.py`).
const NAME: &str = "core.update-account-command";

/// An entry of the recorded tests, with `Detail` given as JSON string text.
fn entry(extra: &str) -> String {
    format!(
        r#"{{"Source": "{NAME}", "DetailType": "{NAME}", "Detail": "{{\"command\": \"update-account\", \"payload\": {{\"acc_id\": \"0a787ecb-4015\", \"sf_id\": \"baz\"}}}}"{extra}}}"#
    )
}

/// The one failure in a response with one entry, as the AWS CLI prints it.
fn one_failure(code: &str, message: &str) -> String {
    format!(
        "{{\n    \"FailedEntryCount\": 1,\n    \"Entries\": [\n        {{\n            \"ErrorCode\": \"{code}\",\n            \"ErrorMessage\": \"{message}\"\n        }}\n    ]\n}}\n"
    )
}

/// The event ids of a response, in order.
fn event_ids(response: &str) -> Vec<String> {
    response
        .lines()
        .filter_map(|line| line.trim().strip_prefix("\"EventId\": \""))
        .map(|rest| rest.trim_end_matches('"').to_owned())
        .collect()
}

#[test]
fn a_good_entry_gets_an_event_id_in_the_aws_clis_layout() {
    let output = put_events(&["--entries", &format!("[{}]", entry(""))]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let ids = event_ids(&out);
    assert_eq!(ids.len(), 1, "{out}");
    assert_eq!(
        out,
        format!(
            "{{\n    \"FailedEntryCount\": 0,\n    \"Entries\": [\n        {{\n            \"EventId\": \"{}\"\n        }}\n    ]\n}}\n",
            ids[0]
        )
    );
    let groups: Vec<usize> = ids[0].split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12]);
    assert_eq!(stderr(&output), "");
}

// Recorded: test_put_events_without_source, test_put_event_without_detail,
// test_put_event_without_detail_type (DetailType ""). The AWS CLI exits 0.
#[test]
fn missing_fields_fail_the_entry_and_still_exit_0() {
    let cases = [
        (
            r#"[{"DetailType": "core.update-account-command", "Detail": "{\"command\": \"update-account\"}"}]"#,
            "Parameter Source is not valid. Reason: Source is a required argument.",
        ),
        (
            r#"[{"Source": "core.update-account-command", "DetailType": "core.update-account-command"}]"#,
            "Parameter Detail is not valid. Reason: Detail is a required argument.",
        ),
        (
            r#"[{"Source": "some.source", "Detail": "{\"command\": \"update-account\"}", "DetailType": ""}]"#,
            "Parameter DetailType is not valid. Reason: DetailType is a required argument.",
        ),
    ];
    for (entries, message) in cases {
        let output = put_events(&["--entries", entries]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(stdout(&output), one_failure("InvalidArgument", message));
    }
}

// Recorded: test_put_event_malformed_detail [STRING, ARRAY, MALFORMED_JSON, SERIALIZED_STRING].
#[test]
fn a_detail_that_is_not_an_object_is_malformed() {
    for detail in ["NotJSON", "[]", "{{}", r#"\"NotJSON\""#] {
        let entries = format!(r#"[{{"Source": "{NAME}", "DetailType": "{NAME}", "Detail": "{detail}"}}]"#);
        let output = put_events(&["--entries", &entries]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(stdout(&output), one_failure("MalformedDetail", "Detail is malformed."), "{detail}");
    }
}

// aws-samples/serverless-patterns#3089: an AWS CLI transcript.
#[test]
fn an_aws_source_is_not_authorized() {
    let entries =
        r#"[{"Source": "aws.aidevops", "DetailType": "Investigation Timed Out", "Detail": "{\"version\":\"1.0.0\"}"}]"#;
    let output = put_events(&["--entries", entries]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), one_failure("NotAuthorizedForSourceException", "Not authorized for the source."));
}

// Recorded: test_put_event_with_too_big_detail (at the old 256 KB limit).
#[test]
fn a_request_over_the_size_limit_is_refused_with_exit_254() {
    let dir = scratch("size");
    let payload = "p".repeat(256 * 1024 - 17);
    let file = write(
        &dir,
        "big.json",
        &format!(r#"[{{"Source": "{NAME}", "DetailType": "{NAME}", "Detail": "{{\"payload\": [\"{payload}\"]}}"}}]"#),
    );
    let old = put_events(&["--entries", &file, "--size-limit", "262144"]);
    assert_eq!(old.status.code(), Some(254));
    assert_eq!(stdout(&old), "");
    assert_eq!(
        stderr(&old),
        "\nAn error occurred (ValidationException) when calling the PutEvents operation: Total size of the entries in the request is over the limit.\n\
         rulecraft: the entries total 262198 bytes, over the limit of 262144 (--size-limit; 1048576 since 2026-01-29, 262144 before)\n"
    );
    // Today's default limit, 1 MB, takes it.
    let today = put_events(&["--entries", &file]);
    assert_eq!(today.status.code(), Some(0), "{}", stderr(&today));
    assert!(stdout(&today).contains("\"FailedEntryCount\": 0"));
}

// Recorded: test_put_events_exceed_limit_ten_entries[default].
#[test]
fn eleven_entries_are_refused_with_exit_254() {
    let one = entry(r#", "EventBusName": "default""#);
    let output = put_events(&["--entries", &format!("[{}]", [one.as_str(); 11].join(", "))]);
    assert_eq!(output.status.code(), Some(254));
    let recorded = r#"PutEventsRequestEntry(time=null, source=core.update-account-command, resources=null, detailType=core.update-account-command, detail={"command": "update-account", "payload": {"acc_id": "0a787ecb-4015", "sf_id": "baz"}}, eventBusName=default, traceHeader=null, kmsKeyIdentifier=null, internalMetadata=null)"#;
    assert_eq!(
        stderr(&output),
        format!(
            "\nAn error occurred (ValidationException) when calling the PutEvents operation: 1 validation error detected: Value '[{}]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10\n",
            [recorded; 11].join(", ")
        )
    );
    let ten = put_events(&["--entries", &format!("[{}]", [one.as_str(); 10].join(", "))]);
    assert_eq!(ten.status.code(), Some(0));
    assert_eq!(event_ids(&stdout(&ten)).len(), 10);
}

// aws/aws-sdk-js-v3#3714: a partner bus's ARN breaks the EventBusName pattern.
#[test]
fn a_bus_name_outside_the_pattern_is_refused_with_exit_254() {
    let arn = "arn:aws:events:us-east-1:123456789012:event-bus/aws.partner/shopify.com/1/shopify-events-dev";
    let output = put_events(&["--entries", &format!("[{}]", entry(&format!(r#", "EventBusName": "{arn}""#)))]);
    assert_eq!(output.status.code(), Some(254));
    assert_eq!(
        stderr(&output),
        format!(
            "\nAn error occurred (ValidationException) when calling the PutEvents operation: 1 validation error detected: Value '{arn}' at 'entries.1.member.eventBusName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:aws[\\w-]*:events:[a-z]+-[a-z]+-[\\w-]+:[0-9]{{12}}:event-bus\\/)?[\\.\\-_A-Za-z0-9]+\n"
        )
    );
}

// Recorded: test_put_events_nonexistent_event_bus (taken, with an EventId, then dropped).
#[test]
fn a_bus_that_may_not_exist_is_taken_with_a_note() {
    let entries = format!(
        "[{}, {}, {}]",
        entry(""),
        entry(r#", "EventBusName": "event-bus-1234""#),
        entry(r#", "EventBusName": "arn:aws:events:us-east-1:123456789012:event-bus/orders""#)
    );
    let output = put_events(&["--entries", &entries]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("\"FailedEntryCount\": 0"));
    assert_eq!(event_ids(&stdout(&output)).len(), 3);
    assert_eq!(
        stderr(&output),
        "rulecraft: note: entry 2: it goes to the bus \"event-bus-1234\": EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId); check the name\n\
         rulecraft: note: entry 3: it goes to the bus \"orders\" of account 123456789012 in us-east-1 (by ARN): EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId); check the ARN\n"
    );
}

// Recorded: test_put_events_time; the event's id is the response's EventId.
#[test]
fn emit_prints_the_delivered_events_with_the_response_on_stderr() {
    let dir = scratch("emit");
    let entries = write(
        &dir,
        "e.json",
        &format!(
            r#"{{"Entries": [{}, {}, {}]}}"#,
            entry(r#", "Time": "2022-01-01""#),
            r#"{"Source": "x"}"#,
            entry(r#", "Time": "01-01-2022T00:00:00Z", "Resources": ["arn:aws:s3:::b"]"#)
        ),
    );
    let output = put_events(&["--entries", &entries, "--emit", "--account", "111111111111", "--region", "eu-west-1"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let response = stderr(&output);
    assert!(response.starts_with("{\n    \"FailedEntryCount\": 1,"), "{response}");
    let ids = event_ids(&response);
    let events: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(events.len(), 2);
    let detail = r#"{"command":"update-account","payload":{"acc_id":"0a787ecb-4015","sf_id":"baz"}}"#;
    assert_eq!(
        events[0],
        format!(
            r#"{{"version":"0","id":"{}","detail-type":"{NAME}","source":"{NAME}","account":"111111111111","time":"2022-01-01T00:00:00Z","region":"eu-west-1","resources":[],"detail":{detail}}}"#,
            ids[0]
        )
    );
    assert_eq!(
        events[1],
        format!(
            r#"{{"version":"0","id":"{}","detail-type":"{NAME}","source":"{NAME}","account":"111111111111","time":"2022-01-01T00:00:00Z","region":"eu-west-1","resources":["arn:aws:s3:::b"],"detail":{detail}}}"#,
            ids[1]
        )
    );
}

#[test]
fn emit_pipes_into_rulecraft_test() {
    let dir = scratch("pipe");
    let entries = write(
        &dir,
        "e.json",
        &format!(
            "[{}, {}]",
            entry(""),
            r#"{"Source": "com.example.orders", "DetailType": "Order Placed", "Detail": "{\"total\": 12}"}"#
        ),
    );
    let pattern = dir.join("p.json");
    std::fs::write(
        &pattern,
        r#"{"source": ["core.update-account-command"], "detail": {"command": ["update-account"]}}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut producer = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(["put-events", "--entries", &entries, "--emit"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"));
    let Some(events) = producer.stdout.take() else { panic!("no stdout") };
    let consumer = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(["test", "--pattern", &pattern.display().to_string(), "-"])
        .stdin(Stdio::from(events))
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft test: {e}"));
    let finished = producer.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(finished.status.code(), Some(0), "{}", stderr(&finished));
    assert_eq!(consumer.status.code(), Some(0), "{}", stderr(&consumer));
    let verdicts = stdout(&consumer);
    assert!(verdicts.contains("1 matched, 1 did not match, 0 unreadable"), "{verdicts}");
}

#[test]
fn entries_the_aws_cli_refuses_before_sending_exit_2() {
    let output = put_events(&["--entries", r#"[{"Source": "a", "Time": "yesterday", "TraceHeader": ""}]"#]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "\nParameter validation failed:\n\
         Invalid type for parameter Entries[0].Time, value: yesterday, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string\n\
         Invalid length for parameter Entries[0].TraceHeader, value: 0, valid min length: 1\n\
         rulecraft: the AWS CLI refuses these entries before sending them; AWS never sees them\n"
    );
    let empty = put_events(&["--entries", "[]"]);
    assert_eq!(empty.status.code(), Some(2));
    assert!(stderr(&empty).contains("Invalid length for parameter Entries, value: 0, valid min length: 1"));
}

#[test]
fn unreadable_entries_exit_2_naming_the_problem() {
    let missing = put_events(&["--entries", "file:///nonexistent/rulecraft/entries.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        stderr(&missing),
        "rulecraft: Error parsing parameter '--entries': Unable to load paramfile file:///nonexistent/rulecraft/entries.json: there is no such file (it may have been moved or deleted)\n"
    );
    let dir = scratch("bad");
    let not_json = write(&dir, "e.json", "Source=a,DetailType=b");
    let output = put_events(&["--entries", &not_json]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("rulecraft: --entries: it is not JSON (expected value at line 1 column 1)"));
    let unknown = put_events(&["--entries", r#"[{"Source": "a", "Detail-Type": "b"}]"#]);
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        stderr(&unknown),
        "rulecraft: --entries: Unknown parameter in Entries[0]: \"Detail-Type\", must be one of: Time, Source, Resources, DetailType, Detail, EventBusName, TraceHeader (did you mean \"DetailType\"?)\n"
    );
    let object = put_events(&["--entries", r#"[{"Source": "a", "DetailType": "b", "Detail": {"id": 1}}]"#]);
    assert_eq!(object.status.code(), Some(2));
    assert!(stderr(&object).contains("Entries[0].Detail is an object, but must be a string"), "{}", stderr(&object));
    assert_eq!(put_events(&["--entries", "[]", "--size-limit", "lots"]).status.code(), Some(2));
}

#[test]
fn the_help_says_how_failures_exit() {
    let output = put_events(&["--help"]);
    let help = stdout(&output);
    assert!(help.contains("exit 0 even when entries fail"), "{help}");
    assert!(help.contains("254"), "{help}");
    assert!(help.contains("--emit"), "{help}");
}
