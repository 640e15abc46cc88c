//! The pseudo-locale sweep: with every message wrapped in « », the window
//! is walked through every mode, menu, dialog and panel state, and every
//! piece of visible text must either carry the marks or be data (the
//! catalog, event names, JSON, values, format names). Text that shows
//! without marks was written into the code instead of the message files.
//! Its own test binary: the language is global, and other tests pin English.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable, by};
use rulecraft::app::i18n::{Language, set_language};
use rulecraft::app::{
    Action, AppState, Command, DesignerCommand, DocumentCommand, EventsCommand, ScheduleCommand, TargetEdit,
    TargetsCommand,
};
use rulecraft::target::InputChoice;
use std::collections::HashSet;

mod common;

/// Text that is data, not UI text: the catalog, the samples, the formats.
fn data() -> HashSet<String> {
    let mut data = HashSet::new();
    for service in &rulecraft::catalog::catalog().services {
        data.insert(format!("{}  ({})", service.name, service.source));
        for detail_type in &service.detail_types {
            data.insert(detail_type.name.clone());
            for field in &detail_type.fields {
                data.insert(field.path.clone());
                data.extend(field.documented.iter().cloned());
                data.extend(field.observed_only.iter().cloned());
                data.extend(field.suggested.iter().cloned());
            }
        }
    }
    for sample in rulecraft::samples::all() {
        data.insert(sample.file.trim_end_matches(".json").to_owned());
    }
    for format in rulecraft::export::Format::ALL {
        data.insert(format.title().to_owned());
    }
    data
}

/// egui's own names for its window and panel handles: read to screen
/// readers, never drawn (egui has no message layer of its own for them).
const EGUI_OWN: [&str; 3] = ["Resize panel", "Close window", "Hide"];

/// Whether a visible text is allowed: marked, data, or a value/JSON/number.
fn allowed(text: &str, data: &HashSet<String>) -> bool {
    let text = text.trim();
    text.is_empty()
        || EGUI_OWN.contains(&text)
        || text.starts_with("Resize window ")
        || text.contains('«')
        || data.contains(text)
        || text.starts_with(['{', '"', '['])
        || text.chars().all(|c| !c.is_alphabetic())
        || matches!(text, "true" | "false" | "null")
        || text.split_once(':').is_some_and(|(file, line)| {
            std::path::Path::new(file).extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
                && line.chars().all(|c| c.is_ascii_digit())
        })
}

/// Every label on screen that is neither marked nor data.
fn unmarked(h: &Harness<'static, AppState>, data: &HashSet<String>, place: &str) -> Vec<String> {
    h.query_all(by())
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| !allowed(label, data))
        .map(|label| format!("{place}: {label:?}"))
        .collect()
}

