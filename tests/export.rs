//! Every export format, checked by reading its output back with a real
//! parser for its language, over every valid pattern of the conformance data
//! and patterns built around the traps users hit (YAML's booleans, dates and
//! octal-looking account ids, exponents, unicode, quotes, `${`, dashed and
//! dotted keys, `null`, `$or`).
//!
//! JSON and Terraform are read here (our JSON reader; hcl-rs, which also
//! evaluates `jsonencode(...)`'s argument). The others go to the checkers in
//! `scripts/export-check/` (installed by `scripts/export-check/install.sh`,
//! which `scripts/test.sh` runs): `PyYAML` with YAML 1.1 rules for
//! CloudFormation, SAM and Serverless; the TypeScript compiler with the real
//! aws-cdk-lib (type-checked and synthesized) for CDK TypeScript; Python's
//! parser and the real aws-cdk-lib for CDK Python; real bash for the AWS CLI.
//!
//! A pattern read back must mean the same to EventBridge as the one written
//! ([`same_pattern`]); where a tool rewrites a number EventBridge compares by
//! its text, the export must say so in a warning.

#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use rulecraft::export::{Format, Rule, Value, export, parse_value, same_pattern};
use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Patterns around the traps, besides the conformance data's.
const TRAPS: &[&str] = &[
    r#"{"account": ["123456789012", "012345670123", "012345678901"], "detail": {"flag": ["yes", "on", "no", "Off", "null", "~", "true", "y", "n"], "day": ["2024-01-01", "2024-01-01T10:00:00Z", "12:30:45"], "look": ["1e3", "0x1F", "0o17", "1_000", ".inf", "-.5", "+1", "0"]}}"#,
    r#"{"detail": {"count": [1e3, 1E+2, -0.5, 5000000000, 0, -0, 1.50, 2.5e-3], "big": [1e10, 12345678901234567890, 0.0000001], "range": [{"numeric": [">", 1e3, "<=", 5e9]}]}}"#,
    r#"{"detail": {"이름": ["김민준", "🚀 launch"], "a.b": ["dotted"], "with-dash": ["x"], "$or-like": ["y"], "__proto__": ["p"], "constructor": ["c"], "null": ["k"], "true": ["k"], "1": ["digit key"]}}"#,
    r##"{"detail": {"q": ["it's", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak", "${var}", "%{if}", "$HOME", "`cmd`", "!hist", "a: b", "# not a comment", "- dash", "@at", "*star", "&anchor", "?q", "|pipe", ">gt", "{brace}", "[bracket]", ",comma", "'single'"]}}"##,
    r#"{"detail": {"nothing": [null], "maybe": [null, "x"], "empty": [""], "space": [" ", " lead", "trail "], "ctl": ["\u0001\u007f\u0085\u2028\ufeff"]}}"#,
    r#"{"source": [{"prefix": "aws."}], "detail-type": [{"anything-but": ["A", "B"]}], "detail": {"ip": [{"cidr": "10.0.0.0/24"}], "w": [{"wildcard": "a*b"}], "e": [{"exists": true}], "ne": [{"exists": false}], "ic": [{"equals-ignore-case": "Run"}], "pic": [{"prefix": {"equals-ignore-case": "Ab"}}], "sic": [{"suffix": {"equals-ignore-case": ".PNG"}}], "abp": [{"anything-but": {"prefix": "x"}}], "abs": [{"anything-but": {"suffix": ["a", "b"]}}], "abw": [{"anything-but": {"wildcard": "*z"}}], "abic": [{"anything-but": {"equals-ignore-case": ["X", "Y"]}}], "abn": [{"anything-but": [1, 2]}], "abone": [{"anything-but": "solo"}], "num": [{"numeric": ["=", 5]}], "mixed": ["a", {"prefix": "b"}, 3, true, null]}}"#,
    r#"{"source": ["aws.s3"], "$or": [{"detail": {"bucket": [{"prefix": "logs-"}]}}, {"detail-type": ["Object Created"], "detail": {"size": [{"numeric": [">=", 1024]}]}}]}"#,
    r#"{"region": ["us-east-1"], "resources": ["arn:aws:s3:::b"], "version": ["0"], "id": ["x"], "time": ["t"], "replay-name": ["custom top-level key"]}"#,
    r#"{"detail": {"nested": {"deeper": {"deepest": ["v"]}}}, "source": ["a", "a"]}"#,
];

/// A name with characters each language must quote.
const NAME: &str = "EC2 state: it's \"live\" ${x}";
const DESCRIPTION: &str =
    "Fires on EC2 state changes; Alice’s rule; isn't it nice? \"quoted\" `tick` $HOME ${var} 한국어";

fn conformance_patterns() -> Vec<String> {
    let mut patterns = BTreeSet::new();
    for file in ["aws-recorded.jsonl", "aws-recorded-extra.jsonl"] {
        let path = format!("{}/tests/data/conformance/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}: {e}"));
            let pattern = case["pattern"].as_str().unwrap_or_default().to_owned();
            if rulecraft::Pattern::parse(&pattern).is_ok() {
                patterns.insert(pattern);
            }
        }
    }
    patterns.into_iter().collect()
}

fn all_patterns() -> Vec<String> {
    let mut patterns = conformance_patterns();
    assert!(patterns.len() >= 70, "the conformance data has 76 distinct valid patterns, found {}", patterns.len());
    for trap in TRAPS {
        assert!(rulecraft::Pattern::parse(trap).is_ok(), "trap pattern is valid: {trap}");
        patterns.push((*trap).to_owned());
    }
    patterns
}

/// One export to check.
struct Case {
    id: String,
    pattern: Value,
    format: Format,
    text: String,
    /// The export's warnings: differences they name are accepted.
    warnings: Vec<String>,
}

fn cases(formats: &[Format]) -> Vec<Case> {
    cases_of(&all_patterns(), formats)
}

fn cases_of(patterns: &[String], formats: &[Format]) -> Vec<Case> {
    let mut out = Vec::new();
    for (n, pattern) in patterns.iter().enumerate() {
        let rule = Rule { name: NAME, description: DESCRIPTION, pattern, targets: &[], schedule: None };
        for &format in formats {
            let exported = export(&rule, format).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            out.push(Case {
                id: format!("{n}-{}", format.name()),
                pattern: parse_value(pattern).unwrap_or_else(|e| panic!("{e}")),
                format,
                text: exported.text,
                warnings: exported.warnings.iter().map(ToString::to_string).collect(),
            });
        }
    }
    out
}

