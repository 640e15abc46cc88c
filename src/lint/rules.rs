//! The rules: each a function from the pattern to findings.

use super::{Context, Finding, RuleId, Severity, paste, place};
use crate::pattern::{Pattern, PatternError};

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
    /// `$or`, splitting the values by the field they are really about.
    Or,
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid(error) => write!(f, "{error}"),
            Self::Pasted { error, .. } => {
                write!(f, "{error} This looks pasted from a page; the quick fix makes it a valid pattern.")
            }
            _ => write!(f, "{self:?}"),
        }
    }
}

/// Every finding on `text`, unsorted.
pub(super) fn run(text: &str, context: &Context<'_>) -> Vec<Finding> {
    let _ = context;
    match Pattern::parse(text) {
        Err(error) => vec![invalid(text, error)],
        Ok(_) => Vec::new(),
    }
}

/// The finding for a pattern AWS refuses: pasted text when a repair makes it valid.
fn invalid(text: &str, error: PatternError) -> Finding {
    let span = error.span;
    match paste::repair(text) {
        Some(repair) => Finding {
            rule: RuleId::PastedText,
            severity: Severity::Error,
            span,
            fix: Some(super::Fix { title: super::FixTitle::RepairPaste(repair.fixes.clone()), edits: repair.edits }),
            message: Message::Pasted { error, fixes: repair.fixes },
        },
        None => Finding { rule: RuleId::InvalidPattern, severity: Severity::Error, span, message: Message::Invalid(error), fix: None },
    }
}
