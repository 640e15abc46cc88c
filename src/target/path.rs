//! The JSON paths of `InputPath` and `InputPathsMap`: `$`, then `.name`,
//! `[index]`, and the wildcards `.*` and `[*]`, as EventBridge documents them
//! (dot notation; names of letters, digits, `-`, `_` and `/`). A path with a
//! wildcard finds a list of every value it reaches.

use crate::json::{Node, NodeKind, Span};
use std::fmt;

/// The longest path EventBridge accepts, in characters.
pub const MAX_PATH_CHARS: usize = 256;

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `.name`: an object's member.
    Member(String),
    /// `[n]`: an array's element.
    Index(usize),
    /// `.*` or `[*]`: every member or element.
    Every,
}

/// A path read from its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonPath {
    steps: Vec<Step>,
}

/// Why a path's text is not a path EventBridge reads. `Display` is the
/// English message; `span` (byte offsets in the path) is where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// What is wrong.
    pub kind: PathErrorKind,
    /// Where in the path's text.
    pub span: Span,
}

/// What is wrong with a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathErrorKind {
    /// Nothing written.
    Empty,
    /// It does not start with `$`.
    NoRoot,
    /// Longer than [`MAX_PATH_CHARS`].
    TooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// A character a path name cannot hold.
    Character {
        /// The character.
        found: char,
    },
    /// `.` with no name after it.
    EmptyName,
    /// `[` not followed by digits or `*` and `]`.
    Bracket,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            PathErrorKind::Empty => f.write_str("The path is empty: write $ for the whole event, or $.detail.name"),
            PathErrorKind::NoRoot => f.write_str("A path starts with $ (the event), as in $.detail.state"),
            PathErrorKind::TooLong { chars } => {
                write!(f, "The path has {chars} characters; EventBridge accepts at most {MAX_PATH_CHARS}")
            }
            PathErrorKind::Character { found } => write!(
                f,
                "'{found}' cannot be in a path: names are letters, digits, - _ and /, separated by dots (EventBridge reads dot notation only)"
            ),
            PathErrorKind::EmptyName => f.write_str("A dot must be followed by a name or *"),
            PathErrorKind::Bracket => f.write_str("Brackets hold an array index or *, as in $.resources[0]"),
        }
    }
}

fn name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '/')
}

impl JsonPath {
    /// Reads a path, or says what is wrong and where.
    pub fn parse(text: &str) -> Result<Self, PathError> {
        let error = |kind, start: usize, end: usize| PathError { kind, span: Span::new(start, end) };
        if text.trim().is_empty() {
            return Err(error(PathErrorKind::Empty, 0, text.len()));
        }
        let chars = text.chars().count();
        if chars > MAX_PATH_CHARS {
            return Err(error(PathErrorKind::TooLong { chars }, 0, text.len()));
        }
        let Some(rest) = text.strip_prefix('$') else {
            let end = text.chars().next().map_or(0, char::len_utf8);
            return Err(error(PathErrorKind::NoRoot, 0, end));
        };
        let mut steps = Vec::new();
        let at = 1;
        let bytes = rest.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'.' => {
                    let name: String = rest[i + 1..].chars().take_while(|&c| name_char(c) || c == '*').collect();
                    if name.is_empty() {
                        let next = rest[i + 1..].chars().next();
                        return Err(match next {
                            Some(found) => {
                                error(PathErrorKind::Character { found }, at + i + 1, at + i + 1 + found.len_utf8())
                            }
                            None => error(PathErrorKind::EmptyName, at + i, at + i + 1),
                        });
                    }
                    if name == "*" {
                        steps.push(Step::Every);
                    } else if let Some(star) = name.find('*') {
                        let start = at + i + 1 + star;
                        return Err(error(PathErrorKind::Character { found: '*' }, start, start + 1));
                    } else {
                        steps.push(Step::Member(name.clone()));
                    }
                    i += 1 + name.len();
                }
                b'[' => {
                    let Some(close) = rest[i..].find(']') else {
                        return Err(error(PathErrorKind::Bracket, at + i, at + rest.len()));
                    };
                    let inside = &rest[i + 1..i + close];
                    if inside == "*" {
                        steps.push(Step::Every);
                    } else if !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_digit()) {
                        let index =
                            inside.parse().map_err(|_| error(PathErrorKind::Bracket, at + i, at + i + close + 1))?;
                        steps.push(Step::Index(index));
                    } else {
                        return Err(error(PathErrorKind::Bracket, at + i, at + i + close + 1));
                    }
                    i += close + 1;
                }
                _ => {
                    let found = rest[i..].chars().next().unwrap_or('?');
                    return Err(error(PathErrorKind::Character { found }, at + i, at + i + found.len_utf8()));
                }
            }
        }
        Ok(Self { steps })
    }

    /// The steps, in order.
    #[must_use]
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Whether the path can find several values (it has a wildcard).
    #[must_use]
    pub fn has_wildcard(&self) -> bool {
        self.steps.contains(&Step::Every)
    }

    /// What the path finds in `event`: one value, a list of every value a
    /// wildcard reaches (possibly empty), or `None` when a definite path
    /// leads nowhere.
    #[must_use]
    pub fn find(&self, event: &Node) -> Option<Node> {
        let mut current: Vec<&Node> = vec![event];
        for step in &self.steps {
            let mut next = Vec::new();
            for node in current {
                match (step, &node.kind) {
                    (Step::Member(name), NodeKind::Object(_)) => next.extend(node.get(name)),
                    (Step::Index(i), NodeKind::Array(items)) => next.extend(items.get(*i)),
                    (Step::Every, NodeKind::Array(items)) => next.extend(items.iter()),
                    (Step::Every, NodeKind::Object(members)) => next.extend(members.iter().map(|m| &m.value)),
                    _ => {}
                }
            }
            current = next;
        }
        if self.has_wildcard() {
            Some(Node { span: event.span, kind: NodeKind::Array(current.into_iter().cloned().collect()) })
        } else {
            current.first().map(|n| (*n).clone())
        }
    }
}

