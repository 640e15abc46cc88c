//! A rule found in infrastructure code as a Rulecraft rule document, for the
//! designer: its pattern (with the values the user supplied for deploy-time
//! parts), its schedule, and its targets with their input settings.

use super::{FoundRule, FoundTarget, Kind, Status, Value, placeholders, substitute};
use crate::document::{RuleDocument, RuleSchedule};
use crate::schedule::Dialect;
use crate::target::{InputTransformer, Target, TargetInput, TargetKind};

/// What was not carried over to the document as written, for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Parts of the pattern still only known at deploy time (no value given).
    Unresolved(Vec<String>),
    /// A target's ARN is only known at deploy time: a stand-in ARN of its
    /// kind, named for it, takes its place.
    StandInArn {
        /// The target's id.
        target: String,
        /// The ARN as written.
        written: String,
    },
    /// A target whose kind Rulecraft cannot tell: not carried over.
    TargetLeftOut {
        /// The target's id or ARN as written.
        target: String,
    },
    /// The schedule is only known at deploy time: not carried over.
    ScheduleUnresolved(String),
}

/// The kind of target a resource type names (CloudFormation or Terraform).
fn kind_of_type(resource_type: &str) -> Option<TargetKind> {
    Some(match resource_type {
        "AWS::Lambda::Function" | "AWS::Serverless::Function" | "aws_lambda_function" => TargetKind::LambdaFunction,
        "AWS::SNS::Topic" | "aws_sns_topic" => TargetKind::SnsTopic,
        "AWS::SQS::Queue" | "aws_sqs_queue" => TargetKind::SqsQueue,
        "AWS::StepFunctions::StateMachine" | "AWS::Serverless::StateMachine" | "aws_sfn_state_machine" => {
            TargetKind::StateMachine
        }
        "AWS::Logs::LogGroup" | "aws_cloudwatch_log_group" => TargetKind::LogGroup,
        "AWS::Events::EventBus" | "aws_cloudwatch_event_bus" => TargetKind::EventBus,
        "AWS::Kinesis::Stream" | "aws_kinesis_stream" => TargetKind::KinesisStream,
        "AWS::Events::ApiDestination" | "aws_cloudwatch_event_api_destination" => TargetKind::ApiDestination,
        _ => return None,
    })
}

/// A stand-in ARN of `kind` named `name`, in the documentation's account and region.
fn stand_in_arn(kind: TargetKind, name: &str) -> String {
    let name: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
    let prefix = "arn:aws";
    let at = "us-east-1:123456789012";
    match kind {
        TargetKind::LambdaFunction => format!("{prefix}:lambda:{at}:function:{name}"),
        TargetKind::SnsTopic => format!("{prefix}:sns:{at}:{name}"),
        TargetKind::SqsQueue => format!("{prefix}:sqs:{at}:{name}"),
        TargetKind::StateMachine => format!("{prefix}:states:{at}:stateMachine:{name}"),
        TargetKind::LogGroup => format!("{prefix}:logs:{at}:log-group:/aws/events/{name}"),
        TargetKind::EventBus => format!("{prefix}:events:{at}:event-bus/{name}"),
        TargetKind::KinesisStream => format!("{prefix}:kinesis:{at}:stream/{name}"),
        TargetKind::ApiDestination => {
            format!("{prefix}:events:{at}:api-destination/{name}/00000000-0000-0000-0000-000000000000")
        }
    }
}

/// The resource an unresolved ARN points at: (its type if known, its name).
fn referenced(arn: &Value, rule: &FoundRule) -> Option<(Option<String>, String)> {
    // Terraform: "${aws_sqs_queue.orders.arn}".
    if let Some(text) = arn.as_str() {
        let inner = text.strip_prefix("${")?.strip_suffix('}')?;
        let mut parts = inner.split('.');
        let (resource_type, name) = (parts.next()?, parts.next()?);
        return Some((Some(resource_type.to_owned()), name.to_owned()));
    }
    // CloudFormation: {"Fn::GetAtt": ["Queue", "Arn"]} or {"Ref": "Topic"}.
    let logical = match arn {
        Value::Object(members) => match members.as_slice() {
            [(key, Value::String(name))] if key == "Ref" => name.clone(),
            [(key, Value::Array(parts))] if key == "Fn::GetAtt" => parts.first()?.as_str()?.to_owned(),
            _ => return None,
        },
        _ => return None,
    };
    let resource_type = rule.resource_types.iter().find(|(id, _)| *id == logical).map(|(_, t)| t.clone());
    Some((resource_type, logical))
}

/// Text for a value: a string as it is, anything else as compact JSON.
fn text_of(value: &Value) -> String {
    value.as_str().map_or_else(|| value.to_compact_json(), str::to_owned)
}

/// What a target receives. A pipe's input template names fields inside
/// itself (`<$.body.id>`), which an EventBridge rule's transformer cannot
/// hold, so a pipe's target receives the matched event.
fn input_of(target: &FoundTarget, pipe: bool) -> TargetInput {
    if let Some((paths, template)) = &target.input_transformer
        && !pipe
    {
        let paths = match paths {
            Value::Object(members) => members.iter().map(|(k, v)| (k.clone(), text_of(v))).collect(),
            _ => Vec::new(),
        };
        return TargetInput::Transformer(InputTransformer { paths, template: text_of(template) });
    }
    if let Some(input) = &target.input {
        return TargetInput::Constant(match input {
            Value::String(text) if target.input_form.as_deref() == Some("text") => text.clone(),
            other => other.to_pretty_json(),
        });
    }
    if let Some(path) = &target.input_path {
        return TargetInput::Part(text_of(path));
    }
    TargetInput::MatchedEvent
}

