//! Schedules: `rate(...)` and `cron(...)` as EventBridge rules take them
//! (`ScheduleExpression`, always in UTC), and EventBridge Scheduler's, which
//! add one-off `at(...)` and run in a time zone. [`parse`] gives AWS's verdict
//! with AWS's message, and Rulecraft's own reason with the place in the
//! expression; [`Schedule::next_runs`] the times it fires, following
//! Scheduler's daylight-saving rules (a time that does not exist that day is
//! skipped; a time that happens twice runs once, the first time).

pub mod builder;
pub mod command;
pub mod cron;
pub mod describe;

pub use cron::{Cron, FieldName, Spec};

use crate::json::Span;
use jiff::civil::{Date, DateTime};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Timestamp, ToSpan as _};
use std::fmt;

/// The longest expression EventBridge accepts.
pub const MAX_EXPRESSION_CHARS: usize = 256;

/// Who reads the expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dialect {
    /// An EventBridge rule's `ScheduleExpression` (UTC; no `at`).
    #[default]
    Rule,
    /// EventBridge Scheduler (`at`, and a time zone).
    Scheduler,
}

/// A rate's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days (24 hours each, whatever the clocks do).
    Day,
}

impl Unit {
    fn minutes(self) -> i64 {
        match self {
            Self::Minute => 1,
            Self::Hour => 60,
            Self::Day => 1440,
        }
    }
}

/// A schedule read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// `rate(value unit)`.
    Rate {
        /// How many units between runs.
        value: u32,
        /// The unit.
        unit: Unit,
    },
    /// `cron(...)`.
    Cron(Cron),
    /// `at(yyyy-mm-ddThh:mm:ss)` (Scheduler only), in the schedule's zone.
    At(DateTime),
}

/// Why an expression is refused: AWS's message, Rulecraft's reason, and
/// where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleError {
    /// What AWS says, word for word.
    pub aws_message: String,
    /// What is wrong, in plain words.
    pub reason: Reason,
    /// Where in the expression.
    pub span: Span,
}

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.aws_message, self.reason)
    }
}

