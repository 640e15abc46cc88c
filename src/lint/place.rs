//! Where a pattern is used, and what each place does not support.
//!
//! An EventBridge rule reads every operator Rulecraft's compiler accepts. The
//! other places read the same pattern language but document fewer operators,
//! and each caps the pattern's length. [`unsupported`] lists what a pattern
//! uses that its place does not support, each with where it is written.
//!
//! The facts, with their sources:
//!
//! - EventBridge Pipes: the operator table of
//!   <https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html>
//!   has a "Pipe support" column. It says No for wildcard and for
//!   anything-but with prefix, suffix, equals-ignore-case or wildcard; Yes for
//!   every other row. The table has no row for `cidr` (IP address matching),
//!   so Pipes' support for it is undocumented and not flagged. A filter's
//!   pattern is at most 4,096 characters
//!   (<https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_Filter.html>),
//!   with at most 5 filters a pipe
//!   (<https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_FilterCriteria.html>).
//! - The newer event bus (`eventbridgev2`): "Subscriber filters do not support
//!   wildcard matching"; `DATA` and `SYSTEM_METADATA` filters support every
//!   operator except wildcards; `METADATA` filters take exact values only, with
//!   no `prefix`, `numeric`, `exists` or `$or`
//!   (<https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-filtering.html>).
//!   A pattern is at most 4,096 characters
//!   (<https://docs.aws.amazon.com/eventbridgev2/latest/APIReference/API_Filter.html>);
//!   a subscriber has 1 to 50 filters, all of which must match
//!   (<https://docs.aws.amazon.com/eventbridgev2/latest/APIReference/API_FilterConfiguration.html>).
//!   [`Place::BusSubscriber`] is checked as a `DATA` filter; the `METADATA`
//!   rule is only told in [`Place::note`].
//! - Lambda event source mappings: the filter rule syntax section of
//!   <https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax>
//!   gives "a summary of all the comparison operators available for Lambda
//!   event filtering": null, empty, equals, equals-ignore-case, and, or,
//!   `$or`, anything-but (a list of values), numeric (equals and ranges),
//!   exists, prefix and suffix. Operators missing from it are flagged. The
//!   same section also says Lambda "supports the Amazon EventBridge rules and
//!   uses the same syntax as EventBridge"; we read that as the syntax, not as
//!   every operator, since the table claims to be complete. A filter's pattern
//!   is at most 4,096 characters
//!   (<https://docs.aws.amazon.com/lambda/latest/api/API_Filter.html>). The
//!   guide allows 5 filters a mapping by default, 10 with a quota increase,
//!   while CloudFormation's `AWS::Lambda::EventSourceMapping FilterCriteria`
//!   allows up to 20: the sources disagree, and nothing here checks the count.

use crate::json::Span;
use crate::pattern::{AnythingBut, Matcher, Pattern};

/// The longest pattern a Pipes filter, a bus subscriber's filter and a
/// Lambda filter take, in characters. Sources: Pipes
/// <https://docs.aws.amazon.com/eventbridge/latest/pipes-reference/API_Filter.html>,
/// `eventbridgev2` <https://docs.aws.amazon.com/eventbridgev2/latest/APIReference/API_Filter.html>,
/// Lambda <https://docs.aws.amazon.com/lambda/latest/api/API_Filter.html>
/// (each "Maximum length of 4096").
const FILTER_PATTERN_CHARS: usize = 4096;

/// A place that reads event patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Place {
    /// An EventBridge rule (the default).
    #[default]
    Rule,
    /// An EventBridge Pipes filter.
    Pipe,
    /// A filter of a subscriber on the newer EventBridge event bus (`eventbridgev2`).
    BusSubscriber,
    /// A Lambda event source mapping's filter.
    LambdaFilter,
}

impl Place {
    /// Every place.
    pub const ALL: [Self; 4] = [Self::Rule, Self::Pipe, Self::BusSubscriber, Self::LambdaFilter];

