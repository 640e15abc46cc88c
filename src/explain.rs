//! Why an event matches a pattern or not, condition by condition.
//!
//! [`explain`] reads the event once, then for every branch of the pattern
//! (one per `$or` combination) and every field reports which event values
//! satisfied which condition, with byte spans into both texts, and for a miss
//! a reason in plain words. Verdicts come from the same functions the matcher
//! uses ([`crate::matcher`]), so the explanation's overall verdict is the
//! matcher's.

use crate::event::{EventError, EventValue, Extraction, Extractor, ValueKind};
use crate::json::Span;
use crate::matcher::{self, field_accepts_absence, value_satisfies};
use crate::pattern::ip::CrossFamily;
use crate::pattern::{Anchor, AnythingBut, FieldRule, IgnoreCase, Literal, Matcher, Pattern};

/// The explanation of one event against one pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// Whether the event matches (equal to [`crate::matches`]).
    pub matched: bool,
    /// One entry per branch, in the pattern's order.
    pub branches: Vec<BranchVerdict>,
}

impl Explanation {
    /// The branch that decided the verdict: the first that matched, or else
    /// the one that came closest (most fields matched).
    #[must_use]
    pub fn deciding_branch(&self) -> Option<&BranchVerdict> {
        self.branches
            .iter()
            .find(|b| b.matched)
            .or_else(|| self.branches.iter().max_by_key(|b| b.fields.iter().filter(|f| f.matched).count()))
    }

    /// For a miss, the reasons the deciding branch (the closest) gives, in
    /// the command line's English: each field's, then the branch's own.
    #[must_use]
    pub fn miss_reasons(&self) -> Vec<String> {
        self.deciding_branch().map(BranchVerdict::reasons).unwrap_or_default()
    }

    /// The spans of the event's values that decided the verdict, in text
    /// order: `(span, satisfied)`.
    #[must_use]
    pub fn deciding_spans(&self) -> Vec<(crate::json::Span, bool)> {
        let Some(branch) = self.deciding_branch() else { return Vec::new() };
        let mut spans: Vec<(crate::json::Span, bool)> =
            branch.fields.iter().flat_map(|f| f.deciding.iter().map(move |s| (*s, f.matched))).collect();
        spans.sort_by_key(|(s, _)| s.start);
        spans.dedup();
        spans
    }
}

impl BranchVerdict {
    /// Its reasons in English: each field's, then the branch's own.
    #[must_use]
    pub fn reasons(&self) -> Vec<String> {
        self.fields
            .iter()
            .filter_map(|f| f.reason.as_ref().map(ToString::to_string))
            .chain(self.reason.as_ref().map(ToString::to_string))
            .collect()
    }
}

/// The verdict on one branch: all its fields must match together.
#[derive(Debug, Clone, PartialEq)]
pub struct BranchVerdict {
    /// Whether this branch matches.
    pub matched: bool,
    /// Its fields, in path order.
    pub fields: Vec<FieldVerdict>,
    /// Why the branch misses although each field matches on its own (values
    /// from different elements of one array).
    pub reason: Option<BranchReason>,
}

/// The verdict on one field of a branch.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldVerdict {
    /// Index of the field in [`Pattern::fields`].
    pub field: usize,
    /// The field's dotted path.
    pub path: String,
    /// Whether the field is satisfied (within its branch, when the branch matches).
    pub matched: bool,
    /// Every event value at the path.
    pub values: Vec<Span>,
    /// The values that decided a match, or the values that made it miss.
    pub deciding: Vec<Span>,
    /// Each condition's verdict, in the pattern's order.
    pub conditions: Vec<ConditionVerdict>,
    /// For a miss: why, in plain words.
    pub reason: Option<MissReason>,
    /// For a match: set when EventBridge's verdict comes from one of its
    /// matcher's quirks rather than the documented pattern language.
    pub quirk: Option<Quirk>,
}

/// A match that comes from a quirk of event-ruler (the matcher behind
/// EventBridge) rather than from the documented pattern language, so the
/// user learns why AWS will behave that way. Its `Display` is the command
/// line's English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quirk {
    /// `exists: false` holds because EventBridge never reads a field whose
    /// last key is empty.
    EmptyLastKey {
        /// The field's path.
        path: String,
    },
    /// An address of the other family, or a number, falls in an IP range
    /// because EventBridge compares addresses as hex digits.
    IpAcrossFamilies {
        /// The value, as written.
        value: String,
        /// The range or address of the condition.
        range: String,
        /// Which comparison.
        how: CrossFamily,
    },
    /// A case-insensitive text on a field with a wildcard starting with `*`
    /// is built on the wildcard's loop: its first character stands for any
    /// run of characters.
    IgnoreCaseAfterWildcard {
        /// The value, quoted.
        value: String,
        /// The case-insensitive text, quoted.
        text: String,
    },
}

