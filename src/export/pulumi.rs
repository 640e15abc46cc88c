//! Pulumi in TypeScript. The pattern is a plain object literal passed through
//! `JSON.stringify`, so it needs none of CDK's typing.

use super::Prepared;
use super::literals::code::{Code, code_value, js_string};
use std::fmt::Write as _;

/// Pulumi in TypeScript: an `aws.cloudwatch.EventRule` with the pattern through `JSON.stringify`.
pub(super) fn pulumi_ts(rule: &Prepared) -> String {
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut out = String::from("import * as aws from '@pulumi/aws';\n\n");
    let _ = writeln!(out, "const {} = new aws.cloudwatch.EventRule({}, {{", names.camel, js_string(&names.rule));
    let _ = writeln!(out, "  name: {},", js_string(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "  description: {},", js_string(&names.description));
    }
    out.push_str("  eventPattern: JSON.stringify(");
    code_value(&mut out, pattern, 2, false, Code::JavaScript);
    out.push_str("),\n});\n");
    out
}
