//! `rulecraft put-events`: what `aws events put-events --entries …` would
//! answer, offline. Standard output is the AWS CLI's response (exit 0, even
//! when entries fail, as the AWS CLI does); with `--emit`, standard output is
//! the delivered events as JSON Lines and the response goes to standard
//! error. A request AWS refuses as a whole prints the AWS CLI's error line
//! and exits 254; entries that cannot be read (or that the AWS CLI itself
//! refuses before sending) exit 2.

use super::{DeliveryContext, Request, RequestError, put_events};
use std::io::Write;

/// What to send.
#[derive(Debug, Clone)]
pub struct PutEventsArgs {
    /// The entries: JSON text or `file://PATH`.
    pub entries: String,
    /// The most bytes the entries may total.
    pub size_limit: usize,
    /// Print the delivered events on standard output (the response on standard error).
    pub emit: bool,
    /// The account the events carry.
    pub account: String,
    /// The region the events carry.
    pub region: String,
}

impl Default for PutEventsArgs {
    fn default() -> Self {
        Self {
            entries: String::new(),
            size_limit: super::DEFAULT_SIZE_LIMIT,
            emit: false,
            account: super::DEFAULT_ACCOUNT.to_owned(),
            region: super::DEFAULT_REGION.to_owned(),
        }
    }
}

/// The AWS CLI's exit code when the service returns an error.
const EXIT_SERVICE: u8 = 254;

/// Runs the command; the exit code. `read` turns `--entries` into text
/// (inline or `file://`); `next_id` gives each entry taken its event id;
/// `now` is the time entries without a `Time` get.
pub fn run(
    args: &PutEventsArgs,
    read: impl Fn(&str, &str) -> Result<String, String>,
    next_id: &mut dyn FnMut() -> String,
    now: jiff::Timestamp,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let text = match read("--entries", &args.entries) {
        Ok(text) => text,
        Err(message) => return fail(err, &message),
    };
    let request = match Request::from_json(&text) {
        Ok(request) => request,
        Err(e) => return fail(err, &format!("--entries: {e}")),
    };
    if args.account.len() != 12 || !args.account.bytes().all(|b| b.is_ascii_digit()) {
        return fail(err, &format!("--account {}: an AWS account ID is 12 digits", args.account));
    }
    if args.region.trim().is_empty() {
        return fail(err, "--region: give a region, e.g. us-east-1");
    }
    let context = DeliveryContext { account: args.account.clone(), region: args.region.clone(), now, id: None };
    let response = match put_events(&request.entries, args.size_limit, &context, next_id) {
        Ok(response) => response,
        Err(error) => return refused(&error, err),
    };
    let text = response.to_aws_cli_json();
    if args.emit {
        err.write_all(text.as_bytes()).ok();
        for accepted in response.entries.iter().flatten() {
            writeln!(out, "{}", accepted.event).ok();
        }
    } else {
        out.write_all(text.as_bytes()).ok();
    }
    for (index, (entry, result)) in request.entries.iter().zip(&response.entries).enumerate() {
        if result.is_ok()
            && let Some(note) = super::bus_note(entry)
        {
            writeln!(err, "rulecraft: note: entry {}: {note}", index + 1).ok();
        }
    }
    0
}

/// A refused request, as the AWS CLI reports it (a blank line, then the
/// error), and Rulecraft's word on it.
fn refused(error: &RequestError, err: &mut impl Write) -> u8 {
    let Some(exception) = error.exception() else {
        writeln!(err, "\n{error}").ok();
        writeln!(err, "rulecraft: the AWS CLI refuses these entries before sending them; AWS never sees them").ok();
        return 2;
    };
    writeln!(err, "\nAn error occurred ({exception}) when calling the PutEvents operation: {error}").ok();
    if let RequestError::TooLarge { size, limit } = error {
        writeln!(
            err,
            "rulecraft: the entries total {size} bytes, over the limit of {limit} (--size-limit; 1048576 since 2026-01-29, 262144 before)"
        )
        .ok();
    }
    EXIT_SERVICE
}

