//! Input templates: where their placeholders are and in what context, and
//! what EventBridge puts in their place, as recorded against AWS (see
//! `notes/aws-facts.md` §2b in the shared notes; LocalStack's AWS-validated
//! snapshots):
//!
//! - A template whose first non-blank character is `{` is a JSON template:
//!   the result must be JSON, or EventBridge drops the event silently.
//!   Anything else is text, delivered as it comes out.
//! - In a JSON template, a placeholder outside quotes becomes a JSON value
//!   (a string is quoted, an object or list written as JSON, a path that
//!   finds nothing gives `""`); inside quotes its value is put in as it is
//!   (a string without quotes, an object or list as JSON text, so its quotes
//!   end the string and the event is dropped).
//! - In a text template, an object or list is flattened without quotes or
//!   spaces (`{acc_id:0a78,sf_id:baz}`, `[HIGH,LOW]`), and a path that finds
//!   nothing gives empty text.

use crate::json::{Node, NodeKind, Span};

/// The longest template EventBridge accepts, in characters.
pub const MAX_TEMPLATE_CHARS: usize = 8192;

/// The variables EventBridge provides without a paths map.
pub const RESERVED: [&str; 5] = [
    "aws.events.rule-arn",
    "aws.events.rule-name",
    "aws.events.event.ingestion-time",
    "aws.events.event",
    "aws.events.event.json",
];

/// A placeholder found in a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The name between `<` and `>`.
    pub name: String,
    /// Where it is, `<` to `>` included.
    pub span: Span,
    /// Whether it stands inside a JSON string of a JSON template.
    pub quoted: bool,
    /// Whether it is (part of) an object key of a JSON template, which
    /// EventBridge refuses.
    pub as_key: bool,
}

/// Whether `template` is a JSON template (its first non-blank character is
/// `{`): its result must then be JSON.
#[must_use]
pub fn is_json_template(template: &str) -> bool {
    template.trim_start().starts_with('{')
}

fn placeholder_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// Every placeholder in `template`, in order, with its context.
#[must_use]
pub fn placeholders(template: &str) -> Vec<Placeholder> {
    let json = is_json_template(template);
    let bytes = template.as_bytes();
    let mut found = Vec::new();
    // The JSON context, followed loosely (the template is not JSON before
    // substitution): containers open, inside a string, and whether the
    // string or token being read is an object key.
    let mut containers: Vec<u8> = Vec::new();
    let mut in_string = false;
    let mut string_is_key = false;
    let mut expect_key = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'<' {
            let end = bytes[i + 1..].iter().position(|&c| !placeholder_char(c)).map_or(bytes.len(), |n| i + 1 + n);
            if end > i + 1 && bytes.get(end) == Some(&b'>') {
                let as_key =
                    json && if in_string { string_is_key } else { expect_key && containers.last() == Some(&b'{') };
                found.push(Placeholder {
                    name: template[i + 1..end].to_owned(),
                    span: Span::new(i, end + 1),
                    quoted: json && in_string,
                    as_key,
                });
                i = end + 1;
                continue;
            }
        }
        if json {
            if in_string {
                match b {
                    b'\\' => i += 1,
                    b'"' => in_string = false,
                    _ => {}
                }
            } else {
                match b {
                    b'"' => {
                        in_string = true;
                        string_is_key = expect_key && containers.last() == Some(&b'{');
                    }
                    b'{' => {
                        containers.push(b'{');
                        expect_key = true;
                    }
                    b'[' => {
                        containers.push(b'[');
                        expect_key = false;
                    }
                    b'}' | b']' => {
                        containers.pop();
                        expect_key = false;
                    }
                    b':' => expect_key = false,
                    b',' => expect_key = containers.last() == Some(&b'{'),
                    _ => {}
                }
            }
        }
        i += 1;
    }
    found
}

/// What a placeholder's variable holds for one event.
#[derive(Debug, Clone, PartialEq)]
pub enum Variable {
    /// A JSON value (from a path, or `aws.events.event`).
    Value(Node),
    /// JSON text put in as it is (`aws.events.event.json`).
    RawJson(String),
    /// Text (rule name and ARN, ingestion time).
    Text(String),
    /// The path found nothing in this event.
    Missing,
}