    /// The id the command line takes (`--place`).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Rule => "rule",
            Self::Pipe => "pipe",
            Self::BusSubscriber => "subscriber",
            Self::LambdaFilter => "lambda",
        }
    }

    /// The place with this id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The AWS page that says what this place supports.
    #[must_use]
    pub fn source_url(self) -> &'static str {
        match self {
            Self::Rule | Self::Pipe => {
                "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html"
            }
            Self::BusSubscriber => {
                "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-filtering.html"
            }
            Self::LambdaFilter => {
                "https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax"
            }
        }
    }

    /// What else a pattern's author must know about this place: what the
    /// pattern is matched against. `None` for a rule.
    #[must_use]
    pub fn note(self) -> Option<&'static str> {
        match self {
            Self::Rule => None,
            // The data fields: an SQS message's `body`, a Kinesis or Amazon MQ
            // record's `data`, a DynamoDB stream record's `dynamodb`, Kafka's
            // `key` and `value`
            // (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-filtering.html).
            Self::Pipe => Some(
                "A pipe's filter sees the source's records, not EventBridge events: write the pattern against \
                 the record (the SQS message's `body`, the Kinesis record's `data`, the DynamoDB stream record's \
                 `dynamodb`, the Kafka record's `value`). `source` and `detail-type` never match there.",
            ),
            // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-filtering.html
            // and eb-custom-bus-addressing.html.
            Self::BusSubscriber => Some(
                "Checked as a DATA filter. For events sent with PutEvents, write it against the whole event \
                 (`{\"detail\": {...}}`); for PutRawEvents, against the payload. A METADATA filter takes exact \
                 values only: no prefix, numeric, exists or `$or`.",
            ),
            // The filtering keys table of
            // https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-by-service.
            Self::LambdaFilter => Some(
                "A Lambda filter sees the record, not an EventBridge event: write the pattern against the SQS \
                 message's `body`, the Kinesis or Amazon MQ record's `data`, the DynamoDB stream record's \
                 `dynamodb`, or the Kafka record's `value`. `source` and `detail-type` never match there.",
            ),
        }
    }

    /// The operators this place does not support.
    fn refused(self) -> &'static [Feature] {
        match self {
            Self::Rule => &[],
            // The "Pipe support" column of
            // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
            // says No for these rows; it has no row for cidr.
            Self::Pipe => &[
                Feature::AnythingButPrefix,
                Feature::AnythingButSuffix,
                Feature::AnythingButIgnoreCase,
                Feature::AnythingButWildcard,
                Feature::Wildcard,
            ],
            // "Subscriber filters do not support wildcard matching"
            // (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-filtering.html).
            // An anything-but wildcard is wildcard matching too, though the page
            // names only wildcards.
            Self::BusSubscriber => &[Feature::Wildcard, Feature::AnythingButWildcard],
            // Not in the list of "all the comparison operators available for
            // Lambda event filtering"
            // (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax),
            // which has equals-ignore-case, prefix and suffix, but not their
            // case-insensitive forms, anything-but only with values, and no
            // wildcard or IP address rows.
            Self::LambdaFilter => &[
                Feature::PrefixIgnoreCase,
                Feature::SuffixIgnoreCase,
                Feature::AnythingButPrefix,
                Feature::AnythingButSuffix,
                Feature::AnythingButIgnoreCase,
                Feature::AnythingButWildcard,
                Feature::Wildcard,
                Feature::Cidr,
            ],
        }
    }

    /// The longest pattern this place takes, in characters (see
    /// [`FILTER_PATTERN_CHARS`]). `None` for a rule: the compiler checks
    /// what a rule takes.
    fn max_chars(self) -> Option<usize> {
        match self {
            Self::Rule => None,
            Self::Pipe | Self::BusSubscriber | Self::LambdaFilter => Some(FILTER_PATTERN_CHARS),
        }
    }
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Rule => "an EventBridge rule",
            Self::Pipe => "an EventBridge Pipes filter",
            Self::BusSubscriber => "an EventBridge event bus subscriber's filter",
            Self::LambdaFilter => "a Lambda event source mapping filter",
        })
    }
}

