//! Event patterns: the typed form of a pattern's JSON, and its compiler.
//!
//! [`Pattern::parse`] reads pattern text into a [`Pattern`] or rejects it with
//! the reason AWS gives ([`PatternError`]). A pattern is kept the way
//! EventBridge evaluates it: a list of *branches* (one per combination of
//! `$or` alternatives), each branch a set of fields that must all match, each
//! field a list of conditions of which one must match. Fields are stored once
//! in [`Pattern::fields`]; branches refer to them by index, so a field shared by
//! every branch is one object with one span.

mod compile;
pub mod complexity;
mod error;
pub mod ip;
pub mod number;
pub mod wildcard;

pub use error::{MAX_COMBINATIONS, PatternError, PatternErrorKind};
pub use ip::IpRange;
pub use number::Number;
pub use wildcard::Wildcard;

use crate::json::Span;

/// Whether EventBridge reads empty keys (`""`) in events for these field
/// paths. event-ruler reads an event key only if it is a step of some field
/// path, taking the steps with Java's `split`, which drops a trailing empty
/// step: `detail.` (from `{"detail": {"": [...]}}`) registers only `detail`.
/// So an empty last key below the top level is never read unless another
/// path has an empty step elsewhere (a top-level `""`, or one in the middle
/// of a path such as `detail..a`).
#[must_use]
pub fn registers_empty_key<'a>(paths: impl IntoIterator<Item = &'a str>) -> bool {
    paths.into_iter().any(|path| {
        let mut steps: Vec<&str> = path.split('.').collect();
        if path.is_empty() {
            return true;
        }
        while steps.last() == Some(&"") {
            steps.pop();
        }
        steps.contains(&"")
    })
}

/// Whether a field path ends in an empty key that EventBridge does not read
/// for this pattern (see [`registers_empty_key`]): no event has a value there.
#[must_use]
pub fn unread_empty_key(pattern: &Pattern, path: &str) -> bool {
    path.ends_with('.') && !registers_empty_key(pattern.paths.iter().map(String::as_str))
}

/// A compiled event pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Every field rule, in the order they were written.
    pub fields: Vec<FieldRule>,
    /// Each branch lists the fields (indices into `fields`, in path order)
    /// that must all match. An event matches the pattern when any branch matches.
    pub branches: Vec<Vec<usize>>,
    /// The distinct field paths, in order of first use; `FieldRule::path_id`
    /// indexes this.
    pub paths: Vec<String>,
    /// The wildcard complexity score, as event-ruler computes it (see [`complexity`]).
    complexity: usize,
    /// The field whose wildcards reach that score.
    complexity_field: Option<usize>,
}

/// One field of a pattern: a dotted path and the conditions on its values.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRule {
    /// The event path, segments joined by `.` (e.g. `detail.state`).
    pub path: String,
    /// Index of `path` in [`Pattern::paths`].
    pub path_id: usize,
    /// The key that names the field's last segment, quotes included.
    pub key_span: Span,
    /// The array of conditions, bracket to bracket.
    pub span: Span,
    /// The conditions; a value satisfying any of them satisfies the field.
    pub conditions: Vec<Condition>,
}

/// One condition in a field's list, e.g. `"running"` or `{"prefix": "i-"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// Where the condition is written.
    pub span: Span,
    /// What it tests.
    pub matcher: Matcher,
}

/// The test a condition applies to one event value.
#[derive(Debug, Clone, PartialEq)]
pub enum Matcher {
    /// Equal to a literal: `"running"`, `5`, `true`, `null`.
    Equals(Literal),
    /// A string starting with this text: `{"prefix": "i-"}`.
    Prefix(String),
    /// A string starting with this text in any case: `{"prefix": {"equals-ignore-case": "I-"}}`.
    PrefixIgnoreCase(IgnoreCase),
    /// A string ending with this text: `{"suffix": ".png"}`.
    Suffix(String),
    /// A string ending with this text in any case: `{"suffix": {"equals-ignore-case": ".PNG"}}`.
    SuffixIgnoreCase(IgnoreCase),
    /// A string equal to this text in any case: `{"equals-ignore-case": "Running"}`.
    EqualsIgnoreCase(IgnoreCase),
    /// A string matching a `*` pattern: `{"wildcard": "dir/*.png"}`.
    Wildcard(Wildcard),
    /// Any value except those described: `{"anything-but": ...}`.
    AnythingBut(AnythingBut),
    /// A number in a range: `{"numeric": [">", 0, "<=", 5]}`.
    Numeric(NumericRange),
    /// The field is present (`true`) or absent (`false`): `{"exists": true}`.
    Exists(bool),
    /// An IP address in a range: `{"cidr": "10.0.0.0/24"}`.
    Cidr(IpRange),
}

