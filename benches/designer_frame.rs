//! Whole frames of the designer, headless (egui layout and the app's work,
//! no GPU): after a keystroke in the pattern, and idle, with a 256 KB event
//! (EventBridge's largest) selected and all 326 samples loaded.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use rulecraft::app::{AppState, Command, install_fonts, workspace_ui};

fn big_event() -> String {
    let items: Vec<String> = (0..3650)
        .map(|i| format!(r#"{{"k{i}": "value number {i} padded out to a hundred bytes or so...."}}"#))
        .collect();
    format!(
        r#"{{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {{"state": "running", "items": [{}]}}}}"#,
        items.join(",\n")
    )
}

fn frames(c: &mut Criterion) {
    let mut state = AppState::default();
    state.handle(Command::AddOwnEvent { name: "big".into(), text: big_event() });
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, state: &mut AppState| workspace_ui(ui, state), state);
    h.run();
    let mut typed = false;
    let mut at = 0.0;
    c.bench_function("frame after a keystroke (256 KB event selected)", |b| {
        b.iter(|| {
            let state = h.state_mut();
            state.pattern_text = if typed {
                state.pattern_text.replacen("[ \"", "[\"", 1)
            } else {
                state.pattern_text.replacen("[\"", "[ \"", 1)
            };
            typed = !typed;
            at += 0.1;
            state.handle(Command::PatternEdited { at_secs: at });
            h.step();
        });
    });
    c.bench_function("idle frame (256 KB event selected)", |b| b.iter(|| h.step()));
}

criterion_group!(benches, frames);
criterion_main!(benches);
