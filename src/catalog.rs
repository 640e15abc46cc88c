//! The bundled catalog of event sources: services, their detail-types, the
//! fields of each and the known values of state-like fields, with provenance.
//!
//! The data is `assets/catalog.json` (made by `scripts/import-reference.py`),
//! compiled into the binary and parsed once, on first use. Values are kept
//! apart by where they come from: `documented` (AWS documentation or API
//! enums), `observed_only` (seen in bundled samples, in no documented list)
//! and `suggested` (inferred, e.g. a CloudTrail `eventSource`).

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const CATALOG: &str = include_str!("../assets/catalog.json");

/// The whole catalog.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Catalog {
    /// Description, conventions and licences of the data.
    pub about: serde_json::Value,
    /// Every event source.
    pub services: Vec<Service>,
}

/// One event source, e.g. `aws.ec2`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Service {
    /// The `source` value, e.g. `aws.ec2`.
    pub source: String,
    /// The human name, e.g. `Amazon EC2`.
    pub name: String,
    /// Schema names for this source in the EventBridge schema registry.
    #[serde(default)]
    pub registry_schema_names: Vec<String>,
    /// Its event types.
    pub detail_types: Vec<DetailType>,
}

/// One event type of a source (a `detail-type` value).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DetailType {
    /// The `detail-type` value.
    pub name: String,
    /// False when the name comes only from a registry schema name, with no
    /// published event to confirm it.
    pub verified: bool,
    /// The schema registry name, when there is one.
    #[serde(default)]
    pub schema: Option<String>,
    /// Where the name comes from.
    pub provenance: Vec<serde_json::Value>,
    /// Fields with known values (state-like fields).
    pub fields: Vec<Field>,
    /// The field tree from the schema registry: dotted paths and types.
    pub schema_fields: Vec<SchemaField>,
    /// How many schema fields were left out of `schema_fields`, if any.
    #[serde(default)]
    pub schema_fields_truncated: Option<usize>,
    /// File names of its bundled samples.
    pub samples: Vec<String>,
    /// True for CloudTrail entries Rulecraft added because the schema
    /// registry has them, though the reference catalog did not list them.
    #[serde(default)]
    pub added_from_registry_index: bool,
}

/// A field with known values.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Field {
    /// Dotted path, e.g. `detail.state`.
    pub path: String,
    /// Values from documentation or API enums, in their order.
    pub documented: Vec<String>,
    /// Values seen in bundled samples that no documented list has.
    pub observed_only: Vec<String>,
    /// Every value seen in bundled samples.
    pub observed: Vec<String>,
    /// Inferred values (not documented), e.g. a CloudTrail `eventSource`.
    #[serde(default)]
    pub suggested: Vec<String>,
    /// Where the values come from.
    pub sources: Vec<serde_json::Value>,
    /// A remark about the values.
    #[serde(default)]
    pub note: Option<String>,
}

impl Field {
    /// Whether documentation enumerates this field's values.
    #[must_use]
    pub fn is_enumerated(&self) -> bool {
        !self.documented.is_empty()
    }

    /// Whether the form shows this field's values as toggles (documented,
    /// observed or suggested values).
    #[must_use]
    pub fn has_toggles(&self) -> bool {
        self.is_enumerated() || !self.observed.is_empty() || !self.suggested.is_empty()
    }
}

/// One node of the schema registry's field tree.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SchemaField {
    /// Dotted path.
    pub path: String,
    /// JSON type (`string`, `number`, `object`, `array`, ...).
    #[serde(rename = "type")]
    pub kind: String,
}

/// A field to write a condition on, as the form offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChoice {
    /// Dotted path.
    pub path: String,
    /// JSON type from the schema registry (`string`, `number`, ...), or
    /// `string` for a field known only by its documented values.
    pub kind: String,
    /// A value from a bundled sample (JSON text), or a documented value.
    pub example: Option<String>,
    /// Whether documentation enumerates its values (people filter on these most).
    pub enumerated: bool,
}

