//! Export: the pattern written for the tools people deploy rules with.
//!
//! Every format writes the same pattern value, and every format but the
//! pattern-only JSON ones writes the rule's targets with their inputs, the
//! Lambda permissions, and where each role goes (see `targets`). Numbers keep the text they
//! were written with wherever the target language allows it; where a tool
//! would rewrite a number that EventBridge compares by its text (outside
//! ±5e9 or with more than six decimals), the export says so in a warning.
//! Each format is checked in the test suite by parsing its output with a
//! parser for that language and comparing the pattern that comes back.
//!
//! [`FORMATS`] is the one table of formats: each row names a format (its
//! command-line name, title, file extension, highlighting syntax), says
//! which family of tools it belongs to and how that tool writes numbers, and
//! points at its writer. The writers live in a file per family (`json`,
//! `cloudformation`, `cdk`, `pulumi`, `terraform`, `serverless`, `aws_cli`);
//! the languages several families write (JSON, YAML, JavaScript and Python)
//! are in `literals`. Writers are given the [`Rule`] ready to write (its
//! pattern read, its name in each tool's form, its targets, its schedule).
//!
//! A schedule an EventBridge rule runs is the rule's `ScheduleExpression`
//! in every format; one EventBridge Scheduler runs is a schedule per target
//! (`AWS::Scheduler::Schedule` and each tool's kin), beside the events rule
//! when there is also a pattern (see `schedule`).

mod aws_cli;
mod cdk;
mod cloudformation;
mod json;
// Also used by `putevents::code`, which writes the same languages.
pub(crate) mod literals;
mod pulumi;
mod schedule;
mod serverless;
mod targets;
mod terraform;

pub use targets::role_action;

use crate::json::{Node, NodeKind};
use crate::pattern::number::scaled_value;
use heck::{ToLowerCamelCase as _, ToSnakeCase as _, ToUpperCamelCase as _};
use std::fmt;

/// An export format. [`Format::name`] is the command line's name for it;
/// the rest of what is known of it is its row in [`FORMATS`].
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

/// A family of tools: the formats of one family share a writer file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// The pattern alone, as JSON.
    Json,
    /// CloudFormation templates, and AWS SAM (a CloudFormation transform).
    CloudFormation,
    /// AWS CDK.
    Cdk,
    /// Pulumi.
    Pulumi,
    /// Terraform.
    Terraform,
    /// The Serverless Framework.
    Serverless,
    /// The AWS CLI.
    AwsCli,
}

/// A tool that writes some numbers differently from the text they were
/// written with (see [`ExportWarning::NumberRewritten`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberRewriter {
    /// A YAML parser: an exponent needs a `.` and a sign (`1e3` → `1.0e+3`).
    Yaml,
    /// JavaScript (and jsii, which carries CDK Python's values through it):
    /// a double, printed the shortest way.
    JavaScript,
    /// Terraform's `jsonencode`: a plain decimal, without exponent.
    TerraformJsonencode,
}

impl NumberRewriter {
    /// How this tool writes the number `text`.
    fn rewrite(self, text: &str) -> String {
        match self {
            Self::Yaml => literals::yaml::yaml_number(text),
            Self::JavaScript => literals::code::javascript_number(text),
            Self::TerraformJsonencode => terraform::plain_decimal(text),
        }
    }
}

impl fmt::Display for NumberRewriter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Yaml => "YAML",
            Self::JavaScript => "JavaScript",
            Self::TerraformJsonencode => "Terraform's jsonencode",
        })
    }
}

/// A row of [`FORMATS`]: everything known of one format.
#[derive(Debug, Clone, Copy)]
pub struct FormatSpec {
    /// The format.
    pub format: Format,
    /// The command line's name, e.g. `cloudformation-yaml`.
    pub name: &'static str,
    /// A title for menus, e.g. "CloudFormation (YAML)".
    pub title: &'static str,
    /// The usual file extension.
    pub extension: &'static str,
    /// The syntax name for highlighting (a syntect name or extension).
    pub syntax: &'static str,
    /// The family of tools it belongs to.
    pub family: Family,
    /// The tool that may write a number differently from its text, if any.
    pub numbers: Option<NumberRewriter>,
    /// Writes the rule in this format.
    write: fn(&Prepared) -> String,
}

