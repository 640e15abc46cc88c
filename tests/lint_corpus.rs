//! The linter over whole corpora: it must not cry wolf.
//!
//! - Every bundled sample's own pattern, as the designer writes it when its
//!   source and detail-type are picked and the values it has of each
//!   documented field are toggled on, gets no error and no warning.
//! - Every valid pattern of the AWS-recorded conformance cases and of the
//!   event-ruler differential file is linted without a panic, every finding's
//!   span lies in its text and every fix leaves a valid pattern.
//!
//! Run with `--nocapture` to see the counts by rule (the figures reported
//! with the linter).
#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use rulecraft::lint::{Context, Finding, RuleId, Severity, lint};
use std::collections::BTreeMap;

fn value_at<'v>(event: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    path.split('.').try_fold(event, |node, key| node.get(key))
}

/// The pattern the designer writes for a sample.
fn own_pattern(sample: &rulecraft::samples::Sample) -> String {
    let event: serde_json::Value = serde_json::from_str(sample.text).expect("samples are JSON");
    let mut form = rulecraft::form::Form {
        source: Some(sample.source.clone()),
        detail_types: vec![sample.detail_type.clone()],
        ..Default::default()
    };
    if let Some(detail_type) = rulecraft::catalog::catalog().detail_type(&sample.source, &sample.detail_type) {
        for field in detail_type.fields.iter().filter(|f| f.has_toggles()) {
            if let Some(serde_json::Value::String(value)) = value_at(&event, &field.path) {
                form.set_values(&field.path, vec![value.clone()]);
            }
        }
    }
    form.pattern_text()
}

fn tally(counts: &mut BTreeMap<&'static str, usize>, findings: &[Finding]) {
    for f in findings {
        *counts.entry(f.rule.id()).or_default() += 1;
    }
}

fn report(name: &str, patterns: usize, counts: &BTreeMap<&'static str, usize>) {
    eprintln!("{name}: {patterns} patterns");
    for (rule, count) in counts {
        eprintln!("  {rule:32} {count}");
    }
}

/// Every finding's span is in the text, and every fix leaves a valid pattern.
fn check_findings(name: &str, text: &str, findings: &[Finding]) {
    for f in findings {
        assert!(f.span.start <= f.span.end && f.span.end <= text.len(), "{name}: {f:?} is outside the text");
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end), "{name}: {f:?}");
        if let Some(fix) = &f.fix {
            let fixed = fix.apply(text);
            assert!(
                rulecraft::Pattern::parse(&fixed).is_ok(),
                "{name}: the fix {} leaves an invalid pattern:\n{fixed}",
                fix.title
            );
        }
    }
}

#[test]
fn the_samples_own_patterns_get_no_warnings() {
    let mut counts = BTreeMap::new();
    let mut wolf = Vec::new();
    let samples = rulecraft::samples::all();
    for sample in samples {
        let text = own_pattern(sample);
        let findings = lint(&text, &Context::default());
        check_findings(&sample.file, &text, &findings);
        tally(&mut counts, &findings);
        for f in findings.iter().filter(|f| f.severity < Severity::Advice) {
            wolf.push(format!("{}: [{}] {}\n{text}", sample.file, f.rule.id(), f.message));
        }
    }
    report("bundled samples' own patterns", samples.len(), &counts);
    assert!(
        wolf.is_empty(),
        "{} warnings or errors on patterns made from the samples:\n{}",
        wolf.len(),
        wolf.join("\n")
    );
}

#[test]
fn conformance_patterns_lint_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/conformance");
    for file in ["aws-recorded.jsonl", "aws-recorded-extra.jsonl", "ruler-differential.jsonl"] {
        let text = std::fs::read_to_string(dir.join(file)).expect("conformance data");
        let mut counts = BTreeMap::new();
        let mut seen = std::collections::BTreeSet::new();
        for (n, line) in text.lines().enumerate() {
            let case: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
            let Some(pattern) = case.get("pattern").and_then(|p| p.as_str()) else { continue };
            if !seen.insert(pattern.to_owned()) || rulecraft::Pattern::parse(pattern).is_err() {
                continue;
            }
            let findings = lint(pattern, &Context::default());
            check_findings(&format!("{file}:{}", n + 1), pattern, &findings);
            assert!(
                findings.iter().all(|f| f.rule != RuleId::InvalidPattern),
                "{file}:{}: a valid pattern called invalid",
                n + 1
            );
            tally(&mut counts, &findings);
        }
        report(file, seen.len(), &counts);
    }
}
