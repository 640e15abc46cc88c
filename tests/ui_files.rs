//! The designer's file side, driven headlessly: saving and opening through
//! the File menu, the unsaved-changes question, broken files, crash
//! recovery, expected verdicts and the export dialog. Native dialogs are the
//! window's job; here the test answers them by sending what the dialog would.

#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rulecraft::app::{Action, AppState, Command, DesignerCommand, DialogRequest, DocumentCommand};
use std::path::PathBuf;

mod common;
use common::{harness, replace_text};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-ui-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Answers the save dialog the window asked for with `path`.
fn answer_save_dialog(h: &mut Harness<'static, AppState>, path: &std::path::Path) {
    let request = h.state_mut().file.dialog.take();
    let Some(DialogRequest::SaveRuleAs { then, .. }) = request else {
        panic!("expected a save dialog, got {request:?}")
    };
    h.state_mut().handle(Command::Document(DocumentCommand::SaveRuleTo { path: path.to_path_buf(), then }));
    h.run();
}

const EDITED: &str = r#"{"source": ["aws.ec2"], "detail": {"state": ["pending"]}}"#;

#[test]
fn saving_and_reopening_through_the_file_menu() {
    let dir = scratch("save-open");
    let path = dir.join("watcher.rulecraft.json");
    let mut h = harness(AppState::default());
    assert_eq!(h.state().window_title(), "Untitled rule — Rulecraft", "a new window has nothing unsaved");
    replace_text(&mut h, "Rule", "EC2 watcher");
    assert_eq!(h.state().window_title(), "*EC2 watcher — Rulecraft");
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Save Ctrl+S").click();
    h.run();
    assert!(
        matches!(&h.state().file.dialog, Some(DialogRequest::SaveRuleAs { suggested, .. }) if suggested == "EC2 watcher.rulecraft.json")
    );
    answer_save_dialog(&mut h, &path);
    assert_eq!(h.state().window_title(), "watcher.rulecraft.json — Rulecraft");
    let saved = std::fs::read_to_string(&path).expect("saved");
    assert!(saved.contains("\"name\": \"EC2 watcher\""), "{saved}");
    let original_pattern = h.state().designer.pattern_text.clone();

    // Ctrl+S now saves in place, without a dialog.
    replace_text(&mut h, "Description", "Watches instances");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().file.dialog.is_none());
    assert!(std::fs::read_to_string(&path).expect("saved").contains("Watches instances"));

    // Edit, then reopen the file from the recent list: the question comes first.
    replace_text(&mut h, "Pattern", EDITED);
    assert!(h.state().window_title().starts_with('*'));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open recent").click();
    h.run();
    h.get_by_label("watcher.rulecraft.json").click();
    h.run();
    assert!(h.query_by_label("Save changes?").is_some());
    assert!(
        h.query_by_label_contains("has changes that are not saved. Save them before opening another file?").is_some()
    );
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, original_pattern, "the file's pattern, as saved");
    assert_eq!(h.state().file.description, "Watches instances");
    assert_eq!(h.state().window_title(), "watcher.rulecraft.json — Rulecraft");
    assert!(h.query_by_label("Save changes?").is_none());
}

#[test]
fn unsaved_changes_are_asked_about_before_closing() {
    let dir = scratch("close");
    let mut h = harness(AppState::default());
    replace_text(&mut h, "Pattern", EDITED);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(h.query_by_label_contains("Save them before closing?").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Save changes?").is_none());
    assert!(!h.state().file.close_approved, "Cancel keeps the window open");
    assert_eq!(h.state().designer.pattern_text, EDITED, "and the work");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(!h.state().file.close_approved, "not before the save is done");
    let path = dir.join("closing.rulecraft.json");
    answer_save_dialog(&mut h, &path);
    assert!(h.state().file.close_approved, "saved, so the window may close");
    assert!(std::fs::read_to_string(&path).expect("saved").contains("pending"));

    // Nothing unsaved: closing asks nothing.
    let mut clean = harness(AppState::default());
    clean.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    clean.run();
    assert!(clean.state().file.close_approved);
}

#[test]
fn a_broken_file_is_refused_and_the_document_stays() {
    let dir = scratch("broken");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"source\": [\"aws.ec2\"\n").expect("written");
    let mut h = harness(AppState::default());
    replace_text(&mut h, "Pattern", EDITED);
    h.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::Open(broken.clone()))));
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.query_by_label("Something went wrong").is_some());
    let message = format!("Cannot open {}: it is not valid JSON (line 2, column 1: ", broken.display());
    assert!(h.query_by_label_contains(&message).is_some(), "says what and where");
    assert_eq!(h.state().designer.pattern_text, EDITED, "the current document is untouched");
    h.get_by_label("OK").click();
    h.run();
    assert!(h.query_by_label("Something went wrong").is_none());
    assert!(h.state().window_title().starts_with('*'), "still unsaved");
}

