//! The Serverless Framework: a function with an `eventBridge` event, in YAML.
//!
//! With targets, the rule goes in the `resources:` section (CloudFormation,
//! which Serverless merges into its stack) instead: a function's
//! `eventBridge` event makes a rule whose one target is that function, while
//! the rule's targets are existing resources named by ARN, of any kind,
//! several to a rule. There the targets are written as CloudFormation has
//! them, with a placeholder for each role (Serverless has no template
//! parameters), and Serverless's `${...}` variables are escaped as `\${`.

use super::Prepared;
use super::cloudformation::{Roles, yaml_resources};
use super::literals::yaml::{yaml_pattern, yaml_string};
use crate::target::{InputTransformer, TargetInput};
use std::fmt::Write as _;

/// A Serverless Framework function with an `eventBridge` event, or with
/// targets, the rule in `resources:`.
pub(super) fn serverless(rule: &Prepared) -> String {
    if !rule.targets.is_empty() {
        let mut escaped = rule.clone();
        for written in &mut escaped.targets {
            escape_variables(&mut written.target.input);
        }
        let mut out = String::from("resources:\n  Resources:\n");
        yaml_resources(&mut out, &escaped, 4, Roles::Placeholder);
        return out;
    }
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut out = String::from("functions:\n");
    let _ = writeln!(out, "  {}Handler:", names.camel.trim_end_matches("Rule"));
    if !names.description.is_empty() {
        let _ = writeln!(out, "    description: {}", yaml_string(&names.description));
    }
    out.push_str("    handler: handler.main\n    events:\n      - eventBridge:\n");
    yaml_pattern(&mut out, "pattern", pattern, 10);
    out
}

/// `text` with each `${` written `\${`, which Serverless's variable
/// resolver reads as the text `${`.
pub(super) fn escape_variable_text(text: &str) -> String {
    text.replace("${", "\\${")
}

fn escape_variables(input: &mut TargetInput) {
    match input {
        TargetInput::MatchedEvent => {}
        TargetInput::Part(text) | TargetInput::Constant(text) => *text = escape_variable_text(text),
        TargetInput::Transformer(InputTransformer { paths, template }) => {
            *template = escape_variable_text(template);
            for (_, path) in paths {
                *path = escape_variable_text(path);
            }
        }
    }
}