/// How a placeholder's value went into the result, when it may explain a
/// dropped event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insertion {
    /// Plainly.
    Plain,
    /// An object or list written inside a JSON string: its quotes end the
    /// string.
    ContainerInQuotes,
    /// A string holding `"` or `\` written inside a JSON string without
    /// escaping.
    UnescapedInQuotes,
}

/// Fills `template`'s placeholders with `value_of(name)`; returns the text
/// and how each placeholder went in (in the order of [`placeholders`]).
pub fn fill(template: &str, mut value_of: impl FnMut(&str) -> Variable) -> (String, Vec<(Placeholder, Insertion)>) {
    let json = is_json_template(template);
    let mut out = String::with_capacity(template.len());
    let mut last = 0;
    let mut report = Vec::new();
    for placeholder in placeholders(template) {
        out.push_str(&template[last..placeholder.span.start]);
        last = placeholder.span.end;
        let variable = value_of(&placeholder.name);
        let insertion = match (&variable, json && !placeholder.quoted) {
            (Variable::Value(node), true) => {
                out.push_str(&crate::json::write::compact(node));
                Insertion::Plain
            }
            (Variable::Value(node), false) => {
                match &node.kind {
                    NodeKind::String(s) => out.push_str(s),
                    NodeKind::Object(_) | NodeKind::Array(_) if json => {
                        out.push_str(&crate::json::write::compact(node));
                    }
                    _ => flatten(node, &mut out),
                }
                insertion_in_quotes(json, node)
            }
            (Variable::RawJson(text), _) => {
                out.push_str(text);
                if json && placeholder.quoted { Insertion::ContainerInQuotes } else { Insertion::Plain }
            }
            (Variable::Text(text), true) => {
                out.push_str(&crate::json::write::quote(text));
                Insertion::Plain
            }
            (Variable::Text(text), false) => {
                out.push_str(text);
                Insertion::Plain
            }
            (Variable::Missing, true) => {
                out.push_str("\"\"");
                Insertion::Plain
            }
            (Variable::Missing, false) => Insertion::Plain,
        };
        report.push((placeholder, insertion));
    }
    out.push_str(&template[last..]);
    (out, report)
}

fn insertion_in_quotes(json: bool, node: &Node) -> Insertion {
    if !json {
        return Insertion::Plain;
    }
    match &node.kind {
        NodeKind::Object(_) | NodeKind::Array(_) => Insertion::ContainerInQuotes,
        NodeKind::String(s) if s.contains(['"', '\\']) || s.chars().any(char::is_control) => {
            Insertion::UnescapedInQuotes
        }
        _ => Insertion::Plain,
    }
}

/// A value as text outside JSON: strings bare, objects and lists without
/// quotes or spaces (`{a:1,b:[x,y]}`).
fn flatten(node: &Node, out: &mut String) {
    match &node.kind {
        NodeKind::Null => out.push_str("null"),
        NodeKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        NodeKind::Number(n) => out.push_str(n),
        NodeKind::String(s) => out.push_str(s),
        NodeKind::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                flatten(item, out);
            }
            out.push(']');
        }
        NodeKind::Object(members) => {
            out.push('{');
            for (i, member) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&member.key);
                out.push(':');
                flatten(&member.value, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(template: &str) -> Vec<(String, bool, bool)> {
        placeholders(template).into_iter().map(|p| (p.name, p.quoted, p.as_key)).collect()
    }

    #[test]
    fn placeholders_know_their_context() {
        assert_eq!(
            names(r#"{"id": <id>, "msg": "state <state>", "list": [<a>, "x"]}"#),
            vec![("id".into(), false, false), ("state".into(), true, false), ("a".into(), false, false)]
        );
        assert_eq!(names(r#"{"<k>": 1}"#), vec![("k".into(), true, true)]);
        assert_eq!(names(r"{<k>: 1}"), vec![("k".into(), false, true)]);
        assert_eq!(
            names(r#""Instance <id> is <state>""#),
            vec![("id".into(), false, false), ("state".into(), false, false)]
        );
        assert_eq!(
            names("a < b and c > d <aws.events.rule-name>"),
            vec![("aws.events.rule-name".into(), false, false)]
        );
        assert_eq!(names(r#"{"a": "say \"<x>\""}"#), vec![("x".into(), true, false)]);
    }
}
