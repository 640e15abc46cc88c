//! CloudFormation and SAM templates (YAML or JSON): `AWS::Events::Rule`,
//! SAM function and state machine events (`EventBridgeRule`,
//! `CloudWatchEvent`, `Schedule`, `ScheduleV2`), `AWS::Scheduler::Schedule`
//! and `AWS::Pipes::Pipe` filter criteria.
//!
//! Intrinsic functions are kept in their long JSON form (`!Ref X` becomes
//! `{"Ref": "X"}`, `!GetAtt A.B` becomes `{"Fn::GetAtt": ["A", "B"]}`). A
//! pattern written as `!Sub '<json>'` is read as that JSON with its
//! `${...}` variables left in place, so it is unresolved exactly where a
//! variable is.

use super::yaml::{Kind as NodeKind, Node};
use super::{FileRules, Format, FoundRule, FoundTarget, Kind, Status, Value};
use std::path::Path;

/// The value of a node, intrinsics in long form.
pub(super) fn value(node: &Node) -> Value {
    match &node.kind {
        NodeKind::Null => Value::Null,
        NodeKind::Bool(b) => Value::Bool(*b),
        NodeKind::Number(n) => Value::Number(n.clone()),
        NodeKind::String(s) => Value::String(s.clone()),
        NodeKind::Seq(items) => Value::Array(items.iter().map(value).collect()),
        NodeKind::Map(members) => Value::Object(members.iter().map(|(k, _, v)| (k.clone(), value(v))).collect()),
        NodeKind::Tagged(tag, inner) => {
            let argument = match (tag.as_str(), &inner.kind) {
                // `!GetAtt A.B` is `{"Fn::GetAtt": ["A", "B"]}`.
                ("GetAtt", NodeKind::String(s)) => match s.split_once('.') {
                    Some((resource, attribute)) => {
                        Value::Array(vec![Value::string(resource), Value::string(attribute)])
                    }
                    None => Value::string(s),
                },
                _ => value(inner),
            };
            let name = match tag.as_str() {
                "Ref" | "Condition" => tag.clone(),
                _ => format!("Fn::{tag}"),
            };
            Value::Object(vec![(name, argument)])
        }
    }
}

/// A template's text: an `Fn::Sub` without variables is its text, as
/// CloudFormation renders it; anything else as [`value`] reads it.
fn template_text(node: &Node) -> Value {
    match sub_template(node) {
        Some(text) if Status::of(&Value::string(text)) == Status::Static => Value::string(text),
        _ => value(node),
    }
}

/// JSON text as a value, or `None` when it is not JSON.
fn json_value(text: &str) -> Option<Value> {
    crate::json::parse(text).ok().map(|node| Value::from_node(&node))
}

/// The template string of an `Fn::Sub` (`!Sub s` or `!Sub [s, {vars}]`).
fn sub_template(node: &Node) -> Option<&str> {
    let NodeKind::Tagged(tag, inner) = &node.kind else {
        // The long form in a JSON template.
        let sub = node.get("Fn::Sub")?;
        return sub.text().or_else(|| sub.items().first().and_then(Node::text));
    };
    if tag != "Sub" {
        return None;
    }
    inner.text().or_else(|| inner.items().first().and_then(Node::text))
}

/// A pattern (or a pipe filter's pattern) and how it was written.
fn pattern(node: &Node, json_template: bool) -> (Value, Status, String) {
    let (v, form) = match &node.kind {
        NodeKind::Map(members) if !is_intrinsic_map(members) => {
            (value(node), if json_template { "json-object" } else { "yaml" })
        }
        NodeKind::String(text) => match json_value(text) {
            Some(v) => (v, "json-string"),
            None => return (Value::string(text), Status::InvalidJson, "json-string".to_owned()),
        },
        _ => match sub_template(node) {
            Some(text) => match json_value(text) {
                Some(v) => (v, "sub-json-string"),
                None => return (value(node), Status::Unresolved, "sub-string".to_owned()),
            },
            None => return (value(node), Status::Unresolved, "intrinsic".to_owned()),
        },
    };
    let status = Status::of(&v);
    (v, status, form.to_owned())
}

fn is_intrinsic_map(members: &[(String, usize, Node)]) -> bool {
    matches!(members, [(key, _, _)] if key == "Ref" || key.starts_with("Fn::"))
}

/// A target's constant input: JSON when it is JSON (also inside `Fn::Sub`),
/// else the text, else the intrinsic.
fn input(node: &Node) -> (Value, &'static str) {
    match &node.kind {
        NodeKind::String(text) => {
            json_value(text).map_or_else(|| (Value::string(text), "text"), |v| (v, "json-string"))
        }
        _ => match sub_template(node).and_then(json_value) {
            Some(v) => (v, "sub-json-string"),
            None => (value(node), "intrinsic"),
        },
    }
}

