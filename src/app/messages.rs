//! The library's typed messages (why an event missed, why the form cannot
//! show a pattern, why a typed value makes no condition) said in the
//! window's language. Their `Display` is the command line's English; here
//! each variant is a message key with named arguments, so a translation
//! can order the parts as its grammar needs. AWS's own words (a refused
//! condition's reason) pass through untouched.

use super::i18n::{Arg, tr, tr_args};
use crate::explain::{BranchReason, Hint, MissReason, Quirk, StringOperator};
use crate::form::{DraftError, FormError, FormLimit};
use crate::pattern::ip::CrossFamily;
use crate::pattern::{AnythingBut, Literal, Matcher};

/// Joins descriptions as "a, b or c" in the current language.
#[must_use]
pub fn alternatives(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr_args("list-or", &[("items", rest.join(", ").into()), ("last", last.as_str().into())]),
    }
}

/// `detail.state is "x"` in the current language.
fn path_is(path: &str, values: &[String]) -> String {
    let shown = match values {
        [one] => one.clone(),
        _ => format!("[{}]", values.join(", ")),
    };
    tr_args("reason-path-is", &[("path", path.into()), ("values", shown.into())])
}

/// Why a field missed.
#[must_use]
pub fn miss_reason(reason: &MissReason) -> String {
    match reason {
        MissReason::Missing { path } => tr_args("reason-missing", &[("path", path.as_str().into())]),
        MissReason::MustBeAbsent { path, values } => {
            tr_args("reason-must-be-absent", &[("is", path_is(path, values).into())])
        }
        MissReason::Hint { path, values, hint: near } => {
            tr_args("reason-hint", &[("is", path_is(path, values).into()), ("hint", hint(near).into())])
        }
        MissReason::UnreadEmptyKey { path } => tr_args("reason-unread-empty-key", &[("path", path.as_str().into())]),
        MissReason::NotAllowed { path, values, allowed } => {
            let allowed: Vec<String> = allowed.iter().map(describe).collect();
            tr_args(
                "reason-not-allowed",
                &[("is", path_is(path, values).into()), ("allowed", alternatives(&allowed).into())],
            )
        }
    }
}

/// What is near about a near miss.
#[must_use]
pub fn hint(hint: &Hint) -> String {
    let text = |s: &String| Arg::from(s.as_str());
    match hint {
        Hint::CaseOnly { value, wanted } => {
            tr_args("hint-case-only", &[("value", text(value)), ("wanted", text(wanted))])
        }
        Hint::PrefixCaseOnly { value, prefix } => {
            tr_args("hint-prefix-case-only", &[("value", text(value)), ("prefix", text(prefix))])
        }
        Hint::SuffixCaseOnly { value, suffix } => {
            tr_args("hint-suffix-case-only", &[("value", text(value)), ("suffix", text(suffix))])
        }
        Hint::NumberGotString { value } => tr_args("hint-number-got-string", &[("value", text(value))]),
        Hint::StringGotNumber { wanted, value } => {
            tr_args("hint-string-got-number", &[("wanted", text(wanted)), ("value", text(value))])
        }
        Hint::EmptyStringIsNotNull => tr("hint-empty-string-is-not-null"),
        Hint::NullIsNotEmptyString => tr("hint-null-is-not-empty-string"),
        Hint::OutsideNumericRange { value } => tr_args("hint-outside-numeric-range", &[("value", text(value))]),
        Hint::SupplementaryCase { value, text: t } => {
            tr_args("hint-supplementary-case", &[("value", text(value)), ("text", text(t))])
        }
        Hint::IgnoreCaseAfterWildcard { value, text: t } => {
            tr_args("hint-ignore-case-after-wildcard", &[("value", text(value)), ("text", text(t))])
        }
        Hint::StringsOnly { operator, kind, value } => {
            let operator = match operator {
                StringOperator::Prefix => "prefix",
                StringOperator::Suffix => "suffix",
                StringOperator::EqualsIgnoreCase => "equals-ignore-case",
                StringOperator::Wildcard => "wildcard",
                StringOperator::Cidr => "cidr",
            };
            let kind = match kind {
                crate::event::ValueKind::String => "string",
                crate::event::ValueKind::Number => "number",
                crate::event::ValueKind::True | crate::event::ValueKind::False => "boolean",
                crate::event::ValueKind::Null => "null",
            };
            tr_args(
                "hint-strings-only",
                &[("operator", operator.into()), ("kind", kind.into()), ("value", text(value))],
            )
        }
    }
}

/// Why a match comes from a quirk of EventBridge's matcher.
#[must_use]
pub fn quirk(quirk: &Quirk) -> String {
    match quirk {
        Quirk::EmptyLastKey { path } => tr_args("quirk-empty-last-key", &[("path", path.as_str().into())]),
        Quirk::IpAcrossFamilies { value, range, how } => {
            let key = match how {
                CrossFamily::Ipv6ByFirst32Bits => "quirk-ipv6-by-first-32-bits",
                CrossFamily::Ipv4InIpv6Block => "quirk-ipv4-in-ipv6-range",
                CrossFamily::NumberAsDigits => "quirk-number-as-ip-digits",
            };
            tr_args(key, &[("value", value.as_str().into()), ("range", range.as_str().into())])
        }
        Quirk::IgnoreCaseAfterWildcard { value, text } => tr_args(
            "quirk-ignore-case-after-wildcard",
            &[("value", value.as_str().into()), ("text", text.as_str().into())],
        ),
    }
}

