//! Reading a pattern back into a [`Form`].

use super::write::or_key;
use super::{FieldCondition, Form, FormLimit, Operator, OrGroup, show_operand, show_string_literal};
use crate::json::{Node, NodeKind};
use crate::pattern::{AnythingBut, FieldRule, Literal, Matcher, Pattern};

/// The form that shows `pattern` (compiled from `text`), or why there is
/// none. Every operator and `$or` groups are shown; the form's one limit is
/// an `$or` inside an alternative of another.
pub fn form_from_pattern(pattern: &Pattern, text: &str) -> Result<Form, FormLimit> {
    let Ok(tree) = crate::json::parse(text) else {
        // The pattern compiled from this text, so it is JSON; nothing to show otherwise.
        return Ok(Form::default());
    };
    let mut reader = Reader { pattern, form: Form::default() };
    reader.object(&tree, "", None)?;
    Ok(reader.form)
}

/// Where the fields being read go: every event, or an alternative of a group.
type Place = Option<(usize, usize)>;

struct Reader<'a> {
    pattern: &'a Pattern,
    form: Form,
}

impl Reader<'_> {
    fn object(&mut self, node: &Node, prefix: &str, place: Place) -> Result<(), FormLimit> {
        let NodeKind::Object(members) = &node.kind else { return Ok(()) };
        for member in members {
            let path = if prefix.is_empty() { member.key.clone() } else { format!("{prefix}.{}", member.key) };
            match &member.value.kind {
                NodeKind::Array(items) if member.key == "$or" => {
                    if place.is_some() {
                        return Err(FormLimit::NestedOr);
                    }
                    let group = self.form.any_of.len();
                    self.form.any_of.push(OrGroup { at: prefix.to_owned(), alternatives: Vec::new() });
                    self.remember(or_key(prefix));
                    for (alternative, item) in items.iter().enumerate() {
                        self.form.any_of[group].alternatives.push(Vec::new());
                        self.object(item, prefix, Some((group, alternative)))?;
                    }
                }
                NodeKind::Object(_) => self.object(&member.value, &path, place)?,
                NodeKind::Array(_) => {
                    let span = member.value.span;
                    if let Some(field) = self.pattern.fields.iter().find(|f| f.span == span) {
                        self.field(field, place)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Keeps `key` in the written order (a repeated key takes its later place).
    fn remember(&mut self, key: String) {
        self.form.order.retain(|k| *k != key);
        self.form.order.push(key);
    }

    fn field(&mut self, field: &FieldRule, place: Place) -> Result<(), FormLimit> {
        let path = field.path.as_str();
        let mut strings = Vec::new();
        let mut conditions = Vec::new();
        for condition in &field.conditions {
            if let Matcher::Equals(Literal::String { text, .. }) = &condition.matcher {
                strings.push(text.clone());
            } else {
                let (operator, value) = operator_and_value(&condition.matcher);
                conditions.push(FieldCondition::new(path, operator, &value).map_err(FormLimit::Condition)?);
            }
        }
        let form = &mut self.form;
        if let Some((group, alternative)) = place {
            let list = &mut form.any_of[group].alternatives[alternative];
            // A later key with the same path replaces an earlier one, as in EventBridge.
            list.retain(|c| c.path != path);
            list.extend(FieldCondition::of_values(path, &strings));
            list.extend(conditions);
            return Ok(());
        }
        form.conditions.retain(|c| c.path != path);
        match path {
            "source" => {
                let mut values = strings.into_iter();
                form.source = values.next();
                let rest: Vec<String> = values.collect();
                form.conditions.extend(FieldCondition::of_values(path, &rest));
            }
            "detail-type" => form.detail_types = strings,
            _ => form.set_values(path, strings),
        }
        form.conditions.extend(conditions);
        self.remember(path.to_owned());
        Ok(())
    }
}

/// The form's operator and typed value for a condition that is not a plain string.
fn operator_and_value(matcher: &Matcher) -> (Operator, String) {
    let list = |texts: Vec<&str>| texts.into_iter().map(|t| show_operand(t, true)).collect::<Vec<_>>().join(", ");
    match matcher {
        Matcher::Equals(Literal::String { text, .. }) => (Operator::Equals, show_string_literal(text)),
        Matcher::Equals(Literal::Number(n)) => (Operator::Equals, n.text.clone()),
        Matcher::Equals(Literal::Bool(b)) => (Operator::Equals, b.to_string()),
        Matcher::Equals(Literal::Null) => (Operator::Equals, "null".to_owned()),
        Matcher::Prefix(p) => (Operator::Prefix, show_operand(p, false)),
        Matcher::PrefixIgnoreCase(p) => (Operator::PrefixIgnoreCase, show_operand(&p.text, false)),
        Matcher::Suffix(s) => (Operator::Suffix, show_operand(s, false)),
        Matcher::SuffixIgnoreCase(s) => (Operator::SuffixIgnoreCase, show_operand(&s.text, false)),
        Matcher::EqualsIgnoreCase(s) => (Operator::EqualsIgnoreCase, show_operand(&s.text, false)),
        Matcher::Wildcard(w) => (Operator::Wildcard, show_operand(&w.text, false)),
        Matcher::Cidr(range) => (Operator::Cidr, range.to_string()),
        Matcher::Exists(true) => (Operator::Exists, String::new()),
        Matcher::Exists(false) => (Operator::DoesNotExist, String::new()),
        Matcher::Numeric(range) => (Operator::Numeric, range.to_string()),
        Matcher::AnythingBut(but) => match but {
            AnythingBut::Strings(set) => {
                (Operator::AnythingBut, set.iter().map(|s| show_string_literal(s)).collect::<Vec<_>>().join(", "))
            }
            AnythingBut::Numbers(set) => {
                (Operator::AnythingBut, set.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(", "))
            }
            AnythingBut::Prefixes(set) => (Operator::AnythingButPrefix, list(set.iter().map(String::as_str).collect())),
            AnythingBut::Suffixes(set) => (Operator::AnythingButSuffix, list(set.iter().map(String::as_str).collect())),
            AnythingBut::IgnoreCase(set) => {
                (Operator::AnythingButIgnoreCase, list(set.iter().map(|s| s.text.as_str()).collect()))
            }
            AnythingBut::Wildcards(set) => {
                (Operator::AnythingButWildcard, list(set.iter().map(|w| w.text.as_str()).collect()))
            }
        },
    }
}
