//! EventBridge Scheduler's cron and rate schedules across daylight-saving
//! changes, in zones of both hemispheres, one without daylight saving, and
//! one whose clocks change at midnight. Expectations are worked out by hand
//! from the 2026 changes (local time and UTC side by side):
//!
//! | zone                  | spring forward (gap)              | fall back (repeated hour)              |
//! |-----------------------|-----------------------------------|----------------------------------------|
//! | `America/Los_Angeles` | 8 Mar 02:00 PST -> 03:00 PDT      | 1 Nov 02:00 PDT -> 01:00 PST           |
//! | `Europe/Berlin`       | 29 Mar 02:00 CET -> 03:00 CEST    | 25 Oct 03:00 CEST -> 02:00 CET         |
//! | `Europe/London`       | 29 Mar 01:00 GMT -> 02:00 BST     | 25 Oct 02:00 BST -> 01:00 GMT          |
//! | `Australia/Sydney`    | 4 Oct 02:00 AEST -> 03:00 AEDT    | 5 Apr 03:00 AEDT -> 02:00 AEST         |
//! | `America/Santiago`    | 6 Sep 00:00 -04 -> 01:00 -03      | 5 Apr 00:00 -03 -> 4 Apr 23:00 -04     |
//! | `Asia/Seoul`          | none (KST, UTC+9, all year)       | none                                   |
//!
//! AWS's rules: a local time the clocks skip does not run that day; one they
//! repeat runs once, the first time; `rate(1 day)` is 24 hours, whatever
//! the clocks do. The same rules are compared with an independent
//! implementation over random expressions in `tests/schedule_oracle.rs`.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rulecraft::schedule::{Dialect, parse};

/// The first `count` runs of Scheduler's `text` in `zone` after `after`, each
/// as "local time (abbreviation) = UTC".
fn runs(text: &str, zone: &str, after: &str, count: usize) -> Vec<String> {
    let schedule = parse(text, Dialect::Scheduler).unwrap_or_else(|e| panic!("{text}: {e}"));
    let tz = TimeZone::get(zone).unwrap_or_else(|e| panic!("{zone}: {e}"));
    let after: Timestamp = after.parse().unwrap_or_else(|e| panic!("{after}: {e}"));
    schedule
        .next_runs(after, &tz, count)
        .into_iter()
        .map(|t| {
            let local = t.to_zoned(tz.clone()).strftime("%Y-%m-%d %H:%M %Z").to_string();
            format!("{local} = {}", t.strftime("%m-%d %H:%MZ"))
        })
        .collect()
}

#[test]
fn los_angeles_skips_the_lost_hour_and_runs_the_repeated_one_once() {
    let la = |text: &str, after: &str, count| runs(text, "America/Los_Angeles", after, count);
    // Spring: 02:30 does not exist on 8 March; the day before and after run.
    assert_eq!(
        la("cron(30 2 * * ? *)", "2026-03-07T00:00:00Z", 3),
        [
            "2026-03-07 02:30 PST = 03-07 10:30Z",
            "2026-03-09 02:30 PDT = 03-09 09:30Z",
            "2026-03-10 02:30 PDT = 03-10 09:30Z"
        ]
    );
    // Every half hour: 01:30 PST is followed by 03:00 PDT, 30 minutes later.
    assert_eq!(
        la("cron(0/30 * * * ? *)", "2026-03-08T09:00:00Z", 3),
        [
            "2026-03-08 01:30 PST = 03-08 09:30Z",
            "2026-03-08 03:00 PDT = 03-08 10:00Z",
            "2026-03-08 03:30 PDT = 03-08 10:30Z"
        ]
    );
    // Hours 1-3: 02:00 is skipped; the next day's 01:00 is PDT.
    assert_eq!(
        la("cron(0 1-3 * * ? *)", "2026-03-08T08:00:00Z", 3),
        [
            "2026-03-08 01:00 PST = 03-08 09:00Z",
            "2026-03-08 03:00 PDT = 03-08 10:00Z",
            "2026-03-09 01:00 PDT = 03-09 08:00Z"
        ]
    );
    // Fall: 01:30 happens twice on 1 November and runs at the first (PDT).
    assert_eq!(
        la("cron(30 1 * * ? *)", "2026-10-31T12:00:00Z", 2),
        ["2026-11-01 01:30 PDT = 11-01 08:30Z", "2026-11-02 01:30 PST = 11-02 09:30Z"]
    );
    // Every half hour: 01:00 and 01:30 PDT run, their PST repeats do not;
    // 02:00 PST is 90 minutes after 01:30 PDT.
    assert_eq!(
        la("cron(0/30 * * * ? *)", "2026-11-01T07:45:00Z", 4),
        [
            "2026-11-01 01:00 PDT = 11-01 08:00Z",
            "2026-11-01 01:30 PDT = 11-01 08:30Z",
            "2026-11-01 02:00 PST = 11-01 10:00Z",
            "2026-11-01 02:30 PST = 11-01 10:30Z",
        ]
    );
    // Starting inside the repeated hour (01:15 PST, the second time round):
    // 01:30 already ran, at 01:30 PDT; the next run is 02:00 PST.
    assert_eq!(la("cron(0/30 * * * ? *)", "2026-11-01T09:15:00Z", 1), ["2026-11-01 02:00 PST = 11-01 10:00Z"]);
}

