//! Values read from infrastructure code: JSON with the members in the order
//! written, numbers as written, and deploy-time parts kept as written.

use crate::json::write::quote;

/// A value as written in a template or a Terraform file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number's text as written.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in the order written (CloudFormation intrinsics
    /// are one-member objects: `{"Ref": "X"}`).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// A string value.
    #[must_use]
    pub fn string(text: &str) -> Self {
        Self::String(text.to_owned())
    }

    /// The member named `key` of an object.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Self::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string value.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    /// The same value with every string (not keys) passed through `f`.
    #[must_use]
    pub fn map_strings(&self, f: &dyn Fn(&str) -> String) -> Self {
        match self {
            Self::String(s) => Self::String(f(s)),
            Self::Array(items) => Self::Array(items.iter().map(|v| v.map_strings(f)).collect()),
            Self::Object(members) => Self::Object(members.iter().map(|(k, v)| (k.clone(), v.map_strings(f))).collect()),
            other => other.clone(),
        }
    }

    /// The value from a JSON tree (every member kept, in order).
    #[must_use]
    pub fn from_node(node: &crate::json::Node) -> Self {
        use crate::json::NodeKind;
        match &node.kind {
            NodeKind::Null => Self::Null,
            NodeKind::Bool(b) => Self::Bool(*b),
            NodeKind::Number(n) => Self::Number(n.clone()),
            NodeKind::String(s) => Self::String(s.clone()),
            NodeKind::Array(items) => Self::Array(items.iter().map(Self::from_node).collect()),
            NodeKind::Object(members) => {
                Self::Object(members.iter().map(|m| (m.key.clone(), Self::from_node(&m.value))).collect())
            }
        }
    }

    /// The value as `serde_json` holds it (numbers that `serde_json` cannot
    /// hold stay text).
    #[must_use]
    pub fn to_serde(&self) -> serde_json::Value {
        match self {
            Self::Null => serde_json::Value::Null,
            Self::Bool(b) => serde_json::Value::Bool(*b),
            Self::Number(n) => serde_json::from_str::<serde_json::Number>(n)
                .map_or_else(|_| serde_json::Value::String(n.clone()), serde_json::Value::Number),
            Self::String(s) => serde_json::Value::String(s.clone()),
            Self::Array(items) => serde_json::Value::Array(items.iter().map(Self::to_serde).collect()),
            Self::Object(members) => {
                serde_json::Value::Object(members.iter().map(|(k, v)| (k.clone(), v.to_serde())).collect())
            }
        }
    }

    /// Compact JSON text, members in the order written.
    #[must_use]
    pub fn to_compact_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, 0);
        out
    }

    /// Indented JSON text (two spaces; arrays of plain values on one line).
    #[must_use]
    pub fn to_pretty_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(2), 0);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, depth: usize) {
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Self::Number(n) => out.push_str(n),
            Self::String(s) => out.push_str(&quote(s)),
            Self::Array(items) => {
                let flat = items.iter().all(|v| !matches!(v, Self::Array(_) | Self::Object(_)));
                let inner = if flat { None } else { indent };
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                        if flat && indent.is_some() {
                            out.push(' ');
                        }
                    }
                    newline(out, inner, depth + 1);
                    item.write(out, indent, depth + 1);
                }
                if !items.is_empty() {
                    newline(out, inner, depth);
                }
                out.push(']');
            }
            Self::Object(members) => {
                out.push('{');
                for (k, (key, value)) in members.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    newline(out, indent, depth + 1);
                    out.push_str(&quote(key));
                    out.push(':');
                    if indent.is_some() {
                        out.push(' ');
                    }
                    value.write(out, indent, depth + 1);
                }
                if !members.is_empty() {
                    newline(out, indent, depth);
                }
                out.push('}');
            }
        }
    }
}

fn newline(out: &mut String, indent: Option<usize>, depth: usize) {
    if let Some(width) = indent {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', width * depth));
    }
}

/// A part of a value only known at deploy time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Placeholder {
    /// As written: an intrinsic's compact JSON (`{"Ref":"EventSource"}`) or
    /// a variable inside a string (`${AWS::AccountId}`, `${var.prefix}`).
    pub text: String,
}

