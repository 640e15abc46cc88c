//! The designer's form and the pattern it generates.
//!
//! A [`Form`] holds what a person picks: a source, detail-types, and allowed
//! values per field. [`Form::pattern_text`] turns it into pattern JSON laid
//! out the way people write it. `rulecraft new` and the window use this same
//! function, so the generated text is testable without a window.

/// Allowed values for one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldValues {
    /// Dotted path, e.g. `detail.state`.
    pub path: String,
    /// The allowed string values; none means "any" (the field is left out).
    pub values: Vec<String>,
}

/// What the form holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    /// The chosen `source`, if any.
    pub source: Option<String>,
    /// The chosen detail-types (any of them matches).
    pub detail_types: Vec<String>,
    /// Allowed values per field, in the order they were added.
    pub fields: Vec<FieldValues>,
}

/// A node of the pattern being built: values at a leaf, or named children.
#[derive(Debug)]
enum Node {
    Values(Vec<String>),
    Object(Vec<(String, Node)>),
}

impl Node {
    fn insert(&mut self, segments: &[&str], values: &[String]) {
        let Node::Object(children) = self else { return };
        let Some((first, rest)) = segments.split_first() else { return };
        let index = children.iter().position(|(name, _)| name == first).unwrap_or_else(|| {
            let child = if rest.is_empty() { Node::Values(Vec::new()) } else { Node::Object(Vec::new()) };
            children.push(((*first).to_owned(), child));
            children.len() - 1
        });
        let child = &mut children[index].1;
        if rest.is_empty() {
            *child = Node::Values(values.to_vec());
        } else {
            if matches!(child, Node::Values(_)) {
                *child = Node::Object(Vec::new());
            }
            child.insert(rest, values);
        }
    }

    fn write(&self, out: &mut String, indent: usize) {
        match self {
            Node::Values(values) => {
                let quoted: Vec<String> = values.iter().map(|v| quote(v)).collect();
                out.push('[');
                out.push_str(&quoted.join(", "));
                out.push(']');
            }
            Node::Object(children) => {
                out.push_str("{\n");
                for (i, (name, child)) in children.iter().enumerate() {
                    out.push_str(&"  ".repeat(indent + 1));
                    out.push_str(&quote(name));
                    out.push_str(": ");
                    child.write(out, indent + 1);
                    out.push_str(if i + 1 < children.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(indent));
                out.push('}');
            }
        }
    }
}

fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

impl Form {
    /// The pattern JSON for this form, two-space indented, values inline.
    /// An empty form gives `{}`, which EventBridge rejects as empty.
    #[must_use]
    pub fn pattern_text(&self) -> String {
        let mut root = Node::Object(Vec::new());
        if let Some(source) = &self.source {
            root.insert(&["source"], std::slice::from_ref(source));
        }
        if !self.detail_types.is_empty() {
            root.insert(&["detail-type"], &self.detail_types);
        }
        for field in self.fields.iter().filter(|f| !f.values.is_empty()) {
            let segments: Vec<&str> = field.path.split('.').collect();
            root.insert(&segments, &field.values);
        }
        if matches!(&root, Node::Object(children) if children.is_empty()) {
            return "{}".to_owned();
        }
        let mut out = String::new();
        root.write(&mut out, 0);
        out
    }

    /// Sets the allowed values of a field (an empty list removes it).
    pub fn set_values(&mut self, path: &str, values: Vec<String>) {
        match self.fields.iter_mut().find(|f| f.path == path) {
            Some(field) => field.values = values,
            None => self.fields.push(FieldValues { path: path.to_owned(), values }),
        }
        self.fields.retain(|f| !f.values.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_the_pattern_people_write() {
        let mut form = Form {
            source: Some("aws.ec2".into()),
            detail_types: vec!["EC2 Instance State-change Notification".into()],
            fields: Vec::new(),
        };
        form.set_values("detail.state", vec!["running".into(), "stopped".into()]);
        assert_eq!(
            form.pattern_text(),
            "{\n  \"source\": [\"aws.ec2\"],\n  \"detail-type\": [\"EC2 Instance State-change Notification\"],\n  \"detail\": {\n    \"state\": [\"running\", \"stopped\"]\n  }\n}"
        );
        assert!(crate::Pattern::parse(&form.pattern_text()).is_ok());
    }

    #[test]
    fn nests_shared_prefixes_and_drops_empty_fields() {
        let mut form = Form::default();
        form.set_values("detail.a.b", vec!["1".into()]);
        form.set_values("detail.c", vec!["x\"y".into()]);
        form.set_values("detail.a.d", vec!["2".into()]);
        form.set_values("detail.c", Vec::new());
        assert_eq!(
            form.pattern_text(),
            "{\n  \"detail\": {\n    \"a\": {\n      \"b\": [\"1\"],\n      \"d\": [\"2\"]\n    }\n  }\n}"
        );
        assert_eq!(Form::default().pattern_text(), "{}");
    }
}
