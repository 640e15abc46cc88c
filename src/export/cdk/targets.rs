//! AWS CDK with targets: an `events.Rule` whose `targets` are the
//! `aws-events-targets` classes over imported resources (so CDK adds the
//! Lambda permission and makes the roles), each input as an
//! `events.RuleTargetInput` where CDK writes it exactly as EventBridge will
//! deliver it, and set on the CloudFormation rule (`addPropertyOverride`)
//! where not: a text template, a reserved variable, a placeholder alone in
//! quotes, JSON that CDK would respell, a kind whose class takes no input.
//! CDK names its targets `Target0`, `Target1`...: other ids are set there too.
//!
//! A pattern CDK's typed `EventPattern` cannot hold is set on the
//! CloudFormation rule as it is, the `events.Rule` being made with a
//! stand-in pattern (the target classes need an `events.Rule`).

use super::{cdk_object, cdk_typed_ok, typed_pattern};
use crate::export::literals::code::{Code, code_value, javascript_number, js_string, python_string};
use crate::export::literals::pad;
use crate::export::targets::Written;
use crate::export::terraform::plain_decimal;
use crate::export::{Prepared, Value};
use crate::target::{InputTransformer, TargetInput, TargetKind, template};
use std::fmt::Write as _;

/// What CDK writes for each kind of target.
struct KindCode {
    /// The `aws-events-targets` class.
    class: &'static str,
    /// Its input property, if it has one CDK writes as EventBridge's input.
    input: Option<&'static str>,
    /// The module the resource is imported with: (TypeScript alias, module;
    /// Python module, alias); `None` for `aws-events` itself.
    module: Option<(&'static str, &'static str, &'static str, &'static str)>,
}

fn kind_code(kind: TargetKind) -> KindCode {
    let (class, input, module) = match kind {
        TargetKind::LambdaFunction => {
            ("LambdaFunction", Some("event"), Some(("lambda", "aws-cdk-lib/aws-lambda", "aws_lambda", "lambda_")))
        }
        TargetKind::SnsTopic => ("SnsTopic", Some("message"), Some(("sns", "aws-cdk-lib/aws-sns", "aws_sns", "sns"))),
        TargetKind::SqsQueue => ("SqsQueue", Some("message"), Some(("sqs", "aws-cdk-lib/aws-sqs", "aws_sqs", "sqs"))),
        TargetKind::StateMachine => (
            "SfnStateMachine",
            Some("input"),
            Some(("sfn", "aws-cdk-lib/aws-stepfunctions", "aws_stepfunctions", "sfn")),
        ),
        // Its `event` is deprecated, and its `logEvent` holds only a
        // timestamp and a message: the input is set on the rule instead.
        TargetKind::LogGroup => {
            ("CloudWatchLogGroup", None, Some(("logs", "aws-cdk-lib/aws-logs", "aws_logs", "logs")))
        }
        // `targets.EventBus` takes no input.
        TargetKind::EventBus => ("EventBus", None, None),
        TargetKind::KinesisStream => {
            ("KinesisStream", Some("message"), Some(("kinesis", "aws-cdk-lib/aws-kinesis", "aws_kinesis", "kinesis")))
        }
        TargetKind::ApiDestination => ("ApiDestination", Some("event"), None),
    };
    KindCode { class, input, module }
}

/// A call in `code`: TypeScript's or Python's name, `this`/`self` first.
fn call(code: Code, ts: &str, py: &str, id: &str, args: &[String]) -> String {
    let (name, scope, id) = match code {
        Code::JavaScript => (ts, "this", js_string(id)),
        Code::Python => (py, "self", python_string(id)),
    };
    let mut all = vec![scope.to_owned(), id];
    all.extend(args.iter().cloned());
    format!("{name}({})", all.join(", "))
}

