//! The rules: each a function from the pattern to findings.

use super::{Context, Edit, Finding, Fix, FixTitle, RuleId, Severity, paste, place};
use crate::catalog::{self, DetailType};
use crate::event::{EventValue, ValueKind};
use crate::json::write::quote;
use crate::json::{Member, Node, NodeKind, Span};
use crate::pattern::{AnythingBut, FieldRule, Literal, Matcher, Pattern, PatternError};
use crate::target::{Target, TargetKind};
use std::collections::{BTreeMap, BTreeSet};

/// What a finding says, as data; `Display` is the English.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// AWS refuses the pattern.
    Invalid(PatternError),
    /// AWS refuses the pattern, and it looks pasted: these repairs make it valid.
    Pasted {
        /// AWS's refusal.
        error: PatternError,
        /// The repairs.
        fixes: Vec<paste::PasteFix>,
    },
    /// No `source` (in some `$or` alternative when `alternatives`).
    NoSource,
    /// `source` without `detail-type`.
    NoDetailType {
        /// The source named.
        source: String,
    },
    /// A CloudTrail API-call pattern without `eventName`.
    CloudTrailWithoutEventName {
        /// The `eventSource` named, if any.
        event_source: Option<String>,
    },
    /// A value the catalog does not document for the field.
    UnknownValue {
        /// The field.
        path: String,
        /// The value as written (decoded).
        value: String,
        /// What was probably meant.
        hint: ValueHint,
    },
    /// A field the event type's schema does not have.
    UnknownField {
        /// The whole path as written.
        path: String,
        /// The first key the schema does not have.
        key: String,
        /// The closest key the schema has there.
        closest: Option<String>,
        /// The detail-type whose schema it is.
        detail_type: String,
    },
    /// The pattern also matches samples of other services or event types.
    BroaderThanNamed {
        /// How many bundled samples of other kinds it matches.
        samples: usize,
        /// Their (source, detail-type) pairs, most samples first (all of them).
        kinds: Vec<(String, String)>,
    },
    /// The rule's target can produce events the pattern matches.
    InfiniteLoop {
        /// The target's id.
        target: String,
        /// How.
        why: LoopReason,
    },
    /// A long list of values.
    LongValueList {
        /// The field.
        path: String,
        /// How many values.
        count: usize,
        /// What would say it better.
        better: Better,
    },
    /// The pattern is longer than a limit.
    PatternSize {
        /// Its length in characters.
        length: usize,
        /// The limit passed.
        limit: usize,
    },
    /// Many `$or` combinations.
    OrCombinations {
        /// How many.
        count: usize,
    },
    /// The wildcard complexity score.
    WildcardComplexity {
        /// The score.
        score: usize,
    },
    /// A number EventBridge compares by its text.
    NumberComparedAsText {
        /// The number as written.
        text: String,
    },
    /// `account` or `region` (or both) not set.
    NoAccountOrRegion {
        /// No `account`.
        account: bool,
        /// No `region`.
        region: bool,
    },
    /// The place does not support a feature the pattern uses.
    UnsupportedHere {
        /// Where the pattern goes.
        place: place::Place,
        /// What it does not support.
        feature: place::Feature,
    },
}

/// What a value not in the catalog probably meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueHint {
    /// The same value in the case the catalog writes it.
    Case(String),
    /// The closest documented value.
    Closest(String),
    /// Nothing close: some of the documented values.
    Documented(Vec<String>),
}

/// How a target can feed its own rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoopReason {
    /// The target makes API calls, recorded by CloudTrail as events the pattern matches.
    ApiCalls,
    /// The target's own service sends events the pattern matches (e.g. a state machine's status changes).
    OwnEvents {
        /// The source of those events.
        source: String,
    },
    /// The target is an event bus that receives the matched events again.
    Forwarding,
}

/// What says a long list better.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Better {
    /// A numeric range.
    Range {
        /// The smallest value.
        min: String,
        /// The largest value.
        max: String,
    },
    /// A prefix they all share.
    Prefix(String),
    /// A plain array: every `$or` alternative tests the same one field.
    Array,
}

