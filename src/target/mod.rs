//! A rule's targets and what each receives: the matched event, part of it
//! (`InputPath`), a constant (`Input`), or an input transformer
//! (`InputPathsMap` + `InputTemplate`); the checks EventBridge makes when
//! targets are put (with AWS's messages where AWS has them); and
//! [`Target::deliver`], what the target receives for one event, exactly as
//! EventBridge builds it, or why EventBridge would drop the event silently.
//!
//! In a rule file a target is written as `aws events put-targets` takes it
//! (`Id`, `Arn`, `Input`, `InputPath`, `InputTransformer`), plus its `Kind`.

mod arn;
pub mod command;
pub mod path;
pub mod template;

pub use arn::{ArnProblem, KINDS, TargetKind, check_arn};
pub use path::{JsonPath, PathError, PathErrorKind};
pub use template::{Insertion, Placeholder, RESERVED, Variable};

use crate::json::{Member, Node, NodeKind, Span};
use serde::{Deserialize, Serialize};
use std::fmt;

/// EventBridge's limit of targets per rule.
pub const MAX_TARGETS: usize = 5;
/// EventBridge's limit of entries in an `InputPathsMap`.
pub const MAX_PATHS: usize = 100;
/// The longest constant input (`Input`), in characters.
pub const MAX_INPUT_CHARS: usize = 8192;
/// The longest target id and paths-map key.
pub const MAX_ID_CHARS: usize = 64;
/// The longest paths-map key, in characters.
pub const MAX_KEY_CHARS: usize = 256;

/// A target of the rule.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "StoredTarget", into = "StoredTarget")]
pub struct Target {
    /// The target's id, unique in the rule.
    pub id: String,
    /// What it is.
    pub kind: TargetKind,
    /// Its ARN.
    pub arn: String,
    /// What it receives.
    pub input: TargetInput,
}

/// What a target receives for each matched event.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TargetInput {
    /// The whole event (AWS's default).
    #[default]
    MatchedEvent,
    /// The part of the event a path finds (`InputPath`).
    Part(String),
    /// The same JSON text every time (`Input`).
    Constant(String),
    /// An input transformer.
    Transformer(InputTransformer),
}

/// Which of the four inputs, without their settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputChoice {
    /// [`TargetInput::MatchedEvent`]
    MatchedEvent,
    /// [`TargetInput::Part`]
    Part,
    /// [`TargetInput::Constant`]
    Constant,
    /// [`TargetInput::Transformer`]
    Transformer,
}

impl TargetInput {
    /// Which input this is.
    #[must_use]
    pub fn choice(&self) -> InputChoice {
        match self {
            Self::MatchedEvent => InputChoice::MatchedEvent,
            Self::Part(_) => InputChoice::Part,
            Self::Constant(_) => InputChoice::Constant,
            Self::Transformer(_) => InputChoice::Transformer,
        }
    }
}

/// An input transformer: variables taken from the event by path, and the
/// template they are put into.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InputTransformer {
    /// `InputPathsMap`, in the order written: (key, path).
    #[serde(rename = "InputPathsMap", default, with = "ordered_map", skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<(String, String)>,
    /// `InputTemplate`.
    #[serde(rename = "InputTemplate")]
    pub template: String,
}

/// A target as a rule file holds it: `put-targets`'s shape and a kind.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StoredTarget {
    id: String,
    #[serde(default)]
    kind: Option<TargetKind>,
    arn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    input: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    input_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    input_transformer: Option<InputTransformer>,
}

impl TryFrom<StoredTarget> for Target {
    type Error = String;

    fn try_from(stored: StoredTarget) -> Result<Self, String> {
        let input = match (stored.input, stored.input_path, stored.input_transformer) {
            (None, None, None) => TargetInput::MatchedEvent,
            (Some(text), None, None) => TargetInput::Constant(text),
            (None, Some(path), None) => TargetInput::Part(path),
            (None, None, Some(transformer)) => TargetInput::Transformer(transformer),
            _ => return Err(only_one_input(&stored.id)),
        };
        let kind = stored.kind.or_else(|| TargetKind::of_arn(&stored.arn)).unwrap_or_default();
        Ok(Self { id: stored.id, kind, arn: stored.arn, input })
    }
}