/// Notes, as warnings would, the numbers EventBridge compares by their text,
/// which a JSON parser of the checker's language respells.
fn text_compared_numbers(value: &Value, notes: &mut Vec<String>) {
    match value {
        Value::Number(n) if rulecraft::pattern::number::scaled_value(n).is_err() => {
            notes.push(format!("{n}: EventBridge compares this number by its text"));
        }
        Value::Array(items) => items.iter().for_each(|v| text_compared_numbers(v, notes)),
        Value::Object(members) => members.iter().for_each(|(_, v)| text_compared_numbers(v, notes)),
        _ => {}
    }
}

/// Checks one read-back pattern; returns a failure line, if any.
/// A difference is accepted only where the export warned of it: numbers a
/// warning names may come back respelled; a warning about something else
/// (a field CDK cannot carry, nulls Python CDK drops) covers the pattern.
fn judge(case: &Case, recovered: Result<Value, String>) -> Option<String> {
    let warned_numbers: Vec<&str> = case
        .warnings
        .iter()
        .filter_map(|w| w.split_once(": EventBridge compares this number by its text").map(|(n, _)| n))
        .collect();
    let other_warning = case.warnings.len() > warned_numbers.len();
    // Python's, JavaScript's and hcl-rs's number types respell what they read
    // (0.0000001 comes back as 1e-07): those read-backs compare numbers by value.
    let by_value = !matches!(
        case.format,
        Format::Json | Format::JsonCompact | Format::CloudFormationJson | Format::AwsCli | Format::AwsCliPowershell
    );
    match recovered {
        Ok(back) if same_except(&case.pattern, &back, &warned_numbers, by_value) => None,
        _ if other_warning => None,
        Err(e) => Some(format!("{}: cannot read it back: {e}\n{}", case.id, case.text)),
        Ok(back) => Some(format!(
            "{}: read back a different pattern:\n  wrote {:?}\n  read  {back:?}\n{}",
            case.id, case.pattern, case.text
        )),
    }
}

/// [`same_pattern`], except that the numbers written as `respelled` may come
/// back as any number, and with `by_value` numbers compare as doubles.
fn same_except(written: &Value, read: &Value, respelled: &[&str], by_value: bool) -> bool {
    match (written, read) {
        (Value::Number(w), Value::Number(_)) if respelled.contains(&w.as_str()) => true,
        (Value::Number(w), Value::Number(r)) if by_value => {
            same_pattern(written, read) || w.parse::<f64>().ok() == r.parse::<f64>().ok()
        }
        (Value::Array(left), Value::Array(right)) => {
            left.len() == right.len() && left.iter().zip(right).all(|(l, r)| same_except(l, r, respelled, by_value))
        }
        (Value::Object(left), Value::Object(right)) => {
            left.len() == right.len()
                && left.iter().all(|(key, value)| {
                    right
                        .iter()
                        .find(|(k, _)| k == key)
                        .is_some_and(|(_, other)| same_except(value, other, respelled, by_value))
                })
        }
        _ => same_pattern(written, read),
    }
}

fn report(failures: &[String], checked: usize) {
    assert!(checked > 0, "nothing was checked");
    assert!(failures.is_empty(), "{} of {checked} exports failed:\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn json_exports_read_back_as_the_same_pattern() {
    let cases = cases(&[Format::Json, Format::JsonCompact]);
    let failures: Vec<String> = cases.iter().filter_map(|c| judge(c, parse_value(&c.text))).collect();
    report(&failures, cases.len());
}

/// The value of `event_pattern = jsonencode(...)`, evaluated by hcl-rs.
fn terraform_pattern(text: &str) -> Result<Value, String> {
    use hcl::eval::Evaluate as _;
    let body: hcl::Body = hcl::parse(text).map_err(|e| e.to_string())?;
    let block = body.blocks().next().ok_or("no block")?;
    if block.identifier() != "resource"
        || block.labels().first().map(hcl::BlockLabel::as_str) != Some("aws_cloudwatch_event_rule")
    {
        return Err(format!("unexpected block {block:?}"));
    }
    let attribute = block.body().attributes().find(|a| a.key() == "event_pattern").ok_or("no event_pattern")?;
    let hcl::Expression::FuncCall(call) = attribute.expr() else { return Err("event_pattern is not a call".into()) };
    if call.name.to_string() != "jsonencode" || call.args.len() != 1 {
        return Err(format!("expected jsonencode(...), found {}", call.name));
    }
    let context = hcl::eval::Context::new();
    let value = call.args[0].evaluate(&context).map_err(|e| e.to_string())?;
    let json = serde_json::to_string(&value).map_err(|e| e.to_string())?;
    // The rule's name and description must also survive HCL's string rules.
    let name = block.body().attributes().find(|a| a.key() == "name").ok_or("no name")?;
    let name = name.expr().evaluate(&context).map_err(|e| e.to_string())?;
    if name.as_str().is_some_and(|n| n.contains(['{', '$', ' '])) {
        return Err(format!("rule name {name:?} is not an EventBridge rule name"));
    }
    let description = block.body().attributes().find(|a| a.key() == "description").ok_or("no description")?;
    let description = description.expr().evaluate(&context).map_err(|e| e.to_string())?;
    if description.as_str() != Some(DESCRIPTION) {
        return Err(format!("description read back as {description:?}"));
    }
    parse_value(&json)
}

/// `Resources.<the rule>.Properties.EventPattern` of a CloudFormation JSON
/// template, read with our JSON reader so number spellings are kept.
fn cloudformation_json_pattern(text: &str) -> Result<Value, String> {
    let tree = rulecraft::json::parse(text).map_err(|e| e.to_string())?;
    let resources = tree.get("Resources").ok_or("no Resources")?;
    let rulecraft::json::NodeKind::Object(members) = &resources.kind else {
        return Err("Resources is not an object".into());
    };
    let [rule] = members.as_slice() else { return Err("expected one resource".into()) };
    if rule.value.get("Type").and_then(rulecraft::json::Node::as_str) != Some("AWS::Events::Rule") {
        return Err("the resource is not an AWS::Events::Rule".into());
    }
    let pattern = rule.value.get("Properties").and_then(|p| p.get("EventPattern")).ok_or("no EventPattern")?;
    parse_value(pattern.span.slice(text))
}

#[test]
fn cloudformation_json_exports_keep_the_pattern_exactly() {
    let cases = cases(&[Format::CloudFormationJson]);
    let failures: Vec<String> = cases.iter().filter_map(|c| judge(c, cloudformation_json_pattern(&c.text))).collect();
    report(&failures, cases.len());
}

#[test]
fn terraform_exports_read_back_as_the_same_pattern() {
    let cases = cases(&[Format::Terraform]);
    let failures: Vec<String> = cases.iter().filter_map(|c| judge(c, terraform_pattern(&c.text))).collect();
    report(&failures, cases.len());
}

fn checker_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/export-check")
}

