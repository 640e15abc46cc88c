//! JavaScript/TypeScript and Python: string literals, object keys, how
//! JavaScript prints numbers, and values as expressions ([`code_value`]).

use super::{pad, quoted};
use crate::export::Value;

/// A JavaScript string literal in single quotes.
pub(crate) fn js_string(text: &str) -> String {
    quoted(text, '\'', |c| {
        (c < ' ' || c == '\u{7f}' || matches!(c, '\u{2028}' | '\u{2029}')).then(|| format!("\\u{:04x}", u32::from(c)))
    })
}

/// An object key: bare when it is an identifier. `__proto__` is written as a
/// computed key, the only spelling that makes an ordinary property of it.
pub(crate) fn js_key(key: &str) -> String {
    if key == "__proto__" {
        return "['__proto__']".to_owned();
    }
    let mut chars = key.chars();
    let identifier = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier { key.to_owned() } else { js_string(key) }
}

/// How JavaScript prints the number a literal denotes (`Number#toString`):
/// shortest round-trip digits, exponent form below 1e-6 and from 1e21.
pub(crate) fn javascript_number(text: &str) -> String {
    let Ok(value) = text.parse::<f64>() else { return text.to_owned() };
    if value == 0.0 {
        return "0".to_owned();
    }
    if !value.is_finite() {
        return "null".to_owned(); // JSON.stringify(Infinity)
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.2345e-7".
    let scientific = format!("{value:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let count = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let point = exponent + 1; // digits before the decimal point
    let body = if (-5..=21).contains(&point) {
        if point <= 0 {
            format!("0.{}{digits}", "0".repeat(usize::try_from(-point).unwrap_or(0)))
        } else if point >= count {
            format!("{digits}{}", "0".repeat(usize::try_from(point - count).unwrap_or(0)))
        } else {
            let split = usize::try_from(point).unwrap_or(0);
            format!("{}.{}", &digits[..split], &digits[split..])
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let fraction = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let sign = if exponent < 0 { "-" } else { "+" };
        format!("{first}{fraction}e{sign}{}", exponent.abs())
    };
    if negative { format!("-{body}") } else { body }
}

/// A Python string literal in double quotes.
pub(crate) fn python_string(text: &str) -> String {
    quoted(text, '"', |c| (c < ' ' || c == '\u{7f}').then(|| format!("\\x{:02x}", u32::from(c))))
}

/// How a programming language writes literals, for the code exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Code {
    /// JavaScript and TypeScript.
    JavaScript,
    /// Python.
    Python,
}

impl Code {
    fn null(self) -> &'static str {
        match self {
            Self::JavaScript => "null",
            Self::Python => "None",
        }
    }

    pub(crate) fn boolean(self, value: bool) -> &'static str {
        match (self, value) {
            (Self::JavaScript, true) => "true",
            (Self::JavaScript, false) => "false",
            (Self::Python, true) => "True",
            (Self::Python, false) => "False",
        }
    }

    pub(crate) fn string(self, text: &str) -> String {
        match self {
            Self::JavaScript => js_string(text),
            Self::Python => python_string(text),
        }
    }

    pub(crate) fn key(self, key: &str) -> String {
        match self {
            Self::JavaScript => js_key(key),
            Self::Python => python_string(key),
        }
    }

    /// Spaces per level of nesting.
    pub(crate) fn indent(self) -> usize {
        match self {
            Self::JavaScript => 2,
            Self::Python => 4,
        }
    }

    /// The braces of an object on one line.
    fn inline_braces(self) -> (&'static str, &'static str) {
        match self {
            Self::JavaScript => ("{ ", " }"),
            Self::Python => ("{", "}"),
        }
    }
}

/// A value as an expression in `code`. Objects that are values of members
/// go on several lines; arrays, and objects inside arrays, on one.
pub(crate) fn code_value(out: &mut String, value: &Value, indent: usize, inline: bool, code: Code) {
    match value {
        Value::Null => out.push_str(code.null()),
        Value::Bool(b) => out.push_str(code.boolean(*b)),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => out.push_str(&code.string(s)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                code_value(out, item, indent, true, code);
            }
            out.push(']');
        }
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Object(members) if inline => {
            let (open, close) = code.inline_braces();
            out.push_str(open);
            for (i, (key, member)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&code.key(key));
                out.push_str(": ");
                code_value(out, member, indent, true, code);
            }
            out.push_str(close);
        }
        Value::Object(members) => {
            out.push_str("{\n");
            for (key, member) in members {
                pad(out, indent + code.indent());
                out.push_str(&code.key(key));
                out.push_str(": ");
                code_value(out, member, indent + code.indent(), false, code);
                out.push_str(",\n");
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn javascript_prints_numbers_like_javascript() {
        for (text, js) in [
            ("1e3", "1000"),
            ("1.50", "1.5"),
            ("1e21", "1e+21"),
            ("123456789012345678901", "123456789012345680000"),
            ("0.000001", "0.000001"),
            ("1e-7", "1e-7"),
            ("-0", "0"),
            ("-2.5e-8", "-2.5e-8"),
            ("5000000000", "5000000000"),
        ] {
            assert_eq!(javascript_number(text), js, "{text}");
        }
    }
}
