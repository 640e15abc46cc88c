//! The command line over infrastructure code: `rulecraft rules` lists the
//! rules of files and folders (text and JSON lines), `rulecraft test
//! --rules` tests each one (deploy-time parts skipped unless given a value,
//! invalid patterns failing the run), and `rulecraft lint` lints each
//! pattern at its rule's line; files that cannot be read exit 2 while the
//! others are still read.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rulecraft(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A fresh folder with a SAM template, a Terraform file, a broken YAML
/// template and a file that is not infrastructure code.
fn repository(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-iac-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("infra")).unwrap_or_else(|e| panic!("{e}"));
    let write = |path: &str, text: &str| std::fs::write(dir.join(path), text).unwrap_or_else(|e| panic!("{e}"));
    write(
        "infra/template.yaml",
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Events:\n        Running:\n          Type: EventBridgeRule\n          Properties:\n            Pattern:\n              source: [aws.ec2]\n              detail-type: [EC2 Instance State-change Notification]\n              detail:\n                state: [running]\n  Mine:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern:\n        account: [!Ref AWS::AccountId]\n        source: [aws.ec2]\n",
    );
    write(
        "infra/main.tf",
        "resource \"aws_cloudwatch_event_rule\" \"bad\" {\n  name = \"bad\"\n  event_pattern = jsonencode({\n    source = [\"aws.ec2\"]\n    detail = { count = [{ numeric = [\">\"] }] }\n  })\n}\n\nresource \"aws_cloudwatch_event_rule\" \"nightly\" {\n  schedule_expression = \"cron(0 3 * * ? *)\"\n}\n",
    );
    write("infra/broken.yaml", "Resources:\n  R:\n    Type: AWS::Events::Rule\n   oops: [\n");
    write("infra/notes.yaml", "title: not a template\n");
    dir
}

#[test]
fn rules_lists_what_each_file_holds_and_reports_the_broken_one() {
    let dir = repository("list");
    let output = rulecraft(&dir, &["rules", "--format", "json", "infra"]);
    assert_eq!(output.status.code(), Some(2), "a file could not be read");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.yaml:4:"), "{stderr}");
    let rules: Vec<Value> =
        stdout(&output).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    let seen: Vec<(&str, &str, u64)> = rules
        .iter()
        .map(|r| (r["kind"].as_str().unwrap_or(""), r["name"].as_str().unwrap_or(""), r["line"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(
        seen,
        [
            ("tf-rule", "bad", 1),
            ("tf-rule", "aws_cloudwatch_event_rule.nightly", 9),
            ("sam-eventbridge-rule", "Fn.Running", 7),
            ("cfn-rule", "Mine", 15),
        ]
    );
    assert_eq!(rules[1]["schedule"], "cron(0 3 * * ? *)");
    assert_eq!(rules[1]["pattern"], Value::Null);
    assert_eq!(rules[3]["unresolved"], true);
    assert_eq!(rules[3]["pattern"]["account"][0]["Ref"], "AWS::AccountId");
    assert_eq!(rules[2]["targets"][0]["implicit_target"], "Fn");
    assert!(rules.iter().all(|r| r["file"].as_str().is_some_and(|f| f.starts_with("infra"))));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn test_rules_tests_each_rule_and_fails_on_an_invalid_pattern() {
    let dir = repository("test");
    let output = rulecraft(
        &dir,
        &["test", "--rules", "infra/template.yaml", "--rules", "infra/main.tf", "--samples", "--quiet"],
    );
    let text = stdout(&output);
    // The SAM rule matches the bundled "running" sample; the account-bound one waits for a value.
    assert!(text.contains("== infra/template.yaml:7 Fn.Running\n1 matched"), "{text}");
    assert!(
        text.contains("Mine: skipped, only known at deploy time (give --value NAME=VALUE): AWS::AccountId"),
        "{text}"
    );
    assert!(text.contains("aws_cloudwatch_event_rule.nightly: not tested (a schedule, no pattern)"), "{text}");
    // AWS's message for the Terraform pattern's incomplete numeric range.
    assert!(text.contains("aws_cloudwatch_event_rule.bad"), "{text}");
    assert!(text.contains("numeric"), "{text}");
    assert_eq!(output.status.code(), Some(1), "an invalid pattern fails the run: {text}");
    assert!(text.ends_with("1 rules tested, 1 with an invalid pattern, 2 not tested\n"), "{text}");

    // With a value for the account, the rule is tested too.
    let output = rulecraft(
        &dir,
        &["test", "--rules", "infra/template.yaml", "--samples", "--quiet", "--value", "AWS::AccountId=111122223333"],
    );
    let text = stdout(&output);
    assert!(text.contains("== infra/template.yaml:15 Mine\n"), "{text}");
    assert_eq!(output.status.code(), Some(0), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lint_points_at_each_rules_line_and_never_fixes_templates() {
    let dir = repository("lint");
    let output = rulecraft(&dir, &["lint", "infra/template.yaml", "infra/main.tf"]);
    let text = stdout(&output);
    // The SAM pattern names no account: advice at the event's line.
    assert!(text.contains("infra/template.yaml:7:1: advice [no-account-or-region]"), "{text}");
    // The Terraform pattern is refused by AWS: an error at the resource's line.
    assert!(text.contains("infra/main.tf:1:1: error [invalid-pattern]"), "{text}");
    assert_eq!(output.status.code(), Some(1), "{text}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("template.yaml:15: Mine: not linted, its pattern is only known at deploy time"),
        "{stderr}"
    );

    let before = std::fs::read_to_string(dir.join("infra/main.tf")).unwrap_or_default();
    let output = rulecraft(&dir, &["lint", "--fix", "infra/main.tf"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("never changed"));
    assert_eq!(std::fs::read_to_string(dir.join("infra/main.tf")).unwrap_or_default(), before);
    let _ = std::fs::remove_dir_all(&dir);
}