/// The input settings shared by rule targets and SAM events.
fn read_input(properties: &Node, target: &mut FoundTarget) {
    if let Some(node) = properties.get("Input") {
        let (v, form) = input(node);
        target.input = Some(v);
        target.input_form = Some(form.to_owned());
    }
    target.input_path = properties.get("InputPath").map(value);
    if let Some(transformer) = properties.get("InputTransformer") {
        let paths = transformer.get("InputPathsMap").map_or(Value::Null, value);
        let template = transformer.get("InputTemplate").map_or(Value::Null, template_text);
        target.input_transformer = Some((paths, template));
    }
}

fn set_pattern(rule: &mut FoundRule, node: &Node, json_template: bool) {
    let (v, status, form) = pattern(node, json_template);
    rule.pattern = Some(v);
    rule.pattern_status = status;
    rule.pattern_form = Some(form);
}

fn detail(rule: &mut FoundRule, name: &str, node: Option<&Node>) {
    if let Some(node) = node {
        rule.details.push((name.to_owned(), value(node)));
    }
}

/// `AWS::Events::Rule`.
fn events_rule(file: &Path, id: &str, line: usize, properties: &Node, json_template: bool) -> FoundRule {
    let mut rule = FoundRule::new(file, line, id.to_owned(), Kind::CfnRule);
    rule.name = properties.get("Name").map(value);
    rule.event_bus = properties.get("EventBusName").map(value);
    detail(&mut rule, "state", properties.get("State"));
    if let Some(node) = properties.get("EventPattern") {
        set_pattern(&mut rule, node, json_template);
    }
    if let Some(node) = properties.get("ScheduleExpression") {
        rule.set_schedule(value(node));
    }
    for item in properties.get("Targets").map(Node::items).unwrap_or_default() {
        let mut target =
            FoundTarget { id: item.get("Id").map(value), arn: item.get("Arn").map(value), ..FoundTarget::default() };
        read_input(item, &mut target);
        rule.targets.push(target);
    }
    rule
}

/// A SAM function's or state machine's events.
fn sam_events(file: &Path, parent: &str, properties: &Node, json_template: bool, out: &mut Vec<FoundRule>) {
    for (event, line, definition) in properties.get("Events").map(Node::members).unwrap_or_default() {
        let kind = definition.get("Type").and_then(Node::text).unwrap_or_default();
        let props = definition.get("Properties").cloned().unwrap_or(Node { line: *line, kind: NodeKind::Null });
        let id = format!("{parent}.{event}");
        let mut rule = match kind {
            "EventBridgeRule" | "CloudWatchEvent" => {
                let mut rule = FoundRule::new(file, *line, id, Kind::SamEventBridgeRule);
                if let Some(node) = props.get("Pattern") {
                    set_pattern(&mut rule, node, json_template);
                }
                rule.event_bus = props.get("EventBusName").map(value);
                rule.name = props.get("RuleName").map(value);
                rule
            }
            "Schedule" | "ScheduleV2" => {
                let mut rule = FoundRule::new(file, *line, id, Kind::SamSchedule);
                let expression = if kind == "Schedule" { "Schedule" } else { "ScheduleExpression" };
                if let Some(node) = props.get(expression) {
                    rule.set_schedule(value(node));
                }
                rule.name = props.get("Name").map(value);
                rule.schedule_timezone = props.get("ScheduleExpressionTimezone").map(value);
                rule
            }
            _ => continue,
        };
        rule.details.push(("sam_event_type".to_owned(), Value::string(kind)));
        detail(&mut rule, "state", props.get("State"));
        detail(&mut rule, "enabled", props.get("Enabled"));
        rule.parent = Some(parent.to_owned());
        let mut target = FoundTarget {
            id: props.get("Target").and_then(|t| t.get("Id")).map(value),
            implicit_target: Some(parent.to_owned()),
            ..FoundTarget::default()
        };
        read_input(&props, &mut target);
        rule.targets.push(target);
        out.push(rule);
    }
}

/// `AWS::Scheduler::Schedule`.
fn scheduler(file: &Path, id: &str, line: usize, properties: &Node) -> FoundRule {
    let mut rule = FoundRule::new(file, line, id.to_owned(), Kind::SchedulerSchedule);
    rule.name = properties.get("Name").map(value);
    if let Some(node) = properties.get("ScheduleExpression") {
        rule.set_schedule(value(node));
    }
    rule.schedule_timezone = properties.get("ScheduleExpressionTimezone").map(value);
    detail(&mut rule, "state", properties.get("State"));
    detail(&mut rule, "group", properties.get("GroupName"));
    if let Some(item) = properties.get("Target") {
        let mut target = FoundTarget { arn: item.get("Arn").map(value), ..FoundTarget::default() };
        read_input(item, &mut target);
        rule.targets.push(target);
    }
    rule
}

