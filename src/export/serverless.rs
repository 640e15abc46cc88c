//! The Serverless Framework: a function with an `eventBridge` event, in YAML.

use super::Prepared;
use super::literals::yaml::{yaml_pattern, yaml_string};
use std::fmt::Write as _;

/// A Serverless Framework function with an `eventBridge` event.
pub(super) fn serverless(rule: &Prepared) -> String {
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