/// A literal value to compare with.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// A string. `ip` is set when the string is an IP address, which
    /// EventBridge then compares as an address.
    String {
        /// The decoded text.
        text: String,
        /// The address, when the text is one.
        ip: Option<IpRange>,
    },
    /// A number.
    Number(Number),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
}

/// The values an `anything-but` excludes.
#[derive(Debug, Clone, PartialEq)]
pub enum AnythingBut {
    /// These strings: `{"anything-but": ["a", "b"]}`.
    Strings(Vec<String>),
    /// These numbers: `{"anything-but": [1, 2]}`.
    Numbers(Vec<Number>),
    /// Strings with any of these prefixes: `{"anything-but": {"prefix": "a"}}`.
    Prefixes(Vec<String>),
    /// Strings with any of these suffixes: `{"anything-but": {"suffix": "a"}}`.
    Suffixes(Vec<String>),
    /// These strings in any case: `{"anything-but": {"equals-ignore-case": "a"}}`.
    IgnoreCase(Vec<IgnoreCase>),
    /// Strings matching any of these wildcards: `{"anything-but": {"wildcard": "a*"}}`.
    Wildcards(Vec<Wildcard>),
}

/// Text compared without regard to case, the way EventBridge does it: each
/// character of the pattern stands for its lower-case or its upper-case
/// form (so `ß` accepts `ß` or `SS`); the event's text is not changed.
///
/// EventBridge (event-ruler, in Java) folds case one UTF-16 unit at a time,
/// so a character outside the Basic Multilingual Plane (an emoji, `𐐀`) is two
/// halves that it cannot encode alone; it writes each as `?`. Such a
/// character in the pattern therefore stands for `??` in the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoreCase {
    /// The text as written.
    pub text: String,
    /// For each character: its lower-case and upper-case forms.
    pub alternatives: Vec<(String, String)>,
    /// Set when event-ruler reads the first character as any run of one or
    /// more characters: the text is on a field that also has a wildcard
    /// starting with `*` (or an `anything-but` one), written before it, and its
    /// first character has two case forms. event-ruler then builds the text
    /// on the wildcard's looping state ([`IgnoreCase::follows_leading_star`]).
    pub after_leading_star: bool,
}

/// Whether Java sees two case forms for this character (event-ruler's test
/// for building case alternatives).
#[must_use]
pub fn has_case_forms(c: char) -> bool {
    if c.len_utf16() > 1 {
        return false;
    }
    !c.to_lowercase().eq(c.to_uppercase())
}

/// Where a case-insensitive text must sit in a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The whole value.
    Whole,
    /// The start of the value.
    Start,
    /// The end of the value.
    End,
}

impl IgnoreCase {
    /// Prepares `text` for case-insensitive comparison.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let alternatives = text
            .chars()
            .map(|c| {
                if c.len_utf16() > 1 {
                    ("??".to_owned(), "??".to_owned())
                } else {
                    (c.to_lowercase().collect(), c.to_uppercase().collect())
                }
            })
            .collect();
        Self { text: text.to_owned(), alternatives, after_leading_star: false }
    }

    /// Whether event-ruler reads this text differently from its letter
    /// because of a character outside the Basic Multilingual Plane.
    #[must_use]
    pub fn has_supplementary(&self) -> bool {
        self.text.chars().any(|c| c.len_utf16() > 1)
    }

    /// Whether, written after a wildcard starting with `*` on the same field,
    /// event-ruler builds this text on the wildcard's looping state (its first
    /// character has two case forms), so that the first character stands for
    /// any run of one or more characters.
    #[must_use]
    pub fn follows_leading_star(&self) -> bool {
        self.text.chars().next().is_some_and(has_case_forms)
    }

    /// Whether `value` matches at the given anchor.
    #[must_use]
    pub fn matches(&self, value: &str, anchor: Anchor) -> bool {
        if anchor == Anchor::End {
            return self.matches_from_end(value);
        }
        // Offsets into `value` reachable after matching the first k characters.
        let mut offsets = vec![0usize];
        let mut alternatives = self.alternatives.iter();
        if self.after_leading_star && alternatives.next().is_some() {
            // The first character is any run of one or more characters.
            offsets = value.char_indices().skip(1).map(|(at, _)| at).chain([value.len()]).collect();
            if value.is_empty() {
                return false;
            }
        }
        for (lower, upper) in alternatives {
            let mut next = Vec::with_capacity(offsets.len());
            for &at in &offsets {
                for form in [lower, upper] {
                    if value[at..].starts_with(form.as_str()) && !next.contains(&(at + form.len())) {
                        next.push(at + form.len());
                    }
                }
            }
            if next.is_empty() {
                return false;
            }
            offsets = next;
        }
        anchor == Anchor::Start || offsets.contains(&value.len())
    }

    fn matches_from_end(&self, value: &str) -> bool {
        let mut ends = vec![value.len()];
        for (lower, upper) in self.alternatives.iter().rev() {
            let mut next = Vec::with_capacity(ends.len());
            for &at in &ends {
                for form in [lower, upper] {
                    if value[..at].ends_with(form.as_str()) && !next.contains(&(at - form.len())) {
                        next.push(at - form.len());
                    }
                }
            }
            if next.is_empty() {
                return false;
            }
            ends = next;
        }
        true
    }
}

