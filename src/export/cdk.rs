//! AWS CDK in TypeScript and Python: the typed `events.Rule` with
//! `events.Match` helpers where CDK has one for a condition, `events.CfnRule`
//! with the raw pattern where the typed pattern cannot hold it; and what CDK
//! loses ([`warnings`]).

mod targets;

use super::literals::code::{Code, code_value, js_key, js_string, python_string};
use super::literals::pad;
use super::{ExportWarning, Format, Prepared, Value};
use std::fmt::Write as _;

/// CDK's `EventPattern` properties and the pattern keys they stand for.
const CDK_KEYS: [(&str, &str, &str); 9] = [
    ("version", "version", "version"),
    ("id", "id", "id"),
    ("detail-type", "detailType", "detail_type"),
    ("source", "source", "source"),
    ("account", "account", "account"),
    ("time", "time", "time"),
    ("region", "region", "region"),
    ("resources", "resources", "resources"),
    ("detail", "detail", "detail"),
];

/// A call of one of CDK's `events.Match` helpers: its name in TypeScript
/// and Python, and its arguments. Each renders to a list of conditions
/// exactly equal to the raw JSON it replaces (checked against real CDK).
struct MatchCall {
    ts: &'static str,
    py: &'static str,
    args: Vec<Value>,
    /// Helper calls as arguments (`allOf(greaterThan(0), lessThan(5))`).
    nested: Vec<MatchCall>,
}

impl MatchCall {
    fn new(ts: &'static str, py: &'static str, args: Vec<Value>) -> Self {
        Self { ts, py, args, nested: Vec::new() }
    }

    fn write(&self, out: &mut String, code: Code) {
        out.push_str("events.Match.");
        out.push_str(if code == Code::Python { self.py } else { self.ts });
        out.push('(');
        for (i, arg) in self.args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            code_value(out, arg, 0, true, code);
        }
        for (i, call) in self.nested.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            call.write(out, code);
        }
        out.push(')');
    }
}

/// The `Match` helper that renders exactly as this one condition, if any.
fn match_call(condition: &Value) -> Option<MatchCall> {
    let text = |v: &Value| matches!(v, Value::String(_));
    match condition {
        Value::Null => return Some(MatchCall::new("nullValue", "null_value", Vec::new())),
        Value::Object(members) if members.len() == 1 => {
            let (operator, operand) = (&members[0].0, &members[0].1);
            let one = |ts, py| Some(MatchCall::new(ts, py, vec![operand.clone()]));
            return match (operator.as_str(), operand) {
                ("prefix", Value::String(_)) => one("prefix", "prefix"),
                ("suffix", Value::String(_)) => one("suffix", "suffix"),
                ("wildcard", Value::String(_)) => one("wildcard", "wildcard"),
                ("equals-ignore-case", Value::String(_)) => one("equalsIgnoreCase", "equals_ignore_case"),
                ("prefix" | "suffix", Value::Object(inner)) => match inner.as_slice() {
                    [(key, value @ Value::String(_))] if key == "equals-ignore-case" => {
                        let (ts, py) = if operator == "prefix" {
                            ("prefixEqualsIgnoreCase", "prefix_equals_ignore_case")
                        } else {
                            ("suffixEqualsIgnoreCase", "suffix_equals_ignore_case")
                        };
                        Some(MatchCall::new(ts, py, vec![value.clone()]))
                    }
                    _ => None,
                },
                ("exists", Value::Bool(true)) => Some(MatchCall::new("exists", "exists", Vec::new())),
                ("exists", Value::Bool(false)) => Some(MatchCall::new("doesNotExist", "does_not_exist", Vec::new())),
                ("anything-but", Value::Array(values))
                    if !values.is_empty()
                        && (values.iter().all(text) || values.iter().all(|v| matches!(v, Value::Number(_)))) =>
                {
                    Some(MatchCall::new("anythingBut", "anything_but", values.clone()))
                }
                ("anything-but", Value::Object(inner)) => anything_but_call(inner),
                ("numeric", Value::Array(terms)) => numeric_call(terms),
                _ => None,
            };
        }
        _ => {}
    }
    None
}