/// Something a place does not support. Its `Display` names it the way a
/// pattern writes it, to follow "… does not support".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    /// `{"wildcard": ...}`.
    Wildcard,
    /// `{"prefix": {"equals-ignore-case": ...}}`.
    PrefixIgnoreCase,
    /// `{"suffix": {"equals-ignore-case": ...}}`.
    SuffixIgnoreCase,
    /// `{"anything-but": {"prefix": ...}}`.
    AnythingButPrefix,
    /// `{"anything-but": {"suffix": ...}}`.
    AnythingButSuffix,
    /// `{"anything-but": {"equals-ignore-case": ...}}`.
    AnythingButIgnoreCase,
    /// `{"anything-but": {"wildcard": ...}}`.
    AnythingButWildcard,
    /// `{"cidr": ...}`.
    Cidr,
    /// A pattern longer than this many characters.
    LongerThan(usize),
}

impl Feature {
    /// The feature a condition uses that some place does not support, if any.
    /// Equals, prefix, suffix, equals-ignore-case, anything-but with values,
    /// numeric and exists are supported everywhere.
    fn of(matcher: &Matcher) -> Option<Self> {
        Some(match matcher {
            Matcher::Wildcard(_) => Self::Wildcard,
            Matcher::PrefixIgnoreCase(_) => Self::PrefixIgnoreCase,
            Matcher::SuffixIgnoreCase(_) => Self::SuffixIgnoreCase,
            Matcher::AnythingBut(AnythingBut::Prefixes(_)) => Self::AnythingButPrefix,
            Matcher::AnythingBut(AnythingBut::Suffixes(_)) => Self::AnythingButSuffix,
            Matcher::AnythingBut(AnythingBut::IgnoreCase(_)) => Self::AnythingButIgnoreCase,
            Matcher::AnythingBut(AnythingBut::Wildcards(_)) => Self::AnythingButWildcard,
            Matcher::Cidr(_) => Self::Cidr,
            Matcher::Equals(_)
            | Matcher::Prefix(_)
            | Matcher::Suffix(_)
            | Matcher::EqualsIgnoreCase(_)
            | Matcher::AnythingBut(AnythingBut::Strings(_) | AnythingBut::Numbers(_))
            | Matcher::Numeric(_)
            | Matcher::Exists(_) => return None,
        })
    }
}

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Wildcard => f.write_str("wildcard"),
            Self::PrefixIgnoreCase => f.write_str("prefix with equals-ignore-case"),
            Self::SuffixIgnoreCase => f.write_str("suffix with equals-ignore-case"),
            Self::AnythingButPrefix => f.write_str("anything-but with prefix"),
            Self::AnythingButSuffix => f.write_str("anything-but with suffix"),
            Self::AnythingButIgnoreCase => f.write_str("anything-but with equals-ignore-case"),
            Self::AnythingButWildcard => f.write_str("anything-but with wildcard"),
            Self::Cidr => f.write_str("cidr"),
            Self::LongerThan(limit) => write!(f, "a pattern longer than {limit} characters"),
        }
    }
}

/// A use of something `place` does not support.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// What.
    pub feature: Feature,
    /// Where in the pattern's text.
    pub span: Span,
}