/// Runs an external checker over the cases; `program` gets the JSON Lines.
fn run_checker(program: &str, args: &[&str], cases: &[Case]) -> Vec<String> {
    let folder = checker_folder();
    assert!(
        folder.join("node_modules").exists() && folder.join(".venv").exists(),
        "the export checkers are not installed: run scripts/export-check/install.sh (scripts/test.sh does)"
    );
    let mut input = String::new();
    for case in cases {
        let line = serde_json::json!({"id": case.id, "format": case.format.name(), "text": case.text});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let mut child = Command::new(program)
        .args(args)
        .current_dir(&folder)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("the checker runs");
    assert!(output.status.success(), "{program} {args:?} failed: {} (its messages are above)", output.status);
    writer.join().expect("writer thread").expect("input written");
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), cases.len(), "one result per export");
    let mut failures = Vec::new();
    for (case, line) in cases.iter().zip(lines) {
        let result: serde_json::Value = serde_json::from_str(line).expect("a JSON result line");
        assert_eq!(result["id"], case.id.as_str(), "results in order");
        let recovered = if let Some(text) = result["pattern_text"].as_str() {
            // The exact text the tool hands to AWS (the shell formats).
            parse_value(text)
        } else if result["ok"] == true {
            // Keep the checker's number text: re-read its JSON line with our reader.
            let tree = rulecraft::json::parse(line).expect("valid JSON");
            let node = tree.get("pattern").expect("pattern");
            parse_value(node.span.slice(line))
        } else {
            Err(result["error"].as_str().unwrap_or("failed").to_owned())
        };
        failures.extend(judge(case, recovered));
    }
    failures
}

/// The formats `check.py` reads back.
const PYTHON_CHECKED: [Format; 6] = [
    Format::CloudFormationYaml,
    Format::Sam,
    Format::Serverless,
    Format::CdkPython,
    Format::AwsCli,
    Format::AwsCliPowershell,
];

fn run_python_checker(cases: &[Case]) -> Vec<String> {
    // A venv keeps its programs in bin/, or Scripts/ on Windows.
    let python = if cfg!(windows) {
        checker_folder().join(".venv/Scripts/python.exe")
    } else {
        checker_folder().join(".venv/bin/python")
    };
    run_checker(&python.display().to_string(), &["check.py"], cases)
}

#[test]
fn yaml_python_and_shell_exports_read_back_with_real_parsers() {
    let cases = cases(&PYTHON_CHECKED);
    let failures = run_python_checker(&cases);
    report(&failures, cases.len());
}

#[test]
fn typescript_and_cloudformation_json_exports_read_back_with_real_parsers() {
    // CloudFormation JSON here checks the JSON syntax; its numbers are
    // compared by `cloudformation_json_exports_keep_the_pattern_exactly`.
    let mut cases = cases(&[Format::CdkTs, Format::PulumiTs, Format::CloudFormationJson]);
    for case in cases.iter_mut().filter(|c| c.format == Format::CloudFormationJson) {
        text_compared_numbers(&case.pattern, &mut case.warnings);
    }
    let failures = run_checker("node", &["check.mjs"], &cases);
    report(&failures, cases.len());
}

#[expect(dead_code, reason = "the matching properties use the rest of the generator")]
mod generate;

/// Strings chosen to trip each language's quoting, for generated patterns.
const TRAP_STRINGS: &[&str] = &[
    "x",
    "",
    "yes",
    "No",
    "on",
    "null",
    "~",
    "012345670123",
    "2024-01-01",
    "1e3",
    "0x1F",
    "it's",
    "say \"hi\"",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    "${var}",
    "%{if}",
    "$HOME",
    "`cmd`",
    "a: b",
    "# hash",
    "- dash",
    "한국어",
    "🚀",
    "\u{2028}",
    "10.0.0.7",
    "run*",
];

/// Patterns generated with every operator, nesting, `$or` and trap strings
/// (the same generator as the matching properties), deterministic.
fn generated_patterns(count: usize) -> Vec<String> {
    use proptest::strategy::{Strategy as _, ValueTree as _};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = generate::pattern_text_with(TRAP_STRINGS);
    let patterns: Vec<String> = (0..count)
        .filter_map(|_| strategy.new_tree(&mut runner).ok().map(|tree| tree.current()))
        .filter(|p| rulecraft::Pattern::parse(p).is_ok())
        .collect();
    assert!(patterns.len() >= count * 9 / 10, "most generated patterns are valid: {}", patterns.len());
    patterns
}

#[test]
fn generated_patterns_read_back_in_every_format() {
    let patterns = generated_patterns(200);
    let mut failures = Vec::new();
    let rust_side =
        cases_of(&patterns, &[Format::Json, Format::JsonCompact, Format::Terraform, Format::CloudFormationJson]);
    for case in &rust_side {
        let back = match case.format {
            Format::Terraform => terraform_pattern(&case.text),
            Format::CloudFormationJson => cloudformation_json_pattern(&case.text),
            _ => parse_value(&case.text),
        };
        failures.extend(judge(case, back));
    }
    let python_cases = cases_of(&patterns, &PYTHON_CHECKED);
    failures.extend(run_python_checker(&python_cases));
    let node_cases = cases_of(&patterns, &[Format::CdkTs, Format::PulumiTs]);
    failures.extend(run_checker("node", &["check.mjs"], &node_cases));
    report(&failures, rust_side.len() + python_cases.len() + node_cases.len());
}

// ---------------------------------------------------------------- targets

use rulecraft::target::{InputTransformer, RuleContext, Target, TargetInput, TargetKind};

