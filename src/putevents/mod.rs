//! Your own application's events: `PutEvents` entries as an application sends
//! them (`Source`, `DetailType`, `Detail` as a JSON string, `Resources`,
//! `Time`, `EventBusName`), checked the way `PutEvents` checks them (AWS's
//! error codes and messages), and the event the bus delivers for each.
//!
//! A request goes through three gates, in this order:
//! 1. the AWS CLI's (botocore's) own parameter checks, before anything is
//!    sent: an empty list, an empty `EventBusName` or `TraceHeader`, a `Time`
//!    it cannot read ([`RequestError::Parameters`]);
//! 2. AWS's checks of the whole request, which refuse it with a
//!    `ValidationException`: more than 10 entries, the API's length and
//!    pattern constraints, the total size ([`check_request`]);
//! 3. AWS's checks of each entry, which fail that entry only, in a response
//!    that is otherwise a success ([`check_entry`]).
//!
//! Where AWS's answer is recorded (a `LocalStack` snapshot recorded against
//! AWS, an AWS CLI transcript), the code and message are AWS's and the
//! comment says where it comes from; where it is not, the comment says the
//! wording is Rulecraft's.

pub mod code;
pub mod command;

use crate::json::{self, JsonErrorKind, NodeKind};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The most bytes the entries of one request may total: 1 MB since
/// 2026-01-29 (AWS Compute Blog, "More room to build: serverless services now
/// support payloads up to 1 MB"). AWS says "1 MB" without a byte count; the
/// same change for SQS says 1 MiB, and the old "256 KB" was 256 × 1024 bytes
/// (the recorded `LocalStack` test builds its too-big entry from `256 * 1024`),
/// so Rulecraft counts 1,048,576.
pub const DEFAULT_SIZE_LIMIT: usize = 1_048_576;

/// The limit before 2026-01-29, still in many of AWS's pages and SDK
/// docstrings (`eb-putevent-size`: "less than 256KB").
pub const OLD_SIZE_LIMIT: usize = 262_144;

/// The most entries in one request (botocore: `PutEventsRequestEntryList`, max 10).
pub const MAX_ENTRIES: usize = 10;

/// The most characters of a `DetailType` (AWS's API reference: "a maximum of 128 characters").
pub const MAX_DETAIL_TYPE_CHARS: usize = 128;

/// The most characters of one `Resources` ARN (botocore: `EventResource`, max 2048).
pub const MAX_RESOURCE_CHARS: usize = 2048;

/// The most characters of an `EventBusName` (botocore: `NonPartnerEventBusNameOrArn`, 1–1600).
pub const MAX_BUS_NAME_CHARS: usize = 1600;

/// The most characters of a `TraceHeader` (botocore: `TraceHeader`, 1–500).
pub const MAX_TRACE_HEADER_CHARS: usize = 500;

/// How deep `Detail` may nest ("`PutEvents` will only process nested JSON up
/// to 1000 levels deep", AWS's API reference).
pub const MAX_DETAIL_DEPTH: usize = json::MAX_DEPTH;

/// The bytes a `Time` counts for in the entry size, whatever its text (`eb-putevent-size`).
pub const TIME_BYTES: usize = 14;

/// The pattern an `EventBusName` must match, as AWS prints it in its
/// `ValidationException` (botocore 1.43's model; a 2022 message recorded in
/// aws/aws-sdk-js-v3#3714 printed the older `[a-z]{2}-[a-z]+-` for the region).
pub const BUS_NAME_PATTERN: &str =
    r"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[\.\-_A-Za-z0-9]+";

/// The account a delivered event carries unless told otherwise.
pub const DEFAULT_ACCOUNT: &str = "123456789012";

/// The region a delivered event carries unless told otherwise.
pub const DEFAULT_REGION: &str = "us-east-1";

/// One entry of a `PutEvents` request, in AWS's JSON shape
/// (`PutEventsRequestEntry`); every field may be missing, as in a request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Entry {
    /// When the event happened (RFC 3339); the call's time when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The event's source, e.g. `com.mycompany.orders`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// ARNs the event is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// The event's detail-type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_type: Option<String>,
    /// The event's detail: a JSON object, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The bus's name or ARN; the default bus when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_bus_name: Option<String>,
    /// An X-Ray trace header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_header: Option<String>,
}

/// The `ErrorCode` of a failed entry in AWS's response (the codes AWS's
/// `PutEventsResultEntry` documents). `Display` is the code as AWS writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// Retryable: an unknown failure on AWS's side.
    InternalFailure,
    /// Retryable: throttled.
    ThrottlingException,
    /// Not allowed to perform the action.
    AccessDeniedException,
    /// The account ID is not valid.
    InvalidAccountIdException,
    /// A parameter is not valid.
    InvalidArgument,
    /// The `Detail` is not a JSON object.
    MalformedDetail,
    /// Redacting the CloudTrail event failed.
    RedactionFailure,
    /// Not allowed to publish with this source (every `aws.` source).
    NotAuthorizedForSourceException,
    /// Not allowed to publish with this detail-type.
    NotAuthorizedForDetailTypeException,
}

impl ErrorCode {
    /// The code as AWS writes it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InternalFailure => "InternalFailure",
            ErrorCode::ThrottlingException => "ThrottlingException",
            ErrorCode::AccessDeniedException => "AccessDeniedException",
            ErrorCode::InvalidAccountIdException => "InvalidAccountIdException",
            ErrorCode::InvalidArgument => "InvalidArgument",
            ErrorCode::MalformedDetail => "MalformedDetail",
            ErrorCode::RedactionFailure => "RedactionFailure",
            ErrorCode::NotAuthorizedForSourceException => "NotAuthorizedForSourceException",
            ErrorCode::NotAuthorizedForDetailTypeException => "NotAuthorizedForDetailTypeException",
        }
    }

    /// Whether AWS documents the failure as worth retrying.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(self, ErrorCode::InternalFailure | ErrorCode::ThrottlingException)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A field of an entry. `Display` is its name in the request, e.g.
/// `DetailType` or `Resources[2]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `Time`.
    Time,
    /// `Source`.
    Source,
    /// One ARN of `Resources`, by its index from 0.
    Resources(usize),
    /// `DetailType`.
    DetailType,
    /// `Detail`.
    Detail,
    /// `EventBusName`.
    EventBusName,
    /// `TraceHeader`.
    TraceHeader,
}

impl Field {
    /// The name AWS's own messages use (`eventBusName`), in the order of
    /// AWS's model.
    const fn wire_name(self) -> &'static str {
        match self {
            Field::Time => "time",
            Field::Source => "source",
            Field::Resources(_) => "resources",
            Field::DetailType => "detailType",
            Field::Detail => "detail",
            Field::EventBusName => "eventBusName",
            Field::TraceHeader => "traceHeader",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Field::Time => f.write_str("Time"),
            Field::Source => f.write_str("Source"),
            Field::Resources(index) => write!(f, "Resources[{index}]"),
            Field::DetailType => f.write_str("DetailType"),
            Field::Detail => f.write_str("Detail"),
            Field::EventBusName => f.write_str("EventBusName"),
            Field::TraceHeader => f.write_str("TraceHeader"),
        }
    }
}

/// Why AWS fails one entry: the `ErrorCode` and `ErrorMessage` of its place
/// in the response, and the field at fault. `Display` is the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    /// AWS's code.
    pub code: ErrorCode,
    /// AWS's message (or, where AWS's is not recorded, Rulecraft's in AWS's style).
    pub message: String,
    /// The entry's field at fault.
    pub field: Field,
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EntryError {}

fn invalid(field: Field, reason: &str) -> EntryError {
    EntryError {
        code: ErrorCode::InvalidArgument,
        message: format!("Parameter {field} is not valid. Reason: {reason}"),
        field,
    }
}

/// Whether a field is missing as AWS counts it: absent, or empty.
fn missing(value: Option<&String>) -> bool {
    value.is_none_or(String::is_empty)
}

