//! The schedule builder's common cases, and reading an expression back into
//! one when it is one of them (the text and the builder follow each other,
//! as the pattern and the form do).

use super::{Cron, FieldName, Schedule, Spec, Unit};

/// Which days a daily schedule runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Days {
    /// Every day.
    Every,
    /// These weekdays (1 = Sunday), e.g. Monday to Friday.
    Weekdays(Vec<u32>),
}

/// A common schedule, as the builder shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Every N minutes, hours or days: `rate(...)`.
    Every {
        /// How many.
        value: u32,
        /// Of what.
        unit: Unit,
    },
    /// At a time on some days.
    Daily {
        /// 0–23.
        hour: u32,
        /// 0–59.
        minute: u32,
        /// Which days.
        days: Days,
    },
    /// At a time on the last day of the month.
    LastDayOfMonth {
        /// 0–23.
        hour: u32,
        /// 0–59.
        minute: u32,
    },
    /// At a time on the nth (or, with `nth` 0, the last) weekday of the month.
    NthWeekday {
        /// 1–5, or 0 for the last.
        nth: u32,
        /// 1 = Sunday.
        weekday: u32,
        /// 0–23.
        hour: u32,
        /// 0–59.
        minute: u32,
    },
}

/// A builder's choices: a shape, and (for the cron shapes) the months and
/// years it is limited to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The shape.
    pub shape: Shape,
    /// Only these months (1–12); empty: every month.
    pub months: Vec<u32>,
    /// Only these years, first to last.
    pub years: Option<(u32, u32)>,
}

impl Default for Built {
    fn default() -> Self {
        Self { shape: Shape::Daily { hour: 9, minute: 0, days: Days::Every }, months: Vec::new(), years: None }
    }
}

const WEEKDAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

fn joined(values: &[u32], names: &[&str], low: u32) -> String {
    values.iter().map(|v| names.get((v - low) as usize).copied().unwrap_or("?")).collect::<Vec<_>>().join(",")
}

impl Built {
    /// The expression this writes.
    #[must_use]
    pub fn expression(&self) -> String {
        let months = if self.months.is_empty() { "*".to_owned() } else { joined(&self.months, &MONTHS, 1) };
        let years = self.years.map_or("*".to_owned(), |(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") });
        match &self.shape {
            Shape::Every { value, unit } => {
                let unit = match (unit, *value == 1) {
                    (Unit::Minute, true) => "minute",
                    (Unit::Minute, false) => "minutes",
                    (Unit::Hour, true) => "hour",
                    (Unit::Hour, false) => "hours",
                    (Unit::Day, true) => "day",
                    (Unit::Day, false) => "days",
                };
                format!("rate({value} {unit})")
            }
            Shape::Daily { hour, minute, days: Days::Every } => format!("cron({minute} {hour} * {months} ? {years})"),
            Shape::Daily { hour, minute, days: Days::Weekdays(days) } => {
                format!("cron({minute} {hour} ? {months} {} {years})", joined(days, &WEEKDAYS, 1))
            }
            Shape::LastDayOfMonth { hour, minute } => format!("cron({minute} {hour} L {months} ? {years})"),
            Shape::NthWeekday { nth: 0, weekday, hour, minute } => {
                format!("cron({minute} {hour} ? {months} {weekday}L {years})")
            }
            Shape::NthWeekday { nth, weekday, hour, minute } => {
                format!("cron({minute} {hour} ? {months} {}#{nth} {years})", WEEKDAYS[(*weekday - 1) as usize % 7])
            }
        }
    }

    /// The builder's choices for `schedule`, when it is one of the common
    /// cases.
    #[must_use]
    pub fn read(schedule: &Schedule) -> Option<Self> {
        match schedule {
            Schedule::Rate { value, unit } => {
                Some(Self { shape: Shape::Every { value: *value, unit: *unit }, months: Vec::new(), years: None })
            }
            Schedule::At(_) => None,
            Schedule::Cron(cron) => read_cron(cron),
        }
    }
}

fn single(spec: &Spec) -> Option<u32> {
    match spec {
        Spec::Values(v) if v.len() == 1 => v.first().copied(),
        _ => None,
    }
}

fn read_cron(cron: &Cron) -> Option<Built> {
    let minute = single(cron.field(FieldName::Minute))?;
    let hour = single(cron.field(FieldName::Hour))?;
    let months = match cron.field(FieldName::Month) {
        Spec::Every => Vec::new(),
        Spec::Values(v) => v.clone(),
        _ => return None,
    };
    let years = match cron.field(FieldName::Year) {
        Spec::Every => None,
        Spec::Values(v) if v.windows(2).all(|w| w[1] == w[0] + 1) => Some((*v.first()?, *v.last()?)),
        _ => return None,
    };
    let shape = match (cron.field(FieldName::DayOfMonth), cron.field(FieldName::DayOfWeek)) {
        (Spec::Every, Spec::Any) | (Spec::Any, Spec::Every) => Shape::Daily { hour, minute, days: Days::Every },
        (Spec::Any, Spec::Values(days)) => Shape::Daily { hour, minute, days: Days::Weekdays(days.clone()) },
        (Spec::LastDay { offset: 0 }, Spec::Any) => Shape::LastDayOfMonth { hour, minute },
        (Spec::Any, Spec::NthWeekday { weekday, nth }) => {
            Shape::NthWeekday { nth: *nth, weekday: *weekday, hour, minute }
        }
        (Spec::Any, Spec::LastWeekday { weekday }) => Shape::NthWeekday { nth: 0, weekday: *weekday, hour, minute },
        _ => return None,
    };
    Some(Built { shape, months, years })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{Dialect, parse};

    #[test]
    fn every_shape_writes_a_valid_expression_that_reads_back_the_same() {
        let shapes = [
            Shape::Every { value: 1, unit: Unit::Minute },
            Shape::Every { value: 15, unit: Unit::Minute },
            Shape::Every { value: 2, unit: Unit::Hour },
            Shape::Every { value: 1, unit: Unit::Day },
            Shape::Daily { hour: 9, minute: 30, days: Days::Every },
            Shape::Daily { hour: 18, minute: 0, days: Days::Weekdays(vec![2, 3, 4, 5, 6]) },
            Shape::LastDayOfMonth { hour: 23, minute: 59 },
            Shape::NthWeekday { nth: 3, weekday: 7, hour: 2, minute: 0 },
            Shape::NthWeekday { nth: 0, weekday: 6, hour: 10, minute: 15 },
        ];
        for shape in shapes {
            for (months, years) in [(vec![], None), (vec![1, 7], Some((2026, 2027)))] {
                if matches!(shape, Shape::Every { .. }) && !months.is_empty() {
                    continue;
                }
                let built = Built { shape: shape.clone(), months, years };
                let text = built.expression();
                let schedule = parse(&text, Dialect::Rule).unwrap_or_else(|e| panic!("{text}: {e}"));
                assert_eq!(Built::read(&schedule), Some(built), "{text}");
            }
        }
        assert_eq!(Built::default().expression(), "cron(0 9 * * ? *)");
    }

    #[test]
    fn expressions_outside_the_common_cases_are_left_to_the_text() {
        for text in ["cron(0/5 9-17 ? * MON-FRI *)", "cron(0 8,12 * * ? *)", "cron(0 9 15W * ? *)"] {
            assert_eq!(Built::read(&parse(text, Dialect::Rule).unwrap()), None, "{text}");
        }
    }
}
