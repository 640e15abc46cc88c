//! `rulecraft rules`: the rules found in infrastructure code, as text for
//! people or JSON Lines for scripts.
//!
//! Exit codes: 0 when every file was read; 2 when a file (or part of one)
//! could not be read (the other files' rules are still listed).

use super::{FileRules, FoundRule, FoundTarget, Value};
use serde_json::json;
use std::io::Write;

fn opt(value: Option<&Value>) -> serde_json::Value {
    value.map_or(serde_json::Value::Null, Value::to_serde)
}

/// A target as `rules --format json` writes it.
#[must_use]
pub fn target_json(target: &FoundTarget) -> serde_json::Value {
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
    out
}

/// A rule as one line of `rules --format json`.
#[must_use]
pub fn rule_json(rule: &FoundRule) -> serde_json::Value {
    json!({
        "file": rule.file.display().to_string(),
        "line": rule.line,
        "name": rule.display_name(),
        "id": rule.id,
        "kind": rule.kind.as_str(),
        "pattern": opt(rule.pattern.as_ref()),
        "schedule": opt(rule.schedule.as_ref()),
        "unresolved": rule.unresolved(),
        "targets": rule.targets.iter().map(target_json).collect::<Vec<_>>(),
    })
}

/// What a target is, in a few words: its ARN or the function it invokes.
#[must_use]
pub fn target_summary(target: &FoundTarget) -> String {
    match (&target.arn, &target.implicit_target) {
        (Some(Value::String(arn)), _) => arn.clone(),
        (Some(arn), _) => arn.to_compact_json(),
        (None, Some(function)) => function.clone(),
        (None, None) => "?".to_owned(),
    }
}

/// One rule as a line of text: where, what, and its pattern or schedule.
fn rule_text(rule: &FoundRule) -> String {
    let what = rule.summary().unwrap_or_else(|| "(no pattern or schedule)".to_owned());
    let unresolved = if rule.unresolved() { " [unresolved: only known at deploy time]" } else { "" };
    let targets: Vec<String> = rule.targets.iter().map(target_summary).collect();
    let targets = if targets.is_empty() { String::new() } else { format!(" -> {}", targets.join(", ")) };
    let name =
        if rule.display_name() == rule.id { rule.id.clone() } else { format!("{} ({})", rule.display_name(), rule.id) };
    format!("{}:{}: {} {name}{unresolved}: {what}{targets}", rule.file.display(), rule.line, rule.kind.as_str())
}

/// Runs `rulecraft rules PATHS`: the exit code.
pub fn run(paths: &[String], json_lines: bool, out: &mut impl Write, err: &mut impl Write) -> u8 {
    let (files, failed) = super::read_paths_reporting(paths, err);
    let mut count = 0;
    for (_, FileRules { rules, .. }) in &files {
        for rule in rules {
            count += 1;
            let line = if json_lines { rule_json(rule).to_string() } else { rule_text(rule) };
            writeln!(out, "{line}").ok();
        }
    }
    if !json_lines {
        let files_with_rules = files.iter().filter(|(_, f)| !f.rules.is_empty()).count();
        writeln!(out, "{count} rules in {files_with_rules} of {} files read", files.len()).ok();
    }
    if failed { 2 } else { 0 }
}
