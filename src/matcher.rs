//! Does an event match a pattern? EventBridge's semantics, in one place.
//!
//! - A pattern matches when any branch matches (branches come from `$or`).
//! - A branch matches when every field matches, using values that could come
//!   from one element of every array of objects they share.
//! - A field matches when some event value at its path satisfies some
//!   condition; `{"exists": false}` is satisfied by the path having no value.
//!
//! [`value_satisfies`] is the single definition of what a condition accepts;
//! the explainer uses it too, so explanations and verdicts cannot disagree.

use crate::event::{EventError, EventValue, Extraction, Extractor, ValueKind};
use crate::pattern::number::scaled_value;
use crate::pattern::{Anchor, AnythingBut, FieldRule, IpRange, Literal, Matcher, NumericRange, Pattern};

/// Matches events against one compiled pattern, reusing buffers between events.
#[derive(Debug, Clone)]
pub struct EventMatcher<'p> {
    pattern: &'p Pattern,
    extractor: Extractor,
    extraction: Extraction,
    fields: Vec<&'p FieldRule>,
    /// Each field's verdict, with the number of the event it was judged on
    /// (see [`EventMatcher::matches`]).
    verdicts: Vec<(u64, bool)>,
    /// The number of the event being matched (from 1).
    event_number: u64,
    /// Each field's conditions in their quick form, when all have one.
    quick: Vec<Option<Vec<Quick<'p>>>>,
}