/// The notice for a complexity score AWS may or may not accept.
#[must_use]
pub fn complexity_notice(notice: &crate::pattern::ComplexityNotice) -> String {
    tr_args("notice-complexity", &[("score", notice.score.to_string().as_str().into())])
}

/// Why a branch missed although each field matched alone.
#[must_use]
pub fn branch_reason(reason: &BranchReason) -> String {
    match reason {
        BranchReason::DifferentElements { paths } => {
            tr_args("reason-different-elements", &[("paths", paths.join(", ").into())])
        }
    }
}

/// Why the form cannot show the pattern.
#[must_use]
pub fn form_limit(limit: &FormLimit) -> String {
    match limit {
        FormLimit::NestedOr => tr("form-limit-nested-or"),
        FormLimit::Condition(error) => form_error(error),
    }
}

/// Why a typed value makes no condition.
#[must_use]
pub fn form_error(error: &FormError) -> String {
    match error {
        FormError::ListValues => tr("form-error-list-values"),
        FormError::ListExcluded => tr("form-error-list-excluded"),
        FormError::NeedsNumber { part } => tr_args("form-error-needs-number", &[("part", format!("{part:?}").into())]),
        FormError::NotAComparison { operator } => {
            tr_args("form-error-not-a-comparison", &[("operator", format!("{operator:?}").into())])
        }
        FormError::NoComparison => tr("form-error-no-comparison"),
        // AWS's words stay AWS's.
        FormError::Refused(reason) => reason.clone(),
    }
}

/// Why a condition being written cannot be added yet.
#[must_use]
pub fn draft_error(error: &DraftError) -> String {
    match error {
        DraftError::NeedsField => tr("draft-needs-field"),
        DraftError::NeedsValue => tr("draft-needs-value"),
        DraftError::Gone => tr("draft-gone"),
        DraftError::NoRoomForOr => tr("draft-no-room-for-or"),
        DraftError::Invalid(error) => form_error(error),
    }
}

/// An operator's name in the form.
#[must_use]
pub fn operator_label(operator: crate::form::Operator) -> String {
    tr(&format!("operator-{}", operator.key()))
}

/// A one-line example of an operator, for its tooltip and hint.
#[must_use]
pub fn operator_example(operator: crate::form::Operator) -> String {
    tr(&format!("operator-{}-example", operator.key()))
}

/// A warning about what a tool would do to the exported rule.
#[must_use]
pub fn export_warning(warning: &crate::export::ExportWarning) -> String {
    use crate::export::{ExportWarning, NumberRewriter};
    match warning {
        ExportWarning::NumberRewritten { text, tool, rewritten } => {
            let tool = match tool {
                NumberRewriter::Yaml => "yaml",
                NumberRewriter::JavaScript => "javascript",
                NumberRewriter::TerraformJsonencode => "terraform",
            };
            tr_args(
                "export-warning-number-rewritten",
                &[("text", text.as_str().into()), ("tool", tool.into()), ("rewritten", rewritten.as_str().into())],
            )
        }
        ExportWarning::PythonCdkDropsNulls => tr("export-warning-python-cdk-drops-nulls"),
        ExportWarning::CdkCannotCarryProto => tr("export-warning-cdk-cannot-carry-proto"),
        ExportWarning::TargetNeedsPolicy { id, kind } => {
            tr_args("export-warning-target-needs-policy", &[("id", id.as_str().into()), ("kind", kind.name().into())])
        }
        ExportWarning::TargetNeedsRole { id, kind } => {
            tr_args("export-warning-target-needs-role", &[("id", id.as_str().into()), ("kind", kind.name().into())])
        }
        ExportWarning::SchedulerNeedsRole { id, kind } => tr_args(
            "export-warning-scheduler-needs-role",
            &[("id", id.as_str().into()), ("action", crate::export::role_action(*kind).into())],
        ),
        ExportWarning::SchedulerCannotCarryInput { id } => {
            tr_args("export-warning-scheduler-cannot-carry-input", &[("id", id.as_str().into())])
        }
        ExportWarning::SchedulerNeedsTarget => tr("export-warning-scheduler-needs-target"),
    }
}

/// A JSON string literal, as the pattern language writes it.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// Quoted strings as alternatives: `"a", "b" or "c"`.
fn quoted_alternatives<'a>(items: impl Iterator<Item = &'a str>) -> String {
    alternatives(&items.map(quoted).collect::<Vec<_>>())
}