/// The verdict on one condition of a field.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionVerdict {
    /// Where the condition is written in the pattern.
    pub span: Span,
    /// The condition (the window describes it in the chosen language).
    pub matcher: Matcher,
    /// The condition in plain words, e.g. `starts with "i-"`.
    pub description: String,
    /// Whether any value satisfies it (for `exists: false`: whether the path is absent).
    pub matched: bool,
    /// The event values that satisfy it.
    pub satisfied_by: Vec<Span>,
}

/// Explains how `event` fares against `pattern`.
pub fn explain(pattern: &Pattern, event: &str) -> Result<Explanation, EventError> {
    Explainer::new(pattern).explain(event)
}

/// Explains many events against one pattern, reusing its buffers.
#[derive(Debug, Clone)]
pub struct Explainer<'p> {
    pattern: &'p Pattern,
    extractor: Extractor,
    extraction: Extraction,
    /// Plain-words descriptions, per field and condition.
    descriptions: Vec<Vec<String>>,
    /// Per field: whether EventBridge never reads it (an empty last key).
    unread: Vec<bool>,
    /// Per field: what [`MissReason::NotAllowed`] says it allows, in English.
    allowed: Vec<String>,
    /// Per branch: its fields, in path order.
    branch_fields: Vec<Vec<&'p FieldRule>>,
}

impl<'p> Explainer<'p> {
    /// An explainer for `pattern`.
    #[must_use]
    pub fn new(pattern: &'p Pattern) -> Self {
        let descriptions =
            pattern.fields.iter().map(|f| f.conditions.iter().map(|c| describe(&c.matcher)).collect()).collect();
        let unread = pattern.fields.iter().map(|f| crate::pattern::unread_empty_key(pattern, &f.path)).collect();
        let allowed = pattern.fields.iter().map(|f| list(&allowed(f).map(describe).collect::<Vec<_>>())).collect();
        Self {
            pattern,
            extractor: Extractor::new(&pattern.paths),
            extraction: Extraction::default(),
            descriptions,
            unread,
            allowed,
            branch_fields: pattern
                .branches
                .iter()
                .map(|branch| branch.iter().filter_map(|&i| pattern.fields.get(i)).collect())
                .collect(),
        }
    }

    /// The reasons a missed event gives, exactly as
    /// `self.explain(event)?.miss_reasons()` gives them, without building the
    /// whole explanation: `extraction` must be what an [`crate::EventMatcher`]
    /// for the same pattern read from `event` (see
    /// [`crate::EventMatcher::extraction`]). Empty when the event matches.
    #[must_use]
    pub fn miss_reasons_of(&self, extraction: &Extraction, event: &str) -> Vec<String> {
        let mut reasons = Reasons::default();
        self.miss_reasons_into(extraction, event, &mut reasons);
        reasons.iter().map(str::to_owned).collect()
    }

    /// [`Explainer::miss_reasons_of`] into `reasons` (cleared first), whose
    /// strings are reused from event to event: the command line's way, so
    /// that a miss costs no allocation once the buffers have grown.
    pub fn miss_reasons_into(&self, extraction: &Extraction, event: &str, reasons: &mut Reasons) {
        use std::fmt::Write;
        reasons.clear();
        let pattern = self.pattern;
        // The closest branch: the last with the most fields matched alone
        // (as `deciding_branch` picks it), and whether its fields all match
        // alone (values from different array elements).
        let mut best: Option<(usize, usize, bool)> = None;
        for (b, fields) in self.branch_fields.iter().enumerate() {
            if matcher::branch_matches(fields, extraction, event) {
                return;
            }
            let alone = fields.iter().filter(|f| matcher::field_matches_alone(f, extraction, event)).count();
            let all = alone == fields.len();
            let score = if all { 0 } else { alone };
            if best.is_none_or(|(_, s, _)| score >= s) {
                best = Some((b, score, all));
            }
        }
        let Some((b, _, all)) = best else { return };
        let branch = &pattern.branches[b];
        if all {
            let paths: Vec<String> = branch
                .iter()
                .filter_map(|&i| pattern.fields.get(i))
                .filter(|f| !values_of(f, extraction).is_empty())
                .map(|f| f.path.clone())
                .collect();
            write!(reasons.next(), "{}", BranchReason::DifferentElements { paths }).ok();
            return;
        }
        for (i, f) in branch.iter().filter_map(|&i| pattern.fields.get(i).map(|f| (i, f))) {
            if matcher::field_matches_alone(f, extraction, event) {
                continue;
            }
            let out = reasons.next();
            if self.unread.get(i).copied().unwrap_or(false) {
                write!(out, "{}", MissReason::UnreadEmptyKey { path: f.path.clone() }).ok();
                continue;
            }
            let values = values_of(f, extraction);
            if let Some(reason) = near_miss(f, values, event) {
                write!(out, "{reason}").ok();
                continue;
            }
            // As `path_is` and `show` write it, without a string per value.
            out.push_str(&f.path);
            out.push_str(" is ");
            if let [one] = values {
                show_into(out, one, event);
            } else {
                out.push('[');
                for (k, v) in values.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    show_into(out, v, event);
                }
                out.push(']');
            }
            out.push_str("; the pattern allows ");
            out.push_str(self.allowed.get(i).map_or("", String::as_str));
        }
    }

    /// Explains how `event` fares against the pattern.
    pub fn explain(&mut self, event: &str) -> Result<Explanation, EventError> {
        self.extractor.extract(event, &mut self.extraction)?;
        let pattern = self.pattern;
        let branches: Vec<BranchVerdict> = pattern
            .branches
            .iter()
            .map(|branch| {
                let fields: Vec<&FieldRule> = branch.iter().filter_map(|&i| pattern.fields.get(i)).collect();
                explain_branch(&fields, branch, &self.extraction, event, &self.descriptions, &self.unread)
            })
            .collect();
        Ok(Explanation { matched: branches.iter().any(|b| b.matched), branches })
    }
}