/// One line of an event shown as a tree: a member or an element, with the
/// path EventBridge reads for it (when every name on the way can be written
/// in dot notation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldRow {
    /// How deep it is (0 for the event's own members).
    pub depth: usize,
    /// The member's name, or `[i]` for an element.
    pub label: String,
    /// The value as compact JSON for a scalar; `None` for an object or list.
    pub value: Option<String>,
    /// Whether it is a list.
    pub list: bool,
    /// Its path, as in `$.detail.state`.
    pub path: Option<String>,
    /// A paths-map key for it (from the nearest member name).
    pub key: String,
}

/// A member or element waiting to be listed: (node, depth, label, path, key).
type Pending<'n> = (&'n Node, usize, String, Option<String>, String);

fn push_children<'n>(stack: &mut Vec<Pending<'n>>, node: &'n Node, depth: usize, path: Option<&str>, key: &str) {
    let mut children = Vec::new();
    match &node.kind {
        NodeKind::Object(members) => {
            for member in members {
                let writable = !member.key.is_empty() && member.key.chars().all(name_char);
                let path = path.filter(|_| writable).map(|p| format!("{p}.{}", member.key));
                children.push((&member.value, depth, member.key.clone(), path, key_for(&member.key)));
            }
        }
        NodeKind::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let path = path.map(|p| format!("{p}[{i}]"));
                children.push((item, depth, format!("[{i}]"), path, key.to_owned()));
            }
        }
        _ => {}
    }
    stack.extend(children.into_iter().rev());
}

/// The event's members and elements, depth first, at most `limit` of them:
/// what a click turns into a row of the paths map.
#[must_use]
pub fn rows(event: &Node, limit: usize) -> Vec<FieldRow> {
    let mut out = Vec::new();
    // (node, depth, label, path, key), last first.
    let mut stack: Vec<Pending<'_>> = Vec::new();
    push_children(&mut stack, event, 0, Some("$"), "event");
    while let Some((node, depth, label, path, key)) = stack.pop() {
        if out.len() >= limit {
            break;
        }
        let value = match &node.kind {
            NodeKind::Object(_) | NodeKind::Array(_) => None,
            _ => Some(crate::json::write::compact(node)),
        };
        let list = matches!(node.kind, NodeKind::Array(_));
        out.push(FieldRow { depth, label, value, list, path: path.clone(), key: key.clone() });
        push_children(&mut stack, node, depth + 1, path.as_deref(), &key);
    }
    out
}