/// A condition in plain words, in the current language (the English is
/// `explain::describe`'s).
#[must_use]
pub fn describe(matcher: &Matcher) -> String {
    let text = |key: &str, value: String| tr_args(key, &[("text", value.into())]);
    match matcher {
        // Values stand for themselves.
        Matcher::Equals(Literal::String { text, .. }) => quoted(text),
        Matcher::Equals(Literal::Number(n)) => n.text.clone(),
        Matcher::Equals(Literal::Bool(b)) => b.to_string(),
        Matcher::Equals(Literal::Null) => "null".to_owned(),
        Matcher::Prefix(p) => text("describe-prefix", quoted(p)),
        Matcher::Suffix(s) => text("describe-suffix", quoted(s)),
        Matcher::PrefixIgnoreCase(p) => text("describe-prefix-any-case", quoted(&p.text)),
        Matcher::SuffixIgnoreCase(s) => text("describe-suffix-any-case", quoted(&s.text)),
        Matcher::EqualsIgnoreCase(s) => text("describe-any-case", quoted(&s.text)),
        Matcher::Wildcard(w) => text("describe-wildcard", quoted(&w.text)),
        Matcher::Exists(true) => tr("describe-exists"),
        Matcher::Exists(false) => tr("describe-does-not-exist"),
        Matcher::Cidr(range) => text("describe-cidr", range.to_string()),
        Matcher::Numeric(range) => {
            let comparisons: Vec<String> = range.to_string().split(", ").map(str::to_owned).collect();
            let joined = match comparisons.as_slice() {
                [first, second] => {
                    tr_args("describe-and", &[("first", first.as_str().into()), ("second", second.as_str().into())])
                }
                _ => comparisons.join(", "),
            };
            text("describe-numeric", joined)
        }
        Matcher::AnythingBut(but) => {
            let what = match but {
                AnythingBut::Strings(set) => quoted_alternatives(set.iter().map(String::as_str)),
                AnythingBut::Numbers(set) => alternatives(&set.iter().map(|n| n.text.clone()).collect::<Vec<_>>()),
                AnythingBut::Prefixes(set) => {
                    text("describe-strings-starting", quoted_alternatives(set.iter().map(String::as_str)))
                }
                AnythingBut::Suffixes(set) => {
                    text("describe-strings-ending", quoted_alternatives(set.iter().map(String::as_str)))
                }
                AnythingBut::IgnoreCase(set) => {
                    text("describe-any-case", quoted_alternatives(set.iter().map(|s| s.text.as_str())))
                }
                AnythingBut::Wildcards(set) => {
                    text("describe-strings-like", quoted_alternatives(set.iter().map(|w| w.text.as_str())))
                }
            };
            text("describe-anything-but", what)
        }
    }
}

/// The message key of the plain-language hint shown under AWS's message for
/// `error`: `hint-pattern-<kind>`, or `hint-json-<kind>` for JSON errors.
#[must_use]
pub fn error_hint_key(error: &crate::pattern::PatternErrorKind) -> String {
    use heck::ToKebabCase as _;
    let variant = |debug: String| debug.chars().take_while(char::is_ascii_alphanumeric).collect::<String>();
    match error {
        crate::pattern::PatternErrorKind::Json(json) => {
            format!("hint-json-{}", variant(format!("{json:?}")).to_kebab_case())
        }
        other => format!("hint-pattern-{}", variant(format!("{other:?}")).to_kebab_case()),
    }
}

/// The plain-language hint under AWS's message for `error`, in the current
/// language (AWS's message itself stays AWS's words).
#[must_use]
pub fn error_hint(error: &crate::pattern::PatternErrorKind) -> String {
    tr(&error_hint_key(error))
}

/// A file problem at the system's level.
#[must_use]
pub fn io_problem(problem: &crate::files::IoProblem) -> String {
    use crate::files::IoProblem;
    match problem {
        IoProblem::NotFound => tr("io-not-found"),
        IoProblem::FolderMissing => tr("io-folder-missing"),
        IoProblem::PermissionDenied => tr("io-permission-denied"),
        IoProblem::IsAFolder => tr("io-is-a-folder"),
        IoProblem::DiskFull => tr("io-disk-full"),
        IoProblem::ReadOnly => tr("io-read-only"),
        // The system's own words.
        IoProblem::Other(words) => words.clone(),
    }
}

/// Why a file could not be read as text.
#[must_use]
pub fn read_error(error: &crate::files::ReadError) -> String {
    use crate::files::{Expected, MAX_TEXT_FILE_BYTES, ReadError, human_size};
    match error {
        ReadError::Io(problem) => io_problem(problem),
        ReadError::Folder => tr("io-is-a-folder"),
        ReadError::TooLarge { bytes, expected } => {
            let key = match expected {
                Expected::RuleOrPattern => "read-too-large-rule",
                Expected::Event => "read-too-large-event",
                Expected::Template => "read-too-large-template",
            };
            tr_args(key, &[("size", human_size(*bytes).into()), ("limit", (MAX_TEXT_FILE_BYTES >> 20).into())])
        }
        ReadError::Binary { offset } => tr_args("read-binary", &[("offset", (*offset).into())]),
        ReadError::NotUtf8 { offset } => tr_args("read-not-utf8", &[("offset", (*offset).into())]),
    }
}