/// The first reason AWS fails this entry, or `Ok` when AWS accepts it.
///
/// The order, one check after another (only single failures are recorded,
/// so the order between them is Rulecraft's assumption):
/// 1. `Source`, then `DetailType`, then `Detail` missing or empty: AWS's
///    `InvalidArgument` messages (recorded for a missing `Source`, a missing
///    `Detail` and an empty `DetailType`; a missing `DetailType`, an empty
///    `Source` and an empty `Detail` are assumed to fail the same way);
/// 2. `DetailType` longer than 128 characters (message Rulecraft's);
/// 3. `Detail` not a JSON object: `MalformedDetail` (recorded);
/// 4. `Detail` nested deeper than 1,000 levels, or holding an integer outside
///    64 bits (messages Rulecraft's);
/// 5. a `Source` starting with `aws.`: `NotAuthorizedForSourceException`.
///
/// Problems that refuse the whole request (sizes, `EventBusName`,
/// `TraceHeader`, `Time`) are [`check_request`]'s. AWS's API reference says
/// a request in which no entry has all of `Source`, `DetailType` and
/// `Detail` "fails the entire request"; the recorded answers to such requests
/// (one entry, one field missing) are a success whose every entry failed,
/// which is what Rulecraft gives.
pub fn check_entry(entry: &Entry) -> Result<(), EntryError> {
    // All three recorded against AWS (LocalStack test_events.py,
    // test_put_events_without_source, test_put_event_without_detail_type
    // with DetailType "", test_put_event_without_detail; 2025-01-08).
    if missing(entry.source.as_ref()) {
        return Err(invalid(Field::Source, "Source is a required argument."));
    }
    if missing(entry.detail_type.as_ref()) {
        return Err(invalid(Field::DetailType, "DetailType is a required argument."));
    }
    let Some(detail) = entry.detail.as_deref().filter(|d| !d.is_empty()) else {
        return Err(invalid(Field::Detail, "Detail is a required argument."));
    };
    let detail_type = entry.detail_type.as_deref().unwrap_or_default();
    if detail_type.chars().count() > MAX_DETAIL_TYPE_CHARS {
        // The limit is AWS's (API reference); what AWS answers is not
        // recorded, so the message is Rulecraft's, in AWS's style. (A
        // Segment pull request, segmentio/action-destinations#2828, says
        // longer detail-types were "silently" dropped for partner events.)
        return Err(invalid(Field::DetailType, "DetailType is longer than 128 characters."));
    }
    check_detail(detail)?;
    let source = entry.source.as_deref().unwrap_or_default();
    if source.starts_with("aws.") {
        // AWS CLI transcripts in aws-samples/serverless-patterns#3089 (2026)
        // and others: every `aws.` source is reserved for AWS's services.
        return Err(EntryError {
            code: ErrorCode::NotAuthorizedForSourceException,
            message: "Not authorized for the source.".to_owned(),
            field: Field::Source,
        });
    }
    Ok(())
}

/// `Detail` must be a JSON object, nested at most 1,000 levels, with every
/// integer in 64 bits.
fn check_detail(detail: &str) -> Result<(), EntryError> {
    // Recorded: "NotJSON", "[]", "{{}" and "\"NotJSON\"" all give this
    // (LocalStack test_put_event_malformed_detail, 2025-01-08).
    let malformed = || EntryError {
        code: ErrorCode::MalformedDetail,
        message: "Detail is malformed.".to_owned(),
        field: Field::Detail,
    };
    let root = match json::parse(detail) {
        Ok(root) => root,
        // AWS documents the limit, not its answer: the message is Rulecraft's.
        Err(e) if matches!(e.kind, JsonErrorKind::TooDeep { .. }) => {
            return Err(invalid(Field::Detail, "Detail is nested more than 1000 levels deep."));
        }
        Err(_) => return Err(malformed()),
    };
    if !matches!(root.kind, NodeKind::Object(_)) {
        return Err(malformed());
    }
    // Walk the tree without recursion (it may be 1,000 levels deep).
    let mut stack = vec![&root];
    while let Some(node) = stack.pop() {
        match &node.kind {
            NodeKind::Number(text) if is_integer(text) && text.parse::<i64>().is_err() => {
                // AWS documents the range, not its answer: the message is Rulecraft's.
                return Err(invalid(
                    Field::Detail,
                    &format!(
                        "Detail holds the integer {text}, outside the 64-bit range ({} to {}).",
                        i64::MIN,
                        i64::MAX
                    ),
                ));
            }
            NodeKind::Array(items) => stack.extend(items.iter().rev()),
            NodeKind::Object(members) => stack.extend(members.iter().rev().map(|m| &m.value)),
            _ => {}
        }
    }
    Ok(())
}

/// A JSON number written as an integer: no fraction, no exponent.
fn is_integer(number: &str) -> bool {
    !number.contains(['.', 'e', 'E'])
}

/// The entry's size as AWS counts it against the limit (`eb-putevent-size`):
/// 14 bytes if `Time` is set, plus the UTF-8 bytes of `Source`,
/// `DetailType`, `Detail` and each of `Resources`. `EventBusName` and
/// `TraceHeader` do not count.
#[must_use]
pub fn entry_size(entry: &Entry) -> usize {
    let text = |value: &Option<String>| value.as_ref().map_or(0, String::len);
    let time = if entry.time.is_some() { TIME_BYTES } else { 0 };
    time + text(&entry.source)
        + text(&entry.detail_type)
        + text(&entry.detail)
        + entry.resources.iter().map(String::len).sum::<usize>()
}

/// One problem with a request as a whole: which entry (from 0) and field,
/// if any, and the text AWS or the AWS CLI gives for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The entry, from 0; `None` for the list itself.
    pub entry: Option<usize>,
    /// The field; `None` for the list itself.
    pub field: Option<Field>,
    /// The text, e.g. `Value '…' at 'entries.1.member.traceHeader' failed to
    /// satisfy constraint: …` or `Invalid length for parameter …`.
    pub text: String,
}

/// Why a whole request is refused. `Display` is the message as the AWS CLI
/// prints it after "An error occurred (`ValidationException`) when calling
/// the `PutEvents` operation: " (or, for [`RequestError::Parameters`], in
/// place of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// The AWS CLI (botocore) refuses the request before sending it: its
    /// own checks of the parameters ("Parameter validation failed:"). AWS
    /// never sees it.
    Parameters(Vec<Problem>),
    /// AWS refuses it with a `ValidationException` for the API's
    /// constraints: "N validation error(s) detected: …".
    Constraints(Vec<Problem>),
    /// AWS refuses it with a `ValidationException`: the entries total more
    /// than the limit.
    TooLarge {
        /// The entries' total size ([`entry_size`]).
        size: usize,
        /// The limit it is over.
        limit: usize,
    },
}

impl RequestError {
    /// The exception AWS answers with; `None` when the AWS CLI refuses the
    /// request before sending it.
    #[must_use]
    pub const fn exception(&self) -> Option<&'static str> {
        match self {
            RequestError::Parameters(_) => None,
            RequestError::Constraints(_) | RequestError::TooLarge { .. } => Some("ValidationException"),
        }
    }

    /// The problems, one per field (none for a request too large).
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        match self {
            RequestError::Parameters(problems) | RequestError::Constraints(problems) => problems,
            RequestError::TooLarge { .. } => &[],
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // botocore's ParamValidationError, as the AWS CLI prints it.
            RequestError::Parameters(problems) => {
                f.write_str("Parameter validation failed:")?;
                for problem in problems {
                    write!(f, "\n{}", problem.text)?;
                }
                Ok(())
            }
            // AWS's shape, recorded: "1 validation error detected: …" and
            // "3 validation errors detected: …; …; …" (LocalStack
            // test_events.snapshot.json, 2025-01-08).
            RequestError::Constraints(problems) => {
                let count = problems.len();
                let plural = if count == 1 { "" } else { "s" };
                write!(f, "{count} validation error{plural} detected: ")?;
                let texts: Vec<&str> = problems.iter().map(|p| p.text.as_str()).collect();
                f.write_str(&texts.join("; "))
            }
            // Recorded at the old 256 KB limit (LocalStack
            // test_put_event_with_too_big_detail, 2025-01-08).
            RequestError::TooLarge { .. } => f.write_str("Total size of the entries in the request is over the limit."),
        }
    }
}

impl std::error::Error for RequestError {}

