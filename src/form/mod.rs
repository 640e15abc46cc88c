//! The designer's form and the pattern it generates.
//!
//! A [`Form`] holds what a person picks: a source, detail-types, allowed
//! values per field, conditions with any operator, and `$or` groups of
//! alternatives. [`Form::pattern_text`] turns it into pattern JSON laid out
//! the way people write it, keeping the order of keys the pattern was read
//! with; [`form_from_pattern`] reads a pattern back. `rulecraft new` and the
//! window use these same functions, so the form is testable without a window.

mod operator;
mod read;
mod write;

pub use operator::{Operator, show_operand, show_string_literal, split_list};
pub use read::form_from_pattern;

/// Allowed values for one field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldValues {
    /// Dotted path, e.g. `detail.state`.
    pub path: String,
    /// The allowed string values; none means "any" (the field is left out).
    pub values: Vec<String>,
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

    /// Plain string values as one condition: "equals" for one, "one of" for several.
    fn of_values(path: &str, values: &[String]) -> Option<Self> {
        let operator = if values.len() == 1 { Operator::Equals } else { Operator::OneOf };
        let shown: Vec<String> = values.iter().map(|v| show_string_literal(v)).collect();
        Self::new(path, operator, &shown.join(", ")).ok()
    }
}

/// An `$or`: an event matches when it satisfies every condition of at least
/// one alternative (and everything outside the group).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrGroup {
    /// The object the `$or` key is written in (a dotted path, empty for the top).
    pub at: String,
    /// The alternatives, each a list of conditions that must all hold.
    pub alternatives: Vec<Vec<FieldCondition>>,
}

/// Where a condition sits in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConditionAt {
    /// A field's plain values (as one "equals"/"one of" condition).
    Values(String),
    /// A condition every event must satisfy, by index.
    Top(usize),
    /// A condition of one alternative of an `$or` group.
    Alternative {
        /// The group's index.
        group: usize,
        /// The alternative's index in the group.
        alternative: usize,
        /// The condition's index in the alternative.
        index: usize,
    },
}

/// Where the condition being written goes when it is added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum DraftTarget {
    /// Every event must satisfy it (beside the other conditions).
    #[default]
    AllEvents,
    /// A new `$or`: this condition, or the one being written.
    OrWith(ConditionAt),
    /// A new alternative of this `$or` group.
    NewAlternative(usize),
    /// Into this alternative of this `$or` group.
    Into {
        /// The group's index.
        group: usize,
        /// The alternative's index.
        alternative: usize,
    },
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
    /// Conditions with operators every event must satisfy, in the order they were added.
    pub conditions: Vec<FieldCondition>,
    /// `$or` groups.
    pub any_of: Vec<OrGroup>,
    /// The pattern's keys in their written order (leaf paths, and
    /// `<at>.$or` for groups): regenerating keeps it, and new keys go at
    /// the end of their object.
    pub order: Vec<String>,
}

impl Form {
    /// Sets the allowed values of a field (an empty list removes it).
    pub fn set_values(&mut self, path: &str, values: Vec<String>) {
        match self.fields.iter_mut().find(|f| f.path == path) {
            Some(field) => field.values = values,
            None => self.fields.push(FieldValues { path: path.to_owned(), values }),
        }
        self.fields.retain(|f| !f.values.is_empty());
    }

    /// The condition at `at`, if there is one.
    #[must_use]
    pub fn condition(&self, at: &ConditionAt) -> Option<FieldCondition> {
        match at {
            ConditionAt::Values(path) => {
                let field = self.fields.iter().find(|f| f.path == *path)?;
                FieldCondition::of_values(path, &field.values)
            }
            ConditionAt::Top(index) => self.conditions.get(*index).cloned(),
            ConditionAt::Alternative { group, alternative, index } => {
                self.any_of.get(*group)?.alternatives.get(*alternative)?.get(*index).cloned()
            }
        }
    }