/// `AWS::Pipes::Pipe`: its filters are its patterns.
fn pipe(file: &Path, id: &str, line: usize, properties: &Node, json_template: bool) -> FoundRule {
    let mut rule = FoundRule::new(file, line, id.to_owned(), Kind::Pipe);
    rule.name = properties.get("Name").map(value);
    detail(&mut rule, "source", properties.get("Source"));
    detail(&mut rule, "enrichment", properties.get("Enrichment"));
    let filters = properties
        .get("SourceParameters")
        .and_then(|p| p.get("FilterCriteria"))
        .and_then(|c| c.get("Filters"))
        .map(Node::items)
        .unwrap_or_default();
    for filter in filters {
        if let Some(node) = filter.get("Pattern") {
            let (v, status, form) = pattern(node, json_template);
            rule.filters.push((v, status, form));
        }
    }
    match rule.filters.as_slice() {
        [(v, status, form)] => {
            rule.pattern = Some(v.clone());
            rule.pattern_status = *status;
            rule.pattern_form = Some(form.clone());
        }
        [] => {}
        _ => rule.pattern_status = Status::MultipleFilters,
    }
    let mut target = FoundTarget { arn: properties.get("Target").map(value), ..FoundTarget::default() };
    if let Some(template) = properties.get("TargetParameters").and_then(|p| p.get("InputTemplate")) {
        target.input_transformer = Some((Value::Null, template_text(template)));
    }
    rule.targets.push(target);
    rule
}

/// Whether `Transform` names the SAM transform (a string or a list).
fn is_sam(root: &Node) -> bool {
    root.get("Transform").is_some_and(|t| {
        t.text().is_some_and(|s| s.starts_with("AWS::Serverless"))
            || t.items().iter().any(|i| i.text().is_some_and(|s| s.starts_with("AWS::Serverless")))
    })
}

/// The rules of a `Resources` mapping.
pub(super) fn resources(file: &Path, resources: &Node, json_template: bool, out: &mut Vec<FoundRule>) {
    let first = out.len();
    for (id, line, resource) in resources.members() {
        let kind = resource.get("Type").and_then(Node::text).unwrap_or_default();
        let null = Node { line: *line, kind: NodeKind::Null };
        let properties = resource.get("Properties").unwrap_or(&null);
        match kind {
            "AWS::Events::Rule" => out.push(events_rule(file, id, *line, properties, json_template)),
            "AWS::Serverless::Function" | "AWS::Serverless::StateMachine" => {
                sam_events(file, id, properties, json_template, out);
            }
            "AWS::Scheduler::Schedule" => out.push(scheduler(file, id, *line, properties)),
            "AWS::Pipes::Pipe" => out.push(pipe(file, id, *line, properties, json_template)),
            _ => {}
        }
    }
    let types: Vec<(String, String)> = resources
        .members()
        .iter()
        .filter_map(|(id, _, r)| r.get("Type").and_then(Node::text).map(|t| (id.clone(), t.to_owned())))
        .collect();
    for rule in out.iter_mut().skip(first) {
        rule.resource_types.clone_from(&types);
    }
}

/// Reads a template's tree. Anything without a `Resources` mapping is not a
/// template (no format, no rules).
pub(super) fn read(file: &Path, root: &Node, json_template: bool) -> FileRules {
    let Some(list) = root.get("Resources").filter(|r| matches!(r.kind, NodeKind::Map(_))) else {
        return FileRules::default();
    };
    let mut rules = Vec::new();
    resources(file, list, json_template, &mut rules);
    let format = if is_sam(root) { Format::Sam } else { Format::CloudFormation };
    FileRules { format: Some(format), rules, problems: Vec::new() }
}

/// Reads a JSON template (CloudFormation, or CDK's synthesised `cdk.out`).
pub(super) fn read_json(file: &Path, text: &str) -> FileRules {
    match crate::json::parse(text) {
        Ok(node) => read(file, &Node::from_json(&node, text), true),
        Err(e) => {
            // Only a file that looks like a template is reported as one.
            if !text.contains("\"Resources\"") {
                return FileRules::default();
            }
            let at = crate::json::Position::of(text, e.span.start);
            FileRules::unreadable(file, None, Some((at.line, at.column)), format!("not valid JSON: {e}"))
        }
    }
}
