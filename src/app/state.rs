//! The window's state, free of egui so tests can drive it without a window.
//!
//! Panels read the state and edit its texts; every derived result (the
//! verdict) is computed here, once per change of the texts, not per frame.

use crate::explain::explain;
use crate::json::{Position, Span};
use crate::pattern::Pattern;

/// The verdict line under the editors.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The event matches; `deciding` are the event values that decided it.
    Matched {
        /// Spans of deciding values in the event text.
        deciding: Vec<Span>,
    },
    /// The event does not match, with the reasons.
    NotMatched {
        /// Why, in plain words.
        reasons: Vec<String>,
    },
    /// The pattern is invalid: AWS's message and where.
    InvalidPattern {
        /// AWS's message, `Event pattern is not valid. Reason: ...`.
        message: String,
        /// Line and column of the offending text.
        position: Position,
        /// The offending text.
        span: Span,
    },
    /// The event is not a readable JSON object.
    InvalidEvent {
        /// What is wrong.
        message: String,
        /// Line and column of the problem.
        position: Position,
        /// The offending text.
        span: Span,
    },
}

impl Verdict {
    /// The verdict as one line of text.
    #[must_use]
    pub fn summary(&self) -> String {
        match self {
            Self::Matched { .. } => "Matched".to_owned(),
            Self::NotMatched { reasons } if reasons.is_empty() => "Not matched".to_owned(),
            Self::NotMatched { reasons } => format!("Not matched: {}", reasons.join("; ")),
            Self::InvalidPattern { message, position, .. } => {
                format!("Invalid pattern at line {}, column {}: {message}", position.line, position.column)
            }
            Self::InvalidEvent { message, position, .. } => {
                format!("Invalid event at line {}, column {}: {message}", position.line, position.column)
            }
        }
    }
}

/// Everything the window shows.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The pattern text, exactly as typed.
    pub pattern_text: String,
    /// The event text, exactly as typed.
    pub event_text: String,
    /// Bumped whenever a text changes.
    revision: u64,
    /// The verdict and the revision it was computed for.
    verdict: Option<(u64, Verdict)>,
}

/// A first pattern and event, so a new window shows something that works.
const EXAMPLE_PATTERN: &str = r#"{
  "source": ["aws.ec2"],
  "detail-type": ["EC2 Instance State-change Notification"],
  "detail": {
    "state": ["running", "stopped"]
  }
}"#;

const EXAMPLE_EVENT: &str = r#"{
  "version": "0",
  "id": "7bf73129-1428-4cd3-a780-95db273d1602",
  "detail-type": "EC2 Instance State-change Notification",
  "source": "aws.ec2",
  "account": "123456789012",
  "time": "2015-11-11T21:29:54Z",
  "region": "us-east-1",
  "resources": ["arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"],
  "detail": {
    "instance-id": "i-abcd1111",
    "state": "pending"
  }
}"#;

impl Default for AppState {
    fn default() -> Self {
        Self::new(EXAMPLE_PATTERN, EXAMPLE_EVENT)
    }
}

impl AppState {
    /// State holding these texts.
    #[must_use]
    pub fn new(pattern: &str, event: &str) -> Self {
        Self { pattern_text: pattern.to_owned(), event_text: event.to_owned(), revision: 0, verdict: None }
    }

    /// Records that a text was edited in place.
    pub fn texts_changed(&mut self) {
        self.revision += 1;
    }

    /// Replaces the pattern text.
    pub fn set_pattern(&mut self, text: &str) {
        text.clone_into(&mut self.pattern_text);
        self.texts_changed();
    }

    /// Replaces the event text.
    pub fn set_event(&mut self, text: &str) {
        text.clone_into(&mut self.event_text);
        self.texts_changed();
    }

    /// The verdict for the current texts, computed only after a change.
    pub fn verdict(&mut self) -> &Verdict {
        let stale = self.verdict.as_ref().is_none_or(|(rev, _)| *rev != self.revision);
        if stale {
            let verdict = compute_verdict(&self.pattern_text, &self.event_text);
            self.verdict = Some((self.revision, verdict));
        }
        match &self.verdict {
            Some((_, v)) => v,
            None => unreachable_verdict(),
        }
    }
}

/// Never reached: `verdict` fills the cache before reading it.
fn unreachable_verdict() -> &'static Verdict {
    static NONE: Verdict = Verdict::NotMatched { reasons: Vec::new() };
    &NONE
}

fn compute_verdict(pattern_text: &str, event_text: &str) -> Verdict {
    let pattern = match Pattern::parse(pattern_text) {
        Ok(p) => p,
        Err(e) => {
            return Verdict::InvalidPattern {
                message: e.to_string(),
                position: e.position(pattern_text),
                span: e.span,
            };
        }
    };
    match explain(&pattern, event_text) {
        Ok(explanation) if explanation.matched => Verdict::Matched {
            deciding: explanation
                .branches
                .iter()
                .find(|b| b.matched)
                .map(|b| b.fields.iter().flat_map(|f| f.deciding.iter().copied()).collect())
                .unwrap_or_default(),
        },
        Ok(explanation) => {
            let closest = explanation.branches.iter().max_by_key(|b| b.fields.iter().filter(|f| f.matched).count());
            let reasons = closest
                .map(|b| b.fields.iter().filter_map(|f| f.reason.clone()).chain(b.reason.clone()).collect())
                .unwrap_or_default();
            Verdict::NotMatched { reasons }
        }
        Err(e) => Verdict::InvalidEvent {
            message: e.to_string(),
            position: Position::of(event_text, e.span().start),
            span: e.span(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_follows_the_texts() {
        let mut state = AppState::default();
        assert!(matches!(state.verdict(), Verdict::NotMatched { .. }));
        state.set_event(&state.event_text.replace("pending", "running"));
        assert!(matches!(state.verdict(), Verdict::Matched { .. }));
        state.set_pattern("{\n  \"source\": \"aws.ec2\"\n}");
        let Verdict::InvalidPattern { message, position, .. } = state.verdict() else { panic!("invalid") };
        assert_eq!(message, "Event pattern is not valid. Reason: \"source\" must be an object or an array");
        assert_eq!((position.line, position.column), (2, 13));
        state.set_pattern("{}");
        state.set_event("{\"a\": ");
        assert!(matches!(state.verdict(), Verdict::InvalidPattern { .. }));
    }
}