/// The fields of these detail-types of `source` to write conditions on:
/// enumerated ones first, then shallow before deep, then by name; each with
/// its type and an example value from the bundled samples.
#[must_use]
pub fn field_choices(source: &str, detail_types: &[String]) -> Vec<FieldChoice> {
    let Some(service) = catalog().service(source) else { return Vec::new() };
    let chosen: Vec<&DetailType> = service.detail_types.iter().filter(|d| detail_types.contains(&d.name)).collect();
    let samples: Vec<serde_json::Value> = crate::samples::all()
        .iter()
        .filter(|s| s.source == source && detail_types.contains(&s.detail_type))
        .filter_map(|s| serde_json::from_str(s.text).ok())
        .collect();
    let mut choices: Vec<FieldChoice> = Vec::new();
    let mut add = |path: &str, kind: &str, documented: Option<&String>, enumerated: bool| {
        if let Some(existing) = choices.iter_mut().find(|c| c.path == path) {
            existing.enumerated |= enumerated;
            return;
        }
        let example = samples
            .iter()
            .find_map(|event| example_at(event, path))
            .or_else(|| documented.map(|v| crate::json::write::quote(v)));
        choices.push(FieldChoice { path: path.to_owned(), kind: kind.to_owned(), example, enumerated });
    };
    for detail_type in &chosen {
        for field in &detail_type.fields {
            let kind = detail_type.schema_fields.iter().find(|f| f.path == field.path).map_or("string", |f| &f.kind);
            add(&field.path, kind, field.documented.first(), field.is_enumerated());
        }
        for field in detail_type.schema_fields.iter().filter(|f| f.kind != "object") {
            add(&field.path, &field.kind, None, false);
        }
    }
    choices.sort_by(|a, b| {
        let depth = |c: &FieldChoice| c.path.matches('.').count();
        b.enumerated.cmp(&a.enumerated).then(depth(a).cmp(&depth(b))).then(a.path.cmp(&b.path))
    });
    choices
}

/// The first scalar at `path` in `event` (through arrays), as short JSON text.
fn example_at(event: &serde_json::Value, path: &str) -> Option<String> {
    const LONGEST: usize = 40;
    fn walk<'a>(value: &'a serde_json::Value, segments: &[&str]) -> Option<&'a serde_json::Value> {
        match value {
            serde_json::Value::Array(items) => items.iter().find_map(|item| walk(item, segments)),
            _ => match segments.split_first() {
                None => Some(value),
                Some((first, rest)) => walk(value.get(*first)?, rest),
            },
        }
    }
    let segments: Vec<&str> = path.split('.').collect();
    let value = walk(event, &segments)?;
    if value.is_object() || value.is_null() {
        return None;
    }
    let text = value.to_string();
    Some(match text.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    })
}

/// The bundled catalog, parsed on first use.
#[must_use]
pub fn catalog() -> &'static Catalog {
    static PARSED: OnceLock<Catalog> = OnceLock::new();
    PARSED.get_or_init(parse_bundled)
}

/// Parses the bundled catalog afresh (what [`catalog`] does once; public
/// for the load-time benchmark). A test guards that the data parses.
#[must_use]
pub fn parse_bundled() -> Catalog {
    serde_json::from_str(CATALOG).unwrap_or_else(|_| Catalog { about: serde_json::Value::Null, services: Vec::new() })
}

impl Catalog {
    /// The service with this `source` (case-insensitive).
    #[must_use]
    pub fn service(&self, source: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.source.eq_ignore_ascii_case(source))
    }

    /// The detail-type of a source (both case-insensitive).
    #[must_use]
    pub fn detail_type(&self, source: &str, name: &str) -> Option<&DetailType> {
        self.service(source)?.detail_types.iter().find(|d| d.name.eq_ignore_ascii_case(name))
    }

    /// Number of detail-types in all.
    #[must_use]
    pub fn detail_type_count(&self) -> usize {
        self.services.iter().map(|s| s.detail_types.len()).sum()
    }

    /// Every field with documented values, as `(source, detail-type, field)`.
    pub fn enumerated_fields(&self) -> impl Iterator<Item = (&Service, &DetailType, &Field)> {
        self.services.iter().flat_map(|s| {
            s.detail_types
                .iter()
                .flat_map(move |d| d.fields.iter().filter(|f| f.is_enumerated()).map(move |f| (s, d, f)))
        })
    }

    /// Searches services, detail-types and fields; best matches first.
    #[must_use]
    pub fn search(&self, query: &str) -> Vec<Hit> {
        search(self, query)
    }
}

/// What a search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Catalog::services`].
    pub service: usize,
    /// Index into the service's detail-types, when the hit is one (or one of its fields).
    pub detail_type: Option<usize>,
    /// The field path, when the hit is a field.
    pub field: Option<String>,
    /// Higher is better.
    pub score: u32,
}

/// Lower-case letters and digits only: "Code Build" and "codebuild" agree.
fn normalize(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The fewest edits that turn `needle` into some substring of `haystack`
/// (Sellers' algorithm).
fn approximate_distance(needle: &[char], haystack: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=needle.len()).collect();
    let mut best = needle.len();
    for &h in haystack {
        let mut current = vec![0; needle.len() + 1];
        for (i, &n) in needle.iter().enumerate() {
            let substitute = previous[i] + usize::from(n != h);
            current[i + 1] = substitute.min(previous[i + 1] + 1).min(current[i] + 1);
        }
        best = best.min(current[needle.len()]);
        previous = current;
    }
    best
}