#[test]
fn a_crashed_windows_work_is_offered_back() {
    let dir = scratch("recovery");
    let store = rulecraft::recovery::RecoveryStore::new(&dir);
    let mut crashed = AppState::default();
    crashed.attach_recovery(&store);
    crashed.autosave(1.0);
    assert_eq!(std::fs::read_dir(&dir).expect("listable").count(), 1, "nothing unsaved, no snapshot (only the lock)");
    crashed.designer.pattern_text = EDITED.to_owned();
    crashed.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 1.0 }));
    crashed.autosave(2.0);
    assert_eq!(std::fs::read_dir(&dir).expect("listable").count(), 2, "the snapshot is written");
    // The window dies without closing its recovery slot.
    drop(crashed);

    let mut fresh = AppState::default();
    fresh.attach_recovery(&store);
    let mut h = harness(fresh);
    assert!(h.query_by_label("Recover unsaved work?").is_some());
    assert!(
        h.query_by_label_contains("closed unexpectedly with unsaved changes to \"Untitled rule\" (never saved)")
            .is_some()
    );
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, EDITED);
    assert!(h.state().window_title().starts_with('*'), "restored work is unsaved");
    assert!(h.query_by_label("Recover unsaved work?").is_none());
    // Quitting without the question (macOS's Cmd+Q) keeps the work for next time.
    h.state_mut().detach_recovery();
    assert_eq!(std::fs::read_dir(&dir).expect("listable").count(), 2, "snapshot and lock stay");
    // Closing after "Don't save" leaves nothing.
    h.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::Close)));
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    h.state_mut().detach_recovery();
    assert_eq!(std::fs::read_dir(&dir).expect("listable").count(), 0, "a normal close leaves nothing");
}

#[test]
fn restoring_over_unsaved_work_asks_first_and_shortcuts_wait_for_the_question() {
    let dir = scratch("restore-dirty");
    let store = rulecraft::recovery::RecoveryStore::new(&dir);
    let mut crashed = AppState::default();
    crashed.attach_recovery(&store);
    crashed.designer.pattern_text = EDITED.to_owned();
    crashed.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 1.0 }));
    crashed.autosave(2.0);
    drop(crashed);
    let mut fresh = AppState::default();
    fresh.attach_recovery(&store);
    let mut h = harness(fresh);
    // Shortcuts do nothing while the offer is up.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(h.state().file.prompt.is_none() && h.state().file.dialog.is_none());
    // Unsaved work here: restoring asks first, and Cancel keeps both.
    h.state_mut().designer.pattern_text = "{\"source\": [\"mine\"]}".to_owned();
    h.state_mut().handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 5.0 }));
    h.get_by_label("Restore").click();
    h.run();
    assert!(h.query_by_label_contains("Save them before restoring the other window's work?").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, "{\"source\": [\"mine\"]}");
    assert!(h.query_by_label("Recover unsaved work?").is_some(), "still offered");
    h.get_by_label("Restore").click();
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, EDITED);
}

#[test]
fn the_rules_own_file_is_not_overwritten_by_its_pattern_or_an_export() {
    let dir = scratch("own-file");
    let path = dir.join("own.rulecraft.json");
    let mut h = harness(AppState::default());
    h.state_mut().handle(Command::Document(DocumentCommand::SaveRuleTo { path: path.clone(), then: None }));
    let saved = std::fs::read_to_string(&path).expect("saved");
    h.state_mut().handle(Command::Document(DocumentCommand::SavePatternTo(path.clone())));
    h.run();
    assert!(h.query_by_label_contains("is this rule's own file").is_some());
    h.state_mut()
        .handle(Command::Document(DocumentCommand::WriteFile { path: path.clone(), text: "exported".to_owned() }));
    assert_eq!(std::fs::read_to_string(&path).expect("still there"), saved, "the rule file is untouched");
}