fn values_of<'e>(field: &FieldRule, extraction: &'e Extraction) -> &'e [EventValue] {
    extraction.values.get(field.path_id).map_or(&[], Vec::as_slice)
}

/// How a field took part in its branch's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decided {
    /// The branch matched using this value.
    By(EventValue),
    /// The branch matched with this field absent.
    ByAbsence,
    /// The branch did not match; the field is judged on its own.
    Alone,
}

fn explain_branch(
    fields: &[&FieldRule],
    indices: &[usize],
    extraction: &Extraction,
    event: &str,
    descriptions: &[Vec<String>],
    unread: &[bool],
) -> BranchVerdict {
    let matched = matcher::branch_matches(fields, extraction, event);
    let assignment = if matched { matcher::branch_assignment(fields, extraction, event) } else { None };
    let decided = |k: usize| match assignment.as_ref().map(|a| a.get(k).copied()) {
        Some(Some(Some(value))) => Decided::By(value),
        Some(Some(None)) => Decided::ByAbsence,
        _ => Decided::Alone,
    };
    let mut verdicts: Vec<FieldVerdict> = fields
        .iter()
        .zip(indices)
        .enumerate()
        .map(|(k, (field, &index))| {
            let chosen = decided(k);
            let described = descriptions.get(index).map_or(&[][..], Vec::as_slice);
            let unread = unread.get(index).copied().unwrap_or(false);
            explain_field(field, index, extraction, event, chosen, described, unread)
        })
        .collect();
    let mut reason = None;
    if !matched && verdicts.iter().all(|v| v.matched) {
        let paths: Vec<&str> = verdicts.iter().filter(|v| !v.values.is_empty()).map(|v| v.path.as_str()).collect();
        reason = Some(BranchReason::DifferentElements { paths: paths.iter().map(|p| (*p).to_owned()).collect() });
        for v in &mut verdicts {
            v.matched = false;
        }
    }
    BranchVerdict { matched, fields: verdicts, reason }
}

fn explain_field(
    field: &FieldRule,
    index: usize,
    extraction: &Extraction,
    event: &str,
    chosen: Decided,
    descriptions: &[String],
    unread: bool,
) -> FieldVerdict {
    let values: &[EventValue] = extraction.values.get(field.path_id).map_or(&[], Vec::as_slice);
    let conditions: Vec<ConditionVerdict> = field
        .conditions
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let satisfied_by: Vec<Span> = if c.matcher == Matcher::Exists(false) {
                Vec::new()
            } else {
                values.iter().filter(|v| value_satisfies(field, &c.matcher, v, event)).map(|v| v.span).collect()
            };
            let matched = match c.matcher {
                Matcher::Exists(false) => values.is_empty() || chosen == Decided::ByAbsence,
                _ => !satisfied_by.is_empty(),
            };
            let description = descriptions.get(k).cloned().unwrap_or_else(|| describe(&c.matcher));
            ConditionVerdict { span: c.span, matcher: c.matcher.clone(), description, matched, satisfied_by }
        })
        .collect();
    let standalone = (values.is_empty() && field_accepts_absence(field))
        || conditions.iter().any(|c| c.matched && !c.satisfied_by.is_empty());
    let matched = chosen != Decided::Alone || standalone;
    let deciding = match chosen {
        Decided::By(v) => vec![v.span],
        Decided::ByAbsence => Vec::new(),
        Decided::Alone if matched => conditions.iter().flat_map(|c| c.satisfied_by.iter().copied()).take(1).collect(),
        Decided::Alone => values.iter().map(|v| v.span).collect(),
    };
    let reason = (!matched).then(|| {
        if unread { MissReason::UnreadEmptyKey { path: field.path.clone() } } else { miss_reason(field, values, event) }
    });
    let quirk = if !matched {
        None
    } else if unread && values.is_empty() {
        Some(Quirk::EmptyLastKey { path: field.path.clone() })
    } else {
        let value = match chosen {
            Decided::By(v) => Some(v),
            _ => values.iter().find(|v| deciding.contains(&v.span)).copied(),
        };
        value.and_then(|v| match_quirk(field, &v, event))
    };
    FieldVerdict {
        field: index,
        path: field.path.clone(),
        matched,
        values: values.iter().map(|v| v.span).collect(),
        deciding,
        conditions,
        reason,
        quirk,
    }
}

