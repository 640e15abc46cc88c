//! Target kinds and the shape of each kind's ARN.

use crate::json::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    /// A Lambda function.
    #[default]
    LambdaFunction,
    /// An SNS topic.
    SnsTopic,
    /// An SQS queue.
    SqsQueue,
    /// A Step Functions state machine.
    StateMachine,
    /// A CloudWatch Logs log group.
    LogGroup,
    /// Another event bus.
    EventBus,
    /// A Kinesis data stream.
    KinesisStream,
    /// An API destination.
    ApiDestination,
}

/// Every kind, in menu order.
pub const KINDS: [TargetKind; 8] = [
    TargetKind::LambdaFunction,
    TargetKind::SnsTopic,
    TargetKind::SqsQueue,
    TargetKind::StateMachine,
    TargetKind::LogGroup,
    TargetKind::EventBus,
    TargetKind::KinesisStream,
    TargetKind::ApiDestination,
];

impl TargetKind {
    /// The rule file's and the command line's name, e.g. `lambda-function`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::LambdaFunction => "lambda-function",
            Self::SnsTopic => "sns-topic",
            Self::SqsQueue => "sqs-queue",
            Self::StateMachine => "state-machine",
            Self::LogGroup => "log-group",
            Self::EventBus => "event-bus",
            Self::KinesisStream => "kinesis-stream",
            Self::ApiDestination => "api-destination",
        }
    }

    /// The ARN's service.
    #[must_use]
    pub fn service(self) -> &'static str {
        match self {
            Self::LambdaFunction => "lambda",
            Self::SnsTopic => "sns",
            Self::SqsQueue => "sqs",
            Self::StateMachine => "states",
            Self::LogGroup => "logs",
            Self::EventBus | Self::ApiDestination => "events",
            Self::KinesisStream => "kinesis",
        }
    }

    /// What the ARN's resource part starts with (empty for topics and
    /// queues, which are named directly).
    #[must_use]
    pub fn resource_prefix(self) -> &'static str {
        match self {
            Self::LambdaFunction => "function:",
            Self::SnsTopic | Self::SqsQueue => "",
            Self::StateMachine => "stateMachine:",
            Self::LogGroup => "log-group:",
            Self::EventBus => "event-bus/",
            Self::KinesisStream => "stream/",
            Self::ApiDestination => "api-destination/",
        }
    }

    /// An ARN of this kind, for hints and placeholders.
    #[must_use]
    pub fn example_arn(self) -> String {
        let name = match self {
            Self::LambdaFunction => "notify",
            Self::SnsTopic => "alerts",
            Self::SqsQueue => "events-queue",
            Self::StateMachine => "handle-event",
            Self::LogGroup => "/aws/events/my-rule",
            Self::EventBus => "central-bus",
            Self::KinesisStream => "event-stream",
            Self::ApiDestination => "slack/7b3a4e2c-1f7d-4c65-9c5e-0d6a2f1b8e90",
        };
        format!("arn:aws:{}:us-east-1:123456789012:{}{name}", self.service(), self.resource_prefix())
    }

    /// The kind an ARN names, if it names one of the kinds.
    #[must_use]
    pub fn of_arn(arn: &str) -> Option<Self> {
        KINDS.into_iter().find(|kind| check_arn(*kind, arn).is_ok())
    }
}

impl fmt::Display for TargetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::LambdaFunction => "Lambda function",
            Self::SnsTopic => "SNS topic",
            Self::SqsQueue => "SQS queue",
            Self::StateMachine => "Step Functions state machine",
            Self::LogGroup => "CloudWatch Logs log group",
            Self::EventBus => "Event bus",
            Self::KinesisStream => "Kinesis data stream",
            Self::ApiDestination => "API destination",
        })
    }
}

/// What is wrong with a target's ARN; `Display` is the English message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArnProblem {
    /// Nothing written.
    Empty,
    /// It is not `arn:partition:service:region:account:resource`.
    Shape,
    /// The partition is not `aws`, `aws-cn`, `aws-us-gov`...
    Partition,
    /// Another service's ARN.
    Service {
        /// The kind's service.
        expected: &'static str,
    },
    /// Not a region name such as `us-east-1`.
    Region,
    /// Not twelve digits.
    Account,
    /// The resource part does not name this kind of resource.
    Resource {
        /// The kind.
        kind: TargetKind,
    },
}

impl fmt::Display for ArnProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("Enter the target's ARN"),
            Self::Shape => f.write_str("An ARN has six parts: arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE"),
            Self::Partition => f.write_str("The partition must be aws, aws-cn or aws-us-gov"),
            Self::Service { expected } => {
                write!(f, "This kind of target has a {expected} ARN (arn:aws:{expected}:...)")
            }
            Self::Region => f.write_str("The region is not a region name such as us-east-1"),
            Self::Account => f.write_str("The account ID must be 12 digits"),
            Self::Resource { kind } => {
                write!(f, "A {kind} ARN ends in {}NAME, as in {}", kind.resource_prefix(), kind.example_arn())
            }
        }
    }
}