/// The expression that imports the target's resource by its ARN.
fn import(code: Code, rule: &Prepared, written: &Written) -> String {
    let id = format!("{}{}", rule.names.pascal, written.pascal);
    let arn = code.string(&written.target.arn);
    let named = |ts: &str, py: &str, value: String| match code {
        Code::JavaScript => format!("{ts}: {value}"),
        Code::Python => format!("{py}={value}"),
    };
    match written.target.kind {
        TargetKind::LambdaFunction => {
            // sameEnvironment: CDK may then add the function's permission.
            let attributes = match code {
                Code::JavaScript => format!("{{ functionArn: {arn}, sameEnvironment: true }}"),
                Code::Python => format!("function_arn={arn}, same_environment=True"),
            };
            call(
                code,
                "lambda.Function.fromFunctionAttributes",
                "lambda_.Function.from_function_attributes",
                &id,
                &[attributes],
            )
        }
        TargetKind::SnsTopic => call(code, "sns.Topic.fromTopicArn", "sns.Topic.from_topic_arn", &id, &[arn]),
        TargetKind::SqsQueue => call(code, "sqs.Queue.fromQueueArn", "sqs.Queue.from_queue_arn", &id, &[arn]),
        TargetKind::StateMachine => {
            call(code, "sfn.StateMachine.fromStateMachineArn", "sfn.StateMachine.from_state_machine_arn", &id, &[arn])
        }
        TargetKind::LogGroup => {
            call(code, "logs.LogGroup.fromLogGroupArn", "logs.LogGroup.from_log_group_arn", &id, &[arn])
        }
        TargetKind::EventBus => {
            call(code, "events.EventBus.fromEventBusArn", "events.EventBus.from_event_bus_arn", &id, &[arn])
        }
        TargetKind::KinesisStream => {
            call(code, "kinesis.Stream.fromStreamArn", "kinesis.Stream.from_stream_arn", &id, &[arn])
        }
        TargetKind::ApiDestination => {
            let parts: Vec<&str> = written.target.arn.splitn(6, ':').collect();
            let part =
                |i: usize, default: &'static str| parts.get(i).copied().filter(|p| !p.is_empty()).unwrap_or(default);
            let (partition, region, account) = (part(1, "aws"), part(3, "REGION"), part(4, "ACCOUNT"));
            let connection = call(
                code,
                "events.Connection.fromEventBusArn",
                "events.Connection.from_event_bus_arn",
                &format!("{id}Connection"),
                &[
                    code.string(&format!(
                        "arn:{partition}:events:{region}:{account}:connection/REPLACE-WITH-CONNECTION-NAME/REPLACE-WITH-CONNECTION-ID"
                    )),
                    code.string(&format!(
                        "arn:{partition}:secretsmanager:{region}:{account}:secret:REPLACE-WITH-CONNECTION-SECRET"
                    )),
                ],
            );
            let attributes = match code {
                Code::JavaScript => format!(
                    "{{ {}, {} }}",
                    named("apiDestinationArn", "", arn.clone()),
                    named("connection", "", connection)
                ),
                Code::Python => format!(
                    "{}, {}",
                    named("", "api_destination_arn", arn.clone()),
                    named("", "connection", connection)
                ),
            };
            call(
                code,
                "events.ApiDestination.fromApiDestinationAttributes",
                "events.ApiDestination.from_api_destination_attributes",
                &id,
                &[attributes],
            )
        }
    }
}

/// Marks a placeholder that stood unquoted in a JSON template, once the
/// template is read as JSON: the marker, then the variable's name.
const FIELD: char = '\u{e000}';

/// An input as `RuleTargetInput` would write it: the value, and for a
/// transformer, its paths (the variables' names and paths).
struct CdkInput {
    value: Value,
    paths: Vec<(String, String)>,
}

/// Whether CDK writes `value` back as the same JSON: no `null` (jsii drops
/// Python's `None`), no empty object or list, no `__proto__`, no marker
/// character, and numbers JavaScript keeps.
fn cdk_keeps(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(_) => true,
        Value::Number(n) => plain_decimal(n) == plain_decimal(&javascript_number(n)),
        Value::String(s) => s.strip_prefix(FIELD).map_or(!s.contains(FIELD), |name| !name.contains(FIELD)),
        Value::Array(items) => !items.is_empty() && items.iter().all(cdk_keeps),
        Value::Object(members) => {
            !members.is_empty() && members.iter().all(|(k, v)| k != "__proto__" && !k.contains(FIELD) && cdk_keeps(v))
        }
    }
}

/// The key CDK gives a variable of `path` (its `displayHint`).
fn cdk_key(path: &str) -> String {
    let start = path.find(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-').unwrap_or(path.len());
    path[start..].chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '-' }).collect()
}

