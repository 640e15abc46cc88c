//! The designer, driven headlessly: find widgets by label, click, type, and
//! check the state and what is shown.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use rulecraft::app::{AppState, EventOrigin, EventVerdict, FormSync};

mod common;
use common::{harness, replace_text, sized_harness};

#[test]
fn picking_a_service_event_type_and_values_writes_the_pattern() {
    let mut h = harness(AppState::new("{}", &[]));
    h.get_by_label("Service").focus();
    h.run();
    h.get_by_label("Service").type_text("codebuild");
    h.run();
    assert_eq!(h.state().designer.service_query, "codebuild");
    h.get_by_label("AWS CodeBuild  (aws.codebuild)").click();
    h.run();
    assert!(
        h.state().designer.pattern_text.contains(r#""source": ["aws.codebuild"]"#),
        "{}",
        h.state().designer.pattern_text
    );
    h.get_by_label("CodeBuild Build State Change").click();
    h.run();
    h.get_by_label("SUCCEEDED").click();
    h.run();
    h.get_by_label("FAILED").click();
    h.run();
    let text = h.state().designer.pattern_text.clone();
    assert!(text.contains(r#""detail-type": ["CodeBuild Build State Change"]"#), "{text}");
    assert!(text.contains(r#""build-status": ["SUCCEEDED", "FAILED"]"#), "{text}");
    // The events follow: both bundled Build State Change samples are SUCCEEDED.
    let summary = h.state().summary();
    assert_eq!(summary, "2 of 2 relevant events match (2 of 326 in all)");
    assert!(h.query_by_label(&summary).is_some());
    // Undo takes back the last toggle; deselecting SUCCEEDED leaves only FAILED.
    h.get_by_label("Undo").click();
    h.run();
    assert!(h.state().designer.pattern_text.contains(r#""build-status": ["SUCCEEDED"]"#));
    h.get_by_label("Redo").click();
    h.run();
    h.get_by_label("SUCCEEDED").click();
    h.run();
    assert!(h.state().designer.pattern_text.contains(r#""build-status": ["FAILED"]"#));
    assert_eq!(h.state().summary(), "0 of 2 relevant events match (0 of 326 in all)");
}

#[test]
fn invalid_json_shows_aws_message_and_line() {
    let mut h = harness(AppState::default());
    replace_text(&mut h, "Pattern", "{\n  \"source\": \"aws.ec2\"\n}");
    let message = "Line 2, column 13: Event pattern is not valid. Reason: \"source\" must be an object or an array";
    assert!(h.query_by_label(message).is_some(), "shows {message}");
    assert_eq!(h.state().analysis().form_sync, FormSync::PatternInvalid);
    assert!(h.query_by_label("No verdicts while the pattern is invalid").is_some());
}

#[test]
fn the_form_follows_hand_edits() {
    let mut h = harness(AppState::default());
    replace_text(
        &mut h,
        "Pattern",
        r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["pending"]}}"#,
    );
    assert_eq!(h.state().designer.form.fields[0].values, ["pending"]);
    assert_eq!(h.state().analysis().form_sync, FormSync::Follows);
    // Any operator is the form's: a source prefix is listed under Conditions.
    replace_text(&mut h, "Pattern", r#"{"source": [{"prefix": "aws."}]}"#);
    assert_eq!(h.state().analysis().form_sync, FormSync::Follows);
    assert!(h.query_all_by_label_contains(r#"[{"prefix": "aws."}]"#).next().is_some());
    // Something the form cannot show: it says so and stays read-only.
    replace_text(&mut h, "Pattern", r#"{"$or": [{"a": [1]}, {"$or": [{"b": [2]}, {"c": [3]}]}]}"#);
    assert!(
        h.query_by_label_contains("The form cannot show this pattern: an $or is nested inside an alternative")
            .is_some()
    );
}

#[test]
fn an_own_event_gets_a_verdict_and_an_explanation() {
    let mut h = harness(AppState::default());
    h.get_by_label("Paste an event").focus();
    h.run();
    h.get_by_label("Paste an event").type_text(
        r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "Running"}}"#,
    );
    h.run();
    h.get_by_label("Add").click();
    h.run();
    assert_eq!(h.state().events.events.len(), 327, "the pasted event is added");
    assert_eq!(h.state().analysis().verdicts.last(), Some(&EventVerdict::NotMatched));
    assert!(h.query_by_label("(yours) pasted event 1").is_some());
    assert!(h.query_by_label("Not matched").is_some());
    let reason =
        r#"      detail.state is "Running": "Running" differs from "running" only in case: use equals-ignore-case"#;
    assert!(h.query_by_label(reason).is_some(), "explains the miss");
}

#[test]
fn selecting_a_sample_explains_its_match() {
    let mut h = harness(AppState::default());
    h.get_by_label("aws.ec2--EC2-Instance-State-change-Notification--stopped").click();
    h.run();
    assert!(h.query_by_label("Matched").is_some());
    assert!(h.query_by_label(r#""running" or "stopped""#).is_some());
}

#[test]
fn korean_text_renders_with_the_bundled_font() {
    // The harness has no system fonts and fails on any glyph it cannot draw.
    let event =
        r#"{"source": "myapp.orders", "detail-type": "주문 생성", "detail": {"고객": "김민준", "상태": "완료"}}"#;
    let mut h = harness(AppState::new(r#"{"detail": {"상태": ["완료"]}}"#, &[("한국어 이벤트", event)]));
    h.get_by_label("(yours) 한국어 이벤트").click();
    h.run();
    assert!(h.query_by_label("Matched").is_some());
    assert!(!h.query_all_by_label_contains("완료").collect::<Vec<_>>().is_empty());
}

#[test]
fn adding_a_condition_with_an_operator() {
    let mut h = harness(AppState::default());
    h.get_by_label("Field").focus();
    h.run();
    h.get_by_label("Field").type_text("detail.instance-id");
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Operator").click();
    h.run();
    h.get_by_label("prefix").click();
    h.run();
    // A bad value is refused with the reason before it can be added.
    h.get_by_label("Value").focus();
    h.run();
    assert!(h.query_by_label("Add condition").is_none(), "nothing to add yet");
    h.get_by_label("Value").type_text("i-");
    h.run();
    h.get_by_label("Add condition").click();
    h.run();
    let text = h.state().designer.pattern_text.clone();
    assert!(text.contains(r#""instance-id": [{"prefix": "i-"}]"#), "{text}");
    // The published "stopped" sample's instance-id starts with a space: only "running" still matches.
    assert_eq!(h.state().summary(), "1 of 10 relevant events match (1 of 326 in all)");
    h.get_by_label("Remove").click();
    h.run();
    assert!(!h.state().designer.pattern_text.contains("instance-id"));
}

#[test]
fn an_own_event_can_be_edited_and_is_judged_again() {
    let event = r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "pending"}}"#;
    let mut h =
        harness(AppState::new(r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#, &[("mine", event)]));
    h.get_by_label("(yours) mine").click();
    h.run();
    assert!(h.query_by_label("Not matched").is_some());
    let editor = "Your event (editable; its verdict follows)";
    h.get_by_label(editor).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(editor).type_text(&event.replace("pending", "running"));
    h.run();
    assert_eq!(h.state().analysis().verdicts.last(), Some(&EventVerdict::Matched));
    assert!(h.query_by_label("Matched").is_some());
}

#[test]
fn about_samples_shows_the_required_attribution() {
    let mut h = harness(AppState::default());
    h.get_by_label("About samples…").click();
    h.run();
    let line = "Sample event from the AWS documentation (https://github.com/awsdocs/amazon-ec2-user-guide), © Amazon.com, Inc. or its affiliates, licensed under CC BY-SA 4.0. (41 events)";
    assert!(h.query_by_label(line).is_some(), "shows {line}");
    // The window sits below the menu bar, not over it.
    let title = h.get_by_label("About the sample events").rect();
    let menu = h.get_by_label("File").rect();
    assert!(title.min.y > menu.max.y, "title at {title:?}, menu at {menu:?}");
}

#[test]
fn typing_a_pattern_and_an_event_shows_the_verdict() {
    let mut h = harness(AppState::new("[]", &[]));
    assert!(h.query_by_label_contains("Event pattern is not valid. Reason: Filter is not an object").is_some());
    replace_text(&mut h, "Pattern", r#"{"source": ["my.app"], "detail": {"size": [{"numeric": [">", 10]}]}}"#);
    assert!(h.query_by_label("Valid pattern").is_some());
    h.get_by_label("Paste an event").focus();
    h.run();
    h.get_by_label("Paste an event").type_text(r#"{"source": "my.app", "detail": {"size": 12}}"#);
    h.run();
    h.get_by_label("Add").click();
    h.run();
    assert!(h.query_by_label("Matched").is_some());
    assert!(h.query_by_label("1 of 1 relevant event matches (1 of 327 in all)").is_some());
}

#[test]
fn keyboard_shortcuts_step_through_events_and_focus_the_searches() {
    let mut h = harness(AppState::default());
    let listed = h.state().listed_events().to_vec();
    h.state_mut().handle(rulecraft::app::Command::Events(rulecraft::app::EventsCommand::Select(None)));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run();
    assert_eq!(h.state().events.selected, Some(listed[0]), "Alt+Down selects the first listed event");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run();
    assert_eq!(h.state().events.selected, Some(listed[1]));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run();
    assert_eq!(h.state().events.selected, Some(listed[0]));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run();
    assert_eq!(h.state().events.selected, Some(listed[0]), "stays on the first event");
    // Ctrl+K puts the cursor in the service search: typing goes there.
    h.key_press_modifiers(Modifiers::COMMAND, Key::K);
    h.run();
    h.run();
    assert!(h.get_by_label("Service").is_focused());
    h.key_press_modifiers(Modifiers::COMMAND, Key::L);
    h.run();
    h.run();
    assert!(h.get_by_label("Filter").is_focused());
}

#[test]
fn the_command_palette_finds_and_runs_any_action_by_name() {
    let mut h = harness(AppState::new(r#"{"source":["aws.ec2"]}"#, &[]));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    h.run();
    assert!(h.query_by_label("Command palette").is_some(), "the palette opens");
    assert!(h.get_by_label("Command palette").is_focused() || h.state().palette.is_some());
    h.get_by_label("Command palette").type_text("prett");
    h.run();
    assert!(h.query_by_label("Prettify Ctrl+Shift+F").is_some(), "Prettify is found, with its shortcut");
    assert!(h.query_by_label("Quit Ctrl+Q").is_none(), "other actions are not listed");
    // Down past the last match stays on it; Enter runs the chosen one.
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().palette.as_ref().map(|p| p.chosen), Some(0), "one match: nothing below it");
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().palette.is_none(), "running an action closes the palette");
    assert_eq!(h.state().designer.pattern_text, "{\n  \"source\": [\"aws.ec2\"]\n}", "and it ran");
    // Escape closes it without running anything.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().palette.is_none());
    // Up and Down choose among several matches.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    h.run();
    h.get_by_label("Command palette").type_text("theme");
    h.run();
    for key in [Key::ArrowDown, Key::ArrowDown, Key::ArrowDown, Key::ArrowUp] {
        h.key_press(key);
        h.run();
    }
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().settings.theme, rulecraft::app::state::ThemeChoice::Dark, "system, dark, light: the second");
}

#[test]
fn menus_come_from_the_action_table_with_their_shortcuts() {
    let mut h = harness(AppState::default());
    h.get_by_label("Edit").click();
    h.run();
    assert!(h.query_by_label("Prettify Ctrl+Shift+F").is_some());
    assert!(h.query_by_label("Command palette… Ctrl+Shift+P").is_some());
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Show or hide the events").click();
    h.run();
    assert!(!h.state().settings.events_panel, "the events panel is hidden");
    assert!(h.query_by_label("Paste an event").is_none());
    h.get_by_label("View").click();
    h.run();
    assert!(h.query_by_label("Theme: light").is_some());
    h.get_by_label("Theme: light").click();
    h.run();
    assert_eq!(h.state().settings.theme, rulecraft::app::state::ThemeChoice::Light);
    assert!(!h.ctx.global_style().visuals.dark_mode, "the light theme is applied");
}

#[test]
fn the_pattern_editor_keeps_its_room_in_a_small_window() {
    let mut h = common::sized_harness(AppState::default(), egui::vec2(1024.0, 700.0));
    h.run();
    let editor = h.get_by_label("Pattern").rect();
    assert!(editor.width() >= 1024.0 * 0.4, "the editor is {} wide at 1024", editor.width());
    // The same at a large size: the side panels do not grow without end.
    let mut h = common::sized_harness(AppState::default(), egui::vec2(1920.0, 1080.0));
    h.run();
    let editor = h.get_by_label("Pattern").rect();
    assert!(editor.width() >= 1920.0 / 3.0, "the editor is {} wide at 1920", editor.width());
}

#[test]
fn every_condition_the_form_adds_is_listed_removable_and_editable_and_enter_acts() {
    // Issue 12: the blog's project-name condition, an "equals" on a field no toggle shows.
    let mut h = harness(AppState::new("{}", &[]));
    h.get_by_label("Service").focus();
    h.run();
    h.get_by_label("Service").type_text("codebuild");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().designer.form.source.as_deref(), Some("aws.codebuild"), "Enter picks the first hit");
    h.get_by_label("CodeBuild Build State Change").click();
    h.run();
    h.get_by_label("Field").focus();
    h.run();
    h.get_by_label("Field").type_text("detail.project-name");
    h.run();
    h.get_by_label("Value").focus();
    h.run();
    h.get_by_label("Value").type_text("test-codebuild-project");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let text = h.state().designer.pattern_text.clone();
    assert!(text.contains(r#""project-name": ["test-codebuild-project"]"#), "Enter adds it: {text}");
    assert!(h.query_by_label_contains(r#"["test-codebuild-project"]"#).is_some(), "listed under Conditions");
    // Change loads it into the draft and puts the changed one in its place; Remove is there too.
    h.get_by_label("Change").click();
    h.run();
    assert_eq!(h.state().designer.draft.path, "detail.project-name");
    assert_eq!(h.state().designer.draft.value, "test-codebuild-project");
    replace_text(&mut h, "Value", "other-project");
    h.get_by_label("Save change").click();
    h.run();
    let text = h.state().designer.pattern_text.clone();
    assert!(text.contains(r#""project-name": ["other-project"]"#) && !text.contains("test-codebuild"), "{text}");
    h.get_by_label("Remove").click();
    h.run();
    assert!(!h.state().designer.pattern_text.contains("project-name"), "removed");
    // Enter in the paste box adds the event.
    h.get_by_label("Paste an event").focus();
    h.run();
    h.get_by_label("Paste an event").type_text(r#"{"source": "aws.codebuild"}"#);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().events.events.len(), 327, "Enter adds the pasted event");
}

#[test]
fn a_field_restricted_by_a_condition_does_not_say_any() {
    // Issue 12: a state field restricted by anything-but still showed "(any)".
    let pattern = r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": [{"anything-but": ["terminated"]}]}}"#;
    let h = harness(AppState::new(pattern, &[]));
    assert_eq!(h.state().analysis().form_sync, FormSync::Follows);
    assert!(h.query_all_by_label("detail.state").next().is_some());
    assert!(h.query_by_label("detail.state  (any)").is_none(), "restricted by anything-but");
    let open = AppState::new(&pattern.replace(r#"[{"anything-but": ["terminated"]}]"#, r#"["running"]"#), &[]);
    let h = harness(open);
    assert!(h.query_by_label("detail.state").is_some(), "restricted by a value");
}

#[test]
fn the_form_writes_or_groups_and_every_operator() {
    // Issue 12: "project-name is x, or it starts with test-, and the build failed".
    let pattern = r#"{"source": ["aws.codebuild"], "detail": {"build-status": ["FAILED"], "project-name": ["x"]}}"#;
    // Tall enough that the whole form is in view without scrolling.
    let mut h = sized_harness(AppState::new(pattern, &[]), egui::vec2(1440.0, 1400.0));
    h.get_all_by_label("Or…").nth(1).unwrap_or_else(|| panic!("project-name's Or…")).click();
    h.run();
    assert!(h.query_by_label("Adds an alternative to detail.project-name ($or)").is_some());
    h.get_by_label("Field").focus();
    h.run();
    h.get_by_label("Field").type_text("detail.project-name");
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Operator").click();
    h.run();
    h.get_by_label("anything-but prefix").click();
    h.run();
    h.get_by_label("Value").focus();
    h.run();
    h.get_by_label("Value").type_text("prod-");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let text = h.state().designer.pattern_text.clone();
    let pattern = rulecraft::Pattern::parse(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(pattern.branches.len(), 2, "{text}");
    assert!(text.contains(r#""project-name": [{"anything-but": {"prefix": "prod-"}}]"#), "{text}");
    // The keys keep their order: build-status first, the $or where project-name was.
    assert!(text.find("build-status") < text.find("$or"), "{text}");
    assert!(h.query_by_label("Any one of these alternatives ($or 1):").is_some());
    // "And…" adds to one alternative.
    h.get_all_by_label("And…").next().unwrap_or_else(|| panic!("an And…")).click();
    h.run();
    replace_text(&mut h, "Field", "detail.additional-information.initiator");
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Operator").click();
    h.run();
    h.get_by_label("prefix, any case").click();
    h.run();
    replace_text(&mut h, "Value", "Codepipeline/");
    h.key_press(Key::Enter);
    h.run();
    let form = &h.state().designer.form;
    assert_eq!(form.any_of[0].alternatives[0].len(), 2, "{:?}", form.any_of);
    let text = h.state().designer.pattern_text.clone();
    assert!(text.contains(r#"{"prefix": {"equals-ignore-case": "Codepipeline/"}}"#), "{text}");
    // Removing one alternative leaves no $or: the other applies to every event.
    h.get_all_by_label("Remove").last().unwrap_or_else(|| panic!("a Remove")).click();
    h.run();
    let text = h.state().designer.pattern_text.clone();
    assert!(!text.contains("$or") && text.contains(r#""project-name": ["x"]"#), "{text}");
}

#[test]
fn the_field_picker_is_searchable_and_lists_documented_fields_first_with_examples() {
    let pattern = r#"{"source": ["aws.codebuild"], "detail-type": ["CodeBuild Build State Change"]}"#;
    let mut h = sized_harness(AppState::new(pattern, &[]), egui::vec2(1440.0, 1400.0));
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "or pick").click();
    h.run();
    let listed: Vec<String> = h
        .query_all_by_label_contains("detail.")
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| label.starts_with("detail."))
        .collect();
    let position = |path: &str| listed.iter().position(|l| l.starts_with(path));
    assert!(position("detail.build-status") < position("detail.project-name"), "{listed:?}");
    assert!(
        position("detail.project-name") < position("detail.additional-information.initiator"),
        "shallow before deep: {listed:?}"
    );
    // Each with its type and a value from the samples.
    assert!(listed.iter().any(|l| l.starts_with("detail.project-name") && l.contains("string") && l.contains('"')));
    h.get_by_label("Search fields").type_text("initiator");
    h.run();
    assert!(h.query_by_label_contains("detail.project-name").is_none(), "filtered");
    h.get_by_label_contains("detail.additional-information.initiator").click();
    h.run();
    assert_eq!(h.state().designer.draft.path, "detail.additional-information.initiator");
}

#[test]
fn a_new_rule_starts_clean_with_a_hint_not_an_error() {
    let mut h = harness(AppState::default());
    h.state_mut().designer.draft.path = "detail.leftover".into();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert_eq!(h.state().designer.pattern_text, "{}");
    assert!(h.query_by_label_contains("Event pattern is not valid").is_none(), "no error for an empty rule");
    assert!(h.query_by_label_contains("An empty pattern: pick a service").is_some());
    assert!(h.query_by_label("Events are judged once the pattern has a field").is_some());
    assert!(h.query_by_label_contains("The pattern text is invalid").is_none(), "the form has no complaint either");
    assert_eq!(h.state().notice_text().as_deref(), Some("New rule, not saved yet"));
    assert_eq!(h.state().designer.draft.path, "", "the condition draft does not carry over");
}

#[test]
fn the_editor_does_not_move_when_the_pattern_turns_invalid() {
    let mut h = harness(AppState::default());
    let valid_top = h.get_by_label("Pattern").rect().min.y;
    // A message of two lines and a hint.
    replace_text(
        &mut h,
        "Pattern",
        r#"{"detail": {"state": [{"numeric": [">", "x"]}]}, "a-long-key-to-make-the-message-long": 1}"#,
    );
    assert!(h.query_by_label_contains("Event pattern is not valid").is_some());
    let invalid_top = h.get_by_label("Pattern").rect().min.y;
    assert!((invalid_top - valid_top).abs() < 0.5, "the editor moved from {valid_top} to {invalid_top}");
}

#[test]
fn a_wide_window_gives_the_event_list_room() {
    let h = sized_harness(AppState::default(), egui::vec2(1920.0, 1080.0));
    let rows: Vec<_> = h.query_all_by_label_contains("aws.ec2--").map(|n| n.rect()).collect();
    assert!(rows.len() >= 18, "{} rows visible", rows.len());
    // The EC2 samples' names are whole within the window.
    assert!(rows.iter().all(|r| r.max.x <= 1920.0), "{rows:?}");
}

#[test]
fn samples_can_be_copied_to_edit_and_varied_over_their_documented_values() {
    // Issue 12: the blog's rule matches no bundled CodeBuild sample (all SUCCEEDED).
    let pattern = r#"{"source": ["aws.codebuild"], "detail-type": ["CodeBuild Build State Change"], "detail": {"build-status": ["FAILED", "STOPPED"]}}"#;
    let mut h = sized_harness(AppState::new(pattern, &[]), egui::vec2(1920.0, 1080.0));
    assert!(h.state().summary().starts_with("0 of 2 relevant events match"), "{}", h.state().summary());
    let sample = "aws.codebuild--CodeBuild-Build-State-Change--SUCCEEDED";
    h.get_all_by_label_contains(sample).next().unwrap_or_else(|| panic!("{sample} listed")).click();
    h.run();
    h.get_by_label("Copy to my events").click();
    h.run();
    let events = &h.state().events;
    let Some(copy) = events.selected.and_then(|i| events.events.get(i)) else { panic!("the copy is selected") };
    assert!(copy.name.ends_with("(copy)") && copy.origin == EventOrigin::Own, "{}", copy.name);
    assert!(h.query_by_label("Your event (editable; its verdict follows)").is_some(), "the copy opens in the editor");
    // Variants: one per documented value of each state-like field.
    h.get_all_by_label_contains(sample).next().unwrap_or_else(|| panic!("{sample} listed")).click();
    h.run();
    let button = h
        .query_all_by_label_contains("variants")
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Add "))
        .unwrap_or_else(|| panic!("an Add variants button"));
    let count: usize = button.split(' ').nth(1).and_then(|n| n.parse().ok()).unwrap_or_default();
    assert!(count >= 4, "{button}");
    let own_before = h.state().events.events.iter().filter(|e| e.origin == EventOrigin::Own).count();
    h.get_by_label(&button).click();
    h.run();
    let own_after = h.state().events.events.iter().filter(|e| e.origin == EventOrigin::Own).count();
    assert_eq!(own_after - own_before, count);
    assert!(h.state().notice_text().is_some_and(|n| n.starts_with(&format!("Added {count} variants of"))));
    // FAILED and STOPPED variants now match the blog's rule.
    let summary = h.state().summary();
    assert!(summary.starts_with("2 of ") || summary.starts_with("4 of "), "{summary}");
    assert!(h.state().events.events.iter().any(|e| e.name.contains("(variant: build-status = FAILED)")));
}

#[test]
fn a_long_condition_does_not_widen_the_form_and_its_buttons_stay_in_reach() {
    let mut h = harness(AppState::default());
    let panel_edge = |h: &Harness<'static, AppState>| h.get_by_label("Description").rect().max.x;
    let before = panel_edge(&h);
    let long = r#"{"detail": {"additional-information": {"environment": {"environment-variables": {"name": [{"anything-but": {"wildcard": ["*a-very-long-environment-variable-name-to-push-the-panel-wider*", "*another-long-one*"]}}]}}}}}"#;
    replace_text(&mut h, "Pattern", long);
    assert!((panel_edge(&h) - before).abs() < 0.5, "the form panel widened from {before} to {}", panel_edge(&h));
    let remove = h.get_by_label("Remove").rect();
    assert!(remove.max.x <= before, "Remove at {remove:?} is beyond the panel's edge {before}");
    // Undo brings the old pattern back; the panel is as it was.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!((panel_edge(&h) - before).abs() < 0.5);
}

#[test]
fn the_operator_reference_inserts_a_template_at_the_cursor_and_links_its_lesson() {
    let mut h = sized_harness(AppState::default(), egui::vec2(1440.0, 1000.0));
    replace_text(&mut h, "Pattern", r#"{"detail": {"x": []}}"#);
    for _ in 0..3 {
        h.key_press(Key::ArrowLeft);
        h.run();
    }
    h.state_mut().handle(rulecraft::app::Command::Window(rulecraft::app::WindowCommand::Run(
        rulecraft::app::actions::ActionId::OperatorReference,
    )));
    h.run();
    assert!(h.query_by_label("Operator reference").is_some());
    // The rows follow the form's operators: equals, one of, prefix, ...
    h.get_all_by_label("Insert").nth(2).unwrap_or_else(|| panic!("prefix's Insert")).click();
    h.run();
    assert_eq!(h.state().designer.pattern_text, r#"{"detail": {"x": [{"prefix": "start"}]}}"#);
    assert!(rulecraft::Pattern::parse(&h.state().designer.pattern_text).is_ok());
    // Lesson opens the lesson that teaches it.
    h.get_all_by_label("Lesson").nth(2).unwrap_or_else(|| panic!("prefix's Lesson")).click();
    h.run();
    assert_eq!(h.state().mode, rulecraft::app::Mode::Learn);
    let lesson = h.state().learn.lesson().map(|l| l.id.clone());
    assert_eq!(lesson.as_deref(), Some("prefix-suffix"));
}

#[test]
fn the_designer_shows_the_wildcard_complexity_and_warns_where_aws_may_refuse() {
    let mut h = harness(AppState::default());
    replace_text(&mut h, "Pattern", r#"{"detail": {"a": [{"wildcard": "*a*a*a"}]}}"#);
    assert!(h.query_by_label("Valid pattern · wildcard complexity 6 (AWS refuses 11 or more)").is_some());
    assert!(h.query_by_label_contains("its exact limit is unpublished").is_none(), "6 is accepted");
    let score = |text: &str| rulecraft::Pattern::parse(text).map(|p| p.complexity());
    // A pattern scoring 8 to 10 is valid, with AWS's uncertainty said.
    let between = r#"{"detail": {"a": [{"wildcard": "*a*a*a*a"}]}}"#;
    let Ok(between_score) = score(between) else { panic!("valid") };
    assert!((8..=10).contains(&between_score), "{between_score}");
    replace_text(&mut h, "Pattern", between);
    // Above the editor, and among the linter's findings.
    assert_eq!(h.query_all_by_label_contains("its exact limit is unpublished").count(), 2);
}