/// What is wrong with an expression. `Display` is the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Over 256 characters.
    TooLong {
        /// Its length.
        chars: usize,
    },
    /// Not `rate(...)`, `cron(...)` (or `at(...)` for Scheduler).
    Kind {
        /// Whether `at(...)` is allowed.
        scheduler: bool,
    },
    /// `at(...)` on a rule.
    AtOnRule,
    /// Spaces around the expression or inside its parentheses.
    Spaces,
    /// `rate` without a number and a unit.
    RateShape,
    /// The number is not a whole number of at least 1.
    RateValue,
    /// Not minute(s), hour(s), day(s) in lower case.
    RateUnit {
        /// What was written.
        found: String,
    },
    /// 1 with a plural unit.
    RateSingular {
        /// The unit to write.
        unit: &'static str,
    },
    /// More than 1 with a singular unit.
    RatePlural {
        /// The unit to write.
        unit: &'static str,
    },
    /// Not six fields.
    CronFieldCount {
        /// How many there are.
        found: usize,
    },
    /// A value out of its field's range.
    OutOfRange {
        /// The field.
        field: FieldName,
        /// Lowest.
        low: u32,
        /// Highest.
        high: u32,
    },
    /// Not a number or name.
    NotAValue {
        /// The field.
        field: FieldName,
        /// What was written.
        found: String,
    },
    /// `?` outside the day fields.
    QuestionMarkOutsideDays {
        /// The field.
        field: FieldName,
    },
    /// Neither day field is `?`.
    NoDayAny,
    /// Both day fields are `?`.
    BothDaysAny,
    /// `#` in a list.
    HashInList,
    /// `#` with other than 1–5.
    NthOutOfRange,
    /// `/` in day-of-week.
    StepInDayOfWeek,
    /// A step of 0 or beyond the field.
    BadStep {
        /// The field.
        field: FieldName,
        /// The largest step.
        most: u32,
    },
    /// `,,` or a trailing comma.
    EmptyItem {
        /// The field.
        field: FieldName,
    },
    /// `L`, `W` or `#` written where that field does not take it.
    Special {
        /// The field.
        field: FieldName,
        /// What was written.
        found: String,
    },
    /// `at(...)` not `yyyy-mm-ddThh:mm:ss`.
    AtShape,
    /// `at(...)` naming a date or time that does not exist.
    AtDate,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { chars } => {
                write!(f, "The expression has {chars} characters; EventBridge accepts at most {MAX_EXPRESSION_CHARS}")
            }
            Self::Kind { scheduler: false } => f.write_str("Write rate(5 minutes) or cron(0 10 * * ? *)"),
            Self::Kind { scheduler: true } => {
                f.write_str("Write rate(5 minutes), cron(0 10 * * ? *) or at(2026-12-31T23:59:00)")
            }
            Self::AtOnRule => f.write_str("at(...) is for EventBridge Scheduler; a rule takes rate or cron"),
            Self::Spaces => f.write_str("No spaces around the expression or just inside its parentheses"),
            Self::RateShape => f.write_str("A rate is a number and a unit: rate(5 minutes)"),
            Self::RateValue => f.write_str("The rate's number must be a whole number of at least 1"),
            Self::RateUnit { found } => {
                write!(f, "'{found}' is not a unit: write minute, minutes, hour, hours, day or days (lower case)")
            }
            Self::RateSingular { unit } => write!(f, "A rate of 1 takes the singular: {unit}"),
            Self::RatePlural { unit } => write!(f, "A rate above 1 takes the plural: {unit}"),
            Self::CronFieldCount { found } => {
                write!(f, "cron takes six fields (minute hour day-of-month month day-of-week year); this has {found}")
            }
            Self::OutOfRange { field, low, high } => {
                write!(f, "The {} must be from {low} to {high}", field.label())
            }
            Self::NotAValue { field, found } => write!(f, "'{found}' is not a {} value", field.label()),
            Self::QuestionMarkOutsideDays { field } => {
                write!(f, "? is only for day-of-month or day-of-week, not the {}", field.label())
            }
            Self::NoDayAny => f.write_str(
                "One of day-of-month and day-of-week must be ?: write cron(0 10 * * ? *) or cron(0 10 ? * MON *)",
            ),
            Self::BothDaysAny => f.write_str("Only one of day-of-month and day-of-week may be ?"),
            Self::HashInList => f.write_str("# stands alone: 3#2 (the second Tuesday) cannot be in a list"),
            Self::NthOutOfRange => f.write_str("After # comes 1 to 5: which occurrence in the month"),
            Self::StepInDayOfWeek => f.write_str("Day-of-week takes no /: list the days, as in MON,WED,FRI"),
            Self::BadStep { field, most } => {
                write!(f, "The {} step must be from 1 to {most}", field.label())
            }
            Self::EmptyItem { field } => write!(f, "The {} has an empty item in its list", field.label()),
            Self::Special { field, found } => write!(f, "'{found}' is not something the {} takes", field.label()),
            Self::AtShape => f.write_str(
                "A one-off time is at(yyyy-mm-ddThh:mm:ss), without a zone: the schedule's time zone applies",
            ),
            Self::AtDate => f.write_str("That date or time does not exist"),
        }
    }
}

/// Reads `text` as `dialect` reads it.
pub fn parse(text: &str, dialect: Dialect) -> Result<Schedule, ScheduleError> {
    let error = |reason: Reason, span: Span| ScheduleError {
        aws_message: match dialect {
            Dialect::Rule => "Parameter ScheduleExpression is not valid.".to_owned(),
            Dialect::Scheduler => format!("Invalid Schedule Expression {text}."),
        },
        reason,
        span,
    };
    let whole = Span::new(0, text.len());
    let chars = text.chars().count();
    if chars > MAX_EXPRESSION_CHARS {
        return Err(error(Reason::TooLong { chars }, whole));
    }
    if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
        return Err(error(Reason::Spaces, whole));
    }
    let (kind, body) = match text.split_once('(') {
        Some((kind, rest)) if rest.ends_with(')') => (kind, &rest[..rest.len() - 1]),
        _ => return Err(error(Reason::Kind { scheduler: dialect == Dialect::Scheduler }, whole)),
    };
    let offset = kind.len() + 1;
    match (kind, dialect) {
        ("rate", _) => parse_rate(body, offset, &error),
        ("cron", _) => cron::parse(body, offset, &error).map(Schedule::Cron),
        ("at", Dialect::Scheduler) => parse_at(body, offset, &error),
        ("at", Dialect::Rule) => Err(error(Reason::AtOnRule, Span::new(0, 2))),
        _ => Err(error(Reason::Kind { scheduler: dialect == Dialect::Scheduler }, Span::new(0, kind.len()))),
    }
}

