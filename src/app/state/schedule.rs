//! The Schedule mode: whether the rule fires on a clock, the expression (as
//! typed, or as the builder writes it: each follows the other when it can),
//! who runs it (a rule, in UTC, or EventBridge Scheduler, in a time zone),
//! and what it means: AWS's verdict, the words, the next runs in UTC and in
//! the zone the user reads times in. Worked out when something changes.

use crate::document::RuleSchedule;
use crate::schedule::builder::Built;
use crate::schedule::describe::Description;
use crate::schedule::{Dialect, Schedule, ScheduleError, parse};
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// How many runs the mode lists.
pub const RUNS_SHOWN: usize = 10;

/// What the Schedule mode is asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleCommand {
    /// Whether the rule has a schedule.
    Enable(bool),
    /// Who runs it.
    Dialect(Dialect),
    /// The expression was typed.
    ExpressionEdited(String),
    /// The builder's choices changed: it writes the expression.
    Build(Built),
    /// Scheduler's time zone.
    Timezone(String),
    /// The zone times are shown in.
    DisplayZone(String),
    /// Scheduler's start date (UTC, ISO 8601; empty: none).
    StartDate(String),
    /// Scheduler's end date (UTC, ISO 8601; empty: none).
    EndDate(String),
    /// Scheduler's flexible window (minutes), or off.
    FlexibleWindow(Option<u32>),
}

/// One run, as shown: UTC, and in the display zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownRun {
    /// `2026-01-02 00:00 UTC`.
    pub utc: String,
    /// `2026-01-02 09:00 KST`, or empty without a display zone.
    pub local: String,
    /// The local day of the week (1 = Sunday), for the window to name.
    pub weekday: u32,
}

/// The Schedule mode's state.
#[derive(Debug, Clone)]
pub struct ScheduleState {
    /// Whether the rule fires on a clock.
    pub enabled: bool,
    /// The expression as written.
    pub expression: String,
    /// Who runs it.
    pub dialect: Dialect,
    /// Scheduler's zone (IANA; empty: UTC).
    pub timezone: String,
    /// The zone times are shown in beside UTC.
    pub display_zone: String,
    /// Scheduler's flexible window in minutes, or off.
    pub flexible_window: Option<u32>,
    /// Scheduler's start date as typed (UTC; empty: none).
    pub start_date: String,
    /// Scheduler's end date as typed (UTC; empty: none).
    pub end_date: String,
    /// The builder's choices (kept when the text leaves the common cases).
    pub built: Built,
    /// Whether the builder shows the expression (it is a common case).
    pub builder_follows: bool,
    revision: u64,
    verdict: Option<Result<Schedule, ScheduleError>>,
    runs: Vec<ShownRun>,
    zone_problem: Option<String>,
    date_problem: Option<String>,
    /// The next run, as worked out with the others.
    first_run: Option<Timestamp>,
}

impl Default for ScheduleState {
    fn default() -> Self {
        let display_zone = TimeZone::system().iana_name().unwrap_or("UTC").to_owned();
        let built = Built::default();
        let mut state = Self {
            enabled: false,
            expression: built.expression(),
            dialect: Dialect::Rule,
            timezone: String::new(),
            display_zone,
            flexible_window: None,
            start_date: String::new(),
            end_date: String::new(),
            built,
            builder_follows: true,
            revision: 0,
            verdict: None,
            runs: Vec::new(),
            zone_problem: None,
            date_problem: None,
            first_run: None,
        };
        state.work_out();
        state
    }
}

impl ScheduleState {
    /// Changes with what is saved.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// AWS's verdict on the expression.
    #[must_use]
    pub fn verdict(&self) -> Option<&Result<Schedule, ScheduleError>> {
        self.verdict.as_ref()
    }

    /// The expression in words, when valid.
    #[must_use]
    pub fn description(&self) -> Option<Description> {
        match &self.verdict {
            Some(Ok(schedule)) => Some(Description::of(schedule)),
            _ => None,
        }
    }

    /// The next runs, from when the expression last changed.
    #[must_use]
    pub fn runs(&self) -> &[ShownRun] {
        &self.runs
    }

    /// A start or end date that is not a time, if one was typed.
    #[must_use]
    pub fn date_problem(&self) -> Option<&str> {
        self.date_problem.as_deref()
    }

    /// An unknown zone name, if one was typed.
    #[must_use]
    pub fn zone_problem(&self) -> Option<&str> {
        self.zone_problem.as_deref()
    }

    /// The event the schedule sends its targets (at its next run), when
    /// the rule has a valid schedule.
    #[must_use]
    pub fn scheduled_event(&self, rule_name: &str) -> Option<String> {
        if !self.enabled || !matches!(self.verdict, Some(Ok(_))) {
            return None;
        }
        // The first run is worked out with the others, when the schedule changes, not per frame.
        Some(crate::schedule::scheduled_event(rule_name, self.first_run.unwrap_or_else(Timestamp::now)))
    }

    /// The schedule as a rule file keeps it.
    #[must_use]
    pub fn saved(&self) -> Option<RuleSchedule> {
        self.enabled.then(|| RuleSchedule {
            expression: self.expression.clone(),
            kind: self.dialect,
            timezone: if self.dialect == Dialect::Scheduler { self.timezone.clone() } else { String::new() },
            flexible_window_minutes: if self.dialect == Dialect::Scheduler { self.flexible_window } else { None },
            start_date: if self.dialect == Dialect::Scheduler {
                self.start_date.trim().to_owned()
            } else {
                String::new()
            },
            end_date: if self.dialect == Dialect::Scheduler { self.end_date.trim().to_owned() } else { String::new() },
        })
    }

