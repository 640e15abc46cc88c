//! Next runs of cron schedules checked against an independent
//! implementation: beemhq's `aws-cron-parser` for Node.js (pinned in
//! `scripts/schedule-oracle/package-lock.json`, installed by
//! `scripts/schedule-oracle/install.sh`, which `scripts/test.sh` runs).
//!
//! Thousands of random valid AWS cron expressions (a seeded generator, the
//! same every run) go to `scripts/schedule-oracle/oracle.cjs` in one call
//! (JSON Lines): first as rules read them (UTC), after a few start instants;
//! then as EventBridge Scheduler reads them in six zones, starting just
//! before each 2026 daylight-saving change. In a zone the library walks the
//! wall clock and Node's own time-zone data (ICU) turns each wall-clock time
//! into an instant with Scheduler's rules (a skipped time does not run, a
//! repeated one runs once, the first time), so neither jiff nor the system's
//! tzdata is on the other side. Every disagreement is listed (expression,
//! start, ours, theirs) before the test fails.
//!
//! What the generator leaves out, because the library reads it otherwise
//! or not at all (each checked by hand in `src/schedule/tests.rs` or
//! `tests/schedule_dst.rs` instead):
//! - `L` alone in day-of-week (AWS: the last day of the week, Saturday): the
//!   library reads it as no day at all.
//! - `LW` is not in the library's syntax: it gets `nW` on the month's last
//!   day (the same by definition: the weekday nearest the last day), so an
//!   `LW` expression names one month (and, for February, one year).
//! - `29W`-`31W`: the library throws or picks another day when the month is
//!   shorter than the day; AWS documents nothing there. `nW` is 1-28.
//! - A step inside a list (`0/15,7`): the library reads the whole field as
//!   one step. Steps are a field of their own here.
//! - Ranges that wrap (`FRI-MON`, `22-2`): the library reads them as empty.
//! - A name written twice in a field (`MON-FRI,MON`): the library respells
//!   only a name's first occurrence.
//! - A step as large as the field (`0/60`): the library refuses it.
//!
//! And two of the library's mistakes worked around, so the rest is compared:
//! - It takes the first listed value at or after the current one, so it
//!   needs lists in ascending order (`9,4,2` runs only at 9): it gets each
//!   list with its items sorted by their first value (the same set).
//! - It does not check that a day exists in the month (31 September becomes
//!   1 October): `oracle.cjs` drops such a day, checking each answer against
//!   the library's own reading of the expression, and counts the drops.
//!
//! The library throws when ten months or years in a row have no run (a
//! fifth Sunday of February, say); those cases are counted and named, not
//! compared, and must stay few.

#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use jiff::Timestamp;
use jiff::tz::TimeZone;
use rulecraft::schedule::{Dialect, Schedule, parse};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Random expressions compared in UTC (each after every start of [`STARTS`]).
const UTC_EXPRESSIONS: usize = 3000;
/// Random expressions compared in each zone of [`ZONES`].
const ZONE_EXPRESSIONS: usize = 400;
/// Runs compared for each expression and start in UTC.
const RUNS: usize = 5;
/// Runs compared for each expression and start in a zone (enough to cross
/// the change).
const ZONE_RUNS: usize = 8;
/// The generator's seed (a fixed one: the same expressions every run).
const SEED: u64 = 0x5EED_2026_C407_0001;

/// Starts in UTC: a new year, a minute before a month's end (seconds set),
/// a year's last hour, the eve of a leap day.
const STARTS: [&str; 4] =
    ["2026-01-01T00:00:00Z", "2026-02-28T23:59:30Z", "2027-12-31T23:00:00Z", "2028-02-27T12:34:56Z"];