impl From<Target> for StoredTarget {
    fn from(target: Target) -> Self {
        let (mut input, mut input_path, mut input_transformer) = (None, None, None);
        match target.input {
            TargetInput::MatchedEvent => {}
            TargetInput::Part(path) => input_path = Some(path),
            TargetInput::Constant(text) => input = Some(text),
            TargetInput::Transformer(t) => input_transformer = Some(t),
        }
        Self { id: target.id, kind: Some(target.kind), arn: target.arn, input, input_path, input_transformer }
    }
}

/// AWS's message for a target given more than one of the three inputs.
#[must_use]
pub fn only_one_input(id: &str) -> String {
    format!("Only one of Input, InputPath, or InputTransformer must be provided for target {id}.")
}

/// A JSON object read and written as a list of pairs, keeping its order.
mod ordered_map {
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap as _;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(pairs: &[(String, String)], serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(pairs.len()))?;
        for (key, value) in pairs {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<(String, String)>, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = Vec<(String, String)>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of names and JSON paths")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut pairs: Vec<(String, String)> = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, String>()? {
                    match pairs.iter_mut().find(|(k, _)| *k == key) {
                        Some(slot) => slot.1 = value,
                        None => pairs.push((key, value)),
                    }
                }
                Ok(pairs)
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

/// Where in a target a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemAt {
    /// The target as a whole.
    Target,
    /// The id.
    Id,
    /// The ARN.
    Arn,
    /// The `InputPath`.
    InputPath,
    /// The constant `Input`.
    Constant,
    /// The key of the paths map's row.
    Key(usize),
    /// The path of the paths map's row.
    Path(usize),
    /// The template.
    Template,
}

/// How much a problem matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// AWS accepts it, but it is worth knowing.
    Warning,
    /// AWS refuses the target.
    Error,
}

/// Something wrong with a target: what, where, and how much it matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetProblem {
    /// Where.
    pub at: ProblemAt,
    /// The offending text, as bytes of the field `at` names.
    pub span: Span,
    /// What.
    pub kind: ProblemKind,
}

impl TargetProblem {
    /// Whether AWS refuses the target for it.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// What is wrong with a target. `Display` is the English message; AWS's
/// words where AWS has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The template uses a name neither in the paths map nor reserved
    /// (AWS's message).
    InvalidPlaceholder {
        /// The target's id.
        target: String,
        /// The name.
        key: String,
    },
    /// No id.
    IdEmpty,
    /// An id holds a character other than letters, digits, `.`, `-`, `_`.
    IdCharacter {
        /// The character.
        found: char,
    },
    /// An id of more than 64 characters.
    IdTooLong,
    /// The ARN is not one of this kind.
    Arn(ArnProblem),
    /// A path EventBridge cannot read.
    Path(PathErrorKind),
    /// An empty paths-map key.
    KeyEmpty,
    /// A key character other than letters, digits, `-` and `_`.
    KeyCharacter {
        /// The character.
        found: char,
    },
    /// A key of more than 256 characters.
    KeyTooLong,
    /// A key starting with "AWS".
    KeyStartsWithAws,
    /// The same key twice.
    KeyRepeated,
    /// More than 100 paths.
    TooManyPaths {
        /// How many.
        count: usize,
    },
    /// No template.
    TemplateEmpty,
    /// A template over 8,192 characters.
    TemplateTooLong {
        /// Its length.
        chars: usize,
    },
    /// A placeholder as an object key in a JSON template.
    PlaceholderAsKey,
    /// A constant input that is not JSON.
    ConstantNotJson {
        /// The JSON reader's message.
        message: String,
    },
    /// A constant input over 8,192 characters.
    ConstantTooLong {
        /// Its length.
        chars: usize,
    },
    /// A path map entry no placeholder uses (warning).
    UnusedPath,
    /// `aws.events.event` or `aws.events.event.json` used other than as a
    /// JSON field's value (warning: AWS documents them only there).
    EventVariableOutsideValue,
    /// An input setting on an event-bus target (warning: refused when the
    /// bus is in another account).
    InputOnEventBus,
}