#[test]
fn every_visible_text_comes_from_the_message_files() {
    set_language(Language::Pseudo);
    let data = data();
    let dir = std::env::temp_dir().join(format!("rulecraft-pseudo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch");
    let archive = dir.join("bus.jsonl");
    let mut lines = String::new();
    for i in 0..120 {
        lines.push_str(
            r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "s"#,
        );
        lines.push_str(&i.to_string());
        lines.push_str("\"}}\n");
    }
    std::fs::write(&archive, lines).expect("written");

    let own = r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "Running"}}"#;
    let mut state = AppState::new(
        &rulecraft::form::Form { source: Some("aws.ec2".into()), ..Default::default() }.pattern_text(),
        &[("mine", own), ("broken", "{")],
    );
    state.handle(Command::Designer(DesignerCommand::ToggleDetailType("EC2 Instance State-change Notification".into())));
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![archive])));
    let mut h = common::harness(state);
    let mut found = unmarked(&h, &data, "designer");

    for menu in ["«File»", "«Edit»", "«View»", "«Events»", "«Help»"] {
        // The first: the menu bar is drawn before the panels ("Events" is also a heading).
        h.get_all_by_label(menu).next().expect("the menu").click();
        h.run();
        found.extend(unmarked(&h, &data, menu));
        h.key_press(Key::Escape);
        h.run();
    }
    h.get_by_label("«Export…»").click();
    h.run();
    found.extend(unmarked(&h, &data, "export dialog"));
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("«About samples…»").click();
    h.run();
    found.extend(unmarked(&h, &data, "about"));
    h.state_mut().handle(Command::Window(rulecraft::app::WindowCommand::ShowAbout(false)));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    found.extend(unmarked(&h, &data, "palette"));
    h.key_press(Key::Escape);
    h.run();

    // Each kind of event selected: own (with its expectation), unreadable, archive, sample.
    let names: Vec<(usize, String)> =
        h.state().events.events.iter().enumerate().map(|(i, e)| (i, e.name.clone())).collect();
    for wanted in ["mine", "broken", "bus.jsonl:1", "aws.ec2--EC2-Instance-State-change-Notification--running"] {
        let index = names.iter().find(|(_, n)| n == wanted).map(|(i, _)| *i);
        h.state_mut().handle(Command::Events(EventsCommand::Select(index)));
        h.run();
        found.extend(unmarked(&h, &data, wanted));
    }

    found.extend(targets_walk(&mut h, &data, &names));
    found.extend(schedule_walk(&mut h, &data));

    // A pattern the form cannot show, then an invalid one (AWS's message with a hint).
    h.state_mut().designer.pattern_text =
        r#"{"$or": [{"a": [{"prefix": "x"}]}, {"b": [{"numeric": [">", 1, "<", 5]}]}]}"#.into();
    h.state_mut().handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 1.0 }));
    h.run();
    found.extend(unmarked(&h, &data, "form cannot show"));
    common::replace_text(&mut h, "«Pattern»", "{\"source\": \"aws.ec2\"}");
    assert!(h.state().analysis().pattern.is_err(), "typed into the editor");
    found.extend(unmarked(&h, &data, "invalid pattern"));

    // The questions: unsaved changes, and a file that cannot be opened.
    h.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::New)));
    h.run();
    found.extend(unmarked(&h, &data, "save changes?"));
    h.state_mut().handle(Command::Document(DocumentCommand::Answer(rulecraft::app::Answer::DontSave)));
    h.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::Open(dir.join("missing.json")))));
    h.run();
    found.extend(unmarked(&h, &data, "alert"));
    h.state_mut().handle(Command::Document(DocumentCommand::DismissAlert));

    // Work a crashed window left behind, offered back.
    let store = rulecraft::recovery::RecoveryStore::new(dir.join("recovery"));
    let mut crashed = AppState::default();
    crashed.attach_recovery(&store);
    crashed.designer.pattern_text = r#"{"source": ["crashed"]}"#.into();
    crashed.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 1.0 }));
    crashed.autosave(5.0);
    drop(crashed);
    let mut fresh = AppState::default();
    fresh.attach_recovery(&store);
    let mut h = common::harness(fresh);
    assert!(h.query_by_label("«Recover unsaved work?»").is_some(), "the offer is up");
    found.extend(unmarked(&h, &data, "recovery"));
    h.run();
    set_language(Language::English);
    assert!(found.is_empty(), "text that skipped the message layer:\n{}", found.join("\n"));
}