fn resource_name_ok(kind: TargetKind, name: &str) -> bool {
    let simple = |s: &str, extra: &[char]| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || extra.contains(&c))
    };
    match kind {
        TargetKind::LambdaFunction => {
            let mut parts = name.split(':');
            let function = parts.next().unwrap_or("");
            let qualifier = parts.next();
            simple(function, &[]) && qualifier.is_none_or(|q| simple(q, &['$'])) && parts.next().is_none()
        }
        TargetKind::SnsTopic | TargetKind::SqsQueue => simple(name.strip_suffix(".fifo").unwrap_or(name), &[]),
        TargetKind::StateMachine | TargetKind::KinesisStream => simple(name, &['.']),
        TargetKind::LogGroup => {
            let group = name.strip_suffix(":*").unwrap_or(name);
            simple(group, &['.', '/', '#'])
        }
        TargetKind::EventBus => simple(name, &['.', '/']),
        TargetKind::ApiDestination => name.split('/').all(|part| simple(part, &['.'])),
    }
}

/// Checks that `arn` is an ARN of `kind`; the problem and the part of the
/// ARN it is in.
pub fn check_arn(kind: TargetKind, arn: &str) -> Result<(), (ArnProblem, Span)> {
    let whole = Span::new(0, arn.len());
    if arn.trim().is_empty() {
        return Err((ArnProblem::Empty, whole));
    }
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() < 6 || parts[0] != "arn" {
        return Err((ArnProblem::Shape, whole));
    }
    let span_of = |index: usize| {
        let start: usize = parts[..index].iter().map(|p| p.len() + 1).sum();
        Span::new(start, start + parts[index].len())
    };
    let partition_ok = parts[1] == "aws"
        || (parts[1].starts_with("aws-") && parts[1][4..].bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
    if !partition_ok {
        return Err((ArnProblem::Partition, span_of(1)));
    }
    if parts[2] != kind.service() {
        return Err((ArnProblem::Service { expected: kind.service() }, span_of(2)));
    }
    let region = parts[3];
    let region_ok = region.split('-').count() >= 3
        && region.rsplit('-').next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !region_ok {
        return Err((ArnProblem::Region, span_of(3)));
    }
    if parts[4].len() != 12 || !parts[4].bytes().all(|b| b.is_ascii_digit()) {
        return Err((ArnProblem::Account, span_of(4)));
    }
    let resource = parts[5];
    match resource.strip_prefix(kind.resource_prefix()) {
        Some(name) if resource_name_ok(kind, name) => Ok(()),
        _ => Err((ArnProblem::Resource { kind }, span_of(5))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kinds_example_is_its_own_and_no_others() {
        for kind in KINDS {
            assert_eq!(check_arn(kind, &kind.example_arn()), Ok(()), "{kind}");
            assert_eq!(TargetKind::of_arn(&kind.example_arn()), Some(kind));
        }
    }

    #[test]
    fn each_wrong_part_is_named() {
        let lambda = TargetKind::LambdaFunction;
        let problem = |arn: &str| check_arn(lambda, arn).map_err(|(p, span)| (p, span.slice(arn).to_owned()));
        assert_eq!(problem(""), Err((ArnProblem::Empty, String::new())));
        assert_eq!(problem("my-function").unwrap_err().0, ArnProblem::Shape);
        assert_eq!(
            problem("arn:aws:sns:us-east-1:123456789012:alerts"),
            Err((ArnProblem::Service { expected: "lambda" }, "sns".into()))
        );
        assert_eq!(
            problem("arn:aws:lambda:useast:123456789012:function:f"),
            Err((ArnProblem::Region, "useast".into()))
        );
        assert_eq!(problem("arn:aws:lambda:us-east-1:1234:function:f"), Err((ArnProblem::Account, "1234".into())));
        assert_eq!(
            problem("arn:aws:lambda:us-east-1:123456789012:f"),
            Err((ArnProblem::Resource { kind: lambda }, "f".into()))
        );
        assert_eq!(problem("arn:aws:lambda:us-east-1:123456789012:function:f:live"), Ok(()));
        assert_eq!(problem("arn:aws-cn:lambda:cn-north-1:123456789012:function:f"), Ok(()));
        assert_eq!(check_arn(TargetKind::SqsQueue, "arn:aws:sqs:eu-west-1:123456789012:jobs.fifo"), Ok(()));
        assert_eq!(
            check_arn(TargetKind::LogGroup, "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/events/x:*"),
            Ok(())
        );
    }
}