/// Every format, in menu order (the order of [`Format`]'s variants).
pub const FORMATS: [FormatSpec; 12] = [
    FormatSpec {
        format: Format::Json,
        name: "json",
        title: "JSON",
        extension: "json",
        syntax: "json",
        family: Family::Json,
        numbers: None,
        write: json::pretty,
    },
    FormatSpec {
        format: Format::JsonCompact,
        name: "json-compact",
        title: "JSON, one line",
        extension: "json",
        syntax: "json",
        family: Family::Json,
        numbers: None,
        write: json::compact,
    },
    FormatSpec {
        format: Format::CloudFormationYaml,
        name: "cloudformation-yaml",
        title: "CloudFormation (YAML)",
        extension: "yaml",
        syntax: "yaml",
        family: Family::CloudFormation,
        numbers: Some(NumberRewriter::Yaml),
        write: cloudformation::cloudformation_yaml,
    },
    FormatSpec {
        format: Format::CloudFormationJson,
        name: "cloudformation-json",
        title: "CloudFormation (JSON)",
        extension: "json",
        syntax: "json",
        family: Family::CloudFormation,
        numbers: None,
        write: cloudformation::cloudformation_json,
    },
    FormatSpec {
        format: Format::Sam,
        name: "sam",
        title: "AWS SAM",
        extension: "yaml",
        syntax: "yaml",
        family: Family::CloudFormation,
        numbers: Some(NumberRewriter::Yaml),
        write: cloudformation::sam,
    },
    FormatSpec {
        format: Format::CdkTs,
        name: "cdk-ts",
        title: "AWS CDK (TypeScript)",
        extension: "ts",
        syntax: "js",
        family: Family::Cdk,
        numbers: Some(NumberRewriter::JavaScript),
        write: cdk::cdk_ts,
    },
    FormatSpec {
        format: Format::CdkPython,
        name: "cdk-python",
        title: "AWS CDK (Python)",
        extension: "py",
        syntax: "py",
        family: Family::Cdk,
        numbers: Some(NumberRewriter::JavaScript),
        write: cdk::cdk_python,
    },
    FormatSpec {
        format: Format::Terraform,
        name: "terraform",
        title: "Terraform",
        extension: "tf",
        syntax: "rb",
        family: Family::Terraform,
        numbers: Some(NumberRewriter::TerraformJsonencode),
        write: terraform::terraform,
    },
    FormatSpec {
        format: Format::Serverless,
        name: "serverless",
        title: "Serverless Framework",
        extension: "yaml",
        syntax: "yaml",
        family: Family::Serverless,
        numbers: Some(NumberRewriter::Yaml),
        write: serverless::serverless,
    },
    FormatSpec {
        format: Format::PulumiTs,
        name: "pulumi-ts",
        title: "Pulumi (TypeScript)",
        extension: "ts",
        syntax: "js",
        family: Family::Pulumi,
        numbers: Some(NumberRewriter::JavaScript),
        write: pulumi::pulumi_ts,
    },
    FormatSpec {
        format: Format::AwsCli,
        name: "aws-cli",
        title: "AWS CLI (bash)",
        extension: "sh",
        syntax: "sh",
        family: Family::AwsCli,
        numbers: None,
        write: aws_cli::aws_cli,
    },
    FormatSpec {
        format: Format::AwsCliPowershell,
        name: "aws-cli-powershell",
        title: "AWS CLI (PowerShell)",
        extension: "ps1",
        syntax: "sh",
        family: Family::AwsCli,
        numbers: None,
        write: aws_cli::aws_cli_powershell,
    },
];

