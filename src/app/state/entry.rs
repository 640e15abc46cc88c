//! An own event written as a `PutEvents` entry, the way an application sends
//! it: source, detail-type, detail (a JSON object), resources, time, bus.
//! Worked out on each edit: AWS's error for the entry (code, message, the
//! field at fault) or the event the bus delivers, which can join the own
//! events to be judged like any other.

use crate::putevents::{
    DEFAULT_SIZE_LIMIT, DeliveryContext, Entry, Field, check_entry, check_request, deliver, new_event_id,
};

/// What the entry composer is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryCommand {
    /// Show the composer (or hide it).
    Show(bool),
    /// A field's text box was edited in place.
    Edited,
    /// Add the delivered event to the own events.
    AddToEvents,
    /// Put the entry on the clipboard as code in this language.
    CopyAsCode(crate::putevents::code::Language),
}

/// Why AWS would not deliver the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// AWS's code (`InvalidArgument`, `MalformedDetail`, `ValidationException`, ...);
    /// none when the SDK itself refuses the parameters before sending.
    pub code: Option<String>,
    /// The field at fault, when one is.
    pub field: Option<Field>,
    /// AWS's message (or the SDK's).
    pub message: String,
    /// Whether the whole call is refused (rather than this entry failing in the response).
    pub whole_call: bool,
}

/// The composer: the entry's fields as typed, and what they make.
#[derive(Debug, Clone)]
pub struct EntryComposer {
    /// Whether the composer is shown.
    pub open: bool,
    /// `Source`.
    pub source: String,
    /// `DetailType`.
    pub detail_type: String,
    /// `Detail`: a JSON object's text.
    pub detail: String,
    /// `Resources`, one per line.
    pub resources: String,
    /// `Time` (RFC 3339), or empty for the time of the call.
    pub time: String,
    /// `EventBusName`, or empty for the default bus.
    pub bus: String,
    /// The delivered event (pretty), or AWS's error for the entry.
    outcome: Result<String, Refusal>,
    /// The id the preview's event carries (one per composer, so the preview is steady while typing).
    id: String,
}

impl Default for EntryComposer {
    fn default() -> Self {
        let mut composer = Self {
            open: false,
            source: "com.example.orders".to_owned(),
            detail_type: "Order Placed".to_owned(),
            detail: "{\n  \"orderId\": \"o-1001\",\n  \"status\": \"PLACED\",\n  \"total\": 42.5\n}".to_owned(),
            resources: String::new(),
            time: String::new(),
            bus: String::new(),
            outcome: Ok(String::new()),
            id: new_event_id(),
        };
        composer.refresh();
        composer
    }
}

/// `Some(text)` unless the text is empty.
fn given(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl EntryComposer {
    /// The entry the fields make (an empty field is a missing one, as an SDK sends it).
    #[must_use]
    pub fn entry(&self) -> Entry {
        Entry {
            time: given(&self.time),
            source: given(&self.source),
            resources: self.resources.lines().filter_map(given).collect(),
            detail_type: given(&self.detail_type),
            detail: (!self.detail.trim().is_empty()).then(|| self.detail.clone()),
            event_bus_name: given(&self.bus),
            trace_header: None,
        }
    }

    /// The delivered event, or why AWS would not deliver it.
    pub fn outcome(&self) -> &Result<String, Refusal> {
        &self.outcome
    }

    /// Works out the outcome again from the fields.
    pub(super) fn refresh(&mut self) {
        let entry = self.entry();
        if let Err(error) = check_request(std::slice::from_ref(&entry), DEFAULT_SIZE_LIMIT) {
            self.outcome = Err(Refusal {
                code: error.exception().map(str::to_owned),
                field: error.problems().iter().find_map(|p| p.field),
                message: error.to_string(),
                whole_call: true,
            });
            return;
        }
        let checked = check_entry(&entry).map_err(|e| Refusal {
            code: Some(e.code.to_string()),
            field: Some(e.field),
            message: e.message,
            whole_call: false,
        });
        self.outcome = checked.map(|()| {
            let context = DeliveryContext { id: Some(self.id.clone()), ..DeliveryContext::default() };
            let delivered = deliver(&entry, &context);
            crate::json::parse(&delivered).map_or(delivered, |node| crate::json::write::pretty(&node))
        });
    }
}