/// How well `query` (normalized, with its words) matches `text`.
fn score_text(query: &str, words: &[String], text: &str) -> u32 {
    let candidate = normalize(text);
    if candidate == query {
        return 100;
    }
    if candidate.contains(query) {
        return 80;
    }
    if words.len() > 1 && words.iter().all(|w| candidate.contains(w.as_str())) {
        return 60;
    }
    let allowed = match query.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    };
    if allowed > 0 {
        let needle: Vec<char> = query.chars().collect();
        let haystack: Vec<char> = candidate.chars().collect();
        if approximate_distance(&needle, &haystack) <= allowed {
            return 40;
        }
    }
    0
}

fn search(catalog: &Catalog, query: &str) -> Vec<Hit> {
    let normalized = normalize(query);
    let words: Vec<String> =
        query.split(|c: char| !c.is_alphanumeric()).map(normalize).filter(|w| !w.is_empty()).collect();
    let mut hits = Vec::new();
    for (s, service) in catalog.services.iter().enumerate() {
        if normalized.is_empty() {
            hits.push(Hit { service: s, detail_type: None, field: None, score: 1 });
            continue;
        }
        let short = service.source.strip_prefix("aws.").unwrap_or(&service.source);
        let service_score = [service.source.as_str(), short, service.name.as_str()]
            .iter()
            .map(|t| score_text(&normalized, &words, t))
            .max()
            .unwrap_or(0);
        if service_score > 0 {
            hits.push(Hit { service: s, detail_type: None, field: None, score: service_score + 10 });
        }
        for (d, detail_type) in service.detail_types.iter().enumerate() {
            let score = score_text(&normalized, &words, &detail_type.name);
            if score > 0 {
                hits.push(Hit { service: s, detail_type: Some(d), field: None, score: score + 5 });
            }
            for field in &detail_type.fields {
                let score = score_text(&normalized, &words, &field.path);
                if score >= 80 {
                    hits.push(Hit { service: s, detail_type: Some(d), field: Some(field.path.clone()), score });
                }
            }
        }
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.service.cmp(&b.service)).then(a.detail_type.cmp(&b.detail_type)));
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top_sources(query: &str) -> Vec<String> {
        let c = catalog();
        let mut seen = Vec::new();
        for hit in c.search(query) {
            let source = c.services[hit.service].source.clone();
            if !seen.contains(&source) {
                seen.push(source);
            }
        }
        seen.truncate(3);
        seen
    }

    #[test]
    fn distance_counts_edits_against_the_best_substring() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(approximate_distance(&chars("codebuild"), &chars("awscodebuild")), 0);
        assert_eq!(approximate_distance(&chars("codbuild"), &chars("awscodebuild")), 1);
        assert_eq!(approximate_distance(&chars("xyz"), &chars("abc")), 3);
    }

    #[test]
    fn finds_codebuild_however_it_is_written() {
        for query in ["codebuild", "code build", "CodeBuild Build State", "aws.codebuild", "codbuild", "AWS CodeBuild"]
        {
            assert_eq!(top_sources(query).first().map(String::as_str), Some("aws.codebuild"), "query {query:?}");
        }
    }

    #[test]
    fn finds_fields_and_detail_types() {
        let c = catalog();
        let hits = c.search("build-status");
        assert!(hits.iter().any(|h| h.field.as_deref() == Some("detail.build-status")), "{hits:?}");
        let ec2 = c.search("EC2 Instance State-change");
        let first = ec2.first().and_then(|h| h.detail_type.map(|d| &c.services[h.service].detail_types[d].name));
        assert_eq!(first.map(String::as_str), Some("EC2 Instance State-change Notification"));
        assert!(c.search("zzzzqqq").is_empty());
    }

    #[test]
    fn field_choices_put_enumerated_and_shallow_fields_first_with_examples() {
        let choices = field_choices("aws.codebuild", &["CodeBuild Build State Change".to_owned()]);
        let position = |path: &str| choices.iter().position(|c| c.path == path);
        let (Some(status), Some(project), Some(deep)) = (
            position("detail.build-status"),
            position("detail.project-name"),
            choices.iter().position(|c| c.path.starts_with("detail.additional-information.")),
        ) else {
            panic!("{choices:?}")
        };
        assert!(status < project && project < deep, "{choices:?}");
        let project = &choices[project];
        assert_eq!(project.kind, "string");
        assert!(project.example.as_deref().is_some_and(|e| e.starts_with('"')), "{project:?}");
        assert!(choices.iter().all(|c| c.example.as_ref().is_none_or(|e| e.chars().count() <= 41)));
        assert!(field_choices("no.such.source", &[]).is_empty());
    }
}

