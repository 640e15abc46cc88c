//! YAML and JSON templates as one tree with lines and tags.
//!
//! YAML is read by `saphyr-parser`'s events (YAML 1.2; tags such as `!Ref`
//! and every position kept) into [`Node`]s; the scalars are typed here by
//! YAML 1.2's core schema, numbers keeping their text. JSON templates (CDK's
//! `cdk.out`) become the same tree, so one reader serves both.

use super::FileRules;
use saphyr_parser::{Event, Parser, ScalarStyle};
use std::path::Path;

/// A YAML or JSON node.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Node {
    /// 1-based line where it starts.
    pub line: usize,
    /// What it is.
    pub kind: Kind,
}

/// The kinds of node.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Null,
    Bool(bool),
    /// A number's text, as JSON writes it.
    Number(String),
    String(String),
    Seq(Vec<Node>),
    /// Members in the order written; each key keeps its own line.
    Map(Vec<(String, usize, Node)>),
    /// A local tag (`!Ref`, `!Sub`...): its name without the `!`.
    Tagged(String, Box<Node>),
}

impl Node {
    /// The member `key` of a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(members) => members.iter().rev().find(|(k, _, _)| k == key).map(|(_, _, v)| v),
            _ => None,
        }
    }

    /// The text of a string (or of a plain number or boolean, as written).
    pub fn text(&self) -> Option<&str> {
        match &self.kind {
            Kind::String(s) | Kind::Number(s) => Some(s),
            _ => None,
        }
    }

    /// How many nodes it holds, itself included.
    fn size(&self) -> usize {
        1 + match &self.kind {
            Kind::Seq(items) => items.iter().map(Node::size).sum(),
            Kind::Map(members) => members.iter().map(|(_, _, v)| v.size()).sum(),
            Kind::Tagged(_, inner) => inner.size(),
            _ => 0,
        }
    }

    /// The members of a mapping (none for anything else).
    pub fn members(&self) -> &[(String, usize, Node)] {
        match &self.kind {
            Kind::Map(members) => members,
            _ => &[],
        }
    }

    /// The items of a sequence (none for anything else).
    pub fn items(&self) -> &[Node] {
        match &self.kind {
            Kind::Seq(items) => items,
            _ => &[],
        }
    }

    /// A JSON tree as a node: lines from the byte offsets in `text`.
    pub fn from_json(node: &crate::json::Node, text: &str) -> Self {
        let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Self::from_json_lines(node, &line_starts)
    }

    /// [`Node::from_json`] with the offsets where lines start (each node's
    /// line found by a binary search, not by counting from the start).
    fn from_json_lines(node: &crate::json::Node, line_starts: &[usize]) -> Self {
        use crate::json::NodeKind;
        let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset).max(1);
        let line = line_of(node.span.start);
        let kind = match &node.kind {
            NodeKind::Null => Kind::Null,
            NodeKind::Bool(b) => Kind::Bool(*b),
            NodeKind::Number(n) => Kind::Number(n.clone()),
            NodeKind::String(s) => Kind::String(s.clone()),
            NodeKind::Array(items) => Kind::Seq(items.iter().map(|n| Self::from_json_lines(n, line_starts)).collect()),
            NodeKind::Object(members) => Kind::Map(
                members
                    .iter()
                    .map(|m| (m.key.clone(), line_of(m.key_span.start), Self::from_json_lines(&m.value, line_starts)))
                    .collect(),
            ),
        };
        Self { line, kind }
    }
}

/// A plain scalar typed by YAML 1.2's core schema.
fn plain_scalar(text: &str) -> Kind {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Kind::Null,
        "true" | "True" | "TRUE" => return Kind::Bool(true),
        "false" | "False" | "FALSE" => return Kind::Bool(false),
        _ => {}
    }
    if let Some(hex) = text.strip_prefix("0x")
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
        && let Ok(n) = i128::from_str_radix(hex, 16)
    {
        return Kind::Number(n.to_string());
    }
    if let Some(octal) = text.strip_prefix("0o")
        && octal.bytes().all(|b| matches!(b, b'0'..=b'7'))
        && let Ok(n) = i128::from_str_radix(octal, 8)
    {
        return Kind::Number(n.to_string());
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number = {
        let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
            Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
            None => (unsigned, None),
        };
        let mantissa_ok = match mantissa.split_once('.') {
            Some((whole, fraction)) => {
                (digits(whole) || whole.is_empty()) && (digits(fraction) || fraction.is_empty()) && mantissa.len() > 1
            }
            None => digits(mantissa),
        };
        let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
        mantissa_ok && exponent_ok
    };
    if !number {
        return Kind::String(text.to_owned());
    }
    // As JSON writes it: no '+', no bare '.', no leading zeros.
    let json = text.strip_prefix('+').unwrap_or(text);
    if serde_json::from_str::<serde_json::Number>(json).is_ok() {
        return Kind::Number(json.to_owned());
    }
    match json.parse::<f64>() {
        Ok(f) if f.is_finite() => Kind::Number(f.to_string()),
        _ => Kind::String(text.to_owned()),
    }
}

/// Builds nodes from the parser's events.
struct Builder {
    /// Open sequences and mappings: their line, tag, and what they hold so
    /// far (a mapping's pending key is kept until its value arrives).
    stack: Vec<Open>,
    /// Anchored nodes, for aliases, with their sizes in nodes.
    anchors: Vec<(usize, Node, usize)>,
    /// Nodes copied for aliases so far: capped so a "billion laughs" file
    /// cannot exhaust memory.
    copied: usize,
    /// The first document's root.
    root: Option<Node>,
}

struct Open {
    line: usize,
    tag: Option<String>,
    anchor: usize,
    items: Vec<Node>,
    map: bool,
}