// Row `i` of the table is the format whose discriminant is `i`, so
// `Format::spec` can index it.
const _: () = {
    let mut i = 0;
    while i < FORMATS.len() {
        assert!(FORMATS[i].format as usize == i, "FORMATS is in the order of Format's variants");
        i += 1;
    }
};

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 12] = {
        let mut all = [Self::Json; 12];
        let mut i = 0;
        while i < all.len() {
            all[i] = FORMATS[i].format;
            i += 1;
        }
        all
    };

    /// The format's row in [`FORMATS`].
    #[must_use]
    pub fn spec(self) -> &'static FormatSpec {
        &FORMATS[self as usize]
    }

    /// The command line's name, e.g. `cloudformation-yaml`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// A title for menus, e.g. "CloudFormation (YAML)".
    #[must_use]
    pub fn title(self) -> &'static str {
        self.spec().title
    }

    /// The usual file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        self.spec().extension
    }

    /// The syntax name for highlighting (a syntect name or extension).
    #[must_use]
    pub fn syntax(self) -> &'static str {
        self.spec().syntax
    }

    /// The family of tools the format belongs to.
    #[must_use]
    pub fn family(self) -> Family {
        self.spec().family
    }
}

/// `--format NAME` on the command line: the names of [`FORMATS`], with the
/// titles as their help.
impl clap::ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()).help(self.title()))
    }
}

/// The rule to export: what every format is written from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rule<'a> {
    /// The rule's name; turned into each tool's kind of identifier.
    pub name: &'a str,
    /// The rule's description (left out when empty).
    pub description: &'a str,
    /// The event pattern's text (JSON).
    pub pattern: &'a str,
    /// The rule's targets: every format but the pattern-only JSON ones
    /// writes them, with their input settings.
    pub targets: &'a [crate::target::Target],
    /// The rule's schedule, if it has one: on the rule (`ScheduleExpression`)
    /// or as EventBridge Scheduler schedules, one per target. With a
    /// schedule, an empty pattern (blank or `{}`) means no `EventPattern`.
    pub schedule: Option<&'a crate::document::RuleSchedule>,
}

/// An export's text and what the user should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The text to paste or save.
    pub text: String,
    /// Things the target tool may change.
    pub warnings: Vec<ExportWarning>,
}

/// Something the target tool may change in the exported pattern. Its
/// [`Display`](fmt::Display) is the warning in English.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExportWarning {
    /// A number EventBridge compares by its text (beyond ±5,000,000,000 or
    /// with more than six decimals) that the tool writes differently.
    NumberRewritten {
        /// The number as written in the pattern.
        text: String,
        /// The tool that rewrites it.
        tool: NumberRewriter,
        /// How the tool writes it.
        rewritten: String,
    },
    /// AWS CDK for Python drops `null`s, except one alone in its list.
    PythonCdkDropsNulls,
    /// AWS CDK cannot carry a field named `__proto__`.
    CdkCannotCarryProto,
    /// An SNS topic or SQS queue target whose own policy must let
    /// EventBridge send to it: no export changes the topic or queue.
    TargetNeedsPolicy {
        /// The target's id.
        id: String,
        /// Its kind ([`TargetKind::SnsTopic`](crate::target::TargetKind::SnsTopic)
        /// or [`TargetKind::SqsQueue`](crate::target::TargetKind::SqsQueue)).
        kind: crate::target::TargetKind,
    },
    /// A target EventBridge reaches through a role (a state machine, a
    /// Kinesis stream, an event bus, an API destination): the export leaves
    /// its `RoleArn` as a parameter or a placeholder named for the target.
    TargetNeedsRole {
        /// The target's id.
        id: String,
        /// Its kind.
        kind: crate::target::TargetKind,
    },
    /// An EventBridge Scheduler schedule runs its target through an
    /// execution role: the export leaves its `RoleArn` as a parameter, a
    /// variable or a placeholder named for the target.
    SchedulerNeedsRole {
        /// The target's id.
        id: String,
        /// Its kind.
        kind: crate::target::TargetKind,
    },
    /// A target whose input is an input transformer or an `InputPath`:
    /// Scheduler has neither (a schedule's target takes a constant `Input`),
    /// so its schedule goes without.
    SchedulerCannotCarryInput {
        /// The target's id.
        id: String,
    },
    /// A Scheduler schedule needs a target and the rule has none: the
    /// export writes one schedule with placeholders for the target's ARN and
    /// its role's.
    SchedulerNeedsTarget,
}

