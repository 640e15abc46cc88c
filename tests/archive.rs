//! Archives of events: JSON Lines files of any size load on a thread with
//! progress and can be cancelled; their verdicts are worked out on threads
//! and agree with the matcher; they are tested against but not saved with
//! the rule (a file of a few events is, as before); `rulecraft open` sorts
//! a rule file from event files.

#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use clap::Parser as _;
use rulecraft::app::state::{EventOrigin, EventVerdict};
use rulecraft::app::{AppState, Command, DesignerCommand, EventsCommand, OpenFiles};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-archive-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// `n` EC2 state-change events, one per line, in three states; every 97th
/// line is broken.
fn archive(path: &std::path::Path, n: usize) {
    let states = ["running", "stopped", "pending"];
    let mut text = String::new();
    for i in 0..n {
        if i % 97 == 96 {
            text.push_str("{\"source\": \"aws.ec2\", \n");
            continue;
        }
        write!(
            text,
            r#"{{"version": "0", "id": "{i}", "source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "account": "123456789012", "region": "eu-west-1", "detail": {{"instance-id": "i-{i:08x}", "state": "{}"}}}}"#,
            states[i % 3]
        )
        .expect("written");
        text.push('\n');
    }
    std::fs::write(path, text).expect("written");
}

/// Refreshes until loading and matching are done (a guard against a hang
/// only: minutes, not a speed test).
fn settle(state: &mut AppState) {
    let started = Instant::now();
    loop {
        state.refresh();
        if state.events.loading.is_none() && state.analysis().matching().is_none() {
            return;
        }
        assert!(started.elapsed() < Duration::from_mins(5), "the work never finished");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// What the matcher says of every event, on this thread.
fn expected_verdicts(state: &AppState) -> Vec<EventVerdict> {
    let Ok(pattern) = rulecraft::Pattern::parse(&state.designer.pattern_text) else { panic!("valid pattern") };
    let mut matcher = rulecraft::EventMatcher::new(&pattern);
    state
        .events
        .events
        .iter()
        .map(|e| match matcher.matches(&e.text) {
            Ok(true) => EventVerdict::Matched,
            Ok(false) => EventVerdict::NotMatched,
            Err(_) => EventVerdict::Unreadable(rulecraft::app::state::Unreadable {
                line: 0,
                column: 0,
                message: String::new(),
            }),
        })
        .collect()
}

fn same_verdicts(got: &[EventVerdict], want: &[EventVerdict]) -> bool {
    got.len() == want.len()
        && got.iter().zip(want).all(|(g, w)| match (g, w) {
            (EventVerdict::Unreadable(_), EventVerdict::Unreadable(_)) => true,
            _ => g == w,
        })
}

#[test]
fn an_archive_loads_on_a_thread_and_every_verdict_agrees_with_the_matcher() {
    let dir = scratch("threads");
    let path = dir.join("bus.jsonl");
    archive(&path, 30_000);
    let mut state = AppState::default();
    state.work_in_background(Arc::new(|| {}));
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![path])));
    assert!(state.events.loading.is_some(), "loading runs on a thread");
    settle(&mut state);
    let archived = state.events.events.iter().filter(|e| e.origin == EventOrigin::Archive).count();
    assert_eq!(archived, 30_000, "every line is an event");
    assert_eq!(
        state.notice_text().as_deref(),
        Some("Loaded 30000 events from the archive (tested against, not saved with the rule)")
    );
    let verdicts = &state.analysis().verdicts;
    assert!(same_verdicts(verdicts, &expected_verdicts(&state)));
    let unreadable = verdicts.iter().filter(|v| matches!(v, EventVerdict::Unreadable(_))).count();
    assert_eq!(unreadable, 30_000 / 97, "each broken line is an event that says why it is unreadable");
    // A keystroke: the verdicts are worked out again, on threads.
    state.designer.pattern_text = state.designer.pattern_text.replace("\"running\", ", "");
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 1.0 }));
    settle(&mut state);
    let verdicts = &state.analysis().verdicts;
    assert!(same_verdicts(verdicts, &expected_verdicts(&state)));
    let matched = verdicts.iter().filter(|v| **v == EventVerdict::Matched).count();
    assert!(matched > 9000, "a third of the archive is stopped: {matched}");
    // The list is filtered once per change, not per frame, and finds lines.
    state.events.filter = "bus.jsonl:2999".into();
    state.handle(Command::Events(EventsCommand::FilterEdited));
    assert_eq!(state.listed_events().len(), 11, "bus.jsonl:2999 and :29990 to :29999 (less the broken one)");
}

