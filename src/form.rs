//! The designer's form and the pattern it generates.
//!
//! A [`Form`] holds what a person picks: a source, detail-types, and allowed
//! values per field. [`Form::pattern_text`] turns it into pattern JSON laid
//! out the way people write it. `rulecraft new` and the window use this same
//! function, so the generated text is testable without a window.

/// Allowed values for one field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldValues {
    /// Dotted path, e.g. `detail.state`.
    pub path: String,
    /// The allowed string values; none means "any" (the field is left out).
    pub values: Vec<String>,
}

/// An operator the form offers for a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operator {
    /// Equal to a string, number, `true`, `false` or `null`.
    Equals,
    /// Equal to any of several values.
    OneOf,
    /// A string starting with the text.
    Prefix,
    /// A string ending with the text.
    Suffix,
    /// A string equal to the text in any case.
    EqualsIgnoreCase,
    /// Any value except those listed.
    AnythingBut,
    /// A number compared with bounds.
    Numeric,
    /// The field is present.
    Exists,
    /// The field is absent.
    DoesNotExist,
    /// An IP address in a CIDR range.
    Cidr,
    /// A string matching a `*` pattern.
    Wildcard,
}

impl Operator {
    /// Every operator, in the order the form lists them.
    pub const ALL: [Operator; 11] = [
        Operator::Equals,
        Operator::OneOf,
        Operator::Prefix,
        Operator::Suffix,
        Operator::EqualsIgnoreCase,
        Operator::AnythingBut,
        Operator::Numeric,
        Operator::Exists,
        Operator::DoesNotExist,
        Operator::Cidr,
        Operator::Wildcard,
    ];

