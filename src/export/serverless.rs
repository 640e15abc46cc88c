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
use super::cloudformation::{Roles, yaml_resources, yaml_schedules};
use super::literals::yaml::{yaml_pattern, yaml_string};
use crate::target::{InputTransformer, TargetInput};
use std::fmt::Write as _;

/// A Serverless Framework function with an `eventBridge` event (and a
/// `schedule` event for a schedule the rule runs), or with targets, the
/// rule in `resources:`. Scheduler's schedules are `resources:` too.
pub(super) fn serverless(rule: &Prepared) -> String {
    let mut escaped = rule.clone();
    for written in &mut escaped.targets {
        escape_variables(&mut written.target.input);
    }
    if let Some(schedule) = &mut escaped.schedule {
        for one in &mut schedule.schedules {
            if let Some(input) = &mut one.input {
                *input = escape_variable_text(input);
            }
        }
    }
    if !rule.targets.is_empty() || !rule.events_rule() {
        let mut out = String::from("resources:\n  Resources:\n");
        yaml_resources(&mut out, &escaped, 4, Roles::Placeholder);
        return out;
    }
    let names = &rule.names;
    let mut out = String::from("functions:\n");
    let _ = writeln!(out, "  {}Handler:", names.camel.trim_end_matches("Rule"));
    if !names.description.is_empty() {
        let _ = writeln!(out, "    description: {}", yaml_string(&names.description));
    }
    out.push_str("    handler: handler.main\n    events:\n");
    if let Some(pattern) = &rule.pattern {
        out.push_str("      - eventBridge:\n");
        yaml_pattern(&mut out, "pattern", pattern, 10);
    }
    if let Some(expression) = rule.rule_schedule() {
        let _ = writeln!(out, "      - schedule: {}", yaml_string(expression));
    }
    if !rule.schedules().is_empty() {
        out.push_str("resources:\n  Resources:\n");
        yaml_schedules(&mut out, &escaped, 4, Roles::Placeholder);
    }
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
