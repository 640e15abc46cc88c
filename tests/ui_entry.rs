//! The `PutEvents` entry composer, driven as a person would: an entry shows
//! the event the bus delivers and the pattern's verdict on it, AWS's error
//! for a bad entry names the code and the field, and the delivered event
//! joins the own events.

mod common;

use common::{harness, replace_text};
use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::app::state::EventOrigin;

const ORDERS: &str =
    r#"{"source": ["com.example.orders"], "detail-type": ["Order Placed"], "detail": {"status": ["PLACED"]}}"#;

#[test]
fn an_entry_shows_what_the_bus_delivers_and_the_verdict() {
    let mut h = harness(AppState::new(ORDERS, &[]));
    h.get_by_label("Write a PutEvents entry…").click();
    h.run();
    assert!(h.query_by_label("The pattern matches this event").is_some());
    assert!(h.query_by_label("The event the bus delivers:").is_some());
    let delivered = h.state().entry.outcome().clone().expect("the default entry is accepted");
    assert!(delivered.contains("\"detail-type\": \"Order Placed\""), "{delivered}");
    assert!(delivered.contains("\"account\": \"123456789012\""));

    replace_text(&mut h, "Detail (a JSON object)", r#"{"status": "SHIPPED"}"#);
    assert!(h.query_by_label("The pattern does not match this event").is_some());

    // AWS's answer for a bad entry: the code, the field, the message.
    replace_text(&mut h, "Detail (a JSON object)", "[]");
    assert!(h.query_by_label("PutEvents fails this entry: MalformedDetail at Detail").is_some());
    assert!(h.query_by_label("Detail is malformed.").is_some());
    replace_text(&mut h, "Detail (a JSON object)", r#"{"status": "PLACED"}"#);
    replace_text(&mut h, "Source", "aws.orders");
    assert!(h.query_by_label("Not authorized for the source.").is_some());
    replace_text(&mut h, "Source", "com.example.orders");
    // A time the SDK cannot read: the call never leaves.
    replace_text(&mut h, "Time (RFC 3339; empty: the time of the call)", "yesterday");
    assert!(h.query_by_label("AWS refuses the whole PutEvents call: the SDK's parameter check").is_some());
    replace_text(&mut h, "Time (RFC 3339; empty: the time of the call)", "2026-11-30T09:00:00Z");
    assert!(h.state().entry.outcome().as_ref().is_ok_and(|e| e.contains("\"time\": \"2026-11-30T09:00:00Z\"")));

    // A bus by name: EventBridge would drop the event if the bus did not exist.
    replace_text(&mut h, "EventBusName (empty: the default bus)", "orders-bus");
    assert!(h.query_by_label_contains("This goes to the bus \"orders-bus\"").is_some());

    let before = h.state().events.events.len();
    h.get_by_label("Add to my events").click();
    h.run();
    let events = &h.state().events.events;
    assert_eq!(events.len(), before + 1);
    let added = events.last().expect("the added event");
    assert_eq!(added.origin, EventOrigin::Own);
    assert!(rulecraft::matches(&rulecraft::Pattern::parse(ORDERS).unwrap(), &added.text).unwrap());
    // The application's own source gets the designer's field picker: its events' fields, with the values seen.
    let choices = h.state().field_choices();
    assert!(
        choices.iter().any(|c| c.path == "detail.status" && c.example.as_deref() == Some("\"PLACED\"")),
        "{choices:?}"
    );
}