/// `anythingButPrefix` and its kin: one value as a scalar, several as a list.
fn anything_but_call(inner: &[(String, Value)]) -> Option<MatchCall> {
    let [(key, operand)] = inner else { return None };
    let (ts, py) = match key.as_str() {
        "prefix" => ("anythingButPrefix", "anything_but_prefix"),
        "suffix" => ("anythingButSuffix", "anything_but_suffix"),
        "wildcard" => ("anythingButWildcard", "anything_but_wildcard"),
        "equals-ignore-case" => ("anythingButEqualsIgnoreCase", "anything_but_equals_ignore_case"),
        _ => return None,
    };
    match operand {
        Value::String(_) => Some(MatchCall::new(ts, py, vec![operand.clone()])),
        Value::Array(values) if values.len() > 1 && values.iter().all(|v| matches!(v, Value::String(_))) => {
            Some(MatchCall::new(ts, py, values.clone()))
        }
        _ => None,
    }
}

/// `greaterThan(5)` and the like for one comparison; `allOf(...)` for two.
fn numeric_call(terms: &[Value]) -> Option<MatchCall> {
    let comparison = |op: &Value, number: &Value| -> Option<MatchCall> {
        let Value::Number(_) = number else { return None };
        let Value::String(op) = op else { return None };
        let (ts, py) = match op.as_str() {
            ">" => ("greaterThan", "greater_than"),
            ">=" => ("greaterThanOrEqual", "greater_than_or_equal"),
            "<" => ("lessThan", "less_than"),
            "<=" => ("lessThanOrEqual", "less_than_or_equal"),
            "=" => ("equal", "equal"),
            _ => return None,
        };
        Some(MatchCall::new(ts, py, vec![number.clone()]))
    };
    match terms {
        [op, number] => comparison(op, number),
        [op1, n1, op2, n2] => {
            let (first, second) = (comparison(op1, n1)?, comparison(op2, n2)?);
            Some(MatchCall { ts: "allOf", py: "all_of", args: Vec::new(), nested: vec![first, second] })
        }
        _ => None,
    }
}

/// Writes a field's list of conditions for CDK: a lone condition CDK has a
/// helper for as that helper's call, anything else as the raw list. Returns
/// whether the list fits CDK's typed top-level fields (`string[]`).
fn cdk_conditions(out: &mut String, items: &[Value], code: Code) -> bool {
    if let [only] = items
        && !matches!(only, Value::String(_) | Value::Number(_) | Value::Bool(_))
        && let Some(call) = match_call(only)
    {
        call.write(out, code);
        return true;
    }
    // A helper's list is a token that cannot be joined with other conditions
    // (CDK fails with "Cannot add elements to list token"), so lists of
    // several conditions are written raw.
    code_value(out, &Value::Array(items.to_vec()), 0, true, code);
    items.iter().all(|item| matches!(item, Value::String(_)))
}

/// Writes a `detail`-like object for CDK: lists of conditions through
/// [`cdk_conditions`], nested objects recursively, multi-line.
fn cdk_object(out: &mut String, members: &[(String, Value)], indent: usize, code: Code) {
    if members.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push_str("{\n");
    for (key, value) in members {
        pad(out, indent + code.indent());
        out.push_str(&code.key(key));
        out.push_str(": ");
        cdk_value(out, key, value, indent + code.indent(), code);
        out.push_str(",\n");
    }
    pad(out, indent);
    out.push('}');
}