/// Why a file does not open as a rule or a pattern.
#[must_use]
pub fn open_reason(reason: &crate::document::OpenReason) -> String {
    use crate::document::{FORMAT_VERSION, OpenReason};
    match reason {
        OpenReason::Read(error) => read_error(error),
        OpenReason::NotJson { line, column, message } => tr_args(
            "open-not-json",
            &[("line", (*line).into()), ("column", (*column).into()), ("message", message.as_str().into())],
        ),
        OpenReason::NotAnObject { kind } => tr_args("open-not-an-object", &[("kind", (*kind).into())]),
        OpenReason::NewerFormat { version } => tr_args(
            "open-newer-format",
            &[("version", version.as_str().into()), ("known", u64::from(FORMAT_VERSION).into())],
        ),
        OpenReason::BadRuleFile(details) => tr_args("open-bad-rule-file", &[("details", details.as_str().into())]),
        OpenReason::LooksLikeAnEvent => tr("open-looks-like-an-event"),
    }
}

/// A problem shown until dismissed.
#[must_use]
pub fn alert(alert: &crate::app::state::Alert) -> String {
    use crate::app::state::Alert;
    match alert {
        Alert::Message(message) => message.text(),
        Alert::OpenFailed(error) => tr_args(
            "alert-cannot-open",
            &[("path", error.path.as_str().into()), ("reason", open_reason(&error.reason).into())],
        ),
        Alert::SaveFailed { path, problem, rule } => {
            let key = if *rule { "alert-cannot-save-rule" } else { "alert-cannot-save" };
            tr_args(key, &[("path", path.as_str().into()), ("reason", io_problem(problem).into())])
        }
    }
}

/// A target kind's name in the current language (the English is its
/// `Display`).
#[must_use]
pub fn target_kind(kind: crate::target::TargetKind) -> String {
    use crate::target::TargetKind;
    tr(match kind {
        TargetKind::LambdaFunction => "target-kind-lambda-function",
        TargetKind::SnsTopic => "target-kind-sns-topic",
        TargetKind::SqsQueue => "target-kind-sqs-queue",
        TargetKind::StateMachine => "target-kind-state-machine",
        TargetKind::LogGroup => "target-kind-log-group",
        TargetKind::EventBus => "target-kind-event-bus",
        TargetKind::KinesisStream => "target-kind-kinesis-stream",
        TargetKind::ApiDestination => "target-kind-api-destination",
    })
}

/// A path problem in the current language (the English is its `Display`).
#[must_use]
pub fn path_problem(kind: &crate::target::PathErrorKind) -> String {
    use crate::target::PathErrorKind;
    match kind {
        PathErrorKind::Empty => tr("path-problem-empty"),
        PathErrorKind::NoRoot => tr("path-problem-no-root"),
        PathErrorKind::TooLong { chars } => tr_args(
            "path-problem-too-long",
            &[("chars", (*chars).into()), ("max", crate::target::path::MAX_PATH_CHARS.into())],
        ),
        PathErrorKind::Character { found } => tr_args("path-problem-character", &[("found", found.to_string().into())]),
        PathErrorKind::EmptyName => tr("path-problem-empty-name"),
        PathErrorKind::Bracket => tr("path-problem-bracket"),
    }
}

/// An ARN problem in the current language (the English is its `Display`).
#[must_use]
pub fn arn_problem(problem: &crate::target::ArnProblem) -> String {
    use crate::target::ArnProblem;
    match problem {
        ArnProblem::Empty => tr("arn-problem-empty"),
        ArnProblem::Shape => tr("arn-problem-shape"),
        ArnProblem::Partition => tr("arn-problem-partition"),
        ArnProblem::Service { expected } => tr_args("arn-problem-service", &[("expected", (*expected).into())]),
        ArnProblem::Region => tr("arn-problem-region"),
        ArnProblem::Account => tr("arn-problem-account"),
        ArnProblem::Resource { kind } => tr_args(
            "arn-problem-resource",
            &[
                ("kind", target_kind(*kind).into()),
                ("prefix", kind.resource_prefix().into()),
                ("example", kind.example_arn().into()),
            ],
        ),
    }
}