impl std::fmt::Display for Message {
    #[expect(clippy::too_many_lines, reason = "one arm per message: the English the command line prints")]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid(error) => write!(f, "{error}"),
            Self::Pasted { error, .. } => {
                write!(f, "{error} (this looks pasted from a page; the quick fix makes it a valid pattern)")
            }
            Self::NoSource => f.write_str(
                "No source: the rule sees the events of every service and application on the bus. AWS advises naming the source and the detail-type.",
            ),
            Self::NoDetailType { source } => write!(
                f,
                "{source} without a detail-type: every event type it sends matches, including ones it adds later. AWS advises naming the detail-type too."
            ),
            Self::CloudTrailWithoutEventName { event_source: Some(service) } => write!(
                f,
                "Every API call to {service} recorded by CloudTrail matches. AWS advises filtering CloudTrail events on detail.eventName."
            ),
            Self::CloudTrailWithoutEventName { event_source: None } => f.write_str(
                "Every API call recorded by CloudTrail matches. AWS advises filtering CloudTrail events on detail.eventName.",
            ),
            Self::UnknownValue { path, value, hint } => {
                write!(f, "\"{value}\" is not one of the documented values of {path}")?;
                match hint {
                    ValueHint::Case(to) => write!(f, "; its values are written \"{to}\", and the match is case-sensitive."),
                    ValueHint::Closest(to) => write!(f, "; did you mean \"{to}\"?"),
                    ValueHint::Documented(values) => {
                        f.write_str(". Documented: ")?;
                        write_quoted_list(f, values)?;
                        f.write_str(".")
                    }
                }
            }
            Self::UnknownField { path, key, closest, detail_type } => {
                write!(f, "{path}: the {detail_type} event has no field \"{key}\" there, so this never matches")?;
                match closest {
                    Some(name) => write!(f, "; did you mean \"{name}\"?"),
                    None => f.write_str("."),
                }
            }
            Self::BroaderThanNamed { samples, kinds } => {
                write!(f, "Also matches {samples} bundled sample events of other event types: ")?;
                for (n, (source, detail_type)) in kinds.iter().take(3).enumerate() {
                    if n > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{source} \"{detail_type}\"")?;
                }
                if kinds.len() > 3 {
                    write!(f, " and {} more", kinds.len() - 3)?;
                }
                f.write_str(".")
            }
            Self::InfiniteLoop { target, why } => {
                write!(f, "Possible infinite loop: target {target} ")?;
                match why {
                    LoopReason::ApiCalls => f.write_str(
                        "can make the API calls this pattern matches, and CloudTrail records each call as a new event. Match only the state to correct (for example with detail.requestParameters), or leave out the target's own calls with anything-but on detail.userIdentity.sessionContext.sessionIssuer.arn.",
                    ),
                    LoopReason::OwnEvents { source } => write!(
                        f,
                        "sends {source} events of its own that this pattern matches. Name the resources the rule is about (for example their ARNs) so that the target's own events are left out."
                    ),
                    LoopReason::Forwarding => f.write_str(
                        "is the default event bus: if the rule is on that bus, every event it forwards arrives there again and matches again. Send it to another bus, or narrow the pattern so forwarded events do not match.",
                    ),
                }
            }
            Self::LongValueList { path, count, better } => match better {
                Better::Range { min, max } => write!(
                    f,
                    "{path} lists {count} numbers; AWS advises a numeric range, here from {min} to {max} (a range also takes the values between them)."
                ),
                Better::Prefix(prefix) => write!(
                    f,
                    "{path} lists {count} values that all start with \"{prefix}\"; a prefix condition is shorter, though it also takes values you have not listed."
                ),
                Better::Array => write!(
                    f,
                    "Every alternative of this $or ({count} in all) tests {path}; one array of values says the same without multiplying the rule's combinations."
                ),
            },
            Self::PatternSize { length, limit } if *limit >= super::API_PATTERN_LIMIT => write!(
                f,
                "The pattern is {length} characters long; AWS's API takes at most {limit}."
            ),
            Self::PatternSize { length, limit } => write!(
                f,
                "The pattern is {length} characters long; AWS's quota page gives {limit} characters as the limit for a pattern (the API model allows {}).",
                super::API_PATTERN_LIMIT
            ),
            Self::OrCombinations { count } => write!(
                f,
                "Combinations of $or alternatives: {count}. EventBridge matches each as a separate rule; Rulecraft refuses more than {}.",
                crate::pattern::MAX_COMBINATIONS
            ),
            Self::WildcardComplexity { score } if *score > crate::pattern::complexity::KNOWN_ACCEPTED => write!(
                f,
                "Wildcard complexity {score}: AWS refuses 11 or more and accepts 7 or less; its exact limit is unpublished, so this may be refused when deployed."
            ),
            Self::WildcardComplexity { score } => write!(
                f,
                "Wildcard complexity {score} of at most 10: AWS refuses 11 or more. Fewer wildcards, or no shared prefix before the first *, keep it low."
            ),
            Self::NumberComparedAsText { text } => write!(
                f,
                "{text} is beyond ±5,000,000,000 or has more than six decimals, so EventBridge compares it by its text: an event must write it exactly so."
            ),
            Self::NoAccountOrRegion { account: true, region: true } => f.write_str(
                "No account or region: events from every account and region that reach the bus match. AWS advises naming them.",
            ),
            Self::NoAccountOrRegion { account: true, .. } => {
                f.write_str("No account: events from every account that reaches the bus match. AWS advises naming it.")
            }
            Self::NoAccountOrRegion { .. } => {
                f.write_str("No region: events from every region that reaches the bus match. AWS advises naming it.")
            }
            Self::UnsupportedHere { place, feature } => write!(f, "{place} does not support {feature}."),
        }
    }
}