/// Events looked at, at most, for the fields of an application's own events
/// (the form's lookups run on the window's thread).
const OBSERVED_EVENTS: usize = 1000;

/// Bytes of events read, at most, and the largest event read, for the same reason.
const OBSERVED_BYTES: usize = 2 << 20;
const OBSERVED_EVENT_BYTES: usize = 64 << 10;

/// Values shown, at most, for each field of an application's own events.
const OBSERVED_VALUES: usize = 5;

/// The fields of an application's own events (a source the catalog does not
/// know): every leaf under `detail` of the events whose `source` is `source`
/// (and whose `detail-type` is one of `detail_types`, when any are chosen),
/// in the order first seen, each with its JSON type and the values seen
/// (up to five, as JSON text, joined by ", "). Looks at the first 1,000
/// events of at most 64 KB (2 MB in all); arrays' elements share their
/// array's path, as EventBridge reads them.
#[must_use]
pub fn observed_field_choices<'a>(
    source: &str,
    detail_types: &[String],
    events: impl IntoIterator<Item = &'a str>,
) -> Vec<FieldChoice> {
    use crate::json::{NodeKind, parse};
    let mut fields: Vec<(String, &'static str, Vec<String>)> = Vec::new();
    let mut read = 0;
    for text in events.into_iter().filter(|t| t.len() <= OBSERVED_EVENT_BYTES).take(OBSERVED_EVENTS) {
        read += text.len();
        if read > OBSERVED_BYTES {
            break;
        }
        let Ok(event) = parse(text) else { continue };
        if event.get("source").and_then(|s| s.as_str()) != Some(source) {
            continue;
        }
        let detail_type = event.get("detail-type").and_then(|d| d.as_str()).unwrap_or_default();
        if !detail_types.is_empty() && !detail_types.iter().any(|d| d == detail_type) {
            continue;
        }
        let Some(detail) = event.get("detail") else { continue };
        let mut stack = vec![(detail, "detail".to_owned())];
        while let Some((node, path)) = stack.pop() {
            let (kind, value) = match &node.kind {
                NodeKind::Object(members) => {
                    stack.extend(members.iter().rev().map(|m| (&m.value, format!("{path}.{}", m.key))));
                    continue;
                }
                NodeKind::Array(items) => {
                    stack.extend(items.iter().rev().map(|item| (item, path.clone())));
                    continue;
                }
                NodeKind::String(s) => ("string", crate::json::write::quote(s)),
                NodeKind::Number(n) => ("number", n.clone()),
                NodeKind::Bool(b) => ("boolean", b.to_string()),
                NodeKind::Null => ("null", "null".to_owned()),
            };
            match fields.iter_mut().find(|(p, _, _)| *p == path) {
                Some((_, _, values)) => {
                    if values.len() < OBSERVED_VALUES && !values.contains(&value) {
                        values.push(value);
                    }
                }
                None => fields.push((path, kind, vec![value])),
            }
        }
    }
    fields
        .into_iter()
        .map(|(path, kind, values)| FieldChoice {
            path,
            kind: kind.to_owned(),
            example: Some(values.join(", ")),
            enumerated: false,
        })
        .collect()
}

#[cfg(test)]
mod observed_tests {
    #[test]
    fn own_events_fields_are_offered_with_their_values() {
        let events = [
            r#"{"source": "com.example.orders", "detail-type": "Order Placed", "detail": {"status": "PLACED", "total": 42.5, "items": [{"sku": "a"}, {"sku": "b"}]}}"#,
            r#"{"source": "com.example.orders", "detail-type": "Order Placed", "detail": {"status": "SHIPPED", "total": 7}}"#,
            r#"{"source": "com.example.orders", "detail-type": "Order Cancelled", "detail": {"reason": "late"}}"#,
            r#"{"source": "com.example.other", "detail-type": "Order Placed", "detail": {"other": 1}}"#,
            "not json",
        ];
        let choices = super::observed_field_choices("com.example.orders", &["Order Placed".to_owned()], events);
        let shown: Vec<(&str, &str, Option<&str>)> =
            choices.iter().map(|c| (c.path.as_str(), c.kind.as_str(), c.example.as_deref())).collect();
        assert_eq!(
            shown,
            [
                ("detail.status", "string", Some(r#""PLACED", "SHIPPED""#)),
                ("detail.total", "number", Some("42.5, 7")),
                ("detail.items.sku", "string", Some(r#""a", "b""#)),
            ]
        );
        // No detail-type chosen: every event of the source.
        let all = super::observed_field_choices("com.example.orders", &[], events);
        assert!(all.iter().any(|c| c.path == "detail.reason"));
    }
}
