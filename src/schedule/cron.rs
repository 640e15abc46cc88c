//! AWS's cron dialect: six fields (minute, hour, day-of-month, month,
//! day-of-week, year), read field by field with the reason and the place of
//! the first thing AWS would refuse.

use super::{Reason, ScheduleError};
use crate::json::Span;

/// Which of the six fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldName {
    /// 0–59.
    Minute,
    /// 0–23.
    Hour,
    /// 1–31, `?`, `L`, `W`.
    DayOfMonth,
    /// 1–12 or JAN–DEC.
    Month,
    /// 1–7 or SUN–SAT (1 = Sunday), `?`, `L`, `#`.
    DayOfWeek,
    /// 1970–2199.
    Year,
}

impl FieldName {
    /// The fields in order.
    pub const ALL: [FieldName; 6] =
        [Self::Minute, Self::Hour, Self::DayOfMonth, Self::Month, Self::DayOfWeek, Self::Year];

    /// The lowest and highest value.
    #[must_use]
    pub fn range(self) -> (u32, u32) {
        match self {
            Self::Minute => (0, 59),
            Self::Hour => (0, 23),
            Self::DayOfMonth => (1, 31),
            Self::Month => (1, 12),
            Self::DayOfWeek => (1, 7),
            Self::Year => (1970, 2199),
        }
    }

    /// The field's name in English messages.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Minute => "minute",
            Self::Hour => "hour",
            Self::DayOfMonth => "day-of-month",
            Self::Month => "month",
            Self::DayOfWeek => "day-of-week",
            Self::Year => "year",
        }
    }

    fn names(self) -> &'static [&'static str] {
        match self {
            Self::Month => &["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
            Self::DayOfWeek => &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
            _ => &[],
        }
    }
}

/// A field's values: a set, or one of the day fields' special forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    /// `*`.
    Every,
    /// `?` (day fields): no constraint, the other day field decides.
    Any,
    /// Listed values, ranges and steps: whether each value is in.
    Values(Vec<u32>),
    /// `L` in day-of-month: the last day; `L-n`: n days before it.
    LastDay {
        /// Days before the last.
        offset: u32,
    },
    /// `nW`: the weekday nearest day n; `LW`: the last weekday.
    NearestWeekday {
        /// The day, or `None` for `LW`.
        day: Option<u32>,
    },
    /// `nL` in day-of-week: the last weekday n of the month (`L` alone is
    /// every Saturday: [`Spec::Values`]).
    LastWeekday {
        /// 1 = Sunday.
        weekday: u32,
    },
    /// `n#k`: the kth weekday n of the month.
    NthWeekday {
        /// 1 = Sunday.
        weekday: u32,
        /// 1–5.
        nth: u32,
    },
}

/// A cron expression read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron {
    /// The six fields' values, in order.
    pub fields: [Spec; 6],
}

impl Cron {
    /// A field's spec.
    #[must_use]
    pub fn field(&self, name: FieldName) -> &Spec {
        &self.fields[FieldName::ALL.iter().position(|f| *f == name).unwrap_or(0)]
    }
}

