//! Your own application's events: `PutEvents` entries as an application sends
//! them (`Source`, `DetailType`, `Detail` as a JSON string, `Resources`,
//! `Time`, `EventBusName`), checked the way `PutEvents` checks them (AWS's error
//! codes and messages), and the event the bus delivers for each.
//!
//! (Skeleton: the checks, the delivered event, the command and the code
//! generators are written in their own changes.)

pub mod code;
pub mod command;

use serde::{Deserialize, Serialize};

/// One entry of a `PutEvents` request, in AWS's JSON shape
/// (`PutEventsRequestEntry`); every field may be missing, as in a request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Entry {
    /// When the event happened (RFC 3339); the call's time when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The event's source, e.g. `com.mycompany.orders`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// ARNs the event is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// The event's detail-type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_type: Option<String>,
    /// The event's detail: a JSON object, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The bus's name or ARN; the default bus when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_bus_name: Option<String>,
    /// An X-Ray trace header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_header: Option<String>,
}