    /// Its key: the window names it and shows an example through the
    /// message files (`operator-<key>`, `operator-<key>-example`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Operator::Equals => "equals",
            Operator::OneOf => "one-of",
            Operator::Prefix => "prefix",
            Operator::Suffix => "suffix",
            Operator::EqualsIgnoreCase => "equals-ignore-case",
            Operator::AnythingBut => "anything-but",
            Operator::Numeric => "numeric",
            Operator::Exists => "exists",
            Operator::DoesNotExist => "does-not-exist",
            Operator::Cidr => "cidr",
            Operator::Wildcard => "wildcard",
        }
    }

    /// Whether the operator takes a value.
    #[must_use]
    pub fn takes_value(self) -> bool {
        !matches!(self, Operator::Exists | Operator::DoesNotExist)
    }

    /// The condition's JSON for `value`, or why EventBridge would refuse it
    /// (checked by compiling it, so the reason is AWS's).
    pub fn condition_json(self, value: &str) -> Result<String, FormError> {
        let value = value.trim();
        let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let json = match self {
            Operator::Equals => literal(value),
            Operator::OneOf => {
                let items: Vec<String> =
                    value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(literal).collect();
                if items.is_empty() {
                    return Err(FormError::ListValues);
                }
                items.join(", ")
            }
            Operator::Prefix => format!(r#"{{"prefix": {}}}"#, quote(value)),
            Operator::Suffix => format!(r#"{{"suffix": {}}}"#, quote(value)),
            Operator::EqualsIgnoreCase => format!(r#"{{"equals-ignore-case": {}}}"#, quote(value)),
            Operator::Wildcard => format!(r#"{{"wildcard": {}}}"#, quote(value)),
            Operator::Cidr => format!(r#"{{"cidr": {}}}"#, quote(value)),
            Operator::Exists => r#"{"exists": true}"#.to_owned(),
            Operator::DoesNotExist => r#"{"exists": false}"#.to_owned(),
            Operator::AnythingBut => {
                let items: Vec<String> =
                    value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(literal).collect();
                match items.as_slice() {
                    [] => return Err(FormError::ListExcluded),
                    [one] => format!(r#"{{"anything-but": {one}}}"#),
                    many => format!(r#"{{"anything-but": [{}]}}"#, many.join(", ")),
                }
            }
            Operator::Numeric => format!(r#"{{"numeric": [{}]}}"#, numeric_terms(value)?),
        };
        let probe = format!(r#"{{"x": [{json}]}}"#);
        crate::Pattern::parse(&probe).map(|_| json).map_err(|e| FormError::Refused(e.reason()))
    }
}

/// A bare value as a JSON literal: a JSON scalar (number, `true`, `false`,
/// `null`, quoted string) stays as written; anything else becomes a string.
fn literal(value: &str) -> String {
    use crate::json::NodeKind;
    match crate::json::parse(value) {
        Ok(node) if !matches!(node.kind, NodeKind::Array(_) | NodeKind::Object(_)) => value.to_owned(),
        _ => serde_json::to_string(value).unwrap_or_default(),
    }
}

/// `> 0, <= 5` → `">", 0, "<=", 5`.
fn numeric_terms(text: &str) -> Result<String, FormError> {
    let mut terms = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let split = part
            .find(|c: char| c == '-' || c.is_ascii_digit())
            .ok_or_else(|| FormError::NeedsNumber { part: part.to_owned() })?;
        let (op, number) = part.split_at(split);
        let op = op.trim();
        if !matches!(op, "=" | "<" | "<=" | ">" | ">=") {
            return Err(FormError::NotAComparison { operator: op.to_owned() });
        }
        terms.push(format!("{}, {}", serde_json::to_string(op).unwrap_or_default(), number.trim()));
    }
    if terms.is_empty() {
        return Err(FormError::NoComparison);
    }
    Ok(terms.join(", "))
}

/// A condition the form adds to a field, beyond its plain values.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldCondition {
    /// Dotted path.
    pub path: String,
    /// The operator.
    pub operator: Operator,
    /// The value as typed.
    pub value: String,
    /// The condition's JSON (checked when it was made).
    pub json: String,
}

impl FieldCondition {
    /// A condition, if EventBridge would accept it; otherwise AWS's reason.
    pub fn new(path: &str, operator: Operator, value: &str) -> Result<Self, FormError> {
        let json = operator.condition_json(value)?;
        Ok(Self { path: path.to_owned(), operator, value: value.trim().to_owned(), json })
    }
}

/// What the form holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Form {
    /// The chosen `source`, if any.
    pub source: Option<String>,
    /// The chosen detail-types (any of them matches).
    pub detail_types: Vec<String>,
    /// Allowed values per field, in the order they were added.
    pub fields: Vec<FieldValues>,
    /// Conditions with operators, in the order they were added.
    pub conditions: Vec<FieldCondition>,
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
        }
    }
}

use crate::json::write::quote;

impl Form {
    /// The pattern JSON for this form, two-space indented, values inline.
    /// An empty form gives `{}`, which EventBridge rejects as empty.
    #[must_use]
    pub fn pattern_text(&self) -> String {
        let mut root = Node::Object(Vec::new());
        let quoted = |values: &[String]| values.iter().map(|v| quote(v)).collect::<Vec<_>>();
        if let Some(source) = &self.source {
            root.insert(&["source"], &quoted(std::slice::from_ref(source)));
        }
        if !self.detail_types.is_empty() {
            root.insert(&["detail-type"], &quoted(&self.detail_types));
        }
        // Each field: its plain values, then its conditions, in one list (any may match).
        let mut paths: Vec<&str> =
            self.fields.iter().filter(|f| !f.values.is_empty()).map(|f| f.path.as_str()).collect();
        for condition in &self.conditions {
            if !paths.contains(&condition.path.as_str()) {
                paths.push(&condition.path);
            }
        }
        for path in paths {
            let mut items: Vec<String> =
                self.fields.iter().filter(|f| f.path == path).flat_map(|f| quoted(&f.values)).collect();
            items.extend(self.conditions.iter().filter(|c| c.path == path).map(|c| c.json.clone()));
            let segments: Vec<&str> = path.split('.').collect();
            root.insert(&segments, &items);
        }
        if matches!(&root, Node::Object(children) if children.is_empty()) {
            return "{}".to_owned();
        }
        let mut compact = String::new();
        root.write(&mut compact);
        // One layout for every pattern Rulecraft writes (Prettify uses it too).
        crate::json::parse(&compact).map_or(compact, |tree| crate::json::write::pretty(&tree))
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

/// Why a value typed in the form makes no condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    /// "one of" with no values.
    ListValues,
    /// "anything-but" with no values.
    ListExcluded,
    /// A numeric comparison without a number.
    NeedsNumber {
        /// The comparison as typed.
        part: String,
    },
    /// A numeric comparison with an operator EventBridge lacks.
    NotAComparison {
        /// The operator as typed.
        operator: String,
    },
    /// No numeric comparison at all.
    NoComparison,
    /// EventBridge refuses the condition: AWS's reason, in AWS's words.
    Refused(String),
}

impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormError::ListValues => f.write_str("list the values, separated by commas"),
            FormError::ListExcluded => f.write_str("list the values to exclude, separated by commas"),
            FormError::NeedsNumber { part } => write!(f, "{part:?} needs a number"),
            FormError::NotAComparison { operator } => write!(f, "{operator:?} is not one of =, <, <=, >, >="),
            FormError::NoComparison => f.write_str("write a comparison such as > 0, <= 5"),
            FormError::Refused(reason) => f.write_str(reason),
        }
    }
}

/// Why the form cannot show a pattern (the JSON then rules, read-only).
#[derive(Debug, Clone, PartialEq)]
pub enum FormLimit {
    /// The pattern has `$or`.
    UsesOr,
    /// More than one `source`.
    SeveralSources,
    /// A field uses a condition the form does not offer there.
    Uses {
        /// The field's path.
        path: String,
        /// The condition.
        what: crate::pattern::Matcher,
    },
    /// A condition the form would refuse.
    Condition(FormError),
}

impl std::fmt::Display for FormLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormLimit::UsesOr => f.write_str("the pattern uses $or"),
            FormLimit::SeveralSources => f.write_str("the pattern lists several sources"),
            FormLimit::Uses { path, what } => write!(f, "{path} uses {}", crate::explain::describe(what)),
            FormLimit::Condition(error) => error.fmt(f),
        }
    }
}

