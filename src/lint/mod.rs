//! The linter: what AWS would accept but the author would regret.
//!
//! A pattern can be valid and still wrong: it misses the events it was meant
//! for, catches ones it was not, or loops forever through its own target.
//! [`lint`] reads a pattern's text (and, when known, the rule's targets and
//! where the pattern is used) and returns [`Finding`]s: each a stable rule id
//! ([`RuleId`]), a [`Severity`], the span it concerns, a typed [`Message`]
//! (whose `Display` is the English the command line prints; the window says it
//! in the chosen language), the lesson that explains it, and a [`Fix`] where
//! one exists.
//!
//! The advice comes from AWS's "Best practices for event patterns" page
//! (docs.aws.amazon.com/eventbridge/latest/userguide/eb-patterns-best-practices.html),
//! the bundled catalog's documented values and field names, the bundled
//! samples, and the engine's limits. `paste.rs` repairs what people paste from
//! blogs and slides; `place.rs` knows what each place that reads patterns
//! supports; `command.rs` is `rulecraft lint`.

pub mod command;
pub mod paste;
pub mod place;
mod rules;
pub mod sarif;
#[cfg(test)]
mod tests;

pub use place::Place;

use crate::json::Span;
use crate::target::Target;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// AWS (or the place the pattern goes) refuses it.
    Error,
    /// Valid, but probably not what was meant.
    Warning,
    /// Valid; AWS's advice would make it better.
    Advice,
}

impl Severity {
    /// The lower-case name the command line and JSON output use.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Advice => "advice",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The linter's rules. Their ids ([`RuleId::id`]) are stable: scripts and
/// code-scanning services key on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    /// AWS refuses the pattern (its own message).
    InvalidPattern,
    /// Text pasted from a page: typographic quotes, bare values, comments,
    /// trailing commas, a stray brace; a fix makes it a valid pattern.
    PastedText,
    /// No `source`: the rule sees every service's events.
    NoSource,
    /// `source` without `detail-type`: new event types of the source match too.
    NoDetailType,
    /// A CloudTrail API-call pattern without `eventName`.
    CloudTrailWithoutEventName,
    /// A value the catalog does not document for that field.
    UnknownValue,
    /// A field the detail-type's schema does not have.
    UnknownField,
    /// The pattern also matches bundled samples of other services or detail-types.
    BroaderThanNamed,
    /// The rule's target can produce events the pattern matches.
    InfiniteLoop,
    /// A long list of values a range, `prefix` or `$or` would say better.
    LongValueList,
    /// The pattern's length against AWS's limits.
    PatternSize,
    /// Many `$or` combinations.
    OrCombinations,
    /// The wildcard complexity score against AWS's limit.
    WildcardComplexity,
    /// A number EventBridge compares by its text.
    NumberComparedAsText,
    /// Neither `account` nor `region` (or one of them) is set.
    NoAccountOrRegion,
    /// The place the pattern goes does not support something it uses.
    UnsupportedHere,
}

impl RuleId {
    /// Every rule, in the order findings are listed.
    pub const ALL: [Self; 16] = [
        Self::InvalidPattern,
        Self::PastedText,
        Self::UnsupportedHere,
        Self::PatternSize,
        Self::InfiniteLoop,
        Self::NoSource,
        Self::NoDetailType,
        Self::CloudTrailWithoutEventName,
        Self::UnknownValue,
        Self::UnknownField,
        Self::BroaderThanNamed,
        Self::NumberComparedAsText,
        Self::WildcardComplexity,
        Self::OrCombinations,
        Self::LongValueList,
        Self::NoAccountOrRegion,
    ];

