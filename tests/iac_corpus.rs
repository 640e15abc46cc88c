//! Reads every file of the infrastructure-code corpus (real CloudFormation, SAM, Serverless
//! and Terraform files from aws-samples/serverless-patterns, see
//! tests/data/iac-corpus/PROVENANCE.md) and compares the rules found with
//! the ones an independent parser found (`expected.jsonl`): ids, kinds,
//! lines, names, buses, patterns with their status and form, schedules,
//! and targets with their inputs. Every difference is named before the test
//! fails; `--nocapture` prints the counts.

use rulecraft::iac::{self, FoundRule, FoundTarget};
use serde_json::{Value, json};
use std::path::Path;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/iac-corpus");

fn opt(value: Option<&iac::Value>) -> Value {
    value.map_or(Value::Null, iac::Value::to_serde)
}

/// A target as expected.jsonl writes it (the fields both sides record).
fn target_json(target: &FoundTarget) -> Value {
    let mut out = json!({"id": opt(target.id.as_ref()), "arn": opt(target.arn.as_ref())});
    if let Some(implicit) = &target.implicit_target {
        out["implicit_target"] = json!(implicit);
    }
    if let Some(input) = &target.input {
        out["input"] = input.to_serde();
    }
    if let Some(path) = &target.input_path {
        out["input_path"] = path.to_serde();
    }
    if let Some((paths, template)) = &target.input_transformer {
        out["input_transformer"] = json!({"input_paths_map": paths.to_serde(), "input_template": template.to_serde()});
    }
    if let Some((resource, line)) = &target.resource {
        out["resource"] = json!(resource);
        out["line"] = json!(line);
    }
    out
}

/// The fields of an expected target that [`target_json`] writes.
fn expected_target(target: &Value) -> Value {
    let mut out = json!({"id": target["id"], "arn": target["arn"]});
    for key in ["implicit_target", "input", "input_path", "resource", "line"] {
        if let Some(v) = target.get(key) {
            out[key] = v.clone();
        }
    }
    if let Some(t) = target.get("input_transformer") {
        out["input_transformer"] =
            json!({"input_paths_map": t["input_paths_map"], "input_template": t["input_template"]});
    }
    // A pipe's input template is read as a transformer without a paths map
    // (a pipe names the fields inside the template).
    if let Some(t) = target.get("input_template") {
        out["input_transformer"] = json!({"input_paths_map": null, "input_template": t["value"]});
    }
    out
}

fn rule_json(rule: &FoundRule) -> Value {
    json!({
        "id": rule.id,
        "kind": rule.kind.as_str(),
        "line": rule.line,
        "name": opt(rule.name.as_ref()),
        "event_bus": opt(rule.event_bus.as_ref()),
        "event_pattern": opt(rule.pattern.as_ref()),
        "event_pattern_status": rule.pattern_status.as_str(),
        "event_pattern_form": rule.pattern_form,
        "schedule_expression": opt(rule.schedule.as_ref()),
        "schedule_status": rule.schedule_status.as_str(),
        "targets": rule.targets.iter().map(target_json).collect::<Vec<_>>(),
    })
}

fn expected_rule(rule: &Value) -> Value {
    let mut out = json!({});
    for key in [
        "id",
        "kind",
        "line",
        "name",
        "event_bus",
        "event_pattern",
        "event_pattern_status",
        "event_pattern_form",
        "schedule_expression",
        "schedule_status",
    ] {
        out[key] = rule.get(key).cloned().unwrap_or(Value::Null);
    }
    let targets = rule["targets"].as_array().map(|ts| ts.iter().map(expected_target).collect()).unwrap_or_default();
    out["targets"] = Value::Array(targets);
    out
}

#[test]
fn finds_the_rules_the_independent_parser_found() {
    let expected = std::fs::read_to_string(Path::new(CORPUS).join("expected.jsonl")).expect("expected.jsonl");
    let (mut files, mut rules, mut same, mut fields_compared) = (0, 0, 0, 0);
    let mut differences = Vec::new();
    for line in expected.lines() {
        let record: Value = serde_json::from_str(line).expect("a JSON line");
        let path = record["path"].as_str().expect("path");
        let file = Path::new(CORPUS).join("files").join(path);
        let found = iac::read_file(&file);
        files += 1;
        for problem in &found.problems {
            differences.push(format!("{path}: a problem: {problem}"));
        }
        let format = found.format.map(iac::Format::as_str);
        if format != record["format"].as_str() {
            differences.push(format!("{path}: format {format:?}, expected {}", record["format"]));
        }
        let wanted: Vec<Value> =
            record["rules"].as_array().map(|r| r.iter().map(expected_rule).collect()).unwrap_or_default();
        let got: Vec<Value> = found.rules.iter().map(rule_json).collect();
        for want in &wanted {
            rules += 1;
            let Some(have) = got.iter().find(|g| g["id"] == want["id"] && g["kind"] == want["kind"]) else {
                differences.push(format!("{path}: missing {} {}", want["kind"], want["id"]));
                continue;
            };
            let mut all = true;
            for (key, value) in want.as_object().expect("an object") {
                fields_compared += 1;
                if have[key] != *value {
                    all = false;
                    differences.push(format!("{path}: {} {key}: found {}, expected {value}", want["id"], have[key]));
                }
            }
            same += usize::from(all);
        }
        for have in &got {
            if !wanted.iter().any(|w| w["id"] == have["id"] && w["kind"] == have["kind"]) {
                differences.push(format!("{path}: extra {} {}", have["kind"], have["id"]));
            }
        }
    }
    eprintln!(
        "{files} files, {rules} expected rules, {same} found with every field the same ({fields_compared} fields compared)"
    );
    for difference in &differences {
        eprintln!("  {difference}");
    }
    assert!(differences.is_empty(), "{} differences (listed above)", differences.len());
}