/// A target problem in the current language (the English is its
/// `Display`); AWS's own messages stay as AWS words them.
#[must_use]
pub fn target_problem(kind: &crate::target::ProblemKind) -> String {
    use crate::target::{MAX_ID_CHARS, MAX_INPUT_CHARS, MAX_KEY_CHARS, MAX_PATHS, ProblemKind, template};
    let found = |c: &char| c.to_string();
    match kind {
        ProblemKind::InvalidPlaceholder { .. } => kind.to_string(),
        ProblemKind::IdEmpty => tr("target-problem-id-empty"),
        ProblemKind::IdCharacter { found: c } => tr_args("target-problem-id-character", &[("found", found(c).into())]),
        ProblemKind::IdTooLong => tr_args("target-problem-id-too-long", &[("max", MAX_ID_CHARS.into())]),
        ProblemKind::Arn(problem) => arn_problem(problem),
        ProblemKind::Path(problem) => path_problem(problem),
        ProblemKind::KeyEmpty => tr("target-problem-key-empty"),
        ProblemKind::KeyCharacter { found: c } => {
            tr_args("target-problem-key-character", &[("found", found(c).into())])
        }
        ProblemKind::KeyTooLong => tr_args("target-problem-key-too-long", &[("max", MAX_KEY_CHARS.into())]),
        ProblemKind::KeyStartsWithAws => tr("target-problem-key-starts-with-aws"),
        ProblemKind::KeyRepeated => tr("target-problem-key-repeated"),
        ProblemKind::TooManyPaths { count } => {
            tr_args("target-problem-too-many-paths", &[("count", (*count).into()), ("max", MAX_PATHS.into())])
        }
        ProblemKind::TemplateEmpty => tr("target-problem-template-empty"),
        ProblemKind::TemplateTooLong { chars } => tr_args(
            "target-problem-template-too-long",
            &[("chars", (*chars).into()), ("max", template::MAX_TEMPLATE_CHARS.into())],
        ),
        ProblemKind::PlaceholderAsKey => tr("target-problem-placeholder-as-key"),
        ProblemKind::ConstantNotJson { message } => {
            tr_args("target-problem-constant-not-json", &[("message", message.as_str().into())])
        }
        ProblemKind::ConstantTooLong { chars } => {
            tr_args("target-problem-constant-too-long", &[("chars", (*chars).into()), ("max", MAX_INPUT_CHARS.into())])
        }
        ProblemKind::UnusedPath => tr("target-problem-unused-path"),
        ProblemKind::EventVariableOutsideValue => tr("target-problem-event-variable-outside-value"),
        ProblemKind::InputOnEventBus => tr("target-problem-input-on-event-bus"),
    }
}

/// Why an event is dropped, in the current language (the English is its
/// `Display`).
#[must_use]
pub fn drop_reason(reason: &crate::target::DropReason) -> String {
    use crate::target::{DropReason, Insertion};
    match reason {
        DropReason::NotJson { message, culprit, .. } => {
            let drop = tr("drop-not-json");
            match culprit {
                Some((name, Insertion::ContainerInQuotes)) => {
                    tr_args("drop-container-in-quotes", &[("drop", drop.into()), ("name", name.as_str().into())])
                }
                Some((name, Insertion::UnescapedInQuotes)) => {
                    tr_args("drop-unescaped-in-quotes", &[("drop", drop.into()), ("name", name.as_str().into())])
                }
                _ => tr_args("drop-json-message", &[("drop", drop.into()), ("message", message.as_str().into())]),
            }
        }
        DropReason::Refused => tr("drop-refused"),
        DropReason::EventNotJson { message } => tr_args("drop-event-not-json", &[("message", message.as_str().into())]),
    }
}

/// A problem of the rule's targets together, in the current language (the
/// English is its `Display`).
#[must_use]
pub fn rule_targets_problem(problem: &crate::target::RuleTargetsProblem) -> String {
    use crate::target::{MAX_TARGETS, RuleTargetsProblem};
    match problem {
        RuleTargetsProblem::TooMany { count } => {
            tr_args("rule-targets-too-many", &[("count", (*count).into()), ("max", MAX_TARGETS.into())])
        }
        RuleTargetsProblem::IdRepeated => tr("rule-targets-id-repeated"),
        RuleTargetsProblem::MoreThanOne => tr("rule-targets-more-than-one"),
    }
}

/// A cron field's name in the current language.
fn cron_field(field: crate::schedule::FieldName) -> String {
    use crate::schedule::FieldName;
    tr(match field {
        FieldName::Minute => "cron-field-minute",
        FieldName::Hour => "cron-field-hour",
        FieldName::DayOfMonth => "cron-field-day-of-month",
        FieldName::Month => "cron-field-month",
        FieldName::DayOfWeek => "cron-field-day-of-week",
        FieldName::Year => "cron-field-year",
    })
}

