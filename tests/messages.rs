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
    // Hints under AWS's errors are named after the error kinds: checked by
    // every_error_kind_has_a_hint_in_every_language_and_the_examples_get_theirs.
    let is_hint = |k: &str| k.starts_with("hint-pattern-") || k.starts_with("hint-json-");
    let unused: Vec<&String> = defined
        .iter()
        .filter(|k| !is_hint(k) && !asked.contains(*k) && !all_text.contains(&format!("\"{k}\"")))
        .collect();
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
fn no_english_message_says_one_of_something_in_the_plural() {
    use rulecraft::app::i18n::{Arg, keys, tr_args};
    let numbers = [
        "count",
        "events",
        "total",
        "relevant",
        "matched",
        "allMatched",
        "n",
        "problems",
        "done",
        "number",
        "alternative",
        "line",
        "column",
        "limit",
    ];
    let plural_nouns = [
        "events",
        "variants",
        "days",
        "samples",
        "rows",
        "files",
        "lines",
        "conditions",
        "fields",
        "alternatives",
        "combinations",
        "errors",
        "problems",
        "warnings",
        "rules",
        "targets",
    ];
    let mut found = Vec::new();
    for key in keys(Language::English) {
        let mut args: Vec<(&str, Arg)> = numbers.iter().map(|name| (*name, 1usize.into())).collect();
        for name in ["name", "path", "list", "reason", "message", "format", "source", "field", "value", "what"] {
            args.push((name, "x".into()));
        }
        let text = tr_args(&key, &args);
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        if words.windows(2).any(|pair| pair[0] == "1" && plural_nouns.contains(&pair[1])) {
            found.push(format!("{key}: {text}"));
        }
    }
    assert!(found.is_empty(), "plural nouns after 1:\n{}", found.join("\n"));
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
fn the_window_describes_every_condition_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::describe;
    let mut patterns: Vec<String> = vec![
        r#"{"a": [{"prefix": "x"}, {"suffix": "y"}, {"prefix": {"equals-ignore-case": "P"}}, {"suffix": {"equals-ignore-case": "S"}}]}"#.into(),
        r#"{"a": [{"equals-ignore-case": "E"}, {"wildcard": "a*b"}, {"exists": true}, {"cidr": "10.0.0.0/8"}]}"#.into(),
        r#"{"a": [{"numeric": [">", 0, "<=", 5]}, {"numeric": ["=", 3]}, {"numeric": ["<", 1]}], "b": [{"exists": false}]}"#.into(),
        r#"{"a": [{"anything-but": ["x", "y", "z"]}, {"anything-but": [1, 2]}, {"anything-but": {"prefix": "p"}}]}"#.into(),
        r#"{"a": [{"anything-but": {"suffix": ["s", "t"]}}, {"anything-but": {"equals-ignore-case": ["A", "B"]}}, {"anything-but": {"wildcard": ["w*"]}}]}"#.into(),
        r#"{"a": ["s", 5, true, null]}"#.into(),
    ];
    for file in ["aws-recorded.jsonl", "aws-recorded-extra.jsonl"] {
        let path = format!("{}/tests/data/conformance/{file}", env!("CARGO_MANIFEST_DIR"));
        for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
            if let Ok(case) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(p) = case["pattern"].as_str()
            {
                patterns.push(p.to_owned());
            }
        }
    }
    let mut described = 0;
    for text in &patterns {
        let Ok(pattern) = rulecraft::Pattern::parse(text) else { continue };
        for field in &pattern.fields {
            for condition in &field.conditions {
                assert_eq!(describe(&condition.matcher), rulecraft::explain::describe(&condition.matcher), "{text}");
                described += 1;
            }
        }
    }
    assert!(described > 100, "{described} conditions");
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
    assert_eq!(form_limit(&FormLimit::NestedOr), FormLimit::NestedOr.to_string());
    for draft in [DraftError::NeedsField, DraftError::NeedsValue, DraftError::Gone, DraftError::NoRoomForOr] {
        assert_eq!(draft_error(&draft), draft.to_string());
    }
    let typed = ConditionDraft { path: "n".into(), operator: Operator::Numeric, value: "~ 5".into() };
    assert_eq!(typed.check().map_err(|e| draft_error(&e)), Err(r#""~" is not one of =, <, <=, >, >="#.to_owned()));
}

#[test]
fn the_window_says_export_warnings_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::export_warning;
    use rulecraft::export::{Format, Rule, export};
    let pattern = r#"{"a": [1e30, 12345678901234567890, null, "x"], "__proto__": ["y"]}"#;
    let mut kinds = std::collections::BTreeSet::new();
    for format in Format::ALL {
        let rule = Rule { name: "r", description: "", pattern, targets: &[], schedule: None };
        let Ok(exported) = export(&rule, format) else { continue };
        for warning in &exported.warnings {
            assert_eq!(export_warning(warning), warning.to_string());
            kinds.insert(format!("{warning:?}").chars().take_while(char::is_ascii_alphanumeric).collect::<String>());
        }
    }
    assert_eq!(kinds.len(), 3, "the pattern gets warnings of every kind: {kinds:?}");
}

