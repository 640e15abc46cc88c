//! Export: the pattern written for the tools people deploy rules with.
//!
//! Every format writes the same pattern value. Numbers keep the text they
//! were written with wherever the target language allows it; where a tool
//! would rewrite a number that EventBridge compares by its text (outside
//! ±5e9 or with more than six decimals), the export says so in a warning.
//! Each format is checked in the test suite by parsing its output with a
//! parser for that language and comparing the pattern that comes back.

mod writers;

use crate::json::{Node, NodeKind};
use crate::pattern::number::scaled_value;

/// An export format. [`Format::name`] is the command line's name for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The pattern, pretty-printed.
    Json,
    /// The pattern on one line.
    JsonCompact,
    /// CloudFormation `AWS::Events::Rule`, YAML.
    CloudFormationYaml,
    /// CloudFormation `AWS::Events::Rule`, JSON.
    CloudFormationJson,
    /// AWS SAM function with an `EventBridgeRule` event.
    Sam,
    /// AWS CDK in TypeScript.
    CdkTs,
    /// AWS CDK in Python.
    CdkPython,
    /// Terraform `aws_cloudwatch_event_rule`.
    Terraform,
    /// Serverless Framework function with an `eventBridge` event.
    Serverless,
    /// Pulumi in TypeScript.
    PulumiTs,
    /// `aws events put-rule` for bash and other POSIX shells.
    AwsCli,
    /// `aws events put-rule` for PowerShell.
    AwsCliPowershell,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 12] = [
        Self::Json,
        Self::JsonCompact,
        Self::CloudFormationYaml,
        Self::CloudFormationJson,
        Self::Sam,
        Self::CdkTs,
        Self::CdkPython,
        Self::Terraform,
        Self::Serverless,
        Self::PulumiTs,
        Self::AwsCli,
        Self::AwsCliPowershell,
    ];

    /// The command line's name, e.g. `cloudformation-yaml`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::JsonCompact => "json-compact",
            Self::CloudFormationYaml => "cloudformation-yaml",
            Self::CloudFormationJson => "cloudformation-json",
            Self::Sam => "sam",
            Self::CdkTs => "cdk-ts",
            Self::CdkPython => "cdk-python",
            Self::Terraform => "terraform",
            Self::Serverless => "serverless",
            Self::PulumiTs => "pulumi-ts",
            Self::AwsCli => "aws-cli",
            Self::AwsCliPowershell => "aws-cli-powershell",
        }
    }

    /// A title for menus, e.g. "CloudFormation (YAML)".
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Json => "JSON",
            Self::JsonCompact => "JSON, one line",
            Self::CloudFormationYaml => "CloudFormation (YAML)",
            Self::CloudFormationJson => "CloudFormation (JSON)",
            Self::Sam => "AWS SAM",
            Self::CdkTs => "AWS CDK (TypeScript)",
            Self::CdkPython => "AWS CDK (Python)",
            Self::Terraform => "Terraform",
            Self::Serverless => "Serverless Framework",
            Self::PulumiTs => "Pulumi (TypeScript)",
            Self::AwsCli => "AWS CLI (bash)",
            Self::AwsCliPowershell => "AWS CLI (PowerShell)",
        }
    }

    /// The format named `name` (see [`Format::name`]).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The usual file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json | Self::JsonCompact | Self::CloudFormationJson => "json",
            Self::CloudFormationYaml | Self::Sam | Self::Serverless => "yaml",
            Self::CdkTs | Self::PulumiTs => "ts",
            Self::CdkPython => "py",
            Self::Terraform => "tf",
            Self::AwsCli => "sh",
            Self::AwsCliPowershell => "ps1",
        }
    }

    /// The syntax name for highlighting (a syntect name or extension).
    #[must_use]
    pub fn syntax(self) -> &'static str {
        match self {
            Self::Json | Self::JsonCompact | Self::CloudFormationJson => "json",
            Self::CloudFormationYaml | Self::Sam | Self::Serverless => "yaml",
            Self::CdkTs | Self::PulumiTs => "js",
            Self::CdkPython => "py",
            Self::Terraform => "rb",
            Self::AwsCli | Self::AwsCliPowershell => "sh",
        }
    }
}

/// Names and words the export needs besides the pattern.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// The rule's name; turned into each tool's kind of identifier.
    pub name: String,
    /// The rule's description (left out when empty).
    pub description: String,
}