impl ProblemKind {
    /// Whether AWS refuses the target for it.
    #[must_use]
    pub fn severity(&self) -> Severity {
        match self {
            Self::UnusedPath | Self::EventVariableOutsideValue | Self::InputOnEventBus => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidPlaceholder { target, key } => {
                write!(f, "InputTemplate for target {target} contains invalid placeholder {key}.")
            }
            Self::IdEmpty => f.write_str("Give the target an id"),
            Self::IdCharacter { found } => {
                write!(f, "'{found}' cannot be in a target id: use letters, digits, '.', '-' and '_'")
            }
            Self::IdTooLong => write!(f, "A target id has at most {MAX_ID_CHARS} characters"),
            Self::Arn(problem) => problem.fmt(f),
            Self::Path(kind) => PathError { kind: kind.clone(), span: Span::default() }.fmt(f),
            Self::KeyEmpty => f.write_str("Name this variable"),
            Self::KeyCharacter { found } => {
                write!(f, "'{found}' cannot be in a variable's name: use letters, digits, '-' and '_'")
            }
            Self::KeyTooLong => write!(f, "A variable's name has at most {MAX_KEY_CHARS} characters"),
            Self::KeyStartsWithAws => f.write_str("A variable's name cannot start with AWS (EventBridge keeps those)"),
            Self::KeyRepeated => f.write_str("Another variable has this name"),
            Self::TooManyPaths { count } => write!(f, "Variables: {count}; EventBridge accepts at most {MAX_PATHS}"),
            Self::TemplateEmpty => f.write_str("Write the template: the text or JSON the target receives"),
            Self::TemplateTooLong { chars } => write!(
                f,
                "The template has {chars} characters; EventBridge accepts at most {}",
                template::MAX_TEMPLATE_CHARS
            ),
            Self::PlaceholderAsKey => {
                f.write_str("A placeholder cannot be an object key in a JSON template; use it as a value")
            }
            Self::ConstantNotJson { message } => write!(f, "The constant input must be valid JSON: {message}"),
            Self::ConstantTooLong { chars } => {
                write!(f, "The constant input has {chars} characters; EventBridge accepts at most {MAX_INPUT_CHARS}")
            }
            Self::UnusedPath => f.write_str("The template does not use this variable"),
            Self::EventVariableOutsideValue => f.write_str(
                "AWS documents this variable only as the value of a JSON field: its contents are not escaped",
            ),
            Self::InputOnEventBus => f.write_str(
                "EventBridge refuses an input setting for an event bus in another account: send the matched event there",
            ),
        }
    }
}

fn id_problems(id: &str, at: ProblemAt, max: usize, extra: &[char], out: &mut Vec<TargetProblem>) {
    let (empty, too_long, character) = if at == ProblemAt::Id {
        (ProblemKind::IdEmpty, ProblemKind::IdTooLong, ProblemKind::IdCharacter { found: ' ' })
    } else {
        (ProblemKind::KeyEmpty, ProblemKind::KeyTooLong, ProblemKind::KeyCharacter { found: ' ' })
    };
    let whole = Span::new(0, id.len());
    if id.is_empty() {
        out.push(TargetProblem { at, span: whole, kind: empty });
    } else if id.chars().count() > max {
        out.push(TargetProblem { at, span: whole, kind: too_long });
    } else if let Some((i, found)) =
        id.char_indices().find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || extra.contains(&c)))
    {
        let kind = match character {
            ProblemKind::IdCharacter { .. } => ProblemKind::IdCharacter { found },
            _ => ProblemKind::KeyCharacter { found },
        };
        out.push(TargetProblem { at, span: Span::new(i, i + found.len_utf8()), kind });
    }
}

impl Target {
    /// A new target of `kind` with an id and no ARN yet.
    #[must_use]
    pub fn new(id: &str, kind: TargetKind) -> Self {
        Self { id: id.to_owned(), kind, arn: String::new(), input: TargetInput::MatchedEvent }
    }

    /// The transformer, when the input is one.
    #[must_use]
    pub fn transformer(&self) -> Option<&InputTransformer> {
        match &self.input {
            TargetInput::Transformer(t) => Some(t),
            _ => None,
        }
    }