/// The quirk by which `value` satisfies the field, when it satisfies no
/// condition the documented way.
fn match_quirk(field: &FieldRule, value: &EventValue, event: &str) -> Option<Quirk> {
    let satisfying: Vec<&Matcher> = field
        .conditions
        .iter()
        .map(|c| &c.matcher)
        .filter(|m| **m != Matcher::Exists(false) && value_satisfies(field, m, value, event))
        .collect();
    let mut quirks = satisfying.iter().map(|m| condition_quirk(m, value, event));
    let first = quirks.next()??;
    quirks.all(|q| q.is_some()).then_some(first)
}

/// The quirk by which one condition accepts `value`, if it accepts it only by one.
fn condition_quirk(matcher: &Matcher, value: &EventValue, event: &str) -> Option<Quirk> {
    let text = value.text(event);
    let shown = if value.kind == ValueKind::String { quoted(&text) } else { text.to_string() };
    let is_number = value.kind == ValueKind::Number;
    match matcher {
        Matcher::Cidr(range) => range.cross_family(&text, is_number).map(|how| Quirk::IpAcrossFamilies {
            value: shown,
            range: range.to_string(),
            how,
        }),
        Matcher::Equals(Literal::String { text: wanted, ip: Some(range) }) => range
            .cross_family(&text, is_number)
            .map(|how| Quirk::IpAcrossFamilies { value: shown, range: wanted.clone(), how }),
        Matcher::EqualsIgnoreCase(t) | Matcher::PrefixIgnoreCase(t) if t.after_leading_star => {
            let anchor = if matches!(matcher, Matcher::EqualsIgnoreCase(_)) { Anchor::Whole } else { Anchor::Start };
            let plain = IgnoreCase::new(&t.text);
            (!plain.matches(&text, anchor))
                .then(|| Quirk::IgnoreCaseAfterWildcard { value: shown, text: quoted(&t.text) })
        }
        _ => None,
    }
}

/// The reasons of one missed event, as [`Explainer::miss_reasons_into`]
/// writes them: strings kept from event to event and written over.
#[derive(Debug, Clone, Default)]
pub struct Reasons {
    texts: Vec<String>,
    len: usize,
}

impl Reasons {
    /// Forgets the reasons, keeping their buffers.
    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// A new, empty reason to write.
    fn next(&mut self) -> &mut String {
        if self.len == self.texts.len() {
            self.texts.push(String::new());
        }
        let text = &mut self.texts[self.len];
        text.clear();
        self.len += 1;
        text
    }

    /// The reasons, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.texts[..self.len].iter().map(String::as_str)
    }

    /// Whether there are none (the event matched).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// [`show`] onto the end of `out`.
fn show_into(out: &mut String, value: &EventValue, event: &str) {
    let raw = value.span.slice(event);
    match raw.char_indices().nth(60) {
        None => out.push_str(raw),
        Some((cut, _)) => {
            out.push_str(&raw[..cut]);
            out.push('…');
            if value.kind == ValueKind::String {
                out.push('"');
            }
        }
    }
}

