//! CloudFormation: an `AWS::Events::Rule` template in YAML and in JSON, and
//! AWS SAM (a CloudFormation transform) with the rule as a function's event.
//!
//! Targets go in the rule's `Targets`, each Lambda function gets an
//! `AWS::Lambda::Permission` for the rule, and each kind EventBridge reaches
//! through a role gets a parameter for its `RoleArn`.

use super::literals::json::json;
use super::literals::yaml::{yaml_pattern, yaml_string};
use super::targets::{EVENTS_PRINCIPAL, Written};
use super::{Prepared, Value};
use std::fmt::Write as _;

/// Where a target's `RoleArn` comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Roles {
    /// A template parameter per target (`<Rule><Target>RoleArn`).
    Parameter,
    /// A placeholder string to replace (where the tool has no parameters).
    Placeholder,
}

/// The logical id of the parameter for a target's role.
fn role_parameter(rule: &Prepared, target: &Written) -> String {
    format!("{}{}RoleArn", rule.names.pascal, target.pascal)
}

/// The logical id of a Lambda target's permission.
fn permission_id(rule: &Prepared, target: &Written) -> String {
    format!("{}{}Permission", rule.names.pascal, target.pascal)
}

/// What the comment before a target says of its role.
fn role_note(rule: &Prepared, target: &Written, roles: Roles) -> String {
    match roles {
        Roles::Parameter => format!("give its ARN as the parameter {}", role_parameter(rule, target)),
        Roles::Placeholder => format!("put its ARN in place of {}", target.role_placeholder()),
    }
}

/// The `RoleArn`'s value as a [`Value`] (JSON templates).
fn role_value(rule: &Prepared, target: &Written, roles: Roles) -> Value {
    match roles {
        Roles::Parameter => Value::Object(vec![("Ref".to_owned(), Value::String(role_parameter(rule, target)))]),
        Roles::Placeholder => Value::String(target.role_placeholder()),
    }
}

/// The description of a target's role parameter.
fn role_parameter_description(target: &Written) -> String {
    format!(
        "ARN of a role EventBridge can assume, allowed {} on {} (target {})",
        super::targets::role_action(target.target.kind),
        target.target.arn,
        target.target.id
    )
}

/// A CloudFormation template with one `AWS::Events::Rule`, in JSON (and
/// Scheduler's schedules, when it runs the rule's schedule).
pub(super) fn cloudformation_json(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut resources = Vec::new();
    if rule.events_rule() {
        let mut properties = vec![("Name".to_owned(), Value::String(names.rule.clone()))];
        if !names.description.is_empty() {
            properties.push(("Description".to_owned(), Value::String(names.description.clone())));
        }
        properties.push(("State".to_owned(), Value::String("ENABLED".to_owned())));
        if let Some(pattern) = &rule.pattern {
            properties.push(("EventPattern".to_owned(), pattern.clone()));
        }
        if let Some(expression) = rule.rule_schedule() {
            properties.push(("ScheduleExpression".to_owned(), Value::String(expression.to_owned())));
        }
        if !rule.targets.is_empty() {
            let targets =
                rule.targets.iter().map(|t| t.aws_value(Some(role_value(rule, t, Roles::Parameter)))).collect();
            properties.push(("Targets".to_owned(), Value::Array(targets)));
        }
        let resource = Value::Object(vec![
            ("Type".to_owned(), Value::String("AWS::Events::Rule".to_owned())),
            ("Properties".to_owned(), Value::Object(properties)),
        ]);
        resources.push((names.pascal.clone(), resource));
        for target in rule.targets.iter().filter(|t| t.is_lambda()) {
            let string = |s: &str| Value::String(s.to_owned());
            let properties = Value::Object(vec![
                ("Action".to_owned(), string("lambda:InvokeFunction")),
                ("FunctionName".to_owned(), string(&target.target.arn)),
                ("Principal".to_owned(), string(EVENTS_PRINCIPAL)),
                (
                    "SourceArn".to_owned(),
                    Value::Object(vec![(
                        "Fn::GetAtt".to_owned(),
                        Value::Array(vec![string(&names.pascal), string("Arn")]),
                    )]),
                ),
            ]);
            let permission = Value::Object(vec![
                ("Type".to_owned(), string("AWS::Lambda::Permission")),
                ("Properties".to_owned(), properties),
            ]);
            resources.push((permission_id(rule, target), permission));
        }
    }
    if let Some(schedule) = &rule.schedule {
        for one in &schedule.schedules {
            let reference = Value::Object(vec![("Ref".to_owned(), Value::String(one.role_parameter()))]);
            let resource = Value::Object(vec![
                ("Type".to_owned(), Value::String("AWS::Scheduler::Schedule".to_owned())),
                ("Properties".to_owned(), schedule.properties(one, names, reference)),
            ]);
            resources.push((one.pascal.clone(), resource));
        }
    }
    let mut template = vec![("AWSTemplateFormatVersion".to_owned(), Value::String("2010-09-09".to_owned()))];
    let parameter = |description: String| {
        Value::Object(vec![
            ("Type".to_owned(), Value::String("String".to_owned())),
            ("Description".to_owned(), Value::String(description)),
        ])
    };
    let mut parameters: Vec<(String, Value)> = Vec::new();
    if rule.events_rule() {
        parameters.extend(
            rule.targets
                .iter()
                .filter(|t| t.needs_role())
                .map(|t| (role_parameter(rule, t), parameter(role_parameter_description(t)))),
        );
    }
    parameters.extend(rule.schedules().iter().map(|s| (s.role_parameter(), parameter(s.role_description()))));
    if !parameters.is_empty() {
        template.push(("Parameters".to_owned(), Value::Object(parameters)));
    }
    template.push(("Resources".to_owned(), Value::Object(resources)));
    let mut out = String::new();
    json(&mut out, &Value::Object(template), 0, false);
    out.push('\n');
    out
}

