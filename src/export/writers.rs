//! The writers of each export format, and the quoting rules of each language.

use super::{Format, Names, Value};
use std::fmt::Write as _;

/// Writes `pattern` as `format`.
pub(super) fn write(format: Format, pattern: &Value, names: &Names) -> String {
    match format {
        Format::Json => {
            let mut out = String::new();
            json(&mut out, pattern, 0, false);
            out.push('\n');
            out
        }
        Format::JsonCompact => compact_json(pattern, false) + "\n",
        Format::CloudFormationYaml => cloudformation_yaml(pattern, names),
        Format::CloudFormationJson => cloudformation_json(pattern, names),
        Format::Sam => sam(pattern, names),
        Format::CdkTs => cdk_ts(pattern, names),
        Format::CdkPython => cdk_python(pattern, names),
        Format::Terraform => terraform(pattern, names),
        Format::Serverless => serverless(pattern, names),
        Format::PulumiTs => pulumi_ts(pattern, names),
        Format::AwsCli => aws_cli(pattern, names),
        Format::AwsCliPowershell => aws_cli_powershell(pattern, names),
    }
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

fn is_scalar_or_empty(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        _ => true,
    }
}

/// `text` between `quote`s, with the quote, backslash, newline, carriage
/// return and tab escaped C-style, and any character `escape` has a
/// spelling for written that way.
fn quoted(text: &str, quote: char, escape: impl Fn(char) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => match escape(c) {
                Some(spelling) => out.push_str(&spelling),
                None => out.push(c),
            },
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------- JSON

/// A JSON string literal (serde's escaping); with `ascii`, non-ASCII
/// characters are written as `\u` escapes (UTF-16, as JSON asks).
fn json_string(text: &str, ascii: bool) -> String {
    let quoted = serde_json::to_string(text).unwrap_or_default();
    if !ascii || quoted.is_ascii() {
        return quoted;
    }
    let mut out = String::with_capacity(quoted.len());
    for c in quoted.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

/// Pretty JSON, two spaces; arrays of scalars on one line.
fn json(out: &mut String, value: &Value, indent: usize, ascii: bool) {
    match value {
        Value::Object(members) if !members.is_empty() => {
            out.push_str("{\n");
            for (i, (key, member)) in members.iter().enumerate() {
                pad(out, indent + 2);
                out.push_str(&json_string(key, ascii));
                out.push_str(": ");
                json(out, member, indent + 2, ascii);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
        Value::Array(items) if items.iter().any(|v| !is_scalar_or_empty(v)) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 2);
                json(out, item, indent + 2, ascii);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        other => out.push_str(&compact_json(other, ascii)),
    }
}

/// JSON on one line, without spaces.
fn compact_json(value: &Value, ascii: bool) -> String {
    let mut out = String::new();
    compact_json_into(&mut out, value, ascii);
    out
}

fn compact_json_into(out: &mut String, value: &Value, ascii: bool) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => out.push_str(&json_string(s, ascii)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                compact_json_into(out, item, ascii);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (key, member)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_string(key, ascii));
                out.push(':');
                compact_json_into(out, member, ascii);
            }
            out.push('}');
        }
    }
}

fn cloudformation_json(pattern: &Value, names: &Names) -> String {
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

// ---------------------------------------------------------------- YAML

/// Words YAML 1.1 (which `CloudFormation`'s and many tools' parsers follow)
/// reads as booleans or null when unquoted; compared without case.
const YAML_SPECIAL_WORDS: [&str; 10] = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"];

/// Whether a string can be written unquoted in YAML and still be read back
/// as that same string under YAML 1.1 and 1.2: it starts with a letter, `_`
/// or `/`, uses only plain characters, has no `: ` and is no special word.
fn yaml_plain_ok(text: &str) -> bool {
    let Some(first) = text.chars().next() else { return false };
    if !(first.is_ascii_alphabetic() || first == '_' || first == '/') {
        return false;
    }
    if text.ends_with([' ', ':']) || text.contains(": ") || text.contains("  ") {
        return false;
    }
    let plain_chars = text.chars().all(|c| c.is_ascii_alphanumeric() || " _./@+:-".contains(c));
    plain_chars && !YAML_SPECIAL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(text))
}