    /// Takes the condition at `at` out of the form (a group left with one
    /// alternative is no longer an `$or`: its conditions apply to every event).
    pub fn remove(&mut self, at: &ConditionAt) -> Option<FieldCondition> {
        let taken = self.condition(at)?;
        match at {
            ConditionAt::Values(path) => self.set_values(path, Vec::new()),
            ConditionAt::Top(index) => {
                self.conditions.remove(*index);
            }
            ConditionAt::Alternative { group, alternative, index } => {
                self.any_of[*group].alternatives[*alternative].remove(*index);
            }
        }
        self.tidy_groups();
        self.place_groups().ok();
        Some(taken)
    }

    /// Adds a condition where `target` says, or says why it cannot go there.
    pub fn add(&mut self, condition: FieldCondition, target: &DraftTarget) -> Result<(), DraftError> {
        let mut next = self.clone();
        match target {
            DraftTarget::AllEvents => next.conditions.push(condition),
            DraftTarget::OrWith(other) => {
                let Some(first) = next.remove(other) else { return Err(DraftError::Gone) };
                let at = common_object([first.path.as_str(), condition.path.as_str()].into_iter());
                next.any_of.push(OrGroup { at, alternatives: vec![vec![first], vec![condition]] });
            }
            DraftTarget::NewAlternative(group) => {
                next.any_of.get_mut(*group).ok_or(DraftError::Gone)?.alternatives.push(vec![condition]);
            }
            DraftTarget::Into { group, alternative } => next
                .any_of
                .get_mut(*group)
                .and_then(|g| g.alternatives.get_mut(*alternative))
                .ok_or(DraftError::Gone)?
                .push(condition),
        }
        next.tidy_groups();
        next.place_groups()?;
        *self = next;
        Ok(())
    }

    /// Puts `condition` in the place of the one at `at`.
    pub fn replace(&mut self, at: &ConditionAt, condition: FieldCondition) -> Result<(), DraftError> {
        let mut next = self.clone();
        match at {
            ConditionAt::Values(_) => {
                next.remove(at).ok_or(DraftError::Gone)?;
                next.conditions.push(condition);
            }
            ConditionAt::Top(index) => *next.conditions.get_mut(*index).ok_or(DraftError::Gone)? = condition,
            ConditionAt::Alternative { group, alternative, index } => {
                *next
                    .any_of
                    .get_mut(*group)
                    .and_then(|g| g.alternatives.get_mut(*alternative))
                    .and_then(|a| a.get_mut(*index))
                    .ok_or(DraftError::Gone)? = condition;
            }
        }
        next.place_groups()?;
        *self = next;
        Ok(())
    }

    /// Drops empty alternatives; a group with one alternative left becomes
    /// conditions on every event, one with none disappears.
    fn tidy_groups(&mut self) {
        let mut index = 0;
        while index < self.any_of.len() {
            let group = &mut self.any_of[index];
            group.alternatives.retain(|a| !a.is_empty());
            if group.alternatives.len() < 2 {
                let group = self.any_of.remove(index);
                self.conditions.extend(group.alternatives.into_iter().flatten());
            } else {
                index += 1;
            }
        }
    }

    /// Puts each group's `$or` in the deepest object that holds all its
    /// fields (keeping where it was written while that still holds them),
    /// one `$or` per object: a later group moves up until it has a place.
    fn place_groups(&mut self) -> Result<(), DraftError> {
        for index in 0..self.any_of.len() {
            let group = &self.any_of[index];
            let common = common_object(group.alternatives.iter().flatten().map(|c| c.path.as_str()));
            let mut at = if is_within(&common, &group.at) { group.at.clone() } else { common };
            while self.any_of[..index].iter().any(|g| g.at == at) {
                if at.is_empty() {
                    return Err(DraftError::NoRoomForOr);
                }
                at = at.rsplit_once('.').map(|(parent, _)| parent.to_owned()).unwrap_or_default();
            }
            self.any_of[index].at = at;
        }
        Ok(())
    }
}

