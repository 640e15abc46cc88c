//! An archive of 100,000 events (about 100 MB of JSON Lines) in the
//! window's state: loading it, judging it again after a keystroke (on every
//! core), what a keystroke costs the UI thread, filtering the list, and the
//! memory the loaded events take (printed, against the file's size).
//! Targets (issue 10): verdicts of all 100,000 events back within 0.5 s of
//! the last keystroke; memory under twice the file size.

use criterion::{Criterion, criterion_group, criterion_main};
use rulecraft::app::{AppState, Command, DesignerCommand, EventsCommand};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "support/events.rs"]
mod events;

const EVENTS: usize = 100_000;

/// Refreshes until loading and matching are done.
fn settle(state: &mut AppState) {
    while state.events.loading.is_some() || state.analysis().matching().is_some() {
        std::thread::sleep(Duration::from_micros(200));
        state.refresh();
    }
}

/// Resident memory of this process, in bytes (Linux; 0 elsewhere).
fn resident_bytes() -> u64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|n| n.parse::<u64>().ok()))
        .unwrap_or(0);
    pages * 4096
}

fn keystroke(state: &mut AppState, typed: &mut bool, at: &mut f64) {
    let text = &state.designer.pattern_text;
    state.designer.pattern_text =
        if *typed { text.replacen("[ \"", "[\"", 1) } else { text.replacen("[\"", "[ \"", 1) };
    *typed = !*typed;
    *at += 0.1;
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: *at }));
}

fn archive(c: &mut Criterion) {
    let path = std::env::temp_dir().join(format!("rulecraft-bench-archive-{}.jsonl", std::process::id()));
    let mut text = String::with_capacity(EVENTS * 1100);
    for i in 0..EVENTS {
        text.push_str(&events::event(i));
        text.push('\n');
    }
    std::fs::write(&path, &text).ok();
    let file_bytes = text.len() as u64;
    drop(text);

    let before = resident_bytes();
    let mut state = AppState::default();
    state.work_in_background(Arc::new(|| {}));
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![path.clone()])));
    settle(&mut state);
    let after = resident_bytes();
    eprintln!(
        "memory: the file is {} MB; the loaded events take {} MB more resident memory ({} % of the file)",
        file_bytes >> 20,
        after.saturating_sub(before) >> 20,
        after.saturating_sub(before) * 100 / file_bytes.max(1)
    );

    let mut group = c.benchmark_group("archive of 100,000 events");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("load (reader thread) and judge (all cores)", |b| {
        b.iter(|| {
            let mut state = AppState::default();
            state.work_in_background(Arc::new(|| {}));
            state.handle(Command::Events(EventsCommand::LoadFiles(vec![path.clone()])));
            settle(&mut state);
            state.events.events.len()
        });
    });

    let (mut typed, mut at) = (false, 0.0);
    group.bench_function("keystroke until every verdict is back (all cores)", |b| {
        b.iter(|| {
            keystroke(&mut state, &mut typed, &mut at);
            settle(&mut state);
        });
    });
    group.bench_function("keystroke: time on the UI thread (matching goes to threads)", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                let started = Instant::now();
                keystroke(&mut state, &mut typed, &mut at);
                spent += started.elapsed();
                settle(&mut state);
            }
            spent
        });
    });
    group.bench_function("type in the event filter (list filtered again)", |b| {
        let mut n = 0usize;
        b.iter(|| {
            n += 1;
            state.events.filter = if n.is_multiple_of(2) { "archive".into() } else { "jsonl:9".into() };
            state.handle(Command::Events(EventsCommand::FilterEdited));
            state.listed_events().len()
        });
    });
    group.bench_function("idle refresh (every frame)", |b| b.iter(|| state.refresh()));
    group.finish();
    std::fs::remove_file(&path).ok();
}

criterion_group!(benches, archive);
criterion_main!(benches);
