//! The languages several families of export write, with each language's
//! quoting rules: JSON ([`json`]), YAML ([`yaml`]), and JavaScript/TypeScript
//! and Python ([`code`]). Languages only one family writes (HCL, shell
//! words) live with that family.

pub(crate) mod code;
pub(crate) mod json;
pub(crate) mod yaml;

use super::Value;

pub(crate) fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

pub(crate) fn is_scalar_or_empty(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        _ => true,
    }
}

/// `text` between `quote`s, with the quote, backslash, newline, carriage
/// return and tab escaped C-style, and any character `escape` has a
/// spelling for written that way.
pub(crate) fn quoted(text: &str, quote: char, escape: impl Fn(char) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => match escape(c) {
                Some(spelling) => out.push_str(&spelling),
                None => out.push(c),
            },
        }
    }
    out.push(quote);
    out
}
