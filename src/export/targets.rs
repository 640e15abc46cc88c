//! What every format knows of the rule's targets: each target's names in
//! each tool's form, which kinds EventBridge reaches through a role and which
//! need a policy of their own, the Lambda permission, the comments the
//! formats that allow comments write, the warnings, and the target in the
//! shape `put-targets` and CloudFormation take it (`Id`, `Arn`, `RoleArn`,
//! `Input` / `InputPath` / `InputTransformer`).

use super::{ExportWarning, Family, Value};
use crate::target::{Target, TargetInput, TargetKind};
use heck::{ToSnakeCase as _, ToUpperCamelCase as _};

/// The principal EventBridge acts as.
pub(super) const EVENTS_PRINCIPAL: &str = "events.amazonaws.com";

/// A target as the writers see it: the target and its names.
#[derive(Debug, Clone)]
pub(super) struct Written {
    /// The target.
    pub target: Target,
    /// `PascalCase`, unique among the rule's targets (logical ids, construct ids).
    pub pascal: String,
    /// `snake_case`, unique (Terraform resource names and variables).
    pub snake: String,
}

impl Written {
    /// The targets with their names: the id's runs of ASCII letters and
    /// digits (as the rule's names are made); `target N` when the id has
    /// none, and a number after a name another target already has.
    pub(super) fn all(targets: &[Target]) -> Vec<Self> {
        let mut out: Vec<Self> = Vec::new();
        for (n, target) in targets.iter().enumerate() {
            let words: Vec<String> = target
                .id
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            let mut phrase = if words.is_empty() { format!("target {}", n + 1) } else { words.join(" ") };
            if out.iter().any(|w| w.pascal == phrase.to_upper_camel_case()) {
                phrase = format!("{phrase} {}", n + 1);
            }
            out.push(Self {
                target: target.clone(),
                pascal: phrase.to_upper_camel_case(),
                snake: phrase.to_snake_case(),
            });
        }
        out
    }

    /// Whether this target is a Lambda function, which needs a permission.
    pub(super) fn is_lambda(&self) -> bool {
        self.target.kind == TargetKind::LambdaFunction
    }

    /// Whether EventBridge reaches it through a role.
    pub(super) fn needs_role(&self) -> bool {
        needs_role(self.target.kind)
    }

    /// The placeholder written where the target's role ARN goes, in the
    /// formats without parameters.
    pub(super) fn role_placeholder(&self) -> String {
        format!("REPLACE-WITH-ROLE-ARN-FOR-{}", self.target.id)
    }

    /// The Lambda permission's statement id: the rule's name and the
    /// target's, as a statement id may be written (letters, digits, `-`, `_`).
    pub(super) fn statement_id(&self, rule: &str) -> String {
        let id: String = format!("{rule}-{}", self.target.id).chars().map(|c| if c == '.' { '-' } else { c }).collect();
        id.chars().take(100).collect()
    }

    /// The target as `put-targets` and CloudFormation take it; `role` is the
    /// `RoleArn`'s value, written when the kind needs one.
    pub(super) fn aws_value(&self, role: Option<Value>) -> Value {
        let target = &self.target;
        let mut members = vec![
            ("Id".to_owned(), Value::String(target.id.clone())),
            ("Arn".to_owned(), Value::String(target.arn.clone())),
        ];
        if let Some(role) = role.filter(|_| self.needs_role()) {
            members.push(("RoleArn".to_owned(), role));
        }
        match &target.input {
            TargetInput::MatchedEvent => {}
            TargetInput::Part(path) => members.push(("InputPath".to_owned(), Value::String(path.clone()))),
            TargetInput::Constant(text) => members.push(("Input".to_owned(), Value::String(text.clone()))),
            TargetInput::Transformer(t) => {
                let mut transformer = Vec::new();
                if !t.paths.is_empty() {
                    let paths = t.paths.iter().map(|(k, p)| (k.clone(), Value::String(p.clone()))).collect();
                    transformer.push(("InputPathsMap".to_owned(), Value::Object(paths)));
                }
                transformer.push(("InputTemplate".to_owned(), Value::String(t.template.clone())));
                members.push(("InputTransformer".to_owned(), Value::Object(transformer)));
            }
        }
        Value::Object(members)
    }