#[test]
fn berlin_skips_the_lost_hour_and_runs_the_repeated_one_once() {
    let berlin = |text: &str, after: &str, count| runs(text, "Europe/Berlin", after, count);
    assert_eq!(
        berlin("cron(15 2 * * ? *)", "2026-03-28T00:00:00Z", 2),
        ["2026-03-28 02:15 CET = 03-28 01:15Z", "2026-03-30 02:15 CEST = 03-30 00:15Z"]
    );
    assert_eq!(
        berlin("cron(30 2 * * ? *)", "2026-10-24T12:00:00Z", 2),
        ["2026-10-25 02:30 CEST = 10-25 00:30Z", "2026-10-26 02:30 CET = 10-26 01:30Z"]
    );
    // Every 20 minutes of 02:00-02:59 on the day itself: three runs, not six.
    assert_eq!(
        berlin("cron(*/20 2 25 10 ? 2026)", "2026-10-01T00:00:00Z", 10),
        [
            "2026-10-25 02:00 CEST = 10-25 00:00Z",
            "2026-10-25 02:20 CEST = 10-25 00:20Z",
            "2026-10-25 02:40 CEST = 10-25 00:40Z"
        ]
    );
    // A one-day schedule on the lost hour never runs.
    assert!(berlin("cron(*/20 2 29 3 ? 2026)", "2026-01-01T00:00:00Z", 5).is_empty());
}

#[test]
fn london_changes_at_one_in_the_morning() {
    let london = |text: &str, after: &str, count| runs(text, "Europe/London", after, count);
    assert_eq!(
        london("cron(30 1 * * ? *)", "2026-03-28T00:00:00Z", 2),
        ["2026-03-28 01:30 GMT = 03-28 01:30Z", "2026-03-30 01:30 BST = 03-30 00:30Z"]
    );
    assert_eq!(
        london("cron(30 1 * * ? *)", "2026-10-24T12:00:00Z", 2),
        ["2026-10-25 01:30 BST = 10-25 00:30Z", "2026-10-26 01:30 GMT = 10-26 01:30Z"]
    );
}

#[test]
fn sydney_changes_the_other_way_round_the_year() {
    let sydney = |text: &str, after: &str, count| runs(text, "Australia/Sydney", after, count);
    // April: daylight saving ends; 02:30 on the 5th happens twice, runs at the first (AEDT).
    assert_eq!(
        sydney("cron(30 2 * * ? *)", "2026-04-03T12:00:00Z", 3),
        [
            "2026-04-04 02:30 AEDT = 04-03 15:30Z",
            "2026-04-05 02:30 AEDT = 04-04 15:30Z",
            "2026-04-06 02:30 AEST = 04-05 16:30Z",
        ]
    );
    // October: it begins; 02:30 on the 4th does not exist.
    assert_eq!(
        sydney("cron(30 2 * * ? *)", "2026-10-02T12:00:00Z", 2),
        ["2026-10-03 02:30 AEST = 10-02 16:30Z", "2026-10-05 02:30 AEDT = 10-04 15:30Z"]
    );
    // Hourly through the change: 01:00 AEST, then 03:00 AEDT an hour later.
    assert_eq!(
        sydney("cron(0 * * * ? *)", "2026-10-03T14:30:00Z", 3),
        [
            "2026-10-04 01:00 AEST = 10-03 15:00Z",
            "2026-10-04 03:00 AEDT = 10-03 16:00Z",
            "2026-10-04 04:00 AEDT = 10-03 17:00Z"
        ]
    );
}

#[test]
fn santiago_changes_at_midnight() {
    let santiago = |text: &str, after: &str, count| runs(text, "America/Santiago", after, count);
    // April: midnight of the 5th becomes 23:00 of the 4th again; 23:30 on the 4th runs once, at -03.
    assert_eq!(
        santiago("cron(30 23 * * ? *)", "2026-04-03T12:00:00Z", 3),
        [
            "2026-04-03 23:30 -03 = 04-04 02:30Z",
            "2026-04-04 23:30 -03 = 04-05 02:30Z",
            "2026-04-05 23:30 -04 = 04-06 03:30Z"
        ]
    );
    // September: the 6th starts at 01:00; its midnight does not exist.
    assert_eq!(
        santiago("cron(0 0 * * ? *)", "2026-09-04T12:00:00Z", 2),
        ["2026-09-05 00:00 -04 = 09-05 04:00Z", "2026-09-07 00:00 -03 = 09-07 03:00Z"]
    );
    // The 6th of September at 00:30 is skipped in 2026 and runs in 2027 (the change is on the 5th then).
    assert_eq!(santiago("cron(30 0 6 9 ? *)", "2026-01-01T00:00:00Z", 1), ["2027-09-06 00:30 -03 = 09-06 03:30Z"]);
}