fn cdk_value(out: &mut String, key: &str, value: &Value, indent: usize, code: Code) {
    match value {
        // `$or` lists alternative sub-patterns, written like `detail`.
        Value::Array(items) if key == "$or" => {
            out.push_str("[\n");
            for item in items {
                pad(out, indent + code.indent());
                match item {
                    Value::Object(members) => cdk_object(out, members, indent + code.indent(), code),
                    other => code_value(out, other, indent + code.indent(), false, code),
                }
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push(']');
        }
        Value::Array(items) => {
            cdk_conditions(out, items, code);
        }
        Value::Object(members) => cdk_object(out, members, indent, code),
        other => code_value(out, other, indent, false, code),
    }
}

/// Whether CDK's typed `EventPattern` can hold the pattern in `code`: only
/// its keys, not empty, `detail` an object, and every other key's list
/// writable as strings and `Match` helpers (CDK types them `string[]`).
fn cdk_typed_ok(pattern: &Value, code: Code) -> bool {
    let Value::Object(members) = pattern else { return false };
    !members.is_empty()
        && members.iter().all(|(key, value)| match key.as_str() {
            "detail" => matches!(value, Value::Object(_)),
            _ => {
                CDK_KEYS.iter().any(|(k, _, _)| k == key)
                    && matches!(value, Value::Array(items) if cdk_conditions(&mut String::new(), items, code))
            }
        })
}

/// The typed pattern as the `events.Rule`'s property, from `eventPattern: {`
/// (`event_pattern=events.EventPattern(`) to its closing line.
fn typed_pattern(out: &mut String, members: &[(String, Value)], code: Code) {
    match code {
        Code::JavaScript => {
            out.push_str("  eventPattern: {\n");
            for (key, value) in members {
                let property = CDK_KEYS.iter().find(|(k, _, _)| k == key).map_or(key.as_str(), |(_, ts, _)| ts);
                pad(out, 4);
                out.push_str(&js_key(property));
                out.push_str(": ");
                cdk_value(out, key, value, 4, Code::JavaScript);
                out.push_str(",\n");
            }
            out.push_str("  },\n");
        }
        Code::Python => {
            out.push_str("    event_pattern=events.EventPattern(\n");
            for (key, value) in members {
                let property = CDK_KEYS.iter().find(|(k, _, _)| k == key).map_or(key.as_str(), |(_, _, py)| py);
                let _ = write!(out, "        {property}=");
                cdk_value(out, key, value, 8, Code::Python);
                out.push_str(",\n");
            }
            out.push_str("    ),\n");
        }
    }
}

/// AWS CDK in TypeScript: `events.Rule` with a typed pattern where CDK's
/// `EventPattern` can hold it, `events.CfnRule` with the raw pattern where
/// not; with targets, always an `events.Rule` (see [`targets`]). A schedule
/// the rule runs is its `schedule` (`scheduleExpression`); Scheduler's
/// schedules are `scheduler.CfnSchedule`s.
pub(super) fn cdk_ts(rule: &Prepared) -> String {
    let mut out = if !rule.events_rule() {
        scheduler_imports(rule, Code::JavaScript)
    } else if !rule.targets.is_empty() {
        targets::cdk_with_targets(rule, Code::JavaScript)
    } else {
        rule_ts(rule)
    };
    schedules(&mut out, rule, Code::JavaScript);
    out
}

/// The events rule without targets, in TypeScript.
fn rule_ts(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut out = String::from("import * as events from 'aws-cdk-lib/aws-events';\n");
    out.push_str(&scheduler_imports(rule, Code::JavaScript));
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let empty = Value::Object(Vec::new());
    let pattern = rule.pattern.as_ref().unwrap_or(&empty);
    let Value::Object(members) = pattern else { return out };
    if rule.pattern.is_none() || cdk_typed_ok(pattern, Code::JavaScript) {
        let _ = writeln!(out, "new events.Rule(this, {}, {{", js_string(&names.pascal));
        let _ = writeln!(out, "  ruleName: {},", js_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "  description: {},", js_string(&names.description));
        }
        if rule.pattern.is_some() {
            typed_pattern(&mut out, members, Code::JavaScript);
        }
        rule_schedule(&mut out, rule, Code::JavaScript);
        out.push_str("});\n");
    } else {
        // CDK's typed pattern cannot say this (e.g. `$or` at the top, or
        // operators on top-level fields): the CloudFormation-level construct
        // takes the pattern as it is.
        let _ = writeln!(out, "new events.CfnRule(this, {}, {{", js_string(&names.pascal));
        let _ = writeln!(out, "  name: {},", js_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "  description: {},", js_string(&names.description));
        }
        out.push_str("  eventPattern: ");
        cdk_object(&mut out, members, 2, Code::JavaScript);
        out.push_str(",\n");
        if let Some(expression) = rule.rule_schedule() {
            let _ = writeln!(out, "  scheduleExpression: {},", js_string(expression));
        }
        out.push_str("});\n");
    }
    out
}

/// AWS CDK in Python, as [`cdk_ts`].
pub(super) fn cdk_python(rule: &Prepared) -> String {
    let mut out = if !rule.events_rule() {
        scheduler_imports(rule, Code::Python)
    } else if !rule.targets.is_empty() {
        targets::cdk_with_targets(rule, Code::Python)
    } else {
        rule_python(rule)
    };
    schedules(&mut out, rule, Code::Python);
    out
}