/// The transformer as `RuleTargetInput.fromObject` with `EventField`s, or
/// why CDK cannot write it so.
fn transformer_input(transformer: &InputTransformer) -> Result<CdkInput, &'static str> {
    let text = &transformer.template;
    if !template::is_json_template(text) {
        return Err("a text template, which CDK would write as a JSON string");
    }
    if text.contains(FIELD) {
        return Err("a character CDK's writer here uses as a marker");
    }
    let placeholders = template::placeholders(text);
    let path_of = |name: &str| transformer.paths.iter().find(|(k, _)| k == name).map(|(_, p)| p.clone());
    if placeholders.iter().any(|p| path_of(&p.name).is_none()) {
        return Err("a reserved variable, which CDK has no EventField for");
    }
    if placeholders.iter().any(|p| p.as_key) {
        return Err("a placeholder as a key");
    }
    // Unquoted placeholders become marked strings, so the template reads as JSON.
    let mut json = String::new();
    let mut at = 0;
    for placeholder in placeholders.iter().filter(|p| !p.quoted) {
        json.push_str(&text[at..placeholder.span.start]);
        json.push_str(&serde_json::to_string(&format!("{FIELD}{}", placeholder.name)).unwrap_or_default());
        at = placeholder.span.end;
    }
    json.push_str(&text[at..]);
    let value = crate::export::parse_value(&json).map_err(|_| "a template that is not JSON once filled")?;
    if !cdk_keeps(&value) {
        return Err("JSON that CDK would write differently");
    }
    let used: Vec<(String, String)> =
        transformer.paths.iter().filter(|(k, _)| placeholders.iter().any(|p| p.name == *k)).cloned().collect();
    let mut quoted_found = 0;
    let mut quoted_alone = false;
    count_quoted(&value, &used, &mut quoted_found, &mut quoted_alone);
    if quoted_alone {
        return Err("a placeholder alone in quotes, which CDK would unquote");
    }
    if quoted_found != placeholders.iter().filter(|p| p.quoted).count() {
        return Err("a string whose escapes CDK would read as a placeholder");
    }
    // CDK names each path's variable after the path; two paths with one
    // name, or a name AWS keeps (AWS...), would not do.
    let mut keys: Vec<(String, &str)> = Vec::new();
    for (_, path) in &used {
        let key = cdk_key(path);
        if keys.iter().any(|(k, p)| *k == key && *p != path) || key.starts_with("AWS") || key.is_empty() {
            return Err("paths CDK would name alike");
        }
        keys.push((key, path));
    }
    Ok(CdkInput { value, paths: used })
}

/// Counts the placeholders inside strings, and notes a string that is one
/// placeholder alone.
fn count_quoted(value: &Value, paths: &[(String, String)], found: &mut usize, alone: &mut bool) {
    match value {
        Value::String(s) if !s.starts_with(FIELD) => {
            let parts = split_fields(s, paths);
            *found += parts.iter().filter(|p| p.is_err()).count();
            if parts.len() == 1 && parts[0].is_err() {
                *alone = true;
            }
        }
        Value::Array(items) => items.iter().for_each(|v| count_quoted(v, paths, found, alone)),
        Value::Object(members) => members.iter().for_each(|(_, v)| count_quoted(v, paths, found, alone)),
        _ => {}
    }
}

/// A string cut into its text (`Ok`) and its placeholders (`Err(path)`).
fn split_fields<'a>(s: &'a str, paths: &'a [(String, String)]) -> Vec<Result<&'a str, &'a str>> {
    let mut parts = Vec::new();
    let mut rest = s;
    let mut literal_start = 0;
    let mut i = 0;
    while i < rest.len() {
        if rest[i..].starts_with('<')
            && let Some((key, path)) = paths.iter().find(|(k, _)| rest[i + 1..].starts_with(&format!("{k}>")))
        {
            if i > literal_start {
                parts.push(Ok(&rest[literal_start..i]));
            }
            parts.push(Err(path.as_str()));
            rest = &rest[i + key.len() + 2..];
            i = 0;
            literal_start = 0;
            continue;
        }
        i += rest[i..].chars().next().map_or(1, char::len_utf8);
    }
    if literal_start < rest.len() {
        parts.push(Ok(&rest[literal_start..]));
    }
    parts
}

/// `events.EventField.fromPath(path)`.
fn field(code: Code, path: &str) -> String {
    match code {
        Code::JavaScript => format!("events.EventField.fromPath({})", js_string(path)),
        Code::Python => format!("events.EventField.from_path({})", python_string(path)),
    }
}