/// An event value as the user would write it, shortened if long.
fn show(value: &EventValue, event: &str) -> String {
    let raw = value.span.slice(event);
    let mut shown: String = raw.chars().take(60).collect();
    if shown.len() < raw.len() {
        shown.push('…');
        if value.kind == ValueKind::String {
            shown.push('"');
        }
    }
    shown
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// Why a field misses.
fn miss_reason(field: &FieldRule, values: &[EventValue], event: &str) -> MissReason {
    near_miss(field, values, event).unwrap_or_else(|| MissReason::NotAllowed {
        path: field.path.clone(),
        values: values.iter().map(|v| show(v, event)).collect(),
        allowed: allowed(field).cloned().collect(),
    })
}

/// The conditions that would allow a value (all but `exists: false`).
fn allowed(field: &FieldRule) -> impl Iterator<Item = &Matcher> {
    field.conditions.iter().map(|c| &c.matcher).filter(|m| **m != Matcher::Exists(false))
}

/// Why a field misses, unless it is only that no value is allowed
/// ([`MissReason::NotAllowed`]).
fn near_miss(field: &FieldRule, values: &[EventValue], event: &str) -> Option<MissReason> {
    let path = || field.path.clone();
    let values_shown = || values.iter().map(|v| show(v, event)).collect();
    if values.is_empty() {
        return Some(MissReason::Missing { path: path() });
    }
    if field.conditions.iter().all(|c| c.matcher == Matcher::Exists(false)) {
        return Some(MissReason::MustBeAbsent { path: path(), values: values_shown() });
    }
    // Specific hints first: a case difference, or a type mismatch.
    for v in values {
        let text = v.text(event);
        for c in &field.conditions {
            if let Some(hint) = hint(&c.matcher, v, &text) {
                return Some(MissReason::Hint { path: path(), values: values_shown(), hint });
            }
        }
    }
    None
}

/// Whether `value` matches `wanted` at `anchor` when case is ignored; cheap
/// for ASCII, EventBridge's own rule otherwise.
fn same_ignoring_case(wanted: &str, value: &str, anchor: Anchor) -> bool {
    if wanted.is_ascii() && value.is_ascii() {
        let n = wanted.len();
        return match anchor {
            Anchor::Whole => value.eq_ignore_ascii_case(wanted),
            Anchor::Start => value.len() >= n && value[..n].eq_ignore_ascii_case(wanted),
            Anchor::End => value.len() >= n && value[value.len() - n..].eq_ignore_ascii_case(wanted),
        };
    }
    IgnoreCase::new(wanted).matches(value, anchor)
}

/// Case-insensitive text compared the documented way: every character by
/// its case forms, supplementary ones included.
fn unicode_ignore_case(text: &str) -> IgnoreCase {
    let mut t = IgnoreCase::new(text);
    t.alternatives = text.chars().map(|c| (c.to_lowercase().collect(), c.to_uppercase().collect())).collect();
    t
}

/// A specific hint for a near miss between one value and one condition.
fn hint(matcher: &Matcher, value: &EventValue, text: &str) -> Option<Hint> {
    let shown = || if value.kind == ValueKind::String { quoted(text) } else { text.to_owned() };
    if value.kind == ValueKind::String {
        let ignore_case = match matcher {
            Matcher::EqualsIgnoreCase(t) => Some((t, Anchor::Whole)),
            Matcher::PrefixIgnoreCase(t) => Some((t, Anchor::Start)),
            Matcher::SuffixIgnoreCase(t) => Some((t, Anchor::End)),
            _ => None,
        };
        if let Some((t, anchor)) = ignore_case
            && t.has_supplementary()
            && !t.matches(text, anchor)
            && unicode_ignore_case(&t.text).matches(text, anchor)
        {
            return Some(Hint::SupplementaryCase { value: shown(), text: quoted(&t.text) });
        }
        if let Matcher::AnythingBut(AnythingBut::IgnoreCase(set)) = matcher
            && let Some(t) = set.iter().find(|t| {
                t.after_leading_star
                    && t.matches(text, Anchor::Whole)
                    && !IgnoreCase::new(&t.text).matches(text, Anchor::Whole)
            })
        {
            return Some(Hint::IgnoreCaseAfterWildcard { value: shown(), text: quoted(&t.text) });
        }
    }
    match (matcher, value.kind) {
        (Matcher::Equals(Literal::String { text: wanted, .. }), ValueKind::String)
            if same_ignoring_case(wanted, text, Anchor::Whole) =>
        {
            Some(Hint::CaseOnly { value: shown(), wanted: quoted(wanted) })
        }
        (Matcher::Prefix(p), ValueKind::String) if same_ignoring_case(p, text, Anchor::Start) => {
            Some(Hint::PrefixCaseOnly { value: shown(), prefix: quoted(p) })
        }
        (Matcher::Suffix(s), ValueKind::String) if same_ignoring_case(s, text, Anchor::End) => {
            Some(Hint::SuffixCaseOnly { value: shown(), suffix: quoted(s) })
        }
        (Matcher::Equals(Literal::Number(n)), ValueKind::String)
            if text.trim() == n.text
                || crate::pattern::number::scaled_value(text).is_ok_and(|s| Some(s) == n.scaled) =>
        {
            Some(Hint::NumberGotString { value: shown() })
        }
        (Matcher::Numeric(_) | Matcher::AnythingBut(AnythingBut::Numbers(_)), ValueKind::String)
            if crate::pattern::number::scaled_value(text).is_ok() =>
        {
            Some(Hint::NumberGotString { value: shown() })
        }
        (Matcher::Equals(Literal::String { text: wanted, .. }), ValueKind::Number) if *wanted == text => {
            Some(Hint::StringGotNumber { wanted: quoted(wanted), value: text.to_owned() })
        }
        (Matcher::Equals(Literal::Null), ValueKind::String) if text.is_empty() => Some(Hint::EmptyStringIsNotNull),
        (Matcher::Equals(Literal::String { text: wanted, .. }), ValueKind::Null) if wanted.is_empty() => {
            Some(Hint::NullIsNotEmptyString)
        }
        (Matcher::Numeric(_), ValueKind::Number) if crate::pattern::number::scaled_value(text).is_err() => {
            Some(Hint::OutsideNumericRange { value: shown() })
        }
        (
            Matcher::Prefix(_)
            | Matcher::Suffix(_)
            | Matcher::EqualsIgnoreCase(_)
            | Matcher::PrefixIgnoreCase(_)
            | Matcher::SuffixIgnoreCase(_)
            | Matcher::Wildcard(_)
            | Matcher::Cidr(_),
            ValueKind::Number | ValueKind::True | ValueKind::False | ValueKind::Null,
        ) => Some(Hint::StringsOnly { operator: operator_kind(matcher), kind: value.kind, value: shown() }),
        _ => None,
    }
}

/// The kind of a string-only condition, for [`Hint::StringsOnly`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringOperator {
    /// `prefix` (either case).
    Prefix,
    /// `suffix` (either case).
    Suffix,
    /// `equals-ignore-case`.
    EqualsIgnoreCase,
    /// `wildcard`.
    Wildcard,
    /// `cidr`.
    Cidr,
}