/// A paths-map key for a member name: its letters, digits, `-` and `_`, and
/// never starting with "AWS" (which EventBridge keeps for itself).
#[must_use]
pub fn key_for(name: &str) -> String {
    let mut key: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).collect();
    if key.is_empty() {
        key.push_str("value");
    }
    if key.starts_with("AWS") {
        key.insert(0, '_');
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(path: &str, event: &str) -> Option<String> {
        let event = crate::json::parse(event).unwrap();
        JsonPath::parse(path).unwrap().find(&event).map(|n| crate::json::write::compact(&n))
    }

    #[test]
    fn dot_notation_indices_and_wildcards_find_values() {
        let event = r#"{"detail":{"state":"running","ids":["a","b"],"deep":{"x":1}},"resources":["r1"]}"#;
        assert_eq!(find("$.detail.state", event).as_deref(), Some(r#""running""#));
        assert_eq!(find("$.resources[0]", event).as_deref(), Some(r#""r1""#));
        assert_eq!(find("$.detail.ids[*]", event).as_deref(), Some(r#"["a","b"]"#));
        assert_eq!(find("$.detail.deep", event).as_deref(), Some(r#"{"x":1}"#));
        assert_eq!(find("$.detail.*", event).as_deref(), Some(r#"["running",["a","b"],{"x":1}]"#));
        assert_eq!(find("$.detail.missing", event), None);
        assert_eq!(find("$.resources[3]", event), None);
        assert_eq!(find("$", event).as_deref().map(str::len), Some(event.len()));
    }

    #[test]
    fn bad_paths_say_what_and_where() {
        let kind = |p: &str| JsonPath::parse(p).unwrap_err();
        assert_eq!(kind("").kind, PathErrorKind::Empty);
        assert_eq!(kind("detail.state").kind, PathErrorKind::NoRoot);
        let bracket = kind("$.detail['state']");
        assert_eq!(bracket.kind, PathErrorKind::Bracket);
        assert_eq!(bracket.span.slice("$.detail['state']"), "['state']");
        let space = kind("$.detail.my field");
        assert_eq!(space.kind, PathErrorKind::Character { found: ' ' });
        assert_eq!(space.span.start, 11);
        assert_eq!(kind("$.detail.").kind, PathErrorKind::EmptyName);
        let long = format!("$.{}", "a".repeat(255));
        assert_eq!(kind(&long).kind, PathErrorKind::TooLong { chars: 257 });
        assert!(JsonPath::parse(&format!("$.{}", "a".repeat(254))).is_ok());
    }

    /// A row as (depth, label, value, path, key).
    type Summary<'a> = (usize, &'a str, Option<&'a str>, Option<&'a str>, &'a str);

    #[test]
    fn an_events_rows_carry_their_paths_and_keys() {
        let text = r#"{"detail": {"instance-id": "i-1", "tags": [{"Key": "AWSx"}], "my field": 1}}"#;
        let event = crate::json::parse(text).unwrap();
        let rows = rows(&event, 100);
        let summary: Vec<Summary<'_>> = rows
            .iter()
            .map(|r| (r.depth, r.label.as_str(), r.value.as_deref(), r.path.as_deref(), r.key.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (0, "detail", None, Some("$.detail"), "detail"),
                (1, "instance-id", Some("\"i-1\""), Some("$.detail.instance-id"), "instance-id"),
                (1, "tags", None, Some("$.detail.tags"), "tags"),
                (2, "[0]", None, Some("$.detail.tags[0]"), "tags"),
                (3, "Key", Some("\"AWSx\""), Some("$.detail.tags[0].Key"), "Key"),
                (1, "my field", Some("1"), None, "myfield"),
            ]
        );
        assert_eq!(super::rows(&event, 2).len(), 2);
        for row in rows.iter().filter_map(|r| r.path.as_deref()) {
            assert!(JsonPath::parse(row).unwrap().find(&event).is_some(), "{row}");
        }
        assert_eq!(key_for("AWSRegion"), "_AWSRegion");
        assert_eq!(key_for("a.b c"), "abc");
    }
}