/// An export's text and what the user should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The text to paste or save.
    pub text: String,
    /// Things the target tool may change, in words.
    pub warnings: Vec<String>,
}

/// A pattern value with duplicate keys resolved (the last one wins, as in
/// EventBridge) and numbers kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number's text as written.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members, in the order they were first written.
    Object(Vec<(String, Value)>),
}

impl Value {
    fn from_node(node: &Node) -> Self {
        match &node.kind {
            NodeKind::Null => Self::Null,
            NodeKind::Bool(b) => Self::Bool(*b),
            NodeKind::Number(n) => Self::Number(n.clone()),
            NodeKind::String(s) => Self::String(s.clone()),
            NodeKind::Array(items) => Self::Array(items.iter().map(Self::from_node).collect()),
            NodeKind::Object(members) => {
                let mut out: Vec<(String, Self)> = Vec::new();
                for member in members {
                    let value = Self::from_node(&member.value);
                    match out.iter_mut().find(|(k, _)| *k == member.key) {
                        Some(slot) => slot.1 = value,
                        None => out.push((member.key.clone(), value)),
                    }
                }
                Self::Object(out)
            }
        }
    }

    /// Every number in the value, in order.
    fn numbers<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Self::Number(n) => out.push(n),
            Self::Array(items) => items.iter().for_each(|v| v.numbers(out)),
            Self::Object(members) => members.iter().for_each(|(_, v)| v.numbers(out)),
            _ => {}
        }
    }
}

/// Why a pattern cannot be exported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the pattern is not valid (line {line}, column {column}): {message}")]
pub struct ExportError {
    /// AWS's message.
    pub message: String,
    /// Where, 1-based.
    pub line: usize,
    /// Where, 1-based, in characters.
    pub column: usize,
}

/// Writes the pattern `pattern_text` in `format`. Only valid patterns export.
pub fn export(pattern_text: &str, format: Format, options: &ExportOptions) -> Result<Exported, ExportError> {
    let invalid = |e: &crate::PatternError| {
        let at = e.position(pattern_text);
        ExportError { message: e.to_string(), line: at.line, column: at.column }
    };
    crate::Pattern::parse(pattern_text).map_err(|e| invalid(&e))?;
    let tree = crate::json::parse(pattern_text).map_err(|e| {
        let at = crate::json::Position::of(pattern_text, e.span.start);
        ExportError { message: e.to_string(), line: at.line, column: at.column }
    })?;
    let pattern = Value::from_node(&tree);
    let names = Names::new(options);
    let text = writers::write(format, &pattern, &names);
    let mut warnings = number_warnings(&pattern, format);
    if format == Format::CdkPython && python_cdk_loses_null(&pattern) {
        warnings.push(
            "AWS CDK for Python drops null values (jsii leaves out every None); only a null alone in its list survives, as events.Match.null_value(); this export loses the others"
                .to_owned(),
        );
    }
    if matches!(format, Format::CdkTs | Format::CdkPython) && has_key(&pattern, "__proto__") {
        warnings.push(
            "AWS CDK cannot carry a field named __proto__ (TypeScript drops it, Python's jsii refuses it): use the CloudFormation or JSON export for this pattern"
                .to_owned(),
        );
    }
    Ok(Exported { text, warnings })
}

/// The rule's name in each tool's form.
#[derive(Debug, Clone)]
pub(crate) struct Names {
    /// EventBridge rule name: letters, digits, `.`, `-`, `_`; at most 64.
    pub rule: String,
    /// `PascalCase` (CloudFormation logical id, CDK construct id).
    pub pascal: String,
    /// `camelCase` (TypeScript variable, Serverless function).
    pub camel: String,
    /// `snake_case` (Terraform resource name).
    pub snake: String,
    /// The description, possibly empty.
    pub description: String,
}