impl fmt::Display for ExportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NumberRewritten { text, tool, rewritten } => write!(
                f,
                "{text}: EventBridge compares this number by its text (it is beyond ±5,000,000,000 or has more than six decimals), and {tool} writes it as {rewritten}; write it as a string if you mean the text"
            ),
            Self::PythonCdkDropsNulls => f.write_str(
                "AWS CDK for Python drops null values (jsii leaves out every None); only a null alone in its list survives, as events.Match.null_value(); this export loses the others",
            ),
            Self::CdkCannotCarryProto => f.write_str(
                "AWS CDK cannot carry a field named __proto__ (TypeScript drops it, Python's jsii refuses it): use the CloudFormation or JSON export for this pattern",
            ),
            Self::TargetNeedsPolicy { id, kind } => {
                let (policy, action) = targets::policy_of(*kind);
                write!(
                    f,
                    "Target {id}: the {kind}'s {policy} must allow events.amazonaws.com to {action} with the condition aws:SourceArn = this rule's ARN; this export does not change it"
                )
            }
            Self::TargetNeedsRole { id, kind } => write!(
                f,
                "Target {id}: EventBridge reaches {} through a role it can assume, allowed {}: this export leaves the target's RoleArn for you to fill (a parameter or a placeholder named for the target)",
                targets::with_article(*kind),
                targets::role_action(*kind)
            ),
            Self::SchedulerNeedsRole { id, kind } => write!(
                f,
                "Schedule for target {id}: EventBridge Scheduler runs it through an execution role that scheduler.amazonaws.com can assume, allowed {}: this export leaves the schedule's RoleArn for you to fill (a parameter, a variable or a placeholder named for the target)",
                targets::role_action(*kind)
            ),
            Self::SchedulerCannotCarryInput { id } => write!(
                f,
                "Schedule for target {id}: EventBridge Scheduler has no input transformer or InputPath (a schedule's target takes only a constant Input), so this schedule is written without the target's input"
            ),
            Self::SchedulerNeedsTarget => f.write_str(
                "EventBridge Scheduler runs each schedule with one target, and this rule has none: this export writes one schedule with placeholders for the target's ARN and its execution role's ARN",
            ),
        }
    }
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

/// Why a rule cannot be exported: its pattern or its schedule is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {part} is not valid (line {line}, column {column}): {message}")]
pub struct ExportError {
    /// AWS's message (for a schedule, with Rulecraft's reason after it).
    pub message: String,
    /// Where, 1-based (a schedule expression is one line).
    pub line: usize,
    /// Where, 1-based, in characters.
    pub column: usize,
    /// Which part of the rule is not valid.
    pub part: RulePart,
}

/// The part of a rule an [`ExportError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RulePart {
    /// The event pattern.
    Pattern,
    /// The schedule expression.
    Schedule,
}

impl fmt::Display for RulePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Pattern => "pattern",
            Self::Schedule => "schedule expression",
        })
    }
}

/// Writes `rule` in `format`. Only valid patterns and schedules export.
pub fn export(rule: &Rule<'_>, format: Format) -> Result<Exported, ExportError> {
    let pattern_text = rule.pattern;
    let schedule = match rule.schedule {
        Some(schedule) => Some(schedule::Written::new(schedule, rule)?),
        None => None,
    };
    let pattern = if schedule.is_some() && schedule::no_pattern(pattern_text) {
        None
    } else {
        let invalid = |e: &crate::PatternError| {
            let at = e.position(pattern_text);
            ExportError { message: e.to_string(), line: at.line, column: at.column, part: RulePart::Pattern }
        };
        crate::Pattern::parse(pattern_text).map_err(|e| invalid(&e))?;
        let tree = crate::json::parse(pattern_text).map_err(|e| {
            let at = crate::json::Position::of(pattern_text, e.span.start);
            ExportError { message: e.to_string(), line: at.line, column: at.column, part: RulePart::Pattern }
        })?;
        Some(Value::from_node(&tree))
    };
    let prepared =
        Prepared { pattern, names: Names::new(rule), targets: targets::Written::all(rule.targets), schedule };
    let spec = format.spec();
    let text = (spec.write)(&prepared);
    let mut warnings = match &prepared.pattern {
        Some(pattern) => number_warnings(pattern, spec.numbers),
        None => Vec::new(),
    };
    if spec.family == Family::Cdk
        && let Some(pattern) = &prepared.pattern
    {
        warnings.extend(cdk::warnings(format, pattern));
    }
    if spec.family != Family::Json {
        // The targets' warnings are the events rule's: a Scheduler-only
        // export (no pattern) has none.
        if prepared.events_rule() {
            warnings.extend(targets::warnings(rule.targets, spec.family));
        }
        if let Some(schedule) = &prepared.schedule {
            warnings.extend(schedule.warnings(rule.targets));
        }
    }
    Ok(Exported { text, warnings })
}

