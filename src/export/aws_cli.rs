//! The AWS CLI: `aws events put-rule` for POSIX shells and for PowerShell,
//! then `aws events put-targets` and `aws lambda add-permission` for the
//! targets, and the shells' quoting.

use super::literals::json::{compact_json, json};
use super::targets::{EVENTS_PRINCIPAL, Written};
use super::{Prepared, Value};
use std::fmt::Write as _;

/// `put-targets`' list of targets, roles as placeholders.
fn targets_value(rule: &Prepared) -> Value {
    Value::Array(rule.targets.iter().map(|t| t.aws_value(Some(Value::String(t.role_placeholder())))).collect())
}

/// The comment lines before `put-targets`, for every target.
fn notes(rule: &Prepared) -> Vec<String> {
    rule.targets
        .iter()
        .flat_map(|t: &Written| t.notes(Some(&format!("put its ARN in place of {}", t.role_placeholder()))))
        .collect()
}

/// A POSIX shell word in single quotes: nothing inside is special, and a
/// single quote is written as `'\''`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `aws events put-rule` for bash and other POSIX shells (then the
/// targets), and Scheduler's `aws scheduler create-schedule`s.
pub(super) fn aws_cli(rule: &Prepared) -> String {
    let mut out = if rule.events_rule() { rule_calls(rule) } else { String::new() };
    let Some(schedule) = &rule.schedule else { return out };
    for one in &schedule.schedules {
        let _ = writeln!(out, "# {}", one.note(&format!("put its ARN in place of {}", one.role_placeholder())));
        out.push_str("aws scheduler create-schedule \\\n");
        let _ = writeln!(out, "  --name {} \\", shell_quote(&one.name));
        if !rule.names.description.is_empty() {
            let _ = writeln!(out, "  --description {} \\", shell_quote(&rule.names.description));
        }
        let _ = writeln!(out, "  --schedule-expression {} \\", shell_quote(&schedule.expression));
        if !schedule.timezone.is_empty() {
            let _ = writeln!(out, "  --schedule-expression-timezone {} \\", shell_quote(&schedule.timezone));
        }
        for (option, date) in [("--start-date", &schedule.start_date), ("--end-date", &schedule.end_date)] {
            if !date.is_empty() {
                let _ = writeln!(out, "  {option} {} \\", shell_quote(date));
            }
        }
        let _ = writeln!(
            out,
            "  --flexible-time-window {} \\",
            shell_quote(&compact_json(&schedule.window_value(), false))
        );
        let target = one.target_value(Value::String(one.role_placeholder()));
        let _ = writeln!(out, "  --target {}", shell_quote(&compact_json(&target, false)));
    }
    out
}

/// `put-rule`, and with targets, `put-targets` and the Lambda permissions.
fn rule_calls(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut out = String::from("aws events put-rule \\\n");
    let _ = writeln!(out, "  --name {} \\", shell_quote(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "  --description {} \\", shell_quote(&names.description));
    }
    let mut arguments = Vec::new();
    if let Some(pattern) = &rule.pattern {
        arguments.push(format!("--event-pattern {}", shell_quote(&compact_json(pattern, false))));
    }
    if let Some(expression) = rule.rule_schedule() {
        arguments.push(format!("--schedule-expression {}", shell_quote(expression)));
    }
    if rule.targets.is_empty() {
        let _ = writeln!(out, "  {}", arguments.join(" \\\n  "));
        return out;
    }
    // The rule's ARN, which the Lambda permissions name, is put-rule's answer.
    out.insert_str(0, "rule_arn=$(");
    for argument in &arguments {
        let _ = writeln!(out, "  {argument} \\");
    }
    out.push_str("  --query RuleArn --output text)\n");
    for note in notes(rule) {
        let _ = writeln!(out, "# {note}");
    }
    out.push_str("aws events put-targets \\\n");
    let _ = writeln!(out, "  --rule {} \\", shell_quote(&names.rule));
    let _ = writeln!(out, "  --targets {}", shell_quote(&compact_json(&targets_value(rule), false)));
    for target in rule.targets.iter().filter(|t| t.is_lambda()) {
        out.push_str("aws lambda add-permission \\\n");
        let _ = writeln!(out, "  --function-name {} \\", shell_quote(&target.target.arn));
        let _ = writeln!(out, "  --statement-id {} \\", shell_quote(&target.statement_id(&names.rule)));
        out.push_str("  --action lambda:InvokeFunction \\\n");
        let _ = writeln!(out, "  --principal {EVENTS_PRINCIPAL} \\");
        out.push_str("  --source-arn \"$rule_arn\"\n");
    }
    out
}