#[test]
fn seoul_has_no_changes() {
    // The European and American change days are ordinary days in Seoul.
    let seoul = runs("cron(30 2 * * ? *)", "Asia/Seoul", "2026-03-06T00:00:00Z", 3);
    assert_eq!(
        seoul,
        [
            "2026-03-07 02:30 KST = 03-06 17:30Z",
            "2026-03-08 02:30 KST = 03-07 17:30Z",
            "2026-03-09 02:30 KST = 03-08 17:30Z"
        ]
    );
}

/// Every run of a daily schedule at `hh:30` in 2026, local time.
fn daily_in_2026(zone: &str, hour: u32) -> Vec<jiff::Zoned> {
    let text = format!("cron(30 {hour} * * ? 2026)");
    let tz = TimeZone::get(zone).unwrap_or_else(|e| panic!("{zone}: {e}"));
    let after: Timestamp = "2025-12-30T00:00:00Z".parse().unwrap_or_else(|e| panic!("{e}"));
    let schedule = parse(&text, Dialect::Scheduler).unwrap_or_else(|e| panic!("{text}: {e}"));
    schedule.next_runs(after, &tz, 400).into_iter().map(|t| t.to_zoned(tz.clone())).collect()
}

#[test]
fn a_daily_time_runs_every_day_of_the_year_but_the_one_that_skips_it() {
    // (zone, the hour the spring change skips, the day it skips).
    let zones = [
        ("America/Los_Angeles", Some((2, "2026-03-08"))),
        ("Europe/Berlin", Some((2, "2026-03-29"))),
        ("Europe/London", Some((1, "2026-03-29"))),
        ("Australia/Sydney", Some((2, "2026-10-04"))),
        ("America/Santiago", Some((0, "2026-09-06"))),
        ("Asia/Seoul", None),
    ];
    for (zone, skipped) in zones {
        for hour in 0..24 {
            let runs = daily_in_2026(zone, hour);
            let missing: Vec<String> = match skipped {
                Some((h, day)) if h == hour => vec![day.to_owned()],
                _ => vec![],
            };
            let days: Vec<String> = runs.iter().map(|z| z.date().to_string()).collect();
            let all_days: Vec<String> = (0..365)
                .map(|n| (jiff::civil::date(2026, 1, 1) + jiff::Span::new().days(n)).to_string())
                .filter(|d| !missing.contains(d))
                .collect();
            assert_eq!(days, all_days, "{zone} at {hour}:30: one run a day, except {missing:?}");
            for z in &runs {
                assert_eq!((z.hour(), z.minute()), (i8::try_from(hour).unwrap_or(0), 30), "{zone}: {z}");
            }
        }
    }
}

#[test]
fn a_rate_of_one_day_stays_24_hours_across_the_changes() {
    let day = SignedDuration::from_hours(24);
    for (zone, start, local_before, local_after) in [
        // Noon PST before the spring change is 13:00 PDT after it.
        ("America/Los_Angeles", "2026-03-06T20:00:00Z", "12:00 PST", "13:00 PDT"),
        ("America/Los_Angeles", "2026-10-30T19:00:00Z", "12:00 PDT", "11:00 PST"),
        ("Europe/Berlin", "2026-03-27T11:00:00Z", "12:00 CET", "13:00 CEST"),
        ("Australia/Sydney", "2026-04-03T01:00:00Z", "12:00 AEDT", "11:00 AEST"),
        ("Australia/Sydney", "2026-10-02T02:00:00Z", "12:00 AEST", "13:00 AEDT"),
        ("America/Santiago", "2026-09-04T16:00:00Z", "12:00 -04", "13:00 -03"),
        ("Asia/Seoul", "2026-03-06T03:00:00Z", "12:00 KST", "12:00 KST"),
    ] {
        let tz = TimeZone::get(zone).unwrap_or_else(|e| panic!("{zone}: {e}"));
        let start: Timestamp = start.parse().unwrap_or_else(|e| panic!("{e}"));
        let schedule = parse("rate(1 day)", Dialect::Scheduler).unwrap_or_else(|e| panic!("{e}"));
        let runs = schedule.next_runs(start, &tz, 5);
        assert_eq!(runs.len(), 5);
        let mut previous = start;
        for run in &runs {
            assert_eq!(run.duration_since(previous), day, "{zone}: {run}");
            previous = *run;
        }
        let local = |t: &Timestamp| t.to_zoned(tz.clone()).strftime("%H:%M %Z").to_string();
        assert_eq!(local(&runs[0]), local_before, "{zone}: the first run");
        assert_eq!(local(&runs[4]), local_after, "{zone}: the fifth run, after the change");
    }
}