fn parse_rate(
    body: &str,
    offset: usize,
    error: &impl Fn(Reason, Span) -> ScheduleError,
) -> Result<Schedule, ScheduleError> {
    let span = |from: usize, to: usize| Span::new(offset + from, offset + to);
    if body.starts_with(char::is_whitespace) || body.ends_with(char::is_whitespace) {
        return Err(error(Reason::Spaces, span(0, body.len())));
    }
    let Some((number, unit)) = body.split_once(' ') else {
        return Err(error(Reason::RateShape, span(0, body.len())));
    };
    let value = match number.parse::<u32>() {
        Ok(v) if v >= 1 && number.bytes().all(|b| b.is_ascii_digit()) => v,
        _ => return Err(error(Reason::RateValue, span(0, number.len()))),
    };
    let unit_span = span(number.len() + 1, body.len());
    let (unit, singular) = match unit {
        "minute" => (Unit::Minute, true),
        "minutes" => (Unit::Minute, false),
        "hour" => (Unit::Hour, true),
        "hours" => (Unit::Hour, false),
        "day" => (Unit::Day, true),
        "days" => (Unit::Day, false),
        other => return Err(error(Reason::RateUnit { found: other.to_owned() }, unit_span)),
    };
    let names = match unit {
        Unit::Minute => ("minute", "minutes"),
        Unit::Hour => ("hour", "hours"),
        Unit::Day => ("day", "days"),
    };
    match (value == 1, singular) {
        (true, false) => Err(error(Reason::RateSingular { unit: names.0 }, unit_span)),
        (false, true) => Err(error(Reason::RatePlural { unit: names.1 }, unit_span)),
        _ => Ok(Schedule::Rate { value, unit }),
    }
}

fn parse_at(
    body: &str,
    offset: usize,
    error: &impl Fn(Reason, Span) -> ScheduleError,
) -> Result<Schedule, ScheduleError> {
    let span = Span::new(offset, offset + body.len());
    let shape = body.len() == 19
        && body.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return Err(error(Reason::AtShape, span));
    }
    body.parse::<DateTime>().map(Schedule::At).map_err(|_| error(Reason::AtDate, span))
}

/// One run: when, as an instant.
pub type Run = Timestamp;

impl Schedule {
    /// The first `count` runs after `after`, in `zone` (a rule's schedule:
    /// UTC). A rate counts from `after` (a rule's, from when it is created;
    /// Scheduler's, from its start date). Scheduler's daylight-saving rules:
    /// a local time that does not exist that day is skipped, one that
    /// happens twice runs once, the first time.
    #[must_use]
    pub fn next_runs(&self, after: Timestamp, zone: &TimeZone, count: usize) -> Vec<Run> {
        match self {
            Self::Rate { value, unit } => {
                let step = i64::from(*value) * unit.minutes();
                (1..=count)
                    .filter_map(|n| i64::try_from(n).ok())
                    .filter_map(|n| after.checked_add((step * n).minutes()).ok())
                    .collect()
            }
            Self::At(time) => zone.to_timestamp(*time).ok().filter(|t| *t > after).into_iter().take(count).collect(),
            Self::Cron(cron) => cron_runs(cron, after, zone, count),
        }
    }
}

impl Schedule {
    /// Like [`Schedule::next_runs`], within Scheduler's `StartDate` and
    /// `EndDate`: nothing before the start (a rate counts from it, its first
    /// run at the start) and nothing after the end.
    #[must_use]
    pub fn runs_within(
        &self,
        after: Timestamp,
        zone: &TimeZone,
        count: usize,
        start: Option<Timestamp>,
        end: Option<Timestamp>,
    ) -> Vec<Run> {
        let runs = match (self, start) {
            (Self::Rate { value, unit }, Some(start)) => {
                let step = (i64::from(*value) * unit.minutes()).minutes();
                let mut runs = Vec::new();
                let mut next = start;
                while runs.len() < count && end.is_none_or(|end| next <= end) {
                    if next > after {
                        runs.push(next);
                    }
                    match next.checked_add(step) {
                        Ok(later) => next = later,
                        Err(_) => break,
                    }
                }
                runs
            }
            (_, Some(start)) if start > after => {
                let from = start.checked_sub(1.second()).unwrap_or(start);
                self.next_runs(from, zone, count)
            }
            _ => self.next_runs(after, zone, count),
        };
        runs.into_iter().filter(|run| end.is_none_or(|end| *run <= end)).collect()
    }
}