/// One end of a numeric range: a value times 10^6 and whether it is included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    /// The bound times 10^6 (see [`number`]).
    pub scaled: i64,
    /// Whether the bound itself is in the range.
    pub inclusive: bool,
}

/// A numeric range; a missing bound is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumericRange {
    /// The lower bound.
    pub lower: Option<Bound>,
    /// The upper bound.
    pub upper: Option<Bound>,
}

impl NumericRange {
    /// Whether a comparable number (times 10^6) lies in the range.
    #[must_use]
    pub fn contains(&self, scaled: i64) -> bool {
        let above = self.lower.is_none_or(|b| if b.inclusive { scaled >= b.scaled } else { scaled > b.scaled });
        let below = self.upper.is_none_or(|b| if b.inclusive { scaled <= b.scaled } else { scaled < b.scaled });
        above && below
    }
}

impl std::fmt::Display for Bound {
    /// The bound's value in decimal, e.g. `5`, `-0.5`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let whole = self.scaled / 1_000_000;
        let frac = (self.scaled % 1_000_000).unsigned_abs();
        let sign = if self.scaled < 0 && whole == 0 { "-" } else { "" };
        if frac == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let digits = format!("{frac:06}");
            write!(f, "{sign}{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

impl std::fmt::Display for NumericRange {
    /// The range as comparisons: `> 0, <= 5`, or `= 5`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let (Some(l), Some(u)) = (self.lower, self.upper)
            && l == u
        {
            return write!(f, "= {l}");
        }
        let mut terms = Vec::new();
        if let Some(l) = self.lower {
            terms.push(format!("{} {l}", if l.inclusive { ">=" } else { ">" }));
        }
        if let Some(u) = self.upper {
            terms.push(format!("{} {u}", if u.inclusive { "<=" } else { "<" }));
        }
        f.write_str(&terms.join(", "))
    }
}

/// A pattern whose complexity score AWS may or may not accept: above the
/// highest score AWS is recorded accepting (7) and below the lowest it is
/// recorded refusing (11). AWS does not publish its exact limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ComplexityNotice {
    /// The score, 8 to 10.
    pub score: usize,
}

impl std::fmt::Display for ComplexityNotice {
    /// The command line's English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the wildcards' complexity score is {} (AWS accepts 7 or less and refuses 11 or more; its exact limit is unpublished), so EventBridge may refuse this pattern as too complex",
            self.score
        )
    }
}

impl Pattern {
    /// Compiles pattern text, or returns the error AWS would report.
    pub fn parse(text: &str) -> Result<Self, PatternError> {
        compile::compile(text)
    }

    /// The pattern's wildcard complexity score, counted as event-ruler's
    /// `MachineComplexityEvaluator` counts it (0 without wildcards). AWS
    /// refuses a pattern scoring 11 or more ([`Pattern::parse`] does too) and
    /// accepts 7 or less; between, AWS's exact limit is unpublished: see
    /// [`Pattern::complexity_notice`].
    #[must_use]
    pub fn complexity(&self) -> usize {
        self.complexity
    }

    /// The field (index into [`Pattern::fields`]) whose wildcards reach the
    /// complexity score, if the pattern has wildcards.
    #[must_use]
    pub fn complexity_field(&self) -> Option<usize> {
        self.complexity_field
    }

    /// A notice when the score lies between what AWS is known to accept (7)
    /// and to refuse (11): the pattern may be refused when deployed.
    #[must_use]
    pub fn complexity_notice(&self) -> Option<ComplexityNotice> {
        (complexity::KNOWN_ACCEPTED + 1..=wildcard::MAX_COMPLEXITY)
            .contains(&self.complexity)
            .then_some(ComplexityNotice { score: self.complexity })
    }

    /// The field rules of branch `index`.
    pub fn branch_fields(&self, index: usize) -> impl Iterator<Item = &FieldRule> {
        self.branches.get(index).into_iter().flatten().filter_map(|&i| self.fields.get(i))
    }
}
