//! Why a pattern is invalid, in AWS's words.
//!
//! `Display` of a [`PatternError`] is the first line AWS returns, byte for byte,
//! starting `Event pattern is not valid. Reason: `. The span points at the text
//! that caused it. Each kind's doc gives a pattern that triggers it after
//! `Example:`; a test compiles every example and checks it gets that kind.

use crate::json::{JsonError, Position, Span};

/// Most `$or` combinations (branches) a pattern may have: Rulecraft's own
/// limit (AWS documents none), kept with the error that reports it.
pub const MAX_COMBINATIONS: usize = 1000;

/// An invalid pattern: what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Event pattern is not valid. Reason: {kind}")]
pub struct PatternError {
    /// What is wrong.
    pub kind: PatternErrorKind,
    /// The offending text in the pattern.
    pub span: Span,
}

impl PatternError {
    pub(crate) fn new(kind: PatternErrorKind, span: Span) -> Self {
        Self { kind, span }
    }

    /// The line and column where the offending text starts.
    #[must_use]
    pub fn position(&self, text: &str) -> Position {
        Position::of(text, self.span.start)
    }

    /// `name:line:column: message`, then the offending line with a caret
    /// under the offending text.
    #[must_use]
    pub fn render(&self, name: &str, text: &str) -> String {
        let at = self.position(text);
        format!("{name}:{at}: {self}\n{}", crate::json::caret_snippet(text, self.span))
    }

    /// The reason alone, without AWS's `Event pattern is not valid.` prefix.
    #[must_use]
    pub fn reason(&self) -> String {
        self.kind.to_string()
    }
}

impl From<JsonError> for PatternError {
    fn from(e: JsonError) -> Self {
        Self { span: e.span, kind: PatternErrorKind::Json(e.kind) }
    }
}