/// A condition being written in the form, before it is added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionDraft {
    /// The field's dotted path.
    pub path: String,
    /// The operator.
    pub operator: Operator,
    /// The value as typed.
    pub value: String,
}

impl Default for ConditionDraft {
    fn default() -> Self {
        Self { path: String::new(), operator: Operator::Equals, value: String::new() }
    }
}

/// Why a draft condition cannot be added yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// No field is chosen.
    NeedsField,
    /// The operator takes a value and none is typed.
    NeedsValue,
    /// The value makes no condition: the form's reason, or AWS's.
    Invalid(FormError),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::NeedsField => f.write_str("choose or type a field, e.g. detail.state"),
            DraftError::NeedsValue => f.write_str("type a value"),
            DraftError::Invalid(error) => error.fmt(f),
        }
    }
}

impl ConditionDraft {
    /// The condition, or why it cannot be added yet (AWS's reason where it is AWS's rule).
    pub fn check(&self) -> Result<FieldCondition, DraftError> {
        let path = self.path.trim();
        if path.is_empty() {
            return Err(DraftError::NeedsField);
        }
        if self.operator.takes_value() && self.value.trim().is_empty() {
            return Err(DraftError::NeedsValue);
        }
        FieldCondition::new(path, self.operator, &self.value).map_err(DraftError::Invalid)
    }
}

/// The form that shows `pattern`, or why there is none: the form shows one
/// source, detail-types, plain string values per field, and conditions with
/// the operators it offers.
pub fn form_from_pattern(pattern: &crate::pattern::Pattern) -> Result<Form, FormLimit> {
    use crate::pattern::{AnythingBut, Literal, Matcher};
    if pattern.branches.len() != 1 {
        return Err(FormLimit::UsesOr);
    }
    let mut form = Form::default();
    for field in pattern.branch_fields(0) {
        let path = field.path.as_str();
        let mut values = Vec::new();
        for condition in &field.conditions {
            let (operator, value) = match &condition.matcher {
                Matcher::Equals(Literal::String { text, .. }) => {
                    values.push(text.clone());
                    continue;
                }
                _ if matches!(path, "source" | "detail-type") => {
                    return Err(FormLimit::Uses { path: path.to_owned(), what: condition.matcher.clone() });
                }
                Matcher::Equals(Literal::Number(n)) => (Operator::Equals, n.text.clone()),
                Matcher::Equals(Literal::Bool(b)) => (Operator::Equals, b.to_string()),
                Matcher::Equals(Literal::Null) => (Operator::Equals, "null".to_owned()),
                Matcher::Prefix(p) => (Operator::Prefix, p.clone()),
                Matcher::Suffix(s) => (Operator::Suffix, s.clone()),
                Matcher::EqualsIgnoreCase(s) => (Operator::EqualsIgnoreCase, s.text.clone()),
                Matcher::Wildcard(w) => (Operator::Wildcard, w.text.clone()),
                Matcher::Cidr(range) => (Operator::Cidr, range.to_string()),
                Matcher::Exists(true) => (Operator::Exists, String::new()),
                Matcher::Exists(false) => (Operator::DoesNotExist, String::new()),
                Matcher::Numeric(range) => (Operator::Numeric, range.to_string()),
                Matcher::AnythingBut(AnythingBut::Strings(set)) if set.iter().all(|s| !s.contains(',')) => {
                    (Operator::AnythingBut, set.join(", "))
                }
                Matcher::AnythingBut(AnythingBut::Numbers(set)) => {
                    (Operator::AnythingBut, set.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(", "))
                }
                other => {
                    return Err(FormLimit::Uses { path: path.to_owned(), what: other.clone() });
                }
            };
            form.conditions.push(FieldCondition::new(path, operator, &value).map_err(FormLimit::Condition)?);
        }
        match path {
            "source" if values.len() == 1 => form.source = values.pop(),
            "source" => return Err(FormLimit::SeveralSources),
            "detail-type" => form.detail_types = values,
            _ => form.set_values(path, values),
        }
    }
    // Keep the form's field order the pattern's written order.
    form.fields.sort_by_key(|f| pattern.fields.iter().position(|p| p.path == f.path));
    Ok(form)
}