fn fail(err: &mut impl Write, message: &str) -> u8 {
    writeln!(err, "rulecraft: {message}").ok();
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--entries` given inline.
    fn inline(_: &str, value: &str) -> Result<String, String> {
        value.parse::<String>().map_err(|e| e.to_string())
    }

    fn now() -> jiff::Timestamp {
        jiff::Timestamp::from_second(1_767_225_600).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Runs with fixed ids `id-1`, `id-2`, …; (code, stdout, stderr).
    fn put(entries: &str, emit: bool) -> (u8, String, String) {
        let args = PutEventsArgs { entries: entries.to_owned(), emit, ..PutEventsArgs::default() };
        let mut count = 0;
        let mut ids = || {
            count += 1;
            format!("id-{count}")
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, inline, &mut ids, now(), &mut out, &mut err);
        (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
    }

    const GOOD: &str = r#"{"Source": "com.example.orders", "DetailType": "Order Placed", "Detail": "{\"id\": 7}"}"#;

    #[test]
    fn the_response_is_the_aws_clis_and_failed_entries_still_exit_0() {
        let (code, out, err) = put(&format!(r#"[{GOOD}, {{"DetailType": "x", "Detail": "{{}}"}}]"#), false);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            out,
            "{\n    \"FailedEntryCount\": 1,\n    \"Entries\": [\n        {\n            \"EventId\": \"id-1\"\n        },\n        {\n            \"ErrorCode\": \"InvalidArgument\",\n            \"ErrorMessage\": \"Parameter Source is not valid. Reason: Source is a required argument.\"\n        }\n    ]\n}\n"
        );
        assert_eq!(err, "");
    }

    #[test]
    fn emit_puts_the_events_on_stdout_and_the_response_on_stderr() {
        let (code, out, err) = put(&format!("[{GOOD}]"), true);
        assert_eq!(code, 0);
        assert_eq!(
            out,
            "{\"version\":\"0\",\"id\":\"id-1\",\"detail-type\":\"Order Placed\",\"source\":\"com.example.orders\",\"account\":\"123456789012\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],\"detail\":{\"id\":7}}\n"
        );
        assert!(err.starts_with("{\n    \"FailedEntryCount\": 0,"), "{err}");
    }

    #[test]
    fn a_refused_request_prints_the_aws_cli_error_and_exits_254() {
        let big =
            format!(r#"[{{"Source": "a", "DetailType": "b", "Detail": "{{\"p\": \"{}\"}}"}}]"#, "x".repeat(1_100_000));
        let (code, out, err) = put(&big, false);
        assert_eq!(code, 254);
        assert_eq!(out, "");
        assert!(
            err.starts_with("\nAn error occurred (ValidationException) when calling the PutEvents operation: Total size of the entries in the request is over the limit.\n"),
            "{err}"
        );
    }

    #[test]
    fn entries_the_aws_cli_refuses_exit_2_with_its_message() {
        let (code, _, err) = put(r#"[{"Source": "a", "EventBusName": ""}]"#, false);
        assert_eq!(code, 2);
        assert!(
            err.starts_with("\nParameter validation failed:\nInvalid length for parameter Entries[0].EventBusName, value: 0, valid min length: 1\n"),
            "{err}"
        );
    }

    #[test]
    fn unreadable_entries_exit_2_naming_the_problem() {
        let (code, _, err) = put("[{", false);
        assert_eq!(code, 2);
        assert!(err.starts_with("rulecraft: --entries: it is not JSON ("), "{err}");
        let (code, _, err) = put(r#"[{"source": "a"}]"#, false);
        assert_eq!(code, 2);
        assert!(
            err.contains(r#"Unknown parameter in Entries[0]: "source""#) && err.contains("did you mean \"Source\"?"),
            "{err}"
        );
        let missing = PutEventsArgs { entries: "file:///nonexistent/e.json".to_owned(), ..PutEventsArgs::default() };
        let reader = |_: &str, _: &str| Err::<String, String>("cannot read file:///nonexistent/e.json".to_owned());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(run(&missing, reader, &mut super::super::new_event_id, now(), &mut out, &mut err), 2);
    }

    #[test]
    fn a_named_bus_gets_a_note_and_the_default_bus_none() {
        let named = format!(
            r#"[{GOOD}, {{"Source": "a", "DetailType": "b", "Detail": "{{}}", "EventBusName": "orders"}}, {{"Source": "a", "DetailType": "b", "Detail": "{{}}", "EventBusName": "default"}}]"#
        );
        let (code, out, err) = put(&named, false);
        assert_eq!(code, 0);
        assert!(out.contains("\"FailedEntryCount\": 0"), "{out}");
        assert_eq!(
            err,
            "rulecraft: note: entry 2: it goes to the bus \"orders\": EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId); check the name\n"
        );
    }

    #[test]
    fn a_bad_account_is_refused() {
        let args =
            PutEventsArgs { entries: format!("[{GOOD}]"), account: "12345".to_owned(), ..PutEventsArgs::default() };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(run(&args, inline, &mut super::super::new_event_id, now(), &mut out, &mut err), 2);
        assert!(String::from_utf8_lossy(&err).contains("12 digits"));
    }
}
