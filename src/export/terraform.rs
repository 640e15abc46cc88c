//! Terraform: an `aws_cloudwatch_event_rule` resource, an
//! `aws_cloudwatch_event_target` per target (an `aws_lambda_permission` for
//! each Lambda function, a variable for each role), and HCL's literals.

use super::literals::{is_scalar_or_empty, pad, quoted};
use super::targets::{EVENTS_PRINCIPAL, Written};
use super::{Prepared, Value};
use crate::target::TargetInput;
use std::fmt::Write as _;

/// An HCL string literal: JSON-like escapes, and `${` / `%{` doubled so
/// they are not read as interpolation or template directives.
fn hcl_string(text: &str) -> String {
    quoted(text, '"', |c| (c < ' ' || c == '\u{7f}').then(|| format!("\\u{:04x}", u32::from(c))))
        .replace("${", "$${")
        .replace("%{", "%%{")
}

/// The decimal, without exponent, that a JSON number literal denotes: how
/// Terraform's `jsonencode` writes numbers.
pub(super) fn plain_decimal(text: &str) -> String {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (rest, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    let point = i64::try_from(int_part.len()).unwrap_or(0) + exponent;
    let (whole, fraction) = if point <= 0 {
        (String::new(), format!("{}{digits}", "0".repeat(usize::try_from(-point).unwrap_or(0))))
    } else {
        let point = usize::try_from(point).unwrap_or(0);
        if point >= digits.len() {
            (format!("{digits}{}", "0".repeat(point - digits.len())), String::new())
        } else {
            (digits[..point].to_owned(), digits[point..].to_owned())
        }
    };
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let body = if fraction.is_empty() { whole.to_owned() } else { format!("{whole}.{fraction}") };
    if negative && body != "0" { format!("-{body}") } else { body }
}

/// A value as an HCL expression. Keys are always quoted (a bare `null` or
/// `true` key would not be a string).
fn hcl_value(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => out.push_str(&hcl_string(s)),
        Value::Array(items) if items.iter().all(is_scalar_or_empty) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                hcl_value(out, item, indent);
            }
            out.push(']');
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for item in items {
                pad(out, indent + 2);
                hcl_value(out, item, indent + 2);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push(']');
        }
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Object(members) => {
            out.push_str("{\n");
            for (key, member) in members {
                pad(out, indent + 2);
                out.push_str(&hcl_string(key));
                out.push_str(" = ");
                hcl_value(out, member, indent + 2);
                out.push('\n');
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

/// A Terraform `aws_cloudwatch_event_rule` with the pattern through
/// `jsonencode` (and its `schedule_expression`), or Scheduler's
/// `aws_scheduler_schedule`s.
pub(super) fn terraform(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut out = String::new();
    if rule.events_rule() {
        let _ = writeln!(out, "resource \"aws_cloudwatch_event_rule\" \"{}\" {{", names.snake);
        let _ = writeln!(out, "  name          = {}", hcl_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "  description   = {}", hcl_string(&names.description));
        }
        if let Some(expression) = rule.rule_schedule() {
            let _ = writeln!(out, "  schedule_expression = {}", hcl_string(expression));
        }
        if let Some(pattern) = &rule.pattern {
            out.push_str("  event_pattern = jsonencode(");
            hcl_value(&mut out, pattern, 2);
            out.push_str(")\n");
        }
        out.push_str("}\n");
        for target in &rule.targets {
            target_blocks(&mut out, rule, target);
        }
    }
    schedule_blocks(&mut out, rule);
    out
}

/// Scheduler's `aws_scheduler_schedule`s, each with its role's variable.
fn schedule_blocks(out: &mut String, rule: &Prepared) {
    let Some(schedule) = &rule.schedule else { return };
    for one in &schedule.schedules {
        if !out.is_empty() {
            out.push('\n');
        }
        let variable = one.role_variable();
        let _ = writeln!(out, "variable \"{variable}\" {{");
        out.push_str("  type        = string\n");
        let _ = writeln!(out, "  description = {}\n}}\n", hcl_string(&one.role_description()));
        let _ = writeln!(out, "# {}", one.note(&format!("give its ARN as var.{variable}")));
        let _ = writeln!(out, "resource \"aws_scheduler_schedule\" \"{}\" {{", one.snake);
        let _ = writeln!(out, "  name                = {}", hcl_string(&one.name));
        if !rule.names.description.is_empty() {
            let _ = writeln!(out, "  description         = {}", hcl_string(&rule.names.description));
        }
        let _ = writeln!(out, "  schedule_expression = {}", hcl_string(&schedule.expression));
        if !schedule.timezone.is_empty() {
            let _ = writeln!(out, "  schedule_expression_timezone = {}", hcl_string(&schedule.timezone));
        }
        for (name, date) in [("start_date", &schedule.start_date), ("end_date", &schedule.end_date)] {
            if !date.is_empty() {
                let _ = writeln!(out, "  {name} = {}", hcl_string(date));
            }
        }
        out.push_str("\n  flexible_time_window {\n");
        match schedule.window {
            None => out.push_str("    mode = \"OFF\"\n"),
            Some(minutes) => {
                let _ = writeln!(
                    out,
                    "    mode                      = \"FLEXIBLE\"\n    maximum_window_in_minutes = {minutes}"
                );
            }
        }
        out.push_str("  }\n\n  target {\n");
        let _ = writeln!(out, "    arn      = {}", hcl_string(&one.arn));
        let _ = writeln!(out, "    role_arn = var.{variable}");
        if let Some(input) = &one.input {
            let _ = writeln!(out, "    input    = {}", hcl_string(input));
        }
        out.push_str("  }\n}\n");
    }
}

/// The variable that holds a target's role ARN.
fn role_variable(rule: &Prepared, target: &Written) -> String {
    format!("{}_{}_role_arn", rule.names.snake, target.snake)
}

/// A target's `aws_cloudwatch_event_target`, its role's variable and its
/// Lambda permission. The input's texts are HCL strings (exact; `jsonencode`
/// would respell a constant's JSON).
fn target_blocks(out: &mut String, rule: &Prepared, written: &Written) {
    let (names, target) = (&rule.names, &written.target);
    let resource = format!("{}_{}", names.snake, written.snake);
    out.push('\n');
    if written.needs_role() {
        let variable = role_variable(rule, written);
        let _ = writeln!(out, "variable \"{variable}\" {{");
        out.push_str("  type        = string\n");
        let description = format!(
            "ARN of a role EventBridge can assume, allowed {} on {} (target {})",
            super::targets::role_action(target.kind),
            target.arn,
            target.id
        );
        let _ = writeln!(out, "  description = {}\n}}\n", hcl_string(&description));
    }
    for note in written.notes(Some(&format!("give its ARN as var.{}", role_variable(rule, written)))) {
        let _ = writeln!(out, "# {note}");
    }
    let _ = writeln!(out, "resource \"aws_cloudwatch_event_target\" \"{resource}\" {{");
    let _ = writeln!(out, "  rule      = aws_cloudwatch_event_rule.{}.name", names.snake);
    let _ = writeln!(out, "  target_id = {}", hcl_string(&target.id));
    let _ = writeln!(out, "  arn       = {}", hcl_string(&target.arn));
    if written.needs_role() {
        let _ = writeln!(out, "  role_arn  = var.{}", role_variable(rule, written));
    }
    match &target.input {
        TargetInput::MatchedEvent => {}
        TargetInput::Part(path) => {
            let _ = writeln!(out, "  input_path = {}", hcl_string(path));
        }
        TargetInput::Constant(text) => {
            let _ = writeln!(out, "  input     = {}", hcl_string(text));
        }
        TargetInput::Transformer(transformer) => {
            out.push_str("\n  input_transformer {\n");
            if !transformer.paths.is_empty() {
                out.push_str("    input_paths = {\n");
                for (key, path) in &transformer.paths {
                    let _ = writeln!(out, "      {} = {}", hcl_string(key), hcl_string(path));
                }
                out.push_str("    }\n");
            }
            let _ = writeln!(out, "    input_template = {}", hcl_string(&transformer.template));
            out.push_str("  }\n");
        }
    }
    out.push_str("}\n");
    if written.is_lambda() {
        out.push('\n');
        let _ = writeln!(out, "resource \"aws_lambda_permission\" \"{resource}\" {{");
        let _ = writeln!(out, "  statement_id  = {}", hcl_string(&written.statement_id(&names.rule)));
        out.push_str("  action        = \"lambda:InvokeFunction\"\n");
        let _ = writeln!(out, "  function_name = {}", hcl_string(&target.arn));
        let _ = writeln!(out, "  principal     = \"{EVENTS_PRINCIPAL}\"");
        let _ = writeln!(out, "  source_arn    = aws_cloudwatch_event_rule.{}.arn", names.snake);
        out.push_str("}\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_expand_exponents() {
        for (text, plain) in [("1e3", "1000"), ("1.50", "1.5"), ("-2.5e-3", "-0.0025"), ("0", "0"), ("-0.0", "0")] {
            assert_eq!(plain_decimal(text), plain, "{text}");
        }
    }

    #[test]
    fn hcl_doubles_template_markers() {
        assert_eq!(hcl_string("${x} %{y} $z"), r#""$${x} %%{y} $z""#);
    }
}
