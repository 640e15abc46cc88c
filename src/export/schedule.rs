//! What every format knows of the rule's schedule. A schedule an
//! EventBridge rule runs is the rule's `ScheduleExpression`; one EventBridge
//! Scheduler runs is a schedule per target (Scheduler has one target to a
//! schedule), each with its expression, time zone, flexible window, and the
//! target's ARN, an execution role, and its input when that is a constant
//! (Scheduler has no input transformer and no `InputPath`). With no target,
//! one schedule with placeholders.

use super::targets::{self, Written as WrittenTarget};
use super::{ExportError, ExportWarning, Names, Rule, RulePart, Value};
use crate::document::RuleSchedule;
use crate::schedule::Dialect;
use crate::target::{Target, TargetInput, TargetKind};

/// The placeholder for a schedule's target when the rule has none.
pub(super) const TARGET_PLACEHOLDER: &str = "REPLACE-WITH-TARGET-ARN";

/// Whether a pattern's text says "no pattern" for a rule with a schedule:
/// blank, or `{}`.
pub(super) fn no_pattern(text: &str) -> bool {
    text.trim().is_empty()
        || crate::json::parse(text)
            .is_ok_and(|tree| matches!(&tree.kind, crate::json::NodeKind::Object(members) if members.is_empty()))
}

/// The schedule as the writers see it.
#[derive(Debug, Clone)]
pub(super) struct Written {
    /// The expression, as written (it parses).
    pub expression: String,
    /// Who runs it.
    pub kind: Dialect,
    /// Scheduler's time zone (IANA); empty: UTC, and left out.
    pub timezone: String,
    /// Scheduler's flexible window in minutes; none: `OFF`.
    pub window: Option<u32>,
    /// Scheduler's `StartDate` and `EndDate` (empty: left out).
    pub start_date: String,
    /// See `start_date`.
    pub end_date: String,
    /// Scheduler's schedules, one per target (empty for a rule's schedule).
    pub schedules: Vec<OneSchedule>,
}

/// One Scheduler schedule and its one target.
#[derive(Debug, Clone)]
pub(super) struct OneSchedule {
    /// Scheduler's `Name`: the rule's name, and the target's id when the
    /// rule has several targets.
    pub name: String,
    /// `PascalCase` (logical ids, construct ids): ends in `Schedule`.
    pub pascal: String,
    /// `snake_case` (Terraform names and variables).
    pub snake: String,
    /// The target's id and kind; none when the rule has no target.
    pub target: Option<(String, TargetKind)>,
    /// The target's ARN (or a placeholder).
    pub arn: String,
    /// The target's input when it is a constant.
    pub input: Option<String>,
}

impl Written {
    /// The schedule, checked as AWS checks it (`schedule::parse`).
    pub(super) fn new(schedule: &RuleSchedule, rule: &Rule<'_>) -> Result<Self, ExportError> {
        let text = &schedule.expression;
        crate::schedule::parse(text, schedule.kind).map_err(|e| ExportError {
            message: e.to_string(),
            line: 1,
            column: text.get(..e.span.start).map_or(0, |s| s.chars().count()) + 1,
            part: RulePart::Schedule,
        })?;
        let schedules = if schedule.kind == Dialect::Scheduler { OneSchedule::all(rule) } else { Vec::new() };
        Ok(Self {
            expression: text.clone(),
            kind: schedule.kind,
            timezone: schedule.timezone.trim().to_owned(),
            window: schedule.flexible_window_minutes,
            start_date: schedule.start_date.trim().to_owned(),
            end_date: schedule.end_date.trim().to_owned(),
            schedules,
        })
    }

    /// Whether EventBridge Scheduler runs it (rather than the rule).
    pub(super) fn scheduler(&self) -> bool {
        self.kind == Dialect::Scheduler
    }

    /// `FlexibleTimeWindow`: `Mode` `OFF`, or `FLEXIBLE` with its minutes.
    pub(super) fn window_value(&self) -> Value {
        let string = |s: &str| Value::String(s.to_owned());
        match self.window {
            None => Value::Object(vec![("Mode".to_owned(), string("OFF"))]),
            Some(minutes) => Value::Object(vec![
                ("Mode".to_owned(), string("FLEXIBLE")),
                ("MaximumWindowInMinutes".to_owned(), Value::Number(minutes.to_string())),
            ]),
        }
    }

