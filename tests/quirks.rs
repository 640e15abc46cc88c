//! Where event-ruler (the matcher behind EventBridge) answers from a quirk
//! rather than the documented pattern language, Rulecraft gives the same
//! verdict and its explanation says why, in the command line's English and
//! in the window's languages. Each case is a fact stated in
//! `tests/data/conformance/README.md` (the differential data).

use rulecraft::app::messages;
use rulecraft::explain::{Explanation, explain};
use rulecraft::{Pattern, matches};

const ENVELOPE: &str = r#""version": "0", "id": "1", "detail-type": "T", "source": "s", "account": "1", "time": "2024-01-02T03:04:05Z", "region": "eu-west-1", "resources": []"#;

fn event(body: &str) -> String {
    format!("{{{ENVELOPE}, {body}}}")
}

fn verdict(pattern: &str, body: &str) -> (bool, Explanation) {
    let p = Pattern::parse(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
    let text = event(body);
    let matched = matches(&p, &text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let explanation = explain(&p, &text).unwrap_or_else(|e| panic!("{text}: {e}"));
    assert_eq!(matched, explanation.matched, "{pattern} / {body}");
    (matched, explanation)
}

/// Every quirk note and miss reason of an explanation, in English, checked
/// against the window's English text.
fn notes(e: &Explanation) -> Vec<String> {
    let mut out = Vec::new();
    for branch in &e.branches {
        for field in &branch.fields {
            if let Some(q) = &field.quirk {
                assert_eq!(q.to_string(), messages::quirk(q), "the window's English differs");
                out.push(q.to_string());
            }
            if let Some(r) = &field.reason {
                assert_eq!(r.to_string(), messages::miss_reason(r), "the window's English differs");
                out.push(r.to_string());
            }
        }
    }
    out
}

#[test]
fn an_empty_last_key_is_never_read() {
    let (m, e) = verdict(r#"{"detail": {"": ["x"]}}"#, r#""detail": {"": "x"}"#);
    assert!(!m);
    assert_eq!(
        notes(&e),
        [
            "detail. ends in an empty key, which EventBridge never reads (it registers no empty last key), so the field has no value in any event"
        ]
    );
    let (m, e) = verdict(r#"{"detail": {"": [{"exists": false}]}}"#, r#""detail": {"": "x"}"#);
    assert!(m);
    assert_eq!(
        notes(&e),
        ["detail. ends in an empty key, which EventBridge never reads, so the field counts as absent"]
    );
    // A top-level empty key behaves normally, and so does the last one when
    // another path registers an empty step.
    assert!(verdict(r#"{"": ["x"]}"#, r#""": "x""#).0);
    assert!(
        verdict(r#"{"detail": {"": ["x"], "a": {"": {"b": [1]}}}}"#, r#""detail": {"": "x", "a": {"": {"b": 1}}}"#).0
    );
}

#[test]
fn ip_ranges_compare_across_families_as_hex_digits() {
    let (m, e) = verdict(r#"{"detail": {"ip": [{"cidr": "10.0.0.0/8"}]}}"#, r#""detail": {"ip": "a00::1"}"#);
    assert!(m);
    assert_eq!(
        notes(&e),
        [r#"EventBridge compares the IPv6 address "a00::1" with the IPv4 range 10.0.0.0/8 by its first 32 bits"#]
    );
    let (m, e) = verdict(r#"{"detail": {"ip": ["10.0.0.1"]}}"#, r#""detail": {"ip": "a00:1::"}"#);
    assert!(m);
    assert_eq!(
        notes(&e),
        [r#"EventBridge compares the IPv6 address "a00:1::" with the IPv4 range 10.0.0.1 by its first 32 bits"#]
    );
    let (m, e) = verdict(r#"{"detail": {"ip": [{"cidr": "::/1"}]}}"#, r#""detail": {"ip": "10.0.0.1"}"#);
    assert!(m);
    assert_eq!(
        notes(&e),
        [
            r#"EventBridge compares the IPv4 address "10.0.0.1" with the IPv6 range ::/1 digit by digit, and its 8 hex digits already fall inside"#
        ]
    );
    assert!(!verdict(r#"{"detail": {"ip": [{"cidr": "::/32"}]}}"#, r#""detail": {"ip": "0.0.0.1"}"#).0);
    let (m, e) = verdict(r#"{"detail": {"n": [{"cidr": "0.0.0.0/0"}]}}"#, r#""detail": {"n": 123}"#);
    assert!(m);
    assert_eq!(notes(&e), ["EventBridge reads the number 123 as text, and its digits fall in the IP range 0.0.0.0/0"]);
    // A field that compares numbers reads them as numbers.
    assert!(
        !verdict(r#"{"detail": {"n": [{"cidr": "0.0.0.0/0"}, {"numeric": ["<", 0]}]}}"#, r#""detail": {"n": 123}"#).0
    );
    // ::/0 holds every IPv6 address, plainly.
    let (m, e) = verdict(r#"{"detail": {"ip": [{"cidr": "::/0"}]}}"#, r#""detail": {"ip": "2001:db8::1"}"#);
    assert!(m);
    assert!(notes(&e).is_empty());
}

#[test]
fn a_leading_star_wildcard_widens_a_later_case_insensitive_text() {
    let pattern = r#"{"detail": {"a": [{"wildcard": "*x"}, {"prefix": {"equals-ignore-case": "ab"}}]}}"#;
    let (m, e) = verdict(pattern, r#""detail": {"a": "zb"}"#);
    assert!(m);
    assert_eq!(
        notes(&e),
        [
            r#"EventBridge builds "ab" on the loop of the wildcard starting with * on the same field, so its first character stands for any run of characters and "zb" matches"#
        ]
    );
    // Without the wildcard, or with the text first, the text means what it says.
    assert!(!verdict(r#"{"detail": {"a": [{"prefix": {"equals-ignore-case": "ab"}}]}}"#, r#""detail": {"a": "zb"}"#).0);
    assert!(
        !verdict(
            r#"{"detail": {"a": [{"prefix": {"equals-ignore-case": "ab"}}, {"wildcard": "*x"}]}}"#,
            r#""detail": {"a": "zb"}"#
        )
        .0
    );
    // An anything-but text excludes more.
    let (m, e) = verdict(
        r#"{"detail": {"a": [{"wildcard": "*x"}, {"anything-but": {"equals-ignore-case": "ab"}}]}}"#,
        r#""detail": {"a": "zb"}"#,
    );
    assert!(!m);
    assert_eq!(
        notes(&e),
        [
            r#"detail.a is "zb": EventBridge builds "ab" on the loop of the wildcard starting with * on the same field, so its first character stands for any run of characters and "zb" is excluded"#
        ]
    );
}

#[test]
fn case_outside_the_basic_multilingual_plane_folds_to_question_marks() {
    let pattern = r#"{"detail": {"a": [{"equals-ignore-case": "x𐐀"}]}}"#;
    let (m, e) = verdict(pattern, r#""detail": {"a": "X𐐨"}"#);
    assert!(!m);
    assert_eq!(
        notes(&e),
        [
            r#"detail.a is "X𐐨": EventBridge folds case one UTF-16 unit at a time, so each character of "x𐐀" outside the Basic Multilingual Plane only matches "??" and "X𐐨" does not match"#
        ]
    );
    assert!(verdict(pattern, r#""detail": {"a": "X??"}"#).0);
}

#[test]
fn complexity_between_accepted_and_refused_is_a_notice() {
    let score = |text: &str| Pattern::parse(text).map(|p| (p.complexity(), p.complexity_notice().map(|n| n.score)));
    assert_eq!(score(r#"{"a": [{"wildcard": "*a*a*a"}]}"#), Ok((6, None)));
    assert_eq!(score(r#"{"a": ["x"]}"#), Ok((0, None)));
    // 7 is the most AWS is recorded accepting; 11 the least it refused.
    assert_eq!(score(r#"{"a": [{"wildcard": "*ab*b*b*"}]}"#), Ok((7, None)));
    let eight = r#"{"a": [{"wildcard": "*a*a*a*a"}]}"#;
    let Ok((s, notice)) = score(eight) else { panic!("{eight} is accepted") };
    assert!((8..=10).contains(&s), "{s}");
    assert_eq!(notice, Some(s));
    let Ok(p) = Pattern::parse(eight) else { panic!() };
    let Some(n) = p.complexity_notice() else { panic!() };
    assert_eq!(n.to_string(), messages::complexity_notice(&n));
    assert!(n.to_string().contains("exact limit is unpublished"));
    let refused = Pattern::parse(r#"{"a": [{"wildcard": "*a*a*a"}, {"wildcard": "*a*a*a"}]}"#);
    assert_eq!(
        refused.map(|p| p.complexity()).map_err(|e| e.to_string()),
        Err("Event pattern is not valid. Reason: Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character".to_owned())
    );
}