/// Whether `date` is one of the cron's days.
fn day_matches(cron: &Cron, date: Date) -> bool {
    let in_set = |spec: &Spec, v: u32| match spec {
        Spec::Every | Spec::Any => true,
        Spec::Values(values) => values.contains(&v),
        _ => false,
    };
    let (day, month, year) = (
        u32::try_from(date.day()).unwrap_or(0),
        u32::try_from(date.month()).unwrap_or(0),
        u32::try_from(date.year()).unwrap_or(0),
    );
    if !in_set(cron.field(FieldName::Month), month) || !in_set(cron.field(FieldName::Year), year) {
        return false;
    }
    let last = u32::try_from(date.days_in_month()).unwrap_or(31);
    // 1 = Sunday, as AWS counts.
    let weekday = u32::try_from(date.weekday().to_sunday_one_offset()).unwrap_or(1);
    let dom = match cron.field(FieldName::DayOfMonth) {
        Spec::LastDay { offset } => last.checked_sub(*offset) == Some(day),
        Spec::NearestWeekday { day: target } => {
            let target = target.unwrap_or(last).min(last);
            nearest_weekday(date, target) == day
        }
        spec => in_set(spec, day),
    };
    let dow = match cron.field(FieldName::DayOfWeek) {
        Spec::LastWeekday { weekday: w } => *w == weekday && day + 7 > last,
        Spec::NthWeekday { weekday: w, nth } => *w == weekday && (day - 1) / 7 + 1 == *nth,
        spec => in_set(spec, weekday),
    };
    dom && dow
}

/// The weekday nearest day `target` of `date`'s month, within the month.
fn nearest_weekday(date: Date, target: u32) -> u32 {
    let last = u32::try_from(date.days_in_month()).unwrap_or(31);
    let Ok(day) = date.with().day(i8::try_from(target).unwrap_or(1)).build() else { return 0 };
    match day.weekday().to_sunday_one_offset() {
        7 if target == 1 => 3,
        7 => target - 1,
        1 if target == last => target - 2,
        1 => target + 1,
        _ => target,
    }
}

fn cron_runs(cron: &Cron, after: Timestamp, zone: &TimeZone, count: usize) -> Vec<Run> {
    let values = |name: FieldName| -> Vec<u32> {
        match cron.field(name) {
            Spec::Values(v) => v.clone(),
            _ => (name.range().0..=name.range().1).collect(),
        }
    };
    let (hours, minutes) = (values(FieldName::Hour), values(FieldName::Minute));
    let mut runs = Vec::new();
    let start = zone.to_datetime(after).date();
    let mut date = start;
    while runs.len() < count && date.year() <= 2199 {
        if day_matches(cron, date) {
            for &hour in &hours {
                for &minute in &minutes {
                    let local = date.at(i8::try_from(hour).unwrap_or(0), i8::try_from(minute).unwrap_or(0), 0, 0);
                    // Skip a time the clocks jump over; take the first of a repeated one.
                    let zoned = match zone.to_ambiguous_timestamp(local).offset() {
                        AmbiguousOffset::Unambiguous { offset } | AmbiguousOffset::Fold { before: offset, .. } => {
                            offset.to_timestamp(local).ok()
                        }
                        AmbiguousOffset::Gap { .. } => None,
                    };
                    let Some(zoned) = zoned else { continue };
                    if zoned > after {
                        runs.push(zoned);
                        if runs.len() == count {
                            return runs;
                        }
                    }
                }
            }
        }
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => break,
        }
    }
    runs
}

/// The event a schedule sends its targets: `aws.events`, "Scheduled
/// Event", the rule's ARN in `resources`, an empty `detail`.
#[must_use]
pub fn scheduled_event(rule_name: &str, time: Timestamp) -> String {
    let time = time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    format!(
        r#"{{"version": "0", "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa", "detail-type": "Scheduled Event", "source": "aws.events", "account": "123456789012", "time": "{time}", "region": "us-east-1", "resources": ["arn:aws:events:us-east-1:123456789012:rule/{rule_name}"], "detail": {{}}}}"#
    )
}

#[cfg(test)]
mod tests;