/// The events rule without targets, in Python.
fn rule_python(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut out = String::from("from aws_cdk import aws_events as events\n");
    out.push_str(&scheduler_imports(rule, Code::Python));
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    let empty = Value::Object(Vec::new());
    let pattern = rule.pattern.as_ref().unwrap_or(&empty);
    let Value::Object(members) = pattern else { return out };
    if rule.pattern.is_none() || cdk_typed_ok(pattern, Code::Python) {
        out.push_str("events.Rule(\n    self,\n");
        let _ = writeln!(out, "    {},", python_string(&names.pascal));
        let _ = writeln!(out, "    rule_name={},", python_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "    description={},", python_string(&names.description));
        }
        if rule.pattern.is_some() {
            typed_pattern(&mut out, members, Code::Python);
        }
        rule_schedule(&mut out, rule, Code::Python);
        out.push_str(")\n");
    } else {
        out.push_str("events.CfnRule(\n    self,\n");
        let _ = writeln!(out, "    {},", python_string(&names.pascal));
        let _ = writeln!(out, "    name={},", python_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "    description={},", python_string(&names.description));
        }
        out.push_str("    event_pattern=");
        cdk_object(&mut out, members, 4, Code::Python);
        out.push_str(",\n");
        if let Some(expression) = rule.rule_schedule() {
            let _ = writeln!(out, "    schedule_expression={},", python_string(expression));
        }
        out.push_str(")\n");
    }
    out
}

/// The `events.Rule`'s `schedule` property, for a schedule the rule runs.
fn rule_schedule(out: &mut String, rule: &Prepared, code: Code) {
    let Some(expression) = rule.rule_schedule() else { return };
    match code {
        Code::JavaScript => {
            let _ = writeln!(out, "  schedule: events.Schedule.expression({}),", js_string(expression));
        }
        Code::Python => {
            let _ = writeln!(out, "    schedule=events.Schedule.expression({}),", python_string(expression));
        }
    }
}

/// The imports Scheduler's schedules need (`aws-cdk-lib` for the role
/// parameters, `aws-scheduler`), then a blank line; nothing without them.
pub(super) fn scheduler_imports(rule: &Prepared, code: Code) -> String {
    if rule.schedules().is_empty() {
        return String::new();
    }
    match code {
        Code::JavaScript => {
            "import * as cdk from 'aws-cdk-lib';\nimport * as scheduler from 'aws-cdk-lib/aws-scheduler';\n\n"
                .to_owned()
        }
        Code::Python => "import aws_cdk as cdk\nfrom aws_cdk import aws_scheduler as scheduler\n\n".to_owned(),
    }
}