/// Checks a request as a whole: `Ok` when AWS takes it (each entry then
/// passes or fails on its own, see [`check_entry`]).
///
/// In order: the AWS CLI's own checks (at least one entry; `EventBusName`
/// and `TraceHeader` not empty; a `Time` it can read, see [`parse_time`]),
/// then AWS's constraints (at most 10 entries; each ARN of `Resources` at
/// most 2,048 characters; `EventBusName` matching [`BUS_NAME_PATTERN`] and at
/// most 1,600 characters; `TraceHeader` at most 500), then the total
/// [`entry_size`] against `size_limit` (over it is refused; exactly at it is
/// taken, Rulecraft's reading of "over the limit").
pub fn check_request(entries: &[Entry], size_limit: usize) -> Result<(), RequestError> {
    let parameters = parameter_problems(entries);
    if !parameters.is_empty() {
        return Err(RequestError::Parameters(parameters));
    }
    let constraints = constraint_problems(entries);
    if !constraints.is_empty() {
        return Err(RequestError::Constraints(constraints));
    }
    let size = entries.iter().map(entry_size).sum();
    if size > size_limit {
        return Err(RequestError::TooLarge { size, limit: size_limit });
    }
    Ok(())
}

/// What botocore's parameter validation refuses (its messages, as the AWS CLI
/// 1.45 prints them). It checks lengths' minimums, not maximums or patterns.
fn parameter_problems(entries: &[Entry]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if entries.is_empty() {
        problems.push(Problem {
            entry: None,
            field: None,
            text: "Invalid length for parameter Entries, value: 0, valid min length: 1".to_owned(),
        });
    }
    for (index, entry) in entries.iter().enumerate() {
        if let Some(time) = &entry.time
            && parse_time(time).is_none()
        {
            problems.push(Problem {
                entry: Some(index),
                field: Some(Field::Time),
                text: format!(
                    "Invalid type for parameter Entries[{index}].Time, value: {time}, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string"
                ),
            });
        }
        for (field, value) in [(Field::EventBusName, &entry.event_bus_name), (Field::TraceHeader, &entry.trace_header)]
        {
            if value.as_ref().is_some_and(String::is_empty) {
                problems.push(Problem {
                    entry: Some(index),
                    field: Some(field),
                    text: format!(
                        "Invalid length for parameter Entries[{index}].{field}, value: 0, valid min length: 1"
                    ),
                });
            }
        }
    }
    problems
}

/// AWS's constraint messages, in the order of AWS's model. The shape
/// "Value '…' at 'entries.1.member.eventBusName' failed to satisfy
/// constraint: Member must satisfy regular expression pattern: …" is recorded
/// (aws/aws-sdk-js-v3#3714, 2022); a pattern before a length for the same
/// value is recorded for `CreateConnection`'s name; the others follow the
/// same shape (Rulecraft's rendering of it, not recorded for `PutEvents`).
fn constraint_problems(entries: &[Entry]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if entries.len() > MAX_ENTRIES {
        // Recorded (LocalStack test_put_events_exceed_limit_ten_entries,
        // 2025-01-08): AWS prints the list as Java prints it.
        let listing: Vec<String> = entries.iter().map(java_entry).collect();
        problems.push(Problem {
            entry: None,
            field: None,
            text: format!(
                "Value '[{}]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to {MAX_ENTRIES}",
                listing.join(", ")
            ),
        });
    }
    for (index, entry) in entries.iter().enumerate() {
        let at = |field: Field| match field {
            Field::Resources(k) => format!("entries.{}.member.resources.{}.member", index + 1, k + 1),
            _ => format!("entries.{}.member.{}", index + 1, field.wire_name()),
        };
        let mut problem = |field: Field, value: &str, constraint: String| {
            problems.push(Problem {
                entry: Some(index),
                field: Some(field),
                text: format!(
                    "Value '{value}' at '{}' failed to satisfy constraint: Member must {constraint}",
                    at(field)
                ),
            });
        };
        let longer = |max: usize| format!("have length less than or equal to {max}");
        for (k, resource) in entry.resources.iter().enumerate() {
            if resource.chars().count() > MAX_RESOURCE_CHARS {
                problem(Field::Resources(k), resource, longer(MAX_RESOURCE_CHARS));
            }
        }
        if let Some(bus) = entry.event_bus_name.as_deref().filter(|b| !b.is_empty()) {
            if !bus_name_matches(bus) {
                problem(Field::EventBusName, bus, format!("satisfy regular expression pattern: {BUS_NAME_PATTERN}"));
            }
            if bus.chars().count() > MAX_BUS_NAME_CHARS {
                problem(Field::EventBusName, bus, longer(MAX_BUS_NAME_CHARS));
            }
        }
        if let Some(header) = &entry.trace_header
            && header.chars().count() > MAX_TRACE_HEADER_CHARS
        {
            problem(Field::TraceHeader, header, longer(MAX_TRACE_HEADER_CHARS));
        }
    }
    problems
}

/// An entry as AWS's Java service prints it in a message, e.g.
/// `PutEventsRequestEntry(time=null, source=a, resources=null, …)`. The
/// shape with every field unset but `source`, `detailType`, `detail` and
/// `eventBusName` is recorded; a set `time` is printed as Java prints a
/// `Date` in UTC and `resources` as a Java list (both Rulecraft's guesses).
fn java_entry(entry: &Entry) -> String {
    let text = |value: &Option<String>| value.clone().unwrap_or_else(|| "null".to_owned());
    let time = entry.time.as_deref().map_or_else(
        || "null".to_owned(),
        |t| parse_time(t).map_or_else(|| t.to_owned(), |ts| ts.strftime("%a %b %d %H:%M:%S UTC %Y").to_string()),
    );
    let resources =
        if entry.resources.is_empty() { "null".to_owned() } else { format!("[{}]", entry.resources.join(", ")) };
    format!(
        "PutEventsRequestEntry(time={time}, source={}, resources={resources}, detailType={}, detail={}, eventBusName={}, traceHeader={}, kmsKeyIdentifier=null, internalMetadata=null)",
        text(&entry.source),
        text(&entry.detail_type),
        text(&entry.detail),
        text(&entry.event_bus_name),
        text(&entry.trace_header),
    )
}

/// Whether `bus` matches [`BUS_NAME_PATTERN`] as a whole.
fn bus_name_matches(bus: &str) -> bool {
    let name_ok =
        |name: &str| !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if name_ok(bus) {
        return true;
    }
    // `arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus/NAME`
    let word = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    let lower = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
    let Some(rest) = bus.strip_prefix("arn:aws") else { return false };
    let Some((partition_tail, rest)) = rest.split_once(':') else { return false };
    let Some(rest) = rest.strip_prefix("events:") else { return false };
    let Some((region, rest)) = rest.split_once(':') else { return false };
    let Some((account, rest)) = rest.split_once(':') else { return false };
    let Some(name) = rest.strip_prefix("event-bus/") else { return false };
    let region_ok = match region.splitn(3, '-').collect::<Vec<_>>().as_slice() {
        [a, b, c] => lower(a) && lower(b) && !c.is_empty() && word(c),
        _ => false,
    };
    word(partition_tail)
        && region_ok
        && account.len() == 12
        && account.bytes().all(|b| b.is_ascii_digit())
        && name_ok(name)
}

/// Reads a `Time` as the AWS CLI does before sending it (botocore, then
/// `dateutil`), to the second: a number is seconds since 1970 (`"2022"` is
/// 33 minutes past midnight on 1970-01-01, as botocore reads it); otherwise
/// a date `YYYY-MM-DD` or `MM-DD-YYYY` (`-` or `/`), optionally followed by
/// `T` or a space and `HH:MM[:SS[.fraction]]`, optionally followed by `Z`,
/// `UTC`, `GMT` or an offset (`+09:00`, `+0900`, `+09`); no offset means
/// UTC. The fraction of a second is dropped, as the AWS CLI sends whole
/// seconds. Other forms `dateutil` would also read are refused.
#[must_use]
pub fn parse_time(text: &str) -> Option<jiff::Timestamp> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<f64>() {
        if !seconds.is_finite() || seconds.abs() > 1e15 {
            return None;
        }
        // Whole seconds, towards the past, as botocore's `timetuple()` does.
        return jiff::Timestamp::from_second(seconds.floor() as i64).ok();
    }
    parse_date_time(text)
}

fn parse_date_time(text: &str) -> Option<jiff::Timestamp> {
    let (date, rest) = split_date(text)?;
    let (time, zone) = match rest.strip_prefix(['T', 't', ' ']) {
        Some(after) if after.starts_with(|c: char| c.is_ascii_digit()) => split_clock(after)?,
        _ => ((0, 0, 0), rest),
    };
    let offset = zone_offset(zone)?;
    let (hour, minute, second) = time;
    let civil = jiff::civil::DateTime::new(date.0, date.1, date.2, hour, minute, second, 0).ok()?;
    offset.to_timestamp(civil).ok()
}