/// Zones with their 2026 daylight-saving changes (as UTC instants); Seoul
/// has none and is checked at the American and European changes.
const ZONES: [(&str, [&str; 2]); 6] = [
    ("America/Los_Angeles", ["2026-03-08T10:00:00Z", "2026-11-01T09:00:00Z"]),
    ("Europe/Berlin", ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"]),
    ("Australia/Sydney", ["2026-04-04T16:00:00Z", "2026-10-03T16:00:00Z"]),
    ("Asia/Seoul", ["2026-03-08T10:00:00Z", "2026-10-25T01:00:00Z"]),
    ("America/Santiago", ["2026-04-05T03:00:00Z", "2026-09-06T04:00:00Z"]),
    ("Europe/London", ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"]),
];

const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/// `SplitMix64`: small, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// `lo..=hi`.
    fn between(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }

    fn percent(&mut self) -> u32 {
        self.between(0, 99)
    }
}

/// A field's value, as a number or (where the field has names, sometimes) a
/// name; a name at most once per field.
fn token(rng: &mut Rng, v: u32, low: u32, names: &[&str], written: &mut Vec<u32>) -> String {
    if !names.is_empty() && rng.percent() < 40 && !written.contains(&v) {
        written.push(v);
        names[(v - low) as usize].to_owned()
    } else {
        v.to_string()
    }
}

/// `*`, a value, a range, a list of values and ranges, or a step over `*`, a
/// value or a range (no step when `steps` is false): as we get it, and as
/// the library gets it (a list's items in ascending order).
fn plain_field(rng: &mut Rng, low: u32, high: u32, names: &[&str], steps: bool) -> (String, String) {
    let mut written = Vec::new();
    let range = |rng: &mut Rng, written: &mut Vec<u32>| {
        let a = rng.between(low, high - 1);
        let b = rng.between(a, high);
        (a, format!("{}-{}", token(rng, a, low, names, written), token(rng, b, low, names, written)))
    };
    let field = match rng.percent() {
        0..20 => "*".to_owned(),
        20..45 => {
            let v = rng.between(low, high);
            token(rng, v, low, names, &mut written)
        }
        45..60 => range(rng, &mut written).1,
        p if p < 80 || !steps => {
            let items = rng.between(2, 4);
            let mut list = Vec::new();
            for _ in 0..items {
                if rng.percent() < 70 {
                    let v = rng.between(low, high);
                    list.push((v, token(rng, v, low, names, &mut written)));
                } else {
                    list.push(range(rng, &mut written));
                }
            }
            let ours = list.iter().map(|(_, item)| item.as_str()).collect::<Vec<_>>().join(",");
            list.sort_by_key(|(first, _)| *first);
            let theirs = list.iter().map(|(_, item)| item.as_str()).collect::<Vec<_>>().join(",");
            return (ours, theirs);
        }
        _ => {
            let step = rng.between(1, (high - low).min(15));
            let base = match rng.percent() {
                0..40 => "*".to_owned(),
                40..70 => {
                    let v = rng.between(low, high);
                    token(rng, v, low, names, &mut written)
                }
                _ => range(rng, &mut written).1,
            };
            format!("{base}/{step}")
        }
    };
    (field.clone(), field)
}

fn year_field(rng: &mut Rng) -> String {
    match rng.percent() {
        0..45 => "*".to_owned(),
        45..60 => rng.between(2026, 2040).to_string(),
        60..75 => {
            let a = rng.between(2025, 2040);
            format!("{a}-{}", rng.between(a, 2045))
        }
        75..85 => {
            let a = rng.between(2026, 2032);
            format!("{a},{},{}", rng.between(a + 1, 2036), rng.between(2037, 2045))
        }
        85..95 => {
            let step = rng.between(1, 10);
            match rng.percent() {
                0..40 => format!("{}/{step}", rng.between(2020, 2030)),
                40..70 => format!("*/{step}"),
                _ => format!("{}-{}/{step}", rng.between(2020, 2027), rng.between(2030, 2060)),
            }
        }
        // Over before any start: no runs.
        _ => rng.between(2001, 2025).to_string(),
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// One random valid expression: ours (the six fields), and the six fields
/// the library gets (the same but for `LW`).
fn expression(rng: &mut Rng) -> (String, String) {
    let minute = plain_field(rng, 0, 59, &[], true);
    let hour = plain_field(rng, 0, 23, &[], true);
    let mut month = plain_field(rng, 1, 12, &MONTHS, true);
    let mut year = year_field(rng);
    let (dom, dow) = if rng.percent() < 50 {
        let dom = match rng.percent() {
            0..55 => plain_field(rng, 1, 31, &[], true),
            55..65 => ("L".to_owned(), "L".to_owned()),
            65..75 => {
                let f = format!("L-{}", rng.between(1, 30));
                (f.clone(), f)
            }
            75..90 => {
                let f = format!("{}W", rng.between(1, 28));
                (f.clone(), f)
            }
            _ => {
                // LW: one month (February in one year), whose last day the library's nW takes.
                let m = rng.between(1, 12);
                let mut written = Vec::new();
                let m_text = token(rng, m, 1, &MONTHS, &mut written);
                month = (m_text.clone(), m_text);
                let y = if m == 2 {
                    let y = rng.between(2026, 2040);
                    year = y.to_string();
                    y
                } else {
                    2026
                };
                ("LW".to_owned(), format!("{}W", days_in_month(y, m)))
            }
        };
        (dom, ("?".to_owned(), "?".to_owned()))
    } else {
        let dow = match rng.percent() {
            0..55 => plain_field(rng, 1, 7, &DAYS, false),
            55..75 => {
                let f = format!("{}L", rng.between(1, 7));
                (f.clone(), f)
            }
            _ => {
                let day = rng.between(1, 7);
                let day = if rng.percent() < 50 { DAYS[(day - 1) as usize].to_owned() } else { day.to_string() };
                let f = format!("{day}#{}", rng.between(1, 5));
                (f.clone(), f)
            }
        };
        (("?".to_owned(), "?".to_owned()), dow)
    };
    (
        format!("{} {} {} {} {} {year}", minute.0, hour.0, dom.0, month.0, dow.0),
        format!("{} {} {} {} {} {year}", minute.1, hour.1, dom.1, month.1, dow.1),
    )
}

/// One comparison.
struct Case {
    ours_text: String,
    oracle_fields: String,
    dialect: Dialect,
    zone: Option<&'static str>,
    after: Timestamp,
    count: usize,
    /// The daylight-saving change it starts before, in a zone.
    change: Option<Timestamp>,
}

fn oracle_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/schedule-oracle")
}

/// The library's answers, in order: the runs (and how many days it carried
/// over into the next month were dropped), or why it gave up.
fn ask_oracle(cases: &[Case]) -> Vec<Result<(Vec<String>, u64), String>> {
    let folder = oracle_folder();
    assert!(
        folder.join("node_modules/aws-cron-parser").exists(),
        "the schedule oracle is not installed: run scripts/schedule-oracle/install.sh (scripts/test.sh does)"
    );
    let mut input = String::new();
    for (id, case) in cases.iter().enumerate() {
        let mut line = serde_json::json!({
            "id": id,
            "cron": case.oracle_fields,
            "after": case.after.to_string(),
            "count": case.count,
        });
        if let Some(zone) = case.zone {
            line["zone"] = zone.into();
        }
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let mut child = Command::new("node")
        .arg("oracle.cjs")
        .current_dir(&folder)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run node: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("the oracle runs");
    assert!(output.status.success(), "oracle.cjs failed: {} (its messages are above)", output.status);
    writer.join().expect("writer thread").expect("input written");
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), cases.len(), "one answer per case");
    lines
        .iter()
        .enumerate()
        .map(|(id, line)| {
            let answer: serde_json::Value = serde_json::from_str(line).expect("a JSON answer line");
            assert_eq!(answer["id"], id, "answers in order");
            if answer["ok"] == true {
                let runs = answer["runs"].as_array().expect("runs");
                let runs = runs.iter().map(|r| r.as_str().expect("a run").to_owned()).collect();
                Ok((runs, answer["dropped"].as_u64().expect("dropped")))
            } else {
                Err(answer["error"].as_str().unwrap_or("failed").to_owned())
            }
        })
        .collect()
}

fn ours(case: &Case) -> Vec<String> {
    let text = format!("cron({})", case.ours_text);
    let schedule = parse(&text, case.dialect).unwrap_or_else(|e| panic!("the generator wrote {text}, refused: {e}"));
    assert!(matches!(schedule, Schedule::Cron(_)));
    let zone = case.zone.map_or(TimeZone::UTC, |z| TimeZone::get(z).expect("a known zone"));
    schedule
        .next_runs(case.after, &zone, case.count)
        .into_iter()
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .collect()
}

fn cases() -> Vec<Case> {
    let mut rng = Rng(SEED);
    let mut cases = Vec::new();
    for _ in 0..UTC_EXPRESSIONS {
        let (ours_text, oracle_fields) = expression(&mut rng);
        for start in STARTS {
            cases.push(Case {
                ours_text: ours_text.clone(),
                oracle_fields: oracle_fields.clone(),
                dialect: Dialect::Rule,
                zone: None,
                after: start.parse().expect("a start"),
                count: RUNS,
                change: None,
            });
        }
    }
    for (zone, changes) in ZONES {
        for n in 0..ZONE_EXPRESSIONS {
            // Half run every day, at random hours and minutes, to meet the change.
            let (ours_text, oracle_fields) = if n % 2 == 0 {
                let (minute, hour) = (plain_field(&mut rng, 0, 59, &[], true), plain_field(&mut rng, 0, 23, &[], true));
                (format!("{} {} * * ? *", minute.0, hour.0), format!("{} {} * * ? *", minute.1, hour.1))
            } else {
                expression(&mut rng)
            };
            for change in changes {
                let change: Timestamp = change.parse().expect("a change");
                // Just before the change, and a day before it.
                for before in [jiff::SignedDuration::from_mins(90), jiff::SignedDuration::from_hours(26)] {
                    cases.push(Case {
                        ours_text: ours_text.clone(),
                        oracle_fields: oracle_fields.clone(),
                        dialect: Dialect::Scheduler,
                        zone: Some(zone),
                        after: change - before,
                        count: ZONE_RUNS,
                        change: Some(change),
                    });
                }
            }
        }
    }
    cases
}

#[test]
fn next_runs_agree_with_an_independent_implementation() {
    let cases = cases();
    let answers = ask_oracle(&cases);
    let (mut compared, mut runs, mut dropped, mut gave_up, mut disagreements) = (0, 0, 0, Vec::new(), Vec::new());
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    // Zone cases with a run within three hours of the change.
    let mut near_changes = 0;
    for (case, answer) in cases.iter().zip(answers) {
        let ours = ours(case);
        let where_ = case.zone.unwrap_or("UTC");
        match answer {
            Err(e) => gave_up.push(format!("cron({}) after {} in {where_}: {e}", case.ours_text, case.after)),
            Ok((theirs, drops)) => {
                compared += 1;
                dropped += drops;
                if let Some(change) = case.change {
                    let near = |run: &String| {
                        let run: Timestamp = run.parse().expect("a run");
                        run.duration_since(change).abs() <= jiff::SignedDuration::from_hours(3)
                    };
                    if ours.iter().any(near) {
                        near_changes += 1;
                    }
                }
                runs += theirs.len().max(ours.len());
                if ours != theirs {
                    disagreements.push(format!(
                        "cron({}) (library: {}) after {} in {where_}:\n    ours:   {ours:?}\n    theirs: {theirs:?}",
                        case.ours_text, case.oracle_fields, case.after
                    ));
                }
                for (kind, is) in [
                    ("L", case.ours_text.contains(" L ")),
                    ("L-n", case.ours_text.contains(" L-")),
                    ("nW", case.ours_text.contains("W ") && !case.ours_text.contains("LW")),
                    ("LW", case.ours_text.contains("LW")),
                    ("nL", case.ours_text.split(' ').nth(4).is_some_and(|f| f.ends_with('L'))),
                    ("n#k", case.ours_text.contains('#')),
                    ("names", case.ours_text.chars().any(|c| c.is_ascii_uppercase() && c != 'L' && c != 'W')),
                    ("steps", case.ours_text.contains('/')),
                    ("lists", case.ours_text.contains(',')),
                    ("in a zone", case.zone.is_some()),
                ] {
                    if is {
                        *kinds.entry(kind).or_default() += 1;
                    }
                }
            }
        }
    }
    eprintln!(
        "schedule oracle: {compared} cases compared ({runs} runs; {} expressions in UTC x {} starts, {} in each of {} zones x 4 starts), {} not compared (the library gave up)",
        UTC_EXPRESSIONS,
        STARTS.len(),
        ZONE_EXPRESSIONS,
        ZONES.len(),
        gave_up.len()
    );
    eprintln!("cases compared by construct: {kinds:?}");
    eprintln!("zone cases with a run within three hours of a daylight-saving change: {near_changes}");
    eprintln!("days the library carried into the next month, dropped: {dropped}");
    for g in &gave_up {
        eprintln!("  not compared: {g}");
    }
    for d in &disagreements {
        eprintln!("DISAGREE {d}");
    }
    assert!(disagreements.is_empty(), "{} disagreements with aws-cron-parser (listed above)", disagreements.len());
    assert!(
        gave_up.len() * 50 < cases.len(),
        "the library gave up on {} of {} cases (listed above)",
        gave_up.len(),
        cases.len()
    );
    assert!(kinds.values().all(|n| *n >= 100) && kinds.len() == 10, "every construct is compared often: {kinds:?}");
    assert!(near_changes >= 1000, "only {near_changes} zone cases run near a change");
}
