//! CloudFormation: an `AWS::Events::Rule` template in YAML and in JSON, and
//! AWS SAM (a CloudFormation transform) with the rule as a function's event.

use super::literals::json::json;
use super::literals::yaml::{yaml_pattern, yaml_string};
use super::{Prepared, Value};
use std::fmt::Write as _;

/// A CloudFormation template with one `AWS::Events::Rule`, in JSON.
pub(super) fn cloudformation_json(rule: &Prepared) -> String {
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut properties = vec![("Name".to_owned(), Value::String(names.rule.clone()))];
    if !names.description.is_empty() {
        properties.push(("Description".to_owned(), Value::String(names.description.clone())));
    }
    properties.push(("State".to_owned(), Value::String("ENABLED".to_owned())));
    properties.push(("EventPattern".to_owned(), pattern.clone()));
    let resource = Value::Object(vec![
        ("Type".to_owned(), Value::String("AWS::Events::Rule".to_owned())),
        ("Properties".to_owned(), Value::Object(properties)),
    ]);
    let template = Value::Object(vec![
        ("AWSTemplateFormatVersion".to_owned(), Value::String("2010-09-09".to_owned())),
        ("Resources".to_owned(), Value::Object(vec![(names.pascal.clone(), resource)])),
    ]);
    let mut out = String::new();
    json(&mut out, &template, 0, false);
    out.push('\n');
    out
}

/// A CloudFormation template with one `AWS::Events::Rule`, in YAML.
pub(super) fn cloudformation_yaml(rule: &Prepared) -> String {
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut out = String::from("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
    let _ = writeln!(out, "  {}:\n    Type: AWS::Events::Rule\n    Properties:", names.pascal);
    let _ = writeln!(out, "      Name: {}", yaml_string(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "      Description: {}", yaml_string(&names.description));
    }
    out.push_str("      State: ENABLED\n");
    yaml_pattern(&mut out, "EventPattern", pattern, 6);
    out
}

/// An AWS SAM template: a function with an `EventBridgeRule` event.
pub(super) fn sam(rule: &Prepared) -> String {
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut out = String::from("AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n");
    if !names.description.is_empty() {
        let _ = writeln!(out, "Description: {}", yaml_string(&names.description));
    }
    out.push_str("Resources:\n");
    let _ = writeln!(out, "  {}Function:", names.pascal);
    out.push_str(
        "    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      CodeUri: src/\n      Events:\n",
    );
    let _ = writeln!(out, "        {}:\n          Type: EventBridgeRule\n          Properties:", names.pascal);
    let _ = writeln!(out, "            RuleName: {}", yaml_string(&names.rule));
    yaml_pattern(&mut out, "Pattern", pattern, 12);
    out
}