/// Why a schedule expression is refused, in the current language (the
/// English is its `Display`).
#[must_use]
pub fn schedule_reason(reason: &crate::schedule::Reason) -> String {
    use crate::schedule::{MAX_EXPRESSION_CHARS, Reason};
    match reason {
        Reason::TooLong { chars } => {
            tr_args("schedule-reason-too-long", &[("chars", (*chars).into()), ("max", MAX_EXPRESSION_CHARS.into())])
        }
        Reason::Kind { scheduler: false } => tr("schedule-reason-kind-rule"),
        Reason::Kind { scheduler: true } => tr("schedule-reason-kind-scheduler"),
        Reason::AtOnRule => tr("schedule-reason-at-on-rule"),
        Reason::Spaces => tr("schedule-reason-spaces"),
        Reason::RateShape => tr("schedule-reason-rate-shape"),
        Reason::RateValue => tr("schedule-reason-rate-value"),
        Reason::RateUnit { found } => tr_args("schedule-reason-rate-unit", &[("found", found.as_str().into())]),
        Reason::RateSingular { unit } => tr_args("schedule-reason-rate-singular", &[("unit", (*unit).into())]),
        Reason::RatePlural { unit } => tr_args("schedule-reason-rate-plural", &[("unit", (*unit).into())]),
        Reason::CronFieldCount { found } => tr_args("schedule-reason-field-count", &[("found", (*found).into())]),
        Reason::OutOfRange { field, low, high } => tr_args(
            "schedule-reason-out-of-range",
            &[("field", cron_field(*field).into()), ("low", u64::from(*low).into()), ("high", u64::from(*high).into())],
        ),
        Reason::NotAValue { field, found } => tr_args(
            "schedule-reason-not-a-value",
            &[("found", found.as_str().into()), ("field", cron_field(*field).into())],
        ),
        Reason::QuestionMarkOutsideDays { field } => {
            tr_args("schedule-reason-question-mark", &[("field", cron_field(*field).into())])
        }
        Reason::NoDayAny => tr("schedule-reason-no-day-any"),
        Reason::BothDaysAny => tr("schedule-reason-both-days-any"),
        Reason::HashInList => tr("schedule-reason-hash-in-list"),
        Reason::NthOutOfRange => tr("schedule-reason-nth-out-of-range"),
        Reason::StepInDayOfWeek => tr("schedule-reason-step-in-day-of-week"),
        Reason::BadStep { field, most } => tr_args(
            "schedule-reason-bad-step",
            &[("field", cron_field(*field).into()), ("most", u64::from(*most).into())],
        ),
        Reason::EmptyItem { field } => tr_args("schedule-reason-empty-item", &[("field", cron_field(*field).into())]),
        Reason::Special { field, found } => tr_args(
            "schedule-reason-special",
            &[("found", found.as_str().into()), ("field", cron_field(*field).into())],
        ),
        Reason::AtShape => tr("schedule-reason-at-shape"),
        Reason::AtDate => tr("schedule-reason-at-date"),
    }
}

/// Weekday `n` (1 = Sunday) in the current language.
#[must_use]
pub fn weekday(n: u32) -> String {
    const KEYS: [&str; 7] = ["weekday-1", "weekday-2", "weekday-3", "weekday-4", "weekday-5", "weekday-6", "weekday-7"];
    tr(KEYS.get(n.saturating_sub(1) as usize).copied().unwrap_or("weekday-1"))
}

/// Month `n` (1 = January) in the current language.
#[must_use]
pub fn month(n: u32) -> String {
    const KEYS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10",
        "month-11", "month-12",
    ];
    tr(KEYS.get(n.saturating_sub(1) as usize).copied().unwrap_or("month-1"))
}

/// A schedule in words, in the current language (the English is its
/// `Display`). Korean puts the years, months and days before the time.
#[must_use]
pub fn schedule_description(description: &crate::schedule::describe::Description) -> String {
    use crate::schedule::Unit;
    use crate::schedule::describe::{Day, Description, Time, clock, list};
    const ORDINALS: [&str; 5] = ["ordinal-1", "ordinal-2", "ordinal-3", "ordinal-4", "ordinal-5"];
    let number = |n: u32| n.to_string();
    let during = |phrase: String, hours: &Option<Vec<u32>>| match hours {
        Some(h) => tr_args("describe-during-hours", &[("phrase", phrase.into()), ("hours", list(h, number).into())]),
        None => phrase,
    };
    match description {
        Description::Rate { value, unit } => {
            let n = || u64::from(*value).into();
            match (unit, *value == 1) {
                (Unit::Minute, true) => tr("describe-rate-minute"),
                (Unit::Minute, false) => tr_args("describe-rate-minutes", &[("n", n())]),
                (Unit::Hour, true) => tr("describe-rate-hour"),
                (Unit::Hour, false) => tr_args("describe-rate-hours", &[("n", n())]),
                (Unit::Day, true) => tr("describe-rate-day"),
                (Unit::Day, false) => tr_args("describe-rate-days", &[("n", n())]),
            }
        }
        Description::At(time) => {
            tr_args("describe-once", &[("time", time.strftime("%Y-%m-%d %H:%M:%S").to_string().into())])
        }
        Description::Cron { time, day, months, years } => {
            let time = match time {
                Time::EveryMinute { hours } => during(tr("describe-every-minute"), hours),
                Time::At(times) => tr_args(
                    "describe-at",
                    &[("times", times.iter().map(|(h, m)| clock(*h, *m)).collect::<Vec<_>>().join(", ").into())],
                ),
                Time::EveryNMinutes { step, start, hours } => {
                    let mut phrase = tr_args("describe-every-n-minutes", &[("step", u64::from(*step).into())]);
                    if *start > 0 {
                        phrase = tr_args(
                            "describe-from-minute",
                            &[("phrase", phrase.into()), ("start", u64::from(*start).into())],
                        );
                    }
                    during(phrase, hours)
                }
                Time::Minutes { minutes, hours: None } => {
                    tr_args("describe-minutes-every-hour", &[("minutes", list(minutes, number).into())])
                }
                Time::Minutes { minutes, hours: Some(h) } => tr_args(
                    "describe-minutes-of-hours",
                    &[("minutes", list(minutes, number).into()), ("hours", list(h, number).into())],
                ),
            };
            let day = match day {
                Day::EveryDay => tr("describe-every-day"),
                Day::Weekdays(days) => tr_args("describe-on-weekdays", &[("days", list(days, weekday).into())]),
                Day::MonthDays(days) => tr_args("describe-on-month-days", &[("days", list(days, number).into())]),
                Day::LastDay { offset: 0 } => tr("describe-last-day"),
                Day::LastDay { offset } => tr_args("describe-last-day-minus", &[("offset", u64::from(*offset).into())]),
                Day::NearestWeekday(Some(d)) => tr_args("describe-nearest-weekday", &[("day", u64::from(*d).into())]),
                Day::NearestWeekday(None) => tr("describe-last-weekday"),
                Day::LastWeekday(w) => tr_args("describe-last-named-weekday", &[("weekday", weekday(*w).into())]),
                Day::Nth { weekday: w, nth } => {
                    let nth = tr(ORDINALS.get(nth.saturating_sub(1) as usize).copied().unwrap_or("ordinal-1"));
                    tr_args("describe-nth-weekday", &[("nth", nth.into()), ("weekday", weekday(*w).into())])
                }
            };
            let mut parts = vec![time, day];
            if let Some(months) = months {
                parts.push(tr_args("describe-in-months", &[("months", list(months, month).into())]));
            }
            if let Some(years) = years {
                parts.push(tr_args("describe-in-years", &[("years", list(years, number).into())]));
            }
            if super::i18n::language() == super::i18n::Language::Korean {
                parts.reverse();
                parts.join(" ")
            } else {
                parts.join(", ")
            }
        }
    }
}