    /// Everything EventBridge would refuse in this target, and what it
    /// would accept but is worth a warning, in the order of the fields.
    #[must_use]
    pub fn problems(&self) -> Vec<TargetProblem> {
        let mut out = Vec::new();
        id_problems(&self.id, ProblemAt::Id, MAX_ID_CHARS, &['.'], &mut out);
        if let Err((problem, span)) = check_arn(self.kind, &self.arn) {
            out.push(TargetProblem { at: ProblemAt::Arn, span, kind: ProblemKind::Arn(problem) });
        }
        if self.kind == TargetKind::EventBus && self.input != TargetInput::MatchedEvent {
            out.push(TargetProblem {
                at: ProblemAt::Target,
                span: Span::default(),
                kind: ProblemKind::InputOnEventBus,
            });
        }
        match &self.input {
            TargetInput::MatchedEvent => {}
            TargetInput::Part(path) => {
                if let Err(e) = JsonPath::parse(path) {
                    out.push(TargetProblem { at: ProblemAt::InputPath, span: e.span, kind: ProblemKind::Path(e.kind) });
                }
            }
            TargetInput::Constant(text) => {
                let chars = text.chars().count();
                if chars > MAX_INPUT_CHARS {
                    let kind = ProblemKind::ConstantTooLong { chars };
                    out.push(TargetProblem { at: ProblemAt::Constant, span: Span::new(0, text.len()), kind });
                } else if let Err(e) = crate::json::parse(text) {
                    let kind = ProblemKind::ConstantNotJson { message: e.to_string() };
                    out.push(TargetProblem { at: ProblemAt::Constant, span: e.span, kind });
                }
            }
            TargetInput::Transformer(transformer) => transformer.problems(&self.id, &mut out),
        }
        out
    }

    /// What this target receives for `event` (JSON text), or why EventBridge
    /// would drop it.
    #[must_use]
    pub fn deliver(&self, event: &str, context: &RuleContext<'_>) -> Delivery {
        Prepared::new(self).deliver(event, context)
    }
}

/// A target ready to judge many events: its paths read and its problems
/// weighed once.
struct Prepared<'t> {
    target: &'t Target,
    /// Whether AWS would refuse the target.
    refused: bool,
    /// The `InputPath`, or each paths-map entry's path, read (`None` when
    /// it does not read).
    paths: Vec<(&'t str, Option<JsonPath>)>,
}

impl<'t> Prepared<'t> {
    fn new(target: &'t Target) -> Self {
        // Only the input's problems stop the preview: without an ARN yet,
        // what the target would receive is still worth seeing.
        let refused = target
            .problems()
            .iter()
            .any(|p| p.severity() == Severity::Error && !matches!(p.at, ProblemAt::Id | ProblemAt::Arn));
        let paths = match &target.input {
            TargetInput::Part(path) => vec![("", JsonPath::parse(path).ok())],
            TargetInput::Transformer(t) => t.paths.iter().map(|(k, p)| (k.as_str(), JsonPath::parse(p).ok())).collect(),
            _ => Vec::new(),
        };
        Self { target, refused, paths }
    }

    fn deliver(&self, event: &str, context: &RuleContext<'_>) -> Delivery {
        let delivered = |text: String| Delivery { text, empty: Vec::new(), dropped: None };
        match &self.target.input {
            TargetInput::MatchedEvent => return delivered(event.to_owned()),
            TargetInput::Constant(text) => return delivered(text.clone()),
            _ => {}
        }
        let tree = match crate::json::parse(event) {
            Ok(tree) => tree,
            Err(e) => {
                let reason = DropReason::EventNotJson { message: e.to_string() };
                return Delivery { text: String::new(), empty: Vec::new(), dropped: Some(reason) };
            }
        };
        match &self.target.input {
            TargetInput::Transformer(transformer) => self.transform(transformer, &tree, event, context),
            _ => match self.paths.first().and_then(|(_, path)| path.as_ref()) {
                _ if self.refused => {
                    Delivery { text: String::new(), empty: Vec::new(), dropped: Some(DropReason::Refused) }
                }
                Some(path) => match path.find(&tree) {
                    Some(node) => delivered(crate::json::write::compact(&node)),
                    None => Delivery { text: String::new(), empty: vec!["InputPath".to_owned()], dropped: None },
                },
                None => Delivery { text: String::new(), empty: Vec::new(), dropped: Some(DropReason::Refused) },
            },
        }
    }

