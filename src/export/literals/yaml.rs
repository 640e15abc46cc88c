//! YAML: scalars that read back the same under YAML 1.1 and 1.2, and
//! block collections.

use super::{is_scalar_or_empty, pad, quoted};
use crate::export::Value;

/// Words YAML 1.1 (which `CloudFormation`'s and many tools' parsers follow)
/// reads as booleans or null when unquoted; compared without case.
const YAML_SPECIAL_WORDS: [&str; 10] = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"];

/// Whether a string can be written unquoted in YAML and still be read back
/// as that same string under YAML 1.1 and 1.2: it starts with a letter, `_`
/// or `/`, uses only plain characters, has no `: ` and is no special word.
fn yaml_plain_ok(text: &str) -> bool {
    let Some(first) = text.chars().next() else { return false };
    if !(first.is_ascii_alphabetic() || first == '_' || first == '/') {
        return false;
    }
    if text.ends_with([' ', ':']) || text.contains(": ") || text.contains("  ") {
        return false;
    }
    let plain_chars = text.chars().all(|c| c.is_ascii_alphanumeric() || " _./@+:-".contains(c));
    plain_chars && !YAML_SPECIAL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(text))
}

/// A YAML scalar for a string: plain when safe, else double-quoted with
/// escapes for quotes, backslashes, control and line-breaking characters.
pub(crate) fn yaml_string(text: &str) -> String {
    if yaml_plain_ok(text) {
        return text.to_owned();
    }
    quoted(text, '"', |c| {
        let special = c < ' '
            || ('\u{7f}'..='\u{9f}').contains(&c)
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}');
        special.then(|| format!("\\u{:04X}", u32::from(c)))
    })
}

/// A JSON number written so that YAML 1.1 and 1.2 both read it as that
/// number: an exponent needs a `.` in the mantissa and a sign (`1e3` →
/// `1.0e+3`), or YAML 1.1 reads it as a string.
pub(crate) fn yaml_number(text: &str) -> String {
    let Some(at) = text.find(['e', 'E']) else { return text.to_owned() };
    let (mantissa, rest) = text.split_at(at);
    let (marker, exponent) = rest.split_at(1);
    let mantissa = if mantissa.contains('.') { mantissa.to_owned() } else { format!("{mantissa}.0") };
    let exponent = if exponent.starts_with(['+', '-']) { exponent.to_owned() } else { format!("+{exponent}") };
    format!("{mantissa}{marker}{exponent}")
}

fn yaml_scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => yaml_number(n),
        Value::String(s) => yaml_string(s),
        Value::Array(_) => "[]".to_owned(),
        Value::Object(_) => "{}".to_owned(),
    }
}

/// Writes a non-empty container as block YAML, each line at `indent`.
fn yaml_block(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                pad(out, indent);
                yaml_member(out, key, member, indent);
            }
        }
        Value::Array(items) => {
            for item in items {
                pad(out, indent);
                out.push_str("- ");
                yaml_item(out, item, indent + 2);
            }
        }
        scalar => {
            pad(out, indent);
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

/// `key: value`, the cursor at the key; nested blocks indent by two.
fn yaml_member(out: &mut String, key: &str, value: &Value, indent: usize) {
    out.push_str(&yaml_string(key));
    out.push(':');
    if is_scalar_or_empty(value) {
        out.push(' ');
        out.push_str(&yaml_scalar(value));
        out.push('\n');
    } else {
        out.push('\n');
        yaml_block(out, value, indent + 2);
    }
}

/// A sequence item, the cursor after `- `; `indent` is the item's column.
fn yaml_item(out: &mut String, item: &Value, indent: usize) {
    match item {
        Value::Object(members) if !members.is_empty() => {
            for (i, (key, member)) in members.iter().enumerate() {
                if i > 0 {
                    pad(out, indent);
                }
                yaml_member(out, key, member, indent);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, inner) in items.iter().enumerate() {
                if i > 0 {
                    pad(out, indent);
                }
                out.push_str("- ");
                yaml_item(out, inner, indent + 2);
            }
        }
        scalar => {
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

/// `key:` and the pattern beneath it at `indent + 2`.
pub(crate) fn yaml_pattern(out: &mut String, key: &str, pattern: &Value, indent: usize) {
    pad(out, indent);
    yaml_member(out, key, pattern, indent);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_numbers_keep_their_value_under_yaml_1_1() {
        assert_eq!(yaml_number("1e3"), "1.0e+3");
        assert_eq!(yaml_number("-2.5E-4"), "-2.5E-4");
        assert_eq!(yaml_number("7"), "7");
    }

    #[test]
    fn yaml_quotes_what_would_change_meaning() {
        for risky in ["yes", "On", "NULL", "~", "123456789012", "2024-01-01", "1e3", "0x1F", "", " a", "a: b", "-x"] {
            assert!(yaml_string(risky).starts_with('"'), "{risky}");
        }
        for plain in ["aws.ec2", "EC2 Instance State-change Notification", "arn:aws:ec2:us-east-1:1:instance/i-1"] {
            assert_eq!(yaml_string(plain), plain);
        }
    }
}
