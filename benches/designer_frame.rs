//! Whole frames of the designer, headless: egui layout, the app's work and
//! tessellation (what the GPU is handed), no GPU. A 256 KB event
//! (EventBridge's largest) is selected and all 326 samples are loaded.
//! The window builds its accessibility tree only when a screen reader asks
//! for it, so frames are measured without it, and once with it.

use criterion::{Criterion, criterion_group, criterion_main};
#[path = "support/events.rs"]
mod events;

use rulecraft::app::{AppState, Command, DesignerCommand, EventsCommand, setup_context, workspace_ui};

fn big_event() -> String {
    let items: Vec<String> = (0..3650)
        .map(|i| format!(r#"{{"k{i}": "value number {i} padded out to a hundred bytes or so...."}}"#))
        .collect();
    format!(
        r#"{{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {{"state": "running", "items": [{}]}}}}"#,
        items.join(",\n")
    )
}

/// Runs one frame of 1440×900 points and tessellates it.
fn frame(ctx: &egui::Context, state: &mut AppState) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1440.0, 900.0))),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| workspace_ui(ui, state));
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn keystroke(state: &mut AppState, typed: &mut bool, at: &mut f64) {
    state.designer.pattern_text = if *typed {
        state.designer.pattern_text.replacen("[ \"", "[\"", 1)
    } else {
        state.designer.pattern_text.replacen("[\"", "[ \"", 1)
    };
    *typed = !*typed;
    *at += 0.1;
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: *at }));
}

fn frames(c: &mut Criterion) {
    let ctx = egui::Context::default();
    setup_context(&ctx);
    let mut state = AppState::default();
    state.handle(Command::Events(EventsCommand::AddOwnEvent { name: "big".into(), text: big_event() }));
    for _ in 0..3 {
        frame(&ctx, &mut state);
    }
    let (mut typed, mut at) = (false, 0.0);
    c.bench_function("frame after a keystroke (256 KB event selected)", |b| {
        b.iter(|| {
            keystroke(&mut state, &mut typed, &mut at);
            frame(&ctx, &mut state)
        });
    });
    c.bench_function("idle frame (256 KB event selected)", |b| b.iter(|| frame(&ctx, &mut state)));
    ctx.enable_accesskit();
    c.bench_function("idle frame with a screen reader (256 KB event selected)", |b| b.iter(|| frame(&ctx, &mut state)));
    // A typical selection: a bundled sample.
    let sample = state.events.events.iter().position(|e| e.name.contains("State-change-Notification--running"));
    state.handle(Command::Events(EventsCommand::Select(sample)));
    let ctx = egui::Context::default();
    setup_context(&ctx);
    frame(&ctx, &mut state);
    c.bench_function("frame after a keystroke (sample selected)", |b| {
        b.iter(|| {
            keystroke(&mut state, &mut typed, &mut at);
            frame(&ctx, &mut state)
        });
    });
    archive_frames(c, &mut typed, &mut at);
    targets_frames(c);
    import_frames(c);
}

/// Frames of the list of rules read out of infrastructure code: a
/// Terraform file of 3,000 rules, each with a target.
fn import_frames(c: &mut Criterion) {
    use rulecraft::app::DocumentCommand;
    use std::fmt::Write as _;
    let path = std::env::temp_dir().join(format!("rulecraft-bench-frames-{}.tf", std::process::id()));
    let mut text = String::new();
    for i in 0..3000 {
        let _ = write!(
            text,
            "resource \"aws_cloudwatch_event_rule\" \"r{i}\" {{\n  name = \"rule-{i}\"\n  event_pattern = jsonencode({{ source = [\"app.{i}\"], \"detail-type\" = [\"Order Placed\"], detail = {{ amount = [{{ numeric = [\">\", {i}] }}] }} }})\n}}\n\nresource \"aws_cloudwatch_event_target\" \"t{i}\" {{\n  rule = aws_cloudwatch_event_rule.r{i}.name\n  arn  = \"arn:aws:sqs:us-east-1:123456789012:queue-{i}\"\n}}\n\n"
        );
    }
    std::fs::write(&path, text).ok();
    let mut state = AppState::default();
    state.work_in_background(std::sync::Arc::new(|| {}));
    state.handle(Command::Document(DocumentCommand::OpenNow(path.clone())));
    while state.import.is_loading() {
        std::thread::sleep(std::time::Duration::from_millis(1));
        state.refresh();
    }
    assert_eq!(state.import.rules().count(), 3000, "the file's rules are listed");
    let ctx = egui::Context::default();
    setup_context(&ctx);
    for _ in 0..3 {
        frame(&ctx, &mut state);
    }
    c.bench_function("idle frame (3,000 rules read from Terraform listed)", |b| b.iter(|| frame(&ctx, &mut state)));
    std::fs::remove_file(&path).ok();
}