fn write_quoted_list(f: &mut std::fmt::Formatter<'_>, values: &[String]) -> std::fmt::Result {
    for (n, value) in values.iter().enumerate() {
        if n > 0 {
            f.write_str(", ")?;
        }
        write!(f, "\"{value}\"")?;
    }
    Ok(())
}

/// Every finding on `text`, unsorted.
pub(super) fn run(text: &str, context: &Context<'_>) -> Vec<Finding> {
    let pattern = match Pattern::parse(text) {
        Err(error) => return vec![invalid(text, error)],
        Ok(pattern) => pattern,
    };
    let Ok(tree) = crate::json::parse(text) else { return Vec::new() };
    let lint = Lint::new(text, &pattern, &tree);
    let mut out = Vec::new();
    lint.size(&mut out);
    lint.unsupported(context.place, &mut out);
    // Pipes and Lambda filters read the source's own records (an SQS
    // message, a DynamoDB stream record), not EventBridge's envelope, so the
    // advice about the envelope and the catalog does not apply there.
    if matches!(context.place, place::Place::Rule | place::Place::BusSubscriber) {
        lint.envelope(&mut out);
        lint.values(&mut out);
        // A subscriber's filter on raw events (PutRawEvents) reads the payload,
        // not the envelope: its keys are not judged there.
        if context.place == place::Place::Rule {
            lint.fields(&mut out);
        }
        lint.breadth(&mut out);
        lint.loops(context.targets, &mut out);
    }
    lint.numbers(&mut out);
    lint.complexity(&mut out);
    lint.or_groups(&mut out);
    lint.long_lists(&mut out);
    out
}

/// The finding for a pattern AWS refuses: pasted text when a repair makes it valid.
fn invalid(text: &str, error: PatternError) -> Finding {
    let span = error.span;
    match paste::repair(text) {
        Some(repair) => Finding {
            rule: RuleId::PastedText,
            severity: Severity::Error,
            span,
            fix: Some(Fix { title: FixTitle::RepairPaste(repair.fixes.clone()), edits: repair.edits, safe: true }),
            message: Message::Pasted { error, fixes: repair.fixes },
        },
        None => Finding {
            rule: RuleId::InvalidPattern,
            severity: Severity::Error,
            span,
            message: Message::Invalid(error),
            fix: None,
        },
    }
}

/// A key of the pattern's JSON: its whole path and where it is written.
struct Key<'t> {
    path: String,
    member: &'t Member,
}

/// A `$or` in the pattern: where its key is, the path of the object holding
/// it, and its alternatives.
struct OrGroup<'t> {
    key_span: Span,
    alternatives: &'t [Node],
    path: String,
}

const ENVELOPE: [&str; 10] =
    ["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail", "replay-name"];

const CLOUDTRAIL: &str = "AWS API Call via CloudTrail";

/// The pattern, read once for every rule.
struct Lint<'a> {
    text: &'a str,
    pattern: &'a Pattern,
    /// Every object key that names a field (operators' keys and `$or` left out).
    keys: Vec<Key<'a>>,
    or_groups: Vec<OrGroup<'a>>,
    /// The exact `source` values written.
    sources: BTreeSet<String>,
    /// The exact `detail-type` values written.
    detail_types: BTreeSet<String>,
    /// The catalog's event types the pattern names (exact source and detail-types).
    named: Vec<&'static DetailType>,
    /// Whether every `$or` combination names its source and detail-type by
    /// exact values only: then the named event types are all it can match,
    /// and their schemas and documented values can judge its fields.
    exact_everywhere: bool,
    /// The top object's opening brace.
    start: Span,
}