/// What `pattern` (compiled from `text`) uses that `place` does not support,
/// in text order: one entry for each condition that uses an unsupported
/// operator (at the condition), and one for a text longer than the place
/// takes (at the whole text, first).
///
/// The length is the text's, as written: a tool that sends the pattern
/// reformatted (CloudFormation, the CDK) may send a shorter or longer one.
#[must_use]
pub fn unsupported(place: Place, text: &str, pattern: &Pattern) -> Vec<Unsupported> {
    let mut found = Vec::new();
    if let Some(limit) = place.max_chars()
        && text.chars().count() > limit
    {
        found.push(Unsupported { feature: Feature::LongerThan(limit), span: Span::new(0, text.len()) });
    }
    let refused = place.refused();
    // Every field as written counts, even one that a later field with the same
    // path replaces: the author wrote it, and no page says whether a place
    // checks such a field before dropping it.
    let mut uses: Vec<Unsupported> = pattern
        .fields
        .iter()
        .flat_map(|field| &field.conditions)
        .filter_map(|condition| {
            let feature = Feature::of(&condition.matcher)?;
            refused.contains(&feature).then_some(Unsupported { feature, span: condition.span })
        })
        .collect();
    uses.sort_by_key(|u| (u.span.start, u.span.end));
    found.extend(uses);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operator whose support differs between places, each in its own field.
    const EACH: [(&str, Feature); 8] = [
        (r#"{"wildcard": "a*b"}"#, Feature::Wildcard),
        (r#"{"prefix": {"equals-ignore-case": "Ab"}}"#, Feature::PrefixIgnoreCase),
        (r#"{"suffix": {"equals-ignore-case": ".PNG"}}"#, Feature::SuffixIgnoreCase),
        (r#"{"anything-but": {"prefix": "us-"}}"#, Feature::AnythingButPrefix),
        (r#"{"anything-but": {"suffix": [".png", ".jpg"]}}"#, Feature::AnythingButSuffix),
        (r#"{"anything-but": {"equals-ignore-case": "Init"}}"#, Feature::AnythingButIgnoreCase),
        (r#"{"anything-but": {"wildcard": "*/lib/*"}}"#, Feature::AnythingButWildcard),
        (r#"{"cidr": "10.0.0.0/24"}"#, Feature::Cidr),
    ];

    /// Everything every place supports: equals (string, number, bool, null,
    /// empty), prefix, suffix, equals-ignore-case, anything-but with values,
    /// numeric, exists and `$or`.
    const SUPPORTED: &str = r#"{
        "source": ["my.app", ""],
        "detail": {
            "a": [null, true, 5, {"prefix": "i-"}, {"suffix": ".png"}, {"equals-ignore-case": "Run"}],
            "b": [{"anything-but": "x"}, {"anything-but": [1, 2]}, {"numeric": [">", 0, "<=", 5]}],
            "c": [{"exists": false}],
            "$or": [{"d": ["1"]}, {"e": [{"exists": true}]}]
        }
    }"#;

    fn check(place: Place, text: &str) -> Vec<Unsupported> {
        let pattern = Pattern::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        unsupported(place, text, &pattern)
    }

    /// A pattern with `condition` on `detail.x`, and the condition's span.
    fn with(condition: &str) -> (String, Span) {
        let text = format!(r#"{{"source": ["a"], "detail": {{"x": ["y", {condition}]}}}}"#);
        let start = text.find(condition).unwrap_or_default();
        (text, Span::new(start, start + condition.len()))
    }

    fn refuses(place: Place, feature: Feature) -> bool {
        match place {
            Place::Rule => false,
            Place::Pipe => !matches!(feature, Feature::PrefixIgnoreCase | Feature::SuffixIgnoreCase | Feature::Cidr),
            Place::BusSubscriber => matches!(feature, Feature::Wildcard | Feature::AnythingButWildcard),
            Place::LambdaFilter => true,
        }
    }

    #[test]
    fn each_place_flags_what_it_does_not_support_at_the_condition() {
        for place in Place::ALL {
            for (condition, feature) in EACH {
                let (text, span) = with(condition);
                let found = check(place, &text);
                if refuses(place, feature) {
                    assert_eq!(found, vec![Unsupported { feature, span }], "{place:?} {condition}");
                    assert_eq!(span.slice(&text), condition);
                } else {
                    assert!(found.is_empty(), "{place:?} {condition}: {found:?}");
                }
            }
        }
    }

    #[test]
    fn the_tables_say_what_the_sources_say() {
        use Feature::*;
        assert!(Place::Rule.refused().is_empty());
        assert_eq!(
            Place::Pipe.refused(),
            [AnythingButPrefix, AnythingButSuffix, AnythingButIgnoreCase, AnythingButWildcard, Wildcard]
        );
        assert_eq!(Place::BusSubscriber.refused(), [Wildcard, AnythingButWildcard]);
        assert_eq!(Place::LambdaFilter.refused().len(), 8);
    }

    #[test]
    fn supported_operators_pass_everywhere() {
        for place in Place::ALL {
            assert_eq!(check(place, SUPPORTED), vec![], "{place:?}");
        }
    }

    #[test]
    fn the_rule_place_reports_nothing() {
        let fields: Vec<String> =
            EACH.iter().enumerate().map(|(i, (condition, _))| format!(r#""f{i}": [{condition}]"#)).collect();
        let text = format!(r#"{{"detail": {{{}, "pad": ["{}"]}}}}"#, fields.join(", "), "p".repeat(5000));
        assert!(check(Place::Rule, &text).is_empty());
        // The same text elsewhere is refused.
        assert!(!check(Place::LambdaFilter, &text).is_empty());
    }

    #[test]
    fn each_use_is_one_entry_in_text_order() {
        let text = r#"{"detail": {"b": [{"wildcard": "x*"}, "z", {"wildcard": "*y"}]}, "$or": [{"a": [{"wildcard": "q*"}]}, {"c": ["1"]}]}"#;
        let found = check(Place::BusSubscriber, text);
        let shown: Vec<&str> = found.iter().map(|u| u.span.slice(text)).collect();
        assert_eq!(shown, [r#"{"wildcard": "x*"}"#, r#"{"wildcard": "*y"}"#, r#"{"wildcard": "q*"}"#]);
        assert!(found.iter().all(|u| u.feature == Feature::Wildcard));
    }

    #[test]
    fn a_long_pattern_is_flagged_at_the_whole_text_by_characters() {
        // 4,096 characters exactly passes; one more does not. Multi-byte
        // characters count once.
        let fixed = r#"{"a": [""]}"#.chars().count();
        let at_limit = format!(r#"{{"a": ["{}"]}}"#, "é".repeat(FILTER_PATTERN_CHARS - fixed));
        assert_eq!(at_limit.chars().count(), FILTER_PATTERN_CHARS);
        let over = format!(r#"{{"a": ["{}"]}}"#, "é".repeat(FILTER_PATTERN_CHARS - fixed + 1));
        for place in [Place::Pipe, Place::BusSubscriber, Place::LambdaFilter] {
            assert!(check(place, &at_limit).is_empty(), "{place:?}");
            assert_eq!(
                check(place, &over),
                vec![Unsupported { feature: Feature::LongerThan(4096), span: Span::new(0, over.len()) }],
                "{place:?}"
            );
        }
        assert!(check(Place::Rule, &over).is_empty());
    }

    #[test]
    fn the_length_comes_first_then_the_uses() {
        let text = format!(r#"{{"a": [{{"wildcard": "x*"}}], "b": ["{}"]}}"#, "p".repeat(FILTER_PATTERN_CHARS));
        let found = check(Place::Pipe, &text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].feature, Feature::LongerThan(FILTER_PATTERN_CHARS));
        assert_eq!(found[1].feature, Feature::Wildcard);
        assert_eq!(found[1].span.slice(&text), r#"{"wildcard": "x*"}"#);
    }

    #[test]
    fn features_and_places_read_plainly() {
        assert_eq!(Feature::Wildcard.to_string(), "wildcard");
        assert_eq!(Feature::AnythingButPrefix.to_string(), "anything-but with prefix");
        assert_eq!(Feature::PrefixIgnoreCase.to_string(), "prefix with equals-ignore-case");
        assert_eq!(Feature::Cidr.to_string(), "cidr");
        assert_eq!(Feature::LongerThan(4096).to_string(), "a pattern longer than 4096 characters");
        for place in Place::ALL {
            assert_eq!(Place::from_id(place.id()), Some(place));
            assert!(place.source_url().starts_with("https://docs.aws.amazon.com/"));
            assert_eq!(place.note().is_some(), place != Place::Rule);
        }
    }
}
