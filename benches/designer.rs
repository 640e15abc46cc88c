//! The designer's cost per keystroke, over the app state (no window): the
//! pattern is re-validated, every loaded event (326 samples) re-matched and
//! the selected event re-explained. Target (issue 5): at most 8 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use rulecraft::app::{AppState, Command, DesignerCommand, EventsCommand};
use std::hint::black_box;

/// Types a space inside the pattern, or deletes it again: one keystroke.
fn keystroke_on(state: &mut AppState, typed: &mut bool, at: &mut f64) -> usize {
    state.designer.pattern_text = if *typed {
        state.designer.pattern_text.replacen("[ \"", "[\"", 1)
    } else {
        state.designer.pattern_text.replacen("[\"", "[ \"", 1)
    };
    *typed = !*typed;
    *at += 0.1;
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: *at }));
    state.analysis().verdicts.len()
}

fn keystroke(c: &mut Criterion) {
    let mut state = AppState::default();
    let mut at = 0.0;
    let mut typed = false;
    c.bench_function("keystroke: validate, match 326 events, explain one", |b| {
        b.iter(|| black_box(keystroke_on(&mut state, &mut typed, &mut at)));
    });
    // A 256 KB event (EventBridge's largest) selected while typing.
    let big_detail: Vec<String> = (0..3650)
        .map(|i| format!(r#"{{"k{i}": "value number {i} padded out to a hundred bytes or so...."}}"#))
        .collect();
    let big = format!(
        r#"{{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {{"state": "running", "items": [{}]}}}}"#,
        big_detail.join(",")
    );
    let mut state = AppState::default();
    state.handle(Command::Events(EventsCommand::AddOwnEvent { name: "big".into(), text: big.clone() }));
    eprintln!("big event: {} bytes", big.len());
    c.bench_function("keystroke with a 256 KB event selected", |b| {
        b.iter(|| black_box(keystroke_on(&mut state, &mut typed, &mut at)));
    });
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