/// `YYYY-MM-DD` or `MM-DD-YYYY` at the start of `text`, and what follows.
fn split_date(text: &str) -> Option<((i16, i8, i8), &str)> {
    let digits = |s: &str, n: usize| s.get(..n).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?.parse::<i16>().ok();
    let separator = |s: &str, at: usize| matches!(s.as_bytes().get(at), Some(b'-' | b'/'));
    if let (Some(year), true, Some(month), true, Some(day)) = (
        digits(text, 4),
        separator(text, 4),
        digits(text.get(5..)?, 2),
        separator(text, 7),
        text.get(8..).and_then(|s| digits(s, 2)),
    ) {
        return Some(((year, i8::try_from(month).ok()?, i8::try_from(day).ok()?), text.get(10..)?));
    }
    // Month first, as dateutil reads `01-02-2022` (2 January).
    let month = digits(text, 2)?;
    let day = separator(text, 2).then(|| text.get(3..).and_then(|s| digits(s, 2))).flatten()?;
    let year = separator(text, 5).then(|| text.get(6..).and_then(|s| digits(s, 4))).flatten()?;
    Some(((year, i8::try_from(month).ok()?, i8::try_from(day).ok()?), text.get(10..)?))
}

/// `HH:MM[:SS[.fraction]]` at the start of `text`, and what follows.
fn split_clock(text: &str) -> Option<((i8, i8, i8), &str)> {
    let two = |s: &str| s.get(..2).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?.parse::<i8>().ok();
    let hour = two(text)?;
    if text.as_bytes().get(2) != Some(&b':') {
        return None;
    }
    let minute = two(text.get(3..)?)?;
    let mut rest = text.get(5..)?;
    let mut second = 0;
    if let Some(after) = rest.strip_prefix(':') {
        second = two(after)?;
        rest = after.get(2..)?;
        if let Some(fraction) = rest.strip_prefix(['.', ',']) {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = fraction.get(digits..)?;
        }
    }
    Some(((hour, minute, second), rest))
}

/// The offset a time's tail names: nothing, `Z`, `UTC`, `GMT`, `+HH:MM`,
/// `+HHMM` or `+HH` (a space before it allowed).
fn zone_offset(zone: &str) -> Option<jiff::tz::Offset> {
    let zone = zone.trim_start();
    if zone.is_empty() || ["Z", "z", "UTC", "GMT"].contains(&zone) {
        return Some(jiff::tz::Offset::UTC);
    }
    let (sign, digits) = match zone.as_bytes().first()? {
        b'+' => (1, &zone[1..]),
        b'-' => (-1, &zone[1..]),
        _ => return None,
    };
    let digits: String = match digits.len() {
        2 | 4 => digits.to_owned(),
        5 if digits.as_bytes()[2] == b':' => digits.replacen(':', "", 1),
        _ => return None,
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = if digits.len() == 4 { digits[2..].parse().ok()? } else { 0 };
    if minutes > 59 {
        return None;
    }
    jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()
}

/// `time` as a delivered event writes it: UTC, whole seconds,
/// `2026-01-01T00:00:00Z` (recorded: an entry's `Time` of `2022-01-01`
/// arrives as `2022-01-01T00:00:00Z`, LocalStack `test_put_events_time`).
#[must_use]
pub fn event_time(time: jiff::Timestamp) -> String {
    time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Which bus an entry goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bus<'a> {
    /// The account's default bus (no `EventBusName`, or `default`).
    Default,
    /// A bus by name.
    Named(&'a str),
    /// A bus by ARN.
    Arn {
        /// The bus's name.
        name: &'a str,
        /// The account in the ARN.
        account: &'a str,
        /// The region in the ARN.
        region: &'a str,
    },
}

/// Which bus the entry goes to. An ARN that does not read as one counts as
/// a name (AWS refuses it anyway, see [`check_request`]).
#[must_use]
pub fn bus(entry: &Entry) -> Bus<'_> {
    let Some(name) = entry.event_bus_name.as_deref().filter(|n| !n.is_empty()) else { return Bus::Default };
    if name == "default" {
        return Bus::Default;
    }
    let parts: Vec<&str> = name.splitn(6, ':').collect();
    if let &["arn", _, "events", region, account, resource] = parts.as_slice()
        && let Some(bus_name) = resource.strip_prefix("event-bus/")
    {
        return Bus::Arn { name: bus_name, account, region };
    }
    Bus::Named(name)
}

/// A note for the caller to show when the entry goes to a bus other than the
/// default one by name, or to any bus by ARN: EventBridge accepts events for
/// a bus that does not exist, answers with an `EventId`, and drops them
/// (recorded: LocalStack `test_put_events_nonexistent_event_bus`,
/// 2025-01-08). Rulecraft cannot know which buses exist, so this is a note,
/// not an error.
#[must_use]
pub fn bus_note(entry: &Entry) -> Option<String> {
    const DROPS: &str =
        "EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId)";
    match bus(entry) {
        Bus::Default => None,
        Bus::Named(name) => Some(format!("it goes to the bus \"{name}\": {DROPS}; check the name")),
        Bus::Arn { name, account, region } => Some(format!(
            "it goes to the bus \"{name}\" of account {account} in {region} (by ARN): {DROPS}; check the ARN"
        )),
    }
}

/// What a delivered event carries besides the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryContext {
    /// The sending account (default [`DEFAULT_ACCOUNT`]).
    pub account: String,
    /// The region (default [`DEFAULT_REGION`]).
    pub region: String,
    /// The time of the call, for entries without a `Time`.
    pub now: jiff::Timestamp,
    /// The event's id; `None` makes a new one ([`new_event_id`]).
    pub id: Option<String>,
}

impl Default for DeliveryContext {
    fn default() -> Self {
        Self {
            account: DEFAULT_ACCOUNT.to_owned(),
            region: DEFAULT_REGION.to_owned(),
            now: jiff::Timestamp::now(),
            id: None,
        }
    }
}

/// The event the bus delivers for an entry that passes [`check_entry`] (and
/// whose request passes [`check_request`]), as JSON text on one line: keys
/// in AWS's order, `version` `"0"`, `id`, `detail-type`, `source`,
/// `account`, `time` ([`event_time`] of the entry's `Time`, else the
/// context's `now`), `region`, `resources` (empty when there are none, as
/// recorded), `detail`. Events AWS delivers are compact JSON, so `detail` is
/// the entry's object without white space, its keys in the order sent and its
/// numbers as written. The bus (name or ARN) does not change the event.
#[must_use]
pub fn deliver(entry: &Entry, context: &DeliveryContext) -> String {
    let quote = json::write::quote;
    let id = context.id.clone().unwrap_or_else(new_event_id);
    let time = entry.time.as_deref().and_then(parse_time).unwrap_or(context.now);
    let detail = entry
        .detail
        .as_deref()
        .and_then(|d| json::parse(d).ok())
        .map_or_else(|| "{}".to_owned(), |node| json::write::compact(&node));
    let resources: Vec<String> = entry.resources.iter().map(|r| quote(r)).collect();
    format!(
        "{{\"version\":\"0\",\"id\":{},\"detail-type\":{},\"source\":{},\"account\":{},\"time\":{},\"region\":{},\"resources\":[{}],\"detail\":{detail}}}",
        quote(&id),
        quote(entry.detail_type.as_deref().unwrap_or_default()),
        quote(entry.source.as_deref().unwrap_or_default()),
        quote(&context.account),
        quote(&event_time(time)),
        quote(&context.region),
        resources.join(","),
    )
}

/// A new event id: 32 random hexadecimal digits in the 8-4-4-4-12 form of a
/// UUID. AWS's ids have that form but no version digit (e.g.
/// `17793124-05d4-b198-2fde-7ededc63b103`), so neither do these. The
/// randomness is the standard library's per-process hash keys mixed with the
/// clock and a counter: unique, not secret.
#[must_use]
pub fn new_event_id() -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let mut hasher = std::hash::RandomState::new().build_hasher();
    hasher.write_u64(count);
    hasher.write_u64(nanos);
    let high = splitmix64(hasher.finish());
    let low = splitmix64(high ^ nanos.rotate_left(32) ^ count);
    let hex = format!("{high:016x}{low:016x}");
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// One step of `SplitMix64`: spreads a seed's bits over the whole word.
const fn splitmix64(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// An entry AWS took: its `EventId` and the event the bus delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The `EventId` of the response, which is also the event's `id`
    /// (recorded: LocalStack `test_put_events_nonexistent_event_bus`).
    pub event_id: String,
    /// The delivered event ([`deliver`]).
    pub event: String,
}