    /// The stable id, e.g. `no-source`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::InvalidPattern => "invalid-pattern",
            Self::PastedText => "pasted-text",
            Self::NoSource => "no-source",
            Self::NoDetailType => "no-detail-type",
            Self::CloudTrailWithoutEventName => "cloudtrail-without-event-name",
            Self::UnknownValue => "unknown-value",
            Self::UnknownField => "unknown-field",
            Self::BroaderThanNamed => "broader-than-named",
            Self::InfiniteLoop => "infinite-loop",
            Self::LongValueList => "long-value-list",
            Self::PatternSize => "pattern-size",
            Self::OrCombinations => "or-combinations",
            Self::WildcardComplexity => "wildcard-complexity",
            Self::NumberComparedAsText => "number-compared-as-text",
            Self::NoAccountOrRegion => "no-account-or-region",
            Self::UnsupportedHere => "unsupported-here",
        }
    }

    /// The rule with this id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|rule| rule.id() == id)
    }

    /// The id of the lesson (`assets/lessons/`) that explains what the rule is about.
    #[must_use]
    pub fn lesson(self) -> &'static str {
        match self {
            Self::InvalidPattern | Self::PastedText => "pattern-arrays",
            Self::NoSource | Self::NoDetailType | Self::NoAccountOrRegion | Self::UnknownValue => "envelope",
            Self::UnknownField => "nesting",
            Self::CloudTrailWithoutEventName => "cloudtrail",
            Self::BroaderThanNamed | Self::InfiniteLoop => "custom-events",
            Self::LongValueList | Self::OrCombinations | Self::PatternSize => "limits",
            Self::NumberComparedAsText => "numeric",
            Self::WildcardComplexity => "wildcard",
            Self::UnsupportedHere => "or",
        }
    }

    /// A one-line description of the rule (English), for SARIF's rule table
    /// and `rulecraft lint --help`.
    #[must_use]
    pub fn summary(self) -> &'static str {
        match self {
            Self::InvalidPattern => "AWS refuses the pattern",
            Self::PastedText => "Text pasted from a web page, slide or document that a fix makes a valid pattern",
            Self::NoSource => "The pattern has no source, so it sees every service's events",
            Self::NoDetailType => {
                "The pattern names a source but no detail-type, so event types the source adds later match too"
            }
            Self::CloudTrailWithoutEventName => {
                "A CloudTrail API-call pattern without eventName matches every call of the service"
            }
            Self::UnknownValue => "A value the catalog does not document for the field",
            Self::UnknownField => "A field the event type's schema does not have",
            Self::BroaderThanNamed => "The pattern also matches sample events of other services or event types",
            Self::InfiniteLoop => "The rule's target can produce events the pattern matches",
            Self::LongValueList => "A long list of values that a numeric range, prefix or $or would express better",
            Self::PatternSize => "The pattern's length against AWS's limits",
            Self::OrCombinations => "Many $or combinations",
            Self::WildcardComplexity => "The wildcard complexity score against AWS's limit",
            Self::NumberComparedAsText => "A number EventBridge compares by its text",
            Self::NoAccountOrRegion => "No account or region: events from other accounts and regions match too",
            Self::UnsupportedHere => "Something the place the pattern goes does not support",
        }
    }
}

/// One text replacement: `span` of the original text becomes `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// What is replaced (empty to insert).
    pub span: Span,
    /// What goes there.
    pub text: String,
}

/// A quick fix: edits to the pattern's text, none overlapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does, for its button.
    pub title: FixTitle,
    /// Whether it only repairs what was certainly meant (pasted text, a
    /// documented value in the wrong case): `rulecraft lint --fix` makes
    /// these; the others are suggestions (the window offers every fix).
    pub safe: bool,
    /// The edits, in text order.
    pub edits: Vec<Edit>,
}

/// What a fix does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FixTitle {
    /// Replace a value with another: `"SUCCEDED"` → `"SUCCEEDED"`.
    ReplaceValue {
        /// The value as written.
        from: String,
        /// The value it becomes.
        to: String,
    },
    /// Rename a field's key.
    RenameField {
        /// The key as written.
        from: String,
        /// The key it becomes.
        to: String,
    },
    /// Repair pasted text (what changes is listed).
    RepairPaste(Vec<paste::PasteFix>),
    /// Replace a list of numbers with a range.
    UseNumericRange {
        /// The smallest number.
        min: String,
        /// The largest number.
        max: String,
    },
}

impl std::fmt::Display for FixTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ReplaceValue { from, to } => write!(f, "Replace {from} with {to}"),
            Self::RenameField { from, to } => write!(f, "Rename {from} to {to}"),
            Self::RepairPaste(fixes) => {
                f.write_str("Repair the pasted text: ")?;
                for (n, fix) in fixes.iter().enumerate() {
                    if n > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{fix}")?;
                }
                Ok(())
            }
            Self::UseNumericRange { min, max } => write!(f, "Use the range {min} to {max}"),
        }
    }
}

impl Fix {
    /// `text` with the fix's edits made.
    #[must_use]
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for edit in &self.edits {
            let start = edit.span.start.clamp(at, text.len());
            out.push_str(text.get(at..start).unwrap_or_default());
            out.push_str(&edit.text);
            at = edit.span.end.clamp(start, text.len());
        }
        out.push_str(text.get(at..).unwrap_or_default());
        out
    }
}

/// One thing the linter found.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Which rule.
    pub rule: RuleId,
    /// How much it matters.
    pub severity: Severity,
    /// The text it concerns.
    pub span: Span,
    /// What is wrong, as data.
    pub message: Message,
    /// A fix, where one exists.
    pub fix: Option<Fix>,
}

/// What the linter knows besides the pattern.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Where the pattern is used.
    pub place: Place,
    /// The rule's targets (for infinite loops).
    pub targets: &'a [Target],
}

pub use rules::{Better, LoopReason, Message, ValueHint};

/// The most characters AWS's API takes in an event pattern (botocore's `EventPattern` maximum length).
pub const API_PATTERN_LIMIT: usize = 4096;

/// The limit AWS's quota page gives for an event pattern, in characters.
pub const QUOTA_PATTERN_LIMIT: usize = 2048;

/// Every finding on the pattern `text`, most severe first, then in text order.
#[must_use]
pub fn lint(text: &str, context: &Context<'_>) -> Vec<Finding> {
    let mut findings = rules::run(text, context);
    findings.sort_by_key(|f| (f.severity, f.span.start, f.rule));
    findings
}

/// How many findings of each severity: (errors, warnings, advice).
#[must_use]
pub fn counts(findings: &[Finding]) -> (usize, usize, usize) {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    (count(Severity::Error), count(Severity::Warning), count(Severity::Advice))
}