/// Rules with targets: every kind, every input, transformers with JSON and
/// text templates, quotes, reserved variables, keys with dashes, and a
/// template each language must escape (quotes, backslashes, `${...}`,
/// newlines, Korean). (pattern, targets as a rule file holds them).
const TARGET_RULES: &[(&str, &str)] = &[
    (
        r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#,
        r#"[
          {"Id": "notify", "Kind": "lambda-function", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:notify",
           "InputTransformer": {"InputPathsMap": {"instance-id": "$.detail.instance-id", "state": "$.detail.state", "region": "$.region"},
             "InputTemplate": "{\"instance\": <instance-id>, \"where\": {\"region\": <region>, \"list\": [<state>, 2.5, true]}, \"msg\": \"Instance <instance-id> is <state> — 상태\"}"}},
          {"Id": "alerts", "Kind": "sns-topic", "Arn": "arn:aws:sns:us-east-1:123456789012:alerts",
           "InputTransformer": {"InputPathsMap": {"state": "$.detail.state"},
             "InputTemplate": "It's \"<state>\" in <aws.events.rule-name>: ${x} %{y} `z` $HOME \\ back\nline 2 한국어 'single'"}},
          {"Id": "queue.v2", "Kind": "sqs-queue", "Arn": "arn:aws:sqs:us-east-1:123456789012:events-queue",
           "Input": "{\"a\": 1.50, \"k\": \"한국어 \\\"q\\\" \\\\ ${x}\", \"n\": null}"},
          {"Id": "Target3", "Kind": "state-machine", "Arn": "arn:aws:states:us-east-1:123456789012:stateMachine:handle-event",
           "InputPath": "$.detail"},
          {"Id": "logs", "Kind": "log-group", "Arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/my-rule"}
        ]"#,
    ),
    (
        r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}"#,
        r#"[
          {"Id": "central", "Kind": "event-bus", "Arn": "arn:aws:events:us-east-1:123456789012:event-bus/central-bus"},
          {"Id": "stream", "Kind": "kinesis-stream", "Arn": "arn:aws:kinesis:us-east-1:123456789012:stream/event-stream",
           "InputTransformer": {"InputPathsMap": {"detail-state": "$.detail.state"},
             "InputTemplate": "{\"rule\": \"<aws.events.rule-name>\", \"state\": <detail-state>, \"at\": \"<aws.events.event.ingestion-time>\"}"}},
          {"Id": "slack", "Kind": "api-destination", "Arn": "arn:aws:events:us-east-1:123456789012:api-destination/slack/7b3a4e2c-1f7d-4c65-9c5e-0d6a2f1b8e90",
           "Input": "{\"text\": \"EC2 changed\"}"},
          {"Id": "audit", "Kind": "lambda-function", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:audit",
           "InputPath": "$.detail"},
          {"Id": "quoted", "Kind": "sns-topic", "Arn": "arn:aws:sns:us-east-1:123456789012:alerts",
           "InputTransformer": {"InputPathsMap": {"id": "$.id"}, "InputTemplate": "{\"id\": \"<id>\", \"s\": \"\\\\ \\\" ${v} \\n 한\"}"}}
        ]"#,
    ),
    (
        r#"{"$or": [{"source": ["aws.ec2"]}, {"detail-type": ["Scheduled Event"]}]}"#,
        r#"[
          {"Id": "Target0", "Kind": "sqs-queue", "Arn": "arn:aws:sqs:us-east-1:123456789012:events-queue",
           "InputTransformer": {"InputPathsMap": {"the-source": "$.source", "res-0": "$.resources[0]"},
             "InputTemplate": "{\"source\": <the-source>, \"first\": <res-0>}"}},
          {"Id": "logs", "Kind": "log-group", "Arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/my-rule",
           "InputTransformer": {"InputPathsMap": {"t": "$.time", "m": "$.detail-type"}, "InputTemplate": "{\"timestamp\": <t>, \"message\": <m>}"}},
          {"Id": "whole", "Kind": "lambda-function", "Arn": "arn:aws:lambda:us-east-1:123456789012:function:notify",
           "InputTransformer": {"InputTemplate": "<aws.events.event.json>"}}
        ]"#,
    ),
];

fn target_rules() -> Vec<(String, Vec<Target>)> {
    TARGET_RULES
        .iter()
        .map(|(pattern, targets)| {
            let targets: Vec<Target> = serde_json::from_str(targets).unwrap_or_else(|e| panic!("{e}: {targets}"));
            ((*pattern).to_owned(), targets)
        })
        .collect()
}

/// What came back of one export's targets.
#[derive(Debug, Default)]
struct Recovered {
    /// (target, its `RoleArn`'s description if any).
    targets: Vec<(Target, Option<String>)>,
    /// (function name, action, principal, whether the source ARN is the rule's).
    permissions: Vec<(String, String, String, bool)>,
}

/// Reads the checkers' `targets` and `permissions` (the shape of
/// `put-targets`: `Id`, `Arn`, `RoleArn`, `Input`, `InputPath`, `InputTransformer`).
fn recovered_from_json(result: &serde_json::Value, originals: &[Target]) -> Result<Recovered, String> {
    let mut recovered = Recovered::default();
    let targets = result["targets"].as_array().ok_or("no targets came back")?;
    for (i, target) in targets.iter().enumerate() {
        let text = |key: &str| target[key].as_str().map(str::to_owned);
        let input = match (text("Input"), text("InputPath"), target.get("InputTransformer")) {
            (None, None, None) => TargetInput::MatchedEvent,
            (Some(input), None, None) => TargetInput::Constant(input),
            (None, Some(path), None) => TargetInput::Part(path),
            (None, None, Some(transformer)) => {
                let paths = transformer["InputPathsMap"]
                    .as_object()
                    .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())).collect())
                    .unwrap_or_default();
                let template = transformer["InputTemplate"].as_str().ok_or("InputTemplate")?.to_owned();
                TargetInput::Transformer(InputTransformer { paths, template })
            }
            _ => return Err(format!("target {i} has more than one input")),
        };
        let kind = originals.get(i).map_or(TargetKind::default(), |t| t.kind);
        let target = Target { id: text("Id").unwrap_or_default(), kind, arn: text("Arn").unwrap_or_default(), input };
        recovered.targets.push((target, text("RoleArn")));
    }
    for permission in result["permissions"].as_array().ok_or("no permissions came back")? {
        let text = |key: &str| permission[key].as_str().unwrap_or_default().to_owned();
        recovered.permissions.push((
            text("FunctionName"),
            text("Action"),
            text("Principal"),
            permission["SourceArnIsRule"] == true,
        ));
    }
    Ok(recovered)
}