#[test]
fn the_window_says_target_warnings_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::export_warning;
    use rulecraft::export::{ExportWarning, Format, Rule, export};
    use rulecraft::target::{KINDS, Target};
    let targets: Vec<Target> =
        KINDS.iter().map(|kind| Target { arn: kind.example_arn(), ..Target::new(kind.name(), *kind) }).collect();
    let rule =
        Rule { name: "r", description: "", pattern: r#"{"source": ["aws.ec2"]}"#, targets: &targets, schedule: None };
    let mut seen = (0, 0);
    for format in Format::ALL {
        let Ok(exported) = export(&rule, format) else { continue };
        for warning in &exported.warnings {
            assert_eq!(export_warning(warning), warning.to_string());
            match warning {
                ExportWarning::TargetNeedsPolicy { .. } => seen.0 += 1,
                ExportWarning::TargetNeedsRole { .. } => seen.1 += 1,
                _ => {}
            }
        }
    }
    // Topics and queues in the 10 formats that write targets; four kinds
    // need a role, in the 8 formats that are not CDK (which makes roles).
    assert_eq!(seen, (2 * 10, 4 * 8));
}

#[test]
fn the_window_says_schedule_warnings_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::export_warning;
    use rulecraft::document::RuleSchedule;
    use rulecraft::export::{Format, Rule, export};
    use rulecraft::schedule::Dialect;
    use rulecraft::target::{KINDS, Target, TargetInput};
    let mut targets: Vec<Target> =
        KINDS.iter().map(|kind| Target { arn: kind.example_arn(), ..Target::new(kind.name(), *kind) }).collect();
    targets[0].input = TargetInput::Part("$.detail".to_owned());
    let schedule =
        RuleSchedule { expression: "rate(5 minutes)".to_owned(), kind: Dialect::Scheduler, ..RuleSchedule::default() };
    let mut kinds = std::collections::BTreeSet::new();
    for targets in [&targets[..], &[]] {
        let rule = Rule { name: "r", description: "", pattern: "", targets, schedule: Some(&schedule) };
        for format in Format::ALL {
            let Ok(exported) = export(&rule, format) else { continue };
            for warning in &exported.warnings {
                assert_eq!(export_warning(warning), warning.to_string());
                kinds
                    .insert(format!("{warning:?}").chars().take_while(char::is_ascii_alphanumeric).collect::<String>());
            }
        }
    }
    let expected = ["SchedulerCannotCarryInput", "SchedulerNeedsRole", "SchedulerNeedsTarget"];
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), expected);
}

#[test]
fn every_language_holds_the_same_keys_in_the_same_order() {
    use rulecraft::app::i18n::keys;
    let english = keys(Language::English);
    for language in Language::ALL {
        assert_eq!(keys(language), english, "{language:?}");
    }
}