impl<'a> Lint<'a> {
    fn new(text: &'a str, pattern: &'a Pattern, tree: &'a Node) -> Self {
        let mut keys = Vec::new();
        let mut or_groups = Vec::new();
        // An explicit stack: the pattern is at most 1,000 deep, but no recursion is needed.
        // The path of each object's members' parent: `None` for the top object.
        let mut stack: Vec<(&Node, Option<String>)> = vec![(tree, None)];
        while let Some((node, path)) = stack.pop() {
            let NodeKind::Object(members) = &node.kind else { continue };
            for member in members {
                if member.key == "$or" {
                    if let NodeKind::Array(alternatives) = &member.value.kind {
                        let group_path = path.clone().unwrap_or_default();
                        or_groups.push(OrGroup { key_span: member.key_span, alternatives, path: group_path });
                        for alternative in alternatives {
                            stack.push((alternative, path.clone()));
                        }
                    }
                    continue;
                }
                let child = path.as_ref().map_or_else(|| member.key.clone(), |p| format!("{p}.{}", member.key));
                if matches!(member.value.kind, NodeKind::Object(_)) {
                    stack.push((&member.value, Some(child.clone())));
                }
                keys.push(Key { path: child, member });
            }
        }
        keys.sort_by_key(|k| k.member.key_span.start);
        or_groups.sort_by_key(|g| g.key_span.start);
        let exact = |path: &str| -> BTreeSet<String> {
            pattern
                .fields
                .iter()
                .filter(|f| f.path == path)
                .flat_map(|f| &f.conditions)
                .filter_map(|c| match &c.matcher {
                    Matcher::Equals(Literal::String { text, .. }) => Some(text.clone()),
                    _ => None,
                })
                .collect()
        };
        let sources = exact("source");
        let detail_types = exact("detail-type");
        // Every combination names its source and detail-type, by exact values only.
        let exact_everywhere = (0..pattern.branches.len()).all(|b| {
            ["source", "detail-type"].iter().all(|path| {
                pattern
                    .branch_fields(b)
                    .any(|f| f.path == *path && f.conditions.iter().all(|c| string_literal(&c.matcher).is_some()))
            })
        });
        let catalog = catalog::catalog();
        let named = sources
            .iter()
            .filter_map(|s| catalog.service(s))
            .flat_map(|service| service.detail_types.iter().filter(|d| detail_types.contains(&d.name)))
            .collect();
        let start = Span::new(tree.span.start, tree.span.start + 1);
        Self { text, pattern, keys, or_groups, sources, detail_types, named, exact_everywhere, start }
    }

    /// Whether every event type the pattern can match is named and in the catalog.
    fn named_completely(&self) -> bool {
        self.exact_everywhere
            && !self.named.is_empty()
            && self.named.len() == self.sources.len() * self.detail_types.len()
    }