impl Placeholder {
    /// A short name for it, when it has one: `X` for `${X}`, `{"Ref":"X"}`
    /// and `{"Fn::Sub":"${X}"}`, `A.B` for `{"Fn::GetAtt":["A","B"]}`.
    #[must_use]
    pub fn name(&self) -> Option<String> {
        short_name(&self.text)
    }
}

fn short_name(text: &str) -> Option<String> {
    if let Some(inner) = text.strip_prefix("${").and_then(|t| t.strip_suffix('}')) {
        return Some(inner.to_owned());
    }
    let node = crate::json::parse(text).ok()?;
    let value = Value::from_node(&node);
    match &value {
        Value::Object(members) => match members.as_slice() {
            [(key, Value::String(name))] if key == "Ref" => Some(name.clone()),
            [(key, Value::String(sub))] if key == "Fn::Sub" => {
                sub.strip_prefix("${").and_then(|t| t.strip_suffix('}')).filter(|t| !t.contains('$')).map(str::to_owned)
            }
            [(key, Value::Array(parts))] if key == "Fn::GetAtt" => {
                let names: Option<Vec<&str>> = parts.iter().map(Value::as_str).collect();
                names.map(|n| n.join("."))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether a one-member object is a CloudFormation intrinsic function.
fn is_intrinsic(members: &[(String, Value)]) -> bool {
    matches!(members, [(key, _)] if key == "Ref" || key == "Condition" || key.starts_with("Fn::"))
}

/// The variables of a string: each `${...}` (CloudFormation's `${!x}` is
/// literal text), as byte ranges.
fn variables(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("${").map(|i| from + i) {
        // The brace that closes it, counting braces opened inside (`${a["${b}"]}`).
        let mut depth = 0usize;
        let close = text[at + 1..].char_indices().find_map(|(i, c)| {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(at + 1 + i);
                    }
                }
                _ => {}
            }
            None
        });
        let Some(end) = close.map(|i| i + 1) else { break };
        if !text[at + 2..].starts_with('!') {
            out.push(at..end);
        }
        from = end;
    }
    out
}

/// The deploy-time parts of `value`, each once, in the order written.
#[must_use]
pub fn placeholders(value: &Value) -> Vec<Placeholder> {
    fn walk(value: &Value, out: &mut Vec<Placeholder>) {
        let mut add = |text: String| {
            if !out.iter().any(|p| p.text == text) {
                out.push(Placeholder { text });
            }
        };
        match value {
            Value::Object(members) if is_intrinsic(members) => add(value.to_compact_json()),
            Value::String(s) => {
                for range in variables(s) {
                    add(s[range].to_owned());
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            Value::Object(members) => members.iter().for_each(|(_, v)| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut out);
    out
}

/// `value` with placeholders replaced by the text the user supplied for
/// them (by [`Placeholder::text`] or [`Placeholder::name`]): an intrinsic
/// becomes that string, a variable inside a string is replaced in place.
/// Placeholders without a value stay as they are.
#[must_use]
pub fn substitute(value: &Value, values: &[(String, String)]) -> Value {
    let lookup = |text: &str| {
        let name = short_name(text);
        values.iter().find(|(k, _)| k == text || name.as_deref() == Some(k.as_str())).map(|(_, v)| v.as_str())
    };
    match value {
        Value::Object(members) if is_intrinsic(members) => {
            lookup(&value.to_compact_json()).map_or_else(|| value.clone(), Value::string)
        }
        Value::String(s) => {
            let mut out = String::new();
            let mut from = 0;
            for range in variables(s) {
                out.push_str(&s[from..range.start]);
                out.push_str(lookup(&s[range.clone()]).unwrap_or(&s[range.clone()]));
                from = range.end;
            }
            out.push_str(&s[from..]);
            Value::String(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| substitute(v, values)).collect()),
        Value::Object(members) => {
            Value::Object(members.iter().map(|(k, v)| (k.clone(), substitute(v, values))).collect())
        }
        other => other.clone(),
    }
}