#[test]
fn edits_made_while_the_open_dialog_is_up_are_asked_about() {
    let dir = scratch("open-race");
    let other = dir.join("other.json");
    std::fs::write(&other, r#"{"source": ["other"]}"#).expect("written");
    let mut h = harness(AppState::default());
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert_eq!(
        h.state_mut().file.dialog.take(),
        Some(DialogRequest::OpenRule),
        "nothing unsaved: straight to the dialog"
    );
    replace_text(&mut h, "Pattern", EDITED);
    h.state_mut().handle(Command::Document(DocumentCommand::OpenNow(other.clone())));
    h.run();
    assert!(h.query_by_label("Save changes?").is_some(), "typed while the dialog was open");
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, r#"{"source": ["other"]}"#);
}

#[test]
fn own_events_carry_expected_verdicts_into_the_rule_file() {
    let dir = scratch("expect");
    let mut h = harness(AppState::default());
    h.get_by_label("Paste an event").focus();
    h.run();
    h.get_by_label("Paste an event").type_text(r#"{"source": "aws.ec2", "detail": {"state": "pending"}}"#);
    h.run();
    h.get_by_label("Add").click();
    h.run();
    h.get_by_label("match").click();
    h.run();
    assert!(h.query_by_label("expected match").is_some(), "the miss is flagged against the expectation");
    h.get_by_label("no match").click();
    h.run();
    assert!(h.query_by_label("as expected").is_some());
    let path = dir.join("with-events.rulecraft.json");
    h.state_mut().handle(Command::Document(DocumentCommand::SaveRuleTo { path: path.clone(), then: None }));
    let (rule, _) = rulecraft::document::RuleDocument::open(&path).expect("saved rule");
    assert_eq!(rule.events.len(), 1);
    assert_eq!(rule.events[0].expect, Some(rulecraft::document::Expectation::NoMatch));
    // Opening it elsewhere brings the events and their expectations back.
    let mut other = harness(AppState::default());
    other.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::Open(path))));
    other.run();
    assert!(other.query_by_label("(yours) pasted event 1").is_some());
    assert!(other.query_by_label("as expected").is_some());
}

#[test]
fn the_export_dialog_previews_copies_and_saves() {
    let mut h = harness(AppState::default());
    replace_text(&mut h, "Rule", "EC2 watcher");
    h.get_by_label("Export…").click();
    h.run();
    assert!(h.query_by_label_contains("Type: AWS::Events::Rule").is_some(), "CloudFormation YAML first");
    h.get_by_label("Terraform").click();
    h.run();
    assert!(h.query_by_label_contains("resource \"aws_cloudwatch_event_rule\" \"ec2_watcher\"").is_some());
    assert!(h.query_by_label_contains("event_pattern = jsonencode({").is_some());
    h.get_by_label("Copy").click();
    h.run();
    assert_eq!(h.state().notice_text().as_deref(), Some("Copied the Terraform export"));
    h.get_by_label("Save as…").click();
    h.run();
    let request = h.state_mut().file.dialog.take();
    let Some(DialogRequest::SaveExport { suggested, text }) = request else { panic!("expected an export save dialog") };
    assert_eq!(suggested, "EC2 watcher.tf");
    assert!(text.contains("jsonencode"));
    // The preview follows the pattern as it is edited.
    replace_text(&mut h, "Pattern", EDITED);
    h.get_by_label("AWS CDK (TypeScript)").click();
    h.run();
    assert!(h.query_by_label_contains("state: ['pending'],").is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().export.is_none(), "Escape closes the dialog");
}

#[test]
fn save_pattern_as_writes_only_the_pattern_and_a_failed_save_keeps_the_work() {
    let dir = scratch("pattern-only");
    let mut h = harness(AppState::default());
    replace_text(&mut h, "Pattern", EDITED);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Save pattern as…").click();
    h.run();
    let request = h.state_mut().file.dialog.take();
    assert!(
        matches!(request, Some(DialogRequest::SavePatternAs { ref suggested }) if suggested == "Untitled rule.json")
    );
    let path = dir.join("pattern.json");
    h.state_mut().handle(Command::Document(DocumentCommand::SavePatternTo(path.clone())));
    h.run();
    assert_eq!(std::fs::read_to_string(&path).expect("saved"), format!("{EDITED}\n"), "the pattern alone, as written");
    assert!(h.state().window_title().starts_with('*'), "the rule itself is still unsaved");

    // A save that fails says why, and nothing is lost.
    let nowhere = dir.join("no-such-folder").join("rule.rulecraft.json");
    h.state_mut()
        .handle(Command::Document(DocumentCommand::SaveRuleTo { path: nowhere.clone(), then: Some(Action::Close) }));
    h.run();
    let message = format!("Cannot save {}: the folder does not exist", nowhere.display());
    assert!(h.query_by_label_contains(&message).is_some(), "says why");
    assert!(!h.state().file.close_approved, "a failed save does not go on to close");
    assert_eq!(h.state().designer.pattern_text, EDITED);
    assert!(h.state().window_title().starts_with('*'));
}