fn operator_kind(matcher: &Matcher) -> StringOperator {
    match matcher {
        Matcher::Suffix(_) | Matcher::SuffixIgnoreCase(_) => StringOperator::Suffix,
        Matcher::EqualsIgnoreCase(_) => StringOperator::EqualsIgnoreCase,
        Matcher::Wildcard(_) => StringOperator::Wildcard,
        Matcher::Cidr(_) => StringOperator::Cidr,
        _ => StringOperator::Prefix,
    }
}

impl StringOperator {
    /// Its English name, plural ("prefix conditions").
    #[must_use]
    pub fn english(self) -> &'static str {
        match self {
            StringOperator::Prefix => "prefix conditions",
            StringOperator::Suffix => "suffix conditions",
            StringOperator::EqualsIgnoreCase => "equals-ignore-case conditions",
            StringOperator::Wildcard => "wildcard conditions",
            StringOperator::Cidr => "cidr conditions",
        }
    }
}

/// "the string", "the number", ... for a value kind, in English.
#[must_use]
pub fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::String => "the string",
        ValueKind::Number => "the number",
        ValueKind::True | ValueKind::False => "the boolean",
        ValueKind::Null => "null",
    }
}

/// Why a field of a branch does not match. Its `Display` is the English
/// the command line prints; the window says it in the chosen language.
#[derive(Debug, Clone, PartialEq)]
pub enum MissReason {
    /// The event has no value at the path.
    Missing {
        /// The field's path.
        path: String,
    },
    /// The pattern requires the field to be absent, and it is there.
    MustBeAbsent {
        /// The field's path.
        path: String,
        /// The event's values, as written (shortened if long).
        values: Vec<String>,
    },
    /// A near miss with a specific hint.
    Hint {
        /// The field's path.
        path: String,
        /// The event's values, as written.
        values: Vec<String>,
        /// What is near about it.
        hint: Hint,
    },
    /// EventBridge never reads this field: its last key is empty (event-ruler
    /// registers no empty last key), so no event has a value there.
    UnreadEmptyKey {
        /// The field's path.
        path: String,
    },
    /// No value is one the pattern allows.
    NotAllowed {
        /// The field's path.
        path: String,
        /// The event's values, as written.
        values: Vec<String>,
        /// The conditions that would have allowed it.
        allowed: Vec<Matcher>,
    },
}

/// What is near about a near miss.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint {
    /// The value equals the wanted string but for case.
    CaseOnly {
        /// The value, quoted.
        value: String,
        /// The wanted string, quoted.
        wanted: String,
    },
    /// The value starts with the prefix but for case.
    PrefixCaseOnly {
        /// The value, quoted.
        value: String,
        /// The prefix, quoted.
        prefix: String,
    },
    /// The value ends with the suffix but for case.
    SuffixCaseOnly {
        /// The value, quoted.
        value: String,
        /// The suffix, quoted.
        suffix: String,
    },
    /// The pattern compares a number; the event has a string holding one.
    NumberGotString {
        /// The value, quoted.
        value: String,
    },
    /// The pattern expects a string; the event has that number.
    StringGotNumber {
        /// The wanted string, quoted.
        wanted: String,
        /// The number, as written.
        value: String,
    },
    /// `null` wanted, `""` found.
    EmptyStringIsNotNull,
    /// `""` wanted, `null` found.
    NullIsNotEmptyString,
    /// A number EventBridge does not compare numerically.
    OutsideNumericRange {
        /// The number, as written.
        value: String,
    },
    /// A case-insensitive text holds characters outside the Basic
    /// Multilingual Plane, which EventBridge folds one UTF-16 unit at a time:
    /// each becomes `??`, so the value, which matches in any case, does not.
    SupplementaryCase {
        /// The value, quoted.
        value: String,
        /// The case-insensitive text, quoted.
        text: String,
    },
    /// An `anything-but` case-insensitive text on a field with a wildcard
    /// starting with `*`: EventBridge builds it on the wildcard's loop, so its
    /// first character stands for any run of characters and it excludes the value.
    IgnoreCaseAfterWildcard {
        /// The value, quoted.
        value: String,
        /// The case-insensitive text, quoted.
        text: String,
    },
    /// A string-only condition met a value of another kind.
    StringsOnly {
        /// The condition's kind.
        operator: StringOperator,
        /// The value's kind.
        kind: ValueKind,
        /// The value, as written.
        value: String,
    },
}