/// A linter finding's message in the current language (the English is its `Display`).
#[must_use]
pub fn lint_message(message: &crate::lint::Message) -> String {
    use crate::lint::{Better, LoopReason, Message, ValueHint};
    match message {
        Message::Invalid(error) => error.to_string(),
        Message::Pasted { error, .. } => tr_args("lint-pasted", &[("error", error.to_string().into())]),
        Message::NoSource => tr("lint-no-source"),
        Message::NoDetailType { source } => tr_args("lint-no-detail-type", &[("source", source.clone().into())]),
        Message::CloudTrailWithoutEventName { event_source: Some(service) } => {
            tr_args("lint-cloudtrail-service", &[("service", service.clone().into())])
        }
        Message::CloudTrailWithoutEventName { event_source: None } => tr("lint-cloudtrail"),
        Message::UnknownValue { path, value, hint } => {
            let args = |extra: (&'static str, String)| {
                [("path", path.clone().into()), ("value", value.clone().into()), (extra.0, extra.1.into())]
            };
            match hint {
                ValueHint::Case(to) => tr_args("lint-unknown-value-case", &args(("to", to.clone()))),
                ValueHint::Closest(to) => tr_args("lint-unknown-value-closest", &args(("to", to.clone()))),
                ValueHint::Documented(values) => {
                    let list = values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ");
                    tr_args("lint-unknown-value-documented", &args(("values", list)))
                }
            }
        }
        Message::UnknownField { path, key, closest, detail_type } => {
            let mut args = vec![
                ("path", path.clone().into()),
                ("key", key.clone().into()),
                ("detail_type", detail_type.clone().into()),
            ];
            match closest {
                Some(name) => {
                    args.push(("closest", name.clone().into()));
                    tr_args("lint-unknown-field-closest", &args)
                }
                None => tr_args("lint-unknown-field", &args),
            }
        }
        Message::BroaderThanNamed { samples, kinds } => {
            let shown = kinds.iter().take(3).map(|(s, d)| format!("{s} \"{d}\"")).collect::<Vec<_>>().join(", ");
            tr_args(
                "lint-broader",
                &[
                    ("samples", (*samples).into()),
                    ("kinds", shown.into()),
                    ("more", kinds.len().saturating_sub(3).into()),
                ],
            )
        }
        Message::InfiniteLoop { target, why } => {
            let target = ("target", target.clone().into());
            match why {
                LoopReason::ApiCalls => tr_args("lint-loop-api-calls", &[target]),
                LoopReason::OwnEvents { source } => {
                    tr_args("lint-loop-own-events", &[target, ("source", source.clone().into())])
                }
                LoopReason::Forwarding => tr_args("lint-loop-forwarding", &[target]),
            }
        }
        Message::LongValueList { path, count, better } => {
            let (path, count) = (("path", path.clone().into()), ("count", (*count).into()));
            match better {
                Better::Range { min, max } => tr_args(
                    "lint-long-list-range",
                    &[path, count, ("min", min.clone().into()), ("max", max.clone().into())],
                ),
                Better::Prefix(prefix) => {
                    tr_args("lint-long-list-prefix", &[path, count, ("prefix", prefix.clone().into())])
                }
                Better::Array => tr_args("lint-long-list-array", &[path, count]),
            }
        }
        Message::PatternSize { length, limit } if *limit >= crate::lint::API_PATTERN_LIMIT => {
            tr_args("lint-size-api", &[("length", (*length).into()), ("limit", (*limit).into())])
        }
        Message::PatternSize { length, limit } => tr_args(
            "lint-size-quota",
            &[("length", (*length).into()), ("limit", (*limit).into()), ("api", crate::lint::API_PATTERN_LIMIT.into())],
        ),
        Message::OrCombinations { count } => tr_args(
            "lint-or-combinations",
            &[("count", (*count).into()), ("max", crate::pattern::MAX_COMBINATIONS.into())],
        ),
        Message::WildcardComplexity { score } if *score > crate::pattern::complexity::KNOWN_ACCEPTED => {
            tr_args("lint-complexity-uncertain", &[("score", (*score).into())])
        }
        Message::WildcardComplexity { score } => tr_args("lint-complexity", &[("score", (*score).into())]),
        Message::NumberComparedAsText { text } => tr_args("lint-number-as-text", &[("text", text.clone().into())]),
        Message::NoAccountOrRegion { account: true, region: true } => tr("lint-no-account-or-region"),
        Message::NoAccountOrRegion { account: true, .. } => tr("lint-no-account"),
        Message::NoAccountOrRegion { .. } => tr("lint-no-region"),
        Message::UnsupportedHere { place, feature } => tr_args(
            "lint-unsupported-here",
            &[("place", lint_place(*place).into()), ("feature", lint_feature(*feature).into())],
        ),
    }
}