/// A condition in the form that tests a value without escapes directly on
/// the event's bytes. It accepts exactly what [`value_satisfies`] accepts
/// for such a value; it exists because the general way (decoding the text,
/// matching on every kind of condition) was most of the cost of matching
/// the common conditions. Other conditions have no quick form.
#[derive(Debug, Clone, Copy)]
enum Quick<'p> {
    /// A string equal to this text (not an IP address).
    Text(&'p str),
    /// A string starting with this text.
    Prefix(&'p str),
    /// Anything but a string equal to one of these.
    NotText(&'p [String]),
    /// A number in this range.
    Numeric(&'p NumericRange),
}

impl<'p> Quick<'p> {
    fn of(matcher: &'p Matcher) -> Option<Self> {
        Some(match matcher {
            Matcher::Equals(Literal::String { text, ip: None }) => Self::Text(text),
            Matcher::Prefix(p) => Self::Prefix(p),
            Matcher::AnythingBut(AnythingBut::Strings(set)) => Self::NotText(set),
            Matcher::Numeric(range) => Self::Numeric(range),
            _ => return None,
        })
    }

    /// Whether `value`, which has no escapes, passes.
    #[inline]
    fn accepts(self, value: &EventValue, event: &str) -> bool {
        let string = || {
            let inside = value.span.start + 1..value.span.end.saturating_sub(1);
            (value.kind == ValueKind::String).then(|| event.as_bytes().get(inside)).flatten()
        };
        match self {
            Self::Text(wanted) => string() == Some(wanted.as_bytes()),
            Self::Prefix(p) => string().is_some_and(|text| text.starts_with(p.as_bytes())),
            Self::NotText(set) => string().is_none_or(|text| !set.iter().any(|s| s.as_bytes() == text)),
            Self::Numeric(range) => {
                value.kind == ValueKind::Number
                    && scaled_value(value.span.slice(event)).is_ok_and(|s| range.contains(s))
            }
        }
    }
}

impl<'p> EventMatcher<'p> {
    /// A matcher for `pattern`.
    #[must_use]
    pub fn new(pattern: &'p Pattern) -> Self {
        Self {
            pattern,
            extractor: Extractor::new(&pattern.paths),
            extraction: Extraction::default(),
            fields: Vec::new(),
            verdicts: vec![(0, false); pattern.fields.len()],
            event_number: 0,
            quick: pattern
                .fields
                .iter()
                .map(|field| field.conditions.iter().map(|c| Quick::of(&c.matcher)).collect())
                .collect(),
        }
    }

    /// Whether the event text matches; an error if the event is not a JSON object.
    pub fn matches(&mut self, event: &str) -> Result<bool, EventError> {
        self.extractor.extract(event, &mut self.extraction)?;
        let pattern = self.pattern;
        if self.extraction.memberships.is_empty() {
            // No value sits in an array of interest, so every field stands
            // alone (as in [`branch_matches`]) and its verdict holds in every
            // branch: each is judged once, not once per branch naming it.
            self.event_number += 1;
            let (number, verdicts) = (self.event_number, &mut self.verdicts);
            let (extraction, quick) = (&self.extraction, &self.quick);
            return Ok(pattern.branches.iter().any(|branch| {
                branch.iter().all(|&i| match verdicts.get_mut(i) {
                    Some((judged, verdict)) if *judged == number => *verdict,
                    Some((judged, verdict)) => {
                        *judged = number;
                        *verdict = pattern.fields.get(i).is_none_or(|field| {
                            field_matches_with(field, quick.get(i).and_then(Option::as_deref), extraction, event)
                        });
                        *verdict
                    }
                    None => true,
                })
            }));
        }
        for branch in &pattern.branches {
            self.fields.clear();
            self.fields.extend(branch.iter().filter_map(|&i| pattern.fields.get(i)));
            if branch_matches(&self.fields, &self.extraction, event) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The values read from the last event matched.
    #[must_use]
    pub fn extraction(&self) -> &Extraction {
        &self.extraction
    }
}

/// Whether `event` matches `pattern` (convenience for one-off checks).
pub fn matches(pattern: &Pattern, event: &str) -> Result<bool, EventError> {
    EventMatcher::new(pattern).matches(event)
}

/// Whether one branch's fields all match with mutually compatible values.
/// `fields` must be in path order (as [`Pattern::branches`] keeps them).
pub(crate) fn branch_matches(fields: &[&FieldRule], extraction: &Extraction, event: &str) -> bool {
    if !uses_arrays(fields, extraction) {
        // No array positions to reconcile: each field stands alone.
        return fields.iter().all(|field| field_matches_alone(field, extraction, event));
    }
    branch_assignment(fields, extraction, event).is_some()
}

/// Whether a field matches when no other field's values constrain which of
/// its values may be used (none sits in an array another field shares).
pub(crate) fn field_matches_alone(field: &FieldRule, extraction: &Extraction, event: &str) -> bool {
    field_matches_with(field, None, extraction, event)
}

/// [`field_matches_alone`], with the field's conditions in their quick form
/// when it has one (values with escapes take the general way).
fn field_matches_with(field: &FieldRule, quick: Option<&[Quick<'_>]>, extraction: &Extraction, event: &str) -> bool {
    let values = values_at(field, extraction);
    (values.is_empty() && field_accepts_absence(field))
        || values.iter().any(|v| match quick {
            Some(tests) if !v.escaped => tests.iter().any(|t| t.accepts(v, event)),
            _ => field_accepts_value(field, v, event),
        })
}

/// The values that make a branch match, one per field (`None` where the
/// field is satisfied by being absent), or `None` if the branch does not match.
pub(crate) fn branch_assignment(
    fields: &[&FieldRule],
    extraction: &Extraction,
    event: &str,
) -> Option<Vec<Option<EventValue>>> {
    let mut chosen = Vec::with_capacity(fields.len());
    consistent_choice(fields, extraction, event, &mut chosen).then_some(chosen)
}

fn values_at<'e>(field: &FieldRule, extraction: &'e Extraction) -> &'e [EventValue] {
    extraction.values.get(field.path_id).map_or(&[][..], Vec::as_slice)
}

fn uses_arrays(fields: &[&FieldRule], extraction: &Extraction) -> bool {
    fields.iter().any(|f| values_at(f, extraction).iter().any(|v| v.arrays.0 != v.arrays.1))
}

/// Depth-first search, in path order, for one value per field such that no
/// array holds two chosen values at different indices. `{"exists": false}`
/// holds when no value at the path fits with the values chosen so far, which
/// is how EventBridge walks a pattern's fields.
fn consistent_choice(
    fields: &[&FieldRule],
    extraction: &Extraction,
    event: &str,
    chosen: &mut Vec<Option<EventValue>>,
) -> bool {
    let Some((field, rest)) = fields.split_first() else {
        return true;
    };
    let values = values_at(field, extraction);
    let fits =
        |v: &EventValue, chosen: &[Option<EventValue>]| chosen.iter().flatten().all(|c| extraction.compatible(c, v));
    if field_accepts_absence(field) && !values.iter().any(|v| fits(v, chosen)) {
        chosen.push(None);
        if consistent_choice(rest, extraction, event, chosen) {
            return true;
        }
        chosen.pop();
    }
    for value in values {
        if fits(value, chosen) && field_accepts_value(field, value, event) {
            chosen.push(Some(*value));
            if consistent_choice(rest, extraction, event, chosen) {
                return true;
            }
            chosen.pop();
        }
    }
    false
}

/// Whether the field's conditions accept the path having no value.
#[must_use]
pub fn field_accepts_absence(field: &FieldRule) -> bool {
    field.conditions.iter().any(|c| c.matcher == Matcher::Exists(false))
}

/// Whether some condition of the field accepts this value.
#[must_use]
pub fn field_accepts_value(field: &FieldRule, value: &EventValue, event: &str) -> bool {
    field.conditions.iter().any(|c| value_satisfies(field, &c.matcher, value, event))
}

/// Whether EventBridge reads this number as text at this field: when no
/// condition of the field compares numbers, or the number is beyond what it
/// compares numerically. Text matters only to IP ranges, which EventBridge
/// compares as hex digits: a number such as `123` falls in `0.0.0.0/0`.
fn number_read_as_text(field: &FieldRule, raw: &str) -> bool {
    let numeric = field.conditions.iter().any(|c| {
        matches!(
            c.matcher,
            Matcher::Numeric(_) | Matcher::Equals(Literal::Number(_)) | Matcher::AnythingBut(AnythingBut::Numbers(_))
        )
    });
    !numeric || scaled_value(raw).is_err()
}

/// Whether a number's text falls in an IP range as EventBridge compares them
/// (see [`number_read_as_text`]).
#[must_use]
pub fn number_in_ip_range(field: &FieldRule, range: &IpRange, value: &EventValue, event: &str) -> bool {
    value.kind == ValueKind::Number && {
        let raw = value.span.slice(event);
        range.admits_digits(raw.as_bytes()) && number_read_as_text(field, raw)
    }
}

/// Whether one event value satisfies one condition of `field`. This is the
/// definition of every operator's meaning. (The field matters in one corner:
/// whether a number is read as text, see [`number_in_ip_range`].)
#[must_use]
pub fn value_satisfies(field: &FieldRule, matcher: &Matcher, value: &EventValue, event: &str) -> bool {
    let is_string = value.kind == ValueKind::String;
    let text = || value.text(event);
    match matcher {
        Matcher::Equals(literal) => match literal {
            Literal::String { text: wanted, ip } => {
                (is_string && (*text() == **wanted || ip.is_some_and(|r| r.contains_text(&text()))))
                    || ip.is_some_and(|r| number_in_ip_range(field, &r, value, event))
            }
            Literal::Number(n) => {
                value.kind == ValueKind::Number && {
                    let raw = value.span.slice(event);
                    n.same_as(raw, scaled_value(raw).ok())
                }
            }
            Literal::Bool(true) => value.kind == ValueKind::True,
            Literal::Bool(false) => value.kind == ValueKind::False,
            Literal::Null => value.kind == ValueKind::Null,
        },
        Matcher::Prefix(p) => is_string && text().starts_with(p.as_str()),
        Matcher::Suffix(s) => is_string && text().ends_with(s.as_str()),
        Matcher::PrefixIgnoreCase(p) => is_string && p.matches(&text(), Anchor::Start),
        Matcher::SuffixIgnoreCase(s) => is_string && s.matches(&text(), Anchor::End),
        Matcher::EqualsIgnoreCase(s) => is_string && s.matches(&text(), Anchor::Whole),
        Matcher::Wildcard(w) => is_string && w.matches(&text()),
        Matcher::Cidr(range) => {
            (is_string && range.contains_text(&text())) || number_in_ip_range(field, range, value, event)
        }
        Matcher::Exists(exists) => *exists,
        Matcher::Numeric(range) => {
            value.kind == ValueKind::Number && scaled_value(value.span.slice(event)).is_ok_and(|s| range.contains(s))
        }
        Matcher::AnythingBut(but) => !anything_but_excludes(but, value, event),
    }
}

/// Whether an `anything-but` names this value (so the value does not match).
#[must_use]
pub fn anything_but_excludes(but: &AnythingBut, value: &EventValue, event: &str) -> bool {
    if let AnythingBut::Numbers(numbers) = but {
        if value.kind != ValueKind::Number {
            return false;
        }
        let raw = value.span.slice(event);
        let scaled = scaled_value(raw).ok();
        return numbers.iter().any(|n| n.same_as(raw, scaled));
    }
    if value.kind != ValueKind::String {
        return false;
    }
    let text = value.text(event);
    match but {
        AnythingBut::Strings(set) => set.iter().any(|s| *s == *text),
        AnythingBut::Prefixes(set) => set.iter().any(|p| text.starts_with(p.as_str())),
        AnythingBut::Suffixes(set) => set.iter().any(|s| text.ends_with(s.as_str())),
        AnythingBut::IgnoreCase(set) => set.iter().any(|s| s.matches(&text, Anchor::Whole)),
        AnythingBut::Wildcards(set) => set.iter().any(|w| w.matches(&text)),
        AnythingBut::Numbers(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The general way: every branch through [`branch_matches`], every
    /// condition through [`value_satisfies`].
    fn general_verdict(pattern: &Pattern, extraction: &Extraction, event: &str) -> bool {
        pattern.branches.iter().any(|branch| {
            let fields: Vec<&FieldRule> = branch.iter().filter_map(|&i| pattern.fields.get(i)).collect();
            branch_matches(&fields, extraction, event)
        })
    }

    #[test]
    fn quick_forms_accept_what_the_general_way_accepts() {
        let conditions = [
            r#""running""#,
            r#""""#,
            r#"{"prefix": "ru"}"#,
            r#"{"prefix": ""}"#,
            r#"{"anything-but": ["running", "x"]}"#,
            r#"{"anything-but": "running"}"#,
            r#"{"numeric": [">", 10, "<=", 500]}"#,
            r#"{"numeric": ["=", 12]}"#,
            r#""running", {"prefix": "x"}, {"numeric": ["<", 0]}"#,
            // No quick form: taken the general way, alone or beside quick ones.
            r#""10.0.0.1""#,
            r#""running", {"suffix": "ing"}"#,
        ];
        let values = [
            r#""running""#,
            r#""runnin""#,
            r#""run\u006eing""#,
            r#""ru\"x""#,
            r#""""#,
            r#""ru""#,
            r#""x""#,
            r#""10.0.0.1""#,
            r#""é""#,
            "12",
            "12.0",
            "1.2e1",
            "-3",
            "true",
            "null",
            r#"["running", 5]"#,
            "[]",
        ];
        let mut quick_fields = 0;
        for condition in conditions {
            let pattern = Pattern::parse(&format!(r#"{{"a": [{condition}], "b": {{"c": [{condition}]}}}}"#))
                .unwrap_or_else(|e| panic!("{condition}: {e}"));
            let mut matcher = EventMatcher::new(&pattern);
            quick_fields += matcher.quick.iter().flatten().count();
            for a in values {
                for c in values {
                    let event = format!(r#"{{"a": {a}, "b": {{"c": {c}}}, "z": 1}}"#);
                    let verdict = matcher.matches(&event).unwrap_or_else(|e| panic!("{event}: {e}"));
                    let general = general_verdict(&pattern, matcher.extraction(), &event);
                    assert_eq!(verdict, general, "pattern {condition}, event {event}");
                }
            }
        }
        // Both fields of the first nine patterns have their quick form.
        assert_eq!(quick_fields, 18);
    }
}