    fn field(&self, path: &str) -> Option<&'a FieldRule> {
        self.pattern.fields.iter().find(|f| f.path == path)
    }

    /// Whether every `$or` combination has a field at `path`.
    fn every_branch_has(&self, path: &str) -> bool {
        (0..self.pattern.branches.len()).all(|b| self.pattern.branch_fields(b).any(|f| f.path == path))
    }

    fn size(&self, out: &mut Vec<Finding>) {
        let length = self.text.chars().count();
        let whole = Span::new(0, self.text.len());
        for (limit, severity) in
            [(super::API_PATTERN_LIMIT, Severity::Error), (super::QUOTA_PATTERN_LIMIT, Severity::Warning)]
        {
            if length > limit {
                out.push(finding(RuleId::PatternSize, severity, whole, Message::PatternSize { length, limit }));
                return;
            }
        }
    }

    fn unsupported(&self, place: place::Place, out: &mut Vec<Finding>) {
        // A length over the API's limit is already an error of its own (`size`).
        let uses = place::unsupported(place, self.text, self.pattern)
            .into_iter()
            .filter(|u| !matches!(u.feature, place::Feature::LongerThan(limit) if limit >= super::API_PATTERN_LIMIT));
        for use_ in uses {
            out.push(finding(
                RuleId::UnsupportedHere,
                Severity::Error,
                use_.span,
                Message::UnsupportedHere { place, feature: use_.feature },
            ));
        }
    }

    /// `source`, `detail-type`, CloudTrail's `eventName`, `account` and `region`.
    fn envelope(&self, out: &mut Vec<Finding>) {
        if !self.every_branch_has("source") {
            out.push(finding(RuleId::NoSource, Severity::Warning, self.start, Message::NoSource));
        } else if !self.every_branch_has("detail-type")
            && let Some(source) = self.field("source")
        {
            let named = self.sources.iter().next().cloned().unwrap_or_else(|| source_text(self.text, source));
            out.push(finding(
                RuleId::NoDetailType,
                Severity::Warning,
                source.key_span,
                Message::NoDetailType { source: named },
            ));
        }
        if let Some(detail_type) = self.field("detail-type")
            && accepts(detail_type, CLOUDTRAIL)
            && !self.every_branch_has("detail.eventName")
        {
            let event_source = self
                .field("detail.eventSource")
                .and_then(|f| f.conditions.iter().find_map(|c| string_literal(&c.matcher)).map(str::to_owned));
            out.push(finding(
                RuleId::CloudTrailWithoutEventName,
                Severity::Warning,
                detail_type.key_span,
                Message::CloudTrailWithoutEventName { event_source },
            ));
        }
        let account = !self.every_branch_has("account");
        let region = !self.every_branch_has("region");
        if account || region {
            out.push(finding(
                RuleId::NoAccountOrRegion,
                Severity::Advice,
                self.start,
                Message::NoAccountOrRegion { account, region },
            ));
        }
    }

    /// Values the catalog does not have: sources, detail-types and documented fields.
    fn values(&self, out: &mut Vec<Finding>) {
        let catalog = catalog::catalog();
        // A source of AWS's that the catalog does not know, one edit away from
        // one it knows. The catalog is not every service, and AWS's names are
        // short and alike (aws.sns, aws.sqs, aws.ses), so only long names are
        // judged, a name that extends another (aws.macie2) is not, and no fix is offered.
        if let Some(field) = self.field("source") {
            for condition in &field.conditions {
                if let Some(value) = string_literal(&condition.matcher)
                    && let Some(service) = value.strip_prefix("aws.")
                    && catalog.service(value).is_none()
                    && service.chars().count() >= MIN_JUDGED_SERVICE
                    && let Some(near) = catalog.services.iter().find(|s| {
                        s.source.strip_prefix("aws.").is_some_and(|known| {
                            known.chars().count() >= MIN_JUDGED_SERVICE
                                && !known.starts_with(service)
                                && !service.starts_with(known)
                                && strsim::damerau_levenshtein(service, known) == 1
                        })
                    })
                {
                    let hint = ValueHint::Closest(near.source.clone());
                    out.push(unknown_value(condition.span, "source", value, hint, false));
                }
            }
        }
        // A detail-type the named services do not send, when one they send is close.
        if let Some(field) = self.field("detail-type") {
            let services: Vec<_> = self.sources.iter().filter_map(|s| catalog.service(s)).collect();
            if !services.is_empty() && services.len() == self.sources.len() {
                let known: Vec<&str> = services.iter().flat_map(|s| &s.detail_types).map(|d| d.name.as_str()).collect();
                for condition in &field.conditions {
                    if let Some(value) = string_literal(&condition.matcher)
                        && !known.contains(&value)
                        && let Some(hint) = close_hint(value, &known)
                    {
                        out.push(unknown_value(condition.span, "detail-type", value, hint, true));
                    }
                }
            }
        }
        // Values of fields whose values are documented, for every event type the pattern can match.
        if !self.named_completely() {
            return;
        }
        for field in &self.pattern.fields {
            let catalogued: Vec<_> =
                self.named.iter().filter_map(|d| d.fields.iter().find(|f| f.path == field.path)).collect();
            if catalogued.len() != self.named.len() || !catalogued.iter().all(|f| f.is_enumerated()) {
                continue;
            }
            let mut documented: Vec<&str> = Vec::new();
            let mut known: BTreeSet<&str> = BTreeSet::new();
            for f in &catalogued {
                for value in &f.documented {
                    if !documented.contains(&value.as_str()) {
                        documented.push(value);
                    }
                }
                known.extend(f.documented.iter().chain(&f.observed).chain(&f.suggested).map(String::as_str));
            }
            for condition in &field.conditions {
                let Some(value) = string_literal(&condition.matcher) else { continue };
                if known.contains(value) {
                    continue;
                }
                let hint = close_hint(value, &documented).unwrap_or_else(|| {
                    ValueHint::Documented(documented.iter().take(6).map(|v| (*v).to_owned()).collect())
                });
                out.push(unknown_value(condition.span, &field.path, value, hint, true));
            }
        }
    }

    /// Fields the envelope or the named event type's schema does not have.
    fn fields(&self, out: &mut Vec<Finding>) {
        let paths: BTreeSet<&str> = self.keys.iter().map(|k| k.path.as_str()).collect();
        // The schemas judge `detail`'s fields only when they describe every
        // event the pattern can match. CloudTrail's registry schemas are unions
        // of a few recorded calls (no `errorCode`, few request parameters), so
        // they judge nothing.
        let schemas_judge = self.named_completely()
            && self.named.iter().all(|d| {
                !d.name.ends_with("via CloudTrail")
                    && !d.schema_fields.is_empty()
                    && d.schema_fields_truncated.is_none()
            });
        let mut reported: BTreeSet<&str> = BTreeSet::new();
        for key in &self.keys {
            if key.path.contains('.') && !key.path.starts_with("detail.") || key.member.key.contains('.') {
                continue; // below an envelope field other than detail, or a dotted key
            }
            // Below a key already reported: that one says it.
            let mut ancestors = key.path.match_indices('.').map(|(at, _)| &key.path[..at]);
            if ancestors.any(|a| reported.contains(a)) {
                continue;
            }
            // `{"exists": false}` is meant to match events without the field.
            let prefix = format!("{}.", key.path);
            let absent = self.pattern.fields.iter().any(|f| {
                (f.path == key.path || f.path.starts_with(&prefix))
                    && f.conditions.iter().any(|c| c.matcher == Matcher::Exists(false))
            });
            if absent {
                continue;
            }
            let parent = key.path.len().checked_sub(key.member.key.len() + 1).map(|end| &key.path[..end]);
            let (known, detail_type): (Vec<&str>, String) = match parent {
                None => (ENVELOPE.to_vec(), "EventBridge".to_owned()),
                Some(_) if !schemas_judge => continue,
                Some(parent) => {
                    let mut names: Vec<&str> = Vec::new();
                    for d in &self.named {
                        let schema = d.schema_fields.iter().map(|f| f.path.as_str());
                        for path in schema.chain(d.fields.iter().map(|f| f.path.as_str())) {
                            if let Some(rest) = path.strip_prefix(parent).and_then(|r| r.strip_prefix('.')) {
                                let name = rest.split('.').next().unwrap_or(rest);
                                if !names.contains(&name) {
                                    names.push(name);
                                }
                            }
                        }
                    }
                    if names.is_empty() {
                        continue; // the schema stops above (a map, or an untyped object)
                    }
                    (names, self.named.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(" / "))
                }
            };
            if known.contains(&key.member.key.as_str()) {
                continue;
            }
            reported.insert(&key.path);
            let closest = closest(&key.member.key, &known).map(str::to_owned);
            // No rename onto a key written beside it: the later one would replace the other.
            let sibling = |name: &str| parent.map_or_else(|| name.to_owned(), |p| format!("{p}.{name}"));
            let fix = closest.as_ref().filter(|to| !paths.contains(sibling(to).as_str())).map(|to| Fix {
                title: FixTitle::RenameField { from: key.member.key.clone(), to: to.clone() },
                edits: vec![Edit { span: key.member.key_span, text: quote(to) }],
                safe: false,
            });
            out.push(Finding {
                rule: RuleId::UnknownField,
                severity: Severity::Warning,
                span: key.member.key_span,
                message: Message::UnknownField {
                    path: key.path.clone(),
                    key: key.member.key.clone(),
                    closest,
                    detail_type,
                },
                fix,
            });
        }
    }

    /// Bundled samples of other event types that the pattern matches.
    fn breadth(&self, out: &mut Vec<Finding>) {
        if self.sources.is_empty() && self.detail_types.is_empty() || self.exact_everywhere {
            // Nothing named to compare with (no-source says the rest), or
            // exact names everywhere: nothing else can match.
            return;
        }
        if self.pattern.branches.len() > OR_COMBINATIONS_WARNING {
            return; // each sample would be tried on every combination; or-combinations says enough
        }
        let mut matcher = crate::EventMatcher::new(self.pattern);
        let mut kinds: BTreeMap<(String, String), usize> = BTreeMap::new();
        for sample in crate::samples::all() {
            let named = (self.sources.is_empty() || self.sources.contains(&sample.source))
                && (self.detail_types.is_empty() || self.detail_types.contains(&sample.detail_type));
            if !named && matcher.matches(sample.text).unwrap_or(false) {
                *kinds.entry((sample.source.clone(), sample.detail_type.clone())).or_default() += 1;
            }
        }
        if kinds.is_empty() {
            return;
        }
        let samples = kinds.values().sum();
        let mut kinds: Vec<_> = kinds.into_iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let span = self.field("source").or_else(|| self.field("detail-type")).map_or(self.start, |f| f.key_span);
        out.push(finding(
            RuleId::BroaderThanNamed,
            Severity::Warning,
            span,
            Message::BroaderThanNamed { samples, kinds: kinds.into_iter().map(|(kind, _)| kind).collect() },
        ));
    }

    /// Targets that can produce events the pattern matches.
    fn loops(&self, targets: &[Target], out: &mut Vec<Finding>) {
        for target in targets {
            let why = match target.kind {
                TargetKind::LambdaFunction | TargetKind::StateMachine if self.matches_own_calls() => {
                    Some(LoopReason::ApiCalls)
                }
                TargetKind::StateMachine if self.matches_execution_changes(&target.arn) => {
                    Some(LoopReason::OwnEvents { source: "aws.states".to_owned() })
                }
                TargetKind::EventBus if target.arn.ends_with(":event-bus/default") => Some(LoopReason::Forwarding),
                _ => None,
            };
            if let Some(why) = why {
                let span =
                    self.field("detail-type").or_else(|| self.field("source")).map_or(self.start, |f| f.key_span);
                out.push(finding(
                    RuleId::InfiniteLoop,
                    Severity::Warning,
                    span,
                    Message::InfiniteLoop { target: target.id.clone(), why },
                ));
            }
        }
    }

    /// Whether the pattern takes CloudTrail records of calls that change
    /// something, and does not leave out any caller.
    fn matches_own_calls(&self) -> bool {
        let Some(detail_type) = self.field("detail-type") else { return false };
        if !accepts(detail_type, CLOUDTRAIL) || self.keys.iter().any(|k| k.path.starts_with("detail.userIdentity")) {
            return false;
        }
        match self.field("detail.eventName") {
            None => true,
            Some(names) => names.conditions.iter().any(|c| match string_literal(&c.matcher) {
                Some(name) => !READ_ONLY.iter().any(|verb| name.starts_with(verb)),
                None => true,
            }),
        }
    }

    /// Whether the pattern takes Step Functions' status changes of the state machine `arn`.
    fn matches_execution_changes(&self, arn: &str) -> bool {
        let takes = |path: &str, value: &str| self.field(path).is_none_or(|f| accepts(f, value));
        takes("source", "aws.states")
            && takes("detail-type", "Step Functions Execution Status Change")
            && self.field("source").is_some()
            && takes("detail.stateMachineArn", arn)
    }

    /// Numbers EventBridge compares by text.
    fn numbers(&self, out: &mut Vec<Finding>) {
        for field in &self.pattern.fields {
            for condition in &field.conditions {
                let numbers: Vec<&crate::pattern::Number> = match &condition.matcher {
                    Matcher::Equals(Literal::Number(n)) => vec![n],
                    Matcher::AnythingBut(AnythingBut::Numbers(list)) => list.iter().collect(),
                    _ => Vec::new(),
                };
                for number in numbers.into_iter().filter(|n| n.scaled.is_none()) {
                    out.push(finding(
                        RuleId::NumberComparedAsText,
                        Severity::Warning,
                        condition.span,
                        Message::NumberComparedAsText { text: number.text.clone() },
                    ));
                }
            }
        }
    }

    fn complexity(&self, out: &mut Vec<Finding>) {
        let score = self.pattern.complexity();
        if score < COMPLEXITY_ADVICE {
            return;
        }
        let severity =
            if score > crate::pattern::complexity::KNOWN_ACCEPTED { Severity::Warning } else { Severity::Advice };
        let span =
            self.pattern.complexity_field().and_then(|i| self.pattern.fields.get(i)).map_or(self.start, |f| f.span);
        out.push(finding(RuleId::WildcardComplexity, severity, span, Message::WildcardComplexity { score }));
    }

    /// Many combinations, and `$or`s whose alternatives all test one field.
    fn or_groups(&self, out: &mut Vec<Finding>) {
        let count = self.pattern.branches.len();
        if count > OR_COMBINATIONS_WARNING
            && let Some(first) = self.or_groups.first()
        {
            out.push(finding(
                RuleId::OrCombinations,
                Severity::Warning,
                first.key_span,
                Message::OrCombinations { count },
            ));
        }
        for group in &self.or_groups {
            let mut tested: BTreeSet<String> = BTreeSet::new();
            let mut plain = true;
            for alternative in group.alternatives {
                let NodeKind::Object(members) = &alternative.kind else {
                    plain = false;
                    break;
                };
                let [member] = members.as_slice() else {
                    plain = false;
                    break;
                };
                if member.key == "$or" || !matches!(member.value.kind, NodeKind::Array(_)) {
                    plain = false;
                    break;
                }
                tested.insert(member.key.clone());
            }
            if plain && tested.len() == 1 && group.alternatives.len() > 1 {
                let key = tested.into_iter().next().unwrap_or_default();
                let path = if group.path.is_empty() { key } else { format!("{}.{key}", group.path) };
                out.push(finding(
                    RuleId::LongValueList,
                    Severity::Advice,
                    group.key_span,
                    Message::LongValueList { path, count: group.alternatives.len(), better: Better::Array },
                ));
            }
        }
    }

    /// Long lists of numbers, or of strings sharing a prefix.
    fn long_lists(&self, out: &mut Vec<Finding>) {
        for field in &self.pattern.fields {
            if field.conditions.len() < LONG_LIST {
                continue;
            }
            let numbers: Option<Vec<&crate::pattern::Number>> = field
                .conditions
                .iter()
                .map(|c| match &c.matcher {
                    Matcher::Equals(Literal::Number(n)) if n.scaled.is_some() => Some(n),
                    _ => None,
                })
                .collect();
            if let Some(numbers) = numbers {
                let min = numbers.iter().min_by_key(|n| n.scaled).map(|n| n.text.clone()).unwrap_or_default();
                let max = numbers.iter().max_by_key(|n| n.scaled).map(|n| n.text.clone()).unwrap_or_default();
                out.push(Finding {
                    rule: RuleId::LongValueList,
                    severity: Severity::Advice,
                    span: field.span,
                    fix: consecutive_integers(&numbers).then(|| Fix {
                        safe: false,
                        title: FixTitle::UseNumericRange { min: min.clone(), max: max.clone() },
                        edits: vec![Edit {
                            span: field.span,
                            text: format!("[{{\"numeric\": [\">=\", {min}, \"<=\", {max}]}}]"),
                        }],
                    }),
                    message: Message::LongValueList {
                        path: field.path.clone(),
                        count: numbers.len(),
                        better: Better::Range { min, max },
                    },
                });
                continue;
            }
            let strings: Option<Vec<&str>> = field.conditions.iter().map(|c| string_literal(&c.matcher)).collect();
            if let Some(strings) = strings
                && let Some(prefix) = common_prefix(&strings)
                && prefix.chars().count() >= MIN_SHARED_PREFIX
            {
                out.push(finding(
                    RuleId::LongValueList,
                    Severity::Advice,
                    field.span,
                    Message::LongValueList {
                        path: field.path.clone(),
                        count: strings.len(),
                        better: Better::Prefix(prefix.to_owned()),
                    },
                ));
            }
        }
    }
}

