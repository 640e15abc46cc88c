//! The pattern text a [`Form`] stands for.

use super::{FieldCondition, Form};
use crate::json::write::quote;

/// A node of the pattern being built: a field's list, named children, or
/// the objects of an `$or`.
#[derive(Debug)]
enum Node {
    Values(Vec<String>),
    Object(Vec<(String, Node)>),
    Or(Vec<Node>),
}

impl Node {
    /// Puts `node` at `segments`, creating the objects on the way; a name
    /// already there keeps its place and takes the new node.
    fn insert(&mut self, segments: &[&str], node: Node) {
        let Node::Object(children) = self else { return };
        let Some((first, rest)) = segments.split_first() else { return };
        let index = children.iter().position(|(name, _)| name == first).unwrap_or_else(|| {
            children.push(((*first).to_owned(), Node::Object(Vec::new())));
            children.len() - 1
        });
        let child = &mut children[index].1;
        if rest.is_empty() {
            *child = node;
        } else {
            if !matches!(child, Node::Object(_)) {
                *child = Node::Object(Vec::new());
            }
            child.insert(rest, node);
        }
    }

    /// Compact JSON; [`crate::json::write::pretty`] lays it out.
    fn write(&self, out: &mut String) {
        match self {
            Node::Values(values) => {
                out.push('[');
                out.push_str(&values.join(", "));
                out.push(']');
            }
            Node::Object(children) => {
                out.push('{');
                for (i, (name, child)) in children.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&quote(name));
                    out.push_str(": ");
                    child.write(out);
                }
                out.push('}');
            }
            Node::Or(alternatives) => {
                out.push('[');
                for (i, alternative) in alternatives.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    alternative.write(out);
                }
                out.push(']');
            }
        }
    }
}

/// One key of the pattern the form writes: a field, or a group's `$or`.
enum Entry<'a> {
    Field(&'a str),
    Group(usize),
}

/// The key a group's `$or` has in [`Form::order`].
pub(super) fn or_key(at: &str) -> String {
    if at.is_empty() { "$or".to_owned() } else { format!("{at}.$or") }
}

/// The conditions' paths, each once, in order of first use.
fn distinct_paths<'a>(conditions: impl Iterator<Item = &'a FieldCondition>) -> Vec<&'a str> {
    let mut paths: Vec<&str> = Vec::new();
    for condition in conditions {
        if !paths.contains(&condition.path.as_str()) {
            paths.push(&condition.path);
        }
    }
    paths
}

impl Form {
    /// The pattern JSON for this form, two-space indented, values inline,
    /// keys in [`Form::order`] (new ones at the end of their object).
    /// An empty form gives `{}`, which EventBridge rejects as empty.
    #[must_use]
    pub fn pattern_text(&self) -> String {
        let mut entries: Vec<(String, Entry)> = Vec::new();
        let has_conditions = |path: &str| self.conditions.iter().any(|c| c.path == path);
        if self.source.is_some() || has_conditions("source") {
            entries.push(("source".to_owned(), Entry::Field("source")));
        }
        if !self.detail_types.is_empty() || has_conditions("detail-type") {
            entries.push(("detail-type".to_owned(), Entry::Field("detail-type")));
        }
        let field_paths = self.fields.iter().filter(|f| !f.values.is_empty()).map(|f| f.path.as_str());
        for path in field_paths.chain(distinct_paths(self.conditions.iter())) {
            if !entries.iter().any(|(key, _)| key == path) {
                entries.push((path.to_owned(), Entry::Field(path)));
            }
        }
        for (index, group) in self.any_of.iter().enumerate() {
            entries.push((or_key(&group.at), Entry::Group(index)));
        }
        // Known keys in their written order; `source` and `detail-type`
        // first when new; other new keys after, in the order they came.
        entries.sort_by_key(|(key, _)| match self.order.iter().position(|k| k == key) {
            Some(position) => (1, position),
            None if key == "source" => (0, 0),
            None if key == "detail-type" => (0, 1),
            None => (2, 0),
        });
        let mut root = Node::Object(Vec::new());
        for (_, entry) in &entries {
            match entry {
                Entry::Field(path) => {
                    let segments: Vec<&str> = path.split('.').collect();
                    root.insert(&segments, Node::Values(self.items(path)));
                }
                Entry::Group(index) => {
                    let group = &self.any_of[*index];
                    let alternatives = group.alternatives.iter().map(|a| alternative_node(&group.at, a)).collect();
                    let mut segments: Vec<&str> =
                        if group.at.is_empty() { Vec::new() } else { group.at.split('.').collect() };
                    segments.push("$or");
                    root.insert(&segments, Node::Or(alternatives));
                }
            }
        }
        if matches!(&root, Node::Object(children) if children.is_empty()) {
            return "{}".to_owned();
        }
        let mut compact = String::new();
        root.write(&mut compact);
        // One layout for every pattern Rulecraft writes (Prettify uses it too).
        crate::json::parse(&compact).map_or(compact, |tree| crate::json::write::pretty(&tree))
    }

    /// A field's list: its plain values, then its conditions (any may match).
    fn items(&self, path: &str) -> Vec<String> {
        let mut items: Vec<String> = Vec::new();
        if path == "source" {
            items.extend(self.source.iter().map(|s| quote(s)));
        }
        if path == "detail-type" {
            items.extend(self.detail_types.iter().map(|d| quote(d)));
        }
        items.extend(self.fields.iter().filter(|f| f.path == path).flat_map(|f| f.values.iter().map(|v| quote(v))));
        items.extend(self.conditions.iter().filter(|c| c.path == path).map(|c| c.json.clone()));
        items
    }
}

/// One alternative of a group written at `at`: its fields relative to it.
fn alternative_node(at: &str, conditions: &[FieldCondition]) -> Node {
    let mut node = Node::Object(Vec::new());
    for path in distinct_paths(conditions.iter()) {
        let relative =
            if at.is_empty() { path } else { path.strip_prefix(at).and_then(|r| r.strip_prefix('.')).unwrap_or(path) };
        let segments: Vec<&str> = relative.split('.').collect();
        let items = conditions.iter().filter(|c| c.path == path).map(|c| c.json.clone()).collect();
        node.insert(&segments, Node::Values(items));
    }
    node
}