/// A [`Rule`] ready for the writers: its pattern read, its name in each
/// tool's form, its targets, its schedule.
#[derive(Debug, Clone)]
struct Prepared {
    /// The pattern; none for a rule that only has a schedule.
    pattern: Option<Value>,
    /// The rule's name and description.
    names: Names,
    /// The targets, each with its names in each tool's form.
    targets: Vec<targets::Written>,
    /// The schedule, with Scheduler's schedules when it runs them.
    schedule: Option<schedule::Written>,
}

impl Prepared {
    /// The events rule's `ScheduleExpression`, when the rule runs the schedule.
    fn rule_schedule(&self) -> Option<&str> {
        self.schedule.as_ref().filter(|s| !s.scheduler()).map(|s| s.expression.as_str())
    }

    /// Whether there is an events rule to write: a pattern, or a schedule
    /// the rule runs (Scheduler's schedules are resources of their own).
    fn events_rule(&self) -> bool {
        self.pattern.is_some() || self.rule_schedule().is_some()
    }

    /// Scheduler's schedules, one per target (none unless Scheduler runs it).
    fn schedules(&self) -> &[schedule::OneSchedule] {
        self.schedule.as_ref().map_or(&[], |s| s.schedules.as_slice())
    }
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
    fn new(rule: &Rule<'_>) -> Self {
        // The words are the name's runs of ASCII letters and digits, in lower
        // case: identifiers stay ASCII (CloudFormation's logical ids must be)
        // and `myRule` is one word, as it always was. heck then only joins
        // and capitalises them.
        let words: Vec<String> = rule
            .name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let words = if words.is_empty() { vec!["my".to_owned(), "rule".to_owned()] } else { words };
        let mut phrase = words.join(" ");
        // Identifiers cannot start with a digit.
        if phrase.starts_with(|c: char| c.is_ascii_digit()) {
            phrase.insert_str(0, "rule ");
        }
        let pascal = phrase.to_upper_camel_case();
        let mut camel = phrase.to_lower_camel_case();
        // A trailing "Rule" keeps the variable clear of reserved words.
        if !camel.ends_with("Rule") {
            camel.push_str("Rule");
        }
        let snake = phrase.to_snake_case();
        let mut name: String = rule
            .name
            .trim()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
            .collect();
        if name.trim_matches('-').is_empty() {
            name = words.join("-");
        }
        name.truncate(64);
        Self { rule: name, pascal, camel, snake, description: rule.description.trim().to_owned() }
    }
}