#[test]
fn loading_can_be_cancelled_and_what_was_read_stays_consistent() {
    let dir = scratch("cancel");
    let path = dir.join("big.jsonl");
    archive(&path, 60_000);
    let mut state = AppState::default();
    state.work_in_background(Arc::new(|| {}));
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![path])));
    state.handle(Command::Events(EventsCommand::CancelLoading));
    assert!(state.events.loading.is_none(), "cancelled at once");
    assert!(state.notice_text().is_some_and(|n| n.starts_with("Loading cancelled after")));
    settle(&mut state);
    assert!(state.events.events.len() <= 326 + 60_000);
    assert!(same_verdicts(&state.analysis().verdicts, &expected_verdicts(&state)));
}

#[test]
fn an_archive_is_not_saved_with_the_rule_but_a_few_events_are() {
    let dir = scratch("kept");
    let big = dir.join("archive.jsonl");
    archive(&big, 150);
    let few = dir.join("few.jsonl");
    archive(&few, 3);
    let mut state = AppState::default();
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![few])));
    let own = state.events.events.iter().filter(|e| e.origin == EventOrigin::Own).count();
    assert_eq!(own, 3, "a file of a few events is kept with the rule, as before");
    assert_eq!(state.notice_text().as_deref(), Some("Added 3 events"));
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![big])));
    let archived: Vec<usize> =
        (0..state.events.events.len()).filter(|&i| state.events.events[i].origin == EventOrigin::Archive).collect();
    assert_eq!(archived.len(), 150);
    assert_eq!(state.document().events.len(), 3, "the archive is not written into the rule file");
    assert!(!state.window_title().contains("archive"));
    // One archive event can be kept with the rule.
    state.handle(Command::Events(EventsCommand::KeepWithRule(archived[0])));
    assert_eq!(state.document().events.len(), 4);
    assert!(state.window_title().starts_with('*'), "keeping it is a change to the rule");
}

#[test]
fn open_sorts_a_rule_file_from_event_files() {
    let dir = scratch("open");
    let rule = dir.join("watcher.rulecraft.json");
    let mut state = AppState::default();
    state.handle(Command::Document(rulecraft::app::DocumentCommand::SaveRuleTo { path: rule.clone(), then: None }));
    let events = dir.join("bus.jsonl");
    archive(&events, 5);
    let single = dir.join("one.json");
    std::fs::write(&single, r#"{"source": "aws.ec2", "detail": {"state": "running"}}"#).expect("written");
    let open = OpenFiles::from_paths(vec![events.clone(), rule.clone(), single.clone()]);
    assert_eq!(open, OpenFiles { rule: Some(rule.clone()), events: vec![events.clone(), single.clone()] });
    let only_events = OpenFiles::from_paths(vec![single.clone()]);
    assert_eq!(only_events.rule, None, "an event is never taken for a pattern");
    // The command line takes the same list.
    let cli = rulecraft::cli::Cli::try_parse_from(["rulecraft", "open", "watcher.rulecraft.json", "bus.jsonl"]);
    assert!(
        matches!(cli, Ok(rulecraft::cli::Cli { command: Some(rulecraft::cli::Command::Open { ref files }) }) if files.len() == 2)
    );
}