/// PowerShell before 7.3 strips the double quotes of arguments passed to a
/// native program, and reads typographic quotes as quote marks, so nothing
/// is passed on the command line: the whole request (name, description and
/// the pattern as a JSON string) goes through `--cli-input-json`, from a file
/// written from a literal here-string. The JSON is ASCII-only (other
/// characters as `\u` escapes), so neither the file's encoding nor the
/// AWS CLI's locale can garble it.
pub(super) fn aws_cli_powershell(rule: &Prepared) -> String {
    let mut out = if rule.events_rule() { powershell_rule_calls(rule) } else { String::new() };
    let Some(schedule) = &rule.schedule else { return out };
    // Each schedule's whole request goes through --cli-input-json too.
    for (n, one) in schedule.schedules.iter().enumerate() {
        let n = n + 1;
        let _ = writeln!(out, "# {}", one.note(&format!("put its ARN in place of {}", one.role_placeholder())));
        let request = schedule.properties(one, &rule.names, Value::String(one.role_placeholder()));
        let _ = writeln!(out, "$schedule{n} = @'");
        json(&mut out, &request, 0, true);
        let _ = writeln!(out, "\n'@\nSet-Content -Path create-schedule-{n}.json -Value $schedule{n} -Encoding ascii");
        let _ = writeln!(out, "aws scheduler create-schedule --cli-input-json file://create-schedule-{n}.json");
    }
    out
}

/// PowerShell's `put-rule`, and with targets, `put-targets` and the Lambda
/// permissions.
fn powershell_rule_calls(rule: &Prepared) -> String {
    let names = &rule.names;
    let mut request = vec![("Name".to_owned(), Value::String(names.rule.clone()))];
    if !names.description.is_empty() {
        request.push(("Description".to_owned(), Value::String(names.description.clone())));
    }
    if let Some(pattern) = &rule.pattern {
        request.push(("EventPattern".to_owned(), Value::String(compact_json(pattern, false))));
    }
    if let Some(expression) = rule.rule_schedule() {
        request.push(("ScheduleExpression".to_owned(), Value::String(expression.to_owned())));
    }
    let mut out = String::from("$request = @'\n");
    json(&mut out, &Value::Object(request), 0, true);
    out.push_str("\n'@\nSet-Content -Path put-rule.json -Value $request -Encoding ascii\n");
    if rule.targets.is_empty() {
        out.push_str("aws events put-rule --cli-input-json file://put-rule.json\n");
        return out;
    }
    // The rule's ARN, which the Lambda permissions name, is put-rule's answer.
    out.push_str(
        "$ruleArn = aws events put-rule --cli-input-json file://put-rule.json --query RuleArn --output text\n",
    );
    for note in notes(rule) {
        let _ = writeln!(out, "# {note}");
    }
    let targets =
        vec![("Rule".to_owned(), Value::String(names.rule.clone())), ("Targets".to_owned(), targets_value(rule))];
    out.push_str("$targets = @'\n");
    json(&mut out, &Value::Object(targets), 0, true);
    out.push_str("\n'@\nSet-Content -Path put-targets.json -Value $targets -Encoding ascii\n");
    out.push_str("aws events put-targets --cli-input-json file://put-targets.json\n");
    // Function ARNs and statement ids hold no quote or space: plain
    // single-quoted words pass through PowerShell unchanged.
    for target in rule.targets.iter().filter(|t| t.is_lambda()) {
        let _ = writeln!(
            out,
            "aws lambda add-permission --function-name '{}' --statement-id '{}' --action lambda:InvokeFunction --principal {EVENTS_PRINCIPAL} --source-arn $ruleArn",
            target.target.arn.replace('\'', "''"),
            target.statement_id(&names.rule).replace('\'', "''")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shells_quote_single_quotes() {
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}
