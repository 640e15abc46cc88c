//! The one JSON layout Rulecraft writes patterns in: two-space indentation,
//! objects opened up, and lists of conditions kept on one line
//! (`["running", {"prefix": "i-"}]`), the way people write patterns by hand.
//! Prettify in the window and the form's generated pattern both use it.
//! Numbers keep the text they were written with.

use super::{Node, NodeKind};

/// A JSON string literal for `text`.
#[must_use]
pub fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// `node` laid out as a pattern: two-space indentation; lists of scalars and
/// small operator objects stay on one line.
#[must_use]
pub fn pretty(node: &Node) -> String {
    let mut out = String::new();
    write_pretty(node, 0, &mut out);
    out
}

/// The operators of EventBridge's pattern language: a one-key object with
/// one of these names is a condition, not a field.
const OPERATORS: [&str; 8] =
    ["prefix", "suffix", "anything-but", "numeric", "exists", "cidr", "wildcard", "equals-ignore-case"];

/// Whether a list item stays on the list's line: a scalar, or a condition
/// such as `{"prefix": "a"}`, `{"numeric": [">", 0]}` or
/// `{"anything-but": {"prefix": "a"}}`. Fields (`$or` alternatives) do not.
fn is_inline_item(node: &Node) -> bool {
    match &node.kind {
        NodeKind::Array(_) => false,
        NodeKind::Object(members) => match members.as_slice() {
            [member] if OPERATORS.contains(&member.key.as_str()) => is_small(&member.value, 1),
            _ => false,
        },
        _ => true,
    }
}

/// A scalar, a list of scalars, or (`depth` levels down) a one-key object
/// holding one.
fn is_small(node: &Node, depth: usize) -> bool {
    match &node.kind {
        NodeKind::Array(items) => items.iter().all(|i| !matches!(i.kind, NodeKind::Array(_) | NodeKind::Object(_))),
        NodeKind::Object(members) => depth > 0 && members.len() == 1 && is_small(&members[0].value, depth - 1),
        _ => true,
    }
}

fn write_pretty(node: &Node, indent: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match &node.kind {
        NodeKind::Null => out.push_str("null"),
        NodeKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        NodeKind::Number(n) => out.push_str(n),
        NodeKind::String(s) => out.push_str(&quote(s)),
        NodeKind::Array(items) if items.is_empty() => out.push_str("[]"),
        NodeKind::Array(items) if items.iter().all(is_inline_item) => write_inline(node, out),
        NodeKind::Array(items) => {
            out.push_str("[\n");
            for (k, item) in items.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                write_pretty(item, indent + 1, out);
                out.push_str(if k + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push(']');
        }
        NodeKind::Object(members) if members.is_empty() => out.push_str("{}"),
        NodeKind::Object(members) => {
            out.push_str("{\n");
            for (k, member) in members.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                out.push_str(&quote(&member.key));
                out.push_str(": ");
                write_pretty(&member.value, indent + 1, out);
                out.push_str(if k + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
    }
}

/// A value on one line: `{"prefix": "a"}`, `[1, 2]`.
fn write_inline(node: &Node, out: &mut String) {
    match &node.kind {
        NodeKind::Array(items) => {
            out.push('[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_inline(item, out);
            }
            out.push(']');
        }
        NodeKind::Object(members) => {
            out.push('{');
            for (k, member) in members.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out.push_str(&quote(&member.key));
                out.push_str(": ");
                write_inline(&member.value, out);
            }
            out.push('}');
        }
        _ => write_pretty(node, 0, out),
    }
}

/// `node` as JSON on one line without spaces, numbers as written: how
/// EventBridge passes a part of an event on (`InputPath`, a placeholder's
/// object or list in a JSON template).
#[must_use]
pub fn compact(node: &Node) -> String {
    let mut out = String::new();
    write_compact(node, &mut out);
    out
}

fn write_compact(node: &Node, out: &mut String) {
    match &node.kind {
        NodeKind::Null => out.push_str("null"),
        NodeKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        NodeKind::Number(n) => out.push_str(n),
        NodeKind::String(s) => out.push_str(&quote(s)),
        NodeKind::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_compact(item, out);
            }
            out.push(']');
        }
        NodeKind::Object(members) => {
            out.push('{');
            for (i, member) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quote(&member.key));
                out.push(':');
                write_compact(&member.value, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(text: &str) -> String {
        pretty(&super::super::parse(text).unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn condition_lists_stay_on_one_line_and_numbers_keep_their_text() {
        assert_eq!(
            laid_out(r#"{"a":[1.50,{"prefix":"x"}],"b":{"c":[true]}}"#),
            "{\n  \"a\": [1.50, {\"prefix\": \"x\"}],\n  \"b\": {\n    \"c\": [true]\n  }\n}"
        );
        assert_eq!(
            laid_out(r#"{"s":[{"anything-but":{"prefix":"x"}},{"numeric":[">",0]}]}"#),
            "{\n  \"s\": [{\"anything-but\": {\"prefix\": \"x\"}}, {\"numeric\": [\">\", 0]}]\n}"
        );
        // $or alternatives are objects of their own: one per line.
        assert_eq!(
            laid_out(r#"{"$or":[{"a":[1]},{"b":[2]}]}"#),
            "{\n  \"$or\": [\n    {\n      \"a\": [1]\n    },\n    {\n      \"b\": [2]\n    }\n  ]\n}"
        );
    }
}