/// The `Parameters:` section for the targets' roles and the schedules', if
/// any need one.
fn yaml_role_parameters(out: &mut String, rule: &Prepared) {
    let with_role: Vec<&Written> = rule.targets.iter().filter(|t| t.needs_role() && rule.events_rule()).collect();
    if with_role.is_empty() && rule.schedules().is_empty() {
        return;
    }
    out.push_str("Parameters:\n");
    for target in with_role {
        let _ = writeln!(out, "  {}:\n    Type: String", role_parameter(rule, target));
        let _ = writeln!(out, "    Description: {}", yaml_string(&role_parameter_description(target)));
    }
    for one in rule.schedules() {
        let _ = writeln!(out, "  {}:\n    Type: String", one.role_parameter());
        let _ = writeln!(out, "    Description: {}", yaml_string(&one.role_description()));
    }
}

/// The rule resource (as `<indent>Name:`), its targets and the Lambda
/// permissions, then Scheduler's schedules, in YAML; resources at `indent`.
pub(super) fn yaml_resources(out: &mut String, rule: &Prepared, indent: usize, roles: Roles) {
    if rule.events_rule() {
        yaml_rule(out, rule, indent, roles);
    }
    yaml_schedules(out, rule, indent, roles);
}

/// Scheduler's schedules as `AWS::Scheduler::Schedule` resources, in YAML.
pub(super) fn yaml_schedules(out: &mut String, rule: &Prepared, indent: usize, roles: Roles) {
    let Some(schedule) = &rule.schedule else { return };
    let pad = " ".repeat(indent);
    for one in &schedule.schedules {
        let (arn, role_where) = match roles {
            Roles::Parameter => (
                Value::Object(vec![("Ref".to_owned(), Value::String(one.role_parameter()))]),
                format!("give its ARN as the parameter {}", one.role_parameter()),
            ),
            Roles::Placeholder => {
                (Value::String(one.role_placeholder()), format!("put its ARN in place of {}", one.role_placeholder()))
            }
        };
        let _ = writeln!(out, "{pad}# {}", one.note(&role_where));
        let _ = writeln!(out, "{pad}{}:\n{pad}  Type: AWS::Scheduler::Schedule", one.pascal);
        yaml_pattern(out, "Properties", &schedule.properties(one, &rule.names, arn), indent + 2);
    }
}

