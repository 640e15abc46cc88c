//! JSON: the pattern alone, pretty-printed or on one line.

use super::Prepared;
use super::literals::json::{compact_json, json};

/// The pattern, pretty-printed (two spaces; arrays of scalars on one line).
pub(super) fn pretty(rule: &Prepared) -> String {
    let mut out = String::new();
    json(&mut out, &rule.pattern, 0, false);
    out.push('\n');
    out
}

/// The pattern on one line, without spaces.
pub(super) fn compact(rule: &Prepared) -> String {
    compact_json(&rule.pattern, false) + "\n"
}
