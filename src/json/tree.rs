//! A JSON document as a tree with a span on every key and value.

use super::{JsonError, Span, TokenKind, Tokenizer};

/// A JSON value and where it is in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The bytes of the whole value (for containers, bracket to bracket).
    pub span: Span,
    /// The value.
    pub kind: NodeKind,
}

/// The value of a [`Node`]. Numbers keep the text they were written with.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number exactly as written, e.g. `3e2`.
    Number(String),
    /// A string, decoded.
    String(String),
    /// An array's elements in order.
    Array(Vec<Node>),
    /// An object's members in order, duplicates kept.
    Object(Vec<Member>),
}

/// One member of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The decoded name.
    pub key: String,
    /// Where the name is, quotes included.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The member named `key` (the last one if repeated), for objects.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            NodeKind::Object(members) => members.iter().rev().find(|m| m.key == key).map(|m| &m.value),
            _ => None,
        }
    }

    /// The string value, for strings.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::String(s) => Some(s),
            _ => None,
        }
    }
}

/// A container being built: its start, and either elements or members so far.
enum Open {
    Array(usize, Vec<Node>),
    Object(usize, Vec<Member>, Option<(String, Span)>),
}

/// Reads a whole JSON document into a [`Node`] tree.
///
/// Errors are those of [`Tokenizer`], plus [`super::JsonErrorKind::TrailingContent`]
/// for anything but white space after the value.
pub fn parse(text: &str) -> Result<Node, JsonError> {
    let mut tokens = Tokenizer::new(text);
    let mut stack: Vec<Open> = Vec::new();
    while let Some(token) = tokens.next_token()? {
        let leaf = |kind| Node { span: token.span, kind };
        let finished = match token.kind {
            TokenKind::ObjectStart => {
                stack.push(Open::Object(token.span.start, Vec::new(), None));
                None
            }
            TokenKind::ArrayStart => {
                stack.push(Open::Array(token.span.start, Vec::new()));
                None
            }
            TokenKind::Key => {
                if let Some(Open::Object(_, _, pending)) = stack.last_mut() {
                    *pending = Some((tokens.string_value(&token).into_owned(), token.span));
                }
                None
            }
            TokenKind::ObjectEnd | TokenKind::ArrayEnd => match stack.pop() {
                Some(Open::Object(start, members, _)) => {
                    Some(Node { span: Span::new(start, token.span.end), kind: NodeKind::Object(members) })
                }
                Some(Open::Array(start, items)) => {
                    Some(Node { span: Span::new(start, token.span.end), kind: NodeKind::Array(items) })
                }
                None => None,
            },
            TokenKind::String => Some(leaf(NodeKind::String(tokens.string_value(&token).into_owned()))),
            TokenKind::Number => Some(leaf(NodeKind::Number(tokens.raw(&token).to_owned()))),
            TokenKind::True => Some(leaf(NodeKind::Bool(true))),
            TokenKind::False => Some(leaf(NodeKind::Bool(false))),
            TokenKind::Null => Some(leaf(NodeKind::Null)),
        };
        let Some(node) = finished else { continue };
        match stack.last_mut() {
            None => {
                tokens.finish()?;
                return Ok(node);
            }
            Some(Open::Array(_, items)) => items.push(node),
            Some(Open::Object(_, members, pending)) => {
                if let Some((key, key_span)) = pending.take() {
                    members.push(Member { key, key_span, value: node });
                }
            }
        }
    }
    // The tokenizer only stops cleanly after a complete root value, which
    // returns above; reaching here means it reported the end of input.
    Err(JsonError { kind: super::JsonErrorKind::Empty, span: Span::new(text.len(), text.len()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_spans_numbers_and_duplicates() {
        let text = r#"{"a": 3e2, "b": [true, null], "a": "x"}"#;
        let Ok(root) = parse(text) else { panic!("valid JSON") };
        let NodeKind::Object(members) = &root.kind else { panic!("object") };
        assert_eq!(members.len(), 3);
        assert_eq!(members[0].value.kind, NodeKind::Number("3e2".into()));
        assert_eq!(members[0].key_span.slice(text), "\"a\"");
        assert_eq!(members[1].value.span.slice(text), "[true, null]");
        assert_eq!(root.get("a").and_then(Node::as_str), Some("x"));
        assert_eq!(root.span, Span::new(0, text.len()));
    }

    #[test]
    fn rejects_trailing_content_and_deep_nesting() {
        assert!(parse("{} x").is_err());
        assert!(parse("1 2").is_err());
        assert!(parse(&"[".repeat(100_000)).is_err());
        assert!(parse("").is_err());
        assert!(parse("  \"s\"  ").is_ok());
    }
}
