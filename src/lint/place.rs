//! Where a pattern is used, and what each place does not support.
//!
//! (Skeleton: the facts and checks are written in their own change.)

use crate::json::Span;
use crate::pattern::Pattern;

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

/// Something a place does not support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    /// `{"wildcard": ...}`.
    Wildcard,
}

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Wildcard => "wildcard",
        })
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

/// What `pattern` (compiled from `text`) uses that `place` does not support.
#[must_use]
pub fn unsupported(place: Place, text: &str, pattern: &Pattern) -> Vec<Unsupported> {
    let _ = (place, text, pattern);
    Vec::new()
}