/// Reads the inside of `cron(...)`; `offset` is where it starts in the
/// whole expression (for spans).
pub(super) fn parse(
    body: &str,
    offset: usize,
    error: &impl Fn(Reason, Span) -> ScheduleError,
) -> Result<Cron, ScheduleError> {
    let whole = Span::new(offset, offset + body.len());
    if body.trim().is_empty() {
        return Err(error(Reason::CronFieldCount { found: 0 }, whole));
    }
    if body.starts_with(char::is_whitespace) || body.ends_with(char::is_whitespace) {
        return Err(error(Reason::Spaces, whole));
    }
    let mut parts: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                parts.push((s, &body[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        parts.push((s, &body[s..]));
    }
    if parts.len() != 6 {
        return Err(error(Reason::CronFieldCount { found: parts.len() }, whole));
    }
    let mut fields: Vec<Spec> = Vec::with_capacity(6);
    for (name, (at, text)) in FieldName::ALL.into_iter().zip(parts.iter().copied()) {
        let span = Span::new(offset + at, offset + at + text.len());
        fields.push(parse_field(name, text, span, error)?);
    }
    let field_span = |(at, text): (usize, &str)| Span::new(offset + at, offset + at + text.len());
    let days = field_span(parts[2]).to(field_span(parts[4]));
    match (&fields[2], &fields[4]) {
        (Spec::Any, Spec::Any) => return Err(error(Reason::BothDaysAny, days)),
        (Spec::Any, _) | (_, Spec::Any) => {}
        _ => return Err(error(Reason::NoDayAny, days)),
    }
    let fields: [Spec; 6] = fields.try_into().map_err(|_| error(Reason::CronFieldCount { found: 0 }, whole))?;
    Ok(Cron { fields })
}

fn parse_field(
    name: FieldName,
    text: &str,
    span: Span,
    error: &impl Fn(Reason, Span) -> ScheduleError,
) -> Result<Spec, ScheduleError> {
    let at = |from: usize, to: usize| Span::new(span.start + from, span.start + to);
    let day = matches!(name, FieldName::DayOfMonth | FieldName::DayOfWeek);
    match text {
        "*" => return Ok(Spec::Every),
        "?" if day => return Ok(Spec::Any),
        "?" => return Err(error(Reason::QuestionMarkOutsideDays { field: name }, span)),
        _ => {}
    }
    let upper = text.to_ascii_uppercase();
    if name == FieldName::DayOfMonth {
        if upper == "L" {
            return Ok(Spec::LastDay { offset: 0 });
        }
        if upper == "LW" {
            return Ok(Spec::NearestWeekday { day: None });
        }
        if let Some(n) = upper.strip_prefix("L-") {
            return match n.parse::<u32>() {
                Ok(n) if (1..=30).contains(&n) => Ok(Spec::LastDay { offset: n }),
                _ => Err(error(Reason::OutOfRange { field: name, low: 1, high: 30 }, at(2, text.len()))),
            };
        }
        if let Some(n) = upper.strip_suffix('W') {
            return match n.parse::<u32>() {
                Ok(n) if (1..=31).contains(&n) => Ok(Spec::NearestWeekday { day: Some(n) }),
                _ => Err(error(Reason::Special { field: name, found: text.to_owned() }, span)),
            };
        }
    }
    if name == FieldName::DayOfWeek {
        // `L` alone is the last day of the week, Saturday (AWS: "the last
        // day of the month or week"; Quartz: "7" or "SAT"), every week.
        if upper == "L" {
            return Ok(Spec::Values(vec![7]));
        }
        if text.contains('#') {
            if text.contains(',') {
                return Err(error(Reason::HashInList, span));
            }
            let (weekday, nth) = text.split_once('#').unwrap_or((text, ""));
            let weekday = value(name, weekday, at(0, weekday.len()), error)?;
            return match nth.parse::<u32>() {
                Ok(nth) if (1..=5).contains(&nth) => Ok(Spec::NthWeekday { weekday, nth }),
                _ => Err(error(Reason::NthOutOfRange, at(text.len() - nth.len(), text.len()))),
            };
        }
        if let Some(weekday) = upper.strip_suffix('L') {
            if text.contains(',') {
                return Err(error(Reason::Special { field: name, found: text.to_owned() }, span));
            }
            let weekday = value(name, weekday, at(0, weekday.len()), error)?;
            return Ok(Spec::LastWeekday { weekday });
        }
    }
    let (low, high) = name.range();
    let mut set = vec![false; (high - low + 1) as usize];
    let mut item_start = 0;
    for item in text.split(',') {
        let item_span = at(item_start, item_start + item.len());
        item_start += item.len() + 1;
        if item.is_empty() {
            return Err(error(Reason::EmptyItem { field: name }, item_span));
        }
        let (range, step) = match item.split_once('/') {
            Some((range, step)) => {
                if name == FieldName::DayOfWeek {
                    return Err(error(Reason::StepInDayOfWeek, item_span));
                }
                let step_span = Span::new(item_span.end - step.len(), item_span.end);
                let step = match step.parse::<u32>() {
                    Ok(s) if s >= 1 && s <= high - low + 1 => s,
                    _ => return Err(error(Reason::BadStep { field: name, most: high - low + 1 }, step_span)),
                };
                (range, Some(step))
            }
            None => (item, None),
        };
        let range_span = Span::new(item_span.start, item_span.start + range.len());
        let (first, last) = if range == "*" {
            (low, high)
        } else if let Some((a, b)) = range.split_once('-').filter(|(a, _)| !a.is_empty()) {
            let first = value(name, a, Span::new(range_span.start, range_span.start + a.len()), error)?;
            let last = value(name, b, Span::new(range_span.end - b.len(), range_span.end), error)?;
            (first, last)
        } else {
            let first = value(name, range, range_span, error)?;
            (first, if step.is_some() { high } else { first })
        };
        // A range whose end comes before its start wraps around, as in
        // Quartz (FRI-MON; 22-2 for hours).
        let count = if last >= first { last - first + 1 } else { high - first + 1 + last - low + 1 };
        let step = step.unwrap_or(1);
        let mut k = 0;
        while k < count {
            let v = first + k;
            let v = if v > high { v - (high - low + 1) } else { v };
            set[(v - low) as usize] = true;
            k += step;
        }
    }
    Ok(Spec::Values(set.iter().enumerate().filter(|(_, on)| **on).map(|(i, _)| low + i as u32).collect()))
}

/// One value: a number in range, or a month or weekday name.
fn value(
    name: FieldName,
    text: &str,
    span: Span,
    error: &impl Fn(Reason, Span) -> ScheduleError,
) -> Result<u32, ScheduleError> {
    let (low, high) = name.range();
    if let Some(i) = name.names().iter().position(|n| n.eq_ignore_ascii_case(text)) {
        return Ok(low + i as u32);
    }
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(Reason::NotAValue { field: name, found: text.to_owned() }, span));
    }
    match text.parse::<u32>() {
        Ok(v) if (low..=high).contains(&v) => Ok(v),
        _ => Err(error(Reason::OutOfRange { field: name, low, high }, span)),
    }
}