/// Scheduler's schedules as `scheduler.CfnSchedule`s, each role a
/// `CfnParameter`.
fn schedules(out: &mut String, rule: &Prepared, code: Code) {
    let Some(schedule) = &rule.schedule else { return };
    let names = &rule.names;
    for one in &schedule.schedules {
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        let parameter = one.role_parameter();
        let comment = if code == Code::Python { "#" } else { "//" };
        let _ = writeln!(out, "{comment} {}", one.note(&format!("give its ARN as the parameter {parameter}")));
        match code {
            Code::JavaScript => {
                let _ = writeln!(out, "new scheduler.CfnSchedule(this, {}, {{", js_string(&one.pascal));
                let _ = writeln!(out, "  name: {},", js_string(&one.name));
                if !names.description.is_empty() {
                    let _ = writeln!(out, "  description: {},", js_string(&names.description));
                }
                let _ = writeln!(out, "  scheduleExpression: {},", js_string(&schedule.expression));
                if !schedule.timezone.is_empty() {
                    let _ = writeln!(out, "  scheduleExpressionTimezone: {},", js_string(&schedule.timezone));
                }
                for (name, date) in [("startDate", &schedule.start_date), ("endDate", &schedule.end_date)] {
                    if !date.is_empty() {
                        let _ = writeln!(out, "  {name}: {},", js_string(date));
                    }
                }
                match schedule.window {
                    None => out.push_str("  flexibleTimeWindow: { mode: 'OFF' },\n"),
                    Some(minutes) => {
                        let _ = writeln!(
                            out,
                            "  flexibleTimeWindow: {{ mode: 'FLEXIBLE', maximumWindowInMinutes: {minutes} }},"
                        );
                    }
                }
                out.push_str("  target: {\n");
                let _ = writeln!(out, "    arn: {},", js_string(&one.arn));
                let _ = writeln!(
                    out,
                    "    roleArn: new cdk.CfnParameter(this, {}, {{\n      type: 'String',\n      description: {},\n    }}).valueAsString,",
                    js_string(&parameter),
                    js_string(&one.role_description())
                );
                if let Some(input) = &one.input {
                    let _ = writeln!(out, "    input: {},", js_string(input));
                }
                out.push_str("  },\n});\n");
            }
            Code::Python => {
                out.push_str("scheduler.CfnSchedule(\n    self,\n");
                let _ = writeln!(out, "    {},", python_string(&one.pascal));
                let _ = writeln!(out, "    name={},", python_string(&one.name));
                if !names.description.is_empty() {
                    let _ = writeln!(out, "    description={},", python_string(&names.description));
                }
                let _ = writeln!(out, "    schedule_expression={},", python_string(&schedule.expression));
                if !schedule.timezone.is_empty() {
                    let _ = writeln!(out, "    schedule_expression_timezone={},", python_string(&schedule.timezone));
                }
                for (name, date) in [("start_date", &schedule.start_date), ("end_date", &schedule.end_date)] {
                    if !date.is_empty() {
                        let _ = writeln!(out, "    {name}={},", python_string(date));
                    }
                }
                out.push_str("    flexible_time_window=scheduler.CfnSchedule.FlexibleTimeWindowProperty(\n");
                match schedule.window {
                    None => out.push_str("        mode=\"OFF\",\n"),
                    Some(minutes) => {
                        let _ =
                            writeln!(out, "        mode=\"FLEXIBLE\",\n        maximum_window_in_minutes={minutes},");
                    }
                }
                out.push_str("    ),\n    target=scheduler.CfnSchedule.TargetProperty(\n");
                let _ = writeln!(out, "        arn={},", python_string(&one.arn));
                let _ = writeln!(
                    out,
                    "        role_arn=cdk.CfnParameter(\n            self,\n            {},\n            type=\"String\",\n            description={},\n        ).value_as_string,",
                    python_string(&parameter),
                    python_string(&one.role_description())
                );
                if let Some(input) = &one.input {
                    let _ = writeln!(out, "        input={},", python_string(input));
                }
                out.push_str("    ),\n)\n");
            }
        }
    }
}

/// What CDK loses of `pattern` in `format`, one of the CDK formats.
pub(super) fn warnings(format: Format, pattern: &Value) -> Vec<ExportWarning> {
    let mut warnings = Vec::new();
    if format == Format::CdkPython && python_cdk_loses_null(pattern) {
        warnings.push(ExportWarning::PythonCdkDropsNulls);
    }
    if has_key(pattern, "__proto__") {
        warnings.push(ExportWarning::CdkCannotCarryProto);
    }
    warnings
}

/// Whether an object anywhere in the value has a member named `key`.
fn has_key(value: &Value, key: &str) -> bool {
    match value {
        Value::Array(items) => items.iter().any(|v| has_key(v, key)),
        Value::Object(members) => members.iter().any(|(k, v)| k == key || has_key(v, key)),
        _ => false,
    }
}

/// Whether Python CDK would lose a `null`: any null except one alone in its
/// list of conditions (which `Match.null_value()` writes).
fn python_cdk_loses_null(value: &Value) -> bool {
    fn contains_null(value: &Value) -> bool {
        match value {
            Value::Null => true,
            Value::Array(items) => items.iter().any(contains_null),
            Value::Object(members) => members.iter().any(|(_, v)| contains_null(v)),
            _ => false,
        }
    }
    match value {
        Value::Object(members) => members.iter().any(|(key, v)| match v {
            Value::Array(items) if key == "$or" => items.iter().any(python_cdk_loses_null),
            Value::Array(items) if items.len() == 1 && items[0] == Value::Null => false,
            Value::Array(items) => items.iter().any(contains_null),
            other => python_cdk_loses_null(other),
        }),
        _ => false,
    }
}
