//! Properties over generated patterns and events.

use proptest::prelude::*;
use rulecraft::explain::explain;
use rulecraft::{Pattern, matches};

mod generate;
use generate::{number_value, pattern_text, string_value};

fn leaf_value() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        string_value().prop_map(serde_json::Value::from),
        number_value().prop_map(|n| serde_json::from_str(&n).unwrap_or(serde_json::Value::Null)),
        any::<bool>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
    ]
}

fn event_value() -> impl Strategy<Value = serde_json::Value> {
    leaf_value().prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(serde_json::Value::from),
            prop::collection::btree_map(prop::sample::select(vec!["a", "b", "c", "d", "e", "n"]), inner, 0..3)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

fn event() -> impl Strategy<Value = serde_json::Value> {
    prop::collection::btree_map(prop::sample::select(vec!["a", "b", "c", "d", "n"]), event_value(), 0..5)
        .prop_map(|m| serde_json::Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn explanations_agree_with_the_matcher(pattern in pattern_text(), event in event()) {
        let Ok(p) = Pattern::parse(&pattern) else { return Ok(()) };
        let compact = event.to_string();
        let verdict = matches(&p, &compact);
        prop_assert!(verdict.is_ok());
        let explanation = explain(&p, &compact);
        let explained = explanation.as_ref().map(|e| e.matched).map_err(Clone::clone);
        prop_assert_eq!(verdict.clone(), explained, "pattern {} event {}", pattern, compact);
        // The command line's short way to a miss's reasons says the same.
        let mut matcher = rulecraft::EventMatcher::new(&p);
        if let (Ok(_), Ok(e)) = (matcher.matches(&compact), &explanation) {
            let short = rulecraft::explain::Explainer::new(&p).miss_reasons_of(matcher.extraction(), &compact);
            prop_assert_eq!(short, e.miss_reasons(), "pattern {} event {}", pattern, compact);
        }
        // Layout does not matter.
        let pretty = serde_json::to_string_pretty(&event).unwrap_or_default();
        prop_assert_eq!(verdict, matches(&p, &pretty), "pattern {} event {}", pattern, pretty);
    }

    #[test]
    fn generated_patterns_compile(pattern in pattern_text()) {
        // Only the numeric range with equal bounds could be refused, and the
        // generator has none; or, as event-ruler counts every insertion of a
        // wildcard, repeated wildcards (in `$or` branches) as too complex.
        let parsed = Pattern::parse(&pattern);
        prop_assert!(
            parsed.as_ref().map_err(|e| &e.kind).is_ok_and(|p| p.complexity() <= 10)
                || parsed.as_ref().is_err_and(|e| e.kind == rulecraft::pattern::PatternErrorKind::TooComplex),
            "{}: {:?}",
            pattern,
            parsed.err()
        );
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,64}", bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = Pattern::parse(&text);
        let _ = rulecraft::json::parse(&text);
        let lossy = String::from_utf8_lossy(&bytes);
        let _ = Pattern::parse(&lossy);
        if let Ok(p) = Pattern::parse(r#"{"a": [{"exists": true}], "b": {"c": [1]}}"#) {
            let _ = matches(&p, &text);
            let _ = matches(&p, &lossy);
        }
    }
}