/// A value as an expression, its marked strings as `EventField`s and
/// strings with placeholders as concatenations; objects on several lines.
fn input_value(out: &mut String, value: &Value, indent: usize, code: Code, paths: &[(String, String)]) {
    match value {
        Value::Null => out.push_str(if code == Code::Python { "None" } else { "null" }),
        Value::Bool(b) => out.push_str(code.boolean(*b)),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => {
            if let Some(name) = s.strip_prefix(FIELD) {
                let path = paths.iter().find(|(k, _)| k == name).map_or("$", |(_, p)| p.as_str());
                out.push_str(&field(code, path));
            } else {
                let parts: Vec<String> = split_fields(s, paths)
                    .into_iter()
                    .map(|part| match part {
                        Ok(text) => code.string(text),
                        Err(path) => field(code, path),
                    })
                    .collect();
                if parts.is_empty() {
                    out.push_str(&code.string(""));
                } else {
                    out.push_str(&parts.join(" + "));
                }
            }
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                input_value(out, item, indent, code, paths);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push_str("{\n");
            for (key, member) in members {
                pad(out, indent + code.indent());
                out.push_str(&code.key(key));
                out.push_str(": ");
                input_value(out, member, indent + code.indent(), code, paths);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

/// How a target's input is written: through the class, on the rule (with
/// why), or not at all (the matched event).
enum InputWay {
    None,
    Class(String),
    Override(&'static str),
}

/// The `RuleTargetInput` expression for the target's input, at `indent`.
fn input_way(code: Code, written: &Written, indent: usize) -> InputWay {
    let (ts, py) = ("events.RuleTargetInput", "events.RuleTargetInput");
    let has_property = kind_code(written.target.kind).input.is_some();
    let from = |method_ts: &str, method_py: &str| match code {
        Code::JavaScript => format!("{ts}.{method_ts}("),
        Code::Python => format!("{py}.{method_py}("),
    };
    let made = match &written.target.input {
        TargetInput::MatchedEvent => return InputWay::None,
        _ if !has_property => return InputWay::Override("its class takes no input"),
        TargetInput::Part(path) => Ok(format!("{}{})", from("fromEventPath", "from_event_path"), code.string(path))),
        TargetInput::Constant(text) => match crate::export::parse_value(text) {
            Ok(value) if cdk_keeps(&value) => {
                let mut out = from("fromObject", "from_object");
                input_value(&mut out, &value, indent, code, &[]);
                out.push(')');
                Ok(out)
            }
            _ => Err("JSON that CDK would write differently"),
        },
        TargetInput::Transformer(transformer) => transformer_input(transformer).map(|input| {
            let mut out = from("fromObject", "from_object");
            input_value(&mut out, &input.value, indent, code, &input.paths);
            out.push(')');
            out
        }),
    };
    match made {
        Ok(expression) => InputWay::Class(expression),
        Err(why) => InputWay::Override(why),
    }
}

/// AWS CDK with targets, in `code`'s language.
pub(super) fn cdk_with_targets(rule: &Prepared, code: Code) -> String {
    let empty = Value::Object(Vec::new());
    let pattern = rule.pattern.as_ref().unwrap_or(&empty);
    let Value::Object(members) = pattern else { return String::new() };
    let mut out = imports(rule, code);
    // A rule with only a schedule has no pattern to type: none is written.
    let typed = rule.pattern.is_none() || cdk_typed_ok(pattern, code);
    // The input's object starts on the line of its property (`event:` at 6
    // spaces in TypeScript, `event=` at 12 in Python).
    let indent = if code == Code::Python { 12 } else { 6 };
    let ways: Vec<InputWay> = rule.targets.iter().map(|w| input_way(code, w, indent)).collect();
    match code {
        Code::JavaScript => rule_ts(&mut out, rule, members, typed, &ways),
        Code::Python => rule_python(&mut out, rule, members, typed, &ways),
    }
    overrides(&mut out, rule, members, typed, &ways, code);
    out
}

/// The imports: `aws-events`, `aws-events-targets`, and the modules the
/// targets' resources are imported with.
fn imports(rule: &Prepared, code: Code) -> String {
    let mut out = String::new();
    let mut modules: Vec<(&str, &str, &str, &str)> = Vec::new();
    for written in &rule.targets {
        if let Some(module) = kind_code(written.target.kind).module
            && !modules.contains(&module)
        {
            modules.push(module);
        }
    }
    match code {
        Code::JavaScript => {
            out.push_str("import * as events from 'aws-cdk-lib/aws-events';\n");
            out.push_str("import * as targets from 'aws-cdk-lib/aws-events-targets';\n");
            for (alias, module, _, _) in &modules {
                let _ = writeln!(out, "import * as {alias} from '{module}';");
            }
        }
        Code::Python => {
            out.push_str("from aws_cdk import aws_events as events\n");
            out.push_str("from aws_cdk import aws_events_targets as targets\n");
            for (_, _, module, alias) in &modules {
                let _ = writeln!(out, "from aws_cdk import {module} as {alias}");
            }
        }
    }
    let scheduler = super::scheduler_imports(rule, code);
    if scheduler.is_empty() {
        out.push('\n');
    } else {
        out.push_str(&scheduler);
    }
    out
}

/// Says why the rule has a stand-in pattern, when it has one.
fn stand_in_note(out: &mut String, typed: bool, code: Code) {
    if !typed {
        let comment = if code == Code::Python { "#" } else { "//" };
        let _ = writeln!(
            out,
            "{comment} CDK's typed pattern cannot hold this pattern: the rule is made with a stand-in\n{comment} pattern, and the CloudFormation rule gets the pattern as it is below."
        );
    }
}

/// The `events.Rule` with its targets, in TypeScript.
fn rule_ts(out: &mut String, rule: &Prepared, members: &[(String, Value)], typed: bool, ways: &[InputWay]) {
    let (code, names) = (Code::JavaScript, &rule.names);
    stand_in_note(out, typed, code);
    {
        {
            let _ = writeln!(out, "const rule = new events.Rule(this, {}, {{", js_string(&names.pascal));
            let _ = writeln!(out, "  ruleName: {},", js_string(&names.rule));
            if !names.description.is_empty() {
                let _ = writeln!(out, "  description: {},", js_string(&names.description));
            }
            if !typed {
                out.push_str("  eventPattern: { source: ['stand-in, replaced below'] },\n");
            } else if rule.pattern.is_some() {
                typed_pattern(out, members, code);
            }
            super::rule_schedule(out, rule, code);
            out.push_str("  targets: [\n");
            for (written, way) in rule.targets.iter().zip(ways) {
                target_notes(out, written, code, 4);
                let class = kind_code(written.target.kind);
                let _ = write!(out, "    new targets.{}({}", class.class, import(code, rule, written));
                if let (InputWay::Class(expression), Some(property)) = (way, class.input) {
                    let _ = write!(out, ", {{\n      {property}: {expression},\n    }}");
                }
                out.push_str("),\n");
            }
            out.push_str("  ],\n});\n");
        }
    }
}

/// The `events.Rule` with its targets, in Python.
fn rule_python(out: &mut String, rule: &Prepared, members: &[(String, Value)], typed: bool, ways: &[InputWay]) {
    let (code, names) = (Code::Python, &rule.names);
    stand_in_note(out, typed, code);
    {
        {
            out.push_str("rule = events.Rule(\n    self,\n");
            let _ = writeln!(out, "    {},", python_string(&names.pascal));
            let _ = writeln!(out, "    rule_name={},", python_string(&names.rule));
            if !names.description.is_empty() {
                let _ = writeln!(out, "    description={},", python_string(&names.description));
            }
            if !typed {
                out.push_str("    event_pattern=events.EventPattern(source=[\"stand-in, replaced below\"]),\n");
            } else if rule.pattern.is_some() {
                typed_pattern(out, members, code);
            }
            super::rule_schedule(out, rule, code);
            out.push_str("    targets=[\n");
            for (written, way) in rule.targets.iter().zip(ways) {
                target_notes(out, written, code, 8);
                let class = kind_code(written.target.kind);
                let _ = writeln!(out, "        targets.{}(", class.class);
                let _ = writeln!(out, "            {},", import(code, rule, written));
                if let (InputWay::Class(expression), Some(property)) = (way, class.input) {
                    let _ = writeln!(out, "            {property}={expression},");
                }
                out.push_str("        ),\n");
            }
            out.push_str("    ],\n)\n");
        }
    }
}

/// The ids, the input and the pattern set on the CloudFormation rule.
fn overrides(
    out: &mut String,
    rule: &Prepared,
    members: &[(String, Value)],
    typed: bool,
    ways: &[InputWay],
    code: Code,
) {
    let renamed: Vec<usize> =
        (0..rule.targets.len()).filter(|&i| rule.targets[i].target.id != format!("Target{i}")).collect();
    let overridden: Vec<usize> = (0..ways.len()).filter(|&i| matches!(ways[i], InputWay::Override(_))).collect();
    // CloudWatchLogGroup writes the log group's ARN in the stack's own
    // region and account (from its name), not the ARN imported.
    let log_groups: Vec<usize> =
        (0..rule.targets.len()).filter(|&i| rule.targets[i].target.kind == TargetKind::LogGroup).collect();
    if typed && renamed.is_empty() && overridden.is_empty() && log_groups.is_empty() {
        return;
    }
    let (comment, set) = match code {
        Code::JavaScript => {
            out.push_str("const cfnRule = rule.node.defaultChild as events.CfnRule;\n");
            ("//", "cfnRule.addPropertyOverride")
        }
        Code::Python => {
            out.push_str("cfn_rule = rule.node.default_child\n");
            ("#", "cfn_rule.add_property_override")
        }
    };
    let end = if code == Code::Python { "\n" } else { ";\n" };
    if !typed {
        out.push_str(if code == Code::Python { "cfn_rule.event_pattern = " } else { "cfnRule.eventPattern = " });
        cdk_object(out, members, 0, code);
        out.push_str(end);
    }
    if !renamed.is_empty() {
        let _ = writeln!(out, "{comment} CDK names the targets Target0, Target1, ...: their ids are set here.");
        for &i in &renamed {
            let id = code.string(&rule.targets[i].target.id);
            let _ = write!(out, "{set}({}, {id}){end}", code.string(&format!("Targets.{i}.Id")));
        }
    }
    if !log_groups.is_empty() {
        let _ = writeln!(
            out,
            "{comment} CDK writes a log group target's ARN in the stack's region and account: the ARN is set here."
        );
        for &i in &log_groups {
            let arn = code.string(&rule.targets[i].target.arn);
            let _ = write!(out, "{set}({}, {arn}){end}", code.string(&format!("Targets.{i}.Arn")));
        }
    }
    for &i in &overridden {
        let InputWay::Override(why) = ways[i] else { continue };
        let written = &rule.targets[i];
        let _ = writeln!(
            out,
            "{comment} Target {}: RuleTargetInput cannot write this input exactly ({why}):\n{comment} it is set here as EventBridge takes it.",
            written.target.id
        );
        if let Value::Object(members) = written.aws_value(None) {
            for (key, value) in members.iter().skip(2) {
                let _ = write!(out, "{set}({}, ", code.string(&format!("Targets.{i}.{key}")));
                code_value(out, value, 0, false, code);
                let _ = write!(out, "){end}");
            }
        }
    }
}

/// The comment lines before a target: the policy it needs, and for an API
/// destination, what the connection's ARNs are.
fn target_notes(out: &mut String, written: &Written, code: Code, indent: usize) {
    let comment = if code == Code::Python { "#" } else { "//" };
    let mut notes = written.notes(None);
    if written.target.kind == TargetKind::ApiDestination {
        notes.push("CDK imports an API destination with its connection, which the rule does not use:".to_owned());
        notes.push("the connection's ARNs below are placeholders.".to_owned());
    }
    for note in notes {
        pad(out, indent);
        let _ = writeln!(out, "{comment} {note}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cdk_names_variables_after_their_paths() {
        assert_eq!(cdk_key("$.detail.state"), "detail-state");
        assert_eq!(cdk_key("$"), "");
        assert_eq!(cdk_key("$.resources[0]"), "resources-0-");
    }

    #[test]
    fn strings_split_at_their_placeholders() {
        let paths = vec![("id".to_owned(), "$.id".to_owned()), ("s".to_owned(), "$.s".to_owned())];
        assert_eq!(split_fields("a <id> b<s>", &paths), [Ok("a "), Err("$.id"), Ok(" b"), Err("$.s")]);
        assert_eq!(split_fields("<x> 한국어", &paths), [Ok("<x> 한국어")]);
    }
}
