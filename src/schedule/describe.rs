//! A schedule in words, as typed phrases the window says in the chosen
//! language; `Display` is the English the command line prints ("at 10:15,
//! on the last Friday of the month, in 2002–2005").

use super::{Cron, FieldName, Schedule, Spec, Unit};
use jiff::civil::DateTime;
use std::fmt;

/// When in the day a cron fires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Time {
    /// Every minute of every hour.
    EveryMinute {
        /// Only in these hours.
        hours: Option<Vec<u32>>,
    },
    /// At these (hour, minute) times, in order.
    At(Vec<(u32, u32)>),
    /// Every `step` minutes from `start`.
    EveryNMinutes {
        /// Minutes between runs.
        step: u32,
        /// The first minute of the hour.
        start: u32,
        /// Only in these hours.
        hours: Option<Vec<u32>>,
    },
    /// At these minutes of these hours (every hour when `None`).
    Minutes {
        /// Minutes past the hour.
        minutes: Vec<u32>,
        /// Hours.
        hours: Option<Vec<u32>>,
    },
}

/// Which days a cron fires on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Day {
    /// Every day.
    EveryDay,
    /// These weekdays (1 = Sunday).
    Weekdays(Vec<u32>),
    /// These days of the month.
    MonthDays(Vec<u32>),
    /// The last day of the month, less `offset` days.
    LastDay {
        /// Days before the last.
        offset: u32,
    },
    /// The weekday nearest a day of the month, or the last weekday (`None`).
    NearestWeekday(Option<u32>),
    /// The last of this weekday in the month.
    LastWeekday(u32),
    /// The nth of this weekday in the month.
    Nth {
        /// 1 = Sunday.
        weekday: u32,
        /// 1–5.
        nth: u32,
    },
}

/// A schedule in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Description {
    /// Every `value` units.
    Rate {
        /// How many.
        value: u32,
        /// Of what.
        unit: Unit,
    },
    /// Once.
    At(DateTime),
    /// A cron.
    Cron {
        /// The time of day.
        time: Time,
        /// The days.
        day: Day,
        /// Only these months.
        months: Option<Vec<u32>>,
        /// Only these years.
        years: Option<Vec<u32>>,
    },
}

fn values(spec: &Spec) -> Option<Vec<u32>> {
    match spec {
        Spec::Values(v) => Some(v.clone()),
        _ => None,
    }
}

/// Whether `values` are `start, start + step, ...` up to the field's end.
fn stepped(values: &[u32], high: u32) -> Option<(u32, u32)> {
    let (&first, &second) = (values.first()?, values.get(1)?);
    let step = second - first;
    let whole = values.windows(2).all(|w| w[1] - w[0] == step) && values.last().is_some_and(|l| l + step > high);
    (step > 1 && whole).then_some((step, first))
}

impl Description {
    /// Describes `schedule`.
    #[must_use]
    pub fn of(schedule: &Schedule) -> Self {
        match schedule {
            Schedule::Rate { value, unit } => Self::Rate { value: *value, unit: *unit },
            Schedule::At(time) => Self::At(*time),
            Schedule::Cron(cron) => describe_cron(cron),
        }
    }
}

fn describe_cron(cron: &Cron) -> Description {
    let minutes = values(cron.field(FieldName::Minute));
    let hours = values(cron.field(FieldName::Hour));
    let time = match (&minutes, &hours) {
        (None, hours) => Time::EveryMinute { hours: hours.clone() },
        (Some(m), Some(h)) if m.len() * h.len() <= 6 => {
            Time::At(h.iter().flat_map(|hour| m.iter().map(move |minute| (*hour, *minute))).collect())
        }
        (Some(m), hours) => match stepped(m, 59) {
            Some((step, start)) => Time::EveryNMinutes { step, start, hours: hours.clone() },
            None => Time::Minutes { minutes: m.clone(), hours: hours.clone() },
        },
    };
    let day = match (cron.field(FieldName::DayOfMonth), cron.field(FieldName::DayOfWeek)) {
        (Spec::LastDay { offset }, _) => Day::LastDay { offset: *offset },
        (Spec::NearestWeekday { day }, _) => Day::NearestWeekday(*day),
        (Spec::Values(days), _) => Day::MonthDays(days.clone()),
        (_, Spec::LastWeekday { weekday }) => Day::LastWeekday(*weekday),
        (_, Spec::NthWeekday { weekday, nth }) => Day::Nth { weekday: *weekday, nth: *nth },
        (_, Spec::Values(days)) if days.len() < 7 => Day::Weekdays(days.clone()),
        _ => Day::EveryDay,
    };
    let months = values(cron.field(FieldName::Month)).filter(|m| m.len() < 12);
    let years = values(cron.field(FieldName::Year));
    Description::Cron { time, day, months, years }
}

/// Values as runs: `1–5, 7` (an en dash between a run's ends), each value
/// named by `name`.
pub fn list(values: &[u32], name: impl Fn(u32) -> String) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < values.len() {
        let mut j = i;
        while j + 1 < values.len() && values[j + 1] == values[j] + 1 {
            j += 1;
        }
        match j - i {
            0 => parts.push(name(values[i])),
            1 => {
                parts.push(name(values[i]));
                parts.push(name(values[j]));
            }
            _ => parts.push(format!("{}–{}", name(values[i]), name(values[j]))),
        }
        i = j + 1;
    }
    parts.join(", ")
}

