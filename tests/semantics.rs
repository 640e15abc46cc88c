//! Each operator and each subtle point of EventBridge's matching semantics,
//! one table row per case: (what it shows, pattern, event, expected verdict).

use rulecraft::{Pattern, matches};

type Case = (&'static str, &'static str, &'static str, bool);

fn check(cases: &[Case]) {
    let mut wrong = Vec::new();
    for (what, pattern, event, expected) in cases {
        let verdict = Pattern::parse(pattern)
            .map_err(|e| e.to_string())
            .and_then(|p| matches(&p, event).map_err(|e| e.to_string()));
        if verdict != Ok(*expected) {
            wrong.push(format!(
                "{what}: expected {expected}, got {verdict:?}\n    pattern {pattern}\n    event   {event}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn fields_are_anded_and_values_ored() {
    check(&[
        ("all fields must match", r#"{"a": ["x"], "b": ["y"]}"#, r#"{"a": "x", "b": "y"}"#, true),
        ("one field failing fails all", r#"{"a": ["x"], "b": ["y"]}"#, r#"{"a": "x", "b": "z"}"#, false),
        ("any listed value matches", r#"{"a": ["x", "y", "z"]}"#, r#"{"a": "y"}"#, true),
        ("nested objects", r#"{"d": {"e": {"f": ["x"]}}}"#, r#"{"d": {"e": {"f": "x"}}}"#, true),
        ("dotted keys in the pattern", r#"{"d.e": {"f": ["x"]}}"#, r#"{"d": {"e": {"f": "x"}}}"#, true),
        ("dotted keys in the event", r#"{"d": {"e": {"f": ["x"]}}}"#, r#"{"d.e": {"f": "x"}}"#, true),
        ("keys are case sensitive", r#"{"A": ["x"]}"#, r#"{"a": "x"}"#, false),
        ("duplicate keys: the later wins", r#"{"a": ["x"], "a": ["y"]}"#, r#"{"a": "y"}"#, true),
        ("duplicate keys: the earlier is gone", r#"{"a": ["x"], "a": ["y"]}"#, r#"{"a": "x"}"#, false),
    ]);
}

#[test]
fn arrays_in_events() {
    check(&[
        ("any element matches", r#"{"r": ["b"]}"#, r#"{"r": ["a", "b"]}"#, true),
        ("no element matches", r#"{"r": ["c"]}"#, r#"{"r": ["a", "b"]}"#, false),
        ("nested arrays flatten", r#"{"r": [3]}"#, r#"{"r": [[1, 2], [3]]}"#, true),
        ("an empty array has no values", r#"{"r": [{"exists": true}]}"#, r#"{"r": []}"#, false),
        ("fields of an array of objects", r#"{"o": {"k": ["b"]}}"#, r#"{"o": [{"k": "a"}, {"k": "b"}]}"#, true),
        (
            "same element: match",
            r#"{"o": {"x": [3], "y": [4]}}"#,
            r#"{"o": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}"#,
            true,
        ),
        (
            "different elements: no match",
            r#"{"o": {"x": [1], "y": [4]}}"#,
            r#"{"o": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}"#,
            false,
        ),
        (
            "plain elements do not bind their array",
            r#"{"t": ["a"], "u": ["b"]}"#,
            r#"{"t": ["a", "z"], "u": ["z", "b"]}"#,
            true,
        ),
        (
            "elements under one object element share it",
            r#"{"o": {"t": ["a"], "x": [1]}}"#,
            r#"{"o": [{"t": ["b", "a"], "x": 1}]}"#,
            true,
        ),
    ]);
}

#[test]
fn numbers_compare_by_value_and_never_equal_strings() {
    check(&[
        ("300 equals 300.0", r#"{"n": [300]}"#, r#"{"n": 300.0}"#, true),
        ("300 equals 3e2", r#"{"n": [300]}"#, r#"{"n": 3e2}"#, true),
        ("3.0e2 equals 300", r#"{"n": [3.0e2]}"#, r#"{"n": 300}"#, true),
        ("a number never equals a string", r#"{"n": [5]}"#, r#"{"n": "5"}"#, false),
        ("a string never equals a number", r#"{"n": ["5"]}"#, r#"{"n": 5}"#, false),
        ("large numbers compare by text", r#"{"n": [123456789012]}"#, r#"{"n": 123456789012}"#, true),
        ("large numbers written otherwise differ", r#"{"n": [123456789012]}"#, r#"{"n": 1.23456789012e11}"#, false),
        ("numeric >", r#"{"n": [{"numeric": [">", 5]}]}"#, r#"{"n": 5.000001}"#, true),
        ("numeric > excludes the bound", r#"{"n": [{"numeric": [">", 5]}]}"#, r#"{"n": 5}"#, false),
        ("numeric >= includes the bound", r#"{"n": [{"numeric": [">=", 5]}]}"#, r#"{"n": 5e0}"#, true),
        ("numeric range", r#"{"n": [{"numeric": [">", 0, "<=", 5]}]}"#, r#"{"n": 5}"#, true),
        ("numeric range upper bound", r#"{"n": [{"numeric": [">", 0, "<", 5]}]}"#, r#"{"n": 5}"#, false),
        ("numeric =", r#"{"n": [{"numeric": ["=", 301.8]}]}"#, r#"{"n": 301.80}"#, true),
        ("numeric ignores strings", r#"{"n": [{"numeric": [">", 0]}]}"#, r#"{"n": "7"}"#, false),
        (
            "numeric ignores numbers it cannot compare",
            r#"{"n": [{"numeric": [">", 0]}]}"#,
            r#"{"n": 6000000000}"#,
            false,
        ),
        ("negative ranges", r#"{"n": [{"numeric": [">=", -10, "<", -1]}]}"#, r#"{"n": -1.5}"#, true),
    ]);
}

#[test]
fn null_empty_and_booleans() {
    check(&[
        ("null matches null", r#"{"v": [null]}"#, r#"{"v": null}"#, true),
        ("null is not the empty string", r#"{"v": [null]}"#, r#"{"v": ""}"#, false),
        ("the empty string is not null", r#"{"v": [""]}"#, r#"{"v": null}"#, false),
        ("null is not a missing field", r#"{"v": [null]}"#, "{}", false),
        ("booleans", r#"{"v": [false]}"#, r#"{"v": false}"#, true),
        ("a boolean is not its string", r#"{"v": [true]}"#, r#"{"v": "true"}"#, false),
    ]);
}

#[test]
fn exists_applies_to_leaf_values() {
    check(&[
        ("a leaf exists", r#"{"v": [{"exists": true}]}"#, r#"{"v": "x"}"#, true),
        ("null exists", r#"{"v": [{"exists": true}]}"#, r#"{"v": null}"#, true),
        ("an object is not a leaf", r#"{"v": [{"exists": true}]}"#, r#"{"v": {"w": 1}}"#, false),
        ("an empty object is not a leaf", r#"{"v": [{"exists": false}]}"#, r#"{"v": {}}"#, true),
        ("missing does not exist", r#"{"v": [{"exists": false}]}"#, r#"{"w": 1}"#, true),
        ("present fails exists false", r#"{"v": [{"exists": false}]}"#, r#"{"v": 0}"#, false),
        ("exists false or a value", r#"{"v": [{"exists": false}, "x"]}"#, r#"{"v": "x"}"#, true),
        (
            "exists false within the matched element",
            r#"{"o": {"b": [3], "c": [{"exists": false}]}}"#,
            r#"{"o": [{"b": 1, "c": 2}, {"b": 3}]}"#,
            true,
        ),
    ]);
}

#[test]
fn prefix_suffix_and_case() {
    check(&[
        ("prefix", r#"{"s": [{"prefix": "i-"}]}"#, r#"{"s": "i-123"}"#, true),
        ("prefix is case sensitive", r#"{"s": [{"prefix": "I-"}]}"#, r#"{"s": "i-123"}"#, false),
        ("empty prefix matches any string", r#"{"s": [{"prefix": ""}]}"#, r#"{"s": "x"}"#, true),
        ("prefix never matches numbers", r#"{"s": [{"prefix": "1"}]}"#, r#"{"s": 123}"#, false),
        ("suffix", r#"{"s": [{"suffix": ".png"}]}"#, r#"{"s": "a.png"}"#, true),
        ("suffix is case sensitive", r#"{"s": [{"suffix": ".PNG"}]}"#, r#"{"s": "a.png"}"#, false),
        ("equals-ignore-case", r#"{"s": [{"equals-ignore-case": "RUNNING"}]}"#, r#"{"s": "Running"}"#, true),
        ("equals-ignore-case is whole", r#"{"s": [{"equals-ignore-case": "run"}]}"#, r#"{"s": "Running"}"#, false),
        (
            "prefix ignoring case",
            r#"{"s": [{"prefix": {"equals-ignore-case": "EventB"}}]}"#,
            r#"{"s": "eventbridge"}"#,
            true,
        ),
        ("suffix ignoring case", r#"{"s": [{"suffix": {"equals-ignore-case": ".png"}}]}"#, r#"{"s": "A.PNG"}"#, true),
        ("pattern ß accepts SS", r#"{"s": [{"equals-ignore-case": "ß"}]}"#, r#"{"s": "SS"}"#, true),
        ("pattern ß refuses ss", r#"{"s": [{"equals-ignore-case": "ß"}]}"#, r#"{"s": "ss"}"#, false),
        ("non-ASCII case", r#"{"s": [{"equals-ignore-case": "ÜNÏ"}]}"#, r#"{"s": "ünï"}"#, true),
        ("unicode escapes decode", r#"{"s": ["café"]}"#, r#"{"s": "caf\u00e9"}"#, true),
    ]);
}

#[test]
fn anything_but() {
    check(&[
        ("a different string", r#"{"s": [{"anything-but": "x"}]}"#, r#"{"s": "y"}"#, true),
        ("the excluded string", r#"{"s": [{"anything-but": "x"}]}"#, r#"{"s": "x"}"#, false),
        ("never a missing field", r#"{"s": [{"anything-but": "x"}]}"#, "{}", false),
        ("null is something else", r#"{"s": [{"anything-but": "x"}]}"#, r#"{"s": null}"#, true),
        ("a list", r#"{"s": [{"anything-but": ["x", "y"]}]}"#, r#"{"s": "y"}"#, false),
        ("any array element not excluded", r#"{"s": [{"anything-but": ["x"]}]}"#, r#"{"s": ["x", "y"]}"#, true),
        ("numbers by value", r#"{"n": [{"anything-but": [100, 200]}]}"#, r#"{"n": 1e2}"#, false),
        ("numeric sets never exclude strings", r#"{"n": [{"anything-but": 100}]}"#, r#"{"n": "100"}"#, true),
        ("string sets never exclude numbers", r#"{"n": [{"anything-but": "100"}]}"#, r#"{"n": 100}"#, true),
        ("prefix", r#"{"s": [{"anything-but": {"prefix": "init"}}]}"#, r#"{"s": "initializing"}"#, false),
        ("prefix lets numbers through", r#"{"s": [{"anything-but": {"prefix": "1"}}]}"#, r#"{"s": 123}"#, true),
        ("suffix list", r#"{"s": [{"anything-but": {"suffix": [".txt", ".jpg"]}}]}"#, r#"{"s": "a.png"}"#, true),
        (
            "ignoring case",
            r#"{"s": [{"anything-but": {"equals-ignore-case": "Stopped"}}]}"#,
            r#"{"s": "STOPPED"}"#,
            false,
        ),
        ("wildcard", r#"{"s": [{"anything-but": {"wildcard": "*/init/*"}}]}"#, r#"{"s": "a/init/b"}"#, false),
        (
            "empty wildcard excludes only the empty string",
            r#"{"s": [{"anything-but": {"wildcard": ""}}]}"#,
            r#"{"s": ""}"#,
            false,
        ),
    ]);
}

#[test]
fn wildcards() {
    check(&[
        ("star in the middle", r#"{"f": [{"wildcard": "/Users/*/doc.txt"}]}"#, r#"{"f": "/Users/me/doc.txt"}"#, true),
        ("star matches the empty string", r#"{"f": [{"wildcard": "a*b"}]}"#, r#"{"f": "ab"}"#, true),
        ("anchored at both ends", r#"{"f": [{"wildcard": "a*b"}]}"#, r#"{"f": "abc"}"#, false),
        ("escaped star is literal", r#"{"f": [{"wildcard": "a\\*b"}]}"#, r#"{"f": "a*b"}"#, true),
        ("escaped star is not a wildcard", r#"{"f": [{"wildcard": "a\\*b"}]}"#, r#"{"f": "axb"}"#, false),
        ("escaped backslash", r#"{"f": [{"wildcard": "a\\\\*"}]}"#, r#"{"f": "a\\bc"}"#, true),
        ("empty wildcard", r#"{"f": [{"wildcard": ""}]}"#, r#"{"f": ""}"#, true),
        ("only strings", r#"{"f": [{"wildcard": "*"}]}"#, r#"{"f": 1}"#, false),
        ("plain string star is literal", r#"{"f": ["*"]}"#, r#"{"f": "anything"}"#, false),
    ]);
}

#[test]
fn ip_addresses() {
    check(&[
        ("IPv4 in range", r#"{"ip": [{"cidr": "10.0.0.0/24"}]}"#, r#"{"ip": "10.0.0.255"}"#, true),
        ("IPv4 out of range", r#"{"ip": [{"cidr": "10.0.0.0/24"}]}"#, r#"{"ip": "10.0.1.0"}"#, false),
        (
            "IPv6 in range",
            r#"{"ip": [{"cidr": "2001:db8:1234:1a00::/64"}]}"#,
            r#"{"ip": "2001:db8:1234:1a00::9"}"#,
            true,
        ),
        (
            "IPv6 written in full",
            r#"{"ip": [{"cidr": "2001:db8::/32"}]}"#,
            r#"{"ip": "2001:0DB8:0000:0000:0000:0000:0000:0001"}"#,
            true,
        ),
        ("not an address", r#"{"ip": [{"cidr": "10.0.0.0/24"}]}"#, r#"{"ip": "ten"}"#, false),
        (
            "a plain address value compares as an address",
            r#"{"ip": ["2001:db8::1"]}"#,
            r#"{"ip": "2001:DB8:0:0:0:0:0:1"}"#,
            true,
        ),
    ]);
}

#[test]
fn or_combinations() {
    check(&[
        ("either branch", r#"{"$or": [{"a": ["x"]}, {"b": ["y"]}]}"#, r#"{"b": "y"}"#, true),
        ("neither branch", r#"{"$or": [{"a": ["x"]}, {"b": ["y"]}]}"#, r#"{"a": "y"}"#, false),
        ("with a common field", r#"{"c": [1], "$or": [{"a": ["x"]}, {"b": ["y"]}]}"#, r#"{"a": "x"}"#, false),
        ("nested inside an object", r#"{"d": {"$or": [{"a": [1]}, {"b": [2]}]}}"#, r#"{"d": {"b": 2}}"#, true),
        ("nested $or", r#"{"$or": [{"a": [1]}, {"$or": [{"b": [2]}, {"c": [3]}]}]}"#, r#"{"c": 3}"#, true),
        (
            "two $or multiply",
            r#"{"p": {"$or": [{"a": [1]}, {"b": [2]}]}, "q": {"$or": [{"a": [1]}, {"b": [2]}]}}"#,
            r#"{"p": {"a": 1}, "q": {"b": 2}}"#,
            true,
        ),
    ]);
}