    fn transform(
        &self,
        transformer: &InputTransformer,
        tree: &Node,
        event: &str,
        context: &RuleContext<'_>,
    ) -> Delivery {
        let mut empty = Vec::new();
        let (text, insertions) = template::fill(&transformer.template, |name| {
            let variable = self.variable(name, tree, event, context);
            if variable == Variable::Missing && !empty.iter().any(|n| n == name) {
                empty.push(name.to_owned());
            }
            variable
        });
        if self.refused {
            return Delivery { text, empty, dropped: Some(DropReason::Refused) };
        }
        let dropped = template::is_json_template(&transformer.template)
            .then(|| crate::json::parse(&text).err())
            .flatten()
            .map(|e| {
                let culprit = insertions
                    .into_iter()
                    .find(|(_, insertion)| *insertion != Insertion::Plain)
                    .map(|(p, insertion)| (p.name, insertion));
                DropReason::NotJson { message: e.to_string(), offset: e.span.start, culprit }
            });
        Delivery { text, empty, dropped }
    }

    fn variable(&self, name: &str, tree: &Node, event: &str, context: &RuleContext<'_>) -> Variable {
        if let Some((_, path)) = self.paths.iter().find(|(k, _)| *k == name) {
            return match path.as_ref().and_then(|p| p.find(tree)) {
                Some(node) => Variable::Value(node),
                None => Variable::Missing,
            };
        }
        let field = |key: &str| tree.get(key).and_then(Node::as_str).unwrap_or("").to_owned();
        match name {
            "aws.events.rule-name" => Variable::Text(context.rule_name.to_owned()),
            "aws.events.rule-arn" => Variable::Text(format!(
                "arn:aws:events:{}:{}:rule/{}",
                field("region"),
                field("account"),
                context.rule_name
            )),
            "aws.events.event.ingestion-time" => Variable::Text(context.ingestion_time.to_owned()),
            "aws.events.event" => Variable::Value(event_without_detail(tree)),
            "aws.events.event.json" => Variable::RawJson(event.trim().to_owned()),
            _ => Variable::Missing,
        }
    }
}

impl InputTransformer {
    fn problems(&self, target: &str, out: &mut Vec<TargetProblem>) {
        if self.paths.len() > MAX_PATHS {
            let kind = ProblemKind::TooManyPaths { count: self.paths.len() };
            out.push(TargetProblem { at: ProblemAt::Key(MAX_PATHS), span: Span::default(), kind });
        }
        let placeholders = template::placeholders(&self.template);
        for (row, (key, path)) in self.paths.iter().enumerate() {
            let before = out.len();
            id_problems(key, ProblemAt::Key(row), MAX_KEY_CHARS, &[], out);
            if out.len() == before && key.starts_with("AWS") {
                let kind = ProblemKind::KeyStartsWithAws;
                out.push(TargetProblem { at: ProblemAt::Key(row), span: Span::new(0, 3), kind });
            }
            if self.paths[..row].iter().any(|(k, _)| k == key) && !key.is_empty() {
                let kind = ProblemKind::KeyRepeated;
                out.push(TargetProblem { at: ProblemAt::Key(row), span: Span::new(0, key.len()), kind });
            }
            if let Err(e) = JsonPath::parse(path) {
                out.push(TargetProblem { at: ProblemAt::Path(row), span: e.span, kind: ProblemKind::Path(e.kind) });
            }
            if !key.is_empty() && !placeholders.iter().any(|p| p.name == *key) {
                let kind = ProblemKind::UnusedPath;
                out.push(TargetProblem { at: ProblemAt::Key(row), span: Span::new(0, key.len()), kind });
            }
        }
        let whole = Span::new(0, self.template.len());
        let chars = self.template.chars().count();
        if self.template.is_empty() {
            out.push(TargetProblem { at: ProblemAt::Template, span: whole, kind: ProblemKind::TemplateEmpty });
        } else if chars > template::MAX_TEMPLATE_CHARS {
            let kind = ProblemKind::TemplateTooLong { chars };
            out.push(TargetProblem { at: ProblemAt::Template, span: whole, kind });
        }
        for placeholder in &placeholders {
            let known =
                RESERVED.contains(&placeholder.name.as_str()) || self.paths.iter().any(|(k, _)| *k == placeholder.name);
            let kind = if !known {
                ProblemKind::InvalidPlaceholder { target: target.to_owned(), key: placeholder.name.clone() }
            } else if placeholder.as_key {
                ProblemKind::PlaceholderAsKey
            } else if placeholder.name.starts_with("aws.events.event")
                && placeholder.name != "aws.events.event.ingestion-time"
                && (placeholder.quoted || !template::is_json_template(&self.template))
            {
                ProblemKind::EventVariableOutsideValue
            } else {
                continue;
            };
            out.push(TargetProblem { at: ProblemAt::Template, span: placeholder.span, kind });
        }
    }