/// The targets of a Terraform export, read with hcl-rs.
fn terraform_targets(text: &str, originals: &[Target]) -> Result<Recovered, String> {
    use hcl::eval::Evaluate as _;
    let body: hcl::Body = hcl::parse(text).map_err(|e| e.to_string())?;
    let context = hcl::eval::Context::new();
    let rule_block = body
        .blocks()
        .find(|b| b.labels().first().map(hcl::BlockLabel::as_str) == Some("aws_cloudwatch_event_rule"))
        .ok_or("no rule")?;
    let rule_name = rule_block.labels().get(1).map(hcl::BlockLabel::as_str).ok_or("no rule name")?;
    let variables: Vec<&str> = body
        .blocks()
        .filter(|b| b.identifier() == "variable")
        .filter_map(|b| b.labels().first().map(hcl::BlockLabel::as_str))
        .collect();
    let string = |body: &hcl::Body, key: &str| -> Result<Option<String>, String> {
        match body.attributes().find(|a| a.key() == key) {
            None => Ok(None),
            Some(a) => {
                let value = a.expr().evaluate(&context).map_err(|e| format!("{key}: {e}"))?;
                value.as_str().map(|s| Some(s.to_owned())).ok_or_else(|| format!("{key} is not a string"))
            }
        }
    };
    let expression =
        |body: &hcl::Body, key: &str| body.attributes().find(|a| a.key() == key).map(|a| a.expr().to_string());
    let mut recovered = Recovered::default();
    for block in body.blocks().filter(|b| b.identifier() == "resource") {
        let kind = block.labels().first().map(hcl::BlockLabel::as_str);
        let body = block.body();
        if kind == Some("aws_cloudwatch_event_target") {
            if expression(body, "rule") != Some(format!("aws_cloudwatch_event_rule.{rule_name}.name")) {
                return Err("a target's rule is not the rule's name".into());
            }
            let input = match (
                string(body, "input")?,
                string(body, "input_path")?,
                body.blocks().find(|b| b.identifier() == "input_transformer"),
            ) {
                (None, None, None) => TargetInput::MatchedEvent,
                (Some(input), None, None) => TargetInput::Constant(input),
                (None, Some(path), None) => TargetInput::Part(path),
                (None, None, Some(block)) => {
                    let mut paths = Vec::new();
                    if let Some(attribute) = block.body().attributes().find(|a| a.key() == "input_paths") {
                        let value = attribute.expr().evaluate(&context).map_err(|e| e.to_string())?;
                        for (key, path) in value.as_object().ok_or("input_paths is not a map")? {
                            paths.push((key.clone(), path.as_str().ok_or("a path is not a string")?.to_owned()));
                        }
                    }
                    let template = string(block.body(), "input_template")?.ok_or("no input_template")?;
                    TargetInput::Transformer(InputTransformer { paths, template })
                }
                _ => return Err("a target has more than one input".into()),
            };
            let i = recovered.targets.len();
            let target = Target {
                id: string(body, "target_id")?.unwrap_or_default(),
                kind: originals.get(i).map_or(TargetKind::default(), |t| t.kind),
                arn: string(body, "arn")?.unwrap_or_default(),
                input,
            };
            let role = expression(body, "role_arn");
            if let Some(role) = &role
                && !variables.iter().any(|v| *role == format!("var.{v}"))
            {
                return Err(format!("role_arn {role} is not a declared variable"));
            }
            recovered.targets.push((target, role));
        } else if kind == Some("aws_lambda_permission") {
            recovered.permissions.push((
                string(body, "function_name")?.unwrap_or_default(),
                string(body, "action")?.unwrap_or_default(),
                string(body, "principal")?.unwrap_or_default(),
                expression(body, "source_arn") == Some(format!("aws_cloudwatch_event_rule.{rule_name}.arn")),
            ));
        }
    }
    Ok(recovered)
}

/// A few bundled events for comparing what targets receive.
fn delivery_events() -> Vec<&'static str> {
    let samples = rulecraft::samples::all();
    let mut events: Vec<&str> = samples.iter().filter(|s| s.source == "aws.ec2").take(3).map(|s| s.text).collect();
    events.extend(samples.iter().step_by(samples.len() / 4 + 1).map(|s| s.text));
    events
}

/// Whether two targets' inputs deliver the same to the target on every
/// event of `events` (parsed JSON compared when both are JSON).
fn same_delivery(wrote: &Target, back: &Target, events: &[&str]) -> Result<(), String> {
    let context = RuleContext { rule_name: "EC2-watcher", ingestion_time: "2024-05-01T10:00:00Z" };
    for event in events {
        let (one, two) = (wrote.deliver(event, &context), back.deliver(event, &context));
        let same = match (
            serde_json::from_str::<serde_json::Value>(&one.text),
            serde_json::from_str::<serde_json::Value>(&two.text),
        ) {
            (Ok(a), Ok(b)) => a == b,
            _ => one.text == two.text,
        };
        if !same || one.dropped.is_some() != two.dropped.is_some() {
            return Err(format!("delivers {:?}, came back delivering {:?}", one.text, two.text));
        }
    }
    Ok(())
}

