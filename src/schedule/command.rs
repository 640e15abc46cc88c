//! `rulecraft schedule EXPRESSION`: valid or not (AWS's message, the reason
//! and a caret), what it means in words, and the next runs in UTC and in a
//! chosen time zone. Exit codes as `check`: 0 valid, 1 invalid, 2 for bad
//! arguments.

use super::describe::Description;
use super::{Dialect, Schedule, parse};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::io::Write;

/// What to work out.
#[derive(Debug, Clone, Default)]
pub struct ScheduleArgs {
    /// The expression.
    pub expression: String,
    /// A zone to show the runs in (and, for Scheduler, to run in).
    pub zone: Option<String>,
    /// How many runs.
    pub next: usize,
    /// From when (default: now).
    pub after: Option<String>,
    /// Read as EventBridge Scheduler does.
    pub scheduler: bool,
    /// JSON instead of text.
    pub json: bool,
}

/// Runs the command; the exit code.
pub fn run(args: &ScheduleArgs, out: &mut impl Write, err: &mut impl Write) -> u8 {
    let Ok(zone) = args.zone.as_deref().map(TimeZone::get).transpose() else {
        let name = args.zone.as_deref().unwrap_or_default();
        writeln!(err, "rulecraft: --tz {name}: not an IANA time zone (such as Asia/Seoul or Europe/Berlin)").ok();
        return 2;
    };
    let after = match args.after.as_deref().map(str::parse::<Timestamp>).transpose() {
        Ok(after) => after.unwrap_or_else(Timestamp::now),
        Err(e) => {
            writeln!(err, "rulecraft: --after: {e} (write it as 2026-01-01T00:00:00Z)").ok();
            return 2;
        }
    };
    let dialect = if args.scheduler { Dialect::Scheduler } else { Dialect::Rule };
    let schedule = match parse(&args.expression, dialect) {
        Ok(schedule) => schedule,
        Err(e) => {
            if args.json {
                let value = serde_json::json!({
                    "valid": false, "message": e.aws_message, "reason": e.reason.to_string(),
                    "description": null, "next": [],
                });
                writeln!(out, "{value}").ok();
            } else {
                writeln!(out, "{}", e.aws_message).ok();
                writeln!(out, "{}", e.reason).ok();
                writeln!(out, "    {}", args.expression).ok();
                let start = args.expression[..e.span.start.min(args.expression.len())].chars().count();
                let width = args.expression.get(e.span.start..e.span.end).map_or(1, |s| s.chars().count().max(1));
                writeln!(out, "    {}{}", " ".repeat(start), "^".repeat(width)).ok();
            }
            return 1;
        }
    };
    // A rule's schedule runs in UTC; Scheduler's in its zone.
    let evaluated = match (dialect, &zone) {
        (Dialect::Scheduler, Some(zone)) => zone.clone(),
        _ => TimeZone::UTC,
    };
    let runs = schedule.next_runs(after, &evaluated, args.next);
    let description = Description::of(&schedule);
    let zone_name = if evaluated == TimeZone::UTC { "UTC".to_owned() } else { args.zone.clone().unwrap_or_default() };
    if args.json {
        let next: Vec<String> = runs.iter().map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).collect();
        let value = serde_json::json!({
            "valid": true, "message": null, "reason": null,
            "description": format!("{description} ({zone_name})"), "next": next,
        });
        writeln!(out, "{value}").ok();
        return 0;
    }
    writeln!(out, "valid: {description} ({zone_name})").ok();
    if matches!(schedule, Schedule::Rate { .. }) {
        writeln!(out, "(a rate counts from when the rule is created or the schedule starts; from {after} here)").ok();
    }
    for run in &runs {
        let utc = run.strftime("%Y-%m-%d %H:%M UTC");
        match &zone {
            Some(zone) => {
                let local = run.to_zoned(zone.clone()).strftime("%Y-%m-%d %H:%M %Z (%a)");
                writeln!(out, "{utc}   {local}").ok();
            }
            None => writeln!(out, "{utc}").ok().unwrap_or(()),
        }
    }
    0
}
