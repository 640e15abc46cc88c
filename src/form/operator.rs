//! The operators the form offers, and how a typed value becomes a condition.
//!
//! Values are typed as people write them: `running`, `5`, `"5"` (the
//! string), lists separated by commas (`stopped, terminated`), and a quoted
//! item where it holds a comma or spaces at its ends (`"a, b"`).

use super::FormError;

/// An operator the form offers for a condition: every operator EventBridge has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operator {
    /// Equal to a string, number, `true`, `false` or `null`.
    Equals,
    /// Equal to any of several values.
    OneOf,
    /// A string starting with the text.
    Prefix,
    /// A string starting with the text, in any case.
    PrefixIgnoreCase,
    /// A string ending with the text.
    Suffix,
    /// A string ending with the text, in any case.
    SuffixIgnoreCase,
    /// A string equal to the text in any case.
    EqualsIgnoreCase,
    /// A string matching a `*` pattern.
    Wildcard,
    /// Any value except those listed.
    AnythingBut,
    /// Any string except those starting with the text (or texts).
    AnythingButPrefix,
    /// Any string except those ending with the text (or texts).
    AnythingButSuffix,
    /// Any string except those matching the `*` patterns.
    AnythingButWildcard,
    /// Any string except those equal to the texts in any case.
    AnythingButIgnoreCase,
    /// A number compared with bounds.
    Numeric,
    /// The field is present.
    Exists,
    /// The field is absent.
    DoesNotExist,
    /// An IP address in a CIDR range.
    Cidr,
}

impl Operator {
    /// Every operator, in the order the form lists them.
    pub const ALL: [Operator; 17] = [
        Operator::Equals,
        Operator::OneOf,
        Operator::Prefix,
        Operator::PrefixIgnoreCase,
        Operator::Suffix,
        Operator::SuffixIgnoreCase,
        Operator::EqualsIgnoreCase,
        Operator::Wildcard,
        Operator::AnythingBut,
        Operator::AnythingButPrefix,
        Operator::AnythingButSuffix,
        Operator::AnythingButWildcard,
        Operator::AnythingButIgnoreCase,
        Operator::Numeric,
        Operator::Exists,
        Operator::DoesNotExist,
        Operator::Cidr,
    ];