#[test]
fn the_language_follows_the_system_locale() {
    assert_eq!(Language::for_locale("ko-KR"), Language::Korean);
    assert_eq!(Language::for_locale("ko_KR.UTF-8"), Language::Korean);
    assert_eq!(Language::for_locale("en-US"), Language::English);
    assert_eq!(Language::for_locale("de_DE.UTF-8"), Language::English, "no German file: English");
}

/// The variant names of `enum_name` in a source file (lines of four spaces
/// then a capital letter, up to the enum's closing brace).
fn variant_names(file: &str, enum_name: &str) -> Vec<String> {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let body = source.split(&format!("pub enum {enum_name} {{")).nth(1).unwrap_or("");
    let mut names = Vec::new();
    for line in body.lines() {
        if line == "}" {
            break;
        }
        let Some(rest) = line.strip_prefix("    ") else { continue };
        if rest.chars().next().is_some_and(char::is_uppercase) {
            names.push(rest.chars().take_while(char::is_ascii_alphanumeric).collect());
        }
    }
    names
}

#[test]
fn every_error_kind_has_a_hint_in_every_language_and_the_examples_get_theirs() {
    use heck::ToKebabCase as _;
    use rulecraft::app::i18n::{has, keys};
    let mut expected: Vec<String> = variant_names("src/pattern/error.rs", "PatternErrorKind")
        .iter()
        .map(|n| format!("hint-pattern-{}", n.to_kebab_case()))
        .collect();
    expected.extend(
        variant_names("src/json/error.rs", "JsonErrorKind").iter().map(|n| format!("hint-json-{}", n.to_kebab_case())),
    );
    assert!(expected.len() > 60, "{} kinds", expected.len());
    for language in Language::ALL {
        let defined: Vec<String> = keys(language)
            .into_iter()
            .filter(|k| k.starts_with("hint-pattern-") || k.starts_with("hint-json-"))
            .collect();
        assert_eq!(defined, expected, "{language:?}: one hint per error kind, in the enums' order");
    }
    // The documented example of every kind gets a hint that exists.
    let source =
        std::fs::read_to_string(format!("{}/src/pattern/error.rs", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
    let mut examples = 0;
    for line in source.lines() {
        let Some((_, example)) = line.split_once("Example: `") else { continue };
        let Some((example, _)) = example.rsplit_once('`') else { continue };
        let Err(error) = rulecraft::Pattern::parse(example) else { continue };
        let key = rulecraft::app::messages::error_hint_key(&error.kind);
        for language in Language::ALL {
            assert!(has(language, &key), "{language:?} lacks {key} for {example}");
        }
        examples += 1;
    }
    assert!(examples > 45, "{examples} examples");
}

#[test]
fn the_window_says_why_a_file_does_not_open_or_save_in_english_as_the_command_line_does() {
    use rulecraft::app::messages::{alert, io_problem, open_reason};
    use rulecraft::app::state::Alert;
    use rulecraft::document::{OpenError, OpenReason};
    use rulecraft::files::{Expected, IoProblem, ReadError};
    let problems = [
        IoProblem::NotFound,
        IoProblem::FolderMissing,
        IoProblem::PermissionDenied,
        IoProblem::IsAFolder,
        IoProblem::DiskFull,
        IoProblem::ReadOnly,
        IoProblem::Other("Input/output error (os error 5)".into()),
    ];
    let mut reasons: Vec<OpenReason> = problems.iter().cloned().map(|p| OpenReason::Read(ReadError::Io(p))).collect();
    reasons.extend([
        OpenReason::Read(ReadError::Folder),
        OpenReason::Read(ReadError::TooLarge { bytes: 200 << 20, expected: Expected::RuleOrPattern }),
        OpenReason::Read(ReadError::TooLarge { bytes: 40 << 20, expected: Expected::Event }),
        OpenReason::Read(ReadError::Binary { offset: 3 }),
        OpenReason::Read(ReadError::NotUtf8 { offset: 11 }),
        OpenReason::NotJson { line: 2, column: 1, message: "Unexpected end-of-input".into() },
        OpenReason::NotAnObject { kind: "array" },
        OpenReason::NewerFormat { version: "7".into() },
        OpenReason::BadRuleFile("missing field `pattern`".into()),
        OpenReason::LooksLikeAnEvent,
    ]);
    for reason in reasons {
        assert_eq!(open_reason(&reason), reason.to_string());
        let error = OpenError { path: "/x/rule.json".into(), reason };
        assert_eq!(alert(&Alert::OpenFailed(error.clone())), error.to_string());
    }
    for problem in problems {
        assert_eq!(io_problem(&problem), problem.to_string());
        let failed = Alert::SaveFailed { path: "/x/r.json".into(), problem: problem.clone(), rule: false };
        assert_eq!(alert(&failed), format!("Cannot save /x/r.json: {problem}"));
    }
    // And the messages for each are in both languages.
    for language in Language::ALL {
        for key in ["alert-cannot-open", "io-folder-missing", "read-not-utf8", "open-looks-like-an-event"] {
            assert!(rulecraft::app::i18n::has(language, key), "{language:?} {key}");
        }
    }
}

#[test]
fn the_window_says_target_problems_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::{drop_reason, rule_targets_problem, target_kind, target_problem};
    use rulecraft::target::{
        ArnProblem, DropReason, Insertion, KINDS, PathErrorKind, ProblemKind, RuleTargetsProblem, TargetKind,
    };
    for kind in KINDS {
        assert_eq!(target_kind(kind), kind.to_string());
    }
    let mut problems = vec![
        ProblemKind::InvalidPlaceholder { target: "t".into(), key: "k".into() },
        ProblemKind::IdEmpty,
        ProblemKind::IdCharacter { found: '!' },
        ProblemKind::IdTooLong,
        ProblemKind::KeyEmpty,
        ProblemKind::KeyCharacter { found: ' ' },
        ProblemKind::KeyTooLong,
        ProblemKind::KeyStartsWithAws,
        ProblemKind::KeyRepeated,
        ProblemKind::TooManyPaths { count: 101 },
        ProblemKind::TemplateEmpty,
        ProblemKind::TemplateTooLong { chars: 9000 },
        ProblemKind::PlaceholderAsKey,
        ProblemKind::ConstantNotJson { message: "Unexpected character".into() },
        ProblemKind::ConstantTooLong { chars: 9000 },
        ProblemKind::UnusedPath,
        ProblemKind::EventVariableOutsideValue,
        ProblemKind::InputOnEventBus,
    ];
    let arn = [
        ArnProblem::Empty,
        ArnProblem::Shape,
        ArnProblem::Partition,
        ArnProblem::Service { expected: "lambda" },
        ArnProblem::Region,
        ArnProblem::Account,
        ArnProblem::Resource { kind: TargetKind::ApiDestination },
    ];
    problems.extend(arn.into_iter().map(ProblemKind::Arn));
    let paths = [
        PathErrorKind::Empty,
        PathErrorKind::NoRoot,
        PathErrorKind::TooLong { chars: 300 },
        PathErrorKind::Character { found: ' ' },
        PathErrorKind::EmptyName,
        PathErrorKind::Bracket,
    ];
    problems.extend(paths.into_iter().map(ProblemKind::Path));
    for problem in &problems {
        assert_eq!(target_problem(problem), problem.to_string());
    }
    let drops = [
        DropReason::NotJson { message: "m".into(), offset: 0, culprit: None },
        DropReason::NotJson {
            message: "m".into(),
            offset: 0,
            culprit: Some(("p".into(), Insertion::ContainerInQuotes)),
        },
        DropReason::NotJson {
            message: "m".into(),
            offset: 0,
            culprit: Some(("q".into(), Insertion::UnescapedInQuotes)),
        },
        DropReason::Refused,
        DropReason::EventNotJson { message: "m".into() },
    ];
    for reason in &drops {
        assert_eq!(drop_reason(reason), reason.to_string());
    }
    for problem in
        [RuleTargetsProblem::TooMany { count: 6 }, RuleTargetsProblem::IdRepeated, RuleTargetsProblem::MoreThanOne]
    {
        assert_eq!(rule_targets_problem(&problem), problem.to_string());
    }
}

#[test]
fn the_window_says_schedules_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::{schedule_description, schedule_reason};
    use rulecraft::schedule::describe::Description;
    use rulecraft::schedule::{Dialect, parse};
    let valid = [
        "cron(15 10 ? * 6L 2002-2005)",
        "cron(0 2 ? * SAT#3 *)",
        "cron(0/5 9-17 ? * MON-FRI *)",
        "cron(3/10 * ? * MON *)",
        "cron(0 0 L * ? *)",
        "cron(0 0 L-2 * ? *)",
        "cron(0 0 LW * ? *)",
        "cron(0 8,12,18 * * ? *)",
        "cron(0 0 1 1,7 ? *)",
        "cron(* 9-10 ? * SAT#3 *)",
        "cron(0,10,20,25 * * * ? *)",
        "cron(0,10,20,25 1,3 * * ? *)",
        "cron(0 9 15W * ? *)",
        "rate(1 minute)",
        "rate(5 minutes)",
        "rate(1 hour)",
        "rate(2 hours)",
        "rate(1 day)",
        "rate(3 days)",
        "at(2026-12-31T23:59:00)",
    ];
    for text in valid {
        let schedule = parse(text, Dialect::Scheduler).unwrap_or_else(|e| panic!("{text}: {e}"));
        let description = Description::of(&schedule);
        assert_eq!(schedule_description(&description), description.to_string(), "{text}");
    }
    let invalid = [
        "x".repeat(300),
        "every day".into(),
        "rate(10 minutes) ".into(),
        "rate(10)".into(),
        "rate(0 minutes)".into(),
        "rate(10 MINUTES)".into(),
        "rate(1 minutes)".into(),
        "rate(10 minute)".into(),
        "cron(0 10 * * ?)".into(),
        "cron(71 8 1 * ? *)".into(),
        "cron(0 dummy ? * MON-FRI *)".into(),
        "cron(? 10 * * ? *)".into(),
        "cron(0 1 * * * *)".into(),
        "cron(0 1 ? * ? *)".into(),
        "cron(0 1 ? * 3#1,6#3 *)".into(),
        "cron(0 1 ? * 2#6 *)".into(),
        "cron(0 1 ? * MON/2 *)".into(),
        "cron(0/0 1 * * ? *)".into(),
        "cron(0,,5 1 * * ? *)".into(),
        "cron(0 1 32W * ? *)".into(),
        "at(2021-12-31)".into(),
        "at(2021-02-30T10:00:00)".into(),
    ];
    let mut kinds = std::collections::BTreeSet::new();
    for dialect in [Dialect::Rule, Dialect::Scheduler] {
        for text in invalid.iter().chain(std::iter::once(&"at(2021-12-31T10:00:00)".to_owned())) {
            let Err(error) = parse(text, dialect) else { continue };
            assert_eq!(schedule_reason(&error.reason), error.reason.to_string(), "{text}");
            kinds.insert(
                format!("{:?}", error.reason).chars().take_while(char::is_ascii_alphanumeric).collect::<String>(),
            );
        }
    }
    assert!(kinds.len() >= 20, "reasons of most kinds are said: {kinds:?}");
}