    /// What to say in a comment before the target, one line each: the
    /// policy an SNS topic or SQS queue needs, the role a kind needs
    /// (`role` says where the export leaves it, when it does).
    pub(super) fn notes(&self, role: Option<&str>) -> Vec<String> {
        let target = &self.target;
        let mut notes = Vec::new();
        if let Some((policy, action)) = needs_policy(target.kind).then(|| policy_of(target.kind)) {
            notes
                .push(format!("{} {}: its {policy} must allow {EVENTS_PRINCIPAL} to {action}", target.kind, target.id));
            notes.push(
                "with the condition aws:SourceArn = this rule's ARN (this export does not change it).".to_owned(),
            );
        }
        if let Some(role) = role.filter(|_| self.needs_role()) {
            notes.push(format!(
                "{} {}: EventBridge needs a role allowed {} on it: {role}.",
                target.kind,
                target.id,
                role_action(target.kind)
            ));
        }
        notes
    }
}

/// Whether EventBridge reaches a target of `kind` through a role (`RoleArn`).
pub(super) fn needs_role(kind: TargetKind) -> bool {
    matches!(
        kind,
        TargetKind::StateMachine | TargetKind::KinesisStream | TargetKind::EventBus | TargetKind::ApiDestination
    )
}

/// What the role of a target of `kind` must be allowed (an EventBridge
/// rule's or a Scheduler schedule's).
#[must_use]
pub fn role_action(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::StateMachine => "states:StartExecution",
        TargetKind::KinesisStream => "kinesis:PutRecord",
        TargetKind::EventBus => "events:PutEvents",
        TargetKind::ApiDestination => "events:InvokeApiDestination",
        TargetKind::LambdaFunction => "lambda:InvokeFunction",
        TargetKind::SnsTopic => "sns:Publish",
        TargetKind::SqsQueue => "sqs:SendMessage",
        TargetKind::LogGroup => "logs:PutLogEvents",
    }
}

/// The kind with its article, in lower case: "an event bus".
pub(super) fn with_article(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::LambdaFunction => "a Lambda function",
        TargetKind::SnsTopic => "an SNS topic",
        TargetKind::SqsQueue => "an SQS queue",
        TargetKind::StateMachine => "a Step Functions state machine",
        TargetKind::LogGroup => "a CloudWatch Logs log group",
        TargetKind::EventBus => "an event bus",
        TargetKind::KinesisStream => "a Kinesis data stream",
        TargetKind::ApiDestination => "an API destination",
    }
}

/// Whether a target of `kind` needs its own resource policy to let
/// EventBridge send to it (SNS topics and SQS queues).
pub(super) fn needs_policy(kind: TargetKind) -> bool {
    matches!(kind, TargetKind::SnsTopic | TargetKind::SqsQueue)
}

/// The resource policy of a topic or queue, and the action it must allow.
pub(super) fn policy_of(kind: TargetKind) -> (&'static str, &'static str) {
    match kind {
        TargetKind::SqsQueue => ("queue policy", "sqs:SendMessage"),
        _ => ("topic policy", "sns:Publish"),
    }
}

/// The warnings about the targets for a format of `family`: the policies
/// topics and queues need, and the roles (except with CDK, which makes them).
pub(super) fn warnings(targets: &[Target], family: Family) -> Vec<ExportWarning> {
    let mut warnings = Vec::new();
    for target in targets {
        if needs_policy(target.kind) {
            warnings.push(ExportWarning::TargetNeedsPolicy { id: target.id.clone(), kind: target.kind });
        }
        if needs_role(target.kind) && family != Family::Cdk {
            warnings.push(ExportWarning::TargetNeedsRole { id: target.id.clone(), kind: target.kind });
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_get_unique_names() {
        let targets: Vec<Target> =
            ["orders-v2", "orders.v2", "-", "1st"].iter().map(|id| Target::new(id, TargetKind::SqsQueue)).collect();
        let names: Vec<(String, String)> = Written::all(&targets).into_iter().map(|w| (w.pascal, w.snake)).collect();
        assert_eq!(
            names,
            [
                ("OrdersV2".into(), "orders_v2".into()),
                ("OrdersV22".into(), "orders_v2_2".into()),
                ("Target3".into(), "target_3".into()),
                ("1st".into(), "1st".into()),
            ]
        );
    }
}