impl Builder {
    fn push(&mut self, node: Node, anchor: usize) {
        if anchor > 0 {
            let size = node.size();
            self.anchors.push((anchor, node.clone(), size));
        }
        match self.stack.last_mut() {
            Some(open) => open.items.push(node),
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
        }
    }

    fn close(&mut self) {
        let Some(open) = self.stack.pop() else { return };
        let kind = if open.map {
            let mut members = Vec::new();
            let mut items = open.items.into_iter();
            while let (Some(key), Some(value)) = (items.next(), items.next()) {
                let name = match key.kind {
                    Kind::String(s) | Kind::Number(s) => s,
                    Kind::Bool(b) => b.to_string(),
                    Kind::Null => String::new(),
                    other => format!("{other:?}"),
                };
                members.push((name, key.line, value));
            }
            Kind::Map(merged(members))
        } else {
            Kind::Seq(open.items)
        };
        let node = tagged(open.tag, Node { line: open.line, kind });
        self.push(node, open.anchor);
    }
}

/// A mapping with its merge keys (`<<: *base`, `<<: [*a, *b]`) applied: the
/// merged mappings' members first, overridden by the mapping's own.
fn merged(members: Vec<(String, usize, Node)>) -> Vec<(String, usize, Node)> {
    if !members.iter().any(|(k, _, _)| k == "<<") {
        return members;
    }
    let mut out: Vec<(String, usize, Node)> = Vec::new();
    let mut own = Vec::new();
    for (key, line, value) in members {
        if key != "<<" {
            own.push((key, line, value));
            continue;
        }
        let sources = match value.kind {
            Kind::Seq(items) => items,
            _ => vec![value],
        };
        for source in sources {
            if let Kind::Map(inner) = source.kind {
                for member in inner {
                    if !out.iter().any(|(k, _, _)| *k == member.0) {
                        out.push(member);
                    }
                }
            }
        }
    }
    for member in own {
        out.retain(|(k, _, _)| *k != member.0);
        out.push(member);
    }
    out
}

/// A node under its local tag, if it has one (`!!str` and the other core
/// tags are not local: they only say how the scalar reads).
fn tagged(tag: Option<String>, node: Node) -> Node {
    match tag {
        Some(name) => Node { line: node.line, kind: Kind::Tagged(name, Box::new(node)) },
        None => node,
    }
}

/// The most nodes aliases may copy in one file (far beyond any template).
const MAX_ALIAS_NODES: usize = 1_000_000;

const ALIAS_LIMIT_MESSAGE: &str =
    "its aliases expand to more than 1,000,000 values (aliases of aliases, as in a \"billion laughs\" file)";

/// The first document of a YAML text as a node, or where it breaks.
pub(super) fn parse(text: &str) -> Result<Node, (usize, usize, String)> {
    let mut builder = Builder { stack: Vec::new(), anchors: Vec::new(), copied: 0, root: None };
    for item in Parser::new_from_str(text) {
        let (event, span) = item.map_err(|e| (e.marker().line(), e.marker().col() + 1, e.info().to_owned()))?;
        let line = span.start.line();
        let local = |tag: &Option<std::borrow::Cow<'_, saphyr_parser::Tag>>| {
            tag.as_ref().filter(|t| t.handle == "!").map(|t| t.suffix.clone())
        };
        match event {
            Event::Scalar(value, style, anchor, tag) => {
                let core_str = tag.as_ref().is_some_and(|t| t.handle != "!" && t.suffix == "str");
                let kind = if style == ScalarStyle::Plain && !core_str {
                    plain_scalar(&value)
                } else {
                    Kind::String(value.into_owned())
                };
                builder.push(tagged(local(&tag), Node { line, kind }), anchor);
            }
            Event::SequenceStart(anchor, tag) => {
                builder.stack.push(Open { line, tag: local(&tag), anchor, items: Vec::new(), map: false });
            }
            Event::MappingStart(anchor, tag) => {
                builder.stack.push(Open { line, tag: local(&tag), anchor, items: Vec::new(), map: true });
            }
            Event::SequenceEnd | Event::MappingEnd => builder.close(),
            Event::Alias(anchor) => {
                let found = builder.anchors.iter().rev().find(|(a, _, _)| *a == anchor);
                let size = found.map_or(1, |(_, _, size)| *size);
                builder.copied += size;
                if builder.copied > MAX_ALIAS_NODES {
                    return Err((line, span.start.col() + 1, ALIAS_LIMIT_MESSAGE.to_owned()));
                }
                let node = found.map(|(_, n, _)| n.clone());
                builder.push(node.unwrap_or(Node { line, kind: Kind::Null }), 0);
            }
            Event::DocumentEnd if builder.root.is_some() => break,
            _ => {}
        }
    }
    Ok(builder.root.unwrap_or(Node { line: 1, kind: Kind::Null }))
}

/// Reads the rules of a YAML file: a CloudFormation or SAM template, or a
/// Serverless Framework file.
pub(super) fn read(file: &Path, text: &str) -> FileRules {
    match parse(text) {
        Ok(root) => {
            if super::serverless::is_serverless(&root) {
                super::serverless::read(file, &root)
            } else {
                super::cfn::read(file, &root, false)
            }
        }
        Err((line, column, message)) => {
            // Only a file that looks like a template is reported as one.
            let looks = ["Resources:", "AWSTemplateFormatVersion", "service:", "Transform:"]
                .iter()
                .any(|marker| text.contains(marker));
            if looks {
                FileRules::unreadable(file, None, Some((line, column)), format!("not valid YAML: {message}"))
            } else {
                FileRules::default()
            }
        }
    }
}
