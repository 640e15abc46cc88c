//! Variants of an event: one per documented value of its enumerated fields.
//!
//! The bundled CodeBuild samples are all `SUCCEEDED`, so a rule for `FAILED`
//! builds matches none of them. From any event whose `source` and
//! `detail-type` the catalog knows, [`variants`] makes one event per value
//! AWS documents for each enumerated field (`FAILED`, `STOPPED`, ...), with
//! only that value changed, so every state the form offers can be tried.

use crate::json::{Node, NodeKind};

/// An event derived from another by changing one field's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The field changed (dotted path).
    pub path: String,
    /// Its new value.
    pub value: String,
    /// The whole event text, with only that value replaced.
    pub text: String,
}

/// One variant per documented value of each enumerated string field of
/// `event` (other than the value it has), in catalog order. None when the
/// event is not JSON, or the catalog does not know its source and detail-type.
#[must_use]
pub fn variants(event: &str) -> Vec<Variant> {
    let Ok(tree) = crate::json::parse(event) else { return Vec::new() };
    let (Some(source), Some(detail_type)) =
        (tree.get("source").and_then(Node::as_str), tree.get("detail-type").and_then(Node::as_str))
    else {
        return Vec::new();
    };
    let Some(known) = crate::catalog::catalog().detail_type(source, detail_type) else { return Vec::new() };
    let mut found = Vec::new();
    for field in known.fields.iter().filter(|f| f.is_enumerated()) {
        let Some(node) = node_at(&tree, &field.path) else { continue };
        let NodeKind::String(current) = &node.kind else { continue };
        for value in field.documented.iter().filter(|v| *v != current) {
            let quoted = crate::json::write::quote(value);
            let text = format!("{}{quoted}{}", &event[..node.span.start], &event[node.span.end..]);
            found.push(Variant { path: field.path.clone(), value: value.clone(), text });
        }
    }
    found
}

/// The value at a dotted path through objects (not arrays).
fn node_at<'a>(tree: &'a Node, path: &str) -> Option<&'a Node> {
    path.split('.').try_fold(tree, |node, key| node.get(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_codebuild_success_gets_one_variant_per_documented_status() {
        let Some(sample) = crate::samples::all()
            .iter()
            .find(|s| s.detail_type == "CodeBuild Build State Change" && s.text.contains("\"SUCCEEDED\""))
        else {
            panic!("a SUCCEEDED CodeBuild sample is bundled")
        };
        let found = variants(sample.text);
        let statuses: Vec<&str> =
            found.iter().filter(|v| v.path == "detail.build-status").map(|v| v.value.as_str()).collect();
        assert!(statuses.contains(&"FAILED") && statuses.contains(&"STOPPED"), "{statuses:?}");
        assert!(!statuses.contains(&"SUCCEEDED"), "not the value it has");
        let Some(failed) = found.iter().find(|v| v.value == "FAILED") else { panic!() };
        // Only that value changed, the rest of the text as published.
        assert_eq!(failed.text.len() + "SUCCEEDED".len() - "FAILED".len(), sample.text.len());
        let pattern = r#"{"detail": {"build-status": ["FAILED"]}}"#;
        let Ok(pattern) = crate::Pattern::parse(pattern) else { panic!() };
        assert_eq!(crate::EventMatcher::new(&pattern).matches(&failed.text), Ok(true));
        assert!(variants("not json").is_empty());
        assert!(variants(r#"{"source": "my.app", "detail-type": "x"}"#).is_empty());
    }
}