/// Why a branch misses although each of its fields matches on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BranchReason {
    /// The values come from different elements of one array of objects.
    DifferentElements {
        /// The fields involved.
        paths: Vec<String>,
    },
}

/// `detail.state is "x"` or `detail.state is ["x", "y"]`.
fn path_is(path: &str, values: &[String]) -> String {
    match values {
        [one] => format!("{path} is {one}"),
        _ => format!("{path} is [{}]", values.join(", ")),
    }
}

impl std::fmt::Display for MissReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MissReason::Missing { path } => write!(f, "{path} is missing"),
            MissReason::MustBeAbsent { path, values } => {
                write!(f, "{}; the pattern requires it to be absent", path_is(path, values))
            }
            MissReason::Hint { path, values, hint } => write!(f, "{}: {hint}", path_is(path, values)),
            MissReason::UnreadEmptyKey { path } => write!(
                f,
                "{path} ends in an empty key, which EventBridge never reads (it registers no empty last key), so the field has no value in any event"
            ),
            MissReason::NotAllowed { path, values, allowed } => {
                let allowed: Vec<String> = allowed.iter().map(describe).collect();
                write!(f, "{}; the pattern allows {}", path_is(path, values), list(&allowed))
            }
        }
    }
}

impl std::fmt::Display for Hint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Hint::CaseOnly { value, wanted } => {
                write!(f, "{value} differs from {wanted} only in case: use equals-ignore-case")
            }
            Hint::PrefixCaseOnly { value, prefix } => {
                write!(f, "{value} starts with {prefix} only if case is ignored: use prefix with equals-ignore-case")
            }
            Hint::SuffixCaseOnly { value, suffix } => {
                write!(f, "{value} ends with {suffix} only if case is ignored: use suffix with equals-ignore-case")
            }
            Hint::NumberGotString { value } => {
                write!(f, "the pattern compares a number, the event has the string {value}")
            }
            Hint::StringGotNumber { wanted, value } => {
                write!(f, "the pattern expects the string {wanted}, the event has the number {value}")
            }
            Hint::EmptyStringIsNotNull => f.write_str("the event has an empty string, which is not null"),
            Hint::NullIsNotEmptyString => f.write_str("the event has null, which is not an empty string"),
            Hint::OutsideNumericRange { value } => {
                write!(f, "{value} is outside what EventBridge compares numerically (±5e9, at most 6 decimals)")
            }
            Hint::SupplementaryCase { value, text } => write!(
                f,
                "EventBridge folds case one UTF-16 unit at a time, so each character of {text} outside the Basic Multilingual Plane only matches \"??\" and {value} does not match"
            ),
            Hint::IgnoreCaseAfterWildcard { value, text } => write!(
                f,
                "EventBridge builds {text} on the loop of the wildcard starting with * on the same field, so its first character stands for any run of characters and {value} is excluded"
            ),
            Hint::StringsOnly { operator, kind, value } => {
                write!(f, "{} only apply to strings, the event has {} {value}", operator.english(), kind_name(*kind))
            }
        }
    }
}

impl std::fmt::Display for Quirk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Quirk::EmptyLastKey { path } => {
                write!(f, "{path} ends in an empty key, which EventBridge never reads, so the field counts as absent")
            }
            Quirk::IpAcrossFamilies { value, range, how } => match how {
                CrossFamily::Ipv6ByFirst32Bits => write!(
                    f,
                    "EventBridge compares the IPv6 address {value} with the IPv4 range {range} by its first 32 bits"
                ),
                CrossFamily::Ipv4InIpv6Block => write!(
                    f,
                    "EventBridge compares the IPv4 address {value} with the IPv6 range {range} digit by digit, and its 8 hex digits already fall inside"
                ),
                CrossFamily::NumberAsDigits => write!(
                    f,
                    "EventBridge reads the number {value} as text, and its digits fall in the IP range {range}"
                ),
            },
            Quirk::IgnoreCaseAfterWildcard { value, text } => write!(
                f,
                "EventBridge builds {text} on the loop of the wildcard starting with * on the same field, so its first character stands for any run of characters and {value} matches"
            ),
        }
    }
}