/// Warnings for the numbers EventBridge compares by text that `rewriter`
/// (the format's tool) writes differently; none when the format keeps them.
fn number_warnings(pattern: &Value, rewriter: Option<NumberRewriter>) -> Vec<ExportWarning> {
    let Some(tool) = rewriter else { return Vec::new() };
    let mut numbers = Vec::new();
    pattern.numbers(&mut numbers);
    let mut warnings = Vec::new();
    for text in numbers {
        if scaled_value(text).is_ok() {
            continue; // compared by value: any spelling of it is the same number
        }
        let rewritten = tool.rewrite(text);
        if rewritten != text {
            let warning = ExportWarning::NumberRewritten { text: text.to_owned(), tool, rewritten };
            if !warnings.contains(&warning) {
                warnings.push(warning);
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum as _;

    #[test]
    fn the_table_has_one_row_per_format_with_its_own_name() {
        for (i, format) in Format::ALL.into_iter().enumerate() {
            assert_eq!(FORMATS[i].format, format);
            assert_eq!(format.spec().format, format);
            assert_eq!(Format::from_str(format.name(), false), Ok(format), "{}", format.name());
            let same_name = Format::ALL.iter().filter(|f| f.name() == format.name()).count();
            assert_eq!(same_name, 1, "{}", format.name());
        }
        assert_eq!(Format::CloudFormationYaml.name(), "cloudformation-yaml");
        assert_eq!(Format::AwsCliPowershell.extension(), "ps1");
        assert_eq!(Format::Terraform.syntax(), "rb");
        assert_eq!(Format::PulumiTs.family(), Family::Pulumi);
    }

    /// Today's identifiers, including where heck on the raw name would differ
    /// (`myRule` is one word; letters beyond ASCII are dropped; a leading
    /// digit gets a "rule" in front; no name is "my rule").
    #[test]
    fn names_take_each_tools_form() {
        for (name, rule, pascal, camel, snake) in [
            ("EC2 watcher", "EC2-watcher", "Ec2Watcher", "ec2WatcherRule", "ec2_watcher"),
            (
                "EC2 state: it's \"live\" ${x}",
                "EC2-state--it-s--live----x-",
                "Ec2StateItSLiveX",
                "ec2StateItSLiveXRule",
                "ec2_state_it_s_live_x",
            ),
            ("myRule", "myRule", "Myrule", "myruleRule", "myrule"),
            ("HTTPServer rule", "HTTPServer-rule", "HttpserverRule", "httpserverRule", "httpserver_rule"),
            ("1st rule", "1st-rule", "Rule1stRule", "rule1stRule", "rule_1st_rule"),
            ("a b", "a-b", "AB", "aBRule", "a_b"),
            ("이름 규칙", "my-rule", "MyRule", "myRule", "my_rule"),
            ("Ärger über Öl", "-rger--ber--l", "RgerBerL", "rgerBerLRule", "rger_ber_l"),
            ("", "my-rule", "MyRule", "myRule", "my_rule"),
        ] {
            let names = Names::new(&Rule { name, description: " d ", pattern: "{}", targets: &[], schedule: None });
            assert_eq!(
                (names.rule.as_str(), names.pascal.as_str(), names.camel.as_str(), names.snake.as_str()),
                (rule, pascal, camel, snake),
                "{name}"
            );
            assert_eq!(names.description, "d");
        }
        let long = Names::new(&Rule { name: &"x".repeat(80), ..Rule::default() });
        assert_eq!(long.rule.len(), 64);
    }

    #[test]
    fn warnings_read_as_they_always_did() {
        let number = ExportWarning::NumberRewritten {
            text: "1e10".to_owned(),
            tool: NumberRewriter::TerraformJsonencode,
            rewritten: "10000000000".to_owned(),
        };
        assert_eq!(
            number.to_string(),
            "1e10: EventBridge compares this number by its text (it is beyond ±5,000,000,000 or has more than six decimals), and Terraform's jsonencode writes it as 10000000000; write it as a string if you mean the text"
        );
        let rule = Rule {
            name: "r",
            description: "",
            pattern: r#"{"detail": {"a": [null, "x"], "__proto__": ["p"]}}"#,
            targets: &[],
            schedule: None,
        };
        let warnings: Vec<String> = export(&rule, Format::CdkPython)
            .map(|e| e.warnings.iter().map(ToString::to_string).collect())
            .unwrap_or_default();
        assert_eq!(
            warnings,
            [
                "AWS CDK for Python drops null values (jsii leaves out every None); only a null alone in its list survives, as events.Match.null_value(); this export loses the others",
                "AWS CDK cannot carry a field named __proto__ (TypeScript drops it, Python's jsii refuses it): use the CloudFormation or JSON export for this pattern",
            ]
        );
        let yaml = Rule { pattern: r#"{"detail": {"n": [1e10, 1e10, 5]}}"#, ..rule };
        let warned = export(&yaml, Format::Sam).map(|e| e.warnings).unwrap_or_default();
        assert_eq!(
            warned,
            [ExportWarning::NumberRewritten {
                text: "1e10".to_owned(),
                tool: NumberRewriter::Yaml,
                rewritten: "1.0e+10".to_owned()
            }],
            "once per number"
        );
        assert_eq!(export(&yaml, Format::Json).map(|e| e.warnings.len()), Ok(0));
    }
}