/// Every way a pattern can be invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternErrorKind {
    /// The text is not JSON. Example: `{"source": [aws.ec2]}`
    Json(crate::json::JsonErrorKind),
    /// The pattern is not a JSON object. Example: `["aws.ec2"]`
    NotAnObject,
    /// A field's value is neither an object nor an array. Example: `{"source": "aws.ec2"}`
    NotObjectOrArray {
        /// The field's name.
        field: String,
    },
    /// An object with no fields. Example: `{"detail": {}}`
    EmptyObject,
    /// A field list with no values. Example: `{"source": []}`
    EmptyArray,
    /// A value in a field list that is an array. Example: `{"source": [["aws.ec2"]]}`
    BadMatchValue,
    /// `$or` not followed by an array. Example: `{"$or": {"a": [1]}}`
    OrNotArray,
    /// Something other than an object in a `$or` array. Example: `{"$or": [{"a": [1]}, "b"]}`
    OrNotObject,
    /// A `$or` array with fewer than two objects. Example: `{"$or": [{"a": [1]}]}`
    OrTooFew,
    /// A reserved name used as a field inside `$or`. Example: `{"$or": [{"numeric": [1]}, {"b": [2]}]}`
    ReservedInOr {
        /// The field's name.
        field: String,
    },
    /// An operator object with no name. Example: `{"source": [{}]}`
    MatchNameMissing,
    /// An unknown operator name. Example: `{"source": [{"begins-with": "aws."}]}`
    UnknownMatchType {
        /// The name as written.
        name: String,
    },
    /// An operator object with a second key. Example: `{"source": [{"prefix": "a", "suffix": "b"}]}`
    OneKeyOnly,
    /// An operator that takes a string given something else. Example: `{"source": [{"prefix": 5}]}`
    MustBeString {
        /// The operator named in the message (`cidr` is reported as `prefix`).
        operator: &'static str,
    },
    /// `prefix` given an object that is not `equals-ignore-case`. Example: `{"a": [{"prefix": {"suffix": "x"}}]}`
    UnsupportedPrefix {
        /// The inner operator.
        operator: String,
    },
    /// `suffix` given an object that is not `equals-ignore-case`. Example: `{"a": [{"suffix": {"prefix": "x"}}]}`
    UnsupportedSuffix {
        /// The inner operator.
        operator: String,
    },
    /// `prefix` given an empty object. Example: `{"a": [{"prefix": {}}]}`
    PrefixNameMissing,
    /// `suffix` given an empty object. Example: `{"a": [{"suffix": {}}]}`
    SuffixNameMissing,
    /// `exists` given something other than a boolean. Example: `{"a": [{"exists": "yes"}]}`
    ExistsNotBoolean,
    /// `numeric` not given an array. Example: `{"a": [{"numeric": 5}]}`
    NumericNotArray,
    /// A `numeric` array that does not start with an operator string. Example: `{"a": [{"numeric": [5, ">"]}]}`
    NumericMemberNotString {
        /// The text of the offending member.
        text: String,
    },
    /// An unknown first operator in `numeric`. Example: `{"a": [{"numeric": ["!=", 5]}]}`
    UnknownNumericOperator {
        /// The operator as written.
        operator: String,
    },
    /// A `numeric` operator followed by something other than a number. Example: `{"a": [{"numeric": [">", "5"]}]}`
    NumericValueNotNumber {
        /// The operator as AWS names it (`equals` for `=`).
        operator: String,
    },
    /// Extra members after a complete `numeric` expression. Example: `{"a": [{"numeric": ["=", 5, 6]}]}`
    TooManyNumericElements,
    /// A range's second member is not an operator string. Example: `{"a": [{"numeric": [">", 0, 5]}]}`
    BadRangeValue {
        /// The text of the offending member.
        text: String,
    },
    /// A range's second operator is not `<` or `<=`. Example: `{"a": [{"numeric": [">", 0, ">", 5]}]}`
    BadRangeOperator {
        /// The operator as written.
        operator: String,
    },
    /// Members after a complete range. Example: `{"a": [{"numeric": [">", 0, "<", 5, 6]}]}`
    TooManyRangeTerms,
    /// A number EventBridge cannot compare: more than six decimals. Example: `{"a": [{"numeric": [">", 0.0000001]}]}`
    TooPrecise,
    /// A number outside ±5,000,000,000. Example: `{"a": [{"numeric": ["<", 6000000000]}]}`
    OutOfRange,
    /// A range whose lower end is not below its upper end. Example: `{"a": [{"numeric": [">", 5, "<", 1]}]}`
    EmptyRange,
    /// `anything-but` given an object that is not a supported operator. Example: `{"a": [{"anything-but": {"numeric": [">", 1]}}]}`
    UnsupportedAnythingBut {
        /// The inner operator.
        operator: String,
    },
    /// `anything-but` given an empty object. Example: `{"a": [{"anything-but": {}}]}`
    AnythingButNameMissing,
    /// `anything-but` given a value that is not a string, number or array. Example: `{"a": [{"anything-but": null}]}`
    AnythingButValue,
    /// A list under `anything-but` with a `null`, boolean, object or array. Example: `{"a": [{"anything-but": ["x", null]}]}`
    AnythingButListType,
    /// A list under `anything-but` mixing strings and numbers, or empty. Example: `{"a": [{"anything-but": ["x", 1]}]}`
    AnythingButMixed,
    /// A non-string under `anything-but`/`equals-ignore-case`. Example: `{"a": [{"anything-but": {"equals-ignore-case": 1}}]}`
    AnythingButIgnoreCaseType,
    /// A non-string under `anything-but`/`prefix` or `suffix`. Example: `{"a": [{"anything-but": {"prefix": 1}}]}`
    AnythingButPrefixSuffixType,
    /// An empty string under `anything-but`/`prefix` or `suffix`. Example: `{"a": [{"anything-but": {"prefix": ""}}]}`
    NullPrefixSuffix,
    /// Two `*` in a row in a wildcard. Example: `{"a": [{"wildcard": "a**b"}]}`
    ConsecutiveWildcards {
        /// The position AWS reports.
        pos: usize,
    },
    /// A backslash in a wildcard that does not escape `*` or `\`. Example: `{"a": [{"wildcard": "a\\b"}]}`
    InvalidWildcardEscape {
        /// The position AWS reports.
        pos: usize,
    },
    /// A wildcard pattern too costly to evaluate. Example: `{"a": [{"wildcard": "*:*:*:*:*:event-bus/*"}]}`
    TooComplex,
    /// A `cidr` value without exactly one `/`. Example: `{"ip": [{"cidr": "10.0.0.0"}]}`
    CidrSlash,
    /// A `cidr` mask that is not an integer. Example: `{"ip": [{"cidr": "10.0.0.0/x"}]}`
    CidrMaskNotInteger,
    /// A negative `cidr` mask. Example: `{"ip": [{"cidr": "10.0.0.0/-1"}]}`
    CidrMaskNegative,
    /// An IPv4 `cidr` mask of 32 or more. Example: `{"ip": [{"cidr": "10.0.0.1/32"}]}`
    Ipv4MaskRange,
    /// An IPv6 `cidr` mask of 128 or more. Example: `{"ip": [{"cidr": "::1/128"}]}`
    Ipv6MaskRange,
    /// A `cidr` address shaped like an IP address that is not one. Example: `{"ip": [{"cidr": "10.0.0.256/24"}]}`
    InvalidIp {
        /// The address as written.
        address: String,
    },
    /// A `cidr` address that is not shaped like an IP address. Example: `{"ip": [{"cidr": "xx.11.xx/24"}]}`
    NonstandardIp {
        /// The address as written.
        address: String,
    },
    /// More `$or` combinations than Rulecraft expands (AWS documents no
    /// number; see [`MAX_COMBINATIONS`]). Example: see the compile tests.
    TooManyCombinations,
}

