//! `rulecraft lint`: findings as text, JSON and SARIF; exit 0 clean, 1 on
//! errors (or warnings with `--deny warnings`), 2 when a file cannot be
//! read; `--fix` in place (atomically, untouched when there is nothing to
//! fix) or on standard output.
//!
//! Tests marked "relies on" name the rule whose findings they need.

use serde_json::Value;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs `rulecraft lint ARGS` in `dir` (paths in ARGS are relative to it).
fn lint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .arg("lint")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"))
}

/// Runs `rulecraft lint ARGS` with `input` on standard input.
fn lint_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .arg("lint")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-lint-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{e}"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(output)))
}

/// AWS refuses it (a prefix must be a string), and no repair makes it valid.
const INVALID: &str = "{\n  \"source\": [\"aws.ec2\"],\n  \"detail\": {\"state\": [{\"prefix\": 5}]}\n}\n";

/// A pattern no rule has anything to say about: source, detail-type,
/// account, region, a documented value. (Relies on every rule finding
/// nothing here.)
const CLEAN: &str = r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "account": ["111122223333"], "region": ["eu-west-1"], "detail": {"state": ["running"]}}"#;

/// Two values the catalog does not document, each with a fix (relies on
/// unknown-value, a warning): `Running` (the case) and `stoped` (a typo).
const TYPOS: &str = "{\n  \"source\": [\"aws.ec2\"],\n  \"detail-type\": [\"EC2 Instance State-change Notification\"],\n  \"account\": [\"111122223333\"],\n  \"region\": [\"eu-west-1\"],\n  \"detail\": {\"state\": [\"Running\", \"stoped\"]}\n}\n";

/// [`TYPOS`] with its fixes made.
const TYPOS_FIXED: &str = "{\n  \"source\": [\"aws.ec2\"],\n  \"detail-type\": [\"EC2 Instance State-change Notification\"],\n  \"account\": [\"111122223333\"],\n  \"region\": [\"eu-west-1\"],\n  \"detail\": {\"state\": [\"running\", \"stopped\"]}\n}\n";

/// Typographic quotes, as pasted from a slide. (Relies on pasted-text.)
const PASTED: &str = "{\u{201c}source\u{201d}: [\u{201c}aws.ec2\u{201d}], \u{201c}detail-type\u{201d}: [\u{201c}EC2 Instance State-change Notification\u{201d}]}";

#[test]
fn a_clean_file_exits_0_and_prints_only_the_summary() {
    let dir = scratch("clean");
    write(&dir, "clean.json", CLEAN);
    let output = lint(&dir, &["clean.json"]);
    assert_eq!(output.status.code(), Some(0), "{}{}", stdout(&output), stderr(&output));
    assert_eq!(stdout(&output), "0 errors, 0 warnings, 0 advice in 1 file\n");
}