/// A YAML scalar for a string: plain when safe, else double-quoted with
/// escapes for quotes, backslashes, control and line-breaking characters.
fn yaml_string(text: &str) -> String {
    if yaml_plain_ok(text) {
        return text.to_owned();
    }
    quoted(text, '"', |c| {
        let special = c < ' '
            || ('\u{7f}'..='\u{9f}').contains(&c)
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}');
        special.then(|| format!("\\u{:04X}", u32::from(c)))
    })
}

/// A JSON number written so that YAML 1.1 and 1.2 both read it as that
/// number: an exponent needs a `.` in the mantissa and a sign (`1e3` →
/// `1.0e+3`), or YAML 1.1 reads it as a string.
pub(super) fn yaml_number(text: &str) -> String {
    let Some(at) = text.find(['e', 'E']) else { return text.to_owned() };
    let (mantissa, rest) = text.split_at(at);
    let (marker, exponent) = rest.split_at(1);
    let mantissa = if mantissa.contains('.') { mantissa.to_owned() } else { format!("{mantissa}.0") };
    let exponent = if exponent.starts_with(['+', '-']) { exponent.to_owned() } else { format!("+{exponent}") };
    format!("{mantissa}{marker}{exponent}")
}

fn yaml_scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => yaml_number(n),
        Value::String(s) => yaml_string(s),
        Value::Array(_) => "[]".to_owned(),
        Value::Object(_) => "{}".to_owned(),
    }
}

