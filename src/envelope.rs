//! The event envelope EventBridge requires before it will test an event.
//!
//! `TestEventPattern` rejects an event ("Parameter Event is not valid.") that
//! is not a JSON object or lacks one of the envelope fields below. AWS's
//! reference lists `resources` too, but AWS accepts events without it.

use crate::json::{self, NodeKind};

/// Fields every event given to `TestEventPattern` must have.
pub const REQUIRED_FIELDS: [&str; 6] = ["id", "account", "source", "time", "region", "detail-type"];

/// Checks that `text` is a JSON object with every required envelope field;
/// the error says what is wrong, for people.
pub fn check(text: &str) -> Result<(), String> {
    let root = json::parse(text).map_err(|e| {
        let at = json::Position::of(text, e.span.start);
        format!("the event is not valid JSON at {at}: {e}")
    })?;
    if !matches!(root.kind, NodeKind::Object(_)) {
        return Err("the event is not a JSON object".to_owned());
    }
    let missing: Vec<&str> = REQUIRED_FIELDS.iter().copied().filter(|f| root.get(f).is_none()).collect();
    if !missing.is_empty() {
        return Err(format!("the event lacks the required field(s) {}", missing.join(", ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requires_the_envelope_fields() {
        let full = r#"{"id": "1", "account": "1", "source": "s", "time": "t", "region": "r", "detail-type": "d"}"#;
        assert_eq!(check(full), Ok(()));
        assert_eq!(
            check(r#"{"source": "s"}"#),
            Err("the event lacks the required field(s) id, account, time, region, detail-type".to_owned())
        );
        assert!(check("[]").is_err());
        assert!(check("{").is_err_and(|e| e.contains("1:2")));
    }
}
