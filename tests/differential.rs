//! Every case of `tests/data/conformance/ruler-differential.jsonl`: random
//! patterns and events labelled by aws/event-ruler 2.0.1, the matcher behind
//! EventBridge (see the data's README for how they were made and what each
//! kind of disagreement was). Rulecraft must give the same verdict, and for a
//! rejected pattern the same first line of the message, byte for byte.

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
    let path = format!("{}/tests/data/conformance/ruler-differential.jsonl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1)))
        .collect()
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
fn every_differential_case_agrees_with_event_ruler() {
    let cases = cases();
    assert_eq!(cases.len(), 4872, "the differential data has 4,872 cases");
    let mut failures = Vec::new();
    for case in &cases {
        let got = verdict(case);
        let ok = match (case.expected.as_str(), &got) {
            ("invalid", Err(message)) => message.lines().next() == case.aws_error.as_deref(),
            (expected, Ok(v)) => expected == *v,
            _ => false,
        };
        if !ok {
            let expected = match &case.aws_error {
                Some(message) => format!("{} ({message})", case.expected),
                None => case.expected.clone(),
            };
            failures.push(format!(
                "{}: expected {expected}, got {got:?}\n    pattern: {}\n    event:   {}",
                case.name, case.pattern, case.event
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases disagree with event-ruler:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn explanations_agree_with_the_matcher_on_every_differential_case() {
    let mut disagreements = Vec::new();
    for case in cases() {
        let Ok(pattern) = Pattern::parse(&case.pattern) else { continue };
        let verdict = matches(&pattern, &case.event).ok();
        let explanation = explain(&pattern, &case.event).ok();
        let explained = explanation.as_ref().map(|e| e.matched);
        if verdict != explained {
            disagreements.push(format!("{}: matcher {verdict:?}, explanation {explained:?}", case.name));
        }
        // The command line's short way to a miss's reasons says the same.
        let mut matcher = rulecraft::EventMatcher::new(&pattern);
        if matcher.matches(&case.event).is_ok()
            && let Some(e) = &explanation
        {
            let short = rulecraft::explain::Explainer::new(&pattern).miss_reasons_of(matcher.extraction(), &case.event);
            if short != e.miss_reasons() {
                disagreements.push(format!(
                    "{}: miss reasons {short:?}, explanation {:?}",
                    case.name,
                    e.miss_reasons()
                ));
            }
        }
        if let Some(e) = explanation {
            let has_reason =
                e.branches.iter().any(|b| b.reason.is_some() || b.fields.iter().any(|f| f.reason.is_some()));
            if !e.matched && !has_reason {
                disagreements.push(format!("{}: a miss without a reason", case.name));
            }
        }
    }
    assert!(disagreements.is_empty(), "{} disagreements:\n{}", disagreements.len(), disagreements.join("\n"));
}