impl FoundRule {
    /// The pattern with `values` for its deploy-time parts, as EventBridge
    /// would receive it: CloudFormation's `${!Literal}` written `${Literal}`
    /// in a `!Sub` pattern, and a pattern written as text (a heredoc whose
    /// interpolation sat outside a JSON string) read as JSON once filled in.
    #[must_use]
    pub fn resolved_pattern(&self, values: &[(String, String)]) -> Option<Value> {
        let mut pattern = substitute(self.pattern.as_ref()?, values);
        if let Value::String(text) = &pattern
            && let Ok(node) = crate::json::parse(text)
        {
            pattern = Value::from_node(&node);
        }
        if matches!(self.pattern_form.as_deref(), Some("sub-json-string" | "sub-string")) {
            pattern = pattern.map_strings(&|s| s.replace("${!", "${"));
        }
        Some(pattern)
    }

    /// A target's kind and ARN: as written when the ARN is known, else a
    /// stand-in ARN of the referenced resource's kind (noted); `None` when
    /// its kind cannot be told (noted).
    fn target_kind_and_arn(
        &self,
        found: &FoundTarget,
        id: &str,
        notes: &mut Vec<Note>,
    ) -> Option<(TargetKind, String)> {
        let stand_in = |kind: TargetKind, name: &str, written: String, notes: &mut Vec<Note>| {
            notes.push(Note::StandInArn { target: id.to_owned(), written });
            Some((kind, stand_in_arn(kind, name)))
        };
        match (&found.arn, &found.implicit_target) {
            (Some(Value::String(arn)), _) if !arn.contains("${") => {
                let kind = TargetKind::of_arn(arn);
                if kind.is_none() {
                    notes.push(Note::TargetLeftOut { target: arn.clone() });
                }
                kind.map(|kind| (kind, arn.clone()))
            }
            (Some(arn), _) => {
                let found = referenced(arn, self).and_then(|(resource_type, name)| {
                    resource_type.as_deref().and_then(kind_of_type).map(|k| (k, name))
                });
                let Some((kind, name)) = found else {
                    notes.push(Note::TargetLeftOut { target: text_of(arn) });
                    return None;
                };
                stand_in(kind, &name, text_of(arn), notes)
            }
            (None, Some(function)) => {
                let kind = self
                    .resource_types
                    .iter()
                    .find(|(id, _)| id == function)
                    .and_then(|(_, t)| kind_of_type(t))
                    .unwrap_or(TargetKind::LambdaFunction);
                stand_in(kind, function, function.clone(), notes)
            }
            (None, None) => None,
        }
    }

    /// The rule as a Rulecraft rule document, deploy-time parts replaced by
    /// `values` (by name or as written; see [`substitute`]), and what could
    /// not be carried over as written.
    #[must_use]
    pub fn to_document(&self, values: &[(String, String)]) -> (RuleDocument, Vec<Note>) {
        let mut notes = Vec::new();
        let pattern = self.resolved_pattern(values);
        if let Some(pattern) = &pattern {
            let left: Vec<String> = placeholders(pattern).into_iter().map(|p| p.name().unwrap_or(p.text)).collect();
            if !left.is_empty() {
                notes.push(Note::Unresolved(left));
            }
        }
        let pattern_text = match (&pattern, self.pattern_status) {
            // A string that should have held JSON: as written, for the designer to say why.
            (Some(Value::String(text)), _) => text.clone(),
            (Some(pattern), _) => pattern.to_pretty_json(),
            (None, _) => String::new(),
        };
        let schedule = self.schedule.as_ref().and_then(|schedule| {
            let schedule = substitute(schedule, values);
            match schedule {
                Value::String(expression) if Status::of(&Value::string(&expression)) == Status::Static => {
                    let scheduler = matches!(self.kind, Kind::SchedulerSchedule | Kind::TfScheduler)
                        || self.details.iter().any(|(k, v)| k == "sam_event_type" && v.as_str() == Some("ScheduleV2"));
                    Some(RuleSchedule {
                        expression,
                        kind: if scheduler { Dialect::Scheduler } else { Dialect::Rule },
                        timezone: self
                            .schedule_timezone
                            .as_ref()
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned(),
                        ..RuleSchedule::default()
                    })
                }
                other => {
                    notes.push(Note::ScheduleUnresolved(text_of(&other)));
                    None
                }
            }
        });
        let mut targets = Vec::new();
        for (k, found) in self.targets.iter().enumerate() {
            let id = found.id.as_ref().map_or_else(|| format!("Target{}", k + 1), text_of);
            let Some((kind, arn)) = self.target_kind_and_arn(found, &id, &mut notes) else { continue };
            targets.push(Target { id, kind, arn, input: input_of(found, self.kind == Kind::Pipe) });
        }
        let name = match &self.name {
            Some(Value::String(name)) if !name.contains("${") => name.clone(),
            _ => self.id.clone(),
        };
        let description = format!("Read from {}:{} ({})", self.file.display(), self.line, self.id);
        let document = RuleDocument {
            name,
            description,
            pattern: pattern_text,
            events: Vec::new(),
            targets: targets.into_iter().take(5).collect(),
            schedule,
            designer: None,
        };
        (document, notes)
    }
}