/// What a quick fix does, in the current language (the English is its `Display`).
#[must_use]
pub fn lint_fix_title(title: &crate::lint::FixTitle) -> String {
    use crate::lint::FixTitle;
    match title {
        FixTitle::ReplaceValue { from, to } => {
            tr_args("lint-fix-replace", &[("from", from.clone().into()), ("to", to.clone().into())])
        }
        FixTitle::RenameField { from, to } => {
            tr_args("lint-fix-rename", &[("from", from.clone().into()), ("to", to.clone().into())])
        }
        FixTitle::RepairPaste(fixes) => {
            let list = fixes.iter().map(|f| paste_fix(*f)).collect::<Vec<_>>().join(", ");
            tr_args("lint-fix-paste", &[("fixes", list.into())])
        }
        FixTitle::UseNumericRange { min, max } => {
            tr_args("lint-fix-range", &[("min", min.clone().into()), ("max", max.clone().into())])
        }
    }
}

/// One kind of paste repair, in the current language (the English is its `Display`).
#[must_use]
pub fn paste_fix(fix: crate::lint::paste::PasteFix) -> String {
    use crate::lint::paste::PasteFix;
    tr(match fix {
        PasteFix::TypographicQuotes => "paste-fix-quotes",
        PasteFix::BareValuesWrapped => "paste-fix-bare-values",
        PasteFix::CommentsRemoved => "paste-fix-comments",
        PasteFix::TrailingCommasRemoved => "paste-fix-trailing-commas",
        PasteFix::StrayBraceRemoved => "paste-fix-stray-brace",
    })
}

/// A severity's name in the current language.
#[must_use]
pub fn lint_severity(severity: crate::lint::Severity) -> String {
    use crate::lint::Severity;
    tr(match severity {
        Severity::Error => "lint-severity-error",
        Severity::Warning => "lint-severity-warning",
        Severity::Advice => "lint-severity-advice",
    })
}

/// A place that reads patterns, in the current language (the English is its `Display`).
#[must_use]
pub fn lint_place(place: crate::lint::Place) -> String {
    use crate::lint::Place;
    tr(match place {
        Place::Rule => "lint-place-rule",
        Place::Pipe => "lint-place-pipe",
        Place::BusSubscriber => "lint-place-subscriber",
        Place::LambdaFilter => "lint-place-lambda",
    })
}

/// Something a place does not support, in the current language (the English is its `Display`).
#[must_use]
pub fn lint_feature(feature: crate::lint::place::Feature) -> String {
    use crate::lint::place::Feature;
    match feature {
        Feature::LongerThan(limit) => tr_args("lint-feature-longer-than", &[("limit", limit.into())]),
        other => tr(match other {
            Feature::Wildcard => "lint-feature-wildcard",
            Feature::PrefixIgnoreCase => "lint-feature-prefix-ignore-case",
            Feature::SuffixIgnoreCase => "lint-feature-suffix-ignore-case",
            Feature::AnythingButPrefix => "lint-feature-anything-but-prefix",
            Feature::AnythingButSuffix => "lint-feature-anything-but-suffix",
            Feature::AnythingButIgnoreCase => "lint-feature-anything-but-ignore-case",
            Feature::AnythingButWildcard => "lint-feature-anything-but-wildcard",
            Feature::Cidr | Feature::LongerThan(_) => "lint-feature-cidr",
        }),
    }
}