/// AWS's answer to a request it takes: each entry in request order, taken
/// or failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// One result per entry, in the request's order.
    pub entries: Vec<Result<Accepted, EntryError>>,
}

impl Response {
    /// `FailedEntryCount`.
    #[must_use]
    pub fn failed_entry_count(&self) -> usize {
        self.entries.iter().filter(|e| e.is_err()).count()
    }

    /// The response as the AWS CLI prints it: `FailedEntryCount`, then
    /// `Entries` (each `{"EventId": …}` or `{"ErrorCode": …, "ErrorMessage":
    /// …}`), indented by four spaces (Python's `json.dumps(indent=4)`, non-ASCII
    /// kept), with a final line break.
    #[must_use]
    pub fn to_aws_cli_json(&self) -> String {
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Wire<'a> {
            failed_entry_count: usize,
            entries: Vec<WireEntry<'a>>,
        }
        #[derive(Serialize)]
        #[serde(untagged)]
        enum WireEntry<'a> {
            Taken {
                #[serde(rename = "EventId")]
                event_id: &'a str,
            },
            Failed {
                #[serde(rename = "ErrorCode")]
                code: &'static str,
                #[serde(rename = "ErrorMessage")]
                message: &'a str,
            },
        }
        let wire = Wire {
            failed_entry_count: self.failed_entry_count(),
            entries: self
                .entries
                .iter()
                .map(|entry| match entry {
                    Ok(taken) => WireEntry::Taken { event_id: &taken.event_id },
                    Err(error) => WireEntry::Failed { code: error.code.as_str(), message: &error.message },
                })
                .collect(),
        };
        let mut bytes = Vec::new();
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
        let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
        if wire.serialize(&mut serializer).is_err() {
            return String::new();
        }
        let mut text = String::from_utf8(bytes).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Sends a request as `PutEvents` would take it: the request's refusal, or
/// each entry's result, with a new id from `next_id` for each entry taken
/// (the context's own `id` is not used).
pub fn put_events(
    entries: &[Entry],
    size_limit: usize,
    context: &DeliveryContext,
    next_id: &mut dyn FnMut() -> String,
) -> Result<Response, RequestError> {
    check_request(entries, size_limit)?;
    let results: Vec<Result<Accepted, EntryError>> = entries
        .iter()
        .map(|entry| {
            check_entry(entry)?;
            let event_id = next_id();
            let context = DeliveryContext { id: Some(event_id.clone()), ..context.clone() };
            Ok(Accepted { event: deliver(entry, &context), event_id })
        })
        .collect();
    Ok(Response { entries: results })
}

/// A request's entries, read from JSON text in the AWS CLI's shape.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// The entries, in order.
    pub entries: Vec<Entry>,
}

/// The entry fields, in AWS's order.
const ENTRY_FIELDS: [&str; 7] = ["Time", "Source", "Resources", "DetailType", "Detail", "EventBusName", "TraceHeader"];

/// Why the entries' JSON cannot be read. `Display` names the problem and the
/// place; the unknown-field and wrong-type messages follow the AWS CLI's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all.
    NotJson {
        /// The parser's words, with line and column.
        reason: String,
    },
    /// JSON, but neither a list of entries nor `{"Entries": [...]}`.
    NotAList {
        /// What it is instead ("a string", "an object without Entries").
        found: &'static str,
    },
    /// A top-level key other than `Entries` and `EndpointId`.
    UnknownParameter {
        /// The key.
        name: String,
    },
    /// A list item that is not an object.
    NotAnEntry {
        /// The entry, from 0.
        index: usize,
        /// What it is instead.
        found: &'static str,
    },
    /// An entry field AWS does not know.
    UnknownField {
        /// The entry, from 0.
        index: usize,
        /// The field as written.
        name: String,
        /// The known field it is probably meant to be.
        suggestion: Option<&'static str>,
    },
    /// A field of the wrong JSON type.
    WrongType {
        /// The entry, from 0.
        index: usize,
        /// The field, e.g. `Detail` or `Resources[1]`.
        field: String,
        /// What it is.
        found: &'static str,
        /// What it must be.
        expected: &'static str,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotJson { reason } => write!(f, "it is not JSON ({reason}); give a JSON list of entries"),
            ReadError::NotAList { found } => write!(
                f,
                "give a JSON list of entries ([{{\"Source\": ..., \"DetailType\": ..., \"Detail\": ...}}]) or {{\"Entries\": [...]}}, not {found}"
            ),
            ReadError::UnknownParameter { name } => {
                write!(f, "Unknown parameter in input: \"{name}\", must be one of: Entries, EndpointId")
            }
            ReadError::NotAnEntry { index, found } => {
                write!(f, "Entries[{index}] is {found}; each entry is a JSON object")
            }
            ReadError::UnknownField { index, name, suggestion } => {
                write!(
                    f,
                    "Unknown parameter in Entries[{index}]: \"{name}\", must be one of: {}",
                    ENTRY_FIELDS.join(", ")
                )?;
                match suggestion {
                    Some(known) => write!(f, " (did you mean \"{known}\"?)"),
                    None => Ok(()),
                }
            }
            ReadError::WrongType { index, field, found, expected } => {
                write!(f, "Entries[{index}].{field} is {found}, but must be {expected}")?;
                if field == "Detail" && *found == "an object" {
                    f.write_str(" (Detail is a JSON object written as a string, e.g. \"{\\\"id\\\": 1}\")")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// A JSON value's kind, for messages.
fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}

impl Request {
    /// Reads the entries as `aws events put-events --entries` takes them: a
    /// JSON list of entries, or `{"Entries": [...]}` as `--cli-input-json`
    /// takes them (an `EndpointId` there is allowed and ignored). `Time` may
    /// be a string or a number of seconds, as for the AWS CLI.
    pub fn from_json(text: &str) -> Result<Self, ReadError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ReadError::NotJson { reason: e.to_string() })?;
        let list = match value {
            serde_json::Value::Array(list) => list,
            serde_json::Value::Object(mut map) => {
                if let Some(name) = map.keys().find(|k| *k != "Entries" && *k != "EndpointId") {
                    return Err(ReadError::UnknownParameter { name: name.clone() });
                }
                match map.remove("Entries") {
                    Some(serde_json::Value::Array(list)) => list,
                    Some(other) => return Err(ReadError::NotAList { found: kind_of(&other) }),
                    None => return Err(ReadError::NotAList { found: "an object without Entries" }),
                }
            }
            other => return Err(ReadError::NotAList { found: kind_of(&other) }),
        };
        let entries = list.iter().enumerate().map(|(index, item)| read_entry(index, item)).collect::<Result<_, _>>()?;
        Ok(Self { entries })
    }
}

fn read_entry(index: usize, item: &serde_json::Value) -> Result<Entry, ReadError> {
    let serde_json::Value::Object(map) = item else {
        return Err(ReadError::NotAnEntry { index, found: kind_of(item) });
    };
    let mut entry = Entry::default();
    for (name, value) in map {
        let wrong = |field: &str, expected| ReadError::WrongType {
            index,
            field: field.to_owned(),
            found: kind_of(value),
            expected,
        };
        let string = || value.as_str().map(str::to_owned).ok_or_else(|| wrong(name, "a string"));
        match name.as_str() {
            "Time" => {
                entry.time = Some(match value {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Number(n) => n.to_string(),
                    _ => return Err(wrong(name, "a string or a number of seconds")),
                });
            }
            "Source" => entry.source = Some(string()?),
            "DetailType" => entry.detail_type = Some(string()?),
            "Detail" => entry.detail = Some(string()?),
            "EventBusName" => entry.event_bus_name = Some(string()?),
            "TraceHeader" => entry.trace_header = Some(string()?),
            "Resources" => {
                let serde_json::Value::Array(items) = value else { return Err(wrong(name, "a list of ARNs")) };
                for (k, item) in items.iter().enumerate() {
                    match item.as_str() {
                        Some(arn) => entry.resources.push(arn.to_owned()),
                        None => {
                            return Err(ReadError::WrongType {
                                index,
                                field: format!("Resources[{k}]"),
                                found: kind_of(item),
                                expected: "a string",
                            });
                        }
                    }
                }
            }
            _ => {
                return Err(ReadError::UnknownField { index, name: name.clone(), suggestion: suggest(name) });
            }
        }
    }
    Ok(entry)
}

