//! The message layer: every piece of UI text comes from the message files.
//! The English file parses whole, every key the code asks for is in it,
//! every key in it is used, and the window's code passes no literal text
//! to a widget.

use rulecraft::app::actions::ACTIONS;
use rulecraft::app::i18n::{Language, english_keys, file_errors};
use std::collections::BTreeSet;
use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                out.push((path.display().to_string(), text));
            }
        }
    }
    out.sort();
    out
}

fn app_sources() -> Vec<(String, String)> {
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app"))
}

/// Keys written literally in calls: `tr("key")`, `tr_args("key"`, `Message::new("key")`.
fn literal_keys(text: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for call in ["tr(\"", "tr_args(\"", "Message::new(\""] {
        for (at, _) in text.match_indices(call) {
            // `tr(` itself, not the end of `push_str(`.
            if text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + call.len()..];
            if let Some(end) = rest.find('"') {
                keys.insert(rest[..end].to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_message_file_parses_whole() {
    for language in Language::ALL {
        assert_eq!(file_errors(language), Vec::<String>::new(), "{language:?}");
    }
}

#[test]
fn every_key_the_code_asks_for_is_in_the_english_file_and_every_key_there_is_used() {
    let defined: BTreeSet<String> = english_keys().into_iter().collect();
    let mut asked: BTreeSet<String> = BTreeSet::new();
    let mut all_text = String::new();
    for (_, text) in app_sources() {
        asked.extend(literal_keys(&text));
        all_text.push_str(&text);
    }
    // Keys made from the action table and the filters' names.
    for action in &ACTIONS {
        asked.insert(action.key.to_owned());
        asked.insert(format!("{}-tip", action.key));
    }
    for path in ["account", "region"] {
        asked.insert(format!("filter-{path}-label"));
        asked.insert(format!("filter-{path}-tip"));
    }
    for operator in rulecraft::form::Operator::ALL {
        asked.insert(format!("operator-{}", operator.key()));
        asked.insert(format!("operator-{}-example", operator.key()));
    }
    let missing: Vec<&String> = asked.difference(&defined).collect();
    assert!(missing.is_empty(), "keys the code uses but en.ftl lacks: {missing:?}");
    let unused: Vec<&String> =
        defined.iter().filter(|k| !asked.contains(*k) && !all_text.contains(&format!("\"{k}\""))).collect();
    assert!(unused.is_empty(), "keys in en.ftl nothing uses: {unused:?}");
}

#[test]
fn the_window_passes_no_literal_text_to_a_widget() {
    // A literal that reads as words (a letter, then letters or spaces) in a
    // call that shows text is UI text that skipped the message layer.
    let shows_text = [
        ".label(\"",
        ".strong(\"",
        ".heading(\"",
        ".button(\"",
        ".small_button(\"",
        ".selectable_label(",
        ".on_hover_text(\"",
        ".hint_text(\"",
        ".checkbox(",
        "RichText::new(\"",
        "Button::new(\"",
        "Window::new(\"",
        "CollapsingHeader::new(\"",
        ".text(\"",
    ];
    let mut found = Vec::new();
    for (file, text) in sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app/ui")) {
        for (n, line) in text.lines().enumerate() {
            for call in shows_text {
                if let Some(at) = line.find(call) {
                    let rest = &line[at + call.len()..];
                    let literal = rest.trim_start_matches('"');
                    let quoted = rest.starts_with('"') || call.ends_with('"');
                    let wordy = literal.chars().next().is_some_and(char::is_alphabetic)
                        && literal.split('"').next().is_some_and(|s| s.chars().all(|c| c.is_alphabetic() || c == ' '));
                    if quoted && wordy {
                        found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "UI text written in the code, not looked up:\n{}", found.join("\n"));
}

#[test]
fn plural_forms_and_arguments_are_filled_in() {
    use rulecraft::app::i18n::{Message, tr_args};
    assert_eq!(Message::new("notice-added-events").with("count", 1usize).text(), "Added 1 event");
    assert_eq!(Message::new("notice-added-events").with("count", 3usize).text(), "Added 3 events");
    assert_eq!(
        tr_args("pattern-error-at", &[("line", 2usize.into()), ("column", 13usize.into()), ("message", "x".into())]),
        "Line 2, column 13: x"
    );
    // Braces in a message are Fluent's string literals.
    assert_eq!(rulecraft::app::i18n::tr("operator-prefix-example"), r#"i-  →  {"prefix": "i-"} matches "i-0abc""#);
    // A key the file lacks shows as itself, so a test finds it.
    assert_eq!(rulecraft::app::i18n::tr("no-such-key"), "no-such-key");
}

/// Every reason an explanation gives for these pattern/event pairs.
fn reasons_of(pattern: &str, event: &str) -> Vec<(String, String)> {
    use rulecraft::app::messages::{branch_reason, miss_reason};
    let Ok(pattern) = rulecraft::Pattern::parse(pattern) else { return Vec::new() };
    let Ok(explanation) = rulecraft::explain::explain(&pattern, event) else { return Vec::new() };
    let mut out = Vec::new();
    for branch in &explanation.branches {
        for field in &branch.fields {
            if let Some(reason) = &field.reason {
                out.push((reason.to_string(), miss_reason(reason)));
            }
        }
        if let Some(reason) = &branch.reason {
            out.push((reason.to_string(), branch_reason(reason)));
        }
    }
    out
}

#[test]
fn the_window_says_the_library_reasons_in_english_exactly_as_the_command_line_does() {
    // Every kind of miss and hint, and every AWS-recorded case.
    let cases = [
        (r#"{"s": ["running"]}"#, r#"{"s": "stopped"}"#),
        (r#"{"s": ["running", "pending", {"prefix": "x"}]}"#, r#"{"s": ["a", "b"]}"#),
        (r#"{"s": ["running"]}"#, "{}"),
        (r#"{"s": [{"exists": false}]}"#, r#"{"s": 1}"#),
        (r#"{"s": ["running"]}"#, r#"{"s": "Running"}"#),
        (r#"{"s": [{"prefix": "run"}]}"#, r#"{"s": "RUNNING"}"#),
        (r#"{"s": [{"suffix": "ing"}]}"#, r#"{"s": "RUNNING"}"#),
        (r#"{"n": [5]}"#, r#"{"n": "5"}"#),
        (r#"{"n": [{"numeric": [">", 1]}]}"#, r#"{"n": "5"}"#),
        (r#"{"n": ["5"]}"#, r#"{"n": 5}"#),
        (r#"{"n": [null]}"#, r#"{"n": ""}"#),
        (r#"{"n": [""]}"#, r#"{"n": null}"#),
        (r#"{"n": [{"numeric": [">", 1]}]}"#, r#"{"n": 1e300}"#),
        (r#"{"n": [{"cidr": "10.0.0.0/8"}]}"#, r#"{"n": true}"#),
        (r#"{"n": [{"wildcard": "a*"}]}"#, r#"{"n": 3}"#),
        (r#"{"n": [{"equals-ignore-case": "a"}]}"#, r#"{"n": null}"#),
        (r#"{"a": {"x": [1], "y": [4]}}"#, r#"{"a": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}"#),
    ];
    let mut pairs: Vec<(String, String)> = cases.iter().flat_map(|(p, e)| reasons_of(p, e)).collect();
    let cases_said = pairs.len();
    for file in ["aws-recorded.jsonl", "aws-recorded-extra.jsonl"] {
        let path = format!("{}/tests/data/conformance/{file}", env!("CARGO_MANIFEST_DIR"));
        for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
            let Ok(case) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            if let (Some(p), Some(e)) = (case["pattern"].as_str(), case["event"].as_str()) {
                pairs.extend(reasons_of(p, e));
            }
        }
    }
    assert!(cases_said >= 17, "every case gives a reason: {cases_said}");
    for (cli, window) in &pairs {
        assert_eq!(window, cli);
    }
}

#[test]
fn the_window_says_form_errors_in_english_exactly_as_their_display() {
    use rulecraft::app::messages::{draft_error, form_limit};
    use rulecraft::form::{ConditionDraft, DraftError, FormError, FormLimit, Operator};
    let errors = [
        FormError::ListValues,
        FormError::ListExcluded,
        FormError::NeedsNumber { part: "> x".into() },
        FormError::NotAComparison { operator: "~".into() },
        FormError::NoComparison,
        FormError::Refused("Bottom must be less than top".into()),
    ];
    for error in errors {
        let limit = FormLimit::Condition(error.clone());
        assert_eq!(form_limit(&limit), limit.to_string());
        let draft = DraftError::Invalid(error);
        assert_eq!(draft_error(&draft), draft.to_string());
    }
    for limit in [FormLimit::UsesOr, FormLimit::SeveralSources, FormLimit::Uses { path: "p".into(), what: "w".into() }]
    {
        assert_eq!(form_limit(&limit), limit.to_string());
    }
    for draft in [DraftError::NeedsField, DraftError::NeedsValue] {
        assert_eq!(draft_error(&draft), draft.to_string());
    }
    let typed = ConditionDraft { path: "n".into(), operator: Operator::Numeric, value: "~ 5".into() };
    assert_eq!(typed.check().map_err(|e| draft_error(&e)), Err(r#""~" is not one of =, <, <=, >, >="#.to_owned()));
}