    /// Reads a transformer in AWS's JSON shape, as `aws events put-targets`
    /// takes it: `{"InputPathsMap": {...}, "InputTemplate": "..."}`.
    pub fn from_aws_json(text: &str) -> Result<Self, String> {
        let tree = crate::json::parse(text).map_err(|e| {
            let at = crate::json::Position::of(text, e.span.start);
            format!("line {}, column {}: {e}", at.line, at.column)
        })?;
        let NodeKind::Object(members) = &tree.kind else {
            return Err("an input transformer is a JSON object with InputPathsMap and InputTemplate".to_owned());
        };
        let mut transformer = Self::default();
        let mut template = None;
        for member in members {
            match (member.key.as_str(), &member.value.kind) {
                ("InputTemplate", NodeKind::String(s)) => template = Some(s.clone()),
                ("InputPathsMap", NodeKind::Object(entries)) => {
                    transformer.paths.clear();
                    for entry in entries {
                        let NodeKind::String(path) = &entry.value.kind else {
                            return Err(format!(
                                "InputPathsMap: the value of {} must be a string (a JSON path)",
                                entry.key
                            ));
                        };
                        transformer.paths.retain(|(k, _)| *k != entry.key);
                        transformer.paths.push((entry.key.clone(), path.clone()));
                    }
                }
                ("InputTemplate", _) => return Err("InputTemplate must be a string".to_owned()),
                ("InputPathsMap", _) => return Err("InputPathsMap must be an object of names and paths".to_owned()),
                (other, _) => {
                    return Err(format!(
                        "unknown member {other}: an input transformer has InputPathsMap and InputTemplate"
                    ));
                }
            }
        }
        transformer.template = template.ok_or("InputTemplate is missing")?;
        Ok(transformer)
    }

    /// The transformer in AWS's JSON shape.
    #[must_use]
    pub fn to_aws_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// `<aws.events.event>`: the envelope without `detail`, `detail-type`
/// spelled `detailType`, in the order AWS writes it.
fn event_without_detail(tree: &Node) -> Node {
    let order = [
        ("id", "id"),
        ("account", "account"),
        ("detailType", "detail-type"),
        ("time", "time"),
        ("source", "source"),
        ("region", "region"),
        ("resources", "resources"),
        ("version", "version"),
    ];
    let members = order
        .iter()
        .filter_map(|(name, key)| {
            tree.get(key).map(|value| Member {
                key: (*name).to_owned(),
                key_span: Span::default(),
                value: value.clone(),
            })
        })
        .collect();
    Node { span: tree.span, kind: NodeKind::Object(members) }
}

/// What the reserved variables hold that the event does not say.
#[derive(Debug, Clone, Copy)]
pub struct RuleContext<'a> {
    /// The rule's name (`aws.events.rule-name`, and in the ARN).
    pub rule_name: &'a str,
    /// When EventBridge took the event in, ISO 8601
    /// (`aws.events.event.ingestion-time`).
    pub ingestion_time: &'a str,
}