/// The known field an unknown one is probably meant to be: the same but for
/// case, or within two edits.
fn suggest(name: &str) -> Option<&'static str> {
    ENTRY_FIELDS
        .iter()
        .find(|known| known.eq_ignore_ascii_case(name))
        .or_else(|| {
            ENTRY_FIELDS
                .iter()
                .map(|known| (strsim::levenshtein(&known.to_ascii_lowercase(), &name.to_ascii_lowercase()), known))
                .filter(|(distance, _)| *distance <= 2)
                .min_by_key(|(distance, _)| *distance)
                .map(|(_, known)| known)
        })
        .copied()
}

#[cfg(test)]
mod tests {
    //! Every `PutEvents` behaviour `notes/aws-facts.md` §5 records, and each check.
    use super::*;

    /// The recorded tests' source and detail-type (LocalStack `test_events.py`).
    const NAME: &str = "core.update-account-command";
    /// `json.dumps(TEST_EVENT_DETAIL)` in the recorded tests.
    const DETAIL: &str = r#"{"command": "update-account", "payload": {"acc_id": "0a787ecb-4015", "sf_id": "baz"}}"#;

    fn entry(source: Option<&str>, detail_type: Option<&str>, detail: Option<&str>) -> Entry {
        Entry {
            source: source.map(str::to_owned),
            detail_type: detail_type.map(str::to_owned),
            detail: detail.map(str::to_owned),
            ..Entry::default()
        }
    }

    fn good() -> Entry {
        entry(Some(NAME), Some(NAME), Some(DETAIL))
    }

    fn failure(entry: &Entry) -> (ErrorCode, String, Field) {
        match check_entry(entry) {
            Err(e) => (e.code, e.message, e.field),
            Ok(()) => panic!("{entry:?} passes"),
        }
    }

    fn at(second: i64) -> jiff::Timestamp {
        jiff::Timestamp::from_second(second).unwrap_or_else(|e| panic!("{e}"))
    }

    fn context(id: &str) -> DeliveryContext {
        DeliveryContext {
            account: "111111111111".into(),
            region: "us-east-1".into(),
            now: at(1_767_225_600),
            id: Some(id.into()),
        }
    }

    // Recorded: test_put_events_without_source.
    #[test]
    fn a_missing_source_fails_the_entry() {
        let (code, message, field) = failure(&entry(None, Some(NAME), Some(DETAIL)));
        assert_eq!(code, ErrorCode::InvalidArgument);
        assert_eq!(code.to_string(), "InvalidArgument");
        assert_eq!(message, "Parameter Source is not valid. Reason: Source is a required argument.");
        assert_eq!(field, Field::Source);
    }