/// The `AWS::Events::Rule` (as `<indent>Name:`), its targets and the Lambda
/// permissions, in YAML.
fn yaml_rule(out: &mut String, rule: &Prepared, indent: usize, roles: Roles) {
    let names = &rule.names;
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{}:\n{pad}  Type: AWS::Events::Rule\n{pad}  Properties:", names.pascal);
    let _ = writeln!(out, "{pad}    Name: {}", yaml_string(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "{pad}    Description: {}", yaml_string(&names.description));
    }
    let _ = writeln!(out, "{pad}    State: ENABLED");
    if let Some(pattern) = &rule.pattern {
        yaml_pattern(out, "EventPattern", pattern, indent + 4);
    }
    if let Some(expression) = rule.rule_schedule() {
        let _ = writeln!(out, "{pad}    ScheduleExpression: {}", yaml_string(expression));
    }
    if rule.targets.is_empty() {
        return;
    }
    let _ = writeln!(out, "{pad}    Targets:");
    for target in &rule.targets {
        for note in target.notes(Some(&role_note(rule, target, roles))) {
            let _ = writeln!(out, "{pad}      # {note}");
        }
        let _ = writeln!(out, "{pad}      - Id: {}", yaml_string(&target.target.id));
        let _ = writeln!(out, "{pad}        Arn: {}", yaml_string(&target.target.arn));
        if target.needs_role() {
            match roles {
                Roles::Parameter => {
                    let _ = writeln!(out, "{pad}        RoleArn: !Ref {}", role_parameter(rule, target));
                }
                Roles::Placeholder => {
                    let _ = writeln!(out, "{pad}        RoleArn: {}", yaml_string(&target.role_placeholder()));
                }
            }
        }
        // The input members, after Id and Arn.
        if let Value::Object(members) = target.aws_value(None) {
            for (key, value) in members.iter().skip(2) {
                yaml_pattern(out, key, value, indent + 8);
            }
        }
    }
    for target in rule.targets.iter().filter(|t| t.is_lambda()) {
        let _ = writeln!(
            out,
            "{pad}{}:\n{pad}  Type: AWS::Lambda::Permission\n{pad}  Properties:",
            permission_id(rule, target)
        );
        let _ = writeln!(out, "{pad}    Action: lambda:InvokeFunction");
        let _ = writeln!(out, "{pad}    FunctionName: {}", yaml_string(&target.target.arn));
        let _ = writeln!(out, "{pad}    Principal: {EVENTS_PRINCIPAL}");
        let _ = writeln!(out, "{pad}    SourceArn: !GetAtt {}.Arn", names.pascal);
    }
}

/// A CloudFormation template with one `AWS::Events::Rule`, in YAML (and
/// Scheduler's schedules, when it runs the rule's schedule).
pub(super) fn cloudformation_yaml(rule: &Prepared) -> String {
    let mut out = String::from("AWSTemplateFormatVersion: '2010-09-09'\n");
    yaml_role_parameters(&mut out, rule);
    out.push_str("Resources:\n");
    yaml_resources(&mut out, rule, 2, Roles::Parameter);
    out
}

/// An AWS SAM template: a function with an `EventBridgeRule` event, and a
/// `Schedule` event for a schedule the rule runs.
///
/// With targets, it is the CloudFormation template under SAM's transform
/// instead (an `AWS::Events::Rule` with `Targets`, which a SAM template may
/// hold): a function's `EventBridgeRule` event makes a rule whose one target
/// is that new function, while the rule's targets are existing resources
/// named by ARN, of any kind, several to a rule. Scheduler's schedules are
/// `AWS::Scheduler::Schedule` resources either way.
pub(super) fn sam(rule: &Prepared) -> String {
    let header = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n";
    if !rule.targets.is_empty() || !rule.events_rule() {
        let mut out = String::from(header);
        yaml_role_parameters(&mut out, rule);
        out.push_str("Resources:\n");
        yaml_resources(&mut out, rule, 2, Roles::Parameter);
        return out;
    }
    let names = &rule.names;
    let mut out = String::from(header);
    if !names.description.is_empty() {
        let _ = writeln!(out, "Description: {}", yaml_string(&names.description));
    }
    yaml_role_parameters(&mut out, rule);
    out.push_str("Resources:\n");
    let _ = writeln!(out, "  {}Function:", names.pascal);
    out.push_str(
        "    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      CodeUri: src/\n      Events:\n",
    );
    if let Some(pattern) = &rule.pattern {
        let _ = writeln!(out, "        {}:\n          Type: EventBridgeRule\n          Properties:", names.pascal);
        let _ = writeln!(out, "            RuleName: {}", yaml_string(&names.rule));
        yaml_pattern(&mut out, "Pattern", pattern, 12);
    }
    if let Some(expression) = rule.rule_schedule() {
        // SAM's Schedule event is a rule of its own: with a pattern too, the
        // function has two rules, one for each way it fires.
        let (event, name) = if rule.pattern.is_some() {
            let mut name = names.rule.chars().take(55).collect::<String>();
            name.push_str("-schedule");
            (format!("{}Schedule", names.pascal), name)
        } else {
            (names.pascal.clone(), names.rule.clone())
        };
        let _ = writeln!(out, "        {event}:\n          Type: Schedule\n          Properties:");
        let _ = writeln!(out, "            Name: {}", yaml_string(&name));
        let _ = writeln!(out, "            Schedule: {}", yaml_string(expression));
    }
    yaml_schedules(&mut out, rule, 2, Roles::Parameter);
    out
}
