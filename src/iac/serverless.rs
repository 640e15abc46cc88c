//! Serverless Framework files: each function's `eventBridge` and `schedule`
//! events, and CloudFormation resources under `resources.Resources`.
//! Serverless variables (`${opt:stage}`, `${self:custom.x}`) are never
//! resolved: a string holding one is unresolved.

use super::cfn;
use super::yaml::{Kind as NodeKind, Node};
use super::{FileRules, Format, FoundRule, FoundTarget, Kind, Value};
use std::path::Path;

/// Whether a YAML tree is a Serverless Framework file: a top-level
/// `service` with `provider` or `functions`.
pub(super) fn is_serverless(root: &Node) -> bool {
    root.get("service").is_some() && (root.get("provider").is_some() || root.get("functions").is_some())
}

/// A schedule event's rules: `rate` is a string or a list, and Serverless
/// makes one rule per entry of a list (`<id>.rate[<n>]`, at the entry's line
/// when the list has several), each with the event's other settings.
fn schedule_rules(file: &Path, line: usize, id: &str, function: &str, event: &Node) -> Vec<FoundRule> {
    let settings = match &event.kind {
        NodeKind::Map(_) => Some(event),
        _ => None,
    };
    let rate = settings.and_then(|s| s.get("rate")).unwrap_or(event);
    match rate.items() {
        [] => vec![schedule_rule(file, line, id.to_owned(), function, settings, rate)],
        [only] => vec![schedule_rule(file, line, id.to_owned(), function, settings, only)],
        entries => entries
            .iter()
            .enumerate()
            .map(|(n, entry)| schedule_rule(file, entry.line, format!("{id}.rate[{n}]"), function, settings, entry))
            .collect(),
    }
}

/// One rule of a schedule event: its `rate` entry, and the event's settings.
fn schedule_rule(
    file: &Path,
    line: usize,
    id: String,
    function: &str,
    settings: Option<&Node>,
    rate: &Node,
) -> FoundRule {
    let mut rule = FoundRule::new(file, line, id, Kind::ServerlessSchedule);
    if rate.text().is_some() {
        rule.set_schedule(cfn::value(rate));
    }
    let mut target = FoundTarget { implicit_target: Some(function.to_owned()), ..FoundTarget::default() };
    if let Some(settings) = settings {
        rule.name = settings.get("name").map(cfn::value);
        rule.schedule_timezone = settings.get("timezone").map(cfn::value);
        if let Some(enabled) = settings.get("enabled") {
            rule.details.push(("enabled".to_owned(), cfn::value(enabled)));
        }
        target.input = settings.get("input").map(cfn::value);
        target.input_path = settings.get("inputPath").map(cfn::value);
        if let Some(transformer) = settings.get("inputTransformer") {
            target.input_transformer = Some((
                transformer.get("inputPathsMap").map_or(Value::Null, cfn::value),
                transformer.get("inputTemplate").map_or(Value::Null, cfn::value),
            ));
        }
    }
    rule.parent = Some(function.to_owned());
    rule.targets.push(target);
    rule
}

/// An `eventBridge` event.
fn event_bridge_rule(file: &Path, line: usize, id: String, function: &str, event: &Node) -> FoundRule {
    let mut rule = FoundRule::new(file, line, id, Kind::ServerlessEventBridge);
    if let Some(pattern) = event.get("pattern") {
        rule.set_pattern(cfn::value(pattern), "yaml");
    }
    if let Some(schedule) = event.get("schedule") {
        rule.set_schedule(cfn::value(schedule));
    }
    rule.event_bus = event.get("eventBus").map(cfn::value);
    rule.name = event.get("name").map(cfn::value);
    if let Some(enabled) = event.get("enabled") {
        rule.details.push(("enabled".to_owned(), cfn::value(enabled)));
    }
    rule.parent = Some(function.to_owned());
    let mut target = FoundTarget { implicit_target: Some(function.to_owned()), ..FoundTarget::default() };
    target.input = event.get("input").map(cfn::value);
    target.input_path = event.get("inputPath").map(cfn::value);
    if let Some(transformer) = event.get("inputTransformer") {
        target.input_transformer = Some((
            transformer.get("inputPathsMap").map_or(Value::Null, cfn::value),
            transformer.get("inputTemplate").map_or(Value::Null, cfn::value),
        ));
    }
    rule.targets.push(target);
    rule
}

/// Reads a Serverless Framework file's tree.
pub(super) fn read(file: &Path, root: &Node) -> FileRules {
    let mut rules = Vec::new();
    for (function, _, definition) in root.get("functions").map(Node::members).unwrap_or_default() {
        for (k, item) in definition.get("events").map(Node::items).unwrap_or_default().iter().enumerate() {
            let id = format!("{function}.events[{k}]");
            if let Some(event) = item.get("eventBridge") {
                rules.push(event_bridge_rule(file, item.line, id, function, event));
            } else if let Some(event) = item.get("schedule") {
                rules.extend(schedule_rules(file, item.line, &id, function, event));
            }
        }
    }
    if let Some(resources) = root.get("resources").and_then(|r| r.get("Resources")) {
        cfn::resources(file, resources, false, &mut rules);
    }
    FileRules { format: Some(Format::Serverless), rules, problems: Vec::new() }
}