    // Recorded: test_put_event_without_detail_type (DetailType "").
    #[test]
    fn an_empty_or_missing_detail_type_fails_the_entry() {
        for detail_type in [Some(""), None] {
            let (code, message, field) = failure(&entry(Some("some.source"), detail_type, Some(DETAIL)));
            assert_eq!(code, ErrorCode::InvalidArgument);
            assert_eq!(message, "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
            assert_eq!(field, Field::DetailType);
        }
    }

    // Recorded: test_put_event_without_detail.
    #[test]
    fn a_missing_detail_fails_the_entry() {
        let (code, message, field) = failure(&entry(Some(NAME), Some(NAME), None));
        assert_eq!(code, ErrorCode::InvalidArgument);
        assert_eq!(message, "Parameter Detail is not valid. Reason: Detail is a required argument.");
        assert_eq!(field, Field::Detail);
    }

    // The recorded single-entry requests above: the request is taken and every entry fails.
    #[test]
    fn a_request_whose_every_entry_misses_a_field_is_taken_with_every_entry_failed() {
        let entries = [entry(None, Some(NAME), Some(DETAIL)), entry(Some(NAME), Some(NAME), None), Entry::default()];
        let Ok(response) = put_events(&entries, DEFAULT_SIZE_LIMIT, &context("x"), &mut new_event_id) else {
            panic!("refused")
        };
        assert_eq!(response.failed_entry_count(), 3);
    }

    #[test]
    fn required_fields_are_checked_source_first() {
        assert_eq!(failure(&Entry::default()).2, Field::Source);
        assert_eq!(failure(&entry(Some("a"), None, None)).2, Field::DetailType);
        assert_eq!(failure(&entry(Some(""), Some("b"), Some("{}"))).2, Field::Source);
        assert_eq!(failure(&entry(Some("a"), Some("b"), Some(""))).2, Field::Detail);
    }

    // Recorded: test_put_event_malformed_detail [STRING, ARRAY, MALFORMED_JSON, SERIALIZED_STRING].
    #[test]
    fn a_detail_that_is_not_a_json_object_is_malformed() {
        for detail in ["NotJSON", "[]", "{{}", "\"NotJSON\"", "null", "42", "{} x"] {
            let (code, message, field) = failure(&entry(Some(NAME), Some(NAME), Some(detail)));
            assert_eq!(
                (code, message.as_str(), field),
                (ErrorCode::MalformedDetail, "Detail is malformed.", Field::Detail)
            );
            assert_eq!(code.to_string(), "MalformedDetail");
        }
        assert_eq!(check_entry(&entry(Some("a"), Some("b"), Some(" {} "))), Ok(()));
    }

    // aws-samples/serverless-patterns#3089 (AWS CLI transcript, 2026).
    #[test]
    fn an_aws_source_is_not_authorized() {
        let (code, message, field) = failure(&entry(Some("aws.aidevops"), Some("Investigation Timed Out"), Some("{}")));
        assert_eq!(code, ErrorCode::NotAuthorizedForSourceException);
        assert_eq!(code.to_string(), "NotAuthorizedForSourceException");
        assert_eq!(message, "Not authorized for the source.");
        assert_eq!(field, Field::Source);
        // Only the `aws.` prefix is reserved.
        assert_eq!(check_entry(&entry(Some("awsome.app"), Some("b"), Some("{}"))), Ok(()));
    }

    #[test]
    fn a_detail_type_over_128_characters_fails() {
        let long = "é".repeat(129);
        let (code, message, field) = failure(&entry(Some("a"), Some(&long), Some("{}")));
        assert_eq!(code, ErrorCode::InvalidArgument);
        assert_eq!(message, "Parameter DetailType is not valid. Reason: DetailType is longer than 128 characters.");
        assert_eq!(field, Field::DetailType);
        assert_eq!(check_entry(&entry(Some("a"), Some(&"é".repeat(128)), Some("{}"))), Ok(()));
    }

    #[test]
    fn detail_nesting_is_limited_to_1000_levels() {
        let deep = |levels: usize| format!("{}1{}", "{\"a\":".repeat(levels), "}".repeat(levels));
        assert_eq!(check_entry(&entry(Some("a"), Some("b"), Some(&deep(1000)))), Ok(()));
        let (code, message, field) = failure(&entry(Some("a"), Some("b"), Some(&deep(1001))));
        assert_eq!(code, ErrorCode::InvalidArgument);
        assert_eq!(message, "Parameter Detail is not valid. Reason: Detail is nested more than 1000 levels deep.");
        assert_eq!(field, Field::Detail);
    }

    #[test]
    fn detail_integers_must_fit_in_64_bits() {
        let ok = r#"{"max": 9223372036854775807, "min": -9223372036854775808, "big float": 1e300, "f": 92233720368547758080.5}"#;
        assert_eq!(check_entry(&entry(Some("a"), Some("b"), Some(ok))), Ok(()));
        for (detail, integer) in [
            (r#"{"n": 9223372036854775808}"#, "9223372036854775808"),
            (r#"{"a": [{"n": -9223372036854775809}]}"#, "-9223372036854775809"),
        ] {
            let (code, message, _) = failure(&entry(Some("a"), Some("b"), Some(detail)));
            assert_eq!(code, ErrorCode::InvalidArgument);
            assert_eq!(
                message,
                format!(
                    "Parameter Detail is not valid. Reason: Detail holds the integer {integer}, outside the 64-bit range (-9223372036854775808 to 9223372036854775807)."
                )
            );
        }
    }

    // Recorded: test_put_event_with_too_big_detail (ValidationException at 256 KB).
    #[test]
    fn a_request_over_the_size_limit_is_refused() {
        let payload = format!(r#"{{"payload": ["{}"]}}"#, "p".repeat(256 * 1024 - 17));
        let big = entry(Some(NAME), Some(NAME), Some(&payload));
        let Err(error) = check_request(std::slice::from_ref(&big), OLD_SIZE_LIMIT) else { panic!("taken") };
        assert_eq!(error.exception(), Some("ValidationException"));
        assert_eq!(error.to_string(), "Total size of the entries in the request is over the limit.");
        assert_eq!(error, RequestError::TooLarge { size: 262_144 + 2 * NAME.len(), limit: OLD_SIZE_LIMIT });
        // Under today's 1 MB limit the same entry is taken.
        assert_eq!(check_request(std::slice::from_ref(&big), DEFAULT_SIZE_LIMIT), Ok(()));
        assert_eq!(DEFAULT_SIZE_LIMIT, 1024 * 1024);
        assert_eq!(OLD_SIZE_LIMIT, 256 * 1024);
    }

    #[test]
    fn the_limit_counts_the_whole_request_and_exactly_at_it_is_taken() {
        let half = entry(Some("s"), Some("d"), Some(&format!(r#"{{"p":"{}"}}"#, "x".repeat(100))));
        let size = entry_size(&half);
        assert_eq!(check_request(&[half.clone(), half.clone()], 2 * size), Ok(()));
        assert!(matches!(check_request(&[half.clone(), half], 2 * size - 1), Err(RequestError::TooLarge { .. })));
    }

    // eb-putevent-size.
    #[test]
    fn the_entry_size_is_time_plus_utf8_bytes() {
        let mut e = entry(Some("é"), Some("ab"), Some("{}"));
        assert_eq!(entry_size(&e), 2 + 2 + 2);
        e.time = Some("2022-01-01T00:00:00.123456+09:00".into());
        e.resources = vec!["arn:1".into(), "ü".into()];
        e.event_bus_name = Some("not counted".into());
        e.trace_header = Some("not counted".into());
        assert_eq!(entry_size(&e), 6 + 14 + 5 + 2);
        assert_eq!(entry_size(&Entry::default()), 0);
    }

    /// One entry of the recorded 11-entry request, as AWS printed it (with
    /// `EventBusName` "default").
    const RECORDED_ENTRY: &str = r#"PutEventsRequestEntry(time=null, source=core.update-account-command, resources=null, detailType=core.update-account-command, detail={"command": "update-account", "payload": {"acc_id": "0a787ecb-4015", "sf_id": "baz"}}, eventBusName=default, traceHeader=null, kmsKeyIdentifier=null, internalMetadata=null)"#;

    // Recorded: test_put_events_exceed_limit_ten_entries[default].
    #[test]
    fn eleven_entries_are_refused_with_aws_listing_of_them() {
        let one = Entry { event_bus_name: Some("default".into()), ..good() };
        let Err(error) = check_request(&vec![one.clone(); 11], DEFAULT_SIZE_LIMIT) else { panic!("taken") };
        let expected = format!(
            "1 validation error detected: Value '[{}]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10",
            [RECORDED_ENTRY; 11].join(", ")
        );
        assert_eq!(error.to_string(), expected);
        assert_eq!(error.exception(), Some("ValidationException"));
        assert_eq!(check_request(&vec![one; 10], DEFAULT_SIZE_LIMIT), Ok(()));
    }

    // aws/aws-sdk-js-v3#3714: a partner bus's ARN, refused by the pattern.
    #[test]
    fn a_bus_name_outside_the_pattern_is_refused() {
        let arn = "arn:aws:events:us-east-1:123456789012:event-bus/aws.partner/shopify.com/1/shopify-events-dev";
        let sent = Entry { event_bus_name: Some(arn.into()), ..good() };
        let Err(error) = check_request(&[good(), sent], DEFAULT_SIZE_LIMIT) else { panic!("taken") };
        assert_eq!(
            error.to_string(),
            format!(
                "1 validation error detected: Value '{arn}' at 'entries.2.member.eventBusName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:aws[\\w-]*:events:[a-z]+-[a-z]+-[\\w-]+:[0-9]{{12}}:event-bus\\/)?[\\.\\-_A-Za-z0-9]+"
            )
        );
        assert_eq!(error.problems()[0].entry, Some(1));
        assert_eq!(error.problems()[0].field, Some(Field::EventBusName));
    }

    #[test]
    fn bus_names_and_arns_follow_the_pattern() {
        for good in [
            "orders",
            "my.bus-name_2",
            "default",
            "arn:aws:events:us-east-1:123456789012:event-bus/orders",
            "arn:aws-us-gov:events:us-gov-west-1:123456789012:event-bus/default",
            "arn:aws-cn:events:cn-north-1:123456789012:event-bus/x",
        ] {
            assert!(bus_name_matches(good), "{good}");
        }
        for bad in [
            "aws.partner/x/y",
            "my bus",
            "arn:aws:events:us-east-1:12345678901:event-bus/orders",
            "arn:aws:events:useast1:123456789012:event-bus/orders",
            "arn:aws:sqs:us-east-1:123456789012:event-bus/orders",
            "arn:aws:events:us-east-1:123456789012:rule/orders",
            "arn:aws:events:us-east-1:123456789012:event-bus/",
            "",
        ] {
            assert!(!bus_name_matches(bad), "{bad}");
        }
    }

    #[test]
    fn lengths_over_the_model_maxima_are_refused_pattern_before_length() {
        let long_bus = "b".repeat(1601);
        let e = Entry {
            resources: vec!["r".into(), "a".repeat(2049)],
            event_bus_name: Some(format!("{long_bus} ")),
            trace_header: Some("t".repeat(501)),
            ..good()
        };
        let Err(error) = check_request(&[e], DEFAULT_SIZE_LIMIT) else { panic!("taken") };
        let texts: Vec<(Option<Field>, &str)> =
            error.problems().iter().map(|p| (p.field, p.text.split(" failed").next().unwrap_or_default())).collect();
        assert_eq!(error.problems().len(), 4);
        assert!(error.to_string().starts_with("4 validation errors detected: Value 'aaa"));
        assert_eq!(texts[0].0, Some(Field::Resources(1)));
        assert!(texts[0].1.ends_with("' at 'entries.1.member.resources.2.member'"));
        assert!(error.problems()[1].text.contains("Member must satisfy regular expression pattern"));
        assert!(error.problems()[2].text.ends_with("at 'entries.1.member.eventBusName' failed to satisfy constraint: Member must have length less than or equal to 1600"));
        assert!(error.problems()[3].text.ends_with("at 'entries.1.member.traceHeader' failed to satisfy constraint: Member must have length less than or equal to 500"));
        let fits = Entry {
            resources: vec!["a".repeat(2048)],
            event_bus_name: Some("b".repeat(1600)),
            trace_header: Some("t".repeat(500)),
            ..good()
        };
        assert_eq!(check_request(&[fits], DEFAULT_SIZE_LIMIT), Ok(()));
    }

    // botocore's own checks, as the AWS CLI 1.45 prints them.
    #[test]
    fn the_aws_cli_refuses_some_entries_before_sending() {
        let Err(empty) = check_request(&[], DEFAULT_SIZE_LIMIT) else { panic!("taken") };
        assert_eq!(empty.exception(), None);
        assert_eq!(
            empty.to_string(),
            "Parameter validation failed:\nInvalid length for parameter Entries, value: 0, valid min length: 1"
        );
        let e = Entry {
            event_bus_name: Some(String::new()),
            trace_header: Some(String::new()),
            time: Some("yesterday".into()),
            ..good()
        };
        let Err(error) = check_request(&[good(), e], DEFAULT_SIZE_LIMIT) else { panic!("taken") };
        assert_eq!(
            error.to_string(),
            "Parameter validation failed:\n\
             Invalid type for parameter Entries[1].Time, value: yesterday, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string\n\
             Invalid length for parameter Entries[1].EventBusName, value: 0, valid min length: 1\n\
             Invalid length for parameter Entries[1].TraceHeader, value: 0, valid min length: 1"
        );
        assert_eq!(error.problems()[0].field, Some(Field::Time));
    }

    // Recorded: test_put_events_time; the AWS CLI 1.45 sends these as the same second.
    #[test]
    fn times_are_read_as_the_aws_cli_reads_them() {
        let new_year = at(1_640_995_200);
        for text in [
            "2022-01-01",
            "01-01-2022T00:00:00Z",
            "2022-01-01 00:00:00Z",
            "2022-01-01T00:00:00.999Z",
            "2022-01-01T09:00:00+09:00",
            "2022-01-01T09:00:00+0900",
            "2021-12-31T19:00:00-05",
            "2022-01-01T00:00:00 UTC",
            "2022/01/01 00:00",
            "1640995200",
            "1640995200.7",
        ] {
            assert_eq!(parse_time(text), Some(new_year), "{text}");
        }
        assert_eq!(parse_time("2022"), Some(at(2022)));
        assert_eq!(parse_time("03-04-2022"), Some(at(1_646_352_000)));
        for bad in
            ["yesterday", "2022-13-01", "2022-02-30", "2022-01-01T25:00:00", "2022-01-01T00:00:00 PST", "", "NaN"]
        {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_delivered_event_has_aws_keys_in_aws_order() {
        let e = Entry {
            resources: vec!["arn:aws:s3:::b".into()],
            detail: Some("{ \"z\": 1.50,\n \"a\": [true, null, \"é\"] }".into()),
            ..good()
        };
        assert_eq!(
            deliver(&e, &context("e-1")),
            r#"{"version":"0","id":"e-1","detail-type":"core.update-account-command","source":"core.update-account-command","account":"111111111111","time":"2026-01-01T00:00:00Z","region":"us-east-1","resources":["arn:aws:s3:::b"],"detail":{"z":1.50,"a":[true,null,"é"]}}"#
        );
    }

    // Recorded: test_put_events_time, test_put_events_with_time_field.
    #[test]
    fn the_delivered_time_is_the_entrys_in_utc_to_the_second() {
        for text in ["2022-01-01", "01-01-2022T00:00:00Z", "2022-01-01 00:00:00Z", "2022-01-01T09:00:00.123456+09:00"] {
            let e = Entry { time: Some(text.into()), ..good() };
            assert!(deliver(&e, &context("x")).contains(r#""time":"2022-01-01T00:00:00Z""#), "{text}");
        }
        assert_eq!(event_time(at(1_767_225_600)), "2026-01-01T00:00:00Z");
    }

    // Recorded: the delivered events carry "resources": [] when none are sent.
    #[test]
    fn no_resources_deliver_an_empty_list_and_the_bus_does_not_change_the_event() {
        let plain = deliver(&good(), &context("x"));
        assert!(plain.contains(r#""resources":[]"#));
        let by_arn =
            Entry { event_bus_name: Some("arn:aws:events:eu-west-1:210987654321:event-bus/orders".into()), ..good() };
        assert_eq!(deliver(&by_arn, &context("x")), plain);
    }

    // Recorded: test_put_events_nonexistent_event_bus (the EventId is the event's id).
    #[test]
    fn a_bus_that_may_not_exist_is_taken_with_a_note() {
        let default = good();
        let other = Entry { event_bus_name: Some("event-bus-123".into()), ..good() };
        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("uuid-{n}")
        };
        let Ok(response) =
            put_events(&[default.clone(), other.clone()], DEFAULT_SIZE_LIMIT, &context("unused"), &mut ids)
        else {
            panic!("refused")
        };
        assert_eq!(response.failed_entry_count(), 0);
        let Ok(second) = &response.entries[1] else { panic!("failed") };
        assert_eq!(second.event_id, "uuid-2");
        assert!(second.event.contains(r#""id":"uuid-2""#));
        assert_eq!(bus_note(&default), None);
        assert_eq!(bus_note(&Entry { event_bus_name: Some("default".into()), ..good() }), None);
        assert_eq!(
            bus_note(&other).as_deref(),
            Some(
                "it goes to the bus \"event-bus-123\": EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId); check the name"
            )
        );
        let arn =
            Entry { event_bus_name: Some("arn:aws:events:eu-west-1:210987654321:event-bus/default".into()), ..good() };
        assert_eq!(bus(&arn), Bus::Arn { name: "default", account: "210987654321", region: "eu-west-1" });
        assert!(bus_note(&arn).is_some_and(|n| {
            n.starts_with("it goes to the bus \"default\" of account 210987654321 in eu-west-1 (by ARN)")
        }));
    }

    #[test]
    fn the_response_prints_as_the_aws_cli_prints_it() {
        let mut ids = || "11710aed-b79e-4468-a20b-bb3c0c3b4860".to_owned();
        let Ok(response) =
            put_events(&[good(), entry(None, Some("b"), Some("{}"))], DEFAULT_SIZE_LIMIT, &context("x"), &mut ids)
        else {
            panic!("refused")
        };
        assert_eq!(response.failed_entry_count(), 1);
        assert_eq!(
            response.to_aws_cli_json(),
            "{\n    \"FailedEntryCount\": 1,\n    \"Entries\": [\n        {\n            \"EventId\": \"11710aed-b79e-4468-a20b-bb3c0c3b4860\"\n        },\n        {\n            \"ErrorCode\": \"InvalidArgument\",\n            \"ErrorMessage\": \"Parameter Source is not valid. Reason: Source is a required argument.\"\n        }\n    ]\n}\n"
        );
    }

    #[test]
    fn event_ids_look_like_aws_and_differ() {
        let a = new_event_id();
        let b = new_event_id();
        assert_ne!(a, b);
        let groups: Vec<usize> = a.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert!(a.chars().all(|c| c == '-' || (c.is_ascii_hexdigit() && !c.is_ascii_uppercase())));
    }

    #[test]
    fn error_codes_name_themselves() {
        assert_eq!(ErrorCode::NotAuthorizedForDetailTypeException.to_string(), "NotAuthorizedForDetailTypeException");
        assert!(ErrorCode::ThrottlingException.is_retryable() && !ErrorCode::MalformedDetail.is_retryable());
        assert_eq!(Field::Resources(2).to_string(), "Resources[2]");
    }

    #[test]
    fn requests_read_as_the_aws_cli_takes_them() {
        let list = r#"[{"Source": "a", "DetailType": "b", "Detail": "{}", "Resources": ["r"], "Time": 1640995200, "EventBusName": "x", "TraceHeader": "t"}]"#;
        let Ok(request) = Request::from_json(list) else { panic!("unread") };
        assert_eq!(request.entries[0].time.as_deref(), Some("1640995200"));
        assert_eq!(request.entries[0].resources, ["r"]);
        let Ok(wrapped) = Request::from_json(&format!(r#"{{"Entries": {list}, "EndpointId": "abc.xyz"}}"#)) else {
            panic!("unread")
        };
        assert_eq!(wrapped, request);
        let error = |text: &str| Request::from_json(text).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error("Source=a").starts_with("it is not JSON (expected value at line 1 column 1)"));
        assert!(error(r#""a""#).ends_with("not a string"));
        assert!(error(r#"{"Entries": 3}"#).ends_with("not a number"));
        assert!(error(r#"{"entries": []}"#).starts_with(r#"Unknown parameter in input: "entries""#));
        assert!(error("{}").ends_with("not an object without Entries"));
        assert_eq!(error("[3]"), "Entries[0] is a number; each entry is a JSON object");
        assert_eq!(
            error(r#"[{}, {"detailtype": "x"}]"#),
            r#"Unknown parameter in Entries[1]: "detailtype", must be one of: Time, Source, Resources, DetailType, Detail, EventBusName, TraceHeader (did you mean "DetailType"?)"#
        );
        assert!(error(r#"[{"Sorce": "x"}]"#).ends_with(r#"(did you mean "Source"?)"#));
        assert!(error(r#"[{"Colour": "x"}]"#).ends_with("TraceHeader"));
        assert_eq!(
            error(r#"[{"Detail": {"a": 1}}]"#),
            r#"Entries[0].Detail is an object, but must be a string (Detail is a JSON object written as a string, e.g. "{\"id\": 1}")"#
        );
        assert_eq!(error(r#"[{"Source": null}]"#), "Entries[0].Source is null, but must be a string");
        assert_eq!(error(r#"[{"Resources": "r"}]"#), "Entries[0].Resources is a string, but must be a list of ARNs");
        assert_eq!(error(r#"[{"Resources": ["r", 1]}]"#), "Entries[0].Resources[1] is a number, but must be a string");
        assert_eq!(
            error(r#"[{"Time": true}]"#),
            "Entries[0].Time is a boolean, but must be a string or a number of seconds"
        );
    }
}