#[test]
fn an_error_exits_1_with_path_line_column_rule_and_a_caret() {
    let dir = scratch("error");
    write(&dir, "bad.json", INVALID);
    write(&dir, "clean.json", CLEAN);
    let output = lint(&dir, &["bad.json", "clean.json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "bad.json:3:35: error [invalid-pattern] Event pattern is not valid. Reason: prefix match pattern must be a string\n  \"detail\": {\"state\": [{\"prefix\": 5}]}\n                                  ^\n1 error, 0 warnings, 0 advice in 2 files\n"
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    // Relies on no-source (a warning): the pattern names no source.
    let dir = scratch("deny");
    write(&dir, "no-source.json", r#"{"detail-type": ["EC2 Instance State-change Notification"]}"#);
    let lenient = lint(&dir, &["no-source.json"]);
    assert_eq!(lenient.status.code(), Some(0), "{}", stdout(&lenient));
    assert!(stdout(&lenient).contains("warning [no-source]"), "{}", stdout(&lenient));
    let strict = lint(&dir, &["--deny", "warnings", "no-source.json"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stdout(&strict));
    // Errors fail either way; a clean file passes either way.
    write(&dir, "bad.json", INVALID);
    assert_eq!(lint(&dir, &["--deny", "warnings", "bad.json"]).status.code(), Some(1));
    write(&dir, "clean.json", CLEAN);
    assert_eq!(lint(&dir, &["--deny", "warnings", "clean.json"]).status.code(), Some(0));
    assert_eq!(lint(&dir, &["--deny", "errors", "clean.json"]).status.code(), Some(2), "an unknown --deny is refused");
}

#[test]
fn json_output_has_every_field_of_a_finding() {
    let dir = scratch("json");
    write(&dir, "bad.json", INVALID);
    write(&dir, "clean.json", CLEAN);
    let output = lint(&dir, &["--format", "json", "bad.json", "clean.json"]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    assert_eq!(report["files"], 2);
    assert_eq!(report["errors"], 1);
    assert_eq!(report["warnings"], 0);
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    assert_eq!(findings.len(), 1, "{report}");
    let finding = &findings[0];
    assert_eq!(finding["file"], "bad.json");
    assert_eq!(finding["kind"], "pattern");
    assert_eq!(finding["rule"], "invalid-pattern");
    assert_eq!(finding["severity"], "error");
    assert_eq!((finding["line"].as_u64(), finding["column"].as_u64()), (Some(3), Some(35)));
    assert_eq!((finding["end_line"].as_u64(), finding["end_column"].as_u64()), (Some(3), Some(36)));
    assert_eq!(
        finding["start"].as_u64().and_then(|s| INVALID.get(s as usize..).and_then(|rest| rest.get(..1))),
        Some("5")
    );
    assert!(finding["message"].as_str().is_some_and(|m| m.starts_with("Event pattern is not valid.")), "{finding}");
    assert_eq!(finding["lesson"], "pattern-arrays");
    assert!(finding["fix"].is_null());
    assert_eq!(report["unreadable"], serde_json::json!([]));
}

#[test]
fn json_output_gives_a_fix_with_its_edits_and_the_fixed_text() {
    // Relies on unknown-value (its fix).
    let dir = scratch("json-fix");
    write(&dir, "typos.json", TYPOS);
    let report = json(&lint(&dir, &["--format", "json", "typos.json"]));
    let finding = &report["findings"][0];
    assert_eq!(finding["rule"], "unknown-value", "{report}");
    assert_eq!(finding["severity"], "warning");
    let fix = &finding["fix"];
    assert_eq!(fix["title"], "Replace \"Running\" with \"running\"");
    let start = TYPOS.find("\"Running\"").unwrap_or_default();
    assert_eq!(fix["edits"], serde_json::json!([{"start": start, "end": start + 9, "text": "\"running\""}]));
    assert_eq!(fix["fixed"].as_str(), Some(TYPOS.replace("Running", "running").as_str()));
}

/// Checks the parts of a SARIF 2.1.0 log code scanning needs.
fn check_sarif(log: &Value) {
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().is_some_and(|s| s.contains("sarif-2.1.0")));
    let runs = log["runs"].as_array().cloned().unwrap_or_default();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "Rulecraft");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().cloned().unwrap_or_default();
    assert!(rules.len() >= 16, "every rule is listed");
    for rule in &rules {
        assert!(rule["id"].as_str().is_some_and(|id| !id.is_empty()), "{rule}");
        assert!(rule["shortDescription"]["text"].as_str().is_some_and(|t| !t.is_empty()), "{rule}");
        assert!(["error", "warning", "note"].contains(&rule["defaultConfiguration"]["level"].as_str().unwrap_or("")));
    }
    for result in run["results"].as_array().cloned().unwrap_or_default() {
        let index = result["ruleIndex"].as_u64().unwrap_or(u64::MAX) as usize;
        assert_eq!(rules.get(index).map(|r| &r["id"]), Some(&result["ruleId"]), "{result}");
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap_or("")), "{result}");
        assert!(result["message"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        let location = &result["locations"][0]["physicalLocation"];
        assert!(location["artifactLocation"]["uri"].is_string());
        let region = &location["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().is_some_and(|n| n >= 1), "{key} in {region}");
        }
        for fix in result["fixes"].as_array().cloned().unwrap_or_default() {
            assert!(fix["description"]["text"].is_string());
            for change in fix["artifactChanges"].as_array().cloned().unwrap_or_default() {
                assert!(change["artifactLocation"]["uri"].is_string());
                for replacement in change["replacements"].as_array().cloned().unwrap_or_default() {
                    assert!(replacement["deletedRegion"]["startLine"].is_u64());
                    assert!(replacement["insertedContent"]["text"].is_string());
                }
            }
        }
    }
}

#[test]
fn sarif_output_has_the_rules_and_results_with_regions() {
    let dir = scratch("sarif");
    std::fs::create_dir_all(dir.join("patterns")).unwrap_or_else(|e| panic!("{e}"));
    write(&dir, "patterns/bad one.json", INVALID);
    write(&dir, "clean.json", CLEAN);
    let output = lint(&dir, &["--format", "sarif", "patterns/bad one.json", "clean.json"]);
    assert_eq!(output.status.code(), Some(1));
    let log = json(&output);
    check_sarif(&log);
    let results = log["runs"][0]["results"].as_array().cloned().unwrap_or_default();
    assert_eq!(results.len(), 1, "{log}");
    assert_eq!(results[0]["ruleId"], "invalid-pattern");
    assert_eq!(results[0]["level"], "error");
    let location = &results[0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "patterns/bad%20one.json");
    assert_eq!(
        location["region"],
        serde_json::json!({"startLine": 3, "startColumn": 35, "endLine": 3, "endColumn": 36})
    );
    assert_eq!(log["runs"][0]["columnKind"], "unicodeCodePoints");
}

#[test]
fn sarif_output_carries_fixes_in_the_files_terms() {
    // Relies on unknown-value (its fix).
    let dir = scratch("sarif-fix");
    write(&dir, "typos.json", TYPOS);
    let rule = serde_json::json!({"rulecraft": 2, "name": "typos", "pattern": TYPOS}).to_string();
    write(&dir, "typos.rulecraft.json", &rule);
    let log = json(&lint(&dir, &["--format", "sarif", "typos.json", "typos.rulecraft.json"]));
    check_sarif(&log);
    let results = log["runs"][0]["results"].as_array().cloned().unwrap_or_default();
    let fix_of = |uri: &str| {
        results
            .iter()
            .find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri)
            .map(|r| r["fixes"][0].clone())
            .unwrap_or_default()
    };
    let plain = fix_of("typos.json");
    assert_eq!(plain["description"]["text"], "Replace \"Running\" with \"running\"", "{log}");
    assert_eq!(plain["artifactChanges"][0]["artifactLocation"]["uri"], "typos.json");
    let replacement = &plain["artifactChanges"][0]["replacements"][0];
    assert_eq!(
        replacement["deletedRegion"],
        serde_json::json!({"startLine": 6, "startColumn": 24, "endLine": 6, "endColumn": 33})
    );
    assert_eq!(replacement["insertedContent"]["text"], "\"running\"");
    // In a rule file the pattern is a JSON string: the region is in it, the text escaped.
    let in_rule = &fix_of("typos.rulecraft.json")["artifactChanges"][0]["replacements"][0];
    let column = rule.find("\\\"Running").unwrap_or_default() + 1;
    assert_eq!(
        in_rule["deletedRegion"],
        serde_json::json!({"startLine": 1, "startColumn": column, "endLine": 1, "endColumn": column + 11}),
        "{in_rule}"
    );
    assert_eq!(in_rule["insertedContent"]["text"], "\\\"running\\\"");
}

#[test]
fn every_place_is_accepted_and_others_are_refused() {
    let dir = scratch("place");
    write(&dir, "bad.json", INVALID);
    for place in ["rule", "pipe", "subscriber", "lambda"] {
        let output = lint(&dir, &["--place", place, "bad.json"]);
        assert_eq!(output.status.code(), Some(1), "{place}: {}", stderr(&output));
        assert!(stdout(&output).contains("[invalid-pattern]"), "{place}");
    }
    let unknown = lint(&dir, &["--place", "queue", "bad.json"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("subscriber"), "the places are listed: {}", stderr(&unknown));
}

#[test]
fn an_unreadable_file_exits_2_and_the_others_are_still_linted() {
    let dir = scratch("unreadable");
    write(&dir, "bad.json", INVALID);
    write(&dir, "clean.json", CLEAN);
    std::fs::write(dir.join("binary.json"), b"{\"source\": [\0]}").unwrap_or_else(|e| panic!("{e}"));
    write(&dir, "broken.rulecraft.json", "{\"rulecraft\": 2, \"name\": ");
    write(&dir, "newer.json", r#"{"rulecraft": 99, "name": "r", "pattern": "{}"}"#);
    let output =
        lint(&dir, &["missing.json", "bad.json", "binary.json", "broken.rulecraft.json", "newer.json", "clean.json"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    for name in ["missing.json", "binary.json", "broken.rulecraft.json", "newer.json"] {
        assert!(err.lines().any(|line| line.contains(name)), "{name} is named: {err}");
    }
    assert!(err.contains("no such file") && err.contains("binary"), "{err}");
    let out = stdout(&output);
    assert!(out.starts_with("bad.json:3:35: error [invalid-pattern]"), "{out}");
    assert!(out.ends_with("1 error, 0 warnings, 0 advice in 2 files, 4 files not read\n"), "{out}");
    // JSON lists them too.
    let report = json(&lint(&dir, &["--format", "json", "missing.json", "clean.json"]));
    assert_eq!(report["unreadable"][0]["file"], "missing.json");
}

#[test]
fn standard_input_is_a_pattern() {
    let dir = scratch("stdin");
    let output = lint_stdin(&dir, &["-"], INVALID);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("-:3:35: error [invalid-pattern]"), "{}", stdout(&output));
    let clean = lint_stdin(&dir, &["-"], CLEAN);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    let binary = lint_stdin(&dir, &["-"], "{\0}");
    assert_eq!(binary.status.code(), Some(2));
    assert!(stderr(&binary).contains("standard input"), "{}", stderr(&binary));
}

#[test]
fn a_rule_files_findings_are_placed_in_the_file() {
    let dir = scratch("rule");
    let rule = r#"{"rulecraft": 2, "name": "r", "pattern": "{\n  \"detail\": {\"state\": [{\"prefix\": 5}]}\n}", "targets": []}"#;
    write(&dir, "r.rulecraft.json", rule);
    let output = lint(&dir, &["--format", "json", "r.rulecraft.json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let finding = &json(&output)["findings"][0];
    assert_eq!(finding["kind"], "rule");
    assert_eq!(finding["line"], 1);
    // The column is the `5` in the file's escaped string.
    let five = rule.find("5}").unwrap_or_default() + 1;
    assert_eq!(finding["column"].as_u64(), Some(five as u64), "{finding}");
    // The text output shows the pattern's line, unescaped.
    let text = stdout(&lint(&dir, &["r.rulecraft.json"]));
    assert!(text.starts_with(&format!("r.rulecraft.json:1:{five}: error [invalid-pattern]")), "{text}");
    assert!(text.contains("\n  \"detail\": {\"state\": [{\"prefix\": 5}]}\n"), "{text}");
}

#[test]
fn a_rule_files_targets_are_linted_with_its_pattern() {
    // Relies on infinite-loop (a warning): forwarding to the default bus.
    let dir = scratch("rule-targets");
    let targets = serde_json::json!([{"Id": "again", "Kind": "event-bus", "Arn": "arn:aws:events:eu-west-1:111122223333:event-bus/default"}]);
    let rule = serde_json::json!({"rulecraft": 2, "name": "loop", "pattern": CLEAN, "targets": targets}).to_string();
    write(&dir, "loop.rulecraft.json", &rule);
    let output = lint(&dir, &["--format", "json", "loop.rulecraft.json"]);
    assert_eq!(output.status.code(), Some(0), "a warning alone passes: {}", stdout(&output));
    let report = json(&output);
    assert_eq!(report["findings"][0]["rule"], "infinite-loop", "{report}");
    assert_eq!(lint(&dir, &["--deny", "warnings", "loop.rulecraft.json"]).status.code(), Some(1));
}

#[test]
fn a_file_with_nothing_to_fix_is_not_rewritten() {
    let dir = scratch("nothing-to-fix");
    write(&dir, "bad.json", INVALID);
    write(&dir, "clean.json", CLEAN);
    let rule = r#"{"rulecraft": 2, "name": "r", "pattern": "{\"source\": [\"aws.ec2\"]}"}"#;
    write(&dir, "r.rulecraft.json", rule);
    let mtime = |name: &str| std::fs::metadata(dir.join(name)).and_then(|m| m.modified()).ok();
    let before: Vec<_> = ["bad.json", "clean.json", "r.rulecraft.json"].map(mtime).to_vec();
    std::thread::sleep(std::time::Duration::from_millis(50));
    let output = lint(&dir, &["--fix", "bad.json", "clean.json", "r.rulecraft.json"]);
    assert_eq!(output.status.code(), Some(1), "the error remains: {}", stderr(&output));
    assert!(!stderr(&output).contains("fixed"), "{}", stderr(&output));
    assert_eq!(read(&dir, "bad.json"), INVALID);
    assert_eq!(read(&dir, "clean.json"), CLEAN);
    assert_eq!(read(&dir, "r.rulecraft.json"), rule);
    assert_eq!(["bad.json", "clean.json", "r.rulecraft.json"].map(mtime).to_vec(), before);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    assert_eq!(names.len(), 3, "no temporary file is left: {names:?}");
}

#[test]
fn fix_stdout_prints_the_fixed_text_and_leaves_the_file() {
    // Relies on unknown-value (its fix).
    let dir = scratch("fix-stdout");
    write(&dir, "typos.json", TYPOS);
    let output = lint(&dir, &["--fix", "--suggestions", "--stdout", "--deny", "warnings", "typos.json"]);
    assert_eq!(stdout(&output), TYPOS_FIXED);
    assert_eq!(read(&dir, "typos.json"), TYPOS, "the file is left as it was");
    assert_eq!(
        stderr(&output),
        "fixed typos.json: Replace \"Running\" with \"running\"; Replace \"stoped\" with \"stopped\"\n0 errors, 0 warnings, 0 advice in 1 file\n",
        "what remains is reported on standard error"
    );
    assert_eq!(output.status.code(), Some(0));
    // Standard input is fixed onto standard output.
    let piped = lint_stdin(&dir, &["--fix", "--suggestions", "-"], TYPOS);
    assert_eq!(stdout(&piped), TYPOS_FIXED);
    assert!(stderr(&piped).starts_with("fixed -: "), "{}", stderr(&piped));
}

#[test]
fn fix_in_place_rewrites_a_pattern_and_a_rules_pattern() {
    // Relies on unknown-value (its fix).
    let dir = scratch("fix-in-place");
    write(&dir, "typos.json", TYPOS);
    let rule = serde_json::json!({"rulecraft": 2, "name": "typos", "pattern": TYPOS, "events": []}).to_string();
    write(&dir, "typos.rulecraft.json", &rule);
    assert_eq!(lint(&dir, &["--deny", "warnings", "typos.json", "typos.rulecraft.json"]).status.code(), Some(1));
    let output = lint(&dir, &["--fix", "--suggestions", "--deny", "warnings", "typos.json", "typos.rulecraft.json"]);
    assert_eq!(output.status.code(), Some(0), "{}{}", stdout(&output), stderr(&output));
    assert_eq!(stdout(&output), "0 errors, 0 warnings, 0 advice in 2 files\n");
    let err = stderr(&output);
    assert!(err.contains("fixed typos.json: ") && err.contains("fixed typos.rulecraft.json: "), "{err}");
    assert_eq!(read(&dir, "typos.json"), TYPOS_FIXED);
    let saved = read(&dir, "typos.rulecraft.json");
    let document: Value = serde_json::from_str(&saved).unwrap_or(Value::Null);
    assert_eq!(document["name"], "typos");
    assert_eq!(document["pattern"].as_str(), Some(TYPOS_FIXED));
    assert!(saved.starts_with("{\n  \"rulecraft\": 2,\n"), "saved as the window saves a rule: {saved}");
    // Linting again finds nothing to fix.
    let again = lint(&dir, &["--fix", "--suggestions", "typos.json", "typos.rulecraft.json"]);
    assert!(!stderr(&again).contains("fixed"), "{}", stderr(&again));
}

#[test]
fn fix_repairs_a_pasted_pattern() {
    // Relies on pasted-text (its fix).
    let dir = scratch("fix-pasted");
    write(&dir, "pasted.json", PASTED);
    let report = json(&lint(&dir, &["--format", "json", "pasted.json"]));
    assert_eq!(report["findings"][0]["rule"], "pasted-text", "{report}");
    let piped = lint_stdin(&dir, &["--fix", "-"], PASTED);
    let fixed = stdout(&piped);
    assert!(serde_json::from_str::<Value>(&fixed).is_ok(), "{fixed}");
    assert!(fixed.contains("\"source\"") && fixed.contains("\"aws.ec2\""), "{fixed}");
    let output = lint(&dir, &["--fix", "pasted.json"]);
    assert!(stderr(&output).starts_with("fixed pasted.json: Repair the pasted text: "), "{}", stderr(&output));
    assert!(!stdout(&output).contains("[pasted-text]"), "{}", stdout(&output));
    assert_eq!(read(&dir, "pasted.json"), fixed);
}

#[test]
fn fixes_are_made_round_after_round() {
    // Relies on pasted-text, then unknown-value: the typo shows only once the paste is repaired.
    let dir = scratch("fix-rounds");
    let pasted = "{\u{201c}source\u{201d}: [\u{201c}aws.ec2\u{201d}], // EC2\n \u{201c}detail-type\u{201d}: [\u{201c}EC2 Instance State-change Notification\u{201d}],\n \"detail\": {\"state\": \"Runing\"},}";
    write(&dir, "pasted.json", pasted);
    let output = lint(&dir, &["--fix", "--suggestions", "pasted.json"]);
    let fixed: Value = serde_json::from_str(&read(&dir, "pasted.json")).unwrap_or(Value::Null);
    assert_eq!(fixed["detail"]["state"], serde_json::json!(["running"]), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.starts_with("fixed pasted.json: Repair the pasted text: "), "{err}");
    assert!(err.contains("; Replace \"Runing\" with \"running\"\n"), "{err}");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn stdout_goes_only_with_fix_and_one_file() {
    let dir = scratch("stdout-args");
    write(&dir, "a.json", CLEAN);
    write(&dir, "b.json", CLEAN);
    assert_eq!(lint(&dir, &["--stdout", "a.json"]).status.code(), Some(2));
    let two = lint(&dir, &["--fix", "--stdout", "a.json", "b.json"]);
    assert_eq!(two.status.code(), Some(2));
    assert!(stderr(&two).contains("one FILE"), "{}", stderr(&two));
    assert_eq!(lint(&dir, &[]).status.code(), Some(2), "a file is required");
    // Nothing to fix: the file's text as it is.
    let same = lint(&dir, &["--fix", "--stdout", "a.json"]);
    assert_eq!(stdout(&same), CLEAN);
}

#[test]
fn fix_makes_only_safe_fixes_unless_suggestions_are_asked_for() {
    let dir = scratch("safe-fixes");
    write(&dir, "typos.json", TYPOS);
    let text = stdout(&lint(&dir, &["--fix", "--stdout", "typos.json"]));
    // The case of a documented value is certain; a "did you mean" is a guess.
    assert!(text.contains("\"running\", \"stoped\""), "{text}");
    assert_eq!(stdout(&lint(&dir, &["--fix", "--suggestions", "--stdout", "typos.json"])), TYPOS_FIXED);
}