/// Writes a non-empty container as block YAML, each line at `indent`.
fn yaml_block(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                pad(out, indent);
                yaml_member(out, key, member, indent);
            }
        }
        Value::Array(items) => {
            for item in items {
                pad(out, indent);
                out.push_str("- ");
                yaml_item(out, item, indent + 2);
            }
        }
        scalar => {
            pad(out, indent);
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

/// `key: value`, the cursor at the key; nested blocks indent by two.
fn yaml_member(out: &mut String, key: &str, value: &Value, indent: usize) {
    out.push_str(&yaml_string(key));
    out.push(':');
    if is_scalar_or_empty(value) {
        out.push(' ');
        out.push_str(&yaml_scalar(value));
        out.push('\n');
    } else {
        out.push('\n');
        yaml_block(out, value, indent + 2);
    }
}

/// A sequence item, the cursor after `- `; `indent` is the item's column.
fn yaml_item(out: &mut String, item: &Value, indent: usize) {
    match item {
        Value::Object(members) if !members.is_empty() => {
            for (i, (key, member)) in members.iter().enumerate() {
                if i > 0 {
                    pad(out, indent);
                }
                yaml_member(out, key, member, indent);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, inner) in items.iter().enumerate() {
                if i > 0 {
                    pad(out, indent);
                }
                out.push_str("- ");
                yaml_item(out, inner, indent + 2);
            }
        }
        scalar => {
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

/// `key:` and the pattern beneath it at `indent + 2`.
fn yaml_pattern(out: &mut String, key: &str, pattern: &Value, indent: usize) {
    pad(out, indent);
    yaml_member(out, key, pattern, indent);
}

fn cloudformation_yaml(pattern: &Value, names: &Names) -> String {
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

fn sam(pattern: &Value, names: &Names) -> String {
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

fn serverless(pattern: &Value, names: &Names) -> String {
    let mut out = String::from("functions:\n");
    let _ = writeln!(out, "  {}Handler:", names.camel.trim_end_matches("Rule"));
    if !names.description.is_empty() {
        let _ = writeln!(out, "    description: {}", yaml_string(&names.description));
    }
    out.push_str("    handler: handler.main\n    events:\n      - eventBridge:\n");
    yaml_pattern(&mut out, "pattern", pattern, 10);
    out
}

// ---------------------------------------------------------------- JavaScript / TypeScript

/// A JavaScript string literal in single quotes.
fn js_string(text: &str) -> String {
    quoted(text, '\'', |c| {
        (c < ' ' || c == '\u{7f}' || matches!(c, '\u{2028}' | '\u{2029}')).then(|| format!("\\u{:04x}", u32::from(c)))
    })
}

/// An object key: bare when it is an identifier. `__proto__` is written as a
/// computed key, the only spelling that makes an ordinary property of it.
fn js_key(key: &str) -> String {
    if key == "__proto__" {
        return "['__proto__']".to_owned();
    }
    let mut chars = key.chars();
    let identifier = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier { key.to_owned() } else { js_string(key) }
}

/// How JavaScript prints the number a literal denotes (`Number#toString`):
/// shortest round-trip digits, exponent form below 1e-6 and from 1e21.
pub(super) fn javascript_number(text: &str) -> String {
    let Ok(value) = text.parse::<f64>() else { return text.to_owned() };
    if value == 0.0 {
        return "0".to_owned();
    }
    if !value.is_finite() {
        return "null".to_owned(); // JSON.stringify(Infinity)
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.2345e-7".
    let scientific = format!("{value:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let count = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let point = exponent + 1; // digits before the decimal point
    let body = if (-5..=21).contains(&point) {
        if point <= 0 {
            format!("0.{}{digits}", "0".repeat(usize::try_from(-point).unwrap_or(0)))
        } else if point >= count {
            format!("{digits}{}", "0".repeat(usize::try_from(point - count).unwrap_or(0)))
        } else {
            let split = usize::try_from(point).unwrap_or(0);
            format!("{}.{}", &digits[..split], &digits[split..])
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let sign = if exponent < 0 { "-" } else { "+" };
        format!("{first}{fraction}e{sign}{}", exponent.abs())
    };
    if negative { format!("-{body}") } else { body }
}

/// How a programming language writes literals, for the code exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    /// JavaScript and TypeScript.
    JavaScript,
    /// Python.
    Python,
}

impl Code {
    fn null(self) -> &'static str {
        match self {
            Self::JavaScript => "null",
            Self::Python => "None",
        }
    }

    fn boolean(self, value: bool) -> &'static str {
        match (self, value) {
            (Self::JavaScript, true) => "true",
            (Self::JavaScript, false) => "false",
            (Self::Python, true) => "True",
            (Self::Python, false) => "False",
        }
    }

    fn string(self, text: &str) -> String {
        match self {
            Self::JavaScript => js_string(text),
            Self::Python => python_string(text),
        }
    }

    fn key(self, key: &str) -> String {
        match self {
            Self::JavaScript => js_key(key),
            Self::Python => python_string(key),
        }
    }

    /// Spaces per level of nesting.
    fn indent(self) -> usize {
        match self {
            Self::JavaScript => 2,
            Self::Python => 4,
        }
    }

    /// The braces of an object on one line.
    fn inline_braces(self) -> (&'static str, &'static str) {
        match self {
            Self::JavaScript => ("{ ", " }"),
            Self::Python => ("{", "}"),
        }
    }
}

/// A value as an expression in `code`. Objects that are values of members
/// go on several lines; arrays, and objects inside arrays, on one.
fn code_value(out: &mut String, value: &Value, indent: usize, inline: bool, code: Code) {
    match value {
        Value::Null => out.push_str(code.null()),
        Value::Bool(b) => out.push_str(code.boolean(*b)),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => out.push_str(&code.string(s)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                code_value(out, item, indent, true, code);
            }
            out.push(']');
        }
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Object(members) if inline => {
            let (open, close) = code.inline_braces();
            out.push_str(open);
            for (i, (key, member)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&code.key(key));
                out.push_str(": ");
                code_value(out, member, indent, true, code);
            }
            out.push_str(close);
        }
        Value::Object(members) => {
            out.push_str("{\n");
            for (key, member) in members {
                pad(out, indent + code.indent());
                out.push_str(&code.key(key));
                out.push_str(": ");
                code_value(out, member, indent + code.indent(), false, code);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

/// CDK's `EventPattern` properties and the pattern keys they stand for.
const CDK_KEYS: [(&str, &str, &str); 9] = [
    ("version", "version", "version"),
    ("id", "id", "id"),
    ("detail-type", "detailType", "detail_type"),
    ("source", "source", "source"),
    ("account", "account", "account"),
    ("time", "time", "time"),
    ("region", "region", "region"),
    ("resources", "resources", "resources"),
    ("detail", "detail", "detail"),
];

/// A call of one of CDK's `events.Match` helpers: its name in TypeScript
/// and Python, and its arguments. Each renders to a list of conditions
/// exactly equal to the raw JSON it replaces (checked against real CDK).
struct MatchCall {
    ts: &'static str,
    py: &'static str,
    args: Vec<Value>,
    /// Helper calls as arguments (`allOf(greaterThan(0), lessThan(5))`).
    nested: Vec<MatchCall>,
}

impl MatchCall {
    fn new(ts: &'static str, py: &'static str, args: Vec<Value>) -> Self {
        Self { ts, py, args, nested: Vec::new() }
    }

    fn write(&self, out: &mut String, code: Code) {
        out.push_str("events.Match.");
        out.push_str(if code == Code::Python { self.py } else { self.ts });
        out.push('(');
        for (i, arg) in self.args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            code_value(out, arg, 0, true, code);
        }
        for (i, call) in self.nested.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            call.write(out, code);
        }
        out.push(')');
    }
}

/// The `Match` helper that renders exactly as this one condition, if any.
fn match_call(condition: &Value) -> Option<MatchCall> {
    let text = |v: &Value| matches!(v, Value::String(_));
    match condition {
        Value::Null => return Some(MatchCall::new("nullValue", "null_value", Vec::new())),
        Value::Object(members) if members.len() == 1 => {
            let (operator, operand) = (&members[0].0, &members[0].1);
            let one = |ts, py| Some(MatchCall::new(ts, py, vec![operand.clone()]));
            return match (operator.as_str(), operand) {
                ("prefix", Value::String(_)) => one("prefix", "prefix"),
                ("suffix", Value::String(_)) => one("suffix", "suffix"),
                ("wildcard", Value::String(_)) => one("wildcard", "wildcard"),
                ("equals-ignore-case", Value::String(_)) => one("equalsIgnoreCase", "equals_ignore_case"),
                ("prefix" | "suffix", Value::Object(inner)) => match inner.as_slice() {
                    [(key, value @ Value::String(_))] if key == "equals-ignore-case" => {
                        let (ts, py) = if operator == "prefix" {
                            ("prefixEqualsIgnoreCase", "prefix_equals_ignore_case")
                        } else {
                            ("suffixEqualsIgnoreCase", "suffix_equals_ignore_case")
                        };
                        Some(MatchCall::new(ts, py, vec![value.clone()]))
                    }
                    _ => None,
                },
                ("exists", Value::Bool(true)) => Some(MatchCall::new("exists", "exists", Vec::new())),
                ("exists", Value::Bool(false)) => Some(MatchCall::new("doesNotExist", "does_not_exist", Vec::new())),
                ("anything-but", Value::Array(values))
                    if !values.is_empty()
                        && (values.iter().all(text) || values.iter().all(|v| matches!(v, Value::Number(_)))) =>
                {
                    Some(MatchCall::new("anythingBut", "anything_but", values.clone()))
                }
                ("anything-but", Value::Object(inner)) => anything_but_call(inner),
                ("numeric", Value::Array(terms)) => numeric_call(terms),
                _ => None,
            };
        }
        _ => {}
    }
    None
}

/// `anythingButPrefix` and its kin: one value as a scalar, several as a list.
fn anything_but_call(inner: &[(String, Value)]) -> Option<MatchCall> {
    let [(key, operand)] = inner else { return None };
    let (ts, py) = match key.as_str() {
        "prefix" => ("anythingButPrefix", "anything_but_prefix"),
        "suffix" => ("anythingButSuffix", "anything_but_suffix"),
        "wildcard" => ("anythingButWildcard", "anything_but_wildcard"),
        "equals-ignore-case" => ("anythingButEqualsIgnoreCase", "anything_but_equals_ignore_case"),
        _ => return None,
    };
    match operand {
        Value::String(_) => Some(MatchCall::new(ts, py, vec![operand.clone()])),
        Value::Array(values) if values.len() > 1 && values.iter().all(|v| matches!(v, Value::String(_))) => {
            Some(MatchCall::new(ts, py, values.clone()))
        }
        _ => None,
    }
}

/// `greaterThan(5)` and the like for one comparison; `allOf(...)` for two.
fn numeric_call(terms: &[Value]) -> Option<MatchCall> {
    let comparison = |op: &Value, number: &Value| -> Option<MatchCall> {
        let Value::Number(_) = number else { return None };
        let Value::String(op) = op else { return None };
        let (ts, py) = match op.as_str() {
            ">" => ("greaterThan", "greater_than"),
            ">=" => ("greaterThanOrEqual", "greater_than_or_equal"),
            "<" => ("lessThan", "less_than"),
            "<=" => ("lessThanOrEqual", "less_than_or_equal"),
            "=" => ("equal", "equal"),
            _ => return None,
        };
        Some(MatchCall::new(ts, py, vec![number.clone()]))
    };
    match terms {
        [op, number] => comparison(op, number),
        [op1, n1, op2, n2] => {
            let (first, second) = (comparison(op1, n1)?, comparison(op2, n2)?);
            Some(MatchCall { ts: "allOf", py: "all_of", args: Vec::new(), nested: vec![first, second] })
        }
        _ => None,
    }
}

/// Writes a field's list of conditions for CDK: a lone condition CDK has a
/// helper for as that helper's call, anything else as the raw list. Returns
/// whether the list fits CDK's typed top-level fields (`string[]`).
fn cdk_conditions(out: &mut String, items: &[Value], code: Code) -> bool {
    if let [only] = items
        && !matches!(only, Value::String(_) | Value::Number(_) | Value::Bool(_))
        && let Some(call) = match_call(only)
    {
        call.write(out, code);
        return true;
    }
    // A helper's list is a token that cannot be joined with other conditions
    // (CDK fails with "Cannot add elements to list token"), so lists of
    // several conditions are written raw.
    code_value(out, &Value::Array(items.to_vec()), 0, true, code);
    items.iter().all(|item| matches!(item, Value::String(_)))
}

/// Writes a `detail`-like object for CDK: lists of conditions through
/// [`cdk_conditions`], nested objects recursively, multi-line.
fn cdk_object(out: &mut String, members: &[(String, Value)], indent: usize, code: Code) {
    if members.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push_str("{\n");
    for (key, value) in members {
        pad(out, indent + code.indent());
        out.push_str(&code.key(key));
        out.push_str(": ");
        cdk_value(out, key, value, indent + code.indent(), code);
        out.push_str(",\n");
    }
    pad(out, indent);
    out.push('}');
}

fn cdk_value(out: &mut String, key: &str, value: &Value, indent: usize, code: Code) {
    match value {
        // `$or` lists alternative sub-patterns, written like `detail`.
        Value::Array(items) if key == "$or" => {
            out.push_str("[\n");
            for item in items {
                pad(out, indent + code.indent());
                match item {
                    Value::Object(members) => cdk_object(out, members, indent + code.indent(), code),
                    other => code_value(out, other, indent + code.indent(), false, code),
                }
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push(']');
        }
        Value::Array(items) => {
            cdk_conditions(out, items, code);
        }
        Value::Object(members) => cdk_object(out, members, indent, code),
        other => code_value(out, other, indent, false, code),
    }
}

/// Whether CDK's typed `EventPattern` can hold the pattern in `code`: only
/// its keys, not empty, `detail` an object, and every other key's list
/// writable as strings and `Match` helpers (CDK types them `string[]`).
fn cdk_typed_ok(pattern: &Value, code: Code) -> bool {
    let Value::Object(members) = pattern else { return false };
    !members.is_empty()
        && members.iter().all(|(key, value)| match key.as_str() {
            "detail" => matches!(value, Value::Object(_)),
            _ => {
                CDK_KEYS.iter().any(|(k, _, _)| k == key)
                    && matches!(value, Value::Array(items) if cdk_conditions(&mut String::new(), items, code))
            }
        })
}

fn cdk_ts(pattern: &Value, names: &Names) -> String {
    let mut out = String::from("import * as events from 'aws-cdk-lib/aws-events';\n\n");
    let Value::Object(members) = pattern else { return out };
    if cdk_typed_ok(pattern, Code::JavaScript) {
        let _ = writeln!(out, "new events.Rule(this, {}, {{", js_string(&names.pascal));
        let _ = writeln!(out, "  ruleName: {},", js_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "  description: {},", js_string(&names.description));
        }
        out.push_str("  eventPattern: {\n");
        for (key, value) in members {
            let property = CDK_KEYS.iter().find(|(k, _, _)| k == key).map_or(key.as_str(), |(_, ts, _)| ts);
            pad(&mut out, 4);
            out.push_str(&js_key(property));
            out.push_str(": ");
            cdk_value(&mut out, key, value, 4, Code::JavaScript);
            out.push_str(",\n");
        }
        out.push_str("  },\n});\n");
    } else {
        // CDK's typed pattern cannot say this (e.g. `$or` at the top, or
        // operators on top-level fields): the CloudFormation-level construct
        // takes the pattern as it is.
        let _ = writeln!(out, "new events.CfnRule(this, {}, {{", js_string(&names.pascal));
        let _ = writeln!(out, "  name: {},", js_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "  description: {},", js_string(&names.description));
        }
        out.push_str("  eventPattern: ");
        cdk_object(&mut out, members, 2, Code::JavaScript);
        out.push_str(",\n});\n");
    }
    out
}

fn pulumi_ts(pattern: &Value, names: &Names) -> String {
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

// ---------------------------------------------------------------- Python

/// A Python string literal in double quotes.
fn python_string(text: &str) -> String {
    quoted(text, '"', |c| (c < ' ' || c == '\u{7f}').then(|| format!("\\x{:02x}", u32::from(c))))
}

fn cdk_python(pattern: &Value, names: &Names) -> String {
    let mut out = String::from("from aws_cdk import aws_events as events\n\n");
    let Value::Object(members) = pattern else { return out };
    if cdk_typed_ok(pattern, Code::Python) {
        out.push_str("events.Rule(\n    self,\n");
        let _ = writeln!(out, "    {},", python_string(&names.pascal));
        let _ = writeln!(out, "    rule_name={},", python_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "    description={},", python_string(&names.description));
        }
        out.push_str("    event_pattern=events.EventPattern(\n");
        for (key, value) in members {
            let property = CDK_KEYS.iter().find(|(k, _, _)| k == key).map_or(key.as_str(), |(_, _, py)| py);
            let _ = write!(out, "        {property}=");
            cdk_value(&mut out, key, value, 8, Code::Python);
            out.push_str(",\n");
        }
        out.push_str("    ),\n)\n");
    } else {
        out.push_str("events.CfnRule(\n    self,\n");
        let _ = writeln!(out, "    {},", python_string(&names.pascal));
        let _ = writeln!(out, "    name={},", python_string(&names.rule));
        if !names.description.is_empty() {
            let _ = writeln!(out, "    description={},", python_string(&names.description));
        }
        out.push_str("    event_pattern=");
        cdk_object(&mut out, members, 4, Code::Python);
        out.push_str(",\n)\n");
    }
    out
}

// ---------------------------------------------------------------- Terraform (HCL)

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

fn terraform(pattern: &Value, names: &Names) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "resource \"aws_cloudwatch_event_rule\" \"{}\" {{", names.snake);
    let _ = writeln!(out, "  name          = {}", hcl_string(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "  description   = {}", hcl_string(&names.description));
    }
    out.push_str("  event_pattern = jsonencode(");
    hcl_value(&mut out, pattern, 2);
    out.push_str(")\n}\n");
    out
}

// ---------------------------------------------------------------- shells

/// A POSIX shell word in single quotes: nothing inside is special, and a
/// single quote is written as `'\''`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn aws_cli(pattern: &Value, names: &Names) -> String {
    let mut out = String::from("aws events put-rule \\\n");
    let _ = writeln!(out, "  --name {} \\", shell_quote(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "  --description {} \\", shell_quote(&names.description));
    }
    let _ = writeln!(out, "  --event-pattern {}", shell_quote(&compact_json(pattern, false)));
    out
}

/// PowerShell before 7.3 strips the double quotes of arguments passed to a
/// native program, and reads typographic quotes as quote marks, so nothing
/// is passed on the command line: the whole request (name, description and
/// the pattern as a JSON string) goes through `--cli-input-json`, from a file
/// written from a literal here-string. The JSON is ASCII-only (other
/// characters as `\u` escapes), so neither the file's encoding nor the
/// AWS CLI's locale can garble it.
fn aws_cli_powershell(pattern: &Value, names: &Names) -> String {
    let mut request = vec![("Name".to_owned(), Value::String(names.rule.clone()))];
    if !names.description.is_empty() {
        request.push(("Description".to_owned(), Value::String(names.description.clone())));
    }
    request.push(("EventPattern".to_owned(), Value::String(compact_json(pattern, false))));
    let mut out = String::from("$request = @'\n");
    json(&mut out, &Value::Object(request), 0, true);
    out.push_str("\n'@\nSet-Content -Path put-rule.json -Value $request -Encoding ascii\n");
    out.push_str("aws events put-rule --cli-input-json file://put-rule.json\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_numbers_keep_their_value_under_yaml_1_1() {
        assert_eq!(yaml_number("1e3"), "1.0e+3");
        assert_eq!(yaml_number("-2.5E-4"), "-2.5E-4");
        assert_eq!(yaml_number("7"), "7");
    }

    #[test]
    fn yaml_quotes_what_would_change_meaning() {
        for risky in ["yes", "On", "NULL", "~", "123456789012", "2024-01-01", "1e3", "0x1F", "", " a", "a: b", "-x"] {
            assert!(yaml_string(risky).starts_with('"'), "{risky}");
        }
        for plain in ["aws.ec2", "EC2 Instance State-change Notification", "arn:aws:ec2:us-east-1:1:instance/i-1"] {
            assert_eq!(yaml_string(plain), plain);
        }
    }

    #[test]
    fn javascript_prints_numbers_like_javascript() {
        for (text, js) in [
            ("1e3", "1000"),
            ("1.50", "1.5"),
            ("1e21", "1e+21"),
            ("123456789012345678901", "123456789012345680000"),
            ("0.000001", "0.000001"),
            ("1e-7", "1e-7"),
            ("-0", "0"),
            ("-2.5e-8", "-2.5e-8"),
            ("5000000000", "5000000000"),
        ] {
            assert_eq!(javascript_number(text), js, "{text}");
        }
    }

    #[test]
    fn plain_decimals_expand_exponents() {
        for (text, plain) in [("1e3", "1000"), ("1.50", "1.5"), ("-2.5e-3", "-0.0025"), ("0", "0"), ("-0.0", "0")] {
            assert_eq!(plain_decimal(text), plain, "{text}");
        }
    }

    #[test]
    fn shells_quote_single_quotes() {
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(hcl_string("${x} %{y} $z"), r#""$${x} %%{y} $z""#);
    }
}
