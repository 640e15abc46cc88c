//! Properties over generated patterns and events.

use proptest::prelude::*;
use rulecraft::explain::explain;
use rulecraft::{Pattern, matches};

const KEYS: [&str; 4] = ["a", "b", "c", "d.e"];

fn string_value() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["x", "X", "xy", "yx", "", "10.0.0.7", "2001:db8::1", "run*", "Ünï"])
        .prop_map(str::to_owned)
}

fn number_value() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["0", "5", "5.0", "5e0", "-3", "300", "3e2", "1.5", "6000000000", "0.0000001"])
        .prop_map(str::to_owned)
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// One condition of any kind, as pattern text.
fn condition() -> impl Strategy<Value = String> {
    prop_oneof![
        string_value().prop_map(|s| quoted(&s)),
        number_value(),
        Just("true".to_owned()),
        Just("null".to_owned()),
        string_value().prop_map(|s| format!(r#"{{"prefix": {}}}"#, quoted(&s))),
        string_value().prop_map(|s| format!(r#"{{"suffix": {}}}"#, quoted(&s))),
        string_value().prop_map(|s| format!(r#"{{"equals-ignore-case": {}}}"#, quoted(&s))),
        string_value().prop_map(|s| format!(r#"{{"prefix": {{"equals-ignore-case": {}}}}}"#, quoted(&s))),
        string_value().prop_map(|s| format!(r#"{{"suffix": {{"equals-ignore-case": {}}}}}"#, quoted(&s))),
        prop::sample::select(vec!["*", "x*", "*y", "r*n\\\\*", "*x*"])
            .prop_map(|w| format!(r#"{{"wildcard": "{w}"}}"#)),
        string_value().prop_map(|s| format!(r#"{{"anything-but": {}}}"#, quoted(&s))),
        prop::collection::vec(string_value(), 1..3).prop_map(|v| format!(
            r#"{{"anything-but": [{}]}}"#,
            v.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", ")
        )),
        prop::sample::select(vec!["0", "5", "-3"]).prop_map(|n| format!(r#"{{"anything-but": {n}}}"#)),
        Just(r#"{"anything-but": {"prefix": "x"}}"#.to_owned()),
        Just(r#"{"anything-but": {"suffix": "y"}}"#.to_owned()),
        Just(r#"{"anything-but": {"equals-ignore-case": ["X", "Y"]}}"#.to_owned()),
        Just(r#"{"anything-but": {"wildcard": "*x*"}}"#.to_owned()),
        prop::sample::select(vec![r#"[">", 0]"#, r#"["<=", 5]"#, r#"["=", 300]"#, r#"[">=", -3, "<", 5]"#])
            .prop_map(|r| format!(r#"{{"numeric": {r}}}"#)),
        any::<bool>().prop_map(|b| format!(r#"{{"exists": {b}}}"#)),
        Just(r#"{"cidr": "10.0.0.0/24"}"#.to_owned()),
        Just(r#"{"cidr": "2001:db8::/32"}"#.to_owned()),
    ]
}

fn field() -> impl Strategy<Value = String> {
    (prop::sample::select(KEYS.to_vec()), prop::collection::vec(condition(), 1..3))
        .prop_map(|(k, cs)| format!(r#""{k}": [{}]"#, cs.join(", ")))
}

/// A pattern: fields at the top, under `n`, and sometimes a `$or`.
fn pattern_text() -> impl Strategy<Value = String> {
    let fields = prop::collection::vec(field(), 1..3);
    let nested = prop::collection::vec(field(), 0..3);
    let or = prop::option::of(prop::collection::vec(field(), 2..4));
    (fields, nested, or).prop_map(|(top, nested, or)| {
        let mut parts = top;
        if !nested.is_empty() {
            parts.push(format!(r#""n": {{{}}}"#, nested.join(", ")));
        }
        if let Some(alternatives) = or {
            let items: Vec<String> = alternatives.iter().map(|f| format!("{{{f}}}")).collect();
            parts.push(format!(r#""$or": [{}]"#, items.join(", ")));
        }
        format!("{{{}}}", parts.join(", "))
    })
}

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
        let explained = explain(&p, &compact).map(|e| e.matched);
        prop_assert_eq!(verdict.clone(), explained, "pattern {} event {}", pattern, compact);
        // Layout does not matter.
        let pretty = serde_json::to_string_pretty(&event).unwrap_or_default();
        prop_assert_eq!(verdict, matches(&p, &pretty), "pattern {} event {}", pattern, pretty);
    }

    #[test]
    fn generated_patterns_compile(pattern in pattern_text()) {
        // Only the numeric range with equal bounds could be refused, and the generator has none.
        prop_assert!(Pattern::parse(&pattern).is_ok(), "{}", pattern);
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