    /// A schedule as CloudFormation's `AWS::Scheduler::Schedule` properties
    /// (and `create-schedule`'s request) take it; `role` is its `RoleArn`.
    pub(super) fn properties(&self, one: &OneSchedule, names: &Names, role: Value) -> Value {
        let string = |s: &str| Value::String(s.to_owned());
        let mut members = vec![("Name".to_owned(), string(&one.name))];
        if !names.description.is_empty() {
            members.push(("Description".to_owned(), string(&names.description)));
        }
        members.push(("ScheduleExpression".to_owned(), string(&self.expression)));
        if !self.timezone.is_empty() {
            members.push(("ScheduleExpressionTimezone".to_owned(), string(&self.timezone)));
        }
        for (name, date) in [("StartDate", &self.start_date), ("EndDate", &self.end_date)] {
            if !date.is_empty() {
                members.push((name.to_owned(), string(date)));
            }
        }
        members.push(("FlexibleTimeWindow".to_owned(), self.window_value()));
        members.push(("State".to_owned(), string("ENABLED")));
        members.push(("Target".to_owned(), one.target_value(role)));
        Value::Object(members)
    }

    /// What the user should know: each schedule's role, the inputs
    /// Scheduler cannot carry, a schedule without a target.
    pub(super) fn warnings(&self, targets: &[Target]) -> Vec<ExportWarning> {
        let mut warnings = Vec::new();
        if !self.scheduler() {
            return warnings;
        }
        if targets.is_empty() {
            warnings.push(ExportWarning::SchedulerNeedsTarget);
        }
        for target in targets {
            warnings.push(ExportWarning::SchedulerNeedsRole { id: target.id.clone(), kind: target.kind });
            if matches!(target.input, TargetInput::Part(_) | TargetInput::Transformer(_)) {
                warnings.push(ExportWarning::SchedulerCannotCarryInput { id: target.id.clone() });
            }
        }
        warnings
    }
}

impl OneSchedule {
    /// A schedule per target, or one with placeholders when there is none.
    fn all(rule: &Rule<'_>) -> Vec<Self> {
        let names = Names::new(rule);
        let written = WrittenTarget::all(rule.targets);
        if written.is_empty() {
            return vec![Self {
                name: names.rule.clone(),
                pascal: format!("{}Schedule", names.pascal),
                snake: names.snake,
                target: None,
                arn: TARGET_PLACEHOLDER.to_owned(),
                input: None,
            }];
        }
        let several = written.len() > 1;
        written
            .iter()
            .map(|w| {
                let name = if several {
                    let suffix: String = w
                        .target
                        .id
                        .chars()
                        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '-' })
                        .collect();
                    let room = 64usize.saturating_sub(suffix.len() + 1).max(1);
                    let mut name = format!("{}-{suffix}", names.rule.chars().take(room).collect::<String>());
                    name.truncate(64);
                    name
                } else {
                    names.rule.clone()
                };
                let input = match &w.target.input {
                    TargetInput::Constant(text) => Some(text.clone()),
                    _ => None,
                };
                Self {
                    name,
                    pascal: format!("{}{}Schedule", names.pascal, w.pascal),
                    snake: format!("{}_{}", names.snake, w.snake),
                    target: Some((w.target.id.clone(), w.target.kind)),
                    arn: w.target.arn.clone(),
                    input,
                }
            })
            .collect()
    }

    /// The logical id of the parameter for its role (`...ScheduleRoleArn`).
    pub(super) fn role_parameter(&self) -> String {
        format!("{}RoleArn", self.pascal)
    }

    /// The Terraform variable for its role.
    pub(super) fn role_variable(&self) -> String {
        format!("{}_scheduler_role_arn", self.snake)
    }

    /// The placeholder for its role, in the formats without parameters.
    pub(super) fn role_placeholder(&self) -> String {
        match &self.target {
            Some((id, _)) => format!("REPLACE-WITH-SCHEDULER-ROLE-ARN-FOR-{id}"),
            None => "REPLACE-WITH-SCHEDULER-ROLE-ARN".to_owned(),
        }
    }

    /// What its role must be allowed, and on what, for a parameter's description.
    pub(super) fn role_description(&self) -> String {
        match &self.target {
            Some((id, kind)) => format!(
                "ARN of a role EventBridge Scheduler can assume, allowed {} on {} (target {id})",
                targets::role_action(*kind),
                self.arn
            ),
            None => "ARN of a role EventBridge Scheduler can assume, allowed to reach the schedule's target".to_owned(),
        }
    }

    /// A comment line for before the schedule: where its role goes.
    pub(super) fn note(&self, role_where: &str) -> String {
        match &self.target {
            Some((id, kind)) => format!(
                "Schedule for {kind} {id}: EventBridge Scheduler needs a role allowed {} on it: {role_where}.",
                targets::role_action(*kind)
            ),
            None => format!(
                "The rule has no target: put the target's ARN in place of {TARGET_PLACEHOLDER}, and its role's: {role_where}."
            ),
        }
    }

    /// `Target`: `Arn`, `RoleArn`, and `Input` when the input is a constant.
    pub(super) fn target_value(&self, role: Value) -> Value {
        let mut members = vec![("Arn".to_owned(), Value::String(self.arn.clone())), ("RoleArn".to_owned(), role)];
        if let Some(input) = &self.input {
            members.push(("Input".to_owned(), Value::String(input.clone())));
        }
        Value::Object(members)
    }
}