/// Frames of the Targets mode: an input transformer, the 256 KB event
/// selected (its first 1,500 fields listed), all 326 samples surveyed.
fn targets_frames(c: &mut Criterion) {
    use rulecraft::app::{Mode, TargetEdit, TargetsCommand, WindowCommand};
    use rulecraft::target::InputChoice;
    let mut state = AppState::new(r#"{"source": ["aws.ec2"]}"#, &[]);
    state.handle(Command::Events(EventsCommand::AddOwnEvent { name: "big".into(), text: big_event() }));
    state.handle(Command::Window(WindowCommand::SetMode(Mode::Targets)));
    state.handle(Command::Targets(TargetsCommand::Add));
    let edit = |state: &mut AppState, edit: TargetEdit| state.handle(Command::Targets(TargetsCommand::Edit(edit)));
    edit(&mut state, TargetEdit::Input(InputChoice::Transformer));
    edit(&mut state, TargetEdit::AddPath { key: "state".into(), path: "$.detail.state".into() });
    edit(&mut state, TargetEdit::AddPath { key: "items".into(), path: "$.detail.items".into() });
    let ctx = egui::Context::default();
    setup_context(&ctx);
    for _ in 0..3 {
        frame(&ctx, &mut state);
    }
    let mut flip = false;
    c.bench_function("Targets mode: frame after a template edit (256 KB event selected)", |b| {
        b.iter(|| {
            flip = !flip;
            let template = if flip { r#"{"s": <state>, "n": <items>}"# } else { r#"{"s": "<state>", "n": <items>}"# };
            edit(&mut state, TargetEdit::Template(template.into()));
            frame(&ctx, &mut state)
        });
    });
    c.bench_function("Targets mode: idle frame (256 KB event selected)", |b| b.iter(|| frame(&ctx, &mut state)));
}

/// Frames with an archive of 100,000 events loaded: the list is
/// virtualised, matching runs on threads, so a frame stays short.
fn archive_frames(c: &mut Criterion, typed: &mut bool, at: &mut f64) {
    let path = std::env::temp_dir().join(format!("rulecraft-bench-frames-{}.jsonl", std::process::id()));
    let text: String = (0..100_000).map(|i| events::event(i) + "\n").collect();
    std::fs::write(&path, text).ok();
    let mut state = AppState::default();
    state.work_in_background(std::sync::Arc::new(|| {}));
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![path.clone()])));
    while state.events.loading.is_some() || state.analysis().matching().is_some() {
        std::thread::sleep(std::time::Duration::from_millis(1));
        state.refresh();
    }
    let ctx = egui::Context::default();
    setup_context(&ctx);
    for _ in 0..3 {
        frame(&ctx, &mut state);
    }
    c.bench_function("idle frame (100,000 events loaded)", |b| b.iter(|| frame(&ctx, &mut state)));
    c.bench_function("frame after a keystroke (100,000 events, judged on threads)", |b| {
        b.iter(|| {
            keystroke(&mut state, typed, at);
            frame(&ctx, &mut state)
        });
    });
    std::fs::remove_file(&path).ok();
}

criterion_group!(benches, frames);
criterion_main!(benches);