/// The deepest object path holding every one of `paths` (`detail.a` and
/// `detail.b` → `detail`; empty for the top).
fn common_object<'a>(paths: impl Iterator<Item = &'a str>) -> String {
    let mut common: Option<Vec<&str>> = None;
    for path in paths {
        let segments: Vec<&str> = path.split('.').collect();
        let parents = &segments[..segments.len().saturating_sub(1)];
        common = Some(match common {
            None => parents.to_vec(),
            Some(so_far) => so_far.iter().zip(parents).take_while(|(a, b)| a == b).map(|(a, _)| *a).collect(),
        });
    }
    common.unwrap_or_default().join(".")
}

/// Whether the object `inner` is `outer` or inside it.
fn is_within(inner: &str, outer: &str) -> bool {
    outer.is_empty() || inner == outer || inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('.'))
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
    /// An `$or` inside an alternative of another `$or`.
    NestedOr,
    /// A condition the form would refuse.
    Condition(FormError),
}

impl std::fmt::Display for FormLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormLimit::NestedOr => f.write_str("an $or is nested inside an alternative of another $or"),
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
    /// The condition, `$or` group or alternative it was meant for is gone.
    Gone,
    /// Every object that could hold this `$or` already holds another.
    NoRoomForOr,
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::NeedsField => f.write_str("choose or type a field, e.g. detail.state"),
            DraftError::NeedsValue => f.write_str("type a value"),
            DraftError::Invalid(error) => error.fmt(f),
            DraftError::Gone => f.write_str("the condition or $or group this was aimed at is gone; it is added for every event instead when you press Add again"),
            DraftError::NoRoomForOr => f.write_str("every object that could hold this $or already holds another one: add these as alternatives of that group instead"),
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

    fn read(text: &str) -> Form {
        let pattern = crate::Pattern::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        form_from_pattern(&pattern, text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_operator_reads_back_and_writes_the_same_pattern() {
        let text = r#"{
  "source": ["aws.s3", {"prefix": "aws."}],
  "detail": {
    "a": [{"prefix": {"equals-ignore-case": "Ab"}}, {"suffix": {"equals-ignore-case": ".PNG"}}],
    "b": [{"anything-but": {"prefix": "test-"}}],
    "c": [{"anything-but": {"suffix": [".tmp", ".bak"]}}],
    "d": [{"anything-but": {"wildcard": ["*/tmp/*", "*/x/*"]}}],
    "e": [{"anything-but": {"equals-ignore-case": ["Stopped", "a, b"]}}],
    "f": [{"anything-but": ["5", "x"]}, {"numeric": [">", 0, "<=", 5]}],
    "g": [{"exists": false}, {"cidr": "10.0.0.0/24"}, {"wildcard": "a*b"}, null, 3, true],
    "h": [{"prefix": " padded"}, {"equals-ignore-case": "x"}]
  }
}"#;
        let form = read(text);
        assert_eq!(form.source.as_deref(), Some("aws.s3"));
        assert_eq!(form.pattern_text(), text);
        assert_eq!(read(&form.pattern_text()), form);
    }

    #[test]
    fn or_groups_are_read_and_written_where_they_were() {
        let text = r#"{
  "source": ["aws.ec2"],
  "detail": {
    "$or": [{
      "state": ["running"]
    }, {
      "count": [{"numeric": [">", 10]}],
      "zone": [{"prefix": "us-"}]
    }],
    "type": ["t3"]
  },
  "$or": [{
    "account": ["111122223333"]
  }, {
    "region": ["eu-west-1", "eu-west-2"]
  }]
}"#;
        let form = read(text);
        assert_eq!(form.any_of.len(), 2);
        assert_eq!(form.any_of[0].at, "detail");
        assert_eq!(form.any_of[0].alternatives[1].len(), 2);
        assert_eq!(form.any_of[1].alternatives[1][0].operator, Operator::OneOf);
        let written = form.pattern_text();
        assert_eq!(crate::Pattern::parse(&written).map(|p| p.branches.len()), Ok(4));
        assert_eq!(read(&written), form);
        // Nested $or is beyond the form.
        let nested = r#"{"$or": [{"a": [1]}, {"$or": [{"b": [2]}, {"c": [3]}]}]}"#;
        let Ok(pattern) = crate::Pattern::parse(nested) else { panic!() };
        assert_eq!(form_from_pattern(&pattern, nested), Err(FormLimit::NestedOr));
    }

    #[test]
    fn the_form_builds_or_groups_and_dissolves_them() {
        let condition = |path: &str, operator, value: &str| {
            FieldCondition::new(path, operator, value).unwrap_or_else(|e| panic!("{e}"))
        };
        let mut form = read(r#"{"detail": {"build-status": ["FAILED"], "project-name": ["x"]}}"#);
        // "project-name is x, or starts with test-": a new group from the plain values.
        let or_with = DraftTarget::OrWith(ConditionAt::Values("detail.project-name".into()));
        assert_eq!(form.add(condition("detail.project-name", Operator::Prefix, "test-"), &or_with), Ok(()));
        assert_eq!(form.any_of.len(), 1);
        assert_eq!(form.any_of[0].at, "detail.project-name".rsplit_once('.').map_or("", |p| p.0));
        let text = form.pattern_text();
        assert_eq!(
            text,
            "{\n  \"detail\": {\n    \"build-status\": [\"FAILED\"],\n    \"$or\": [\n      {\n        \"project-name\": [\"x\"]\n      },\n      {\n        \"project-name\": [{\"prefix\": \"test-\"}]\n      }\n    ]\n  }\n}",
            "{text}"
        );
        // A third alternative elsewhere moves the $or up to the object holding all.
        assert_eq!(
            form.add(condition("account", Operator::Equals, "111122223333"), &DraftTarget::NewAlternative(0)),
            Ok(())
        );
        assert_eq!(form.any_of[0].at, "");
        assert_eq!(
            form.add(
                condition("region", Operator::Equals, "us-east-1"),
                &DraftTarget::Into { group: 0, alternative: 2 }
            ),
            Ok(())
        );
        assert_eq!(form.any_of[0].alternatives[2].len(), 2);
        assert_eq!(read(&form.pattern_text()).any_of, form.any_of);
        // Removing alternatives down to one: its conditions apply to every event.
        let at = |alternative| ConditionAt::Alternative { group: 0, alternative, index: 0 };
        assert!(form.remove(&at(0)).is_some());
        assert!(form.remove(&at(0)).is_some());
        assert!(form.any_of.is_empty());
        assert_eq!(form.conditions.iter().map(|c| c.path.as_str()).collect::<Vec<_>>(), ["account", "region"]);
        assert_eq!(
            form.add(condition("x", Operator::Exists, ""), &DraftTarget::NewAlternative(3)),
            Err(DraftError::Gone)
        );
    }

    #[test]
    fn new_keys_go_at_the_end_of_their_object_and_others_keep_their_place() {
        let mut form =
            read(r#"{"detail": {"project-name": ["p"], "build-status": ["FAILED"]}, "source": ["aws.codebuild"]}"#);
        let Ok(condition) = FieldCondition::new("detail.phase", Operator::Exists, "") else { panic!() };
        assert_eq!(form.add(condition, &DraftTarget::AllEvents), Ok(()));
        form.set_values("detail.build-status", vec!["FAILED".into(), "STOPPED".into()]);
        assert_eq!(
            form.pattern_text(),
            "{\n  \"detail\": {\n    \"project-name\": [\"p\"],\n    \"build-status\": [\"FAILED\", \"STOPPED\"],\n    \"phase\": [{\"exists\": true}]\n  },\n  \"source\": [\"aws.codebuild\"]\n}"
        );
    }
}