#[test]
fn saves_run_on_a_writer_thread_and_edits_made_meanwhile_stay_unsaved() {
    let dir = scratch("background");
    let path = dir.join("background.rulecraft.json");
    let mut state = AppState::default();
    state.work_in_background(std::sync::Arc::new(|| {}));
    state.designer.pattern_text = EDITED.to_owned();
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 1.0 }));
    state.handle(Command::Document(DocumentCommand::SaveRuleTo { path: path.clone(), then: Some(Action::Close) }));
    assert!(state.is_saving(), "the save was handed to the writer thread");
    assert!(!state.file.close_approved, "closing waits for the save");
    // Typing goes on while the file is written.
    state.designer.pattern_text = r#"{"source": ["typed during the save"]}"#.to_owned();
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 5.0 }));
    // A guard against a hang only: a save that takes minutes is a failure on any machine.
    let started = std::time::Instant::now();
    while state.is_saving() && started.elapsed() < std::time::Duration::from_mins(5) {
        std::thread::sleep(std::time::Duration::from_millis(5));
        state.refresh();
    }
    assert!(!state.is_saving());
    assert!(state.file.close_approved, "saved, then the close goes on");
    let (saved, _) = rulecraft::document::RuleDocument::open(&path).expect("saved");
    assert_eq!(saved.pattern, EDITED, "the file holds the document as it was when the save started");
    assert!(state.window_title().starts_with('*'), "what was typed during the save is still unsaved");
}

#[test]
fn without_a_system_file_dialog_the_in_window_one_saves_and_opens() {
    // Issue 12: with no portal and no zenity, Save and Open used to do nothing.
    let dir = scratch("in-window-dialog");
    // egui_file's text boxes have no accessible names (its limitation, noted on the issue).
    let mut h = common::built_harness(AppState::default(), egui::vec2(1440.0, 900.0), false);
    replace_text(&mut h, "Pattern", EDITED);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert!(matches!(h.state().file.dialog, Some(DialogRequest::SaveRuleAs { .. })), "Save As asks for a place");
    // What the window does each frame, told there is no system dialog.
    let ctx = h.ctx.clone();
    rulecraft::app::files::open_requested_dialog(&ctx, h.state_mut(), false);
    h.run();
    assert!(rulecraft::app::files::in_window_dialog_open());
    assert!(h.state().notice_text().is_some_and(|n| n.starts_with("No system file dialog here")), "it says why");
    // Rulecraft's own dialog, in the chosen language: type a file name, Save.
    let path = dir.join("from-the-in-window-dialog.json");
    type_file_name(&mut h, &path);
    h.get_by_label("Save").click();
    h.run();
    assert!(!rulecraft::app::files::in_window_dialog_open());
    let saved = std::fs::read_to_string(&path).expect("the rule was saved where the dialog said");
    assert!(saved.contains("pending"));
    // Open goes through it too.
    h.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::New)));
    h.state_mut().handle(Command::Document(DocumentCommand::Guarded(Action::ChooseFileToOpen)));
    rulecraft::app::files::open_requested_dialog(&ctx, h.state_mut(), false);
    h.run();
    // It starts in the folder of the file last saved, and lists it.
    h.get_by_label_contains("from-the-in-window-dialog.json").click();
    h.run();
    h.get_by_label("Open").click();
    h.run();
    assert!(h.state().designer.pattern_text.contains("pending"), "{}", h.state().designer.pattern_text);
}

/// Types `path` into the in-window dialog's file name box (the last text
/// box drawn: the dialog is drawn after the panels, its name box at its foot).
fn type_file_name(h: &mut Harness<'static, AppState>, path: &std::path::Path) {
    h.get_all_by_role(egui::accesskit::Role::TextInput).last().expect("the dialog's file name box").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .last()
        .expect("the dialog's file name box")
        .type_text(&path.display().to_string());
    h.run();
}