impl std::fmt::Display for PatternErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Json(e) => write!(f, "{e}"),
            Self::NotAnObject => f.write_str("Filter is not an object"),
            Self::NotObjectOrArray { field } => write!(f, "\"{field}\" must be an object or an array"),
            Self::EmptyObject => f.write_str("Empty objects are not allowed"),
            Self::EmptyArray => f.write_str("Empty arrays are not allowed"),
            Self::BadMatchValue => f.write_str("Match value must be String, number, true, false, or null"),
            Self::OrNotArray => f.write_str("It must be an Array followed with $or."),
            Self::OrNotObject => f.write_str("Only JSON object is allowed in array of $or relationship."),
            Self::OrTooFew => f.write_str("There must have at least 2 Objects in $or relationship."),
            Self::ReservedInOr { field } => {
                write!(f, "{field} is Ruler reserved fieldName which cannot be used inside $or.")
            }
            Self::MatchNameMissing => f.write_str("Match expression name not found"),
            Self::UnknownMatchType { name } => write!(f, "Unrecognized match type {name}"),
            Self::OneKeyOnly => f.write_str("Only one key allowed in match expression"),
            Self::MustBeString { operator } => write!(f, "{operator} match pattern must be a string"),
            Self::UnsupportedPrefix { operator } => write!(f, "Unsupported prefix pattern: {operator}"),
            Self::UnsupportedSuffix { operator } => write!(f, "Unsupported suffix pattern: {operator}"),
            Self::PrefixNameMissing => f.write_str("Prefix expression name not found"),
            Self::SuffixNameMissing => f.write_str("Suffix expression name not found"),
            Self::ExistsNotBoolean => f.write_str("exists match pattern must be either true or false."),
            Self::NumericNotArray => f.write_str("Value of numeric must be an array."),
            Self::NumericMemberNotString { text } => write!(f, "Invalid member in numeric match: {text}"),
            Self::UnknownNumericOperator { operator } => {
                write!(f, "Unrecognized numeric range operator: {operator}")
            }
            Self::NumericValueNotNumber { operator } => write!(f, "Value of {operator} must be numeric"),
            Self::TooManyNumericElements => f.write_str("Too many elements in numeric expression"),
            Self::BadRangeValue { text } => write!(f, "Bad value in numeric range: {text}"),
            Self::BadRangeOperator { operator } => write!(f, "Bad numeric range operator: {operator}"),
            Self::TooManyRangeTerms => f.write_str("Too many terms in numeric range expression"),
            Self::TooPrecise => f.write_str("Only values upto 6 decimals are supported"),
            Self::OutOfRange => f.write_str("Value must be between -5.0E9 and 5.0E9, inclusive"),
            Self::EmptyRange => f.write_str("Bottom must be less than top"),
            Self::UnsupportedAnythingBut { operator } => write!(f, "Unsupported anything-but pattern: {operator}"),
            Self::AnythingButNameMissing => f.write_str("Anything-But expression name not found"),
            Self::AnythingButValue => {
                f.write_str("Value of anything-but must be an array or single string/number value.")
            }
            Self::AnythingButListType => f.write_str("Inside anything but list, start|null|boolean is not supported."),
            Self::AnythingButMixed => f.write_str(
                "Inside anything but list, either all values are number or string, mixed type is not supported",
            ),
            Self::AnythingButIgnoreCaseType => f.write_str(
                "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.",
            ),
            Self::AnythingButPrefixSuffixType => f.write_str("prefix/suffix match pattern must be a string"),
            Self::NullPrefixSuffix => f.write_str("Null prefix/suffix not allowed"),
            Self::ConsecutiveWildcards { pos } => write!(f, "Consecutive wildcard characters at pos {pos}"),
            Self::InvalidWildcardEscape { pos } => write!(f, "Invalid escape character at pos {pos}"),
            Self::TooComplex => f.write_str(
                "Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character",
            ),
            Self::CidrSlash => f.write_str("Malformed CIDR, one '/' required"),
            Self::CidrMaskNotInteger => f.write_str("Malformed CIDR, mask bits must be an integer"),
            Self::CidrMaskNegative => f.write_str("Malformed CIDR, mask bits must not be negative"),
            Self::Ipv4MaskRange => f.write_str("IPv4 mask bits must be < 32"),
            Self::Ipv6MaskRange => f.write_str("IPv6 mask bits must be < 128"),
            Self::InvalidIp { address } => write!(f, "Invalid IP address: {address}"),
            Self::NonstandardIp { address } => write!(f, "Nonstandard IP address: {address}"),
            Self::TooManyCombinations => {
                write!(f, "Rulecraft limit: the $or alternatives combine into more than {MAX_COMBINATIONS} branches")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::pattern::Pattern;

    /// `(variant name, example pattern)` for every kind, `None` where its doc
    /// gives no example.
    fn documented_examples() -> Vec<(String, Option<String>)> {
        let source = include_str!("error.rs");
        let body = source.split("pub enum PatternErrorKind {").nth(1).unwrap_or("");
        let mut examples = Vec::new();
        let mut pending: Option<String> = None;
        for line in body.lines().map(str::trim) {
            if let Some(doc) = line.strip_prefix("///") {
                if let Some((_, example)) = doc.split_once("Example: `") {
                    pending = example.rsplit_once('`').map(|(e, _)| e.to_owned());
                }
                continue;
            }
            if line == "}" {
                break;
            }
            // A variant line (`Name,`, `Name {` or `Name(...)`); field lines are lower case.
            let name: String = line.chars().take_while(char::is_ascii_alphanumeric).collect();
            if name.chars().next().is_some_and(char::is_uppercase) {
                examples.push((name, pending.take()));
            }
        }
        examples
    }

    #[test]
    fn every_documented_example_triggers_its_kind() {
        let examples = documented_examples();
        let without: Vec<&str> = examples.iter().filter(|(_, e)| e.is_none()).map(|(n, _)| n.as_str()).collect();
        assert_eq!(without, ["TooManyCombinations"], "kinds without an example");
        assert!(examples.len() > 45, "parsed {} kinds", examples.len());
        let mut wrong = Vec::new();
        for (name, example) in &examples {
            let Some(example) = example else { continue };
            match Pattern::parse(example) {
                Ok(_) => wrong.push(format!("{name}: {example} is accepted")),
                Err(e) => {
                    let got = format!("{:?}", e.kind);
                    if !got.starts_with(name.as_str()) {
                        wrong.push(format!("{name}: {example} gives {got}"));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn errors_render_with_location_and_caret() {
        let text = "{\n  \"a\": [{\"numeric\": [\">\", 0, \"<\"]}]\n}";
        let Err(e) = Pattern::parse(text) else { panic!("invalid") };
        assert_eq!(
            e.render("p.json", text),
            "p.json:2:33: Event pattern is not valid. Reason: Value of < must be numeric\n  \"a\": [{\"numeric\": [\">\", 0, \"<\"]}]\n                                ^"
        );
    }
}