/// The Targets mode: a transformer with problems of every place, the running sample selected,
/// then a part of the event and an invalid constant. Ids, paths and event members are data.
fn targets_walk(h: &mut Harness<'static, AppState>, data: &HashSet<String>, names: &[(usize, String)]) -> Vec<String> {
    let mut found = Vec::new();
    let mut target_data = data.clone();
    target_data.extend(["target-1", "mine", "broken"].map(str::to_owned));
    target_data.extend(rulecraft::target::RESERVED.iter().map(|name| format!("<{name}>")));
    let sample = rulecraft::samples::all().iter().find(|s| s.file.contains("State-change-Notification--running"));
    if let Some(Ok(tree)) = sample.map(|s| rulecraft::json::parse(s.text)) {
        for row in rulecraft::target::path::rows(&tree, 500) {
            target_data.insert(format!("{}:", row.label));
        }
    }
    h.state_mut().handle(Command::Window(rulecraft::app::WindowCommand::SetMode(rulecraft::app::Mode::Targets)));
    h.run();
    found.extend(unmarked(h, &target_data, "targets, none yet"));
    let edit = |h: &mut Harness<'static, AppState>, edit: TargetEdit| {
        h.state_mut().handle(Command::Targets(TargetsCommand::Edit(edit)));
    };
    h.state_mut().handle(Command::Targets(TargetsCommand::Add));
    h.state_mut().handle(Command::Targets(TargetsCommand::Add));
    h.state_mut().handle(Command::Targets(TargetsCommand::Select(0)));
    edit(h, TargetEdit::Arn("arn:aws:lambda:us-east-1:1:function:f".into()));
    edit(h, TargetEdit::Input(InputChoice::Transformer));
    edit(h, TargetEdit::AddPath { key: "state".into(), path: "$.detail.state".into() });
    edit(h, TargetEdit::AddPath { key: "detail".into(), path: "$.detail".into() });
    edit(h, TargetEdit::AddPath { key: "AWSx".into(), path: "detail".into() });
    edit(h, TargetEdit::Template(r#"{"s": "<detail>", "<state>": <nothing>}"#.into()));
    let running = names.iter().find(|(_, n)| n.ends_with("State-change-Notification--running")).map(|(i, _)| *i);
    h.state_mut().handle(Command::Events(EventsCommand::Select(running)));
    h.run();
    found.extend(unmarked(h, &target_data, "targets, a transformer with problems"));
    edit(h, TargetEdit::Template(r#"{"s": "<detail>"}"#.into()));
    h.run();
    found.extend(unmarked(h, &target_data, "targets, a dropped event"));
    edit(h, TargetEdit::Input(InputChoice::Part));
    edit(h, TargetEdit::InputPath("$.detail[x]".into()));
    h.run();
    found.extend(unmarked(h, &target_data, "targets, part of the event"));
    edit(h, TargetEdit::Input(InputChoice::Constant));
    edit(h, TargetEdit::Constant("{'a': 1}".into()));
    h.run();
    found.extend(unmarked(h, &target_data, "targets, a constant"));
    h.state_mut().handle(Command::Window(rulecraft::app::WindowCommand::SetMode(rulecraft::app::Mode::Design)));
    h.run();
    found
}

/// The Schedule mode: off, a weekday builder, the nth-weekday builder, an invalid expression,
/// Scheduler with an unknown zone. Times, zones and expressions are data.
fn schedule_walk(h: &mut Harness<'static, AppState>, data: &HashSet<String>) -> Vec<String> {
    use rulecraft::schedule::builder::{Built, Shape};
    let mut found = Vec::new();
    let send = |h: &mut Harness<'static, AppState>, command: ScheduleCommand| {
        h.state_mut().handle(Command::Schedule(command));
        h.run();
    };
    let allowed = |h: &Harness<'static, AppState>| {
        let mut data = data.clone();
        for run in h.state().schedule.runs() {
            data.insert(run.utc.clone());
        }
        data.insert(h.state().schedule.display_zone.clone());
        data
    };
    h.state_mut().handle(Command::Window(rulecraft::app::WindowCommand::SetMode(rulecraft::app::Mode::Schedule)));
    h.run();
    found.extend(unmarked(h, &allowed(h), "schedule, off"));
    send(h, ScheduleCommand::Enable(true));
    found.extend(unmarked(h, &allowed(h), "schedule, daily"));
    let nth = Built { shape: Shape::NthWeekday { nth: 3, weekday: 7, hour: 2, minute: 0 }, ..Built::default() };
    send(h, ScheduleCommand::Build(nth));
    found.extend(unmarked(h, &allowed(h), "schedule, nth weekday"));
    send(h, ScheduleCommand::ExpressionEdited("rate(1 minutes)".into()));
    found.extend(unmarked(h, &allowed(h), "schedule, invalid"));
    send(h, ScheduleCommand::Dialect(rulecraft::schedule::Dialect::Scheduler));
    send(h, ScheduleCommand::Timezone("Mars/Olympus".into()));
    send(h, ScheduleCommand::ExpressionEdited("cron(0/5 9-17 ? * MON-FRI *)".into()));
    found.extend(unmarked(h, &allowed(h), "schedule, scheduler"));
    send(h, ScheduleCommand::Enable(false));
    h.state_mut().handle(Command::Window(rulecraft::app::WindowCommand::SetMode(rulecraft::app::Mode::Design)));
    h.run();
    found
}