#[test]
fn the_window_says_lint_findings_in_english_exactly_as_the_command_line_does() {
    use rulecraft::app::messages::{lint_feature, lint_fix_title, lint_message, lint_place};
    use rulecraft::lint::paste::PasteFix;
    use rulecraft::lint::place::Feature;
    use rulecraft::lint::{Better, FixTitle, LoopReason, Message, Place, ValueHint};
    let error = rulecraft::Pattern::parse(r#"{"source": "x"}"#).unwrap_err();
    let messages = [
        Message::Invalid(error.clone()),
        Message::Pasted { error, fixes: vec![PasteFix::TypographicQuotes] },
        Message::NoSource,
        Message::NoDetailType { source: "aws.ec2".into() },
        Message::CloudTrailWithoutEventName { event_source: Some("s3.amazonaws.com".into()) },
        Message::CloudTrailWithoutEventName { event_source: None },
        Message::UnknownValue {
            path: "detail.state".into(),
            value: "Running".into(),
            hint: ValueHint::Case("running".into()),
        },
        Message::UnknownValue { path: "p".into(), value: "v".into(), hint: ValueHint::Closest("w".into()) },
        Message::UnknownValue {
            path: "p".into(),
            value: "v".into(),
            hint: ValueHint::Documented(vec!["a".into(), "b".into()]),
        },
        Message::UnknownField {
            path: "detail.x".into(),
            key: "x".into(),
            closest: Some("y".into()),
            detail_type: "T".into(),
        },
        Message::UnknownField { path: "detail.x".into(), key: "x".into(), closest: None, detail_type: "T".into() },
        Message::BroaderThanNamed { samples: 4, kinds: vec![("a".into(), "A".into()), ("b".into(), "B".into())] },
        Message::BroaderThanNamed { samples: 9, kinds: (0..5).map(|n| (format!("s{n}"), format!("D{n}"))).collect() },
        Message::InfiniteLoop { target: "t".into(), why: LoopReason::ApiCalls },
        Message::InfiniteLoop { target: "t".into(), why: LoopReason::OwnEvents { source: "aws.states".into() } },
        Message::InfiniteLoop { target: "t".into(), why: LoopReason::Forwarding },
        Message::LongValueList {
            path: "p".into(),
            count: 6,
            better: Better::Range { min: "1".into(), max: "6".into() },
        },
        Message::LongValueList { path: "p".into(), count: 6, better: Better::Prefix("us-".into()) },
        Message::LongValueList { path: "p".into(), count: 2, better: Better::Array },
        Message::PatternSize { length: 5000, limit: rulecraft::lint::API_PATTERN_LIMIT },
        Message::PatternSize { length: 3000, limit: rulecraft::lint::QUOTA_PATTERN_LIMIT },
        Message::OrCombinations { count: 125 },
        Message::WildcardComplexity { score: 9 },
        Message::WildcardComplexity { score: 5 },
        Message::NumberComparedAsText { text: "1e10".into() },
        Message::NoAccountOrRegion { account: true, region: true },
        Message::NoAccountOrRegion { account: true, region: false },
        Message::NoAccountOrRegion { account: false, region: true },
        Message::UnsupportedHere { place: Place::Pipe, feature: Feature::Wildcard },
    ];
    for message in &messages {
        assert_eq!(lint_message(message), message.to_string());
    }
    for place in Place::ALL {
        assert_eq!(lint_place(place), place.to_string());
    }
    for feature in [
        Feature::Wildcard,
        Feature::PrefixIgnoreCase,
        Feature::SuffixIgnoreCase,
        Feature::AnythingButPrefix,
        Feature::AnythingButSuffix,
        Feature::AnythingButIgnoreCase,
        Feature::AnythingButWildcard,
        Feature::Cidr,
        Feature::LongerThan(4096),
    ] {
        assert_eq!(lint_feature(feature), feature.to_string());
    }
    let titles = [
        FixTitle::ReplaceValue { from: "\"a\"".into(), to: "\"b\"".into() },
        FixTitle::RenameField { from: "a".into(), to: "b".into() },
        FixTitle::RepairPaste(vec![
            PasteFix::TypographicQuotes,
            PasteFix::BareValuesWrapped,
            PasteFix::CommentsRemoved,
            PasteFix::TrailingCommasRemoved,
            PasteFix::StrayBraceRemoved,
        ]),
        FixTitle::UseNumericRange { min: "1".into(), max: "6".into() },
    ];
    for title in &titles {
        assert_eq!(lint_fix_title(title), title.to_string());
    }
}