    /// Takes a document's schedule.
    pub fn replace(&mut self, saved: Option<&RuleSchedule>) {
        match saved {
            Some(saved) => {
                self.enabled = true;
                self.expression.clone_from(&saved.expression);
                self.dialect = saved.kind;
                self.timezone.clone_from(&saved.timezone);
                self.flexible_window = saved.flexible_window_minutes;
                self.start_date.clone_from(&saved.start_date);
                self.end_date.clone_from(&saved.end_date);
            }
            None => {
                self.enabled = false;
            }
        }
        self.revision += 1;
        self.follow_text();
        self.work_out();
    }

    /// Carries out a command.
    pub fn handle(&mut self, command: ScheduleCommand) {
        match command {
            ScheduleCommand::Enable(on) => self.enabled = on,
            ScheduleCommand::Dialect(dialect) => self.dialect = dialect,
            ScheduleCommand::ExpressionEdited(text) => {
                self.expression = text;
                self.follow_text();
            }
            ScheduleCommand::Build(built) => {
                self.expression = built.expression();
                self.built = built;
                self.builder_follows = true;
            }
            ScheduleCommand::Timezone(zone) => self.timezone = zone,
            ScheduleCommand::StartDate(date) => self.start_date = date,
            ScheduleCommand::EndDate(date) => self.end_date = date,
            ScheduleCommand::DisplayZone(zone) => {
                self.display_zone = zone;
                self.work_out();
                return;
            }
            ScheduleCommand::FlexibleWindow(minutes) => self.flexible_window = minutes.map(|m| m.clamp(1, 1440)),
        }
        self.revision += 1;
        self.work_out();
    }

    fn follow_text(&mut self) {
        let read = parse(&self.expression, self.dialect).ok().and_then(|s| Built::read(&s));
        self.builder_follows = read.is_some();
        if let Some(built) = read {
            self.built = built;
        }
    }

    fn work_out(&mut self) {
        let verdict = parse(&self.expression, self.dialect);
        let zone = |name: &str| if name.is_empty() { Ok(TimeZone::UTC) } else { TimeZone::get(name) };
        let run_zone = if self.dialect == Dialect::Scheduler { zone(&self.timezone).ok() } else { Some(TimeZone::UTC) };
        let display = zone(&self.display_zone).ok();
        self.zone_problem = match (&run_zone, &display) {
            (None, _) => Some(self.timezone.clone()),
            (_, None) => Some(self.display_zone.clone()),
            _ => None,
        };
        let scheduler = self.dialect == Dialect::Scheduler;
        let date = |text: &str| {
            let text = text.trim();
            if !scheduler || text.is_empty() {
                Ok(None)
            } else {
                text.parse::<Timestamp>().map(Some).map_err(|_| text.to_owned())
            }
        };
        let (start, end) = (date(&self.start_date), date(&self.end_date));
        self.date_problem = start.clone().err().or_else(|| end.clone().err());
        let (start, end) = (start.unwrap_or_default(), end.unwrap_or_default());
        let instants = match (&verdict, run_zone) {
            (Ok(schedule), Some(run_zone)) => schedule.runs_within(Timestamp::now(), &run_zone, RUNS_SHOWN, start, end),
            _ => Vec::new(),
        };
        self.first_run = instants.first().copied();
        self.runs = instants
            .into_iter()
            .map(|t| {
                let local = display.as_ref().map(|z| t.to_zoned(z.clone()));
                ShownRun {
                    utc: t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
                    local: local.as_ref().map(|z| z.strftime("%Y-%m-%d %H:%M %Z").to_string()).unwrap_or_default(),
                    weekday: local.map_or(1, |z| u32::try_from(z.weekday().to_sunday_one_offset()).unwrap_or(1)),
                }
            })
            .collect();
        self.verdict = Some(verdict);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::builder::{Days, Shape};

    #[test]
    fn the_text_and_the_builder_follow_each_other() {
        let mut state = ScheduleState::default();
        state.handle(ScheduleCommand::Enable(true));
        let weekdays = Built {
            shape: Shape::Daily { hour: 18, minute: 0, days: Days::Weekdays(vec![2, 3, 4, 5, 6]) },
            ..Built::default()
        };
        state.handle(ScheduleCommand::Build(weekdays.clone()));
        assert_eq!(state.expression, "cron(0 18 ? * MON,TUE,WED,THU,FRI *)");
        assert_eq!(state.runs().len(), RUNS_SHOWN);
        state.handle(ScheduleCommand::ExpressionEdited("cron(30 7 ? * MON,TUE,WED,THU,FRI *)".into()));
        assert!(state.builder_follows);
        assert_eq!(state.built.shape, Shape::Daily { hour: 7, minute: 30, days: Days::Weekdays(vec![2, 3, 4, 5, 6]) });
        state.handle(ScheduleCommand::ExpressionEdited("cron(0/5 * * * ? *)".into()));
        assert!(!state.builder_follows, "the builder cannot show it and keeps its last choices");
        assert_eq!(state.built.shape, Shape::Daily { hour: 7, minute: 30, days: Days::Weekdays(vec![2, 3, 4, 5, 6]) });
        state.handle(ScheduleCommand::ExpressionEdited("rate(1 minutes)".into()));
        assert!(matches!(state.verdict(), Some(Err(_))));
        assert!(state.runs().is_empty());
        let saved = state.saved().unwrap_or_default();
        assert_eq!((saved.expression.as_str(), saved.kind), ("rate(1 minutes)", Dialect::Rule));
    }
}
