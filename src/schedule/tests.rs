//! Every expression `notes/aws-facts.md` §3 records AWS's verdict on, and
//! next runs worked out by hand, across daylight-saving changes.

use super::*;

const RULE_INVALID: [&str; 23] = [
    "rate(10 seconds)",
    "rate(10 years)",
    "rate(1 minutes)",
    "rate(1 hours)",
    "rate(1 days)",
    "rate(10 minute)",
    "rate(10 hour)",
    "rate(10 day)",
    "rate()",
    "rate(10)",
    "rate(10 minutess)",
    "rate(foo minutes)",
    "rate(0 minutes)",
    "rate(-10 minutes)",
    "rate(10 MINUTES)",
    "rate( 10 minutes )",
    " rate(10 minutes)",
    "cron(0 1 * * * *)",
    "cron(7 20 * * NOT *)",
    "cron(INVALID)",
    "cron(0 dummy ? * MON-FRI *)",
    "cron(71 8 1 * ? *)",
    "cron(7 20 * * 1-7 *)",
];

const MORE_INVALID: [&str; 3] = ["cron(15 12 ? * -1 *)", "cron(0 10 * * ?)", "cron(0 10 ? * 3#1,6#3 *)"];

const VALID: [&str; 9] = [
    "cron(15 10 ? * 6L 2002-2005)",
    "cron(0 2 ? * SAT#3 *)",
    "cron(* * ? * SAT#3 *)",
    "cron(0/5 5 ? JAN 1-5 2022)",
    "cron(0/30 0-2 ? * MON-FRI *)",
    "cron(0-15/1 8-8 ? * 2,3,4,5,6,7 *)",
    "cron(1-31/30 1-1 ? * 1,7 *)",
    "cron(*/15 * * * ? *)",
    "cron(0-59/10 0-23/2 ? * * *)",
];

#[test]
fn aws_recorded_invalid_rule_expressions_get_aws_message() {
    for text in RULE_INVALID.iter().chain(&MORE_INVALID) {
        let error = parse(text, Dialect::Rule).expect_err(text);
        assert_eq!(error.aws_message, "Parameter ScheduleExpression is not valid.", "{text}");
        let scheduler = parse(text, Dialect::Scheduler).expect_err(text);
        assert_eq!(scheduler.aws_message, format!("Invalid Schedule Expression {text}."));
    }
}

#[test]
fn aws_recorded_valid_expressions_are_accepted() {
    for text in VALID {
        assert!(parse(text, Dialect::Rule).is_ok(), "{text}: {:?}", parse(text, Dialect::Rule));
        assert!(parse(text, Dialect::Scheduler).is_ok(), "{text}");
    }
    assert!(parse("rate(1 minute)", Dialect::Rule).is_ok());
    assert!(parse("rate(5 days)", Dialect::Rule).is_ok());
}

#[test]
fn scheduler_one_off_times_are_checked_as_recorded() {
    assert!(parse("at(2022-12-31T23:59:59)", Dialect::Scheduler).is_ok(), "in the past is accepted");
    for text in ["at(2021-12-31T23:59:59Z)", "at(2021-12-31)", "cron()", "at(2021-02-30T10:00:00)"] {
        let error = parse(text, Dialect::Scheduler).expect_err(text);
        assert_eq!(error.aws_message, format!("Invalid Schedule Expression {text}."));
    }
    assert_eq!(parse("at(2022-12-31T23:59:59)", Dialect::Rule).unwrap_err().reason, Reason::AtOnRule);
}

#[test]
fn reasons_name_the_field_and_point_at_it() {
    let reason = |text: &str| {
        let e = parse(text, Dialect::Rule).unwrap_err();
        (e.reason, e.span.slice(text).to_owned())
    };
    assert_eq!(reason("rate(1 minutes)"), (Reason::RateSingular { unit: "minute" }, "minutes".into()));
    assert_eq!(reason("rate(5 minute)"), (Reason::RatePlural { unit: "minutes" }, "minute".into()));
    assert_eq!(reason("rate(10 MINUTES)").1, "MINUTES");
    assert_eq!(reason("cron(0 1 * * * *)"), (Reason::NoDayAny, "* * *".into()));
    assert_eq!(reason("cron(0 10 ? * ? *)").0, Reason::BothDaysAny);
    assert_eq!(reason("cron(0 10 ? * 3#1,6#3 *)"), (Reason::HashInList, "3#1,6#3".into()));
    assert_eq!(
        reason("cron(71 8 1 * ? *)"),
        (Reason::OutOfRange { field: FieldName::Minute, low: 0, high: 59 }, "71".into())
    );
    assert_eq!(reason("cron(0 10 * * ?)"), (Reason::CronFieldCount { found: 5 }, "0 10 * * ?".into()));
    assert_eq!(
        reason("cron(0 dummy ? * MON-FRI *)"),
        (Reason::NotAValue { field: FieldName::Hour, found: "dummy".into() }, "dummy".into())
    );
    assert_eq!(reason("cron(0 10 ? * MON/2 *)").0, Reason::StepInDayOfWeek);
    assert_eq!(reason("cron(0 10 ? * 2#6 *)"), (Reason::NthOutOfRange, "6".into()));
}

fn runs(text: &str, dialect: Dialect, after: &str, zone: &str, count: usize) -> Vec<String> {
    let schedule = parse(text, dialect).unwrap();
    let zone = TimeZone::get(zone).unwrap();
    // A rule runs in UTC, whatever zone the times are shown in.
    let evaluated = if dialect == Dialect::Rule { TimeZone::UTC } else { zone.clone() };
    schedule
        .next_runs(after.parse().unwrap(), &evaluated, count)
        .into_iter()
        .map(|t| t.to_zoned(zone.clone()).strftime("%Y-%m-%d %H:%M %Z").to_string())
        .collect()
}