impl std::fmt::Display for BranchReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BranchReason::DifferentElements { paths } => write!(
                f,
                "each field matches on its own, but not within one element of the same array ({}): fields matched in an array of objects must come from the same element",
                paths.join(", ")
            ),
        }
    }
}

fn list(items: &[String]) -> String {
    match items {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        [] => String::new(),
    }
}

/// A condition in plain words.
#[must_use]
pub fn describe(matcher: &Matcher) -> String {
    let quote_all = |items: &[String]| list(&items.iter().map(|s| quoted(s)).collect::<Vec<_>>());
    match matcher {
        Matcher::Equals(Literal::String { text, .. }) => quoted(text),
        Matcher::Equals(Literal::Number(n)) => n.text.clone(),
        Matcher::Equals(Literal::Bool(b)) => b.to_string(),
        Matcher::Equals(Literal::Null) => "null".to_owned(),
        Matcher::Prefix(p) => format!("a string starting with {}", quoted(p)),
        Matcher::Suffix(s) => format!("a string ending with {}", quoted(s)),
        Matcher::PrefixIgnoreCase(p) => format!("a string starting with {} in any case", quoted(&p.text)),
        Matcher::SuffixIgnoreCase(s) => format!("a string ending with {} in any case", quoted(&s.text)),
        Matcher::EqualsIgnoreCase(s) => format!("{} in any case", quoted(&s.text)),
        Matcher::Wildcard(w) => format!("a string like {}", quoted(&w.text)),
        Matcher::Exists(true) => "any value (exists)".to_owned(),
        Matcher::Exists(false) => "no value (does not exist)".to_owned(),
        Matcher::Cidr(range) => format!("an IP address in {range}"),
        Matcher::Numeric(range) => format!("a number {}", range.to_string().replace(", ", " and ")),
        Matcher::AnythingBut(but) => {
            let what = match but {
                AnythingBut::Strings(set) => quote_all(set),
                AnythingBut::Numbers(set) => list(&set.iter().map(|n| n.text.clone()).collect::<Vec<_>>()),
                AnythingBut::Prefixes(set) => format!("strings starting with {}", quote_all(set)),
                AnythingBut::Suffixes(set) => format!("strings ending with {}", quote_all(set)),
                AnythingBut::IgnoreCase(set) => {
                    format!("{} in any case", quote_all(&set.iter().map(|s| s.text.clone()).collect::<Vec<_>>()))
                }
                AnythingBut::Wildcards(set) => {
                    format!("strings like {}", quote_all(&set.iter().map(|w| w.text.clone()).collect::<Vec<_>>()))
                }
            };
            format!("any value but {what}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(pattern: &str, event: &str) -> Vec<String> {
        let Ok(p) = Pattern::parse(pattern) else { panic!("valid pattern {pattern}") };
        let Ok(e) = explain(&p, event) else { panic!("valid event {event}") };
        e.branches.iter().flat_map(BranchVerdict::reasons).collect()
    }

    #[test]
    fn misses_say_why_in_plain_words() {
        let p = r#"{"detail": {"state": ["running", "pending"]}}"#;
        assert_eq!(
            reasons(p, r#"{"detail": {"state": "stopped"}}"#),
            [r#"detail.state is "stopped"; the pattern allows "running" or "pending""#]
        );
        assert_eq!(reasons(p, r#"{"detail": {}}"#), ["detail.state is missing"]);
        assert_eq!(
            reasons(p, r#"{"detail": {"state": "Running"}}"#),
            [r#"detail.state is "Running": "Running" differs from "running" only in case: use equals-ignore-case"#]
        );
        assert_eq!(
            reasons(r#"{"n": [5]}"#, r#"{"n": "5"}"#),
            [r#"n is "5": the pattern compares a number, the event has the string "5""#]
        );
        assert_eq!(
            reasons(r#"{"n": [{"numeric": [">", 0, "<=", 5]}]}"#, r#"{"n": 12}"#),
            ["n is 12; the pattern allows a number > 0 and <= 5"]
        );
    }

    #[test]
    fn matches_point_at_the_deciding_values() {
        let event = r#"{"source": "aws.ec2", "detail": {"state": "running"}}"#;
        let Ok(p) = Pattern::parse(r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#) else { panic!() };
        let Ok(e) = explain(&p, event) else { panic!() };
        assert!(e.matched);
        let deciding: Vec<&str> =
            e.branches[0].fields.iter().flat_map(|f| f.deciding.iter().map(|s| s.slice(event))).collect();
        assert_eq!(deciding, [r#""running""#, r#""aws.ec2""#]);
    }

    #[test]
    fn array_element_conflicts_are_explained() {
        let p = r#"{"a": {"x": [1], "y": [4]}}"#;
        let r = reasons(p, r#"{"a": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}"#);
        assert_eq!(r.len(), 1);
        assert!(r[0].contains("same element"), "{r:?}");
    }
}