    /// Its key: the window names it and shows an example through the
    /// message files (`operator-<key>`, `operator-<key>-example`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Operator::Equals => "equals",
            Operator::OneOf => "one-of",
            Operator::Prefix => "prefix",
            Operator::PrefixIgnoreCase => "prefix-ignore-case",
            Operator::Suffix => "suffix",
            Operator::SuffixIgnoreCase => "suffix-ignore-case",
            Operator::EqualsIgnoreCase => "equals-ignore-case",
            Operator::Wildcard => "wildcard",
            Operator::AnythingBut => "anything-but",
            Operator::AnythingButPrefix => "anything-but-prefix",
            Operator::AnythingButSuffix => "anything-but-suffix",
            Operator::AnythingButWildcard => "anything-but-wildcard",
            Operator::AnythingButIgnoreCase => "anything-but-ignore-case",
            Operator::Numeric => "numeric",
            Operator::Exists => "exists",
            Operator::DoesNotExist => "does-not-exist",
            Operator::Cidr => "cidr",
        }
    }

    /// A condition to insert into a pattern's list, to fill in.
    #[must_use]
    pub fn template(self) -> &'static str {
        match self {
            Operator::Equals => r#""value""#,
            Operator::OneOf => r#""one", "other""#,
            Operator::Prefix => r#"{"prefix": "start"}"#,
            Operator::PrefixIgnoreCase => r#"{"prefix": {"equals-ignore-case": "start"}}"#,
            Operator::Suffix => r#"{"suffix": "end"}"#,
            Operator::SuffixIgnoreCase => r#"{"suffix": {"equals-ignore-case": "end"}}"#,
            Operator::EqualsIgnoreCase => r#"{"equals-ignore-case": "value"}"#,
            Operator::Wildcard => r#"{"wildcard": "a*b"}"#,
            Operator::AnythingBut => r#"{"anything-but": ["value"]}"#,
            Operator::AnythingButPrefix => r#"{"anything-but": {"prefix": "start"}}"#,
            Operator::AnythingButSuffix => r#"{"anything-but": {"suffix": "end"}}"#,
            Operator::AnythingButWildcard => r#"{"anything-but": {"wildcard": "a*b"}}"#,
            Operator::AnythingButIgnoreCase => r#"{"anything-but": {"equals-ignore-case": ["value"]}}"#,
            Operator::Numeric => r#"{"numeric": [">", 0, "<=", 100]}"#,
            Operator::Exists => r#"{"exists": true}"#,
            Operator::DoesNotExist => r#"{"exists": false}"#,
            Operator::Cidr => r#"{"cidr": "10.0.0.0/24"}"#,
        }
    }

    /// The id of the lesson that teaches it.
    #[must_use]
    pub fn lesson(self) -> &'static str {
        match self {
            Operator::Equals | Operator::OneOf => "pattern-arrays",
            Operator::Prefix | Operator::PrefixIgnoreCase | Operator::Suffix | Operator::SuffixIgnoreCase => {
                "prefix-suffix"
            }
            Operator::EqualsIgnoreCase => "equals-ignore-case",
            Operator::Wildcard => "wildcard",
            Operator::AnythingBut
            | Operator::AnythingButPrefix
            | Operator::AnythingButSuffix
            | Operator::AnythingButWildcard
            | Operator::AnythingButIgnoreCase => "anything-but",
            Operator::Numeric => "numeric",
            Operator::Exists | Operator::DoesNotExist => "exists",
            Operator::Cidr => "cidr",
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
        let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
        // One string, or a list of them: `"a"` or `["a", "b"]`.
        let strings = |error: FormError| -> Result<String, FormError> {
            let items: Vec<String> = split_list(value).iter().map(|item| quote(&operand(item))).collect();
            match items.as_slice() {
                [] => Err(error),
                [one] => Ok(one.clone()),
                many => Ok(format!("[{}]", many.join(", "))),
            }
        };
        let single = quote(&operand(value));
        let json = match self {
            Operator::Equals => literal(value.trim()),
            Operator::OneOf => {
                let items: Vec<String> = split_list(value).iter().map(|item| literal(item)).collect();
                if items.is_empty() {
                    return Err(FormError::ListValues);
                }
                items.join(", ")
            }
            Operator::Prefix => format!(r#"{{"prefix": {single}}}"#),
            Operator::PrefixIgnoreCase => format!(r#"{{"prefix": {{"equals-ignore-case": {single}}}}}"#),
            Operator::Suffix => format!(r#"{{"suffix": {single}}}"#),
            Operator::SuffixIgnoreCase => format!(r#"{{"suffix": {{"equals-ignore-case": {single}}}}}"#),
            Operator::EqualsIgnoreCase => format!(r#"{{"equals-ignore-case": {single}}}"#),
            Operator::Wildcard => format!(r#"{{"wildcard": {single}}}"#),
            Operator::Cidr => format!(r#"{{"cidr": {single}}}"#),
            Operator::Exists => r#"{"exists": true}"#.to_owned(),
            Operator::DoesNotExist => r#"{"exists": false}"#.to_owned(),
            Operator::AnythingBut => {
                let items: Vec<String> = split_list(value).iter().map(|item| literal(item)).collect();
                match items.as_slice() {
                    [] => return Err(FormError::ListExcluded),
                    [one] => format!(r#"{{"anything-but": {one}}}"#),
                    many => format!(r#"{{"anything-but": [{}]}}"#, many.join(", ")),
                }
            }
            Operator::AnythingButPrefix => {
                format!(r#"{{"anything-but": {{"prefix": {}}}}}"#, strings(FormError::ListExcluded)?)
            }
            Operator::AnythingButSuffix => {
                format!(r#"{{"anything-but": {{"suffix": {}}}}}"#, strings(FormError::ListExcluded)?)
            }
            Operator::AnythingButWildcard => {
                format!(r#"{{"anything-but": {{"wildcard": {}}}}}"#, strings(FormError::ListExcluded)?)
            }
            Operator::AnythingButIgnoreCase => {
                format!(r#"{{"anything-but": {{"equals-ignore-case": {}}}}}"#, strings(FormError::ListExcluded)?)
            }
            Operator::Numeric => format!(r#"{{"numeric": [{}]}}"#, numeric_terms(value)?),
        };
        let probe = format!(r#"{{"x": [{json}]}}"#);
        crate::Pattern::parse(&probe).map(|_| json).map_err(|e| FormError::Refused(e.reason()))
    }
}

/// Splits a typed list at commas, except inside double quotes; items are
/// trimmed and empty ones dropped (`"a, b", c` → `"a, b"` and `c`).
#[must_use]
pub fn split_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let (mut quoted, mut escaped) = (false, false);
    for c in text.chars() {
        match c {
            ',' if !quoted => items.push(std::mem::take(&mut current)),
            _ => {
                if c == '"' && !escaped {
                    quoted = !quoted;
                }
                escaped = quoted && !escaped && c == '\\';
                current.push(c);
            }
        }
    }
    items.push(current);
    items.into_iter().map(|item| item.trim().to_owned()).filter(|item| !item.is_empty()).collect()
}

/// A string operand as typed: a JSON-quoted string is decoded, anything
/// else is taken as written (trimmed).
fn operand(text: &str) -> String {
    let text = text.trim();
    if text.starts_with('"')
        && let Ok(serde_json::Value::String(s)) = serde_json::from_str(text)
    {
        return s;
    }
    text.to_owned()
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

/// How the form shows a string operand so that typing it back gives the
/// same string: quoted when it has spaces at its ends, a comma (in a list),
/// a leading quote, or is empty.
#[must_use]
pub fn show_operand(text: &str, in_list: bool) -> String {
    let needs_quotes = text.is_empty() || text.trim() != text || text.starts_with('"') || in_list && text.contains(',');
    if needs_quotes { serde_json::to_string(text).unwrap_or_default() } else { text.to_owned() }
}

/// How the form shows a string compared for equality: like
/// [`show_operand`], and quoted too when it would read as a number,
/// `true`, `false` or `null`.
#[must_use]
pub fn show_string_literal(text: &str) -> String {
    let looks_like_scalar = crate::json::parse(text).is_ok();
    if looks_like_scalar { serde_json::to_string(text).unwrap_or_default() } else { show_operand(text, true) }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_a_condition_eventbridge_accepts() {
        for operator in Operator::ALL {
            let probe = format!(r#"{{"x": [{}]}}"#, operator.template());
            assert!(crate::Pattern::parse(&probe).is_ok(), "{operator:?}: {probe}");
        }
    }

    #[test]
    fn lists_split_at_commas_outside_quotes() {
        assert_eq!(split_list(r#" a , "b, c", , "d\"," "#), vec!["a", r#""b, c""#, r#""d\",""#]);
        assert_eq!(split_list(""), Vec::<String>::new());
    }

    #[test]
    fn every_operator_writes_what_eventbridge_accepts() {
        let cases = [
            (Operator::PrefixIgnoreCase, "Abc", r#"{"prefix": {"equals-ignore-case": "Abc"}}"#),
            (Operator::SuffixIgnoreCase, ".PNG", r#"{"suffix": {"equals-ignore-case": ".PNG"}}"#),
            (Operator::AnythingButPrefix, "test-", r#"{"anything-but": {"prefix": "test-"}}"#),
            (Operator::AnythingButSuffix, ".tmp, .bak", r#"{"anything-but": {"suffix": [".tmp", ".bak"]}}"#),
            (Operator::AnythingButWildcard, "*/tmp/*", r#"{"anything-but": {"wildcard": "*/tmp/*"}}"#),
            (
                Operator::AnythingButIgnoreCase,
                r#"Stopped, "a, b""#,
                r#"{"anything-but": {"equals-ignore-case": ["Stopped", "a, b"]}}"#,
            ),
            (Operator::Prefix, r#"" padded ""#, r#"{"prefix": " padded "}"#),
            (Operator::OneOf, r#"x, "1, 2", 3"#, r#""x", "1, 2", 3"#),
        ];
        for (operator, value, json) in cases {
            assert_eq!(operator.condition_json(value), Ok(json.to_owned()), "{operator:?} {value}");
        }
        assert_eq!(
            Operator::AnythingButPrefix.condition_json("\"\"").map_err(|e| e.to_string()),
            Err("Null prefix/suffix not allowed".to_owned())
        );
    }

    #[test]
    fn shown_operands_read_back_as_the_same_string() {
        for text in ["plain", " padded", "a, b", "\"quoted", "", "5", "true"] {
            let shown = show_string_literal(text);
            let json = Operator::Equals.condition_json(&shown);
            assert_eq!(json, Ok(serde_json::to_string(text).unwrap_or_default()), "{text:?} shown as {shown}");
            let shown = show_operand(text, true);
            if !text.is_empty() {
                assert_eq!(
                    Operator::Prefix.condition_json(&shown),
                    Ok(format!(r#"{{"prefix": {}}}"#, serde_json::to_string(text).unwrap_or_default())),
                    "{text:?}"
                );
            }
        }
    }
}