impl Names {
    fn new(options: &ExportOptions) -> Self {
        let words: Vec<String> = options
            .name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let words = if words.is_empty() { vec!["my".to_owned(), "rule".to_owned()] } else { words };
        let capitalised = |w: &str| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        };
        let mut pascal: String = words.iter().map(|w| capitalised(w)).collect();
        if pascal.starts_with(|c: char| c.is_ascii_digit()) {
            pascal.insert_str(0, "Rule");
        }
        let mut camel = pascal.clone();
        if let Some(first) = camel.get_mut(0..1) {
            first.make_ascii_lowercase();
        }
        // A trailing "Rule" keeps the variable clear of reserved words.
        if !camel.ends_with("Rule") {
            camel.push_str("Rule");
        }
        let mut snake = words.join("_");
        if snake.starts_with(|c: char| c.is_ascii_digit()) {
            snake.insert_str(0, "rule_");
        }
        let mut rule: String = options
            .name
            .trim()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
            .collect();
        if rule.trim_matches('-').is_empty() {
            rule = words.join("-");
        }
        rule.truncate(64);
        Self { rule, pascal, camel, snake, description: options.description.trim().to_owned() }
    }
}

/// Whether an object anywhere in the value has a member named `key`.
fn has_key(value: &Value, key: &str) -> bool {
    match value {
        Value::Array(items) => items.iter().any(|v| has_key(v, key)),
        Value::Object(members) => members.iter().any(|(k, v)| k == key || has_key(v, key)),
        _ => false,
    }
}

/// Whether Python CDK would lose a `null`: any null except one alone in its
/// list of conditions (which `Match.null_value()` writes).
fn python_cdk_loses_null(value: &Value) -> bool {
    fn contains_null(value: &Value) -> bool {
        match value {
            Value::Null => true,
            Value::Array(items) => items.iter().any(contains_null),
            Value::Object(members) => members.iter().any(|(_, v)| contains_null(v)),
            _ => false,
        }
    }
    match value {
        Value::Object(members) => members.iter().any(|(key, v)| match v {
            Value::Array(items) if key == "$or" => items.iter().any(python_cdk_loses_null),
            Value::Array(items) if items.len() == 1 && items[0] == Value::Null => false,
            Value::Array(items) => items.iter().any(contains_null),
            other => python_cdk_loses_null(other),
        }),
        _ => false,
    }
}

/// Warnings for numbers EventBridge compares by text that `format` rewrites.
fn number_warnings(pattern: &Value, format: Format) -> Vec<String> {
    let mut numbers = Vec::new();
    pattern.numbers(&mut numbers);
    let mut warnings = Vec::new();
    for text in numbers {
        if scaled_value(text).is_ok() {
            continue; // compared by value: any spelling of it is the same number
        }
        let (rewritten, tool) = match format {
            Format::Json
            | Format::JsonCompact
            | Format::CloudFormationJson
            | Format::AwsCli
            | Format::AwsCliPowershell => continue,
            Format::CloudFormationYaml | Format::Sam | Format::Serverless => (writers::yaml_number(text), "YAML"),
            Format::CdkTs | Format::CdkPython | Format::PulumiTs => (writers::javascript_number(text), "JavaScript"),
            Format::Terraform => (writers::plain_decimal(text), "Terraform's jsonencode"),
        };
        if rewritten != text {
            let message = format!(
                "{text}: EventBridge compares this number by its text (it is beyond ±5,000,000,000 or has more than six decimals), and {tool} writes it as {rewritten}; write it as a string if you mean the text"
            );
            if !warnings.contains(&message) {
                warnings.push(message);
            }
        }
    }
    warnings
}

/// Reads JSON text into a [`Value`] (numbers keep their text).
pub fn parse_value(text: &str) -> Result<Value, String> {
    crate::json::parse(text).map(|tree| Value::from_node(&tree)).map_err(|e| e.to_string())
}

/// Whether two pattern values mean the same to EventBridge: numbers equal by
/// value when both are comparable (see [`crate::pattern::number`]), by text
/// otherwise; objects equal member by member, in any order.
#[must_use]
pub fn same_pattern(written: &Value, read: &Value) -> bool {
    match (written, read) {
        (Value::Number(left), Value::Number(right)) => match (scaled_value(left), scaled_value(right)) {
            (Ok(left_value), Ok(right_value)) => left_value == right_value,
            _ => left == right,
        },
        (Value::Array(left), Value::Array(right)) => {
            left.len() == right.len() && left.iter().zip(right).all(|(l, r)| same_pattern(l, r))
        }
        (Value::Object(left), Value::Object(right)) => {
            left.len() == right.len()
                && left.iter().all(|(key, value)| {
                    right.iter().find(|(other, _)| other == key).is_some_and(|(_, other)| same_pattern(value, other))
                })
        }
        _ => written == read,
    }
}
