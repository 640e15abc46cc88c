//! `rulecraft transform`: what each target of a rule receives for an event,
//! or what a bare input transformer (AWS's JSON shape) makes of it. Standard
//! output is exactly the bytes the target receives; exit 1 (reason on
//! standard error) when EventBridge would drop the event, 2 when AWS would
//! refuse the target (AWS's message) or the input cannot be read.

use super::{InputTransformer, RuleContext, Severity, Target, TargetInput, TargetKind};
use std::io::Write;

/// What to transform.
#[derive(Debug, Clone, Default)]
pub struct TransformArgs {
    /// A rule file whose targets to run.
    pub rule: Option<String>,
    /// A bare transformer: JSON text or `file://PATH`.
    pub input_transformer: Option<String>,
    /// The event: JSON text or `file://PATH`.
    pub event: String,
    /// Only this target (with a bare transformer: the id AWS's messages name).
    pub target: Option<String>,
    /// The rule name the reserved variables give (default: the rule's).
    pub rule_name: Option<String>,
    /// The ingestion time (default: now), ISO 8601.
    pub ingestion_time: Option<String>,
}

/// Runs the command; the exit code.
pub fn run(
    args: &TransformArgs,
    read: impl Fn(&str, &str) -> Result<String, String>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let event = match read("--event", &args.event) {
        Ok(text) => text,
        Err(message) => return fail(err, &message, 2),
    };
    let now = args
        .ingestion_time
        .clone()
        .unwrap_or_else(|| jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
    let (targets, rule_name, pattern) = match (&args.rule, &args.input_transformer) {
        (Some(path), None) => match crate::document::RuleDocument::open(std::path::Path::new(path)) {
            Ok((document, _)) => {
                if document.targets.is_empty() {
                    return fail(err, &format!("{path} has no targets: add them in the Targets mode"), 2);
                }
                (document.targets, document.name, Some(document.pattern))
            }
            Err(e) => return fail(err, &e.to_string(), 2),
        },
        (None, Some(value)) => {
            let transformer = match read("--input-transformer", value).and_then(|t| InputTransformer::from_aws_json(&t))
            {
                Ok(t) => t,
                Err(message) => return fail(err, &format!("--input-transformer: {message}"), 2),
            };
            let id = args.target.clone().unwrap_or_else(|| "target".to_owned());
            let target = Target {
                id,
                kind: TargetKind::SqsQueue,
                arn: TargetKind::SqsQueue.example_arn(),
                input: TargetInput::Transformer(transformer),
            };
            (vec![target], "rule".to_owned(), None)
        }
        _ => return fail(err, "give either --rule RULEFILE or --input-transformer file://T.json", 2),
    };
    let chosen: Vec<&Target> = match (&args.rule, &args.target) {
        (Some(_), Some(id)) => targets.iter().filter(|t| t.id == *id).collect(),
        _ => targets.iter().collect(),
    };
    if chosen.is_empty() {
        let ids: Vec<&str> = targets.iter().map(|t| t.id.as_str()).collect();
        let wanted = args.target.as_deref().unwrap_or_default();
        return fail(err, &format!("the rule has no target {wanted}; its targets: {}", ids.join(", ")), 2);
    }
    if let Some(pattern) = pattern {
        match crate::Pattern::parse(&pattern) {
            Ok(pattern) => match crate::matches(&pattern, &event) {
                Ok(true) => {}
                Ok(false) => return fail(err, "the event does not match the rule's pattern: no target receives it", 1),
                Err(e) => return fail(err, &format!("the event is not JSON: {e}"), 2),
            },
            Err(e) => return fail(err, &format!("the rule's pattern is not valid: {e}"), 2),
        }
    }
    let context = RuleContext { rule_name: args.rule_name.as_deref().unwrap_or(&rule_name), ingestion_time: &now };
    let mut code = 0;
    for target in &chosen {
        let problems = target.problems();
        if let Some(problem) = problems.iter().find(|p| p.severity() == Severity::Error) {
            writeln!(err, "rulecraft: target {}: {}", target.id, problem.kind).ok();
            code = 2;
            continue;
        }
        for warning in problems.iter().filter(|p| p.severity() == Severity::Warning) {
            writeln!(err, "rulecraft: warning: target {}: {}", target.id, warning.kind).ok();
        }
        let delivery = target.deliver(&event, &context);
        if chosen.len() > 1 {
            writeln!(out, "== {} ({}) ==", target.id, target.kind).ok();
        }
        for name in &delivery.empty {
            writeln!(err, "rulecraft: warning: target {}: {name} finds nothing in this event", target.id).ok();
        }
        match &delivery.dropped {
            None => {
                out.write_all(delivery.text.as_bytes()).ok();
                if chosen.len() > 1 {
                    writeln!(out).ok();
                }
            }
            Some(reason) => {
                writeln!(err, "rulecraft: target {}: {reason}", target.id).ok();
                code = code.max(1);
            }
        }
    }
    code
}

fn fail(err: &mut impl Write, message: &str, code: u8) -> u8 {
    writeln!(err, "rulecraft: {message}").ok();
    code
}
