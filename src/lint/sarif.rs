//! SARIF 2.1.0 output of findings: what GitHub code scanning and other
//! static-analysis viewers read.
//!
//! One run, whose driver lists every rule ([`RuleId::ALL`], so a result's
//! `ruleIndex` is the rule's place there); a result per finding, located in
//! the file as given (columns count Unicode code points, as the text output
//! does), with its fix as replacements in that file; files that could not be
//! read as the run's notifications.

use super::command::{Linted, Problem, Region};
use super::{RuleId, Severity};
use serde_json::{Value, json};
use std::fmt::Write as _;

/// The SARIF version written.
pub const VERSION: &str = "2.1.0";

/// The schema of that version.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where Rulecraft's documentation is: Cargo.toml's `homepage`, or else its
/// `repository` (empty when it names neither; the driver then has no
/// `informationUri`).
pub const INFORMATION_URI: &str = match (env!("CARGO_PKG_HOMEPAGE").as_bytes(), env!("CARGO_PKG_REPOSITORY")) {
    ([], repository) => repository,
    _ => env!("CARGO_PKG_HOMEPAGE"),
};

/// SARIF's level for a severity: advice is a `note`.
#[must_use]
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

/// The severity a rule's findings usually have, for the rule table's
/// `defaultConfiguration` (each result carries its own level).
#[must_use]
pub fn default_severity(rule: RuleId) -> Severity {
    match rule {
        RuleId::InvalidPattern | RuleId::PastedText | RuleId::UnsupportedHere | RuleId::PatternSize => Severity::Error,
        RuleId::InfiniteLoop
        | RuleId::NoSource
        | RuleId::NoDetailType
        | RuleId::CloudTrailWithoutEventName
        | RuleId::UnknownValue
        | RuleId::UnknownField
        | RuleId::BroaderThanNamed
        | RuleId::NumberComparedAsText
        | RuleId::WildcardComplexity
        | RuleId::OrCombinations => Severity::Warning,
        RuleId::LongValueList | RuleId::NoAccountOrRegion => Severity::Advice,
    }
}

/// The SARIF log of `files`' findings, with `problems` (files not read or
/// not saved) as the run's notifications.
#[must_use]
pub fn log(files: &[Linted], problems: &[Problem]) -> Value {
    let rules: Vec<Value> = RuleId::ALL
        .iter()
        .map(|&rule| {
            json!({
                "id": rule.id(),
                "shortDescription": {"text": rule.summary()},
                "defaultConfiguration": {"level": level(default_severity(rule))},
                "properties": {"lesson": rule.lesson()},
            })
        })
        .collect();
    let results: Vec<Value> = files
        .iter()
        .flat_map(|file| file.findings.iter().map(move |l| (file, l)))
        .map(|(file, located)| {
            let finding = &located.finding;
            let location = json!({"uri": uri(&file.path)});
            let mut result = json!({
                "ruleId": finding.rule.id(),
                "ruleIndex": RuleId::ALL.iter().position(|&r| r == finding.rule).unwrap_or(0),
                "level": level(finding.severity),
                "message": {"text": finding.message.to_string()},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": region(located.region),
                    },
                }],
            });
            if let Some(fix) = &finding.fix {
                let replacements: Vec<Value> = located
                    .replacements
                    .iter()
                    .map(|r| json!({"deletedRegion": region(r.region), "insertedContent": {"text": r.text}}))
                    .collect();
                result["fixes"] = json!([{
                    "description": {"text": fix.title.to_string()},
                    "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
                }]);
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = problems
        .iter()
        .map(|problem| {
            json!({
                "level": "error",
                "message": {"text": problem.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&problem.path)}}}],
            })
        })
        .collect();
    let mut driver = json!({
        "name": "Rulecraft",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if !INFORMATION_URI.is_empty() {
        driver["informationUri"] = json!(INFORMATION_URI);
    }
    json!({
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [{
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": problems.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    })
}

/// A region: 1-based lines and columns, the end column just past the last character.
fn region(region: Region) -> Value {
    json!({
        "startLine": region.start.line,
        "startColumn": region.start.column,
        "endLine": region.end.line,
        "endColumn": region.end.column,
    })
}

/// A path as given, as a URI reference: relative paths stay relative (with
/// `/` between folders), absolute ones become `file://` URIs; characters a
/// URI cannot hold are percent-encoded.
#[must_use]
pub fn uri(path: &str) -> String {
    let slashed = if cfg!(windows) { path.replace('\\', "/") } else { path.to_owned() };
    let absolute = std::path::Path::new(path).is_absolute();
    let mut encoded = String::with_capacity(slashed.len());
    for (n, byte) in slashed.bytes().enumerate() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/' | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' | b'@')
            // A drive letter's colon (C:/...) in an absolute Windows path.
            || (byte == b':' && absolute && n == 1);
        if keep {
            encoded.push(char::from(byte));
        } else {
            write!(encoded, "%{byte:02X}").ok();
        }
    }
    match (absolute, encoded.starts_with('/')) {
        (false, _) => encoded,
        (true, true) => format!("file://{encoded}"),
        (true, false) => format!("file:///{encoded}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("patterns/ec2 watcher.json"), "patterns/ec2%20watcher.json");
        assert_eq!(uri("a:b.json"), "a%3Ab.json");
        assert_eq!(uri("규칙.json"), "%EA%B7%9C%EC%B9%99.json");
        if cfg!(unix) {
            assert_eq!(uri("/tmp/p.json"), "file:///tmp/p.json");
        }
    }

    #[test]
    fn every_rule_has_a_level_sarif_knows() {
        for rule in RuleId::ALL {
            assert!(["error", "warning", "note"].contains(&level(default_severity(rule))));
        }
    }
}