/// Splits a comma-separated filter into values.
#[must_use]
pub fn split_values(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()
}

/// The values of an account filter that are not 12-digit AWS account IDs.
#[must_use]
pub fn bad_account_ids(values: &[String]) -> Vec<&str> {
    values.iter().filter(|v| v.len() != 12 || !v.bytes().all(|b| b.is_ascii_digit())).map(String::as_str).collect()
}

/// Why an account filter is not a list of 12-digit AWS account IDs, if it
/// is not (in English; the window says it in the chosen language).
#[must_use]
pub fn check_accounts(values: &[String]) -> Option<String> {
    let bad = bad_account_ids(values);
    (!bad.is_empty()).then(|| format!("AWS account IDs have 12 digits: {}", bad.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_are_checked_with_aws_reasons() {
        assert_eq!(Operator::Prefix.condition_json("i-"), Ok(r#"{"prefix": "i-"}"#.to_owned()));
        assert_eq!(Operator::Numeric.condition_json("> 0, <= 5"), Ok(r#"{"numeric": [">", 0, "<=", 5]}"#.to_owned()));
        assert_eq!(
            Operator::Numeric.condition_json("> 5, < 1").map_err(|e| e.to_string()),
            Err("Bottom must be less than top".to_owned())
        );
        assert_eq!(
            Operator::Numeric.condition_json("~ 5").map_err(|e| e.to_string()),
            Err(r#""~" is not one of =, <, <=, >, >="#.to_owned())
        );
        assert_eq!(
            Operator::Cidr.condition_json("10.0.0.0").map_err(|e| e.to_string()),
            Err("Malformed CIDR, one '/' required".to_owned())
        );
        assert_eq!(
            Operator::Wildcard.condition_json("a**").map_err(|e| e.to_string()),
            Err("Consecutive wildcard characters at pos 2".to_owned())
        );
        assert_eq!(
            Operator::AnythingBut.condition_json("stopped, terminated"),
            Ok(r#"{"anything-but": ["stopped", "terminated"]}"#.to_owned())
        );
        assert_eq!(
            Operator::AnythingBut.condition_json("1, x").map_err(|e| e.to_string()),
            Err("Inside anything but list, either all values are number or string, mixed type is not supported"
                .to_owned())
        );
        assert_eq!(Operator::Equals.condition_json("5"), Ok("5".to_owned()));
        assert_eq!(Operator::Equals.condition_json("\"5\""), Ok("\"5\"".to_owned()));
        assert_eq!(Operator::Equals.condition_json("running"), Ok("\"running\"".to_owned()));
        assert_eq!(Operator::Exists.condition_json(""), Ok(r#"{"exists": true}"#.to_owned()));
        assert_eq!(Operator::OneOf.condition_json("1, two, true"), Ok(r#"1, "two", true"#.to_owned()));
    }

    #[test]
    fn conditions_join_a_field_values() {
        let mut form = Form::default();
        form.set_values("detail.state", vec!["running".into()]);
        let Ok(condition) = FieldCondition::new("detail.state", Operator::Prefix, "stop") else { panic!() };
        form.conditions.push(condition);
        let Ok(condition) = FieldCondition::new("detail.count", Operator::Numeric, ">= 10") else { panic!() };
        form.conditions.push(condition);
        assert_eq!(
            form.pattern_text(),
            "{\n  \"detail\": {\n    \"state\": [\"running\", {\"prefix\": \"stop\"}],\n    \"count\": [{\"numeric\": [\">=\", 10]}]\n  }\n}"
        );
    }

    #[test]
    fn generates_the_pattern_people_write() {
        let mut form = Form {
            source: Some("aws.ec2".into()),
            detail_types: vec!["EC2 Instance State-change Notification".into()],
            ..Form::default()
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