/// Calls whose names start so only read: CloudTrail records them, but a
/// target making them changes nothing that a rule on changes would see.
const READ_ONLY: [&str; 6] = ["Get", "List", "Describe", "Head", "Lookup", "Search"];

/// The shortest AWS service name (after `aws.`) judged for a typo.
const MIN_JUDGED_SERVICE: usize = 6;

/// Values in one field from which a shorter form is advised.
const LONG_LIST: usize = 6;

/// How long a shared prefix must be to be worth advising.
const MIN_SHARED_PREFIX: usize = 3;

/// From this wildcard complexity the score is worth showing as advice.
const COMPLEXITY_ADVICE: usize = 4;

/// More `$or` combinations than this are worth a warning.
const OR_COMBINATIONS_WARNING: usize = 100;

fn finding(rule: RuleId, severity: Severity, span: Span, message: Message) -> Finding {
    Finding { rule, severity, span, message, fix: None }
}

fn unknown_value(span: Span, path: &str, value: &str, hint: ValueHint, with_fix: bool) -> Finding {
    let fix = match &hint {
        ValueHint::Case(to) | ValueHint::Closest(to) if with_fix => Some(Fix {
            title: FixTitle::ReplaceValue { from: quote(value), to: quote(to) },
            edits: vec![Edit { span, text: quote(to) }],
            safe: matches!(hint, ValueHint::Case(_)),
        }),
        _ => None,
    };
    Finding {
        rule: RuleId::UnknownValue,
        severity: Severity::Warning,
        span,
        message: Message::UnknownValue { path: path.to_owned(), value: value.to_owned(), hint },
        fix,
    }
}

