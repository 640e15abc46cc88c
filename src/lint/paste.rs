//! Repairs for patterns pasted from web pages, slides and documents.
//!
//! (Skeleton: `repair` is written in its own change.)

use super::Edit;

/// One kind of repair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PasteFix {
    /// Typographic quotes (`“ ” ‘ ’`) made straight.
    TypographicQuotes,
    /// Values not in an array wrapped in one: `"source": "x"` → `"source": ["x"]`.
    BareValuesWrapped,
    /// `#` and `//` comments removed.
    CommentsRemoved,
    /// Commas before a closing bracket removed.
    TrailingCommasRemoved,
    /// A closing brace with nothing to close removed.
    StrayBraceRemoved,
}

impl std::fmt::Display for PasteFix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::TypographicQuotes => "typographic quotes made straight",
            Self::BareValuesWrapped => "values wrapped in arrays",
            Self::CommentsRemoved => "comments removed",
            Self::TrailingCommasRemoved => "trailing commas removed",
            Self::StrayBraceRemoved => "a stray closing brace removed",
        })
    }
}

/// A repaired pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// The repaired text, a valid pattern.
    pub text: String,
    /// What was repaired, each kind once, in [`PasteFix`] order.
    pub fixes: Vec<PasteFix>,
    /// The edits that turn the original text into `text`, in text order, none overlapping.
    pub edits: Vec<Edit>,
}

/// The repair of `text`, when it is not a valid pattern and the repairs make it one.
#[must_use]
pub fn repair(text: &str) -> Option<Repair> {
    let _ = text;
    None
}
