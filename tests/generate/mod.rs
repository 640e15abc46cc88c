//! Generated patterns (proptest strategies) shared by the property tests and
//! the export tests: every operator, nested fields and `$or`.

use proptest::prelude::*;

const KEYS: [&str; 4] = ["a", "b", "c", "d.e"];

/// Strings the matching properties use: case, IP addresses, wildcards, accents.
pub const PLAIN_STRINGS: &[&str] = &["x", "X", "xy", "yx", "", "10.0.0.7", "2001:db8::1", "run*", "Ünï"];

/// One of `strings`.
pub fn string_value_from(strings: &'static [&'static str]) -> impl Strategy<Value = String> + Clone {
    prop::sample::select(strings.to_vec()).prop_map(str::to_owned)
}

/// One of [`PLAIN_STRINGS`].
pub fn string_value() -> impl Strategy<Value = String> + Clone {
    string_value_from(PLAIN_STRINGS)
}

/// Numbers written in several ways, some compared by value, some by text.
pub fn number_value() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["0", "5", "5.0", "5e0", "-3", "300", "3e2", "1.5", "6000000000", "0.0000001"])
        .prop_map(str::to_owned)
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// One condition of any kind, as pattern text, with strings from `strings`.
fn condition(strings: &'static [&'static str]) -> impl Strategy<Value = String> {
    let strings_of = || string_value_from(strings);
    prop_oneof![
        strings_of().prop_map(|s| quoted(&s)),
        number_value(),
        Just("true".to_owned()),
        Just("null".to_owned()),
        strings_of().prop_map(|s| format!(r#"{{"prefix": {}}}"#, quoted(&s))),
        strings_of().prop_map(|s| format!(r#"{{"suffix": {}}}"#, quoted(&s))),
        strings_of().prop_map(|s| format!(r#"{{"equals-ignore-case": {}}}"#, quoted(&s))),
        strings_of().prop_map(|s| format!(r#"{{"prefix": {{"equals-ignore-case": {}}}}}"#, quoted(&s))),
        strings_of().prop_map(|s| format!(r#"{{"suffix": {{"equals-ignore-case": {}}}}}"#, quoted(&s))),
        prop::sample::select(vec!["*", "x*", "*y", "r*n\\\\*", "*x*"])
            .prop_map(|w| format!(r#"{{"wildcard": "{w}"}}"#)),
        strings_of().prop_map(|s| format!(r#"{{"anything-but": {}}}"#, quoted(&s))),
        prop::collection::vec(strings_of(), 1..3).prop_map(|v| format!(
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

fn field(strings: &'static [&'static str]) -> impl Strategy<Value = String> {
    (prop::sample::select(KEYS.to_vec()), prop::collection::vec(condition(strings), 1..3))
        .prop_map(|(k, cs)| format!(r#""{k}": [{}]"#, cs.join(", ")))
}

/// A pattern with strings from [`PLAIN_STRINGS`].
pub fn pattern_text() -> impl Strategy<Value = String> {
    pattern_text_with(PLAIN_STRINGS)
}

/// A pattern: fields at the top, under `n`, and sometimes a `$or`; every
/// operator, with strings from `strings`.
pub fn pattern_text_with(strings: &'static [&'static str]) -> impl Strategy<Value = String> {
    let fields = prop::collection::vec(field(strings), 1..3);
    let nested = prop::collection::vec(field(strings), 0..3);
    let or = prop::option::of(prop::collection::vec(field(strings), 2..4));
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