/// The same value in another case, or the closest known one.
fn close_hint(value: &str, known: &[&str]) -> Option<ValueHint> {
    if let Some(same) = known.iter().find(|k| k.to_lowercase() == value.to_lowercase()) {
        return Some(ValueHint::Case((*same).to_owned()));
    }
    closest(value, known).map(|k| ValueHint::Closest(k.to_owned()))
}

/// The known name nearest `value`: at most a third of its characters
/// edited (and at most three), the nearest first, ties to the first listed.
fn closest<'k>(value: &str, known: &[&'k str]) -> Option<&'k str> {
    let allowed = (value.chars().count() / 3).clamp(1, 3);
    let lower = value.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lower, &k.to_lowercase()), *k))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

fn string_literal(matcher: &Matcher) -> Option<&str> {
    match matcher {
        Matcher::Equals(Literal::String { text, .. }) => Some(text),
        _ => None,
    }
}

/// The field's text as written, for messages about a source written with an operator.
fn source_text(text: &str, field: &FieldRule) -> String {
    format!("source {}", field.span.slice(text))
}

/// Whether some condition of `field` accepts the string `value`, as the matcher decides it.
fn accepts(field: &FieldRule, value: &str) -> bool {
    let event = quote(value);
    let value = EventValue {
        kind: ValueKind::String,
        span: Span::new(0, event.len()),
        escaped: event.contains('\\'),
        arrays: (0, 0),
    };
    field.conditions.iter().any(|c| crate::matcher::value_satisfies(field, &c.matcher, &value, &event))
}

fn consecutive_integers(numbers: &[&crate::pattern::Number]) -> bool {
    let mut values: Vec<i64> = numbers.iter().filter_map(|n| n.scaled).collect();
    values.sort_unstable();
    values.dedup();
    values.len() == numbers.len()
        && values.iter().all(|v| v % 1_000_000 == 0)
        && values.windows(2).all(|w| w[1] - w[0] == 1_000_000)
}

/// The longest prefix every value shares (whole characters).
fn common_prefix<'s>(values: &[&'s str]) -> Option<&'s str> {
    let first = *values.first()?;
    let mut end = first.len();
    for value in &values[1..] {
        end = first
            .char_indices()
            .zip(value.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0)
            .min(end);
    }
    Some(&first[..end])
}