/// What a target receives for one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The bytes the target receives (or would have, when dropped).
    pub text: String,
    /// Variables whose path found nothing in this event.
    pub empty: Vec<String>,
    /// Why EventBridge drops the event instead, if it does.
    pub dropped: Option<DropReason>,
}

/// Why an event does not reach the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DropReason {
    /// A JSON template's result is not JSON: EventBridge drops the event
    /// without a word.
    NotJson {
        /// The JSON reader's message.
        message: String,
        /// Where in the result.
        offset: usize,
        /// The placeholder that most likely broke it, and how.
        culprit: Option<(String, Insertion)>,
    },
    /// AWS would not accept the target as it is (see its problems).
    Refused,
    /// The event itself is not JSON.
    EventNotJson {
        /// The JSON reader's message.
        message: String,
    },
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson { message, culprit, .. } => {
                f.write_str("EventBridge would drop this event silently: the template is JSON but its result is not")?;
                match culprit {
                    Some((name, Insertion::ContainerInQuotes)) => {
                        write!(f, " (<{name}> is an object or a list inside quotes; take the quotes away to embed it)")
                    }
                    Some((name, Insertion::UnescapedInQuotes)) => write!(
                        f,
                        " (<{name}> holds a quote or backslash, put inside quotes without escaping; take the quotes away and EventBridge quotes it)"
                    ),
                    _ => write!(f, " ({message})"),
                }
            }
            Self::Refused => f.write_str("AWS would refuse this target: fix its problems first"),
            Self::EventNotJson { message } => write!(f, "The event is not JSON: {message}"),
        }
    }
}

/// How a target fares across many events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Survey {
    /// Events judged.
    pub judged: usize,
    /// Events whose input is delivered.
    pub delivered: usize,
    /// Indices of events EventBridge would drop.
    pub dropped: Vec<usize>,
    /// Indices of events that leave a variable empty.
    pub with_empty: Vec<usize>,
}

impl Target {
    /// What happens to each of `events` (index, text): how many are
    /// delivered, which are dropped, which leave a variable empty.
    #[must_use]
    pub fn survey<'e>(&self, events: impl IntoIterator<Item = (usize, &'e str)>, context: &RuleContext<'_>) -> Survey {
        let prepared = Prepared::new(self);
        let mut survey = Survey::default();
        for (index, event) in events {
            let delivery = prepared.deliver(event, context);
            survey.judged += 1;
            if delivery.dropped.is_some() {
                survey.dropped.push(index);
            } else {
                survey.delivered += 1;
            }
            if !delivery.empty.is_empty() {
                survey.with_empty.push(index);
            }
        }
        survey
    }
}

/// Problems of the rule's targets taken together: more than five, an id
/// used twice (on the later target), more than one target (a warning).
#[must_use]
pub fn rule_problems(targets: &[Target]) -> Vec<(usize, RuleTargetsProblem)> {
    let mut out = Vec::new();
    if targets.len() > MAX_TARGETS {
        out.push((MAX_TARGETS, RuleTargetsProblem::TooMany { count: targets.len() }));
    } else if targets.len() > 1 {
        out.push((1, RuleTargetsProblem::MoreThanOne));
    }
    for (i, target) in targets.iter().enumerate() {
        if !target.id.is_empty() && targets[..i].iter().any(|t| t.id == target.id) {
            out.push((i, RuleTargetsProblem::IdRepeated));
        }
    }
    out
}

/// A problem of the targets taken together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleTargetsProblem {
    /// More than [`MAX_TARGETS`].
    TooMany {
        /// How many.
        count: usize,
    },
    /// Two targets with one id.
    IdRepeated,
    /// More than one target (AWS advises one per rule).
    MoreThanOne,
}

impl fmt::Display for RuleTargetsProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooMany { count } => write!(f, "Targets: {count}; EventBridge allows at most {MAX_TARGETS} per rule"),
            Self::IdRepeated => f.write_str("Two targets have this id; each needs its own"),
            Self::MoreThanOne => f.write_str(
                "AWS recommends one target per rule: a rule per target keeps each easy to change and to retry",
            ),
        }
    }
}

#[cfg(test)]
mod tests;