/// `10:05`.
#[must_use]
pub fn clock(hour: u32, minute: u32) -> String {
    format!("{hour:02}:{minute:02}")
}

/// The English name of weekday `n` (1 = Sunday).
#[must_use]
pub fn weekday_name(n: u32) -> &'static str {
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        .get(n.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// The English name of month `n` (1 = January).
#[must_use]
pub fn month_name(n: u32) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    .get(n.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("?")
}

/// "first" to "fifth".
#[must_use]
pub fn ordinal(n: u32) -> &'static str {
    ["first", "second", "third", "fourth", "fifth"].get(n.saturating_sub(1) as usize).copied().unwrap_or("?")
}

fn number(n: u32) -> String {
    n.to_string()
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let during = |f: &mut fmt::Formatter<'_>, hours: &Option<Vec<u32>>| match hours {
            Some(h) => write!(f, " during hours {}", list(h, number)),
            None => Ok(()),
        };
        match self {
            Self::EveryMinute { hours } => {
                f.write_str("every minute")?;
                during(f, hours)
            }
            Self::At(times) => {
                write!(f, "at {}", times.iter().map(|(h, m)| clock(*h, *m)).collect::<Vec<_>>().join(", "))
            }
            Self::EveryNMinutes { step, start, hours } => {
                write!(f, "every {step} minutes")?;
                if *start > 0 {
                    write!(f, " from minute {start}")?;
                }
                during(f, hours)
            }
            Self::Minutes { minutes, hours: None } => write!(f, "at minute {} of every hour", list(minutes, number)),
            Self::Minutes { minutes, hours: Some(h) } => {
                write!(f, "at minute {} of hours {}", list(minutes, number), list(h, number))
            }
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EveryDay => f.write_str("every day"),
            Self::Weekdays(days) => write!(f, "on {}", list(days, |d| weekday_name(d).to_owned())),
            Self::MonthDays(days) => write!(f, "on day {} of the month", list(days, number)),
            Self::LastDay { offset: 0 } => f.write_str("on the last day of the month"),
            Self::LastDay { offset } => write!(f, "on the last day of the month minus {offset}"),
            Self::NearestWeekday(Some(day)) => write!(f, "on the weekday nearest day {day} of the month"),
            Self::NearestWeekday(None) => f.write_str("on the last weekday of the month"),
            Self::LastWeekday(w) => write!(f, "on the last {} of the month", weekday_name(*w)),
            Self::Nth { weekday, nth } => write!(f, "on the {} {} of the month", ordinal(*nth), weekday_name(*weekday)),
        }
    }
}

impl fmt::Display for Description {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rate { value: 1, unit } => write!(f, "every {}", unit_name(*unit, false)),
            Self::Rate { value, unit } => write!(f, "every {value} {}", unit_name(*unit, true)),
            Self::At(time) => write!(f, "once, at {}", time.strftime("%Y-%m-%d %H:%M:%S")),
            Self::Cron { time, day, months, years } => {
                write!(f, "{time}, {day}")?;
                if let Some(months) = months {
                    write!(f, ", in {}", list(months, |m| month_name(m).to_owned()))?;
                }
                if let Some(years) = years {
                    write!(f, ", in {}", list(years, number))?;
                }
                Ok(())
            }
        }
    }
}

fn unit_name(unit: Unit, plural: bool) -> &'static str {
    match (unit, plural) {
        (Unit::Minute, false) => "minute",
        (Unit::Minute, true) => "minutes",
        (Unit::Hour, false) => "hour",
        (Unit::Hour, true) => "hours",
        (Unit::Day, false) => "day",
        (Unit::Day, true) => "days",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{Dialect, parse};

    fn say(text: &str) -> String {
        Description::of(&parse(text, Dialect::Scheduler).unwrap()).to_string()
    }

    #[test]
    fn expressions_read_as_people_say_them() {
        assert_eq!(say("cron(15 10 ? * 6L 2002-2005)"), "at 10:15, on the last Friday of the month, in 2002–2005");
        assert_eq!(say("cron(0 2 ? * SAT#3 *)"), "at 02:00, on the third Saturday of the month");
        assert_eq!(say("cron(0/5 9-17 ? * MON-FRI *)"), "every 5 minutes during hours 9–17, on Monday–Friday");
        assert_eq!(say("cron(0 0 L * ? *)"), "at 00:00, on the last day of the month");
        assert_eq!(say("cron(0 8,12,18 * * ? *)"), "at 08:00, 12:00, 18:00, every day");
        assert_eq!(say("cron(0 0 1 1,7 ? *)"), "at 00:00, on day 1 of the month, in January, July");
        assert_eq!(say("cron(* * ? * SAT#3 *)"), "every minute, on the third Saturday of the month");
        assert_eq!(say("cron(0,10,20,25 * * * ? *)"), "at minute 0, 10, 20, 25 of every hour, every day");
        assert_eq!(say("cron(0 9 15W * ? *)"), "at 09:00, on the weekday nearest day 15 of the month");
        assert_eq!(say("rate(1 hour)"), "every hour");
        assert_eq!(say("rate(90 minutes)"), "every 90 minutes");
        assert_eq!(say("at(2026-12-31T23:59:00)"), "once, at 2026-12-31 23:59:00");
    }
}