#[test]
fn special_days_fall_where_aws_documents_them() {
    let utc = |text: &str, count| runs(text, Dialect::Rule, "2026-01-01T00:00:00Z", "UTC", count);
    // The last Friday of each month.
    assert_eq!(
        utc("cron(15 10 ? * 6L *)", 3),
        ["2026-01-30 10:15 UTC", "2026-02-27 10:15 UTC", "2026-03-27 10:15 UTC"]
    );
    // The third Saturday.
    assert_eq!(utc("cron(0 2 ? * SAT#3 *)", 2), ["2026-01-17 02:00 UTC", "2026-02-21 02:00 UTC"]);
    // The last day of the month, and the weekday nearest the 1st (2026-02-01 is a Sunday: Monday the 2nd).
    assert_eq!(utc("cron(0 0 L * ? *)", 2), ["2026-01-31 00:00 UTC", "2026-02-28 00:00 UTC"]);
    assert_eq!(utc("cron(0 0 1W 2 ? *)", 1), ["2026-02-02 00:00 UTC"]);
    // Weekdays every 30 minutes from midnight to 02:30; years in the past never run.
    assert_eq!(
        utc("cron(0/30 0-2 ? * MON-FRI *)", 3),
        ["2026-01-01 00:30 UTC", "2026-01-01 01:00 UTC", "2026-01-01 01:30 UTC"]
    );
    assert!(utc("cron(15 10 ? * 6L 2002-2005)", 3).is_empty());
    // A rate counts from the start.
    assert_eq!(utc("rate(90 minutes)", 2), ["2026-01-01 01:30 UTC", "2026-01-01 03:00 UTC"]);
}

#[test]
fn l_alone_in_day_of_week_is_every_saturday() {
    // AWS: L in day-of-week is "the last day of the week"; 2026-01-03 is a Saturday.
    assert_eq!(
        runs("cron(0 12 ? * L *)", Dialect::Rule, "2026-01-01T00:00:00Z", "UTC", 3),
        ["2026-01-03 12:00 UTC", "2026-01-10 12:00 UTC", "2026-01-17 12:00 UTC"]
    );
    // After a day it is that day's last in the month.
    assert_eq!(
        runs("cron(0 12 ? * 7L *)", Dialect::Rule, "2026-01-01T00:00:00Z", "UTC", 2),
        ["2026-01-31 12:00 UTC", "2026-02-28 12:00 UTC"]
    );
}

#[test]
fn seoul_sees_utc_midnight_at_nine() {
    assert_eq!(
        runs("cron(0 0 * * ? *)", Dialect::Rule, "2026-01-01T00:00:00Z", "Asia/Seoul", 1),
        ["2026-01-02 09:00 KST"]
    );
}

#[test]
fn scheduler_skips_a_time_that_does_not_exist_and_runs_a_repeated_one_once() {
    // America/Los_Angeles: 2026-03-08 02:00 jumps to 03:00; 2026-11-01 01:00-02:00 happens twice.
    let la = |text: &str, after: &str, count| runs(text, Dialect::Scheduler, after, "America/Los_Angeles", count);
    assert_eq!(
        la("cron(30 2 * * ? *)", "2026-03-07T00:00:00Z", 3),
        ["2026-03-07 02:30 PST", "2026-03-09 02:30 PDT", "2026-03-10 02:30 PDT"]
    );
    assert_eq!(la("cron(30 1 * * ? *)", "2026-10-31T12:00:00Z", 2), ["2026-11-01 01:30 PDT", "2026-11-02 01:30 PST"]);
    // Europe/Berlin springs forward at 02:00 on 2026-03-29.
    assert_eq!(
        runs("cron(15 2 29 3 ? *)", Dialect::Scheduler, "2026-01-01T00:00:00Z", "Europe/Berlin", 1),
        ["2027-03-29 02:15 CEST"]
    );
    // A rate of days is 24 hours, whatever the clocks do.
    assert_eq!(la("rate(1 day)", "2026-03-07T20:00:00Z", 2), ["2026-03-08 13:00 PDT", "2026-03-09 13:00 PDT"]);
}

#[test]
fn scheduler_runs_stay_within_the_start_and_end_dates() {
    let at = |t: &str| t.parse::<Timestamp>().unwrap();
    let show = |runs: Vec<Run>| runs.into_iter().map(|t| t.to_string()).collect::<Vec<_>>();
    let rate = parse("rate(12 hours)", Dialect::Scheduler).unwrap();
    assert_eq!(
        show(rate.runs_within(
            at("2026-01-01T00:00:00Z"),
            &TimeZone::UTC,
            5,
            Some(at("2026-03-01T06:00:00Z")),
            Some(at("2026-03-02T06:00:00Z"))
        )),
        ["2026-03-01T06:00:00Z", "2026-03-01T18:00:00Z", "2026-03-02T06:00:00Z"]
    );
    let cron = parse("cron(0 9 * * ? *)", Dialect::Scheduler).unwrap();
    assert_eq!(
        show(cron.runs_within(at("2026-01-01T00:00:00Z"), &TimeZone::UTC, 2, Some(at("2026-06-10T09:00:00Z")), None)),
        ["2026-06-10T09:00:00Z", "2026-06-11T09:00:00Z"]
    );
    assert!(
        cron.runs_within(at("2026-01-01T00:00:00Z"), &TimeZone::UTC, 2, None, Some(at("2025-12-31T00:00:00Z")))
            .is_empty()
    );
}
