//! Every AWS-recorded case in `tests/data/conformance/` (see its README for
//! provenance): the verdict, and for invalid patterns AWS's exact message.

use rulecraft::explain::explain;
use rulecraft::{Pattern, matches};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    pattern: String,
    event: String,
    expected: String,
    aws_error: Option<String>,
}

fn cases() -> Vec<Case> {
    let mut all = Vec::new();
    for file in ["aws-recorded.jsonl", "aws-recorded-extra.jsonl"] {
        let path = format!("{}/tests/data/conformance/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            all.push(serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1)));
        }
    }
    all
}

/// What Rulecraft says about a case, in the data's terms.
fn verdict(case: &Case) -> Result<&'static str, String> {
    match Pattern::parse(&case.pattern) {
        Err(e) => Err(e.to_string()),
        Ok(p) => match matches(&p, &case.event) {
            Ok(true) => Ok("match"),
            Ok(false) => Ok("no_match"),
            Err(e) => Err(format!("event unreadable: {e}")),
        },
    }
}

#[test]
fn all_aws_recorded_cases_agree() {
    let cases = cases();
    assert_eq!(cases.len(), 181, "the conformance data has 181 cases");
    let mut failures = Vec::new();
    for case in &cases {
        let got = verdict(case);
        let ok = match (case.expected.as_str(), &got) {
            ("invalid", Err(message)) => Some(message) == case.aws_error.as_ref(),
            (expected, Ok(v)) => expected == *v,
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{}: expected {} {:?}, got {:?}\n    pattern: {}",
                case.name, case.expected, case.aws_error, got, case.pattern
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree with AWS:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn explanations_agree_with_the_matcher_on_every_case() {
    let mut disagreements = Vec::new();
    for case in cases() {
        let Ok(pattern) = Pattern::parse(&case.pattern) else { continue };
        let verdict = matches(&pattern, &case.event).ok();
        let explained = explain(&pattern, &case.event).ok().map(|e| e.matched);
        if verdict != explained {
            disagreements.push(format!("{}: matcher {verdict:?}, explanation {explained:?}", case.name));
        }
        // A miss names a reason somewhere; a match names no field reason in the matching branch.
        if let Ok(e) = explain(&pattern, &case.event) {
            let has_reason =
                e.branches.iter().any(|b| b.reason.is_some() || b.fields.iter().any(|f| f.reason.is_some()));
            if !e.matched && !has_reason {
                disagreements.push(format!("{}: a miss without a reason", case.name));
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
