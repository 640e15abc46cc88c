//! Pulumi in TypeScript. The pattern is a plain object literal passed through
//! `JSON.stringify`, so it needs none of CDK's typing. Each target is an
//! `aws.cloudwatch.EventTarget` (with an `aws.lambda.Permission` for a Lambda
//! function); input texts are string literals, exact.

use super::Prepared;
use super::literals::code::{Code, code_value, js_key, js_string};
use super::targets::EVENTS_PRINCIPAL;
use crate::target::TargetInput;
use std::fmt::Write as _;

/// Pulumi in TypeScript: an `aws.cloudwatch.EventRule` with the pattern through `JSON.stringify`.
pub(super) fn pulumi_ts(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut out = String::from("import * as aws from '@pulumi/aws';\n\n");
    if rule.events_rule() {
        rule_and_targets(&mut out, rule);
    }
    if let Some(schedule) = &rule.schedule {
        for one in &schedule.schedules {
            if !out.ends_with("\n\n") {
                out.push('\n');
            }
            let _ = writeln!(out, "// {}", one.note(&format!("put its ARN in place of {}", one.role_placeholder())));
            let _ = writeln!(out, "new aws.scheduler.Schedule({}, {{", js_string(&one.name));
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
            let _ = writeln!(out, "    roleArn: {},", js_string(&one.role_placeholder()));
            if let Some(input) = &one.input {
                let _ = writeln!(out, "    input: {},", js_string(input));
            }
            out.push_str("  },\n});\n");
        }
    }
    out
}

/// The `aws.cloudwatch.EventRule`, its targets and their permissions.
fn rule_and_targets(out: &mut String, rule: &Prepared) {
    let names = &rule.names;
    let _ = writeln!(out, "const {} = new aws.cloudwatch.EventRule({}, {{", names.camel, js_string(&names.rule));
    let _ = writeln!(out, "  name: {},", js_string(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "  description: {},", js_string(&names.description));
    }
    if let Some(pattern) = &rule.pattern {
        out.push_str("  eventPattern: JSON.stringify(");
        code_value(out, pattern, 2, false, Code::JavaScript);
        out.push_str("),\n");
    }
    if let Some(expression) = rule.rule_schedule() {
        let _ = writeln!(out, "  scheduleExpression: {},", js_string(expression));
    }
    out.push_str("});\n");
    for written in &rule.targets {
        let target = &written.target;
        let resource = js_string(&format!("{}-{}", names.rule, target.id));
        out.push('\n');
        for note in written.notes(Some(&format!("put its ARN in place of {}", written.role_placeholder()))) {
            let _ = writeln!(out, "// {note}");
        }
        let _ = writeln!(out, "new aws.cloudwatch.EventTarget({resource}, {{");
        let _ = writeln!(out, "  rule: {}.name,", names.camel);
        let _ = writeln!(out, "  targetId: {},", js_string(&target.id));
        let _ = writeln!(out, "  arn: {},", js_string(&target.arn));
        if written.needs_role() {
            let _ = writeln!(out, "  roleArn: {},", js_string(&written.role_placeholder()));
        }
        match &target.input {
            TargetInput::MatchedEvent => {}
            TargetInput::Part(path) => {
                let _ = writeln!(out, "  inputPath: {},", js_string(path));
            }
            TargetInput::Constant(text) => {
                let _ = writeln!(out, "  input: {},", js_string(text));
            }
            TargetInput::Transformer(transformer) => {
                out.push_str("  inputTransformer: {\n");
                if !transformer.paths.is_empty() {
                    out.push_str("    inputPaths: {\n");
                    for (key, path) in &transformer.paths {
                        let _ = writeln!(out, "      {}: {},", js_key(key), js_string(path));
                    }
                    out.push_str("    },\n");
                }
                let _ = writeln!(out, "    inputTemplate: {},", js_string(&transformer.template));
                out.push_str("  },\n");
            }
        }
        out.push_str("});\n");
        if written.is_lambda() {
            let _ = writeln!(out, "new aws.lambda.Permission({resource}, {{");
            let _ = writeln!(out, "  statementId: {},", js_string(&written.statement_id(&names.rule)));
            out.push_str("  action: 'lambda:InvokeFunction',\n");
            let _ = writeln!(out, "  function: {},", js_string(&target.arn));
            let _ = writeln!(out, "  principal: '{EVENTS_PRINCIPAL}',");
            let _ = writeln!(out, "  sourceArn: {}.arn,", names.camel);
            out.push_str("});\n");
        }
    }
}
