//! JSON: strings (optionally ASCII-only), pretty and compact values.

use super::{is_scalar_or_empty, pad};
use crate::export::Value;
use std::fmt::Write as _;

/// A JSON string literal (serde's escaping); with `ascii`, non-ASCII
/// characters are written as `\u` escapes (UTF-16, as JSON asks).
fn json_string(text: &str, ascii: bool) -> String {
    let quoted = serde_json::to_string(text).unwrap_or_default();
    if !ascii || quoted.is_ascii() {
        return quoted;
    }
    let mut out = String::with_capacity(quoted.len());
    for c in quoted.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

/// Pretty JSON, two spaces; arrays of scalars on one line.
pub(crate) fn json(out: &mut String, value: &Value, indent: usize, ascii: bool) {
    match value {
        Value::Object(members) if !members.is_empty() => {
            out.push_str("{\n");
            for (i, (key, member)) in members.iter().enumerate() {
                pad(out, indent + 2);
                out.push_str(&json_string(key, ascii));
                out.push_str(": ");
                json(out, member, indent + 2, ascii);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
        Value::Array(items) if items.iter().any(|v| !is_scalar_or_empty(v)) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 2);
                json(out, item, indent + 2, ascii);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        other => out.push_str(&compact_json(other, ascii)),
    }
}

/// JSON on one line, without spaces.
pub(crate) fn compact_json(value: &Value, ascii: bool) -> String {
    let mut out = String::new();
    compact_json_into(&mut out, value, ascii);
    out
}

fn compact_json_into(out: &mut String, value: &Value, ascii: bool) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => out.push_str(&json_string(s, ascii)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                compact_json_into(out, item, ascii);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (key, member)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_string(key, ascii));
                out.push(':');
                compact_json_into(out, member, ascii);
            }
            out.push('}');
        }
    }
}