/// Compares the targets that came back with those written; `None` when they
/// are the same. CDK writes some inputs its own way (its keys and layout):
/// those must deliver the same.
fn judge_targets(format: Format, wrote: &[Target], back: &Recovered, events: &[&str]) -> Option<String> {
    let cdk = matches!(format, Format::CdkTs | Format::CdkPython);
    let mut problems = Vec::new();
    if back.targets.len() != wrote.len() {
        problems.push(format!("{} targets came back of {}", back.targets.len(), wrote.len()));
    }
    for (original, (target, role)) in wrote.iter().zip(&back.targets) {
        if (target.id.as_str(), target.arn.as_str()) != (original.id.as_str(), original.arn.as_str()) {
            problems.push(format!("{} {}: came back as {} {}", original.id, original.arn, target.id, target.arn));
        }
        let needs_role = matches!(
            original.kind,
            TargetKind::StateMachine | TargetKind::KinesisStream | TargetKind::EventBus | TargetKind::ApiDestination
        );
        if role.is_some() != needs_role {
            problems.push(format!("{}: RoleArn {role:?}", original.id));
        }
        // A paths map is a map: its order is not kept by every reader.
        let sorted = |input: &TargetInput| match input {
            TargetInput::Transformer(t) => {
                let mut t = t.clone();
                t.paths.sort();
                TargetInput::Transformer(t)
            }
            other => other.clone(),
        };
        if sorted(&target.input) != sorted(&original.input) {
            let delivered = if cdk { same_delivery(original, target, events) } else { Err("exact expected".into()) };
            if let Err(e) = delivered {
                problems
                    .push(format!("{}: input {:?} came back as {:?} ({e})", original.id, original.input, target.input));
            }
        }
    }
    let lambdas: Vec<&Target> = wrote.iter().filter(|t| t.kind == TargetKind::LambdaFunction).collect();
    let permitted = lambdas.iter().all(|t| back.permissions.iter().filter(|p| p.0 == t.arn).count() == 1)
        && back.permissions.len() == lambdas.len()
        && back.permissions.iter().all(|(_, action, principal, source)| {
            action == "lambda:InvokeFunction" && principal == "events.amazonaws.com" && *source
        });
    if !permitted {
        problems.push(format!("Lambda permissions: {:?}", back.permissions));
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

#[test]
fn every_format_carries_the_targets_and_their_inputs() {
    let rules = target_rules();
    let events = delivery_events();
    let formats: Vec<Format> =
        Format::ALL.into_iter().filter(|f| !matches!(f, Format::Json | Format::JsonCompact)).collect();
    let mut cases = Vec::new();
    let mut wrote = Vec::new();
    for (n, (pattern, targets)) in rules.iter().enumerate() {
        let rule = Rule { name: "EC2 watcher", description: DESCRIPTION, pattern, targets, schedule: None };
        for &format in &formats {
            let exported = export(&rule, format).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            // Every topic and queue is named in a warning about its policy.
            for target in targets.iter().filter(|t| matches!(t.kind, TargetKind::SnsTopic | TargetKind::SqsQueue)) {
                let policy = format!("Target {}: the", target.id);
                assert!(
                    exported.warnings.iter().any(|w| w.to_string().starts_with(&policy)),
                    "{}: no policy warning for {}",
                    format.name(),
                    target.id
                );
            }
            cases.push(Case {
                id: format!("targets-{n}-{}", format.name()),
                pattern: parse_value(pattern).unwrap_or_else(|e| panic!("{e}")),
                format,
                text: exported.text,
                warnings: exported.warnings.iter().map(ToString::to_string).collect(),
            });
            wrote.push(targets.clone());
        }
    }
    let mut results: Vec<Option<serde_json::Value>> = vec![None; cases.len()];
    let python: Vec<usize> = (0..cases.len()).filter(|&i| PYTHON_CHECKED.contains(&cases[i].format)).collect();
    let node: Vec<usize> = (0..cases.len())
        .filter(|&i| matches!(cases[i].format, Format::CdkTs | Format::PulumiTs | Format::CloudFormationJson))
        .collect();
    for (indices, program, args) in [
        (&python, checker_folder().join(".venv/bin/python").display().to_string(), vec!["check.py"]),
        (&node, "node".to_owned(), vec!["check.mjs"]),
    ] {
        let subset: Vec<Case> = indices
            .iter()
            .map(|&i| Case {
                id: cases[i].id.clone(),
                pattern: cases[i].pattern.clone(),
                format: cases[i].format,
                text: cases[i].text.clone(),
                warnings: cases[i].warnings.clone(),
            })
            .collect();
        for (&i, line) in indices.iter().zip(checker_lines(&program, &args, &subset)) {
            results[i] = Some(line);
        }
    }
    let mut failures = Vec::new();
    let mut checked = 0;
    for (i, case) in cases.iter().enumerate() {
        let recovered = if case.format == Format::Terraform {
            terraform_targets(&case.text, &wrote[i])
        } else {
            let result = results[i].as_ref().expect("a checker answered");
            if result["ok"] != true {
                failures.push(format!("{}: {}\n{}", case.id, result["error"], case.text));
                continue;
            }
            recovered_from_json(result, &wrote[i])
        };
        checked += wrote[i].len();
        match recovered {
            Ok(back) => {
                if let Some(problem) = judge_targets(case.format, &wrote[i], &back, &events) {
                    failures.push(format!("{}: {problem}\n{}", case.id, case.text));
                }
            }
            Err(e) => failures.push(format!("{}: cannot read the targets back: {e}\n{}", case.id, case.text)),
        }
    }
    // 13 targets in 3 rules, in each of the 10 formats that write targets.
    assert_eq!(checked, 130, "targets checked");
    report(&failures, checked);
}

/// Runs a checker and returns its result lines, parsed.
fn checker_lines(program: &str, args: &[&str], cases: &[Case]) -> Vec<serde_json::Value> {
    let mut input = String::new();
    for case in cases {
        let line = serde_json::json!({"id": case.id, "format": case.format.name(), "text": case.text});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let mut child = Command::new(program)
        .args(args)
        .current_dir(checker_folder())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("the checker runs");
    assert!(output.status.success(), "{program} {args:?} failed: {}", output.status);
    writer.join().expect("writer thread").expect("input written");
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).expect("a JSON result line")).collect();
    assert_eq!(lines.len(), cases.len(), "one result per export");
    lines
}

#[test]
fn exports_without_targets_are_as_before() {
    // A rule's exports with no targets are those of the pattern alone: the
    // targets' writers add nothing (the round trips above hold them to it).
    for format in Format::ALL {
        let rule = Rule { name: NAME, description: DESCRIPTION, pattern: TRAPS[6], targets: &[], schedule: None };
        let exported = export(&rule, format).expect("exports");
        assert!(!exported.text.contains("Targets") && !exported.text.contains("put-targets"), "{}", format.name());
        assert!(exported.warnings.is_empty(), "{}", format.name());
    }
}

// ---------------------------------------------------------------- schedules

use rulecraft::document::RuleSchedule;
use rulecraft::schedule::Dialect;

/// A schedule as it should come back: Scheduler's schedules as
/// (expression, zone, flexible window, target ARN, constant input).
#[derive(Debug, Clone, PartialEq, Eq)]
struct ScheduleBack {
    expression: String,
    timezone: String,
    /// Scheduler's start and end dates (empty: none).
    dates: (String, String),
    window: Option<u32>,
    arn: String,
    input: Option<String>,
}

/// What came back of an export's schedule: the pattern (none for a rule
/// with only a schedule), the rule's `ScheduleExpression`, Scheduler's
/// schedules (each with its name and role's description).
#[derive(Debug, Default)]
struct TimedBack {
    pattern: Option<Value>,
    rule_schedule: Option<String>,
    schedules: Vec<(ScheduleBack, String, String)>,
}

/// A rule with a schedule: (pattern, targets (an index in `TARGET_RULES`),
/// expression, kind, zone, flexible window).
type ScheduleRule = (&'static str, Option<usize>, &'static str, Dialect, &'static str, Option<u32>);

/// Rules with schedules.
const SCHEDULE_RULES: &[ScheduleRule] = &[
    // A rule with only a schedule: a rate, then cron with AWS's special characters.
    ("", None, "rate(5 minutes)", Dialect::Rule, "", None),
    ("{}", None, "cron(15 10 ? * 6L 2002-2005)", Dialect::Rule, "", None),
    ("  ", Some(1), "rate(1 hour)", Dialect::Rule, "", None),
    // A pattern and a schedule, with and without targets.
    (
        r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#,
        None,
        "cron(0/5 9-17 ? * MON-FRI *)",
        Dialect::Rule,
        "",
        None,
    ),
    (
        r#"{"$or": [{"source": ["aws.ec2"]}, {"detail-type": ["Scheduled Event"]}]}"#,
        Some(0),
        "cron(0/5 9-17 ? * MON-FRI *)",
        Dialect::Rule,
        "",
        None,
    ),
    // Scheduler: a zone and a flexible window, one schedule per target.
    ("", Some(1), "cron(0/5 9-17 ? * MON-FRI *)", Dialect::Scheduler, "America/New_York", Some(15)),
    // Scheduler's one-off at(), no target: one schedule with placeholders.
    ("{}", None, "at(2026-12-31T23:59:00)", Dialect::Scheduler, "Asia/Seoul", None),
    // Scheduler beside a pattern: the pattern stays an events rule.
    (r#"{"source": ["aws.ec2"]}"#, Some(2), "cron(15 10 ? * 6L 2002-2005)", Dialect::Scheduler, "", Some(1440)),
];

/// The schedules that should come back of a Scheduler rule: one per
/// target, each with its ARN and a constant input (Scheduler's only kind).
fn expected_schedules(schedule: &RuleSchedule, targets: &[Target]) -> Vec<ScheduleBack> {
    let one = |arn: &str, input: Option<String>| ScheduleBack {
        expression: schedule.expression.clone(),
        timezone: schedule.timezone.clone(),
        dates: (schedule.start_date.clone(), schedule.end_date.clone()),
        window: schedule.flexible_window_minutes,
        arn: arn.to_owned(),
        input,
    };
    if schedule.kind == Dialect::Rule {
        return Vec::new();
    }
    if targets.is_empty() {
        return vec![one("REPLACE-WITH-TARGET-ARN", None)];
    }
    targets
        .iter()
        .map(|t| one(&t.arn, if let TargetInput::Constant(text) = &t.input { Some(text.clone()) } else { None }))
        .collect()
}

/// The schedule fields of a checker's answer.
fn timed_from_json(result: &serde_json::Value, line: &str) -> Result<TimedBack, String> {
    let pattern = if result["pattern"].is_null() {
        None
    } else {
        let tree = rulecraft::json::parse(line).map_err(|e| e.to_string())?;
        Some(parse_value(tree.get("pattern").ok_or("no pattern")?.span.slice(line))?)
    };
    let rule_schedule = result["schedule"].as_str().map(str::to_owned);
    let mut schedules = Vec::new();
    for s in result["schedules"].as_array().into_iter().flatten() {
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
        let window = &s["FlexibleTimeWindow"];
        schedules.push((
            ScheduleBack {
                expression: text(&s["ScheduleExpression"]),
                timezone: text(&s["ScheduleExpressionTimezone"]),
                dates: (text(&s["StartDate"]), text(&s["EndDate"])),
                window: window["MaximumWindowInMinutes"].as_u64().and_then(|n| u32::try_from(n).ok()),
                arn: text(&s["Target"]["Arn"]),
                input: s["Target"]["Input"].as_str().map(str::to_owned),
            },
            text(&s["Name"]),
            text(&s["Target"]["RoleArn"]),
        ));
        if (window["Mode"] == "FLEXIBLE") != window.get("MaximumWindowInMinutes").is_some() {
            return Err(format!("FlexibleTimeWindow {window}"));
        }
    }
    Ok(TimedBack { pattern, rule_schedule, schedules })
}

/// The schedule of a Terraform export, read with hcl-rs.
fn terraform_timed(text: &str) -> Result<TimedBack, String> {
    use hcl::eval::Evaluate as _;
    let body: hcl::Body = hcl::parse(text).map_err(|e| e.to_string())?;
    let context = hcl::eval::Context::new();
    let string = |body: &hcl::Body, key: &str| -> Result<Option<String>, String> {
        match body.attributes().find(|a| a.key() == key) {
            None => Ok(None),
            Some(a) => {
                let value = a.expr().evaluate(&context).map_err(|e| format!("{key}: {e}"))?;
                value.as_str().map(|s| Some(s.to_owned())).ok_or_else(|| format!("{key} is not a string"))
            }
        }
    };
    let mut back = TimedBack::default();
    let variables: Vec<String> = body
        .blocks()
        .filter(|b| b.identifier() == "variable")
        .filter_map(|b| b.labels().first().map(|l| format!("var.{}", l.as_str())))
        .collect();
    for block in body.blocks().filter(|b| b.identifier() == "resource") {
        let kind = block.labels().first().map(hcl::BlockLabel::as_str);
        let body = block.body();
        if kind == Some("aws_cloudwatch_event_rule") {
            back.rule_schedule = string(body, "schedule_expression")?;
            if text.contains("event_pattern") {
                back.pattern = Some(terraform_pattern(text)?);
            }
        } else if kind == Some("aws_scheduler_schedule") {
            let window = body.blocks().find(|b| b.identifier() == "flexible_time_window").ok_or("no window")?;
            let mode = string(window.body(), "mode")?;
            let minutes = match window.body().attributes().find(|a| a.key() == "maximum_window_in_minutes") {
                Some(a) => Some(a.expr().to_string().parse::<u32>().map_err(|e| e.to_string())?),
                None => None,
            };
            if (mode.as_deref() == Some("FLEXIBLE")) != minutes.is_some() {
                return Err(format!("flexible_time_window {mode:?} {minutes:?}"));
            }
            let target = body.blocks().find(|b| b.identifier() == "target").ok_or("no target")?;
            let role = target.body().attributes().find(|a| a.key() == "role_arn").map(|a| a.expr().to_string());
            let role = role.filter(|r| variables.contains(r)).ok_or("role_arn is not a declared variable")?;
            back.schedules.push((
                ScheduleBack {
                    expression: string(body, "schedule_expression")?.unwrap_or_default(),
                    timezone: string(body, "schedule_expression_timezone")?.unwrap_or_default(),
                    dates: (
                        string(body, "start_date")?.unwrap_or_default(),
                        string(body, "end_date")?.unwrap_or_default(),
                    ),
                    window: minutes,
                    arn: string(target.body(), "arn")?.unwrap_or_default(),
                    input: string(target.body(), "input")?,
                },
                string(body, "name")?.unwrap_or_default(),
                role,
            ));
        }
    }
    Ok(back)
}

/// Compares what came back with what was written.
fn judge_timed(wrote: (&Option<Value>, Option<&str>, &[ScheduleBack]), back: &TimedBack) -> Option<String> {
    let mut problems = Vec::new();
    let (pattern, rule_schedule, schedules) = wrote;
    let same = match (pattern, &back.pattern) {
        (None, None) => true,
        (Some(w), Some(b)) => same_except(w, b, &[], true),
        _ => false,
    };
    if !same {
        problems.push(format!("pattern {pattern:?} came back as {:?}", back.pattern));
    }
    if rule_schedule != back.rule_schedule.as_deref() {
        problems.push(format!("ScheduleExpression {rule_schedule:?} came back as {:?}", back.rule_schedule));
    }
    let came: Vec<&ScheduleBack> = back.schedules.iter().map(|(s, _, _)| s).collect();
    if came != schedules.iter().collect::<Vec<_>>() {
        problems.push(format!("schedules {schedules:?} came back as {came:?}"));
    }
    let mut names = BTreeSet::new();
    for (_, name, role) in &back.schedules {
        let valid = !name.is_empty()
            && name.len() <= 64
            && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !valid || !names.insert(name.clone()) {
            problems.push(format!("schedule name {name:?} is not a valid, unique Scheduler name"));
        }
        if !(role.starts_with("parameter:")
            || role.starts_with("var.")
            || role.starts_with("REPLACE-WITH-SCHEDULER-ROLE-ARN"))
        {
            problems.push(format!("RoleArn {role:?} is not a parameter, variable or placeholder"));
        }
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

#[test]
fn every_format_carries_the_schedule() {
    let target_sets = target_rules();
    let formats: Vec<Format> =
        Format::ALL.into_iter().filter(|f| !matches!(f, Format::Json | Format::JsonCompact)).collect();
    let mut cases = Vec::new();
    let mut wrote = Vec::new();
    for (n, &(pattern, targets, expression, kind, timezone, window)) in SCHEDULE_RULES.iter().enumerate() {
        let targets: &[Target] = targets.map_or(&[], |i| &target_sets[i].1);
        let schedule = RuleSchedule {
            expression: expression.to_owned(),
            kind,
            timezone: timezone.to_owned(),
            flexible_window_minutes: window,
            // The zoned Scheduler rule also has a start and an end date.
            start_date: if timezone.is_empty() { String::new() } else { "2026-12-01T00:00:00Z".to_owned() },
            end_date: if timezone.is_empty() { String::new() } else { "2027-12-31T23:59:59Z".to_owned() },
        };
        let rule = Rule { name: NAME, description: DESCRIPTION, pattern, targets, schedule: Some(&schedule) };
        let written_pattern = parse_value(pattern).ok().filter(|p| *p != Value::Object(Vec::new()));
        for &format in &formats {
            let exported = export(&rule, format).unwrap_or_else(|e| panic!("{pattern} {expression}: {e}"));
            let warnings: Vec<String> = exported.warnings.iter().map(ToString::to_string).collect();
            if kind == Dialect::Scheduler {
                // Every schedule's role is named; inputs Scheduler cannot carry too.
                for target in targets {
                    let needs_role = format!("Schedule for target {}: EventBridge Scheduler runs it", target.id);
                    assert!(warnings.iter().any(|w| w.starts_with(&needs_role)), "{}: {needs_role}", format.name());
                    let dropped = matches!(target.input, TargetInput::Part(_) | TargetInput::Transformer(_));
                    let input =
                        format!("Schedule for target {}: EventBridge Scheduler has no input transformer", target.id);
                    assert_eq!(warnings.iter().any(|w| w.starts_with(&input)), dropped, "{}: {input}", format.name());
                }
                assert_eq!(
                    exported.warnings.contains(&rulecraft::export::ExportWarning::SchedulerNeedsTarget),
                    targets.is_empty()
                );
            }
            cases.push(Case {
                id: format!("schedule-{n}-{}", format.name()),
                pattern: written_pattern.clone().unwrap_or(Value::Null),
                format,
                text: exported.text,
                warnings,
            });
            let rule_schedule = (kind == Dialect::Rule).then(|| expression.to_owned());
            wrote.push((written_pattern.clone(), rule_schedule, expected_schedules(&schedule, targets)));
        }
    }
    let mut lines: Vec<Option<(serde_json::Value, String)>> = vec![None; cases.len()];
    let python: Vec<usize> = (0..cases.len()).filter(|&i| PYTHON_CHECKED.contains(&cases[i].format)).collect();
    let node: Vec<usize> = (0..cases.len())
        .filter(|&i| matches!(cases[i].format, Format::CdkTs | Format::PulumiTs | Format::CloudFormationJson))
        .collect();
    for (indices, program, args) in [
        (&python, checker_folder().join(".venv/bin/python").display().to_string(), vec!["check.py"]),
        (&node, "node".to_owned(), vec!["check.mjs"]),
    ] {
        let subset: Vec<Case> = indices
            .iter()
            .map(|&i| Case {
                id: cases[i].id.clone(),
                pattern: cases[i].pattern.clone(),
                format: cases[i].format,
                text: cases[i].text.clone(),
                warnings: Vec::new(),
            })
            .collect();
        for (&i, line) in indices.iter().zip(checker_lines(&program, &args, &subset)) {
            let text = line.to_string();
            lines[i] = Some((line, text));
        }
    }
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let back = if case.format == Format::Terraform {
            terraform_timed(&case.text)
        } else {
            let (result, text) = lines[i].as_ref().expect("a checker answered");
            if result["ok"] != true {
                failures.push(format!("{}: {}\n{}", case.id, result["error"], case.text));
                continue;
            }
            timed_from_json(result, text)
        };
        let (pattern, rule_schedule, schedules) = &wrote[i];
        match back {
            Ok(back) => {
                if let Some(problem) = judge_timed((pattern, rule_schedule.as_deref(), schedules), &back) {
                    failures.push(format!("{}: {problem}\n{}", case.id, case.text));
                }
            }
            Err(e) => failures.push(format!("{}: cannot read the schedule back: {e}\n{}", case.id, case.text)),
        }
    }
    // 8 rules in each of the 10 formats that write schedules.
    assert_eq!(cases.len(), 80);
    report(&failures, cases.len());
}

#[test]
fn an_invalid_schedule_stops_the_export_with_aws_message() {
    let schedule = RuleSchedule { expression: "rate(5 minute)".to_owned(), ..RuleSchedule::default() };
    let rule = Rule { name: NAME, description: "", pattern: "", targets: &[], schedule: Some(&schedule) };
    for format in Format::ALL {
        let error = export(&rule, format).expect_err("an invalid schedule does not export");
        assert_eq!(error.part, rulecraft::export::RulePart::Schedule);
        assert_eq!((error.line, error.column), (1, 8));
        assert!(error.message.starts_with("Parameter ScheduleExpression is not valid."), "{}", error.message);
    }
    // at() is Scheduler's: a rule refuses it.
    let at = RuleSchedule { expression: "at(2026-12-31T23:59:00)".to_owned(), ..RuleSchedule::default() };
    assert!(export(&Rule { schedule: Some(&at), ..rule }, Format::Terraform).is_err());
    // Without a schedule, an empty pattern is still an invalid pattern.
    let error = export(&Rule { schedule: None, ..rule }, Format::Terraform).expect_err("no pattern");
    assert_eq!(error.part, rulecraft::export::RulePart::Pattern);
}
