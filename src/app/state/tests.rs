//! The state driven without a window.

use super::*;
use crate::form::{ConditionDraft, check_accounts, split_values};

fn verdict_of(state: &AppState, name: &str) -> EventVerdict {
    let index = state.events.events.iter().position(|e| e.name.contains(name)).unwrap_or(usize::MAX);
    state.analysis().verdicts.get(index).cloned().unwrap_or(EventVerdict::NoPattern)
}

#[test]
fn the_form_drives_the_pattern() {
    let mut state = AppState::default();
    assert!(state.designer.pattern_text.contains(r#""state": ["running", "stopped"]"#));
    assert_eq!(verdict_of(&state, "Instance-State-change-Notification--running"), EventVerdict::Matched);
    state.handle(Command::Designer(DesignerCommand::ToggleValue {
        path: "detail.state".into(),
        value: "running".into(),
    }));
    assert!(state.designer.pattern_text.contains(r#""state": ["stopped"]"#));
    assert_eq!(verdict_of(&state, "Instance-State-change-Notification--running"), EventVerdict::NotMatched);
    state.handle(Command::Designer(DesignerCommand::Undo));
    assert!(state.designer.pattern_text.contains(r#""state": ["running", "stopped"]"#));
    state.handle(Command::Designer(DesignerCommand::Redo));
    assert!(state.designer.pattern_text.contains(r#""state": ["stopped"]"#));
    assert_eq!(state.summary(), "1 of 10 relevant events match (1 of 326 in all)");
}

#[test]
fn the_form_follows_hand_edits_it_can_show() {
    let mut state = AppState::default();
    state.designer.pattern_text = state.designer.pattern_text.replace(r#"["running", "stopped"]"#, r#"["pending"]"#);
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 0.0 }));
    assert_eq!(state.designer.form.fields[0].values, ["pending"]);
    assert_eq!(state.analysis().form_sync, FormSync::Follows);
    state.designer.pattern_text = state.designer.pattern_text.replace(r#"["pending"]"#, r#"[{"prefix": "pend"}]"#);
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 10.0 }));
    assert_eq!(state.analysis().form_sync, FormSync::Follows);
    assert_eq!(state.designer.form.conditions[0].json, r#"{"prefix": "pend"}"#);
    assert!(state.designer.form.fields.iter().all(|f| f.path != "detail.state"));
    // Every operator, and $or, is the form's too.
    state.designer.pattern_text = state
        .designer
        .pattern_text
        .replace(r#"[{"prefix": "pend"}]"#, r#"[{"prefix": {"equals-ignore-case": "pend"}}]"#);
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 15.0 }));
    assert_eq!(state.analysis().form_sync, FormSync::Follows);
    assert_eq!(state.designer.form.conditions[0].json, r#"{"prefix": {"equals-ignore-case": "pend"}}"#);
    // Something the form cannot show (an $or nested in an $or): it keeps the last pattern it could.
    let nested = r#""$or": [{"a": [1]}, {"$or": [{"b": [2]}, {"c": [3]}]}], "source""#;
    state.designer.pattern_text = state.designer.pattern_text.replacen(r#""source""#, nested, 1);
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 17.0 }));
    assert_eq!(state.analysis().form_sync, FormSync::CannotShow(crate::form::FormLimit::NestedOr));
    assert_eq!(state.designer.form.conditions[0].json, r#"{"prefix": {"equals-ignore-case": "pend"}}"#);
    state.designer.pattern_text.push_str(" {");
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 20.0 }));
    state.designer.pattern_text.insert(0, 'x');
    state.handle(Command::Designer(DesignerCommand::PatternEdited { at_secs: 20.4 }));
    assert_eq!(state.analysis().form_sync, FormSync::PatternInvalid);
    // Edits less than a second apart are one undo step.
    state.handle(Command::Designer(DesignerCommand::Undo));
    assert!(
        state.designer.pattern_text.contains("equals-ignore-case") && state.designer.pattern_text.ends_with("}\n}")
    );
    assert!(state.designer.pattern_text.contains("$or"));
    state.handle(Command::Designer(DesignerCommand::Undo));
    state.handle(Command::Designer(DesignerCommand::Undo));
    state.handle(Command::Designer(DesignerCommand::Undo));
    assert!(state.designer.pattern_text.contains(r#"["pending"]"#));
}

#[test]
fn own_events_get_verdicts_and_explanations() {
    let mut state = AppState::default();
    state.handle(Command::Events(EventsCommand::AddOwnEvent { name: "mine".into(), text: r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "Running"}}"#.into() }));
    let analysis = state.analysis();
    assert_eq!(analysis.verdicts.last(), Some(&EventVerdict::NotMatched));
    let reasons: Vec<String> = analysis
        .explanation
        .iter()
        .flat_map(|e| {
            e.branches.iter().flat_map(|b| b.fields.iter().filter_map(|f| f.reason.as_ref().map(ToString::to_string)))
        })
        .collect();
    assert_eq!(
        reasons,
        [r#"detail.state is "Running": "Running" differs from "running" only in case: use equals-ignore-case"#]
    );
    state.handle(Command::Events(EventsCommand::AddOwnEvent { name: "broken".into(), text: "{".into() }));
    assert!(
        matches!(state.analysis().verdicts.last(), Some(EventVerdict::Unreadable(m)) if m.to_string().starts_with("line 1, column 2:"))
    );
    let own = state.events.events.len() - 1;
    let text = r#"{"detail": {"state": "running"}, "source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification"}"#;
    state.handle(Command::Events(EventsCommand::EditOwnEvent { index: own, text: text.into() }));
    assert_eq!(state.analysis().verdicts.last(), Some(&EventVerdict::Matched));
    state.handle(Command::Events(EventsCommand::RemoveEvent(own)));
    assert_eq!(state.events.events.len(), 327);
    assert_eq!(state.listed_events().first().map(|&i| state.events.events[i].name.as_str()), Some("mine"));
}

#[test]
fn events_from_files_are_added_with_their_problems_reported() {
    let dir = std::env::temp_dir().join(format!("rulecraft-app-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let lines = dir.join("two.jsonl");
    std::fs::write(&lines, "{\"source\": \"aws.ec2\"}\n\n{\"source\": \"x\"}\n").unwrap_or_else(|e| panic!("{e}"));
    let paths = vec![lines.display().to_string(), dir.join("missing.json").display().to_string()];
    let (events, problems) = crate::batch::load_events(&paths);
    let mut state = AppState::default();
    state.handle(Command::Events(EventsCommand::AddOwnEvents { events, problems }));
    let own: Vec<&str> =
        state.events.events.iter().filter(|e| e.origin == EventOrigin::Own).map(|e| e.name.as_str()).collect();
    assert_eq!(own, ["two.jsonl:1", "two.jsonl:3"]);
    assert!(
        state
            .notice_text()
            .as_deref()
            .is_some_and(|n| n.starts_with("Added 2; 1 could not be read:") && n.contains("missing.json"))
    );
    assert_eq!(state.events.selected, Some(326));
}

#[test]
fn account_and_region_filters_write_top_level_fields() {
    let mut state = AppState::default();
    state.handle(Command::Designer(DesignerCommand::SetValues {
        path: "account".into(),
        values: split_values("123456789012, 111122223333"),
    }));
    state.handle(Command::Designer(DesignerCommand::SetValues {
        path: "region".into(),
        values: split_values("us-east-1"),
    }));
    assert!(state.designer.pattern_text.contains(r#""account": ["123456789012", "111122223333"]"#));
    assert!(state.designer.pattern_text.contains(r#""region": ["us-east-1"]"#));
    assert_eq!(state.designer.account_input, "123456789012, 111122223333");
    assert_eq!(
        check_accounts(&split_values("1234, 123456789012")),
        Some("AWS account IDs have 12 digits: 1234".into())
    );
    assert_eq!(check_accounts(&split_values("123456789012")), None);
}

#[test]
fn conditions_are_added_checked_and_removed() {
    use crate::form::Operator;
    let draft = ConditionDraft { path: "detail.count".into(), operator: Operator::Numeric, value: "> 5, < 1".into() };
    let mut state = AppState::default();
    state.designer.draft = draft;
    assert_eq!(state.designer.draft.check().map_err(|e| e.to_string()), Err("Bottom must be less than top".into()));
    state.designer.draft.value = "> 0, <= 5".into();
    let Ok(condition) = state.designer.draft.check() else { panic!("valid") };
    state.handle(Command::Designer(DesignerCommand::AddCondition(condition)));
    assert!(
        state.designer.pattern_text.contains(r#""count": [{"numeric": [">", 0, "<=", 5]}]"#),
        "{}",
        state.designer.pattern_text
    );
    assert_eq!(state.analysis().form_sync, FormSync::Follows);
    state.handle(Command::Designer(DesignerCommand::RemoveCondition(crate::form::ConditionAt::Top(0))));
    assert!(!state.designer.pattern_text.contains("count"));
}

#[test]
fn deciding_spans_mark_satisfied_and_failing_values() {
    let event = r#"{"source": "aws.ec2", "detail": {"state": "pending"}}"#;
    let mut state = AppState::new(r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#, &[("e", event)]);
    state.handle(Command::Events(EventsCommand::Select(Some(326))));
    let Some(explanation) = state.analysis().explanation.clone() else { panic!("explained") };
    let marked: Vec<(&str, bool)> = explanation.deciding_spans().iter().map(|(s, ok)| (s.slice(event), *ok)).collect();
    assert_eq!(marked, [(r#""aws.ec2""#, true), (r#""pending""#, false)]);
}

#[test]
fn service_results_follow_the_query() {
    let mut state = AppState::default();
    assert_eq!(state.service_results().len(), 99);
    state.designer.service_query = "code build".into();
    state.handle(Command::Designer(DesignerCommand::ServiceQueryEdited));
    let first = state.service_results().first().map(|&i| crate::catalog::catalog().services[i].source.clone());
    assert_eq!(first.as_deref(), Some("aws.codebuild"));
}

#[test]
fn prettify_keeps_numbers_and_lays_out_conditions() {
    let mut state = AppState::new(r#"{"a":[1.50,{"prefix":"x"}],"b":{"c":[true]}}"#, &[]);
    state.handle(Command::Designer(DesignerCommand::Prettify));
    assert_eq!(
        state.designer.pattern_text,
        "{\n  \"a\": [1.50, {\"prefix\": \"x\"}],\n  \"b\": {\n    \"c\": [true]\n  }\n}"
    );
    let mut broken = AppState::new("{", &[]);
    broken.handle(Command::Designer(DesignerCommand::Prettify));
    assert_eq!(broken.designer.pattern_text, "{");
    assert!(broken.notice_text().as_deref().is_some_and(|n| n.contains("line 1, column 2")));
}
